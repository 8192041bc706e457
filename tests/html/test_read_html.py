"""read_html on whole pages of our own writing: every field, the generic path, strictness."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from vn_newsdoc.errors import MalformedInputError, MissingFieldError
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Figure, Heading, ListItem, Paragraph, Quote, Role

VN = dt.timezone(dt.timedelta(hours=7))

_HEAD = """<head><meta charset="utf-8">
<title>Nông dân Tân Phú thu hoạch lúa sớm - Báo Đồng Quê</title>
<meta property="og:title" content="Nông dân Tân Phú thu hoạch lúa sớm">
<meta property="article:published_time" content="2024-04-12T07:30:00+07:00">
</head>"""

_BODY = """<body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></div>
<div class="main">
<h1 class="article-title">Nông dân Tân Phú thu hoạch lúa sớm</h1>
<div class="article-date">Thứ Sáu, 12/04/2024 - 07:30</div>
<h2 class="article-sapo">(BĐQ) - Nắng sớm giúp bà con xã Tân Phú gặt lúa nhanh hơn
mọi năm một tuần.</h2>
<div class="article-content">
<p>Từ sáng sớm, các cánh đồng ven sông đã rộn ràng tiếng máy gặt đập liên hợp.</p>
<figure><img src="/anh/lua.jpg">
<figcaption>Máy gặt trên cánh đồng xã Tân Phú. Ảnh: Minh Khang</figcaption></figure>
<p>Ông Trần Văn Lộc, Chủ tịch UBND xã, cho biết năng suất đạt khoảng sáu tấn mỗi héc-ta.</p>
<h3>Giá lúa ổn định</h3>
<p>Giá lúa tươi tại ruộng dao động quanh mức bảy nghìn đồng một ký, theo các thương lái.</p>
<blockquote>Năm nay được mùa, bà con ai cũng vui.</blockquote>
<ul><li>Giống lúa mới chịu hạn tốt.</li><li>Chi phí phân bón giảm.</li></ul>
<p>Xem thêm: <a href="/gia-phan-bon">Giá phân bón giảm mạnh</a></p>
<p style="text-align:right"><strong>Minh Khang</strong></p>
<p style="text-align:right">Theo TTXVN</p>
</div>
<div class="box-tinlienquan"><a href="/tin-khac">Tin liên quan: Mùa gặt ở miền Bắc</a></div>
<div class="social-share">Chia sẻ Facebook Zalo</div>
</div></body>"""

_PAGE = f"<html lang='vi'>{_HEAD}{_BODY}</html>"
_URL = "https://dongque.example.vn/xa-hoi/lua-chin-123.html"


def test_the_headline_is_the_h1_not_the_title() -> None:
    article = read_html(_PAGE.encode("utf-8"), url=_URL)
    assert article.headline == "Nông dân Tân Phú thu hoạch lúa sớm"


def test_the_lead_has_its_outlet_tag_split_off() -> None:
    article = read_html(_PAGE, url=_URL)
    assert article.lead == "Nắng sớm giúp bà con xã Tân Phú gặt lúa nhanh hơn mọi năm một tuần."
    assert article.outlet == "BĐQ"


def test_the_body_reads_in_order_with_every_block_kind() -> None:
    article = read_html(_PAGE, url=_URL)
    assert article.body == (
        Paragraph("Từ sáng sớm, các cánh đồng ven sông đã rộn ràng tiếng máy gặt đập liên hợp."),
        Figure(
            caption="Máy gặt trên cánh đồng xã Tân Phú.",
            credit="Minh Khang",
            src="https://dongque.example.vn/anh/lua.jpg",
        ),
        Paragraph(
            "Ông Trần Văn Lộc, Chủ tịch UBND xã, cho biết năng suất đạt khoảng sáu tấn mỗi héc-ta."
        ),
        Heading("Giá lúa ổn định", level=3),
        Paragraph(
            "Giá lúa tươi tại ruộng dao động quanh mức bảy nghìn đồng một ký, theo các thương lái."
        ),
        Quote("Năm nay được mùa, bà con ai cũng vui."),
        ListItem("Giống lúa mới chịu hạn tốt."),
        ListItem("Chi phí phân bón giảm."),
    )


def test_the_closing_lines_are_the_byline() -> None:
    article = read_html(_PAGE, url=_URL)
    assert article.byline is not None
    assert article.authors == ("Minh Khang",)
    assert article.byline.authors[0].roles == (Role.TEXT,)
    assert article.byline.source == "TTXVN"


def test_published_people_and_url() -> None:
    article = read_html(_PAGE, url=_URL)
    assert article.published == dt.datetime(2024, 4, 12, 7, 30, tzinfo=VN)
    assert article.updated is None
    assert article.site == "dongque.example.vn"
    assert [(p.name, p.titles) for p in article.people] == [("Trần Văn Lộc", ("Chủ tịch UBND xã",))]
    assert article.url == _URL


def test_the_generic_path_reads_an_unseen_site_the_same_with_or_without_profiles() -> None:
    assert read_html(_PAGE, url=_URL) == read_html(_PAGE, url=_URL, site_profiles=False)


# ---------------------------------------------------------------------------------------
# Headline cascade.


def test_an_empty_h1_gives_way_to_the_metadata_headline() -> None:
    page = _PAGE.replace(
        '<h1 class="article-title">Nông dân Tân Phú thu hoạch lúa sớm</h1>', "<h1></h1>"
    )
    assert read_html(page).headline == "Nông dân Tân Phú thu hoạch lúa sớm"


def test_without_h1_or_metadata_the_title_loses_the_site_suffix() -> None:
    page = (
        "<html><head><title>Mưa đá bất ngờ ở Sa Pa | Báo Vùng Cao</title></head><body>"
        "<div class='noidung'><p>Chiều qua, mưa đá kèm gió lớn bất ngờ đổ xuống thị xã.</p>"
        "<p>Nhiều mái tôn bị thủng, người dân đã kịp che chắn hoa màu.</p></div></body></html>"
    )
    assert read_html(page).headline == "Mưa đá bất ngờ ở Sa Pa"


def test_a_site_name_h1_is_not_the_headline() -> None:
    page = _PAGE.replace(
        '<div class="menu">', '<h1 class="logo">Báo Đồng Quê</h1><div class="menu">'
    )
    assert read_html(page).headline == "Nông dân Tân Phú thu hoạch lúa sớm"


def test_a_page_without_any_headline_is_refused() -> None:
    with pytest.raises(MissingFieldError) as caught:
        read_html("<html><body><p>Chỉ có một dòng chữ.</p></body></html>")
    assert caught.value.field == "headline"


# ---------------------------------------------------------------------------------------
# Lead forms.


@pytest.mark.parametrize(
    ("sapo", "outlet", "lead"),
    [
        pytest.param("TTO - Giá lúa tăng nhẹ.", "TTO", "Giá lúa tăng nhẹ.", id="TTO"),
        pytest.param("(Dân trí) - Giá lúa tăng nhẹ.", "Dân trí", "Giá lúa tăng nhẹ.", id="dan-tri"),
        pytest.param("(NLĐO)- Giá lúa tăng nhẹ.", "NLĐO", "Giá lúa tăng nhẹ.", id="no-space"),
        pytest.param(
            "Giá lúa tăng nhẹ trong tuần.", None, "Giá lúa tăng nhẹ trong tuần.", id="none"
        ),
    ],
)
def test_outlet_tags(sapo: str, outlet: str | None, lead: str) -> None:
    page = _PAGE.replace(
        "(BĐQ) - Nắng sớm giúp bà con xã Tân Phú gặt lúa nhanh hơn\nmọi năm một tuần.",
        sapo + " Bà con phấn khởi vì được mùa.",
    )
    article = read_html(page)
    assert article.outlet == outlet
    assert article.lead == f"{lead} Bà con phấn khởi vì được mùa."


def test_a_bold_opening_paragraph_is_the_lead() -> None:
    page = (
        "<html><head><title>Lúa chín</title></head><body><h1>Lúa chín vàng đồng Tân Phú</h1>"
        "<div class='content'><p><strong>Những ngày này, cánh đồng Tân Phú đã chín vàng, "
        "chờ ngày gặt hái của bà con.</strong></p>"
        "<p>Người dân tranh thủ thời tiết đẹp để thu hoạch, kịp bán cho thương lái.</p>"
        "<p>Giá lúa năm nay cao hơn năm ngoái, bà con ai cũng phấn khởi.</p></div></body></html>"
    )
    article = read_html(page)
    assert article.lead == (
        "Những ngày này, cánh đồng Tân Phú đã chín vàng, chờ ngày gặt hái của bà con."
    )
    assert len(article.paragraphs) == 2


def test_a_lead_with_a_read_more_link_loses_the_link() -> None:
    page = _PAGE.replace(
        "một tuần.</h2>", "một tuần.<br><a href='/khac'>&gt;&gt; Mùa gặt năm ngoái</a></h2>"
    )
    assert read_html(page).lead == (
        "Nắng sớm giúp bà con xã Tân Phú gặt lúa nhanh hơn mọi năm một tuần."
    )


# ---------------------------------------------------------------------------------------
# Dates.


def _without_metadata(page: str) -> str:
    return page.replace(
        '<meta property="article:published_time" content="2024-04-12T07:30:00+07:00">', ""
    )


def test_the_visible_dateline_is_read_when_metadata_has_no_date() -> None:
    page = _without_metadata(_PAGE).replace(
        "Thứ Sáu, 12/04/2024 - 07:30", "Cập nhật: 18h45 ngày 1/7/2022"
    )
    assert read_html(page).published == dt.datetime(2022, 7, 1, 18, 45, tzinfo=VN)


def test_the_dateline_offset_wins_over_a_metadata_offset_on_the_same_wall_clock() -> None:
    page = _PAGE.replace("2024-04-12T07:30:00+07:00", "2024-04-12T07:30:25+08:00").replace(
        "Thứ Sáu, 12/04/2024 - 07:30", "Thứ sáu, 12/4/2024, 07:30 (GMT+7)"
    )
    assert read_html(page).published == dt.datetime(2024, 4, 12, 7, 30, 25, tzinfo=VN)


def test_a_dateline_without_an_offset_does_not_override_the_metadata_offset() -> None:
    page = _PAGE.replace("2024-04-12T07:30:00+07:00", "2024-04-12T07:30:00+00:00").replace(
        "Thứ Sáu, 12/04/2024 - 07:30", "12/04/2024 07:30"
    )
    published = read_html(page).published
    assert published == dt.datetime(2024, 4, 12, 7, 30, tzinfo=dt.UTC)


def test_a_vietnamese_page_shows_vietnam_time_where_metadata_states_a_foreign_offset() -> None:
    page = _PAGE.replace("2024-04-12T07:30:00+07:00", "2024-04-12T07:30:00+08:00").replace(
        "Thứ Sáu, 12/04/2024 - 07:30", "12/04/2024 07:30"
    )
    assert read_html(page).published == dt.datetime(2024, 4, 12, 7, 30, tzinfo=VN)


@pytest.mark.parametrize(
    "attribute",
    [
        pytest.param('title="12/04/24 at 09:15"', id="title"),
        pytest.param('data-time="1712888100"', id="data-time-epoch"),
        pytest.param('data-datestring="2024-04-12T09:15:00+07:00"', id="data-datestring"),
    ],
)
def test_a_time_kept_in_a_date_element_attribute_is_read(attribute: str) -> None:
    page = _with_date_element(f'<span class="DateTime" {attribute}>12/04/24</span>')
    assert read_html(page).published == dt.datetime(2024, 4, 12, 9, 15, tzinfo=VN)


def _with_date_element(element: str) -> str:
    """The page without metadata times, its dateline replaced by ``element``."""
    return _without_metadata(_PAGE).replace(
        '<div class="article-date">Thứ Sáu, 12/04/2024 - 07:30</div>',
        f'<div class="byline">Gửi lúc {element}</div>',
    )


def test_a_missing_date_is_logged_and_raised_when_strict(
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = _without_metadata(_PAGE).replace(
        '<div class="article-date">Thứ Sáu, 12/04/2024 - 07:30</div>', ""
    )
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc.html"):
        assert read_html(page, url=_URL).published is None
    assert any(_URL in r.getMessage() and "published" in r.getMessage() for r in caplog.records)
    with pytest.raises(MissingFieldError) as caught:
        read_html(page, url=_URL, strict=True)
    assert caught.value.field == "published"


_PLACEHOLDERS = [
    pytest.param(
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "0001-01-01T00:00:00Z"}</script>',
        id="json-ld-year-1",
    ),
    pytest.param(
        '<meta property="article:published_time" content="0001-01-01T00:00:00+00:00">',
        id="meta-year-1",
    ),
    pytest.param('<meta itemprop="datePublished" content="0001-01-01">', id="meta-date-year-1"),
    pytest.param(
        '<meta property="article:published_time" content="1970-01-01T07:00:00+07:00">',
        id="meta-unix-epoch",
    ),
]


@pytest.mark.parametrize("placeholder", _PLACEHOLDERS)
def test_a_placeholder_date_in_metadata_is_no_date(
    placeholder: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Issue 8, fault 9: CMSs write the zero time where the publication date is empty.
    page = _without_metadata(_PAGE).replace("</head>", placeholder + "</head>")
    without_dateline = page.replace(
        '<div class="article-date">Thứ Sáu, 12/04/2024 - 07:30</div>', ""
    )
    with caplog.at_level(logging.INFO, logger="vn_newsdoc.html"):
        assert read_html(without_dateline).published is None
    assert any("placeholder" in r.getMessage() for r in caplog.records)
    # The visible dateline, and a real metadata time beside the placeholder, still count.
    assert read_html(page).published == dt.datetime(2024, 4, 12, 7, 30, tzinfo=VN)
    both = _PAGE.replace("</head>", placeholder + "</head>")
    assert read_html(both).published == dt.datetime(2024, 4, 12, 7, 30, tzinfo=VN)


@pytest.mark.parametrize(
    "element",
    [
        pytest.param('<time datetime="0001-01-01T00:00:00Z">12/04/24</time>', id="time"),
        pytest.param('<span class="DateTime" data-time="0000000000">12/04/24</span>', id="epoch"),
    ],
)
def test_a_placeholder_in_a_date_element_gives_way_to_its_text(element: str) -> None:
    published = read_html(_with_date_element(element)).published
    assert published is not None
    assert published.year == 2024


def test_a_missing_body_raises_when_strict() -> None:
    page = f"<html>{_HEAD}<body><h1>Nông dân Tân Phú thu hoạch lúa sớm</h1></body></html>"
    assert read_html(page).body == ()
    with pytest.raises(MissingFieldError) as caught:
        read_html(page, strict=True)
    assert caught.value.field == "body"


# ---------------------------------------------------------------------------------------
# Other languages and bad input.

_ENGLISH = """<!DOCTYPE html><html lang="en"><head>
<title>River levels fall after a week of floods | The Valley Courier</title>
<meta property="og:title" content="River levels fall after a week of floods">
<meta property="og:site_name" content="The Valley Courier">
<script type="application/ld+json">{"@type": "NewsArticle",
 "headline": "River levels fall after a week of floods",
 "datePublished": "2024-03-05T09:15:00Z",
 "author": {"@type": "Person", "name": "Jane Moreau"}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1 class="entry-title">River levels fall after a week of floods</h1>
<p class="lead">Residents began returning home on Tuesday as the water receded.</p>
<div class="entry-content">
<p>The river dropped by almost a metre overnight, according to the regional water agency.</p>
<figure><img src="https://cdn.example.com/river.jpg"><figcaption>Volunteers clear mud from
a street in the old town. Photo: Tom Hale</figcaption></figure>
<p>Engineers will inspect the two bridges closed since last Monday before they reopen.</p>
<p>Officials said the clean-up would take several weeks, and asked drivers to avoid the area.</p>
<p class="read-more">Read more: <a href="/floods">Floods in the region</a></p>
</div>
<aside class="related"><h3>Related</h3><a href="/a">Storm warning issued</a></aside>
</article></main>
<footer>© The Valley Courier</footer>
</body></html>"""


def test_an_english_article_page() -> None:
    article = read_html(_ENGLISH, url="https://valley.example.com/news/river-levels")
    assert article.headline == "River levels fall after a week of floods"
    assert article.lead == "Residents began returning home on Tuesday as the water receded."
    assert article.published == dt.datetime(2024, 3, 5, 9, 15, tzinfo=dt.UTC)
    assert article.paragraphs == (
        "The river dropped by almost a metre overnight, according to the regional water agency.",
        "Engineers will inspect the two bridges closed since last Monday before they reopen.",
        "Officials said the clean-up would take several weeks, and asked drivers to avoid the "
        "area.",
    )
    assert article.figures == (
        Figure(
            caption="Volunteers clear mud from a street in the old town.",
            credit="Tom Hale",
            src="https://cdn.example.com/river.jpg",
        ),
    )
    assert article.authors == ("Jane Moreau",)
    assert article.site == "The Valley Courier"


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"%PDF-1.4 binary", id="pdf"),
        pytest.param('{"headline": "Không phải HTML"}', id="json"),
    ],
)
def test_input_that_is_not_a_page_is_refused(source: str | bytes) -> None:
    with pytest.raises(MalformedInputError):
        read_html(source)


def test_reading_is_deterministic_and_leaves_no_state() -> None:
    first = read_html(_PAGE, url=_URL)
    read_html(_ENGLISH)
    assert read_html(_PAGE, url=_URL) == first


def test_an_author_box_with_by_and_two_names() -> None:
    page = _ENGLISH.replace(',\n "author": {"@type": "Person", "name": "Jane Moreau"}', "").replace(
        '<p class="lead">', '<p class="byline">By Jane Moreau and Tom Hale</p>\n<p class="lead">'
    )
    article = read_html(page)
    assert article.authors == ("Jane Moreau", "Tom Hale")
    assert article.lead == "Residents began returning home on Tuesday as the water receded."


def test_the_article_body_marked_by_microdata_wins_over_a_longer_block() -> None:
    filler = "".join(
        f"<p>Quảng cáo số {i}: mua bán nhà đất, xe cộ, đồ cũ giá rẻ, liên hệ ngay hôm nay.</p>"
        for i in range(8)
    )
    page = (
        "<html><head><title>Đường mới ở xã Tân Phú</title></head><body>"
        f"<h1>Đường mới ở xã Tân Phú</h1><div class='col'>{filler}</div>"
        "<div itemprop='articleBody'><p>Con đường bê tông dài hai cây số đã thông xe sáng nay.</p>"
        "<p>Người dân góp tiền, góp công để làm đường trong ba tháng, tiết kiệm nhiều chi phí.</p>"
        "</div></body></html>"
    )
    assert read_html(page).paragraphs == (
        "Con đường bê tông dài hai cây số đã thông xe sáng nay.",
        "Người dân góp tiền, góp công để làm đường trong ba tháng, tiết kiệm nhiều chi phí.",
    )


_BLOG = """<!DOCTYPE html><html lang="en"><head>
<title>Rebuilding the old mill – Riverside Notes</title></head><body><div id="page">
<header id="masthead"><p class="site-title">Riverside Notes</p></header>
<main id="main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Rebuilding the old mill</h1>
<div class="entry-meta"><time class="entry-date published" datetime="2023-08-14T18:02:11+00:00">
August 14, 2023</time> by <span class="author vcard"><a href="/author/ann">Ann Lee</a></span>
</div></header>
<div class="entry-content">
<p>It took three summers, a borrowed tractor and more patience than any of us had.</p>
<div class="wp-caption"><img src="/uploads/mill.jpg" width="800">
<p class="wp-caption-text">The mill in its first spring, before the wheel was fixed.</p></div>
<p>The roof came first; half the beams were rotten, so we cut new ones from fallen oaks.</p>
<p>Today the wheel turns again, and the village bakery buys our flour every week.</p>
</div>
<footer class="entry-footer">Posted in <a href="/c/history">History</a></footer></article>
<div id="comments" class="comments-area"><ol><li>
<p>What a wonderful project, well done to all!</p></li></ol></div></main></div></body></html>"""


def test_a_blog_post_dated_by_a_time_element_with_its_meta_line_kept_out() -> None:
    article = read_html(_BLOG)
    assert article.headline == "Rebuilding the old mill"
    assert article.published == dt.datetime(2023, 8, 14, 18, 2, 11, tzinfo=dt.UTC)
    assert article.authors == ("Ann Lee",)
    assert article.paragraphs == (
        "It took three summers, a borrowed tractor and more patience than any of us had.",
        "The roof came first; half the beams were rotten, so we cut new ones from fallen oaks.",
        "Today the wheel turns again, and the village bakery buys our flour every week.",
    )
    assert article.captions == ("The mill in its first spring, before the wheel was fixed.",)


def test_microdata_and_data_attributes_mark_the_lead_and_an_author_link_the_author() -> None:
    page = (
        "<html><head><title>Cầu mới nối hai xã</title></head><body>"
        "<h1 itemprop='headline'>Cầu mới nối hai xã</h1>"
        "<div><a href='/tac-gia/thu-ha-12.htm'>Thu Hà</a> "
        "<span itemprop='datePublished'>09/03/2026 10:15</span></div>"
        "<div data-role='sapo'>Cây cầu dài 120 m giúp người dân hai xã đi lại dễ dàng hơn.</div>"
        "<div data-role='content'><p>Sáng nay, cây cầu bê tông bắc qua sông Lam đã thông xe.</p>"
        "<p>Trước đây, người dân phải đi đò hoặc đi vòng gần mười cây số.</p></div>"
        "</body></html>"
    )
    article = read_html(page)
    assert article.lead == "Cây cầu dài 120 m giúp người dân hai xã đi lại dễ dàng hơn."
    assert article.authors == ("Thu Hà",)
    assert article.published == dt.datetime(2026, 3, 9, 10, 15, tzinfo=VN)
    assert len(article.paragraphs) == 2


_OLD_TABLE_PAGE = """<html><head><title>Tin vắn - Báo Xưa</title></head><body>
<table width=100%><tr><td class=menu><a href=/>Trang chủ</a> | <a href=/tt>Thời sự</a></td></tr>
<tr><td valign=top><font face=Arial size=4><b>Khánh thành cầu treo bản Mường</b></font><br>
<font size=2 color=gray>Cập nhật lúc 10:30 ngày 05/06/2009</font><br><br>
<font size=2><i>Sáng nay, cầu treo nối hai bờ suối Nậm Mu đã được khánh thành, niềm vui
lớn của bà con.</i><br><br>
Cây cầu dài 80 mét, rộng 1,5 mét, do người dân và bộ đội cùng làm trong hai tháng.<br><br>
Trước đây, mỗi mùa lũ bà con phải đi vòng gần 20 cây số để ra chợ xã, rất vất vả.<br><br>
<img src=/anh/cau.jpg width=400><br><i>Cầu treo bản Mường ngày khánh thành</i><br><br>
Xã sẽ làm thêm hai cây cầu nữa trong năm tới, theo kế hoạch đã được duyệt.<br><br>
<div align=right><b>Lò Minh</b></div></font></td>
<td class=right><b>Tin khác</b><br><a href=/1>Mưa lớn ở Lai Châu</a><br>
<a href=/2>Đường mới ở Sìn Hồ</a></td></tr></table></body></html>"""


def test_an_old_table_page_without_classes_or_metadata() -> None:
    article = read_html(_OLD_TABLE_PAGE)
    assert article.headline == "Khánh thành cầu treo bản Mường"
    assert article.published == dt.datetime(2009, 6, 5, 10, 30, tzinfo=VN)
    assert article.lead == (
        "Sáng nay, cầu treo nối hai bờ suối Nậm Mu đã được khánh thành, niềm vui lớn của bà con."
    )
    assert article.paragraphs == (
        "Cây cầu dài 80 mét, rộng 1,5 mét, do người dân và bộ đội cùng làm trong hai tháng.",
        "Trước đây, mỗi mùa lũ bà con phải đi vòng gần 20 cây số để ra chợ xã, rất vất vả.",
        "Xã sẽ làm thêm hai cây cầu nữa trong năm tới, theo kế hoạch đã được duyệt.",
    )
    assert article.captions == ("Cầu treo bản Mường ngày khánh thành",)
    assert article.authors == ("Lò Minh",)


def test_a_url_that_is_not_a_url_is_left_unused_or_refused_when_strict(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc.html"):
        article = read_html(_PAGE, url="http://[broken")
    assert article.headline == "Nông dân Tân Phú thu hoạch lúa sớm"
    assert article.url is None
    assert any("not a URL" in r.getMessage() for r in caplog.records)
    with pytest.raises(MalformedInputError):
        read_html(_PAGE, url="http://[broken", strict=True)


def test_links_in_the_page_that_are_not_urls_do_not_stop_reading() -> None:
    page = _PAGE.replace("<head>", '<head><link rel="canonical" href="http://[broken">', 1)
    assert page != _PAGE
    article = read_html(page, url="https://baomau.vn/nong-nghiep/lua-som.html")
    assert article.headline == "Nông dân Tân Phú thu hoạch lúa sớm"
    assert article.url == "https://baomau.vn/nong-nghiep/lua-som.html"
    assert read_html(page).url is None


# ---------------------------------------------------------------------------------------
# The lead by what it says and where it sits, whatever its class.

_LEAD_TEXT = (
    "Nắng sớm giúp bà con xã Tân Phú gặt lúa nhanh hơn mọi năm một tuần, "
    "giá lúa tươi lại ổn định nên ai cũng phấn khởi."
)
_PARAGRAPHS = "".join(
    f"<p class='txt'>{p}</p>"
    for p in (
        "Từ sáng sớm, các cánh đồng ven sông đã rộn ràng tiếng máy gặt đập liên hợp.",
        "Ông Trần Văn Lộc, Chủ tịch UBND xã, cho biết năng suất đạt khoảng sáu tấn.",
        "Giá lúa tươi tại ruộng dao động quanh mức bảy nghìn đồng một ký, theo thương lái.",
    )
)


def _lead_page(description: str, body: str) -> str:
    return (
        "<html><head><meta charset='utf-8'>"
        "<meta property='og:title' content='Nông dân Tân Phú thu hoạch lúa sớm'>"
        f"<meta name='description' content='{description}'>"
        "<meta property='article:published_time' content='2024-04-12T07:30:00+07:00'>"
        f"</head><body>{body}</body></html>"
    )


@pytest.mark.parametrize(
    "description",
    [
        pytest.param(_LEAD_TEXT, id="whole"),
        pytest.param(_LEAD_TEXT[:80] + "…", id="cut-short"),
        pytest.param(_LEAD_TEXT[:80] + " ...", id="cut-short-dots"),
    ],
)
def test_the_block_the_description_repeats_is_the_lead_whatever_its_class(
    description: str,
) -> None:
    page = _lead_page(
        description,
        "<div class='story'><h1>Nông dân Tân Phú thu hoạch lúa sớm</h1>"
        f"<p class='khoi-dau'>{_LEAD_TEXT}</p>{_PARAGRAPHS}</div>",
    )
    article = read_html(page)
    assert article.lead == _LEAD_TEXT
    assert _LEAD_TEXT not in article.paragraphs
    assert len(article.paragraphs) == 3


def test_a_description_repeating_the_first_paragraph_of_the_body_gives_no_lead() -> None:
    first = f"<p class='txt'>{_LEAD_TEXT}</p>"
    page = _lead_page(
        _LEAD_TEXT,
        f"<div class='story'><h1>Nông dân Tân Phú thu hoạch lúa sớm</h1>{first}{_PARAGRAPHS}</div>",
    )
    article = read_html(page)
    assert article.lead is None
    assert article.paragraphs[0] == _LEAD_TEXT


def test_a_summary_box_between_the_headline_and_the_body_is_the_lead() -> None:
    page = _lead_page(
        "Nông dân Tân Phú thu hoạch lúa sớm",
        "<div class='news'><h1>Nông dân Tân Phú thu hoạch lúa sớm</h1>"
        "<div class='meta'>12/04/2024 - 07:30</div>"
        "<div class='box'><div class='qq'>- Lúa chín sớm một tuần nhờ nắng.<br>"
        "- Giá lúa tươi ổn định quanh bảy nghìn đồng.<br>- Bà con thuê máy gặt.</div></div>"
        f"<div class='body-text'><p><i>Bài viết thể hiện quan điểm riêng của tác giả.</i></p>"
        f"{_PARAGRAPHS}</div></div>",
    )
    article = read_html(page)
    assert article.lead == (
        "- Lúa chín sớm một tuần nhờ nắng. - Giá lúa tươi ổn định quanh bảy nghìn đồng. "
        "- Bà con thuê máy gặt."
    )
    assert article.paragraphs[0] == "Bài viết thể hiện quan điểm riêng của tác giả."


def test_a_caption_or_byline_between_the_headline_and_the_body_is_not_the_lead() -> None:
    caption = (
        "Máy gặt đập liên hợp làm việc trên cánh đồng ven sông của xã Tân Phú sáng 12/4, "
        "khi nắng vừa lên."
    )
    page = _lead_page(
        "Nông dân Tân Phú thu hoạch lúa sớm",
        "<div class='news'><h1>Nông dân Tân Phú thu hoạch lúa sớm</h1>"
        "<div class='by'>Bài và ảnh: Trần Minh Khang, phóng viên thường trú tại Long An</div>"
        f"<div class='photo'><img src='/a.jpg'><p class='image_desc'>{caption}</p></div>"
        f"<div class='body-text'>{_PARAGRAPHS}</div></div>",
    )
    assert read_html(page).lead is None


# ---------------------------------------------------------------------------------------
# Bylines and sources outside the closing lines; dates from date-only metadata.

_PARAS = "".join(
    f"<p>{text}</p>"
    for text in (
        "Mưa lớn kéo dài từ đêm qua khiến nhiều tuyến đường trong thị trấn bị ngập sâu.",
        "Lực lượng chức năng đã có mặt để hướng dẫn người dân đi đường vòng an toàn.",
        "Chính quyền địa phương cho biết sẽ nạo vét kênh thoát nước trong tháng tới.",
    )
)


def _page(head: str, body: str, lang: str = "vi") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


_VN_HEAD = (
    "<title>Mưa lớn gây ngập nhiều tuyến đường</title>"
    '<meta property="article:published_time" content="2024-05-02T08:10:00+07:00">'
)
_VN_H1 = "<h1 class='title'>Mưa lớn gây ngập nhiều tuyến đường</h1>"


def test_theo_a_person_is_the_author_and_the_source_box_gives_the_source() -> None:
    head = _VN_HEAD + '<meta property="article:author" content="Theo Lê Thu Hà">'
    body = (
        f"{_VN_H1}<div class='article-content'>{_PARAS}</div>"
        "<div class='content-box'><p class='author'>Theo Lê Thu Hà</p>"
        "<p class='source'>Nông Thôn Mới</p></div>"
    )
    byline = read_html(_page(head, body)).byline
    assert byline is not None
    assert byline.names == ("Lê Thu Hà",)
    assert byline.source == "Nông Thôn Mới"


def test_a_signature_right_after_the_body_container_is_the_byline() -> None:
    body = (
        f"{_VN_H1}<div class='article-content'>{_PARAS}</div>"
        "<div style='text-align:right;font-weight:bold'>T. Hà</div>"
        "<a href='/'>[Quay lại]</a><div class='comment-box'>Lê Vân</div>"
    )
    article = read_html(_page(_VN_HEAD, body))
    assert article.authors == ("T. Hà",)
    assert "T. Hà" not in article.paragraphs


def test_a_plain_line_after_the_body_container_is_no_signature() -> None:
    body = f"{_VN_H1}<div class='article-content'>{_PARAS}</div><div>Lê Vân</div>"
    assert read_html(_page(_VN_HEAD, body)).byline is None


def test_a_source_in_the_meta_row_beside_the_author() -> None:
    body = (
        f"<div class='header'>{_VN_H1}<div class='meta'>"
        "<span class='meta-author'>Lê Vân</span>"
        "<span class='meta-source'>Theo Nông Thôn Mới</span></div></div>"
        f"<div class='article-content'>{_PARAS}</div>"
    )
    byline = read_html(_page(_VN_HEAD, body)).byline
    assert byline is not None
    assert (byline.names, byline.source) == (("Lê Vân",), "Nông Thôn Mới")


def test_an_opening_labelled_byline_beside_an_author_portrait() -> None:
    head = (
        "<title>Neue Brücke wird im Mai eröffnet</title>"
        '<meta property="article:published_time" content="2023-11-06T16:25:44+01:00">'
    )
    body = (
        "<h1>Neue Brücke wird im Mai eröffnet</h1><div class='article'>"
        "<p><img class='autorenbild' src='/img/Autorin_Clara_Dubois.jpg'>"
        " <i>Von Clara Dubois</i></p>"
        "<p>Die neue Brücke über den Fluss soll im Mai für den Verkehr freigegeben werden.</p>"
        "<p>Die Bauarbeiten hatten sich wegen des nassen Winters um drei Monate verzögert.</p>"
        "<p>Der Bürgermeister lobte die Arbeiter und dankte den Anwohnern für ihre Geduld.</p>"
        "</div>"
    )
    article = read_html(_page(head, body, lang="de"))
    assert article.authors == ("Clara Dubois",)
    assert article.figures == ()
    assert all("Clara Dubois" not in p for p in article.paragraphs)


def test_date_only_metadata_yields_to_a_visible_time_on_that_day() -> None:
    head = "<title>Mưa lớn gây ngập nhiều tuyến đường</title>"
    body = (
        "<span class='fr'><meta itemprop='datePublished' content='2024-05-02'>"
        f"Thứ Năm, 02/05/2024 - 08:10</span>{_VN_H1}<div class='article-content'>{_PARAS}</div>"
    )
    assert read_html(_page(head, body)).published == dt.datetime(2024, 5, 2, 8, 10, tzinfo=VN)


def test_date_only_metadata_is_kept_against_a_time_on_another_day() -> None:
    head = '<title>Mưa lớn</title><meta itemprop="datePublished" content="2024-05-02">'
    body = (
        f"{_VN_H1}<div class='post-date'>03/05/2024 09:00</div>"
        f"<div class='article-content'>{_PARAS}</div>"
    )
    assert read_html(_page(head, body)).published == dt.date(2024, 5, 2)


def test_a_date_without_a_time_stays_a_date_and_a_shown_time_completes_it() -> None:
    # Metadata and dateline give only dates: the article holds dates, not midnight.
    head = (
        '<title>Mưa lớn</title><meta itemprop="datePublished" content="2024-05-02">'
        '<meta property="article:modified_time" content="2024-05-04">'
    )
    content = f"<div class='article-content'>{_PARAS}</div>"
    body = f"{_VN_H1}<div class='post-date'>02/05/2024</div>{content}"
    article = read_html(_page(head, body))
    assert (article.published, article.updated) == (dt.date(2024, 5, 2), dt.date(2024, 5, 4))
    # A dateline showing a time on the metadata's day gives the time.
    timed = body.replace("02/05/2024", "02/05/2024 09:00")
    published = read_html(_page(head, timed)).published
    assert published == dt.datetime(2024, 5, 2, 9, 0, tzinfo=VN)


def test_an_english_dateline_with_month_name_and_gmt() -> None:
    head = "<title>Storm closes the coast road</title>"
    body = (
        "<h1>Storm closes the coast road</h1>"
        "<div class='story-date'>25 December 2012 07:22 GMT</div><div class='story-body'>"
        "<p>The coast road was closed overnight after waves washed gravel onto it.</p>"
        "<p>Police said it would reopen once the crews had cleared the worst stretches.</p>"
        "</div>"
    )
    published = read_html(_page(head, body, lang="en")).published
    assert published == dt.datetime(2012, 12, 25, 7, 22, tzinfo=dt.UTC)


def test_a_bare_time_on_a_page_in_another_language_is_utc() -> None:
    head = "<title>Storm closes the coast road</title>"
    body = (
        "<h1>Storm closes the coast road</h1>"
        "<div class='story-date'>25 December 2012, 07:22</div><div class='story-body'>"
        "<p>The coast road was closed overnight after waves washed gravel onto it.</p>"
        "<p>Police said it would reopen once the crews had cleared the worst stretches.</p>"
        "</div>"
    )
    published = read_html(_page(head, body, lang="en")).published
    assert published == dt.datetime(2012, 12, 25, 7, 22, tzinfo=dt.UTC)


def test_a_one_line_post_repeating_its_headline_keeps_its_line_and_date_line_apart() -> None:
    page = (
        "<html><head><title>Thông báo lịch nghỉ | Cổng dữ liệu</title></head><body>"
        "<aside><h2>Tin tức</h2><div class='list'><h3><a href='/a'>Thông báo họp tổ</a></h3>"
        "<div>Thông báo họp tổ dân phố</div></div></aside>"
        "<main><section><a class='btn' href='/blog'>Quay lại</a>"
        "<h1 class='page-heading'>Thông báo lịch nghỉ lễ Quốc khánh năm nay</h1>"
        "<span class='muted date'> 2 tháng 9, 2024 </span>"
        "<div><p>Thông báo lịch nghỉ lễ Quốc khánh năm nay</p></div></section></main></body></html>"
    )
    article = read_html(page)
    assert article.headline == "Thông báo lịch nghỉ lễ Quốc khánh năm nay"
    assert article.published == dt.date(2024, 9, 2)  # the page gives no time of day
    assert article.paragraphs == ("Thông báo lịch nghỉ lễ Quốc khánh năm nay",)


def test_a_forum_thread_line_under_the_headline_is_not_the_lead() -> None:
    page = (
        "<html lang='vi'><body><div class='titleBar'><h1>Chuyện nhỏ trên mạng xã hội</h1>"
        "<p id='pageDescription'>Thảo luận trong '<a href='/f/1'>Mạng xã hội</a>' bắt đầu "
        "bởi <a href='/u/2'>minh_an</a>, <span class='DateTime'>14/12/12</span>.</p></div>"
        "<div class='messageContent'><blockquote class='messageText'>"
        "Hôm qua tôi nhận được một lời mời kết bạn từ người bạn cũ đã mười năm không gặp, "
        "và chúng tôi nói chuyện suốt đêm.<br><br>Sáng nay, cả hai hẹn nhau đi uống cà phê "
        "ở quán quen ngày trước, nơi vẫn bán món bánh mì trứng ngày xưa.</blockquote></div>"
        "</body></html>"
    )
    assert read_html(page).lead is None


def test_a_lead_classed_ingress_under_the_first_photo_is_the_lead() -> None:
    lead = "Người dân ven sông đã kịp gặt xong lúa trước khi cơn bão đầu mùa đổ bộ vào đất liền."
    page = (
        "<html lang='vi'><body><div class='story'><h1>Gặt chạy bão ở miền Tây</h1>"
        "<div class='pic'><img src='/a.jpg'><p class='caption'>Cánh đồng sau mùa gặt</p></div>"
        f"<div class='text'><p class='ingress'>{lead}</p><p>{_P_ONE}</p><p>{_P_TWO}</p></div>"
        "</div></body></html>"
    )
    article = read_html(page)
    assert article.lead == lead
    assert article.paragraphs == (_P_ONE, _P_TWO)


_P_ONE = "Từ tờ mờ sáng, hàng chục máy gặt đã có mặt trên cánh đồng của xã Tân Hòa, huyện ven biển."
_P_TWO = "Theo chính quyền địa phương, hơn chín phần mười diện tích lúa đã được thu hoạch kịp thời."


def _thread(first_author: str) -> str:
    replies = "".join(
        f"<li class='message'><div class='messageContent'><blockquote>{text}</blockquote></div>"
        f"<div class='messageMeta'><a class='username author' href='/u/{i}'>{name}</a></div></li>"
        for i, (name, text) in enumerate(
            [("Hoàng Minh", "Chuyện này tôi cũng gặp rồi, vui thật."), ("Đỗ Hà", "Hay quá!")]
        )
    )
    return (
        "<html lang='vi'><body><h1>Chuyện nhỏ trên mạng xã hội</h1><ol class='messageList'>"
        "<li class='message first'><div class='messageContent'><blockquote>"
        f"{_P_ONE}<br><br>{_P_TWO}</blockquote></div><div class='messageMeta'>"
        f"<a class='username author' href='/u/0'>{first_author}</a></div></li>{replies}</ol>"
        "</body></html>"
    )


def test_the_author_nearest_the_body_is_the_author_and_repliers_are_not() -> None:
    assert read_html(_thread("Trần Lan Anh")).authors == ("Trần Lan Anh",)
    # A poster's handle that reads as no name gives no author, not a replier's name.
    assert read_html(_thread("lan_anh99")).authors == ()


def test_a_link_marked_rel_author_names_the_author() -> None:
    page = (
        "<html lang='fr'><body><div id='main'><h1>La moisson commence tôt cette année</h1>"
        f"<div class='text'><p>{_P_ONE}</p><p>{_P_TWO}</p></div></div>"
        "<div class='aside-box'><span>L'AUTEUR</span>"
        "<a href='/source/jeanne-morel' rel='author'>Jeanne Morel</a></div></body></html>"
    )
    assert read_html(page).authors == ("Jeanne Morel",)


# --- Relative times: only against a reference passed in. --------------------------------

_RELATIVE_PAGE = """<html><head><title>Tin ngắn</title></head><body>
<h1>Cháy kho hàng ở Bình Dương</h1><span class="time">2 giờ trước</span>
<div class="detail-content"><p>Đám cháy bùng phát lúc rạng sáng tại một kho hàng của
công ty may mặc, lực lượng chữa cháy đã có mặt kịp thời.</p><p>Không có thiệt hại về
người, nguyên nhân vụ cháy đang được điều tra làm rõ.</p></div></body></html>"""


def test_relative_dateline_resolves_against_the_reference() -> None:
    vn = dt.timezone(dt.timedelta(hours=7))
    fetched = dt.datetime(2024, 5, 20, 10, 30, tzinfo=vn)
    article = read_html(_RELATIVE_PAGE, reference=fetched)
    assert article.published == dt.datetime(2024, 5, 20, 8, 30, tzinfo=vn)


def test_relative_dateline_without_reference_reads_no_date(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        article = read_html(_RELATIVE_PAGE)
    assert article.published is None
    assert "no published found" in caplog.text
    assert article.paragraphs[0].startswith("Đám cháy")
    with pytest.raises(MissingFieldError) as info:
        read_html(_RELATIVE_PAGE, strict=True)
    assert info.value.field == "published"


def test_naive_reference_is_refused() -> None:
    with pytest.raises(TypeError, match="aware"):
        read_html(_RELATIVE_PAGE, reference=dt.datetime(2024, 5, 20, 10, 30))
