#include "text.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "warta/common.h"

/* Decode the code point at u[i] (non-ASCII) with ICU's U8_NEXT, in a window
 * of at most 4 bytes (U8_NEXT works on int32_t indices, so huge inputs are
 * fine). Returns it, or a negative value for an ill-formed sequence; *len
 * gets the bytes consumed (the maximal ill-formed subpart, at least one). */
static inline UChar32 decode_at(const uint8_t *u, size_t n, size_t i, size_t *len)
{
    int32_t j = 0, w = (int32_t)((n - i) < 4 ? (n - i) : 4);
    UChar32 c;
    U8_NEXT(u + i, j, w, c);
    *len = (size_t)(j > 0 ? j : 1);
    return c;
}

size_t wt_utf8_wf_len(const char *s, size_t n, size_t i)
{
    size_t len;
    return decode_at((const uint8_t *)s, n, i, &len) < 0 ? 0 : len;
}

int wt_text_validate(const char *s, size_t n, size_t *bad)
{
    const uint8_t *u = (const uint8_t *)s;
    size_t i = 0;
    while (i < n) {
#if defined(__SSE2__)
        /* ASCII fast path: no byte with its top bit set, none zero. 64
         * bytes a round (their OR has no top bit set, their unsigned
         * minimum is not zero), then 16 at a time (v | (v == 0) has no top
         * bit set), which also find the first byte to look at */
        while (n - i >= 64) {
            const __m128i *q = (const __m128i *)(const void *)(u + i);
            __m128i a = _mm_loadu_si128(q), b = _mm_loadu_si128(q + 1);
            __m128i c = _mm_loadu_si128(q + 2), d = _mm_loadu_si128(q + 3);
            __m128i top = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
            __m128i low = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
            if (_mm_movemask_epi8(_mm_or_si128(top, _mm_cmpeq_epi8(low, _mm_setzero_si128()))))
                break;
            i += 64;
        }
        while (n - i >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
            int m = _mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128())));
            if (m) {
                i += (size_t)__builtin_ctz((unsigned)m);
                break;
            }
            i += 16;
        }
#endif
        /* then 8 bytes at a time */
        while (i + 8 <= n && u[i] != 0 && u[i] < 0x80) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (w & UINT64_C(0x8080808080808080))
                break;
            /* a zero byte in w? (classic haszero trick) */
            if ((w - UINT64_C(0x0101010101010101)) & ~w & UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (u[i] < 0x80) {
            if (u[i] == 0) {
                *bad = i;
                return WARTA_ENUL;
            }
            i++;
        } else {
            size_t len;
            if (decode_at(u, n, i, &len) < 0) {
                *bad = i;
                return WARTA_EUTF8;
            }
            i += len;
        }
    }
    return WARTA_OK;
}

char *wt_text_sanitize(wt_arena *ar, const char *s, size_t n, wt_vec *bad)
{
    char *d = wt_arena_alloc(ar, n + 1);
    size_t i = 0;
    if (!d)
        return NULL;
    memcpy(d, s, n);
    while (i < n) {
        uint8_t b = (uint8_t)d[i];
        if (b == 0) {
            size_t *slot = wt_vec_push(ar, bad, sizeof(size_t));
            if (!slot)
                return NULL;
            *slot = i;
            d[i++] = '?';
        } else if (b < 0x80) {
            i++;
        } else {
            size_t len, k;
            if (decode_at((const uint8_t *)d, n, i, &len) < 0) {
                /* replace the bytes the decoder consumed (at least one) */
                for (k = 0; k < len; k++) {
                    size_t *slot = wt_vec_push(ar, bad, sizeof(size_t));
                    if (!slot)
                        return NULL;
                    *slot = i + k;
                    d[i + k] = '?';
                }
            }
            i += len;
        }
    }
    d[n] = '\0';
    return d;
}

int32_t wt_utf8_next_mb(const char *s, size_t n, size_t *i)
{
    size_t len;
    UChar32 c = decode_at((const uint8_t *)s, n, *i, &len);
    *i += len;
    return c < 0 ? 0xFFFD : c;
}

int32_t wt_utf8_prev(const char *s, size_t *i)
{
    const uint8_t *u = (const uint8_t *)s;
    size_t k = *i;
    uint8_t b = u[k - 1];
    if (b < 0x80) {
        (*i)--;
        return b;
    }
    /* step back over continuation bytes (at most 3) */
    k--;
    while (k > 0 && (u[k] & 0xC0) == 0x80 && *i - k < 4)
        k--;
    {
        size_t j = k;
        int32_t c = wt_utf8_next(s, *i, &j);
        *i = k;
        return c;
    }
}

int wt_is_alpha_u(int32_t c)
{
    return u_isalpha(c) != 0;
}

int wt_is_upper_u(int32_t c)
{
    return u_isupper(c) != 0;
}

int wt_is_lower_u(int32_t c)
{
    return u_islower(c) != 0;
}

int wt_is_space_u(int32_t c)
{
    return u_isUWhiteSpace(c) != 0 || c == 0xA0 || c == 0x200B || c == 0xFEFF;
}

size_t wt_casefold(const char *s, size_t n, char *out, size_t cap)
{
    size_t i;
    int ascii = 1;
    for (i = 0; i < n; i++) {
        if ((uint8_t)s[i] >= 0x80) {
            ascii = 0;
            break;
        }
    }
    if (ascii) {
        if (n > cap)
            return (size_t)-1;
        for (i = 0; i < n; i++) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            out[i] = c;
        }
        return n;
    }
    {
        /* through UTF-16: small stack buffers, tokens are short */
        UChar src[256], dst[512];
        int32_t slen = 0, dlen, olen = 0;
        UErrorCode st = U_ZERO_ERROR;
        if (n > 256)
            return (size_t)-1;
        u_strFromUTF8(src, 256, &slen, s, (int32_t)n, &st);
        if (U_FAILURE(st))
            return (size_t)-1;
        dlen = u_strFoldCase(dst, 512, src, slen, U_FOLD_CASE_DEFAULT, &st);
        if (U_FAILURE(st))
            return (size_t)-1;
        if (cap > INT32_MAX)
            cap = INT32_MAX;
        u_strToUTF8(out, (int32_t)cap, &olen, dst, dlen, &st);
        if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING || (size_t)olen > cap)
            return (size_t)-1;
        return (size_t)olen;
    }
}

char *wt_titlecase_dup(wt_arena *ar, const char *s, size_t n)
{
    /* Only ASCII letters are re-cased; a word with any lower-case letter is
     * kept as written (McDonald, KOMPAS.com stays for agencies elsewhere). */
    char *d = wt_arena_strndup(ar, s, n);
    size_t i = 0;
    if (!d)
        return NULL;
    while (i < n) {
        size_t w = i, j;
        int has_lower = 0;
        while (w < n && d[w] != ' ' && d[w] != '-')
            w++;
        for (j = i; j < w; j++)
            if (d[j] >= 'a' && d[j] <= 'z')
                has_lower = 1;
        if (!has_lower) {
            int first = 1;
            for (j = i; j < w; j++) {
                if ((uint8_t)d[j] >= 0x80) {
                    first = 0;
                    continue;
                }
                /* no lower-case letter in this word (has_lower is 0) */
                if (d[j] >= 'A' && d[j] <= 'Z') {
                    if (!first)
                        d[j] = (char)(d[j] - 'A' + 'a');
                    first = 0;
                }
            }
        }
        i = w < n ? w + 1 : w;
    }
    return d;
}

/* ASCII white space, as wt_is_space() has it */
static int ascii_space(uint8_t b)
{
    return b == ' ' || (b >= '\t' && b <= '\r');
}

void wt_trim(const char *s, size_t *start, size_t *end)
{
    const uint8_t *u = (const uint8_t *)s;
    while (*start < *end) {
        size_t j = *start;
        if (u[j] < 0x80) {
            if (!ascii_space(u[j]))
                break;
            *start = j + 1;
            continue;
        }
        if (!wt_is_space(wt_utf8_next_mb(s, *end, &j)))
            break;
        *start = j;
    }
    while (*end > *start) {
        size_t j = *end;
        if (u[j - 1] < 0x80) {
            if (!ascii_space(u[j - 1]))
                break;
            *end = j - 1;
            continue;
        }
        if (!wt_is_space(wt_utf8_prev(s, &j)))
            break;
        *end = j;
    }
}

int wt_prefix_ci(const char *s, size_t n, const char *p)
{
    size_t i;
    for (i = 0; p[i]; i++) {
        char a, b;
        if (i >= n)
            return 0;
        a = s[i];
        b = p[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z')
            b = (char)(b + 32);
        if (a != b)
            return 0;
    }
    return 1;
}

/* The length of the character reference at s[0..n) (s[0] == '&') and its
 * UTF-8 bytes in out[0..*olen), or 0 when it is none we decode. */
static size_t html_ref(const char *s, size_t n, char out[4], size_t *olen)
{
    static const struct {
        const char *name;
        size_t len; /* with '&' and ';' */
        char c;
    } named[] = {{"&amp;", 5, '&'},  {"&lt;", 4, '<'},   {"&gt;", 4, '>'},
                 {"&quot;", 6, '"'}, {"&apos;", 6, '\''}, {"&nbsp;", 6, ' '}};
    size_t i, k;
    uint32_t c = 0;
    if (n >= 4 && s[1] == '#') {
        int hex = s[2] == 'x' || s[2] == 'X';
        i = hex ? 3 : 2;
        for (k = i; k < n && k - i < 7; k++) {
            unsigned char b = (unsigned char)s[k];
            unsigned d;
            if (b >= '0' && b <= '9')
                d = b - '0';
            else if (hex && (b | 0x20) >= 'a' && (b | 0x20) <= 'f')
                d = (unsigned)((b | 0x20) - 'a' + 10);
            else
                break;
            c = c * (hex ? 16u : 10u) + d;
        }
        /* digits, then ';', at most 7 digits (no overflow) */
        if (k == i || k >= n || s[k] != ';' || c < 0x20 || (c >= 0x7F && c < 0xA0) ||
            (c >= 0xD800 && c < 0xE000) || c > 0x10FFFF)
            return 0;
        if (c < 0x80) {
            out[0] = (char)c;
            *olen = 1;
        } else if (c < 0x800) {
            out[0] = (char)(0xC0 | (c >> 6));
            out[1] = (char)(0x80 | (c & 0x3F));
            *olen = 2;
        } else if (c < 0x10000) {
            out[0] = (char)(0xE0 | (c >> 12));
            out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[2] = (char)(0x80 | (c & 0x3F));
            *olen = 3;
        } else {
            out[0] = (char)(0xF0 | (c >> 18));
            out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[3] = (char)(0x80 | (c & 0x3F));
            *olen = 4;
        }
        return k + 1;
    }
    for (i = 0; i < sizeof named / sizeof named[0]; i++)
        if (n >= named[i].len && memcmp(s, named[i].name, named[i].len) == 0) {
            out[0] = named[i].c;
            *olen = 1;
            return named[i].len;
        }
    return 0;
}

char *wt_unescape_html_dup(wt_arena *ar, const char *s, size_t n)
{
    const char *amp = n ? memchr(s, '&', n) : NULL;
    char *d;
    size_t i = 0, o = 0;
    if (!amp)
        return wt_arena_strndup(ar, s, n);
    d = wt_arena_alloc_raw(ar, n + 1);
    if (!d)
        return NULL;
    while (amp) {
        size_t at = (size_t)(amp - s), len, olen = 0;
        char buf[4];
        memcpy(d + o, s + i, at - i);
        o += at - i;
        len = html_ref(amp, n - at, buf, &olen);
        if (len) {
            /* a reference is never shorter than what it decodes to:
             * `&#32;` is 5 bytes for 1, `&#160;` 6 for 2, `&#x800;` 7 for
             * 3, `&#x10000;` 9 for 4 */
            memcpy(d + o, buf, olen);
            o += olen;
            i = at + len;
        } else {
            d[o++] = '&';
            i = at + 1;
        }
        amp = i < n ? memchr(s + i, '&', n - i) : NULL;
    }
    memcpy(d + o, s + i, n - i);
    d[o + n - i] = '\0';
    return d;
}
