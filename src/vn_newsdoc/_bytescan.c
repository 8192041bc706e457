/* One pass over a page's bytes for the HTML reader's checks before the parse (the compiled
 * build only; vn_newsdoc/html/_parse.py says how the answers are used, and
 * tests/html/test_bytescan.py checks them against the Python they stand for).
 *
 * scan(data) -> (valid, repair, tags, equals):
 *   valid   whether data.decode("utf-8") succeeds (well-formed UTF-8, as Python's strict
 *           decoder reads it: no overlong form, no surrogate, nothing past U+10FFFF);
 *   repair  whether the text holds one of the characters a UTF-8 page read as
 *           windows-1252 shows ("Ã", "»", "º", "€") and the bytes match the hint
 *           expression of vn_newsdoc/html/decode.py (_MOJIBAKE_HINT): the condition on
 *           which that module tries to repair mojibake;
 *   tags    data.count(b"<");
 *   equals  data.count(b"=").
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The number of bytes of x (eight bytes read as one word) that are zero. */
static inline int zero_bytes(uint64_t x) {
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
    uint64_t y = ((x & low7) + low7) | x | low7; /* a byte's high bit is set unless it is 0 */
    return __builtin_popcountll(~y);
}

/* The counts of "<" and "=" in s[0:n], sixteen bytes at a time where SSE2 is there (every
 * x86-64 processor), eight otherwise. */
static void count_marks(const unsigned char *s, Py_ssize_t n, Py_ssize_t *tags, Py_ssize_t *equals) {
    Py_ssize_t i = 0, lt = 0, eq = 0;
#if defined(__SSE2__)
    const __m128i lts = _mm_set1_epi8('<'), eqs = _mm_set1_epi8('=');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        lt += __builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lts)));
        eq += __builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, eqs)));
    }
#endif
    const uint64_t ltw = 0x3C3C3C3C3C3C3C3CULL, eqw = 0x3D3D3D3D3D3D3D3DULL;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        lt += zero_bytes(w ^ ltw);
        eq += zero_bytes(w ^ eqw);
    }
    for (; i < n; i++) {
        lt += s[i] == '<';
        eq += s[i] == '=';
    }
    *tags = lt;
    *equals = eq;
}

/* Where the next byte from i on that is not ASCII stands in s[0:n] (n if none). */
static inline Py_ssize_t next_high(const unsigned char *s, Py_ssize_t i, Py_ssize_t n) {
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(s + i)));
        if (mask) return i + __builtin_ctz(mask);
    }
#else
    const uint64_t high = 0x8080808080808080ULL;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & high) break;
    }
#endif
    while (i < n && s[i] < 0x80) i++;
    return i;
}

/* Whether the hint expression matches at position i (data[i] is 0xC3):
 *   \xc3\xa1\xc2[\xba\xbb] | \xc3\xa2\xe2\x82\xac | \xc3[\x82-\x86][\xc2\xc5\xc6\xcb\xe2] */
static int hint_at(const unsigned char *s, Py_ssize_t i, Py_ssize_t n) {
    if (i + 3 < n && s[i + 1] == 0xA1 && s[i + 2] == 0xC2 && (s[i + 3] == 0xBA || s[i + 3] == 0xBB))
        return 1;
    if (i + 4 < n && s[i + 1] == 0xA2 && s[i + 2] == 0xE2 && s[i + 3] == 0x82 && s[i + 4] == 0xAC)
        return 1;
    if (i + 2 < n && s[i + 1] >= 0x82 && s[i + 1] <= 0x86) {
        unsigned char c = s[i + 2];
        if (c == 0xC2 || c == 0xC5 || c == 0xC6 || c == 0xCB || c == 0xE2)
            return 1;
    }
    return 0;
}

static PyObject *scan(PyObject *module, PyObject *arg) {
    (void)module;
    if (!PyBytes_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "scan() takes bytes, not %.100s", Py_TYPE(arg)->tp_name);
        return NULL;
    }
    const unsigned char *s = (const unsigned char *)PyBytes_AS_STRING(arg);
    const Py_ssize_t n = PyBytes_GET_SIZE(arg);
    int chars = 0, hint = 0;
    Py_ssize_t i = next_high(s, 0, n);
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i = next_high(s, i + 1, n);
            continue;
        }
        /* A multibyte sequence (Unicode's table of well-formed UTF-8). */
        Py_ssize_t size;
        unsigned char lo = 0x80, hi = 0xBF; /* the range of the byte after the lead */
        if (c >= 0xC2 && c <= 0xDF) {
            size = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            size = 3;
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            size = 4;
            if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        } else {
            goto invalid;
        }
        if (i + size > n || s[i + 1] < lo || s[i + 1] > hi) goto invalid;
        for (Py_ssize_t k = 2; k < size; k++) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) goto invalid;
        }
        if (c == 0xC3) {
            if (s[i + 1] == 0x83) chars = 1; /* Ã */
            if (!hint) hint = hint_at(s, i, n);
        } else if (c == 0xC2) {
            if (s[i + 1] == 0xBA || s[i + 1] == 0xBB) chars = 1; /* º » */
        } else if (c == 0xE2) {
            if (s[i + 1] == 0x82 && s[i + 2] == 0xAC) chars = 1; /* € */
        }
        i += size;
    }
    Py_ssize_t tags, equals;
    count_marks(s, n, &tags, &equals);
    return Py_BuildValue("(OOnn)", Py_True, (chars && hint) ? Py_True : Py_False, tags, equals);
invalid:
    /* Not UTF-8: the reader decodes the page as it always does; the counts go unused. */
    return Py_BuildValue("(OOnn)", Py_False, Py_False, (Py_ssize_t)0, (Py_ssize_t)0);
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_O,
     "scan(data) -> (valid, repair, tags, equals): whether data is well-formed UTF-8, whether "
     "its text may hold mojibake to repair, and its counts of b'<' and b'='."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "vn_newsdoc._bytescan",
    "One pass over a page's bytes for the HTML reader's checks before the parse.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__bytescan(void) { return PyModule_Create(&module); }
