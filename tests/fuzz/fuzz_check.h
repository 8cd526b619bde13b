/* fuzz_check: the checks every fuzz target applies to a parsed article
 * (spans inside the input, documented orderings, JSON that re-parses and is
 * valid UTF-8). A failed check prints what failed and calls abort(), which
 * libFuzzer and the replay driver report as a crash. */
#ifndef WARTA_FUZZ_CHECK_H
#define WARTA_FUZZ_CHECK_H

#include <stddef.h>

#include <warta.h>

#define FZ_REQUIRE(cond, ...) \
    do { \
        if (!(cond)) \
            fz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__); \
    } while (0)

void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((noreturn, format(printf, 4, 5)))
#endif
    ;

/* The shared context (created on first use; never freed: it stays
 * reachable through a static pointer, so leak checkers do not report it). */
const warta_context *fz_context(void);

/* Check a string the library handed out: NULL allowed when may_null; else
 * NUL-terminated valid UTF-8. */
void fz_check_string(const char *s, int may_null, const char *what);

/* Every accessor of the article against its input text[0..n) (text may be
 * NULL; when it is valid UTF-8, spans must fall on code point boundaries). */
void fz_check_article(const warta_article *a, const char *text, size_t n);

/* warta_article_to_json (compact, and pretty too when `pretty`): re-parses
 * with cJSON, valid UTF-8, length matches. */
void fz_check_json(const warta_article *a, int pretty);

#endif
