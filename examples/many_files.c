/* many_files: parse many files on a warta_pool, print one JSON line each,
 * in the order of the arguments (the file's error instead when it fails).
 * usage: many_files [-j THREADS] FILE...
 * Build: cc many_files.c $(pkg-config --cflags --libs warta) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <warta.h>

#define AHEAD 8 /* files read and submitted, not yet printed */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (buf = malloc((size_t)n + 1)) != NULL) {
        *len = fread(buf, 1, (size_t)n, f);
    }
    fclose(f);
    return buf;
}

int main(int argc, char **argv)
{
    warta_context *ctx = NULL;
    warta_pool *pool = NULL;
    warta_pool_options po;
    warta_error err;
    char *texts[AHEAD] = {NULL};
    int first = 1, n, next = 0, done = 0, rc = 0;

    warta_pool_options_init(&po, WARTA_POOL_OPTIONS_VERSION);
    po.capacity = AHEAD;
    if (argc > 2 && strcmp(argv[1], "-j") == 0) {
        int j = atoi(argv[2]);
        po.threads = j > 1 ? (unsigned)(j - 1) : 0; /* -j 2: one worker and this thread */
        first = 3;
    }
    n = argc - first;
    if (n < 1) {
        fprintf(stderr, "usage: many_files [-j THREADS] FILE...\n");
        return 2;
    }
    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK ||
        warta_pool_new(ctx, &po, &pool, &err) != WARTA_OK) {
        fprintf(stderr, "many_files: %s\n", err.message);
        warta_context_free(ctx);
        return 1;
    }
    while (done < n) {
        char *json;
        /* keep the pool fed; a file that cannot be read is submitted empty
         * (the pool keeps the order) and reported when its turn comes */
        while (next < n && next - done < AHEAD) {
            size_t len = 0;
            char *text = slurp(argv[first + next], &len);
            texts[next % AHEAD] = text;
            warta_pool_submit(pool, text ? text : "", text ? len : 0, &err);
            next++;
        }
        if (!texts[done % AHEAD]) {
            fprintf(stderr, "many_files: cannot read %s\n", argv[first + done]);
            rc = 1;
        }
        if (warta_pool_next(pool, &json, NULL, &err) == WARTA_OK) {
            if (texts[done % AHEAD])
                puts(json);
            warta_free(json);
        } else {
            fprintf(stderr, "many_files: %s: %s (offset %lld)\n", argv[first + done],
                    err.message, (long long)err.offset);
            rc = 1;
        }
        free(texts[done % AHEAD]); /* its result is taken: the text may go */
        texts[done % AHEAD] = NULL;
        done++;
    }
    warta_pool_free(pool);
    warta_context_free(ctx);
    return rc;
}
