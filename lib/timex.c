/* timex: Indonesian date and time expressions.
 *
 * Three entry points:
 *  - wt_iso_parse / wt_iso_format: ISO 8601 instants (pure civil-calendar
 *    arithmetic, no ICU needed for the proleptic Gregorian calendar).
 *  - wt_timex_stamp: one stand-alone page stamp (`Sabtu, 16 November 2024
 *    16:25 WIB`, `2 jam lalu`, a machine stamp).
 *  - wt_timex_run: every time expression of the body paragraphs.
 *
 * wt_timex_run walks each paragraph's tokens once. Each token is classified
 * with one probe of the keyword hash table (the tokenizer's fold hash; no
 * copying), which also gives the set of matchers that can start at it (by
 * keyword kind, or a number's digit count); only tokens with some are
 * visited, and at those the matchers of the set are tried in a fixed order
 * (day name, day + month, d/m/y, month, year, relative, clock, Hijri), each
 * with bounded lookahead; the first that matches produces a `raw`
 * description and the scan resumes after it, so the work is linear in the
 * number of tokens. A raw expression is then resolved against the
 * reference: weekdays, ISO weeks and day/month arithmetic by civil
 * (proleptic Gregorian) day numbers from 1600 on, where they agree with ICU;
 * ICU's calendar for earlier dates and for zones: one UTC UCalendar per run,
 * cloned on first use from the lexicon's template (ISO weeks: Monday first,
 * 4 minimal days). A bare clock followed by `, <dated day>` (`pukul 10.30
 * WIB, Rabu (16/10)`) takes that day.
 *
 * Values (TIMEX3 style): day `2023-05-04`, month `2023-07`, year `2020`,
 * decade `198`, ISO week `2023-W17`, weekend `2024-W46-WE`, part of day
 * `2020-01-31TNI` (pagi/subuh TMO, siang TAF, sore/petang TEV, malam/dini
 * hari TNI), clock `2024-11-15T10:00:00+07:00`. A clock with no written zone
 * has no offset (`2022-03-26T20:30:00`); `waktu setempat` takes the offset of
 * the zone of the place the sentence names (or the dateline's zone) at that
 * date, and no offset when no zone is known. Day-level values never show an
 * offset.
 *
 * Without a reference (p->ref.has == 0) self-contained expressions still get
 * a value; the others get value NULL, anchored 0 and `relative` set to:
 *   `P-1D` `P0D` `P+1D` (kemarin, hari ini, besok; N hari lalu = P-ND),
 *   `P-1W` `P0W` `P+1W` (pekan lalu/ini/depan), `P0W-WE` (akhir pekan ini),
 *   `P-1M` ... (bulan), `P-1Y` ... (tahun), `PT-2H` / `PT-30M` (jam/menit
 *   lalu), a trailing part of day is appended (`P0DTNI` = malam ini);
 *   year-less dates `XXXX-11-14`, months `XXXX-07`, day names `XXXX-WXX-5`
 *   (ISO weekday, 1 = Monday), clock times `XXXX-XX-XXT10:00`.
 * Hijri dates (`1 Ramadhan 1443 H`) are times with neither value nor
 * relative meaning (granularity unknown).
 */
#include "timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/ustring.h>

#include "gazetteer.h"
#include "text.h"
#include "warta/common.h"

/* ---- civil calendar (proleptic Gregorian) ------------------------------ */

static int64_t days_from_civil(int64_t y, int m, int d)
{
    int64_t era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
    int64_t era, doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

static int valid_date(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* ---- ISO 8601 ------------------------------------------------------------ */

static int digits(const char *s, size_t n, size_t at, size_t k, int *out)
{
    size_t i;
    int v = 0;
    if (at + k > n)
        return 0;
    for (i = 0; i < k; i++) {
        char c = s[at + i];
        if (c < '0' || c > '9')
            return 0;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return 1;
}

int wt_iso_parse(const char *s, size_t n, wt_instant *out)
{
    int y, mo, d, hh = 0, mi = 0, ss = 0, ms = 0, off = 7 * 60, date_only = 1;
    size_t i = 0;
    wt_instant r;
    if (!out)
        return WARTA_EINVAL;
    out->has = 0;
    if (!s)
        return WARTA_EINVAL;
    if (!digits(s, n, 0, 4, &y) || n < 10 || s[4] != '-' || !digits(s, n, 5, 2, &mo) ||
        s[7] != '-' || !digits(s, n, 8, 2, &d))
        return WARTA_EINVAL;
    if (!valid_date(y, mo, d))
        return WARTA_EINVAL;
    i = 10;
    if (i < n) {
        if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
            return WARTA_EINVAL;
        i++;
        if (!digits(s, n, i, 2, &hh) || i + 5 > n || s[i + 2] != ':' ||
            !digits(s, n, i + 3, 2, &mi))
            return WARTA_EINVAL;
        i += 5;
        if (hh > 23 || mi > 59)
            return WARTA_EINVAL;
        date_only = 0;
        if (i < n && s[i] == ':') {
            if (!digits(s, n, i + 1, 2, &ss) || ss > 59)
                return WARTA_EINVAL;
            i += 3;
            if (i < n && (s[i] == '.' || s[i] == ',')) {
                int k = 0, scale = 100;
                i++;
                while (i < n && s[i] >= '0' && s[i] <= '9') {
                    if (k < 3)
                        ms += (s[i] - '0') * scale;
                    scale /= 10;
                    k++;
                    i++;
                }
                if (k == 0 || k > 9)
                    return WARTA_EINVAL;
            }
        }
        if (i < n) {
            if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == n) {
                off = 0;
                i++;
            } else if (s[i] == '+' || s[i] == '-') {
                int oh, om, sign = s[i] == '-' ? -1 : 1;
                if (!digits(s, n, i + 1, 2, &oh))
                    return WARTA_EINVAL;
                if (i + 3 < n && s[i + 3] == ':') {
                    if (!digits(s, n, i + 4, 2, &om) || i + 6 != n)
                        return WARTA_EINVAL;
                } else {
                    if (!digits(s, n, i + 3, 2, &om) || i + 5 != n)
                        return WARTA_EINVAL;
                }
                if (oh > 14 || om > 59)
                    return WARTA_EINVAL;
                off = sign * (oh * 60 + om);
                i = n;
            } else {
                return WARTA_EINVAL;
            }
        }
    }
    if (i != n)
        return WARTA_EINVAL;
    r.has = 1;
    r.date_only = date_only;
    r.offset_min = off;
    r.utc_ms = ((days_from_civil(y, mo, d) * 86400 + (int64_t)hh * 3600 + (int64_t)mi * 60 + ss) -
                (int64_t)off * 60) * 1000 + ms;
    *out = r;
    return WARTA_OK;
}

/* local civil fields of an instant in its own offset */
static void instant_fields(const wt_instant *in, int *y, int *m, int *d, int *hh, int *mi,
                           int *ss)
{
    int64_t local = floor_div(in->utc_ms, 1000) + (int64_t)in->offset_min * 60;
    int64_t days = floor_div(local, 86400), secs = local - days * 86400;
    civil_from_days(days, y, m, d);
    *hh = (int)(secs / 3600);
    *mi = (int)(secs / 60 % 60);
    *ss = (int)(secs % 60);
}

static void fmt_offset(char *buf, size_t cap, int off)
{
    int a = off < 0 ? -off : off;
    if (cap < 7 || a < 0) { /* a < 0: INT_MIN */
        snprintf(buf, cap, "%c%02d:%02d", off < 0 ? '-' : '+', a / 60 % 100, a % 60);
        return;
    }
    buf[0] = off < 0 ? '-' : '+';
    buf[1] = (char)('0' + a / 60 % 100 / 10);
    buf[2] = (char)('0' + a / 60 % 10);
    buf[3] = ':';
    buf[4] = (char)('0' + a % 60 / 10);
    buf[5] = (char)('0' + a % 10);
    buf[6] = '\0';
}

/* Value formatting without printf (a third of the run's time went to
 * snprintf): `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (m or d 0 = left out), then
 * `Thh:mm:ss` when hh >= 0, then suffix. Same bytes as
 * "%04d-%02d-%02dT%02d:%02d:%02d%s"; years outside 0..9999 go through
 * snprintf. */
static void put2(char *p, int v)
{
    p[0] = (char)('0' + v / 10 % 10);
    p[1] = (char)('0' + v % 10);
}

static void fmt_ymd(char *buf, size_t cap, int y, int m, int d, int hh, int mi, int ss,
                    const char *suffix)
{
    char tmp[24];
    size_t n = 0, sl = strlen(suffix);
    if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99 || hh > 99 || mi < 0 ||
        mi > 99 || ss < 0 || ss > 99) {
        if (hh >= 0)
            snprintf(buf, cap, "%04d-%02d-%02dT%02d:%02d:%02d%s", y, m, d, hh, mi, ss, suffix);
        else if (d)
            snprintf(buf, cap, "%04d-%02d-%02d%s", y, m, d, suffix);
        else if (m)
            snprintf(buf, cap, "%04d-%02d%s", y, m, suffix);
        else
            snprintf(buf, cap, "%04d%s", y, suffix);
        return;
    }
    put2(tmp, y / 100);
    put2(tmp + 2, y % 100);
    n = 4;
    if (m || d || hh >= 0) {
        tmp[n++] = '-';
        put2(tmp + n, m);
        n += 2;
    }
    if (d || hh >= 0) {
        tmp[n++] = '-';
        put2(tmp + n, d);
        n += 2;
    }
    if (hh >= 0) {
        tmp[n++] = 'T';
        put2(tmp + n, hh);
        tmp[n + 2] = ':';
        put2(tmp + n + 3, mi);
        tmp[n + 5] = ':';
        put2(tmp + n + 6, ss);
        n += 8;
    }
    if (cap == 0)
        return;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, tmp, n);
    if (sl > cap - 1 - n)
        sl = cap - 1 - n;
    memcpy(buf + n, suffix, sl);
    buf[n + sl] = '\0';
}

static int kw_eq(const char *p, size_t n, const char *w);

int wt_machine_stamp_parse(const char *s, size_t n, wt_instant *out)
{
    static const struct {
        const char *name, *off;
        size_t len;
    } zones[] = {{"wita", "+08:00", 4}, {"wib", "+07:00", 3}, {"wit", "+09:00", 3}};
    size_t z;
    if (!s || !out || n < 10 || n > 40 || s[0] < '0' || s[0] > '9')
        return WARTA_EINVAL;
    if (wt_iso_parse(s, n, out) == WARTA_OK)
        return WARTA_OK;
    /* the zone's name for the `T`: 2019-09-28WIB19:17:34+07:00; no
     * offset written: the zone's */
    for (z = 0; z < sizeof zones / sizeof zones[0]; z++) {
        size_t zl = zones[z].len, rest;
        char buf[48];
        if (n < 10 + zl + 5 || !kw_eq(s + 10, zl, zones[z].name))
            continue;
        rest = n - 10 - zl;
        if (11 + rest + 7 > sizeof buf)
            return WARTA_EINVAL;
        memcpy(buf, s, 10);
        buf[10] = 'T';
        memcpy(buf + 11, s + 10 + zl, rest);
        buf[11 + rest] = '\0';
        if (!memchr(buf + 11, '+', rest) && !memchr(buf + 11, '-', rest))
            memcpy(buf + 11 + rest, zones[z].off, 7); /* with its NUL */
        return wt_iso_parse(buf, strlen(buf), out);
    }
    return WARTA_EINVAL;
}

char *wt_iso_format(wt_arena *ar, const wt_instant *in)
{
    char buf[48], ob[12];
    int y, m, d, hh, mi, ss;
    if (!in || !in->has)
        return NULL;
    instant_fields(in, &y, &m, &d, &hh, &mi, &ss);
    if (in->date_only) {
        fmt_ymd(buf, sizeof buf, y, m, d, -1, 0, 0, "");
    } else {
        fmt_offset(ob, sizeof ob, in->offset_min);
        fmt_ymd(buf, sizeof buf, y, m, d, hh, mi, ss, ob);
    }
    return wt_arena_strdup(ar, buf);
}

/* ---- keywords ------------------------------------------------------------- */

enum {
    K_NONE,
    K_MONTH,    /* val 1..12 */
    K_MONABBR,  /* val 1..12, only with a day number or a year */
    K_DAY,      /* val ISO weekday 1..7 */
    K_UNIT,     /* val U_* */
    K_NUMW,     /* val number */
    K_SE,       /* sehari/sepekan/...: val U_* */
    K_LALU,     /* lalu, silam */
    K_DEPAN,    /* depan, mendatang */
    K_INI,
    K_KEMARIN,
    K_BESOK,    /* besok, esok */
    K_LUSA,
    K_NANTI,
    K_AKAN,
    K_YANG,
    K_POD,      /* val P_* */
    K_DINI,
    K_PUKUL,
    K_TANGGAL,
    K_ERA,
    K_MOD,      /* awal, pertengahan, akhir */
    K_PARUH,
    K_ORD,      /* pertama, kedua */
    K_WAKTU,
    K_SETEMPAT,
    K_ZONE,     /* val offset minutes */
    K_INDONESIA,
    K_BAGIAN,
    K_DIR,      /* barat/tengah/timur: val offset */
    K_FREQ,     /* setiap, tiap, per, selama, sebanyak */
    K_NOMOR,
    K_COUNTUNIT,/* words that make a number a count: orang, unit, km ... */
    K_HINGGA,
    K_TADI,
    K_SEMALAM,
    K_GENERIC,  /* event nouns whose year is a time: Pilpres 2024 */
    K_NAMEPFX,  /* Universitas 17 Agustus 1945 */
    K_PADA,
    K_SEJAK,
    K_HIJRI,    /* Hijri month names */
    K_HIJRIY,   /* H, hijriah, hijriyah */
    K_COPY,     /* copyright */
    K_PERIOD    /* kuartal, triwulan (val 3 months), semester (6) */
};

enum { U_HARI = 1, U_PEKAN, U_MINGGU, U_BULAN, U_TAHUN, U_JAM, U_MENIT, U_DETIK };
enum { P_TMO = 1, P_TAF, P_TEV, P_TNI };

typedef struct kwent {
    const char *w;
    int kw, val;
} kwent;

/* Sorted in strcmp order: classify() looks words up with bsearch. */
static const kwent KW[] = {
    {"ags", K_MONABBR, 8}, {"agst", K_MONABBR, 8}, {"agt", K_MONABBR, 8}, {"agu", K_MONABBR, 8},
    {"agustus", K_MONTH, 8}, {"ahad", K_DAY, 7}, {"akan", K_AKAN, 0}, {"akhir", K_MOD, 3},
    {"apbn", K_GENERIC, 0}, {"apr", K_MONABBR, 4}, {"april", K_MONTH, 4}, {"awal", K_MOD, 1},
    {"bagian", K_BAGIAN, 0}, {"barat", K_DIR, 420}, {"besok", K_BESOK, 0},
    {"buah", K_COUNTUNIT, 0}, {"bulan", K_UNIT, U_BULAN}, {"copyright", K_COPY, 0},
    {"delapan", K_NUMW, 8}, {"depan", K_DEPAN, 0}, {"des", K_MONABBR, 12},
    {"desember", K_MONTH, 12}, {"detik", K_UNIT, U_DETIK}, {"dini", K_DINI, 0},
    {"dosis", K_COUNTUNIT, 0}, {"dua", K_NUMW, 2}, {"dzulhijjah", K_HIJRI, 12},
    {"dzulqaidah", K_HIJRI, 11}, {"ekor", K_COUNTUNIT, 0}, {"empat", K_NUMW, 4},
    {"enam", K_NUMW, 6}, {"era", K_ERA, 0}, {"esok", K_BESOK, 0}, {"feb", K_MONABBR, 2},
    {"februari", K_MONTH, 2}, {"gmt", K_ZONE, 0}, {"h", K_HIJRIY, 0}, {"ha", K_COUNTUNIT, 0},
    {"hari", K_UNIT, U_HARI}, {"hektar", K_COUNTUNIT, 0}, {"hektare", K_COUNTUNIT, 0},
    {"hijriah", K_HIJRIY, 0}, {"hijriyah", K_HIJRIY, 0}, {"hingga", K_HINGGA, 0},
    {"indonesia", K_INDONESIA, 0}, {"ini", K_INI, 0}, {"jalan", K_NAMEPFX, 0},
    {"jam", K_UNIT, U_JAM}, {"jan", K_MONABBR, 1}, {"januari", K_MONTH, 1},
    {"jiwa", K_COUNTUNIT, 0}, {"jl", K_NAMEPFX, 0}, {"jln", K_NAMEPFX, 0},
    {"jul", K_MONABBR, 7}, {"juli", K_MONTH, 7}, {"jumat", K_DAY, 5}, {"jun", K_MONABBR, 6},
    {"juni", K_MONTH, 6}, {"juta", K_COUNTUNIT, 0}, {"kamis", K_DAY, 4},
    {"kasus", K_COUNTUNIT, 0}, {"kedua", K_ORD, 2}, {"keempat", K_ORD, 4},
    {"keluarga", K_COUNTUNIT, 0}, {"kemarin", K_KEMARIN, 0}, {"ketiga", K_ORD, 3},
    {"kg", K_COUNTUNIT, 0}, {"kilometer", K_COUNTUNIT, 0}, {"km", K_COUNTUNIT, 0},
    {"kuartal", K_PERIOD, 3}, {"lalu", K_LALU, 0}, {"lebaran", K_GENERIC, 0}, {"lima", K_NUMW, 5},
    {"liter", K_COUNTUNIT, 0}, {"lusa", K_LUSA, 0}, {"malam", K_POD, P_TNI},
    {"mar", K_MONABBR, 3}, {"maret", K_MONTH, 3}, {"mei", K_MONTH, 5},
    {"mendatang", K_DEPAN, 0}, {"menit", K_UNIT, U_MENIT}, {"meter", K_COUNTUNIT, 0},
    {"miliar", K_COUNTUNIT, 0}, {"minggu", K_DAY, 7}, {"muharam", K_HIJRI, 1},
    {"muharram", K_HIJRI, 1}, {"mw", K_COUNTUNIT, 0}, {"nanti", K_NANTI, 0},
    {"natal", K_GENERIC, 0}, {"no", K_NOMOR, 0}, {"nomor", K_NOMOR, 0}, {"nop", K_MONABBR, 11},
    {"nopember", K_MONTH, 11}, {"nov", K_MONABBR, 11}, {"november", K_MONTH, 11},
    {"nyepi", K_GENERIC, 0}, {"okt", K_MONABBR, 10}, {"oktober", K_MONTH, 10},
    {"olimpiade", K_GENERIC, 0}, {"orang", K_COUNTUNIT, 0}, {"pada", K_PADA, 0},
    {"pagi", K_POD, P_TMO}, {"paruh", K_PARUH, 0}, {"pasal", K_COUNTUNIT, 0},
    {"peb", K_MONABBR, 2}, {"pebruari", K_MONTH, 2}, {"pekan", K_UNIT, U_PEKAN},
    {"pemilu", K_GENERIC, 0}, {"per", K_FREQ, 0}, {"persen", K_COUNTUNIT, 0},
    {"pertama", K_ORD, 1}, {"pertengahan", K_MOD, 2}, {"peserta", K_COUNTUNIT, 0},
    {"petang", K_POD, P_TEV}, {"pileg", K_GENERIC, 0}, {"pilkada", K_GENERIC, 0},
    {"pilpres", K_GENERIC, 0}, {"pukul", K_PUKUL, 0}, {"rabu", K_DAY, 3}, {"rajab", K_HIJRI, 7},
    {"ramadan", K_HIJRI, 9}, {"ramadhan", K_HIJRI, 9}, {"ri", K_GENERIC, 0},
    {"ribu", K_COUNTUNIT, 0}, {"rp", K_COUNTUNIT, 0}, {"rumah", K_COUNTUNIT, 0},
    {"sabtu", K_DAY, 6}, {"safar", K_HIJRI, 2}, {"sampai", K_HINGGA, 0}, {"satu", K_NUMW, 1},
    {"sebanyak", K_FREQ, 2}, {"sebelas", K_NUMW, 11}, {"sebulan", K_SE, U_BULAN},
    {"sehari", K_SE, U_HARI}, {"sejak", K_SEJAK, 0}, {"sejam", K_SE, U_JAM},
    {"selama", K_FREQ, 1}, {"selasa", K_DAY, 2}, {"semalam", K_SEMALAM, 0},
    {"sembilan", K_NUMW, 9}, {"semester", K_PERIOD, 6}, {"seminggu", K_SE, U_MINGGU},
    {"senin", K_DAY, 1},
    {"sep", K_MONABBR, 9}, {"sepekan", K_SE, U_PEKAN}, {"sept", K_MONABBR, 9},
    {"september", K_MONTH, 9}, {"sepuluh", K_NUMW, 10}, {"setahun", K_SE, U_TAHUN},
    {"setempat", K_SETEMPAT, 0}, {"setiap", K_FREQ, 0}, {"siang", K_POD, P_TAF},
    {"silam", K_LALU, 0}, {"siswa", K_COUNTUNIT, 0}, {"sore", K_POD, P_TEV},
    {"stadion", K_NAMEPFX, 0}, {"subuh", K_POD, P_TMO}, {"syaban", K_HIJRI, 8},
    {"syawal", K_HIJRI, 10}, {"tadi", K_TADI, 0}, {"tahun", K_UNIT, U_TAHUN},
    {"tanggal", K_TANGGAL, 0}, {"tengah", K_DIR, 480}, {"tgl", K_TANGGAL, 0},
    {"tiap", K_FREQ, 0}, {"tiga", K_NUMW, 3}, {"timur", K_DIR, 540}, {"ton", K_COUNTUNIT, 0},
    {"triliun", K_COUNTUNIT, 0}, {"triwulan", K_PERIOD, 3}, {"tujuh", K_NUMW, 7},
    {"unit", K_COUNTUNIT, 0},
    {"universitas", K_NAMEPFX, 0}, {"untag", K_NAMEPFX, 0}, {"usd", K_COUNTUNIT, 0},
    {"utc", K_ZONE, 0}, {"waktu", K_WAKTU, 0}, {"wb", K_ZONE, 420}, {"wib", K_ZONE, 420},
    {"wit", K_ZONE, 540}, {"wita", K_ZONE, 480}, {"yang", K_YANG, 0}, {"zulhijah", K_HIJRI, 12},
    {"zulhijjah", K_HIJRI, 12}, {"zulkaidah", K_HIJRI, 11},
};

/* matchers that may start at a token (tinfo.mask): match_at tries only
 * these, and the scan visits only tokens with some bit set */
enum {
    M_DAYNAME = 1 << 0,
    M_DATE = 1 << 1,
    M_NUMDATE = 1 << 2,
    M_MONTH = 1 << 3,
    M_YEAR = 1 << 4,
    M_REL = 1 << 5,
    M_CLOCK = 1 << 6,
    M_HIJRI = 1 << 7,
    M_NAMEPFX = 1 << 8 /* Universitas 17 Agustus 1945: skipped as a name */
};

/* per-token facts computed once per paragraph */
typedef struct tinfo {
    int32_t num;    /* value of a NUM token of at most 9 digits, else -1 */
    int16_t val;
    uint16_t mask;  /* M_*: matchers that may start here */
    uint8_t kw;
    uint8_t ndig;   /* digits of a NUM token (255 for 255 and more) */
    uint8_t ch;     /* the character of a one-byte PUNCT token, else 0 */
} tinfo;

/* The matchers that can start at a keyword (see each matcher's first
 * tests). */
static uint16_t kw_start_mask(int kw, int val)
{
    switch (kw) {
    case K_MONTH:
    case K_MONABBR: return M_MONTH;
    case K_DAY: return (uint16_t)(M_DAYNAME | (val == 7 ? M_REL : 0));
    case K_UNIT:
        switch (val) {
        case U_HARI: return M_DAYNAME | M_REL;
        case U_BULAN: return M_MONTH | M_REL;
        case U_TAHUN: return M_YEAR | M_REL;
        case U_PEKAN:
        case U_MINGGU: return M_REL;
        default: return 0; /* jam, menit, detik start nothing */
        }
    case K_NUMW:
    case K_SE:
    case K_KEMARIN:
    case K_BESOK:
    case K_LUSA:
    case K_POD:
    case K_SEMALAM:
    case K_TADI:
    case K_PARUH: return M_REL;
    case K_MOD: return M_MONTH | M_YEAR | M_REL | M_HIJRI;
    case K_ERA:
    case K_PERIOD: return M_YEAR;
    case K_PUKUL: return M_CLOCK;
    case K_TANGGAL: return M_DATE | M_NUMDATE;
    case K_HIJRI: return M_HIJRI;
    case K_NAMEPFX: return M_NAMEPFX;
    default: return 0;
    }
}

static int kw_cmp(const void *a, const void *b)
{
    return strcmp(((const kwent *)a)->w, ((const kwent *)b)->w);
}

#define NKW (sizeof KW / sizeof KW[0])
/* power of two, > 20x the keywords: most words (no keyword) probe one
 * empty slot */
#define WT_TLEX_SLOTS 4096u

struct wt_timex_lexicon {
    /* bit j set when slot j is taken (hash[j] != 0): 512 bytes that stay
     * in the L1 cache, where the 16 KiB of hash[] do not, so that most
     * words (their first slot empty) are no keyword after one test */
    uint64_t used[WT_TLEX_SLOTS / 64];
    uint32_t hash[WT_TLEX_SLOTS]; /* the keyword's fold hash, 0 when empty (never a hash) */
    int16_t idx[WT_TLEX_SLOTS];   /* index into KW */
    /* a UTC Gregorian calendar (Monday first, 4 minimal days) that runs
     * clone: cloning is ~16x cheaper than ucal_open. Never modified after
     * creation, so concurrent clones are safe. NULL when ICU failed (runs
     * then open their own). */
    UCalendar *cal_tpl;
    tinfo kinfo[NKW];  /* the facts of a token that is keyword KW[i] */
    uint8_t klen[NKW]; /* strlen(KW[i].w) */
    /* KW[i].w (a-z, at most 16 letters) as two little-endian 8-byte
     * blocks, zero-padded: kw_match() compares a token with it */
    uint64_t kw8[NKW][2];
};

static UCalendar *open_utc_calendar(UErrorCode *st)
{
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UCalendar *cal = ucal_open(utc, -1, "en_US@calendar=gregorian", UCAL_GREGORIAN, st);
    if (U_FAILURE(*st) || !cal) {
        if (cal)
            ucal_close(cal);
        if (!U_FAILURE(*st))
            *st = U_INTERNAL_PROGRAM_ERROR;
        return NULL;
    }
    ucal_setAttribute(cal, UCAL_FIRST_DAY_OF_WEEK, UCAL_MONDAY);
    ucal_setAttribute(cal, UCAL_MINIMAL_DAYS_IN_FIRST_WEEK, 4);
    return cal;
}

int wt_timex_lexicon_new(const wt_alloc *al, wt_timex_lexicon **out)
{
    wt_timex_lexicon *lx = wt_malloc(al, sizeof *lx);
    size_t i;
    *out = NULL;
    if (!lx)
        return WARTA_ENOMEM;
    memset(lx->hash, 0, sizeof lx->hash);
    memset(lx->used, 0, sizeof lx->used);
    for (i = 0; i < sizeof KW / sizeof KW[0]; i++) {
        uint32_t h = wt_fold_hash(KW[i].w, strlen(KW[i].w)), j = h & (WT_TLEX_SLOTS - 1);
        while (lx->hash[j])
            j = (j + 1) & (WT_TLEX_SLOTS - 1);
        lx->hash[j] = h;
        lx->used[j / 64] |= UINT64_C(1) << (j % 64);
        lx->idx[j] = (int16_t)i;
        memset(&lx->kinfo[i], 0, sizeof lx->kinfo[i]);
        lx->kinfo[i].num = -1;
        lx->kinfo[i].kw = (uint8_t)KW[i].kw;
        lx->kinfo[i].val = (int16_t)KW[i].val;
        lx->kinfo[i].mask = kw_start_mask(KW[i].kw, KW[i].val);
        lx->klen[i] = (uint8_t)strlen(KW[i].w);
        {
            unsigned char b[16] = {0};
            memcpy(b, KW[i].w, lx->klen[i] < 16 ? lx->klen[i] : 16);
            lx->kw8[i][0] = wt_hash_load(b);
            lx->kw8[i][1] = wt_hash_load(b + 8);
        }
    }
    {
        UErrorCode st = U_ZERO_ERROR;
        lx->cal_tpl = open_utc_calendar(&st);
    }
    *out = lx;
    return WARTA_OK;
}

void wt_timex_lexicon_free(const wt_alloc *al, wt_timex_lexicon *lx)
{
    if (lx && lx->cal_tpl)
        ucal_close(lx->cal_tpl);
    wt_free(al, lx);
}

/* The keyword entry for the folded word buf (token hash h, or 0 when the
 * token's text differs from buf, e.g. an apostrophe was dropped). */
static const kwent *kw_find(const wt_timex_lexicon *lx, uint32_t h, const char *buf)
{
    if (lx && h) {
        uint32_t j = h & (WT_TLEX_SLOTS - 1);
        while (lx->hash[j]) {
            if (lx->hash[j] == h && strcmp(KW[lx->idx[j]].w, buf) == 0)
                return &KW[lx->idx[j]];
            j = (j + 1) & (WT_TLEX_SLOTS - 1);
        }
        return NULL;
    }
    {
        const kwent key = {buf, 0, 0};
        return bsearch(&key, KW, sizeof KW / sizeof KW[0], sizeof KW[0], kw_cmp);
    }
}

/* A word with an apostrophe (Jum'at, Jum’at), or any word when there is no
 * lexicon: strip the apostrophes, fold ASCII case and look it up by name.
 * Kept out of classify() so the common path has no local buffer. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void classify_slow(const wt_timex_lexicon *lx, const char *s, const wt_token *t, tinfo *k)
{
    int apos = 0;
    char buf[20];
    size_t i, m = 0;
    for (i = t->start; i < t->end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'') {
            apos = 1;
            continue;
        }
        if (c == 0xE2 && i + 2 < t->end && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] == 0x99) { /* ’ */
            i += 2;
            apos = 1;
            continue;
        }
        if (c >= 0x80 || m + 1 >= sizeof buf)
            return;
        buf[m++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    buf[m] = '\0';
    {
        const kwent *hit = kw_find(lx, apos ? 0 : t->fold_hash, buf);
        if (hit) {
            k->kw = (uint8_t)hit->kw;
            k->val = (int16_t)hit->val;
            k->mask = kw_start_mask(hit->kw, hit->val);
        }
    }
}

/* ASCII case-insensitive: the n bytes at p equal lower-case keyword w
 * (wt_tok_is for a token of the keyword's length) */
static int kw_eq(const char *p, size_t n, const char *w)
{
    size_t i;
    for (i = 0; i < n; i++) {
        char a = p[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (a != w[i])
            return 0;
    }
    return 1;
}

/* Token text s[at..at+len) (len: keyword x's length, s: n bytes) equals
 * keyword x, ASCII case-insensitively: two 8-byte compares where 16
 * bytes can be read (a byte | 0x20 is the small letter c only for c and
 * its capital, and the keywords are a-z), else kw_eq(). */
static inline int kw_match(const wt_timex_lexicon *lx, int x, const char *s, size_t n, size_t at,
                           size_t len)
{
    const uint64_t fold = UINT64_C(0x2020202020202020);
    if (len <= 16 && n >= 16 && at <= n - 16) { /* the masks have rows 0-16 */
        const unsigned char *p = (const unsigned char *)s + at;
        return ((((wt_hash_load(p) | fold) & wt_block_masks[len][0]) ^ lx->kw8[x][0]) |
                (((wt_hash_load(p + 8) | fold) & wt_block_masks[len][1]) ^ lx->kw8[x][1])) == 0;
    }
    return kw_eq(s + at, len, KW[x].w);
}

/* The facts of token t. inline: once per token, a call would cost as much
 * as the common path (GCC stopped inlining it on its own). */
static inline void classify(const wt_timex_lexicon *lx, const char *s, size_t n, const wt_token *t,
                            tinfo *k)
{
    static const tinfo none = {-1, 0, 0, K_NONE, 0, 0};
    /* read the token before writing *k (byte stores may alias it) */
    size_t i, at = t->start, len = t->end - at;
    uint32_t fl = t->flags, h = t->fold_hash;
    memcpy(k, &none, sizeof none);
    if (fl & WT_TOK_NUM) {
        k->ndig = (uint8_t)(len < 255 ? len : 255);
        if (len <= 9) {
            int v = 0;
            for (i = at; i < at + len; i++)
                v = v * 10 + (s[i] - '0');
            k->num = v;
            /* the matchers a number may start: d, d/m, N unit, H.MM; 3
             * digits: N unit; 4: a year */
            if (len <= 2)
                k->mask = M_DATE | M_NUMDATE | M_REL | M_CLOCK | M_HIJRI;
            else if (len == 3)
                k->mask = M_REL;
            else if (len == 4 && v >= 1900 && v <= 2099)
                k->mask = M_YEAR;
        }
        return;
    }
    if (fl & WT_TOK_PUNCT) {
        if (len == 1)
            k->ch = (uint8_t)s[at];
        else if (len == 3 && (unsigned char)s[at] == 0xE2 &&
                 (unsigned char)s[at + 1] == 0x80 &&
                 ((unsigned char)s[at + 2] == 0x93 || (unsigned char)s[at + 2] == 0x94))
            k->ch = '-'; /* en/em dash */
        return;
    }
    if (!(fl & WT_TOK_WORD))
        return;
    if (lx && h) {
        /* the common case: probe the table with the tokenizer's hash and
         * compare only on a hash hit (most words are no keyword: their
         * first slot is empty, which lx->used tells) */
        uint32_t j = h & (WT_TLEX_SLOTS - 1), hj;
        if ((lx->used[j / 64] >> (j % 64)) & 1) {
            while ((hj = lx->hash[j]) != 0) {
                int x = lx->idx[j];
                if (hj == h && lx->klen[x] == len && kw_match(lx, x, s, n, at, len)) {
                    *k = lx->kinfo[x];
                    return;
                }
                j = (j + 1) & (WT_TLEX_SLOTS - 1);
            }
        }
        /* a miss is final unless the word has an apostrophe that the
         * folded keywords drop (Jum'at, Jum’at) */
        if (!(fl & WT_TOK_APOS))
            return;
    }
    classify_slow(lx, s, t, k);
}

/* ---- the run state ---------------------------------------------------- */

enum { CUE_NONE, CUE_PAST, CUE_FUTURE, CUE_INI };

enum {
    R_DAYNAME = 1, /* day name, maybe with a date */
    R_DATE,        /* day + month (+ year) */
    R_MONTH,       /* month (+ year) */
    R_YEAR,
    R_DECADE,
    R_DAYREL,      /* n days from the reference day */
    R_WEEKREL,
    R_WEEKENDREL,
    R_MONTHREL,
    R_YEARREL,
    R_MINREL,      /* n minutes from the reference instant */
    R_CLOCK,       /* a clock time alone */
    R_HIJRI,       /* a Hijri date: a time without a value */
    R_PERIOD       /* a quarter or half of a year: m months long, the d-th */
};

typedef struct raw {
    int kind;
    int dow, d, m, y; /* 0 when absent */
    int cue;
    int n;            /* offset of relative kinds */
    int pod;
    int has_clock, hh, mi, hour_only;
    int has_end, ehh, emi;
    /* a range of days or months, valued at its start: its end day (0 for
     * months), month and year (0 when not written) */
    int has_rend, ed, em, ey;
    int dow2;         /* a range of weekdays without dates: the end's */
    int has_cdrel, cdrel; /* a clock's day written after it, in days from the
                           * reference: `pukul 10.39 WIB tadi` 0, `... kemarin`
                           * -1, `... malam ini` 0 */
    int generic;      /* `setiap Senin-Jumat`, `hari kerja Senin-Jumat`: no day */
    int zone;         /* 0 none, 1 fixed offset, 2 local (waktu setempat) */
    int off;
    int has_yrel, yrel; /* `November tahun lalu`: year relative to the reference */
    int part;         /* a month's awal 1, pertengahan 2, akhir 3; 0 the whole month */
} raw;

typedef struct tx {
    wt_parse *p;
    UCalendar *cal;
    UErrorCode st;
    int has_ref;
    int ry, rm, rd, rhh;
    int64_t ref_ms;
    /* current paragraph */
    const char *s;
    const wt_token *t;
    const tinfo *k;
    size_t n;
    /* last explicit day seen (clock times inherit it) */
    int ly, lm, ld;
    size_t last_clock_end; /* token index just after the last clock, or (size_t)-1 */
    /* caches for `waktu setempat` (ICU zone lookups are costly) */
    char rz_zid[64];         /* zone whose reference date is rz_y/m/d */
    int rz_y, rz_m, rz_d;
    /* a deictic day (`hari ini`, `esok hari`, `malam ini`) whose day an
     * apposition may state: `hari ini, 1 April 2022` */
    size_t appo_time;  /* index in p->art->times + 1, 0 = none */
    size_t appo_comma; /* token index of the comma after it */
    int appo_pod;
} tx;

static int kw_at(const tx *c, size_t i)
{
    return i < c->n ? c->k[i].kw : K_NONE;
}

static int is_ch(const tx *c, size_t i, int ch)
{
    return i < c->n && c->k[i].ch == ch;
}

static int glued(const tx *c, size_t i)
{
    return i < c->n && !(c->t[i].flags & WT_TOK_SPACE_BEFORE);
}

static int is_num(const tx *c, size_t i, int maxdig)
{
    return i < c->n && c->k[i].num >= 0 && c->k[i].ndig <= maxdig;
}

static int sentence_initial(const tx *c, size_t i)
{
    if (i == 0 || (c->t[i].flags & WT_TOK_NEWLINE_BEFORE))
        return 1;
    {
        int ch = c->k[i - 1].ch;
        if (ch == '.' || ch == '!' || ch == '?' || ch == ':')
            return 1;
        if ((ch == '"' || ch == '(') && i >= 2) {
            int c2 = c->k[i - 2].ch;
            return c2 == '.' || c2 == '!' || c2 == '?' || c2 == ':' ||
                   (c->t[i - 1].flags & WT_TOK_NEWLINE_BEFORE);
        }
        if (ch == '"' && i == 1)
            return 1;
    }
    return 0;
}

static int is_year_num(const tx *c, size_t i)
{
    return i < c->n && c->k[i].ndig == 4 && c->k[i].num >= 1900 && c->k[i].num <= 2099;
}

/* ---- ICU calendar helpers ---------------------------------------------- */

/* The calendar is opened on first use (many paragraphs and articles need
 * none) in UTC: every helper works on civil dates at 12:00, which no zone
 * changes, and an Olson ID opens about 8x faster than a custom `GMT+07:00`
 * zone (ICU parses custom IDs with a DecimalFormat). The zone functions
 * below set their zone explicitly. 0 when ICU fails (c->st says why). */
static int cal_need(tx *c)
{
    const wt_timex_lexicon *lx = c->p->ctx ? c->p->ctx->tlex : NULL;
    if (c->cal)
        return 1;
    if (U_FAILURE(c->st))
        return 0;
    if (lx && lx->cal_tpl) {
        c->cal = ucal_clone(lx->cal_tpl, &c->st);
        if (U_FAILURE(c->st) || !c->cal) {
            if (c->cal)
                ucal_close(c->cal);
            c->cal = NULL;
            if (!U_FAILURE(c->st))
                c->st = U_INTERNAL_PROGRAM_ERROR;
            return 0;
        }
        return 1;
    }
    c->cal = open_utc_calendar(&c->st);
    return c->cal != NULL;
}

static void cal_set(tx *c, int y, int m, int d)
{
    if (!cal_need(c))
        return;
    ucal_clear(c->cal);
    ucal_setDateTime(c->cal, y, m - 1, d, 12, 0, 0, &c->st);
}

static void cal_get(tx *c, int *y, int *m, int *d)
{
    if (!c->cal) {
        *y = *m = *d = 0;
        return;
    }
    *y = ucal_get(c->cal, UCAL_YEAR, &c->st);
    *m = ucal_get(c->cal, UCAL_MONTH, &c->st) + 1;
    *d = ucal_get(c->cal, UCAL_DATE, &c->st);
}

static void add_days(tx *c, int y, int m, int d, int n, int *oy, int *om, int *od)
{
    cal_set(c, y, m, d);
    if (c->cal)
        ucal_add(c->cal, UCAL_DATE, n, &c->st);
    cal_get(c, oy, om, od);
}

static int iso_dow(tx *c, int y, int m, int d)
{
    int w;
    cal_set(c, y, m, d);
    if (!c->cal)
        return 1;
    w = ucal_get(c->cal, UCAL_DAY_OF_WEEK, &c->st); /* 1 = Sunday */
    return w == UCAL_SUNDAY ? 7 : w - 1;
}

static void iso_week(tx *c, int y, int m, int d, int *wy, int *wk)
{
    cal_set(c, y, m, d);
    if (!c->cal) {
        *wy = *wk = 0;
        return;
    }
    *wy = ucal_get(c->cal, UCAL_YEAR_WOY, &c->st);
    *wk = ucal_get(c->cal, UCAL_WEEK_OF_YEAR, &c->st);
}

static void add_months(tx *c, int y, int m, int n, int *oy, int *om)
{
    int d;
    cal_set(c, y, m, 1);
    if (c->cal)
        ucal_add(c->cal, UCAL_MONTH, n, &c->st);
    cal_get(c, oy, om, &d);
}

static void ascii_to_uchar(const char *a, UChar *u, size_t cap)
{
    size_t i;
    for (i = 0; a[i] && i + 1 < cap; i++)
        u[i] = (UChar)(unsigned char)a[i];
    u[i] = 0;
}

/* Offset (minutes) of zone `zid` at local y-m-d hh:mi; restores the
 * calendar's own zone. Returns 0 and sets *ok = 0 on failure. */
static int zone_offset_at(tx *c, const char *zid, int y, int m, int d, int hh, int mi, int *ok)
{
    UChar uz[64], own[64];
    UErrorCode st = U_ZERO_ERROR;
    int32_t ol;
    int off;
    *ok = 0;
    if (!cal_need(c))
        return 0;
    ol = ucal_getTimeZoneID(c->cal, own, 64, &st);
    if (U_FAILURE(st) || ol >= 64)
        return 0;
    ascii_to_uchar(zid, uz, 64);
    ucal_setTimeZone(c->cal, uz, -1, &st);
    ucal_clear(c->cal);
    ucal_setDateTime(c->cal, y, m - 1, d, hh, mi, 0, &st);
    off = (ucal_get(c->cal, UCAL_ZONE_OFFSET, &st) + ucal_get(c->cal, UCAL_DST_OFFSET, &st)) /
          60000;
    ucal_setTimeZone(c->cal, own, ol, &st);
    if (U_FAILURE(st)) {
        c->st = st;
        return 0;
    }
    *ok = 1;
    return off;
}

/* Reference date seen in zone zid. */
static void ref_in_zone(tx *c, const char *zid, int *y, int *m, int *d)
{
    UChar uz[64], own[64];
    UErrorCode st = U_ZERO_ERROR;
    int32_t ol;
    if (c->rz_zid[0] && strcmp(c->rz_zid, zid) == 0) {
        *y = c->rz_y;
        *m = c->rz_m;
        *d = c->rz_d;
        return;
    }
    *y = c->ry;
    *m = c->rm;
    *d = c->rd;
    if (!cal_need(c))
        return;
    ol = ucal_getTimeZoneID(c->cal, own, 64, &st);
    if (U_FAILURE(st) || ol >= 64)
        return;
    ascii_to_uchar(zid, uz, 64);
    ucal_setTimeZone(c->cal, uz, -1, &st);
    ucal_setMillis(c->cal, (UDate)c->ref_ms, &st);
    if (U_SUCCESS(st)) {
        int yy = ucal_get(c->cal, UCAL_YEAR, &st), mm = ucal_get(c->cal, UCAL_MONTH, &st) + 1,
            dd = ucal_get(c->cal, UCAL_DATE, &st);
        if (U_SUCCESS(st)) {
            *y = yy;
            *m = mm;
            *d = dd;
            snprintf(c->rz_zid, sizeof c->rz_zid, "%s", zid);
            c->rz_y = yy;
            c->rz_m = mm;
            c->rz_d = dd;
        }
    }
    st = U_ZERO_ERROR;
    ucal_setTimeZone(c->cal, own, ol, &st);
    if (U_FAILURE(st))
        c->st = st;
}

/* The zone of `waktu setempat` at token range [a,b) of the current
 * paragraph: a country or place the same sentence names (nearest first),
 * else the dateline's zone. Writes into zid (cap 64); 0 when none. */
static int local_zone(tx *c, size_t a, size_t b, char *zid)
{
    const wt_gazetteer *gz = c->p->ctx ? c->p->ctx->gz : NULL;
    size_t lo = a, hi = b, i, best_dist = (size_t)-1;
    const wt_gz_entry *best = NULL;
    /* sentence bounds, at most 60 tokens each way */
    while (lo > 0 && a - lo < 60) {
        int ch = c->k[lo - 1].ch;
        if (ch == '.' || ch == '!' || ch == '?')
            break;
        lo--;
    }
    while (hi < c->n && hi - b < 60) {
        int ch = c->k[hi].ch;
        if (ch == '.' || ch == '!' || ch == '?')
            break;
        hi++;
    }
    if (gz) {
        for (i = lo; i < hi; i++) {
            const wt_gz_entry *e[8];
            size_t ne = 0, len, j;
            if (!(c->t[i].flags & WT_TOK_CAP))
                continue;
            len = wt_gz_match(gz, c->s, c->t, c->n, i, e, 8, &ne);
            if (len == 0)
                continue;
            for (j = 0; j < ne; j++) {
                if ((e[j]->kind == WT_GZ_COUNTRY || e[j]->kind == WT_GZ_PLACE) &&
                    (e[j]->tz || e[j]->iso2)) {
                    size_t dist = i < a ? a - i : i - b;
                    if (dist < best_dist) {
                        best_dist = dist;
                        best = e[j];
                    }
                    break;
                }
            }
            i += len - 1;
        }
    }
    /* a country's zone comes from the data (countries_tz.tsv: the countries
     * whose zones share one standard offset); `waktu setempat` in a country
     * spanning several offsets (US, RU, AU, ID, ...) stays without one
     * unless a place in the sentence pins it */
    if (best && best->tz) {
        snprintf(zid, 64, "%s", best->tz);
        return 1;
    }
    if (c->p->art->dateline.tz) {
        snprintf(zid, 64, "%s", c->p->art->dateline.tz);
        return 1;
    }
    return 0;
}

/* ---- matchers ---------------------------------------------------------- */

/* part of day at i: pagi, malam, dini hari ... ; returns tokens used */
static size_t match_pod(const tx *c, size_t i, int *pod)
{
    if (kw_at(c, i) == K_POD) {
        *pod = c->k[i].val;
        return 1;
    }
    if (kw_at(c, i) == K_DINI && kw_at(c, i + 1) == K_UNIT && c->k[i + 1].val == U_HARI) {
        *pod = P_TNI;
        return 2;
    }
    return 0;
}

/* Token i as the tokenizer keeps letters glued by a hyphen to a number
 * (a hyphen before a digit joins a word: `November-2`, `WIB-09`, `GMT-3`):
 * 1 with the letters folded to lower case in buf (fewer than cap of them)
 * and the 1 to 4 digits after the hyphen, their value in *v and count in
 * *nd; else 0. */
static int word_dash_number(const tx *c, size_t i, char *buf, size_t cap, int *v, size_t *nd)
{
    const wt_token *t;
    size_t k, n = 0;
    if (i >= c->n)
        return 0;
    t = &c->t[i];
    if ((t->flags & (WT_TOK_WORD | WT_TOK_HYPHEN | WT_TOK_MIXED)) !=
        (WT_TOK_WORD | WT_TOK_HYPHEN | WT_TOK_MIXED))
        return 0;
    for (k = t->start; k < t->end && c->s[k] != '-'; k++) {
        char ch = c->s[k];
        if (n + 1 >= cap || !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
            return 0;
        buf[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    buf[n] = '\0';
    if (k >= t->end || t->end - k - 1 < 1 || t->end - k - 1 > 4)
        return 0;
    *nd = t->end - k - 1;
    *v = 0;
    for (k++; k < t->end; k++) {
        if (c->s[k] < '0' || c->s[k] > '9')
            return 0;
        *v = *v * 10 + (c->s[k] - '0');
    }
    return 1;
}

/* zone phrase at i: WIB, WITA, WIT, GMT, waktu setempat, waktu Indonesia
 * [bagian barat|tengah|timur]; returns tokens used */
static size_t match_zone(const tx *c, size_t i, raw *r)
{
    if (kw_at(c, i) == K_ZONE) {
        r->zone = 1;
        r->off = c->k[i].val;
        if (c->k[i].val == 0 && (is_ch(c, i + 1, '+') || is_ch(c, i + 1, '-')) &&
            glued(c, i + 1) && glued(c, i + 2) && is_num(c, i + 2, 4)) {
            /* GMT+7, UTC+8, GMT+07:00, UTC-0300: an offset from GMT */
            int sign = is_ch(c, i + 1, '-') ? -1 : 1, n = c->k[i + 2].num, h = -1, m = 0;
            size_t used = 3;
            if (c->k[i + 2].ndig <= 2) {
                h = n;
                if (is_ch(c, i + 3, ':') && glued(c, i + 3) && glued(c, i + 4) &&
                    i + 4 < c->n && c->k[i + 4].ndig == 2) {
                    m = c->k[i + 4].num;
                    used = 5;
                }
            } else if (c->k[i + 2].ndig == 4) {
                h = n / 100;
                m = n % 100;
            }
            if (h >= 0 && h <= 14 && m < 60) {
                r->off = sign * (h * 60 + m);
                return used;
            }
        }
        return 1;
    }
    {
        /* GMT-3, UTC-0300, GMT-03:00: the tokenizer keeps `GMT-3` as one
         * word */
        char name[8];
        size_t nd;
        int n, h, m = 0;
        if (word_dash_number(c, i, name, sizeof name, &n, &nd) &&
            (strcmp(name, "gmt") == 0 || strcmp(name, "utc") == 0)) {
            if (nd <= 2) {
                h = n;
                if (is_ch(c, i + 1, ':') && glued(c, i + 1) && glued(c, i + 2) &&
                    i + 2 < c->n && c->k[i + 2].ndig == 2) {
                    m = c->k[i + 2].num;
                    if (h <= 14 && m < 60) {
                        r->zone = 1;
                        r->off = -(h * 60 + m);
                        return 3;
                    }
                }
            } else if (nd == 4) {
                h = n / 100;
                m = n % 100;
            } else {
                return 0;
            }
            if (h > 14 || m >= 60)
                return 0;
            r->zone = 1;
            r->off = -(h * 60 + m);
            return 1;
        }
    }
    if (kw_at(c, i) == K_WAKTU && kw_at(c, i + 1) == K_SETEMPAT) {
        r->zone = 2;
        return 2;
    }
    if (kw_at(c, i) == K_WAKTU && kw_at(c, i + 1) == K_INDONESIA) {
        r->zone = 1;
        r->off = 420;
        if (kw_at(c, i + 2) == K_BAGIAN && kw_at(c, i + 3) == K_DIR) {
            r->off = c->k[i + 3].val;
            return 4;
        }
        return 2;
    }
    return 0;
}

/* A range separator at i: `-` (or an en or em dash), `hingga`, `sampai
 * [dengan]`, `s.d.`, `s/d`, `sd`. Returns tokens used. */
static size_t match_sep(const tx *c, size_t i)
{
    const char *w;
    size_t len;
    if (i >= c->n)
        return 0;
    if (c->k[i].ch == '-')
        return 1;
    if (c->k[i].kw == K_HINGGA)
        return i + 1 < c->n && wt_tok_is(c->s, &c->t[i + 1], "dengan") ? 2 : 1;
    /* sd, s.d., s/d: a word of one or two letters that starts with s */
    w = c->s + c->t[i].start;
    len = c->t[i].end - c->t[i].start;
    if (len > 2 || (w[0] | 0x20) != 's')
        return 0;
    if (len == 2)
        return w[0] == 's' && w[1] == 'd';
    if ((is_ch(c, i + 1, '.') || is_ch(c, i + 1, '/')) && glued(c, i + 1) && glued(c, i + 2) &&
        i + 2 < c->n && wt_tok_is(c->s, &c->t[i + 2], "d"))
        return is_ch(c, i + 3, '.') && glued(c, i + 3) ? 4 : 3;
    return 0;
}

/* Token i is a zone glued by a hyphen to the next hour, as the tokenizer
 * keeps `WIB-09` of `pukul 06.00 WIB-09.00 WIB`: 1 with the zone's offset
 * (minutes) and the hour, else 0. */
static int zone_dash_hour(const tx *c, size_t i, int *off, int *hh)
{
    const kwent *hit;
    char buf[8];
    size_t nd;
    int v;
    if (!word_dash_number(c, i, buf, sizeof buf, &v, &nd) || nd > 2)
        return 0;
    hit = kw_find(NULL, 0, buf);
    if (!hit || hit->kw != K_ZONE || v > 24)
        return 0;
    *off = hit->val;
    *hh = v;
    return 1;
}

/* H[.:]MM at i (glued); dot_ok allows the dot form. Returns tokens used. */
static size_t match_hhmm(const tx *c, size_t i, int dot_ok, int *hh, int *mi)
{
    if (!is_num(c, i, 2) || c->k[i].num > 24)
        return 0;
    if ((is_ch(c, i + 1, ':') || (dot_ok && is_ch(c, i + 1, '.'))) && glued(c, i + 1) &&
        glued(c, i + 2) && i + 2 < c->n && c->k[i + 2].ndig == 2 && c->k[i + 2].num <= 59) {
        /* not a longer number such as 10.000.000 */
        if ((is_ch(c, i + 3, '.') || is_ch(c, i + 3, ',') || is_ch(c, i + 3, ':')) &&
            glued(c, i + 3) && is_num(c, i + 4, 9) && glued(c, i + 4))
            return 0;
        *hh = c->k[i].num;
        *mi = c->k[i + 2].num;
        return 3;
    }
    return 0;
}

/* clock at i: `pukul H[.MM][-H.MM] [zone] [pod]`, or with require_pukul == 0
 * a bare `H:MM` (or `H.MM` followed by a zone). Returns the end index. */
static size_t match_clock(const tx *c, size_t i, int require_pukul, raw *r)
{
    size_t j = i, u;
    int hh, mi, pod = 0, pukul = 0;
    if (kw_at(c, j) == K_PUKUL) {
        pukul = 1;
        j++;
    } else if (require_pukul) {
        return 0;
    }
    u = match_hhmm(c, j, 1, &hh, &mi);
    if (u) {
        if (!pukul) {
            /* bare: `10:00`, or `10.00 WIB`; not `3:16` of a verse */
            raw z = {0};
            int zone = match_zone(c, j + 3, &z) != 0;
            if (c->k[j + 1].ch == '.' && !zone)
                return 0;
            if (!zone && c->k[j].ndig != 2)
                return 0;
        }
        j += u;
    } else if (pukul && is_num(c, j, 2) && c->k[j].num <= 24 &&
               !((is_ch(c, j + 1, '.') || is_ch(c, j + 1, ',')) && glued(c, j + 1))) {
        hh = c->k[j].num;
        mi = 0;
        r->hour_only = 1;
        j++;
    } else {
        return 0;
    }
    r->has_clock = 1;
    r->hh = hh;
    r->mi = mi;
    /* a range: 10.00-12.00, 10.00 WIB - 12.00 WIB, 10.00 hingga 12.00,
     * 10.00 WIB sampai dengan pukul 12.00 WIB; a zone on one side is the
     * other's, two different zones make no range */
    {
        raw z1, z2;
        size_t zu, su, k, v;
        int eh, em, zoff;
        memset(&z1, 0, sizeof z1);
        memset(&z2, 0, sizeof z2);
        zu = match_zone(c, j, &z1);
        su = match_sep(c, j + zu);
        if (!zu && zone_dash_hour(c, j, &zoff, &eh) &&
            (is_ch(c, j + 1, '.') || is_ch(c, j + 1, ':')) && glued(c, j + 1) &&
            glued(c, j + 2) && j + 2 < c->n && c->k[j + 2].ndig == 2 &&
            c->k[j + 2].num <= 59) {
            /* 06.00 WIB-09.00 WIB: the zone, the dash and the end's hour in
             * one token */
            size_t zu2 = match_zone(c, j + 3, &z2);
            if (!(zu2 && (z2.zone != 1 || z2.off != zoff)) &&
                eh * 60 + c->k[j + 2].num != hh * 60 + mi) {
                r->has_end = 1;
                r->ehh = eh;
                r->emi = c->k[j + 2].num;
                r->zone = 1;
                r->off = zoff;
                j += 3 + zu2;
            }
            su = 0;
        }
        if (su) {
            k = j + zu + su;
            if (kw_at(c, k) == K_PUKUL)
                k++;
            v = match_hhmm(c, k, 1, &eh, &em);
            if (v) {
                size_t zu2 = match_zone(c, k + v, &z2);
                if (!(zu && zu2 && (z1.zone != z2.zone || z1.off != z2.off)) &&
                    eh * 60 + em != hh * 60 + mi) {
                    r->has_end = 1;
                    r->ehh = eh;
                    r->emi = em;
                    r->zone = zu ? z1.zone : z2.zone;
                    r->off = zu ? z1.off : z2.off;
                    j = k + v + zu2;
                }
            }
        }
    }
    if (!r->zone)
        j += match_zone(c, j, r);
    u = match_pod(c, j, &pod);
    if (u) {
        j += u;
        if ((pod == P_TEV || pod == P_TNI) && r->hh < 12 && r->hh >= 1 &&
            !(pod == P_TNI && r->hh <= 4)) {
            r->hh += 12;
            if (r->has_end && r->ehh < 12)
                r->ehh += 12;
        }
    }
    /* its day after it: pukul 10.39 WIB tadi, pukul 19.30 WIB malam ini,
     * pukul 10.00 WIB kemarin (`ini` only after a part of the day) */
    {
        int kw = kw_at(c, j);
        if (kw == K_TADI && kw_at(c, j + 1) != K_POD) {
            r->has_cdrel = 1;
            r->cdrel = 0;
            j++;
        } else if (u && kw == K_INI) {
            r->has_cdrel = 1;
            r->cdrel = 0;
            j++;
        } else if (kw == K_KEMARIN || kw == K_BESOK || kw == K_LUSA) {
            r->has_cdrel = 1;
            r->cdrel = kw == K_KEMARIN ? -1 : kw == K_BESOK ? 1 : 2;
            j++;
        } else if (kw == K_UNIT && c->k[j].val == U_HARI && kw_at(c, j + 1) == K_INI) {
            r->has_cdrel = 1;
            r->cdrel = 0;
            j += 2;
        }
    }
    if (r->hh > 23)
        return 0;
    return j;
}

/* d/m[/y] at i, all glued. Returns tokens used, 0 when none. */
static size_t match_dmy(const tx *c, size_t i, int *d, int *m, int *y)
{
    if (!is_num(c, i, 2) || c->k[i].num < 1 || c->k[i].num > 31)
        return 0;
    if (!is_ch(c, i + 1, '/') || !glued(c, i + 1) || !glued(c, i + 2) || !is_num(c, i + 2, 2) ||
        c->k[i + 2].num < 1 || c->k[i + 2].num > 12)
        return 0;
    *d = c->k[i].num;
    *m = c->k[i + 2].num;
    *y = 0;
    if (is_ch(c, i + 3, '/') && glued(c, i + 3) && glued(c, i + 4) && i + 4 < c->n &&
        c->k[i + 4].num >= 0) {
        if (c->k[i + 4].ndig == 4)
            *y = c->k[i + 4].num;
        else if (c->k[i + 4].ndig == 2)
            *y = 2000 + c->k[i + 4].num;
        else
            return 0;
        return 5;
    }
    return 3;
}

/* optional trailing deictic: ini, kemarin, lalu, yang lalu, esok, depan,
 * mendatang, nanti */
static size_t match_deictic(const tx *c, size_t i, int *cue)
{
    switch (kw_at(c, i)) {
    case K_INI: *cue = CUE_INI; return 1;
    case K_KEMARIN:
    case K_LALU: *cue = CUE_PAST; return 1;
    case K_BESOK:
    case K_DEPAN:
    case K_NANTI: *cue = CUE_FUTURE; return 1;
    case K_YANG:
        if (kw_at(c, i + 1) == K_LALU) {
            *cue = CUE_PAST;
            return 2;
        }
        return 0;
    default: return 0;
    }
}

/* a year at i that stands as a year (not a count, not glued to other
 * digits or slashes) */
static int year_ok(const tx *c, size_t i)
{
    if (!is_year_num(c, i))
        return 0;
    if (i > 0 && glued(c, i)) {
        int ch = c->k[i - 1].ch;
        if (ch == '/' || ch == '.' || ch == ',' || ch == ':' || ch == '-' || ch == '$' ||
            c->k[i - 1].kw == K_COUNTUNIT)
            return 0;
    }
    if (i + 1 < c->n && glued(c, i + 1)) {
        int ch = c->k[i + 1].ch;
        if ((ch == '/' || ch == '.' || ch == ',') && is_num(c, i + 2, 9) && glued(c, i + 2) &&
            !(ch == '/' && c->k[i + 2].num == c->k[i].num + 1))
            return 0; /* 2.024.000, 2023/11; but 2023/2024 is a span of years */
        if (ch == ':' && glued(c, i + 2) && i + 2 < c->n && c->k[i + 2].ndig == 2)
            return 0; /* 2022:30, a clock-like number; `2022:1.` is a list label */
        if (ch == '%')
            return 0;
    }
    if (kw_at(c, i + 1) == K_COUNTUNIT || is_ch(c, i + 1, '%'))
        return 0;
    if (i > 0 && c->k[i - 1].kw == K_COUNTUNIT)
        return 0; /* Rp 2024 */
    {
        size_t b = i > 3 ? i - 3 : 0, q;
        for (q = b; q < i; q++)
            if (c->k[q].kw == K_COPY || (c->s[c->t[q].start] == '\xc2' &&
                                         c->t[q].end - c->t[q].start == 2 &&
                                         c->s[c->t[q].start + 1] == '\xa9'))
                return 0; /* COPYRIGHT (c) ANTARA 2023 */
    }
    /* Nomor 7 Tahun 2021 */
    if (i >= 3 && kw_at(c, i - 1) == K_UNIT && c->k[i - 1].val == U_TAHUN &&
        is_num(c, i - 2, 9)) {
        if (kw_at(c, i - 3) == K_NOMOR)
            return 0;
        if (i >= 4 && is_ch(c, i - 3, '.') && kw_at(c, i - 4) == K_NOMOR)
            return 0;
    }
    return 1;
}

/* a bare year inside a proper name: China Masters 2023 */
static int year_in_name(const tx *c, size_t i)
{
    size_t w;
    if (i < 2)
        return 0;
    w = i - 1;
    if (!(c->t[w].flags & WT_TOK_WORD) || !(c->t[w].flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)))
        return 0;
    if (c->k[w].kw != K_NONE && c->k[w].kw != K_INDONESIA && c->k[w].kw != K_COUNTUNIT)
        return 0; /* month, Tahun, generic event nouns ... */
    if (!(c->t[w - 1].flags & WT_TOK_WORD) ||
        !(c->t[w - 1].flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)))
        return 0;
    return 1;
}

/* setiap/tiap/per/selama just before i (or before `hari`/`bulan` before i):
 * a frequency or duration, not a time */
static int prev_blocks(const tx *c, size_t i)
{
    if (i > 1 && c->k[i - 1].kw == K_UNIT &&
        (c->k[i - 1].val == U_HARI || c->k[i - 1].val == U_BULAN))
        i--;
    return i > 0 && c->k[i - 1].kw == K_FREQ;
}

/* `setiap`/`tiap` (not `per`: `per 1 Januari` is a date) just before i:
 * what follows recurs (`setiap 1 Mei`, `setiap tanggal 29 November`) */
static int every_before(const tx *c, size_t i)
{
    return i > 0 && c->k[i - 1].kw == K_FREQ && c->k[i - 1].val == 0 &&
           !wt_tok_is(c->s, &c->t[i - 1], "per");
}

/* tail shared by dated expressions: [pod] [deictic] [clock] [zone] */
static size_t match_tail(const tx *c, size_t j, raw *r)
{
    size_t u, e;
    int cue = CUE_NONE;
    u = match_pod(c, j, &r->pod);
    j += u;
    u = match_deictic(c, j, &cue);
    if (u) {
        j += u;
        if (r->cue == CUE_NONE)
            r->cue = cue;
    }
    if (!r->pod) {
        u = match_pod(c, j, &r->pod);
        j += u;
    }
    /* `Minggu dini hari sekitar pukul 02.30 WIB`: an `about` before the
     * hour of the same day */
    if (j + 1 < c->n && kw_at(c, j + 1) == K_PUKUL &&
        (wt_tok_is(c->s, &c->t[j], "sekitar") || wt_tok_is(c->s, &c->t[j], "sekira")))
        e = match_clock(c, j + 1, 0, r);
    else
        e = match_clock(c, j, 0, r);
    if (e) {
        r->pod = 0;
        j = e;
    }
    if (!r->zone)
        j += match_zone(c, j, r);
    return j;
}

/* A day of the month at i followed by a month name: its day, else 0. */
static int day_month_at(const tx *c, size_t i)
{
    if (!is_num(c, i, 2) || c->k[i].num < 1 || c->k[i].num > 31 ||
        (kw_at(c, i + 1) != K_MONTH && kw_at(c, i + 1) != K_MONABBR))
        return 0;
    return c->k[i].num;
}

/* Token i is a month name glued by a hyphen to a day, as the tokenizer
 * keeps `November-2` of `28 November-2 Desember` (a hyphen before a digit
 * joins a word): 1 with the month and the day, else 0. */
static int month_dash_day(const tx *c, size_t i, int *m, int *d)
{
    const kwent *hit;
    char buf[16];
    size_t nd;
    int v;
    if (!word_dash_number(c, i, buf, sizeof buf, &v, &nd) || nd > 2)
        return 0;
    hit = kw_find(NULL, 0, buf);
    if (!hit || (hit->kw != K_MONTH && hit->kw != K_MONABBR) || v < 1 || v > 31)
        return 0;
    *m = hit->val;
    *d = v;
    return 1;
}

/* After a date D MONTH [YEAR] ending at j (r holds it): `SEP D2 MONTH2
 * [YEAR2]`, the end of a range of days across months (`28 November - 2
 * Desember 2023`, `18 Desember 2023 hingga 8 Januari 2024`). Sets the end
 * in r and returns the tokens used, or 0. */
static size_t match_day_range_end(const tx *c, size_t j, raw *r)
{
    size_t u = match_sep(c, j), k;
    int ed, em, ey = 0;
    if (!u || !(ed = day_month_at(c, j + u)))
        return 0;
    em = c->k[j + u + 1].val;
    k = j + u + 2;
    if (year_ok(c, k)) {
        ey = c->k[k].num;
        k++;
    }
    if (!valid_date(ey ? ey : 2000, em, ed) || (r->y && ey && ey < r->y) ||
        (r->y && ey == r->y && (em < r->m || (em == r->m && ed <= r->d))) ||
        (!r->y && !ey && em == r->m && ed <= r->d))
        return 0;
    r->has_rend = 1;
    r->ed = ed;
    r->em = em;
    r->ey = ey;
    return k - j;
}

/* [hari] DAYNAME [pod] [,] [(d/m[/y]) | d MONTH [y]], without the tail:
 * the end index, 0 when none; first: not the second day of a range */
static size_t dayname_core(const tx *c, size_t i, raw *r, int first)
{
    size_t j = i, u, save;
    int hari = 0, date_follows;
    if (kw_at(c, j) == K_UNIT && c->k[j].val == U_HARI && kw_at(c, j + 1) == K_DAY) {
        hari = 1;
        j++;
    }
    if (kw_at(c, j) != K_DAY || prev_blocks(c, i))
        return 0;
    if (i > 0 && (c->k[i - 1].num >= 0 || c->k[i - 1].kw == K_NUMW))
        return 0; /* 3 minggu */
    if (first && i > 1 && (is_ch(c, i - 1, '-') || kw_at(c, i - 1) == K_HINGGA) &&
        kw_at(c, i - 2) == K_DAY)
        return 0; /* the end of a range of weekdays whose start was not taken
                   * (setiap Senin-Kamis) */
    date_follows = (is_ch(c, j + 1, '(') && is_num(c, j + 2, 2)) ||
                   (is_ch(c, j + 1, ',') && (is_num(c, j + 2, 2) || is_ch(c, j + 2, '('))) ||
                   is_num(c, j + 1, 2);
    if (c->k[j].val == 7 && !hari && !date_follows) {
        /* Minggu: the day, or the week (minggu lalu / Minggu ini at the
         * start of a sentence) */
        int after = kw_at(c, j + 1);
        int cap = (c->t[j].flags & WT_TOK_CAP) != 0;
        int prev_day = i > 0 && (c->k[i - 1].kw == K_PADA || c->k[i - 1].ch == ',');
        if (!cap && !prev_day)
            return 0;
        if (after == K_LALU || after == K_DEPAN || after == K_INI) {
            if (!cap || sentence_initial(c, j))
                return 0;
        }
    }
    r->kind = R_DAYNAME;
    r->dow = c->k[j].val;
    j++;
    j += match_pod(c, j, &r->pod);
    save = j;
    if (is_ch(c, j, ','))
        j++;
    if (is_ch(c, j, '(')) {
        u = match_dmy(c, j + 1, &r->d, &r->m, &r->y);
        if (u && is_ch(c, j + 1 + u, ')'))
            j += u + 2;
        else
            j = save;
    } else if (is_num(c, j, 2) && c->k[j].num >= 1 && c->k[j].num <= 31 &&
               (kw_at(c, j + 1) == K_MONTH || kw_at(c, j + 1) == K_MONABBR ||
                (is_ch(c, j + 1, '-') && is_num(c, j + 2, 2) && c->k[j + 2].num >= 1 &&
                 c->k[j + 2].num <= 31 &&
                 (kw_at(c, j + 3) == K_MONTH || kw_at(c, j + 3) == K_MONABBR)))) {
        /* Sabtu, 13 Januari 2024 ; Sabtu, 21-22 September 2019 (a range
         * valued at its start) */
        r->d = c->k[j].num;
        if (is_ch(c, j + 1, '-')) {
            if (c->k[j + 2].num > r->d) {
                r->has_rend = 1;
                r->ed = c->k[j + 2].num;
            }
            j += 2;
        }
        r->m = c->k[j + 1].val;
        r->em = r->m;
        j += 2;
        if (year_ok(c, j)) {
            r->y = c->k[j].num;
            r->ey = r->y;
            j++;
        }
        if (r->has_rend && !valid_date(r->y ? r->y : 2000, r->m, r->ed))
            r->has_rend = 0;
        if (!r->has_rend)
            j += match_day_range_end(c, j, r);
    } else {
        j = save;
    }
    if (r->d && !valid_date(r->y ? r->y : 2000, r->m, r->d))
        return 0;
    return j;
}

/* the tail of a day name's expression at j (0: none); 0 when a frequency
 * follows (hari Selasa setiap dua minggu sekali) */
static size_t dayname_tail(const tx *c, size_t j, raw *r)
{
    j = match_tail(c, j, r);
    if (kw_at(c, j) == K_FREQ && c->k[j].val == 0)
        return 0;
    return j;
}

/* a day name's expression [SEP DAYNAME2 ...] tail (dayname_core) */
static size_t match_dayname(const tx *c, size_t i, raw *r)
{
    size_t j = dayname_core(c, i, r, 1);
    if (!j)
        return 0;
    if (!r->has_rend && !r->pod) {
        /* Sabtu (2/4/2022) hingga Minggu (3/4/2022), Senin, 28 Maret 2022
         * sampai dengan Sabtu, 02 April 2022: a range of dated days;
         * Sabtu-Minggu, Senin sampai Jumat: of weekdays. The second day's
         * tail (a part of the day, a clock) is left out of the value. */
        size_t su = match_sep(c, j), k = j + su, e = 0;
        raw r2;
        memset(&r2, 0, sizeof r2);
        if (su && (kw_at(c, k) == K_DAY || (kw_at(c, k) == K_UNIT && c->k[k].val == U_HARI &&
                                            kw_at(c, k + 1) == K_DAY)) &&
            (e = dayname_core(c, k, &r2, 0)) != 0)
            e = dayname_tail(c, e, &r2);
        if (e && !r2.has_rend && (r->d != 0) == (r2.d != 0) && (r->d || r2.dow != r->dow)) {
            if (r->d) {
                r->has_rend = 1;
                r->ed = r2.d;
                r->em = r2.m;
                r->ey = r2.y;
            } else {
                size_t b = i;
                r->dow2 = r2.dow;
                /* recurring: `setiap`/`tiap` or `hari kerja` before */
                if (b > 0 && c->k[b - 1].kw == K_FREQ && c->k[b - 1].val == 0)
                    r->generic = 1;
                if (b > 1 && wt_tok_is(c->s, &c->t[b - 1], "kerja") &&
                    kw_at(c, b - 2) == K_UNIT && c->k[b - 2].val == U_HARI)
                    r->generic = 1;
            }
            if (r->cue == CUE_NONE)
                r->cue = r2.cue;
            return e;
        }
    }
    return dayname_tail(c, j, r);
}

/* [tanggal] D [SEP D2] MONTH [YEAR] [SEP D3 MONTH3 [YEAR3]] tail: a range
 * of days is valued at its start, with its end in has_rend/ed/em/ey */
static size_t match_date(const tx *c, size_t i, raw *r)
{
    size_t j = i, u;
    if (kw_at(c, j) == K_TANGGAL)
        j++;
    if (!is_num(c, j, 2) || c->k[j].num < 1 || c->k[j].num > 31)
        return 0;
    if (i > 0 && kw_at(c, i - 1) == K_NAMEPFX)
        return 0;
    r->d = c->k[j].num;
    j++;
    {
        /* 28 November-2 Desember [2023]: the month and the end's day in
         * one token */
        int gm, gd;
        if (month_dash_day(c, j, &gm, &gd) &&
            (kw_at(c, j + 1) == K_MONTH || kw_at(c, j + 1) == K_MONABBR)) {
            r->m = gm;
            r->has_rend = 1;
            r->ed = gd;
            r->em = c->k[j + 1].val;
            j += 2;
            if (year_ok(c, j)) {
                r->ey = c->k[j].num;
                j++;
            }
            if (!valid_date(2000, r->m, r->d) || !valid_date(r->ey ? r->ey : 2000, r->em, r->ed) ||
                r->em == r->m)
                return 0;
            r->kind = R_DATE;
            return match_tail(c, j, r);
        }
    }
    u = match_sep(c, j);
    if (u && day_month_at(c, j + u)) {
        /* 17-23 Desember: a dash always joins them (as before, valued at
         * the start when the days do not rise); a word only rising days */
        int ed = c->k[j + u].num;
        if (ed > r->d) {
            r->has_rend = 1;
            r->ed = ed;
            j += u + 1;
        } else if (is_ch(c, j, '-')) {
            j += u + 1;
        }
    }
    if (kw_at(c, j) != K_MONTH && kw_at(c, j) != K_MONABBR)
        return 0;
    r->m = c->k[j].val;
    r->em = r->m;
    j++;
    if (year_ok(c, j)) {
        r->y = c->k[j].num;
        r->ey = r->y;
        j++;
    }
    if (!r->y && (every_before(c, i) ||
                  (i > 1 && kw_at(c, i - 1) == K_TANGGAL && every_before(c, i - 1))))
        return 0; /* a yearly day, no date */
    if (!valid_date(r->y ? r->y : 2000, r->m, r->d) ||
        (r->has_rend && !valid_date(r->y ? r->y : 2000, r->m, r->ed)))
        return 0;
    if (!r->has_rend)
        j += match_day_range_end(c, j, r);
    r->kind = R_DATE;
    return match_tail(c, j, r);
}

/* [tanggal] d/m/y, or d/m between brackets */
static size_t match_numdate(const tx *c, size_t i, raw *r)
{
    size_t j = i, u;
    if (kw_at(c, j) == K_TANGGAL)
        j++;
    u = match_dmy(c, j, &r->d, &r->m, &r->y);
    if (!u)
        return 0;
    if (i > 0 && glued(c, i) && c->k[i - 1].ch != '(')
        return 0; /* SK-341/12/2023 */
    if (!r->y && !(j > 0 && is_ch(c, j - 1, '(') && is_ch(c, j + u, ')')))
        return 0;
    if (is_ch(c, j + u, '/') && glued(c, j + u))
        return 0;
    if (!valid_date(r->y ? r->y : 2000, r->m, r->d))
        return 0;
    r->kind = R_DATE;
    j += u;
    if (!r->y)
        return j; /* (14/4): just the date */
    return match_tail(c, j, r);
}

/* [bulan] [awal|pertengahan|akhir [bulan]] MONTH [YEAR] [deictic] */
static size_t match_month(const tx *c, size_t i, raw *r)
{
    size_t j = i;
    int pre = 0, cue = CUE_NONE;
    if (prev_blocks(c, i))
        return 0;
    if (i > 0 && is_num(c, i - 1, 2) &&
        (every_before(c, i - 1) ||
         (i > 1 && kw_at(c, i - 2) == K_TANGGAL && every_before(c, i - 2))))
        return 0; /* the month of a yearly day (setiap 1 Mei) */
    if (kw_at(c, j) == K_MOD) {
        pre = 1;
        r->part = c->k[j].val;
        j++;
    }
    if (kw_at(c, j) == K_UNIT && c->k[j].val == U_BULAN) {
        pre = 1;
        j++;
    }
    if (kw_at(c, j) == K_MONTH) {
        if (!pre && !(c->t[j].flags & WT_TOK_CAP))
            return 0;
    } else if (kw_at(c, j) == K_MONABBR) {
        if (!year_ok(c, j + 1))
            return 0;
    } else {
        return 0;
    }
    r->kind = R_MONTH;
    r->m = c->k[j].val;
    j++;
    if (year_ok(c, j)) {
        r->y = c->k[j].num;
        j++;
    }
    {
        /* Januari hingga November 2023, Januari-Maret 2024, April 2021
         * hingga Januari 2022: a range of months valued at its start */
        size_t u = match_sep(c, j), k = j + u;
        if (u && (kw_at(c, k) == K_MONTH || (kw_at(c, k) == K_MONABBR && year_ok(c, k + 1)))) {
            int em = c->k[k].val, ey = year_ok(c, k + 1) ? c->k[k + 1].num : 0;
            if (!(r->y && ey && (ey < r->y || (ey == r->y && em <= r->m))) &&
                !(!r->y && !ey && em <= r->m)) {
                r->has_rend = 1;
                r->em = em;
                r->ey = ey;
                j = k + 1 + (ey != 0);
            }
        }
        if (r->y || r->has_rend) {
            j += match_deictic(c, j, &cue);
            r->cue = cue;
            return j;
        }
    }
    if (kw_at(c, j) == K_UNIT && c->k[j].val == U_TAHUN) {
        size_t u = match_deictic(c, j + 1, &cue);
        if (u) {
            r->has_yrel = 1;
            r->yrel = cue == CUE_PAST ? -1 : cue == CUE_FUTURE ? 1 : 0;
            return j + 1 + u;
        }
    }
    j += match_deictic(c, j, &cue);
    r->cue = cue;
    return j;
}

/* [tahun|era|awal|akhir|pertengahan [tahun]] YYYY[-an][-YYYY] [deictic] */
/* `kuartal III 2023`, `triwulan pertama 2019`, `semester I tahun 2025`,
 * `kuartal ketiga tahun ini`: a quarter or half of a year, numbered by a
 * Roman numeral, a digit or an ordinal word; the year written or said
 * relative to the reference (`tahun ini/lalu/depan`). Returns the end or 0. */
static size_t match_period(const tx *c, size_t i, raw *r)
{
    static const char *const roman[] = {"I", "II", "III", "IV", NULL};
    size_t j = i + 1, q;
    int len = c->k[i].val, n = 0, cue = CUE_NONE;
    if (j >= c->n)
        return 0;
    for (q = 0; roman[q]; q++)
        if (wt_tok_eq(c->s, &c->t[j], roman[q]))
            n = (int)q + 1;
    if (!n && is_num(c, j, 1) && !glued(c, j))
        n = c->k[j].num;
    if (!n && kw_at(c, j) == K_ORD)
        n = c->k[j].val;
    if (n < 1 || n > 12 / len)
        return 0;
    j++;
    if (kw_at(c, j) == K_UNIT && c->k[j].val == U_TAHUN) {
        size_t u = match_deictic(c, j + 1, &cue);
        if (u && (cue == CUE_PAST || cue == CUE_FUTURE || cue == CUE_INI)) {
            r->has_yrel = 1;
            r->yrel = cue == CUE_PAST ? -1 : cue == CUE_FUTURE ? 1 : 0;
            j += 1 + u;
            goto done;
        }
        j++;
    }
    if (!year_ok(c, j))
        return 0;
    r->y = c->k[j].num;
    j++;
done:
    r->kind = R_PERIOD;
    r->m = len;
    r->d = n;
    return j;
}

static size_t match_year(const tx *c, size_t i, raw *r)
{
    size_t j = i;
    int pre = 0, cue = CUE_NONE;
    if (kw_at(c, j) == K_PERIOD)
        return match_period(c, i, r);
    if (kw_at(c, j) == K_MOD || kw_at(c, j) == K_ERA) {
        pre = 1;
        j++;
    }
    if (kw_at(c, j) == K_UNIT && c->k[j].val == U_TAHUN) {
        pre = 1;
        j++;
    }
    if (pre && j < c->n && kw_at(c, j - 1) == K_UNIT &&
        (wt_tok_is(c->s, &c->t[j], "sidang") ||
                                             wt_tok_is(c->s, &c->t[j], "anggaran") ||
                                             wt_tok_is(c->s, &c->t[j], "ajaran")))
        j++; /* Tahun Sidang 2022-2023, tahun anggaran 2024 */
    if (!year_ok(c, j))
        return 0;
    if (!pre && year_in_name(c, j))
        return 0;
    if (!pre && j > 0 && kw_at(c, j - 1) == K_UNIT && c->k[j - 1].val == U_TAHUN)
        return 0; /* `Tahun 2023` was tried from `Tahun` and rejected (a name) */
    if (pre && j == i + 1 && kw_at(c, i) == K_UNIT && year_in_name(c, i))
        return 0; /* `Piala Dunia Tahun 2022`: part of a name */
    r->y = c->k[j].num;
    r->kind = R_YEAR;
    j++;
    if (is_ch(c, j, '-') && glued(c, j) && kw_at(c, j + 1) == K_NONE && glued(c, j + 1) &&
        c->t[j + 1].end - c->t[j + 1].start == 2 && wt_tok_is(c->s, &c->t[j + 1], "an")) {
        r->kind = R_DECADE;
        return j + 2;
    }
    {
        /* 2022-2023, 2023/2024, 2020 hingga 2023, 2019 sampai tahun 2024: a
         * range of years valued at the start, with its end; `/` only glued
         * (a season, an academic year) */
        size_t u = is_ch(c, j, '/') && glued(c, j) ? 1 : match_sep(c, j), k = j + u;
        if (u && kw_at(c, k) == K_UNIT && c->k[k].val == U_TAHUN && !is_ch(c, j, '-'))
            k++;
        if (u && (is_ch(c, j, '/') ? glued(c, k) : 1) && is_year_num(c, k) &&
            c->k[k].num > r->y && kw_at(c, k + 1) != K_COUNTUNIT && !is_ch(c, k + 1, '%') &&
            !((is_ch(c, k + 1, '.') || is_ch(c, k + 1, ',')) && glued(c, k + 1) &&
              is_num(c, k + 2, 9) && glued(c, k + 2))) {
            r->has_rend = 1;
            r->ey = c->k[k].num;
            j = k + 1;
        } else if (u && is_ch(c, j, '-') && glued(c, j) && glued(c, j + 1) &&
                   is_year_num(c, j + 1)) {
            j += 2; /* 2023-2021: one expression as before, no end */
        }
    }
    j += match_deictic(c, j, &cue);
    r->cue = cue;
    return j;
}

/* number of N-unit expressions at i: digits or number words */
static int number_at(const tx *c, size_t i, int *v)
{
    if (is_num(c, i, 3) && !glued(c, i + 1)) {
        *v = c->k[i].num;
        return 1;
    }
    if (kw_at(c, i) == K_NUMW) {
        *v = c->k[i].val;
        return 1;
    }
    return 0;
}

/* relative expressions */
static size_t match_rel(const tx *c, size_t i, raw *r)
{
    size_t j = i, u;
    int nv, unit = 0, kw = kw_at(c, i);
    /* N UNIT [yang] lalu ; seUNIT [yang] lalu */
    if (number_at(c, i, &nv) && kw_at(c, i + 1) == K_UNIT) {
        unit = c->k[i + 1].val;
        j = i + 2;
    } else if (number_at(c, i, &nv) && kw_at(c, i + 1) == K_DAY && c->k[i + 1].val == 7) {
        unit = U_MINGGU;
        j = i + 2;
    } else if (kw == K_SE) {
        nv = 1;
        unit = c->k[i].val;
        j = i + 1;
    }
    if (unit) {
        if (prev_blocks(c, i))
            return 0;
        if (kw_at(c, j) == K_YANG && kw_at(c, j + 1) == K_LALU)
            j++;
        if (kw_at(c, j) != K_LALU)
            return 0;
        j++;
        switch (unit) {
        case U_HARI: r->kind = R_DAYREL; r->n = -nv; break;
        case U_PEKAN:
        case U_MINGGU: r->kind = R_WEEKREL; r->n = -nv; break;
        case U_BULAN: r->kind = R_MONTHREL; r->n = -nv; break;
        case U_TAHUN: r->kind = R_YEARREL; r->n = -nv; break;
        case U_JAM: r->kind = R_MINREL; r->n = -60 * nv; break;
        case U_MENIT: r->kind = R_MINREL; r->n = -nv; break;
        default: return 0;
        }
        return j;
    }
    if (kw == K_KEMARIN) {
        r->kind = R_DAYREL;
        r->n = -1;
        j = i + 1;
        if (kw_at(c, j) == K_LUSA) {
            r->n = -2;
            j++;
        }
        j += match_pod(c, j, &r->pod);
        return j;
    }
    if (kw == K_BESOK) {
        r->kind = R_DAYREL;
        r->n = 1;
        j = i + 1;
        if (kw_at(c, j) == K_UNIT && c->k[j].val == U_HARI)
            j++;
        if (kw_at(c, j) == K_LUSA) {
            r->n = 2;
            j++;
        }
        j += match_pod(c, j, &r->pod);
        return j;
    }
    if (kw == K_LUSA) {
        r->kind = R_DAYREL;
        r->n = 2;
        return i + 1 + match_pod(c, i + 1, &r->pod);
    }
    if (kw == K_UNIT && c->k[i].val == U_HARI && kw_at(c, i + 1) == K_INI &&
        !(i > 0 && (c->k[i - 1].num >= 0 || c->k[i - 1].kw == K_NUMW))) { /* not `48 hari ini` */
        r->kind = R_DAYREL;
        r->n = 0;
        j = i + 2;
        if (is_ch(c, j, '(')) {
            raw t = {0};
            u = match_dmy(c, j + 1, &t.d, &t.m, &t.y);
            if (u && is_ch(c, j + 1 + u, ')') &&
                valid_date(t.y ? t.y : 2000, t.m, t.d)) {
                r->kind = R_DATE;
                r->d = t.d;
                r->m = t.m;
                r->y = t.y;
                j += u + 2;
            }
        }
        return j;
    }
    if (kw == K_POD && kw_at(c, i + 1) == K_INI) {
        r->kind = R_DAYREL;
        r->n = 0;
        r->pod = c->k[i].val;
        return i + 2;
    }
    if (kw == K_SEMALAM || (kw == K_TADI && kw_at(c, i + 1) == K_POD)) {
        r->kind = R_DAYREL;
        r->pod = kw == K_SEMALAM ? P_TNI : c->k[i + 1].val;
        r->n = (r->pod == P_TNI && c->has_ref && c->rhh < 18) ? -1 : 0;
        return i + (kw == K_SEMALAM ? 1 : 2);
    }
    /* [awal|akhir|pertengahan|paruh kedua] (pekan|minggu|bulan|tahun) deictic */
    j = i;
    {
        int mod = 0, cue = CUE_NONE;
        if (kw == K_MOD) {
            mod = c->k[i].val;
            j++;
        } else if (kw == K_PARUH && kw_at(c, i + 1) == K_ORD) {
            mod = 4;
            j += 2;
        }
        if (kw_at(c, j) == K_UNIT) {
            unit = c->k[j].val;
        } else if (kw_at(c, j) == K_DAY && c->k[j].val == 7) {
            unit = U_MINGGU;
        } else {
            return 0;
        }
        if (unit != U_PEKAN && unit != U_MINGGU && unit != U_BULAN && unit != U_TAHUN)
            return 0;
        if (i > 0 && (c->k[i - 1].num >= 0 || c->k[i - 1].kw == K_NUMW ||
                      (c->k[i - 1].kw == K_FREQ && c->k[i - 1].val == 0)))
            return 0;
        j++;
        u = match_deictic(c, j, &cue);
        if (u && cue == CUE_PAST && kw_at(c, j) == K_KEMARIN)
            u = 0;
        if (!u) {
            /* `akhir tahun` alone: this year */
            if (mod && unit == U_TAHUN) {
                r->kind = R_YEARREL;
                r->n = 0;
                return j;
            }
            return 0;
        }
        j += u;
        r->n = cue == CUE_PAST ? -1 : cue == CUE_FUTURE ? 1 : 0;
        switch (unit) {
        case U_PEKAN:
        case U_MINGGU: r->kind = (mod == 3) ? R_WEEKENDREL : R_WEEKREL; break;
        case U_BULAN: r->kind = R_MONTHREL; break;
        default: r->kind = R_YEARREL; break;
        }
        return j;
    }
}

/* [awal|akhir|pertengahan] [D] HIJRI-MONTH YYYY [H|hijriah]: 1 Ramadhan
 * 1443 H. The year (1300..1599) is required, so a bare `Ramadan` is not a
 * time. */
static size_t match_hijri(const tx *c, size_t i, raw *r)
{
    size_t j = i;
    if (kw_at(c, j) == K_MOD)
        j++;
    if (is_num(c, j, 2) && c->k[j].num >= 1 && c->k[j].num <= 30 && kw_at(c, j + 1) == K_HIJRI)
        j++;
    if (kw_at(c, j) != K_HIJRI || !is_num(c, j + 1, 4) || c->k[j + 1].num < 1300 ||
        c->k[j + 1].num > 1599)
        return 0;
    j += 2;
    if (kw_at(c, j) == K_HIJRIY)
        j++;
    r->kind = R_HIJRI;
    return j;
}

/* bare clock: `pukul ...`, `10:00`, or `21.30` after `hingga` following a
 * clock */
static size_t match_bare_clock(const tx *c, size_t i, raw *r)
{
    size_t e = match_clock(c, i, 0, r);
    if (!e && c->last_clock_end != (size_t)-1 && i >= 1 && c->last_clock_end == i - 1 &&
        kw_at(c, i - 1) == K_HINGGA) {
        int hh, mi;
        size_t u = match_hhmm(c, i, 1, &hh, &mi);
        if (u) {
            r->has_clock = 1;
            r->hh = hh;
            r->mi = mi;
            e = i + u;
            e += match_zone(c, e, r);
        }
    }
    if (e)
        r->kind = R_CLOCK;
    return e;
}

/* ---- resolution ------------------------------------------------------------ */

static const char *pod_name(int pod)
{
    switch (pod) {
    case P_TMO: return "TMO";
    case P_TAF: return "TAF";
    case P_TEV: return "TEV";
    case P_TNI: return "TNI";
    default: return "";
    }
}

typedef struct outv {
    char value[48], end_value[48], rel[40];
    int has_value, has_end, has_rel, gran, anchored;
} outv;

static void put_clock(char *buf, size_t cap, int y, int m, int d, int hh, int mi, int off,
                      int has_off)
{
    char ob[12] = "";
    if (has_off)
        fmt_offset(ob, sizeof ob, off);
    fmt_ymd(buf, cap, y, m, d, hh, mi, 0, ob);
}

/* Does a future cue stand just before token i (akan/besok/nanti within 3
 * tokens, same clause)? */
static int future_before(const tx *c, size_t i)
{
    size_t k, lim = i > 3 ? i - 3 : 0;
    for (k = i; k > lim; k--) {
        int kw = c->k[k - 1].kw, ch = c->k[k - 1].ch;
        if (ch == '.' || ch == ',' || ch == ';')
            return 0;
        if (kw == K_AKAN || kw == K_BESOK || kw == K_NANTI)
            return 1;
    }
    return 0;
}

/* Year for a year-less month or day (d = 0 for a month). Without a cue it
 * is the reference's year: in the dev gold that is right for past narration
 * (`pada Juli` written in December) and for plans within the year
 * (`September` written in April) alike. `lalu` moves a later date to the
 * year before, `depan`/`mendatang`/`esok` an earlier one to the year after. */
static int pick_year(int ry, int rm, int rd, int m, int d, int cue)
{
    int after = m > rm || (m == rm && d > rd);   /* later in the year than the ref */
    int before = m < rm || (m == rm && d < rd);
    if (d == 0) {
        after = m > rm;
        before = m < rm;
    }
    if (cue == CUE_PAST)
        return (before || (d && !after)) ? ry : ry - 1;
    if (cue == CUE_FUTURE)
        return (after || (d && !before)) ? ry : ry + 1;
    return ry;
}

/* A bare clock followed by its day: `sekitar pukul 10.30 WIB, Rabu
 * (16/10)`, `mulai pukul 13.00 WIB hingga pukul 17.00 WIB, Selasa
 * (24/3/2020)`. j is the token after the clock. Sets the day of the date
 * after the comma (its year resolved as resolve() will resolve that date)
 * and returns 1; 0 when no dated day follows. */
static int clock_day_after(tx *c, size_t j, int *y, int *m, int *d, int *anchored)
{
    raw r2;
    size_t e;
    int yy;
    if (kw_at(c, j) == K_HINGGA) {
        int hh, mi;
        size_t u, k = j + 1;
        if (kw_at(c, k) == K_PUKUL)
            k++;
        u = match_hhmm(c, k, 1, &hh, &mi);
        if (!u)
            return 0;
        k += u;
        memset(&r2, 0, sizeof r2);
        j = k + match_zone(c, k, &r2);
    }
    if (!is_ch(c, j, ','))
        return 0;
    j++;
    memset(&r2, 0, sizeof r2);
    e = match_dayname(c, j, &r2);
    if (!e) {
        memset(&r2, 0, sizeof r2);
        e = match_numdate(c, j, &r2);
    }
    if (!e || !r2.d || !r2.m)
        return 0;
    /* the year as resolve() gives it for R_DAYNAME / R_DATE with a day */
    if (r2.y) {
        yy = r2.y;
        *anchored = 0;
    } else if (c->has_ref) {
        yy = pick_year(c->ry, c->rm, c->rd, r2.m, r2.d, r2.cue);
        *anchored = 1;
    } else {
        return 0;
    }
    if (!valid_date(yy, r2.m, r2.d))
        return 0;
    *y = yy;
    *m = r2.m;
    *d = r2.d;
    return 1;
}

static void resolve(tx *c, const raw *r, size_t ta, size_t tb, outv *o)
{
    int y = 0, m = 0, d = 0, have_day = 0;
    int ry = c->ry, rm = c->rm, rd = c->rd;
    char zid[64];
    int has_zone = 0;
    memset(o, 0, sizeof *o);
    if (r->zone == 2)
        has_zone = local_zone(c, ta, tb, zid);
    if (has_zone && c->has_ref)
        ref_in_zone(c, zid, &ry, &rm, &rd);
    switch (r->kind) {
    case R_DAYNAME:
    case R_DATE:
        if (r->d) {
            if (r->y) {
                y = r->y;
            } else if (r->has_rend && r->ey) {
                /* 28 Desember - 2 Januari 2024: the start's year from the end's */
                y = r->m < r->em || (r->m == r->em && r->d < r->ed) ? r->ey : r->ey - 1;
            } else if (c->has_ref && r->has_rend && r->cue == CUE_FUTURE) {
                /* `22 Maret hingga 4 April mendatang` (liputan6-0120,
                 * written on 29 March): the cue dates the end, and the
                 * start is the last such day before it */
                int ey = pick_year(ry, rm, rd, r->em, r->ed, r->cue);
                y = r->m < r->em || (r->m == r->em && r->d <= r->ed) ? ey : ey - 1;
                o->anchored = 1;
            } else if (c->has_ref) {
                y = pick_year(ry, rm, rd, r->m, r->d, r->cue);
                o->anchored = 1;
            } else {
                snprintf(o->rel, sizeof o->rel, "XXXX-%02d-%02d", r->m, r->d);
                o->has_rel = 1;
                o->gran = WARTA_GRAN_DAY;
                break;
            }
            m = r->m;
            d = r->d;
            if (!valid_date(y, m, d))
                break;
            have_day = 1;
            if (r->kind == R_DAYNAME && r->dow && iso_dow(c, y, m, d) != r->dow &&
                U_SUCCESS(c->st)) {
                int rc = wt_warn(c->p, (int64_t)c->t[ta].start,
                                 "day name contradicts the date next to it; the date is kept");
                if (rc != WARTA_OK)
                    c->st = U_MEMORY_ALLOCATION_ERROR; /* reported as ENOMEM below */
            }
        } else if (r->generic) {
            /* setiap Senin-Jumat: a weekly recurrence, no day */
            snprintf(o->rel, sizeof o->rel, "XXXX-WXX-%d", r->dow);
            o->has_rel = 1;
            o->gran = WARTA_GRAN_DAY;
            break;
        } else if (c->has_ref) {
            int rdow = iso_dow(c, ry, rm, rd), delta, cue = r->cue;
            if (cue == CUE_NONE && future_before(c, ta))
                cue = CUE_FUTURE;
            if (cue == CUE_FUTURE) {
                delta = (r->dow - rdow + 7) % 7;
                if (delta == 0 && (kw_at(c, tb - 1) == K_DEPAN))
                    delta = 7;
            } else {
                delta = -((rdow - r->dow + 7) % 7);
                if (delta == 0 && cue == CUE_PAST && kw_at(c, tb - 1) == K_LALU)
                    delta = -7;
            }
            add_days(c, ry, rm, rd, delta, &y, &m, &d);
            have_day = 1;
            o->anchored = 1;
        } else {
            snprintf(o->rel, sizeof o->rel, "XXXX-WXX-%d", r->dow);
            o->has_rel = 1;
            o->gran = WARTA_GRAN_DAY;
            break;
        }
        break;
    case R_DAYREL:
        if (c->has_ref) {
            add_days(c, ry, rm, rd, r->n, &y, &m, &d);
            have_day = 1;
            o->anchored = 1;
        } else {
            snprintf(o->rel, sizeof o->rel, "P%s%dD%s", r->n > 0 ? "+" : "", r->n,
                     pod_name(r->pod));
            o->has_rel = 1;
            o->gran = r->pod ? WARTA_GRAN_PART_OF_DAY : WARTA_GRAN_DAY;
        }
        break;
    case R_MONTH:
        o->gran = WARTA_GRAN_MONTH;
        if (r->has_rend && (r->y || r->ey || c->has_ref)) {
            /* a range of months: the start's year from the end's when only
             * the end has one, the end's from the start's when only the start
             * has one */
            int sy = r->y ? r->y
                          : r->ey ? (r->m < r->em ? r->ey : r->ey - 1)
                                  : pick_year(ry, rm, rd, r->m, 0, r->cue);
            int ey = r->ey ? r->ey : (r->em > r->m ? sy : sy + 1);
            fmt_ymd(o->value, sizeof o->value, sy, r->m, 0, -1, 0, 0, "");
            fmt_ymd(o->end_value, sizeof o->end_value, ey, r->em, 0, -1, 0, 0, "");
            o->has_value = 1;
            o->has_end = 1;
            o->anchored = !r->y && !r->ey;
            return;
        }
        if (r->y) {
            fmt_ymd(o->value, sizeof o->value, r->y, r->m, 0, -1, 0, 0, "");
            o->has_value = 1;
        } else if (r->has_yrel && c->has_ref) {
            snprintf(o->value, sizeof o->value, "%04d-%02d", ry + r->yrel, r->m);
            o->has_value = 1;
            o->anchored = 1;
        } else if (c->has_ref) {
            /* a part of the reference's own month: past once it has begun
             * (`awal November lalu` written on 29 November is this
             * November, antara-0025), to come until it has ended
             * (`pertengahan Desember mendatang` on 1 December is this
             * December, antara-0150) */
            static const int part_first[] = {0, 1, 11, 21}, part_last[] = {0, 10, 20, 31};
            int pd = r->part < 1 || r->part > 3 ? 0
                     : r->cue == CUE_FUTURE     ? part_last[r->part]
                                                : part_first[r->part];
            snprintf(o->value, sizeof o->value, "%04d-%02d",
                     pick_year(ry, rm, rd, r->m, pd, r->cue), r->m);
            o->has_value = 1;
            o->anchored = 1;
        } else {
            snprintf(o->rel, sizeof o->rel, "XXXX-%02d", r->m);
            o->has_rel = 1;
        }
        return;
    case R_YEAR:
        o->gran = WARTA_GRAN_YEAR;
        fmt_ymd(o->value, sizeof o->value, r->y, 0, 0, -1, 0, 0, "");
        o->has_value = 1;
        if (r->has_rend) {
            fmt_ymd(o->end_value, sizeof o->end_value, r->ey, 0, 0, -1, 0, 0, "");
            o->has_end = 1;
        }
        return;
    case R_PERIOD: {
        /* TIMEX3: 2023-Q3, 2025-H1 */
        int py = r->y;
        if (r->has_yrel) {
            if (!c->has_ref) {
                snprintf(o->rel, sizeof o->rel, "P%s%dY-%c%d", r->yrel >= 0 ? "+" : "",
                         r->yrel, r->m == 3 ? 'Q' : 'H', r->d);
                o->has_rel = 1;
                o->gran = r->m == 3 ? WARTA_GRAN_QUARTER : WARTA_GRAN_HALF_YEAR;
                return;
            }
            py = ry + r->yrel;
            o->anchored = 1;
        }
        o->gran = r->m == 3 ? WARTA_GRAN_QUARTER : WARTA_GRAN_HALF_YEAR;
        snprintf(o->value, sizeof o->value, "%04d-%c%d", py, r->m == 3 ? 'Q' : 'H', r->d);
        o->has_value = 1;
        return;
    }
    case R_DECADE:
        o->gran = WARTA_GRAN_DECADE;
        snprintf(o->value, sizeof o->value, "%03d", r->y / 10);
        o->has_value = 1;
        return;
    case R_WEEKREL:
    case R_WEEKENDREL:
        o->gran = r->kind == R_WEEKREL ? WARTA_GRAN_WEEK : WARTA_GRAN_WEEKEND;
        if (c->has_ref) {
            int wy, wk;
            add_days(c, ry, rm, rd, 7 * r->n, &y, &m, &d);
            iso_week(c, y, m, d, &wy, &wk);
            snprintf(o->value, sizeof o->value, "%04d-W%02d%s", wy, wk,
                     r->kind == R_WEEKENDREL ? "-WE" : "");
            o->has_value = 1;
            o->anchored = 1;
        } else {
            snprintf(o->rel, sizeof o->rel, "P%s%dW%s", r->n > 0 ? "+" : "", r->n,
                     r->kind == R_WEEKENDREL ? "-WE" : "");
            o->has_rel = 1;
        }
        return;
    case R_MONTHREL:
        o->gran = WARTA_GRAN_MONTH;
        if (c->has_ref) {
            add_months(c, ry, rm, r->n, &y, &m);
            snprintf(o->value, sizeof o->value, "%04d-%02d", y, m);
            o->has_value = 1;
            o->anchored = 1;
        } else {
            snprintf(o->rel, sizeof o->rel, "P%s%dM", r->n > 0 ? "+" : "", r->n);
            o->has_rel = 1;
        }
        return;
    case R_YEARREL:
        o->gran = WARTA_GRAN_YEAR;
        if (c->has_ref) {
            snprintf(o->value, sizeof o->value, "%04d", ry + r->n);
            o->has_value = 1;
            o->anchored = 1;
        } else {
            snprintf(o->rel, sizeof o->rel, "P%s%dY", r->n > 0 ? "+" : "", r->n);
            o->has_rel = 1;
        }
        return;
    case R_MINREL:
        o->gran = WARTA_GRAN_MINUTE;
        if (c->has_ref) {
            wt_instant in = c->p->ref;
            in.date_only = 0;
            in.utc_ms += (int64_t)r->n * 60000;
            {
                int yy, mm, dd, hh, mi, ss;
                char ob[12];
                instant_fields(&in, &yy, &mm, &dd, &hh, &mi, &ss);
                fmt_offset(ob, sizeof ob, in.offset_min);
                snprintf(o->value, sizeof o->value, "%04d-%02d-%02dT%02d:%02d:00%s", yy, mm, dd,
                         hh, mi, ob);
            }
            o->has_value = 1;
            o->anchored = 1;
        } else {
            if (r->n % 60 == 0)
                snprintf(o->rel, sizeof o->rel, "PT%dH", r->n / 60);
            else
                snprintf(o->rel, sizeof o->rel, "PT%dM", r->n);
            o->has_rel = 1;
        }
        return;
    case R_HIJRI:
        o->gran = WARTA_GRAN_UNKNOWN; /* no Gregorian value */
        return;
    case R_CLOCK:
        if (r->has_cdrel && c->has_ref) {
            /* the day written after the clock: kemarin, tadi, malam ini */
            add_days(c, ry, rm, rd, r->cdrel, &y, &m, &d);
            have_day = 1;
            o->anchored = 1;
        } else if (clock_day_after(c, tb, &y, &m, &d, &o->anchored)) {
            have_day = 1;
        } else if (c->ly) {
            y = c->ly;
            m = c->lm;
            d = c->ld;
            have_day = 1;
        } else if (c->has_ref) {
            y = ry;
            m = rm;
            d = rd;
            have_day = 1;
            o->anchored = 1;
        } else {
            snprintf(o->rel, sizeof o->rel, "XXXX-XX-XXT%02d:%02d", r->hh, r->mi);
            o->has_rel = 1;
            o->gran = r->hour_only ? WARTA_GRAN_HOUR : WARTA_GRAN_MINUTE;
            return;
        }
        break;
    default:
        return;
    }
    if (!have_day)
        return;
    if (r->kind != R_CLOCK) {
        c->ly = y;
        c->lm = m;
        c->ld = d;
    }
    o->has_value = 1;
    if (r->has_clock) {
        int off = r->off, has_off = r->zone == 1, ok;
        if (r->zone == 2 && has_zone) {
            off = zone_offset_at(c, zid, y, m, d, r->hh, r->mi, &ok);
            has_off = ok;
        }
        o->gran = r->hour_only ? WARTA_GRAN_HOUR : WARTA_GRAN_MINUTE;
        put_clock(o->value, sizeof o->value, y, m, d, r->hh, r->mi, off, has_off);
        if (r->has_end) {
            int ey = y, em = m, ed = d;
            if (r->ehh * 60 + r->emi < r->hh * 60 + r->mi)
                add_days(c, y, m, d, 1, &ey, &em, &ed); /* 22.00-02.00: past midnight */
            put_clock(o->end_value, sizeof o->end_value, ey, em, ed, r->ehh, r->emi, off,
                      has_off);
            o->has_end = 1;
        }
    } else if (r->pod) {
        o->gran = WARTA_GRAN_PART_OF_DAY;
        fmt_ymd(o->value, sizeof o->value, y, m, d, -1, 0, 0, pod_name(r->pod));
    } else {
        o->gran = WARTA_GRAN_DAY;
        fmt_ymd(o->value, sizeof o->value, y, m, d, -1, 0, 0, "");
        if (r->kind == R_DAYNAME && r->dow2 && !r->d) {
            /* Sabtu-Minggu: the end is the next such weekday from the start */
            int ey, em, ed;
            add_days(c, y, m, d, (r->dow2 - r->dow + 7) % 7, &ey, &em, &ed);
            fmt_ymd(o->end_value, sizeof o->end_value, ey, em, ed, -1, 0, 0, "");
            o->has_end = 1;
        } else if (r->has_rend && (r->kind == R_DATE || r->kind == R_DAYNAME)) {
            /* the end's year: written, else the start's (the next when the
             * end's month comes before the start's) */
            int ey = r->ey ? r->ey : (r->em < m || (r->em == m && r->ed < d)) ? y + 1 : y;
            if (valid_date(ey, r->em, r->ed) &&
                (ey > y || (ey == y && (r->em > m || (r->em == m && r->ed > d))))) {
                fmt_ymd(o->end_value, sizeof o->end_value, ey, r->em, r->ed, -1, 0, 0, "");
                o->has_end = 1;
            }
        }
    }
}

static int emit(tx *c, size_t ta, size_t tb, const outv *o)
{
    wt_arena *ar = &c->p->art->arena;
    struct warta_timex *x = wt_vec_push(ar, &c->p->art->times, sizeof *x);
    if (!x)
        return WARTA_ENOMEM;
    x->start = c->t[ta].start;
    x->end = c->t[tb - 1].end;
    x->text = wt_arena_strndup(ar, c->s + x->start, x->end - x->start);
    x->value = o->has_value ? wt_arena_strdup(ar, o->value) : NULL;
    x->end_value = o->has_end ? wt_arena_strdup(ar, o->end_value) : NULL;
    x->relative = o->has_rel ? wt_arena_strdup(ar, o->rel) : NULL;
    x->granularity = o->gran;
    x->anchored = o->anchored;
    if (!x->text || (o->has_value && !x->value) || (o->has_end && !x->end_value) ||
        (o->has_rel && !x->relative))
        return WARTA_ENOMEM;
    return WARTA_OK;
}

/* Try the matchers of mask m (those that may start at token i), in a fixed
 * order; returns the end index (0 = nothing). */
static size_t match_at(tx *c, size_t i, raw *r, unsigned m)
{
    /* in the order they are tried */
    static const struct {
        unsigned bit;
        size_t (*fn)(const tx *, size_t, raw *);
    } matchers[] = {
        {M_DAYNAME, match_dayname}, {M_DATE, match_date}, {M_NUMDATE, match_numdate},
        {M_MONTH, match_month},     {M_YEAR, match_year}, {M_REL, match_rel},
        {M_CLOCK, match_bare_clock}, {M_HIJRI, match_hijri},
    };
    size_t k, e;
    for (k = 0; k < sizeof matchers / sizeof matchers[0]; k++) {
        if (!(m & matchers[k].bit))
            continue;
        memset(r, 0, sizeof *r);
        if ((e = matchers[k].fn(c, i, r)))
            return e;
    }
    return 0;
}

/* Visit the candidate tokens cand[0..ncand) (those whose mask is set, in
 * order) from left to right; a match resumes the scan after its end. */
static int scan_tokens(tx *c, const size_t *cand, size_t ncand)
{
    size_t ci, pos = 0;
    for (ci = 0; ci < ncand; ci++) {
        size_t i = cand[ci], e;
        unsigned m;
        raw r;
        outv o;
        int rc;
        if (i < pos)
            continue;
        m = c->k[i].mask;
        if (m == M_NAMEPFX) {
            if (is_num(c, i + 1, 2) && (kw_at(c, i + 2) == K_MONTH || kw_at(c, i + 2) == K_MONABBR)) {
                /* Universitas 17 Agustus 1945: a name, not a date */
                pos = i + 3;
                if (is_year_num(c, pos))
                    pos++;
            }
            continue;
        }
        e = match_at(c, i, &r, m);
        if (!e)
            continue;
        if (r.has_clock)
            c->last_clock_end = e;
        resolve(c, &r, i, e, &o);
        if (c->st == U_MEMORY_ALLOCATION_ERROR)
            return WARTA_ENOMEM;
        if (U_FAILURE(c->st))
            return WARTA_EICU;
        if (c->appo_time && i == c->appo_comma + 1 && r.d && o.has_value && strlen(o.value) >= 10 &&
            o.value[4] == '-' && o.value[7] == '-' && (o.value[10] == '\0' || o.value[10] == 'T')) {
            /* the apposition states the day of the deictic before it */
            struct warta_timex *x = (struct warta_timex *)c->p->art->times.data + c->appo_time - 1;
            char buf[24];
            snprintf(buf, sizeof buf, "%.10s%s", o.value, pod_name(c->appo_pod));
            x->value = wt_arena_strdup(&c->p->art->arena, buf);
            if (!x->value)
                return WARTA_ENOMEM;
            x->relative = NULL;
            x->anchored = o.anchored;
            x->granularity = c->appo_pod ? WARTA_GRAN_PART_OF_DAY : WARTA_GRAN_DAY;
        }
        c->appo_time = 0;
        rc = emit(c, i, e, &o);
        if (rc != WARTA_OK)
            return rc;
        if (r.kind == R_DAYREL && !r.has_clock && is_ch(c, e, ',') && r.n >= -2 && r.n <= 2) {
            c->appo_time = c->p->art->times.len;
            c->appo_comma = e;
            c->appo_pod = r.pod;
        }
        pos = e;
    }
    return WARTA_OK;
}

static int cmp_timex(const void *a, const void *b)
{
    const struct warta_timex *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

int wt_timex_run(wt_parse *p)
{
    tx c;
    tinfo *k = NULL;
    size_t *cand = NULL;
    void *buf = NULL;
    size_t pi, npara, kcap = 0;
    int rc = WARTA_OK;
    const wt_alloc *al;
    const wt_timex_lexicon *lx;
    if (!p || !p->art)
        return WARTA_EINVAL;
    memset(&c, 0, sizeof c);
    c.p = p;
    c.last_clock_end = (size_t)-1;
    npara = p->art->paragraphs.len;
    if (npara == 0 || !p->para_tokens)
        return WARTA_OK;
    al = p->ctx ? &p->ctx->al : p->art->arena.al;
    lx = p->ctx ? p->ctx->tlex : NULL;
    if (p->ref.has) {
        int64_t local = floor_div(p->ref.utc_ms, 1000) + (int64_t)p->ref.offset_min * 60;
        int64_t days = floor_div(local, 86400);
        c.has_ref = 1;
        c.ref_ms = p->ref.utc_ms;
        civil_from_days(days, &c.ry, &c.rm, &c.rd);
        c.rhh = (int)((local - days * 86400) / 3600);
        if (p->ref.date_only)
            c.rhh = 12;
    }
    /* one buffer for all paragraphs, sized for the longest: the candidate
     * indices, then the token facts */
    for (pi = 0; pi < npara; pi++)
        if (p->para_tokens[pi].n > kcap)
            kcap = p->para_tokens[pi].n;
    if (kcap == 0)
        return WARTA_OK;
    if (kcap > SIZE_MAX / (sizeof *cand + sizeof *k) ||
        !(buf = wt_malloc(al, kcap * (sizeof *cand + sizeof *k))))
        return WARTA_ENOMEM;
    cand = buf;
    k = (tinfo *)(cand + kcap);
    for (pi = 0; pi < npara && rc == WARTA_OK; pi++) {
        const wt_tokens *tk = &p->para_tokens[pi];
        size_t i, nc = 0;
        if (tk->n == 0)
            continue;
        {
            /* locals: the byte stores into k may alias p and tk */
            const char *s = p->s;
            const wt_token *tt = tk->t;
            size_t n = tk->n, sn = p->n;
            for (i = 0; i < n; i++) {
                classify(lx, s, sn, &tt[i], &k[i]);
                cand[nc] = i;
                nc += k[i].mask != 0;
            }
        }
        c.s = p->s;
        c.t = tk->t;
        c.k = k;
        c.n = tk->n;
        c.last_clock_end = (size_t)-1;
        c.appo_time = 0;
        rc = scan_tokens(&c, cand, nc);
    }
    wt_free(al, buf);
    if (c.cal)
        ucal_close(c.cal);
    if (rc == WARTA_OK && p->art->times.len > 1) {
        /* paragraphs come in text order already; keep the guarantee */
        struct warta_timex *v = p->art->times.data;
        size_t i, n = p->art->times.len;
        int sorted = 1;
        for (i = 1; i < n; i++)
            if (v[i].start < v[i - 1].start)
                sorted = 0;
        if (!sorted)
            qsort(v, n, sizeof *v, cmp_timex);
    }
    return rc;
}

/* ---- stand-alone stamps ------------------------------------------------ */

int wt_timex_stamp(wt_parse *p, size_t start, size_t end, const char **iso)
{
    wt_tokens tk;
    size_t a = start, b = end, i = 0, n;
    tinfo k[24];
    int rc, y = 0, m = 0, d = 0, hh = -1, mi = 0, off = 420, ss = 0;
    wt_instant in;
    if (!p || !iso || end > p->n || start > end)
        return WARTA_EINVAL;
    *iso = NULL;
    wt_trim(p->s, &a, &b);
    if (a >= b)
        return 0;
    /* a machine stamp: 2024-11-16T16:25:00+07:00, 2023-10-19 22:32:00,
     * 2019-09-28WIB19:17:34+07:00 */
    if (wt_machine_stamp_parse(p->s + a, b - a, &in) == WARTA_OK) {
        char *out = wt_iso_format(&p->art->arena, &in);
        if (!out)
            return WARTA_ENOMEM;
        *iso = out;
        return 1;
    }
    if (b - a > 200)
        return 0;
    rc = wt_tokenize(&p->art->arena, p->s, a, b, &tk);
    if (rc != WARTA_OK)
        return rc;
    n = tk.n;
    if (n == 0 || n > 24)
        return 0;
    for (i = 0; i < n; i++)
        classify(p->ctx ? p->ctx->tlex : NULL, p->s, p->n, &tk.t[i], &k[i]);
    i = 0;
    /* relative: N jam/menit/detik/hari [yang] lalu */
    if ((k[0].num >= 0 && k[0].ndig <= 3) || k[0].kw == K_NUMW || k[0].kw == K_SE) {
        int nv = k[0].kw == K_NUMW ? k[0].val : k[0].kw == K_SE ? 1 : k[0].num, unit = 0;
        i = 1;
        if (k[0].kw == K_SE)
            unit = k[0].val;
        else if (n > 1 && k[1].kw == K_UNIT)
            unit = k[i++].val;
        if (unit && i < n && k[i].kw == K_YANG)
            i++;
        if (unit && i < n && k[i].kw == K_LALU && i + 1 == n) {
            int64_t step;
            if (!p->ref.has)
                return 0;
            switch (unit) {
            case U_DETIK: step = 1000; break;
            case U_MENIT: step = 60000; break;
            case U_JAM: step = 3600000; break;
            case U_HARI: step = 86400000; break;
            default: return 0;
            }
            in = p->ref;
            in.utc_ms -= step * nv;
            in.date_only = unit == U_HARI ? 1 : p->ref.date_only;
            *iso = wt_iso_format(&p->art->arena, &in);
            return *iso ? 1 : WARTA_ENOMEM;
        }
        i = 0;
    }
    /* [DAYNAME [,]] D MONTH YYYY [-|,] [HH(:|.)MM [zone]] ; D/M/YYYY ... */
    if (k[i].kw == K_DAY) {
        i++;
        if (i < n && k[i].ch == ',')
            i++;
    }
    if (i + 2 < n && k[i].num >= 1 && k[i].num <= 31 && k[i].ndig <= 2 &&
        (k[i + 1].kw == K_MONTH || k[i + 1].kw == K_MONABBR) && k[i + 2].ndig == 4) {
        d = k[i].num;
        m = k[i + 1].val;
        y = k[i + 2].num;
        i += 3;
    } else if (i + 4 < n && k[i].num >= 1 && k[i].ndig <= 2 &&
               (k[i + 1].ch == '/' || k[i + 1].ch == '-') && k[i + 2].num >= 1 &&
               k[i + 2].ndig <= 2 && k[i + 3].ch == k[i + 1].ch && k[i + 4].ndig == 4) {
        /* 16/11/2024, and day-first 2-4-2022 */
        d = k[i].num;
        m = k[i + 2].num;
        y = k[i + 4].num;
        i += 5;
    } else {
        return 0;
    }
    if (!valid_date(y, m, d))
        return 0;
    if (i < n && (k[i].ch == '-' || k[i].ch == ',' || k[i].ch == '|' || k[i].ch == '/'))
        i++;
    if (i < n && k[i].kw == K_PUKUL)
        i++;
    if (i + 2 < n && k[i].num >= 0 && k[i].ndig <= 2 && (k[i + 1].ch == ':' || k[i + 1].ch == '.') &&
        k[i + 2].ndig == 2) {
        hh = k[i].num;
        mi = k[i + 2].num;
        i += 3;
        if (i + 1 < n && k[i].ch == ':' && k[i + 1].ndig == 2) {
            ss = k[i + 1].num;
            i += 2;
        }
        if (hh > 23 || mi > 59 || ss > 59)
            return 0;
        if (i < n && k[i].kw == K_ZONE) {
            off = k[i].val;
            i++;
        }
    }
    if (i != n)
        return 0;
    in.has = 1;
    in.offset_min = off;
    in.date_only = hh < 0;
    if (hh < 0)
        hh = 0;
    in.utc_ms = ((days_from_civil(y, m, d) * 86400 + (int64_t)hh * 3600 + (int64_t)mi * 60 + ss) -
                 (int64_t)off * 60) * 1000;
    *iso = wt_iso_format(&p->art->arena, &in);
    return *iso ? 1 : WARTA_ENOMEM;
}
