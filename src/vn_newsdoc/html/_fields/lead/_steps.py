"""The lead's rules (see :mod:`vn_newsdoc.html._fields.lead`), in a module of their own so
that the compiled build compiles them (a package's front door stays Python)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from lxml.etree import _Element

from vn_newsdoc.html._elements import ancestor_rank, element_text, link_share, short_text
from vn_newsdoc.html._fields._cascade import Draft, Found, Strategy, first_found
from vn_newsdoc.html._fields.lead._cues import (
    in_picture_box,
    is_lead_text,
    lead_between,
    lead_by_description,
)
from vn_newsdoc.html._metatime import is_vietnamese
from vn_newsdoc.html._survey import Survey
from vn_newsdoc.html._thresholds import (
    BODY_LEAD_LEVEL,
    BODY_LEAD_MIN,
    BOLD_SET_APART,
    LEAD_AFTER_BODY,
    LEAD_BOX_CHILDREN,
    LEAD_LINE_LINKED_MAX,
    LEAD_MIN,
    LEAD_NEXT_HOPS,
    LEAD_NEXT_MIN,
    LEAD_RANK_MAX,
)
from vn_newsdoc.html.body import BodyBlock, is_noise_text, read_blocks
from vn_newsdoc.model import Figure
from vn_newsdoc.text import clean, clean_or_none
from vn_newsdoc.vi.bylines import split_outlet_tag

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = [
    "CASCADE",
    "decide",
    "find_lead",
    "from_body",
    "from_metadata",
    "is_foreign_text",
    "is_lead_text",
    "lead_between",
    "lead_by_description",
    "lead_text",
    "outlet_tag",
]

_SENTENCE_END: Final = frozenset('.!?…:;"”’»)')


# -- the cascade -------------------------------------------------------------------------
def _found(el: _Element | None, draft: Draft) -> Found[str | None] | None:
    if el is None:
        return None
    text = lead_text(el)
    if text is not None and is_foreign_text(text, draft.headline):
        return None  # a theme's placeholder text beside a Vietnamese article
    return Found(text, el)


def is_foreign_text(text: str, headline: str) -> bool:
    """Whether ``text`` has no letter only Vietnamese writes while the headline has:
    on a Vietnamese article's page, a theme's placeholder or a widget's English text
    (``Lorem ipsum…``, ``Sed ut perspiciatis…``), never the article's lead. Text too short
    to tell (under :data:`~vn_newsdoc.html._thresholds.LEAD_MIN` characters) is not judged.

    >>> is_foreign_text("Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    ...                 "Bí thư Thành ủy: hợp tác công tư phải là chủ đạo")
    True
    >>> is_foreign_text("Nông dân xã Đông Hòa gặt lúa sớm vì lo mưa bão kéo dài.",
    ...                 "Mùa gặt lúa sớm")
    False
    >>> is_foreign_text("Heavy rain floods the city centre overnight.", "Heavy rain")
    False
    """
    return len(text) >= LEAD_MIN and is_vietnamese(None, headline) and not is_vietnamese(None, text)


def _by_profile(page: Page, draft: Draft) -> Found[str | None] | None:
    if page.profile is None:
        return None
    return _found(page.first_match("lead"), draft)


def _by_class_or_position(page: Page, draft: Draft) -> Found[str | None] | None:
    return _found(find_lead(page.survey, draft.headline_el, page.anchors, page.body_start), draft)


def _by_description(page: Page, draft: Draft) -> Found[str | None] | None:
    headline = draft.headline_el
    if headline is None:
        return None
    after = page.blocks_after(headline)
    return _found(
        lead_by_description(headline, page.meta.description, page.containers, after), draft
    )


def _between(page: Page, draft: Draft) -> Found[str | None] | None:
    headline = draft.headline_el
    if headline is None:
        return None
    after = page.blocks_after(headline)
    return _found(lead_between(headline, page.containers, page.survey.order, after), draft)


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


def lead_text(el: _Element) -> str | None:
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
    after: _Element | None,
    anchors: Sequence[_Element],
    body_start: int,
) -> _Element | None:
    """The element holding the sapo, by class or by position right under the headline.

    A lead lies after the headline and before (or at the very start of) the body, never
    around it: the ancestors of the body's container (``anchors`` after the first) are no
    lead, whatever their class says (a CMS's ``field-type-text-with-summary`` holds the
    whole text).

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
        if any(el is a for a in anchors[1:]):
            continue  # a box around the body, named for a summary (text-with-summary)
        if in_picture_box(el):
            continue  # a photo's caption, named for a description
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
                if node.tag in ("h2", "h3") or _one_bold_child(node):
                    text = element_text(node)
                    if len(text) >= LEAD_NEXT_MIN:
                        if node.tag in ("h2", "h3") or _all_bold(node, text):
                            return node
                        break
                elif short_text(node, LEAD_NEXT_MIN - 1) is None:
                    # Long enough to stop the look, and no lead: its whole text (often
                    # the body's) is not read, only enough of it to tell its length.
                    break
            node = node.getnext()
            hops += 1
    return None


def _all_bold(el: _Element, text: str) -> bool:
    """Whether all of ``el``'s text sits in one ``<b>``/``<strong>`` child."""
    return _one_bold_child(el) and element_text(el[0]) == text


def _one_bold_child(el: _Element) -> bool:
    """Whether ``el`` has one child, a ``<b>`` or ``<strong>``, and no text before it:
    the shape of a paragraph in bold throughout."""
    return len(el) == 1 and el[0].tag in ("b", "strong") and not (el.text or "").strip()
