/* related: related headlines and attribution, read from the blocks that
 * segment.c cut: READ_ALSO items (`Baca juga: ...`), RELATED items
 * (headline line + stamp line of a `Berita Lainnya` block) and ATTRIBUTION
 * lines (`Sumber:`, `Pewarta:`, `Editor:`, ..., `(ant/mii)`, `Laporan
 * Wartawan ..., Name`). One pass over the blocks; each block is read once. */
#include "related.h"
#include "segment.h"

#include <string.h>

#include "text.h"
#include "timex.h"
#include "warta/common.h"

static int add_related(wt_parse *p, int kind, size_t a, size_t b, size_t ta, size_t tb,
                       size_t sa, size_t sb)
{
    struct warta_related *r;
    wt_trim(p->s, &ta, &tb);
    if (ta >= tb)
        return WARTA_OK;
    r = wt_vec_push(&p->art->arena, &p->art->related, sizeof *r);
    if (!r)
        return WARTA_ENOMEM;
    r->kind = kind;
    r->start = a;
    r->end = b;
    r->title_start = ta;
    r->title_end = tb;
    r->title = wt_unescape_html_dup(&p->art->arena, p->s + ta, tb - ta);
    if (!r->title)
        return WARTA_ENOMEM;
    if (sb > sa) {
        const char *iso = NULL;
        int rc = wt_timex_stamp(p, sa, sb, &iso);
        if (rc < 0)
            return rc;
        if (rc == 1 && iso)
            r->published = iso;
    }
    return WARTA_OK;
}

static int read_also(wt_parse *p, const wt_block *bl)
{
    const char *s = p->s;
    size_t ta = bl->label_end, tb = bl->end; /* segment read the label */
    if (s[bl->start] == '(' && ta != bl->start && tb > ta && s[tb - 1] == ')')
        tb--;
    wt_trim(s, &ta, &tb);
    /* `Simak Video "..."`: without the quotes; `Tonton juga video ...:` */
    /* `Baca Juga: - DAY6 ...`: the list dash */
    if (tb - ta > 2 && s[ta] == '-' && wt_hspace_len(s, tb, ta + 1)) {
        ta += 1 + wt_hspace_len(s, tb, ta + 1); /* `Baca Juga; -` NBSP (okezone-0014) */
        wt_trim(s, &ta, &tb);
    }
    if (tb > ta && s[tb - 1] == ':' && s[bl->start] != '(')
        tb--;
    if (tb - ta >= 2 && (s[ta] == '"' || s[ta] == '\'') && s[tb - 1] == s[ta]) {
        ta++;
        tb--;
    } else if (tb - ta >= 6 && memcmp(s + ta, "\xE2\x80\x9C", 3) == 0 &&
               memcmp(s + tb - 3, "\xE2\x80\x9D", 3) == 0) {
        ta += 3;
        tb -= 3;
    }
    return add_related(p, WARTA_RELATED_READ_ALSO, bl->start, bl->end, ta, tb, 0, 0);
}

/* A RELATED block: the header (no item), an item of the block under a
 * header (headline + stamp), or an unlabelled headline line at the end of
 * the text (not an item: `under_header` is 0). */
static int related_item(wt_parse *p, const wt_block *bl, int *under_header)
{
    const char *s = p->s;
    size_t a = bl->start, b = bl->end, nl;
    const char *m;
    if (wt_segment_related_header(s, a, b)) {
        *under_header = 1;
        return WARTA_OK;
    }
    if (!*under_header)
        return WARTA_OK;
    /* headline line, then the stamp line (the block's last line) */
    m = memchr(s + a, '\n', b - a);
    if (m) {
        const char *last = m;
        while ((m = memchr(m + 1, '\n', (size_t)(s + b - (m + 1)))) != NULL)
            last = m;
        nl = (size_t)(last - s);
        return add_related(p, WARTA_RELATED_MORE_NEWS, a, b, a, nl, nl + 1, b);
    }
    return add_related(p, WARTA_RELATED_MORE_NEWS, a, b, a, b, 0, 0);
}

static int set_attr(wt_parse *p, int field, size_t a, size_t b)
{
    const char *s = p->s;
    wt_trim(s, &a, &b);
    /* trailing separators of glued footers; the `)` closing a bracketed
     * footer (`(Penulis: X | Editor: Y)`, kompas-0016) */
    while (b > a && (s[b - 1] == '|' || s[b - 1] == ',' || s[b - 1] == ';' ||
                     (s[b - 1] == ')' && !memchr(s + a, '(', b - a))))
        b--;
    wt_trim(s, &a, &b);
    if (a >= b || field <= 0 || field >= WT_ATTR_MAX || p->art->attribution[field])
        return WARTA_OK;
    {
        /* a name the scrape split with two spaces (`Indra  Arief Pribadi`,
         * antara-0031) is written with one */
        char *v = wt_arena_strndup(&p->art->arena, s + a, b - a);
        size_t i, o = 0;
        if (!v)
            return WARTA_ENOMEM;
        for (i = 0; v[i]; i++)
            if (!(v[i] == ' ' && o > 0 && v[o - 1] == ' '))
                v[o++] = v[i];
        v[o] = '\0';
        p->art->attribution[field] = v;
    }
    return WARTA_OK;
}

static const struct {
    const char *label;
    int field;
} labels[] = {
    { "Pewarta foto:", WARTA_ATTR_PHOTOGRAPHER }, { "Pewarta Foto:", WARTA_ATTR_PHOTOGRAPHER },
    { "Fotografer:", WARTA_ATTR_PHOTOGRAPHER },   { "Pewarta:", WARTA_ATTR_REPORTER },
    { "PEWARTA:", WARTA_ATTR_REPORTER },          { "Reporter:", WARTA_ATTR_REPORTER },
    { "REPORTER:", WARTA_ATTR_REPORTER },         { "Penulis:", WARTA_ATTR_REPORTER },
    { "PENULIS:", WARTA_ATTR_REPORTER },          { "Editor:", WARTA_ATTR_EDITOR },
    { "EDITOR:", WARTA_ATTR_EDITOR },             { "Penerjemah:", WARTA_ATTR_TRANSLATOR },
    { "Sumber:", WARTA_ATTR_SOURCE },             { "SUMBER:", WARTA_ATTR_SOURCE },
    { "Disadur dari:", WARTA_ATTR_SOURCE },
    { NULL, 0 }
};

/* An unlabelled attribution block of capitals, spaces and a bar: the
 * byline segment split off the end of the text. */
static int is_byline(const char *s, size_t a, size_t b)
{
    size_t i;
    for (i = a; i < b; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || s[i] == ' ' || s[i] == '|'))
            return 0;
    return b > a;
}

/* `Bachtiarudin Alam/Merdeka.com` (liputan6-0052): the outlet after the
 * slash is no part of the name. Returns the end of the name. */
static size_t drop_outlet(const char *s, size_t a, size_t b)
{
    const char *sl = memchr(s + a, '/', b - a);
    size_t k;
    if (!sl || sl == s + a)
        return b;
    for (k = (size_t)(sl - s) + 1; k + 3 <= b; k++)
        if (s[k] == '.' && (wt_prefix_ci(s + k + 1, b - k - 1, "com") ||
                            wt_prefix_ci(s + k + 1, b - k - 1, "co")))
            return (size_t)(sl - s);
    return b;
}

static int attribution(wt_parse *p, const wt_block *bl)
{
    const char *s = p->s;
    size_t a = bl->start, b = bl->end, k;
    for (k = 0; labels[k].label; k++) {
        size_t m = strlen(labels[k].label);
        if (b - a >= m && memcmp(s + a, labels[k].label, m) == 0)
            return set_attr(p, labels[k].field, a + m,
                            labels[k].field == WARTA_ATTR_REPORTER ? drop_outlet(s, a + m, b) : b);
    }
    if (s[a] == '(' && s[b - 1] == ')')
        return set_attr(p, WARTA_ATTR_INITIALS, a + 1, b - 1);
    if (is_byline(s, a, b)) {
        /* tempo's closing byline `MARVELA | DA`: the name before the bar */
        const char *bar = memchr(s + a, '|', b - a);
        return set_attr(p, WARTA_ATTR_REPORTER, a, bar ? (size_t)(bar - s) : b);
    }
    if (b - a > 8 && memcmp(s + a, "Laporan ", 8) == 0) {
        /* `Laporan Wartawan Tribunnews.com, Name` / `Laporan Name | Place` */
        const char *bar = memchr(s + a, '|', b - a);
        size_t i, comma = 0;
        for (i = a; i < b; i++)
            if (s[i] == ',')
                comma = i;
        if (comma)
            return set_attr(p, WARTA_ATTR_REPORTER, comma + 1, bar ? (size_t)(bar - s) : b);
        if (bar)
            return set_attr(p, WARTA_ATTR_REPORTER, a + 8, (size_t)(bar - s));
    }
    return WARTA_OK;
}

int wt_related_run(wt_parse *p)
{
    const wt_block *bl = p->art->blocks.data;
    size_t k;
    int rc, under_header = 0;
    for (k = 0; k < p->art->blocks.len; k++) {
        if (bl[k].kind != WARTA_BLOCK_RELATED)
            under_header = 0;
        switch (bl[k].kind) {
        case WARTA_BLOCK_READ_ALSO:
            rc = read_also(p, &bl[k]);
            break;
        case WARTA_BLOCK_RELATED:
            rc = related_item(p, &bl[k], &under_header);
            break;
        case WARTA_BLOCK_ATTRIBUTION:
            rc = attribution(p, &bl[k]);
            break;
        case WARTA_BLOCK_STAMP:
            /* the page's own stamp (segment.c found at most one; the
             * stamp starts after its label) */
            rc = WARTA_OK;
            if (!p->art->published) {
                const char *iso = NULL;
                rc = wt_timex_stamp(p, bl[k].label_end, bl[k].end, &iso);
                if (rc == 1) {
                    p->art->published = iso;
                    rc = WARTA_OK;
                }
            }
            break;
        default:
            rc = WARTA_OK;
        }
        if (rc < 0)
            return rc;
    }
    /* `Jakarta (ANTARA/Reuters) -` credits a source too */
    if (!p->art->attribution[WARTA_ATTR_SOURCE] && p->art->dateline.has &&
        p->art->dateline.source) {
        p->art->attribution[WARTA_ATTR_SOURCE] =
            wt_arena_strdup(&p->art->arena, p->art->dateline.source);
        if (!p->art->attribution[WARTA_ATTR_SOURCE])
            return WARTA_ENOMEM;
    }
    return WARTA_OK;
}
