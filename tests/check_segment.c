/* Segmentation: the seed article (through the public API and by hand) and
 * quoted lines from every outlet of the corpus (single sentences, datelines,
 * footers, read-also lines; the file is cited above each), each expectation
 * checked by hand. Also the linear-time cases (100,000 `Baca juga:` lines,
 * a 20 MB single line). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "segment.h"
#include "testutil.h"

enum { P = WARTA_BLOCK_PARAGRAPH, D = WARTA_BLOCK_DATELINE, Q = WARTA_BLOCK_PULLQUOTE,
       R = WARTA_BLOCK_READ_ALSO, L = WARTA_BLOCK_RELATED, A = WARTA_BLOCK_ATTRIBUTION,
       B = WARTA_BLOCK_BOILERPLATE, S = WARTA_BLOCK_STAMP };

typedef struct hp {
    wt_alloc al;
    warta_article art;
    wt_parse p;
} hp;

static void hp_seg_n(hp *h, const char *s, size_t n)
{
    memset(h, 0, sizeof *h);
    wt_alloc_init(&h->al, NULL);
    wt_arena_init(&h->art.arena, &h->al);
    h->p.s = s;
    h->p.n = n;
    h->p.art = &h->art;
    ck_assert_int_eq(wt_segment(&h->p), WARTA_OK);
}

static void hp_seg(hp *h, const char *s)
{
    hp_seg_n(h, s, strlen(s));
}

static void hp_free(hp *h)
{
    wt_arena_release(&h->art.arena);
}

static const wt_block *blk(const hp *h, size_t i)
{
    ck_assert_uint_lt(i, h->art.blocks.len);
    return (const wt_block *)h->art.blocks.data + i;
}

/* Block i has this kind and exactly this text. */
static void expect_block(const hp *h, size_t i, int kind, const char *text)
{
    const wt_block *b = blk(h, i);
    ck_assert_msg(b->kind == kind, "block %zu: kind %d, want %d ('%.*s')", i, b->kind, kind,
                  (int)(b->end - b->start), h->p.s + b->start);
    ck_assert_msg(b->end - b->start == strlen(text) &&
                      memcmp(h->p.s + b->start, text, strlen(text)) == 0,
                  "block %zu: '%.*s', want '%s'", i, (int)(b->end - b->start), h->p.s + b->start,
                  text);
}

/* Block i has this kind and starts with this text. */
static void expect_prefix(const hp *h, size_t i, int kind, const char *text)
{
    const wt_block *b = blk(h, i);
    ck_assert_msg(b->kind == kind, "block %zu: kind %d, want %d ('%.*s')", i, b->kind, kind,
                  (int)(b->end - b->start), h->p.s + b->start);
    ck_assert_msg(b->end - b->start >= strlen(text) &&
                      memcmp(h->p.s + b->start, text, strlen(text)) == 0,
                  "block %zu: '%.40s...', want '%s'", i, h->p.s + b->start, text);
}

/* Invariants: input order, non-overlapping, trimmed, paragraphs = the
 * PARAGRAPH blocks. */
static void check_invariants(const hp *h)
{
    const wt_block *b = h->art.blocks.data;
    const wt_span *sp = h->art.paragraphs.data;
    size_t i, np = 0;
    for (i = 0; i < h->art.blocks.len; i++) {
        ck_assert_uint_lt(b[i].start, b[i].end);
        ck_assert_uint_le(b[i].end, h->p.n);
        if (i)
            ck_assert_uint_le(b[i - 1].end, b[i].start);
        ck_assert(h->p.s[b[i].start] != ' ' && h->p.s[b[i].end - 1] != ' ');
        ck_assert(h->p.s[b[i].start] != '\n' && h->p.s[b[i].end - 1] != '\n');
        if (b[i].kind == P) {
            ck_assert_uint_lt(np, h->art.paragraphs.len);
            ck_assert_uint_eq(sp[np].start, b[i].start);
            ck_assert_uint_eq(sp[np].end, b[i].end);
            np++;
        }
    }
    ck_assert_uint_eq(np, h->art.paragraphs.len);
}

static size_t count_kind(const hp *h, int kind)
{
    size_t i, c = 0;
    for (i = 0; i < h->art.blocks.len; i++)
        c += blk(h, i)->kind == kind;
    return c;
}

/* ---- the seed ------------------------------------------------------------ */

static void seed_lines_outside(const char *text, size_t len, size_t np,
                               int (*para)(const void *, size_t, int64_t *, int64_t *),
                               const void *obj)
{
    static const char *const not_body[] = { "Baca juga: China akan", "Baca juga: Volodymyr",
                                            "Sumber: Reuters", "Berita Lainnya" };
    size_t k, i;
    for (k = 0; k < 4; k++) {
        long at = tu_find(text, len, not_body[k], 0);
        ck_assert_int_ge(at, 0);
        for (i = 0; i < np; i++) {
            int64_t s, e;
            ck_assert_int_eq(para(obj, i, &s, &e), WARTA_OK);
            ck_assert_msg(e <= at || s > at, "paragraph %zu overlaps '%s'", i, not_body[k]);
        }
    }
}

static int hp_para(const void *obj, size_t i, int64_t *s, int64_t *e)
{
    const hp *h = obj;
    const wt_span *sp = h->art.paragraphs.data;
    if (i >= h->art.paragraphs.len)
        return WARTA_ERANGE;
    *s = (int64_t)sp[i].start;
    *e = (int64_t)sp[i].end;
    return WARTA_OK;
}

static int api_para(const void *obj, size_t i, int64_t *s, int64_t *e)
{
    return warta_article_paragraph(obj, i, s, e);
}

START_TEST(seed_by_hand)
{
    size_t len, i;
    char *text = tu_seed(&len);
    hp h;
    if (!text)
        return;
    hp_seg_n(&h, text, len);
    check_invariants(&h);
    ck_assert_uint_eq(h.art.paragraphs.len, 15);
    expect_block(&h, 0, D, "Beijing (ANTARA) -");
    expect_prefix(&h, 1, P, "Menteri Luar Negeri China Qin Gang meyakinkan");
    expect_prefix(&h, 15, P, "\"Kita harus mengambil hikmah");
    expect_block(&h, 16, R,
                 "Baca juga: China akan kembangkan konstelasi satelit untuk eksplorasi luar "
                 "angkasa dalam");
    expect_block(&h, 17, R, "Baca juga: Volodymyr Zelenskyy persilakan China cari solusi diplomatik");
    expect_block(&h, 18, A, "Sumber: Reuters");
    expect_block(&h, 19, L, "Berita Lainnya");
    expect_block(&h, 20, L,
                 "UNIFIL berduka atas tewasnya petugas penjaga perdamaian akibat tabrakan di "
                 "Lebanon\n16 November 2024 16:25 WIB");
    for (i = 20; i < 28; i++)
        ck_assert_int_eq(blk(&h, i)->kind, L);
    ck_assert_uint_eq(h.art.blocks.len, 28);
    ck_assert_int_eq(h.art.dateline.has, 1);
    ck_assert_str_eq(h.art.dateline.place, "Beijing");
    ck_assert_str_eq(h.art.dateline.agency, "ANTARA");
    seed_lines_outside(text, len, h.art.paragraphs.len, hp_para, &h);
    hp_free(&h);
    free(text);
}
END_TEST

START_TEST(seed_crlf)
{
    /* the same article with \r\n line ends gives the same structure */
    size_t len, i, j = 0;
    char *text = tu_seed(&len), *crlf;
    hp h;
    if (!text)
        return;
    crlf = malloc(len * 2 + 1);
    ck_assert_ptr_nonnull(crlf);
    for (i = 0; i < len; i++) {
        if (text[i] == '\n')
            crlf[j++] = '\r';
        crlf[j++] = text[i];
    }
    hp_seg_n(&h, crlf, j);
    check_invariants(&h);
    ck_assert_uint_eq(h.art.paragraphs.len, 15);
    ck_assert_uint_eq(h.art.blocks.len, 28);
    expect_block(&h, 18, A, "Sumber: Reuters");
    for (i = 0; i < h.art.blocks.len; i++)
        ck_assert(crlf[blk(&h, i)->end - 1] != '\r');
    hp_free(&h);
    free(crlf);
    free(text);
}
END_TEST

START_TEST(seed_public_api)
{
    size_t len, i, nb;
    char *text = tu_seed(&len);
    warta_context *ctx;
    warta_article *a;
    int kind;
    int64_t s, e;
    if (!text)
        return;
    ctx = tu_context();
    a = tu_parse(ctx, text, len, NULL);
    ck_assert_uint_eq(warta_article_paragraph_count(a), 15);
    seed_lines_outside(text, len, 15, api_para, a);
    nb = warta_article_block_count(a);
    ck_assert_uint_eq(nb, 28);
    ck_assert_int_eq(warta_article_block(a, 0, &kind, &s, &e), WARTA_OK);
    ck_assert_int_eq(kind, WARTA_BLOCK_DATELINE);
    ck_assert_int_eq(s, 0);
    ck_assert_int_eq(e, 18);
    ck_assert_int_eq(warta_article_paragraph(a, 0, &s, &e), WARTA_OK);
    ck_assert_int_eq(s, 19); /* after `Beijing (ANTARA) - ` */
    {
        int64_t prev_end = 0;
        size_t npara = 0;
        for (i = 0; i < nb; i++) {
            ck_assert_int_eq(warta_article_block(a, i, &kind, &s, &e), WARTA_OK);
            ck_assert_int_le(prev_end, s);
            ck_assert_int_lt(s, e);
            prev_end = e;
            npara += kind == WARTA_BLOCK_PARAGRAPH;
        }
        ck_assert_uint_eq(npara, 15);
        ck_assert_str_eq(warta_block_kind_name(WARTA_BLOCK_READ_ALSO), "read_also");
    }
    ck_assert_int_eq(warta_article_block(a, nb, &kind, &s, &e), WARTA_ERANGE);
    warta_article_free(a);
    warta_context_free(ctx);
    free(text);
}
END_TEST

/* ---- flattened text (antara) -------------------------------------------- */

START_TEST(antara_flattened_paragraphs)
{
    /* antara-0015.txt: paragraphs flattened into runs of four spaces */
    hp h;
    hp_seg(&h, "di Hangzhou, China, Desember.    \xE2\x80\x9C" "Alhamdulillah sekarang saya merasa "
               "90 persen baik, sudah berkurang sakitnya dan tidak ada rasa ngilu.");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 2);
    expect_block(&h, 0, P, "di Hangzhou, China, Desember.");
    expect_prefix(&h, 1, P, "\xE2\x80\x9C" "Alhamdulillah sekarang");
    hp_free(&h);
}
END_TEST

START_TEST(abbreviation_keeps_paragraph)
{
    /* okezone-0016.txt: `dr.` followed by two spaces does not end a paragraph */
    hp h;
    hp_seg(&h, "penanganan Covid-19 Provinsi Papua Barat dr.  Arnoldus Tiniap pada jumpa pers "
               "Virtual bersama wartawan");
    ck_assert_uint_eq(h.art.blocks.len, 1);
    ck_assert_int_eq(blk(&h, 0)->kind, P);
    hp_free(&h);
}
END_TEST

START_TEST(closing_bracket_keeps_paragraph)
{
    /* kompas-0150.txt: an acronym in brackets and two spaces before the name
     * do not end a paragraph (the title would lose its person) */
    hp h;
    hp_seg(&h, "JAKARTA, KOMPAS.com - Menteri Energi Dan Sumber Daya Mineral (ESDM)  Ignasius "
               "Jonan sempat mengaku pesimistis.");
    ck_assert_uint_eq(count_kind(&h, P), 1);
    expect_prefix(&h, h.art.blocks.len - 1, P, "Menteri Energi Dan Sumber Daya Mineral (ESDM)  Ignasius");
    hp_free(&h);
}
END_TEST

START_TEST(okezone_spaced_read_also)
{
    /* okezone-0006.txt: three spaces after the label, NBSP after the title */
    hp h;
    hp_seg(&h, "Guntur Saputro, Minggu 10 Mei 2020.  Baca juga:   Polsek Kalideres Tangkap Kurir "
               "dan Amankan Puluhan Paket Sabu\xC2\xA0   Ia mengatakan, barang bukti disita.");
    ck_assert_uint_eq(count_kind(&h, WARTA_BLOCK_READ_ALSO), 1);
    ck_assert_uint_eq(count_kind(&h, P), 2);
    expect_prefix(&h, 1, WARTA_BLOCK_READ_ALSO,
                  "Baca juga:   Polsek Kalideres Tangkap Kurir dan Amankan Puluhan Paket Sabu");
    /* segment says where the title starts, so related.c does not read the
     * label again */
    ck_assert_uint_eq(blk(&h, 1)->label_end - blk(&h, 1)->start, strlen("Baca juga:   "));
    ck_assert_uint_eq(blk(&h, 0)->label_end, blk(&h, 0)->start);
    hp_free(&h);
}
END_TEST

START_TEST(teasers_and_notices_leave_the_body)
{
    hp h;
    /* liputan6-0084.txt: a link prompt glued between two paragraphs */
    hp_seg(&h, "bintang Liga Belanda Cody Gakpo dari PSV Eindhoven.Selengkapnya baca di "
               "sini.\xC2\xA0\xC2\xA0Rumor tentang masa depan Cristiano Ronaldo di Manchester "
               "United terus bergulir");
    check_invariants(&h);
    ck_assert_uint_eq(count_kind(&h, P), 2);
    expect_block(&h, 1, WARTA_BLOCK_BOILERPLATE, "Selengkapnya baca di sini.");
    hp_free(&h);
    /* liputan6-0041.txt: a round-up's `Selengkapnya...` link marker */
    hp_seg(&h, "Jadi Anda boleh melakukannya, boleh pula tidak.Selengkapnya...Sebelum datangnya "
               "bulan suci Ramadhan, banyak umat muslim yang melakukan ziarah kubur");
    check_invariants(&h);
    ck_assert_uint_eq(count_kind(&h, P), 2);
    expect_block(&h, 1, WARTA_BLOCK_BOILERPLATE, "Selengkapnya...");
    hp_free(&h);
    /* kompas-0094.txt */
    hp_seg(&h, "\"Ini berbahaya, karena kata mereka politisi ngebosenin,\" tutup Sandi. Baca "
               "selengkapnya di sini");
    check_invariants(&h);
    ck_assert_uint_eq(count_kind(&h, P), 1);
    expect_block(&h, 1, WARTA_BLOCK_BOILERPLATE, "Baca selengkapnya di sini");
    hp_free(&h);
    /* tribun-0019.txt: the video narrator's credit line */
    hp_seg(&h, "dengan tegas mendukung kemerdekaan Palestina di forum-forum Internasional.(*)\n"
               "Narator: Suhiya Zahrati\n");
    check_invariants(&h);
    ck_assert_uint_eq(count_kind(&h, P), 1);
    expect_block(&h, 1, A, "Narator: Suhiya Zahrati");
    hp_free(&h);
    /* cnn-0104.txt: a sentence that only points to the next page */
    hp_seg(&h, "penderita asam urat sebaiknya membatasi konsumsi kacang polong agar tidak "
               "memperparah kondisi. Simak cara menurunkan asam urat di halaman berikutnya.. "
               "MenurutHealthline, tingkat asam urat yang normal");
    check_invariants(&h);
    ck_assert_uint_eq(count_kind(&h, P), 2);
    expect_block(&h, 1, WARTA_BLOCK_BOILERPLATE,
                 "Simak cara menurunkan asam urat di halaman berikutnya..");
    hp_free(&h);
    /* cnn-0028.txt: `Simak` with no page cue is a sentence of the body */
    hp_seg(&h, "Appleresmi meluncurkan seri ponsel terbaruiPhone 17secara global pada Rabu dini "
               "hari (10/9) waktu Indonesia. Simak spesifikasi lengkapnya.");
    ck_assert_uint_eq(count_kind(&h, WARTA_BLOCK_BOILERPLATE), 0);
    hp_free(&h);
    /* tribun-0082.txt, the end: a closing prompt and the credit after it */
    hp_seg(&h, "\"Semoga di Ramadan nanti kita bisa lebih bersih lagi, puasa, salat, ya tarawih,\" "
               "bebernya.Baca berita terkait Doddy Sudrajat lainnya(Tribunnews.com/ Laras PW)");
    check_invariants(&h);
    ck_assert_uint_eq(count_kind(&h, P), 1);
    expect_block(&h, 1, WARTA_BLOCK_BOILERPLATE,
                 "Baca berita terkait Doddy Sudrajat lainnya(Tribunnews.com/ Laras PW)");
    hp_free(&h);
    /* kompas-0104.txt: the republication notice after the reporter's name */
    hp_seg(&h, "t harga jangka panjang Rp 250. (Intan Nirmala Sari)  Berita ini telah tayang di "
               "Kontan.co.id dengan judul Saham perusahaan Grup Bakrie melonjak, begini "
               "rekomendasi analis");
    check_invariants(&h);
    ck_assert_uint_eq(count_kind(&h, P), 1);
    expect_prefix(&h, h.art.blocks.len - 1, WARTA_BLOCK_BOILERPLATE, "Berita ini telah tayang");
    hp_free(&h);
    /* detik-0034.txt: a video teaser line is a read-also item */
    hp_seg(&h, "u selesai,\" pungkasnya.\nSimak juga Video 'Survei LSI Denny JA: Prabowo-Gibran "
               "43,3%, AMIN 25,3%, Ganjar-Mahfud 22,9%':\n[Gambas:Video 20detik]");
    ck_assert_uint_eq(count_kind(&h, P), 1);
    ck_assert_uint_eq(count_kind(&h, WARTA_BLOCK_READ_ALSO), 1);
    ck_assert_uint_eq(count_kind(&h, WARTA_BLOCK_BOILERPLATE), 1);
    hp_free(&h);
    /* detik-0112.txt: a placeholder glued to the last word */
    hp_seg(&h, "Kapal Ikan Filipina Tepergok Curi Ikan di Laut Sulawesi[Gambas:Video 20detik]");
    ck_assert_uint_eq(count_kind(&h, WARTA_BLOCK_BOILERPLATE), 1);
    expect_block(&h, 0, P, "Kapal Ikan Filipina Tepergok Curi Ikan di Laut Sulawesi");
    hp_free(&h);
    /* kompas-0123.txt: the republication notice glued after the initials */
    hp_seg(&h, "destinasi pantai,\" jelas Nguyen. (Sanusi) Artikel ini telah tayang di "
               "Tribunnews.com dengan judul Mulai Dibuka");
    ck_assert_uint_eq(count_kind(&h, WARTA_BLOCK_BOILERPLATE), 1);
    ck_assert_uint_eq(count_kind(&h, P), 1);
    hp_free(&h);
    /* liputan6-0054.txt: the closing video prompt */
    hp_seg(&h, "Pimpinan Kota Kediri Herwin Zakiyah. Simak juga video pilihan berikut ini:");
    ck_assert_uint_eq(count_kind(&h, WARTA_BLOCK_BOILERPLATE), 1);
    expect_block(&h, 0, P, "Pimpinan Kota Kediri Herwin Zakiyah.");
    hp_free(&h);
}
END_TEST

START_TEST(antara_footer_glued)
{
    /* antara-0015.txt, the end of the file */
    hp h;
    hp_seg(&h, "semakin menjadi merasa kuat jelang WTF dan nanti Olimpiade,\xE2\x80\x9D imbuhnya.  "
               "Baca juga: Cedera betis pupuskan harapan Apri/Fadia juarai Hylo OpenPewarta: "
               "Arnidhya Nur ZhafiraEditor: Roy Rosa Bachtiar    COPYRIGHT \xC2\xA9 ANTARA 2023 ");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 5);
    expect_prefix(&h, 0, P, "semakin menjadi");
    expect_block(&h, 1, R, "Baca juga: Cedera betis pupuskan harapan Apri/Fadia juarai Hylo Open");
    expect_block(&h, 2, A, "Pewarta: Arnidhya Nur Zhafira");
    expect_block(&h, 3, A, "Editor: Roy Rosa Bachtiar");
    expect_block(&h, 4, B, "COPYRIGHT \xC2\xA9 ANTARA 2023");
    hp_free(&h);
}
END_TEST

START_TEST(antara_inline_read_also)
{
    /* antara-0226.txt: two items, the second ends at two spaces before the
     * paragraph that follows */
    hp h;
    hp_seg(&h, "Rp3,9 miliar.  Baca juga: KKP gandeng enam instansi gelar operasi pengawasan "
               "penindakan BBL   Baca juga: Pemerintah gagalkan penyelundupan 522.498 benih "
               "lobster hingga Oktober  Pada September juga dilakukan penggagalan");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 4);
    expect_block(&h, 0, P, "Rp3,9 miliar.");
    expect_block(&h, 1, R, "Baca juga: KKP gandeng enam instansi gelar operasi pengawasan "
                           "penindakan BBL");
    expect_block(&h, 2, R, "Baca juga: Pemerintah gagalkan penyelundupan 522.498 benih lobster "
                           "hingga Oktober");
    expect_block(&h, 3, P, "Pada September juga dilakukan penggagalan");
    hp_free(&h);
}
END_TEST

START_TEST(pullquote_before_dateline)
{
    /* antara-0226.txt, the start of the file */
    hp h;
    hp_seg(&h, " Kegiatan penyelundupan BBL diduga telah menghilangkan potensi PNBPhingga Rp30 "
               "triliunJakarta (ANTARA) - Direktur Jenderal Pengawasan Sumber Daya Kelautan");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 0, Q, "Kegiatan penyelundupan BBL diduga telah menghilangkan potensi "
                           "PNBPhingga Rp30 triliun");
    expect_block(&h, 1, D, "Jakarta (ANTARA) -");
    expect_block(&h, 2, P, "Direktur Jenderal Pengawasan Sumber Daya Kelautan");
    ck_assert_uint_eq(h.art.paragraphs.len, 1);
    hp_free(&h);
}
END_TEST

START_TEST(own_stamp_line)
{
    /* A page copied whole: headline, the page's own stamp (as SOURCES.tsv
     * quotes the outlets' date fields), the body (antara-0226's first
     * sentence). The stamp is a block of its own, its label left out;
     * `Kompas.com -` before a stamp is no dateline. */
    hp h;
    hp_seg(&h, "KKP gagalkan penyelundupan benih lobster\nJumat, 1 Desember 2023 20:21 WIB\n\n"
               "Jakarta (ANTARA) - Direktur Jenderal Pengawasan Sumber Daya Kelautan bicara.");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 4);
    expect_block(&h, 0, Q, "KKP gagalkan penyelundupan benih lobster");
    expect_block(&h, 1, S, "Jumat, 1 Desember 2023 20:21 WIB");
    ck_assert_uint_eq(blk(&h, 1)->label_end, blk(&h, 1)->start);
    expect_block(&h, 2, D, "Jakarta (ANTARA) -");
    expect_block(&h, 3, P, "Direktur Jenderal Pengawasan Sumber Daya Kelautan bicara.");
    hp_free(&h);
    hp_seg(&h, "Judul berita\nKompas.com - 16/11/2024, 16:25 WIB\nJAKARTA, KOMPAS.com - Isi.");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 4);
    expect_block(&h, 1, S, "Kompas.com - 16/11/2024, 16:25 WIB");
    ck_assert_uint_eq(blk(&h, 1)->label_end - blk(&h, 1)->start, strlen("Kompas.com - "));
    expect_block(&h, 2, D, "JAKARTA, KOMPAS.com -");
    hp_free(&h);
    hp_seg(&h, "Judul berita\nDiperbarui: 2019-09-28WIB19:17:34+07:00\nIsi berita hari ini.");
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 1, S, "Diperbarui: 2019-09-28WIB19:17:34+07:00");
    ck_assert_uint_eq(blk(&h, 1)->label_end - blk(&h, 1)->start, strlen("Diperbarui: "));
    hp_free(&h);
    /* day first with hyphens (SOURCES.tsv's date fields of liputan6, detik
     * and tribun: detik-0111 `02-4-2022`), a slash before the time
     * (other-0130 `Selasa, 22 Januari 2019 / 10:49 WIB`) */
    hp_seg(&h, "Judul berita\n02-4-2022\nIsi berita hari ini.");
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 1, S, "02-4-2022");
    hp_free(&h);
    hp_seg(&h, "Judul berita\nSelasa, 22 Januari 2019 / 10:49 WIB\nIsi berita hari ini.");
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 1, S, "Selasa, 22 Januari 2019 / 10:49 WIB");
    hp_free(&h);
    /* not the page's stamp: a relative one, a date in the body after four
     * blocks, a line of more than a date, a score */
    hp_seg(&h, "Judul\n2 jam lalu\n2-1\n2-4-20\nSatu.\nDua.\nTiga.\n16 November 2024\n"
               "16 November 2024 16:25 WIB oleh admin");
    check_invariants(&h);
    {
        size_t k;
        for (k = 0; k < h.art.blocks.len; k++)
            ck_assert_int_ne(blk(&h, k)->kind, S);
    }
    hp_free(&h);
}
END_TEST

/* ---- other outlets ------------------------------------------------------- */

START_TEST(kompas_inline_title_case)
{
    /* kompas-0159.txt: the headline is followed by the story on the same line */
    hp h;
    hp_seg(&h, "saham Amazon yang dimiliki keduanya sebagai pasangan. Baca juga: Umumkan Cerai "
               "Lewat Twitter, Jeff Bezos Tuai Pujian Meskipun demikian, kata partner di kantor "
               "hukum Rower LLC Karin Lundell, tanpa ada kesepakatan pun kekayaan keduanya hampir "
               "bisa dipastikan dibagi secara seimbang.");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 0, P, "saham Amazon yang dimiliki keduanya sebagai pasangan.");
    expect_block(&h, 1, R, "Baca juga: Umumkan Cerai Lewat Twitter, Jeff Bezos Tuai Pujian");
    expect_prefix(&h, 2, P, "Meskipun demikian, kata partner");
    hp_free(&h);
}
END_TEST

START_TEST(kompas_read_also_line)
{
    /* kompas-0007.txt, lines 4 and 5 (the second one shortened) */
    hp h;
    hp_seg(&h, "Baca juga: Anies-Muhaimin Kampanye ke Banyuwangi, Lumbung Suara Jokowi\n"
               "Anies kemudian menjawab");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 2);
    expect_block(&h, 0, R, "Baca juga: Anies-Muhaimin Kampanye ke Banyuwangi, Lumbung Suara "
                           "Jokowi");
    expect_block(&h, 1, P, "Anies kemudian menjawab");
    hp_free(&h);
}
END_TEST

START_TEST(okezone_read_also_and_initials)
{
    /* okezone-0179.txt */
    hp h;
    hp_seg(&h, "rtemu sebanyak dua kali. BACA JUGA: Mike Tyson Puji Ngannou Usai Bungkam "
               "Lawannya dalam 20 Detik di UFC 249 Dua pertarungan itu pun bisa diselesaikan "
               "Holyfield dengan manis.");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 1, R, "BACA JUGA: Mike Tyson Puji Ngannou Usai Bungkam Lawannya dalam 20 "
                           "Detik di UFC 249");
    expect_prefix(&h, 2, P, "Dua pertarungan itu");
    hp_free(&h);
    /* okezone-0042.txt, the end of the file */
    hp_seg(&h, "dia dinyatakan positif corona.  Baca Juga : Berita Baik, Bayi 3 Bulan di Bogor "
               "Sembuh dari Covid-19           (erh)");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 1, R, "Baca Juga : Berita Baik, Bayi 3 Bulan di Bogor Sembuh dari Covid-19");
    expect_block(&h, 2, A, "(erh)");
    hp_free(&h);
}
END_TEST

START_TEST(other_glued_headlines)
{
    /* other-0067.txt: two headlines glued together and to the next sentence */
    hp h;
    hp_seg(&h, "pusat wabah corona selanjutnya. Baca Juga:Saat Lockdown Longgar, Masjid-masjid "
               "Iran Kembali Gelar Salat JamaahPekerja Medis Rwanda Pakai Robot untuk Kurangi "
               "Risiko Virus CoronaPara peneliti di Imperial College London memperkirakan tingkat "
               "penyebaran pekan ini di Brasil merupakan yang tertinggi di dunia.");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 4);
    expect_block(&h, 1, R, "Baca Juga:Saat Lockdown Longgar, Masjid-masjid Iran Kembali Gelar "
                           "Salat Jamaah");
    expect_block(&h, 2, R, "Pekerja Medis Rwanda Pakai Robot untuk Kurangi Risiko Virus Corona");
    expect_prefix(&h, 3, P, "Para peneliti di Imperial");
    hp_free(&h);
    /* other-0067.txt, the end: a bracketed item then initials */
    hp_seg(&h, "tutur Oliveira.(Baca Juga: Beberapa Hari Lagi Masjidilharam dan Masjid Nabawi "
               "Kembali Dibuka) (sya) ");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 0, P, "tutur Oliveira.");
    expect_block(&h, 1, R, "(Baca Juga: Beberapa Hari Lagi Masjidilharam dan Masjid Nabawi "
                           "Kembali Dibuka)");
    expect_block(&h, 2, A, "(sya)");
    hp_free(&h);
}
END_TEST

START_TEST(tribun_caption_reporter_dateline)
{
    /* tribun-0003.txt, lines 1-3 (the third one shortened) */
    hp h;
    hp_seg(&h, "Menteri Pertahanan Republik Indonesia, Prabowo Subianto saat memberikan sambutan "
               "pada silaturahmi dan doa bersama ulama, serta tokoh masyarakat Aceh di Hermes "
               "Hotel, Selasa (26/12/2023).\nLaporan Indra Wijaya | Banda Aceh\n"
               "SERAMBINEWS.COM, BANDA ACEH - Menteri Pertahanan Republik Indonesia (Menhan RI)");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 4);
    expect_prefix(&h, 0, Q, "Menteri Pertahanan Republik Indonesia, Prabowo");
    expect_block(&h, 1, A, "Laporan Indra Wijaya | Banda Aceh");
    expect_block(&h, 2, D, "SERAMBINEWS.COM, BANDA ACEH -");
    expect_block(&h, 3, P, "Menteri Pertahanan Republik Indonesia (Menhan RI)");
    ck_assert_ptr_null(h.art.dateline.source);
    ck_assert_str_eq(h.art.dateline.place, "Banda Aceh");
    hp_free(&h);
    /* tribun-0138.txt: the footer glued to the last sentence */
    hp_seg(&h, "lho!Penulis: Matheus Elmerio Manalu | Editor: Bardjan");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 0, P, "lho!");
    expect_block(&h, 1, A, "Penulis: Matheus Elmerio Manalu");
    expect_block(&h, 2, A, "Editor: Bardjan");
    hp_free(&h);
}
END_TEST

START_TEST(cnn_detik_placeholders)
{
    hp h;
    /* cnn-0001.txt */
    hp_seg(&h, "Toyota Prius PHEV.  ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Ketika "
               "diwawancarai");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 0, P, "Toyota Prius PHEV.");
    expect_block(&h, 1, B, "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT");
    expect_block(&h, 2, P, "Ketika diwawancarai");
    hp_free(&h);
    /* cnn-0042.txt */
    hp_seg(&h, "ucap Clescenco.  [Gambas:Video CNN]  ");
    ck_assert_uint_eq(h.art.blocks.len, 2);
    expect_block(&h, 1, B, "[Gambas:Video CNN]");
    hp_free(&h);
    /* detik-0079.txt: glued with a single space */
    hp_seg(&h, "kata Rangga saat dihubungi. [Gambas:Video 20detik]");
    ck_assert_uint_eq(h.art.blocks.len, 2);
    expect_block(&h, 0, P, "kata Rangga saat dihubungi.");
    expect_block(&h, 1, B, "[Gambas:Video 20detik]");
    hp_free(&h);
    /* other-0021.txt (mediaindonesia): the literal None */
    hp_seg(&h, "Komisi IX sebanyak 3 kali. None Jumlah rapat-rapat komisi itu");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 3);
    expect_block(&h, 1, B, "None");
    expect_block(&h, 2, P, "Jumlah rapat-rapat komisi itu");
    ck_assert_uint_eq(count_kind(&h, P), 2);
    hp_free(&h);
}
END_TEST

START_TEST(detik_trailing_headline)
{
    /* detik-0026.txt, the last two lines: an unlabelled related headline is
     * not body (dev-gold README section 1) */
    hp h;
    hp_seg(&h, "Usai dari Habib Syech, Ganjar diagendakan untuk ramah tamah dengan warga di "
               "Boyolali.\nGanjar Ingatkan Bahaya Hoaks Saat Hadiri Haul KH Dalhar Watucongol");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 2);
    expect_prefix(&h, 0, P, "Usai dari Habib Syech");
    expect_block(&h, 1, L, "Ganjar Ingatkan Bahaya Hoaks Saat Hadiri Haul KH Dalhar Watucongol");
    ck_assert_uint_eq(h.art.paragraphs.len, 1);
    hp_free(&h);
    /* a lone line stays the body */
    hp_seg(&h, "Ganjar Ingatkan Bahaya Hoaks Saat Hadiri Haul KH Dalhar Watucongol");
    ck_assert_int_eq(blk(&h, 0)->kind, P);
    hp_free(&h);
}
END_TEST

START_TEST(liputan6_comma_joined)
{
    /* liputan6-0005.txt: paragraphs joined with `.,` */
    hp h;
    hp_seg(&h, "Selasa (10/9/2019), pukul 20.17.19 WIB.,Lewat laman resminya Badan Meteorologi");
    check_invariants(&h);
    ck_assert_uint_eq(h.art.blocks.len, 2);
    expect_block(&h, 0, P, "Selasa (10/9/2019), pukul 20.17.19 WIB.");
    expect_block(&h, 1, P, "Lewat laman resminya Badan Meteorologi");
    hp_free(&h);
}
END_TEST

START_TEST(tempo_dateline_then_body)
{
    /* tempo-0003.txt */
    hp h;
    hp_seg(&h, "TEMPO.CO, Jakarta - Keluarga karyawan Sarinah kecewa dengan keputusan hakim");
    ck_assert_uint_eq(h.art.blocks.len, 2);
    expect_block(&h, 0, D, "TEMPO.CO, Jakarta -");
    expect_block(&h, 1, P, "Keluarga karyawan Sarinah kecewa dengan keputusan hakim");
    hp_free(&h);
}
END_TEST

START_TEST(empty_and_blank)
{
    hp h;
    hp_seg_n(&h, "", 0);
    ck_assert_uint_eq(h.art.blocks.len, 0);
    hp_free(&h);
    hp_seg(&h, " \n\r\n   \xC2\xA0 \n");
    ck_assert_uint_eq(h.art.blocks.len, 0);
    ck_assert_uint_eq(h.art.paragraphs.len, 0);
    hp_free(&h);
}
END_TEST

/* ---- linear time ------------------------------------------------------------ */

START_TEST(many_read_also_lines)
{
    size_t n = 100000, len, k;
    char *s = tu_repeat("Baca juga: Bulog salurkan 200 ribu ton beras\n", n, &len);
    size_t m = len / n;
    hp h;
    hp_seg_n(&h, s, len);
    ck_assert_uint_eq(h.art.blocks.len, n);
    ck_assert_uint_eq(count_kind(&h, R), n);
    hp_free(&h);
    /* the same items on one line, separated by single spaces */
    for (k = 0; k < n; k++)
        s[k * m + m - 1] = ' ';
    hp_seg_n(&h, s, len);
    ck_assert_uint_eq(count_kind(&h, R), n);
    hp_free(&h);
    free(s);
}
END_TEST

START_TEST(huge_single_line)
{
    /* 20 MB without a line break: words, single spaces, no sentence end */
    size_t n = (size_t)20 << 20, i;
    char *s = malloc(n + 1);
    hp h;
    ck_assert_ptr_nonnull(s);
    for (i = 0; i < n; i++)
        s[i] = (i % 8 == 7) ? ' ' : 'a';
    s[n] = '\0';
    hp_seg_n(&h, s, n);
    ck_assert_uint_eq(h.art.blocks.len, 1);
    hp_free(&h);
    /* one 20 MB word, then two-space runs everywhere (no capital after) */
    memset(s, 'A', n);
    hp_seg_n(&h, s, n);
    ck_assert_uint_eq(h.art.blocks.len, 1);
    hp_free(&h);
    for (i = 0; i < n; i++)
        s[i] = (i % 4 >= 2) ? ' ' : 'x';
    hp_seg_n(&h, s, n);
    ck_assert_uint_eq(h.art.blocks.len, 1);
    hp_free(&h);
    /* a label followed by a 20 MB title-case run without stops */
    memcpy(s, "Baca juga: ", 11);
    for (i = 11; i < n; i++)
        s[i] = (i % 6 == 5) ? ' ' : (i % 6 == 0 ? 'K' : 'a');
    hp_seg_n(&h, s, n);
    ck_assert_uint_ge(h.art.blocks.len, 1);
    check_invariants(&h);
    hp_free(&h);
    free(s);
}
END_TEST

static Suite *segment_suite(void)
{
    Suite *s = suite_create("segment");
    TCase *tc = tcase_create("core");
    TCase *big = tcase_create("linear");
    tcase_add_test(tc, seed_by_hand);
    tcase_add_test(tc, seed_crlf);
    tcase_add_test(tc, seed_public_api);
    tcase_add_test(tc, antara_flattened_paragraphs);
    tcase_add_test(tc, abbreviation_keeps_paragraph);
    tcase_add_test(tc, closing_bracket_keeps_paragraph);
    tcase_add_test(tc, okezone_spaced_read_also);
    tcase_add_test(tc, teasers_and_notices_leave_the_body);
    tcase_add_test(tc, antara_footer_glued);
    tcase_add_test(tc, antara_inline_read_also);
    tcase_add_test(tc, pullquote_before_dateline);
    tcase_add_test(tc, own_stamp_line);
    tcase_add_test(tc, kompas_inline_title_case);
    tcase_add_test(tc, kompas_read_also_line);
    tcase_add_test(tc, okezone_read_also_and_initials);
    tcase_add_test(tc, other_glued_headlines);
    tcase_add_test(tc, tribun_caption_reporter_dateline);
    tcase_add_test(tc, cnn_detik_placeholders);
    tcase_add_test(tc, detik_trailing_headline);
    tcase_add_test(tc, liputan6_comma_joined);
    tcase_add_test(tc, tempo_dateline_then_body);
    tcase_add_test(tc, empty_and_blank);
    tcase_set_timeout(big, 120);
    tcase_add_test(big, many_read_also_lines);
    tcase_add_test(big, huge_single_line);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, big);
    return s;
}

int main(void)
{
    return tu_run(segment_suite());
}
