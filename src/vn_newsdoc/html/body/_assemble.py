"""From raw blocks to the body: pictures paired with their captions, furniture dropped."""

from __future__ import annotations

import itertools
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._thresholds import (
    CENTRED_CAPTION_BOLD,
    CENTRED_LINES_USUAL,
    ITALIC_CAPTION_LINE,
    LINKED_LIST,
    SUMMARY_ITEMS_MIN,
)
from vn_newsdoc.html.body._datelines import is_date_block
from vn_newsdoc.html.body._noise import is_noise_text, without_view_hint
from vn_newsdoc.html.body._walk import BodyBlock
from vn_newsdoc.html.figures import split_credit

__all__ = ["assemble"]

_CAPTION_MAX: Final = 400  # characters: longer italic text under a picture is body text
_CENTRED_MAX: Final = 300  # characters: a longer centred block under a picture is body text
_PARAGRAPH_MIN: Final = 80  # characters of the first paragraph under a box of highlights
_SENTENCE_WORDS: Final = 6  # words of a sentence kept in the body though mostly a link
_AWAY_MIN: Final = 20  # characters of a centred line away from pictures that shows centring usual
_LABEL_MAX: Final = 40  # characters of a label over a box of highlights ("Điểm chính")
_CREDIT_LINE_MAX: Final = 80  # characters of a line that is only a photo credit ("Ảnh: Reuters.")


def _is_noise_block(block: BodyBlock) -> bool:
    if block.kind == "image":
        return False
    if block.link >= LINKED_LIST and block.kind != "caption" and not _linked_sentence(block):
        return True
    return is_noise_text(block.text)


def _repeats_caption(block: BodyBlock, out: list[BodyBlock]) -> bool:
    """A caption repeated right under its figure (a copy laid over the picture, shown on
    hover or kept for a slide show) is read once."""
    return (
        block.kind != "image"
        and bool(out)
        and out[-1].kind == "figure"
        and bool(out[-1].text)
        and block.text == out[-1].text
    )


def _linked_sentence(block: BodyBlock) -> bool:
    """A sentence of the text pointing to a source through a link ("Find out more at the
    <a>agency's site</a>."): some words of its own, a link, a full stop."""
    return (
        block.link < 1.0 and block.text.endswith(".") and len(block.text.split()) >= _SENTENCE_WORDS
    )


def _set_apart(block: BodyBlock, looks: dict[str, int], centring_usual: bool) -> bool:
    """A short line under a picture set apart as older layouts set captions: centred (where
    the body's text is not), or in a colour or font size none of the body's
    paragraphs have, and not in bold."""
    if block.bold >= CENTRED_CAPTION_BOLD or len(block.text) > _CENTRED_MAX:
        return False
    if block.align == "center" and not centring_usual:
        return True
    if not looks:
        return False
    itself = 1 if _is_paragraph(block) else 0
    return looks.get(block.look, 0) - itself <= 0


def _is_paragraph(block: BodyBlock) -> bool:
    return block.kind == "p" and len(block.text) >= _PARAGRAPH_MIN


def _paragraph_looks(blocks: list[BodyBlock]) -> dict[str, int]:
    """How many of the body's paragraphs have each look."""
    counts: dict[str, int] = {}
    for block in blocks:
        if _is_paragraph(block):
            counts[block.look] = counts.get(block.look, 0) + 1
    return counts


def _centring_usual(blocks: list[BodyBlock]) -> bool:
    """Whether the body centres its ordinary text: most of its paragraphs, or at least two
    plain lines that stand away from any picture, are centred."""
    aligns: dict[str, int] = {}
    away = 0
    previous: BodyBlock | None = None
    for block in blocks:
        if _is_paragraph(block):
            aligns[block.align] = aligns.get(block.align, 0) + 1
        if (
            block.kind == "p"
            and block.align == "center"
            and block.bold < CENTRED_CAPTION_BOLD
            and len(block.text) >= _AWAY_MIN
            and (previous is None or previous.kind != "image")
        ):
            away += 1
        previous = block
    usual = max(aligns, key=lambda a: aligns[a]) if aligns else ""
    return usual == "center" or away >= CENTRED_LINES_USUAL


def _centring_when_needed(
    known: bool | None, block: BodyBlock, blocks: list[BodyBlock]
) -> bool | None:
    """:func:`_centring_usual`, read once and only when a centred line needs it."""
    if known is None and block.align == "center":
        return _centring_usual(blocks)
    return known


def assemble(blocks: list[BodyBlock]) -> list[BodyBlock]:
    """Pair pictures with their captions and drop what is not the article.

    A caption is a block the page marks as one (``figcaption``, a caption class), or the
    text right under a picture when it is set apart: italic, inside the picture's own
    paragraph after a line break, or a short line not in bold that is centred or in
    another colour or font size than the paragraphs (older layouts set captions so, in a
    block or table row of their own). Further italic lines directly
    under a caption are captions too. Related-article lines and link lists are dropped, and
    so is a picture viewer's instruction inside a caption ("Click to enlarge").

    Args:
        blocks: What :func:`read_blocks` returned.

    Returns:
        Blocks of kind ``p``, ``heading``, ``quote``, ``li`` and ``figure`` (a figure
        carries its caption in ``text``, possibly empty, and its picture in ``src``).
    """
    out: list[BodyBlock] = []
    pending: BodyBlock | None = None  # a picture waiting for its caption
    looks = _paragraph_looks(blocks)
    centring: bool | None = None  # _centring_usual, read when a centred line needs it
    last_caption = False
    teasers: list[BodyBlock] = []  # pictures linking elsewhere, left out
    titled = False  # the picture waiting links elsewhere and a link line followed it
    for i, block in enumerate(blocks):
        if _is_noise_block(block) or _repeats_caption(block, out):
            titled = titled or (pending is not None and pending.link >= 1.0)
            continue
        if block.kind == "image":
            _add_uncaptioned(out, pending, teasers, titled=titled)
            pending, titled, last_caption = block, False, False
            continue
        # A line that is only a credit belongs to the picture or caption above it.
        placed, pending = _add_credit(out, pending, block, (blocks, i))
        if placed:
            last_caption = True
            continue
        short = len(block.text) <= _CAPTION_MAX
        if (pending is not None or last_caption or block.kind == "caption") and is_date_block(
            block
        ):
            # A date is never a caption: the posting time under the lead picture.
            _add_uncaptioned(out, pending, teasers, titled=titled)
            pending, last_caption = None, False
            out.append(block if block.kind != "caption" else _as_paragraph(block))
            continue
        if block.kind == "caption":
            if pending is not None:
                out.append(_figure(pending, block))
                pending = None
            else:
                _add_caption(out, block)
            last_caption = True
            continue
        if pending is not None:
            centring = _centring_when_needed(centring, block, blocks)
            # A short right-aligned line under a picture is a signature, not a caption.
            captionable = block.kind in ("p", "quote") and block.align != "right"
            if (
                short
                and captionable
                and (block.styled or block.after_image or _set_apart(block, looks, bool(centring)))
            ):
                out.append(_figure(pending, block))
                pending = None
                last_caption = True
                continue
            _add_uncaptioned(out, pending, teasers, titled=titled)
            pending = None
        elif (
            last_caption
            and short
            and block.kind == "p"
            and block.italic >= ITALIC_CAPTION_LINE
            and block.align != "right"
        ):
            _add_caption(out, block)
            continue
        last_caption = False
        out.append(block)
    _add_uncaptioned(out, pending, teasers, titled=titled)
    _trim_end(out, teasers)
    return _without_top_summary(_without_view_hints(out))


def _without_view_hints(out: list[BodyBlock]) -> list[BodyBlock]:
    """Leave a picture viewer's instruction ("Click to enlarge") out of each caption."""
    for block in out:
        if block.kind == "figure" and block.text:
            block.text = without_view_hint(block.text)
    return out


def _trim_end(out: list[BodyBlock], teasers: list[BodyBlock]) -> None:
    """Leave out what closes the body but is not the article: teasers of other pages
    (pictures linking elsewhere with nothing of the article after them), a heading with
    nothing after it, a label over the teasers left out."""
    while out and _is_teaser(out[-1]):
        teasers.append(out.pop())
    while out and (out[-1].kind == "heading" or _teasers_label(out[-1], teasers)):
        out.pop()


def _add_credit(
    out: list[BodyBlock],
    pending: BodyBlock | None,
    block: BodyBlock,
    where: tuple[list[BodyBlock], int],
) -> tuple[bool, BodyBlock | None]:
    """Give a line that is only a photo credit to the picture waiting for its caption
    (``pending``) or to the figure right above it, if that has no credit yet; a credit
    element with no picture above is a line of text. A plain line (not marked, not set
    apart) among the closing lines, with nothing of the article after it, is left to the
    byline (``Ảnh: X`` crediting the article's photos, ``Nguồn: X`` its source).
    ``where`` is the list of blocks and the index of ``block`` in it. Returns whether the
    line was placed, and the picture still waiting."""
    credit = _credit_line(block)
    if credit is not None and _plain(block) and not _article_after(*where):
        credit = None
    if credit is not None and pending is not None:
        out.append(_figure(pending, None))
        pending = None
    if credit is not None and out and out[-1].kind == "figure" and not _has_credit(out[-1]):
        out[-1].credit = credit
        return True, pending
    if block.kind == "credit":
        block.kind = "p"
    return False, pending


def _plain(block: BodyBlock) -> bool:
    """A line neither marked by the page nor set apart by its style."""
    return block.kind in ("p", "quote") and not block.styled and block.align != "center"


def _article_after(blocks: list[BodyBlock], index: int) -> bool:
    """Whether a picture or a sentence of the article follows ``blocks[index]`` (closing
    byline and source lines are no sentences)."""
    return any(
        b.kind == "image" or (b.kind in ("p", "li", "quote") and _sentence(b.text))
        for b in itertools.islice(blocks, index + 1, None)
    )


def _sentence(text: str) -> bool:
    return len(text) >= _PARAGRAPH_MIN or (
        len(text.split()) >= _SENTENCE_WORDS and text.endswith((".", "!", "?", "…"))
    )


def _add_caption(out: list[BodyBlock], block: BodyBlock) -> None:
    """A caption under a figure already placed: the caption of that figure when it has
    none yet (a picture with only a credit under it), else a figure of its own."""
    if out and out[-1].kind == "figure" and not out[-1].text:
        out[-1].text = block.text
        out[-1].credit = out[-1].credit or block.credit
    else:
        out.append(_figure(None, block))


def _add_uncaptioned(
    out: list[BodyBlock], image: BodyBlock | None, teasers: list[BodyBlock], *, titled: bool
) -> None:
    """A picture that found no caption under it: a figure (with the caption its markup
    keeps for gallery scripts, if any), or a teaser of another page left out (a "more
    photos" box, a video trailer): it links elsewhere, and a link line titles it or (see
    :func:`_is_teaser`) nothing of the article follows it. No picture: nothing to add."""
    if image is None:
        return
    figure = _figure(image, None)
    figure.link = image.link
    if titled and _is_teaser(figure):
        teasers.append(figure)
        return
    out.append(figure)


def _is_teaser(block: BodyBlock) -> bool:
    """A picture without caption or credit that links to another page."""
    return (
        block.kind == "figure"
        and block.link >= 1.0
        and not block.text
        and block.credit is None
        and block.src is not None
    )


def _teasers_label(block: BodyBlock, teasers: list[BodyBlock]) -> bool:
    """A short line closing the body in the same box as teasers left out after it."""
    if not teasers or block.kind not in ("p", "heading") or len(block.text) > _LABEL_MAX:
        return False
    box = block.element.getparent() if block.element is not None else None
    if box is None:
        return False
    last = teasers[-1].element
    return last is not None and any(a is box for a in last.iterancestors())


def _credit_line(block: BodyBlock) -> str | None:
    """The credit of a block that is only a photo credit (``Ảnh: Reuters.``, or an
    element named for a credit), else ``None``."""
    if block.kind not in ("p", "quote", "caption", "credit") or len(block.text) > _CREDIT_LINE_MAX:
        return None
    if block.credit is not None and not block.text:
        return block.credit
    rest, credit = split_credit(block.text)
    if rest is None and credit is not None:
        return credit
    if block.kind == "credit":
        return block.text.strip(" .,;:–—-") or None
    return None


def _has_credit(figure: BodyBlock) -> bool:
    return figure.credit is not None or split_credit(figure.text)[1] is not None


def _box_of(el: _Element | None) -> _Element | None:
    """The element holding a list (the list's parent), or a paragraph's parent."""
    if el is None:
        return None
    parent = el.getparent()
    if parent is not None and el.tag == "li":
        parent = parent.getparent()
    return parent


def _without_top_summary(blocks: list[BodyBlock]) -> list[BodyBlock]:
    """Leave out a box of highlights above the first paragraph: a list, perhaps under a
    short label, set in a box of its own rather than among the paragraphs."""
    first = next(
        (i for i, b in enumerate(blocks) if b.kind == "p" and len(b.text) >= _PARAGRAPH_MIN),
        None,
    )
    if first is None or first == 0:
        return blocks
    top = blocks[:first]
    items = [b for b in top if b.kind == "li"]
    if len(items) < SUMMARY_ITEMS_MIN:
        return blocks
    for block in top:
        label = block.kind in ("p", "heading") and len(block.text) <= _LABEL_MAX
        if block.kind not in ("li", "figure") and not label:
            return blocks
    box = _box_of(items[0].element)
    if box is None or box is _box_of(blocks[first].element):
        return blocks
    return [b for b in top if b.kind == "figure"] + blocks[first:]


def _as_paragraph(block: BodyBlock) -> BodyBlock:
    """A block the page marked as a caption, read as a line of text."""
    block.kind = "p"
    return block


def _figure(image: BodyBlock | None, caption: BodyBlock | None) -> BodyBlock:
    # Without a caption under it, a picture's caption is the one its markup keeps.
    text = caption.text if caption is not None else image.text if image is not None else ""
    element = caption.element if caption is not None else None
    if element is None and image is not None:
        element = image.element
    figure = BodyBlock(
        "figure",
        text,
        element=element,
        src=image.src if image is not None else None,
        italic=caption.italic if caption is not None else 0.0,
    )
    figure.credit = caption.credit if caption is not None else None
    return figure
