"""The lead: one home for every rule that decides it.

The lead's element is the first found by the cascade :data:`CASCADE`: the site profile's
selector; an element classed as a lead (``sapo``, ``lede``, ``summary``…) under the
headline, or an ``h2`` or bold paragraph right after it; the block the page's description
repeats (``og:description``, perhaps cut short with "…"), when it is set apart from the
body; a block of text standing alone between the headline and the body. Class names for
the lead vary without end; the last two cues do not depend on them.

Three later steps of the reading revise it, each named in
:data:`~vn_newsdoc.html._reading.READING_ORDER`: :func:`from_body` (an opening paragraph
set apart is the lead; a lead cut mid-sentence goes on in the body), :func:`outlet_tag`
(``(Dân trí) -`` in front of the lead is the outlet's) and :func:`from_metadata` (a page
whose article is only in its metadata).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from vn_newsdoc.html._fields._cascade import Draft, Found, Strategy, first_found
from vn_newsdoc.html._survey import Survey, ancestor_rank, element_text, first_match, link_share
from vn_newsdoc.html._thresholds import (
    BODY_LEAD_LEVEL,
    BODY_LEAD_MIN,
    BOLD_SET_APART,
    ELLIPSIS_DOTS,
    LEAD_AFTER_BODY,
    LEAD_BETWEEN_MIN,
    LEAD_BOX_CHILDREN,
    LEAD_DESCRIBED_BLOCKS,
    LEAD_DESCRIPTION_MIN,
    LEAD_LINE_LINKED_MAX,
    LEAD_LINKED_MAX,
    LEAD_MAX,
    LEAD_MIN,
    LEAD_NEXT_HOPS,
    LEAD_NEXT_MIN,
    LEAD_RANK_MAX,
    LEAD_SCAN,
)
from vn_newsdoc.html.body import (
    BodyBlock,
    is_date_line,
    is_noise_element,
    is_noise_text,
    read_blocks,
)
from vn_newsdoc.html.body._walk import INLINE_TAGS
from vn_newsdoc.html.figures import is_caption_element, is_figure_element
from vn_newsdoc.model import Figure
from vn_newsdoc.text import clean, clean_or_none, fold_key
from vn_newsdoc.vi.bylines import is_byline_line, split_outlet_tag

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = [
    "CASCADE",
    "decide",
    "find_lead",
    "from_body",
    "from_metadata",
    "is_lead_text",
    "lead_between",
    "lead_by_description",
    "outlet_tag",
]

_BLOCK_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "section", "td", "span", "strong", "b"})
# A forum thread's line about itself ("Thảo luận trong 'Mục' bắt đầu bởi an, 14/12/12").
_FORUM_META_RE = re.compile(
    r"\b(?:bắt\s+đầu\s+bởi|thảo\s+luận\s+trong|started\s+by|discussion\s+in)\b",
    re.IGNORECASE,
)
_SENTENCE_END = frozenset('.!?…:;"”’»)')


# -- the cascade -------------------------------------------------------------------------
def _found(el: HtmlElement | None) -> Found[str | None] | None:
    return None if el is None else Found(lead_text(el), el)


def _by_profile(page: Page, draft: Draft) -> Found[str | None] | None:
    if page.profile is None:
        return None
    return _found(first_match(page.root, page.profile.lead))


def _by_class_or_position(page: Page, draft: Draft) -> Found[str | None] | None:
    return _found(find_lead(page.survey, draft.headline_el, page.anchors, page.body_start))


def _by_description(page: Page, draft: Draft) -> Found[str | None] | None:
    if draft.headline_el is None:
        return None
    return _found(lead_by_description(draft.headline_el, page.meta.description, page.containers))


def _between(page: Page, draft: Draft) -> Found[str | None] | None:
    if draft.headline_el is None:
        return None
    return _found(lead_between(draft.headline_el, page.containers, page.survey.order))


CASCADE: tuple[Strategy[str | None], ...] = (
    Strategy("profile selector", _by_profile),
    Strategy("lead class, or h2/bold line under the headline", _by_class_or_position),
    Strategy("block the description repeats", _by_description),
    Strategy("block between headline and body", _between),
)
"""The lead element's strategies, in the order they are tried."""


def decide(page: Page, draft: Draft) -> None:
    """Set the lead's element and text from the first strategy that finds one."""
    found = first_found(page, draft, "lead", CASCADE)
    if found is not None:
        draft.lead, draft.lead_el = found.value, found.element


def lead_text(el: HtmlElement) -> str | None:
    """The lead element's text, without the "read more" links some sites put in it."""
    parts = [
        b.text
        for b in read_blocks([el], skip=frozenset(), lines=True)
        if b.kind != "image" and b.link < LEAD_LINE_LINKED_MAX and not is_noise_text(b.text)
    ]
    return clean(" ".join(parts)) or None


def from_body(page: Page, draft: Draft) -> None:
    """Without a lead, an opening body paragraph set apart (bold or italic throughout) is
    the lead; a lead cut mid-sentence is joined with the body's opening, which goes on."""
    if draft.lead is None:
        opening, draft.blocks = _opening_set_apart(draft.blocks)
        if opening is not None:
            draft.lead = opening.text
            page.record("lead", "opening paragraph set apart", opening.element)
    else:
        draft.lead, draft.blocks = _continued(draft.lead, draft.blocks)


def _opening_set_apart(blocks: list[BodyBlock]) -> tuple[BodyBlock | None, list[BodyBlock]]:
    texts = [i for i, b in enumerate(blocks) if b.kind != "figure"]
    if len(texts) <= 1:  # the lead needs a body after it
        return None, blocks
    first = blocks[texts[0]]
    if first.kind not in ("p", "heading") or len(first.text) < BODY_LEAD_MIN:
        return None, blocks
    if max(first.bold, first.italic) < BOLD_SET_APART or first.align in ("right", "center"):
        return None, blocks
    if first.kind == "heading" and first.level > BODY_LEAD_LEVEL:
        return None, blocks
    return first, blocks[: texts[0]] + blocks[texts[0] + 1 :]


def _continued(lead: str, blocks: list[BodyBlock]) -> tuple[str, list[BodyBlock]]:
    if lead[-1] in _SENTENCE_END or not blocks:
        return lead, blocks
    first = blocks[0]
    if (
        first.kind == "p"
        and first.text[0].islower()
        and max(first.bold, first.italic) >= BOLD_SET_APART
    ):
        return clean(f"{lead} {first.text}"), blocks[1:]
    return lead, blocks


def outlet_tag(page: Page, draft: Draft) -> None:
    """``(Dân trí) -`` in front of the lead names the outlet, and leaves the lead."""
    if draft.lead:
        tag, rest = split_outlet_tag(draft.lead)
        if tag is not None and rest:
            draft.outlet, draft.lead = clean_or_none(tag), clean(rest)
            page.record("outlet", "tag in front of the lead", draft.lead_el)


def from_metadata(page: Page, draft: Draft) -> None:
    """For a page whose body has no text (its article only in metadata): the lead from
    the page's description, where the page gave none (its outlet tag split off)."""
    description = page.meta.description
    if draft.lead is not None or not description or not _without_text(draft):
        return
    key = page.meta.sources.get("description")
    tag, rest = split_outlet_tag(description)
    if tag is not None and rest:
        draft.outlet, draft.lead = clean_or_none(tag), clean(rest)
        page.record("outlet", "tag in front of the description", key=key)
    else:
        draft.lead = description
    page.record("lead", "metadata description", key=key)


def _without_text(draft: Draft) -> bool:
    return not any(not isinstance(b, Figure) for b in draft.body)


def find_lead(
    survey: Survey,
    after: HtmlElement | None,
    anchors: Sequence[HtmlElement],
    body_start: int,
) -> HtmlElement | None:
    """The element holding the sapo, by class or by position right under the headline.

    A lead lies after the headline and before (or at the very start of) the body.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring("<div><h1>Mùa gặt</h1><p class='sapo'>Nông dân xã "
    ...     "Đông Hòa gặt lúa sớm một tuần vì lo mưa bão.</p></div>")
    >>> find_lead(Survey(page), page.find(".//h1"), [], 0).get("class")
    'sapo'
    """
    order = survey.order
    start = order.get(after, -1) if after is not None else -1
    stop = body_start + LEAD_AFTER_BODY
    for el in survey.leads:
        idx = order.get(el, -1)
        if idx <= start or idx > stop:
            continue
        if el.tag in ("div", "section", "td") and len(el) > LEAD_BOX_CHILDREN:
            continue
        text = element_text(el)
        if len(text) < LEAD_MIN or not is_lead_text(text, link_share(el, text)):
            continue
        if start < 0:
            rank = ancestor_rank(el, anchors)
            if rank is None or rank > LEAD_RANK_MAX:
                continue
        return el
    if after is not None:
        # An h2, or a paragraph in bold throughout, directly after the headline.
        node = after.getnext()
        hops = 0
        while node is not None and hops < LEAD_NEXT_HOPS:
            if isinstance(node.tag, str):
                text = element_text(node)
                if len(text) >= LEAD_NEXT_MIN:
                    if node.tag in ("h2", "h3") or _all_bold(node, text):
                        return node
                    break
            node = node.getnext()
            hops += 1
    return None


def _all_bold(el: HtmlElement, text: str) -> bool:
    """Whether all of ``el``'s text sits in one ``<b>``/``<strong>`` child."""
    if len(el) != 1 or el[0].tag not in ("b", "strong") or (el.text or "").strip():
        return False
    return element_text(el[0]) == text


# -- cues that do not depend on class names ----------------------------------------------
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


def _own_text(el: HtmlElement) -> tuple[str, float]:
    """The text directly in ``el`` and its inline children, and the share inside links."""
    parts = [el.text or ""]
    linked = 0
    for child in el:
        tag = child.tag
        if tag in INLINE_TAGS:
            inner = "".join(child.itertext())
            parts.append(inner)
            if tag == "a":
                linked += len(inner.strip())
        elif tag == "br":
            parts.append("\n")
        parts.append(child.tail or "")
    text = clean("".join(parts))
    return text, (linked / len(text) if text else 0.0)


def _after(start: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after ``start`` (and outside it) in document order."""
    node: HtmlElement | None = start
    while node is not None:
        for sibling in node.itersiblings():
            for el in sibling.iter():
                if isinstance(el.tag, str):
                    yield el
        node = node.getparent()


def _blocks_after(start: HtmlElement) -> Iterator[tuple[HtmlElement, str, float]]:
    """Elements after ``start`` holding text of their own, with the text and link share."""
    for seen, el in enumerate(_after(start)):
        if seen >= LEAD_SCAN:
            return
        if el.tag not in _BLOCK_TAGS:
            continue
        text, links = _own_text(el)
        if text:
            yield el, text, links


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


def _describes(text: str, description: str) -> bool:
    """Whether a block's text is the description, or the description cut short."""
    stem, cut = _without_ellipsis(description)
    want = fold_key(stem)
    got = fold_key(text)
    if got == want:
        return True
    return (
        len(want) >= LEAD_DESCRIPTION_MIN
        and got.startswith(want)
        and (cut or got[len(want)] in " .")
    )


def lead_by_description(
    headline: HtmlElement, description: str | None, containers: Sequence[HtmlElement]
) -> HtmlElement | None:
    """The block after the headline that the page's description repeats, when it is set
    apart from the body (outside it, or not one of its paragraphs).

    Args:
        headline: The headline element.
        description: The page's description (metadata), perhaps cut short with "…".
        containers: The body element(s).

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
    blocks = []
    for el, text, links in _blocks_after(headline):
        if len(text) < LEAD_DESCRIPTION_MIN or is_date_line(text):
            continue
        blocks.append((el, text, links))
        if len(blocks) > LEAD_DESCRIBED_BLOCKS:
            break
    for i, (el, text, links) in enumerate(blocks):
        if links > LEAD_LINKED_MAX or not _describes(text, description):
            continue
        if any(el is c or _inside(el, c) for c in containers):
            return None  # the description repeats the body, or a box holding it
        following = blocks[i + 1][0] if i + 1 < len(blocks) else None
        if following is not None and _alike(el, following) and _in_any(el, containers):
            return None  # the body's first paragraph, like the ones after it
        return el
    return None


def lead_between(
    headline: HtmlElement, containers: Sequence[HtmlElement], order: Mapping[HtmlElement, int]
) -> HtmlElement | None:
    """A block of text standing alone between the headline and the body.

    Args:
        headline: The headline element.
        containers: The body element(s), after the headline in the page.
        order: Each element's position in the document.

    Returns:
        The lead's element, or ``None`` (also when the body starts before the headline).
    """
    if not containers:
        return None
    stop = order.get(containers[0], -1)
    if stop <= order.get(headline, stop):
        return None
    for el, text, links in _blocks_after(headline):
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


def _furniture(el: HtmlElement, headline: HtmlElement) -> bool:
    """Whether ``el`` is, or sits in, a picture's caption or box, or page furniture (up to
    the element the headline sits in)."""
    stop = headline.getparent()
    node: HtmlElement | None = el
    while node is not None and node is not stop:
        if is_caption_element(node) or is_figure_element(node) or is_noise_element(node):
            return True
        node = node.getparent()
    return any(True for _ in el.iter("img", "amp-img"))


def _inside(outer: HtmlElement, el: HtmlElement) -> bool:
    """Whether ``el`` lies inside ``outer``."""
    return any(a is outer for a in el.iterancestors())


def _in_any(el: HtmlElement, containers: Sequence[HtmlElement]) -> bool:
    return any(_inside(c, el) for c in containers)


def _alike(a: HtmlElement, b: HtmlElement) -> bool:
    """Same tag and class: two paragraphs of one run of text."""
    return a.tag == b.tag and (a.get("class") or "") == (b.get("class") or "")
