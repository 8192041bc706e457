"""Figures in an article body: which elements hold a picture's caption, and its photo credit.

News pages put captions in many places: ``<figcaption>``, caption tables (vnexpress's
``table.tplCaption``, zing's ``td.pCaption``, tuoitre's ``td.ck_legend``), classed blocks
(``PhotoCMS_Caption``, ``image_desc``, ``chu-thich-anh``), or an italic line directly under
the image (pasted Word markup on provincial portals). This module holds what can be said
about one element or one caption string; :mod:`vn_newsdoc.html.body` decides, walking the
body in reading order, which text block is the caption of which image.

>>> split_credit("Mặt bia mộ ghi tên các liệt sĩ. Ảnh: Võ Hải.")
('Mặt bia mộ ghi tên các liệt sĩ.', 'Võ Hải')
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._credit_marks import find_credit
from vn_newsdoc.html._hints import (
    AVATAR_CLASS,
    CAPTION_AFTER_PICTURE_WORDS,
    CAPTION_CLASS,
    CREDIT_CLASS_WORDS,
    FIGURE_CLASS,
    prescreened,
)
from vn_newsdoc.html._thresholds import CREDIT_WORDS_MAX, ICON_SIZE_MAX

__all__ = [
    "caption_after_picture",
    "caption_by_attributes",
    "caption_by_names",
    "credit_element",
    "data_caption",
    "figure_by_attributes",
    "figure_by_names",
    "image_source",
    "is_caption_element",
    "is_figure_element",
    "links_elsewhere",
    "split_credit",
]

# Attributes that hold a picture's address, lazy-loading ones first (the ``src`` of a
# lazy picture is a placeholder); then those holding a ``srcset`` list of addresses.
_IMAGE_SOURCE_ATTRIBUTES: Final = ("data-src", "data-original", "data-lazy-src", "data-lazy", "src")
_IMAGE_SRCSET_ATTRIBUTES: Final = ("data-srcset", "data-lazy-srcset", "srcset")
# Attributes of a picture, or of the link or box around it, that gallery scripts read its
# caption from (lightbox and slide-show scripts); some hold the caption's HTML, escaped.
_DATA_CAPTION_ATTRIBUTES: Final = ("data-caption", "data-component-caption")


_TAG_RE: Final = re.compile(r"<[^<>]*>")
_WORD_SPLIT_RE: Final = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
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

_CREDIT_MAX: Final = 80  # characters of an element that holds a credit alone

# Each of CAPTION_WORDS holds one of these (lower case): an ASCII class and id holding none
# of them names no caption, without the expression (a test holds the words to them).
_CAPTION_PARTS: Final = ("caption", "desc", "legend", "thich", "note", "expnoedit")
# Pages repeat their class names on many elements: each class and id pair judged once.
_caption_named: Final = functools.lru_cache(maxsize=4096)(
    prescreened(CAPTION_CLASS, _CAPTION_PARTS)
)


def _names_a_caption(classes: str | None, ident: str | None) -> bool:
    return _caption_named(f"{classes or ''} {ident or ''}")


def _class_id(el: _Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def is_caption_element(el: _Element) -> bool:
    """Whether ``el`` is marked as a caption by its tag, class or id.

    Args:
        el: Any element.

    Returns:
        True for ``<figcaption>`` and elements whose class or id says caption (but not
        for a box holding the picture as well, such as ``table.tplCaption``).

    >>> from lxml.html import fragment_fromstring
    >>> is_caption_element(fragment_fromstring('<td class="pCaption">Nhà thờ Lớn</td>'))
    True
    >>> is_caption_element(fragment_fromstring('<p class="Normal">Đoạn văn</p>'))
    False
    """
    if el.tag == "figcaption":
        return True
    return _names_a_caption(el.get("class"), el.get("id")) and not is_figure_element(el)


def is_figure_element(el: _Element) -> bool:
    """Whether ``el`` wraps one picture with its caption (``<figure>``, caption tables).

    Args:
        el: Any element.

    Returns:
        True for ``<figure>`` and for elements whose class marks a picture box.

    >>> from lxml.html import fragment_fromstring
    >>> is_figure_element(fragment_fromstring('<table class="tplCaption"></table>'))
    True
    """
    if el.tag == "figure":
        return True
    return _figure_classed(el.get("class", ""))


def figure_by_attributes(el: _Element, names: list[str]) -> bool:
    """:func:`is_figure_element`, given the names of ``el``'s attributes (``el.keys()``):
    without a class, only its tag can make it a picture's box.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring('<div class="tplCaption"></div>')
    >>> figure_by_attributes(box, box.keys()), figure_by_attributes(box, [])
    (True, False)
    """
    return figure_by_names(el.tag, el.get("class") if "class" in names else None)


def figure_by_names(tag: object, classes: str | None) -> bool:
    """:func:`is_figure_element` of an element of tag ``tag`` whose class is ``classes``
    (``None`` where it has none), for a caller that has read them already.

    >>> figure_by_names("div", "tplCaption"), figure_by_names("figure", None)
    (True, True)
    """
    return tag == "figure" or (classes is not None and _figure_classed(classes))


def caption_by_attributes(el: _Element, names: list[str]) -> bool:
    """:func:`is_caption_element`, given the names of ``el``'s attributes (``el.keys()``):
    without a class or id, only its tag can name it a caption.

    >>> from lxml.html import fragment_fromstring
    >>> line = fragment_fromstring('<p class="caption">Ảnh: TTXVN</p>')
    >>> caption_by_attributes(line, line.keys()), caption_by_attributes(line, [])
    (True, False)
    """
    return caption_by_names(
        el.tag,
        el.get("class") if "class" in names else None,
        el.get("id") if "id" in names else None,
    )


def caption_by_names(tag: object, classes: str | None, ident: str | None) -> bool:
    """:func:`is_caption_element` of an element of tag ``tag`` whose class and id are
    ``classes`` and ``ident`` (``None`` where it has none), for a caller that has read
    them already.

    >>> caption_by_names("p", "caption", None), caption_by_names("table", "tplCaption", None)
    (True, False)
    """
    if tag == "figcaption":
        return True
    if classes is None and ident is None:
        return False  # no class or id: only the tag names a caption
    return _names_a_caption(classes, ident) and not figure_by_names(tag, classes)


# Each name FIGURE_CLASS finds holds one of these in any case (lower case here): an ASCII
# class holding none of them names no picture box, without the expression.
_FIGURE_PARTS: Final = ("caption", "item", "box", "figure")
# Pages repeat their class names on many elements: each judged once.
_figure_classed: Final = functools.lru_cache(maxsize=4096)(prescreened(FIGURE_CLASS, _FIGURE_PARTS))


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
    if _names_avatar(_class_id(img)) or _names_avatar(name):
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


def _class_words(el: _Element) -> frozenset[str]:
    return _words_of(_class_id(el))


@functools.lru_cache(maxsize=4096)  # pages repeat their class names on many elements
def _words_of(names: str) -> frozenset[str]:
    """The words of a class and id (``"class id"``), in lower case."""
    raw = names.strip()
    return frozenset(w.lower() for w in _WORD_SPLIT_RE.split(raw) if w) if raw else frozenset()


def caption_after_picture(el: _Element) -> bool:
    """Whether ``el``'s class or id names a caption where it comes right after a picture.

    Galleries and photo stories set each picture's text in a block named for what it is
    (``desc_cation``, ``img-note``, ``pic-cap``, ``legend``) right after the picture's
    box; the same words away from a picture (``<div class="desc">``) name text.

    >>> from lxml.html import fragment_fromstring
    >>> caption_after_picture(fragment_fromstring('<div class="desc_cation"></div>'))
    True
    >>> caption_after_picture(fragment_fromstring('<div class="description"></div>'))
    False
    """
    return bool(_class_words(el) & CAPTION_AFTER_PICTURE_WORDS)


def credit_element(el: _Element, *, named: bool = False) -> str | None:
    """The photo credit an element holds on its own, or ``None``.

    An element named for a credit (``<span class="credit">``, ``photo-copyright``) holds
    one whatever its text (``Getty Images``, ``© Minh Trí``); any other element holds one
    when its whole text is a credit (``<em>Ảnh: Võ Hải</em>``), unless ``named`` asks
    for elements named for a credit only.

    >>> from lxml.html import fragment_fromstring as f
    >>> credit_element(f('<span class="image-credit">Getty Images</span>'))
    'Getty Images'
    >>> credit_element(f('<em>Ảnh: Võ Hải.</em>'))
    'Võ Hải'
    >>> credit_element(f('<em>Trời mưa to</em>')) is None
    True
    >>> credit_element(f('<em>Ảnh: Võ Hải.</em>'), named=True) is None
    True
    """
    if named and not _class_words(el) & CREDIT_CLASS_WORDS:
        return None
    parts: list[str] = []
    size = 0
    for part in el.itertext():
        size += len(part.strip())
        if size > _CREDIT_MAX:
            return None  # read no further into a long block
        parts.append(part)
    text = " ".join(" ".join(parts).split())
    if not text:
        return None
    rest, credit = split_credit(text)
    if credit is not None and rest is None:
        return credit
    if _class_words(el) & CREDIT_CLASS_WORDS:
        return text.strip(" .,;:–—-") or None
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


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """Split a trailing photo credit off a caption.

    Args:
        caption: A clean caption as shown.

    Returns:
        ``(caption, credit)``: the caption without the credit (``None`` if nothing else is
        left) and the credited name without ``Ảnh:`` (``None`` when there is no credit).

    >>> split_credit("Nhà thờ Lớn về đêm. (Ảnh: TTXVN)")
    ('Nhà thờ Lớn về đêm.', 'TTXVN')
    >>> split_credit("Ảnh: Ngọc Thành")
    (None, 'Ngọc Thành')
    >>> split_credit("Ánh sáng ban mai")
    ('Ánh sáng ban mai', None)
    >>> split_credit("Người dân đi bầu sáng nay. Ảnh TTXVN")
    ('Người dân đi bầu sáng nay.', 'TTXVN')
    """
    if len(caption) > _SPLIT_LEN or type(caption) is not str:
        # (type: a subclass of str might compare otherwise; it is split each time)
        return _split_credit(caption)
    said = _SPLIT.get(caption)
    if said is None:
        said = _split_credit(caption)
        if len(_SPLIT) >= _SPLIT_MAX:
            _SPLIT.clear()
        _SPLIT[caption] = said
    return said


# A reading splits most captions twice or more: the body's assembly, asking whether a
# short line is a credit alone or whether a picture's caption holds one, and the figure
# made of the caption. The answer depends on the text alone: each is split once. Past the
# bound all are forgotten (what is kept changes no answer); longer captions are split each
# time, so that the memory stays small.
_SPLIT: dict[str, tuple[str | None, str | None]] = {}
_SPLIT_MAX: Final = 1 << 10
_SPLIT_LEN: Final = 300


def _split_credit(caption: str) -> tuple[str | None, str | None]:
    """:func:`split_credit`, computed."""
    match = find_credit(caption)
    if match is None:
        return caption, None
    credit = match.group("credit").strip(" .,;:–—-") or None
    if credit is None or len(credit.split()) > CREDIT_WORDS_MAX:
        return caption, None
    rest = caption[: match.start()].strip().rstrip(",;:–—-").strip() or None
    return rest, credit
