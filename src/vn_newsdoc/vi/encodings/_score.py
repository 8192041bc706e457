"""How Vietnamese a decoded text looks: the share of its accented words that are syllables.

Vietnamese is written one syllable per word, and a syllable has a fixed shape: an onset
consonant (``ngh``, ``tr``, ``qu``...), a vowel nucleus of one to three letters, an optional
final consonant (``c ch m n ng nh p t``) and at most one tone; a syllable closed by
``c ch p t`` takes only the sắc or nặng tone. A byte text decoded with the right table
gives words that nearly all have that shape; decoded with a wrong table, its accented
words turn into letters Vietnamese does not use (``ø``, ``ð``), stray symbols (``¸``,
``µ``) and impossible vowel runs. French or German text fails the shape too, whatever the
table, so it is never taken for Vietnamese.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vn_newsdoc.vi.encodings._tables import ACUTE, DOT, TONE_SET

__all__: list[str] = []

# Vowel nuclei (with their glides), one, two and three letters long.
_NUCLEI: Final = (
    *("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"),
    *("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe"),
    *("oi", "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ"),
    *("ưu", "ya", "yê"),
    *("iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi"),
    "ươu",
)
_SYLLABLE: Final = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    f"(?P<nucleus>{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})"
    "(?P<coda>ch|ng|nh|[cmnpt])?"
)
# Punctuation that may stand at either end of a word.
_EDGE: Final = "\"'()[]{}<>.,;:!?-–—…“”‘’«»·*/\\|"


def is_syllable(word: str) -> bool:
    """Whether ``word`` (letters only, any case) has the shape of a Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tones = [c for c in decomposed if c in TONE_SET]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_SET))
    match = _SYLLABLE.fullmatch(bare)
    if match is None:
        return False
    coda = match.group("coda")
    return not (coda in ("c", "ch", "p", "t") and tones and tones[0] not in (ACUTE, DOT))


def score(text: str) -> tuple[int, int]:
    """(words that are syllables, words that are not), counting only non-ASCII words.

    Words are split on white space and stripped of punctuation at their ends; words in
    plain ASCII, and words with digits, say nothing about the encoding and are skipped.
    """
    good = bad = 0
    for raw in text.split():
        word = raw.strip(_EDGE)
        if not word or word.isascii() or any(c.isdigit() for c in word):
            continue
        if word.isalpha() and is_syllable(word):
            good += 1
        else:
            bad += 1
    return good, bad
