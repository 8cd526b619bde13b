/* gazetteer: the compiled-in data (TSV files under lib/data, compiled at build time),
 * ICU's CLDR country names for the `id` locale, and user entries, matched
 * over case-folded tokens with a token trie (longest match). Immutable once
 * built; shared by all threads through the context. */
#ifndef WARTA_GAZETTEER_H
#define WARTA_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "token.h"
#include "warta/common.h"

enum wt_gz_kind {
    WT_GZ_COUNTRY = 1,   /* a country name or alias -> iso2 */
    WT_GZ_PLACE = 2,     /* city, province, region, feature */
    WT_GZ_ORG = 3,       /* organisation (name and/or acronym) */
    WT_GZ_TITLE = 4,     /* a position: Presiden, Menteri Luar Negeri */
    WT_GZ_RANK = 5,      /* police/military rank: Kombes, Brigjen */
    WT_GZ_HONORIFIC = 6, /* Bapak, Ibu, Dr., H. */
    WT_GZ_PERSON = 7,    /* known person (user file, or well-known names) */
    WT_GZ_AGENCY = 8     /* news agency/outlet: ANTARA, Reuters, KOMPAS.com */
};

enum wt_gz_flags {
    WT_GZF_EXACT_CASE = 1 << 0, /* match only with the case as listed (AS, SCO) */
    WT_GZF_NEEDS_CAP = 1 << 1   /* first token must be capitalised in text */
};

typedef struct wt_gz_entry {
    int kind;             /* enum wt_gz_kind */
    int flags;            /* enum wt_gz_flags */
    const char *name;     /* canonical name */
    const char *iso2;     /* country: its code; place/org: its country; or NULL */
    const char *iso3;     /* country alpha-3, or NULL */
    const char *province; /* ISO 3166-2:ID, or NULL */
    const char *tz;       /* IANA zone, or NULL */
    const char *acronym;  /* organisation acronym, or NULL */
    const char *subkind;  /* place: city/regency/province/region/feature/...;
                             title: position/...; or NULL */
} wt_gz_entry;

/* The tables the build compiles from the TSV files of lib/data (gen_gazetteer writes
 * them into the build tree as gazetteer_data.c): every key with its entry,
 * and each country's IANA zone when the whole country keeps one offset. */
typedef struct wt_gz_row {
    const char *key;
    wt_gz_entry e;
} wt_gz_row;
extern const wt_gz_row wt_gz_rows[];
extern const size_t wt_gz_nrows;
/* The rows' key bytes in all, and their tokens roughly counted: what
 * wt_gz_new() reserves its building arrays from (hints: they grow when
 * short). */
extern const size_t wt_gz_key_bytes, wt_gz_key_tokens;
typedef struct wt_gz_ctz {
    const char *iso2, *tz;
} wt_gz_ctz;
extern const wt_gz_ctz wt_gz_country_tz[];
extern const size_t wt_gz_ncountry_tz;

typedef struct wt_gazetteer wt_gazetteer;

/* Build the gazetteer: compiled-in tables, CLDR country names (ICU,
 * locale `id`), then the optional user data (TSV, docs/DATA.md).
 * WARTA_OK, WARTA_ENOMEM, WARTA_EDATA (err->offset = bad line's byte),
 * WARTA_EICU. */
int wt_gz_new(const wt_alloc *al, const char *user, size_t user_len, wt_gazetteer **out,
              warta_error *err);
void wt_gz_free(wt_gazetteer *gz);
size_t wt_gz_size(const wt_gazetteer *gz);

/* Longest match of any entry starting at token i of toks (s is the text).
 * Returns the number of tokens matched (0 when none) and stores up to
 * `max` matching entries (all kinds, for the longest length) in out[],
 * their count in *n_out. Case rules of the entries' flags are applied. */
size_t wt_gz_match(const wt_gazetteer *gz, const char *s, const wt_token *toks, size_t n,
                   size_t i, const wt_gz_entry **out, size_t max, size_t *n_out);

/* Exact lookup of a name (case-insensitive) of the given kind (0 = any).
 * NULL when absent. */
const wt_gz_entry *wt_gz_lookup(const wt_gazetteer *gz, const char *name, size_t len, int kind);

/* Word classes: the entity rules' word lists (entities.c) as bits, looked
 * up by a token's fold hash in one table built with the gazetteer, so a
 * rule asks `is this token a speech verb?` with one probe per token rather
 * than a scan of a list. Each list holds ASCII words compared with the
 * token ASCII case-insensitively (wt_tok_is), bit < 63. */
typedef struct wt_gz_wordlist {
    const char *const *words; /* NULL-terminated */
    uint64_t bit;
    int hot; /* in the quick filter of wt_gz_hot() */
} wt_gz_wordlist;

/* The lists, ended by {NULL, 0}; defined in entities.c. */
extern const wt_gz_wordlist wt_entity_wordlists[];

/* Set in a word's class when some gazetteer key starts with a token of its
 * fold hash: a word without it can start no match (wt_gz_match returns 0). */
#define WT_GZW_START (UINT64_C(1) << 63)

/* The classes of token t (text s): the bits of the lists holding its word,
 * plus WT_GZW_START. Punctuation tokens are looked up by their text. */
uint64_t wt_gz_word_class(const wt_gazetteer *gz, const char *s, const wt_token *t);

/* The start of the gazetteer (its first member, set by wt_gz_new): where
 * wt_gz_word_class() reads, for the inline prefetch below. A probe reads
 * one word of the filter (WT_GZ_FILTER_BITS: log2 of its 64-bit words),
 * then, when the filter lets it through, the 16-byte slot at
 * wt_gz_word_slot(fold_hash) & wmask, and nothing else in most cases. */
#define WT_GZ_FILTER_BITS 11
typedef struct wt_gz_head {
    const uint64_t *wfilter;
    const unsigned char *wslots;
    size_t wmask;
} wt_gz_head;

static inline size_t wt_gz_word_slot(uint32_t fold_hash)
{
    return (size_t)((fold_hash * UINT64_C(0x9E3779B97F4A7C15)) >> 32);
}
static inline size_t wt_gz_filter_word(uint32_t fold_hash)
{
    return (size_t)((fold_hash * UINT64_C(0xD6E8FEB86659FD93)) >> (64 - WT_GZ_FILTER_BITS));
}
/* the two bits a fold hash sets in its filter word */
static inline uint64_t wt_gz_filter_mask(uint32_t fold_hash)
{
    uint64_t x = fold_hash * UINT64_C(0xD6E8FEB86659FD93);
    return (UINT64_C(1) << ((x >> 20) & 63)) | (UINT64_C(1) << ((x >> 26) & 63));
}
/* the bit of a fold hash in the 2^16-bit table wt_gz_hot_test() reads */
static inline uint32_t wt_gz_hot_index(uint32_t fold_hash)
{
    return (uint32_t)((fold_hash * UINT64_C(0x9E3779B97F4A7C15)) >> 16) & 0xFFFF;
}

/* Given names (lib/data/given_names.tsv, generated table), NULL-terminated:
 * the entity rules' name model (entities.c) uses them as a word list. */
extern const char *const wt_gz_given_names[];

/* The same names as a word table the build makes (gen_gazetteer), so a
 * context does not hash and place some 11,000 words into fresh memory:
 * open addressing over their fold hashes (wt_gz_word_slot() &
 * wt_gz_given_mask, at most 2/3 full, hash 0: empty), each name
 * A-Z lowered in its slot; its Bloom filter (WT_GZ_FILTER_BITS, the
 * word filter's hashing) and its bits for wt_gz_hot_test(). The names
 * longer than WT_GZ_GIVEN_INLINE bytes, or whose hash another name took,
 * are in wt_gz_given_rest (NULL-terminated) instead, and go into the
 * context's own word table. A list of wt_entity_wordlists whose words are
 * wt_gz_given_names is read from here. */
#define WT_GZ_GIVEN_INLINE 11
typedef struct wt_gz_gslot {
    uint32_t hash;
    uint8_t len;
    char name[WT_GZ_GIVEN_INLINE];
} wt_gz_gslot;
extern const wt_gz_gslot wt_gz_given_slots[];
extern const size_t wt_gz_given_mask;
extern const uint64_t wt_gz_given_filter[];
extern const uint64_t wt_gz_given_hot[];
extern const char *const wt_gz_given_rest[];

/* Prefetch the filter word and the context's table slot wt_gz_word_class()
 * will read for a token of this fold hash (a hint: no effect on results).
 * The entity pass issues it for the words its rules will start at, before
 * they run, so their probes find both in a near cache rather than in
 * memory. Not the given names' slot: that table is read only when the
 * context's has no slot of the hash (some 7,300 probes in a pass over the
 * corpus, against 92,000 that find their slot), so loading it for every
 * word brought lines of a 512 KiB table in for nothing. Inline: it is
 * asked for every such word. */
static inline void wt_gz_word_prefetch(const wt_gazetteer *gz, uint32_t fold_hash)
{
#if defined(__GNUC__) || defined(__clang__)
    const wt_gz_head *h = (const wt_gz_head *)(const void *)gz;
    if (h && h->wslots) {
        __builtin_prefetch(h->wfilter + wt_gz_filter_word(fold_hash));
        __builtin_prefetch(h->wslots + 16 * (wt_gz_word_slot(fold_hash) & h->wmask));
    }
#else
    (void)gz;
    (void)fold_hash;
#endif
}

/* Quick filter over fold hashes: wt_gz_hot_test() is 0 when no word of a
 * `hot` list and no key start has this hash (then the word's class has
 * neither), 1 maybe. One bit test in a table of 8 KiB (2^16 bits), which
 * wt_gz_hot_bits() returns (callers keep it). */
const uint64_t *wt_gz_hot_bits(const wt_gazetteer *gz);
static inline int wt_gz_hot_test(const uint64_t *bits, uint32_t fold_hash)
{
    uint32_t b = wt_gz_hot_index(fold_hash);
    return (int)((bits[b >> 6] >> (b & 63)) & 1);
}


/* The country entry of an ISO 3166-1 alpha-2 code, or NULL. */
const wt_gz_entry *wt_gz_country(const wt_gazetteer *gz, const char *iso2);

#endif
