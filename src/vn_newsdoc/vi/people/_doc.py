"""One text read for people: its tokens, their tags, and the helpers that read them."""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

from vn_newsdoc.vi.people._clean import clean
from vn_newsdoc.vi.people._lexicon import (
    ALL_SURNAMES,
    FOREIGN_GIVEN_NAMES,
    NAME_PARTICLES,
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

DASHES = frozenset("-–—")
"""The dashes that join titles and names of bodies."""
# Words and codes for a ward or an urban district, as written after a street's name.
_WARDS = frozenset({"phường", "quận", "p", "q"})
_WARD_CODE = re.compile(r"[PQF]\.?\d|[PQ]\.[^\W\d_]")
# What a title before another title may be made of ("Phó Bí thư Tỉnh ủy, Chủ tịch ...").
# A title's start takes in the modifiers and title words in front of it.
_TITLE_LEAD_IN = frozenset((Kind.MODIFIER, *TITLES, Kind.APPOSITIVE))
_CHAINABLE = (*TITLES, Kind.MODIFIER, Kind.OFFICE, Kind.ADMIN, Kind.PLACE, Kind.COUNTRY)
_TRIM = " ,;:-–—"
_TEXT = itemgetter(0)  # Token.text
_KEY = itemgetter(3)  # Token.key
_FIRST = itemgetter(0)  # a string's first character


class Doc:
    """One text with its tokens and tags, and the helpers that read them."""

    def __init__(
        self,
        text: str,
        keys: dict[str, str] | None = None,
        *,
        tokens: list[Token] | None = None,
        columns: tuple[list[str], list[str]] | None = None,
    ) -> None:
        """Read ``text``, or only its ``tokens`` if given (a stretch of it, already
        tokenised with their offsets in it), with their texts and keys as ``columns`` if
        the caller has them; ``keys`` is unused."""
        self.text = text
        self.toks: list[Token] = tokenize(text, keys) if tokens is None else tokens
        toks = self.toks
        if columns is None:
            columns = (list(map(_TEXT, toks)), list(map(_KEY, toks)))
        texts = columns[0]
        self.tags: list[Tag | None] = tag(toks, texts, columns[1])
        self.n = len(toks)
        names = [False] * self.n
        heads: list[int] = []  # the name-like tokens, in order
        tags = self.tags
        for i in compress(count(), map(str.isupper, map(_FIRST, texts))):
            t = toks[i]
            if t.word and tags[i] is None and (is_capitalised(t.text) or is_initials(t.text)):
                names[i] = True
                heads.append(i)
        self.names = names
        self._heads = heads

    def kind(self, i: int) -> Kind | None:
        """The kind of the phrase that covers token ``i`` (``None`` outside the text)."""
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
        """The runs of name-like words, as ``(start, end)`` token ranges; a run of
        initials (``N.N.L``) stands alone, but an initial with its full stop inside a
        foreign name (``George W. Bush``, ``J.D. Vance``) is part of it."""
        out: list[tuple[int, int]] = []
        names = self.names
        toks = self.toks
        n = self.n
        end = 0
        for i in self._heads:
            if i < end:
                continue
            j = i + 1
            while True:
                while j < n and names[j] and not is_initials(toks[j].text):
                    j += 1
                if self._initial_stop(j):
                    j += 2
                elif (k := self._particles(i, j)) > j:
                    j = k
                else:
                    break
            out.append((i, j))
            end = j
        return out

    def _particles(self, i: int, j: int) -> int:
        """Where a run ``i:j`` of a foreign name goes on after the lower-case particles at
        ``j`` (``Ursula von der Leyen``), or ``j`` if it does not: the run must start with
        a known given name, so that nouns and articles (``Welle der Sympathie``) stay
        apart."""
        toks = self.toks
        k = j
        while k < self.n and k - j < 3 and toks[k].key in NAME_PARTICLES and toks[k].text.islower():
            k += 1
        if (
            k == j
            or k >= self.n
            or not self.names[k]
            or j - i > 2
            or toks[i].key not in FOREIGN_GIVEN_NAMES
        ):
            return j
        return k

    def _initial_stop(self, j: int) -> bool:
        """Whether token ``j`` is the full stop of an initial inside a foreign name: glued
        to one capital letter or a run of initials, and followed by a word of a foreign
        spelling that may be a name (``W. Bush``, ``J.D. Vance``, not ``Văn A. Hôm``)."""
        if not (0 < j < self.n - 1 and self.toks[j].text == "."):
            return False
        prev = self.toks[j - 1]
        nxt = self.toks[j + 1]
        return (
            prev.end == self.toks[j].start
            and self.names[j - 1]
            and (len(prev.text) == 1 or is_initials(prev.text))
            and self.names[j + 1]
            and not is_initials(nxt.text)
            and not is_vietnamese_syllable(nxt.text)
        )

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
        while s > 0 and self.kind(s - 1) in _TITLE_LEAD_IN:
            prev = self.tags[s - 1]
            assert prev is not None
            s = prev.start
        return s

    def chained(self, start: int) -> list[str]:
        """Titles before ``start``, separated by commas, made of listed words only
        (``Phó Giáo sư, Tiến sỹ``, ``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh``)."""
        found: list[str] = []
        c = start - 1
        while c >= 1 and (self.toks[c].text == "," or self.toks[c].text in DASHES):
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

    def clause_ahead(self, k: int) -> bool:
        """Whether the words from ``k`` to the next punctuation hold a verb: a new clause
        (``..., UBND tỉnh đã tổ chức``), not a body the title belongs to."""
        for j in range(k, min(k + 16, self.n)):
            if not self.toks[j].word and self.toks[j].text not in DASHES:
                return False
            if self.kind(j) is Kind.STOP:
                return True
        return False

    def opening(self, k: int) -> int | None:
        """The ``(`` opening a short parenthesis of abbreviations that ends at ``k``."""
        for j in range(k - 1, max(k - 5, -1), -1):
            t = self.toks[j]
            if t.text == "(":
                return j if j < k - 1 else None
            if not (t.word and t.text.isupper()):
                return None
        return None

    def closing(self, k: int) -> int | None:
        """The ``)`` closing a short parenthesis of names or abbreviations at ``k``."""
        for j in range(k + 1, min(k + 7, self.n)):
            t = self.toks[j]
            if t.text == ")":
                return j if j > k + 1 else None
            if t.word and not t.text[:1].isupper():
                return None
        return None

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


def split_name(toks: list[Token], s: int, e: int, min_prefix: int) -> int | None:
    """Where a personal name starts at the end of the run ``s:e``, keeping ``min_prefix``
    words in front of it for the name of a place or institution; ``None`` if nowhere."""
    for length in (3, 4, 2):
        p = e - length
        if p - s >= min_prefix and toks[p].key in ALL_SURNAMES:
            return p
    return None


def plausible(toks: list[Token], s: int, e: int) -> bool:
    """Whether a run of two or more words can be a personal name once marked as one."""
    if e - s < 2:
        return False
    words = toks[s:e]
    return words[0].key in ALL_SURNAMES or any(not is_vietnamese_syllable(w.text) for w in words)
