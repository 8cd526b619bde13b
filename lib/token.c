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

/* Classes of bytes: ASCII classes (C_JOIN: the apostrophe and the hyphen,
 * which may join a word), and MB for the bytes of multi-byte sequences
 * (decoded, and classified through ICU). C_UP is 0x20, the bit
 * that turns an ASCII capital into its small letter: `b | (class & C_UP)`
 * folds b. */
enum { C_LO = 1, C_DG = 2, C_SP = 4, C_NL = 8, C_JOIN = 0x10, C_UP = 0x20, C_MB = 0x40 };
enum { C_WORD = C_LO | C_UP | C_DG };
/* In the classes a word's characters collect: its first letter is a
 * capital (a bit no ASCII word character's class has). */
enum { SEEN_CAP_FIRST = C_UP << 1, SEEN_INDEX = C_LO | C_DG | C_UP | SEEN_CAP_FIRST };
#define MB8 C_MB, C_MB, C_MB, C_MB, C_MB, C_MB, C_MB, C_MB
#define MB64 MB8, MB8, MB8, MB8, MB8, MB8, MB8, MB8
/* The tables of the scanner in one object: one base register reaches them
 * all from the hot loops. */
static const struct tok_tables {
    unsigned char cls[256];
    unsigned char letter[256];
    unsigned char capital[256];
    unsigned char word_flags[128];
} tok = {
    {
         0,  0,  0,  0,  0,  0,  0,  0,  0,  4, 12,  4,  4, 12,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         4,  0,  0,  0,  0,  0,  0, 16,  0,  0,  0,  0,  0, 16,  0,  0,
         2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  0,  0,  0,  0,  0,  0,
         0, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
        32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,  0,  0,  0,  0,  0,
         0,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
         1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  0,  0,  0,  0,  0,
        MB64, MB64
    },
    /* An ASCII letter folded to lower case; 0 for every other byte. */
    {
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   0,   0,   0,   0,   0,
          0,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   0,   0,   0,   0,   0,
    },
    /* An ASCII capital folded to lower case; 0 for every other byte. */
    {
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   0,   0,   0,   0,   0,
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
          0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    },
    /* word_flags(first, seen) for every (seen & (C_LO | C_DG | C_UP)) |
     * ((first & C_UP) << 1), that is seen with SEEN_CAP_FIRST: one load
     * instead of the shifts and the compare. */
    {
        0x01, 0x01, 0x81, 0x81, 0x01, 0x01, 0x81, 0x81,
        0x01, 0x01, 0x81, 0x81, 0x01, 0x01, 0x81, 0x81,
        0x01, 0x01, 0x81, 0x81, 0x01, 0x01, 0x81, 0x81,
        0x01, 0x01, 0x81, 0x81, 0x01, 0x01, 0x81, 0x81,
        0x11, 0x01, 0x91, 0x81, 0x11, 0x01, 0x91, 0x81,
        0x11, 0x01, 0x91, 0x81, 0x11, 0x01, 0x91, 0x81,
        0x11, 0x01, 0x91, 0x81, 0x11, 0x01, 0x91, 0x81,
        0x11, 0x01, 0x91, 0x81, 0x11, 0x01, 0x91, 0x81,
        0x09, 0x09, 0x89, 0x89, 0x09, 0x09, 0x89, 0x89,
        0x09, 0x09, 0x89, 0x89, 0x09, 0x09, 0x89, 0x89,
        0x09, 0x09, 0x89, 0x89, 0x09, 0x09, 0x89, 0x89,
        0x09, 0x09, 0x89, 0x89, 0x09, 0x09, 0x89, 0x89,
        0x19, 0x09, 0x99, 0x89, 0x19, 0x09, 0x99, 0x89,
        0x19, 0x09, 0x99, 0x89, 0x19, 0x09, 0x99, 0x89,
        0x19, 0x09, 0x99, 0x89, 0x19, 0x09, 0x99, 0x89,
        0x19, 0x09, 0x99, 0x89, 0x19, 0x09, 0x99, 0x89,
    },
};
#define tok_class (tok.cls)
#define tok_letter (tok.letter)
#define tok_capital (tok.capital)
#define tok_word_flags (tok.word_flags)

#undef MB64
#undef MB8

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

/* One FNV-1a step over an ASCII byte b of class cl, folded to lower case. */
static inline uint32_t fnv_fold(uint32_t h, unsigned b, unsigned cl)
{
    return (h ^ (b | (cl & C_UP))) * FNV_PRIME;
}

/* The code point at s[j] (j < end) is a letter. */
static inline int alpha_at(const char *s, size_t end, size_t j)
{
    unsigned char b = (unsigned char)s[j];
    if (b < 0x80)
        return (tok_class[b] & (C_LO | C_UP)) != 0;
    return wt_is_alpha_u(wt_utf8_next_mb(s, end, &j));
}

/* The code point at s[j] (j < end) may follow an inner hyphen: a word
 * character that is not upper case (a digit or a lower-case letter). */
static inline int hyphen_joins(const char *s, size_t end, size_t j)
{
    unsigned char b = (unsigned char)s[j];
    int32_t e;
    if (b < 0x80)
        return (tok_class[b] & (C_LO | C_DG)) != 0 || b == '\'';
    e = wt_utf8_next_mb(s, end, &j);
    return is_word_char(e) && !wt_is_upper(e);
}

/* The rest of a word from j, past an apostrophe, a hyphen or a non-ASCII
 * character (the plain ASCII run is read by the caller). Adds C_LO / C_UP
 * / C_DG of its characters to *seen, WT_TOK_HYPHEN and WT_TOK_APOS to *flags, folds ASCII
 * bytes into *h, sets *mb when a non-ASCII character is part of the word;
 * returns the word's end. */
static size_t scan_word(const char *s, size_t j, size_t end, unsigned *seen, uint32_t *flags,
                        uint32_t *h, int *mb)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t hh = *h;
    unsigned sn = *seen;
    while (j < end) {
        unsigned char b = u[j];
        unsigned cl = tok_class[b];
        if (cl & C_WORD) {
            sn |= cl;
            hh = fnv_fold(hh, b, cl);
            j++;
            continue;
        }
        if (cl & C_JOIN) {
            /* an apostrophe inside a word only (Jum'at), not a quote; an
             * inner hyphen joining two word characters: negara-negara,
             * Covid-19, but not Surabaya-Calon */
            if (j + 1 >= end ||
                !(b == '\'' ? alpha_at(s, end, j + 1) : hyphen_joins(s, end, j + 1)))
                break;
            *flags |= b == '-' ? WT_TOK_HYPHEN : WT_TOK_APOS;
            hh = fnv_fold(hh, b, cl);
            j++;
            continue;
        }
        if (!(cl & C_MB))
            break;
        {
            size_t k = j;
            int32_t d = wt_utf8_next_mb(s, end, &k);
            if (d == 0x2019) {
                if (k >= end || !alpha_at(s, end, k))
                    break;
                *flags |= WT_TOK_APOS;
            } else if (is_word_char(d)) {
                if (wt_is_lower_u(d))
                    sn |= C_LO;
                else if (wt_is_upper_u(d))
                    sn |= C_UP;
            } else {
                break;
            }
            *mb = 1;
            j = k;
        }
    }
    *seen = sn;
    *h = hh;
    return j;
}

/* The class bits line up with the token flags they make (shifts instead
 * of branches in the hot loop). */
_Static_assert((C_SP << 3) == WT_TOK_SPACE_BEFORE && (C_NL << 3) == WT_TOK_NEWLINE_BEFORE,
               "space classes and flags");
_Static_assert((C_UP >> 2) == WT_TOK_CAP && (C_DG << 6) == WT_TOK_MIXED, "word classes and flags");

/* Flags of a word from the class of its first character and the classes
 * of all its characters: CAP, ALLCAPS (capitals and no small letter),
 * MIXED (a digit). */
static inline uint32_t word_flags(unsigned first, unsigned seen)
{
    return WT_TOK_WORD | ((first & C_UP) >> 2) | ((seen & C_DG) << 6) |
           ((seen & (C_LO | C_UP)) == C_UP ? WT_TOK_ALLCAPS : 0);
}

/* A token that does not start with an ASCII letter, at i (not white
 * space; c is its first code point, ending at j): a number, a word that
 * starts with a non-ASCII letter, or one punctuation code point. Sets
 * t->flags (beyond *pending) and t->fold_hash; returns the token's end. */
static size_t other_token(const char *s, size_t i, size_t j, size_t end, int32_t c, unsigned cl,
                          wt_token *t)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t h = FNV_BASIS, flags;
    int mb = 0;
    if (cl & C_DG) {
        /* digits only; "10.00" is three tokens, timex joins them */
        h = fnv_fold(h, u[i], cl);
        while (j < end && (tok_class[u[j]] & C_DG)) {
            h = fnv_fold(h, u[j], C_DG);
            j++;
        }
        flags = WT_TOK_NUM;
        if (j < end && alpha_at(s, end, j)) {
            /* digits glued to letters (G20's mirror: 2024an, 1980-an is
             * split at the hyphen) make a mixed word */
            flags = WT_TOK_WORD | WT_TOK_MIXED;
            while (j < end) {
                unsigned char d = u[j];
                unsigned dc = tok_class[d];
                if ((dc & C_WORD) || d == '\'') {
                    if (d == '\'')
                        flags |= WT_TOK_APOS;
                    h = fnv_fold(h, d, dc);
                    j++;
                } else if (dc & C_MB) {
                    size_t k = j;
                    int32_t e = wt_utf8_next_mb(s, end, &k);
                    if (!is_word_char(e))
                        break;
                    if (e == 0x2019)
                        flags |= WT_TOK_APOS;
                    mb = 1;
                    j = k;
                } else {
                    break;
                }
            }
        }
    } else if ((cl & C_MB) && wt_is_alpha_u(c)) {
        /* a word that starts with a non-ASCII letter */
        unsigned first = wt_is_upper_u(c) ? C_UP : wt_is_lower_u(c) ? C_LO : 0, seen = first;
        flags = 0;
        mb = 1;
        j = scan_word(s, j, end, &seen, &flags, &h, &mb);
        flags |= word_flags(first, seen);
    } else {
        t->flags |= WT_TOK_PUNCT;
        t->fold_hash = 0;
        return j;
    }
    t->flags |= flags;
    t->fold_hash = mb ? wt_fold_hash(s + i, j - i) : h ? h : 1;
    return j;
}

int wt_tokenize(wt_arena *ar, const char *s, size_t start, size_t end, wt_tokens *out)
{
    const unsigned char *u = (const unsigned char *)s, *p = u + start, *pe = u + end, *lim, *pstop;
    wt_vec v = {0};
    wt_token *t, *tcap;
    uint32_t pending = 0;
    /* most tokens and their spaces take more than four bytes (the first
     * reservation straight from the arena: wt_vec_reserve would do the
     * same through two calls) */
    v.cap = (end - start) / 4 + 8;
    if (v.cap > SIZE_MAX / 2 / sizeof(wt_token) ||
        !(v.data = wt_arena_alloc_raw(ar, v.cap * sizeof(wt_token))))
        return WARTA_ENOMEM;
    t = v.data;
    tcap = t + v.cap;
    /* lim: the last byte of the range that ends a run of word bytes (p
     * when there is none). A word that starts before lim stops at lim at
     * the latest, so its ASCII run needs no bound check. */
    lim = pe;
    while (lim > p && (tok_class[lim[-1]] & C_WORD))
        lim--;
    if (lim > p)
        lim--;
    /* pstop: a token takes one byte at least, so the array has room for
     * every token that starts before pstop (no capacity check per token) */
    pstop = p + ((size_t)(tcap - t) < end - start ? (size_t)(tcap - t) : end - start);
    for (;;) {
        while (p < pstop) {
            unsigned e = tok_class[*p];
            if (e & C_SP) {
                pending |= (e << 3) & (WT_TOK_SPACE_BEFORE | WT_TOK_NEWLINE_BEFORE);
                p++;
                continue;
            }
            if (e & (C_LO | C_UP)) {
                /* a word. Before lim: its ASCII letters inline (a run of
                 * capitals, then a run of letters once a small one is seen:
                 * ALLCAPS only depends on whether a small letter occurs);
                 * digits, inner apostrophes, hyphens and non-ASCII letters
                 * out of line. seen collects the classes of its characters
                 * (C_UP once C_LO is set no longer matters). */
                const unsigned char *q = p;
                unsigned seen = C_LO, f;
                uint32_t h = FNV_BASIS, flags = pending;
                t->start = (size_t)(p - u);
                if (p < lim) {
                    if (e & C_UP) {
                        seen = C_UP | SEEN_CAP_FIRST;
                        while ((f = tok_capital[*q]) != 0) {
                            h = (h ^ f) * FNV_PRIME;
                            q++;
                        }
                        if (tok_letter[*q])
                            seen |= C_LO; /* a small letter after the capitals */
                    }
                    /* four letters a round; q < lim while *q is a
                     * letter, so the next byte is in the range */
                    while ((f = tok_letter[*q]) != 0) {
                        h = (h ^ f) * FNV_PRIME;
                        if (!(f = tok_letter[q[1]])) {
                            q += 1;
                            break;
                        }
                        h = (h ^ f) * FNV_PRIME;
                        if (!(f = tok_letter[q[2]])) {
                            q += 2;
                            break;
                        }
                        h = (h ^ f) * FNV_PRIME;
                        if (!(f = tok_letter[q[3]])) {
                            q += 3;
                            break;
                        }
                        h = (h ^ f) * FNV_PRIME;
                        q += 4;
                    }
                    if (!(tok_class[*q] & (C_DG | C_JOIN | C_MB))) {
                        /* the word ends before lim: *q is in the range */
                        t->end = (size_t)(q - u);
                        t->flags = flags | tok_word_flags[seen & SEEN_INDEX];
                        t->fold_hash = h ? h : 1;
                        t++;
                        pending = 0;
                        p = q;
                        if (*q == ' ') { /* most words are followed by one space */
                            pending = WT_TOK_SPACE_BEFORE;
                            p++;
                        }
                        continue;
                    }
                } else {
                    seen = e | ((e & C_UP) << 1); /* C_UP << 1: SEEN_CAP_FIRST */
                }
                {
                    /* copies: the loop's variables keep their registers */
                    unsigned seen2 = seen;
                    uint32_t flags2 = flags, h2 = h;
                    int mb = 0;
                    q = u + scan_word(s, (size_t)(q - u), end, &seen2, &flags2, &h2, &mb);
                    seen = seen2;
                    flags = flags2;
                    h = mb ? wt_fold_hash((const char *)p, (size_t)(q - p)) : h2;
                }
                t->end = (size_t)(q - u);
                t->flags = flags | tok_word_flags[seen & SEEN_INDEX];
                t->fold_hash = h ? h : 1;
                p = q;
                t++;
                pending = 0;
                /* most words are followed by one space: skip it here */
                if (q < pe && *q == ' ') {
                    pending = WT_TOK_SPACE_BEFORE;
                    p++;
                }
                continue;
            } else if (!(e & (C_DG | C_MB))) {
                /* ASCII punctuation: one byte */
                t->start = (size_t)(p - u);
                t->end = (size_t)(p - u) + 1;
                t->flags = pending | WT_TOK_PUNCT;
                t->fold_hash = 0;
                p++;
                t++;
                pending = 0;
                if (p < pe && *p == ' ') { /* ", " ". " */
                    pending = WT_TOK_SPACE_BEFORE;
                    p++;
                }
                continue;
            } else {
                size_t i = (size_t)(p - u), j = i + 1;
                int32_t c = *p;
                if (e & C_DG) {
                    /* a number inline; digits glued to letters (2024an)
                     * are read again by other_token */
                    const unsigned char *q = p + 1;
                    uint32_t h = (FNV_BASIS ^ *p) * FNV_PRIME;
                    while (q < pe && (tok_class[*q] & C_DG)) {
                        h = (h ^ *q) * FNV_PRIME;
                        q++;
                    }
                    if (q == pe || !alpha_at(s, end, (size_t)(q - u))) {
                        t->start = i;
                        t->end = (size_t)(q - u);
                        t->flags = pending | WT_TOK_NUM;
                        t->fold_hash = h ? h : 1;
                        t++;
                        pending = 0;
                        p = q;
                        continue;
                    }
                }
                if (e & C_MB) {
                    j = i;
                    c = wt_utf8_next_mb(s, end, &j);
                    if (wt_is_space_u(c)) {
                        pending |= WT_TOK_SPACE_BEFORE;
                        p = u + j;
                        continue;
                    }
                }
                t->flags = pending;
                j = other_token(s, i, j, end, c, e, t);
                t->start = i;
                t->end = j;
                p = u + j;
            }
            t++;
            pending = 0;
        }
        if (p >= pe)
            break;
        if (t == tcap) {
            size_t n = (size_t)(t - (wt_token *)v.data);
            v.len = n;
            if (!wt_vec_reserve(ar, &v, sizeof(wt_token), n * 2))
                return WARTA_ENOMEM;
            t = (wt_token *)v.data + n;
            tcap = (wt_token *)v.data + v.cap;
        }
        pstop = p + ((size_t)(tcap - t) < (size_t)(pe - p) ? (size_t)(tcap - t) : (size_t)(pe - p));
    }
    /* a zeroed sentinel after the last token: recognisers that look one
     * token ahead read an empty token there, never past the array */
    if (t == tcap) {
        size_t n = (size_t)(t - (wt_token *)v.data);
        v.len = n;
        if (!wt_vec_reserve(ar, &v, sizeof(wt_token), n + 1))
            return WARTA_ENOMEM;
        t = (wt_token *)v.data + n;
    }
    memset(t, 0, sizeof *t);
    out->n = (size_t)(t - (wt_token *)v.data);
    v.len = out->n + 1;
    if (v.cap > v.len) /* wt_vec_trim without the call */
        wt_arena_shrink(ar, v.data, v.cap * sizeof(wt_token), v.len * sizeof(wt_token));
    out->t = v.data;
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
