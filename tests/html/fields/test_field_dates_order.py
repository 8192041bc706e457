"""Month-first pages: a page whose own dates prove month-first order is read month first,
every text date of it; every other page stays day-first."""

from __future__ import annotations

import datetime as dt

import pytest

from field_pages import PARAGRAPHS, draft_at, page_of
from vn_newsdoc.html import explain_html

_VN = dt.timezone(dt.timedelta(hours=7))
_HEAD = "<h1>Mưa lớn ở Quảng Tín</h1>"


def _blog(comment_date: str, meta: str = "Posted on 05-06-2012 09:15 AM by admin") -> str:
    """A blog engine's post: its date line under the headline, a comment with its date."""
    return (
        f"<body><div class='post'>{_HEAD}<div class='post-meta'>{meta}</div>"
        f"<div class='entry-content'>{PARAGRAPHS}</div></div>"
        "<ol class='comments'><li class='comment'><span class='comment-date'>"
        f"{comment_date}</span><p>Cảm ơn bài viết.</p></li></ol></body>"
    )


@pytest.mark.parametrize(
    ("comment", "month_first"),
    [
        ("12-24-2012 10:00 PM", True),  # 24 is no month: the engine writes the month first
        ("24-12-2012 10:00 PM", False),  # 24 is no month: day first, the default
        ("11-10-2012 10:00 PM", False),  # nothing proves either order: day first
    ],
)
def test_the_page_decides_its_order_once_from_all_its_dates(
    comment: str, month_first: bool
) -> None:
    assert page_of(_blog(comment)).month_first is month_first


def test_a_month_first_page_reads_its_dateline_month_first() -> None:
    draft = draft_at(page_of(_blog("12-24-2012 10:00 PM")), "dates")
    assert draft.published == dt.datetime(2012, 5, 6, 9, 15, tzinfo=_VN)
    draft = draft_at(page_of(_blog("24-12-2012 10:00 PM")), "dates")
    assert draft.published == dt.datetime(2012, 6, 5, 9, 15, tzinfo=_VN)


def test_the_dateline_itself_may_prove_the_order() -> None:
    page = page_of(_blog("", meta="Posted on 12-24-2012 09:15 PM"))
    assert page.month_first
    assert draft_at(page, "dates").published == dt.datetime(2012, 12, 24, 21, 15, tzinfo=_VN)


def test_a_time_kept_in_an_attribute_is_read_in_the_pages_order() -> None:
    page = page_of(
        _blog(
            "12-24-2012 10:00 PM",
            meta="<span class='date' title='05-06-2012 09:15 AM'>05-06-2012</span>",
        )
    )
    assert draft_at(page, "dates").published == dt.datetime(2012, 5, 6, 9, 15, tzinfo=_VN)


def test_a_dateline_among_the_bodys_first_lines_is_read_in_the_pages_order() -> None:
    html = (
        f"<body>{_HEAD}<div class='content'><p>05-06-2012 09:15 AM</p>{PARAGRAPHS}</div>"
        "<div class='comment'><span class='comment-date'>12-24-2012</span></div></body>"
    )
    page = page_of(html)
    assert draft_at(page, "dates").published == dt.datetime(2012, 5, 6, 9, 15, tzinfo=_VN)


def test_explain_says_the_page_is_read_month_first() -> None:
    explanation = explain_html(_blog("12-24-2012 10:00 PM"))
    source = explanation.source("published")
    assert source is not None
    assert source.strategy == (
        "date class or tag near the headline; month-first: the page's own dates prove it"
    )
    day_first = explain_html(_blog("24-12-2012 10:00 PM")).source("published")
    assert day_first is not None
    assert "month-first" not in day_first.strategy


def test_metadata_dates_need_no_order() -> None:
    html = _blog("12-24-2012 10:00 PM").replace(
        "<body>",
        "<head><meta property='article:published_time' content='2012-05-06T09:15:00+07:00'>"
        "</head><body>",
    )
    explanation = explain_html(html)
    assert explanation.article.published == dt.datetime(2012, 5, 6, 9, 15, tzinfo=_VN)
    source = explanation.source("published")
    assert source is not None
    assert source.strategy == "metadata"
