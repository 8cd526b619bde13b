/**
 * @file warta/article.h
 * @brief Parsing an article and reading its object model.
 *
 * warta_parse() turns one UTF-8 article into a ::warta_article: dateline,
 * published instant, body paragraphs, entities with their mentions, time
 * expressions, related headlines, attribution and the blocks the text was
 * cut into. The article is read-only once returned; all strings it hands out
 * are borrowed from it and stay valid until warta_article_free().
 *
 * Offsets are byte offsets into the input as given, half-open `[start,end)`.
 */
#ifndef WARTA_ARTICLE_H
#define WARTA_ARTICLE_H

#include "common.h"
#include "context.h"

WARTA_BEGIN_DECL

/** @defgroup article Parsing and the article model
 * @{ */

typedef struct warta_article warta_article;   /**< a parsed article (opaque) */
typedef struct warta_entity warta_entity;     /**< an entity of an article (opaque) */
typedef struct warta_timex warta_timex;       /**< a time expression (opaque) */
typedef struct warta_related warta_related;   /**< a related headline (opaque) */

/** Current version of ::warta_parse_options. */
#define WARTA_PARSE_OPTIONS_VERSION 1

/** Default limit on the input size: 64 MiB. */
#define WARTA_DEFAULT_MAX_INPUT ((size_t)64 << 20)

/** Flags of ::warta_parse_options. */
enum warta_parse_flags {
    /** Replace invalid UTF-8 and NUL bytes instead of failing; each replaced
     *  byte becomes '?' (offsets are unchanged) and a warning is recorded. */
    WARTA_PARSE_LENIENT = 1 << 0,
    /** Guess the type of capitalised runs in the body that no rule typed
     *  (a name in no gazetteer, with no title or cue word) with a learned
     *  model; such entities carry warta_entity_guessed() = 1 and
     *  `"guessed": true` in JSON. Off by default: it finds more names and
     *  also more wrong ones (docs/NER.md gives both). */
    WARTA_PARSE_GUESS_NAMES = 1 << 1
};

/**
 * Options for warta_parse(). Initialise with ::WARTA_PARSE_OPTIONS_INIT or
 * warta_parse_options_init(); fields are only ever appended.
 */
typedef struct warta_parse_options {
    unsigned int version; /**< ::WARTA_PARSE_OPTIONS_VERSION */
    /**
     * Reference instant for relative dates, ISO 8601: `YYYY-MM-DD`,
     * `YYYY-MM-DDTHH:MM[:SS]` with `Z` or `±HH:MM` (no zone means WIB,
     * +07:00). NULL: use the article's own published instant, else leave
     * relative expressions unresolved.
     */
    const char *reference;
    /** Inputs larger than this fail with ::WARTA_ETOOBIG; 0 means
     *  ::WARTA_DEFAULT_MAX_INPUT. */
    size_t max_input;
    int flags; /**< OR of ::warta_parse_flags */
} warta_parse_options;

/** Static initialiser for ::warta_parse_options. */
#define WARTA_PARSE_OPTIONS_INIT { WARTA_PARSE_OPTIONS_VERSION, NULL, 0, 0 }

/**
 * Initialise @p opts to defaults for struct @p version.
 * @return ::WARTA_OK, ::WARTA_EINVAL (NULL) or ::WARTA_EVERSION.
 * Thread safety: safe from any thread.
 */
WARTA_API int warta_parse_options_init(warta_parse_options *opts, unsigned int version);

/**
 * Parse one article.
 * @param ctx  the context (shared, read only).
 * @param text the article, UTF-8; no terminating NUL is needed. The buffer
 *             is neither modified nor retained.
 * @param len  length of @p text in bytes.
 * @param opts options, or NULL for defaults.
 * @param out  receives the article; NULL on failure.
 * @param err  optional error record; `offset` is the first bad byte for
 *             ::WARTA_EUTF8 and ::WARTA_ENUL.
 * @return ::WARTA_OK, ::WARTA_EINVAL (NULL ctx/out, text NULL with len > 0,
 *         bad reference), ::WARTA_EVERSION, ::WARTA_EUTF8, ::WARTA_ENUL,
 *         ::WARTA_ETOOBIG, ::WARTA_ENOMEM or ::WARTA_EICU.
 * Empty input is valid and gives an empty article.
 * The caller frees the article with warta_article_free().
 * Thread safety: safe to call from many threads on one context.
 */
WARTA_API int warta_parse(const warta_context *ctx, const char *text, size_t len,
                          const warta_parse_options *opts, warta_article **out,
                          warta_error *err);

/** Free an article and everything borrowed from it. Accepts NULL. */
WARTA_API void warta_article_free(warta_article *article);

/* ---- dateline ---------------------------------------------------------- */

/**
 * Whether the article has a dateline (`Beijing (ANTARA) -`).
 * @return 1 when there is one, else 0 (also for NULL).
 */
WARTA_API int warta_article_has_dateline(const warta_article *a);
/** Dateline place as written, title-cased (`Beijing`), or NULL. */
WARTA_API const char *warta_article_dateline_place(const warta_article *a);
/** Dateline agency or outlet as written (`ANTARA`, `KOMPAS.com`), or NULL. */
WARTA_API const char *warta_article_dateline_agency(const warta_article *a);
/** Foreign agency credited in the dateline (`Reuters` of `ANTARA/Reuters`), or NULL. */
WARTA_API const char *warta_article_dateline_source(const warta_article *a);
/** ISO 3166-1 alpha-2 country of the resolved dateline place, or NULL. */
WARTA_API const char *warta_article_dateline_country(const warta_article *a);
/** ISO 3166-2:ID province of the dateline place when in Indonesia, or NULL. */
WARTA_API const char *warta_article_dateline_province(const warta_article *a);
/** IANA time zone of the dateline place (`Asia/Shanghai`), or NULL. */
WARTA_API const char *warta_article_dateline_timezone(const warta_article *a);
/**
 * Byte range of the dateline.
 * @return ::WARTA_OK, or ::WARTA_ERANGE when there is no dateline.
 */
WARTA_API int warta_article_dateline_span(const warta_article *a, int64_t *start, int64_t *end);

/* ---- published instant ------------------------------------------------- */

/** Published instant stated by the text, ISO 8601, or NULL. */
WARTA_API const char *warta_article_published(const warta_article *a);
/** The reference instant relative dates were resolved against (ISO 8601), or NULL. */
WARTA_API const char *warta_article_reference(const warta_article *a);

/* ---- blocks and paragraphs -------------------------------------------- */

/** Kinds of block the input is cut into. */
enum warta_block_kind {
    WARTA_BLOCK_PARAGRAPH = 1,  /**< body paragraph */
    WARTA_BLOCK_DATELINE = 2,   /**< the dateline itself */
    WARTA_BLOCK_PULLQUOTE = 3,  /**< pull-quote or caption before the dateline */
    WARTA_BLOCK_READ_ALSO = 4,  /**< a `Baca juga:` item */
    WARTA_BLOCK_RELATED = 5,    /**< a related-headlines block header or item */
    WARTA_BLOCK_ATTRIBUTION = 6,/**< `Sumber:`, `Pewarta:`, `Editor:`, initials */
    WARTA_BLOCK_BOILERPLATE = 7,/**< copyright, ads, placeholders, prompts */
    WARTA_BLOCK_STAMP = 8       /**< the page's own publication stamp
                                 *   (`Sabtu, 16 November 2024 16:25 WIB`) near the top:
                                 *   warta_article_published() */
};

/** Name of a block kind ("paragraph", "read_also", ...), or NULL. */
WARTA_API const char *warta_block_kind_name(int kind);
/** Number of blocks, in input order. */
WARTA_API size_t warta_article_block_count(const warta_article *a);
/**
 * Block @p i: its kind and byte range.
 * @return ::WARTA_OK or ::WARTA_ERANGE.
 */
WARTA_API int warta_article_block(const warta_article *a, size_t i, int *kind,
                                  int64_t *start, int64_t *end);
/** Number of body paragraphs. */
WARTA_API size_t warta_article_paragraph_count(const warta_article *a);
/**
 * Byte range of body paragraph @p i (the dateline is not part of it).
 * @return ::WARTA_OK or ::WARTA_ERANGE.
 */
WARTA_API int warta_article_paragraph(const warta_article *a, size_t i, int64_t *start,
                                      int64_t *end);

/* ---- entities ----------------------------------------------------------- */

/** Entity types. */
enum warta_entity_type {
    WARTA_ENTITY_PERSON = 1, /**< a person (`Qin Gang`) */
    WARTA_ENTITY_COUNTRY = 2, /**< a country (`China`) */
    WARTA_ENTITY_ORGANIZATION = 3, /**< an organisation (`SCO`) */
    WARTA_ENTITY_LOCATION = 4 /**< a place other than a country (city, province, region) */
};

/** Name of an entity type ("person", "country", "organization", "location"), or NULL. */
WARTA_API const char *warta_entity_type_name(int type);
/** Number of entities of the body (headlines' entities are per headline). */
WARTA_API size_t warta_article_entity_count(const warta_article *a);
/** Entity @p i of the body, or NULL when out of range. Borrowed. */
WARTA_API const warta_entity *warta_article_entity(const warta_article *a, size_t i);
/** Its ::warta_entity_type, or 0 for NULL. */
WARTA_API int warta_entity_type(const warta_entity *e);
/** Canonical name (`Qin Gang`, `Organisasi Kerja Sama Shanghai`, `China`). */
WARTA_API const char *warta_entity_name(const warta_entity *e);
/** Person: title as written (`Menteri Luar Negeri`), or NULL. */
WARTA_API const char *warta_entity_title(const warta_entity *e);
/** Person: affiliation after the title: an ISO 3166-1 alpha-2 or 3166-2 code, or an
 *  organisation's acronym or name (`MPR` of `Ketua MPR`), or NULL. */
WARTA_API const char *warta_entity_affiliation(const warta_entity *e);
/** Country: ISO 3166-1 alpha-2 (`CN`); location: its country when known; else NULL. */
WARTA_API const char *warta_entity_iso(const warta_entity *e);
/** Country: ISO 3166-1 alpha-3 (`CHN`), or NULL. */
WARTA_API const char *warta_entity_iso3(const warta_entity *e);
/** Location in Indonesia: ISO 3166-2:ID province (`ID-JK`), or NULL. */
WARTA_API const char *warta_entity_province(const warta_entity *e);
/** Location or country: IANA time zone when known (`Asia/Kolkata`), or NULL. */
WARTA_API const char *warta_entity_timezone(const warta_entity *e);
/** Organization: acronym (`SCO`), or NULL. */
WARTA_API const char *warta_entity_acronym(const warta_entity *e);
/** 1 when the learned model gave this entity its type (only with
 *  ::WARTA_PARSE_GUESS_NAMES), 0 when a rule did or for NULL. */
WARTA_API int warta_entity_guessed(const warta_entity *e);
/** Number of mentions (at least 1). */
WARTA_API size_t warta_entity_mention_count(const warta_entity *e);
/**
 * Mention @p i: byte range (for a person, the name alone, not the title).
 * @return ::WARTA_OK or ::WARTA_ERANGE.
 */
WARTA_API int warta_entity_mention(const warta_entity *e, size_t i, int64_t *start,
                                   int64_t *end);

/* ---- time expressions -------------------------------------------------- */

/** Granularity of a time expression's value. */
enum warta_granularity {
    WARTA_GRAN_UNKNOWN = 0, /**< no value, or granularity not known */
    WARTA_GRAN_DECADE = 1, /**< a decade (`201X`) */
    WARTA_GRAN_YEAR = 2, /**< a year (`2023`) */
    WARTA_GRAN_SEASON = 3, /**< a season */
    WARTA_GRAN_MONTH = 4, /**< a month (`2023-05`) */
    WARTA_GRAN_WEEK = 5, /**< a week (`2023-W17`) */
    WARTA_GRAN_WEEKEND = 6, /**< a weekend */
    WARTA_GRAN_DAY = 7, /**< a day (`2023-05-04`) */
    WARTA_GRAN_PART_OF_DAY = 8, /**< part of a day (morning, evening, ...) */
    WARTA_GRAN_HOUR = 9, /**< an hour */
    WARTA_GRAN_MINUTE = 10, /**< a minute (`2024-11-16T16:25+07:00`) */
    WARTA_GRAN_SECOND = 11, /**< a second */
    WARTA_GRAN_QUARTER = 12, /**< a quarter of a year (`2023-Q3`; appended, not in size order) */
    WARTA_GRAN_HALF_YEAR = 13 /**< a half of a year (`2025-H1`; appended) */
};

/** Name of a granularity ("day", "minute", ...), or NULL. */
WARTA_API const char *warta_granularity_name(int gran);
/** Number of time expressions of the body, in text order. */
WARTA_API size_t warta_article_time_count(const warta_article *a);
/** Time expression @p i, or NULL. Borrowed. */
WARTA_API const warta_timex *warta_article_time(const warta_article *a, size_t i);
/** The expression's text as written. */
WARTA_API const char *warta_timex_text(const warta_timex *t);
/** Byte range of the expression. @return ::WARTA_OK or ::WARTA_EINVAL. */
WARTA_API int warta_timex_span(const warta_timex *t, int64_t *start, int64_t *end);
/** TIMEX3-style value (`2024-11-16T16:25:00+07:00`, `2023-W17`), or NULL when unresolved. */
WARTA_API const char *warta_timex_value(const warta_timex *t);
/** For ranges (`pukul 10.00-12.00 WIB`), the value of the end, else NULL. */
WARTA_API const char *warta_timex_end_value(const warta_timex *t);
/** The ::warta_granularity of the value. */
WARTA_API int warta_timex_granularity(const warta_timex *t);
/** 1 when the value was computed from the reference instant, else 0. */
WARTA_API int warta_timex_anchored(const warta_timex *t);
/** Relative meaning kept when unresolved (`P-1W` style offset, `XXXX-07`), or NULL. */
WARTA_API const char *warta_timex_relative(const warta_timex *t);

/* ---- related headlines --------------------------------------------------- */

/** Kinds of related headline. */
enum warta_related_kind {
    WARTA_RELATED_READ_ALSO = 1, /**< `Baca juga:` and similar labelled links */
    WARTA_RELATED_MORE_NEWS = 2  /**< an item of a `Berita Lainnya` block */
};

/** Name of a related kind ("read_also", "more_news"), or NULL. */
WARTA_API const char *warta_related_kind_name(int kind);
/** Number of related headlines, in page order. */
WARTA_API size_t warta_article_related_count(const warta_article *a);
/** Related headline @p i, or NULL. Borrowed. */
WARTA_API const warta_related *warta_article_related(const warta_article *a, size_t i);
/** Its ::warta_related_kind. */
WARTA_API int warta_related_kind(const warta_related *r);
/** The headline text. */
WARTA_API const char *warta_related_title(const warta_related *r);
/** Its published instant (ISO 8601) when the page prints one, else NULL. */
WARTA_API const char *warta_related_published(const warta_related *r);
/** Byte range of the item (label, title and stamp). @return ::WARTA_OK or ::WARTA_EINVAL. */
WARTA_API int warta_related_span(const warta_related *r, int64_t *start, int64_t *end);
/** Number of entities found in the headline. */
WARTA_API size_t warta_related_entity_count(const warta_related *r);
/** Entity @p i of the headline, or NULL. */
WARTA_API const warta_entity *warta_related_entity(const warta_related *r, size_t i);

/* ---- attribution -------------------------------------------------------- */

/** Attribution fields. */
enum warta_attribution_field {
    WARTA_ATTR_SOURCE = 1,     /**< `Sumber: Reuters`, `(ANTARA/Reuters)` */
    WARTA_ATTR_REPORTER = 2,   /**< `Pewarta:`, `Reporter:`, `Penulis:` */
    WARTA_ATTR_EDITOR = 3,     /**< `Editor:` */
    WARTA_ATTR_TRANSLATOR = 4, /**< `Penerjemah:` */
    WARTA_ATTR_PHOTOGRAPHER = 5, /**< `Pewarta foto:` */
    WARTA_ATTR_INITIALS = 6    /**< trailing initials such as `(ant/mii)` */
};

/** Name of an attribution field ("source", "reporter", ...), or NULL. */
WARTA_API const char *warta_attribution_field_name(int field);
/** The attribution @p field, or NULL when the article has none. */
WARTA_API const char *warta_article_attribution(const warta_article *a, int field);

/* ---- warnings ------------------------------------------------------------ */

/** Number of warnings recorded while parsing (replaced bytes, a day name
 *  contradicting its date, ...). */
WARTA_API size_t warta_article_warning_count(const warta_article *a);
/**
 * Warning @p i: message (borrowed) and byte offset (-1 when none).
 * @return the message, or NULL when out of range.
 */
WARTA_API const char *warta_article_warning(const warta_article *a, size_t i, int64_t *offset);

/** @} */

WARTA_END_DECL

#endif
