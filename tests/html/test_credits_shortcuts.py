"""The credit readers' shortcuts give the answers of what they stand in for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml.html import HtmlElement, fragment_fromstring

from vn_newsdoc.html import _credits
from vn_newsdoc.model import Byline
from vn_newsdoc.vi.bylines import parse_author_meta

_LINES = st.sampled_from(
    ["Hoàng Lan", "Phóng viên", "Senior Reporter", "Jane Roe and Tom Hale", "By Jane Roe", " ", ""]
)


def _names_over_a_job_by_definition(box: HtmlElement) -> Byline | None:
    """box_names_over_a_job() as first written: every line judged, however many."""
    lines = _credits.box_lines(box)
    jobs = [line for line in lines if _credits._names_a_job(line)]
    if not jobs or len(jobs) == len(lines):
        return None
    return _credits.merge_bylines(
        parse_author_meta(part)
        for line in lines
        if line not in jobs
        for part in _credits.author_parts(line)
    )


@given(st.lists(_LINES, max_size=4), st.sampled_from(["<br>", "<p>", " "]))
def test_box_names_over_a_job_is_its_definition(lines: list[str], joint: str) -> None:
    box = fragment_fromstring(f"<div>{joint.join(lines)}</div>")
    assert _credits.box_names_over_a_job(box) == _names_over_a_job_by_definition(box)


_TREE = st.recursive(
    st.just("<b>An</b>"),
    lambda inner: st.tuples(
        st.sampled_from(["div", "ul", "li", "section"]),
        st.sampled_from(["", "comments", "related-posts", "author", "main"]),
        st.lists(inner, min_size=1, max_size=3),
    ).map(lambda t: f"<{t[0]} class='{t[1]}'>{''.join(t[2])}</{t[0]}>"),
    max_leaves=12,
)


@given(_TREE)
def test_in_furniture_remembered_is_its_definition(tree: str) -> None:
    # Boxes judged for one element and remembered give the answers judged afresh.
    root = fragment_fromstring(f"<div>{tree}</div>")
    known: dict[HtmlElement, bool] = {}
    for el in root.iter("b", "li", "ul"):
        afresh = any(
            _credits._names_elsewhere(anc.get("class"), anc.get("id")) for anc in el.iterancestors()
        )
        assert _credits._in_furniture(el, known) is afresh
