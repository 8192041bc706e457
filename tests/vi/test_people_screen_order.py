"""The people screen's looks for glued words, taken only where they can matter, give what
they give everywhere.

A title glued to more (``BS.CK2``) is looked for only in a sentence no word marks
already; a glued abbreviation (``CT.Hội``) only in a sentence with a dot or hyphen before
a character (one found ``dotted``), not in each whole text first.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.text import clean
from vn_newsdoc.vi.people._scan import _dotted
from vn_newsdoc.vi.people._screen import glued, glued_title, marked
from vn_newsdoc.vi.people._tokens import fold_keys, words_in

# Letters, digits, dots and hyphens where they glue words or not, white space, marks.
_TEXT = st.text(st.sampled_from(list("aAĐđ09 .-_,;!?\n\u00a0")), max_size=30)

# Words that mark something, titles that glue to more, numbers, capitals, and marks.
_WORD = st.sampled_from(
    ["ông", "Ông", "Lộc", "Lan", "bs", "BS.CK2", "PGS.TS", "gs-ts", "30.000", "e-mail",
     "tuổi", "Nguyễn", "Văn", "A", "giá", "tăng", ",", "-", "(", ")", "Hà", "Nội", "các",
     "có", "tên", "CT.Hội", "TP.HCM", "Park", "Hang-seo"]
)  # fmt: skip


@given(_TEXT, st.integers(0, 32), st.integers(0, 32))
@example("CT.Hội", 0, 6)
@example("CT.H", 0, 4)
@example("CT.H", 0, 3)  # the letter after the dot left out of the part
@example("a.B", 1, 3)  # the word before the dot left out of the part
@example("30.000 đ", 0, 8)
def test_a_glued_abbreviation_stands_only_in_a_dotted_sentence(
    raw: str, start: int, end: int
) -> None:
    text = clean(raw)
    end = min(end, len(text))
    start = min(start, end)
    if start < end and glued(text, start, end):
        assert _dotted(text, start, end)


@given(st.lists(st.lists(_WORD, max_size=8), max_size=5))
@example([["BS.CK2", "Lộc"], ["30.000", "ông", "Lan"]])
@example([["ông", "Lộc", "BS.CK2"], ["gs-ts", "Hà", "Nội"]])
@example([["30.000", "giá", "tăng"], []])
def test_a_glued_title_is_found_where_no_word_marks_as_first_looked_for(
    sentences: list[list[str]],
) -> None:
    # The screen of the sentences, each told it may hold a dotted word, holds a sentence
    # exactly where the screen told none does, or the keys hold a glued title.
    words: list[str] = []
    ends: list[int] = []
    for sentence in sentences:
        text = " ".join(sentence)
        words += words_in(text, 0, len(text))
        ends.append(len(words))
    keys = fold_keys(words)
    never = lambda: False  # noqa: E731
    held = marked(words, keys, ends, never, set(range(len(ends))))
    plain = marked(words, keys, ends, never, ())
    starts = [0, *ends]
    assert held == [plain[k] or glued_title(keys[starts[k] : ends[k]]) for k in range(len(ends))]
