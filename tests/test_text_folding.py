"""The shortcuts of clean()'s folding of white space give the split and joined text."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc import text as text_module
from vn_newsdoc.text import clean

# Words with the spaces pages put between them: runs of spaces, no-break spaces (alone,
# in runs, beside spaces), other white space and characters clean() drops now and then.
_SPACED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["Hà", "Nội", "a", "ư", "\u0301", ".", "1"]),
        st.sampled_from([" ", "  ", "     ", "\xa0", "\xa0\xa0", " \xa0 ", "\xa0 "]),
        st.sampled_from([*"\n\t\x0b\x1c\x85\u2000\u202f\u3000\u200b\u00ad\x00\ud800"]),
        st.characters(),
    ),
    max_size=20,
).map("".join)


@given(st.one_of(st.text(), _SPACED_TEXT))
@example("a\xa0\xa0b")
@example(" \xa0a  \xa0 b\xa0")
@example("a\xa0\u200bb")
@example("a" + " " * 9 + "b")
@example("a\xa0\u3000b")
@example("\xa0")
@example("a  b\xa0\u2000c")
def test_folding_spaces_is_splitting_and_joining(text: str) -> None:
    assert text_module._fold_spaces(text) == " ".join(text.split())


@given(st.lists(st.sampled_from(["Mùa", "gặt", "x", " ", "  ", "   ", "    "]), min_size=1))
@example(["a", " " * 17, "b"])
def test_single_spacing_is_splitting_and_joining(pieces: list[str]) -> None:
    # For trimmed text whose only white space is the space.
    text = "".join(pieces).strip()
    assert text_module._single_spaced(text) == " ".join(text.split())


@given(_SPACED_TEXT)
def test_clean_of_spaced_text_keeps_its_definition(text: str) -> None:
    assert clean(text) == " ".join(
        unicodedata.normalize(
            "NFC",
            text_module._INVISIBLE.sub(
                "",
                text_module._CONTROLS.sub(
                    "",
                    text_module._XML_INVALID.sub(
                        lambda m: " " if m.group() in "\x0b\x0c" else "", text
                    ),
                ),
            ),
        ).split()
    )


@given(_SPACED_TEXT)
@example("a\xa0b\u200bc")
@example("\xa0\x00")
@example("a\xa0\xadb")
@example("Tin\xa0nóng\ufeff")
@example("a\xa0\x9fb")
def test_text_printable_but_its_no_break_spaces_holds_nothing_to_drop(text: str) -> None:
    # clean() skips the search for characters to drop where the text is printable once
    # its no-break spaces are spaces: the search finds none there.
    if text.replace("\xa0", " ").isprintable():
        assert text_module._DROPPED.search(text) is None
    assert clean(text) == clean(text.replace("\xa0", " "))
