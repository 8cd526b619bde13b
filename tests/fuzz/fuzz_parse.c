/* fuzz_parse: the whole pipeline through the public API.
 *
 * Each input is parsed with default options (the status must agree with an
 * independent UTF-8/NUL check, the error offset must be the first bad byte)
 * and, when that fails, leniently with a fixed reference instant (must
 * succeed). Valid inputs of odd length are parsed with that reference
 * too, even ones without (exercising the article's own stamp as reference);
 * parsing valid input twice would halve the executions for little gain.
 * Every accessor must give spans inside the input, and the JSON must
 * re-parse with cJSON (the one-line form exactly as cJSON prints it back)
 * and be valid UTF-8; warta_parse_marshal() of the input must end with that
 * JSON. abort() on any violation. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <warta.h>

#include "fuzz_check.h"
#include "hostile_inputs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* warta_parse_marshal() of the same input parses it the same way: it ends
 * with the article's one-line JSON ('u', length, bytes). */
static void check_marshal(const uint8_t *data, size_t size, const warta_parse_options *o,
                          const warta_article *a)
{
    char *m = NULL, *json = NULL;
    size_t mn = 0, jn = 0;
    warta_error err;
    int rc = warta_parse_marshal(fz_context(), (const char *)data, size, o, &m, &mn, &err);
    FZ_REQUIRE(rc == WARTA_OK, "marshal: %d %s", rc, err.message);
    FZ_REQUIRE(warta_article_to_json(a, 0, &json, &jn, &err) == WARTA_OK, "to_json");
    FZ_REQUIRE(m != NULL && mn > jn + 5 && m[0] == ')' && m[mn - jn - 5] == 'u' &&
                   memcmp(m + mn - jn, json, jn) == 0,
               "marshal data does not end with the article's JSON");
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
    if (hi_utf8_check(data, size, 0, &bad) == WARTA_OK) {
        parse_one(data, size, 0, (size & 1) ? ref : NULL);
    } else {
        parse_one(data, size, 0, NULL);
        parse_one(data, size, WARTA_PARSE_LENIENT, ref);
    }
    return 0;
}
