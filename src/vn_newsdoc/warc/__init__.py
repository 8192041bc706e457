"""Web archives in: the HTML pages of a WARC or ARC file, and the articles they hold.

Crawlers and archives (Heritrix, wget ``--warc-file``, Common Crawl, the Internet Archive)
keep what they fetched as WARC files (``.warc``, ``.warc.gz``) or, older, ARC files
(``.arc``, ``.arc.gz``). :func:`warc_pages` goes through one such file in order and yields
each ``response`` record that holds an HTML page as a :class:`WarcPage`;
:func:`read_warc` reads each of them with :func:`~vn_newsdoc.html.read_html`, with the
record's target URI as ``url=`` and its ``WARC-Date`` (when the page was fetched) as the
``reference`` time for relative datelines such as ``2 giờ trước``.

Every other record is skipped and counted in a :class:`WarcCounts` the caller passes in:
``request``, ``warcinfo``, ``metadata``, ``revisit`` and other non-response records under
their type, and responses that are not an HTML page under ``"non-html"`` (another
``Content-Type``), ``"not-ok"`` (an HTTP status outside 200-299: redirects and error pages
hold no article) and ``"no-http"`` (no HTTP message, such as ``dns:`` records). A response
without a ``Content-Type`` counts as HTML when its payload starts like an HTML page.

Reading WARC files needs `warcio <https://pypi.org/project/warcio/>`_, installed with
``pip install "vn_newsdoc[warc]"``; without it the functions raise
:class:`~vn_newsdoc.errors.MissingExtraError` saying so. ``import vn_newsdoc.warc`` itself
needs nothing beyond the library.

>>> import io
>>> from warcio.warcwriter import WARCWriter
>>> from warcio.statusandheaders import StatusAndHeaders
>>> buffer = io.BytesIO()
>>> writer = WARCWriter(buffer, gzip=True)
>>> page = '''<html><head><meta charset="utf-8"><title>Mưa lớn - Báo Mẫu</title></head>
... <body><h1>Mưa lớn gây ngập ở Quảng Tín</h1><p class="date">2 giờ trước</p>
... <div class="detail-content"><p>Nước dâng nhanh ở các thôn ven suối, người dân kê đồ đạc
... lên cao.</p><p>Chính quyền xã đã cử lực lượng hỗ trợ, chưa có thiệt hại về người.</p>
... </div></body></html>'''.encode()
>>> http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
...                         protocol="HTTP/1.1")
>>> writer.write_record(writer.create_warc_record(
...     "https://baomau.vn/mua-lon.html", "response", payload=io.BytesIO(page),
...     length=len(page), http_headers=http,
...     warc_headers_dict={"WARC-Date": "2019-08-07T10:00:00Z"}))
>>> writer.write_record(writer.create_warc_record(
...     "https://baomau.vn/logo.png", "response", payload=io.BytesIO(b"\\x89PNG"), length=4,
...     http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
...                                   protocol="HTTP/1.1")))
>>> _ = buffer.seek(0)
>>> counts = WarcCounts()
>>> [(uri, article.headline, article.published.isoformat())
...  for uri, article in read_warc(buffer, counts=counts)]
[('https://baomau.vn/mua-lon.html', 'Mưa lớn gây ngập ở Quảng Tín', '2019-08-07T15:00:00+07:00')]
>>> counts
WarcCounts(pages=1, skipped={'non-html': 1})
"""

from __future__ import annotations

import codecs
import collections
import datetime as dt
import gzip
import os
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any, Final, NamedTuple

import attrs

from vn_newsdoc._extras import require
from vn_newsdoc.errors import MalformedInputError, ReaderError
from vn_newsdoc.formats._iso import parse_datetime
from vn_newsdoc.html import read_html
from vn_newsdoc.html._parse import MAX_INPUT_BYTES
from vn_newsdoc.html.decode import decode_html_detailed
from vn_newsdoc.model import Article
from vn_newsdoc.warc._streams import CutShortError, uncompressed

__all__ = ["WarcCounts", "WarcPage", "looks_like_warc", "read_page", "read_warc", "warc_pages"]

#: The HTTP content types of an HTML page.
_HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})
#: How an HTML payload starts, after white space and a byte-order mark (for responses
#: that do not say their type).
_HTML_START: Final = re.compile(rb"\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<meta)", re.I)
_CHARSET: Final = re.compile(r";\s*charset\s*=\s*[\"']?([^\s;\"']+)", re.I)
#: Fraction digits past the sixth (WARC 1.1 allows nanoseconds in WARC-Date).
_LONG_FRACTION: Final = re.compile(r"(\.[0-9]{6})[0-9]+")
#: Charsets (Python's codec names) that the HTML reader tries anyway: UTF-8 first, and
#: windows-1252 (which iso-8859-1 and ascii mean to browsers) as its fallback.
_READER_DEFAULTS: Final = frozenset({"utf-8", "cp1252", "iso8859-1", "latin-1", "ascii"})
#: The first bytes of a WARC record, and of an ARC file's first record.
_WARC_MAGIC: Final = (b"WARC/", b"filedesc://")

PathOrFile = str | os.PathLike[str] | IO[bytes]
"""A file name, or a binary file object opened for reading."""


class WarcPage(NamedTuple):
    """One HTML response of a web archive, as :func:`warc_pages` yields it."""

    uri: str
    """The record's ``WARC-Target-URI``: where the page was fetched from."""
    payload: bytes
    """The HTTP body, with transfer and content encodings (chunked, gzip) undone. A body
    longer than the HTML reader's limit (32 MiB) is cut one byte past it, which
    :func:`~vn_newsdoc.html.read_html` refuses with an
    :class:`~vn_newsdoc.errors.InputLimitError`."""
    date: dt.datetime | None
    """The record's ``WARC-Date`` (when the page was fetched) as an aware datetime in UTC,
    or ``None`` when the record has none that can be read."""
    charset: str | None
    """The ``charset`` of the HTTP ``Content-Type``, as the server sent it, or ``None``."""
    record_id: str | None
    """The record's ``WARC-Record-ID`` (``<urn:uuid:...>``); ``None`` in ARC files."""


@attrs.define
class WarcCounts:
    """What :func:`warc_pages` and :func:`read_warc` found in a file: pass one in, read it
    after the loop (it is updated as records go by, and across several files).

    >>> counts = WarcCounts()
    >>> counts.skip("request"); counts.skip("request"); counts.skip("non-html")
    >>> counts.skipped_total, counts.skipped["request"]
    (3, 2)
    """

    pages: int = 0
    """HTML responses yielded."""
    skipped: collections.Counter[str] = attrs.field(
        factory=collections.Counter, repr=lambda counter: repr(dict(counter))
    )
    """Records skipped, by reason: the record type (``"request"``, ``"warcinfo"``,
    ``"metadata"``, ``"revisit"``...) for records that are not responses, and
    ``"non-html"``, ``"not-ok"`` or ``"no-http"`` for responses (see the module)."""

    def skip(self, reason: str) -> None:
        """Count one record skipped for ``reason``."""
        self.skipped[reason] += 1

    @property
    def skipped_total(self) -> int:
        """All records skipped, whatever the reason."""
        return sum(self.skipped.values())


def looks_like_warc(head: bytes) -> bool:
    """Whether a file that starts with ``head`` is a WARC or ARC file (gzipped or not).

    Give it the file's first few hundred bytes; a gzip stream is opened to look at what it
    holds. Use it to tell archives from pages whatever their names.

    >>> looks_like_warc(b"WARC/1.0\\r\\nWARC-Type: warcinfo\\r\\n")
    True
    >>> import gzip
    >>> looks_like_warc(gzip.compress(b"WARC/1.1\\r\\nWARC-Type: response\\r\\n"))
    True
    >>> looks_like_warc(b"<!DOCTYPE html><html>"), looks_like_warc(gzip.compress(b"<html>"))
    (False, False)
    """
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(_WARC_MAGIC)


def _parse_warc_date(text: str | None) -> dt.datetime | None:
    """A ``WARC-Date`` (``2019-08-07T10:00:00Z``; ARC's ``20190807100000`` already turned
    into that form by warcio) as an aware datetime, or ``None``."""
    if not text:
        return None
    # WARC 1.1 allows any number of fraction digits; a datetime holds six.
    try:
        return parse_datetime(_LONG_FRACTION.sub(r"\1", text.strip()))
    except ValueError:
        return None


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    """The media type (lower case) and the charset of a ``Content-Type`` header."""
    if not value:
        return None, None
    media = value.partition(";")[0].strip().lower() or None
    match = _CHARSET.search(value)
    return media, (match.group(1) if match else None)


def _open(source: PathOrFile) -> tuple[IO[bytes], bool]:
    if isinstance(source, (str, os.PathLike)):
        return open(source, "rb"), True
    return source, False


def _name(source: PathOrFile) -> str:
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return str(getattr(source, "name", "<stream>"))


def _page(record: Any, counts: WarcCounts, *, arc: bool) -> WarcPage | None:
    """The record as a page, or ``None`` (counted) when it is not an HTML response."""
    if record.rec_type != "response":
        counts.skip(str(record.rec_type))
        return None
    http = record.http_headers
    if http is None:
        counts.skip("no-http")
        return None
    status = http.get_statuscode() or ""
    if not (status.isdigit() and 200 <= int(status) < 300):
        counts.skip("not-ok")
        return None
    media, charset = _content_type(http.get_header("Content-Type"))
    if media is not None and media not in _HTML_TYPES:
        counts.skip("non-html")
        return None
    payload = record.content_stream().read(MAX_INPUT_BYTES + 1)
    if media is None and not _HTML_START.match(payload.removeprefix(codecs.BOM_UTF8)[:512]):
        counts.skip("non-html")
        return None
    headers = record.rec_headers
    counts.pages += 1
    return WarcPage(
        uri=headers.get_header("WARC-Target-URI") or "",
        payload=payload,
        date=_parse_warc_date(headers.get_header("WARC-Date")),
        charset=charset,
        # warcio makes up a new ID for each ARC record on every read: not one to keep.
        record_id=None if arc else headers.get_header("WARC-Record-ID"),
    )


def warc_pages(source: PathOrFile, *, counts: WarcCounts | None = None) -> Iterator[WarcPage]:
    """Yield the HTML responses of a WARC or ARC file, in file order.

    Args:
        source: A ``.warc``, ``.warc.gz``, ``.arc`` or ``.arc.gz`` file, by name or as a
            binary file object (compression is recognised from the bytes, not the name).
            A file given by name is closed when the iteration ends.
        counts: Updated with the pages yielded and the records skipped, by reason.

    Yields:
        One :class:`WarcPage` per HTML response record.

    Raises:
        MissingExtraError: warcio is not installed (``pip install "vn_newsdoc[warc]"``).
        MalformedInputError: The file is not a WARC or ARC file, or is cut short or damaged;
            raised when the iteration reaches the damage, after the pages before it.
        OSError: The file cannot be opened.
    """
    archive = require("warcio.archiveiterator", extra="warc", feature="WARC input")
    exceptions = require("warcio.exceptions", extra="warc", feature="WARC input")
    counts = counts if counts is not None else WarcCounts()
    name = _name(source)
    stream, owned = _open(source)
    try:
        plain = uncompressed(stream)
        arc = plain.peek(len(_WARC_MAGIC[1])).startswith(_WARC_MAGIC[1])
        records = archive.ArchiveIterator(plain, arc2warc=True)
        while True:
            try:
                record = next(records, None)
                if record is None:
                    return
                page = _page(record, counts, arc=arc)
            except CutShortError as exc:
                raise MalformedInputError(f"cut short: {exc}", source=name) from exc
            except (exceptions.ArchiveLoadFailed, gzip.BadGzipFile, zlib.error, ValueError) as exc:
                raise MalformedInputError(
                    f"not a readable WARC or ARC file: {exc}".rstrip(": "), source=name
                ) from exc
            if page is not None:
                yield page
    finally:
        if owned:
            stream.close()


def _decoded(page: WarcPage) -> str | bytes:
    """The payload to hand the HTML reader: as it is, unless the server named a charset
    and the page neither declares one nor is UTF-8, when the server's charset decodes it."""
    if page.charset is None or page.payload.isascii():
        return page.payload
    try:
        codec = codecs.lookup(page.charset).name
    except LookupError:
        return page.payload
    if codec in _READER_DEFAULTS:
        return page.payload
    if decode_html_detailed(page.payload, source_name=page.uri).method != "fallback":
        return page.payload
    return page.payload.decode(codec, "replace")


def read_warc(
    source: PathOrFile,
    *,
    strict: bool = False,
    site_profiles: bool = True,
    counts: WarcCounts | None = None,
) -> Iterator[tuple[str, Article | ReaderError]]:
    """Read the article of every HTML response of a WARC or ARC file, in file order.

    Each page is read by :func:`~vn_newsdoc.html.read_html` with the record's target URI as
    ``url=`` and its ``WARC-Date`` as ``reference=``. A page that cannot be read is yielded
    with its error instead of an article, and the file goes on.

    The bytes go to the reader as they are, so the page's own byte-order mark or
    ``<meta charset>`` decides (both checked against the bytes); the server's charset from
    the HTTP header is used only for a page that declares nothing and is not UTF-8, where
    the reader would otherwise fall back to windows-1252.

    Args:
        source: The file, by name or as a binary file object (see :func:`warc_pages`).
        strict: Passed to :func:`~vn_newsdoc.html.read_html`.
        site_profiles: Passed to :func:`~vn_newsdoc.html.read_html`.
        counts: Updated with the pages read and the records skipped, by reason.

    Yields:
        ``(uri, article)`` or ``(uri, error)``: the record's target URI (what a reader of
        the output recognises; :func:`warc_pages` also gives the record ID) and the
        :class:`~vn_newsdoc.model.Article` or the :class:`~vn_newsdoc.errors.ReaderError`.

    Raises:
        MissingExtraError: warcio is not installed (``pip install "vn_newsdoc[warc]"``).
        MalformedInputError: The file is not a WARC or ARC file, or is cut short or damaged
            (after the articles before the damage).
        OSError: The file cannot be opened.
    """
    for page in warc_pages(source, counts=counts):
        try:
            article = read_page(page, strict=strict, site_profiles=site_profiles)
        except ReaderError as exc:
            yield page.uri, exc
        else:
            yield page.uri, article


def read_page(page: WarcPage, *, strict: bool = False, site_profiles: bool = True) -> Article:
    """Read the article of one page of an archive, as :func:`read_warc` reads each.

    With :func:`warc_pages`, this spreads an archive's pages over worker processes (a
    :class:`WarcPage` pickles): the pages come from the file in one process, the reading
    happens in many.

    Args:
        page: The page, from :func:`warc_pages`.
        strict: Passed to :func:`~vn_newsdoc.html.read_html`.
        site_profiles: Passed to :func:`~vn_newsdoc.html.read_html`.

    Raises:
        ReaderError: The page holds no article (see :func:`~vn_newsdoc.html.read_html`).

    >>> import datetime as dt
    >>> page = WarcPage("https://baomau.vn/a.html", "<h1>Mưa lớn ở Quảng Tín</h1>".encode(),
    ...                 dt.datetime(2019, 8, 7, 10, tzinfo=dt.timezone.utc), None, None)
    >>> read_page(page).url
    'https://baomau.vn/a.html'
    """
    return read_html(
        _decoded(page),
        url=page.uri or None,
        strict=strict,
        site_profiles=site_profiles,
        reference=page.date,
    )
