/* names: a learned guess at the type of a capitalised run the entity rules
 * left untyped (WARTA_PARSE_GUESS_NAMES).
 *
 * The rules of entities.c type a run of capitalised words when a gazetteer,
 * a title, a cue word or a shape says what it is; a name in no list with no
 * cue (`Sturridge`, `Haddad Alwi`, a band or a district with no locative)
 * stays untyped. This module scores such a run as a person, a place, an
 * organisation or nothing with a multi-class linear model: a sparse set of
 * feature keys (its words, their shapes and affixes, the words around it,
 * their word classes) and one weight per key and type. The weights are
 * data: lib/data/names_model.tsv, trained by tools/train_names.c (an
 * averaged perceptron) on the NERGrit train split, compiled into a hash
 * table at build time by lib/data/gen_namemodel.c (docs/NER.md, DATA.md).
 *
 * entities.c picks the runs (what a rule covers, a time expression, a
 * facility or event word, a lone word the text also writes in lower case,
 * a title-case span: never guessed) and builds the entities; this module
 * only turns a run into keys and keys into a type. Pure functions over
 * read-only tables: no state, any thread. */
#ifndef WARTA_NAMES_H
#define WARTA_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "token.h"

/* The types a run is scored for, in the model's column order. */
enum { WT_NAMES_NONE = 0, WT_NAMES_PERSON = 1, WT_NAMES_PLACE = 2, WT_NAMES_ORG = 3,
       WT_NAMES_TYPES = 4 };

/* The longest run scored (tokens), and room for its keys. */
enum { WT_NAMES_MAX_RUN = 8, WT_NAMES_MAX_KEYS = 160 };

/* One row of the compiled model: a feature key (never 0) and its weight
 * per type (the averaged perceptron's weights times 1000, rounded). */
typedef struct wt_names_row {
    uint64_t key;
    int16_t w[WT_NAMES_TYPES];
} wt_names_row;

/* The compiled model (gen_namemodel's output): an open-addressing table of
 * wt_names_model_cap slots (a power of two, at least twice the rows), a
 * key at slot key & (cap - 1) or the first free slot after it (key 0:
 * free, weights 0); wt_names_model_len keys in all, each once. One probe
 * or two a lookup, where a binary search over the rows took fourteen. */
extern const wt_names_row wt_names_model[];
extern const size_t wt_names_model_cap;
extern const size_t wt_names_model_len;

/* Word classes of the tokens around and in a run, as entities.c's
 * wt_gz_word_class() bits: features, never tests here. */
typedef struct wt_names_cls {
    uint64_t prev, first, last, next;
} wt_names_cls;

/* The feature keys of the run t[a..b) (0 < b - a <= WT_NAMES_MAX_RUN) of a
 * span of n tokens of text s into keys (room for WT_NAMES_MAX_KEYS);
 * returns how many. The same run always gives the same keys, in the same
 * order; tools/train_names.c learns from exactly these. */
size_t wt_names_features(const char *s, const wt_token *t, size_t n, size_t a, size_t b,
                         const wt_names_cls *cls, uint64_t *keys);

/* The type the model gives to keys[0..nk): the highest total weight, when
 * it beats WT_NAMES_NONE's by more than the margin; WT_NAMES_NONE else.
 * *score (may be NULL) gets that lead over NONE (weights x 1000). */
int wt_names_classify(const uint64_t *keys, size_t nk, int32_t *score);

/* The row of a key, or NULL. */
const wt_names_row *wt_names_lookup(uint64_t key);

/* The margin a type's total must beat NONE's by (weights x 1000). */
#define WT_NAMES_MARGIN 3000

#endif
