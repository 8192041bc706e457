"""The ninjs writer: every item validates against the IPTC's ninjs 3.1 schema.

The schema is a copy of the official one (``tests/schemas/ninjs/``, with its licence). It is
checked with its formats (``uri``, ``date-time``) enforced, over drawn articles and over
every page of the evaluation corpus as :func:`~vn_newsdoc.html.read_html` reads it.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from conftest import CORPUS, SHARED
from golden_sample import SAMPLE
from strategies import articles
from vn_newsdoc import write
from vn_newsdoc.formats.ninjs import NINJS_SCHEMA_URI, write_ninjs
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article, Author, Byline, Figure, Paragraph, Role

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "ninjs" / "ninjs-schema_3.1.json"
PAGES = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.html"))
CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=CHECKER)


def _valid(article: Article) -> dict[str, Any]:
    item: dict[str, Any] = json.loads(write_ninjs(article))
    errors = sorted(_validator().iter_errors(item), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    return item


def test_the_formats_the_schema_names_are_checked() -> None:
    # Without the format libraries in the test extra, jsonschema would pass any string.
    assert not CHECKER.conforms("not a uri", "uri")
    assert not CHECKER.conforms("2024-09-14T07:30:00", "date-time")
    assert CHECKER.conforms("urn:uuid:6ba7b811-9dad-11d1-80b4-00c04fd430c8", "uri")
    assert json.loads(SCHEMA.read_text("utf-8"))["$id"] == NINJS_SCHEMA_URI


@pytest.mark.corpus  # reads ../shared (skipped with the shared reason where it is missing)
def test_the_copy_is_the_official_schema() -> None:
    official = SHARED / "schemas" / "ninjs" / SCHEMA.name
    assert official.is_file(), f"../shared holds no {official}"
    assert SCHEMA.read_bytes() == official.read_bytes()
    assert (SCHEMA.parent / "LICENSE").read_bytes() == (official.parent / "LICENSE").read_bytes()


@given(articles())
def test_every_drawn_article_validates(article: Article) -> None:
    item = _valid(article)
    assert item["headlines"] == [{"role": "main", "value": article.headline}]
    assert item["language"] == "vi"
    if isinstance(article.published, dt.datetime):
        # The offset is kept as the article holds it, not converted.
        assert dt.datetime.fromisoformat(item["firstCreated"]).utcoffset() == (
            article.published.utcoffset()
        )
    elif article.published is not None:
        # A date alone: the start of that day in Vietnam time, and a note that says so.
        assert item["firstCreated"] == f"{article.published.isoformat()}T00:00:00+07:00"
        assert (
            f"firstCreated: the source gives the date {article.published.isoformat()}"
            in (item["edNote"])
        )
    if all(isinstance(t, (dt.datetime, type(None))) for t in (article.published, article.updated)):
        assert "edNote" not in item
    captions = [
        next((d["value"] for d in a.get("descriptions", ())), None)
        for a in item.get("associations", ())
    ]
    assert captions == [f.caption for f in article.figures]


def test_the_sample_maps_field_by_field() -> None:
    item = _valid(SAMPLE)
    assert item["uri"] == SAMPLE.url
    assert item["firstCreated"] == "2024-09-14T07:30:00+07:00"
    assert item["versionCreated"] == "2024-09-14T16:05:12+07:00"
    assert item["descriptions"] == [{"role": "summary", "value": SAMPLE.lead}]
    plain, html = item["bodies"]
    assert plain["contentType"] == "text/plain"
    assert plain["value"].split("\n\n") == list(SAMPLE.paragraphs)
    assert plain["charCount"] == len(plain["value"]) == html["charCount"]
    assert html["contentType"] == "text/html"
    assert html["value"].count("<figure>") == len(SAMPLE.figures)
    assert "<li>Góc tin học với 10 máy tính kết nối Internet.</li>" in html["value"]
    assert (
        item["by"]
        == "Bài, ảnh: Lê Minh Đức - Ảnh: Hoàng Lan - Video, đồ họa: Vũ Thanh\nTheo Báo Quảng Tín"
    )
    assert item["people"][:4] == [
        {"name": "Lê Minh Đức", "rel": "author:text"},
        {"name": "Lê Minh Đức", "rel": "author:photo"},
        {"name": "Hoàng Lan", "rel": "author:photo"},
        {"name": "Vũ Thanh", "rel": "author:video"},
    ]
    assert {"name": "Trần Thị Hương", "rel": "mentioned"} in item["people"]
    assert item["infoSources"] == [
        {"name": "Báo Quảng Tín", "role": "source"},
        {"name": "Báo Quảng Tín", "role": "publisher"},
        {"name": "BQT", "role": "outlet"},
    ]
    assert item["subjects"][0] == {"name": "Giáo dục", "rel": "section"}
    assert [s["name"] for s in item["subjects"][1:]] == list(SAMPLE.tags)
    first, second, _third, _fourth = item["associations"]
    assert first == {
        "name": "figure1",
        "uri": "https://baoquangtin.example.vn/anh/2024/09/14/thu-vien-thuong-hoa-1.jpg",
        "type": "picture",
        "representationType": "partial",
        "descriptions": [
            {
                "role": "caption",
                "value": "Học sinh xã Thượng Hòa đọc sách trong ngày thư viện mở cửa",
            }
        ],
        "by": "Lê Minh Đức",
        "renditions": [
            {
                "name": "original",
                "href": "https://baoquangtin.example.vn/anh/2024/09/14/thu-vien-thuong-hoa-1.jpg",
            }
        ],
    }
    # A figure without an image address gets a stable URN, and no rendition.
    assert second["uri"].startswith("urn:uuid:")
    assert "renditions" not in second
    assert write_ninjs(SAMPLE) == write(SAMPLE, "ninjs")


def test_an_article_without_url_gets_a_stable_urn() -> None:
    article = Article(headline="Tin", body=(Paragraph("Một."),))
    uri = _valid(article)["uri"]
    assert uri.startswith("urn:uuid:")
    assert _valid(article)["uri"] == uri
    assert _valid(Article(headline="Tin khác"))["uri"] != uri


def test_addresses_are_written_as_uris() -> None:
    article = Article(
        headline="Tin",
        url="https://baomau.vn/thời sự/tin.html",
        body=(Figure(src="https://baomau.vn/ảnh 1.jpg"), Figure(src="anh-tuong-doi.jpg")),
        byline=Byline(authors=(Author("Vi Thu", roles=(Role.PHOTO,)),)),
    )
    item = _valid(article)
    assert item["uri"] == "https://baomau.vn/th%E1%BB%9Di%20s%E1%BB%B1/tin.html"
    first, relative = item["associations"]
    assert first["renditions"][0]["href"] == "https://baomau.vn/%E1%BA%A3nh%201.jpg"
    # A relative address is no URI: it stays in the HTML body only.
    assert relative["uri"].startswith("urn:uuid:")
    assert "renditions" not in relative
    assert 'src="anh-tuong-doi.jpg"' in item["bodies"][1]["value"]
    assert item["people"] == [{"name": "Vi Thu", "rel": "author:photo"}]


@pytest.mark.corpus
@pytest.mark.parametrize("page", PAGES or [None])
def test_every_corpus_page_validates(page: str | None) -> None:
    if page is None:
        pytest.skip(f"no evaluation corpus at {CORPUS}: ../shared is not beside the checkout")
    path = CORPUS / page
    expected = json.loads(path.with_suffix(".json").read_text("utf-8"))
    article = read_html(path.read_bytes(), url=expected.get("url"))
    item = _valid(article)
    assert item["headlines"][0]["value"] == article.headline
    if isinstance(article.published, dt.datetime):
        assert item["firstCreated"] == article.published.isoformat()
    elif article.published is not None:  # a page giving only a date
        assert item["firstCreated"] == article.published.isoformat() + "T00:00:00+07:00"
        assert article.published.isoformat() in item["edNote"]


def test_a_date_without_a_time_is_the_start_of_that_day_with_a_note() -> None:
    vn = dt.timezone(dt.timedelta(hours=7))
    item = _valid(
        Article(
            headline="Tin",
            published=dt.date(2022, 7, 1),
            updated=dt.datetime(2022, 7, 2, 8, 5, tzinfo=vn),
        )
    )
    assert item["firstCreated"] == "2022-07-01T00:00:00+07:00"
    assert item["versionCreated"] == "2022-07-02T08:05:00+07:00"
    assert item["edNote"] == (
        "firstCreated: the source gives the date 2022-07-01 without a time of day; "
        "00:00 in Vietnam time (+07:00) stands for it."
    )
    # A time at midnight is a time: no note.
    midnight = _valid(Article(headline="Tin", published=dt.datetime(2022, 7, 1, tzinfo=vn)))
    assert midnight["firstCreated"] == "2022-07-01T00:00:00+07:00"
    assert "edNote" not in midnight
