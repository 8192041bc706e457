"""The body reading's shortcuts give what they stand for, on any input: remembered caption
splits, the styled elements' drops, a cleaned text not cleaned again, the profile's drops
from a container's class attributes, and the date class read after the number."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import XPath
from lxml.html import document_fromstring, tostring

from vn_newsdoc.html.body import _strip

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
