/* dateline: finds `Beijing (ANTARA) -`, `JAKARTA, KOMPAS.com -`,
 * `TEMPO.CO, Jakarta -`, `Liputan6.com, Jakarta -`, `TRIBUNNEWS.COM,
 * SIDOARJO -`, `SERAMBINEWS.COM -`, `YOGYAKARTA – `, `Jakarta, CNN
 * Indonesia --`, ... at the start of the first body text (possibly after a
 * glued pull-quote or caption) and resolves its place through the
 * gazetteer.
 *
 * Everything here looks at a bounded window (DL_WINDOW bytes), so a scan is
 * O(1) in the size of the text. */
#include "dateline.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "gazetteer.h"
#include "text.h"
#include "warta/common.h"

enum {
    DL_WINDOW = 768,   /* bytes looked at after `start` */
    DL_MAX_WORDS = 4,  /* words of a place */
    DL_MAX_OUTLET = 40 /* bytes of an outlet token */
};

static int is_asc_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_asc_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_asc_digit(char c) { return c >= '0' && c <= '9'; }
static int is_asc_alnum(char c) { return is_asc_upper(c) || is_asc_lower(c) || is_asc_digit(c); }

/* Code point at s[i] (i < n) without moving. */
static int32_t cp_at(const char *s, size_t n, size_t i)
{
    return wt_utf8_next(s, n, &i);
}

/* Length of a horizontal space at s[i]: ASCII space/tab, NBSP, or the
 * Mac-Roman mojibake of NBSP (`¬†`, as in Tempo files); 0 when none. */
static size_t hspace_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t h = wt_hspace_len(s, n, i);
    if (h)
        return h;
    if (i + 4 < n && u[i] == 0xC2 && u[i + 1] == 0xAC && u[i + 2] == 0xE2 && u[i + 3] == 0x80 &&
        u[i + 4] == 0xA0)
        return 5; /* `¬†` */
    return 0;
}

static size_t skip_hspace(const char *s, size_t n, size_t i)
{
    size_t k;
    while ((k = hspace_len(s, n, i)) > 0)
        i += k;
    return i;
}

/* A dash at s[i] (`-`, `--`, en dash, em dash): its length, else 0. */
static size_t dash_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= n)
        return 0;
    if (u[i] == '-')
        return (i + 1 < n && u[i + 1] == '-') ? 2 : 1;
    if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x93 || u[i + 2] == 0x94))
        return 3;
    return 0;
}

/* After a place or outlet ending at i: optional spaces, a dash. Returns the
 * end of the dash, or 0 when there is none. */
static size_t dash_after(const char *s, size_t n, size_t i)
{
    size_t j = skip_hspace(s, n, i), d = dash_len(s, n, j);
    return d ? j + d : 0;
}

/* One place word starting at i: an upper-case letter then letters, digits,
 * apostrophes and inner dots (`St.` is not taken: a trailing dot ends it).
 * Returns its end, or i when there is none. all_caps is set when it has no
 * lower-case letter. */
static size_t place_word(const char *s, size_t n, size_t i, int *all_caps)
{
    size_t j = i;
    int32_t c;
    *all_caps = 1;
    if (i >= n)
        return i;
    c = cp_at(s, n, i);
    if (!wt_is_upper(c))
        return i;
    while (j < n) {
        size_t k = j;
        c = wt_utf8_next(s, n, &k);
        if (wt_is_alpha(c) || wt_is_digit(c) || c == '\'') {
            if (wt_is_lower(c))
                *all_caps = 0;
            j = k;
        } else {
            break;
        }
    }
    return j;
}

/* Parse up to DL_MAX_WORDS place words from i, separated by single spaces
 * (or NBSP). caps_only: every word must be in capitals (okezone style).
 * Returns the end of the last word (i when none) and the word count. */
static size_t place_words(const char *s, size_t n, size_t i, int caps_only, int *count)
{
    size_t end = i, j = i;
    int w = 0;
    while (w < DL_MAX_WORDS) {
        int caps;
        size_t e = place_word(s, n, j, &caps);
        if (e == j || (caps_only && (!caps || e - j < 2)))
            break;
        end = e;
        w++;
        {
            size_t sp = hspace_len(s, n, e);
            if (!sp || hspace_len(s, n, e + sp))
                break; /* the next word must follow a single space */
            j = e + sp;
        }
    }
    *count = w;
    return end;
}

static const char *dup_str(wt_parse *p, size_t a, size_t b)
{
    return wt_arena_strndup(&p->art->arena, p->s + a, b - a);
}

static int set_place(wt_parse *p, wt_dateline *dl, size_t a, size_t b)
{
    dl->place_start = a;
    dl->place_end = b;
    if (a < b) {
        dl->place = wt_titlecase_dup(&p->art->arena, p->s + a, b - a);
        if (!dl->place)
            return WARTA_ENOMEM;
    }
    return WARTA_OK;
}

/* An outlet token ending with a web suffix (`KOMPAS.com`, `TEMPO.CO`,
 * `REPUBLIKA.CO.ID`, `Liputan6.com`) whose first dot is at `dot`. Returns
 * the end of the token and sets *ostart, or 0. Upper-case suffixes only take
 * upper-case names, so `TriTRIBUNNEWS.COM` gives `TRIBUNNEWS.COM`. */
static size_t outlet_at_dot(const char *s, size_t n, size_t lo, size_t dot, size_t *ostart)
{
    size_t e, a = dot;
    int upper_suffix;
    if (dot + 3 > n || dot == lo)
        return 0;
    if (!wt_prefix_ci(s + dot + 1, n - dot - 1, "co"))
        return 0;
    upper_suffix = is_asc_upper(s[dot + 1]);
    e = dot + 3;
    if (e < n && (s[e] == 'm' || s[e] == 'M'))
        e++;
    else if (e + 3 <= n && s[e] == '.' && wt_prefix_ci(s + e + 1, n - e - 1, "id"))
        e += 3;
    if (e < n && is_asc_alnum(s[e]))
        return 0;
    while (a > lo && dot - a < DL_MAX_OUTLET) {
        char c = s[a - 1];
        if (upper_suffix ? (is_asc_upper(c) || is_asc_digit(c)) : is_asc_alnum(c))
            a--;
        else
            break;
    }
    if (a == dot || !(is_asc_upper(s[a]) || is_asc_lower(s[a])))
        return 0;
    *ostart = a;
    return e;
}

/* `CNN Indonesia` at i: its end, else 0. */
static size_t cnn_at(const char *s, size_t n, size_t i)
{
    static const char k[] = "CNN Indonesia";
    if (i + sizeof k - 1 <= n && memcmp(s + i, k, sizeof k - 1) == 0)
        return i + sizeof k - 1;
    return 0;
}

/* `TEMPO, CO` at i (tempo-0064 `TEMPO, CO, Jakarta -`): an upper-case
 * outlet whose `.CO` the scrape turned into `, CO`. Returns its end, else 0. */
static size_t broken_outlet_at(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && j - i < DL_MAX_OUTLET && (is_asc_upper(s[j]) || is_asc_digit(s[j])))
        j++;
    if (j - i < 2 || !is_asc_upper(s[i]) || j + 4 > n || s[j] != ',' || s[j + 1] != ' ' ||
        s[j + 2] != 'C' || s[j + 3] != 'O')
        return 0;
    j += 4;
    if (j < n && (is_asc_alnum(s[j]) || s[j] == '.'))
        return 0;
    return j;
}

/* Start of a dateline: the text start or a glued position (no space before). */
static int starts_ok(const char *s, size_t start, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i == start)
        return 1;
    if (u[i - 1] == ' ' || u[i - 1] == '\t' || u[i - 1] == '\n')
        return 0;
    if (u[i - 1] == 0xA0 && i - 1 > start && u[i - 2] == 0xC2)
        return 0;
    return 1;
}

/* Capitalised words that start sentences and captions, never a place. */
static int common_word(const char *s, size_t a, size_t b)
{
    static const char *const w[] = {
        "Setiap", "Sejumlah", "Para", "Hari", "Ini", "Itu", "Saat", "Dalam", "Pada", "Di", "Ketika",
        "Sebanyak", "Sebuah", "Seorang", "Menurut", "Ilustrasi", "Foto", "Video", "Baca",
        "Catatan", "Berita", "Selain", "Sementara", "Kini", "Tak", "Tidak", "Dia", "Ia",
        "Mereka", "Kami", "Kita", "Namun", "Bahkan", "Sejak", "Usai", "Jelang", "Bagi", "Untuk",
        "Apa", "Siapa", "Bagaimana", "Kenapa", "Mengapa", "Simak", "Lihat", "Update", "Live",
        "Breaking", "Viral", "Heboh", "Terungkap", "Penampakan", "Inilah", "Berikut", NULL
    };
    size_t k;
    for (k = 0; w[k]; k++)
        if (strlen(w[k]) == b - a && memcmp(s + a, w[k], b - a) == 0)
            return 1;
    return 0;
}

/* The first word at a is a possible place (not a sentence opener). */
static int plausible_place(const char *s, size_t a, size_t lim)
{
    int caps;
    size_t e = place_word(s, lim, a, &caps);
    return e > a && !common_word(s, a, e);
}

/* Form `OUTLET -` / `OUTLET, PLACE -` (place may lose its dash:
 * `Liputan6.com, Jakarta Pembangunan`). */
static int try_outlet_first(wt_parse *p, size_t start, size_t lim, size_t oa, size_t oe,
                            wt_dateline *dl)
{
    const char *s = p->s;
    size_t j = skip_hspace(s, lim, oe), d;
    int words = 0;
    if ((d = dash_after(s, lim, oe)) != 0) {
        size_t pa = skip_hspace(s, lim, d), pe;
        dl->start = oa;
        dl->end = d;
        dl->place_start = dl->place_end = oa;
        dl->agency = dup_str(p, oa, oe);
        if (!dl->agency)
            return WARTA_ENOMEM;
        /* Kontan: `KONTAN.CO.ID - JAKARTA. Pemerintah ...`: the place in
         * capitals after the dash, closed by a full stop */
        pe = place_words(s, lim, pa, 1, &words);
        if (words > 0 && pe < lim && s[pe] == '.' && hspace_len(s, lim, pe + 1)) {
            dl->end = pe + 1;
            if (set_place(p, dl, pa, pe) < 0)
                return WARTA_ENOMEM;
        }
        return 1;
    }
    if (j < lim && s[j] == ',') {
        size_t pa = skip_hspace(s, lim, j + 1), pe;
        pe = place_words(s, lim, pa, 0, &words);
        if (words == 0)
            return 0;
        d = dash_after(s, lim, pe);
        if (d && words > 1 && !hspace_len(s, lim, pe) && !hspace_len(s, lim, d))
            d = 0; /* `Masjid At-Thohir`: a hyphen inside a name, not a dash */
        if (!d && (oa != start || !plausible_place(s, pa, lim))) {
            /* `Liputan6.com, Setiap kali ...`: agency only */
            if (oa != start)
                return 0;
            dl->start = oa;
            dl->end = oe;
            dl->place_start = dl->place_end = oa;
            dl->agency = dup_str(p, oa, oe);
            return dl->agency ? 1 : WARTA_ENOMEM;
        }
        if (!d) {
            /* no dash: keep the longest known place, else one word */
            size_t best = 0, k = pa;
            int w = 0;
            while (k < pe && w < DL_MAX_WORDS) {
                int caps;
                size_t e = place_word(s, lim, k, &caps);
                if (e == k)
                    break;
                w++;
                if (best == 0)
                    best = e;
                else if (p->ctx && p->ctx->gz &&
                         wt_gz_lookup(p->ctx->gz, s + pa, e - pa, WT_GZ_PLACE))
                    best = e;
                k = e + hspace_len(s, lim, e);
            }
            pe = best;
            d = pe;
        }
        dl->start = oa;
        dl->end = d;
        dl->agency = dup_str(p, oa, oe);
        if (!dl->agency || set_place(p, dl, pa, pe) < 0)
            return WARTA_ENOMEM;
        return 1;
    }
    return 0;
}

/* Form `PLACE, OUTLET -` starting at `start` (Kompas, CNN, Republika). */
static int try_place_first(wt_parse *p, size_t start, size_t lim, wt_dateline *dl)
{
    const char *s = p->s;
    int words = 0;
    size_t pe = place_words(s, lim, start, 0, &words), j, oa, oe = 0, d;
    if (!words || pe >= lim || s[pe] != ',')
        return 0;
    j = skip_hspace(s, lim, pe + 1);
    oa = j;
    if ((oe = cnn_at(s, lim, j)) == 0) {
        size_t k = j, dot = 0;
        while (k < lim && k - j < DL_MAX_OUTLET && (is_asc_alnum(s[k]) || s[k] == '.')) {
            if (s[k] == '.' && !dot)
                dot = k;
            k++;
        }
        if (!dot || outlet_at_dot(s, lim, j, dot, &oa) == 0 || oa != j)
            return 0;
        oe = outlet_at_dot(s, lim, j, dot, &oa);
    }
    d = dash_after(s, lim, oe);
    if (!d)
        return 0;
    dl->start = start;
    dl->end = d;
    dl->agency = dup_str(p, oa, oe);
    if (!dl->agency || set_place(p, dl, start, pe) < 0)
        return WARTA_ENOMEM;
    return 1;
}

/* Form `PLACE (ANTARA[/SOURCE]) -` with the `(` at `par`. */
static int try_antara(wt_parse *p, size_t start, size_t lim, size_t par, wt_dateline *dl)
{
    const char *s = p->s;
    size_t a = par + 1, ae, se = 0, sa = 0, close, d, pe, ps, k;
    size_t words[DL_MAX_WORDS];
    size_t nw = 0;
    if (a + 6 > lim || memcmp(s + a, "ANTARA", 6) != 0)
        return 0;
    ae = a + 6;
    close = ae;
    if (close < lim && s[close] == '/') {
        sa = close + 1;
        se = sa;
        while (se < lim && se - sa < DL_MAX_OUTLET && (is_asc_alnum(s[se]) || s[se] == ' ' ||
                                                     s[se] == '.' || s[se] == '-'))
            se++;
        if (se == sa)
            return 0;
        close = se;
    }
    if (close >= lim || s[close] != ')')
        return 0;
    d = dash_after(s, lim, close + 1);
    if (!d)
        return 0;
    /* walk back over the place: words before the `(`, separated by single
     * spaces or `, `; the first word may be glued to a pull-quote
     * (`...dikontrolJakarta`, `RLDCDubai, UEA`, `OIKN.Jakarta`) */
    pe = par;
    if (pe > start && hspace_len(s, par, pe - 1) == 1)
        pe--;
    else if (pe > start + 1 && (unsigned char)s[pe - 1] == 0xA0 && (unsigned char)s[pe - 2] == 0xC2)
        pe -= 2;
    /* `Siak, Riau, (ANTARA)`, `Lubuk Basung,- (ANTARA)` */
    if (pe > start && s[pe - 1] == '-')
        pe--;
    if (pe > start && s[pe - 1] == ',')
        pe--;
    k = pe;
    for (;;) {
        size_t we = k, ws = k, j = k, q;
        int glued;
        /* the alphanumeric run ending at k */
        while (j > start) {
            size_t r = j;
            int32_t c = wt_utf8_prev(s, &r);
            if (!(wt_is_alpha(c) || wt_is_digit(c) || c == '\''))
                break;
            j = r;
        }
        if (j == we)
            break;
        q = we;
        {
            size_t r = q;
            int32_t last = wt_utf8_prev(s, &r);
            if (wt_is_upper(last)) {
                /* an all-capitals word (`UEA`, `NTT`): the whole run of capitals */
                while (q > j) {
                    r = q;
                    if (!wt_is_upper(wt_utf8_prev(s, &r)))
                        break;
                    q = r;
                }
                ws = q;
            } else {
                /* lower-case tail, then one capital */
                while (q > j) {
                    int32_t c;
                    r = q;
                    c = wt_utf8_prev(s, &r);
                    if (wt_is_upper(c)) {
                        ws = r;
                        break;
                    }
                    if (!(wt_is_lower(c) || wt_is_digit(c) || c == '\''))
                        break;
                    q = r;
                }
            }
        }
        if (ws == we || !wt_is_upper(cp_at(s, we, ws)))
            break;
        glued = ws > j || (ws > start && s[ws - 1] != ' ' && s[ws - 1] != ',' &&
                           !((unsigned char)s[ws - 1] == 0xA0));
        words[nw++] = ws;
        if (glued || ws == start || nw >= DL_MAX_WORDS)
            break;
        /* the separator before: one space, or `, ` */
        k = ws;
        if (hspace_len(s, par, k - 1) != 1)
            break;
        k--;
        if (k > start && s[k - 1] == ',')
            k--;
        if (k == start || hspace_len(s, par, k - 1))
            break;
    }
    if (nw == 0)
        return 0;
    ps = words[nw - 1];
    dl->start = ps;
    dl->end = d;
    dl->agency = dup_str(p, a, ae);
    if (!dl->agency)
        return WARTA_ENOMEM;
    if (sa) {
        dl->source = dup_str(p, sa, se);
        if (!dl->source)
            return WARTA_ENOMEM;
    }
    /* `Bogor, Jawa Barat (ANTARA)`: the place is the part before the comma */
    {
        size_t q = ps, place_end = pe;
        while (q < pe) {
            if (s[q] == ',') {
                place_end = q;
                break;
            }
            q++;
        }
        if (set_place(p, dl, ps, place_end) < 0)
            return WARTA_ENOMEM;
    }
    return 1;
}

/* Form `PLACE -` at `start`: capitals (`SAO PAULO –`), or a title-case
 * place (`Jakarta - `), no agency. */
static int try_place_only(wt_parse *p, size_t start, size_t lim, wt_dateline *dl)
{
    const char *s = p->s;
    int words = 0, caps = 0;
    size_t pe = place_words(s, lim, start, 1, &words), d, after;
    if (!words) {
        /* title case (`Jakarta -`): only a place the gazetteer knows, so
         * `Maskapai - maskapai` or `Kim Jong - woon` at the start of a text
         * is not taken for a dateline */
        pe = place_words(s, lim, start, 0, &words);
        if (!words || words > 2)
            return 0;
        if (p->ctx && p->ctx->gz && !wt_gz_lookup(p->ctx->gz, s + start, pe - start, WT_GZ_PLACE) &&
            !wt_gz_lookup(p->ctx->gz, s + start, pe - start, WT_GZ_COUNTRY))
            return 0;
    } else {
        caps = 1;
    }
    if (!plausible_place(s, start, lim))
        return 0;
    d = dash_after(s, lim, pe);
    if (!d)
        return 0;
    /* the dash must follow a space (`JAKARTA -`), not `Jambi-Riau`; a place
     * in capitals may touch it when a space follows (other-0049 `JAKARTA-
     * Hari ini, 1 Mei 2020, ...`) */
    if (d == pe + dash_len(s, lim, pe) && !(caps && hspace_len(s, lim, d)))
        return 0;
    after = d;
    if (after < lim && !hspace_len(s, lim, after) && !(caps && wt_is_upper(cp_at(s, lim, after))))
        return 0;
    dl->start = start;
    dl->end = d;
    if (set_place(p, dl, start, pe) < 0)
        return WARTA_ENOMEM;
    return 1;
}

/* `(` and `.`: the only bytes that matter after a dateline's start */
static const unsigned char dl_mark[256] = {['('] = 1, ['.'] = 1};

/* The first j >= i below lim where s[j] is a byte of dl_mark, else lim:
 * with SSE2 16 bytes a round, then wt_skip_to(). */
static size_t next_mark(const char *s, size_t i, size_t lim)
{
#if defined(__SSE2__)
    while (lim - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_cmpeq_epi8(v, _mm_set1_epi8('(')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))));
        if (m)
            return i + (size_t)__builtin_ctz(m);
        i += 16;
    }
#endif
    return wt_skip_to(dl_mark, s, i, lim);
}

int wt_dateline_scan(wt_parse *p, size_t start, size_t end, wt_dateline *dl)
{
    const char *s = p->s;
    size_t lim, i;
    int r;
    if (end > p->n)
        end = p->n;
    memset(dl, 0, sizeof *dl);
    /* skip leading white space */
    while (start < end) {
        size_t j = start;
        int32_t c = wt_utf8_next(s, end, &j);
        if (!wt_is_space(c))
            break;
        start = j;
    }
    if (start >= end)
        return 0;
    lim = end - start > DL_WINDOW ? start + DL_WINDOW : end;
    /* never cut a code point at the window's end */
    while (lim < end && ((unsigned char)s[lim] & 0xC0) == 0x80)
        lim++;

    /* 1. at the very start: `PLACE, OUTLET -`, then `PLACE -` */
    if ((r = try_place_first(p, start, lim, dl)) != 0)
        goto done;
    /* `ANTARA - ` (agency only) */
    if (lim - start >= 6 && memcmp(s + start, "ANTARA", 6) == 0) {
        size_t d = dash_after(s, lim, start + 6);
        if (d) {
            dl->start = start;
            dl->end = d;
            dl->place_start = dl->place_end = start;
            dl->agency = dup_str(p, start, start + 6);
            r = dl->agency ? 1 : WARTA_ENOMEM;
            goto done;
        }
    }
    /* `TEMPO, CO, Jakarta -` */
    {
        size_t oe = broken_outlet_at(s, lim, start);
        if (oe && (r = try_outlet_first(p, start, lim, start, oe, dl)) != 0)
            goto done;
    }
    /* 2. an outlet or the ANTARA marker in the window */
    for (i = start; i < lim; i++) {
        char c;
        if (i > start)
            i = next_mark(s, i, lim); /* only `(` and `.` matter after the start */
        if (i >= lim)
            break;
        c = s[i];
        if (c == '(' && i > start) {
            if ((r = try_antara(p, start, lim, i, dl)) != 0)
                goto done;
        } else if (c == '.') {
            size_t oa, oe = outlet_at_dot(s, lim, start, i, &oa);
            if (oe && (oa == start || starts_ok(s, start, oa))) {
                if ((r = try_outlet_first(p, start, lim, oa, oe, dl)) != 0)
                    goto done;
            }
            if (oe)
                i = oe - 1;
        } else if (c == 'C' && (i == start) && cnn_at(s, lim, i)) {
            size_t oe = cnn_at(s, lim, i);
            if ((r = try_outlet_first(p, start, lim, i, oe, dl)) != 0)
                goto done;
        }
    }
    /* 3. `PLACE -` at the start */
    if ((r = try_place_only(p, start, lim, dl)) != 0)
        goto done;
    memset(dl, 0, sizeof *dl);
    return 0;
done:
    if (r < 0)
        return r;
    dl->has = 1;
    return 1;
}

static const char *dup_opt(wt_parse *p, const char *v)
{
    return v ? wt_arena_strdup(&p->art->arena, v) : NULL;
}

/* Gazetteer entry of a place name: a place, else a country. */
static const wt_gz_entry *lookup_place(const wt_gazetteer *gz, const char *name, size_t len)
{
    const wt_gz_entry *e = wt_gz_lookup(gz, name, len, WT_GZ_PLACE);
    return e ? e : wt_gz_lookup(gz, name, len, WT_GZ_COUNTRY);
}

int wt_dateline_resolve(wt_parse *p)
{
    wt_dateline *dl = &p->art->dateline;
    const wt_gz_entry *e;
    const char *pl;
    size_t len;
    if (!dl->has || !dl->place || !p->ctx || !p->ctx->gz)
        return WARTA_OK;
    pl = dl->place;
    len = strlen(pl);
    e = lookup_place(p->ctx->gz, pl, len);
    /* `Kota Probolinggo`, `Kabupaten Bogor`: without the prefix */
    if (!e && len > 5 && memcmp(pl, "Kota ", 5) == 0)
        e = lookup_place(p->ctx->gz, pl + 5, len - 5);
    if (!e && len > 10 && memcmp(pl, "Kabupaten ", 10) == 0)
        e = lookup_place(p->ctx->gz, pl + 10, len - 10);
    /* `Guizhou, China (ANTARA)`, `Dairi, Sumatera Utara (ANTARA)`: the
     * region or country after the comma */
    if (!e && dl->place_end < dl->end && p->s[dl->place_end] == ',') {
        size_t a = dl->place_end + 1, b = a;
        while (b < dl->end && p->s[b] != '(' && p->s[b] != ',')
            b++;
        wt_trim(p->s, &a, &b);
        if (a < b && b - a < 64)
            e = lookup_place(p->ctx->gz, p->s + a, b - a);
    }
    if (!e)
        return WARTA_OK;
    if (e->kind == WT_GZ_COUNTRY && !e->iso2)
        return WARTA_OK;
    if ((e->iso2 && !(dl->country = dup_opt(p, e->iso2))) ||
        (e->province && !(dl->province = dup_opt(p, e->province))) ||
        (e->tz && !(dl->tz = dup_opt(p, e->tz))))
        return WARTA_ENOMEM;
    if (!dl->tz && e->iso2) {
        const wt_gz_entry *c = wt_gz_country(p->ctx->gz, e->iso2);
        if (c && c->tz && !(dl->tz = dup_opt(p, c->tz)))
            return WARTA_ENOMEM;
    }
    return WARTA_OK;
}
