"""One input (a file, a URL or bytes already read) to one article."""

from __future__ import annotations

import codecs
import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from vn_newsdoc.errors import ReaderError, SourceError, UnknownFormatError
from vn_newsdoc.html.sites import SiteProfile
from vn_newsdoc.inputs._fetch import DEFAULT_TIMEOUT, fetch, is_url
from vn_newsdoc.inputs._options import options_for
from vn_newsdoc.inputs._sniff import SNIFF_BYTES, guess_format
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article
from vn_newsdoc.registry import READERS

__all__ = ["STDIN", "read_data", "read_path", "read_source", "show_name"]

STDIN: Final = "-"
"""The source name that stands for standard input."""

_BOMS: Final = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# The labels many servers send by default whatever the page holds: the page's own
# declaration (or detection) is trusted over them, as for a page saved to disk.
_DEFAULT_LABELS: Final = frozenset({"ascii", "latin_1", "iso8859_1", "cp1252"})


def show_name(source: str | os.PathLike[str]) -> str:
    """The name an input goes by in messages and output: its path, its URL or ``<stdin>``."""
    name = os.fspath(source)
    return "<stdin>" if name == STDIN else name


def read_path(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file, with :class:`~vn_newsdoc.errors.SourceError` for what fails."""
    name = os.fspath(path)
    try:
        return Path(name).read_bytes()
    except FileNotFoundError as exc:
        raise SourceError(name, "no such file", errno=exc.errno) from None
    except IsADirectoryError as exc:
        raise SourceError(name, "is a directory, not a file", errno=exc.errno) from None
    except PermissionError as exc:
        raise SourceError(name, "permission denied", errno=exc.errno) from None
    except OSError as exc:
        raise SourceError(name, f"cannot read: {exc.strerror or exc}", errno=exc.errno) from None


def _with_charset(data: bytes, charset: str | None) -> str | bytes:
    """The page decoded by the server's charset where that is to be trusted, else its bytes.

    As in browsers, a byte-order mark outranks the server, and the server outranks the
    page's own ``<meta charset>``; two exceptions keep the reader's own checks: bytes that
    are valid UTF-8 with multibyte characters stay UTF-8 whatever a server says, and a
    server's ISO-8859-1, ASCII or windows-1252 (the defaults many servers send for every
    page) leaves the page to declare or reveal its own encoding.
    """
    if charset is None or data.startswith(_BOMS):
        return data
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        return data
    if codec.name in ("utf-8", *_DEFAULT_LABELS) or not getattr(codec, "_is_text_encoding", True):
        return data
    if not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return data
    try:
        return data.decode(codec.name)
    except (UnicodeDecodeError, ValueError):
        return data


def read_data(
    data: bytes,
    name: str,
    *,
    format: str | None = None,
    url: str | None = None,
    charset: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
    limits: Limits | None = None,
    profiles: Sequence[SiteProfile] = (),
) -> Article:
    """Read an input's bytes with the reader ``format`` (or the one its bytes call for).

    The reader names the input ``name`` in its errors and warnings.
    """
    source = _with_charset(data, charset) if charset is not None else data
    fmt = format
    if fmt is None:
        head = source[:SNIFF_BYTES]
        fmt = guess_format(name, head.encode("utf-8", "replace") if isinstance(head, str) else head)
    elif fmt not in READERS:
        raise UnknownFormatError(fmt, tuple(sorted(READERS)))
    options = options_for(
        fmt,
        name=name,
        url=url,
        strict=strict,
        reference=reference,
        limits=limits,
        profiles=profiles,
    )
    try:
        return READERS[fmt](source, **options)
    except ReaderError as exc:
        if exc.format is None:
            exc.format = fmt
        raise


def read_source(
    source: str | os.PathLike[str],
    *,
    data: bytes | None = None,
    format: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    limits: Limits | None = None,
    profiles: Sequence[SiteProfile] = (),
) -> Article:
    """Read a path or an ``http(s)://`` URL (or, given ``data``, the bytes read from it)."""
    name = show_name(source)
    text = os.fspath(source)
    if data is None and is_url(text):
        page = fetch(text, timeout=timeout, max_bytes=(limits or Limits()).max_bytes)
        return read_data(
            page.data,
            name,
            format=format,
            url=page.url,
            charset=page.charset,
            strict=strict,
            reference=reference,
            limits=limits,
            profiles=profiles,
        )
    if data is None:
        data = read_path(text)
    return read_data(
        data,
        name,
        format=format,
        strict=strict,
        reference=reference,
        limits=limits,
        profiles=profiles,
    )
