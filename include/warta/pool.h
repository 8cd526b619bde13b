/**
 * @file warta/pool.h
 * @brief Parsing on worker threads: articles in, results out in the same
 *        order.
 */
#ifndef WARTA_POOL_H
#define WARTA_POOL_H

#include "common.h"
#include "context.h"
#include "article.h"

WARTA_BEGIN_DECL

/** @defgroup pool Parsing on worker threads
 *
 * A pool parses articles on threads of its own and hands the results back
 * in the order the articles went in. It is for callers that cannot run C
 * on threads of their own at full speed: a Python binding, whose threads
 * must take the interpreter lock back after every foreign call, keeps only
 * one thread in Python (building the objects) while the pool's threads
 * parse, and never waits for that lock in a worker. C and Go programs can
 * as well call warta_parse() from threads of their own on one context.
 *
 * The caller submits articles (warta_pool_submit(), which does not copy
 * them) and takes the results, oldest first (warta_pool_next()). While the
 * result to take is not ready, the calling thread parses articles no
 * worker has started, so a pool of `threads` workers parses on
 * `threads + 1` threads, and a pool of none parses in warta_pool_next().
 * @code
 * warta_pool_options po;
 * warta_pool *pool;
 * warta_pool_options_init(&po, WARTA_POOL_OPTIONS_VERSION);
 * po.threads = 1;                        // and the caller: two threads
 * if (warta_pool_new(ctx, &po, &pool, &err) != WARTA_OK) return 1;
 * for (i = 0; i < n; i++) {
 *     if (warta_pool_pending(pool) == po.capacity)  // full: take one first
 *         print_next(pool);
 *     warta_pool_submit(pool, texts[i], lens[i], &err);
 * }
 * while (warta_pool_pending(pool) > 0)
 *     print_next(pool);                  // warta_pool_next(), then warta_free()
 * warta_pool_free(pool);
 * @endcode
 * @{ */

/** Version of ::warta_pool_options this header describes. */
#define WARTA_POOL_OPTIONS_VERSION 1

/** What a pool gives for each article. */
enum warta_pool_output {
    /** warta_parse_json()'s JSON (NUL-terminated, with the json_flags). */
    WARTA_POOL_JSON = 0,
    /** warta_parse_marshal()'s data (binary, its length in out_len). */
    WARTA_POOL_MARSHAL = 1
};

/**
 * Options for warta_pool_new(). Initialise with warta_pool_options_init();
 * fields are only ever appended.
 */
typedef struct warta_pool_options {
    unsigned int version; /**< ::WARTA_POOL_OPTIONS_VERSION */
    /** Worker threads the pool starts (at most 256); 0: none, every
     *  article is parsed by the caller in warta_pool_next(). Default 1. */
    unsigned int threads;
    /** Articles submitted and not yet taken that the pool holds at most
     *  (1 to 1,048,576); 0 means 64. Bounds the memory of results
     *  waiting to be taken. */
    size_t capacity;
    int output;     /**< one of ::warta_pool_output; default ::WARTA_POOL_JSON */
    int json_flags; /**< OR of ::warta_json_flags, for ::WARTA_POOL_JSON */
    /** Options of every parse, or NULL for the defaults; copied (its
     *  reference string too) by warta_pool_new(). */
    const warta_parse_options *parse;
} warta_pool_options;

/** An opaque pool of worker threads (see the group's description). */
typedef struct warta_pool warta_pool;

/**
 * Initialise @p opts to defaults for struct @p version: one worker thread,
 * capacity 64, JSON on one line, default parse options.
 * @return ::WARTA_OK, ::WARTA_EINVAL (NULL) or ::WARTA_EVERSION.
 * Thread safety: safe from any thread.
 */
WARTA_API int warta_pool_options_init(warta_pool_options *opts, unsigned int version);

/**
 * Start a pool parsing with @p ctx.
 * @param ctx  the context; it must outlive the pool (other threads may go
 *             on using it meanwhile).
 * @param opts options, or NULL for the defaults.
 * @param out  receives the pool; NULL on failure.
 * @param err  optional error record.
 * @return ::WARTA_OK, ::WARTA_EINVAL (NULL ctx/out, an option out of
 *         range), ::WARTA_EVERSION, or ::WARTA_ENOMEM (also when a thread
 *         cannot be started; none is left running).
 * Thread safety: safe from any thread.
 */
WARTA_API int warta_pool_new(const warta_context *ctx, const warta_pool_options *opts,
                             warta_pool **out, warta_error *err);

/**
 * Queue one article. The text is not copied: it must stay valid and
 * unchanged until its result has been taken with warta_pool_next() or the
 * pool is freed.
 * @param pool the pool.
 * @param text the article, UTF-8 (NULL only with a length of 0).
 * @param len  its length in bytes.
 * @param err  optional error record.
 * @return ::WARTA_OK, ::WARTA_EINVAL (NULL pool, NULL text with len > 0),
 *         or ::WARTA_ERANGE when the pool already holds `capacity`
 *         articles not taken (take one first; nothing is queued).
 * Thread safety: any thread may submit, also while another takes; the
 * results come out in the order the submissions were made.
 */
WARTA_API int warta_pool_submit(warta_pool *pool, const char *text, size_t len,
                                warta_error *err);

/**
 * Take the result of the oldest article submitted and not yet taken.
 * Until it is ready, the calling thread parses the oldest article no
 * worker has started (this one, or one behind it while a worker is on
 * this one), and waits only when every article submitted is started.
 * @param pool    the pool.
 * @param out     receives the JSON or marshal data, freed with
 *                warta_free(); NULL when the article failed.
 * @param out_len optional for JSON (strlen), required for marshal data.
 * @param err     optional; the article's error record when it failed
 *                (code, byte offset into that article, message).
 * @return the article's status, as warta_parse_json() or
 *         warta_parse_marshal() gives it (::WARTA_EUTF8 ... for bad input),
 *         or ::WARTA_EINVAL (NULL pool or out, or another
 *         warta_pool_next() running on the pool; nothing taken) or
 *         ::WARTA_ERANGE (no article pending).
 * Thread safety: one thread at a time takes (a second call meanwhile
 * fails, as said); submitting meanwhile is safe.
 */
WARTA_API int warta_pool_next(warta_pool *pool, char **out, size_t *out_len, warta_error *err);

/**
 * The number of articles submitted and not yet taken (0 for NULL).
 * Thread safety: safe from any thread while the pool lives.
 */
WARTA_API size_t warta_pool_pending(warta_pool *pool);

/**
 * Stop the workers (each finishes the article it is parsing), join them and
 * free the pool with the results not taken. Accepts NULL.
 * Thread safety: no other call on the pool may run or follow.
 */
WARTA_API void warta_pool_free(warta_pool *pool);

/** @} */

WARTA_END_DECL

#endif
