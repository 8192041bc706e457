"""The screen's look at each sentence's keys one by one, as far as the first word found to
mark a person (the compiled build's way), holds the same sentences as its look at all
the keys looked up at once (the interpreted way, the general path), on any words: the
words after that first one change nothing, and a title glued to more (``BS.CK2``) is
looked for the same way, told only whether a word of the sentence is a title. A pair of
keys is looked up only for a word whose class says it starts one.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people._screen import _marks, glued_title
from vn_newsdoc.vi.people._screen._marks import _glued_title_of, _marked_each, marked
from vn_newsdoc.vi.people._screen._tables import _CLASSES, _MARK_PAIRS, _PAIR_FIRSTS, _TITLE
from vn_newsdoc.vi.people._tokens import fold_keys

# Words that mark a person (titles, forms of address, name cues, appositive heads, the
# first words of longer phrases, family and given names, an age) in either case, titles
# glued to more, numbers, capitals, separators, and marks.
_WORD = st.sampled_from(
    [
        "Ông", "ông", "bà", "Lê", "Văn", "Tám", "Lộc", "đến", "cho", "biết", "Chủ", "tịch",
        "chủ", "UBND", "tỉnh", "phó", "giám", "đốc", "các", "cầu", "thủ", "có", "tên", "du",
        "khách", "Hà", "Nội", "tuổi", "BS.CK2", "PGS.TS", "gs-ts", "bs", "30.000", "e-mail",
        "Park", "Hang-seo", "Kim", "So", "Yeon", "Im", "A", "Ursula", "von", "der", "Leyen",
        "Nguyễn", "Xuân", "từ", "Từ", "chuyên", "gia", "Kyle", "Brown", ",", ".", "-", "–",
        "(", ")", ":", "giá", "tăng", "x", "1",
    ]
)  # fmt: skip


def _general(
    words: list[str], keys: list[str], ends: list[int], sport: bool, dotted: set[int]
) -> list[bool]:
    """The screen as the interpreted build looks: every key looked up at once."""
    saved = vars(_marks)["_COMPILED"]
    vars(_marks)["_COMPILED"] = False
    try:
        return marked(words, keys, ends, lambda: sport, dotted)
    finally:
        vars(_marks)["_COMPILED"] = saved


@given(
    st.lists(_WORD, max_size=30),
    st.lists(st.integers(0, 30), max_size=5),
    st.booleans(),
    st.sets(st.integers(0, 5)),
)
@example(["Ông", "Lộc", "đến", "bà", "Lan"], [], False, set())  # found at once
@example(["giá", "tăng", ",", "Ông", "Lộc"], [2], False, set())  # in the second
@example(["các", "cầu", "thủ", "Lê", "Văn"], [], False, set())  # a pair
@example(["BS.CK2", "Lê", "30.000"], [], False, {0})  # a glued title
@example(["bs", "30.000", "gs-ts"], [1], False, {0, 1})  # a title, and one glued
@example(["Hà", "Nội", "giá", "tăng"], [2], True, set())  # two capitals in a sport report
@example(["Kyle", "Brown", "-", "chuyên", "gia"], [], False, set())  # an appositive after
@example(["Im", "A", ".", "Yoon"], [], False, set())
@example([], [], True, {0})
def test_the_screen_word_by_word_holds_what_it_holds_all_at_once(
    words: list[str], cuts: list[int], sport: bool, dotted: set[int]
) -> None:
    keys = fold_keys(words)
    ends = sorted({min(c, len(words)) for c in cuts} | {len(words)})
    by_general = _general(words, keys, ends, sport, dotted)
    assert _marked_each(words, keys, ends, lambda: sport, dotted) == by_general


@given(st.lists(_WORD, max_size=12))
@example(["BS.CK2"])
@example(["bs", "30.000"])
@example(["30.000", "đồng"])
@example(["tuổi", "e-mail"])
def test_a_glued_title_told_whether_a_word_is_a_title_is_found_as_by_all(
    words: list[str],
) -> None:
    keys = fold_keys(words)
    titled = any((_CLASSES.get(key) or 0) & _TITLE for key in keys)
    assert _glued_title_of(keys, titled=titled) is glued_title(keys)


def test_the_first_key_of_every_pair_that_marks_says_so() -> None:
    assert all(_CLASSES[first] & _PAIR_FIRSTS for first, _ in _MARK_PAIRS)
