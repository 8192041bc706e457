"""Folding: every date pattern is matched on a lower-cased copy of the text with its
diacritics removed, so "Thứ Sáu", "thứ sáu" and "Thu sau" read alike.

A module of its own (the value types of :mod:`vn_newsdoc.vi.dates._base` need a Python
class): the compiled build compiles it, and its callers call it directly.
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["fold"]


def _fold_table() -> dict[int, str | None]:
    """One str.translate table: each precomposed Latin letter maps to its base letter,
    combining marks (decomposed text) and invisible characters go, đ becomes d. Every key
    is outside ASCII."""
    table: dict[int, str | None] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base.lower()
    table.update(dict.fromkeys(range(0x300, 0x370)))  # combining diacritical marks
    table.update(dict.fromkeys((0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)))
    table.update({ord("đ"): "d", ord("Đ"): "d", 0x2212: "-", 0xFF0B: "+", 0xFF1A: ":"})
    return table


_FOLD_TABLE: Final = _fold_table()


def fold(text: str) -> str:
    """``text`` lower-cased and stripped of its diacritics (``đ`` becomes ``d``).

    ASCII text is only lower-cased: the table maps no ASCII character.

    >>> fold("Thứ Sáu, 25/12"), fold("Cập nhật"), fold("Posted ON")
    ('thu sau, 25/12', 'cap nhat', 'posted on')
    """
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE).lower()
