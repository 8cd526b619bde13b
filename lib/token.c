#include "token.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text.h"
#include "warta/common.h"

/* Bytes as 8-byte blocks (SWAR): ONES(b) has byte b in each lane. */
#define ONES(b) (UINT64_C(0x0101010101010101) * (uint64_t)(b))
#define HI8 ONES(0x80)
#define LO7 ONES(0x7F)
#define FOLD8 ONES(0x20) /* A-Z | 0x20 is a-z; digits, ' and - keep it */

/* For y = x | FOLD8: 0x80 in the first byte of x that is no ASCII letter
 * (0 when all eight are letters); what comes above that byte is not
 * defined (no byte is masked to 7 bits, so a byte of 0xE1 or more carries
 * into the next one: the letters below the first other byte do not). */
static inline uint64_t first_nonletter8(uint64_t y)
{
    return (~(y + ONES(0x80 - 'a')) | (y + ONES(0x80 - 'z' - 1))) & HI8;
}

/* For stop = first_nonletter8(): the mask of the bytes below that byte. */
static inline uint64_t below_stop(uint64_t stop)
{
    return (stop ^ (stop - 1)) >> 8;
}

/* 0x80 in each byte of x that is an ASCII capital (A-Z). */
static inline uint64_t capitals8(uint64_t x)
{
    uint64_t y = x & LO7;
    return (y + ONES(0x80 - 'A')) & ~((y + ONES(0x80 - 'Z' - 1)) | x) & HI8;
}

/* The index of the lowest set bit of x (x != 0). */
static inline unsigned low_bit(uint64_t x)
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned n = 0;
    while (!(x & 1)) {
        x >>= 1;
        n++;
    }
    return n;
#endif
}

/* The bytes from q (up to 8, none at or past hi) as a little-endian value,
 * zero-padded; [lo, hi) may be read (lo <= q <= hi). */
static inline uint64_t load_upto(const unsigned char *q, const unsigned char *lo,
                                 const unsigned char *hi)
{
    size_t r = (size_t)(hi - q);
    if (r >= 8)
        return wt_hash_load(q);
    if (r == 0)
        return 0;
    if (hi - lo >= 8) /* the last 8 bytes of [lo, hi), shifted down */
        return wt_hash_load(hi - 8) >> (8 * (8 - r));
    return wt_hash_tail(q, r);
}

/* wt_hash_folded() of the n ASCII word bytes at p (letters, digits, ' and
 * -), folded by | 0x20; [lo, hi) may be read and holds them. */
static inline uint32_t hash_word(const unsigned char *p, size_t n, const unsigned char *lo,
                                 const unsigned char *hi)
{
    uint64_t h = WT_HASH_SEED, w = 0;
    for (; n >= 8; p += 8, n -= 8)
        h = wt_hash_round(h, wt_hash_load(p) | FOLD8);
    if (n)
        w = (load_upto(p, lo, hi) | FOLD8) & (~UINT64_C(0) >> (64 - 8 * n));
    return wt_hash_final(wt_hash_round(h, w));
}

uint32_t wt_fold_hash(const char *s, size_t n)
{
    char buf[1024];
    const unsigned char *u = (const unsigned char *)s;
    uint64_t h = WT_HASH_SEED, w;
    size_t i, m;
    /* ASCII: folding is lowering A-Z, a block at a time */
    for (i = 0;; i += 8) {
        w = load_upto(u + i, u, u + n);
        if (w & HI8)
            break;
        h = wt_hash_round(h, w | (capitals8(w) >> 2));
        if (i + 8 > n)
            return wt_hash_final(h);
    }
    m = wt_casefold(s, n, buf, sizeof buf);
    if (m == (size_t)-1) /* too long to fold: hash the raw bytes */
        return wt_hash_folded(s, n);
    return wt_hash_folded(buf, m);
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
 * that turns an ASCII capital into its small letter. */
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
#define tok_word_flags (tok.word_flags)

/* The bytes of the first n <= 16 bytes of a text in its two 8-byte
 * little-endian blocks: wt_block_masks[n][0], wt_block_masks[n][1] (the
 * tokenizer's short words and numbers, timex's keyword compare). */
const uint64_t wt_block_masks[17][2] = {
    {0, 0},
    {UINT64_C(0xFF), 0},
    {UINT64_C(0xFFFF), 0},
    {UINT64_C(0xFFFFFF), 0},
    {UINT64_C(0xFFFFFFFF), 0},
    {UINT64_C(0xFFFFFFFFFF), 0},
    {UINT64_C(0xFFFFFFFFFFFF), 0},
    {UINT64_C(0xFFFFFFFFFFFFFF), 0},
    {~UINT64_C(0), 0},
    {~UINT64_C(0), UINT64_C(0xFF)},
    {~UINT64_C(0), UINT64_C(0xFFFF)},
    {~UINT64_C(0), UINT64_C(0xFFFFFF)},
    {~UINT64_C(0), UINT64_C(0xFFFFFFFF)},
    {~UINT64_C(0), UINT64_C(0xFFFFFFFFFF)},
    {~UINT64_C(0), UINT64_C(0xFFFFFFFFFFFF)},
    {~UINT64_C(0), UINT64_C(0xFFFFFFFFFFFFFF)},
    {~UINT64_C(0), ~UINT64_C(0)},
};

#undef MB64
#undef MB8

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
 * / C_DG of its characters to *seen, WT_TOK_HYPHEN and WT_TOK_APOS to *flags,
 * sets *mb when a non-ASCII character is part of the word; returns the
 * word's end. */
static size_t scan_word(const char *s, size_t j, size_t end, unsigned *seen, uint32_t *flags,
                        int *mb)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned sn = *seen;
    while (j < end) {
        unsigned char b = u[j];
        unsigned cl = tok_class[b];
        if (cl & C_WORD) {
            sn |= cl;
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
    uint32_t flags;
    int mb = 0;
    if (cl & C_DG) {
        /* digits only; "10.00" is three tokens, timex joins them */
        while (j < end && (tok_class[u[j]] & C_DG))
            j++;
        flags = WT_TOK_NUM;
        if (j - i == 4 && j + 2 < end && u[j] >= 'A' && u[j] <= 'Z' && u[j + 1] >= 'a' &&
            u[j + 1] <= 'z' && u[j + 2] >= 'a' && u[j + 2] <= 'z') {
            /* a year glued by the scraper to the next capitalised word
             * (`Maret 2022Beredar`, `2 April 2022Pukul 18.30 WIB`, `Juni
             * 2023Bandung (ANTARA)`): two tokens, no space between; not
             * `2023Q1`, nor a unit (`120Hz`) */
        } else if (j < end && alpha_at(s, end, j)) {
            /* digits glued to letters (G20's mirror: 2024an, 1980-an is
             * split at the hyphen) make a mixed word */
            flags = WT_TOK_WORD | WT_TOK_MIXED;
            while (j < end) {
                unsigned char d = u[j];
                unsigned dc = tok_class[d];
                if ((dc & C_WORD) || d == '\'') {
                    if (d == '\'')
                        flags |= WT_TOK_APOS;
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
        j = scan_word(s, j, end, &seen, &flags, &mb);
        flags |= word_flags(first, seen);
    } else {
        t->flags |= WT_TOK_PUNCT;
        t->fold_hash = 0;
        return j;
    }
    t->flags |= flags;
    t->fold_hash = mb ? wt_fold_hash(s + i, j - i) : hash_word(u + i, j - i, u + i, u + end);
    return j;
}

/* Finish the word token t ending at q (q inside the range, at the byte
 * after the word) with its flags and hash; returns where scanning goes on:
 * past the one space that follows most words (then *pending says so). */
static inline const unsigned char *word_done(wt_token *t, const unsigned char *u,
                                             const unsigned char *q, uint32_t flags,
                                             uint32_t hash, uint32_t *pending)
{
    t->end = (size_t)(q - u);
    t->flags = flags;
    t->fold_hash = hash;
    if (*q == ' ') {
        *pending = WT_TOK_SPACE_BEFORE;
        return q + 1;
    }
    *pending = 0;
    return q;
}

/* The rest of the word from j that starts with the ASCII letter at i
 * when wt_tokenize's blocks do not reach its end (seen: the classes of
 * s[i..j), SEEN_CAP_FIRST when s[i] is a capital): its end, its flags
 * (beyond t->flags) and fold hash in t. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t word_slow(const char *s, size_t i, size_t j, size_t start, size_t end,
                        unsigned seen, wt_token *t)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t flags = t->flags;
    int mb = 0;
    j = scan_word(s, j, end, &seen, &flags, &mb);
    t->flags = flags | tok_word_flags[seen & SEEN_INDEX];
    t->fold_hash =
        mb ? wt_fold_hash(s + i, j - i) : hash_word(u + i, j - i, u + start, u + end);
    return j;
}

int wt_tokenize(wt_arena *ar, const char *s, size_t start, size_t end, wt_tokens *out)
{
    const unsigned char *u = (const unsigned char *)s, *ps = u + start, *p = ps, *pe = u + end,
                        *pstop, *psafe;
#if defined(__SSE2__)
    const unsigned char *psafe16;
#endif
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
    /* psafe: 8 bytes may be read from any q < psafe (none when the range
     * has fewer) */
    psafe = end - start >= 8 ? pe - 7 : ps;
#if defined(__SSE2__)
    psafe16 = end - start >= 16 ? pe - 15 : ps;
#endif
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
                /* a word: its ASCII letters eight at a time, each block
                 * folded by | 0x20 into the hash, while 8 bytes are left
                 * in the range, up to a byte that can not go on with the
                 * word (nearly every word); the others (a digit, an inner
                 * apostrophe or hyphen or a non-ASCII character after the
                 * letters, the range's last bytes) in word_slow().
                 * ALLCAPS: the first letter is a capital and no letter
                 * has 0x20. */
                const unsigned char *q = p;
                uint64_t small = 0; /* the letters read, for ALLCAPS */
#if defined(__SSE2__)
                /* SSE2: the letters among 16 bytes at once (| 0x20, then
                 * a-z moved to the 26 smallest signed bytes) */
                unsigned nb = 16;
                if (p < psafe16) {
                    __m128i b16 = _mm_loadu_si128((const __m128i *)(const void *)p);
                    b16 = _mm_add_epi8(_mm_or_si128(b16, _mm_set1_epi8(0x20)),
                                       _mm_set1_epi8(0x80 - 'a'));
                    nb = low_bit(~(uint64_t)(unsigned)_mm_movemask_epi8(
                        _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26), b16)));
                }
#endif
                t->start = (size_t)(p - u);
#if defined(__SSE2__)
                if (nb < 16) {
                    /* fewer than 16 letters, *q in the range. Without a
                     * branch on the length or the case (they mispredict,
                     * one word in seven): both blocks are hashed and
                     * masked, and a word of fewer than 8 letters keeps
                     * the hash of its first one. */
                    const uint64_t *m = wt_block_masks[nb];
                    uint64_t x0 = wt_hash_load(p) & m[0], x1 = wt_hash_load(p + 8) & m[1];
                    uint64_t h1 = wt_hash_round(WT_HASH_SEED, x0 | (FOLD8 & m[0]));
                    uint64_t h2 = wt_hash_round(h1, x1 | (FOLD8 & m[1]));
                    uint64_t sel = (uint64_t)0 - (uint64_t)(nb >> 3); /* all ones: 8 or more */
                    uint64_t h = h1 ^ ((h1 ^ h2) & sel);
                    uint64_t lows = (x0 | x1) & FOLD8; /* 0x20 of the small letters */
                    q = p + nb;
                    if (!(tok_class[*q] & (C_DG | C_JOIN | C_MB))) {
                        /* CAP when the first letter is a capital, ALLCAPS
                         * too when no letter is small (lows - 1 has its
                         * top bit only when lows is 0) */
                        uint32_t cap = (e & C_UP) >> 2, none = (uint32_t)((lows - 1) >> 63);
                        uint32_t f = WT_TOK_WORD | cap | ((cap << 1) & (0u - none));
                        p = word_done(t, u, q, pending | f, wt_hash_final(h), &pending);
                        t++;
                        continue;
                    }
                    small = lows;
                } else
#endif
                if (p < psafe) {
                    uint64_t x = wt_hash_load(p), y = x | FOLD8, stop = first_nonletter8(y);
                    if (stop) {
                        /* fewer than 8 letters: one block, *q in the range */
                        uint64_t keep = below_stop(stop);
                        q = p + (low_bit(stop) >> 3);
                        if (!(tok_class[*q] & (C_DG | C_JOIN | C_MB))) {
                            uint32_t f = WT_TOK_WORD;
                            if (e & C_UP)
                                f |= (x & keep & FOLD8) ? WT_TOK_CAP : WT_TOK_CAP | WT_TOK_ALLCAPS;
                            p = word_done(t, u, q, pending | f,
                                          wt_hash_final(wt_hash_round(WT_HASH_SEED, y & keep)),
                                          &pending);
                            t++;
                            continue;
                        }
                        small = x & keep;
                    } else {
                        uint64_t h = WT_HASH_SEED;
                        q = p;
                        do {
                            small |= x;
                            h = wt_hash_round(h, y);
                            q += 8;
                            if (q >= psafe)
                                break;
                            x = wt_hash_load(q);
                            y = x | FOLD8;
                            stop = first_nonletter8(y);
                        } while (!stop);
                        if (stop) {
                            uint64_t keep = below_stop(stop);
                            q += low_bit(stop) >> 3;
                            small |= x & keep;
                            if (!(tok_class[*q] & (C_DG | C_JOIN | C_MB))) {
                                uint32_t f = WT_TOK_WORD;
                                if (e & C_UP)
                                    f |= (small & FOLD8) ? WT_TOK_CAP : WT_TOK_CAP | WT_TOK_ALLCAPS;
                                t->flags = pending | f;
                                t->fold_hash = wt_hash_final(wt_hash_round(h, y & keep));
                                goto word_end;
                            }
                        }
                    }
                } else if (psafe > ps) {
                    /* fewer than 8 bytes left in a range of 8 or more: its
                     * last 8 bytes shifted down, zero-padded (a stop) */
                    uint64_t x = wt_hash_load(pe - 8) >> (8 * (8 - (size_t)(pe - p)));
                    uint64_t y = x | FOLD8, stop = first_nonletter8(y), keep = below_stop(stop);
                    q = p + (low_bit(stop) >> 3);
                    if (q == pe || !(tok_class[*q] & (C_DG | C_JOIN | C_MB))) {
                        uint32_t f = WT_TOK_WORD;
                        if (e & C_UP)
                            f |= (x & keep & FOLD8) ? WT_TOK_CAP : WT_TOK_CAP | WT_TOK_ALLCAPS;
                        t->flags = pending | f;
                        t->fold_hash = wt_hash_final(wt_hash_round(WT_HASH_SEED, y & keep));
                        goto word_end;
                    }
                    small = x & keep;
                }
                /* the letters before q are read (none in a range of fewer
                 * than 8 bytes) */
                t->flags = pending;
                q = u + word_slow(s, (size_t)(p - u), (size_t)(q - u), start, end,
                                  ((e & C_UP) << 1) |
                                      (q > p ? (e & C_UP) | ((small & FOLD8) ? C_LO : 0) : 0),
                                  t);
            word_end:
                t->end = (size_t)(q - u);
                p = q;
                t++;
                pending = 0;
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
                    while (q < pe && (tok_class[*q] & C_DG))
                        q++;
                    if (q == pe || !alpha_at(s, end, (size_t)(q - u))) {
                        t->start = i;
                        t->end = (size_t)(q - u);
                        t->flags = pending | WT_TOK_NUM;
                        /* most numbers: one block (digits keep 0x20) */
                        size_t nd = (size_t)(q - p);
                        t->fold_hash = nd < 8 && p < psafe
                                           ? wt_hash_final(wt_hash_round(
                                                 WT_HASH_SEED, wt_hash_load(p) & wt_block_masks[nd][0]))
                                           : hash_word(p, nd, ps, pe);
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
