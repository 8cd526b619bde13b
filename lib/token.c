#include "token.h"

#include <string.h>

#include "text.h"
#include "warta/common.h"

uint32_t wt_fold_hash(const char *s, size_t n)
{
    char buf[1024];
    const char *p;
    uint32_t h = 2166136261u;
    size_t i, m;
    /* ASCII fast path: folding is lower-casing; same bytes as the full path */
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80)
            break;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        h ^= c;
        h *= 16777619u;
    }
    if (i == n)
        return h ? h : 1;
    h = 2166136261u;
    m = wt_casefold(s, n, buf, sizeof buf);
    p = buf;
    if (m == (size_t)-1) { /* too long to fold: hash the raw bytes */
        p = s;
        m = n;
    }
    for (i = 0; i < m; i++) {
        h ^= (uint8_t)p[i];
        h *= 16777619u;
    }
    return h ? h : 1;
}

static int is_word_char(int32_t c)
{
    if (c < 0x80)
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '\'';
    return wt_is_alpha(c) || wt_is_digit(c) || c == 0x2019 /* ’ */;
}

int wt_tokenize(wt_arena *ar, const char *s, size_t start, size_t end, wt_tokens *out)
{
    wt_vec v = {0};
    size_t i = start;
    uint32_t pending = 0;
    while (i < end) {
        size_t j = i;
        int32_t c = wt_utf8_next(s, end, &j);
        wt_token *t;
        if (wt_is_space(c)) {
            pending |= WT_TOK_SPACE_BEFORE;
            if (c == '\n' || c == '\r')
                pending |= WT_TOK_NEWLINE_BEFORE;
            i = j;
            continue;
        }
        t = wt_vec_push(ar, &v, sizeof(wt_token));
        if (!t)
            return WARTA_ENOMEM;
        t->start = i;
        t->flags = pending;
        pending = 0;
        if (wt_is_digit(c)) {
            /* digits only; "10.00" is three tokens, timex joins them */
            while (j < end && s[j] >= '0' && s[j] <= '9')
                j++;
            if (j < end) {
                /* digits glued to letters (G20's mirror: 2024an, 1980-an is
                 * split at the hyphen) make a mixed word */
                size_t k = j;
                int32_t d = wt_utf8_next(s, end, &k);
                if (wt_is_alpha(d)) {
                    while (j < end) {
                        k = j;
                        d = wt_utf8_next(s, end, &k);
                        if (!is_word_char(d))
                            break;
                        j = k;
                    }
                    t->flags |= WT_TOK_WORD | WT_TOK_MIXED;
                } else {
                    t->flags |= WT_TOK_NUM;
                }
            } else {
                t->flags |= WT_TOK_NUM;
            }
        } else if (wt_is_alpha(c)) {
            int any_lower = wt_is_lower(c), any_upper = wt_is_upper(c), digits = 0;
            t->flags |= WT_TOK_WORD;
            if (wt_is_upper(c))
                t->flags |= WT_TOK_CAP;
            while (j < end) {
                size_t k = j;
                int32_t d = wt_utf8_next(s, end, &k);
                if (d == '\'' || d == 0x2019) {
                    /* apostrophe inside a word only (Jum'at), not a quote */
                    size_t m = k;
                    if (m >= end || !wt_is_alpha(wt_utf8_next(s, end, &m)))
                        break;
                    j = k;
                    continue;
                }
                if (is_word_char(d)) {
                    if (wt_is_lower(d))
                        any_lower = 1;
                    else if (wt_is_upper(d))
                        any_upper = 1;
                    else if (wt_is_digit(d))
                        digits = 1;
                    j = k;
                    continue;
                }
                if (d == '-' && k < end) {
                    /* inner hyphen joining two word characters:
                     * negara-negara, Covid-19, but not "Surabaya-Calon"
                     * when the right side is capitalised after a lower
                     * word? keep it simple: join letters/digits */
                    size_t m = k;
                    int32_t e = wt_utf8_next(s, end, &m);
                    if ((is_word_char(e) && !wt_is_upper(e)) || wt_is_digit(e)) {
                        t->flags |= WT_TOK_HYPHEN;
                        j = k;
                        continue;
                    }
                }
                break;
            }
            if (any_upper && !any_lower)
                t->flags |= WT_TOK_ALLCAPS;
            if (digits)
                t->flags |= WT_TOK_MIXED;
        } else {
            t->flags |= WT_TOK_PUNCT;
        }
        t->end = j;
        if (!(t->flags & WT_TOK_PUNCT))
            t->fold_hash = wt_fold_hash(s + t->start, t->end - t->start);
        i = j;
    }
    out->t = v.data;
    out->n = v.len;
    return WARTA_OK;
}

int wt_tok_is(const char *s, const wt_token *t, const char *w)
{
    /* no strlen: stop at the first difference (most calls fail on the
     * first byte) */
    size_t n = t->end - t->start, i;
    const char *p = s + t->start;
    for (i = 0; i < n; i++) {
        char a = p[i], b = w[i];
        if (b == '\0')
            return 0;
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z')
            b = (char)(b + 32);
        if (a != b)
            return 0;
    }
    return w[n] == '\0';
}

int wt_tok_eq(const char *s, const wt_token *t, const char *w)
{
    size_t n = t->end - t->start, i;
    const char *p = s + t->start;
    for (i = 0; i < n; i++)
        if (w[i] == '\0' || p[i] != w[i])
            return 0;
    return w[n] == '\0';
}
