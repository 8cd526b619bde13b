/* pool: parsing on worker threads, results in submission order.
 *
 * A ring of `capacity` jobs, each an article submitted and not yet taken:
 * queued, running (in a worker or in the caller) or done. Jobs are started
 * in submission order (the one at `started` is the oldest not started) and
 * taken from `head`; a taker whose job is not done parses the oldest job
 * not started (its own, or one behind it) instead of waiting. One mutex
 * guards the ring; workers wait on `work` for a queued job, takers on
 * `done` for theirs. A worker runs the parse without the lock, so the lock
 * is held only to move indices. The pool
 * sits beside json.c at the top of the library: it calls the public
 * warta_parse_json() and warta_parse_marshal(), nothing below them. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "warta/json.h"
#include "warta/pool.h"

#define POOL_MAX_THREADS 256u
#define POOL_MAX_CAPACITY ((size_t)1 << 20)
#define POOL_DEFAULT_CAPACITY 64u

enum { JOB_QUEUED, JOB_RUNNING, JOB_DONE };

typedef struct pool_job {
    const char *text;
    size_t len;
    int state;
    int rc;
    char *out;
    size_t out_len;
    warta_error err;
} pool_job;

struct warta_pool {
    const warta_context *ctx;
    warta_parse_options parse; /* the copy every parse uses */
    char *reference;           /* its reference string, owned */
    int output, json_flags;
    pool_job *jobs;
    size_t cap;
    size_t head;    /* ring index of the oldest job not taken */
    size_t count;   /* jobs not taken */
    size_t started; /* jobs from head on that a thread has started */
    int quit;
    int taking; /* a warta_pool_next() is running */
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    pthread_t *threads;
    unsigned nthreads;
};

int warta_pool_options_init(warta_pool_options *opts, unsigned int version)
{
    if (!opts)
        return WARTA_EINVAL;
    if (version < 1 || version > WARTA_POOL_OPTIONS_VERSION)
        return WARTA_EVERSION;
    memset(opts, 0, sizeof *opts);
    opts->version = version;
    opts->threads = 1;
    opts->capacity = POOL_DEFAULT_CAPACITY;
    opts->output = WARTA_POOL_JSON;
    return WARTA_OK;
}

/* Parse job j (its state RUNNING, the lock not held). */
static void run_job(warta_pool *p, pool_job *j)
{
    memset(&j->err, 0, sizeof j->err);
    j->out = NULL;
    j->out_len = 0;
    if (p->output == WARTA_POOL_MARSHAL)
        j->rc = warta_parse_marshal(p->ctx, j->text, j->len, &p->parse, &j->out, &j->out_len,
                                    &j->err);
    else
        j->rc = warta_parse_json(p->ctx, j->text, j->len, &p->parse, p->json_flags, &j->out,
                                 &j->out_len, &j->err);
}

/* The oldest queued job, marked RUNNING, or NULL when none is queued
 * (the lock held). */
static pool_job *start_next(warta_pool *p)
{
    pool_job *j;
    if (p->started >= p->count)
        return NULL;
    j = &p->jobs[(p->head + p->started) % p->cap];
    p->started++;
    j->state = JOB_RUNNING;
    return j;
}

static void *worker(void *arg)
{
    warta_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        pool_job *j;
        while (!p->quit && p->started >= p->count)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->quit)
            break;
        j = start_next(p);
        pthread_mutex_unlock(&p->mu);
        run_job(p, j);
        pthread_mutex_lock(&p->mu);
        j->state = JOB_DONE;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Stop and join the first n threads, free everything (the lock not held). */
static void pool_destroy(warta_pool *p, unsigned n)
{
    const wt_alloc *al = &p->ctx->al;
    size_t i;
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    while (n > 0)
        pthread_join(p->threads[--n], NULL);
    /* every job left is queued or done: a worker finishes its job before
     * it sees quit, and a caller's parse returned before this call */
    for (i = 0; i < p->count; i++)
        warta_free(p->jobs[(p->head + i) % p->cap].out);
    pthread_cond_destroy(&p->done);
    pthread_cond_destroy(&p->work);
    pthread_mutex_destroy(&p->mu);
    wt_free(al, p->threads);
    wt_free(al, p->jobs);
    wt_free(al, p->reference);
    wt_free(al, p);
}

int warta_pool_new(const warta_context *ctx, const warta_pool_options *opts, warta_pool **out,
                   warta_error *err)
{
    warta_pool_options defaults;
    const wt_alloc *al;
    warta_pool *p;
    size_t cap;
    unsigned i;
    if (out)
        *out = NULL;
    if (!ctx || !out)
        return wt_set_error(err, WARTA_EINVAL, -1, "ctx or out is NULL");
    if (!opts) {
        warta_pool_options_init(&defaults, WARTA_POOL_OPTIONS_VERSION);
        opts = &defaults;
    }
    if (opts->version < 1 || opts->version > WARTA_POOL_OPTIONS_VERSION)
        return wt_set_error(err, WARTA_EVERSION, -1, "unknown pool options version %u",
                            opts->version);
    cap = opts->capacity ? opts->capacity : POOL_DEFAULT_CAPACITY;
    if (opts->threads > POOL_MAX_THREADS)
        return wt_set_error(err, WARTA_EINVAL, -1, "%u threads: at most %u", opts->threads,
                            POOL_MAX_THREADS);
    if (cap > POOL_MAX_CAPACITY)
        return wt_set_error(err, WARTA_EINVAL, -1, "capacity %zu: at most %zu", cap,
                            POOL_MAX_CAPACITY);
    if (opts->output != WARTA_POOL_JSON && opts->output != WARTA_POOL_MARSHAL)
        return wt_set_error(err, WARTA_EINVAL, -1, "unknown pool output %d", opts->output);
    if (opts->parse && (opts->parse->version < 1 ||
                        opts->parse->version > WARTA_PARSE_OPTIONS_VERSION))
        return wt_set_error(err, WARTA_EVERSION, -1, "unknown parse options version %u",
                            opts->parse->version);
    al = &ctx->al;
    p = wt_malloc(al, sizeof *p);
    if (!p)
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory");
    memset(p, 0, sizeof *p);
    p->ctx = ctx;
    p->output = opts->output;
    p->json_flags = opts->json_flags;
    warta_parse_options_init(&p->parse, WARTA_PARSE_OPTIONS_VERSION);
    if (opts->parse) {
        p->parse.max_input = opts->parse->max_input;
        p->parse.flags = opts->parse->flags;
        if (opts->parse->reference) {
            size_t n = strlen(opts->parse->reference);
            p->reference = wt_malloc(al, n + 1);
            if (p->reference)
                memcpy(p->reference, opts->parse->reference, n + 1);
            p->parse.reference = p->reference;
        }
    }
    p->cap = cap;
    p->jobs = wt_malloc(al, cap * sizeof *p->jobs);
    p->threads = wt_malloc(al, (opts->threads ? opts->threads : 1) * sizeof *p->threads);
    if (!p->jobs || !p->threads || (opts->parse && opts->parse->reference && !p->reference)) {
        wt_free(al, p->threads);
        wt_free(al, p->jobs);
        wt_free(al, p->reference);
        wt_free(al, p);
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory");
    }
    memset(p->jobs, 0, cap * sizeof *p->jobs);
    {
        int m = pthread_mutex_init(&p->mu, NULL) == 0;
        int w = m && pthread_cond_init(&p->work, NULL) == 0;
        int d = w && pthread_cond_init(&p->done, NULL) == 0;
        if (!d) {
            if (w)
                pthread_cond_destroy(&p->work);
            if (m)
                pthread_mutex_destroy(&p->mu);
            wt_free(al, p->threads);
            wt_free(al, p->jobs);
            wt_free(al, p->reference);
            wt_free(al, p);
            return wt_set_error(err, WARTA_ENOMEM, -1, "cannot create a mutex or condition");
        }
    }
    for (i = 0; i < opts->threads; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0) {
            pool_destroy(p, i);
            return wt_set_error(err, WARTA_ENOMEM, -1, "cannot start worker thread %u of %u",
                                i + 1, opts->threads);
        }
    }
    p->nthreads = opts->threads;
    *out = p;
    return WARTA_OK;
}

int warta_pool_submit(warta_pool *p, const char *text, size_t len, warta_error *err)
{
    pool_job *j;
    if (!p)
        return wt_set_error(err, WARTA_EINVAL, -1, "pool is NULL");
    if (!text && len > 0)
        return wt_set_error(err, WARTA_EINVAL, -1, "text is NULL with a length of %zu", len);
    pthread_mutex_lock(&p->mu);
    if (p->count == p->cap) {
        pthread_mutex_unlock(&p->mu);
        return wt_set_error(err, WARTA_ERANGE, -1,
                            "the pool holds %zu articles not taken (its capacity)", p->cap);
    }
    j = &p->jobs[(p->head + p->count) % p->cap];
    j->text = text ? text : "";
    j->len = len;
    j->state = JOB_QUEUED;
    j->out = NULL;
    p->count++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return WARTA_OK;
}

int warta_pool_next(warta_pool *p, char **out, size_t *out_len, warta_error *err)
{
    pool_job *j;
    int rc;
    if (out)
        *out = NULL;
    if (out_len)
        *out_len = 0;
    if (!p || !out)
        return wt_set_error(err, WARTA_EINVAL, -1, "pool or out is NULL");
    if (p->output == WARTA_POOL_MARSHAL && !out_len)
        return wt_set_error(err, WARTA_EINVAL, -1, "out_len is NULL (marshal data)");
    pthread_mutex_lock(&p->mu);
    if (p->taking) {
        /* two takers would both take the oldest job */
        pthread_mutex_unlock(&p->mu);
        return wt_set_error(err, WARTA_EINVAL, -1,
                            "warta_pool_next() is already running on this pool");
    }
    if (p->count == 0) {
        pthread_mutex_unlock(&p->mu);
        return wt_set_error(err, WARTA_ERANGE, -1, "no article pending");
    }
    p->taking = 1;
    j = &p->jobs[p->head];
    while (j->state != JOB_DONE) {
        /* rather than wait, parse the oldest job no worker has started:
         * the one to take when it is still queued (jobs start in order),
         * else one behind it (a worker is on this one); wait only when
         * every job has started */
        pool_job *h = start_next(p);
        if (!h) {
            pthread_cond_wait(&p->done, &p->mu);
            continue;
        }
        pthread_mutex_unlock(&p->mu);
        run_job(p, h);
        pthread_mutex_lock(&p->mu);
        h->state = JOB_DONE;
    }
    rc = j->rc;
    *out = j->out;
    if (out_len)
        *out_len = j->out_len;
    if (err && rc != WARTA_OK)
        *err = j->err;
    j->out = NULL;
    j->text = NULL;
    p->head = (p->head + 1) % p->cap;
    p->count--;
    p->started--;
    p->taking = 0;
    pthread_mutex_unlock(&p->mu);
    return rc;
}

size_t warta_pool_pending(warta_pool *p)
{
    size_t n;
    if (!p)
        return 0;
    pthread_mutex_lock(&p->mu);
    n = p->count;
    pthread_mutex_unlock(&p->mu);
    return n;
}

void warta_pool_free(warta_pool *p)
{
    if (p)
        pool_destroy(p, p->nthreads);
}
