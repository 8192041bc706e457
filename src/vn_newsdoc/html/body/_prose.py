"""Paragraphs of prose: what tells the article's text apart from the boxes around it.

The article's paragraphs share their markup: ``<p>`` elements of one class (often none),
each a sentence or more, mostly not links. A box beside the element taken for the body
that holds such a paragraph, with nothing naming it furniture (its tag, class or id), is
more of the article: its last section, a closing paragraph in a box of its own.
"""

from __future__ import annotations

import itertools
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._hints import NOT_CONTENT_CLASS
from vn_newsdoc.html.body._noise import is_noise_element
from vn_newsdoc.html.figures import is_caption_element, is_figure_element

__all__ = ["goes_on_beside", "goes_on_in", "prose_classes"]

_PROSE_MIN: Final = 80  # characters of a paragraph of prose
_PROSE_LINKED_MAX: Final = 0.3  # share of its text inside links, at most
# Boxes beside the body that hold no article text, whatever their paragraphs say.
_BOX_LINKED_MAX: Final = 0.2  # share of a box's text inside links, at most
_HEADING_TAGS: Final = ("h1", "h2", "h3", "h4", "h5", "h6")
_NOT_TEXT_TAGS: Final = frozenset({"header", "footer", "aside", "nav", "form"})


def _is_prose(p: _Element, scored: dict[_Element, int], linked: dict[_Element, int]) -> bool:
    n = scored.get(p, 0)
    return n >= _PROSE_MIN and linked.get(p, 0) <= _PROSE_LINKED_MAX * n


def prose_classes(
    el: _Element, scored: dict[_Element, int], linked: dict[_Element, int]
) -> set[str | None]:
    """The classes of the paragraphs of prose in ``el`` (``None`` for none).

    ``scored`` gives each text block's characters, ``linked`` those inside links.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><p class='x'>Một câu.</p><p>Hai câu.</p></div>")
    >>> sorted(prose_classes(box, {box[0]: 90, box[1]: 20}, {}), key=str)
    ['x']
    """
    return {p.get("class") for p in el.iter("p") if _is_prose(p, scored, linked)}


def _furniture(el: _Element) -> bool:
    """A box that is not the article's text by its tag, class or id (a picture's caption
    is text of its own kind)."""
    if el.tag in _NOT_TEXT_TAGS or is_noise_element(el):
        return True
    if is_figure_element(el) or is_caption_element(el):
        return True
    names = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(names.strip()) and bool(NOT_CONTENT_CLASS.search(names))


def _teasers(box: _Element, scored: dict[_Element, int], linked: dict[_Element, int]) -> bool:
    """A box pointing elsewhere: a headline that is a link (a teaser card's), or more
    than a fifth of its text inside links."""
    for heading in box.iter(*_HEADING_TAGS):
        parent = heading.getparent()
        if heading.find(".//a[@href]") is not None or (parent is not None and parent.tag == "a"):
            return True
    text = links = 0
    for el in box.iter():
        text += scored.get(el, 0)
        links += linked.get(el, 0)
    return links > _BOX_LINKED_MAX * text


def _holds_prose(
    box: _Element,
    classes: set[str | None],
    scored: dict[_Element, int],
    linked: dict[_Element, int],
    *,
    least: int = 1,
) -> bool:
    """Whether ``box`` holds ``least`` paragraphs of prose of one of ``classes`` with no furniture
    (``<aside>``, ``<footer>``, a ``sidebar``, ``related`` or ``comment`` box, a figure or
    caption) around it, ``box`` included, and ``box`` no teaser (no headline that is a link,
    a fifth of its text in links at most). A box above the body asks for two: one
    paragraph there is the standfirst, which the lead is read from.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring(
    ...     "<div><section><p>Đoạn cuối.</p></section><aside><p>Quảng cáo.</p></aside></div>")
    >>> scored = {page[0][0]: 90, page[1][0]: 90}
    >>> _holds_prose(page[0], {None}, scored, {}), _holds_prose(page[1], {None}, scored, {})
    (True, False)
    """
    if not isinstance(box.tag, str) or _furniture(box) or _teasers(box, scored, linked):
        return False
    found = 0
    for p in box.iter("p"):
        if p.get("class") not in classes or not _is_prose(p, scored, linked):
            continue
        between = itertools.takewhile(lambda el: el is not box, p.iterancestors())
        if not any(_furniture(el) for el in (p, *between)):
            found += 1
            if found >= least:
                return True
    return False


def goes_on_in(
    box: _Element,
    body: _Element,
    classes: set[str | None],
    scored: dict[_Element, int],
    linked: dict[_Element, int],
    *,
    above: bool,
) -> bool:
    """Whether the article taken to be ``body`` goes on in ``box``, a sibling of it: a box
    of ``body``'s tag and kind (when both have a class, a class word in common) holding a
    paragraph of prose written as ``body``'s are (``classes``, from
    :func:`prose_classes`). A box ``above`` the body holds two or more: one paragraph
    there is the standfirst, which the lead is read from.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring(
    ...     "<div><section class='part'><p>Một.</p></section>"
    ...     "<section class='part last'><p>Hai.</p></section>"
    ...     "<section class='other'><p>Ba.</p></section></div>")
    >>> scored = {p: 90 for p in page.iter("p")}
    >>> [goes_on_in(box, page[0], {None}, scored, {}, above=False) for box in page[1:]]
    [True, False]
    """
    if box.tag != body.tag:
        return False
    mine, theirs = body.get("class", "").split(), box.get("class", "").split()
    if mine and theirs and not set(mine) & set(theirs):
        return False
    return _holds_prose(box, classes, scored, linked, least=2 if above else 1)


def goes_on_beside(
    wrapper: _Element,
    child: _Element,
    scored: dict[_Element, int],
    linked: dict[_Element, int],
) -> bool:
    """Whether the article goes on in another child of ``wrapper`` than ``child``
    (:func:`goes_on_in`): ``child`` holds only part of it.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring("<div><section><p>Một.</p></section><section><p>Hai.</p>"
    ...                            "</section></div>")
    >>> goes_on_beside(page, page[0], {p: 90 for p in page.iter("p")}, {})
    True
    """
    classes = prose_classes(child, scored, linked)
    if not classes:
        return False
    above = True
    for sub in wrapper:
        if sub is child:
            above = False
        elif goes_on_in(sub, child, classes, scored, linked, above=above):
            return True
    return False
