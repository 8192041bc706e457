"""The JSON form of an article: :func:`write_json` and :func:`read_json`, exact inverses.

The document is one object. Its first key, ``"schema"``, names the schema version
(:data:`SCHEMA_VERSION`, ``"vn_newsdoc/2"``); the other keys follow the model's field
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
  microseconds only when not zero: ``"2022-07-01T18:45:00+07:00"``. A date without a
  time (a :class:`datetime.date` in the model) is written as the date alone,
  ``"2022-07-01"``, so a page that gives only a date is never mistaken for one published
  at midnight.
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

**Versions.** This release writes ``vn_newsdoc/2`` and reads ``vn_newsdoc/2`` and
``vn_newsdoc/1``. The two differ only in times: ``vn_newsdoc/1`` wrote a date without a time
as midnight, Vietnam time (``"2022-07-01T00:00:00+07:00"``), and such a value reads back as
that datetime; a date alone (``"2022-07-01"``) in a ``vn_newsdoc/1`` document is refused.

>>> import datetime as dt
>>> from vn_newsdoc.model import Article, Paragraph
>>> a = Article(
...     headline="Giá vàng giảm",
...     published=dt.datetime(2022, 7, 1, 18, 45, tzinfo=dt.timezone(dt.timedelta(hours=7))),
...     body=(Paragraph("Sáng nay giá vàng giảm."),),
... )
>>> text = write_json(a)
>>> text[:80]
'{"schema":"vn_newsdoc/2","headline":"Giá vàng giảm","published":"2022-07-01T18:4'
>>> read_json(text) == a
True
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from vn_newsdoc._ceilings import check_json
from vn_newsdoc._dictform import from_dict, to_dict
from vn_newsdoc.errors import InputLimitError, MalformedInputError, shown
from vn_newsdoc.formats._jsontext import json_text
from vn_newsdoc.formats._source import open_source, with_url
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article
from vn_newsdoc.schemas import SCHEMA_VERSION

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from vn_newsdoc.html.sites import SiteProfile

__all__ = ["SCHEMA_VERSION", "read_json", "write_json"]

"""The schema version this release writes and reads, in JSON's ``"schema"`` key (and in
the XML form's ``schema`` attribute)."""


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
    ['{', ' "schema": "vn_newsdoc/2",', ' "headline": "Tin nóng",', ' "published": null,']
    """
    data = to_dict(article)
    return json_text(data, indent)


def read_json(
    source: str | bytes,
    *,
    source_name: str | None = None,
    url: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
    limits: Limits | None = None,
    profiles: Sequence[SiteProfile] = (),
) -> Article:
    """Read an article from a JSON document written by :func:`write_json` (or by hand).

    It takes the options of every reader (:class:`~vn_newsdoc.readers.ReaderOptions`);
    ``strict``, ``reference`` and ``profiles`` change nothing here, as a JSON document is
    read exactly or refused, its times are written out in full, and it has no layout.

    Args:
        source: The document, as text or as UTF-8 bytes (a byte-order mark is allowed).
        source_name: Where the document came from (a file name or URL), for messages.
        url: Where the document was found: the article's ``url`` where the document
            states none, and its name in messages where ``source_name`` is not given.
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
        SchemaVersionError: The ``"schema"`` key is missing or names a version this
            release does not read.

    >>> read_json('{"schema": "vn_newsdoc/2", "headline": "Tin", "published": "2022-07-01"}').published
    datetime.date(2022, 7, 1)
    >>> read_json('{"schema": "vn_newsdoc/1", "headline": "Tin nóng"}').headline
    'Tin nóng'
    >>> read_json('{"schema": "vn_newsdoc/3", "headline": "Tin nóng"}')
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.SchemaVersionError: schema version 'vn_newsdoc/3' is not supported; this release reads 'vn_newsdoc/2'
    """  # noqa: E501
    del strict, reference, profiles  # the shared contract's; nothing here to use them on
    text, source_name, limits = open_source(source, source_name, url, limits)
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
    check_json(data, limits, source_name, text=text)
    return with_url(from_dict(data, source_name=source_name), url)
