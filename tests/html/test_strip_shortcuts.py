"""The page stripper's shortcuts: plain searches that stand in for its expressions give
the expressions' answers, for any text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html.body import _noise, strip_page


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
    assert _noise._hides(style) is (_noise._HIDDEN_STYLE_RE.search(style) is not None)
    # Remembered or not, the answer is the same.
    for _ in range(2):
        assert _noise._style_hides(style) is _noise._hides(style)


def test_remembered_styles_are_forgotten_past_the_bound() -> None:
    for i in range(_noise._HIDING_MAX + 5):
        _noise._style_hides(f"width: {i}px")
    assert 0 < len(_noise._HIDING) <= _noise._HIDING_MAX
    long = "color: red; " * _noise._HIDING_LEN
    assert _noise._style_hides(long + "display: none") is True
    assert long + "display: none" not in _noise._HIDING


def test_a_hidden_root_element_stays() -> None:
    # The page's root has no parent to be dropped from: its hidden marks are not read.
    page = parse_html('<html hidden style="display:none"><body><p>Mưa lớn</p></body></html>')
    strip_page(page)
    assert page.text_content() == "Mưa lớn"
