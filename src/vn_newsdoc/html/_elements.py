"""The element helpers every field's cascade shares: an element's text read in full or
only as far as a limit, the first element that holds text among what selectors found, the
elements of one tag found without a walk past them, word likeness of two texts, and how
near an element sits to the body. Everything works on a tree already cleaned by
:func:`vn_newsdoc.html.body.strip_page`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._hints import TITLE_CLASS
from vn_newsdoc.html._thresholds import ANCESTOR_LEVELS
from vn_newsdoc.text import clean, fold_key

__all__: list[str] = []

# Never starts on a space after a space (see vi/bylines/_names._PART_SPLIT): linear on runs.
_TITLE_SPLIT_RE: Final = re.compile(r"(?!(?<=\s)\s)(?:\s+[|–—-]\s+|\s*\|\s*)")
_WORD_RE: Final = re.compile(r"\w+")
# How many characters of a long element short_text() gathers, in limits, before it looks
# at their clean length: white space and markup make the clean text shorter.
_LOOK_AT: Final = 4


def iter_tag(root: _Element, tag: str, *, self_too: bool = True) -> Iterator[_Element]:
    """The ``tag`` elements of ``root`` in document order, as ``root.iter(tag)`` yields them
    (``root.iterdescendants(tag)`` without ``self_too``), one child of ``root`` at a time.

    lxml's iterator finds each match before it is asked for: taking the first ``<title>``
    or ``<meta>`` of a page from it goes through the whole page looking for a second one,
    while this looks no further than the ``<head>``.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring("<title>a</title><p>b</p><title>c</title>")
    >>> [el.text for el in iter_tag(page, "title")], next(iter_tag(page, "html")).tag
    (['a', 'c'], 'html')
    >>> next(iter_tag(page, "html", self_too=False), None) is None
    True
    """
    if self_too and root.tag == tag:
        yield root
    for child in root:
        yield from child.iter(tag)


def first_match(found: Iterable[Iterable[object]]) -> _Element | None:
    """The first element that holds text among what selectors found, each selector's
    results in turn (the selectors are run only as far as they are asked for).

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><h1> </h1><p class='t'>Mùa gặt</p></div>")
    >>> first_match([box.xpath("//h1"), box.xpath("//p")]).tag
    'p'
    """
    for results in found:
        for el in results:
            if isinstance(el, _Element) and _holds_text(el):
                return el
    return None


def _holds_text(el: _Element) -> bool:
    """Whether ``clean(" ".join(el.itertext()))`` is not empty: one character survives."""
    for chunk in el.itertext():
        stripped = chunk.strip()
        if stripped and (clean(stripped[0]) or clean(stripped)):
            return True
    return False


def element_text(el: _Element) -> str:
    """The clean text of an element (one pass over it)."""
    return clean(" ".join(el.itertext())) if len(el) else clean(el.text or "")


def short_text(el: _Element, limit: int) -> str | None:
    """``element_text(el)`` where it is at most ``limit`` characters long, else ``None``:
    the text of a long element is read only until it shows more.

    What :func:`~vn_newsdoc.text.clean` makes of a part of the text is never longer than
    what it makes of the whole (it keeps each chunk's words, and the space joining two
    chunks composes with nothing), so a part already too long decides. A class naming a
    date can mark a whole post (``status-publish``): its text is not gathered in full.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring("<div><span>7/8/2019</span> <b>15:43</b></div>")
    >>> short_text(page, 20), short_text(page, 10)
    ('7/8/2019 15:43', None)
    """
    if not len(el):
        text = clean(el.text or "")
        return text if len(text) <= limit else None
    chunks: list[str] = []
    size = 0
    look_at = _LOOK_AT * limit
    for chunk in el.itertext():
        chunks.append(chunk)
        size += len(chunk)
        if size > look_at:
            if _cleans_longer(" ".join(chunks), limit):
                return None
            look_at = 2 * size  # looked at again only once it has doubled: linear in all
    text = clean(" ".join(chunks))
    return text if len(text) <= limit else None


def _cleans_longer(text: str, limit: int) -> bool:
    """Whether ``len(clean(text)) > limit``, its start cleaned first where the text is long.

    The start is the text up to a space past ``2 * limit`` characters, which most text
    cleans to more than ``limit`` characters: what :func:`~vn_newsdoc.text.clean` makes of
    it is never longer than what it makes of the whole (the characters it drops are dropped
    one by one, a space composes with nothing on either side, and the start's words are the
    whole's first words), so a start already too long decides, without cleaning the rest.

    >>> _cleans_longer("Hà  Nội " * 10, 5), _cleans_longer(" " * 30 + "Hà Nội", 5)
    (True, True)
    """
    cut = text.find(" ", 2 * limit)
    if cut > 0 and len(clean(text[:cut])) > limit:
        return True
    return len(clean(text)) > limit


def words(text: str) -> list[str]:
    """The words of ``text`` that :func:`similarity` compares (folded)."""
    return _WORD_RE.findall(fold_key(text))


def similarity(a: str, b: str) -> float:
    """Share of the shorter text's words found in the longer one (0 to 1)."""
    return word_share(words(a), words(b))


def word_share(wa: list[str], wb: list[str]) -> float:
    """:func:`similarity` of two texts given their :func:`words`."""
    if not wa or not wb:
        return 0.0
    if len(wa) > len(wb):
        wa, wb = wb, wa
    return sum(map(set(wb).__contains__, wa)) / len(wa)


def title_tag_headline(title: str | None) -> str | None:
    """The page title without the site's name after a separator (best effort)."""
    if not title:
        return None
    # Split clean text: its white space comes one character at a time, so the pattern's
    # \s+ and \s* cannot backtrack over a run (a run of 40,000 spaces took seconds).
    parts = [p for p in _TITLE_SPLIT_RE.split(clean(title)) if p.strip()]
    if not parts:
        return None
    return clean(max(parts[:2], key=len)) or None


def ancestor_rank(el: _Element, anchors: Sequence[_Element]) -> int | None:
    """How close ``el`` sits to the body: 0 beside it (under the body's first container),
    ``n`` under its ``n``-th ancestor, ``None`` off the body's line of ancestors.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring("<div><p>a</p><div><span>b</span></div></div>")
    >>> body = page.find("div")
    >>> ancestor_rank(body.find("span"), [body, page]), ancestor_rank(page[0], [body, page])
    (0, 1)
    >>> print(ancestor_rank(page, [body]))
    None
    """
    if not anchors:
        return None
    ancestors = set(el.iterancestors())
    for rank, anc in enumerate(anchors):
        if anc in ancestors:
            return rank
    return None


def body_anchors(containers: Sequence[_Element], levels: int = ANCESTOR_LEVELS) -> list[_Element]:
    """The body's first container and its ancestors, nearest first."""
    if not containers:
        return []
    out = [containers[0]]
    for anc in containers[0].iterancestors():
        out.append(anc)
        if len(out) > levels:
            break
    return out


def link_share(el: _Element, text: str) -> float:
    """The share of ``text`` (``el``'s text) that sits in links."""
    linked = sum(len(element_text(a)) for a in el.iter("a"))
    return linked / len(text) if text else 0.0


def title_classed(el: _Element) -> bool:
    """Whether ``el``'s class names a title (``title``, ``headline``, ``tieu-de``)."""
    return TITLE_CLASS.search(el.get("class", "")) is not None


def merged_in_order(
    first: list[_Element], second: list[_Element], order: dict[_Element, int]
) -> list[_Element]:
    """The elements of two lists without an element in common, in document order (each
    element's position in ``order``); ``first`` itself where ``second`` is empty.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><h1>A</h1><p>B</p><time>C</time></div>")
    >>> order = {el: i for i, el in enumerate(box.iter())}
    >>> [el.tag for el in merged_in_order([box[0], box[2]], [box[1]], order)]
    ['h1', 'p', 'time']
    """
    if not second:
        return first
    both = first + second
    both.sort(key=order.__getitem__)
    return both
