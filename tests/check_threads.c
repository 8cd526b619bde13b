/* Threads: one context shared by 8 threads, each parsing its own articles
 * (the seed and corpus articles of every outlet) for 3 rounds and
 * comparing each JSON output with the one of a serial run: identical.
 * The parse also goes through a locked counting allocator, so the test
 * sees every block return. Build with -DWARTA_SANITIZE=thread to run it
 * under ThreadSanitizer (see docs/ROBUSTNESS.md). */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hostile_inputs.h"
#include "testutil.h"

#define N_THREADS 8
#define ROUNDS 3
#define PER_OUTLET 2
#define REF "2024-11-16T16:25:00+07:00"

static const char *const outlets[] = {"antara", "cnn",  "detik",  "kompas", "liputan6",
                                      "okezone", "other", "tempo", "tribun"};
#define N_OUTLETS (sizeof outlets / sizeof outlets[0])
#define MAX_DOCS (1 + N_OUTLETS * PER_OUTLET)

typedef struct doc {
    char *text;
    size_t len;
    char *json; /* serial result */
} doc;

typedef struct shared {
    const warta_context *ctx;
    doc docs[MAX_DOCS];
    size_t ndocs;
} shared;

typedef struct worker {
    shared *sh;
    int id;
    size_t parsed;
    char failure[512]; /* empty when all went well */
} worker;

static char *parse_json(const warta_context *ctx, const char *text, size_t len, char *why,
                        size_t why_n)
{
    warta_parse_options o = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a = NULL;
    warta_error err;
    char *json = NULL;
    int rc;
    o.reference = REF;
    rc = warta_parse(ctx, text, len, &o, &a, &err);
    if (rc != WARTA_OK) {
        snprintf(why, why_n, "parse: %s", err.message);
        return NULL;
    }
    rc = warta_article_to_json(a, 0, &json, NULL, &err);
    warta_article_free(a);
    if (rc != WARTA_OK) {
        snprintf(why, why_n, "json: %s", err.message);
        return NULL;
    }
    return json;
}

static void *run_worker(void *arg)
{
    worker *w = arg;
    shared *sh = w->sh;
    int round;
    for (round = 0; round < ROUNDS && !w->failure[0]; round++) {
        size_t k;
        /* every thread walks all documents, each from its own start */
        for (k = 0; k < sh->ndocs && !w->failure[0]; k++) {
            size_t d = ((size_t)w->id * 3 + k + (size_t)round) % sh->ndocs;
            char why[256] = "";
            char *json = parse_json(sh->ctx, sh->docs[d].text, sh->docs[d].len, why, sizeof why);
            if (!json)
                snprintf(w->failure, sizeof w->failure, "thread %d doc %zu: %s", w->id, d, why);
            else if (strcmp(json, sh->docs[d].json) != 0)
                snprintf(w->failure, sizeof w->failure,
                         "thread %d round %d doc %zu: JSON differs from the serial run", w->id,
                         round, d);
            warta_free(json);
            w->parsed++;
        }
    }
    return NULL;
}

static void load_docs(shared *sh)
{
    size_t i, j;
    char rel[128];
    sh->ndocs = 0;
    {
        size_t len;
        char *seed = tu_seed(&len);
        if (seed) {
            sh->docs[sh->ndocs].text = seed;
            sh->docs[sh->ndocs++].len = len;
        }
    }
    for (i = 0; i < N_OUTLETS; i++) {
        for (j = 1; j <= PER_OUTLET; j++) {
            char *path, *text;
            size_t len;
            snprintf(rel, sizeof rel, "corpus/articles/%s-%04zu.txt", outlets[i], j);
            path = tu_shared_path(rel);
            text = tu_read_file(path, &len);
            free(path);
            if (text) {
                sh->docs[sh->ndocs].text = text;
                sh->docs[sh->ndocs++].len = len;
            }
        }
    }
}

START_TEST(shared_context_8_threads)
{
    shared sh;
    worker w[N_THREADS];
    pthread_t th[N_THREADS];
    pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    hi_counter cnt = {0};
    warta_allocator al;
    warta_context_options co = WARTA_CONTEXT_OPTIONS_INIT;
    warta_context *ctx = NULL;
    warta_error err;
    size_t i, total = 0;
    int t, rc;

    memset(&sh, 0, sizeof sh);
    load_docs(&sh);
    if (sh.ndocs == 0) {
        fprintf(stderr, "SKIPPED: no article found under %s\n", WARTA_SHARED_DIR);
        return;
    }
    cnt.mutex = &mu;
    hi_counter_allocator(&cnt, &al);
    co.allocator = &al;
    rc = warta_context_new(&co, &ctx, &err);
    ck_assert_msg(rc == WARTA_OK, "context: %s", err.message);
    sh.ctx = ctx;

    for (i = 0; i < sh.ndocs; i++) {
        char why[256] = "";
        sh.docs[i].json = parse_json(ctx, sh.docs[i].text, sh.docs[i].len, why, sizeof why);
        ck_assert_msg(sh.docs[i].json != NULL, "serial doc %zu: %s", i, why);
    }

    for (t = 0; t < N_THREADS; t++) {
        memset(&w[t], 0, sizeof w[t]);
        w[t].sh = &sh;
        w[t].id = t;
        ck_assert_int_eq(pthread_create(&th[t], NULL, run_worker, &w[t]), 0);
    }
    for (t = 0; t < N_THREADS; t++)
        ck_assert_int_eq(pthread_join(th[t], NULL), 0);
    for (t = 0; t < N_THREADS; t++) {
        ck_assert_msg(w[t].failure[0] == '\0', "%s", w[t].failure);
        total += w[t].parsed;
    }
    ck_assert_uint_eq(total, (size_t)N_THREADS * ROUNDS * sh.ndocs);
    fprintf(stderr, "check_threads: %d threads x %d rounds x %zu documents = %zu parses, "
            "all identical to the serial run\n", N_THREADS, ROUNDS, sh.ndocs, total);

    for (i = 0; i < sh.ndocs; i++) {
        warta_free(sh.docs[i].json);
        free(sh.docs[i].text);
    }
    warta_context_free(ctx);
    ck_assert_msg(cnt.live == 0, "%lld blocks leaked", (long long)cnt.live);
}
END_TEST

/* Contexts created and freed in parallel: creation is documented safe from
 * any thread. */
static void *make_context(void *arg)
{
    int *ok = arg;
    warta_context *ctx = NULL;
    warta_error err;
    *ok = warta_context_new(NULL, &ctx, &err) == WARTA_OK;
    warta_context_free(ctx);
    return NULL;
}

START_TEST(parallel_context_creation)
{
    pthread_t th[4];
    int ok[4], t;
    for (t = 0; t < 4; t++)
        ck_assert_int_eq(pthread_create(&th[t], NULL, make_context, &ok[t]), 0);
    for (t = 0; t < 4; t++) {
        ck_assert_int_eq(pthread_join(th[t], NULL), 0);
        ck_assert(ok[t]);
    }
}
END_TEST

static Suite *threads_suite(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, shared_context_8_threads);
    tcase_add_test(tc, parallel_context_creation);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(threads_suite());
}
