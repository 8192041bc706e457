"""The tables the screen (:mod:`~vn_newsdoc.vi.people._screen`) looks words up in: what
each key marks, as bits, and the first runs of letters and digits of the words that mark
something, which the look at a text in lower case finds."""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Final

from vn_newsdoc.vi.people._lexicon import (
    FOREIGN_GIVEN_NAMES,
    KOREAN_SURNAMES,
    PHRASES,
    SURNAMES,
    TITLES,
    Kind,
)
from vn_newsdoc.vi.people._tokens import spellings


def _firsts(kinds: tuple[Kind, ...]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The phrases of these kinds: those of one word, and the first two words of longer
    ones (every such phrase in a text shows one of these)."""
    ones = {k[0] for k, es in PHRASES.items() if len(k) == 1 and any(e.kind in kinds for e in es)}
    pairs = {k[:2] for k, es in PHRASES.items() if len(k) > 1 and any(e.kind in kinds for e in es)}
    return frozenset(ones), frozenset(pairs)


# Titles and ranks mark a person from afar (an office may stand between title and name);
# so does an age.
_TITLE_FIRSTS = _firsts(TITLES)
_TITLES: Final = _TITLE_FIRSTS[0] | {"tuổi"}
_TITLE_PAIRS: Final = _TITLE_FIRSTS[1]
# Forms of address, name cues and appositive heads mark a person only next to a name:
# right before it, or (an appositive head) after it and a comma or dash.
_NEXT_KINDS: Final = (Kind.ADDRESS, Kind.CUE, Kind.APPOSITIVE)
_NEXT_FIRSTS = _firsts(_NEXT_KINDS)
_NEXT: Final = _NEXT_FIRSTS[0]
_NEXT_PAIRS: Final = _NEXT_FIRSTS[1]
_APPOSITIVE_FIRSTS = _firsts((Kind.APPOSITIVE,))
_APPOSITIVES: Final = _APPOSITIVE_FIRSTS[0]
_APPOSITIVE_PAIRS: Final = _APPOSITIVE_FIRSTS[1]
_SEPARATORS: Final = frozenset(",-–—")
# How far after the first word of such a phrase its name may start (just past the longest
# phrase).
_AFTER: Final = 1 + max(
    len(k) for k, es in PHRASES.items() if any(e.kind in _NEXT_KINDS for e in es)
)
# The words a full name may start with and be known by its shape.
_NAME_STARTS: Final = SURNAMES | KOREAN_SURNAMES | FOREIGN_GIVEN_NAMES
# A dot or hyphen inside a key ("bs.ck2", "gs-ts"), which may glue a title to more; and
# the letters and digits between them.
_JOINED: Final = re.compile(r"[.\-][^\x00]")
_PARTS: Final = re.compile(r"[^\W_][\w&]*")
# A dot before a letter, where tokenize() may split an abbreviation glued to a word
# ("CT.Hội"); not one between digits ("30.000").
_GLUED: Final = re.compile(r"\.(?<=\w\.)[^\W\d_]")
_FIRST: Final = itemgetter(0)
# The marks a title and its name may stand across.
_SOFT: Final = frozenset({",", "-", "–", "—", "(", ")"})
# What a key marks, as bits: a title (or an age), the first word of a title's longer
# phrase, a form of address, a name cue or an appositive head, the first word of such a
# longer phrase, or the start of a full name. Looked up once for every word of a run of
# sentences: a sentence holding none of these has nothing to look at but its capitals.
# (Each a constant of its own: the compiled build puts its value in place.)
_TITLE: Final = 1
_TITLE_PAIR: Final = 2
_NEXT_ONE: Final = 4
_NEXT_PAIR: Final = 8
_NAME: Final = 16
_ONE: Final = _TITLE | _NEXT_ONE
_MARK_PAIRS: Final = _TITLE_PAIRS | _NEXT_PAIRS
_PAIR_FIRSTS: Final = _TITLE_PAIR | _NEXT_PAIR  # what the first key of each of _MARK_PAIRS marks


def _classes() -> dict[str, int]:
    out: dict[str, int] = {}
    for bit, keys in (
        (_TITLE, _TITLES),
        (_TITLE_PAIR, frozenset(map(_FIRST, _TITLE_PAIRS))),
        (_NEXT_ONE, _NEXT),
        (_NEXT_PAIR, frozenset(map(_FIRST, _NEXT_PAIRS))),
        (_NAME, _NAME_STARTS),
    ):
        for key in keys:
            out[key] = out.get(key, 0) | bit
    return out


_CLASSES: Final = _classes()


# The runs of letters and digits of a text (a word's parts between its marks).
_RUNS: Final = re.compile(r"[^\W_]+")


def _first_run(word: str) -> str:
    """The first run of letters and digits of a word of the lists (each holds one)."""
    first = _RUNS.search(word)
    assert first is not None  # every word of the lists holds a letter or digit
    return first.group()


def _first_runs() -> tuple[frozenset[str], frozenset[str]]:
    """The first run of letters and digits of every lower-case word whose key marks
    something: those of the words that mark something whatever their case, and those of
    the words that mark only as the start of a full name, and so only with a capital
    (a word of letters and digits alone)."""
    anyhow: set[str] = set()
    named: set[str] = set()
    for key, bits in _CLASSES.items():
        for word in spellings(key):
            (named if bits == _NAME and word.isalnum() else anyhow).add(_first_run(word))
    return frozenset(anyhow), frozenset(named - anyhow)


_FIRST_RUNS = _first_runs()
_ANYHOW_RUNS: Final = _FIRST_RUNS[0]
_NAME_RUNS: Final = _FIRST_RUNS[1]
_MARKING_RUNS: Final = _ANYHOW_RUNS | _NAME_RUNS
# The runs that start a full name with a particle after them ("Ursula von der Leyen"), not
# only with another capitalised word (the known foreign given names, written as they are).
_PARTICLE_RUNS: Final = _NAME_RUNS & frozenset(
    w for key in FOREIGN_GIVEN_NAMES for w in spellings(key)
)


def _pair_runs() -> dict[str, tuple[str, ...]]:
    """The first runs of words that mark something only as the first word of a longer
    phrase (``du`` of ``du khách``, ``y`` of ``y tá``; a word of letters and digits, and
    no other word of the lists starts with the same run), with the spellings of the words
    that follow them in those phrases."""
    keyed: dict[str, set[str]] = {}
    for key in _CLASSES:
        for word in spellings(key):
            keyed.setdefault(_first_run(word), set()).add(key if word.isalnum() else "")
    out: dict[str, tuple[str, ...]] = {}
    for run, keys in keyed.items():
        (key,) = keys if len(keys) == 1 else ("",)
        if key and not _CLASSES[key] & ~(_TITLE_PAIR | _NEXT_PAIR):
            seconds = {
                w for first, second in _MARK_PAIRS if first == key for w in spellings(second)
            }
            out[run] = tuple(sorted(seconds))
    return out


_PAIR_RUNS: Final = _pair_runs()


# The marks most often found around and inside words: a text's words with these turned
# into spaces are mostly runs of letters and digits, split by str.split() (faster than
# the pattern, which looks at every character); only the rest is matched by the pattern.
_APART: Final = tuple(",.:;!?()[]\"“”‘’'…–—-/&_%+=*#@$€£«»•·„‚<>|~`°")
