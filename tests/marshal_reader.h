/* A reader of the Python marshal subset warta_parse_marshal() writes (tuple,
 * str, int, None, True, False), written from the format's definition
 * (Python/marshal.c's type codes), not from the library's writer, so that
 * check_json and fuzz_parse check the layout itself. Test code only. */
#ifndef WARTA_TESTS_MARSHAL_READER_H
#define WARTA_TESTS_MARSHAL_READER_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct mnode {
    char type; /* 't' tuple, 's' str, 'i' int, 'N' None, 'B' bool */
    int64_t i;
    const char *s;
    size_t n; /* str bytes or tuple items */
    struct mnode *kids;
} mnode;

static uint32_t m_le32(const char *p)
{
    const unsigned char *q = (const unsigned char *)p;
    return (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
}

static void m_free(mnode *o)
{
    size_t k;
    if (o->type == 't' && o->kids) {
        for (k = 0; k < o->n; k++)
            m_free(&o->kids[k]);
        free(o->kids);
    }
    o->kids = NULL;
}

/* Reads one object at p into *o (free it with m_free() whatever the result):
 * the end of the object, or NULL when the data is truncated, nested deeper
 * than `depth`, or holds a code outside the subset. */
static const char *m_read(const char *p, const char *end, mnode *o, int depth)
{
    size_t k, left;
    memset(o, 0, sizeof *o);
    if (p >= end || depth < 0)
        return NULL;
    left = (size_t)(end - p) - 1;
    switch (*p++) {
    case ')':
        if (left < 1)
            return NULL;
        o->n = (unsigned char)*p++;
        goto tuple;
    case '(':
        if (left < 4)
            return NULL;
        o->n = m_le32(p);
        p += 4;
    tuple:
        o->type = 't';
        if (o->n > (size_t)(end - p)) /* every item takes a byte at least */
            return NULL;
        o->kids = calloc(o->n ? o->n : 1, sizeof *o->kids);
        if (!o->kids)
            return NULL;
        for (k = 0; k < o->n && p; k++)
            p = m_read(p, end, &o->kids[k], depth - 1);
        return p;
    case 'z':
        if (left < 1 || (unsigned char)*p > left - 1)
            return NULL;
        o->n = (unsigned char)*p++;
        o->type = 's';
        o->s = p;
        for (k = 0; k < o->n; k++)
            if ((unsigned char)p[k] >= 0x80) /* 'z' is short ASCII */
                return NULL;
        return p + o->n;
    case 'u':
        if (left < 4 || m_le32(p) > left - 4)
            return NULL;
        o->n = m_le32(p);
        o->type = 's';
        o->s = p + 4;
        return p + 4 + o->n;
    case 'i':
        if (left < 4)
            return NULL;
        o->type = 'i';
        o->i = (int32_t)m_le32(p);
        return p + 4;
    case 'l': { /* count of 15-bit digits (negative for a negative value), low first */
        int32_t nd;
        uint64_t v = 0;
        if (left < 4)
            return NULL;
        nd = (int32_t)m_le32(p);
        p += 4;
        k = (size_t)(nd < 0 ? -(int64_t)nd : nd);
        if (k == 0 || k > 5 || 2 * k > left - 4)
            return NULL;
        while (k--)
            v = (v << 15) | ((uint64_t)(unsigned char)p[2 * k] |
                             (uint64_t)((unsigned char)p[2 * k + 1] & 0x7F) << 8);
        p += 2 * (size_t)(nd < 0 ? -(int64_t)nd : nd);
        o->type = 'i';
        o->i = nd < 0 ? -(int64_t)v : (int64_t)v;
        return p;
    }
    case 'N':
        o->type = 'N';
        return p;
    case 'T':
    case 'F':
        o->type = 'B';
        o->i = p[-1] == 'T';
        return p;
    default:
        return NULL;
    }
}

#endif
