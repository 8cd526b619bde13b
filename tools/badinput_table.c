/* badinput_table: time and memory of warta_parse on every hostile input of
 * tests/fuzz/hostile_inputs.c, plus a linear-time check (1 MB against
 * 50 MB of repeated corpus text), printed as Markdown tables for
 * docs/ROBUSTNESS.md.
 *
 *   badinput_table [--no-linear] [--shared DIR]
 *
 * Wall time: clock_gettime(CLOCK_MONOTONIC) around warta_parse (median of
 * 3 runs for inputs under 1 MB, else one run). Memory: the peak of bytes
 * held through a counting allocator hook during the parse (the article's
 * arena and scratch; ICU's and cJSON's own allocations are not included),
 * and the growth of the process's peak RSS (getrusage ru_maxrss; 0 once an
 * earlier case raised it further). Not a test: nothing is asserted. */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>

#include <warta.h>

#include "hostile_inputs.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static long maxrss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

typedef struct result {
    int rc;
    double ms;
    int64_t peak; /* bytes through the hook */
    long rss_kb;  /* growth of peak RSS */
    size_t blocks, paras, times, entities, related, warnings;
} result;

static void measure(warta_context *ctx, hi_counter *cnt, const char *text, size_t len,
                    int flags, int runs, result *r)
{
    double best[3];
    int i;
    memset(r, 0, sizeof *r);
    for (i = 0; i < runs; i++) {
        warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
        warta_article *a = NULL;
        warta_error err;
        long rss0 = maxrss_kb();
        double t0;
        hi_counter_reset(cnt);
        o.flags = flags;
        o.reference = "2024-11-16T16:25:00+07:00";
        t0 = now_ms();
        r->rc = warta_parse(ctx, text, len, &o, &a, &err);
        best[i] = now_ms() - t0;
        if (i == 0) {
            r->peak = cnt->peak;
            r->rss_kb = maxrss_kb() - rss0;
            if (a) {
                r->blocks = warta_article_block_count(a);
                r->paras = warta_article_paragraph_count(a);
                r->times = warta_article_time_count(a);
                r->entities = warta_article_entity_count(a);
                r->related = warta_article_related_count(a);
                r->warnings = warta_article_warning_count(a);
            }
        }
        warta_article_free(a);
    }
    /* median (or the only run) */
    if (runs == 3) {
        double x = best[0], y = best[1], z = best[2];
        r->ms = x > y ? (y > z ? y : (x > z ? z : x)) : (x > z ? x : (y > z ? z : y));
    } else {
        r->ms = best[0];
    }
}

static const char *status_name(int rc)
{
    switch (rc) {
    case WARTA_OK: return "OK";
    case WARTA_EUTF8: return "EUTF8";
    case WARTA_ENUL: return "ENUL";
    case WARTA_ETOOBIG: return "ETOOBIG";
    case WARTA_ENOMEM: return "ENOMEM";
    default: return warta_strerror(rc);
    }
}

static void human_bytes(char *out, size_t n, double b)
{
    if (b >= 1024.0 * 1024.0)
        snprintf(out, n, "%.1f MiB", b / (1024.0 * 1024.0));
    else if (b >= 1024.0)
        snprintf(out, n, "%.1f KiB", b / 1024.0);
    else
        snprintf(out, n, "%.0f B", b);
}

/* Concatenate corpus articles (blank line between) until `total` bytes. */
static char *corpus_text(const char *shared, size_t total, size_t *len)
{
    static const char *const outlets[] = {"antara", "cnn",    "detik", "kompas", "liputan6",
                                          "okezone", "other", "tempo", "tribun"};
    char *pool = NULL, *out;
    size_t pool_n = 0, i, j, n = 0;
    for (i = 0; i < 9; i++) {
        for (j = 1; j <= 5; j++) {
            char path[4096];
            FILE *f;
            char buf[65536];
            size_t got;
            snprintf(path, sizeof path, "%s/corpus/articles/%s-%04zu.txt", shared, outlets[i], j);
            f = fopen(path, "rb");
            if (!f)
                continue;
            while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
                char *np = realloc(pool, pool_n + got + 2);
                if (!np)
                    exit(1);
                pool = np;
                memcpy(pool + pool_n, buf, got);
                pool_n += got;
            }
            fclose(f);
            pool[pool_n++] = '\n';
            pool[pool_n++] = '\n';
        }
    }
    if (!pool_n)
        return NULL;
    out = malloc(total + 1);
    if (!out)
        exit(1);
    while (n < total) {
        size_t k = pool_n < total - n ? pool_n : total - n;
        memcpy(out + n, pool, k);
        n += k;
    }
    /* do not end inside a code point */
    while (n > 0 && ((unsigned char)out[n - 1] & 0xC0) == 0x80)
        n--;
    if (n > 0 && (unsigned char)out[n - 1] >= 0xC0)
        n--;
    out[n] = '\0';
    free(pool);
    *len = n;
    return out;
}

int main(int argc, char **argv)
{
    hi_counter cnt = {0};
    warta_allocator al;
    warta_context_options co = WARTA_CONTEXT_OPTIONS_INIT;
    warta_context *ctx = NULL;
    warta_error err;
    const char *shared = WARTA_SHARED_DIR;
    const char *scale = NULL;
    int linear = 1, i;
    size_t k;
    struct utsname un;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--no-linear") == 0)
            linear = 0;
        else if (strcmp(argv[i], "--shared") == 0 && i + 1 < argc)
            shared = argv[++i];
        else if (strcmp(argv[i], "--scale") == 0 && i + 1 < argc)
            scale = argv[++i];
        else {
            fprintf(stderr, "usage: %s [--no-linear] [--shared DIR] [--scale CASE]\n", argv[0]);
            return 2;
        }
    }
    hi_counter_allocator(&cnt, &al);
    co.allocator = &al;
    if (warta_context_new(&co, &ctx, &err) != WARTA_OK) {
        fprintf(stderr, "context: %s\n", err.message);
        return 1;
    }
    if (scale) {
        /* time one case on prefixes of 1/16 .. 1 of its input */
        for (k = 0; k < hi_case_count(); k++) {
            size_t len, part;
            char *text;
            if (strcmp(hi_cases[k].name, scale) != 0)
                continue;
            text = hi_make(k, &len);
            printf("| %s: prefix | bytes | time (ms) | ns/byte | peak alloc/byte |\n|---|---:|---:|---:|---:|\n",
                   scale);
            for (part = 16; part >= 1; part /= 2) {
                size_t n = len / part;
                result r;
                while (n > 0 && n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
                    n--;
                measure(ctx, &cnt, text, n, 0, 3, &r);
                printf("| 1/%zu | %zu | %.1f | %.1f | %.1f |\n", part, n, r.ms,
                       n ? r.ms * 1e6 / (double)n : 0.0, n ? (double)r.peak / (double)n : 0.0);
                fflush(stdout);
            }
            free(text);
        }
        warta_context_free(ctx);
        return 0;
    }
    uname(&un);
    printf("warta %s, %s %s %s; context: %lld bytes in %lld blocks\n\n", warta_version_string(),
           un.sysname, un.release, un.machine, (long long)cnt.bytes, (long long)cnt.live);

    printf("| input | bytes | status | lenient | blocks | paras | times | entities | related "
           "| time (ms) | t/t(half) | peak alloc | alloc/input | RSS growth |\n");
    printf("|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (k = 0; k < hi_case_count(); k++) {
        const hi_case *c = &hi_cases[k];
        size_t len;
        char *text = hi_make(k, &len);
        result r, rl;
        char peak[32], rss[32], ratio[16];
        int show_lenient = c->expect != WARTA_OK;
        if (!text) {
            printf("| %s | (cannot build) |\n", c->desc);
            continue;
        }
        measure(ctx, &cnt, text, len, 0, len < ((size_t)1 << 20) ? 3 : 1, &r);
        if (show_lenient) {
            measure(ctx, &cnt, text, len, WARTA_PARSE_LENIENT, len < ((size_t)1 << 20) ? 3 : 1,
                    &rl);
            r.ms = rl.ms;
            r.peak = rl.peak;
            r.rss_kb = rl.rss_kb;
            r.blocks = rl.blocks;
            r.paras = rl.paras;
            r.times = rl.times;
            r.entities = rl.entities;
            r.related = rl.related;
        }
        /* linearity: the first half of the same input (cut at a code
         * point boundary) should take about half the time */
        ratio[0] = '\0';
        if (c->big && r.rc == WARTA_OK) {
            size_t half = len / 2;
            result rh;
            while (half > 0 && ((unsigned char)text[half] & 0xC0) == 0x80)
                half--;
            measure(ctx, &cnt, text, half, 0, 1, &rh);
            if (rh.ms > 0.5)
                snprintf(ratio, sizeof ratio, "%.2f", r.ms / rh.ms);
        }
        human_bytes(peak, sizeof peak, (double)r.peak);
        human_bytes(rss, sizeof rss, (double)r.rss_kb * 1024.0);
        printf("| %s | %zu | %s | %s | %zu | %zu | %zu | %zu | %zu | %.2f | %s | %s | %.1f | %s |\n",
               c->desc, len, status_name(r.rc),
               show_lenient ? (rl.rc == WARTA_OK ? "OK" : status_name(rl.rc)) : "",
               r.blocks, r.paras, r.times, r.entities, r.related, r.ms, ratio, peak,
               len ? (double)r.peak / (double)len : 0.0, rss);
        fflush(stdout);
        free(text);
    }
    if (linear) {
        static const size_t sizes[] = {(size_t)1 << 20, (size_t)10 << 20, (size_t)50 << 20};
        double ms[3] = {0, 0, 0};
        size_t lens[3] = {0, 0, 0};
        printf("\nLinear time: repeated corpus text (the first 5 articles of each outlet, "
               "concatenated)\n\n");
        printf("| input | bytes | time (ms) | MB/s | peak alloc | alloc/input | blocks | times | "
               "entities |\n");
        printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (k = 0; k < 3; k++) {
            size_t len;
            char *text = corpus_text(shared, sizes[k], &len);
            result r;
            char peak[32];
            if (!text) {
                printf("| corpus text | (../shared not found: skipped) |\n");
                break;
            }
            measure(ctx, &cnt, text, len, 0, k == 0 ? 3 : 1, &r);
            human_bytes(peak, sizeof peak, (double)r.peak);
            printf("| %zu MiB of corpus text | %zu | %.1f | %.2f | %s | %.1f | %zu | %zu | %zu |\n",
                   sizes[k] >> 20, len, r.ms, (double)len / (1024.0 * 1024.0) / (r.ms / 1e3), peak,
                   (double)r.peak / (double)len, r.blocks, r.times, r.entities);
            if (r.rc != WARTA_OK)
                printf("| (status %s) |\n", status_name(r.rc));
            ms[k] = r.ms;
            lens[k] = len;
            fflush(stdout);
            free(text);
        }
        if (ms[0] > 0 && ms[2] > 0)
            printf("\nTime ratio 50 MiB / 1 MiB: %.1f for a size ratio of %.1f (linear: equal; "
                   "10 MiB / 1 MiB: %.1f)\n",
                   ms[2] / ms[0], (double)lens[2] / (double)lens[0], ms[1] / ms[0]);
    }
    warta_context_free(ctx);
    if (cnt.live != 0)
        printf("\nWARNING: %lld blocks still allocated after warta_context_free\n",
               (long long)cnt.live);
    return 0;
}
