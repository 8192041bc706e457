"""parse_html: one lxml parse within size and depth limits, refusing what is not HTML."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from vn_newsdoc.errors import InputLimitError, MalformedInputError
from vn_newsdoc.html._parse import MAX_DEPTH, MAX_ELEMENTS, MAX_INPUT_BYTES, _parse, parse_html
from vn_newsdoc.limits import Limits

_PAGE = (
    "<!DOCTYPE html><html><head><title>Mưa lớn</title>"
    '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    "<style>p {color: red}</style></head>"
    "<body><!-- quảng cáo --><h1>Mưa lớn ở xã Quảng Tín</h1><p>Đêm qua mưa to.</p></body></html>"
)


def test_reads_text_and_bytes_alike() -> None:
    from_text = parse_html(_PAGE)
    from_bytes = parse_html(_PAGE.encode("utf-8"))
    headline = "Mưa lớn ở xã Quảng Tín"
    assert from_text.findtext("body/h1") == from_bytes.findtext("body/h1") == headline


def test_drops_comments_keeps_scripts_and_styles() -> None:
    root = parse_html(_PAGE)
    assert not root.xpath("//comment()")
    assert root.xpath("string(//script)") == '{"@type": "NewsArticle"}'
    assert root.xpath("count(//style)") == 1


def test_declared_charset_does_not_decode_text_again() -> None:
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
        "<body><p>Đắk Nông</p></body></html>"
    )
    assert parse_html(page).findtext("body/p") == "Đắk Nông"


def test_utf8_bom_is_dropped() -> None:
    root = parse_html(b"\xef\xbb\xbf<html><body><p>" + "Đà Nẵng".encode() + b"</p></body></html>")
    assert root.findtext("body/p") == "Đà Nẵng"


def test_lone_surrogate_does_not_cut_the_page() -> None:
    root = parse_html("<html><body><p>trước\ud800</p><p>sau</p></body></html>")
    assert root.xpath("//p[2]/text()") == ["sau"]


def test_no_external_entity_is_loaded() -> None:
    page = (
        '<!DOCTYPE html SYSTEM "http://example.invalid/x.dtd" '
        '[<!ENTITY e SYSTEM "file:///etc/passwd">]><html><body><p>&e;</p></body></html>'
    )
    assert "root:" not in parse_html(page).xpath("string(//p)")


@pytest.mark.parametrize(
    ("source", "words"),
    [
        pytest.param(b"", "empty", id="empty-bytes"),
        pytest.param("", "empty", id="empty-text"),
        pytest.param(" \n\t\u00a0\n".encode(), "empty", id="white-space"),
        pytest.param("\ufeff  ", "empty", id="bom-only"),
        pytest.param(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
        pytest.param(b"\x1f\x8b\x08\x00\x00\x00", "gzip", id="gzip"),
        pytest.param(b"PK\x03\x04\x14\x00", "ZIP", id="zip"),
        pytest.param(bytes(range(256)) * 8, "binary", id="binary-junk"),
        pytest.param(b'{"headline": "<b>Tin</b>", "body": []}', "JSON", id="json-object"),
        pytest.param(' [{"a": 1}]\n', "JSON", id="json-list"),
        pytest.param("Chỉ là một dòng chữ, không có thẻ nào.", "no markup", id="plain-text"),
        pytest.param("<!-- chỉ có chú thích -->".encode(), "readable", id="comment-only"),
    ],
)
def test_refuses_what_is_not_html(source: str | bytes, words: str) -> None:
    with pytest.raises(MalformedInputError, match=words):
        parse_html(source, source_name="trang.html")


def test_refusal_names_the_source() -> None:
    with pytest.raises(MalformedInputError) as info:
        parse_html(b"", source_name="https://example.vn/a.html")
    assert info.value.source == "https://example.vn/a.html"


def test_refuses_input_over_the_size_limit() -> None:
    with pytest.raises(InputLimitError) as info:
        parse_html(b"<p>" + b"a" * MAX_INPUT_BYTES)
    assert info.value.limit == "bytes"
    assert info.value.maximum == MAX_INPUT_BYTES


def test_refuses_a_20_mb_page_of_paragraphs_after_parsing_it() -> None:
    para = "<p>Hôm nay trời đẹp, mọi người đi làm đúng giờ.</p>\n"
    count = 20_000_000 // len(para.encode())
    page = "<html><body>" + para * count + "</body></html>"
    with pytest.raises(InputLimitError) as info:
        parse_html(page.encode("utf-8"))
    assert info.value.limit == "elements"
    assert info.value.value == count + 2  # the paragraphs, html and body


def test_reads_a_20_mb_page_within_the_element_limit() -> None:
    para = "<p>" + "Hôm nay trời đẹp, mọi người đi làm đúng giờ. " * 400 + "</p>\n"
    page = "<html><body>" + para * (20_000_000 // len(para.encode())) + "</body></html>"
    root = parse_html(page.encode("utf-8"))
    assert root.xpath("count(//p)") == 20_000_000 // len(para.encode())


def test_reads_up_to_the_element_limit() -> None:
    root = parse_html("<html><body>" + "<br>" * (MAX_ELEMENTS - 2) + "</body></html>")
    assert root.xpath("count(//br)") == MAX_ELEMENTS - 2


@pytest.mark.parametrize("breaks", [0, 1, 5, 40])
def test_the_element_ceiling_at_and_one_past_the_page(breaks: int) -> None:
    page = "<html><body>" + "<br>" * breaks + "</body></html>"  # html, body and the breaks
    root = parse_html(page, limits=Limits(max_elements=breaks + 2))
    assert len(root.xpath("//*")) == breaks + 2
    with pytest.raises(InputLimitError) as info:
        parse_html(page.encode(), limits=Limits(max_elements=breaks + 1))
    assert (info.value.limit, info.value.value, info.value.maximum) == (
        "elements",
        breaks + 2,
        breaks + 1,
    )


# Markup that makes the parser imply elements: text outside any element (an implied <p>),
# stray end tags, tables and lists left open, a frameset, "<" that opens no tag.
_PIECES = st.sampled_from(
    ["<p>", "</p>", "<br>", "<td>", "<table>", "<li>", "</body>", "</html>", "<head>",
     "<body>", "<title>", "<frameset>", "<select>", "<option>", "<html>", "<!-- x -->",
     "chữ", " ", "<", "< p>", "&amp;", "<meta>", "<col>", "</div>", "<?x?>"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40))
def test_a_tree_has_at_most_three_elements_for_each_lt(pieces: list[str]) -> None:
    # What the element ceiling relies on to leave the tree uncounted on most pages.
    data = "".join(pieces).encode()
    try:
        root, _ = _parse(data, huge=False, source_name=None)
    except MalformedInputError:
        assume(False)  # nothing the parser reads: no tree to count
    assert len(root.xpath("//*")) <= 3 * data.count(b"<") + 16


def test_reads_a_text_node_over_the_libxml2_buffer_limit() -> None:
    page = "<html><body><p>" + "a" * 20_000_000 + "</p><p>sau</p></body></html>"
    root = parse_html(page, limits=Limits(max_text=20_000_000))
    assert len(root.xpath("string(//p[1])")) == 20_000_000
    assert root.xpath("string(//p[2])") == "sau"


def test_a_text_node_over_the_text_ceiling_is_refused() -> None:
    page = "<html><body><p>" + "a" * 20_000_000 + "</p><p>sau</p></body></html>"
    with pytest.raises(InputLimitError) as info:
        parse_html(page)
    assert (info.value.limit, info.value.value, info.value.maximum) == (
        "text",
        20_000_000,
        Limits().max_text,
    )
    assert "Limits(max_text=" in str(info.value)


@pytest.mark.parametrize(
    "page",
    [
        '<html><body><div class="{}">x</div></body></html>',
        "<html><head><title>{}</title></head><body>x</body></html>",
        "<html><body><table><tr><td>{}</td></tr></table></body></html>",
        '<html><head><script type="application/ld+json">{{"headline": "{}"}}</script></head>'
        "<body>x</body></html>",
    ],
    ids=["class", "title", "table cell", "json-ld"],
)
def test_every_long_text_the_reader_touches_is_refused(page: str) -> None:
    with pytest.raises(InputLimitError) as info:
        parse_html(page.format("ab " * 400_000))
    assert info.value.limit == "text"


def test_scripts_and_data_addresses_are_not_text() -> None:
    script = "<script>var x = '" + "a" * 2_000_000 + "';</script>"
    image = '<img src="data:image/png;base64,' + "A" * 2_000_000 + '">'
    root = parse_html(f"<html><head>{script}</head><body>{image}<p>sau</p></body></html>")
    assert root.xpath("string(//p)") == "sau"


def test_other_ceilings_are_taken_from_the_limits() -> None:
    page = "<html><body>" + "<div>" * 20 + "x" + "</div>" * 20 + "</body></html>"
    with pytest.raises(InputLimitError) as info:
        parse_html(page, limits=Limits(max_depth=10))
    assert (info.value.limit, info.value.maximum) == ("depth", 10)
    with pytest.raises(InputLimitError) as info:
        parse_html(page, limits=Limits(max_elements=10))
    assert (info.value.limit, info.value.maximum) == ("elements", 10)
    with pytest.raises(InputLimitError) as info:
        parse_html(page, limits=Limits(max_bytes=100))
    assert (info.value.limit, info.value.maximum) == ("bytes", 100)
    deep = "<html><body>" + "<div>" * 400 + "x" + "</div>" * 400 + "</body></html>"
    assert parse_html(deep, limits=Limits(max_depth=500)).xpath("count(//div)") == 400


def test_reads_many_megabytes_of_script_between_tags() -> None:
    script = "<script>var x = '" + "a" * 1_000_000 + "';</script>\n"
    root = parse_html("<html><head>" + script * 12 + "</head><body><p>sau</p></body></html>")
    assert root.xpath("count(//script)") == 12
    assert root.xpath("string(//p)") == "sau"


def test_depth_is_still_checked_on_a_large_page() -> None:
    deep = "<div>" * 300 + "x" + "</div>" * 300
    with pytest.raises(InputLimitError) as info:
        parse_html("<html><body><p>" + "a" * 11_000_000 + "</p>" + deep + "</body></html>")
    assert info.value.limit == "depth"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 10_000, 100_000])
def test_refuses_nesting_deeper_than_the_limit(depth: int) -> None:
    page = "<html><body>" + "<div>" * depth + "x" + "</div>" * depth + "</body></html>"
    with pytest.raises(InputLimitError) as info:
        parse_html(page)
    assert info.value.limit == "depth"
    assert info.value.maximum == MAX_DEPTH


def test_reads_nesting_up_to_the_limit() -> None:
    depth = MAX_DEPTH - 2  # html and body take two levels
    page = "<html><body>" + "<div>" * depth + "sâu" + "</div>" * depth + "</body></html>"
    assert parse_html(page).xpath("string(/html/body)") == "sâu"


def test_refuses_other_types() -> None:
    with pytest.raises(MalformedInputError, match="str or bytes"):
        parse_html(123)  # type: ignore[arg-type]
