"""A piece of a text between spaces that holds marks (``30.000``, ``(TP.HCM),``, ``“Ông``)
is split into the pattern's words by a walk over its characters, with no call of the
pattern, wherever it holds no white space, ``_``, ``&`` or control character; the words
and their keys are those the pattern and :func:`token_key` give, on any such piece, and
the pieces with one of those characters are still left to the pattern.
"""

from __future__ import annotations

import sys

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people._keyed import _plain_marks, _split, in_place, words_keys_in
from vn_newsdoc.vi.people._tokens import WORD, token_key

# Letters and digits of several scripts (in both cases, toned, numbers that are no
# decimal digits), every mark that joins words in the pattern, those that end words or
# stand alone, and characters past U+2000.
_PLAIN = st.sampled_from(
    list("aAzZ09òÒọỌĐđệẮK中ǅⅫ²٣’'-./,;:!?)(\"“”‘…–—%+*#@$€<>|~`°\u2019\u2044\u00bd")
)
# And those the walk leaves to the pattern.
_ODD = st.sampled_from(list("_&\t\n\x1c\x00\x7f\u00a0\u2028\u3000\u0085"))


@given(st.text(_PLAIN, min_size=1, max_size=16))
@example("30.000")
@example("(TP.HCM),")
@example("“Ông")
@example("a.-b")
@example("a..b")
@example("a.")
@example(".a")
@example("-a-")
@example("a/b/c-d.")
@example("K’Choi")
@example("a'.b")
@example("Ⅻ.a²")
@example("”.")
def test_a_piece_of_plain_marks_is_split_as_the_pattern_splits_it(piece: str) -> None:
    text = f"x {piece} y"
    low = text.lower()
    if not in_place(text, low):
        return
    start, end = 2, 2 + len(piece)
    assert _plain_marks(text, start, end)
    words: list[str] = []
    keys: list[str] = []
    _split(text, low, start, end, words=words, keys=keys)
    assert words == WORD.findall(text, start, end)
    assert keys == [token_key(w) for w in words]


@given(st.text(_PLAIN, max_size=8), _ODD, st.text(_PLAIN, max_size=8))
@example("a", "_", "b")
@example("a", "&", "b")
@example("(", "\u00a0", "Ông")
def test_a_piece_with_white_space_an_underscore_or_an_ampersand_is_left_to_the_pattern(
    before: str, odd: str, after: str
) -> None:
    text = before + odd + after
    assert not _plain_marks(text, 0, len(text))
    low = text.lower()
    if not in_place(text, low):
        return
    words: list[str] = []
    keys: list[str] = []
    words_keys_in(text, low, 0, len(text), words=words, keys=keys)
    assert words == WORD.findall(text)
    assert keys == [token_key(w) for w in words]


def test_the_walk_s_characters_are_the_pattern_s() -> None:
    # Outside white space, "_" and "&", a character is a word's or stands alone exactly
    # as it is a letter or digit or not; and the joining marks are the pattern's.
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        if c.isspace() or c in "_&":
            assert not _plain_marks(c, 0, 1)
            continue
        assert WORD.fullmatch(c) is not None
        if c.isalnum():
            assert WORD.fullmatch(f"{c}{c}") is not None
        else:
            assert WORD.findall(f"{c}{c}") == [c, c]
    joiners = [c for c in "’'-./,;:()\"“…–%" if WORD.fullmatch(f"a{c}a")]
    assert joiners == list("’'-./")
