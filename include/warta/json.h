/**
 * @file warta/json.h
 * @brief The article as JSON (the contract documented in docs/JSON.md and
 *        docs/warta.schema.json).
 */
#ifndef WARTA_JSON_H
#define WARTA_JSON_H

#include "common.h"
#include "article.h"

WARTA_BEGIN_DECL

/** @defgroup json JSON export
 * @{ */

/** Flags of warta_article_to_json(). */
enum warta_json_flags {
    WARTA_JSON_PRETTY = 1 << 0 /**< indent (default: one line, no newline) */
};

/**
 * Serialise an article to JSON (UTF-8, numbers written independently of the
 * C locale).
 * @param a     the article.
 * @param flags OR of ::warta_json_flags.
 * @param out   receives a NUL-terminated string, freed with warta_free().
 * @param len   optional; receives strlen(*out).
 * @param err   optional error record.
 * @return ::WARTA_OK, ::WARTA_EINVAL or ::WARTA_ENOMEM.
 * Thread safety: safe to call from many threads on one article.
 */
WARTA_API int warta_article_to_json(const warta_article *a, int flags, char **out, size_t *len,
                                    warta_error *err);

/**
 * Parse one article and serialise it to JSON in one call: warta_parse(),
 * warta_article_to_json() and warta_article_free(). The same JSON and the
 * same errors as those calls; for bindings and pipelines that only want the
 * JSON (one foreign call per article: a Python binding then gives up the
 * interpreter lock once, not four times).
 * @param ctx   the context (shared between threads).
 * @param text  the article, UTF-8; need not be NUL-terminated.
 * @param len   its length in bytes.
 * @param opts  options, or NULL for the defaults (see warta_parse()).
 * @param flags OR of ::warta_json_flags.
 * @param out   receives a NUL-terminated string, freed with warta_free();
 *              NULL on failure.
 * @param out_len optional; receives strlen(*out).
 * @param err   optional error record (code, byte offset into text, message).
 * @return ::WARTA_OK or the status of warta_parse() or
 *         warta_article_to_json().
 * Thread safety: safe to call from many threads on one context.
 */
WARTA_API int warta_parse_json(const warta_context *ctx, const char *text, size_t len,
                               const warta_parse_options *opts, int flags, char **out,
                               size_t *out_len, warta_error *err);

/**
 * Parse one article into Python marshal data, for the Python binding (which
 * has no compiled extension: Python's marshal.loads() reads this at C speed,
 * about three times faster than its JSON decoder reads the same values).
 * The data is one tuple, each object a tuple of the fields of the binding's
 * dataclass in order, every span with its offsets in characters (Unicode
 * code points; a byte that is not part of a well-formed UTF-8 sequence,
 * which lenient mode reads as '?', counts as one) next to its byte offsets
 * (S, E: bytes; CS, CE: characters):
 * `(dateline, published, reference, (paragraph...), (entity...), (time...),
 * (related...), attribution, (block...), (warning...), warta_version, json)`
 * - dateline: None or `(place, agency, source, country, province, timezone, S, E, CS, CE)`
 * - paragraph: `(S, E, CS, CE)`
 * - entity: `(type, name, (mention...), title, affiliation, iso, iso3, acronym,
 *   province, timezone, guessed)`, None where the JSON has no such key for the
 *   type; guessed True or False (the JSON's `"guessed": true` or no key);
 *   mention: `(text, S, E, CS, CE)`
 * - time: `(text, value, end_value, granularity, anchored, relative, S, E, CS, CE)`
 * - related: `(kind, title, published, S, E, CS, CE, (entity...))`
 * - attribution: `(source, reporter, editor, translator, photographer, initials)`
 * - block: `(kind, S, E, CS, CE)`; warning: `(message, offset, char_offset)`
 * - json: the one-line JSON of warta_parse_json(), as a str.
 * Only marshal types that every Python 3 since 3.4 reads are written (format
 * 4: tuple, str, int, None, True, False; no references).
 * @param ctx   the context (shared between threads).
 * @param text  the article, UTF-8; need not be NUL-terminated.
 * @param len   its length in bytes.
 * @param opts  options, or NULL for the defaults (see warta_parse()).
 * @param out   receives the data (binary: *out_len bytes), freed with
 *              warta_free(); NULL on failure.
 * @param out_len receives its length in bytes (required).
 * @param err   optional error record (code, byte offset into text, message).
 * @return ::WARTA_OK, the status of warta_parse(), ::WARTA_EINVAL, or
 *         ::WARTA_ENOMEM (also when a string or the JSON exceeds marshal's
 *         2 GiB).
 * Thread safety: safe to call from many threads on one context.
 */
WARTA_API int warta_parse_marshal(const warta_context *ctx, const char *text, size_t len,
                                  const warta_parse_options *opts, char **out,
                                  size_t *out_len, warta_error *err);

/**
 * warta_parse_marshal() for @p n articles in one call, one after the other:
 * for bindings, one foreign call (one release of the interpreter lock) for a
 * batch instead of one per article.
 * @param ctx   the context (shared between threads).
 * @param n     the number of articles.
 * @param texts the articles (UTF-8; NULL only with a length of 0).
 * @param lens  their lengths in bytes.
 * @param opts  options for all, or NULL for the defaults.
 * @param outs  receives each article's data (freed with warta_free()), NULL
 *              for an article that failed.
 * @param out_lens receives each data's length.
 * @param rcs   receives each article's status (as warta_parse_marshal()).
 * @param errs  optional: n error records, each article's.
 * @return ::WARTA_OK (the articles' own statuses in @p rcs), or
 *         ::WARTA_EINVAL when an array is NULL (nothing parsed).
 * Thread safety: safe to call from many threads on one context.
 */
WARTA_API int warta_parse_marshal_batch(const warta_context *ctx, size_t n,
                                        const char *const *texts, const size_t *lens,
                                        const warta_parse_options *opts, char **outs,
                                        size_t *out_lens, int *rcs, warta_error *errs);

/** @} */

WARTA_END_DECL

#endif
