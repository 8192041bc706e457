"""The JSON form of an article as Python data: :func:`to_dict` and :func:`from_dict`.

This is the form :mod:`vn_newsdoc.formats.json` writes and reads, before it becomes text:
plain dicts, lists, strings, integers and ``None``, with ``"schema"`` first and each body
block tagged by its ``"type"``. It sits apart from the JSON format module so that the
model (``Article.to_dict`` / ``Article.from_dict``) can use it without importing a writer.

>>> from vn_newsdoc.model import Article, Figure
>>> data = to_dict(Article(headline="Tin nóng", body=(Figure(caption="Ảnh minh họa"),)))
>>> data["schema"], data["body"]
('vn_newsdoc/2', [{'type': 'figure', 'caption': 'Ảnh minh họa', 'credit': None, 'src': None}])
>>> from_dict(data).captions
('Ảnh minh họa',)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, get_args

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from vn_newsdoc.errors import (
    InvalidArticleError,
    MalformedInputError,
    SchemaVersionError,
    shown,
)
from vn_newsdoc.formats._iso import format_when, parse_when
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
from vn_newsdoc.schemas import SCHEMA_VERSION

__all__ = ["READABLE_VERSIONS", "SCHEMA_VERSION", "from_dict", "json_type", "to_dict"]

_VERSION_1 = "vn_newsdoc/1"
"""The previous version: the same form, but its times are all date-times (a date without
a time was written as midnight, Vietnam time)."""

READABLE_VERSIONS = (SCHEMA_VERSION, _VERSION_1)
"""The schema versions this release reads: its own, and the one before it."""

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


def json_type(value: object) -> str:
    """How JSON names the type of ``value`` (``"an object"``, ``"null"``), for messages."""
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
        raise _ShapeError(f"must be a string, not {json_type(value)}")
    return value


def _structure_int(value: object, _: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _ShapeError(f"must be an integer, not {json_type(value)}")
    return value


def _structure_when(value: object, _: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _ShapeError(f"must be a date or date-time string, not {json_type(value)}")
    return parse_when(value)


def _structure_role(value: object, _: object) -> Role:
    if not isinstance(value, str):
        raise _ShapeError(f"must be a string, not {json_type(value)}")
    try:
        return Role(value)
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise _ShapeError(f"unknown role {shown(value)}; known roles: {known}") from None


def _structure_block(value: object, _: object) -> Block:
    if not isinstance(value, dict):
        raise _ShapeError(f"must be an object, not {json_type(value)}")
    tag = value.get("type")
    if tag is None:
        raise _ShapeError("required key missing", key="type")
    if not isinstance(tag, str) or tag not in _BLOCK_CLASSES:
        known = ", ".join(_BLOCK_CLASSES)
        raise _ShapeError(f"unknown block type {shown(tag)}; known types: {known}", key="type")
    fields = {k: v for k, v in value.items() if k != "type"}
    cls = _BLOCK_CLASSES[tag]
    block: Block = _BLOCK_HOOKS[cls](fields, cls)
    return block


def _unstructure_block(block: Block) -> dict[str, Any]:
    return {"type": _BLOCK_TAGS[type(block)], **_CONVERTER.unstructure(block, type(block))}


def _unstructure_when(value: dt.date | None) -> str | None:
    return None if value is None else format_when(value)


def _objects_only(cls: type[_T], hook: Callable[[Any, Any], _T]) -> Callable[[Any, Any], _T]:
    def structure(value: object, type_: object) -> _T:
        if not isinstance(value, dict):
            raise _ShapeError(f"must be an object, not {json_type(value)}")
        return hook(value, type_)

    return structure


def _array_of(item_type: Any, item_hook: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """The hook of ``tuple[item_type, ...]``: an array, and nothing else (cattrs would read
    a string as a tuple of letters), each item read by ``item_hook``. Errors are gathered
    as cattrs' own homogeneous-tuple hook gathers them with detailed validation (every
    failing item, noted with its index), which the messages' paths are read from; the item
    hook is looked up once here, not once per item."""

    def structure(value: object, type_: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _ShapeError(f"must be an array, not {json_type(value)}")
        try:
            return tuple([item_hook(item, item_type) for item in value])
        except Exception:  # read again below, noting every failing item
            pass
        errors: list[Exception] = []
        items = []
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as exc:  # gathered, as cattrs gathers them
                note = IterableValidationNote(
                    f"Structuring {type_} @ index {index}", index, item_type
                )
                # (set as cattrs sets it: typeshed knows __notes__ from Python 3.11 only)
                setattr(exc, "__notes__", [*getattr(exc, "__notes__", []), note])  # noqa: B010
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return tuple(items)

    return structure


def _optional(hook: Callable[[Any, Any], _T], inner: Any) -> Callable[[Any, Any], _T | None]:
    """The hook of ``inner | None``: ``None``, or what ``hook`` reads (cattrs' own hook for
    an optional type looks the inner hook up again for every value)."""

    def structure(value: object, _type: object) -> _T | None:
        return None if value is None else hook(value, inner)

    return structure


def _is(wanted: object) -> Callable[[Any], bool]:
    return lambda type_: bool(type_ == wanted)


def _register_object(converter: cattrs.Converter, cls: type[Any]) -> None:
    converter.register_structure_hook(
        cls, _objects_only(cls, make_dict_structure_fn(cls, converter))
    )


def _register_array(converter: cattrs.Converter, tuple_type: Any) -> None:
    (item_type, _ellipsis) = get_args(tuple_type)
    hook = _array_of(item_type, converter.get_structure_hook(item_type))
    converter.register_structure_hook_func(_is(tuple_type), hook)


def _register_optional(converter: cattrs.Converter, inner: Any) -> None:
    hook = _optional(converter.get_structure_hook(inner), inner)
    converter.register_structure_hook_func(_is(inner | None), hook)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(Role, _structure_role)
    converter.register_unstructure_hook(Role, lambda role: role.value)
    for cls in _MODEL_CLASSES:
        attrs.resolve_types(cls)
    when_type = attrs.fields(Article).published.type
    converter.register_structure_hook_func(_is(when_type), _structure_when)
    block_union = attrs.fields(Article).body.type
    assert block_union is not None
    (block_type, _ellipsis) = get_args(block_union)
    converter.register_structure_hook_func(_is(block_type), _structure_block)
    converter.register_unstructure_hook_func(_is(block_type), _unstructure_block)
    # Each hook is built from the hooks of what it holds (looked up once, here), so they
    # are registered inner first: optional strings and arrays of strings and roles, then
    # each class once the arrays and optional values in it have theirs. Arrays must be
    # arrays: cattrs would otherwise read a string as a tuple of letters.
    _register_optional(converter, str)
    _register_array(converter, tuple[str, ...])
    _register_array(converter, tuple[Role, ...])
    for cls in (*_BLOCK_TAGS, Author):
        _register_object(converter, cls)
    _register_array(converter, tuple[Author, ...])
    _register_object(converter, Byline)
    _register_object(converter, Person)
    _register_array(converter, tuple[Person, ...])
    _register_array(converter, block_union)
    _register_optional(converter, Byline)
    _register_object(converter, Article)
    converter.register_unstructure_hook(
        Article,
        make_dict_unstructure_fn(
            Article,
            converter,
            published=cattrs.override(unstruct_hook=_unstructure_when),
            updated=cattrs.override(unstruct_hook=_unstructure_when),
        ),
    )
    return converter


_CONVERTER = _make_converter()
# Each block class's hook, looked up once (the block hook reads the class from "type").
_BLOCK_HOOKS: dict[type[Any], Callable[[Any, Any], Block]] = {
    cls: _CONVERTER.get_structure_hook(cls) for cls in _BLOCK_CLASSES.values()
}


# --- Errors -------------------------------------------------------------------------------


def _locate(exc: BaseException, path: str) -> tuple[str, BaseException]:
    """The innermost error under ``exc`` and the JSON path of the value it is about."""
    # The two kinds cattrs raises; their base class has no group_exceptions() of its own.
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without_notes = exc.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                return _locate(inner, f"{path}.{note.name}")
            if isinstance(note, IterableValidationNote):
                return _locate(inner, f"{path}[{note.index}]")
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


def to_dict(article: Article) -> dict[str, Any]:
    """The article's JSON form as Python data (see :mod:`vn_newsdoc.formats.json`).

    Every key of every object is present; absent values are ``None``, empty sequences
    ``[]``, times ISO 8601 strings with their offset (a date without a time as
    ``YYYY-MM-DD``), roles their string values.
    """
    data: dict[str, Any] = {"schema": SCHEMA_VERSION}
    data.update(_CONVERTER.unstructure(article, Article))
    return data


def from_dict(data: object, *, source_name: str | None = None) -> Article:
    """The article whose JSON form (as Python data) is ``data``; the inverse of :func:`to_dict`.

    Args:
        data: A mapping in the JSON form, ``"schema"`` key included.
        source_name: Where the data came from, for messages.

    Raises:
        MalformedInputError: ``data`` is not an article of this form; the message and
            ``field`` name the path of the bad value (``$.body[2].level``).
        SchemaVersionError: The ``"schema"`` key is missing or names a version this
            release does not read (it reads ``vn_newsdoc/2`` and ``vn_newsdoc/1``).
    """
    if not isinstance(data, Mapping):
        raise MalformedInputError(
            f"$: must be an object, not {json_type(data)}", source=source_name, field="$"
        )
    version = data.get("schema")
    if version is None:
        raise SchemaVersionError(None, SCHEMA_VERSION, source=source_name)
    if not isinstance(version, str):
        raise MalformedInputError(
            f"$.schema: must be a string, not {json_type(version)}",
            source=source_name,
            field="$.schema",
        )
    if version not in READABLE_VERSIONS:
        raise SchemaVersionError(version, SCHEMA_VERSION, source=source_name)
    fields = {k: v for k, v in data.items() if k != "schema"}
    if version == _VERSION_1:
        for key in ("published", "updated"):
            value = fields.get(key)
            if isinstance(value, str) and "T" not in value:
                raise MalformedInputError(
                    f"$.{key}: a date without a time ({shown(value)}) needs schema "
                    f"{SCHEMA_VERSION}; {_VERSION_1} holds date-times only",
                    source=source_name,
                    field=f"$.{key}",
                )
    try:
        return _CONVERTER.structure(fields, Article)
    except (BaseValidationError, InvalidArticleError, _ShapeError) as exc:
        field, message = _describe(exc)
        raise MalformedInputError(message, source=source_name, field=field) from exc
