/* token module: words, numbers and punctuation with shapes and fold hashes. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "token.h"
#include "testutil.h"

static wt_alloc al;
static wt_arena ar;

static void setup(void)
{
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
}

static void teardown(void)
{
    wt_arena_release(&ar);
}

static wt_tokens tok(const char *s)
{
    wt_tokens t;
    ck_assert_int_eq(wt_tokenize(&ar, s, 0, strlen(s), &t), WARTA_OK);
    return t;
}

static void text_is(const char *s, const wt_token *t, const char *w)
{
    ck_assert_msg(wt_tok_eq(s, t, w), "token '%.*s' != '%s'", (int)(t->end - t->start),
                  s + t->start, w);
}

START_TEST(seed_title_and_name)
{
    /* the seed's first sentence */
    const char *s = "Beijing (ANTARA) - Menteri Luar Negeri China Qin Gang meyakinkan Rusia";
    wt_tokens t = tok(s);
    ck_assert_uint_eq(t.n, 13);
    text_is(s, &t.t[0], "Beijing");
    ck_assert(t.t[0].flags & WT_TOK_CAP);
    text_is(s, &t.t[1], "(");
    ck_assert(t.t[1].flags & WT_TOK_PUNCT);
    ck_assert(t.t[1].flags & WT_TOK_SPACE_BEFORE);
    text_is(s, &t.t[2], "ANTARA");
    ck_assert(t.t[2].flags & WT_TOK_ALLCAPS);
    ck_assert(!(t.t[3].flags & WT_TOK_SPACE_BEFORE)); /* ")" glued */
    text_is(s, &t.t[4], "-");
    text_is(s, &t.t[10], "Gang");
    ck_assert(!(t.t[11].flags & WT_TOK_CAP)); /* meyakinkan */
}
END_TEST

START_TEST(hyphens_apostrophes_numbers)
{
    const char *s = "negara-negara Jum'at pukul 10.00 Covid-19 G20 Surabaya-Calon";
    wt_tokens t = tok(s);
    text_is(s, &t.t[0], "negara-negara");
    text_is(s, &t.t[1], "Jum'at");
    text_is(s, &t.t[2], "pukul");
    text_is(s, &t.t[3], "10");
    ck_assert(t.t[3].flags & WT_TOK_NUM);
    text_is(s, &t.t[4], ".");
    text_is(s, &t.t[5], "00");
    text_is(s, &t.t[6], "Covid-19");
    ck_assert(t.t[6].flags & WT_TOK_MIXED);
    text_is(s, &t.t[7], "G20");
    ck_assert(t.t[7].flags & WT_TOK_MIXED);
    /* a hyphen before a capital splits (Tempo's glued `Surabaya-Calon`) */
    text_is(s, &t.t[8], "Surabaya");
    text_is(s, &t.t[9], "-");
    text_is(s, &t.t[10], "Calon");
    ck_assert_uint_eq(t.n, 11);
    /* WT_TOK_HYPHEN marks exactly the words that hold a hyphen */
    ck_assert(t.t[0].flags & WT_TOK_HYPHEN);
    ck_assert(t.t[6].flags & WT_TOK_HYPHEN);
    ck_assert(!(t.t[1].flags & WT_TOK_HYPHEN));
    ck_assert(!(t.t[8].flags & WT_TOK_HYPHEN));
    ck_assert(!(t.t[10].flags & WT_TOK_HYPHEN));
    /* WT_TOK_APOS marks the words that hold an apostrophe */
    ck_assert(t.t[1].flags & WT_TOK_APOS);
    ck_assert(!(t.t[0].flags & WT_TOK_APOS));
    ck_assert(!(t.t[2].flags & WT_TOK_APOS));
}
END_TEST

START_TEST(apostrophe_flag)
{
    /* the curly apostrophe, one after a non-ASCII letter, one in a word
     * that starts with digits; quotes around a word are no apostrophes */
    const char *s = "Jum\xE2\x80\x99" "at \xC3\x89'a 90an'nya 'sehat'";
    wt_tokens t = tok(s);
    text_is(s, &t.t[0], "Jum\xE2\x80\x99" "at");
    ck_assert(t.t[0].flags & WT_TOK_APOS);
    text_is(s, &t.t[1], "\xC3\x89'a");
    ck_assert(t.t[1].flags & WT_TOK_APOS);
    text_is(s, &t.t[2], "90an'nya");
    ck_assert(t.t[2].flags & WT_TOK_APOS);
    text_is(s, &t.t[4], "sehat");
    ck_assert(!(t.t[4].flags & WT_TOK_APOS));
    ck_assert_uint_eq(t.n, 6);
}
END_TEST

START_TEST(quotes_are_not_words)
{
    const char *s = "'apa kabar Bib?' \xE2\x80\x9C" "sehat\xE2\x80\x9D";
    wt_tokens t = tok(s);
    text_is(s, &t.t[0], "'");
    text_is(s, &t.t[1], "apa");
    text_is(s, &t.t[3], "Bib");
    text_is(s, &t.t[4], "?");
    text_is(s, &t.t[5], "'");
    text_is(s, &t.t[7], "sehat");
}
END_TEST

START_TEST(nbsp_and_newlines)
{
    const char *s = "Jumat\xC2\xA0" "1 April\nkemarin";
    wt_tokens t = tok(s);
    ck_assert_uint_eq(t.n, 4);
    ck_assert(t.t[1].flags & WT_TOK_SPACE_BEFORE);
    ck_assert(!(t.t[1].flags & WT_TOK_NEWLINE_BEFORE));
    ck_assert(t.t[3].flags & WT_TOK_NEWLINE_BEFORE);
}
END_TEST

START_TEST(fold_hash_ignores_case)
{
    const char *s = "CHINA China china Tiongkok";
    wt_tokens t = tok(s);
    ck_assert_uint_eq(t.t[0].fold_hash, t.t[1].fold_hash);
    ck_assert_uint_eq(t.t[1].fold_hash, t.t[2].fold_hash);
    ck_assert_uint_ne(t.t[2].fold_hash, t.t[3].fold_hash);
    ck_assert_uint_eq(t.t[0].fold_hash, wt_fold_hash("cHiNa", 5));
    ck_assert(wt_tok_is(s, &t.t[0], "china"));
    ck_assert(!wt_tok_eq(s, &t.t[0], "china"));
}
END_TEST

START_TEST(subrange_offsets)
{
    const char *s = "xx Qin Gang yy";
    wt_tokens t;
    ck_assert_int_eq(wt_tokenize(&ar, s, 3, 11, &t), WARTA_OK);
    ck_assert_uint_eq(t.n, 2);
    ck_assert_uint_eq(t.t[0].start, 3);
    ck_assert_uint_eq(t.t[1].end, 11);
}
END_TEST

/* out->t[out->n] is a zeroed sentinel, also when the array had to grow past
 * its first reservation (every byte a token here) and for an empty range */
START_TEST(sentinel_after_last_token)
{
    static char buf[2001];
    wt_tokens t;
    size_t i;
    for (i = 0; i < 2000; i++)
        buf[i] = i % 2 ? ',' : 'a';
    buf[2000] = '\0';
    t = tok(buf);
    ck_assert_uint_eq(t.n, 2000);
    for (i = 0; i < t.n; i++) {
        ck_assert_uint_eq(t.t[i].start, i);
        ck_assert_uint_eq(t.t[i].end, i + 1);
        ck_assert(t.t[i].flags & (i % 2 ? WT_TOK_PUNCT : WT_TOK_WORD));
    }
    ck_assert_uint_eq(t.t[t.n].start, 0);
    ck_assert_uint_eq(t.t[t.n].end, 0);
    ck_assert_uint_eq(t.t[t.n].flags, 0);
    ck_assert_uint_eq(t.t[t.n].fold_hash, 0);
    t = tok("   ");
    ck_assert_uint_eq(t.n, 0);
    ck_assert_uint_eq(t.t[0].end, 0);
    ck_assert_uint_eq(t.t[0].flags, 0);
}
END_TEST

/* words with non-ASCII letters: one token each, case flags from ICU, the
 * fold hash of the full case folding (Ü folds to ü) */
START_TEST(non_ascii_words)
{
    const char *s = "\xC3\x9C" "BER \xC3\xBC" "ber caf\xC3\xA9teria Jum\xE2\x80\x99" "at "
                    "\xC3\x89lys\xC3\xA9" "e";
    wt_tokens t = tok(s);
    ck_assert_uint_eq(t.n, 5);
    text_is(s, &t.t[0], "\xC3\x9C" "BER");
    ck_assert(t.t[0].flags & WT_TOK_CAP);
    ck_assert(t.t[0].flags & WT_TOK_ALLCAPS);
    ck_assert(!(t.t[1].flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)));
    ck_assert_uint_eq(t.t[0].fold_hash, t.t[1].fold_hash);
    ck_assert_uint_eq(t.t[0].fold_hash, wt_fold_hash("\xC3\xBC" "Ber", 5));
    text_is(s, &t.t[2], "caf\xC3\xA9teria");
    text_is(s, &t.t[3], "Jum\xE2\x80\x99" "at"); /* the curly apostrophe inside a word */
    text_is(s, &t.t[4], "\xC3\x89lys\xC3\xA9" "e");
    ck_assert(t.t[4].flags & WT_TOK_CAP);
    ck_assert(!(t.t[4].flags & WT_TOK_ALLCAPS));
}
END_TEST

/* a word scanned inline (before the range's last word break) and the
 * range's last word (scanned with bound checks) get the same flags and
 * hash; a range that ends inside a word stops there */
START_TEST(last_word_like_inner_words)
{
    const char *s = "KPU, Kpu kpu KPUx";
    wt_tokens t;
    size_t i;
    ck_assert_int_eq(wt_tokenize(&ar, s, 0, 16, &t), WARTA_OK); /* "...KPU" */
    ck_assert_uint_eq(t.n, 5);
    text_is(s, &t.t[4], "KPU");
    ck_assert_uint_eq(t.t[0].flags, WT_TOK_WORD | WT_TOK_CAP | WT_TOK_ALLCAPS);
    ck_assert_uint_eq(t.t[4].flags,
                      WT_TOK_WORD | WT_TOK_CAP | WT_TOK_ALLCAPS | WT_TOK_SPACE_BEFORE);
    ck_assert_uint_eq(t.t[2].flags, WT_TOK_WORD | WT_TOK_CAP | WT_TOK_SPACE_BEFORE);
    ck_assert_uint_eq(t.t[3].flags, WT_TOK_WORD | WT_TOK_SPACE_BEFORE);
    for (i = 0; i < 5; i++)
        if (i != 1)
            ck_assert_uint_eq(t.t[i].fold_hash, wt_fold_hash("kpu", 3));
    ck_assert_uint_eq(t.t[1].flags, WT_TOK_PUNCT);
    ck_assert_uint_eq(t.t[1].fold_hash, 0);
    /* a long word, and a capital run that turns into small letters */
    s = "Pemberantasan PEMBERANTASAN pemberantasanKorupsi PEMBERAntasan";
    t = tok(s);
    ck_assert_uint_eq(t.n, 4);
    ck_assert_uint_eq(t.t[0].fold_hash, wt_fold_hash("pemberantasan", 13));
    ck_assert_uint_eq(t.t[1].fold_hash, t.t[0].fold_hash);
    ck_assert_uint_eq(t.t[3].fold_hash, t.t[0].fold_hash);
    ck_assert_uint_eq(t.t[2].fold_hash, wt_fold_hash("PEMBERANTASANKORUPSI", 20));
    ck_assert(t.t[1].flags & WT_TOK_ALLCAPS);
    ck_assert(!(t.t[2].flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)));
    ck_assert_uint_eq(t.t[3].flags, WT_TOK_WORD | WT_TOK_CAP | WT_TOK_SPACE_BEFORE);
    /* numbers, and digits glued to letters, inside the range and last */
    s = "pukul 10.00 tahun 2024an 17";
    t = tok(s);
    ck_assert_uint_eq(t.n, 7);
    text_is(s, &t.t[1], "10");
    ck_assert_uint_eq(t.t[1].flags, WT_TOK_NUM | WT_TOK_SPACE_BEFORE);
    ck_assert_uint_eq(t.t[1].fold_hash, wt_fold_hash("10", 2));
    ck_assert_uint_eq(t.t[2].flags, WT_TOK_PUNCT);
    ck_assert_uint_eq(t.t[3].flags, WT_TOK_NUM);
    text_is(s, &t.t[5], "2024an");
    ck_assert_uint_eq(t.t[5].flags, WT_TOK_WORD | WT_TOK_MIXED | WT_TOK_SPACE_BEFORE);
    ck_assert_uint_eq(t.t[5].fold_hash, wt_fold_hash("2024AN", 6));
    text_is(s, &t.t[6], "17");
    ck_assert_uint_eq(t.t[6].flags, WT_TOK_NUM | WT_TOK_SPACE_BEFORE);
    /* a year glued to the next capitalised word is two tokens (corpus:
     * liputan6-0104 `18 Maret 2022Beredar`); a quarter, a unit and short
     * numbers stay one mixed word */
    s = "Maret 2022Beredar 2023Q1 120Hz 2023Ab 1999Dia";
    t = tok(s);
    ck_assert_uint_eq(t.n, 8);
    text_is(s, &t.t[1], "2022");
    ck_assert_uint_eq(t.t[1].flags, WT_TOK_NUM | WT_TOK_SPACE_BEFORE);
    ck_assert_uint_eq(t.t[1].fold_hash, wt_fold_hash("2022", 4));
    text_is(s, &t.t[2], "Beredar");
    ck_assert_uint_eq(t.t[2].flags, WT_TOK_WORD | WT_TOK_CAP);
    text_is(s, &t.t[3], "2023Q1");
    ck_assert(t.t[3].flags & WT_TOK_MIXED);
    text_is(s, &t.t[4], "120Hz");
    text_is(s, &t.t[5], "2023Ab"); /* a capital and one small letter: a code, a unit */
    text_is(s, &t.t[6], "1999");
    text_is(s, &t.t[7], "Dia");
}
END_TEST

/* The fold hash's definition (token.h), values worked out apart from the
 * library (a 20-line Python model of the blocks and the 128-bit products):
 * the empty text, one block, two and three blocks; the 32-bit products
 * give what the 128-bit type gives */
START_TEST(hash_folded_known_values)
{
    static const uint64_t a[] = {0, 1, UINT64_C(0xFFFFFFFFFFFFFFFF), UINT64_C(0x61746b6172616a),
                                 UINT64_C(0x8000000080000000), UINT64_C(0x123456789ABCDEF0)};
    size_t i, j;
    ck_assert_uint_eq(wt_hash_folded("", 0), 1);
    ck_assert_uint_eq(wt_hash_folded("jakarta", 7), 0x3014ed98u);
    ck_assert_uint_eq(wt_hash_folded("pemberantasan", 13), 0x687005acu);
    ck_assert_uint_eq(wt_hash_folded("pemberantasankorupsi", 20), 0x1aab7d7eu);
    for (i = 0; i < sizeof a / sizeof a[0]; i++)
        for (j = 0; j < sizeof a / sizeof a[0]; j++)
            ck_assert(wt_hash_mum(a[i], a[j]) == wt_hash_mum_portable(a[i], a[j]));
    ck_assert(wt_hash_mum(WT_HASH_MUL, WT_HASH_MUL) ==
              wt_hash_mum_portable(WT_HASH_MUL, WT_HASH_MUL));
}
END_TEST

/* spellings that fold the same hash the same: ASCII cases (the
 * tokenizer's blocks, wt_fold_hash, the folded text), an inner
 * apostrophe, and ICU's full folding of ß (ss) and İ (i + combining dot,
 * not i) */
START_TEST(hash_same_fold)
{
    const char *s = "JAKARTA Jakarta jakarta JUM'AT Jum'at jum'at Stra\xC3\x9F" "e STRASSE "
                    "\xC4\xB0stanbul Istanbul";
    wt_tokens t = tok(s);
    ck_assert_uint_eq(t.n, 10);
    ck_assert_uint_eq(t.t[0].fold_hash, 0x3014ed98u);
    ck_assert_uint_eq(t.t[1].fold_hash, 0x3014ed98u);
    ck_assert_uint_eq(t.t[2].fold_hash, 0x3014ed98u);
    ck_assert_uint_eq(wt_fold_hash("JaKaRtA", 7), 0x3014ed98u);
    text_is(s, &t.t[4], "Jum'at");
    ck_assert_uint_eq(t.t[3].fold_hash, 0x60fbb0c7u);
    ck_assert_uint_eq(t.t[4].fold_hash, 0x60fbb0c7u);
    ck_assert_uint_eq(t.t[5].fold_hash, 0x60fbb0c7u);
    ck_assert_uint_eq(wt_fold_hash("Jum'at", 6), 0x60fbb0c7u);
    text_is(s, &t.t[6], "Stra\xC3\x9F" "e");
    ck_assert_uint_eq(t.t[6].fold_hash, 0x573022adu);
    ck_assert_uint_eq(t.t[7].fold_hash, 0x573022adu);
    ck_assert_uint_eq(wt_fold_hash("STRA\xC3\x9F" "E", 7), 0x573022adu);
    ck_assert_uint_eq(t.t[8].fold_hash, 0xea71c8deu);
    ck_assert_uint_eq(t.t[8].fold_hash, wt_hash_folded("i\xCC\x87stanbul", 10));
    ck_assert_uint_ne(t.t[8].fold_hash, t.t[9].fold_hash);
    ck_assert_uint_eq(t.t[9].fold_hash, wt_hash_folded("istanbul", 8));
}
END_TEST

/* A word of 1 to 40 letters (capitals, small letters, both) after 0 to
 * 20 other bytes, ending the range or followed by a space, a comma, a
 * hyphen and digits, or an apostrophe: every path of the scanner (16
 * bytes, 8 bytes, the range's last bytes, a range of fewer than 8, the
 * rest of a joined word) gives the folded text's hash and the same
 * flags. The text sits in a buffer of its exact length, so a read past
 * the range shows under ASan. */
START_TEST(hash_at_every_length_and_place)
{
    static const char *const after[] = {"", " ", ",", "-19", "'s"};
    size_t len, pad, a, c;
    for (c = 0; c < 3; c++)
        for (len = 1; len <= 40; len++)
            for (pad = 0; pad <= 20; pad++)
                for (a = 0; a < sizeof after / sizeof after[0]; a++) {
                    size_t alen = strlen(after[a]), n = pad + len + alen, i, w;
                    char low[64];
                    char *buf = malloc(n);
                    wt_tokens t;
                    uint32_t want;
                    ck_assert_ptr_nonnull(buf);
                    memset(buf, ' ', pad);
                    if (pad)
                        buf[pad / 2] = '.';
                    for (i = 0; i < len; i++) {
                        char ch = (char)('a' + (i * 7 + len) % 26);
                        low[i] = ch;
                        /* c: 0 small, 1 capitals, 2 a capital first */
                        buf[pad + i] = c == 1 || (c == 2 && i == 0) ? (char)(ch - 32) : ch;
                    }
                    memcpy(buf + pad + len, after[a], alen);
                    memcpy(low + len, after[a], alen);
                    ck_assert_int_eq(wt_tokenize(&ar, buf, 0, n, &t), WARTA_OK);
                    for (w = 0; w < t.n && !(t.t[w].flags & WT_TOK_WORD); w++)
                        ;
                    ck_assert_uint_lt(w, t.n);
                    ck_assert_uint_eq(t.t[w].start, pad);
                    if (a < 3) { /* the word alone */
                        ck_assert_uint_eq(t.t[w].end, pad + len);
                        want = wt_hash_folded(low, len);
                    } else { /* joined: -19, 's */
                        ck_assert_uint_eq(t.t[w].end, n);
                        want = wt_hash_folded(low, len + alen);
                    }
                    ck_assert_msg(t.t[w].fold_hash == want, "len %zu pad %zu after '%s' case %zu",
                                  len, pad, after[a], c);
                    ck_assert_uint_eq(t.t[w].fold_hash, wt_fold_hash(buf + pad, t.t[w].end - pad));
                    ck_assert_uint_eq(!!(t.t[w].flags & WT_TOK_CAP), c > 0);
                    /* 's is a small letter */
                    ck_assert_uint_eq(!!(t.t[w].flags & WT_TOK_ALLCAPS),
                                      (c == 1 || (c == 2 && len == 1)) && a != 4);
                    ck_assert_uint_eq(!!(t.t[w].flags & WT_TOK_MIXED), a == 3);
                    free(buf);
                }
}
END_TEST

/* Case flags of words shorter than 16 letters with capitals inside
 * (tiktok-style brand names) and of capital runs of 5, 7 and exactly 8
 * letters (one full block, then an empty one in the hash), from quoted
 * corpus phrases; each text sits in a buffer of its exact length (ASan
 * sees a read past the end). CAP: the first letter is a capital;
 * ALLCAPS: CAP and no small letter. */
START_TEST(case_flags_inside_words)
{
    static const char *const phrases[] = {
        "dalam \xE2\x80\x9CNMIXX SHOWCASE TOUR IN JAKARTA\xE2\x80\x9D dan sejumlah",
        ("di kanal YouTube MALIQ & D\xE2\x80\x99" "Essentials"),
        "ini di aplikasi Kebugaran di iPhone",
        "iPhone 17 memang menjadi bintang",
    };
    /* per phrase: the words in order, their flags without SPACE_BEFORE */
    static const struct {
        const char *w;
        uint32_t f;
    } want[][9] = {
        {{"dalam", 0}, {"NMIXX", WT_TOK_CAP | WT_TOK_ALLCAPS}, {"SHOWCASE", WT_TOK_CAP | WT_TOK_ALLCAPS},
         {"TOUR", WT_TOK_CAP | WT_TOK_ALLCAPS}, {"IN", WT_TOK_CAP | WT_TOK_ALLCAPS},
         {"JAKARTA", WT_TOK_CAP | WT_TOK_ALLCAPS}, {"dan", 0}, {"sejumlah", 0}, {NULL, 0}},
        {{"di", 0}, {"kanal", 0}, {"YouTube", WT_TOK_CAP}, {"MALIQ", WT_TOK_CAP | WT_TOK_ALLCAPS},
         {"D\xE2\x80\x99" "Essentials", WT_TOK_CAP | WT_TOK_APOS}, {NULL, 0}},
        {{"ini", 0}, {"di", 0}, {"aplikasi", 0}, {"Kebugaran", WT_TOK_CAP}, {"di", 0},
         {"iPhone", 0}, {NULL, 0}},
        {{"iPhone", 0}, {"memang", 0}, {"menjadi", 0}, {"bintang", 0}, {NULL, 0}},
    };
    size_t p;
    for (p = 0; p < sizeof phrases / sizeof phrases[0]; p++) {
        size_t n = strlen(phrases[p]), i, k = 0;
        char *buf = malloc(n);
        wt_tokens t;
        ck_assert_ptr_nonnull(buf);
        memcpy(buf, phrases[p], n);
        ck_assert_int_eq(wt_tokenize(&ar, buf, 0, n, &t), WARTA_OK);
        for (i = 0; i < t.n; i++) {
            const char *w = want[p][k].w;
            if (!(t.t[i].flags & WT_TOK_WORD))
                continue;
            ck_assert_ptr_nonnull(w);
            text_is(buf, &t.t[i], w);
            ck_assert_msg((t.t[i].flags & ~(uint32_t)(WT_TOK_SPACE_BEFORE | WT_TOK_NEWLINE_BEFORE)) ==
                              (WT_TOK_WORD | want[p][k].f),
                          "phrase %zu word %s flags 0x%x", p, w, (unsigned)t.t[i].flags);
            ck_assert_uint_eq(t.t[i].fold_hash, wt_fold_hash(w, strlen(w)));
            k++;
        }
        ck_assert_ptr_null(want[p][k].w);
        free(buf);
    }
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("token");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, seed_title_and_name);
    tcase_add_test(tc, hyphens_apostrophes_numbers);
    tcase_add_test(tc, apostrophe_flag);
    tcase_add_test(tc, quotes_are_not_words);
    tcase_add_test(tc, nbsp_and_newlines);
    tcase_add_test(tc, fold_hash_ignores_case);
    tcase_add_test(tc, subrange_offsets);
    tcase_add_test(tc, sentinel_after_last_token);
    tcase_add_test(tc, non_ascii_words);
    tcase_add_test(tc, last_word_like_inner_words);
    tcase_add_test(tc, hash_folded_known_values);
    tcase_add_test(tc, hash_same_fold);
    tcase_add_test(tc, hash_at_every_length_and_place);
    tcase_add_test(tc, case_flags_inside_words);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(suite());
}
