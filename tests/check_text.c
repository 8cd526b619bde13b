/* text module: UTF-8 validation (ICU U8_NEXT), lenient sanitising, case
 * folding, title case and trimming. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "testutil.h"

static int validate(const char *s, size_t n, size_t *bad)
{
    *bad = (size_t)-1;
    return wt_text_validate(s, n, bad);
}

START_TEST(valid_indonesian_text)
{
    /* a quoted sentence with curly quotes and NBSP (liputan6 style) */
    const char *s = "\xE2\x80\x9C" "Alhamdulillah sekarang saya merasa 90 persen baik" "\xE2\x80\x9D"
                    " ungkap Apriyani\xC2\xA0Rahayu";
    size_t bad;
    ck_assert_int_eq(validate(s, strlen(s), &bad), WARTA_OK);
    ck_assert_int_eq(validate("", 0, &bad), WARTA_OK);
}
END_TEST

START_TEST(invalid_sequences_give_first_bad_byte)
{
    size_t bad;
    /* overlong encoding of '/' */
    ck_assert_int_eq(validate("ab\xC0\xAF", 4, &bad), WARTA_EUTF8);
    ck_assert_uint_eq(bad, 2);
    /* UTF-16 surrogate U+D800 encoded in UTF-8 */
    ck_assert_int_eq(validate("Jakarta \xED\xA0\x80", 11, &bad), WARTA_EUTF8);
    ck_assert_uint_eq(bad, 8);
    /* stray continuation byte */
    ck_assert_int_eq(validate("x\x80y", 3, &bad), WARTA_EUTF8);
    ck_assert_uint_eq(bad, 1);
    /* truncated 3-byte sequence at the end */
    ck_assert_int_eq(validate("WIB \xE2\x80", 6, &bad), WARTA_EUTF8);
    ck_assert_uint_eq(bad, 4);
    /* above U+10FFFF */
    ck_assert_int_eq(validate("\xF4\x90\x80\x80", 4, &bad), WARTA_EUTF8);
    ck_assert_uint_eq(bad, 0);
    /* a bad byte after a long ASCII run exercises the 8-byte fast path */
    {
        char buf[100];
        memset(buf, 'a', sizeof buf);
        buf[77] = (char)0xFF;
        ck_assert_int_eq(validate(buf, sizeof buf, &bad), WARTA_EUTF8);
        ck_assert_uint_eq(bad, 77);
    }
}
END_TEST

START_TEST(nul_byte_is_reported)
{
    size_t bad;
    const char s[] = "Jakarta\0(ANTARA)";
    ck_assert_int_eq(validate(s, sizeof s - 1, &bad), WARTA_ENUL);
    ck_assert_uint_eq(bad, 7);
    {
        char buf[64];
        memset(buf, 'b', sizeof buf);
        buf[40] = '\0';
        ck_assert_int_eq(validate(buf, sizeof buf, &bad), WARTA_ENUL);
        ck_assert_uint_eq(bad, 40);
    }
}
END_TEST

/* the fast paths (16 and 8 bytes a round) find a bad byte or a NUL at
 * every position, after ASCII and after a two-byte character */
START_TEST(bad_byte_at_every_position)
{
    char buf[70];
    size_t bad, i;
    for (i = 2; i < sizeof buf; i++) {
        memset(buf, 'a', sizeof buf);
        buf[0] = (char)0xC3; /* é */
        buf[1] = (char)0xA9;
        buf[i] = (char)0xFF;
        ck_assert_int_eq(validate(buf, sizeof buf, &bad), WARTA_EUTF8);
        ck_assert_uint_eq(bad, i);
        buf[i] = '\0';
        ck_assert_int_eq(validate(buf, sizeof buf, &bad), WARTA_ENUL);
        ck_assert_uint_eq(bad, i);
        buf[i] = 'a';
        ck_assert_int_eq(validate(buf + 2, sizeof buf - 2, &bad), WARTA_OK);
    }
}
END_TEST

/* the 64- and 16-byte rounds: every buffer length from 1 to 200 bytes at
 * four alignments, a bad byte (a stray continuation byte, a truncated
 * three-byte character, a NUL) at every position, after ASCII, with an
 * NBSP early on so that a round starts after a multi-byte character */
START_TEST(bad_byte_at_every_position_and_length)
{
    char store[208];
    size_t bad, len, pos, off;
    for (off = 0; off < 4; off++) {
        char *buf = store + off;
        for (len = 1; len <= 200; len++) {
            memset(buf, 'k', len);
            ck_assert_int_eq(validate(buf, len, &bad), WARTA_OK);
            for (pos = 0; pos < len; pos++) {
                memset(buf, 'k', len);
                if (pos >= 5) {
                    buf[2] = (char)0xC2; /* NBSP */
                    buf[3] = (char)0xA0;
                }
                buf[pos] = (char)0x80;
                ck_assert_int_eq(validate(buf, len, &bad), WARTA_EUTF8);
                ck_assert_uint_eq(bad, pos);
                buf[pos] = '\0';
                ck_assert_int_eq(validate(buf, len, &bad), WARTA_ENUL);
                ck_assert_uint_eq(bad, pos);
                if (pos + 2 <= len) {
                    /* `\xE2\x80` then `k` (or the end): the sequence is cut */
                    buf[pos] = (char)0xE2;
                    buf[pos + 1] = (char)0x80;
                    ck_assert_int_eq(validate(buf, len, &bad), WARTA_EUTF8);
                    ck_assert_uint_eq(bad, pos);
                    if (pos + 3 <= len) {
                        buf[pos + 2] = (char)0x9D; /* a whole right quote */
                        ck_assert_int_eq(validate(buf, len, &bad), WARTA_OK);
                    }
                }
            }
        }
    }
}
END_TEST

START_TEST(sanitize_keeps_offsets)
{
    wt_alloc al;
    wt_arena ar;
    wt_vec bad = {0};
    const char s[] = "a\xFF" "b\0c\xED\xA0\x80" "d";
    char *d;
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
    d = wt_text_sanitize(&ar, s, sizeof s - 1, &bad);
    ck_assert_ptr_nonnull(d);
    ck_assert_mem_eq(d, "a?b?c???d", 9);
    ck_assert_uint_eq(bad.len, 5);
    ck_assert_uint_eq(((size_t *)bad.data)[0], 1);
    ck_assert_uint_eq(((size_t *)bad.data)[1], 3);
    ck_assert_uint_eq(((size_t *)bad.data)[2], 5);
    {
        size_t off;
        ck_assert_int_eq(wt_text_validate(d, sizeof s - 1, &off), WARTA_OK);
    }
    wt_arena_release(&ar);
}
END_TEST

START_TEST(casefold_ascii_and_unicode)
{
    char out[64];
    size_t n = wt_casefold("KOMPAS.com", 10, out, sizeof out);
    ck_assert_uint_eq(n, 10);
    ck_assert_mem_eq(out, "kompas.com", 10);
    /* German sharp s folds to "ss" (full case folding via ICU) */
    n = wt_casefold("STRA\xC3\x9F" "E", 7, out, sizeof out);
    ck_assert_uint_eq(n, 7);
    ck_assert_mem_eq(out, "strasse", 7);
    /* Ç -> ç */
    n = wt_casefold("\xC3\x87" "ANAKKALE", 10, out, sizeof out);
    ck_assert_mem_eq(out, "\xC3\xA7" "anakkale", 10);
    ck_assert_uint_eq(wt_casefold("ABCDEF", 6, out, 3), (size_t)-1);
    /* non-ASCII: the output must fit too (8 bytes into 4) */
    ck_assert_uint_eq(wt_casefold("\xC3\x87" "ANAKKALE", 10, out, 4), (size_t)-1);
    /* tokens are short: non-ASCII text over 256 bytes is refused, not cut */
    {
        char big[300];
        size_t i;
        for (i = 0; i + 2 <= sizeof big; i += 2) {
            big[i] = (char)0xC3;
            big[i + 1] = (char)0x87;
        }
        ck_assert_uint_eq(wt_casefold(big, sizeof big, out, sizeof out), (size_t)-1);
        ck_assert_uint_eq(wt_casefold(big, 40, out, sizeof out), 40); /* 20 x c-cedilla */
        ck_assert_mem_eq(out, "\xC3\xA7\xC3\xA7", 4);
    }
}
END_TEST

START_TEST(unescape_html_refs)
{
    wt_alloc al;
    wt_arena ar;
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
#define UN(in, want) ck_assert_str_eq(wt_unescape_html_dup(&ar, in, sizeof in - 1), want)
    /* okezone-0045's read-also headline, as scraped */
    UN("Menag Wacanakan Relaksasi Rumah Ibadah di Tengah Pandemi Corona &amp; PSBB",
       "Menag Wacanakan Relaksasi Rumah Ibadah di Tengah Pandemi Corona & PSBB");
    UN("&lt;b&gt; &quot;x&quot; &apos;y&apos;", "<b> \"x\" 'y'");
    UN("a&nbsp;b", "a b");
    UN("Caf&#233; &#xE9;&#XE9;", "Caf\xC3\xA9 \xC3\xA9\xC3\xA9");       /* U+00E9, 2 bytes */
    UN("&#x20AC;", "\xE2\x82\xAC");                                /* U+20AC, 3 bytes */
    UN("&#128512;", "\xF0\x9F\x98\x80");                            /* U+1F600, 4 bytes */
    UN("&amp;lt;", "&lt;");                                         /* decoded once */
    /* kept as written */
    UN("AT&T & Co", "AT&T & Co");
    UN("Fun &amp Play", "Fun &amp Play"); /* no ';' */
    UN("&#0; &#31; &#x85; &#xD800; &#x110000; &#; &#x; &#12a;",
       "&#0; &#31; &#x85; &#xD800; &#x110000; &#; &#x; &#12a;");
    UN("&#00000065;", "&#00000065;"); /* more than 7 digits */
    UN("&#0000065;", "A");
    UN("&unknown; &AMP;", "&unknown; &AMP;");
    UN("tail &", "tail &");
    UN("tail &#", "tail &#");
    UN("tail &#x4", "tail &#x4");
    UN("", "");
#undef UN
    /* a cut buffer: the reference past n is not read */
    ck_assert_str_eq(wt_unescape_html_dup(&ar, "a &amp; b", 5), "a &am");
    wt_arena_release(&ar);
}
END_TEST

START_TEST(titlecase_places)
{
    wt_alloc al;
    wt_arena ar;
    wt_alloc_init(&al, NULL);
    wt_arena_init(&ar, &al);
    /* the dev-gold guidelines: PASANGKAYU -> Pasangkayu, SAO PAULO -> Sao Paulo */
    ck_assert_str_eq(wt_titlecase_dup(&ar, "PASANGKAYU", 10), "Pasangkayu");
    ck_assert_str_eq(wt_titlecase_dup(&ar, "SAO PAULO", 9), "Sao Paulo");
    ck_assert_str_eq(wt_titlecase_dup(&ar, "NEW YORK", 8), "New York");
    ck_assert_str_eq(wt_titlecase_dup(&ar, "Beijing", 7), "Beijing");
    ck_assert_str_eq(wt_titlecase_dup(&ar, "McAllen", 7), "McAllen");
    /* a non-ASCII capital is kept and counts as the word's first letter */
    ck_assert_str_eq(wt_titlecase_dup(&ar, "\xC3\x87" "ANAKKALE", 10), "\xC3\x87" "anakkale");
    ck_assert_str_eq(wt_titlecase_dup(&ar, "BANDA ACEH-SABANG", 17), "Banda Aceh-Sabang");
    wt_arena_release(&ar);
}
END_TEST

START_TEST(trim_unicode_space)
{
    const char *s = "\xC2\xA0  Sumber: Reuters \t\xE2\x80\x83";
    size_t a = 0, b = strlen(s);
    wt_trim(s, &a, &b);
    ck_assert_uint_eq(a, 4);
    ck_assert_uint_eq(b - a, strlen("Sumber: Reuters"));
    /* ASCII only: the fast path at both ends */
    {
        const char *t = " \r\n\t\v\fJakarta \f\v\t\n\r ";
        a = 0;
        b = strlen(t);
        wt_trim(t, &a, &b);
        ck_assert_uint_eq(a, 6);
        ck_assert_uint_eq(b, 13);
    }
    /* a non-space multi-byte character at either end stops the trim */
    {
        const char *t = "  \xE2\x80\x9CHalo\xE2\x80\x9D  ";
        a = 0;
        b = strlen(t);
        wt_trim(t, &a, &b);
        ck_assert_uint_eq(a, 2);
        ck_assert_uint_eq(b, strlen(t) - 2);
    }
    /* all space: empty */
    {
        const char *t = " \xC2\xA0\t\xE2\x80\x83 ";
        a = 0;
        b = strlen(t);
        wt_trim(t, &a, &b);
        ck_assert_uint_eq(a, b);
    }
}
END_TEST

START_TEST(char_classes)
{
    ck_assert(wt_is_upper('Q'));
    ck_assert(wt_is_upper(0xC9)); /* É */
    ck_assert(!wt_is_upper('q'));
    ck_assert(wt_is_alpha(0xE9));
    ck_assert(wt_is_space(0xA0));
    ck_assert(!wt_is_alpha('-'));
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, valid_indonesian_text);
    tcase_add_test(tc, invalid_sequences_give_first_bad_byte);
    tcase_add_test(tc, nul_byte_is_reported);
    tcase_add_test(tc, bad_byte_at_every_position);
    tcase_add_test(tc, bad_byte_at_every_position_and_length);
    tcase_add_test(tc, sanitize_keeps_offsets);
    tcase_add_test(tc, casefold_ascii_and_unicode);
    tcase_add_test(tc, titlecase_places);
    tcase_add_test(tc, unescape_html_refs);
    tcase_add_test(tc, trim_unicode_space);
    tcase_add_test(tc, char_classes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(suite());
}
