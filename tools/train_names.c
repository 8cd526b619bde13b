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

static uint64_t *g_keys;
static size_t g_nkeys, g_capkeys;
static example *g_ex;
static size_t g_nex, g_capex;
static const gold *g_gold; /* the sentence being parsed */
static size_t g_ngold;

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
    size_t i;
    int y = WT_NAMES_NONE;
    (void)u;
    for (i = 0; i < g_ngold; i++)
        if (g_gold[i].start == start && g_gold[i].end == end)
            y = g_gold[i].y;
    g_keys = grow(g_keys, &g_capkeys, g_nkeys + nk, sizeof *g_keys);
    memcpy(g_keys + g_nkeys, keys, nk * sizeof *keys);
    g_ex = grow(g_ex, &g_capex, g_nex + 1, sizeof *g_ex);
    g_ex[g_nex].k0 = g_nkeys;
    g_ex[g_nex].nk = nk;
    g_ex[g_nex].y = y;
    g_nex++;
    g_nkeys += nk;
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
static void sentence(const warta_context *ctx, const char *text, size_t len, const gold *gd,
                     size_t ng, size_t *failed)
{
    warta_article *a = NULL;
    warta_error err;
    g_gold = gd;
    g_ngold = ng;
    if (wt_parse_names_trace(ctx, text, len, NULL, on_run, NULL, &a, &err) != WARTA_OK)
        (*failed)++;
    warta_article_free(a);
}

static void read_file(const warta_context *ctx, const char *path, size_t *sentences,
                      size_t *golds, size_t *failed)
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
                sentence(ctx, text, len, gd, ng, failed);
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

static wslot *g_w;
static size_t g_wcap;

static wslot *slot(uint64_t key)
{
    size_t h = (size_t)(key ^ (key >> 29)) & (g_wcap - 1);
    while (g_w[h].used && g_w[h].key != key)
        h = (h + 1) & (g_wcap - 1);
    if (!g_w[h].used) {
        g_w[h].used = 1;
        g_w[h].key = key;
    }
    return &g_w[h];
}

static void bump(wslot *s, int y, int64_t d, int64_t c)
{
    s->acc[y] += (c - s->ts[y]) * s->w[y];
    s->ts[y] = c;
    s->w[y] += d;
}

static uint64_t g_rng = UINT64_C(0x2545F4914F6CDD1D);
static uint64_t rnd(void)
{
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return g_rng;
}

static int predict(const example *e)
{
    int64_t tot[WT_NAMES_TYPES] = {0, 0, 0, 0};
    int y, best = 0;
    size_t i;
    for (i = 0; i < e->nk; i++) {
        wslot *s = slot(g_keys[e->k0 + i]);
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
    for (; i < argc; i++)
        read_file(ctx, argv[i], &sentences, &golds, &failed);
    warta_context_free(ctx);
    for (k = 0; k < g_nex; k++)
        counts[g_ex[k].y]++;
    fprintf(stderr,
            "train_names: %zu sentences (%zu failed to parse), %zu gold spans, %zu runs: "
            "%zu none, %zu person, %zu place, %zu organisation\n",
            sentences, failed, golds, g_nex, counts[0], counts[1], counts[2], counts[3]);
    g_wcap = 1024;
    while (g_wcap < g_nkeys * 2 + 2)
        g_wcap *= 2;
    g_w = calloc(g_wcap, sizeof *g_w);
    order = malloc((g_nex + 1) * sizeof *order);
    if (!g_w || !order) {
        fprintf(stderr, "train_names: out of memory\n");
        return 1;
    }
    for (k = 0; k < g_nex; k++)
        order[k] = k;
    for (ep = 0; ep < epochs; ep++) {
        size_t wrong = 0;
        for (k = g_nex; k > 1; k--) { /* Fisher-Yates */
            size_t j = (size_t)(rnd() % k), t = order[k - 1];
            order[k - 1] = order[j];
            order[j] = t;
        }
        for (k = 0; k < g_nex; k++, c++) {
            const example *e = &g_ex[order[k]];
            int p = predict(e);
            size_t q;
            if (p == e->y)
                continue;
            wrong++;
            for (q = 0; q < e->nk; q++) {
                wslot *s = slot(g_keys[e->k0 + q]);
                bump(s, e->y, 1, c);
                bump(s, p, -1, c);
            }
        }
        fprintf(stderr, "train_names: epoch %d: %zu of %zu runs wrong\n", ep + 1, wrong, g_nex);
    }
    /* averages, in key order */
    for (k = 0; k < g_wcap; k++) {
        wslot *s = &g_w[k];
        int keep = 0;
        if (!s->used)
            continue;
        for (y = 0; y < WT_NAMES_TYPES; y++) {
            double avg = (double)(s->acc[y] + (c - s->ts[y]) * s->w[y]) / (double)c;
            s->w[y] = (int64_t)llround(avg * 1000.0);
            keep |= s->w[y] != 0;
        }
        if (keep)
            g_w[n_out++] = *s;
    }
    qsort(g_w, n_out, sizeof *g_w, by_key);
    out = out_path ? fopen(out_path, "w") : stdout;
    if (!out) {
        perror(out_path);
        return 1;
    }
    fprintf(out,
            "# The name guesser's weights (lib/names.h), written by tools/train_names.c:\n"
            "# a multi-class averaged perceptron, %d epochs over %zu runs of %zu sentences.\n",
            epochs, g_nex, sentences);
    if (note)
        fprintf(out, "# %s\n", note);
    fprintf(out, "# key: a feature key of lib/names.c (a hash: retrain when the features or\n"
                 "# the token hash change); weights times 1000 for none, person, place and\n"
                 "# organisation. Keys whose weights all round to 0 are left out.\n"
                 "key\tnone\tperson\tplace\torganisation\n");
    for (k = 0; k < n_out; k++)
        fprintf(out, "%016" PRIx64 "\t%" PRId64 "\t%" PRId64 "\t%" PRId64 "\t%" PRId64 "\n",
                g_w[k].key, g_w[k].w[0], g_w[k].w[1], g_w[k].w[2], g_w[k].w[3]);
    if (out != stdout && fclose(out) != 0) {
        perror(out_path);
        return 1;
    }
    fprintf(stderr, "train_names: %zu keys written\n", n_out);
    free(g_w);
    free(order);
    free(g_keys);
    free(g_ex);
    return 0;
}
