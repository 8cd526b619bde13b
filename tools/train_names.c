/* train_names: learn the name guesser's weights (lib/names.h) from a BIO
 * corpus and write lib/data/names_model.tsv.
 *
 *   train_names [--epochs N] [--out FILE] [--note TEXT] TRAIN.txt...
 *
 * Each input holds one `token<TAB>tag` per line and a blank line between
 * sentences (IndoNLU's NERGrit files, ../shared/corpus/ner/README.md); tags
 * PERSON, PLACE, ORGANISATION in BIO. Each sentence's tokens are joined by
 * single spaces and parsed by warta with its rules; every capitalised run
 * the guesser would score there (wt_parse_names_trace(): the library picks
 * the runs and makes their feature keys, so training and use read the same
 * ones) is one example, labelled with the gold type whose span has exactly
 * the run's bytes, else none. A multi-class averaged perceptron (Collins
 * 2002) runs N epochs (default 10) over the examples in an order shuffled
 * each epoch by a fixed generator, so the output depends on the inputs
 * only. The weights are written times 1000, rounded; keys whose four
 * weights all round to 0 are left out. Statistics go to stderr.
 *
 * Build: CMake target train_names (bench/CMakeLists.txt), linked against
 * the static library (it calls the internal wt_parse_names_trace()). */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "names.h"
#include "warta.h"

typedef struct example {
    size_t k0, nk; /* its keys: keys[k0 .. k0 + nk) */
    int y;
} example;

typedef struct gold {
    size_t start, end;
    int y;
} gold;

/* What training has read: every run's keys in one array, the examples, and
 * the gold spans of the sentence being parsed (the trace callback's user
 * data). */
typedef struct trainer {
    uint64_t *keys;
    size_t nkeys, capkeys;
    example *ex;
    size_t nex, capex;
    const gold *gold; /* the sentence being parsed */
    size_t ngold;
} trainer;

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return p;
    while (*cap < need)
        *cap = *cap ? *cap * 2 : 1024;
    p = realloc(p, *cap * size);
    if (!p) {
        fprintf(stderr, "train_names: out of memory\n");
        exit(1);
    }
    return p;
}

static void on_run(void *u, size_t start, size_t end, const uint64_t *keys, size_t nk)
{
    trainer *tr = u;
    size_t i;
    int y = WT_NAMES_NONE;
    for (i = 0; i < tr->ngold; i++)
        if (tr->gold[i].start == start && tr->gold[i].end == end)
            y = tr->gold[i].y;
    tr->keys = grow(tr->keys, &tr->capkeys, tr->nkeys + nk, sizeof *tr->keys);
    memcpy(tr->keys + tr->nkeys, keys, nk * sizeof *keys);
    tr->ex = grow(tr->ex, &tr->capex, tr->nex + 1, sizeof *tr->ex);
    tr->ex[tr->nex].k0 = tr->nkeys;
    tr->ex[tr->nex].nk = nk;
    tr->ex[tr->nex].y = y;
    tr->nex++;
    tr->nkeys += nk;
}

static int tag_type(const char *t)
{
    if (strcmp(t, "PERSON") == 0)
        return WT_NAMES_PERSON;
    if (strcmp(t, "PLACE") == 0)
        return WT_NAMES_PLACE;
    if (strcmp(t, "ORGANISATION") == 0)
        return WT_NAMES_ORG;
    return -1;
}

/* parse one sentence: text[0..len) with gold spans */
static void sentence(trainer *tr, const warta_context *ctx, const char *text, size_t len,
                     const gold *gd, size_t ng, size_t *failed)
{
    warta_article *a = NULL;
    warta_error err;
    tr->gold = gd;
    tr->ngold = ng;
    if (wt_parse_names_trace(ctx, text, len, NULL, on_run, tr, &a, &err) != WARTA_OK)
        (*failed)++;
    warta_article_free(a);
}

static void read_file(trainer *tr, const warta_context *ctx, const char *path,
                      size_t *sentences, size_t *golds, size_t *failed)
{
    FILE *f = fopen(path, "r");
    char line[4096], *text = NULL;
    size_t len = 0, cap = 0, ng = 0, capg = 0;
    gold *gd = NULL;
    int open_y = -1; /* type of the entity being read, -1: none */
    if (!f) {
        perror(path);
        exit(1);
    }
    for (;;) {
        char *ok = fgets(line, sizeof line, f), *tab;
        size_t tl;
        int y;
        if (ok)
            line[strcspn(line, "\r\n")] = '\0';
        if (!ok || line[0] == '\0') {
            if (len) {
                sentence(tr, ctx, text, len, gd, ng, failed);
                (*sentences)++;
                *golds += ng;
            }
            len = 0;
            ng = 0;
            open_y = -1;
            if (!ok)
                break;
            continue;
        }
        tab = strchr(line, '\t');
        if (!tab) {
            fprintf(stderr, "%s: a line without a tab: %s\n", path, line);
            exit(1);
        }
        *tab = '\0';
        tl = strlen(line);
        text = grow(text, &cap, len + tl + 2, 1);
        if (len)
            text[len++] = ' ';
        y = (tab[1] == 'B' || tab[1] == 'I') && tab[2] == '-' ? tag_type(tab + 3) : -1;
        if (y > 0 && (tab[1] == 'B' || open_y != y)) { /* an I- that continues nothing opens one */
            gd = grow(gd, &capg, ng + 1, sizeof *gd);
            gd[ng].start = len;
            gd[ng].y = y;
            ng++;
        }
        open_y = y;
        memcpy(text + len, line, tl);
        len += tl;
        text[len] = '\0';
        if (y > 0)
            gd[ng - 1].end = len;
    }
    fclose(f);
    free(text);
    free(gd);
}

/* the weights, by key: open addressing */
typedef struct wslot {
    uint64_t key;
    int used;
    int64_t w[WT_NAMES_TYPES], acc[WT_NAMES_TYPES], ts[WT_NAMES_TYPES];
} wslot;

typedef struct weights {
    wslot *w;
    size_t cap;
} weights;

static wslot *slot(weights *ws, uint64_t key)
{
    size_t h = (size_t)(key ^ (key >> 29)) & (ws->cap - 1);
    while (ws->w[h].used && ws->w[h].key != key)
        h = (h + 1) & (ws->cap - 1);
    if (!ws->w[h].used) {
        ws->w[h].used = 1;
        ws->w[h].key = key;
    }
    return &ws->w[h];
}

static void bump(wslot *s, int y, int64_t d, int64_t c)
{
    s->acc[y] += (c - s->ts[y]) * s->w[y];
    s->ts[y] = c;
    s->w[y] += d;
}

/* xorshift64: the fixed shuffle */
static uint64_t rnd(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

static int predict(weights *ws, const trainer *tr, const example *e)
{
    int64_t tot[WT_NAMES_TYPES] = {0, 0, 0, 0};
    int y, best = 0;
    size_t i;
    for (i = 0; i < e->nk; i++) {
        wslot *s = slot(ws, tr->keys[e->k0 + i]);
        for (y = 0; y < WT_NAMES_TYPES; y++)
            tot[y] += s->w[y];
    }
    for (y = 1; y < WT_NAMES_TYPES; y++)
        if (tot[y] > tot[best])
            best = y;
    return best;
}

static int by_key(const void *x, const void *y)
{
    uint64_t a = ((const wslot *)x)->key, b = ((const wslot *)y)->key;
    return (a > b) - (a < b);
}

int main(int argc, char **argv)
{
    const char *out_path = NULL, *note = NULL;
    int epochs = 10, ep, i, y;
    size_t sentences = 0, golds = 0, failed = 0, k, *order, n_out = 0, counts[4] = {0, 0, 0, 0};
    int64_t c = 1;
    uint64_t rng = UINT64_C(0x2545F4914F6CDD1D);
    trainer tr;
    weights ws;
    warta_context *ctx = NULL;
    warta_error err;
    FILE *out;
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--epochs") == 0 && i + 1 < argc)
            epochs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
            out_path = argv[++i];
        else if (strcmp(argv[i], "--note") == 0 && i + 1 < argc)
            note = argv[++i];
        else
            break;
    }
    if (i >= argc || epochs < 1) {
        fprintf(stderr, "usage: train_names [--epochs N] [--out FILE] [--note TEXT] TRAIN.txt...\n");
        return 2;
    }
    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK) {
        fprintf(stderr, "train_names: %s\n", err.message);
        return 1;
    }
    memset(&tr, 0, sizeof tr);
    for (; i < argc; i++)
        read_file(&tr, ctx, argv[i], &sentences, &golds, &failed);
    warta_context_free(ctx);
    for (k = 0; k < tr.nex; k++)
        counts[tr.ex[k].y]++;
    fprintf(stderr,
            "train_names: %zu sentences (%zu failed to parse), %zu gold spans, %zu runs: "
            "%zu none, %zu person, %zu place, %zu organisation\n",
            sentences, failed, golds, tr.nex, counts[0], counts[1], counts[2], counts[3]);
    ws.cap = 1024;
    while (ws.cap < tr.nkeys * 2 + 2)
        ws.cap *= 2;
    ws.w = calloc(ws.cap, sizeof *ws.w);
    order = malloc((tr.nex + 1) * sizeof *order);
    if (!ws.w || !order) {
        fprintf(stderr, "train_names: out of memory\n");
        return 1;
    }
    for (k = 0; k < tr.nex; k++)
        order[k] = k;
    for (ep = 0; ep < epochs; ep++) {
        size_t wrong = 0;
        for (k = tr.nex; k > 1; k--) { /* Fisher-Yates */
            size_t j = (size_t)(rnd(&rng) % k), t = order[k - 1];
            order[k - 1] = order[j];
            order[j] = t;
        }
        for (k = 0; k < tr.nex; k++, c++) {
            const example *e = &tr.ex[order[k]];
            int p = predict(&ws, &tr, e);
            size_t q;
            if (p == e->y)
                continue;
            wrong++;
            for (q = 0; q < e->nk; q++) {
                wslot *s = slot(&ws, tr.keys[e->k0 + q]);
                bump(s, e->y, 1, c);
                bump(s, p, -1, c);
            }
        }
        fprintf(stderr, "train_names: epoch %d: %zu of %zu runs wrong\n", ep + 1, wrong, tr.nex);
    }
    /* averages, in key order */
    for (k = 0; k < ws.cap; k++) {
        wslot *s = &ws.w[k];
        int keep = 0;
        if (!s->used)
            continue;
        for (y = 0; y < WT_NAMES_TYPES; y++) {
            double avg = (double)(s->acc[y] + (c - s->ts[y]) * s->w[y]) / (double)c;
            s->w[y] = (int64_t)llround(avg * 1000.0);
            keep |= s->w[y] != 0;
        }
        if (keep)
            ws.w[n_out++] = *s;
    }
    qsort(ws.w, n_out, sizeof *ws.w, by_key);
    out = out_path ? fopen(out_path, "w") : stdout;
    if (!out) {
        perror(out_path);
        return 1;
    }
    fprintf(out,
            "# The name guesser's weights (lib/names.h), written by tools/train_names.c:\n"
            "# a multi-class averaged perceptron, %d epochs over %zu runs of %zu sentences.\n",
            epochs, tr.nex, sentences);
    if (note)
        fprintf(out, "# %s\n", note);
    fprintf(out, "# key: a feature key of lib/names.c (a hash: retrain when the features or\n"
                 "# the token hash change); weights times 1000 for none, person, place and\n"
                 "# organisation. Keys whose weights all round to 0 are left out.\n"
                 "key\tnone\tperson\tplace\torganisation\n");
    for (k = 0; k < n_out; k++)
        fprintf(out, "%016" PRIx64 "\t%" PRId64 "\t%" PRId64 "\t%" PRId64 "\t%" PRId64 "\n",
                ws.w[k].key, ws.w[k].w[0], ws.w[k].w[1], ws.w[k].w[2], ws.w[k].w[3]);
    if (out != stdout && fclose(out) != 0) {
        perror(out_path);
        return 1;
    }
    fprintf(stderr, "train_names: %zu keys written\n", n_out);
    free(ws.w);
    free(order);
    free(tr.keys);
    free(tr.ex);
    return 0;
}
