"""The HTML writer: a standalone, safe, semantic page that read_html reads back.

* ``read_html(write_html(a))`` gives ``a`` back on every field but ``people``, which are
  found again in the text as on any page (times with their offsets);
* the page has no script, no remote asset, and the semantic elements it promises;
* without its generator mark, the generic reader still reads the sample page's fields.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re

import attrs
import lxml.html
import pytest
from hypothesis import given

from conftest import CORPUS
from golden_sample import SAMPLE
from strategies import articles
from vn_newsdoc import write
from vn_newsdoc.formats.html import write_html
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article, Figure, Paragraph
from vn_newsdoc.vi.people import find_people

_GENERATOR = '<meta name="generator" content="vn_newsdoc/2">'


def _texts(article: Article) -> list[str]:
    texts = [article.headline, *([article.lead] if article.lead else [])]
    for block in article.body:
        if isinstance(block, Figure):
            if block.caption:
                texts.append(block.caption)
        else:
            texts.append(block.text)
    return texts


def _check_page(page: str) -> lxml.etree._Element:
    root = lxml.html.document_fromstring(page)
    assert page.startswith("<!DOCTYPE html>\n")
    assert root.get("lang") == "vi"
    assert not root.xpath("//script | //iframe | //object | //embed | //link[@rel!='canonical']")
    assert not root.xpath("//@*[starts-with(name(), 'on')]")
    # Only the figures' images have an address to load; the style fetches nothing.
    assert {el.tag for el in root.xpath("//*[@src]")} <= {"img"}
    style = root.findtext(".//style") or ""
    assert "url(" not in style
    assert "@import" not in style
    assert len(root.xpath("//body/article/header/h1")) == 1
    return root


@given(articles())
def test_read_html_reads_the_page_back(article: Article) -> None:
    page = write_html(article)
    _check_page(page)
    read = read_html(page)
    assert attrs.evolve(read, people=article.people) == article
    assert read.people == find_people(_texts(article))
    for field in ("published", "updated"):
        want, got = getattr(article, field), getattr(read, field)
        assert (got and got.isoformat()) == (want and want.isoformat())


def test_the_sample_page_is_semantic_and_escaped() -> None:
    page = write_html(SAMPLE)
    assert page == write(SAMPLE, "html")
    root = _check_page(page)
    times = root.xpath("//header/p[@class='dateline']/time")
    assert [t.get("datetime") for t in times] == [
        "2024-09-14T07:30:00+07:00",
        "2024-09-14T16:05:12+07:00",
    ]
    assert [t.text for t in times] == ["14/09/2024 07:30", "14/09/2024 16:05"]
    figures = root.xpath("//article/figure")
    assert len(figures) == 4
    assert figures[0].findtext("figcaption").strip() == (
        "Học sinh xã Thượng Hòa đọc sách trong ngày thư viện mở cửa"
    )
    assert figures[0].xpath("string(figcaption/span[@class='credit'])") == "(Ảnh: Lê Minh Đức)"
    assert figures[2].find("figcaption") is None
    assert figures[2].find("img") is not None
    assert [el.tag for el in root.xpath("//article/*")] == [
        "header", "p", "figure", "p", "blockquote", "h2", "p", "ul", "figure", "h3", "p",
        "figure", "p", "figure", "footer",
    ]  # fmt: skip
    assert len(root.xpath("//article/ul/li")) == 3
    assert "&lt;Sơn Lâm, Trà Bồng&gt;" in page
    assert "<h2>Sách, máy tính &amp; góc đọc cho trẻ nhỏ</h2>" in page
    assert root.xpath("string(//footer/p[@class='byline'])") == (
        "Bài, ảnh: Lê Minh Đức - Ảnh: Hoàng Lan - Video, đồ họa: Vũ Thanh"
    )
    assert read_html(page) == SAMPLE


def test_markup_in_text_is_escaped_not_run() -> None:
    article = Article(
        headline="<script>alert(1)</script>",
        body=(Paragraph('"><img src=x onerror=alert(1)>'), Figure(src='x" onerror="alert(1)')),
    )
    page = write_html(article)
    root = _check_page(page)
    assert root.xpath("//img/@src") == ['x" onerror="alert(1)']
    assert read_html(page) == article


def test_the_generic_reader_reads_the_sample_page_without_its_mark() -> None:
    page = write_html(SAMPLE)
    assert _GENERATOR in page
    read = read_html(page.replace(_GENERATOR, ""))
    fields = ("headline", "published", "updated", "lead", "outlet", "body", "people")
    assert {f: getattr(read, f) for f in fields} == {f: getattr(SAMPLE, f) for f in fields}
    assert (read.url, read.site, read.section, read.tags) == (
        SAMPLE.url, SAMPLE.site, SAMPLE.section, SAMPLE.tags,
    )  # fmt: skip
    # The generic byline reader takes the first credit of a multi-role line only.
    assert read.authors[:1] == SAMPLE.authors[:1]


@pytest.mark.parametrize(
    ("edit", "replacement"),
    [
        ("<h2>", "<h7>"),  # an element the form never writes
        ('data-roles="text photo"', 'data-roles="text editor"'),  # an unknown role
        ('datetime="2024-09-14T07:30:00+07:00"', 'datetime="hôm qua"'),  # not a time
    ],
)
def test_an_edited_page_is_read_by_the_generic_reader(
    edit: str, replacement: str, caplog: pytest.LogCaptureFixture
) -> None:
    page = write_html(SAMPLE)
    assert edit in page
    with caplog.at_level(logging.INFO, logger="vn_newsdoc.formats.html"):
        read = read_html(page.replace(edit, replacement, 1))
    assert "is not in its form" in caplog.text
    assert read.headline == SAMPLE.headline


def test_a_date_without_a_time_is_shown_and_given_as_a_date() -> None:
    article = Article(headline="Tin", published=dt.date(2022, 7, 1))
    page = write_html(article)
    assert '<time class="published" datetime="2022-07-01">01/07/2022</time>' in page
    assert '<meta property="article:published_time" content="2022-07-01">' in page
    assert read_html(page) == article
    # Without the generator mark, the generic reader finds a date as well.
    assert read_html(page.replace(_GENERATOR, "")).published == dt.date(2022, 7, 1)


def test_a_page_an_earlier_release_wrote_is_read_in_its_form() -> None:
    page = write_html(SAMPLE).replace(_GENERATOR, '<meta name="generator" content="vn_newsdoc/1">')
    assert read_html(page) == SAMPLE


def test_no_time_means_no_dateline() -> None:
    page = write_html(Article(headline="Tin", lead="Mở đầu."))
    assert "dateline" not in page.split("</style>")[1]
    assert re.search(r'<p class="sapo">Mở đầu\.</p>', page)


_PAGES = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.html"))


@pytest.mark.corpus
@pytest.mark.parametrize("page", _PAGES or [None])
def test_every_corpus_article_survives_the_clean_page(page: str | None) -> None:
    if page is None:
        pytest.skip(f"no evaluation corpus at {CORPUS}: ../shared is not beside the checkout")
    path = CORPUS / page
    expected = json.loads(path.with_suffix(".json").read_text("utf-8"))
    article = read_html(path.read_bytes(), url=expected.get("url"))
    page_text = write_html(article)
    _check_page(page_text)
    again = read_html(page_text)
    assert attrs.evolve(again, people=article.people) == article
    assert again.people == find_people(_texts(article))
