"""Cues to the lead that do not depend on class names: what the block says (not a date
line, a byline or a forum thread's line about itself), the page's description repeating it,
and its place between the headline and the body.

Class names for the lead vary without end (``sapo``, ``lede``, ``sdescript``,
``init_content``). Two cues do not depend on them: the page's own description (``og:`` or
``<meta name=description>``) usually repeats the lead, perhaps cut short with "…"; and a
block of text set between the headline and the body can only be the lead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from lxml.etree import Element, _Element

from vn_newsdoc.html._elements import element_text
from vn_newsdoc.html._hints import AUTHOR_CLASS, DATE_CLASS, names_matcher
from vn_newsdoc.html._thresholds import (
    ELLIPSIS_DOTS,
    LEAD_BETWEEN_MIN,
    LEAD_DESCRIBED_BLOCKS,
    LEAD_DESCRIPTION_MIN,
    LEAD_LINKED_MAX,
    LEAD_MAX,
    LEAD_PICTURE_HOPS,
    LEAD_SCAN,
)
from vn_newsdoc.html.body import is_date_line, is_noise_element
from vn_newsdoc.html.body._walk import INLINE_TAGS
from vn_newsdoc.html.figures import is_caption_element, is_figure_element
from vn_newsdoc.text import clean, fold_key
from vn_newsdoc.vi.bylines import is_byline_line

__all__ = ["BlocksAfter", "in_picture_box", "is_lead_text", "lead_between", "lead_by_description"]

_BLOCK_TAGS: Final = frozenset(
    {"p", "div", "h2", "h3", "h4", "section", "td", "span", "strong", "b"}
)
# A forum thread's line about itself ("Thảo luận trong 'Mục' bắt đầu bởi an, 14/12/12").
_FORUM_META_RE: Final = re.compile(
    r"\b(?:bắt\s+đầu\s+bởi|thảo\s+luận\s+trong|started\s+by|discussion\s+in)\b",
    re.IGNORECASE,
)


def is_lead_text(text: str, links: float) -> bool:
    """Whether a block's text may be a lead: not a date line, a byline or a forum thread's
    line about itself, and not mostly links.

    >>> is_lead_text("Thảo luận trong 'Mạng xã hội' bắt đầu bởi an, 14/12/12.", 0.2)
    False
    >>> is_lead_text("Nông dân xã Đông Hòa gặt lúa sớm một tuần vì lo mưa bão.", 0.0)
    True
    """
    return not (
        links > LEAD_LINKED_MAX
        or is_date_line(text)
        or is_byline_line(text)
        or _FORUM_META_RE.search(text)
    )


def in_picture_box(el: _Element) -> bool:
    """Whether ``el`` is a picture's caption: itself, or a box up to
    :data:`~vn_newsdoc.html._thresholds.LEAD_PICTURE_HOPS` levels above it, is a caption
    or a picture's box (``<figure>``, ``<figcaption>``, a caption class). A lead is never
    a photo's caption, whatever the class or ``itemprop`` says (``<figure
    class="lead-figure">``, ``<p class="caption" itemprop="description caption">``).

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<figure class='lead-figure'><img src='/a.jpg'>"
    ...     "<figcaption><p class='summary'>Đồi chè Long Cốc lúc bình minh.</p>"
    ...     "</figcaption></figure>")
    >>> in_picture_box(box.find(".//p"))
    True
    >>> in_picture_box(fragment_fromstring("<div><p class='sapo'>Nông dân gặt lúa.</p></div>")[0])
    False
    """
    node: _Element | None = el
    for _ in range(LEAD_PICTURE_HOPS):
        if node is None:
            return False
        if is_caption_element(node) or is_figure_element(node):
            return True
        node = node.getparent()
    return False


def _own_text(el: _Element) -> tuple[str, float]:
    """The text directly in ``el`` and its inline children, and the share inside links."""
    parts = [el.text or ""]
    linked = 0
    for child in el:
        tag = child.tag
        if tag in INLINE_TAGS:
            # A child without children holds its own text alone (no iterator needed).
            inner = "".join(child.itertext()) if len(child) else child.text or ""
            parts.append(inner)
            if tag == "a":
                linked += len(inner.strip())
        elif tag == "br":
            parts.append("\n")
        parts.append(child.tail or "")
    raw = "".join(parts)
    if not raw or raw.isspace():
        # White space alone (a wrapper's text between its blocks, most of the elements
        # looked at) cleans to nothing: clean() is not asked.
        return "", 0.0
    text = clean(raw)
    return text, (linked / len(text) if text else 0.0)


def _blocks_after(start: _Element) -> Iterator[tuple[_Element, str, float]]:
    """The first :data:`~vn_newsdoc.html._thresholds.LEAD_SCAN` elements after ``start``
    (and outside it) in document order that hold text of their own, with the text and link
    share."""
    seen = 0
    node: _Element | None = start
    while node is not None:
        for sibling in node.itersiblings():
            for el in sibling.iter(Element):  # elements alone: no comment, no instruction
                if seen >= LEAD_SCAN:
                    return
                seen += 1
                if el.tag in _BLOCK_TAGS:
                    text, links = _own_text(el)
                    if text:
                        yield el, text, links
        node = node.getparent()


class BlocksAfter:
    """The blocks :func:`_blocks_after` gives after ``start``, read once however many
    readers go through them (the description's and the between-headline-and-body cues
    both read the blocks after the headline, from the first): each iteration gives them
    all, in order, reading further only past what an earlier one read. The page must not
    change meanwhile.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><h1>Mùa gặt</h1><p>Nông dân gặt lúa.</p></div>")
    >>> after = BlocksAfter(box[0])
    >>> [text for _, text, _ in after] == [text for _, text, _ in after] == ["Nông dân gặt lúa."]
    True
    """

    __slots__ = ("_read", "_source", "start")

    def __init__(self, start: _Element) -> None:
        self.start = start
        self._source = _blocks_after(start)
        self._read: list[tuple[_Element, str, float]] = []

    def __iter__(self) -> Iterator[tuple[_Element, str, float]]:
        read = self._read
        i = 0
        while True:
            if i < len(read):
                yield read[i]
            else:
                block = next(self._source, None)
                if block is None:
                    return
                read.append(block)
                yield block
            i += 1


def _without_ellipsis(text: str) -> tuple[str, bool]:
    """``text`` without the ``…`` or ``...`` (and white space) that ends it, and whether
    there was one.

    Read from the end, in linear time: the pattern ``\\s*(?:…|\\.{3,})\\s*$`` searched
    a run of dots from each of its dots (100,000 dots took minutes).

    >>> _without_ellipsis("Giá vàng giảm mạnh ... "), _without_ellipsis("Giá vàng.")
    (('Giá vàng giảm mạnh', True), ('Giá vàng.', False))
    """
    stem = text.rstrip()
    if stem.endswith("…"):
        return stem[:-1].rstrip(), True
    dots = len(stem) - len(stem.rstrip("."))
    if dots < ELLIPSIS_DOTS:
        return text, False
    return stem[:-dots].rstrip(), True


@functools.lru_cache(maxsize=8)
def _description_key(description: str) -> tuple[str, bool]:
    """The key of the description without its ellipsis, and whether it had one: each of a
    page's first blocks is compared with it, and a long description's key is not kept by
    :func:`~vn_newsdoc.text.fold_key` (the last few pages' are kept here)."""
    stem, cut = _without_ellipsis(description)
    return fold_key(stem), cut


def _describes(text: str, description: str) -> bool:
    """Whether a block's text (clean) is the description, or the description cut short."""
    want, cut = _description_key(description)
    # fold_key folds word by word and keeps each space: the text's key starts with the
    # description's only where the key of its first word starts with the key of the
    # description's first word (a block's text is folded only then, and only as far as
    # the comparison reads: see _key_past).
    first = text.partition(" ")[0]
    if not fold_key(first).startswith(want.partition(" ")[0]):
        return False
    got = _key_past(text, len(want))
    if got == want:
        return True
    return (
        len(want) >= LEAD_DESCRIPTION_MIN
        and got.startswith(want)
        and (cut or got[len(want)] in " .")
    )


def _key_past(text: str, size: int) -> str:
    """``fold_key(text)`` of a clean text, or the key of its words up to a space where that
    is longer than ``size`` characters: what :func:`_describes` reads of the whole key
    (whether it equals or starts with a key of ``size`` characters, and the character
    after those). The key of a clean text's words before a space is where its whole key
    starts (fold_key folds word by word and keeps each space), and a block is often far
    longer than the description it is compared with."""
    end = text.find(" ", size)
    while end != -1:
        key = fold_key(text[:end])
        if len(key) > size:
            return key
        end = text.find(" ", end + 1)
    return fold_key(text)


def lead_by_description(
    headline: _Element,
    description: str | None,
    containers: Sequence[_Element],
    after: BlocksAfter | None = None,
) -> _Element | None:
    """The block after the headline that the page's description repeats, when it is set
    apart from the body (outside it, or not one of its paragraphs).

    Args:
        headline: The headline element.
        description: The page's description (metadata), perhaps cut short with "…".
        containers: The body element(s).
        after: The blocks after the headline, where another cue reads them too.

    Returns:
        The lead's element, or ``None``.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring(
    ...     "<div><h1>Mùa gặt</h1><p class='x'>Nông dân xã Đông Hòa gặt lúa sớm một tuần "
    ...     "vì lo mưa bão kéo dài.</p><p>Sáng 3/4, hàng trăm người ra đồng.</p></div>")
    >>> described = "Nông dân xã Đông Hòa gặt lúa sớm một tuần vì…"
    >>> lead_by_description(page.find(".//h1"), described, []).get("class")
    'x'
    """
    if not description or len(description) < LEAD_DESCRIPTION_MIN:
        return None
    # The blocks are read one at a time: those after the described one (but the next)
    # are never read.
    blocks = _described_blocks(after if after is not None else _blocks_after(headline))
    for el, text, links in blocks:
        if links > LEAD_LINKED_MAX or not _describes(text, description):
            continue
        if any(el is c or _inside(el, c) for c in containers):
            return None  # the description repeats the body, or a box holding it
        if _in_any(el, containers) and _holds_article(el):
            return None  # the described opening is loose text in the body's wrapper
        following = next(blocks, None)
        if following is not None and _alike(el, following[0]) and _in_any(el, containers):
            return None  # the body's first paragraph, like the ones after it
        return el
    return None


def _described_blocks(
    after: Iterable[tuple[_Element, str, float]],
) -> Iterator[tuple[_Element, str, float]]:
    """The blocks after the headline (``after``) long enough to be the description, and no
    date line: :data:`~vn_newsdoc.html._thresholds.LEAD_DESCRIBED_BLOCKS` and one more at
    most."""
    count = 0
    for el, text, links in after:
        if len(text) < LEAD_DESCRIPTION_MIN or is_date_line(text):
            continue
        yield el, text, links
        count += 1
        if count > LEAD_DESCRIBED_BLOCKS:
            return


def lead_between(
    headline: _Element,
    containers: Sequence[_Element],
    order: Mapping[_Element, int],
    after: BlocksAfter | None = None,
) -> _Element | None:
    """A block of text standing alone between the headline and the body.

    Args:
        headline: The headline element.
        containers: The body element(s), after the headline in the page.
        order: Each element's position in the document.
        after: The blocks after the headline, where another cue reads them too.

    Returns:
        The lead's element, or ``None`` (also when the body starts before the headline).
    """
    if not containers:
        return None
    stop = order.get(containers[0], -1)
    if stop <= order.get(headline, stop):
        return None
    for el, text, links in after if after is not None else _blocks_after(headline):
        if order.get(el, stop) >= stop:
            return None
        if len(text) < LEAD_BETWEEN_MIN or is_date_line(text) or is_byline_line(text):
            continue
        if _FORUM_META_RE.search(text):
            continue
        if _furniture(el, headline):
            continue
        if (
            links > LEAD_LINKED_MAX
            or len(text) > LEAD_MAX
            or any(_inside(el, c) for c in containers)
        ):
            return None
        return el
    return None


_names_an_author: Final = names_matcher(AUTHOR_CLASS)
_names_a_date: Final = names_matcher(DATE_CLASS)


def _furniture(el: _Element, headline: _Element) -> bool:
    """Whether ``el`` is, or sits in, a picture's caption or box, page furniture, or a box
    of the article's byline or date (up to the element the headline sits in), or is the
    lone text of a box with a picture (its caption, written as a plain paragraph)."""
    stop = headline.getparent()
    node: _Element | None = el
    while node is not None and node is not stop:
        if is_caption_element(node) or is_figure_element(node) or is_noise_element(node):
            return True
        cls, ident = node.get("class"), node.get("id")
        if _names_an_author(cls, ident) or _names_a_date(cls, ident):
            return True
        node = node.getparent()
    return any(True for _ in el.iter("img", "amp-img")) or _lone_text_by_picture(el)


def _lone_text_by_picture(el: _Element) -> bool:
    """Whether ``el`` is the only text of a box that holds a picture: the picture's
    caption.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><img src='/a.jpg'><p>Đồng lúa chín.</p></div>")
    >>> _lone_text_by_picture(box[1])
    True
    """
    box = el.getparent()
    if box is None or not any(True for _ in box.iter("img", "amp-img", "picture")):
        return False
    return element_text(box) == element_text(el)


def _holds_article(el: _Element) -> bool:
    """Whether ``el`` holds an article's worth of text (more than :data:`LEAD_MAX`
    characters): an opening the description repeats that is loose text in the wrapper
    of the paragraphs after it is not a lead set apart.

    >>> from lxml.html import fragment_fromstring as f
    >>> _holds_article(f("<span>Mở đầu." + "<p>Đoạn văn.</p>" * 200 + "</span>"))
    True
    """
    return len(element_text(el)) > LEAD_MAX


def _inside(outer: _Element, el: _Element) -> bool:
    """Whether ``el`` lies inside ``outer``."""
    return any(a is outer for a in el.iterancestors())


def _in_any(el: _Element, containers: Sequence[_Element]) -> bool:
    return any(_inside(c, el) for c in containers)


def _alike(a: _Element, b: _Element) -> bool:
    """Same tag and class: two paragraphs of one run of text."""
    return a.tag == b.tag and (a.get("class") or "") == (b.get("class") or "")
