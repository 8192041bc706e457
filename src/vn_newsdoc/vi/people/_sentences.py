"""Cut a text into sentences that can be read for people one at a time, and tell which
of them can hold nobody.

Every reading of a name stops at a full stop, ``!``, ``?`` or ``;``: the walk back to a
title in front, the titles in apposition, the chains of titles, the word lists (no phrase
holds one of these marks). So a text cut after such a mark gives the same people,
sentence by sentence, as the whole text. A mark is not a cut when it ends an abbreviation
in capitals (``TP. Hồ Chí Minh``, ``CT. hội``), where the tagger may take the dot in, or
inside an open parenthesis, which may close further on.

A sentence with no capital letter after its first word holds no run of name-like words
but, at most, that first word alone, which (with nothing in front of it) only refers back
to someone already named and adds nothing: it is not read at all. Most sentences of news
text are of that kind, or hold few capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from vn_newsdoc.vi.people._build import COMPILED as _COMPILED
from vn_newsdoc.vi.people._tokens import WORD

_MARKS: Final = ".!?;"
# Capital letters that have no lower case of their own ("ℍ", "𝐀"): str.lower() keeps them.
_UNCASED_CAPITALS: Final = re.compile(
    "[\u03d2-\u03d4\u2100-\u214f\U0001d400-\U0001d7ff\U0001f130-\U0001f189]"
)


def may_name(sentence: str) -> bool:
    """Whether a sentence has a capital letter after its first word (if not, it names
    nobody new and adds no title).

    >>> may_name("Ông cho biết sẽ kiểm tra."), may_name("Ông Lộc cho biết.")
    (False, True)
    """
    return may_name_at(sentence, None, 0, len(sentence))


def may_name_at(text: str, low: str | None, start: int, end: int) -> bool:
    """:func:`may_name` of ``text[start:end]``, with ``low`` the whole text in lower case
    if it is as long as the text (each character then lowers to one, in its place), so
    that no sentence has to be lowered again.

    >>> text = "Giá tăng. Ông Lộc đến."
    >>> may_name_at(text, text.lower(), 0, 9), may_name_at(text, None, 10, 22)
    (False, True)
    """
    # The first word: most often letters and digits up to a space, a token as it stands.
    space = text.find(" ", start, end)
    after = end if space < 0 else space
    if not text[start:after].isalnum():
        first = WORD.match(text, start, end)
        if first is None:
            return False
        # A first word glued to the next one ("CT.Hội") may be two tokens: look after its
        # first letter.
        after = first.end()
        if text.find(".", start, after) >= 0:
            after = start + 1
    # A character that lowers to another one in the whole text does so alone (a capital
    # sigma lowers to one of two, by its context, both unlike it).
    lowered = text[after:end].lower() if low is None else low[after:end]
    # As long as the rest, the lowered rest can be found in it only where it starts (a
    # look the compiled build makes natively, unlike startswith with bounds).
    if len(lowered) != end - after or text.find(lowered, after, end) != after:
        return True  # the rest holds a capital
    if lowered.isascii():
        return False
    if _COMPILED:
        return _uncased_capital(text, after, end)
    return _UNCASED_CAPITALS.search(text, after, end) is not None


def _uncased_capital(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a character of ``_UNCASED_CAPITALS``, looked for
    by the characters' codes: a native loop when compiled, about ten times cheaper than the
    pattern there (where the interpreter would run the loop for every character, slower than
    the pattern).

    >>> _uncased_capital("Giá ℍ tăng", 0, 10), _uncased_capital("Giá ℍ tăng", 5, 10)
    (True, False)
    """
    for at in range(start, end):
        code = ord(text[at])
        if code >= 0x3D2 and (
            code <= 0x3D4
            or 0x2100 <= code <= 0x214F
            or 0x1D400 <= code <= 0x1D7FF
            or 0x1F130 <= code <= 0x1F189
        ):
            return True
    return False


def _cuts(text: str) -> list[tuple[int, int]]:
    """Where a mark that may end a sentence (``.``, ``!``, ``?``, ``;``) is followed by white
    space in ``text``, in order: the mark's offset, and where the white space after it ends
    (the matches of ``[.!?;]\\s+``, found by a plain look for each mark: faster than the
    pattern, which looks at every character)."""
    found: list[tuple[int, int]] = []
    n = len(text)
    for mark in _MARKS:
        i = text.find(mark)
        while i >= 0:
            after = i + 1
            while after < n and text[after].isspace():
                after += 1
            if after > i + 1:
                found.append((i, after))
            i = text.find(mark, after)
    found.sort()
    return found


def sentences(text: str) -> Iterator[str]:
    """The sentences of a clean text, each with its closing mark.

    >>> list(sentences("Ông A đến. Bà B (TP. HCM) về; TP. Huế"))
    ['Ông A đến.', 'Bà B (TP. HCM) về;', 'TP. Huế']
    """
    for start, end in spans(text):
        yield text[start:end]


def spans(text: str) -> list[tuple[int, int]]:
    """Where the sentences of a clean text start and end, as :func:`sentences` cuts them
    (one space parts each from the next).

    >>> spans("Ông A đến. Bà B về")
    [(0, 10), (11, 18)]
    """
    out: list[tuple[int, int]] = []
    start = 0
    if "(" not in text:
        # Most texts: no parenthesis to keep open, so every mark not after a capital cuts.
        for cut, after in _cuts(text):
            if cut == 0 or text[cut - 1].isupper():
                continue
            out.append((start, cut + 1))
            start = after
        if start < len(text):
            out.append((start, len(text)))
        return out
    # The parentheses from ``start`` to ``seen``, counted as the text is read, once.
    seen = opened = closed = 0
    last_open = last_close = -1
    for cut, after in _cuts(text):
        if cut == 0 or text[cut - 1].isupper():
            continue
        opened += text.count("(", seen, cut)
        closed += text.count(")", seen, cut)
        last_open = max(last_open, text.rfind("(", seen, cut))
        last_close = max(last_close, text.rfind(")", seen, cut))
        seen = cut
        if opened > closed or last_open > last_close:
            continue  # an open parenthesis: it may close further on
        out.append((start, cut + 1))
        start = seen = after
        opened = closed = 0
        last_open = last_close = -1
    if start < len(text):
        out.append((start, len(text)))
    return out
