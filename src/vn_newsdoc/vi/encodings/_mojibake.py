"""Repair of UTF-8 text that was read as windows-1252 or latin-1 (``Viá»‡t`` for ``Việt``).

Mojibake of this kind is UTF-8 byte sequences spelled out one byte per character. Each
such sequence is found by its shape (a lead character from ``Â`` to ``ô`` followed by the
right number of characters whose windows-1252 or latin-1 byte is a continuation byte,
0x80 to 0xBF), turned back into its bytes and decoded. A sequence is only replaced when
it decodes to a character that text plausibly holds (Latin letters, Vietnamese letters and
tone marks, punctuation, currency signs, emoji): ``THÌ`` followed by a no-break space is
left alone, though its bytes happen to form a UTF-8 combining mark. A two-character
sequence whose second character is punctuation or a no-break space (``NGÃ`` before a
no-break space is ``Ã`` + U+00A0, the bytes of ``à``) is only repaired when the same text
also holds unmistakable mojibake. Text with no such sequence comes back unchanged, so good
Vietnamese, French or mixed text is never touched.
"""

from __future__ import annotations

import re
from typing import Final

__all__: list[str] = []

# windows-1252's characters for the bytes 0x80 to 0x9F (WHATWG: the five undefined bytes
# are the C1 controls themselves).
_CP1252_C1: Final = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
_BYTE: Final = {ord(c): 0x80 + i for i, c in enumerate(_CP1252_C1)}
_BYTE.update({b: b for b in range(0x100)})

_CONT: Final = "[\u0080-\u00bf" + "".join(c for c in _CP1252_C1 if ord(c) > 0xFF) + "]"
_SEQUENCE: Final = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)
_LEADS: Final = re.compile("[\u00c2-\u00f4]")

# Characters that follow words in good text. A sequence whose continuation characters are
# all of these ("Ã" and a no-break space in "NGÃ BA"; "à…”") is weak evidence, repaired
# only when the same text also holds strong evidence ("Ã©", "Æ°", "á»‘", "â€œ", "â€™").
_WEAK_AFTER_WORD: Final = frozenset("\u00a0«»…–—‘’“”")
_WEAK_PAIR: Final = _WEAK_AFTER_WORD | frozenset("•·™€‚„‹›")
# What a repaired sequence may decode to.
_TONE_MARKS: Final = frozenset("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")
_PLAUSIBLE_RANGES: Final = (
    (0x0080, 0x009F),  # C1 controls: an inner layer of double mojibake ("Â\x81")
    (0x00A0, 0x024F),  # Latin-1 supplement, Latin Extended-A and -B (đ ă ơ ư)
    (0x02C6, 0x02C6),  # ˆ and ˜ (windows-1252 has them: inner layers of double mojibake)
    (0x02DC, 0x02DC),
    (0x1E00, 0x1EFF),  # Latin Extended Additional (the Vietnamese letters with tones)
    (0x2000, 0x206F),  # general punctuation: quotes, dashes, ellipsis
    (0x20A0, 0x20CF),  # currency signs (₫ €)
    (0x2100, 0x215F),  # letter-like symbols (™ ℃ №)
    (0xFEFF, 0xFEFF),  # a byte-order mark (dropped later by text cleaning)
    (0x1F300, 0x1FAFF),  # emoji
)


def _plausible(char: str) -> bool:
    if char in _TONE_MARKS:
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _PLAUSIBLE_RANGES)


def _decode(seq: str) -> str | None:
    try:
        char = bytes(_BYTE[ord(c)] for c in seq).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if _plausible(char) else None


def _is_strong(seq: str, char: str) -> bool:
    if len(seq) == 2:
        return seq[1] not in _WEAK_PAIR
    # "áº" and "á»" begin every Vietnamese letter with a tone: no good text has them.
    if "\u1ea0" <= char <= "\u1ef9":
        return True
    return any(c not in _WEAK_AFTER_WORD for c in seq[1:])


def _repair_once(text: str) -> str:
    fixes: list[tuple[int, int, str]] = []
    strong = False
    for match in _SEQUENCE.finditer(text):
        char = _decode(match.group())
        if char is None:
            continue
        fixes.append((match.start(), match.end(), char))
        strong = strong or _is_strong(match.group(), char)
    if not strong:
        return text
    parts: list[str] = []
    done = 0
    for start, end, char in fixes:
        parts.append(text[done:start])
        parts.append(char)
        done = end
    parts.append(text[done:])
    return "".join(parts)


def repair(text: str) -> str:
    """Undo UTF-8-as-windows-1252/latin-1 mojibake, up to three layers deep."""
    for _ in range(3):
        if _LEADS.search(text) is None:
            break
        fixed = _repair_once(text)
        if fixed == text:
            break
        text = fixed
    return text
