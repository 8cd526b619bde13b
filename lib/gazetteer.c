/* gazetteer: compiled-in tables (generated from the TSV files in lib/data),
 * ICU's CLDR country names for `id`, and user entries, in one token trie.
 *
 * Every key (a name, an alias, an acronym) is tokenised with wt_tokenize, so
 * it is cut exactly like the text it will be matched against. A trie node is
 * identified by (parent node, fold hash of the token) and found through one
 * open-addressing table; each node lists the keys that end there. A match
 * walks the text's tokens from i, and at each node that ends keys it checks
 * the folded text of the tokens (ruling out hash collisions) and each key's
 * case rule. Entries and strings live in one arena owned by the gazetteer,
 * the node and slot arrays come from its allocator; nothing changes after
 * wt_gz_new, so one gazetteer serves any number of threads. */
#include "gazetteer.h"

#include <stdint.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "model.h"
#include "text.h"

#define GZ_NONE UINT32_MAX
/* Longest folded key, and longest text span a match compares. */
#define GZ_MAX_KEY 512
/* Longest name wt_gz_lookup accepts. */
#define GZ_MAX_LOOKUP 256
/* Scratch for tokenising one key or looked-up name: one arena block of
 * 16 KiB (token.c's vector of up to 256 tokens fits) plus its header. */
#define GZ_STACK (17 * 1024)

typedef struct gz_key {
    const wt_gz_entry *e;
    uint32_t off;  /* in kpool: the folded tokens joined by one space, then
                      (EXACT_CASE) the tokens as listed joined by one space */
    uint32_t next; /* next key ending at the same node */
    uint16_t fold_len, exact_len; /* exact_len 0: not EXACT_CASE */
    int flags;
} gz_key;

typedef struct gz_node {
    uint32_t parent, hash;
    uint32_t first, last; /* keys ending here (built: `last` is a filter) */
} gz_node;

/* Once built, the trie's nodes live in their own open-addressing table
 * (tnodes): a node is the slot (parent, hash) lands in, so a step reads
 * one 16-byte slot rather than a slot then a node elsewhere. The root is
 * GZ_ROOT; an empty slot has parent GZ_NONE. A built node's `last` holds
 * instead a 32-bit filter of its children's hashes (kid_bit): most steps
 * past a key's first token find no child, and the filter, in the node
 * just read, says so without probing the table. */
#define GZ_ROOT (UINT32_MAX - 1)

/* Once built, the keys are copied node by node into ckeys: the keys ending
 * at a node are consecutive (`more` says another follows), and one 32-byte
 * record, aligned to its cache line, holds what a match compares: the
 * folded text's first GZK_INLINE bytes (the whole of most keys), its
 * length, the case flags and the entry. The full folded text, then the
 * text as listed (EXACT_CASE keys), are at `off` in the pool kpool. */
#define GZK_INLINE 14
typedef struct gz_ckey {
    const wt_gz_entry *e;
    uint32_t off;
    uint16_t fold_len, exact_len;
    uint8_t flags; /* WT_GZF_* */
    uint8_t more;  /* 1: the node's next key is the next record */
    char fold[GZK_INLINE];
} gz_ckey;
_Static_assert(sizeof(gz_ckey) == 32, "a key record is half a cache line");

/* A key waiting to be inserted. */
typedef struct gz_pending {
    const char *key;
    const wt_gz_entry *e;
    uint32_t len;
    int16_t flags;
    uint8_t weak; /* CLDR name: dropped when an alias already gives that name */
} gz_pending;

/* The keys waiting (CLDR names and user lines; the compiled-in rows go
 * in at once): one array from the allocator, sized up front. */
typedef struct gz_pend {
    gz_pending *p;
    size_t len, cap;
} gz_pend;

/* The word-class table: open addressing over fold hashes, one 16-byte
 * slot per distinct hash (hash never 0: 0 marks an empty slot). A slot
 * holds all a probe needs in one cache line: whether keys start with a
 * token of that hash (GZW_START), and the list word of that hash (nearly
 * every hash has at most one): its length, its text A-Z lowered, and its
 * classes as an index into a small table of the distinct class sets (a
 * few dozen). A word longer than GZW_HEAD bytes keeps its first 4 bytes in
 * the slot and the offset of its full text in the small pool wpool. Other
 * words of the same hash, and words whose class set got no index, are in
 * the short list `more` (GZW_MORE), read only for their slot.
 *
 * In front of the table, a blocked Bloom filter of GZW_FILTER_WORDS 64-bit
 * words (16 KiB, small enough to stay in a near cache): two bits of one
 * word per hash in the table. Most tokens probed are in no list and start
 * no key (every other capitalised word); the filter turns nearly all of
 * them away without touching the table. */
#define GZW_HEAD 8
#define GZW_START 1u
#define GZW_MORE 2u
#define GZW_GIVEN 4u /* the given names' table holds this hash too */
#define GZW_NCLS 256
#define GZW_FILTER_WORDS (1u << WT_GZ_FILTER_BITS)

typedef struct gz_wslot {
    uint32_t hash;
    uint8_t len;   /* the slot's list word's length; 0: none */
    uint8_t flags; /* GZW_START, GZW_MORE */
    uint8_t cls;   /* its classes: wcls[cls] */
    uint8_t pad;
    char head[GZW_HEAD]; /* its text, A-Z lowered, zero-padded; longer
                            than GZW_HEAD: the first 4 bytes, then the
                            offset (uint32_t) of its text in wpool */
} gz_wslot;
_Static_assert(sizeof(gz_wslot) == 16, "wt_gz_word_prefetch() assumes 16-byte slots");

typedef struct gz_wmore {
    uint32_t hash;
    size_t len;
    uint64_t bits;
    const char *w; /* A-Z lowered, in wpool */
} gz_wmore;

struct wt_gazetteer {
    wt_gz_head head; /* first: gazetteer.h's inline prefetch reads it */
    wt_alloc al;
    wt_arena ar;
    gz_key *keys; /* while building (from the allocator); then ckeys */
    size_t nkeys, capkeys;
    gz_ckey *ckeys;  /* nkeys records, 64-byte aligned in ckeys_mem */
    void *ckeys_mem; /* from the allocator */
    char *kpool;     /* from the allocator; filled while building */
    size_t kpool_used, kpool_cap;
    /* while building: the nodes (grow) and the table of their indices
     * (mask + 1 entries, a power of two); freed once tnodes is made */
    gz_node *nodes;
    size_t nnodes, capnodes;
    uint32_t *slots;
    size_t mask;
    gz_node *tnodes; /* the built trie: tmask + 1 slots, at most 2/3 full */
    size_t tmask;
    const wt_gz_entry *country[26 * 26];
    const char *country_tz[26 * 26]; /* a country's zone when it has one */
    /* word classes (gz_wslot): their filter, wmask + 1 slots at most 2/3
     * full, their class sets wcls[0, nwcls) (wcls[0] = 0), the rare other
     * words more[0, nmore); slots and more[] from the allocator */
    uint64_t wfilter[GZW_FILTER_WORDS];
    gz_wslot *wslots;
    size_t wmask;
    uint64_t wcls[GZW_NCLS];
    size_t nwcls;
    gz_wmore *more;
    size_t nmore, capmore;
    char *wpool; /* list words longer than GZW_HEAD and the words in
                  * more[], lowered, NUL-terminated (one block from the
                  * allocator) */
    size_t wpool_used, wpool_cap;
    /* list words that are not words: single ASCII punctuation bytes (`&`),
     * bit per byte; and whether a list word starts with a digit or a
     * non-ASCII byte. Other tokens of those shapes skip the probe. */
    uint64_t punct_listed[2];
    int odd_listed;
    /* the bits of the lists that are the given names (wt_gz_given_slots;
     * their filter is or-ed into wfilter); 0 when no list is */
    uint64_t given_bits;
    uint64_t hot[1024]; /* wt_gz_hot(): 2^16 bits */
};

/* ---- trie ---- */

static size_t slot_of(uint32_t parent, uint32_t hash)
{
    uint64_t x = ((uint64_t)parent << 32) ^ hash;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

/* While building: the index of the child of parent for hash, GZ_NONE when
 * absent. */
static uint32_t build_child(const wt_gazetteer *gz, uint32_t parent, uint32_t hash)
{
    size_t i = slot_of(parent, hash) & gz->mask;
    for (;;) {
        uint32_t id = gz->slots[i];
        if (id == GZ_NONE)
            return GZ_NONE;
        if (gz->nodes[id].parent == parent && gz->nodes[id].hash == hash)
            return id;
        i = (i + 1) & gz->mask;
    }
}

/* Make room for `want` more nodes: the node array grows to hold them
 * (exactly, when it is empty: wt_gz_new() reserves what the keys will need
 * so nothing grows and refills while building; else by doubling), and the
 * slot table (re)built to stay at most half full. */
static int reserve_nodes(wt_gazetteer *gz, size_t want)
{
    size_t ns, i, need = gz->nnodes + want;
    uint32_t *slots;
    if (want >= GZ_NONE / 4 || need >= GZ_NONE / 4)
        return WARTA_ENOMEM;
    if (need > gz->capnodes) {
        size_t nc = gz->capnodes ? gz->capnodes * 2 : need;
        gz_node *nn;
        while (nc < need)
            nc *= 2;
        if (nc >= GZ_NONE / 4)
            return WARTA_ENOMEM;
        nn = wt_realloc(&gz->al, gz->nodes, gz->capnodes * sizeof *nn, nc * sizeof *nn);
        if (!nn)
            return WARTA_ENOMEM;
        gz->nodes = nn;
        gz->capnodes = nc;
    }
    if (gz->slots && need * 2 <= gz->mask + 1)
        return WARTA_OK;
    ns = gz->slots ? (gz->mask + 1) * 2 : 2048;
    while (ns < 2 * need)
        ns *= 2;
    slots = wt_malloc(&gz->al, ns * sizeof *slots);
    if (!slots)
        return WARTA_ENOMEM;
    memset(slots, 0xff, ns * sizeof *slots);
    for (i = 1; i < gz->nnodes; i++) { /* the root has no slot */
        size_t k = slot_of(gz->nodes[i].parent, gz->nodes[i].hash) & (ns - 1);
        while (slots[k] != GZ_NONE)
            k = (k + 1) & (ns - 1);
        slots[k] = (uint32_t)i;
    }
    wt_free(&gz->al, gz->slots);
    gz->slots = slots;
    gz->mask = ns - 1;
    return WARTA_OK;
}

/* The child of parent for token hash `hash`, created when missing. */
static int add_child(wt_gazetteer *gz, uint32_t parent, uint32_t hash, uint32_t *child)
{
    size_t i;
    uint32_t id = build_child(gz, parent, hash);
    if (id != GZ_NONE) {
        *child = id;
        return WARTA_OK;
    }
    if (reserve_nodes(gz, 1) != WARTA_OK)
        return WARTA_ENOMEM;
    i = slot_of(parent, hash) & gz->mask;
    while (gz->slots[i] != GZ_NONE)
        i = (i + 1) & gz->mask;
    id = (uint32_t)gz->nnodes++;
    gz->nodes[id].parent = parent;
    gz->nodes[id].hash = hash;
    gz->nodes[id].first = gz->nodes[id].last = GZ_NONE;
    gz->slots[i] = id;
    *child = id;
    return WARTA_OK;
}

static uint32_t tok_hash(const char *s, const wt_token *t)
{
    /* punctuation tokens carry no hash; give them one from their text */
    return t->fold_hash ? t->fold_hash : wt_fold_hash(s + t->start, t->end - t->start);
}

/* Append the folded text (fold) or the raw text of token t to buf[*pos..cap),
 * preceded by a space unless first. 0 when it does not fit. */
static int append_tok(const char *s, const wt_token *t, int fold, char *buf, size_t cap,
                      size_t *pos)
{
    size_t len = t->end - t->start, m;
    if (*pos) {
        if (*pos + 1 >= cap)
            return 0;
        buf[(*pos)++] = ' ';
    }
    if (fold) {
        /* ASCII (nearly every token): lowered in one pass, the bytes
         * wt_casefold() gives; else through it */
        const char *p = s + t->start;
        char *o = buf + *pos;
        size_t i;
        for (i = 0; i < len && i < cap - *pos; i++) {
            unsigned char c = (unsigned char)p[i];
            if (c >= 0x80)
                break;
            o[i] = (char)(c | ((unsigned)(c - 'A') < 26u) << 5);
        }
        if (i == len) {
            m = len;
        } else {
            m = wt_casefold(p, len, o, cap - *pos);
            if (m == (size_t)-1)
                return 0;
        }
    } else {
        if (len > cap - *pos)
            return 0;
        memcpy(buf + *pos, s + t->start, len);
        m = len;
    }
    *pos += m;
    return 1;
}

static int starts_lower(const char *s, const wt_token *t)
{
    size_t i = t->start;
    return wt_is_lower(wt_utf8_next(s, t->end, &i));
}

/* ---- building ---- */

static int is_upper_acronym(const char *s, size_t n)
{
    size_t i;
    int upper = 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z')
            return 0;
        if (c >= 0x80)
            return 0;
        if (c >= 'A' && c <= 'Z')
            upper = 1;
    }
    return upper;
}

/* 1 when s starts with a lower-case letter (a name such as `eSwatini` or
 * `detikcom` cannot need a capital). */
static int lower_first(const char *s, size_t n)
{
    size_t i = 0;
    return n > 0 && wt_is_lower(wt_utf8_next(s, n, &i));
}

static int push_pending(wt_gazetteer *gz, gz_pend *pend, const char *key, size_t len,
                        const wt_gz_entry *e, int flags, int weak)
{
    gz_pending *p;
    if (len > UINT32_MAX)
        return WARTA_OK; /* too long to ever match */
    if (pend->len == pend->cap) {
        size_t nc = pend->cap ? pend->cap * 2 : 64;
        gz_pending *np = wt_realloc(&gz->al, pend->p, pend->cap * sizeof *np, nc * sizeof *np);
        if (!np)
            return WARTA_ENOMEM;
        pend->p = np;
        pend->cap = nc;
    }
    p = &pend->p[pend->len++];
    p->key = key;
    p->len = (uint32_t)len;
    p->e = e;
    p->flags = (int16_t)flags;
    p->weak = (uint8_t)weak;
    return WARTA_OK;
}

static int code_index(const char *iso2)
{
    if (!iso2 || iso2[0] < 'A' || iso2[0] > 'Z' || iso2[1] < 'A' || iso2[1] > 'Z' || iso2[2])
        return -1;
    return (iso2[0] - 'A') * 26 + (iso2[1] - 'A');
}

/* Codes ICU lists that are not ISO 3166-1 countries (CLDR exceptional
 * reservations and deprecated codes). */
static int skip_code(const char *c)
{
    static const char *const skip[] = {"AN", "BU", "CS", "DD", "DG", "EA", "FX", "IC", "NT",
                                       "QO", "SU", "TA", "TP", "YD", "YU", "ZR", "ZZ", "EU",
                                       "EZ", "UN", NULL};
    size_t i;
    for (i = 0; skip[i]; i++)
        if (strcmp(c, skip[i]) == 0)
            return 1;
    return 0;
}

/* Country entries from ICU's CLDR data: one per current ISO code, named in
 * Indonesian, with its alpha-3. Names with a parenthesised or "DAK" tail
 * (`Myanmar (Burma)`, `Hong Kong DAK Tiongkok`) also get the head as key. */
static int add_cldr(wt_gazetteer *gz, gz_pend *pend)
{
    const char *const *codes = uloc_getISOCountries();
    size_t i;
    if (!codes)
        return WARTA_EICU;
    for (i = 0; codes[i]; i++) {
        char loc[16], name[256];
        UChar buf[128];
        UErrorCode st = U_ZERO_ERROR;
        int32_t n, m = 0;
        const char *iso3;
        wt_gz_entry *e;
        int idx = code_index(codes[i]);
        size_t cut;
        if (idx < 0 || skip_code(codes[i]))
            continue;
        loc[0] = 'u';
        loc[1] = 'n';
        loc[2] = 'd';
        loc[3] = '_';
        memcpy(loc + 4, codes[i], 3);
        n = uloc_getDisplayCountry(loc, "id", buf, (int32_t)(sizeof buf / sizeof buf[0]), &st);
        if (U_FAILURE(st) || n <= 0)
            continue;
        u_strToUTF8(name, (int32_t)sizeof name, &m, buf, n, &st);
        if (U_FAILURE(st) || m <= 0 || (size_t)m >= sizeof name)
            continue;
        if (strcmp(name, codes[i]) == 0)
            continue; /* no Indonesian name */
        iso3 = uloc_getISO3Country(loc);
        e = wt_arena_alloc(&gz->ar, sizeof *e);
        if (!e)
            return WARTA_ENOMEM;
        e->kind = WT_GZ_COUNTRY;
        e->flags = lower_first(name, (size_t)m) ? 0 : WT_GZF_NEEDS_CAP; /* eSwatini */
        e->name = wt_arena_strndup(&gz->ar, name, (size_t)m);
        e->iso2 = wt_arena_strndup(&gz->ar, codes[i], 2);
        e->iso3 = iso3 && strlen(iso3) == 3 ? wt_arena_strndup(&gz->ar, iso3, 3) : NULL;
        if (!e->name || !e->iso2 || (iso3 && strlen(iso3) == 3 && !e->iso3))
            return WARTA_ENOMEM;
        e->tz = gz->country_tz[idx];
        gz->country[idx] = e;
        if (push_pending(gz, pend, e->name, (size_t)m, e, e->flags, 1) != WARTA_OK)
            return WARTA_ENOMEM;
        for (cut = 1; cut + 1 < (size_t)m; cut++) {
            if ((name[cut] == ' ' && name[cut + 1] == '(') ||
                (cut + 5 <= (size_t)m && memcmp(name + cut, " DAK ", 5) == 0)) {
                if (push_pending(gz, pend, e->name, cut, e, e->flags, 1) != WARTA_OK)
                    return WARTA_ENOMEM;
                break;
            }
        }
    }
    return WARTA_OK;
}

/* A country entry for an alias (compiled-in or user): named as the alias
 * says (`China`, `Amerika Serikat` for `AS`), with the alpha-3 from CLDR. */
static wt_gz_entry *country_copy(wt_gazetteer *gz, const wt_gz_entry *src)
{
    wt_gz_entry *e = wt_arena_alloc(&gz->ar, sizeof *e);
    int idx = code_index(src->iso2);
    if (!e)
        return NULL;
    *e = *src;
    if (idx >= 0 && !e->tz)
        e->tz = gz->country_tz[idx];
    if (idx >= 0 && gz->country[idx]) {
        if (!e->iso3)
            e->iso3 = gz->country[idx]->iso3;
    } else if (idx >= 0) {
        gz->country[idx] = e;
    }
    return e;
}

static int insert_pending(wt_gazetteer *gz, const gz_pending *p);

/* The compiled-in rows, inserted at once (they come first of the keys
 * that are not CLDR names, as if pending). */
static int add_builtin(wt_gazetteer *gz)
{
    size_t i;
    for (i = 0; i < wt_gz_nrows; i++) {
        const wt_gz_row *r = &wt_gz_rows[i];
        gz_pending p;
        int rc;
        if (!r->key)
            continue;
        p.e = &r->e;
        if (p.e->kind == WT_GZ_COUNTRY) {
            p.e = country_copy(gz, p.e);
            if (!p.e)
                return WARTA_ENOMEM;
        }
        p.key = r->key;
        p.len = (uint32_t)strlen(r->key);
        p.flags = (int16_t)p.e->flags;
        p.weak = 0;
        rc = insert_pending(gz, &p);
        if (rc != WARTA_OK)
            return rc;
    }
    return WARTA_OK;
}

/* ---- user data ---- */

typedef struct kind_name {
    const char *name;
    int kind;
} kind_name;

static const kind_name user_kinds[] = {
    {"country", WT_GZ_COUNTRY}, {"place", WT_GZ_PLACE},         {"org", WT_GZ_ORG},
    {"organisation", WT_GZ_ORG}, {"organization", WT_GZ_ORG},  {"title", WT_GZ_TITLE},
    {"rank", WT_GZ_RANK},       {"honorific", WT_GZ_HONORIFIC}, {"person", WT_GZ_PERSON},
    {"agency", WT_GZ_AGENCY},   {NULL, 0}};

static int eq_ci(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && wt_prefix_ci(s, n, w);
}

static int valid_iso2(const char *v, size_t n)
{
    return n == 2 && v[0] >= 'A' && v[0] <= 'Z' && v[1] >= 'A' && v[1] <= 'Z';
}

static int valid_province(const char *v, size_t n)
{
    return n == 5 && memcmp(v, "ID-", 3) == 0 && v[3] >= 'A' && v[3] <= 'Z' && v[4] >= 'A' &&
           v[4] <= 'Z';
}

static int valid_tz(const char *v, size_t n)
{
    size_t i;
    int slash = 0;
    for (i = 0; i < n; i++) {
        char c = v[i];
        if (c == '/')
            slash = 1;
        else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   c == '_' || c == '-' || c == '+'))
            return 0;
    }
    return slash;
}

/* One line of user data (without its line break). Returns WARTA_OK,
 * WARTA_ENOMEM, or WARTA_EDATA with *why set. */
static int user_line(wt_gazetteer *gz, gz_pend *pend, const char *s, size_t n, const char **why)
{
    const char *f[16];
    size_t fl[16], nf = 0, i, start = 0;
    wt_gz_entry *e;
    const char *acr = NULL;
    size_t acr_len = 0;
    int kind = 0, flags = -1;
    size_t bad;
    if (wt_text_validate(s, n, &bad) != WARTA_OK) {
        *why = "not valid UTF-8";
        return WARTA_EDATA;
    }
    for (i = 0; i <= n; i++) {
        if (i == n || s[i] == '\t') {
            if (nf == 16) {
                *why = "too many fields";
                return WARTA_EDATA;
            }
            f[nf] = s + start;
            fl[nf++] = i - start;
            start = i + 1;
        }
    }
    if (nf < 2) {
        *why = "expected kind<TAB>name";
        return WARTA_EDATA;
    }
    for (i = 0; user_kinds[i].name; i++)
        if (eq_ci(f[0], fl[0], user_kinds[i].name))
            kind = user_kinds[i].kind;
    if (!kind) {
        *why = "unknown kind";
        return WARTA_EDATA;
    }
    {
        size_t a = 0, b = fl[1];
        wt_trim(f[1], &a, &b);
        if (a == b || a != 0 || b != fl[1]) {
            *why = a == b ? "empty name" : "white space around the name";
            return WARTA_EDATA;
        }
        if (fl[1] > GZ_MAX_LOOKUP) {
            *why = "name too long";
            return WARTA_EDATA;
        }
    }
    e = wt_arena_alloc(&gz->ar, sizeof *e);
    if (!e)
        return WARTA_ENOMEM;
    e->kind = kind;
    e->name = wt_arena_strndup(&gz->ar, f[1], fl[1]);
    if (!e->name)
        return WARTA_ENOMEM;
    for (i = 2; i < nf; i++) {
        const char *eqp = memchr(f[i], '=', fl[i]);
        size_t kl, vl;
        const char *v;
        const char **dst = NULL;
        char *copy;
        if (!eqp) {
            *why = "a field is not key=value";
            return WARTA_EDATA;
        }
        kl = (size_t)(eqp - f[i]);
        v = eqp + 1;
        vl = fl[i] - kl - 1;
        if (vl == 0) {
            *why = "empty value";
            return WARTA_EDATA;
        }
        if (eq_ci(f[i], kl, "flags")) {
            if (vl == 1 && v[0] == 'E')
                flags = WT_GZF_EXACT_CASE;
            else if (vl == 1 && v[0] == 'C')
                flags = WT_GZF_NEEDS_CAP;
            else if (vl == 1 && v[0] == '-')
                flags = 0;
            else {
                *why = "flags must be E, C or -";
                return WARTA_EDATA;
            }
            continue;
        }
        if (eq_ci(f[i], kl, "iso2")) {
            if (!valid_iso2(v, vl)) {
                *why = "iso2 must be two capital letters";
                return WARTA_EDATA;
            }
            dst = &e->iso2;
        } else if (eq_ci(f[i], kl, "iso3")) {
            if (vl != 3) {
                *why = "iso3 must be three letters";
                return WARTA_EDATA;
            }
            dst = &e->iso3;
        } else if (eq_ci(f[i], kl, "province")) {
            if (!valid_province(v, vl)) {
                *why = "province must be an ISO 3166-2:ID code (ID-XX)";
                return WARTA_EDATA;
            }
            dst = &e->province;
        } else if (eq_ci(f[i], kl, "tz")) {
            if (!valid_tz(v, vl)) {
                *why = "tz must be an IANA zone name (Area/City)";
                return WARTA_EDATA;
            }
            dst = &e->tz;
        } else if (eq_ci(f[i], kl, "acronym")) {
            dst = &e->acronym;
        } else if (eq_ci(f[i], kl, "subkind")) {
            dst = &e->subkind;
        } else if (eq_ci(f[i], kl, "canonical")) {
            dst = &e->name;
        } else {
            *why = "unknown field";
            return WARTA_EDATA;
        }
        copy = wt_arena_strndup(&gz->ar, v, vl);
        if (!copy)
            return WARTA_ENOMEM;
        *dst = copy;
        if (dst == &e->acronym) {
            acr = copy;
            acr_len = vl;
        }
    }
    if (kind == WT_GZ_COUNTRY && !e->iso2) {
        *why = "a country needs iso2=";
        return WARTA_EDATA;
    }
    if (flags < 0) {
        if (is_upper_acronym(f[1], fl[1]))
            flags = WT_GZF_EXACT_CASE;
        else if ((kind == WT_GZ_COUNTRY || kind == WT_GZ_PLACE || kind == WT_GZ_ORG ||
                  kind == WT_GZ_PERSON || kind == WT_GZ_AGENCY) &&
                 !lower_first(f[1], fl[1]))
            flags = WT_GZF_NEEDS_CAP;
        else
            flags = 0;
    }
    e->flags = flags;
    if (kind == WT_GZ_COUNTRY) {
        wt_gz_entry *c = country_copy(gz, e);
        if (!c)
            return WARTA_ENOMEM;
        e = c;
    }
    if (push_pending(gz, pend, f[1], fl[1], e, flags, 0) != WARTA_OK)
        return WARTA_ENOMEM;
    if (acr && (acr_len != fl[1] || memcmp(acr, f[1], acr_len) != 0)) {
        int af = is_upper_acronym(acr, acr_len) ? WT_GZF_EXACT_CASE : WT_GZF_NEEDS_CAP;
        wt_gz_entry *ea = e;
        if (af != e->flags) {
            /* the acronym's own entry carries its own case rule */
            ea = wt_arena_alloc(&gz->ar, sizeof *ea);
            if (!ea)
                return WARTA_ENOMEM;
            *ea = *e;
            ea->flags = af;
        }
        if (push_pending(gz, pend, acr, acr_len, ea, af, 0) != WARTA_OK)
            return WARTA_ENOMEM;
    }
    return WARTA_OK;
}

static int add_user(wt_gazetteer *gz, gz_pend *pend, const char *user, size_t len,
                    warta_error *err)
{
    size_t i = 0;
    long line = 0;
    while (i < len) {
        size_t st = i, end, e2;
        const char *why = NULL;
        int rc;
        const char *nl = memchr(user + i, '\n', len - i);
        end = nl ? (size_t)(nl - user) : len;
        i = nl ? end + 1 : len;
        line++;
        e2 = end;
        if (e2 > st && user[e2 - 1] == '\r')
            e2--;
        {
            size_t a = st, b = e2;
            wt_trim(user, &a, &b);
            if (a == b || user[a] == '#')
                continue;
        }
        rc = user_line(gz, pend, user + st, e2 - st, &why);
        if (rc == WARTA_EDATA)
            return wt_set_error(err, WARTA_EDATA, (int64_t)st, "user gazetteer line %ld: %s",
                                line, why);
        if (rc != WARTA_OK)
            return rc;
    }
    return WARTA_OK;
}

/* ---- insertion ---- */

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* Two entries that say the same thing (a row repeated, or a user line that
 * repeats a compiled-in one). */
static int same_thing(const wt_gz_entry *a, const wt_gz_entry *b)
{
    return a == b ||
           (a->kind == b->kind && a->flags == b->flags && same_str(a->name, b->name) &&
            same_str(a->iso2, b->iso2) && same_str(a->province, b->province) &&
            same_str(a->tz, b->tz) && same_str(a->acronym, b->acronym) &&
            same_str(a->subkind, b->subkind));
}

/* Insert one key, tokenised as t[0..n). WARTA_EDATA when it is too long to
 * ever match (then nothing was added). */
static int insert_key(wt_gazetteer *gz, const gz_pending *p, const wt_token *t, size_t n)
{
    char fold[GZ_MAX_KEY], raw[GZ_MAX_KEY];
    size_t fl = 0, rl = 0, j;
    uint32_t node = 0, k;
    gz_key *key;
    for (j = 0; j < n; j++)
        if (!append_tok(p->key, &t[j], 1, fold, sizeof fold, &fl) ||
            !append_tok(p->key, &t[j], 0, raw, sizeof raw, &rl))
            return WARTA_EDATA;
    for (j = 0; j < n; j++)
        if (add_child(gz, node, tok_hash(p->key, &t[j]), &node) != WARTA_OK)
            return WARTA_ENOMEM;
    /* the same thing under the same key is kept once; a CLDR name gives way
     * to an alias that already names a country */
    for (k = gz->nodes[node].first; k != GZ_NONE; k = gz->keys[k].next) {
        const gz_key *o = &gz->keys[k];
        /* cppcheck-suppress uninitvar ; append_tok() wrote fold[0, fl) */
        if (o->fold_len != fl || memcmp(gz->kpool + o->off, fold, fl) != 0)
            continue;
        if (o->flags == p->flags && same_thing(o->e, p->e))
            return WARTA_OK;
        if (p->weak && o->e->kind == WT_GZ_COUNTRY && p->e->kind == WT_GZ_COUNTRY)
            return WARTA_OK;
    }
    if (!(p->flags & WT_GZF_EXACT_CASE))
        rl = 0;
    if (gz->nkeys == gz->capkeys) {
        size_t nc = gz->capkeys ? gz->capkeys * 2 : 1024;
        gz_key *nk = nc < GZ_NONE / 2 ? wt_realloc(&gz->al, gz->keys, gz->capkeys * sizeof *nk,
                                                   nc * sizeof *nk)
                                      : NULL;
        if (!nk)
            return WARTA_ENOMEM;
        gz->keys = nk;
        gz->capkeys = nc;
    }
    if (gz->kpool_cap - gz->kpool_used < fl + rl) {
        size_t nc = gz->kpool_cap ? gz->kpool_cap * 2 : 4096;
        char *np;
        while (nc - gz->kpool_used < fl + rl)
            nc *= 2;
        np = nc <= UINT32_MAX ? wt_realloc(&gz->al, gz->kpool, gz->kpool_cap, nc) : NULL;
        if (!np)
            return WARTA_ENOMEM;
        gz->kpool = np;
        gz->kpool_cap = nc;
    }
    key = &gz->keys[gz->nkeys];
    key->e = p->e;
    key->flags = p->flags;
    key->next = GZ_NONE;
    key->off = (uint32_t)gz->kpool_used;
    key->fold_len = (uint16_t)fl;
    key->exact_len = (uint16_t)rl;
    memcpy(gz->kpool + gz->kpool_used, fold, fl);
    if (rl)
        memcpy(gz->kpool + gz->kpool_used + fl, raw, rl);
    gz->kpool_used += fl + rl;
    if (gz->nodes[node].last == GZ_NONE)
        gz->nodes[node].first = (uint32_t)gz->nkeys;
    else
        gz->keys[gz->nodes[node].last].next = (uint32_t)gz->nkeys;
    gz->nodes[node].last = (uint32_t)gz->nkeys;
    gz->nkeys++;
    return WARTA_OK;
}

/* A bump allocator over a stack buffer, so a lookup can tokenise its name
 * without touching the heap (an arena's first block fits in it). */
typedef struct gz_stack {
    unsigned char *buf;
    size_t cap, used;
} gz_stack;

static void *stack_malloc(size_t n, void *user)
{
    gz_stack *st = user;
    size_t need = (n + 15) & ~(size_t)15;
    void *p;
    if (need < n || need > st->cap - st->used)
        return NULL;
    p = st->buf + st->used;
    st->used += need;
    return p;
}

static void *stack_realloc(void *p, size_t old_n, size_t new_n, void *user)
{
    (void)p;
    (void)old_n;
    (void)new_n;
    (void)user;
    return NULL;
}

static void stack_free(void *p, void *user)
{
    (void)p;
    (void)user;
}

static void stack_arena(gz_stack *st, unsigned char *buf, size_t cap, wt_alloc *al,
                        wt_arena *ar)
{
    st->buf = buf;
    st->cap = cap;
    st->used = 0;
    al->a.malloc_fn = stack_malloc;
    al->a.realloc_fn = stack_realloc;
    al->a.free_fn = stack_free;
    al->a.user = st;
    wt_arena_init(ar, al);
}

/* Tokenise key p and insert it: its tokens in a stack buffer (a key too
 * long for it could never match anyway, nor a key of no token). */
static int insert_pending(wt_gazetteer *gz, const gz_pending *p)
{
    _Alignas(16) unsigned char buf[GZ_STACK];
    gz_stack st;
    wt_alloc sal;
    wt_arena ar;
    wt_tokens t;
    int rc;
    stack_arena(&st, buf, sizeof buf, &sal, &ar);
    if (wt_tokenize(&ar, p->key, 0, p->len, &t) != WARTA_OK || t.n == 0)
        return WARTA_OK;
    rc = insert_key(gz, p, t.t, t.n);
    return rc == WARTA_EDATA ? WARTA_OK : rc;
}

/* The pending keys (the compiled-in rows are in already): the user's,
 * then the CLDR names (weak), so an alias wins a key they share. */
static int build_trie(wt_gazetteer *gz, const gz_pend *pend)
{
    size_t i;
    int pass, rc;
    for (pass = 0; pass < 2; pass++)
        for (i = 0; i < pend->len; i++)
            if (pend->p[i].weak == pass && (rc = insert_pending(gz, &pend->p[i])) != WARTA_OK)
                return rc;
    return WARTA_OK;
}

/* The bit of a child of token hash `hash` in its parent's filter. */
static uint32_t kid_bit(uint32_t hash)
{
    return UINT32_C(1) << ((hash * UINT64_C(0x9E3779B97F4A7C15)) >> 59);
}

/* The built trie's node for the child of parent (GZ_ROOT: the root) for
 * token hash `hash`, or GZ_NONE. */
static uint32_t find_child(const wt_gazetteer *gz, uint32_t parent, uint32_t hash)
{
    size_t i;
    if (parent != GZ_ROOT && !(gz->tnodes[parent].last & kid_bit(hash)))
        return GZ_NONE;
    i = slot_of(parent, hash) & gz->tmask;
    for (;;) {
        const gz_node *nd = &gz->tnodes[i];
        if (nd->parent == parent && nd->hash == hash)
            return (uint32_t)i;
        if (nd->parent == GZ_NONE)
            return GZ_NONE;
        i = (i + 1) & gz->tmask;
    }
}

/* Move the nodes into tnodes (a child is always made after its parent, so
 * each node's parent has its slot when the node is placed), then free the
 * building arrays. */
static int build_tnodes(wt_gazetteer *gz)
{
    size_t cap = 64, i;
    /* each node's slot in tnodes, in the building slot table (at most half
     * full, so it has room), which is no longer read */
    uint32_t *where = gz->slots;
    while (cap * 2 < gz->nnodes * 3)
        cap *= 2;
    gz->tnodes = wt_malloc(&gz->al, cap * sizeof *gz->tnodes);
    if (!gz->tnodes)
        return WARTA_ENOMEM;
    memset(gz->tnodes, 0xff, cap * sizeof *gz->tnodes);
    gz->tmask = cap - 1;
    where[0] = GZ_ROOT;
    for (i = 1; i < gz->nnodes; i++) {
        const gz_node *nd = &gz->nodes[i];
        uint32_t parent = where[nd->parent];
        size_t k = slot_of(parent, nd->hash) & gz->tmask;
        while (gz->tnodes[k].parent != GZ_NONE)
            k = (k + 1) & gz->tmask;
        gz->tnodes[k] = *nd;
        gz->tnodes[k].parent = parent;
        gz->tnodes[k].last = 0;
        if (parent != GZ_ROOT)
            gz->tnodes[parent].last |= kid_bit(nd->hash);
        where[i] = (uint32_t)k;
    }
    wt_free(&gz->al, gz->nodes);
    wt_free(&gz->al, gz->slots);
    gz->nodes = NULL;
    gz->slots = NULL;
    return WARTA_OK;
}

/* Copy the keys into ckeys and kpool, node by node (in each node's
 * order), then free the building array. */
static int build_ckeys(wt_gazetteer *gz)
{
    size_t i, n = 0;
    uint32_t k;
    unsigned char *mem;
    mem = wt_malloc(&gz->al, (gz->nkeys ? gz->nkeys : 1) * sizeof(gz_ckey) + 64);
    if (!mem)
        return WARTA_ENOMEM;
    gz->ckeys_mem = mem;
    gz->ckeys = (gz_ckey *)(void *)(mem + (64 - (uintptr_t)mem % 64) % 64);
    for (i = 0; i <= gz->tmask; i++) {
        gz_node *nd = &gz->tnodes[i];
        if (nd->parent == GZ_NONE || nd->first == GZ_NONE)
            continue;
        k = nd->first;
        nd->first = (uint32_t)n;
        for (; k != GZ_NONE; k = gz->keys[k].next) {
            const gz_key *o = &gz->keys[k];
            gz_ckey *c = &gz->ckeys[n++];
            memset(c, 0, sizeof *c);
            c->e = o->e;
            c->off = o->off;
            c->fold_len = o->fold_len;
            c->exact_len = o->exact_len;
            c->flags = (uint8_t)o->flags;
            c->more = o->next != GZ_NONE;
            memcpy(c->fold, gz->kpool + o->off,
                   o->fold_len < GZK_INLINE ? o->fold_len : GZK_INLINE);
        }
    }
    wt_free(&gz->al, gz->keys);
    gz->keys = NULL;
    return WARTA_OK;
}

/* 1 when key c's folded text is fold[0, fl). */
static int ckey_fold_is(const wt_gazetteer *gz, const gz_ckey *c, const char *fold, size_t fl)
{
    if (c->fold_len != fl)
        return 0;
    if (fl <= GZK_INLINE)
        return memcmp(c->fold, fold, fl) == 0;
    return memcmp(c->fold, fold, GZK_INLINE) == 0 &&
           memcmp(gz->kpool + c->off + GZK_INLINE, fold + GZK_INLINE, fl - GZK_INLINE) == 0;
}

/* ---- word classes ---- */

static size_t word_slot(uint32_t hash)
{
    return wt_gz_word_slot(hash);
}

static void hot_add(wt_gazetteer *gz, uint32_t hash)
{
    /* the bit wt_gz_hot_test() reads */
    uint32_t b = wt_gz_hot_index(hash);
    gz->hot[b >> 6] |= UINT64_C(1) << (b & 63);
}

const uint64_t *wt_gz_hot_bits(const wt_gazetteer *gz)
{
    return gz ? gz->hot : NULL;
}

/* 1 when the n bytes at p, A-Z lowered, are lw (already lowered): what
 * wt_tok_is() answers for a token of n bytes, without lowering lw. */
static int same_lowered(const char *p, const char *lw, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        c = (unsigned char)(c | ((unsigned)(c - 'A') < 26u) << 5);
        if (c != (unsigned char)lw[i])
            return 0;
    }
    return 1;
}

/* The filter's word for hash h, and the two bits of it h sets. */
static inline size_t filter_word(uint32_t h)
{
    return wt_gz_filter_word(h);
}
static inline uint64_t filter_mask(uint32_t h)
{
    return wt_gz_filter_mask(h);
}
static inline int filter_test(const wt_gazetteer *gz, uint32_t h)
{
    uint64_t m = filter_mask(h);
    return (gz->wfilter[filter_word(h)] & m) == m;
}

/* The offset in wpool of a long slot word's text. */
static inline uint32_t slot_off(const gz_wslot *sl)
{
    uint32_t off;
    memcpy(&off, sl->head + 4, sizeof off);
    return off;
}

/* 1 when the slot's own list word is the n bytes at p (A-Z lowered). */
static inline int slot_word_is(const wt_gazetteer *gz, const gz_wslot *sl, const char *p,
                               size_t n)
{
    if (sl->len != n)
        return 0;
    if (n <= GZW_HEAD)
        return same_lowered(p, sl->head, n);
    return same_lowered(p, sl->head, 4) &&
           same_lowered(p + 4, gz->wpool + slot_off(sl) + 4, n - 4);
}

/* The slot of hash, claimed when empty. */
static size_t word_claim(wt_gazetteer *gz, uint32_t hash)
{
    size_t i = word_slot(hash) & gz->wmask;
    while (gz->wslots[i].hash && gz->wslots[i].hash != hash)
        i = (i + 1) & gz->wmask;
    gz->wslots[i].hash = hash;
    gz->wfilter[filter_word(hash)] |= filter_mask(hash);
    return i;
}

/* word, A-Z lowered, into wpool; its offset. */
static uint32_t pool_add(wt_gazetteer *gz, const char *word, size_t len)
{
    uint32_t off = (uint32_t)gz->wpool_used;
    size_t k;
    for (k = 0; k < len; k++)
        gz->wpool[off + k] = (char)(word[k] >= 'A' && word[k] <= 'Z' ? word[k] + 32 : word[k]);
    gz->wpool[off + len] = '\0';
    gz->wpool_used += len + 1;
    return off;
}

/* The index in wcls[] of class set `set`, added when new; GZW_NCLS when
 * the table is full. */
static size_t class_index(wt_gazetteer *gz, uint64_t set)
{
    size_t c;
    for (c = 0; c < gz->nwcls; c++)
        if (gz->wcls[c] == set)
            return c;
    if (gz->nwcls == GZW_NCLS)
        return GZW_NCLS;
    gz->wcls[gz->nwcls] = set;
    return gz->nwcls++;
}

/* Add bits to list word `word` (of `len` bytes) of fold hash `hash`: the
 * slot's own word when the slot has none yet or it is that word (its
 * class set, an index into wcls[], is the union so far: `cls_bits` is the
 * index of the set {bits}, or GZW_NCLS), else an entry of more[]; bits
 * whose set finds no index in wcls[] go to more[] too (a probe adds the
 * slot's class and its more[] entries). The pool and more[] are sized in
 * build_words: at most one more[] entry per word added. */
static void word_add(wt_gazetteer *gz, uint32_t hash, const char *word, size_t len,
                     uint64_t bits, size_t cls_bits)
{
    size_t i = word_claim(gz, hash), k;
    gz_wslot *sl = &gz->wslots[i];
    gz_wmore *m;
    if (sl->len == 0 && len <= UINT8_MAX && cls_bits < GZW_NCLS) {
        sl->len = (uint8_t)len;
        for (k = 0; k < len && k < (len <= GZW_HEAD ? GZW_HEAD : 4); k++)
            sl->head[k] = (char)(word[k] >= 'A' && word[k] <= 'Z' ? word[k] + 32 : word[k]);
        if (len > GZW_HEAD) {
            uint32_t off = pool_add(gz, word, len);
            memcpy(sl->head + 4, &off, sizeof off);
        }
        sl->cls = (uint8_t)cls_bits;
        return;
    }
    if (slot_word_is(gz, sl, word, len)) {
        uint64_t set = gz->wcls[sl->cls] | bits;
        size_t c = set == gz->wcls[sl->cls] ? sl->cls : class_index(gz, set);
        if (c < GZW_NCLS) {
            sl->cls = (uint8_t)c;
            return;
        }
    }
    for (k = 0; k < gz->nmore; k++) {
        m = &gz->more[k];
        if (m->hash == hash && m->len == len && same_lowered(word, m->w, len)) {
            m->bits |= bits;
            return;
        }
    }
    m = &gz->more[gz->nmore++];
    m->hash = hash;
    m->len = len;
    m->bits = bits;
    m->w = gz->wpool + pool_add(gz, word, len);
    sl->flags |= GZW_MORE;
}

/* The slot of fold hash h in the build's table of given names, or NULL. */
static const wt_gz_gslot *given_find(uint32_t h)
{
    size_t i;
    for (i = word_slot(h) & wt_gz_given_mask; wt_gz_given_slots[i].hash != h;
         i = (i + 1) & wt_gz_given_mask)
        if (!wt_gz_given_slots[i].hash)
            return NULL;
    return &wt_gz_given_slots[i];
}

/* The given names' bits when the word of fold hash h is the n bytes at p
 * (A-Z lowered) and a given name in the build's table, else 0. */
static uint64_t given_class(const wt_gazetteer *gz, uint32_t h, const char *p, size_t n)
{
    const wt_gz_gslot *g = given_find(h);
    return g && g->len == n && same_lowered(p, g->name, n) ? gz->given_bits : 0;
}

/* 1 when the given names' table has a name of fold hash h. */
static int given_has(uint32_t h)
{
    uint64_t m = filter_mask(h);
    return (wt_gz_given_filter[filter_word(h)] & m) == m && given_find(h) != NULL;
}

/* The list words: each list's words; a list of the given names (the
 * build's table) only its few names the table does not hold. */
static const char *const *list_words(size_t k)
{
    return wt_entity_wordlists[k].words == wt_gz_given_names ? wt_gz_given_rest
                                                             : wt_entity_wordlists[k].words;
}

static int build_words(wt_gazetteer *gz)
{
    size_t n = 0, nw = 0, cap = 64, i, k, bytes = 1;
    for (k = 0; wt_entity_wordlists[k].words; k++) {
        const char *const *l = list_words(k);
        if (l == wt_gz_given_rest)
            gz->given_bits |= wt_entity_wordlists[k].bit;
        for (i = 0; l[i]; i++) {
            /* room for the word in the pool twice: as a long slot word and
             * again as a more[] entry */
            bytes += 2 * (strlen(l[i]) + 1);
            nw++;
        }
    }
    n = nw;
    for (i = 1; i < gz->nnodes; i++)
        if (gz->nodes[i].parent == 0)
            n++;
    while (cap * 2 < n * 3)
        cap *= 2;
    gz->wslots = wt_malloc(&gz->al, cap * sizeof *gz->wslots);
    gz->more = wt_malloc(&gz->al, (nw ? nw : 1) * sizeof *gz->more);
    gz->wpool = wt_malloc(&gz->al, bytes);
    if (!gz->wslots || !gz->more || !gz->wpool)
        return WARTA_ENOMEM;
    gz->wpool_cap = bytes;
    gz->capmore = nw;
    memset(gz->wslots, 0, cap * sizeof *gz->wslots);
    gz->wmask = cap - 1;
    gz->wcls[0] = 0;
    gz->nwcls = 1;
    if (gz->given_bits)
        for (i = 0; i < GZW_FILTER_WORDS; i++)
            gz->wfilter[i] |= wt_gz_given_filter[i];
    for (k = 0; wt_entity_wordlists[k].words; k++) {
        const char *const *l = list_words(k);
        uint64_t bit = wt_entity_wordlists[k].bit;
        if (l == wt_gz_given_rest && wt_entity_wordlists[k].hot)
            for (i = 0; i < sizeof gz->hot / sizeof gz->hot[0]; i++)
                gz->hot[i] |= wt_gz_given_hot[i];
        size_t cls_bits = class_index(gz, bit);
        for (i = 0; l[i]; i++) {
            unsigned char c = (unsigned char)l[i][0];
            int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            size_t len = strlen(l[i]);
            uint32_t h = wt_fold_hash(l[i], len);
            if (!letter && c < 0x80 && l[i][1] == '\0' && !(c >= '0' && c <= '9'))
                gz->punct_listed[c >> 6] |= UINT64_C(1) << (c & 63);
            else if (!letter)
                gz->odd_listed = 1;
            word_add(gz, h, l[i], len, bit, cls_bits);
            if (wt_entity_wordlists[k].hot)
                hot_add(gz, h);
        }
    }
    gz->head.wfilter = gz->wfilter;
    gz->head.wslots = (const unsigned char *)gz->wslots;
    gz->head.wmask = gz->wmask;
    for (i = 1; i < gz->nnodes; i++)
        if (gz->nodes[i].parent == 0) {
            gz->wslots[word_claim(gz, gz->nodes[i].hash)].flags |= GZW_START;
            hot_add(gz, gz->nodes[i].hash);
        }
    /* a hash in both tables: a probe that finds it here reads the given
     * names' table too (one that finds it absent here reads it anyway) */
    if (gz->given_bits)
        for (i = 0; i <= gz->wmask; i++)
            if (gz->wslots[i].hash && given_has(gz->wslots[i].hash))
                gz->wslots[i].flags |= GZW_GIVEN;
    return WARTA_OK;
}

uint64_t wt_gz_word_class(const wt_gazetteer *gz, const char *s, const wt_token *t)
{
    const gz_wslot *sl;
    const char *p = s + t->start;
    uint32_t h;
    uint64_t bits;
    size_t i, k, len = t->end - t->start;
    if (!gz || !gz->wslots)
        return 0;
    if (!(t->flags & WT_TOK_WORD) && !gz->odd_listed) {
        /* numbers and punctuation start no key (wt_gz_match reads words
         * only); only listed punctuation has classes */
        unsigned char c = (unsigned char)*p;
        if (!(t->flags & WT_TOK_PUNCT) || len != 1 || c >= 0x80 ||
            !(gz->punct_listed[c >> 6] & (UINT64_C(1) << (c & 63))))
            return 0;
    }
    h = t->fold_hash ? t->fold_hash : wt_fold_hash(p, len);
    if (!filter_test(gz, h))
        return 0;
    for (i = word_slot(h) & gz->wmask; gz->wslots[i].hash != h; i = (i + 1) & gz->wmask)
        if (!gz->wslots[i].hash)
            return gz->given_bits ? given_class(gz, h, p, len) : 0;
    sl = &gz->wslots[i];
    bits = (sl->flags & GZW_START) ? WT_GZW_START : 0;
    if (slot_word_is(gz, sl, p, len))
        bits |= gz->wcls[sl->cls];
    if (sl->flags & GZW_MORE)
        for (k = 0; k < gz->nmore; k++)
            if (gz->more[k].hash == h && gz->more[k].len == len &&
                same_lowered(p, gz->more[k].w, len))
                bits |= gz->more[k].bits;
    if (sl->flags & GZW_GIVEN)
        bits |= given_class(gz, h, p, len);
    return bits;
}


int wt_gz_new(const wt_alloc *al, const char *user, size_t user_len, wt_gazetteer **out,
              warta_error *err)
{
    wt_gazetteer *gz;
    gz_pend pend = {0};
    const char *const *codes = uloc_getISOCountries();
    size_t i, ncodes = 0, nlines = 0;
    int rc;
    *out = NULL;
    /* the arrays are sized from what is known up front (the rows' counts
     * from the build, ICU's code list, the user data's lines), so they are
     * not grown and copied while building: fewer fresh pages touched */
    while (codes && codes[ncodes])
        ncodes++;
    if (user && user_len) {
        const char *q = user, *end = user + user_len;
        for (nlines = 1; (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
            nlines++;
    }
    gz = wt_malloc(al, sizeof *gz);
    if (!gz)
        return wt_set_error(err, WARTA_ENOMEM, -1, "out of memory building the gazetteer");
    memset(gz, 0, sizeof *gz);
    gz->al = *al;
    wt_arena_init(&gz->ar, &gz->al);
    for (i = 0; i < wt_gz_ncountry_tz; i++) {
        int idx = code_index(wt_gz_country_tz[i].iso2);
        if (idx >= 0)
            gz->country_tz[idx] = wt_gz_country_tz[i].tz;
    }
    /* at most two keys per CLDR name and per user line */
    pend.cap = 2 * ncodes + 2 * nlines;
    pend.p = wt_malloc(&gz->al, (pend.cap ? pend.cap : 1) * sizeof *pend.p);
    gz->capkeys = wt_gz_nrows + pend.cap;
    gz->keys = wt_malloc(&gz->al, (gz->capkeys ? gz->capkeys : 1) * sizeof *gz->keys);
    gz->kpool_cap = 2 * wt_gz_key_bytes + 64 * ncodes + 2 * user_len + 64;
    gz->kpool = wt_malloc(&gz->al, gz->kpool_cap);
    if (!pend.p || !gz->keys || !gz->kpool ||
        reserve_nodes(gz, 1 + wt_gz_key_tokens + 4 * ncodes + user_len / 2) != WARTA_OK) {
        rc = WARTA_ENOMEM;
    } else {
        gz->nnodes = 1; /* the root */
        gz->nodes[0].parent = gz->nodes[0].hash = 0;
        gz->nodes[0].first = gz->nodes[0].last = GZ_NONE;
        /* CLDR first, so the aliases can take its alpha-3 */
        rc = add_cldr(gz, &pend);
    }
    if (rc == WARTA_OK)
        rc = add_builtin(gz);
    if (rc == WARTA_OK && user && user_len)
        rc = add_user(gz, &pend, user, user_len, err);
    if (rc == WARTA_OK)
        rc = build_trie(gz, &pend);
    wt_free(&gz->al, pend.p);
    if (rc == WARTA_OK)
        rc = build_words(gz);
    if (rc == WARTA_OK)
        rc = build_tnodes(gz);
    if (rc == WARTA_OK)
        rc = build_ckeys(gz);
    if (rc != WARTA_OK) {
        if (rc == WARTA_ENOMEM)
            wt_set_error(err, rc, -1, "out of memory building the gazetteer");
        else if (rc == WARTA_EICU)
            wt_set_error(err, rc, -1, "ICU has no country list");
        wt_gz_free(gz);
        return rc;
    }
    *out = gz;
    return WARTA_OK;
}

void wt_gz_free(wt_gazetteer *gz)
{
    wt_alloc al;
    if (!gz)
        return;
    al = gz->al;
    wt_arena_release(&gz->ar);
    wt_free(&al, gz->nodes);
    wt_free(&al, gz->slots);
    wt_free(&al, gz->tnodes);
    wt_free(&al, gz->keys);
    wt_free(&al, gz->ckeys_mem);
    wt_free(&al, gz->kpool);
    wt_free(&al, gz->wslots);
    wt_free(&al, gz->more);
    wt_free(&al, gz->wpool);
    wt_free(&al, gz);
}

size_t wt_gz_size(const wt_gazetteer *gz)
{
    return gz ? gz->nkeys : 0;
}

/* ---- matching ---- */

size_t wt_gz_match(const wt_gazetteer *gz, const char *s, const wt_token *toks, size_t n,
                   size_t i, const wt_gz_entry **out, size_t max, size_t *n_out)
{
    char fold[GZ_MAX_KEY], raw[GZ_MAX_KEY];
    size_t fl = 0, rl = 0, j, best = 0, done = i;
    uint32_t node = GZ_ROOT;
    int first_lower = -1; /* computed when a key with a case rule ends */
    *n_out = 0;
    if (!gz || !gz->tnodes || i >= n)
        return 0;
    for (j = i; j < n; j++) {
        uint32_t k;
        size_t cnt = 0;
        if (j > i && (toks[j].flags & WT_TOK_NEWLINE_BEFORE))
            break;
        node = find_child(gz, node, tok_hash(s, &toks[j]));
        if (node == GZ_NONE)
            break;
        if (gz->tnodes[node].first == GZ_NONE)
            continue;
        /* fold the tokens walked so far (only when some key ends here) */
        for (; done <= j; done++)
            if (!append_tok(s, &toks[done], 1, fold, sizeof fold, &fl) ||
                !append_tok(s, &toks[done], 0, raw, sizeof raw, &rl))
                return best;
        for (k = gz->tnodes[node].first;; k++) {
            const gz_ckey *key = &gz->ckeys[k];
            int ok = ckey_fold_is(gz, key, fold, fl);
            if (ok && (key->flags & WT_GZF_NEEDS_CAP)) {
                if (first_lower < 0)
                    first_lower = (toks[i].flags & WT_TOK_WORD) &&
                                  !(toks[i].flags & WT_TOK_CAP) && starts_lower(s, &toks[i]);
                ok = !first_lower;
            }
            if (ok && (key->flags & WT_GZF_EXACT_CASE))
                ok = key->exact_len == rl &&
                     memcmp(gz->kpool + key->off + key->fold_len, raw, rl) == 0;
            if (ok) {
                if (cnt < max)
                    out[cnt] = key->e;
                cnt++;
            }
            if (!key->more)
                break;
        }
        if (cnt) {
            best = j + 1 - i;
            *n_out = cnt < max ? cnt : max;
        }
    }
    return best;
}

const wt_gz_entry *wt_gz_lookup(const wt_gazetteer *gz, const char *name, size_t len, int kind)
{
    _Alignas(16) unsigned char buf[GZ_STACK];
    gz_stack st;
    wt_alloc al;
    wt_arena ar;
    wt_tokens t;
    char fold[GZ_MAX_KEY];
    size_t fl = 0, j;
    uint32_t node = GZ_ROOT, k;
    if (!gz || !gz->tnodes || !name || len == 0 || len > GZ_MAX_LOOKUP)
        return NULL;
    if (wt_text_validate(name, len, &j) != WARTA_OK)
        return NULL;
    stack_arena(&st, buf, sizeof buf, &al, &ar);
    if (wt_tokenize(&ar, name, 0, len, &t) != WARTA_OK || t.n == 0)
        return NULL;
    for (j = 0; j < t.n && node != GZ_NONE; j++) {
        if (!append_tok(name, &t.t[j], 1, fold, sizeof fold, &fl))
            return NULL;
        node = find_child(gz, node, tok_hash(name, &t.t[j]));
    }
    if (node == GZ_NONE)
        return NULL;
    k = gz->tnodes[node].first;
    if (k != GZ_NONE)
        for (;; k++) {
            const gz_ckey *key = &gz->ckeys[k];
            if ((kind == 0 || key->e->kind == kind) && ckey_fold_is(gz, key, fold, fl))
                return key->e;
            if (!key->more)
                break;
        }
    return NULL;
}

const wt_gz_entry *wt_gz_country(const wt_gazetteer *gz, const char *iso2)
{
    int idx;
    if (!gz || !iso2)
        return NULL;
    idx = code_index(iso2);
    return idx < 0 ? NULL : gz->country[idx];
}
