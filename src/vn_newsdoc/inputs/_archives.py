"""Web archives (WARC, ARC) among the inputs: each HTML response becomes one page to read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final

from vn_newsdoc.errors import NewsdocError, ReaderError, SourceError
from vn_newsdoc.inputs._read import read_path
from vn_newsdoc.model import Article

if TYPE_CHECKING:
    from vn_newsdoc.warc import WarcCounts, WarcPage

__all__ = ["ARCHIVE_SUFFIXES", "archive_pages", "is_archive", "read_archived"]

ARCHIVE_SUFFIXES: Final = (".warc", ".warc.gz", ".arc", ".arc.gz")
"""The names of web archives."""

# Names that say "a page": such a file is never opened to look for an archive.
_PAGE_SUFFIXES: Final = frozenset({".html", ".htm", ".xhtml", ".txt", ".text", ".json", ".xml"})
_HEAD: Final = 512


def is_archive(path: str) -> bool:
    """Whether ``path`` is a WARC or ARC file: by its name, or, when its name does not say it
    is a page, by its first bytes (gzipped or not)."""
    lowered = path.lower()
    if lowered.endswith(ARCHIVE_SUFFIXES):
        return True
    if Path(lowered).suffix in _PAGE_SUFFIXES:
        return False
    from vn_newsdoc.warc import looks_like_warc  # noqa: PLC0415  (only for such files)

    try:
        with Path(path).open("rb") as file:
            return looks_like_warc(file.read(_HEAD))
    except OSError:  # reported when the file is read as a page
        return False


def archive_pages(path: str, counts: WarcCounts | None) -> Iterator[WarcPage | NewsdocError]:
    """The HTML responses of an archive, in file order; an error ends them (a missing extra,
    a file that cannot be opened, a cut or damaged archive after the pages before it)."""
    from vn_newsdoc.warc import warc_pages  # noqa: PLC0415  (the [warc] extra)

    try:
        yield from warc_pages(path, counts=counts)
    except NewsdocError as exc:
        yield exc
    except OSError:
        try:
            read_path(path)
        except SourceError as exc:
            yield exc
        else:
            raise


def read_archived(page: WarcPage, strict: bool) -> Article:
    """Read one page of an archive as :func:`vn_newsdoc.warc.read_warc` reads it."""
    from vn_newsdoc.warc import read_page  # noqa: PLC0415

    try:
        return read_page(page, strict=strict)
    except ReaderError as exc:
        if exc.format is None:
            exc.format = "html"
        raise
