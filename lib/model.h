/* model: the internal article object model, the context, and the per-parse
 * state every recogniser reads and writes.
 *
 * Data flows one way (docs/ARCHITECTURE.md):
 *   text -> segment (+dateline) -> related/attribution -> tokens ->
 *   timex, entities -> article -> json
 * Recognisers only write into the wt_parse they are given; the article is
 * read-only once warta_parse() returns. Every string and array lives in the
 * article's arena. */
#ifndef WARTA_MODEL_H
#define WARTA_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "token.h"
#include "warta/article.h"

typedef struct wt_gazetteer wt_gazetteer;
typedef struct wt_timex_lexicon wt_timex_lexicon;

struct warta_context {
    wt_alloc al;
    wt_gazetteer *gz;
    wt_timex_lexicon *tlex; /* timex keywords by fold hash */
};

/* A byte range [start,end) of the input. */
typedef struct wt_span {
    size_t start, end;
} wt_span;

typedef struct wt_block {
    int kind; /* enum warta_block_kind */
    size_t start, end;
    size_t label_end; /* READ_ALSO: where the title starts, after the label
                       * segment recognised (`Baca juga:` and its spaces);
                       * start when the item has no label, as for every
                       * other kind */
} wt_block;

typedef struct wt_dateline {
    int has;
    size_t start, end;    /* the whole dateline, `Beijing (ANTARA) -` */
    size_t place_start, place_end; /* the place as written, or equal when none */
    const char *place;    /* title-cased, or NULL (agency-only datelines) */
    const char *agency;   /* as written, or NULL */
    const char *source;   /* foreign agency credited (`Reuters`), or NULL */
    const char *country;  /* ISO 3166-1 alpha-2 of the resolved place */
    const char *province; /* ISO 3166-2:ID */
    const char *tz;       /* IANA zone */
} wt_dateline;

typedef struct wt_mention {
    size_t start, end;
    const char *text;
} wt_mention;

struct warta_entity {
    int type;              /* enum warta_entity_type */
    const char *name;
    const char *title;     /* person */
    const char *affiliation; /* person: ISO 3166-1 alpha-2 / 3166-2 code */
    const char *iso;       /* country alpha-2; location: its country */
    const char *iso3;      /* country alpha-3 */
    const char *acronym;   /* organization */
    const char *province;  /* location in Indonesia: ISO 3166-2:ID */
    const char *tz;        /* location / country: IANA zone when known */
    int guessed;           /* typed by the learned model (names.h), not a rule */
    wt_vec mentions;       /* wt_mention, in text order */
};

struct warta_timex {
    size_t start, end;
    const char *text;
    const char *value;     /* TIMEX3 value or NULL */
    const char *end_value; /* range end or NULL */
    const char *relative;  /* relative meaning when unresolved, or NULL */
    int granularity;       /* enum warta_granularity */
    int anchored;          /* computed from the reference */
};

struct warta_related {
    int kind;              /* enum warta_related_kind */
    const char *title;
    const char *published; /* ISO 8601 or NULL */
    size_t start, end;     /* whole item: label, title, stamp */
    size_t title_start, title_end;
    wt_vec entities;       /* warta_entity (by value) */
};

typedef struct wt_warning {
    const char *message;
    int64_t offset;
} wt_warning;

enum { WT_ATTR_MAX = 7 };

struct warta_article {
    const warta_context *ctx;
    wt_arena arena;
    size_t input_len;
    wt_dateline dateline;
    const char *published; /* stated by the text */
    const char *reference; /* used for resolution */
    wt_vec blocks;         /* wt_block, input order */
    wt_vec paragraphs;     /* wt_span of body paragraphs */
    wt_vec entities;       /* warta_entity */
    wt_vec times;          /* warta_timex */
    wt_vec related;        /* warta_related */
    wt_vec warnings;       /* wt_warning */
    const char *attribution[WT_ATTR_MAX]; /* indexed by warta_attribution_field */
};

/* A resolved instant: UTC milliseconds plus the UTC offset it was written
 * in. date_only marks a reference given as a plain date. */
typedef struct wt_instant {
    int has;
    int64_t utc_ms;
    int32_t offset_min;
    int date_only;
} wt_instant;

/* Per-parse scratch, on the parsing thread's stack. */
typedef struct wt_parse {
    const warta_context *ctx;
    const char *s;   /* the text to read (the input, or its lenient copy) */
    size_t n;
    warta_article *art; /* being built; art->arena owns everything */
    wt_instant ref;  /* reference for relative expressions (may be unset) */
    wt_tokens *para_tokens; /* tokens of art->paragraphs, same order */
    int guess_names; /* WARTA_PARSE_GUESS_NAMES: the body's untyped runs scored (names.h) */
    /* tools/train_names.c: each run the guesser would score, given with its
     * feature keys instead of scored (NULL: score) */
    void (*names_trace)(void *u, size_t start, size_t end, const uint64_t *keys, size_t nk);
    void *names_trace_u;
} wt_parse;

/* Pipeline stages, for benchmarks that time one recogniser:
 * warta_parse() runs them all. Segmentation always runs. */
enum {
    WT_STAGE_RELATED = 1 << 0,
    WT_STAGE_TIMEX = 1 << 1,
    WT_STAGE_ENTITIES = 1 << 2,
    WT_STAGE_ALL = 7
};

/* warta_parse() restricted to the given stages (internal). */
int wt_parse_stages(const warta_context *ctx, const char *text, size_t len,
                    const warta_parse_options *opts, int stages, warta_article **out,
                    warta_error *err);

/* wt_parse_stages() with every stage and the name guesser's runs given to
 * fn (with u) instead of scored, for tools/train_names.c (internal). */
int wt_parse_names_trace(const warta_context *ctx, const char *text, size_t len,
                         const warta_parse_options *opts,
                         void (*fn)(void *u, size_t start, size_t end, const uint64_t *keys,
                                    size_t nk),
                         void *u, warta_article **out, warta_error *err);

/* Record a warning (message copied into the arena). WARTA_OK/ENOMEM. */
int wt_warn(wt_parse *p, int64_t offset, const char *message);

/* Fill an error record (err may be NULL); returns code. */
int wt_set_error(warta_error *err, int code, int64_t offset, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

#endif
