"""Properties of the JSON and XML forms over drawn articles.

* ``read(write(a)) == a``, with every time's offset kept (aware datetimes compare equal
  across offsets, so their ``isoformat()`` is compared as well);
* writing is deterministic and canonical: writing what was read gives the same text;
* every output validates against the schema shipped in the package;
* the readers raise nothing but :class:`~vn_newsdoc.errors.ReaderError` on random bytes and
  text, and on truncated or mutated valid documents.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

import jsonschema
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from lxml import etree

from strategies import articles
from vn_newsdoc import schemas
from vn_newsdoc.errors import MalformedInputError, ReaderError
from vn_newsdoc.formats.json import read_json, write_json
from vn_newsdoc.formats.xml import NAMESPACE, read_xml, write_xml
from vn_newsdoc.model import Article


@cache
def _json_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(schemas.read_text("article.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@cache
def _xml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.fromstring(schemas.read_text("article.xsd").encode("utf-8")))


def _times(article: Article) -> tuple[str | None, str | None]:
    def iso(value: dt.date | None) -> str | None:
        return None if value is None else value.isoformat()

    return iso(article.published), iso(article.updated)


def _read_or_reader_error(read: Any, source: str | bytes) -> None:
    """Read ``source``: the result must be an Article, the only error a ReaderError."""
    try:
        result = read(source)
    except ReaderError:
        return
    assert isinstance(result, Article)


# --- Round trips ----------------------------------------------------------------------------


@given(articles(), st.sampled_from([None, 0, 2]))
def test_json_round_trip(article: Article, indent: int | None) -> None:
    back = read_json(write_json(article, indent=indent))
    assert back == article
    assert _times(back) == _times(article)


@given(articles())
def test_json_round_trip_through_bytes(article: Article) -> None:
    assert read_json(write_json(article).encode("utf-8")) == article


@given(articles())
def test_xml_round_trip(article: Article) -> None:
    text = write_xml(article)
    back = read_xml(text)
    assert back == article
    assert _times(back) == _times(article)
    assert read_xml(text.encode("utf-8")) == article


# --- Determinism -------------------------------------------------------------------------------


@given(articles())
def test_json_writing_is_deterministic_and_canonical(article: Article) -> None:
    text = write_json(article)
    assert write_json(article) == text
    assert write_json(read_json(text)) == text
    assert write_json(read_json(write_json(article, indent=2)), indent=2) == write_json(
        article, indent=2
    )


@given(articles())
def test_xml_writing_is_deterministic_and_canonical(article: Article) -> None:
    text = write_xml(article)
    assert write_xml(article) == text
    assert write_xml(read_xml(text)) == text


# --- Schema validity ---------------------------------------------------------------------------


@given(articles())
def test_every_json_output_validates_against_the_shipped_schema(article: Article) -> None:
    _json_validator().validate(json.loads(write_json(article)))


@given(articles())
def test_every_xml_output_validates_against_the_shipped_xsd(article: Article) -> None:
    schema = _xml_schema()
    document = etree.fromstring(write_xml(article).encode("utf-8"))
    assert schema.validate(document), schema.error_log


def test_the_schemas_refuse_what_the_readers_refuse() -> None:
    """The schemas are not vacuous: they refuse documents the readers refuse too."""
    bad_json = {"schema": "vn_newsdoc/2", "headline": " Tin", "tags": ["a"]}
    assert not _json_validator().is_valid(bad_json)
    assert not _json_validator().is_valid({"schema": "vn_newsdoc/3", "headline": "Tin"})
    assert not _json_validator().is_valid(
        {"schema": "vn_newsdoc/2", "headline": "Tin", "published": "2022-07-01T18:45:00"}
    )
    assert not _json_validator().is_valid(
        {"schema": "vn_newsdoc/2", "headline": "Tin", "body": [{"type": "figure"}]}
    )
    # A date alone, yes; with an offset, or in the previous version's document, no.
    assert _json_validator().is_valid(
        {"schema": "vn_newsdoc/2", "headline": "Tin", "published": "2022-07-01"}
    )
    for bad_date in ("2022-07-01+07:00", "2022-07-01Z", "20220701", "2022-7-1"):
        assert not _json_validator().is_valid(
            {"schema": "vn_newsdoc/2", "headline": "Tin", "updated": bad_date}
        )
        bad_date_xml = (
            f'<article xmlns="{NAMESPACE}" schema="vn_newsdoc/2"><headline>Tin</headline>'
            f"<updated>{bad_date}</updated></article>"
        )
        assert not _xml_schema().validate(etree.fromstring(bad_date_xml))
    assert not _json_validator().is_valid(
        {"schema": "vn_newsdoc/1", "headline": "Tin", "published": "2022-07-01"}
    )
    bad_xml = (
        f'<article xmlns="{NAMESPACE}" schema="vn_newsdoc/2"><headline>Tin</headline>'
        "<body><figure/></body></article>"
    )
    assert not _xml_schema().validate(etree.fromstring(bad_xml))
    late_headline = (
        f'<article xmlns="{NAMESPACE}" schema="vn_newsdoc/2"><lead>Sapo</lead>'
        "<headline>Tin</headline></article>"
    )
    assert not _xml_schema().validate(etree.fromstring(late_headline))


# --- Readers on bad input ----------------------------------------------------------------------


@given(st.binary(max_size=2000))
def test_read_json_on_random_bytes_raises_only_reader_errors(data: bytes) -> None:
    _read_or_reader_error(read_json, data)


@given(st.text(max_size=2000))
def test_read_json_on_random_text_raises_only_reader_errors(text: str) -> None:
    _read_or_reader_error(read_json, text)


@given(st.binary(max_size=2000))
def test_read_xml_on_random_bytes_raises_only_reader_errors(data: bytes) -> None:
    _read_or_reader_error(read_xml, data)


@given(st.text(max_size=2000))
def test_read_xml_on_random_text_raises_only_reader_errors(text: str) -> None:
    _read_or_reader_error(read_xml, text)


@given(st.text(alphabet=st.sampled_from('<>/="!?-[] \nabcélt&;#x0:'), max_size=300))
def test_read_xml_on_markup_soup_raises_only_reader_errors(text: str) -> None:
    _read_or_reader_error(read_xml, f"<article xmlns='{NAMESPACE}' schema='vn_newsdoc/2'>{text}")


@given(articles(), st.data())
def test_truncated_json_is_malformed(article: Article, data: st.DataObject) -> None:
    text = write_json(article, indent=data.draw(st.sampled_from([None, 2])))
    cut = data.draw(st.integers(0, len(text) - 1))
    with pytest.raises(MalformedInputError):
        read_json(text[:cut])


@given(articles(), st.data())
def test_truncated_xml_is_malformed(article: Article, data: st.DataObject) -> None:
    text = write_xml(article)
    cut = data.draw(st.integers(0, len(text.rstrip()) - 1))
    with pytest.raises(MalformedInputError):
        read_xml(text[:cut])


_EDITS = st.sampled_from(["delete", "insert", "replace", "duplicate"])
_NOISE = st.text(min_size=1, max_size=8) | st.sampled_from(
    ['"', "{", "}", "[", "]", ",", ":", "null", "<", ">", "</", "&", "&amp;", "&#0;", "\\u00"]
)


@st.composite
def _mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` with one to three random edits at random places."""
    for _ in range(draw(st.integers(1, 3))):
        edit = draw(_EDITS)
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 20)))
        if edit == "delete":
            text = text[:start] + text[end:]
        elif edit == "insert":
            text = text[:start] + draw(_NOISE) + text[start:]
        elif edit == "replace":
            text = text[:start] + draw(_NOISE) + text[end:]
        else:
            text = text[:end] + text[start:end] + text[end:]
    return text


@given(articles(), st.data())
def test_mutated_json_text_raises_only_reader_errors(article: Article, data: st.DataObject) -> None:
    text = data.draw(_mutated(write_json(article, indent=data.draw(st.sampled_from([None, 1])))))
    _read_or_reader_error(read_json, text)
    _read_or_reader_error(read_json, text.encode("utf-8", "surrogatepass"))


@given(articles(), st.data())
def test_mutated_xml_text_raises_only_reader_errors(article: Article, data: st.DataObject) -> None:
    text = data.draw(_mutated(write_xml(article)))
    _read_or_reader_error(read_xml, text)
    _read_or_reader_error(read_xml, text.encode("utf-8", "surrogatepass"))


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10)
    | st.floats(allow_nan=False)
    | st.text(max_size=10)
    | st.sampled_from(["paragraph", "figure", "text", "2022-07-01T18:45:00+07:00", ""]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


@given(articles(), st.data())
def test_json_with_a_value_changed_raises_only_reader_errors(
    article: Article, data: st.DataObject
) -> None:
    document = json.loads(write_json(article))
    paths = [p for p in _paths(document) if p]
    path = data.draw(st.sampled_from(paths))
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    action = data.draw(st.sampled_from(["replace", "delete", "add-key"]))
    if action == "replace":
        parent[path[-1]] = data.draw(_JSON_VALUES)
    elif action == "delete":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(max_size=8))] = data.draw(_JSON_VALUES)
    else:
        parent.insert(path[-1], data.draw(_JSON_VALUES))
    _read_or_reader_error(read_json, json.dumps(document, ensure_ascii=data.draw(st.booleans())))


@given(articles(), st.data())
def test_xml_with_an_element_changed_raises_only_reader_errors(
    article: Article, data: st.DataObject
) -> None:
    root = etree.fromstring(write_xml(article).encode("utf-8"))
    elements = list(root.iter())
    element = data.draw(st.sampled_from(elements))
    action = data.draw(
        st.sampled_from(["delete", "duplicate", "rename", "text", "attribute", "move", "empty"])
    )
    parent = element.getparent()
    names = ["article", "headline", "body", "figure", "caption", "role", "tag", "x"]
    if action == "delete" and parent is not None:
        parent.remove(element)
    elif action == "duplicate" and parent is not None:
        parent.insert(parent.index(element), etree.fromstring(etree.tostring(element)))
    elif action == "rename":
        element.tag = f"{{{NAMESPACE}}}{data.draw(st.sampled_from(names))}"
    elif action == "text":
        element.text = data.draw(
            st.text(
                alphabet=st.characters(exclude_categories=["Cs", "Cc"]) | st.sampled_from(" \n"),
                max_size=12,
            )
        )
    elif action == "attribute":
        element.set(
            data.draw(st.sampled_from(["level", "schema", "x"])),
            data.draw(st.text(alphabet=st.characters(exclude_categories=["Cs", "Cc"]), max_size=5)),
        )
    elif action == "move" and parent is not None:
        other = data.draw(st.sampled_from(elements))
        assume(element not in other.iterancestors() and other is not element)
        other.append(element)
    else:
        for child in list(element):
            element.remove(child)
    _read_or_reader_error(read_xml, etree.tostring(root, encoding="unicode"))
