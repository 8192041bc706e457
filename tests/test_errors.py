"""The exception family: builtin bases, attributes, messages, and pickling across processes."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest

import vn_newsdoc as nd
from vn_newsdoc.errors import (
    DateParseError,
    InputLimitError,
    InvalidArticleError,
    MalformedInputError,
    MissingExtraError,
    MissingFieldError,
    NewsdocError,
    ProfileError,
    ReaderError,
    SchemaVersionError,
    UnknownFormatError,
)
from vn_newsdoc.vi.dates import parse_timestamp

ALL = [
    InvalidArticleError("body[2].text", "must not be empty"),
    ReaderError("bad input", source="a.html", line=4, position=17),
    MalformedInputError("not JSON", source="a.json", line=1, position=0),
    MalformedInputError(
        "$.body[2].level: must be 1 to 6", source="a.json", field="$.body[2].level"
    ),
    MissingFieldError("headline", source="https://example.vn/a.html"),
    SchemaVersionError("vn_newsdoc/9", "vn_newsdoc/1", source="b.json"),
    InputLimitError("depth", 10_000, 1_000, source="deep.html"),
    DateParseError("Thứ sáu, 32/7/2022", "day out of range"),
    UnknownFormatError("docx", ("html", "json")),
    MissingExtraError("WARC input", "warcio", "warc"),
    ProfileError("missing", source="sites.toml", entry=3, name="baomau.vn", field="hosts"),
]


@pytest.mark.parametrize("err", ALL, ids=lambda e: type(e).__name__)
def test_every_error_is_a_newsdoc_error(err: NewsdocError) -> None:
    assert isinstance(err, NewsdocError)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (InvalidArticleError, ValueError),
        (ReaderError, ValueError),
        (MalformedInputError, ReaderError),
        (MissingFieldError, ReaderError),
        (SchemaVersionError, ReaderError),
        (InputLimitError, ReaderError),
        (DateParseError, ReaderError),
        (UnknownFormatError, LookupError),
        (MissingExtraError, ImportError),
        (ProfileError, ValueError),
    ],
)
def test_errors_subclass_the_fitting_builtin(cls: type, builtin: type) -> None:
    assert issubclass(cls, builtin)


@pytest.mark.parametrize("err", ALL, ids=lambda e: type(e).__name__)
def test_errors_survive_pickling(err: NewsdocError) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err)
    assert back.__dict__ == err.__dict__


def test_reader_error_names_where() -> None:
    err = ReaderError("bad input", source="a.html", line=4, position=17)
    assert str(err) == "bad input (a.html, line 4, position 17)"
    assert (err.message, err.source, err.line, err.position) == ("bad input", "a.html", 4, 17)
    assert str(ReaderError("bad input")) == "bad input"


def test_malformed_input_error_field() -> None:
    err = MalformedInputError(
        "<figure>: bad", source="a.xml", line=7, field="/article/body/figure[2]"
    )
    assert err.field == "/article/body/figure[2]"
    assert str(err) == "<figure>: bad (a.xml, line 7)"
    assert MalformedInputError("not JSON").field is None
    back = pickle.loads(pickle.dumps(err))
    assert (back.field, back.line, back.source) == ("/article/body/figure[2]", 7, "a.xml")


def test_missing_field_error_attributes() -> None:
    err = MissingFieldError("published", source="a.txt", line=3)
    assert err.field == "published"
    assert str(err) == "no published found (a.txt, line 3)"
    custom = MissingFieldError("headline", message="the dump is empty")
    assert str(custom) == "the dump is empty"


def test_schema_version_error_attributes() -> None:
    err = SchemaVersionError(None, "vn_newsdoc/1")
    assert (err.found, err.expected) == (None, "vn_newsdoc/1")
    assert "None" in str(err)
    assert "vn_newsdoc/1" in str(err)


def test_input_limit_error_attributes() -> None:
    err = InputLimitError("bytes", 40_000_000, 33_554_432)
    assert (err.limit, err.value, err.maximum) == ("bytes", 40_000_000, 33_554_432)
    assert str(err) == (
        "input exceeds the bytes limit: 40000000 > 33554432; "
        "raise it with limits=Limits(max_bytes=...)"
    )


def test_date_parse_error_shortens_long_text_in_message_only() -> None:
    text = "x" * 200
    err = DateParseError(text)
    assert err.text == text
    assert len(str(err)) < 120
    assert err.reason == "no date recognised"


def test_unknown_format_error_lists_known_names() -> None:
    err = UnknownFormatError("docx", ("html", "json", "text", "xml"))
    assert str(err) == "unknown format 'docx'; known formats: html, json, text, xml"
    assert err.name == "docx"
    assert err.known == ("html", "json", "text", "xml")


def test_invalid_article_error_attributes() -> None:
    err = InvalidArticleError("headline", "must not be empty")
    assert (err.field, err.reason) == ("headline", "must not be empty")
    assert str(err) == "headline: must not be empty"


def test_missing_extra_error_names_the_install_line() -> None:
    err = MissingExtraError("Parquet output", "pyarrow", "parquet")
    assert str(err) == 'Parquet output needs pyarrow: pip install "vn_newsdoc[parquet]"'
    assert (err.feature, err.module, err.extra) == ("Parquet output", "pyarrow", "parquet")
    # ImportError's own attribute names the module, as for any failed import.
    assert err.name == "pyarrow"
    assert pickle.loads(pickle.dumps(err)).name == "pyarrow"


# -- every quoted input value is cut: a huge value makes a short message --------------------

_HUGE = "r" * 500_000  # under the text ceiling: the readers get as far as quoting it
_NS = "https://vn-newsdoc.readthedocs.io/ns/article/1"
_XML = f'<article xmlns="{_NS}" schema="vn_newsdoc/1"><headline>Tin</headline>{{}}</article>'
_JSON = '{{"schema": "vn_newsdoc/1", "headline": "Tin"{}}}'
_HUGE_INPUTS = {
    "json key": lambda: nd.read_json(_JSON.format(f', "{_HUGE}": 1')),
    "json repeated key": lambda: nd.read_json(_JSON.format(f', "{_HUGE}": 1, "{_HUGE}": 2')),
    "json block type": lambda: nd.read_json(_JSON.format(f', "body": [{{"type": "{_HUGE}"}}]')),
    "json role": lambda: nd.read_json(
        _JSON.format(f', "byline": {{"authors": [{{"name": "A", "roles": ["{_HUGE}"]}}]}}')
    ),
    "json schema": lambda: nd.read_json(f'{{"schema": "{_HUGE}", "headline": "Tin"}}'),
    "json time": lambda: nd.read_json(_JSON.format(f', "published": "{_HUGE}"')),
    "json level": lambda: nd.read_json(
        _JSON.format(', "body": [{"type": "heading", "text": "a", "level": ' + "9" * 4000 + "}]")
    ),
    "xml schema": lambda: nd.read_xml(f'<article xmlns="{_NS}" schema="{_HUGE}"/>'),
    "xml namespace": lambda: nd.read_xml(f'<article xmlns="{_NS}{_HUGE}" schema="vn_newsdoc/1"/>'),
    "xml element": lambda: nd.read_xml(_XML.format(f"<{_HUGE}/>")),
    "xml attribute": lambda: nd.read_xml(_XML.replace("<headline>", f'<headline {_HUGE}="1">')),
    "xml level": lambda: nd.read_xml(
        _XML.format(f'<body><heading level="{_HUGE}">a</heading></body>')
    ),
    "xml role": lambda: nd.read_xml(
        _XML.format(f"<byline><author><name>A</name><role>{_HUGE}</role></author></byline>")
    ),
    "html url": lambda: nd.read_html("<p>x</p>", url="http://[" + _HUGE, strict=True),
    "format": lambda: nd.read("x", _HUGE),
    "date": lambda: parse_timestamp(_HUGE),
}


@pytest.mark.parametrize("call", _HUGE_INPUTS.values(), ids=_HUGE_INPUTS.keys())
def test_a_huge_value_is_cut_in_the_message(call: Callable[[], object]) -> None:
    with pytest.raises(NewsdocError) as info:
        call()
    message = str(info.value)
    assert len(message) < 400, message[:400]
    assert "r" * 81 not in message
    assert "9" * 81 not in message
    field = getattr(info.value, "field", None)
    assert field is None or len(field) < 400
