/* fuzz_internal: a hand-built wt_parse over a sanitised copy of the input,
 * as lib/article.c builds one, for the targets that call module functions
 * directly (timex, dateline). */
#ifndef WARTA_FUZZ_INTERNAL_H
#define WARTA_FUZZ_INTERNAL_H

#include "model.h"

typedef struct fz_parse {
    wt_parse p;
    warta_article *art;
    wt_arena scratch; /* tokens */
} fz_parse;

/* Build the article and a valid-UTF-8 copy of data (bad bytes -> '?').
 * Aborts on allocation failure (test code). */
void fz_parse_open(fz_parse *f, const warta_context *ctx, const unsigned char *data, size_t n);
/* Split the text into paragraphs at line breaks and tokenize each. */
void fz_parse_paragraphs(fz_parse *f);
void fz_parse_close(fz_parse *f);

#endif
