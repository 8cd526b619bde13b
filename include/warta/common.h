/**
 * @file warta/common.h
 * @brief Export macros, status codes, the error record and warta_free().
 *
 * Every fallible warta function returns an `int` status: ::WARTA_OK (0) on
 * success or a negative `WARTA_E*` code, and fills an optional ::warta_error
 * that the caller owns (no global or thread-local error state).
 */
#ifndef WARTA_COMMON_H
#define WARTA_COMMON_H

#include <stddef.h>
#include <stdint.h>

/**
 * @def WARTA_BEGIN_DECL
 * Opens an `extern "C"` block when the header is compiled as C++; empty in C.
 * @def WARTA_END_DECL
 * Closes the block opened by ::WARTA_BEGIN_DECL.
 */
#ifdef __cplusplus
#define WARTA_BEGIN_DECL extern "C" {
#define WARTA_END_DECL }
#else
#define WARTA_BEGIN_DECL
#define WARTA_END_DECL
#endif

/**
 * @def WARTA_API
 * Marks a function exported by the shared library (default visibility, or
 * `__declspec(dllexport/dllimport)` on Windows). Define `WARTA_STATIC` before
 * including warta.h when linking the static library.
 */
#if defined(WARTA_STATIC)
#define WARTA_API
#elif defined(_WIN32)
#if defined(WARTA_BUILDING)
#define WARTA_API __declspec(dllexport)
#else
#define WARTA_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define WARTA_API __attribute__((visibility("default")))
#else
#define WARTA_API
#endif

WARTA_BEGIN_DECL

/** @defgroup errors Status codes and errors
 * @{ */

/** Status codes. Success is zero, failures are negative. */
enum warta_status {
    WARTA_OK = 0,        /**< success */
    WARTA_EINVAL = -1,   /**< an argument is invalid (NULL handle, bad option) */
    WARTA_ENOMEM = -2,   /**< an allocation failed; nothing was leaked */
    WARTA_EUTF8 = -3,    /**< the input is not valid UTF-8; offset = first bad byte */
    WARTA_ENUL = -4,     /**< the input holds a NUL byte; offset = its position */
    WARTA_ETOOBIG = -5,  /**< the input is larger than the options allow */
    WARTA_EVERSION = -6, /**< an options struct has an unknown version */
    WARTA_EIO = -7,      /**< a file could not be read (user gazetteer) */
    WARTA_EDATA = -8,    /**< a gazetteer line is malformed; offset = its byte */
    WARTA_EICU = -9,     /**< ICU reported an error */
    WARTA_ERANGE = -10   /**< an index is out of range */
};

/** Size of the inline message buffer of ::warta_error. */
#define WARTA_ERROR_MESSAGE_SIZE 160

/**
 * An error record filled by a failing call. The caller owns it (usually on
 * the stack); nothing in it needs freeing.
 */
typedef struct warta_error {
    int code;        /**< one of ::warta_status, ::WARTA_OK when no error */
    int64_t offset;  /**< byte offset into the input the error refers to, or -1 */
    char message[WARTA_ERROR_MESSAGE_SIZE]; /**< NUL-terminated English text */
} warta_error;

/**
 * The English name of a status code ("invalid UTF-8", ...).
 * @param code a ::warta_status value.
 * @return a static string; never NULL (unknown codes give "unknown error").
 * Thread safety: safe from any thread.
 */
WARTA_API const char *warta_strerror(int code);

/**
 * Free a buffer that warta handed out (for example from
 * warta_article_to_json()). Accepts NULL.
 * @param ptr the buffer, or NULL.
 * Thread safety: safe from any thread.
 */
WARTA_API void warta_free(void *ptr);

/** @} */

WARTA_END_DECL

#endif
