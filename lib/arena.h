/* Allocation: the context's allocator and the per-article arena.
 *
 * Every allocation of the library goes through a wt_alloc (the context's
 * allocator hook, or the C library's). An article owns one arena: a chain of
 * blocks from which strings and arrays are bumped; freeing the article frees
 * the chain. Nothing here is global. */
#ifndef WARTA_ARENA_H
#define WARTA_ARENA_H

#include <stddef.h>
#include <stdint.h>

#include "warta/context.h"

typedef struct wt_alloc {
    warta_allocator a; /* all three functions set */
} wt_alloc;

void wt_alloc_init(wt_alloc *al, const warta_allocator *user);
void *wt_malloc(const wt_alloc *al, size_t n);
void *wt_realloc(const wt_alloc *al, void *p, size_t old_n, size_t new_n);
void wt_free(const wt_alloc *al, void *p);

typedef struct wt_arena_block wt_arena_block;

typedef struct wt_arena {
    const wt_alloc *al;
    wt_arena_block *head; /* current block (newest first) */
    size_t used;          /* bytes used in head */
    size_t cap;           /* capacity of head */
    size_t total;         /* bytes requested from the allocator, for stats */
} wt_arena;

void wt_arena_init(wt_arena *ar, const wt_alloc *al);
void wt_arena_release(wt_arena *ar);
/* Aligned (16) zero-filled memory, or NULL when the allocator fails or the
 * size overflows. */
void *wt_arena_alloc(wt_arena *ar, size_t n);
/* The same without zero-filling. */
void *wt_arena_alloc_raw(wt_arena *ar, size_t n);
/* Resize p (old_n bytes, from this arena, or NULL) to new_n bytes: in
 * place when p is the arena's newest allocation and its block has room,
 * else a copy (the old storage stays in the arena). The bytes past old_n
 * are not zeroed. NULL on allocation failure (p is left as it was). */
void *wt_arena_grow(wt_arena *ar, void *p, size_t old_n, size_t new_n);
/* Give the arena back the tail of p beyond new_n bytes when p (old_n bytes)
 * is its newest allocation: returns 1, else 0 and nothing changes. */
int wt_arena_shrink(wt_arena *ar, void *p, size_t old_n, size_t new_n);
/* Copy of s[0..n) with a terminating NUL, or NULL. */
char *wt_arena_strndup(wt_arena *ar, const char *s, size_t n);
char *wt_arena_strdup(wt_arena *ar, const char *s);

/* Growable array living in an arena: grows by doubling (in place when it is
 * the arena's newest allocation), old storage is left in the arena (freed
 * with it). `elem` is the element size. */
typedef struct wt_vec {
    void *data;
    size_t len, cap;
} wt_vec;

/* Pointer to a new zeroed element at the end, or NULL on allocation failure.
 * Grows in place when the vector is the arena's newest allocation. */
void *wt_vec_push(wt_arena *ar, wt_vec *v, size_t elem);
/* Make room for `want` elements in all (cap >= want; new room not zeroed).
 * Returns 1, or 0 on allocation failure or overflow (v unchanged). */
int wt_vec_reserve(wt_arena *ar, wt_vec *v, size_t elem, size_t want);
/* Return the unused capacity to the arena when the vector is its newest
 * allocation (then cap == len). */
void wt_vec_trim(wt_arena *ar, wt_vec *v, size_t elem);

#endif
