"""The word lists behind :mod:`vn_newsdoc.vi.bylines`, loaded once from ``vi/data``.

Each list is a file in the package (``byline_roles.tsv``, ``outlets.tsv``,
``org_words.tsv``, ``byline_stopwords.tsv``, ``byline_anonymous.tsv``,
``byline_name_titles.tsv``, ``byline_not_authors.tsv``, ``byline_labels.tsv``; and, shared
with :mod:`vn_newsdoc.vi.people`, ``people_surnames.tsv``, ``people_places.tsv`` and
``people_countries.tsv``), documented in its own header and read by
:mod:`vn_newsdoc.vi._wordlists`. Everything here is immutable after import.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

from vn_newsdoc.model import Role
from vn_newsdoc.text import clean, fold_key
from vn_newsdoc.vi._wordlists import alternation, read_pairs, read_rows, read_words


def key(text: str) -> str:
    """The matching key of a word list entry: case and tone placement folded."""
    return fold_key(text)


# A web address's scheme and "www." in front, and the characters a flat key drops.
_ADDRESS_HEAD = re.compile(r"^(?:https?://)?(?:www\.)?")
_ADDRESS_HEADS = ("http://", "https://", "www.")
_NOT_FLAT = re.compile(r"[\W_]+")


def flat_key(text: str) -> str:
    """A key without case, diacritics, spaces or punctuation (``"Tuổi Trẻ"`` → ``"tuoitre"``).

    >>> flat_key("Báo Tuổi Trẻ"), flat_key("https://www.VnExpress.net/")
    ('baotuoitre', 'vnexpressnet')
    """
    folded = fold_key(text, diacritics=False)
    if folded.startswith(_ADDRESS_HEADS):  # else the head pattern matches nothing
        folded = _ADDRESS_HEAD.sub("", folded)
    # Most keys are ASCII words and the spaces between them (a name, an outlet): the
    # pattern would drop the spaces alone. (In ASCII, \w is a letter, a digit or "_", and
    # str.isalnum() is a letter or a digit: a string of those keeps every character.)
    joined = folded.replace(" ", "")
    if joined.isascii() and joined.isalnum():
        return joined
    return _NOT_FLAT.sub("", folded)


# Role words -----------------------------------------------------------------------------

_roles: dict[str, Role] = {}
_role_spellings: set[str] = set()
for _word, _role in read_pairs("byline_roles.tsv"):
    _roles[key(_word)] = Role(_role)
    _role_spellings.add(clean(_word))

ROLE_WORDS: MappingProxyType[str, Role] = MappingProxyType(_roles)
"""Folded role word → the role it credits."""


_TONES = "\u0300\u0301\u0303\u0309\u0323"
_NEW_TONE = re.compile(rf"([oOuU])([aAeEyY])([{_TONES}])(?![^\W\d_])")


def _variants(word: str) -> set[str]:
    # Both tone placements ("đồ họa" and "đồ hoạ"), lower case, for the regex.
    old = key(word)
    new = unicodedata.normalize("NFC", _NEW_TONE.sub(r"\1\3\2", unicodedata.normalize("NFD", old)))
    return {clean(word).casefold(), old, new}


_ROLE_ALTS = sorted({v for w in _role_spellings for v in _variants(w)}, key=lambda w: (-len(w), w))
ROLE_PATTERN: str = "(?:" + "|".join(re.escape(w) for w in _ROLE_ALTS) + r")(?![^\W\d_])"
"""A regex (use with ``re.IGNORECASE``) matching one role word as a whole word."""


# Joiners ------------------------------------------------------------------------------

JOINER_PATTERN: str = "(?:" + alternation(read_words("byline_joiners.tsv")) + ")"
"""A regex (use with ``re.IGNORECASE``) matching one word that joins two names (``và``)."""

NAME_JOIN_RE = re.compile(rf"(?<!\s)\s+{JOINER_PATTERN}\s+", re.IGNORECASE)
"""A joining word between two names, with the spaces around it. It starts only at a run's
first space (a match from inside the run is also one from its start), so a long run of
spaces is crossed once, not once per space."""


# Outlets ------------------------------------------------------------------------------

_outlet_of: dict[str, str] = {}
for _name, _aliases in read_rows("outlets.tsv", 2, required=1):
    for _alias in (_name, *_aliases.split("|")):
        if _alias.strip():
            _outlet_of.setdefault(flat_key(_alias), flat_key(_name))
_outlet_of.pop("", None)

OUTLET_KEYS: frozenset[str] = frozenset(_outlet_of)
"""Flat keys of every known outlet name and alias."""

_OUTLET_PREFIXES = ("baodientu", "bao", "tapchi", "trangtin")
_OUTLET_SUFFIXES = ("online", "news", "dientu")


def _candidates(key: str) -> list[str]:
    """``key`` and its forms without a leading ``báo``/``tạp chí`` or a trailing ``online``,
    the key first.

    >>> _candidates("anhminh"), _candidates("baotuoitreonline")
    (['anhminh'], ['baotuoitreonline', 'tuoitreonline', 'baotuoitre', 'tuoitre'])
    """
    if not key.startswith(_OUTLET_PREFIXES) and not key.endswith(_OUTLET_SUFFIXES):
        return [key]  # most keys (a name's): no form to add
    candidates = [key]
    for prefix in _OUTLET_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            candidates.append(key[len(prefix) :])
    for c in tuple(candidates):
        for suffix in _OUTLET_SUFFIXES:
            if c.endswith(suffix) and len(c) > len(suffix):
                candidates.append(c[: -len(suffix)])
    return candidates


def is_outlet(text: str) -> bool:
    """Whether ``text`` names a known news agency, outlet or photo source."""
    k = flat_key(text)
    return bool(k) and not OUTLET_KEYS.isdisjoint(_candidates(k))


def source_key(text: str) -> str:
    """What two spellings of one source share: the outlet's key for a known outlet
    (``Báo Tuổi Trẻ`` and ``Tuổi Trẻ Online`` are one), else the flat key without a
    leading ``báo`` or a trailing ``online`` (``Chinhphu.vn`` and ``chinhphu.vn`` are one)."""
    candidates = _candidates(flat_key(text))
    for c in candidates:
        if c in _outlet_of:
            return _outlet_of[c]
    return candidates[-1]


# Organisation words, stop words, anonymous credits, non-authors ----------------------

ORG_WORDS: frozenset[str] = frozenset(key(w) for w in read_words("org_words.tsv"))
"""Folded words and phrases that begin an organisation's or office's name."""
ORG_MAX_WORDS = max(len(w.split()) for w in ORG_WORDS)

_stop_words: set[str] = set()
_stop_phrases: set[str] = set()
_stop_first: set[str] = set()
for _line in read_words("byline_stopwords.tsv"):
    _w = key(_line)
    if _w.startswith("^"):
        _stop_first.add(_w[1:])
    elif " " in _w:
        _stop_phrases.add(_w)
    else:
        _stop_words.add(_w)

STOP_WORDS: frozenset[str] = frozenset(_stop_words)
"""Folded words that never stand in a credited name."""
STOP_PHRASES: frozenset[str] = frozenset(_stop_phrases)
"""Folded whole lines that are page furniture, never a credit."""
STOP_FIRST: frozenset[str] = frozenset(_stop_first)
"""Folded forms of address that, in first place, mark a line as not a credit."""

_anonymous = read_words("byline_anonymous.tsv")
ANONYMOUS: frozenset[str] = frozenset(key(w) for w in _anonymous if not w.startswith("~"))
"""Folded credits that name nobody (``pv``, ``nhóm pv``, ``ctv``)."""
JOB_NOUNS: frozenset[str] = frozenset(key(w[1:]) for w in _anonymous if w.startswith("~"))
"""Folded nouns that close a job title (``Political Correspondent``): the ``~`` rows."""
JOB_TITLE_WORDS = 4
"""Most words of a job title closed by one of :data:`JOB_NOUNS`."""


def names_nobody(text: str) -> bool:
    """Whether ``text`` is a credit that names nobody: one of :data:`ANONYMOUS`, or a job
    title of a few capitalised words closed by a job noun (``Senior Political
    Correspondent``, not ``Letters to the Editor``)."""
    folded = key(text)
    if folded in ANONYMOUS:
        return True
    words = text.split()
    return (
        1 < len(words) <= JOB_TITLE_WORDS
        and folded.split()[-1] in JOB_NOUNS
        and all(w.isalpha() and w[0].isupper() for w in words)
    )


_TITLE_ALTS = sorted(
    {v for w in read_words("byline_name_titles.tsv") for v in _variants(w)},
    key=lambda w: (-len(w), w),
)
NAME_TITLE_PATTERN: str = (
    r"^(?:(?:" + "|".join(re.escape(w) for w in _TITLE_ALTS) + r")(?:\s*\.\s*|\s+))+"
)
"""A regex (use with ``re.IGNORECASE``) matching the degrees and titles in front of a name
(``TS.``, ``PGS.TS``, ``Luật sư``), with the space or full stop after them."""

NOT_AUTHORS: frozenset[str] = frozenset(
    fold_key(w, diacritics=False) for w in read_words("byline_not_authors.tsv")
)
"""Diacritic-free words marking a metadata author value that names no one."""


_labels = read_words("byline_labels.tsv")
_PLAIN_LABELS = sorted(
    {v for w in _labels if not w.startswith("~") for v in _variants(w)}, key=lambda w: (-len(w), w)
)
_NAME_LABELS = sorted(
    {v for w in _labels if w.startswith("~") for v in _variants(w[1:])}, key=lambda w: (-len(w), w)
)
LABEL_PATTERN: str = (
    r"^(?:(?:"
    + "|".join(re.escape(w) for w in _PLAIN_LABELS)
    + r")(?:\s*:\s*|\s+)(?=\S)"
    + (
        r"|(?:" + "|".join(re.escape(w) for w in _NAME_LABELS) + r")\s+(?=\S+\s+\S)"
        if _NAME_LABELS
        else ""
    )
    + ")"
)
"""A regex (use with ``re.IGNORECASE``) matching a byline label at the start of a line
(``By``, ``Tác giả:``, ``Author:``) with the colon or space after it."""


# Family names and places (shared with the people finder) --------------------------------

SURNAMES: frozenset[str] = frozenset(key(w) for w in read_words("people_surnames.tsv"))
"""Folded common Vietnamese family names: ``Theo Hồ Hương`` credits a person."""
PLACES: frozenset[str] = frozenset(
    key(w) for name in ("people_places.tsv", "people_countries.tsv") for w in read_words(name)
)
"""Folded place and country names that read like personal names (``Hà Nội``, ``Hàn
Quốc``): never a person."""
