"""The words of a sentence keyed from their text's lower case (the compiled build's way)
are those the pattern gives, with the keys each word has alone, on any text.

A word's key is the word itself where no character of it changes in lower case and no
tone may move in it, or else its place in the text's lower case, or the word keyed alone
where a tone may move: each is checked against :func:`token_key` of every word, over
random text of capitals, toned vowels before the letters a tone moves onto, marks, digits
and white space, and over every character the lower case of a text must hold in place
(no character lowers to nothing, only a space lowers to a space). The reading of an
article's sentences is the same either way.
"""

from __future__ import annotations

import sys

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people import _scan
from vn_newsdoc.vi.people._keyed import _TONED_CODES, in_place, words_keys_in
from vn_newsdoc.vi.people._scan import docs
from vn_newsdoc.vi.people._tokens import _SECONDS, _TONED, WORD, keyed, token_key, words_in

# Capitals and small letters, toned vowels (in both cases) and the letters a tone moves
# onto, digits, the marks inside and after words, white space, and characters whose lower
# case is longer (İ) or depends on their place (Σ), and letters and numbers past U+2000.
_ALPHABET = st.sampled_from(
    list("aAeEyYoOuUbB09 _&’'-./,;:!?)(\"“…\n\t\u00a0òóõùúũọỏụủÒÓÕÙÚŨỌỎỤỦĐđệẮİΣσK中ǅⅫ²")
)
_TEXT = st.text(_ALPHABET, max_size=40)


def test_every_character_lowers_to_one_or_more_and_only_a_space_to_a_space() -> None:
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        low = c.lower()
        assert low, c
        assert (low == " ") is (c == " "), c


def test_the_table_of_toned_vowels_and_the_letters_after_them() -> None:
    assert [chr(c) for c, on in enumerate(_TONED_CODES) if on] == sorted(_TONED)
    assert _SECONDS == "aey"  # what the look at the letter after a toned vowel compares


@given(_TEXT, st.integers(0, 45), st.integers(0, 45))
@example("Hòa HÒA hòa, thủy THỦY khỏe", 0, 27)
@example("hòa2 hòab hòa-bình hoà", 0, 22)
@example("Ông Lê-Văn A, (TP.HCM) hòa.", 0, 27)
@example("  a  b ", 0, 7)
@example("KELVIN K", 0, 8)
@example("(Hòa)\tHÒA. “THỦY”, (ÔNG)", 0, 26)
@example("x\u00a0HÒA", 0, 5)
def test_words_keyed_in_place_are_the_pattern_s_words_keyed_alone(
    text: str, start: int, end: int
) -> None:
    low = text.lower()
    if not in_place(text, low):
        assert len(low) != len(text) or "Σ" in text
        return
    words: list[str] = []
    keys: list[str] = []
    words_keys_in(text, low, start, end, words=words, keys=keys)
    assert words == WORD.findall(text, start, end) == words_in(text, start, end)
    assert keys == [token_key(w) for w in words]
    assert keys == keyed(words)[0] or not keyed(words)[1]


@given(st.lists(_TEXT, max_size=4), st.booleans())
@example(["Ông Lê Văn Hòa đến. Bà THỦY về.", "Giá tăng. Anh Nam về."], False)
@example(["İzmir: ông Lê Văn Tám đến.", "Ông Σάββας đến."], False)
@example(["Công Phượng ghi bàn. Văn Quyết vào thay."], True)
def test_an_article_s_sentences_are_read_alike_either_way(texts: list[str], sport: bool) -> None:
    def read() -> list[tuple[object, ...]]:
        return [(d.text, d.words, d.keys, d.tags) for d in docs(texts, lambda: sport)]

    saved = vars(_scan)["_COMPILED"]
    answers = []
    try:
        for compiled in (False, True):
            vars(_scan)["_COMPILED"] = compiled
            answers.append(read())
    finally:
        vars(_scan)["_COMPILED"] = saved
    assert answers[0] == answers[1]
