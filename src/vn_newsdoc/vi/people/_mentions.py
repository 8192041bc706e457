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
from typing import NamedTuple

from vn_newsdoc.text import clean
from vn_newsdoc.vi.people._lexicon import (
    ALL_SURNAMES,
    KOREAN_SURNAMES,
    NAMING,
    SURNAMES,
    TITLES,
    Kind,
)
from vn_newsdoc.vi.people._tagger import Tag, tag
from vn_newsdoc.vi.people._tokens import (
    Token,
    is_capitalised,
    is_initials,
    is_vietnamese_syllable,
    tokenize,
)

_DASHES = frozenset("-–—")
# Words and codes for a ward or an urban district, as written after a street's name.
_WARDS = frozenset({"phường", "quận", "p", "q"})
_WARD_CODE = re.compile(r"[PQF]\.?\d|[PQ]\.[^\W\d_]")
# What a title before another title may be made of ("Phó Bí thư Tỉnh ủy, Chủ tịch ...").
_CHAINABLE = (*TITLES, Kind.MODIFIER, Kind.OFFICE, Kind.ADMIN, Kind.PLACE, Kind.COUNTRY)
_TRIM = " ,;:-–—"
# How far back from a name a title in front may start, in tokens and tags.
_FRONT_REACH = 14
# How far an apposition may run after a name, in tokens.
_APPOSITION_REACH = 32


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


class _Front(NamedTuple):
    kind: str  # "none", "address", "title", "trapped"
    start: int  # where the person's name starts (a title may take the run's first words)
    titles: tuple[str, ...]
    personal: bool = False  # a personal title (a rank) with only countries after it


class _Text:
    """One text with its tokens and tags, and the helpers that read them."""

    def __init__(self, text: str, keys: dict[str, str] | None = None) -> None:
        self.text = text
        self.toks: list[Token] = tokenize(text, keys)
        self.tags: list[Tag | None] = tag(self.toks)
        self.n = len(self.toks)
        self.names = [
            g is None
            and t.word
            and t.text[0].isupper()
            and (is_capitalised(t.text) or is_initials(t.text))
            for t, g in zip(self.toks, self.tags, strict=True)
        ]

    def kind(self, i: int) -> Kind | None:
        t = self.tags[i] if 0 <= i < self.n else None
        return t.kind if t else None

    def slice(self, a: int, b: int) -> str:
        """The text of tokens ``a`` to ``b`` (exclusive), trimmed of separators."""
        if b <= a:
            return ""
        return clean(self.text[self.toks[a].start : self.toks[b - 1].end].strip(_TRIM))

    def name_like(self, i: int) -> bool:
        """Whether token ``i`` may be part of a name: a capitalised word no list claims."""
        return self.names[i]

    def runs(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        i = 0
        while i < self.n:
            if self.name_like(i):
                j = i + 1
                while j < self.n and self.name_like(j) and not is_initials(self.toks[j].text):
                    j += 1
                out.append((i, j))
                i = j
            else:
                i += 1
        return out

    # -- titles ------------------------------------------------------------------------

    def head_end(self, i: int, *, appositive: bool) -> int | None:
        """If a title starts at ``i`` (modifiers, then a title word), where its head ends."""
        j = i
        while self.kind(j) is Kind.MODIFIER:
            tg = self.tags[j]
            assert tg is not None
            j = tg.end
        k = self.kind(j)
        if k in TITLES or (appositive and k is Kind.APPOSITIVE):
            tg = self.tags[j]
            assert tg is not None
            return tg.end
        return None

    def title_start(self, tg: Tag) -> int:
        """Where a title found at ``tg`` starts, with the modifiers and title words right
        in front of it taken in (``phó trưởng phòng``, ``trưởng phòng quản lý``)."""
        s = tg.start
        while s > 0 and self.kind(s - 1) in (Kind.MODIFIER, *TITLES, Kind.APPOSITIVE):
            prev = self.tags[s - 1]
            assert prev is not None
            s = prev.start
        return s

    def chained(self, start: int) -> list[str]:
        """Titles before ``start``, separated by commas, made of listed words only
        (``Phó Giáo sư, Tiến sỹ``, ``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh``)."""
        found: list[str] = []
        c = start - 1
        while c >= 1 and (self.toks[c].text == "," or self.toks[c].text in _DASHES):
            b = c - 1
            while b >= 0 and self.kind(b) in _CHAINABLE:
                tg = self.tags[b]
                assert tg is not None
                b = tg.start - 1
            seg = b + 1
            if seg == c or self.head_end(seg, appositive=False) is None:
                break
            found.insert(0, self.slice(seg, c))
            c = seg - 1
        return found

    def apposition(self, e: int) -> tuple[list[str], int]:
        """The titles written after a name ending at ``e``, and where they end."""
        if e >= self.n:
            return [], e
        sep = not self.toks[e].word and self.toks[e].text in {",", *_DASHES}
        start = e + 1 if sep else e
        if self.age_follows(e) and e + 3 < self.n and self.toks[e + 3].text == ",":
            start, sep = e + 4, True  # "Nguyễn Văn A (61 tuổi, nguyên Phó viện trưởng ...)"
        head = self.head_end(start, appositive=sep)
        if head is None:
            return [], e
        titles: list[str] = []
        cur, k = start, head
        while k < self.n and k - start < _APPOSITION_REACH:
            t = self.toks[k]
            if not t.word:
                nxt = self.kind(k + 1)
                if t.text == "," or t.text in _DASHES:
                    new = self.head_end(k + 1, appositive=t.text == ",")
                    if new is not None:
                        titles.append(self.slice(cur, k))
                        cur, k = k + 1, new
                        continue
                    if nxt in (*NAMING, Kind.OFFICE) and (
                        t.text != "," or not self._clause_ahead(k + 1)
                    ):
                        k += 1  # "(HECI), Bệnh viện Chợ Rẫy": the parent body
                        continue
                    break
                if t.text == "(":
                    close = self._closing(k)
                    if close is not None:
                        k = close + 1
                        continue
                break
            kind = self.kind(k)
            tg = self.tags[k]
            if kind is Kind.STOP:
                break
            if (
                tg
                and kind in (Kind.ADDRESS, Kind.CUE)
                and tg.end < self.n
                and self.name_like(tg.end)
            ):
                break  # "..., Giám đốc Sở và ông Lê Văn Dục"
            if t.key == "và" and self.kind(k + 1) is Kind.ADDRESS:
                break
            if t.key in ("tại", "ở") and k + 1 < self.n and self.toks[k + 1].text.islower():
                break  # "Chủ tịch UBND tỉnh tại phiên bế mạc": where, not what
            if self.names[k] and self._introduces(k):
                # "Theo X, Phó thủ tướng Nga Alexander Novak ...": the title is his.
                return [x for x in titles if x], max(cur - 1, e)
            k = tg.end if tg else k + 1
        titles.append(self.slice(cur, k))
        return [x for x in titles if x], k

    def _introduces(self, k: int) -> bool:
        """Whether the run starting at ``k`` is a person whose title stands before it."""
        r = k + 1
        while r < self.n and self.names[r]:
            r += 1
        if not _plausible(self.toks, k, r):
            return False
        front = self.front(k, r)
        return front.kind == "title" and front.start == k

    def _clause_ahead(self, k: int) -> bool:
        """Whether the words from ``k`` to the next punctuation hold a verb: a new clause
        (``..., UBND tỉnh đã tổ chức``), not a body the title belongs to."""
        for j in range(k, min(k + 16, self.n)):
            if not self.toks[j].word and self.toks[j].text not in _DASHES:
                return False
            if self.kind(j) is Kind.STOP:
                return True
        return False

    def _opening(self, k: int) -> int | None:
        """The ``(`` opening a short parenthesis of abbreviations that ends at ``k``."""
        for j in range(k - 1, max(k - 5, -1), -1):
            t = self.toks[j]
            if t.text == "(":
                return j if j < k - 1 else None
            if not (t.word and t.text.isupper()):
                return None
        return None

    def _closing(self, k: int) -> int | None:
        """The ``)`` closing a short parenthesis of names or abbreviations at ``k``."""
        for j in range(k + 1, min(k + 7, self.n)):
            t = self.toks[j]
            if t.text == ")":
                return j if j > k + 1 else None
            if t.word and not t.text[:1].isupper():
                return None
        return None

    # -- what stands in front of a run -------------------------------------------------

    def front(self, s: int, e: int) -> _Front:
        j = s - 1
        named: int | None = None  # an institution or place prefix not yet completed
        place = False  # a known place or country seen between the prefix and the run
        steps = 0
        while j >= 0 and steps < _FRONT_REACH:
            t = self.toks[j]
            tg = self.tags[j]
            steps += 1
            if tg is None:
                if t.text == ")" and (opening := self._opening(j)) is not None:
                    j = opening - 1  # "Giám đốc Cơ quan Phát triển Quốc tế Mỹ (USAID) ..."
                    continue
                if not t.word and t.text not in _DASHES:
                    break
                if (t.key == "và" and j == s - 1) or t.key == "của":
                    break  # "ông A và Nguyễn Văn B", "Tập đoàn X của tỷ phú Y"
                if self.names[j] and j > 0 and self.names[j - 1]:
                    b = j - 1
                    while b > 0 and self.names[b - 1]:
                        b -= 1
                    if _plausible(self.toks, b, j + 1):
                        break  # "Ngoại trưởng Mỹ Rex Tillerson và Cố vấn ... McMaster"
                j -= 1
                continue
            kind = tg.kind
            if kind is Kind.APPOSITIVE and tg.end == s:
                return _Front("address", s, ())  # "chuyên gia Kyle Rodda"
            if kind in (Kind.ADDRESS, Kind.CUE):
                if tg.end != s:
                    break
                if self.kind(tg.start - 1) in NAMING and self.toks[tg.start].text[0].isupper():
                    return _Front("trapped", s, ())  # "đường Bà Triệu", "Bộ đội Cụ Hồ"
                if kind is Kind.CUE and not self._person_before(tg.start):
                    break  # "chứng bệnh có tên ...": a name, but not a person's
                return _Front("address", s, ())
            if kind in TITLES:
                return self._titled(tg, s, e, named)
            if kind is Kind.STOP:
                break
            if kind in NAMING and named is None and not place:
                named = tg.start
            if kind in (Kind.PLACE, Kind.COUNTRY):
                place = True
            j = tg.start - 1
        if named is not None or (s > 0 and self.toks[s - 1].text[0].isdigit()):
            return _Front("trapped", s, ())  # "số 51 Võ Văn Tần": a street address
        return _Front("none", s, ())

    def _person_before(self, i: int) -> bool:
        """Whether a title or form of address stands shortly before token ``i``."""
        for j in range(i - 1, max(i - 11, -1), -1):
            t = self.toks[j]
            if (not t.word and t.text not in _DASHES) or self.kind(j) is Kind.STOP:
                return False
            if self.kind(j) in (*TITLES, Kind.APPOSITIVE, Kind.ADDRESS):
                return True
        return False

    def _titled(self, tg: Tag, s: int, e: int, named: int | None) -> _Front:
        ts = self.title_start(tg)
        if self.kind(ts - 1) in NAMING:
            return _Front("trapped", s, ())  # "Lăng Chủ tịch Hồ Chí Minh"
        person = s
        if named is not None:
            # "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ": the name ends the institution's.
            split = _split(self.toks, s, e, 2 if named == s - 1 else 1)
            if split is None and named == s - 1 and self.kind(named) is Kind.ADMIN:
                # "Chủ tịch UBND tỉnh Trần Văn Hiệp": "tỉnh" is the province itself.
                words = self.toks[s:e]
                if 3 <= len(words) <= 4 and words[0].key in SURNAMES:
                    split = s
            if split is None:
                return _Front("trapped", s, ())
            person = split
        elif e - s >= 3 and self.toks[s].key not in ALL_SURNAMES:
            person = _split(self.toks, s, e, 1) or s  # "Chủ tịch Vingroup Phạm Nhật Vượng"
        titles = (*self.chained(ts), self.slice(ts, person))
        personal = tg.kind is Kind.RANK and all(
            self.kind(k) in (Kind.COUNTRY, Kind.PLACE) for k in range(tg.end, person)
        )
        return _Front("title", person, tuple(x for x in titles if x), personal)

    def paren_title(self, s: int, e: int) -> str | None:
        """``giám đốc Sở Xây dựng (ông Lê Văn Dục)``: the title before the parenthesis."""
        if not (
            s >= 2
            and self.kind(s - 1) is Kind.ADDRESS
            and self.toks[s - 2].text == "("
            and e < self.n
            and self.toks[e].text == ")"
        ):
            return None
        j = s - 3
        steps = 0
        head: Tag | None = None  # an appositive head, kept while looking for a title
        while j >= 0 and steps < 16:
            steps += 1
            t = self.toks[j]
            tg = self.tags[j]
            if tg is None:
                if not t.word and t.text != ",":
                    break
                j -= 1
                continue
            if tg.kind in TITLES:
                head = tg
                break
            if tg.kind is Kind.APPOSITIVE and head is None:
                head = tg
            if tg.kind in (Kind.STOP, Kind.ADDRESS, Kind.CUE):
                break
            j = tg.start - 1
        return self.slice(self.title_start(head), s - 2) or None if head else None

    def ward_follows(self, e: int) -> bool:
        """``Phan Huy Ích, P12, Gò Vấp``: a street followed by its ward or district."""
        if e + 1 >= self.n or self.toks[e].text != ",":
            return False
        nxt = self.toks[e + 1]
        return nxt.key in _WARDS or bool(_WARD_CODE.match(nxt.text))

    def age_follows(self, e: int) -> bool:
        """``Kim Sa-myeong (27 tuổi)``, ``Didier Montalvo, 6 tuổi``."""
        return (
            e + 2 < self.n
            and self.toks[e].text in {"(", ","}
            and self.toks[e + 1].text.isdigit()
            and self.toks[e + 2].key == "tuổi"
        )


def _after_sentence_word(doc: _Text, s: int, e: int) -> int:
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


def _credited(doc: _Text, s: int) -> bool:
    """Whether the run at ``s`` follows a credit word and a colon or dash (``Ảnh: ...``)."""
    j = s - 1
    while j >= 0 and not doc.toks[j].word and doc.toks[j].text in {":", "-", "–", "/", "("}:
        j -= 1
    return j < s - 1 and doc.kind(j) is Kind.CREDIT


def _split(toks: list[Token], s: int, e: int, min_prefix: int) -> int | None:
    """Where a personal name starts at the end of the run ``s:e``, keeping ``min_prefix``
    words in front of it for the name of a place or institution; ``None`` if nowhere."""
    for length in (3, 4, 2):
        p = e - length
        if p - s >= min_prefix and toks[p].key in ALL_SURNAMES:
            return p
    return None


def _plausible(toks: list[Token], s: int, e: int) -> bool:
    """Whether a run of two or more words can be a personal name once marked as one."""
    if e - s < 2:
        return False
    words = toks[s:e]
    return words[0].key in ALL_SURNAMES or any(not is_vietnamese_syllable(w.text) for w in words)


def _shaped(toks: list[Token], s: int, e: int) -> bool:
    """Whether a run is a full name by its shape alone."""
    words = toks[s:e]
    if 3 <= len(words) <= 4 and words[0].key in SURNAMES:
        return all(is_vietnamese_syllable(w.text) for w in words)
    if len(words) == 2 and words[0].key in KOREAN_SURNAMES:
        given = words[1].text
        return "-" in given and given.split("-", 1)[1].islower()
    return False


def _standing(doc: _Text, front: _Front, s: int, e: int, apposition: bool) -> bool | None:
    """Whether the run ``s:e`` is a person that may stand alone (``True``), one that may
    only refer back (``False``), or no person at all (``None``)."""
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
        return True if _plausible(toks, s, e) else None
    if (apposition or doc.age_follows(e)) and _plausible(toks, s, e):
        return True
    return True if _shaped(toks, s, e) else None


def find_mentions(text: str, keys: dict[str, str] | None = None) -> list[Mention]:
    """Every mention of a person in one clean text, in order.

    >>> [m.name for m in find_mentions("Ông Nguyễn Văn Đô, Chủ tịch HĐND thành phố, cho biết.")]
    ['Nguyễn Văn Đô']
    """
    doc = _Text(text, keys)
    toks = doc.toks
    out: list[Mention] = []
    consumed = 0
    trapped_end = -1
    for s0, e in doc.runs():
        if e <= consumed:
            continue
        s = max(s0, consumed)
        if trapped_end >= 0 and all(
            t.text in {",", "và"} or t.text in _DASHES for t in toks[trapped_end:s]
        ):
            trapped_end = e  # "đường Nguyễn Huệ, Trần Phú, Hàm Nghi"
            continue
        if _credited(doc, s):
            continue
        s = _after_sentence_word(doc, s, e)
        front = doc.front(s, e)
        if front.kind == "trapped" or (front.kind == "none" and doc.ward_follows(e)):
            trapped_end = e
            continue
        trapped_end = -1
        s = front.start
        initials = is_initials(toks[s].text)
        if initials and front.kind != "address":
            continue
        single = e - s == 1
        if single and front.kind == "none":
            # A lone capitalised word: it may refer back to someone named before.
            out.append(Mention(doc.slice(s, e), (toks[s].key,), (), standalone=False))
            continue
        titles = list(front.titles)
        after, end = doc.apposition(e)
        standalone = _standing(doc, front, s, e, bool(after))
        if standalone is None:
            continue
        paren = doc.paren_title(s, e)
        if paren:
            titles.append(paren)
        titles.extend(after)
        name = doc.slice(s, e)
        if not name:
            continue
        out.append(Mention(name, tuple(t.key for t in toks[s:e]), tuple(titles), standalone))
        consumed = max(consumed, end)
    return out
