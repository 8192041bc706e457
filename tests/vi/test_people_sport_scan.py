"""The sport question's walk over the characters (the compiled build's look) finds a
phrase exactly where the pattern does, on any input.

The walk looks at a phrase only where the characters around a space or a hyphen are
those around the phrase's first one: each phrase is checked with every kind of
neighbour (a letter, a digit, a mark, a line break, none), inside other phrases and
cut short, and in random text made of the phrases' pieces; a phrase with no space or
hyphen where the walk can see it is looked for whole.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people import _build, _lexicon
from vn_newsdoc.vi.people._lexicon import (
    _SPORT_CUES,
    _SPORT_OTHERS,
    _SPORT_PHRASES,
    _SPORT_SLOTS,
    _SPORT_USED,
    _by_separator,
    _sport_scan,
    sport_lowered,
)


def _searched(low: str) -> bool:
    return _SPORT_CUES.search(low) is not None


def test_every_phrase_has_a_separator_the_walk_sees() -> None:
    assert _SPORT_OTHERS == ()
    assert [bool(used) for used in _SPORT_USED] == [bool(s) for s in _SPORT_SLOTS]


@pytest.mark.parametrize("phrase", _SPORT_PHRASES)
def test_each_phrase_with_every_kind_of_neighbour(phrase: str) -> None:
    for before in ("", " ", "a", "à", "1", "_", ".", "\n", "-", "x "):
        for after in ("", " ", "a", "ư", "2", "_", ",", "\n", "-", " x"):
            low = before + phrase + after
            assert _sport_scan(low) is _searched(low), low
    # Cut short at either end, or with a character changed: no phrase.
    for k in range(1, len(phrase)):
        for low in (phrase[:k], phrase[k:], f"{phrase[:k]}q{phrase[k + 1 :]}"):
            assert _sport_scan(low) is _searched(low), low


_PIECES = sorted(
    {*_SPORT_PHRASES, *(w for p in _SPORT_PHRASES for w in re.split("([ -])", p))}
    | {"a", "1", "_", ".", "\n", "x", "đ", "ư"}
)


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@example("ghi bàn")
@example("ghi bànx")
@example("xghi bàn")
@example("vào thay vào sân")
@example("the asian cup")
@example("v-league")
@example("hat-trick.")
@example("phút bù giờ")
@example("phút bù")
@example("")
@example(" ")
@example("a-")
def test_the_walk_finds_what_the_pattern_finds(low: str) -> None:
    assert _sport_scan(low) is _searched(low)


@pytest.mark.skipif(
    _build.COMPILED,
    reason="a compiled module reads its own tables, past a patch (the pure suite runs this)",
)
def test_a_phrase_with_no_separator_in_reach_is_looked_for_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    phrases = ("ghi bàn", "hattrick", "x-y", "ab c", "a bc", "v-league")
    slots, others = _by_separator(phrases)
    assert others == ("hattrick", "x-y", "ab c")
    assert sum(map(len, slots)) == 3
    cues = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")
    monkeypatch.setattr(_lexicon, "_SPORT_SLOTS", slots)
    monkeypatch.setattr(_lexicon, "_SPORT_USED", bytes(1 if s else 0 for s in slots))
    monkeypatch.setattr(_lexicon, "_SPORT_OTHERS", others)
    monkeypatch.setattr(_lexicon, "_SPORT_CUES", cues)
    lows = ("a hattrick.", "hattricks", "x-y", "ax-y", "ab c", "ab cd", "a bc", "v-league", "ghi")
    for low in lows:
        assert _lexicon._sport_scan(low) is (cues.search(low) is not None), low


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
@example("ư ghi bàn")
@example("the aff cup")
def test_the_sport_question_either_way(low: str) -> None:
    saved = vars(_lexicon)["_COMPILED"]
    answers = []
    try:
        for compiled in (False, True):
            vars(_lexicon)["_COMPILED"] = compiled
            answers.append(sport_lowered(low))
    finally:
        vars(_lexicon)["_COMPILED"] = saved
    assert answers == [_searched(low)] * 2
