/* fuzz_gazetteer: the user-gazetteer loader. The input is the user file
 * (warta_context_options.user_gazetteer_data); creation must give
 * WARTA_OK, or WARTA_EDATA with an offset inside the input, never anything
 * else. The context is created with a counting allocator, so every block it
 * took must be returned by warta_context_free (no leak, also without ASan).
 * When it loads, the input is also parsed as an article (leniently) with
 * that context, so user entries meet the matcher. */
#include <stdint.h>
#include <stdlib.h>

#include <warta.h>

#include "fuzz_check.h"
#include "hostile_inputs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    warta_context_options co = WARTA_CONTEXT_OPTIONS_INIT;
    warta_allocator al;
    hi_counter cnt = {0};
    warta_context *ctx = NULL;
    warta_error err;
    int rc;

    if (size > 65536)
        return 0;
    hi_counter_allocator(&cnt, &al);
    co.allocator = &al;
    /* an empty buffer is "no user file"; a non-NULL pointer with 0 bytes too */
    co.user_gazetteer_data = (const char *)data;
    co.user_gazetteer_len = size;
    rc = warta_context_new(&co, &ctx, &err);
    if (rc != WARTA_OK) {
        FZ_REQUIRE(rc == WARTA_EDATA, "context: status %d (%s)", rc, err.message);
        FZ_REQUIRE(ctx == NULL, "context set on failure");
        FZ_REQUIRE(err.code == WARTA_EDATA, "err.code %d", err.code);
        FZ_REQUIRE(err.offset >= 0 && (uint64_t)err.offset < (uint64_t)size,
                   "EDATA offset %lld outside input of %zu bytes (%s)", (long long)err.offset,
                   size, err.message);
        fz_check_string(err.message, 0, "error message");
        FZ_REQUIRE(cnt.live == 0, "%lld blocks leaked by a failed warta_context_new",
                   (long long)cnt.live);
        return 0;
    }
    FZ_REQUIRE(warta_context_gazetteer_size(ctx) >= warta_context_gazetteer_size(fz_context()),
               "user entries shrank the gazetteer");
    {
        warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
        warta_article *a = NULL;
        o.flags = WARTA_PARSE_LENIENT;
        o.reference = "2024-11-16T16:25:00+07:00";
        rc = warta_parse(ctx, (const char *)data, size, &o, &a, &err);
        FZ_REQUIRE(rc == WARTA_OK, "parse with the user gazetteer: %d (%s)", rc, err.message);
        fz_check_article(a, (const char *)data, size);
        fz_check_json(a, 0);
        warta_article_free(a);
    }
    warta_context_free(ctx);
    FZ_REQUIRE(cnt.live == 0 && cnt.bytes == 0, "%lld blocks (%lld bytes) leaked by the context",
               (long long)cnt.live, (long long)cnt.bytes);
    return 0;
}
