/* gen_gazetteer: compile the gazetteer TSV files of lib/data into C
 * tables for lib/gazetteer.c. Run at build time (data.cmake):
 *
 *   gen_gazetteer OUT.c countries_alias.tsv places.tsv organisations.tsv titles.tsv persons.tsv
 *                 countries_tz.tsv given_names.tsv
 *
 * Each file starts with a fixed header line and ends every row with a
 * `source` column (docs/DATA.md). A malformed row stops the build with
 * `file:line: message` on stderr and exit status 1. The output holds one row
 * per lookup key: `{key, {kind, flags, name, iso2, iso3, province, tz,
 * acronym, subkind}}`; organisations give a row for their name and one for
 * each acronym. countries_tz.tsv gives `{iso2, tz}` pairs. Host tool only: plain C, no ICU. */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"

enum { MAXCOL = 12, MAXLINE = 4096 };

/* kinds, as in lib/gazetteer.h */
enum { K_COUNTRY = 1, K_PLACE = 2, K_ORG = 3, K_TITLE = 4, K_RANK = 5, K_HONORIFIC = 6,
       K_PERSON = 7, K_AGENCY = 8 };
enum { F_EXACT = 1, F_CAP = 2 };

typedef struct row {
    char *key;
    int kind, flags;
    char *name, *iso2, *province, *tz, *acronym, *subkind;
} row;

typedef struct ctz {
    char iso2[3];
    char *tz;
} ctz;

typedef struct gen {
    row *rows;
    size_t n, cap;
    ctz *tzs; /* countries_tz.tsv */
    char **given; /* given_names.tsv */
    size_t ngiven, capgiven;
    size_t ntz, captz;
    const char *file;
    long line;
    int failed;
    int name_lower; /* the current row's name starts with a lower-case ASCII letter */
} gen;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void fail(gen *g, const char *fmt, ...);

static void fail(gen *g, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%ld: ", g->file, g->line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    g->failed = 1;
}

static char *dup_or_null(const char *s)
{
    char *d;
    if (!s || strcmp(s, "-") == 0)
        return NULL;
    d = malloc(strlen(s) + 1);
    if (!d) {
        fprintf(stderr, "gen_gazetteer: out of memory\n");
        exit(1);
    }
    strcpy(d, s);
    return d;
}

static int same(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

static void add(gen *g, const char *key, int kind, int flags, const char *name, const char *iso2,
                const char *province, const char *tz, const char *acronym, const char *subkind)
{
    row *r;
    size_t i;
    /* the same key for the same thing twice (an alias row repeating an
     * acronym) is kept once */
    for (i = 0; i < g->n; i++) {
        r = &g->rows[i];
        if (r->kind == kind && strcmp(r->key, key) == 0 && same(r->name, name) &&
            same(r->iso2, iso2) && same(r->province, province) && same(r->tz, tz) &&
            same(r->acronym, acronym) && same(r->subkind, subkind))
            return;
    }
    if (g->n == g->cap) {
        size_t ncap = g->cap ? g->cap * 2 : 512;
        row *nr = realloc(g->rows, ncap * sizeof *nr);
        if (!nr) {
            fprintf(stderr, "gen_gazetteer: out of memory\n");
            exit(1);
        }
        g->rows = nr;
        g->cap = ncap;
    }
    r = &g->rows[g->n++];
    r->key = dup_or_null(key);
    r->kind = kind;
    r->flags = flags;
    r->name = dup_or_null(name);
    r->iso2 = dup_or_null(iso2);
    r->province = dup_or_null(province);
    r->tz = dup_or_null(tz);
    r->acronym = dup_or_null(acronym);
    r->subkind = dup_or_null(subkind);
}

/* Split line in place at tabs; returns the number of columns. */
static int split(char *line, char **col)
{
    int n = 0;
    char *p = line;
    col[n++] = p;
    while ((p = strchr(p, '\t')) != NULL) {
        *p++ = '\0';
        if (n == MAXCOL)
            return MAXCOL + 1;
        col[n++] = p;
    }
    return n;
}

static int is_blank(const char *s)
{
    return *s == '\0';
}

static int check_text(gen *g, const char *what, const char *s, int optional)
{
    const unsigned char *p = (const unsigned char *)s;
    if (is_blank(s)) {
        fail(g, "empty %s (write - for none)", what);
        return 0;
    }
    if (!optional && strcmp(s, "-") == 0) {
        fail(g, "%s is required", what);
        return 0;
    }
    if (isspace(p[0]) || isspace(p[strlen(s) - 1])) {
        fail(g, "%s has white space at an end", what);
        return 0;
    }
    for (; *p; p++) {
        if (*p < 0x20 || *p == '"' || *p == '\\') {
            fail(g, "%s holds a control character, quote or backslash", what);
            return 0;
        }
    }
    return 1;
}

static int check_iso2(gen *g, const char *s)
{
    if (strcmp(s, "-") == 0)
        return 1;
    if (strlen(s) == 2 && isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]))
        return 1;
    fail(g, "bad ISO 3166-1 alpha-2 code '%s'", s);
    return 0;
}

static int check_province(gen *g, const char *s)
{
    if (strcmp(s, "-") == 0)
        return 1;
    if (strlen(s) == 5 && strncmp(s, "ID-", 3) == 0 && isupper((unsigned char)s[3]) &&
        isupper((unsigned char)s[4]))
        return 1;
    fail(g, "bad ISO 3166-2:ID code '%s'", s);
    return 0;
}

static int check_tz(gen *g, const char *s)
{
    const char *p;
    if (strcmp(s, "-") == 0)
        return 1;
    if (!strchr(s, '/'))
        goto bad;
    for (p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '/' && *p != '_' && *p != '-' && *p != '+')
            goto bad;
    return 1;
bad:
    fail(g, "bad IANA zone '%s'", s);
    return 0;
}

static int parse_flags(gen *g, const char *s, int *flags)
{
    if (strcmp(s, "C") == 0 && g->name_lower) {
        fail(g, "flag C on a name that starts in lower case never matches");
        return 0;
    }
    if (strcmp(s, "-") == 0)
        *flags = 0;
    else if (strcmp(s, "E") == 0)
        *flags = F_EXACT;
    else if (strcmp(s, "C") == 0)
        *flags = F_CAP;
    else {
        fail(g, "bad flags '%s' (one of -, E, C)", s);
        return 0;
    }
    return 1;
}

static int in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0)
            return 1;
    return 0;
}

/* An acronym written in capitals (PBB, UE, G20) must match as written; one
 * in mixed case (Kemenhub, Polri) only needs a capital. */
static int acronym_flags(const char *a)
{
    const unsigned char *p = (const unsigned char *)a;
    int upper = 0;
    for (; *p; p++) {
        if (islower(*p))
            return F_CAP;
        if (isupper(*p))
            upper = 1;
    }
    return upper ? F_EXACT : F_CAP;
}

static void do_countries(gen *g, char **c)
{
    int flags;
    if (!check_text(g, "name", c[0], 0) || !check_text(g, "canonical", c[1], 1) ||
        !check_iso2(g, c[2]) || !parse_flags(g, c[3], &flags) || !check_text(g, "source", c[4], 0))
        return;
    if (strcmp(c[2], "-") == 0) {
        fail(g, "a country alias needs its iso2");
        return;
    }
    add(g, c[0], K_COUNTRY, flags, strcmp(c[1], "-") == 0 ? c[0] : c[1], c[2], NULL, NULL, NULL,
        NULL);
}

static void do_country_tz(gen *g, char **c)
{
    size_t i;
    if (!check_iso2(g, c[0]) || !check_tz(g, c[1]) || !check_text(g, "source", c[2], 0))
        return;
    if (strcmp(c[0], "-") == 0 || strcmp(c[1], "-") == 0) {
        fail(g, "iso2 and tz are both required");
        return;
    }
    for (i = 0; i < g->ntz; i++) {
        if (strcmp(g->tzs[i].iso2, c[0]) == 0) {
            fail(g, "%s is listed twice", c[0]);
            return;
        }
    }
    if (g->ntz == g->captz) {
        size_t ncap = g->captz ? g->captz * 2 : 256;
        ctz *nt = realloc(g->tzs, ncap * sizeof *nt);
        if (!nt) {
            fprintf(stderr, "gen_gazetteer: out of memory\n");
            exit(1);
        }
        g->tzs = nt;
        g->captz = ncap;
    }
    memcpy(g->tzs[g->ntz].iso2, c[0], 3);
    g->tzs[g->ntz].tz = dup_or_null(c[1]);
    g->ntz++;
}

static const char *const place_subkinds[] = {"city", "regency", "province", "region", "feature",
                                             "capital", "district", "island", "state", NULL};

static void do_places(gen *g, char **c)
{
    int flags;
    const char *name;
    if (!check_text(g, "name", c[0], 0) || !check_text(g, "canonical", c[1], 1) ||
        !check_text(g, "subkind", c[2], 0) || !check_iso2(g, c[3]) || !check_province(g, c[4]) ||
        !check_tz(g, c[5]) || !parse_flags(g, c[6], &flags) || !check_text(g, "source", c[7], 0))
        return;
    if (!in_list(c[2], place_subkinds)) {
        fail(g, "unknown place subkind '%s'", c[2]);
        return;
    }
    if (strcmp(c[4], "-") != 0 && strcmp(c[3], "ID") != 0) {
        fail(g, "a province code needs iso2 ID");
        return;
    }
    name = strcmp(c[1], "-") == 0 ? c[0] : c[1];
    add(g, c[0], K_PLACE, flags, name, c[3], c[4], c[5], NULL, c[2]);
}

static void do_orgs(gen *g, char **c)
{
    int flags, kind;
    const char *name, *acr;
    if (!check_text(g, "name", c[0], 0) || !check_text(g, "canonical", c[1], 1) ||
        !check_text(g, "acronym", c[2], 1) || !check_text(g, "en_acronym", c[3], 1) ||
        !check_iso2(g, c[4]) || !check_text(g, "kind", c[5], 0) || !parse_flags(g, c[6], &flags) ||
        !check_text(g, "source", c[7], 0))
        return;
    if (strcmp(c[5], "ORG") == 0)
        kind = K_ORG;
    else if (strcmp(c[5], "AGENCY") == 0)
        kind = K_AGENCY;
    else {
        fail(g, "kind must be ORG or AGENCY, not '%s'", c[5]);
        return;
    }
    name = strcmp(c[1], "-") == 0 ? c[0] : c[1];
    acr = strcmp(c[2], "-") != 0 ? c[2] : c[3];
    add(g, c[0], kind, flags, name, c[4], NULL, NULL, acr, NULL);
    if (strcmp(c[2], "-") != 0 && strcmp(c[2], c[0]) != 0)
        add(g, c[2], kind, acronym_flags(c[2]), name, c[4], NULL, NULL, acr, NULL);
    if (strcmp(c[3], "-") != 0 && strcmp(c[3], c[0]) != 0 && strcmp(c[3], c[2]) != 0)
        add(g, c[3], kind, acronym_flags(c[3]), name, c[4], NULL, NULL, acr, NULL);
}

static void do_titles(gen *g, char **c)
{
    int flags, kind;
    if (!check_text(g, "name", c[0], 0) || !check_text(g, "kind", c[1], 0) ||
        !check_text(g, "subkind", c[2], 1) || !parse_flags(g, c[3], &flags) ||
        !check_text(g, "source", c[4], 0))
        return;
    if (strcmp(c[1], "TITLE") == 0)
        kind = K_TITLE;
    else if (strcmp(c[1], "RANK") == 0)
        kind = K_RANK;
    else if (strcmp(c[1], "HONORIFIC") == 0)
        kind = K_HONORIFIC;
    else {
        fail(g, "kind must be TITLE, RANK or HONORIFIC, not '%s'", c[1]);
        return;
    }
    add(g, c[0], kind, flags, c[0], NULL, NULL, NULL, NULL, c[2]);
}

static void do_persons(gen *g, char **c)
{
    int flags;
    if (!check_text(g, "name", c[0], 0) || !check_text(g, "canonical", c[1], 1) ||
        !parse_flags(g, c[2], &flags) || !check_text(g, "source", c[3], 0))
        return;
    add(g, c[0], K_PERSON, flags, strcmp(c[1], "-") == 0 ? c[0] : c[1], NULL, NULL, NULL, NULL,
        NULL);
}

static void do_given(gen *g, char **c)
{
    const char *q;
    if (!check_text(g, "name", c[0], 0) || !check_text(g, "source", c[1], 0))
        return;
    for (q = c[0]; *q; q++)
        if (!isalpha((unsigned char)*q)) {
            fail(g, "a given name is ASCII letters only: %s", c[0]);
            return;
        }
    if (g->ngiven == g->capgiven) {
        size_t cap = g->capgiven ? 2 * g->capgiven : 1024;
        char **p = realloc(g->given, cap * sizeof *p);
        if (!p) {
            fail(g, "out of memory");
            return;
        }
        g->given = p;
        g->capgiven = cap;
    }
    g->given[g->ngiven] = malloc(strlen(c[0]) + 1);
    if (!g->given[g->ngiven]) {
        fail(g, "out of memory");
        return;
    }
    strcpy(g->given[g->ngiven++], c[0]);
}

typedef struct spec {
    const char *base; /* file name the argument must end with */
    const char *header;
    int ncol;
    void (*fn)(gen *, char **);
} spec;

static const spec specs[] = {
    {"countries_alias.tsv", "name\tcanonical\tiso2\tflags\tsource", 5, do_countries},
    {"places.tsv", "name\tcanonical\tsubkind\tiso2\tprovince\ttz\tflags\tsource", 8, do_places},
    {"districts.tsv", "name\tcanonical\tsubkind\tiso2\tprovince\ttz\tflags\tsource", 8, do_places},
    {"organisations.tsv", "name\tcanonical\tacronym\ten_acronym\tiso2\tkind\tflags\tsource", 8,
     do_orgs},
    {"titles.tsv", "name\tkind\tsubkind\tflags\tsource", 5, do_titles},
    {"persons.tsv", "name\tcanonical\tflags\tsource", 4, do_persons},
    {"countries_tz.tsv", "iso2\ttz\tsource", 3, do_country_tz},
    {"given_names.tsv", "name\tsource", 2, do_given},
};

static const spec *find_spec(const char *path)
{
    size_t i, n = strlen(path);
    for (i = 0; i < sizeof specs / sizeof specs[0]; i++) {
        size_t m = strlen(specs[i].base);
        if (n >= m && strcmp(path + n - m, specs[i].base) == 0 &&
            (n == m || path[n - m - 1] == '/' || path[n - m - 1] == '\\'))
            return &specs[i];
    }
    return NULL;
}

static void read_file(gen *g, const char *path)
{
    const spec *sp = find_spec(path);
    char line[MAXLINE];
    FILE *f;
    g->file = path;
    g->line = 0;
    if (!sp) {
        fail(g, "unknown gazetteer file");
        return;
    }
    f = fopen(path, "rb");
    if (!f) {
        fail(g, "cannot open");
        return;
    }
    while (fgets(line, sizeof line, f)) {
        char *col[MAXCOL + 1];
        size_t len = strlen(line);
        int n;
        g->line++;
        if (len == sizeof line - 1 && line[len - 1] != '\n') {
            fail(g, "line too long");
            break;
        }
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (g->line == 1) {
            if (strcmp(line, sp->header) != 0)
                fail(g, "header must be: %s", sp->header);
            continue;
        }
        if (len == 0 || line[0] == '#')
            continue;
        n = split(line, col);
        if (n != sp->ncol) {
            fail(g, "%d columns, expected %d", n, sp->ncol);
            continue;
        }
        g->name_lower = islower((unsigned char)col[0][0]) != 0;
        sp->fn(g, col);
    }
    if (g->line == 0)
        fail(g, "empty file (no header)");
    fclose(f);
}

static void put_str(FILE *out, const char *s)
{
    if (!s) {
        fputs("NULL", out);
        return;
    }
    /* the TSV checks rule out quotes, backslashes and control bytes */
    fprintf(out, "\"%s\"", s);
}

/* ---- the given names' word table (gazetteer.h, wt_gz_gslot) ----
 * Slot, filter and hot bits are gazetteer.h's own inline functions; the
 * fold hash is token.h's wt_hash_folded of the name A-Z lowered, which is
 * token.c's wt_fold_hash for ASCII names (token.c needs ICU, which this
 * host tool does not link): check_gazetteer's word_classes_all_lists finds
 * every name back through the library's. */
#define G_INLINE WT_GZ_GIVEN_INLINE
#define G_FILTER_WORDS (1u << WT_GZ_FILTER_BITS)

static uint32_t g_hash(const char *s)
{
    char low[MAXLINE];
    size_t n = 0;
    /* a name is shorter than its line */
    for (; *s && n < sizeof low; s++)
        low[n++] = (char)tolower((unsigned char)*s);
    return wt_hash_folded(low, n);
}

typedef struct gslot {
    uint32_t hash;
    char name[G_INLINE + 1];
} gslot;

/* Writes wt_gz_given_slots (at most 2/3 full), wt_gz_given_mask,
 * wt_gz_given_filter, wt_gz_given_hot and wt_gz_given_rest (the names the
 * table does not hold: longer than G_INLINE, or a hash already taken by
 * another name); 0 when out of memory. */
static int put_given_table(const gen *g, FILE *out)
{
    size_t cap = 64, i, k, nrest = 0;
    gslot *t;
    uint64_t *filter, *hot;
    char **rest;
    while (cap * 2 < g->ngiven * 3)
        cap *= 2;
    t = calloc(cap, sizeof *t);
    filter = calloc(G_FILTER_WORDS, sizeof *filter);
    hot = calloc(1024, sizeof *hot);
    rest = calloc(g->ngiven + 1, sizeof *rest);
    if (!t || !filter || !hot || !rest) {
        free(t);
        free(filter);
        free(hot);
        free(rest);
        return 0;
    }
    for (i = 0; i < g->ngiven; i++) {
        const char *w = g->given[i];
        uint32_t h = g_hash(w);
        uint32_t b = wt_gz_hot_index(h);
        size_t len = strlen(w);
        filter[wt_gz_filter_word(h)] |= wt_gz_filter_mask(h);
        hot[b >> 6] |= UINT64_C(1) << (b & 63);
        for (k = wt_gz_word_slot(h) & (cap - 1); t[k].hash && t[k].hash != h; k = (k + 1) & (cap - 1))
            ;
        if (t[k].hash == h) {
            size_t j;
            int dup = strlen(t[k].name) == len;
            for (j = 0; dup && j < len; j++)
                dup = (char)tolower((unsigned char)w[j]) == t[k].name[j];
            if (!dup)
                rest[nrest++] = g->given[i];
            continue;
        }
        if (len > G_INLINE) {
            rest[nrest++] = g->given[i];
            continue;
        }
        t[k].hash = h;
        while (len--)
            t[k].name[len] = (char)tolower((unsigned char)w[len]);
    }
    fprintf(out, "\nconst wt_gz_gslot wt_gz_given_slots[] = {\n");
    for (k = 0; k < cap; k++) {
        size_t len = strlen(t[k].name), j;
        fprintf(out, "    {%luu, %lu, {", (unsigned long)t[k].hash, (unsigned long)len);
        for (j = 0; j < len; j++)
            fprintf(out, "%s'%c'", j ? ", " : "", t[k].name[j]);
        fputs(len ? "}},\n" : "0}},\n", out);
    }
    fprintf(out, "};\n\nconst size_t wt_gz_given_mask = %lu;\n", (unsigned long)(cap - 1));
    fprintf(out, "\nconst uint64_t wt_gz_given_filter[] = {\n");
    for (k = 0; k < G_FILTER_WORDS; k++)
        fprintf(out, "    UINT64_C(0x%016llx),\n", (unsigned long long)filter[k]);
    fprintf(out, "};\n\nconst uint64_t wt_gz_given_hot[] = {\n");
    for (k = 0; k < 1024; k++)
        fprintf(out, "    UINT64_C(0x%016llx),\n", (unsigned long long)hot[k]);
    fprintf(out, "};\n\nconst char *const wt_gz_given_rest[] = {\n");
    for (k = 0; k < nrest; k++)
        fprintf(out, "    \"%s\",\n", rest[k]);
    fputs("    NULL};\n", out);
    free(t);
    free(filter);
    free(hot);
    free(rest);
    return 1;
}

int main(int argc, char **argv)
{
    gen g;
    FILE *out;
    size_t i;
    int a;
    memset(&g, 0, sizeof g);
    if (argc < 3) {
        fprintf(stderr, "usage: gen_gazetteer OUT.c FILE.tsv...\n");
        return 2;
    }
    for (a = 2; a < argc; a++)
        read_file(&g, argv[a]);
    if (g.failed)
        return 1;
    out = fopen(argv[1], "wb");
    if (!out) {
        fprintf(stderr, "%s: cannot write\n", argv[1]);
        return 1;
    }
    fprintf(out, "/* Generated by gen_gazetteer from the lib/data TSV files. Do not edit. */\n"
                 "#include <stddef.h>\n\n#include \"gazetteer.h\"\n\n"
                 "const wt_gz_row wt_gz_rows[] = {\n");
    for (i = 0; i < g.n; i++) {
        const row *r = &g.rows[i];
        fputs("    {", out);
        put_str(out, r->key);
        fprintf(out, ", {%d, %d, ", r->kind, r->flags);
        put_str(out, r->name);
        fputs(", ", out);
        put_str(out, r->iso2);
        fputs(", NULL, ", out);
        put_str(out, r->province);
        fputs(", ", out);
        put_str(out, r->tz);
        fputs(", ", out);
        put_str(out, r->acronym);
        fputs(", ", out);
        put_str(out, r->subkind);
        fputs("}},\n", out);
    }
    if (g.n == 0)
        fputs("    {NULL, {0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL}},\n", out);
    fprintf(out, "};\n\nconst size_t wt_gz_nrows = %lu;\n\n", (unsigned long)g.n);
    /* sizes wt_gz_new() reserves from: the keys' bytes, and their tokens
     * counted roughly (a run of letters, digits or non-ASCII bytes, or one
     * other byte that is not a space) */
    {
        unsigned long bytes = 0, toks = 0;
        for (i = 0; i < g.n; i++) {
            const unsigned char *k = (const unsigned char *)g.rows[i].key;
            int in_word = 0;
            if (!k)
                continue;
            bytes += (unsigned long)strlen(g.rows[i].key);
            for (; *k; k++) {
                int w = isalnum(*k) || *k >= 0x80;
                if ((w && !in_word) || (!w && *k != ' '))
                    toks++;
                in_word = w;
            }
        }
        fprintf(out, "const size_t wt_gz_key_bytes = %lu;\n", bytes);
        fprintf(out, "const size_t wt_gz_key_tokens = %lu;\n\n", toks);
    }
    /* the zone of each country that has one (countries_tz.tsv) */
    fprintf(out, "const wt_gz_ctz wt_gz_country_tz[] = {\n");
    for (i = 0; i < g.ntz; i++)
        fprintf(out, "    {\"%s\", \"%s\"},\n", g.tzs[i].iso2, g.tzs[i].tz);
    if (g.ntz == 0)
        fputs("    {NULL, NULL},\n", out);
    fprintf(out, "};\n\nconst size_t wt_gz_ncountry_tz = %lu;\n", (unsigned long)g.ntz);
    /* given_names.tsv: one NULL-terminated list (gazetteer.h) */
    fputs("\nconst char *const wt_gz_given_names[] = {\n", out);
    for (i = 0; i < g.ngiven; i++)
        fprintf(out, "    \"%s\",\n", g.given[i]);
    fputs("    NULL};\n", out);
    if (!put_given_table(&g, out)) {
        fprintf(stderr, "gen_gazetteer: out of memory\n");
        fclose(out);
        remove(argv[1]);
        return 1;
    }
    if (fclose(out) != 0) {
        fprintf(stderr, "%s: write failed\n", argv[1]);
        remove(argv[1]);
        return 1;
    }
    for (i = 0; i < g.n; i++) {
        free(g.rows[i].key);
        free(g.rows[i].name);
        free(g.rows[i].iso2);
        free(g.rows[i].province);
        free(g.rows[i].tz);
        free(g.rows[i].acronym);
        free(g.rows[i].subkind);
    }
    free(g.rows);
    for (i = 0; i < g.ntz; i++)
        free(g.tzs[i].tz);
    free(g.tzs);
    for (i = 0; i < g.ngiven; i++)
        free(g.given[i]);
    free(g.given);
    return 0;
}
