"""A picture's photo credit: in an element of its own, or at the end of its caption."""

from __future__ import annotations

from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._credit_marks import find_credit
from vn_newsdoc.html._hints import (
    CREDIT_CLASS_WORDS,
)
from vn_newsdoc.html._thresholds import CREDIT_WORDS_MAX
from vn_newsdoc.html.figures._elements import class_words

__all__ = ["credit_element", "split_credit"]

_CREDIT_MAX: Final = 80  # characters of an element that holds a credit alone


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
    if named and not class_words(el) & CREDIT_CLASS_WORDS:
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
    if class_words(el) & CREDIT_CLASS_WORDS:
        return text.strip(" .,;:–—-") or None
    return None


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
