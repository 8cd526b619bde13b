/* article: warta_parse() runs the pipeline; accessors read the result.
 *
 *   validate (text) -> segment (+dateline) -> dateline_resolve ->
 *   related/attribution -> reference -> tokens -> timex -> entities
 *
 * Everything the article keeps lives in its arena; tokens and other
 * per-parse scratch live in a second arena released before returning. */
#include <stdio.h>
#include <string.h>

#include "dateline.h"
#include "entities.h"
#include "model.h"
#include "related.h"
#include "segment.h"
#include "text.h"
#include "timex.h"
#include "warta.h"

/* Upper bound on recorded warnings; one more says how many were left out. */
#define WT_MAX_WARNINGS 1000

int wt_warn(wt_parse *p, int64_t offset, const char *message)
{
    warta_article *a = p->art;
    wt_warning *w;
    if (a->warnings.len > WT_MAX_WARNINGS)
        return WARTA_OK;
    if (a->warnings.len == WT_MAX_WARNINGS) {
        message = "further warnings omitted";
        offset = -1;
    }
    w = wt_vec_push(&a->arena, &a->warnings, sizeof *w);
    if (!w)
        return WARTA_ENOMEM;
    w->offset = offset;
    w->message = wt_arena_strdup(&a->arena, message);
    return w->message ? WARTA_OK : WARTA_ENOMEM;
}

int warta_parse_options_init(warta_parse_options *opts, unsigned int version)
{
    if (!opts)
        return WARTA_EINVAL;
    if (version < 1 || version > WARTA_PARSE_OPTIONS_VERSION)
        return WARTA_EVERSION;
    memset(opts, 0, sizeof *opts);
    opts->version = version;
    return WARTA_OK;
}

void warta_article_free(warta_article *a)
{
    if (!a)
        return;
    {
        const wt_alloc *al = a->arena.al;
        wt_arena_release(&a->arena);
        wt_free(al, a);
    }
}

/* Lenient mode: one warning per run of replaced bytes. */
static int warn_replaced(wt_parse *p, const wt_vec *bad)
{
    const size_t *off = bad->data;
    size_t i = 0;
    while (i < bad->len) {
        size_t j = i + 1;
        char msg[96];
        int rc;
        while (j < bad->len && off[j] == off[j - 1] + 1)
            j++;
        snprintf(msg, sizeof msg, "replaced %zu invalid byte%s (invalid UTF-8 or NUL)", j - i,
                 j - i == 1 ? "" : "s");
        rc = wt_warn(p, (int64_t)off[i], msg);
        if (rc != WARTA_OK)
            return rc;
        i = j;
    }
    return WARTA_OK;
}

static int tokenize_paragraphs(wt_parse *p, wt_arena *scratch)
{
    warta_article *a = p->art;
    const wt_span *sp = a->paragraphs.data;
    size_t i;
    p->para_tokens = NULL;
    if (a->paragraphs.len == 0)
        return WARTA_OK;
    p->para_tokens = wt_arena_alloc(scratch, a->paragraphs.len * sizeof(wt_tokens));
    if (!p->para_tokens)
        return WARTA_ENOMEM;
    for (i = 0; i < a->paragraphs.len; i++) {
        int rc = wt_tokenize(scratch, p->s, sp[i].start, sp[i].end, &p->para_tokens[i]);
        if (rc != WARTA_OK)
            return rc;
    }
    return WARTA_OK;
}

static int related_entities(wt_parse *p, wt_arena *scratch)
{
    warta_article *a = p->art;
    size_t i;
    for (i = 0; i < a->related.len; i++) {
        warta_related *r = (warta_related *)a->related.data + i;
        wt_tokens tk;
        int rc;
        if (r->title_end <= r->title_start)
            continue;
        rc = wt_tokenize(scratch, p->s, r->title_start, r->title_end, &tk);
        if (rc == WARTA_OK)
            rc = wt_entities_run(p, &tk, 1, &r->entities);
        if (rc != WARTA_OK)
            return rc;
    }
    return WARTA_OK;
}

static int run_pipeline(wt_parse *p, const warta_parse_options *o, int stages,
                        warta_error *err)
{
    warta_article *a = p->art;
    wt_arena scratch;
    int rc;

    if (o->reference) {
        if (wt_iso_parse(o->reference, strlen(o->reference), &p->ref) != WARTA_OK)
            return wt_set_error(err, WARTA_EINVAL, -1,
                                "reference is not an ISO 8601 instant: %.60s", o->reference);
    }
    rc = wt_segment(p);
    if (rc == WARTA_OK)
        rc = wt_dateline_resolve(p);
    if (rc == WARTA_OK && (stages & WT_STAGE_RELATED))
        rc = wt_related_run(p);
    if (rc != WARTA_OK)
        return wt_set_error(err, rc, -1, "%s while reading the page structure",
                            warta_strerror(rc));

    /* the reference: the caller's, else the page's own stamp */
    if (!p->ref.has && a->published)
        (void)wt_iso_parse(a->published, strlen(a->published), &p->ref);
    if (p->ref.has) {
        a->reference = wt_iso_format(&a->arena, &p->ref);
        if (!a->reference)
            return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory");
    }

    wt_arena_init(&scratch, a->arena.al);
    rc = tokenize_paragraphs(p, &scratch);
    if (rc == WARTA_OK && (stages & WT_STAGE_TIMEX))
        rc = wt_timex_run(p);
    if (rc == WARTA_OK && (stages & WT_STAGE_ENTITIES))
        rc = wt_entities_run(p, p->para_tokens, a->paragraphs.len, &a->entities);
    if (rc == WARTA_OK && (stages & WT_STAGE_ENTITIES))
        rc = related_entities(p, &scratch);
    p->para_tokens = NULL;
    wt_arena_release(&scratch);
    if (rc != WARTA_OK)
        return wt_set_error(err, rc, -1, "%s while recognising times and entities",
                            warta_strerror(rc));
    return WARTA_OK;
}

int warta_parse(const warta_context *ctx, const char *text, size_t len,
                const warta_parse_options *opts, warta_article **out, warta_error *err)
{
    return wt_parse_stages(ctx, text, len, opts, WT_STAGE_ALL, out, err);
}

typedef void (*names_trace_fn)(void *u, size_t start, size_t end, const uint64_t *keys,
                               size_t nk);

static int parse_with(const warta_context *ctx, const char *text, size_t len,
                      const warta_parse_options *opts, int stages, names_trace_fn trace,
                      void *trace_u, warta_article **out, warta_error *err);

int wt_parse_stages(const warta_context *ctx, const char *text, size_t len,
                    const warta_parse_options *opts, int stages, warta_article **out,
                    warta_error *err)
{
    return parse_with(ctx, text, len, opts, stages, NULL, NULL, out, err);
}

int wt_parse_names_trace(const warta_context *ctx, const char *text, size_t len,
                         const warta_parse_options *opts, names_trace_fn fn, void *u,
                         warta_article **out, warta_error *err)
{
    return parse_with(ctx, text, len, opts, WT_STAGE_ALL, fn, u, out, err);
}

static int parse_with(const warta_context *ctx, const char *text, size_t len,
                      const warta_parse_options *opts, int stages, names_trace_fn trace,
                      void *trace_u, warta_article **out, warta_error *err)
{
    warta_parse_options defaults = WARTA_PARSE_OPTIONS_INIT;
    warta_article *a;
    wt_parse p;
    size_t max, bad = 0;
    int rc;

    if (err) {
        err->code = WARTA_OK;
        err->offset = -1;
        err->message[0] = '\0';
    }
    if (!out)
        return wt_set_error(err, WARTA_EINVAL, -1, "out is NULL");
    *out = NULL;
    if (!ctx)
        return wt_set_error(err, WARTA_EINVAL, -1, "context is NULL");
    if (!text && len > 0)
        return wt_set_error(err, WARTA_EINVAL, -1, "text is NULL with length %zu", len);
    if (!opts)
        opts = &defaults;
    if (opts->version < 1 || opts->version > WARTA_PARSE_OPTIONS_VERSION)
        return wt_set_error(err, WARTA_EVERSION, -1, "unknown parse options version %u",
                            opts->version);
    max = opts->max_input ? opts->max_input : WARTA_DEFAULT_MAX_INPUT;
    if (len > max)
        return wt_set_error(err, WARTA_ETOOBIG, (int64_t)max,
                            "input of %zu bytes is larger than the limit of %zu", len, max);
    if (!text)
        text = "";

    if (!(opts->flags & WARTA_PARSE_LENIENT)) {
        rc = wt_text_validate(text, len, &bad);
        if (rc == WARTA_EUTF8)
            return wt_set_error(err, rc, (int64_t)bad,
                                "invalid UTF-8 at byte %zu (0x%02X)", bad,
                                (unsigned)(unsigned char)text[bad]);
        if (rc == WARTA_ENUL)
            return wt_set_error(err, rc, (int64_t)bad, "NUL byte at byte %zu", bad);
    }

    a = wt_malloc(&ctx->al, sizeof *a);
    if (!a)
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory");
    memset(a, 0, sizeof *a);
    a->ctx = ctx;
    a->input_len = len;
    wt_arena_init(&a->arena, &ctx->al);

    memset(&p, 0, sizeof p);
    p.ctx = ctx;
    p.art = a;
    p.s = text;
    p.n = len;
    p.guess_names = (opts->flags & WARTA_PARSE_GUESS_NAMES) != 0;
    p.names_trace = trace;
    p.names_trace_u = trace_u;

    if (opts->flags & WARTA_PARSE_LENIENT) {
        wt_vec badv = {0};
        char *copy;
        rc = wt_text_validate(text, len, &bad);
        if (rc != WARTA_OK) {
            copy = wt_text_sanitize(&a->arena, text, len, &badv);
            if (!copy || warn_replaced(&p, &badv) != WARTA_OK) {
                warta_article_free(a);
                return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory");
            }
            p.s = copy;
        }
    }

    rc = run_pipeline(&p, opts, stages, err);
    if (rc != WARTA_OK) {
        warta_article_free(a);
        return rc;
    }
    *out = a;
    return WARTA_OK;
}

/* ---- accessors ------------------------------------------------------------ */

static int put_span(size_t s, size_t e, int64_t *start, int64_t *end)
{
    if (start)
        *start = (int64_t)s;
    if (end)
        *end = (int64_t)e;
    return WARTA_OK;
}

int warta_article_has_dateline(const warta_article *a)
{
    return a && a->dateline.has;
}

const char *warta_article_dateline_place(const warta_article *a)
{
    return a && a->dateline.has ? a->dateline.place : NULL;
}

const char *warta_article_dateline_agency(const warta_article *a)
{
    return a && a->dateline.has ? a->dateline.agency : NULL;
}

const char *warta_article_dateline_source(const warta_article *a)
{
    return a && a->dateline.has ? a->dateline.source : NULL;
}

const char *warta_article_dateline_country(const warta_article *a)
{
    return a && a->dateline.has ? a->dateline.country : NULL;
}

const char *warta_article_dateline_province(const warta_article *a)
{
    return a && a->dateline.has ? a->dateline.province : NULL;
}

const char *warta_article_dateline_timezone(const warta_article *a)
{
    return a && a->dateline.has ? a->dateline.tz : NULL;
}

int warta_article_dateline_span(const warta_article *a, int64_t *start, int64_t *end)
{
    if (!a)
        return WARTA_EINVAL;
    if (!a->dateline.has)
        return WARTA_ERANGE;
    return put_span(a->dateline.start, a->dateline.end, start, end);
}

const char *warta_article_published(const warta_article *a)
{
    return a ? a->published : NULL;
}

const char *warta_article_reference(const warta_article *a)
{
    return a ? a->reference : NULL;
}

const char *warta_block_kind_name(int kind)
{
    switch (kind) {
    case WARTA_BLOCK_PARAGRAPH: return "paragraph";
    case WARTA_BLOCK_DATELINE: return "dateline";
    case WARTA_BLOCK_PULLQUOTE: return "pullquote";
    case WARTA_BLOCK_READ_ALSO: return "read_also";
    case WARTA_BLOCK_RELATED: return "related";
    case WARTA_BLOCK_ATTRIBUTION: return "attribution";
    case WARTA_BLOCK_BOILERPLATE: return "boilerplate";
    case WARTA_BLOCK_STAMP: return "stamp";
    default: return NULL;
    }
}

size_t warta_article_block_count(const warta_article *a)
{
    return a ? a->blocks.len : 0;
}

int warta_article_block(const warta_article *a, size_t i, int *kind, int64_t *start,
                        int64_t *end)
{
    const wt_block *b;
    if (!a)
        return WARTA_EINVAL;
    if (i >= a->blocks.len)
        return WARTA_ERANGE;
    b = (const wt_block *)a->blocks.data + i;
    if (kind)
        *kind = b->kind;
    return put_span(b->start, b->end, start, end);
}

size_t warta_article_paragraph_count(const warta_article *a)
{
    return a ? a->paragraphs.len : 0;
}

int warta_article_paragraph(const warta_article *a, size_t i, int64_t *start, int64_t *end)
{
    const wt_span *s;
    if (!a)
        return WARTA_EINVAL;
    if (i >= a->paragraphs.len)
        return WARTA_ERANGE;
    s = (const wt_span *)a->paragraphs.data + i;
    return put_span(s->start, s->end, start, end);
}

const char *warta_entity_type_name(int type)
{
    switch (type) {
    case WARTA_ENTITY_PERSON: return "person";
    case WARTA_ENTITY_COUNTRY: return "country";
    case WARTA_ENTITY_ORGANIZATION: return "organization";
    case WARTA_ENTITY_LOCATION: return "location";
    default: return NULL;
    }
}

size_t warta_article_entity_count(const warta_article *a)
{
    return a ? a->entities.len : 0;
}

const warta_entity *warta_article_entity(const warta_article *a, size_t i)
{
    if (!a || i >= a->entities.len)
        return NULL;
    return (const warta_entity *)a->entities.data + i;
}

int warta_entity_type(const warta_entity *e)
{
    return e ? e->type : 0;
}

const char *warta_entity_name(const warta_entity *e)
{
    return e ? e->name : NULL;
}

const char *warta_entity_title(const warta_entity *e)
{
    return e ? e->title : NULL;
}

const char *warta_entity_affiliation(const warta_entity *e)
{
    return e ? e->affiliation : NULL;
}

const char *warta_entity_iso(const warta_entity *e)
{
    return e ? e->iso : NULL;
}

const char *warta_entity_iso3(const warta_entity *e)
{
    return e ? e->iso3 : NULL;
}

const char *warta_entity_province(const warta_entity *e)
{
    return e ? e->province : NULL;
}

const char *warta_entity_timezone(const warta_entity *e)
{
    return e ? e->tz : NULL;
}

const char *warta_entity_acronym(const warta_entity *e)
{
    return e ? e->acronym : NULL;
}

int warta_entity_guessed(const warta_entity *e)
{
    return e ? e->guessed : 0;
}

size_t warta_entity_mention_count(const warta_entity *e)
{
    return e ? e->mentions.len : 0;
}

int warta_entity_mention(const warta_entity *e, size_t i, int64_t *start, int64_t *end)
{
    const wt_mention *m;
    if (!e)
        return WARTA_EINVAL;
    if (i >= e->mentions.len)
        return WARTA_ERANGE;
    m = (const wt_mention *)e->mentions.data + i;
    return put_span(m->start, m->end, start, end);
}

const char *warta_granularity_name(int gran)
{
    static const char *const names[] = {"unknown",     "decade", "year",    "season",
                                        "month",       "week",   "weekend", "day",
                                        "part_of_day", "hour",   "minute",  "second",
                                        "quarter",     "half_year"};
    if (gran < 0 || gran > WARTA_GRAN_HALF_YEAR)
        return NULL;
    return names[gran];
}

size_t warta_article_time_count(const warta_article *a)
{
    return a ? a->times.len : 0;
}

const warta_timex *warta_article_time(const warta_article *a, size_t i)
{
    if (!a || i >= a->times.len)
        return NULL;
    return (const warta_timex *)a->times.data + i;
}

const char *warta_timex_text(const warta_timex *t)
{
    return t ? t->text : NULL;
}

int warta_timex_span(const warta_timex *t, int64_t *start, int64_t *end)
{
    if (!t)
        return WARTA_EINVAL;
    return put_span(t->start, t->end, start, end);
}

const char *warta_timex_value(const warta_timex *t)
{
    return t ? t->value : NULL;
}

const char *warta_timex_end_value(const warta_timex *t)
{
    return t ? t->end_value : NULL;
}

int warta_timex_granularity(const warta_timex *t)
{
    return t ? t->granularity : WARTA_GRAN_UNKNOWN;
}

int warta_timex_anchored(const warta_timex *t)
{
    return t ? t->anchored : 0;
}

const char *warta_timex_relative(const warta_timex *t)
{
    return t ? t->relative : NULL;
}

const char *warta_related_kind_name(int kind)
{
    switch (kind) {
    case WARTA_RELATED_READ_ALSO: return "read_also";
    case WARTA_RELATED_MORE_NEWS: return "more_news";
    default: return NULL;
    }
}

size_t warta_article_related_count(const warta_article *a)
{
    return a ? a->related.len : 0;
}

const warta_related *warta_article_related(const warta_article *a, size_t i)
{
    if (!a || i >= a->related.len)
        return NULL;
    return (const warta_related *)a->related.data + i;
}

int warta_related_kind(const warta_related *r)
{
    return r ? r->kind : 0;
}

const char *warta_related_title(const warta_related *r)
{
    return r ? r->title : NULL;
}

const char *warta_related_published(const warta_related *r)
{
    return r ? r->published : NULL;
}

int warta_related_span(const warta_related *r, int64_t *start, int64_t *end)
{
    if (!r)
        return WARTA_EINVAL;
    return put_span(r->start, r->end, start, end);
}

size_t warta_related_entity_count(const warta_related *r)
{
    return r ? r->entities.len : 0;
}

const warta_entity *warta_related_entity(const warta_related *r, size_t i)
{
    if (!r || i >= r->entities.len)
        return NULL;
    return (const warta_entity *)r->entities.data + i;
}

const char *warta_attribution_field_name(int field)
{
    switch (field) {
    case WARTA_ATTR_SOURCE: return "source";
    case WARTA_ATTR_REPORTER: return "reporter";
    case WARTA_ATTR_EDITOR: return "editor";
    case WARTA_ATTR_TRANSLATOR: return "translator";
    case WARTA_ATTR_PHOTOGRAPHER: return "photographer";
    case WARTA_ATTR_INITIALS: return "initials";
    default: return NULL;
    }
}

const char *warta_article_attribution(const warta_article *a, int field)
{
    if (!a || field < 1 || field >= WT_ATTR_MAX)
        return NULL;
    return a->attribution[field];
}

size_t warta_article_warning_count(const warta_article *a)
{
    return a ? a->warnings.len : 0;
}

const char *warta_article_warning(const warta_article *a, size_t i, int64_t *offset)
{
    const wt_warning *w;
    if (!a || i >= a->warnings.len)
        return NULL;
    w = (const wt_warning *)a->warnings.data + i;
    if (offset)
        *offset = w->offset;
    return w->message;
}
