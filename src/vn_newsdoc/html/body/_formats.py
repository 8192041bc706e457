"""The inline formatting in force at a point of the body's walk: bold, italics, links,
quotes and looks, from tags and inline styles, and the text alignment a block sets."""

from __future__ import annotations

import functools
import re
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._hints import QUOTE_CLASS, prescreened
from vn_newsdoc.html.body._looks import styled_look

_BOLD_TAGS: Final = frozenset({"b", "strong"})
_ITALIC_TAGS: Final = frozenset({"i", "em", "cite"})
_BOLD_STYLE_RE: Final = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_NOT_BOLD_STYLE_RE: Final = re.compile(r"font-weight\s*:\s*(?:normal|[1-4]00)", re.IGNORECASE)
_ITALIC_STYLE_RE: Final = re.compile(r"font-style\s*:\s*(?:italic|oblique)", re.IGNORECASE)
_NOT_ITALIC_STYLE_RE: Final = re.compile(r"font-style\s*:\s*normal", re.IGNORECASE)
_ALIGN_STYLE_RE: Final = re.compile(r"text-align\s*:\s*(left|right|center|justify)", re.IGNORECASE)
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_QUOTE_BOX_TAGS: Final = frozenset({"div", "p", "aside"})  # boxes a quote's class makes a quote
# Tags that change the formatting without a style attribute (see _format).
_FORMATTING_TAGS: Final = (
    _BOLD_TAGS | _ITALIC_TAGS | _HEADING_TAGS | _QUOTE_BOX_TAGS | {"font", "a", "blockquote"}
)


class _Format:
    """The inline formatting in force at a point of the walk (a plain class: compiled, its
    fields are read without a look-up)."""

    __slots__ = ("bold", "italic", "link", "look", "quote")

    def __init__(self, bold: bool, italic: bool, link: bool, quote: bool, look: str = "|") -> None:
        self.bold = bold
        self.italic = italic
        self.link = link
        self.quote = quote
        self.look = look
        """Colour and font size (:func:`~vn_newsdoc.html.body._looks.look`)."""


def _format(  # noqa: PLR0917  (the walk calls it in order: cheaper than by name)
    el: _Element, tag: str, fmt: _Format, names: list[str], style: str, classes: str | None
) -> _Format:
    """The formatting inside ``el`` (``names``: its attributes' names; ``style``: its
    style, ``""`` where it has none; ``classes``: its class, ``None`` where it has none or
    where it is inline), given the formatting around it."""
    if not style and tag not in _FORMATTING_TAGS:
        return fmt  # most elements: nothing in their tag or style changes it
    bold = fmt.bold
    italic = fmt.italic
    link = fmt.link
    quote = fmt.quote
    shown = fmt.look
    if style or tag == "font":
        shown = styled_look(el, tag, shown, style)
    styled_bold, styled_italic = _style_emphasis(style) if style else (None, None)
    if tag in _BOLD_TAGS or tag in _HEADING_TAGS or styled_bold:
        bold = True
    elif styled_bold is False:
        bold = False
    if tag in _ITALIC_TAGS or styled_italic:
        italic = True
    elif styled_italic is False:
        italic = False
    if tag == "a" and "href" in names and el.get("href"):
        link = True
    if tag == "blockquote" or (
        tag in _QUOTE_BOX_TAGS and classes is not None and _quote_classed(classes)
    ):
        quote = True
    if (
        bold == fmt.bold
        and italic == fmt.italic
        and link == fmt.link
        and quote == fmt.quote
        and shown == fmt.look
    ):
        return fmt
    return _Format(bold, italic, link, quote, shown)


@functools.lru_cache(maxsize=4096)  # pages repeat their styles on many elements
def _style_emphasis(style: str) -> tuple[bool | None, bool | None]:
    """Whether a style sets bold and italic type (``True``), sets them off (``False``) or
    says nothing of them (``None``)."""
    return (
        _says(_BOLD_STYLE_RE, _NOT_BOLD_STYLE_RE, style),
        _says(_ITALIC_STYLE_RE, _NOT_ITALIC_STYLE_RE, style),
    )


def _says(on: re.Pattern[str], off: re.Pattern[str], style: str) -> bool | None:
    if on.search(style):
        return True
    if off.search(style):
        return False
    return None


# Each name that QUOTE_CLASS finds holds "quot" or "ch" in any case; pages repeat their
# class names on many elements.
_quote_classed: Final = functools.lru_cache(maxsize=4096)(prescreened(QUOTE_CLASS, ("quot", "ch")))


def _alignment(el: _Element, style: str, names: list[str]) -> str:
    """The text alignment ``el`` sets (``style``: its style, ``""`` where it has none;
    ``names``: its attributes' names)."""
    aligned = _style_alignment(style) if style else ""
    if aligned:
        return aligned
    return (el.get("align") or "").lower() if "align" in names else ""


@functools.lru_cache(maxsize=4096)  # pages repeat their styles on many elements
def _style_alignment(style: str) -> str:
    match = _ALIGN_STYLE_RE.search(style)
    return match.group(1).lower() if match else ""
