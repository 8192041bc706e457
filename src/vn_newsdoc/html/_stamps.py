"""The location stamp a report opens with (``HÀ NỘI``, ``TP HCM``, ``ĐÀ NẴNG -``,
``(VOV) - HÀ NỘI:``), set in its own inline element before the first sentence.

Pages print ``<strong>HÀ NỘI</strong>Hôm nay …``: read as inline text, the stamp would be
glued to the first word (``HÀ NỘIHôm``). The stamp is the reporter's dateline, part of the
lead or paragraph as printed (unlike an outlet tag, which names the outlet and leaves the
lead), so it is kept, set apart by a space.
"""

from __future__ import annotations

import re
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._thresholds import STAMP_LETTERS_MIN, STAMP_MAX, STAMP_WORDS_MAX
from vn_newsdoc.text import clean

__all__ = ["glued_stamp", "is_location_stamp"]

# Capitals, spaces and the stamp's punctuation: "(VOV) - HÀ NỘI:", "TP.HCM -".
_STAMP_RE: Final = re.compile(r"[^\W\d_][\w\s().,:/–—-]*", re.UNICODE)
_SEPARATORS: Final = "-–—:"


def is_location_stamp(text: str) -> bool:
    """Whether ``text`` is a location stamp: a few words in capitals (three letters or
    more), perhaps with the outlet in parentheses and a dash or colon after it.

    >>> is_location_stamp("TP HCM"), is_location_stamp("(VOV) - HÀ NỘI:")
    (True, True)
    >>> is_location_stamp("H"), is_location_stamp("Hà Nội")
    (False, False)
    """
    text = clean(text)
    if not text or len(text) > STAMP_MAX or len(text.split()) > STAMP_WORDS_MAX:
        return False
    if not _STAMP_RE.fullmatch(text.lstrip("(")) or any(c.isdigit() for c in text):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= STAMP_LETTERS_MIN and all(c.isupper() for c in letters)


def glued_stamp(el: _Element) -> bool:
    """Whether ``el`` holds a location stamp that the text after it would glue to: the
    next text starts with no space, with a capital or digit (a new sentence), or after
    a stamp that ends with a dash or colon."""
    following = el.tail
    sibling = el.getnext()
    # A comment or processing instruction (in a tree not made by our parse, which drops
    # them) shows nothing: the text after it follows the stamp.
    while not following and sibling is not None and not isinstance(sibling.tag, str):
        following = sibling.tail
        sibling = sibling.getnext()
    if not following:
        # Only its first character is read: the sibling's first text, not all of it.
        following = _first_text(sibling) if sibling is not None else ""
    if not following or following[0].isspace():
        return False
    stamp = clean(" ".join(el.itertext()))
    if not stamp or not (stamp[0].isupper() or stamp[0] == "(") or not is_location_stamp(stamp):
        return False
    first = following[0]
    return first.isupper() or first.isdigit() or stamp[-1] in _SEPARATORS


def _first_text(el: _Element) -> str:
    """The first non-empty text of ``el.itertext()``: what ``"".join(el.itertext())``
    starts with, found without joining the rest (a sibling may hold a whole article).

    >>> from lxml.html import fragment_fromstring
    >>> _first_text(fragment_fromstring("<div><p></p><p>Hôm nay</p> và mai</div>"))
    'Hôm nay'
    """
    for text in el.itertext():
        if text:
            return text
    return ""
