"""A body block's text folded at its line breaks cleans to what the text itself cleans to."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.html.body import _blocks
from vn_newsdoc.text import clean

# A block's text as the page's source wraps it: words, line breaks with indents, blank
# lines, every kind of white space, characters clean() drops or replaces (the information
# separators beside line breaks and inside lines), marks NFC composes across line breaks.
_WRAPPED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["Mùa", "gặt", "e", "o", "A", "Hoa", "."]),
        st.sampled_from(["\n", "\n    ", "\r\n", "\n\n", " \n ", "\n\t", "  ", " "]),
        st.sampled_from([*"\t\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2028"]),
        st.sampled_from([*"\u2029\u202f\u205f\u3000\u0301\u0323\u0309\u200b\u00ad\ufeff\x00"]),
        st.characters(),
    ),
    max_size=24,
).map("".join)


@given(_WRAPPED_TEXT)
@example("a\n\x1cb")
@example("a\x1c\nb")
@example("\x1ca\nb")
@example("a\x1cb\n")
@example("a\n\n b")
@example("e\n\u0301")
@example("a \n\u0301")
@example("a \u200b\n b")
@example("a\x0b\nb")
@example("x\u2000\ny")
@example("\n")
@example("\n \n")
@example("a\u2028b\nc")
def test_prefolded_text_cleans_to_the_same(text: str) -> None:
    assert clean(_blocks._prefolded(text)) == clean(text)


@given(_WRAPPED_TEXT)
@example("Mùa  gặt\n")  # a run of spaces inside a line: left as it is, to clean()
def test_prefolded_text_is_folded_where_the_split_text_is(text: str) -> None:
    # Where the text holds no white space but spaces and line breaks (and indents), the
    # folded text is what splitting and joining gives, clean as it stands, wherever no line
    # holds a run of spaces inside it; such a run is left as it is (for clean() to fold),
    # and folding it too gives the same text.
    if "\n" in text and all(c in " \n" or not c.isspace() for c in text):
        folded = _blocks._prefolded(text)
        assert " ".join(folded.split()) == " ".join(text.split())
        if not any("  " in line.strip() for line in text.split("\n")):
            assert folded == " ".join(text.split())
