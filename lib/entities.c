/* entities: people with titles and affiliations, countries, organisations
 * and places.
 *
 * One left-to-right pass over the tokens of the document. At each position
 * the gazetteer's longest match is taken and context rules decide what it
 * becomes (precision first: a capitalised word needs evidence to be a name):
 *   - productive organisation patterns (`Kementerian <portfolio> <Country>`,
 *     `Kedutaan Besar <Country>`, `Pemerintah <Country>`, `Polres <Place>`,
 *     institution heads such as `Badan`, `Universitas`, `PT` followed by a
 *     capitalised run, unknown words before a country: `Sony Music
 *     Indonesia`) beat the countries and places inside them;
 *   - administrative prefixes (`Kabupaten`, `Kota`, ...) are dropped and the
 *     place after them is taken; feature words (`Gunung`, `Pulau`) are kept;
 *     place words inside facility names (`PLTB Sidrap`) are not places;
 *   - persons: TITLE [portfolio (ACR)] [affiliation: country, province,
 *     organisation] [RANK/HONORIFIC] [,] Name; `TITLE unit..., Name`;
 *     `Name, TITLE`; speech verbs (`kata X`); honorifics (`Pak X`); a name
 *     before a reporting verb (`X Y mengatakan`); kinship (`sang istri, X`);
 *     a name listed right after a person (`A B, C D, dan E F`);
 *   - acronym definitions `Long Form (ACR)` (Schwartz-Hearst letter match,
 *     initials, or a pair the gazetteer lists); later bare ACR mentions join
 *     the entity; gazetteer acronyms join their long form;
 *   - later mentions by any word of a known person's name (`Qin`) link to
 *     him; a word two people share links to neither;
 *   - with WARTA_PARSE_GUESS_NAMES, after the rules: the body's capitalised
 *     runs that no mention and no time expression touch, typed by the
 *     learned model of names.c (guess_names()).
 * Unique entities are found through one hash table (namespace + case-folded
 * key -> entity index) allocated in the article's arena, plus a set of the
 * words the text writes in lower case (a capitalised common word is not a
 * name). Every look-ahead is bounded by a small constant, so the pass is
 * linear in the tokens. */
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "entities.h"
#include "names.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "text.h"
#include "warta/common.h"

enum {
    MAX_NAME_WORDS = 4,   /* person names */
    MAX_RUN = 12,         /* long forms of acronyms, organisation names */
    MAX_GZ = 8,           /* entries per gazetteer match */
    KEY_CAP = 512
};

/* namespaces of the hash table */
enum {
    NS_COUNTRY = 'C', /* iso2 -> country */
    NS_ORG = 'O',     /* folded name -> organisation */
    NS_ACR = 'A',     /* folded acronym -> organisation or place */
    NS_LOC = 'L',     /* folded name -> location */
    NS_PERSON = 'P',  /* folded full name -> person */
    NS_TOKEN = 'T'    /* folded name token -> person (-2: ambiguous) */
};

/* A gazetteer match at one position. */
typedef struct gzm {
    size_t len; /* tokens; 0 = none */
    const wt_gz_entry *e[MAX_GZ];
    size_t ne;
} gzm;

/* The gazetteer matches of the span's tokens, each computed once: the
 * rules ask for the match at a position many times. */
typedef struct gz_memo {
    uint32_t *at; /* per token: 0 = not computed, else 1 + index in m */
    gzm *m;       /* mcap entries, grown in `ar` when full */
    size_t len, mcap;
    wt_arena *ar; /* the call's scratch arena */
    /* other answers that depend on the span only, per token: */
    uint32_t *name_end; /* scan_name(): 0 = not computed, else end + 1 */
    uint8_t *unname;    /* unname_shape(): 0 = not computed, 1 no, 2 yes */
} gz_memo;

typedef struct hslot {
    const char *key; /* NULL: empty */
    uint32_t hash;
    uint32_t klen;
    int ent;
} hslot;

typedef struct state {
    wt_parse *p;
    const char *s;
    const wt_gazetteer *gz;
    const uint64_t *hot; /* wt_gz_hot_bits(), NULL without a gazetteer */
    wt_arena *ar;      /* the article's arena: what the entities keep */
    wt_arena scratch;  /* this call's lookup tables, released on return */
    wt_vec *out;
    hslot *slots;
    size_t cap, used;
    uint32_t ns_used[32]; /* keys per namespace (by its letter & 31) */
    /* entities found by a gazetteer string (by its address; the string
     * lives as long as the context): a key once in the map keeps its
     * entity, so the answer never changes */
    struct {
        const char *name;
        char ns;
        int ent;
    } found[64];
    const char *dateline_agency;
    size_t last_person_end; /* token after the latest person mention + 1, 0: none */
    int last_person_item;   /* that mention opens a list item: no capitalised word before it */
    int last_person;        /* that mention's entity */
    size_t last_place_end;  /* token after the latest place mention + 1, 0: none */
    int last_place_loc;     /* that mention is after a locative (`di X`) or in a list of such */
    size_t last_paren;      /* the span's last `(` token + 1, 0: none */
    int titlecase;          /* the span capitalises most words: no evidence */
    uint32_t *lower; /* set of fold hashes of words written in lower case */
    size_t lower_cap;
    /* unglue(): the document's spans, and the set of its capitalised words'
     * hashes (made when first asked: doc_cap_word()) */
    const wt_tokens *gtoks;
    size_t gn;
    uint32_t *capset;
    size_t capset_cap;
    /* the byte offsets where unglue() split a token, ascending */
    size_t *split, nsplit;
    /* the span being read */
    const wt_token *t;
    size_t n;
    uint64_t *cls; /* word classes of its tokens (wt_gz_word_class), CLS_DONE
                    * once looked up, 0 before */
    gz_memo *memo;
} state;


#define ENT(st, i) (((warta_entity *)(st)->out->data)[(i)])

/* ---- small helpers ------------------------------------------------------ */

static int tk_word(const wt_token *t) { return (t->flags & WT_TOK_WORD) != 0; }
/* A capitalised word. wt_tokenize() sets CAP and ALLCAPS on words only
 * (with WT_TOK_WORD), so one test answers both. */
static int tk_cap(const wt_token *t) { return (t->flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)) != 0; }
static size_t tk_len(const wt_token *t) { return t->end - t->start; }
/* wt_tok_eq() / wt_tok_is() of token k and a string literal, the length
 * compared first, inline (both are 0 for another length): for the calls
 * on hot paths, where most tokens differ in length */
#define TK_EQ(st, k, lit)                                                                        \
    (tk_len(&(st)->t[k]) == sizeof(lit) - 1 && wt_tok_eq((st)->s, &(st)->t[k], (lit)))
#define TK_IS(st, k, lit)                                                                        \
    (tk_len(&(st)->t[k]) == sizeof(lit) - 1 && wt_tok_is((st)->s, &(st)->t[k], (lit)))
static int lower_ascii(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* 1 when token k is one of the NULL-ended list's words, exact case. */
static int tok_in(const state *st, size_t k, const char *const *list)
{
    for (; *list; list++)
        if (wt_tok_eq(st->s, &st->t[k], *list))
            return 1;
    return 0;
}

static int tk_punct(const state *st, size_t i, char c)
{
    const wt_token *t = &st->t[i];
    return (t->flags & WT_TOK_PUNCT) && tk_len(t) == 1 && st->s[t->start] == c;
}

/* 1 when token i's word is in the list of class `bit` (ASCII
 * case-insensitive, as the lists are written). */
static uint64_t cls_of(const state *st, size_t i);
/* The word classes of token i: the span's memo, else looked up. */
static inline uint64_t tk_cls(const state *st, size_t i)
{
    uint64_t c = st->cls[i];
    return c ? c : cls_of(st, i);
}
static inline int tk_has(const state *st, size_t i, uint64_t bit)
{
    return (tk_cls(st, i) & bit) != 0;
}

/* Capitalised function words, calendar words and generic nouns that never
 * start or continue a person's name. */
/* Function words and calendar words: they end organisation and place names
 * too. */
static const char *const func_stop[] = {
    "Adapun", "Agustus", "Ahad", "Akan", "April", "Atas", "Baca", "Bagi", "Bahkan", "Beliau",
    "Belum", "Dan", "Dari", "Dengan", "Desember", "Di", "Dia", "Editor", "Februari", "Foto",
    "Hingga", "Ia", "Ini", "Itu", "Januari", "Jika", "Juga", "Juli", "Jum'at", "Jumat", "Juni",
    "Kalau", "Kami", "Kamis", "Karena", "Ke", "Kemudian", "Ketika", "Kita", "Maret", "Masih",
    "Mei", "Menurut", "Mereka", "Minggu", "Namun", "November", "Oktober", "Oleh", "Pada",
    "Para", "Penulis", "Pewarta", "Rabu", "Reporter", "Saat", "Sabtu", "Sang", "Sebagai",
    "Sebelum", "Sedangkan", "Sejak", "Selain", "Selasa", "Selengkapnya", "Sementara", "Senin",
    "September", "Setelah", "Sudah", "Sumber", "Tak", "Tapi", "Tetapi", "Tidak", "Untuk",
    "Video", "WIB", "WIT", "WITA", "Yang", NULL
};

static const char *const name_stop[] = {
    "A", "Adapun", "Agama", "Agustus", "Ahad", "Air", "Akan", "Akhirnya", "Album", "Almarhum",
    "Almarhumah", "An", "Anda", "Anggota", "Apa", "Apalagi", "April", "Area", "Atas", "Baca",
    "Bagaimana", "Bagi", "Bagian", "Bahkan", "Bandara", "Bank", "Bapak", "Beberapa", "Begini",
    "Beliau", "Belum", "Berdasarkan", "Bidang", "Biro", "Bisa", "Bu", "Budaya", "Buku", "Bulan",
    "BUMN", "Bupati", "Cabang", "Cak", "Camat", "Cara", "Center", "Centre", "Chief", "Company",
    "Corona", "Corp", "Covid", "CV", "Daerah", "Daftar", "Dalam", "Dan", "Danau", "Dari",
    "Dato", "Datuk", "Dengan", "Departemen", "Desember", "Dewan", "Di", "Dia", "Dicopot",
    "Dilantik", "Dipecat", "Diperiksa", "Director", "Direktur", "Ditahan", "Ditangkap",
    "Divisi", "Dr", "Drama", "Drs", "Dubes", "Editor", "Ekonomi", "Eks", "Energi", "Executive",
    "Februari", "Film", "Foto", "Foundation", "Gedung", "Gereja", "GMT", "Group", "Grup",
    "Gubernur", "Gugus", "Gunung", "Gus", "Habib", "Hal", "Harga", "Hari", "Head", "Hidup",
    "Hingga", "Hj", "Hotel", "Hubungan", "Hukum", "Humas", "Ia", "Ibu", "In", "Industri",
    "Informasi", "Ini", "Institute", "Intelkam", "Investasi", "Ir", "Istana", "Itu", "Jalan",
    "Januari", "Jelang", "Jenderal", "Jika", "Jl", "Juga", "Juli", "Jum'at", "Jumat", "Juni",
    "Kabinet", "Kabupaten", "Kalau", "Kami", "Kamis", "Kantor", "Kapal", "Kapolda", "Kapolres",
    "Kapolri", "Karena", "Ke", "Keamanan", "Kementerian", "Kemudian", "Kenapa", "Kepala",
    "Kerja", "Ketika", "Ketua", "Ketum", "KH", "Kini", "Kita", "Klik", "Komandan", "Komite",
    "Kompleks", "Komunikasi", "Konsultan", "Koordinator", "Koperasi", "Kosong", "Kota", "Kyai",
    "Lagu", "Lalu", "Lantas", "Lapangan", "Laut", "Lebih", "Lembaga", "Lihat", "Lingkungan",
    "Lurah", "Manager", "Mantan", "Maret", "Mas", "Masih", "Masjid", "Maskapai", "Mei",
    "Mengapa", "Menteri", "Menurut", "Mereka", "Meski", "Meskipun", "Migas", "Minggu", "Namun",
    "Narkoba", "Nasional", "Negara", "Negeri", "Nelayan", "No", "Nomor", "November", "Nyonya",
    "Of", "Office", "Officer", "Oktober", "Olahraga", "Oleh", "Pada", "Padahal", "Pak",
    "Pangan", "Panglima", "Panitia", "Panja", "Pansus", "Pantai", "Para", "Pariwisata",
    "Parpol", "Pasal", "Pasar", "Pekan", "Pelabuhan", "Pelatih", "Pemerintah", "Pemilu",
    "Pemuda", "Pilpres", "Pilkada", "Pileg",
    /* months of the Hijri year: `awal Ramadan, Syawal, dan Zulhijjah, Menteri
     * Agama wajib`; not `Ramadhan`, a given name too */
    "Muharram", "Syaban", "Syawal", "Zulkaidah", "Zulhijjah",
    "Dzulhijjah", "Dzulqaidah",
    "Penulis", "Pernyataan", "Persero", "Pertiwi", "Pesawat", "Petani", "Pewarta", "Pimpinan",
    "Pj", "Pjs", "Plt", "Polisi", "Politik", "Presiden", "Prof", "Provinsi", "PT", "Pulau",
    "Puluhan", "Pusat", "Rabu", "Rakyat", "Ratusan", "Reporter", "Representative", "Reskrim",
    "Resmi", "Ribuan", "Riset", "Rp", "Rumah", "Saat", "Sabtu", "Sakit", "Salah", "Sales",
    "Samudra", "Sang", "Satgas", "Satuan", "Sebagai", "Sebelum", "Sebelumnya", "Sedangkan",
    "Sehingga", "Sejak", "Sejumlah", "Sekjen", "Sekretariat", "Seksi", "Selain", "Selanjutnya",
    "Selasa", "Selat", "Selengkapnya", "Sementara", "Semua", "Senin", "Senior", "Seorang",
    "September", "Serial", "Setelah", "Setiap", "Seusai", "Siapa", "Simak", "Soal", "Sosial",
    "Stadion", "Stasiun", "Subbag", "Subdit", "Sudah", "Sumber", "Sungai", "Tahun", "Tak",
    "Taman", "Tanah", "Tanpa", "Tapi", "Tbk", "Teknologi", "Teluk", "Tenaga", "Tentu",
    "Terminal", "Terpisah", "Tetapi", "The", "Tidak", "Tim", "Transportasi", "Tuan", "Tugas",
    "Tun", "UKM", "Umum", "Unit", "University", "Untuk", "Usai", "Vice", "Video", "Wakil",
    "Walaupun", "Wali", "Walikota", "Warga", "WIB", "Wilayah", "WIT", "WITA", "Yang",
    /* common nouns that open a sentence before a name or a verb (`Korban
     * meninggal dunia bernama Samiko`, `Tersangka Budi`) */
    "Korban", "Pelaku", "Tersangka", "Terdakwa", "Saksi", "Pasien", "Petugas", "Pria",
    "Wanita", "Perempuan", "Bocah", "Balita", "Remaja", "Jenazah", "Pengemudi", "Sopir",
    "Penumpang", "Pemilik", "Pengunjung", "Siswa", "Mahasiswa", "Tahanan", "Ayat", NULL
};

static const char *const particles[] = {"bin", "binti", "van", "von", "de", "der", "den",
                                        "da", "dos", "das", "del", "al", "el", "la", "le",
                                        "ibn", "ten", "ter", NULL};

static const char *const speech_verbs[] = {"kata", "ujar", "ungkap", "jelas", "tutur",
                                           "ucap", "imbuh", "tegas", "terang", "papar",
                                           "tambah", "sebut", NULL};
/* verbs that are also common words: only after `,` or a closing quote */
static const char *const weak_verbs[] = {"jelas", "tegas", "terang", "tambah", "sebut",
                                         "ungkap", "tutur", "papar", NULL};

static const char *const locatives[] = {"di", "ke", "dari", "menuju", "kawasan", "daerah",
                                        "wilayah", "desa", "kampung", "kelurahan", NULL};

/* lower-case words a title-case headline keeps */
static const char *const func_lower[] = {"yang", "untuk", "dari", "dengan", "pada", "dalam",
                                         "atau", "akan", "bagi", "oleh", "saat", "usai",
                                         "jadi", "soal", "demi", "agar", "hingga", NULL};

/* geographic feature words kept in place names */
static const char *const feature_words[] = {"Gunung", "Pulau", "Pantai", "Danau", "Bukit",
                                            "Teluk", "Tanjung", "Kepulauan", "Selat",
                                            "Taman", "Air", "Lembah", "Ranu", "Kawah",
                                            "Sungai", "Gua", "Goa", "Waduk", "Puncak", NULL};

/* relations before a name (kinship, colleagues, `yakni`) */
static const char *const kin_words[] = {
    "istri", "suami", "anak", "putra", "putri", "rekan", "ayah", "adik", "kakak", "cucu",
    "menantu", "keponakan", "istrinya", "suaminya", "rekannya", "putranya", "putrinya",
    "anaknya", "ayahnya", "ibunya", "adiknya", "kakaknya", "bernama",
    /* names given as such: `nama aslinya Sachiko Kamachi`, `nama lengkapnya`,
     * `nama panggungnya Lady Gaga`, `dengan mononim Charice`, `akrab disapa
     * Bang Ara` */
    "aslinya", "lengkapnya", "panggungnya", "mononim", "disapa", NULL};

static const char *const admin_prefix[] = {"Kabupaten", "Kota",   "Provinsi",  "Kecamatan",
                                           "Kelurahan", "Desa",   "Dusun",     "DKI",
                                           "Kab",       "Kampung", "Kawedanan", "Dukuh",
                                           "Region",    NULL};

/* heads of organisation names taken productively with the capitalised run
 * after them */
static const char *const org_heads[] = {
    "Kementerian", "Badan", "Dinas", "Direktorat", "Universitas", "Institut",
    "Politeknik", "Akademi", "Partai", "PT", "Perum", "Lembaga", "Yayasan", "Asosiasi",
    "Koalisi", "Majelis", "Pengadilan", "Kejaksaan", "Fraksi", "Perkumpulan", "Persatuan",
    "Himpunan", "Ikatan", "Otoritas", "Pondok", "Sekolah", "Departemen", "Pengurus",
    /* a railway operations area: `KAI Daop 8 Surabaya`; a port's harbour
     * master's office: `Syahbandar Utama Belawan` */
    "Daop", "Syahbandar", NULL};
/* the last word of the posts of a village's or district's head, whose
 * area's name comes first (`Camat Sukajaya Ridwan`, `Kepala Desa Burikan,
 * Surata`) */
static const char *const area_posts[] = {"Camat", "Lurah", "Kades", "Kadus", "Desa", "Dusun",
                                         "Kelurahan", "Kampung", "Nagari", NULL};
/* police and military units and regional governments named after their area */
static const char *const unit_heads[] = {"Polres", "Polresta", "Polrestabes", "Polda",
                                         "Polsek", "Kodam", "Kodim", "Korem", "Lanal",
                                         "Lantamal", "Kejari", "Kejati", "Polairud",
                                         /* a city's fire service: `Damkar Kota Medan` */
                                         "Damkar",
                                         /* regional governments: `Pemprov DKI Jakarta`,
                                          * `Pemkab Bogor`, `Pemkot Surabaya` */
                                         "Pemprov", "Pemkab", "Pemkot", NULL};
/* heads that only make an organisation with a country right after them */
static const char *const country_heads[] = {"Pemerintah", "Kedubes", "KBRI", "Parlemen",
                                            "Militer", "Tentara", "Angkatan", NULL};


/* words that extend a position found by the gazetteer */
static const char *const title_suffix[] = {"Nasional", "Umum", "Harian", "Pelaksana", "Independen",
                                           "Eksekutif", "Utama", "Senior", "Muda", "Madya",
                                           "senior", "Khusus", "Pertama", "Kedua", "Ketiga",
                                           "Keempat", "Kelima", NULL};

/* documents whose name contains a title: `Peraturan Menteri ESDM` */
static const char *const title_doc[] = {"Peraturan", "Keputusan", "Instruksi", "Surat",
                                        "Permen", "Kepmen", "Perpres", "Keppres", "Kantor",
                                        "Istana", "Rumah", "Pelantikan", "Staf", NULL};

static const char *const run_connectors[] = {"dan", "untuk", "&", "of", "and", "for",
                                             "the", "serta", NULL};

/* compass words a gazetteer may list that are not places on their own */
static const char *const bare_directions[] = {"Barat", "Timur", "Utara", "Selatan",
                                              "Tengah", NULL};

/* words that make a long form an organisation */
static const char *const org_indicators[] = {
    "Agency", "Akademi", "Aliansi", "Alliance", "Angkatan", "Asosiasi", "Association", "Badan",
    "Balai", "Bank", "Board", "Bureau", "Center", "Centre", "College", "Commission",
    "Committee", "Company", "Corporation", "Council", "Department", "Dewan", "Dinas",
    "Direktorat", "Federasi", "Federation", "Forum", "Foundation", "Front", "Fund", "Gerakan",
    "Group", "Himpunan", "Ikatan", "Inc", "Institut", "Institute", "Jaringan", "Kantor",
    "Kejaksaan", "Kementerian", "Kepolisian", "Koalisi", "Komando", "Komisi", "Komite",
    "Kelompok", "Konfederasi", "Kongres", "Korps", "Lembaga", "Ltd", "Mahkamah", "Majelis",
    "Markas",
    "Ministry", "Network", "Office", "Organisasi", "Organisation", "Organization", "Otoritas",
    "Parlemen", "Partai", "Party", "Pasukan", "Pemerintah", "Pengadilan", "Perhimpunan",
    "Perkumpulan", "Persatuan", "Persekutuan", "Perum", "Perusahaan", "Politeknik", "PT",
    "Satgas", "School", "Sekolah", "Sekretariat", "Serikat", "Service", "Society", "Tentara",
    "Tim", "Uni", "Union", "Universitas", "University", "Watch", "Yayasan", NULL
};

/* lists read by single rules */
static const char *const name_conn[] = {"of", "and", "for", "the", "dan", "&", NULL};

static const char *const post_adv[] = {"sebelumnya", "kini",   "pernah", "masih", "juga",
                                       "sempat",     "selama", "saat",   "ini",   "itu",
                                       "sekarang",   "dulu",   "dahulu", NULL};

static const char *const post_verbs[] = {"menjabat", "menjadi", NULL};
/* adverbs after a lone name opening a sentence that make it the subject
 * (`Eliza juga`, `Kevin sempat`): subject_cue() */
static const char *const subject_adv[] = {"juga", "pun", "adalah", "merupakan", "telah",
                                          "sudah", "sempat", "pernah", "kembali", "mulai",
                                          "akan", "tidak", "belum", "masih", "kemudian",
                                          "lalu", NULL};

static const char *const hon_words[] = {"H",     "Hj",    "KH",    "Dr",   "Drs", "Ir",  "Prof",
                                        "dr",    "Dato",  "Datuk", "Tun",  "Tan", "Sri", "Seri",
                                        "Habib", "Syekh", "Kiai",  "Kyai", NULL};

static const char *const facility_before[] = {
    "Bandara",     "Pelabuhan",  "Stasiun",  "Terminal", "Istora", "Stadion", "PLTB",
    "PLTU",        "PLTA",       "PLTS",     "PLTD",     "PLTP",   "PLTSa",   "Masjid",
    "Gedung",      "Hotel",      "Mal",      "Mall",     "Pasar",  "Jalan",   "Jl",
    "Universitas", "College",    "RSUD",     "RS",       "Sakit",  "Dermaga", "Kampus",
    "Hospital",    "Perwakilan", "Bidadari", "Gereja",   "Pura",   "Vihara",  "Sirkuit",
    "Circuit",     "Apartemen",  "Paviliun", NULL};

static const char *const facility_after[] = {
    "Hospital",   "Orchestra", "Stadium",  "College",       "Beach",        "City",
    "Convention", "Center",    "Centre",   "International", "Philharmonic", "University",
    "Airport",    "Port",      "Live",     "Mall",          "Hotel",        "Square",
    "Tower",      "Plaza",     "Symphony", "United",        "FC",           "Club",
    "Times",      "Post",      "Herald",   "Daily",         "Group",        "Lagoon",
    "Apartment",  "Apartments", "Residence", "Residences",  "Suites",       "Condominium",
    NULL};

/* heads of task forces and hospitals, named up to their last anchor
 * (unit_anchor) */
static const char *const anchor_heads[] = {"Gugus", "Rumah", "RSUD", "RSUP", NULL};

/* schools named by level and number (`SMAN 70 Jakarta`, `SMA Negeri 1
 * Purwokerto`, `SMP Negeri 3`): organisations (dev-gold README) */
static const char *const school_heads[] = {"SMA",  "SMAN", "SMP", "SMPN", "SMK", "SMKN", "SD",
                                           "SDN",  "SMU",  "SMUN", "MTs", "MTsN", NULL};
static const char *const school_kinds[] = {"Negeri", "N", "Swasta", "Plus", "Islam", NULL};
/* the last word of a company, club, band or broadcaster's name (`Lion Air`,
 * `SM Entertainment`, `Maurice Blackburn Lawyers`, `Manchester United`) */
static const char *const org_suffix[] = {
    "Entertainment", "Records",    "Band",     "TV",          "FC",       "SV",
    "United",        "Airlines",   "Airways",  "Air",         "Productions", "Pictures",
    "Studios",       "Corporation", "Corp",    "Inc",         "Ltd",      "Company",
    "Lawyers",       "Orchestra",  "Philharmonic", "Motors",  "Foundation", "Racing",
    "Hospital",
    NULL};
/* the heads of English institutions' names, written after the name
 * (`Griffith University`, `Hudson Institute`, `Standard Chartered Bank`,
 * `Pacific Asia Travel Association`) or before an `of` part (`University
 * of Maine`, `Bank of America`): inst_tail() */
static const char *const inst_heads[] = {
    "University",  "College", "Institute", "Institution", "Academy",    "Association",
    "Society",     "Council", "Committee", "Commission",  "Federation", "Alliance",
    "Network",     "Agency",  "Authority", "Board",       "Bank",       "Laboratory",
    "Laboratories", "School", "Union",     "Observatory", NULL};
/* English job words that open no institution's name (`Exchange Strategist
 * National Australia Bank`, `Komite Eksekutif Interparliamentary Union`) */
static const char *const eng_roles[] = {
    "Strategist", "Analyst",   "Economist", "Manager",   "Director", "Chief",
    "Head",       "Senior",    "Executive", "Eksekutif", "Officer",  "Researcher",
    "Chairman",   "President", "Founder",   "Professor", "Spokesperson", NULL};
/* common words a scraper glues to a name or an acronym before them
 * (`Tairaskepada`, `Lahadaliasetelah`, `Trumptengah`, `DKPPitu`), and the
 * news' most common reporting verbs (`Anungmembantah`): taken even where
 * the document writes them nowhere else */
static const char *const glue_words[] = {
    "kepada",  "terhadap", "tentang", "sebagai", "setelah", "sebelum", "sejak",   "selama",
    "bersama", "karena",   "ketika",  "bahwa",   "tengah",  "besok",   "kemarin", "sudah",
    "telah",   "masih",    "juga",    "bahkan",  "namun",   "serta",   "sedangkan",
    "sementara", "yakni",  "yaitu",   "adalah",  "merupakan", "menjadi", "tidak",
    "belum",   "pernah",   "sempat",  "kembali", "langsung", "hanya",  "secara",
    "melalui", "menuju",   "tersebut", "itu",     "ini",     "dan",     "atau",    "saja",
    "lagi",    "pula",     "alias",   "mengatakan", "menyebut", "menyebutkan", "menjelaskan",
    "mengungkapkan", "menyampaikan", "menegaskan", "membantah", "meminta", "mengaku",
    "menilai", "memberitakan", "melaporkan", "menurut", NULL};
/* legal forms written after a company's name (`Amazon Inc`, `Rower LLC`,
 * `L'Oreal SA`, `Power Co. Ltd.`): legal_tail() reads them case exact */
static const char *const legal_forms[] = {"Inc",  "LLC", "LLP", "Ltd", "Corp", "Co",
                                          "Plc",  "PLC", "SA",  "AG",  "GmbH", "Pte", NULL};
/* a club's or broadcaster's first word (`FC Barcelona`, `AC Milan`, `Radio
 * Nederland Wereldomroep`) */
static const char *const org_prefix[] = {"FC", "AC", "SV", "Radio", NULL};

/* administrative words that precede a place in lower case (`desa Kramas`,
 * `kota Bandung`); the step reads them only written so. An unknown name is
 * taken after all but `kota`, `kabupaten` and `provinsi`, which need a known
 * place (`kota Pahlawan` is Surabaya's epithet). */
static const char *const lower_admin[] = {"desa",     "dusun",    "kelurahan", "kecamatan",
                                          "kabupaten", "kota",    "provinsi",  "distrik",
                                          "kampung",  "nagari",   "gampong",   "dukuh",
                                          "kawedanan", NULL};

static const char *const eng_connectors[] = {"of", "and", "for", "the", NULL};

static const char *const not_desc[] = {"yang", "dan",   "atau",      "itu",   "ini",   "asal",
                                       "dari", "juga",  "tersebut",  "kini",  "pun",   "lain",
                                       "para", "sang",  "tak",       "tidak", "sudah", "telah",
                                       "akan", "masih", "sekaligus", "seperti", "antara",
                                       "yakni", "yaitu", "misalnya", "termasuk", NULL};

static const char *const firm_words[] = {"Sekuritas", "Securities", "Futures",  "Research",
                                         "Capital",   "Investama",  "Metals",   "Consulting",
                                         "Advisory",  "Partners",   "Holdings", "Films",
                                         "Pictures",  "Studios",    "Management", NULL};

static const char *const not_org[] = {
    "Bahasa", "Bangsa", "Republik", "Kawasan", "Masyarakat", "Seluruh",  "Kedaulatan", "Rupiah",
    "Timnas", "Sepak",  "Bola",     "Piala",   "Liga",       "Presiden", "Pemerintah",
    /* acronyms of common nouns, not of bodies: `PDB Indonesia` is the
     * country's GDP, `SDM Indonesia` its workforce, `UU RI` a law */
    "UU", "SDM", "PDB", "GDP", "CPO", "SBN", "APBN", "APBD", "BBM", "UMKM", "WNI", "WNA", "TKI",
    "ASN", "PNS", "IHSG", "PPN", "KTP", "NIK", "HAM", NULL};

/* the agent after a verb of performing or directing is a person
 * (`dinyanyikan Yesung`, `dibintangi Antonio Banderas`); not after `oleh`,
 * which news writes before bodies and firms as often as before people */
static const char *const agent_verbs[] = {"dibintangi",   "dinyanyikan",  "diperankan",
                                          "disutradarai", "dipopulerkan", "dikemudikan",
                                          "dikendarai",   "diproduseri",  "diciptakan",
                                          NULL};
/* biographical verbs right after a name (`Liberace dilahirkan di`) */
/* a band member's or a musician's part, in brackets after the name:
 * `Roni Harahap ( keyboard )`, `Opet Alatas ( bass )` */
static const char *const music_roles[] = {
    "vokal",    "vokalis", "vocal",     "vocals", "gitar",    "gitaris", "guitar",  "guitars",
    "bass",     "bas",     "bassis",    "basis",  "drum",     "drums",   "drummer", "kibor",
    "keyboard", "keyboards", "keyboardis", "piano", "pianis", "perkusi", "saksofon", "biola",
    "terompet", "synthesizer", NULL};
/* lower-case nouns that name the kind of the organisation after them:
 * `band Nidji`, `grup band Dewa 19`, `klub Tornado`, `majalah Autosport` */
static const char *const org_cues[] = {"band", "grup", "klub", "label", "majalah",
                                       "perusahaan", NULL};
/* verbs of citing an outlet: `dilansir dari Variety`, `melansir Business
 * Insider`, `dikutip dari laman CoinDesk`, `Mengutip CNBC,` */
static const char *const media_cues[] = {"dilansir", "melansir", "dikutip", "mengutip", NULL};
/* what may stand between such a verb and the outlet: `laman`, `situs` */
static const char *const media_kinds[] = {"laman", "situs", "portal", "media", "akun", NULL};
/* events and contests: `di Olimpiade`, `ke Piala Dunia` are no places */
static const char *const event_words[] = {
    "Olimpiade", "Olympic", "Olympics", "Piala", "Liga", "Festival", "Pekan", "Kejuaraan",
    "Turnamen", "Konferensi", "KTT", "Sidang", "Rapat", "Pameran", "Kongres", "Muktamar",
    "Munas", "Musyawarah", "Pemilu", "Pilkada", "Pilpres", "Grand", "Final", "Seri", "Series",
    "Asian", "Games", "Expo", "Forum", "Summit", "Cup", "Open", "Masters", "Championship",
    /* `di Lazada Fest 12.12` (antara-0005) */
    "Fest", NULL};
/* capitalised words after `di` / `ke` that are no place: platforms,
 * facilities (the dev-gold guidelines count no facility as a place),
 * seasons, ballots and common nouns of headlines */
/* words of a post's portfolio or internal unit (`Direktur Jenderal
 * Perhubungan Laut`, `Kepala Departemen Politik dan Perubahan Sosial`);
 * derived nouns (`Perkeretaapian`) and words the text writes in lower case
 * count too */
static const char *const portfolio_words[] = {
    "Departemen", "Bidang",     "Divisi",      "Biro",       "Bagian",     "Seksi",
    "Subdit",     "Pusat",      "Darat",       "Laut",       "Udara",      "Minyak",
    "Gas",        "Bumi",       "Energi",      "Mineral",    "Batubara",   "Listrik",
    "Pajak",      "Bea",        "Cukai",       "Anggaran",   "Hukum",      "Politik",
    "Sosial",     "Ekonomi",    "Keamanan",    "Informasi",  "Komunikasi", "Publik",
    "Hubungan",   "Luar",       "Negeri",      "Kerja",      "Sama",       "Tenaga",
    "Sumber",     "Daya",       "Air",         "Manusia",    "Pangan",     "Tanaman",
    "Hortikultura", "Perikanan", "Kelautan",   "Tata",       "Ruang",      "Wilayah",
    "Kesehatan",  "Masyarakat", "Farmasi",     "Pendidikan", "Dasar",      "Menengah",
    "Tinggi",     "Vokasi",     "Kebudayaan",  "Agama",      "Haji",       "Umrah",
    "Imigrasi",   "Administrasi", "Kependudukan", "Sipil",   "Otonomi",    "Keuangan",
    "Kekayaan",   "Perdagangan", "Industri",   "Hak",        "Asasi",      "Lingkungan",
    "Hidup",      "Kehutanan",  "Konservasi",  "Strategi",   "Pertahanan", "Kebijakan",
    "Teknis",     "Teknologi",  "Riset",       "Inovasi",    "Pariwisata", "Kreatif",
    "Pemasaran",  "Statistik",  "Data",        "Produksi",   "Distribusi", "Operasi",
    "Operasional", "Investasi", "Pembangunan", "Transportasi", "Perkeretaapian",
    "Penerbangan", "Pelayaran", "Angkutan",    "Internasional", "International", "Sektor",
    "Migas",      "Gugus",      "Tugas",       "Agraria",    "Reserse",
    "Kriminal",   "Khusus",     "Narkoba",     "Lalu",       "Lintas",     "Program",
    "Studi",      "Kurikulum",  "Cipta",       "Karya",      "Surat",      "Utang",
    "Urusan",     "Balap",      "Kelompok",    "Resort",     "Gabungan",   "Komando",  NULL};
/* posts that take a portfolio or unit (not a territory: `Kapolsek
 * Kebayoran Lama`) */
static const char *const portfolio_heads[] = {
    "Direktur", "Dirjen", "Menteri",  "Deputi", "Kepala", "Sekretaris", "Asisten", "Staf",
    "Ketua",    "Inspektur", "Kabid", "Kabiro", "Karo",   "Kasubdit",   "Koordinator",
    "Juru",     "Jubir",    "Dekan",  "Kabag",  "Kapus",  NULL};
/* numbers written as words: `nomor urut tiga` */
static const char *const num_words[] = {"satu",    "dua",    "tiga",     "empat",   "lima",
                                        "enam",    "tujuh",  "delapan",  "sembilan",
                                        "sepuluh", NULL};
static const char *const not_place[] = {
    "Instagram", "Twitter", "Facebook", "Weibo", "TikTok", "YouTube", "Youtube", "Onlyfans",
    "OnlyFans", "WhatsApp", "Telegram", "Meta", "Google", "Netflix", "Spotify", "Tol", "Jln",
    "Puskesmas", "Klinik", "Wisma", "Ponpes", "Pondok", "Rusunawa", "Rusun", "Makam", "Patung",
    "Cafe", "Kafe", "Vila", "Villa", "Ballroom", "Hall", "Academy", "Akademi", "Level", "Tour",
    "Top", "Dunia", "Bawah", "Atas", "Internasional", "Nasional", "Kawasan", "Lebaran",
    "Ramadhan", "Ramadan", "Notaris", "Pasutri", "Dapil", "Pileg", "Gudang", "Kilometer", "Km",
    "Pertalite", "Pertamax", "Oscar", "Garuda", "Mapolda", "Mapolres", "Mapolsek", "Polsek",
    "Suzuki", "Ducati", "Yamaha", "Aprilia", "Honda", "KTM", "Pramac", "Inter", "Bundesliga",
    "Paviliun", "Alun", "Month",
    "Dinsos", "Super", "Kantor", "Ruang", "Rumah", "Lapas", "Rutan", "Sekolah", "Kampus",
    "Gerbang", "Pintu", "Lantai", "Posko", "Pos", "Balai", "Aula", "Kedai", "Toko", "Restoran",
    "Warung", "Museum", "Galeri", "Apartemen", "Perumahan", "Komplek", "Kompleks",
    /* stadiums and venues (the dev-gold guidelines count no venue as a place) */
    "Anfield", "Trafford", "Bernabeu", "Stamford", "Etihad", "Allianz", "Siro", "Stadium",
    "Arena", "Circuit", "Gelora", NULL};
static const char *const born_verbs[] = {"lahir", "dilahirkan", "wafat", "meninggal", NULL};

static const char *const kedutaan_w[] = {"Kedutaan", NULL};
static const char *const konsulat_w[] = {"Konsulat", NULL};
static const char *const kementerian_w[] = {"Kementerian", NULL};

static const char *const report_verbs[] = {
    "mengatakan",    "menyatakan",   "menilai",     "menyebut",    "menjelaskan",
    "mengungkapkan", "menambahkan",  "menegaskan",  "berharap",    "berpendapat",
    "bersama",       "menyampaikan", "meminta",     "menyindir",   "menerangkan",
    "mengaku",       "menuturkan",   "memaparkan",  "menyinggung", "mengungkap",
    "menanggapi",    "mengakui",     "membenarkan", "mengklaim",   NULL};

/* academic degrees written after a name without dots (`Budi Santoso SH
 * MH`, `Abdullah Sitopan BA`); compared in exact case (degree_at()): `Ma`,
 * `St` and `Mt` are names and places */
static const char *const degrees[] = {
    "SH",   "MH",   "SE",   "MM",    "MSi",  "MSc",  "MA",    "BA",   "SIP",  "SPd",
    "MPd",  "SKom", "MKom", "ST",    "MT",   "SSos", "MAP",   "MBA",  "PhD",  "SKM",
    "MKes", "SKed", "SpOG", "SpPD",  "SpA",  "SpB",  "Lc",    "MAg",  "SAg",  "SHI",
    "SIKom", "MIKom", "MPH", "SHut", "SPsi", "MPsi", "SFarm", "SKep", "MTh",  "STh",
    "MHum", "SAB",  "SSi",  "MEng",  NULL};

/* The word lists as class bits (gazetteer.h: wt_gz_word_class); the
 * classes of the span's tokens are looked up once per token. */
enum {
    W_FUNC_STOP = 1 << 0,
    W_NAME_STOP = 1 << 1,
    W_PARTICLES = 1 << 2,
    W_SPEECH_VERBS = 1 << 3,
    W_WEAK_VERBS = 1 << 4,
    W_LOCATIVES = 1 << 5,
    W_FUNC_LOWER = 1 << 6,
    W_FEATURE_WORDS = 1 << 7,
    W_KIN_WORDS = 1 << 8,
    W_ADMIN_PREFIX = 1 << 9,
    W_ORG_HEADS = 1 << 10,
    W_UNIT_HEADS = 1 << 11,
    W_COUNTRY_HEADS = 1 << 12,
    W_TITLE_SUFFIX = 1 << 13,
    W_TITLE_DOC = 1 << 14,
    W_RUN_CONNECTORS = 1 << 15,
    W_BARE_DIRECTIONS = 1 << 16,
    W_ORG_INDICATORS = 1 << 17,
    W_NAME_CONN = 1 << 18,
    W_POST_ADV = 1 << 19,
    W_POST_VERBS = 1 << 20,
    W_HON_WORDS = 1 << 21,
    W_FACILITY_BEFORE = 1 << 22,
    W_FACILITY_AFTER = 1 << 23,
    W_ENG_CONNECTORS = 1 << 24,
    W_NOT_DESC = 1 << 25,
    W_FIRM_WORDS = 1 << 26,
    W_NOT_ORG = 1 << 27,
    W_REPORT_VERBS = 1 << 28,
    W_KEDUTAAN = 1 << 29,
    W_KONSULAT = 1 << 30
};
#define W_KEMENTERIAN (UINT64_C(1) << 31)
#define W_AGENT_VERBS (UINT64_C(1) << 32)
#define W_BORN_VERBS (UINT64_C(1) << 33)
#define W_GIVEN (UINT64_C(1) << 34) /* lib/data/given_names.tsv */
#define W_SCHOOL_HEADS (UINT64_C(1) << 35)
#define W_SCHOOL_KINDS (UINT64_C(1) << 36)
#define W_ORG_SUFFIX (UINT64_C(1) << 37)
#define W_ORG_PREFIX (UINT64_C(1) << 38)
#define W_LOWER_ADMIN (UINT64_C(1) << 39)
#define W_MUSIC_ROLES (UINT64_C(1) << 40)
#define W_ORG_CUES (UINT64_C(1) << 41)
#define W_EVENT_WORDS (UINT64_C(1) << 42)
#define W_NOT_PLACE (UINT64_C(1) << 43)
#define W_NUM_WORDS (UINT64_C(1) << 44)
#define W_PORTFOLIO (UINT64_C(1) << 45)
#define W_PORTFOLIO_HEAD (UINT64_C(1) << 46)
#define W_ANCHOR_HEADS (UINT64_C(1) << 47)
#define W_SUBJECT_ADV (UINT64_C(1) << 48)
#define W_LEGAL (UINT64_C(1) << 49)
#define W_DEGREE (UINT64_C(1) << 50)
#define W_MEDIA_CUES (UINT64_C(1) << 51)
#define W_MEDIA_KINDS (UINT64_C(1) << 52)
#define W_INST_HEADS (UINT64_C(1) << 53)
#define W_ENG_ROLES (UINT64_C(1) << 54)
#define W_GLUE_WORDS (UINT64_C(1) << 55)

const wt_gz_wordlist wt_entity_wordlists[] = {
    {func_stop, W_FUNC_STOP, 0},
    {name_stop, W_NAME_STOP, 0},
    {particles, W_PARTICLES, 0},
    {speech_verbs, W_SPEECH_VERBS, 1},
    {weak_verbs, W_WEAK_VERBS, 0},
    {locatives, W_LOCATIVES, 0},
    {func_lower, W_FUNC_LOWER, 0},
    {feature_words, W_FEATURE_WORDS, 0},
    {kin_words, W_KIN_WORDS, 1},
    {admin_prefix, W_ADMIN_PREFIX, 0},
    {org_heads, W_ORG_HEADS, 0},
    {unit_heads, W_UNIT_HEADS, 0},
    {country_heads, W_COUNTRY_HEADS, 0},
    {title_suffix, W_TITLE_SUFFIX, 0},
    {title_doc, W_TITLE_DOC, 0},
    {run_connectors, W_RUN_CONNECTORS, 0},
    {bare_directions, W_BARE_DIRECTIONS, 0},
    {org_indicators, W_ORG_INDICATORS, 0},
    {name_conn, W_NAME_CONN, 0},
    {post_adv, W_POST_ADV, 0},
    {post_verbs, W_POST_VERBS, 0},
    {hon_words, W_HON_WORDS, 0},
    {facility_before, W_FACILITY_BEFORE, 0},
    {facility_after, W_FACILITY_AFTER, 0},
    {eng_connectors, W_ENG_CONNECTORS, 0},
    {not_desc, W_NOT_DESC, 0},
    {firm_words, W_FIRM_WORDS, 0},
    {not_org, W_NOT_ORG, 0},
    {report_verbs, W_REPORT_VERBS, 0},
    {kedutaan_w, W_KEDUTAAN, 0},
    {konsulat_w, W_KONSULAT, 0},
    {kementerian_w, W_KEMENTERIAN, 0},
    {agent_verbs, W_AGENT_VERBS, 1},
    {born_verbs, W_BORN_VERBS, 0},
    {wt_gz_given_names, W_GIVEN, 0},
    {school_heads, W_SCHOOL_HEADS, 0},
    {school_kinds, W_SCHOOL_KINDS, 0},
    {org_suffix, W_ORG_SUFFIX, 0},
    {org_prefix, W_ORG_PREFIX, 0},
    {lower_admin, W_LOWER_ADMIN, 1},
    {music_roles, W_MUSIC_ROLES, 0},
    {org_cues, W_ORG_CUES, 1},
    {event_words, W_EVENT_WORDS, 0},
    {not_place, W_NOT_PLACE, 0},
    {num_words, W_NUM_WORDS, 0},
    {portfolio_words, W_PORTFOLIO, 0},
    {portfolio_heads, W_PORTFOLIO_HEAD, 0},
    {anchor_heads, W_ANCHOR_HEADS, 0},
    {subject_adv, W_SUBJECT_ADV, 0},
    {legal_forms, W_LEGAL, 0},
    {degrees, W_DEGREE, 0},
    {media_cues, W_MEDIA_CUES, 1},
    {media_kinds, W_MEDIA_KINDS, 0},
    {inst_heads, W_INST_HEADS, 0},
    {eng_roles, W_ENG_ROLES, 0},
    {glue_words, W_GLUE_WORDS, 0},
    {NULL, 0, 0}};

/* ---- hash table ---------------------------------------------------------- */

/* Folded key: namespace byte, then the case-folded text with runs of white
 * space (including NBSP) collapsed to one space. Returns its length or 0. */
static size_t make_key(char ns, const char *txt, size_t len, char *buf)
{
    char tmp[KEY_CAP];
    size_t m, i, o = 1;
    int sp = 0;
    if (len >= KEY_CAP - 2)
        len = KEY_CAP - 2;
    buf[0] = ns;
    /* ASCII (nearly every key): fold and collapse in one pass; the same
     * bytes as the general path below */
    for (i = 0; i < len && o < KEY_CAP - 1; i++) {
        unsigned char c = (unsigned char)txt[i];
        if (c >= 0x80)
            break;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sp = 1;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (sp && o > 1)
            buf[o++] = ' ';
        sp = 0;
        buf[o++] = (char)c;
    }
    if (i == len || o >= KEY_CAP - 1) {
        size_t q;
        for (q = i; q < len; q++)
            if ((unsigned char)txt[q] >= 0x80)
                break;
        if (q == len)
            return o > 1 ? o : 0;
    }
    o = 1;
    sp = 0;
    m = wt_casefold(txt, len, tmp, sizeof tmp);
    if (m == (size_t)-1) {
        m = len < sizeof tmp ? len : sizeof tmp;
        memcpy(tmp, txt, m);
    }
    buf[0] = ns;
    for (i = 0; i < m && o < KEY_CAP - 1; i++) {
        unsigned char c = (unsigned char)tmp[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sp = 1;
            continue;
        }
        if (c == 0xC2 && i + 1 < m && (unsigned char)tmp[i + 1] == 0xA0) {
            sp = 1;
            i++;
            continue;
        }
        if (sp && o > 1)
            buf[o++] = ' ';
        sp = 0;
        buf[o++] = (char)c;
    }
    return o > 1 ? o : 0;
}

/* Hash of a key: wt_hash_folded() of the folded text (the key after its
 * namespace byte; the same value wt_fold_hash() gives a token's text), mixed
 * with the namespace, so a one-token lookup hashes nothing. */
static uint32_t key_mix(uint32_t text_hash, char ns)
{
    return ((text_hash ? text_hash : 1) ^ ((uint32_t)(uint8_t)ns << 24)) * 0x9E3779B1u;
}

static uint32_t key_hash(const char *k, size_t n)
{
    return key_mix(wt_hash_folded(k + 1, n - 1), k[0]);
}

static hslot *map_find(const state *st, const char *key, size_t klen, uint32_t h)
{
    size_t mask = st->cap - 1, i = h & mask;
    for (;;) {
        hslot *sl = &st->slots[i];
        if (!sl->key)
            return sl;
        if (sl->hash == h && sl->klen == klen && memcmp(sl->key, key, klen) == 0)
            return sl;
        i = (i + 1) & mask;
    }
}

static int map_grow(state *st)
{
    size_t ncap = st->cap ? st->cap * 2 : 256, i;
    hslot *old = st->slots, *ns = wt_arena_alloc(&st->scratch, ncap * sizeof(hslot));
    size_t ocap = st->cap;
    if (!ns)
        return WARTA_ENOMEM;
    st->slots = ns;
    st->cap = ncap;
    for (i = 0; i < ocap; i++) {
        if (old[i].key) {
            hslot *d = map_find(st, old[i].key, old[i].klen, old[i].hash);
            *d = old[i];
        }
    }
    return WARTA_OK;
}

/* 1 when key (of the length make_key() gives) is make_key(ns, txt, len)
 * for ASCII txt shorter than KEY_CAP - 2: compared while folding, no key
 * built. */
static int key_eq_ascii(const char *key, char ns, const char *txt, size_t len)
{
    size_t i, o = 1;
    int sp = 0;
    if (key[0] != ns)
        return 0;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)txt[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sp = 1;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (sp && o > 1 && key[o++] != ' ')
            return 0;
        sp = 0;
        if ((unsigned char)key[o++] != c)
            return 0;
    }
    return 1;
}

/* For ASCII txt shorter than KEY_CAP / 2 - 2: 1, with *h the hash
 * key_hash() gives make_key(ns, txt, len) and *o its length (1: empty
 * key), computed while folding; else 0. */
static int ascii_key_hash(char ns, const char *txt, size_t len, uint32_t *h, size_t *o)
{
    char key[KEY_CAP / 2];
    size_t i, n = 1;
    int sp = 0;
    if (len >= KEY_CAP / 2 - 2)
        return 0;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)txt[i];
        if (c >= 0x80)
            return 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sp = 1;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (sp && n > 1)
            key[n++] = ' ';
        sp = 0;
        key[n++] = (char)c;
    }
    *h = key_mix(wt_hash_folded(key + 1, n - 1), ns);
    *o = n;
    return 1;
}

/* Entity index of (ns, text), or -1 (absent) / -2 (ambiguous token). */
static int map_get(const state *st, char ns, const char *txt, size_t len)
{
    char key[KEY_CAP];
    size_t kl;
    hslot *sl;
    if (!st->cap || !st->ns_used[(unsigned char)ns & 31])
        return -1;
    {
        /* ASCII text (nearly every lookup, and most miss): the key's hash
         * while folding; the key is compared only when a slot has that
         * hash */
        uint32_t h;
        size_t i, o, mask = st->cap - 1;
        if (ascii_key_hash(ns, txt, len, &h, &o)) {
            if (o == 1)
                return -1;
            for (i = h & mask; st->slots[i].key; i = (i + 1) & mask) {
                sl = &st->slots[i];
                if (sl->hash == h && sl->klen == o && key_eq_ascii(sl->key, ns, txt, len))
                    return sl->ent;
            }
            return -1;
        }
    }
    kl = make_key(ns, txt, len, key);
    if (!kl)
        return -1;
    sl = map_find(st, key, kl, key_hash(key, kl));
    return sl->key ? sl->ent : -1;
}

/* Set (ns, text) -> ent. With `ambiguous` set, an existing different value
 * becomes -2; otherwise an existing value is kept. */
static int map_put(state *st, char ns, const char *txt, size_t len, int ent, int ambiguous)
{
    char key[KEY_CAP];
    size_t kl;
    uint32_t h;
    hslot *sl;
    kl = make_key(ns, txt, len, key);
    if (!kl)
        return WARTA_OK;
    if ((st->used + 1) * 2 > st->cap && map_grow(st) != WARTA_OK)
        return WARTA_ENOMEM;
    h = key_hash(key, kl);
    sl = map_find(st, key, kl, h);
    if (sl->key) {
        if (ambiguous && sl->ent != ent)
            sl->ent = -2;
        return WARTA_OK;
    }
    sl->key = wt_arena_strndup(&st->scratch, key, kl);
    if (!sl->key)
        return WARTA_ENOMEM;
    sl->hash = h;
    sl->klen = (uint32_t)kl;
    sl->ent = ent;
    st->used++;
    st->ns_used[(unsigned char)ns & 31]++;
    return WARTA_OK;
}

/* map_get() of a string of the gazetteer (stable address), remembered
 * once found. */
static int map_get_gz(state *st, char ns, const char *name)
{
    size_t slot = (((uintptr_t)name >> 3) ^ (uint8_t)ns) & 63;
    int k;
    if (st->found[slot].name == name && st->found[slot].ns == ns)
        return st->found[slot].ent;
    k = map_get(st, ns, name, strlen(name));
    if (k >= 0) {
        st->found[slot].name = name;
        st->found[slot].ns = ns;
        st->found[slot].ent = k;
    }
    return k;
}

/* map_get() of the text of token i: a word's fold hash is the hash of
 * its key text (a token holds no white space; a short one folds the same
 * in make_key() and wt_fold_hash()), so a miss costs one probe. */
static int map_get_tok(const state *st, char ns, size_t i)
{
    const wt_token *t = &st->t[i];
    if (!st->cap || !st->ns_used[(unsigned char)ns & 31])
        return -1;
    if (t->fold_hash && tk_len(t) <= 64) {
        uint32_t h = key_mix(t->fold_hash, ns);
        size_t mask = st->cap - 1, q;
        for (q = h & mask; st->slots[q].key; q = (q + 1) & mask)
            if (st->slots[q].hash == h)
                break;
        if (!st->slots[q].key)
            return -1;
    }
    return map_get(st, ns, st->s + t->start, tk_len(t));
}

/* 1 when some key of the map has hash h (else no key with that hash). */
static int map_has_hash(const state *st, uint32_t h)
{
    size_t mask = st->cap - 1, q;
    if (!st->cap)
        return 0;
    for (q = h & mask; st->slots[q].key; q = (q + 1) & mask)
        if (st->slots[q].hash == h)
            return 1;
    return 0;
}

/* The hashes of the keys (ns, text of tokens [i, k)) for k = i+1..e, in
 * h[k - i - 1], in one pass over the text (the bytes map_get's fast path
 * hashes). 0 when the run is not plain ASCII or too long for that path. */
static int run_key_hashes(const state *st, char ns, size_t i, size_t e, uint32_t *h)
{
    size_t a = st->t[i].start, k = i, b, o = 0;
    char key[KEY_CAP];
    int sp = 0;
    if (st->t[e - 1].end - a >= KEY_CAP - 2)
        return 0;
    for (b = a; k < e; b++) {
        unsigned char c = (unsigned char)st->s[b];
        if (c >= 0x80)
            return 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sp = 1;
        } else {
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c + 32);
            if (sp)
                key[o++] = ' ';
            sp = 0;
            key[o++] = (char)c;
        }
        if (b + 1 == st->t[k].end)
            h[k++ - i] = key_mix(wt_hash_folded(key, o), ns);
    }
    return 1;
}

/* ---- entities and mentions ------------------------------------------------ */

/* Copy of s[a..b) with white space runs (NBSP too) collapsed to a space. */
static char *dup_clean(state *st, size_t a, size_t b)
{
    size_t i, o = 0, g = 0, ng = 0;
    int sp = 0;
    char *d;
    /* where the entity pass split a glued word inside: a space there too
     * (`MiliterPolandia` is named `Militer Polandia`) */
    while (g < st->nsplit && st->split[g] <= a)
        g++;
    while (g + ng < st->nsplit && st->split[g + ng] < b)
        ng++;
    d = wt_arena_alloc_raw(st->ar, b - a + 1 + ng); /* read up to its NUL only */
    if (!d)
        return NULL;
    for (i = a; i < b; i++) {
        unsigned char c = (unsigned char)st->s[i];
        if (ng && i == st->split[g]) {
            sp = 1;
            g++;
            ng--;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sp = 1;
            continue;
        }
        if (c == 0xC2 && i + 1 < b && (unsigned char)st->s[i + 1] == 0xA0) {
            sp = 1;
            i++;
            continue;
        }
        if (sp && o)
            d[o++] = ' ';
        sp = 0;
        d[o++] = (char)c;
    }
    d[o] = '\0';
    return d;
}

static int ent_new(state *st, int type, const char *name, int *idx)
{
    warta_entity *e = wt_vec_push(st->ar, st->out, sizeof(warta_entity));
    if (!e)
        return WARTA_ENOMEM;
    e->type = type;
    e->name = name;
    *idx = (int)(st->out->len - 1);
    return WARTA_OK;
}

/* Mentions stay in text order without overlaps: a rule that reads ahead
 * (`Menteri, Budi, Budi`: the name after the second comma) may mention a
 * later span before the main loop comes back to an earlier one. The look
 * ahead is bounded, so the shift below is too. */
static int mention(state *st, int idx, size_t a, size_t b)
{
    warta_entity *e = &ENT(st, idx);
    wt_mention *m, *v;
    size_t pos = e->mentions.len, n;
    char *text;
    v = (wt_mention *)e->mentions.data;
    while (pos > 0 && v[pos - 1].start > a)
        pos--;
    if (pos > 0 && v[pos - 1].end > a)
        return WARTA_OK; /* the same span, or one overlapping it */
    if (pos < e->mentions.len && v[pos].start < b)
        return WARTA_OK;
    text = wt_arena_strndup(st->ar, st->s + a, b - a);
    if (!text)
        return WARTA_ENOMEM;
    m = wt_vec_push(st->ar, &e->mentions, sizeof(wt_mention));
    if (!m)
        return WARTA_ENOMEM;
    v = (wt_mention *)e->mentions.data;
    n = e->mentions.len - 1 - pos;
    if (n)
        memmove(v + pos + 1, v + pos, n * sizeof *v);
    v[pos].start = a;
    v[pos].end = b;
    v[pos].text = text;
    return WARTA_OK;
}

/* mention covering tokens [i, j) of the current span */
/* A post with a possessive clitic, (`saat itu`,) and a comma before a full
 * name at token i: `cawapresnya saat itu, Maruf Amin` -> `cawapres`, the
 * title of person idx when he has none. */
static int possessive_title(state *st, int idx, size_t i)
{
    size_t k = i - 2, n;
    const char *w;
    const wt_gz_entry *g;
    if (k >= 2 && wt_tok_eq(st->s, &st->t[k], "itu") &&
        (wt_tok_eq(st->s, &st->t[k - 1], "saat") || wt_tok_eq(st->s, &st->t[k - 1], "kala")))
        k -= 2;
    w = st->s + st->t[k].start;
    n = tk_len(&st->t[k]);
    if (!st->gz || !tk_word(&st->t[k]) || (st->t[k].flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)) ||
        n < 7 || w[n - 3] != 'n' || w[n - 2] != 'y' || w[n - 1] != 'a')
        return WARTA_OK;
    g = wt_gz_lookup(st->gz, w, n - 3, WT_GZ_TITLE);
    if (!g || !g->subkind || strcmp(g->subkind, "position") != 0)
        return WARTA_OK;
    ENT(st, idx).title = dup_clean(st, st->t[k].start, st->t[k].end - 3);
    return ENT(st, idx).title ? WARTA_OK : WARTA_ENOMEM;
}

static int mention_toks(state *st, int idx, size_t i, size_t j)
{
    if (ENT(st, idx).type == WARTA_ENTITY_PERSON) {
        st->last_person_end = j + 1;
        st->last_person_item = i == 0 || !tk_cap(&st->t[i - 1]);
        st->last_person = idx;
        if (!ENT(st, idx).title && i >= 2 && j > i + 1 && tk_punct(st, i - 1, ',')) {
            int rc = possessive_title(st, idx, i);
            if (rc != WARTA_OK)
                return rc;
        }
    } else if (ENT(st, idx).type == WARTA_ENTITY_LOCATION) {
        int loc = 0;
        if (i == 0 || tk_has(st, i - 1, W_LOCATIVES) ||
            (tk_punct(st, i - 1, '(') || tk_punct(st, i - 1, ':') || tk_punct(st, i - 1, '.')))
            loc = 1;
        else if (i > 1 && st->last_place_loc &&
                 (tk_punct(st, i - 1, ',') || wt_tok_is(st->s, &st->t[i - 1], "dan")))
            loc = st->last_place_end == i || /* `di A, B` */
                  (tk_punct(st, i - 2, ',') && st->last_place_end == i - 1); /* `A, dan B` */
        st->last_place_loc = loc;
        st->last_place_end = j + 1;
    }
    return mention(st, idx, st->t[i].start, st->t[j - 1].end);
}

static const char *dup_str(state *st, const char *s)
{
    return s ? wt_arena_strdup(st->ar, s) : NULL;
}

static int country_entity(state *st, const wt_gz_entry *g, int *idx)
{
    const char *code = g->iso2 ? g->iso2 : g->name;
    int rc, k = map_get_gz(st, NS_COUNTRY, code);
    warta_entity *e;
    if (k >= 0) {
        *idx = k;
        return WARTA_OK;
    }
    rc = ent_new(st, WARTA_ENTITY_COUNTRY, dup_str(st, g->name), idx);
    if (rc != WARTA_OK)
        return rc;
    e = &ENT(st, *idx);
    e->iso = dup_str(st, g->iso2);
    e->iso3 = dup_str(st, g->iso3);
    e->tz = dup_str(st, g->tz);
    if (!e->name || (g->iso2 && !e->iso) || (g->iso3 && !e->iso3) || (g->tz && !e->tz))
        return WARTA_ENOMEM;
    return map_put(st, NS_COUNTRY, code, strlen(code), *idx, 0);
}

/* Place of a gazetteer entry, written at tokens [i, i+len): named as first
 * written (the guidelines keep the page's spelling: `Sumatra Barat`,
 * `Kepri`; all-caps datelines in title case), merged by canonical name. */
static int place_entity(state *st, const wt_gz_entry *g, size_t i, size_t len, int *idx)
{
    int rc, k = map_get_gz(st, NS_LOC, g->name);
    size_t a = st->t[i].start, b = st->t[i + len - 1].end, q;
    int caps = 1;
    warta_entity *e;
    char *name;
    if (k >= 0) {
        *idx = k;
        return WARTA_OK;
    }
    for (q = i; q < i + len; q++)
        if (tk_word(&st->t[q]) && !(st->t[q].flags & WT_TOK_ALLCAPS))
            caps = 0;
    name = caps && b - a > 3 ? wt_titlecase_dup(st->ar, st->s + a, b - a) : dup_clean(st, a, b);
    if (!name)
        return WARTA_ENOMEM;
    rc = ent_new(st, WARTA_ENTITY_LOCATION, name, idx);
    if (rc != WARTA_OK)
        return rc;
    e = &ENT(st, *idx);
    e->iso = dup_str(st, g->iso2);
    e->province = dup_str(st, g->province);
    e->tz = dup_str(st, g->tz);
    if ((g->iso2 && !e->iso) || (g->province && !e->province) || (g->tz && !e->tz))
        return WARTA_ENOMEM;
    rc = map_put(st, NS_LOC, name, strlen(name), *idx, 0);
    if (rc == WARTA_OK)
        rc = map_put(st, NS_LOC, g->name, strlen(g->name), *idx, 0);
    return rc;
}

/* place named only by the text (after an administrative prefix) */
static int place_text(state *st, size_t i, size_t j, int *idx)
{
    size_t a = st->t[i].start, b = st->t[j - 1].end;
    int rc, k = map_get(st, NS_LOC, st->s + a, b - a);
    char *name;
    if (k >= 0) {
        *idx = k;
        return WARTA_OK;
    }
    name = dup_clean(st, a, b);
    if (!name)
        return WARTA_ENOMEM;
    rc = ent_new(st, WARTA_ENTITY_LOCATION, name, idx);
    if (rc == WARTA_OK)
        rc = map_put(st, NS_LOC, name, strlen(name), *idx, 0);
    return rc;
}

/* organisation by canonical name (and acronym); joins an entity an acronym
 * definition created earlier. */
static int org_entity(state *st, const char *name, size_t nlen, const char *acr, int *idx)
{
    int rc, k = map_get(st, NS_ORG, name, nlen);
    char *nm;
    if (k < 0 && acr)
        k = map_get(st, NS_ACR, acr, strlen(acr));
    if (k >= 0) {
        *idx = k;
        if (acr && !ENT(st, k).acronym && ENT(st, k).type == WARTA_ENTITY_ORGANIZATION) {
            ENT(st, k).acronym = dup_str(st, acr);
            if (!ENT(st, k).acronym)
                return WARTA_ENOMEM;
        }
        return WARTA_OK;
    }
    nm = wt_arena_strndup(st->ar, name, nlen);
    if (!nm)
        return WARTA_ENOMEM;
    rc = ent_new(st, WARTA_ENTITY_ORGANIZATION, nm, idx);
    if (rc != WARTA_OK)
        return rc;
    if (acr) {
        ENT(st, *idx).acronym = dup_str(st, acr);
        if (!ENT(st, *idx).acronym)
            return WARTA_ENOMEM;
        rc = map_put(st, NS_ACR, acr, strlen(acr), *idx, 0);
        if (rc != WARTA_OK)
            return rc;
    }
    return map_put(st, NS_ORG, name, nlen, *idx, 0);
}

static inline void gz_at(const state *st, size_t i, gzm *m);
static const wt_gz_entry *gz_best(const gzm *m);
static const wt_gz_entry *gz_kind(const gzm *m, int kind);

/* organisation named by tokens [i, j) of the text; a unit or regional
 * government named by its head and a listed place is one whatever form of
 * the place the text writes (`Pemprov DKI Jakarta`, `Pemprov DKI`) */
/* The gazetteer organisation a company's legal name [i, j) is a form of:
 * `PT` (or `PT.`), a known name, then its legal tail (`Tbk`, `(Persero)`,
 * `(Tbk)`, `, Tbk.`): `PT Bank Central Asia Tbk` is Bank Central Asia,
 * `PT Garuda Indonesia (Persero) Tbk` Garuda Indonesia. NULL otherwise. */
static const wt_gz_entry *pt_known(const state *st, size_t i, size_t j)
{
    size_t k = i + 1, e = j;
    gzm m;
    if (j < i + 2 || !TK_EQ(st, i, "PT"))
        return NULL;
    if (tk_punct(st, k, '.'))
        k++;
    for (;;) {
        if (e > k && (TK_EQ(st, e - 1, "Tbk") || tk_punct(st, e - 1, ',') ||
                      tk_punct(st, e - 1, '.')))
            e--;
        else if (e >= k + 3 && tk_punct(st, e - 1, ')') && tk_punct(st, e - 3, '(') &&
                 (TK_EQ(st, e - 2, "Persero") || TK_EQ(st, e - 2, "Tbk")))
            e -= 3;
        else
            break;
    }
    if (e <= k || !st->gz)
        return NULL;
    gz_at(st, k, &m);
    if (m.len != e - k)
        return NULL;
    return gz_kind(&m, WT_GZ_ORG);
}

static int org_text(state *st, size_t i, size_t j, int *idx)
{
    char *name = dup_clean(st, st->t[i].start, st->t[j - 1].end), *key = NULL;
    size_t hl = tk_len(&st->t[i]);
    int rc;
    gzm m;
    const wt_gz_entry *g;
    if (!name)
        return WARTA_ENOMEM;
    if ((g = pt_known(st, i, j)) != NULL) {
        /* one entity with the company's short name, under both names */
        rc = org_entity(st, g->name, strlen(g->name), g->acronym, idx);
        return rc == WARTA_OK ? map_put(st, NS_ORG, name, strlen(name), *idx, 0) : rc;
    }
    if (j > i + 1 && tk_has(st, i, W_UNIT_HEADS) && (gz_at(st, i + 1, &m), m.len == j - i - 1) &&
        gz_best(&m)->kind == WT_GZ_PLACE) {
        const char *pn = gz_best(&m)->name;
        size_t pl = strlen(pn);
        key = wt_arena_alloc(st->ar, hl + 1 + pl + 1);
        if (!key)
            return WARTA_ENOMEM;
        memcpy(key, st->s + st->t[i].start, hl);
        key[hl] = '\x01'; /* no name holds it: the key is no written name */
        memcpy(key + hl + 1, pn, pl + 1);
        *idx = map_get(st, NS_ORG, key, hl + 1 + pl);
        if (*idx >= 0 && ENT(st, *idx).type == WARTA_ENTITY_ORGANIZATION)
            return map_put(st, NS_ORG, name, strlen(name), *idx, 0);
    }
    rc = org_entity(st, name, strlen(name), NULL, idx);
    if (rc == WARTA_OK && key)
        rc = map_put(st, NS_ORG, key, hl + 1 + strlen(key + hl + 1), *idx, 0);
    return rc;
}

/* The organisation named by tokens [i,j) (found or added) with [i,j) as
 * one of its mentions. */
static int org_mention(state *st, size_t i, size_t j, int *idx)
{
    int rc = org_text(st, i, j, idx);
    return rc == WARTA_OK ? mention_toks(st, *idx, i, j) : rc;
}

/* ---- gazetteer ------------------------------------------------------------ */

/* The match at token i, a word that may start a key and whose match is
 * not remembered yet: computed, then remembered. */
static void gz_calc(const state *st, size_t i, gzm *m)
{
    gz_memo *mm = st->memo;
    m->len = wt_gz_match(st->gz, st->s, st->t, st->n, i, m->e, MAX_GZ, &m->ne);
    if (m->ne > MAX_GZ)
        m->ne = MAX_GZ;
    if (!m->ne)
        m->len = 0;
    if (mm->len == mm->mcap) {
        /* out of memory: the match is not remembered, only computed again */
        gzm *nm = mm->mcap <= SIZE_MAX / (2 * sizeof *nm)
                      ? wt_arena_grow(mm->ar, mm->m, mm->mcap * sizeof *nm,
                                      2 * mm->mcap * sizeof *nm)
                      : NULL;
        if (!nm)
            return;
        mm->m = nm;
        mm->mcap *= 2;
    }
    mm->m[mm->len] = *m;
    mm->at[i] = (uint32_t)++mm->len;
}

/* The gazetteer match at token i (none: len 0). Asked some 900,000 times
 * over the corpus; most answers are "none" or remembered, so the call
 * itself is small and gz_calc() computes the rest. A word whose fold
 * hash is not in the quick filter starts no key (the filter holds every
 * key start's hash, the hash wt_gz_word_class() reads), so its class is
 * not looked up for this. */
static inline void gz_at(const state *st, size_t i, gzm *m)
{
    const wt_token *t;
    uint64_t c;
    if (i < st->n && st->memo->at[i]) {
        /* only set below, for a word that may start a key */
        const gzm *r = &st->memo->m[st->memo->at[i] - 1];
        size_t k;
        m->len = r->len;
        m->ne = r->ne;
        for (k = 0; k < r->ne; k++)
            m->e[k] = r->e[k];
        return;
    }
    m->ne = 0;
    m->len = 0;
    if (!st->gz || i >= st->n || !tk_word(t = &st->t[i]))
        return;
    c = st->cls[i];
    if (!c) {
        if (t->fold_hash && !wt_gz_hot_test(st->hot, t->fold_hash))
            return;
        c = cls_of(st, i);
    }
    if (c & WT_GZW_START)
        gz_calc(st, i, m);
}

static const wt_gz_entry *gz_kind(const gzm *m, int kind)
{
    size_t k;
    for (k = 0; k < m->ne; k++)
        if (m->e[k]->kind == kind)
            return m->e[k];
    return NULL;
}

/* the entry that decides, by kind priority */
static const wt_gz_entry *gz_best(const gzm *m)
{
    static const int order[] = {WT_GZ_PERSON, WT_GZ_ORG, WT_GZ_AGENCY, WT_GZ_COUNTRY,
                                WT_GZ_PLACE, WT_GZ_TITLE, WT_GZ_RANK, WT_GZ_HONORIFIC};
    size_t k;
    if (!m->ne)
        return NULL;
    for (k = 0; k < sizeof order / sizeof order[0]; k++) {
        const wt_gz_entry *e = gz_kind(m, order[k]);
        if (e)
            return e;
    }
    return NULL;
}

static int is_named_kind(int kind)
{
    return kind == WT_GZ_COUNTRY || kind == WT_GZ_PLACE || kind == WT_GZ_ORG ||
           kind == WT_GZ_AGENCY || kind == WT_GZ_PERSON;
}

/* ---- words seen in lower case ---------------------------------------------- */


/* 1 when the text also writes token t's word in lower case (a common word,
 * not a name) */
/* 1 when the open-addressed set of hashes (cap slots, a power of two, 0
 * empty) holds h. */
static int hset_has(const uint32_t *set, size_t cap, uint32_t h)
{
    size_t i = h & (cap - 1);
    while (set[i]) {
        if (set[i] == h)
            return 1;
        i = (i + 1) & (cap - 1);
    }
    return 0;
}

static int seen_lower(const state *st, const wt_token *t)
{
    return st->lower && t->fold_hash && hset_has(st->lower, st->lower_cap, t->fold_hash);
}

/* ---- runs ----------------------------------------------------------------- */

static int sentence_start(const state *st, size_t i)
{
    const wt_token *t;
    if (i == 0)
        return 1;
    t = &st->t[i - 1];
    if (!(t->flags & WT_TOK_PUNCT))
        return 0;
    {
        unsigned char c = (unsigned char)st->s[t->start];
        return c == '.' || c == '!' || c == '?' || c == '"' || c == ':' ||
               (c == 0xE2 && tk_len(t) == 3); /* curly quotes, dashes */
    }
}

/* Word shapes that are never part of a person's name: Indonesian derived
 * nouns (`Pertanian`, `Keuangan`, `Pendidikan`), active verbs
 * (`Mendekati`, `Mengatakan`), and words glued to an acronym
 * (`BCISFrans`). */
static int unname_shape_calc(const state *st, const wt_token *t)
{
    const char *w = st->s + t->start;
    size_t n = tk_len(t);
    /* the first four bytes, ASCII lower-cased (0 past the end) */
    int c0 = lower_ascii((unsigned char)w[0]), c1 = n > 1 ? lower_ascii((unsigned char)w[1]) : 0,
        c2 = n > 2 ? lower_ascii((unsigned char)w[2]) : 0,
        c3 = n > 3 ? lower_ascii((unsigned char)w[3]) : 0;
    if (n >= 7 && w[n - 2] == 'a' && w[n - 1] == 'n' && (c0 == 'p' || c0 == 'k') && c1 == 'e')
        return 1; /* pe-an, ke-an: `Pertanian`, `Keuangan` */
    if (n >= 7 && c0 == 'm' && c1 == 'e' &&
        ((c2 == 'n' && (c3 == 'g' || c3 == 'y' || c3 == 'd' || c3 == 'j' || c3 == 'c')) ||
         (c2 == 'm' && (c3 == 'b' || c3 == 'p'))))
        return 1; /* meng-, meny-, memb-, memp-, mend-, menj-, menc- */
    if (!((c0 == 'm' && c1 == 'c') || (c0 == 'm' && c1 == 'a' && c2 == 'c') ||
          (c0 == 'd' && (c1 == 'e' || c1 == 'i' || c1 == 'u')) ||
          (c0 == 'l' && (c1 == 'e' || c1 == 'a')))) {
        size_t q;
        for (q = 1; q + 1 < n; q++)
            if (w[q] >= 'A' && w[q] <= 'Z' && w[q - 1] >= 'a' && w[q - 1] <= 'z')
                return 1; /* `TikTok`, `WhatsApp`, glued `UkrainaTentara` */
    }
    if (n >= 7 && c0 == 'm' && c1 == 'e' && c2 == 'm' &&
        (w[3] == 'a' || w[3] == 'e' || w[3] == 'i' || w[3] == 'o' || w[3] == 'u'))
        return 1; /* `Memenuhi` */
    if (n >= 8 && c0 == 'd' && c1 == 'i' && w[n - 3] == 'k' && w[n - 2] == 'a' &&
        w[n - 1] == 'n')
        return 1; /* `Didaftarkan` */
    if (n > 5 && w[n - 3] == 'n' && w[n - 2] == 'y' && w[n - 1] == 'a')
        return 1; /* `Sebelumnya`, `Menurutnya` */
    if (n >= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' &&
        !(t->flags & WT_TOK_ALLCAPS))
        return 1;
    return 0;
}

static int unname_shape(const state *st, size_t i)
{
    uint8_t *u = &st->memo->unname[i];
    if (!*u)
        *u = (uint8_t)(1 + unname_shape_calc(st, &st->t[i]));
    return *u == 2;
}

static inline int is_initial(const state *st, size_t k)
{
    const wt_token *t = &st->t[k];
    return tk_cap(t) && tk_len(t) == 1 && k + 1 < st->n && tk_punct(st, k + 1, '.');
}

/* Token k is an academic degree written as listed (degrees[]). */
static int degree_at(const state *st, size_t k)
{
    return tk_has(st, k, W_DEGREE) && tok_in(st, k, degrees);
}

/* relations that open a sentence before the relative's name (`Suami Nagita
 * Slavina mengatakan`, `Istri Ferdy Sambo, Putri Candrawathi, hadir`) */
static const char *const kin_open[] = {"Suami", "Istri", "Ayah", "Adik", "Kakak",
                                       "Cucu", "Menantu", "Keponakan", NULL};

/* `Al-Jufri`, `El-Sisi`: the Arabic article at token k joined by a hyphen,
 * without spaces, to the capitalised word after it. */
static int arabic_article_at(const state *st, size_t k)
{
    static const char *const art[] = {"Al", "El", "Ar", "As", "At", "Az", "Ad", NULL};
    const wt_token *t = &st->t[k];
    return k + 2 < st->n && tk_len(t) == 2 && tk_punct(st, k + 1, '-') &&
           st->t[k + 1].start == t->end && st->t[k + 2].start == st->t[k + 1].end &&
           tk_cap(&st->t[k + 2]) && tok_in(st, k, art);
}

/* Balinese birth-order names, which `I` (men) or `Ni` (women) opens:
 * `I Ketut Darpawan`, `Ni Luh Putu` */
static int balinese_order(const state *st, size_t q)
{
    static const char *const w[] = {"Wayan", "Made", "Kadek", "Nyoman", "Komang", "Ketut",
                                    "Putu", "Gede", "Nengah", "Luh", "Gusti", NULL};
    return tok_in(st, q, w);
}

/* A person name starting at token j: capitalised words (at most
 * MAX_NAME_WORDS, two more for a Balinese name), initials `B.`, inner
 * particles. Returns the end token (exclusive), or j when there is no
 * name. */
static size_t scan_name_calc(const state *st, size_t j)
{
    size_t k = j, words = 0, end = j;
    size_t maxw = MAX_NAME_WORDS;
    /* `Suami Nagita Slavina mengatakan`: a relation opening the sentence
     * is no word of the name after it (the husband is not named there) */
    if (tk_has(st, j, W_KIN_WORDS) && tok_in(st, j, kin_open))
        return j;
    if (j + 1 < st->n && (TK_EQ(st, j, "I") || TK_EQ(st, j, "Ni")) && balinese_order(st, j + 1))
        maxw += 2; /* `I Kadek Agus Arya Wibawa`, `I Gusti Agung Ayu ...`: the
                    * article and the birth-order or caste names come first */
    while (k < st->n && words < maxw) {
        const wt_token *t = &st->t[k];
        if (tk_cap(t) && !tk_has(st, k, W_NAME_STOP)) {
            if (words > 0 && degree_at(st, k))
                break; /* `Budi Santoso SH MH`: the degrees are no name */
            if ((t->flags & WT_TOK_ALLCAPS) && tk_len(t) > 3)
                break;
            if (seen_lower(st, t) && !(tk_len(t) == 1))
                break;
            if (unname_shape(st, k))
                break;
            if (tk_has(st, k, W_ORG_HEADS) || tk_has(st, k, W_ADMIN_PREFIX) ||
                tk_has(st, k, W_COUNTRY_HEADS))
                break;
            if (words == 0 && (t->flags & WT_TOK_ALLCAPS) && tk_len(t) > 1)
                break;
            if (words > 0 && tk_len(t) <= 3 && st->s[t->start] == 'I' &&
                (wt_tok_eq(st->s, t, "II") || wt_tok_eq(st->s, t, "III") ||
                 wt_tok_eq(st->s, t, "IV")))
                return j; /* `Angkasa Pura II`: a company, not a name */
            if (words > 0 && tk_has(st, k, W_ORG_SUFFIX))
                return j; /* `pebalap tim Astra Honda Racing`: a team */
            if ((t->flags & WT_TOK_MIXED))
                break;
            if (words > 0) {
                gzm m;
                const wt_gz_entry *b;
                gz_at(st, k, &m);
                b = gz_best(&m);
                if (b && (b->kind == WT_GZ_COUNTRY || b->kind == WT_GZ_ORG ||
                          b->kind == WT_GZ_AGENCY || b->kind == WT_GZ_TITLE ||
                          b->kind == WT_GZ_RANK || b->kind == WT_GZ_PLACE))
                    break;
            }
            words++;
            if (is_initial(st, k))
                k++;
            else if (words > 1 && arabic_article_at(st, k))
                k += 2; /* `Salim Segaf Al-Jufri`: one word of the name */
            k++;
            end = k;
            continue;
        }
        if (words > 0 && tk_word(t) && !(t->flags & WT_TOK_CAP) && tk_has(st, k, W_PARTICLES)) {
            /* one particle or two (`Ursula von der Leyen`, `de la Fuente`)
             * before the next capitalised word of the name */
            size_t q = k + 1;
            if (q + 1 < st->n && tk_word(&st->t[q]) && !(st->t[q].flags & WT_TOK_CAP) &&
                tk_has(st, q, W_PARTICLES))
                q++;
            if (q < st->n && tk_cap(&st->t[q]) && !tk_has(st, q, W_NAME_STOP)) {
                k = q;
                continue;
            }
        }
        break;
    }
    return end;
}

static size_t scan_name(const state *st, size_t j)
{
    uint32_t *m;
    if (j >= st->n)
        return j;
    m = &st->memo->name_end[j];
    if (!*m)
        *m = (uint32_t)(scan_name_calc(st, j) + 1);
    return *m - 1;
}

/* 1 when what follows a name run [.., e) shows it is not a person's name:
 * a title or organisation right after it (`Deputi Gubernur`), a connector
 * and more capitalised words (`Center of ...`), an acronym in brackets. */
static int not_name_after(const state *st, size_t e)
{
    gzm m;
    if (e >= st->n || degree_at(st, e))
        return 0;
    if (e + 1 < st->n && TK_EQ(st, e, "karya") && tk_cap(&st->t[e + 1]))
        return 1; /* a work by its maker: `mengirim Yuni karya Kamila Andini` */
    gz_at(st, e, &m);
    if (m.len && (gz_kind(&m, WT_GZ_TITLE) || gz_kind(&m, WT_GZ_ORG)))
        return 1;
    if (tk_has(st, e, W_NAME_CONN) && e + 1 < st->n && tk_cap(&st->t[e + 1]))
        return 1;
    if (tk_punct(st, e, '-') && e + 1 < st->n && tk_cap(&st->t[e + 1]))
        return 1; /* `UIN Ar-Raniry` */
    /* `Timnas AMIN`, `Angkasa Pura II (Persero)` */
    if ((st->t[e].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[e]) > 1)
        return 1;
    if (e + 2 < st->n && tk_punct(st, e, '(') &&
        (wt_tok_is(st->s, &st->t[e + 1], "Persero") || wt_tok_is(st->s, &st->t[e + 1], "Tbk")))
        return 1;
    /* a short form spelled out in brackets after it, the same first letter:
     * `Kadis PUPR Perkim (Perumahan dan Pemukiman) Bangli` (antara-0203) */
    if (e > 0 && e + 2 < st->n && tk_punct(st, e, '(') && tk_word(&st->t[e + 1]) &&
        tk_cap(&st->t[e + 1]) && !(st->t[e + 1].flags & WT_TOK_ALLCAPS) &&
        tk_word(&st->t[e + 2]) && st->s[st->t[e + 1].start] == st->s[st->t[e - 1].start])
        return 1;
    return st->t[e].flags & WT_TOK_PUNCT && st->s[st->t[e].start] == '(' && e + 2 < st->n &&
           tk_punct(st, e + 2, ')') && (st->t[e + 1].flags & WT_TOK_ALLCAPS);
}

/* ---- acronyms ------------------------------------------------------------- */

/* `( ACR )` at token i: returns the index of ACR or 0. */
static size_t paren_acr(const state *st, size_t i)
{
    const wt_token *a;
    size_t l;
    if (i + 2 >= st->n || !tk_punct(st, i, '(') || !tk_punct(st, i + 2, ')'))
        return 0;
    a = &st->t[i + 1];
    l = tk_len(a);
    if (!tk_word(a) || !(a->flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)) || l < 2 || l > 20)
        return 0;
    return i + 1;
}

static int alnum_ascii(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Schwartz-Hearst: the start (byte offset) of the shortest suffix of the
 * long form s[a..b) whose letters spell the acronym s[x..y) in order, the
 * acronym's first letter starting a word. (size_t)-1 when none. ASCII
 * letters only (acronyms are ASCII). */
static size_t sh_start(const char *s, size_t a, size_t b, size_t x, size_t y)
{
    size_t li = b, si = y;
    while (si > x) {
        int c = lower_ascii((unsigned char)s[si - 1]);
        if (!alnum_ascii(c)) {
            si--;
            continue;
        }
        for (;;) {
            if (li <= a)
                return (size_t)-1;
            if (lower_ascii((unsigned char)s[li - 1]) == c &&
                (si - 1 > x || li - 1 == a || !alnum_ascii((unsigned char)s[li - 2])))
                break;
            li--;
        }
        li--;
        si--;
    }
    /* back to the start of the word */
    while (li > a && s[li - 1] != ' ')
        li--;
    return li;
}

/* Fallback when the letters do not spell the acronym in order (`Center of
 * Economics and Law Studies (Celios)`): the first letters agree and the
 * initials of the capitalised words are a subsequence of the acronym. */
static int initials_ok(const state *st, size_t i, size_t j, size_t acr)
{
    const wt_token *A = &st->t[acr];
    size_t k, p = A->start, words = 0;
    if (lower_ascii((unsigned char)st->s[st->t[i].start]) !=
        lower_ascii((unsigned char)st->s[A->start]))
        return 0;
    for (k = i; k < j; k++) {
        int c;
        if (!tk_cap(&st->t[k]))
            continue;
        c = lower_ascii((unsigned char)st->s[st->t[k].start]);
        while (p < A->end && lower_ascii((unsigned char)st->s[p]) != c)
            p++;
        if (p >= A->end)
            return 0;
        p++;
        words++;
    }
    return words >= 2;
}

/* 1 when the acronym token `acr` may abbreviate the long form tokens [i, j)
 * of a recognised entity: letters match a suffix of it, or the gazetteer
 * lists the acronym. */
static int acr_ok(const state *st, size_t i, size_t j, size_t acr)
{
    const wt_token *A = &st->t[acr];
    const wt_gz_entry *g;
    if (sh_start(st->s, st->t[i].start, st->t[j - 1].end, A->start, A->end) != (size_t)-1)
        return 1;
    if (!st->gz)
        return 0;
    g = wt_gz_lookup(st->gz, st->s + A->start, tk_len(A), WT_GZ_ORG);
    return g && g->acronym && wt_tok_eq(st->s, A, g->acronym);
}

/* `PT Exelly Elektrik Indonesia (Voltron)`: after a firm named by `PT`,
 * one word in brackets is the brand the text goes on to call it by, whether
 * or not its letters spell the name; not its legal form (`(Tbk)`), nor a
 * place, a country or a person the gazetteer knows. */
static int firm_brand(const state *st, const warta_entity *en, size_t i, size_t a)
{
    gzm m;
    if (en->type != WARTA_ENTITY_ORGANIZATION || !TK_EQ(st, i, "PT") ||
        TK_EQ(st, a, "Tbk") || TK_EQ(st, a, "Persero"))
        return 0;
    gz_at(st, a, &m);
    return !m.len || gz_best(&m)->kind == WT_GZ_ORG;
}

/* After an organisation or place ending at token e (exclusive): a
 * parenthesised acronym registers as its short form. */
static int attach_acr(state *st, int idx, size_t i, size_t e)
{
    size_t a = paren_acr(st, e);
    const wt_token *A;
    warta_entity *en;
    int rc;
    if (!a)
        return WARTA_OK;
    A = &st->t[a];
    en = &ENT(st, idx);
    if (en->type == WARTA_ENTITY_ORGANIZATION &&
        !(en->acronym && wt_tok_eq(st->s, A, en->acronym))) {
        /* `Gugus Tugas ... COVID-19 Jawa Barat (Jabar)`, `Pemerintah
         * Provinsi Kalimantan Tengah (Kalteng)`: the short form of the
         * place the name ends with is no acronym of the organisation */
        gzm pm;
        gz_at(st, a, &pm);
        if (pm.len == 1 && gz_best(&pm) == gz_kind(&pm, WT_GZ_PLACE))
            return WARTA_OK;
    }
    if (!acr_ok(st, i, e, a) && !firm_brand(st, en, i, a)) {
        /* a gazetteer organisation whose listed acronym is written */
        if (!(en->type == WARTA_ENTITY_ORGANIZATION && en->acronym &&
              wt_tok_eq(st->s, A, en->acronym)))
            return WARTA_OK;
    }
    if (en->type == WARTA_ENTITY_ORGANIZATION && !en->acronym) {
        en->acronym = wt_arena_strndup(st->ar, st->s + A->start, tk_len(A));
        if (!en->acronym)
            return WARTA_ENOMEM;
    }
    rc = map_put(st, NS_ACR, st->s + A->start, tk_len(A), idx, 0);
    return rc;
}

/* ---- persons ---------------------------------------------------------------- */

static int register_tokens(state *st, int idx, size_t i, size_t j)
{
    size_t k;
    for (k = i; k < j; k++) {
        const wt_token *t = &st->t[k];
        if (!tk_cap(t) || tk_len(t) < 2)
            continue;
        if (map_put(st, NS_TOKEN, st->s + t->start, tk_len(t), idx, 1) != WARTA_OK)
            return WARTA_ENOMEM;
    }
    return WARTA_OK;
}

/* 1 when a is b with one letter more or less (`Thohir`, `Tohir`). */
static int one_letter_apart(const char *a, size_t na, const char *b, size_t nb)
{
    size_t k = 0;
    if (na < nb) {
        const char *t = a;
        size_t nt = na;
        a = b;
        na = nb;
        b = t;
        nb = nt;
    }
    if (na != nb + 1)
        return 0;
    while (k < nb && a[k] == b[k])
        k++;
    return memcmp(a + k + 1, b + k, nb - k) == 0;
}

/* `Menteri BUMN Erick Thohir` ... `Erick Tohir`: a name of two or more
 * words whose last word is one letter apart from the last word of the
 * person that its first word names, the other words the same, is that
 * person misspelt. The person's index or -1. */
static int misspelt_person(const state *st, size_t i, size_t j)
{
    int k = map_get_tok(st, NS_TOKEN, i);
    const char *nm, *last, *p;
    size_t w, nl;
    const wt_token *L = &st->t[j - 1];
    if (k < 0 || ENT(st, k).type != WARTA_ENTITY_PERSON || !(nm = ENT(st, k).name) ||
        tk_len(L) < 5)
        return -1;
    /* the words before the last, one by one */
    p = nm;
    for (w = i; w + 1 < j; w++) {
        size_t n = tk_len(&st->t[w]);
        if (strncmp(p, st->s + st->t[w].start, n) != 0 || p[n] != ' ')
            return -1;
        p += n + 1;
    }
    last = p;
    if (strchr(last, ' '))
        return -1;
    nl = strlen(last);
    return nl >= 5 && one_letter_apart(last, nl, st->s + L->start, tk_len(L)) ? k : -1;
}

/* `Ibu Iriana` ... `Ibu Negara Iriana Joko Widodo`, `Bayu` ... `Bayu
 * Krisnamurthi`: a person known by one word, named in full by the run
 * [i, j) that starts with that word, takes the full name. 1 when grown. */
static int grow_single(state *st, int idx, size_t i, size_t j, int *rc)
{
    warta_entity *e = &ENT(st, idx);
    char *name;
    *rc = WARTA_OK;
    size_t k;
    if (idx < 0 || st->titlecase || e->type != WARTA_ENTITY_PERSON || !e->name || j < i + 2 ||
        j > i + 4 || !wt_tok_is(st->s, &st->t[i], e->name))
        return 0;
    for (k = i + 1; k < j; k++)
        if (((st->t[k].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[k]) > 2) ||
            seen_lower(st, &st->t[k]))
            return 0; /* `Chen EXO`, `Sule Family`; `Mahfud MD` grows */
    name = dup_clean(st, st->t[i].start, st->t[j - 1].end);
    if (!name) {
        *rc = WARTA_ENOMEM;
        return 0;
    }
    e->name = name;
    *rc = map_put(st, NS_PERSON, name, strlen(name), idx, 0);
    if (*rc == WARTA_OK)
        *rc = register_tokens(st, idx, i, j);
    return *rc == WARTA_OK;
}

/* The person of a gazetteer entry g written as tokens [i, j): found by
 * its canonical or written name, else new. The person goes by the name as
 * the text writes it (`Jokowi` alone stays `Jokowi`); the canonical name
 * links the variants (`Joko Widodo` ... `Jokowi`). No mention is added. */
static int emit_person_gz(state *st, const wt_gz_entry *g, size_t i, size_t j, int *idx)
{
    int rc = WARTA_OK, k = map_get_gz(st, NS_PERSON, g->name);
    if (k < 0) {
        char *wr = dup_clean(st, st->t[i].start, st->t[j - 1].end);
        if (!wr)
            return WARTA_ENOMEM;
        k = map_get(st, NS_PERSON, wr, strlen(wr));
        if (k < 0 && j > i + 1) {
            /* `Mahfud` ... `Mahfud MD` */
            int k1 = map_get_tok(st, NS_TOKEN, i);
            if (k1 >= 0 && grow_single(st, k1, i, j, &rc))
                k = k1;
            else if (rc != WARTA_OK)
                return rc;
        }
        if (k < 0)
            rc = ent_new(st, WARTA_ENTITY_PERSON, wr, &k);
        if (rc == WARTA_OK)
            rc = map_put(st, NS_PERSON, wr, strlen(wr), k, 0);
        if (rc == WARTA_OK)
            rc = map_put(st, NS_PERSON, g->name, strlen(g->name), k, 0);
        if (rc == WARTA_OK)
            rc = register_tokens(st, k, i, j);
        if (rc != WARTA_OK)
            return rc;
    }
    else if (j > i + 1 && ENT(st, k).name && !strchr(ENT(st, k).name, ' ') &&
             !st->titlecase) {
        /* `Jokowi` ... `Joko Widodo`: the full name is the name */
        char *full = dup_clean(st, st->t[i].start, st->t[j - 1].end);
        if (!full)
            return WARTA_ENOMEM;
        ENT(st, k).name = full;
    }
    *idx = k;
    return WARTA_OK;
}

/* Known person named by tokens [i, j): full name, else a single token. */
static int person_known(const state *st, size_t i, size_t j)
{
    int k = j == i + 1 ? map_get_tok(st, NS_PERSON, i)
                       : map_get(st, NS_PERSON, st->s + st->t[i].start,
                                 st->t[j - 1].end - st->t[i].start);
    if (k >= 0)
        return k;
    if (j == i + 1) {
        k = map_get_tok(st, NS_TOKEN, i);
        if (k >= 0)
            return k;
    } else {
        /* `Yacob Fonataba` after `Yacob S Fonataba`: every word of the run
         * is a word of the same person's name */
        size_t q, a = st->t[i].start, len = st->t[j - 1].end - a;
        int same = -1;
        for (q = i; q < j; q++) {
            int t;
            if (!tk_cap(&st->t[q]) || tk_len(&st->t[q]) < 2)
                continue;
            t = map_get_tok(st, NS_TOKEN, q);
            if (t < 0 || (same >= 0 && t != same)) {
                same = -1;
                break;
            }
            same = t;
        }
        if (same >= 0)
            return same;
        /* `Budi Karya` after `Budi Karya Sumadi`, when a word of it is
         * shared (`Budi Setiyadi` in the same story): the words open the
         * full name of exactly one person */
        for (q = 0; q < st->out->len; q++) {
            const warta_entity *e = (const warta_entity *)st->out->data + q;
            if (e->type == WARTA_ENTITY_PERSON && e->name && e->name[0] == st->s[a] &&
                strncmp(e->name, st->s + a, len) == 0 && e->name[len] == ' ') {
                if (same >= 0)
                    return -1;
                same = (int)q;
            }
        }
        return same;
    }
    return -1;
}

static int title_ok(const state *st, size_t i);
static int title_subkind_is(const gzm *m, const char *subkind);

/* A title stated after a name that ends at token e: `Budi Waseso yang
 * sebelumnya menjabat Direktur Utama`, `Anies Baswedan selama menjadi
 * Gubernur`, `X yang kini menjabat sebagai Ketua`. Returns the title's
 * first token and sets *te to its end, or returns 0 (e is never 0 here).
 * *strong: the verb is `menjabat` or the link is `selaku` (holding a post:
 * a person). */
static size_t title_after_at(const state *st, size_t e, size_t *te, int *strong)
{
    size_t k = e, guard = 0;
    gzm m;
    if (k + 1 < st->n && TK_EQ(st, k, "selaku")) {
        /* `Raka Danira selaku kuasa hukum Eza`: the post itself */
        k++;
        *strong = 1;
        gz_at(st, k, &m);
        if (!m.len || gz_best(&m) != gz_kind(&m, WT_GZ_TITLE) || !title_ok(st, k))
            return 0;
        *te = k + m.len;
        return k;
    }
    if (k < st->n && TK_IS(st, k, "yang"))
        k++;
    while (k < st->n && guard++ < 2 && tk_word(&st->t[k]) && !tk_cap(&st->t[k]) &&
           tk_has(st, k, W_POST_ADV))
        k++;
    if (k >= st->n || tk_cap(&st->t[k]) || !tk_has(st, k, W_POST_VERBS))
        return 0;
    *strong = wt_tok_is(st->s, &st->t[k], "menjabat");
    k++;
    if (k < st->n && wt_tok_is(st->s, &st->t[k], "sebagai"))
        k++;
    if (k >= st->n)
        return 0;
    gz_at(st, k, &m);
    if (!m.len || gz_best(&m) != gz_kind(&m, WT_GZ_TITLE) || !title_ok(st, k))
        return 0;
    *te = k + m.len;
    return k;
}

/* The title stated after a name ending at e, for a person that has none. */
static int title_after(state *st, int idx, size_t e)
{
    size_t ts, te = 0;
    int strong;
    warta_entity *en = &ENT(st, idx);
    if (en->title || en->type != WARTA_ENTITY_PERSON)
        return WARTA_OK;
    ts = title_after_at(st, e, &te, &strong);
    if (!ts)
        return WARTA_OK;
    en->title = dup_clean(st, st->t[ts].start, st->t[te - 1].end);
    return en->title ? WARTA_OK : WARTA_ENOMEM;
}

/* `( ACR )` at j whose letters are the first letters of the words [i, j),
 * two to four of them: `Galumbang Menak Simanjuntak (GMS)`. */
static int initials_paren(const state *st, size_t i, size_t j)
{
    size_t r;
    if (j < i + 2 || j > i + 4 || j + 2 >= st->n || !tk_punct(st, j, '(') ||
        !tk_punct(st, j + 2, ')') || !(st->t[j + 1].flags & WT_TOK_ALLCAPS) ||
        tk_len(&st->t[j + 1]) != j - i)
        return 0;
    for (r = i; r < j; r++)
        if (st->s[st->t[r].start] != st->s[st->t[j + 1].start + (r - i)])
            return 0;
    return 1;
}

/* Person named by tokens [i, j), with optional title (byte range, ta==tb for
 * none) and affiliation; *pidx (when not NULL): its entity, or -1 when the
 * name was not taken. */
static int person_add_idx(state *st, size_t i, size_t j, size_t ta, size_t tb, const char *aff,
                          int *pidx)
{
    int idx = person_known(st, i, j), rc;
    warta_entity *e;
    const wt_gz_entry *gp = NULL;
    if (idx < 0) {
        /* `Presiden Jokowi` after `Joko Widodo`: a listed variant */
        gzm gm;
        gz_at(st, i, &gm);
        gp = gm.len == j - i ? gz_kind(&gm, WT_GZ_PERSON) : NULL;
        if (gp)
            idx = map_get(st, NS_PERSON, gp->name, strlen(gp->name));
    }
    if (idx < 0 && j > i + 1 && (idx = misspelt_person(st, i, j)) >= 0 &&
        (rc = register_tokens(st, idx, i, j)) != WARTA_OK)
        return rc;
    if (idx < 0 && j > i + 1) {
        int k = map_get_tok(st, NS_TOKEN, i);
        rc = WARTA_OK;
        if (k >= 0 && grow_single(st, k, i, j, &rc)) {
            idx = k;
            if (gp && (rc = map_put(st, NS_PERSON, gp->name, strlen(gp->name), idx, 0)) !=
                          WARTA_OK)
                return rc;
        } else if (rc != WARTA_OK) {
            return rc;
        }
    }
    if (idx < 0 && gp && (rc = emit_person_gz(st, gp, i, j, &idx)) != WARTA_OK)
        return rc;
    if (idx >= 0 && j > i + 1 && ENT(st, idx).name && !strchr(ENT(st, idx).name, ' ') &&
        ENT(st, idx).type == WARTA_ENTITY_PERSON && !st->titlecase) {
        /* `Jokowi` ... `Presiden Joko Widodo`: the full name is the name */
        char *full = dup_clean(st, st->t[i].start, st->t[j - 1].end);
        if (!full)
            return WARTA_ENOMEM;
        ENT(st, idx).name = full;
    }
    if (idx < 0 && st->titlecase)
        return WARTA_OK; /* `CEO Bundesliga Ingin Hajar Salomon`: capitals prove nothing */
    if (idx < 0 && j == i + 1 && tk_len(&st->t[i]) < 2)
        return WARTA_OK; /* `Sultan HB X` */
    if (idx < 0) {
        char *name = dup_clean(st, st->t[i].start, st->t[j - 1].end);
        if (!name)
            return WARTA_ENOMEM;
        rc = ent_new(st, WARTA_ENTITY_PERSON, name, &idx);
        if (rc == WARTA_OK)
            rc = map_put(st, NS_PERSON, name, strlen(name), idx, 0);
        if (rc == WARTA_OK)
            rc = register_tokens(st, idx, i, j);
        if (rc != WARTA_OK)
            return rc;
    }
    /* a nickname in brackets right after the name joins the person:
     * `Nazril Irham (Ariel)`, `Muhaimin Iskandar (Cak Imin)` */
    if (j + 2 < st->n && tk_punct(st, j, '(')) {
        size_t q = j + 1;
        while (q < st->n && q - j <= 3 && tk_cap(&st->t[q]) &&
               !(st->t[q].flags & WT_TOK_ALLCAPS))
            q++;
        if (q > j + 1 && q < st->n && tk_punct(st, q, ')')) {
            size_t r;
            gzm gm;
            for (r = j + 1; r < q; r++)
                if (!tk_has(st, r, W_NAME_STOP) && tk_len(&st->t[r]) >= 2 &&
                    (gz_at(st, r, &gm), !gm.len) &&
                    (rc = map_put(st, NS_TOKEN, st->s + st->t[r].start, tk_len(&st->t[r]),
                                  idx, 1)) != WARTA_OK)
                    return rc;
        }
    }
    /* its initials in brackets (court reports abbreviate a defendant so):
     * `Susilo Bambang Yudhoyono (SBY)`, `Galumbang Menak Simanjuntak (GMS)` */
    if (j + 2 < st->n && initials_paren(st, i, j) &&
        (rc = map_put(st, NS_ACR, st->s + st->t[j + 1].start, tk_len(&st->t[j + 1]), idx,
                      0)) != WARTA_OK)
        return rc;
    e = &ENT(st, idx);
    if (tb == ta && !e->title && j + 2 < st->n && tk_punct(st, j, '(')) {
        /* `Pak Budi Karya (Menhub)`: the post in brackets after the name */
        gzm tm;
        gz_at(st, j + 1, &tm);
        if (tm.len && gz_best(&tm) == gz_kind(&tm, WT_GZ_TITLE) && j + 1 + tm.len < st->n &&
            tk_punct(st, j + 1 + tm.len, ')') && title_ok(st, j + 1)) {
            ta = st->t[j + 1].start;
            tb = st->t[j + tm.len].end;
        }
    }
    if (tb > ta && !e->title) {
        /* `mantan Wali Kota Tangerang Selatan Airin Rachmi Diany`: a former
         * post is written with its `mantan` */
        if (ta >= 7 && wt_prefix_ci(st->s + ta - 7, 7, "mantan ") &&
            (ta == 7 || !((st->s[ta - 8] | 0x20) >= 'a' && (st->s[ta - 8] | 0x20) <= 'z')))
            ta -= 7;
        e->title = dup_clean(st, ta, tb);
        if (!e->title)
            return WARTA_ENOMEM;
    }
    if (aff && !e->affiliation) {
        e->affiliation = dup_str(st, aff);
        if (!e->affiliation)
            return WARTA_ENOMEM;
    }
    if (pidx)
        *pidx = idx;
    rc = mention_toks(st, idx, i, j);
    return rc == WARTA_OK ? title_after(st, idx, j) : rc;
}

static int person_add(state *st, size_t i, size_t j, size_t ta, size_t tb, const char *aff)
{
    return person_add_idx(st, i, j, ta, tb, aff, NULL);
}

/* Skip ranks and honorifics (and the dot of `Pol.`) from token j. */
static size_t skip_ranks(const state *st, size_t j)
{
    /* the TNI's corps, written after an officer's rank */
    static const char *const corps[] = {"Inf", "Kav", "Arm", "Arh", "Czi", "Cpl", "Cba", "Ckm",
                                        "Chb", "Cku", "Cpm", "Caj", "Ctp", "Chk", "Cpn", "Pnb",
                                        "Tek", "Kal", "Adm", "Sus", "Mar", "Pas", NULL};
    int guard = 0;
    size_t j0 = j;
    while (j < st->n && guard++ < 4) {
        gzm m;
        if (tk_has(st, j, W_HON_WORDS) && j + 1 < st->n &&
            (tk_cap(&st->t[j + 1]) || tk_punct(st, j + 1, '.')) &&
            !((wt_tok_eq(st->s, &st->t[j], "Sri") || wt_tok_eq(st->s, &st->t[j], "Seri") ||
               wt_tok_eq(st->s, &st->t[j], "Tan")) && j == j0)) {
            j++;
            if (j < st->n && tk_punct(st, j, '.'))
                j++;
            continue;
        }
        gz_at(st, j, &m);
        if (!m.len || !(gz_kind(&m, WT_GZ_RANK) || gz_kind(&m, WT_GZ_HONORIFIC)))
            break;
        if (gz_kind(&m, WT_GZ_PERSON) || gz_kind(&m, WT_GZ_ORG) || gz_kind(&m, WT_GZ_TITLE) ||
            gz_kind(&m, WT_GZ_COUNTRY) || gz_kind(&m, WT_GZ_PLACE))
            break;
        j += m.len;
        if (j < st->n && tk_punct(st, j, '.'))
            j++;
        /* an officer's corps after the rank: `Letkol Inf Andre Kurnia`,
         * `Kolonel Czi`, `Mayor Mar` */
        if (j < st->n && tk_word(&st->t[j]) && tk_cap(&st->t[j]) && tok_in(st, j, corps))
            j++;
    }
    return j;
}

/* ---- rules ---------------------------------------------------------------- */

/* One to three unknown capitalised words from i that may be a place name:
 * not an acronym, a given name (a person), a word the document writes in
 * lower case, a derived verb or noun, words run together
 * (`UkrainaMenyampaikan`), an organisation, facility, school, event or
 * platform word, nor a run that holds a gazetteer entry or goes on
 * capitalised. Returns the end token or i. */
static size_t place_run(const state *st, size_t i)
{
    size_t e;
    const uint64_t no = W_FUNC_STOP | W_NAME_STOP | W_ORG_INDICATORS | W_FACILITY_BEFORE |
                        W_FACILITY_AFTER | W_FIRM_WORDS | W_ORG_SUFFIX | W_ORG_PREFIX |
                        W_SCHOOL_HEADS | W_GIVEN | W_FEATURE_WORDS | W_EVENT_WORDS |
                        W_NOT_PLACE;
    if (st->titlecase)
        return i;
    for (e = i; e < st->n && e - i < 3; e++) {
        const wt_token *t = &st->t[e];
        gzm m;
        size_t q;
        if (!tk_word(t) || !tk_cap(t) ||
            (t->flags & (WT_TOK_ALLCAPS | WT_TOK_NEWLINE_BEFORE | WT_TOK_MIXED)) ||
            tk_len(t) < 3 || tk_has(st, e, no) || unname_shape(st, e) || seen_lower(st, t))
            break;
        for (q = 1; q < tk_len(t); q++)
            if (st->s[t->start + q] >= 'A' && st->s[t->start + q] <= 'Z')
                return i; /* `UkrainaMenyampaikan`: words run together */
        gz_at(st, e, &m);
        if (m.len)
            return i;
    }
    if (e == i || (e < st->n && tk_word(&st->t[e]) && tk_cap(&st->t[e])))
        return i; /* a longer capitalised name goes on */
    return e;
}

/* `pindah ke Sebastopol`, `di Pananjung juga`: a place run right after a
 * lower-case `di` or `ke`. */
static size_t after_di_place(const state *st, size_t i)
{
    if (i == 0 || !tk_word(&st->t[i - 1]) || tk_cap(&st->t[i - 1]) ||
        tk_len(&st->t[i - 1]) != 2 || !tk_has(st, i - 1, W_LOCATIVES) ||
        !(wt_tok_eq(st->s, &st->t[i - 1], "di") || wt_tok_eq(st->s, &st->t[i - 1], "ke")))
        return i;
    return place_run(st, i);
}

/* `Sebastopol , California`, `Sewon , Bantul`: a place run before a comma
 * and a known province, state, city or country (the place it lies in); or
 * `di Cijulang dan Parigi`: a place run listed right after a place that
 * follows a locative (or is itself listed so), ending the list or going on
 * with it, the next member no given name (`Kadis Dikbud Sultra, Yusmin`,
 * `Bandung, Omid Nazari dan Febri Hariyadi` are people). Not the tail of a
 * longer name or after a facility word (`stadion Pakansari, Bogor`). */
static size_t listed_place(const state *st, size_t i)
{
    size_t e;
    /* the tail of a longer name: `Stadion Pakansari, Cibinong`, `RS Polri
     * Kramat Jati`, `Jalan Medan Merdeka Barat` */
    int listed;
    if (i > 0 && tk_word(&st->t[i - 1]) &&
        (tk_cap(&st->t[i - 1]) || tk_has(st, i - 1, W_FACILITY_BEFORE | W_NOT_PLACE)))
        return i; /* also `stadion Pakansari, Bogor`, `tol Sentul, Bogor` */
    if (i > 2 && tk_punct(st, i - 1, '-') && tk_cap(&st->t[i - 2]) &&
        tk_has(st, i - 3, W_FACILITY_BEFORE))
        return i; /* `Bandara Soekarno-Hatta, Tangerang` */
    listed = st->last_place_end && st->last_place_loc && i >= 2 &&
             (st->last_place_end == i || st->last_place_end == i - 1);
    e = place_run(st, i);
    if (e == i)
        return i;
    if (e + 1 < st->n && tk_punct(st, e, ',') && tk_cap(&st->t[e + 1])) {
        gzm m;
        const wt_gz_entry *g;
        gz_at(st, e + 1, &m);
        g = gz_best(&m);
        if (g && (g->kind == WT_GZ_COUNTRY ||
                  (g->kind == WT_GZ_PLACE && g->subkind &&
                   (strcmp(g->subkind, "province") == 0 || strcmp(g->subkind, "state") == 0 ||
                    strcmp(g->subkind, "city") == 0 || strcmp(g->subkind, "capital") == 0 ||
                    strcmp(g->subkind, "regency") == 0))) &&
            (e + 1 + m.len >= st->n || !tk_word(&st->t[e + 1 + m.len])))
            return e;
    }
    if (listed) {
        size_t k = i - 1;
        if (wt_tok_is(st->s, &st->t[k], "dan") || wt_tok_is(st->s, &st->t[k], "serta")) {
            if (k > 0 && tk_punct(st, k - 1, ','))
                k--;
        } else if (!tk_punct(st, k, ',')) {
            return i;
        }
        /* the list goes on or ends here: `, Parigi ,`, `dan Parigi .`
         * (`Banyumas, Supono menyambut`: a person after a place) */
        if (st->last_place_end == k + 1 && st->last_place_loc &&
            (e >= st->n || tk_punct(st, e, ',') || tk_punct(st, e, '.') ||
             tk_punct(st, e, ';') || wt_tok_is(st->s, &st->t[e], "dan") ||
             wt_tok_is(st->s, &st->t[e], "serta")) &&
            !(e + 1 < st->n && tk_has(st, e + 1, W_GIVEN)))
            return e; /* not `Bandung, Omid Nazari dan Febri Hariyadi` */
    }
    return i;
}

/* A place word that belongs to the name of a facility or organisation:
 * `PLTB Sidrap`, `Istora Senayan`, `Blackpool Victoria Hospital`, `Cape
 * Town Philharmonic Orchestra`, `Imperial College London`. */
static int place_in_facility(const state *st, size_t i, size_t len)
{
    if (i > 0 && tk_cap(&st->t[i - 1]) && tk_has(st, i - 1, W_FACILITY_BEFORE))
        return 1;
    return i + len < st->n && tk_cap(&st->t[i + len]) && tk_has(st, i + len, W_FACILITY_AFTER);
}

/* A foreign city or state inside a longer capitalised name: `Dynamo
 * Dresden`, `Nottingham Forest`, `Bayern Munich`, `Dallas Cowboys`, `New
 * England Revolution`: no place. The words after it are read on their own. Indonesian
 * places are left alone (`Jakarta Convention Center` is handled as a
 * facility, `Persija Jakarta` as a club). */
static int place_in_name(const state *st, const wt_gz_entry *g, size_t i, size_t len)
{
    size_t j = i + len;
    gzm nm;
    if (st->titlecase || !g->iso2 || strcmp(g->iso2, "ID") == 0 || !g->subkind ||
        strcmp(g->subkind, "region") == 0 || strcmp(g->subkind, "feature") == 0)
        return 0;
    if (j < st->n && tk_word(&st->t[j]) && tk_cap(&st->t[j]) &&
        !(st->t[j].flags & WT_TOK_NEWLINE_BEFORE) &&
        !tk_has(st, j, W_FUNC_STOP | W_BARE_DIRECTIONS)) {
        const wt_gz_entry *ng;
        gz_at(st, j, &nm);
        ng = gz_best(&nm);
        if (!ng || (ng->kind != WT_GZ_PLACE && ng->kind != WT_GZ_COUNTRY &&
                    ng->kind != WT_GZ_TITLE && ng->kind != WT_GZ_RANK &&
                    ng->kind != WT_GZ_HONORIFIC))
            return 1;
    }
    return 0;
}

/* Emit the entity of a decisive gazetteer entry over tokens [i, i+len). */
static int emit_gz(state *st, const wt_gz_entry *g, size_t i, size_t len, int *idx)
{
    int rc;
    *idx = -1;
    switch (g->kind) {
    case WT_GZ_COUNTRY:
        rc = country_entity(st, g, idx);
        break;
    case WT_GZ_PLACE:
        rc = place_entity(st, g, i, len, idx);
        break;
    case WT_GZ_ORG:
    case WT_GZ_AGENCY:
        if (st->dateline_agency) {
            /* the dateline's own outlet is not an organisation of the body */
            size_t a = st->t[i].start, b = st->t[i + len - 1].end;
            size_t dl = strlen(st->dateline_agency);
            if ((dl == b - a && wt_prefix_ci(st->s + a, b - a, st->dateline_agency)) ||
                (dl == strlen(g->name) && wt_prefix_ci(g->name, dl, st->dateline_agency)))
                return WARTA_OK;
        }
        rc = org_entity(st, g->name, strlen(g->name), g->acronym, idx);
        break;
    case WT_GZ_PERSON:
        rc = emit_person_gz(st, g, i, i + len, idx);
        break;
    default:
        return WARTA_OK;
    }
    if (rc == WARTA_OK && *idx >= 0)
        rc = mention_toks(st, *idx, i, i + len);
    if (rc == WARTA_OK && *idx >= 0 && g->kind == WT_GZ_PERSON &&
        !(i > 0 && (tk_punct(st, i - 1, ',') || TK_EQ(st, i - 1, "dan") ||
                    TK_EQ(st, i - 1, "serta")))) {
        /* a listed person's post after the name: `Anies Baswedan selama
         * menjadi Gubernur`, `Erick Thohir selaku ketua umum`; not the last
         * of a list (`A, B dan Prabowo Subianto menjadi calon wakil
         * presiden`: the subject is another), not an occupation (`menjadi
         * arsitek kebijakan`) */
        size_t te = 0;
        int strong = 0;
        size_t ts = title_after_at(st, i + len, &te, &strong);
        gzm tm;
        if (ts && (gz_at(st, ts, &tm), !title_subkind_is(&tm, "occupation")))
            rc = title_after(st, *idx, i + len);
    }
    return rc;
}

/* `band Nidji`, `grup band Dewa 19`, `klub Tornado`, `perusahaan
 * Electrohell`: a lower-case kind noun (and `band` or `musik` after
 * `grup`) before an unknown capitalised run makes the run an organisation.
 * Not before a known entry (the gazetteer decides), a generic or calendar
 * word (`perusahaan BUMN`, `klub Liga Inggris`) or a headline. */
static int rule_org_cue(state *st, size_t i, size_t *next, int *rc)
{
    size_t j = i + 1, e;
    gzm m;
    if (st->titlecase)
        return 0;
    if (j < st->n && tk_word(&st->t[j]) && !tk_cap(&st->t[j]) &&
        (wt_tok_eq(st->s, &st->t[j], "band") || wt_tok_eq(st->s, &st->t[j], "musik")))
        j++;
    else if (j + 1 < st->n && tk_word(&st->t[j]) && !tk_cap(&st->t[j]) &&
             TK_EQ(st, j + 1, "bernama"))
        j += 2; /* `perusahaan teknologi bernama Luminar` */
    else if (j + 2 < st->n && tk_word(&st->t[j]) && !tk_cap(&st->t[j]) &&
             tk_word(&st->t[j + 1]) && !tk_cap(&st->t[j + 1]) && TK_EQ(st, j + 2, "bernama"))
        j += 3; /* `perusahaan rintisan teknologi bernama`: two words at most */
    else if (j < st->n && TK_EQ(st, j, "bernama"))
        j++; /* `perusahaan bernama PT ...` */
    if (j >= st->n || !tk_word(&st->t[j]) || !tk_cap(&st->t[j]) ||
        (st->t[j].flags & WT_TOK_NEWLINE_BEFORE))
        return 0;
    if ((wt_tok_is(st->s, &st->t[j], "K-pop") || wt_tok_is(st->s, &st->t[j], "J-pop")) &&
        j + 1 < st->n)
        j++; /* `grup K-pop EXO`: the genre is no part of the name */
    if (!tk_word(&st->t[j]) || !tk_cap(&st->t[j]) ||
        tk_has(st, j, W_FUNC_STOP | W_NOT_ORG) ||
        (tk_has(st, j, W_NAME_STOP) && !wt_tok_is(st->s, &st->t[j], "The")))
        return 0;
    /* a person's name (`grup Jimi Hendrix`), a platform (`grup WhatsApp`),
     * a one-letter word (`grup J.`) */
    if (tk_has(st, j, W_GIVEN) || tk_len(&st->t[j]) < 2 ||
        wt_tok_is(st->s, &st->t[j], "WhatsApp") || wt_tok_is(st->s, &st->t[j], "Facebook") ||
        wt_tok_is(st->s, &st->t[j], "Telegram") || wt_tok_is(st->s, &st->t[j], "Line"))
        return 0;
    gz_at(st, j, &m);
    if (m.len)
        return 0;
    e = j;
    while (e < st->n && e - j < 5 && !(st->t[e].flags & WT_TOK_NEWLINE_BEFORE) &&
           ((tk_word(&st->t[e]) && tk_cap(&st->t[e]) && !tk_has(st, e, W_FUNC_STOP)) ||
            (e > j && (st->t[e].flags & WT_TOK_NUM) && tk_len(&st->t[e]) <= 3)))
        e++;
    if (e == j)
        return 0;
    *next = e;
    {
        int idx;
        *rc = org_mention(st, j, e, &idx);
    }
    return 1;
}

/* `dilansir dari Variety`, `melansir Business Insider`, `dikutip dari
 * laman CoinDesk`, `Mengutip CNBC, Selasa`: an unknown capitalised run
 * after a verb of citing (and `dari`, `oleh`, a kind of site) is the outlet
 * cited, an organisation (the guidelines' media outlets). Not a known entry
 * (the gazetteer decides), a title, a given name, a function word; after
 * `mengutip`, which also cites people, only a run that a comma, a full stop
 * or the paragraph's end closes. */
static int rule_media_cue(state *st, size_t i, size_t *next, int *rc)
{
    size_t j = i + 1, e;
    int cite_person = wt_tok_is(st->s, &st->t[i], "mengutip");
    gzm m;
    if (st->titlecase)
        return 0;
    if (wt_tok_is(st->s, &st->t[i], "dikutip") && !(j < st->n && (TK_EQ(st, j, "dari") ||
                                                                     TK_EQ(st, j, "oleh"))))
        return 0; /* `dikutip` alone: `pasal yang dikutip` */
    if (j < st->n && (TK_EQ(st, j, "dari") || TK_EQ(st, j, "oleh")))
        j++;
    if (j < st->n && tk_word(&st->t[j]) && !tk_cap(&st->t[j]) && tk_has(st, j, W_MEDIA_KINDS))
        j++;
    if (j < st->n && tk_word(&st->t[j]) &&
        (wt_tok_is(st->s, &st->t[j], "YouTube") || wt_tok_is(st->s, &st->t[j], "Instagram") ||
         wt_tok_is(st->s, &st->t[j], "Twitter") || wt_tok_is(st->s, &st->t[j], "TikTok") ||
         wt_tok_is(st->s, &st->t[j], "Facebook"))) {
        /* a platform is no outlet; its channel may be (`YouTube Kompas
         * TV`), a person's is not (`YouTube Najwa Shihab`) */
        j++;
        if (j >= st->n || (st->t[j].flags & WT_TOK_NEWLINE_BEFORE))
            return 0;
    }
    if (j >= st->n || !tk_word(&st->t[j]) || !tk_cap(&st->t[j]) ||
        (st->t[j].flags & WT_TOK_NEWLINE_BEFORE) ||
        tk_has(st, j, W_FUNC_STOP | W_NOT_ORG | W_GIVEN | W_NAME_STOP) || tk_len(&st->t[j]) < 2)
        return 0;
    gz_at(st, j, &m);
    if (m.len)
        return 0;
    e = j;
    while (e < st->n && e - j < 5 && !(st->t[e].flags & WT_TOK_NEWLINE_BEFORE) &&
           tk_word(&st->t[e]) && tk_cap(&st->t[e]) && !tk_has(st, e, W_FUNC_STOP)) {
        const wt_gz_entry *g;
        if (e > j && (gz_at(st, e, &m), (g = gz_best(&m)) != NULL) &&
            (g->kind == WT_GZ_ORG || g->kind == WT_GZ_AGENCY)) {
            /* a known body ends the outlet's name (`Bimas Islam Kemenag`);
             * one word before it is the body's own (`Litbang Kompas`, `My
             * Pertamina`): left to the other rules */
            if (e - j < 2)
                return 0;
            break;
        }
        e++;
    }
    if (cite_person && e < st->n && !tk_punct(st, e, ',') && !tk_punct(st, e, '.'))
        return 0;
    if (e + 1 < st->n && tk_punct(st, e, '.') && !(st->t[e].flags & WT_TOK_SPACE_BEFORE) &&
        !(st->t[e + 1].flags & (WT_TOK_SPACE_BEFORE | WT_TOK_NEWLINE_BEFORE)) &&
        (TK_EQ(st, e + 1, "com") || TK_EQ(st, e + 1, "net") || TK_EQ(st, e + 1, "id")))
        e += 2; /* `Bitcoin.com` */
    *next = e;
    {
        int idx;
        *rc = org_mention(st, j, e, &idx);
    }
    return 1;
}

/* `PT <place>` at i (`PT DKI Jakarta`, `PT. Bandung`): the token of the
 * place and its end, or 0. */
static int pt_place(const state *st, size_t i, size_t *pa, size_t *pe)
{
    size_t j = i + 1;
    gzm m;
    if (j >= st->n || !wt_tok_eq(st->s, &st->t[i], "PT"))
        return 0;
    if (tk_punct(st, j, '.'))
        j++;
    gz_at(st, j, &m);
    if (!m.len || gz_best(&m) != gz_kind(&m, WT_GZ_PLACE))
        return 0;
    *pa = j;
    *pe = j + m.len;
    return 1;
}

/* A task force or hospital at i (`Gugus Tugas Penanganan COVID-19
 * Sumsel`, `RSUD Cilegon`, `Rumah Sakit Polri Kramat Jati`): the head, a
 * capitalised run, and the name ends at its last anchor: a place, a known
 * organisation or a word with a digit (`Covid-19`), so that a person after
 * it stays out (`Juru Bicara Gugus Tugas Rudy R Laku` is no task force). A
 * hospital (no digit anchor: `RSUD Kota Depok Terpapar COVID-19` in a
 * headline) takes its whole run unless a given name follows its last
 * anchor (then the name ends there); without an anchor only `RSUD`/`RSUP`
 * and at most three words, not in a headline (`RSUD Sidimpuan Mundur`;
 * `Rumah Sakit Fortis` is a building as often). Returns the end token or
 * i. */
static size_t unit_anchor(const state *st, size_t i)
{
    size_t j, k, end = i, words = 0, given = 0;
    int hosp = 0;
    gzm m;
    if (!tk_has(st, i, W_ANCHOR_HEADS))
        return i;
    if (i + 1 < st->n && wt_tok_is(st->s, &st->t[i], "Gugus") &&
        wt_tok_is(st->s, &st->t[i + 1], "Tugas"))
        j = i + 2;
    else if (i + 1 < st->n && wt_tok_is(st->s, &st->t[i], "Rumah") &&
             wt_tok_is(st->s, &st->t[i + 1], "Sakit"))
        j = i + 2, hosp = 1;
    else if (wt_tok_is(st->s, &st->t[i], "RSUD") || wt_tok_is(st->s, &st->t[i], "RSUP"))
        j = i + 1, hosp = 1;
    else
        return i;
    k = j;
    while (k < st->n && k - i < MAX_RUN) {
        const wt_token *t = &st->t[k];
        if (tk_cap(t) || (t->flags & WT_TOK_NUM)) {
            size_t b;
            if (hosp && tk_has(st, k, W_HON_WORDS) && k + 2 < st->n && tk_punct(st, k + 1, '.') &&
                tk_cap(&st->t[k + 2])) {
                k += 2; /* `RSUD Dr. Soetomo` */
                continue;
            }
            if (tk_has(st, k, W_FUNC_STOP))
                break;
            gz_at(st, k, &m);
            if (m.len && (gz_kind(&m, WT_GZ_PLACE) || gz_kind(&m, WT_GZ_COUNTRY) ||
                          gz_kind(&m, WT_GZ_ORG))) {
                k += m.len;
                words += m.len;
                end = k;
                continue;
            }
            if (m.len && (gz_kind(&m, WT_GZ_TITLE) || gz_kind(&m, WT_GZ_PERSON)))
                break;
            for (b = t->start; !hosp && b < t->end; b++)
                if (st->s[b] >= '0' && st->s[b] <= '9')
                    end = k + 1;
            if (tk_has(st, k, W_GIVEN))
                given = k + 1;
            words++;
            k++;
            continue;
        }
        if (words && !hosp && tk_word(t) && tk_has(st, k, W_RUN_CONNECTORS) &&
            k + 1 < st->n && tk_cap(&st->t[k + 1]) && !tk_has(st, k + 1, W_FUNC_STOP)) {
            k++;
            continue;
        }
        break;
    }
    if (!hosp || !words)
        return end;
    {
        /* `Rumah Sakit Blackpool Victoria` after `Blackpool Victoria
         * Hospital`: the same hospital, already named */
        char buf[96];
        size_t a = st->t[j].start, b = st->t[k - 1].end;
        if (b - a + 9 <= sizeof buf) {
            memcpy(buf, st->s + a, b - a);
            memcpy(buf + (b - a), " Hospital", 9);
            if (map_get(st, NS_ORG, buf, b - a + 9) >= 0)
                return i;
        }
    }
    if (given > end || (st->titlecase && end > i))
        return end; /* a given name after the last anchor (a person), a headline */
    if (end == i && (words > 3 || j == i + 2 || st->titlecase))
        return i; /* `Rumah Sakit` and a name alone: a building as often */
    return k;
}

/* Tokens [q, k) are `least` to three plain capitalised words a person's
 * name can be (no acronym, number, organisation word or other gazetteer
 * entry). */
static int plain_name_words(const state *st, size_t q, size_t k, size_t least)
{
    size_t r;
    if (k < q + least || k > q + 3)
        return 0;
    for (r = q; r < k; r++) {
        gzm m;
        if (!tk_cap(&st->t[r]) || (st->t[r].flags & (WT_TOK_ALLCAPS | WT_TOK_NUM | WT_TOK_MIXED)) ||
            tk_has(st, r, W_NAME_STOP | W_ORG_INDICATORS | W_FIRM_WORDS | W_ORG_SUFFIX |
                              W_ADMIN_PREFIX))
            return 0;
        gz_at(st, r, &m);
        if (m.len && gz_best(&m)->kind != WT_GZ_PERSON)
            return 0;
    }
    return 1;
}

/* Token k is a Roman numeral in capitals of I, V and X (`II`, `IV`,
 * `VIII`): a rank in a post or unit (`Sekretaris Umum II`, `Kodam V`),
 * never an acronym. Not with L or C: `CV`, `LLC` are legal forms. */
static int tk_roman(const state *st, size_t k)
{
    size_t b;
    for (b = st->t[k].start; b < st->t[k].end; b++) {
        char c = st->s[b];
        if (c != 'I' && c != 'V' && c != 'X')
            return 0;
    }
    return st->t[k].end > st->t[k].start;
}

/* The run [j, k) of an organisation's name ends in a person's: two or
 * three plain words [q, k), q > j, before no capital, that are spelled by
 * the initials in brackets after them (`Partai Demokrat Balikpapan Nur
 * Afifah Balqis (NAB)`, `PT MAM Energindo Ali Amril (AA)`) or open with a
 * given name (`Badan Pengatur Jalan Hery Trisaputra Zuna di`; three words
 * when the first two are given names: `Partai Hanura Jimmy Charles
 * Kawengian`). An honorific before the name (`PKS Dr Salim`) and the
 * Balinese `I`/`Ni` (`Majelis Hakim I Ketut Darpawan`) go with the name.
 * Returns q, or k when the run ends in no name. A place or an acronym
 * before plain words is no evidence: `PT BNI Life Insurance`, `PT Surabaya
 * Industrial Estate Rungkut`. */
static size_t name_at_run_end(const state *st, size_t j, size_t k)
{
    size_t len, q = k;
    if (k < st->n && tk_cap(&st->t[k]))
        return k;
    for (len = 2; len <= 3 && q == k; len++)
        if (k >= j + 1 + len && initials_paren(st, k - len, k) &&
            plain_name_words(st, k - len, k, 2))
            q = k - len;
    if (q == k && k < st->n && tk_punct(st, k, '('))
        return k; /* brackets that are no initials: the run's acronym */
    if (q == k && k >= j + 4 && tk_has(st, k - 3, W_GIVEN) && tk_has(st, k - 2, W_GIVEN) &&
        plain_name_words(st, k - 3, k, 2))
        q = k - 3;
    for (len = 2; len <= 3 && q == k; len++)
        if (k >= j + 1 + len && tk_has(st, k - len, W_GIVEN) &&
            plain_name_words(st, k - len, k, 2))
            q = k - len;
    if (q == k || tk_has(st, q - 1, W_NAME_CONN) || tk_punct(st, q - 1, ','))
        return k; /* `Anis Matta dan Fahri Hamzah`: a list of names, no unit */
    if (q > j + 1 && (TK_EQ(st, q - 1, "I") || TK_EQ(st, q - 1, "Ni")) && balinese_order(st, q))
        q--;
    {
        size_t h = q > j + 1 && tk_punct(st, q - 1, '.') ? q - 2 : q - 1;
        gzm m;
        if (h > j) {
            gz_at(st, h, &m);
            if (m.len == 1 && (gz_best(&m)->kind == WT_GZ_HONORIFIC ||
                               gz_best(&m)->kind == WT_GZ_RANK))
                q = h;
        }
    }
    return q;
}

/* A run [w0, k) that ends in a place (or country) and two or three plain
 * words: where those words start (a person after the unit's place: `PT KAI
 * Daop 4 Semarang Franoto Wibowo`, `Rektor Universitas 17 Agustus 1945
 * Banyuwangi Andang Subaharianto`), else k. */
static size_t place_then_name(const state *st, size_t w0, size_t k)
{
    size_t q, p;
    gzm m;
    for (q = k >= 2 ? k - 2 : w0; k > w0 && q > w0 && q + 4 > k; q--) {
        if (!plain_name_words(st, q, k, 2))
            continue;
        for (p = q - 1; p > w0 && p + 3 > q; p--) {
            gz_at(st, p, &m);
            if (p + m.len == q &&
                (gz_best(&m)->kind == WT_GZ_PLACE || gz_best(&m)->kind == WT_GZ_COUNTRY))
                return q;
        }
    }
    return k;
}

/* A firm named by `PT` (or `PT.`) at j after a title, where the strict
 * affiliation forms find nothing (a free run would swallow the person).
 * Its run (capitalised words, `&` and `of` between them, a number before a
 * capital: `Daop 4 Semarang`) ends at
 * - its legal form: `PT Garuda Indonesia (Persero) Tbk Irfan Setiaputra`,
 *   `PT United Tractors Tbk, Edhie Sarwono`;
 * - an acronym in brackets, left to the caller: `PT Indonesia Asahan
 *   Alumunium (Inalum), Budi Gunadi Sadikin`;
 * - a comma: `PT Garuda Berjangka, Ibrahim`;
 * - the firm as the document named it before, when words follow;
 * - a place, when two or three plain words follow: `PT KAI Daop 4
 *   Semarang Franoto Wibowo mengatakan`;
 * - two or three plain words opened by a given name, with a word of the
 *   firm before them: `PT Astra Honda Motor Thomas Wijaya`;
 * - else the run's end (the firm and no person: a name no list knows).
 * `named`: the person is named already (an apposition: `Fahmi Alweni, GM
 * PT. ASDP Indonesia Ferry Cabang Ketapang`), so no name ends the run.
 * Returns the end token, or j when j is no `PT` and a capital. */
static size_t pt_firm(const state *st, size_t j, int named)
{
    size_t w0 = j + 1, k, q;
    if (w0 >= st->n || !TK_EQ(st, j, "PT"))
        return j;
    if (tk_punct(st, w0, '.'))
        w0++;
    k = w0;
    while (k < st->n && k - w0 < MAX_RUN) {
        const wt_token *t = &st->t[k];
        if (tk_cap(t) && !tk_has(st, k, W_FUNC_STOP)) {
            if (TK_IS(st, k, "Tbk") && k > w0)
                return k + 1; /* an acronym after it is the caller's */
            k++;
            continue;
        }
        if (k > w0 && k + 1 < st->n && tk_cap(&st->t[k + 1]) &&
            !tk_has(st, k + 1, W_FUNC_STOP) &&
            (tk_punct(st, k, '&') || TK_EQ(st, k, "of") || (t->flags & WT_TOK_NUM))) {
            k++;
            continue;
        }
        break;
    }
    if (k == w0)
        return j;
    if (k + 2 < st->n && tk_punct(st, k, '(') && tk_punct(st, k + 2, ')') &&
        TK_IS(st, k + 1, "Persero")) {
        k += 3;
        if (k < st->n && TK_IS(st, k, "Tbk"))
            k++;
        return k;
    }
    if (k < st->n && tk_punct(st, k, ','))
        return k;
    if (named)
        return k;
    q = name_at_run_end(st, w0, k);
    if (q < k)
        return q; /* `PT MAM Energindo Ali Amril (AA)` */
    if (paren_acr(st, k))
        return k;
    /* after a title a place before a plain name ends the firm (the person
     * is expected): `PT KAI Daop 4 Semarang Franoto Wibowo mengatakan`,
     * `PT Freeport Indonesia Katri Krisnati` */
    if ((k >= st->n || !tk_cap(&st->t[k])) && (q = place_then_name(st, w0, k)) < k)
        return q;
    /* a firm of one acronym, then two or three plain words before a verb
     * of saying: the words are the person (`Corporate Secretary PT ASDP
     * Shelvy Arifin mengatakan`) */
    if ((st->t[w0].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[w0]) >= 2 && k < st->n &&
        tk_word(&st->t[k]) && !tk_cap(&st->t[k]) &&
        tk_has(st, k, W_REPORT_VERBS | W_SPEECH_VERBS) && plain_name_words(st, w0 + 1, k, 2))
        return w0 + 1;
    /* a known firm, then two or three plain words before a verb of saying
     * or the clause's end: the words are the person (`Direktur Utama PT
     * Pertamina Nicke Widyawati mengatakan`) */
    {
        gzm fm;
        gz_at(st, w0, &fm);
        if (fm.len && (gz_kind(&fm, WT_GZ_ORG) || gz_kind(&fm, WT_GZ_AGENCY)) &&
            plain_name_words(st, w0 + fm.len, k, 2) &&
            (k >= st->n || tk_punct(st, k, ',') || tk_punct(st, k, '.') ||
             (tk_word(&st->t[k]) && !tk_cap(&st->t[k]) &&
              tk_has(st, k, W_REPORT_VERBS | W_SPEECH_VERBS))))
            return w0 + fm.len;
    }
    for (q = k - 1; q > w0 && q + 4 > k; q--)
        if (plain_name_words(st, q, k, 1) &&
            (map_get(st, NS_ORG, st->s + st->t[j].start, st->t[q - 1].end - st->t[j].start) >= 0 ||
             map_get(st, NS_ORG, st->s + st->t[w0].start, st->t[q - 1].end - st->t[w0].start) >=
                 0))
            return q;
    return k;
}

/* The run [j, k) after `Departemen` at i names the body the department
 * belongs to, which is then the organisation (`Departemen Ekonomi Dewan
 * Masjid Indonesia`, `Departemen Asia Tenggara Bank Pembangunan Asia`,
 * `Departemen Kaderisasi Pemuda DMI`): a known organisation, an acronym
 * the text defined, or a head word after the first; a government's
 * department is one (`Departemen Kepolisian Los Angeles`, `Departemen
 * Sosial RI`). */
static int dept_of_body(const state *st, size_t i, size_t j, size_t k)
{
    size_t q;
    gzm m;
    if (!wt_tok_eq(st->s, &st->t[i], "Departemen"))
        return 0;
    for (q = j; q < k; q++) {
        gz_at(st, q, &m);
        if ((m.len && (gz_kind(&m, WT_GZ_ORG) || gz_kind(&m, WT_GZ_AGENCY))) ||
            (q > j && tk_has(st, q, W_ORG_INDICATORS)) || map_get_tok(st, NS_ACR, q) >= 0)
            return 1;
    }
    return 0;
}

/* Productive organisation at i: returns the end token (exclusive) or i.
 * `strict`: only forms that end with a country (inside a title's
 * affiliation, where a free run would swallow the person's name). */
static size_t org_pattern_calc(const state *st, size_t i, int strict)
{
    size_t j, k, words = 0;
    int kem, two = 0;
    gzm m;
    j = unit_anchor(st, i);
    if (j > i)
        return j;
    if (i + 1 < st->n && ((tk_has(st, i, W_KEDUTAAN) &&
                           wt_tok_is(st->s, &st->t[i + 1], "Besar")) ||
                          (tk_has(st, i, W_KONSULAT) &&
                           wt_tok_is(st->s, &st->t[i + 1], "Jenderal"))))
        two = 1;
    if (two || tk_has(st, i, W_COUNTRY_HEADS)) {
        j = i + 1 + (size_t)two;
        if (two && j < st->n && (wt_tok_is(st->s, &st->t[j], "Republik")))
            j++;
        gz_at(st, j, &m);
        if (m.len && gz_best(&m) == gz_kind(&m, WT_GZ_COUNTRY))
            return j + m.len;
        if (!two && !strict && wt_tok_eq(st->s, &st->t[i], "Pemerintah") && j + 1 < st->n &&
            tk_has(st, j, W_ADMIN_PREFIX) && !m.len && tk_cap(&st->t[j + 1])) {
            /* `Pemerintah Kota Depok`, `Pemerintah Provinsi Jawa Barat`: a
             * regional government, named with its area */
            gz_at(st, j + 1, &m);
            if (m.len && gz_best(&m) == gz_kind(&m, WT_GZ_PLACE))
                return j + 1 + m.len;
        }
        return i;
    }
    kem = tk_has(st, i, W_KEMENTERIAN);
    if (kem) {
        /* a ministry the gazetteer knows is only extended by a country:
         * `Kementerian Agama Thomas Djamaluddin` is not one name */
        gz_at(st, i, &m);
        if (m.len > 1 && gz_kind(&m, WT_GZ_ORG)) {
            size_t c = i + m.len;
            gzm cm;
            gz_at(st, c, &cm);
            if (cm.len && gz_best(&cm) == gz_kind(&cm, WT_GZ_COUNTRY))
                return c + cm.len;
            return i;
        }
    } else if (tk_has(st, i, W_ORG_HEADS) && !strict && !TK_EQ(st, i, "PT") &&
               !TK_EQ(st, i, "Perum")) {
        /* a body the gazetteer knows ends before a plain name after it:
         * `Universitas Brawijaya Sujarwo` is the university and a person
         * (a firm's name goes on: `PT Pertamina International Shipping`) */
        gz_at(st, i, &m);
        if (m.len > 1 && gz_best(&m) == gz_kind(&m, WT_GZ_ORG)) {
            size_t c = i + m.len, ne = scan_name(st, c);
            if (ne > c && plain_name_words(st, c, ne, 1) && (ne >= st->n || !tk_cap(&st->t[ne])))
                return i; /* the gazetteer's match is the mention */
        }
    }
    if (tk_has(st, i, W_UNIT_HEADS) && i + 1 < st->n && tk_cap(&st->t[i + 1])) {
        /* Polres Simalungun, Polda Metro Jaya: the place or one word;
         * `Damkar Kota Medan`: an administrative word and the place */
        if (i + 2 < st->n && (tk_has(st, i + 1, W_ADMIN_PREFIX) || TK_EQ(st, i + 1, "Metro")) &&
            tk_cap(&st->t[i + 2]) && (gz_at(st, i + 2, &m), gz_kind(&m, WT_GZ_PLACE)))
            return i + 2 + m.len; /* and Jakarta's `Polres Metro Jakarta Selatan` */
        gz_at(st, i + 1, &m);
        if (m.len && !gz_kind(&m, WT_GZ_TITLE) && !gz_kind(&m, WT_GZ_RANK))
            return i + 1 + m.len;
        if (!m.len && !tk_has(st, i + 1, W_FUNC_STOP)) {
            j = i + 2;
            if (j < st->n && tk_cap(&st->t[j]) &&
                (wt_tok_is(st->s, &st->t[j], "Jaya") || tk_has(st, i + 1, W_FEATURE_WORDS)))
                j++; /* `Polda Metro Jaya`, `Pemprov Kepulauan Babel` */
            return j;
        }
        return i;
    }
    if (!kem && (strict || st->titlecase || !tk_has(st, i, W_ORG_HEADS)))
        return i;
    if (TK_IS(st, i, "Partai") && i + 1 < st->n &&
        wt_tok_is(st->s, &st->t[i + 1], "Politik"))
        return i;
    if (wt_tok_is(st->s, &st->t[i], "Badan") && i + 1 < st->n &&
        wt_tok_is(st->s, &st->t[i + 1], "Usaha"))
        return i; /* a kind of firm: `Badan Usaha Swasta`, `Badan Usaha Milik Negara` */
    if (wt_tok_is(st->s, &st->t[i], "Sekolah") &&
        !(i + 1 < st->n && wt_tok_is(st->s, &st->t[i + 1], "Tinggi")))
        return i;
    if (wt_tok_eq(st->s, &st->t[i], "Pengurus") &&
        !(i + 2 < st->n && tk_cap(&st->t[i + 2]) &&
          (TK_EQ(st, i + 1, "Besar") || TK_EQ(st, i + 1, "Pusat") ||
           TK_EQ(st, i + 1, "Wilayah") || TK_EQ(st, i + 1, "Cabang") ||
           TK_EQ(st, i + 1, "Daerah"))))
        return i; /* the board of a body: `Pengurus Besar Persatuan Golf Indonesia`,
                   * `Pengurus Wilayah Nahdlatul Ulama Jawa Timur`; not
                   * `Pengurus Bidang Kewirausahaan` */
    if (!kem && !wt_tok_eq(st->s, &st->t[i], "PT") && (st->t[i].flags & WT_TOK_ALLCAPS) &&
        tk_len(&st->t[i]) > 2)
        return i;
    j = i + 1;
    if (j < st->n && tk_punct(st, j, '.') && wt_tok_is(st->s, &st->t[i], "PT"))
        j++; /* PT. */
    {
        /* `PT DKI Jakarta Nomor:45/...`: a high court (Pengadilan Tinggi)
         * by its area, not a company: a known place that ends the run or
         * is followed by `Nomor` (not `PT Jakarta Propertindo`); inside a
         * case number (after `/`) no organisation */
        size_t pa, a;
        if (i > 0 && tk_punct(st, i - 1, '/') && wt_tok_eq(st->s, &st->t[i], "PT"))
            return i; /* `45/PID.SUS-TPK/2020/PT.DKI`, `/PT.Jkt.Pst` */
        if (pt_place(st, i, &pa, &a)) {
            if (a >= st->n || !tk_cap(&st->t[a]) || tk_has(st, a, W_FUNC_STOP) ||
                wt_tok_is(st->s, &st->t[a], "Nomor"))
                return a;
        }
    }
    if (TK_EQ(st, i, "Daop")) {
        /* `Daop 8 Surabaya`: the area's number and its city end the name
         * (a name may follow: `Daop 6 Yogyakarta Krisbiyantoro`) */
        if (j + 1 >= st->n || !(st->t[j].flags & WT_TOK_NUM))
            return i;
        gz_at(st, j + 1, &m);
        return m.len && gz_best(&m)->kind == WT_GZ_PLACE ? j + 1 + m.len : j + 1;
    }
    if (TK_EQ(st, i, "Fraksi") && j < st->n) {
        /* a faction is named by its party: `Fraksi PAN Guspardi Gaus
         * mengatakan`, `Fraksi Partai Demokrat Benny` */
        gz_at(st, j, &m);
        if (m.len && gz_best(&m) == gz_kind(&m, WT_GZ_ORG)) {
            size_t a = j + m.len;
            gzm am;
            /* only before a plain name (`Fraksi PKB-PPP DPRD DKI Jakarta`,
             * `Fraksi PKS DPR RI` go on) */
            if (a + 1 < st->n && tk_cap(&st->t[a]) && !(st->t[a].flags & WT_TOK_ALLCAPS) &&
                !tk_has(st, a, W_NAME_STOP) && (gz_at(st, a, &am), !am.len) &&
                scan_name(st, a) >= a + 2 &&
                (st->t[a].flags & WT_TOK_SPACE_BEFORE))
                return a;
        }
    }
    k = j;
    while (k < st->n && k - i < MAX_RUN) {
        const wt_token *t = &st->t[k];
        /* a number inside the name, right after the head too: `Universitas
         * 17 Agustus 1945 Banyuwangi` */
        if (tk_cap(t) || ((words || k == j) && (t->flags & WT_TOK_NUM) && k + 1 < st->n &&
                          tk_cap(&st->t[k + 1]))) {
            if (words && TK_EQ(st, k, "Nomor") && k + 1 < st->n &&
                (st->t[k + 1].flags & WT_TOK_NUM))
                break; /* `Surat Keputusan Pengurus Besar Nahdlatul Ulama Nomor 274/...` */
            if (tk_has(st, k, W_FUNC_STOP) &&
                !(k > j && (st->t[k - 1].flags & WT_TOK_NUM) && tk_len(&st->t[k - 1]) <= 2 &&
                  k + 1 < st->n && (st->t[k + 1].flags & WT_TOK_NUM) &&
                  tk_len(&st->t[k + 1]) == 4))
                break; /* but a date's month: `Universitas 17 Agustus 1945` */
            gz_at(st, k, &m);
            if (m.len && gz_best(&m) == gz_kind(&m, WT_GZ_COUNTRY)) {
                /* the country ends the name */
                return dept_of_body(st, i, j, k) ? i : k + m.len;
            }
            if (m.len && gz_kind(&m, WT_GZ_TITLE) && !gz_kind(&m, WT_GZ_ORG) && words)
                break;
            if (m.len && gz_kind(&m, WT_GZ_RANK) && !gz_kind(&m, WT_GZ_ORG) && words &&
                k + m.len < st->n && tk_cap(&st->t[k + m.len]))
                break; /* a rank and a name after the body: `Dinas Penerangan TNI AL
                        * Laksamana Pertama Tunggul` */
            words++;
            k++;
            continue;
        }
        if (words && tk_word(t) && tk_has(st, k, W_RUN_CONNECTORS) && k + 1 < st->n &&
            tk_cap(&st->t[k + 1]) && !tk_has(st, k + 1, W_FUNC_STOP) &&
            !(tk_has(st, k + 1, W_ORG_HEADS | W_KEMENTERIAN | W_UNIT_HEADS | W_ANCHOR_HEADS) &&
              k + 2 < st->n && tk_cap(&st->t[k + 2])) &&
            !(gz_at(st, k + 1, &m), gz_kind(&m, WT_GZ_ORG) || gz_kind(&m, WT_GZ_AGENCY))) {
            /* not into a second body: `Dinas Sosial dan Dinas Ketahanan
             * Pangan`, `Syahbandar Utama Belawan dan Pelindo` (a known
             * one) */
            k++;
            continue;
        }
        if (words && tk_punct(st, k, '-') && k + 1 < st->n && tk_cap(&st->t[k + 1]) &&
            !(st->t[k].flags & WT_TOK_SPACE_BEFORE) &&
            !(st->t[k + 1].flags & WT_TOK_SPACE_BEFORE)) {
            /* a hyphenated word of the name: `Pondok Pesantren Al-Khoziny`;
             * not a person's after the body (`Majelis Syuro PKS Dr Salim
             * Segaf Al-Jufri`: a title or a given name before it) */
            size_t q;
            for (q = j; q < k; q++)
                if (tk_has(st, q, W_HON_WORDS | W_GIVEN) ||
                    (gz_at(st, q, &m), m.len && gz_kind(&m, WT_GZ_HONORIFIC)))
                    break;
            if (q < k)
                break;
            k++;
            continue;
        }
        if (words && tk_punct(st, k, ',') && kem && k + 1 < st->n && tk_cap(&st->t[k + 1]) &&
            !tk_has(st, k + 1, W_NAME_STOP)) {
            /* Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan */
            k++;
            continue;
        }
        break;
    }
    if (strict && kem && !paren_acr(st, k))
        return i; /* no country or acronym at the end */
    if (dept_of_body(st, i, j, k))
        return i;
    while (k > j && !tk_cap(&st->t[k - 1]) && !(st->t[k - 1].flags & WT_TOK_NUM))
        k--;
    if (words && k + 2 < st->n && tk_punct(st, k, '(') && tk_punct(st, k + 2, ')') &&
        (wt_tok_is(st->s, &st->t[k + 1], "Persero") || wt_tok_is(st->s, &st->t[k + 1], "Tbk")))
        k += 3; /* legal form: PT Pertamina (Persero) */
    else if (!kem && k >= j + 3 && k < st->n && tk_word(&st->t[k]) && !tk_cap(&st->t[k])) {
        /* `... Office 1 PT Jasamarga Transjawa Tol Amri Sanusi di Bekasi`:
         * the document named the firm before; two or three plain
         * capitalised words after it, before a lower-case word, are a
         * person (not `Pondok Pesantren Mathlaul Anwar.`) */
        size_t q;
        for (q = k - 2; q + 3 >= k && q > j; q--) {
            size_t r;
            for (r = q; r < k; r++)
                if (!tk_cap(&st->t[r]) || (st->t[r].flags & (WT_TOK_ALLCAPS | WT_TOK_NUM)) ||
                    tk_has(st, r, W_NAME_STOP | W_ORG_INDICATORS | W_FIRM_WORDS |
                                      W_ORG_SUFFIX | W_ADMIN_PREFIX) ||
                    (gz_at(st, r, &m), m.len))
                    break;
            if (r < k)
                break;
            if (map_get(st, NS_ORG, st->s + st->t[i].start, st->t[q - 1].end - st->t[i].start) >= 0)
                return q;
        }
    }
    if (words && k > j && !(k >= 3 && tk_punct(st, k - 1, ')') && TK_IS(st, k - 2, "Persero"))) {
        size_t q = name_at_run_end(st, j, k);
        if (q < k)
            return q;
    }
    return words ? k : i;
}

/* org_pattern_calc() for a capitalised word with one of the classes that
 * start its forms (an anchor, embassy, consulate, country, ministry, unit
 * or organisation head); any other word (most capitalised words) starts
 * none of them: i, without a call. */
static inline size_t org_pattern(const state *st, size_t i, int strict)
{
    if (!tk_cap(&st->t[i]) ||
        !tk_has(st, i, W_ANCHOR_HEADS | W_KEDUTAAN | W_KONSULAT | W_COUNTRY_HEADS |
                           W_KEMENTERIAN | W_UNIT_HEADS | W_ORG_HEADS))
        return i;
    return org_pattern_calc(st, i, strict);
}

/* Words that make the long form of an acronym an organisation (other long
 * forms name things, programmes, places: `Bahan Bakar Minyak (BBM)`). */
static int long_form_is_org(const state *st, size_t i, size_t e)
{

    size_t k;
    for (k = i; k < e; k++)
        if (tk_has(st, k, W_ORG_INDICATORS))
            return 1;
    return 0;
}

/* Acronym definition of an unknown long form starting at i: returns the
 * end of the long form (the `(`) or i. */
static size_t acr_definition(const state *st, size_t i, size_t *acr)
{
    size_t k = i, words = 0, a;
    /* the run ends at a `(` two tokens on or later: none, no definition
     * (the run's class reads are memoised only, they decide nothing) */
    if (st->last_paren < i + 3)
        return i;
    while (k < st->n && k - i < MAX_RUN) {
        const wt_token *t = &st->t[k];
        if (tk_cap(t) && !(words == 0 && tk_has(st, k, W_NAME_STOP) &&
                           !tk_has(st, k, W_ORG_INDICATORS))) {
            words++;
            k++;
            continue;
        }
        if (words && tk_word(t) && tk_has(st, k, W_RUN_CONNECTORS) && k + 1 < st->n &&
            tk_cap(&st->t[k + 1])) {
            k++;
            continue;
        }
        break;
    }
    if (words < 2 || !(a = paren_acr(st, k)))
        return i;
    if (!(st->t[a].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[a]) > 12)
        return i;
    {
        const wt_token *A = &st->t[a];
        size_t s0 = sh_start(st->s, st->t[i].start, st->t[k - 1].end, A->start, A->end);
        if (s0 != st->t[i].start && !(s0 == (size_t)-1 && initials_ok(st, i, k, a))) {
            const wt_gz_entry *g;
            if (s0 != (size_t)-1 || !st->gz)
                return i;
            g = wt_gz_lookup(st->gz, st->s + A->start, tk_len(A), WT_GZ_ORG);
            if (!g || !g->acronym || !wt_tok_eq(st->s, A, g->acronym))
                return i;
        }
    }
    *acr = a;
    return k;
}

/* A run [j, e) before `(ACR)` after a title names an organisation rather
 * than the title's portfolio (`Direktur Center of Economics and Law Studies
 * (Celios)` vs `Menteri Energi Dan Sumber Daya Mineral (ESDM)`). */
static int run_is_org(const state *st, size_t j, size_t e)
{
    size_t k;
    gzm m;
    if (tk_has(st, j, W_ORG_HEADS | W_ORG_INDICATORS) &&
        !wt_tok_eq(st->s, &st->t[j], "Departemen") && !wt_tok_eq(st->s, &st->t[j], "Pengurus"))
        return 1; /* `Ketua Departemen Ekonomi Dewan Masjid Indonesia (DMI)`: a
                   * post's unit, then the organisation; `anggota Organisasi
                   * Papua Merdeka (OPM)` */
    gz_at(st, j, &m);
    if (m.len && gz_kind(&m, WT_GZ_ORG))
        return 1;
    for (k = j; k < e; k++)
        if (tk_has(st, k, W_ENG_CONNECTORS))
            return 1;
    return 0;
}

/* ---- company suffixes ---------------------------------------------------- */

/* The legal form at token k, written so (case exact): `Inc`, `LLC`, `SA`,
 * ..., `Co` and `Pte` only before `Ltd` (`Co. Ltd.`, `Co., Ltd.`, `Pte.
 * Ltd.`). Returns its end, or k. The dot of `Inc.`, `Ltd.`, `Corp.` is
 * kept when no sentence ends at it (`Co. Ltd., dengan`); at a sentence's
 * end the one dot is the sentence's (`MUFG Bank Ltd. Dalam`). */
static size_t legal_tail(const state *st, size_t k)
{
    static const char *const alone[] = {"Inc", "LLC", "LLP", "Ltd", "Corp", "Plc",
                                        "PLC", "SA",  "AG",  "GmbH", NULL};
    const wt_token *t = &st->t[k];
    size_t e, q;
    if (wt_tok_eq(st->s, t, "Co") || wt_tok_eq(st->s, t, "Pte")) {
        q = k + 1;
        if (q >= st->n || !tk_punct(st, q, '.'))
            return k;
        if (++q < st->n && tk_punct(st, q, ','))
            q++;
        if (q >= st->n || !TK_EQ(st, q, "Ltd"))
            return k;
        e = q + 1;
    } else {
        for (q = 0; alone[q]; q++)
            if (wt_tok_eq(st->s, t, alone[q]))
                break;
        if (!alone[q])
            return k;
        e = k + 1;
    }
    if (e + 1 < st->n && tk_punct(st, e, '.') && !(st->t[e].flags & WT_TOK_SPACE_BEFORE) &&
        (TK_EQ(st, e - 1, "Inc") || TK_EQ(st, e - 1, "Ltd") || TK_EQ(st, e - 1, "Corp"))) {
        const wt_token *a = &st->t[e + 1];
        if (!(a->flags & WT_TOK_NEWLINE_BEFORE) &&
            (tk_punct(st, e + 1, ',') || tk_punct(st, e + 1, ';') || tk_punct(st, e + 1, '(') ||
             tk_punct(st, e + 1, ')') || (tk_word(a) && !tk_cap(a))))
            e++;
    }
    return e;
}

/* A company named by a run of capitalised words and a legal form, from
 * token i: `Amazon Inc`, `Goldman Sachs Group Inc`, `Taiwan International
 * Ports Corporation Ltd`, `State Grid Jiangsu Electric Power Co. Ltd.`.
 * Not from a title or a lower-case word opening a sentence (`Pendiri Amazon
 * Inc`: the title rule's, with the company as its affiliation), not over a
 * title inside the run; never the legal form alone. Returns the end (*suf:
 * the legal form's token) or i. */
static size_t corp_name_calc(const state *st, size_t i, size_t *suf);
static inline size_t corp_name(const state *st, size_t i, size_t *suf)
{
    /* most capitalised words: a lower-case word after them */
    if (i + 2 >= st->n || (!tk_cap(&st->t[i + 1]) && !tk_punct(st, i + 1, '&') &&
                           !(tk_len(&st->t[i + 1]) <= 3 && tk_cap(&st->t[i + 2]) &&
                             tk_has(st, i + 1, W_ENG_CONNECTORS))))
        return i;
    return corp_name_calc(st, i, suf);
}

/* corp_name() past its cheap test */
static size_t corp_name_calc(const state *st, size_t i, size_t *suf)
{
    size_t k, e;
    gzm m;
    for (k = i + 1; k < st->n && k - i <= 6; k++) {
        uint64_t c;
        if (!tk_cap(&st->t[k])) {
            /* `League of American Communications Professionals LLC`,
             * `Johnson & Johnson Inc` */
            if (k + 1 < st->n && tk_cap(&st->t[k + 1]) &&
                (tk_punct(st, k, '&') ||
                 (tk_word(&st->t[k]) && tk_has(st, k, W_ENG_CONNECTORS))))
                continue;
            return i;
        }
        c = tk_cls(st, k);
        if (c & W_LEGAL)
            break;
        if (c & W_FUNC_STOP)
            return i;
    }
    /* the loop breaks only at a capitalised word of W_LEGAL */
    if (k >= st->n || k - i > 6 || st->titlecase || tk_has(st, i, W_FUNC_STOP | W_LEGAL))
        return i;
    e = legal_tail(st, k);
    if (e == k)
        return i;
    if ((TK_EQ(st, k, "SA") || TK_EQ(st, k, "AG")) && (st->t[k - 1].flags & WT_TOK_ALLCAPS) &&
        tk_len(&st->t[k - 1]) <= 3)
        return i; /* initials: `inisial AM SA` */
    if (sentence_start(st, i) && seen_lower(st, &st->t[i]))
        return i; /* a common word opening the sentence: the run starts after it */
    {
        size_t q;
        for (q = i; q < k; q++) {
            gz_at(st, q, &m);
            if (m.len && (gz_kind(&m, WT_GZ_TITLE) || gz_kind(&m, WT_GZ_RANK) ||
                          gz_kind(&m, WT_GZ_HONORIFIC)) &&
                !gz_kind(&m, WT_GZ_ORG) && !gz_kind(&m, WT_GZ_AGENCY))
                return i; /* `Pendiri Amazon Inc`: the title's */
        }
    }
    *suf = k;
    return e;
}

/* The company of corp_name() [i,e) with the legal form at suf: one entity
 * with the name before the form (`Amazon Inc` + `Amazon`), the longer form
 * its name. */
static int corp_mention(state *st, size_t i, size_t suf, size_t e, int *idx)
{
    size_t a = st->t[i].start, b = st->t[suf - 1].end;
    int rc, k = map_get(st, NS_ORG, st->s + a, st->t[e - 1].end - a);
    char *name;
    gzm m;
    const wt_gz_entry *g;
    gz_at(st, i, &m);
    /* a known organisation opening the name: `Amazon Inc`, `Huawei
     * Technologies Co., Ltd.` (the later `Huawei` is this company) */
    g = m.len && m.len <= suf - i ? gz_kind(&m, WT_GZ_ORG) : NULL;
    if (!g && m.len && m.len <= suf - i)
        g = gz_kind(&m, WT_GZ_AGENCY);
    if (k < 0)
        k = map_get(st, NS_ORG, st->s + a, b - a);
    if (k < 0 && g && m.len == suf - i)
        k = map_get(st, NS_ORG, g->name, strlen(g->name));
    name = dup_clean(st, a, st->t[e - 1].end);
    if (!name)
        return WARTA_ENOMEM;
    if (k >= 0 && ENT(st, k).type == WARTA_ENTITY_ORGANIZATION) {
        *idx = k;
        if (strlen(ENT(st, k).name) < strlen(name))
            ENT(st, k).name = name; /* the longer form is the name */
        rc = map_put(st, NS_ORG, name, strlen(name), k, 0);
    } else {
        rc = org_entity(st, name, strlen(name), g ? g->acronym : NULL, idx);
        if (rc == WARTA_OK)
            rc = map_put(st, NS_ORG, st->s + a, b - a, *idx, 0);
        if (rc == WARTA_OK && g)
            rc = map_put(st, NS_ORG, g->name, strlen(g->name), *idx, 0);
    }
    if (rc == WARTA_OK)
        rc = mention_toks(st, *idx, i, e);
    return rc == WARTA_OK ? attach_acr(st, *idx, i, e) : rc;
}

/* value of an entity as a person's affiliation */
static const char *aff_of(const state *st, int idx)
{
    const warta_entity *e = &ENT(st, idx);
    if (e->type == WARTA_ENTITY_COUNTRY)
        return e->iso;
    if (e->type == WARTA_ENTITY_LOCATION)
        return e->province;
    return e->acronym ? e->acronym : e->name;
}

/* Affiliation of a title at token j: an acronym defined earlier, a
 * productive organisation, or a gazetteer country/place/organisation.
 * Emits its mention; *end = j when there is none. `named`: the title
 * follows its person (an apposition), so no name is expected after the
 * affiliation and a free organisation run may take every capital. */
static int title_affiliation(state *st, size_t j, int named, const char **aff, size_t *end)
{
    size_t oe, ka_suf;
    int rc, idx, ka;
    gzm m;
    *end = j;
    if (j >= st->n || !tk_cap(&st->t[j]))
        return WARTA_OK;
    oe = pt_firm(st, j, named);
    if (oe > j) {
        /* `Direktur Utama PT Garuda Indonesia (Persero) Tbk Irfan Setiaputra` */
        rc = org_mention(st, j, oe, &idx);
        if (rc != WARTA_OK)
            return rc;
        *aff = aff_of(st, idx);
        *end = oe;
        return attach_acr(st, idx, j, oe);
    }
    oe = corp_name(st, j, &ka_suf);
    if (oe > j) {
        /* `Pendiri Amazon Inc Jeff Bezos` */
        rc = corp_mention(st, j, ka_suf, oe, &idx);
        if (rc != WARTA_OK)
            return rc;
        *aff = aff_of(st, idx);
        *end = oe;
        return WARTA_OK;
    }
    oe = org_pattern(st, j, !named);
    gz_at(st, j, &m);
    if (oe <= j && !named) {
        /* a free run, longer than what the gazetteer knows, that ends
         * before a plain name (name_at_run_end): `Kepala Badan Pengatur
         * Jalan Hery Trisaputra Zuna di Jakarta` */
        size_t oe2 = org_pattern(st, j, 0), ne2;
        if (oe2 > j + 1 && oe2 > j + m.len && oe2 < st->n &&
            (ne2 = scan_name(st, oe2)) >= oe2 + 2 && plain_name_words(st, oe2, ne2, 2) &&
            (ne2 >= st->n || !tk_cap(&st->t[ne2])) && name_at_run_end(st, j + 1, ne2) == oe2)
            oe = oe2;
        else if (oe2 > j + 2 && (oe2 >= st->n || !tk_cap(&st->t[oe2])) &&
                 (ne2 = place_then_name(st, j, oe2)) < oe2 && ne2 > j + m.len)
            oe = ne2; /* `Rektor Universitas 17 Agustus 1945 Banyuwangi Andang
                       * Subaharianto`: the unit's place, then the name */
    }
    ka = map_get_tok(st, NS_ACR, j);
    if (ka >= 0 && m.len <= 1) {
        *aff = aff_of(st, ka);
        *end = j + 1;
        return mention_toks(st, ka, j, j + 1);
    }
    if (oe > j && oe >= j + m.len) {
        rc = org_mention(st, j, oe, &idx);
        if (rc != WARTA_OK)
            return rc; /* idx is not set */
        *aff = aff_of(st, idx);
        *end = oe;
        return attach_acr(st, idx, j, oe);
    }
    if (m.len) {
        const wt_gz_entry *g = gz_best(&m);
        if (g && (g->kind == WT_GZ_COUNTRY || g->kind == WT_GZ_PLACE || g->kind == WT_GZ_ORG ||
                  g->kind == WT_GZ_AGENCY) &&
            !(g->kind == WT_GZ_PLACE && m.len == 1 && tk_has(st, j, W_BARE_DIRECTIONS))) {
            rc = emit_gz(st, g, j, m.len, &idx);
            if (rc != WARTA_OK)
                return rc;
            *end = j + m.len;
            if (idx >= 0) {
                *aff = aff_of(st, idx);
                return attach_acr(st, idx, j, j + m.len);
            }
        }
    }
    return WARTA_OK;
}

/* A title found by the gazetteer at i is a position here: not `PLT
 * Biomassa` (a power plant, not `Plt`), not `Peraturan Menteri ESDM`. */
static int title_ok(const state *st, size_t i)
{
    gzm m;
    gz_at(st, i, &m);
    if (m.len == 1 && (st->t[i].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[i]) > 1 &&
        gz_kind(&m, WT_GZ_TITLE)) {
        const char *nm = gz_kind(&m, WT_GZ_TITLE)->name;
        size_t q;
        for (q = 0; nm[q]; q++)
            if (nm[q] >= 'a' && nm[q] <= 'z')
                return 0;
    }
    return !(i > 0 && tk_has(st, i - 1, W_TITLE_DOC));
}

/* `Kepala Biro Komunikasi, Layanan ... Kementerian ESDM, Agung Pribadi`:
 * after a title at [i, j), a unit and organisation run, a comma, the name.
 * The run is left to the main loop (*next = j); the title keeps the words
 * before the organisation. */
static int title_comma_run(state *st, size_t j, size_t ta, size_t tb, int occ, int fixed,
                           size_t *next, int *done)
{
    size_t k = j, pe = j, ne2, e2;
    int in_title = 1;
    *done = 0;
    {
        /* a listed body with commas in its name (`Badan Meteorologi,
         * Klimatologi, dan Geofisika`): no comma inside it ends the run */
        gzm om;
        gz_at(st, j, &om);
        if (om.len > 2 && gz_best(&om)->kind == WT_GZ_ORG) {
            k = j + om.len;
            in_title = 0;
        }
    }
    while (k < st->n && k - j < 16) {
        const wt_token *t = &st->t[k];
        if (tk_punct(st, k, ',')) {
            ne2 = skip_ranks(st, k + 1); /* `Kabid Humas Polda Jatim, Kombes Pol X` */
            e2 = ne2 < st->n ? scan_name(st, ne2) : ne2;
            if (ne2 > k + 1 && e2 < ne2 + 2) {
                ne2 = k + 1; /* `Dato Sri ismail`: no full name after the ranks */
                e2 = scan_name(st, ne2);
            }
            if (e2 > ne2 && k > j && !not_name_after(st, e2) &&
                (e2 - ne2 >= 2 || (!occ && (e2 >= st->n || !tk_cap(&st->t[e2]))))) {
                gzm nm;
                gz_at(st, ne2, &nm);
                if (!nm.len || gz_best(&nm)->kind == WT_GZ_PERSON) {
                    if (pe > j && !fixed)
                        tb = st->t[pe - 1].end;
                    *next = j;
                    *done = 1;
                    return person_add(st, ne2, e2, ta, tb, NULL);
                }
            }
            in_title = 0; /* a comma inside the unit's name */
            k++;
            continue;
        }
        if (paren_acr(st, k)) {
            in_title = 0;
            k += 3;
            continue;
        }
        if (tk_cap(t) || (tk_word(t) && tk_has(st, k, W_RUN_CONNECTORS)) ||
            (t->flags & WT_TOK_NUM) ||
            (tk_punct(st, k, '-') && k + 1 < st->n && tk_cap(&st->t[k + 1]))) {
            if (in_title && tk_cap(t)) {
                gzm om;
                gz_at(st, k, &om);
                if ((om.len && gz_best(&om)->kind != WT_GZ_TITLE) ||
                    (t->flags & WT_TOK_ALLCAPS) || org_pattern(st, k, 0) > k ||
                    tk_has(st, k, W_ADMIN_PREFIX) || tk_has(st, k, W_ORG_HEADS))
                    in_title = 0;
            }
            k++;
            if (in_title && tk_cap(t))
                pe = k;
            continue;
        }
        break;
    }
    return WARTA_OK;
}

/* The ballot number after a candidate label at k: `nomor urut 2`,
 * `nomor urut tiga`, `nomor 1`, `02`. Returns the token after it, or k. */
static size_t ballot_number(const state *st, size_t k)
{
    size_t q = k;
    if (q + 1 < st->n && wt_tok_is(st->s, &st->t[q], "nomor")) {
        q++;
        if (q + 1 < st->n && wt_tok_is(st->s, &st->t[q], "urut"))
            q++;
    }
    if (q < st->n && ((st->t[q].flags & WT_TOK_NUM) || tk_has(st, q, W_NUM_WORDS)))
        return q + 1;
    return k;
}

/* One name of a candidate pair from n: a full name, or one word when the
 * label had a ballot number (`capres-cawapres nomor urut 2,
 * Prabowo-Gibran`). Returns the end, or n. */
static size_t pair_name(const state *st, size_t n, int numbered)
{
    size_t e = n < st->n ? scan_name(st, n) : n;
    gzm m;
    if (e >= n + 2)
        return e;
    if (e != n + 1 || !numbered || tk_len(&st->t[n]) < 4 ||
        (st->t[n].flags & WT_TOK_ALLCAPS))
        return n;
    gz_at(st, n, &m);
    if (m.len && gz_best(&m)->kind != WT_GZ_PERSON)
        return n;
    return e;
}

/* `( capres )` at i: a position's short form in brackets */
static int title_paren(const state *st, size_t i)
{
    gzm m;
    if (i + 2 >= st->n || !tk_punct(st, i, '(') || !tk_punct(st, i + 2, ')'))
        return 0;
    gz_at(st, i + 1, &m);
    return m.len == 1 && gz_best(&m) == gz_kind(&m, WT_GZ_TITLE);
}

/* Paired labels: `capres-cawapres nomor urut 2, Prabowo Subianto-Gibran
 * Rakabuming Raka`: two titles (byte ranges [a1, b1), [a2, b2)) before
 * token k, two names joined by a hyphen or `dan`; each name takes its own
 * title. 1 when handled. */
static int pair_names(state *st, size_t a1, size_t b1, size_t a2, size_t b2, size_t k,
                      size_t *next, int *rc)
{
    size_t n1, e1, n2, e2, k0 = k;
    int numbered;
    *rc = WARTA_OK;
    k = ballot_number(st, k);
    numbered = k > k0;
    if (k < st->n && tk_punct(st, k, ','))
        k++;
    n1 = k;
    e1 = pair_name(st, n1, numbered);
    if (e1 == n1 || e1 + 1 >= st->n)
        return 0;
    if (tk_punct(st, e1, '-') || (e1 >= n1 + 2 && wt_tok_is(st->s, &st->t[e1], "dan")))
        n2 = e1 + 1;
    else
        return 0;
    e2 = pair_name(st, n2, numbered && tk_punct(st, e1, '-'));
    if (e2 == n2 || not_name_after(st, e2))
        return 0;
    *rc = person_add(st, n1, e1, a1, b1, NULL);
    if (*rc == WARTA_OK)
        *rc = person_add(st, n2, e2, a2, b2, NULL);
    *next = e2;
    {
        /* more pairs listed with the same labels: `..., Ganjar
         * Pranowo-Mahfud MD, dan Prabowo Subianto-Gibran Rakabuming Raka`
         * (a nickname in brackets may follow a pair; hyphens only) */
        int guard = 0;
        while (*rc == WARTA_OK && guard++ < 4) {
            size_t q = e2;
            if (q < st->n && tk_punct(st, q, '(')) {
                size_t c = q + 1;
                while (c < st->n && c - q <= 4 && !tk_punct(st, c, ')'))
                    c++;
                if (c >= st->n || !tk_punct(st, c, ')'))
                    break;
                q = c + 1;
            }
            if (q < st->n && tk_punct(st, q, ','))
                q++;
            if (q < st->n && wt_tok_is(st->s, &st->t[q], "dan"))
                q++;
            if (q == e2 || q >= st->n)
                break;
            {
                /* `... dan nomor urut 1 Anies Baswedan-Muhaimin Iskandar` */
                size_t q2 = ballot_number(st, q);
                numbered = q2 > q;
                q = q2;
                if (numbered && q < st->n && tk_punct(st, q, ','))
                    q++;
            }
            n1 = q;
            e1 = pair_name(st, n1, numbered);
            if (e1 == n1 || e1 + 1 >= st->n || !tk_punct(st, e1, '-'))
                break;
            n2 = e1 + 1;
            e2 = pair_name(st, n2, numbered);
            if (e2 == n2 || not_name_after(st, e2))
                break;
            *rc = person_add(st, n1, e1, a1, b1, NULL);
            if (*rc == WARTA_OK)
                *rc = person_add(st, n2, e2, a2, b2, NULL);
            *next = e2;
        }
    }
    return 1;
}

/* `capres - cawapres` as tokens from i (title of len tokens at i) */
static int rule_pair(state *st, size_t i, size_t len, size_t *next, int *rc)
{
    size_t j = i + len, k;
    gzm m;
    *rc = WARTA_OK;
    if (j + 1 >= st->n || !(tk_punct(st, j, '-') || wt_tok_is(st->s, &st->t[j], "dan")))
        return 0;
    gz_at(st, j + 1, &m);
    if (!m.len || gz_best(&m) != gz_kind(&m, WT_GZ_TITLE))
        return 0;
    k = j + 1 + m.len;
    /* `calon presiden dan calon wakil presiden (capres-cawapres) nomor urut 1` */
    if (k + 2 < st->n && tk_punct(st, k, '(') && tk_punct(st, k + 2, ')'))
        k += 3;
    return pair_names(st, st->t[i].start, st->t[j - 1].end, st->t[j + 1].start,
                      st->t[j + m.len].end, k, next, rc);
}

/* `capres-cawapres` as one word (a hyphen before a lower-case letter stays
 * inside the word) */
static int rule_pair_word(state *st, size_t i, size_t *next, int *rc)
{
    const wt_token *t = &st->t[i];
    const char *h = memchr(st->s + t->start, '-', tk_len(t));
    size_t a = t->start, mid, b = t->end;
    *rc = WARTA_OK;
    if (!h || !st->gz)
        return 0;
    mid = (size_t)(h - st->s);
    if (mid == a || mid + 1 >= b ||
        !wt_gz_lookup(st->gz, st->s + a, mid - a, WT_GZ_TITLE) ||
        !wt_gz_lookup(st->gz, st->s + mid + 1, b - mid - 1, WT_GZ_TITLE))
        return 0;
    return pair_names(st, a, mid, mid + 1, b, i + 1, next, rc);
}

/* A portfolio or unit word at k: listed, a derived noun `pe-an`/`ke-an`
 * (`Perkeretaapian`, `Kelautan`), or a capitalised word the text writes in
 * lower case; never an acronym, a prefix, head or gazetteer word. */
static int portfolio_word(const state *st, size_t k)
{
    const wt_token *t = &st->t[k];
    const char *w = st->s + t->start;
    size_t n = tk_len(t);
    gzm m;
    if (!tk_word(t) || !tk_cap(t) || (t->flags & (WT_TOK_ALLCAPS | WT_TOK_NUM | WT_TOK_MIXED)))
        return 0;
    if (!tk_has(st, k, W_PORTFOLIO) &&
        (tk_has(st, k, W_ADMIN_PREFIX | W_ORG_HEADS | W_COUNTRY_HEADS | W_UNIT_HEADS |
                           W_NAME_STOP | W_FUNC_STOP) ||
         !(seen_lower(st, t) || (n >= 7 && (w[0] == 'P' || w[0] == 'K') && w[1] == 'e' &&
                                 w[n - 2] == 'a' && w[n - 1] == 'n'))))
        return 0;
    gz_at(st, k, &m);
    return !m.len;
}

/* `Direktur Jenderal Perhubungan Laut Agus H. Purnomo`, `Direktur
 * Jenderal Minyak dan Gas Bumi (Dirjen Migas) Laode Sulaeman`, `Kepala
 * Departemen Politik dan Perubahan Sosial CSIS Arya Fernandes`: after a
 * post ending at token j (title bytes [ta, tb)), portfolio words, an
 * optional short form of the post in brackets, an optional organisation
 * (an acronym defined before or a listed one), then a name. The title keeps
 * the portfolio. 1 when handled. */
static int title_portfolio(state *st, size_t j, size_t ta, size_t *next, int *rc)
{
    size_t k = j, pe = j, q, ne, e, oe = 0, po = 0, dl, da = 0;
    int ka = -1, comma = 0;
    const wt_gz_entry *og = NULL;
    gzm m;
    *rc = WARTA_OK;
    while (k < st->n && k - j < 8) {
        if (portfolio_word(st, k)) {
            pe = ++k;
            continue;
        }
        if (k > j && pe == k && tk_cap(&st->t[k]) && (gz_at(st, k, &m), m.len == 1) &&
            gz_best(&m) == gz_kind(&m, WT_GZ_TITLE) && !gz_kind(&m, WT_GZ_ORG)) {
            pe = ++k; /* a unit named like a post: `Kepala Biro Humas` */
            continue;
        }
        if (k > j && k + 1 < st->n &&
            (wt_tok_is(st->s, &st->t[k], "dan") || tk_punct(st, k, '&')) &&
            portfolio_word(st, k + 1)) {
            k++;
            continue;
        }
        break;
    }
    if (pe == j)
        return 0;
    q = pe;
    if (q + 2 < st->n && tk_punct(st, q, '(') && (gz_at(st, q + 1, &m), m.len) &&
        gz_best(&m) == gz_kind(&m, WT_GZ_TITLE)) {
        /* `(Dirjen Migas)` */
        size_t c = q + 1 + m.len;
        while (c < st->n && c - q <= 3 && tk_cap(&st->t[c]))
            c++;
        if (c >= st->n || !tk_punct(st, c, ')'))
            return 0;
        q = c + 1;
    }
    if (q < st->n && tk_cap(&st->t[q])) {
        gz_at(st, q, &m);
        ka = m.len <= 1 ? map_get_tok(st, NS_ACR, q) : -1;
        if (ka >= 0) {
            oe = q + 1;
        } else if (m.len && (gz_best(&m)->kind == WT_GZ_ORG || gz_best(&m)->kind == WT_GZ_AGENCY)) {
            og = gz_best(&m);
            oe = q + m.len;
        } else if (!m.len && (st->t[q].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[q]) >= 2 &&
                   tk_len(&st->t[q]) <= 6) {
            oe = q + 1; /* an acronym not defined here: `CSIS` */
        } else if (org_pattern(st, q, 1) > q) {
            oe = po = org_pattern(st, q, 1); /* a unit by its area: `Kepala Bagian
                                              * Humas Pemkot Tangerang` */
        } else if ((dl = acr_definition(st, q, &da)) > q &&
                   (run_is_org(st, q, dl) || tk_has(st, q, W_ORG_INDICATORS))) {
            oe = po = dl; /* a body defined with its acronym: `Ketua Departemen Ekonomi
                           * Dewan Masjid Indonesia (DMI) Arief Rosyid` */
        }
    }
    ne = oe ? (po && paren_acr(st, oe) ? oe + 3 : oe) : q;
    if (ne < st->n && tk_punct(st, ne, ',')) {
        comma = 1;
        ne++;
    }
    ne = skip_ranks(st, ne);
    e = ne < st->n ? scan_name(st, ne) : ne;
    /* after a comma a full name: `menjadi Menteri Pendidikan, Prof Rhenald` */
    if (e == ne || not_name_after(st, e) || (comma && e < ne + 2))
        return 0;
    for (k = ne; k < e; k++)
        if (tk_has(st, k, W_PORTFOLIO | W_FIRM_WORDS | W_ORG_INDICATORS | W_ORG_SUFFIX) ||
            wt_tok_is(st->s, &st->t[k], "Republik"))
            /* `Astronacci International Anthonius`, `MNC Sekuritas Edwin`,
             * `Kebudayaan Republik Indonesa` (sic) */
            return 0;
    gz_at(st, ne, &m);
    if (m.len && gz_best(&m)->kind != WT_GZ_PERSON)
        return 0;
    while (e + 2 < st->n && is_initial(st, e) && tk_cap(&st->t[e + 2]) &&
           scan_name(st, e + 2) > e + 2)
        e = scan_name(st, e + 2); /* `Agus H. Purnomo` */
    if (e < st->n && (gz_at(st, e, &m), m.len) && gz_best(&m)->kind == WT_GZ_COUNTRY)
        return 0; /* `Menteri Pelindungan Pekerja Migran Indonesia (P2MI)` */
    /* the run goes on: `Bidang Akademik Fakultas Pertanian`, `Penerangan
     * Masysarakat (Kabag Penum)` (a nickname in brackets is left to the
     * other rules); one word, a comma and a full name:
     * `Direktur Komunikasi Ryanair, Jade Kirwan` */
    if (e < st->n && (tk_cap(&st->t[e]) || tk_punct(st, e, '(')))
        return 0;
    if (e == ne + 1 && e + 2 < st->n && tk_punct(st, e, ',') && scan_name(st, e + 1) >= e + 3)
        return 0;
    {
        const char *aff = NULL;
        if (ka >= 0) {
            *rc = mention_toks(st, ka, q, oe);
            aff = aff_of(st, ka);
        } else if (og) {
            int idx;
            *rc = emit_gz(st, og, q, oe - q, &idx);
            if (idx >= 0)
                aff = aff_of(st, idx);
        } else if (po) {
            int idx;
            *rc = org_mention(st, q, po, &idx);
            if (*rc == WARTA_OK)
                *rc = attach_acr(st, idx, q, po);
            if (*rc == WARTA_OK)
                aff = aff_of(st, idx);
        } else if (oe) {
            int idx;
            *rc = org_entity(st, st->s + st->t[q].start, tk_len(&st->t[q]), NULL, &idx);
            if (*rc == WARTA_OK && !ENT(st, idx).acronym) {
                ENT(st, idx).acronym = ENT(st, idx).name;
                *rc = map_put(st, NS_ACR, ENT(st, idx).name, strlen(ENT(st, idx).name), idx, 0);
            }
            if (*rc == WARTA_OK)
                *rc = mention_toks(st, idx, q, oe);
            if (*rc == WARTA_OK)
                aff = aff_of(st, idx);
        }
        if (*rc == WARTA_OK)
            *rc = person_add(st, ne, e, ta, st->t[pe - 1].end, aff);
    }
    *next = e;
    return 1;
}

/* The title gazetteer match *m has this subkind (`joint`, `occupation`,
 * `corporate`; lib/data/titles.tsv). */
static int title_subkind_is(const gzm *m, const char *subkind)
{
    const wt_gz_entry *t = gz_kind(m, WT_GZ_TITLE);
    return t && t->subkind && strcmp(t->subkind, subkind) == 0;
}

/* After a post, the one word [q, e) the name scan left before a capital is
 * no name but the post's unit or portfolio going on, unless it is a given
 * name or a person the text named. */
static int unit_word(const state *st, size_t q, size_t e)
{
    return e == q + 1 && e < st->n && tk_cap(&st->t[e]) && !tk_has(st, q, W_GIVEN) &&
           person_known(st, q, e) < 0;
}

/* After a title, the full name [ne, e) of plain words is a person although
 * what follows it would make it the start of an organisation's name
 * (not_name_after): its own initials in brackets, as court reports abbreviate
 * a defendant (`Galumbang Menak Simanjuntak (GMS)`), or `dan` and another
 * full name that ends the run (`Direktur Utama Pertamina Budi Santoso dan
 * Yohan Suryanto hadir`). i: the title's first token. */
static int name_tail_ok(const state *st, size_t i, size_t ne, size_t e)
{
    gzm m;
    if (e + 1 < st->n && (TK_EQ(st, e, "dan") || TK_EQ(st, e, "serta")) &&
        (gz_at(st, e + 1, &m), m.len && (gz_kind(&m, WT_GZ_TITLE) || gz_kind(&m, WT_GZ_RANK))) &&
        (plain_name_words(st, ne, e, 2) ||
         (gz_at(st, ne, &m), m.len == e - ne && gz_kind(&m, WT_GZ_PERSON))))
        return 1; /* the next post and its holder follow: `Presiden Joko
                   * Widodo dan Wapres Ma'ruf Amin`, `Menko Polhukam Mahfud
                   * MD dan Menkeu Sri Mulyani` */
    if (!plain_name_words(st, ne, e, 2))
        return 0;
    if (initials_paren(st, ne, e))
        return 1;
    if (e + 1 < st->n && TK_EQ(st, e, "dan") &&
        !(i > 0 && (TK_EQ(st, i - 1, "dan") || TK_EQ(st, i - 1, "serta"))) &&
        !(i > 1 && (TK_EQ(st, i - 2, "dan") || TK_EQ(st, i - 2, "serta")))) {
        /* not after a pair of titles: `Ketua dan Wakil Ketua Umum Partai
         * Gelora Anis Matta dan Fahri Hamzah` */
        size_t e2 = scan_name(st, e + 1);
        return e2 >= e + 3 && plain_name_words(st, e + 1, e2, 2) &&
               (e2 >= st->n || !tk_cap(&st->t[e2]));
    }
    return 0;
}

/* The posts stacked on a title that ends at token j (`Deputi Gubernur`,
 * `Wakil Ketua Umum`, `Wakil Ketua II`; not `pertama` of `presiden pertama
 * Harvard`, not the Balinese `I` of `Wakil Bupati I Wayan Diar`): their
 * end, and *tb extended over them. */
static size_t stacked_posts(const state *st, size_t j, size_t *tb)
{
    int guard = 0;
    gzm m;
    while (j < st->n && guard++ < 3) {
        if ((tk_has(st, j, W_TITLE_SUFFIX) && !wt_tok_eq(st->s, &st->t[j], "pertama")) ||
            ((st->t[j].flags & WT_TOK_ALLCAPS) && tk_roman(st, j) &&
             !(j + 1 < st->n && TK_EQ(st, j, "I") && balinese_order(st, j + 1)))) {
            *tb = st->t[j].end;
            j++;
            continue;
        }
        gz_at(st, j, &m);
        if (!m.len || gz_best(&m) != gz_kind(&m, WT_GZ_TITLE))
            break;
        j += m.len;
        *tb = st->t[j - 1].end;
    }
    return j;
}

/* Title at i (gazetteer match of length len): portfolio, affiliation,
 * ranks, then the name. */
static int rule_title(state *st, size_t i, size_t len, size_t *next)
{
    size_t j = i + len, ta = st->t[i].start, tb = st->t[i + len - 1].end, ne, e, aff_end;
    size_t j0, tb0, aff_start;
    size_t acr_tok = 0;
    const char *aff = NULL;
    int rc, had_aff = 0, occ, corp, area;
    gzm m;
    *next = j;
    if (!title_ok(st, i))
        return WARTA_OK;
    if (i > 0 && tk_cap(&st->t[i - 1]) && tk_has(st, i - 1, W_FACILITY_BEFORE)) {
        /* a facility named after a titled person is no mention of them:
         * `Bandara Sultan Babullah` */
        ne = scan_name(st, j);
        *next = ne > j ? ne : j;
        return WARTA_OK;
    }
    if (rule_pair(st, i, len, next, &rc))
        return rc;
    gz_at(st, i, &m);
    if (title_subkind_is(&m, "joint")) {
        /* a label of the pair goes to both: `paslon nomor urut 1 Anies
         * Baswedan-Muhaimin Iskandar`; alone it names nobody */
        size_t k = j;
        if (title_paren(st, k))
            k += 3;
        if (pair_names(st, ta, tb, ta, tb, k, next, &rc))
            return rc;
        *next = i + 1; /* `Pasangan calon presiden dan ...`: the next label */
        return WARTA_OK;
    }
    /* `Wakil Deputi Hukum TPN`, `calon Bupati`: the prefix belongs to the
     * post (`Wakil Ketua` and `calon presiden` are listed whole) */
    if (i > 0 && tk_word(&st->t[i - 1]) &&
        (wt_tok_is(st->s, &st->t[i - 1], "Wakil") || wt_tok_is(st->s, &st->t[i - 1], "Calon")) &&
        !wt_prefix_ci(st->s + ta, tb - ta, "wakil") && !wt_prefix_ci(st->s + ta, tb - ta, "calon"))
        ta = st->t[i - 1].start;
    /* an occupation (`analis`, `aktor`, `pejabat`) is weaker evidence than
     * a position: a new person after it needs two words */
    gz_at(st, i, &m);
    occ = title_subkind_is(&m, "occupation");
    if (occ && i > 1 && tk_word(&st->t[i - 1]) && tk_cap(&st->t[i - 1]) &&
        !sentence_start(st, i) && !sentence_start(st, i - 1) &&
        !tk_has(st, i - 1, W_FUNC_STOP | W_NAME_STOP)) {
        gzm pm;
        gz_at(st, i - 1, &pm);
        if (!pm.len)
            return WARTA_OK; /* a word of a name: `Forum Seniman Peduli TIM` */
    }
    /* an English corporate post (`Director`, `Vice President`) runs into
     * English unit and firm names (`Vice President Facility Engineering
     * PHR`, `Chairman Mandiri Institute`): the name right after it must be
     * known or open with a given name unless an affiliation came between */
    corp = title_subkind_is(&m, "corporate");
    /* stacked positions: `Deputi Gubernur`, `Wakil Ketua Umum` */
    j = stacked_posts(st, j, &tb);
    /* a parliament's commission joins the post: `Anggota Komisi III DPR`,
     * `Ketua Komisi A DPRD Jatim` */
    if (j + 2 < st->n && TK_EQ(st, j, "Komisi") &&
        (tk_roman(st, j + 1) ||
         (tk_len(&st->t[j + 1]) == 1 && st->s[st->t[j + 1].start] >= 'A' &&
          st->s[st->t[j + 1].start] <= 'E')) &&
        tk_cap(&st->t[j + 2])) {
        tb = st->t[j + 1].end;
        j += 2;
    }
    /* a unit of a known body joins the post, the body is the affiliation:
     * `Kepala Kantor Wilayah Kemenkumham Jawa Barat Imam Jauhari`,
     * `Kepala Stasiun Geofisika BMKG Bandung`, `Kepala Biro Humas Setjen
     * DPR` (one to three plain capitalised words, no name, head or
     * acronym) */
    if (!occ && !corp && j + 1 < st->n && tk_cap(&st->t[j]) &&
        !tk_has(st, j, W_ORG_HEADS | W_KEMENTERIAN | W_UNIT_HEADS)) {
        size_t k = j;
        gz_at(st, k, &m);
        while (k < st->n && k - j < 3 && tk_word(&st->t[k]) && tk_cap(&st->t[k]) && !m.len &&
               !(st->t[k].flags & (WT_TOK_ALLCAPS | WT_TOK_NEWLINE_BEFORE)) &&
               !tk_has(st, k, W_GIVEN | W_FUNC_STOP) && map_get_tok(st, NS_ACR, k) < 0) {
            k++;
            if (k < st->n)
                gz_at(st, k, &m);
        }
        if (k > j && k < st->n && m.len && gz_best(&m)->kind == WT_GZ_ORG &&
            k + m.len < st->n && tk_cap(&st->t[k + m.len])) {
            tb = st->t[k - 1].end;
            j = k;
        }
    }
    *next = j;
    if (occ) {
        /* `Koresponden keamanan BBC Frank Gardner`, `Pebulu tangkis ganda
         * putri Indonesia Apriyani Rahayu`, `Legenda tinju dunia, Evander
         * Holyfield`: lower-case words describing the occupation, then a
         * capital or a comma */
        size_t k = j;
        while (k < st->n && k - j < 3 && tk_word(&st->t[k]) && !tk_cap(&st->t[k]) &&
               !(st->t[k].flags & (WT_TOK_NUM | WT_TOK_MIXED)) && tk_len(&st->t[k]) >= 3 &&
               !tk_has(st, k, W_NOT_DESC) && !tk_has(st, k, W_FUNC_LOWER) &&
               !tk_has(st, k, W_LOCATIVES) && !tk_has(st, k, W_SPEECH_VERBS) &&
               !wt_prefix_ci(st->s + st->t[k].start, tk_len(&st->t[k]), "me") &&
               !wt_prefix_ci(st->s + st->t[k].start, tk_len(&st->t[k]), "ber") &&
               !wt_prefix_ci(st->s + st->t[k].start, tk_len(&st->t[k]), "di") &&
               !wt_prefix_ci(st->s + st->t[k].start, tk_len(&st->t[k]), "ter"))
            k++;
        /* ... or `dari` and a capital: `dokter spesialis anak dari Rumah
         * Sakit Pondok Indah Bintaro Jaya, Caessar Pronocitro` */
        if (k > j && k + 1 < st->n &&
            (tk_cap(&st->t[k]) || (tk_punct(st, k, ',') && tk_cap(&st->t[k + 1])) ||
             (wt_tok_eq(st->s, &st->t[k], "dari") && tk_cap(&st->t[k + 1])))) {
            tb = st->t[k - 1].end;
            j = k;
            *next = j;
        }
    }
    if (!occ) {
        /* `Menteri Perhubungan (,) Budi Karya Sumadi`: a link the scraper
         * dropped */
        if (j + 2 < st->n && tk_punct(st, j, '(') && tk_punct(st, j + 1, ',') &&
            tk_punct(st, j + 2, ')'))
            j += 3;
        if ((tk_has(st, i, W_PORTFOLIO_HEAD) || tk_has(st, j - 1, W_PORTFOLIO_HEAD)) &&
            title_portfolio(st, j, ta, next, &rc))
            return rc; /* `Menteri Luar Negeri`, `Wakil Menteri Luar Negeri AM Fachir` */
    }
    /* `calon wakil presiden nomor urut 2, Gibran Rakabuming Raka`,
     * `Calon presiden (capres) nomor urut 3, Ganjar Pranowo` */
    {
        size_t k = title_paren(st, j) ? j + 3 : j, q = ballot_number(st, k);
        if (q > k && wt_tok_is(st->s, &st->t[k], "nomor")) {
            j = q;
            had_aff = 1; /* a comma may follow */
        }
    }
    j0 = j;
    tb0 = tb;
    /* a unit before a rank: `Kanit Lakalantas Ipda Ramadhan Siregar` */
    if (j + 1 < st->n && tk_cap(&st->t[j])) {
        size_t k = j;
        gz_at(st, k, &m);
        while (k < st->n && k - j < 3 && tk_cap(&st->t[k]) && !m.len) {
            k++;
            if (k < st->n)
                gz_at(st, k, &m);
        }
        if (k > j && k < st->n && m.len && gz_best(&m) == gz_kind(&m, WT_GZ_RANK)) {
            tb = st->t[k - 1].end;
            j = k;
        }
    }
    /* an acronym of the position itself: `Menteri ... Mineral (ESDM)` */
    if (paren_acr(st, j))
        j += 3;
    /* portfolio or organisation with its acronym */
    aff_start = j;
    if (j < st->n && tk_cap(&st->t[j])) {
        size_t acr = 0, le = acr_definition(st, j, &acr);
        if (le > j && !(st->t[acr].flags & WT_TOK_ALLCAPS) && !run_is_org(st, j, le) &&
            scan_name(st, j) == le &&
            (gz_at(st, j, &m), !m.len || gz_best(&m)->kind == WT_GZ_PERSON))
            le = j; /* `Presiden Joko Widodo (Jokowi)`: a name and its nickname */
        if (le > j) {
            if (run_is_org(st, j, le)) {
                int idx;
                rc = org_mention(st, j, le, &idx);
                if (rc == WARTA_OK)
                    rc = attach_acr(st, idx, j, le);
                if (rc != WARTA_OK)
                    return rc;
                if (!ENT(st, idx).acronym) {
                    ENT(st, idx).acronym = wt_arena_strndup(
                        st->ar, st->s + st->t[acr].start, tk_len(&st->t[acr]));
                    if (!ENT(st, idx).acronym)
                        return WARTA_ENOMEM;
                    rc = map_put(st, NS_ACR, st->s + st->t[acr].start, tk_len(&st->t[acr]),
                                 idx, 0);
                    if (rc != WARTA_OK)
                        return rc;
                }
                aff = aff_of(st, idx);
                acr_tok = acr;
                j = le + 3;
            } else {
                tb = st->t[le - 1].end;
                j = le + 3;
            }
            had_aff = 1;
        }
    }
    /* `Sekretaris Daerah Provinsi Sumbar`: the prefix stays in the title */
    if (!aff && j + 1 < st->n && tk_has(st, j, W_ADMIN_PREFIX) && tk_cap(&st->t[j + 1])) {
        gz_at(st, j + 1, &m);
        if (m.len && gz_best(&m) == gz_kind(&m, WT_GZ_PLACE)) {
            tb = st->t[j].end;
            j++;
        }
    }
    if (!aff) {
        size_t ae;
        if (!had_aff)
            aff_start = j;
        rc = title_affiliation(st, j, 0, &aff, &ae);
        if (rc != WARTA_OK)
            return rc;
        if (ae > j) {
            had_aff = 1;
            j = ae;
            if (j + 1 < st->n && TK_EQ(st, j, "RI") && tk_cap(&st->t[j + 1]))
                j++; /* the national body: `Ketua KPU RI Hasyim Asy'ari` */
            if (paren_acr(st, j)) {
                acr_tok = j + 1;
                j += 3;
            }
        }
    }
    /* Duta Besar Ukraina untuk Indonesia */
    if (had_aff && j + 1 < st->n && wt_tok_is(st->s, &st->t[j], "untuk")) {
        gz_at(st, j + 1, &m);
        if (m.len && gz_best(&m) == gz_kind(&m, WT_GZ_COUNTRY)) {
            int idx;
            rc = emit_gz(st, gz_best(&m), j + 1, m.len, &idx);
            if (rc != WARTA_OK)
                return rc;
            j += 1 + m.len;
        }
    }
    /* a body's regional office, its area after it, then the name:
     * `Kepala BPS Sumut Nurul Hasanudin`, `Kepala BMKG Sumatera Utara
     * Hendro Nugroho`, `Kepala BPS Provinsi Jawa Barat Marsudijono` (the
     * area was taken for the name, which was then dropped) */
    if (had_aff && j + 1 < st->n && tk_cap(&st->t[j]) &&
        !(gz_at(st, aff_start, &m), m.len && (gz_best(&m)->kind == WT_GZ_PLACE ||
                                                gz_best(&m)->kind == WT_GZ_COUNTRY))) {
        /* (not after a place: `Wali Kota Bogor Bima Arya Sugiarto`) */
        size_t p = j, n2, e2;
        gzm pm, nm;
        if (tk_has(st, p, W_ADMIN_PREFIX) && tk_cap(&st->t[p + 1]))
            p++;
        gz_at(st, p, &pm);
        if (pm.len && gz_best(&pm)->kind == WT_GZ_PLACE && p + pm.len < st->n &&
            (n2 = skip_ranks(st, p + pm.len)) < st->n && (e2 = scan_name(st, n2)) > n2 &&
            (gz_at(st, n2, &nm), !nm.len || gz_best(&nm)->kind == WT_GZ_PERSON) &&
            !not_name_after(st, e2) && !unit_word(st, n2, e2)) {
            int idx;
            rc = place_entity(st, gz_best(&pm), p, pm.len, &idx);
            if (rc == WARTA_OK && idx >= 0)
                rc = mention_toks(st, idx, j, p + pm.len);
            if (rc != WARTA_OK)
                return rc;
            j = p + pm.len;
        }
    }
    aff_end = acr_tok ? acr_tok - 1 : j;
    ne = skip_ranks(st, j);
    if (ne < st->n && tk_punct(st, ne, ',') &&
        (had_aff || (tk_cap(&st->t[i]) && ne + 2 < st->n && scan_name(st, ne + 1) >= ne + 3)))
        ne = skip_ranks(st, ne + 1); /* `Humas Polda Metro Jaya, Kombes Yusri Yunus` */
    else if (ne + 1 < st->n &&
             (wt_tok_eq(st->s, &st->t[ne], "yaitu") || wt_tok_eq(st->s, &st->t[ne], "yakni")) &&
             (had_aff || scan_name(st, ne + 1) >= ne + 3))
        ne = skip_ranks(st, ne + 1); /* `wakil Ketua DPR yaitu Muhaimin Iskandar` */
    e = ne < st->n ? scan_name(st, ne) : ne;
    if (ne < st->n && (st->t[ne].flags & WT_TOK_ALLCAPS)) {
        /* a known name that opens with capitals: `Jaksa Agung ST Burhanuddin` */
        gz_at(st, ne, &m);
        if (m.len > 1 && gz_best(&m)->kind == WT_GZ_PERSON && ne + m.len > e)
            e = ne + m.len;
    }
    if (e > ne) {
        size_t q;
        for (q = ne; q < e; q++)
            if (tk_has(st, q, W_UNIT_HEADS | W_ORG_HEADS | W_KEMENTERIAN) ||
                TK_IS(st, q, "Komisi")) {
                e = ne; /* a unit: `Kasubdit Bin Gakum Ditlantas Polda Jabar, AKBP Matrius` */
                break;
            }
    }
    if (e > ne) {
        gz_at(st, ne, &m);
        if (m.len && is_named_kind(gz_best(&m)->kind) && gz_best(&m)->kind != WT_GZ_PERSON)
            e = ne; /* a place or organisation, not a name */
        else if (not_name_after(st, e) && !name_tail_ok(st, i, ne, e))
            e = ne;
        else if (corp && !had_aff && !tk_has(st, ne, W_GIVEN) && person_known(st, ne, e) < 0)
            e = ne;
        else if (unit_word(st, ne, e))
            e = ne; /* `Wakil Menteri Luar Negeri AM Fachir`, `Kapolres Metro
                     * Jakarta Utara Kombes Budhi Herdi` */
    }
    if (had_aff && e == ne + 1 && e + 1 < st->n && tk_punct(st, e, ',')) {
        /* `konsultan Blackpool Victoria, Dr. Jason Cupitt`: one word after
         * the affiliation, a comma and a full name: the word ends the
         * affiliation's name */
        size_t n2 = skip_ranks(st, e + 1), e2 = n2 < st->n ? scan_name(st, n2) : n2;
        if (e2 >= n2 + 2 && !not_name_after(st, e2) && (gz_at(st, n2, &m), !m.len)) {
            ne = n2;
            e = e2;
        }
    }
    /* a village's or district's head names the area first, which the
     * gazetteer rarely knows: `Camat Sukajaya Ridwan` */
    area = tok_in(st, i + len - 1, area_posts);
    if (area && !had_aff && e >= ne + 2 && !tk_has(st, ne, W_GIVEN) &&
        person_known(st, ne, e) < 0 && (gz_at(st, ne, &m), !m.len) &&
        !not_name_after(st, e)) {
        tb = st->t[ne].end;
        ne++;
    }
    if (!had_aff && e == ne + 1 && e + 1 < st->n && tk_punct(st, e, ',') &&
        !tk_has(st, ne, W_GIVEN) && person_known(st, ne, e) < 0 &&
        !wt_prefix_ci(st->s + ta, tb - ta, "pelatih")) {
        /* `mantan Kalapas Sukamiskin, Wahid Husein`: an unknown word that
         * is no given name, a comma and a full name: the word is the
         * post's place (not after a coach: `pelatih Aldhea, Firda Dian
         * Pramana` is the coach of the athlete Aldhea); after a village's
         * head one word will do (`Kepala Desa Burikan, Surata`) */
        size_t n2 = skip_ranks(st, e + 1), e2 = n2 < st->n ? scan_name(st, n2) : n2;
        if ((e2 >= n2 + 2 || (area && e2 == n2 + 1)) && !not_name_after(st, e2) &&
            (gz_at(st, n2, &m), !m.len)) {
            ne = n2;
            e = e2;
        }
    }
    if (e == ne && !had_aff && !(occ && st->titlecase) && ne < st->n && tk_cap(&st->t[ne])) {
        /* an unknown acronym as affiliation, after at most two words:
         * `Deputi Gubernur BI Juda Agung`, `Jubir Timnas AMIN Sulfikar Amir` */
        size_t a = ne;
        while (a < st->n && a - ne < 2 && tk_cap(&st->t[a]) &&
               !(st->t[a].flags & WT_TOK_ALLCAPS) && !tk_has(st, a, W_FUNC_STOP))
            a++;
        if (a + 3 < st->n && (st->t[a].flags & WT_TOK_ALLCAPS) && tk_punct(st, a + 1, '-') &&
            (st->t[a + 2].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[a + 2]) >= 2 &&
            tk_len(&st->t[a + 2]) <= 6 && (gz_at(st, a, &m), !m.len) &&
            scan_name(st, a + 3) >= a + 5 &&
            (scan_name(st, a + 3) >= st->n || !tk_cap(&st->t[scan_name(st, a + 3)])))
            a += 2; /* `Presiden Direktur BP-AKR Vanda Laura`; not `kepala UPTD-PPD
                     * Samsat Rejang Lebong` */
        if (a < st->n && (st->t[a].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[a]) >= 2 &&
            tk_len(&st->t[a]) <= 6 && (gz_at(st, a, &m), !m.len) && !tk_roman(st, a)) {
            size_t n2 = a + 1, pe = a + 1, e2;
            /* the unit's place, then the name: `Kepala Dinas PUPR Bangli
             * Widnyana Maya`, `Ketua TKD Jawa Barat Ridwan Kamil` */
            if (n2 < st->n && (gz_at(st, n2, &m), m.len) &&
                (gz_best(&m)->kind == WT_GZ_PLACE || gz_best(&m)->kind == WT_GZ_COUNTRY) &&
                n2 + m.len < st->n &&
                plain_name_words(st, n2 + m.len, scan_name(st, n2 + m.len), 2))
                n2 = pe = n2 + m.len;
            e2 = n2 < st->n ? scan_name(st, n2) : n2;
            if (unit_word(st, n2, e2))
                e2 = n2; /* `Kepala OPD Pemkot Surabaya` */
            /* no other place or firm after it: `Manager IKEA Indonesia, Ririn` */
            if (e2 > n2 && !not_name_after(st, e2) &&
                (gz_at(st, n2, &m), !(m.len && is_named_kind(gz_best(&m)->kind) &&
                                      gz_best(&m)->kind != WT_GZ_PERSON))) {
                int idx;
                rc = org_entity(st, st->s + st->t[ne].start, st->t[pe - 1].end - st->t[ne].start,
                                NULL, &idx);
                if (rc == WARTA_OK && !ENT(st, idx).acronym) {
                    ENT(st, idx).acronym = ENT(st, idx).name;
                    rc = map_put(st, NS_ACR, ENT(st, idx).name, strlen(ENT(st, idx).name),
                                 idx, 0);
                }
                if (rc == WARTA_OK)
                    rc = mention_toks(st, idx, ne, pe);
                if (rc != WARTA_OK)
                    return rc;
                aff = aff_of(st, idx);
                had_aff = 1;
                ne = n2;
                e = e2;
            }
        }
    }
    if (!had_aff && ne < st->n && tk_cap(&st->t[ne])) {
        /* `CEO Aparthouse Indonesia, Hendry Oktavianus`: the run and the
         * country after it name an organisation */
        size_t ce = ne;
        while (ce < st->n && ce - ne < 4 && tk_cap(&st->t[ce]) && !tk_has(st, ce, W_NAME_STOP) &&
               (gz_at(st, ce, &m), !m.len))
            ce++;
        if (ce > ne && ce < st->n)
            gz_at(st, ce, &m);
        else
            m.len = 0;
        if (m.len && gz_best(&m) == gz_kind(&m, WT_GZ_COUNTRY)) {
            size_t oe = ce + m.len, ne2 = oe, e2;
            if (ne2 < st->n && tk_punct(st, ne2, ','))
                ne2++;
            e2 = ne2 < st->n ? scan_name(st, ne2) : ne2;
            if (e2 > ne2 && !not_name_after(st, e2)) {
                int idx;
                rc = org_mention(st, ne, oe, &idx);
                if (rc != WARTA_OK)
                    return rc;
                aff = aff_of(st, idx);
                ne = ne2;
                e = e2;
                aff_end = oe;
            }
        }
    }
    if (!had_aff && e > ne && e - ne <= 4 && e + 1 < st->n && tk_punct(st, e, ',') &&
        tk_has(st, e - 1, W_FIRM_WORDS)) {
        /* `Direktur Panin Asset Management, Ridwan Soetedja`: the run ends
         * in a firm's word before a comma and a name: the firm is the
         * post's affiliation, the name after the comma the person */
        size_t ne2 = e + 1, e2 = scan_name(st, ne2);
        if (e2 > ne2 && !not_name_after(st, e2) && (gz_at(st, ne2, &m), !m.len)) {
            int idx;
            rc = org_mention(st, ne, e, &idx);
            if (rc != WARTA_OK)
                return rc;
            aff = aff_of(st, idx);
            aff_end = e;
            ne = ne2;
            e = e2;
        }
    }
    if (e == ne && !had_aff && j0 + 1 < st->n && wt_tok_is(st->s, &st->t[j0], "dari") &&
        tk_cap(&st->t[j0 + 1])) {
        /* `pengamat politik dari Universitas Al-Azhar, Ujang Komarudin` */
        int done;
        *next = j0 + 1;
        return title_comma_run(st, j0 + 1, ta, tb0, occ || corp, 1, next, &done);
    }
    if (e == ne) {
        int done;
        *next = acr_tok ? acr_tok - 1 : aff_end;
        if (*next < j0)
            *next = j0;
        return title_comma_run(st, j0, ta, tb0, occ || corp, 0, next, &done);
    }
    if (acr_tok) {
        /* the acronym between affiliation and name is a mention too */
        int k = map_get_tok(st, NS_ACR, acr_tok);
        if (k >= 0 && (rc = mention_toks(st, k, acr_tok, acr_tok + 1)) != WARTA_OK)
            return rc;
    }
    {
        /* `Analis Samuel Sekuritas Muhammad Alfatih`: a firm word in the run
         * ends the firm's name; the person follows it */
        size_t q, cut = ne;
        for (q = ne; q + 1 < e; q++)
            if (tk_has(st, q, W_FIRM_WORDS) || tk_has(st, q, W_ORG_INDICATORS))
                cut = q + 1;
        if (cut == ne + 1 && tk_has(st, ne, W_LEGAL)) {
            ne = cut; /* a bare `Inc` is no organisation: dropped, not named */
        } else if (cut > ne &&
                   !((st->t[cut].flags & WT_TOK_ALLCAPS) && tk_len(&st->t[cut]) > 1)) {
            occ = 0; /* the firm before the name is evidence enough */
            int idx;
            rc = org_mention(st, ne, cut, &idx);
            if (rc != WARTA_OK)
                return rc;
            ne = cut;
        } else if (cut == ne && e >= ne + 3 && !tk_has(st, ne, W_GIVEN) &&
                   person_known(st, ne, e) < 0) {
            /* `Pembalap Ducati Lenovo Francesco Bagnaia`, `Presiden La
             * Liga Javier Tebas`: a name opened by a given name ends the
             * run; the words before it are the unit or firm the text names
             * with the post */
            size_t q2 = name_at_run_end(st, ne, e), r;
            for (r = ne; r < q2 && q2 < e; r++)
                if (tk_has(st, r, W_GIVEN))
                    q2 = e; /* `Andi Muh Nurul Yaqin`: all one name */
            /* a short word before it is the name's (`Sir David Murray`,
             * `Andi Muh Nurul Yaqin`); two words at least before it: one
             * word may be the name's own first (`Agung Firman Sampurna`,
             * `Djarot Saiful Hidayat`) */
            if (q2 > ne && q2 < e && tk_len(&st->t[q2 - 1]) <= 3 &&
                !(st->t[q2 - 1].flags & WT_TOK_ALLCAPS))
                q2--;
            if (q2 >= ne + 2 && q2 < e) {
                int idx;
                occ = 0;
                rc = org_mention(st, ne, q2, &idx);
                if (rc != WARTA_OK)
                    return rc;
                if (!aff && idx >= 0)
                    aff = aff_of(st, idx);
                ne = q2;
            }
        }
    }
    *next = e;
    if (occ && e - ne < 2 && person_known(st, ne, e) < 0) {
        /* `Aktor Hollywood, Will Smith`: the word is no name; a name may
         * follow a comma */
        int done;
        *next = j0;
        return title_comma_run(st, j0, ta, tb0, occ || corp, 0, next, &done);
    }
    {
        /* a running mate's post before the 2024 presidential candidate it
         * belongs to names the candidate, who does not hold it: `menjadi
         * cawapres Anies`, `jadi Bakal Cawapres Ganjar Pranowo`,
         * `Deklarasi Jadi Cawapres Prabowo` (tribun-0046 gave Anies the
         * post) */
        static const char *const capres_2024[] = {"Anies", "Prabowo", "Ganjar", NULL};
        size_t tl = tb - ta;
        const char *tt = st->s + ta;
        if (tok_in(st, ne, capres_2024) &&
            ((tl >= 8 && wt_prefix_ci(tt + tl - 8, 8, "cawapres")) ||
             (tl >= 20 && wt_prefix_ci(tt + tl - 20, 20, "calon wakil presiden"))))
            return person_add(st, ne, e, 0, 0, NULL);
    }
    if (wt_prefix_ci(st->s + ta, tb - ta, "kuasa hukum") ||
        wt_prefix_ci(st->s + ta, tb - ta, "pengacara")) {
        /* a lawyer's post names the client first: `Kuasa hukum Puput
         * Sudrajat, Halim Perdana Kusuma` (tribun-0139), `Raka Danira
         * selaku kuasa hukum Eza Gionino` (cnn-0091): the client takes no
         * post; the lawyer is the full name after the comma, or the name
         * before `selaku` */
        size_t n2, e2;
        if (e + 2 < st->n && tk_punct(st, e, ',') && (n2 = skip_ranks(st, e + 1)) < st->n &&
            (e2 = scan_name(st, n2)) >= n2 + 2 && !not_name_after(st, e2) &&
            (gz_at(st, n2, &m), !m.len || gz_best(&m)->kind == WT_GZ_PERSON)) {
            rc = person_add(st, ne, e, 0, 0, NULL);
            *next = e2;
            return rc == WARTA_OK ? person_add(st, n2, e2, ta, tb, aff) : rc;
        }
        if (i > 0 && (TK_EQ(st, i - 1, "selaku") || TK_EQ(st, i - 1, "sebagai")))
            return person_add(st, ne, e, 0, 0, NULL);
    }
    return person_add(st, ne, e, ta, tb, aff);
}

/* `, TITLE` after a name ending at token e: the title's byte range and
 * the token after it. */
static int appos_title(const state *st, size_t e, size_t *ta, size_t *tb, size_t *after)
{
    gzm m;
    if (e + 1 >= st->n || !tk_punct(st, e, ','))
        return 0;
    gz_at(st, e + 1, &m);
    if (!m.len || gz_best(&m) != gz_kind(&m, WT_GZ_TITLE) || !title_ok(st, e + 1))
        return 0;
    *ta = st->t[e + 1].start;
    *tb = st->t[e + m.len].end;
    *after = e + 1 + m.len;
    return 1;
}

/* `Sony Music Indonesia`, `Indikator Politik Indonesia`: unknown
 * capitalised words right before a country name an organisation (the
 * country word is then no country mention). Returns the end or i. */
static size_t company_country(const state *st, size_t i)
{
    size_t k = i;
    gzm m;
    if (st->titlecase || tk_has(st, i, W_NOT_ORG) || seen_lower(st, &st->t[i]) ||
        unname_shape(st, i))
        return i;
    if (TK_IS(st, i, "Partai") && i + 1 < st->n &&
        wt_tok_is(st->s, &st->t[i + 1], "Politik"))
        return i;
    while (k < st->n && k - i < 3 && tk_cap(&st->t[k]) && !tk_has(st, k, W_NAME_STOP) &&
           !tk_has(st, k, W_NOT_ORG)) {
        const char *w = st->s + st->t[k].start;
        size_t q;
        for (q = 1; q < tk_len(&st->t[k]); q++)
            if (w[q] >= 'A' && w[q] <= 'Z' && w[q - 1] >= 'a' && w[q - 1] <= 'z')
                return i; /* `UkrainaTentara`: words glued by the scraper */
        gz_at(st, k, &m);
        if (m.len)
            break;
        k++;
    }
    if (k == i || k >= st->n || (k - i == 1 && sentence_start(st, i)))
        return i;
    gz_at(st, k, &m);
    if (!m.len || gz_best(&m) != gz_kind(&m, WT_GZ_COUNTRY))
        return i;
    k += m.len;
    if (k < st->n && tk_cap(&st->t[k]))
        return i; /* `... Indonesia Hendry`: a title's affiliation, handled there */
    return k;
}

/* `Anies Baswedan menyindir`, `Heri Purnama menilai`: two or three name
 * words right before an active verb. */
static int verb_evidence(const state *st, size_t i, size_t e)
{
    size_t k;
    const wt_token *v;
    if (e - i < 2 || e - i > 3 || e >= st->n)
        return 0;
    for (k = i; k < e; k++)
        if ((k == i && (st->t[k].flags & WT_TOK_ALLCAPS)) || tk_len(&st->t[k]) < 2)
            return 0;
    if (tk_has(st, e - 1, W_FIRM_WORDS | W_FACILITY_AFTER))
        return 0; /* `Cerita Films meminta` */
    if (tk_has(st, i, W_EVENT_WORDS | W_MEDIA_KINDS) || TK_IS(st, i, "Komisi"))
        return 0; /* `peraih 4 Piala Grammy menambahkan`, `Laman GSM Arena
                   * menyebut`, `anggota Komisi VI bertemu` */
    if (map_get(st, NS_ORG, st->s + st->t[i].start, st->t[e - 1].end - st->t[i].start) >= 0)
        return 0;
    if (e + 1 < st->n && tk_punct(st, e, ',') && i > 0 && tk_punct(st, i - 1, ','))
        e++; /* between commas: `pejabat di kantor kepresidenan Ukraina, Ihor
              * Zhovkva, mengatakan` */
    v = &st->t[e];
    if (!tk_word(v) || (v->flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)))
        return 0;
    return tk_has(st, e, W_REPORT_VERBS);
}

/* Tokens [i, e) as plain name words: none all capitals or shorter than two
 * bytes but a middle initial with its dot, and together not a known
 * organisation. */
static int plain_name_run(const state *st, size_t i, size_t e)
{
    size_t k;
    for (k = i; k < e; k++) {
        if (k > i && k + 2 < e && is_initial(st, k)) {
            k++; /* a middle initial and its dot: `Stephen R. Covey` */
            continue;
        }
        if ((st->t[k].flags & WT_TOK_ALLCAPS) || tk_len(&st->t[k]) < 2)
            return 0;
    }
    return map_get(st, NS_ORG, st->s + st->t[i].start, st->t[e - 1].end - st->t[i].start) < 0;
}

/* A biography's subject: `Lee McKenzie ( lahir 1 Desember 1977`,
 * `Timothy John Russert ( ) adalah`, `Liberace dilahirkan di`, `X adalah
 * seorang`: a run of one to four name words (not an acronym) before a
 * birth, a death or a description of a person. */
static int born_evidence(const state *st, size_t i, size_t e)
{
    int cue;
    if (e >= st->n || e - i > 4 || st->titlecase)
        return 0;
    /* the cue first (cheap, and rare): the run's lookup only then */
    if (tk_word(&st->t[e]) && !tk_cap(&st->t[e]) && tk_has(st, e, W_BORN_VERBS))
        cue = 1;
    else if (e + 1 < st->n && (TK_EQ(st, e, "adalah") || TK_EQ(st, e, "merupakan")) &&
             wt_tok_eq(st->s, &st->t[e + 1], "seorang"))
        cue = 1; /* `Joe Sandy adalah seorang pesulap` */
    else if (!tk_punct(st, e, '(') || e + 1 >= st->n)
        cue = 0;
    else if (tk_word(&st->t[e + 1]) && wt_tok_is(st->s, &st->t[e + 1], "lahir"))
        cue = 1;
    else
        cue = e + 2 < st->n && tk_punct(st, e + 1, ')') &&
              wt_tok_is(st->s, &st->t[e + 2], "adalah");
    return cue && plain_name_run(st, i, e);
}

/* Token e after a lone name opening a sentence reads as its predicate: an
 * active, intransitive or passive verb (`Michelle menjadi`, `Dara
 * merupakan`, `Rene bermain`, `Ariel dilahirkan`) or an adverb before one
 * (`Eliza juga`, `Kevin sempat`). Not `Indah sekali`, `Daffa yang`. */
static int subject_cue(const state *st, size_t e)
{
    const wt_token *t;
    const char *w;
    size_t n;
    if (e >= st->n || !tk_word(&st->t[e]) || tk_cap(&st->t[e]))
        return 0;
    t = &st->t[e];
    w = st->s + t->start;
    n = tk_len(t);
    if (n >= 5 && (wt_prefix_ci(w, n, "me") || wt_prefix_ci(w, n, "ber") ||
                   wt_prefix_ci(w, n, "di")))
        return 1;
    return tk_has(st, e, W_SUBJECT_ADV);
}

/* The name model: a run of one to four name words opened by a given name
 * (`Justin Bieber`, `Lee Byung Hun`, `orangtua Laila`). The list holds no
 * word the corpus writes in lower case, and a word the document writes in
 * lower case ends the run anyway (scan_name); a lone given name must not
 * open a sentence (`Daffa yang tegas`: too weak). */
static int given_name_run(const state *st, size_t i, size_t e)
{
    size_t k;
    const uint64_t not_person =
        W_FACILITY_AFTER | W_FIRM_WORDS | W_ORG_INDICATORS | W_BARE_DIRECTIONS;
    if (st->titlecase || e - i > 4 || !tk_has(st, i, W_GIVEN) || !plain_name_run(st, i, e))
        return 0;
    if (e == i + 1 &&
        ((sentence_start(st, i) && !subject_cue(st, e)) || tk_len(&st->t[i]) < 4))
        return 0; /* `Daffa yang tegas`; `Dwi tunggal`, `Eka`, `Nur` open names */
    /* the end of a longer capitalised phrase (`Grand Galaxy Park`,
     * `Bandara I Gusti Ngurah Rai`), not a function word opening the
     * sentence (`Kemudian John McCain datang`) */
    if (i > 0 && tk_cap(&st->t[i - 1]) && !tk_has(st, i - 1, W_FUNC_STOP))
        return 0;
    /* a street, an airport, a circuit named after a person (`Jalan Ahmad
     * Yani`, `Jl. Gatot Subroto`, `Sirkuit Ricardo Tormo`) */
    if (i > 0 && tk_has(st, i - 1, W_FACILITY_BEFORE))
        return 0;
    if (i > 1 && tk_punct(st, i - 1, '.') && tk_has(st, i - 2, W_FACILITY_BEFORE))
        return 0;
    if (i > 0 && TK_EQ(st, i - 1, "kapal"))
        return 0; /* a ship: `kapal Alma berbendera Inggris` */
    for (k = i; k <= e && k < st->n; k++) {
        const char *w = st->s + st->t[k].start;
        size_t q;
        /* `Lotte Corporation`, `Maia International`, `Carolina Utara` */
        if (tk_has(st, k, not_person))
            return 0;
        for (q = 1; k == i && q < tk_len(&st->t[k]); q++)
            if (w[q] >= 'A' && w[q] <= 'Z')
                return 0; /* `MoE` */
        if (k > i && k < e && unname_shape(st, k))
            return 0; /* `Noah Melewati` (a verb), `Dinas Pertanian` */
    }
    if (e + 1 < st->n && wt_tok_eq(st->s, &st->t[e], "dan") && tk_has(st, e + 1, W_GIVEN))
        return 1; /* `Idris Elba dan Matthew McConaughey`: two people, not
                   * one name joined by a connector (`Center of ...`) */
    if (e - i >= 2 && e + 1 < st->n && wt_tok_eq(st->s, &st->t[e], "dan") &&
        tk_cap(&st->t[e + 1])) {
        /* `Roland Orzabal dan Curt Smith`: two plain two- or three-word
         * names, the second in no gazetteer */
        size_t e2 = scan_name(st, e + 1);
        gzm m2;
        if (e2 - (e + 1) < 2 || e2 - (e + 1) > 3 || !plain_name_run(st, e + 1, e2) ||
            not_name_after(st, e2))
            return 0;
        gz_at(st, e + 1, &m2);
        return !m2.len;
    }
    return !not_name_after(st, e);
}

/* `Takeshi Kaneshiro dan Kyoko Fukada`: an unknown two- or three-word run
 * before `dan` and a plain two- or three-word name opened by a given name
 * (the mirror of the pair in given_name_run). */
static int pair_evidence(const state *st, size_t i, size_t e)
{
    size_t e2;
    gzm m2;
    if (e - i < 2 || e - i > 3 || st->titlecase || e + 2 >= st->n ||
        !wt_tok_eq(st->s, &st->t[e], "dan") || !tk_has(st, e + 1, W_GIVEN))
        return 0;
    if (i > 0 && ((tk_cap(&st->t[i - 1]) && !tk_has(st, i - 1, W_FUNC_STOP)) ||
                  tk_has(st, i - 1, W_FACILITY_BEFORE)))
        return 0; /* the tail of a longer name, a street (`Jalan Sudirman dan`) */
    e2 = scan_name(st, e + 1);
    if (e2 - (e + 1) < 2 || e2 - (e + 1) > 3 || !plain_name_run(st, i, e) ||
        !plain_name_run(st, e + 1, e2) || not_name_after(st, e2))
        return 0;
    gz_at(st, e + 1, &m2);
    return !m2.len;
}

/* `Umayah Ulfa (25) warga Kota Bekasi`, `Samiko (40), wiraswasta`: a run
 * of one to three name words before an age in brackets, as news gives a
 * victim's or a suspect's. */
static int age_evidence(const state *st, size_t i, size_t e)
{
    const wt_token *a;
    size_t d;
    int v = 0;
    if (st->titlecase || e - i > 3 || e + 2 >= st->n || !tk_punct(st, e, '(') ||
        !tk_punct(st, e + 2, ')'))
        return 0;
    if (i > 0 && (tk_punct(st, i - 1, '-') || tk_punct(st, i - 1, ')') ||
                  (st->t[i - 1].flags & WT_TOK_NUM)))
        return 0; /* `Aceh-Nias-Mantawai (2)`, `Pasal 114 Ayat (2)`: a list's or
                   * a law's numbering */
    a = &st->t[e + 1];
    if (!(a->flags & WT_TOK_NUM) || a->end - a->start > 3)
        return 0;
    for (d = a->start; d < a->end; d++) {
        if (st->s[d] < '0' || st->s[d] > '9')
            return 0;
        v = v * 10 + (st->s[d] - '0');
    }
    return v >= 1 && v <= 120 && plain_name_run(st, i, e);
}

/* `Tubagus Chaeri Wardana alias Wawan`, `Indra Kesuma alias Indra Kenz`: a
 * name, `alias` and another name of the same person that opens with a
 * given name or is known (not `Safety Of Life At Sea alias Solas`, `Si
 * Badak alias Rhino`). The alias's end, or e when there is none. */
static size_t alias_after(const state *st, size_t i, size_t e)
{
    size_t a;
    if (st->titlecase || e - i < 2 || e - i > 4 || e + 1 >= st->n || !TK_EQ(st, e, "alias") ||
        !tk_cap(&st->t[e + 1]) || !plain_name_run(st, i, e))
        return e;
    a = scan_name(st, e + 1);
    if (a == e + 1 || a - (e + 1) > 3 ||
        !(tk_has(st, e + 1, W_GIVEN) || person_known(st, e + 1, a) >= 0))
        return e;
    return a;
}

/* A band's line-up: `Armand Maulana ( vokal ) , Dewa Budjana ( gitar )`,
 * `Sonny Krisna Yudha / Oni ( gitar )`: a run of one to four name words
 * before a musical part in brackets (the part ends the bracket or is
 * followed by `,` or `/`), or before `/ Nickname (` part. */
static int role_evidence(const state *st, size_t i, size_t e)
{
    size_t k = e;
    if (st->titlecase || e - i > 4 || e + 2 >= st->n)
        return 0;
    if (tk_punct(st, k, '/') && k + 3 < st->n && tk_cap(&st->t[k + 1]))
        k += 2; /* `Name / Nick ( gitar )` */
    if (!tk_punct(st, k, '(') || !tk_word(&st->t[k + 1]) || tk_cap(&st->t[k + 1]) ||
        !tk_has(st, k + 1, W_MUSIC_ROLES))
        return 0;
    if (k + 2 < st->n && !tk_punct(st, k + 2, ')') && !tk_punct(st, k + 2, ',') &&
        !tk_punct(st, k + 2, '/') && !tk_punct(st, k + 2, '"'))
        return 0;
    return plain_name_run(st, i, e);
}

/* `Budi Waseso yang sebelumnya menjabat Direktur Utama`: a two- or
 * three-word run that holds a post. */
static int held_post(const state *st, size_t i, size_t e)
{
    size_t te;
    int strong = 0;
    if (e - i < 2 || e - i > 3 || st->titlecase)
        return 0;
    return title_after_at(st, e, &te, &strong) && strong && plain_name_run(st, i, e);
}

/* `Anies Baswedan, Ganjar Pranowo, dan Prabowo Subianto`: a two- or
 * three-word name listed right after a person. */
static int coordinated(const state *st, size_t i, size_t e)
{
    size_t k;
    if (e - i < 1 || e - i > 3 || i < 2 || !st->last_person_end)
        return 0;
    if (e - i == 1 && (tk_len(&st->t[i]) < 3 || e >= st->n ||
                       !(tk_punct(st, e, ',') || wt_tok_is(st->s, &st->t[e], "dan") ||
                         wt_tok_is(st->s, &st->t[e], "serta") || tk_punct(st, e, '.'))))
        return 0; /* `Yuri , Sooyoung , Yoona , dan Seohyun`: one word only
                   * inside the list or at its end */
    if (e - i == 1) {
        const char *w = st->s + st->t[i].start;
        size_t q;
        for (q = 1; q < tk_len(&st->t[i]); q++)
            if (w[q] >= 'A' && w[q] <= 'Z')
                return 0; /* `Christin Munsch , PhD ,` */
    }
    if (e - i == 1 && !st->last_person_item)
        return 0; /* `Sinar Mas Land , Summarecon`, `Mayjen Sungkono ,
                   * Petemon`: the person before may be the end of a
                   * company's or a street's name */
    for (k = i; k < e; k++)
        if ((k == i && (st->t[k].flags & WT_TOK_ALLCAPS)) || tk_len(&st->t[k]) < 2)
            return 0;
    if (e < st->n && not_name_after(st, e))
        return 0;
    k = i - 1;
    if (wt_tok_is(st->s, &st->t[k], "dan") || wt_tok_is(st->s, &st->t[k], "serta")) {
        if (k > 0 && tk_punct(st, k - 1, ','))
            k--;
    } else if (!tk_punct(st, k, ',')) {
        return 0;
    }
    return st->last_person_end == k + 1;
}

/* The title before token `after` has its own person: a capitalised run of
 * three or more words from `after` that ends in a name (name_at_run_end),
 * as in a list of posts and names (`Fahri Hamzah, Ketua Umum Partai Prima
 * Agus Jabo, ...`, `Dirut ID Food Ghimoyo, Juru Bicara Kementerian BUMN
 * Putri Viola, dan ...`): no apposition to the name before the comma. */
static int title_goes_forward(const state *st, size_t after)
{
    size_t k = after;
    while (k < st->n && k - after < MAX_RUN && tk_cap(&st->t[k]) && !tk_has(st, k, W_FUNC_STOP))
        k++;
    return k >= after + 3 && name_at_run_end(st, after, k) < k;
}

/* Where the affiliation of an apposition's posts ending at j ends (j when
 * there is none), as appos_affiliation() will read it, brackets of an
 * acronym included; a free organisation run that ends in a place and two or
 * three plain words ends at the place (`Kepala Dinas Komunikasi dan
 * Informatika Kota Kediri Apip Permana`: the name is the next post's). */
static size_t appos_aff_end(const state *st, size_t j)
{
    size_t e, suf, q;
    gzm m;
    if (j >= st->n || !tk_cap(&st->t[j]))
        return j;
    e = pt_firm(st, j, 1);
    if (e == j)
        e = corp_name(st, j, &suf);
    if (e == j) {
        e = org_pattern(st, j, 0);
        if (e > j && (q = place_then_name(st, j, e)) < e)
            return q;
    }
    if (e == j) {
        gz_at(st, j, &m);
        if (m.len && (gz_best(&m)->kind == WT_GZ_COUNTRY || gz_best(&m)->kind == WT_GZ_PLACE ||
                      gz_best(&m)->kind == WT_GZ_ORG || gz_best(&m)->kind == WT_GZ_AGENCY))
            e = j + m.len;
        else if (map_get_tok(st, NS_ACR, j) >= 0)
            e = j + 1;
    }
    return e > j && paren_acr(st, e) ? e + 3 : e;
}

/* The title of an apposition whose posts end at j is the next person's: a
 * name of two or more words right after its affiliation (`Wiranto, Kepala
 * Badan Intelijen Negara (BIN) Budi Gunawan, ...`, `Barita Simanjuntak,
 * Gubernur Jawa Timur Khofifah Indar Parawansa, ...`: a list of posts and
 * names). */
static int appos_goes_forward(const state *st, size_t j)
{
    size_t a = appos_aff_end(st, j), e;
    if (a == j || a >= st->n || !tk_cap(&st->t[a]))
        return 0;
    e = scan_name(st, a);
    return e >= a + 2 && !not_name_after(st, e) && (e >= st->n || !tk_cap(&st->t[e]));
}

/* The person idx (-1: none) named in an apposition whose posts end at j:
 * the affiliation there, as after a title before a name but with the
 * person named (`Qin Gang, Menteri Luar Negeri China,` -> CN; `Fahmi
 * Alweni, GM PT. ASDP Indonesia Ferry Cabang Ketapang`), becomes the
 * person's. *end: the token after it (j when there is none). */
static int appos_affiliation(state *st, int idx, size_t j, size_t *end)
{
    const char *aff = NULL;
    size_t ae;
    int rc;
    *end = j;
    rc = title_affiliation(st, j, 1, &aff, &ae);
    if (rc != WARTA_OK || ae <= j)
        return rc;
    *end = paren_acr(st, ae) ? ae + 3 : ae;
    if (aff && idx >= 0 && !ENT(st, idx).affiliation &&
        !(ENT(st, idx).affiliation = dup_str(st, aff)))
        return WARTA_ENOMEM;
    return WARTA_OK;
}

/* `Name, TITLE` apposition at a capitalised run [i, e). */
static int rule_apposition(state *st, size_t i, size_t e, size_t *next)
{
    size_t ta, tb, after;
    int rc, idx = -1;
    if (sentence_start(st, i) && e - i < 2)
        return WARTA_OK;
    if (!appos_title(st, e, &ta, &tb, &after) || title_goes_forward(st, after))
        return WARTA_OK;
    after = stacked_posts(st, after, &tb);
    if (appos_goes_forward(st, after)) {
        /* an item of the list all the same: a full name, or a name the
         * rules cut from the post before it (`Menteri Koordinator Bidang
         * Politik Hukum dan HAM Wiranto, Kepala BIN Budi Gunawan`) */
        if (e - i >= 2 || (i > 0 && tk_word(&st->t[i - 1]) && tk_cap(&st->t[i - 1]))) {
            *next = e;
            return person_add(st, i, e, 0, 0, NULL);
        }
        return WARTA_OK;
    }
    rc = person_add_idx(st, i, e, ta, tb, NULL, &idx);
    if (rc == WARTA_OK)
        rc = appos_affiliation(st, idx, after, &after);
    *next = after; /* the title belongs to this name: no name after it */
    return rc;
}

static int rule_speech(state *st, size_t i, size_t *next)
{
    size_t j = i + 1, e;
    gzm m;
    *next = i + 1;
    if (j + 1 < st->n && TK_EQ(st, j, "oleh") && tk_has(st, i, W_AGENT_VERBS))
        j++; /* `disutradarai oleh Nikolaj Arcel`, `dinyanyikan oleh Rossa` */
    if (j >= st->n || !tk_cap(&st->t[j]) || tk_has(st, j, W_NAME_STOP))
        return WARTA_OK;
    if (tk_has(st, i, W_WEAK_VERBS)) {
        unsigned char c;
        if (i == 0 || !(st->t[i - 1].flags & WT_TOK_PUNCT))
            return WARTA_OK;
        c = (unsigned char)st->s[st->t[i - 1].start];
        if (!(c == ',' || c == '"' || c == '\'' || c == 0xE2))
            return WARTA_OK;
    }
    gz_at(st, j, &m);
    if (m.len)
        return WARTA_OK; /* a title, place, organisation...: handled there */
    if (map_get_tok(st, NS_ACR, j) >= 0)
        return WARTA_OK;
    e = scan_name(st, j);
    if (e == j)
        return WARTA_OK;
    if (not_name_after(st, e))
        return WARTA_OK;
    {
        size_t ta = 0, tb = 0, after = e;
        int rc, idx = -1;
        if (!appos_title(st, e, &ta, &tb, &after) || title_goes_forward(st, after) ||
            appos_goes_forward(st, stacked_posts(st, after, &tb))) {
            *next = e;
            return person_add(st, j, e, 0, 0, NULL);
        }
        after = stacked_posts(st, after, &tb);
        rc = person_add_idx(st, j, e, ta, tb, NULL, &idx);
        if (rc == WARTA_OK)
            rc = appos_affiliation(st, idx, after, &after);
        *next = after;
        return rc;
    }
}

/* `sang istri, MacKenzie`, `rekannya, Siti Fadia Silva Ramadhanti`,
 * `yakni Yusuf`: a relation word, an optional comma, a name. */
/* `Bunga Citra Lestari, yang juga akrab disapa Unge`, `Zulkarnaini atau
 * yang akrab disapa Syeh Joel`: the name after `disapa` at i is another
 * name of the person named right before it. Returns that person or -1. */
static int nickname_of(const state *st, size_t i)
{
    static const char *const link[] = {"atau", "yang", "juga", "akrab", "kerap", "biasa",
                                       "lebih", "sering", "dikenal", NULL};
    size_t k, a;
    if (!st->last_person_end || !wt_tok_eq(st->s, &st->t[i], "disapa"))
        return -1;
    a = st->last_person_end - 1; /* the token after that person's mention */
    if (a > i || i - a > 6)
        return -1;
    for (k = a; k < i; k++)
        if (!tk_punct(st, k, ',') && !tok_in(st, k, link))
            return -1;
    return st->last_person;
}

static int rule_kin(state *st, size_t i, size_t *next)
{
    size_t j = i + 1, e;
    gzm m;
    *next = i + 1;
    if (j < st->n && tk_punct(st, j, ','))
        j++;
    else if (j + 1 < st->n && wt_tok_eq(st->s, &st->t[j], "dari") &&
             !wt_tok_eq(st->s, &st->t[i], "rekan") && !wt_tok_eq(st->s, &st->t[i], "bernama"))
        j++; /* `putri dari Jusup Sitepu`, `anak dari Minak Lumpat` */
    if (j >= st->n || !tk_cap(&st->t[j]) || tk_has(st, j, W_NAME_STOP))
        return WARTA_OK;
    gz_at(st, j, &m);
    if (m.len && gz_best(&m)->kind != WT_GZ_PERSON)
        return WARTA_OK;
    if (map_get_tok(st, NS_ACR, j) >= 0)
        return WARTA_OK;
    e = scan_name(st, j);
    if (e == j || not_name_after(st, e) || (e < st->n && tk_cap(&st->t[e])))
        return WARTA_OK;
    if (e == j + 1 && e < st->n && tk_punct(st, e, '-'))
        return WARTA_OK; /* `Mid-World` */
    *next = e;
    {
        int who = nickname_of(st, i), rc;
        if (who >= 0 && ENT(st, who).type == WARTA_ENTITY_PERSON) {
            rc = register_tokens(st, who, j, e);
            return rc == WARTA_OK ? mention_toks(st, who, j, e) : rc;
        }
    }
    return person_add(st, j, e, 0, 0, NULL);
}

/* `SMAN 70 Jakarta`, `SMA Negeri 1 Tigalingga`, `SMP Negeri IVB`, `SMA
 * Pemda Pedan`: a school head in capitals, an optional kind, then a number,
 * a Roman numeral or one to three capitalised words. Returns the end or i. */
static size_t school_pattern(const state *st, size_t i)
{
    size_t j = i + 1, k;
    const wt_token *h = &st->t[i];
    if (!(h->flags & (WT_TOK_ALLCAPS | WT_TOK_MIXED)) || !tk_has(st, i, W_SCHOOL_HEADS))
        return i;
    if (j < st->n && tk_cap(&st->t[j]) && tk_has(st, j, W_SCHOOL_KINDS))
        j++;
    if (j >= st->n)
        return i;
    k = j;
    if (st->t[k].flags & WT_TOK_NUM) {
        /* after the number, its place: a known one or one word
         * (`SMP Negeri 2 Yogyakarta Widayat`: the name is not the school's) */
        gzm m;
        k++;
        if (k < st->n && tk_cap(&st->t[k]) && !tk_has(st, k, W_FUNC_STOP) &&
            !tk_has(st, k, W_NAME_STOP)) {
            gz_at(st, k, &m);
            k += m.len && gz_best(&m)->kind == WT_GZ_PLACE ? m.len : !m.len;
            if (k < st->n && tk_cap(&st->t[k]) && tk_has(st, k, W_BARE_DIRECTIONS))
                k++; /* `SMPN 2 Konawe Selatan` */
        }
        return k;
    }
    while (k < st->n && k - j < 3 && tk_cap(&st->t[k]) && !tk_has(st, k, W_FUNC_STOP) &&
           !tk_has(st, k, W_NAME_STOP))
        k++;
    return k > j ? k : i; /* `siswa SMA`, `SMA Negeri` alone: the level */
}

/* 1 when token i continues the word before it: after a hyphen, a dot or a
 * slash written against it (`Fact-Checking`, `U.S`), or after a hyphenated
 * capitalised word (`Technology-based Entrepreneur`). */
static int inner_word(const state *st, size_t i)
{
    const wt_token *p = &st->t[i - 1];
    if (tk_word(p))
        return (p->flags & WT_TOK_HYPHEN) && tk_cap(p);
    return p->end == st->t[i].start && p->end - p->start == 1 &&
           (st->s[p->start] == '-' || st->s[p->start] == '.' || st->s[p->start] == '/');
}

/* The end of an English institution's name whose head is at h (inst_heads):
 * after the head, an `of` part of capitalised words (`China Association of
 * Automobile Manufacturers`, `Academy of Motion Picture Arts and Sciences`,
 * `International Committee of the Red Cross`), or for a school a known
 * place (`Imperial College London`). 0 when a capitalised word follows
 * otherwise: the head comes first there (`Bank Permata`, `Union Bank
 * Philippines` aside). */
static size_t inst_tail(const state *st, size_t h)
{
    size_t k = h + 1, e, n = 0;
    if (k >= st->n || !tk_word(&st->t[k]))
        return k;
    if (TK_EQ(st, k, "of") || TK_EQ(st, k, "for")) {
        e = k + 1;
        if (e < st->n && TK_EQ(st, e, "the"))
            e++;
        while (e < st->n && n < 5 && tk_cap(&st->t[e]) && !tk_has(st, e, W_FUNC_STOP) &&
               !tk_has(st, e, W_NAME_STOP)) {
            if (n) {
                gzm pm; /* `... Arts and Sciences Hollywood`: a place after the name */
                const wt_gz_entry *g;
                gz_at(st, e, &pm);
                g = gz_best(&pm);
                if (g && (g->kind == WT_GZ_PLACE || g->kind == WT_GZ_COUNTRY))
                    break;
            }
            e++;
            n++;
            if (e + 1 < st->n && tk_has(st, e, W_ENG_CONNECTORS | W_NAME_CONN) &&
                !TK_EQ(st, e, "dan") && tk_cap(&st->t[e + 1]))
                e++; /* `Arts and Sciences`, `Development of Economics` */
        }
        return n ? e : k;
    }
    if (!tk_cap(&st->t[k]))
        return k;
    if (TK_EQ(st, h, "College") || TK_EQ(st, h, "University") || TK_EQ(st, h, "School")) {
        gzm pm;
        const wt_gz_entry *g;
        gz_at(st, k, &pm);
        g = gz_best(&pm);
        if (g && g->kind == WT_GZ_PLACE && !(k + pm.len < st->n && tk_cap(&st->t[k + pm.len])))
            return k + pm.len;
    }
    return 0;
}

/* `Lion Air`, `SM Entertainment`, `Manchester United`, `Lotte Corporation`:
 * one to three capitalised words (places included) and an organisation
 * suffix; `FC Barcelona`, `AC Milan`, `Radio Nederland Wereldomroep`: a
 * club or broadcaster head and one or two capitalised words. Returns the
 * end or i. */
static size_t org_affix_calc(const state *st, size_t i, int pre, size_t suf);
static inline size_t org_affix(const state *st, size_t i)
{
    size_t k, suf = 0;
    int pre;
    if (i + 2 < st->n && (TK_EQ(st, i + 1, "of") || TK_EQ(st, i + 1, "for")) &&
        tk_has(st, i, W_INST_HEADS) &&
        !st->titlecase && !(i > 0 && tk_cap(&st->t[i - 1]) && !sentence_start(st, i))) {
        k = inst_tail(st, i); /* `University of Maine`, `Bank of America` */
        return k > i + 2 ? k : i;
    }
    if (i + 1 >= st->n || !tk_cap(&st->t[i + 1]))
        return i; /* both forms need a capitalised word after this one */
    /* the cheap test first, inline: a head here or a suffix in the next
     * three capitalised words (word classes only; most capitalised words
     * have neither) */
    pre = tk_has(st, i, W_ORG_PREFIX) &&
          ((st->t[i].flags & WT_TOK_ALLCAPS) || tk_len(&st->t[i]) > 2);
    for (k = i + 1; k < st->n && k - i <= 3 && tk_cap(&st->t[k]); k++) {
        uint64_t c = tk_cls(st, k); /* one read */
        if (c & (W_ORG_SUFFIX | W_INST_HEADS)) {
            suf = k;
            break;
        }
        if (c & (W_FUNC_STOP | W_NAME_STOP))
            break;
    }
    if (!pre && !suf)
        return i;
    return org_affix_calc(st, i, pre, suf);
}

/* org_affix() once a head (pre) or a suffix (at suf, else 0) is found. */
static size_t org_affix_calc(const state *st, size_t i, int pre, size_t suf)
{
    size_t k;
    gzm m;
    if (st->titlecase || tk_has(st, i, W_NAME_STOP) || tk_has(st, i, W_FUNC_STOP))
        return i;
    gz_at(st, i, &m);
    if (m.len && (gz_kind(&m, WT_GZ_TITLE) || gz_kind(&m, WT_GZ_RANK) ||
                  gz_kind(&m, WT_GZ_HONORIFIC)))
        return i; /* `Pendiri Amazon Inc Jeff Bezos`: the title rule's */
    if (m.len && (gz_kind(&m, WT_GZ_ORG) || gz_kind(&m, WT_GZ_AGENCY)))
        return i; /* `YouTube Kompas TV`: the gazetteer's */
    if (pre && !(i > 0 && tk_cap(&st->t[i - 1]) && !sentence_start(st, i))) {
        /* `Liverpool FC Jurgen Klopp`: a head inside a name is no head */
        if (wt_tok_eq(st->s, &st->t[i], "AC") && i + 1 < st->n) {
            gzm pm; /* `AC Milan`, not `AC Inverter` (air conditioning) */
            gz_at(st, i + 1, &pm);
            if (!pm.len || gz_best(&pm)->kind != WT_GZ_PLACE)
                return i;
            return i + 1 + pm.len;
        }
        for (k = i + 1; k < st->n && k - i <= 2 && tk_cap(&st->t[k]) &&
                        !tk_has(st, k, W_FUNC_STOP) && !tk_has(st, k, W_NAME_STOP);
             k++)
            ;
        if (k > i + 1)
            return k;
    }
    if (!suf)
        return i;
    {
        const char *w = st->s + st->t[i].start;
        for (k = 1; k < tk_len(&st->t[i]); k++)
            if (w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z')
                return i; /* `YouTube Kompas TV`, `MacBook Air`, glued words */
    }
    for (k = i + 1; k < suf; k++) {
        gz_at(st, k, &m);
        if (m.len && (gz_kind(&m, WT_GZ_ORG) || gz_kind(&m, WT_GZ_AGENCY) ||
                      gz_kind(&m, WT_GZ_TITLE)))
            return i; /* `YouTube Kompas TV`: the outlet starts there */
    }
    if (tk_has(st, suf, W_INST_HEADS) && !tk_has(st, suf, W_ORG_SUFFIX)) {
        gzm hm;
        /* not `U.S Automotive Council` from `S`, nor a description (`sebagai the
         * Technology-based Entrepreneur University`), nor from the middle of a
         * word (`Fact-Checking Network`), nor from an Indonesian
         * word (`Makroekonomi dan Keuangan Institute for ...`) or a job */
        if (tk_len(&st->t[i]) == 1 || seen_lower(st, &st->t[i]) ||
            (i > 0 && (TK_EQ(st, i - 1, "the") || inner_word(st, i))))
            return i;
        for (k = i; k < suf; k++)
            if (tk_has(st, k, W_ENG_ROLES))
                return i;
        if (i > 0 && tk_cap(&st->t[i - 1]) && !sentence_start(st, i) &&
            !tk_has(st, i - 1, W_ENG_ROLES | W_TITLE_SUFFIX)) {
            /* inside a longer capitalised run (`Indonesia National Air Carrier
             * Association`): only after a title (`Peneliti Hudson Institute`) */
            gz_at(st, i - 1, &hm);
            if (!(hm.len == 1 && (gz_kind(&hm, WT_GZ_TITLE) || gz_kind(&hm, WT_GZ_RANK) ||
                                  gz_kind(&hm, WT_GZ_HONORIFIC))))
                return i;
        }
        gz_at(st, suf, &hm);
        if (hm.len > 1 && (gz_kind(&hm, WT_GZ_ORG) || gz_kind(&hm, WT_GZ_AGENCY)))
            return i; /* `Institute for Development of Economics and Finance` */
        k = inst_tail(st, suf);
        if (k) {
            size_t a = paren_acr(st, k), ls;
            /* `... Keuangan Institute for Development of Economics and Finance
             * (Indef)`: an acronym after the name spells where it starts */
            if (a) {
                ls = sh_start(st->s, st->t[i].start, st->t[k - 1].end, st->t[a].start,
                              st->t[a].end);
                if (ls != (size_t)-1 && ls > st->t[i].start)
                    return i;
            }
        }
        return k ? k : i;
    }
    if (wt_tok_is(st->s, &st->t[suf], "Air")) {
        static const char *const not_airline[] = {"Tanah", "Mata",  "Sumber", "Daya", "Pol",
                                                  "Gili",  "Versi", "Terjun", NULL};
        size_t q;
        /* `Tanah Air`, `Mata Air`, `Sumber Daya Air`, `Pol Air` (water
         * police), `Gili Air` (an island) */
        for (q = 0; not_airline[q]; q++)
            if (wt_tok_is(st->s, &st->t[suf - 1], not_airline[q]))
                return i;
    }
    return suf + 1;
}

/* A one-word district (districts.tsv) at j followed by a compass word that
 * ends the run: a village or quarter named after it (`Pamulang Timur`,
 * `Sidorejo Kidul`), not the district. Returns the end, or j + len. */
static size_t district_compass(const state *st, const wt_gz_entry *g, size_t j, size_t len)
{
    size_t k = j + len;
    if (len != 1 || !g->subkind || strcmp(g->subkind, "district") != 0 || k >= st->n ||
        !tk_cap(&st->t[k]) || !(tk_has(st, k, W_BARE_DIRECTIONS) || TK_IS(st, k, "Kidul") ||
                                TK_IS(st, k, "Lor") || TK_IS(st, k, "Wetan") ||
                                TK_IS(st, k, "Kulon")))
        return j + len;
    if (k + 1 < st->n && tk_cap(&st->t[k + 1]))
        return j + len;
    return k + 1;
}

/* A place after an administrative prefix at i (`Kabupaten Agam`, `desa
 * Kramas`): the place is named without its prefix; the mention is what the
 * text writes, prefix included. `unknown`: an unknown capitalised run is
 * taken too. The mention starts at ms (i, or `Negara` before `Bagian`).
 * Returns 1 when it took the place (*rc, *next set). */
static int admin_place(state *st, size_t ms, size_t i, int unknown, size_t *next, int *rc)
{
    size_t j = i + 1, pe;
    gzm pm;
    const wt_gz_entry *g;
    int idx;
    gz_at(st, j, &pm);
    g = gz_best(&pm);
    pe = g && g->kind == WT_GZ_PLACE ? district_compass(st, g, j, pm.len) : j;
    if (pe > j + pm.len) {
        /* `Desa Pamulang Timur`: a village named after its district */
        *rc = place_text(st, j, pe, &idx);
        if (*rc == WARTA_OK)
            *rc = mention_toks(st, idx, ms, pe);
        *next = pe;
        return 1;
    }
    if (g && g->kind == WT_GZ_PLACE) {
        *rc = place_entity(st, g, j, pm.len, &idx);
        if (*rc == WARTA_OK)
            *rc = mention_toks(st, idx, ms, j + pm.len);
        if (*rc == WARTA_OK)
            *rc = attach_acr(st, idx, j, j + pm.len);
        *next = j + pm.len;
        return 1;
    }
    if (g || !unknown || st->titlecase)
        return 0;
    pe = j;
    /* an address chain names one place per prefix (`Dukuh Juwet Desa
     * Banyumanis Kecamatan Donorojo`): a prefix before a capitalised word
     * ends the name, unless it opens it (`Kelurahan Kampung Baru`) or ends
     * it (`Kabupaten Limapuluh Kota ,`) */
    while (pe < st->n && pe - j < 3 && tk_cap(&st->t[pe]) && !tk_has(st, pe, W_FUNC_STOP) &&
           !(st->t[pe].flags & WT_TOK_ALLCAPS) &&
           !(pe > j && tk_has(st, pe, W_ADMIN_PREFIX) && pe + 1 < st->n &&
             tk_cap(&st->t[pe + 1])))
        pe++;
    if (pe == j)
        return 0;
    if ((wt_tok_eq(st->s, &st->t[i], "Kampung") || wt_tok_eq(st->s, &st->t[i], "Dukuh")) &&
        seen_lower(st, &st->t[j]))
        return 0; /* a programme named after a common noun: `program Kampung
                   * Bahari Nusantara` (the text writes `bahari`) */
    *rc = place_text(st, j, pe, &idx);
    if (*rc == WARTA_OK)
        *rc = mention_toks(st, idx, ms, pe);
    if (*rc == WARTA_OK)
        *rc = attach_acr(st, idx, j, pe);
    *next = pe;
    return 1;
}

/* A country at [i, i + len) that opens an event's name in the English
 * order: the capitalised run after it (with years) ends in a word that
 * closes such names (`China Masters 2023`, `Indonesia Open`, `Indonesia
 * International Motor Show`, `Indonesia Tour 2025`); the dev-gold
 * guidelines count no country inside an event's name. Returns the run's
 * end, or i. */
static size_t country_in_event(const state *st, size_t i, size_t len)
{
    static const char *const heads[] = {
        "Masters", "Open", "Cup", "Games", "Expo", "Summit", "Festival", "Series",
        "Championship", "Championships", "Show", "Tour", "Fair", "Awards", "Award", "Week",
        "Marathon", "Exhibition", "Convention", NULL};
    size_t k = i + len, end = i, q;
    while (k < st->n && k - i < 8) {
        const wt_token *t = &st->t[k];
        if (tk_cap(t) && !tk_has(st, k, W_FUNC_STOP)) {
            for (q = 0; heads[q]; q++)
                if (wt_tok_eq(st->s, t, heads[q]))
                    end = k + 1;
            k++;
            continue;
        }
        if ((t->flags & WT_TOK_NUM) && tk_len(t) == 4 && end == k) {
            end = k + 1; /* its year */
            k++;
            continue;
        }
        break;
    }
    return end;
}

/* `Belanda masih jauh` ("the Dutch are still far off": there is plenty of
 * time) is an idiom, not the Netherlands (detik-0070: a party spokesman on
 * an election two years away). Only the idiom's fixed words after the
 * country count. */
static int country_idiom(const state *st, size_t i, size_t len)
{
    return len == 1 && i + 2 < st->n && wt_tok_eq(st->s, &st->t[i], "Belanda") &&
           wt_tok_eq(st->s, &st->t[i + 1], "masih") && wt_tok_eq(st->s, &st->t[i + 2], "jauh");
}

/* `Rajamice, Color Asia Live dan Media Internusa selaku promotor`
 * (cnn-0146), `Dyandra Promosindo sebagai penyelenggara` (detik-0125):
 * capitalised runs, a list of up to four, that `selaku` or `sebagai` and a
 * firm's role follow are organisations. The end of the run at i (the
 * list's first), or i. */
static const char *const firm_roles[] = {"promotor",   "penyelenggara", "sponsor",  "pengembang",
                                          "produsen",   "distributor",   "kontraktor",
                                          "perusahaan", "vendor",        "pemasok",  "penyedia",
                                          "operator",   NULL};

/* 1 when token k is `,`, `dan` or `serta` (by its length first) */
static int list_joint(const state *st, size_t k)
{
    return tk_punct(st, k, ',') || TK_EQ(st, k, "dan") || TK_EQ(st, k, "serta");
}

/* 1 when token k is `selaku` or `sebagai` (TK_EQ tests the length first) */
static int role_cue(const state *st, size_t k)
{
    return TK_EQ(st, k, "selaku") || TK_EQ(st, k, "sebagai");
}

/* the end of the capitalised words from k (flags only) */
static size_t cap_words_end(const state *st, size_t k)
{
    while (k < st->n && (st->t[k].flags & (WT_TOK_WORD | WT_TOK_CAP)) == (WT_TOK_WORD | WT_TOK_CAP))
        k++;
    return k;
}

static size_t run_before_role(const state *st, size_t i)
{
    size_t k = cap_words_end(st, i), first_end = 0, runs = 0, q;
    /* the cheap look first, on flags and lengths: a list of capitalised
     * runs joined by `,`, `dan`, `serta`, then `selaku` or `sebagai` and a
     * firm's role */
    for (q = 0; q < 4 && k + 1 < st->n && tk_cap(&st->t[k + 1]) && list_joint(st, k); q++)
        k = cap_words_end(st, k + 1);
    if (k + 1 >= st->n || !role_cue(st, k) || !tk_word(&st->t[k + 1]) ||
        tk_cap(&st->t[k + 1]) || !tok_in(st, k + 1, firm_roles))
        return i;
    /* then the runs read as names of firms */
    k = i;
    if (i > 0 && tk_punct(st, i - 1, '/'))
        return i; /* a word after a slash: `Sumpah/Janji` */
    for (;;) {
        size_t s = k;
        while (k < st->n && k - s < 5 && tk_word(&st->t[k]) && tk_cap(&st->t[k]) &&
               !tk_has(st, k, W_FUNC_STOP) && !(st->t[k].flags & WT_TOK_NEWLINE_BEFORE))
            k++;
        if (k == s || ++runs > 4 || k + 1 >= st->n)
            return i;
        if (!first_end)
            first_end = k;
        if (tk_cap(&st->t[k + 1]) && list_joint(st, k)) {
            k++;
            continue;
        }
        break;
    }
    if (!role_cue(st, k))
        return i;
    for (q = i; q < k; q++) {
        gzm m;
        if (!tk_word(&st->t[q]))
            continue;
        gz_at(st, q, &m);
        if (m.len && gz_kind(&m, WT_GZ_TITLE))
            return i; /* a post: `Sumpah/Janji Anggota sebagai penyelenggara` */
    }
    return first_end;
}

/* One step at token i of the current span; *next > i. */
static int step(state *st, size_t i, size_t *next)
{
    const wt_token *t = &st->t[i];
    gzm m;
    const wt_gz_entry *g;
    int rc, idx;
    size_t e;

    *next = i + 1;
    if (!tk_word(t))
        return WARTA_OK;

    if (!tk_cap(t)) {
        /* most words: lower case, starting no key, neither a speech verb
         * nor a relation word, no hyphen (`capres-cawapres`) */
        int maybe = st->hot ? wt_gz_hot_test(st->hot, t->fold_hash) : 1;
        if (!(maybe && tk_has(st, i, WT_GZW_START | W_SPEECH_VERBS | W_KIN_WORDS |
                                         W_AGENT_VERBS | W_LOWER_ADMIN | W_ORG_CUES |
                                         W_MEDIA_CUES)) &&
            !(t->flags & WT_TOK_HYPHEN))
            return WARTA_OK;
        if (tk_has(st, i, W_LOWER_ADMIN) && i + 1 < st->n && tk_cap(&st->t[i + 1]) &&
            !tk_has(st, i + 1, W_NAME_STOP) &&
            admin_place(st, i, i,
                        !(wt_tok_eq(st->s, t, "kota") || wt_tok_eq(st->s, t, "kabupaten") ||
                          wt_tok_eq(st->s, t, "provinsi")),
                        next, &rc))
            return rc; /* `desa Kramas`, `distrik Gurage`, `kota Bandung` */
        gz_at(st, i, &m);
        g = gz_best(&m);
        if (g && g->kind == WT_GZ_TITLE)
            return rule_title(st, i, m.len, next);
        if (!g && rule_pair_word(st, i, next, &rc))
            return rc;
        if (g && (g->kind == WT_GZ_AGENCY || g->kind == WT_GZ_ORG) &&
            !(g->flags & (WT_GZF_EXACT_CASE | WT_GZF_NEEDS_CAP))) {
            /* an outlet written in lower case: `kepada detikcom` */
            *next = i + m.len;
            return emit_gz(st, g, i, m.len, &idx);
        }
        if (tk_has(st, i, W_ORG_CUES) && rule_org_cue(st, i, next, &rc))
            return rc;
        if (tk_has(st, i, W_MEDIA_CUES) && rule_media_cue(st, i, next, &rc))
            return rc;
        if (tk_has(st, i, W_SPEECH_VERBS | W_AGENT_VERBS))
            return rule_speech(st, i, next);
        if (tk_has(st, i, W_KIN_WORDS))
            return rule_kin(st, i, next);
        return WARTA_OK;
    }

    /* `Mengutip CNBC,` at the start of a sentence */
    if (tk_has(st, i, W_MEDIA_CUES) && rule_media_cue(st, i, next, &rc))
        return rc;
    /* a photo credit glued into the story, `(ANTARA/Lia Wanadriani
     * Santosa)`: the photographer is no person of the story (the
     * guidelines leave captions out) */
    if (i > 1 && tk_punct(st, i - 1, '/') && st->t[i - 1].start == st->t[i - 2].end &&
        st->t[i].start == st->t[i - 1].end && (TK_IS(st, i - 2, "ANTARA") ||
                                               TK_IS(st, i - 2, "FOTO"))) {
        e = scan_name(st, i);
        *next = e > i ? e : i + 1;
        return WARTA_OK;
    }
    /* `Istri Ferdy Sambo, Putri Candrawathi, hadir`: the relation opens
     * the sentence, the relative's name follows */
    if (tk_has(st, i, W_KIN_WORDS) && tok_in(st, i, kin_open) && sentence_start(st, i) &&
        i + 1 < st->n && scan_name(st, i + 1) <= i + 3)
        return rule_kin(st, i, next); /* (a longer run holds two names:
                                        * `Istri Didi Kempot Yan Velline`) */
    /* productive organisations and prefixed places */
    {
        size_t suf;
        e = corp_name(st, i, &suf); /* `Rower LLC`, `L'Oreal SA` */
        if (e > i) {
            *next = e;
            return corp_mention(st, i, suf, e, &idx);
        }
    }
    gz_at(st, i, &m);
    e = school_pattern(st, i);
    if (e == i)
        e = org_affix(st, i);
    if (e == i)
        e = org_pattern(st, i, 0);
    if (e > i && e > i + m.len) {
        size_t pa, pe;
        if (pt_place(st, i, &pa, &pe) && pe == e) {
            /* the high court of the place, with its short form: one entity
             * with `Pengadilan Tinggi DKI Jakarta` */
            static const char court[] = "Pengadilan Tinggi ";
            char *pl = dup_clean(st, st->t[pa].start, st->t[e - 1].end);
            char *acr = dup_clean(st, st->t[i].start, st->t[e - 1].end);
            char *nm = pl && acr ? wt_arena_alloc_raw(st->ar, sizeof court + strlen(pl)) : NULL;
            if (!nm)
                return WARTA_ENOMEM;
            memcpy(nm, court, sizeof court); /* with its NUL, overwritten next */
            memcpy(nm + sizeof court - 1, pl, strlen(pl) + 1);
            rc = org_entity(st, nm, strlen(nm), acr, &idx);
            if (rc == WARTA_OK)
                rc = mention_toks(st, idx, i, e);
            *next = e;
            return rc;
        }
        rc = org_mention(st, i, e, &idx);
        if (rc == WARTA_OK)
            rc = attach_acr(st, idx, i, e);
        *next = e;
        return rc;
    }
    if (!st->titlecase && tk_has(st, i, W_FEATURE_WORDS) && i + 1 < st->n &&
        tk_cap(&st->t[i + 1]) &&
        !(i > 0 && tk_cap(&st->t[i - 1]) && !sentence_start(st, i) &&
          !(sentence_start(st, i - 1) && tk_has(st, i - 1, W_NAME_STOP | W_FUNC_STOP) &&
            !tk_has(st, i - 1, W_FACILITY_BEFORE))) &&
        !(wt_tok_eq(st->s, t, "Air") && !TK_IS(st, i + 1, "Terjun") &&
          !TK_IS(st, i + 1, "Panas"))) {
        /* (a common word opening the sentence before it is no name's:
         * `Warga Pulau Rempang menolak`; `Air` only as a waterfall or a
         * hot spring: `MenurutAir Claim` is a firm) */
        /* `Gunung Batok`, `Pulau Rinca`, `Pantai Paal`: the feature word is
         * part of the name */
        size_t j = i + 1, fe;
        gzm pm;
        if (wt_tok_is(st->s, &st->t[i], "Taman") &&
            wt_prefix_ci(st->s + st->t[j].start, tk_len(&st->t[j]), "kanak"))
            return WARTA_OK; /* a kindergarten, no park: liputan6-0001 `sekolah
                              * Taman Kanak-kanak (TK)`, `Taman Kanak-Kanak` */
        if (wt_tok_is(st->s, &st->t[i], "Taman") && wt_tok_is(st->s, &st->t[j], "Nasional"))
            j++;
        if (wt_tok_is(st->s, &st->t[i], "Air") && wt_tok_is(st->s, &st->t[j], "Terjun"))
            j++;
        fe = j;
        while (fe < st->n && fe - j < 3 && tk_cap(&st->t[fe]) &&
               !(st->t[fe].flags & WT_TOK_ALLCAPS) && !tk_has(st, fe, W_FUNC_STOP) &&
               !(fe > j && tk_has(st, fe, W_FEATURE_WORDS))) {
            /* a second feature word opens the next name: `Pantai Tao
             * Silalahi Danau Toba` */
            gz_at(st, fe, &pm);
            if (pm.len && gz_best(&pm)->kind != WT_GZ_PLACE)
                break;
            fe++;
        }
        if (fe > j && fe > i + m.len) {
            rc = place_text(st, i, fe, &idx);
            if (rc == WARTA_OK)
                rc = mention_toks(st, idx, i, fe);
            *next = fe;
            return rc;
        }
    }
    if (!m.len && i + 2 < st->n && TK_EQ(st, i, "Puncak") && tk_punct(st, i + 1, ',')) {
        /* `kawasan Puncak, Kabupaten Bogor`, `Puncak, Cisarua`: the resort
         * area (alone the word is a summit or a climax: `Puncak acara`) */
        gzm pm;
        size_t a = tk_has(st, i + 2, W_ADMIN_PREFIX) ? i + 3 : i + 2;
        if (a < st->n && (gz_at(st, a, &pm), pm.len) && gz_best(&pm)->kind == WT_GZ_PLACE) {
            rc = place_text(st, i, i + 1, &idx);
            if (rc == WARTA_OK)
                rc = mention_toks(st, idx, i, i + 1);
            *next = i + 1;
            return rc;
        }
    }
    if (tk_has(st, i, W_ADMIN_PREFIX) && !m.len && i + 1 < st->n && tk_cap(&st->t[i + 1]) &&
        !(i > 0 && TK_EQ(st, i, "Kota") && TK_IS(st, i - 1, "Ibu") &&
          (TK_EQ(st, i + 1, "Negara") || tk_has(st, i + 1, W_ADMIN_PREFIX))) &&
        admin_place(st, i, i, 1, next, &rc))
        return rc; /* `Ibu Kota Negara`, `Ibu Kota Provinsi X`: the capital, no
                    * town `Negara` nor `Provinsi X` (`Ibu Kota Tana Toraja`
                    * stays `Kota Tana Toraja`) */
    if (i + 2 < st->n && TK_EQ(st, i, "Negara") && TK_EQ(st, i + 1, "Bagian") &&
        tk_cap(&st->t[i + 2]) &&
        admin_place(st, i, i + 1, 1, next, &rc))
        return rc; /* `Negara Bagian Rakhine`: a state, named without the prefix */

    /* a short form defined earlier in the text */
    if (m.len <= 1) {
        int k = map_get_tok(st, NS_ACR, i);
        if (k >= 0) {
            *next = i + 1;
            return mention_toks(st, k, i, i + 1);
        }
    }

    g = gz_best(&m);
    if (g && g->kind == WT_GZ_PLACE && place_in_name(st, g, i, m.len)) {
        *next = i + m.len;
        return WARTA_OK;
    }
    if (g) {
        switch (g->kind) {
        case WT_GZ_TITLE:
            return rule_title(st, i, m.len, next);
        case WT_GZ_RANK:
        case WT_GZ_HONORIFIC: {
            size_t j = skip_ranks(st, i), ne;
            if (j == i)
                j = i + m.len;
            ne = scan_name(st, j);
            if (ne > j) {
                gzm nm;
                gz_at(st, j, &nm);
                if (!nm.len || gz_best(&nm)->kind == WT_GZ_PERSON ||
                    gz_best(&nm)->kind == WT_GZ_RANK || gz_best(&nm)->kind == WT_GZ_HONORIFIC) {
                    *next = ne;
                    if (i > 0 && tk_has(st, i - 1, W_FACILITY_BEFORE))
                        return WARTA_OK; /* `Bandara Sultan Babullah`: a facility's name */
                    return person_add(st, j, ne, 0, 0, NULL);
                }
            }
            *next = j;
            return WARTA_OK;
        }
        case WT_GZ_PLACE:
            if (m.len == 1 && tk_has(st, i, W_BARE_DIRECTIONS))
                return WARTA_OK;
            if (place_in_facility(st, i, m.len)) {
                *next = i + m.len;
                return WARTA_OK;
            }
            /* fall through */
        default: {
            /* a known person's full name beats a place of the same length */
            int k = person_known(st, i, i + m.len);
            if (g->kind == WT_GZ_COUNTRY) {
                size_t ee = country_in_event(st, i, m.len);
                if (country_idiom(st, i, m.len)) {
                    *next = i + m.len;
                    return WARTA_OK;
                }
                if (ee > i) {
                    *next = ee; /* `China Masters 2023`: no mention of China */
                    return WARTA_OK;
                }
            }
            if (k >= 0 && g->kind == WT_GZ_PLACE) {
                *next = i + m.len;
                return mention_toks(st, k, i, i + m.len);
            }
            if ((g->kind == WT_GZ_ORG || g->kind == WT_GZ_AGENCY) && g->iso2 &&
                strcmp(g->iso2, "ID") != 0 && i + m.len < st->n && tk_cap(&st->t[i + m.len]) &&
                !(st->t[i + m.len].flags & WT_TOK_NEWLINE_BEFORE)) {
                /* a foreign company's or outlet's national arm is one
                 * organisation: `Shell Indonesia`, `CNBC Indonesia`,
                 * `Warner Music Malaysia` */
                gzm cm;
                const wt_gz_entry *cg;
                gz_at(st, i + m.len, &cm);
                cg = gz_kind(&cm, WT_GZ_COUNTRY);
                if (cg && cm.len == 1) {
                    *next = i + m.len + 1;
                    return org_mention(st, i, i + m.len + 1, &idx);
                }
            }
            if (g->kind == WT_GZ_ORG && g->iso2 && strcmp(g->iso2, "ID") == 0 &&
                i + m.len < st->n && TK_EQ(st, i + m.len, "RI") &&
                !(st->t[i + m.len].flags & WT_TOK_NEWLINE_BEFORE) &&
                !(i + m.len + 1 < st->n && tk_cap(&st->t[i + m.len + 1]) &&
                  !tk_has(st, i + m.len + 1, W_FUNC_STOP)))
                m.len++; /* the national body: `DPR RI`, `Kemenkes RI` (no country) */
            rc = emit_gz(st, g, i, m.len, &idx);
            if (rc == WARTA_OK && idx >= 0)
                rc = attach_acr(st, idx, i, i + m.len);
            *next = i + m.len;
            return rc;
        }
        }
    }

    /* unknown capitalised run */
    {
        size_t acr = 0, le = acr_definition(st, i, &acr);
        if (le > i && long_form_is_org(st, i, le)) {
            rc = org_mention(st, i, le, &idx);
            if (rc == WARTA_OK && !ENT(st, idx).acronym) {
                ENT(st, idx).acronym =
                    wt_arena_strndup(st->ar, st->s + st->t[acr].start, tk_len(&st->t[acr]));
                if (!ENT(st, idx).acronym)
                    rc = WARTA_ENOMEM;
            }
            if (rc == WARTA_OK)
                rc = map_put(st, NS_ACR, st->s + st->t[acr].start, tk_len(&st->t[acr]), idx, 0);
            *next = le;
            return rc;
        }
        if (tk_has(st, i, W_NAME_STOP))
            return WARTA_OK;
        e = company_country(st, i);
        if (e > i && i > 0 && tk_has(st, i - 1, W_LOCATIVES) && tk_has(st, i, W_FACILITY_BEFORE)) {
            *next = e; /* a facility: antara-0143 `di Paviliun Indonesia` (COP28) */
            return WARTA_OK;
        }
        if (e > i && i > 0 && tk_has(st, i - 1, W_LOCATIVES)) {
            /* `di Bidara Cina`: a place named after a country word */
            rc = place_text(st, i, e, &idx);
            if (rc == WARTA_OK)
                rc = mention_toks(st, idx, i, e);
            *next = e;
            return rc;
        }
        if (e > i) {
            rc = org_mention(st, i, e, &idx);
            *next = e;
            return rc;
        }
        if (!st->titlecase && !tk_has(st, i, W_GIVEN) && (e = run_before_role(st, i)) > i &&
            person_known(st, i, e) < 0) {
            rc = org_mention(st, i, e, &idx);
            *next = e;
            return rc;
        }
        e = scan_name(st, i);
        if (e == i)
            return WARTA_OK;
        /* known person: longest prefix of the run, else the first token */
        {
            size_t k;
            uint32_t kh[16];
            /* neither a person's name nor a word of one starts the run:
             * only a run whose key hash the map holds may be a known name */
            int quick = e - i <= 16 && tk_len(t) >= 2 &&
                        run_key_hashes(st, NS_PERSON, i, e, kh) &&
                        map_get_tok(st, NS_TOKEN, i) < 0;
            for (k = e; k > i; k--) {
                int p;
                if (quick && !map_has_hash(st, kh[k - i - 1]))
                    continue;
                p = person_known(st, i, k);
                if (p >= 0) {
                    if (k == i + 1 && e > k && !not_name_after(st, e)) {
                        if (grow_single(st, p, i, e, &rc))
                            k = e;
                        else if (rc != WARTA_OK)
                            return rc;
                    }
                    *next = k;
                    rc = mention_toks(st, p, i, k);
                    return rc == WARTA_OK ? title_after(st, p, k) : rc;
                }
            }
        }
        {
            size_t pe = after_di_place(st, i);
            /* a place list goes on, or the name run ends at a comma */
            if (pe == i && ((e < st->n && tk_punct(st, e, ',')) ||
                            (st->last_place_loc && st->last_place_end + 1 >= i)))
                pe = listed_place(st, i);
            if (pe > i) {
                rc = place_text(st, i, pe, &idx);
                if (rc == WARTA_OK)
                    rc = mention_toks(st, idx, i, pe);
                *next = pe;
                return rc;
            }
        }
        rc = rule_apposition(st, i, e, next);
        if (rc != WARTA_OK || *next > i + 1)
            return rc;
        {
            size_t ae = alias_after(st, i, e), q;
            if (ae > e) {
                int pi = -1;
                /* the name opens at its first given name when one follows
                 * other words (`Partai Berkarya Titiek Hediati Hariyadi
                 * alias Titiek Soeharto`, `kasus Binomo Indra Kesuma`) */
                for (q = i; q + 2 <= e && !tk_has(st, q, W_GIVEN); q++)
                    ;
                if (q + 2 > e || !tk_has(st, q, W_GIVEN))
                    q = i;
                rc = person_add_idx(st, q, e, 0, 0, NULL, &pi);
                if (rc == WARTA_OK && pi >= 0)
                    rc = register_tokens(st, pi, e + 1, ae);
                if (rc == WARTA_OK && pi >= 0)
                    rc = mention_toks(st, pi, e + 1, ae);
                *next = ae;
                return rc;
            }
        }
        if (verb_evidence(st, i, e) || coordinated(st, i, e) || held_post(st, i, e) ||
            born_evidence(st, i, e) || given_name_run(st, i, e) || role_evidence(st, i, e) ||
            pair_evidence(st, i, e) || age_evidence(st, i, e)) {
            *next = e;
            return person_add(st, i, e, 0, 0, NULL);
        }
    }
    return WARTA_OK;
}

static int entities_run(state *st, const wt_tokens *toks, size_t n);

int wt_entities_run(wt_parse *p, const wt_tokens *toks, size_t n, wt_vec *out)
{
    state st;
    int rc;
    memset(&st, 0, sizeof st);
    st.p = p;
    st.s = p->s;
    st.gz = p->ctx ? p->ctx->gz : NULL;
    st.hot = wt_gz_hot_bits(st.gz);
    st.ar = &p->art->arena;
    st.out = out;
    st.dateline_agency = p->art->dateline.has ? p->art->dateline.agency : NULL;
    if (!toks || !n)
        return WARTA_OK;
    /* the name map and the lower-case set live only as long as this call:
     * a page of 100,000 headlines must not keep 100,000 maps */
    wt_arena_init(&st.scratch, p->art->arena.al);
    rc = entities_run(&st, toks, n);
    wt_arena_release(&st.scratch);
    return rc;
}

/* Classes of a token without a gazetteer: the lists scanned. */
static uint64_t classes_slow(const char *s, const wt_token *t)
{
    uint64_t bits = 0;
    size_t k, i;
    for (k = 0; wt_entity_wordlists[k].words; k++)
        for (i = 0; wt_entity_wordlists[k].bit != W_GIVEN && wt_entity_wordlists[k].words[i];
             i++) /* no name model without a gazetteer: 7,900 names per token */
            if (wt_tok_is(s, t, wt_entity_wordlists[k].words[i]))
                bits |= wt_entity_wordlists[k].bit;
    return bits;
}

/* The classes of token t of the text: the gazetteer's table, or the
 * lists without one. */
static uint64_t word_class(const state *st, const wt_token *t)
{
    return st->gz ? wt_gz_word_class(st->gz, st->s, t) : classes_slow(st->s, t);
}

/* Marks a class looked up (the lists are at most 62). */
#define CLS_DONE (UINT64_C(1) << 62)

/* The classes of token i, looked up once. */
static uint64_t cls_of(const state *st, size_t i)
{
    const wt_token *t = &st->t[i];
    uint64_t c;
    if ((t->flags & WT_TOK_PUNCT) && (unsigned char)st->s[t->start] >= 0x80)
        c = 0; /* the lists are ASCII */
    else
        c = word_class(st, t);
    c |= CLS_DONE;
    st->cls[i] = c;
    return c;
}

/* One pass over the document's tokens before the rules: the set of words
 * written in lower case; per span the words and capitalised words (after
 * the first token) for the title-case test, its last `(`, and the tokens
 * the rules start at (its `step` list: entities_run() calls step() for
 * them only). Room for the longest span's word classes (looked up when
 * first asked) and memo, cleared by entities_run() for each span.
 *
 * The loop has no branch on a token's kind: word, capital, punctuation
 * and number follow each other in no order a predictor learns, so each
 * test is a value (counted, or-ed, selected) rather than a jump. A token
 * that is not a lower-case word goes into the set's spare slot as hash 0
 * (it stays empty). wc[4k + 3] is the end of span k's list in *steps
 * (the list of span k starts at the end of span k - 1's). */
static int build_doc(state *st, const wt_tokens *toks, size_t n, size_t *wc, uint32_t **steps)
{
    size_t total = 0, k, i, cap = 64, n_max = 1, m = 0;
    uint32_t *list;
    for (k = 0; k < n; k++) {
        total += toks[k].n;
        if (toks[k].n > n_max)
            n_max = toks[k].n;
    }
    if (total >= UINT32_MAX / 2)
        return WARTA_ENOMEM; /* the step list holds token indices in 32 bits */
    while (cap < total * 2)
        cap *= 2;
    /* 0: empty; one slot more, lower[cap], where the other tokens go (it
     * stays 0, and the set's probes never reach it) */
    st->lower = wt_arena_alloc(&st->scratch, (cap + 1) * sizeof(uint32_t));
    list = wt_arena_alloc_raw(&st->scratch, (total + 1) * sizeof *list);
    if (!st->lower || !list)
        return WARTA_ENOMEM;
    st->lower_cap = cap;
    for (k = 0; k < n; k++) {
        size_t words = 0, caps = 0, paren = 0, m0 = m;
        for (i = 0; i < toks[k].n; i++) {
            const wt_token *t = &toks[k].t[i];
            uint32_t f = t->flags, fh = t->fold_hash, v;
            uint32_t word = (f & WT_TOK_WORD) != 0;
            uint32_t capd = (f & (WT_TOK_CAP | WT_TOK_ALLCAPS)) != 0; /* words only */
            uint32_t lw = word & (capd ^ 1u);                           /* lower-case word */
            uint32_t counted = word & (i > 0) & ((f & WT_TOK_MIXED) == 0);
            uint32_t is_paren = ((f & WT_TOK_PUNCT) != 0) & (st->s[t->start] == '(') &
                                (t->end - t->start == 1);
            uint32_t hot = st->hot ? (uint32_t)wt_gz_hot_test(st->hot, fh) : 1u;
            size_t h;
            words += counted;
            caps += counted & capd;
            paren = is_paren ? i + 1 : paren;
            /* the rules start at words that are capitalised, hyphenated,
             * or in the quick filter (step() returns at once for others) */
            list[m] = (uint32_t)i;
            m += word & (capd | ((f & WT_TOK_HYPHEN) != 0) | hot);
            fh &= 0u - lw;
            h = lw ? fh & (cap - 1) : cap;
            for (v = st->lower[h]; (v != 0) & (v != fh); v = st->lower[h])
                h = (h + 1) & (cap - 1);
            st->lower[h] = fh;
        }
        /* the classes of these words will be asked: start loading their
         * slots */
        for (; m0 < m; m0++)
            wt_gz_word_prefetch(st->gz, toks[k].t[list[m0]].fold_hash);
        wc[4 * k] = words;
        wc[4 * k + 1] = caps;
        wc[4 * k + 2] = paren;
        wc[4 * k + 3] = m;
    }
    *steps = list;
    st->cls = wt_arena_alloc_raw(&st->scratch, n_max * sizeof *st->cls);
    st->memo = wt_arena_alloc_raw(&st->scratch, sizeof *st->memo);
    if (!st->cls || !st->memo)
        return WARTA_ENOMEM;
    st->memo->len = 0;
    st->memo->at = wt_arena_alloc_raw(&st->scratch, n_max * sizeof *st->memo->at);
    st->memo->mcap = 16;
    st->memo->ar = &st->scratch;
    st->memo->m = wt_arena_alloc_raw(&st->scratch, st->memo->mcap * sizeof *st->memo->m);
    st->memo->name_end = wt_arena_alloc_raw(&st->scratch, n_max * sizeof *st->memo->name_end);
    st->memo->unname = wt_arena_alloc_raw(&st->scratch, n_max * sizeof *st->memo->unname);
    if (!st->memo->at || !st->memo->m || !st->memo->name_end || !st->memo->unname)
        return WARTA_ENOMEM;
    return WARTA_OK;
}

/* ---- guessed names (WARTA_PARSE_GUESS_NAMES, names.h) -------------------- */

/* lower-case words inside a capitalised name (`Ludwig van Beethoven`,
 * `Bank of America`) */
static const char *const guess_conn[] = {"de", "van", "der", "von", "of", "the", "bin", "binti",
                                         "al", "da", "dos", "del", "la", "le", "du", NULL};

static int guess_connector(const state *st, size_t i)
{
    return tk_word(&st->t[i]) && !tk_cap(&st->t[i]) && tk_len(&st->t[i]) <= 5 &&
           tok_in(st, i, guess_conn);
}

/* The end of the capitalised run at token i (a capitalised word): the
 * capitalised words after it, a connector between two of them. */
static size_t guess_run_end(const state *st, size_t i)
{
    size_t j = i + 1;
    while (j < st->n) {
        if (tk_word(&st->t[j]) && tk_cap(&st->t[j]))
            j++;
        else if (j + 1 < st->n && guess_connector(st, j) && tk_word(&st->t[j + 1]) &&
                 tk_cap(&st->t[j + 1]))
            j += 2;
        else
            break;
    }
    return j;
}

/* A facility in the run (`Rumah Sakit Blackpool Victoria`, `Bandara X`,
 * `X Stadium`): the guidelines leave facilities out. */
static int guess_facility(const state *st, size_t i, size_t j)
{
    size_t k;
    for (k = i; k < j; k++)
        if (tk_has(st, k, W_FACILITY_BEFORE))
            return 1;
    return tk_has(st, j - 1, W_FACILITY_AFTER);
}

/* 1 when token k is a quotation mark */
static int tk_quote(const state *st, size_t k)
{
    const char *w = st->s + st->t[k].start;
    size_t n = tk_len(&st->t[k]);
    return (st->t[k].flags & WT_TOK_PUNCT) &&
           ((n == 1 && (*w == '"' || *w == '\'')) ||
            (n == 3 && (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 &&
             ((unsigned char)w[2] >= 0x98 && (unsigned char)w[2] <= 0x9D)));
}

/* The run is all that stands between two quotation marks: the title of a
 * song, a film or a book (`"Mungkin Nanti"`), which is no entity. */
static int guess_quoted(const state *st, size_t i, size_t j)
{
    return i > 0 && j < st->n && tk_quote(st, i - 1) && tk_quote(st, j);
}

static int span_cmp(const void *x, const void *y)
{
    const wt_span *a = x, *b = y;
    return a->start < b->start ? -1 : a->start > b->start ? 1 : (a->end > b->end) - (a->end < b->end);
}

/* The byte ranges no guess may touch, sorted and merged: every mention of
 * the entities found so far and, in the body, every time expression. */
static int guess_covered(state *st, wt_span **out, size_t *nout)
{
    const wt_vec *times = st->out == &st->p->art->entities ? &st->p->art->times : NULL;
    size_t total = times ? times->len : 0, i, j, n = 0, m = 0;
    wt_span *v;
    for (i = 0; i < st->out->len; i++)
        total += ENT(st, i).mentions.len;
    v = wt_arena_alloc_raw(&st->scratch, (total + 1) * sizeof *v);
    if (!v)
        return WARTA_ENOMEM;
    for (i = 0; i < st->out->len; i++)
        for (j = 0; j < ENT(st, i).mentions.len; j++) {
            const wt_mention *mn = (const wt_mention *)ENT(st, i).mentions.data + j;
            v[n].start = mn->start;
            v[n++].end = mn->end;
        }
    for (i = 0; times && i < times->len; i++) {
        const warta_timex *x = (const warta_timex *)times->data + i;
        v[n].start = x->start;
        v[n++].end = x->end;
    }
    if (n)
        qsort(v, n, sizeof *v, span_cmp);
    for (i = 0; i < n; i++) { /* merge overlapping ranges */
        if (m && v[i].start < v[m - 1].end) {
            if (v[i].end > v[m - 1].end)
                v[m - 1].end = v[i].end;
        } else {
            v[m++] = v[i];
        }
    }
    *out = v;
    *nout = m;
    return WARTA_OK;
}

/* An entity of the given name: the one found already (by a rule or an
 * earlier guess) or a new one of the guessed type. The names seen live in
 * a small map of the call's scratch: one probe a guess. */
typedef struct guess_map {
    uint32_t *h;
    int *ent;
    size_t cap;
} guess_map;

static int guess_map_init(state *st, guess_map *gm, size_t want)
{
    gm->cap = 16;
    while (gm->cap < want * 2)
        gm->cap *= 2;
    gm->h = wt_arena_alloc(&st->scratch, gm->cap * sizeof *gm->h);
    gm->ent = wt_arena_alloc_raw(&st->scratch, gm->cap * sizeof *gm->ent);
    return gm->h && gm->ent ? WARTA_OK : WARTA_ENOMEM;
}

/* the slot of name (hash h): its entity's, or an empty one */
static size_t guess_map_slot(const state *st, const guess_map *gm, const char *name, uint32_t h)
{
    size_t k = h & (gm->cap - 1);
    while (gm->h[k] && !(gm->h[k] == h && strcmp(ENT(st, gm->ent[k]).name, name) == 0))
        k = (k + 1) & (gm->cap - 1);
    return k;
}

static int guess_add(state *st, guess_map *gm, int type, size_t a, size_t b, int *added)
{
    static const int types[WT_NAMES_TYPES] = {0, WARTA_ENTITY_PERSON, WARTA_ENTITY_LOCATION,
                                              WARTA_ENTITY_ORGANIZATION};
    char *name = dup_clean(st, a, b);
    uint32_t h;
    size_t k;
    int idx, rc;
    if (!name)
        return WARTA_ENOMEM;
    h = wt_hash_folded(name, strlen(name));
    k = guess_map_slot(st, gm, name, h);
    if (gm->h[k]) {
        idx = gm->ent[k];
    } else {
        if ((rc = ent_new(st, types[type], name, &idx)) != WARTA_OK)
            return rc;
        ENT(st, idx).guessed = 1;
        gm->h[k] = h;
        gm->ent[k] = idx;
        *added = 1;
    }
    return mention(st, idx, a, b);
}

/* Entities by their first mention (start, then end), then type and name:
 * a total order, so qsort() gives the same result everywhere. An entity
 * without a mention (none should be) sorts last. */
static int first_mention_cmp(const void *x, const void *y)
{
    const warta_entity *a = x, *b = y;
    const wt_mention *ma = a->mentions.len ? (const wt_mention *)a->mentions.data : NULL;
    const wt_mention *mb = b->mentions.len ? (const wt_mention *)b->mentions.data : NULL;
    if (!ma || !mb)
        return (ma == NULL) - (mb == NULL);
    if (ma->start != mb->start)
        return ma->start < mb->start ? -1 : 1;
    if (ma->end != mb->end)
        return ma->end < mb->end ? -1 : 1;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    return strcmp(a->name ? a->name : "", b->name ? b->name : "");
}

/* After the rules: each capitalised run of the spans that no mention and
 * no time expression touches, scored by the model (or given to the trace),
 * except where the rules know the run is no name this model may type: a
 * span in title case, a facility or an event (the guidelines leave them
 * out), a lone word the text also writes in lower case, a run longer than
 * the model reads. tc[k]: span k is in title case. */
static int guess_names(state *st, const wt_tokens *toks, size_t n, const uint8_t *tc)
{
    wt_span *cov;
    size_t ncov, c = 0, k, i, total = 0;
    guess_map gm;
    int rc, added = 0;
    uint64_t keys[WT_NAMES_MAX_KEYS];
    if ((rc = guess_covered(st, &cov, &ncov)) != WARTA_OK)
        return rc;
    for (k = 0; k < n; k++)
        total += toks[k].n;
    if ((rc = guess_map_init(st, &gm, st->out->len + total / 2 + 1)) != WARTA_OK)
        return rc;
    for (i = 0; i < st->out->len; i++) { /* the names the rules found */
        const char *nm = ENT(st, i).name;
        size_t slot;
        uint32_t h;
        if (!nm)
            continue;
        h = wt_hash_folded(nm, strlen(nm));
        slot = guess_map_slot(st, &gm, nm, h);
        if (!gm.h[slot]) {
            gm.h[slot] = h;
            gm.ent[slot] = (int)i;
        }
    }
    for (k = 0; k < n; k++) {
        st->t = toks[k].t;
        st->n = toks[k].n;
        memset(st->cls, 0, st->n * sizeof *st->cls);
        for (i = 0; i < st->n;) {
            size_t j, a, b;
            wt_names_cls cl;
            if (!tk_word(&st->t[i]) || !tk_cap(&st->t[i])) {
                i++;
                continue;
            }
            j = guess_run_end(st, i);
            a = st->t[i].start;
            b = st->t[j - 1].end;
            while (c < ncov && cov[c].end <= a)
                c++;
            if (tc[k] || (c < ncov && cov[c].start < b) || j - i > WT_NAMES_MAX_RUN ||
                (st->t[i].flags & WT_TOK_MIXED) || tk_has(st, i, W_EVENT_WORDS) ||
                guess_facility(st, i, j) || guess_quoted(st, i, j) ||
                (j == i + 1 && (seen_lower(st, &st->t[i]) || tk_len(&st->t[i]) < 2))) {
                i = j;
                continue;
            }
            cl.prev = i > 0 ? tk_cls(st, i - 1) : 0;
            cl.first = tk_cls(st, i);
            cl.last = tk_cls(st, j - 1);
            cl.next = j < st->n ? tk_cls(st, j) : 0;
            {
                size_t nk = wt_names_features(st->s, st->t, st->n, i, j, &cl, keys);
                if (st->p->names_trace) {
                    st->p->names_trace(st->p->names_trace_u, a, b, keys, nk);
                } else {
                    int type = wt_names_classify(keys, nk, NULL);
                    if (type != WT_NAMES_NONE &&
                        (rc = guess_add(st, &gm, type, a, b, &added)) != WARTA_OK)
                        return rc;
                }
            }
            i = j;
        }
    }
    if (added) /* entities in the order of their first mention */
        qsort(st->out->data, st->out->len, sizeof(warta_entity), first_mention_cmp);
    return WARTA_OK;
}

/* ---- words glued by the scraper ----------------------------------------------
 *
 * Scraped pages lose the space where markup stood between two words:
 * `ujarJimmy`, `dariThe Guardian`, `kepadaDinas Pekerjaan`, `ESDMBahlil`,
 * `ASDonald Trump`. Such a token hides a speech verb, a preposition or an
 * acronym from the rules and the name after it from everything. A token
 * is split where the glue is plain:
 * - lower case then capitalised (`ujarJimmy`): two or more ASCII small
 *   letters the document writes as a word of their own elsewhere, or a
 *   speech verb, preposition or verb of citing (so not `iPhone`, nor a
 *   brand's `detikNews`: the whole token starting a gazetteer key stays
 *   whole), then a capital and two or more small letters;
 * - an acronym then a capitalised word (`ESDMBahlil`, `WHORusia`): two or
 *   more capitals, then a capital and two or more small letters, where
 *   the acronym or the word is known (a gazetteer key's first word, the
 *   word a given name), so not `SINDOnews`; or the acronym then a
 *   lower-case word as above (`DKPPitu`);
 * - two capitalised words (`KeuanganPurbaya`): the first of four letters or
 *   more and written in lower case by the document, a portfolio or compass
 *   word, or a known name before a given name (`GerindraAhmad`); not
 *   `YouTube`;
 * - and at the end of a glued link (a capitalised run after such a split)
 *   or of a long unknown word, a lower-case word glued after the name
 *   (`Subiantodi`, `Zuckerbergmenggugat`): right_glue().
 * The tokens' byte ranges stay in the input, so mentions keep their
 * offsets. */

/* 1 when byte c is an ASCII small letter / capital */
static inline int lo_ascii(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int up_ascii(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* the longest token tried (glued words are short; a giant one is left
 * whole, which keeps right_glue()'s tail lookups bounded) */
#define GLUE_MAX 64

/* glue_at()'s left flags: an acronym glued to what follows, `DKPPitu`
 * (`DKPP itu`) or `ESDMBahlil` (`ESDM Bahlil`); glue_ok() says which */
#define GLUE_ACR (UINT32_C(1) << 31)
/* a lower-case word glued after an acronym: glue_ok()'s choice */
#define GLUE_ACR_LOWER (UINT32_C(1) << 30)
/* two capitalised words glued, `KeuanganPurbaya` */
#define GLUE_CAPS (UINT32_C(1) << 29)
/* a word glued to an acronym after it, `dikutipCNBC`, `MengutipUCSF` */
#define GLUE_TAIL_ACR (UINT32_C(1) << 28)

/* The classes of the word s[a..b) (a token of its own). */
static uint64_t part_class(const state *st, size_t a, size_t b, uint32_t flags)
{
    wt_token t;
    t.start = a;
    t.end = b;
    t.flags = flags;
    t.fold_hash = wt_fold_hash(st->s + a, b - a);
    return word_class(st, &t);
}

/* Where token t splits (its byte offset), or 0; *left_flags: the first
 * part's case flags. */
static size_t glue_at(const state *st, const wt_token *t, uint32_t *left_flags)
{
    const unsigned char *w = (const unsigned char *)st->s + t->start;
    size_t n = t->end - t->start, p, q;
    if (n < 5 || n > GLUE_MAX || !(t->flags & WT_TOK_WORD) ||
        (t->flags & (WT_TOK_ALLCAPS | WT_TOK_MIXED | WT_TOK_HYPHEN | WT_TOK_APOS)))
        return 0;
    if (!(t->flags & WT_TOK_CAP)) {
        for (p = 0; p < n && lo_ascii(w[p]); p++)
            ;
        if (p < 2 || p + 3 > n || !up_ascii(w[p]))
            return 0;
        *left_flags = WT_TOK_WORD;
    } else if (lo_ascii(w[1])) {
        /* two capitalised words (`KeuanganPurbaya`, `JamaahPekerja`) */
        for (p = 1; p < n && lo_ascii(w[p]); p++)
            ;
        if (p < 4 || p + 3 > n || !up_ascii(w[p]))
            return 0;
        *left_flags = WT_TOK_WORD | WT_TOK_CAP | GLUE_CAPS;
    } else {
        if (!up_ascii(w[1]))
            return 0;
        for (q = 1; q < n && up_ascii(w[q]); q++)
            ;
        p = q - 1; /* the capital that opens the word */
        if (p < 2 || p + 3 > n)
            return 0;
        *left_flags = WT_TOK_WORD | WT_TOK_CAP | WT_TOK_ALLCAPS | GLUE_ACR;
    }
    for (q = p + 1; q < n && lo_ascii(w[q]); q++)
        ;
    if (q < n) {
        /* or an acronym to the end after a word (`dikutipCNBC`) */
        if (q != p + 1 || (*left_flags & GLUE_ACR))
            return 0;
        for (; q < n; q++)
            if (!up_ascii(w[q]))
                return 0;
        *left_flags = (*left_flags & ~GLUE_CAPS) | GLUE_TAIL_ACR;
    }
    return t->start + p;
}

/* 1 when the lower-case word s[a..b) is one the document writes (or a
 * function word, a speech verb, a preposition). */
static int lower_word(const state *st, size_t a, size_t b)
{
    wt_token l;
    l.start = a;
    l.end = b;
    l.flags = WT_TOK_WORD;
    l.fold_hash = wt_fold_hash(st->s + a, b - a);
    return seen_lower(st, &l) ||
           (word_class(st, &l) & (W_SPEECH_VERBS | W_FUNC_LOWER | W_LOCATIVES | W_MEDIA_CUES |
                                  W_REPORT_VERBS | W_GLUE_WORDS)) != 0;
}

/* 1 when the glued token t splits at byte *m (glue_at) by the document and
 * the gazetteer; an acronym glued to a lower-case word the document writes
 * moves *m to the word (`DKPP|itu`, GLUE_ACR_LOWER in *left_flags). */
static int glue_ok(const state *st, const wt_token *t, size_t *m, uint32_t *left_flags)
{
    const uint64_t known = WT_GZW_START | W_GIVEN;
    if (word_class(st, t) & WT_GZW_START)
        return 0; /* `detikNews`: a key of its own */
    if (*left_flags & GLUE_TAIL_ACR)
        return lower_word(st, t->start, *m); /* `dikutip|CNBC`, `Mengutip|UCSF` */
    if (*left_flags & GLUE_ACR) {
        if (t->end - (*m + 1) >= 2 && lower_word(st, *m + 1, t->end)) {
            *m += 1;
            *left_flags = (*left_flags & ~GLUE_ACR) | GLUE_ACR_LOWER;
            return 1;
        }
        *left_flags &= ~GLUE_ACR;
        return (part_class(st, t->start, *m, *left_flags) & WT_GZW_START) ||
               (part_class(st, *m, t->end, WT_TOK_WORD | WT_TOK_CAP) & known);
    }
    if (*left_flags & GLUE_CAPS) {
        /* the first a word the document writes in lower case (`keuangan`)
         * or a post's portfolio or a compass word (`Menteri KeuanganPurbaya`,
         * `Lombok TengahBaiq`), so not a brand (`YouTube`, `PlayStation`,
         * `DiCaprio`: four letters at least) */
        uint64_t lc;
        *left_flags &= ~GLUE_CAPS;
        if (lower_word(st, t->start, *m))
            return 1;
        lc = part_class(st, t->start, *m, WT_TOK_WORD | WT_TOK_CAP);
        /* or a known name before a given name (`Partai GerindraAhmad
         * Muzani`, `Transmigrasi RiauImron Rosyadi`; not `TribunJateng`) */
        return (lc & (W_PORTFOLIO | W_BARE_DIRECTIONS)) != 0 ||
               ((lc & WT_GZW_START) &&
                (part_class(st, *m, t->end, WT_TOK_WORD | WT_TOK_CAP) & W_GIVEN));
    }
    return lower_word(st, t->start, *m);
}

/* 1 when the document writes the capitalised word s[a..b) as a word of
 * its own (`Sadewa` beside a glued `Sadewabuka`); the set of its
 * capitalised words' hashes is made the first time it is asked. */
static int doc_cap_word(state *st, size_t a, size_t b)
{
    uint32_t h = wt_fold_hash(st->s + a, b - a), v;
    size_t k, i, slot;
    if (!st->capset) {
        size_t total = 0, cap = 64;
        for (k = 0; k < st->gn; k++)
            total += st->gtoks[k].n;
        while (cap < total * 2)
            cap *= 2;
        st->capset = wt_arena_alloc(&st->scratch, cap * sizeof *st->capset);
        if (!st->capset)
            return 0; /* out of memory: no split, the parse goes on */
        st->capset_cap = cap;
        for (k = 0; k < st->gn; k++)
            for (i = 0; i < st->gtoks[k].n; i++) {
                const wt_token *t = &st->gtoks[k].t[i];
                if ((t->flags & (WT_TOK_WORD | WT_TOK_CAP | WT_TOK_ALLCAPS)) !=
                        (WT_TOK_WORD | WT_TOK_CAP) ||
                    !t->fold_hash)
                    continue;
                slot = t->fold_hash & (cap - 1);
                while ((v = st->capset[slot]) != 0 && v != t->fold_hash)
                    slot = (slot + 1) & (cap - 1);
                st->capset[slot] = t->fold_hash;
            }
    }
    return hset_has(st->capset, st->capset_cap, h);
}

/* 1 when w[0..n) looks like a meN- verb of seven letters or more
 * (`menggugat`, `membantah`, `meminta`). */
static int men_verb(const unsigned char *w, size_t n)
{
    return n >= 7 && w[0] == 'm' && w[1] == 'e' &&
           ((w[2] == 'm' && (w[3] == 'b' || w[3] == 'p' || w[3] == 'i')) ||
            (w[2] == 'n' && (w[3] == 'g' || w[3] == 'y' || w[3] == 'd' || w[3] == 'j' ||
                             w[3] == 'c' || w[3] == 'u')));
}

/* The split point p of a capitalised word s[from..) and a lower-case tail,
 * moved before a verb prefix left on the name when the name without it is
 * known (`Baliber|tambah` -> `Bali|bertambah`, `Belandadi|sebut` ->
 * `Belanda|disebut`). */
static size_t glue_fragment(state *st, size_t from, size_t p)
{
    static const char *const frag[] = {"ber", "ter", "per", "di", "me", "se", "ke", NULL};
    size_t k;
    for (k = 0; frag[k]; k++) {
        size_t n = strlen(frag[k]);
        if (p - from >= n + 4 && memcmp(st->s + p - n, frag[k], n) == 0 &&
            ((part_class(st, from, p - n, WT_TOK_WORD | WT_TOK_CAP) & WT_GZW_START) ||
             doc_cap_word(st, from, p - n)))
            return p - n;
    }
    return p;
}

/* A link's text glued at both ends (`kepadaPrabowo Subiantodi`,
 * `diBurirambesok`, `Mark Zuckerbergmenggugat`): where the capitalised word
 * s[from..t->end) of token t ends and a lower-case word glued to it starts,
 * or 0. The word is unknown (no gazetteer key, no given name), keeps three
 * letters at least, and the tail is four or more small letters the
 * document writes as a word (or a function word, or a meN- verb: `meminta`,
 * `membantah`); the longest such tail; else `di`/`ke` before a capitalised
 * word, or the longest name the document writes on its own with three or
 * more letters after it. verbs_only: a meN- verb only (a long word no
 * glued link opened: `bernamaMark Zuckerbergmenggugat`). */
static size_t right_glue(state *st, const wt_token *t, size_t from, int verbs_only)
{
    const unsigned char *w = (const unsigned char *)st->s;
    size_t p, q;
    if (t->end - from < 7 || t->end - t->start > GLUE_MAX || !up_ascii(w[from]))
        return 0;
    for (q = from + 1; q < t->end; q++)
        if (!lo_ascii(w[q]))
            return 0;
    if (verbs_only) {
        for (p = from + 4; p + 7 <= t->end && !men_verb(w + p, t->end - p); p++)
            ;
        if (p + 7 > t->end)
            return 0; /* no meN- verb inside: the common case, no lookup */
    }
    if (part_class(st, from, t->end, WT_TOK_WORD | WT_TOK_CAP) || lower_word(st, from, t->end))
        return 0; /* a known name, or a word (`UkrainaTerutama`: `terutama`) */
    for (p = from + 4; p + 4 <= t->end; p++) {
        size_t n = t->end - p;
        /* a meN- verb the document writes, or after a name it writes
         * (`Zuckerbergmenggugat`; not `Rekomendasi`); a known word */
        if ((men_verb(w + p, n) &&
             (!verbs_only || lower_word(st, p, t->end) || doc_cap_word(st, from, p))) ||
            (!verbs_only && lower_word(st, p, t->end)))
            return glue_fragment(st, from, p);
    }
    /* `di` or `ke` before a capitalised word that is no date (`RIPrabowo
     * Subiantodi Istana`): names end in -di (`Wahyudi`), so only at a glued
     * link's end and before a place-like word */
    p = t->end - 2;
    if (!verbs_only && p >= from + 4 && ((w[p] == 'd' && w[p + 1] == 'i') ||
                                          (w[p] == 'k' && w[p + 1] == 'e'))) {
        const wt_token *nx = t + 1;
        if ((nx->flags & (WT_TOK_WORD | WT_TOK_CAP | WT_TOK_SPACE_BEFORE)) ==
                (WT_TOK_WORD | WT_TOK_CAP | WT_TOK_SPACE_BEFORE) &&
            !(part_class(st, nx->start, nx->end, nx->flags) & (W_FUNC_STOP | W_HON_WORDS)))
            return p;
    }
    /* a name the document writes on its own elsewhere, then three or more
     * letters and the sentence going on in lower case (`Sadewa` and
     * `Sadewabuka suara`; not `Health` in `dariHealthline,`): the longest
     * such name */
    if (!verbs_only && (t[1].flags & (WT_TOK_WORD | WT_TOK_CAP | WT_TOK_ALLCAPS)) == WT_TOK_WORD)
        for (p = t->end - 3; p >= from + 3; p--)
            if (doc_cap_word(st, from, p))
                return p;
    return 0;
}

/* The last token of the capitalised run that token i opens (up to four
 * more words, spaced, capitalised, no acronym): a glued link ends there or
 * before. */
static size_t link_end(const wt_tokens *src, size_t i)
{
    size_t j = i;
    while (j + 1 < src->n && j + 1 - i < 5 &&
           (src->t[j + 1].flags & (WT_TOK_WORD | WT_TOK_CAP | WT_TOK_ALLCAPS |
                                   WT_TOK_SPACE_BEFORE)) ==
               (WT_TOK_WORD | WT_TOK_CAP | WT_TOK_SPACE_BEFORE))
        j++;
    return j;
}

/* A split of a glued token: span k, token i; lm: where the word after the
 * glue starts (0: none), with lf the first part's flags (glue_at); rm:
 * where a lower-case word glued after it starts (0: none). */
typedef struct glue_split {
    size_t k, i, lm, rm;
    uint32_t lf;
} glue_split;

/* Adds byte position at to g (a wt_vec of size_t in the scratch arena;
 * the append inline, wt_vec_reserve() to grow: it runs per candidate of
 * every document). */
static inline int glue_pos_add(state *st, wt_vec *g, size_t at)
{
    if (g->len == g->cap &&
        !wt_vec_reserve(&st->scratch, g, sizeof(size_t), g->cap ? 2 * g->cap : 64))
        return WARTA_ENOMEM;
    ((size_t *)g->data)[g->len++] = at;
    return WARTA_OK;
}

/* The byte positions in s[a..b) where a scraper may have glued two words:
 * a capital after a small letter (`ujarJimmy`, `KeuanganPurbaya`, but also
 * `iPhone`), a capital between a capital and a small letter (`ESDMBahlil`,
 * `DKPPitu`), or `mem`/`men` after a small letter (`Zuckerbergmenggugat`,
 * but also `sementara`). Sixteen bytes a round with SSE2 (the position of
 * the second byte of each pattern). */
static int glue_scan(state *st, size_t a, size_t b, wt_vec *g)
{
    const unsigned char *u = (const unsigned char *)st->s;
    size_t i = a;
#if defined(__SSE2__)
    const __m128i lo_k = _mm_set1_epi8((char)(0x80 - 'a')),
                  up_k = _mm_set1_epi8((char)(0x80 - 'A')),
                  lim = _mm_set1_epi8((char)(-128 + 26)), cm = _mm_set1_epi8('m'),
                  ce = _mm_set1_epi8('e'), cn = _mm_set1_epi8('n');
    for (; i + 19 <= b; i += 16) {
        __m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)(u + i)),
                x1 = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 1)),
                x2 = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 2)),
                x3 = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 3));
        __m128i lo0 = _mm_cmplt_epi8(_mm_add_epi8(x0, lo_k), lim),
                up0 = _mm_cmplt_epi8(_mm_add_epi8(x0, up_k), lim),
                up1 = _mm_cmplt_epi8(_mm_add_epi8(x1, up_k), lim),
                lo2 = _mm_cmplt_epi8(_mm_add_epi8(x2, lo_k), lim);
        __m128i me = _mm_and_si128(
            _mm_and_si128(lo0, _mm_cmpeq_epi8(x1, cm)),
            _mm_and_si128(_mm_cmpeq_epi8(x2, ce),
                          _mm_or_si128(_mm_cmpeq_epi8(x3, cm), _mm_cmpeq_epi8(x3, cn))));
        unsigned mask = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(me, _mm_and_si128(up1, _mm_or_si128(lo0, _mm_and_si128(up0, lo2)))));
        while (mask) {
            if (glue_pos_add(st, g, i + 1 + (size_t)__builtin_ctz(mask)) != WARTA_OK)
                return WARTA_ENOMEM;
            mask &= mask - 1;
        }
    }
#endif
    for (; i + 1 < b; i++)
        if ((up_ascii(u[i + 1]) &&
             (lo_ascii(u[i]) || (up_ascii(u[i]) && i + 2 < b && lo_ascii(u[i + 2])))) ||
            (i + 3 < b && lo_ascii(u[i]) && u[i + 1] == 'm' && u[i + 2] == 'e' &&
             (u[i + 3] == 'm' || u[i + 3] == 'n')))
            if (glue_pos_add(st, g, i + 1) != WARTA_OK)
                return WARTA_ENOMEM;
    return WARTA_OK;
}

/* The token of span src holding byte at strictly after its start, or
 * src->n. */
static size_t token_at(const wt_tokens *src, size_t at)
{
    size_t lo = 0, hi = src->n;
    while (lo < hi) { /* the first token ending after at */
        size_t mid = lo + (hi - lo) / 2;
        if (src->t[mid].end <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < src->n && src->t[lo].start < at ? lo : src->n;
}

/* The splits of token i of span k (a candidate of glue_scan()) and, after
 * a glued link's start, of the words up to its end, added to sp (a wt_vec
 * of glue_split); *after: the token after the last one looked at. */
static int glue_token(state *st, const wt_tokens *src, size_t k, size_t i, wt_vec *sp,
                      size_t *after)
{
    const wt_token *t = &src->t[i];
    size_t lm = 0, rm = 0, link = SIZE_MAX, j;
    uint32_t lf = 0;
    *after = i + 1;
    if (t->end - t->start >= 5 && (t->flags & WT_TOK_WORD)) {
        size_t m = glue_at(st, t, &lf);
        if (m && glue_ok(st, t, &m, &lf)) {
            lm = m;
            if (!(lf & GLUE_ACR_LOWER))
                link = link_end(src, i); /* a link's start: its end too? */
        }
    }
    if (!lm && t->end - t->start >= 10 &&
        (t->flags & (WT_TOK_WORD | WT_TOK_CAP | WT_TOK_ALLCAPS | WT_TOK_MIXED | WT_TOK_HYPHEN |
                     WT_TOK_APOS)) == (WT_TOK_WORD | WT_TOK_CAP))
        rm = right_glue(st, t, t->start, 1); /* `Zuckerbergmenggugat` */
    for (j = i; j < src->n; j++) {
        if (j > i) {
            if (link == SIZE_MAX || j > link)
                break;
            lm = 0;
            lf = 0;
            rm = 0;
        }
        if (link != SIZE_MAX && j <= link && !rm) {
            rm = right_glue(st, &src->t[j], lm ? lm : src->t[j].start, 0);
            if (rm)
                link = SIZE_MAX; /* the link ends here */
        }
        if (lm || rm) {
            glue_split *g = wt_vec_push(&st->scratch, sp, sizeof *g);
            if (!g)
                return WARTA_ENOMEM;
            g->k = k;
            g->i = j;
            g->lm = lm;
            g->rm = rm;
            g->lf = lf;
        }
        *after = j + 1;
    }
    return WARTA_OK;
}

/* Span src's tokens with its splits g[0..ng) written into d. */
static size_t glue_write(const state *st, const wt_tokens *src, const glue_split *g, size_t ng,
                         wt_token *d)
{
    size_t i, o = 0, q = 0;
    for (i = 0; i < src->n; i++) {
        const wt_token *t = &src->t[i];
        size_t a = t->start, lm, rm;
        uint32_t lf, sp = t->flags & (WT_TOK_SPACE_BEFORE | WT_TOK_NEWLINE_BEFORE);
        if (q >= ng || g[q].i != i) {
            d[o++] = *t;
            continue;
        }
        lm = g[q].lm;
        rm = g[q].rm;
        lf = g[q].lf;
        q++;
        if (lm) {
            d[o].start = a;
            d[o].end = lm;
            d[o].flags = sp | (lf & ~(GLUE_ACR_LOWER | GLUE_TAIL_ACR));
            d[o].fold_hash = wt_fold_hash(st->s + a, lm - a);
            o++;
            a = lm;
            sp = 0;
        }
        d[o].start = a;
        d[o].end = rm ? rm : t->end;
        d[o].flags = sp | ((lf & GLUE_ACR_LOWER)  ? WT_TOK_WORD
                           : (lf & GLUE_TAIL_ACR) ? WT_TOK_WORD | WT_TOK_CAP | WT_TOK_ALLCAPS
                                                  : WT_TOK_WORD | WT_TOK_CAP);
        d[o].fold_hash = wt_fold_hash(st->s + a, d[o].end - a);
        o++;
        if (rm) {
            d[o].start = rm;
            d[o].end = t->end;
            d[o].flags = WT_TOK_WORD;
            d[o].fold_hash = wt_fold_hash(st->s + rm, t->end - rm);
            o++;
        }
    }
    d[o].start = d[o].end = 0; /* the sentinel */
    d[o].flags = 0;
    d[o].fold_hash = 0;
    return o;
}

static int size_cmp(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return (a > b) - (a < b);
}

/* The spans' tokens with the glued words split, in *out (the scratch
 * arena); *changed is 0 when none was, and *out is then toks. One scan of
 * the spans' bytes (glue_scan()); only the tokens it marks are tried. */
static int unglue(state *st, const wt_tokens *toks, size_t n, const wt_tokens **out,
                  int *changed)
{
    wt_vec g = {NULL, 0, 0}, spv = {NULL, 0, 0};
    const size_t *pos;
    const glue_split *sp;
    size_t k, c, nsp, q;
    wt_tokens *nt;
    *out = toks;
    *changed = 0;
    st->gtoks = toks;
    st->gn = n;
    st->capset = NULL;
    {
        /* the spans ascend (a body's paragraphs): one scan from the first
         * to the end of the last, the bytes between them too (few) */
        size_t lo = SIZE_MAX, hi = 0, prev = 0;
        int sorted = 1;
        for (k = 0; k < n; k++) {
            if (!toks[k].n)
                continue;
            if (toks[k].t[0].start < prev)
                sorted = 0;
            prev = toks[k].t[toks[k].n - 1].end;
            if (lo == SIZE_MAX)
                lo = toks[k].t[0].start;
            hi = prev;
        }
        if (lo == SIZE_MAX)
            return WARTA_OK;
        for (k = 0; k < n && !sorted; k++)
            if (toks[k].n && glue_scan(st, toks[k].t[0].start, toks[k].t[toks[k].n - 1].end,
                                       &g) != WARTA_OK)
                return WARTA_ENOMEM;
        if (sorted && glue_scan(st, lo, hi, &g) != WARTA_OK)
            return WARTA_ENOMEM;
    }
    if (!g.len)
        return WARTA_OK;
    pos = g.data;
    /* the candidates in span order (spans and positions both ascend) */
    for (k = 0, c = 0; k < n && c < g.len; k++) {
        const wt_tokens *src = &toks[k];
        size_t next = 0;
        if (!src->n)
            continue;
        while (c < g.len && pos[c] < src->t[src->n - 1].end) {
            size_t i = token_at(src, pos[c++]), after;
            if (i >= src->n || i < next)
                continue;
            if (glue_token(st, src, k, i, &spv, &after) != WARTA_OK)
                return WARTA_ENOMEM;
            next = after;
        }
    }
    sp = spv.data;
    nsp = spv.len;
    if (!nsp)
        return WARTA_OK;
    nt = wt_arena_alloc_raw(&st->scratch, n * sizeof *nt);
    st->split = wt_arena_alloc_raw(&st->scratch, 2 * nsp * sizeof *st->split);
    if (!nt || !st->split)
        return WARTA_ENOMEM;
    st->nsplit = 0;
    for (q = 0; q < nsp; q++) {
        if (sp[q].lm)
            st->split[st->nsplit++] = sp[q].lm;
        if (sp[q].rm)
            st->split[st->nsplit++] = sp[q].rm;
    }
    qsort(st->split, st->nsplit, sizeof *st->split, size_cmp); /* spans out of order */
    for (k = 0, q = 0; k < n; k++) {
        size_t q0 = q, extra = 0;
        wt_token *d;
        for (; q < nsp && sp[q].k == k; q++)
            extra += (size_t)(sp[q].lm != 0) + (size_t)(sp[q].rm != 0);
        if (q == q0) {
            nt[k] = toks[k];
            continue;
        }
        d = wt_arena_alloc_raw(&st->scratch, (toks[k].n + extra + 1) * sizeof *d);
        if (!d)
            return WARTA_ENOMEM;
        nt[k].t = d;
        nt[k].n = glue_write(st, &toks[k], sp + q0, q - q0, d);
    }
    *out = nt;
    *changed = 1;
    return WARTA_OK;
}

static int entities_run(state *st, const wt_tokens *toks, size_t n)
{
    size_t k, *wc;
    uint32_t *steps = NULL;
    uint8_t *tc = NULL; /* per span: title case (guess_names()) */
    /* the guesser reads the body only, where the time expressions are */
    int guess = (st->p->guess_names || st->p->names_trace) && st->out == &st->p->art->entities;
    if (n > SIZE_MAX / (4 * sizeof *wc))
        return WARTA_ENOMEM;
    wc = wt_arena_alloc_raw(&st->scratch, 4 * n * sizeof *wc); /* build_doc() fills it */
    if (!wc || build_doc(st, toks, n, wc, &steps) != WARTA_OK)
        return WARTA_ENOMEM;
    {
        /* words glued by the scraper, split by what the document writes in
         * lower case (build_doc's set): then the document again */
        int changed, rc = unglue(st, toks, n, &toks, &changed);
        if (rc != WARTA_OK)
            return rc;
        if (changed && build_doc(st, toks, n, wc, &steps) != WARTA_OK)
            return WARTA_ENOMEM;
    }
    if (guess && !(tc = wt_arena_alloc(&st->scratch, n)))
        return WARTA_ENOMEM;
    for (k = 0; k < n; k++) {
        size_t pos = 0, c, words = wc[4 * k], caps = wc[4 * k + 1];
        st->t = toks[k].t;
        st->n = toks[k].n;
        st->memo->len = 0;
        memset(st->cls, 0, st->n * sizeof *st->cls);
        memset(st->memo->at, 0, st->n * sizeof *st->memo->at);
        memset(st->memo->name_end, 0, st->n * sizeof *st->memo->name_end);
        memset(st->memo->unname, 0, st->n * sizeof *st->memo->unname);
        st->last_person_end = 0;
        st->last_place_end = 0;
        st->last_place_loc = 0;
        st->last_paren = wc[4 * k + 2];
        {
            /* title case (`Mantan Pelatih Sebut Timo Werner Cocok untuk
             * Liverpool`): most words capitalised (words and caps counted
             * after the first token: a sentence starts with a capital
             * anyway) and no lower-case word but short function words */
            size_t q;
            int content = 0;
            for (q = 0; q < st->n && words >= 4 && caps * 10 >= words * 6 && !content; q++) {
                if (!(st->t[q].flags & WT_TOK_WORD) || (st->t[q].flags & WT_TOK_MIXED))
                    continue;
                if (!(st->t[q].flags & (WT_TOK_CAP | WT_TOK_ALLCAPS)) &&
                    ((tk_len(&st->t[q]) > 3 && !tk_has(st, q, W_FUNC_LOWER)) ||
                     tk_has(st, q, W_SPEECH_VERBS)))
                    content = 1;
            }
            st->titlecase = words >= 4 && caps * 10 >= words * 6 && !content;
            if (tc)
                tc[k] = (uint8_t)st->titlecase;
        }
        /* the span's tokens in build_doc()'s step list: punctuation,
         * numbers, and lower-case words that start no key and no rule are
         * not in it (step() returns at once for them); a token a rule
         * consumed (before pos) is skipped */
        for (c = k ? wc[4 * k - 1] : 0; c < wc[4 * k + 3]; c++) {
            size_t i = steps[c], next;
            int rc;
            if (i < pos)
                continue;
            rc = step(st, i, &next);
            if (rc != WARTA_OK)
                return rc;
            pos = next > i ? next : i + 1;
        }
    }
    return guess ? guess_names(st, toks, n, tc) : WARTA_OK;
}
