"""Tokens of running Vietnamese text, with their offsets, for the people finder.

A word keeps its inner hyphens, dots, slashes and apostrophes (``Sa-myeong``, ``PGS.TS``,
``TP.HCM``, ``Đ/c``, ``K’Choi``); every other visible character is a token of its own. An
abbreviation glued to a capitalised word is split after its dot (``CT.Hội`` gives ``CT.``
and ``Hội``, ``TP.Đà`` gives ``TP.`` and ``Đà``).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import accumulate, chain, compress, count, repeat
from operator import itemgetter
from typing import Final, NamedTuple

from vn_newsdoc.vi.people._build import COMPILED as _COMPILED
from vn_newsdoc.vi.people._cases import _capitalised_by_codes

# No possessive quantifiers (Python 3.11+): the separators are no word characters, so the
# pattern has one way to match a word and never backtracks into it.
WORD: Final = re.compile(r"[^\W_][\w&]*(?:[’'\-./][^\W_][\w&]*)*|\S")
_FIND_WORDS: Final = WORD.findall
# A mark that ends a word as a token of its own (``WORD`` joins no word to what follows it).
_WORD_ENDS: Final = ",.;:!?)"
# A token with the white space in front of it.
_SPACED_WORD: Final = re.compile(rf"(\s*)({WORD.pattern})")
_new_tuple: Final = tuple.__new__
_FIRST: Final = itemgetter(0)
_SECOND: Final = itemgetter(1)
# A dot inside a word: the only place an abbreviation may be glued to a word.
_GLUED: Final = re.compile(r"\.(?<=\w\.)\w")  # "\w\.\w", found from the dots (faster)
# The tone marks, decomposed (the five of Vietnamese).
_TONE_MARK: Final = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
_SYLLABLE: Final = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_INITIALS: Final = re.compile(r"(?:[^\W\d_]\.){1,4}[^\W\d_]\.?")


class Token(NamedTuple):
    """One token of a text."""

    text: str
    """The token as written."""
    start: int
    """Offset of its first character in the text."""
    end: int
    """Offset just past its last character."""
    key: str
    """Its comparison key (:func:`token_key`)."""
    word: bool
    """Whether it is a word (letters or digits), not punctuation."""


def _tone_moves() -> dict[str, str]:
    """``òa`` -> ``oà`` and the like: the tone of ``oa``, ``oe``, ``uy`` on the second
    vowel, as :func:`vn_newsdoc.text.fold_key` places it."""
    moves = {}
    for first in "ou":
        for second in "aey":
            for tone in _TONE_MARKS:
                toned = unicodedata.normalize("NFC", first + tone)
                moved = unicodedata.normalize("NFC", second + tone)
                moves[toned + second] = first + moved
    return moves


_TONE_MARKS: Final = "\u0300\u0301\u0303\u0309\u0323"
_MOVES: Final = _tone_moves()
# The toned vowels that every match of _OLD_TONE starts with.
_TONED: Final = "".join(sorted({toned[0] for toned in _MOVES}))
# Every pair of _MOVES, by its two letters (each toned "o" or "u" before each of "a", "e",
# "y"): the same matches as an alternation of the pairs, found faster (a look at the
# first letter's class, not one at each pair's).
_SECONDS: Final = "".join(sorted({toned[1] for toned in _MOVES}))
_OLD_TONE: Final = re.compile(f"[{_TONED}][{_SECONDS}](?![^\\W\\d_])")


def token_key(text: str) -> str:
    """The key a token is looked up by: case and tone placement folded, a final dot dropped.

    The same key as :func:`vn_newsdoc.text.fold_key` gives a clean (NFC) word, made
    faster for the one-word case.

    >>> token_key("Thuỷ") == token_key("THỦY"), token_key("TP.")
    (True, 'tp')
    """
    if len(text) > 1 and text.endswith("."):
        text = text[:-1]
    key = text.lower()
    if not key.isascii():
        key = _OLD_TONE.sub(_move, key)
    return key


def _split_glued(text: str) -> int:
    """Where to split an abbreviation glued to a capitalised word (``CT.Hội``), or 0."""
    left, dot, right = text.partition(".")
    if (
        dot
        and 1 <= len(left) <= 4
        and left.isupper()
        and right[:1].isupper()
        and "." not in right
        and any(c.islower() for c in right)
    ):
        return len(left) + 1
    return 0


def _fold(text: str) -> str | None:
    """The whole text keyed at once (lower case, tone placement moved), or ``None`` when
    a character changes length in lower case and offsets would no longer line up."""
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:
        return None  # "İ" lowers to two characters; a final sigma lowers by context
    if low.isascii():
        return low
    # A tone to move stands on an "o" or "u": a text without one toned so (most text in
    # other languages) is not run through the pattern, which looks at every character.
    for toned in _TONED:
        if toned in low:
            return _OLD_TONE.sub(_move, low)
    return low


def fold_text(text: str) -> str | None:
    """A whole text keyed at once, as :func:`token_key` keys each word (lower case, tone
    placement moved), or ``None`` when a character changes length in lower case.

    >>> fold_text("Hòa Bình THỦY")
    'hoà bình thuỷ'
    """
    return _fold(text)


_MOVED: Final = re.compile(f"(?:{'|'.join(_MOVES.values())})(?![^\\W\\d_])")
_UNMOVED: Final = {moved: toned for toned, moved in _MOVES.items()}


def spellings(key: str) -> set[str]:
    """Every word in lower case that :func:`token_key` keys as ``key`` (a key as it gives
    them): the key, and the same with the tone of an ``oa``, ``oe``, ``uy`` at the end of
    a word on its first vowel.

    >>> sorted(spellings("hoà"))
    ['hoà', 'hòa']
    """
    found = {key}
    for m in _MOVED.finditer(key):
        found |= {w[: m.start()] + _UNMOVED[m.group()] + w[m.end() :] for w in found}
    return found


def _move(match: re.Match[str]) -> str:
    return _MOVES[match.group()]


def fold_keys(words: list[str]) -> list[str]:
    """The keys of words (:func:`token_key` of each), keyed at once.

    >>> fold_keys(["Hòa", "TP", "."])
    ['hoà', 'tp', '.']
    """
    return keyed(words)[0]


def keyed(words: list[str]) -> tuple[list[str], bool]:
    """:func:`fold_keys`, and whether the words were keyed at once (``False`` when some
    character of theirs changes length in lower case: each word is keyed alone).

    >>> keyed(["Hòa", "İzmir"])[1]
    False
    """
    # The words keyed at once, joined by a character a clean text does not hold (lower
    # case keeps letters letters, so the tone moves see the same word ends). A token never
    # ends in a dot but "." itself, so there is no final dot to drop.
    folded = _fold("\x00".join(words))
    keys = None if folded is None else folded.split("\x00")
    if keys is None or len(keys) != len(words):
        return [token_key(w) for w in words], False
    return keys, True


def tokens_in(
    text: str,
    start: int,
    end: int,
    words: list[str] | None = None,
    keys: list[str] | None = None,
) -> list[Token]:
    """The tokens of ``text[start:end]``, with their offsets in ``text``, as
    :func:`tokenize` gives them for that part alone.

    The part is split into tokens by one pass of a regular expression and keyed once as
    a whole; the tokens are put together column by column, with no Python code run per
    token (except for the rare abbreviation glued to a word). A part of a clean text
    whose words (``WORD.findall`` of it) and keys (:func:`fold_keys` of them) are known
    already is not split or keyed again: its tokens are placed by one walk over the
    words.

    >>> [(t.text, t.start) for t in tokens_in("Ông A. Bà CT.Hội đến", 7, 20)]
    [('Bà', 7), ('CT.', 10), ('Hội', 13), ('đến', 17)]
    >>> known = tokens_in("Ông A. Bà CT.Hội đến", 7, 20, ["Bà", "CT.Hội", "đến"])
    >>> known == tokens_in("Ông A. Bà CT.Hội đến", 7, 20)
    True
    """
    if words is None:
        pairs = _SPACED_WORD.findall(text, start, end)
        words = list(map(_SECOND, pairs))
        if not words:
            return []
        # Tokens are separated by white space only: offsets are running sums of lengths.
        bounds = list(accumulate(map(len, chain.from_iterable(pairs)), initial=start))
        flags = list(map(str.isalnum, map(_FIRST, words)))
        if keys is None:
            keys = fold_keys(words)
        columns = zip(words, bounds[1::2], bounds[2::2], keys, flags, strict=True)
        tokens = list(map(_new_tuple, repeat(Token), columns))
    else:
        tokens = _placed(text, start, words, fold_keys(words) if keys is None else keys)
    if may_split(text, start, end):
        tokens = _split_glued_tokens(tokens)
    return tokens


def _placed(text: str, start: int, words: list[str], keys: list[str]) -> list[Token]:
    """The tokens of the words of a part of a clean text from ``start`` on, with their
    keys, where :func:`offsets` places them."""
    return tokens_at(words, keys, *offsets(text, start, words))


def tokens_at(words: list[str], keys: list[str], starts: list[int], ends: list[int]) -> list[Token]:
    """The tokens of words with their keys and their offsets (:func:`offsets`).

    >>> tokens_at(["Lê", ","], ["lê", ","], [4, 6], [6, 7])[1]
    Token(text=',', start=6, end=7, key=',', word=False)
    """
    new = _new_tuple
    return [
        new(Token, (word, starts[k], ends[k], keys[k], word[0].isalnum()))
        for k, word in enumerate(words)
    ]


def may_split(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold an abbreviation glued to a word (a dot between
    word characters), which :func:`tokens_in` splits in two (``CT.Hội``): where it does
    not, the tokens are the words as :func:`words_in` gives them.

    >>> may_split("Ông CT.Hội đến", 0, 14), may_split("Ông Hội đến.", 0, 12)
    (True, False)
    """
    return _GLUED.search(text, start, end) is not None


def splits(words: list[str]) -> bool:
    """Whether one of the words of a part that :func:`may_split` is an abbreviation glued
    to a word (``CT.Hội``), which :func:`tokens_in` splits in two: where none is, the
    part's tokens are its words, placed by :func:`offsets`. Most parts that may split
    hold a number (``30.000``) or an abbreviation of capitals alone (``TP.HCM``).

    >>> splits(["Ông", "CT.Hội", "đến"]), splits(["30.000", "TP.HCM", "đồng"])
    (True, False)
    """
    return any("." in word and _split_glued(word) for word in words)


def offsets(text: str, start: int, words: list[str]) -> tuple[list[int], list[int]]:
    """Where the words of a part of a clean text from ``start`` on start and end in it,
    as :func:`tokens_in` places them (with no abbreviation glued to a word among them).

    >>> offsets("Ông Lê Văn, đến", 4, ["Lê", "Văn", ",", "đến"])
    ([4, 7, 10, 12], [6, 10, 11, 15])
    """
    starts: list[int] = []
    ends: list[int] = []
    at = start
    for word in words:
        if ord(text[at]) == 32:  # a space (its code: a native look in the compiled build)
            at += 1
        starts.append(at)
        at += len(word)
        ends.append(at)
    return starts, ends


def words_in(text: str, start: int, end: int) -> list[str]:
    """The tokens of ``text[start:end]`` as written: ``WORD.findall(text, start, end)``.

    No token holds a space, so each piece between spaces is split alone; most pieces are
    one word of letters and digits (``str.isalnum()`` accepts exactly the characters
    ``WORD`` joins into a word, but ``_`` and ``&``), perhaps with a comma or full stop
    after it, and are taken as they stand: only the rest is matched by the pattern.

    >>> words_in("Ông Lê-Văn A, (TP.HCM) đến.", 0, 27)
    ['Ông', 'Lê-Văn', 'A', ',', '(', 'TP.HCM', ')', 'đến', '.']
    """
    out: list[str] = []
    for piece in text[start:end].split(" "):
        if piece.isalnum():
            out.append(piece)
        elif piece[-1:] in _WORD_ENDS and piece[:-1].isalnum():
            out.append(piece[:-1])
            out.append(piece[-1])
        elif piece:
            out += _FIND_WORDS(piece)
    return out


def tokenize(text: str, keys: dict[str, str] | None = None) -> list[Token]:
    """Split ``text`` into tokens with their offsets (:func:`tokens_in` the whole text).

    Args:
        text: Clean text.
        keys: Unused; kept so that callers written for the older signature still work.

    >>> [t.text for t in tokenize("Ông K’Choi- CT.Hội CCB, PGS.TS Park Hang-seo.")]
    ['Ông', 'K’Choi', '-', 'CT.', 'Hội', 'CCB', ',', 'PGS.TS', 'Park', 'Hang-seo', '.']
    """
    return tokens_in(text, 0, len(text))


def _split_glued_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens with each abbreviation glued to a word (``CT.Hội``) split in two."""
    # Only a word with a dot inside can be split: most texts with such a word hold numbers
    # ("30.000", "6.4.2012"), so the words are looked for before any is looked at.
    texts = map(_FIRST, tokens)
    dotted = compress(count(), map(str.__contains__, texts, repeat(".")))
    cuts = [(k, cut) for k in dotted if (cut := _split_glued(tokens[k].text))]
    if not cuts:
        return tokens
    out: list[Token] = []
    done = 0
    for k, cut in cuts:
        out += tokens[done:k]
        tok = tokens[k]
        head, tail = tok.text[:cut], tok.text[cut:]
        start = tok.start
        out.append(Token(head, start, start + cut, token_key(head), True))
        out.append(Token(tail, start + cut, tok.end, token_key(tail), True))
        done = k + 1
    out += tokens[done:]
    return out


def is_capitalised(text: str) -> bool:
    """Whether a word starts with a capital and is not an all-capitals abbreviation.

    >>> is_capitalised("Hà"), is_capitalised("UBND"), is_capitalised("hà"), is_capitalised("A")
    (True, False, False, True)
    """
    if _COMPILED:
        known = _capitalised_by_codes(text)
        if known != 2:
            return known == 1
    if not text[:1].isupper():
        return False
    if text.isalpha():  # the common case: letters only
        return len(text) == 1 or any(map(str.islower, text[1:]))
    if any(map(str.isdigit, text)):
        return False
    letters = "".join(filter(str.isalpha, text))
    return len(letters) == 1 or any(map(str.islower, letters[1:]))


def is_initials(text: str) -> bool:
    """Whether a word is a run of initials such as ``N.N.L``.

    >>> is_initials("N.N.L"), is_initials("TP.HCM")
    (True, False)
    """
    return bool(_INITIALS.fullmatch(text)) and text.isupper()


# The words asked about so far, and whether each can be a syllable: names are made of a
# few thousand syllables, asked about again and again (each answer costs two
# normalisations). Emptied when full, so that it stays small whatever is read.
_SYLLABLES: Final[dict[str, bool]] = {}
_SYLLABLES_KEPT: Final = 20_000


def is_vietnamese_syllable(text: str) -> bool:
    """Whether a word can be one Vietnamese syllable (``Nguyễn`` can, ``Shinzo`` cannot).

    >>> is_vietnamese_syllable("Nguyễn"), is_vietnamese_syllable("Abe")
    (True, False)
    """
    known = _SYLLABLES.get(text)
    if known is None:
        known = _syllable(text)
        if len(_SYLLABLES) >= _SYLLABLES_KEPT:
            _SYLLABLES.clear()
        _SYLLABLES[text] = known
    return known


def _syllable(text: str) -> bool:
    """:func:`is_vietnamese_syllable`, worked out."""
    low = text.lower()
    if low.isascii():
        # No tone to take off, and nothing to compose or decompose: the word as it is.
        return bool(_SYLLABLE.fullmatch(low))
    # The tone marks taken off by the pattern: half the instructions of a translation by a
    # table, which looks up every character.
    bare = _TONE_MARK.sub("", unicodedata.normalize("NFD", low))
    return bool(_SYLLABLE.fullmatch(unicodedata.normalize("NFC", bare)))
