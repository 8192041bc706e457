"""Bytes of a web page to text: the page's own declarations first, then detection.

The chain, most reliable first:

1. a byte-order mark (UTF-8, UTF-16 LE or BE);
2. the charset a ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` declares in the
   first 64 KiB (found with one regular expression over the bytes, without parsing);
3. an ``<?xml ... encoding="..."?>`` declaration;
4. detection: UTF-8 if the bytes are valid UTF-8, else a legacy Vietnamese encoding
   (windows-1258, VNI-Windows, VISCII, TCVN3) if the text reads as Vietnamese in one of
   them, else windows-1252.

Labels are read as browsers read them (the WHATWG Encoding Standard): ``iso-8859-1`` and
``ascii`` mean windows-1252, ``utf8`` means UTF-8, a ``<meta>`` that says UTF-16 means
UTF-8. Declarations lie, so they are checked: a page that declares a single-byte encoding
but is valid UTF-8 with multibyte sequences is read as UTF-8, and a page that declares
UTF-8 but is not valid UTF-8 goes to detection. UTF-8 read as windows-1252 and saved again
(``Viá»‡t Nam``) is repaired. windows-1258 and the legacy encodings come out composed
(NFC); other text is composed later by :func:`vn_newsdoc.text.clean`.

Decoding never raises: the worst case is windows-1252, which gives every byte a
character, and it is logged.

>>> decode_html(b'<meta charset="utf-8"><p>Vi\\xe1\\xbb\\x87t Nam</p>')
'<meta charset="utf-8"><p>Việt Nam</p>'
>>> from vn_newsdoc.vi.encodings import from_unicode
>>> decode_html_detailed(from_unicode("<p>Người Việt ở Hà Nội</p>", "windows-1258")).encoding
'windows-1258'
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Final, NamedTuple

from vn_newsdoc.vi.encodings import detect_legacy, repair_mojibake, to_unicode

__all__ = ["DecodedHTML", "decode_html", "decode_html_detailed"]

_log = logging.getLogger(__name__)

#: How far into the page declarations are looked for (browsers look at 1 KiB; old
#: Vietnamese pages put long scripts and comments before their meta tags).
_HEAD: Final = 1 << 16

# Over the head, in any case: <meta ... charset=X> in both its forms (charset= also sits
# inside http-equiv's content="text/html; charset=X").
_META_CHARSET: Final = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:+-]+)""", re.IGNORECASE
)
_XML_ENCODING: Final = re.compile(
    rb"""\s*<\?xml\s[^>]*?encoding\s*=\s*["']?\s*([a-z0-9_.:+-]+)""", re.IGNORECASE
)
# A UTF-8 page holding mojibake has "Ã" (for à, á, é...), "º" or "»" (for the letters with
# tones: "áº", "á»") or "€" (for curly quotes and dashes: "â€œ") in its text: four fast
# scans for single characters. Only then is the precise test run over the bytes: "á»",
# "áº", "â€" or "Ã", "Â", "Ä", "Å", "Æ" followed by a character whose UTF-8 starts with C2,
# C5, C6, CB or E2 ("Ã©", "Æ°", "Ä‘").
_MOJIBAKE_CHARS: Final = ("\u00c3", "\u00bb", "\u00ba", "\u20ac")
_MOJIBAKE_HINT: Final = re.compile(
    rb"\xc3\xa1\xc2[\xba\xbb]|\xc3\xa2\xe2\x82\xac|\xc3[\x82-\x86][\xc2\xc5\xc6\xcb\xe2]"
)
# The same test read in the text, where the text is the bytes read strictly: the
# expression tries a branch at every "\xc3" of the bytes (every "à", "á", "â", "é"... of a
# Vietnamese page), where the text is searched for the rare characters each branch holds,
# each found at C speed ("»", "º" after "á"; "€" after "â"; "Â", "Ã", "Ä", "Å" or "Æ"
# before a character whose UTF-8 starts with C2, C5, C6, CB or E2).
_HINT_AFTER: Final = (("\u00bb", "\u00e1"), ("\u00ba", "\u00e1"), ("\u20ac", "\u00e2"))
_HINT_BEFORE: Final = "\u00c2\u00c3\u00c4\u00c5\u00c6"
_HINT_NEXT: Final = re.compile("[\u0080-\u00bf\u0140-\u01bf\u02c0-\u02ff\u2000-\u2fff]")
# Past this many of one character the bytes are searched instead: the expression's time
# is linear in the page, the loop's in the characters found.
_HINT_LOOPS: Final = 64
# The byte-order marks _decode reads a page by.
_BOMS: Final = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Markup and scripts, stripped from the bytes before detection reads the words (by
# _strip_markup, which finds what the pattern rb"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>"
# with re.S | re.I would replace, in linear time: that pattern rescans to the end of the
# data from every unclosed "<script", "<!--" or "<").
_OPENER: Final = re.compile(rb"<(script|style)\b")
_CLOSER: Final = {
    b"script": re.compile(rb"</script\s*>"),
    b"style": re.compile(rb"</style\s*>"),
}

# A <meta> cannot truly declare UTF-16 (it could not have been read): browsers use UTF-8.
_UTF8_LABELS: Final = frozenset(
    {
        "utf-8",
        "utf8",
        "unicode-1-1-utf-8",
        "unicode11utf8",
        "unicode20utf8",
        "x-unicode20utf8",
        "utf-16",
        "utf-16le",
        "utf-16be",
        "unicode",
        "unicodefffe",
        "ucs-2",
        "csunicode",
        "iso-10646-ucs-2",
    }
)
_CP1252_LABELS: Final = frozenset(
    {
        "windows-1252",
        "cp1252",
        "x-cp1252",
        "iso-8859-1",
        "iso8859-1",
        "iso88591",
        "iso_8859-1",
        "iso_8859-1:1987",
        "iso-ir-100",
        "latin1",
        "l1",
        "csisolatin1",
        "cp819",
        "ibm819",
        "ascii",
        "us-ascii",
        "ansi_x3.4-1968",
        "iso646-us",
    }
)
_NOT_CHARSETS: Final = frozenset(
    {
        "idna",
        "punycode",
        "unicode-escape",
        "raw-unicode-escape",
        "undefined",
        "utf-7",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-32-le",
        "utf-32-be",
    }
)
# Python's names for the encodings that browsers read differently, or that we name.
_PYTHON_NAMES: Final = {
    "utf-8": "utf-8",
    "ascii": "windows-1252",
    "iso8859-1": "windows-1252",
    "cp1252": "windows-1252",
    "latin-1": "windows-1252",
    "cp1258": "windows-1258",
}
_LEGACY_LABELS: Final = {
    "windows-1258": "windows-1258",
    "cp1258": "windows-1258",
    "x-cp1258": "windows-1258",
    "viscii": "viscii",
    "csviscii": "viscii",
    "x-viet-viscii": "viscii",
    "tcvn": "tcvn3",
    "tcvn3": "tcvn3",
    "tcvn-5712": "tcvn3",
    "tcvn5712-1": "tcvn3",
    "x-viet-tcvn5712": "tcvn3",
    "vni": "vni",
    "vni-windows": "vni",
    "x-viet-vni": "vni",
}


class DecodedHTML(NamedTuple):
    """A decoded page and how it was decoded (for logging and tests)."""

    text: str
    """The page as text."""
    encoding: str
    """The encoding read: ``"utf-8"``, ``"utf-16-le"``, ``"utf-16-be"``,
    ``"windows-1252"``, ``"windows-1258"``, ``"vni"``, ``"viscii"``, ``"tcvn3"``, or the
    name of another Python codec a page declared (``"shift_jis"``)."""
    method: str
    """How it was chosen: ``"bom"``, ``"declared"``, ``"detected"`` or ``"fallback"``."""
    repaired: bool = False
    """Whether UTF-8-read-as-windows-1252 mojibake was found and repaired."""


def _label(data: bytes) -> str | None:
    """The charset declared in the first :data:`_HEAD` bytes, in lower case."""
    # Searched in place, case-insensitively: lower-casing a copy of the head costs more.
    match = _META_CHARSET.search(data, 0, _HEAD)
    if match is None:
        match = _XML_ENCODING.match(data, 0, _HEAD)
    if match is None:
        return None
    return match.group(1).lower().decode("ascii")


def _whatwg(label: str) -> str | None:
    """The encoding a label names, as this module calls it; ``None`` if unknown."""
    if label in _UTF8_LABELS:
        return "utf-8"
    if label in _CP1252_LABELS:
        return "windows-1252"
    if label in _LEGACY_LABELS:
        return _LEGACY_LABELS[label]
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Only real character encodings: never a codec such as "rot13", "zlib" or "idna"
    # that a page might name.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return _PYTHON_NAMES.get(info.name, info.name)


def _from_utf8(
    text: str, data: bytes, method: str, where: str, *, strict: bool = False
) -> DecodedHTML:
    """``text``, read as UTF-8 from ``data``, with its mojibake repaired; ``strict`` when
    ``text`` is ``data`` read strictly (a byte-order mark aside): then the hint is looked
    for in the text."""
    if any(char in text for char in _MOJIBAKE_CHARS) and _has_hint(text if strict else None, data):
        repaired = repair_mojibake(text)
        if repaired != text:
            _log.info("%s: repaired UTF-8 read as windows-1252 (mojibake)", where)
            return DecodedHTML(repaired, "utf-8", method, repaired=True)
    return DecodedHTML(text, "utf-8", method)


def _has_hint(text: str | None, data: bytes) -> bool:
    """Whether :data:`_MOJIBAKE_HINT` matches in ``data``; ``text`` is ``data`` read
    strictly as UTF-8 (a byte-order mark aside), or ``None``."""
    found = None if text is None else _hint_in_text(text)
    return _MOJIBAKE_HINT.search(data) is not None if found is None else found


def _hint_in_text(text: str) -> bool | None:
    """Whether :data:`_MOJIBAKE_HINT` matches in the UTF-8 of ``text``; ``None`` where a
    character it looks for is found more than :data:`_HINT_LOOPS` times.

    Each branch of the hint is the UTF-8 of two characters (a UTF-8 sequence starts with a
    lead byte, which no sequence holds inside it, so the bytes match where the
    characters are): "áº", "á»", "â€", or one of "Â" to "Æ" before a character of
    U+0080 to U+00BF, U+0140 to U+01BF, U+02C0 to U+02FF or U+2000 to U+2FFF.

    >>> _hint_in_text("Viá»‡t"), _hint_in_text("Việt » Tin"), _hint_in_text("Æ°")
    (True, False, True)
    """
    for char, before in _HINT_AFTER:
        found = text.find(char, 1)
        for _ in range(_HINT_LOOPS):
            if found < 0:
                break
            if text[found - 1] == before:
                return True
            found = text.find(char, found + 1)
        else:
            return None
    for char in _HINT_BEFORE:
        found = text.find(char)
        for _ in range(_HINT_LOOPS):
            if found < 0:
                break
            if _HINT_NEXT.match(text, found + 1) is not None:
                return True
            found = text.find(char, found + 1)
        else:
            return None
    return False


def _strip_markup(data: bytes) -> bytes:
    """``data`` with each script, style sheet, comment and tag replaced by one space.

    Each search that finds no end (no closing tag, no ``-->``, no ``>``) is not repeated
    from a later ``<``: there is none further on either, so the work stays linear.
    """
    lower = data.lower()
    unclosed: set[bytes] = set()  # "script", "style", "-->", ">": not found to the end
    out: list[bytes] = []
    kept = 0
    start = data.find(b"<")
    while start >= 0:
        end = -1
        opener = _OPENER.match(lower, start)
        if opener is not None and opener[1] not in unclosed:
            closer = _CLOSER[opener[1]].search(lower, opener.end())
            if closer is None:
                unclosed.add(opener[1])
            else:
                end = closer.end()
        for token, mark, skip in ((b"<!--", b"-->", 4), (b"", b">", 1)):
            if end < 0 and mark not in unclosed and data.startswith(token, start):
                found = data.find(mark, start + skip)
                if found < 0:
                    unclosed.add(mark)
                else:
                    end = found + len(mark)
        if end < 0:
            start = data.find(b"<", start + 1)
            continue
        out += (data[kept:start], b" ")
        kept = end
        start = data.find(b"<", end)
    out.append(data[kept:])
    return b"".join(out)


def _detect_legacy(data: bytes) -> str | None:
    """The legacy encoding :func:`detect_legacy` reads in the text of the page's head.

    Stripping markup keeps bytes or puts spaces: an ASCII head stays ASCII, which
    :func:`detect_legacy` reads as no legacy encoding, so it is not stripped first.
    """
    head = data[: _HEAD * 4]
    return None if head.isascii() else detect_legacy(_strip_markup(head))


def _declared(data: bytes, encoding: str, where: str) -> DecodedHTML | None:
    """Decode by a declared encoding other than UTF-8; ``None`` if its codec fails."""
    if encoding in ("windows-1252", "windows-1258"):
        # The usual lies of old Vietnamese pages: VNI, TCVN3 or VISCII text shown with a
        # font of that encoding, under a windows-1252 (or windows-1258) declaration.
        legacy = _detect_legacy(data)
        if legacy is not None and legacy != encoding:
            _log.info("%s: declared %s but reads as %s", where, encoding, legacy)
            return DecodedHTML(to_unicode(data, legacy), legacy, "detected")
        if encoding == "windows-1252":
            return DecodedHTML(_cp1252(data), encoding, "declared")
    if encoding in ("windows-1258", "vni", "viscii", "tcvn3"):
        return DecodedHTML(to_unicode(data, encoding), encoding, "declared")
    try:
        text = data.decode(encoding, "replace")
    except (UnicodeError, ValueError):  # a codec that ignores "replace"
        _log.info("%s: the declared %s cannot decode the page; detecting", where, encoding)
        return None
    if "\ufffd" in text:
        _log.warning("%s: bytes not valid in the declared %s were replaced", where, encoding)
    return DecodedHTML(text, encoding, "declared")


def _cp1252(data: bytes) -> str:
    # The five bytes windows-1252 leaves undefined become U+FFFD; nothing else can fail.
    return data.decode("cp1252", "replace")


def decode_html_detailed(data: bytes, *, source_name: str | None = None) -> DecodedHTML:
    """Decode a page's bytes and say which encoding was read and why.

    Args:
        data: The page as fetched.
        source_name: Where the page came from (URL or file name), for log messages.

    Returns:
        The text with the encoding and the method that chose it.

    >>> d = decode_html_detailed(b'<meta charset="iso-8859-1"><p>Vi\\xe1\\xbb\\x87t</p>')
    >>> d.text[-11:], d.encoding, d.method
    ('<p>Việt</p>', 'utf-8', 'detected')
    """
    return _decode(data, source_name or "page")[0]


def _decode(data: bytes, where: str) -> tuple[DecodedHTML, bool]:
    """:func:`decode_html_detailed`, and whether the text is ``data.decode("utf-8")`` as it
    stands: valid UTF-8 without a byte-order mark, nothing replaced or repaired (then the
    bytes are already the text's UTF-8, and a U+FFFD in the text is one the bytes spell).
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _from_utf8(data[3:].decode("utf-8"), data, "bom", where, strict=True), False
        except UnicodeDecodeError:
            _log.warning("%s: UTF-8 byte-order mark but invalid UTF-8; replaced", where)
            return DecodedHTML(data[3:].decode("utf-8", "replace"), "utf-8", "bom"), False
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return DecodedHTML(data[2:].decode(encoding, "replace"), encoding, "bom"), False

    label = _label(data)
    declared = _whatwg(label) if label is not None else None
    if label is not None and declared is None:
        _log.info("%s: unknown charset %r declared; detecting", where, label)
    if declared is not None and declared != "utf-8":
        # Declarations lie: UTF-8 with multibyte sequences is UTF-8 whatever they say.
        utf8 = None if data.isascii() else _utf8_or_none(data, where)
        if utf8 is not None:
            _log.info("%s: declared %s but is UTF-8", where, label)
            read = _from_utf8(utf8[0], data, "detected", where, strict=utf8[1])
            return _exactly(read, utf8[1])
        decoded = _declared(data, declared, where)
        if decoded is not None:
            return decoded, False
    else:
        utf8 = _utf8_or_none(data, where)
        if utf8 is not None:
            method = "declared" if declared else "detected"
            return _exactly(_from_utf8(utf8[0], data, method, where, strict=utf8[1]), utf8[1])
        if declared:
            _log.info("%s: declared UTF-8 but is not UTF-8; detecting", where)

    legacy = _detect_legacy(data)
    if legacy is not None:
        return DecodedHTML(to_unicode(data, legacy), legacy, "detected"), False
    _log.warning("%s: encoding not declared and not recognised; read as windows-1252", where)
    return DecodedHTML(_cp1252(data), "windows-1252", "fallback"), False


def _read_as_it_stands(data: bytes, valid: bool, repair: bool) -> bool:
    """Whether :func:`_decode` reads ``data`` as ``data.decode("utf-8")``, exactly, and logs
    nothing, told without decoding it: given whether the bytes are well-formed UTF-8
    (``valid``) and whether their text holds one of :data:`_MOJIBAKE_CHARS` while the bytes
    hold :data:`_MOJIBAKE_HINT` (``repair``, the condition :func:`_from_utf8` repairs on),
    it does where they start with no byte-order mark and declare UTF-8 or no charset.

    >>> _read_as_it_stands(b'<meta charset="utf-8"><p>Vi\\xe1\\xbb\\x87t</p>', True, False)
    True
    >>> _read_as_it_stands(b'<meta charset="windows-1258"><p>Vi\\xe1\\xbb\\x87t</p>', True, False)
    False
    """
    if not valid or repair or data.startswith(_BOMS):
        return False
    label = _label(data)
    return label is None or _whatwg(label) == "utf-8"


def _exactly(decoded: DecodedHTML, strict: bool) -> tuple[DecodedHTML, bool]:
    """A UTF-8 reading, and whether it is the bytes as they stand (strictly valid, not
    repaired)."""
    return decoded, strict and not decoded.repaired


def _utf8_or_none(data: bytes, where: str) -> tuple[str, bool] | None:
    """The bytes as UTF-8 if they are UTF-8, even with a few damaged sequences; and
    whether they were valid throughout (nothing replaced)."""
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    damaged = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - damaged
    # Legacy 8-bit text almost never forms valid multibyte sequences by chance; a UTF-8
    # page with a truncated character or a stray byte has far more good ones than bad.
    if multibyte >= 8 * damaged:
        _log.warning("%s: %d invalid UTF-8 sequences replaced", where, damaged)
        return text, False
    return None


def decode_html(data: bytes, *, source_name: str | None = None) -> str:
    """Decode a page's bytes by its byte-order mark, its declared charset, or detection.

    Never raises: undecodable bytes end up as windows-1252 characters (logged).

    Args:
        data: The page as fetched.
        source_name: Where the page came from (URL or file name), for log messages.

    Returns:
        The page as text; windows-1258 and legacy Vietnamese encodings come out in NFC.

    >>> decode_html(b"<title>Ng\\xf6\\xf4\\xf8i Vie\\xe4t</title>")  # VNI-Windows
    '<title>Người Việt</title>'
    """
    return decode_html_detailed(data, source_name=source_name).text
