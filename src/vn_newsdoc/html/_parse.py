"""Turn a page (bytes or text) into an lxml tree, within limits that keep reading bounded.

This is one :mod:`lxml.html` parse and a few cheap checks around it, nothing more:

* **Decoding.** Bytes are decoded to text by :func:`vn_newsdoc.html.decode.decode_html`
  (BOM, declared charset, detection, legacy Vietnamese encodings); text is taken as it is.
  The text is then handed to libxml2 as UTF-8 with the encoding fixed, so a
  ``<meta charset>`` or an XML declaration inside the page cannot make libxml2 decode it a
  second time. In the compiled build, one C pass over the bytes first tells whether
  decoding would give them back as they are (well-formed UTF-8 declared so or not at all,
  no byte-order mark, no mojibake to repair); such a page is parsed as it stands, with the
  same checks, and nothing read, raised or logged changes.
* **Limits** (:class:`~vn_newsdoc.Limits`). Input longer than ``max_bytes`` (bytes, or
  characters for text) is refused before parsing; a tree of more than ``max_elements``
  elements, or holding a text node (outside scripts and style sheets) or an attribute value
  (``data:`` addresses aside) longer than ``max_text`` characters, right after it (JSON-LD
  scripts count as text: their strings are read).
  libxml2's HTML parser, run without ``huge_tree``, stops at 256 levels of nesting, and
  also when about 10 MB of text has piled up between tags (its input buffer limit); either
  way it keeps what it had parsed so far, silently. We read its error log: too deep raises
  :class:`~vn_newsdoc.errors.InputLimitError` at once (real pages nest fewer than 40
  levels, and the body reader walks the tree recursively); a full buffer means a large but
  possibly fine page, so it is parsed again with ``huge_tree`` (whose own depth limit is
  2048) and its depth checked by one compiled XPath. A ``max_depth`` above 255 parses with
  ``huge_tree`` from the start.
* **Time.** Past these checks every text the reader looks at is at most ``max_text``
  characters, and the reader's work is linear in the page: a page of 20 MB of paragraphs
  reads in about two seconds (20 MB of 1 MB table cells in about five), and one whose
  single text or attribute is too long is refused in well under a second.
* **Not HTML.** Empty or white-space-only input, known binary formats (PDF, ZIP, images,
  gzip), binary junk (control characters), JSON, and text without a single tag raise
  :class:`~vn_newsdoc.errors.MalformedInputError` naming the problem.
* **Safety.** No network, no DTD, no external entity: libxml2's HTML parser loads none of
  them, and the parser is built with ``no_network=True``.

What the tree holds, agreed with the body and metadata readers: comments and processing
instructions are dropped at parse time (cheaply, by the parser). ``<script>``, ``<style>``,
``<noscript>`` and ``<template>`` elements are **kept**, because JSON-LD metadata lives in
``<script type="application/ld+json">``; the body reader skips them as it walks. Element
ids are not indexed (``collect_ids=False``), which makes the parse faster; use XPath, not
``get_element_by_id``.

>>> root = parse_html("<html><head><title>Tin</title></head><body><p>Xin chào</p></body></html>")
>>> root.tag, root.findtext("body/p")
('html', 'Xin chào')
"""

from __future__ import annotations

import codecs
import re

import lxml.etree
import lxml.html

from vn_newsdoc._ceilings import check_attributes, check_tree
from vn_newsdoc.errors import InputLimitError, MalformedInputError, shown
from vn_newsdoc.html._native import Scan, byte_scan
from vn_newsdoc.html.decode import _decode, _read_as_it_stands
from vn_newsdoc.limits import Limits

# The compiled build's pass over a page's bytes (None: decoded and counted). Not Final: the
# tests read pages both ways.
_scan = byte_scan()

__all__ = ["MAX_DEPTH", "MAX_ELEMENTS", "MAX_INPUT_BYTES", "parse_html"]

MAX_INPUT_BYTES = Limits().max_bytes
"""The largest input read by default: 32 MiB (bytes, or characters for text input). A
20 MB page reads in seconds, linearly; larger input is refused with
``InputLimitError("bytes", …)``. ``limits=Limits(max_bytes=…)`` changes it."""

MAX_DEPTH = Limits().max_depth
"""The deepest element nesting read by default. This is libxml2's own limit without
``huge_tree`` (it stops at depth 256); a deeper page raises ``InputLimitError("depth", …)``
at once."""

MAX_ELEMENTS = Limits().max_elements
"""The most elements a page may hold by default (the corpus' largest page has under 2,000;
long live blogs reach tens of thousands). Everything after the parse walks the tree or its
text, so a larger page, such as 20 MB of paragraphs, raises
``InputLimitError("elements", …)`` right after the parse instead of keeping the reader busy
for minutes."""

# Every element a plain lxml.etree._Element, made in C alone (vn_newsdoc._tree says why).
_LOOKUP = lxml.etree.ElementDefaultClassLookup()

# Known binary formats, by their first bytes, and what to call them in a message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
    (b"\xd0\xcf\x11\xe0", "an OLE file (an old Word or Excel document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
)
_SNIFF = 8192
# Control characters that never appear in text: C0 but tab, LF, FF, CR; and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_TAG = re.compile(r"<[A-Za-z!/?]")
# A character that ``text.strip("\ufeff\x00 \t\r\n\x0c")`` keeps: found where it is (most
# pages start with one), where the strip copies the whole text.
_NOT_BLANK = re.compile("[^\ufeff\x00 \t\r\n\x0c]")
_JSON_START = re.compile(r"\A[\s\ufeff]*[\[{]")
_JSON_END = re.compile(r"[\]}][\s]*\Z")


def parse_html(
    source: str | bytes, *, source_name: str | None = None, limits: Limits | None = None
) -> lxml.etree._Element:
    """Parse a page into an lxml tree, refusing input that is not HTML or is too large.

    Args:
        source: The page: bytes as fetched (decoded by
            :func:`~vn_newsdoc.html.decode.decode_html`) or text already decoded.
        source_name: Where the page came from (URL or file name), for error messages.
        limits: The ceilings to keep (the defaults of :class:`~vn_newsdoc.Limits` if
            ``None``).

    Returns:
        The document's root element (``<html>``), with comments and processing
        instructions removed and scripts kept.

    Raises:
        InputLimitError: The input is longer than ``max_bytes``, nests deeper than
            ``max_depth``, holds more than ``max_elements`` elements or a text or attribute
            value longer than ``max_text`` characters.
        MalformedInputError: The input is empty, binary, JSON, or holds no HTML markup.

    >>> parse_html(b"%PDF-1.7 ...")
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.MalformedInputError: input is not HTML: it is a PDF document
    >>> parse_html("  \\n ")
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.MalformedInputError: input is empty
    """
    limits = limits or Limits()
    max_bytes = limits.max_bytes
    if isinstance(source, str | bytes) and len(source) > max_bytes:
        raise InputLimitError("bytes", len(source), max_bytes, source=source_name)
    counts = None
    if isinstance(source, bytes):
        _sniff_bytes(source, source_name)
        counts = _scanned(source, _scan)
    if isinstance(source, bytes) and counts is not None:
        data = source  # the text's own UTF-8, which decoding would give back
    else:
        data = _decoded(source, source_name)
        if len(data) > max_bytes:
            raise InputLimitError("bytes", len(data), max_bytes, source=source_name)
    tags, equals = counts if counts is not None else (None, None)

    check_attributes(data, limits, source_name, equals=equals)
    depth = limits.max_depth
    huge = depth > MAX_DEPTH
    root, parser = _parse(data, huge=huge, source_name=source_name)
    if not huge and _hit_limit(parser, "") and not _hit_limit(parser, "depth"):
        root, parser = _parse(data, huge=True, source_name=source_name)
        huge = True
    if _hit_limit(parser, "depth"):
        raise InputLimitError("depth", depth + 1, depth, source=source_name)
    # Without huge_tree, libxml2 has stopped at MAX_DEPTH already.
    checks_depth = huge or depth < MAX_DEPTH
    check_tree(root, limits, source_name, html=True, depth=checks_depth, data=data, tags=tags)
    return root


def _decoded(source: object, source_name: str | None) -> bytes:
    """The UTF-8 to parse: bytes decoded (:func:`~vn_newsdoc.html.decode.decode_html`) or
    text taken as it is, once checked to read as HTML (:func:`_sniff_text`)."""
    if isinstance(source, bytes):
        decoded, exact = _decode(source, source_name or "page")
        text = decoded.text
        # UTF-8 read as it stands (no byte-order mark, nothing replaced or repaired) and
        # without U+FFFD: the bytes are already the text's UTF-8, and need no encoding
        # again. Read as it stands, the text holds U+FFFD only where the bytes spell it, so
        # bytes without an EF (one memchr) need no scan of the text.
        same = exact and (b"\xef" not in source or "\ufffd" not in text)
    elif isinstance(source, str):
        text = source
        same = False
    else:
        raise MalformedInputError(
            f"input must be str or bytes, not {type(source).__name__}", source=source_name
        )
    _sniff_text(text, source_name, source if same and isinstance(source, bytes) else None)
    if same and isinstance(source, bytes):
        return source
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: libxml2 would stop at the first one
        return text.encode("utf-8", "replace")


def _scanned(data: bytes, scan: Scan | None) -> tuple[int, int] | None:
    """The counts of ``<`` and ``=`` in a page's bytes where one pass over them (``scan``,
    the compiled build's) shows that decoding and checking them as text would hand the
    parse the bytes as they are and raise nothing: well-formed UTF-8 without a byte-order
    mark, declaring UTF-8 or no charset, whose text holds no mojibake to repair
    (:func:`~vn_newsdoc.html.decode._read_as_it_stands`) and whose first characters pass
    every check of :func:`_sniff_text`. Else ``None``: the page is decoded and checked as
    text, which raises what there is to raise."""
    if scan is None:
        return None
    valid, repair, tags, equals = scan(data)
    if not _read_as_it_stands(data, valid, repair):
        return None
    # The text's first _SNIFF characters lie in its first 4 * _SNIFF bytes (a character
    # takes at most four); a character cut at that end is left undecoded.
    head = codecs.utf_8_decode(data[: 4 * _SNIFF], "strict", False)[0][:_SNIFF]
    # A tag in the head: the text is not empty, white space or blank, and holds a tag.
    if _TAG.search(head) is None or _JSON_START.match(head) or _head_refusal(head, data):
        return None
    return tags, equals


def _sniff_bytes(data: bytes, source_name: str | None) -> None:
    head = data[:16].lstrip(b" \t\r\n")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise MalformedInputError(f"input is not HTML: it is {what}", source=source_name)


def _sniff_text(text: str, source_name: str | None, utf8: bytes | None = None) -> None:
    """Refuse text that is empty, binary, JSON or holds no tag; ``utf8`` is the text's own
    UTF-8 where the caller has it (its control characters are counted there, faster)."""
    if not text or text.isspace() or _NOT_BLANK.search(text) is None:
        raise MalformedInputError("input is empty", source=source_name)
    head = text[:_SNIFF]
    refusal = _head_refusal(head, utf8)
    if refusal is not None:
        raise MalformedInputError(refusal, source=source_name)
    if _JSON_START.match(head) and _JSON_END.search(text[-_SNIFF:]):
        raise MalformedInputError("input is not HTML: it looks like JSON", source=source_name)
    if not _TAG.search(text):
        raise MalformedInputError(
            "input is not HTML: it holds no markup (no tag at all)", source=source_name
        )


def _head_refusal(head: str, utf8: bytes | None) -> str | None:
    """Why the text whose first :data:`_SNIFF` characters are ``head`` is no HTML, as far
    as those tell (a PDF document, or binary data by its control characters); ``utf8`` is
    the text's own UTF-8 where the caller has it (its control characters are counted
    there, faster). ``None`` where they tell nothing against it.

    >>> _head_refusal("%PDF-1.7", None), _head_refusal("<p>Tin</p>", b"<p>Tin</p>")
    ('input is not HTML: it is a PDF document', None)
    """
    if head.lstrip(" \t\r\n\ufeff").startswith("%PDF-"):
        return "input is not HTML: it is a PDF document"
    if utf8 is None:
        controls = len(_CONTROL.findall(head))
    else:  # the same control characters, as bytes, deleted in C
        size = len(head.encode("utf-8"))
        controls = size - len(utf8[:size].translate(None, _CONTROL_BYTES))
    if controls > max(2, len(head) // 100):
        return (
            f"input is not HTML: it looks like binary data ({controls} control characters "
            f"in the first {len(head)})"
        )
    return None


def _parse(
    data: bytes, *, huge: bool, source_name: str | None
) -> tuple[lxml.etree._Element, lxml.html.HTMLParser]:
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
        huge_tree=huge,
    )
    parser.set_element_class_lookup(_LOOKUP)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise MalformedInputError(
            f"input is not readable HTML: {shown(str(exc), 200, quoted=False)}", source=source_name
        ) from exc
    return root, parser


def _hit_limit(parser: lxml.html.HTMLParser, word: str) -> bool:
    """Whether libxml2 stopped at one of its resource limits (whose message has ``word``)."""
    return any(
        entry.type_name == "ERR_RESOURCE_LIMIT" and word in entry.message
        for entry in parser.error_log
    )
