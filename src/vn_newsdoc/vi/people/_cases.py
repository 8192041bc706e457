"""What each character is, by its code, for the codes below U+2000 (the scripts of most
news text), in a table the compiled build reads natively, where the string methods are
called as objects on a new string for each character."""

from __future__ import annotations

from typing import Final

# The answers of str.isupper, str.islower, str.isalpha and str.isdigit for each
# character alone, as bits.
_UPPER: Final = 1
_LOWER: Final = 2
_ALPHA: Final = 4
_DIGIT: Final = 8
_CASES: Final = bytes(
    (_UPPER if c.isupper() else 0)
    | (_LOWER if c.islower() else 0)
    | (_ALPHA if c.isalpha() else 0)
    | (_DIGIT if c.isdigit() else 0)
    for c in map(chr, range(0x2000))
)


def _first_upper(word: str) -> bool:
    """``word[0].isupper()``, looked up in :data:`_CASES` by the first character's code
    where the table holds it (natively when compiled, with no string made for the
    character).

    >>> _first_upper("Đà"), _first_upper("đà"), _first_upper("1A")
    (True, False, False)
    """
    code = ord(word[0])
    cases = _CASES
    if code < len(cases):
        return cases[code] & _UPPER != 0
    return word[0].isupper()


def _first_lower(word: str) -> bool:
    """``word[0].islower()``, looked up as :func:`_first_upper` looks.

    >>> _first_lower("đà"), _first_lower("Đà"), _first_lower("1a")
    (True, False, False)
    """
    code = ord(word[0])
    cases = _CASES
    if code < len(cases):
        return cases[code] & _LOWER != 0
    return word[0].islower()


def _capitalised_by_codes(text: str) -> int:
    """:func:`~vn_newsdoc.vi.people._tokens.is_capitalised` worked out from
    :data:`_CASES` in one walk over the characters' codes (native when compiled, where
    the methods are called as objects on a new string for each character): 1 or 0, or 2
    for a word with a character past the table (not worked out)."""
    cases = _CASES
    size = len(cases)
    if not text:
        return 0
    code = ord(text[0])
    if code >= size:
        return 2
    if not cases[code] & _UPPER:
        return 0
    alpha = True  # every character a letter
    digit = False  # a digit among them
    letters = 0
    lower = False  # a small letter after the first letter
    for at in range(len(text)):
        code = ord(text[at])
        if code >= size:
            return 2
        bits = cases[code]
        if bits & _ALPHA:
            letters += 1
            if letters > 1 and bits & _LOWER:
                lower = True
        else:
            alpha = False
            if bits & _DIGIT:
                digit = True
    if not alpha and digit:
        return 0
    return 1 if letters == 1 or lower else 0
