"""The credit readers' shortcuts give the answers of what they stand in for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml.etree import _Element
from lxml.html import fragment_fromstring

from vn_newsdoc.html import _credits
from vn_newsdoc.html._thresholds import CREDIT_MAX, SOURCE_WORDS
from vn_newsdoc.model import Byline
from vn_newsdoc.text import clean
from vn_newsdoc.vi.bylines import parse_author_meta

_LINES = st.sampled_from(
    ["Hoàng Lan", "Phóng viên", "Senior Reporter", "Jane Roe and Tom Hale", "By Jane Roe", " ", ""]
)


def _names_over_a_job_by_definition(box: _Element) -> Byline | None:
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
    known: dict[_Element, bool] = {}
    for el in root.iter("b", "li", "ul"):
        afresh = any(
            _credits._names_elsewhere(anc.get("class"), anc.get("id")) for anc in el.iterancestors()
        )
        assert _credits._in_furniture(el, known) is afresh


def _source_near_by_definition(
    elements: list[_Element | None],
) -> tuple[_Element, str] | None:
    """source_near() as first written: every element's class and id asked for by name."""
    for near in elements:
        row = near.getparent() if near is not None else None
        if row is None:
            continue
        for el in row.iterdescendants():
            if not isinstance(el.tag, str):
                continue
            cls, ident = el.get("class"), el.get("id")
            if (cls is None and ident is None) or el is near:
                continue
            if not _credits._names_a_source(cls, ident):
                continue
            text = _credits._SOURCE_PREFIX_RE.sub("", clean(" ".join(el.itertext()))).strip()
            if text and len(text) <= CREDIT_MAX and len(text.split()) <= SOURCE_WORDS:
                return el, text
    return None


_SOURCE_NAMES = st.sampled_from(
    ["", "source", "SOURCE", "meta-source", "nguon-tin", "ſource", "xsource", "lead", "Nguon"]
)
_SPAN = st.tuples(
    st.sampled_from(["class", "id", "title", "data-x", None]),
    _SOURCE_NAMES,
    st.sampled_from(["Theo TTXVN", "Nguồn: Tuổi Trẻ", "", "a b c d e f g h i j k"]),
).map(lambda t: f"<span>{t[2]}</span>" if t[0] is None else f"<span {t[0]}='{t[1]}'>{t[2]}</span>")


@given(st.lists(_SPAN, max_size=5), st.lists(_SPAN, max_size=3), st.booleans())
def test_source_near_is_its_definition(before: list[str], after: list[str], comment: bool) -> None:
    # Class and id asked for by bytes, elements alone walked: the answer of every node's
    # class and id asked for by name.
    note = "<!-- source -->" if comment else ""
    root = fragment_fromstring(
        f"<div><div>{''.join(before)}{note}<h1>Tin</h1>{''.join(after)}</div><p>x</p></div>"
    )
    headline = root.find(".//h1")
    cases: tuple[list[_Element | None], ...] = ([headline], [None, root[1]], [root[0], headline])
    for elements in cases:
        assert _credits.source_near(elements) == _source_near_by_definition(elements)
