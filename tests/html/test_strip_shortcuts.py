"""The page stripper's shortcuts: plain searches that stand in for its expressions give
the expressions' answers, for any text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import XPath, _Element
from lxml.html import document_fromstring, tostring

from vn_newsdoc._tree import text_content
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html.body import _strip, strip_page


def _styles() -> st.SearchStrategy[str]:
    """Styles made of the expression's words in any case, colons, white space of every
    kind, letters that match ASCII ones in any case, and any character."""
    words = ["display", "visibility", "none", "hidden", "dis", "vis"]
    cased = st.sampled_from(words).flatmap(
        lambda w: st.tuples(*(st.sampled_from([c, c.upper()]) for c in w)).map("".join)
    )
    return st.lists(
        st.one_of(
            cased,
            st.sampled_from([":", ";", " ", "\t", "\n", "\x1c", "\x85", "\xa0", "\u3000"]),
            st.sampled_from(["ı", "İ", "ſ", "\u212a"]),
            st.characters(),
        ),
        max_size=12,
    ).map("".join)


@given(_styles())
@example("display:none")
@example("DISPLAY \x1f:\x0b NONE")
@example("visibility: hidden")
@example("display: block; display :none")
@example("displaydisplay: none")
@example("diſplay: none")
@example("display:")
def test_hides_is_the_pattern(style: str) -> None:
    assert _strip._hides(style) is (_strip._HIDDEN_STYLE_RE.search(style) is not None)
    # Remembered or not, the answer is the same.
    for _ in range(2):
        assert _strip._style_hides(style) is _strip._hides(style)


def test_remembered_styles_are_forgotten_past_the_bound() -> None:
    for i in range(_strip._HIDING_MAX + 5):
        _strip._style_hides(f"width: {i}px")
    assert 0 < len(_strip._HIDING) <= _strip._HIDING_MAX
    long = "color: red; " * _strip._HIDING_LEN
    assert _strip._style_hides(long + "display: none") is True
    assert long + "display: none" not in _strip._HIDING


def test_a_hidden_root_element_stays() -> None:
    # The page's root has no parent to be dropped from: its hidden marks are not read.
    page = parse_html('<html hidden style="display:none"><body><p>Mưa lớn</p></body></html>')
    strip_page(page)
    assert text_content(page) == "Mưa lớn"


def _union_drop(root: _Element) -> None:
    """The hidden parts dropped as one search found them all, in page order: what
    ``_drop_hidden`` stands for."""
    for el in XPath("(//*/@style | //*/@hidden | //*/@aria-hidden)/..")(root):
        if not isinstance(el, _Element):
            continue
        style = el.get("style")
        if (
            (style and _strip._hides(style))
            or (
                el.get("hidden") is not None
                and not _strip._STREAMED_ID_RE.match(el.get("id") or "")
            )
            or (el.get("aria-hidden") == "true" and el.tag != "img")
        ):
            _strip._drop_tree(el)


_MARKS = [
    "",
    ' style="display:none"',
    ' style="color: red"',
    ' style=""',
    " hidden",
    ' hidden id="S:1"',
    ' aria-hidden="true"',
    ' aria-hidden="false"',
    ' style="visibility: hidden" aria-hidden="true"',
    ' hidden style="display: none"',
]


@st.composite
def _pages(draw: st.DrawFn, depth: int = 0) -> str:
    """Markup of nested elements, each perhaps hidden in one or more ways, with texts and
    tails (a control character among them, which the tails' joins leave out)."""
    texts = st.sampled_from(["", "a", " b ", "\x07c", "đ"])
    parts = [draw(texts)]
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        tag = draw(st.sampled_from(["div", "span", "img", "p"]))
        marks = draw(st.sampled_from(_MARKS))
        inner = draw(_pages(depth + 1)) if tag != "img" else ""
        close = "" if tag == "img" else f"</{tag}>"
        parts.append(f"<{tag}{marks}>{inner}{close}{draw(texts)}")
    return "".join(parts)


@given(_pages())
@example('<div hidden><span style="display:none">x</span>y</div>z')
@example('<span aria-hidden="true">a</span>b<span hidden>c</span>d<img aria-hidden="true">e')
@example('<div style="display:none" hidden aria-hidden="true">a</div>\x07b')
def test_hidden_parts_dropped_one_search_after_another_as_by_their_union(markup: str) -> None:
    page = f"<html><body><main>{markup}</main></body></html>"
    expected, got = document_fromstring(page), document_fromstring(page)
    _union_drop(expected)
    _strip._drop_hidden(got)
    assert tostring(got) == tostring(expected)
