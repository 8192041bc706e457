"""The pictures: each picture of the body with its caption and photo credit, the address
made absolute; and, for a page whose body has no text, the metadata's images.

Which block is the caption of which picture is decided while the body is assembled
(:mod:`vn_newsdoc.html.body`); this module turns one assembled picture into a
:class:`~vn_newsdoc.model.Figure` (:func:`from_block`), and holds the step that falls back
on the metadata (:func:`from_metadata`), and the step that adds the picture a page sets
between the headline and the body's box (:func:`above_body`), and the one that reads a
paragraph signed as a photo's caption as one whose picture is gone (:func:`captions_alone`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from lxml.etree import _Element

from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html._metatime import is_vietnamese
from vn_newsdoc.html._thresholds import FIGURE_ABOVE_HOPS, SIGNED_CAPTION_MAX
from vn_newsdoc.html.body import BodyBlock, assemble, read_blocks
from vn_newsdoc.html.figures import image_source, split_credit
from vn_newsdoc.model import Figure
from vn_newsdoc.text import clean_or_none

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = [
    "above_body",
    "captions_alone",
    "from_block",
    "from_metadata",
    "is_signed_caption",
    "picture_above",
    "resolve",
]

# A photo's label and credit ending a text: "… Ảnh minh họa: nguồn Internet", "… (Ảnh:
# TTXVN)", "… Photo: Reuters". Only the picture's own words: "Nguồn:" or "Video:" end
# other lines of an article.
_PHOTO_SIGNED_RE = re.compile(
    r"[.!?…”\")]\s*\(?(?:ảnh(?:\s+minh\s+h(?:ọa|oạ)|\s+tư\s+liệu)?|hình\s+ảnh|photo)\s*:"
    r"\s*[^():.]{1,60}\)?\.?$",
    re.IGNORECASE,
)
# An image address that urljoin() gives back as it is, whatever the base: an absolute
# http(s) address in the form urlsplit() rebuilds character for character (scheme in lower
# case, a plain host, no white space, no ";" parameters, no empty "?" or "#"). Most
# pictures' addresses are such, and the join (a parse of both addresses) is not needed.
_PLAIN_ABSOLUTE_RE = re.compile(
    r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[^\s;?#]*)?(?:\?[^\s#]+)?(?:#\S+)?\Z"
)


def from_block(page: Page, block: BodyBlock) -> Figure | None:
    """The figure of an assembled picture block: its caption with the photo credit split
    off, its address made absolute; ``None`` for a picture with none of the three."""
    caption, credit = split_credit(block.text) if block.text else (None, None)
    credit = credit or block.credit  # a credit the page sets apart from the caption
    src = resolve(page, block.src)
    if caption is None and credit is None and src is None:
        return None
    return Figure(
        caption=clean_or_none(caption), credit=clean_or_none(credit), src=clean_or_none(src)
    )


def above_body(page: Page, draft: Draft) -> None:
    """On a Vietnamese page, the picture with its caption that the page sets between the
    headline and the body's box opens the body (:func:`picture_above`).

    Vietnamese readings keep every picture of the article with its caption; on pages in
    other languages the lead picture stays out, as the English benchmarks' article text
    (no captions) has it."""
    if draft.headline_el is None or not page.containers:
        return
    if not is_vietnamese(page.meta.language, draft.headline):
        return
    fig = picture_above(draft.headline_el, page.containers[0])
    if fig is None or (draft.lead_el is not None and _within(draft.lead_el, fig)):
        return
    blocks = assemble(read_blocks([fig], skip=frozenset()))
    if len(blocks) == 1 and blocks[0].kind == "figure" and blocks[0].text:
        draft.blocks = blocks + draft.blocks
        page.record("figures", "picture between the headline and the body", fig)


def captions_alone(page: Page, draft: Draft) -> None:
    """A paragraph of the body that ends signed as a photo's caption (:func:`is_signed_caption`)
    is the caption of a picture the page no longer holds (left out of a copy, loaded by a
    script): a figure without an address, not a paragraph of the text."""
    changed = False
    blocks = list(draft.blocks)
    for i, block in enumerate(blocks):
        if block.kind == "p" and is_signed_caption(block.text):
            blocks[i] = BodyBlock("figure", block.text, element=block.element)
            page.record("figures", "paragraph signed as a photo's caption", block.element)
            changed = True
    if changed and any(b.kind != "figure" for b in blocks):
        draft.blocks = blocks


def is_signed_caption(text: str) -> bool:
    """Whether ``text`` is a caption by its closing label and credit (``Ảnh:``, ``Ảnh minh
    họa:``, ``Photo:``) after a sentence, and of a caption's length
    (:data:`~vn_newsdoc.html._thresholds.SIGNED_CAPTION_MAX`).

    >>> is_signed_caption("90% thuê bao sẽ được lợi. Ảnh minh họa: nguồn Internet")
    True
    >>> is_signed_caption("Giá vàng tăng mạnh trong phiên sáng nay. Nguồn: SJC")
    False
    >>> is_signed_caption("Ông cho biết ảnh: nhiều người đã xem")
    False
    """
    if len(text) > SIGNED_CAPTION_MAX or ":" not in text:
        return False
    # Each signature holds "ảnh" or "photo" in some case (no other letter matches theirs
    # case-blind): a text whose lower case holds neither is no caption, without the regex.
    lowered = text.lower()
    if "ảnh" not in lowered and "photo" not in lowered:
        return False
    return _PHOTO_SIGNED_RE.search(text) is not None


def picture_above(headline: _Element, container: _Element) -> _Element | None:
    """The ``<figure>`` after the headline and before the body's container, in the box
    around the container (:data:`~vn_newsdoc.html._thresholds.FIGURE_ABOVE_HOPS` levels
    up), holding one picture: the article's lead picture, which templates (the Boston
    Globe's, many WordPress themes) set apart from the box of the text. A picture in
    another column or in the page's header is not in that box.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring("<article><h1>Biệt phủ</h1><div class='body'>"
    ...     "<figure><img src='/a.jpg'><figcaption>Biệt phủ ở Yên Bái.</figcaption></figure>"
    ...     "<div class='text'><p>Dư luận xôn xao.</p></div></div></article>")
    >>> fig = picture_above(page.find(".//h1"), page.find(".//div[@class='text']"))
    >>> fig.find("figcaption").text
    'Biệt phủ ở Yên Bái.'
    """
    box = container
    for _ in range(FIGURE_ABOVE_HOPS):
        parent = box.getparent()
        if parent is None:
            return None
        box = parent
        # Past the headline once it is met in the box, or from the start of a box that
        # follows it; the body's container ends the search.
        started = not _within(headline, box) and _precedes(headline, box)
        for el in box.iter():
            if el is container:
                break
            if el is headline:
                started = True
            elif started and el.tag == "figure" and _pictured(el):
                return el
    return None


def _precedes(a: _Element, b: _Element) -> bool:
    """Whether ``a`` comes before ``b`` in the page, neither holding the other."""
    chain = [a, *a.iterancestors()]
    above_a = set(chain)
    child_b = b
    for anc in b.iterancestors():
        if anc in above_a:
            child_a = next((x for x in chain if x.getparent() is anc), None)
            return child_a is not None and anc.index(child_a) < anc.index(child_b)
        child_b = anc
    return False


def _pictured(fig: _Element) -> bool:
    """Whether a ``<figure>`` holds one picture of the article (not an icon)."""
    pictures = [img for img in fig.iter("img") if image_source(img) is not None]
    return len(pictures) == 1


def _within(el: _Element, outer: _Element) -> bool:
    """Whether ``el`` is ``outer`` or lies inside it."""
    return el is outer or any(a is outer for a in el.iterancestors())


def from_metadata(page: Page, draft: Draft) -> None:
    """For a page whose body has no text and no picture: the metadata's images."""
    if draft.body or not page.meta.images:
        return
    draft.body = page.meta.images
    page.record("figures", "metadata images", key="image")


def resolve(page: Page, src: str | None) -> str | None:
    """An image address made absolute against the page's URL (never fetched): the URL
    the caller gave, else the page's own canonical or ``og:url``."""
    if src and _PLAIN_ABSOLUTE_RE.match(src):
        return src  # what urljoin() gives back (see _PLAIN_ABSOLUTE_RE)
    base = page.url or page.meta.url
    if not src or not base:
        return src
    try:
        return urljoin(base, src)
    except ValueError:
        return src
