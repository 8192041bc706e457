"""Inputs to articles: files, URLs and standard input, one at a time or many in parallel.

:func:`read_file` reads one file with the reader its bytes call for; :func:`read_many` reads
any number of files and URLs in worker processes and yields each with its article or its
error, in input order. The command line (:doc:`/cli`) is built on them.

The reader is chosen by :func:`guess_format` from the input's first bytes, so a page saved
as ``.txt`` is read as HTML; an input that is none of the formats the library reads (a PDF,
an image, an archive, a TSV table) is refused with
:class:`~vn_newsdoc.errors.UnsupportedInputError`. The readers do not share their options
(the HTML reader names its input by ``url``, the others by ``source_name``; only the HTML and
text readers take ``strict``): the table ``READER_OPTIONS`` says which takes what, and
``options_for`` builds a reader's arguments from the options they share.

>>> import pathlib, tempfile
>>> saved = pathlib.Path(tempfile.mkdtemp()) / "trang.txt"
>>> _ = saved.write_text('''<html><body><h1>Mưa lớn ở Quảng Tín</h1>
... <div><p>Nước dâng nhanh ở các thôn ven suối, người dân kê đồ đạc lên cao.</p></div>
... </body></html>''', encoding="utf-8")
>>> read_file(saved).headline
'Mưa lớn ở Quảng Tín'
"""

from __future__ import annotations

import datetime as dt
import os

from vn_newsdoc.inputs._fetch import DEFAULT_TIMEOUT, user_agent
from vn_newsdoc.inputs._many import LOG_SOURCE, read_many
from vn_newsdoc.inputs._options import READER_OPTIONS, ReaderOptions, options_for
from vn_newsdoc.inputs._read import read_data, read_path, show_name
from vn_newsdoc.inputs._sniff import SNIFF_BYTES, guess_format
from vn_newsdoc.model import Article

__all__ = [
    "DEFAULT_TIMEOUT",
    "LOG_SOURCE",
    "READER_OPTIONS",
    "SNIFF_BYTES",
    "ReaderOptions",
    "guess_format",
    "options_for",
    "read_file",
    "read_many",
    "user_agent",
]


def read_file(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    url: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
) -> Article:
    """Read one article from a file, with the reader its bytes call for.

    Args:
        path: The file.
        format: A reader's name (a key of :data:`~vn_newsdoc.READERS`) to use instead of
            guessing one with :func:`guess_format`.
        url: Where the page came from; only the HTML reader takes it.
        strict: Raise instead of logging what could not be found (the HTML and text
            readers; the JSON and XML readers work nothing around).
        reference: The time relative dates resolve against (the HTML and text readers).

    Returns:
        The article.

    Raises:
        SourceError: The file cannot be read (missing, a directory, permission denied).
            It is an :class:`OSError` with the system's ``errno``.
        UnsupportedInputError: The file is none of the formats the library reads.
        ReaderError: The reader could not make an article of it; its ``format`` names
            the reader.
        UnknownFormatError: ``format`` names no reader.
        TypeError: ``url`` was given for a reader that takes none.

    >>> import pathlib, tempfile
    >>> dump = pathlib.Path(tempfile.mkdtemp()) / "bai-viet"
    >>> _ = dump.write_text("Mưa lớn ở Quảng Tín\\n\\n07/08/2019 15:43\\n\\nNước dâng.\\n")
    >>> article = read_file(dump)
    >>> article.headline, article.published.isoformat()
    ('Mưa lớn ở Quảng Tín', '2019-08-07T15:43:00+07:00')
    """
    data = read_path(path)
    return read_data(
        data,
        show_name(path),
        format=format,
        url=url,
        url_given=True,
        strict=strict,
        reference=reference,
    )
