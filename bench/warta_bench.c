#define _POSIX_C_SOURCE 200809L
/* warta-bench: throughput of warta's pipeline stages over a set of articles.
 *
 *   warta-bench [--stage full|segment|timex|entities] [--runs N]
 *               [--reference ISO8601] [--concat MB] [--guess-names] FILE|DIR...
 *
 * Loads every file into memory, then parses each article once per run and
 * prints the median wall time of the runs, MB/s and articles/s as one JSON
 * line (so scripts can compare it with peers run on the same texts).
 * --concat MB joins the texts (blank line between) and repeats them up to
 * MB megabytes, parsed as ONE input: the linear-time check.
 * --stage timex times segmentation + time expressions, --stage entities
 * segmentation + entities, --stage segment segmentation alone.
 *
 * --stage entities also times the entity pass alone: each article is
 * segmented and its paragraphs tokenised (untimed), then the timers run
 * around its wt_entities_run() calls only (body, and related headlines when
 * there are any, as warta_parse runs them), summed over the articles. Wall
 * time and this thread's CPU time are both printed (the CPU figure is what
 * one core does when the machine is shared), each from its own pass over
 * the articles: reading the thread's CPU clock can be a system call of 1-2
 * us (on virtual machines without a vDSO CPU clock), counted in the CPU
 * figure (twice per article), kept out of the wall figure.
 *
 * --guess-names parses with WARTA_PARSE_GUESS_NAMES (the entity pass alone
 * then includes the name guesser, and its untimed preparation reads the
 * time expressions the guesser leaves alone).
 *
 * context_ms is the median wall time of --contexts creations of a context
 * with every gazetteer loaded (default 21; the first one, which also loads
 * ICU's data, is printed on its own as context_first_ms). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <warta.h>

#include "entities.h"
#include "model.h"
#include "text.h"
#include "token.h"

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

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* One article ready for the entity pass: segmented, its paragraphs
 * tokenised. */
/* --guess-names: WARTA_PARSE_GUESS_NAMES in every parse and entity pass */
static int g_guess;

typedef struct prepared {
    warta_article *a;
    const char *s;
    wt_arena scratch;
    wt_tokens *toks;
} prepared;

static int prepare(const warta_context *ctx, const text *t, const warta_parse_options *po,
                   prepared *pr)
{
    warta_error err;
    const wt_span *sp;
    size_t i, bad;
    memset(pr, 0, sizeof *pr);
    if (wt_text_validate(t->s, t->n, &bad) != WARTA_OK)
        return 0; /* the parse would read a repaired copy: not timed here */
    if (wt_parse_stages(ctx, t->s, t->n, po, g_guess ? WT_STAGE_TIMEX : 0, &pr->a, &err) !=
        WARTA_OK) {
        fprintf(stderr, "warta-bench: parse failed: %s\n", err.message);
        exit(1);
    }
    pr->s = t->s;
    wt_arena_init(&pr->scratch, &ctx->al);
    sp = pr->a->paragraphs.data;
    pr->toks = wt_arena_alloc(&pr->scratch, (pr->a->paragraphs.len + 1) * sizeof(wt_tokens));
    if (!pr->toks)
        exit(3);
    for (i = 0; i < pr->a->paragraphs.len; i++)
        if (wt_tokenize(&pr->scratch, t->s, sp[i].start, sp[i].end, &pr->toks[i]) != WARTA_OK)
            exit(3);
    return 1;
}

/* The entity pass over one prepared article, as article.c runs it. */
static void entity_pass(const warta_context *ctx, prepared *pr)
{
    warta_article *a = pr->a;
    wt_parse p;
    size_t i;
    memset(&p, 0, sizeof p);
    p.ctx = ctx;
    p.art = a;
    p.s = pr->s;
    p.n = a->input_len;
    p.para_tokens = pr->toks;
    p.guess_names = g_guess;
    memset(&a->entities, 0, sizeof a->entities);
    if (wt_entities_run(&p, pr->toks, a->paragraphs.len, &a->entities) != WARTA_OK)
        exit(3);
    for (i = 0; i < a->related.len; i++) {
        warta_related *r = (warta_related *)a->related.data + i;
        wt_arena sc;
        wt_tokens tk;
        if (r->title_end <= r->title_start)
            continue;
        wt_arena_init(&sc, &ctx->al);
        memset(&r->entities, 0, sizeof r->entities);
        if (wt_tokenize(&sc, p.s, r->title_start, r->title_end, &tk) != WARTA_OK ||
            wt_entities_run(&p, &tk, 1, &r->entities) != WARTA_OK)
            exit(3);
        wt_arena_release(&sc);
    }
}

int main(int argc, char **argv)
{
    const char *stage = "full", *reference = NULL;
    int runs = 5, stages = WT_STAGE_ALL, i, n_ctx = 21;
    double concat_mb = 0, *times;
    size_t total = 0, k, n_times = 0;
    warta_context *ctx;
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    warta_error err;
    double t0, ctx_ms, ctx_first, med, cpu_med;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--stage") == 0 && i + 1 < argc)
            stage = argv[++i];
        else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--reference") == 0 && i + 1 < argc)
            reference = argv[++i];
        else if (strcmp(argv[i], "--concat") == 0 && i + 1 < argc)
            concat_mb = atof(argv[++i]);
        else if (strcmp(argv[i], "--contexts") == 0 && i + 1 < argc)
            n_ctx = atoi(argv[++i]);
        else if (strcmp(argv[i], "--guess-names") == 0)
            g_guess = 1;
        else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: warta-bench [--stage full|segment|timex|entities] "
                            "[--runs N] [--contexts N] [--reference ISO] [--concat MB] "
                            "[--guess-names] FILE|DIR...\n");
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
    if (n_texts == 0 || runs < 1 || n_ctx < 1) {
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
    if (g_guess)
        po.flags |= WARTA_PARSE_GUESS_NAMES;

    {
        /* context creation: the first also loads ICU's data */
        double *ct = malloc((size_t)n_ctx * sizeof *ct), first = 0;
        int c;
        if (!ct)
            return 3;
        for (c = 0; c < n_ctx; c++) {
            t0 = now();
            if (warta_context_new(NULL, &ctx, &err) != WARTA_OK) {
                fprintf(stderr, "warta-bench: %s\n", err.message);
                return 1;
            }
            ct[c] = (now() - t0) * 1e3;
            if (c == 0)
                first = ct[0];
            if (c + 1 < n_ctx)
                warta_context_free(ctx);
        }
        ctx_ms = median(ct, (size_t)n_ctx);
        ctx_first = first;
        free(ct);
    }
    {
        double *cpu = malloc((size_t)runs * sizeof *cpu);
        times = malloc((size_t)runs * sizeof *times);
        if (!times || !cpu)
            return 3;
        for (i = 0; i < runs; i++) {
            double start = now(), cstart = cpu_now();
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
            cpu[i] = cpu_now() - cstart;
        }
        med = median(times, n_times);
        cpu_med = median(cpu, (size_t)runs);
        free(cpu);
    }
    printf("{\"tool\":\"warta\",\"stage\":\"%s\",\"articles\":%zu,\"bytes\":%zu,\"runs\":%d,"
           "\"median_s\":%.6f,\"mb_per_s\":%.2f,\"cpu_mb_per_s\":%.2f,"
           "\"articles_per_s\":%.1f",
           stage, n_texts, total, runs, med, (double)total / 1e6 / med,
           (double)total / 1e6 / cpu_med, (double)n_texts / med);
    if (stages == WT_STAGE_ENTITIES) {
        /* the entity pass alone: each article is segmented and tokenised
         * (untimed), then the timers run around its entity calls only, and
         * the article is freed before the next, as in warta_parse */
        double *w = malloc((size_t)runs * sizeof *w), *c = malloc((size_t)runs * sizeof *c);
        size_t bytes = 0, n_ok = 0;
        if (!w || !c)
            return 3;
        for (i = 0; i < runs; i++) {
            int clock;
            w[i] = c[i] = 0;
            /* each run twice: timed by the wall clock alone, then by the
             * thread's CPU clock alone; reading the CPU clock can be a
             * system call of 1-2 us (on virtual machines without a vDSO CPU
             * clock), which would count in the wall figure and leave the
             * pass to start with cold caches and predictors */
            for (clock = 0; clock < 2; clock++)
                for (k = 0; k < n_texts; k++) {
                    prepared pr;
                    double at;
                    if (!prepare(ctx, &texts[k], &po, &pr))
                        continue;
                    at = clock ? cpu_now() : now();
                    entity_pass(ctx, &pr);
                    if (clock)
                        c[i] += cpu_now() - at;
                    else
                        w[i] += now() - at;
                    wt_arena_release(&pr.scratch);
                    warta_article_free(pr.a);
                    if (i == 0 && clock == 0) {
                        bytes += texts[k].n;
                        n_ok++;
                    }
                }
        }
        {
            double wm = median(w, (size_t)runs), cm = median(c, (size_t)runs);
            printf(",\"entities_alone\":{\"articles\":%zu,\"bytes\":%zu,\"median_s\":%.6f,"
                   "\"mb_per_s\":%.2f,\"cpu_median_s\":%.6f,\"cpu_mb_per_s\":%.2f}",
                   n_ok, bytes, wm, (double)bytes / 1e6 / wm, cm, (double)bytes / 1e6 / cm);
        }
        free(w);
        free(c);
    }
    printf(",\"context_ms\":%.3f,\"contexts\":%d,\"context_first_ms\":%.3f}\n", ctx_ms,
           n_ctx, ctx_first);
    free(times);
    for (k = 0; k < n_texts; k++)
        free(texts[k].s);
    free(texts);
    warta_context_free(ctx);
    return 0;
}
