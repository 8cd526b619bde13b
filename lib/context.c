/* context: creation of the immutable, shareable context; version, status
 * strings, warta_free. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "model.h"
#include "timex.h"
#include "warta.h"

int wt_set_error(warta_error *err, int code, int64_t offset, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        err->code = code;
        err->offset = offset;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

static void clear_error(warta_error *err)
{
    if (err) {
        err->code = WARTA_OK;
        err->offset = -1;
        err->message[0] = '\0';
    }
}

const char *warta_strerror(int code)
{
    switch (code) {
    case WARTA_OK: return "success";
    case WARTA_EINVAL: return "invalid argument";
    case WARTA_ENOMEM: return "out of memory";
    case WARTA_EUTF8: return "invalid UTF-8";
    case WARTA_ENUL: return "NUL byte in input";
    case WARTA_ETOOBIG: return "input too large";
    case WARTA_EVERSION: return "unknown options version";
    case WARTA_EIO: return "I/O error";
    case WARTA_EDATA: return "malformed gazetteer data";
    case WARTA_EICU: return "ICU error";
    case WARTA_ERANGE: return "index out of range";
    default: return "unknown error";
    }
}

void warta_free(void *ptr)
{
    free(ptr);
}

int warta_version_number(void)
{
    return WARTA_VERSION_NUMBER;
}

const char *warta_version_string(void)
{
    return WARTA_VERSION_STRING;
}

int warta_context_options_init(warta_context_options *opts, unsigned int version)
{
    if (!opts)
        return WARTA_EINVAL;
    if (version < 1 || version > WARTA_CONTEXT_OPTIONS_VERSION)
        return WARTA_EVERSION;
    memset(opts, 0, sizeof *opts);
    opts->version = version;
    return WARTA_OK;
}

/* Read a whole file with the context's allocator. */
static int read_file(const wt_alloc *al, const char *path, char **out, size_t *len,
                     warta_error *err)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f)
        return wt_set_error(err, WARTA_EIO, -1, "cannot open user gazetteer %s", path);
    for (;;) {
        size_t got;
        if (cap - n < 4096) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *nb = wt_realloc(al, buf, cap, ncap);
            if (!nb) {
                wt_free(al, buf);
                fclose(f);
                return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory reading %s", path);
            }
            buf = nb;
            cap = ncap;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        wt_free(al, buf);
        fclose(f);
        return wt_set_error(err, WARTA_EIO, -1, "cannot read user gazetteer %s", path);
    }
    fclose(f);
    *out = buf;
    *len = n;
    return WARTA_OK;
}

int warta_context_new(const warta_context_options *opts, warta_context **out, warta_error *err)
{
    warta_context_options defaults = WARTA_CONTEXT_OPTIONS_INIT;
    warta_context *ctx;
    wt_alloc al;
    char *file = NULL;
    size_t file_len = 0;
    int rc;

    clear_error(err);
    if (!out)
        return wt_set_error(err, WARTA_EINVAL, -1, "out is NULL");
    *out = NULL;
    if (!opts)
        opts = &defaults;
    if (opts->version < 1 || opts->version > WARTA_CONTEXT_OPTIONS_VERSION)
        return wt_set_error(err, WARTA_EVERSION, -1, "unknown context options version %u",
                            opts->version);
    if (opts->allocator &&
        !(opts->allocator->malloc_fn && opts->allocator->realloc_fn && opts->allocator->free_fn))
        return wt_set_error(err, WARTA_EINVAL, -1, "allocator needs all three functions");
    if (opts->user_gazetteer_path && opts->user_gazetteer_data)
        return wt_set_error(err, WARTA_EINVAL, -1,
                            "give the user gazetteer as a path or as data, not both");

    wt_alloc_init(&al, opts->allocator);
    ctx = wt_malloc(&al, sizeof *ctx);
    if (!ctx)
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory");
    memset(ctx, 0, sizeof *ctx);
    ctx->al = al;

    if (opts->user_gazetteer_path) {
        rc = read_file(&ctx->al, opts->user_gazetteer_path, &file, &file_len, err);
        if (rc != WARTA_OK) {
            wt_free(&ctx->al, ctx);
            return rc;
        }
    }
    rc = wt_gz_new(&ctx->al, file ? file : opts->user_gazetteer_data,
                   file ? file_len : opts->user_gazetteer_len, &ctx->gz, err);
    wt_free(&ctx->al, file);
    if (rc != WARTA_OK) {
        wt_free(&ctx->al, ctx);
        if (err && err->code == WARTA_OK)
            wt_set_error(err, rc, -1, "%s", warta_strerror(rc));
        return rc;
    }
    if (wt_timex_lexicon_new(&ctx->al, &ctx->tlex) != WARTA_OK) {
        wt_gz_free(ctx->gz);
        wt_free(&ctx->al, ctx);
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory");
    }
    *out = ctx;
    return WARTA_OK;
}

void warta_context_free(warta_context *ctx)
{
    if (!ctx)
        return;
    wt_gz_free(ctx->gz);
    wt_timex_lexicon_free(&ctx->al, ctx->tlex);
    {
        wt_alloc al = ctx->al;
        wt_free(&al, ctx);
    }
}

size_t warta_context_gazetteer_size(const warta_context *ctx)
{
    return ctx ? wt_gz_size(ctx->gz) : 0;
}
