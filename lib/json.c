/* json: the article as JSON. The only module that includes cJSON.
 *
 * The output follows docs/JSON.md and docs/warta.schema.json. cJSON prints
 * numbers with the C locale's decimal point; we only emit integers, which
 * are locale-independent. Byte offsets are half-open ranges into the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "model.h"
#include "text.h"
#include "warta.h"

/* ---- the one-line JSON and the rows form, written directly ------------------
 *
 * warta_article_to_json() writes the one-line JSON straight into one buffer,
 * with cJSON's string escapes (\" \\ \b \f \n \r \t and \u00xx for the
 * other bytes below 0x20, every other byte as is) and integers as "%d"
 * prints them, so cJSON reads it back and prints the very same bytes
 * (check_json holds that): building a cJSON tree (a node and an allocation
 * per value) and printing it cost about as much as the whole parse. The
 * pretty form is that line parsed and printed by cJSON. The output buffer
 * comes from malloc() like cJSON's, as warta_free() is free(). */

typedef struct wbuf {
    char *p;
    size_t len, cap;
    int ok;
} wbuf;

/* Make room for n more bytes (and a final NUL): the slow path of wb_put(). */
static int wb_grow(wbuf *b, size_t n)
{
    size_t cap;
    char *q;
    if (!b->ok)
        return 0;
    cap = b->cap ? b->cap : 4096;
    while (cap - b->len <= n) {
        if (cap > SIZE_MAX / 2) {
            b->ok = 0;
            return 0;
        }
        cap *= 2;
    }
    q = realloc(b->p, cap);
    if (!q) {
        b->ok = 0;
        return 0;
    }
    b->p = q;
    b->cap = cap;
    return 1;
}

/* Inline: the writers append a few bytes at a time. After a failed growth
 * b->ok stays 0 and the output is dropped by wb_finish(). */
static inline void wb_put(wbuf *b, const char *s, size_t n)
{
    if (b->cap - b->len > n || wb_grow(b, n)) {
        memcpy(b->p + b->len, s, n);
        b->len += n;
    }
}

/* a string literal */
#define WB_LIT(b, s) wb_put((b), "" s, sizeof(s) - 1)

static inline void wb_char(wbuf *b, char c)
{
    if (b->cap - b->len > 1 || wb_grow(b, 1))
        b->p[b->len++] = c;
}

/* 1: the byte needs an escape in a JSON string */
static const unsigned char needs_escape[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* '"' */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, /* '\\' */
};

/* a string value or key, or null for NULL */
static void wb_str(wbuf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s, *run;
    if (!s) {
        WB_LIT(b, "null");
        return;
    }
    wb_char(b, '"');
    for (;;) {
        run = p;
        while (*p && !needs_escape[*p])
            p++;
        wb_put(b, (const char *)run, (size_t)(p - run));
        if (!*p)
            break;
        switch (*p) {
        case '"': WB_LIT(b, "\\\""); break;
        case '\\': WB_LIT(b, "\\\\"); break;
        case '\b': WB_LIT(b, "\\b"); break;
        case '\f': WB_LIT(b, "\\f"); break;
        case '\n': WB_LIT(b, "\\n"); break;
        case '\r': WB_LIT(b, "\\r"); break;
        case '\t': WB_LIT(b, "\\t"); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15]};
            wb_put(b, u, sizeof u);
        }
        }
        p++;
    }
    wb_char(b, '"');
}

static void wb_int(wbuf *b, int64_t v)
{
    char buf[24], *q = buf + sizeof buf;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        *--q = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    wb_put(b, q, (size_t)(buf + sizeof buf - q));
}

/* ,"start":S,"end":E */
static void wb_span(wbuf *b, size_t start, size_t end)
{
    WB_LIT(b, "\"start\":");
    wb_int(b, (int64_t)start);
    WB_LIT(b, ",\"end\":");
    wb_int(b, (int64_t)end);
}

static void entities_line(wbuf *b, const wt_vec *ents)
{
    size_t i, j;
    wb_char(b, '[');
    for (i = 0; i < ents->len && b->ok; i++) {
        const warta_entity *e = (const warta_entity *)ents->data + i;
        if (i)
            wb_char(b, ',');
        WB_LIT(b, "{\"type\":");
        wb_str(b, warta_entity_type_name(e->type));
        WB_LIT(b, ",\"name\":");
        wb_str(b, e->name);
        switch (e->type) {
        case WARTA_ENTITY_PERSON:
            WB_LIT(b, ",\"title\":");
            wb_str(b, e->title);
            WB_LIT(b, ",\"affiliation\":");
            wb_str(b, e->affiliation);
            break;
        case WARTA_ENTITY_COUNTRY:
            WB_LIT(b, ",\"iso\":");
            wb_str(b, e->iso);
            WB_LIT(b, ",\"iso3\":");
            wb_str(b, e->iso3);
            break;
        case WARTA_ENTITY_ORGANIZATION:
            WB_LIT(b, ",\"acronym\":");
            wb_str(b, e->acronym);
            break;
        case WARTA_ENTITY_LOCATION:
            WB_LIT(b, ",\"iso\":");
            wb_str(b, e->iso);
            WB_LIT(b, ",\"province\":");
            wb_str(b, e->province);
            WB_LIT(b, ",\"timezone\":");
            wb_str(b, e->tz);
            break;
        default:
            break;
        }
        if (e->guessed)
            WB_LIT(b, ",\"guessed\":true");
        WB_LIT(b, ",\"mentions\":[");
        for (j = 0; j < e->mentions.len; j++) {
            const wt_mention *m = (const wt_mention *)e->mentions.data + j;
            if (j)
                wb_char(b, ',');
            WB_LIT(b, "{");
            wb_span(b, m->start, m->end);
            WB_LIT(b, ",\"text\":");
            wb_str(b, m->text);
            wb_char(b, '}');
        }
        WB_LIT(b, "]}");
    }
    wb_char(b, ']');
}

/* The one-line JSON (its key order is the output's since the first release). */
static void article_line(wbuf *b, const warta_article *a)
{
    size_t i;
    int f;
    WB_LIT(b, "{\"warta_version\":");
    wb_str(b, WARTA_VERSION_STRING);
    WB_LIT(b, ",\"reference\":");
    wb_str(b, a->reference);
    WB_LIT(b, ",\"dateline\":");
    if (!a->dateline.has) {
        WB_LIT(b, "null");
    } else {
        const wt_dateline *d = &a->dateline;
        WB_LIT(b, "{\"place\":");
        wb_str(b, d->place);
        WB_LIT(b, ",\"agency\":");
        wb_str(b, d->agency);
        WB_LIT(b, ",\"source\":");
        wb_str(b, d->source);
        WB_LIT(b, ",\"country\":");
        wb_str(b, d->country);
        WB_LIT(b, ",\"province\":");
        wb_str(b, d->province);
        WB_LIT(b, ",\"timezone\":");
        wb_str(b, d->tz);
        wb_char(b, ',');
        wb_span(b, d->start, d->end);
        wb_char(b, '}');
    }
    WB_LIT(b, ",\"published\":");
    wb_str(b, a->published);

    WB_LIT(b, ",\"paragraphs\":[");
    for (i = 0; i < a->paragraphs.len; i++) {
        const wt_span *s = (const wt_span *)a->paragraphs.data + i;
        if (i)
            wb_char(b, ',');
        WB_LIT(b, "{");
        wb_span(b, s->start, s->end);
        wb_char(b, '}');
    }
    WB_LIT(b, "],\"entities\":");
    entities_line(b, &a->entities);

    WB_LIT(b, ",\"times\":[");
    for (i = 0; i < a->times.len && b->ok; i++) {
        const warta_timex *t = (const warta_timex *)a->times.data + i;
        if (i)
            wb_char(b, ',');
        WB_LIT(b, "{\"text\":");
        wb_str(b, t->text);
        wb_char(b, ',');
        wb_span(b, t->start, t->end);
        WB_LIT(b, ",\"value\":");
        wb_str(b, t->value);
        WB_LIT(b, ",\"granularity\":");
        wb_str(b, warta_granularity_name(t->granularity));
        WB_LIT(b, ",\"end_value\":");
        wb_str(b, t->end_value);
        if (t->anchored)
            WB_LIT(b, ",\"anchored\":true,\"relative\":");
        else
            WB_LIT(b, ",\"anchored\":false,\"relative\":");
        wb_str(b, t->relative);
        wb_char(b, '}');
    }

    WB_LIT(b, "],\"related\":[");
    for (i = 0; i < a->related.len && b->ok; i++) {
        const warta_related *r = (const warta_related *)a->related.data + i;
        if (i)
            wb_char(b, ',');
        WB_LIT(b, "{\"kind\":");
        wb_str(b, warta_related_kind_name(r->kind));
        WB_LIT(b, ",\"title\":");
        wb_str(b, r->title);
        WB_LIT(b, ",\"published\":");
        wb_str(b, r->published);
        wb_char(b, ',');
        wb_span(b, r->start, r->end);
        WB_LIT(b, ",\"entities\":");
        entities_line(b, &r->entities);
        wb_char(b, '}');
    }

    WB_LIT(b, "],\"attribution\":{");
    for (f = WARTA_ATTR_SOURCE; f < WT_ATTR_MAX; f++) {
        if (f != WARTA_ATTR_SOURCE)
            wb_char(b, ',');
        wb_str(b, warta_attribution_field_name(f));
        wb_char(b, ':');
        wb_str(b, a->attribution[f]);
    }

    WB_LIT(b, "},\"blocks\":[");
    for (i = 0; i < a->blocks.len && b->ok; i++) {
        const wt_block *bl = (const wt_block *)a->blocks.data + i;
        if (i)
            wb_char(b, ',');
        WB_LIT(b, "{\"kind\":");
        wb_str(b, warta_block_kind_name(bl->kind));
        wb_char(b, ',');
        wb_span(b, bl->start, bl->end);
        wb_char(b, '}');
    }

    WB_LIT(b, "],\"warnings\":[");
    for (i = 0; i < a->warnings.len && b->ok; i++) {
        const wt_warning *w = (const wt_warning *)a->warnings.data + i;
        if (i)
            wb_char(b, ',');
        WB_LIT(b, "{\"message\":");
        wb_str(b, w->message);
        WB_LIT(b, ",\"offset\":");
        wb_int(b, w->offset);
        wb_char(b, '}');
    }
    WB_LIT(b, "]}");
}

/* Byte offset -> character (code point) offset: where each multi-byte
 * character starts and the bytes the text has gained up to and including
 * it, in increasing order (none for ASCII text). Every byte that is not part
 * of a well-formed sequence (lenient input) counts as one character, as the
 * library reads it as '?'. */
typedef struct cm_entry {
    size_t pos, extra;
} cm_entry;

typedef struct cmap {
    const cm_entry *e;
    size_t n;
} cmap;

static int cmap_build(wt_arena *ar, const char *text, size_t n, cmap *m)
{
    const unsigned char *s = (const unsigned char *)text;
    wt_vec v = {0};
    size_t i = 0, extra = 0, k;
    while (i < n) {
        cm_entry *e;
        if (s[i] < 0x80 || (k = wt_utf8_wf_len(text, n, i)) == 0) {
            i++;
            continue;
        }
        extra += k - 1;
        if ((e = wt_vec_push(ar, &v, sizeof *e)) == NULL)
            return WARTA_ENOMEM;
        e->pos = i;
        e->extra = extra;
        i += k;
    }
    m->e = v.data;
    m->n = v.len;
    return WARTA_OK;
}

static int64_t cm_char(const cmap *m, int64_t b)
{
    size_t lo = 0, hi = m->n;
    if (b < 0)
        return b;
    while (lo < hi) { /* the entries before b */
        size_t mid = lo + (hi - lo) / 2;
        if (m->e[mid].pos < (size_t)b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? b - (int64_t)m->e[lo - 1].extra : b;
}

/* ---- the article as Python marshal data -------------------------------------
 *
 * For the Python binding, which has no compiled extension: Python's
 * marshal.loads() turns these bytes into nested tuples at C speed, three
 * times faster than its JSON decoder reads the same values, and each tuple
 * is then the positional arguments of one dataclass. Only types that every
 * Python 3 since 3.4 reads are written (marshal format 4): tuples ('(' and
 * the small ')'), str ('z' short ASCII, 'u' UTF-8), int ('i' 32-bit, 'l'
 * beyond), None, True, False; no references. */

static void mw_u32(wbuf *b, uint32_t v)
{
    char q[4] = {(char)(v & 0xFF), (char)((v >> 8) & 0xFF), (char)((v >> 16) & 0xFF),
                 (char)(v >> 24)};
    wb_put(b, q, 4);
}

static void mw_tuple(wbuf *b, size_t n)
{
    if (n < 256) {
        char q[2] = {')', (char)n};
        wb_put(b, q, 2);
    } else {
        if (n > INT32_MAX)
            b->ok = 0; /* marshal's limit */
        wb_char(b, '(');
        mw_u32(b, (uint32_t)n);
    }
}

static void mw_int(wbuf *b, int64_t v)
{
    if (v >= INT32_MIN && v <= INT32_MAX) {
        wb_char(b, 'i');
        mw_u32(b, (uint32_t)(int32_t)v);
    } else { /* 'l': the count of 15-bit digits (negative for v < 0), low first */
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        char d[10];
        size_t k = 0;
        int32_t n;
        while (u) {
            d[k++] = (char)(u & 0xFF);
            d[k++] = (char)((u >> 8) & 0x7F);
            u >>= 15;
        }
        n = (int32_t)(k / 2);
        wb_char(b, 'l');
        mw_u32(b, (uint32_t)(v < 0 ? -n : n));
        wb_put(b, d, k);
    }
}

static void mw_bytes_str(wbuf *b, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n && !((unsigned char)s[i] & 0x80); i++)
        ;
    if (i == n && n < 256) {
        char q[2] = {'z', (char)n};
        wb_put(b, q, 2);
    } else {
        if (n > INT32_MAX)
            b->ok = 0; /* marshal's limit */
        wb_char(b, 'u');
        mw_u32(b, (uint32_t)n);
    }
    wb_put(b, s, n);
}

/* a string, or None for NULL */
static void mw_str(wbuf *b, const char *s)
{
    if (s)
        mw_bytes_str(b, s, strlen(s));
    else
        wb_char(b, 'N');
}

/* S, E, CS, CE: byte and character offsets, as 4 items of the open tuple */
static void mw_span(wbuf *b, const cmap *m, size_t start, size_t end)
{
    mw_int(b, (int64_t)start);
    mw_int(b, (int64_t)end);
    mw_int(b, cm_char(m, (int64_t)start));
    mw_int(b, cm_char(m, (int64_t)end));
}

static void mw_entities(wbuf *b, const cmap *m, const wt_vec *ents)
{
    size_t i, j;
    mw_tuple(b, ents->len);
    for (i = 0; i < ents->len && b->ok; i++) {
        const warta_entity *e = (const warta_entity *)ents->data + i;
        int t = e->type;
        mw_tuple(b, 11);
        mw_str(b, warta_entity_type_name(t));
        mw_str(b, e->name);
        mw_tuple(b, e->mentions.len);
        for (j = 0; j < e->mentions.len; j++) {
            const wt_mention *mn = (const wt_mention *)e->mentions.data + j;
            mw_tuple(b, 5);
            mw_str(b, mn->text);
            mw_span(b, m, mn->start, mn->end);
        }
        mw_str(b, t == WARTA_ENTITY_PERSON ? e->title : NULL);
        mw_str(b, t == WARTA_ENTITY_PERSON ? e->affiliation : NULL);
        mw_str(b, t == WARTA_ENTITY_COUNTRY || t == WARTA_ENTITY_LOCATION ? e->iso : NULL);
        mw_str(b, t == WARTA_ENTITY_COUNTRY ? e->iso3 : NULL);
        mw_str(b, t == WARTA_ENTITY_ORGANIZATION ? e->acronym : NULL);
        mw_str(b, t == WARTA_ENTITY_LOCATION ? e->province : NULL);
        mw_str(b, t == WARTA_ENTITY_LOCATION ? e->tz : NULL);
        wb_char(b, e->guessed ? 'T' : 'F');
    }
}

/* The tuple documented at warta_parse_marshal(); the JSON as its last item. */
static void article_marshal(wbuf *b, const warta_article *a, const cmap *m)
{
    size_t i, at;
    int f;
    mw_tuple(b, 12);
    if (!a->dateline.has) {
        wb_char(b, 'N');
    } else {
        const wt_dateline *d = &a->dateline;
        mw_tuple(b, 10);
        mw_str(b, d->place);
        mw_str(b, d->agency);
        mw_str(b, d->source);
        mw_str(b, d->country);
        mw_str(b, d->province);
        mw_str(b, d->tz);
        mw_span(b, m, d->start, d->end);
    }
    mw_str(b, a->published);
    mw_str(b, a->reference);

    mw_tuple(b, a->paragraphs.len);
    for (i = 0; i < a->paragraphs.len; i++) {
        const wt_span *s = (const wt_span *)a->paragraphs.data + i;
        mw_tuple(b, 4);
        mw_span(b, m, s->start, s->end);
    }
    mw_entities(b, m, &a->entities);

    mw_tuple(b, a->times.len);
    for (i = 0; i < a->times.len && b->ok; i++) {
        const warta_timex *t = (const warta_timex *)a->times.data + i;
        mw_tuple(b, 10);
        mw_str(b, t->text);
        mw_str(b, t->value);
        mw_str(b, t->end_value);
        mw_str(b, warta_granularity_name(t->granularity));
        wb_char(b, t->anchored ? 'T' : 'F');
        mw_str(b, t->relative);
        mw_span(b, m, t->start, t->end);
    }

    mw_tuple(b, a->related.len);
    for (i = 0; i < a->related.len && b->ok; i++) {
        const warta_related *r = (const warta_related *)a->related.data + i;
        mw_tuple(b, 8);
        mw_str(b, warta_related_kind_name(r->kind));
        mw_str(b, r->title);
        mw_str(b, r->published);
        mw_span(b, m, r->start, r->end);
        mw_entities(b, m, &r->entities);
    }

    mw_tuple(b, WT_ATTR_MAX - WARTA_ATTR_SOURCE);
    for (f = WARTA_ATTR_SOURCE; f < WT_ATTR_MAX; f++)
        mw_str(b, a->attribution[f]);

    mw_tuple(b, a->blocks.len);
    for (i = 0; i < a->blocks.len && b->ok; i++) {
        const wt_block *bl = (const wt_block *)a->blocks.data + i;
        mw_tuple(b, 5);
        mw_str(b, warta_block_kind_name(bl->kind));
        mw_span(b, m, bl->start, bl->end);
    }

    mw_tuple(b, a->warnings.len);
    for (i = 0; i < a->warnings.len && b->ok; i++) {
        const wt_warning *w = (const wt_warning *)a->warnings.data + i;
        mw_tuple(b, 3);
        mw_str(b, w->message);
        mw_int(b, w->offset);
        mw_int(b, cm_char(m, w->offset));
    }
    mw_str(b, WARTA_VERSION_STRING);

    /* the JSON: 'u', its length (patched in), its bytes */
    wb_char(b, 'u');
    at = b->len;
    mw_u32(b, 0);
    article_line(b, a);
    if (b->ok && b->len - at - 4 > INT32_MAX)
        b->ok = 0; /* marshal's limit */
    if (b->ok) {
        uint32_t n = (uint32_t)(b->len - at - 4);
        char *q = b->p + at;
        q[0] = (char)(n & 0xFF);
        q[1] = (char)((n >> 8) & 0xFF);
        q[2] = (char)((n >> 16) & 0xFF);
        q[3] = (char)(n >> 24);
    }
}

/* The pretty JSON: the one-line JSON read by cJSON and printed with
 * cJSON_Print()'s layout. */
static int pretty_json(const warta_article *a, char **out, warta_error *err)
{
    wbuf b = {NULL, 0, 0, 1};
    cJSON *root;
    article_line(&b, a);
    if (!b.ok) {
        free(b.p);
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory writing JSON");
    }
    root = cJSON_ParseWithLength(b.p, b.len);
    free(b.p);
    if (!root) /* the line is valid JSON: only an allocation can fail */
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory building JSON");
    /* cJSON allocates with the C library's malloc (its default hooks, which
     * we never change: they are process-global); warta_free() is free(). */
    *out = cJSON_Print(root);
    cJSON_Delete(root);
    if (!*out)
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory printing JSON");
    return WARTA_OK;
}

/* NUL-terminate b and hand it out, or free it on failure. */
static int wb_finish(wbuf *b, char **out, size_t *len, warta_error *err)
{
    wb_char(b, '\0');
    if (!b->ok) {
        free(b->p);
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory writing JSON");
    }
    *out = b->p;
    if (len)
        *len = b->len - 1;
    return WARTA_OK;
}

static void clear_error(warta_error *err)
{
    if (err) {
        err->code = WARTA_OK;
        err->offset = -1;
        err->message[0] = '\0';
    }
}

int warta_article_to_json(const warta_article *a, int flags, char **out, size_t *len,
                          warta_error *err)
{
    wbuf b = {NULL, 0, 0, 1};
    int rc;
    clear_error(err);
    if (!a || !out)
        return wt_set_error(err, WARTA_EINVAL, -1, "article or out is NULL");
    *out = NULL;
    if (flags & WARTA_JSON_PRETTY) {
        if ((rc = pretty_json(a, out, err)) != WARTA_OK)
            return rc;
        if (len)
            *len = strlen(*out);
        return WARTA_OK;
    }
    article_line(&b, a);
    return wb_finish(&b, out, len, err);
}

int warta_parse_json(const warta_context *ctx, const char *text, size_t len,
                     const warta_parse_options *opts, int flags, char **out, size_t *out_len,
                     warta_error *err)
{
    warta_article *a = NULL;
    int rc;
    if (out)
        *out = NULL;
    if (!out)
        return wt_set_error(err, WARTA_EINVAL, -1, "out is NULL");
    rc = warta_parse(ctx, text, len, opts, &a, err);
    if (rc != WARTA_OK)
        return rc;
    rc = warta_article_to_json(a, flags, out, out_len, err);
    warta_article_free(a);
    return rc;
}

int warta_parse_marshal(const warta_context *ctx, const char *text, size_t len,
                        const warta_parse_options *opts, char **out, size_t *out_len,
                        warta_error *err)
{
    warta_article *a = NULL;
    wbuf b = {NULL, 0, 0, 1};
    cmap m = {NULL, 0};
    int rc;
    if (out)
        *out = NULL;
    if (!out || !out_len)
        return wt_set_error(err, WARTA_EINVAL, -1, "out or out_len is NULL");
    rc = warta_parse(ctx, text, len, opts, &a, err);
    if (rc != WARTA_OK)
        return rc;
    if (cmap_build(&a->arena, text ? text : "", len, &m) != WARTA_OK) {
        warta_article_free(a);
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory");
    }
    article_marshal(&b, a, &m);
    warta_article_free(a);
    return wb_finish(&b, out, out_len, err);
}

int warta_parse_marshal_batch(const warta_context *ctx, size_t n, const char *const *texts,
                              const size_t *lens, const warta_parse_options *opts, char **outs,
                              size_t *out_lens, int *rcs, warta_error *errs)
{
    size_t i;
    if (n && (!texts || !lens || !outs || !out_lens || !rcs))
        return WARTA_EINVAL;
    for (i = 0; i < n; i++) {
        out_lens[i] = 0;
        rcs[i] = warta_parse_marshal(ctx, texts[i], lens[i], opts, &outs[i], &out_lens[i],
                                     errs ? &errs[i] : NULL);
    }
    return WARTA_OK;
}
