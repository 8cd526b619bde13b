/**
 * @file warta/context.h
 * @brief The immutable, shareable context that holds the gazetteers.
 *
 * A context is created once, then shared read-only by any number of threads
 * parsing articles at the same time. It holds the compiled-in gazetteers
 * (countries, titles, organisations, places), the Indonesian country names
 * taken from ICU's CLDR data, and optional user entries.
 */
#ifndef WARTA_CONTEXT_H
#define WARTA_CONTEXT_H

#include "common.h"

WARTA_BEGIN_DECL

/** @defgroup context Context
 * @{ */

/** Opaque, immutable after creation, safe to share between threads. */
typedef struct warta_context warta_context;

/**
 * Custom allocator for everything warta allocates on behalf of a context and
 * of the articles parsed with it. All three functions must be set.
 * `realloc_fn` is given the old size, so an arena allocator can serve it.
 */
typedef struct warta_allocator {
    /** Allocate `size` bytes; returns NULL on failure. */
    void *(*malloc_fn)(size_t size, void *user);
    /** Resize a block from `old_size` to `new_size` bytes; NULL on failure. */
    void *(*realloc_fn)(void *ptr, size_t old_size, size_t new_size, void *user);
    /** Free a block allocated by `malloc_fn` or `realloc_fn`. */
    void (*free_fn)(void *ptr, void *user);
    void *user; /**< passed to each function */
} warta_allocator;

/** Current version of ::warta_context_options. */
#define WARTA_CONTEXT_OPTIONS_VERSION 1

/**
 * Options for warta_context_new(). Initialise with
 * ::WARTA_CONTEXT_OPTIONS_INIT or warta_context_options_init(); fields are
 * only ever appended.
 */
typedef struct warta_context_options {
    unsigned int version; /**< ::WARTA_CONTEXT_OPTIONS_VERSION */
    /** Path of a user gazetteer file (TSV, see docs/DATA.md) or NULL. */
    const char *user_gazetteer_path;
    /** A user gazetteer in memory (same format) or NULL; not retained. */
    const char *user_gazetteer_data;
    size_t user_gazetteer_len; /**< length of user_gazetteer_data in bytes */
    /** Allocator to use, or NULL for the C library's. Copied, not retained. */
    const warta_allocator *allocator;
} warta_context_options;

/** Static initialiser for ::warta_context_options. */
#define WARTA_CONTEXT_OPTIONS_INIT { WARTA_CONTEXT_OPTIONS_VERSION, NULL, NULL, 0, NULL }

/**
 * Initialise @p opts to defaults for the given struct @p version.
 * @return ::WARTA_OK, or ::WARTA_EVERSION for an unknown version,
 *         ::WARTA_EINVAL when @p opts is NULL.
 * Thread safety: safe from any thread.
 */
WARTA_API int warta_context_options_init(warta_context_options *opts, unsigned int version);

/**
 * Create a context with every compiled-in gazetteer loaded.
 * @param opts options, or NULL for defaults.
 * @param out  receives the new context; set to NULL on failure.
 * @param err  optional error record (may be NULL). For a malformed user
 *             gazetteer, `offset` is the byte offset of the bad line.
 * @return ::WARTA_OK, ::WARTA_EINVAL, ::WARTA_EVERSION, ::WARTA_ENOMEM,
 *         ::WARTA_EIO, ::WARTA_EDATA or ::WARTA_EICU.
 * The caller frees the context with warta_context_free().
 * Thread safety: safe from any thread.
 */
WARTA_API int warta_context_new(const warta_context_options *opts, warta_context **out,
                                warta_error *err);

/**
 * Free a context. Accepts NULL. Every article parsed with it must have been
 * freed first.
 * Thread safety: must not run while another thread uses the context.
 */
WARTA_API void warta_context_free(warta_context *ctx);

/**
 * Number of gazetteer entries the context holds (compiled-in and user).
 * Thread safety: safe from any thread.
 */
WARTA_API size_t warta_context_gazetteer_size(const warta_context *ctx);

/** @} */

WARTA_END_DECL

#endif
