"""A picture's address and what a gallery script keeps of it: the caption it shows and
whether it links to another page."""

from __future__ import annotations

import html
import itertools
import re
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._hints import (
    AVATAR_CLASS,
    prescreened,
)
from vn_newsdoc.html._thresholds import ICON_SIZE_MAX
from vn_newsdoc.html.figures._elements import class_id

__all__ = ["data_caption", "image_source", "links_elsewhere"]

# Attributes that hold a picture's address, lazy-loading ones first (the ``src`` of a
# lazy picture is a placeholder); then those holding a ``srcset`` list of addresses.
_IMAGE_SOURCE_ATTRIBUTES: Final = ("data-src", "data-original", "data-lazy-src", "data-lazy", "src")
_IMAGE_SRCSET_ATTRIBUTES: Final = ("data-srcset", "data-lazy-srcset", "srcset")
# Attributes of a picture, or of the link or box around it, that gallery scripts read its
# caption from (lightbox and slide-show scripts); some hold the caption's HTML, escaped.
_DATA_CAPTION_ATTRIBUTES: Final = ("data-caption", "data-component-caption")

_TAG_RE: Final = re.compile(r"<[^<>]*>")
# A link to a picture's own file (a full-size view), not to another page.
_IMAGE_FILE_RE: Final = re.compile(
    r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:[?#]|$)", re.IGNORECASE
)

# Images that are not pictures of the article: icons, spacers, tracking pixels.
_IMAGE_JUNK_RE: Final = re.compile(
    r"(?:blank|spacer|pixel|icon|ico[_-]|logo|avatar|loading|1x1|transparent|star)[^/]*"
    r"\.(?:gif|png|svg)|/icons?/|^data:|\.svg(?:$|\?)",
    re.IGNORECASE,
)
# The same, for addresses in ASCII lower case (its pattern is written in lower case).
_IMAGE_JUNK_LOWER_RE: Final = re.compile(_IMAGE_JUNK_RE.pattern)


def image_source(img: _Element) -> str | None:
    """The address of a picture, or ``None`` for icons, spacers and pixels.

    Lazy-loading attributes (``data-src``, ``data-original``, ``data-lazy-src``) come before
    ``src``, which often holds a placeholder; a picture known only by a ``srcset`` list
    (``data-srcset``, ``srcset``, or those of the ``<source>`` elements of the
    ``<picture>`` around it) is known by its first address. Images declared 50
    pixels wide or less are not pictures, and neither is an author's portrait (class, id
    or file name with ``author``, ``autor`` or ``avatar``).

    Args:
        img: An ``<img>`` element.

    Returns:
        The address as written in the page (not resolved), or ``None``.

    >>> from lxml.html import fragment_fromstring
    >>> image_source(fragment_fromstring('<img data-src="/a.jpg" src="data:image/gif;base64,R0">'))
    '/a.jpg'
    >>> image_source(fragment_fromstring('<img data-srcset="/b.jpg 800w, /c.jpg 400w">'))
    '/b.jpg'
    >>> image_source(fragment_fromstring('<img src="/i/blank.gif">')) is None
    True
    >>> image_source(fragment_fromstring('<img class="autorenbild" src="/i/a.jpg">')) is None
    True
    """
    value = _address(img)
    if value is None:
        return None
    if _junk_address(value):
        return None
    name = value.rsplit("/", 1)[-1]
    if _names_avatar(class_id(img)) or _names_avatar(name):
        return None  # the author's portrait beside the byline
    for attr in ("width", "height"):
        size = (img.get(attr) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) <= ICON_SIZE_MAX:
            return None
    return value


def _junk_address(address: str) -> bool:
    # Each address _IMAGE_JUNK_RE finds holds ".gif", ".png", ".svg" or "/icon" in any
    # case, or starts with "data:": a plain search rules out most addresses (ASCII ones: no
    # other letter folds to those).
    if address.isascii():
        lowered = address.lower()
        if not (
            ".gif" in lowered
            or ".png" in lowered
            or ".svg" in lowered
            or "/icon" in lowered
            or lowered.startswith("data:")
        ):
            return False
        return _IMAGE_JUNK_LOWER_RE.search(lowered) is not None  # no case to fold
    return _IMAGE_JUNK_RE.search(address) is not None


# AVATAR_CLASS finds "autor", "author" or "avatar": "aut" or "ava" in any case.
_names_avatar: Final = prescreened(AVATAR_CLASS, ("aut", "ava"))


def _address(img: _Element) -> str | None:
    """The first address an ``<img>`` gives, lazy-loading attributes first."""
    for attr in _IMAGE_SOURCE_ATTRIBUTES:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    sources = [img]
    for above in itertools.islice(img.iterancestors(), 2):
        if above.tag == "picture":  # <picture><source srcset=…> (the parser may nest them)
            sources.extend(above.iter("source"))
            break
    for el in sources:
        for attr in _IMAGE_SRCSET_ATTRIBUTES:
            first = (el.get(attr) or "").split(",", 1)[0].split()
            if first and not first[0].startswith("data:"):
                return first[0]
    return None


def data_caption(img: _Element) -> str | None:
    """The caption a gallery script reads from the picture or the link or box around it.

    Lightbox and slide-show scripts keep a picture's caption in ``data-caption`` on the
    ``<img>``, on the ``<a>`` opening the full-size view, or on the item's box (two levels
    up at most), as text or as escaped HTML (``data-component-caption``); it is the
    picture's caption where the page shows none.

    >>> from lxml.html import fragment_fromstring
    >>> link = fragment_fromstring('<a data-caption="Đồi chè" href="/a.jpg"><img src="/t.jpg"></a>')
    >>> data_caption(link[0])
    'Đồi chè'
    >>> data_caption(fragment_fromstring(
    ...     '<img data-component-caption="&amp;lt;p&amp;gt;Hòn Khô. Ảnh: &amp;lt;em&amp;gt;'
    ...     'Lan&amp;lt;/em&amp;gt;&amp;lt;/p&amp;gt;" src="/k.jpg">'))
    'Hòn Khô. Ảnh: Lan'
    """
    el: _Element | None = img
    for _ in range(3):
        if el is None:
            break
        for attr in _DATA_CAPTION_ATTRIBUTES:
            value = el.get(attr)
            if not value:
                continue
            if "&" in value:
                value = html.unescape(value)  # escaped HTML, as some scripts keep it
            value = " ".join(_TAG_RE.sub(" ", value).split())
            if value:
                return value
        el = el.getparent()
    return None


def links_elsewhere(img: _Element) -> bool:
    """Whether a picture is a link to another page (a teaser), not to its own file.

    >>> from lxml.html import fragment_fromstring
    >>> links_elsewhere(fragment_fromstring('<a href="/tin/b.html"><img src="/t.jpg"></a>')[0])
    True
    >>> links_elsewhere(fragment_fromstring('<a href="/anh/a.jpg"><img src="/t.jpg"></a>')[0])
    False
    """
    for parent in img.iterancestors():
        if parent.tag == "a":
            href = (parent.get("href") or "").strip()
            return (
                bool(href)
                and not href.startswith(("#", "javascript:"))
                and not (_IMAGE_FILE_RE.search(href))
            )
        if parent.tag in ("p", "div", "figure", "td", "li", "body"):
            return False
    return False
