"""The pictures: each picture of the body with its caption and photo credit, the address
made absolute; and, for a page whose body has no text, the metadata's images.

Which block is the caption of which picture is decided while the body is assembled
(:mod:`vn_newsdoc.html.body`); this module turns one assembled picture into a
:class:`~vn_newsdoc.model.Figure` (:func:`from_block`), and holds the step that falls back
on the metadata (:func:`from_metadata`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin

from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html.body import BodyBlock
from vn_newsdoc.html.figures import split_credit
from vn_newsdoc.model import Figure
from vn_newsdoc.text import clean_or_none

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = ["from_block", "from_metadata", "resolve"]


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


def from_metadata(page: Page, draft: Draft) -> None:
    """For a page whose body has no text and no picture: the metadata's images."""
    if draft.body or not page.meta.images:
        return
    draft.body = page.meta.images
    page.record("figures", "metadata images", key="image")


def resolve(page: Page, src: str | None) -> str | None:
    """An image address made absolute against the page's URL (never fetched): the URL
    the caller gave, else the page's own canonical or ``og:url``."""
    base = page.url or page.meta.url
    if not src or not base:
        return src
    try:
        return urljoin(base, src)
    except ValueError:
        return src
