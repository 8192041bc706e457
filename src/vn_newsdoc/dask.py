"""A corpus bigger than one machine: articles as a Dask bag, read on a cluster's workers.

:func:`articles` turns a list of inputs (WARC or ARC files and saved HTML pages) into a
:class:`dask.bag.Bag` of readings; :func:`articles_from_pages` does the same for a bag of
pages you already hold as ``(url, bytes)``. Nothing is read until the bag is computed, and
then each partition is read by whichever worker gets it: on your machine with Dask's
default scheduler, or on a cluster through a :class:`dask.distributed.Client`.

**Records.** Each element of the bag is one reading, in input order (a WARC file's pages in
file order, where it stands in the list). A page that cannot be read is kept as a record
with its error, never dropped:

* ``as_dicts=False``: a tuple ``(source, result)``, where ``result`` is the
  :class:`~vn_newsdoc.model.Article` or the :class:`~vn_newsdoc.errors.ReaderError`, the
  same pairs :func:`~vn_newsdoc.warc.read_warc` yields;
* ``as_dicts=True``: a dict of plain JSON values, ready for ``bag.map(json.dumps)``,
  ``to_textfiles`` or ``to_dataframe``:
  ``{"source": ..., "article": {...} or None, "error": None or {"type": ..., "message": ...}}``,
  where ``article`` is the article's JSON form (``json.dumps`` of it is what
  :func:`~vn_newsdoc.write_json` writes, and :func:`~vn_newsdoc.read_json` reads it back)
  and ``error`` names the error class (``"MissingFieldError"``) and gives its message.

``source`` is the input's path (or URL) for an HTML page, and the record's target URI for a
page from a web archive. An archive that turns out damaged part-way gives the pages before
the damage and then one record ``(path, MalformedInputError)``.

**Inputs** are told apart by their bytes, not their names: a file that starts like a WARC
or ARC file (gzipped or not) is read as one (:mod:`vn_newsdoc.warc`), anything else as an
HTML page (:func:`~vn_newsdoc.html.read_html`). Paths are opened on the workers through
`fsspec <https://filesystem-spec.readthedocs.io/>`_ (which Dask installs), so besides
local paths on a file system every worker sees, URLs such as ``s3://bucket/crawl.warc.gz``
work where the matching fsspec package (``s3fs``, ``gcsfs``) is installed on the workers.

Needs ``pip install "vn_newsdoc[dask]"`` (Dask's bag and distributed scheduler, and warcio),
on the client and on every worker; without it the functions raise
:class:`~vn_newsdoc.errors.MissingExtraError` saying so.

>>> import dask.bag as db
>>> page = '''<html><head><meta charset="utf-8"></head><body><h1>Mưa lớn ở Quảng Tín</h1>
... <div class="detail-content"><p>Nước dâng nhanh ở các thôn ven suối, người dân kê đồ đạc
... lên cao.</p><p>Chính quyền xã đã cử lực lượng hỗ trợ.</p></div></body></html>'''.encode()
>>> pages = db.from_sequence([("https://baomau.vn/a.html", page),
...                           ("https://baomau.vn/b.png", b"\\x89PNG\\r\\n")])
>>> for record in articles_from_pages(pages, as_dicts=True).compute(scheduler="sync"):
...     print(record["source"], record["article"] and record["article"]["headline"],
...           record["error"] and record["error"]["type"])
https://baomau.vn/a.html Mưa lớn ở Quảng Tín None
https://baomau.vn/b.png None MalformedInputError
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, cast

from vn_newsdoc._extras import require
from vn_newsdoc.errors import MalformedInputError, ReaderError
from vn_newsdoc.formats.json import write_json
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article
from vn_newsdoc.warc import looks_like_warc, read_warc

if TYPE_CHECKING:
    import dask.bag

__all__ = ["articles", "articles_from_pages", "record_dict"]

_FEATURE: Final = "vn_newsdoc.dask"
#: Name endings that mark a web archive, used only to give each archive a partition of its
#: own (the bytes decide how an input is read).
_ARCHIVE_SUFFIXES: Final = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HEAD: Final = 512

Reading = tuple[str, Article | ReaderError]
"""One record of a bag with ``as_dicts=False``: ``(source, article or error)``."""


def _bag() -> ModuleType:
    return require("dask.bag", extra="dask", feature=_FEATURE)


def record_dict(source: str, result: Article | ReaderError) -> dict[str, Any]:
    """One reading as the plain dict a bag with ``as_dicts=True`` holds.

    >>> from vn_newsdoc.errors import MissingFieldError
    >>> record_dict("page.html", MissingFieldError("headline"))
    {'source': 'page.html', 'article': None, 'error': {'type': 'MissingFieldError', 'message': 'no headline found'}}
    >>> record_dict("page.html", Article(headline="Tin nóng"))["article"]["headline"]
    'Tin nóng'
    """  # noqa: E501
    if isinstance(result, Article):
        return {"source": source, "article": json.loads(write_json(result)), "error": None}
    error = {"type": type(result).__name__, "message": str(result)}
    return {"source": source, "article": None, "error": error}


def _output(source: str, result: Article | ReaderError, as_dicts: bool) -> Any:
    return record_dict(source, result) if as_dicts else (source, result)


def _read_input(path: str, strict: bool) -> Iterator[Reading]:
    """The readings of one input: the pages of an archive, or the one page of a file."""
    fsspec = require("fsspec", extra="dask", feature=_FEATURE)
    with fsspec.open(path, mode="rb") as handle:
        head = handle.read(_HEAD)
        if looks_like_warc(head):
            handle.seek(0)
            try:
                yield from read_warc(handle, strict=strict)
            except MalformedInputError as exc:
                yield path, exc
            return
        data = head + handle.read()
    try:
        yield path, read_html(data, strict=strict)
    except ReaderError as exc:
        yield path, exc


def _read_group(paths: Sequence[str], as_dicts: bool, strict: bool) -> list[Any]:
    return [
        _output(source, result, as_dicts)
        for path in paths
        for source, result in _read_input(path, strict)
    ]


def _groups(paths: Sequence[str], pages_per_partition: int) -> list[list[str]]:
    """Consecutive runs of inputs, one partition each: an archive alone, pages by the run."""
    groups: list[list[str]] = []
    for path in paths:
        if path.lower().endswith(_ARCHIVE_SUFFIXES):
            groups.append([path])
            continue
        last = groups[-1] if groups else None
        if (
            last is None
            or len(last) >= pages_per_partition
            or last[0].lower().endswith(_ARCHIVE_SUFFIXES)
        ):
            groups.append([path])
        else:
            last.append(path)
    return groups


def articles(
    paths: Sequence[str | os.PathLike[str]],
    *,
    as_dicts: bool = False,
    strict: bool = False,
    pages_per_partition: int = 100,
) -> dask.bag.Bag:
    """A bag of the readings of WARC/ARC files and HTML pages, in input order.

    Args:
        paths: The inputs: local paths every worker can read, or fsspec URLs
            (``s3://...``). Each web archive becomes one partition; HTML pages are read in
            partitions of consecutive pages.
        as_dicts: Hold plain dicts instead of ``(source, Article | ReaderError)`` tuples
            (see the module for both shapes).
        strict: Passed to :func:`~vn_newsdoc.html.read_html`.
        pages_per_partition: How many HTML pages one task reads.

    Returns:
        A lazy :class:`dask.bag.Bag`; compute it, or chain ``map``, ``filter``,
        ``to_textfiles``.

    Raises:
        MissingExtraError: Dask is not installed (``pip install "vn_newsdoc[dask]"``).
        ValueError: ``pages_per_partition`` is not positive.

    An input that cannot be opened (a path missing on a worker) fails the computation with
    its ``OSError``, which names it: it is a mistake in the job, not a page to skip.
    """
    if pages_per_partition < 1:
        raise ValueError(f"pages_per_partition must be at least 1, not {pages_per_partition}")
    db = _bag()
    groups = _groups([os.fspath(p) for p in paths], pages_per_partition)
    if not groups:
        return cast("dask.bag.Bag", db.from_sequence([], npartitions=1))
    bag = db.from_sequence(groups, partition_size=1)
    return cast("dask.bag.Bag", bag.map(_read_group, as_dicts=as_dicts, strict=strict).flatten())


def _read_page(page: Sequence[Any], as_dicts: bool, strict: bool) -> Any:
    url, data = page[0], page[1]
    reference: dt.datetime | None = page[2] if len(page) > 2 else None
    try:
        result: Article | ReaderError = read_html(data, url=url, strict=strict, reference=reference)
    except ReaderError as exc:
        result = exc
    return _output(url, result, as_dicts)


def articles_from_pages(
    pages: dask.bag.Bag, *, as_dicts: bool = False, strict: bool = False
) -> dask.bag.Bag:
    """A bag of readings from a bag of pages, element by element, in the same order.

    Args:
        pages: A bag of ``(url, page)`` pairs, the page as bytes (or text), or of
            ``(url, page, fetched_at)`` with an aware datetime that relative datelines
            resolve against (``reference=`` of :func:`~vn_newsdoc.html.read_html`).
        as_dicts: Hold plain dicts instead of tuples (see the module).
        strict: Passed to :func:`~vn_newsdoc.html.read_html`.

    Returns:
        A lazy bag with one record per page, its ``source`` the page's URL.

    Raises:
        MissingExtraError: Dask is not installed (``pip install "vn_newsdoc[dask]"``).
    """
    _bag()
    source: Any = pages  # Bag.map is not typed
    return cast("dask.bag.Bag", source.map(_read_page, as_dicts=as_dicts, strict=strict))
