#include "fuzz_check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "hostile_inputs.h"

void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: check failed: %s: ", file, line, cond);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

const warta_context *fz_context(void)
{
    static warta_context *ctx; /* test code: one context per process */
    if (!ctx) {
        warta_error err;
        int rc = warta_context_new(NULL, &ctx, &err);
        FZ_REQUIRE(rc == WARTA_OK, "context: %s", err.message);
    }
    return ctx;
}

void fz_check_string(const char *s, int may_null, const char *what)
{
    size_t bad = 0;
    if (!s) {
        FZ_REQUIRE(may_null, "%s is NULL", what);
        return;
    }
    FZ_REQUIRE(hi_utf8_check((const unsigned char *)s, strlen(s), 0, &bad) == WARTA_OK,
               "%s is not valid UTF-8 at byte %zu", what, bad);
}

/* Checks named in WARTA_FUZZ_IGNORE (comma-separated tags) are skipped, so
 * a campaign can go on past a known, reported bug. */
static int ignored(const char *tag)
{
    const char *e = getenv("WARTA_FUZZ_IGNORE");
    return e && strstr(e, tag) != NULL;
}

/* The text being checked when it is valid UTF-8 (spans must then fall on
 * code point boundaries), else NULL. Set by fz_check_article; test code. */
static const unsigned char *cur_text;

static int boundary(const unsigned char *t, size_t n, int64_t off)
{
    return !t || (uint64_t)off >= (uint64_t)n || (t[off] & 0xC0) != 0x80;
}

static void check_span(int rc, int64_t s, int64_t e, size_t n, const char *what, size_t i)
{
    FZ_REQUIRE(rc == WARTA_OK, "%s %zu: status %d", what, i, rc);
    FZ_REQUIRE(s >= 0 && s <= e && (uint64_t)e <= (uint64_t)n,
               "%s %zu: span [%lld,%lld) outside input of %zu bytes", what, i, (long long)s,
               (long long)e, n);
    FZ_REQUIRE(boundary(cur_text, n, s) && boundary(cur_text, n, e),
               "%s %zu: span [%lld,%lld) cuts a UTF-8 sequence", what, i, (long long)s,
               (long long)e);
}

static void check_entity(const warta_entity *e, size_t n, const char *what, size_t i)
{
    size_t m, nm;
    int type;
    int64_t s, en, prev_end = 0;
    FZ_REQUIRE(e != NULL, "%s %zu is NULL", what, i);
    type = warta_entity_type(e);
    FZ_REQUIRE(warta_entity_type_name(type) != NULL, "%s %zu: type %d", what, i, type);
    fz_check_string(warta_entity_name(e), 0, "entity name");
    fz_check_string(warta_entity_title(e), 1, "entity title");
    fz_check_string(warta_entity_affiliation(e), 1, "entity affiliation");
    fz_check_string(warta_entity_iso(e), 1, "entity iso");
    fz_check_string(warta_entity_iso3(e), 1, "entity iso3");
    fz_check_string(warta_entity_acronym(e), 1, "entity acronym");
    nm = warta_entity_mention_count(e);
    FZ_REQUIRE(nm >= 1, "%s %zu (%s) has no mention", what, i, warta_entity_name(e));
    for (m = 0; m < nm; m++) {
        {
            int rc_ = warta_entity_mention(e, m, &s, &en);
            check_span(rc_, s, en, n, "mention", m);
        }
        /* mentions are in text order (lib/model.h), so one mention cannot
         * start before the previous one ends (also catches duplicates) */
        if (!ignored("mention-order"))
            FZ_REQUIRE(m == 0 || s >= prev_end,
                       "%s %zu (%s): mention %zu [%lld,%lld) starts before the previous one "
                       "ends (%lld)", what, i, warta_entity_name(e), m, (long long)s,
                       (long long)en, (long long)prev_end);
        prev_end = en;
    }
    FZ_REQUIRE(warta_entity_mention(e, nm, &s, &en) == WARTA_ERANGE, "mention past the end");
}

void fz_check_article(const warta_article *a, const char *text, size_t n)
{
    size_t bad;
    cur_text = text && hi_utf8_check((const unsigned char *)text, n, 0, &bad) == WARTA_OK
                   ? (const unsigned char *)text
                   : NULL;
    size_t i, cnt;
    int64_t s, e, prev_end = 0, prev_start = 0;
    int kind, f;

    FZ_REQUIRE(a != NULL, "article is NULL");
    /* dateline */
    if (warta_article_has_dateline(a)) {
        {
            int rc_ = warta_article_dateline_span(a, &s, &e);
            check_span(rc_, s, e, n, "dateline", 0);
        }
    } else {
        FZ_REQUIRE(warta_article_dateline_span(a, &s, &e) == WARTA_ERANGE, "dateline span");
        FZ_REQUIRE(warta_article_dateline_place(a) == NULL, "place without dateline");
    }
    fz_check_string(warta_article_dateline_place(a), 1, "dateline place");
    fz_check_string(warta_article_dateline_agency(a), 1, "dateline agency");
    fz_check_string(warta_article_dateline_source(a), 1, "dateline source");
    fz_check_string(warta_article_dateline_country(a), 1, "dateline country");
    fz_check_string(warta_article_dateline_province(a), 1, "dateline province");
    fz_check_string(warta_article_dateline_timezone(a), 1, "dateline timezone");
    fz_check_string(warta_article_published(a), 1, "published");
    fz_check_string(warta_article_reference(a), 1, "reference");

    /* blocks: input order, non-overlapping (lib/segment.h) */
    cnt = warta_article_block_count(a);
    for (i = 0; i < cnt; i++) {
        {
            int rc_ = warta_article_block(a, i, &kind, &s, &e);
            check_span(rc_, s, e, n, "block", i);
        }
        FZ_REQUIRE(warta_block_kind_name(kind) != NULL, "block %zu: kind %d", i, kind);
        FZ_REQUIRE(s >= prev_end, "block %zu [%lld,%lld) overlaps the previous one ending at %lld",
                   i, (long long)s, (long long)e, (long long)prev_end);
        prev_end = e;
    }
    FZ_REQUIRE(warta_article_block(a, cnt, &kind, &s, &e) == WARTA_ERANGE, "block past the end");

    cnt = warta_article_paragraph_count(a);
    prev_end = 0;
    for (i = 0; i < cnt; i++) {
        {
            int rc_ = warta_article_paragraph(a, i, &s, &e);
            check_span(rc_, s, e, n, "paragraph", i);
        }
        FZ_REQUIRE(s >= prev_end, "paragraph %zu overlaps the previous one", i);
        prev_end = e;
    }
    FZ_REQUIRE(warta_article_paragraph(a, cnt, &s, &e) == WARTA_ERANGE, "paragraph past end");

    cnt = warta_article_entity_count(a);
    for (i = 0; i < cnt; i++)
        check_entity(warta_article_entity(a, i), n, "entity", i);
    FZ_REQUIRE(warta_article_entity(a, cnt) == NULL, "entity past the end");

    /* times: text order (warta/article.h) */
    cnt = warta_article_time_count(a);
    for (i = 0; i < cnt; i++) {
        const warta_timex *t = warta_article_time(a, i);
        int g;
        FZ_REQUIRE(t != NULL, "time %zu is NULL", i);
        {
            int rc_ = warta_timex_span(t, &s, &e);
            check_span(rc_, s, e, n, "time", i);
        }
        FZ_REQUIRE(s < e, "time %zu is empty at %lld", i, (long long)s);
        FZ_REQUIRE(i == 0 || s >= prev_start, "time %zu out of text order", i);
        prev_start = s;
        fz_check_string(warta_timex_text(t), 0, "time text");
        fz_check_string(warta_timex_value(t), 1, "time value");
        fz_check_string(warta_timex_end_value(t), 1, "time end value");
        fz_check_string(warta_timex_relative(t), 1, "time relative");
        g = warta_timex_granularity(t);
        FZ_REQUIRE(warta_granularity_name(g) != NULL, "time %zu granularity %d", i, g);
    }
    FZ_REQUIRE(warta_article_time(a, cnt) == NULL, "time past the end");

    cnt = warta_article_related_count(a);
    for (i = 0; i < cnt; i++) {
        const warta_related *r = warta_article_related(a, i);
        size_t j, ne;
        FZ_REQUIRE(r != NULL, "related %zu is NULL", i);
        {
            int rc_ = warta_related_span(r, &s, &e);
            check_span(rc_, s, e, n, "related", i);
        }
        FZ_REQUIRE(warta_related_kind_name(warta_related_kind(r)) != NULL, "related kind");
        fz_check_string(warta_related_title(r), 1, "related title");
        fz_check_string(warta_related_published(r), 1, "related published");
        ne = warta_related_entity_count(r);
        for (j = 0; j < ne; j++)
            check_entity(warta_related_entity(r, j), n, "related entity", j);
        FZ_REQUIRE(warta_related_entity(r, ne) == NULL, "related entity past the end");
    }
    FZ_REQUIRE(warta_article_related(a, cnt) == NULL, "related past the end");

    for (f = WARTA_ATTR_SOURCE; f <= WARTA_ATTR_INITIALS; f++)
        fz_check_string(warta_article_attribution(a, f), 1, "attribution");

    cnt = warta_article_warning_count(a);
    for (i = 0; i < cnt; i++) {
        int64_t off = 0;
        const char *msg = warta_article_warning(a, i, &off);
        fz_check_string(msg, 0, "warning");
        FZ_REQUIRE(off == -1 || (off >= 0 && (uint64_t)off < (uint64_t)n + 1),
                   "warning %zu offset %lld outside input of %zu", i, (long long)off, n);
    }
    FZ_REQUIRE(warta_article_warning(a, cnt, NULL) == NULL, "warning past the end");
}

void fz_check_json(const warta_article *a, int pretty)
{
    int flags;
    for (flags = 0; flags <= (pretty ? WARTA_JSON_PRETTY : 0); flags += WARTA_JSON_PRETTY) {
        char *json = NULL;
        size_t len = 0, bad = 0;
        warta_error err;
        cJSON *root;
        int rc = warta_article_to_json(a, flags, &json, &len, &err);
        FZ_REQUIRE(rc == WARTA_OK, "to_json: %d %s", rc, err.message);
        FZ_REQUIRE(json != NULL && strlen(json) == len, "JSON length %zu", len);
        FZ_REQUIRE(hi_utf8_check((const unsigned char *)json, len, 0, &bad) == WARTA_OK,
                   "JSON is not valid UTF-8 at byte %zu", bad);
        root = cJSON_ParseWithLength(json, len);
        FZ_REQUIRE(root != NULL, "JSON does not re-parse near %.40s",
                   cJSON_GetErrorPtr() ? cJSON_GetErrorPtr() : "?");
        FZ_REQUIRE(cJSON_IsObject(root), "JSON is not an object");
        if (!flags) { /* the line is written as cJSON would print it */
            char *again = cJSON_PrintUnformatted(root);
            FZ_REQUIRE(again != NULL && strcmp(again, json) == 0,
                       "one-line JSON differs from cJSON's printing of it");
            free(again);
        }
        cJSON_Delete(root);
        warta_free(json);
    }
}
