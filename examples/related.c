/* related: list an article's related headlines and its attribution.
 * usage: related [FILE]   (standard input when no FILE)
 * Build: cc related.c $(pkg-config --cflags --libs warta) */
#include <stdio.h>
#include <stdlib.h>
#include <warta.h>

int main(int argc, char **argv)
{
    FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
    warta_context *ctx = NULL;
    warta_article *a = NULL;
    warta_error err;
    char *text = NULL;
    size_t len = 0, cap = 0, got, i, j;
    int field, rc = 1;

    if (!f) { perror(argv[1]); return 1; }
    do {
        if (len == cap) {
            char *nb = realloc(text, cap = cap ? cap * 2 : 65536);
            if (!nb) goto out;
            text = nb;
        }
        got = fread(text + len, 1, cap - len, f);
        len += got;
    } while (got > 0);

    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK ||
        warta_parse(ctx, text, len, NULL, &a, &err) != WARTA_OK) {
        fprintf(stderr, "related: %s (offset %lld)\n", err.message, (long long)err.offset);
        goto out;
    }
    for (i = 0; i < warta_article_related_count(a); i++) {
        const warta_related *r = warta_article_related(a, i);
        const char *when = warta_related_published(r);
        printf("%-9s %s%s%s\n", warta_related_kind_name(warta_related_kind(r)),
               warta_related_title(r), when ? "  @ " : "", when ? when : "");
        for (j = 0; j < warta_related_entity_count(r); j++) {
            const warta_entity *e = warta_related_entity(r, j);
            printf("          - %s: %s\n", warta_entity_type_name(warta_entity_type(e)),
                   warta_entity_name(e));
        }
    }
    for (field = WARTA_ATTR_SOURCE; field <= WARTA_ATTR_INITIALS; field++) {
        const char *v = warta_article_attribution(a, field);
        if (v) printf("%-12s %s\n", warta_attribution_field_name(field), v);
    }
    rc = 0;
out:
    warta_article_free(a);
    warta_context_free(ctx);
    free(text);
    if (f && f != stdin) fclose(f);
    return rc;
}
