"""The page's index of its class attributes (:class:`ClassIndex`), and the selectors it
answers: one compound of classes alone (:func:`simple_classes`), or a chain of those
joined by white space (:func:`class_chain`).

>>> simple_classes("p.sapo"), class_chain(".sapo b")
(('p', ('sapo',)), (('*', ('sapo',)), ('b', ())))
"""

from __future__ import annotations

import re
from typing import Any, Final

from lxml.etree import _Element

from vn_newsdoc.html._css._compile import TOKEN as _TOKEN

__all__ = ["ClassIndex", "class_chain", "simple_classes"]


def simple_classes(selector: str) -> tuple[str, tuple[str, ...]] | None:
    """The tag (``"*"`` for any) and the classes of ``selector`` (one that
    :func:`css_to_xpath` compiles) where it is one compound selector of classes alone, with
    or without a tag; else ``None``. :class:`ClassIndex` answers these.

    >>> simple_classes("h1.detail-title.big"), simple_classes(".sapo")
    (('h1', ('detail-title', 'big')), ('*', ('sapo',)))
    >>> simple_classes(".detail-author .name"), simple_classes("h1"), simple_classes("#x")
    (None, None, None)
    """
    compounds = _compounds(selector)
    if compounds is None or len(compounds) != 1 or not compounds[0][1]:
        return None
    return compounds[0]


def class_chain(selector: str) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """The compounds (each a tag, ``"*"`` for any, and classes) of ``selector`` (one that
    :func:`css_to_xpath` compiles) where it is two or more compound selectors joined by
    white space (the descendant combinator), each of classes alone with or without a tag,
    but the last, which may be a tag alone; else ``None``. :meth:`ClassIndex.select_chain`
    answers these.

    >>> class_chain(".detail-author-bot .name"), class_chain(".author_mail STRONG")
    ((('*', ('detail-author-bot',)), ('*', ('name',))), (('*', ('author_mail',)), ('strong', ())))
    >>> class_chain(".a > .b"), class_chain("div .b"), class_chain(".a *"), class_chain(".a")
    (None, None, None, None)
    """
    compounds = _compounds(selector)
    if compounds is None or len(compounds) == 1 or compounds[-1] == ("*", ()):
        return None
    if not all(names for _, names in compounds[:-1]):
        return None
    return tuple(compounds)


def _compounds(selector: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The compounds of ``selector`` joined by white space (the descendant combinator),
    each a tag (``"*"`` for any) and its classes, where each is made of a tag, classes or
    both, and nothing else joins them; else ``None`` (a child combinator, a comma, an id or
    an attribute). An empty selector is one empty compound.

    >>> _compounds("div.a.b  .c p"), _compounds(".a > .b"), _compounds("")
    ([('div', ('a', 'b')), ('*', ('c',)), ('p', ())], None, [('*', ())])
    """
    compounds: list[tuple[str, tuple[str, ...]]] = []
    tag = "*"
    classes: list[str] = []
    fresh = True  # no token yet in this compound: a tag may open it
    text = selector.strip()
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            return None
        space = match.group("space")
        if space is not None:
            if space.strip():  # a child combinator or a comma
                return None
            compounds.append((tag, tuple(classes)))
            tag, classes, fresh = "*", [], True
        elif match.group("cls") is not None:
            classes.append(match.group("cls"))
            fresh = False
        elif match.group("tag") is not None and fresh:
            tag = "*" if match.group("tag") == "*" else match.group("tag").lower()
            fresh = False
        else:  # an id or an attribute
            return None
        pos = match.end()
    compounds.append((tag, tuple(classes)))
    return compounds


# The characters XPath's normalize-space() takes for white space (XML's, no other): the
# compiled class test, contains(concat(' ', normalize-space(@class), ' '), ' x '), splits a
# class attribute's words on them alone (a no-break space or a form feed is part of a word).
_BLANKS: Final = re.compile("[ \t\n\r]+")


class ClassIndex:
    """A page's class attributes in document order, each as lxml's string result that
    knows its element: what a selector of classes alone (:func:`simple_classes`) matches
    from the page's root is found among them, with no walk over the page.

    A compiled selector is a walk through every element's attributes, and a page's
    profile runs several: this one walk (the class attributes, as the selectors' class
    prefilter gathers them anyway) answers them all. The elements are those the
    selector's XPath gives: in document order, each once, those whose class has each of
    the classes as a word (split where ``normalize-space()`` sees white space), with the
    tag where one is named, and only those still in the tree under ``root``.

    >>> from lxml.html import fragment_fromstring
    >>> from lxml.etree import XPath
    >>> root = fragment_fromstring("<div class='a'><p class='b\ta'>x</p><b class='ab'/></div>")
    >>> index = ClassIndex(root, XPath("descendant-or-self::*/@class")(root))
    >>> [el.tag for el in index.select("*", ("a",))], [el.tag for el in index.select("p", ("a",))]
    (['div', 'p'], ['p'])
    """

    __slots__ = ("elements", "joined", "root", "values")

    def __init__(
        self, root: _Element, values: list[Any], elements: list[_Element] | None = None
    ) -> None:
        self.root = root
        self.values = values
        # The values' elements, where the caller has them (the compiled build's walk);
        # else each value is a string result that knows its element.
        self.elements = elements
        # NUL joins them: no attribute value holds one, so the n-th NUL ends the n-th value.
        self.joined = "\0".join(values)

    def select(self, tag: str, classes: tuple[str, ...]) -> list[_Element]:
        """The elements of tag ``tag`` (``"*"``: any) whose class has each of ``classes``
        (at least one) as a word, in document order."""
        joined, values = self.joined, self.values
        key = max(classes, key=len)  # the longest is in fewest values
        found: list[_Element] = []
        index = 0  # the value that the text from ``counted`` on belongs to
        counted = 0
        pos = joined.find(key)
        while pos >= 0:
            index += joined.count("\0", counted, pos)
            value = values[index]
            words = _BLANKS.split(value)
            if all(name in words for name in classes):
                el = value.getparent() if self.elements is None else self.elements[index]
                if tag in ("*", el.tag) and self._holds(el):
                    found.append(el)
            end = joined.find("\0", pos)
            if end < 0:
                break
            index += 1
            counted = end + 1
            pos = joined.find(key, counted)
        return found

    def select_chain(self, chain: tuple[tuple[str, tuple[str, ...]], ...]) -> list[_Element]:
        """The elements that the compounds of ``chain`` (:func:`class_chain`: two or more,
        each a tag and classes, only the last without classes) select, joined by the
        descendant combinator, from the root: in document order, each once.

        The XPath walks every element's attributes for each compound; here the compounds
        of classes are found in the index, and each element of the last is kept where its
        ancestors, nearest first, hold one of each compound before it in turn (the nearest
        that fits each is the best choice: the farther ones stay for the rest). A last
        compound of a tag alone is each tag element inside the outermost elements the
        compounds before it select (lxml's own search, in document order)."""
        *above, (tag, classes) = chain
        if not classes:
            found: list[_Element] = []
            holders = self.select(*above[0]) if len(above) == 1 else self.select_chain(tuple(above))
            last: _Element | None = None
            for holder in holders:
                if last is not None and _inside(holder, last):
                    continue  # its elements are last's, found already
                last = holder
                found.extend(holder.iterdescendants(tag))
            return found
        candidates = self.select(tag, classes)
        if not candidates:
            return candidates
        boxes = [set(self.select(*compound)) for compound in above]
        if not all(boxes):
            return []
        return [el for el in candidates if _has_ancestors_in(el, boxes)]

    def _holds(self, el: _Element) -> bool:
        """Whether ``el`` is still under the root: an element taken out of the tree after
        the index was made is not (the XPath would not find it)."""
        root = self.root
        node: _Element | None = el
        while node is not None:
            if node is root:
                return True
            node = node.getparent()
        return False


def _inside(el: _Element, box: _Element) -> bool:
    """Whether ``box`` is an ancestor of ``el``."""
    return any(ancestor is box for ancestor in el.iterancestors())


def _has_ancestors_in(el: _Element, boxes: list[set[_Element]]) -> bool:
    """Whether ``el`` has an ancestor in each of ``boxes``, the last nearest: one in the
    last box, above it one in the box before, and so on."""
    which = len(boxes) - 1
    for ancestor in el.iterancestors():
        if ancestor in boxes[which]:
            if not which:
                return True
            which -= 1
    return False
