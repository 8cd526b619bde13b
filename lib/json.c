/* json: the article as JSON. The only module that includes cJSON.
 *
 * The output follows docs/JSON.md and docs/warta.schema.json. cJSON prints
 * numbers with the C locale's decimal point; we only emit integers, which
 * are locale-independent. Byte offsets are half-open ranges into the input. */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "model.h"
#include "warta.h"

/* cJSON_Add* return NULL on allocation failure; `ok` collects that. */
typedef struct jb {
    int ok;
} jb;

/* Every key is a string literal: cJSON_AddItemToObjectCS keeps the pointer
 * instead of copying the key (no allocation, nothing to free). */
static cJSON *add_item(jb *b, cJSON *obj, const char *key, cJSON *item)
{
    if (!item || !cJSON_AddItemToObjectCS(obj, key, item)) {
        cJSON_Delete(item);
        b->ok = 0;
        return NULL;
    }
    return item;
}

/* String values are the article's (arena) or static strings, which outlive
 * the tree: referenced, not copied. */
static cJSON *add_str(jb *b, cJSON *obj, const char *key, const char *val)
{
    return add_item(b, obj, key, val ? cJSON_CreateStringReference(val) : cJSON_CreateNull());
}

/* Integers go in as raw JSON text: cJSON would print a number through
 * sprintf and check it with sscanf, which cost more than the rest of the
 * output. The digits are the ones cJSON prints for an integer ("%d"). */
static void add_int(jb *b, cJSON *obj, const char *key, int64_t v)
{
    char buf[24], *q = buf + sizeof buf;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    *--q = '\0';
    do {
        *--q = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    add_item(b, obj, key, cJSON_CreateRaw(q));
}

static void add_bool(jb *b, cJSON *obj, const char *key, int v)
{
    add_item(b, obj, key, cJSON_CreateBool(v ? 1 : 0));
}

static cJSON *add_obj_to_array(jb *b, cJSON *arr)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddItemToArray(arr, o)) {
        cJSON_Delete(o);
        b->ok = 0;
        return NULL;
    }
    return o;
}

static cJSON *add_array(jb *b, cJSON *obj, const char *key)
{
    return add_item(b, obj, key, cJSON_CreateArray());
}

static void add_span(jb *b, cJSON *o, size_t start, size_t end)
{
    add_int(b, o, "start", (int64_t)start);
    add_int(b, o, "end", (int64_t)end);
}

static void entities_json(jb *b, cJSON *arr, const wt_vec *ents)
{
    size_t i, j;
    for (i = 0; arr && i < ents->len && b->ok; i++) {
        const warta_entity *e = (const warta_entity *)ents->data + i;
        cJSON *o = add_obj_to_array(b, arr), *ms;
        if (!o)
            return;
        add_str(b, o, "type", warta_entity_type_name(e->type));
        add_str(b, o, "name", e->name);
        switch (e->type) {
        case WARTA_ENTITY_PERSON:
            add_str(b, o, "title", e->title);
            add_str(b, o, "affiliation", e->affiliation);
            break;
        case WARTA_ENTITY_COUNTRY:
            add_str(b, o, "iso", e->iso);
            add_str(b, o, "iso3", e->iso3);
            break;
        case WARTA_ENTITY_ORGANIZATION:
            add_str(b, o, "acronym", e->acronym);
            break;
        case WARTA_ENTITY_LOCATION:
            add_str(b, o, "iso", e->iso);
            add_str(b, o, "province", e->province);
            add_str(b, o, "timezone", e->tz);
            break;
        default:
            break;
        }
        ms = add_array(b, o, "mentions");
        for (j = 0; ms && j < e->mentions.len && b->ok; j++) {
            const wt_mention *m = (const wt_mention *)e->mentions.data + j;
            cJSON *mo = add_obj_to_array(b, ms);
            if (!mo)
                return;
            add_span(b, mo, m->start, m->end);
            add_str(b, mo, "text", m->text);
        }
    }
}

static cJSON *article_json(const warta_article *a, jb *b)
{
    cJSON *root = cJSON_CreateObject(), *arr, *o;
    size_t i;
    int f;
    if (!root) {
        b->ok = 0;
        return NULL;
    }
    add_str(b, root, "warta_version", WARTA_VERSION_STRING);
    add_str(b, root, "reference", a->reference);

    if (!a->dateline.has) {
        add_str(b, root, "dateline", NULL);
    } else if ((o = add_item(b, root, "dateline", cJSON_CreateObject())) != NULL) {
        add_str(b, o, "place", a->dateline.place);
        add_str(b, o, "agency", a->dateline.agency);
        add_str(b, o, "source", a->dateline.source);
        add_str(b, o, "country", a->dateline.country);
        add_str(b, o, "province", a->dateline.province);
        add_str(b, o, "timezone", a->dateline.tz);
        add_span(b, o, a->dateline.start, a->dateline.end);
    }
    add_str(b, root, "published", a->published);

    arr = add_array(b, root, "paragraphs");
    for (i = 0; arr && i < a->paragraphs.len && b->ok; i++) {
        const wt_span *s = (const wt_span *)a->paragraphs.data + i;
        if ((o = add_obj_to_array(b, arr)) != NULL)
            add_span(b, o, s->start, s->end);
    }

    entities_json(b, add_array(b, root, "entities"), &a->entities);

    arr = add_array(b, root, "times");
    for (i = 0; arr && i < a->times.len && b->ok; i++) {
        const warta_timex *t = (const warta_timex *)a->times.data + i;
        if ((o = add_obj_to_array(b, arr)) == NULL)
            break;
        add_str(b, o, "text", t->text);
        add_span(b, o, t->start, t->end);
        add_str(b, o, "value", t->value);
        add_str(b, o, "granularity", warta_granularity_name(t->granularity));
        add_str(b, o, "end_value", t->end_value);
        add_bool(b, o, "anchored", t->anchored);
        add_str(b, o, "relative", t->relative);
    }

    arr = add_array(b, root, "related");
    for (i = 0; arr && i < a->related.len && b->ok; i++) {
        const warta_related *r = (const warta_related *)a->related.data + i;
        if ((o = add_obj_to_array(b, arr)) == NULL)
            break;
        add_str(b, o, "kind", warta_related_kind_name(r->kind));
        add_str(b, o, "title", r->title);
        add_str(b, o, "published", r->published);
        add_span(b, o, r->start, r->end);
        entities_json(b, add_array(b, o, "entities"), &r->entities);
    }

    o = add_item(b, root, "attribution", cJSON_CreateObject());
    for (f = WARTA_ATTR_SOURCE; o && f < WT_ATTR_MAX && b->ok; f++)
        add_str(b, o, warta_attribution_field_name(f), a->attribution[f]);

    arr = add_array(b, root, "blocks");
    for (i = 0; arr && i < a->blocks.len && b->ok; i++) {
        const wt_block *bl = (const wt_block *)a->blocks.data + i;
        if ((o = add_obj_to_array(b, arr)) == NULL)
            break;
        add_str(b, o, "kind", warta_block_kind_name(bl->kind));
        add_span(b, o, bl->start, bl->end);
    }

    arr = add_array(b, root, "warnings");
    for (i = 0; arr && i < a->warnings.len && b->ok; i++) {
        const wt_warning *w = (const wt_warning *)a->warnings.data + i;
        if ((o = add_obj_to_array(b, arr)) == NULL)
            break;
        add_str(b, o, "message", w->message);
        add_int(b, o, "offset", w->offset);
    }
    return root;
}

int warta_article_to_json(const warta_article *a, int flags, char **out, size_t *len,
                          warta_error *err)
{
    jb b = {1};
    cJSON *root;
    char *s;
    if (err) {
        err->code = WARTA_OK;
        err->offset = -1;
        err->message[0] = '\0';
    }
    if (!a || !out)
        return wt_set_error(err, WARTA_EINVAL, -1, "article or out is NULL");
    *out = NULL;
    root = article_json(a, &b);
    if (!root || !b.ok) {
        cJSON_Delete(root);
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory building JSON");
    }
    /* cJSON allocates with the C library's malloc (its default hooks, which
     * we never change: they are process-global); warta_free() is free(). */
    s = (flags & WARTA_JSON_PRETTY) ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    if (!s)
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory printing JSON");
    *out = s;
    if (len)
        *len = strlen(s);
    return WARTA_OK;
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
