/* fuzz_dateline: wt_dateline_scan (lib/dateline.h) on the start of the
 * input, then wt_dateline_resolve through the real gazetteer.
 *
 * The input is made valid UTF-8 (bad bytes -> '?'), as warta_parse does in
 * lenient mode. The scan runs from byte 0 and again from the first line
 * break (a pull-quote or title line before the dateline). Checks: result 0
 * or 1; on 1 the dateline and its place lie inside the scanned range, the
 * strings are valid UTF-8, and resolution succeeds. */
#include <stdint.h>
#include <string.h>

#include "dateline.h"
#include "fuzz_check.h"
#include "fuzz_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void scan_at(fz_parse *f, size_t start, size_t end)
{
    wt_dateline dl;
    int r = wt_dateline_scan(&f->p, start, end, &dl);
    FZ_REQUIRE(r == 0 || r == 1, "wt_dateline_scan: %d", r);
    if (r == 0)
        return;
    FZ_REQUIRE(dl.has == 1, "has %d", dl.has);
    FZ_REQUIRE(start <= dl.start && dl.start < dl.end && dl.end <= end,
               "dateline [%zu,%zu) outside scanned [%zu,%zu)", dl.start, dl.end, start, end);
    FZ_REQUIRE(dl.place_start <= dl.place_end, "place [%zu,%zu)", dl.place_start, dl.place_end);
    if (dl.place_end > dl.place_start)
        FZ_REQUIRE(dl.place_start >= dl.start && dl.place_end <= dl.end,
                   "place [%zu,%zu) outside dateline [%zu,%zu)", dl.place_start, dl.place_end,
                   dl.start, dl.end);
    FZ_REQUIRE(dl.place || dl.agency, "dateline with neither place nor agency");
    fz_check_string(dl.place, 1, "place");
    fz_check_string(dl.agency, 1, "agency");
    fz_check_string(dl.source, 1, "source");
    f->art->dateline = dl;
    FZ_REQUIRE(wt_dateline_resolve(&f->p) == WARTA_OK, "wt_dateline_resolve failed");
    fz_check_string(f->art->dateline.country, 1, "country");
    fz_check_string(f->art->dateline.province, 1, "province");
    fz_check_string(f->art->dateline.tz, 1, "tz");
    memset(&f->art->dateline, 0, sizeof f->art->dateline);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_parse f;
    size_t nl;
    if (size > 16384)
        return 0;
    fz_parse_open(&f, fz_context(), data, size);
    scan_at(&f, 0, size);
    for (nl = 0; nl < size && f.p.s[nl] != '\n'; nl++)
        ;
    if (nl < size)
        scan_at(&f, nl + 1, size);
    /* a range that ends early (the first block only) */
    if (nl > 0)
        scan_at(&f, 0, nl);
    fz_parse_close(&f);
    return 0;
}
