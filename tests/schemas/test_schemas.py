"""The schema files ship in the package and are found by name."""

from __future__ import annotations

import json

import jsonschema
import pytest
from lxml import etree

from vn_newsdoc import schemas
from vn_newsdoc.formats.json import SCHEMA_VERSION
from vn_newsdoc.formats.xml import NAMESPACE


@pytest.mark.parametrize("name", schemas.NAMES)
def test_each_schema_is_a_file_in_the_package(name: str) -> None:
    path = schemas.path(name)
    assert path.is_file()
    assert path.name == name
    assert schemas.read_text(name) == path.read_bytes().decode("utf-8")


def test_the_json_schema_is_a_valid_2020_12_schema_for_this_version() -> None:
    schema = json.loads(schemas.read_text("article.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"]["const"] == SCHEMA_VERSION


def test_the_xsd_is_a_valid_schema_for_this_namespace() -> None:
    document = etree.fromstring(schemas.read_text("article.xsd").encode("utf-8"))
    etree.XMLSchema(document)  # raises XMLSchemaParseError if it is not a schema
    assert document.get("targetNamespace") == NAMESPACE
    assert document.get("version") == SCHEMA_VERSION


@pytest.mark.parametrize("name", ["article.json", "../formats/json.py", ""])
def test_an_unknown_name_is_not_found(name: str) -> None:
    with pytest.raises(FileNotFoundError, match="no schema named"):
        schemas.path(name)
