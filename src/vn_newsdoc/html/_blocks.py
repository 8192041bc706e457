"""Reading decisions taken on the body's blocks once they are read: an opening line that
is the headline, the lead or a dateline; a lead cut mid-sentence; a subheading."""

from __future__ import annotations

import datetime as dt

from vn_newsdoc.html.body import BodyBlock
from vn_newsdoc.text import clean
from vn_newsdoc.vi.dates import Timestamp, find_timestamps

__all__ = [
    "dateline_from_body",
    "headline_from_body",
    "is_subheading",
    "lead_continued",
    "lead_from_body",
]

_LEAD_MIN = 40  # characters for an opening paragraph to be taken as the lead
_SENTENCE_END = frozenset('.!?…:;"”’»)')


def headline_from_body(headline: str, blocks: list[BodyBlock]) -> tuple[str, list[BodyBlock]]:
    """The body's opening line as the headline, when it is set apart like one."""
    first = next((i for i, b in enumerate(blocks) if b.kind != "figure"), None)
    if first is None or first == len(blocks) - 1:
        return headline, blocks
    block = blocks[first]
    if (
        block.kind in ("p", "heading")
        and block.bold >= 0.9
        and 8 <= len(block.text) <= 200
        and block.text[-1] not in ".!?…:;,"
    ):
        return block.text, blocks[:first] + blocks[first + 1 :]
    return headline, blocks


def dateline_from_body(
    blocks: list[BodyBlock], reference: dt.datetime | None = None
) -> tuple[list[tuple[Timestamp, str]], list[BodyBlock]]:
    """A short line near the top of the body that is a dateline (old pages print it there)."""
    seen = 0
    for i, block in enumerate(blocks):
        if block.kind == "figure":
            continue
        seen += 1
        if seen > 4:
            break
        if len(block.text) > 120:
            continue
        found = [ts for ts in find_timestamps(block.text, reference=reference) if ts.has_time]
        if found:
            rest = blocks[:i] + blocks[i + 1 :] if len(block.text) <= 80 else blocks
            return [(ts, block.text) for ts in found], rest
    return [], blocks


def lead_continued(lead: str, blocks: list[BodyBlock]) -> tuple[str, list[BodyBlock]]:
    """Join a lead cut mid-sentence with the body's opening, which then goes on."""
    if lead[-1] in _SENTENCE_END or not blocks:
        return lead, blocks
    first = blocks[0]
    if first.kind == "p" and first.text[0].islower() and max(first.bold, first.italic) >= 0.8:
        return clean(f"{lead} {first.text}"), blocks[1:]
    return lead, blocks


def lead_from_body(blocks: list[BodyBlock]) -> tuple[str | None, list[BodyBlock]]:
    """An opening paragraph set apart (bold or italic throughout) is the lead."""
    texts = [i for i, b in enumerate(blocks) if b.kind != "figure"]
    if len(texts) < 2:
        return None, blocks
    first = blocks[texts[0]]
    if first.kind not in ("p", "heading") or len(first.text) < _LEAD_MIN:
        return None, blocks
    if max(first.bold, first.italic) < 0.8 or first.align in ("right", "center"):
        return None, blocks
    if first.kind == "heading" and first.level > 3:
        return None, blocks
    return first.text, blocks[: texts[0]] + blocks[texts[0] + 1 :]


def is_subheading(block: BodyBlock) -> bool:
    """A short line in bold throughout, not ending a sentence, reads as a subheading."""
    text = block.text
    return (
        block.kind == "p"
        and block.bold >= 0.95
        and len(text) <= 120
        and text[-1] not in _SENTENCE_END
        and text[-1] not in ",“\"'"
        and block.align != "right"
    )
