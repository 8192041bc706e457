"""How a run of text looks: its colour and font size as the page sets them.

Older layouts set a caption apart from the paragraphs by colour or size alone
(``<span style="color:#666; font-size:10pt">``, ``<font size=1>``). The walk records each
block's look as a short key; :func:`~vn_newsdoc.html.body.assemble` compares it with the
look of the body's paragraphs. Black and the system text colour count as no colour: pasted
word-processor markup sets them on every paragraph.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from lxml.etree import _Element

__all__ = ["look", "styled_look"]

_COLOR_RE: Final = re.compile(r"(?:^|[;\s])color\s*:\s*([^;]+)", re.IGNORECASE)
_SIZE_RE: Final = re.compile(r"font-size\s*:\s*([^;]+)", re.IGNORECASE)
_PLAIN_COLORS: Final = frozenset(
    {"#000", "#000000", "black", "windowtext", "rgb(0,0,0)", "inherit", "initial", "auto"}
)


def _color(value: str | None) -> str | None:
    if value is None:
        return None
    key = "".join(value.lower().split()).removesuffix("!important")
    return "" if key in _PLAIN_COLORS else key


@functools.lru_cache(maxsize=4096)  # pages repeat their styles on many elements
def _style_look(style: str) -> tuple[str | None, str | None]:
    """The colour and font size a style sets (``None``: not set)."""
    color: str | None = None
    size: str | None = None
    match = _COLOR_RE.search(style)
    if match:
        color = _color(match.group(1))
    match = _SIZE_RE.search(style)
    if match:
        size = "".join(match.group(1).lower().split()).removesuffix("!important")
    return color, size


def look(el: _Element, tag: str, outer: str) -> str:
    """The look inside ``el`` (``"colour|size"``), given the look around it.

    >>> from lxml.html import fragment_fromstring
    >>> look(fragment_fromstring('<span style="color: #666">x</span>'), "span", "|")
    '#666|'
    >>> look(fragment_fromstring('<font color="black" size="1">x</font>'), "font", "#666|")
    '|1'
    """
    return styled_look(el, tag, outer, el.get("style"))


def styled_look(el: _Element, tag: str, outer: str, style: str | None) -> str:
    """:func:`look`, given ``el``'s style (``None`` or ``""`` where it has none), for a
    caller that has read it already.

    >>> from lxml.html import fragment_fromstring
    >>> styled_look(fragment_fromstring("<p>x</p>"), "p", "|", "font-size: 9pt")
    '|9pt'
    """
    color, size = _style_look(style) if style else (None, None)
    if tag == "font":
        painted = el.get("color")
        color = _color(painted) if painted is not None else color
        size = el.get("size") or size
    if color is None and size is None:
        return outer
    outer_color, _, outer_size = outer.partition("|")
    return f"{outer_color if color is None else color}|{outer_size if size is None else size}"
