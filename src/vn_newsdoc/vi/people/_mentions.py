"""Find the mentions of people in one text, with the titles written beside each.

A *run* is a stretch of capitalised words that no word list claims. A run is a person's
name when something marks it as one: a form of address or a title in front of it, a
title in apposition after it, an age after it, or (for Vietnamese names) its own shape: a
common family name and three or four syllables. A run inside the name of an institution,
place or thing (``Học viện Chính trị Quốc gia Hồ Chí Minh``, ``đường Nguyễn Huệ``) is not a
person, whatever marks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

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
from vn_newsdoc.vi.people._tokens import Token, is_initials, is_vietnamese_syllable

MAX_NAME_WORDS = 8
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
    toks = doc.toks
    if (
        e - s >= 4
        and (s == 0 or not toks[s - 1].word)
        and toks[s].key not in ALL_SURNAMES
        and toks[s + 1].key in SURNAMES
        and is_vietnamese_syllable(toks[s].text)
    ):
        return s + 1
    return s


def _credited(doc: Doc, s: int) -> bool:
    """Whether the run at ``s`` follows a credit word and a colon or dash (``Ảnh: ...``)."""
    j = s - 1
    while j >= 0 and not doc.toks[j].word and doc.toks[j].text in {":", "-", "–", "/", "("}:
        j -= 1
    return j < s - 1 and doc.kind(j) is Kind.CREDIT


def _shaped(toks: list[Token], s: int, e: int) -> bool:
    """Whether a run is a full name by its shape alone."""
    words = [t for t in toks[s:e] if t.word]  # an initial's full stop is no word
    if 3 <= len(words) <= 4 and words[0].key in SURNAMES:
        return all(is_vietnamese_syllable(w.text) for w in words)
    if len(words) == 2 and words[0].key in KOREAN_SURNAMES:
        given = words[1].text
        return "-" in given and given.split("-", 1)[1].islower()
    core = [w for w in words if w.key not in NAME_PARTICLES or not w.text.islower()]
    if 2 <= len(core) <= 3 and words[0].key in FOREIGN_GIVEN_NAMES:
        # "Cristiano Ronaldo", "Elon Musk": a known given name and a foreign family name;
        # "Ursula von der Leyen": and particles that only foreign names hold.
        return len(core) < len(words) or not is_vietnamese_syllable(words[-1].text)
    return False


def _given_names(toks: list[Token], s: int, e: int) -> bool:
    """Whether the run ``s:e`` may be a Vietnamese name without its family name (two or
    three syllables, ``Công Phượng``, ``Quế Ngọc Hải``)."""
    return 2 <= e - s <= 3 and all(is_vietnamese_syllable(t.text) for t in toks[s:e])


def _listed(doc: Doc, s: int, e: int, last: int) -> bool:
    """Whether the run ``s:e`` is a Vietnamese full name listed right after a person's
    name ending at ``last`` (``Triệu Lệ Dĩnh và Dương Mịch``)."""
    toks = doc.toks
    return (
        last >= 0
        and s - last == 1
        and toks[last].text in {",", "và"}
        and toks[s].key in ALL_SURNAMES
        and _given_names(toks, s, e)
    )


Sport = bool | Callable[[], bool]
"""Whether the text is part of a sport report: a flag, or a function that tells (asked
only when a run needs it, so that most texts never pay for the look)."""


def _standing(
    doc: Doc, front: Front, s: int, e: int, apposition: bool, *, sport: Sport = False
) -> bool | None:
    """Whether the run ``s:e`` is a person that may stand alone (``True``), one that may
    only refer back (``False``), or no person at all (``None``). In a sport report
    (``sport``), players are named by their given names alone."""
    toks = doc.toks
    if front.kind == "address":
        return True
    if front.kind == "title":
        if e - s == 1:
            # "Thủ tướng Abe", "Tổng thống Mỹ Biden": a foreign name after a personal title
            # may stand alone; after an office's title it may be a company ("CEO Habubank").
            return front.personal and not is_vietnamese_syllable(toks[s].text)
        if doc.kind(s - 1) is Kind.RANK and e - s <= 4:
            return True  # "NSND Lan Hương", "Nhà thơ Hữu Thỉnh": a pen or stage name
        return True if plausible(toks, s, e) else None
    if (apposition or doc.age_follows(e)) and plausible(toks, s, e):
        return True
    if (
        front.kind == "none"
        and _given_names(toks, s, e)
        and (sport() if callable(sport) else sport)
    ):
        return True  # "Công Phượng ghi bàn", "đưa Văn Quyết vào thay Tiến Linh"
    return True if _shaped(toks, s, e) else None


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
    toks = doc.toks
    out: list[Mention] = []
    consumed = 0
    trapped_end = -1
    last = -1  # where the last person's name ended
    for s0, e in doc.runs():
        if e <= consumed:
            continue
        s = max(s0, consumed)
        if trapped_end >= 0 and all(
            t.text in {",", "và"} or t.text in DASHES for t in toks[trapped_end:s]
        ):
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
        initials = e - s == 1 and is_initials(toks[s].text)  # "N.N.L", not "J.D. Vance"
        if initials and front.kind != "address":
            continue
        single = e - s == 1
        if single and front.kind == "none":
            # A lone capitalised word: it may refer back to someone named before.
            if references:
                out.append(Mention(doc.slice(s, e), (toks[s].key,), (), standalone=False))
            continue
        titles = list(front.titles)
        after, end = apposition(doc, e)
        standalone = _standing(doc, front, s, e, bool(after), sport=sport)
        if standalone is None and front.kind == "none" and _listed(doc, s, e, last):
            standalone = True  # "Triệu Lệ Dĩnh và Dương Mịch"
        if standalone is None:
            continue
        paren = paren_title(doc, s, e)
        if paren:
            titles.append(paren)
        titles.extend(after)
        name = doc.slice(s, e)
        if not name:
            continue
        name_keys = tuple(t.key for t in toks[s:e] if t.word)
        out.append(Mention(name, name_keys, tuple(titles), standalone))
        last = e
        consumed = max(consumed, end)
    return out
