"""The credit look's shortcut keeps every caption the credit expression finds a credit
in, for any text."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.html import _credit_marks
from vn_newsdoc.vi._wordlists import read_words

_CREDIT_WORDS = sorted(read_words("html_credit_words.tsv"))


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.tuples(*(st.sampled_from([c, c.upper()]) for c in word)).map("".join)


_CAPTIONS = st.lists(
    st.one_of(
        st.sampled_from([*_CREDIT_WORDS, "Hà Nội", "TTXVN", "Võ Hải", "x", "ảnh", "xẢnh"]).flatmap(
            _cased
        ),
        st.sampled_from([":", "–", "—", "-", "©", "(", ")", ".", ",", ";", " ", "  ", "\u00a0"]),
        st.sampled_from(["\u0130", "\u0131", "\u017f", "_", "2"]),
        st.characters(),
    ),
    max_size=14,
).map("".join)


@given(_CAPTIONS)
@example("Mặt bia mộ ghi tên các liệt sĩ. Ảnh: Võ Hải.")
@example("Nhà thờ Lớn về đêm. (Ảnh: TTXVN)")
@example("Đồi chè. Nguồn ảnh - Ngọc Thành")
@example("Đồi chè. Ảnh minh hoạ : Lan")
@example("Đồi chè © Reuters")
@example("Đồi chè. xẢnh: Lan")
@example("Đồi chè. \u0130MAGE: Lan")
@example("Đồi chè. PHOTO\u017f: Lan")
@example("Hôm nay 10:03 - mưa")
def test_credit_marked_keeps_every_caption_the_expression_finds_a_credit_in(
    caption: str,
) -> None:
    if _credit_marks.CREDIT_RE.search(caption) is not None:
        assert _credit_marks.credit_marked(caption)


def test_credit_folds_are_all_the_expression_takes_for_another_letter() -> None:
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    for letter in set("".join(word.lower() for word in _CREDIT_WORDS)):
        for char in re.findall(re.escape(letter), every, re.IGNORECASE):
            if char.lower() != letter:
                assert char in _credit_marks.CREDIT_FOLDS, (letter, char)


def test_credit_words_end_with_a_word_character() -> None:
    for word in _CREDIT_WORDS:
        assert re.search(r"\w$", word)
