"""Mark the phrases of the word lists in a token list, longest match first."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final

from vn_newsdoc.vi.people._build import COMPILED as _COMPILED
from vn_newsdoc.vi.people._cases import _first_lower
from vn_newsdoc.vi.people._lexicon import (
    LENGTHS,
    NAMING,
    PHRASES,
    SIMPLE,
    SURNAMES,
    TITLES,
    Entry,
    Kind,
)
from vn_newsdoc.vi.people._tokens import is_capitalised, is_vietnamese_syllable, token_key

# Kinds that name a place or country; a capitalised word of these mid-sentence is a place.
_PLACES: Final = (Kind.PLACE, Kind.COUNTRY)
# Abbreviations that may carry a dot of their own before the next word ("CT. hội").
_NOT_KEPT: Final = frozenset((*_PLACES, Kind.MODIFIER))  # what a word alone is never kept as
_TITLE_OR_MODIFIER: Final = frozenset((*TITLES, Kind.MODIFIER))
_ABBREVIATED: Final = (*TITLES, *NAMING, Kind.OFFICE, Kind.ADDRESS)


_GLUE: Final = re.compile(r"[.\-]")
# The keys that start a phrase of the lists.
_STARTS: Final = frozenset(LENGTHS)
# The first two keys of every phrase of two words or more.
_PAIRS: Final = frozenset(
    e.keys[:2] for entries in PHRASES.values() for e in entries if len(e.keys) > 1
)
# A dot or hyphen inside a token ("BS.CK2", "GS-TS"), which may glue a title to more.


def _lower_kinds() -> Mapping[str, Kind | None]:
    """What a key's one-word phrase marks when the word is written in lower case and no
    longer phrase can start with it (``None``: nothing), for the keys where that needs no
    look at the neighbours: not a place, a country or a modifier, and no spelling asked
    for in lower case."""
    out: dict[str, Kind | None] = {}
    for key in LENGTHS:
        ones = PHRASES.get((key,), ())
        if any(e.exact is not None and not e.exact[0][:1].isupper() for e in ones):
            continue
        found = [e for e in ones if e.exact is None]
        if not found:
            out[key] = None
            continue
        others = [e for e in found if e.kind not in _PLACES]
        chosen = (others or found)[0]
        if chosen.kind not in _NOT_KEPT:
            out[key] = chosen.kind
    return MappingProxyType(out)


# The tables looked up at every word, as plain dicts: a lookup through a read-only view
# costs a call more (they are never changed).
_LOWER: Final = dict(_lower_kinds())
_LENGTHS: Final = dict(LENGTHS)
_SIMPLE: Final = dict(SIMPLE)
_JOINED: Final = re.compile(r"[.\-].").search
_ANY_JOINED: Final = re.compile(r"[.\-][^\x00]").search  # in tokens joined by NULs


def _joined(word: str) -> bool:
    """Whether a word holds a dot or hyphen before more of it (``BS.CK2``, ``Lê-Văn``):
    one of letters and digits, or of one character, holds none, and is not looked at.

    >>> _joined("BS.CK2"), _joined("Hà"), _joined("-")
    (True, False, False)
    """
    return len(word) > 1 and not word.isalnum() and _JOINED(word) is not None


# What the tagger asks of a key that starts a phrase of the lists (_STARTS), in one small
# number looked up once (the compiled build's way, _tag_each): a bit for each question
# (whether a phrase of two words or more starts with it, the first keys of _PAIRS; whether
# it is one of _LOWER) and the kinds of its _SIMPLE entry and of _LOWER, each by its place
# in _KINDS, plus one (0 for none).
_KINDS: Final = tuple(Kind)
_PAIR_FIRST: Final = 1
_LOWERED: Final = 2
_SIMPLE_AT: Final = 2  # the _SIMPLE entry's kind from this bit up
_LOWER_AT: Final = 7  # the kind _LOWER gives from this bit up
_KIND_MASK: Final = 31  # the bits of a kind's place, once shifted
assert len(_KINDS) < _KIND_MASK


def _codes() -> dict[str, int]:
    """The code of every key of _STARTS (each of _SIMPLE and _LOWER is one of them)."""
    out: dict[str, int] = {}
    firsts = {pair[0] for pair in _PAIRS}
    for key in _STARTS:
        code = 0
        if key in firsts:
            code |= _PAIR_FIRST
        simple = _SIMPLE.get(key)
        if simple is not None:
            code |= (_KINDS.index(simple.kind) + 1) << _SIMPLE_AT
        if key in _LOWER:
            code |= _LOWERED
            kind = _LOWER[key]
            if kind is not None:
                code |= (_KINDS.index(kind) + 1) << _LOWER_AT
        out[key] = code
    return out


_CODES: Final = _codes()


# The phrases none of whose entries asks for an exact spelling: they match as keyed.
_INEXACT: Final = {
    keys: entries
    for keys, entries in PHRASES.items()
    if entries and all(e.exact is None for e in entries)
}


# Each phrase's entries, and whether it is one of _INEXACT (one look-up for both); those of
# one word by the word's key (no tuple made and hashed for each look).
_ENTRIES: Final = {keys: (entries, keys in _INEXACT) for keys, entries in PHRASES.items()}
_ENTRIES_ONE: Final = {keys[0]: found for keys, found in _ENTRIES.items() if len(keys) == 1}


def _pair_sizes() -> dict[tuple[str, ...], tuple[int, ...]]:
    """The sizes of the phrases of two words or more by their first two keys (each of
    _PAIRS), longest first."""
    sizes: dict[tuple[str, ...], set[int]] = {}
    for keys in PHRASES:
        if len(keys) > 1:
            sizes.setdefault(keys[:2], set()).add(len(keys))
    return {pair: tuple(sorted(found, reverse=True)) for pair, found in sizes.items()}


_PAIR_SIZES: Final = _pair_sizes()


# A phrase found in the tokens: its kind, and the tokens it covers (``start:end``). A plain
# tuple, read by unpacking: made for every phrase of a text, it costs a tuple where a
# named tuple's constructor is a call of Python code (and each field read another).
Tag = tuple[Kind, int, int]


def _matches(words: list[str], keys: list[str], i: int, below: int = 0) -> list[Entry]:
    """The entries matching at token ``i`` (``words`` the tokens as written, ``keys``
    their keys), longest first (several of the same length), shorter than ``below``
    tokens if given."""
    n = len(keys)
    lengths = _LENGTHS.get(keys[i], ())
    if below:
        lengths = tuple(size for size in lengths if size < below)
    # The sizes of the phrases that start with this word and the next one: no phrase of
    # another size but one starts here.
    sizes: tuple[int, ...] = ()
    if lengths and lengths[0] > 1:
        paired = _PAIR_SIZES.get((keys[i], keys[i + 1])) if i + 1 < n else None
        if paired is None:
            lengths = (1,) if lengths[-1] == 1 else ()  # no longer phrase starts here
        else:
            sizes = paired
    for size in lengths:
        if i + size > n:
            continue
        if size == 1:
            known = _ENTRIES_ONE.get(keys[i])
        elif size in sizes:
            known = _ENTRIES.get(tuple(keys[i : i + size]))
        else:
            continue
        if known is None:
            continue
        entries, inexact = known
        if inexact:
            return list(entries)  # the common case: no entry asks for an exact spelling
        found = [
            e
            for e in entries
            if e.exact is None or all(words[i + k] == e.exact[k] for k in range(size))
        ]
        if found:
            return found
    text = words[i]
    if text[0].isalnum() and ("." in text.rstrip(".") or "-" in text):
        # "BS.CK2", "PGS.TS.BS", "GS-TS": a title abbreviation glued to more letters.
        for entry in PHRASES.get((token_key(_GLUE.split(text, 1)[0]),), ()):
            if entry.kind in TITLES:
                return [entry._replace(keys=(keys[i],))]
    return []


def _choose(entries: list[Entry], words: list[str], i: int) -> Entry:
    """Pick one of several same-length entries by the case and place of the word."""
    if len(entries) == 1:
        return entries[0]
    mid_sentence = i > 0 and words[i - 1][0].isalnum()
    places = [e for e in entries if e.kind in _PLACES]
    others = [e for e in entries if e.kind not in _PLACES]
    if places and is_capitalised(words[i]) and mid_sentence:
        return places[0]  # "người Anh": England
    return (others or places)[0]  # "anh Minh", "Anh Zhang Hongming": a form of address


def _before_title(words: list[str], keys: list[str], i: int) -> bool:
    """Whether a title (or another modifier) starts at token ``i``."""
    if i >= len(keys):
        return False
    return any(e.kind in _TITLE_OR_MODIFIER for e in _matches(words, keys, i))


def _title_across(words: list[str], keys: list[str], start: int, end: int) -> bool:
    """Whether a title starts inside the phrase ``start:end`` and runs on past its end."""
    return any(
        e.kind in TITLES and k + len(e.keys) > end
        for k in range(start + 1, end)
        for e in _matches(words, keys, k)
    )


def _starts_name(words: list[str], keys: list[str], i: int) -> bool:
    """Whether a one-word place or country at ``i`` starts a personal name instead: a
    family name before a name (``Hàn Mặc Tử``), or a Vietnamese given name with one more
    syllable (``ca sĩ Mỹ Tâm``, ``Anh Thư``), unlike ``Mỹ Joe Biden``."""
    if i + 1 >= len(words) or not is_capitalised(words[i + 1]):
        return False
    if keys[i] in SURNAMES:
        return True
    last = i + 2 >= len(words) or not is_capitalised(words[i + 2])
    return last and is_vietnamese_syllable(words[i + 1]) and keys[i + 1] not in _LENGTHS


def _entry_at(
    words: list[str],
    keys: list[str],
    tags: list[Tag | None],
    i: int,
    glued: Callable[[int], bool],
) -> int:
    """Tag the phrase starting at token ``i``, if one does; where the next phrase may
    start (``glued`` tells whether a token follows the one before it with no space)."""
    entries = _matches(words, keys, i)
    if not entries:
        return i + 1
    entry = _choose(entries, words, i)
    size = len(entry.keys)
    if entry.kind is Kind.PLAIN and size > 1 and _title_across(words, keys, i, i + size):
        # "ông Chủ tịch UBND": a title runs on past the everyday word ("ông chủ").
        entries = _matches(words, keys, i, below=size)
        if not entries:
            return i + 1
        entry = _choose(entries, words, i)
        size = len(entry.keys)
    text = words[i]
    if size == 1 and i > 0 and tags[i - 1] is None and is_capitalised(text):
        prev = words[i - 1]
        if prev[0].isalnum() and is_capitalised(prev):
            return i + 1
    if size == 1 and entry.kind in _PLACES and _starts_name(words, keys, i):
        return i + 1
    if entry.kind is Kind.MODIFIER and not _before_title(words, keys, i + size):
        return i + 1  # "MC Nguyên Khang": a given name, not "nguyên" (former)
    end = i + size
    if (
        entry.kind in _ABBREVIATED
        and words[end - 1].isupper()
        and end + 1 < len(words)
        and words[end] == "."
        and words[end + 1][0].isalnum()
        and glued(end)
    ):
        end += 1  # "CT. hội CCB tỉnh": the dot belongs to the abbreviation
    found = (entry.kind, i, end)
    for k in range(i, end):
        tags[k] = found
    return end


def tag(
    words: list[str], keys: list[str], glued: Callable[[int], bool], joined: bool = True
) -> list[Tag | None]:
    """For each token, the phrase of the word lists that covers it, or ``None``: ``words``
    are the tokens as written, ``keys`` their keys, and ``glued`` tells whether a token
    follows the one before it with no space (asked only of a full stop after an
    abbreviation in capitals); ``joined`` is ``False`` only when the caller knows that no
    token holds a dot or hyphen before more of it (``BS.CK2``), which is then not looked for.

    A single capitalised word right after another capitalised, unmarked word is left
    unmarked: it continues a name (``Nguyễn Xuân Trường``, ``Hoàng Thị Tuyết Nga``). A
    family name that is also a country or place (``Hàn``) is left unmarked before a name.

    >>> words = ["Ông", "Nguyễn", "Xuân", "Trường", "đến"]
    >>> keys = ["ông", "nguyễn", "xuân", "trường", "đến"]
    >>> [t and (t[0].name, t[2]) for t in tag(words, keys, bool)]
    [('ADDRESS', 1), None, None, None, ('STOP', 5)]
    """
    if _COMPILED:
        return _tag_each(words, keys, glued, joined)
    n = len(keys)
    tags: list[Tag | None] = [None] * n
    texts = words
    # (The tables as locals: their methods are native calls when compiled, where a bound
    # method is called as an object.)
    simples = _SIMPLE
    lower = _LOWER
    pairs = _PAIRS
    # Only a word of the lists, or a word with a dot or hyphen inside ("BS.CK2"), can
    # start a phrase; every other token is passed over without a look. (A comprehension:
    # no slower than a chain of maps when interpreted, and a native loop when compiled.)
    starts = _STARTS
    if joined and _ANY_JOINED("\x00".join(texts)):  # one look at all before one at each
        candidates = [k for k, key in enumerate(keys) if key in starts or _joined(texts[k])]
    else:
        candidates = [k for k, key in enumerate(keys) if key in starts]
    i = 0  # the first token not yet covered by a phrase
    for c in candidates:
        if c < i:
            continue
        i = c
        key = keys[i]
        text = texts[i]
        code = ord(text[0])
        # (A first letter in ASCII is compared by its code: a native look when compiled.)
        if 97 <= code <= 122 if code < 128 else text[0].islower():
            simple = simples.get(key)
            if simple is not None:
                tags[i] = (simple.kind, i, i + 1)  # the common case: a lower-case word
                i += 1
                continue
            if key in lower and (i + 1 == n or (key, keys[i + 1]) not in pairs):
                # A lower-case word that starts no longer phrase here: its own or nothing.
                kind = lower[key]
                if kind is not None:
                    tags[i] = (kind, i, i + 1)
                    i += 1
                    continue
                if not _joined(text):
                    i += 1
                    continue
        i = _entry_at(texts, keys, tags, i, glued)
    return tags


def _tag_each(
    words: list[str], keys: list[str], glued: Callable[[int], bool], joined: bool
) -> list[Tag | None]:
    """:func:`tag`, in one walk over the tokens (the compiled build's way: a native loop):
    each token not covered by a phrase already is looked up once, in ``_CODES``, which
    tells whether a phrase starts with it and, for a lower-case word, what the tables of
    one-word phrases tell of it, with no other look-up; a token covered by a phrase
    found before it is not looked up at all."""
    n = len(keys)
    tags: list[Tag | None] = [None] * n
    table = _CODES
    pairs = _PAIRS
    kinds = _KINDS
    # Only a word of the lists, or a word with a dot or hyphen inside ("BS.CK2"), can
    # start a phrase; every other token is passed over after its look-up.
    any_joined = joined and _ANY_JOINED("\x00".join(words)) is not None
    i = 0  # the first token not yet covered by a phrase
    for k in range(n):
        if k < i:
            continue
        found = table.get(keys[k])
        if found is None:
            if not (any_joined and _joined(words[k])):
                continue
            code = 0  # a word joined by a dot or hyphen, of no phrase as it stands
        else:
            code = found
        i = k
        text = words[i]
        # (The first letter looked up by its code: a native look, no string made.)
        if _first_lower(text):
            simple = code >> _SIMPLE_AT & _KIND_MASK
            if simple:
                tags[i] = (kinds[simple - 1], i, i + 1)  # the common case: a lower-case word
                i += 1
                continue
            if code & _LOWERED and (
                i + 1 == n or not code & _PAIR_FIRST or (keys[i], keys[i + 1]) not in pairs
            ):
                # A lower-case word that starts no longer phrase here: its own or nothing.
                kind = code >> _LOWER_AT & _KIND_MASK
                if kind:
                    tags[i] = (kinds[kind - 1], i, i + 1)
                    i += 1
                    continue
                if not _joined(text):
                    i += 1
                    continue
        i = _entry_at(words, keys, tags, i, glued)
    return tags
