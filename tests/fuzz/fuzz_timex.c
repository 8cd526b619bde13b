/* fuzz_timex: time expressions alone, through the internal API (lib/timex.h).
 *
 * The input (made valid UTF-8 by replacing bad bytes) is cut into
 * paragraphs at line breaks, tokenized, and given to wt_timex_run with a
 * reference chosen by the first byte (none, dates, offsets from -12:00 to
 * +14:00, leap days, the ends of the year range) or, when the first line is
 * an ISO 8601 instant, that instant. Checks: status OK; every expression
 * inside one paragraph, non-empty, in text order, with valid strings and a
 * known granularity. Each line is also tried as a stand-alone stamp
 * (wt_timex_stamp), whose result must re-parse with wt_iso_parse, and the
 * first line is round-tripped through wt_iso_parse / wt_iso_format. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "fuzz_internal.h"
#include "timex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const refs[] = {
    NULL,
    "2023-05-05T12:00:00+08:00",
    "2024-02-29",
    "2024-12-31T23:59:59Z",
    "0001-01-01T00:00:00-12:00",
    "9999-12-31T23:59:59+14:00",
    "2024-03-10T02:30:00-05:00",
    "2023-01-01T00:00:00+07:00",
};

static int64_t floor_sec(int64_t ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

/* ISO round trip of s[0..n): parse, format, parse again: same instant (to
 * the second), same offset, same date_only. */
static void iso_roundtrip(fz_parse *f, const char *s, size_t n)
{
    wt_instant a, b;
    const char *out;
    if (wt_iso_parse(s, n, &a) != WARTA_OK)
        return;
    FZ_REQUIRE(a.has, "wt_iso_parse OK without an instant");
    out = wt_iso_format(&f->art->arena, &a);
    FZ_REQUIRE(out != NULL, "wt_iso_format gave NULL");
    fz_check_string(out, 0, "iso");
    FZ_REQUIRE(wt_iso_parse(out, strlen(out), &b) == WARTA_OK,
               "wt_iso_format output %s does not re-parse (input %.*s)", out, (int)n, s);
    FZ_REQUIRE(b.offset_min == a.offset_min && b.date_only == a.date_only,
               "round trip of %.*s via %s changed the offset or date_only", (int)n, s, out);
    FZ_REQUIRE(floor_sec(a.utc_ms) == floor_sec(b.utc_ms),
               "round trip of %.*s via %s changed the instant (%lld vs %lld ms)", (int)n, s, out,
               (long long)a.utc_ms, (long long)b.utc_ms);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_parse f;
    const warta_article *a;
    size_t i, first_nl;
    int rc;

    if (size > 65536) /* keep each run short; long inputs are check_limits' job */
        return 0;
    fz_parse_open(&f, fz_context(), data, size);
    a = f.art;

    for (first_nl = 0; first_nl < size && f.p.s[first_nl] != '\n'; first_nl++)
        ;
    if (first_nl <= 64)
        iso_roundtrip(&f, f.p.s, first_nl);
    if (first_nl <= 64 && wt_iso_parse(f.p.s, first_nl, &f.p.ref) == WARTA_OK) {
        /* the first line is the reference */
    } else {
        const char *r = refs[size ? data[0] % (sizeof refs / sizeof refs[0]) : 0];
        memset(&f.p.ref, 0, sizeof f.p.ref);
        if (r)
            FZ_REQUIRE(wt_iso_parse(r, strlen(r), &f.p.ref) == WARTA_OK, "reference %s", r);
    }

    fz_parse_paragraphs(&f);
    rc = wt_timex_run(&f.p);
    FZ_REQUIRE(rc == WARTA_OK, "wt_timex_run: %d", rc);
    for (i = 0; i < a->times.len; i++) {
        const struct warta_timex *t = (const struct warta_timex *)a->times.data + i;
        const wt_span *sp = a->paragraphs.data;
        size_t k;
        int inside = 0;
        FZ_REQUIRE(t->start < t->end && t->end <= size, "time %zu [%zu,%zu) of %zu", i, t->start,
                   t->end, size);
        FZ_REQUIRE(i == 0 || t->start >= t[-1].start, "time %zu out of order", i);
        for (k = 0; k < a->paragraphs.len; k++)
            if (t->start >= sp[k].start && t->end <= sp[k].end)
                inside = 1;
        FZ_REQUIRE(inside, "time %zu [%zu,%zu) crosses a paragraph", i, t->start, t->end);
        fz_check_string(t->text, 0, "time text");
        fz_check_string(t->value, 1, "time value");
        fz_check_string(t->end_value, 1, "time end value");
        fz_check_string(t->relative, 1, "time relative");
        FZ_REQUIRE(warta_granularity_name(t->granularity) != NULL, "granularity %d",
                   t->granularity);
        FZ_REQUIRE(t->anchored == 0 || t->anchored == 1, "anchored %d", t->anchored);
    }

    /* every line as a stand-alone stamp */
    for (i = 0; i < a->paragraphs.len && i < 64; i++) {
        const wt_span *sp = (const wt_span *)a->paragraphs.data + i;
        const char *iso = NULL;
        rc = wt_timex_stamp(&f.p, sp->start, sp->end, &iso);
        FZ_REQUIRE(rc == 0 || rc == 1, "wt_timex_stamp: %d", rc);
        if (rc == 1) {
            wt_instant in;
            FZ_REQUIRE(iso != NULL, "stamp without value");
            fz_check_string(iso, 0, "stamp");
            FZ_REQUIRE(wt_iso_parse(iso, strlen(iso), &in) == WARTA_OK,
                       "stamp value %s does not re-parse", iso);
        }
    }
    fz_parse_close(&f);
    return 0;
}
