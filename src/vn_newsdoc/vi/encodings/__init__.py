"""Legacy Vietnamese byte encodings: decoding, encoding, detection, and mojibake repair.

Before Unicode, Vietnamese text was written in one of several 8-bit encodings, and old
pages and files still are. This module reads and writes four of them with its own tables
(see ``_tables.py`` for where each comes from), always giving NFC text:

==================  ==========================================================
``"vni"``           VNI-Windows: a base letter and a separate mark byte
``"viscii"``        VISCII (RFC 1456): one byte per letter
``"tcvn3"``         TCVN3 / ABC (TCVN 5712:1993): one byte per letter
``"windows-1258"``  Microsoft's code page: some letters plus combining tones
==================  ==========================================================

:func:`detect_legacy` tells which of them a byte text is in; :func:`repair_mojibake`
undoes UTF-8 that was read as windows-1252 or latin-1.

>>> to_unicode(b"Vi\\xeat Nam", "viscii")
'Viêt Nam'
>>> to_unicode(b"Vie\\xe4t Nam", "vni")
'Việt Nam'
>>> from_unicode("Việt Nam", "vni")
b'Vie\\xe4t Nam'
>>> repair_mojibake("Viá»‡t Nam")
'Việt Nam'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Final

from vn_newsdoc.vi.encodings import _mojibake, _score, _tables

__all__ = ["LEGACY_ENCODINGS", "detect_legacy", "from_unicode", "repair_mojibake", "to_unicode"]

#: The encodings :func:`to_unicode` and :func:`from_unicode` know, by their canonical names.
LEGACY_ENCODINGS: Final = ("vni", "viscii", "tcvn3", "windows-1258")

_ALIASES: Final = {
    "vni": "vni",
    "vni-windows": "vni",
    "vni_windows": "vni",
    "x-viet-vni": "vni",
    "viscii": "viscii",
    "csviscii": "viscii",
    "x-viet-viscii": "viscii",
    "tcvn3": "tcvn3",
    "tcvn": "tcvn3",
    "tcvn-5712": "tcvn3",
    "tcvn5712-1": "tcvn3",
    "tcvn5712": "tcvn3",
    "abc": "tcvn3",
    "x-viet-tcvn5712": "tcvn3",
    "windows-1258": "windows-1258",
    "cp1258": "windows-1258",
    "x-cp1258": "windows-1258",
}

_DECODE_TABLES: Final = {
    "viscii": _tables.VISCII,
    "tcvn3": _tables.TCVN3,
    "windows-1258": _tables.CP1258,
}


def _encode_maps() -> dict[str, dict[int, bytes]]:
    maps: dict[str, dict[int, bytes]] = {}
    for name, table in _DECODE_TABLES.items():
        maps[name] = {c: bytes([b]) for c, b in _tables.encoding_map(table).items()}
    # windows-1258 has precomposed codes for only some letters: the rest are written as
    # the letter without its tone followed by the combining tone.
    cp1258 = maps["windows-1258"]
    for letter in _tables.vietnamese_letters():
        if ord(letter) not in cp1258:
            parts = unicodedata.normalize("NFD", letter)
            tone = "".join(c for c in parts if c in _tables.TONE_SET)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tone))
            cp1258[ord(letter)] = cp1258[ord(base)] + cp1258[ord(tone)]
    vni = {c: bytes([b]) for c, b in _tables.encoding_map(_tables.CP1252).items()}
    vni.update({ord(k): v.encode("latin-1") for k, v in _tables.VNI_ENCODE.items()})
    maps["vni"] = vni
    return maps


_ENCODE_MAPS: Final = _encode_maps()
_VNI_SEQUENCE: Final = re.compile(
    "|".join(sorted(map(re.escape, _tables.VNI_DECODE), key=len, reverse=True))
)


def _canonical(encoding: str) -> str:
    name = _ALIASES.get(encoding.strip().lower().replace("_", "-"))
    if name is None:
        name = _ALIASES.get(encoding.strip().lower())
    if name is None:
        raise LookupError(
            f"unknown legacy Vietnamese encoding {encoding!r}; known: {', '.join(LEGACY_ENCODINGS)}"
        )
    return name


def to_unicode(data: bytes, encoding: str) -> str:
    """Decode bytes in a legacy Vietnamese encoding to NFC text.

    Decoding never fails on any bytes: a byte that is not part of a letter is read as
    windows-1252 reads it (VNI) or as the table gives it.

    Args:
        data: The bytes.
        encoding: ``"vni"``, ``"viscii"``, ``"tcvn3"`` or ``"windows-1258"`` (common
            aliases such as ``"VNI-Windows"``, ``"TCVN"``, ``"ABC"``, ``"cp1258"`` too).

    Returns:
        The text, composed to NFC (``ệ`` is one character however the bytes spelled it).

    Raises:
        LookupError: ``encoding`` is not one of these.

    >>> to_unicode(b"Th\\xf1 t\\xad\\xedng", "tcvn3")
    'Thủ tướng'
    >>> to_unicode(b"Vi\\xea\\xf2t", "windows-1258")
    'Việt'
    """
    name = _canonical(encoding)
    if name == "vni":
        text, _ = codecs.charmap_decode(data, "strict", _tables.CP1252)
        text = _VNI_SEQUENCE.sub(lambda m: _tables.VNI_DECODE[m.group()], text)
    else:
        text, _ = codecs.charmap_decode(data, "strict", _DECODE_TABLES[name])
    return unicodedata.normalize("NFC", text)


def from_unicode(text: str, encoding: str, errors: str = "strict") -> bytes:
    """Encode text in a legacy Vietnamese encoding: the inverse of :func:`to_unicode`.

    The text is composed to NFC first, so decomposed input encodes as well.

    Args:
        text: The text.
        encoding: As for :func:`to_unicode`.
        errors: What to do with a character the encoding has no code for: ``"strict"``
            raises :class:`UnicodeEncodeError`; ``"replace"`` writes ``?``; ``"ignore"``
            drops it.

    Returns:
        The bytes.

    Raises:
        LookupError: ``encoding`` is not one of these.
        UnicodeEncodeError: A character has no code and ``errors`` is ``"strict"``.

    >>> from_unicode("Đà Nẵng", "viscii")
    b'\\xd0\\xe0 N\\xc7ng'
    >>> to_unicode(from_unicode("Hoà Bình", "tcvn3"), "tcvn3")
    'Hoà Bình'
    """
    name = _canonical(encoding)
    encoded, _ = codecs.charmap_encode(
        unicodedata.normalize("NFC", text), errors, _ENCODE_MAPS[name]
    )
    return encoded


#: How much of a byte text detection reads.
_SAMPLE: Final = 1 << 16
# Candidates in the order that breaks ties: windows-1252 (the baseline: not Vietnamese,
# or Vietnamese written only with letters windows-1252 has) wins a tie.
_CANDIDATES: Final = ("windows-1252", "windows-1258", "vni", "viscii", "tcvn3")


def _decode_candidate(data: bytes, name: str) -> str:
    if name == "windows-1252":
        return codecs.charmap_decode(data, "strict", _tables.CP1252)[0]
    return to_unicode(data, name)


def detect_legacy(data: bytes) -> str | None:
    """Which legacy Vietnamese encoding a byte text is in, if any.

    Each candidate decoding of the text (of its first 64 KiB) is scored by the share of
    its accented words that have the shape of a Vietnamese syllable; the best one wins if
    it is clearly Vietnamese and clearly better than reading the bytes as windows-1252.

    Args:
        data: The bytes (plain text; strip markup first for the best result).

    Returns:
        ``"vni"``, ``"viscii"``, ``"tcvn3"`` or ``"windows-1258"``; ``None`` for plain
        ASCII, valid UTF-8, and text that is not Vietnamese in one of these encodings
        (English, French in windows-1252).

    >>> detect_legacy(from_unicode("Người dân Hà Nội đón Tết nguyên đán", "vni"))
    'vni'
    >>> detect_legacy("Người dân Hà Nội".encode()) is None
    True
    """
    if data.isascii():
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None
    sample = data[:_SAMPLE]
    margins = {}
    for name in _CANDIDATES:
        good, bad = _score.score(_decode_candidate(sample, name))
        margins[name] = (good - bad, good, bad)
    baseline = margins["windows-1252"][0]
    best = max(_CANDIDATES[1:], key=lambda name: margins[name][0])  # first wins a tie
    margin, good, bad = margins[best]
    if good < 2 or good < 3 * bad or margin <= baseline:
        return None
    return best


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as windows-1252 or latin-1, and nothing else.

    Only sequences that spell out UTF-8 bytes and decode to a plausible character are
    replaced, up to three layers of double encoding deep; good Vietnamese, French or mixed
    text is returned unchanged.

    Args:
        text: The text.

    Returns:
        The repaired text (the same object when nothing needed repair).

    >>> repair_mojibake("Thá»§ tÆ°á»›ng phÃ¡t biá»ƒu")
    'Thủ tướng phát biểu'
    >>> repair_mojibake("Thủ tướng, élève, Ærø")
    'Thủ tướng, élève, Ærø'
    """
    return _mojibake.repair(text)
