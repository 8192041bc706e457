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
 *   "Stripping" below.
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
 *   below.
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

/* ---- The hidden parts (candidates, for html/body/_strip.py) ------------------------------
 *
 * What _drop_hidden drops, without a proxy made, read and freed for each element with a
 * style: most styles hide nothing (on the corpus 1,827 elements have one, 274 of them
 * hiding). A value of one text node (or none: "") is judged here as _strip judges it: a
 * style in ASCII as _strip._hides does (its "display", white space, ":", white space,
 * "none", or the same of "visibility" and "hidden", in any case), an aria-hidden of "true"
 * hides an element whose tag is not "img", a hidden attribute one whose id does not start
 * with "S:" (_strip._STREAMED_ID_RE's). The rest goes back to Python, judged there: a
 * style outside ASCII (where letters such as "ſ" match the expression's in any case), an
 * id starting with "S:", and a value of several nodes. Under an element dropped nothing is
 * looked at: what it holds leaves the page with it, whatever it is. An element without a
 * parent element (the document's root) is listed nowhere: _drop_tree leaves it. */

/* The element after node's subtree in document order among the elements under top (NULL
 * after the last): next_element, not going into node. */
static xmlNode *next_outside(xmlNode *node, xmlNode *top) {
    for (;;) {
        while (node != top && node->next == NULL) node = node->parent;
        if (node == top) return NULL;
        node = node->next;
        if (node->type == XML_ELEMENT_NODE) return node;
    }
}

/* White space as str.isspace() says it in ASCII (and the expression's \s). */
static inline int ascii_space(unsigned char c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
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

/* _strip._declares: whether style (ASCII, NUL-terminated, size bytes) holds name, white
 * space, ":", white space and value, in any case. */
static int declares(const unsigned char *style, size_t size, const char *name, const char *value) {
    size_t name_length = strlen(name);
    for (size_t at = 0; at + name_length <= size; at++) {
        if (!begins_blind(style + at, name)) continue;
        size_t pos = at + name_length;
        while (pos < size && ascii_space(style[pos])) pos++;
        if (pos < size && style[pos] == ':') {
            pos++;
            while (pos < size && ascii_space(style[pos])) pos++;
            if (begins_blind(style + pos, value)) return 1;
        }
    }
    return 0;
}

enum verdict { KEEPS, HIDES, UNSURE };

/* The text of an attribute's value (what el.get() reads), where it is one text node or
 * none ("" then); NULL where it is anything else. */
static const unsigned char *plain_value(const xmlAttr *attribute) {
    const xmlNode *text = attribute->children;
    if (text == NULL) return (const unsigned char *)"";
    if (text->next != NULL || text->type != XML_TEXT_NODE || text->content == NULL) return NULL;
    return (const unsigned char *)text->content;
}

/* Whether a style hides its element: _strip._hides for a style in ASCII; UNSURE for any
 * other. */
static enum verdict style_verdict(const xmlAttr *attribute) {
    const unsigned char *style = plain_value(attribute);
    if (style == NULL) return UNSURE;
    size_t size = 0;
    for (; style[size] != 0; size++)
        if (style[size] >= 0x80) return UNSURE;
    return declares(style, size, "display", "none") || declares(style, size, "visibility", "hidden")
               ? HIDES
               : KEEPS;
}

/* Whether an aria-hidden hides its element: a value of "true", on an element whose tag is
 * not "img" (as lxml names it: without a namespace's address). */
static enum verdict aria_verdict(const xmlAttr *attribute, const xmlNode *node) {
    const unsigned char *value = plain_value(attribute);
    if (value == NULL) return UNSURE;
    if (strcmp((const char *)value, "true") != 0) return KEEPS;
    int img = (node->ns == NULL || node->ns->href == NULL) &&
              strcmp((const char *)node->name, "img") == 0;
    return img ? KEEPS : HIDES;
}

/* Whether a hidden attribute hides its element: unless its id is one of React's streamed
 * boxes (_strip._STREAMED_ID_RE, "S:" and digits), which one not starting with "S:" (or
 * none) is not. */
static enum verdict hidden_verdict(const xmlAttr *id) {
    if (id == NULL) return HIDES;
    const unsigned char *value = plain_value(id);
    if (value == NULL) return UNSURE;
    return value[0] == 'S' && value[1] == ':' ? UNSURE : HIDES;
}

/* Whether lxml gives node a parent (getparent() is not None): one that is an element, a
 * comment, an entity reference or a processing instruction (lxml's _isElement). */
static inline int has_parent_element(const xmlNode *node) {
    const xmlNode *parent = node->parent;
    return parent != NULL &&
           (parent->type == XML_ELEMENT_NODE || parent->type == XML_COMMENT_NODE ||
            parent->type == XML_ENTITY_REF_NODE || parent->type == XML_PI_NODE);
}

/* ---- Stripping, in the same walk: etree.strip_elements(root, *tags, with_tail=False) --
 *
 * The elements of the tags, none in a namespace, under root (root itself stays), each taken
 * out of the tree with what it holds and its tail left in place, as lxml's strip_elements
 * does: unlinked as libxml2's xmlUnlinkNode unlinks an element, then freed where no proxy
 * of lxml's is in what it holds (lxml's attemptDeallocation), else left out of the tree
 * for the proxies (lxml then fixes the namespaces: where what it holds has any, it is left
 * in place for strip_elements itself, and the walk says so). Those to free are gathered
 * under the first of them, whose proxy frees them all at the end of the walk (lxml frees
 * an element and all it holds when its last proxy goes and no other is in it): one proxy
 * where there were many unlinked and freed one by one, and one walk of the page where
 * there were two (on the corpus, 67 elements a page are stripped). */

#define STRIP_TAGS_MAX 32

/* The tags to strip, as UTF-8, and the verdicts on element names seen (libxml2 keeps one
 * copy of each name in the document's dictionary, which the walk does not change). */
struct stripping {
    const char *tags[STRIP_TAGS_MAX];
    Py_ssize_t count;
    struct {
        const xmlChar *name;
        int strip;
    } seen[128];
};

/* Whether lxml's strip_elements of the tags strips node (an element): its name is one of
 * them and it has no namespace (lxml: none, or an empty address). */
static int strips(struct stripping *stripping, const xmlNode *node) {
    if (node->ns != NULL && node->ns->href != NULL && node->ns->href[0] != 0) return 0;
    size_t slot = ((size_t)node->name >> 4) & 127;
    if (stripping->seen[slot].name == node->name) return stripping->seen[slot].strip;
    int strip = 0;
    for (Py_ssize_t i = 0; i < stripping->count && !strip; i++)
        strip = strcmp((const char *)node->name, stripping->tags[i]) == 0;
    stripping->seen[slot].name = node->name;
    stripping->seen[slot].strip = strip;
    return strip;
}

/* Whether node is under top (top itself not). */
static int under(const xmlNode *node, const xmlNode *top) {
    for (node = node->parent; node != NULL; node = node->parent)
        if (node == top) return 1;
    return 0;
}

/* Whether any element, comment, processing instruction or entity reference in node's
 * subtree (node too) has a proxy (lxml's canDeallocateChildNodes: not going into entity
 * references), and whether any element there or its attributes has a namespace or declares
 * one. */
static void proxies_and_namespaces(xmlNode *node, int *proxied, int *namespaced) {
    xmlNode *top = node;
    *proxied = *namespaced = 0;
    for (;;) {
        if (node->type == XML_ELEMENT_NODE || node->type == XML_COMMENT_NODE ||
            node->type == XML_ENTITY_REF_NODE || node->type == XML_PI_NODE) {
            if (node->_private != NULL) *proxied = 1;
        }
        if (node->type == XML_ELEMENT_NODE) {
            if (node->ns != NULL || node->nsDef != NULL) *namespaced = 1;
            for (const xmlAttr *a = node->properties; a != NULL; a = a->next)
                if (a->ns != NULL) *namespaced = 1;
            if (node->children != NULL) {
                node = node->children;
                continue;
            }
        }
        while (node != top && node->next == NULL) node = node->parent;
        if (node == top) return;
        node = node->next;
    }
}

/* Take node out of the tree (xmlUnlinkNode, for an element). */
static void unlink_node(xmlNode *node) {
    xmlNode *parent = node->parent;
    if (parent != NULL) {
        if (parent->children == node) parent->children = node->next;
        if (parent->last == node) parent->last = node->prev;
        node->parent = NULL;
    }
    if (node->next != NULL) node->next->prev = node->prev;
    if (node->prev != NULL) node->prev->next = node->next;
    node->next = node->prev = NULL;
}

/* Strip node (unlinked here unless it is left in place): under *bin, the first element
 * stripped to free, whose proxy *bin_proxy frees them all when it goes; 1 where it is left
 * in place (a proxy and a namespace in it), -1 on failure. */
static int strip(struct LxmlDocument *doc, xmlNode *node, xmlNode **bin, PyObject **bin_proxy) {
    int proxied, namespaced;
    proxies_and_namespaces(node, &proxied, &namespaced);
    if (proxied && namespaced) return 1;
    unlink_node(node);
    if (proxied) return 0; /* out of the tree, freed with its last proxy */
    if (*bin == NULL) {
        PyObject *proxy = (PyObject *)elementFactory(doc, node);
        if (proxy == NULL) return -1;
        *bin = node;
        *bin_proxy = proxy;
        return 0;
    }
    xmlNode *into = *bin;
    node->parent = into;
    node->prev = into->last;
    if (into->last != NULL) into->last->next = node;
    else into->children = node;
    into->last = node;
    return 0;
}

/* The tags of a tuple of str, as UTF-8; -1 on failure (the error set). */
static int strip_tags(PyObject *tags, struct stripping *stripping) {
    memset(stripping, 0, sizeof *stripping);
    if (!PyTuple_Check(tags) || PyTuple_GET_SIZE(tags) > STRIP_TAGS_MAX) {
        PyErr_Format(PyExc_TypeError, "candidates() takes a tuple of at most %d tags",
                     STRIP_TAGS_MAX);
        return -1;
    }
    stripping->count = PyTuple_GET_SIZE(tags);
    for (Py_ssize_t i = 0; i < stripping->count; i++) {
        PyObject *tag = PyTuple_GET_ITEM(tags, i);
        if (!PyUnicode_Check(tag)) {
            PyErr_SetString(PyExc_TypeError, "candidates() takes tags as str");
            return -1;
        }
        stripping->tags[i] = PyUnicode_AsUTF8(tag);
        if (stripping->tags[i] == NULL) return -1;
    }
    return 0;
}

static PyObject *candidates(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *arg, *tags;
    if (!PyArg_ParseTuple(args, "OO:candidates", &arg, &tags)) return NULL;
    struct LxmlElement *root = element_arg(arg, "candidates");
    if (root == NULL) return NULL;
    struct stripping stripping;
    if (strip_tags(tags, &stripping) < 0) return NULL;
    struct LxmlDocument *doc = root->_doc;
    xmlNode *bin = NULL;
    PyObject *bin_proxy = NULL;
    int left = 0;
    PyObject *dropped = PyList_New(0), *styled = PyList_New(0), *hidden = PyList_New(0),
             *aria = PyList_New(0);
    if (dropped == NULL || styled == NULL || hidden == NULL || aria == NULL) goto failed;
    /* Every element of the document, in document order, but those stripped and those under
     * one dropped. */
    xmlNode *top = (xmlNode *)doc->_c_doc;
    xmlNode *node = next_element(top, top);
    while (node != NULL) {
        if (stripping.count && strips(&stripping, node) && under(node, root->_c_node)) {
            xmlNode *next = next_outside(node, top);
            int stripped = strip(doc, node, &bin, &bin_proxy);
            if (stripped < 0) goto failed;
            left |= stripped;
            node = next;
            continue;
        }
        const xmlAttr *style = NULL, *aria_hidden = NULL, *id = NULL;
        int has_hidden = 0;
        for (const xmlAttr *a = node->properties; a != NULL; a = a->next) {
            if (a->ns != NULL) continue;
            const char *name = (const char *)a->name;
            /* (The first of each, as el.get() reads it.) */
            if (name[0] == 's' && style == NULL && strcmp(name, "style") == 0) style = a;
            else if (name[0] == 'h' && strcmp(name, "hidden") == 0) has_hidden = 1;
            else if (name[0] == 'i' && id == NULL && strcmp(name, "id") == 0) id = a;
            else if (name[0] == 'a' && aria_hidden == NULL && strcmp(name, "aria-hidden") == 0)
                aria_hidden = a;
        }
        if ((style == NULL && aria_hidden == NULL && !has_hidden) || !has_parent_element(node)) {
            node = next_element(node, top);
            continue;
        }
        enum verdict by_style = style == NULL ? KEEPS : style_verdict(style);
        enum verdict by_aria = aria_hidden == NULL ? KEEPS : aria_verdict(aria_hidden, node);
        enum verdict by_hidden = has_hidden ? hidden_verdict(id) : KEEPS;
        if (by_style == HIDES || by_aria == HIDES || by_hidden == HIDES) {
            if (add(dropped, doc, node) < 0) goto failed;
            node = next_outside(node, top);
            continue;
        }
        if ((by_style == UNSURE && add(styled, doc, node) < 0) ||
            (by_hidden == UNSURE && add(hidden, doc, node) < 0) ||
            (by_aria == UNSURE && add(aria, doc, node) < 0))
            goto failed;
        node = next_element(node, top);
    }
    Py_XDECREF(bin_proxy); /* (frees what was stripped) */
    return Py_BuildValue("(NNNNN)", dropped, styled, hidden, aria, PyBool_FromLong(left));
failed:
    Py_XDECREF(bin_proxy);
    Py_XDECREF(dropped);
    Py_XDECREF(styled);
    Py_XDECREF(hidden);
    Py_XDECREF(aria);
    return NULL;
}

/* ---- The end of the hidden parts ---------------------------------------------------------- */

/* ---- The page survey -------------------------------------------------------------------
 *
 * survey_walk(root, classes=None, known=None)
 *     -> (order, elements, keys, notes, headings, times) | None:
 *   what html/_survey.py's Survey reads off the page, in one walk over root and the nodes
 *   under it (those root.iter() gives: elements, comments, processing instructions and
 *   entity references, in document order):
 *   order: each node's proxy -> its position (what dict(zip(root.iter(), count())) makes);
 *   elements, keys, notes: the elements whose class, id, itemprop, data-role, data-slot,
 *     href or rel attribute (outside any namespace) make a hint other than " ", in document
 *     order, and for each what the survey looks up: where the hint is the class and a space
 *     (no id, no role's value, no author's link), the class, its note True; else the hint
 *     the survey builds (class, space, id; the roles' part; " author" for an a element
 *     whose rel holds "author"), its note the a element's href where that may be an author's
 *     page (AUTHOR_HREF, which the survey asks: the plain look of _links_an_author does not
 *     pass over it), else None; but not an element whose class (note True) the dict
 *     classes, or whose hint (note None) the dict known, holds as hinting at nothing (0):
 *     the survey would look it up there and pass over it;
 *   headings, times: the elements that root.iter("h1", "time") finds (in no namespace),
 *     split as the survey splits them by their tags (a tag of "h1", the others).
 *   None where the survey reads a value otherwise than as one text node (the values of
 *   several nodes, or not UTF-8), where an attribute is in a namespace without an address
 *   (keys() names it as get() does not find it), or where the document's DTD declares
 *   attributes (get() would give their defaults): the survey reads the page itself there.
 */

/* The nodes root.iter() gives: elements, comments, processing instructions and entity
 * references. */
static inline int iterated(const xmlNode *node) {
    return node->type == XML_ELEMENT_NODE || node->type == XML_COMMENT_NODE ||
           node->type == XML_PI_NODE || node->type == XML_ENTITY_REF_NODE;
}

/* The node after node in root.iter()'s order among those under top, and top itself (NULL
 * after the last): lxml's own walk, which goes into the children of what it gives but an
 * entity reference's, and past any other node. */
static xmlNode *next_iterated(xmlNode *node, xmlNode *top) {
    xmlNode *next =
        node->type == XML_ENTITY_REF_NODE || node->type == XML_DTD_NODE ? NULL : node->children;
    for (;;) {
        if (next == NULL) {
            while (node != top && node->next == NULL) node = node->parent;
            if (node == top) return NULL;
            next = node->next;
        }
        if (iterated(next)) return next;
        node = next;
        next = NULL;
    }
}

/* Whether node's tag is the name given (el.tag, a namespace's address before a name). */
static inline int tagged(const xmlNode *node, const char *name) {
    return (node->ns == NULL || node->ns->href == NULL) &&
           strcmp((const char *)node->name, name) == 0;
}

/* Whether node is in no namespace as root.iter("h1", "time") sees it (none, or one whose
 * address is empty, which its tag names nonetheless: such an h1 is a time's kind). */
static inline int unspaced(const xmlNode *node) {
    return node->ns == NULL || node->ns->href == NULL || node->ns->href[0] == '\0';
}

/* The bytes of an attribute's value (its text node's, "" without one); 0, or -1 where it is
 * more than one node. */
static int raw_value(const xmlAttr *attribute, const char **value) {
    const unsigned char *text = plain_value(attribute);
    if (text == NULL) return -1;
    *value = (const char *)text;
    return 0;
}

/* Whether _links_an_author's plain look passes over an address: ASCII, and none of "tac",
 * "author" and "writer" in its lower case (then it is no author's page). One pass, each
 * word looked for where its first letter is (c | 0x20 is that letter for its two cases
 * alone). */
static int plainly_no_author(const char *href) {
    for (const unsigned char *c = (const unsigned char *)href; *c; c++) {
        if (*c >= 0x80) return 0;
        unsigned char first = *c | 0x20;
        if ((first == 't' && begins_blind(c, "tac")) ||
            (first == 'a' && begins_blind(c, "author")) ||
            (first == 'w' && begins_blind(c, "writer")))
            return 0;
    }
    return 1;
}

/* Whether a DTD of the document declares attributes, whose defaults lxml's get() gives. */
static int declares_attributes(const xmlDoc *doc) {
    return (doc->intSubset != NULL && doc->intSubset->attributes != NULL) ||
           (doc->extSubset != NULL && doc->extSubset->attributes != NULL);
}

/* A str of the UTF-8 bytes given; NULL, the error set, where they are not UTF-8. */
static PyObject *decoded(const char *text, size_t size) {
    return PyUnicode_DecodeUTF8(text, (Py_ssize_t)size, "strict");
}

/* The hint the survey builds of an element's values: "class id", then " itemprop data-role
 * data-slot" where roles, then " author" where author (each value "" where absent). */
static PyObject *built_hint(const char *cls, const char *ident, int roles, const char *itemprop,
                            const char *role, const char *slot, int author) {
    const char *parts[8];
    size_t count = 0, size = 0;
    parts[count++] = cls;
    parts[count++] = " ";
    parts[count++] = ident;
    if (roles) {
        parts[count++] = " ";
        parts[count++] = itemprop;
        parts[count++] = " ";
        parts[count++] = role;
        parts[count++] = " ";
    }
    size_t sizes[8];
    for (size_t i = 0; i < count; i++) size += sizes[i] = strlen(parts[i]);
    size_t slot_size = roles ? strlen(slot) : 0, author_size = author ? 7 : 0;
    size += slot_size + author_size;
    char local[512];
    char *hint = size <= sizeof local ? local : PyMem_Malloc(size);
    if (hint == NULL) return PyErr_NoMemory();
    char *at = hint;
    for (size_t i = 0; i < count; i++) {
        memcpy(at, parts[i], sizes[i]);
        at += sizes[i];
    }
    memcpy(at, slot, slot_size);
    at += slot_size;
    memcpy(at, " author", author_size);
    PyObject *result = decoded(hint, size);
    if (hint != local) PyMem_Free(hint);
    return result;
}

/* Whether the survey's memory (a dict, or NULL) holds key as hinting at nothing (flags 0):
 * 1, 0, or -1 on failure (the error set). */
static int known_as_nothing(PyObject *memory, PyObject *key) {
    if (memory == NULL) return 0;
    PyObject *flags = PyDict_GetItemWithError(memory, key); /* borrowed */
    if (flags == NULL) return PyErr_Occurred() ? -1 : 0;
    return PyLong_CheckExact(flags) ? PyObject_Not(flags) : 0;
}

/* The ints of the positions, made once for all pages up to a bound (each page numbers its
 * nodes from 0): a page's order map holds them instead of new ones. */
static PyObject *positions = NULL;
#define POSITIONS_KEPT 65536

/* The int of a position (a new reference); NULL on failure. */
static PyObject *position_int(Py_ssize_t position) {
    Py_ssize_t kept = PyList_GET_SIZE(positions);
    if (position < kept) {
        PyObject *at = PyList_GET_ITEM(positions, position);
        Py_INCREF(at);
        return at;
    }
    PyObject *at = PyLong_FromSsize_t(position);
    if (at != NULL && position == kept && kept < POSITIONS_KEPT &&
        PyList_Append(positions, at) < 0) {
        Py_DECREF(at);
        return NULL;
    }
    return at;
}

/* Append a new reference to list, and drop it; -1 on failure (the error set). */
static int append_new(PyObject *list, PyObject *item) {
    if (item == NULL) return -1;
    int failed = PyList_Append(list, item);
    Py_DECREF(item);
    return failed;
}

/* What the survey reads off an element with attributes (node, its proxy element): appended
 * to elements, keys, notes where its hint is not " " nor one classes or known holds as
 * hinting at nothing; 0, 1 where a value is not one the walk reads, or -1 on failure (the
 * error set). */
static int survey_element(xmlNode *node, PyObject *element, PyObject *elements, PyObject *keys,
                          PyObject *notes, PyObject *classes, PyObject *known) {
    const xmlAttr *cls = NULL, *ident = NULL, *itemprop = NULL, *role = NULL, *slot = NULL,
                  *href = NULL, *rel = NULL;
    for (const xmlAttr *a = node->properties; a != NULL; a = a->next) {
        if (a->ns != NULL) {
            if (a->ns->href == NULL) return 1;
            continue;
        }
        const char *name = (const char *)a->name;
        /* By the first letter, which most other names (style, src, alt, title) differ in. */
        const xmlAttr **which = NULL;
        switch (name[0]) {
        case 'c': which = strcmp(name, "class") == 0 ? &cls : NULL; break;
        case 'h': which = strcmp(name, "href") == 0 ? &href : NULL; break;
        case 'i':
            which = strcmp(name, "id") == 0         ? &ident
                    : strcmp(name, "itemprop") == 0 ? &itemprop
                                                    : NULL;
            break;
        case 'r': which = strcmp(name, "rel") == 0 ? &rel : NULL; break;
        case 'd':
            which = strcmp(name, "data-role") == 0   ? &role
                    : strcmp(name, "data-slot") == 0 ? &slot
                                                     : NULL;
            break;
        }
        /* The first of each name, as xmlGetNsProp finds it. */
        if (which != NULL && *which == NULL) *which = a;
    }
    if (!cls && !ident && !itemprop && !role && !slot && !href && !rel) return 0;
    const char *cls_v = "", *ident_v = "", *itemprop_v = "", *role_v = "", *slot_v = "",
               *href_v = "", *rel_v = "";
    if ((cls && raw_value(cls, &cls_v) < 0) || (ident && raw_value(ident, &ident_v) < 0) ||
        (itemprop && raw_value(itemprop, &itemprop_v) < 0) ||
        (role && raw_value(role, &role_v) < 0) || (slot && raw_value(slot, &slot_v) < 0) ||
        (href && raw_value(href, &href_v) < 0) || (rel && raw_value(rel, &rel_v) < 0))
        return 1;
    /* The roles' part where one of the three values is not empty. */
    int roles = *itemprop_v || *role_v || *slot_v;
    /* An author's link: an a element whose rel holds "author", or whose href the survey
     * asks AUTHOR_HREF about (an absent one is "", no author's page). */
    int author = 0;
    const char *pending = NULL;
    if ((href || rel) && tagged(node, "a")) {
        if (rel && strstr(rel_v, "author") != NULL) author = 1;
        else if (href && !plainly_no_author(href_v)) pending = href_v;
    }
    PyObject *key, *note, *memory = NULL;
    if (!ident && !roles && !author && pending == NULL) {
        if (!cls) return 0; /* the hint " " */
        key = decoded(cls_v, strlen(cls_v));
        note = Py_True;
        Py_INCREF(note);
        memory = classes;
    } else {
        key = built_hint(cls_v, ident_v, roles, itemprop_v, role_v, slot_v, author);
        if (pending == NULL) {
            note = Py_None;
            Py_INCREF(note);
            memory = known;
        } else {
            note = decoded(pending, strlen(pending)); /* " author" may follow: no look-up */
        }
    }
    if (key != NULL && note != NULL) {
        int nothing = known_as_nothing(memory, key);
        if (nothing != 0) { /* passed over, or failed */
            Py_DECREF(key);
            Py_DECREF(note);
            return nothing < 0 ? -1 : 0;
        }
    }
    if (key == NULL || note == NULL) {
        Py_XDECREF(key);
        Py_XDECREF(note);
        if (!PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) return -1;
        PyErr_Clear(); /* not UTF-8: the survey reads it itself */
        return 1;
    }
    if (PyList_Append(elements, element) < 0) {
        Py_DECREF(key);
        Py_DECREF(note);
        return -1;
    }
    if (append_new(keys, key) < 0) {
        Py_DECREF(note);
        return -1;
    }
    return append_new(notes, note);
}

static PyObject *survey_walk(PyObject *module, PyObject *const *args, Py_ssize_t count) {
    (void)module;
    if (count < 1 || count > 3) {
        PyErr_Format(PyExc_TypeError, "survey_walk() takes 1 to 3 arguments (%zd given)", count);
        return NULL;
    }
    struct LxmlElement *root = element_arg(args[0], "survey_walk");
    if (root == NULL) return NULL;
    /* The survey's memories, where they are dicts. */
    PyObject *classes = count > 1 && PyDict_CheckExact(args[1]) ? args[1] : NULL;
    PyObject *known = count > 2 && PyDict_CheckExact(args[2]) ? args[2] : NULL;
    struct LxmlDocument *doc = root->_doc;
    if (declares_attributes(doc->_c_doc)) Py_RETURN_NONE;
    int unread = 0; /* a value the walk does not read: the survey reads the page itself */
    PyObject *order = PyDict_New(), *elements = PyList_New(0), *keys = PyList_New(0),
             *notes = PyList_New(0), *headings = PyList_New(0), *times = PyList_New(0);
    if (order == NULL || elements == NULL || keys == NULL || notes == NULL || headings == NULL ||
        times == NULL)
        goto failed;
    xmlNode *top = root->_c_node;
    Py_ssize_t position = 0;
    for (xmlNode *node = top; node != NULL; node = next_iterated(node, top), position++) {
        PyObject *element = (PyObject *)elementFactory(doc, node);
        if (element == NULL) goto failed;
        PyObject *at = position_int(position);
        int broken = at == NULL || PyDict_SetItem(order, element, at) < 0;
        Py_XDECREF(at);
        if (!broken && node->type == XML_ELEMENT_NODE && unspaced(node)) {
            const char *name = (const char *)node->name;
            if (strcmp(name, "h1") == 0)
                broken = PyList_Append(tagged(node, "h1") ? headings : times, element) < 0;
            else if (strcmp(name, "time") == 0)
                broken = PyList_Append(times, element) < 0;
        }
        if (!broken && node->type == XML_ELEMENT_NODE && node->properties != NULL) {
            int read = survey_element(node, element, elements, keys, notes, classes, known);
            broken = read < 0;
            unread = read > 0;
        }
        Py_DECREF(element);
        if (broken || unread) goto failed;
    }
    return Py_BuildValue("(NNNNNN)", order, elements, keys, notes, headings, times);
failed:
    Py_XDECREF(order);
    Py_XDECREF(elements);
    Py_XDECREF(keys);
    Py_XDECREF(notes);
    Py_XDECREF(headings);
    Py_XDECREF(times);
    if (unread) Py_RETURN_NONE;
    return NULL;
}

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
