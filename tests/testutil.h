/* Helpers shared by the Check suites: reading the seed article and corpus
 * files from the team's shared folder, and a shared context. */
#ifndef WARTA_TESTUTIL_H
#define WARTA_TESTUTIL_H

#include <stddef.h>

#include <warta.h>

/* Read a whole file; NULL when it cannot be read. Free with free(). */
char *tu_read_file(const char *path, size_t *len);
/* Path of a file under WARTA_SHARED_DIR (static buffer per call site is not
 * needed: returns a malloc'd string). */
char *tu_shared_path(const char *rel);
/* The seed article (../shared/seed/antara-sco-2023.txt), or NULL with a
 * message on stderr saying the test is skipped. */
char *tu_seed(size_t *len);
/* Find the first occurrence of needle in hay[0..n) at or after `from`;
 * returns its offset or -1. */
long tu_find(const char *hay, size_t n, const char *needle, size_t from);
/* n copies of the NUL-terminated unit, NUL-terminated; *len gets the
 * length. Aborts the test when memory runs out. Free with free(). */
char *tu_repeat(const char *unit, size_t n, size_t *len);
/* A context with default options (aborts the test on failure). */
warta_context *tu_context(void);
/* Parse text with an optional reference, aborting the test on failure. */
warta_article *tu_parse(warta_context *ctx, const char *text, size_t len, const char *reference);

struct Suite;
/* Run a Check suite (CK_NORMAL output): EXIT_SUCCESS when no test failed.
 * Frees the suite; every check_*.c's main() is `return tu_run(suite());`. */
int tu_run(struct Suite *s);

#endif
