"""Text hygiene shared by the model, the readers and the writers.

Stored text in vn_newsdoc is *clean*: Unicode NFC, runs of white space (no-break and other
Unicode spaces included) folded to one space and trimmed, invisible format characters
(zero-width space, byte-order mark, soft hyphen, direction marks) removed, and no character
that XML 1.0 cannot carry. :func:`clean` makes text clean; :func:`is_clean` checks it, and
the model refuses text that is not. Spelling is never touched: ``hoà`` and ``hòa`` both stay as
published; :func:`fold_key` gives a key for matching them.

>>> clean("  Hoà\u00a0Bình\u200b \\n")
'Hoà Bình'
>>> fold_key("Hoà Bình") == fold_key("Hòa Bình")
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

__all__ = [
    "clean",
    "clean_or_none",
    "drop_xml_invalid",
    "fold_key",
    "is_clean",
    "xml_invalid_chars",
]

# Characters XML 1.0 cannot carry: C0 controls but tab/LF/CR, surrogates, U+FFFE, U+FFFF.
# The surrogates are written as the pattern's own escapes (a raw string): a compiled build
# holds no string literal with a lone surrogate in it.
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Other controls that never belong in article text (C1 controls, DEL).
_CONTROLS = re.compile("[\x7f-\x84\x86-\x9f]")
# Invisible format characters that pages scatter through text: soft hyphen, Mongolian vowel
# separator, zero-width space, the left-to-right and right-to-left marks and embeddings,
# word joiner and invisible operators, directional isolates, byte-order mark. (Zero-width
# joiners stay: emoji sequences need them.)
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Any character that one of the three patterns above removes or replaces: text without one
# (most text) skips their substitutions.
_DROPPED = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\x7f-\x84\x86-\x9f"
    "\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

# White space other than the space: every character str.split() (and the regex \s) splits
# at but " " (a test holds the list to Unicode's).
_OTHER_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# A character that clean() drops, replaces or turns into a plain space.
_NOT_KEPT = re.compile(_DROPPED.pattern[:-1] + _OTHER_SPACES + "]")


def xml_invalid_chars(text: str) -> list[str]:
    """The characters in ``text`` that an XML 1.0 document cannot hold, in order.

    >>> xml_invalid_chars("a\\x00b\\x1fc")
    ['\\x00', '\\x1f']
    """
    return _XML_INVALID.findall(text)


def drop_xml_invalid(text: str) -> str:
    """``text`` without the characters an XML 1.0 document cannot hold; nothing else changes.

    >>> drop_xml_invalid("a\\x07b\\n c")
    'ab\\n c'
    """
    return _XML_INVALID.sub("", text)


def clean(text: str) -> str:
    """Make ``text`` clean: NFC, white space folded and trimmed, controls removed.

    Characters XML cannot carry and other control characters are dropped (tab, line feed
    and carriage return count as white space), as are zero-width spaces, word joiners, byte
    order marks, soft hyphens and direction marks. Letters are composed to NFC; spelling is
    kept.

    >>> clean("Thu\u0309y\tđiê\u0323n  \\r\\n")
    'Thủy điện'
    """
    if len(text) > _VOUCHED_LOOK and _VOUCHED.get(id(text)) is text:
        # Cleaned here before (a body block's text, what clean_or_none() gave) and handed
        # back as it is: clean, with no look through it (a look at short text costs less
        # than the lookup).
        return text
    if is_clean(text):  # most text handed over is clean already: one look says so
        return text
    # (Every character dropped is unprintable: printable text has none to look for.)
    if not text.isprintable():
        spaced = text.replace("\xa0", " ") if "\xa0" in text else None
        if spaced is not None and spaced.isprintable():
            # Printable once its no-break spaces (the unprintable character of most page
            # text) are spaces: nothing to drop, and the spaced text cleans the same (a
            # no-break space is white space that nothing drops and NFC composes with
            # nothing), its spaces folded without another look for other white space.
            text = spaced
        elif _DROPPED.search(text) is not None:
            text = _XML_INVALID.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)
            text = _CONTROLS.sub("", text)
            text = _INVISIBLE.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _fold_spaces(text)


def _fold_spaces(text: str) -> str:
    """``" ".join(text.split())``: white space folded to one space, trimmed.

    Text read from pages is often single spaces between words with line breaks and
    indents only around it: trimmed, it is folded already, and is not split into words
    and joined again. Nor is trimmed text whose only white space is the space, once its
    no-break spaces are made spaces (what else pages put between words): its runs of
    spaces are made one each (:func:`_single_spaced`), which costs a fraction of the
    split and join.
    """
    text = text.strip()  # (str.strip() trims what str.split() splits at)
    if "  " not in text:
        if text.isprintable():
            return text  # printable: no white space but the space, and no two in a row
    elif text.isprintable():
        return _single_spaced(text)  # printable: its only white space is the space
    # The other space pages write most is the no-break one (``&nbsp;``): made a space,
    # the text is often printable, its runs of white space being runs of spaces.
    if "\xa0" in text:
        spaced = text.replace("\xa0", " ")
        if spaced.isprintable():
            return _single_spaced(spaced)
    return " ".join(text.split())


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())`` for trimmed text whose only white space is the space:
    each run of spaces made one, without splitting the text into words and joining them
    (each pass halves every run).

    >>> _single_spaced("Hà  Nội,     mưa")
    'Hà Nội, mưa'
    """
    while "  " in text:
        text = text.replace("  ", " ")
    return text


# Texts the readers cleaned and hand to the model as they are (a body block's text, what
# clean_or_none() gives): the model takes back the very string without looking at it again
# (a text built elsewhere, or changed since, is another string and is checked). Each string
# is held here, so no other object can take its id while it is; past the bound all are
# forgotten, and longer texts are not held (a text not held is only checked again).
_VOUCHED: dict[int, str] = {}
_VOUCHED_MAX: Final = 1024
_VOUCHED_LEN: Final = 2000
# The length past which clean() looks for its text among them first.
_VOUCHED_LOOK: Final = 32


def _clean_vouched(text: str) -> str:
    """:func:`clean`, and the model takes the cleaned text back unchecked (see
    ``_VOUCHED``)."""
    cleaned = clean(text)
    if cleaned and len(cleaned) <= _VOUCHED_LEN and type(cleaned) is str:
        # (type: a subclass of str might answer otherwise)
        if len(_VOUCHED) >= _VOUCHED_MAX:
            _VOUCHED.clear()
        _VOUCHED[id(cleaned)] = cleaned
    return cleaned


def clean_or_none(text: str | None) -> str | None:
    """:func:`clean`, but ``None`` for ``None`` and for text that cleans to nothing.

    >>> clean_or_none(" \u00a0 ") is None
    True
    """
    if text is None:
        return None
    return _clean_vouched(text) or None


def is_clean(text: str) -> bool:
    """Whether ``text`` is already clean, that is, ``clean(text) == text``.

    >>> is_clean("Hà Nội"), is_clean("Ha\u0300 Nội"), is_clean(" x")
    (True, False, False)
    """
    # Without a character clean() drops, white space but single spaces between words, or
    # a letter to compose, there is nothing for it to change.
    # Every character clean() changes is unprintable: printable text (most text) needs no
    # look for one.
    # The looks that cost nothing first: untidy text is mostly told by its ends.
    return (
        text[:1] != " "
        and text[-1:] != " "
        and "  " not in text
        and (text.isprintable() or _NOT_KEPT.search(text) is None)
        and (text.isascii() or unicodedata.is_normalized("NFC", text))
    )


# Old-style tone placement on the first vowel of oa, oe, uy (hoà, thuỷ) versus the new
# style on the second (hòa, thủy). The key moves the tone to one place.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(rf"([oOuU])([{_TONES}])([aAeEyY])(?![^\W\d_])")


def fold_key(text: str, *, diacritics: bool = True) -> str:
    """A comparison key: equal for spellings that differ only in tone placement or case.

    For matching and de-duplication only; stored text always keeps what was published.
    With ``diacritics=False`` every diacritic is dropped as well (``đ`` becomes ``d``).

    >>> fold_key("Uỷ ban") == fold_key("Ủy ban") == fold_key("ủy BAN")
    True
    >>> fold_key("Đà Nẵng", diacritics=False)
    'da nang'
    """
    if len(text) > _CACHED_LENGTH:
        return _fold(text, diacritics)
    return _fold_cached(text, diacritics)


def _fold(text: str, diacritics: bool) -> str:
    folded = clean(text).casefold()
    if folded.isascii():  # no mark to move or drop, nothing to compose
        return folded
    decomposed = unicodedata.normalize("NFD", folded)
    if not diacritics:
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        return stripped.replace("đ", "d")
    moved = _OLD_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    # Canonical order of marks after the move, so "ủ" built either way compares equal.
    return unicodedata.normalize("NFC", moved)


# Readers fold the same short texts (names, labels, headlines) again and again: their keys
# are kept, a bounded number of them.
_CACHED_LENGTH = 200
_fold_cached = functools.lru_cache(maxsize=4096)(_fold)
