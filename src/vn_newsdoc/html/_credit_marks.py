"""The photo credit at the end of a caption (``… Ảnh: Võ Hải.``, ``… (Ảnh TTXVN)``,
``… © Reuters``): the expressions that find it, and the plain looks that spare a caption
without one the expressions (:func:`find_credit`). :func:`vn_newsdoc.html.figures.split_credit`
splits it off.

>>> find_credit("Nhà thờ Lớn về đêm. (Ảnh: TTXVN)").group("credit")
'TTXVN'
>>> print(find_credit("Ánh sáng ban mai"))
None
"""

from __future__ import annotations

import re
from typing import Final

from vn_newsdoc.vi._wordlists import alternation, read_words

__all__ = [
    "ASCII_CREDIT_PARTS",
    "BARE_CREDIT_RE",
    "CREDIT_FOLDS",
    "CREDIT_RE",
    "bare_credit",
    "credit_marked",
    "find_credit",
]

# A trailing photo credit: "… Ảnh: Võ Hải." / "… (Ảnh: TTXVN)" / "… Ảnh - Ngọc Thành", its
# words from vi/data/html_credit_words.tsv.
# No two quantifiers next to each other take the same characters, and a match does not
# start deep inside a run of white space (the second lookbehind: starting after the run's
# first character finds the same credit), so a long run of spaces costs one pass.
# A credit may also be a copyright sign and a name ("… © Reuters").
_WORDS: Final = alternation(read_words("html_credit_words.tsv"))
CREDIT_RE: Final = re.compile(
    rf"""(?:^|(?<=[\s.,;:]))(?<!\s\s)\s*(?:\(\s*)?
        (?:(?:{_WORDS})\s*[:–—-]|©)\s*
        (?P<credit>[^()\s][^()]{{0,59}}?)\s*(?:\)\s*)?(?:\.\s*)?$""",
    re.IGNORECASE | re.VERBOSE,
)
# A credit with no separator after the word, "… Ảnh Reuters", "… - Ảnh NVCC",
# "… (Ảnh TTXVN)": only after a sentence's end, a dash or an opening parenthesis, and only
# for a name of one to four capitalised words (checked in code), so that "Ảnh cưới" or a
# sentence that goes on is no credit. (No branch starts inside a run of white space.)
BARE_CREDIT_RE: Final = re.compile(
    r"""(?:(?<=[.!?…”"])\s+|(?<!\s)\s+[–—-]\s+|(?<!\s)\s*\((?!\s\s)\s*)(?i:ảnh|hình|photo)\x20
        (?P<credit>[^\W\d_][\w.&'-]*(?:\x20[^\W\d_][\w.&'-]*){0,3})
        (?:\s*\))?\.?$""",
    re.VERBOSE,
)


# Each credit CREDIT_RE finds holds one of these (the separator after the word, or the
# copyright sign), which have no case: a caption without one is spared the expression,
# which tries every position against every credit word.
_MARKS: Final = (":", "–", "—", "-", "©")


# In ASCII text, CREDIT_RE's credit words are its ASCII ones ("Credit", "Photo", "Bild"...:
# no ASCII letter matches a letter such as "ả" or "é" case-blind), each spelt, in any case,
# with one of these in lower case.
ASCII_CREDIT_PARTS: Final = (
    "credit", "picture", "photo", "image", "video", "bild", "clip", "foto",
)  # fmt: skip


# The last run of word characters of each credit word, in lower case: the one a credit's
# separator follows (each word ends with a word character; the expression takes the
# whole run, after white space, punctuation or the caption's start).
_WORD_ENDS: Final = frozenset(
    re.findall(r"\w+", word)[-1].lower() for word in read_words("html_credit_words.tsv")
)
# Each run of word characters that a separator follows (white space between), taken
# whole from its start: tried from inside a run, or giving back its characters, the
# expression would try each run at each of its letters.
_BEFORE_MARK_RE: Final = re.compile(r"(?<!\w)(\w++)\s*+[:–—-]")
# Characters the case-blind expression takes for a letter of the credit words though
# their lower case is another (a test checks the list against all of Unicode).
CREDIT_FOLDS: Final = ("\u0130", "\u0131", "\u017f")


def credit_marked(caption: str) -> bool:
    """Whether ``caption`` may hold what ``CREDIT_RE`` finds: a separator or copyright
    sign (``_MARKS``) and, in ASCII text, one of its ASCII credit words; then a
    copyright sign, or a separator right after a credit word's last run (a set looked
    up, where the expression tries every credit word at each position).

    >>> credit_marked("Cầu Long Biên. Ảnh: Võ Hải"), credit_marked("Cầu Long Biên: mùa thu")
    (True, False)
    """
    for mark in _MARKS:  # (a loop, not any() over a generator: none made per call)
        if mark in caption:
            break
    else:
        return False
    if not caption.isascii():
        for fold in CREDIT_FOLDS:
            if fold in caption:
                return True  # (the expression answers)
    else:
        lowered = caption.lower()
        for part in ASCII_CREDIT_PARTS:
            if part in lowered:
                break
        else:
            return False
    if "©" in caption:
        return True
    return not _WORD_ENDS.isdisjoint(map(str.lower, _BEFORE_MARK_RE.findall(caption)))


def bare_credit(caption: str) -> re.Match[str] | None:
    """A credit without a separator after its word (:data:`BARE_CREDIT_RE`) whose name is
    capitalised word by word, opened and closed by parentheses or by neither.

    >>> bare_credit("Người dân đi bầu. Ảnh TTXVN").group("credit")
    'TTXVN'
    >>> print(bare_credit("Người dân xem ảnh cưới"), bare_credit("Mưa. (Ảnh Reuters"))
    None None
    """
    # Each credit BARE_CREDIT_RE finds holds "ảnh", "hình" or "photo" in any case, and no
    # other letter lower-cases to theirs: a caption without one is spared the expression.
    lowered = caption.lower()
    if "ảnh" not in lowered and "hình" not in lowered and "photo" not in lowered:
        return None
    match = BARE_CREDIT_RE.search(caption)
    if match is None or not all(w[0].isupper() for w in match.group("credit").split()):
        return None
    opened = "(" in caption[match.start() : match.start("credit")]
    if opened != caption.rstrip(". ").endswith(")"):
        return None  # "(Ảnh Reuters" or "Ảnh Reuters)": no credit
    return match


def find_credit(caption: str) -> re.Match[str] | None:
    """The trailing credit of a clean caption, its name in the ``credit`` group: a credit
    word and a separator (:data:`CREDIT_RE`), or a bare one (:func:`bare_credit`)."""
    return (CREDIT_RE.search(caption) if credit_marked(caption) else None) or bare_credit(caption)
