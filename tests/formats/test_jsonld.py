"""The JSON-LD writer: a schema.org NewsArticle, checked offline.

No ``@context`` is fetched: the test keeps, per schema.org type, the terms that type has
(its own and those it inherits, from https://schema.org), and checks that every object
uses only those. A page that carries the object in ``<script type="application/ld+json">``
and nothing else reads back through :func:`~vn_newsdoc.html.read_html` to the same
headline, times, lead, authors and captions.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given

from golden_sample import SAMPLE
from strategies import articles
from vn_newsdoc import write
from vn_newsdoc.formats.jsonld import write_jsonld
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article, Author, Byline, Figure, Paragraph, Person, Role

# The terms each type may carry, by where schema.org defines them.
_THING = {"name", "description", "url", "image", "mainEntityOfPage"}
_CREATIVE_WORK = _THING | {
    "headline", "datePublished", "dateModified", "inLanguage", "author", "publisher",
    "sourceOrganization", "keywords", "mentions", "creditText",
}  # fmt: skip
_ARTICLE = _CREATIVE_WORK | {"articleBody", "articleSection"}
_MEDIA_OBJECT = _CREATIVE_WORK | {"contentUrl"}
TERMS: dict[str, set[str]] = {
    "NewsArticle": _ARTICLE,
    "Person": _THING | {"jobTitle"},
    "Organization": _THING,
    "ImageObject": _MEDIA_OBJECT | {"caption"},
}
_KEYWORDS = {"@context", "@type"}


def _check_terms(value: Any, path: str = "$") -> None:
    if isinstance(value, list):
        for i, item in enumerate(value):
            _check_terms(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        kind = value.get("@type")
        assert kind in TERMS, f"{path}: type {kind!r} is not in the list"
        unknown = set(value) - TERMS[kind] - _KEYWORDS
        assert not unknown, f"{path}: {sorted(unknown)} are not terms of {kind}"
        for key, item in value.items():
            _check_terms(item, f"{path}.{key}")
    else:
        assert isinstance(value, str), f"{path}: {value!r}"


def _embedded(article: Article) -> str:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f'<script type="application/ld+json">{write_jsonld(article, indent=1)}</script>'
        "</head><body></body></html>"
    )


@given(articles())
def test_only_schema_org_terms_for_each_type(article: Article) -> None:
    text = write_jsonld(article)
    # Safe to paste into a <script> element as it is.
    assert not {"<", ">", "&"} & set(text)
    obj = json.loads(text)
    assert obj["@context"] == "https://schema.org"
    assert obj["@type"] == "NewsArticle"
    _check_terms(obj)
    assert obj["headline"] == article.headline
    assert obj.get("articleBody") == ("\n\n".join(article.paragraphs) or None)
    assert [i.get("caption") for i in obj.get("image", [])] == [f.caption for f in article.figures]
    if article.published is not None:
        assert obj["datePublished"] == article.published.isoformat()


def test_the_sample_maps_field_by_field() -> None:
    obj = json.loads(write(SAMPLE, "jsonld"))
    assert obj["datePublished"] == "2024-09-14T07:30:00+07:00"
    assert obj["dateModified"] == "2024-09-14T16:05:12+07:00"
    assert obj["description"] == SAMPLE.lead
    assert obj["author"] == [
        {"@type": "Person", "name": "Lê Minh Đức", "jobTitle": "Bài, ảnh"},
        {"@type": "Person", "name": "Hoàng Lan", "jobTitle": "Ảnh"},
        {"@type": "Person", "name": "Vũ Thanh", "jobTitle": "Video, đồ họa"},
    ]
    assert obj["sourceOrganization"] == {"@type": "Organization", "name": "Báo Quảng Tín"}
    assert obj["publisher"] == {"@type": "Organization", "name": "Báo Quảng Tín"}
    assert obj["image"][0] == {
        "@type": "ImageObject",
        "contentUrl": "https://baoquangtin.example.vn/anh/2024/09/14/thu-vien-thuong-hoa-1.jpg",
        "caption": "Học sinh xã Thượng Hòa đọc sách trong ngày thư viện mở cửa",
        "creditText": "Lê Minh Đức",
    }
    assert obj["mentions"][0] == {
        "@type": "Person",
        "name": "Trần Thị Hương",
        "jobTitle": "Phó Chủ tịch UBND huyện Sơn Lâm",
    }
    assert obj["keywords"] == list(SAMPLE.tags)
    assert obj["articleSection"] == "Giáo dục"
    assert obj["url"] == obj["mainEntityOfPage"] == SAMPLE.url


_PLAIN_WRITER = Article(
    headline="Hà Nội chặt hạ cây xanh trên phố Nguyễn Chí Thanh",
    published=dt.datetime(2015, 3, 20, 6, 2, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    lead="Sáng nay, nhiều cây xanh trên phố bị chặt hạ để thay thế.",
    body=(
        Paragraph("Người dân cho biết việc chặt hạ bắt đầu từ 5h."),
        Figure(caption="Cây xanh bị chặt hạ trên phố", credit="Nguyễn Khánh"),
        Figure(caption="Xe cẩu làm việc trong đêm", src="https://a.example.vn/2.jpg"),
    ),
    byline=Byline(authors=(Author("Nguyễn Khánh"), Author("Lê Hương", roles=(Role.PHOTO,)))),
    people=(Person("Nguyễn Văn Đô", ("Giám đốc Sở Xây dựng", "Thượng tá")),),
)


@pytest.mark.parametrize("article", [SAMPLE, _PLAIN_WRITER], ids=["sample", "plain-writer"])
def test_a_page_with_only_the_object_reads_back(article: Article) -> None:
    read = read_html(_embedded(article))
    assert read.headline == article.headline
    for field in ("published", "updated"):
        want, got = getattr(article, field), getattr(read, field)
        assert (got and got.isoformat()) == (want and want.isoformat())
    assert read.lead == article.lead
    assert read.authors == article.authors
    assert read.captions == article.captions
    assert read.figures == article.figures


def test_mentions_carry_every_title() -> None:
    obj = json.loads(write_jsonld(_PLAIN_WRITER))
    assert obj["mentions"] == [
        {
            "@type": "Person",
            "name": "Nguyễn Văn Đô",
            "jobTitle": ["Giám đốc Sở Xây dựng", "Thượng tá"],
        }
    ]
    # A writer credited for the text alone has no job title.
    assert obj["author"][0] == {"@type": "Person", "name": "Nguyễn Khánh"}
    # The article's own offset is kept, not converted to Vietnam time.
    assert obj["datePublished"] == "2015-03-20T06:02:00+08:00"


def test_a_date_without_a_time_is_a_schema_org_date_and_reads_back() -> None:
    article = Article(headline="Mưa lớn ở Quảng Tín", published=dt.date(2022, 7, 1))
    obj = json.loads(write_jsonld(article))
    assert obj["datePublished"] == "2022-07-01"
    assert "dateModified" not in obj
    assert read_html(_embedded(article)).published == dt.date(2022, 7, 1)
