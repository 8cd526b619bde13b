/**
 * @file warta.h
 * @brief warta: structured metadata from raw Indonesian news text.
 *
 * The umbrella header; it is the whole public API. Typical use:
 * @code
 * warta_context *ctx;
 * warta_article *a;
 * warta_error err;
 * char *json;
 * if (warta_context_new(NULL, &ctx, &err) != WARTA_OK) return 1;
 * if (warta_parse(ctx, text, len, NULL, &a, &err) == WARTA_OK) {
 *     warta_article_to_json(a, 0, &json, NULL, &err);
 *     puts(json);
 *     warta_free(json);
 *     warta_article_free(a);
 * }
 * warta_context_free(ctx);
 * @endcode
 */
#ifndef WARTA_H
#define WARTA_H

#include "warta/common.h"
#include "warta/version.h"
#include "warta/context.h"
#include "warta/article.h"
#include "warta/json.h"
#include "warta/pool.h"

#endif
