"""Inputs to articles: files, URLs and standard input, one at a time or many in parallel.

:func:`read_file` reads one file with the reader its bytes call for; :func:`read_many` reads
any number of files and URLs in worker processes and yields each with its article or its
error, in input order. The command line (:doc:`/cli`) is built on them.

The reader is chosen by :func:`guess_format` from the input's first bytes, so a page saved
as ``.txt`` is read as HTML; an input that is none of the formats the library reads (a PDF,
an image, an archive, a TSV table) is refused with
:class:`~vn_newsdoc.errors.UnsupportedInputError`. Every reader takes the same options
(:class:`~vn_newsdoc.readers.ReaderOptions`, re-exported here), and is given the input's
name as ``source_name``, so that its errors and warnings name the file; the table
``READER_OPTIONS`` says which options each reader makes use of, and ``options_for`` builds
a reader's arguments from them.

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
from collections.abc import Sequence

from vn_newsdoc.html.sites import SiteProfile
from vn_newsdoc.inputs._fetch import DEFAULT_TIMEOUT, user_agent
from vn_newsdoc.inputs._many import LOG_SOURCE, read_many
from vn_newsdoc.inputs._options import READER_OPTIONS, options_for
from vn_newsdoc.inputs._read import read_data, read_path, show_name
from vn_newsdoc.inputs._sniff import SNIFF_BYTES, guess_format
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article
from vn_newsdoc.readers import ReaderOptions

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
    limits: Limits | None = None,
    profiles: Sequence[SiteProfile] = (),
) -> Article:
    """Read one article from a file, with the reader its bytes call for.

    Args:
        path: The file.
        format: A reader's name (a key of :data:`~vn_newsdoc.READERS`) to use instead of
            guessing one with :func:`guess_format`.
        url: Where the input came from: the article's ``url`` where the input states
            none; for a page, also what chooses its site profile and resolves its links.
        strict: Raise instead of logging what could not be found (the HTML and text
            readers; the JSON and XML readers work nothing around).
        reference: The time relative dates resolve against (the HTML and text readers).
        limits: The input ceilings (every reader); ``None`` keeps the defaults of
            :class:`~vn_newsdoc.Limits`.
        profiles: Your own site profiles, tried before the built-in ones (the HTML reader;
            see :func:`~vn_newsdoc.html.load_profiles`).

    Returns:
        The article.

    Raises:
        SourceError: The file cannot be read (missing, a directory, permission denied).
            It is an :class:`OSError` with the system's ``errno``.
        UnsupportedInputError: The file is none of the formats the library reads.
        ReaderError: The reader could not make an article of it; its ``format`` names
            the reader.
        UnknownFormatError: ``format`` names no reader.

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
        strict=strict,
        reference=reference,
        limits=limits,
        profiles=profiles,
    )
