#define _POSIX_C_SOURCE 200809L
/* warta-bench: throughput of warta's pipeline stages over a set of articles.
 *
 *   warta-bench [--stage full|segment|timex|entities] [--runs N]
 *               [--reference ISO8601] [--concat MB] FILE|DIR...
 *
 * Loads every file into memory, then parses each article once per run and
 * prints the median wall time of the runs, MB/s and articles/s as one JSON
 * line (so scripts can compare it with peers run on the same texts).
 * --concat MB joins the texts (blank line between) and repeats them up to
 * MB megabytes, parsed as ONE input: the linear-time check.
 * --stage timex times segmentation + time expressions, --stage entities
 * segmentation + entities, --stage segment segmentation alone. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <warta.h>

#include "model.h"

typedef struct text {
    char *s;
    size_t n;
} text;

static text *texts;
static size_t n_texts, cap_texts;

static void add_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    text t;
    if (!f || fstat(fileno(f), &st) != 0) {
        fprintf(stderr, "warta-bench: cannot read %s\n", path);
        exit(2);
    }
    t.n = (size_t)st.st_size;
    t.s = malloc(t.n + 1);
    if (!t.s || fread(t.s, 1, t.n, f) != t.n) {
        fprintf(stderr, "warta-bench: cannot read %s\n", path);
        exit(2);
    }
    fclose(f);
    if (n_texts == cap_texts) {
        cap_texts = cap_texts ? cap_texts * 2 : 256;
        texts = realloc(texts, cap_texts * sizeof *texts);
        if (!texts)
            exit(3);
    }
    texts[n_texts++] = t;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *e;
        char **names = NULL;
        size_t n = 0, cap = 0, i;
        while (d && (e = readdir(d)) != NULL) {
            size_t l = strlen(e->d_name);
            if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0)
                continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 256;
                names = realloc(names, cap * sizeof *names);
            }
            names[n] = malloc(strlen(path) + l + 2);
            sprintf(names[n++], "%s/%s", path, e->d_name);
        }
        if (d)
            closedir(d);
        qsort(names, n, sizeof *names, cmp_str);
        for (i = 0; i < n; i++) {
            add_file(names[i]);
            free(names[i]);
        }
        free(names);
    } else {
        add_file(path);
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const char *stage = "full", *reference = NULL;
    int runs = 5, stages = WT_STAGE_ALL, i;
    double concat_mb = 0, *times;
    size_t total = 0, k, n_times = 0;
    warta_context *ctx;
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    warta_error err;
    double t0;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--stage") == 0 && i + 1 < argc)
            stage = argv[++i];
        else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--reference") == 0 && i + 1 < argc)
            reference = argv[++i];
        else if (strcmp(argv[i], "--concat") == 0 && i + 1 < argc)
            concat_mb = atof(argv[++i]);
        else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: warta-bench [--stage full|segment|timex|entities] "
                            "[--runs N] [--reference ISO] [--concat MB] FILE|DIR...\n");
            return 2;
        } else
            add_path(argv[i]);
    }
    if (strcmp(stage, "full") == 0)
        stages = WT_STAGE_ALL;
    else if (strcmp(stage, "segment") == 0)
        stages = 0;
    else if (strcmp(stage, "timex") == 0)
        stages = WT_STAGE_TIMEX;
    else if (strcmp(stage, "entities") == 0)
        stages = WT_STAGE_ENTITIES;
    else {
        fprintf(stderr, "warta-bench: unknown stage %s\n", stage);
        return 2;
    }
    if (n_texts == 0 || runs < 1) {
        fprintf(stderr, "warta-bench: no input\n");
        return 2;
    }
    if (concat_mb > 0) {
        size_t want = (size_t)(concat_mb * 1024 * 1024), n = 0, j = 0;
        char *big = malloc(want + 1);
        if (!big)
            return 3;
        while (n < want) {
            const text *t = &texts[j++ % n_texts];
            size_t m = t->n + 2 <= want - n ? t->n : want - n;
            memcpy(big + n, t->s, m);
            n += m;
            if (n + 2 <= want) {
                big[n++] = '\n';
                big[n++] = '\n';
            } else {
                break;
            }
        }
        /* cut back to a character boundary */
        while (n > 0 && ((unsigned char)big[n - 1] & 0xC0) == 0x80)
            n--;
        if (n > 0 && (unsigned char)big[n - 1] >= 0xC0)
            n--;
        for (k = 0; k < n_texts; k++)
            free(texts[k].s);
        texts[0].s = big;
        texts[0].n = n;
        n_texts = 1;
        po.max_input = n + 1;
    }
    for (k = 0; k < n_texts; k++)
        total += texts[k].n;
    po.reference = reference;
    po.flags = WARTA_PARSE_LENIENT; /* a benchmark measures, it does not judge */

    t0 = now();
    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK) {
        fprintf(stderr, "warta-bench: %s\n", err.message);
        return 1;
    }
    {
        double ctx_ms = (now() - t0) * 1e3;
        times = malloc((size_t)runs * sizeof *times);
        for (i = 0; i < runs; i++) {
            double start = now();
            for (k = 0; k < n_texts; k++) {
                warta_article *a = NULL;
                if (wt_parse_stages(ctx, texts[k].s, texts[k].n, &po, stages, &a, &err) !=
                    WARTA_OK) {
                    fprintf(stderr, "warta-bench: parse failed: %s\n", err.message);
                    return 1;
                }
                warta_article_free(a);
            }
            times[n_times++] = now() - start;
        }
        qsort(times, n_times, sizeof *times, cmp_double);
        printf("{\"tool\":\"warta\",\"stage\":\"%s\",\"articles\":%zu,\"bytes\":%zu,\"runs\":%d,"
               "\"median_s\":%.6f,\"mb_per_s\":%.2f,\"articles_per_s\":%.1f,"
               "\"context_ms\":%.3f}\n",
               stage, n_texts, total, runs, times[n_times / 2],
               (double)total / 1e6 / times[n_times / 2], (double)n_texts / times[n_times / 2],
               ctx_ms);
    }
    free(times);
    for (k = 0; k < n_texts; k++)
        free(texts[k].s);
    free(texts);
    warta_context_free(ctx);
    return 0;
}
