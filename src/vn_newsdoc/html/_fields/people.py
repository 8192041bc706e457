"""The people: the names the article mentions, found by :func:`vn_newsdoc.vi.find_people`
in the headline, the lead, the captions and the body's text, once all of them are read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.model import Figure
from vn_newsdoc.vi.people._find import find_people_in

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = ["decide"]


def decide(page: Page, draft: Draft) -> None:
    """Set the people from every text the article holds, in reading order."""
    texts: list[str] = [draft.headline]
    if draft.lead:
        texts.append(draft.lead)
    # The texts of the body's blocks are clean (the model holds them to it): they need no
    # cleaning again, unlike the headline and the lead.
    blocks = len(texts)
    for block in draft.body:
        if isinstance(block, Figure):
            if block.caption:
                texts.append(block.caption)
        else:
            texts.append(block.text)
    draft.people = find_people_in(texts, clean_from=blocks)
    if draft.people:
        page.record("people", "names in the headline, lead, captions and text")
