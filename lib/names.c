/* names: feature keys of a capitalised run and the learned model's type for
 * them (see names.h). */
#include "names.h"

#include <string.h>

/* feature kinds: the first argument of key(); never renumber one without
 * retraining (the keys in lib/data/names_model.tsv are made from them) */
enum {
    F_BIAS = 1,
    F_LEN,       /* run length, 1-4 (4: four or more) */
    F_FIRST,     /* first word */
    F_LAST,      /* last word */
    F_FIRST_SUF, /* last three bytes of the first word, lower case */
    F_LAST_SUF,  /* of the last word */
    F_FIRST_PRE, /* first three bytes of the first word */
    F_FIRST_SHAPE,
    F_LAST_SHAPE,
    F_WORD,      /* each word of the run */
    F_PREV,      /* the token before (or the span start) */
    F_PREV2,     /* the two tokens before */
    F_NEXT,      /* the token after (or the span end) */
    F_NEXT2,     /* the two tokens after */
    F_PREV_FIRST, /* the token before and the first word */
    F_INIT,      /* the run opens a sentence */
    F_INIT_LEN,  /* that and the length */
    F_CLS_PREV,  /* a word class of the token before */
    F_CLS_FIRST,
    F_CLS_LAST,
    F_CLS_NEXT
};

/* values for the positions before a span's first and after its last token */
#define V_START UINT32_C(0xFFFFFFF1)
#define V_END UINT32_C(0xFFFFFFF2)

static uint64_t key(unsigned kind, uint32_t v1, uint32_t v2)
{
    uint64_t x = ((uint64_t)v1 << 32) | v2;
    return wt_hash_mum(x ^ ((uint64_t)kind * UINT64_C(0x9E3779B97F4A7C15)), WT_HASH_MUL);
}

/* a token as a value: a word's or a number's fold hash, the bytes of
 * punctuation */
static uint32_t tok_value(const char *s, const wt_token *t)
{
    return t->fold_hash ? t->fold_hash : wt_hash_folded(s + t->start, t->end - t->start);
}

/* `Jakarta` -> `Xxx`, `COVID-19` -> `XX-dd`, `Đà` -> `ux`: capitals X,
 * small letters x, digits d, a non-ASCII character u, other bytes as they
 * are; a class repeated more than twice written twice */
static uint32_t shape(const char *s, const wt_token *t)
{
    char out[24];
    size_t o = 0, i;
    for (i = t->start; i < t->end && o < sizeof out; i++) {
        unsigned char c = (unsigned char)s[i];
        char k;
        if (c >= 'A' && c <= 'Z')
            k = 'X';
        else if (c >= 'a' && c <= 'z')
            k = 'x';
        else if (c >= '0' && c <= '9')
            k = 'd';
        else if (c >= 0xC0)
            k = 'u';
        else if (c >= 0x80)
            continue; /* a continuation byte */
        else
            k = (char)c;
        if (o >= 2 && out[o - 1] == k && out[o - 2] == k)
            continue;
        out[o++] = k;
    }
    return wt_hash_folded(out, o);
}

/* the first (suffix 0) or last (suffix 1) three bytes of a word, A-Z
 * lowered, as a value; 0 when they hold a non-ASCII byte */
static uint32_t affix(const char *s, const wt_token *t, int suffix)
{
    char b[3];
    size_t n = t->end - t->start, k, from;
    if (n > 3)
        n = 3;
    from = suffix ? t->end - n : t->start;
    for (k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[from + k];
        if (c >= 0x80)
            return 0;
        b[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return wt_hash_folded(b, n);
}

static size_t put_classes(uint64_t *keys, size_t nk, unsigned kind, uint64_t bits)
{
    unsigned b;
    bits &= (UINT64_C(1) << 62) - 1; /* the bits above are the caller's marks */
    for (b = 0; bits && nk < WT_NAMES_MAX_KEYS; b++, bits >>= 1)
        if (bits & 1)
            keys[nk++] = key(kind, b, 0);
    return nk;
}

size_t wt_names_features(const char *s, const wt_token *t, size_t n, size_t a, size_t b,
                         const wt_names_cls *cls, uint64_t *keys)
{
    size_t nk = 0, i, len = b - a;
    uint32_t first = tok_value(s, &t[a]), last = tok_value(s, &t[b - 1]);
    uint32_t prev = a > 0 ? tok_value(s, &t[a - 1]) : V_START;
    uint32_t prev2 = a > 1 ? tok_value(s, &t[a - 2]) : V_START;
    uint32_t next = b < n ? tok_value(s, &t[b]) : V_END;
    uint32_t next2 = b + 1 < n ? tok_value(s, &t[b + 1]) : V_END;
    uint32_t lenv = (uint32_t)(len < 4 ? len : 4), v;
    int init = a == 0;
    if (a > 0 && (t[a - 1].flags & WT_TOK_PUNCT) && t[a - 1].end - t[a - 1].start == 1) {
        char c = s[t[a - 1].start];
        init = c == '.' || c == '!' || c == '?';
    }
    keys[nk++] = key(F_BIAS, 0, 0);
    keys[nk++] = key(F_LEN, lenv, 0);
    keys[nk++] = key(F_FIRST, first, 0);
    keys[nk++] = key(F_LAST, last, 0);
    if ((v = affix(s, &t[a], 1)) != 0)
        keys[nk++] = key(F_FIRST_SUF, v, 0);
    if ((v = affix(s, &t[b - 1], 1)) != 0)
        keys[nk++] = key(F_LAST_SUF, v, 0);
    if ((v = affix(s, &t[a], 0)) != 0)
        keys[nk++] = key(F_FIRST_PRE, v, 0);
    keys[nk++] = key(F_FIRST_SHAPE, shape(s, &t[a]), 0);
    keys[nk++] = key(F_LAST_SHAPE, shape(s, &t[b - 1]), 0);
    for (i = a; i < b && i - a < WT_NAMES_MAX_RUN; i++)
        keys[nk++] = key(F_WORD, tok_value(s, &t[i]), 0);
    keys[nk++] = key(F_PREV, prev, 0);
    keys[nk++] = key(F_PREV2, prev2, prev);
    keys[nk++] = key(F_NEXT, next, 0);
    keys[nk++] = key(F_NEXT2, next, next2);
    keys[nk++] = key(F_PREV_FIRST, prev, first);
    keys[nk++] = key(F_INIT, (uint32_t)init, 0);
    keys[nk++] = key(F_INIT_LEN, (uint32_t)init, lenv);
    if (cls) {
        nk = put_classes(keys, nk, F_CLS_PREV, cls->prev);
        nk = put_classes(keys, nk, F_CLS_FIRST, cls->first);
        nk = put_classes(keys, nk, F_CLS_LAST, cls->last);
        nk = put_classes(keys, nk, F_CLS_NEXT, cls->next);
    }
    return nk;
}

const wt_names_row *wt_names_lookup(uint64_t k)
{
    size_t mask = wt_names_model_cap - 1, h = (size_t)k & mask;
    if (!k)
        return NULL;
    while (wt_names_model[h].key) {
        if (wt_names_model[h].key == k)
            return &wt_names_model[h];
        h = (h + 1) & mask;
    }
    return NULL;
}

int wt_names_classify(const uint64_t *keys, size_t nk, int32_t *score)
{
    int64_t tot[WT_NAMES_TYPES] = {0, 0, 0, 0};
    int best = WT_NAMES_NONE, y;
    size_t i;
    for (i = 0; i < nk; i++) {
        const wt_names_row *r = wt_names_lookup(keys[i]);
        if (r)
            for (y = 0; y < WT_NAMES_TYPES; y++)
                tot[y] += r->w[y];
    }
    for (y = 1; y < WT_NAMES_TYPES; y++)
        if (tot[y] > tot[best])
            best = y;
    if (score)
        *score = (int32_t)(tot[best] - tot[WT_NAMES_NONE]);
    if (best != WT_NAMES_NONE && tot[best] - tot[WT_NAMES_NONE] <= WT_NAMES_MARGIN)
        best = WT_NAMES_NONE;
    return best;
}
