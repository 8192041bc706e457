"""Whether a text shows a digit: the first look at any text a date may be read from.

A module of its own, compiled in the compiled build, its callers calling it directly.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["shows_digit"]

# In ASCII text the digits str.isdigit() knows are 0 to 9, which one pattern finds without
# a call per character.
_ASCII_DIGIT_RE: Final = re.compile("[0-9]")


def shows_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``: ``²`` and ``①`` are).

    >>> shows_digit("Posted 5/7/2019"), shows_digit("Thứ hai"), shows_digit("Tầng ²")
    (True, False, True)
    """
    if text.isascii():
        return _ASCII_DIGIT_RE.search(text) is not None
    return any(map(str.isdigit, text))
