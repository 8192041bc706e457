"""Labelled date lines in the layouts many sites share, and the article's own date
preferred over the dates of other articles (sidebars, lists of news, comments)."""

from __future__ import annotations

import datetime as dt

import pytest

from field_pages import PARAGRAPHS, draft_at, page_of
from vn_newsdoc.html._fields import dates
from vn_newsdoc.html._fields._cascade import Draft

_VN = dt.timezone(dt.timedelta(hours=7))
_HEAD = "<h1>Mưa lớn ở Quảng Tín</h1>"
_BODY = f"<div class='content'>{PARAGRAPHS}</div>"
_JULY_1 = dt.datetime(2022, 7, 1, 8, 30, tzinfo=_VN)


def _published(html: str) -> tuple[dt.date | None, dt.date | None, str]:
    page = page_of(html)
    draft = draft_at(page, "dates")
    rule = [d.strategy for d in page.decisions if d.field == "published"]
    return draft.published, draft.updated, rule[-1] if rule else ""


@pytest.mark.parametrize(
    "line",
    [
        # a label in its own inline element beside the value
        "<div class='info'><strong>Ngày đăng:</strong> <span>01/07/2022 08:30</span></div>",
        "<p><span>Ngày đăng:</span> 01/07/2022 08:30</p>",
        # the label and the value in one line, with the poster's name between them
        "<p>Người xuất bản: Ngô Tấm 01/07/2022 08:30</p>",
        # a two-cell table row, as government portals print a document's details
        "<table><tr><td>Ngày đăng</td><td>01/07/2022 08:30</td></tr>"
        "<tr><td>Người đăng tin</td><td>Ngô Tấm</td></tr></table>",
        # a definition list
        "<dl><dt>Tác giả</dt><dd>Ngô Tấm</dd><dt>Ngày đăng</dt><dd>01/07/2022 08:30</dd></dl>",
        # a neutral label ("Thời gian", "Date") set apart as an element of its own
        "<ul class='info'><li><strong>Thời gian</strong> 01/07/2022 08:30</li>"
        "<li><strong>Tác giả</strong> Ngô Tấm</li></ul>",
        "<table><tr><th>Date</th><td>01/07/2022 08:30</td></tr></table>",
    ],
)
def test_a_labelled_date_line_in_the_common_layouts(line: str) -> None:
    assert _published(f"<body>{_HEAD}{line}{_BODY}</body>") == (
        _JULY_1,
        None,
        "labelled date line",
    )


@pytest.mark.parametrize("space", ["", "\n" + " " * 30, "\n" + " " * 200, " " * 119 + "\n"])
def test_a_label_after_a_run_of_white_space(space: str) -> None:
    # However long the white space before it, the label opens the line's text.
    line = f"<p>{space}Ngày đăng: 01/07/2022 08:30</p>"
    assert _published(f"<body>{_HEAD}{line}{_BODY}</body>")[:2] == (_JULY_1, None)


def test_a_labelled_date_alone_on_a_portal() -> None:
    line = "<table><tr><td>Ngày ban hành</td><td>01/07/2022</td></tr></table>"
    assert _published(f"<body>{_HEAD}{line}{_BODY}</body>")[0] == dt.date(2022, 7, 1)


def test_labels_say_which_date_is_the_update() -> None:
    line = (
        "<dl><dt>Ngày đăng</dt><dd>01/07/2022 08:30</dd>"
        "<dt>Cập nhật</dt><dd>02/07/2022 09:00</dd></dl>"
    )
    assert _published(f"<body>{_HEAD}{line}{_BODY}</body>")[:2] == (
        _JULY_1,
        dt.datetime(2022, 7, 2, 9, 0, tzinfo=_VN),
    )


def test_the_labelled_line_leaves_the_body() -> None:
    html = f"<body>{_HEAD}<div class='content'><p>Ngày đăng: 01/07/2022 08:30</p>{PARAGRAPHS}</div>"
    draft = draft_at(page_of(html), "body")
    assert all("Ngày đăng" not in b.text for b in draft.blocks)


def test_a_time_of_day_in_the_text_is_no_label() -> None:
    line = "<p>Thời gian: 8h ngày 5/7/2022 tại hội trường xã.</p>"  # an event, not the page
    assert _published(f"<body>{_HEAD}{_BODY}{line}</body>")[0] is None


_TEASERS = (
    "<ul><li><a href='/a'>Nông dân xã Đông Hòa gặt lúa sớm vì lo bão</a> "
    "<span class='date'>03/07/2022 10:00</span></li>"
    "<li><a href='/b'>Đường ven biển sạt lở sau ba ngày mưa lớn</a> "
    "<span class='date'>03/07/2022 09:00</span></li></ul>"
)


@pytest.mark.parametrize(
    "box",
    [
        f"<div class='tin-moi'>{_TEASERS}</div>",  # a "latest news" box
        f"<aside>{_TEASERS}</aside>",
        f"<div class='sidebar'>{_TEASERS}</div>",
        f"<div class='box-col'>{_TEASERS}</div>",  # a list of other articles, any class
        "<div class='comments'><div class='comment'><span class='date'>03/07/2022 10:00"
        "</span><p>Cảm ơn bài viết.</p></div></div>",
        # a teaser: the date inside the link to another article, beside its title
        "<div class='box-col'><a href='/a'><h2>Nông dân xã Đông Hòa gặt lúa sớm vì lo bão "
        "<span class='date'>03/07/2022 10:00</span></h2></a></div>",
        # the site's menu bar with today's date
        "<div class='top-menu'><ul><li class='date'>Chủ nhật, 03/07/2022 10:00</li>"
        "<li><a href='/'>Trang chủ</a></li></ul></div>",
        # the header's clock beside the site's search form, the box named by its date
        "<div class='time_search'><div class='time'><span class='date'>Chủ nhật, 03/07/2022"
        "</span></div><div class='search'><form action='/tim-kiem'><input name='q'>"
        "</form></div></div>",
        "<div class='header-bar'><span class='today'>Chủ nhật, 03/07/2022 10:00</span>"
        "<input type='search' name='q'></div>",
    ],
)
def test_the_articles_own_date_is_preferred_over_other_articles(box: str) -> None:
    own = "<p>Người xuất bản: Ngô Tấm 01/07/2022 08:30</p>"
    assert _published(f"<body>{box}{_HEAD}{own}{_BODY}</body>")[0] == _JULY_1
    own = "<span class='date'>01/07/2022 08:30</span>"
    assert _published(f"<body>{_HEAD}{box}{_BODY}{own}</body>")[0] == _JULY_1


def test_a_labelled_line_of_another_article_is_not_the_pages() -> None:
    box = "<div class='tin-moi'><p>Ngày đăng: 03/07/2022 10:00</p></div>"
    assert _published(f"<body>{_HEAD}{_BODY}{box}</body>")[0] is None


def test_a_date_linked_alone_to_the_permalink_is_the_articles() -> None:
    line = "<p>Posted on <a href='/p/1'><span class='date'>01/07/2022 08:30</span></a></p>"
    assert _published(f"<body>{_HEAD}{line}{_BODY}</body>")[0] == _JULY_1


def test_a_layout_class_named_relative_is_no_related_news() -> None:
    html = (
        f"<body><div class='left relative'>{_HEAD}</div><div class='author-box relative'>"
        f"<span class='date'>01/07/2022 08:30</span></div>{_BODY}</body>"
    )
    assert _published(html)[0] == _JULY_1


def test_a_wrapper_holding_the_article_is_not_another_articles_box() -> None:
    html = (
        f"<body><div class='content-sidebar-wrap'><main>{_HEAD}"
        f"<span class='date'>01/07/2022 08:30</span>{_BODY}</main>"
        f"<div class='sidebar'>{_TEASERS}</div></div></body>"
    )
    assert _published(html)[0] == _JULY_1


def _candidates(strategy: str, html: str) -> list[str] | None:
    """The texts a strategy of the dates' cascade gives on a page (``None``: it gives
    nothing)."""
    page = page_of(html)
    draft = Draft()
    draft.headline_el = page.root.find(".//h1")
    found = {s.name: s for s in dates.CASCADE}[strategy].find(page, draft)
    return None if found is None else [text for _, text in found.value]


def test_the_date_strategy_leaves_out_other_articles_dates() -> None:
    html = f"<body>{_HEAD}<div class='tin-moi'>{_TEASERS}</div>{_BODY}</body>"
    assert _candidates("date class or tag near the headline", html) == []


def test_labelled_lines_are_looked_for_only_without_a_metadata_time() -> None:
    body = f"<body>{_HEAD}<p>Ngày đăng: 01/07/2022 08:30</p>{_BODY}</body>"
    timed = "<meta property='article:published_time' content='2022-07-01T08:30:00+07:00'>"
    assert _candidates("labelled date line", f"<head>{timed}</head>{body}") is None
    assert _candidates("labelled date line", body) == ["Ngày đăng: 01/07/2022 08:30"]


def test_a_label_counts_in_the_first_text_node_of_its_element() -> None:
    # A script stripped from the page leaves its element two text nodes: white space,
    # then "Cập nhật: …". The label is looked for in the first, as it always was.
    body = (
        f"<body>{_HEAD}<p>Ngày đăng: 01/07/2022 08:30</p>"
        "<div> <script>x()</script>Cập nhật: 02/07/2022 09:00</div>"
        f"<div><b>x</b>Cập nhật: 03/07/2022</div>{_BODY}</body>"
    )
    page = page_of(body)
    assert [text for _, text in page.labelled_dates] == ["Ngày đăng: 01/07/2022 08:30"]
    # Without the script, the same line's label stands in its first text node.
    page = page_of(body.replace("<script>x()</script>", ""))
    assert [text for _, text in page.labelled_dates] == [
        "Ngày đăng: 01/07/2022 08:30",
        "Cập nhật: 02/07/2022 09:00",
    ]


def test_a_clock_beside_the_search_form_is_not_the_article_date() -> None:
    # A portal whose article shows no date of its own: today's date in the header is no
    # publication date.
    header = (
        "<div class='time_search'><div class='time'><span class='date'>Thứ năm, 09/05/2019"
        "</span></div><div class='search'><form><input type='text' name='q'></form></div></div>"
    )
    assert _published(f"<body>{header}{_HEAD}{_BODY}</body>")[0] is None


def _header(inner: str) -> str:
    return (
        "<body><article class='item-header'><div class='article-info'>"
        f"<div class='article-info-top'>{_HEAD}</div>"
        f"<div class='article-info-bottom'>{inner}</div></div></article>{_BODY}</body>"
    )


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        pytest.param(
            "<div class='article-data'><i class='icon'></i>thứ tư, 28 06, 2017</div>",
            dt.date(2017, 6, 28),
            id="any-class-icon-then-date",
        ),
        pytest.param(
            "<div class='x1'>01/07/2022 08:30</div><div class='x2'>Văn hóa</div>",
            _JULY_1,
            id="date-and-time",
        ),
    ],
)
def test_a_bare_date_beside_the_headline(inner: str, expected: dt.date) -> None:
    published, _, rule = _published(_header(inner))
    assert published == expected
    assert rule == "date line beside the headline"


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param("<p class='x'>Ngày 01/07/2022 trời mưa to ở Quảng Tín</p>", id="a-sentence"),
        pytest.param("<div class='x'>Số 12 năm 2022</div>", id="no-date"),
    ],
)
def test_only_a_whole_date_beside_the_headline_is_read(inner: str) -> None:
    assert _published(_header(inner))[0] is None


def test_the_metadata_date_wins_over_a_bare_date_line() -> None:
    meta = "<head><meta property='article:published_time' content='2022-07-01'></head>"
    html = meta + _header("<div class='x'>03/07/2022</div>")
    assert _published(html)[0] == dt.date(2022, 7, 1)
