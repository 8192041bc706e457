"""Character tables for the legacy Vietnamese byte encodings, and how they are built.

Each single-byte table is written out as the published map gives it, sixteen positions to
a line, so that it can be checked against the standard by eye:

* **VISCII**: RFC 1456 (1993). ASCII, except six rarely used C0 controls that carry
  capitals; every position from 0x80 to 0xFF is a Vietnamese letter.
* **TCVN3**: TCVN 5712:1993. The ABC fonts use the VN3 subset (0xA1 to 0xFF: the
  lowercase letters with their tones and the capitals without tones); the capitals with
  tones sit in the full table's VN1 positions (0x01 to 0x17 and 0x80 to 0x9F), which this
  table includes, so that every Vietnamese letter has a code (as glibc's and libiconv's
  TCVN tables do). 0xB0 to 0xB4 are the five combining tone marks. Two things bytes
  cannot tell: capitals typed with the ABC capitals fonts (``.VnTimeH``) are stored as the
  lowercase codes and read as lowercase, and an ABC document that put windows-1252 curly
  quotes at 0x91 to 0x94 reads them as the VN1 capitals there.
* **VNI-Windows**: ASCII base letters followed by a separate mark byte (the bytes of
  windows-1252's accented letters, shown by the VNI fonts as marks); ``i`` with a tone,
  ``ỵ``, ``ơ``, ``ư`` and ``đ`` are single bytes. The table is built from the rules below.
* **windows-1258**: Python's ``cp1258`` codec, with the positions it leaves undefined
  given to the C1 controls (as the WHATWG Encoding Standard does), so decoding never fails.
  Letters that have no precomposed code are written as a letter plus a combining tone.

windows-1252 is built the same way as windows-1258 (WHATWG's table: the undefined
positions 0x81, 0x8D, 0x8F, 0x90 and 0x9D are C1 controls).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__: list[str] = []

# The five tone marks as combining characters: sắc, huyền, hỏi, ngã, nặng.
ACUTE, GRAVE, HOOK, TILDE, DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
TONES: Final = (ACUTE, GRAVE, HOOK, TILDE, DOT)
TONE_SET: Final = frozenset(TONES)

#: The twelve vowel letters; with no tone and the five tones, and đ, in both cases, they
#: are every letter of the Vietnamese alphabet that is not plain ASCII (134 of them) plus
#: the plain vowels.
VOWELS: Final = "aăâeêioôơuưy"


def vietnamese_letters() -> tuple[str, ...]:
    """Every Vietnamese letter, precomposed (NFC), lowercase then uppercase."""
    lower = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in ("", *TONES)]
    lower.append("đ")
    return (*lower, *(c.upper() for c in lower))


# ---------------------------------------------------------------------------------------
# VISCII (RFC 1456)

_VISCII_C0: Final = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}
_VISCII_HIGH: Final = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ"  # 80
    "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"  # 90
    "Õắằặấầẩậẽẹếềểễệố"  # A0
    "ồổỗỠƠộờởịỰỨỪỬơớƯ"  # B0
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ"  # C0
    "ĐứÒÓÔạỷừửÙÚỹỵÝỡư"  # D0
    "àáâãảăữẫèéêẻìíĩỉ"  # E0
    "đựòóôõỏọụùúũủýợỮ"  # F0
)

# ---------------------------------------------------------------------------------------
# TCVN 5712:1993 (VN3 for the ABC fonts, VN1 positions for the capitals with tones)

_TCVN_C0: Final = {
    0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ",
    0x12: "Ự", 0x13: "Ỳ", 0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ",
}  # fmt: skip
_TCVN_HIGH: Final = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # A0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # B0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # C0
    "éẹềểễếệìỉỄẾỒĩíịò"  # D0
    "Ổỏõóọồổỗốộờởỡớợù"  # E0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # F0
)


def _single_byte(c0: dict[int, str], high: str) -> str:
    chars = [chr(b) for b in range(128)]
    for byte, char in c0.items():
        chars[byte] = char
    assert len(high) == 128
    return "".join(chars) + high


def _whatwg(codec: str) -> str:
    """A codec's decoding table with its undefined bytes given to the C1 controls."""
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars)


#: Decoding tables: 256 characters, one per byte (for :func:`codecs.charmap_decode`).
VISCII: Final[str] = _single_byte(_VISCII_C0, _VISCII_HIGH)
TCVN3: Final[str] = _single_byte(_TCVN_C0, _TCVN_HIGH)
CP1252: Final = _whatwg("cp1252")
CP1258: Final[str] = _whatwg("cp1258")

# ---------------------------------------------------------------------------------------
# VNI-Windows: a vowel's VNI spelling is its base letter and a mark byte. Written here as
# the windows-1252 characters of those bytes, lowercase; capitals use the capital forms.

_VNI_TONE: Final = {"": "", ACUTE: "ù", GRAVE: "ø", HOOK: "û", TILDE: "õ", DOT: "ï"}
# Circumflex (â ê ô) and breve (ă) fuse with the tone into one mark byte.
_VNI_CIRCUMFLEX: Final = {"": "â", ACUTE: "á", GRAVE: "à", HOOK: "å", TILDE: "ã", DOT: "ä"}
_VNI_BREVE: Final = {"": "ê", ACUTE: "é", GRAVE: "è", HOOK: "ú", TILDE: "ü", DOT: "ë"}
# i with a tone is one byte; so is ỵ.
_VNI_I: Final = {"": "i", ACUTE: "í", GRAVE: "ì", HOOK: "æ", TILDE: "ó", DOT: "ò"}


def _vni_lower(vowel: str, tone: str) -> str:
    if vowel == "i":
        return _VNI_I[tone]
    if vowel == "y" and tone == DOT:
        return "î"
    if vowel in "âêô":
        return {"â": "a", "ê": "e", "ô": "o"}[vowel] + _VNI_CIRCUMFLEX[tone]
    if vowel == "ă":
        return "a" + _VNI_BREVE[tone]
    base = {"ơ": "ô", "ư": "ö"}.get(vowel, vowel)
    return base + _VNI_TONE[tone]


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(Unicode letter to VNI spelling, VNI spelling to Unicode letter)."""
    encode: dict[str, str] = {"đ": "ñ", "Đ": "Ñ"}
    for vowel in VOWELS:
        for tone in ("", *TONES):
            letter = unicodedata.normalize("NFC", vowel + tone)
            spelling = _vni_lower(vowel, tone)
            if len(spelling) > 1 or spelling != letter:
                encode[letter] = spelling
                encode[letter.upper()] = spelling.upper()
    decode = {spelling: letter for letter, spelling in encode.items()}
    # Be lenient on reading: a capital followed by a lowercase mark byte (or the other way
    # round) is what case-changing editors leave behind; the base letter's case wins.
    for letter, spelling in list(encode.items()):
        if len(spelling) == 2:
            decode.setdefault(spelling[0] + spelling[1].swapcase(), letter)
    return encode, decode


_VNI_ENCODE, _VNI_DECODE = _vni_tables()
#: Unicode letter (NFC) to its VNI spelling, as windows-1252 characters.
VNI_ENCODE: Final[Mapping[str, str]] = MappingProxyType(_VNI_ENCODE)
#: VNI spelling (as windows-1252 characters) to the Unicode letter.
VNI_DECODE: Final[Mapping[str, str]] = MappingProxyType(_VNI_DECODE)


def encoding_map(table: str) -> dict[int, int]:
    """The inverse of a decoding table: code point to byte (first byte wins)."""
    out: dict[int, int] = {}
    for byte, char in enumerate(table):
        out.setdefault(ord(char), byte)
    return out
