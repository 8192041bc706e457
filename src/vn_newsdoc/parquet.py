"""Articles as a Parquet dataset: one row per article, written as a stream.

:class:`ParquetWriter` writes articles one by one and hands them to the file in row groups
of ``row_group_size`` rows, so memory holds one row group whatever the number of articles;
:func:`write_parquet` writes an iterable of articles with it, and :func:`read_parquet`
reads the articles back, one row group at a time.

The columns, in order (:data:`COLUMNS`):

========================= ============================== ====================================
column                    Arrow type                     what it holds
========================= ============================== ====================================
``headline``              ``string``                     :attr:`Article.headline`
``published``             ``timestamp[us, tz=UTC]``      the instant of ``published``
``published_offset``      ``int16``                      its UTC offset, in minutes (420 for
                                                         +07:00)
``updated``               ``timestamp[us, tz=UTC]``      the instant of ``updated``
``updated_offset``        ``int16``                      its UTC offset, in minutes
``lead``                  ``string``                     the lead
``text``                  ``string``                     the body's text blocks (paragraphs,
                                                         subheadings, quotes, list items)
                                                         joined by a blank line
``authors``               ``list<string>``               the byline's author names
``source``                ``string``                     the byline's source organisation
``people``                ``list<string>``               the names of the people named
``url``                   ``string``                     the URL
``site``                  ``string``                     the site
``outlet``                ``string``                     the outlet tag
``section``               ``string``                     the section
``tags``                  ``list<string>``               the tags
``input``                 ``string``                     where the article was read from, as
                                                         the caller names it (or null)
``json``                  ``string``                     the whole article in its JSON form
                                                         (:func:`~vn_newsdoc.write_json`)
========================= ============================== ====================================

Absent values are nulls; absent sequences are empty lists.

**Times** are Parquet timestamps in UTC, so every tool (pandas, Polars, DuckDB, Spark) reads
them as instants that sort, filter and compare correctly across offsets. A Parquet (and
Arrow) timestamp column has one time zone for all its rows and cannot keep each row's own
offset, so the offset the page gave goes beside it in ``published_offset`` and
``updated_offset``: the pair gives back the datetime exactly
(``published.astimezone(timezone(timedelta(minutes=published_offset)))``). ISO strings
would have kept the offset in one column, but every query would then parse text and compare
times as strings, which is wrong across offsets.

**Nothing is lost**: the ``json`` column holds the full article (figures, roles, titles,
body structure), and :func:`read_parquet` reads articles back from it, equal to the ones
written. The other columns are for queries.

Writing Parquet needs `pyarrow <https://pypi.org/project/pyarrow/>`_, installed with
``pip install "vn_newsdoc[parquet]"``; without it the functions raise
:class:`~vn_newsdoc.errors.MissingExtraError` saying so.

>>> import datetime as dt, io
>>> from vn_newsdoc.model import Article, Paragraph
>>> hanoi = dt.timezone(dt.timedelta(hours=7))
>>> a = Article(headline="Giá vàng giảm", published=dt.datetime(2022, 7, 1, 18, 45, tzinfo=hanoi),
...             body=(Paragraph("Sáng nay giá vàng giảm."), Paragraph("Chiều tăng lại.")))
>>> buffer = io.BytesIO()
>>> write_parquet([a], buffer)
1
>>> import pyarrow.parquet as pq
>>> row = pq.read_table(io.BytesIO(buffer.getvalue())).to_pylist()[0]
>>> row["published"].isoformat(), row["published_offset"], row["text"]
('2022-07-01T11:45:00+00:00', 420, 'Sáng nay giá vàng giảm.\\n\\nChiều tăng lại.')
>>> list(read_parquet(io.BytesIO(buffer.getvalue()))) == [a]
True
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from types import ModuleType, TracebackType
from typing import IO, Any, Final

from vn_newsdoc._extras import require
from vn_newsdoc.formats.json import read_json, write_json
from vn_newsdoc.model import Article

__all__ = ["COLUMNS", "ParquetWriter", "parquet_schema", "read_parquet", "write_parquet"]

COLUMNS: Final = (
    "headline",
    "published",
    "published_offset",
    "updated",
    "updated_offset",
    "lead",
    "text",
    "authors",
    "source",
    "people",
    "url",
    "site",
    "outlet",
    "section",
    "tags",
    "input",
    "json",
)
"""The columns :class:`ParquetWriter` writes, in order."""

_ROW_GROUP_SIZE: Final = 1000
#: Columns with few distinct values, worth Parquet's dictionary encoding; the others (text,
#: JSON, URLs) are nearly all distinct, and a dictionary for them would only cost memory.
_DICTIONARY_COLUMNS: Final = ["site", "source", "outlet", "section"]
_FEATURE: Final = "Parquet output"

Destination = str | os.PathLike[str] | IO[bytes]
"""A file name, or a binary file object opened for writing (or reading)."""


def _pyarrow() -> ModuleType:
    return require("pyarrow", extra="parquet", feature=_FEATURE)


def parquet_schema() -> Any:
    """The Arrow schema of the files :class:`ParquetWriter` writes (a ``pyarrow.Schema``).

    >>> parquet_schema().field("published").type
    TimestampType(timestamp[us, tz=UTC])
    """
    pa = _pyarrow()
    text, names, when = pa.string(), pa.list_(pa.string()), pa.timestamp("us", tz="UTC")
    types = {
        "published": when,
        "published_offset": pa.int16(),
        "updated": when,
        "updated_offset": pa.int16(),
        "authors": names,
        "people": names,
        "tags": names,
    }
    fields = [pa.field(name, types.get(name, text), nullable=True) for name in COLUMNS]
    fields[0] = pa.field("headline", text, nullable=False)
    fields[-1] = pa.field("json", text, nullable=False)
    return pa.schema(fields, metadata={"vn_newsdoc.schema": "vn_newsdoc/1"})


def _offset_minutes(value: dt.datetime | None) -> int | None:
    if value is None:
        return None
    offset = value.utcoffset()
    assert offset is not None  # the model holds aware datetimes only
    return int(offset.total_seconds()) // 60


def _append_row(columns: dict[str, list[object]], article: Article, input_name: str | None) -> None:
    """Append the article's values to the columns being gathered for a row group."""
    byline = article.byline
    values = (
        article.headline,
        article.published,
        _offset_minutes(article.published),
        article.updated,
        _offset_minutes(article.updated),
        article.lead,
        "\n\n".join(article.paragraphs),
        list(article.authors),
        byline.source if byline is not None else None,
        [p.name for p in article.people],
        article.url,
        article.site,
        article.outlet,
        article.section,
        list(article.tags),
        input_name,
        write_json(article),
    )
    for name, value in zip(COLUMNS, values, strict=True):
        columns[name].append(value)


class ParquetWriter:
    """Write articles to a Parquet file as they come, a row group at a time.

    Use it as a context manager (or call :meth:`close`): the file is complete, with its
    footer, only once closed. Leaving the ``with`` block by an exception still writes the
    rows given so far and closes the file, so an interrupted run leaves a readable file.

    Args:
        where: The file to write, by name (created or replaced) or as a binary file
            object opened for writing (left open).
        row_group_size: Rows per row group: what memory holds before they are written,
            and the unit readers skip or read in parallel. Gathering and encoding a row
            group of 1,000 news articles takes about 80 MiB (250 rows: about 35 MiB).
        compression: The Parquet codec (``"zstd"``, ``"snappy"``, ``"gzip"``, ``"none"``).

    Raises:
        MissingExtraError: pyarrow is not installed (``pip install "vn_newsdoc[parquet]"``).
        ValueError: ``row_group_size`` is not positive.

    >>> import io
    >>> from vn_newsdoc.model import Article
    >>> buffer = io.BytesIO()
    >>> with ParquetWriter(buffer, row_group_size=2) as writer:
    ...     for n in range(5):
    ...         writer.write(Article(headline=f"Tin số {n}"), input_name=f"page-{n}.html")
    >>> writer.rows
    5
    >>> import pyarrow.parquet as pq
    >>> pq.ParquetFile(io.BytesIO(buffer.getvalue())).metadata.num_row_groups
    3
    """

    def __init__(
        self,
        where: Destination,
        *,
        row_group_size: int = _ROW_GROUP_SIZE,
        compression: str = "zstd",
    ) -> None:
        if row_group_size < 1:
            raise ValueError(f"row_group_size must be at least 1, not {row_group_size}")
        pa = _pyarrow()
        parquet = require("pyarrow.parquet", extra="parquet", feature=_FEATURE)
        self._pa = pa
        self._schema = parquet_schema()
        self._row_group_size = row_group_size
        self._pending: dict[str, list[object]] = {name: [] for name in COLUMNS}
        self._held = 0
        self._rows = 0
        self._writer: Any = parquet.ParquetWriter(
            os.fspath(where) if isinstance(where, (str, os.PathLike)) else where,
            self._schema,
            compression=compression,
            use_dictionary=_DICTIONARY_COLUMNS,
        )
        self._closed = False

    @property
    def rows(self) -> int:
        """The articles written so far (including those not yet flushed to the file)."""
        return self._rows

    def write(self, article: Article, *, input_name: str | None = None) -> None:
        """Add one article as a row.

        Args:
            article: The article.
            input_name: Where it was read from (a file name, a URL), for the ``input``
                column.

        Raises:
            ValueError: The writer is closed.
        """
        if self._closed:
            raise ValueError("write to a closed ParquetWriter")
        _append_row(self._pending, article, input_name)
        self._held += 1
        self._rows += 1
        if self._held >= self._row_group_size:
            self._flush()

    def _flush(self) -> None:
        if self._held:
            table = self._pa.Table.from_pydict(self._pending, schema=self._schema)
            self._pending = {name: [] for name in COLUMNS}
            self._held = 0
            self._writer.write_table(table, row_group_size=self._row_group_size)

    def close(self) -> None:
        """Write the rows still held and the file's footer. Closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            self._flush()
        finally:
            self._writer.close()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def write_parquet(
    articles: Iterable[Article],
    where: Destination,
    *,
    row_group_size: int = _ROW_GROUP_SIZE,
    compression: str = "zstd",
) -> int:
    """Write ``articles`` to a Parquet file through a :class:`ParquetWriter`.

    The iterable is consumed as it goes (a generator over millions of pages is fine).

    Returns:
        The number of articles written.

    Raises:
        MissingExtraError: pyarrow is not installed (``pip install "vn_newsdoc[parquet]"``).
    """
    with ParquetWriter(where, row_group_size=row_group_size, compression=compression) as writer:
        for article in articles:
            writer.write(article)
    return writer.rows


def read_parquet(where: Destination) -> Iterator[Article]:
    """Read the articles of a Parquet file written by :class:`ParquetWriter`, in order.

    Each comes from the ``json`` column, so it equals the article written. One row group
    is held in memory at a time.

    Raises:
        MissingExtraError: pyarrow is not installed (``pip install "vn_newsdoc[parquet]"``).
        ReaderError: A row's ``json`` is not an article of this schema version (the
            :class:`~vn_newsdoc.errors.MalformedInputError` or
            :class:`~vn_newsdoc.errors.SchemaVersionError` of
            :func:`~vn_newsdoc.read_json`, its ``source`` naming the row).
        KeyError: The file has no ``json`` column.
    """
    parquet = require("pyarrow.parquet", extra="parquet", feature=_FEATURE)
    source = os.fspath(where) if isinstance(where, (str, os.PathLike)) else where
    name = source if isinstance(source, str) else None
    with parquet.ParquetFile(source) as pfile:
        if "json" not in pfile.schema_arrow.names:
            raise KeyError(f"{name or 'the file'} has no 'json' column")
        for index in range(pfile.num_row_groups):
            column = pfile.read_row_group(index, columns=["json"]).column("json")
            for n, text in enumerate(column.to_pylist()):
                yield read_json(text, source_name=f"{name or 'parquet'} row group {index} row {n}")
