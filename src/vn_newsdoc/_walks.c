/* The compiled build's walks over a parsed page, in C through lxml's public C API
 * (lxml/etree_api.h), where XPath searches built node sets and result strings: each walk
 * stands for searches that vn_newsdoc/html says, and tests/html/test_walks.py checks each
 * against them.
 *
 * candidates(root) -> (styled, hidden, aria):
 *   the elements of root's document with a "style" attribute, with a "hidden" attribute and
 *   with an "aria-hidden" attribute (none in a namespace), each list in document order: the
 *   elements whose attributes the XPath searches of html/body/_strip.py find (@style,
 *   @hidden and @aria-hidden under every element of the document).
 *
 * class_attributes(root) -> (values, elements) | None:
 *   the "class" attributes of root and the elements under it, in document order, and their
 *   elements (what descendant-or-self::*, then @class, finds, and the values' parents);
 * id_values(root) -> values | None:
 *   the same for "id", the values alone.
 *   Both are None where an attribute's value is more than one text node (libxml2's HTML
 *   parser makes one), and the reader searches instead.
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

static PyObject *candidates(PyObject *module, PyObject *arg) {
    (void)module;
    struct LxmlElement *root = element_arg(arg, "candidates");
    if (root == NULL) return NULL;
    struct LxmlDocument *doc = root->_doc;
    PyObject *styled = PyList_New(0), *hidden = PyList_New(0), *aria = PyList_New(0);
    if (styled == NULL || hidden == NULL || aria == NULL) goto failed;
    /* Every element of the document, in document order. */
    xmlNode *top = (xmlNode *)doc->_c_doc;
    for (xmlNode *node = next_element(top, top); node != NULL; node = next_element(node, top)) {
        int has_style = 0, has_hidden = 0, has_aria = 0;
        for (xmlAttr *a = node->properties; a != NULL; a = a->next) {
            if (named(a, "style")) has_style = 1;
            else if (named(a, "hidden")) has_hidden = 1;
            else if (named(a, "aria-hidden")) has_aria = 1;
        }
        if ((has_style && add(styled, doc, node) < 0) ||
            (has_hidden && add(hidden, doc, node) < 0) ||
            (has_aria && add(aria, doc, node) < 0))
            goto failed;
    }
    return Py_BuildValue("(NNN)", styled, hidden, aria);
failed:
    Py_XDECREF(styled);
    Py_XDECREF(hidden);
    Py_XDECREF(aria);
    return NULL;
}

/* The value of an attribute as a new str; NULL with not_plain set where it is more than one
 * text node. */
static PyObject *value_of(const xmlAttr *attribute) {
    const xmlNode *text = attribute->children;
    if (text == NULL) return PyUnicode_FromStringAndSize("", 0);
    if (text->next != NULL || text->type != XML_TEXT_NODE || text->content == NULL) {
        not_plain = 1;
        return NULL;
    }
    const char *content = (const char *)text->content;
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

static PyMethodDef methods[] = {
    {"class_attributes", class_attributes, METH_O,
     "class_attributes(root) -> (values, elements) | None: the class attributes of root and "
     "the elements under it, in document order, and their elements."},
    {"id_values", id_values, METH_O,
     "id_values(root) -> values | None: the id attributes of root and the elements under it, "
     "in document order."},
    {"candidates", candidates, METH_O,
     "candidates(root) -> (styled, hidden, aria): the elements of root's document with a "
     "style, a hidden and an aria-hidden attribute, each list in document order."},
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
