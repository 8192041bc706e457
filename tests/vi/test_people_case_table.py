"""Whether a word is capitalised, worked out from a table of what each character is (the
compiled build's way), is what the string methods tell, on any word: the table holds the
methods' answers for every character below U+2000, and a word with a character past it
is left to the methods."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people import _tokens
from vn_newsdoc.vi.people._cases import (
    _ALPHA,
    _CASES,
    _DIGIT,
    _LOWER,
    _UPPER,
    _capitalised_by_codes,
)
from vn_newsdoc.vi.people._tokens import is_capitalised


def test_the_table_holds_the_methods_answers() -> None:
    for code, bits in enumerate(_CASES):
        c = chr(code)
        assert bool(bits & _UPPER) is c.isupper(), c
        assert bool(bits & _LOWER) is c.islower(), c
        assert bool(bits & _ALPHA) is c.isalpha(), c
        assert bool(bits & _DIGIT) is c.isdigit(), c


# Capitals and small letters (Latin, Vietnamese, Greek), a titlecase letter, digits and
# other numbers, marks, and characters past the table.
_WORD = st.text(st.sampled_from(list("AaĐđỆệΣσǅ09²½.-’&_ Ⅻⅻ中𝐀")), max_size=8)


@given(_WORD)
@example("Hà")
@example("UBND")
@example("A")
@example("A1")
@example("Đ.")
@example("ǅa")
@example("AⅫ")
@example("")
def test_capitalised_either_way(word: str) -> None:
    saved = vars(_tokens)["_COMPILED"]
    answers = []
    try:
        for compiled in (False, True):
            vars(_tokens)["_COMPILED"] = compiled
            answers.append(is_capitalised(word))
    finally:
        vars(_tokens)["_COMPILED"] = saved
    assert answers[0] is answers[1]
    # Worked out from the table, or (only with a character past it) left to the methods.
    by_codes = _capitalised_by_codes(word)
    assert by_codes == int(answers[0]) or (
        by_codes == 2 and any(ord(c) >= len(_CASES) for c in word)
    )
