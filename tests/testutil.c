#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *tu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f)
        return NULL;
    for (;;) {
        size_t got;
        if (cap - n < 4096) {
            char *nb;
            cap = cap ? cap * 2 : 65536;
            nb = realloc(buf, cap + 1);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

char *tu_shared_path(const char *rel)
{
    size_t n = strlen(WARTA_SHARED_DIR) + strlen(rel) + 2;
    char *p = malloc(n);
    ck_assert_ptr_nonnull(p);
    snprintf(p, n, "%s/%s", WARTA_SHARED_DIR, rel);
    return p;
}

char *tu_seed(size_t *len)
{
    char *path = tu_shared_path("seed/antara-sco-2023.txt");
    char *text = tu_read_file(path, len);
    if (!text)
        fprintf(stderr, "SKIPPED: seed article not found at %s\n", path);
    free(path);
    return text;
}

long tu_find(const char *hay, size_t n, const char *needle, size_t from)
{
    size_t m = strlen(needle), i;
    if (m == 0 || m > n)
        return -1;
    for (i = from; i + m <= n; i++)
        if (memcmp(hay + i, needle, m) == 0)
            return (long)i;
    return -1;
}

char *tu_repeat(const char *unit, size_t n, size_t *len)
{
    size_t m = strlen(unit), k;
    char *s = malloc(n * m + 1);
    ck_assert_ptr_nonnull(s);
    for (k = 0; k < n; k++)
        memcpy(s + k * m, unit, m);
    s[n * m] = '\0';
    *len = n * m;
    return s;
}

warta_context *tu_context(void)
{
    warta_context *ctx = NULL;
    warta_error err;
    int rc = warta_context_new(NULL, &ctx, &err);
    ck_assert_msg(rc == WARTA_OK, "context: %s", err.message);
    return ctx;
}

warta_article *tu_parse(warta_context *ctx, const char *text, size_t len, const char *reference)
{
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a = NULL;
    warta_error err;
    int rc;
    o.reference = reference;
    rc = warta_parse(ctx, text, len, &o, &a, &err);
    ck_assert_msg(rc == WARTA_OK, "parse: %s (offset %lld)", err.message, (long long)err.offset);
    return a;
}

int tu_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    int failed;
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
