/* Gazetteer: compiled-in data, CLDR country names, user entries, the token
 * trie's longest match and case rules, lookups, errors and allocation
 * failure. The sentences matched are quoted from the seed article and the
 * corpus (file named next to each). */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "gazetteer.h"
#include "testutil.h"
#include "token.h"

static wt_alloc g_al;
static wt_gazetteer *g_gz;

static void setup(void)
{
    warta_error err;
    wt_alloc_init(&g_al, NULL);
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(wt_gz_new(&g_al, NULL, 0, &g_gz, &err), WARTA_OK);
}

static void teardown(void)
{
    wt_gz_free(g_gz);
    g_gz = NULL;
}

/* Tokenise s and match at the token that starts at byte `at` of s.
 * Returns the number of tokens matched; entries in out/n_out. */
typedef struct m_result {
    size_t ntok, n;
    const wt_gz_entry *e[16];
    size_t start, end; /* bytes covered */
} m_result;

static m_result match_at(const wt_gazetteer *gz, const char *s, const char *from)
{
    wt_arena ar;
    wt_tokens t;
    m_result r;
    size_t i, at;
    memset(&r, 0, sizeof r);
    wt_arena_init(&ar, &g_al);
    ck_assert_int_eq(wt_tokenize(&ar, s, 0, strlen(s), &t), WARTA_OK);
    at = (size_t)(strstr(s, from) - s);
    for (i = 0; i < t.n && t.t[i].start != at; i++)
        ;
    ck_assert_msg(i < t.n, "no token at '%s'", from);
    r.ntok = wt_gz_match(gz, s, t.t, t.n, i, r.e, 16, &r.n);
    if (r.ntok) {
        r.start = t.t[i].start;
        r.end = t.t[i + r.ntok - 1].end;
    }
    wt_arena_release(&ar);
    return r;
}

static const wt_gz_entry *find_kind(const m_result *r, int kind)
{
    size_t i;
    for (i = 0; i < r->n; i++)
        if (r->e[i]->kind == kind)
            return r->e[i];
    return NULL;
}

START_TEST(countries_china)
{
    /* antara-sco-2023: "Menteri Luar Negeri China Qin Gang" */
    const char *s1 = "Beijing (ANTARA) - Menteri Luar Negeri China Qin Gang meyakinkan Rusia";
    /* corpus (antara): "Singapura 0,39 persen, Tiongkok 0,78 persen" */
    const char *s2 = "kemudian Singapura 0,39 persen, Tiongkok 0,78 persen, Inggris 0,19 persen";
    /* corpus (antara): "diterima oleh pemerintah RRT melalui Hubei Charity Foundation" */
    const char *s3 = "akan langsung diterima oleh pemerintah RRT melalui Hubei Charity Foundation";
    const char *words[] = {"China", "Tiongkok", "RRT"};
    const char *texts[] = {s1, s2, s3};
    int k;
    for (k = 0; k < 3; k++) {
        m_result r = match_at(g_gz, texts[k], words[k]);
        const wt_gz_entry *e = find_kind(&r, WT_GZ_COUNTRY);
        ck_assert_uint_eq(r.ntok, 1);
        ck_assert_msg(e != NULL, "%s is no country", words[k]);
        ck_assert_str_eq(e->iso2, "CN");
        ck_assert_str_eq(e->iso3, "CHN");
        ck_assert_str_eq(e->tz, "Asia/Shanghai");
    }
    {
        m_result r = match_at(g_gz, s2, "Inggris");
        ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->iso2, "GB");
        r = match_at(g_gz, s2, "Singapura");
        ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->iso2, "SG");
    }
    {
        /* aliases go by their newsroom name, wt_gz_country by CLDR's */
        m_result r = match_at(g_gz, s1, "China");
        ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->name, "China");
        r = match_at(g_gz, s3, "RRT");
        ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->name, "China");
        ck_assert_str_eq(wt_gz_country(g_gz, "CN")->name, "Tiongkok");
    }
    ck_assert_str_eq(wt_gz_country(g_gz, "CN")->iso3, "CHN");
    /* a country with one zone carries it; one with several does not */
    ck_assert_str_eq(wt_gz_country(g_gz, "CN")->tz, "Asia/Shanghai");
    ck_assert_str_eq(wt_gz_country(g_gz, "IN")->tz, "Asia/Kolkata");
    ck_assert_ptr_null(wt_gz_country(g_gz, "ID")->tz);
    ck_assert_ptr_null(wt_gz_country(g_gz, "US")->tz);
    ck_assert_str_eq(wt_gz_country(g_gz, "ID")->iso3, "IDN");
    /* CLDR's `eSwatini` starts in lower case, so it cannot need a capital */
    ck_assert_int_eq(wt_gz_country(g_gz, "SZ")->flags & WT_GZF_NEEDS_CAP, 0);
    ck_assert_ptr_null(wt_gz_country(g_gz, "QQ"));
    ck_assert_ptr_null(wt_gz_country(g_gz, "cn"));
}
END_TEST

START_TEST(countries_case_rules)
{
    /* antara-0039: "pendapatan per kapita sebesar 30.300 dolar AS." */
    const char *s = "pendapatan per kapita sebesar 30.300 dolar AS.";
    const char *lower = "works as expected";
    m_result r = match_at(g_gz, s, "AS");
    ck_assert_uint_eq(r.ntok, 1);
    ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->iso2, "US");
    ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->iso3, "USA");
    ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->name, "Amerika Serikat");
    r = match_at(g_gz, lower, "as");
    ck_assert_uint_eq(r.ntok, 0);
    ck_assert_uint_eq(r.n, 0);
    r = match_at(g_gz, "Kata As dan", "As");
    ck_assert_uint_eq(r.ntok, 0);
    /* a proper name needs its capital: "china" in lower case is not CN */
    r = match_at(g_gz, "porselen china putih", "china");
    ck_assert_uint_eq(r.ntok, 0);
    /* but capitals all through are fine (headlines, datelines) */
    r = match_at(g_gz, "JAKARTA, KOMPAS.com - ", "JAKARTA");
    ck_assert_uint_eq(r.ntok, 1);
    ck_assert_str_eq(find_kind(&r, WT_GZ_PLACE)->province, "ID-JK");
}
END_TEST

START_TEST(longest_match)
{
    /* antara-sco-2023: "hubungan dengan Barat, khususnya Amerika Serikat, tetap tegang" */
    const char *s = "hubungan dengan Barat, khususnya Amerika Serikat, tetap tegang.";
    m_result r = match_at(g_gz, s, "Amerika");
    ck_assert_uint_eq(r.ntok, 2);
    ck_assert_uint_eq(r.end - r.start, strlen("Amerika Serikat"));
    ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->iso2, "US");
    /* antara-sco-2023: the SCO by its Indonesian name */
    s = "bertemu dengan pata menteri luar negeri Organisasi Kerja Sama Shanghai (SCO) yang";
    r = match_at(g_gz, s, "Organisasi");
    ck_assert_uint_eq(r.ntok, 4);
    ck_assert_ptr_nonnull(find_kind(&r, WT_GZ_ORG));
    ck_assert_str_eq(find_kind(&r, WT_GZ_ORG)->acronym, "SCO");
    r = match_at(g_gz, s, "SCO");
    ck_assert_uint_eq(r.ntok, 1);
    ck_assert_str_eq(find_kind(&r, WT_GZ_ORG)->name, "Organisasi Kerja Sama Shanghai");
    /* kompas-0001: "JAKARTA, KOMPAS.com - " : the outlet is three tokens */
    r = match_at(g_gz, "JAKARTA, KOMPAS.com - Konsorsium stasiun televisi", "KOMPAS");
    ck_assert_uint_eq(r.ntok, 3);
    ck_assert_str_eq(find_kind(&r, WT_GZ_AGENCY)->name, "Kompas.com");
    /* the tokeniser splits `Bangsa-Bangsa` at a hyphen before a capital
     * (Bangsa - Bangsa); the key is cut the same way */
    r = match_at(g_gz, "Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB)", "Perserikatan");
    ck_assert_uint_eq(r.ntok, 4);
    ck_assert_str_eq(find_kind(&r, WT_GZ_ORG)->acronym, "PBB");
    r = match_at(g_gz, "Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB)", "Sekretaris");
    ck_assert_uint_eq(r.ntok, 2);
    ck_assert_ptr_nonnull(find_kind(&r, WT_GZ_TITLE));
    /* every entry of the longest length is returned: the province and
     * its capital city share the name (antara-0089 "Bengkulu (ANTARA) -") */
    r = match_at(g_gz, "Bengkulu (ANTARA) - Pemerintah Kota (Pemkot) Bengkulu mengusulkan",
                 "Bengkulu");
    ck_assert_uint_eq(r.ntok, 1);
    ck_assert_uint_eq(r.n, 2);
    ck_assert_str_eq(r.e[0]->province, "ID-BE");
    ck_assert_str_eq(r.e[1]->province, "ID-BE");
    ck_assert_str_ne(r.e[0]->subkind, r.e[1]->subkind);
    {
        const wt_gz_entry *one[1];
        size_t n1 = 9;
        wt_arena ar;
        wt_tokens t;
        const char *b = "Bengkulu";
        wt_arena_init(&ar, &g_al);
        ck_assert_int_eq(wt_tokenize(&ar, b, 0, strlen(b), &t), WARTA_OK);
        ck_assert_uint_eq(wt_gz_match(g_gz, b, t.t, t.n, 0, one, 1, &n1), 1);
        ck_assert_uint_eq(n1, 1);
        ck_assert_uint_eq(wt_gz_match(g_gz, b, t.t, t.n, 0, NULL, 0, &n1), 1);
        ck_assert_uint_eq(n1, 0);
        ck_assert_uint_eq(wt_gz_match(g_gz, b, t.t, t.n, 1, one, 1, &n1), 0);
        wt_arena_release(&ar);
    }
    /* a match does not run across a line break */
    r = match_at(g_gz, "Amerika\nSerikat", "Amerika");
    ck_assert_uint_eq(r.ntok, 1);
}
END_TEST

START_TEST(titles_ranks)
{
    /* corpus (antara): "kata Kabid Humas Polda Bali Kombes Pol Ariasandy dalam keterangan" */
    const char *s = "kata Kabid Humas Polda Bali Kombes Pol Ariasandy dalam keterangan";
    m_result r = match_at(g_gz, s, "Kombes");
    ck_assert_uint_eq(r.ntok, 2);
    ck_assert_ptr_nonnull(find_kind(&r, WT_GZ_RANK));
    r = match_at(g_gz, s, "Bali");
    ck_assert_str_eq(find_kind(&r, WT_GZ_PLACE)->province, "ID-BA");
    ck_assert_str_eq(find_kind(&r, WT_GZ_PLACE)->tz, "Asia/Makassar");
    /* corpus (antara): "Kita tuntaskan utamanya program Pak Jokowi" */
    r = match_at(g_gz, "Kita tuntaskan utamanya program Pak Jokowi soal", "Pak");
    ck_assert_ptr_nonnull(find_kind(&r, WT_GZ_HONORIFIC));
    /* antara-sco-2023: "Presiden China Xi Jinping" */
    r = match_at(g_gz, "Pekan lalu, Presiden China Xi Jinping untuk", "Presiden");
    ck_assert_uint_eq(r.ntok, 1);
    ck_assert_ptr_nonnull(find_kind(&r, WT_GZ_TITLE));
    /* antara-sco-2023: "Menteri Luar Negeri China Qin Gang" */
    r = match_at(g_gz, "Beijing (ANTARA) - Menteri Luar Negeri China Qin Gang", "Menteri");
    ck_assert_uint_eq(r.ntok, 3);
    ck_assert_ptr_nonnull(find_kind(&r, WT_GZ_TITLE));
}
END_TEST

/* word classes: a listed word gets its list's bit whatever its case, an
 * unlisted one none; a word that starts a key (`Presiden`) gets
 * WT_GZW_START and passes the quick filter */
START_TEST(word_classes)
{
    const char *s = "kata PRESIDEN Kata lemari & ,";
    wt_alloc al;
    wt_arena ar;
    wt_tokens t;
    uint64_t speech = 0;
    size_t k;
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
    ck_assert_int_eq(wt_tokenize(&ar, s, 0, strlen(s), &t), WARTA_OK);
    ck_assert_uint_eq(t.n, 6);
    for (k = 0; wt_entity_wordlists[k].words; k++)
        if (strcmp(wt_entity_wordlists[k].words[0], "kata") == 0)
            speech = wt_entity_wordlists[k].bit;
    ck_assert(speech != 0);
    ck_assert(wt_gz_word_class(g_gz, s, &t.t[0]) & speech);
    ck_assert(wt_gz_word_class(g_gz, s, &t.t[2]) & speech);
    ck_assert(!(wt_gz_word_class(g_gz, s, &t.t[1]) & speech));
    ck_assert(wt_gz_word_class(g_gz, s, &t.t[1]) & WT_GZW_START);
    ck_assert(wt_gz_hot_test(wt_gz_hot_bits(g_gz), t.t[1].fold_hash));
    ck_assert(wt_gz_word_class(g_gz, s, &t.t[3]) == 0);
    ck_assert(wt_gz_word_class(g_gz, s, &t.t[4]) != 0); /* `&` joins names */
    ck_assert(wt_gz_word_class(g_gz, s, &t.t[5]) == 0);
    /* the prefetch is a hint: it reads the gazetteer's head, set once the
     * word table is built; nothing for no gazetteer */
    ck_assert_ptr_nonnull(((const wt_gz_head *)(const void *)g_gz)->wslots);
    ck_assert_ptr_nonnull(((const wt_gz_head *)(const void *)g_gz)->wfilter);
    for (k = 0; k < t.n; k++) {
        wt_gz_word_prefetch(g_gz, t.t[k].fold_hash);
        wt_gz_word_prefetch(NULL, t.t[k].fold_hash);
    }
    wt_arena_release(&ar);
}
END_TEST

/* every word of every list (the ~7,900 given names among them) gets its
 * list's bit back, in upper case too */
START_TEST(word_classes_all_lists)
{
    wt_alloc al;
    wt_arena ar;
    size_t k, i, checked = 0;
    char up[128];
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
    for (k = 0; wt_entity_wordlists[k].words; k++)
        for (i = 0; wt_entity_wordlists[k].words[i]; i++) {
            const char *w = wt_entity_wordlists[k].words[i];
            size_t len = strlen(w), j;
            wt_token t;
            if (len >= sizeof up)
                continue;
            for (j = 0; j < len; j++)
                up[j] = (char)(w[j] >= 'a' && w[j] <= 'z' ? w[j] - 32 : w[j]);
            up[len] = '\0';
            memset(&t, 0, sizeof t);
            t.start = 0;
            t.end = len;
            t.flags = WT_TOK_WORD;
            t.fold_hash = wt_fold_hash(w, len);
            ck_assert_msg(wt_gz_word_class(g_gz, w, &t) & wt_entity_wordlists[k].bit, "%s", w);
            t.fold_hash = wt_fold_hash(up, len);
            ck_assert_msg(wt_gz_word_class(g_gz, up, &t) & wt_entity_wordlists[k].bit, "%s", up);
            checked++;
        }
    ck_assert_uint_gt(checked, 7900);
    wt_arena_release(&ar);
}
END_TEST

/* A token of `text` whose fold hash is that of `as` (a hash collision
 * made to order). */
static wt_token forged(const char *text, const char *as)
{
    wt_token t;
    memset(&t, 0, sizeof t);
    t.start = 0;
    t.end = strlen(text);
    t.flags = WT_TOK_WORD;
    t.fold_hash = wt_fold_hash(as, strlen(as));
    return t;
}

/* the class of a word is read only when its text is the listed word's:
 * another word of the same fold hash (forged here) gets no list bit,
 * whether the listed word is short (`kata`, held whole in its slot) or
 * long (`mengatakan`, its tail compared in the pool), and whether the
 * difference is in the first bytes, the tail or the length */
START_TEST(word_classes_collisions)
{
    static const char *const other[][2] = {
        {"kato", "kata"},             {"kat", "kata"},
        {"katak", "kata"},            {"xata", "kata"},
        {"mengatakam", "mengatakan"}, {"mengXtakan", "mengatakan"},
        {"xengatakan", "mengatakan"}, {"mengatakann", "mengatakan"},
        {"mengataka", "mengatakan"},  {"mengatak", "mengatakan"}};
    uint64_t lists, kata, said;
    size_t k;
    wt_token t;
    t = forged("kata", "kata");
    kata = wt_gz_word_class(g_gz, "kata", &t) & ~WT_GZW_START;
    t = forged("mengatakan", "mengatakan");
    said = wt_gz_word_class(g_gz, "mengatakan", &t) & ~WT_GZW_START;
    ck_assert(kata != 0 && said != 0);
    t = forged("MengaTAKAN", "mengatakan");
    ck_assert_uint_eq(wt_gz_word_class(g_gz, "MengaTAKAN", &t) & ~WT_GZW_START, said);
    for (k = 0; k < sizeof other / sizeof other[0]; k++) {
        lists = strcmp(other[k][1], "kata") == 0 ? kata : said;
        t = forged(other[k][0], other[k][1]);
        ck_assert_msg(!(wt_gz_word_class(g_gz, other[k][0], &t) & lists), "%s", other[k][0]);
    }
}
END_TEST

/* The given names come from the build's table (wt_gz_given_slots), the
 * few it does not hold from the context's own: a name gets its list's bit
 * (`Ahmad`, in the build's table only; `Siti`, which also opens a key
 * (WT_GZW_START), in both; `Christophorus`, too long for a slot), another
 * word of the same fold hash (forged) does not. */
START_TEST(word_classes_given)
{
    static const char *const other[][2] = {
        {"Ahmax", "Ahmad"}, {"Ahma", "Ahmad"},  {"Ahmadd", "Ahmad"},
        {"Sito", "Siti"},   {"Xiti", "Siti"},   {"Christophoruz", "Christophorus"}};
    uint64_t given = 0;
    size_t k;
    wt_token t;
    for (k = 0; wt_entity_wordlists[k].words; k++)
        if (wt_entity_wordlists[k].words == wt_gz_given_names)
            given |= wt_entity_wordlists[k].bit;
    ck_assert(given != 0);
    t = forged("Ahmad", "Ahmad");
    ck_assert_uint_eq(wt_gz_word_class(g_gz, "Ahmad", &t) & given, given);
    t = forged("AHMAD", "AHMAD");
    ck_assert_uint_eq(wt_gz_word_class(g_gz, "AHMAD", &t) & given, given);
    t = forged("Siti", "Siti");
    ck_assert_uint_eq(wt_gz_word_class(g_gz, "Siti", &t) & (given | WT_GZW_START),
                      given | WT_GZW_START);
    t = forged("Christophorus", "Christophorus");
    ck_assert_uint_eq(wt_gz_word_class(g_gz, "Christophorus", &t) & given, given);
    for (k = 0; k < sizeof other / sizeof other[0]; k++) {
        t = forged(other[k][0], other[k][1]);
        ck_assert_msg(!(wt_gz_word_class(g_gz, other[k][0], &t) & given), "%s", other[k][0]);
    }
    t = forged("Sito", "Siti");
    ck_assert(wt_gz_word_class(g_gz, "Sito", &t) & WT_GZW_START); /* by hash */
}
END_TEST

/* The first token of a key has WT_GZW_START (the word-class filter and
 * table let it through, and entities.c asks for a match only then) and
 * passes wt_gz_hot_test; the key, written as listed, matches all its
 * tokens (each step passes its node's filter of children): for every
 * compiled-in key, the CLDR names, and user keys added at creation */
static void check_starts(const wt_gazetteer *gz, const char *key)
{
    wt_alloc al;
    wt_arena ar;
    wt_tokens t;
    const wt_gz_entry *e[4];
    size_t ne;
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
    ck_assert_int_eq(wt_tokenize(&ar, key, 0, strlen(key), &t), WARTA_OK);
    if (t.n > 0 && (t.t[0].flags & WT_TOK_WORD)) {
        ck_assert_msg(wt_gz_word_class(gz, key, &t.t[0]) & WT_GZW_START, "%s", key);
        ck_assert_msg(wt_gz_hot_test(wt_gz_hot_bits(gz), t.t[0].fold_hash), "%s", key);
        ck_assert_msg(wt_gz_match(gz, key, t.t, t.n, 0, e, 4, &ne) == t.n, "%s", key);
    }
    wt_arena_release(&ar);
}

START_TEST(word_classes_key_starts)
{
    static const char *const cldr[] = {"Tiongkok", "Kamboja", "Selandia Baru", "Swiss", NULL};
    const char *user = "place\tSenaru\tiso2=ID\n"
                       "org\tBadan Contoh Nasional\tacronym=BCN\tiso2=ID\n"
                       "person\tZzyzx Qwerty\n";
    wt_gazetteer *gz = NULL;
    wt_alloc al;
    wt_arena ar;
    wt_tokens t;
    const char *s = "Zzyzx Qwerty di Senaru";
    size_t i, n = 0;
    for (i = 0; i < wt_gz_nrows; i++)
        if (wt_gz_rows[i].key) {
            check_starts(g_gz, wt_gz_rows[i].key);
            n++;
        }
    ck_assert_uint_gt(n, 1000);
    for (i = 0; cldr[i]; i++)
        check_starts(g_gz, cldr[i]);
    /* user keys: in the user's gazetteer only */
    ck_assert_int_eq(wt_gz_new(&g_al, user, strlen(user), &gz, NULL), WARTA_OK);
    check_starts(gz, "Senaru");
    check_starts(gz, "Badan Contoh Nasional");
    check_starts(gz, "BCN");
    check_starts(gz, "Zzyzx Qwerty");
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
    ck_assert_int_eq(wt_tokenize(&ar, s, 0, strlen(s), &t), WARTA_OK);
    ck_assert_uint_eq(t.n, 4);
    ck_assert(!(wt_gz_word_class(g_gz, s, &t.t[0]) & WT_GZW_START));
    ck_assert(!(wt_gz_word_class(g_gz, s, &t.t[3]) & WT_GZW_START));
    ck_assert(wt_gz_word_class(gz, s, &t.t[0]) & WT_GZW_START);
    ck_assert(wt_gz_word_class(gz, s, &t.t[3]) & WT_GZW_START);
    ck_assert(!(wt_gz_word_class(gz, s, &t.t[1]) & WT_GZW_START)); /* not a first token */
    wt_arena_release(&ar);
    wt_gz_free(gz);
}
END_TEST

START_TEST(lookup_places)
{
    const wt_gz_entry *e;
    e = wt_gz_lookup(g_gz, "Beijing", 7, WT_GZ_PLACE);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->iso2, "CN");
    ck_assert_str_eq(e->tz, "Asia/Shanghai");
    e = wt_gz_lookup(g_gz, "JAKARTA", 7, WT_GZ_PLACE);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->iso2, "ID");
    ck_assert_str_eq(e->province, "ID-JK");
    ck_assert_str_eq(e->tz, "Asia/Jakarta");
    e = wt_gz_lookup(g_gz, "Makassar", 8, WT_GZ_PLACE);
    ck_assert_str_eq(e->province, "ID-SN");
    ck_assert_str_eq(e->tz, "Asia/Makassar");
    e = wt_gz_lookup(g_gz, "Jayapura", 8, WT_GZ_PLACE);
    ck_assert_str_eq(e->province, "ID-PA");
    ck_assert_str_eq(e->tz, "Asia/Jayapura");
    e = wt_gz_lookup(g_gz, "NEW YORK", 8, WT_GZ_PLACE);
    ck_assert_str_eq(e->iso2, "US");
    ck_assert_str_eq(e->tz, "America/New_York");
    e = wt_gz_lookup(g_gz, "New Delhi", 9, 0);
    ck_assert_str_eq(e->iso2, "IN");
    ck_assert_str_eq(e->tz, "Asia/Kolkata");
    e = wt_gz_lookup(g_gz, "Himalaya", 8, 0);
    ck_assert_int_eq(e->kind, WT_GZ_PLACE);
    /* the 2022 Papua provinces */
    e = wt_gz_lookup(g_gz, "Papua Tengah", 12, WT_GZ_PLACE);
    ck_assert_str_eq(e->province, "ID-PT");
    e = wt_gz_lookup(g_gz, "Papua Barat Daya", 16, WT_GZ_PLACE);
    ck_assert_str_eq(e->province, "ID-PD");
    /* short forms resolve to the province, named in full */
    e = wt_gz_lookup(g_gz, "Sulsel", 6, WT_GZ_PLACE);
    ck_assert_str_eq(e->province, "ID-SN");
    ck_assert_str_eq(e->name, "Sulawesi Selatan");
    /* kind filter and absent names */
    ck_assert_ptr_null(wt_gz_lookup(g_gz, "Beijing", 7, WT_GZ_ORG));
    ck_assert_ptr_null(wt_gz_lookup(g_gz, "Atlantis Baru", 13, 0));
    ck_assert_ptr_null(wt_gz_lookup(g_gz, "New", 3, 0));
    ck_assert_ptr_null(wt_gz_lookup(g_gz, "", 0, 0));
    /* lookups ignore the case rules: an acronym in lower case is found */
    e = wt_gz_lookup(g_gz, "pbb", 3, WT_GZ_ORG);
    ck_assert_str_eq(e->name, "Perserikatan Bangsa-Bangsa");
}
END_TEST

START_TEST(every_province)
{
    /* the 38 ISO 3166-2:ID codes, each with a province entry and a zone */
    static const char *const codes[] = {
        "AC", "SU", "SB", "RI", "KR", "JA", "SS", "BB", "BE", "LA", "JK", "JB", "BT",
        "JT", "YO", "JI", "BA", "NB", "NT", "KB", "KT", "KS", "KI", "KU", "SA", "ST",
        "SN", "SG", "GO", "SR", "MA", "MU", "PA", "PB", "PD", "PE", "PS", "PT"};
    static const char *const names[] = {
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
        "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "Jakarta",
        "Jawa Barat", "Banten", "Jawa Tengah", "Daerah Istimewa Yogyakarta", "Jawa Timur",
        "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat",
        "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
        "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara",
        "Gorontalo", "Sulawesi Barat", "Maluku", "Maluku Utara", "Papua", "Papua Barat",
        "Papua Barat Daya", "Papua Pegunungan", "Papua Selatan", "Papua Tengah"};
    size_t i;
    for (i = 0; i < 38; i++) {
        const wt_gz_entry *e = wt_gz_lookup(g_gz, names[i], strlen(names[i]), WT_GZ_PLACE);
        char want[8];
        snprintf(want, sizeof want, "ID-%s", codes[i]);
        ck_assert_msg(e != NULL, "no %s", names[i]);
        ck_assert_str_eq(e->province, want);
        ck_assert_ptr_nonnull(e->tz);
    }
    ck_assert_str_eq(wt_gz_lookup(g_gz, "Maluku", 6, WT_GZ_PLACE)->tz, "Asia/Jayapura");
    ck_assert_str_eq(wt_gz_lookup(g_gz, "Kalimantan Timur", 16, WT_GZ_PLACE)->tz,
                     "Asia/Makassar");
    ck_assert_str_eq(wt_gz_lookup(g_gz, "Kalimantan Barat", 16, WT_GZ_PLACE)->tz,
                     "Asia/Pontianak");
    ck_assert_str_eq(wt_gz_lookup(g_gz, "Sumatera Utara", 14, WT_GZ_PLACE)->tz,
                     "Asia/Jakarta");
}
END_TEST

START_TEST(user_data)
{
    /* Senaru, a village of Lombok Utara (Nusa Tenggara Barat) the compiled
     * data lacks; liputan6-0053's Sembalun (a kecamatan of Lombok Timur) is
     * compiled in since districts.tsv */
    const char *user = "# my additions\n"
                       "place\tSenaru\tiso2=ID\tprovince=ID-NB\ttz=Asia/Makassar\tsubkind=district\n"
                       "\n"
                       "org\tBadan Contoh Nasional\tacronym=BCN\tiso2=ID\r\n"
                       "country\tNegeri Tirai Bambu\tiso2=CN\n";
    wt_gazetteer *gz = NULL;
    warta_error err;
    m_result r;
    const wt_gz_entry *e;
    const char *s;
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(wt_gz_new(&g_al, user, strlen(user), &gz, &err), WARTA_OK);
    ck_assert_uint_gt(wt_gz_size(gz), wt_gz_size(g_gz));
    s = "Pengunjung biasanya hanya numpang tidur (di Desa Sembalun), besoknya berangkat";
    r = match_at(g_gz, s, "Sembalun"); /* compiled in: districts.tsv */
    e = find_kind(&r, WT_GZ_PLACE);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->province, "ID-NB");
    ck_assert_str_eq(e->subkind, "district");
    s = "Pengunjung biasanya hanya numpang tidur (di Desa Senaru), besoknya berangkat";
    ck_assert_uint_eq(match_at(g_gz, s, "Senaru").ntok, 0); /* not compiled in */
    r = match_at(gz, s, "Senaru");
    ck_assert_uint_eq(r.ntok, 1);
    e = find_kind(&r, WT_GZ_PLACE);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->iso2, "ID");
    ck_assert_str_eq(e->province, "ID-NB");
    ck_assert_str_eq(e->tz, "Asia/Makassar");
    ck_assert_str_eq(e->subkind, "district");
    r = match_at(gz, "menurut BCN kemarin", "BCN");
    ck_assert_str_eq(find_kind(&r, WT_GZ_ORG)->name, "Badan Contoh Nasional");
    r = match_at(gz, "hubungan dengan Negeri Tirai Bambu", "Negeri");
    ck_assert_uint_eq(r.ntok, 3);
    ck_assert_str_eq(find_kind(&r, WT_GZ_COUNTRY)->iso3, "CHN");
    wt_gz_free(gz);
}
END_TEST

START_TEST(user_data_errors)
{
    static const struct {
        const char *text;
        long offset;
    } bad[] = {
        {"place\tGarstang\tiso2=GB\nplace\tX\tiso2=gb\n", 23},
        {"place\tA\n# note\nplanet\tMars\n", 15},
        {"place\tA\nplace\n", 8},
        {"org\tA\tacronym\n", 0},
        {"place\tA\tprovince=JK\n", 0},
        {"country\tNarnia\n", 0},
        {"place\tA\tcolour=red\n", 0},
        {"place\tA\n\nplace\t\n", 9},
        {"place\tA\ttz=Asia Jakarta\n", 0},
        {"place\tB\nplace\tA\xff\n", 8},
    };
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        wt_gazetteer *gz = (wt_gazetteer *)&i;
        warta_error err;
        memset(&err, 0, sizeof err);
        ck_assert_int_eq(wt_gz_new(&g_al, bad[i].text, strlen(bad[i].text), &gz, &err),
                         WARTA_EDATA);
        ck_assert_ptr_null(gz);
        ck_assert_int_eq(err.code, WARTA_EDATA);
        ck_assert_msg(err.offset == bad[i].offset, "case %zu: offset %lld, want %ld (%s)", i,
                      (long long)err.offset, bad[i].offset, err.message);
    }
}
END_TEST

/* An allocator that fails the Nth allocation and counts live blocks. */
typedef struct fail_al {
    long n, fail_at, live;
} fail_al;

static void *f_malloc(size_t n, void *user)
{
    fail_al *f = user;
    if (++f->n == f->fail_at)
        return NULL;
    f->live++;
    return malloc(n);
}

static void *f_realloc(void *p, size_t o, size_t n, void *user)
{
    fail_al *f = user;
    void *q;
    (void)o;
    if (++f->n == f->fail_at)
        return NULL;
    q = realloc(p, n);
    if (!p && q)
        f->live++;
    return q;
}

static void f_free(void *p, void *user)
{
    fail_al *f = user;
    if (p)
        f->live--;
    free(p);
}

START_TEST(enomem)
{
    const char *user = "place\tSenaru\tiso2=ID\n";
    long k;
    int ok = 0;
    for (k = 1; k < 100000 && !ok; k++) {
        fail_al f = {0, k, 0};
        warta_allocator a = {f_malloc, f_realloc, f_free, &f};
        wt_alloc al;
        wt_gazetteer *gz = NULL;
        warta_error err;
        int rc;
        wt_alloc_init(&al, &a);
        memset(&err, 0, sizeof err);
        rc = wt_gz_new(&al, user, strlen(user), &gz, &err);
        if (rc == WARTA_OK) {
            ok = 1;
            ck_assert_ptr_nonnull(wt_gz_lookup(gz, "Senaru", 6, WT_GZ_PLACE));
            wt_gz_free(gz);
        } else {
            ck_assert_msg(rc == WARTA_ENOMEM, "fail at %ld: rc %d", k, rc);
            ck_assert_int_eq(err.code, WARTA_ENOMEM);
            ck_assert_ptr_null(gz);
        }
        ck_assert_msg(f.live == 0, "fail at %ld: %ld blocks leaked", k, f.live);
    }
    ck_assert(ok);
    printf("gazetteer: succeeded from allocation %ld on\n", k - 1);
}
END_TEST

/* A user gazetteer of many keys dense in tokens (every byte of
 * `Ukey1(x)(y)...` after the word is a token): more trie nodes than
 * wt_gz_new() reserves from the data's size, so the node array and its
 * slot table grow while building; then every allocation failed in turn
 * on that path returns WARTA_ENOMEM with nothing leaked. */
static char *dense_user(size_t nlines, size_t *len)
{
    size_t cap = nlines * 64 + 1, n = 0, i;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    for (i = 0; i < nlines; i++)
        n += (size_t)snprintf(s + n, cap - n, "place\tUkey%zu(x)(y)(z)(w)(v)(u)(t)(s)\n", i);
    *len = n;
    return s;
}

START_TEST(user_data_dense)
{
    size_t len, base;
    char *user = dense_user(3000, &len);
    wt_gazetteer *gz = NULL;
    warta_error err;
    const wt_gz_entry *e;
    long k;
    int ok = 0;
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(wt_gz_new(&g_al, user, len, &gz, &err), WARTA_OK);
    base = wt_gz_size(g_gz);
    ck_assert_uint_eq(wt_gz_size(gz), base + 3000);
    e = wt_gz_lookup(gz, "Ukey2999(x)(y)(z)(w)(v)(u)(t)(s)", 32, WT_GZ_PLACE);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Ukey2999(x)(y)(z)(w)(v)(u)(t)(s)");
    ck_assert_ptr_null(wt_gz_lookup(gz, "Ukey3000(x)(y)(z)(w)(v)(u)(t)(s)", 32, WT_GZ_PLACE));
    ck_assert_ptr_nonnull(wt_gz_lookup(gz, "Jakarta", 7, WT_GZ_PLACE));
    wt_gz_free(gz);
    for (k = 1; k < 100000 && !ok; k++) {
        fail_al f = {0, k, 0};
        warta_allocator a = {f_malloc, f_realloc, f_free, &f};
        wt_alloc al;
        int rc;
        gz = NULL;
        wt_alloc_init(&al, &a);
        memset(&err, 0, sizeof err);
        rc = wt_gz_new(&al, user, len, &gz, &err);
        if (rc == WARTA_OK) {
            ok = 1;
            ck_assert_uint_eq(wt_gz_size(gz), base + 3000);
            wt_gz_free(gz);
        } else {
            ck_assert_msg(rc == WARTA_ENOMEM, "fail at %ld: rc %d", k, rc);
            ck_assert_ptr_null(gz);
        }
        ck_assert_msg(f.live == 0, "fail at %ld: %ld blocks leaked", k, f.live);
    }
    ck_assert(ok);
    free(user);
}
END_TEST

START_TEST(creation_time)
{
    struct timespec a, b;
    wt_gazetteer *gz = NULL;
    double best = 1e9;
    int i;
    for (i = 0; i < 5; i++) {
        double ms;
        clock_gettime(CLOCK_MONOTONIC, &a);
        ck_assert_int_eq(wt_gz_new(&g_al, NULL, 0, &gz, NULL), WARTA_OK);
        clock_gettime(CLOCK_MONOTONIC, &b);
        ms = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
        if (ms < best)
            best = ms;
        if (i == 0)
            printf("gazetteer: first wt_gz_new %.3f ms\n", ms);
        wt_gz_free(gz);
    }
    printf("gazetteer: wt_gz_new best of 5 %.3f ms, %zu keys\n", best, wt_gz_size(g_gz));
}
END_TEST

static Suite *gazetteer_suite(void)
{
    Suite *s = suite_create("gazetteer");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, countries_china);
    tcase_add_test(tc, countries_case_rules);
    tcase_add_test(tc, longest_match);
    tcase_add_test(tc, titles_ranks);
    tcase_add_test(tc, word_classes);
    tcase_add_test(tc, word_classes_all_lists);
    tcase_add_test(tc, word_classes_collisions);
    tcase_add_test(tc, word_classes_given);
    tcase_add_test(tc, word_classes_key_starts);
    tcase_add_test(tc, lookup_places);
    tcase_add_test(tc, every_province);
    tcase_add_test(tc, user_data);
    tcase_add_test(tc, user_data_errors);
    tcase_add_test(tc, enomem);
    tcase_add_test(tc, user_data_dense);
    tcase_add_test(tc, creation_time);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(gazetteer_suite());
}
