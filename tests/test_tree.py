"""vn_newsdoc._tree: the HtmlElement methods the reader used, on plain lxml elements, give
what lxml.html's own give."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from vn_newsdoc._tree import drop_tag, text_content

_PIECES = st.sampled_from(
    [
        *("<b>", "</b>", "<i>", "</i>", "<span>", "</span>", "<p>", "</p>", "<br>", "<img src=x>"),
        *("Hà", " Nội", "mưa ", "\n", "&amp;", "<!-- c -->", "<script>x</script>", "  "),
    ]
)
_TREES = st.lists(_PIECES, max_size=14).map("".join)


def _both(html: str) -> tuple[lxml.html.HtmlElement, etree._Element]:
    """The same page as lxml.html's elements and as plain ones."""
    page = f"<html><body><div>{html}</div></body></html>"
    return lxml.html.document_fromstring(page), etree.fromstring(page, etree.HTMLParser())


@given(_TREES)
@example("Hà <b>Nội</b> mưa<!-- c -->")
def test_text_content_is_lxml_html_text_content(html: str) -> None:
    ours, theirs = _both(html)
    for a, b in zip(ours.iter(), theirs.iter(), strict=True):
        if not isinstance(a.tag, str):  # a comment: the reader's parse drops them
            continue
        assert text_content(b) == a.text_content()
        assert type(text_content(b)) is str


@given(_TREES, st.integers(0, 40))
@example("Hà <b>Nội</b> mưa", 3)
@example("<b></b>x<i>y</i>", 3)
@example("<!-- c -->t<b>u<i>v</i>w</b>z", 4)
def test_drop_tag_is_lxml_html_drop_tag(html: str, index: int) -> None:
    ours, theirs = _both(html)
    pairs = [(a, b) for a, b in zip(ours.iter(), theirs.iter(), strict=True)][2:]  # not html/body
    if not pairs:
        return
    a, b = pairs[index % len(pairs)]
    a.drop_tag()
    drop_tag(b)
    assert etree.tostring(ours) == etree.tostring(theirs)


def test_the_root_has_no_tag_to_drop() -> None:
    with pytest.raises(ValueError, match="root"):
        drop_tag(etree.fromstring("<div>x</div>"))


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # The dropped element's tail joined to the text before it.
        ("<div>a<button>b</button>\x07c</div>", "<div>abc</div>"),
        # Its text joined to the text before it, its tail to its last child's tail.
        ("<div>\x01a<button>\x02b<i>i</i>\x03</button>\x04c</div>", "<div>ab<i>i</i>c</div>"),
    ],
)
def test_drop_tag_joins_texts_without_control_characters(html: str, expected: str) -> None:
    # The parse keeps a control character that lxml refuses to set in a joined text: the
    # joined text goes without it (lxml.html's drop_tag raises ValueError here).
    box = etree.fromstring(html, etree.HTMLParser()).find(".//div")
    assert box is not None
    drop_tag(box[0])
    assert etree.tostring(box, encoding="unicode") == expected
