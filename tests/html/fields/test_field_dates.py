"""The dates' strategies and steps, each alone on a small page."""

from __future__ import annotations

import datetime as dt

import pytest

from field_pages import PARAGRAPHS, draft_at, page_of, profile
from vn_newsdoc.html._fields import dates
from vn_newsdoc.html._fields._cascade import Draft

_STRATEGIES = {s.name: s for s in dates.CASCADE}
_VN = dt.timezone(dt.timedelta(hours=7))
_HEAD = "<h1>Mưa lớn ở Quảng Tín</h1>"


def test_the_cascade_is_tried_in_this_order() -> None:
    assert list(_STRATEGIES) == [
        "profile selector",
        "date class or tag near the headline",
        "labelled date line",
        "date line beside the headline",
    ]


def test_profile_selector_gives_the_profiles_elements() -> None:
    html = f"<body>{_HEAD}<em class='ngay-dang'>7/8/2019 15:43</em></body>"
    page = page_of(html, profile=profile(dateline=".ngay-dang"))
    found = _STRATEGIES["profile selector"].find(page, Draft())
    assert found is not None
    assert [text for _, text in found.value] == ["7/8/2019 15:43"]
    assert _STRATEGIES["profile selector"].find(page_of(html), Draft()) is None


def test_date_class_near_the_headline_nearest_first() -> None:
    html = (
        "<body><span class='date'>1/1/2019 08:00</span><div><p>Mục</p><p>Tin</p></div>"
        f"{_HEAD}<span class='date'>7/8/2019 15:43</span></body>"
    )
    page = page_of(html)
    draft = Draft()
    draft.headline_el = page.root.find(".//h1")
    found = _STRATEGIES["date class or tag near the headline"].find(page, draft)
    assert found is not None
    assert [text for _, text in found.value] == ["7/8/2019 15:43", "1/1/2019 08:00"]


def test_decide_stops_at_the_first_dateline_showing_a_time() -> None:
    html = f"<body>{_HEAD}<span class='date'>7/8/2019 15:43</span><p class='time'>9/9/2019</p>"
    page = page_of(html)
    draft = draft_at(page, "datelines")
    assert [ts.value for ts, _ in draft.stamps] == [dt.datetime(2019, 8, 7, 15, 43, tzinfo=_VN)]
    assert [o.strategy for o in draft.stamp_origins] == ["date class or tag near the headline"]


def test_a_profile_dateline_without_a_time_lets_the_class_search_go_on() -> None:
    html = f"<body>{_HEAD}<em class='mot'>7/8/2019</em><span class='date'>7/8/2019 15:43</span>"
    page = page_of(html, profile=profile(dateline=".mot"))
    draft = draft_at(page, "datelines")
    assert [o.strategy for o in draft.stamp_origins] == [
        "profile selector",
        "date class or tag near the headline",
    ]


def test_a_dateline_among_the_bodys_first_lines() -> None:
    html = f"<body>{_HEAD}<div class='content'><p>07/08/2019 15:43</p>{PARAGRAPHS}</div></body>"
    page = page_of(html)
    draft = draft_at(page, "dateline among the body's first lines")
    assert draft.stamps[0][1] == "07/08/2019 15:43"
    assert draft.stamp_origins[0].strategy == "dateline among the body's first lines"
    assert all(b.text != "07/08/2019 15:43" for b in draft.blocks)


def test_no_dateline_from_the_body_where_the_metadata_gives_a_time() -> None:
    html = (
        "<head><meta property='article:published_time' content='2019-08-07T15:43:00+07:00'>"
        f"</head><body>{_HEAD}<div class='content'><p>07/08/2019 15:43</p>{PARAGRAPHS}</div>"
    )
    draft = draft_at(page_of(html), "dateline among the body's first lines")
    assert draft.stamps == []


def test_choose_names_the_metadata_key() -> None:
    html = (
        "<head><meta property='article:published_time' content='2019-08-07T15:43:00+07:00'>"
        f"</head><body>{_HEAD}<div class='content'>{PARAGRAPHS}</div></body>"
    )
    page = page_of(html)
    draft = draft_at(page, "dates")
    assert draft.published == dt.datetime(2019, 8, 7, 15, 43, tzinfo=_VN)
    last = [d for d in page.decisions if d.field == "published"][-1]
    assert (last.strategy, last.key) == ("metadata", "article:published_time")


def test_choose_names_the_dateline_a_date_came_from() -> None:
    html = f"<body>{_HEAD}<span class='date'>7/8/2019 15:43</span><div>{PARAGRAPHS}</div></body>"
    page = page_of(html)
    draft_at(page, "dates")
    last = [d for d in page.decisions if d.field == "published"][-1]
    assert last.strategy == "date class or tag near the headline"
    assert last.element is not None
    assert last.element.get("class") == "date"


def test_choose_reports_a_missing_date_and_raises_when_strict(
    caplog: pytest.LogCaptureFixture,
) -> None:
    html = f"<body>{_HEAD}<div class='content'>{PARAGRAPHS}</div></body>"
    draft_at(page_of(html), "dates")
    assert "no published found" in caplog.text
    with pytest.raises(Exception, match="published"):
        draft_at(page_of(html, strict=True), "dates")
