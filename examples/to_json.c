/* to_json: read one article on standard input, print its JSON.
 * usage: to_json [--pretty] < article.txt
 * Build: cc to_json.c $(pkg-config --cflags --libs warta) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <warta.h>

int main(int argc, char **argv)
{
    int flags = argc > 1 && strcmp(argv[1], "--pretty") == 0 ? WARTA_JSON_PRETTY : 0;
    warta_context *ctx = NULL;
    warta_article *a = NULL;
    warta_error err;
    char *text = NULL, *json = NULL;
    size_t len = 0, cap = 0, got;
    int rc = 1;

    do { /* slurp stdin */
        if (len == cap) {
            char *nb = realloc(text, cap = cap ? cap * 2 : 65536);
            if (!nb) goto out;
            text = nb;
        }
        got = fread(text + len, 1, cap - len, stdin);
        len += got;
    } while (got > 0);

    if (warta_version_number() != WARTA_VERSION_NUMBER)
        fprintf(stderr, "warning: built with warta %s, running with %s\n",
                WARTA_VERSION_STRING, warta_version_string());
    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK ||
        warta_parse(ctx, text, len, NULL, &a, &err) != WARTA_OK ||
        warta_article_to_json(a, flags, &json, NULL, &err) != WARTA_OK) {
        fprintf(stderr, "to_json: %s: %s (offset %lld)\n", warta_strerror(err.code),
                err.message, (long long)err.offset);
        goto out;
    }
    puts(json);
    rc = 0;
out:
    warta_free(json);
    warta_article_free(a);
    warta_context_free(ctx);
    free(text);
    return rc;
}
