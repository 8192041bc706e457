"""A fast way to :func:`vn_newsdoc.text.clean` the texts of an article, which most often
are clean already (the readers clean what they pass on)."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vn_newsdoc.text import clean as _clean

# White space other than the plain space (what str.split() splits on; none above U+3000).
_SPACES: Final = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
# Every character clean() drops or turns into a space: controls, surrogates, noncharacters,
# invisible format characters, white space but the plain space.
_DIRTY: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f"
    + chr(0xD800)  # the surrogates, written as code points: a compiled module holds
    + "-"  # no string literal with one in it
    + chr(0xDFFF)
    + "\ufffe\uffff\u00ad\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff" + re.escape(_SPACES) + "]"
)


def clean(text: str) -> str:
    """:func:`vn_newsdoc.text.clean`, returning a clean text as it is without rebuilding it.

    >>> clean("Thu\u0309y  điện "), clean("Thủy điện")
    ('Thủy điện', 'Thủy điện')
    """
    if (
        text
        and text[0] != " "
        and text[-1] != " "
        and "  " not in text
        # Every character clean() drops or turns into a space is unprintable: most texts
        # are printable throughout, which is the faster look.
        and (text.isprintable() or _DIRTY.search(text) is None)
        and (text.isascii() or unicodedata.is_normalized("NFC", text))
    ):
        return text
    return _clean(text)
