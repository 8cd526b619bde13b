/* arena module: the per-article arena and its vectors (lib/arena.h), through
 * a counting allocator hook so that every block is seen to come back. */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "testutil.h"

typedef struct counter {
    long live;      /* blocks allocated and not yet freed */
    long calls;     /* malloc_fn calls */
    long fail_from; /* malloc_fn fails from this call on (0: never) */
} counter;

static void *c_malloc(size_t n, void *user)
{
    counter *c = user;
    void *p;
    c->calls++;
    if (c->fail_from && c->calls >= c->fail_from)
        return NULL;
    p = malloc(n);
    if (p)
        c->live++;
    return p;
}

static void *c_realloc(void *p, size_t old_n, size_t n, void *user)
{
    (void)old_n;
    if (!p)
        return c_malloc(n, user);
    return realloc(p, n);
}

static void c_free(void *p, void *user)
{
    counter *c = user;
    if (p) {
        c->live--;
        free(p);
    }
}

typedef struct fixture {
    counter cnt;
    warta_allocator hook;
    wt_alloc al;
    wt_arena ar;
} fixture;

static void fx_init(fixture *f)
{
    memset(f, 0, sizeof *f);
    f->hook.malloc_fn = c_malloc;
    f->hook.realloc_fn = c_realloc;
    f->hook.free_fn = c_free;
    f->hook.user = &f->cnt;
    wt_alloc_init(&f->al, &f->hook);
    wt_arena_init(&f->ar, &f->al);
}

static int all_zero(const unsigned char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (p[i])
            return 0;
    return 1;
}

/* sizes 0, 1, 17, ...: 16-byte aligned, zero-filled, distinct, and every
 * block returned by wt_arena_release */
START_TEST(alloc_aligned_zeroed_released)
{
    fixture f;
    static const size_t sizes[] = {0, 1, 17, 0, 255, 4096, 3};
    unsigned char *prev = NULL;
    size_t i;
    fx_init(&f);
    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        unsigned char *p = wt_arena_alloc(&f.ar, sizes[i]);
        ck_assert_ptr_nonnull(p);
        ck_assert_uint_eq((uintptr_t)p % 16, 0);
        ck_assert(all_zero(p, sizes[i]));
        ck_assert_ptr_ne(p, prev); /* even a zero-byte allocation is its own */
        memset(p, 0xEE, sizes[i]);
        prev = p;
    }
    ck_assert_int_eq(f.cnt.live, 1); /* all of them fit the first 16 KiB block */
    wt_arena_release(&f.ar);
    ck_assert_int_eq(f.cnt.live, 0);
    ck_assert_uint_eq(f.ar.total, 0);
    /* the arena is usable again after a release */
    ck_assert_ptr_nonnull(wt_arena_alloc(&f.ar, 8));
    wt_arena_release(&f.ar);
    ck_assert_int_eq(f.cnt.live, 0);
}
END_TEST

/* a request larger than the 8 MiB block cap gets a block of its own size;
 * a size that cannot be rounded up is refused without calling malloc */
START_TEST(alloc_large_and_overflow)
{
    fixture f;
    size_t big = ((size_t)8 << 20) + 100;
    unsigned char *p;
    long calls;
    fx_init(&f);
    p = wt_arena_alloc(&f.ar, big);
    ck_assert_ptr_nonnull(p);
    ck_assert(all_zero(p, big));
    ck_assert_uint_ge(f.ar.cap, big);
    calls = f.cnt.calls;
    ck_assert_ptr_null(wt_arena_alloc(&f.ar, SIZE_MAX));
    ck_assert_ptr_null(wt_arena_alloc(&f.ar, SIZE_MAX / 2 + 1));
    ck_assert_int_eq(f.cnt.calls, calls);
    wt_arena_release(&f.ar);
    ck_assert_int_eq(f.cnt.live, 0);
}
END_TEST

START_TEST(strdup_variants)
{
    fixture f;
    char *s;
    fx_init(&f);
    s = wt_arena_strndup(&f.ar, "Jakarta (ANTARA)", 7);
    ck_assert_str_eq(s, "Jakarta");
    ck_assert_str_eq(wt_arena_strndup(&f.ar, "", 0), "");
    ck_assert_str_eq(wt_arena_strdup(&f.ar, "Baca juga:"), "Baca juga:");
    ck_assert_ptr_null(wt_arena_strdup(&f.ar, NULL));
    wt_arena_release(&f.ar);
    ck_assert_int_eq(f.cnt.live, 0);
}
END_TEST

/* a vector keeps its elements in order across growth (8, 16, ... 1024) */
START_TEST(vec_grows_in_order)
{
    fixture f;
    wt_vec v = {NULL, 0, 0};
    size_t i;
    fx_init(&f);
    for (i = 0; i < 1000; i++) {
        size_t *slot = wt_vec_push(&f.ar, &v, sizeof *slot);
        ck_assert_ptr_nonnull(slot);
        ck_assert_uint_eq(*slot, 0);
        *slot = i * 7;
    }
    ck_assert_uint_eq(v.len, 1000);
    ck_assert_uint_eq(v.cap, 1024);
    for (i = 0; i < 1000; i++)
        ck_assert_uint_eq(((size_t *)v.data)[i], i * 7);
    wt_arena_release(&f.ar);
    ck_assert_int_eq(f.cnt.live, 0);
}
END_TEST

/* a vector that is the arena's newest allocation grows in place; once
 * something else was allocated after it, it moves (contents kept); trim
 * gives its unused tail back to the arena */
START_TEST(vec_grows_in_place_and_trims)
{
    fixture f;
    wt_vec v = {NULL, 0, 0};
    size_t i;
    void *first, *other;
    unsigned char *next;
    fx_init(&f);
    for (i = 0; i < 8; i++)
        *(size_t *)wt_vec_push(&f.ar, &v, sizeof(size_t)) = i;
    first = v.data;
    for (i = 8; i < 64; i++)
        *(size_t *)wt_vec_push(&f.ar, &v, sizeof(size_t)) = i;
    ck_assert_ptr_eq(v.data, first); /* 8 -> 16 -> 32 -> 64 in place */
    ck_assert_uint_eq(v.cap, 64);
    other = wt_arena_alloc(&f.ar, 1);
    ck_assert_ptr_nonnull(other);
    *(size_t *)wt_vec_push(&f.ar, &v, sizeof(size_t)) = 64;
    ck_assert_ptr_ne(v.data, first); /* copied past `other` */
    ck_assert_uint_eq(v.cap, 128);
    for (i = 0; i <= 64; i++)
        ck_assert_uint_eq(((size_t *)v.data)[i], i);
    /* 65 of 128 used: trim returns the tail, the next allocation follows */
    wt_vec_trim(&f.ar, &v, sizeof(size_t));
    ck_assert_uint_eq(v.cap, 65);
    next = wt_arena_alloc(&f.ar, 16);
    ck_assert_ptr_eq(next, (unsigned char *)v.data + 65 * sizeof(size_t) + 8); /* 16-aligned */
    /* not the newest any more: trim and shrink leave it alone */
    v.len = 10;
    wt_vec_trim(&f.ar, &v, sizeof(size_t));
    ck_assert_uint_eq(v.cap, 65);
    ck_assert_int_eq(wt_arena_shrink(&f.ar, v.data, 65 * sizeof(size_t), 8), 0);
    wt_arena_release(&f.ar);
    ck_assert_int_eq(f.cnt.live, 0);
}
END_TEST

/* wt_vec_reserve: room without zeroing or pushing; refused on overflow */
START_TEST(vec_reserve)
{
    fixture f;
    wt_vec v = {NULL, 0, 0};
    fx_init(&f);
    ck_assert_int_eq(wt_vec_reserve(&f.ar, &v, sizeof(int), 100), 1);
    ck_assert_uint_eq(v.cap, 100);
    ck_assert_uint_eq(v.len, 0);
    ck_assert_int_eq(wt_vec_reserve(&f.ar, &v, sizeof(int), 50), 1); /* already there */
    ck_assert_uint_eq(v.cap, 100);
    {
        wt_vec big = {NULL, 0, 0};
        ck_assert_int_eq(wt_vec_reserve(&f.ar, &big, SIZE_MAX / 8, 8), 0);
        ck_assert_uint_eq(big.cap, 0);
        ck_assert_ptr_null(big.data);
    }
    wt_arena_release(&f.ar);
    ck_assert_int_eq(f.cnt.live, 0);
}
END_TEST

/* allocation failure and element-size overflow: NULL, the vector unchanged */
START_TEST(vec_and_alloc_failures)
{
    fixture f;
    wt_vec v = {NULL, 0, 0};
    fx_init(&f);
    ck_assert_ptr_null(wt_vec_push(&f.ar, &v, SIZE_MAX / 4)); /* 8 elements overflow */
    ck_assert_uint_eq(v.len, 0);
    ck_assert_ptr_null(v.data);
    f.cnt.fail_from = 1;
    ck_assert_ptr_null(wt_arena_alloc(&f.ar, 1));
    ck_assert_ptr_null(wt_arena_strdup(&f.ar, "x"));
    ck_assert_ptr_null(wt_vec_push(&f.ar, &v, sizeof(int)));
    ck_assert_uint_eq(v.len, 0);
    ck_assert_uint_eq(v.cap, 0);
    ck_assert_int_eq(f.cnt.live, 0);
    /* a block already there still serves small requests */
    f.cnt.fail_from = 0;
    ck_assert_ptr_nonnull(wt_arena_alloc(&f.ar, 1));
    f.cnt.fail_from = f.cnt.calls + 1;
    ck_assert_ptr_nonnull(wt_arena_alloc(&f.ar, 100));
    ck_assert_ptr_null(wt_arena_alloc(&f.ar, 64 * 1024)); /* needs a new block */
    wt_arena_release(&f.ar);
    ck_assert_int_eq(f.cnt.live, 0);
}
END_TEST

/* the context allocator: a NULL hook is the C library's; the hook's
 * realloc is given the old size */
START_TEST(alloc_hook_default_and_realloc)
{
    wt_alloc al;
    fixture f;
    char *p;
    wt_alloc_init(&al, NULL);
    p = wt_malloc(&al, 10);
    ck_assert_ptr_nonnull(p);
    memcpy(p, "Reuters", 8);
    p = wt_realloc(&al, p, 10, 100000);
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(p, "Reuters");
    wt_free(&al, p);
    wt_free(&al, NULL);
    fx_init(&f);
    p = wt_malloc(&f.al, 16);
    ck_assert_int_eq(f.cnt.live, 1);
    p = wt_realloc(&f.al, p, 16, 32);
    ck_assert_ptr_nonnull(p);
    wt_free(&f.al, p);
    ck_assert_int_eq(f.cnt.live, 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("arena");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, alloc_aligned_zeroed_released);
    tcase_add_test(tc, alloc_large_and_overflow);
    tcase_add_test(tc, strdup_variants);
    tcase_add_test(tc, vec_grows_in_order);
    tcase_add_test(tc, vec_grows_in_place_and_trims);
    tcase_add_test(tc, vec_reserve);
    tcase_add_test(tc, vec_and_alloc_failures);
    tcase_add_test(tc, alloc_hook_default_and_realloc);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(suite());
}
