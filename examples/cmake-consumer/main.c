/* consumer: parse the text given as arguments (or a built-in dateline
 * sentence) and print the number of entities and the dateline place. */
#include <stdio.h>
#include <string.h>
#include <warta.h>

int main(int argc, char **argv)
{
    const char *text = argc > 1 ? argv[1]
        : "Beijing (ANTARA) - Menteri Luar Negeri China Qin Gang meyakinkan Rusia dan India "
          "mengenai hubungan bilateral yang semakin erat.";
    warta_context *ctx = NULL;
    warta_article *a = NULL;
    warta_error err;

    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK) {
        fprintf(stderr, "consumer: %s\n", err.message);
        return 1;
    }
    if (warta_parse(ctx, text, strlen(text), NULL, &a, &err) != WARTA_OK) {
        fprintf(stderr, "consumer: %s (offset %lld)\n", err.message, (long long)err.offset);
        warta_context_free(ctx);
        return 1;
    }
    printf("warta %s: dateline place %s, %zu entities, %zu time expressions\n",
           warta_version_string(),
           warta_article_dateline_place(a) ? warta_article_dateline_place(a) : "(none)",
           warta_article_entity_count(a), warta_article_time_count(a));
    warta_article_free(a);
    warta_context_free(ctx);
    return 0;
}
