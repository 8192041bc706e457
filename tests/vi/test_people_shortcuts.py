"""The people finder's plain looks give what the patterns they stand in for give.

Each shortcut (texts known to be clean not cleaned again, words split at spaces, tokens
placed by a walk over their words, words joined by a dot or hyphen looked for only where
one stands before a character, a sentence's first word taken up to a space, sentence
cuts found mark by mark, a title glued to more looked for in the words that are not
letters and digits alone, the sport cues looked for by their rarest letter first, the tone
moves skipped in a text with no toned "o" or "u") is checked against the pattern that
defines it, on any text.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from vn_newsdoc.text import clean
from vn_newsdoc.vi.people import find_people
from vn_newsdoc.vi.people._find import find_people_in
from vn_newsdoc.vi.people._lexicon import _SPORT_CUES, _SPORT_PHRASES, sport_lowered
from vn_newsdoc.vi.people._scan import _dotted, _named, _plain, _quiet_texts, _Spaced
from vn_newsdoc.vi.people._screen import (
    _CLASSES,
    _JOINED,
    _PARTS,
    _TITLES,
    _glued_title_in,
    glued,
    glued_title,
    marking_runs,
    may_hold_person,
    quiet,
    quiet_among,
    spaced,
)
from vn_newsdoc.vi.people._sentences import _UNCASED_CAPITALS, _cuts, may_name_at, spans
from vn_newsdoc.vi.people._tokens import (
    _MOVES,
    _OLD_TONE,
    WORD,
    fold_keys,
    fold_text,
    tokens_in,
    words_in,
)

# Letters, digits, the marks a word may hold inside, those that end a word or a sentence,
# every kind of white space the patterns tell apart, and toned vowels.
_ALPHABET = st.sampled_from(list("aAzZ09 _&’'-./,;:!?)(\"“…\n\t\u00a0\u2028\x1cÉéòóùúọủụĐđệắ"))
_TEXT = st.text(_ALPHABET, max_size=40)


@given(_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_words_in_gives_the_pattern_s_words(text: str, start: int, end: int) -> None:
    assert words_in(text, start, end) == WORD.findall(text, start, end)


def test_words_in_on_a_sentence() -> None:
    text = "Ông Lê-Văn A, (TP.HCM) đến lúc 7.30 & về."
    assert words_in(text, 0, len(text)) == [
        "Ông", "Lê-Văn", "A", ",", "(", "TP.HCM", ")", "đến", "lúc", "7.30", "&", "về", ".",
    ]  # fmt: skip


@st.composite
def _clean_parts(draw: st.DrawFn) -> tuple[str, int, int]:
    """A clean text (one space or none between two tokens, none at either end) and where
    a part of it starts and ends."""
    text = clean(draw(_TEXT))
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


@given(_clean_parts())
def test_tokens_placed_by_their_words_are_those_the_pattern_finds(
    part: tuple[str, int, int],
) -> None:
    text, start, end = part
    words = words_in(text, start, end)
    by_pattern = tokens_in(text, start, end)
    assert tokens_in(text, start, end, words) == by_pattern
    assert tokens_in(text, start, end, words, fold_keys(words)) == by_pattern


@given(st.lists(_TEXT, max_size=5), st.integers(0, 5))
def test_texts_known_to_be_clean_are_read_as_if_cleaned(texts: list[str], first: int) -> None:
    texts = [*texts[:first], *map(clean, texts[first:])]
    assert find_people_in(texts, clean_from=first) == find_people(texts)


@given(_clean_parts())
def test_a_sentence_with_no_dot_or_hyphen_before_a_character_has_no_word_joined_by_one(
    part: tuple[str, int, int],
) -> None:
    text, start, end = part
    if not _dotted(text, start, end):
        keys = fold_keys(words_in(text, start, end))
        assert _JOINED.search("\x00".join(keys)) is None
        assert not glued_title(keys)
        assert not glued(text, start, end)


_CUT = re.compile(r"[.!?;]\s+")


@given(_TEXT)
def test_cuts_are_the_marks_followed_by_white_space(text: str) -> None:
    assert _cuts(text) == [(m.start(), m.end()) for m in _CUT.finditer(text)]


def test_cuts_take_in_all_the_white_space_after_a_mark() -> None:
    assert _cuts("A. B!\n\tC? D;E. ") == [(1, 3), (4, 7), (8, 10), (13, 15)]


_SPORT_TEXT = st.lists(
    st.sampled_from([*_SPORT_PHRASES, "bàn", "thủ", "cup", " ", "a", "-", "đ", "x"]), max_size=8
).map("".join)


@given(_SPORT_TEXT)
def test_sport_cues_are_found_as_a_look_for_each_phrase_finds_them(low: str) -> None:
    plain = any(p in low for p in _SPORT_PHRASES) and _SPORT_CUES.search(low) is not None
    assert sport_lowered(low) is plain


@given(_TEXT)
def test_tones_are_moved_wherever_the_pattern_moves_them(text: str) -> None:
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:
        return
    assert fold_text(text) == _OLD_TONE.sub(lambda m: _MOVES[m.group()], low)


def test_a_text_without_toned_vowels_keys_as_it_lowers() -> None:
    assert fold_text("Über “Hòa” HÒA THUỶ") == "über “hoà” hoà thuỷ"
    assert fold_text("Über “Haus”") == "über “haus”"


def _may_name_by_pattern(text: str, low: str | None, start: int, end: int) -> bool:
    """may_name_at as the pattern of a word defines it: a capital after the first token
    (after the first letter of one with a dot inside, which may be two tokens)."""
    part = text[start:end]
    first = WORD.match(part)
    if first is None:
        return False
    rest = part[1:] if "." in first.group() else part[first.end() :]
    lowered = rest.lower() if low is None else low[end - len(rest) : end]
    uncased = not rest.isascii() and _UNCASED_CAPITALS.search(rest) is not None
    return rest != lowered or uncased


@given(st.text(st.sampled_from(list("aA .İΣσℂTP.Hội\n_-")), max_size=20), st.data())
def test_may_name_at_looks_after_the_pattern_s_first_word(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    low = text.lower() if len(text.lower()) == len(text) else None
    assert may_name_at(text, low, start, end) is _may_name_by_pattern(text, low, start, end)
    assert may_name_at(text, None, start, end) is _may_name_by_pattern(text, None, start, end)


_KEYS = st.lists(
    st.sampled_from(
        [
            *sorted(_TITLES)[:20],
            *("bs.ck2", "pgs.ts", "gs-ts", "30.000", "e-mail", "u.s", "it’s", ",", ".", "-"),
            *("a", "x_y", "_bs", "&bs", "r&d", "i\u0307", "ông", "đồng"),
        ]
    ),
    max_size=8,
)


@given(_KEYS)
def test_a_glued_title_is_found_as_in_all_the_words_joined(keys: list[str]) -> None:
    joined = "\x00".join(keys)
    by_pattern = _JOINED.search(joined) is not None and not _TITLES.isdisjoint(
        _PARTS.findall(joined)
    )
    assert glued_title(keys) is by_pattern
    # And as the screen looks for it, with what each key marks looked up already.
    classes = [_CLASSES.get(key) for key in keys]
    marks = [k for k, c in enumerate(classes) if c]
    marks.append(len(keys))
    assert _glued_title_in(keys, classes, marks, 0, start=0, end=len(keys)) is by_pattern


# Words of the lists (those that mark something in any case, and family and given names,
# which mark only with a capital), in every case, glued to marks or not, among others.
_MARKING = st.sampled_from(
    ["ông", "Ông", "ÔNG", "an", "An", "AN", "im", "Im", "bs", "BS.CK2", "Đ/c", "đ/C", "tuổi",
     "Hòa", "hoà", "Thủy", "có", "tên", "y", "tá", "du", "Park", "john", "John", "Sa-myeong",
     "Văn", "Smith", "Lee", "Văn", "Smith", "Lee", "Ursula", "von", "der", "Jahr", "So",
     "du", "Du", "khách", "y", "tá", "các", "đồng", "chí", "có", "tên", "Đại", "sứ"]
)  # fmt: skip
_OTHER = st.text(st.sampled_from(list("aAzZ09 ’'/&_-.,;()“«•")), min_size=1, max_size=6)


@given(st.lists(st.one_of(_MARKING, _OTHER), max_size=10).map(" ".join))
def test_a_quiet_sentence_is_one_the_screen_passes_over(raw: str) -> None:
    text = clean(raw)
    low = spaced(text, text.lower())
    if low is None or glued(text) or not quiet(text, low, 0, len(text)):
        return
    # Read as a sentence of its own, and the text's words keyed as the tokens key them.
    assert not may_hold_person(text, lambda: False)


@given(st.lists(st.one_of(_MARKING, _OTHER, st.sampled_from([".", "!", "?", ";"])), max_size=16))
def test_a_sentence_looked_at_for_its_text_s_runs_is_quiet_as_looked_at_alone(
    words: list[str],
) -> None:
    # The marking runs of a whole text, looked for in each of its sentences, stand in for
    # a split of each sentence into its words and a look-up of each.
    text = clean(" ".join(words))
    low = spaced(text, text.lower())
    if low is None:
        return
    found = marking_runs(low)
    for start, end in spans(text):
        assert quiet_among(text, low, start, end, found) is quiet(text, low, start, end)


@given(
    st.lists(
        st.lists(st.one_of(_MARKING, _OTHER, st.just(".")), max_size=10).map(" ".join),
        max_size=5,
    )
)
def test_sentences_of_texts_looked_at_whole_are_set_aside_as_looked_at_alone(
    raw: list[str],
) -> None:
    # Once the texts are screened whole (their marking runs kept), the sentences set
    # aside are those set aside with no text looked at before.
    texts = [clean(t) for t in raw]
    lows = [t.lower() for t in texts]
    named = _named(texts, lows, set())
    dotted = set(range(len(named)))
    alone = _plain(texts, _Spaced(texts, lows), named, dotted)
    spaces = _Spaced(texts, lows)
    _quiet_texts(texts, spaces)
    assert _plain(texts, spaces, named, dotted) == alone
