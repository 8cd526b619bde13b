/* hostile_inputs: the table of hostile and malformed inputs shared by
 * tests/check_limits.c (each must finish with the expected status) and
 * tools/badinput_table.c (time and memory per input). Also a counting
 * allocator and an independent UTF-8 checker used by the fuzz targets and
 * the fault tests. Test code only; not part of the library. */
#ifndef WARTA_HOSTILE_INPUTS_H
#define WARTA_HOSTILE_INPUTS_H

#include <stddef.h>
#include <stdint.h>

#include <warta.h>

typedef struct hi_case {
    const char *name; /* short identifier, used as test name */
    const char *desc; /* one line for the Markdown table */
    /* Expected status with default options. WARTA_EUTF8 / WARTA_ENUL cases
     * also give the offset of the first bad byte; lenient parsing of them
     * must succeed. */
    int expect;
    int64_t offset;
    int big; /* 1 for inputs of a megabyte or more */
    char *(*make)(size_t *len); /* builds the input; use hi_make() */
} hi_case;

/* The cases, and how many there are. */
extern const hi_case hi_cases[];
size_t hi_case_count(void);

/* Build the input of case i (malloc'd, *len bytes; NULL on allocation
 * failure). An extra NUL is appended after len bytes for convenience. */
char *hi_make(size_t i, size_t *len);

/* Independent UTF-8 check (not sharing code with lib/text.c): returns
 * WARTA_OK, or WARTA_EUTF8 / WARTA_ENUL with the offset of the first byte of
 * the first ill-formed sequence (or the NUL) in *bad. When allow_nul is set,
 * NUL bytes are accepted (JSON text may not hold them anyway). */
int hi_utf8_check(const unsigned char *s, size_t n, int allow_nul, size_t *bad);

/* A counting allocator: every block carries a 16-byte header with its size.
 * fail_at > 0 makes the fail_at-th call (malloc or realloc, counted from
 * the last reset) return NULL; 0 never fails. Not thread-safe unless
 * `locked` is set (then a mutex guards the counters). */
typedef struct hi_counter {
    uint64_t calls;    /* malloc + realloc calls since reset */
    uint64_t fail_at;  /* 0: never fail */
    uint64_t failed;   /* how many calls were failed */
    int64_t live;      /* blocks currently allocated */
    int64_t bytes;     /* bytes currently allocated (payload) */
    int64_t peak;      /* peak of bytes since reset_peak */
    void *mutex;       /* pthread_mutex_t *, or NULL */
} hi_counter;

/* Fill a warta_allocator using counter c. */
void hi_counter_allocator(hi_counter *c, warta_allocator *a);
/* Reset calls/failed (fail_at kept); reset the peak to the current bytes. */
void hi_counter_reset(hi_counter *c);

#endif
