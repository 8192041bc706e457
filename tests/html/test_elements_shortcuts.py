"""The element helpers' shortcuts give what they stand for: a text is longer than a limit
as its clean text is, cleaned from its start where that decides, and ``short_text``
gives what cleaning all it gathered gave."""

from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st
from lxml.etree import _Element
from lxml.html import Element

from vn_newsdoc.html import _elements
from vn_newsdoc.text import clean

# Text as an element's chunks join it: spaces, other white space, letters with combining
# marks that compose (and a Hangul pair), characters clean() drops, and any character.
_CLEANED = st.lists(
    st.one_of(
        st.sampled_from(
            [" ", "  ", "\n", "\t", "\x0b", "\x85", "\xa0", "\u3000", "a", "e", "Hà", "Nội",
             "\u0301", "\u0323", "\u0302", "\u1100", "\u1161", "\u00ad", "\u200b", "\ufeff",
             "\x00", "\x7f", "\u2060"]
        ),
        st.characters(exclude_categories=["Cs"]),
    ),
    max_size=40,
).map("".join)  # fmt: skip


@given(_CLEANED, st.integers(min_value=0, max_value=12))
@example("e \u0301", 0)  # a mark after the space the start ends before
@example("\u1100 \u1161", 0)
@example(" " * 6 + "Hà Nội", 1)
@example("a " + "\u00ad" * 8, 1)
def test_a_long_text_is_longer_than_a_limit_as_its_clean_text_is(text: str, limit: int) -> None:
    assert _elements._cleans_longer(text, limit) == (len(clean(text)) > limit)


def _short_text_whole(el: _Element, limit: int) -> str | None:
    """``short_text`` as it looked at the text gathered: all of it cleaned."""
    if not len(el):
        text = clean(el.text or "")
        return text if len(text) <= limit else None
    chunks: list[str] = []
    size = 0
    look_at = _elements._LOOK_AT * limit
    for chunk in el.itertext():
        chunks.append(chunk)
        size += len(chunk)
        if size > look_at:
            if len(clean(" ".join(chunks))) > limit:
                return None
            look_at = 2 * size
    text = clean(" ".join(chunks))
    return text if len(text) <= limit else None


@given(st.lists(_CLEANED, min_size=1, max_size=6), st.integers(min_value=0, max_value=12))
@example(["Hà Nội " * 6, "x"], 3)
def test_short_text_is_what_cleaning_all_it_gathered_gave(texts: list[str], limit: int) -> None:
    root = Element("div")
    for text in texts:
        child = Element("span")
        try:
            child.text = text
        except ValueError:  # a character XML cannot carry: no page's text holds one
            assume(False)
        root.append(child)
    assert _elements.short_text(root, limit) == _short_text_whole(root, limit)
