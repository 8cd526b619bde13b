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

/* Hash of a case-folded token text (FNV-1a over the folded bytes). The
 * gazetteer uses the same function, so hashes can be compared. */
uint32_t wt_fold_hash(const char *s, size_t n);

/* 1 when token t's text equals NUL-terminated w, ASCII case-insensitively. */
int wt_tok_is(const char *s, const wt_token *t, const char *w);
/* 1 when token t's text equals NUL-terminated w exactly (case-sensitive). */
int wt_tok_eq(const char *s, const wt_token *t, const char *w);

#endif
