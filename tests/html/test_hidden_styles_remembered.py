"""The page stripper reads a style's remembered judgment itself: a page repeating its
styles has them dropped as the expression judges each, the first time and every time
after, whatever the styles are (empty ones included)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.html import document_fromstring

from vn_newsdoc._tree import text_content
from vn_newsdoc.html.body import _strip

_STYLES = ["", "display:none", "DISPLAY : none", "color: red", "visibility:hidden", "diſplay:none"]


@given(st.lists(st.tuples(st.sampled_from(_STYLES), st.sampled_from("abc")), max_size=8))
@example([("display:none", "a"), ("display:none", "b"), ("", "c")])
@example([("", "a"), ("", "b")])
@example([("color: red", "a"), ("diſplay:none", "b")])
def test_repeated_styles_are_dropped_as_the_expression_judges_them(
    boxes: list[tuple[str, str]],
) -> None:
    markup = "".join(f'<div style="{style}">{text}</div>' for style, text in boxes)
    expected = "".join(
        text for style, text in boxes if not (style and _strip._HIDDEN_STYLE_RE.search(style))
    )
    for _ in range(2):  # judged, then remembered
        page = document_fromstring(f"<html><body><main>{markup}</main></body></html>")
        _strip._drop_hidden(page)
        assert text_content(page) == expected
