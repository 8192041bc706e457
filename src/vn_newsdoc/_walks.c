/* The compiled build's walks over a parsed page, in C through lxml's public C API
 * (lxml/etree_api.h), where XPath searches built node sets and result strings: each walk
 * stands for searches that vn_newsdoc/html says, and tests/html/test_walks.py checks each
 * against them.
 *
 * candidates(root, tags) -> (dropped, styled, hidden, aria, left):
 *   the page stripped of the tags under root as lxml's strip_elements(root, *tags,
 *   with_tail=False) strips them (but where "left" says some are left for it), and what
 *   html/body/_strip.py drops as hidden, from the other elements of root's document with a
 *   "style", a "hidden" or an "aria-hidden" attribute (none in a namespace), in document
 *   order: "dropped", those such an attribute hides as judged here (a style in ASCII, an
 *   aria-hidden of "true" on an element other than an <img>, a hidden attribute on one
 *   whose id does not start with "S:"), none inside another; then, of the others, those
 *   left to judge in Python: "styled", with a style outside ASCII or of more than one text
 *   node, "hidden", with a hidden attribute and an id starting with "S:" (or of several
 *   nodes), and "aria", with an aria-hidden of several nodes. See "The hidden parts" and
 *   "Stripping" in _walks_hidden.c.
 *
 * class_attributes(root) -> (values, elements) | None:
 *   the "class" attributes of root and the elements under it, in document order, and their
 *   elements (what descendant-or-self::*, then @class, finds, and the values' parents);
 * id_values(root) -> values | None:
 *   the same for "id", the values alone.
 *   Both are None where an attribute's value is more than one text node (libxml2's HTML
 *   parser makes one), and the reader searches instead.
 *
 * survey_walk(root, classes=None, known=None)
 *     -> (order, elements, keys, notes, headings, times) | None:
 *   what html/_survey.py's Survey reads off the page, in one walk: see "The page survey"
 *   in _walks_survey.c.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>
#include <string.h>

#include "lxml-version.h"
#include "lxml.etree_api.h"

static PyObject *element_type = NULL; /* lxml.etree._Element */

/* A marker error: an attribute value this module does not read (several nodes). */
static int not_plain = 0;

/* Whether the attribute is the one named, outside any namespace. */
static inline int named(const xmlAttr *attribute, const char *name) {
    return attribute->ns == NULL && strcmp((const char *)attribute->name, name) == 0;
}

/* Append the proxy of node to list; -1 on failure (the error set). */
static int add(PyObject *list, struct LxmlDocument *doc, xmlNode *node) {
    PyObject *element = (PyObject *)elementFactory(doc, node);
    if (element == NULL) return -1;
    int failed = PyList_Append(list, element);
    Py_DECREF(element);
    return failed;
}

static struct LxmlElement *element_arg(PyObject *arg, const char *function) {
    if (!PyObject_TypeCheck(arg, (PyTypeObject *)element_type)) {
        PyErr_Format(PyExc_TypeError, "%s() takes an lxml element, not %.100s", function,
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    return (struct LxmlElement *)arg;
}

/* The element after node in document order among the elements under top, and top itself
 * (NULL after the last): node's first child element, else the next element among its
 * following siblings and theirs, going up as far as top (an element, whose walk starts at
 * it, or the document, whose walk starts at next_element(top, top)). A walk by the tree's
 * own links. */
static xmlNode *next_element(xmlNode *node, xmlNode *top) {
    xmlNode *next = node == top || node->type == XML_ELEMENT_NODE ? node->children : NULL;
    for (;;) {
        if (next == NULL) {
            while (node != top && node->next == NULL) node = node->parent;
            if (node == top) return NULL;
            next = node->next;
        }
        if (next->type == XML_ELEMENT_NODE) return next;
        node = next; /* a text or other node: on to what follows it, not into it */
        next = NULL;
    }
}

/* The text of an attribute's value (what el.get() reads), where it is one text node or
 * none ("" then); NULL where it is anything else. */
static const unsigned char *plain_value(const xmlAttr *attribute) {
    const xmlNode *text = attribute->children;
    if (text == NULL) return (const unsigned char *)"";
    if (text->next != NULL || text->type != XML_TEXT_NODE || text->content == NULL) return NULL;
    return (const unsigned char *)text->content;
}

/* Whether the text at text (NUL-terminated, as libxml2's strings are) begins with word
 * (lower-case ASCII) in ASCII case-blind matching. */
static int begins_blind(const unsigned char *text, const char *word) {
    for (; *word; text++, word++) {
        unsigned char c = *text;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + ('a' - 'A'));
        if (c != (unsigned char)*word) return 0;
    }
    return 1;
}

/* The value of an attribute as a new str; NULL with not_plain set where it is more than one
 * text node. */
static PyObject *value_of(const xmlAttr *attribute) {
    const char *content = (const char *)plain_value(attribute);
    if (content == NULL) {
        not_plain = 1;
        return NULL;
    }
    return PyUnicode_DecodeUTF8(content, (Py_ssize_t)strlen(content), "strict");
}

/* The first attribute of node named so, outside any namespace, or NULL. */
static const xmlAttr *attribute_named(const xmlNode *node, const char *name) {
    for (const xmlAttr *a = node->properties; a != NULL; a = a->next)
        if (named(a, name)) return a;
    return NULL;
}

/* The values of the attribute named so of root and the elements under it, in document order,
 * and (where elements is not NULL) their elements; 0, or -1 on failure. */
static int gather(struct LxmlElement *root, const char *name, PyObject *values, PyObject *elements) {
    xmlNode *top = root->_c_node;
    for (xmlNode *node = top; node != NULL; node = next_element(node, top)) {
        const xmlAttr *attribute = attribute_named(node, name);
        if (attribute == NULL) continue;
        PyObject *value = value_of(attribute);
        if (value == NULL) return -1;
        int failed = PyList_Append(values, value);
        Py_DECREF(value);
        if (failed || (elements != NULL && add(elements, root->_doc, node) < 0)) return -1;
    }
    return 0;
}

static PyObject *class_attributes(PyObject *module, PyObject *arg) {
    (void)module;
    struct LxmlElement *root = element_arg(arg, "class_attributes");
    if (root == NULL) return NULL;
    PyObject *values = PyList_New(0), *elements = PyList_New(0);
    not_plain = 0;
    if (values == NULL || elements == NULL || gather(root, "class", values, elements) < 0) {
        Py_XDECREF(values);
        Py_XDECREF(elements);
        if (not_plain && !PyErr_Occurred()) Py_RETURN_NONE;
        return NULL;
    }
    return Py_BuildValue("(NN)", values, elements);
}

static PyObject *id_values(PyObject *module, PyObject *arg) {
    (void)module;
    struct LxmlElement *root = element_arg(arg, "id_values");
    if (root == NULL) return NULL;
    PyObject *values = PyList_New(0);
    not_plain = 0;
    if (values == NULL || gather(root, "id", values, NULL) < 0) {
        Py_XDECREF(values);
        if (not_plain && !PyErr_Occurred()) Py_RETURN_NONE;
        return NULL;
    }
    return values;
}

/* ---- The walks of their own files --------------------------------------------------------
 *
 * Included, not compiled apart: lxml's C API (lxml.etree_api.h) keeps the table of its
 * functions in static variables, one copy per translation unit, which import_lxml__etree()
 * fills in the unit that calls it alone; a walk in another unit would call through an empty
 * table. */
#include "_walks_hidden.c"
#include "_walks_survey.c"

static PyMethodDef methods[] = {
    {"class_attributes", class_attributes, METH_O,
     "class_attributes(root) -> (values, elements) | None: the class attributes of root and "
     "the elements under it, in document order, and their elements."},
    {"id_values", id_values, METH_O,
     "id_values(root) -> values | None: the id attributes of root and the elements under it, "
     "in document order."},
    {"candidates", candidates, METH_VARARGS,
     "candidates(root, tags) -> (dropped, styled, hidden, aria, left): strips the tags under "
     "root, and gives what html/body/_strip.py drops as hidden, in document order."},
    {"survey_walk", (PyCFunction)(void (*)(void))survey_walk, METH_FASTCALL,
     "survey_walk(root, classes=None, known=None) -> (order, elements, keys, notes, headings, "
     "times) | None: what the page survey reads off root and the nodes under it, in one walk."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "vn_newsdoc._walks",
    "The compiled build's walks over a parsed page, in C.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__walks(void) {
    /* An lxml whose C API is not the one built against: an ImportError, which the reader
     * takes as "no walk" (it searches instead). */
    if (import_lxml__etree() < 0) {
        PyErr_Clear();
        PyErr_SetString(PyExc_ImportError, "lxml's C API is not the one this build was made with");
        return NULL;
    }
    PyObject *etree = PyImport_ImportModule("lxml.etree");
    if (etree == NULL) return NULL;
    element_type = PyObject_GetAttrString(etree, "_Element");
    Py_DECREF(etree);
    if (element_type == NULL) return NULL;
    positions = PyList_New(0);
    if (positions == NULL) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    /* The lxml and libxml2 built against, whose structures the walk reads directly. */
    if (PyModule_AddStringConstant(m, "LXML_BUILT", LXML_VERSION_STRING) < 0 ||
        PyModule_AddStringConstant(m, "LIBXML_BUILT", LIBXML_DOTTED_VERSION) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
