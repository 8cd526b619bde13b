/* Allocation failure: every allocation of warta_context_new and of
 * warta_parse is failed in turn (the Nth call of the allocator hook returns
 * NULL, N = 1, 2, ... until the call succeeds without a failure). Each call
 * must return WARTA_OK or WARTA_ENOMEM, never crash, and leave no block
 * behind: the hook counts live blocks, which must be back to the baseline
 * after every failed call and at zero once everything is freed. A call that
 * succeeds although one of its allocations failed must give exactly the
 * same result as an undisturbed one (no silently dropped data).
 *
 * Articles: the seed and five corpus articles of different outlets
 * (../shared; skipped when absent), a sixth parsed with
 * WARTA_PARSE_GUESS_NAMES (antara-0189, where a name is guessed), plus the
 * seed with invalid bytes parsed leniently. JSON: warta_article_to_json allocates through cJSON, which
 * uses the C library's malloc, not the context's allocator, so our hook
 * cannot fail it; instead cJSON's own process-global hooks
 * (cJSON_InitHooks) are pointed at a failing malloc for the JSON test. That
 * is fine in a test program; the library itself never touches the hooks.
 *
 * ICU allocates through its own allocator (u_setMemoryFunctions is
 * process-global and not used by the library), so ICU's allocations are not
 * failed here. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "hostile_inputs.h"
#include "testutil.h"

#define REF "2023-05-05T12:00:00+08:00"

/* At most this many N per sweep: beyond it, N advances in strides so the
 * whole sweep still reaches the last allocation (Debug runtime bound). */
#define MAX_STEPS 2500

static const char *const articles[] = {
    "seed/antara-sco-2023.txt",          "corpus/articles/kompas-0001.txt",
    "corpus/articles/detik-0002.txt",    "corpus/articles/tempo-0001.txt",
    "corpus/articles/liputan6-0001.txt", "corpus/articles/tribun-0001.txt",
    "corpus/articles/antara-0189.txt", /* with WARTA_PARSE_GUESS_NAMES: Kristaps Porzingis */
    "seed/antara-sco-2023.txt", /* again, with invalid bytes, leniently */
};
#define N_ARTICLES (sizeof articles / sizeof articles[0])

static char *read_shared(const char *rel, size_t *len)
{
    char *path = tu_shared_path(rel);
    char *text = tu_read_file(path, len);
    if (!text)
        fprintf(stderr, "SKIPPED: %s not found\n", path);
    free(path);
    return text;
}

static char *json_of(const warta_article *a)
{
    char *json = NULL;
    warta_error err;
    int rc = warta_article_to_json(a, 0, &json, NULL, &err);
    ck_assert_msg(rc == WARTA_OK, "to_json: %s", err.message);
    return json;
}

static uint64_t step_after(uint64_t n, uint64_t total)
{
    uint64_t stride = total > MAX_STEPS ? (total + MAX_STEPS / 2) / (MAX_STEPS / 2) : 1;
    return n < MAX_STEPS / 2 ? n + 1 : n + stride;
}

/* ---- context creation -------------------------------------------------- */

static void sweep_context(const char *user, size_t user_len)
{
    hi_counter cnt = {0};
    warta_allocator al;
    warta_context_options co = WARTA_CONTEXT_OPTIONS_INIT;
    warta_context *ctx = NULL;
    warta_error err;
    uint64_t total, n, tried = 0, swallowed = 0;
    size_t ref_size;
    int rc;

    hi_counter_allocator(&cnt, &al);
    co.allocator = &al;
    co.user_gazetteer_data = user;
    co.user_gazetteer_len = user_len;
    rc = warta_context_new(&co, &ctx, &err);
    ck_assert_msg(rc == WARTA_OK, "context: %s", err.message);
    total = cnt.calls;
    ref_size = warta_context_gazetteer_size(ctx);
    warta_context_free(ctx);
    ck_assert_int_eq(cnt.live, 0);

    for (n = 1; n <= total; n = step_after(n, total)) {
        hi_counter_reset(&cnt);
        cnt.fail_at = n;
        ctx = NULL;
        rc = warta_context_new(&co, &ctx, &err);
        tried++;
        ck_assert_msg(rc == WARTA_OK || rc == WARTA_ENOMEM,
                      "allocation %llu failed: context status %d (%s)", (unsigned long long)n, rc,
                      err.message);
        if (rc == WARTA_ENOMEM) {
            ck_assert_msg(ctx == NULL && err.code == WARTA_ENOMEM, "allocation %llu",
                          (unsigned long long)n);
            ck_assert_msg(cnt.live == 0, "allocation %llu failed: %lld blocks leaked",
                          (unsigned long long)n, (long long)cnt.live);
            continue;
        }
        if (cnt.failed) {
            swallowed++;
            ck_assert_msg(warta_context_gazetteer_size(ctx) == ref_size,
                          "allocation %llu failed but the context loaded with %zu entries, not %zu",
                          (unsigned long long)n, warta_context_gazetteer_size(ctx), ref_size);
        }
        warta_context_free(ctx);
        ck_assert_msg(cnt.live == 0, "allocation %llu: %lld blocks leaked after free",
                      (unsigned long long)n, (long long)cnt.live);
    }
    fprintf(stderr, "check_alloc: context%s: %llu allocations, %llu failures tried, %llu absorbed\n",
            user ? " (user gazetteer)" : "", (unsigned long long)total,
            (unsigned long long)tried, (unsigned long long)swallowed);
}

START_TEST(context_creation)
{
    sweep_context(NULL, 0);
}
END_TEST

/* ---- parse ----------------------------------------------------------------- */

START_TEST(parse_article)
{
    hi_counter cnt = {0};
    warta_allocator al;
    warta_context_options co = WARTA_CONTEXT_OPTIONS_INIT;
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    warta_context *ctx = NULL;
    warta_article *a = NULL;
    warta_error err;
    char *text, *ref_json;
    size_t len;
    int64_t base;
    uint64_t total, n, tried = 0, swallowed = 0;
    int rc;

    text = read_shared(articles[_i], &len);
    if (!text)
        return;
    po.reference = REF;
    if ((size_t)_i == N_ARTICLES - 2)
        po.flags = WARTA_PARSE_GUESS_NAMES;
    if ((size_t)_i == N_ARTICLES - 1) {
        /* lenient copy with an invalid byte, a NUL and a truncated sequence */
        ck_assert(len > 400);
        text[100] = (char)0xFF;
        text[200] = '\0';
        text[300] = (char)0xE2;
        po.flags = WARTA_PARSE_LENIENT;
    }
    hi_counter_allocator(&cnt, &al);
    co.allocator = &al;
    rc = warta_context_new(&co, &ctx, &err);
    ck_assert_msg(rc == WARTA_OK, "context: %s", err.message);
    base = cnt.live;

    hi_counter_reset(&cnt);
    rc = warta_parse(ctx, text, len, &po, &a, &err);
    ck_assert_msg(rc == WARTA_OK, "%s: %s", articles[_i], err.message);
    total = cnt.calls;
    ref_json = json_of(a);
    if (po.flags & WARTA_PARSE_GUESS_NAMES) /* the guess path is what this one sweeps */
        ck_assert_ptr_nonnull(strstr(ref_json, "\"guessed\":true"));
    warta_article_free(a);
    ck_assert_int_eq(cnt.live, base);

    for (n = 1; n <= total; n = step_after(n, total)) {
        hi_counter_reset(&cnt);
        cnt.fail_at = n;
        a = NULL;
        rc = warta_parse(ctx, text, len, &po, &a, &err);
        tried++;
        ck_assert_msg(rc == WARTA_OK || rc == WARTA_ENOMEM,
                      "%s: allocation %llu failed: parse status %d (%s)", articles[_i],
                      (unsigned long long)n, rc, err.message);
        if (rc == WARTA_ENOMEM) {
            ck_assert_msg(a == NULL && err.code == WARTA_ENOMEM, "%s: allocation %llu",
                          articles[_i], (unsigned long long)n);
            ck_assert_msg(cnt.live == base, "%s: allocation %llu failed: %lld blocks leaked",
                          articles[_i], (unsigned long long)n, (long long)(cnt.live - base));
            continue;
        }
        if (cnt.failed) {
            char *json = json_of(a);
            swallowed++;
            ck_assert_msg(strcmp(json, ref_json) == 0,
                          "%s: allocation %llu failed, parse said OK but the result differs",
                          articles[_i], (unsigned long long)n);
            warta_free(json);
        }
        warta_article_free(a);
        ck_assert_msg(cnt.live == base, "%s: allocation %llu: %lld blocks leaked after free",
                      articles[_i], (unsigned long long)n, (long long)(cnt.live - base));
    }
    /* the allocation after the last one: nothing fails, same result */
    hi_counter_reset(&cnt);
    cnt.fail_at = total + 1;
    rc = warta_parse(ctx, text, len, &po, &a, &err);
    ck_assert_int_eq(rc, WARTA_OK);
    ck_assert_uint_eq(cnt.failed, 0);
    {
        char *json = json_of(a);
        ck_assert_str_eq(json, ref_json);
        warta_free(json);
    }
    warta_article_free(a);
    warta_context_free(ctx);
    ck_assert_msg(cnt.live == 0, "%lld blocks leaked by the context", (long long)cnt.live);
    fprintf(stderr, "check_alloc: %s%s: %zu bytes, %llu allocations, %llu failures tried, "
            "%llu absorbed\n", articles[_i],
            (po.flags & WARTA_PARSE_LENIENT)       ? " (lenient, 3 bad bytes)"
            : (po.flags & WARTA_PARSE_GUESS_NAMES) ? " (names guessed)"
                                                   : "",
            len,
            (unsigned long long)total, (unsigned long long)tried, (unsigned long long)swallowed);
    warta_free(ref_json);
    free(text);
}
END_TEST

/* ---- JSON: cJSON's global hooks ---------------------------------------------- */

/* Test-only state for cJSON's hooks (cJSON_InitHooks takes no user data). */
static unsigned long js_calls, js_fail_at;
static long js_live;

static void *js_malloc(size_t n)
{
    void *p;
    if (++js_calls == js_fail_at)
        return NULL;
    p = malloc(n);
    if (p)
        js_live++;
    return p;
}

static void js_free(void *p)
{
    if (p)
        js_live--;
    free(p);
}

/* _i = 0: the seed article; 1: a made-up page without dateline, parsed
 * leniently, so the JSON has `"dateline": null` and a warning. */
START_TEST(json_alloc_failure)
{
    cJSON_Hooks hooks = {js_malloc, js_free};
    warta_context *ctx;
    warta_article *a;
    char *text, *ref_json;
    size_t len;
    unsigned long total, n;
    int flags;

    if (_i == 0) {
        text = read_shared(articles[0], &len);
        if (!text)
            return;
        ctx = tu_context();
        a = tu_parse(ctx, text, len, REF);
    } else {
        static const char page[] = "Hujan deras \xFF mengguyur kota sejak pagi.";
        warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
        warta_error err;
        text = NULL;
        ctx = tu_context();
        po.flags = WARTA_PARSE_LENIENT;
        ck_assert_int_eq(warta_parse(ctx, page, sizeof page - 1, &po, &a, &err), WARTA_OK);
        ck_assert(!warta_article_has_dateline(a));
        ck_assert_uint_eq(warta_article_warning_count(a), 1);
    }
    for (flags = 0; flags <= WARTA_JSON_PRETTY; flags++) {
        warta_error err;
        int rc;
        cJSON_InitHooks(&hooks);
        js_calls = js_fail_at = 0;
        js_live = 0;
        rc = warta_article_to_json(a, flags, &ref_json, NULL, &err);
        ck_assert_int_eq(rc, WARTA_OK);
        total = js_calls;
        for (n = 1; n <= total; n++) {
            char *json = NULL;
            js_calls = 0;
            js_fail_at = n;
            js_live = 0;
            rc = warta_article_to_json(a, flags, &json, NULL, &err);
            ck_assert_msg(rc == WARTA_OK || rc == WARTA_ENOMEM,
                          "cJSON allocation %lu failed: status %d", n, rc);
            if (rc == WARTA_ENOMEM) {
                ck_assert_msg(json == NULL, "output set on failure");
                ck_assert_msg(js_live == 0, "cJSON allocation %lu failed: %ld blocks leaked", n,
                              js_live);
            } else {
                /* the output buffer itself is the one live block */
                ck_assert_msg(js_live == 1, "%ld blocks live after success", js_live);
                ck_assert_str_eq(json, ref_json);
                warta_free(json);
            }
        }
        cJSON_InitHooks(NULL);
        fprintf(stderr,
                "check_alloc: JSON (input %d, flags %d): %lu cJSON allocations failed in turn\n",
                _i, flags, total);
        warta_free(ref_json);
    }
    warta_article_free(a);
    warta_context_free(ctx);
    free(text);
}
END_TEST

static Suite *alloc_suite(void)
{
    Suite *s = suite_create("alloc");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, context_creation);
    tcase_add_loop_test(tc, parse_article, 0, (int)N_ARTICLES);
    tcase_add_loop_test(tc, json_alloc_failure, 0, 2);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(alloc_suite());
}
