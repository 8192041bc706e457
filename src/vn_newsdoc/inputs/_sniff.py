"""Which reader an input needs, decided by its bytes (the name only where they are silent)."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Final

from vn_newsdoc.errors import UnsupportedInputError
from vn_newsdoc.html._parse import _MAGIC as _HTML_REFUSES

__all__ = ["SNIFF_BYTES", "guess_format"]

SNIFF_BYTES: Final = 8192
"""How many first bytes :func:`guess_format` looks at."""

_BY_EXTENSION: Final = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".xml": "xml",
}

# Formats that are none of ours, by their first bytes, and what to call them: those the HTML
# reader refuses, and two more that the other readers would take for text.
_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    *_HTML_REFUSES,
    (b"WARC/", "a WARC archive"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS: Final = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_LEADING_NOISE: Final = re.compile(rb"(?:\s+|<!--.*?-->)*", re.DOTALL)
_XML_DECLARATION: Final = re.compile(rb"<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_START: Final = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
# A page saved with something before its markup (HTTP headers, a note): the document's own
# start tag anywhere in the first bytes still makes it HTML.
_HTML_ANYWHERE_START: Final = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_HTML_TAG: Final = re.compile(rb"<(?:html|body|p|div|meta)[\s>/]", re.IGNORECASE)
_JSON_OBJECT: Final = re.compile(rb'\{\s*(?:"|\})')
# Control characters that never appear in text: C0 but tab, LF, FF, CR; and DEL.
_CONTROL: Final = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UTF16: Final = re.compile(rb"\A(?:(?:[\t\n\r\x20-\x7e]\x00){4}|(?:\x00[\t\n\r\x20-\x7e]){4})")
_TSV_LINES: Final = 3


def _skip_noise(data: bytes) -> bytes:
    match = _LEADING_NOISE.match(data)
    return data[match.end() :] if match else data


def _foreign(head: bytes) -> str | None:
    """What the input is when it is none of our formats, else ``None``."""
    start = head[:16].lstrip(b" \t\r\n")
    for magic, kind in _MAGIC:
        if start.startswith(magic):
            return kind
    if not head.startswith(_BOMS[1:]) and _UTF16.match(head) is None:
        controls = len(_CONTROL.findall(head))
        if controls > max(2, len(head) // 100):
            return "binary data"
    lines = [line for line in head.split(b"\n")[:-1] if line.strip()][:20]
    tabs = {line.count(b"\t") for line in lines}
    if len(lines) >= _TSV_LINES and len(tabs) == 1 and min(tabs) >= 1:
        return "a table of tab-separated values (TSV)"
    return None


def guess_format(name: str, head: bytes) -> str:
    """Name the reader for an input from its first bytes, or from its name where they are silent.

    The bytes decide: after a byte-order mark, white space and comments, ``{"`` starts
    JSON; ``<!DOCTYPE html>``, ``<html>``, ``<head>`` or ``<body>`` (also after an XML
    declaration, or anywhere in the first bytes for the first two) starts HTML; another tag
    starts XML unless HTML tags show up near it; anything else is a plain-text dump. So a
    page saved as ``.txt``, ``.json`` or ``.xml`` is read as the HTML it is. Only an input
    whose first bytes are white space or nothing goes by its extension (``.html``,
    ``.htm``, ``.xhtml``, ``.txt``, ``.json``, ``.xml``; anything else is text), so that
    the reader it names reports it as empty.

    Args:
        name: The input's name (a file name, a URL or ``""``); only its extension is read.
        head: The input's first bytes (8 KiB are enough: ``SNIFF_BYTES``).

    Returns:
        A key of :data:`~vn_newsdoc.READERS`: ``"html"``, ``"text"``, ``"json"`` or ``"xml"``.

    Raises:
        UnsupportedInputError: The bytes are none of these formats: a PDF, an image, a
            compressed file or archive, binary data, a WARC archive or a TSV table.

    >>> guess_format("bai-viet.txt", b"<!DOCTYPE html><html lang='vi'>")
    'html'
    >>> guess_format("bai-viet", b"<?xml version='1.0'?><article xmlns='urn:x'/>")
    'xml'
    >>> guess_format("bai-viet.json", "Tin nóng\\n\\n01/07/2022 18:45".encode())
    'text'
    >>> guess_format("rong.json", b"  ")
    'json'
    >>> guess_format("bao-cao.html", b"%PDF-1.7")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.UnsupportedInputError: ... it is a PDF document (bao-cao.html)
    """
    head = head[:SNIFF_BYTES]
    kind = _foreign(head)
    if kind is not None:
        raise UnsupportedInputError(kind, source=name or None)
    if head.startswith(_BOMS[1:]):  # UTF-16: look at the characters, not the bytes
        head = head.decode("utf-16", "ignore").encode("utf-8")
    head = head.removeprefix(_BOMS[0])
    start = _skip_noise(head)
    if not start:
        return _BY_EXTENSION.get(PurePath(name.split("?", maxsplit=1)[0]).suffix.lower(), "text")
    if _JSON_OBJECT.match(start):
        return "json"
    if _HTML_START.match(start):
        return "html"
    declaration = _XML_DECLARATION.match(start)
    if declaration is not None:
        start = _skip_noise(start[declaration.end() :])
        if _HTML_START.match(start):
            return "html"
    if start.startswith(b"<"):
        return "html" if _HTML_TAG.search(start) else "xml"
    if _HTML_ANYWHERE_START.search(start):
        return "html"
    return "text"
