/* One walk over a parsed page for the elements that may be hidden (the compiled build only;
 * vn_newsdoc/html/body/_strip.py says how they are judged, and
 * tests/html/test_hidden_walk.py checks the walk against the XPath searches it stands for).
 *
 * candidates(root) -> (styled, hidden, aria):
 *   the elements of root's document with a "style" attribute, with a "hidden" attribute and
 *   with an "aria-hidden" attribute (none in a namespace), each list in document order: the
 *   elements whose attributes the XPath searches of body/_strip.py find (@style, @hidden and
 *   @aria-hidden under every element).
 *
 * It reads the tree through lxml's public C API (lxml/etree_api.h), in C, where three
 * XPath searches each walked the page and built a node set.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>
#include <string.h>

#include "lxml-version.h"
#include "lxml.etree_api.h"

static PyObject *element_type = NULL; /* lxml.etree._Element */

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

static PyObject *candidates(PyObject *module, PyObject *arg) {
    (void)module;
    if (!PyObject_TypeCheck(arg, (PyTypeObject *)element_type)) {
        PyErr_Format(PyExc_TypeError, "candidates() takes an lxml element, not %.100s",
                     Py_TYPE(arg)->tp_name);
        return NULL;
    }
    struct LxmlElement *root = (struct LxmlElement *)arg;
    struct LxmlDocument *doc = root->_doc;
    PyObject *styled = PyList_New(0), *hidden = PyList_New(0), *aria = PyList_New(0);
    if (styled == NULL || hidden == NULL || aria == NULL) goto failed;
    /* Every element of the document, in document order (a walk by the tree's own links:
     * first child, next sibling, back up through the parents). */
    xmlNode *top = (xmlNode *)doc->_c_doc;
    xmlNode *node = top->children;
    while (node != NULL) {
        if (node->type == XML_ELEMENT_NODE) {
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
            if (node->children != NULL) {
                node = node->children;
                continue;
            }
        }
        while (node != NULL && node->next == NULL) {
            node = node->parent;
            if (node == top) node = NULL;
        }
        if (node != NULL) node = node->next;
    }
    return Py_BuildValue("(NNN)", styled, hidden, aria);
failed:
    Py_XDECREF(styled);
    Py_XDECREF(hidden);
    Py_XDECREF(aria);
    return NULL;
}

static PyMethodDef methods[] = {
    {"candidates", candidates, METH_O,
     "candidates(root) -> (styled, hidden, aria): the elements of root's document with a "
     "style, a hidden and an aria-hidden attribute, each list in document order."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "vn_newsdoc._hidden",
    "One walk over a parsed page for the elements that may be hidden.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__hidden(void) {
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
