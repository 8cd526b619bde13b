/* token: one pass over a byte range into words, numbers and punctuation.
 *
 * Tokens are shared by every recogniser (dateline, timex, entities,
 * related). A word is a run of letters, digits, apostrophes and inner
 * hyphens/dots that join letters (`negara-negara`, `Jum'at`, `S.H.` stays
 * `S` `.` `H` `.` so abbreviations are visible to the rules); a number is a
 * run of ASCII digits; everything else that is not white space is one
 * punctuation token per code point. */
#ifndef WARTA_TOKEN_H
#define WARTA_TOKEN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"

enum {
    WT_TOK_WORD = 1 << 0,    /* starts with a letter */
    WT_TOK_NUM = 1 << 1,     /* ASCII digits only */
    WT_TOK_PUNCT = 1 << 2,   /* one punctuation code point */
    WT_TOK_CAP = 1 << 3,     /* first letter upper case */
    WT_TOK_ALLCAPS = 1 << 4, /* every letter upper case, at least one letter */
    WT_TOK_SPACE_BEFORE = 1 << 5, /* white space between the previous token and this one */
    WT_TOK_NEWLINE_BEFORE = 1 << 6, /* a line break between the previous token and this one */
    WT_TOK_MIXED = 1 << 7,   /* letters and digits (G20, Covid-19) */
    WT_TOK_HYPHEN = 1 << 8,  /* a word with an inner hyphen (negara-negara) */
    WT_TOK_APOS = 1 << 9     /* a word with an apostrophe, ' or ’ (Jum'at, Jum’at) */
};

typedef struct wt_token {
    size_t start, end; /* byte range in the text */
    uint32_t flags;
    uint32_t fold_hash; /* hash of the case-folded text (0 for punctuation) */
} wt_token;

typedef struct wt_tokens {
    wt_token *t;
    size_t n;
} wt_tokens;

/* Tokenise s[start..end). Tokens are allocated in the arena; out->t[out->n]
 * is a zeroed sentinel (start = end = 0, no flags), so a look-ahead of one
 * token past the last reads an empty token. Returns WARTA_OK or
 * WARTA_ENOMEM. */
int wt_tokenize(wt_arena *ar, const char *s, size_t start, size_t end, wt_tokens *out);

/* Hash of a case-folded token text: wt_hash_folded() of its folded bytes
 * (ASCII: A-Z lowered; else ICU's full case folding). The gazetteer and
 * the entity pass use the same function, so hashes can be compared. */
uint32_t wt_fold_hash(const char *s, size_t n);

/* The fold hash of text that is already folded (never 0): what
 * wt_fold_hash() gives the text before folding, and a word token's
 * fold_hash. The bytes are read in 8-byte blocks, each the little-endian
 * value of its bytes, the last one with the 0 to 7 bytes left
 * (zero-padded, and present when empty: a byte string without NUL, as
 * folded UTF-8 text is, is known from its blocks). h starts at
 * WT_HASH_SEED and each block w makes h = wt_hash_mum(h ^ w,
 * WT_HASH_MUL), the xor of the two halves of the 128-bit product, which
 * mixes every input bit into the low half as into the high one (the timex
 * lexicon and the entity map index by the low bits); the hash is h's low
 * 32 bits (1 when 0). One multiply per 8 bytes where FNV-1a, its
 * predecessor, chained one per byte: the tokenizer finds a word's end 16
 * (SSE2) or 8 letters at a time and folds a block of an ASCII word with
 * one OR (A-Z | 0x20; digits, ' and - have the bit). Inline, so that
 * gen_gazetteer (which links no ICU) and entities.c hash folded keys with
 * it. */
#define WT_HASH_SEED UINT64_C(0)
#define WT_HASH_MUL UINT64_C(0x9FB21C651E98DF25)

/* the n < 8 bytes at s, zero-padded, as a little-endian value */
static inline uint64_t wt_hash_tail(const unsigned char *s, size_t n)
{
    uint64_t w = 0;
    while (n--)
        w = (w << 8) | s[n];
    return w;
}

/* The mask of the first n <= 16 bytes of a text in its two 8-byte
 * little-endian blocks: [n][0] for bytes 0-7, [n][1] for bytes 8-15. */
extern const uint64_t wt_block_masks[17][2];

/* the 8 bytes at s as a little-endian value */
static inline uint64_t wt_hash_load(const unsigned char *s)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t w;
    memcpy(&w, s, sizeof w);
    return w;
#else
    return wt_hash_tail(s, 7) | ((uint64_t)s[7] << 56);
#endif
}

/* The low and the high 64 bits of a * b, xored: 32-bit products, for
 * compilers without a 128-bit type (wt_hash_mum gives the same). */
static inline uint64_t wt_hash_mum_portable(uint64_t a, uint64_t b)
{
    uint64_t al = a & 0xFFFFFFFFu, ah = a >> 32, bl = b & 0xFFFFFFFFu, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (lh & 0xFFFFFFFFu) + (hl & 0xFFFFFFFFu);
    return ((ll & 0xFFFFFFFFu) | (mid << 32)) ^ (hh + (lh >> 32) + (hl >> 32) + (mid >> 32));
}

static inline uint64_t wt_hash_mum(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 wt_u128;
    wt_u128 p = (wt_u128)a * b;
    return (uint64_t)p ^ (uint64_t)(p >> 64);
#else
    return wt_hash_mum_portable(a, b);
#endif
}

/* One block w into the state h. */
static inline uint64_t wt_hash_round(uint64_t h, uint64_t w)
{
    return wt_hash_mum(h ^ w, WT_HASH_MUL);
}

/* The hash of the state h after the last block. */
static inline uint32_t wt_hash_final(uint64_t h)
{
    uint32_t r = (uint32_t)h;
    return r ? r : 1;
}

static inline uint32_t wt_hash_folded(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = WT_HASH_SEED, w = 0;
    size_t i;
    for (i = 0; i + 8 <= n; i += 8)
        h = wt_hash_round(h, wt_hash_load(p + i));
    if (i < n) /* the last 8 bytes of s shifted down when s has 8, else byte by byte */
        w = n >= 8 ? wt_hash_load(p + n - 8) >> (8 * (8 - (n - i))) : wt_hash_tail(p + i, n - i);
    return wt_hash_final(wt_hash_round(h, w));
}

/* 1 when token t's text equals NUL-terminated w, ASCII case-insensitively. */
int wt_tok_is(const char *s, const wt_token *t, const char *w);
/* 1 when token t's text equals NUL-terminated w exactly (case-sensitive). */
int wt_tok_eq(const char *s, const wt_token *t, const char *w);

#endif
