#include "fuzz_internal.h"

#include <string.h>

#include "fuzz_check.h"
#include "text.h"
#include "token.h"

void fz_parse_open(fz_parse *f, const warta_context *ctx, const unsigned char *data, size_t n)
{
    warta_article *a;
    wt_vec bad = {0};
    char *copy;
    memset(f, 0, sizeof *f);
    a = wt_malloc(&ctx->al, sizeof *a);
    FZ_REQUIRE(a != NULL, "out of memory");
    memset(a, 0, sizeof *a);
    a->ctx = ctx;
    a->input_len = n;
    wt_arena_init(&a->arena, &ctx->al);
    copy = wt_text_sanitize(&a->arena, (const char *)data, n, &bad);
    FZ_REQUIRE(copy != NULL, "out of memory");
    f->art = a;
    f->p.ctx = ctx;
    f->p.art = a;
    f->p.s = copy;
    f->p.n = n;
    wt_arena_init(&f->scratch, &ctx->al);
}

void fz_parse_paragraphs(fz_parse *f)
{
    warta_article *a = f->art;
    const char *s = f->p.s;
    size_t n = f->p.n, i = 0, k;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n')
            j++;
        if (j > i) {
            wt_span *sp = wt_vec_push(&a->arena, &a->paragraphs, sizeof *sp);
            FZ_REQUIRE(sp != NULL, "out of memory");
            sp->start = i;
            sp->end = j;
        }
        i = j + 1;
    }
    if (a->paragraphs.len == 0)
        return;
    f->p.para_tokens = wt_arena_alloc(&f->scratch, a->paragraphs.len * sizeof(wt_tokens));
    FZ_REQUIRE(f->p.para_tokens != NULL, "out of memory");
    for (k = 0; k < a->paragraphs.len; k++) {
        const wt_span *sp = (const wt_span *)a->paragraphs.data + k;
        int rc = wt_tokenize(&f->scratch, s, sp->start, sp->end, &f->p.para_tokens[k]);
        FZ_REQUIRE(rc == WARTA_OK, "tokenize: %d", rc);
    }
}

void fz_parse_close(fz_parse *f)
{
    f->p.para_tokens = NULL;
    wt_arena_release(&f->scratch);
    warta_article_free(f->art);
    f->art = NULL;
}
