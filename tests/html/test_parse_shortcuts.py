"""The parse's shortcuts give what they stand in for: the test for input with nothing but
byte-order marks, NULs and white space searches for a character the strip would keep, and
finds one exactly when the strip leaves something."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.html._parse import _NOT_BLANK

_BLANK = "\ufeff\x00 \t\r\n\x0c"


@given(st.text(alphabet=st.sampled_from([*_BLANK, "\x0b", "\u00a0", "\u2028", "<", "a", "ệ"])))
@example("")
@example("\ufeff\x00 \t\r\n\x0c")
@example("\x0b")  # white space str.isspace() knows, which the strip keeps
@example("\u00a0")
@example("  <p>")
def test_a_kept_character_is_found_exactly_when_the_strip_keeps_one(text: str) -> None:
    assert (_NOT_BLANK.search(text) is None) == (not text.strip(_BLANK))


@given(st.text())
def test_any_text_is_blank_for_the_search_as_for_the_strip(text: str) -> None:
    assert (_NOT_BLANK.search(text) is None) == (not text.strip(_BLANK))
