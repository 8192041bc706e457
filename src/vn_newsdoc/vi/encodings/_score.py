"""How Vietnamese a decoded text looks: the share of its accented words that are syllables.

Vietnamese is written one syllable per word, and a syllable has a fixed shape: an onset
consonant (``ngh``, ``tr``, ``qu``...), a vowel nucleus of one to three letters, an optional
final consonant (``c ch m n ng nh p t``) and at most one tone; a syllable closed by
``c ch p t`` takes only the sắc or nặng tone; ``ch`` and ``nh`` close only a few vowels.
A byte text decoded with the right table gives words that nearly all have that shape;
decoded with a wrong table, its accented words turn into letters Vietnamese does not use
(``ø``, ``ð``), stray symbols (``¸``, ``µ``) and impossible vowel runs. French or German
text fails the shape too, whatever the table, so it is never taken for Vietnamese.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vn_newsdoc.vi.encodings._tables import ACUTE, DOT, TONE_SET

__all__: list[str] = []

# Rhymes: a vowel nucleus (with its glides) and what may close it. Nuclei that end in a
# glide take no final consonant; "â", "ă", "iê", "uô"... need one; "ch" and "nh" close only
# a few nuclei; "y" alone never takes one ("ynh" is not Vietnamese, "inh" is).
_OPEN: Final = (
    *("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"),
    *("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi"),
    *("ơi", "ua", "uê", "ui", "uơ", "uy", "ưa", "ưi", "ưu", "ya"),
    *("iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu"),
)
_CLOSED: Final = (
    *("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư"),
    *("oa", "oă", "oe", "oo", "uâ", "uê", "uy", "iê", "yê", "uô", "ươ", "uyê"),
)
_PALATAL: Final = ("a", "ê", "i", "oa", "uê", "uy")


def _alternatives(options: tuple[str, ...]) -> str:
    return "|".join(sorted(options, key=len, reverse=True))


_SYLLABLE: Final = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|kr|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    f"(?:(?:{_alternatives(_OPEN)})"
    # k closes syllables in Central Highlands names: Đắk Lắk, Krông Búk.
    f"|(?:{_alternatives(_CLOSED)})(?:ng|[cmnptk])"
    f"|(?:{_alternatives(_PALATAL)})(?:ch|nh))"
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
    if _SYLLABLE.fullmatch(bare) is None:
        return False
    # A syllable closed by c, ch, p or t takes only the sắc or nặng tone.
    stopped = bare.endswith(("c", "k", "p", "t", "ch"))
    return not (stopped and tones and tones[0] not in (ACUTE, DOT))


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
