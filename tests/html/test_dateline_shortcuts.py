"""The site profile's dateline selectors, read as far as the datelines need: the elements
they give, in any order of asking, are those all the selectors give read at once."""

from __future__ import annotations

import gc
import weakref

from hypothesis import given
from hypothesis import strategies as st
from lxml.etree import _Element
from lxml.html import document_fromstring

from vn_newsdoc.html._elements import element_text
from vn_newsdoc.html._fields import dates
from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html._page import Page
from vn_newsdoc.html.metadata import PageMetadata
from vn_newsdoc.html.sites import SiteProfile, compile_profile

_SELECTORS = (".time", "span.date", "[data-role=publishdate]", "time", ".none")
_PROFILE = compile_profile(SiteProfile(name="x.vn", hosts="x.vn", dateline=_SELECTORS))
_BOXES = st.sampled_from(
    [
        "<span class='date'>7/8/2019 15:43</span>",
        "<p class='time'>10:03 25/12/2012</p>",
        "<p class='time'></p>",
        "<div data-role='publishdate'>25/12/2012</div>",
        "<time>12-24-2012</time>",
        "<span class='date time'>Thứ Ba, 25/12/2012</span>",
        "<p>Mưa lớn</p>",
    ]
)


def _page(boxes: list[str]) -> Page:
    html = "<html><body><h1>Mưa lớn</h1>" + "".join(boxes) + "</body></html>"
    return Page(document_fromstring(html), PageMetadata(), _PROFILE, url=None, name="x",
                strict=False)  # fmt: skip


def _all_at_once(page: Page) -> list[tuple[_Element, str]]:
    found = []
    for selector in _PROFILE.dateline:
        for el in selector(page.root):
            if isinstance(el, _Element) and element_text(el):
                found.append((el, element_text(el)))
    return found


@given(st.lists(_BOXES, max_size=8), st.integers(0, 12))
def test_lines_read_as_far_as_asked_are_all_the_selectors_give(
    boxes: list[str], first: int
) -> None:
    page = _page(boxes)
    expected = _all_at_once(page)
    found = dates._by_profile(page, Draft())
    assert found is not None
    lines = iter(found.value)
    taken = [line for _, line in zip(range(first), lines, strict=False)]
    # The month-first check reads them all in between; the datelines go on after.
    assert dates.profile_datelines(page) == expected
    taken.extend(lines)
    assert taken == expected
    assert list(dates._by_profile(page, Draft()).value) == expected  # type: ignore[union-attr]
    assert page.dateline_reads().found == expected


def test_the_lines_read_go_with_the_page() -> None:
    page = _page(["<p class='time'>10:03 25/12/2012</p>", "<time>12-24-2012</time>"])
    found = dates._by_profile(page, Draft())
    assert found is not None
    assert next(iter(found.value))[1] == "10:03 25/12/2012"
    assert len(page.dateline_reads().found) == 1  # read as far as asked, kept by the page
    gone = weakref.ref(page)
    del page, found
    gc.collect()
    assert gone() is None
