"""The people finder's looks written apart for the compiled build give what the general
path gives, on any input.

Where a module runs compiled, a few looks are plain loops over the characters' codes or
comprehensions (native there), and the interpreted build keeps the C-level calls it runs
faster: the first letter of a word compared by its code when it is in ASCII, the uncased
capitals looked for code by code, the screen's table looked up word by word. Each is
checked against the look it stands for, over every character where that is possible, and
the screen both ways (the interpreted modules read their switch when called, so a test can
turn it). A word in ASCII is a syllable or not as it stands, with no normalisation. The
sport question looks for every phrase at once in text in Vietnamese, and for the rarest
letter of each first in other text.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from types import ModuleType
from typing import TypeVar

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people import _doc, _sentences
from vn_newsdoc.vi.people._cases import _first_lower, _first_upper
from vn_newsdoc.vi.people._doc import Doc
from vn_newsdoc.vi.people._lexicon import _SPORT_CUES, _SPORT_PHRASES, sport_lowered
from vn_newsdoc.vi.people._screen import _marks, marked
from vn_newsdoc.vi.people._sentences import (
    _UNCASED_CAPITALS,
    _uncased_capital,
    may_name_at,
)
from vn_newsdoc.vi.people._tokens import _SYLLABLE, fold_keys, is_vietnamese_syllable

T = TypeVar("T")

# The tone marks, as is_vietnamese_syllable deleted them by a table.
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))

# Every character but the surrogates, which no clean text holds (and no str built from
# code points may hold alone everywhere).
_EVERY = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_the_first_letter_s_code_tells_a_capital_as_isupper_does() -> None:
    assert [c for c in _EVERY if _first_upper(c) != c.isupper()] == []
    assert [c for c in _EVERY if _first_lower(c) != c.islower()] == []
    assert _first_upper("Đà")
    assert not _first_upper("đà")
    assert not _first_upper("1A")
    assert _first_lower("đà")
    assert not _first_lower("Đà")


def test_the_uncased_capitals_by_their_codes_are_those_of_the_pattern() -> None:
    by_code = [c for c in _EVERY if _uncased_capital(c, 0, 1)]
    assert by_code == _UNCASED_CAPITALS.findall(_EVERY)


@given(
    st.text(
        st.sampled_from(list("aA đ\u03d1\u03d2\u03d4\u03d5ℍ\u2150𝐀\U0001d7ff\U0001f130")),
        max_size=12,
    ),
    st.data(),
)
@example("đ ℍ", None)
@example("Giá 𝐀", None)
def test_uncased_capitals_in_a_part(text: str, data: st.DataObject | None) -> None:
    spans = [(0, len(text))]
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        spans.append((start, data.draw(st.integers(start, len(text)))))
    for start, end in spans:
        found = _UNCASED_CAPITALS.search(text, start, end) is not None
        assert _uncased_capital(text, start, end) is found


@given(st.text(st.sampled_from(list("aAđ .ℍ𝐀Σİ")), max_size=16), st.data())
@example("Giá tăng ℍ.", None)
@example("Giá tăng.", None)
def test_may_name_at_either_way(text: str, data: st.DataObject | None) -> None:
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    low = text.lower() if len(text.lower()) == len(text) else None
    assert _either_way(_sentences, lambda: may_name_at(text, low, start, end)) is not None


def _either_way(module: ModuleType, run: Callable[[], T]) -> T:
    """What ``run`` gives with ``module`` read as interpreted and as compiled, which must be
    the same (an interpreted module reads its switch when called; a compiled one has its
    value built in, and then gives the same twice)."""
    saved = module._COMPILED
    answers = []
    try:
        for compiled in (False, True):
            vars(module)["_COMPILED"] = compiled
            answers.append(run())
    finally:
        vars(module)["_COMPILED"] = saved
    assert answers[0] == answers[1]
    return answers[0]


def test_the_tagger_s_lower_case_look_by_code_is_islower_in_ascii() -> None:
    for code in range(128):
        c = chr(code)
        assert (97 <= code <= 122) is c.islower()


_WORDS = st.lists(
    st.sampled_from(
        [
            "Ông", "ông", "Lê", "Văn", "Tám", "đến", ",", ".", "Chủ", "tịch", "UBND", "tỉnh",
            "bà", "Lan", "các", "cầu", "thủ", "Nguyễn", "Park", "Hang-seo", "anh", "tuổi",
            "30", "(", ")", "đội", "Hà", "Nội", "BS.CK2", "Ursula", "von", "der", "Leyen",
            "du", "khách", "Đà", "đà", "-", "Kim", "So", "Yeon", "phó", "giám", "đốc",
        ]
    ),
    max_size=20,
)  # fmt: skip


@given(_WORDS, st.lists(st.integers(0, 20), max_size=4), st.booleans())
@example(["Ông", "Lê", "Văn", "."], [4], False)
@example([], [], False)
def test_the_screen_s_look_ups_either_way(words: list[str], cuts: list[int], sport: bool) -> None:
    keys = fold_keys(words)
    ends = sorted({min(c, len(words)) for c in cuts} | {len(words)})
    dotted = set(range(len(ends)))
    _either_way(_marks, lambda: marked(words, keys, ends, lambda: sport, dotted))


@given(_WORDS)
@example(["Đà", "đà", "Ông"])
def test_a_doc_s_names_either_way(words: list[str]) -> None:
    text = " ".join(words)

    def read() -> tuple[list[bool], list[tuple[int, int]]]:
        doc = Doc(text)
        return doc.names, doc.runs()

    _either_way(_doc, read)


def _syllable_by_normalisation(text: str) -> bool:
    """is_vietnamese_syllable as it read every word: the tones taken off the decomposed word
    by a translation table."""
    bare = unicodedata.normalize("NFD", text.lower()).translate(_TONES)
    return bool(_SYLLABLE.fullmatch(unicodedata.normalize("NFC", bare)))


@given(
    st.text(
        st.sampled_from(
            list("abcdghnkqtuyoâăđơưNGUYỄNKKặỗ\u0301\u0300\u0303\u0309\u0323\u0306ÅIİ")
        ),
        max_size=6,
    )
)
@example("K")  # the Kelvin sign: lowers to an ASCII "k"
@example("Shinzo")
@example("Nguyễn")
@example("")
def test_a_syllable_in_ascii_is_read_as_it_stands(text: str) -> None:
    assert is_vietnamese_syllable(text) is _syllable_by_normalisation(text)


_SPORT_TEXT = st.lists(
    st.sampled_from([*_SPORT_PHRASES, "ư", "ơ", "đ", "ghi", "bàn", "cup", " ", "x", "à", "\n"]),
    max_size=8,
).map("".join)


@given(_SPORT_TEXT)
@example("ơ ghi bàn")  # Vietnamese: every phrase looked for at once
@example("ư xghi bàn")
@example("ghi bàn")  # no Vietnamese letter: the rarest letter looked for first
@example("the aff cup")
@example("")
def test_the_sport_question_either_way_of_looking(low: str) -> None:
    plain = any(p in low for p in _SPORT_PHRASES) and _SPORT_CUES.search(low) is not None
    assert sport_lowered(low) is plain
