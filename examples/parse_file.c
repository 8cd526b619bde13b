/* parse_file: print the dateline, time expressions and entities of an
 * article file.   usage: parse_file FILE [REFERENCE]
 * Build: cc parse_file.c $(pkg-config --cflags --libs warta) */
#include <stdio.h>
#include <stdlib.h>
#include <warta.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    if (!f) return NULL;
    do {
        if (n == cap) {
            char *nb = realloc(buf, cap = cap ? cap * 2 : 65536);
            if (!nb) { free(buf); fclose(f); return NULL; }
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    warta_parse_options opts = WARTA_PARSE_OPTIONS_INIT;
    warta_context *ctx = NULL;
    warta_article *a = NULL;
    warta_error err;
    size_t len = 0, i, j;
    int64_t s, e;
    char *text;

    if (argc < 2) { fprintf(stderr, "usage: %s FILE [REFERENCE]\n", argv[0]); return 2; }
    if (!(text = read_file(argv[1], &len))) { perror(argv[1]); return 1; }
    opts.reference = argc > 2 ? argv[2] : NULL;
    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK ||
        warta_parse(ctx, text, len, &opts, &a, &err) != WARTA_OK) {
        fprintf(stderr, "%s: %s (offset %lld)\n", argv[1], err.message, (long long)err.offset);
        warta_context_free(ctx);
        free(text);
        return 1;
    }
    if (warta_article_has_dateline(a) && warta_article_dateline_span(a, &s, &e) == WARTA_OK)
        printf("dateline [%lld,%lld): place=%s agency=%s country=%s\n", (long long)s,
               (long long)e, warta_article_dateline_place(a) ? warta_article_dateline_place(a) : "-",
               warta_article_dateline_agency(a) ? warta_article_dateline_agency(a) : "-",
               warta_article_dateline_country(a) ? warta_article_dateline_country(a) : "-");
    for (i = 0; i < warta_article_time_count(a); i++) {
        const warta_timex *t = warta_article_time(a, i);
        const char *v = warta_timex_value(t);
        printf("time   %-24s -> %s (%s)\n", warta_timex_text(t), v ? v : "?",
               warta_granularity_name(warta_timex_granularity(t)));
    }
    for (i = 0; i < warta_article_entity_count(a); i++) {
        const warta_entity *en = warta_article_entity(a, i);
        printf("%-12s %s", warta_entity_type_name(warta_entity_type(en)), warta_entity_name(en));
        if (warta_entity_title(en)) printf(" (%s)", warta_entity_title(en));
        for (j = 0; j < warta_entity_mention_count(en); j++)
            if (warta_entity_mention(en, j, &s, &e) == WARTA_OK)
                printf(" %.*s@%lld", (int)(e - s), text + s, (long long)s);
        putchar('\n');
    }
    warta_article_free(a);
    warta_context_free(ctx);
    free(text);
    return 0;
}
