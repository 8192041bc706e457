"""The word lists behind :func:`~vn_newsdoc.vi.people.find_people`, loaded once at import.

Each list is a one-column file in ``vn_newsdoc/vi/data/`` read by
:mod:`vn_newsdoc.vi._wordlists` (see the README there): one phrase a line, a line starting
with ``=`` matches that exact spelling only.
Phrases are split into tokens the same way as article text and keyed with
:func:`vn_newsdoc.text.fold_key`, so case and old or new tone placement never matter
(``Thủy`` = ``Thuỷ``) unless the line asks for the exact spelling.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

from vn_newsdoc.vi._wordlists import read_words
from vn_newsdoc.vi.people._build import COMPILED as _COMPILED
from vn_newsdoc.vi.people._tokens import token_key, tokenize


class Kind(enum.Enum):
    """What a phrase of a word list marks in running text."""

    TITLE = "title"
    """A position (``Thủ tướng``, ``Giám đốc``): an office may follow it before the name."""
    RANK = "rank"
    """A title of the person, not of an office: a rank, degree, honour or profession
    (``Đại tá``, ``NSND``, ``Nhà thơ``); a name right after it is a person's."""
    APPOSITIVE = "appositive"
    """Starts a title only after a name (``chủ cửa hàng``, ``đại diện``)."""
    MODIFIER = "modifier"
    """Qualifies a title right after it (``Phó``, ``nguyên``, ``cựu``)."""
    ADDRESS = "address"
    """A form of address (``ông``, ``bà``, ``đồng chí``): marks a person, never a title."""
    CUE = "cue"
    """Introduces a name (``có tên``): marks a person, never a title."""
    NAMED = "named"
    """Starts the name of an institution, place or thing (``Học viện``, ``đường``)."""
    ADMIN = "admin"
    """An administrative unit (``tỉnh``, ``huyện``, ``TP``): starts a place name, or stands
    for the unit itself inside a title (``Chủ tịch UBND tỉnh``)."""
    OFFICE = "office"
    """An office or body inside a title (``UBND``, ``Thành ủy``, ``Bộ``)."""
    PLACE = "place"
    """A place name (``Hà Nội``, ``Đông Nam Á``)."""
    COUNTRY = "country"
    """A country (``Nhật Bản``, ``Italy``)."""
    STOP = "stop"
    """A verb or function word that ends a title and is never part of a name."""
    CREDIT = "credit"
    """Credits a photo or a text (``Ảnh``, ``Nguồn``): a name after it and a colon is a
    credit, not a person the article names."""
    PLAIN = "plain"
    """An everyday word that holds a listed word but marks nothing (``gia đình``)."""


_FILES: Final[tuple[tuple[str, Kind], ...]] = (
    ("people_titles.tsv", Kind.TITLE),
    ("people_ranks.tsv", Kind.RANK),
    ("people_appositive_heads.tsv", Kind.APPOSITIVE),
    ("people_modifiers.tsv", Kind.MODIFIER),
    ("people_address_forms.tsv", Kind.ADDRESS),
    ("people_name_cues.tsv", Kind.CUE),
    ("people_named_prefixes.tsv", Kind.NAMED),
    ("people_admin_prefixes.tsv", Kind.ADMIN),
    ("people_office_words.tsv", Kind.OFFICE),
    ("people_places.tsv", Kind.PLACE),
    ("people_countries.tsv", Kind.COUNTRY),
    ("people_stop_words.tsv", Kind.STOP),
    ("people_credit_words.tsv", Kind.CREDIT),
    ("people_plain_words.tsv", Kind.PLAIN),
)


class Entry(NamedTuple):
    """One phrase of a word list, as token keys."""

    keys: tuple[str, ...]
    """The phrase's tokens, keyed with :func:`~vn_newsdoc.vi.people._tokens.token_key`."""
    kind: Kind
    """What the phrase marks."""
    exact: tuple[str, ...] | None
    """The tokens as spelled, when the line asked for the exact spelling; else ``None``."""


def _build() -> Mapping[str, tuple[Entry, ...]]:
    table: dict[str, list[Entry]] = {}
    for name, kind in _FILES:
        for phrase in read_words(name):
            exact = phrase.startswith("=")
            toks = tokenize(phrase[1:] if exact else phrase)
            if not toks:
                continue
            keys = tuple(t.key for t in toks)
            entry = Entry(keys, kind, tuple(t.text for t in toks) if exact else None)
            bucket = table.setdefault(keys[0], [])
            if entry not in bucket:
                bucket.append(entry)
    # Longest phrases first, so the first match found is the longest.
    return MappingProxyType(
        {k: tuple(sorted(v, key=lambda e: -len(e.keys))) for k, v in table.items()}
    )


LEXICON: Final[Mapping[str, tuple[Entry, ...]]] = _build()
"""First token key -> the phrases starting with it, longest first."""

PHRASES: Final[Mapping[tuple[str, ...], tuple[Entry, ...]]] = MappingProxyType(
    {
        keys: tuple(e for e in entries if e.keys == keys)
        for entries in LEXICON.values()
        for keys in {e.keys for e in entries}
    }
)
"""All the token keys of a phrase -> its entries (one per list that holds it)."""

LENGTHS: Final[Mapping[str, tuple[int, ...]]] = MappingProxyType(
    {k: tuple(sorted({len(e.keys) for e in v}, reverse=True)) for k, v in LEXICON.items()}
)
"""First token key -> the lengths of the phrases starting with it, longest first."""

SURNAMES: Final[frozenset[str]] = frozenset(token_key(s) for s in read_words("people_surnames.tsv"))
"""Common Vietnamese family names, keyed: they start a full name with no other cue."""

ALL_SURNAMES: Final[frozenset[str]] = SURNAMES | frozenset(
    token_key(s) for s in read_words("people_surnames_rare.tsv")
)
"""Every known family name, keyed: they start a name where something marks a person."""

FOREIGN_GIVEN_NAMES: Final[frozenset[str]] = frozenset(
    token_key(s) for s in read_words("people_foreign_given_names.tsv") if " " not in s
)
"""Common given names from abroad, keyed: they start a foreign full name with no cue."""

NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    token_key(s) for s in read_words("people_name_particles.tsv")
)
"""Lower-case particles inside foreign names (``von``, ``van``, ``bin``, ``de``), keyed."""

_SPORT_PHRASES: Final = tuple(c.lower() for c in read_words("people_sport_cues.tsv"))
_SPORT_CUES: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _SPORT_PHRASES), key=len)[::-1]) + r")(?!\w)"
)

# Letters from the rarest to the most common in running text: a letter of Vietnamese
# (beyond Latin-1 first) before any other, then those of English and Vietnamese words.
_COMMON: Final = "qjzxwfkvbpyglmdurcshotniea"


def _rarity(char: str) -> tuple[int, int]:
    if char.isascii():
        at = _COMMON.find(char)
        return (1, at if at >= 0 else len(_COMMON))  # white space, marks and digits last
    return (0, -ord(char))


def _anchored(phrases: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The phrases by the rarest character of each (:func:`_rarity`)."""
    by: dict[str, list[str]] = {}
    for phrase in phrases:
        by.setdefault(min(phrase, key=_rarity), []).append(phrase)
    return tuple((a, tuple(ps)) for a, ps in by.items())


_SPORT_ANCHORED: Final = _anchored(_SPORT_PHRASES)

# The slots of the table of the phrases by the characters around their first space or
# hyphen (a power of two: a slot is the characters' codes mixed and masked).
_SLOTS: Final = 4096


def _slot(before: int, after: int, next_after: int) -> int:
    """The slot of the codes of the character before a space or hyphen and the two
    after it."""
    return ((before << 8) ^ (after << 4) ^ next_after) & (_SLOTS - 1)


def _by_separator(
    phrases: tuple[str, ...],
) -> tuple[tuple[tuple[tuple[int, str], ...], ...], tuple[str, ...]]:
    """The phrases with a space or hyphen after one character of theirs and before two
    more, by the :func:`_slot` of the characters around the first such separator (each
    with where it stands in the phrase); and the others."""
    slots: list[list[tuple[int, str]]] = [[] for _ in range(_SLOTS)]
    others: list[str] = []
    for phrase in phrases:
        at = min((k for k in (phrase.find(" "), phrase.find("-")) if k >= 0), default=-1)
        if 0 < at < len(phrase) - 2:
            codes = (ord(phrase[at - 1]), ord(phrase[at + 1]), ord(phrase[at + 2]))
            slots[_slot(*codes)].append((at, phrase))
        else:
            others.append(phrase)
    return tuple(map(tuple, slots)), tuple(others)


_SPORT_SEPARATED = _by_separator(_SPORT_PHRASES)
_SPORT_SLOTS: Final = _SPORT_SEPARATED[0]
_SPORT_OTHERS: Final = _SPORT_SEPARATED[1]
# Which slots hold a phrase, as a table read natively when compiled (most hold none).
_SPORT_USED: Final = bytes(1 if phrases else 0 for phrases in _SPORT_SLOTS)


def _sport_scan(low: str) -> bool:
    """``_SPORT_CUES.search(low) is not None``, found by looking at each space and hyphen
    of the text alone (natively when compiled, where a look for each phrase walks the
    whole text once for each): every phrase but those of :data:`_SPORT_OTHERS` holds a
    space or a hyphen after one character and before two more, and where the phrase
    stands in the text so does its first such separator, with the phrase's characters
    around it; only there is the phrase looked at.

    >>> _sport_scan("công phượng ghi bàn."), _sport_scan("công phượng ghi bàna")
    (True, False)
    """
    # (Each separator found by a look for the next one, which runs through the text in C
    # faster than a native walk reads each character.)
    last = len(low) - 2  # a separator has a character before it and two after it
    used = _SPORT_USED
    for separator in " -":
        at = low.find(separator, 1, last)
        while at >= 0:
            slot = _slot(ord(low[at - 1]), ord(low[at + 1]), ord(low[at + 2]))
            if used[slot] and _sport_at(low, at, slot):
                return True
            at = low.find(separator, at + 1, last)
    return any(p in low for p in _SPORT_OTHERS) and _SPORT_CUES.search(low) is not None


def _sport_at(low: str, at: int, slot: int) -> bool:
    """Whether a phrase of :data:`_SPORT_SLOTS` stands in ``low`` with its first space or
    hyphen at ``at``, where the pattern finds it; ``slot`` is the :func:`_slot` of the
    characters around it."""
    for offset, phrase in _SPORT_SLOTS[slot]:
        start = at - offset
        if (
            start >= 0
            and low.startswith(phrase, start)
            and _SPORT_CUES.match(low, start) is not None
        ):
            return True
    return False


def sport_report(texts: Iterable[str]) -> bool:
    """Whether clean texts hold a phrase only sport reports use (``ghi bàn``, ``tiền
    đạo``): the texts are then a sport report, which names players by their given names
    alone.

    >>> sport_report(["Công Phượng ghi bàn."]), sport_report(["Công Phượng đến."])
    (True, False)
    """
    return sport_lowered("\n".join(texts).lower())


def sport_lowered(low: str) -> bool:
    """:func:`sport_report` of texts joined by line breaks and put in lower case (each
    text may be lowered alone: no case changes across a line break).

    >>> sport_lowered("công phượng ghi bàn.")
    True
    """
    # A plain look for each phrase first: most articles hold none, and it is the faster;
    # and before it, in text in other languages, one for the phrase's rarest letter, which
    # a text without it is passed over by at once (a look for one character is the fastest
    # there is). Text in Vietnamese holds almost every such letter: there the looks for
    # them would cost a tenth more for nothing, and each phrase is looked for at once (a
    # text in one byte a character is told from it by one look each, as none is there).
    if "đ" in low or "ư" in low or "ơ" in low:
        if _COMPILED:
            # Compiled, the places of the spaces and hyphens are looked at instead, in
            # less time than the looks for each phrase through the whole text.
            return _sport_scan(low)
        found = any(p in low for p in _SPORT_PHRASES)
    else:
        found = any(a in low and any(p in low for p in ps) for a, ps in _SPORT_ANCHORED)
    return found and _SPORT_CUES.search(low) is not None


KOREAN_SURNAMES: Final[frozenset[str]] = frozenset(
    token_key(s) for s in read_words("people_foreign_surnames.tsv")
)
"""Family names that start Korean and Chinese names written in Latin letters."""

TITLES: Final = (Kind.TITLE, Kind.RANK)
"""The kinds that start a title in front of a name."""

SIMPLE: Final[Mapping[str, Entry]] = MappingProxyType(
    {
        k: PHRASES[(k,)][0]
        for k, lengths in LENGTHS.items()
        if lengths == (1,) and len(PHRASES[(k,)]) == 1 and PHRASES[(k,)][0].exact is None
    }
)
"""Token keys that start no phrase but their own one-word phrase, of one list only."""

NAMING: Final = (Kind.NAMED, Kind.ADMIN)
"""The kinds that start the name of an institution or a place."""
