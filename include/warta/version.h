/**
 * @file warta/version.h
 * @brief Compile-time and run-time version of the library.
 */
#ifndef WARTA_VERSION_H
#define WARTA_VERSION_H

#include "common.h"

WARTA_BEGIN_DECL

/** @defgroup version Version
 * @{ */

#define WARTA_VERSION_MAJOR 0   /**< API major version */
#define WARTA_VERSION_MINOR 1   /**< API minor version */
#define WARTA_VERSION_PATCH 0   /**< patch level */
#define WARTA_VERSION_STRING "0.1.0" /**< "MAJOR.MINOR.PATCH" */
/** The version as one number: MAJOR*10000 + MINOR*100 + PATCH. */
#define WARTA_VERSION_NUMBER \
    (WARTA_VERSION_MAJOR * 10000 + WARTA_VERSION_MINOR * 100 + WARTA_VERSION_PATCH)
/** True when the headers are at least version MAJOR.MINOR.PATCH. */
#define WARTA_VERSION_CHECK(major, minor, patch) \
    (WARTA_VERSION_NUMBER >= ((major) * 10000 + (minor) * 100 + (patch)))
/** ABI version: the shared library's SONAME number; bumps on any ABI break. */
#define WARTA_SOVERSION 0

/**
 * The version of the linked library, as ::WARTA_VERSION_NUMBER.
 * Compare with the macro to detect header/library mismatch.
 * Thread safety: safe from any thread.
 */
WARTA_API int warta_version_number(void);

/**
 * The version of the linked library as a static string, e.g. "0.1.0".
 * Thread safety: safe from any thread.
 */
WARTA_API const char *warta_version_string(void);

/** @} */

WARTA_END_DECL

#endif
