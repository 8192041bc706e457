"""The byline's cascade leaves the forum thread's starter unread after a candidate that
names authors: the byline is what reading every candidate (but the author boxes, as
before) gives, on any page made of the pieces that each candidate reads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from field_pages import PARAGRAPHS, draft_at, page_of
from vn_newsdoc.html._fields import byline
from vn_newsdoc.html._fields._cascade import Draft, Found
from vn_newsdoc.html._page import Page
from vn_newsdoc.model import Byline

_WITHOUT_AUTHORS_BEFORE = frozenset({"author box with a job line", "author box"})


def _byline_reading_every_candidate(page: Page, draft: Draft) -> Byline | None:
    """byline.decide() as it was: every candidate read but the author boxes."""
    present: list[tuple[str, Found[Byline]]] = []
    for strategy in byline.CASCADE:
        if strategy.name in _WITHOUT_AUTHORS_BEFORE and any(f.value.authors for _, f in present):
            continue
        found = strategy.find(page, draft)
        if found is not None:
            present.append((strategy.name, found))
    named = next(((name, f) for name, f in present if f.value.source), None)
    source = named[1].value.source if named is not None else None
    if named is None and byline._sources_possible(page):
        for rule in byline.SOURCES:
            where = rule.find(page, draft)
            if where is not None:
                source = where.value
                break
        if source is not None and not present:
            return Byline(source=source)
    for _, found in present:
        if found.value.authors:
            return Byline(authors=found.value.authors, source=found.value.source or source)
    return present[0][1].value if present else None


_META = st.sampled_from(["", "Minh Anh", "admin", "Báo Tuổi Trẻ", "Jane Roe and John Doe"])
_STARTER = st.sampled_from(
    ["", "<p>Thảo luận trong 'Dịch vụ' bắt đầu bởi <a>cuLong</a>, 14/12/12</p>"]
)
_BOX = st.sampled_from(
    [
        "",
        "<div class='author'>Hoàng Hiếu</div>",
        "<div class='author'><b>Vi Thu</b><br>Phóng viên</div>",
    ]
)
_CLOSING = st.sampled_from(
    ["", "<p>Theo TTXVN</p>", "<p>Ngọc Thành</p>", "<p class='source'>VOV</p>"]
)


@settings(deadline=None)
@given(_META, _STARTER, _BOX, _CLOSING)
def test_the_byline_is_what_reading_every_candidate_gives(
    meta: str, starter: str, box: str, closing: str
) -> None:
    head = f"<head><meta name='author' content='{meta}'></head>" if meta else ""
    html = (
        f"<html>{head}<body><div><h1>Chuyện giữa 2 người trên Facebook</h1>{starter}</div>"
        f"{box}<div class='content'>{PARAGRAPHS}{closing}</div></body></html>"
    )
    expected_page = page_of(html)
    expected = _byline_reading_every_candidate(
        expected_page, draft_at(expected_page, "closing byline lines")
    )
    assert draft_at(page_of(html), "byline").byline == expected
