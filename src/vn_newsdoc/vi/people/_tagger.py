"""Mark the phrases of the word lists in a token list, longest match first."""

from __future__ import annotations

import re
from typing import NamedTuple

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
from vn_newsdoc.vi.people._tokens import Token, is_capitalised, is_vietnamese_syllable, token_key

# Kinds that name a place or country; a capitalised word of these mid-sentence is a place.
_PLACES = (Kind.PLACE, Kind.COUNTRY)
# Abbreviations that may carry a dot of their own before the next word ("CT. hội").
_ABBREVIATED = (*TITLES, *NAMING, Kind.OFFICE, Kind.ADDRESS)


_GLUE = re.compile(r"[.\-]")


class Tag(NamedTuple):
    """A phrase found in the tokens: its kind and the tokens it covers."""

    kind: Kind
    start: int
    end: int


def _matches(tokens: list[Token], keys: list[str], i: int) -> list[Entry]:
    """The entries matching at token ``i``, longest first (several of the same length)."""
    n = len(tokens)
    for size in LENGTHS.get(keys[i], ()):
        if i + size > n:
            continue
        entries = PHRASES.get(tuple(keys[i : i + size]))
        if not entries:
            continue
        found = [
            e
            for e in entries
            if e.exact is None or all(tokens[i + k].text == e.exact[k] for k in range(size))
        ]
        if found:
            return found
    text = tokens[i].text
    if tokens[i].word and ("." in text.rstrip(".") or "-" in text):
        # "BS.CK2", "PGS.TS.BS", "GS-TS": a title abbreviation glued to more letters.
        for entry in PHRASES.get((token_key(_GLUE.split(text, 1)[0]),), ()):
            if entry.kind in TITLES:
                return [entry._replace(keys=(keys[i],))]
    return []


def _choose(entries: list[Entry], tokens: list[Token], i: int) -> Entry:
    """Pick one of several same-length entries by the case and place of the word."""
    if len(entries) == 1:
        return entries[0]
    tok = tokens[i]
    mid_sentence = i > 0 and tokens[i - 1].word
    places = [e for e in entries if e.kind in _PLACES]
    others = [e for e in entries if e.kind not in _PLACES]
    if places and is_capitalised(tok.text) and mid_sentence:
        return places[0]  # "người Anh": England
    return (others or places)[0]  # "anh Minh", "Anh Zhang Hongming": a form of address


def _before_title(tokens: list[Token], keys: list[str], i: int) -> bool:
    """Whether a title (or another modifier) starts at token ``i``."""
    if i >= len(tokens):
        return False
    return any(e.kind in (*TITLES, Kind.MODIFIER) for e in _matches(tokens, keys, i))


def _starts_name(tokens: list[Token], i: int) -> bool:
    """Whether a one-word place or country at ``i`` starts a personal name instead: a
    family name before a name (``Hàn Mặc Tử``), or a Vietnamese given name with one more
    syllable (``ca sĩ Mỹ Tâm``, ``Anh Thư``), unlike ``Mỹ Joe Biden``."""
    if i + 1 >= len(tokens) or not is_capitalised(tokens[i + 1].text):
        return False
    if tokens[i].key in SURNAMES:
        return True
    last = i + 2 >= len(tokens) or not is_capitalised(tokens[i + 2].text)
    return last and is_vietnamese_syllable(tokens[i + 1].text) and tokens[i + 1].key not in LENGTHS


def tag(tokens: list[Token]) -> list[Tag | None]:
    """For each token, the phrase of the word lists that covers it, or ``None``.

    A single capitalised word right after another capitalised, unmarked word is left
    unmarked: it continues a name (``Nguyễn Xuân Trường``, ``Hoàng Thị Tuyết Nga``). A
    family name that is also a country or place (``Hàn``) is left unmarked before a name.
    """
    tags: list[Tag | None] = [None] * len(tokens)
    keys = [t.key for t in tokens]
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        key = keys[i]
        if key not in LENGTHS and "." not in tok.text and "-" not in tok.text:
            i += 1
            continue
        simple = SIMPLE.get(key)
        if simple is not None and tok.text[0].islower():
            tags[i] = Tag(simple.kind, i, i + 1)  # the common case: one lower-case word
            i += 1
            continue
        entries = _matches(tokens, keys, i)
        if not entries:
            i += 1
            continue
        entry = _choose(entries, tokens, i)
        size = len(entry.keys)
        capital = is_capitalised(tok.text)
        if size == 1 and capital and i > 0 and tags[i - 1] is None:
            prev = tokens[i - 1]
            if prev.word and is_capitalised(prev.text):
                i += 1
                continue
        if size == 1 and entry.kind in _PLACES and _starts_name(tokens, i):
            i += 1
            continue
        if entry.kind is Kind.MODIFIER and not _before_title(tokens, keys, i + size):
            i += 1  # "MC Nguyên Khang": a given name, not "nguyên" (former)
            continue
        end = i + size
        if (
            entry.kind in _ABBREVIATED
            and tokens[end - 1].text.isupper()
            and end + 1 < n
            and tokens[end].text == "."
            and tokens[end].start == tokens[end - 1].end
            and tokens[end + 1].word
        ):
            end += 1  # "CT. hội CCB tỉnh": the dot belongs to the abbreviation
        found = Tag(entry.kind, i, end)
        for k in range(i, end):
            tags[k] = found
        i = end
    return tags
