/* pool: parsing on worker threads gives every article's own result, in
 * submission order, errors included, whatever the number of threads. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <warta.h>

#include "testutil.h"

#define N_TEXTS 120

/* Article i: one sentence whose date tells its place in the order. */
static char *meeting(int i, size_t *len)
{
    static const char *const months[] = {"Januari", "Februari", "Maret", "April"};
    char buf[200];
    int n = snprintf(buf, sizeof buf,
                     "Jakarta (ANTARA) - Rapat kabinet digelar pada %d %s 2024 di Istana "
                     "Merdeka, kata Menteri Sekretaris Negara Pratikno.",
                     i % 28 + 1, months[(i / 28) % 4]);
    char *s = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(s);
    memcpy(s, buf, (size_t)n + 1);
    *len = (size_t)n;
    return s;
}

/* 1 when the n bytes at hay hold the NUL-terminated needle */
static int holds(const char *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle), i;
    for (i = 0; i + k <= n; i++)
        if (memcmp(hay + i, needle, k) == 0)
            return 1;
    return 0;
}

/* "2024-MM-DD" of article i */
static void meeting_value(int i, char out[11])
{
    snprintf(out, 11, "2024-%02d-%02d", (i / 28) % 4 + 1, i % 28 + 1);
}

/* Submit N_TEXTS articles to a pool of `threads` workers and capacity
 * `cap`, taking the oldest whenever it is full; every result must be the
 * JSON of warta_parse_json() for that article, with its own date. */
static void run_in_order(unsigned threads, size_t cap)
{
    warta_context *ctx = tu_context();
    warta_pool_options po;
    warta_pool *pool;
    warta_error err;
    char *texts[N_TEXTS];
    size_t lens[N_TEXTS];
    int i, taken = 0;
    for (i = 0; i < N_TEXTS; i++)
        texts[i] = meeting(i, &lens[i]);
    ck_assert_int_eq(warta_pool_options_init(&po, WARTA_POOL_OPTIONS_VERSION), WARTA_OK);
    po.threads = threads;
    po.capacity = cap;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_OK);
    for (i = 0; i <= N_TEXTS; i++) {
        while (taken < N_TEXTS && (warta_pool_pending(pool) == cap || i == N_TEXTS)) {
            char *out, *want, value[11];
            size_t n, wn;
            ck_assert_int_eq(warta_pool_next(pool, &out, &n, &err), WARTA_OK);
            ck_assert_int_eq(warta_parse_json(ctx, texts[taken], lens[taken], NULL, 0, &want,
                                              &wn, &err),
                             WARTA_OK);
            ck_assert_uint_eq(n, wn);
            ck_assert_str_eq(out, want);
            meeting_value(taken, value);
            ck_assert_msg(strstr(out, value) != NULL, "article %d lacks %s", taken, value);
            warta_free(out);
            warta_free(want);
            taken++;
        }
        if (i < N_TEXTS)
            ck_assert_int_eq(warta_pool_submit(pool, texts[i], lens[i], &err), WARTA_OK);
    }
    ck_assert_int_eq(taken, N_TEXTS);
    ck_assert_uint_eq(warta_pool_pending(pool), 0);
    warta_pool_free(pool);
    for (i = 0; i < N_TEXTS; i++)
        free(texts[i]);
    warta_context_free(ctx);
}

START_TEST(results_in_submission_order)
{
    run_in_order(2, 8);  /* two workers and the caller */
    run_in_order(1, 64); /* the default: one worker */
    run_in_order(4, 3);  /* more workers than room */
    run_in_order(0, 5);  /* none: the caller parses every article */
}
END_TEST

START_TEST(errors_stay_in_place)
{
    /* a stray continuation byte at 11, then a NUL at 8: each article's
     * own error, the articles around them parsed */
    static const char bad_utf8[] = "Jakarta \xe2\x80\x9c\x80 kata";
    static const char nul[] = "Jakarta \0 kata";
    warta_context *ctx = tu_context();
    warta_pool *pool;
    warta_error err;
    size_t len0, len1;
    char *t0 = meeting(0, &len0), *t1 = meeting(1, &len1), *out;
    size_t n;
    ck_assert_int_eq(warta_pool_new(ctx, NULL, &pool, &err), WARTA_OK);
    ck_assert_int_eq(warta_pool_submit(pool, t0, len0, NULL), WARTA_OK);
    ck_assert_int_eq(warta_pool_submit(pool, bad_utf8, sizeof bad_utf8 - 1, NULL), WARTA_OK);
    ck_assert_int_eq(warta_pool_submit(pool, nul, sizeof nul - 1, NULL), WARTA_OK);
    ck_assert_int_eq(warta_pool_submit(pool, t1, len1, NULL), WARTA_OK);
    ck_assert_int_eq(warta_pool_next(pool, &out, &n, &err), WARTA_OK);
    ck_assert_ptr_nonnull(strstr(out, "2024-01-01"));
    warta_free(out);
    ck_assert_int_eq(warta_pool_next(pool, &out, &n, &err), WARTA_EUTF8);
    ck_assert_ptr_null(out);
    ck_assert_int_eq(err.code, WARTA_EUTF8);
    ck_assert_int_eq(err.offset, 11);
    ck_assert_int_eq(warta_pool_next(pool, &out, &n, &err), WARTA_ENUL);
    ck_assert_int_eq(err.offset, 8);
    ck_assert_int_eq(warta_pool_next(pool, &out, &n, &err), WARTA_OK);
    ck_assert_ptr_nonnull(strstr(out, "2024-01-02"));
    warta_free(out);
    ck_assert_int_eq(warta_pool_next(pool, &out, &n, &err), WARTA_ERANGE);
    warta_pool_free(pool);
    free(t0);
    free(t1);
    warta_context_free(ctx);
}
END_TEST

START_TEST(full_pool_refuses_and_options_checked)
{
    warta_context *ctx = tu_context();
    warta_pool_options po;
    warta_parse_options bad_parse = WARTA_PARSE_OPTIONS_INIT;
    warta_pool *pool = (warta_pool *)1;
    warta_error err;
    size_t len;
    char *t = meeting(3, &len), *out;
    int k;
    warta_pool_options_init(&po, WARTA_POOL_OPTIONS_VERSION);
    ck_assert_uint_eq(po.threads, 1);
    ck_assert_uint_eq(po.capacity, 64);
    po.capacity = 2;
    po.threads = 0;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_OK);
    ck_assert_int_eq(warta_pool_submit(pool, t, len, &err), WARTA_OK);
    ck_assert_int_eq(warta_pool_submit(pool, t, len, &err), WARTA_OK);
    ck_assert_int_eq(warta_pool_submit(pool, t, len, &err), WARTA_ERANGE);
    ck_assert_ptr_nonnull(strstr(err.message, "capacity"));
    ck_assert_uint_eq(warta_pool_pending(pool), 2);
    ck_assert_int_eq(warta_pool_submit(pool, NULL, 3, &err), WARTA_EINVAL);
    ck_assert_int_eq(warta_pool_next(pool, NULL, NULL, &err), WARTA_EINVAL);
    ck_assert_uint_eq(warta_pool_pending(pool), 2);
    for (k = 0; k < 2; k++) {
        ck_assert_int_eq(warta_pool_next(pool, &out, NULL, &err), WARTA_OK);
        ck_assert_ptr_nonnull(strstr(out, "2024-01-04"));
        warta_free(out);
    }
    /* an empty article is one too */
    ck_assert_int_eq(warta_pool_submit(pool, NULL, 0, &err), WARTA_OK);
    ck_assert_int_eq(warta_pool_next(pool, &out, NULL, &err), WARTA_OK);
    ck_assert_ptr_nonnull(strstr(out, "\"entities\":[]"));
    warta_free(out);
    warta_pool_free(pool);
    warta_pool_free(NULL);
    ck_assert_uint_eq(warta_pool_pending(NULL), 0);

    ck_assert_int_eq(warta_pool_new(NULL, NULL, &pool, &err), WARTA_EINVAL);
    ck_assert_ptr_null(pool);
    ck_assert_int_eq(warta_pool_new(ctx, NULL, NULL, &err), WARTA_EINVAL);
    po.threads = 257;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_EINVAL);
    po.threads = 1;
    po.capacity = ((size_t)1 << 20) + 1;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_EINVAL);
    po.capacity = 0;
    po.output = 7;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_EINVAL);
    po.output = WARTA_POOL_JSON;
    bad_parse.version = 99;
    po.parse = &bad_parse;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_EVERSION);
    po.parse = NULL;
    po.version = 99;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_EVERSION);
    ck_assert_int_eq(warta_pool_options_init(&po, 2), WARTA_EVERSION);
    ck_assert_int_eq(warta_pool_options_init(NULL, 1), WARTA_EINVAL);
    /* marshal data has no terminating NUL: its length is required */
    warta_pool_options_init(&po, WARTA_POOL_OPTIONS_VERSION);
    po.output = WARTA_POOL_MARSHAL;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_OK);
    ck_assert_int_eq(warta_pool_submit(pool, t, len, &err), WARTA_OK);
    ck_assert_int_eq(warta_pool_next(pool, &out, NULL, &err), WARTA_EINVAL);
    ck_assert_uint_eq(warta_pool_pending(pool), 1);
    warta_pool_free(pool); /* frees the result not taken */
    free(t);
    warta_context_free(ctx);
}
END_TEST

START_TEST(parse_options_copied_and_marshal_output)
{
    /* the reference string is copied at creation: overwriting the
     * caller's buffer afterwards changes nothing; `kemarin` is the day
     * before it */
    static const char text[] = "Jakarta (ANTARA) - Rapat kabinet digelar kemarin di Istana.";
    warta_context *ctx = tu_context();
    warta_pool_options po;
    warta_parse_options parse = WARTA_PARSE_OPTIONS_INIT;
    warta_pool *pool;
    warta_error err;
    char ref[32], *out, *want;
    size_t n, wn;
    int k;
    strcpy(ref, "2024-03-10");
    parse.reference = ref;
    warta_pool_options_init(&po, WARTA_POOL_OPTIONS_VERSION);
    po.parse = &parse;
    po.threads = 2;
    po.output = WARTA_POOL_MARSHAL;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_OK);
    strcpy(ref, "1999-01-01");
    for (k = 0; k < 5; k++)
        ck_assert_int_eq(warta_pool_submit(pool, text, sizeof text - 1, &err), WARTA_OK);
    strcpy(ref, "2024-03-10");
    ck_assert_int_eq(warta_parse_marshal(ctx, text, sizeof text - 1, &parse, &want, &wn, &err),
                     WARTA_OK);
    ck_assert(holds(want, wn, "2024-03-09"));
    for (k = 0; k < 5; k++) {
        ck_assert_int_eq(warta_pool_next(pool, &out, &n, &err), WARTA_OK);
        ck_assert_uint_eq(n, wn);
        ck_assert(memcmp(out, want, n) == 0);
        warta_free(out);
    }
    warta_free(want);
    warta_pool_free(pool);
    warta_context_free(ctx);
}
END_TEST

START_TEST(free_with_results_not_taken)
{
    /* workers busy on long articles when the pool is freed: each finishes
     * its own, every result is freed (the sanitizer and valgrind runs see
     * leaks), nothing hangs */
    warta_context *ctx = tu_context();
    warta_pool_options po;
    warta_pool *pool;
    warta_error err;
    size_t len, one;
    char *unit = meeting(5, &one), *big, *out;
    int k;
    big = tu_repeat(unit, 2000, &len);
    warta_pool_options_init(&po, WARTA_POOL_OPTIONS_VERSION);
    po.threads = 2;
    ck_assert_int_eq(warta_pool_new(ctx, &po, &pool, &err), WARTA_OK);
    for (k = 0; k < 6; k++)
        ck_assert_int_eq(warta_pool_submit(pool, big, len, &err), WARTA_OK);
    ck_assert_int_eq(warta_pool_next(pool, &out, NULL, &err), WARTA_OK);
    ck_assert_ptr_nonnull(strstr(out, "2024-01-06"));
    warta_free(out);
    warta_pool_free(pool);
    free(big);
    free(unit);
    warta_context_free(ctx);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("pool");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, results_in_submission_order);
    tcase_add_test(tc, errors_stay_in_place);
    tcase_add_test(tc, full_pool_refuses_and_options_checked);
    tcase_add_test(tc, parse_options_copied_and_marshal_output);
    tcase_add_test(tc, free_with_results_not_taken);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(suite());
}
