"""The model at its edges: to_dict/from_dict, the running text, and help()."""

from __future__ import annotations

import ast
import inspect
import json
import pydoc
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from golden_sample import SAMPLE
from strategies import articles
from vn_newsdoc import (
    Article,
    Author,
    Byline,
    Figure,
    Heading,
    ListItem,
    MalformedInputError,
    Paragraph,
    Person,
    Quote,
    SchemaVersionError,
    read_json,
    write_json,
)
from vn_newsdoc import model as model_module
from vn_newsdoc._field_docs import field_docs


@given(articles())
def test_from_dict_inverts_to_dict(article: Article) -> None:
    data = article.to_dict()
    back = Article.from_dict(data)
    assert back == article
    for field in ("published", "updated"):
        want, got = getattr(article, field), getattr(back, field)
        assert type(got) is type(want)  # a date stays a date, a datetime a datetime
        assert (got and got.isoformat()) == (want and want.isoformat())
    # The dict is the JSON form, as Python data: the same as parsing write_json's text.
    assert data == json.loads(write_json(article))
    assert read_json(json.dumps(data)) == article


def test_to_dict_keeps_block_kinds_that_asdict_loses() -> None:
    body = (Paragraph("Một."), Heading("Hai", level=3), Quote("Ba"), ListItem("Bốn"))
    article = Article(headline="Tin", body=(*body, Figure(caption="Năm")))
    assert [b["type"] for b in article.to_dict()["body"]] == [
        "paragraph", "heading", "quote", "list_item", "figure",
    ]  # fmt: skip
    # attrs.asdict gives {"text": ...} for a paragraph, a quote and a list item alike.
    plain = attrs.asdict(article)["body"]
    assert plain[0] == plain[2] | {"text": "Một."}
    assert "type" not in plain[0]
    assert SAMPLE.to_dict()["schema"] == "vn_newsdoc/2"
    assert SAMPLE.to_dict()["published"] == "2024-09-14T07:30:00+07:00"
    assert SAMPLE.to_dict()["byline"]["authors"][0] == {
        "name": "Lê Minh Đức",
        "roles": ["text", "photo"],
    }


def test_from_dict_names_what_is_wrong() -> None:
    with pytest.raises(MalformedInputError) as info:
        Article.from_dict({"schema": "vn_newsdoc/2", "headline": "Tin", "body": [{"type": "x"}]})
    assert info.value.field == "$.body[0].type"
    with pytest.raises(MalformedInputError, match=r"\$\.people\[0\]\.name: required key missing"):
        Article.from_dict({"schema": "vn_newsdoc/2", "headline": "Tin", "people": [{}]})
    with pytest.raises(SchemaVersionError):
        Article.from_dict({"headline": "Tin"})
    with pytest.raises(MalformedInputError, match=r"^\$: must be an object, not an array"):
        Article.from_dict([])  # type: ignore[arg-type]


def test_text_is_lead_and_body_text_in_reading_order() -> None:
    article = Article(
        headline="Tiêu đề",
        lead="Mở đầu.",
        body=(
            Paragraph("Một."),
            Figure(caption="Chú thích", credit="Vi Thu"),
            Heading("Phần hai"),
            Quote("“Trích dẫn”"),
            ListItem("Mục."),
        ),
        byline=Byline(authors=(Author("Vi Thu"),)),
    )
    assert article.text == "Mở đầu.\n\nMột.\n\nPhần hai\n\n“Trích dẫn”\n\nMục."
    assert Article(headline="Tin", body=(Figure(caption="Ảnh"),)).text == ""
    assert Article(headline="Tin", lead="Chỉ có sapo.").text == "Chỉ có sapo."


@given(articles())
def test_text_leaves_out_captions_and_headline(article: Article) -> None:
    parts = article.text.split("\n\n") if article.text else []
    assert parts == [*([article.lead] if article.lead else []), *article.paragraphs]


@pytest.mark.parametrize(
    "cls", [Article, Paragraph, Heading, Quote, ListItem, Figure, Author, Byline, Person]
)
def test_help_shows_every_field_with_its_description(cls: type) -> None:
    shown = pydoc.plain(pydoc.render_doc(cls))
    fields = attrs.fields(cls)
    assert "Fields:" in shown
    for field in fields:
        assert f"|  {field.name}\n |      " in shown, field.name
    # The descriptions are the ones in the source, word for word.
    described = dict(field_docs(model_module.__file__)[cls.__name__])
    assert set(described) == {f.name for f in fields}
    for text in described.values():
        assert text.splitlines()[0] in shown


def test_the_text_scan_finds_what_a_parse_finds() -> None:
    """help()'s descriptions come from a quick scan of the model's source; a full parse of
    the same source must give the same fields and the same words."""
    tree = ast.parse(Path(model_module.__file__).read_text(encoding="utf-8"))
    parsed: dict[str, list[tuple[str, str]]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields = parsed.setdefault(node.name, [])
        for stmt, after in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                fields.append((stmt.target.id, inspect.cleandoc(after.value.value)))
    assert field_docs(model_module.__file__) == parsed
