"""The input ceilings (Limits) hold the same for every reader, and what the writers write
under them reads back."""

from __future__ import annotations

import pytest

import vn_newsdoc as nd
from vn_newsdoc import InputLimitError, Limits
from vn_newsdoc.model import Article, Paragraph


def _article(text: str) -> Article:
    return Article(headline="Mưa lớn", body=(Paragraph(text),))


_LONG = "Nước dâng cao. " * 20  # 300 characters


@pytest.mark.parametrize("fmt", ["json", "xml", "text"])
def test_a_text_over_the_ceiling_is_refused_by_every_reader(fmt: str) -> None:
    written = nd.write(_article(_LONG.strip()), fmt)
    with pytest.raises(InputLimitError) as info:
        nd.read(written, fmt, limits=Limits(max_text=200))
    assert (info.value.limit, info.value.maximum) == ("text", 200)
    assert "Limits(max_text=...)" in str(info.value)


@pytest.mark.parametrize("fmt", ["json", "xml", "text"])
def test_the_default_text_ceiling_is_one_mebibyte(fmt: str) -> None:
    text = ("x" * 99 + " ") * 10_486  # 1,048,600 characters
    with pytest.raises(InputLimitError) as info:
        nd.read(nd.write(_article(text.strip()), fmt), fmt)
    assert (info.value.limit, info.value.maximum) == ("text", 1024 * 1024)


def test_write_xml_output_past_libxml2s_10_mb_cap_reads_back() -> None:
    article = _article("x" * 11_000_000)
    limits = Limits(max_text=11_000_000)
    assert nd.read_xml(nd.write_xml(article), limits=limits) == article
    with pytest.raises(InputLimitError):
        nd.read_xml(nd.write_xml(article))


def test_the_html_reader_refuses_such_a_text_too() -> None:
    page = "<html><body><h1>Mưa lớn</h1><p>" + "x" * 11_000_000 + "</p></body></html>"
    with pytest.raises(InputLimitError) as info:
        nd.read_html(page)
    assert (info.value.limit, info.value.value) == ("text", 11_000_000)


@pytest.mark.parametrize("fmt", ["html", "json", "xml", "text"])
def test_every_reader_refuses_input_over_the_byte_ceiling(fmt: str) -> None:
    source = nd.write_json(_article("Nước dâng cao.")) if fmt == "json" else "<p>x</p>" * 20
    with pytest.raises(InputLimitError) as info:
        nd.read(source, fmt, limits=Limits(max_bytes=100))
    assert (info.value.limit, info.value.maximum) == ("bytes", 100)


_DEEP = {
    "json": '{"schema": "vn_newsdoc/1", "headline": "Tin", "x": ' + "[" * 300 + "]" * 300 + "}",
    "xml": "<a>" * 300 + "</a>" * 300,
}
# Deeper than Python's recursion (JSON) or libxml2's huge_tree ceiling of 2048 (XML).
_DEEPER = {"json": "[" * 100_000, "xml": "<a>" * 3000 + "</a>" * 3000}


def _refused(source: str, fmt: str, limits: Limits | None = None) -> InputLimitError:
    with pytest.raises(InputLimitError) as info:
        nd.read(source, fmt, limits=limits)
    return info.value


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_depth(fmt: str) -> None:
    err = _refused(_DEEP[fmt], fmt)
    assert (err.limit, err.maximum) == ("depth", 255)
    assert _refused(_DEEPER[fmt], fmt, Limits(max_depth=5000)).limit == "depth"


@pytest.mark.parametrize("fmt", ["json", "xml", "text"])
def test_elements(fmt: str) -> None:
    many = nd.write(Article(headline="Tin", body=(Paragraph("Nước dâng cao."),) * 20), fmt)
    assert _refused(many, fmt, Limits(max_elements=10)).limit == "elements"


def test_limits_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="max_text must be a positive int"):
        Limits(max_text=-1)
    with pytest.raises(ValueError, match="max_bytes"):
        Limits(max_bytes=True)
