"""The JSON form of an article: :func:`write_json` and :func:`read_json`, exact inverses.

The document is one object. Its first key, ``"schema"``, names the schema version
(:data:`SCHEMA_VERSION`, ``"vn_newsdoc/1"``); the other keys follow the model's field
order: ``headline``, ``published``, ``updated``, ``lead``, ``outlet``, ``body``,
``byline``, ``people``, ``url``, ``site``, ``section``, ``tags``. The shape is described by
the JSON Schema shipped with the package (``vn_newsdoc.schemas.path("article.schema.json")``);
every document :func:`write_json` produces validates against it.

* **Body blocks** are objects tagged by their ``"type"``, which comes first:
  ``{"type": "paragraph", "text": ...}``, ``"heading"`` (with ``"level"``, 2 to 6),
  ``"quote"``, ``"list_item"``, and ``{"type": "figure", "caption": ..., "credit": ...,
  "src": ...}``.
* **The byline** is ``{"authors": [{"name": ..., "roles": ["text", "photo"]}, ...],
  "source": ...}``; roles are the :class:`~vn_newsdoc.model.Role` values. **People** are
  ``{"name": ..., "titles": [...]}``.
* **Times** are ISO 8601 strings with the article's own offset, always with seconds,
  microseconds only when not zero: ``"2022-07-01T18:45:00+07:00"``. A date-only value is
  held as midnight in the model and written so (``"2022-07-01T00:00:00+07:00"``); the form
  cannot tell it from a time at midnight.
* **Absent values** are written as ``null`` and empty sequences as ``[]``: every key of
  every object is always written, so the shape never varies. On reading, a key left out
  counts as absent (``null`` or ``[]``), except ``schema``, ``headline``, a block's
  ``type`` and ``text``, an author's ``name`` and a person's ``name``, which are required.

Writing is deterministic: fixed key order, text as NFC (the model guarantees it) and not
escaped to ASCII, compact separators (or ``indent`` spaces per level).

Reading is strict and raises only :class:`~vn_newsdoc.errors.ReaderError` subclasses:
:class:`~vn_newsdoc.errors.MalformedInputError` for text that is not JSON (with its line
and character position), for bytes that are not UTF-8, for a key repeated in one object
(which JSON parsers disagree on), for unknown keys, wrong types and
values the model refuses (naming the path, such as ``$.body[2].level``), and
:class:`~vn_newsdoc.errors.SchemaVersionError` for a missing or other schema version.

>>> import datetime as dt
>>> from vn_newsdoc.model import Article, Paragraph
>>> a = Article(
...     headline="Giá vàng giảm",
...     published=dt.datetime(2022, 7, 1, 18, 45, tzinfo=dt.timezone(dt.timedelta(hours=7))),
...     body=(Paragraph("Sáng nay giá vàng giảm."),),
... )
>>> text = write_json(a)
>>> text[:80]
'{"schema":"vn_newsdoc/1","headline":"Giá vàng giảm","published":"2022-07-01T18:4'
>>> read_json(text) == a
True
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TypeVar, get_args

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from vn_newsdoc._ceilings import check_json, check_text_size
from vn_newsdoc.errors import (
    InputLimitError,
    InvalidArticleError,
    MalformedInputError,
    SchemaVersionError,
    shown,
)
from vn_newsdoc.formats._iso import format_datetime, parse_datetime
from vn_newsdoc.formats._source import source_text
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import (
    Article,
    Author,
    Block,
    Byline,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Person,
    Quote,
    Role,
)

__all__ = ["SCHEMA_VERSION", "read_json", "write_json"]

SCHEMA_VERSION = "vn_newsdoc/1"
"""The schema version this release writes and reads, in JSON's ``"schema"`` key (and in
the XML form's ``schema`` attribute)."""

_BLOCK_TAGS: dict[type[Any], str] = {
    Paragraph: "paragraph",
    Heading: "heading",
    Quote: "quote",
    ListItem: "list_item",
    Figure: "figure",
}
_BLOCK_CLASSES = {tag: cls for cls, tag in _BLOCK_TAGS.items()}
_MODEL_CLASSES = (*_BLOCK_TAGS, Author, Byline, Person, Article)
# Errors raised by a model constructor about the object as a whole, not one field.
_WHOLE_OBJECT_FIELDS = frozenset({"figure", "byline"})

_T = TypeVar("_T")


class _ShapeError(ValueError):
    """A JSON value of the wrong type or shape; ``key`` names a missing or bad key inside."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# --- Structure hooks: strict, no coercion ------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise _ShapeError(f"must be a string, not {_json_type(value)}")
    return value


def _structure_int(value: object, _: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _ShapeError(f"must be an integer, not {_json_type(value)}")
    return value


def _structure_datetime(value: object, _: object) -> dt.datetime:
    if not isinstance(value, str):
        raise _ShapeError(f"must be a date-time string, not {_json_type(value)}")
    return parse_datetime(value)


def _structure_role(value: object, _: object) -> Role:
    if not isinstance(value, str):
        raise _ShapeError(f"must be a string, not {_json_type(value)}")
    try:
        return Role(value)
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise _ShapeError(f"unknown role {shown(value)}; known roles: {known}") from None


def _structure_block(value: object, _: object) -> Block:
    if not isinstance(value, dict):
        raise _ShapeError(f"must be an object, not {_json_type(value)}")
    tag = value.get("type")
    if tag is None:
        raise _ShapeError("required key missing", key="type")
    if not isinstance(tag, str) or tag not in _BLOCK_CLASSES:
        known = ", ".join(_BLOCK_CLASSES)
        raise _ShapeError(f"unknown block type {shown(tag)}; known types: {known}", key="type")
    fields = {k: v for k, v in value.items() if k != "type"}
    block: Block = _CONVERTER.structure(fields, _BLOCK_CLASSES[tag])
    return block


def _unstructure_block(block: Block) -> dict[str, Any]:
    return {"type": _BLOCK_TAGS[type(block)], **_CONVERTER.unstructure(block, type(block))}


def _unstructure_datetime(value: dt.datetime | None) -> str | None:
    return None if value is None else format_datetime(value)


def _objects_only(cls: type[_T], hook: Callable[[Any, Any], _T]) -> Callable[[Any, Any], _T]:
    def structure(value: object, type_: object) -> _T:
        if not isinstance(value, dict):
            raise _ShapeError(f"must be an object, not {_json_type(value)}")
        return hook(value, type_)

    return structure


def _arrays_only(hook: Callable[[Any, Any], _T]) -> Callable[[Any, Any], _T]:
    def structure(value: object, type_: object) -> _T:
        if not isinstance(value, list):
            raise _ShapeError(f"must be an array, not {_json_type(value)}")
        return hook(value, type_)

    return structure


def _is(wanted: object) -> Callable[[Any], bool]:
    return lambda type_: bool(type_ == wanted)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(dt.datetime, _structure_datetime)
    converter.register_structure_hook(Role, _structure_role)
    converter.register_unstructure_hook(Role, lambda role: role.value)
    for cls in _MODEL_CLASSES:
        attrs.resolve_types(cls)
    block_union = attrs.fields(Article).body.type
    assert block_union is not None
    (block_type, _ellipsis) = get_args(block_union)
    converter.register_structure_hook_func(_is(block_type), _structure_block)
    converter.register_unstructure_hook_func(_is(block_type), _unstructure_block)
    # Arrays must be arrays: cattrs would otherwise read a string as a tuple of letters.
    for tuple_type in (
        tuple[str, ...],
        tuple[Role, ...],
        tuple[Author, ...],
        tuple[Person, ...],
        block_union,
    ):
        hook = _arrays_only(converter.get_structure_hook(tuple_type))
        converter.register_structure_hook_func(_is(tuple_type), hook)
    for cls in _MODEL_CLASSES:
        converter.register_structure_hook(
            cls, _objects_only(cls, make_dict_structure_fn(cls, converter))
        )
    converter.register_unstructure_hook(
        Article,
        make_dict_unstructure_fn(
            Article,
            converter,
            published=cattrs.override(unstruct_hook=_unstructure_datetime),
            updated=cattrs.override(unstruct_hook=_unstructure_datetime),
        ),
    )
    return converter


_CONVERTER = _make_converter()


# --- Errors -------------------------------------------------------------------------------


class _RepeatedKeyError(ValueError):
    """A key written twice in one JSON object (json.loads would keep the last silently)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _RepeatedKeyError(key)
            seen.add(key)
    return data


def _locate(exc: BaseException, path: str) -> tuple[str, BaseException]:
    """The innermost error under ``exc`` and the JSON path of the value it is about."""
    if isinstance(exc, BaseValidationError):
        with_notes, without_notes = exc.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                return _locate(inner, f"{path}.{note.name}")
            if isinstance(note, IterableValidationNote):
                return _locate(inner, f"{path}[{note.index}]")
            return _locate(inner, path)
        if without_notes:
            return _locate(without_notes[0], path)
    return path, exc


def _describe(exc: BaseException) -> tuple[str, str]:
    """The JSON path of the offending value (for an unknown key, of the object holding it)
    and the message, which starts with that path."""
    path, leaf = _locate(exc, "$")
    if isinstance(leaf, ForbiddenExtraKeysError):
        keys = ", ".join(shown(key, quoted=False) for key in sorted(leaf.extra_fields))
        return path, f"{path}: unknown key(s): {keys}"
    if isinstance(leaf, KeyError):
        return path, f"{path}: required key missing"
    if isinstance(leaf, _ShapeError):
        where = f"{path}.{leaf.key}" if leaf.key else path
        return where, f"{where}: {leaf}"
    if isinstance(leaf, InvalidArticleError):
        if leaf.field in _WHOLE_OBJECT_FIELDS:
            return path, f"{path}: {leaf.reason}"
        where = f"{path}.{leaf.field}"
        return where, f"{where}: {leaf.reason}"
    return path, f"{path}: {leaf}"


# --- The public functions -----------------------------------------------------------------


def write_json(article: Article, *, indent: int | None = None) -> str:
    """Write ``article`` as a JSON document (the form described in this module).

    Args:
        article: The article to write.
        indent: Spaces per level for a pretty-printed document; ``None`` (the default)
            writes one compact line.

    Returns:
        The document, with non-ASCII text as is (not escaped) and no trailing newline.

    Raises:
        InvalidArticleError: A time has an offset that ISO 8601 cannot write (not a whole
            number of minutes, or beyond ±14:00).

    >>> from vn_newsdoc.model import Article
    >>> write_json(Article(headline="Tin nóng"), indent=1).splitlines()[:4]
    ['{', ' "schema": "vn_newsdoc/1",', ' "headline": "Tin nóng",', ' "published": null,']
    """
    data = {"schema": SCHEMA_VERSION, **_CONVERTER.unstructure(article, Article)}
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)


def read_json(
    source: str | bytes, *, source_name: str | None = None, limits: Limits | None = None
) -> Article:
    """Read an article from a JSON document written by :func:`write_json` (or by hand).

    Args:
        source: The document, as text or as UTF-8 bytes (a byte-order mark is allowed).
        source_name: Where the document came from (a file name or URL), for messages.
        limits: The input ceilings (size, nesting, objects and arrays, string length);
            ``None`` keeps the defaults of :class:`~vn_newsdoc.Limits`.

    Returns:
        The article.

    Raises:
        InputLimitError: The document passes one of the ``limits``.
        MalformedInputError: The input is not UTF-8, not JSON, or not an article of this
            form (the message and ``field`` name the path of the bad value, such as
            ``$.body[2].level``); for JSON syntax errors ``line`` and ``position``
            (0-based character offset) are set.
        SchemaVersionError: The ``"schema"`` key is missing or names another version.

    >>> read_json('{"schema": "vn_newsdoc/1", "headline": "Tin nóng"}').headline
    'Tin nóng'
    >>> read_json('{"schema": "vn_newsdoc/2", "headline": "Tin nóng"}')
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.SchemaVersionError: schema version 'vn_newsdoc/2' is not supported; this release reads 'vn_newsdoc/1'
    """  # noqa: E501
    limits = limits or Limits()
    if isinstance(source, (str, bytes)):
        check_text_size(source, limits, source_name)
    text = source_text(source, source_name)
    try:
        data = json.loads(text, object_pairs_hook=_object_without_repeats)
    except _RepeatedKeyError as exc:
        raise MalformedInputError(
            f"not an article: the key {shown(exc.key)} appears twice in one object",
            source=source_name,
        ) from exc
    except json.JSONDecodeError as exc:
        raise MalformedInputError(
            f"not JSON: {exc.msg} (column {exc.colno})",
            source=source_name,
            line=exc.lineno,
            position=exc.pos,
        ) from exc
    except RecursionError as exc:
        raise InputLimitError(
            "depth", limits.max_depth + 1, limits.max_depth, source=source_name
        ) from exc
    except ValueError as exc:  # an integer too long to convert, for one
        raise MalformedInputError(f"not JSON: {exc}", source=source_name) from exc
    check_json(data, limits, source_name)
    if not isinstance(data, dict):
        raise MalformedInputError(
            f"$: must be an object, not {_json_type(data)}", source=source_name, field="$"
        )
    version = data.get("schema")
    if version is None:
        raise SchemaVersionError(None, SCHEMA_VERSION, source=source_name)
    if not isinstance(version, str):
        raise MalformedInputError(
            f"$.schema: must be a string, not {_json_type(version)}",
            source=source_name,
            field="$.schema",
        )
    if version != SCHEMA_VERSION:
        raise SchemaVersionError(version, SCHEMA_VERSION, source=source_name)
    fields = {k: v for k, v in data.items() if k != "schema"}
    try:
        return _CONVERTER.structure(fields, Article)
    except (BaseValidationError, InvalidArticleError, _ShapeError) as exc:
        field, message = _describe(exc)
        raise MalformedInputError(message, source=source_name, field=field) from exc
