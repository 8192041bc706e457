"""Unit tests of the JSON form: its exact shape, its times, and every way reading fails."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from vn_newsdoc.errors import (
    InvalidArticleError,
    MalformedInputError,
    ReaderError,
    SchemaVersionError,
)
from vn_newsdoc.formats.json import SCHEMA_VERSION, read_json, write_json
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
    lead="Nước sông dâng cao & “chia cắt” hai thôn.",
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

# Written out by hand from the form described in vn_newsdoc.formats.json.
SMALL_JSON = (
    '{"schema":"vn_newsdoc/2",'
    '"headline":"Mưa lớn ở Quảng Tín",'
    '"published":"2019-08-07T15:43:00+07:00",'
    '"updated":null,'
    '"lead":"Nước sông dâng cao & “chia cắt” hai thôn.",'
    '"outlet":null,'
    '"body":['
    '{"type":"paragraph","text":"Đoạn một."},'
    '{"type":"heading","text":"Cứu hộ","level":3},'
    '{"type":"quote","text":"“Chúng tôi đã sẵn sàng”"},'
    '{"type":"list_item","text":"Sơ tán 20 hộ."},'
    '{"type":"figure","caption":"Nước ngập đường","credit":"Vi Thu","src":null}'
    "],"
    '"byline":{"authors":[{"name":"Vi Thu","roles":["text","photo"]}],"source":"TTXVN"},'
    '"people":[{"name":"Nguyễn Văn Đô","titles":["Chủ tịch UBND xã"]}],'
    '"url":null,"site":null,"section":null,'
    '"tags":["mưa lũ"]}'
)

MINIMAL_INDENTED = """\
{
  "schema": "vn_newsdoc/2",
  "headline": "Tin nóng",
  "published": null,
  "updated": null,
  "lead": null,
  "outlet": null,
  "body": [],
  "byline": null,
  "people": [],
  "url": null,
  "site": null,
  "section": null,
  "tags": []
}"""


def _doc(**fields: Any) -> str:
    """A JSON document with the schema key, a headline, and ``fields``."""
    return json.dumps({"schema": SCHEMA_VERSION, "headline": "Tin", **fields})


# --- Writing ------------------------------------------------------------------------------


def test_write_json_gives_the_exact_compact_shape() -> None:
    assert write_json(SMALL) == SMALL_JSON


def test_write_json_indents_and_writes_every_key_with_null_or_empty_array() -> None:
    assert write_json(Article(headline="Tin nóng"), indent=2) == MINIMAL_INDENTED


def test_write_json_keeps_vietnamese_letters_unescaped_and_nfc() -> None:
    text = write_json(Article(headline="Thủy điện Đắk Mi"))
    assert '"headline":"Thủy điện Đắk Mi"' in text
    assert "\\u" not in text


def test_write_json_escapes_what_json_must() -> None:
    text = write_json(Article(headline='Nói "không" với \\ và </script>'))
    assert json.loads(text)["headline"] == 'Nói "không" với \\ và </script>'
    assert '"headline":"Nói \\"không\\" với \\\\ và </script>"' in text


@pytest.mark.parametrize(
    ("value", "written"),
    [
        pytest.param(
            dt.datetime(2022, 7, 1, 18, 45, tzinfo=VIETNAM),
            "2022-07-01T18:45:00+07:00",
            id="vietnam-minute",
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, tzinfo=VIETNAM), "2022-07-01T00:00:00+07:00", id="date-only"
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, 18, 45, 7, 120, tzinfo=VIETNAM),
            "2022-07-01T18:45:07.000120+07:00",
            id="microseconds",
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, 11, 45, tzinfo=dt.UTC),
            "2022-07-01T11:45:00+00:00",
            id="utc-as-plus-zero",
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, 8, 15, tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30))),
            "2022-07-01T08:15:00-03:30",
            id="negative-half-hour",
        ),
        pytest.param(
            dt.datetime(2022, 7, 1, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=45))),
            "2022-07-01T17:30:00+05:45",
            id="nepal",
        ),
    ],
)
def test_times_keep_their_offset_exactly(value: dt.datetime, written: str) -> None:
    article = Article(headline="Tin", published=value, updated=value)
    data = json.loads(write_json(article))
    assert data["published"] == written
    assert data["updated"] == written
    back = read_json(write_json(article))
    assert isinstance(back.published, dt.datetime)
    assert back.published.isoformat() == written
    assert back.published.utcoffset() == value.utcoffset()


def test_write_json_is_deterministic() -> None:
    assert write_json(SMALL) == write_json(SMALL)
    assert write_json(SMALL, indent=4) == write_json(read_json(write_json(SMALL)), indent=4)


# --- Reading ------------------------------------------------------------------------------


def test_read_json_reads_the_exact_shape_back() -> None:
    assert read_json(SMALL_JSON) == SMALL
    assert read_json(MINIMAL_INDENTED) == Article(headline="Tin nóng")


def test_read_json_reads_utf8_bytes_with_or_without_bom() -> None:
    assert read_json(SMALL_JSON.encode("utf-8")) == SMALL
    assert read_json(b"\xef\xbb\xbf" + SMALL_JSON.encode("utf-8")) == SMALL
    assert read_json("\ufeff" + SMALL_JSON) == SMALL


def test_read_json_takes_left_out_keys_as_absent() -> None:
    text = json.dumps(
        {
            "schema": "vn_newsdoc/2",
            "headline": "Tin",
            "body": [{"type": "heading", "text": "Mục"}, {"type": "figure", "src": "a.jpg"}],
            "byline": {"authors": [{"name": "Vi Thu"}]},
            "people": [{"name": "Lê Lan"}],
        }
    )
    assert read_json(text) == Article(
        headline="Tin",
        body=(Heading("Mục", level=2), Figure(src="a.jpg")),
        byline=Byline(authors=(Author("Vi Thu", roles=(Role.TEXT,)),)),
        people=(Person("Lê Lan"),),
    )


def test_read_json_accepts_z_and_short_fractions() -> None:
    article = read_json(
        _doc(published="2022-07-01T11:45:00Z", updated="2022-07-01T11:45:00.5+07:00")
    )
    assert article.published == dt.datetime(2022, 7, 1, 11, 45, tzinfo=dt.UTC)
    assert article.updated == dt.datetime(2022, 7, 1, 11, 45, 0, 500_000, tzinfo=VIETNAM)


def test_read_json_names_the_source_in_errors() -> None:
    with pytest.raises(MalformedInputError) as info:
        read_json("{", source_name="bai-viet.json")
    assert info.value.source == "bai-viet.json"
    assert "bai-viet.json" in str(info.value)


def test_read_json_gives_line_and_position_of_a_syntax_error() -> None:
    # (A value missing where one must be: every Python reports it where it stands, where a
    # trailing comma is reported at the comma by some and at the brace after it by others.)
    text = '{\n  "schema": "vn_newsdoc/2",\n  "headline": ?\n}'
    with pytest.raises(MalformedInputError) as info:
        read_json(text)
    err = info.value
    assert err.line == 3
    assert err.position == text.index("?")
    assert err.message.startswith("not JSON:")
    assert isinstance(err.__cause__, json.JSONDecodeError)


def test_read_json_refuses_bytes_that_are_not_utf8() -> None:
    data = '{"schema":"vn_newsdoc/2","headline":"Tin nóng"}'.encode("cp1258")
    with pytest.raises(MalformedInputError) as info:
        read_json(data)
    assert info.value.position == data.index(b"n\xf3ng") + 1
    assert "UTF-8" in info.value.message


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param('{"headline": "Tin"}', None, id="missing"),
        pytest.param('{"schema": "vn_newsdoc/3", "headline": "Tin"}', "vn_newsdoc/3", id="newer"),
        pytest.param('{"schema": "vn_newsdoc/0"}', "vn_newsdoc/0", id="older"),
        pytest.param('{"schema": null, "headline": "Tin"}', None, id="null"),
        pytest.param("{}", None, id="empty-object"),
    ],
)
def test_read_json_refuses_other_or_missing_schema_versions(text: str, found: str | None) -> None:
    with pytest.raises(SchemaVersionError) as info:
        read_json(text, source_name="x.json")
    assert info.value.found == found
    assert info.value.expected == "vn_newsdoc/2"
    assert info.value.source == "x.json"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "not JSON: Expecting value", id="empty"),
        pytest.param("[]", "$: must be an object, not an array", id="top-array"),
        pytest.param('"Tin"', "$: must be an object, not a string", id="top-string"),
        pytest.param('{"schema": 1}', "$.schema: must be a string, not a number", id="schema-int"),
        pytest.param(_doc(extra=1), "$: unknown key(s): extra", id="unknown-key"),
        pytest.param(
            '{"schema":"vn_newsdoc/2"}', "$.headline: required key missing", id="no-headline"
        ),
        pytest.param(_doc(headline=5), "$.headline: must be a string, not a number", id="int-text"),
        pytest.param(_doc(headline=None), "$.headline: must be a string, not null", id="null-text"),
        pytest.param(_doc(lead=True), "$.lead: must be a string, not a boolean", id="bool-text"),
        pytest.param(_doc(tags="abc"), "$.tags: must be an array, not a string", id="str-tags"),
        pytest.param(_doc(tags=["a", 2]), "$.tags[1]: must be a string, not a number", id="tag"),
        pytest.param(_doc(body={}), "$.body: must be an array, not an object", id="body-object"),
        pytest.param(_doc(body=["x"]), "$.body[0]: must be an object, not a string", id="block"),
        pytest.param(
            _doc(body=[{"text": "x"}]), "$.body[0].type: required key missing", id="no-type"
        ),
        pytest.param(
            _doc(body=[{"type": "table", "text": "x"}]),
            "$.body[0].type: unknown block type 'table'",
            id="unknown-type",
        ),
        pytest.param(
            _doc(body=[{"type": "paragraph", "text": "x", "level": 2}]),
            "$.body[0]: unknown key(s): level",
            id="paragraph-with-level",
        ),
        pytest.param(
            _doc(
                body=[
                    {"type": "paragraph", "text": "a"},
                    {"type": "heading", "text": "x", "level": "2"},
                ]
            ),
            "$.body[1].level: must be an integer, not a string",
            id="level-string",
        ),
        pytest.param(
            _doc(body=[{"type": "heading", "text": "x", "level": True}]),
            "$.body[0].level: must be an integer, not a boolean",
            id="level-bool",
        ),
        pytest.param(
            _doc(body=[{"type": "heading", "text": "x", "level": 1}]),
            "$.body[0].level: must be an int from 2 to 6, not 1",
            id="level-range",
        ),
        pytest.param(
            _doc(body=[{"type": "figure"}]),
            "$.body[0]: needs a caption, a credit or a src",
            id="empty-figure",
        ),
        pytest.param(
            _doc(published="2022-07-01T18:45:00"),
            "$.published: '2022-07-01T18:45:00' is not an ISO 8601 date and time with an offset",
            id="naive-time",
        ),
        pytest.param(
            _doc(published="2022-07-01+07:00"),
            "$.published: '2022-07-01+07:00' is neither a date (YYYY-MM-DD) nor an ISO",
            id="date-with-offset",
        ),
        pytest.param(
            _doc(updated="2022-02-30T10:00:00+07:00"),
            "$.updated: '2022-02-30T10:00:00+07:00' names no real time",
            id="no-such-day",
        ),
        pytest.param(
            _doc(updated="2022-07-01T10:00:00+15:00"),
            "$.updated: '2022-07-01T10:00:00+15:00' has an offset beyond ±14:00",
            id="offset-range",
        ),
        pytest.param(
            _doc(published=1656675900),
            "$.published: must be a date or date-time string",
            id="epoch",
        ),
        pytest.param(
            _doc(byline={"authors": []}),
            "$.byline: needs an author or a source",
            id="empty-byline",
        ),
        pytest.param(
            _doc(byline={"authors": [{"name": "A", "roles": ["boss"]}]}),
            "$.byline.authors[0].roles[0]: unknown role 'boss'",
            id="unknown-role",
        ),
        pytest.param(
            _doc(byline={"authors": [{"name": "A", "roles": ["text", "text"]}]}),
            "$.byline.authors[0].roles: must not repeat a role",
            id="repeated-role",
        ),
        pytest.param(
            _doc(byline={"authors": [{"name": "A", "roles": []}]}),
            "$.byline.authors[0].roles: must be a non-empty tuple of Role",
            id="no-roles",
        ),
        pytest.param(
            _doc(people=[{"titles": []}]), "$.people[0].name: required key missing", id="no-name"
        ),
        pytest.param(_doc(headline=" Tin"), "$.headline: must be clean text", id="unclean-space"),
        pytest.param(
            _doc(headline="Thu\u0309y"), "$.headline: must be clean text", id="unclean-nfd"
        ),
        pytest.param(_doc(lead=""), "$.lead: must not be empty (use None", id="empty-string"),
        pytest.param(
            _doc(section="a\u0000b"), "$.section: holds characters XML 1.0 cannot carry", id="nul"
        ),
        pytest.param(
            '{"schema":"vn_newsdoc/2","headline":"\\ud800"}',
            "$.headline: holds characters XML 1.0 cannot carry",
            id="lone-surrogate",
        ),
        pytest.param(
            '{"schema":"vn_newsdoc/2","headline":"Tin","headline":"Tin khác"}',
            "not an article: the key 'headline' appears twice in one object",
            id="repeated-key",
        ),
        pytest.param(
            _doc(body=[{"type": "paragraph", "text": "a"}]).replace(
                '"type"', '"type":"quote","type"'
            ),
            "not an article: the key 'type' appears twice in one object",
            id="repeated-type",
        ),
        pytest.param(
            '{"schema":"vn_newsdoc/2","headline":"x","x":' + "9" * 5000 + "}",
            "not JSON: Exceeds the limit",
            id="huge-integer",
        ),
        pytest.param(
            '{"schema":"vn_newsdoc/2","headline":"x","tags":NaN}',
            "$.tags: must be an array, not a number",
            id="nan",
        ),
    ],
)
def test_read_json_errors_name_the_path(text: str, message: str) -> None:
    with pytest.raises(MalformedInputError) as info:
        read_json(text)
    assert info.value.message.startswith(message), info.value.message


@pytest.mark.parametrize(
    ("text", "field"),
    [
        pytest.param("[]", "$", id="top-array"),
        pytest.param('{"schema": 1}', "$.schema", id="schema-int"),
        pytest.param(_doc(extra=1), "$", id="unknown-key-names-its-object"),
        pytest.param('{"schema":"vn_newsdoc/2"}', "$.headline", id="no-headline"),
        pytest.param(_doc(tags=["mưa", 3]), "$.tags[1]", id="tag"),
        pytest.param(
            _doc(
                body=[
                    {"type": "paragraph", "text": "Trời mưa."},
                    {"type": "paragraph", "text": "Đường ngập."},
                    {"type": "heading", "text": "Tin vắn", "level": 9},
                ]
            ),
            "$.body[2].level",
            id="level-range",
        ),
        pytest.param(_doc(body=[{"type": "bang", "text": "x"}]), "$.body[0].type", id="type"),
        pytest.param(_doc(body=[{"type": "figure"}]), "$.body[0]", id="empty-figure"),
        pytest.param(
            _doc(byline={"authors": [{"name": "Lê Hà", "roles": ["sep"]}]}),
            "$.byline.authors[0].roles[0]",
            id="unknown-role",
        ),
        pytest.param(_doc(headline=" Tin"), "$.headline", id="unclean"),
        pytest.param(_doc(published="2022-13-01T08:00:00+07:00"), "$.published", id="time"),
        pytest.param("{", None, id="syntax-error-has-line-instead"),
        pytest.param(
            '{"schema":"vn_newsdoc/2","headline":"Tin","headline":"Tin khác"}',
            None,
            id="repeated-key",
        ),
    ],
)
def test_read_json_errors_carry_the_path_as_field(text: str, field: str | None) -> None:
    with pytest.raises(MalformedInputError) as info:
        read_json(text)
    assert info.value.field == field
    if field is not None:
        assert info.value.message.startswith(f"{field}: ")


def test_read_json_wraps_model_errors_with_their_cause() -> None:
    with pytest.raises(MalformedInputError) as info:
        read_json(_doc(headline="  Tin  "))
    cause = info.value.__cause__
    assert cause is not None
    causes = [cause, *getattr(cause, "exceptions", ())]
    assert any(isinstance(c, InvalidArticleError) for c in causes)


def test_read_json_refuses_other_source_types() -> None:
    with pytest.raises(MalformedInputError) as info:
        read_json(42)  # type: ignore[arg-type]
    assert info.value.message == "expected str or bytes, not int"


def test_reader_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="not JSON") as info:
        read_json("nope")
    assert isinstance(info.value, ReaderError)


# --- Dates without a time, and the previous schema version --------------------------------


def test_a_date_without_a_time_is_written_as_the_date_alone_and_read_back() -> None:
    article = Article(
        headline="Tin",
        published=dt.date(2022, 7, 1),
        updated=dt.datetime(2022, 7, 2, 8, 5, tzinfo=VIETNAM),
    )
    text = write_json(article)
    assert '"published":"2022-07-01","updated":"2022-07-02T08:05:00+07:00"' in text
    assert read_json(text) == article
    assert type(read_json(text).published) is dt.date
    # The same day at midnight is a time of day, and stays one.
    midnight = attrs.evolve(article, published=dt.datetime(2022, 7, 1, tzinfo=VIETNAM))
    assert '"published":"2022-07-01T00:00:00+07:00"' in write_json(midnight)
    assert read_json(write_json(midnight)) == midnight


def test_a_document_of_the_previous_version_is_read() -> None:
    text = (
        '{"schema": "vn_newsdoc/1", "headline": "Tin", '
        '"published": "2022-07-01T00:00:00+07:00", "updated": null}'
    )
    article = read_json(text)
    assert article.published == dt.datetime(2022, 7, 1, tzinfo=VIETNAM)
    assert write_json(article).startswith('{"schema":"vn_newsdoc/2",')


@pytest.mark.parametrize("key", ["published", "updated"])
def test_a_date_alone_in_a_document_of_the_previous_version_is_refused(key: str) -> None:
    text = json.dumps({"schema": "vn_newsdoc/1", "headline": "Tin", key: "2022-07-01"})
    with pytest.raises(MalformedInputError) as info:
        read_json(text, source_name="old.json")
    assert info.value.field == f"$.{key}"
    assert info.value.message == (
        f"$.{key}: a date without a time ('2022-07-01') needs schema vn_newsdoc/2; "
        "vn_newsdoc/1 holds date-times only"
    )
