"""Unit tests of the XML form: its exact shape, its safety, and every way reading fails."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from lxml import etree

from vn_newsdoc.errors import (
    InvalidArticleError,
    MalformedInputError,
    ReaderError,
    SchemaVersionError,
)
from vn_newsdoc.formats.xml import NAMESPACE, read_xml, write_xml
from vn_newsdoc.formats.xml import _read as xml_reading
from vn_newsdoc.model import (
    Article,
    Author,
    Byline,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Person,
    Quote,
    Role,
)

VIETNAM = dt.timezone(dt.timedelta(hours=7))

SMALL = Article(
    headline="Mưa lớn ở Quảng Tín",
    published=dt.datetime(2019, 8, 7, 15, 43, tzinfo=VIETNAM),
    lead="Nước sông dâng cao & “chia cắt” hai thôn <Thượng Hòa>.",
    body=(
        Paragraph("Đoạn một."),
        Heading("Cứu hộ", level=3),
        Quote("“Chúng tôi đã sẵn sàng”"),
        ListItem("Sơ tán 20 hộ."),
        Figure(caption="Nước ngập đường", credit="Vi Thu"),
    ),
    byline=Byline(authors=(Author("Vi Thu", roles=(Role.TEXT, Role.PHOTO)),), source="TTXVN"),
    people=(Person("Nguyễn Văn Đô", ("Chủ tịch UBND xã",)),),
    tags=("mưa lũ",),
)

# Written out by hand from the form described in vn_newsdoc.formats.xml.
SMALL_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="https://vn-newsdoc.readthedocs.io/ns/article/2" schema="vn_newsdoc/2">
  <headline>Mưa lớn ở Quảng Tín</headline>
  <published>2019-08-07T15:43:00+07:00</published>
  <lead>Nước sông dâng cao &amp; “chia cắt” hai thôn &lt;Thượng Hòa&gt;.</lead>
  <body>
    <paragraph>Đoạn một.</paragraph>
    <heading level="3">Cứu hộ</heading>
    <quote>“Chúng tôi đã sẵn sàng”</quote>
    <list-item>Sơ tán 20 hộ.</list-item>
    <figure>
      <caption>Nước ngập đường</caption>
      <credit>Vi Thu</credit>
    </figure>
  </body>
  <byline>
    <author>
      <name>Vi Thu</name>
      <role>text</role>
      <role>photo</role>
    </author>
    <source>TTXVN</source>
  </byline>
  <people>
    <person>
      <name>Nguyễn Văn Đô</name>
      <title>Chủ tịch UBND xã</title>
    </person>
  </people>
  <tags>
    <tag>mưa lũ</tag>
  </tags>
</article>
"""

OPEN = f'<article xmlns="{NAMESPACE}" schema="vn_newsdoc/2">'


def _doc(inner: str) -> str:
    """An XML article document around ``inner`` (which must hold the headline if wanted)."""
    return f"{OPEN}{inner}</article>"


# --- Writing ------------------------------------------------------------------------------


def test_write_xml_gives_the_exact_shape() -> None:
    assert write_xml(SMALL) == SMALL_XML


def test_write_xml_leaves_absent_values_and_empty_sequences_out() -> None:
    assert write_xml(Article(headline="Tin nóng")) == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{OPEN}\n"
        "  <headline>Tin nóng</headline>\n"
        "</article>\n"
    )


def test_write_xml_writes_figures_with_only_what_they_have() -> None:
    article = Article(headline="Tin", body=(Figure(src="a.jpg"), Figure(credit="Vi Thu")))
    assert "<figure>\n      <src>a.jpg</src>\n    </figure>" in write_xml(article)
    assert "<figure>\n      <credit>Vi Thu</credit>\n    </figure>" in write_xml(article)


def test_write_xml_escapes_markup_and_cdata_ends() -> None:
    text = write_xml(Article(headline='A & B <c> "d" ]]> e'))
    assert '<headline>A &amp; B &lt;c&gt; "d" ]]&gt; e</headline>' in text
    assert read_xml(text).headline == 'A & B <c> "d" ]]> e'


@pytest.mark.parametrize(
    ("value", "written"),
    [
        pytest.param(
            dt.datetime(2022, 7, 1, 18, 45, tzinfo=VIETNAM),
            "2022-07-01T18:45:00+07:00",
            id="vietnam",
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, tzinfo=VIETNAM), "2022-07-01T00:00:00+07:00", id="date-only"
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, 18, 45, 7, 5, tzinfo=VIETNAM),
            "2022-07-01T18:45:07.000005+07:00",
            id="microseconds",
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, 11, 45, tzinfo=dt.UTC),
            "2022-07-01T11:45:00+00:00",
            id="utc",
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, 2, 0, tzinfo=dt.timezone(-dt.timedelta(hours=9, minutes=30))),
            "2022-07-01T02:00:00-09:30",
            id="marquesas",
        ),
    ],
)
def test_times_keep_their_offset_exactly(value: dt.datetime, written: str) -> None:
    text = write_xml(Article(headline="Tin", updated=value))
    assert f"<updated>{written}</updated>" in text
    back = read_xml(text).updated
    assert back is not None
    assert back.isoformat() == written


def test_write_xml_is_deterministic() -> None:
    assert write_xml(SMALL) == write_xml(SMALL) == write_xml(read_xml(write_xml(SMALL)))


# --- Reading ------------------------------------------------------------------------------


def test_read_xml_reads_the_exact_shape_back() -> None:
    assert read_xml(SMALL_XML) == SMALL
    assert read_xml(SMALL_XML.encode("utf-8")) == SMALL
    assert read_xml(b"\xef\xbb\xbf" + SMALL_XML.encode("utf-8")) == SMALL


def test_read_xml_takes_missing_elements_as_absent_and_empty_containers_as_empty() -> None:
    text = _doc("<headline>Tin</headline><body/><people></people><tags>\n</tags>")
    assert read_xml(text) == Article(headline="Tin")


def test_read_xml_reads_a_heading_without_level_as_level_2() -> None:
    article = read_xml(_doc("<headline>Tin</headline><body><heading>Mục</heading></body>"))
    assert article.body == (Heading("Mục", level=2),)


def test_read_xml_skips_comments_and_processing_instructions() -> None:
    text = _doc("<!-- ghi chú --><headline>Tin</headline><?pi x?><body><!--c--></body>")
    assert read_xml(text) == Article(headline="Tin")


def test_read_xml_reads_character_references() -> None:
    article = read_xml(_doc("<headline>Gi&#225; v&#xE0;ng &amp; b&#7841;c</headline>"))
    assert article.headline == "Giá vàng & bạc"


def test_read_xml_names_source_and_line() -> None:
    text = SMALL_XML.replace('<heading level="3">', '<heading level="7">')
    with pytest.raises(MalformedInputError) as info:
        read_xml(text, source_name="bai.xml")
    err = info.value
    assert err.source == "bai.xml"
    assert err.line == 8  # line 1 is the XML declaration
    assert err.message == "<heading>: level: must be an int from 2 to 6, not 7"
    assert isinstance(err.__cause__, InvalidArticleError)


def test_read_xml_gives_the_line_and_position_of_a_syntax_error() -> None:
    text = SMALL_XML.replace("</quote>", "</quot>")
    with pytest.raises(MalformedInputError) as info:
        read_xml(text)
    assert info.value.line == 9
    position = info.value.position
    assert position is not None
    assert text.count("\n", 0, position) == 8  # on line 9
    assert text.rindex("</quot>", 0, position + 1) == text.index("</quot>")
    assert info.value.message.startswith("not well-formed XML:")
    assert isinstance(info.value.__cause__, etree.XMLSyntaxError)


def test_read_xml_refuses_bytes_that_are_not_utf8() -> None:
    data = _doc("<headline>Tin nóng</headline>").encode("utf-16")
    with pytest.raises(MalformedInputError) as info:
        read_xml(data)
    assert info.value.position == 0
    assert info.value.message.startswith("not UTF-8")


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        pytest.param(
            '<article xmlns="https://vn-newsdoc.readthedocs.io/ns/article/3" '
            'schema="vn_newsdoc/3"><headline>Tin</headline></article>',
            "https://vn-newsdoc.readthedocs.io/ns/article/3",
            NAMESPACE,
            id="newer-namespace",
        ),
        pytest.param(
            "<article><headline>Tin</headline></article>", None, NAMESPACE, id="no-namespace"
        ),
        pytest.param(
            f'<article xmlns="{NAMESPACE}"><headline>Tin</headline></article>',
            None,
            "vn_newsdoc/2",
            id="no-schema-attribute",
        ),
        pytest.param(
            f'<article xmlns="{NAMESPACE}" schema="vn_newsdoc/9"><headline>T</headline></article>',
            "vn_newsdoc/9",
            "vn_newsdoc/2",
            id="other-schema-attribute",
        ),
    ],
)
def test_read_xml_refuses_other_or_missing_versions(
    text: str, found: str | None, expected: str
) -> None:
    with pytest.raises(SchemaVersionError) as info:
        read_xml(text, source_name="x.xml")
    assert info.value.found == found
    assert info.value.expected == expected
    assert info.value.source == "x.xml"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "not well-formed XML: Document is empty", id="empty"),
        pytest.param("Tin nóng", "not well-formed XML: Start tag expected", id="not-xml"),
        pytest.param("<html><body/></html>", "not a vn_newsdoc article: the root", id="html"),
        pytest.param(
            '<article xmlns="http://www.w3.org/1999/xhtml"/>',
            "not a vn_newsdoc article: the root element is <{http://www.w3.org/1999/xhtml}article>",
            id="foreign-namespace",
        ),
        pytest.param(_doc(""), "<article> needs a <headline>", id="no-headline"),
        pytest.param(
            _doc("<headline>Tin</headline><extra/>"), "<article> cannot hold <extra>", id="unknown"
        ),
        pytest.param(
            _doc('<headline>Tin</headline><x:lead xmlns:x="urn:x">a</x:lead>'),
            "<{urn:x}lead> is not in the namespace",
            id="foreign-element",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><headline>Tin</headline>"),
            "<headline> is out of place in <article>",
            id="twice",
        ),
        pytest.param(
            _doc("<lead>Sapo</lead><headline>Tin</headline>"),
            "<headline> is out of place in <article>",
            id="out-of-order",
        ),
        pytest.param(
            _doc("Tin<headline>Tin</headline>"),
            "<article> must not hold text directly",
            id="stray-text",
        ),
        pytest.param(
            _doc("<headline>Tin <b>đậm</b></headline>"),
            "<headline> must hold text only",
            id="mixed-content",
        ),
        pytest.param(
            _doc('<headline lang="vi">Tin</headline>'),
            "<headline> has an unknown attribute 'lang'",
            id="unknown-attribute",
        ),
        pytest.param(
            OPEN.replace("schema=", 'id="1" schema=') + "<headline>T</headline></article>",
            "<article> has an unknown attribute 'id'",
            id="root-attribute",
        ),
        pytest.param(
            _doc("<headline> Tin</headline>"), "<headline>: must be clean text", id="unclean"
        ),
        pytest.param(
            _doc("<headline>Thu\u0309y</headline>"), "<headline>: must be clean text", id="nfd"
        ),
        pytest.param(
            _doc("<headline></headline>"), "<headline>: must not be empty", id="empty-headline"
        ),
        pytest.param(
            _doc("<headline>Tin</headline><published>2022-07-01T18:45:00</published>"),
            "<published>: '2022-07-01T18:45:00' is not an ISO 8601 date and time",
            id="naive-time",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><updated>01/07/2022</updated>"),
            "<updated>: '01/07/2022' is neither a date (YYYY-MM-DD) nor an ISO 8601",
            id="vietnamese-date",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><published>2022-07-01+07:00</published>"),
            "<published>: '2022-07-01+07:00' is neither a date (YYYY-MM-DD) nor an ISO 8601",
            id="date-with-offset",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><published>2022-02-30</published>"),
            "<published>: '2022-02-30' names no real day",
            id="no-such-day",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><body><table/></body>"),
            "<body> cannot hold <table>",
            id="unknown-block",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><body><paragraph/></body>"),
            "<paragraph>: must not be empty",
            id="empty-paragraph",
        ),
        pytest.param(
            _doc('<headline>Tin</headline><body><heading level="hai">Mục</heading></body>'),
            "<heading> level must be a number, not 'hai'",
            id="level-word",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><body><figure/></body>"),
            "<figure>: needs a caption, a credit or a src",
            id="empty-figure",
        ),
        pytest.param(
            _doc(
                "<headline>Tin</headline><body><figure><src>a</src><caption>b</caption></figure></body>"
            ),
            "<caption> is out of place in <figure>",
            id="figure-order",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><byline/>"),
            "<byline>: needs an author or a source",
            id="empty-byline",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><byline><author><role>text</role></author></byline>"),
            "<author> needs a <name>",
            id="author-without-name",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><byline><author><name>A</name></author></byline>"),
            "<author> needs at least one <role>",
            id="author-without-role",
        ),
        pytest.param(
            _doc(
                "<headline>Tin</headline><byline><author><name>A</name>"
                "<role>boss</role></author></byline>"
            ),
            "<role>: unknown role 'boss'",
            id="unknown-role",
        ),
        pytest.param(
            _doc(
                "<headline>Tin</headline><byline><author><name>A</name>"
                "<role>text</role><role>text</role></author></byline>"
            ),
            "<author>: roles: must not repeat a role",
            id="repeated-role",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><people><human/></people>"),
            "<people> cannot hold <human>",
            id="unknown-person",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><people><person><title>Ông</title></person></people>"),
            "<person> needs a <name>",
            id="person-without-name",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><tags><tag>a</tag><tag/></tags>"),
            "<tags>: tags[1]: must not be empty",
            id="empty-tag",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><tags><label>a</label></tags>"),
            "<tags> cannot hold <label>",
            id="unknown-tag",
        ),
        pytest.param(
            _doc("<headline>&nbsp;Tin</headline>"),
            "not well-formed XML: Entity 'nbsp' not defined",
            id="undefined-entity",
        ),
        pytest.param(
            _doc("<headline>T\ud800</headline>"),
            "not XML text: character",
            id="lone-surrogate",
        ),
        pytest.param(
            _doc("<headline>T&#0;</headline>"),
            "not well-formed XML: xmlParseCharRef: invalid xmlChar value 0",
            id="nul-reference",
        ),
    ],
)
def test_read_xml_errors(text: str, message: str) -> None:
    with pytest.raises(MalformedInputError) as info:
        read_xml(text)
    assert info.value.message.startswith(message), info.value.message


_FIG = "<figure><caption>Mưa đá</caption></figure>"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        pytest.param(
            _doc(f"<headline>Tin</headline><body>{_FIG}<figure></figure>{_FIG}</body>"),
            "/article/body/figure[2]",
            id="second-figure-empty",
        ),
        pytest.param(
            _doc('<headline>Tin</headline><body><heading level="9">Tin vắn</heading></body>'),
            "/article/body/heading",
            id="only-heading",
        ),
        pytest.param(
            _doc(
                "<headline>Tin</headline><byline><author><name>Lê Hà</name>"
                "<role>text</role><role>sep</role></author></byline>"
            ),
            "/article/byline/author/role[2]",
            id="unknown-role",
        ),
        pytest.param(_doc("<published>2022-07-01</published>"), "/article", id="no-headline"),
        pytest.param(
            _doc("<headline>Tin</headline><published>2022-13-01T08:00:00+07:00</published>"),
            "/article/published",
            id="bad-time",
        ),
        pytest.param(
            _doc("<headline>Tin</headline><colour>đỏ</colour>"),
            "/article/colour",
            id="unknown-element",
        ),
        pytest.param(
            '<bai xmlns="https://vn-newsdoc.readthedocs.io/ns/article/2" schema="vn_newsdoc/2">'
            "<headline>Tin</headline></bai>",
            "/bai",
            id="wrong-root",
        ),
        pytest.param(_doc("<headline>Tin</headline></article>"), None, id="not-well-formed"),
    ],
)
def test_read_xml_errors_carry_the_element_path_as_field(text: str, field: str | None) -> None:
    with pytest.raises(MalformedInputError) as info:
        read_xml(text)
    assert info.value.field == field


def test_read_xml_refuses_other_source_types() -> None:
    with pytest.raises(MalformedInputError) as info:
        read_xml(None)  # type: ignore[arg-type]
    assert info.value.message == "expected str or bytes, not NoneType"


# --- Safety: no entities, no DTD, no network -----------------------------------------------

SECRET = "bí-mật-không-được-lộ-7f3a9c"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def _all_text(err: BaseException) -> str:
    """Everything an error shows: its message, args and attributes, down its cause chain."""
    parts: list[str] = []
    seen: BaseException | None = err
    while seen is not None:
        parts += [str(seen), repr(seen.args), repr(vars(seen))]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(parts)


def _external_entity(path: Path) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE article [<!ENTITY secret SYSTEM "{path.as_uri()}">]>\n'
        f'<article xmlns="{NAMESPACE}" schema="vn_newsdoc/2">'
        "<headline>&secret;</headline></article>\n"
    )


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + f']>\n<article xmlns="{NAMESPACE}" schema="vn_newsdoc/2">'
    "<headline>&lol9;</headline></article>"
)


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_external_entity_is_refused_and_leaks_nothing(secret_file: Path, as_bytes: bool) -> None:
    text = _external_entity(secret_file)
    source: str | bytes = text.encode("utf-8") if as_bytes else text
    with pytest.raises(MalformedInputError) as info:
        read_xml(source, source_name="upload.xml")
    err = info.value
    assert err.message == "DOCTYPE and ENTITY declarations are not allowed"
    assert err.line == 2
    assert SECRET not in _all_text(err)


def test_billion_laughs_is_refused_at_once() -> None:
    assert "&lol8;&lol8;" in BILLION_LAUGHS  # the document really nests the entities
    start = time.perf_counter()
    with pytest.raises(MalformedInputError) as info:
        read_xml(BILLION_LAUGHS)
    assert time.perf_counter() - start < 0.5
    assert info.value.message == "DOCTYPE and ENTITY declarations are not allowed"
    assert "lol" not in _all_text(info.value)


@pytest.mark.parametrize(
    "declaration",
    [
        pytest.param("<!DOCTYPE article>", id="bare-doctype"),
        pytest.param('<!DOCTYPE article SYSTEM "http://example.com/a.dtd">', id="external-dtd"),
        pytest.param("<!doctype article>", id="lower-case"),
        pytest.param("<!-- x -->\n<! DOCTYPE article>", id="after-comment"),
    ],
)
def test_any_doctype_is_refused_before_parsing(declaration: str) -> None:
    with pytest.raises(MalformedInputError) as info:
        read_xml(declaration + _doc("<headline>Tin</headline>"))
    assert info.value.message == "DOCTYPE and ENTITY declarations are not allowed"


def test_the_parser_itself_resolves_no_entity(secret_file: Path) -> None:
    """The refusal above comes first; the parser's own settings are the second line."""
    data = _external_entity(secret_file).encode("utf-8")
    root = etree.fromstring(data, xml_reading._parser())
    assert SECRET not in etree.tostring(root, encoding="unicode")
    headline = root[0]
    assert len(headline) == 1
    assert isinstance(headline[0], etree._Entity)  # left as a reference, never expanded


def test_reader_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="not well-formed") as info:
        read_xml("<")
    assert isinstance(info.value, ReaderError)


# --- Dates without a time, and the previous schema version --------------------------------


def test_a_date_without_a_time_is_written_as_the_date_alone_and_read_back() -> None:
    article = Article(
        headline="Tin",
        published=dt.datetime(2022, 7, 1, tzinfo=VIETNAM),  # midnight: a time of day
        updated=dt.date(2022, 7, 2),
    )
    text = write_xml(article)
    assert "  <published>2022-07-01T00:00:00+07:00</published>\n" in text
    assert "  <updated>2022-07-02</updated>\n" in text
    assert read_xml(text) == article
    assert type(read_xml(text).updated) is dt.date


_VERSION_1 = (
    '<article xmlns="https://vn-newsdoc.readthedocs.io/ns/article/1" schema="vn_newsdoc/1">'
    "<headline>Tin</headline><published>{}</published>"
    "<body><paragraph>Đoạn một.</paragraph></body></article>"
)


def test_a_document_of_the_previous_version_is_read() -> None:
    article = read_xml(_VERSION_1.format("2022-07-01T00:00:00+07:00"))
    assert article == Article(
        headline="Tin",
        published=dt.datetime(2022, 7, 1, tzinfo=VIETNAM),
        body=(Paragraph("Đoạn một."),),
    )
    assert f'<article xmlns="{NAMESPACE}" schema="vn_newsdoc/2">' in write_xml(article)


def test_a_date_alone_in_a_document_of_the_previous_version_is_refused() -> None:
    with pytest.raises(MalformedInputError) as info:
        read_xml(_VERSION_1.format("2022-07-01"))
    assert info.value.field == "/article/published"
    assert info.value.message.startswith("<published>: '2022-07-01' is not an ISO 8601 date")


@pytest.mark.parametrize(
    ("namespace", "version"),
    [
        pytest.param("https://vn-newsdoc.readthedocs.io/ns/article/1", "vn_newsdoc/2", id="1-2"),
        pytest.param(NAMESPACE, "vn_newsdoc/1", id="2-1"),
    ],
)
def test_a_namespace_and_version_that_disagree_are_refused(namespace: str, version: str) -> None:
    with pytest.raises(SchemaVersionError) as info:
        read_xml(
            f'<article xmlns="{namespace}" schema="{version}"><headline>T</headline></article>'
        )
    assert info.value.found == version
