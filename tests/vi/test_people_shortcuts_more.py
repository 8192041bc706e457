"""More of the people finder's shortcuts, each checked against the general path it
stands for, on any text.

A part of a text whose tokens no glued abbreviation splits is read on its words, with no
token made unless asked for, even when it holds a dot between word characters (a number,
``TP.HCM``). The tone moves are found by the classes of their two letters, not by an
alternation of the pairs. The tagger looks for no word with a dot or hyphen before more of
it in a run of sentences none of which is found dotted. A part read on its words places
its tokens only as far as they are asked for, in any order.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from strategies import text_parts
from vn_newsdoc.vi.people._doc import Doc, read_part
from vn_newsdoc.vi.people._mentions import find_mentions
from vn_newsdoc.vi.people._scan import _dotted
from vn_newsdoc.vi.people._tagger import _JOINED, tag
from vn_newsdoc.vi.people._tokens import (
    _MOVES,
    _OLD_TONE,
    Token,
    fold_keys,
    may_split,
    splits,
    tokens_in,
    words_in,
)

# Words with dots inside that split or do not (numbers, abbreviations of capitals alone,
# glued abbreviations, initials), words of the lists, capitals, and marks.
_WORDS = st.sampled_from(
    [
        "30.000", "6.4.2012", "TP.HCM", "TP.Hà", "CT.Hội", "CT.", "PGS.TS", "BS.CK2",
        "J.D.", "A&.Bc", "Ab.Cd", "ABCDE.Fg", "A.b", "X.Yz.W", "Ông", "bà", "Chủ", "tịch",
        "UBND", "Nguyễn", "Văn", "Tám", "Lê", "Hội", "đến", "Hà", "Nội", "(", ")", ",",
        ".", "-", "İzmir", "ΣΑ", "x",
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", ""])


def _parts() -> st.SearchStrategy[tuple[str, int, int]]:
    """A clean text of such words and marks, and where a part of it starts and ends."""
    return text_parts(_WORDS, _SEPARATORS, max_pieces=16)


def _reading(doc: Doc) -> tuple[object, ...]:
    return (doc.words, doc.keys, doc.tags, doc.names, doc.runs(), find_mentions(doc))


def _words_and_tokens(
    part: tuple[str, int, int],
) -> tuple[list[str], list[str], list[Token]] | None:
    """A part's words, their keys and its tokens (``None`` for a part without words)."""
    text, start, end = part
    words = words_in(text, start, end)
    if not words:
        return None
    keys = fold_keys(words)
    return words, keys, tokens_in(text, start, end, words, keys)


@given(_parts())
@example(("Giá 30.000 đồng ở TP.HCM", 0, 24))  # dots no token splits
@example(("Ông CT.Hội đến", 0, 14))  # a glued abbreviation
@example(("A&.Bc đến", 0, 9))  # a word the tokens do not split
@example(("Ông TP.HCM, CT.Hội", 4, 18))
def test_a_part_no_token_splits_is_read_on_its_words(part: tuple[str, int, int]) -> None:
    read = _words_and_tokens(part)
    if read is None:
        return
    words, keys, toks = read
    text, start, end = part
    # The look at the words tells exactly where the tokens are not the words.
    assert (may_split(text, start, end) and splits(words)) == (len(toks) != len(words))
    by_words = read_part(text, start, end, words, keys)
    by_tokens = Doc(text, tokens=toks)
    assert _reading(by_words) == _reading(by_tokens)
    assert by_words.toks == toks
    assert all(
        by_words.glued_to_previous(i) == by_tokens.glued_to_previous(i)
        for i in range(1, by_words.n)
    )


# The pairs of the tone moves, as an alternation (what _OLD_TONE stands for).
_PAIRS = re.compile(f"(?:{'|'.join(_MOVES)})(?![^\\W\\d_])")


def test_the_tone_classes_hold_exactly_the_pairs_moved() -> None:
    firsts, seconds = re.findall(r"\[([^]]*)\]", _OLD_TONE.pattern)[:2]
    assert {a + b for a in firsts for b in seconds} == set(_MOVES)


@given(st.text(st.sampled_from(list("oOuUaAeEyY òóõỏọùúũủụÒỦ_9xđ.-")), max_size=30))
@example("hòa thủy khỏe")
@example("hòay hòa_ hòa9 hòa-b òòa")
def test_tone_moves_are_found_where_the_pairs_are(text: str) -> None:
    assert [m.span() for m in _OLD_TONE.finditer(text)] == [m.span() for m in _PAIRS.finditer(text)]


@given(_parts())
@example(("Ông BS.CK2 Lê đến.", 0, 18))
@example(("Giá 30.000 đồng. GS-TS Lê", 0, 16))
@example(("Ông A.-B", 0, 8))
@example(("Ông A. B", 0, 8))
@example(("Ông CT.Hội đến", 0, 14))
@example(("Ông CT. Hội đến. Bà", 0, 19))
def test_a_part_not_dotted_holds_no_word_joined_by_a_dot_or_hyphen(
    part: tuple[str, int, int],
) -> None:
    text, start, end = part
    words = words_in(text, start, end)
    keys = fold_keys(words)
    if not _dotted(text, start, end):
        assert not any(_JOINED(word) for word in words)
        assert tag(words, keys, bool, joined=False) == tag(words, keys, bool)
        # Nor a word a token splits (CT.Hội): read_part does not look for one.
        assert not may_split(text, start, end)
        assert not splits(words)
        if words:
            by_words = read_part(text, start, end, words, keys, joined=False)
            assert by_words.toks == read_part(text, start, end, words, keys).toks


@given(_parts(), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6))
@example(("Ông Lê Văn Tám đến.", 0, 19), [(3, 3), (0, 1), (4, 5)])
def test_tokens_placed_as_far_as_asked_are_placed_as_all_at_once(
    part: tuple[str, int, int], asked: list[tuple[int, int]]
) -> None:
    read = _words_and_tokens(part)
    if read is None:
        return
    words, keys, toks = read
    text, start, end = part
    doc = read_part(text, start, end, words, keys)
    n = len(toks)
    for x, y in asked:
        b = max(x, y) % n
        a = min(min(x, y) % n, b)
        assert doc.span(a, b) == (toks[a].start, toks[b].end)
        if b:
            assert doc.glued_to_previous(b) == (toks[b].start == toks[b - 1].end)
    assert doc.toks == toks
