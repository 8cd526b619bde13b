/* Limits and malformed input: max_input and WARTA_ETOOBIG, invalid UTF-8
 * (overlong, surrogates, stray continuation, truncated, above U+10FFFF),
 * NUL, BOM, error offsets, argument errors, and the hostile inputs of
 * tests/fuzz/hostile_inputs.c (0 bytes, one byte, a 20 MB single line,
 * 100,000 `Baca juga: x` lines, 100,000 capitalised words, a million `(`,
 * 100,000 `pukul 10.00 WIB`, ...). Each case is one Check test, so each
 * must finish within Check's timeout (CK_DEFAULT_TIMEOUT; 120 s when the
 * variable is unset) and give the expected status. No times are asserted:
 * tools/badinput_table measures them (docs/ROBUSTNESS.md). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "hostile_inputs.h"
#include "testutil.h"

static warta_context *ctx;

static void setup(void)
{
    ctx = tu_context();
}

static void teardown(void)
{
    warta_context_free(ctx);
    ctx = NULL;
}

static int parse_rc(const char *text, size_t len, const warta_parse_options *o,
                    warta_article **a, warta_error *err)
{
    *a = NULL;
    return warta_parse(ctx, text, len, o, a, err);
}

/* ---- the hostile table ----------------------------------------------------- */

START_TEST(hostile_case)
{
    const hi_case *c = &hi_cases[_i];
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a;
    warta_error err;
    size_t len, bad = 0;
    char *text = hi_make((size_t)_i, &len);
    int rc, indep;

    ck_assert_msg(text != NULL, "%s: cannot build the input", c->name);
    indep = hi_utf8_check((const unsigned char *)text, len, 0, &bad);
    ck_assert_msg(indep == c->expect, "%s: the table says %d, the independent check %d", c->name,
                  c->expect, indep);

    rc = parse_rc(text, len, &o, &a, &err);
    ck_assert_msg(rc == c->expect, "%s: status %d (%s), expected %d", c->name, rc, err.message,
                  c->expect);
    if (rc == WARTA_OK) {
        fz_check_article(a, text, len);
        fz_check_json(a, !c->big);
        warta_article_free(a);
    } else {
        int64_t want = c->offset >= 0 ? c->offset : (int64_t)bad;
        ck_assert_ptr_null(a);
        ck_assert_int_eq(err.code, rc);
        ck_assert_msg(err.offset == want, "%s: error offset %lld, expected %lld", c->name,
                      (long long)err.offset, (long long)want);
        ck_assert_msg(strlen(err.message) > 0, "%s: empty message", c->name);
        /* leniently: OK, the first warning at the first bad byte */
        o.flags = WARTA_PARSE_LENIENT;
        rc = parse_rc(text, len, &o, &a, &err);
        ck_assert_msg(rc == WARTA_OK, "%s: lenient status %d (%s)", c->name, rc, err.message);
        ck_assert_msg(warta_article_warning_count(a) >= 1, "%s: no warning", c->name);
        {
            int64_t off = -1;
            warta_article_warning(a, 0, &off);
            ck_assert_msg(off == want, "%s: first warning at %lld, expected %lld", c->name,
                          (long long)off, (long long)want);
        }
        fz_check_article(a, text, len);
        fz_check_json(a, !c->big);
        warta_article_free(a);
    }
    free(text);
}
END_TEST

/* ---- max_input ------------------------------------------------------------- */

START_TEST(max_input_boundary)
{
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a;
    warta_error err;
    char buf[1001];
    memset(buf, 'a', sizeof buf);
    o.max_input = 1000;
    ck_assert_int_eq(parse_rc(buf, 1000, &o, &a, &err), WARTA_OK);
    warta_article_free(a);
    ck_assert_int_eq(parse_rc(buf, 1001, &o, &a, &err), WARTA_ETOOBIG);
    ck_assert_ptr_null(a);
    ck_assert_int_eq(err.code, WARTA_ETOOBIG);
    /* the limit is checked before the bytes are looked at */
    buf[0] = (char)0xFF;
    ck_assert_int_eq(parse_rc(buf, 1001, &o, &a, &err), WARTA_ETOOBIG);
    ck_assert_int_eq(parse_rc(buf, 1000, &o, &a, &err), WARTA_EUTF8);
    ck_assert_int_eq(err.offset, 0);
    o.max_input = 1;
    ck_assert_int_eq(parse_rc("ab", 2, &o, &a, &err), WARTA_ETOOBIG);
    ck_assert_int_eq(parse_rc("a", 1, &o, &a, &err), WARTA_OK);
    warta_article_free(a);
    ck_assert_int_eq(parse_rc("", 0, &o, &a, &err), WARTA_OK);
    warta_article_free(a);
}
END_TEST

START_TEST(max_input_default)
{
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a;
    warta_error err;
    size_t n = WARTA_DEFAULT_MAX_INPUT + 1;
    char *big = malloc(n);
    ck_assert_ptr_nonnull(big);
    memset(big, ' ', n);
    ck_assert_int_eq(parse_rc(big, n, NULL, &a, &err), WARTA_ETOOBIG);
    ck_assert_int_eq(parse_rc(big, n, &o, &a, &err), WARTA_ETOOBIG);
    ck_assert_ptr_null(a);
    /* a caller may raise the limit */
    o.max_input = n;
    o.flags = 0;
    ck_assert_int_eq(parse_rc(big, 4096, &o, &a, &err), WARTA_OK);
    warta_article_free(a);
    free(big);
}
END_TEST

/* ---- error offsets at every position (the 8-byte ASCII fast path) ----------- */

START_TEST(error_offset_every_position)
{
    warta_article *a;
    warta_error err;
    char buf[64];
    size_t p;
    for (p = 0; p < 40; p++) {
        memset(buf, 'x', sizeof buf);
        buf[p] = (char)0x80;
        ck_assert_int_eq(parse_rc(buf, 48, NULL, &a, &err), WARTA_EUTF8);
        ck_assert_int_eq(err.offset, (int64_t)p);
        buf[p] = '\0';
        ck_assert_int_eq(parse_rc(buf, 48, NULL, &a, &err), WARTA_ENUL);
        ck_assert_int_eq(err.offset, (int64_t)p);
        /* a valid 2-byte letter just before: still the right offset */
        if (p >= 2) {
            buf[p - 2] = (char)0xC3;
            buf[p - 1] = (char)0xA9; /* é */
            buf[p] = (char)0xED;     /* ED A0 80: surrogate */
            buf[p + 1] = (char)0xA0;
            buf[p + 2] = (char)0x80;
            ck_assert_int_eq(parse_rc(buf, 48, NULL, &a, &err), WARTA_EUTF8);
            ck_assert_int_eq(err.offset, (int64_t)p);
        }
        /* a sequence cut by the end of the input */
        memset(buf, 'x', sizeof buf);
        buf[p] = (char)0xF0;
        buf[p + 1] = (char)0x9F;
        ck_assert_int_eq(parse_rc(buf, p + 2, NULL, &a, &err), WARTA_EUTF8);
        ck_assert_int_eq(err.offset, (int64_t)p);
    }
}
END_TEST

/* Lenient mode keeps offsets: a span after replaced bytes still points at
 * the same text in the original input. */
START_TEST(lenient_offsets_unchanged)
{
    static const char text[] = "\xFF\xFE Jakarta (ANTARA) - Presiden tiba pukul 10.00 WIB.\n";
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a;
    warta_error err;
    size_t i;
    o.flags = WARTA_PARSE_LENIENT;
    o.reference = "2024-01-15";
    ck_assert_int_eq(parse_rc(text, sizeof text - 1, &o, &a, &err), WARTA_OK);
    ck_assert_uint_ge(warta_article_warning_count(a), 1);
    for (i = 0; i < warta_article_time_count(a); i++) {
        int64_t s, e;
        const warta_timex *t = warta_article_time(a, i);
        warta_timex_span(t, &s, &e);
        ck_assert_int_eq((int)(e - s), (int)strlen(warta_timex_text(t)));
        ck_assert(memcmp(text + s, warta_timex_text(t), (size_t)(e - s)) == 0);
    }
    fz_check_article(a, text, sizeof text - 1);
    warta_article_free(a);
}
END_TEST

/* ---- argument errors --------------------------------------------------------- */

START_TEST(argument_errors)
{
    static const char *const bad_refs[] = {"",           "garbage",          "2024-13-01",
                                           "2024-02-30", "2023-02-29",       "2024-01-01T25:00",
                                           "2024-01-01T10:60", "2024-01-01T10:00+25:00",
                                           "2024-1-1",   "20240101T1000Z"};
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a = (warta_article *)&o; /* must be reset to NULL */
    warta_error err;
    char longref[4096];
    size_t i;

    ck_assert_int_eq(warta_parse(NULL, "x", 1, NULL, &a, &err), WARTA_EINVAL);
    ck_assert_ptr_null(a);
    ck_assert_int_eq(warta_parse(ctx, "x", 1, NULL, NULL, &err), WARTA_EINVAL);
    ck_assert_int_eq(warta_parse(ctx, NULL, 5, NULL, &a, &err), WARTA_EINVAL);
    ck_assert_int_eq(warta_parse(ctx, NULL, 0, NULL, &a, &err), WARTA_OK);
    ck_assert_uint_eq(warta_article_block_count(a), 0);
    warta_article_free(a);
    ck_assert_int_eq(warta_parse(ctx, "x", 1, NULL, &a, NULL), WARTA_OK); /* err optional */
    warta_article_free(a);
    o.version = 0;
    ck_assert_int_eq(warta_parse(ctx, "x", 1, &o, &a, &err), WARTA_EVERSION);
    o.version = WARTA_PARSE_OPTIONS_VERSION + 1;
    ck_assert_int_eq(warta_parse(ctx, "x", 1, &o, &a, &err), WARTA_EVERSION);
    o.version = WARTA_PARSE_OPTIONS_VERSION;
    for (i = 0; i < sizeof bad_refs / sizeof bad_refs[0]; i++) {
        o.reference = bad_refs[i];
        ck_assert_msg(warta_parse(ctx, "x", 1, &o, &a, &err) == WARTA_EINVAL,
                      "reference \"%s\" accepted", bad_refs[i]);
        ck_assert_ptr_null(a);
    }
    memset(longref, '9', sizeof longref - 1);
    longref[sizeof longref - 1] = '\0';
    o.reference = longref;
    ck_assert_int_eq(warta_parse(ctx, "x", 1, &o, &a, &err), WARTA_EINVAL);
    ck_assert(strlen(err.message) < WARTA_ERROR_MESSAGE_SIZE);
    /* accessors on NULL */
    ck_assert_uint_eq(warta_article_time_count(NULL), 0);
    ck_assert_ptr_null(warta_article_time(NULL, 0));
    ck_assert_int_eq(warta_article_dateline_span(NULL, NULL, NULL), WARTA_EINVAL);
    ck_assert_ptr_null(warta_article_warning(NULL, 0, NULL));
    warta_article_free(NULL);
    warta_context_free(NULL);
}
END_TEST

/* Malformed user gazetteers: WARTA_OK or WARTA_EDATA with an offset inside. */
START_TEST(user_gazetteer_garbage)
{
    static const char *const inputs[] = {
        "\t\t\t\n", "\n\n\n", "x", "\xFF\xFE\n", "a\0b\n", "#\n", "kind\tname\n",
        "country\t\t\n", "place\tJakarta\tID\tID-JK\tAsia/Jakarta\n\xFF"};
    size_t i;
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        warta_context_options co = WARTA_CONTEXT_OPTIONS_INIT;
        warta_context *c = NULL;
        warta_error err;
        size_t n = i == 4 ? 4 : strlen(inputs[i]);
        int rc;
        co.user_gazetteer_data = inputs[i];
        co.user_gazetteer_len = n;
        rc = warta_context_new(&co, &c, &err);
        ck_assert_msg(rc == WARTA_OK || rc == WARTA_EDATA, "input %zu: status %d", i, rc);
        if (rc == WARTA_EDATA)
            ck_assert_msg(err.offset >= 0 && (size_t)err.offset < n,
                          "input %zu: offset %lld outside %zu bytes", i, (long long)err.offset, n);
        warta_context_free(c);
    }
}
END_TEST

static Suite *limits_suite(void)
{
    Suite *s = suite_create("limits");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    if (!getenv("CK_DEFAULT_TIMEOUT"))
        tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, hostile_case, 0, (int)hi_case_count());
    tcase_add_test(tc, max_input_boundary);
    tcase_add_test(tc, max_input_default);
    tcase_add_test(tc, error_offset_every_position);
    tcase_add_test(tc, lenient_offsets_unchanged);
    tcase_add_test(tc, argument_errors);
    tcase_add_test(tc, user_gazetteer_garbage);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(limits_suite());
}
