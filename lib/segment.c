/* segment: lines -> blocks.
 *
 * One forward pass. The text is cut into lines (\n, \r\n), each line into
 * segments where a scraper flattened paragraphs (a run of 3+ spaces, 2+
 * spaces between a sentence end and a capital, `.,` before a capital), and
 * each segment is read left to right: labelled items at its start
 * (attribution, boilerplate, related blocks), then body text in which inline
 * `Baca juga:` items, glued footers and placeholders are cut out.
 *
 * Linear time: every byte is visited by the separator scan once, by the
 * segment reader once and by at most one bounded read-also look-ahead
 * (which stops at the next label). Nothing rescans from a line start. */
#include "segment.h"

#include <string.h>

#include "dateline.h"
#include "text.h"
#include "warta/common.h"

enum {
    SEG_DL_MAX_SEGMENTS = 4, /* segments searched for the dateline */
    SEG_DL_MAX_OFFSET = 1500, /* ... within this many bytes of the text start */
    SEG_RA_MAX_WORDS = 40,   /* look-ahead of an inline read-also headline */
    SEG_RA_MIN_TITLE = 3,    /* words a title-case cut must keep */
    SEG_RA_SENTENCE_LOWS = 6, /* lower-case words that make a following sentence */
    SEG_RA_PAREN_MAX = 400,  /* bytes searched for the `)` of `(Baca juga: ...)` */
    SEG_ATTR_VALUE_MAX = 120, /* bytes of an attribution value */
    SEG_REL_HEADLINE_MAX = 240 /* bytes of a related headline line */
};

typedef struct seg_state {
    wt_parse *p;
    const char *s;
    size_t n;
    int dl_done;
    int dl_segments;
    int related_mode;
    int has_pend;       /* a related headline waiting for its stamp */
    size_t pend_a, pend_b;
} seg_state;

/* ---- small character helpers ------------------------------------------ */

static int is_up(char c) { return c >= 'A' && c <= 'Z'; }
static int is_lo(char c) { return c >= 'a' && c <= 'z'; }
static int is_dig(char c) { return c >= '0' && c <= '9'; }
static int is_alpha_ascii(char c) { return is_up(c) || is_lo(c); }

static int32_t cp_at(const char *s, size_t n, size_t i)
{
    return wt_utf8_next(s, n, &i);
}

/* Upper-case letter (any script) at s[i]. */
static int upper_at(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return 0;
    if ((unsigned char)s[i] < 0x80)
        return is_up(s[i]);
    return wt_is_upper(cp_at(s, n, i));
}

static int lower_at(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return 0;
    if ((unsigned char)s[i] < 0x80)
        return is_lo(s[i]);
    return wt_is_lower(cp_at(s, n, i));
}

/* Exact (case-sensitive) prefix. */
static int has_at(const char *s, size_t n, size_t i, const char *lit)
{
    size_t m = strlen(lit);
    return i + m <= n && memcmp(s + i, lit, m) == 0;
}

/* ---- pushing blocks ---------------------------------------------------- */

static int push_raw(seg_state *st, int kind, size_t a, size_t b)
{
    wt_block *bl;
    wt_trim(st->s, &a, &b);
    if (a >= b)
        return WARTA_OK;
    bl = wt_vec_push(&st->p->art->arena, &st->p->art->blocks, sizeof *bl);
    if (!bl)
        return WARTA_ENOMEM;
    bl->kind = kind;
    bl->start = a;
    bl->end = b;
    return WARTA_OK;
}

static int flush_pending(seg_state *st)
{
    if (!st->has_pend)
        return WARTA_OK;
    st->has_pend = 0;
    return push_raw(st, WARTA_BLOCK_RELATED, st->pend_a, st->pend_b);
}

static int push(seg_state *st, int kind, size_t a, size_t b)
{
    int rc = flush_pending(st);
    if (rc < 0)
        return rc;
    return push_raw(st, kind, a, b);
}

/* ---- recognisers of small things --------------------------------------- */

/* Initials such as `ant/mii`, `alf`, `Ykb/Z-7`, `MGN/Z-7` in s[a..b). */
static int is_initials(const char *s, size_t a, size_t b)
{
    size_t i, slash = 0, first_len = 0;
    int has_lower = 0, all_lower = 1;
    if (b <= a || b - a > 20)
        return 0;
    for (i = a; i < b; i++) {
        char c = s[i];
        if (c == '/') {
            if (!slash)
                first_len = i - a;
            slash = i + 1;
        } else if (is_lo(c)) {
            has_lower = 1;
        } else if (is_up(c) || is_dig(c) || c == '-') {
            all_lower = 0;
        } else {
            return 0;
        }
    }
    if (slash) {
        /* first part: 1..5 letters */
        if (first_len == 0 || first_len > 5 || slash >= b)
            return 0;
        for (i = a; i < a + first_len; i++)
            if (!is_alpha_ascii(s[i]))
                return 0;
        return 1;
    }
    return has_lower && all_lower && b - a >= 2 && b - a <= 5;
}

static int is_sentence_end_before(const char *s, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i == 0)
        return 0;
    switch (u[i - 1]) {
    case '.': case '!': case '?': case '"': case '\'':
        return 1;
    case 0x9D: /* ” */
    case 0x99: /* ’ */
        return i >= 3 && u[i - 3] == 0xE2 && u[i - 2] == 0x80;
    default:
        return 0;
    }
}

/* An abbreviation ends at i (s[i-1] == '.'): `Pol.`, `dr.`, `No.`, `H.`. */
static int is_abbrev_before(const char *s, size_t lo, size_t i)
{
    static const char *const ab[] = {
        "Pol", "dr", "Dr", "drg", "No", "no", "Prof", "Drs", "Ir", "Hj", "St", "Jl", "Jln",
        "Kol", "Brig", "Jend", "Bpk", "Sdr", "Tn", "Ny", "Kab", "Kec", "Ds", "Rp", "Mr",
        "Mrs", "Ms", "vs", "Yth", "Sr", "Jr", "Kom", "Ajun", "Sdri", "Mgr", "Pdt", "dkk",
        "Tbk", "Co", "Inc", "Ltd", "Dra", "Nn", NULL
    };
    size_t w = i - 1, k;
    if (i == 0 || i - 1 < lo || s[i - 1] != '.')
        return 0;
    while (w > lo && i - 1 - w < 6 && is_alpha_ascii(s[w - 1]))
        w--;
    if (w == i - 1)
        return 0;
    if (w > lo && is_alpha_ascii(s[w - 1]))
        return 0; /* longer word */
    if (i - 1 - w == 1 && is_up(s[w]))
        return 1; /* an initial: `H.`, `M.` */
    for (k = 0; ab[k]; k++)
        if (strlen(ab[k]) == i - 1 - w && memcmp(s + w, ab[k], i - 1 - w) == 0)
            return 1;
    return 0;
}

/* A paragraph may start here: a capital, a digit, an opening quote or
 * bracket. */
static int para_start_at(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= n)
        return 0;
    if (is_up(s[i]) || is_dig(s[i]) || s[i] == '"' || s[i] == '[' || s[i] == '(' || s[i] == '\'')
        return 1;
    if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x9C || u[i + 2] == 0x98))
        return 1;
    return u[i] >= 0x80 && upper_at(s, n, i);
}

/* `Baca juga:` / `BACA JUGA :` / `(Baca Juga:` / `Simak juga:` / `Lihat
 * juga:` at i. Returns 1 and sets *te (title start, after the colon and
 * spaces) and *paren. */
/* labelled video teasers count as read-also items (dev-gold README §8) */
static const char *const video_labels[] = {
    "Simak Video ", "Simak video ", "Tonton juga video ", "Tonton Juga Video ", "Tonton video ",
    "Saksikan video ", "Saksikan Video ", "Simak juga Video ", "Simak juga video ",
    "Lihat juga Video ", "Lihat juga video ", NULL};

size_t wt_segment_video_label(const char *s, size_t n, size_t i)
{
    int f;
    if (i >= n || (s[i] != 'S' && s[i] != 'T' && s[i] != 'L'))
        return 0;
    for (f = 0; video_labels[f]; f++)
        if (has_at(s, n, i, video_labels[f]))
            return strlen(video_labels[f]);
    return 0;
}

static int read_also_label(const char *s, size_t n, size_t i, size_t *te, int *paren)
{
    static const char *const first[] = { "baca", "simak", "lihat", NULL };
    size_t j = i, k, vl;
    int f;
    *paren = 0;
    if ((vl = wt_segment_video_label(s, n, i)) != 0) {
        j = i + vl;
        if (j < n && (s[j] == '"' || s[j] == '\'' || has_at(s, n, j, "\xE2\x80\x9C"))) {
            *paren = 2; /* the title is quoted */
            *te = j;
            return 1;
        }
        if (upper_at(s, n, j)) {
            *te = j;
            return 1;
        }
        return 0;
    }
    if (j < n && s[j] == '(') {
        *paren = 1;
        j++;
    }
    for (f = 0; first[f]; f++)
        if (wt_prefix_ci(s + j, n - j, first[f]))
            break;
    if (!first[f])
        return 0;
    j += strlen(first[f]);
    if (!(k = wt_hspace_len(s, n, j)))
        return 0;
    j += k;
    if (!wt_prefix_ci(s + j, n - j, "juga"))
        return 0;
    j += 4;
    while ((k = wt_hspace_len(s, n, j)) > 0)
        j += k;
    if (j >= n || s[j] != ':')
        return 0;
    j++;
    while ((k = wt_hspace_len(s, n, j)) > 0)
        j += k;
    *te = j;
    return 1;
}

/* Attribution labels; `Pewarta foto:` before `Pewarta:`. */
enum { ATTR_GLUED = 8 };
static const char *const attr_labels[] = {
    "Pewarta foto:", "Pewarta Foto:", "Pewarta:", "Editor:", "Penulis:", "Reporter:",
    "Penerjemah:", "Fotografer:", /* the first ATTR_GLUED may be glued to text */
    "Sumber:", "PEWARTA:", "EDITOR:", "PENULIS:", "REPORTER:", "SUMBER:", NULL
};

/* Length of an attribution label at i, else 0. `glued_only` restricts to the
 * footers that scrapers glue into text (`Pewarta:`, `Editor:`). */
static size_t attr_label_at(const char *s, size_t n, size_t i, int glued_only)
{
    size_t k;
    char c;
    if (i >= n)
        return 0;
    c = s[i];
    if (c != 'P' && c != 'E' && c != 'R' && c != 'S' && c != 'F')
        return 0;
    for (k = 0; attr_labels[k]; k++) {
        if (glued_only && k >= ATTR_GLUED)
            break;
        if (has_at(s, n, i, attr_labels[k]))
            return strlen(attr_labels[k]);
    }
    return 0;
}

/* `COPYRIGHT`, `Copyright ©`, `©` at i. */
static int copyright_at(const char *s, size_t n, size_t i)
{
    return has_at(s, n, i, "COPYRIGHT") || has_at(s, n, i, "Copyright") || has_at(s, n, i, "\xC2\xA9");
}

/* Boilerplate placeholder at i inside text: returns its end, else 0. */
static size_t inline_boiler_at(const char *s, size_t n, size_t lo, size_t i)
{
    static const char adv[] = "ADVERTISEMENT";
    static const char scr[] = "SCROLL TO CONTINUE WITH CONTENT";
    size_t e;
    /* placeholders in brackets are glued to words too (`Sulawesi[Gambas:...]`) */
    if (s[i] != '[' && i > lo && (is_alpha_ascii(s[i - 1]) || is_dig(s[i - 1])))
        return 0;
    /* the republication notice runs to the end: `... (Sanusi) Artikel ini
     * telah tayang di Tribunnews.com dengan judul ...` */
    if (has_at(s, n, i, "Artikel ini telah tayang di") ||
        has_at(s, n, i, "Berita ini telah tayang di"))
        return n;
    /* liputan6's closing prompt */
    if (has_at(s, n, i, "Simak juga video pilihan berikut ini")) {
        e = i + strlen("Simak juga video pilihan berikut ini");
        return e < n && s[e] == ':' ? e + 1 : e;
    }
    if (has_at(s, n, i, adv)) {
        e = i + sizeof adv - 1;
        if (e < n && is_alpha_ascii(s[e]))
            return 0;
        {
            size_t j = e;
            while (wt_hspace_len(s, n, j))
                j += wt_hspace_len(s, n, j);
            if (has_at(s, n, j, scr))
                e = j + sizeof scr - 1;
        }
        return e;
    }
    if (has_at(s, n, i, scr))
        return i + sizeof scr - 1;
    if (has_at(s, n, i, "[Gambas:")) {
        size_t j = i + 8;
        while (j < n && j - i < 120 && s[j] != ']' && s[j] != '\n')
            j++;
        return (j < n && s[j] == ']') ? j + 1 : 0;
    }
    if (has_at(s, n, i, "None") && (i + 4 == n || wt_hspace_len(s, n, i + 4) || s[i + 4] == '\n')) {
        /* the literal `None` of some scrapes: after a sentence end */
        size_t j = i;
        while (j > lo && wt_hspace_len(s, n, j - 1) == 1)
            j--;
        if (j == lo || is_sentence_end_before(s, j))
            return i + 4;
    }
    return 0;
}

/* Boilerplate at the start of a segment: returns its end, else 0. */
static size_t start_boiler(const char *s, size_t a, size_t b)
{
    static const char *const whole[] = {
        "Artikel ini telah tayang", "Berita ini telah tayang", "Artikel ini sudah tayang",
        "Artikel ini telah terbit", NULL
    };
    /* prompts: only as short segments (`Selengkapnya, berikut ...` is body) */
    static const char *const prompt[] = {
        "Selengkapnya", "Ikuti berita", "Ikuti kami", "Ikuti Berita", "Ikuti Kami",
        "Ikuti juga", "Dapatkan update", "Dapatkan berita", "Simak breaking news",
        "Klik di sini", "Klik Di Sini", "Download aplikasi", "Unduh aplikasi", "Gabung ",
        "Bagikan", "Follow ", "Share ", NULL
    };
    size_t k, e;
    if (copyright_at(s, b, a))
        return b;
    if ((e = inline_boiler_at(s, b, a, a)) != 0)
        return e;
    for (k = 0; whole[k]; k++)
        if (has_at(s, b, a, whole[k]))
            return b;
    if (b - a <= 40 && has_at(s, b, a, "Halaman ") && a + 8 < b && is_dig(s[a + 8]))
        return b; /* `Halaman 1 2 Selanjutnya` */
    if (b - a <= 40 || (b - a <= 160 && has_at(s, b, a, "Ikuti")))
        for (k = 0; prompt[k]; k++)
            if (has_at(s, b, a, prompt[k]))
                return b;
    return 0;
}

/* `Berita Lainnya` / `Berita Terkait` / `Artikel Terkait` as a whole line. */
int wt_segment_related_header(const char *s, size_t a, size_t b)
{
    static const char *const h[] = { "berita lainnya", "berita terkait", "artikel terkait",
                                     "baca berita lainnya", "berita lain", NULL };
    size_t k;
    if (b > a && s[b - 1] == ':')
        b--;
    while (b > a && s[b - 1] == ' ')
        b--;
    for (k = 0; h[k]; k++)
        if (strlen(h[k]) == b - a && wt_prefix_ci(s + a, b - a, h[k]))
            return 1;
    return 0;
}

/* A stand-alone stamp line: `16 November 2024 16:25 WIB`, `Sabtu, 16
 * November 2024 16:25 WIB`, `16/11/2024 16:25`. Structural check only; the
 * value comes from the timex module. */
static int is_stamp(const char *s, size_t a, size_t b)
{
    static const char *const mon[] = { "jan", "feb", "mar", "apr", "mei", "may", "jun", "jul",
                                       "agu", "aug", "ags", "sep", "okt", "oct", "nov", "des",
                                       "dec", NULL };
    size_t i = a, d;
    int k;
    if (b - a > 60)
        return 0;
    /* optional day name and comma */
    if (i < b && is_up(s[i])) {
        size_t w = i;
        while (w < b && (is_alpha_ascii(s[w]) || s[w] == '\''))
            w++;
        if (w < b && s[w] == ',')
            w++;
        while (w < b && s[w] == ' ')
            w++;
        i = w;
    }
    d = i;
    while (i < b && is_dig(s[i]))
        i++;
    if (i == d || i - d > 2)
        return 0;
    if (i < b && s[i] == '/') {
        /* 16/11/2024 */
        size_t q = i + 1;
        while (q < b && (is_dig(s[q]) || s[q] == '/'))
            q++;
        i = q;
    } else {
        if (i >= b || s[i] != ' ')
            return 0;
        i++;
        for (k = 0; mon[k]; k++)
            if (wt_prefix_ci(s + i, b - i, mon[k]))
                break;
        if (!mon[k])
            return 0;
        while (i < b && is_alpha_ascii(s[i]))
            i++;
        if (i >= b || s[i] != ' ')
            return 0;
        i++;
        d = i;
        while (i < b && is_dig(s[i]))
            i++;
        if (i - d != 4)
            return 0;
    }
    /* optional time and zone: only digits, separators and zone letters */
    while (i < b) {
        char c = s[i];
        if (!(is_dig(c) || c == ':' || c == '.' || c == ' ' || c == ',' || c == '-' || is_up(c)))
            return 0;
        i++;
    }
    return 1;
}

/* `Laporan Wartawan Tribunnews.com, Name` / `Laporan Name | Place`. */
static int laporan_line(const char *s, size_t a, size_t b)
{
    return b - a < 200 && has_at(s, b, a, "Laporan ") && a + 8 < b && is_up(s[a + 8]);
}

/* ---- attribution chains ------------------------------------------------ */

/* Attribution fields from a label at i: `Pewarta: XEditor: Y`, `Penulis: X
 * | Editor: Y`. Pushes one ATTRIBUTION block per field; returns the end. */
static int attribution_chain(seg_state *st, size_t i, size_t b, size_t *out)
{
    const char *s = st->s;
    size_t ll;
    int rc;
    while ((ll = attr_label_at(s, b, i, 0)) != 0) {
        size_t v = i + ll, e = v;
        while (e < b && e - v < SEG_ATTR_VALUE_MAX) {
            size_t h = wt_hspace_len(s, b, e);
            if (s[e] == '|' || (e > v && attr_label_at(s, b, e, 0)) || copyright_at(s, b, e))
                break;
            if (h && wt_hspace_len(s, b, e + h))
                break; /* two spaces */
            if (h) {
                e += h;
            } else { /* one whole character: the cap never cuts a code point */
                e++;
                while (e < b && ((unsigned char)s[e] & 0xC0) == 0x80)
                    e++;
            }
        }
        if ((rc = push(st, WARTA_BLOCK_ATTRIBUTION, i, e)) < 0)
            return rc;
        i = e;
        while (i < b && (wt_hspace_len(s, b, i) || s[i] == '|'))
            i += wt_hspace_len(s, b, i) ? wt_hspace_len(s, b, i) : 1;
    }
    *out = i;
    return WARTA_OK;
}

/* ---- read-also items --------------------------------------------------- */

typedef struct ra_word {
    size_t a, b;
    unsigned cap : 1;     /* starts with a capital or a digit */
    unsigned lowfn : 1;   /* starts lower-case and is not a title function word */
    unsigned fn : 1;      /* a lower-case function word (`di`, `dan`, ...) */
    unsigned glued : 1;   /* split off the previous word at a camel join */
    unsigned period : 1;  /* ends with a full stop */
} ra_word;

static int title_function_word(const char *s, size_t a, size_t b)
{
    static const char *const fw[] = {
        "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "pada", "dalam", "oleh",
        "hingga", "sebagai", "tentang", "bagi", "per", "vs", "vs.", "the", "of", "and", "in",
        "on", "for", "to", "a", "at", "jadi", "sampai", "soal", "usai", "saat", "jelang", "ala",
        "lewat", "tak", "bisa", "akan", "terhadap", "kepada", "atas", "antara",
        "karena", "agar", "serta", "melalui", "menurut", "tanpa", "sejak", "selama", "demi",
        "usai", "kala", "jika", "bila", "pun", "juga", "vs", "versus", "by", "with", "from", NULL
    };
    size_t k;
    while (b > a && (s[b - 1] == ',' || s[b - 1] == ':'))
        b--;
    for (k = 0; fw[k]; k++)
        if (strlen(fw[k]) == b - a && memcmp(s + a, fw[k], b - a) == 0)
            return 1;
    return 0;
}

/* First letter (skipping quotes/brackets) of s[a..b): 1 upper/digit,
 * 2 lower, 0 none. */
static int word_case(const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b) {
        const unsigned char c = (unsigned char)s[i];
        if (is_dig((char)c) || upper_at(s, b, i))
            return 1;
        if (lower_at(s, b, i))
            return 2;
        if (c < 0x80) {
            i++;
        } else {
            (void)wt_utf8_next(s, b, &i);
        }
    }
    return 0;
}

/* Capitalised words that open a sentence rather than continue a title. */
static int sentence_opener(const char *s, size_t a, size_t b)
{
    static const char *const op[] = {
        "Sebab", "Namun", "Sementara", "Selain", "Menurut", "Dalam", "Saat", "Ketika", "Meski",
        "Meskipun", "Setelah", "Sebelumnya", "Kemudian", "Adapun", "Bahkan", "Padahal", "Oleh",
        "Ia", "Dia", "Mereka", "Kini", "Hingga", "Sedangkan", "Lalu", "Karena", "Apalagi",
        "Terkait", "Seperti", "Berdasarkan", "Sebelum", "Akibatnya", "Selanjutnya", "Sehingga",
        "Pada", "Dengan", "Untuk", "Hal", "Tak", "Tidak", "Para", "Sejumlah", "Sebanyak",
        "Kami", "Kita", "Saya", "Walaupun", "Itu", "Ini", "Begitu", "Sejak", "Sebelumnya",
        "Sebaliknya", "Selanjutnya", "Sementara itu", "Kendati", "Diketahui", "Dikatakan",
        "Rencananya", "Sayangnya", "Akhirnya", "Awalnya", NULL
    };
    size_t k;
    while (b > a && (s[b - 1] == ',' || s[b - 1] == ':'))
        b--;
    while (a < b && (s[a] == '"' || s[a] == '('))
        a++;
    for (k = 0; op[k]; k++)
        if (strlen(op[k]) == b - a && memcmp(s + a, op[k], b - a) == 0)
            return 1;
    return 0;
}

/* `2.` opening an item of a numbered list. */
static int list_number(const char *s, size_t a, size_t b)
{
    return b - a >= 2 && b - a <= 3 && s[b - 1] == '.' && is_dig(s[a]) &&
           (b - a == 2 || is_dig(s[a + 1]));
}

/* A word that is only a dash (`-`, en dash, em dash). */
static int dash_word(const char *s, size_t a, size_t b)
{
    return (b - a == 1 && s[a] == '-') ||
           (b - a == 3 && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80 &&
            ((unsigned char)s[a + 2] == 0x93 || (unsigned char)s[a + 2] == 0x94));
}

/* Camel join inside s[a..b) at or after `from`: a lower-case run of 4+
 * letters (or `Covid-19`) directly followed by a capital and a lower-case
 * letter, or by an opening quote (`JamaahPekerja`, `CoronaPara`,
 * `Covid-19Maskapai`, `Lagi"Dikatakan`). Returns the position of
 * the capital, or 0. */
static size_t camel_join(const char *s, size_t a, size_t b)
{
    size_t i, run = 0;
    int hyphen_digits = 0; /* `Covid-19` just before */
    for (i = a; i < b; i++) {
        char c = s[i];
        if (is_lo(c)) {
            run++;
            hyphen_digits = 0;
        } else if (is_up(c) && i + 3 < b && is_lo(s[i + 1]) && is_lo(s[i + 2]) &&
                   is_lo(s[i + 3]) && /* not `WhatsApp`, `VietJet` */
                   (run >= 3 || hyphen_digits ||
                    (i > a + 1 && is_dig(s[i - 1]) && is_dig(s[i - 2])) ||
                    (i > a + 1 && is_up(s[i - 1]) && is_up(s[i - 2])))) {
            /* `JamaahPekerja`, `Covid-19Maskapai`, `2021Pabrik`, `PSGMeraba` */
            return i;
        } else if ((c == '"' || has_at(s, b, i, "\xE2\x80\x9C")) && run >= 3 &&
                   upper_at(s, b, i + (c == '"' ? 1 : 3))) {
            return i; /* `Lagi"Dikatakan`, `United“Apakah` */
        } else {
            hyphen_digits = is_dig(c) && i > a && (s[i - 1] == '-' || hyphen_digits);
            run = 0;
        }
        if (is_up(c))
            run = 0;
    }
    return 0;
}

/* Headline of a read-also item whose title starts at te (label at la).
 * Pushes the READ_ALSO block(s) and returns where the following text starts. */
static int read_also_item(seg_state *st, size_t la, size_t te, int paren, size_t b, size_t *out)
{
    const char *s = st->s;
    ra_word w[SEG_RA_MAX_WORDS];
    size_t nw = 0, i = te, end, k, hard_end = 0;
    int hard = 0, title_mode, contains_sentence = 0, opener = 0, rc;
    long cut = -1;

    if (paren == 2) {
        /* `Simak Video "..."`: up to the closing quote */
        char q = s[te];
        size_t j = te + (q == '"' || q == '\'' ? 1 : 3);
        while (j < b && j - te < SEG_RA_PAREN_MAX) {
            if (q == '"' && s[j] == '"')
                break;
            if (q == '\'' && s[j] == '\'' &&
                (j + 1 >= b || s[j + 1] == ':' || wt_hspace_len(s, b, j + 1)))
                break; /* `'Survei LSI ...':` (an apostrophe inside is kept) */
            if (q != '"' && q != '\'' && has_at(s, b, j, "\xE2\x80\x9D"))
                break;
            j++;
        }
        if (j < b && j - te < SEG_RA_PAREN_MAX) {
            j += (s[j] == '"' || s[j] == '\'') ? 1 : 3;
            if (j < b && s[j] == ':')
                j++;
            *out = j;
            return push(st, WARTA_BLOCK_READ_ALSO, la, j);
        }
    }
    if (paren == 1) {
        size_t j = te;
        while (j < b && j - te < SEG_RA_PAREN_MAX && s[j] != ')')
            j++;
        if (j < b && s[j] == ')') {
            *out = j + 1;
            return push(st, WARTA_BLOCK_READ_ALSO, la, j + 1);
        }
    }
    /* collect words up to a hard stop */
    while (nw < SEG_RA_MAX_WORDS) {
        size_t a = i, e, h, te2;
        int par2;
        if (i >= b) {
            hard = 1;
            break;
        }
        if (nw > 0 && (read_also_label(s, b, i, &te2, &par2) || attr_label_at(s, b, i, 0) ||
                       copyright_at(s, b, i) || inline_boiler_at(s, b, te, i))) {
            hard = 1;
            break;
        }
        e = a;
        while (e < b && !wt_hspace_len(s, b, e)) {
            if (e > a && (s[e] == 'P' || s[e] == 'E') && attr_label_at(s, b, e, 1))
                break; /* `Hylo OpenPewarta:`, `Halal RIPewarta:` */
            e++;
        }
        if (e > a && e < b && !wt_hspace_len(s, b, e)) {
            ra_word *x = &w[nw++];
            memset(x, 0, sizeof *x);
            x->a = a;
            x->b = e;
            i = e;
            hard = 1;
            break;
        }
        /* split at camel joins; a glued footer label is a hard stop */
        {
            size_t from = a, c;
            while (nw < SEG_RA_MAX_WORDS && (c = camel_join(s, from, e)) != 0) {
                ra_word *x = &w[nw++];
                memset(x, 0, sizeof *x);
                x->a = from;
                x->b = c;
                x->glued = from != a;
                from = c;
                if (attr_label_at(s, b, c, 1) || read_also_label(s, b, c, &te2, &par2))
                    break;
            }
            if (from != a && (attr_label_at(s, b, from, 1) || read_also_label(s, b, from, &te2, &par2))) {
                hard = 1;
                i = from;
                break;
            }
            if (nw >= SEG_RA_MAX_WORDS)
                break;
            {
                ra_word *x = &w[nw++];
                memset(x, 0, sizeof *x);
                x->a = from;
                x->b = e;
                x->glued = from != a;
            }
        }
        i = e;
        h = wt_hspace_len(s, b, i);
        if (h && wt_hspace_len(s, b, i + h)) {
            hard = 1; /* two spaces end a headline */
            break;
        }
        i += h;
    }
    for (k = 0; k < nw; k++) {
        int wc = word_case(s, w[k].a, w[k].b);
        w[k].cap = wc == 1;
        w[k].fn = wc == 2 && title_function_word(s, w[k].a, w[k].b);
        w[k].lowfn = wc == 2 && !w[k].fn;
        w[k].period = s[w[k].b - 1] == '.' && !is_abbrev_before(s, w[k].a, w[k].b);
    }
    for (k = 0; k + 1 < nw; k++)
        if (w[k].period && w[k + 1].cap)
            contains_sentence = 1;
    if (nw > 0 && w[nw - 1].period)
        contains_sentence = 1;
    if (hard)
        hard_end = nw ? w[nw - 1].b : te;
    /* title case: no lower-case word (other than `di`, `dan`, ...) among
     * the first five, and at least two capitalised ones */
    {
        size_t caps = 0, lows = 0;
        for (k = 0; k < nw && k < 5; k++) {
            caps += w[k].cap;
            lows += w[k].lowfn;
        }
        title_mode = nw >= 3 && caps >= 2 && lows == 0;
    }
    if (title_mode) {
        /* the headline ends before the sentence that follows it: before
         * the capitalised word that opens the first lower-case stretch
         * (`... Tuai Pujian | Meskipun demikian`), before a list number
         * (`Korupsi | 2. Bandara`), or after a full stop */
        for (k = 1; k < nw; k++) {
            if (w[k].lowfn) {
                long g = (long)k - 1, q;
                while (g >= 0 && w[g].fn)
                    g--;
                /* `... Seumur Hidup | Sebab, Nicol berujar`: a sentence
                 * opener a few words back starts the sentence */
                for (q = g; q >= 0 && q >= g - 3 && (w[q].cap || w[q].fn); q--)
                    if (w[q].cap && sentence_opener(s, w[q].a, w[q].b)) {
                        g = q;
                        opener = 1;
                        break;
                    }
                /* `... Akhir TahunPemerintah Saudi melonggarkan`: the
                 * sentence starts at the glued word */
                if (!opener)
                    for (q = g; q >= 0 && q >= g - 2; q--)
                        if (w[q].glued && w[q].cap) {
                            g = q;
                            break;
                        }
                if (g >= SEG_RA_MIN_TITLE && w[g].cap)
                    cut = g;
                break;
            }
            if (w[k].cap && s[w[k].b - 1] == ',' && k >= SEG_RA_MIN_TITLE &&
                sentence_opener(s, w[k].a, w[k].b)) {
                cut = (long)k; /* `... Kali Lipat | Sebelumnya, Direktorat` */
                opener = 1;
                break;
            }
            if (list_number(s, w[k].a, w[k].b) || w[k - 1].period) {
                if (k >= SEG_RA_MIN_TITLE)
                    cut = (long)k;
                break;
            }
        }
    }
    if (hard && !contains_sentence && cut >= 0) {
        /* a hard stop without a full stop: still cut when a real sentence
         * (several lower-case words) follows the title-case headline */
        size_t lows = 0;
        for (k = (size_t)cut; k < nw; k++)
            lows += w[k].lowfn;
        if (lows < (opener ? 2 : SEG_RA_SENTENCE_LOWS))
            cut = -1;
    }
    if (hard && !contains_sentence && cut < 0)
        end = hard_end;
    else if (cut >= 0)
        end = w[cut - 1].b;
    else if (contains_sentence) {
        end = hard ? hard_end : (nw ? w[nw - 1].b : te);
        for (k = 0; k + 1 < nw; k++)
            if (w[k].period && w[k + 1].cap) {
                end = w[k].b;
                break;
            }
    } else {
        end = nw ? w[nw - 1].b : te;
    }
    /* push: glued headlines (title case) become separate items, and so do
     * the ` - ` separated items of `Baca Juga: - A - B` */
    {
        size_t item_a = la;
        for (k = 1; k < nw && w[k].b <= end; k++) {
            if (title_mode && w[k].glued && w[k].cap && w[k].a < end) {
                if ((rc = push(st, WARTA_BLOCK_READ_ALSO, item_a, w[k].a)) < 0)
                    return rc;
                item_a = w[k].a;
            } else if (title_mode && nw && dash_word(s, w[0].a, w[0].b) &&
                       dash_word(s, w[k].a, w[k].b) && k + 1 < nw &&
                       w[k + 1].a < end) {
                if ((rc = push(st, WARTA_BLOCK_READ_ALSO, item_a, w[k].a)) < 0)
                    return rc;
                item_a = w[k + 1].a;
            }
        }
        if ((rc = push(st, WARTA_BLOCK_READ_ALSO, item_a, end)) < 0)
            return rc;
    }
    *out = end;
    return WARTA_OK;
}

/* ---- paragraphs --------------------------------------------------------- */

/* Push body text [a,b), splitting off trailing initials `(alf)`. */
static int push_para(seg_state *st, size_t a, size_t b)
{
    const char *s = st->s;
    int rc;
    wt_trim(s, &a, &b);
    if (a >= b)
        return WARTA_OK;
    if (s[b - 1] == ')') {
        size_t o = b - 1;
        while (o > a && b - o < 24 && s[o] != '(')
            o--;
        if (s[o] == '(' && is_initials(s, o + 1, b - 1)) {
            if ((rc = push(st, WARTA_BLOCK_PARAGRAPH, a, o)) < 0)
                return rc;
            return push(st, WARTA_BLOCK_ATTRIBUTION, o, b);
        }
    }
    return push(st, WARTA_BLOCK_PARAGRAPH, a, b);
}

/* Read s[a..b) as content: labelled items at each start, then body text
 * with inline items cut out. `whole`: the range is a whole line. */
static int content(seg_state *st, size_t a, size_t b, int whole)
{
    const char *s = st->s;
    size_t i = a;
    int rc;
    while (i < b) {
        size_t ps, j, e, te;
        int paren;
        while (i < b && wt_hspace_len(s, b, i))
            i += wt_hspace_len(s, b, i);
        if (i >= b)
            break;
        /* related block lines */
        if (st->related_mode && whole && i == a) {
            size_t x = a, y = b;
            wt_trim(s, &x, &y);
            if (is_stamp(s, x, y)) {
                if (st->has_pend) {
                    st->has_pend = 0;
                    return push_raw(st, WARTA_BLOCK_RELATED, st->pend_a, y);
                }
                return push(st, WARTA_BLOCK_RELATED, x, y);
            }
            if (!attr_label_at(s, y, x, 0) && !start_boiler(s, x, y) &&
                !read_also_label(s, y, x, &te, &paren) && y - x <= SEG_REL_HEADLINE_MAX &&
                s[y - 1] != '.') {
                if ((rc = flush_pending(st)) < 0)
                    return rc;
                st->has_pend = 1;
                st->pend_a = x;
                st->pend_b = y;
                return WARTA_OK;
            }
            st->related_mode = 0;
        }
        /* labelled items at the start */
        if (attr_label_at(s, b, i, 0)) {
            if ((rc = attribution_chain(st, i, b, &i)) < 0)
                return rc;
            continue;
        }
        if ((e = start_boiler(s, i, b)) != 0) {
            if ((rc = push(st, WARTA_BLOCK_BOILERPLATE, i, e)) < 0)
                return rc;
            i = e;
            continue;
        }
        if (whole && i == a && laporan_line(s, a, b)) {
            return push(st, WARTA_BLOCK_ATTRIBUTION, a, b);
        }
        if (whole && wt_segment_related_header(s, i, b)) {
            if ((rc = push(st, WARTA_BLOCK_RELATED, i, b)) < 0)
                return rc;
            st->related_mode = 1;
            return WARTA_OK;
        }
        if (s[i] == '(') {
            size_t c = i + 1;
            while (c < b && c - i < 24 && s[c] != ')')
                c++;
            if (c < b && s[c] == ')' && is_initials(s, i + 1, c)) {
                if ((rc = push(st, WARTA_BLOCK_ATTRIBUTION, i, c + 1)) < 0)
                    return rc;
                i = c + 1;
                continue;
            }
        }
        /* body text with inline items */
        ps = i;
        for (j = i; j < b; j++) {
            char c = s[j];
            if (c == 'B' || c == 'b' || c == '(' || c == 'S' || c == 'L' || c == 'l' || c == 's' ||
                c == 'T') {
                if ((j == ps || !is_alpha_ascii(s[j - 1])) && read_also_label(s, b, j, &te, &paren)) {
                    if ((rc = push_para(st, ps, j)) < 0)
                        return rc;
                    if ((rc = read_also_item(st, j, te, paren, b, &e)) < 0)
                        return rc;
                    break;
                }
            }
            if ((c == 'P' || c == 'E' || c == 'R' || c == 'F') && j > ps &&
                attr_label_at(s, b, j, 1)) {
                if ((rc = push_para(st, ps, j)) < 0)
                    return rc;
                if ((rc = attribution_chain(st, j, b, &e)) < 0)
                    return rc;
                break;
            }
            if ((c == 'A' || c == 'S' || c == '[' || c == 'N') && j > ps &&
                (e = inline_boiler_at(s, b, ps, j)) != 0) {
                if ((rc = push_para(st, ps, j)) < 0)
                    return rc;
                if ((rc = push(st, WARTA_BLOCK_BOILERPLATE, j, e)) < 0)
                    return rc;
                break;
            }
            if (c == 'C' && j > ps && has_at(s, b, j, "COPYRIGHT") && !is_alpha_ascii(s[j - 1])) {
                if ((rc = push_para(st, ps, j)) < 0)
                    return rc;
                if ((rc = push(st, WARTA_BLOCK_BOILERPLATE, j, b)) < 0)
                    return rc;
                e = b;
                break;
            }
        }
        if (j >= b)
            return push_para(st, ps, b);
        i = e > j ? e : j + 1;
        whole = 0;
    }
    return WARTA_OK;
}

/* ---- segments and the dateline ------------------------------------------ */

static int segment(seg_state *st, size_t a, size_t b, int whole)
{
    wt_parse *p = st->p;
    wt_trim(st->s, &a, &b);
    if (a >= b)
        return WARTA_OK;
    if (!st->dl_done) {
        if (st->dl_segments >= SEG_DL_MAX_SEGMENTS || a > SEG_DL_MAX_OFFSET) {
            st->dl_done = 1;
        } else {
            wt_dateline dl;
            int r = wt_dateline_scan(p, a, b, &dl);
            if (r < 0)
                return r;
            st->dl_segments++;
            if (r == 1) {
                wt_block *bl = p->art->blocks.data;
                size_t k;
                int rc;
                st->dl_done = 1;
                /* what came before is a caption or pull-quote */
                for (k = 0; k < p->art->blocks.len; k++)
                    if (bl[k].kind == WARTA_BLOCK_PARAGRAPH)
                        bl[k].kind = WARTA_BLOCK_PULLQUOTE;
                if (dl.start > a) {
                    size_t x = a, y = dl.start;
                    wt_trim(st->s, &x, &y);
                    if (x < y) {
                        int kind = laporan_line(st->s, x, y) ? WARTA_BLOCK_ATTRIBUTION
                                                             : WARTA_BLOCK_PULLQUOTE;
                        if ((rc = push(st, kind, x, y)) < 0)
                            return rc;
                    }
                }
                if ((rc = push(st, WARTA_BLOCK_DATELINE, dl.start, dl.end)) < 0)
                    return rc;
                p->art->dateline = dl;
                return content(st, dl.end, b, 0);
            }
        }
    }
    return content(st, a, b, whole);
}

/* Next segment boundary in line [i, le): returns the end of the segment and
 * sets *next to where the following one starts (le when none). */
static size_t next_sep(const char *s, size_t i, size_t le, size_t *next)
{
    size_t j = i;
    while (j < le) {
        size_t h = wt_hspace_len(s, le, j);
        if (h) {
            size_t k = j, units = 0;
            while ((h = wt_hspace_len(s, le, k)) > 0) {
                k += h;
                units++;
            }
            if (units >= 2 && k < le) {
                size_t te;
                int paren;
                int abbrev = is_abbrev_before(s, i, j);
                /* `Baca juga:   Title` (okezone): spaces after a label that
                 * starts this segment do not end it; the title follows */
                if (read_also_label(s, le, i, &te, &paren) && te >= j) {
                    j = k;
                    continue;
                }
                if ((units >= 4 || (units == 3 && !abbrev)) ||
                    (!abbrev && is_sentence_end_before(s, j) && para_start_at(s, le, k)) ||
                    read_also_label(s, le, k, &te, &paren)) {
                    *next = k;
                    return j;
                }
            }
            j = k;
            continue;
        }
        if (s[j] == ',' && j > i && j + 1 < le && is_up(s[j + 1]) &&
            (s[j - 1] == '.' || s[j - 1] == '"') && !is_abbrev_before(s, i, j)) {
            *next = j + 1;
            return j;
        }
        j++;
    }
    *next = le;
    return le;
}

/* A stand-alone title-case line without final punctuation: an unlabelled
 * related headline (`Ganjar Ingatkan Bahaya Hoaks Saat Hadiri Haul KH
 * Dalhar Watucongol` at the end of detik-0026). */
static int headline_line(const char *s, size_t n, size_t a, size_t b)
{
    size_t i = a, words = 0, caps = 0;
    char last;
    if (b - a > 160 || b - a < 12)
        return 0;
    if ((a > 0 && s[a - 1] != '\n') || (b < n && s[b] != '\n' && s[b] != '\r'))
        return 0; /* a whole line only */
    last = s[b - 1];
    if (last == '.' || last == '!' || last == '?' || last == '"' || last == ':' || last == ')' ||
        last == ',' || (unsigned char)last >= 0x80)
        return 0;
    while (i < b) {
        size_t e = i;
        while (e < b && s[e] != ' ')
            e++;
        if (e > i) {
            int wc = word_case(s, i, e);
            words++;
            if (wc == 1)
                caps++;
            else if (wc == 2 && !title_function_word(s, i, e))
                return 0;
        }
        i = e + 1;
    }
    return words >= 4 && caps >= 3 && upper_at(s, b, a);
}

/* Trailing unlabelled headline lines become RELATED blocks (not body). */
static void trailing_headlines(wt_parse *p)
{
    wt_block *bl = p->art->blocks.data;
    size_t k = p->art->blocks.len, paras = 0, i;
    for (i = 0; i < k; i++)
        paras += bl[i].kind == WARTA_BLOCK_PARAGRAPH;
    while (k > 0 && paras > 1) {
        wt_block *b = &bl[k - 1];
        k--;
        if (b->kind == WARTA_BLOCK_BOILERPLATE || b->kind == WARTA_BLOCK_ATTRIBUTION ||
            b->kind == WARTA_BLOCK_READ_ALSO)
            continue;
        if (b->kind != WARTA_BLOCK_PARAGRAPH || !headline_line(p->s, p->n, b->start, b->end))
            break;
        b->kind = WARTA_BLOCK_RELATED;
        paras--;
    }
}

int wt_segment(wt_parse *p)
{
    seg_state st;
    const char *s = p->s;
    size_t n = p->n, ls = 0, k;
    int rc;
    memset(&st, 0, sizeof st);
    st.p = p;
    st.s = s;
    st.n = n;
    memset(&p->art->dateline, 0, sizeof p->art->dateline);
    while (ls < n) {
        const char *nl = memchr(s + ls, '\n', n - ls);
        size_t le = nl ? (size_t)(nl - s) : n, next = nl ? le + 1 : n, pos = ls;
        if (le > ls && s[le - 1] == '\r')
            le--;
        while (pos < le) {
            size_t nx, e = next_sep(s, pos, le, &nx);
            if ((rc = segment(&st, pos, e, pos == ls && nx >= le)) < 0)
                return rc;
            pos = nx;
        }
        ls = next;
    }
    if ((rc = flush_pending(&st)) < 0)
        return rc;
    trailing_headlines(p);
    {
        wt_block *bl = p->art->blocks.data;
        for (k = 0; k < p->art->blocks.len; k++) {
            if (bl[k].kind == WARTA_BLOCK_PARAGRAPH) {
                wt_span *sp = wt_vec_push(&p->art->arena, &p->art->paragraphs, sizeof *sp);
                if (!sp)
                    return WARTA_ENOMEM;
                sp->start = bl[k].start;
                sp->end = bl[k].end;
            }
        }
    }
    return WARTA_OK;
}
