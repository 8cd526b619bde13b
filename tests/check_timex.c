/* Tests of the timex module: ISO 8601 parsing/formatting, page stamps,
 * time expressions of body text (module level, with a hand-built parse, and
 * through the public API on the seed article), and the dev set
 * tests/data/timex_dev.tsv.
 *
 * Corpus sentences are quoted in part (single sentences or phrases) with the
 * file they come from; every expected value was checked by hand against the
 * text, the reference and a calendar. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "model.h"
#include "text.h"
#include "timex.h"
#include "token.h"
#include "testutil.h"

/* ---- a hand-built parse (module level) ------------------------------- */

enum { HP_MAXPARA = 64 };

typedef struct hparse {
    warta_context *ctx;
    warta_article art;
    wt_parse p;
    wt_tokens tk[HP_MAXPARA];
} hparse;

/* An empty parse of text[0..len): no reference, no paragraphs yet. */
static void hp_reset(hparse *h, warta_context *ctx, const char *text, size_t len)
{
    memset(h, 0, sizeof *h);
    h->ctx = ctx;
    h->art.ctx = ctx;
    wt_arena_init(&h->art.arena, &ctx->al);
    h->art.input_len = len;
    h->p.ctx = ctx;
    h->p.s = text;
    h->p.n = len;
    h->p.art = &h->art;
}

/* Set up a parse of text[0..len) with no paragraphs yet. */
static void hp_init(hparse *h, warta_context *ctx, const char *text, size_t len,
                    const char *ref)
{
    hp_reset(h, ctx, text, len);
    if (ref)
        ck_assert_int_eq(wt_iso_parse(ref, strlen(ref), &h->p.ref), WARTA_OK);
}

static void hp_para(hparse *h, size_t start, size_t end)
{
    wt_span *sp;
    size_t i = h->art.paragraphs.len;
    ck_assert_uint_lt(i, HP_MAXPARA);
    sp = wt_vec_push(&h->art.arena, &h->art.paragraphs, sizeof *sp);
    ck_assert_ptr_nonnull(sp);
    sp->start = start;
    sp->end = end;
    ck_assert_int_eq(wt_tokenize(&h->art.arena, h->p.s, start, end, &h->tk[i]), WARTA_OK);
    h->p.para_tokens = h->tk;
}

static void hp_free(hparse *h)
{
    wt_arena_release(&h->art.arena);
}

static size_t hp_ntimes(const hparse *h)
{
    return h->art.times.len;
}

static const struct warta_timex *hp_time(const hparse *h, size_t i)
{
    ck_assert_uint_lt(i, h->art.times.len);
    return (const struct warta_timex *)h->art.times.data + i;
}

/* Run timex over one sentence (one paragraph) with an optional reference:
 * WARTA_OK, WARTA_EINVAL (a bad reference) or the failing step's status.
 * No Check assertion, so that --dev-dump can use it outside a test. */
static int hp_try_sentence(hparse *h, warta_context *ctx, const char *s, const char *ref)
{
    wt_span *sp;
    int rc;
    hp_reset(h, ctx, s, strlen(s));
    if (ref && wt_iso_parse(ref, strlen(ref), &h->p.ref) != WARTA_OK)
        return WARTA_EINVAL;
    sp = wt_vec_push(&h->art.arena, &h->art.paragraphs, sizeof *sp);
    if (!sp)
        return WARTA_ENOMEM;
    sp->start = 0;
    sp->end = h->p.n;
    rc = wt_tokenize(&h->art.arena, s, 0, h->p.n, &h->tk[0]);
    if (rc != WARTA_OK)
        return rc;
    h->p.para_tokens = h->tk;
    return wt_timex_run(&h->p);
}

static void hp_sentence(hparse *h, warta_context *ctx, const char *s, const char *ref)
{
    ck_assert_int_eq(hp_try_sentence(h, ctx, s, ref), WARTA_OK);
}

static void check_time(const struct warta_timex *t, const char *text, const char *value,
                       int gran)
{
    ck_assert_str_eq(t->text, text);
    if (value)
        ck_assert_msg(t->value && strcmp(t->value, value) == 0, "%s: value %s, expected %s",
                      text, t->value ? t->value : "(null)", value);
    else
        ck_assert_msg(t->value == NULL, "%s: value %s, expected NULL", text, t->value);
    ck_assert_msg(t->granularity == gran, "%s: granularity %d, expected %d", text,
                  t->granularity, gran);
}

/* ---- ISO 8601 ----------------------------------------------------------- */

/* 2024-11-16T00:00:00Z is 1731715200 s after the epoch. */
#define T_20241116 INT64_C(1731715200)

START_TEST(test_iso_parse)
{
    wt_instant in;
    ck_assert_int_eq(wt_iso_parse("2024-11-16", 10, &in), WARTA_OK);
    ck_assert_int_eq(in.has, 1);
    ck_assert_int_eq(in.date_only, 1);
    ck_assert_int_eq(in.offset_min, 420);
    ck_assert_int_eq(in.utc_ms, (T_20241116 - 7 * 3600) * 1000);

    ck_assert_int_eq(wt_iso_parse("2024-11-16T16:25:00+07:00", 25, &in), WARTA_OK);
    ck_assert_int_eq(in.date_only, 0);
    ck_assert_int_eq(in.offset_min, 420);
    ck_assert_int_eq(in.utc_ms, (T_20241116 + 9 * 3600 + 25 * 60) * 1000);

    ck_assert_int_eq(wt_iso_parse("2024-11-16T09:25Z", 17, &in), WARTA_OK);
    ck_assert_int_eq(in.offset_min, 0);
    ck_assert_int_eq(in.utc_ms, (T_20241116 + 9 * 3600 + 25 * 60) * 1000);

    ck_assert_int_eq(wt_iso_parse("2024-11-16T16:25:00.250+0700", 28, &in), WARTA_OK);
    ck_assert_int_eq(in.utc_ms, (T_20241116 + 9 * 3600 + 25 * 60) * 1000 + 250);

    /* no zone: WIB */
    ck_assert_int_eq(wt_iso_parse("2024-11-16T16:25", 16, &in), WARTA_OK);
    ck_assert_int_eq(in.offset_min, 420);
    ck_assert_int_eq(in.utc_ms, (T_20241116 + 9 * 3600 + 25 * 60) * 1000);

    ck_assert_int_eq(wt_iso_parse("2023-05-05T12:00:00+08:00", 25, &in), WARTA_OK);
    ck_assert_int_eq(in.offset_min, 480);
    ck_assert_int_eq(wt_iso_parse("2024-11-16T04:25:00-05:00", 25, &in), WARTA_OK);
    ck_assert_int_eq(in.offset_min, -300);
    ck_assert_int_eq(in.utc_ms, (T_20241116 + 9 * 3600 + 25 * 60) * 1000);
    ck_assert_int_eq(wt_iso_parse("2024-02-29", 10, &in), WARTA_OK);
}
END_TEST

START_TEST(test_iso_reject)
{
    static const char *bad[] = {
        "", "2024", "2024-11", "2024-13-01", "2023-02-29", "2024-11-31", "2024/11/16",
        "2024-11-16T24:00", "2024-11-16T16:60", "2024-11-16T16:25:00+07",
        "2024-11-16T16:25:00+07:00x", "2024-11-16x", "abc", "2024-11-16T16:25:00 WIB",
        "2024-11-16T16", "2024-11-16T16:25:61", "2024-11-16T16:25:00.", "16 November 2024",
        "2024-11-16T16:25:00+25:00", "2024-1-16"};
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        wt_instant in;
        in.has = 1;
        ck_assert_msg(wt_iso_parse(bad[i], strlen(bad[i]), &in) == WARTA_EINVAL, "accepted %s",
                      bad[i]);
        ck_assert_int_eq(in.has, 0);
    }
}
END_TEST

static void iso_round(wt_arena *ar, const char *in_s, const char *want)
{
    wt_instant in;
    char *out;
    ck_assert_int_eq(wt_iso_parse(in_s, strlen(in_s), &in), WARTA_OK);
    out = wt_iso_format(ar, &in);
    ck_assert_ptr_nonnull(out);
    ck_assert_str_eq(out, want);
}

START_TEST(test_iso_format)
{
    warta_context *ctx = tu_context();
    wt_arena ar;
    wt_arena_init(&ar, &ctx->al);
    iso_round(&ar, "2024-11-16T16:25:00+07:00", "2024-11-16T16:25:00+07:00");
    iso_round(&ar, "2024-11-16T09:25:00Z", "2024-11-16T09:25:00+00:00");
    iso_round(&ar, "2024-11-16T16:25", "2024-11-16T16:25:00+07:00");
    iso_round(&ar, "2024-11-16", "2024-11-16");
    iso_round(&ar, "2023-12-31T23:30:00-01:00", "2023-12-31T23:30:00-01:00");
    iso_round(&ar, "2020-01-01T00:10:00+0530", "2020-01-01T00:10:00+05:30");
    iso_round(&ar, "1969-12-31T23:59:59Z", "1969-12-31T23:59:59+00:00");
    wt_arena_release(&ar);
    warta_context_free(ctx);
}
END_TEST

/* ---- stamps ------------------------------------------------------------- */

static int stamp(warta_context *ctx, const char *s, const char *ref, const char **iso,
                 hparse *h)
{
    hp_init(h, ctx, s, strlen(s), ref);
    return wt_timex_stamp(&h->p, 0, strlen(s), iso);
}

static void stamp_ok(warta_context *ctx, const char *s, const char *ref, const char *want)
{
    hparse h;
    const char *iso = NULL;
    int rc = stamp(ctx, s, ref, &iso, &h);
    ck_assert_msg(rc == 1, "not a stamp: %s (%d)", s, rc);
    ck_assert_msg(strcmp(iso, want) == 0, "%s -> %s, expected %s", s, iso, want);
    hp_free(&h);
}

static void stamp_no(warta_context *ctx, const char *s, const char *ref)
{
    hparse h;
    const char *iso = NULL;
    int rc = stamp(ctx, s, ref, &iso, &h);
    ck_assert_msg(rc == 0, "taken as a stamp: %s -> %s", s, iso ? iso : "?");
    hp_free(&h);
}

START_TEST(test_stamp_seed)
{
    /* the eight `Berita Lainnya` stamps of the seed article */
    static const char *const seed[][2] = {
        {"16 November 2024 16:25 WIB", "2024-11-16T16:25:00+07:00"},
        {"16 November 2024 16:10 WIB", "2024-11-16T16:10:00+07:00"},
        {"16 November 2024 15:57 WIB", "2024-11-16T15:57:00+07:00"},
        {"16 November 2024 15:49 WIB", "2024-11-16T15:49:00+07:00"},
        {"16 November 2024 15:25 WIB", "2024-11-16T15:25:00+07:00"},
        {"16 November 2024 15:10 WIB", "2024-11-16T15:10:00+07:00"},
        {"16 November 2024 14:49 WIB", "2024-11-16T14:49:00+07:00"},
        {"16 November 2024 14:01 WIB", "2024-11-16T14:01:00+07:00"}};
    warta_context *ctx = tu_context();
    size_t i;
    for (i = 0; i < 8; i++)
        stamp_ok(ctx, seed[i][0], NULL, seed[i][1]);
    warta_context_free(ctx);
}
END_TEST

START_TEST(test_stamp_forms)
{
    warta_context *ctx = tu_context();
    /* SOURCES.tsv source_date_field styles */
    stamp_ok(ctx, "Sabtu, 16 November 2024 16:25 WIB", NULL, "2024-11-16T16:25:00+07:00");
    stamp_ok(ctx, "Jum'at, 01 Mei 2020 - 16:45 WIB", NULL, "2020-05-01T16:45:00+07:00");
    stamp_ok(ctx, "Jumat, 1 Desember 2023 20:21 WIB", NULL, "2023-12-01T20:21:00+07:00");
    stamp_ok(ctx, "Senin 11 Mei 2020 13:21 WIB", NULL, "2020-05-11T13:21:00+07:00");
    stamp_ok(ctx, "Senin, 21 Januari 2019 / 19:20 WIB", NULL, "2019-01-21T19:20:00+07:00");
    stamp_ok(ctx, "  Kamis, 30 November 2023 21:07 WITA \n", NULL, "2023-11-30T21:07:00+08:00");
    stamp_ok(ctx, "Kamis, 30 November 2023 21:07 WIT", NULL, "2023-11-30T21:07:00+09:00");
    stamp_ok(ctx, "16 Nov 2024 16.25 WIB", NULL, "2024-11-16T16:25:00+07:00");
    stamp_ok(ctx, "16 November 2024", NULL, "2024-11-16");
    /* day first (dev-gold README): 02-4-2022 and 2-4-2022 are 2 April 2022 */
    stamp_ok(ctx, "02-4-2022", NULL, "2022-04-02");
    stamp_ok(ctx, "2-4-2022", NULL, "2022-04-02");
    stamp_ok(ctx, "25-3-2022", NULL, "2022-03-25");
    stamp_ok(ctx, "2023-10-19 22:32:00", NULL, "2023-10-19T22:32:00+07:00");
    stamp_ok(ctx, "2024-11-16T16:25:00+07:00", NULL, "2024-11-16T16:25:00+07:00");
    /* the zone's name for the `T` (issue 3's example), its offset implied */
    stamp_ok(ctx, "2019-09-28WIB19:17:34+07:00", NULL, "2019-09-28T19:17:34+07:00");
    stamp_ok(ctx, "2019-09-28WITA19:17", NULL, "2019-09-28T19:17:00+08:00");
    stamp_ok(ctx, "2019-09-28wit19:17:34", NULL, "2019-09-28T19:17:34+09:00");
    stamp_no(ctx, "2019-09-28WIBX19:17", NULL);
    stamp_no(ctx, "2019-09-28WIB25:17", NULL);
    /* relative stamps need the reference */
    stamp_ok(ctx, "2 jam lalu", "2024-11-16T16:25:00+07:00", "2024-11-16T14:25:00+07:00");
    stamp_ok(ctx, "30 menit lalu", "2024-11-16T16:25:00+07:00", "2024-11-16T15:55:00+07:00");
    stamp_ok(ctx, "3 jam yang lalu", "2024-11-16T01:00:00+07:00", "2024-11-15T22:00:00+07:00");
    stamp_ok(ctx, "2 hari lalu", "2024-11-16T16:25:00+07:00", "2024-11-14");
    stamp_no(ctx, "2 jam lalu", NULL);
    /* not one stamp */
    stamp_no(ctx, "Berita Lainnya", NULL);
    stamp_no(ctx, "16 November 2024 16:25 WIB oleh", NULL);
    stamp_no(ctx, "Presiden Prabowo: APEC harus jadi model solidaritas", NULL);
    stamp_no(ctx, "31 November 2024 16:25 WIB", NULL);
    stamp_no(ctx, "16 November 2024 25:25 WIB", NULL);
    stamp_no(ctx, "", NULL);
    warta_context_free(ctx);
}
END_TEST

/* ---- the seed, module level ------------------------------------------- */

static const struct {
    const char *text, *value;
    int gran;
} SEED_TIMES[6] = {
    {"Kamis waktu setempat", "2023-05-04", WARTA_GRAN_DAY},
    {"Pekan lalu", "2023-W17", WARTA_GRAN_WEEK},
    {"Jumat", "2023-05-05", WARTA_GRAN_DAY},
    {"Juli mendatang", "2023-07", WARTA_GRAN_MONTH},
    {"2020", "2020", WARTA_GRAN_YEAR},
    {"Bulan lalu", "2023-04", WARTA_GRAN_MONTH},
};

START_TEST(test_seed_module)
{
    size_t len, i;
    char *text = tu_seed(&len);
    warta_context *ctx;
    hparse h;
    long body, stop;
    if (!text)
        return;
    ctx = tu_context();
    /* body: after the dateline `Beijing (ANTARA) - `, up to the first
     * `Baca juga:` line; one paragraph per line */
    body = tu_find(text, len, "(ANTARA) - ", 0);
    stop = tu_find(text, len, "Baca juga:", 0);
    ck_assert(body > 0 && stop > body);
    body += (long)strlen("(ANTARA) - ");
    hp_init(&h, ctx, text, len, "2023-05-05T12:00:00+08:00");
    {
        size_t a = (size_t)body, b;
        while (a < (size_t)stop) {
            b = a;
            while (b < (size_t)stop && text[b] != '\n')
                b++;
            if (b > a)
                hp_para(&h, a, b);
            a = b + 1;
        }
    }
    ck_assert_int_eq(wt_timex_run(&h.p), WARTA_OK);
    ck_assert_uint_eq(hp_ntimes(&h), 6);
    for (i = 0; i < 6; i++) {
        const struct warta_timex *t = hp_time(&h, i);
        check_time(t, SEED_TIMES[i].text, SEED_TIMES[i].value, SEED_TIMES[i].gran);
        ck_assert_int_eq(t->anchored, i != 4); /* all but `2020` used the reference */
    }
    hp_free(&h);
    warta_context_free(ctx);
    free(text);
}
END_TEST

/* ---- the seed through the public API ------------------------------------ */

START_TEST(test_seed_api)
{
    size_t len, i;
    char *text = tu_seed(&len);
    warta_context *ctx;
    warta_article *a;
    if (!text)
        return;
    ctx = tu_context();
    a = tu_parse(ctx, text, len, "2023-05-05T12:00:00+08:00");
    ck_assert_uint_gt(warta_article_paragraph_count(a), 0);
    {
        ck_assert_uint_eq(warta_article_time_count(a), 6);
        for (i = 0; i < 6; i++) {
            const warta_timex *t = warta_article_time(a, i);
            int64_t s, e;
            ck_assert_ptr_nonnull(t);
            ck_assert_str_eq(warta_timex_text(t), SEED_TIMES[i].text);
            ck_assert_str_eq(warta_timex_value(t), SEED_TIMES[i].value);
            ck_assert_int_eq(warta_timex_granularity(t), SEED_TIMES[i].gran);
            ck_assert_int_eq(warta_timex_span(t, &s, &e), WARTA_OK);
            ck_assert_int_eq(e - s, (int64_t)strlen(SEED_TIMES[i].text));
            ck_assert(memcmp(text + s, SEED_TIMES[i].text, (size_t)(e - s)) == 0);
            ck_assert_ptr_null(warta_timex_end_value(t));
        }
    }
    warta_article_free(a);
    warta_context_free(ctx);
    free(text);
}
END_TEST

/* ---- single sentences from the corpus ------------------------------------ */

START_TEST(test_sentences)
{
    warta_context *ctx = tu_context();
    hparse h;

    /* okezone-0152.txt, reference 2020-05-11T19:17 WIB: date + clock, one
     * expression */
    hp_sentence(&h, ctx,
                "MEDAN \xe2\x80\x93 Sebanyak 22 orang terluka akibat kebakaran kapal tanker di "
                "Pelabuhan Belawan, Kota Medan pada Senin (11/5/2020) pukul 08.30 WIB.",
                "2020-05-11T19:17:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "Senin (11/5/2020) pukul 08.30 WIB", "2020-05-11T08:30:00+07:00",
               WARTA_GRAN_MINUTE);
    hp_free(&h);

    /* antara-0104.txt: a clock range; 19 November 2023 pukul 10.00-20.00 WIB */
    hp_sentence(&h, ctx,
                "Pameran JICAF masih dapat dikunjungi hingga 19 November 2023 pukul 10.00-20.00 "
                "WIB dengan tiket masuk seharga Rp60.",
                "2023-11-16T19:41:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "19 November 2023 pukul 10.00-20.00 WIB",
               "2023-11-19T10:00:00+07:00", WARTA_GRAN_MINUTE);
    ck_assert_str_eq(hp_time(&h, 0)->end_value, "2023-11-19T20:00:00+07:00");
    hp_free(&h);

    /* detik-0083.txt, reference 2020-03-25T01:58 WIB (Wednesday) */
    hp_sentence(&h, ctx, "Mereka akan beroperasi kembali pada hari Kamis (26/3/2020) pukul 06.00 WIB.",
                "2020-03-25T01:58:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "hari Kamis (26/3/2020) pukul 06.00 WIB",
               "2020-03-26T06:00:00+07:00", WARTA_GRAN_MINUTE);
    hp_free(&h);
    /* detik-0083.txt: a clock with no day named before it takes the
     * reference's day (the port closed at midnight of 25 March 2020) */
    hp_sentence(&h, ctx,
                "Tepat pukul 00.00 WIB, Pelabuhan Ketapang Banyuwangi ditutup sementara untuk "
                "menghormati umat Hindu di Bali memperingati Hari Raya Nyepi 2020.",
                "2020-03-25T01:58:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "pukul 00.00 WIB", "2020-03-25T00:00:00+07:00", WARTA_GRAN_MINUTE);
    ck_assert_int_eq(hp_time(&h, 0)->anchored, 1);
    check_time(hp_time(&h, 1), "2020", "2020", WARTA_GRAN_YEAR);
    hp_free(&h);
    /* cnn-0053.txt (no reference): a bare clock takes the day the text
     * named before it (the broadcast of Wednesday 10 September 2025); the
     * glued `TVmalam ini` is not found */
    hp_sentence(&h, ctx,
                "Bioskop Trans TVmalam ini, Rabu 10 September 2025, akan menayangkan The Dark "
                "Tower (2017) pukul 21.00 WIB.",
                NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 3);
    check_time(hp_time(&h, 0), "Rabu 10 September 2025", "2025-09-10", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 1), "2017", "2017", WARTA_GRAN_YEAR);
    check_time(hp_time(&h, 2), "pukul 21.00 WIB", "2025-09-10T21:00:00+07:00", WARTA_GRAN_MINUTE);
    ck_assert_int_eq(hp_time(&h, 2)->anchored, 0);
    hp_free(&h);

    /* the seed's sentence `Qin pada Kamis waktu setempat di India` with a
     * clock added (constructed): local time of India, +05:30 */
    ck_assert_ptr_nonnull(wt_gz_lookup(ctx->gz, "India", 5, 0));
    {
        hp_sentence(&h, ctx, "Qin pada Kamis pukul 10.00 waktu setempat di India bertemu dengan para menteri.",
                    "2023-05-05T12:00:00+08:00");
        ck_assert_uint_eq(hp_ntimes(&h), 1);
        check_time(hp_time(&h, 0), "Kamis pukul 10.00 waktu setempat",
                   "2023-05-04T10:00:00+05:30", WARTA_GRAN_MINUTE);
        hp_free(&h);
    }

    /* the same constructed sentence in countries with several zones:
     * Malaysia's two zones share +08:00; Germany's two share one offset,
     * +02:00 in May (summer time, from ICU's rules); the United States span
     * several offsets, so `waktu setempat` there gets none */
    {
        static const struct {
            const char *s, *value;
        } cases[] = {
            {"Qin pada Kamis pukul 10.00 waktu setempat di Malaysia bertemu dengan para menteri.",
             "2023-05-04T10:00:00+08:00"},
            {"Qin pada Kamis pukul 10.00 waktu setempat di Jerman bertemu dengan para menteri.",
             "2023-05-04T10:00:00+02:00"},
            {"Qin pada Kamis pukul 10.00 waktu setempat di Amerika Serikat bertemu dengan para "
             "menteri.",
             "2023-05-04T10:00:00"},
        };
        size_t k;
        for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
            hp_sentence(&h, ctx, cases[k].s, "2023-05-05T12:00:00+08:00");
            ck_assert_uint_eq(hp_ntimes(&h), 1);
            check_time(hp_time(&h, 0), "Kamis pukul 10.00 waktu setempat", cases[k].value,
                       WARTA_GRAN_MINUTE);
            hp_free(&h);
        }
    }

    /* antara-0032.txt: year-less date in brackets with `waktu setempat`;
     * reference Selasa, 28 November 2023 */
    hp_sentence(&h, ctx, "Soompipada Selasa (28/11) waktu setempat melaporkan NMIXX baru saja merilis "
                "teaser singkat mengenai pengumuman comeback mereka yang akan datang.",
                "2023-11-28T11:13:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "Selasa (28/11) waktu setempat", "2023-11-28", WARTA_GRAN_DAY);
    ck_assert_int_eq(hp_time(&h, 0)->anchored, 1);
    hp_free(&h);

    /* antara-0032.txt: `waktu setempat` with a known zone (the dateline's,
     * set by hand here: the release is in Seoul) shows that zone's offset */
    {
        const char *s = "Mereka akan segera merilis album mini \xe2\x80\x9c" "Fe3O4: BREAK\xe2\x80\x9d "
                        "pada 15 Januari 2024 pukul 18:00 waktu setempat.";
        hp_init(&h, ctx, s, strlen(s), "2023-11-28T11:13:00+07:00");
        h.art.dateline.tz = "Asia/Seoul";
        hp_para(&h, 0, strlen(s));
        ck_assert_int_eq(wt_timex_run(&h.p), WARTA_OK);
        ck_assert_uint_eq(hp_ntimes(&h), 1);
        check_time(hp_time(&h, 0), "15 Januari 2024 pukul 18:00 waktu setempat",
                   "2024-01-15T18:00:00+09:00", WARTA_GRAN_MINUTE);
        hp_free(&h);
        /* no zone known: no offset */
        hp_sentence(&h, ctx, s, "2023-11-28T11:13:00+07:00");
        check_time(hp_time(&h, 0), "15 Januari 2024 pukul 18:00 waktu setempat",
                   "2024-01-15T18:00:00", WARTA_GRAN_MINUTE);
        hp_free(&h);
    }

    /* detik-0070.txt, reference 2020-02-01T09:02 WIB: part of day */
    hp_sentence(&h, ctx, "\"Saya pikir, ya, Belanda masih jauh,\" kata Juru Bicara Gerindra, "
                "Habiburokhman saat dihubungi detikcom, Jumat (31/1/2020) malam.",
                "2020-02-01T09:02:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "Jumat (31/1/2020) malam", "2020-01-31TNI",
               WARTA_GRAN_PART_OF_DAY);
    hp_free(&h);

    /* antara-0121.txt, reference Senin, 4 Desember 2023 11:08 WIB */
    hp_sentence(&h, ctx, "Kereta Api Indonesia Daop 6 mengalihkan rute perjalanan akibat longsor yang "
                "terjadi di KM 340+100 antara Stasiun Karanggandul-Karangsaridi Kabupaten "
                "Banyumas, Jawa Tengah, Senin dini hari.",
                "2023-12-04T11:08:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "Senin dini hari", "2023-12-04TNI", WARTA_GRAN_PART_OF_DAY);
    hp_free(&h);

    /* liputan6-0071.txt, reference 2022-03-25 (Friday): 3 weeks before is
     * Friday 4 March 2022, ISO week 9 */
    hp_sentence(&h, ctx, "Jadi sekitar tiga minggu lalu Kota Mariupol telah terputus dari listrik, air, "
                "makanan, obat-obatan.",
                "2022-03-25");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "tiga minggu lalu", "2022-W09", WARTA_GRAN_WEEK);
    hp_free(&h);

    /* detik-0117.txt, reference 02-4-2022 (Saturday, ISO week 13) */
    hp_sentence(&h, ctx, "Seorang pejabat tinggi Perserikatan Bangsa-Bangsa (PBB) akan mengunjungi "
                "Moskow, Rusia akhir pekan ini untuk mengupayakan \"gencatan senjata "
                "kemanusiaan\" di Ukraina.",
                "2022-04-02");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "akhir pekan ini", "2022-W13-WE", WARTA_GRAN_WEEKEND);
    hp_free(&h);

    /* other-0090.txt, reference Jum'at, 01 Mei 2020: 24 April is week 17 */
    hp_sentence(&h, ctx, "Ketua Federasi Serikat Pekerja Metal Indonesia (FSPMI) Kota Depok Wido "
                "Pratikno menuturkan aksi sosial ini sudah dilakukan sejak sepekan lalu.",
                "2020-05-01T16:15:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "sepekan lalu", "2020-W17", WARTA_GRAN_WEEK);
    hp_free(&h);

    /* antara-0026.txt, reference Kamis, 30 November 2023: `Jum'at (1/12)`
     * takes the reference's year */
    hp_sentence(&h, ctx, "Adapun, skema tarif promo tersebut diberlakukan mulai Jum'at (1/12).",
                "2023-11-30T20:41:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "Jum'at (1/12)", "2023-12-01", WARTA_GRAN_DAY);
    hp_free(&h);

    /* kompas-0150.txt: a document number is not a time */
    hp_sentence(&h, ctx,
                "Salah satunya dengan menerbitkan Peraturan Menteri ESDM Nomor 49 Tahun 2018 "
                "Tentang Penggunaan Sistem Pembangkit Listrik Tenaga Surya (PLTS) Atap bagi "
                "Konsumen PLN.",
                "2019-01-10");
    ck_assert_uint_eq(hp_ntimes(&h), 0);
    hp_free(&h);
    /* kompas-0150.txt */
    hp_sentence(&h, ctx,
                "Sementara untuk Pembangkit Listrik Tenaga Surya (PLTS) dan Pembangkit Listrik "
                "Tenaga Mikro Hidro (PLTMH), pada akhir 2018 mencapai 331,8 MW.",
                "2019-01-10");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "akhir 2018", "2018", WARTA_GRAN_YEAR);
    hp_free(&h);
    /* kompas-0033.txt: a date inside a university's name is not a time */
    hp_sentence(&h, ctx, "Sosiolog yang juga Rektor Universitas 17 Agustus 1945 Banyuwangi Andang "
                "Subaharianto", "2020-03-10");
    ck_assert_uint_eq(hp_ntimes(&h), 0);
    hp_free(&h);

    /* okezone-0169.txt: durations are not times (two sentences) */
    hp_sentence(&h, ctx,
                "GARSTANG - Seorang ibu dan bayinya yang baru lahir diperbolehkan meninggalkan "
                "rumah sakit setelah menjalani perawatan selama 37 hari dan dinyatakan sembuh dari "
                "virus corona. Menurut rilis berita dari Blackpool Victoria Hospital, Dawson hamil "
                "32 minggu.",
                "2020-05-11T10:16:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 0);
    hp_free(&h);

    /* liputan6-0115.txt, reference Selasa, 29 Maret 2022 09:15 WIB */
    hp_sentence(&h, ctx, "Harga emas turun pada perdagangan hari Senin.",
                "2022-03-29T09:15:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "hari Senin", "2022-03-28", WARTA_GRAN_DAY);
    hp_free(&h);

    /* cnn-0053.txt: decade and a year range joined by a word */
    hp_sentence(&h, ctx, "dan satu buku anak kecil sejak era 1980-an hingga 2012.", NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "era 1980-an", "198", WARTA_GRAN_DECADE);
    check_time(hp_time(&h, 1), "2012", "2012", WARTA_GRAN_YEAR);
    hp_free(&h);

    warta_context_free(ctx);
}
END_TEST

START_TEST(test_no_reference)
{
    warta_context *ctx = tu_context();
    hparse h;
    const struct warta_timex *t;

    /* cnn-0078.txt (no reference): relative forms keep their meaning */
    hp_sentence(&h, ctx,
                "\"Jadi mereka akan mempertahankan harga dan berusaha membuatnya mungkin bagi "
                "orang untuk melakukan upgrade antara sekarang dan akhir tahun dengan harga yang "
                "sama seperti tahun lalu,\" lanjut dia.",
                NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    t = hp_time(&h, 0);
    check_time(t, "akhir tahun", NULL, WARTA_GRAN_YEAR);
    ck_assert_str_eq(t->relative, "P0Y");
    t = hp_time(&h, 1);
    check_time(t, "tahun lalu", NULL, WARTA_GRAN_YEAR);
    ck_assert_str_eq(t->relative, "P-1Y");
    ck_assert_int_eq(t->anchored, 0);
    hp_free(&h);
    /* cnn-0078.txt */
    hp_sentence(&h, ctx,
                "MelansirReuterspada Rabu (10/9), langkah tersebut mencerminkan tekad Apple untuk "
                "menjaga daya tarik produknya.",
                NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    t = hp_time(&h, 0);
    check_time(t, "Rabu (10/9)", NULL, WARTA_GRAN_DAY);
    ck_assert_str_eq(t->relative, "XXXX-09-10");
    hp_free(&h);
    /* cnn-0078.txt: self-contained, so valued without a reference */
    hp_sentence(&h, ctx,
                "Ini merupakan pertama kalinya Apple menurunkan harga iPhone sejak peluncuran "
                "iPhone 11 pada 2019.",
                NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    t = hp_time(&h, 0);
    check_time(t, "2019", "2019", WARTA_GRAN_YEAR);
    ck_assert_ptr_null(t->relative);
    ck_assert_int_eq(t->anchored, 0);
    hp_free(&h);

    /* the seed's `Pekan lalu` and `Juli mendatang` without a reference
     * (the two sentences shortened) */
    hp_sentence(&h, ctx,
                "Pekan lalu, Presiden China Xi Jinping berbicara langsung. Iran akan disahkan "
                "pada Juli mendatang, kata seorang pejabat.",
                NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "Pekan lalu", NULL, WARTA_GRAN_WEEK);
    ck_assert_str_eq(hp_time(&h, 0)->relative, "P-1W");
    check_time(hp_time(&h, 1), "Juli mendatang", NULL, WARTA_GRAN_MONTH);
    ck_assert_str_eq(hp_time(&h, 1)->relative, "XXXX-07");
    hp_free(&h);

    /* constructed from antara-0206.txt phrases: `kemarin`, and a clock with
     * no day */
    hp_sentence(&h, ctx, "Sudah diperiksa lengkap kemarin, sekitar pukul 20.42 WIB.", NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    ck_assert_str_eq(hp_time(&h, 0)->relative, "P-1D");
    check_time(hp_time(&h, 1), "pukul 20.42 WIB", NULL, WARTA_GRAN_MINUTE);
    ck_assert_str_eq(hp_time(&h, 1)->relative, "XXXX-XX-XXT20:42");
    hp_free(&h);
    warta_context_free(ctx);
}
END_TEST

START_TEST(test_day_names)
{
    warta_context *ctx = tu_context();
    hparse h;
    /* constructed sentence; reference Friday 2023-05-05 (the seed's): past
     * bias, future cues */
    hp_sentence(&h, ctx,
                "Ia tiba pada Senin, lalu rapat akan digelar Selasa dan Jumat depan, serta "
                "Minggu lalu dan pada Minggu.",
                "2023-05-05T12:00:00+08:00");
    ck_assert_uint_eq(hp_ntimes(&h), 5);
    check_time(hp_time(&h, 0), "Senin", "2023-05-01", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 1), "Selasa", "2023-05-09", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 2), "Jumat depan", "2023-05-12", WARTA_GRAN_DAY);
    /* `Minggu lalu` mid-sentence, capitalised: Sunday before the reference */
    check_time(hp_time(&h, 3), "Minggu lalu", "2023-04-30", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 4), "Minggu", "2023-04-30", WARTA_GRAN_DAY);
    hp_free(&h);

    /* constructed: minggu as a week */
    hp_sentence(&h, ctx, "Harga naik sejak minggu lalu dan 3 minggu lalu.",
                "2023-05-05T12:00:00+08:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "minggu lalu", "2023-W17", WARTA_GRAN_WEEK);
    check_time(hp_time(&h, 1), "3 minggu lalu", "2023-W15", WARTA_GRAN_WEEK);
    hp_free(&h);

    /* tribun-0109.txt: `Jum'at (1/3/2022)`: 1 March 2022 was a Tuesday; the
     * date wins and a warning is recorded */
    hp_sentence(&h, ctx, "benar bahwa BBM itu bersubsidi,\" kata Kapolres, Jum'at (1/3/2022).",
                "2022-04-02");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "Jum'at (1/3/2022)", "2022-03-01", WARTA_GRAN_DAY);
    ck_assert_uint_eq(h.art.warnings.len, 1);
    hp_free(&h);
    warta_context_free(ctx);
}
END_TEST

/* The lexicon's slot filter (lx->used) and its 8-byte keyword compare
 * (kw_match) never reject a keyword: every month name in three case
 * forms, far from the end of the text and near it, starts a date, upper-case day names
 * resolve like their title-case forms, and a relative phrase from the
 * corpus is found (expected values worked out by hand). */
START_TEST(test_keywords_pass_filter)
{
    static const char *const months[12] = {"Januari", "Februari", "Maret", "April",
                                           "Mei",     "Juni",     "Juli",  "Agustus",
                                           "September", "Oktober", "November", "Desember"};
    warta_context *ctx = tu_context();
    hparse h;
    size_t m, c, i;
    int found = 0;
    for (m = 0; m < 12; m++)
        for (c = 0; c < 3; c++) {
            char name[16], sent[64], text[32], value[16];
            size_t k, n = strlen(months[m]);
            for (k = 0; k <= n; k++) { /* c: 0 as written, 1 capitals, 2 small */
                char ch = months[m][k];
                name[k] = c == 1 && ch >= 'a' && ch <= 'z'   ? (char)(ch - 32)
                          : c == 2 && ch >= 'A' && ch <= 'Z' ? (char)(ch + 32)
                                                             : ch;
            }
            snprintf(text, sizeof text, "5 %s 2023", name);
            snprintf(value, sizeof value, "2023-%02d-05", (int)m + 1);
            /* the month name 16 bytes or more before the end (compared
             * 8 bytes at a time), then near the end (byte by byte) */
            snprintf(sent, sizeof sent, "Rapat digelar 5 %s 2023 di gedung DPR.", name);
            hp_sentence(&h, ctx, sent, "2023-12-01T12:00:00+07:00");
            ck_assert_uint_eq(hp_ntimes(&h), 1);
            check_time(hp_time(&h, 0), text, value, WARTA_GRAN_DAY);
            hp_free(&h);
            snprintf(sent, sizeof sent, "Rapat digelar 5 %s 2023.", name);
            hp_sentence(&h, ctx, sent, "2023-12-01T12:00:00+07:00");
            ck_assert_uint_eq(hp_ntimes(&h), 1);
            check_time(hp_time(&h, 0), text, value, WARTA_GRAN_DAY);
            hp_free(&h);
        }
    /* reference Friday 2023-05-05: the Monday and Tuesday before */
    hp_sentence(&h, ctx, "Ia tiba pada SENIN, lalu rapat digelar SELASA.",
                "2023-05-05T12:00:00+08:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "SENIN", "2023-05-01", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 1), "SELASA", "2023-05-02", WARTA_GRAN_DAY);
    hp_free(&h);
    /* antara-0020.txt; reference Friday 2023-12-01 (ISO week 48): the week
     * before is 2023-W47 */
    hp_sentence(&h, ctx,
                "Pembalap Repsol Honda Joan Mir mengungkapkan kondisi fisiknya sudah kian "
                "membaik setelah sempat crash pada hari pertama dan tidak bisa mengikuti babak "
                "pamungkas MotoGP Valencia, pekan lalu.",
                "2023-12-01T12:00:00+07:00");
    for (i = 0; i < hp_ntimes(&h); i++)
        if (strcmp(hp_time(&h, i)->text, "pekan lalu") == 0) {
            check_time(hp_time(&h, i), "pekan lalu", "2023-W47", WARTA_GRAN_WEEK);
            found = 1;
        }
    ck_assert(found);
    hp_free(&h);
    warta_context_free(ctx);
}
END_TEST

START_TEST(test_relative_forms)
{
    warta_context *ctx = tu_context();
    hparse h;
    /* constructed list of forms; reference Saturday 2024-11-16 16:25 WIB
     * (ISO week 46) */
    hp_sentence(&h, ctx,
                "Kemarin hujan, hari ini cerah, besok dan lusa mendung. Pekan depan, bulan depan, "
                "tahun depan, tahun ini, sebulan lalu, dua hari lalu, awal Desember, akhir "
                "November, tahun 2024, 15/11/2024, pukul 10.00 WIB, malam ini.",
                "2024-11-16T16:25:00+07:00");
    {
        static const struct {
            const char *text, *value;
            int gran;
        } want[] = {
            {"Kemarin", "2024-11-15", WARTA_GRAN_DAY},
            {"hari ini", "2024-11-16", WARTA_GRAN_DAY},
            {"besok", "2024-11-17", WARTA_GRAN_DAY},
            {"lusa", "2024-11-18", WARTA_GRAN_DAY},
            {"Pekan depan", "2024-W47", WARTA_GRAN_WEEK},
            {"bulan depan", "2024-12", WARTA_GRAN_MONTH},
            {"tahun depan", "2025", WARTA_GRAN_YEAR},
            {"tahun ini", "2024", WARTA_GRAN_YEAR},
            {"sebulan lalu", "2024-10", WARTA_GRAN_MONTH},
            {"dua hari lalu", "2024-11-14", WARTA_GRAN_DAY},
            {"awal Desember", "2024-12", WARTA_GRAN_MONTH},
            {"akhir November", "2024-11", WARTA_GRAN_MONTH},
            {"tahun 2024", "2024", WARTA_GRAN_YEAR},
            {"15/11/2024", "2024-11-15", WARTA_GRAN_DAY},
            /* a bare clock takes the last day named: 15/11/2024 */
            {"pukul 10.00 WIB", "2024-11-15T10:00:00+07:00", WARTA_GRAN_MINUTE},
            {"malam ini", "2024-11-16TNI", WARTA_GRAN_PART_OF_DAY},
        };
        size_t i, n = sizeof want / sizeof want[0];
        ck_assert_uint_eq(hp_ntimes(&h), n);
        for (i = 0; i < n; i++)
            check_time(hp_time(&h, i), want[i].text, want[i].value, want[i].gran);
    }
    hp_free(&h);
    /* a list of deictics is no apposition: `kemarin, hari ini` does not
     * make yesterday today (an apposition states a date: `hari ini, Sabtu
     * (16/11/2024)`) */
    hp_sentence(&h, ctx, "Rapat digelar kemarin, hari ini, besok dan lusa.",
                "2024-11-16T16:25:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 4);
    check_time(hp_time(&h, 0), "kemarin", "2024-11-15", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 1), "hari ini", "2024-11-16", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 2), "besok", "2024-11-17", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 3), "lusa", "2024-11-18", WARTA_GRAN_DAY);
    hp_free(&h);
    /* `tadi malam` and `semalam` before 18:00 are the night before
     * (tribun-0014, published 14:09: `trending di twitter sejak semalam`);
     * from 18:00 on, tonight */
    hp_sentence(&h, ctx, "Trending di twitter sejak semalam, lalu tadi malam.",
                "2022-12-31T14:09:12+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "semalam", "2022-12-30TNI", WARTA_GRAN_PART_OF_DAY);
    check_time(hp_time(&h, 1), "tadi malam", "2022-12-30TNI", WARTA_GRAN_PART_OF_DAY);
    hp_free(&h);
    hp_sentence(&h, ctx, "Banjir datang tadi malam.", "2022-12-31T21:30:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "tadi malam", "2022-12-31TNI", WARTA_GRAN_PART_OF_DAY);
    hp_free(&h);
    /* a clock's day after it (antara-0028, antara-0186; `kemarin`
     * constructed): it wins over the day named before */
    hp_sentence(&h, ctx, "Arus mudik Senin (11/11/2024) padat. Lalu pada pukul 10.39 WIB tadi, GT "
                         "Cibitung 8 arah Jakarta ditutup.", "2024-11-16T16:25:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 1), "pukul 10.39 WIB tadi", "2024-11-16T10:39:00+07:00",
               WARTA_GRAN_MINUTE);
    hp_free(&h);
    hp_sentence(&h, ctx, "Acara puncak anugerah yang dimulai pukul 19.30 WIB malam ini dan pukul "
                         "10.00 WIB kemarin.", "2024-11-16T16:25:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "pukul 19.30 WIB malam ini", "2024-11-16T19:30:00+07:00",
               WARTA_GRAN_MINUTE);
    check_time(hp_time(&h, 1), "pukul 10.00 WIB kemarin", "2024-11-15T10:00:00+07:00",
               WARTA_GRAN_MINUTE);
    hp_free(&h);
    /* GMT and UTC with an offset (issue 3's `GMT+7`), also the tokenizer's
     * one word `GMT-3` */
    {
        static const struct {
            const char *sentence, *text, *value;
        } z[] = {
            {"Gempa terjadi pukul 10.00 GMT+7 di Sulawesi.", "pukul 10.00 GMT+7",
             "2024-11-16T10:00:00+07:00"},
            {"Kejadian pukul 08.00 GMT+8 di Singapura.", "pukul 08.00 GMT+8",
             "2024-11-16T08:00:00+08:00"},
            {"Rapat pukul 08.00 UTC+05:30 di India.", "pukul 08.00 UTC+05:30",
             "2024-11-16T08:00:00+05:30"},
            {"Kejadian pukul 08.00 GMT-3 di Brasil.", "pukul 08.00 GMT-3",
             "2024-11-16T08:00:00-03:00"},
            {"Kejadian pukul 08.00 UTC-0300 di Brasil.", "pukul 08.00 UTC-0300",
             "2024-11-16T08:00:00-03:00"},
            {"Kejadian pukul 08.00 GMT di London.", "pukul 08.00 GMT",
             "2024-11-16T08:00:00+00:00"},
        };
        size_t i;
        for (i = 0; i < sizeof z / sizeof z[0]; i++) {
            hp_sentence(&h, ctx, z[i].sentence, "2024-11-16T16:25:00+07:00");
            ck_assert_uint_eq(hp_ntimes(&h), 1);
            check_time(hp_time(&h, 0), z[i].text, z[i].value, WARTA_GRAN_MINUTE);
            hp_free(&h);
        }
    }
    warta_context_free(ctx);
}
END_TEST

/* ---- allocation failures ------------------------------------------------ */

typedef struct failing {
    long count, fail_at, live;
} failing;

static void *f_malloc(size_t n, void *user)
{
    failing *f = user;
    void *p;
    if (f->count++ == f->fail_at)
        return NULL;
    p = malloc(n);
    if (p)
        f->live++;
    return p;
}

static void *f_realloc(void *ptr, size_t old_n, size_t new_n, void *user)
{
    failing *f = user;
    (void)old_n;
    if (f->count++ == f->fail_at)
        return NULL;
    if (!ptr)
        f->live++;
    return realloc(ptr, new_n);
}

static void f_free(void *ptr, void *user)
{
    failing *f = user;
    if (ptr)
        f->live--;
    free(ptr);
}

START_TEST(test_yearly_days)
{
    /* a day and month after `setiap`/`tiap` recurs every year: no date
     * (other-0039 `setiap 1 Mei` was 2020-05-01, antara-0292 `setiap
     * tanggal 29 November` 2023-11-29); `per 1 Januari` (as of) is a date,
     * and with a year written the date stays (constructed) */
    warta_context *ctx = tu_context();
    hparse h;
    hp_sentence(&h, ctx,
                "Hari Buruh diperingati setiap 1 Mei sebagai hari libur nasional. Hari "
                "Solidaritas jatuh pada setiap tanggal 29 November. Tiap 10 November kita "
                "memperingati Hari Pahlawan.",
                "2023-11-30T21:18:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 0);
    hp_free(&h);
    hp_sentence(&h, ctx, "Harga baru berlaku per 1 Januari, setiap 1 Januari 2024 tarif naik.",
                "2023-11-30T21:18:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "1 Januari", "2023-01-01", WARTA_GRAN_DAY);
    check_time(hp_time(&h, 1), "1 Januari 2024", "2024-01-01", WARTA_GRAN_DAY);
    hp_free(&h);
    warta_context_free(ctx);
}
END_TEST

START_TEST(test_glued_years)
{
    /* a year glued by the scraper to the next word (liputan6-0104: `18
     * Maret` without its year and value; tribun-0103: the day and the
     * time were two expressions) */
    warta_context *ctx = tu_context();
    hparse h;
    hp_sentence(&h, ctx,
                "Alfamart Bagikan 100 Botol Minyak Goreng Gratis pada 18 Maret 2022Beredar di "
                "media sosial postingan itu.",
                NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "18 Maret 2022", "2022-03-18", WARTA_GRAN_DAY);
    hp_free(&h);
    hp_sentence(&h, ctx, "Liga InggrisSabtu, 2 April 2022Pukul 18.30 WIB: Liverpool vs Watford",
                NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    /* `InggrisSabtu` (the league glued to the day name) stays one word */
    check_time(hp_time(&h, 0), "2 April 2022Pukul 18.30 WIB", "2022-04-02T18:30:00+07:00",
               WARTA_GRAN_MINUTE);
    hp_free(&h);
    warta_context_free(ctx);
}
END_TEST

START_TEST(test_quarters)
{
    /* quarters and halves of a year (kompas-0111 `kuartal IV 2018` was the
     * year 2018; other-0106 `semester II tahun ini` nothing; antara-0165
     * `semester pertama 2023`); a student's semester is no time
     * (constructed) */
    warta_context *ctx = tu_context();
    hparse h;
    hp_sentence(&h, ctx,
                "Ekonomi melambat pada kuartal IV 2018. Target tercapai pada semester II tahun "
                "ini, bahkan pada semester pertama 2023 dan triwulan 3 2021. Ia kuliah semester "
                "5 di kampus itu.",
                "2019-01-21T17:56:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 4);
    check_time(hp_time(&h, 0), "kuartal IV 2018", "2018-Q4", WARTA_GRAN_QUARTER);
    check_time(hp_time(&h, 1), "semester II tahun ini", "2019-H2", WARTA_GRAN_HALF_YEAR);
    ck_assert(hp_time(&h, 1)->anchored);
    check_time(hp_time(&h, 2), "semester pertama 2023", "2023-H1", WARTA_GRAN_HALF_YEAR);
    check_time(hp_time(&h, 3), "triwulan 3 2021", "2021-Q3", WARTA_GRAN_QUARTER);
    hp_free(&h);
    warta_context_free(ctx);
}
END_TEST

START_TEST(test_about_the_hour)
{
    /* `sekitar`/`sekira` before the hour of the same day: one expression
     * (detik-0108 `Selasa (24/3/2020) sekitar pukul 23.45 WIB` and
     * liputan6-0014 were two); alone it stays out of the expression */
    warta_context *ctx = tu_context();
    hparse h;
    hp_sentence(&h, ctx,
                "Kebakaran terjadi Selasa (24/3/2020) sekitar pukul 23.45 WIB. Pelaku ditangkap "
                "15 Maret 2019 sekira pukul 17.00 WIB.",
                "2020-03-25T10:00:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "Selasa (24/3/2020) sekitar pukul 23.45 WIB",
               "2020-03-24T23:45:00+07:00", WARTA_GRAN_MINUTE);
    check_time(hp_time(&h, 1), "15 Maret 2019 sekira pukul 17.00 WIB",
               "2019-03-15T17:00:00+07:00", WARTA_GRAN_MINUTE);
    hp_free(&h);
    hp_sentence(&h, ctx, "Ia tiba sekitar pukul 10.00 WIB.", "2020-03-25T12:00:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "pukul 10.00 WIB", "2020-03-25T10:00:00+07:00",
               WARTA_GRAN_MINUTE);
    hp_free(&h);
    warta_context_free(ctx);
}
END_TEST

START_TEST(test_alloc_failures)
{
    /* okezone-0152.txt and detik-0070.txt phrases: every allocation of
     * wt_timex_run fails in turn; each run returns WARTA_OK or
     * WARTA_ENOMEM and leaves nothing behind */
    static const char text[] = "Kota Medan pada Senin (11/5/2020) pukul 08.30 WIB, hari ini (11/5) "
                               "sekitar pukul 08.00 WIB, Jumat (1/3/2022), Jumat (31/1/2020) malam.";
    warta_context *real = tu_context();
    failing f = {0, -1, 0};
    warta_allocator ua = {f_malloc, f_realloc, f_free, &f};
    struct warta_context fctx;
    long k;
    int done = 0;
    memset(&fctx, 0, sizeof fctx);
    fctx.gz = real->gz;
    fctx.tlex = real->tlex;
    wt_alloc_init(&fctx.al, &ua);
    for (k = 0; k < 200 && !done; k++) {
        hparse h;
        int rc;
        f.count = 0;
        f.fail_at = -1;
        hp_init(&h, &fctx, text, sizeof text - 1, "2022-04-02");
        hp_para(&h, 0, sizeof text - 1);
        f.fail_at = f.count + k;
        rc = wt_timex_run(&h.p);
        ck_assert_msg(rc == WARTA_OK || rc == WARTA_ENOMEM, "rc %d at %ld", rc, k);
        if (rc == WARTA_OK) {
            ck_assert_uint_eq(hp_ntimes(&h), 5);
            done = 1;
        }
        hp_free(&h);
        ck_assert_int_eq(f.live, 0);
    }
    ck_assert(done);
    ck_assert_int_gt(k, 1); /* some allocations did fail */
    warta_context_free(real);
}
END_TEST

/* ---- ranges --------------------------------------------------------------- */

/* The one expression of sentence `text` (with `ref`): its text, start
 * value, end value (NULL: none) and granularity. */
static void check_range(warta_context *ctx, const char *text, const char *ref, const char *want,
                        const char *value, const char *end_value, int gran)
{
    hparse h;
    const struct warta_timex *t;
    hp_sentence(&h, ctx, text, ref);
    ck_assert_msg(hp_ntimes(&h) == 1, "%s: %zu expressions", want, hp_ntimes(&h));
    t = hp_time(&h, 0);
    check_time(t, want, value, gran);
    if (end_value)
        ck_assert_msg(t->end_value && strcmp(t->end_value, end_value) == 0,
                      "%s: end %s, expected %s", want, t->end_value ? t->end_value : "(null)",
                      end_value);
    else
        ck_assert_msg(t->end_value == NULL, "%s: end %s, expected none", want, t->end_value);
    hp_free(&h);
}

START_TEST(test_parts_of_this_month)
{
    /* a part of the reference's own month (antara-0025 `dirilis awal
     * November lalu` on 29 November 2023: Jungkook's album came out on 3
     * November 2023; antara-0150 `pertengahan Desember mendatang` on 1
     * December 2023 is this December), and a range whose cue dates its end
     * (liputan6-0120: PPKM level 2 from 22 March to 4 April 2022, written on
     * 29 March) */
    warta_context *ctx = tu_context();
    hparse h;
    hp_sentence(&h, ctx,
                "Album itu dirilis awal November lalu. Toko diluncurkan pada pertengahan "
                "Desember mendatang. Akhir November lalu ramai.",
                "2023-11-29T07:47:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 3);
    check_time(hp_time(&h, 0), "awal November lalu", "2023-11", WARTA_GRAN_MONTH);
    check_time(hp_time(&h, 1), "pertengahan Desember mendatang", "2023-12", WARTA_GRAN_MONTH);
    check_time(hp_time(&h, 2), "Akhir November lalu", "2023-11", WARTA_GRAN_MONTH);
    hp_free(&h);
    /* early in the month its end is still to come, last year's has passed */
    hp_sentence(&h, ctx, "Akhir November lalu ramai. Pertengahan Desember mendatang sepi.",
                "2023-12-25T10:00:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "Akhir November lalu", "2023-11", WARTA_GRAN_MONTH);
    check_time(hp_time(&h, 1), "Pertengahan Desember mendatang", "2024-12", WARTA_GRAN_MONTH);
    hp_free(&h);
    check_range(ctx, "Status ini berlaku mulai 22 Maret hingga 4 April mendatang.",
                "2022-03-29T09:43:00+07:00", "22 Maret hingga 4 April mendatang", "2022-03-22",
                "2022-04-04", WARTA_GRAN_DAY);
    warta_context_free(ctx);
}
END_TEST

START_TEST(test_ranges)
{
    warta_context *ctx = tu_context();
    hparse h;
    /* days of one month, with a dash or a word between them (detik-0008,
     * tribun-0060): one expression valued at the start, with its end */
    check_range(ctx, "Survei LSI Denny JA tersebut dilakukan pada 17-23 Desember 2023 terhadap "
                     "1.200 responden.", NULL,
                "17-23 Desember 2023", "2023-12-17", "2023-12-23", WARTA_GRAN_DAY);
    check_range(ctx, "Survei elektabilitas capres cawapres ini dilakukan pada tanggal 23 hingga "
                     "24 Desember 2023.", NULL,
                "tanggal 23 hingga 24 Desember 2023", "2023-12-23", "2023-12-24", WARTA_GRAN_DAY);
    /* across months: with `hingga` (antara-0006), a dash glued to the
     * month (`November-4`, one token: kompas-0020) and across years
     * (antara-0091) */
    check_range(ctx, "Jakarta (ANTARA) - Federasi Panjat Tebing Indonesia (FPTI) DKI Jakarta "
                     "menggelar Kejuaraan Panjat Tebing Provinsi DKI Jakarta 2023, mulai 30 "
                     "November hingga 3 Desember 2023, untuk menjaring atlet muda.", NULL,
                "30 November hingga 3 Desember 2023", "2023-11-30", "2023-12-03",
                WARTA_GRAN_DAY);
    check_range(ctx, "Berdasarkan survei yang berlangsung pada 29 November-4 Desember 2023 itu, "
                     "Prabowo-Gibran memperoleh elektabilitas 39,3 persen.", NULL,
                "29 November-4 Desember 2023", "2023-11-29", "2023-12-04", WARTA_GRAN_DAY);
    check_range(ctx, "Direktur Utama AP I Faik Fahmi mengatakan perseroan telah menyiapkan posko "
                     "Nataru yang beroperasi 18 Desember 2023-4 Januari 2024, di mana.", NULL,
                "18 Desember 2023-4 Januari 2024", "2023-12-18", "2024-01-04", WARTA_GRAN_DAY);
    /* no year written: both ends from the reference (liputan6-0120) */
    check_range(ctx, "Perpanjangan status PPKM ini berlaku mulai 22 Maret hingga 4 April "
                     "mendatang.", "2022-03-21T10:00:00+07:00",
                "22 Maret hingga 4 April mendatang", "2022-03-22", "2022-04-04", WARTA_GRAN_DAY);
    /* the start's year from the end's (constructed: a December start, a
     * January end) */
    check_range(ctx, "Posko dibuka 28 Desember - 2 Januari 2024.", NULL,
                "28 Desember - 2 Januari 2024", "2023-12-28", "2024-01-02", WARTA_GRAN_DAY);
    /* months (antara-0092, kompas-0143) */
    check_range(ctx, "Berdasarkan data BPS di sepanjang Januari hingga Oktober 2023, angka "
                     "kunjungan wisman ke Kepri mencapai 1,2 juta orang.", NULL,
                "Januari hingga Oktober 2023", "2023-01", "2023-10", WARTA_GRAN_MONTH);
    check_range(ctx, "Suku bunga kebijakan moneter Bank Indonesia naik sepanjang Mei hingga "
                     "November 2019.", NULL,
                "Mei hingga November 2019", "2019-05", "2019-11", WARTA_GRAN_MONTH);
    /* a day name with its date at each end (liputan6-0128, tribun-0103:
     * the end's part of the day is in the text, not in the value) */
    check_range(ctx, "Operasi tangkap tangan yang dilakukan tim penindakan KPK pada Rabu, 5 "
                     "Januari 2022 hingga Kamis, 6 Januari 2022 di Bekasi.", NULL,
                "Rabu, 5 Januari 2022 hingga Kamis, 6 Januari 2022", "2022-01-05", "2022-01-06",
                WARTA_GRAN_DAY);
    check_range(ctx, "Sejumlah laga menarik dari Liga Inggris hingga Liga Jerman, Sabtu (2/4/2022) "
                     "hingga Minggu (3/4/2022) dini hari WIB.", NULL,
                "Sabtu (2/4/2022) hingga Minggu (3/4/2022) dini hari WIB", "2022-04-02",
                "2022-04-03", WARTA_GRAN_DAY);
    /* weekdays (antara-0116, written on Sunday 3 December 2023): the
     * Saturday before and the Sunday after it; on workdays (antara-0026)
     * a weekly recurrence, no day */
    check_range(ctx, "Aditama memulai balapan dari posisi kedelapan di Sirkuit Internasional "
                     "Chang, Buriram, Thailand, Sabtu-Minggu.", "2023-12-03T18:00:00+07:00",
                "Sabtu-Minggu", "2023-12-02", "2023-12-03", WARTA_GRAN_DAY);
    check_range(ctx, "Pertama, hari kerja Senin-Jumat pada jam sibuk.", "2023-12-03T18:00:00+07:00",
                "Senin-Jumat", NULL, NULL, WARTA_GRAN_DAY);
    hp_sentence(&h, ctx, "Setiap Senin-Kamis ada rapat.", "2023-12-03T18:00:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 0); /* not `Kamis` alone */
    hp_free(&h);
    /* years: a dash (antara-0080; an em dash, other-0102), a glued slash
     * (antara-0091), a word and `tahun` again (antara-0224) */
    check_range(ctx, "Lalu, strategi jangka menengah tahun 2026-2030 dengan penggantian bahan "
                     "bakar.", NULL,
                "tahun 2026-2030", "2026", "2030", WARTA_GRAN_YEAR);
    check_range(ctx, "Kemudian pada 2017\xe2\x80\x94" "2018 Mitsubishi UFJ Financial Group (MUFG) "
                     "menjadi pemegang saham mayoritas.", NULL,
                "2017\xe2\x80\x94" "2018", "2017", "2018", WARTA_GRAN_YEAR);
    check_range(ctx, "Strategi menghadapi peningkatan trafik di periode libur Natal dan Tahun Baru "
                     "(Nataru) 2023/2024.", NULL,
                "2023/2024", "2023", "2024", WARTA_GRAN_YEAR);
    check_range(ctx, "Kurun waktu kebijakan SYL untuk memungut hingga menerima setoran tersebut "
                     "berlangsung dari tahun 2020 sampai 2023.", NULL,
                "tahun 2020 sampai 2023", "2020", "2023", WARTA_GRAN_YEAR);
    /* years that fall, and a count after the word: no range */
    check_range(ctx, "Skor 2023-2021 aneh.", NULL, "2023-2021", "2023", NULL, WARTA_GRAN_YEAR);
    check_range(ctx, "Pada tahun 2020 hingga 2023 orang datang.", NULL, "tahun 2020", "2020", NULL,
                WARTA_GRAN_YEAR);
    /* clock times: the zone after the end is the start's too
     * (okezone-0086), `sampai dengan pukul` (liputan6-0044), the zone
     * glued to the dash (`WIB-09`, one token: kompas-0037), past midnight
     * (okezone-0121) */
    check_range(ctx, "Waktu operasional bus AKAP di terminal itu hanya berlaku dari pukul 13.00 "
                     "hingga 18.00 WIB.", "2020-05-11T19:17:00+07:00",
                "pukul 13.00 hingga 18.00 WIB", "2020-05-11T13:00:00+07:00",
                "2020-05-11T18:00:00+07:00", WARTA_GRAN_MINUTE);
    check_range(ctx, "Karaoke keluarga beroperasional mulai pukul 14.00 WIB sampai dengan pukul "
                     "21.00 WIB.", "2022-04-02T10:00:00+07:00",
                "pukul 14.00 WIB sampai dengan pukul 21.00 WIB", "2022-04-02T14:00:00+07:00",
                "2022-04-02T21:00:00+07:00", WARTA_GRAN_MINUTE);
    check_range(ctx, "Ia memulai kegiatan pribadi di rumah warga di Klaten pada pukul 06.00 "
                     "WIB-09.00 WIB.", "2023-12-27T12:00:00+07:00",
                "pukul 06.00 WIB-09.00 WIB", "2023-12-27T06:00:00+07:00",
                "2023-12-27T09:00:00+07:00", WARTA_GRAN_MINUTE);
    hp_sentence(&h, ctx, "Sambaran petir pada tanggal 10-11 mei 2020, jam 23.00 WIB sampai dengan "
                         "05.00 WIB.", NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    check_time(hp_time(&h, 0), "tanggal 10-11 mei 2020", "2020-05-10", WARTA_GRAN_DAY);
    ck_assert_str_eq(hp_time(&h, 0)->end_value, "2020-05-11");
    check_time(hp_time(&h, 1), "23.00 WIB sampai dengan 05.00 WIB", "2020-05-10T23:00:00+07:00",
               WARTA_GRAN_MINUTE);
    ck_assert_str_eq(hp_time(&h, 1)->end_value, "2020-05-11T05:00:00+07:00");
    hp_free(&h);
    /* no range: the same time twice (detik-0101, a slip of the writer),
     * two zones, days that do not rise */
    hp_sentence(&h, ctx, "Sudah dilakukan evakuasi tadi malam sekitar antara pukul 22.00 WIB - "
                         "22.00 WIB.", "2020-03-26T08:00:00+07:00");
    ck_assert_uint_eq(hp_ntimes(&h), 3); /* tadi malam, and the two clocks */
    /* on the day of `tadi malam`: the night before the reference */
    check_time(hp_time(&h, 1), "pukul 22.00 WIB", "2020-03-25T22:00:00+07:00", WARTA_GRAN_MINUTE);
    ck_assert_ptr_null(hp_time(&h, 1)->end_value);
    hp_free(&h);
    hp_sentence(&h, ctx, "Rapat pukul 10.00 WIB hingga 12.00 WITA.", "2023-12-01");
    ck_assert_uint_eq(hp_ntimes(&h), 2);
    ck_assert_ptr_null(hp_time(&h, 0)->end_value);
    hp_free(&h);
    hp_sentence(&h, ctx, "Pendaftaran 13 hingga 13 Desember 2023.", NULL);
    ck_assert_uint_eq(hp_ntimes(&h), 1);
    check_time(hp_time(&h, 0), "13 Desember 2023", "2023-12-13", WARTA_GRAN_DAY);
    hp_free(&h);
    warta_context_free(ctx);
}
END_TEST

/* ---- the dev set -------------------------------------------------------- */

/* The next phrase line of a dev-set file (file, reference, phrase, expected
 * value, tab-separated; blank lines and `#` comments skipped), cut in place
 * into f[0..3]: 1, 0 at the end, -1 for a line without four fields (f[0]
 * is then the line). */
static int dev_next(char *data, size_t len, size_t *pos, char *f[4])
{
    while (*pos < len) {
        char *line = data + *pos, *nl = memchr(line, '\n', len - *pos), *q;
        size_t ll = nl ? (size_t)(nl - line) : len - *pos;
        int k = 0;
        *pos += ll + 1;
        line[ll] = '\0';
        if (ll == 0 || line[0] == '#')
            continue;
        f[0] = line;
        for (q = line; *q && k < 3; q++) {
            if (*q == '\t') {
                *q = '\0';
                f[++k] = q + 1;
            }
        }
        return k == 3 ? 1 : -1;
    }
    return 0;
}

START_TEST(test_dev_set)
{
    char path[1024];
    size_t len, pos = 0;
    char *data, *f[4];
    warta_context *ctx;
    int total = 0, good = 0, r;
    snprintf(path, sizeof path, "%s/timex_dev.tsv", WARTA_TEST_DATA);
    data = tu_read_file(path, &len);
    ck_assert_msg(data != NULL, "cannot read %s", path);
    ctx = tu_context();
    while ((r = dev_next(data, len, &pos, f)) != 0) {
        int ok;
        hparse h;
        ck_assert_msg(r > 0, "bad dev line: %s", f[0]);
        hp_sentence(&h, ctx, f[2], strcmp(f[1], "-") == 0 ? NULL : f[1]);
        if (strcmp(f[3], "-") == 0) {
            ok = hp_ntimes(&h) == 0;
        } else if (hp_ntimes(&h) == 0) {
            ok = 0;
        } else {
            const struct warta_timex *t = hp_time(&h, 0);
            if (strcmp(f[3], "null") == 0)
                ok = t->value == NULL;
            else
                ok = t->value && strcmp(t->value, f[3]) == 0;
        }
        total++;
        good += ok;
        if (!ok)
            fprintf(stderr, "timex dev miss: %s \"%s\": got %s, expected %s\n", f[0], f[2],
                    hp_ntimes(&h) ? (hp_time(&h, 0)->value ? hp_time(&h, 0)->value : "null")
                                  : "-",
                    f[3]);
        hp_free(&h);
    }
    printf("timex dev: %d/%d\n", good, total);
    fflush(stdout);
    ck_assert_int_ge(total, 150);
    ck_assert_msg(good * 100 >= total * 90, "timex dev score %d/%d below 90%%", good, total);
    warta_context_free(ctx);
    free(data);
}
END_TEST

static Suite *timex_suite(void)
{
    Suite *s = suite_create("timex");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_iso_parse);
    tcase_add_test(tc, test_iso_reject);
    tcase_add_test(tc, test_iso_format);
    tcase_add_test(tc, test_stamp_seed);
    tcase_add_test(tc, test_stamp_forms);
    tcase_add_test(tc, test_seed_module);
    tcase_add_test(tc, test_seed_api);
    tcase_add_test(tc, test_sentences);
    tcase_add_test(tc, test_no_reference);
    tcase_add_test(tc, test_day_names);
    tcase_add_test(tc, test_keywords_pass_filter);
    tcase_add_test(tc, test_relative_forms);
    tcase_add_test(tc, test_yearly_days);
    tcase_add_test(tc, test_glued_years);
    tcase_add_test(tc, test_quarters);
    tcase_add_test(tc, test_about_the_hour);
    tcase_add_test(tc, test_parts_of_this_month);
    tcase_add_test(tc, test_alloc_failures);
    tcase_add_test(tc, test_ranges);
    tcase_add_test(tc, test_dev_set);
    suite_add_tcase(s, tc);
    return s;
}

/* `check_timex --dev-dump FILE.tsv`: print, for every phrase of a dev-set
 * file, what warta finds (the first expression's value, `null`, or `-` for
 * none) and its text, tab-separated, one line per phrase in file order.
 * bench/dates_devset.py compares it with the peers. */
static int dev_dump(const char *path)
{
    size_t len, pos = 0;
    char *data = tu_read_file(path, &len), *f[4];
    warta_context *ctx = NULL;
    warta_error err;
    int r, status = 1;
    if (!data) {
        fprintf(stderr, "cannot read %s\n", path);
        return 1;
    }
    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK) {
        fprintf(stderr, "context: %s\n", err.message);
        goto out;
    }
    while ((r = dev_next(data, len, &pos, f)) != 0) {
        hparse h;
        int rc;
        if (r < 0) {
            fprintf(stderr, "bad dev line: %s\n", f[0]);
            goto out;
        }
        rc = hp_try_sentence(&h, ctx, f[2], strcmp(f[1], "-") == 0 ? NULL : f[1]);
        if (rc != WARTA_OK) {
            fprintf(stderr, "%s on \"%s\" (reference %s)\n", warta_strerror(rc), f[2], f[1]);
            hp_free(&h);
            goto out;
        }
        if (h.art.times.len == 0) {
            printf("-\t\n");
        } else {
            const struct warta_timex *t = h.art.times.data;
            printf("%s\t%s\n", t->value ? t->value : "null", t->text);
        }
        hp_free(&h);
    }
    status = 0;
out:
    warta_context_free(ctx);
    free(data);
    return status;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--dev-dump") == 0)
        return dev_dump(argv[2]);
    return tu_run(timex_suite());
}
