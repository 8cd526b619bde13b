/* warta: the command-line program.
 *
 *   warta [--reference ISO8601] [--pretty] [--lenient] [--guess-names]
 *         [--threads N] [FILE...]
 *
 * Reads each FILE (standard input when there is none, or for `-`) and writes
 * one JSON object per input, one per line (--pretty indents), in the order
 * of the inputs; --threads parses on a warta_pool. A bad input writes
 * {"file": ..., "error": {...}} and the run goes on; the exit status is 0
 * when every input parsed, 1 when some failed, 2 on a usage error. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <warta.h>

static const char usage[] =
    "usage: warta [--reference ISO8601] [--pretty] [--lenient] [--guess-names]\n"
    "             [--max-input BYTES] [--threads N] [FILE...]\n"
    "\n"
    "Parse raw Indonesian news articles and print their structure as JSON Lines:\n"
    "dateline, published instant, paragraphs, entities, time expressions, related\n"
    "headlines and attribution. With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  --reference ISO8601  instant that relative dates are resolved against\n"
    "                       (2023-05-05T12:00:00+08:00, 2023-05-05; no zone = WIB)\n"
    "  --pretty             indent the JSON (one object per input still)\n"
    "  --lenient            replace invalid UTF-8 and NUL bytes instead of failing\n"
    "  --guess-names        type the capitalised names no rule typed with the learned\n"
    "                       model (entities marked \"guessed\": true)\n"
    "  --max-input BYTES    refuse inputs larger than BYTES (default 64 MiB)\n"
    "  --threads N          parse on N threads (default 1; 0: one per CPU, at most\n"
    "                       256); the output keeps the order of the inputs\n"
    "  --help               show this help\n"
    "  --version            show the version\n"
    "\n"
    "Exit status: 0 all inputs parsed, 1 some input failed, 2 usage error.\n";

/* JSON string literal of s (file names); bytes >= 0x80 are passed through. */
static void put_json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void put_error(FILE *out, const char *name, int code, const char *message, int64_t offset)
{
    fputs("{\"file\":", out);
    put_json_string(out, name);
    fprintf(out, ",\"error\":{\"code\":%d,\"name\":", code);
    put_json_string(out, warta_strerror(code));
    fputs(",\"message\":", out);
    put_json_string(out, message);
    fprintf(out, ",\"offset\":%lld}}\n", (long long)offset);
}

/* Read at most max+1 bytes: enough to know the input is too big. */
static int read_input(FILE *f, size_t max, char **buf, size_t *len)
{
    size_t cap = 0, n = 0;
    char *b = NULL;
    for (;;) {
        size_t want, got;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *nb;
            if (ncap > max + 1)
                ncap = max + 1;
            if (ncap <= cap)
                break; /* n == max + 1: too big, stop reading */
            nb = realloc(b, ncap);
            if (!nb) {
                free(b);
                return WARTA_ENOMEM;
            }
            b = nb;
            cap = ncap;
        }
        want = cap - n;
        got = fread(b + n, 1, want, f);
        n += got;
        if (got < want)
            break;
    }
    if (ferror(f)) {
        free(b);
        return WARTA_EIO;
    }
    *buf = b;
    *len = n;
    return WARTA_OK;
}

static void progress(size_t done, size_t total)
{
    int width = 40, filled = (int)((double)done / (double)total * width), i;
    fprintf(stderr, "\r[");
    for (i = 0; i < width; i++)
        fputc(i < filled ? '#' : '.', stderr);
    fprintf(stderr, "] %zu/%zu", done, total);
    if (done == total)
        fputc('\n', stderr);
    fflush(stderr);
}

/* An input read and submitted to the pool, or that failed before. */
typedef struct input {
    const char *name;
    char *buf;
    int rc;          /* WARTA_OK: submitted; else the read error */
    const char *msg; /* the read error's message */
} input;

/* Read input `name` into *in and submit it (in->rc says which failed). */
static void read_and_submit(warta_pool *pool, const char *name, size_t max, input *in)
{
    FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
    size_t len = 0;
    warta_error err;
    in->name = name;
    in->buf = NULL;
    if (!f) {
        in->rc = WARTA_EIO;
        in->msg = strerror(errno);
        return;
    }
    in->rc = read_input(f, max, &in->buf, &len);
    if (f != stdin)
        fclose(f);
    in->msg = in->rc == WARTA_EIO ? "read error" : "out of memory";
    if (in->rc == WARTA_OK && warta_pool_submit(pool, in->buf, len, &err) != WARTA_OK) {
        /* never: no more inputs are read ahead than the pool holds */
        in->rc = err.code;
        in->msg = "the pool is full";
        free(in->buf);
        in->buf = NULL;
    }
}

int main(int argc, char **argv)
{
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    warta_pool_options pool_opts;
    warta_context *ctx = NULL;
    warta_pool *pool = NULL;
    warta_error err;
    int flags = 0, failed = 0, i, first_file = argc, show_progress;
    long threads = 1;
    size_t n_files, done = 0, read = 0, cap, max;
    static char *stdin_only[] = {"-"};
    char **files;
    input *ring;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            first_file = i + 1;
            break;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("warta %s\n", warta_version_string());
            return 0;
        } else if (strcmp(a, "--pretty") == 0) {
            flags |= WARTA_JSON_PRETTY;
        } else if (strcmp(a, "--lenient") == 0) {
            po.flags |= WARTA_PARSE_LENIENT;
        } else if (strcmp(a, "--guess-names") == 0) {
            po.flags |= WARTA_PARSE_GUESS_NAMES;
        } else if (strcmp(a, "--reference") == 0 || strcmp(a, "--max-input") == 0 ||
                   strcmp(a, "--threads") == 0) {
            char *end;
            unsigned long long v;
            if (i + 1 >= argc) {
                fprintf(stderr, "warta: %s needs a value\n%s", a, usage);
                return 2;
            }
            if (a[2] == 'r') {
                po.reference = argv[++i];
                continue;
            }
            errno = 0;
            v = strtoull(argv[++i], &end, 10);
            if (a[2] == 't') {
                if (errno || *end || end == argv[i] || v > 256) {
                    fprintf(stderr, "warta: --threads needs a number from 0 to 256\n");
                    return 2;
                }
                threads = (long)v;
            } else {
                if (errno || *end || v == 0) {
                    fprintf(stderr, "warta: --max-input needs a positive number of bytes\n");
                    return 2;
                }
                po.max_input = (size_t)v;
            }
        } else if (strncmp(a, "--reference=", 12) == 0) {
            po.reference = a + 12;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "warta: unknown option %s\n%s", a, usage);
            return 2;
        } else {
            first_file = i;
            break;
        }
    }
    files = first_file < argc ? argv + first_file : stdin_only;
    n_files = first_file < argc ? (size_t)(argc - first_file) : 1;
    if (threads == 0) {
        threads = sysconf(_SC_NPROCESSORS_ONLN);
        if (threads < 1)
            threads = 1;
        if (threads > 256)
            threads = 256;
    }

    if (warta_context_new(NULL, &ctx, &err) != WARTA_OK) {
        fprintf(stderr, "warta: %s\n", err.message);
        return 1;
    }
    /* validate the reference once, as a usage error */
    if (po.reference) {
        warta_article *probe = NULL;
        if (warta_parse(ctx, "", 0, &po, &probe, &err) != WARTA_OK) {
            fprintf(stderr, "warta: --reference: %s\n", err.message);
            warta_context_free(ctx);
            return 2;
        }
        warta_article_free(probe);
    }
    /* the calling thread parses too: threads - 1 workers; up to four
     * inputs per thread read ahead */
    warta_pool_options_init(&pool_opts, WARTA_POOL_OPTIONS_VERSION);
    pool_opts.threads = (unsigned)(threads - 1);
    pool_opts.capacity = cap = (size_t)threads * 4;
    pool_opts.json_flags = flags;
    pool_opts.parse = &po;
    ring = calloc(cap, sizeof *ring);
    if (!ring || warta_pool_new(ctx, &pool_opts, &pool, &err) != WARTA_OK) {
        fprintf(stderr, "warta: %s\n", ring ? err.message : "out of memory");
        free(ring);
        warta_context_free(ctx);
        return 1;
    }
    max = po.max_input ? po.max_input : WARTA_DEFAULT_MAX_INPUT;
    show_progress = n_files >= 20 && isatty(STDERR_FILENO);

    for (done = 0; done < n_files; done++) {
        input *in;
        char *json = NULL;
        int rc;
        while (read < n_files && read - done < cap) {
            read_and_submit(pool, files[read], max, &ring[read % cap]);
            read++;
        }
        in = &ring[done % cap];
        if (in->rc != WARTA_OK) {
            put_error(stdout, in->name, in->rc, in->msg, -1);
            failed = 1;
        } else if ((rc = warta_pool_next(pool, &json, NULL, &err)) != WARTA_OK) {
            put_error(stdout, in->name, rc, err.message, err.offset);
            failed = 1;
        } else {
            /* splice the file name in front of the library's object */
            fputs("{\"file\":", stdout);
            put_json_string(stdout, in->name);
            fputc(',', stdout);
            fputs(json + 1, stdout); /* pretty JSON goes on with its own line break */
            fputc('\n', stdout);
        }
        warta_free(json);
        free(in->buf);
        in->buf = NULL;
        if (show_progress)
            progress(done + 1, n_files);
    }
    warta_pool_free(pool);
    free(ring);
    warta_context_free(ctx);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "warta: write error: %s\n", strerror(errno));
        return 1;
    }
    return failed;
}
