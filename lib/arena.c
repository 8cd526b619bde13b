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

void *wt_arena_alloc(wt_arena *ar, size_t n)
{
    size_t need;
    unsigned char *p;
    if (n > SIZE_MAX / 2)
        return NULL;
    need = (n + WT_ALIGN - 1) & ~(size_t)(WT_ALIGN - 1);
    if (need == 0)
        need = WT_ALIGN;
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
    memset(p, 0, n);
    return p;
}

char *wt_arena_strndup(wt_arena *ar, const char *s, size_t n)
{
    char *d = wt_arena_alloc(ar, n + 1);
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

void *wt_vec_push(wt_arena *ar, wt_vec *v, size_t elem)
{
    unsigned char *slot;
    if (v->len == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 8;
        void *nd;
        if (ncap > SIZE_MAX / elem)
            return NULL;
        nd = wt_arena_alloc(ar, ncap * elem);
        if (!nd)
            return NULL;
        if (v->len)
            memcpy(nd, v->data, v->len * elem);
        v->data = nd;
        v->cap = ncap;
    }
    slot = (unsigned char *)v->data + v->len * elem;
    memset(slot, 0, elem);
    v->len++;
    return slot;
}
