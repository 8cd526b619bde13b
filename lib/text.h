/* text: UTF-8 validation, character classes and case folding.
 *
 * Validation uses ICU's U8_NEXT (rejects overlong forms, surrogates and code
 * points above U+10FFFF); character properties and case folding use ICU
 * (u_isupper, u_foldCase) with an ASCII fast path. */
#ifndef WARTA_TEXT_H
#define WARTA_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Status of wt_text_validate(). */
typedef struct wt_text_issue {
    int code;      /* WARTA_OK, WARTA_EUTF8 or WARTA_ENUL */
    size_t offset; /* first bad byte */
} wt_text_issue;

/* Check that s[0..n) is well-formed UTF-8 without NUL bytes. Returns
 * WARTA_OK, or WARTA_EUTF8 / WARTA_ENUL with the offset of the first bad
 * byte in *bad. */
int wt_text_validate(const char *s, size_t n, size_t *bad);

/* Lenient mode: copy s into an arena buffer of the same length where every
 * byte of an ill-formed sequence and every NUL is replaced by '?'. The
 * offsets of the bad bytes are pushed onto `bad` (size_t elements); the
 * count is bounded by n. Returns the copy or NULL on allocation failure. */
char *wt_text_sanitize(wt_arena *ar, const char *s, size_t n, wt_vec *bad);

/* Length of the well-formed UTF-8 sequence at s[i] (s[i] >= 0x80, i < n),
 * or 0 when it is ill-formed (the bytes wt_text_sanitize() replaces, each
 * then one character). */
size_t wt_utf8_wf_len(const char *s, size_t n, size_t i);

/* Out-of-line parts of the helpers below (non-ASCII code points). */
int32_t wt_utf8_next_mb(const char *s, size_t n, size_t *i);
int wt_is_alpha_u(int32_t c);
int wt_is_upper_u(int32_t c);
int wt_is_lower_u(int32_t c);
int wt_is_space_u(int32_t c);

/* Decode one code point at s[i] (i < n, text already valid). Returns the
 * code point and advances *i. ASCII is decoded inline. */
static inline int32_t wt_utf8_next(const char *s, size_t n, size_t *i)
{
    unsigned char b = (unsigned char)s[*i];
    if (b < 0x80) {
        (*i)++;
        return b;
    }
    return wt_utf8_next_mb(s, n, i);
}
/* Decode the code point that ends at s[i-1] (i > 0). Moves *i back. */
int32_t wt_utf8_prev(const char *s, size_t *i);

/* Character classes (ICU-backed, ASCII inline). */
static inline int wt_is_alpha(int32_t c)
{
    return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : wt_is_alpha_u(c);
}
static inline int wt_is_upper(int32_t c)
{
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : wt_is_upper_u(c);
}
static inline int wt_is_lower(int32_t c)
{
    return c < 0x80 ? (c >= 'a' && c <= 'z') : wt_is_lower_u(c);
}
static inline int wt_is_digit(int32_t c)
{
    return c >= '0' && c <= '9';
}
/* includes NBSP, BOM and other Unicode white space */
static inline int wt_is_space(int32_t c)
{
    return c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : wt_is_space_u(c);
}

/* Length of a horizontal space at s[i] (space, tab, or NBSP as UTF-8),
 * else 0 (also when i >= n). */
static inline size_t wt_hspace_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= n)
        return 0;
    if (u[i] == ' ' || u[i] == '\t')
        return 1;
    return (u[i] == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) ? 2 : 0;
}

/* The first j >= i below lim where tab[s[j]] is set, else lim: passes the
 * bytes a scanner does not care about, four a round (the table-driven skip
 * loops of segment and dateline). */
static inline size_t wt_skip_to(const unsigned char tab[256], const char *s, size_t i, size_t lim)
{
    const unsigned char *u = (const unsigned char *)s;
    while (lim - i >= 4) {
        if (tab[u[i]])
            return i;
        if (tab[u[i + 1]])
            return i + 1;
        if (tab[u[i + 2]])
            return i + 2;
        if (tab[u[i + 3]])
            return i + 3;
        i += 4;
    }
    while (i < lim && !tab[u[i]])
        i++;
    return i;
}

/* Case-fold s[0..n) into out (capacity cap). Returns the folded length, or
 * (size_t)-1 when it does not fit. ASCII is folded inline; other text goes
 * through ICU's full case folding. */
size_t wt_casefold(const char *s, size_t n, char *out, size_t cap);

/* Copy s[0..n) into the arena in title case per word ("NEW YORK" ->
 * "New York", "SAO PAULO" -> "Sao Paulo"); words already in mixed case are
 * kept. NULL on allocation failure. */
char *wt_titlecase_dup(wt_arena *ar, const char *s, size_t n);

/* Copy s[0..n) into the arena with HTML character references decoded, as
 * scrapers leave them in headlines (`Corona &amp; PSBB` -> `Corona &
 * PSBB`): &amp; &lt; &gt; &quot; &apos;, &nbsp; (as a plain space) and
 * &#N; / &#xH; of a character from U+0020 up (no C1 control, surrogate or
 * code point past U+10FFFF). Anything else (`AT&T`, `&amp` without its
 * `;`, `&#0;`, unknown names) is kept as written, and nothing is decoded
 * twice (`&amp;lt;` -> `&lt;`). The copy is never longer than s. NULL on
 * allocation failure. */
char *wt_unescape_html_dup(wt_arena *ar, const char *s, size_t n);

/* Trim Unicode white space at both ends of [*start,*end). */
void wt_trim(const char *s, size_t *start, size_t *end);

/* ASCII-case-insensitive prefix test of s[0..n) against NUL-terminated p. */
int wt_prefix_ci(const char *s, size_t n, const char *p);

#endif
