"""The body reading's shortcuts give what they stand for, on any input: remembered caption
splits, the styled elements' drops, a cleaned text not cleaned again, the profile's drops
from a container's class attributes, and the date class read after the number."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import XPath
from lxml.html import document_fromstring, tostring

from vn_newsdoc.html import figures
from vn_newsdoc.html.body import _blocks, _strip
from vn_newsdoc.text import _clean_vouched, clean, clean_or_none

# -- remembered caption splits ---------------------------------------------------------

_CAPTIONS = st.lists(
    st.one_of(
        st.sampled_from(["Ảnh", "ẢNH", "Photo", "Nguồn", "Hà Nội", "TTXVN", "Võ Hải", "x"]),
        st.sampled_from([":", "-", "©", "(", ")", ".", ",", " ", "  ", "\xa0"]),
        st.characters(),
    ),
    max_size=12,
).map("".join)


class _Caption(str):
    """A str of another type (the memory keeps plain strings only)."""

    __slots__ = ()


@given(_CAPTIONS)
@example("Mặt bia mộ ghi tên các liệt sĩ. Ảnh: Võ Hải.")
@example("Ảnh: Ngọc Thành")
@example("Ánh sáng ban mai")
@example("")
def test_a_remembered_split_is_the_split(caption: str) -> None:
    expected = figures._split_credit(caption)
    for _ in range(2):  # the second answer is the remembered one
        assert figures.split_credit(caption) == expected
    assert figures.split_credit(_Caption(caption)) == expected
    assert figures.split_credit("".join(list(caption))) == expected  # another equal string


def test_remembered_splits_are_bounded() -> None:
    for i in range(figures._SPLIT_MAX + 5):
        figures.split_credit(f"Đồi chè {i}. Ảnh: Lan")
    assert 0 < len(figures._SPLIT) <= figures._SPLIT_MAX
    long = "Đồi chè. " * figures._SPLIT_LEN + "Ảnh: Lan"
    assert figures.split_credit(long) == figures._split_credit(long)
    assert long not in figures._SPLIT
    assert figures.split_credit(_Caption("Đồi. Ảnh: Lan")) == ("Đồi.", "Lan")
    assert not any(type(key) is not str for key in figures._SPLIT)


# -- the styled elements' drops ------------------------------------------------------

_STYLES = [
    "",
    "display:none",
    "DISPLAY : NONE",
    "color: red",
    "visibility: hidden",
    "diſplay: none",
    "display: block",
]


@st.composite
def _styled(draw: st.DrawFn, depth: int = 0) -> str:
    """Markup of nested elements, some styled (hidden or not), with texts and tails (a
    control character among them, which the tails' joins leave out)."""
    texts = st.sampled_from(["", "a", " b ", "\x07c", "đ"])
    parts = [draw(texts)]
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        tag = draw(st.sampled_from(["div", "span", "img", "p"]))
        style = draw(st.none() | st.sampled_from(_STYLES))
        marks = "" if style is None else f' style="{style}"'
        inner = draw(_styled(depth + 1)) if tag != "img" else ""
        close = "" if tag == "img" else f"</{tag}>"
        parts.append(f"<{tag}{marks}>{inner}{close}{draw(texts)}")
    return "".join(parts)


@given(_styled())
@example('<div style="display:none"><span style="display:none">x</span>y</div>z')
@example('<p style="color: red">a<b style="visibility: hidden">b</b>\x07c</p>')
@example('<span style="">a</span>')
def test_styled_elements_dropped_as_their_styles_and_elements_are(markup: str) -> None:
    page = f"<html><body><main>{markup}</main></body></html>"
    expected, got = document_fromstring(page), document_fromstring(page)
    _strip._drop_styled((style, style.getparent()) for style in XPath("//*/@style")(expected))
    # The elements with a style in page order, as the compiled build's walk lists them.
    _strip._drop_styled_elements(XPath("//*[@style]")(got))
    assert tostring(got) == tostring(expected)


# -- a cleaned text not cleaned again ----------------------------------------------------

_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(["Mùa gặt", "Hòa", "Ho\u0300a", "a", " ", "  ", "\n", "\xa0", "\u200b"]),
        st.characters(),
    ),
    max_size=8,
).map("".join)


@given(_TEXTS, st.booleans())
@example(" Mùa  gặt ", True)
@example("Ho\u0300a", True)
@example("", True)
@example("\u200b", False)
def test_a_text_cleaned_already_is_taken_as_clean_would_give_it(raw: str, cleaned: bool) -> None:
    text = _clean_vouched(raw) if cleaned else raw
    assert _blocks._recleaned(text) == clean(text)
    assert _blocks._recleaned_or_none(text) == clean_or_none(text)
    assert _blocks._recleaned_or_none(None) is None
