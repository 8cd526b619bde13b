/* nergrit_eval: precision, recall and F1 of warta's entities against the
 * gold BIO entities of IndoNLU's NERGrit split (issue 5).
 *
 *   nergrit_eval [--split train|valid|test]... [--dir DIR] [--errors N] [--guess-names]
 *
 * DIR holds {train,valid,test}_preprocess.txt (`token<TAB>tag` lines, a
 * blank line between sentences; default WARTA_SHARED_DIR/corpus/ner/
 * nergrit_ner-grit). Without --split, train and valid are run (test only
 * when asked for: it is for the final figure, never for tuning).
 *
 * Each sentence is joined with single spaces into one text and parsed as an
 * article with warta_parse (one context for the run, no reference). Every
 * mention of every body entity is mapped to the tokens it overlaps (a
 * mention that does not start and end on token boundaries is snapped
 * outwards and counted), its type mapped person -> PERSON, country and
 * location -> PLACE, organization -> ORGANISATION, and the set of
 * (type, first token, last token) is compared with the gold entities by
 * exact span and type. Printed: per type and micro counts and P/R/F1, an
 * error breakdown (type confusion, boundary, spurious, missed, gold lost
 * to text the segmenter did not keep as body), the throughput of
 * warta_parse over the split's joined text, and with --errors N, N examples
 * of each error class. Not a test: nothing is asserted. */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <warta.h>

/* the parse options of every sentence: --guess-names sets WARTA_PARSE_GUESS_NAMES */
static warta_parse_options g_opts = WARTA_PARSE_OPTIONS_INIT;

#ifndef WARTA_SHARED_DIR
#define WARTA_SHARED_DIR "../shared"
#endif

enum { T_NONE = 0, T_PERSON = 1, T_PLACE = 2, T_ORG = 3, NTYPES = 4 };
static const char *const type_names[NTYPES] = { "O", "PERSON", "PLACE", "ORGANISATION" };

/* error classes, for FP (predicted) and FN (gold) spans */
enum {
    E_TYPE,     /* same span, other type */
    E_BOUND,    /* overlaps a span of the same type, other boundaries */
    E_BOUNDTYPE,/* overlaps only spans of another type, other boundaries */
    E_NONE,     /* overlaps nothing: spurious (FP) or missed (FN) */
    E_LOST,     /* FN only: a gold token fell outside the body paragraphs */
    NCLASSES
};
static const char *const fp_class_names[NCLASSES] = {
    "type confusion (gold span, other type)", "boundary (overlaps gold of same type)",
    "boundary+type (overlaps gold of other type only)", "spurious (no gold overlap)", "-"
};
static const char *const fn_class_names[NCLASSES] = {
    "type confusion (predicted with other type)", "boundary (overlapping prediction, same type)",
    "boundary+type (overlapping prediction, other type)",
    "missed (no overlapping prediction)", "lost (token outside the body paragraphs)"
};

typedef struct {
    int type;
    size_t a, b; /* tokens [a,b) */
} span;

typedef struct {
    char w[24];
    size_t n;
} lead_count;

typedef struct {
    size_t tp[NTYPES], fp[NTYPES], fn[NTYPES];
    size_t fp_class[NCLASSES], fn_class[NCLASSES];
    size_t fp_class_t[NCLASSES][NTYPES], fn_class_t[NCLASSES][NTYPES]; /* by own type */
    size_t confusion[NTYPES][NTYPES]; /* [gold][pred] for same-span type errors */
    size_t sentences, tokens, bytes, parse_fail, snapped, mentions;
    size_t sent_lost, tok_lost, sent_dateline;
    size_t lost_kind[8];
    double parse_ms;
    size_t shown_fp[NCLASSES], shown_fn[NCLASSES], shown_lost;
    size_t atp[NTYPES], afp[NTYPES], afn[NTYPES]; /* gold with admin prefixes dropped */
    size_t fn_longer, fn_shorter, fn_crossing; /* same-type boundary FNs: gold vs prediction */
    lead_count lead[128]; /* first gold token left out by a prediction inside the gold span */
    size_t nlead;
} stats;

typedef struct {
    char *buf; /* the joined text */
    size_t len, cap;
    size_t *ts, *te; /* token byte ranges */
    int *tag;        /* per token: +type for B-, -type for I-, 0 for O */
    size_t n, ncap;
    span *gold, *pred, *alt;
    size_t ngold, npred, nalt, gcap, pcap, acap;
    unsigned char *in_body; /* per token */
} sentence;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "nergrit_eval: out of memory\n");
        exit(2);
    }
    return q;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *s = NULL;
    size_t n = 0, cap = 0, r;
    if (!f)
        return NULL;
    do {
        if (cap - n < 65536) {
            cap = cap ? cap * 2 : 131072;
            s = xrealloc(s, cap + 1);
        }
        r = fread(s + n, 1, cap - n, f);
        n += r;
    } while (r > 0);
    fclose(f);
    s[n] = '\0';
    *len = n;
    return s;
}

static int tag_type(const char *t, size_t n)
{
    if (n >= 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-') {
        t += 2;
        n -= 2;
        if (n == 6 && memcmp(t, "PERSON", 6) == 0)
            return T_PERSON;
        if (n == 5 && memcmp(t, "PLACE", 5) == 0)
            return T_PLACE;
        if (n == 12 && memcmp(t, "ORGANISATION", 12) == 0)
            return T_ORG;
    }
    return T_NONE;
}

static void push_span(span **v, size_t *n, size_t *cap, int type, size_t a, size_t b)
{
    size_t i;
    for (i = 0; i < *n; i++) /* few per sentence: a linear dedupe is fine */
        if ((*v)[i].type == type && (*v)[i].a == a && (*v)[i].b == b)
            return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *v = xrealloc(*v, *cap * sizeof **v);
    }
    (*v)[*n].type = type;
    (*v)[*n].a = a;
    (*v)[*n].b = b;
    (*n)++;
}

static void add_token(sentence *s, const char *tok, size_t n, int tag)
{
    if (s->len + n + 2 > s->cap) {
        s->cap = (s->len + n + 2) * 2;
        s->buf = xrealloc(s->buf, s->cap);
    }
    if (s->n == s->ncap) {
        s->ncap = s->ncap ? s->ncap * 2 : 64;
        s->ts = xrealloc(s->ts, s->ncap * sizeof *s->ts);
        s->te = xrealloc(s->te, s->ncap * sizeof *s->te);
        s->tag = xrealloc(s->tag, s->ncap * sizeof *s->tag);
        s->in_body = xrealloc(s->in_body, s->ncap);
    }
    if (s->n > 0)
        s->buf[s->len++] = ' ';
    s->ts[s->n] = s->len;
    memcpy(s->buf + s->len, tok, n);
    s->len += n;
    s->te[s->n] = s->len;
    s->tag[s->n] = tag;
    s->n++;
}

/* gold entities from BIO; an I- that does not continue an entity of its
 * type starts one (conlleval's convention) */
static void gold_spans(sentence *s)
{
    size_t i, start = 0;
    int cur = T_NONE;
    s->ngold = 0;
    for (i = 0; i <= s->n; i++) {
        int t = i < s->n ? s->tag[i] : 0;
        int ty = t < 0 ? -t : t;
        int cont = t < 0 && ty == cur;
        if (cur != T_NONE && !cont) {
            push_span(&s->gold, &s->ngold, &s->gcap, cur, start, i);
            cur = T_NONE;
        }
        if (ty != T_NONE && !cont) {
            cur = ty;
            start = i;
        }
    }
}

static int map_type(int wt)
{
    switch (wt) {
    case WARTA_ENTITY_PERSON:
        return T_PERSON;
    case WARTA_ENTITY_COUNTRY:
    case WARTA_ENTITY_LOCATION:
        return T_PLACE;
    case WARTA_ENTITY_ORGANIZATION:
        return T_ORG;
    default:
        return T_NONE;
    }
}

/* first token whose end is after byte x (tokens are sorted) */
static size_t tok_after(const sentence *s, size_t x)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->te[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void print_tokens(const sentence *s, size_t a, size_t b, size_t ma, size_t mb)
{
    size_t i, from = a > 8 ? a - 8 : 0, to = b + 8 < s->n ? b + 8 : s->n;
    if (from > 0)
        fputs("... ", stdout);
    for (i = from; i < to; i++) {
        if (i == ma)
            fputs("[[", stdout);
        fwrite(s->buf + s->ts[i], 1, s->te[i] - s->ts[i], stdout);
        if (i + 1 == mb)
            fputs("]]", stdout);
        if (i + 1 < to)
            putchar(' ');
    }
    if (to < s->n)
        fputs(" ...", stdout);
}

static int overlaps(const span *x, const span *y)
{
    return x->a < y->b && y->a < x->b;
}

/* class of span x (from set `self`) against the other set */
static int classify(const span *x, const span *other, size_t nother, int *other_type)
{
    size_t i;
    int same = 0, diff = 0;
    for (i = 0; i < nother; i++) {
        const span *y = &other[i];
        if (y->a == x->a && y->b == x->b && y->type != x->type) {
            *other_type = y->type;
            return E_TYPE;
        }
    }
    for (i = 0; i < nother; i++) {
        if (!overlaps(x, &other[i]))
            continue;
        if (other[i].type == x->type)
            same = 1;
        else
            diff = 1;
    }
    return same ? E_BOUND : diff ? E_BOUNDTYPE : E_NONE;
}

static void count_lead(stats *st, const char *w, size_t n)
{
    size_t i, k;
    char low[24];
    if (n >= sizeof low)
        n = sizeof low - 1;
    for (k = 0; k < n; k++)
        low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] - 'A' + 'a' : w[k]);
    low[n] = '\0';
    for (i = 0; i < st->nlead; i++)
        if (strcmp(st->lead[i].w, low) == 0) {
            st->lead[i].n++;
            return;
        }
    if (st->nlead < sizeof st->lead / sizeof st->lead[0]) {
        memcpy(st->lead[st->nlead].w, low, n + 1);
        st->lead[st->nlead++].n = 1;
    }
}

/* a same-type boundary FN: is the gold longer, shorter or crossing? */
static void boundary_kind(stats *st, const sentence *s, const span *g)
{
    size_t i;
    for (i = 0; i < s->npred; i++) {
        const span *p = &s->pred[i];
        if (p->type != g->type || !overlaps(p, g))
            continue;
        if (p->a >= g->a && p->b <= g->b) {
            st->fn_longer++;
            if (p->a > g->a)
                count_lead(st, s->buf + s->ts[g->a], s->te[g->a] - s->ts[g->a]);
        } else if (p->a <= g->a && p->b >= g->b) {
            st->fn_shorter++;
        } else {
            st->fn_crossing++;
        }
        return;
    }
}

static int cmp_lead(const void *x, const void *y)
{
    size_t a = ((const lead_count *)x)->n, b = ((const lead_count *)y)->n;
    return a < b ? 1 : a > b ? -1 : 0;
}

static void print_example(const char *what, const sentence *s, const span *x, int cls,
                          int other_type, const span *ctx, size_t nctx)
{
    size_t i;
    printf("  %s %-12s ", what, type_names[x->type]);
    print_tokens(s, x->a, x->b, x->a, x->b);
    if (cls == E_TYPE)
        printf("  (%s %s)", what[1] == 'P' ? "gold" : "pred", type_names[other_type]);
    else if (cls == E_BOUND || cls == E_BOUNDTYPE) {
        printf("  (%s:", what[1] == 'P' ? "gold" : "pred");
        for (i = 0; i < nctx; i++) {
            if (!overlaps(x, &ctx[i]))
                continue;
            putchar(' ');
            printf("%s \"", type_names[ctx[i].type]);
            fwrite(s->buf + s->ts[ctx[i].a], 1, s->te[ctx[i].b - 1] - s->ts[ctx[i].a], stdout);
            putchar('"');
        }
        putchar(')');
    }
    putchar('\n');
}

/* the number of leading tokens of gold PLACE span g that are an
 * administrative prefix dropped by warta's guidelines (dev-gold README:
 * Kabupaten, Kota, Provinsi, Kecamatan, Kelurahan, Desa, Desa Adat, Dusun,
 * Kampung, DKI, Daerah Istimewa), when a name follows */
static size_t admin_prefix(const sentence *s, const span *g)
{
    static const char *const one[] = { "kabupaten", "kota", "provinsi", "kecamatan",
                                       "kelurahan", "desa", "dusun", "kampung", "dki" };
    size_t i, n;
    const char *w;
    if (g->type != T_PLACE || g->b - g->a < 2)
        return 0;
    w = s->buf + s->ts[g->a];
    n = s->te[g->a] - s->ts[g->a];
    if (g->b - g->a >= 3) {
        const char *w2 = s->buf + s->ts[g->a + 1];
        size_t n2 = s->te[g->a + 1] - s->ts[g->a + 1];
        if ((n == 4 && strncasecmp(w, "desa", 4) == 0 && n2 == 4 &&
             strncasecmp(w2, "adat", 4) == 0) ||
            (n == 6 && strncasecmp(w, "daerah", 6) == 0 && n2 == 8 &&
             strncasecmp(w2, "istimewa", 8) == 0))
            return 2;
    }
    for (i = 0; i < sizeof one / sizeof one[0]; i++)
        if (strlen(one[i]) == n && strncasecmp(w, one[i], n) == 0)
            return 1;
    return 0;
}

static int in_set(const span *x, const span *set, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (set[i].type == x->type && set[i].a == x->a && set[i].b == x->b)
            return 1;
    return 0;
}

static int eval_sentence(const warta_context *ctx, sentence *s, stats *st, size_t nerr)
{
    warta_article *a = NULL;
    warta_error err;
    double t0;
    size_t i, j, k, ne, nb;
    int rc, lost = 0;

    if (s->n == 0)
        return 0;
    gold_spans(s);
    st->sentences++;
    st->tokens += s->n;
    st->bytes += s->len;

    t0 = now_ms();
    rc = warta_parse(ctx, s->buf, s->len, &g_opts, &a, &err);
    st->parse_ms += now_ms() - t0;
    s->npred = 0;
    if (rc != WARTA_OK) {
        st->parse_fail++;
        fprintf(stderr, "nergrit_eval: sentence %zu: warta_parse failed (%d)\n", st->sentences,
                rc);
    } else {
        ne = warta_article_entity_count(a);
        for (i = 0; i < ne; i++) {
            const warta_entity *e = warta_article_entity(a, i);
            int ty = map_type(warta_entity_type(e));
            size_t nm = warta_entity_mention_count(e);
            if (ty == T_NONE)
                continue;
            for (j = 0; j < nm; j++) {
                int64_t ms, me;
                size_t ta, tb;
                if (warta_entity_mention(e, j, &ms, &me) != WARTA_OK || ms < 0 || me <= ms ||
                    (size_t)me > s->len)
                    continue;
                st->mentions++;
                ta = tok_after(s, (size_t)ms);
                tb = tok_after(s, (size_t)me - 1) + 1; /* token holding the last byte, or next */
                if (tb > s->n)
                    tb = s->n;
                if (tb > ta && s->ts[tb - 1] >= (size_t)me)
                    tb--; /* the last byte was a space before token tb-1 */
                if (ta >= tb)
                    continue;
                if (s->ts[ta] != (size_t)ms || s->te[tb - 1] != (size_t)me)
                    st->snapped++;
                push_span(&s->pred, &s->npred, &s->pcap, ty, ta, tb);
            }
        }
        /* which tokens the body paragraphs kept */
        memset(s->in_body, 0, s->n);
        nb = warta_article_paragraph_count(a);
        for (i = 0; i < nb; i++) {
            int64_t ps, pe;
            if (warta_article_paragraph(a, i, &ps, &pe) != WARTA_OK)
                continue;
            for (k = tok_after(s, (size_t)ps); k < s->n && s->ts[k] < (size_t)pe; k++)
                if (s->ts[k] >= (size_t)ps && s->te[k] <= (size_t)pe)
                    s->in_body[k] = 1;
        }
        for (k = 0; k < s->n; k++)
            if (!s->in_body[k]) {
                st->tok_lost++;
                lost = 1;
            }
        if (lost) {
            size_t nblk = warta_article_block_count(a);
            st->sent_lost++;
            if (warta_article_has_dateline(a))
                st->sent_dateline++;
            for (i = 0; i < nblk; i++) {
                int kind;
                int64_t bs, be;
                if (warta_article_block(a, i, &kind, &bs, &be) == WARTA_OK &&
                    kind != WARTA_BLOCK_PARAGRAPH && kind > 0 && kind < 8)
                    st->lost_kind[kind]++;
            }
            if (st->shown_lost < nerr) {
                st->shown_lost++;
                printf("  LOST ");
                for (i = 0; i < nblk; i++) {
                    int kind;
                    int64_t bs, be;
                    if (warta_article_block(a, i, &kind, &bs, &be) != WARTA_OK)
                        continue;
                    printf("%s<%.*s> ", kind == WARTA_BLOCK_PARAGRAPH ? "" :
                                        warta_block_kind_name(kind),
                           (int)(be - bs > 60 ? 60 : be - bs), s->buf + bs);
                }
                putchar('\n');
            }
        }
        warta_article_free(a);
    }
    if (rc != WARTA_OK)
        memset(s->in_body, 0, s->n);

    s->nalt = 0;
    for (i = 0; i < s->ngold; i++)
        push_span(&s->alt, &s->nalt, &s->acap, s->gold[i].type,
                  s->gold[i].a + admin_prefix(s, &s->gold[i]), s->gold[i].b);
    /* predicted PLACE spans lose their prefix too: warta's mentions keep
     * the prefix as written (`Kabupaten Agam`) and name the place without */
    for (i = 0; i < s->npred; i++) {
        span pp = s->pred[i];
        pp.a += admin_prefix(s, &pp);
        if (in_set(&pp, s->alt, s->nalt))
            st->atp[pp.type]++;
        else
            st->afp[pp.type]++;
    }
    for (i = 0; i < s->nalt; i++) {
        int found = 0;
        for (j = 0; j < s->npred && !found; j++) {
            span pp = s->pred[j];
            pp.a += admin_prefix(s, &pp);
            found = pp.type == s->alt[i].type && pp.a == s->alt[i].a && pp.b == s->alt[i].b;
        }
        if (!found)
            st->afn[s->alt[i].type]++;
    }

    for (i = 0; i < s->npred; i++) {
        int hit = 0, ot = 0, cls;
        for (j = 0; j < s->ngold && !hit; j++)
            hit = s->gold[j].type == s->pred[i].type && s->gold[j].a == s->pred[i].a &&
                  s->gold[j].b == s->pred[i].b;
        if (hit) {
            st->tp[s->pred[i].type]++;
            continue;
        }
        st->fp[s->pred[i].type]++;
        cls = classify(&s->pred[i], s->gold, s->ngold, &ot);
        st->fp_class[cls]++;
        st->fp_class_t[cls][s->pred[i].type]++;
        if (cls == E_TYPE)
            st->confusion[ot][s->pred[i].type]++;
        if (st->shown_fp[cls] < nerr) {
            st->shown_fp[cls]++;
            print_example("FP", s, &s->pred[i], cls, ot, s->gold, s->ngold);
        }
    }
    for (i = 0; i < s->ngold; i++) {
        int hit = 0, ot = 0, cls;
        for (j = 0; j < s->npred && !hit; j++)
            hit = s->gold[i].type == s->pred[j].type && s->gold[i].a == s->pred[j].a &&
                  s->gold[i].b == s->pred[j].b;
        if (hit)
            continue;
        st->fn[s->gold[i].type]++;
        cls = classify(&s->gold[i], s->pred, s->npred, &ot);
        if (cls == E_NONE)
            for (k = s->gold[i].a; k < s->gold[i].b; k++)
                if (!s->in_body[k]) {
                    cls = E_LOST;
                    break;
                }
        st->fn_class[cls]++;
        st->fn_class_t[cls][s->gold[i].type]++;
        if (cls == E_BOUND)
            boundary_kind(st, s, &s->gold[i]);
        if (st->shown_fn[cls] < nerr) {
            st->shown_fn[cls]++;
            print_example("FN", s, &s->gold[i], cls, ot, s->pred, s->npred);
        }
    }
    return 0;
}

static void prf(const char *name, size_t tp, size_t fp, size_t fn)
{
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 0.0;
    double r = tp + fn ? (double)tp / (double)(tp + fn) : 0.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    printf("| %-12s | %5zu | %5zu | %5zu | %5zu | %5.1f | %5.1f | %5.1f |\n", name, tp + fn,
           tp + fp, tp, fp + fn, 100 * p, 100 * r, 100 * f);
}

static int run_split(const warta_context *ctx, const char *dir, const char *split, size_t nerr)
{
    char path[4096];
    size_t flen, pos = 0, i, j;
    char *data;
    sentence s;
    stats *st;
    size_t ttp = 0, tfp = 0, tfn = 0;

    snprintf(path, sizeof path, "%s/%s_preprocess.txt", dir, split);
    data = read_file(path, &flen);
    if (!data) {
        fprintf(stderr, "nergrit_eval: cannot read %s\n", path);
        return 1;
    }
    memset(&s, 0, sizeof s);
    st = calloc(1, sizeof *st);
    if (!st) {
        free(data);
        return 2;
    }
    printf("## NERGrit %s (%s)\n\n", split, path);
    if (nerr)
        printf("Examples (at most %zu per class; [[...]] marks the span):\n", nerr);

    while (pos <= flen) {
        size_t e = pos;
        const char *tab;
        while (e < flen && data[e] != '\n')
            e++;
        {
            size_t l = e;
            if (l > pos && data[l - 1] == '\r')
                l--;
            if (l == pos) { /* blank line or end: a sentence ends */
                eval_sentence(ctx, &s, st, nerr);
                s.n = 0;
                s.len = 0;
            } else {
                tab = memchr(data + pos, '\t', l - pos);
                if (tab) {
                    size_t tn = (size_t)(tab - (data + pos));
                    const char *tg = tab + 1;
                    size_t gn = (size_t)(data + l - tg);
                    int ty = tag_type(tg, gn);
                    add_token(&s, data + pos, tn, ty && tg[0] == 'I' ? -ty : ty);
                }
            }
        }
        pos = e + 1;
    }
    if (s.n)
        eval_sentence(ctx, &s, st, nerr);

    printf("\n%zu sentences, %zu tokens, %zu bytes of joined text; %zu mentions mapped, %zu "
           "snapped to token boundaries; %zu parse failures\n\n",
           st->sentences, st->tokens, st->bytes, st->mentions, st->snapped, st->parse_fail);
    printf("| type         |  gold |  pred |    tp | fp+fn |   P %% |   R %% |  F1 %% |\n");
    printf("|--------------|------:|------:|------:|------:|------:|------:|------:|\n");
    for (i = 1; i < NTYPES; i++) {
        prf(type_names[i], st->tp[i], st->fp[i], st->fn[i]);
        ttp += st->tp[i];
        tfp += st->fp[i];
        tfn += st->fn[i];
    }
    prf("micro", ttp, tfp, tfn);

    {
        size_t atp = 0, afp = 0, afn = 0;
        printf("\nWith the administrative prefixes (Desa, Kecamatan, Kabupaten, Kota, ...) of gold "
               "and predicted PLACE spans dropped (warta's place names drop them):\n\n");
        printf("| type         |  gold |  pred |    tp | fp+fn |   P %% |   R %% |  F1 %% |\n");
        printf("|--------------|------:|------:|------:|------:|------:|------:|------:|\n");
        for (i = 1; i < NTYPES; i++) {
            prf(type_names[i], st->atp[i], st->afp[i], st->afn[i]);
            atp += st->atp[i];
            afp += st->afp[i];
            afn += st->afn[i];
        }
        prf("micro", atp, afp, afn);
    }
    printf("\nFalse positives (%zu):\n", tfp);
    for (i = 0; i < E_LOST; i++)
        printf("  %5zu  %-52s PER %4zu PLA %4zu ORG %4zu\n", st->fp_class[i], fp_class_names[i],
               st->fp_class_t[i][T_PERSON], st->fp_class_t[i][T_PLACE], st->fp_class_t[i][T_ORG]);
    printf("False negatives (%zu):\n", tfn);
    for (i = 0; i < NCLASSES; i++)
        printf("  %5zu  %-52s PER %4zu PLA %4zu ORG %4zu\n", st->fn_class[i], fn_class_names[i],
               st->fn_class_t[i][T_PERSON], st->fn_class_t[i][T_PLACE], st->fn_class_t[i][T_ORG]);
    printf("Same-type boundary misses: gold longer than the prediction %zu, shorter %zu, "
           "crossing %zu\n",
           st->fn_longer, st->fn_shorter, st->fn_crossing);
    qsort(st->lead, st->nlead, sizeof st->lead[0], cmp_lead);
    printf("  first gold word left out (top 12):");
    for (i = 0; i < st->nlead && i < 12; i++)
        printf(" %s %zu", st->lead[i].w, st->lead[i].n);
    putchar('\n');
    printf("Same-span type confusions (gold -> predicted):");
    for (i = 1; i < NTYPES; i++)
        for (j = 1; j < NTYPES; j++)
            if (st->confusion[i][j])
                printf(" %s->%s %zu", type_names[i], type_names[j], st->confusion[i][j]);
    printf("\nSentences with tokens outside the body paragraphs: %zu (%zu tokens; %zu with a "
           "dateline); non-paragraph blocks:",
           st->sent_lost, st->tok_lost, st->sent_dateline);
    for (i = 2; i < 8; i++)
        if (st->lost_kind[i])
            printf(" %s %zu", warta_block_kind_name((int)i), st->lost_kind[i]);
    printf("\nThroughput: %.1f ms in warta_parse for %zu bytes = %.2f MB/s (%.0f sentences/s)\n\n",
           st->parse_ms, st->bytes,
           st->parse_ms > 0 ? (double)st->bytes / 1e6 / (st->parse_ms / 1e3) : 0.0,
           st->parse_ms > 0 ? (double)st->sentences / (st->parse_ms / 1e3) : 0.0);

    free(s.buf);
    free(s.ts);
    free(s.te);
    free(s.tag);
    free(s.in_body);
    free(s.gold);
    free(s.pred);
    free(s.alt);
    free(st);
    free(data);
    return 0;
}

int main(int argc, char **argv)
{
    const char *splits[3];
    size_t nsplit = 0, nerr = 0, i;
    const char *dir = WARTA_SHARED_DIR "/corpus/ner/nergrit_ner-grit";
    warta_context *ctx = NULL;
    warta_error err;
    int rc = 0;

    for (i = 1; i < (size_t)argc; i++) {
        if (strcmp(argv[i], "--split") == 0 && i + 1 < (size_t)argc &&
            (strcmp(argv[i + 1], "train") == 0 || strcmp(argv[i + 1], "valid") == 0 ||
             strcmp(argv[i + 1], "test") == 0)) {
            if (nsplit < 3)
                splits[nsplit++] = argv[++i];
            else
                i++;
        } else if (strcmp(argv[i], "--dir") == 0 && i + 1 < (size_t)argc) {
            dir = argv[++i];
        } else if (strcmp(argv[i], "--errors") == 0 && i + 1 < (size_t)argc) {
            nerr = (size_t)strtoul(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--guess-names") == 0) {
            g_opts.flags |= WARTA_PARSE_GUESS_NAMES;
        } else {
            fprintf(stderr, "usage: %s [--split train|valid|test]... [--dir DIR] [--errors N] [--guess-names]\n",
                    argv[0]);
            return 2;
        }
    }
    if (nsplit == 0) {
        splits[nsplit++] = "train";
        splits[nsplit++] = "valid";
    }
    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK) {
        fprintf(stderr, "nergrit_eval: warta_context_new failed\n");
        return 1;
    }
    { /* warm-up: the first parse loads ICU's data; keep it out of the timing */
        static const char warm[] = "Jakarta (ANTARA) - Presiden Joko Widodo tiba di Bandung.";
        warta_article *a = NULL;
        if (warta_parse(ctx, warm, sizeof warm - 1, NULL, &a, &err) == WARTA_OK)
            warta_article_free(a);
    }
    printf("# warta %s on NERGrit (exact span and type, micro-averaged)%s\n\n",
           warta_version_string(),
           (g_opts.flags & WARTA_PARSE_GUESS_NAMES) ? ", names guessed (--guess-names)" : "");
    for (i = 0; i < nsplit; i++)
        rc |= run_split(ctx, dir, splits[i], nerr);
    warta_context_free(ctx);
    return rc;
}
