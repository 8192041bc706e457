"""Titles written after a name: in apposition (``Nguyễn Văn Đô, Phó Bí thư Thường trực
Thành ủy, Chủ tịch HĐND Thành phố``) and before a parenthesis that names the holder
(``giám đốc Sở Xây dựng (ông Lê Văn Dục)``)."""

from __future__ import annotations

from typing import Final

from vn_newsdoc.vi.people._context import read_front
from vn_newsdoc.vi.people._doc import DASHES, Doc, plausible
from vn_newsdoc.vi.people._lexicon import NAMING, TITLES, Kind
from vn_newsdoc.vi.people._tagger import Tag

# How far an apposition may run after a name, in tokens.
_APPOSITION_REACH: Final = 32
# What a body named after a title may be followed by and still belong to it.
_PARENT_BODY: Final = frozenset((*NAMING, Kind.OFFICE))


def apposition(doc: Doc, e: int) -> tuple[list[str], int]:
    """The titles written after a name ending at ``e``, and where they end."""
    if e >= doc.n:
        return [], e
    sep = not doc.is_word(e) and doc.words[e] in {",", *DASHES}
    start = e + 1 if sep else e
    if doc.age_follows(e) and e + 3 < doc.n and doc.words[e + 3] == ",":
        start, sep = e + 4, True  # "Nguyễn Văn A (61 tuổi, nguyên Phó viện trưởng ...)"
    elif doc.words[e] == "(" and _paren_position(doc, e):
        start, sep = e + 1, True  # "ông Lê Văn A (Chủ tịch Công ty B)": up to the ")"
    head = doc.head_end(start, appositive=sep)
    if head is None:
        return [], e
    titles: list[str] = []
    cur, k = start, head
    while k < doc.n and k - start < _APPOSITION_REACH:
        w = doc.words[k]
        if not w[0].isalnum():
            nxt = doc.kind(k + 1)
            if w == "," or w in DASHES:
                new = doc.head_end(k + 1, appositive=w == ",")
                if new is not None:
                    titles.append(doc.slice(cur, k))
                    cur, k = k + 1, new
                    continue
                if nxt in _PARENT_BODY and (w != "," or not doc.clause_ahead(k + 1)):
                    k += 1  # "(HECI), Bệnh viện Chợ Rẫy": the parent body
                    continue
                break
            if w == "(":
                close = doc.closing(k)
                if close is not None:
                    k = close + 1
                    continue
            break
        kind = doc.kind(k)
        tg = doc.tags[k]
        if kind is Kind.STOP:
            break
        if tg and kind in (Kind.ADDRESS, Kind.CUE) and tg[2] < doc.n and doc.name_like(tg[2]):
            break  # "..., Giám đốc Sở và ông Lê Văn Dục"
        key = doc.keys[k]
        if key == "và" and doc.kind(k + 1) is Kind.ADDRESS:
            break
        if key in ("tại", "ở") and k + 1 < doc.n and doc.words[k + 1].islower():
            break  # "Chủ tịch UBND tỉnh tại phiên bế mạc": where, not what
        if doc.names[k] and introduces(doc, k):
            # "Theo X, Phó thủ tướng Nga Alexander Novak ...": the title is his.
            return [x for x in titles if x], max(cur - 1, e)
        k = tg[2] if tg else k + 1
    titles.append(doc.slice(cur, k))
    return [x for x in titles if x], k


def _paren_position(doc: Doc, k: int) -> bool:
    """Whether the parenthesis opened at ``k`` holds a position (``(Chủ tịch Công ty B)``)
    and is closed within an apposition's reach; a rank in it (``(NSƯT Hữu Châu)``) rather
    introduces the name of the same person."""
    j = k + 1
    while doc.kind(j) is Kind.MODIFIER:
        tg = doc.tags[j]
        assert tg is not None
        j = tg[2]
    if doc.kind(j) is not Kind.TITLE:
        return False
    for i in range(j + 1, min(k + _APPOSITION_REACH, doc.n)):
        text = doc.words[i]
        if text == ")":
            return True
        if text in {"(", ".", ";", "!", "?"}:
            return False
    return False


def introduces(doc: Doc, k: int) -> bool:
    """Whether the run starting at ``k`` is a person whose title stands before it."""
    r = k + 1
    while r < doc.n and doc.names[r]:
        r += 1
    if not plausible(doc, k, r):
        return False
    front = read_front(doc, k, r)
    return front.kind == "title" and front.start == k


def paren_title(doc: Doc, s: int, e: int) -> str | None:
    """``giám đốc Sở Xây dựng (ông Lê Văn Dục)``: the title before the parenthesis."""
    if not (
        s >= 2
        and doc.kind(s - 1) is Kind.ADDRESS
        and doc.words[s - 2] == "("
        and e < doc.n
        and doc.words[e] == ")"
    ):
        return None
    j = s - 3
    steps = 0
    head: Tag | None = None  # an appositive head, kept while looking for a title
    while j >= 0 and steps < 16:
        steps += 1
        tg = doc.tags[j]
        if tg is None:
            if not doc.is_word(j) and doc.words[j] != ",":
                break
            j -= 1
            continue
        kind, start, _ = tg
        if kind in TITLES:
            head = tg
            break
        if kind is Kind.APPOSITIVE and head is None:
            head = tg
        if kind in (Kind.STOP, Kind.ADDRESS, Kind.CUE):
            break
        j = start - 1
    return doc.slice(doc.title_start(head), s - 2) or None if head else None
