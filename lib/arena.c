#include "arena.h"

#include <stdlib.h>
#include <string.h>

static void *libc_malloc(size_t n, void *user)
{
    (void)user;
    return malloc(n);
}

static void *libc_realloc(void *p, size_t old_n, size_t new_n, void *user)
{
    (void)user;
    (void)old_n;
    return realloc(p, new_n);
}

static void libc_free(void *p, void *user)
{
    (void)user;
    free(p);
}

void wt_alloc_init(wt_alloc *al, const warta_allocator *user)
{
    if (user && user->malloc_fn && user->realloc_fn && user->free_fn) {
        al->a = *user;
    } else {
        al->a.malloc_fn = libc_malloc;
        al->a.realloc_fn = libc_realloc;
        al->a.free_fn = libc_free;
        al->a.user = NULL;
    }
}

void *wt_malloc(const wt_alloc *al, size_t n)
{
    return al->a.malloc_fn(n ? n : 1, al->a.user);
}

void *wt_realloc(const wt_alloc *al, void *p, size_t old_n, size_t new_n)
{
    if (!p)
        return wt_malloc(al, new_n);
    return al->a.realloc_fn(p, old_n, new_n ? new_n : 1, al->a.user);
}

void wt_free(const wt_alloc *al, void *p)
{
    if (p)
        al->a.free_fn(p, al->a.user);
}

struct wt_arena_block {
    wt_arena_block *next;
    size_t cap;
    /* payload follows, 16-aligned */
};

#define WT_ALIGN 16u
#define WT_HDR ((sizeof(wt_arena_block) + WT_ALIGN - 1) & ~(size_t)(WT_ALIGN - 1))
#define WT_MIN_BLOCK ((size_t)16 * 1024)

void wt_arena_init(wt_arena *ar, const wt_alloc *al)
{
    memset(ar, 0, sizeof *ar);
    ar->al = al;
}

void wt_arena_release(wt_arena *ar)
{
    wt_arena_block *b = ar->head;
    while (b) {
        wt_arena_block *next = b->next;
        wt_free(ar->al, b);
        b = next;
    }
    ar->head = NULL;
    ar->used = ar->cap = ar->total = 0;
}

/* Bytes an allocation of n takes in a block (n rounded up to the
 * alignment, at least one unit), or 0 when n is too large. */
static size_t block_need(size_t n)
{
    size_t need;
    if (n > SIZE_MAX / 2)
        return 0;
    need = (n + WT_ALIGN - 1) & ~(size_t)(WT_ALIGN - 1);
    return need ? need : WT_ALIGN;
}

void *wt_arena_alloc_raw(wt_arena *ar, size_t n)
{
    size_t need = block_need(n);
    unsigned char *p;
    if (!need)
        return NULL;
    if (!ar->head || ar->cap - ar->used < need) {
        /* grow geometrically with the arena's size, so the number of blocks
         * stays logarithmic in the article's size */
        size_t cap = WT_MIN_BLOCK;
        wt_arena_block *b;
        if (ar->total / 2 > cap)
            cap = ar->total / 2;
        if (cap > ((size_t)8 << 20))
            cap = (size_t)8 << 20;
        if (cap < need)
            cap = need;
        b = wt_malloc(ar->al, WT_HDR + cap);
        if (!b)
            return NULL;
        b->next = ar->head;
        b->cap = cap;
        ar->head = b;
        ar->cap = cap;
        ar->used = 0;
        ar->total += WT_HDR + cap;
    }
    p = (unsigned char *)ar->head + WT_HDR + ar->used;
    ar->used += need;
    return p;
}

void *wt_arena_alloc(wt_arena *ar, size_t n)
{
    void *p = wt_arena_alloc_raw(ar, n);
    if (p)
        memset(p, 0, n);
    return p;
}

/* 1 when p, of n bytes, is the newest allocation of the head block. */
static int is_last(const wt_arena *ar, const void *p, size_t n)
{
    const unsigned char *top;
    if (!ar->head || !p)
        return 0;
    top = (const unsigned char *)ar->head + WT_HDR + ar->used;
    return (const unsigned char *)p + block_need(n) == top;
}

void *wt_arena_grow(wt_arena *ar, void *p, size_t old_n, size_t new_n)
{
    void *d;
    if (p && new_n <= old_n)
        return p;
    if (is_last(ar, p, old_n)) {
        size_t o = block_need(old_n), m = block_need(new_n);
        if (m && ar->cap - ar->used >= m - o) {
            ar->used += m - o;
            return p;
        }
    }
    d = wt_arena_alloc_raw(ar, new_n);
    if (d && p && old_n)
        memcpy(d, p, old_n);
    return d;
}

int wt_arena_shrink(wt_arena *ar, void *p, size_t old_n, size_t new_n)
{
    if (new_n > old_n || !is_last(ar, p, old_n))
        return 0;
    ar->used -= block_need(old_n) - block_need(new_n);
    return 1;
}

char *wt_arena_strndup(wt_arena *ar, const char *s, size_t n)
{
    char *d = wt_arena_alloc_raw(ar, n + 1); /* every byte written below */
    if (!d)
        return NULL;
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *wt_arena_strdup(wt_arena *ar, const char *s)
{
    return s ? wt_arena_strndup(ar, s, strlen(s)) : NULL;
}

int wt_vec_reserve(wt_arena *ar, wt_vec *v, size_t elem, size_t want)
{
    void *nd;
    if (want <= v->cap)
        return 1;
    if (want > SIZE_MAX / 2 / elem)
        return 0;
    nd = wt_arena_grow(ar, v->data, v->cap * elem, want * elem);
    if (!nd)
        return 0;
    v->data = nd;
    v->cap = want;
    return 1;
}

void wt_vec_trim(wt_arena *ar, wt_vec *v, size_t elem)
{
    if (v->cap > v->len && wt_arena_shrink(ar, v->data, v->cap * elem, v->len * elem))
        v->cap = v->len;
}

void *wt_vec_push(wt_arena *ar, wt_vec *v, size_t elem)
{
    unsigned char *slot;
    if (v->len == v->cap && !wt_vec_reserve(ar, v, elem, v->cap ? v->cap * 2 : 8))
        return NULL;
    slot = (unsigned char *)v->data + v->len * elem;
    memset(slot, 0, elem);
    v->len++;
    return slot;
}
