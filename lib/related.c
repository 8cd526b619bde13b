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

/* End of a read-also label at a (`Baca juga:`, `(Baca Juga :`, `Simak
 * juga:`), or a when the item has none (the second of two glued headlines). */
static size_t skip_label(const char *s, size_t a, size_t b)
{
    static const char *const first[] = { "baca", "simak", "lihat", NULL };
    size_t j = a, h = wt_segment_video_label(s, b, a);
    int f;
    if (h)
        return a + h;
    if (j < b && s[j] == '(')
        j++;
    for (f = 0; first[f]; f++)
        if (wt_prefix_ci(s + j, b - j, first[f]))
            break;
    if (!first[f])
        return a;
    j += strlen(first[f]);
    if ((h = wt_hspace_len(s, b, j)) == 0)
        return a;
    j += h;
    if (!wt_prefix_ci(s + j, b - j, "juga"))
        return a;
    j += 4;
    while ((h = wt_hspace_len(s, b, j)) > 0)
        j += h;
    if (j < b && s[j] == ':')
        j++;
    return j;
}

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
    r->title = wt_arena_strndup(&p->art->arena, p->s + ta, tb - ta);
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
    size_t ta = skip_label(s, bl->start, bl->end), tb = bl->end;
    if (s[bl->start] == '(' && ta != bl->start && tb > ta && s[tb - 1] == ')')
        tb--;
    wt_trim(s, &ta, &tb);
    /* `Simak Video "..."`: without the quotes; `Tonton juga video ...:` */
    /* `Baca Juga: - DAY6 ...`: the list dash */
    if (tb - ta > 2 && s[ta] == '-' && s[ta + 1] == ' ') {
        ta += 2;
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
    size_t a = bl->start, b = bl->end, nl = b;
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
    /* trailing separators of glued footers */
    while (b > a && (s[b - 1] == '|' || s[b - 1] == ',' || s[b - 1] == ';'))
        b--;
    wt_trim(s, &a, &b);
    if (a >= b || field <= 0 || field >= WT_ATTR_MAX || p->art->attribution[field])
        return WARTA_OK;
    p->art->attribution[field] = wt_arena_strndup(&p->art->arena, s + a, b - a);
    return p->art->attribution[field] ? WARTA_OK : WARTA_ENOMEM;
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
    { NULL, 0 }
};

static int attribution(wt_parse *p, const wt_block *bl)
{
    const char *s = p->s;
    size_t a = bl->start, b = bl->end, k;
    for (k = 0; labels[k].label; k++) {
        size_t m = strlen(labels[k].label);
        if (b - a >= m && memcmp(s + a, labels[k].label, m) == 0)
            return set_attr(p, labels[k].field, a + m, b);
    }
    if (s[a] == '(' && s[b - 1] == ')')
        return set_attr(p, WARTA_ATTR_INITIALS, a + 1, b - 1);
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
