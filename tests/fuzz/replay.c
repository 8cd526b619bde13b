/* replay: run a fuzz target's LLVMFuzzerTestOneInput on files, so a corpus
 * or a crash reproducer can be replayed by any compiler (gcc, valgrind)
 * without libFuzzer.
 *
 *   replay_<target> FILE_OR_DIR...
 *
 * Directories are read recursively (entries in sorted order; hidden files
 * skipped). A missing path prints `SKIPPED:` and is not an error, so tests
 * can name files of ../shared that may be absent. Exit status 0 unless a
 * file cannot be read; a failing check aborts. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path, size_t *count)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f) {
        fprintf(stderr, "replay: cannot open %s\n", path);
        return 1;
    }
    for (;;) {
        size_t got;
        if (cap - n < 4096) {
            unsigned char *nb;
            cap = cap ? cap * 2 : 65536;
            nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                return 1;
            }
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    fclose(f);
    /* exact-size copy so ASan sees reads past the end */
    {
        unsigned char *exact = malloc(n ? n : 1);
        if (!exact) {
            free(buf);
            return 1;
        }
        memcpy(exact, buf, n);
        free(buf);
        fprintf(stderr, "replay: %s (%zu bytes)\n", path, n);
        LLVMFuzzerTestOneInput(exact, n);
        free(exact);
    }
    (*count)++;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int replay_path(const char *path, size_t *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "SKIPPED: %s does not exist\n", path);
        return 0;
    }
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *de;
        char **names = NULL;
        size_t nn = 0, i;
        int rc = 0;
        if (!d) {
            fprintf(stderr, "replay: cannot open directory %s\n", path);
            return 1;
        }
        while ((de = readdir(d)) != NULL) {
            char **nb;
            size_t len;
            if (de->d_name[0] == '.')
                continue;
            nb = realloc(names, (nn + 1) * sizeof *names);
            if (!nb)
                break;
            names = nb;
            len = strlen(path) + strlen(de->d_name) + 2;
            names[nn] = malloc(len);
            if (!names[nn])
                break;
            snprintf(names[nn], len, "%s/%s", path, de->d_name);
            nn++;
        }
        closedir(d);
        if (nn)
            qsort(names, nn, sizeof *names, cmp_str);
        for (i = 0; i < nn; i++) {
            rc |= replay_path(names[i], count);
            free(names[i]);
        }
        free(names);
        return rc;
    }
    if (!S_ISREG(st.st_mode))
        return 0;
    return replay_file(path, count);
}

int main(int argc, char **argv)
{
    size_t count = 0;
    int i, rc = 0;
    for (i = 1; i < argc; i++)
        rc |= replay_path(argv[i], &count);
    fprintf(stderr, "replay: %zu input%s replayed\n", count, count == 1 ? "" : "s");
    return rc;
}
