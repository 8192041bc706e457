"""The reader contract: every format's reader takes the shared options, the same way."""

from __future__ import annotations

import datetime as dt
import inspect
import logging

import pytest

import vn_newsdoc as nd
from conftest import ROOT
from vn_newsdoc import MissingFieldError, read_html, read_json, read_text, read_xml
from vn_newsdoc.readers import Reader, ReaderOptions
from vn_newsdoc.registry import READERS

SAMPLE_HTML = ROOT / "examples" / "sample-article.html"

# The type checker (mypy --strict runs on the tests) holds each reader to the protocol.
_TYPED: tuple[Reader, ...] = (read_html, read_json, read_text, read_xml)

_EMPTY = {"html": "", "json": "", "text": "", "xml": ""}


def test_every_registered_reader_is_one_of_the_typed_ones() -> None:
    assert set(READERS.values()) == set(_TYPED)


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_every_reader_takes_every_option_by_keyword(fmt: str) -> None:
    params = inspect.signature(READERS[fmt]).parameters
    source, *options = params.values()
    assert source.kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    )
    keywords = {p.name: p for p in options}
    for name in ReaderOptions.__annotations__:
        assert keywords[name].kind is inspect.Parameter.KEYWORD_ONLY, (fmt, name)
    # The protocol's defaults are the readers' defaults.
    protocol = inspect.signature(Reader.__call__).parameters
    for name in ReaderOptions.__annotations__:
        assert keywords[name].default == protocol[name].default, (fmt, name)


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_every_reader_names_its_input_by_source_name(fmt: str) -> None:
    reference = dt.datetime(2024, 5, 1, 8, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    options: ReaderOptions = {
        "source_name": "bai-viet.x",
        "url": "https://tin.example/a",
        "strict": True,
        "reference": reference,
        "limits": nd.Limits(),
        "profiles": (),
    }
    with pytest.raises(nd.ReaderError) as info:
        nd.read(_EMPTY[fmt], fmt, **options)
    assert info.value.source == "bai-viet.x"
    # Without source_name, the url names the input.
    del options["source_name"]
    with pytest.raises(nd.ReaderError) as info:
        READERS[fmt](_EMPTY[fmt], **options)
    assert info.value.source == "https://tin.example/a"


def test_read_html_names_the_page_by_source_name_in_errors() -> None:
    page = "<html><body><p>Không có tiêu đề.</p></body></html>"
    with pytest.raises(MissingFieldError) as info:
        read_html(page, source_name="trang.html")
    assert info.value.source == "trang.html"
    assert "trang.html" in str(info.value)
    # source_name outranks the url in messages; the url still is the article's address.
    with pytest.raises(MissingFieldError) as info:
        read_html(page, source_name="trang.html", url="https://tin.example/a")
    assert info.value.source == "trang.html"
    with pytest.raises(MissingFieldError) as info:
        read_html(page)
    assert info.value.source == "<html>"


def test_read_html_names_the_page_by_source_name_in_warnings(
    caplog: pytest.LogCaptureFixture,
) -> None:
    undated = (
        "<html><body><h1>Tin không ngày</h1><div><p>Một đoạn văn của bài.</p></div></body></html>"
    )
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc"):
        article = read_html(undated, source_name="khong-ngay.html", url="https://tin.example/a")
    assert article.url == "https://tin.example/a"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings
    assert all("khong-ngay.html" in w and "https://tin.example/a" not in w for w in warnings)


def test_source_name_changes_nothing_but_the_messages() -> None:
    data = SAMPLE_HTML.read_bytes()
    assert read_html(data, source_name=str(SAMPLE_HTML)) == read_html(data)


def test_the_schema_version_is_one_object_in_its_old_and_new_homes() -> None:
    from vn_newsdoc import _dictform, schemas  # noqa: PLC0415
    from vn_newsdoc.formats import json as json_format  # noqa: PLC0415

    assert schemas.SCHEMA_VERSION == "vn_newsdoc/2"
    assert json_format.SCHEMA_VERSION is schemas.SCHEMA_VERSION is _dictform.SCHEMA_VERSION
