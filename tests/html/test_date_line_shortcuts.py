"""The date line test's shortcut: the words of a line, looked up in a set, tell a line of
text as the expressions would, for any text."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.html._thresholds import DATE_LINE_NUMBERS
from vn_newsdoc.html.body import _datelines


def _by_expressions(text: str) -> bool:
    """:func:`_datelines.is_date_line` as the expressions alone say it."""
    if (
        len(text) > _datelines._DATE_LINE_MAX
        or len(_datelines._DIGITS_RE.findall(text)) < DATE_LINE_NUMBERS
    ):
        return False
    if _datelines._SHAPE_RE.search(text) is None:
        return False
    rest = _datelines._DATE_WORDS_RE.sub(" ", text)
    return len(_datelines._LETTER_RE.findall(rest)) <= 1


_WORDS = [*sorted(_datelines._DATE_RUNS), "Hà", "Nội", "mưa", "x", "AB", "GMT+7", "a.m.", "p.m"]


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.tuples(*(st.sampled_from([c, c.upper(), c.title()]) for c in word)).map("".join)


_LINES = st.lists(
    st.one_of(
        st.sampled_from(_WORDS).flatmap(_cased),
        st.sampled_from(["12", "25/12/2012", "10:03", "10h03", "31.10.", "2", "-", ",", " ", "  "]),
        st.sampled_from([" ", "\u00a0", "\t", ".", "(", ")", "|", "_", "²", "\u0301"]),
        st.sampled_from(["\u0130", "\u0131", "\u017f", "\u212a", "\u03c3", "\u03a3"]),
        st.characters(),
    ),
    max_size=16,
).map("".join)


@given(_LINES)
@example("Thứ Ba, 25/12/2012 - 10:03")
@example("Di, 10:19 Uhr")
@example("25 December 2012 Last updated at 07:22 GMT")
@example("Cập nhật lúc 10:03 sáng 25/12")
@example("Ngày 25/12, trời mưa to ở Hà Nội.")
@example("10:03 AM 25/12 x")  # one letter left: a date line still
@example("10:03 AM 25/12 xy")
@example("10:03 a.m. 25/12")
@example("10:03 ABCDE 25/12")
@example("10:03 ICT 25/12")
@example("\u017fáng 10:03 25/12")  # long s: the expression takes it for s
@example("\u0130 10:03 25/12")
@example("mis à jour le 25/12 à 10:03")
@example("25/12 10:03 12h")
@example("25/12 10:03 ²x")
def test_is_date_line_is_the_expressions(text: str) -> None:
    assert _datelines.is_date_line(text) is _by_expressions(text)


@given(_LINES)
def test_a_date_word_takes_whole_runs_of_the_set(text: str) -> None:
    # What the shortcut rests on: each match takes whole runs of word characters, each a
    # run of _DATE_RUNS in lower case or of two to four capitals.
    for match in _datelines._DATE_WORDS_RE.finditer(text):
        start, end = match.span()
        assert start == 0 or not re.match(r"\w", text[start - 1])
        assert end == len(text) or not (
            re.match(r"\w", text[end - 1]) and re.match(r"\w", text[end])
        )
        for run in re.findall(r"\w+", match.group()):
            if _datelines._CASE_FOLDS_RE.search(run) is None:
                assert run.lower() in _datelines._DATE_RUNS or re.fullmatch("[A-Z]{2,4}", run)


def test_the_names_start_and_end_with_word_characters() -> None:
    for name, _ in _datelines._NAMES:
        assert re.match(r"\w", name)
        assert re.search(r"\w$", name)


def test_case_folds_are_all_the_expression_takes_for_another_letter() -> None:
    # Every character that a letter of the date words matches case-blind while its lower
    # case is another is one the shortcut leaves to the expression.
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    for letter in set("".join(_datelines._DATE_RUNS)):
        for char in re.findall(re.escape(letter), every, re.IGNORECASE):
            if char.lower() != letter:
                assert _datelines._CASE_FOLDS_RE.search(char), (letter, char)
