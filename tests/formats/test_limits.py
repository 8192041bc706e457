"""The input ceilings (Limits) hold the same for every reader, and what the writers write
under them reads back."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import vn_newsdoc as nd
from vn_newsdoc import InputLimitError, Limits
from vn_newsdoc._ceilings import (
    _START_TAG,
    _attributes_in_tag,
    _long_pieces,
    _tag_starts,
    check_attributes,
)
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


# -- attributes on one element: counted on the bytes, before libxml2 sees them ------------

_HTML = "<html><head><title>Mưa lớn</title></head><body><h1>Mưa lớn</h1>{}</body></html>"
_NS = "https://vn-newsdoc.readthedocs.io/ns/article/1"
_TEXT = "Nước sông dâng cao làm ngập nhiều tuyến đường trong thành phố, người dân phải đi vòng."


def _element(n: int, value: str = "1", bare: bool = False) -> str:
    attributes = " ".join(f"a{i}" if bare else f'a{i}="{value}"' for i in range(n))
    return f"<p {attributes}>{_TEXT}</p>"


@pytest.mark.parametrize(
    ("value", "bare"),
    [("1", False), ("<", False), ("", True)],
    ids=["plain", "quoted-open", "bare"],
)
def test_an_element_past_the_attribute_ceiling_is_refused_before_parsing(
    value: str, bare: bool
) -> None:
    page = _HTML.format(_element(1_001, value, bare))
    with pytest.raises(InputLimitError) as info:
        nd.read_html(page)
    assert (info.value.limit, info.value.maximum) == ("attributes", 1_000)
    assert "Limits(max_attributes=...)" in str(info.value)


def test_an_element_at_the_attribute_ceiling_reads() -> None:
    article = nd.read_html(_HTML.format(_element(1_000)))
    assert article.paragraphs == (_TEXT,)


def test_the_attribute_ceiling_is_raised_by_an_option() -> None:
    article = nd.read_html(_HTML.format(_element(3_000)), limits=Limits(max_attributes=5_000))
    assert article.paragraphs == (_TEXT,)


def test_many_attributes_hidden_behind_quoted_closers_are_found() -> None:
    # ">" inside quoted values cuts the tag into short pieces; the page's many "=" give it away
    body = _element(600, ">") * 200 + _element(1_001, ">")
    with pytest.raises(InputLimitError) as info:
        nd.read_html(_HTML.format(body))
    assert info.value.limit == "attributes"


@pytest.mark.parametrize("limit", [1, 2, 7, 1_000])
def test_the_shortest_element_at_or_one_past_the_ceiling(limit: int) -> None:
    # Bare one-letter attributes: two bytes each, the fewest a start tag can spend on one.
    for count, refused in ((limit, False), (limit + 1, True)):
        page = "<p" + " a" * count + ">"
        if refused:
            with pytest.raises(InputLimitError) as info:
                check_attributes(page.encode(), Limits(max_attributes=limit), None)
            assert (info.value.limit, info.value.value, info.value.maximum) == (
                "attributes",
                count,
                limit,
            )
        else:
            check_attributes(page.encode(), Limits(max_attributes=limit), None)


def _pieces_over(data: bytes, span: int) -> list[tuple[int, int]]:
    """The pieces of ``data.split(b">")`` longer than ``span``, as ``(start, end)``."""
    found, start = [], 0
    for piece in data.split(b">"):
        if len(piece) > span:
            found.append((start, start + len(piece)))
        start += len(piece) + 1
    return found


@pytest.mark.parametrize(
    ("data", "span", "expected"),
    [
        (b"", 3, []),
        (b"abc", 3, []),  # exactly the span: not longer
        (b"abcd", 3, [(0, 4)]),  # one byte over, no ">" at all
        (b">abc>", 3, []),
        (b">abcd>", 3, [(1, 5)]),
        (b"ab>abcd", 3, [(3, 7)]),  # the last piece, up to the end
        (b"abcd>>abcde>x", 3, [(0, 4), (6, 11)]),
    ],
)
def test_long_pieces_at_and_past_the_span(
    data: bytes, span: int, expected: list[tuple[int, int]]
) -> None:
    assert _long_pieces(data, span) == expected == _pieces_over(data, span)


@given(st.text(alphabet="a<>= ", max_size=60).map(str.encode), st.integers(1, 12))
def test_long_pieces_are_the_long_pieces_of_a_split(data: bytes, span: int) -> None:
    assert _long_pieces(data, span) == _pieces_over(data, span)


@given(
    st.binary(max_size=40) | st.text(alphabet="a<>Zz/=@[`{ \xe0", max_size=40).map(str.encode),
    st.integers(0, 45),
    st.integers(0, 45),
    st.integers(2, 12),
)
@example(b"<A\x00", 0, 0, 2)  # a stop before the start: nothing, not a count from the end
def test_tag_starts_are_the_start_tags_the_expression_finds(
    data: bytes, begin: int, end: int, span: int
) -> None:
    # What check_attributes counted before: the start tags in data[begin:end] that begin
    # more than span bytes before end (span = 2 * max_attributes, at least 2).
    found: list[int] = []
    _tag_starts(data, begin, end - span, found)
    assert found == [
        tag.start() for tag in _START_TAG.finditer(data, begin, end) if end - tag.start() > span
    ]


_OLD_ATTRIBUTE = re.compile(rb"""\s*(?:[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?|/)""")


def _attributes_copied(data: bytes, start: int, stop_after: int) -> int:
    """How _attributes_in_tag counted before: each attribute copied to tell a "/" apart."""
    name = _START_TAG.match(data, start)
    count, pos = 0, name.end() if name else -1
    while name and count <= stop_after and (match := _OLD_ATTRIBUTE.match(data, pos)):
        if match.end() == pos:
            break
        count, pos = count + (not match.group().lstrip().startswith(b"/")), match.end()
    return count


@given(
    st.text(alphabet="<a b=\"'>/ \t\x0b\x0cx", max_size=40).map(str.encode),
    st.integers(0, 3),
    st.integers(0, 6),
)
def test_attributes_in_tag_count_as_before(data: bytes, start: int, stop_after: int) -> None:
    data = b"<a " + data
    assert _attributes_in_tag(data, start, stop_after) == _attributes_copied(
        data, start, stop_after
    )


def test_long_text_and_scripts_are_not_attributes() -> None:
    body = "<script>var a = 1; " + "x = 2; " * 5_000 + "</script><p>" + "Mưa. " * 5_000 + "</p>"
    assert nd.read_html(_HTML.format(body)).paragraphs[0].startswith("Mưa.")


def test_read_xml_keeps_the_attribute_ceiling() -> None:
    attributes = " ".join(f'a{i}="1"' for i in range(1_001))
    document = (
        f'<article xmlns="{_NS}" schema="vn_newsdoc/1" {attributes}>'
        "<headline>Tin</headline></article>"
    )
    with pytest.raises(InputLimitError) as info:
        nd.read_xml(document)
    assert info.value.limit == "attributes"
