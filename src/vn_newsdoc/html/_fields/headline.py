"""The headline: the site profile's selector, the page's title element near the body, the
metadata's headline, the ``<title>``; later, a bold line opening the body where only the
``<title>`` named the article (:func:`from_body`, a step of its own)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from lxml.etree import _Element

from vn_newsdoc.errors import MissingFieldError
from vn_newsdoc.html._elements import (
    ancestor_rank,
    element_text,
    link_share,
    title_classed,
    title_tag_headline,
    word_share,
    words,
)
from vn_newsdoc.html._fields._cascade import Draft, Found, Strategy, first_found
from vn_newsdoc.html._hints import LEAD_CLASS, names_matcher
from vn_newsdoc.html._survey import Survey
from vn_newsdoc.html._thresholds import (
    ANCESTOR_LEVELS,
    BODY_HEADLINE_MAX,
    BOLD_TITLE_LINE,
    HEADLINE_ATOP_HOPS,
    HEADLINE_ATOP_LEVELS,
    HEADLINE_BOX_CHILDREN,
    HEADLINE_COMPARABLE,
    HEADLINE_FEW_WORDS,
    HEADLINE_LINKED_MAX,
    HEADLINE_MAX,
    HEADLINE_MIN,
    HEADLINE_PREFIX_SHARE,
    HEADLINE_SCORE_MIN,
    HEADLINE_SIMILAR,
    UNRELATED_CLOSENESS_RANK,
)
from vn_newsdoc.text import clean, fold_key

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = [
    "CASCADE",
    "decide",
    "find_headline",
    "from_body",
    "heading_atop",
    "without_empty_brackets",
]

_NOT_A_HEADLINE_END: Final = frozenset(".!?…:;,")
_EMPTY_BRACKETS_RE: Final = re.compile(r"\(\s*\)|\[\s*\]")


def _by_profile(page: Page, draft: Draft) -> Found[str] | None:
    if page.profile is None:
        return None
    el = page.first_match("headline")
    return None if el is None else Found(element_text(el), el)


def _by_title_element(page: Page, draft: Draft) -> Found[str] | None:
    references = [*page.meta.headlines]
    if page.title:
        references.append(clean(page.title))
    el, text = find_headline(page.survey, references, page.anchors)
    return None if el is None or text is None else Found(text, el)


def _by_metadata(page: Page, draft: Draft) -> Found[str] | None:
    for candidate in page.meta.headlines:
        if candidate:
            return Found(clean(candidate), key=page.meta.sources.get("headlines"))
    return None


def _by_title_tag(page: Page, draft: Draft) -> Found[str] | None:
    from_title = title_tag_headline(page.title)
    return Found(clean(from_title), key="<title>") if from_title else None


CASCADE: tuple[Strategy[str], ...] = (
    Strategy("profile selector", _by_profile),
    Strategy("title element near the body", _by_title_element),
    Strategy("metadata headline", _by_metadata),
    Strategy("<title> without the site's name", _by_title_tag),
)
"""The headline's strategies, in the order they are tried."""


def decide(page: Page, draft: Draft) -> None:
    """Set the headline (and its element) from the first strategy that finds one.

    Raises:
        MissingFieldError: No strategy finds a headline.
    """
    found = first_found(page, draft, "headline", CASCADE)
    if found is None:
        raise MissingFieldError("headline", source=page.name)
    draft.headline, draft.headline_el = found.value, found.element


def from_body(page: Page, draft: Draft) -> None:
    """Where only the ``<title>`` named the article, the body's opening line set apart like
    a headline (bold, short, no sentence end) is the headline, and leaves the body."""
    if draft.headline_el is not None or page.meta.sources.get("headlines") not in (None, "title"):
        return
    blocks = draft.blocks
    first = next((i for i, b in enumerate(blocks) if b.kind != "figure"), None)
    if first is None or first == len(blocks) - 1:
        return
    block = blocks[first]
    if (
        block.kind in ("p", "heading")
        and block.bold >= BOLD_TITLE_LINE
        and HEADLINE_MIN <= len(block.text) <= BODY_HEADLINE_MAX
        and block.text[-1] not in _NOT_A_HEADLINE_END
    ):
        draft.headline = block.text
        draft.blocks = blocks[:first] + blocks[first + 1 :]
        page.record("headline", "bold line opening the body", block.element)


def find_headline(
    survey: Survey,
    references: Sequence[str],
    anchors: Sequence[_Element],
) -> tuple[_Element | None, str | None]:
    """The headline element and its text, generically.

    Candidates are ``h1`` elements and headings or blocks whose class says title. A
    candidate that the page's metadata titles (or the ``<title>``) start with wins; then
    one that shares most of their words; then the ``h1`` nearest the body.

    >>> from lxml.html import document_fromstring
    >>> from vn_newsdoc.html._survey import Survey
    >>> page = document_fromstring(
    ...     "<div><h1 class='logo'>Báo Mẫu</h1><h1>Mưa lớn ở Quảng Tín</h1></div>")
    >>> find_headline(Survey(page), ["Mưa lớn ở Quảng Tín"], [])[1]
    'Mưa lớn ở Quảng Tín'
    """
    candidates: list[tuple[_Element, str, str]] = []
    seen: set[str] = set()
    atop = heading_atop(anchors[0]) if anchors else None
    titles = survey.titles if atop is None or atop in survey.titles else [*survey.titles, atop]
    for el in titles:
        tag = el.tag
        if tag in ("div", "td") and len(el) > HEADLINE_BOX_CHILDREN:
            continue
        text = without_empty_brackets(element_text(el))
        if not text or len(text) > HEADLINE_MAX or len(text) < HEADLINE_MIN:
            continue
        if tag != "h1" and link_share(el, text) > HEADLINE_LINKED_MAX:
            continue
        key = fold_key(text)
        if tag != "h1" and key in seen:
            continue
        seen.add(key)
        candidates.append((el, text, key))
    if not candidates:
        return None, None
    refs = _References(references)
    best: tuple[float, int, _Element, str] | None = None
    for order, (el, text, key) in enumerate(candidates):
        size = len(text.split())
        score = refs.score(text, key, size)
        if el.tag == "h1" or el is atop:
            score += 3.0  # a heading set right above the body's box is the article's
        elif title_classed(el):
            score += 2.0
        if size < HEADLINE_FEW_WORDS:
            score -= 4.0
        rank = ancestor_rank(el, anchors)
        if rank is None:
            rank = UNRELATED_CLOSENESS_RANK
        if rank < ANCESTOR_LEVELS:
            score += 4.0 * (1.0 - rank / ANCESTOR_LEVELS)
        if best is None or score > best[0]:
            best = (score, order, el, text)
    if best is None or best[0] < HEADLINE_SCORE_MIN:
        return None, None
    return best[2], best[3]


class _References:
    """The titles a headline candidate is compared with (folded), each one's size and, once
    a candidate is compared word for word, its words: taken once for all the candidates."""

    __slots__ = ("_words", "keys", "sizes")

    def __init__(self, references: Sequence[str]) -> None:
        self.keys = [fold_key(r) for r in references if r]
        self.sizes = [len(r.split()) for r in self.keys]
        self._words: list[list[str]] = []

    def score(self, text: str, key: str, size: int) -> float:
        """What a candidate (its text, folded key and size) scores by the references: one
        equal to it, one it starts, or one sharing most of its words."""
        keys = self.keys
        if not keys:
            return 0.0
        if any(r == key for r in keys):
            return 10.0
        if any(r.startswith(key) and len(key) >= HEADLINE_PREFIX_SHARE * len(r) for r in keys):
            return 8.0
        near = [i for i, ref_size in enumerate(self.sizes) if _comparable(size, ref_size)]
        if not near:
            return 0.0
        self._words = self._words or [words(r) for r in keys]
        own = words(text)
        sim = max(word_share(own, self._words[i]) for i in near)
        return 6.0 * sim if sim >= HEADLINE_SIMILAR else 0.0


def heading_atop(container: _Element) -> _Element | None:
    """The heading (``h1`` to ``h3``) set right above the body's container, or above the
    box around it, a few siblings up at most
    (:data:`~vn_newsdoc.html._thresholds.HEADLINE_ATOP_HOPS`): the article's own title on
    portals whose ``h1`` elements title the side boxes (Liferay's ``portlet-title``).

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><h2>Thuê bao được lợi khi chuyển mạng</h2>"
    ...     "<span>( )</span><div class='content'><p>Việc thử nghiệm…</p></div></div>")
    >>> heading_atop(box[2]).text
    'Thuê bao được lợi khi chuyển mạng'
    """
    box: _Element | None = container
    for _ in range(HEADLINE_ATOP_LEVELS):
        if box is None:
            return None
        node = box.getprevious()
        for _ in range(HEADLINE_ATOP_HOPS):
            if node is None:
                break
            if node.tag in ("h1", "h2", "h3"):
                return None if _sapo_like(node) else node
            node = node.getprevious()
        box = box.getparent()
    return None


_names_a_lead: Final = names_matcher(LEAD_CLASS)


def _sapo_like(heading: _Element) -> bool:
    """Whether a heading above the body is the lead set as a heading: classed as one
    (``h2.sapo``), or a sentence ending with a full stop (a headline ends with none, or
    with ``?``, ``!`` or an ellipsis)."""
    if _names_a_lead(heading.get("class"), heading.get("id")):
        return True
    text = element_text(heading).rstrip()
    return text.endswith((".", ";", ",")) and not text.endswith("..")


def without_empty_brackets(text: str) -> str:
    """``text`` without the empty brackets a template leaves where a date or count would
    be (``Thuê bao được lợi ( )`` gives ``Thuê bao được lợi``).

    >>> without_empty_brackets("Thuê bao được lợi khi chuyển mạng ( )")
    'Thuê bao được lợi khi chuyển mạng'
    """
    return clean(_EMPTY_BRACKETS_RE.sub(" ", text)) if "(" in text or "[" in text else text


def _comparable(la: int, lb: int) -> bool:
    """Whether two titles of ``la`` and ``lb`` words are of a length to be compared word
    for word."""
    return lb / HEADLINE_COMPARABLE <= la <= HEADLINE_COMPARABLE * lb
