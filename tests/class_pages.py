"""Pages for the tests of the page's class index (single compounds and chains of them):
a tree drawn as nested ``(tag, class attribute, children)`` written as HTML, and an element
taken out of a page's tree once its index is made."""

from __future__ import annotations

import html

from vn_newsdoc._tree import drop_tag
from vn_newsdoc.html._page import Page
from vn_newsdoc.html.body._strip import _drop_tree

Node = tuple[str, "str | None", object]


def tree_html(node: Node) -> str:
    """The element ``node`` as HTML, each element holding a ``t`` before its children."""
    tag, cls, kids = node
    # A CR written as a character reference: the parser keeps it (a raw one becomes LF).
    attr = "" if cls is None else ' class="' + html.escape(cls).replace("\r", "&#13;") + '"'
    inner = "".join(tree_html(kid) for kid in kids)  # type: ignore[attr-defined]
    return f"<{tag}{attr}>t{inner}</{tag}>"


def page_source(trees: list[Node]) -> str:
    """A page whose body (classes ``a b``) holds ``trees``."""
    return "<html><body class='a b'>" + "".join(map(tree_html, trees)) + "</body></html>"


def lose_an_element(page: Page, which: int, whole: bool) -> None:
    """Make the page's class index, then take an element out of its tree: the one at
    ``which`` (modulo their number) of those with a parent, with its children where
    ``whole``, else leaving them in its place."""
    _ = page.class_index  # made before the tree loses an element
    elements = [el for el in page.root.iter() if el.getparent() is not None]
    lost = elements[which % len(elements)]
    if whole:
        _drop_tree(lost)
    else:
        drop_tag(lost)  # its children stay
