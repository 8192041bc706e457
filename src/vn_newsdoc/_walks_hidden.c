/* Part of the _walks extension (_walks.c includes it: one translation unit, see there).
 * Uses _walks.c's element_arg, add, next_element, plain_value and begins_blind. */

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
