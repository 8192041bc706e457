"""What stands in front of a run of capitalised words: a form of address, a title, or
the start of the name of an institution or place that the run belongs to."""

from __future__ import annotations

from typing import Final, NamedTuple

from vn_newsdoc.vi.people._doc import DASHES, Doc, plausible, split_name
from vn_newsdoc.vi.people._lexicon import (
    ALL_SURNAMES,
    FOREIGN_GIVEN_NAMES,
    KOREAN_SURNAMES,
    NAMING,
    SURNAMES,
    TITLES,
    Kind,
)
from vn_newsdoc.vi.people._tagger import Tag

# How far back from a name a title in front may start, in tokens and tags.
_FRONT_REACH: Final = 14


class Front(NamedTuple):
    """What stands in front of a run."""

    kind: str
    """``"none"``, ``"address"`` (a form of address or a cue), ``"title"`` or
    ``"trapped"`` (the run is part of the name of an institution or place)."""
    start: int
    """Where the person's name starts (a title may take the run's first words)."""
    titles: tuple[str, ...]
    """The titles in front, verbatim."""
    personal: bool = False
    """Whether the title is a personal one (a rank) with only countries after it."""


def read_front(doc: Doc, s: int, e: int) -> Front:
    """What stands in front of the run ``s:e``, walking back at most a clause.

    The walk stops at punctuation, a verb, a possessive ``của``, or another person's name;
    a prefix that starts the name of an institution or place on the way makes the run part
    of that name unless a title further back takes the prefix in as its office and a
    personal name ends the run.
    """
    j = s - 1
    named: int | None = None  # an institution or place prefix not yet completed
    place = False  # a known place or country seen between the prefix and the run
    steps = 0
    while j >= 0 and steps < _FRONT_REACH:
        tg = doc.tags[j]
        steps += 1
        if tg is None:
            w = doc.words[j]
            if w == ")" and (opening := doc.opening(j)) is not None:
                j = opening - 1  # "Giám đốc Cơ quan Phát triển Quốc tế Mỹ (USAID) ..."
                continue
            if not w[0].isalnum() and w not in DASHES:
                break
            key = doc.keys[j]
            if (key == "và" and j == s - 1) or key == "của":
                break  # "ông A và Nguyễn Văn B", "Tập đoàn X của tỷ phú Y"
            if doc.names[j] and j > 0 and doc.names[j - 1]:
                b = j - 1
                while b > 0 and doc.names[b - 1]:
                    b -= 1
                if plausible(doc, b, j + 1):
                    break  # "Ngoại trưởng Mỹ Rex Tillerson và Cố vấn ... McMaster"
            j -= 1
            continue
        kind, start, end = tg
        if kind is Kind.APPOSITIVE and end == s:
            return Front("address", s, ())  # "chuyên gia Kyle Rodda"
        if kind in (Kind.ADDRESS, Kind.CUE):
            if end != s:
                break
            if doc.kind(start - 1) in NAMING and doc.words[start][0].isupper():
                return Front("trapped", s, ())  # "đường Bà Triệu", "Bộ đội Cụ Hồ"
            if kind is Kind.CUE and not person_before(doc, start):
                break  # "chứng bệnh có tên ...": a name, but not a person's
            ahead = title_ahead(doc, start) if kind is Kind.ADDRESS else None
            return Front("address", s, (ahead,) if ahead else ())
        if kind in TITLES:
            return titled(doc, tg, s, e, named)
        if kind is Kind.STOP:
            break
        if kind in NAMING and named is None and not place:
            named = start
        if kind in (Kind.PLACE, Kind.COUNTRY):
            place = True
        j = start - 1
    if named is not None or (s > 0 and doc.words[s - 1][0].isdigit()):
        return Front("trapped", s, ())  # "số 51 Võ Văn Tần": a street address
    return Front("none", s, ())


# What a title that opens a clause before ", ông X" may hold besides words no list claims.
_AHEAD: Final = frozenset(
    {*TITLES, Kind.MODIFIER, Kind.OFFICE, Kind.ADMIN, Kind.NAMED, Kind.PLACE, Kind.COUNTRY}
)
# Marks a title ahead may follow: the start of the text or the end of a clause.
_CLAUSE_ENDS: Final = frozenset({".", ",", ":", ";", "!", "?", "(", "“", '"', "-", "–", "—"})
# Words no list claims may follow a title ahead only inside the name of a body or place
# ("Công ty Công viên cây xanh"), not right after its head ("Giám đốc họp ...").
# What, shortly before a name, says it is a person's.
_PERSON_CUE: Final = frozenset((*TITLES, Kind.APPOSITIVE, Kind.ADDRESS))
_BODY: Final = frozenset({Kind.OFFICE, Kind.ADMIN, Kind.NAMED, Kind.PLACE, Kind.COUNTRY})


def title_ahead(doc: Doc, a: int) -> str | None:
    """The title that opens the clause before the form of address at ``a`` and a comma
    (``Tổng thư ký Liên hợp quốc (LHQ), ông Antonio Guterres``), if one does."""
    c = a - 1
    if c < 1 or doc.words[c] != ",":
        return None
    b = c - 1
    while b >= 0 and c - b <= 20:
        tg = doc.tags[b]
        if tg is not None:
            if tg[0] not in _AHEAD:
                return None
            b = tg[1] - 1
        elif doc.is_word(b) or doc.words[b] in "()":
            b -= 1
        else:
            break
    seg = b + 1
    if (b >= 0 and doc.words[b] not in _CLAUSE_ENDS) or c - seg > 20:
        return None
    head = doc.head_end(seg, appositive=False) if seg < c else None
    if head is None:
        return None
    inside = False  # inside the name of a body or place
    for k in range(head, c):
        tg = doc.tags[k]
        text = doc.words[k]
        if (tg is not None and tg[0] in _BODY) or text[:1].isupper():
            inside = True
        elif tg is None and text[:1].islower() and not inside:
            return None
    return doc.slice(seg, c) or None


def _acronym_before(doc: Doc, s: int) -> bool:
    """Whether an unlisted abbreviation in capitals ends the name of a body right before
    the run at ``s`` (``Công ty ... Thương mại BMC Nguyễn Văn Ngọc``): the body's name is
    complete, so the whole run may be the person's."""
    if s < 1 or doc.tags[s - 1] is not None:
        return False
    prev = doc.words[s - 1]
    return prev[0].isalnum() and len(prev) >= 2 and prev.isupper() and prev.isalpha()


def person_before(doc: Doc, i: int) -> bool:
    """Whether a title or form of address stands shortly before token ``i``."""
    for j in range(i - 1, max(i - 11, -1), -1):
        w = doc.words[j]
        if (not w[0].isalnum() and w not in DASHES) or doc.kind(j) is Kind.STOP:
            return False
        if doc.kind(j) in _PERSON_CUE:
            return True
    return False


def _foreign_after_body(doc: Doc, s: int, e: int) -> int | None:
    """Where a foreign name starts after the name of a body in the run ``s:e`` that
    follows a title (``Chủ tịch Fed Jerome Powell``, ``Chủ tịch Samsung Lee Jae-yong``):
    at a known given name, or a Korean family name before a hyphenated given name; the
    run must not start with one itself."""
    keys = doc.keys
    if keys[s] in FOREIGN_GIVEN_NAMES or keys[s] in KOREAN_SURNAMES:
        return None
    for p in range(s + 1, e - 1):
        key = keys[p]
        if key in FOREIGN_GIVEN_NAMES or (key in KOREAN_SURNAMES and "-" in doc.words[p + 1]):
            return p
    return None


def titled(doc: Doc, tg: Tag, s: int, e: int, named: int | None) -> Front:
    """The front of the run ``s:e`` when the title ``tg`` stands before it, ``named``
    being the prefix of an institution or place met between them, if any."""
    ts = doc.title_start(tg)
    if doc.kind(ts - 1) in NAMING:
        return Front("trapped", s, ())  # "Lăng Chủ tịch Hồ Chí Minh"
    person = s
    if named is not None:
        # "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ": the name ends the institution's.
        prefix = doc.tags[named]
        next_to = prefix is not None and prefix[2] == s  # "tỉnh", "thị trấn" right before
        split = split_name(doc, s, e, 0 if _acronym_before(doc, s) else 2 if next_to else 1)
        if (
            split is None
            and next_to
            and doc.kind(named) is Kind.ADMIN
            and 3 <= e - s <= 4
            and doc.keys[s] in SURNAMES
        ):
            split = s  # "Chủ tịch UBND tỉnh Trần Văn Hiệp": "tỉnh" is the province itself
        if split is None:
            return Front("trapped", s, ())
        person = split
    elif e - s >= 3 and doc.keys[s] not in ALL_SURNAMES:
        # "Chủ tịch Vingroup Phạm Nhật Vượng", "Chủ tịch Fed Jerome Powell"
        person = split_name(doc, s, e, 1) or _foreign_after_body(doc, s, e) or s
    titles = (*doc.chained(ts), doc.slice(ts, person))
    personal = tg[0] is Kind.RANK and all(
        doc.kind(k) in (Kind.COUNTRY, Kind.PLACE) for k in range(tg[2], person)
    )
    return Front("title", person, tuple(x for x in titles if x), personal)
