/* Check suite for names: the learned guess at capitalised runs no rule
 * typed (WARTA_PARSE_GUESS_NAMES). Sentences are quoted from the corpus
 * (../shared/corpus/articles); what each asserts was read by hand against
 * its article. The model's compiled table is checked as data. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "names.h"
#include "testutil.h"

static warta_article *parse_flags(warta_context *ctx, const char *text, int flags)
{
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a = NULL;
    warta_error err;
    po.flags = flags;
    ck_assert_int_eq(warta_parse(ctx, text, strlen(text), &po, &a, &err), WARTA_OK);
    return a;
}

/* the entity named name in the body, or NULL */
static const warta_entity *entity_named(const warta_article *a, const char *name)
{
    size_t i, n = warta_article_entity_count(a);
    for (i = 0; i < n; i++) {
        const warta_entity *e = warta_article_entity(a, i);
        if (strcmp(warta_entity_name(e), name) == 0)
            return e;
    }
    return NULL;
}

static size_t guessed_count(const warta_article *a)
{
    size_t i, k = 0, n = warta_article_entity_count(a);
    for (i = 0; i < n; i++)
        k += (size_t)warta_entity_guessed(warta_article_entity(a, i));
    return k;
}

/* The compiled table keeps gen_namemodel's promises, which
 * wt_names_lookup() relies on: a power-of-two capacity at least twice the
 * rows, each key found at its own slot, free slots (key 0) without
 * weights, every row with a weight. The trained file has thousands of
 * rows. */
START_TEST(model_table_is_a_full_hash_table)
{
    size_t i, used = 0;
    ck_assert_uint_gt(wt_names_model_len, 5000);
    ck_assert_uint_eq(wt_names_model_cap & (wt_names_model_cap - 1), 0);
    ck_assert_uint_ge(wt_names_model_cap, 2 * wt_names_model_len);
    for (i = 0; i < wt_names_model_cap; i++) {
        const wt_names_row *r = &wt_names_model[i];
        if (!r->key) {
            ck_assert(!r->w[0] && !r->w[1] && !r->w[2] && !r->w[3]);
            continue;
        }
        used++;
        ck_assert(r->w[0] || r->w[1] || r->w[2] || r->w[3]);
        ck_assert_ptr_eq(wt_names_lookup(r->key), r);
        /* the key next to it, when free, is no row */
        if (!wt_names_model[(i + 1) & (wt_names_model_cap - 1)].key && r->key + 1 &&
            !wt_names_model[(size_t)(r->key + 1) & (wt_names_model_cap - 1)].key)
            ck_assert_ptr_null(wt_names_lookup(r->key + 1));
    }
    ck_assert_uint_eq(used, wt_names_model_len);
    ck_assert_ptr_null(wt_names_lookup(0));
}
END_TEST

/* No keys: no type. One key repeated until its lead over NONE passes the
 * margin: that key's type. */
START_TEST(classify_follows_the_weights)
{
    size_t i, best = 0, n;
    int32_t lead = 0, score = -1;
    uint64_t keys[WT_NAMES_MAX_KEYS] = {0};
    ck_assert_int_eq(wt_names_classify(keys, 0, &score), WT_NAMES_NONE);
    ck_assert_int_eq(score, 0);
    for (i = 0; i < wt_names_model_cap; i++) {
        const wt_names_row *r = &wt_names_model[i];
        int32_t d = r->w[WT_NAMES_PERSON] - r->w[WT_NAMES_NONE];
        if (d > lead && d > r->w[WT_NAMES_PLACE] - r->w[WT_NAMES_NONE] &&
            d > r->w[WT_NAMES_ORG] - r->w[WT_NAMES_NONE]) {
            lead = d;
            best = i;
        }
    }
    ck_assert_int_gt(lead, 0);
    n = (size_t)(WT_NAMES_MARGIN / lead) + 1;
    ck_assert_uint_le(n, WT_NAMES_MAX_KEYS);
    for (i = 0; i < n; i++)
        keys[i] = wt_names_model[best].key;
    ck_assert_int_eq(wt_names_classify(keys, n, &score), WT_NAMES_PERSON);
    ck_assert_int_eq(score, lead * (int32_t)n);
    if (n > 1) /* one fewer stays within the margin */
        ck_assert_int_eq(wt_names_classify(keys, n - 1, NULL), WT_NAMES_NONE);
}
END_TEST

/* The keys of a run depend on the run and its neighbours, not on where the
 * text sits: the same words give the same keys at another offset; another
 * word before the run changes some keys, not the run's own. */
START_TEST(features_are_the_runs_own)
{
    static const char a[] = "Santoso kemudian menolong Marsudi dan membawanya ke RS.";
    static const char b[] = "Lalu Santoso kemudian menolong Marsudi dan membawanya ke RS.";
    static const char c[] = "Santoso kemudian memeluk Marsudi dan membawanya ke RS.";
    wt_arena ar;
    wt_alloc al;
    wt_tokens ta, tb, tc;
    uint64_t ka[WT_NAMES_MAX_KEYS], kb[WT_NAMES_MAX_KEYS], kc[WT_NAMES_MAX_KEYS];
    size_t na, nb, nc, i, same = 0;
    wt_names_cls cls = {0, 0, 0, 0};
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
    ck_assert_int_eq(wt_tokenize(&ar, a, 0, sizeof a - 1, &ta), WARTA_OK);
    ck_assert_int_eq(wt_tokenize(&ar, b, 0, sizeof b - 1, &tb), WARTA_OK);
    ck_assert_int_eq(wt_tokenize(&ar, c, 0, sizeof c - 1, &tc), WARTA_OK);
    /* `Marsudi` is token 3 of a and c, 4 of b */
    na = wt_names_features(a, ta.t, ta.n, 3, 4, &cls, ka);
    nb = wt_names_features(b, tb.t, tb.n, 4, 5, &cls, kb);
    nc = wt_names_features(c, tc.t, tc.n, 3, 4, &cls, kc);
    ck_assert_uint_eq(na, nb);
    for (i = 0; i < na; i++)
        ck_assert(ka[i] == kb[i]); /* two words back is still `kemudian` */
    ck_assert_uint_eq(na, nc);
    for (i = 0; i < na; i++)
        same += ka[i] == kc[i];
    /* the word before differs: F_PREV, F_PREV2, F_PREV_FIRST */
    ck_assert_uint_eq(same, na - 3);
    /* word classes add keys, one per bit */
    cls.prev = 0x5; /* two bits */
    ck_assert_uint_eq(wt_names_features(a, ta.t, ta.n, 3, 4, &cls, ka), na + 2);
    /* a run of the longest length with every class bit stays in bounds */
    cls.prev = cls.first = cls.last = cls.next = ~UINT64_C(0);
    ck_assert_uint_le(wt_names_features(a, ta.t, ta.n, 0, 8, &cls, ka), WT_NAMES_MAX_KEYS);
    wt_arena_release(&ar);
}
END_TEST

/* antara-0189: a basketball report. `Kristaps` and `Porzingis` are in no
 * list and no cue types them, so only the guess finds Kristaps Porzingis, a
 * person; the box score after it has the rules' persons (given names). Off
 * by default. (Chosen for a guess that holds over retraining: models of 8,
 * 10, 12 and 15 epochs and the three last rule states of round 13 all type
 * it; round 13 retraining lost the earlier example, `Derrick White` of the
 * same article, to the margin, as round 12 lost antara-0119's `Jonny
 * Buckland`.) */
START_TEST(guess_finds_a_name_in_no_list)
{
    static const char text[] =
        "Bintang baru Celtics, Kristaps Porzingis tampil di bawah performa dengan hanya "
        "mencetak 9 poin. Sementara Jayson Tatum mencetak 29 poin untuk Celtics, Jaylen Brown "
        "18 poin, Derrick White 16 poin, dan Luke Kornet 12 poin.";
    warta_context *ctx = tu_context();
    warta_article *off = parse_flags(ctx, text, 0);
    warta_article *on = parse_flags(ctx, text, WARTA_PARSE_GUESS_NAMES);
    const warta_entity *e;
    int64_t s, en;
    ck_assert_ptr_null(entity_named(off, "Kristaps Porzingis"));
    ck_assert_uint_eq(guessed_count(off), 0);
    ck_assert_ptr_nonnull(entity_named(off, "Luke Kornet"));
    e = entity_named(on, "Kristaps Porzingis");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(warta_entity_type(e), WARTA_ENTITY_PERSON);
    ck_assert_int_eq(warta_entity_guessed(e), 1);
    ck_assert_int_eq(warta_entity_mention(e, 0, &s, &en), WARTA_OK);
    ck_assert_int_eq(s, tu_find(text, sizeof text - 1, "Kristaps", 0));
    ck_assert_int_eq(en - s, (int64_t)strlen("Kristaps Porzingis"));
    /* the rules' persons are theirs, and all in the order of the text
     * (the team first: `Celtics` is in the gazetteer since round 17) */
    ck_assert_int_eq(warta_entity_guessed(entity_named(on, "Jaylen Brown")), 0);
    ck_assert_str_eq(warta_entity_name(warta_article_entity(on, 0)), "Boston Celtics");
    ck_assert_str_eq(warta_entity_name(warta_article_entity(on, 1)), "Kristaps Porzingis");
    ck_assert_str_eq(warta_entity_name(warta_article_entity(on, 2)), "Jayson Tatum");
    warta_article_free(off);
    warta_article_free(on);
    warta_context_free(ctx);
}
END_TEST

/* JSON marks the guess (antara-0189's Kristaps Porzingis, as above); a
 * rule's entity carries no such key: other-0006 (a bridge collapse in
 * Taiwan), `Wartono (29)`, a worker's name with his age, which the name
 * model guessed until the rules read an age in brackets (round 13). */
START_TEST(guess_in_json)
{
    static const char text[] =
        "Bintang baru Celtics, Kristaps Porzingis tampil di bawah performa dengan hanya "
        "mencetak 9 poin. Pemerintah melalui Kementerian Ketenagakerjaan memfasilitasi "
        "kepulangan tiga Pekerja Migran Indonesia yakni Ersona (32), Domiri (28) dan Wartono "
        "(29), korban runtuhnya jembatan lintas pelabuhan Nanfang Ao, di Yilan, Taiwan, Selasa "
        "(1/10/2019) lalu.";
    warta_context *ctx = tu_context();
    warta_article *a = parse_flags(ctx, text, WARTA_PARSE_GUESS_NAMES);
    const warta_entity *e = entity_named(a, "Wartono");
    char *json = NULL;
    size_t len = 0;
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(warta_entity_type(e), WARTA_ENTITY_PERSON);
    ck_assert_int_eq(warta_entity_guessed(e), 0);
    ck_assert_int_eq(warta_article_to_json(a, 0, &json, &len, NULL), WARTA_OK);
    ck_assert_ptr_nonnull(strstr(json, "\"name\":\"Kristaps Porzingis\",\"title\":null,"
                                       "\"affiliation\":null,\"guessed\":true,\"mentions\""));
    /* a rule's entity carries no such key */
    ck_assert_ptr_nonnull(strstr(json, "\"name\":\"Wartono\",\"title\":null,\"affiliation\":null,"
                                       "\"mentions\""));
    ck_assert_ptr_null(strstr(json, "\"name\":\"Pekerja Migran Indonesia\",\"acronym\":null,"
                                    "\"guessed\""));
    warta_free(json);
    warta_article_free(a);
    warta_context_free(ctx);
}
END_TEST

typedef struct traced {
    size_t start[16], end[16], n;
} traced;

static void on_run(void *u, size_t start, size_t end, const uint64_t *keys, size_t nk)
{
    traced *t = u;
    ck_assert_uint_gt(nk, 0);
    ck_assert_ptr_nonnull(keys);
    if (t->n < 16) {
        t->start[t->n] = start;
        t->end[t->n] = end;
    }
    t->n++;
}

static int traced_has(const traced *t, const char *text, const char *run)
{
    size_t i;
    long at = tu_find(text, strlen(text), run, 0);
    for (i = 0; i < t->n && i < 16; i++)
        if ((long)t->start[i] == at && t->end[i] - t->start[i] == strlen(run))
            return 1;
    return 0;
}

/* What is never scored: a title between quotation marks (a work, no
 * entity: `"Hari Baru"`, `“My Precious”`), a run a rule typed (`RAN`, the
 * band, once it is known), a facility (`Stadion Utama Gelora Bung Karno`),
 * a time expression (`Juli`, `Rabu malam`). */
START_TEST(trace_skips_what_the_guidelines_leave_out)
{
    /* antara-0013 (RAN's anniversary), antara-0084 (a Thai actor's visit),
     * antara-0191 (Coldplay in Jakarta) */
    static const char t1[] = "Setelahnya, RAN meluncurkan album \"Friday\" (2009), \"Hop3\" (2011), "
                             "\"Hari Baru\" (2013), dan \"RAN\" (2016).";
    static const char t2[] =
        "Ini nantinya menjadi kunjungan ketiga kalinya Nanon ke Jakarta setelah konser sekaligus "
        "jumpa penggemar pada September lalu dan gala premiere film \xE2\x80\x9CMy "
        "Precious\xE2\x80\x9D di Jakarta pada Juli.";
    static const char t3[] =
        "Grup band asal Inggris, Coldplay, membuka konser perdananya di Indonesia, tepatnya di "
        "Stadion Utama Gelora Bung Karno (GBK) Jakarta, Rabu malam, dengan lagu andalan "
        "\xE2\x80\x9CHigher Power\xE2\x80\x9D.";
    warta_context *ctx = tu_context();
    warta_article *a = NULL;
    warta_error err;
    traced t;
    memset(&t, 0, sizeof t);
    ck_assert_int_eq(wt_parse_names_trace(ctx, t1, sizeof t1 - 1, NULL, on_run, &t, &a, &err),
                     WARTA_OK);
    ck_assert(!traced_has(&t, t1, "Hari Baru"));
    ck_assert(!traced_has(&t, t1, "Friday"));
    ck_assert(traced_has(&t, t1, "Setelahnya")); /* scored (and found no name) */
    ck_assert_uint_eq(guessed_count(a), 0);        /* a trace types nothing */
    warta_article_free(a);
    memset(&t, 0, sizeof t);
    ck_assert_int_eq(wt_parse_names_trace(ctx, t2, sizeof t2 - 1, NULL, on_run, &t, &a, &err),
                     WARTA_OK);
    ck_assert(!traced_has(&t, t2, "My Precious"));
    ck_assert(!traced_has(&t, t2, "Juli"));
    ck_assert(!traced_has(&t, t2, "September"));
    warta_article_free(a);
    memset(&t, 0, sizeof t);
    ck_assert_int_eq(wt_parse_names_trace(ctx, t3, sizeof t3 - 1, NULL, on_run, &t, &a, &err),
                     WARTA_OK);
    ck_assert(!traced_has(&t, t3, "Stadion Utama Gelora Bung Karno"));
    ck_assert(!traced_has(&t, t3, "Rabu"));
    ck_assert(!traced_has(&t, t3, "Higher Power"));
    warta_article_free(a);
    warta_context_free(ctx);
}
END_TEST

/* Related headlines are never guessed: a title-case headline is all
 * capitals. The seed article keeps its related items' entities the same
 * with and without the flag. */
START_TEST(related_headlines_are_not_guessed)
{
    size_t len, i, j;
    char *seed = tu_seed(&len);
    warta_context *ctx;
    warta_article *off, *on;
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    warta_error err;
    if (!seed)
        return;
    ctx = tu_context();
    ck_assert_int_eq(warta_parse(ctx, seed, len, NULL, &off, &err), WARTA_OK);
    po.flags = WARTA_PARSE_GUESS_NAMES;
    ck_assert_int_eq(warta_parse(ctx, seed, len, &po, &on, &err), WARTA_OK);
    ck_assert_uint_eq(warta_article_related_count(on), warta_article_related_count(off));
    ck_assert_uint_gt(warta_article_related_count(on), 0);
    for (i = 0; i < warta_article_related_count(on); i++) {
        const warta_related *r = warta_article_related(on, i);
        for (j = 0; j < warta_related_entity_count(r); j++)
            ck_assert_int_eq(warta_entity_guessed(warta_related_entity(r, j)), 0);
    }
    warta_article_free(off);
    warta_article_free(on);
    warta_context_free(ctx);
    free(seed);
}
END_TEST

static Suite *names_suite(void)
{
    Suite *s = suite_create("names");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, model_table_is_a_full_hash_table);
    tcase_add_test(tc, classify_follows_the_weights);
    tcase_add_test(tc, features_are_the_runs_own);
    tcase_add_test(tc, guess_finds_a_name_in_no_list);
    tcase_add_test(tc, guess_in_json);
    tcase_add_test(tc, trace_skips_what_the_guidelines_leave_out);
    tcase_add_test(tc, related_headlines_are_not_guessed);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(names_suite());
}
