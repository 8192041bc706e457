"""Which elements are a picture's box or its caption, told by their tag, class, id and
attributes."""

from __future__ import annotations

import functools
import re
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._hints import (
    CAPTION_AFTER_PICTURE_WORDS,
    CAPTION_CLASS,
    FIGURE_CLASS,
    prescreened,
)

__all__ = [
    "caption_after_picture",
    "caption_by_attributes",
    "caption_by_names",
    "class_id",
    "class_words",
    "figure_by_attributes",
    "figure_by_names",
    "is_caption_element",
    "is_figure_element",
]

_WORD_SPLIT_RE: Final = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")

# Each of CAPTION_WORDS holds one of these (lower case): an ASCII class and id holding none
# of them names no caption, without the expression (a test holds the words to them).
_CAPTION_PARTS: Final = ("caption", "desc", "legend", "thich", "note", "expnoedit")
# Pages repeat their class names on many elements: each class and id pair judged once.
_caption_named: Final = functools.lru_cache(maxsize=4096)(
    prescreened(CAPTION_CLASS, _CAPTION_PARTS)
)


def _names_a_caption(classes: str | None, ident: str | None) -> bool:
    return _caption_named(f"{classes or ''} {ident or ''}")


def class_id(el: _Element) -> str:
    """An element's class and id, joined by a space.

    >>> from lxml.html import fragment_fromstring
    >>> class_id(fragment_fromstring('<p class="img-caption" id="c1">x</p>'))
    'img-caption c1'
    """
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


def class_words(el: _Element) -> frozenset[str]:
    """The words of an element's class and id, in lower case (split at white space, ``_``,
    ``-`` and a capital after a small letter).

    >>> from lxml.html import fragment_fromstring
    >>> sorted(class_words(fragment_fromstring('<p class="PhotoCMS_Caption" id="x-1">x</p>')))
    ['1', 'caption', 'cms', 'photo', 'x']
    """
    return _words_of(class_id(el))


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
    return bool(class_words(el) & CAPTION_AFTER_PICTURE_WORDS)
