/* json module: the export re-parses as JSON and carries the contract's
 * fields with the right types (docs/JSON.md). */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "marshal_reader.h"
#include "testutil.h"

static cJSON *export(warta_article *a, int flags)
{
    char *s = NULL;
    size_t len = 0;
    warta_error err;
    cJSON *j;
    ck_assert_int_eq(warta_article_to_json(a, flags, &s, &len, &err), WARTA_OK);
    ck_assert_uint_eq(len, strlen(s));
    j = cJSON_ParseWithLength(s, len);
    ck_assert_msg(j != NULL, "not JSON: %.200s", s);
    if (!(flags & WARTA_JSON_PRETTY))
        ck_assert_ptr_null(strchr(s, '\n'));
    warta_free(s);
    return j;
}

static void has_span(const cJSON *o)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(o, "start");
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(o, "end");
    ck_assert(cJSON_IsNumber(s) && cJSON_IsNumber(e));
    ck_assert(s->valuedouble >= 0 && e->valuedouble >= s->valuedouble);
}

static void check_contract(const cJSON *j)
{
    static const char *const arrays[] = {"paragraphs", "entities", "times", "related", "blocks",
                                         "warnings"};
    const cJSON *it;
    size_t i;
    ck_assert(cJSON_IsObject(j));
    for (i = 0; i < sizeof arrays / sizeof *arrays; i++)
        ck_assert_msg(cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(j, arrays[i])), "%s",
                      arrays[i]);
    it = cJSON_GetObjectItemCaseSensitive(j, "dateline");
    ck_assert(cJSON_IsNull(it) || cJSON_IsObject(it));
    if (cJSON_IsObject(it)) {
        ck_assert(cJSON_HasObjectItem(it, "place") && cJSON_HasObjectItem(it, "agency"));
        has_span(it);
    }
    it = cJSON_GetObjectItemCaseSensitive(j, "published");
    ck_assert(cJSON_IsNull(it) || cJSON_IsString(it));
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(j, "paragraphs")) has_span(it);
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(j, "times"))
    {
        has_span(it);
        ck_assert(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(it, "text")));
        ck_assert(cJSON_HasObjectItem(it, "value"));
        ck_assert(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(it, "granularity")));
    }
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(j, "entities"))
    {
        const char *type = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(it, "type"));
        const cJSON *m;
        ck_assert_ptr_nonnull(type);
        ck_assert(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(it, "name")));
        ck_assert(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(it, "mentions")) >= 1);
        cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(it, "mentions")) has_span(m);
        if (strcmp(type, "person") == 0)
            ck_assert(cJSON_HasObjectItem(it, "title") && cJSON_HasObjectItem(it, "affiliation"));
        else if (strcmp(type, "country") == 0)
            ck_assert(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(it, "iso")));
        else if (strcmp(type, "organization") == 0)
            ck_assert(cJSON_HasObjectItem(it, "acronym"));
        else
            ck_assert_str_eq(type, "location");
    }
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(j, "related"))
    {
        const char *k = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(it, "kind"));
        ck_assert(k && (strcmp(k, "read_also") == 0 || strcmp(k, "more_news") == 0));
        ck_assert(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(it, "title")));
        ck_assert(cJSON_HasObjectItem(it, "published"));
        has_span(it);
    }
    it = cJSON_GetObjectItemCaseSensitive(j, "attribution");
    ck_assert(cJSON_IsObject(it));
    ck_assert(cJSON_HasObjectItem(it, "source") && cJSON_HasObjectItem(it, "reporter") &&
              cJSON_HasObjectItem(it, "editor"));
}

START_TEST(empty_article)
{
    warta_context *c = tu_context();
    warta_article *a = tu_parse(c, "", 0, NULL);
    cJSON *j = export(a, 0);
    check_contract(j);
    ck_assert(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "dateline")));
    ck_assert(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "reference")));
    ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(j, "entities")), 0);
    cJSON_Delete(j);
    warta_article_free(a);
    warta_context_free(c);
}
END_TEST

START_TEST(seed_article_round_trip)
{
    warta_context *c = tu_context();
    size_t len;
    char *seed = tu_seed(&len);
    warta_article *a;
    cJSON *j, *it;
    if (!seed) {
        warta_context_free(c);
        return;
    }
    a = tu_parse(c, seed, len, "2023-05-05T12:00:00+08:00");
    j = export(a, 0);
    check_contract(j);
    ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(
                         cJSON_GetObjectItemCaseSensitive(j, "dateline"), "place")),
                     "Beijing");
    /* mention texts are the input's bytes at their offsets */
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(j, "entities"))
    {
        cJSON *m;
        cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(it, "mentions"))
        {
            size_t s = (size_t)cJSON_GetObjectItemCaseSensitive(m, "start")->valuedouble;
            size_t e = (size_t)cJSON_GetObjectItemCaseSensitive(m, "end")->valuedouble;
            const char *t = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(m, "text"));
            ck_assert(e <= len);
            ck_assert_uint_eq(strlen(t), e - s);
            ck_assert_mem_eq(t, seed + s, e - s);
        }
    }
    cJSON_Delete(j);
    /* pretty output is the same document */
    {
        cJSON *p = export(a, WARTA_JSON_PRETTY), *q = export(a, 0);
        ck_assert(cJSON_Compare(p, q, 1));
        cJSON_Delete(p);
        cJSON_Delete(q);
    }
    warta_article_free(a);
    free(seed);
    warta_context_free(c);
}
END_TEST

START_TEST(escapes_quotes_and_controls)
{
    /* a read-also title with inner quotes and a tab must stay valid JSON */
    const char *s = "Jakarta (ANTARA) - Ini isi berita.\n"
                    "Baca juga: Menlu: \"Kita\tsiap\" hadapi krisis\n";
    warta_context *c = tu_context();
    warta_article *a = tu_parse(c, s, strlen(s), NULL);
    cJSON *j = export(a, 0);
    check_contract(j);
    cJSON_Delete(j);
    warta_article_free(a);
    warta_context_free(c);
}
END_TEST

START_TEST(bad_arguments)
{
    char *out = (char *)1;
    warta_error err;
    ck_assert_int_eq(warta_article_to_json(NULL, 0, &out, NULL, &err), WARTA_EINVAL);
    ck_assert_int_eq(err.code, WARTA_EINVAL);
}
END_TEST

START_TEST(parse_json_in_one_call)
{
    /* warta_parse_json() gives byte for byte what warta_parse() and
     * warta_article_to_json() give, and warta_parse()'s errors */
    const char *ref = "2023-05-05T12:00:00+08:00";
    const char *bad = "Jakarta (ANTARA) - Harga naik\xC3( pekan lalu.";
    warta_context *c = tu_context();
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    size_t len, n1, n2;
    char *seed = tu_seed(&len), *one = NULL, *two = NULL;
    warta_article *a;
    warta_error err;
    if (!seed) {
        warta_context_free(c);
        return;
    }
    po.reference = ref;
    ck_assert_int_eq(warta_parse_json(c, seed, len, &po, 0, &one, &n1, &err), WARTA_OK);
    a = tu_parse(c, seed, len, ref);
    ck_assert_int_eq(warta_article_to_json(a, 0, &two, &n2, &err), WARTA_OK);
    ck_assert_uint_eq(n1, n2);
    ck_assert_str_eq(one, two);
    ck_assert(strstr(one, "\"place\":\"Beijing\"") != NULL);
    warta_free(one);
    warta_free(two);
    warta_article_free(a);
    /* invalid UTF-8: the offset of the bad byte (0xC3 then '(' at 29) */
    one = (char *)1;
    ck_assert_int_eq(warta_parse_json(c, bad, strlen(bad), NULL, 0, &one, NULL, &err),
                     WARTA_EUTF8);
    ck_assert_ptr_null(one);
    ck_assert_int_eq(err.code, WARTA_EUTF8);
    ck_assert_int_eq(err.offset, 29);
    ck_assert_int_eq(warta_parse_json(c, "x", 1, NULL, 0, NULL, NULL, &err), WARTA_EINVAL);
    free(seed);
    warta_context_free(c);
}
END_TEST

/* The one-line JSON is written directly (not through a cJSON tree): the same
 * bytes as cJSON_PrintUnformatted(), escapes included. */
static void same_as_cjson(const char *text)
{
    warta_context *c = tu_context();
    warta_article *a = tu_parse(c, text, strlen(text), NULL);
    char *s = NULL, *again;
    size_t len = 0;
    warta_error err;
    cJSON *j;
    ck_assert_int_eq(warta_article_to_json(a, 0, &s, &len, &err), WARTA_OK);
    ck_assert_uint_eq(len, strlen(s));
    j = cJSON_ParseWithLength(s, len);
    ck_assert_msg(j != NULL, "not JSON: %.200s", s);
    again = cJSON_PrintUnformatted(j);
    ck_assert_str_eq(s, again);
    free(again);
    cJSON_Delete(j);
    warta_free(s);
    warta_article_free(a);
    warta_context_free(c);
}

START_TEST(line_is_cjsons)
{
    size_t len;
    char *seed = tu_seed(&len);
    same_as_cjson("Jakarta (ANTARA) - Ini isi berita.\n"
                  "Baca juga: Menlu: \"Kita\tsiap\" \\ hadapi \x01\x1f\b\f\r krisis\n");
    same_as_cjson("");
    if (seed) {
        same_as_cjson(seed);
        free(seed);
    }
}
END_TEST

START_TEST(control_bytes_escaped_as_cjson_does)
{
    /* a control byte inside a read-also title: \u0001 as cJSON writes it */
    const char *t = "Jakarta (ANTARA) - Ini isi berita.\n"
                    "Baca juga: Menlu \x01siap hadapi krisis\n";
    warta_context *c = tu_context();
    char *s = NULL;
    size_t n;
    warta_error err;
    ck_assert_int_eq(warta_parse_json(c, t, strlen(t), NULL, 0, &s, &n, &err), WARTA_OK);
    ck_assert_msg(strstr(s, "Menlu \\u0001siap") != NULL, "%s", s);
    warta_free(s);
    warta_context_free(c);
}
END_TEST

START_TEST(marshal_in_one_call)
{
    /* warta_parse_marshal(): a 12-tuple that starts with the dateline and
     * whose last item is the one-line JSON ('u', its length, its bytes);
     * the errors of warta_parse() */
    const char *bad = "Jakarta (ANTARA) - Harga naik\xC3( pekan lalu.";
    const char *t = "Jakarta (ANTARA) - Menlu Retno Marsudi tiba di \xE2\x80\x9C"
                    "New Delhi\xE2\x80\x9D pada Kamis (4/5/2023).\n";
    warta_context *c = tu_context();
    char *m = NULL, *j = NULL;
    size_t mn = 0, jn = 0;
    warta_error err;
    ck_assert_int_eq(warta_parse_marshal(c, t, strlen(t), NULL, &m, &mn, &err), WARTA_OK);
    ck_assert_int_eq(warta_parse_json(c, t, strlen(t), NULL, 0, &j, &jn, &err), WARTA_OK);
    ck_assert_uint_gt(mn, jn + 7);
    ck_assert_int_eq(m[0], ')');
    ck_assert_int_eq(m[1], 12);
    ck_assert_int_eq(m[mn - jn - 5], 'u');
    ck_assert_uint_eq(m_le32(m + mn - jn - 4), jn);
    ck_assert(memcmp(m + mn - jn, j, jn) == 0);
    /* the dateline: a 10-tuple, place 'z' short ASCII "Jakarta" */
    ck_assert(memcmp(m + 2, ")\x0az\x07Jakarta", 11) == 0);
    warta_free(m);
    warta_free(j);
    m = (char *)1;
    ck_assert_int_eq(warta_parse_marshal(c, bad, strlen(bad), NULL, &m, &mn, &err),
                     WARTA_EUTF8);
    ck_assert_ptr_null(m);
    ck_assert_int_eq(err.offset, 29);
    ck_assert_int_eq(warta_parse_marshal(c, "x", 1, NULL, &m, NULL, &err), WARTA_EINVAL);
    ck_assert_int_eq(warta_parse_marshal(c, "x", 1, NULL, NULL, &mn, &err), WARTA_EINVAL);
    warta_context_free(c);
}
END_TEST

START_TEST(marshal_batch)
{
    /* a batch gives each article what warta_parse_marshal() gives it alone,
     * a failure included (rcs, errs), without stopping the others */
    const char *texts[3] = {"Jakarta (ANTARA) - Menlu tiba di Bandung pada Kamis.\n",
                            "Jakarta (ANTARA) - Harga naik\xC3( pekan lalu.",
                            "Medan (ANTARA) - Hujan deras.\n"};
    size_t lens[3], olens[3], n1;
    char *outs[3], *one;
    int rcs[3], i;
    warta_error errs[3], err;
    warta_context *c = tu_context();
    for (i = 0; i < 3; i++)
        lens[i] = strlen(texts[i]);
    ck_assert_int_eq(warta_parse_marshal_batch(c, 3, texts, lens, NULL, outs, olens, rcs, errs),
                     WARTA_OK);
    ck_assert_int_eq(rcs[1], WARTA_EUTF8);
    ck_assert_ptr_null(outs[1]);
    ck_assert_int_eq(errs[1].offset, 29);
    for (i = 0; i < 3; i += 2) {
        ck_assert_int_eq(rcs[i], WARTA_OK);
        ck_assert_int_eq(warta_parse_marshal(c, texts[i], lens[i], NULL, &one, &n1, &err),
                         WARTA_OK);
        ck_assert_uint_eq(olens[i], n1);
        ck_assert(memcmp(outs[i], one, n1) == 0);
        warta_free(one);
        warta_free(outs[i]);
    }
    ck_assert_int_eq(warta_parse_marshal_batch(c, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                     WARTA_OK);
    ck_assert_int_eq(warta_parse_marshal_batch(c, 1, texts, lens, NULL, NULL, olens, rcs, NULL),
                     WARTA_EINVAL);
    warta_context_free(c);
}
END_TEST

/* Python's index of byte offset b of t: one per byte that does not continue
 * a sequence (for the valid UTF-8 and the lone 0xFF / 0xC3 used below, the
 * library's rule). */
static int64_t py_index(const char *t, int64_t b)
{
    int64_t i, n = 0;
    for (i = 0; i < b; i++)
        n += ((unsigned char)t[i] & 0xC0) != 0x80;
    return n;
}

/* items S, E, CS, CE at k..k+3 of tuple o: CS, CE are py_index of S, E */
static void m_span(const mnode *o, size_t k, const char *t)
{
    ck_assert_int_eq(o->kids[k + 2].i, py_index(t, o->kids[k].i));
    ck_assert_int_eq(o->kids[k + 3].i, py_index(t, o->kids[k + 1].i));
}

START_TEST(marshal_layout_and_char_offsets)
{
    /* 2-, 3- and 4-byte characters before the spans, a read-also line and a
     * related block with their entities, invalid bytes read leniently (each
     * one character and a warning); every span of every kind is checked */
    const char *t = "Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi (\xC3\xA9) "
                    "bertemu \xF0\x9F\x98\x80 Menlu India di New Delhi pada Kamis (4/5/2023) "
                    "pukul 10.00 WIB \xFF dan \xC3( lagi.\n"
                    "Baca juga: Presiden Joko Widodo tiba di \xE2\x80\x9C"
                    "Beijing\xE2\x80\x9D\n";
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_context *c = tu_context();
    char *m = NULL;
    size_t mn = 0, k, e, q;
    warta_error err;
    mnode r;
    int found_retno = 0;
    o.flags = WARTA_PARSE_LENIENT;
    o.reference = "2023-05-05T12:00:00+07:00";
    ck_assert_int_eq(warta_parse_marshal(c, t, strlen(t), &o, &m, &mn, &err), WARTA_OK);
    ck_assert_ptr_eq(m_read(m, m + mn, &r, 8), m + mn);
    ck_assert_int_eq(r.type, 't');
    ck_assert_uint_eq(r.n, 12);
    m_span(&r.kids[0], 6, t); /* dateline */
    for (k = 0; k < r.kids[3].n; k++) /* paragraphs */
        m_span(&r.kids[3].kids[k], 0, t);
    for (e = 0; e < r.kids[4].n; e++) { /* entities: mentions (text, S, E, CS, CE) */
        const mnode *en = &r.kids[4].kids[e];
        ck_assert_uint_eq(en->n, 11);
        ck_assert_int_eq(en->kids[10].type, 'B'); /* guessed: False without the flag */
        ck_assert_int_eq(en->kids[10].i, 0);
        for (q = 0; q < en->kids[2].n; q++) {
            const mnode *mt = &en->kids[2].kids[q];
            ck_assert_uint_eq(mt->kids[0].n, (size_t)(mt->kids[2].i - mt->kids[1].i));
            ck_assert(memcmp(mt->kids[0].s, t + mt->kids[1].i, mt->kids[0].n) == 0);
            m_span(mt, 1, t);
        }
        if (en->kids[1].n == 13 && memcmp(en->kids[1].s, "Retno Marsudi", 13) == 0) {
            found_retno = 1;
            ck_assert_int_eq(en->kids[3].type, 's'); /* title */
            ck_assert(memcmp(en->kids[3].s, "Menteri Luar Negeri", 19) == 0);
        }
    }
    ck_assert(found_retno);
    ck_assert_uint_eq(r.kids[5].n, 1); /* times: `Kamis (4/5/2023) pukul 10.00 WIB` */
    for (k = 0; k < r.kids[5].n; k++) {
        const mnode *tm = &r.kids[5].kids[k];
        ck_assert_int_eq(tm->kids[4].type, 'B'); /* anchored */
        m_span(tm, 6, t);
    }
    ck_assert(memcmp(r.kids[5].kids[0].kids[1].s, "2023-05-04T10:00:00+07:00", 25) == 0);
    ck_assert_uint_eq(r.kids[6].n, 1); /* the read-also line, its entities */
    m_span(&r.kids[6].kids[0], 3, t);
    ck_assert_uint_eq(r.kids[6].kids[0].kids[7].n, 2); /* Joko Widodo, Beijing */
    for (e = 0; e < r.kids[6].kids[0].kids[7].n; e++)
        m_span(&r.kids[6].kids[0].kids[7].kids[e].kids[2].kids[0], 1, t);
    for (k = 0; k < r.kids[8].n; k++) /* blocks */
        m_span(&r.kids[8].kids[k], 1, t);
    ck_assert_uint_eq(r.kids[9].n, 2); /* warnings: the two replaced bytes, at 134 and 140 */
    ck_assert_int_eq(r.kids[9].kids[1].kids[2].i, 136);
    for (k = 0; k < r.kids[9].n; k++)
        ck_assert_int_eq(r.kids[9].kids[k].kids[2].i, py_index(t, r.kids[9].kids[k].kids[1].i));
    ck_assert_int_eq(r.kids[11].type, 's'); /* the JSON */
    ck_assert_int_eq(r.kids[10].type, 's'); /* warta_version */
    ck_assert_uint_eq(r.kids[10].n, strlen(WARTA_VERSION_STRING));
    ck_assert(memcmp(r.kids[10].s, WARTA_VERSION_STRING, r.kids[10].n) == 0);
    m_free(&r);
    warta_free(m);
    warta_context_free(c);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, empty_article);
    tcase_add_test(tc, seed_article_round_trip);
    tcase_add_test(tc, escapes_quotes_and_controls);
    tcase_add_test(tc, bad_arguments);
    tcase_add_test(tc, parse_json_in_one_call);
    tcase_add_test(tc, line_is_cjsons);
    tcase_add_test(tc, control_bytes_escaped_as_cjson_does);
    tcase_add_test(tc, marshal_in_one_call);
    tcase_add_test(tc, marshal_batch);
    tcase_add_test(tc, marshal_layout_and_char_offsets);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(suite());
}
