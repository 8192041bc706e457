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

import re

from lxml.html import HtmlElement

from vn_newsdoc.html._hints import AVATAR_CLASS, CAPTION_CLASS, CAPTION_WORDS, FIGURE_CLASS
from vn_newsdoc.html._thresholds import CREDIT_WORDS_MAX, ICON_SIZE_MAX
from vn_newsdoc.vi._wordlists import alternation, read_words

__all__ = ["image_source", "is_caption_element", "is_figure_element", "split_credit"]

_CAPTION_HINTS = CAPTION_WORDS
_CAPTION_RE = CAPTION_CLASS

_FIGURE_CLASS_RE = FIGURE_CLASS

# Images that are not pictures of the article: icons, spacers, tracking pixels.
_IMAGE_JUNK_RE = re.compile(
    r"(?:blank|spacer|pixel|icon|ico[_-]|logo|avatar|loading|1x1|transparent|star)[^/]*"
    r"\.(?:gif|png|svg)|/icons?/|^data:|\.svg(?:$|\?)",
    re.IGNORECASE,
)

# A trailing photo credit: "… Ảnh: Võ Hải." / "… (Ảnh: TTXVN)" / "… Ảnh - Ngọc Thành", its
# words from vi/data/html_credit_words.tsv.
# No two quantifiers next to each other take the same characters, and a match does not
# start deep inside a run of white space (the second lookbehind: starting after the run's
# first character finds the same credit), so a long run of spaces costs one pass.
_CREDIT_WORDS = alternation(read_words("html_credit_words.tsv"))
_CREDIT_RE = re.compile(
    rf"""(?:^|(?<=[\s.,;:]))(?<!\s\s)\s*(?:\(\s*)?
        (?:{_CREDIT_WORDS})
        \s*[:–—-]\s*
        (?P<credit>[^()\s][^()]{{0,59}}?)\s*(?:\)\s*)?(?:\.\s*)?$""",
    re.IGNORECASE | re.VERBOSE,
)


_AVATAR_RE = AVATAR_CLASS


def _class_id(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def is_caption_element(el: HtmlElement) -> bool:
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
    return bool(_CAPTION_RE.search(_class_id(el))) and not is_figure_element(el)


def is_figure_element(el: HtmlElement) -> bool:
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
    return bool(_FIGURE_CLASS_RE.search(el.get("class", "")))


def image_source(img: HtmlElement) -> str | None:
    """The address of a picture, or ``None`` for icons, spacers and pixels.

    Lazy-loading attributes (``data-src``, ``data-original``) come before ``src``, which
    often holds a placeholder. Images declared 50 pixels wide or less are not pictures, and
    neither is an author's portrait (class, id or file name with ``author``, ``autor`` or
    ``avatar``).

    Args:
        img: An ``<img>`` element.

    Returns:
        The address as written in the page (not resolved), or ``None``.

    >>> from lxml.html import fragment_fromstring
    >>> image_source(fragment_fromstring('<img data-src="/a.jpg" src="data:image/gif;base64,R0">'))
    '/a.jpg'
    >>> image_source(fragment_fromstring('<img src="/i/blank.gif">')) is None
    True
    >>> image_source(fragment_fromstring('<img class="autorenbild" src="/i/a.jpg">')) is None
    True
    """
    for attr in ("data-src", "data-original", "data-lazy-src", "src"):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            break
    else:
        return None
    if _IMAGE_JUNK_RE.search(value):
        return None
    name = value.rsplit("/", 1)[-1]
    if _AVATAR_RE.search(_class_id(img)) or _AVATAR_RE.search(name):
        return None  # the author's portrait beside the byline
    for attr in ("width", "height"):
        size = (img.get(attr) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) <= ICON_SIZE_MAX:
            return None
    return value


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
    """
    match = _CREDIT_RE.search(caption)
    if match is None:
        return caption, None
    credit = match.group("credit").strip(" .,;:–—-") or None
    if credit is None or len(credit.split()) > CREDIT_WORDS_MAX:
        return caption, None
    rest = caption[: match.start()].strip().rstrip(",;:–—-").strip() or None
    return rest, credit
