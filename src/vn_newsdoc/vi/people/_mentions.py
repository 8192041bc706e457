"""Find the mentions of people in one text, with the titles written beside each.

A *run* is a stretch of capitalised words that no word list claims. A run is a person's
name when something marks it as one: a form of address or a title in front of it, a
title in apposition after it, an age after it, or (for Vietnamese names) its own shape: a
common family name and three or four syllables. A run inside the name of an institution,
place or thing (``Học viện Chính trị Quốc gia Hồ Chí Minh``, ``đường Nguyễn Huệ``) is not a
person, whatever marks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter
from typing import Final, NamedTuple

from vn_newsdoc.vi.people._context import Front, read_front
from vn_newsdoc.vi.people._doc import DASHES, Doc, plausible
from vn_newsdoc.vi.people._lexicon import (
    ALL_SURNAMES,
    FOREIGN_GIVEN_NAMES,
    KOREAN_SURNAMES,
    NAME_PARTICLES,
    SURNAMES,
    Kind,
)
from vn_newsdoc.vi.people._titles import apposition, paren_title
from vn_newsdoc.vi.people._tokens import is_initials, is_vietnamese_syllable

# One romanised Korean syllable, capitalised: an initial, a vowel and a final.
_KOREAN_SYLLABLE: Final = re.compile(
    r"(?:[BCDGHJKMNPRSTWY]|Ch|Sh|Kk|Pp|Ss|Tt|Jj)"
    r"(?:yeo|yae|wae|ya|yo|yu|ye|eo|ae|oe|eu|wa|wo|we|wi|ui|oo|ou|a|e|i|o|u)(?:ng|n|k|l|m|p|t|h)?"
    r"|(?:A|E|I|O|U)(?:e|o|u)?(?:ng|n|k|l|m|p|t|h)?"
).fullmatch

_FIRST: Final = itemgetter(0)  # a string's first character

MAX_NAME_WORDS: Final = 8
"""The most words a personal name runs to (``Tôn Nữ Thị Ninh``, ``Nguyễn Thị Thanh Hương``
run to five); a longer run of capitalised words is not read as one."""


class Mention(NamedTuple):
    """One mention of a person in a text."""

    name: str
    """The name as written."""
    keys: tuple[str, ...]
    """The name's token keys, for matching later short mentions."""
    titles: tuple[str, ...]
    """The titles written beside this mention, verbatim."""
    standalone: bool
    """Whether the mention may stand for a new person when no earlier one matches (a
    one-word mention that nothing marks may only refer back)."""


def _after_sentence_word(doc: Doc, s: int, e: int) -> int:
    """Where a full name starts in a run that opens a sentence with an ordinary capitalised
    word (``Nhờ Nguyễn Văn An ...``): after that word, if a family name follows it."""
    keys = doc.keys
    if (
        e - s >= 4
        and (s == 0 or not doc.is_word(s - 1))
        and keys[s] not in ALL_SURNAMES
        and keys[s + 1] in SURNAMES
        and is_vietnamese_syllable(doc.words[s])
    ):
        return s + 1
    return s


def _credited(doc: Doc, s: int) -> bool:
    """Whether the run at ``s`` follows a credit word and a colon or dash (``Ảnh: ...``)."""
    j = s - 1
    while j >= 0 and not doc.is_word(j) and doc.words[j] in {":", "-", "–", "/", "("}:
        j -= 1
    return j < s - 1 and doc.kind(j) is Kind.CREDIT


def _words_of(doc: Doc, s: int, e: int) -> tuple[list[str], list[str]]:
    """The words of the tokens ``s:e`` (an initial's full stop is no word) and their keys."""
    words = doc.words[s:e]
    keys = doc.keys[s:e]
    if not all(map(str.isalnum, map(_FIRST, words))):
        at = [k for k, w in enumerate(words) if w[0].isalnum()]
        return [words[k] for k in at], [keys[k] for k in at]
    return words, keys


def _shaped(doc: Doc, s: int, e: int) -> bool:
    """Whether a run is a full name by its shape alone."""
    words, keys = _words_of(doc, s, e)
    if 3 <= len(words) <= 4 and keys[0] in SURNAMES:
        return all(map(is_vietnamese_syllable, words))
    if len(words) == 2 and keys[0] in KOREAN_SURNAMES:
        given = words[1]
        return "-" in given and given.split("-", 1)[1].islower()
    if (
        len(words) == 3
        and keys[0] in KOREAN_SURNAMES
        and all(w.isascii() and _KOREAN_SYLLABLE(w) for w in words[1:])
    ):
        # "Kim So Yeon", "Yoo Ah In": a Korean given name written as two words, each a
        # romanised Korean syllable, in plain letters (Vietnamese names carry tones).
        return True
    core = [
        w for w, k in zip(words, keys, strict=True) if k not in NAME_PARTICLES or not w.islower()
    ]
    if 2 <= len(core) <= 3 and keys[0] in FOREIGN_GIVEN_NAMES:
        # "Cristiano Ronaldo", "Elon Musk": a known given name and a foreign family name;
        # "Ursula von der Leyen": and particles that only foreign names hold.
        return len(core) < len(words) or not is_vietnamese_syllable(words[-1])
    return False


def _given_names(doc: Doc, s: int, e: int) -> bool:
    """Whether the run ``s:e`` may be a Vietnamese name without its family name (two or
    three syllables, ``Công Phượng``, ``Quế Ngọc Hải``)."""
    return 2 <= e - s <= 3 and all(map(is_vietnamese_syllable, doc.words[s:e]))


def _listed(doc: Doc, s: int, e: int, last: int) -> bool:
    """Whether the run ``s:e`` is a Vietnamese full name listed right after a person's
    name ending at ``last`` (``Triệu Lệ Dĩnh và Dương Mịch``)."""
    return (
        last >= 0
        and s - last == 1
        and doc.words[last] in {",", "và"}
        and doc.keys[s] in ALL_SURNAMES
        and _given_names(doc, s, e)
    )


def _listed_before(doc: Doc, waiting: tuple[int, int] | None, s: int) -> list[Mention]:
    """The full name ``waiting`` (a run no mark made a person's) as a person, when it is
    listed right before the person's name starting at ``s`` (``Kim Tử Long, Trịnh Kim
    Chi``); else nothing."""
    if waiting is None or s - waiting[1] != 1 or doc.words[waiting[1]] not in {",", "và"}:
        return []
    a, b = waiting
    return [Mention(doc.slice(a, b), tuple(doc.keys[a:b]), (), True)]


def _mention(
    doc: Doc, s: int, e: int, titles: list[str | None], standalone: bool
) -> Mention | None:
    """The mention of the name ``s:e`` with the titles found beside it."""
    name = doc.slice(s, e)
    if not name:
        return None
    keys = tuple(_words_of(doc, s, e)[1])
    return Mention(name, keys, tuple(t for t in titles if t), standalone)


class _Body(NamedTuple):
    """The name of a body right after a title, and a comma (``CEO OpenAI,``)."""

    end: int
    """Where the body's name ends (at the comma)."""
    at: int
    """Where its mention stands in the mentions found, if it was taken for a person."""
    name: str
    """The body's name."""
    titles: tuple[str, ...]
    """The titles with the body's name, for the person named after the comma."""


def _body(doc: Doc, front: Front, s: int, e: int, at: int) -> _Body | None:
    """The word ``s`` as the name of a body after a title and before a comma, when it
    is one word in a foreign spelling that is no known given or family name (``CEO
    OpenAI, Sam Altman``, ``Cựu HLV Chelsea, Jose Mourinho``)."""
    if front.kind != "title" or not front.titles or e - s != 1 or e >= doc.n:
        return None
    key = doc.keys[s]
    if (
        doc.words[e] != ","
        or key in ALL_SURNAMES
        or key in KOREAN_SURNAMES
        or key in FOREIGN_GIVEN_NAMES
        or is_vietnamese_syllable(doc.words[s])
    ):
        return None
    name = doc.slice(s, e)
    return _Body(e, at, name, (*front.titles[:-1], f"{front.titles[-1]} {name}"))


def _after_body(doc: Doc, body: _Body | None, out: list[Mention], s: int, e: int) -> list[str]:
    """The titles of a full name right after the name of a body and a comma (``CEO
    OpenAI, Sam Altman``): the title and the body's; the body, if it was taken for a
    person, is dropped from ``out``."""
    if body is None or s != body.end + 1 or not _shaped(doc, s, e):
        return []
    if len(out) == body.at + 1 and out[-1].name == body.name:
        out.pop()
    return list(body.titles)


Sport = bool | Callable[[], bool]
"""Whether the text is part of a sport report: a flag, or a function that tells (asked
only when a run needs it, so that most texts never pay for the look)."""


def _standing(
    doc: Doc, front: Front, s: int, e: int, apposition: bool, *, sport: Sport = False
) -> bool | None:
    """Whether the run ``s:e`` is a person that may stand alone (``True``), one that may
    only refer back (``False``), or no person at all (``None``). In a sport report
    (``sport``), players are named by their given names alone."""
    if front.kind == "address":
        return True
    if front.kind == "title":
        if e - s == 1:
            # "Thủ tướng Abe", "Tổng thống Mỹ Biden": a foreign name after a personal title
            # may stand alone; after an office's title it may be a company ("CEO Habubank").
            return front.personal and not is_vietnamese_syllable(doc.words[s])
        if doc.kind(s - 1) is Kind.RANK and e - s <= 4:
            return True  # "NSND Lan Hương", "Nhà thơ Hữu Thỉnh": a pen or stage name
        return True if plausible(doc, s, e) else None
    if (apposition or doc.age_follows(e)) and plausible(doc, s, e):
        return True
    if front.kind == "none" and _given_names(doc, s, e) and (sport() if callable(sport) else sport):
        return True  # "Công Phượng ghi bàn", "đưa Văn Quyết vào thay Tiến Linh"
    return True if _shaped(doc, s, e) else None


def find_mentions(
    text: str | Doc,
    keys: dict[str, str] | None = None,
    *,
    references: bool = True,
    sport: Sport = False,
) -> list[Mention]:
    """Every mention of a person in one clean text (or one already tokenised), in order.

    With ``sport=True`` (or a function that returns it) the text is read as part of a sport
    report, where a run of two or three Vietnamese syllables that nothing else claims is a
    player's name.

    With ``references=False`` the lone capitalised words that nothing marks are left out:
    such a mention only refers back to someone named before and carries no title, so it
    adds nothing to the people of an article (:func:`~vn_newsdoc.vi.people.find_people`
    reads without them).

    >>> [m.name for m in find_mentions("Ông Nguyễn Văn Đô, Chủ tịch HĐND thành phố, cho biết.")]
    ['Nguyễn Văn Đô']
    """
    doc = text if isinstance(text, Doc) else Doc(text, keys)
    words = doc.words
    out: list[Mention] = []
    consumed = 0
    trapped_end = -1
    last = -1  # where the last person's name ended
    waiting: tuple[int, int] | None = None  # a full name no mark has yet made a person's
    body: _Body | None = None  # the name of a body after a title, and a comma
    for s0, e in doc.runs():
        if e <= consumed:
            continue
        s = max(s0, consumed)
        if trapped_end >= 0 and all(w in {",", "và"} or w in DASHES for w in words[trapped_end:s]):
            trapped_end = e  # "đường Nguyễn Huệ, Trần Phú, Hàm Nghi"
            continue
        if _credited(doc, s):
            continue
        s = _after_sentence_word(doc, s, e)
        front = read_front(doc, s, e)
        if front.kind == "trapped" or (front.kind == "none" and doc.ward_follows(e)):
            trapped_end = e
            continue
        trapped_end = -1
        s = front.start
        if e - s > MAX_NAME_WORDS:
            continue  # a title in title case or a line of capitals, not a personal name
        if e - s == 1 and is_initials(words[s]) and front.kind != "address":
            continue  # "N.N.L", not "J.D. Vance"
        if e - s == 1 and front.kind == "none":
            # A lone capitalised word: it may refer back to someone named before.
            if references:
                out.append(Mention(doc.slice(s, e), (doc.keys[s],), (), standalone=False))
            continue
        titles = list(front.titles) or _after_body(doc, body, out, s, e)
        body = _body(doc, front, s, e, len(out))
        after, end = apposition(doc, e)
        standalone = _standing(doc, front, s, e, bool(after), sport=sport)
        if standalone is None and front.kind == "none" and _listed(doc, s, e, last):
            standalone = True  # "Triệu Lệ Dĩnh và Dương Mịch"
        if standalone is None:
            if front.kind == "none" and e - s == 3 and doc.keys[s] in ALL_SURNAMES:
                # A full name (a family name and two syllables: "Kim Liên", a place, has
                # one) that a person's listed right after it marks.
                waiting = (s, e) if _given_names(doc, s, e) else waiting
            continue
        out.extend(_listed_before(doc, waiting, s))
        waiting = None
        mention = _mention(doc, s, e, [*titles, paren_title(doc, s, e), *after], standalone)
        if mention is None:
            continue
        out.append(mention)
        last = e
        consumed = max(consumed, end)
    return out
