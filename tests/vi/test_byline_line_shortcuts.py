"""The credit line reader's plain looks give what the patterns they stand in for give.

A text without a character a part's split needs is one part; without a comma or a joining
word, one item; a trailing parenthesis is looked for only where the text ends on ")", a
slash only where it holds "/"; the end of a sentence is read off the last characters; and a
name's tokens are looked at before the word lists. Each is checked against its pattern, or
the order it replaces, on any text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.model import Author, Role
from vn_newsdoc.text import clean
from vn_newsdoc.vi import _byline_words as _w
from vn_newsdoc.vi.bylines import _lines, _names

# Dashes, hyphens, the splitters' marks, white space of every kind, letters in both cases
# (toned, non-Latin, and those whose case folds outside ASCII), digits of every kind, the
# joining words in any case, parentheses, slashes, full stops and the sentence marks.
_ALPHABET = st.sampled_from(
    [
        *"aAbBzZ09 _-.,;:|/()!?…\t\n\r\x0b\x0c\u00a0\u2028\u2012\u2013\u2014\u2015\u2212",
        *"ÉéđĐệắſKＡ١日²①ⅫΣς\u200b\u0301",
        *("và", "VÀ", "Và", "and", "AND", "And", "&", "va\u0300"),
        *(" - ", " -- ", "Minh", "Anh", "Theo", "TTXVN", "Nguyễn", "PV", "tổng hợp"),
    ]
)
_TEXT = st.lists(_ALPHABET, max_size=14).map("".join)


@given(_TEXT)
@example("Minh Anh - Hà Thu")
@example("Minh Anh-Hoàng Hiếu")
@example("A\u2013B")
@example("A;B")
@example("A | B")
@example("")
def test_parts_split_as_the_pattern_splits(text: str) -> None:
    assert _names._split_parts(text) == _names._PART_SPLIT.split(text)


@given(_TEXT)
@example("Minh Anh, Hà Thu")
@example("Jane Roe AND John Doe")
@example("Jane Roe & John Doe")
@example("Minh Anh Và Hà Thu")
@example("Minh Anh va\u0300 Hà Thu")  # decomposed: the pattern's own word decides
@example("")
def test_items_split_as_the_pattern_splits(text: str) -> None:
    assert _names._split_items(text) == _names._ITEM_SPLIT.split(text)


def _same_match(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict()


@given(_TEXT)
@example("Minh Anh (TTXVN)")
@example("Minh Anh (TTXVN)\n")  # $ matches before a final line break
@example("(a)")
@example(")")
@example("")
def test_trailing_parenthesis_as_the_pattern_finds_it(text: str) -> None:
    assert _same_match(_names._trailing_paren(text), _names._TRAILING_PAREN.match(text))


@given(_TEXT)
@example("Minh Anh/Vcamp.vn")
@example("/")
@example(" / ")
@example("")
def test_slash_as_the_pattern_finds_it(text: str) -> None:
    assert _same_match(_names._slash(text), _names._SLASH.match(text))


@given(_TEXT)
@example("Hết.")
@example("ab.")
@example("a1.")  # a digit is no letter here
@example("²a.")  # a digit that is no decimal one is
@example("_a.")
@example("b.")
@example("Thật sao?")
@example("Ôi…")
@example("x")
def test_sentence_end_read_off_the_last_characters(text: str) -> None:
    stripped = text.strip()
    if stripped:
        expected = _names._SENTENCE_END.search(stripped) is not None
        assert _names._ends_a_sentence(stripped) is expected


def _is_name_in_full_order(text: str, *, loose: bool = False) -> bool:
    """:func:`_names._is_name` with its looks in the order they were written first."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or len(text) > 40:
        return False
    folded = _w.key(text)
    if folded in _w.STOP_PHRASES or _w.names_nobody(text) or _w.is_outlet(text):
        return False
    if _names._starts_with_org_word(text):
        return False
    keys = folded.split()
    if keys[0] in _w.STOP_FIRST or (len(keys) > 1 and " ".join(keys[:2]) in _w.STOP_FIRST):
        return False
    if not _w.STOP_WORDS.isdisjoint(keys):
        return False
    if not all(_names._NAME_TOKEN.match(t) for t in tokens):
        return False
    capitalised = all(t[0].isupper() for t in tokens)
    if not (capitalised or (loose and text.islower())):
        return False
    if len(tokens) == 1 and not loose:
        token = tokens[0]
        if len(token) > 1 and token.isupper() and not _names._is_signature(token):
            return False
    return not _names._ONE_ROLE.fullmatch(text)


def _outcome(read: Callable[..., bool], text: str, loose: bool) -> object:
    # The same failure is part of the same answer.
    try:
        return read(text, loose=loose)
    except Exception as exc:
        return type(exc)


@given(_TEXT, st.booleans())
@example("Minh Anh", False)
@example("minh anh", True)
@example("Trung tâm Y tế", False)
@example("PV", False)
@example("T.H.", False)
@example("Beef Maker von Aldi", False)
@example("\u200b", False)  # no key: the looks run as written (and fail alike)
@example("\u200b \u200b", True)
@example("tổng hợp", True)
def test_a_name_is_told_alike_in_either_order(text: str, loose: bool) -> None:
    assert _outcome(_names._is_name, text, loose) == _outcome(_is_name_in_full_order, text, loose)


@given(
    _TEXT,
    st.lists(st.sampled_from(list(Role)), max_size=2, unique=True).map(tuple),
    st.booleans(),
)
@example("Beef Maker von Aldi", (), False)
@example("Minh Anh", (), False)
@example("minh anh", (), True)
@example("PV", (Role.PHOTO,), False)
@example("Minh Anh tổng hợp", (), False)
def test_an_item_known_as_no_name_reads_as_it_does_unknown(
    text: str, roles: tuple[Role, ...], loose: bool
) -> None:
    try:
        unnamed = None if _names._is_name(text, loose=loose) else text
    except IndexError:
        return  # no key: no line reader hands such a text over
    assert _item(text, roles, loose, unnamed) == _item(text, roles, loose, None)


def _item(text: str, roles: tuple[Role, ...], loose: bool, unnamed: str | None) -> str:
    """What the item reader gives, or the error it raises (the model refuses an item with
    white space not folded either way)."""
    try:
        return repr(_lines._parse_item(text, roles, loose=loose, unnamed=unnamed))
    except Exception as exc:
        return type(exc).__name__


def _initials_credit_cleaning_first(line: str, following: str | None) -> str:
    """What :func:`_lines._initials_credit` gave when it cleaned the line first."""
    text = clean(line)
    if following is None or not _names._INITIALS_ONLY.match(text) or not text[0].isupper():
        return repr(None)
    if not _names._ROLE_PREFIX.match(clean(following)):
        return repr(None)
    return repr(_names._Line("credit", (Author(text),), bare_names=True))


@given(_TEXT, st.one_of(st.none(), _TEXT))
@example("H.V.", "Ảnh: Minh Anh")
@example("H.V.", None)
@example(" h.v. ", "Ảnh: Minh Anh")
@example("", "Ảnh: Minh Anh")
def test_initials_are_told_alike_before_the_line_is_cleaned(
    line: str, following: str | None
) -> None:
    assert repr(_lines._initials_credit(line, following)) == _initials_credit_cleaning_first(
        line, following
    )


@given(
    st.lists(
        st.sampled_from([*"aA@./: \t", "http", "HTTPS", "httpſ", "://", "www.", "WwW.", "x@y.vn"]),
        max_size=12,
    ).map("".join)
)
@example("Minh Anh")
@example("minh@anh.vn Minh Anh")
@example("httpſ://x")  # ſ matches s, case aside
@example("WWW.X")
def test_addresses_go_alike_where_their_patterns_are_not_searched(text: str) -> None:
    guarded = text
    if "@" in guarded:
        guarded = _names._EMAIL.sub(" ", guarded)
    if "/" in guarded or "." in guarded:
        guarded = _names._URL.sub(" ", guarded)
    assert guarded == _names._URL.sub(" ", _names._EMAIL.sub(" ", text))
