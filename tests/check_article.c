/* article module: the whole pipeline through the public API.
 * The seed article's facts below were read off the text by hand
 * (../shared/seed/antara-sco-2023.txt; reference 2023-05-05T12:00:00+08:00,
 * a Friday). */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fdopen */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define SEED_REF "2023-05-05T12:00:00+08:00"

static warta_context *ctx;
static char *seed;
static size_t seed_len;
static warta_article *art;

static void setup(void)
{
    ctx = tu_context();
    seed = tu_seed(&seed_len);
    art = seed ? tu_parse(ctx, seed, seed_len, SEED_REF) : NULL;
}

static void teardown(void)
{
    warta_article_free(art);
    free(seed);
    warta_context_free(ctx);
    art = NULL;
    seed = NULL;
}

#define NEED_SEED() \
    do { \
        if (!seed) \
            return; \
    } while (0)

static const warta_entity *find_entity(const warta_article *a, int type, const char *name)
{
    size_t i;
    for (i = 0; i < warta_article_entity_count(a); i++) {
        const warta_entity *e = warta_article_entity(a, i);
        if (warta_entity_type(e) == type && strcmp(warta_entity_name(e), name) == 0)
            return e;
    }
    return NULL;
}

/* 1 when [s,e) of the seed is covered by a block of the given kind */
static int span_text_is(int64_t s, int64_t e, const char *text)
{
    return (size_t)(e - s) == strlen(text) && memcmp(seed + s, text, (size_t)(e - s)) == 0;
}

START_TEST(seed_dateline_and_attribution)
{
    int64_t s, e;
    NEED_SEED();
    ck_assert(warta_article_has_dateline(art));
    ck_assert_str_eq(warta_article_dateline_place(art), "Beijing");
    ck_assert_str_eq(warta_article_dateline_agency(art), "ANTARA");
    ck_assert_int_eq(warta_article_dateline_span(art, &s, &e), WARTA_OK);
    ck_assert_int_eq(s, 0);
    ck_assert(e >= (int64_t)strlen("Beijing (ANTARA) -"));
    ck_assert_str_eq(warta_article_attribution(art, WARTA_ATTR_SOURCE), "Reuters");
    ck_assert_ptr_null(warta_article_attribution(art, WARTA_ATTR_EDITOR));
    ck_assert_str_eq(warta_article_reference(art), SEED_REF);
    /* the page prints no stamp of its own for the article */
    ck_assert_ptr_null(warta_article_published(art));
}
END_TEST

START_TEST(seed_paragraphs)
{
    size_t i;
    long ba1 = tu_find(seed, seed_len, "Baca juga:", 0);
    long ber = tu_find(seed, seed_len, "Berita Lainnya", 0);
    long sum = tu_find(seed, seed_len, "Sumber: Reuters", 0);
    int64_t s, e, prev_end = -1;
    NEED_SEED();
    ck_assert_uint_eq(warta_article_paragraph_count(art), 15);
    for (i = 0; i < 15; i++) {
        ck_assert_int_eq(warta_article_paragraph(art, i, &s, &e), WARTA_OK);
        ck_assert(s < e);
        ck_assert(s >= prev_end);
        /* every body line ends before the first Baca juga line */
        ck_assert(e <= ba1);
        ck_assert(e <= sum && e <= ber);
        prev_end = e;
    }
    ck_assert_int_eq(warta_article_paragraph(art, 15, &s, &e), WARTA_ERANGE);
    /* first paragraph starts after the dateline, last is the Qin quote */
    warta_article_paragraph(art, 0, &s, &e);
    ck_assert(span_text_is(s, s + 7, "Menteri"));
    warta_article_paragraph(art, 14, &s, &e);
    {
        const char *last = "kata Qin kepada Jaishankar.";
        ck_assert(span_text_is(e - (int64_t)strlen(last), e, last));
    }
}
END_TEST

START_TEST(seed_related)
{
    const warta_related *r;
    size_t i;
    NEED_SEED();
    ck_assert_uint_eq(warta_article_related_count(art), 10);
    r = warta_article_related(art, 0);
    ck_assert_int_eq(warta_related_kind(r), WARTA_RELATED_READ_ALSO);
    ck_assert_str_eq(warta_related_title(r),
                     "China akan kembangkan konstelasi satelit untuk eksplorasi luar angkasa dalam");
    r = warta_article_related(art, 1);
    ck_assert_int_eq(warta_related_kind(r), WARTA_RELATED_READ_ALSO);
    ck_assert_str_eq(warta_related_title(r),
                     "Volodymyr Zelenskyy persilakan China cari solusi diplomatik");
    for (i = 2; i < 10; i++)
        ck_assert_int_eq(warta_related_kind(warta_article_related(art, i)),
                         WARTA_RELATED_MORE_NEWS);
    r = warta_article_related(art, 2);
    ck_assert_str_eq(warta_related_title(r),
                     "UNIFIL berduka atas tewasnya petugas penjaga perdamaian akibat tabrakan di Lebanon");
    ck_assert_str_eq(warta_related_published(r), "2024-11-16T16:25:00+07:00");
    r = warta_article_related(art, 9);
    ck_assert_str_eq(warta_related_title(r),
                     "Nelayan di Flores Timur NTT mulai lakukan aktivitas memancing");
    ck_assert_str_eq(warta_related_published(r), "2024-11-16T14:01:00+07:00");
    /* headline entities stay with the headline: Xi Jinping of item 5 */
    r = warta_article_related(art, 4);
    {
        int found = 0;
        for (i = 0; i < warta_related_entity_count(r); i++) {
            const warta_entity *e = warta_related_entity(r, i);
            if (warta_entity_type(e) == WARTA_ENTITY_PERSON &&
                strcmp(warta_entity_name(e), "Xi Jinping") == 0)
                found = 1;
        }
        ck_assert(found);
    }
}
END_TEST

START_TEST(seed_countries)
{
    static const char *const want[] = {"CN", "RU", "IN", "US", "UA", "PK",
                                       "KZ", "KG", "TJ", "UZ", "IR", "BY"};
    size_t i, j, n = 0;
    NEED_SEED();
    for (i = 0; i < warta_article_entity_count(art); i++) {
        const warta_entity *e = warta_article_entity(art, i);
        int ok = 0;
        if (warta_entity_type(e) != WARTA_ENTITY_COUNTRY)
            continue;
        n++;
        for (j = 0; j < sizeof want / sizeof *want; j++)
            if (strcmp(warta_entity_iso(e), want[j]) == 0)
                ok = 1;
        ck_assert_msg(ok, "unexpected country %s", warta_entity_iso(e));
    }
    ck_assert_uint_eq(n, sizeof want / sizeof *want);
    {
        const warta_entity *cn = find_entity(art, WARTA_ENTITY_COUNTRY, "China");
        ck_assert_ptr_nonnull(cn);
        ck_assert_str_eq(warta_entity_iso3(cn), "CHN");
    }
}
END_TEST

static void check_person(const char *name, const char *title, const char *aff)
{
    const warta_entity *e = find_entity(art, WARTA_ENTITY_PERSON, name);
    int64_t s, en;
    size_t i;
    ck_assert_msg(e != NULL, "person %s missing", name);
    ck_assert_str_eq(warta_entity_title(e), title);
    ck_assert_str_eq(warta_entity_affiliation(e), aff);
    /* mentions span the name alone: each is the full name or one of its words */
    for (i = 0; i < warta_entity_mention_count(e); i++) {
        char buf[64];
        ck_assert_int_eq(warta_entity_mention(e, i, &s, &en), WARTA_OK);
        ck_assert(en - s < (int64_t)sizeof buf);
        memcpy(buf, seed + s, (size_t)(en - s));
        buf[en - s] = '\0';
        ck_assert_msg(strstr(name, buf) != NULL, "mention '%s' of %s", buf, name);
    }
}

static size_t count_mentions_of(const char *name, const char *word)
{
    const warta_entity *e = find_entity(art, WARTA_ENTITY_PERSON, name);
    size_t i, n = 0;
    int64_t s, en;
    for (i = 0; e && i < warta_entity_mention_count(e); i++) {
        warta_entity_mention(e, i, &s, &en);
        if (span_text_is(s, en, word))
            n++;
    }
    return n;
}

START_TEST(seed_persons)
{
    size_t i, n = 0;
    NEED_SEED();
    check_person("Qin Gang", "Menteri Luar Negeri", "CN");
    check_person("Sergei Lavrov", "Menteri Luar Negeri", "RU");
    check_person("Subrahmanyam Jaishankar", "Menteri Luar Negeri", "IN");
    check_person("Xi Jinping", "Presiden", "CN");
    check_person("Volodymyr Zelenskyy", "Presiden", "UA");
    for (i = 0; i < warta_article_entity_count(art); i++)
        if (warta_entity_type(warta_article_entity(art, i)) == WARTA_ENTITY_PERSON)
            n++;
    ck_assert_uint_eq(n, 5);
    /* bare `Qin` occurs 5 times after `Qin Gang` (lines 2, 6, 11, 14, 15) */
    ck_assert_uint_eq(count_mentions_of("Qin Gang", "Qin"), 5);
    /* bare `Jaishankar` twice (lines 14 and 15) */
    ck_assert_uint_eq(count_mentions_of("Subrahmanyam Jaishankar", "Jaishankar"), 2);
}
END_TEST

START_TEST(seed_organizations_and_locations)
{
    const warta_entity *sco;
    long pos = 0;
    size_t found = 0;
    NEED_SEED();
    sco = find_entity(art, WARTA_ENTITY_ORGANIZATION, "Organisasi Kerja Sama Shanghai");
    ck_assert_ptr_nonnull(sco);
    ck_assert_str_eq(warta_entity_acronym(sco), "SCO");
    /* every one of the five `SCO` in the body is a mention of it */
    while ((pos = tu_find(seed, seed_len, "SCO", (size_t)pos)) >= 0 &&
           pos < tu_find(seed, seed_len, "Baca juga", 0)) {
        size_t i;
        int hit = 0;
        for (i = 0; i < warta_entity_mention_count(sco); i++) {
            int64_t s, e;
            warta_entity_mention(sco, i, &s, &e);
            if (s == pos && e == pos + 3)
                hit = 1;
        }
        ck_assert_msg(hit, "SCO at %ld is not a mention", pos);
        found++;
        pos += 3;
    }
    ck_assert_uint_eq(found, 5);
    ck_assert_ptr_nonnull(
        find_entity(art, WARTA_ENTITY_ORGANIZATION, "Kementerian Luar Negeri China"));
    ck_assert_ptr_nonnull(
        find_entity(art, WARTA_ENTITY_ORGANIZATION, "Kementerian Luar Negeri India"));
    ck_assert_ptr_nonnull(find_entity(art, WARTA_ENTITY_LOCATION, "New Delhi"));
    ck_assert_ptr_nonnull(find_entity(art, WARTA_ENTITY_LOCATION, "Himalaya"));
    ck_assert_ptr_nonnull(find_entity(art, WARTA_ENTITY_LOCATION, "Arunachal Pradesh"));
    ck_assert_ptr_nonnull(find_entity(art, WARTA_ENTITY_LOCATION, "Tibet"));
}
END_TEST

START_TEST(seed_times)
{
    static const struct {
        const char *text_starts, *value;
        int gran;
    } want[] = {
        {"Kamis", "2023-05-04", WARTA_GRAN_DAY},
        {"Pekan lalu", "2023-W17", WARTA_GRAN_WEEK},
        {"Jumat", "2023-05-05", WARTA_GRAN_DAY},
        {"Juli mendatang", "2023-07", WARTA_GRAN_MONTH},
        {"2020", "2020", WARTA_GRAN_YEAR},
        {"Bulan lalu", "2023-04", WARTA_GRAN_MONTH},
    };
    size_t i;
    NEED_SEED();
    ck_assert_uint_eq(warta_article_time_count(art), 6);
    for (i = 0; i < 6; i++) {
        const warta_timex *t = warta_article_time(art, i);
        int64_t s, e;
        ck_assert_int_eq(strncmp(warta_timex_text(t), want[i].text_starts,
                                 strlen(want[i].text_starts)), 0);
        ck_assert_str_eq(warta_timex_value(t), want[i].value);
        ck_assert_int_eq(warta_timex_granularity(t), want[i].gran);
        warta_timex_span(t, &s, &e);
        ck_assert(span_text_is(s, e, warta_timex_text(t)));
    }
}
END_TEST

/* ---- bad input and API contract ------------------------------------------ */

START_TEST(invalid_utf8_offset)
{
    warta_context *c = tu_context();
    warta_article *a = (warta_article *)1;
    warta_error err;
    const char s[] = "Jakarta (ANTARA) - Presiden \xC3\x28 berkata";
    ck_assert_int_eq(warta_parse(c, s, sizeof s - 1, NULL, &a, &err), WARTA_EUTF8);
    ck_assert_ptr_null(a);
    ck_assert_int_eq(err.code, WARTA_EUTF8);
    ck_assert_int_eq(err.offset, 28);
    ck_assert(strstr(err.message, "28") != NULL);
    warta_context_free(c);
}
END_TEST

START_TEST(nul_and_size_limit)
{
    warta_context *c = tu_context();
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a = NULL;
    warta_error err;
    const char s[] = "Jakarta\0 (ANTARA)";
    ck_assert_int_eq(warta_parse(c, s, sizeof s - 1, NULL, &a, &err), WARTA_ENUL);
    ck_assert_int_eq(err.offset, 7);
    o.max_input = 4;
    ck_assert_int_eq(warta_parse(c, "Jakarta", 7, &o, &a, &err), WARTA_ETOOBIG);
    ck_assert_int_eq(err.offset, 4);
    o.max_input = 0;
    o.version = 99;
    ck_assert_int_eq(warta_parse(c, "x", 1, &o, &a, &err), WARTA_EVERSION);
    o.version = WARTA_PARSE_OPTIONS_VERSION;
    o.reference = "kemarin sore";
    ck_assert_int_eq(warta_parse(c, "x", 1, &o, &a, &err), WARTA_EINVAL);
    ck_assert_int_eq(warta_parse(NULL, "x", 1, NULL, &a, &err), WARTA_EINVAL);
    ck_assert_int_eq(warta_parse(c, NULL, 3, NULL, &a, &err), WARTA_EINVAL);
    ck_assert_int_eq(warta_parse(c, "x", 1, NULL, NULL, &err), WARTA_EINVAL);
    warta_context_free(c);
}
END_TEST

START_TEST(lenient_replaces_and_warns)
{
    warta_context *c = tu_context();
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a = NULL;
    warta_error err;
    int64_t off = 0;
    const char s[] = "Jakarta (ANTARA) - Banjir \xFF\xFE melanda\0 kota.";
    o.flags = WARTA_PARSE_LENIENT;
    ck_assert_int_eq(warta_parse(c, s, sizeof s - 1, &o, &a, &err), WARTA_OK);
    ck_assert_uint_eq(warta_article_warning_count(a), 2);
    ck_assert_ptr_nonnull(warta_article_warning(a, 0, &off));
    ck_assert_int_eq(off, 26);
    warta_article_warning(a, 1, &off);
    ck_assert_int_eq(off, 36);
    warta_article_free(a);
    warta_context_free(c);
}
END_TEST

START_TEST(empty_and_tiny_input)
{
    warta_context *c = tu_context();
    warta_article *a = tu_parse(c, "", 0, NULL);
    ck_assert_uint_eq(warta_article_paragraph_count(a), 0);
    ck_assert(!warta_article_has_dateline(a));
    ck_assert_int_eq(warta_article_dateline_span(a, NULL, NULL), WARTA_ERANGE);
    warta_article_free(a);
    a = tu_parse(c, "x", 1, NULL);
    warta_article_free(a);
    a = tu_parse(c, "\xEF\xBB\xBF", 3, NULL); /* a lone BOM */
    ck_assert_uint_eq(warta_article_paragraph_count(a), 0);
    warta_article_free(a);
    warta_context_free(c);
}
END_TEST

START_TEST(names_and_versions)
{
    ck_assert_int_eq(warta_version_number(), WARTA_VERSION_NUMBER);
    ck_assert_str_eq(warta_version_string(), WARTA_VERSION_STRING);
    ck_assert_str_eq(warta_strerror(WARTA_EUTF8), "invalid UTF-8");
    ck_assert_str_eq(warta_entity_type_name(WARTA_ENTITY_ORGANIZATION), "organization");
    ck_assert_str_eq(warta_granularity_name(WARTA_GRAN_WEEK), "week");
    ck_assert_str_eq(warta_related_kind_name(WARTA_RELATED_MORE_NEWS), "more_news");
    ck_assert_str_eq(warta_block_kind_name(WARTA_BLOCK_READ_ALSO), "read_also");
    ck_assert_ptr_null(warta_entity_type_name(0));
    ck_assert_ptr_null(warta_article_entity(NULL, 0));
    warta_article_free(NULL);
    warta_context_free(NULL);
    warta_free(NULL);
}
END_TEST

/* Write a user gazetteer file under TMPDIR; returns its malloc'd path. */
static char *write_temp(const char *prefix, const char *body, size_t comment_lines)
{
    const char *dir = getenv("TMPDIR");
    char *path = malloc(4096);
    FILE *f;
    size_t i;
    int fd;
    ck_assert_ptr_nonnull(path);
    snprintf(path, 4096, "%s/warta-%s-XXXXXX", dir && *dir ? dir : "/tmp", prefix);
    fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    f = fdopen(fd, "w");
    ck_assert_ptr_nonnull(f);
    for (i = 0; i < comment_lines; i++)
        fprintf(f, "# filler comment line %06zu, ignored by the loader ..........\n", i);
    fputs(body, f);
    ck_assert_int_eq(fclose(f), 0);
    return path;
}

/* docs/DATA.md's own example entry, given as a file: the place the
 * compiled-in data lacks is found, with its province; after 80 kB of
 * comments it is still read (the reader grows its buffer past 64 KiB). */
START_TEST(user_gazetteer_file)
{
    static const char entry[] =
        "place\tSembalun\tiso2=ID\tprovince=ID-NB\ttz=Asia/Makassar\tsubkind=district\n";
    static const char text[] = "Mataram (ANTARA) - Pendaki berangkat dari Sembalun pagi ini.";
    size_t comments[] = {0, 1200};
    size_t k;
    for (k = 0; k < 2; k++) {
        warta_context_options o = WARTA_CONTEXT_OPTIONS_INIT;
        warta_context *c = NULL;
        warta_article *a;
        warta_error err;
        const warta_entity *e;
        char *path = write_temp("gz", entry, comments[k]);
        o.user_gazetteer_path = path;
        ck_assert_int_eq(warta_context_new(&o, &c, &err), WARTA_OK);
        a = tu_parse(c, text, sizeof text - 1, NULL);
        e = find_entity(a, WARTA_ENTITY_LOCATION, "Sembalun");
        ck_assert_msg(e != NULL, "Sembalun not found (%zu comment lines)", comments[k]);
        ck_assert_str_eq(warta_entity_province(e), "ID-NB");
        ck_assert_str_eq(warta_entity_timezone(e), "Asia/Makassar");
        warta_article_free(a);
        warta_context_free(c);
        remove(path);
        free(path);
    }
}
END_TEST

/* A malformed line of a file: WARTA_EDATA at the start of that line; a
 * path that does not exist or is a directory: WARTA_EIO naming the path. */
START_TEST(user_gazetteer_file_errors)
{
    warta_context_options o = WARTA_CONTEXT_OPTIONS_INIT;
    warta_context *c = (warta_context *)1;
    warta_error err;
    char *path = write_temp("bad", "place\tSembalun\tiso2=ID\nplanet\tMars\n", 0);
    o.user_gazetteer_path = path;
    ck_assert_int_eq(warta_context_new(&o, &c, &err), WARTA_EDATA);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(err.code, WARTA_EDATA);
    ck_assert_int_eq(err.offset, 23); /* the second line */
    remove(path);
    ck_assert_int_eq(warta_context_new(&o, &c, &err), WARTA_EIO);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(err.offset, -1);
    ck_assert_msg(strstr(err.message, path) != NULL, "message: %s", err.message);
    free(path);
    o.user_gazetteer_path = "/";
    ck_assert_int_eq(warta_context_new(&o, &c, &err), WARTA_EIO);
    ck_assert_ptr_null(c);
}
END_TEST

static void *no_malloc(size_t n, void *user)
{
    (void)n;
    (void)user;
    return NULL;
}

/* warta_context_options_init and warta_context_new's argument checks, as
 * include/warta/context.h documents them. */
START_TEST(context_options_and_arguments)
{
    warta_context_options o;
    warta_allocator half = {no_malloc, NULL, NULL, NULL};
    warta_context *c = (warta_context *)1;
    warta_error err;
    memset(&o, 0xAB, sizeof o);
    ck_assert_int_eq(warta_context_options_init(NULL, 1), WARTA_EINVAL);
    ck_assert_int_eq(warta_context_options_init(&o, 0), WARTA_EVERSION);
    ck_assert_int_eq(warta_context_options_init(&o, WARTA_CONTEXT_OPTIONS_VERSION + 1),
                     WARTA_EVERSION);
    ck_assert_int_eq(warta_context_options_init(&o, WARTA_CONTEXT_OPTIONS_VERSION), WARTA_OK);
    ck_assert_uint_eq(o.version, WARTA_CONTEXT_OPTIONS_VERSION);
    ck_assert_ptr_null(o.user_gazetteer_path);
    ck_assert_ptr_null(o.user_gazetteer_data);
    ck_assert_uint_eq(o.user_gazetteer_len, 0);
    ck_assert_ptr_null(o.allocator);
    /* the initialised struct gives a working context */
    ck_assert_int_eq(warta_context_new(&o, &c, &err), WARTA_OK);
    ck_assert_int_eq(err.code, WARTA_OK);
    warta_context_free(c);

    ck_assert_int_eq(warta_context_new(&o, NULL, &err), WARTA_EINVAL);
    ck_assert_int_eq(err.code, WARTA_EINVAL);
    o.version = 0;
    c = (warta_context *)1;
    ck_assert_int_eq(warta_context_new(&o, &c, &err), WARTA_EVERSION);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(err.code, WARTA_EVERSION);
    o.version = WARTA_CONTEXT_OPTIONS_VERSION;
    o.allocator = &half; /* malloc_fn alone */
    ck_assert_int_eq(warta_context_new(&o, &c, &err), WARTA_EINVAL);
    o.allocator = NULL;
    o.user_gazetteer_path = "/nonexistent/user.tsv";
    o.user_gazetteer_data = "person\tKatherine Dawson\n";
    o.user_gazetteer_len = strlen(o.user_gazetteer_data);
    ck_assert_int_eq(warta_context_new(&o, &c, &err), WARTA_EINVAL);
    ck_assert_ptr_null(c);
    /* no error struct: the status alone */
    ck_assert_int_eq(warta_context_new(&o, &c, NULL), WARTA_EINVAL);
}
END_TEST

/* every status has its own message; an unknown code has another */
START_TEST(strerror_distinct)
{
    static const int codes[] = {WARTA_OK,      WARTA_EINVAL,   WARTA_ENOMEM, WARTA_EUTF8,
                                WARTA_ENUL,    WARTA_ETOOBIG,  WARTA_EVERSION, WARTA_EIO,
                                WARTA_EDATA,   WARTA_EICU,     WARTA_ERANGE, 12345};
    size_t i, j, n = sizeof codes / sizeof codes[0];
    for (i = 0; i < n; i++) {
        const char *a = warta_strerror(codes[i]);
        ck_assert_ptr_nonnull(a);
        ck_assert_uint_gt(strlen(a), 0);
        for (j = 0; j < i; j++)
            ck_assert_msg(strcmp(a, warta_strerror(codes[j])) != 0, "codes %d and %d: %s",
                          codes[i], codes[j], a);
    }
    ck_assert_str_eq(warta_strerror(WARTA_ENOMEM), "out of memory");
}
END_TEST

/* NULL handles and indices past the end, through every accessor that takes
 * them (include/warta/article.h: WARTA_EINVAL for NULL, WARTA_ERANGE past
 * the end, NULL or 0 for getters). */
START_TEST(accessors_null_and_range)
{
    warta_context *c = tu_context();
    static const char text[] = "Jakarta (ANTARA) - Presiden Joko Widodo tiba di Bandung pada "
                               "Senin (1/5) pukul 10.00 WIB.";
    warta_article *a = tu_parse(c, text, sizeof text - 1, "2023-05-05T12:00:00+07:00");
    int64_t s = -7, e = -7;
    int kind = -7;
    size_t i;
    ck_assert_int_eq(warta_article_block(NULL, 0, &kind, &s, &e), WARTA_EINVAL);
    ck_assert_int_eq(warta_article_block(a, warta_article_block_count(a), &kind, &s, &e),
                     WARTA_ERANGE);
    ck_assert_int_eq(warta_article_paragraph(NULL, 0, &s, &e), WARTA_EINVAL);
    ck_assert_int_eq(warta_article_paragraph(a, warta_article_paragraph_count(a), &s, &e),
                     WARTA_ERANGE);
    ck_assert_int_eq(warta_article_dateline_span(NULL, &s, &e), WARTA_EINVAL);
    ck_assert_int_eq(warta_entity_mention(NULL, 0, &s, &e), WARTA_EINVAL);
    ck_assert_int_eq(warta_timex_span(NULL, &s, &e), WARTA_EINVAL);
    ck_assert_int_eq(warta_related_span(NULL, &s, &e), WARTA_EINVAL);
    ck_assert_int_eq(s, -7); /* nothing written on failure */
    ck_assert_int_eq(e, -7);
    ck_assert_uint_eq(warta_article_block_count(NULL), 0);
    ck_assert_uint_eq(warta_article_paragraph_count(NULL), 0);
    ck_assert_uint_eq(warta_article_time_count(NULL), 0);
    ck_assert_uint_eq(warta_article_related_count(NULL), 0);
    ck_assert_uint_eq(warta_entity_mention_count(NULL), 0);
    ck_assert_ptr_null(warta_article_time(a, warta_article_time_count(a)));
    ck_assert_ptr_null(warta_article_related(a, 0)); /* no related headline here */
    ck_assert_ptr_null(warta_article_published(NULL));
    ck_assert_ptr_null(warta_article_reference(NULL));
    ck_assert_ptr_null(warta_entity_name(NULL));
    ck_assert_ptr_null(warta_entity_province(NULL));
    ck_assert_ptr_null(warta_entity_iso3(NULL));
    ck_assert_ptr_null(warta_timex_text(NULL));
    ck_assert_ptr_null(warta_timex_value(NULL));
    ck_assert_int_eq(warta_timex_granularity(NULL), WARTA_GRAN_UNKNOWN);
    ck_assert_int_eq(warta_timex_anchored(NULL), 0);
    ck_assert_int_eq(warta_entity_type(NULL), 0);
    ck_assert_int_eq(warta_related_kind(NULL), 0);
    ck_assert_ptr_null(warta_article_attribution(a, 0));
    ck_assert_ptr_null(warta_article_attribution(a, WARTA_ATTR_INITIALS + 1));
    ck_assert_ptr_null(warta_article_attribution(NULL, WARTA_ATTR_SOURCE));
    /* the names of every kind, and NULL just outside each range */
    ck_assert_ptr_null(warta_block_kind_name(0));
    ck_assert_ptr_null(warta_block_kind_name(WARTA_BLOCK_STAMP + 1));
    ck_assert_str_eq(warta_block_kind_name(WARTA_BLOCK_BOILERPLATE), "boilerplate");
    ck_assert_ptr_null(warta_granularity_name(-1));
    ck_assert_ptr_null(warta_granularity_name(WARTA_GRAN_HALF_YEAR + 1));
    ck_assert_str_eq(warta_granularity_name(WARTA_GRAN_UNKNOWN), "unknown");
    ck_assert_str_eq(warta_granularity_name(WARTA_GRAN_SECOND), "second");
    ck_assert_str_eq(warta_granularity_name(WARTA_GRAN_QUARTER), "quarter");
    ck_assert_str_eq(warta_granularity_name(WARTA_GRAN_HALF_YEAR), "half_year");
    ck_assert_ptr_null(warta_related_kind_name(0));
    ck_assert_str_eq(warta_related_kind_name(WARTA_RELATED_READ_ALSO), "read_also");
    ck_assert_ptr_null(warta_attribution_field_name(0));
    ck_assert_ptr_null(warta_attribution_field_name(WARTA_ATTR_INITIALS + 1));
    ck_assert_str_eq(warta_attribution_field_name(WARTA_ATTR_EDITOR), "editor");
    ck_assert_str_eq(warta_attribution_field_name(WARTA_ATTR_INITIALS), "initials");
    /* each mention index past the last one is out of range */
    for (i = 0; i < warta_article_entity_count(a); i++) {
        const warta_entity *en = warta_article_entity(a, i);
        ck_assert_int_eq(warta_entity_mention(en, warta_entity_mention_count(en), &s, &e),
                         WARTA_ERANGE);
    }
    /* the time expression `Senin (1/5) pukul 10.00 WIB` has a span */
    ck_assert_uint_ge(warta_article_time_count(a), 1);
    ck_assert_int_eq(warta_timex_span(warta_article_time(a, 0), &s, &e), WARTA_OK);
    ck_assert_int_lt(s, e);
    warta_article_free(a);
    warta_context_free(c);
}
END_TEST

/* tests/data/corpus_sentences.tsv: one sentence each from 99 corpus
 * articles, joined by blank lines: the pipeline on real text without
 * ../shared. Facts read off the sentences by hand (reference 1 December
 * 2023 12:00 WIB). */
START_TEST(corpus_sentences)
{
    char path[1024], *tsv, *line, *text;
    size_t n, len = 0, k = 0;
    warta_context *c = tu_context();
    warta_article *a;
    const warta_entity *e;
    snprintf(path, sizeof path, "%s/corpus_sentences.tsv", WARTA_TEST_DATA);
    tsv = tu_read_file(path, &n);
    ck_assert_ptr_nonnull(tsv);
    text = malloc(n + 1);
    ck_assert_ptr_nonnull(text);
    for (line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab || strncmp(line, "source\t", 7) == 0)
            continue;
        len += (size_t)sprintf(text + len, "%s%s", len ? "\n\n" : "", tab + 1);
        k++;
    }
    ck_assert_uint_eq(k, 99);
    a = tu_parse(c, text, len, "2023-12-01T12:00:00+07:00");
    /* antara-0096: `manfaatMimika (ANTARA) - Presiden Direktur PT Freeport
     * Indonesia (PTFI) Tonny Wenas berharap ...`: the glued dateline, in
     * Mimika (Papua Tengah, WIT) */
    ck_assert_str_eq(warta_article_dateline_place(a), "Mimika");
    ck_assert_str_eq(warta_article_dateline_agency(a), "ANTARA");
    ck_assert_str_eq(warta_article_dateline_province(a), "ID-PT");
    ck_assert_str_eq(warta_article_dateline_timezone(a), "Asia/Jayapura");
    e = find_entity(a, WARTA_ENTITY_PERSON, "Tonny Wenas");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(warta_entity_title(e), "Presiden Direktur");
    /* the known firm under its name (its legal name one of its mentions) */
    e = find_entity(a, WARTA_ENTITY_ORGANIZATION, "Freeport Indonesia");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(warta_entity_acronym(e), "PTFI");
    /* antara-0212: `... yakni pukul 15:00 WIB untuk siaran langsungnya dan
     * pukul 19:15 WIB untuk penayangan ulangnya` (no day: the reference's);
     * liputan6-0010: `Selasa (10/9/2019)` */
    ck_assert_uint_ge(warta_article_time_count(a), 3);
    ck_assert_str_eq(warta_timex_text(warta_article_time(a, 0)), "pukul 15:00 WIB");
    ck_assert_str_eq(warta_timex_value(warta_article_time(a, 0)), "2023-12-01T15:00:00+07:00");
    ck_assert_str_eq(warta_timex_value(warta_article_time(a, 1)), "2023-12-01T19:15:00+07:00");
    ck_assert_str_eq(warta_timex_text(warta_article_time(a, 2)), "Selasa (10/9/2019)");
    ck_assert_str_eq(warta_timex_value(warta_article_time(a, 2)), "2019-09-10");
    /* detik-0031: `... pasangan capres dan cawapres nomor urut 1 Anies
     * Baswedan-Muhaimin Iskandar (AMIN) yang disobek orang di Jogja.`: a pair
     * of names joined by a hyphen is two persons */
    ck_assert_ptr_nonnull(find_entity(a, WARTA_ENTITY_PERSON, "Anies Baswedan"));
    ck_assert_ptr_nonnull(find_entity(a, WARTA_ENTITY_PERSON, "Muhaimin Iskandar"));
    ck_assert_ptr_nonnull(find_entity(a, WARTA_ENTITY_LOCATION, "Jogja"));
    /* detik-0116: `Kampus STIS berada di Bidara Cina, Jakarta Timur.`: a
     * place named with a country word after `di` is one place (`Bidara Cina`) */
    ck_assert_ptr_nonnull(find_entity(a, WARTA_ENTITY_LOCATION, "Bidara Cina"));
    /* antara-0079: `Direktur Human Capital AP II Ajar Setiadi di Tangerang,
     * Banten, ... 20 bandara yang tersebar di Sumatera, Jawa dan
     * Kalimantan.`: AP II is Angkasa Pura II; a list of places after `di` */
    e = find_entity(a, WARTA_ENTITY_ORGANIZATION, "Angkasa Pura II");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(warta_entity_acronym(e), "AP II");
    ck_assert_ptr_nonnull(find_entity(a, WARTA_ENTITY_LOCATION, "Sumatera"));
    ck_assert_ptr_nonnull(find_entity(a, WARTA_ENTITY_LOCATION, "Jawa"));
    ck_assert_ptr_nonnull(find_entity(a, WARTA_ENTITY_LOCATION, "Kalimantan"));
    warta_article_free(a);
    warta_context_free(c);
    free(text);
    free(tsv);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("article");
    TCase *seedc = tcase_create("seed");
    TCase *api = tcase_create("api");
    tcase_add_checked_fixture(seedc, setup, teardown);
    tcase_add_test(seedc, seed_dateline_and_attribution);
    tcase_add_test(seedc, seed_paragraphs);
    tcase_add_test(seedc, seed_related);
    tcase_add_test(seedc, seed_countries);
    tcase_add_test(seedc, seed_persons);
    tcase_add_test(seedc, seed_organizations_and_locations);
    tcase_add_test(seedc, seed_times);
    tcase_add_test(api, invalid_utf8_offset);
    tcase_add_test(api, nul_and_size_limit);
    tcase_add_test(api, lenient_replaces_and_warns);
    tcase_add_test(api, empty_and_tiny_input);
    tcase_add_test(api, names_and_versions);
    tcase_add_test(api, user_gazetteer_file);
    tcase_add_test(api, user_gazetteer_file_errors);
    tcase_add_test(api, context_options_and_arguments);
    tcase_add_test(api, strerror_distinct);
    tcase_add_test(api, accessors_null_and_range);
    tcase_add_test(api, corpus_sentences);
    suite_add_tcase(s, seedc);
    suite_add_tcase(s, api);
    return s;
}

int main(void)
{
    return tu_run(suite());
}
