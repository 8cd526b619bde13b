/* warta: the command-line program.
 *
 *   warta [--reference ISO8601] [--pretty] [--lenient] [--guess-names] [FILE...]
 *
 * Reads each FILE (standard input when there is none, or for `-`) and writes
 * one JSON object per input, one per line (--pretty indents). A bad input
 * writes {"file": ..., "error": {...}} and the run goes on; the exit status
 * is 0 when every input parsed, 1 when some failed, 2 on a usage error. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <warta.h>

static const char usage[] =
    "usage: warta [--reference ISO8601] [--pretty] [--lenient] [--guess-names]\n"
    "             [--max-input BYTES] [FILE...]\n"
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

int main(int argc, char **argv)
{
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    warta_context *ctx = NULL;
    warta_error err;
    int flags = 0, failed = 0, i, first_file = argc, show_progress;
    size_t n_files, done = 0;
    static char *stdin_only[] = {"-"};
    char **files;

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
        } else if (strcmp(a, "--reference") == 0 || strcmp(a, "--max-input") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "warta: %s needs a value\n%s", a, usage);
                return 2;
            }
            if (a[2] == 'r') {
                po.reference = argv[++i];
            } else {
                char *end;
                unsigned long long v;
                errno = 0;
                v = strtoull(argv[++i], &end, 10);
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
    show_progress = n_files >= 20 && isatty(STDERR_FILENO);

    for (done = 0; done < n_files; done++) {
        const char *name = files[done];
        FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
        char *buf = NULL, *json = NULL;
        size_t len = 0, max = po.max_input ? po.max_input : WARTA_DEFAULT_MAX_INPUT;
        int rc;
        if (!f) {
            put_error(stdout, name, WARTA_EIO, strerror(errno), -1);
            failed = 1;
            continue;
        }
        rc = read_input(f, max, &buf, &len);
        if (f != stdin)
            fclose(f);
        if (rc != WARTA_OK) {
            put_error(stdout, name, rc, rc == WARTA_EIO ? "read error" : "out of memory", -1);
            failed = 1;
            continue;
        }
        rc = warta_parse_json(ctx, buf, len, &po, flags, &json, NULL, &err);
        if (rc != WARTA_OK) {
            put_error(stdout, name, rc, err.message, err.offset);
            failed = 1;
        } else {
            /* splice the file name in front of the library's object */
            fputs("{\"file\":", stdout);
            put_json_string(stdout, name);
            fputc(',', stdout);
            fputs(json + 1, stdout); /* pretty JSON goes on with its own line break */
            fputc('\n', stdout);
        }
        warta_free(json);
        free(buf);
        if (show_progress)
            progress(done + 1, n_files);
    }
    warta_context_free(ctx);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "warta: write error: %s\n", strerror(errno));
        return 1;
    }
    return failed;
}
