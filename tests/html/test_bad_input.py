"""read_html on bad input: a ReaderError naming the problem, or a valid Article, quickly.

Time bounds here are generous ceilings that catch hangs, not speed measurements (those
are in bench/speed.py).
"""

from __future__ import annotations

import logging
import random
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vn_newsdoc.errors import InputLimitError, MalformedInputError, MissingFieldError, ReaderError
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article

_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Nông dân Tân Phú thu hoạch lúa sớm - Báo Đồng Quê</title>
<meta property="og:title" content="Nông dân Tân Phú thu hoạch lúa sớm">
<meta property="article:published_time" content="2024-04-12T07:30:00+07:00">
<script type="application/ld+json">{"@type": "NewsArticle",
 "headline": "Nông dân Tân Phú thu hoạch lúa sớm", "datePublished": "2024-04-12T07:30:00+07:00",
 "author": {"@type": "Person", "name": "Minh Khang"}}</script>
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav>
<article>
<h1>Nông dân Tân Phú thu hoạch lúa sớm</h1>
<p class="sapo">(ĐQ) - Nắng sớm giúp bà con xã Tân Phú gặt lúa nhanh hơn mọi năm một tuần.</p>
<div class="content">
<p>Từ sáng sớm, các cánh đồng ven sông đã rộn ràng tiếng máy gặt đập liên hợp.</p>
<figure><img src="/anh/lua.jpg"><figcaption>Máy gặt trên cánh đồng xã Tân Phú. Ảnh: Minh Khang
</figcaption></figure>
<p>Ông Trần Văn Lộc, Chủ tịch UBND xã, cho biết năng suất đạt khoảng sáu tấn mỗi héc-ta.</p>
<p>Giá lúa tươi tại ruộng dao động quanh mức bảy nghìn đồng một ký.</p>
<p style="text-align:right"><strong>Minh Khang</strong></p>
</div></article>
<div class="related"><a href="/tin-khac">Tin liên quan: Giá phân bón giảm</a></div>
</body></html>"""

_MENU = (
    "<html><head><title>Báo Đồng Quê</title></head><body><nav><ul>"
    + "".join(f"<li><a href='/muc-{i}'>Chuyên mục {i}</a></li>" for i in range(40))
    + "</ul></nav><footer>© Báo Đồng Quê</footer></body></html>"
)

_NO_DATE = """<html><head><title>Lúa chín</title></head><body><article><h1>Lúa chín vàng đồng</h1>
<div class="content"><p>Những ngày này, cánh đồng làng Đông đã chín vàng, chờ ngày gặt.</p>
<p>Người dân tranh thủ thời tiết đẹp để thu hoạch, kịp bán cho thương lái.</p></div>
</article></body></html>"""


def _read(source: str | bytes, seconds: float = 10.0, **options: bool) -> Article | ReaderError:
    start = time.perf_counter()
    try:
        result: Article | ReaderError = read_html(source, **options)  # type: ignore[arg-type]
    except ReaderError as err:
        result = err
    assert time.perf_counter() - start < seconds, "read_html took too long"
    return result


def test_the_well_formed_page_reads() -> None:
    got = _read(_PAGE)
    assert isinstance(got, Article)
    assert got.headline == "Nông dân Tân Phú thu hoạch lúa sớm"
    assert got.published is not None


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(b"", id="empty-bytes"),
        pytest.param("", id="empty-text"),
        pytest.param(b"  \r\n\t ", id="white-space"),
    ],
)
def test_empty_input(source: str | bytes) -> None:
    got = _read(source)
    assert isinstance(got, MalformedInputError)
    assert "empty" in str(got)


@pytest.mark.parametrize(
    ("source", "named"),
    [
        pytest.param(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG", id="png"),
        pytest.param(
            '{"headline": "Lúa chín", "body": ["<p>Đoạn</p>"]}'.encode(), "JSON", id="json"
        ),
        pytest.param("Lúa chín vàng đồng, người dân vui mừng.".encode(), "markup", id="text"),
    ],
)
def test_files_that_are_not_html(source: bytes, named: str) -> None:
    got = _read(source)
    assert isinstance(got, MalformedInputError)
    assert named in str(got)


def test_binary_junk() -> None:
    junk = random.Random(20240412).randbytes(64 * 1024)
    got = _read(junk)
    assert isinstance(got, MalformedInputError)
    assert "binary" in str(got)


def test_a_page_with_no_article_gives_no_body() -> None:
    got = _read(_MENU)
    if isinstance(got, Article):
        assert got.paragraphs == ()  # the menu is not an article
    else:
        assert isinstance(got, MissingFieldError)


def test_a_page_with_no_article_is_refused_when_strict() -> None:
    got = _read(_MENU, strict=True)
    assert isinstance(got, MissingFieldError)


def test_a_20_mb_page_of_paragraphs_is_refused_quickly() -> None:
    para = "<p>Hôm nay trời đẹp, mọi người đi làm đúng giờ.</p>\n"
    page = "<html><body><h1>Trang lớn</h1>" + para * (20_000_000 // len(para)) + "</body></html>"
    got = _read(page.encode("utf-8"))
    assert isinstance(got, InputLimitError)
    assert got.limit == "elements"


def test_a_20_mb_page_of_scripts_reads() -> None:
    script = "<script>var x = '" + "a" * 1_000_000 + "';</script>\n"
    body = _PAGE.split("<body>", 1)[1]
    page = _PAGE.split("<body>", 1)[0] + "<body>" + script * 20 + body
    got = _read(page.encode("utf-8"))
    assert isinstance(got, Article)
    assert got.headline == "Nông dân Tân Phú thu hoạch lúa sớm"


def test_a_page_nested_10000_levels_deep() -> None:
    page = "<html><body>" + "<div>" * 10_000 + "sâu" + "</div>" * 10_000 + "</body></html>"
    got = _read(page)
    assert isinstance(got, InputLimitError)
    assert got.limit == "depth"


def test_a_tag_name_with_a_control_character_reads() -> None:
    # libxml2 keeps "d\x1fiv" as a tag name; lxml refuses such a name as a filter of its
    # iterators, so the reader compares tags itself (the box of the text beside its kin).
    # (A page cut before its first "<", as a mutated page of the property test below was.)
    page = (
        "article><h1>Lúa chín vàng đồng</h1><d\x1fiv class='content'><p>Những ngày này,"
        " cánh đồng làng Đông đã chín vàng, chờ ngày gặt.</p><p>Người dân tranh thủ thời"
        " tiết đẹp để thu hoạch.</p></div></article>"
    )
    article = read_html(page.encode())
    assert article.headline == "Lúa chín vàng đồng"
    assert article.paragraphs[0].startswith("Những ngày này")


def test_a_tag_name_with_a_control_character_around_a_date_reads() -> None:
    # The same name on the items of a list of other articles, each with a date: the check
    # for a list of alike items compares tags itself too.
    item = (
        "<l\x1fi class='item'><span class='date'>01/07/2022 08:00</span>"
        " <a href='/x'>Một bài khác của trang về mùa lúa chín</a></l\x1fi>"
    )
    page = (
        "<html><body><article><h1>Lúa chín vàng đồng</h1><div class='content'><p>Những ngày"
        " này, cánh đồng làng Đông đã chín vàng, chờ ngày gặt.</p><p>Người dân tranh thủ"
        " thời tiết đẹp để thu hoạch.</p></div></article>"
        f"<ul class='list'>{item * 3}</ul></body></html>"
    )
    article = read_html(page.encode())
    assert article.headline == "Lúa chín vàng đồng"
    assert article.published is None  # the dates are those of the other articles


def test_a_missing_date_is_logged_by_default(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc"):
        got = _read(_NO_DATE)
    assert isinstance(got, Article)
    assert got.published is None
    assert any("published" in r.getMessage() or "date" in r.getMessage() for r in caplog.records)


def test_a_missing_date_raises_when_strict() -> None:
    got = _read(_NO_DATE, strict=True)
    assert isinstance(got, MissingFieldError)
    assert got.field == "published"


# ---------------------------------------------------------------------------------------
# Properties: nothing but ReaderError, whatever the input.


def _reads_or_refuses(source: str | bytes) -> None:
    try:
        article = read_html(source)
    except ReaderError:
        return
    assert isinstance(article, Article)


@given(st.binary(max_size=4096))
def test_random_bytes_raise_only_reader_errors(data: bytes) -> None:
    _reads_or_refuses(data)


@given(st.text(max_size=4096))
def test_random_text_raises_only_reader_errors(text: str) -> None:
    _reads_or_refuses(text)


_TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<h1>",
        "</h1>",
        "<figure>",
        "<figcaption>",
        "<table>",
        "<td>",
        "<br>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "&",
        "&#",
        "\x00",
        "<meta property='article:published_time' content='2024-13-45T99:99'>",
        '"',
        "Ảnh: ",
        "Theo TTXVN",
        "Cập nhật: ",
        "(ĐQ) - ",
    ]
)


@st.composite
def _mutated_pages(draw: st.DrawFn) -> str:
    page = draw(st.sampled_from([_PAGE, _NO_DATE, _MENU]))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(page)))
        kind = draw(st.sampled_from(["truncate", "delete", "insert", "tag", "repeat"]))
        if kind == "truncate":
            page = page[:at]
        elif kind == "delete":
            page = page[:at] + page[at + draw(st.integers(min_value=1, max_value=200)) :]
        elif kind == "insert":
            page = page[:at] + draw(st.text(max_size=40)) + page[at:]
        elif kind == "tag":
            page = page[:at] + draw(_TAGS) + page[at:]
        else:
            page = page[:at] + page[at : at + 300] * 3 + page[at:]
    return page


@given(_mutated_pages())
def test_mutated_and_truncated_pages_raise_only_reader_errors(page: str) -> None:
    _reads_or_refuses(page)


@given(_mutated_pages())
def test_mutated_pages_as_bytes_raise_only_reader_errors(page: str) -> None:
    _reads_or_refuses(page.encode("utf-8", "surrogatepass"))


def test_a_control_character_after_a_hidden_element_is_dropped_with_it() -> None:
    # Found by bench/fuzz.py: removing the hidden span joins its tail ("\x07 tiếp theo") to
    # the text before it, which lxml refused to set (a plain ValueError escaped).
    page = (
        "<html><body><h1>Mưa lớn ở Quảng Tín</h1><div class='content'>"
        "<p>Nước dâng nhanh ở các thôn ven suối.<span hidden>ẩn</span>\x07 Người dân kê đồ.</p>"
        "<p>Chính quyền xã đã cử lực lượng hỗ trợ, chưa có thiệt hại về người.</p></div>"
        "</body></html>"
    )
    got = _read(page)
    assert isinstance(got, Article)
    assert got.paragraphs[0] == "Nước dâng nhanh ở các thôn ven suối. Người dân kê đồ."
