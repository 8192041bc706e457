"""The people finder reads a run of sentences given by its words as it reads the same run
given by its tokens.

A :class:`~vn_newsdoc.vi.people._doc.Doc` made from the words and keys of a part of a
clean text (:func:`~vn_newsdoc.vi.people._doc.read_part`) places its tokens only when
something asks for their offsets; its tags, names, tokens and mentions are checked
against those of the same part tokenised whole, on any text.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from strategies import text_parts
from vn_newsdoc.text import clean
from vn_newsdoc.vi.people._doc import Doc, read_part
from vn_newsdoc.vi.people._mentions import find_mentions
from vn_newsdoc.vi.people._tokens import fold_keys, offsets, tokens_in, words_in

# Words of the lists (titles, forms of address, family names, places, abbreviations that
# take a dot of their own), capitals, initials, glued abbreviations and the marks the
# readers look at.
_WORDS = st.sampled_from(
    [
        "Ông", "bà", "anh", "Chủ", "tịch", "UBND", "tỉnh", "CT.", "CT", "Hội", "CT.Hội",
        "PGS.TS", "BS.CK2", "GS-TS", "Nguyễn", "Văn", "Tám", "Lê", "Thị", "Hoa", "Kim",
        "Sa-myeong", "J.D.", "J", "W", "Bush", "George", "Vance", "von", "der", "Leyen",
        "Ursula", "Mỹ", "Hàn", "Anh", "Thư", "Hà", "Nội", "đường", "quận", "P12", "tuổi",
        "27", "và", "của", "Giám", "đốc", "Sở", "Bộ", "trưởng", "nguyên", "Nguyên",
        "cho", "biết", "Ảnh", "Thủ", "tướng", "Abe", "N.N.L", "HĐND", "(", ")", ",", ".",
        ":", "-", "–", "İzmir", "ΣΑ", "Ⓐb", "x",
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", ""])


def _parts() -> st.SearchStrategy[tuple[str, int, int]]:
    """A clean text of listed words and marks, and where a part of it starts and ends."""
    return text_parts(_WORDS, _SEPARATORS, max_pieces=24)


def _reading(doc: Doc) -> tuple[object, ...]:
    return (doc.words, doc.keys, doc.tags, doc.names, doc.runs(), find_mentions(doc))


@given(_parts())
@example(("Ông CT.Hội Lê Văn Tám đến.", 0, 25))  # a glued abbreviation: split in tokens
@example(("George W. Bush và J.D. Vance", 0, 27))  # initials glued to their full stops
@example(("CT. hội CCB tỉnh", 0, 16))  # an abbreviation's own dot
@example(("Ông A. Bà CT.Hội đến", 7, 20))  # a part that starts inside the text
@example(("", 0, 0))
def test_a_part_given_by_its_words_reads_as_its_tokens(part: tuple[str, int, int]) -> None:
    text, start, end = part
    words = words_in(text, start, end)
    if not words:
        return
    keys = fold_keys(words)
    toks = tokens_in(text, start, end, words, keys)
    by_tokens = Doc(text, tokens=toks)
    by_words = read_part(text, start, end, words, keys)
    assert _reading(by_words) == _reading(by_tokens)
    assert by_words.toks == toks
    assert all(
        by_words.glued_to_previous(i) == by_tokens.glued_to_previous(i)
        for i in range(1, by_words.n)
    )


@given(_parts())
@example(("Ông Lê Văn, đến", 4, 15))
def test_words_are_placed_where_their_tokens_stand(part: tuple[str, int, int]) -> None:
    text, start, end = part
    if _has_glued(text, start, end):
        return  # their tokens split a glued abbreviation: not placed by their words
    words = words_in(text, start, end)
    toks = tokens_in(text, start, end, words)
    assert offsets(text, start, words) == ([t.start for t in toks], [t.end for t in toks])


def _has_glued(text: str, start: int, end: int) -> bool:
    return len(tokens_in(text, start, end)) != len(words_in(text, start, end))


@given(st.text(st.sampled_from(list("Aaz09 ,.-()Ⓐ")), max_size=30))
def test_a_word_is_a_token_that_starts_with_a_letter_or_digit(text: str) -> None:
    text = clean(text)
    doc = Doc(text)
    assert [doc.is_word(i) for i in range(doc.n)] == [t.word for t in doc.toks]
