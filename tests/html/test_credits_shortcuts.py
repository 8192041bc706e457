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
