"""The headline's strategies, each alone on a small page."""

from __future__ import annotations

import pytest

from field_pages import PARAGRAPHS, draft_at, page_of, profile
from vn_newsdoc.errors import MissingFieldError
from vn_newsdoc.html._fields import headline
from vn_newsdoc.html._fields._cascade import Draft

_STRATEGIES = {s.name: s for s in headline.CASCADE}


def _find(name: str, html: str, **options: object) -> tuple[str, str | None] | None:
    page = page_of(html, **options)  # type: ignore[arg-type]
    found = _STRATEGIES[name].find(page, Draft())
    if found is None:
        return None
    return found.value, found.key if found.element is None else str(found.element.tag)


def test_the_cascade_is_tried_in_this_order() -> None:
    assert [s.name for s in headline.CASCADE] == [
        "profile selector",
        "title element near the body",
        "metadata headline",
        "<title> without the site's name",
    ]


def test_profile_selector_takes_the_element_the_profile_names() -> None:
    html = "<body><h1>Chuyên mục Xã hội</h1><div class='tieu-de'>Mưa lớn ở Quảng Tín</div></body>"
    assert _find("profile selector", html, profile=profile(headline=".tieu-de")) == (
        "Mưa lớn ở Quảng Tín",
        "div",
    )
    assert _find("profile selector", html) is None  # no profile: not this strategy's page


def test_title_element_prefers_the_one_the_metadata_names() -> None:
    html = (
        "<head><meta property='og:title' content='Mưa lớn gây ngập ở Quảng Tín'></head>"
        "<body><h1>Báo Mẫu điện tử</h1><h2 class='title'>Mưa lớn gây ngập ở Quảng Tín</h2>"
        f"<div>{PARAGRAPHS}</div></body>"
    )
    assert _find("title element near the body", html) == ("Mưa lớn gây ngập ở Quảng Tín", "h2")


def test_title_element_skips_short_labels_and_link_lists() -> None:
    html = "<body><h2 class='title'><a href='/x'>Tin khác trong ngày hôm nay</a></h2></body>"
    assert _find("title element near the body", html) is None


def test_metadata_headline_names_its_key() -> None:
    html = "<head><meta property='og:title' content='Mưa lớn ở Quảng Tín'></head><body></body>"
    assert _find("metadata headline", html) == ("Mưa lớn ở Quảng Tín", "og:title")


def test_title_tag_drops_the_sites_name() -> None:
    html = "<head><title>Mưa lớn ở Quảng Tín | Báo Mẫu</title></head><body></body>"
    assert _find("<title> without the site's name", html) == ("Mưa lớn ở Quảng Tín", "<title>")


def test_decide_without_any_headline_raises_missing_field() -> None:
    page = page_of("<body><p>x</p></body>")
    with pytest.raises(MissingFieldError, match="headline"):
        headline.decide(page, Draft())


def test_a_bold_opening_line_replaces_a_title_tag_headline() -> None:
    html = (
        "<head><title>Báo Mẫu</title></head><body><div class='content'>"
        f"<p><b>Mưa lớn gây ngập ở Quảng Tín</b></p>{PARAGRAPHS}</div></body>"
    )
    page = page_of(html)
    draft = draft_at(page, "headline from the body's opening line")
    assert draft.headline == "Mưa lớn gây ngập ở Quảng Tín"
    assert all(b.text != draft.headline for b in draft.blocks)
    assert page.decisions[-1].strategy == "bold line opening the body"


def test_a_bold_opening_line_ending_a_sentence_stays_in_the_body() -> None:
    html = (
        "<head><title>Báo Mẫu</title></head><body><div class='content'>"
        f"<p><b>Mưa lớn gây ngập ở Quảng Tín.</b></p>{PARAGRAPHS}</div></body>"
    )
    draft = draft_at(page_of(html), "headline from the body's opening line")
    assert draft.headline == "Báo Mẫu"


def test_an_element_headline_is_never_replaced_from_the_body() -> None:
    html = (
        "<body><h1>Mưa lớn ở Quảng Tín</h1><div class='content'>"
        f"<p><b>Một dòng in đậm mở đầu</b></p>{PARAGRAPHS}</div></body>"
    )
    draft = draft_at(page_of(html), "headline from the body's opening line")
    assert draft.headline == "Mưa lớn ở Quảng Tín"


def test_the_heading_right_above_the_body_outranks_a_side_boxs_h1() -> None:
    # A portal's side boxes title themselves in h1; the article's title is the h2 set
    # above its text, with an empty date slot "( )" after it.
    html = (
        "<head><title>Trang chủ - Liên đoàn Lao động</title></head><body>"
        "<div class='col'><div class='detail'><h2>Thuê bao di động được lợi khi chuyển "
        f"mạng giữ số <span>( )</span></h2><div class='content'>{PARAGRAPHS * 3}</div></div>"
        "<section><h1 class='portlet-title'>Thống kê truy cập</h1><p>Đang truy cập: 12</p>"
        "</section></div></body>"
    )
    assert _find("title element near the body", html) == (
        "Thuê bao di động được lợi khi chuyển mạng giữ số",
        "h2",
    )
    # Without that heading the side box's h1 is all there is.
    without = html.replace("<h2>", "<p>").replace("</h2>", "</p>")
    assert _find("title element near the body", without) == ("Thống kê truy cập", "h1")


def test_a_lead_set_as_a_heading_above_the_body_is_no_headline() -> None:
    for sapo in (
        "<h2 class='article-sapo'>Nông dân Tân Phú gặt lúa nhanh hơn mọi năm</h2>",
        "<h2>Nắng sớm giúp bà con xã Tân Phú gặt lúa nhanh hơn mọi năm một tuần.</h2>",
    ):
        html = (
            "<head><title>Trang chủ - Báo Đồng Quê</title></head><body><div class='main'>"
            f"<h1></h1>{sapo}<div class='content'>{PARAGRAPHS * 3}</div></div></body>"
        )
        assert _find("title element near the body", html) is None
