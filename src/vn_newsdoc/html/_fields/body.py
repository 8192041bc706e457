"""The body: its containers, its blocks read once, and the clean-ups the other fields ask.

The containers come from the cascade :data:`CONTAINERS` (the site profile's body
selector, then content scoring, :func:`vn_newsdoc.html.body.find_containers`), computed
once by the page. :func:`read` walks them once into blocks, leaving out what the
headline, lead and datelines took and what the profile drops; the steps after it in
:data:`~vn_newsdoc.html._reading.READING_ORDER` take off the body what belongs to other
fields, each named: :func:`drop_repeats` (the headline or lead repeated on top),
:func:`drop_date_lines`, and the byline's and lead's own steps. :func:`decide` turns the
blocks into the article's blocks (pictures through :mod:`~vn_newsdoc.html._fields.figures`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml.etree import XPath, _Element

from vn_newsdoc.html._css import ClassIndex
from vn_newsdoc.html._elements import similarity
from vn_newsdoc.html._fields import figures
from vn_newsdoc.html._fields._cascade import Draft, Found, Strategy, first_found
from vn_newsdoc.html._native import ClassAttributes, class_walk
from vn_newsdoc.html._thresholds import (
    BOLD_SET_APART,
    BOLD_TITLE_LINE,
    HEADING_LEVEL_MAX,
    REPEAT_BLOCKS,
    REPEAT_LENGTH,
    REPEAT_SIMILAR,
    SPINE_MIN,
    SPINE_SHARE,
    SUBHEADING_MAX,
)
from vn_newsdoc.html.body import BodyBlock, assemble, read_blocks
from vn_newsdoc.html.body import drop_date_lines as _drop_date_lines
from vn_newsdoc.html.body import find_containers as _score_containers
from vn_newsdoc.model import Block, Figure, Heading, ListItem, Paragraph, Quote
from vn_newsdoc.text import clean, fold_key

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = [
    "CONTAINERS",
    "decide",
    "drop_date_lines",
    "drop_repeats",
    "find_containers",
    "is_subheading",
    "read",
    "text_spine",
]

# The compiled build's walk for the class attributes under an element (None: searches).
_CLASS_WALK = class_walk()
_SENTENCE_END = frozenset('.!?…:;"”’»)')
_NOT_A_HEADING_END = frozenset(",“\"'")


def _by_profile(page: Page, draft: Draft) -> Found[list[_Element]] | None:
    if page.profile is None:
        return None
    found = page.first_match("body")
    return None if found is None else Found([found], found)


def _by_scoring(page: Page, draft: Draft) -> Found[list[_Element]] | None:
    # The page's survey, which every page scored for its body needs for its other fields,
    # is made first: it holds the Python object of each element for the whole reading,
    # and lxml makes one (and frees it) only for an element that has none. The scoring
    # visits hundreds of elements that would each get one of their own.
    _ = page.survey
    containers = _score_containers(page.root)
    return Found(containers, containers[0] if containers else None)


CONTAINERS: tuple[Strategy[list[_Element]], ...] = (
    Strategy("profile selector", _by_profile),
    Strategy("content scoring", _by_scoring),
)
"""The body containers' strategies, in the order they are tried."""


def find_containers(page: Page) -> list[_Element]:
    """The element(s) holding the body (the page computes them once, when first asked)."""
    found = first_found(page, Draft(), "body", CONTAINERS)
    return found.value if found is not None else []


def read(page: Page, draft: Draft) -> None:
    """Walk the containers once into blocks, without the headline, lead and dateline
    elements and without what the site profile drops."""
    skip = {e for e in (draft.headline_el, draft.lead_el) if e is not None}
    skip.update(draft.dateline_els)
    containers = page.containers
    draft.blocks = assemble(
        read_blocks(
            containers,
            skip=frozenset(skip),
            drop=_profile_drops(page),
            keep=_SpineTest(containers),
        )
    )


def text_spine(containers: Sequence[_Element]) -> frozenset[_Element]:
    """The boxes inside each container that hold nearly all of its text, one inside the
    other, while that text is a few paragraphs' worth: the article's own boxes, read
    whatever their class says (a picture's box with its caption in a ``footer`` is not
    one).

    Page builders name every box alike (Elementor's ``elementor-widget-container`` holds
    the post's text as it holds a share bar), so a furniture word in such a box's class is
    no proof: the scoring chose the container for the text that runs through them.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><div class='widget-container'>"
    ...     + "<p>Đoạn văn của bài, khá dài, có dấu phẩy.</p>" * 12
    ...     + "</div><div class='share'>Chia sẻ</div></div>")
    >>> [el.get("class") for el in text_spine([box])]
    ['widget-container']
    """
    spine: list[_Element] = []
    for container in containers:
        el = container
        sizes = _box_sizes(el)
        # The container's text: its boxes' and the pieces between them (one pass, not two).
        total = (
            len((el.text or "").strip())
            + sum(len((c.tail or "").strip()) for c in el)
            + sum(size for size, _ in sizes)
        )
        while total >= SPINE_MIN:
            if not sizes:
                break
            size, inner = max(sizes, key=lambda pair: pair[0])
            if size < SPINE_SHARE * total:
                break
            spine.append(inner)
            el, total = inner, size
            sizes = _box_sizes(el) if total >= SPINE_MIN else []
    return frozenset(spine)


class _SpineTest:
    """Whether an element is a box of the containers' :func:`text_spine`, worked out only
    when asked of an element that might be one: the walk asks of the elements named as
    furniture (most bodies hold none), and the spine is a pass over the containers' whole
    text, where a box of it holds a few paragraphs' worth."""

    def __init__(self, containers: Sequence[_Element]) -> None:
        self.containers = containers
        self.spine: frozenset[_Element] | None = None

    def __call__(self, el: _Element) -> bool:
        spine = self.spine
        if spine is None:
            # A box of the spine holds SPINE_SHARE of its parent's text, which is at least
            # SPINE_MIN: a box holding less text is none (its text is counted as the
            # spine counts it, in the box alone).
            if _text_length(el) < SPINE_SHARE * SPINE_MIN:
                return False
            spine = self.spine = text_spine(self.containers)
        return el in spine


def _box_sizes(el: _Element) -> list[tuple[int, _Element]]:
    """The text length (:func:`_text_length`) of each element right inside ``el``."""
    return [(_text_length(c), c) for c in el if isinstance(c.tag, str)]


def _text_length(el: _Element) -> int:
    """Characters of the text pieces in ``el``, each stripped (a share of them is compared)."""
    return sum(map(len, map(str.strip, el.itertext())))  # in C: no Python step per piece


def _profile_drops(page: Page) -> list[_Element]:
    if page.profile is None or not page.profile.drop:
        return []
    containers = page.containers
    drops = list(page.profile_selectors("drop")) if containers else []
    return _drops_in(containers, drops, _CLASS_WALK)


def _drops_in(
    containers: Sequence[_Element], selectors: Sequence[XPath], walk: ClassAttributes | None
) -> list[_Element]:
    """What each of ``selectors`` finds in each container (from it: the container too).

    With ``walk`` (the compiled build's walk for the class attributes under an element),
    a selector of classes alone (``.related``) or of a text in the class
    (``[class*=relate]``) is answered from the container's class attributes, gathered once
    by the walk for all such selectors (:class:`~vn_newsdoc.html._css.ClassIndex`: the
    elements its XPath finds, in the same order), not by a search of the container's
    attributes for each; the others search.
    """
    out: list[_Element] = []
    for container in containers:
        index: ClassIndex | None = None
        walked = False
        for selector in selectors:
            simple: tuple[str, tuple[str, ...]] | None = getattr(selector, "simple", None)
            part: str | None = getattr(selector, "part", None)
            if (simple is not None or part is not None) and walk is not None:
                if not walked:
                    walked = True
                    found = walk(container)  # None: a value the walk does not read
                    index = None if found is None else ClassIndex(container, *found)
                if index is not None and simple is not None:
                    out.extend(index.select(*simple))
                    continue
                if index is not None and index.elements is not None and part is not None:
                    # (values and elements in document order, as the search finds them)
                    pairs = zip(index.values, index.elements, strict=True)
                    out.extend(el for value, el in pairs if part in value)
                    continue
            out.extend(e for e in selector(container) if isinstance(e, _Element))
    return out


def drop_repeats(page: Page, draft: Draft) -> None:
    """Leave out the headline or lead repeated at the top of the body (unless the repeat
    is the whole text)."""
    headline, lead = draft.headline, draft.lead
    head_key = fold_key(headline)
    lead_key = fold_key(lead) if lead else None
    # fold_key keeps each space of the clean text and makes none: a block with another
    # number of spaces than a key has another key, and is not folded (a long paragraph's
    # fold is most of this step's time).
    spaces = {head_key.count(" "), lead_key.count(" ") if lead_key else -1}
    out: list[BodyBlock] = []
    texts = 0
    for block in draft.blocks:
        if block.kind != "figure" and texts < REPEAT_BLOCKS:
            texts += 1
            if clean(block.text).count(" ") in spaces:
                key = fold_key(block.text)
                if key == head_key or (lead_key and key == lead_key):
                    continue
            if (
                texts == 1
                and block.bold >= BOLD_SET_APART
                and len(block.text) <= REPEAT_LENGTH * len(headline)
                and similarity(block.text, headline) >= REPEAT_SIMILAR
            ):
                continue
        out.append(block)
    if any(b.kind != "figure" for b in out):
        draft.blocks = out


def drop_date_lines(page: Page, draft: Draft) -> None:
    """Leave out the body's lines that only give a date, once the datelines are read."""
    draft.blocks = _drop_date_lines(draft.blocks)


def decide(page: Page, draft: Draft) -> None:
    """Turn the blocks into the article's blocks; a body without text or captions is
    reported missing (the metadata may still give a lead and pictures: the next steps)."""
    out: list[Block] = []
    blocks = draft.blocks
    last_text = max((i for i, b in enumerate(blocks) if b.kind != "figure"), default=-1)
    for i, block in enumerate(blocks):
        if block.kind == "figure":
            figure = figures.from_block(page, block)
            if figure is not None:
                out.append(figure)
        elif block.kind == "heading":
            out.append(Heading(block.text, level=min(block.level, HEADING_LEVEL_MAX)))
        elif block.kind == "quote":
            out.append(Quote(block.text))
        elif block.kind == "li":
            out.append(ListItem(block.text))
        elif i < last_text and is_subheading(block):
            out.append(Heading(block.text, level=2))
        else:
            out.append(Paragraph(block.text))
    draft.body = tuple(out)
    if any(isinstance(b, Figure) for b in draft.body):
        page.record("figures", "pictures in the body with their captions")
    if not any(not isinstance(b, Figure) for b in draft.body) and not any(
        isinstance(b, Figure) and b.caption for b in draft.body
    ):
        page.missing("body")  # a photo story's text is its captions: that is a body


def is_subheading(block: BodyBlock) -> bool:
    """A short line in bold throughout, not ending a sentence, reads as a subheading."""
    text = block.text
    return (
        block.kind == "p"
        and block.bold >= BOLD_TITLE_LINE
        and len(text) <= SUBHEADING_MAX
        and text[-1] not in _SENTENCE_END
        and text[-1] not in _NOT_A_HEADING_END
        and block.align != "right"
    )
