"""explain_html: the article read_html gives, with the rule and place behind each field."""

from __future__ import annotations

import logging
from pathlib import Path

import attrs
import pytest

from field_pages import PARAGRAPHS
from vn_newsdoc.errors import MissingFieldError
from vn_newsdoc.formats.html import write_html
from vn_newsdoc.html import Explanation, FieldSource, SiteProfile, explain_html, read_html
from vn_newsdoc.html._explain import locate
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html._reading import READING_ORDER

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-article.html"

_PAGE = (
    "<html><head><title>Mưa lớn - Báo Mẫu</title>"
    "<meta property='article:published_time' content='2019-08-07T15:43:00+07:00'>"
    "<meta name='author' content='Hoàng Lan'></head><body><div id='main'>"
    "<h1>Mưa lớn gây ngập ở Quảng Tín</h1>"
    "<p class='sapo'>(BM) - Nông dân xã Đông Hòa gặt lúa sớm vì lo mưa bão kéo dài.</p>"
    f"<div class='content'>{PARAGRAPHS}<p>Theo TTXVN</p></div></div></body></html>"
)


def test_the_article_is_read_htmls() -> None:
    for page in (_PAGE, SAMPLE.read_bytes()):
        assert explain_html(page).article == read_html(page)


def test_each_field_names_its_rule_and_place() -> None:
    explained = explain_html(_PAGE)
    assert explained.sources == (
        FieldSource("headline", "title element near the body", "div#main > h1"),
        FieldSource("lead", "lead class, or h2/bold line under the headline", "div#main > p.sapo"),
        FieldSource("outlet", "tag in front of the lead", "div#main > p.sapo"),
        FieldSource("published", "metadata", key="article:published_time"),
        FieldSource("authors", "metadata author", key="meta:author"),
        FieldSource(
            "source", "byline lines in the body", "div#main > div.content > p:nth-of-type(3)"
        ),
        FieldSource("body", "content scoring", "div#main > div.content"),
    )
    assert explained.warnings == ()


def test_str_is_one_line_per_field_then_the_warnings() -> None:
    page = "<html><body><h1>Mưa lớn gây ngập ở Quảng Tín</h1><div class='content'>" + PARAGRAPHS
    text = str(explain_html(page))
    assert text.splitlines() == [
        "headline: title element near the body at body > h1",
        "body: content scoring at body > div.content",
        "warning: no published found in <html>",
    ]


def test_warnings_are_collected_and_still_logged(caplog: pytest.LogCaptureFixture) -> None:
    page = "<html><body><h1>Mưa lớn gây ngập ở Quảng Tín</h1></body></html>"
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc"):
        explained = explain_html(page, url="https://baomau.example/a.html")
    assert explained.warnings == (
        "no body found in https://baomau.example/a.html",
        "no published found in https://baomau.example/a.html",
    )
    assert [r.getMessage() for r in caplog.records] == list(explained.warnings)


def test_a_field_the_article_leaves_empty_has_no_source() -> None:
    explained = explain_html(_PAGE)
    assert explained.source("updated") is None
    assert explained.source("figures") is None
    assert explained.source("headline") is not None


def test_a_revised_field_names_the_step_that_revised_it() -> None:
    page = (
        "<html><head><title>Báo Mẫu</title></head><body><div class='content'>"
        f"<p><b>Mưa lớn gây ngập ở Quảng Tín</b></p>{PARAGRAPHS}</div></body></html>"
    )
    source = explain_html(page).source("headline")
    assert source == FieldSource(
        "headline", "bold line opening the body", "body > div.content > p:nth-of-type(1)"
    )


def test_a_page_written_by_write_html_is_read_exactly() -> None:
    article = read_html(SAMPLE.read_bytes())
    explained = explain_html(write_html(article))
    assert explained.article == article
    assert explained.sources == ()
    assert str(explained) == "read exactly: a page written by write_html"


def test_errors_are_read_htmls() -> None:
    with pytest.raises(MissingFieldError, match="no body found"):
        explain_html("<html><body><h1>Mưa lớn gây ngập ở Quảng Tín</h1></body>", strict=True)


def test_the_explanation_is_frozen() -> None:
    explained = explain_html(_PAGE)
    assert isinstance(explained, Explanation)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        explained.warnings = ()  # type: ignore[misc]


def test_locate_counts_siblings_of_the_same_tag_and_stops_at_an_id() -> None:
    root = parse_html(
        "<html><body><div class='a b c'><p>x</p><span>s</span><p>y</p></div>"
        "<section id='s1'><p>z</p></section></body></html>"
    )
    ps = root.findall(".//p")
    assert [locate(p) for p in ps] == [
        "body > div.a.b > p:nth-of-type(1)",
        "body > div.a.b > p:nth-of-type(2)",
        "section#s1 > p",
    ]


def test_the_reading_order_names_each_step_once() -> None:
    names = [name for name, _ in READING_ORDER]
    assert len(names) == len(set(names))
    assert names[0] == "containers"
    assert names[-1] == "people"


def test_a_site_profiles_rule_names_the_profile() -> None:
    mine = SiteProfile(name="baomau.example", hosts=("baomau.example",), lead=".sapo")
    explained = explain_html(_PAGE, url="https://baomau.example/a.html", profiles=[mine])
    assert explained.source("lead") == FieldSource(
        "lead", "profile selector of baomau.example", "div#main > p.sapo"
    )
