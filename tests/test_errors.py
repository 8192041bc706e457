"""The exception family: builtin bases, attributes, messages, and pickling across processes."""

from __future__ import annotations

import pickle

import pytest

from vn_newsdoc.errors import (
    DateParseError,
    InputLimitError,
    InvalidArticleError,
    MalformedInputError,
    MissingExtraError,
    MissingFieldError,
    NewsdocError,
    ReaderError,
    SchemaVersionError,
    UnknownFormatError,
)

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
    assert str(err) == "input exceeds the bytes limit: 40000000 > 33554432"


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
