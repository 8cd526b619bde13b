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

/** @} */

WARTA_END_DECL

#endif
