"""Readers and writers by name: the tables behind :func:`read` and :func:`write`.

A reader is a function ``(source, **options) -> Article`` that takes every option of
:class:`~vn_newsdoc.readers.ReaderOptions` (the :class:`~vn_newsdoc.readers.Reader`
protocol), and a writer a function ``(article, **options) -> str``; formats come in pairs
named ``read_<name>`` and ``write_<name>``. The tables are read-only.

>>> import vn_newsdoc as nd
>>> sorted(nd.WRITERS)
['html', 'json', 'jsonld', 'markdown', 'ninjs', 'text', 'xml']
>>> nd.read("{}", "docx")
Traceback (most recent call last):
...
vn_newsdoc.errors.UnknownFormatError: unknown format 'docx'; known formats: html, json, text, xml
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from vn_newsdoc.errors import UnknownFormatError
from vn_newsdoc.formats.html import write_html
from vn_newsdoc.formats.json import read_json, write_json
from vn_newsdoc.formats.jsonld import write_jsonld
from vn_newsdoc.formats.markdown import write_markdown
from vn_newsdoc.formats.ninjs import write_ninjs
from vn_newsdoc.formats.text import read_text, write_text
from vn_newsdoc.formats.xml import read_xml, write_xml
from vn_newsdoc.html import read_html
from vn_newsdoc.model import Article
from vn_newsdoc.readers import Reader, ReaderOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["READERS", "WRITERS", "read", "write"]

Writer = Callable[..., str]

READERS: Mapping[str, Reader] = MappingProxyType(
    {"html": read_html, "json": read_json, "text": read_text, "xml": read_xml}
)
"""The readers by format name (read-only)."""

WRITERS: Mapping[str, Writer] = MappingProxyType(
    {
        "html": write_html,
        "json": write_json,
        "jsonld": write_jsonld,
        "markdown": write_markdown,
        "ninjs": write_ninjs,
        "text": write_text,
        "xml": write_xml,
    }
)
"""The writers by format name (read-only). ``html``, ``jsonld``, ``markdown`` and ``ninjs``
are exports: they have no reader of their own (:func:`~vn_newsdoc.html.read_html` reads
back a page :func:`~vn_newsdoc.formats.html.write_html` wrote)."""


def read(source: str | bytes, format: str, **options: Unpack[ReaderOptions]) -> Article:
    """Read an article from ``source`` with the reader named ``format``.

    Args:
        source: The document, as text or bytes.
        format: A key of :data:`READERS` (``"html"``, ``"json"``, ``"text"``, ``"xml"``).
        **options: The options of :class:`~vn_newsdoc.readers.ReaderOptions`, which every
            reader takes, passed on to it.

    Raises:
        UnknownFormatError: ``format`` names no reader.
        ReaderError: The reader could not produce an article.
    """
    try:
        reader = READERS[format]
    except KeyError:
        raise UnknownFormatError(format, tuple(sorted(READERS))) from None
    return reader(source, **options)


def write(article: Article, format: str, **options: Any) -> str:
    """Write ``article`` with the writer named ``format``.

    Args:
        article: The article to write.
        format: A key of :data:`WRITERS` (``"json"``, ``"xml"``, ``"text"``, ``"html"``,
            ``"markdown"``, ``"ninjs"``, ``"jsonld"``).
        **options: Passed to the writer as keyword arguments.

    Raises:
        UnknownFormatError: ``format`` names no writer.
    """
    try:
        writer = WRITERS[format]
    except KeyError:
        raise UnknownFormatError(format, tuple(sorted(WRITERS))) from None
    return writer(article, **options)
