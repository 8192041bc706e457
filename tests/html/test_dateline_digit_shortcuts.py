"""The datelines' look for a digit in an element's text pieces: where it finds none, the
element's clean text (what the datelines read, and look at for a digit) shows none either,
for any element; a leaf is told by its own text, as before."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.html import fragment_fromstring

from vn_newsdoc.html._elements import short_text
from vn_newsdoc.html._fields import dates
from vn_newsdoc.html._thresholds import DATELINE_MAX
from vn_newsdoc.vi.dates._digits import shows_digit

# Text of every kind a page shows: digits of other scripts and digits that are no decimal
# ones, white space cleaning folds, characters it drops or composes, and long runs.
_TEXT = st.lists(
    st.sampled_from(
        [
            *"ab 7\t\n\u00a0\u200b\u00ad\u0301",
            "²",
            "①",
            "١",
            "Thứ Ba",
            "25/12/2012",
            "x" * 100,
            " " * 90,
        ]
    ),
    max_size=10,
).map("".join)
_TAGS = st.sampled_from(["span", "b", "i", "em", "a", "div"])


@st.composite
def _elements(draw: st.DrawFn) -> str:
    """A small element: text, then children of their own text and tail, one level deep or
    two."""
    parts = [f"<div>{_escaped(draw(_TEXT))}"]
    for _ in range(draw(st.integers(0, 3))):
        tag = draw(_TAGS)
        inner = ""
        if draw(st.booleans()):
            inner = f"<i>{_escaped(draw(_TEXT))}</i>{_escaped(draw(_TEXT))}"
        parts.append(f"<{tag}>{_escaped(draw(_TEXT))}{inner}</{tag}>{_escaped(draw(_TEXT))}")
    parts.append("</div>")
    return "".join(parts)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@given(_elements())
@example("<div><i></i> 28/06/2017</div>")
@example("<div><a><img></a></div>")
@example("<div>" + "x" * 700 + "<b>7</b></div>")  # a digit past the look: may show one
@example("<div><b>²</b></div>")
@example("<div>Tin<b>mới</b></div>")
@example("<div>7</div>")
@example("<div>a</div>")
def test_an_element_showing_no_digit_has_no_digit_in_its_text(html: str) -> None:
    el = fragment_fromstring(html)
    if not dates._may_show_digits(el):
        text = short_text(el, DATELINE_MAX)
        assert not text or not shows_digit(text)
    if not len(el):
        assert dates._may_show_digits(el) is shows_digit(el.text or "")
