/* fuzz_parse: the whole pipeline through the public API.
 *
 * Each input is parsed with default options (the status must agree with an
 * independent UTF-8/NUL check, the error offset must be the first bad byte)
 * and, when that fails, leniently with a fixed reference instant (must
 * succeed). Valid inputs of odd length are parsed with that reference
 * too, even ones without (exercising the article's own stamp as reference);
 * inputs whose length has bit 1 set are parsed with WARTA_PARSE_GUESS_NAMES
 * (the name guesser, which must change no status);
 * parsing valid input twice would halve the executions for little gain.
 * Every accessor must give spans inside the input, and the JSON must
 * re-parse with cJSON (the one-line form exactly as cJSON prints it back)
 * and be valid UTF-8; warta_parse_marshal() of the input must be well-formed
 * marshal data holding the same objects with the same byte and character
 * offsets, and that JSON. abort() on any violation. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <warta.h>

#include "../marshal_reader.h"
#include "fuzz_check.h"
#include "hostile_inputs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Items k..k+3 of tuple o are S, E, CS, CE: S, E the byte range [s, e),
 * and character offsets never past the byte offsets (a character is a byte
 * at least), in order, no more characters than bytes in the range. */
static int span_ok(const mnode *o, size_t k, int64_t s, int64_t e)
{
    return o->type == 't' && o->n > k + 3 && o->kids[k].type == 'i' && o->kids[k].i == s &&
           o->kids[k + 1].i == e && o->kids[k + 2].type == 'i' && o->kids[k + 2].i <= s &&
           o->kids[k + 3].i <= e && o->kids[k + 2].i <= o->kids[k + 3].i &&
           o->kids[k + 3].i - o->kids[k + 2].i <= e - s;
}

/* warta_parse_marshal() of the same input parses it the same way: its data
 * reads back (marshal_reader.h, written from the format) as the 12-tuple
 * with as many objects of each kind as the article, the same byte ranges,
 * character offsets no greater than the byte offsets, the version, and the
 * article's one-line JSON as its last item. */
static void check_marshal(const uint8_t *data, size_t size, const warta_parse_options *o,
                          const warta_article *a)
{
    char *m = NULL, *json = NULL;
    size_t mn = 0, jn = 0, i, j;
    int64_t s, e;
    warta_error err;
    mnode r;
    const char *end;
    int rc = warta_parse_marshal(fz_context(), (const char *)data, size, o, &m, &mn, &err);
    FZ_REQUIRE(rc == WARTA_OK, "marshal: %d %s", rc, err.message);
    end = m_read(m, m + mn, &r, 8);
    FZ_REQUIRE(end == m + mn && r.type == 't' && r.n == 12, "marshal data malformed");
    FZ_REQUIRE(r.kids[3].n == warta_article_paragraph_count(a) &&
                   r.kids[4].n == warta_article_entity_count(a) &&
                   r.kids[5].n == warta_article_time_count(a) &&
                   r.kids[6].n == warta_article_related_count(a) &&
                   r.kids[8].n == warta_article_block_count(a),
               "marshal counts differ from the article's");
    for (i = 0; i < r.kids[3].n; i++) {
        FZ_REQUIRE(warta_article_paragraph(a, i, &s, &e) == WARTA_OK &&
                       span_ok(&r.kids[3].kids[i], 0, s, e),
                   "marshal paragraph %zu", i);
    }
    for (i = 0; i < r.kids[4].n; i++) {
        const warta_entity *en = warta_article_entity(a, i);
        const mnode *x = &r.kids[4].kids[i];
        FZ_REQUIRE(x->n == 11 && x->kids[1].type == 's' &&
                       x->kids[10].type == 'B' && x->kids[10].i == warta_entity_guessed(en) &&
                       x->kids[1].n == strlen(warta_entity_name(en)) &&
                       memcmp(x->kids[1].s, warta_entity_name(en), x->kids[1].n) == 0 &&
                       x->kids[2].n == warta_entity_mention_count(en),
                   "marshal entity %zu", i);
        for (j = 0; j < x->kids[2].n; j++)
            FZ_REQUIRE(warta_entity_mention(en, j, &s, &e) == WARTA_OK &&
                           span_ok(&x->kids[2].kids[j], 1, s, e),
                       "marshal mention %zu of entity %zu", j, i);
    }
    for (i = 0; i < r.kids[5].n; i++) {
        FZ_REQUIRE(warta_timex_span(warta_article_time(a, i), &s, &e) == WARTA_OK &&
                       span_ok(&r.kids[5].kids[i], 6, s, e),
                   "marshal time %zu", i);
    }
    FZ_REQUIRE(r.kids[10].type == 's' && r.kids[10].n == strlen(warta_version_string()) &&
                   memcmp(r.kids[10].s, warta_version_string(), r.kids[10].n) == 0,
               "marshal version");
    FZ_REQUIRE(warta_article_to_json(a, 0, &json, &jn, &err) == WARTA_OK, "to_json");
    FZ_REQUIRE(r.kids[11].type == 's' && r.kids[11].n == jn &&
                   memcmp(r.kids[11].s, json, jn) == 0,
               "marshal data does not end with the article's JSON");
    m_free(&r);
    warta_free(m);
    warta_free(json);
}

static void parse_one(const uint8_t *data, size_t size, int flags, const char *ref)
{
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a = NULL;
    warta_error err;
    size_t bad = 0;
    int expect, rc;

    o.flags = flags;
    o.reference = ref;
    expect = (flags & WARTA_PARSE_LENIENT) ? WARTA_OK : hi_utf8_check(data, size, 0, &bad);
    rc = warta_parse(fz_context(), (const char *)data, size, &o, &a, &err);
    FZ_REQUIRE(rc == expect, "parse (flags %d) gave %d (%s), expected %d", flags, rc,
               err.message, expect);
    if (rc != WARTA_OK) {
        FZ_REQUIRE(a == NULL, "article set on failure");
        FZ_REQUIRE(err.code == rc, "err.code %d", err.code);
        FZ_REQUIRE(err.offset == (int64_t)bad, "error offset %lld, first bad byte %zu",
                   (long long)err.offset, bad);
        return;
    }
    fz_check_article(a, (const char *)data, size);
    if (ref)
        FZ_REQUIRE(warta_article_reference(a) != NULL, "reference %s not kept", ref);
    fz_check_json(a, (size & 3) == 0);
    check_marshal(data, size, &o, a);
    warta_article_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char ref[] = "2024-02-29T23:30:00+07:00";
    size_t bad;
    int guess = (size & 2) ? WARTA_PARSE_GUESS_NAMES : 0;
    if (hi_utf8_check(data, size, 0, &bad) == WARTA_OK) {
        parse_one(data, size, guess, (size & 1) ? ref : NULL);
    } else {
        parse_one(data, size, 0, NULL);
        parse_one(data, size, WARTA_PARSE_LENIENT | guess, ref);
    }
    return 0;
}
