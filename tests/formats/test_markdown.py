"""The Markdown writer: its output parses, with a CommonMark parser, to the article's
structure (markdown-it-py in its ``commonmark`` preset)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from markdown_it import MarkdownIt
from markdown_it.token import Token

from golden_sample import SAMPLE
from strategies import articles
from vn_newsdoc import write
from vn_newsdoc.formats.markdown import write_markdown
from vn_newsdoc.formats.text import byline_lines
from vn_newsdoc.model import Article, Figure, Heading, ListItem, Paragraph, Quote

_PARSER = MarkdownIt("commonmark")


def _inline_text(token: Token) -> str:
    """What an inline token renders as, as plain text (emphasis marks left out)."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "image":
            parts.append(f"[image {child.attrGet('src')} {_inline_text(child)}]")
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif not child.type.endswith(("_open", "_close")):
            raise AssertionError(f"unexpected inline token {child.type}")
    return "".join(parts)


def _structure(markdown: str) -> list[tuple[Any, ...]]:
    """The document's blocks as (kind, text) pairs, lists as one ("list", items) entry."""
    tokens = _PARSER.parse(markdown)
    out: list[tuple[Any, ...]] = []
    stack: list[str] = []
    items: list[str] = []
    for token in tokens:
        if token.type.endswith("_open"):
            stack.append(token.tag)
            if token.type == "bullet_list_open":
                items = []
        elif token.type.endswith("_close"):
            stack.pop()
            if token.type == "bullet_list_close":
                out.append(("list", tuple(items)))
        elif token.type == "inline":
            text = _inline_text(token)
            if "li" in stack:
                items.append(text)
            elif "blockquote" in stack:
                out.append(("quote", text))
            elif stack[-1].startswith("h"):
                out.append((stack[-1], text))
            else:
                strong = any(c.type == "strong_open" for c in token.children or [])
                out.append(("strong" if strong else "p", text))
        else:
            raise AssertionError(f"unexpected block token {token.type}")
    return out


def _time(value: dt.date) -> str:
    if not isinstance(value, dt.datetime):  # a date without a time: the date alone
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    offset = int(value.utcoffset().total_seconds()) // 60  # type: ignore[union-attr]
    hours, minutes = divmod(abs(offset), 60)
    zone = f"GMT{'-' if offset < 0 else '+'}{hours}" + (f":{minutes:02d}" if minutes else "")
    return f"{value:%d/%m/%Y %H:%M} ({zone})"


def _expected(article: Article) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = [("h1", article.headline)]
    dates = []
    if article.published:
        dates.append(_time(article.published))
    if article.updated:
        dates.append("Cập nhật: " + _time(article.updated))
    if dates:
        out.append(("p", " · ".join(dates)))
    if article.lead:
        out.append(
            ("strong", f"{article.outlet} - {article.lead}" if article.outlet else article.lead)
        )
    for block in article.body:
        if isinstance(block, ListItem):
            if out and out[-1][0] == "list" and out[-1][2]:
                out[-1] = ("list", (*out[-1][1], block.text), True)
            else:
                out.append(("list", (block.text,), True))
            continue
        if out and out[-1][0] == "list":
            out[-1] = out[-1][:2]
        if isinstance(block, Paragraph):
            out.append(("p", block.text))
        elif isinstance(block, Heading):
            out.append((f"h{block.level}", block.text))
        elif isinstance(block, Quote):
            out.append(("quote", block.text))
        elif isinstance(block, Figure):
            if block.src:
                # The parser percent-encodes addresses as it reads them.
                src = _PARSER.normalizeLink(block.src)
                out.append(("p", f"[image {src} {block.caption or ''}]"))
            caption = [block.caption] if block.caption else []
            if block.credit:
                caption.append(f"(Ảnh: {block.credit})")
            if caption:
                out.append(("p", " ".join(caption)))
    if out and out[-1][0] == "list":
        out[-1] = out[-1][:2]
    if article.byline:
        out.extend(("p", line) for line in byline_lines(article.byline))
    if article.url:
        out.append(("p", f"Nguồn: {article.site or article.url}"))
    return out


@given(articles())
def test_the_output_parses_to_the_article_structure(article: Article) -> None:
    assert _structure(write_markdown(article)) == _expected(article)


def test_the_sample_document() -> None:
    text = write_markdown(SAMPLE)
    assert text == write(SAMPLE, "markdown")
    assert text.startswith(
        "# Quảng Tín mở thư viện cộng đồng đầu tiên cho học sinh vùng lũ\n\n"
        "14/09/2024 07:30 (GMT+7) · Cập nhật: 14/09/2024 16:05 (GMT+7)\n\n"
        "**BQT - Sau ba tháng xây dựng,"
    )
    assert "\n\n## Sách, máy tính \\& góc đọc cho trẻ nhỏ\n\n" in text
    assert "\n\n### Giữ thư viện sống lâu dài\n\n" in text
    assert (
        "\n\n- Khu đọc sách với 40 chỗ ngồi, có quạt và đèn chiếu sáng.\n"
        "- Góc tin học với 10 máy tính kết nối Internet.\n"
        "- Góc đọc dành cho trẻ dưới 6 tuổi, có truyện tranh và đồ chơi.\n\n"
    ) in text
    assert (
        "![Học sinh xã Thượng Hòa đọc sách trong ngày thư viện mở cửa]"
        "(<https://baoquangtin.example.vn/anh/2024/09/14/thu-vien-thuong-hoa-1.jpg>)\n\n"
        "*Học sinh xã Thượng Hòa đọc sách trong ngày thư viện mở cửa* (Ảnh: Lê Minh Đức)"
    ) in text
    assert "xã miền núi \\<Sơn Lâm, Trà Bồng\\> thường" in text
    assert text.endswith(
        "Bài, ảnh: Lê Minh Đức - Ảnh: Hoàng Lan - Video, đồ họa: Vũ Thanh\n\n"
        "Theo Báo Quảng Tín\n\n"
        "Nguồn: [Báo Quảng Tín](<https://baoquangtin.example.vn/giao-duc/"
        "quang-tin-mo-thu-vien-cong-dong-1234.html>)\n"
    )


def test_text_that_looks_like_markdown_stays_text() -> None:
    article = Article(
        headline="# Không phải tiêu đề phụ",
        body=(
            Paragraph("1. Không phải danh sách"),
            Paragraph("- Cũng không"),
            Paragraph("---"),
            Paragraph("> Không phải trích dẫn"),
            Paragraph("<b>đậm</b> &amp; [liên kết](http://a.vn) `mã` *nghiêng* _gạch_"),
            Heading("Kết thúc bằng dấu #"),
        ),
    )
    assert _structure(write_markdown(article)) == _expected(article)


def test_a_date_without_a_time_is_shown_without_one() -> None:
    article = Article(
        headline="Tin",
        published=dt.date(2022, 7, 1),
        updated=dt.datetime(2022, 7, 2, 8, 5, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    )
    assert write_markdown(article).splitlines()[2] == (
        "01/07/2022 · Cập nhật: 02/07/2022 08:05 (GMT+7)"
    )
