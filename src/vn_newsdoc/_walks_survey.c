/* Part of the _walks extension (_walks.c includes it: one translation unit, see there).
 * Uses _walks.c's element_arg, plain_value and begins_blind. */

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
