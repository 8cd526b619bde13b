/* hostile_inputs: see hostile_inputs.h. The inputs are synthetic (no
 * publisher text): repeated markers, malformed bytes, huge runs. */
#include "hostile_inputs.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- building inputs ------------------------------------------------------ */

/* malloc'd copy of s[0..n) with a NUL after it */
static char *dup_bytes(const char *s, size_t n, size_t *len)
{
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    *len = n;
    return d;
}

#define LIT(name, bytes) \
    static char *name(size_t *len) { return dup_bytes(bytes, sizeof bytes - 1, len); }

/* `unit` repeated `times` times */
static char *repeat(const char *unit, size_t ulen, size_t times, size_t *len)
{
    size_t n = ulen * times, i;
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    for (i = 0; i < times; i++)
        memcpy(d + i * ulen, unit, ulen);
    d[n] = '\0';
    *len = n;
    return d;
}

/* `unit` repeated until `total` bytes (the last copy cut at a character
 * boundary: units are ASCII or end their multibyte sequences). */
static char *fill(const char *unit, size_t total, size_t *len)
{
    size_t ulen = strlen(unit), n = 0;
    char *d = malloc(total + 1);
    if (!d)
        return NULL;
    while (n + ulen <= total) {
        memcpy(d + n, unit, ulen);
        n += ulen;
    }
    d[n] = '\0';
    *len = n;
    return d;
}

#define REP(name, unit, times) \
    static char *name(size_t *len) { return repeat(unit, sizeof unit - 1, times, len); }

LIT(mk_empty, "")
LIT(mk_one_a, "a")
LIT(mk_one_nl, "\n")
LIT(mk_one_cont, "\x80")
LIT(mk_one_lead, "\xC3")
LIT(mk_overlong2, "ab\xC0\xAF")
LIT(mk_overlong3, "abc\xE0\x80\xAF")
LIT(mk_overlong4, "\xF0\x80\x80\xAF tail")
LIT(mk_surrogate_hi, "x\xED\xA0\x80y")
LIT(mk_surrogate_lo, "\xED\xBF\xBF")
LIT(mk_above_max, "\xF4\x90\x80\x80")
LIT(mk_byte_ff, "ok \xFF")
LIT(mk_byte_fe, "\xFE\xFF")
LIT(mk_stray_cont, "Jakarta \x80 (ANTARA) - Presiden")
LIT(mk_trunc_end, "pukul 10.00 \xE2\x80")
LIT(mk_trunc_mid, "a\xE2\x80" "b")
LIT(mk_trunc_4, "WIB \xF0\x9F\x98")
LIT(mk_cesu, "\xED\xA0\xBD\xED\xB8\x80")
LIT(mk_nul_mid, "abc\0def")
LIT(mk_nul_first, "\0")
LIT(mk_nul_after_utf8, "Rabu \xC2\xA0 \0")
LIT(mk_bom_only, "\xEF\xBB\xBF")
LIT(mk_bom_article, "\xEF\xBB\xBF" "Jakarta (ANTARA) - Presiden Joko Widodo tiba pukul 10.00 WIB "
                    "pada Senin (15/1/2024).\n\nBaca juga: Menteri Luar Negeri bertemu\n\n"
                    "Pewarta: Budi\nEditor: Ani\n")
LIT(mk_nbsp_mojibake, "JAKARTA\xC2\xA0-\xC2\xA0Kamis\xC2\xA0(16/11/2023)\xC2\xAC\xE2\x80\xA0"
                      "pukul\xC2\xA0" "09.30\xC2\xA0WIB \xE2\x80\x9CKata\xE2\x80\x9D \xE2\x80\x93 "
                      "\xC3\x83\xC2\xA2\xE2\x82\xAC\xE2\x80\x9C")
LIT(mk_only_markers, "Baca juga:\nBerita Lainnya\nPewarta:\nEditor:\nSumber:\n(ANTARA) -\n"
                     "KOMPAS.com -\npukul\nWIB\n(/2024)")

/* a million single-byte / small units */
REP(mk_parens_1m, "(", 1000000)
REP(mk_newlines_1m, "\n", 1000000)
REP(mk_spaces_1m, " ", 1000000)
REP(mk_dots_1m, ".", 1000000)
REP(mk_digits_1m, "1", 1000000)
REP(mk_dashes_1m, "-", 1000000)
REP(mk_nbsp_500k, "\xC2\xA0", 500000)
REP(mk_curly_300k, "\xE2\x80\x9C", 300000)
REP(mk_crlf_500k, "\r\n", 500000)

/* 100,000 lines or items */
REP(mk_baca_100k, "Baca juga: x\n", 100000)
REP(mk_pukul_100k, "pukul 10.00 WIB ", 100000)
REP(mk_pukul_lines_100k, "pukul 10.00 WIB\n", 100000)
REP(mk_dateline_100k, "Jakarta (ANTARA) - ", 100000)
REP(mk_dates_100k, "Senin (15/1/2024), ", 100000)
REP(mk_attrib_50k, "Pewarta: Budi\nEditor: Ani\n", 50000)
REP(mk_titles_100k, "Menteri Luar Negeri ", 100000)
REP(mk_ranges_100k, "pukul 10.00-12.00 WIB dan ", 100000)
REP(mk_relative_100k, "dua pekan lalu ", 100000)
REP(mk_initials_100k, "(ant/mii) ", 100000)
REP(mk_glued_100k, "ujarJimmy Carterkepada ESDMBahlil Zuckerbergmenggugat DKPPitu ", 100000)

/* a link glued to a word of 20 MB (`ujarJ` then small letters): the
 * entity pass must not look up every tail of it */
static char *mk_glued_token_20mb(size_t *len)
{
    char *d = fill("a", (size_t)20 << 20, len);
    if (d && *len >= 5)
        memcpy(d, "ujarJ", 5);
    return d;
}

/* Berita Lainnya with 100,000 headline + stamp lines */
static char *mk_related_100k(size_t *len)
{
    static const char head[] = "Isi berita.\n\nBerita Lainnya\n";
    static const char item[] = "Judul berita tentang Presiden di Jakarta\n16 November 2024 16:25 WIB\n";
    size_t n = sizeof head - 1 + (sizeof item - 1) * 100000, i, o;
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, head, sizeof head - 1);
    o = sizeof head - 1;
    for (i = 0; i < 100000; i++, o += sizeof item - 1)
        memcpy(d + o, item, sizeof item - 1);
    d[n] = '\0';
    *len = n;
    return d;
}

/* 100,000 capitalised words in a row, one line: names, titles, places and
 * made-up words, cycling through a fixed list with a deterministic LCG. */
static char *mk_capwords_100k(size_t *len)
{
    static const char *const words[] = {
        "Presiden", "Menteri", "Luar", "Negeri", "Joko", "Widodo", "Jakarta", "Bank",
        "Indonesia", "Organisasi", "Kerja", "Sama", "Shanghai", "China", "Amerika",
        "Serikat", "Kabupaten", "Bogor", "Gubernur", "Jawa", "Barat", "Qin", "Gang",
        "Kepala", "Dinas", "Polri", "Kombes", "Dr.", "Haji", "Ibu", "Bapak", "Sri",
        "Mulyani", "Perserikatan", "Bangsa-Bangsa", "PBB", "SCO", "Kalimantan", "Timur",
        "Kerabu", "Lintaro", "Mesuka", "Dandi", "Parwo", "Selatan", "Utara", "Raya"};
    size_t nw = sizeof words / sizeof words[0], cap = 1200000, n = 0, i;
    uint32_t x = 12345;
    char *d = malloc(cap + 1);
    if (!d)
        return NULL;
    for (i = 0; i < 100000; i++) {
        const char *w;
        size_t wl;
        x = x * 1103515245u + 12345u;
        w = words[(x >> 16) % nw];
        wl = strlen(w);
        if (n + wl + 1 > cap)
            break;
        memcpy(d + n, w, wl);
        n += wl;
        d[n++] = ' ';
    }
    d[n] = '\0';
    *len = n;
    return d;
}

/* A 20 MB single line of ordinary news words (no line break). */
static char *mk_line_20mb(size_t *len)
{
    return fill("Presiden Joko Widodo mengatakan pada Senin (15/1/2024) pukul 10.00 WIB "
                "bahwa Menteri Luar Negeri akan ke Beijing, China, dua pekan lagi. ",
                (size_t)20 << 20, len);
}

/* One 20 MB token: letters only. */
static char *mk_token_20mb(size_t *len)
{
    return fill("a", (size_t)20 << 20, len);
}

/* 1 MB of pseudo-random bytes (invalid UTF-8 early). */
static char *mk_random_1mb(size_t *len)
{
    size_t n = (size_t)1 << 20, i;
    uint32_t x = 987654321u;
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    for (i = 0; i < n; i++) {
        x = x * 1664525u + 1013904223u;
        d[i] = (char)(x >> 24);
    }
    d[n] = '\0';
    *len = n;
    return d;
}

/* 1 MB of random valid code points (every plane), no NUL. */
static char *mk_random_utf8_1mb(size_t *len)
{
    size_t cap = (size_t)1 << 20, n = 0;
    uint32_t x = 42u;
    char *d = malloc(cap + 1);
    if (!d)
        return NULL;
    while (n + 4 <= cap) {
        uint32_t c;
        x = x * 1664525u + 1013904223u;
        switch ((x >> 28) & 3) {
        case 0: c = 1 + (x >> 8) % 0x7F; break;
        case 1: c = 0x80 + (x >> 8) % (0x800 - 0x80); break;
        case 2: c = 0x800 + (x >> 8) % (0x10000 - 0x800); break;
        default: c = 0x10000 + (x >> 4) % (0x110000 - 0x10000); break;
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            c = 0x20;
        if (c < 0x80) {
            d[n++] = (char)c;
        } else if (c < 0x800) {
            d[n++] = (char)(0xC0 | (c >> 6));
            d[n++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            d[n++] = (char)(0xE0 | (c >> 12));
            d[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            d[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            d[n++] = (char)(0xF0 | (c >> 18));
            d[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
            d[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            d[n++] = (char)(0x80 | (c & 0x3F));
        }
    }
    d[n] = '\0';
    *len = n;
    return d;
}

/* offset -2: "some bad byte" (computed with hi_utf8_check by the caller) */
#define ANY_BAD (-2)

const hi_case hi_cases[] = {
    {"empty", "0 bytes", WARTA_OK, -1, 0, mk_empty},
    {"one_byte", "`a`", WARTA_OK, -1, 0, mk_one_a},
    {"one_newline", "`\\n`", WARTA_OK, -1, 0, mk_one_nl},
    {"one_cont", "lone continuation byte 0x80", WARTA_EUTF8, 0, 0, mk_one_cont},
    {"one_lead", "lone lead byte 0xC3", WARTA_EUTF8, 0, 0, mk_one_lead},
    {"overlong2", "overlong `/` C0 AF at 2", WARTA_EUTF8, 2, 0, mk_overlong2},
    {"overlong3", "overlong E0 80 AF at 3", WARTA_EUTF8, 3, 0, mk_overlong3},
    {"overlong4", "overlong F0 80 80 AF at 0", WARTA_EUTF8, 0, 0, mk_overlong4},
    {"surrogate_hi", "surrogate U+D800 (ED A0 80) at 1", WARTA_EUTF8, 1, 0, mk_surrogate_hi},
    {"surrogate_lo", "surrogate U+DFFF (ED BF BF) at 0", WARTA_EUTF8, 0, 0, mk_surrogate_lo},
    {"cesu8", "CESU-8 surrogate pair at 0", WARTA_EUTF8, 0, 0, mk_cesu},
    {"above_max", "U+110000 (F4 90 80 80)", WARTA_EUTF8, 0, 0, mk_above_max},
    {"byte_ff", "byte FF at 3", WARTA_EUTF8, 3, 0, mk_byte_ff},
    {"byte_fe", "bytes FE FF (UTF-16 BOM)", WARTA_EUTF8, 0, 0, mk_byte_fe},
    {"stray_cont", "stray continuation at 8", WARTA_EUTF8, 8, 0, mk_stray_cont},
    {"trunc_end", "truncated E2 80 at the end (12)", WARTA_EUTF8, 12, 0, mk_trunc_end},
    {"trunc_mid", "truncated E2 80 before ASCII (1)", WARTA_EUTF8, 1, 0, mk_trunc_mid},
    {"trunc_4", "truncated 4-byte emoji at the end (4)", WARTA_EUTF8, 4, 0, mk_trunc_4},
    {"nul_mid", "NUL at 3", WARTA_ENUL, 3, 0, mk_nul_mid},
    {"nul_first", "NUL alone", WARTA_ENUL, 0, 0, mk_nul_first},
    {"nul_after_utf8", "NUL after NBSP (at 8)", WARTA_ENUL, 8, 0, mk_nul_after_utf8},
    {"bom_only", "UTF-8 BOM alone", WARTA_OK, -1, 0, mk_bom_only},
    {"bom_article", "BOM before a short article", WARTA_OK, -1, 0, mk_bom_article},
    {"nbsp_mojibake", "NBSP, `\xC2\xAC\xE2\x80\xA0`, curly quotes, mojibake", WARTA_OK, -1, 0,
     mk_nbsp_mojibake},
    {"only_markers", "every marker, empty", WARTA_OK, -1, 0, mk_only_markers},
    {"parens_1m", "1,000,000 `(`", WARTA_OK, -1, 1, mk_parens_1m},
    {"newlines_1m", "1,000,000 line breaks", WARTA_OK, -1, 1, mk_newlines_1m},
    {"spaces_1m", "1,000,000 spaces", WARTA_OK, -1, 1, mk_spaces_1m},
    {"dots_1m", "1,000,000 `.`", WARTA_OK, -1, 1, mk_dots_1m},
    {"digits_1m", "one number of 1,000,000 digits", WARTA_OK, -1, 1, mk_digits_1m},
    {"dashes_1m", "1,000,000 `-`", WARTA_OK, -1, 1, mk_dashes_1m},
    {"nbsp_500k", "500,000 NBSP", WARTA_OK, -1, 1, mk_nbsp_500k},
    {"curly_300k", "300,000 `\xE2\x80\x9C`", WARTA_OK, -1, 1, mk_curly_300k},
    {"crlf_500k", "500,000 CR LF", WARTA_OK, -1, 1, mk_crlf_500k},
    {"baca_100k", "100,000 `Baca juga: x` lines", WARTA_OK, -1, 1, mk_baca_100k},
    {"pukul_100k", "100,000 `pukul 10.00 WIB`, one line", WARTA_OK, -1, 1, mk_pukul_100k},
    {"pukul_lines_100k", "100,000 `pukul 10.00 WIB` lines", WARTA_OK, -1, 1,
     mk_pukul_lines_100k},
    {"ranges_100k", "100,000 `pukul 10.00-12.00 WIB dan`", WARTA_OK, -1, 1, mk_ranges_100k},
    {"relative_100k", "100,000 `dua pekan lalu`", WARTA_OK, -1, 1, mk_relative_100k},
    {"dates_100k", "100,000 `Senin (15/1/2024),`", WARTA_OK, -1, 1, mk_dates_100k},
    {"dateline_100k", "100,000 `Jakarta (ANTARA) -`", WARTA_OK, -1, 1, mk_dateline_100k},
    {"attrib_50k", "50,000 `Pewarta:`/`Editor:` line pairs", WARTA_OK, -1, 1, mk_attrib_50k},
    {"initials_100k", "100,000 `(ant/mii)`", WARTA_OK, -1, 1, mk_initials_100k},
    {"titles_100k", "100,000 `Menteri Luar Negeri`", WARTA_OK, -1, 1, mk_titles_100k},
    {"capwords_100k", "100,000 capitalised words in a row", WARTA_OK, -1, 1, mk_capwords_100k},
    {"related_100k", "`Berita Lainnya` + 100,000 headline/stamp pairs", WARTA_OK, -1, 1,
     mk_related_100k},
    {"random_utf8_1mb", "1 MB random valid code points", WARTA_OK, -1, 1, mk_random_utf8_1mb},
    {"random_1mb", "1 MB random bytes", WARTA_EUTF8, ANY_BAD, 1, mk_random_1mb},
    {"line_20mb", "20 MB single line of news words", WARTA_OK, -1, 1, mk_line_20mb},
    {"token_20mb", "one 20 MB word (`aaaa...`)", WARTA_OK, -1, 1, mk_token_20mb},
    {"glued_100k", "100,000 lines of words glued by a scraper (`ujarJimmy`, `ESDMBahlil`)",
     WARTA_OK, -1, 1, mk_glued_100k},
    {"glued_token_20mb", "one 20 MB word after a glued link (`ujarJaaa...`)", WARTA_OK, -1, 1,
     mk_glued_token_20mb},
};

size_t hi_case_count(void)
{
    return sizeof hi_cases / sizeof hi_cases[0];
}

char *hi_make(size_t i, size_t *len)
{
    *len = 0;
    if (i >= hi_case_count())
        return NULL;
    return hi_cases[i].make(len);
}

/* ---- UTF-8 ---------------------------------------------------------------- */

int hi_utf8_check(const unsigned char *s, size_t n, int allow_nul, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t k, need;
        uint32_t cp, min;
        if (c < 0x80) {
            if (c == 0 && !allow_nul) {
                *bad = i;
                return WARTA_ENUL;
            }
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            *bad = i;
            return WARTA_EUTF8;
        }
        if (n - i - 1 < need) {
            *bad = i;
            return WARTA_EUTF8;
        }
        for (k = 1; k <= need; k++) {
            if ((s[i + k] & 0xC0) != 0x80) {
                *bad = i;
                return WARTA_EUTF8;
            }
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *bad = i;
            return WARTA_EUTF8;
        }
        i += need + 1;
    }
    return WARTA_OK;
}

/* ---- counting allocator ---------------------------------------------------- */

#define HDR 16u

static void lock(hi_counter *c)
{
    if (c->mutex)
        pthread_mutex_lock(c->mutex);
}

static void unlock(hi_counter *c)
{
    if (c->mutex)
        pthread_mutex_unlock(c->mutex);
}

/* 1 when this call must fail */
static int count_call(hi_counter *c)
{
    c->calls++;
    if (c->fail_at && c->calls == c->fail_at) {
        c->failed++;
        return 1;
    }
    return 0;
}

static void *cnt_malloc(size_t size, void *user)
{
    hi_counter *c = user;
    unsigned char *p;
    lock(c);
    if (count_call(c) || size > SIZE_MAX - HDR) {
        unlock(c);
        return NULL;
    }
    p = malloc(size + HDR);
    if (p) {
        memcpy(p, &size, sizeof size);
        c->live++;
        c->bytes += (int64_t)size;
        if (c->bytes > c->peak)
            c->peak = c->bytes;
    }
    unlock(c);
    return p ? p + HDR : NULL;
}

static void *cnt_realloc(void *ptr, size_t old_size, size_t new_size, void *user)
{
    hi_counter *c = user;
    unsigned char *p, *q;
    size_t had;
    if (!ptr)
        return cnt_malloc(new_size, user);
    p = (unsigned char *)ptr - HDR;
    memcpy(&had, p, sizeof had);
    if (had != old_size && !(old_size == 0 && had == 1))
        abort(); /* the library must pass the size it allocated (wt_malloc
                  * turns 0 into 1) */
    lock(c);
    if (count_call(c) || new_size > SIZE_MAX - HDR) {
        unlock(c);
        return NULL;
    }
    q = realloc(p, new_size + HDR);
    if (q) {
        memcpy(q, &new_size, sizeof new_size);
        c->bytes += (int64_t)new_size - (int64_t)had;
        if (c->bytes > c->peak)
            c->peak = c->bytes;
    }
    unlock(c);
    return q ? q + HDR : NULL;
}

static void cnt_free(void *ptr, void *user)
{
    hi_counter *c = user;
    unsigned char *p;
    size_t had;
    if (!ptr)
        return;
    p = (unsigned char *)ptr - HDR;
    memcpy(&had, p, sizeof had);
    lock(c);
    c->live--;
    c->bytes -= (int64_t)had;
    unlock(c);
    free(p);
}

void hi_counter_allocator(hi_counter *c, warta_allocator *a)
{
    a->malloc_fn = cnt_malloc;
    a->realloc_fn = cnt_realloc;
    a->free_fn = cnt_free;
    a->user = c;
}

void hi_counter_reset(hi_counter *c)
{
    lock(c);
    c->calls = 0;
    c->failed = 0;
    c->peak = c->bytes;
    unlock(c);
}
