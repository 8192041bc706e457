"""What :func:`strip_page` removes from a page before it is read: scripts, styles, forms,
and the parts a style or an attribute hides (and a menu or button the page left open,
which the parser makes wrap the article, loses its tag only)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, cast

from lxml import etree
from lxml.etree import XPath, _Element

from vn_newsdoc._tree import drop_tag
from vn_newsdoc.html._native import hidden_walk
from vn_newsdoc.html.body._noise import is_noise_element
from vn_newsdoc.text import drop_xml_invalid

__all__ = ["strip_page"]

# Elements that never hold article text.
_DROP_TAGS: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "textarea",
        "input",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "map",
        "nav",
    }
)
# The same, in a tuple for the compiled build's walk.
_DROP_TAG_NAMES: Final = tuple(sorted(_DROP_TAGS))
_HIDDEN_STYLE_RE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# What may hide an element, each found on its own (reached from the attributes, which
# libxml2 finds faster than testing every element; "//*/@x" walks the elements only, where
# "//@x" walks every node, text included): the styles, as values that know their element
# (no look-up of the style again), the elements with a hidden attribute, and those whose
# aria-hidden is "true". Unlike their union, which merges and sorts the three sets (and
# goes up from each attribute to its element), they are searched one after the other; the
# order elements are dropped in changes nothing (see _drop_hidden).
_STYLES_XPATH: Final = XPath("//*/@style")
_HIDDEN_ATTRIBUTE_XPATH: Final = XPath("//*/@hidden/..")
_ARIA_HIDDEN_XPATH: Final = XPath("//*/@aria-hidden[. = 'true']/..")
# The compiled build's walk for what the three find, which also strips the tags of
# _DROP_TAGS (None: strip_elements and the searches). Not Final: the tests read pages both
# ways.
_HIDDEN_WALK = hidden_walk()
# The elements around the page's ``<main>``: a menu or a ``<nav>`` among them is one the
# page left open, which the parser makes wrap the rest of the page, the article too.
_AROUND_MAIN_XPATH: Final = XPath("//main/ancestor::*")
_PAGE_TAGS: Final = frozenset({"html", "body"})
# React's server rendering streams a part of the page, ready, into a hidden box with an id
# ``S:<n>`` for its script to move into place: the page's text, not a hidden part.
_STREAMED_ID_RE: Final = re.compile(r"S:\d+$")


def strip_page(root: _Element) -> None:
    """Remove, in place, what is never article text: scripts, styles, forms, hidden parts.

    Run it after metadata (JSON-LD lives in scripts) has been read. Tails are kept. A
    button holding paragraphs (one the page left open, which the parser makes wrap the
    rest of the page) loses its tag only, and so does a menu or a ``<nav>`` holding the
    page's ``<main>`` (left open before it), and a box hidden by React's streaming
    (``<div hidden id="S:0">``, moved in place by its script) stays.

    Args:
        root: The page's root element; changed in place.

    >>> from lxml.html import document_fromstring, tostring
    >>> page = document_fromstring(
    ...     "<p>Một<script>x()</script> hai<span style='display:none'>ẩn</span> ba</p>")
    >>> strip_page(page)
    >>> page.text_content()
    'Một hai ba'
    """
    # One walk finds both (buttons and mains are rare, the walk is in C).
    buttons: list[_Element] = []
    mains: list[_Element] = []
    for el in root.iter("button", "main"):
        (mains if el.tag == "main" else buttons).append(el)
    _strip_page(root, buttons, mains)


def _strip_page(root: _Element, buttons: list[_Element], mains: list[_Element]) -> None:
    """:func:`strip_page`, given the page's buttons and ``<main>`` elements in page order
    (which the metadata's walk finds on its way)."""
    # A button left open swallows the page after it: its paragraphs are the page's text.
    for button in buttons:
        if next(button.iterdescendants("p"), None) is not None:
            drop_tag(button)
    # So does a menu (a ``<nav>``, a list or item named as one) left open before ``<main>``.
    for el in _around_main(root, mains):
        if el.tag not in _PAGE_TAGS and (el.tag in _DROP_TAGS or is_noise_element(el)):
            drop_tag(el)
    walk = _HIDDEN_WALK
    if walk is None:
        etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
        _drop_hidden(root)
        return
    # The compiled build's walk strips the tags as strip_elements does on its way through
    # the page for the hidden parts: one walk of the page where there were two. It finds
    # what it would find after the stripping (it does not look into what it strips), and
    # does not strip inside what it finds hidden (that leaves the page whole, stripped or
    # not); what only strip_elements can take out (an element holding a proxy and a
    # namespace) it leaves in place, and says so.
    dropped, styled, hidden, aria, left = walk(root, _DROP_TAG_NAMES)
    if left:
        etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    _drop_found(dropped, styled, hidden, aria)


def _drop_hidden(root: _Element) -> None:
    """Drop the elements an inline style, a ``hidden`` attribute (React's streamed boxes
    aside) or ``aria-hidden="true"`` (images aside) hides.

    The elements dropped are those of the three searches together, whatever the order:
    dropping an element changes no attribute, and the text left in the tree does not
    depend on the order either (the tails of a run of dropped siblings join the text
    before the run in page order, one by one or in a block; a tail inside a dropped
    element leaves with it). An element found twice, or inside one dropped already, is
    dropped from where it is (nothing, or a part already out of the page).
    """
    # (_drop_tree leaves the page's root element alone, the one without a parent.)
    walk = _HIDDEN_WALK
    if walk is None:
        _drop_styled((style, style.getparent()) for style in _STYLES_XPATH(root))
        _drop_attributed(_HIDDEN_ATTRIBUTE_XPATH(root), _ARIA_HIDDEN_XPATH(root))
        return
    # The compiled build's walk finds all three at once, before any is dropped, and judges
    # the plain values itself (styles in ASCII, aria-hidden, the ids beside hidden), so that
    # most elements with a style, which hide nothing, have no proxy made: it gives the
    # elements those hide (none inside another: gone with it), then those it left to judge
    # here. The same elements are dropped (those inside one dropped first are dropped where
    # they are, out of the page, or not at all).
    dropped, styled, hidden, aria, _ = walk(root, ())
    _drop_found(dropped, styled, hidden, aria)


def _drop_found(
    dropped: list[_Element], styled: list[_Element], hidden: list[_Element], aria: list[_Element]
) -> None:
    """Drop what the compiled build's walk found: the elements it judged hidden, and of
    those it left to judge, the ones hidden."""
    for el in dropped:
        _drop_tree(el)
    _drop_styled_elements(styled)
    _drop_attributed(hidden, [el for el in aria if el.get("aria-hidden") == "true"])


def _drop_styled(styles: Iterable[tuple[str, object]]) -> None:
    """Drop each element (the second of each pair) whose style (the first) hides it."""
    for style, el in styles:
        if _style_hides(style) and isinstance(el, _Element):
            _drop_tree(el)


def _drop_styled_elements(styled: list[_Element]) -> None:
    """:func:`_drop_styled` of the elements the compiled build's walk finds with a style,
    each style read here: no pair made and taken apart for each."""
    for el in styled:
        if _style_hides(cast(str, el.get("style"))):  # (the walk lists elements with one)
            _drop_tree(el)


def _drop_attributed(hidden: Iterable[object], aria: Iterable[object]) -> None:
    """Drop the elements with a hidden attribute (React's streamed boxes aside) and those
    whose aria-hidden is "true" (images aside)."""
    for el in hidden:
        # The id's name as bytes, which lxml takes as it is (a str it encodes each time).
        if isinstance(el, _Element) and not _STREAMED_ID_RE.match(el.get(b"id") or ""):
            _drop_tree(el)
    for el in aria:
        if isinstance(el, _Element) and el.tag != "img":
            _drop_tree(el)


# Pages set the same styles on many elements (a page of the corpus: 60 styles, 25 of them
# different): each is judged once. Past the bound all are forgotten (what is kept changes
# no answer); longer styles are judged each time.
_HIDING: dict[str, bool] = {}
_HIDING_MAX: Final = 1 << 12
_HIDING_LEN: Final = 200


def _style_hides(style: str) -> bool:
    """:func:`_hides`, each style judged once (see ``_HIDING``)."""
    said = _HIDING.get(style)
    if said is None:
        said = _hides(style)
        if len(style) <= _HIDING_LEN:
            if len(_HIDING) >= _HIDING_MAX:
                _HIDING.clear()
            _HIDING[style] = said
    return said


def _hides(style: str) -> bool:
    """Whether an inline style hides its element (``display: none``, ``visibility:
    hidden``): what ``_HIDDEN_STYLE_RE`` finds.

    >>> _hides("color: red; DISPLAY :none"), _hides("overflow: hidden; display: block")
    (True, False)
    """
    if style.isascii():  # the usual case: plain searches of the style in lower case
        lowered = style.lower()
        return _declares(lowered, "display", "none") or _declares(lowered, "visibility", "hidden")
    # Outside ASCII, letters such as "ſ" or "ı" match the expression's in any case.
    return _HIDDEN_STYLE_RE.search(style) is not None


def _declares(lowered: str, name: str, value: str) -> bool:
    """Whether ``lowered`` (an ASCII style in lower case) holds ``name``, white space,
    ``:``, white space and ``value`` (``\\s*`` of the expression: ``str.isspace``)."""
    size = len(lowered)
    at = lowered.find(name)
    while at >= 0:
        pos = at + len(name)
        while pos < size and lowered[pos].isspace():
            pos += 1
        if pos < size and lowered[pos] == ":":
            pos += 1
            while pos < size and lowered[pos].isspace():
                pos += 1
            if lowered.startswith(value, pos):
                return True
        at = lowered.find(name, at + 1)
    return False


def _around_main(root: _Element, mains: list[_Element]) -> list[_Element]:
    """The elements around the page's ``<main>`` elements, in document order (what
    ``//main/ancestor::*`` finds): walked up from a single ``<main>``, the usual case."""
    if len(mains) == 1:
        return list(mains[0].iterancestors())[::-1]
    return _AROUND_MAIN_XPATH(root) if mains else []


def _drop_tree(el: _Element) -> None:
    """``el.drop_tree()``, also when its tail holds a control character.

    ``drop_tree`` joins the element's tail to the text before it, and lxml refuses to set
    a text holding a control character (``\\x07``) that the page itself was allowed to
    carry (and clears the old text before it refuses). The joined text goes without the
    characters XML cannot hold, as every text the reader keeps does.
    """
    parent = el.getparent()
    tail = el.tail
    if parent is None:
        return
    if tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = drop_xml_invalid((parent.text or "") + tail)
        else:
            previous.tail = drop_xml_invalid((previous.tail or "") + tail)
        el.tail = None
    parent.remove(el)
