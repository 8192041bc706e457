"""One text read for people: its tokens, their tags, and the helpers that read them."""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Final

from vn_newsdoc.vi.people._build import COMPILED as _COMPILED
from vn_newsdoc.vi.people._cases import _first_upper
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
    may_split,
    offsets,
    splits,
    tokenize,
    tokens_at,
    tokens_in,
)

DASHES: Final = frozenset("-–—")
"""The dashes that join titles and names of bodies."""
# Words and codes for a ward or an urban district, as written after a street's name.
_WARDS: Final = frozenset({"phường", "quận", "p", "q"})
_WARD_CODE: Final = re.compile(r"[PQF]\.?\d|[PQ]\.[^\W\d_]")
# What a title before another title may be made of ("Phó Bí thư Tỉnh ủy, Chủ tịch ...").
# A title's start takes in the modifiers and title words in front of it.
_TITLE_LEAD_IN: Final = frozenset((Kind.MODIFIER, *TITLES, Kind.APPOSITIVE))
_CHAINABLE: Final = (*TITLES, Kind.MODIFIER, Kind.OFFICE, Kind.ADMIN, Kind.PLACE, Kind.COUNTRY)
_TRIM: Final = " ,;:-–—"
_TEXT: Final = itemgetter(0)  # Token.text
_KEY: Final = itemgetter(3)  # Token.key
_FIRST: Final = itemgetter(0)  # a string's first character


class Doc:
    """One text with its tokens and tags, and the helpers that read them.

    The tokens are read as columns, their texts (:attr:`words`) and keys (:attr:`keys`):
    the tagger and the readers look at a token's text or key far more often than at its
    offsets, which are placed only when something asks for them (the few tokens of a
    mention's name or an initial's full stop), and no :class:`Token` is made for a run of
    sentences given by its words.

    >>> doc = Doc("Ông Lê Văn Tám đến.")
    >>> doc.words[1:4], doc.keys[0], doc.toks[4].start
    (['Lê', 'Văn', 'Tám'], 'ông', 15)
    >>> Doc("Ông Lê Văn Tám đến.", columns=(doc.words, doc.keys), placed_from=0).toks == doc.toks
    True
    """

    def __init__(
        self,
        text: str,
        keys: dict[str, str] | None = None,
        *,
        tokens: list[Token] | None = None,
        columns: tuple[list[str], list[str]] | None = None,
        placed_from: int | None = None,
        joined: bool = True,
    ) -> None:
        """Read ``text``, or only its ``tokens`` if given (a stretch of it, already
        tokenised with their offsets in it), with their texts and keys as ``columns`` if
        the caller has them; or, with ``columns`` and ``placed_from`` and no ``tokens``,
        the stretch of a clean text from ``placed_from`` on whose words (``WORD.findall``
        of it, none an abbreviation glued to a word) and keys are ``columns``: its tokens
        are those :func:`~vn_newsdoc.vi.people._tokens.tokens_in` places, made only if
        asked for; ``joined`` is ``False`` only when surely no token holds a dot or hyphen
        before more of it (:func:`~vn_newsdoc.vi.people._tagger.tag`). ``keys`` is
        unused."""
        self.text = text
        if tokens is None and (columns is None or placed_from is None):
            tokens = tokenize(text, keys)
        self._toks = tokens
        self._placed_from = 0 if placed_from is None else placed_from
        # Where the first tokens start and end, as far as they were asked for.
        self._starts: list[int] = []
        self._ends: list[int] = []
        if columns is None:
            assert tokens is not None
            columns = (list(map(_TEXT, tokens)), list(map(_KEY, tokens)))
        texts = columns[0]
        self.words: list[str] = texts
        """The tokens as written."""
        self.keys: list[str] = columns[1]
        """The tokens' keys (:func:`~vn_newsdoc.vi.people._tokens.token_key`)."""
        self.tags: list[Tag | None] = tag(texts, columns[1], self.glued_to_previous, joined)
        self.n = len(texts)
        names = [False] * self.n
        heads: list[int] = []  # the name-like tokens, in order
        tags = self.tags
        if _COMPILED:
            # One native walk, the first letter looked up by its code (no string made).
            for i in range(self.n):
                w = texts[i]
                if _first_upper(w) and tags[i] is None and (is_capitalised(w) or is_initials(w)):
                    names[i] = True
                    heads.append(i)
        else:
            # (A comprehension: no slower than a chain of maps when interpreted.)
            capitals = [k for k, w in enumerate(texts) if w[0].isupper()]
            for i in capitals:
                w = texts[i]
                if tags[i] is None and w[0].isalnum() and (is_capitalised(w) or is_initials(w)):
                    names[i] = True
                    heads.append(i)
        self.names = names
        self._heads = heads

    @property
    def toks(self) -> list[Token]:
        """The tokens, with their offsets in the text."""
        if self._toks is None:
            self._toks = tokens_at(self.words, self.keys, *self._place(self.n - 1))
        return self._toks

    def _place(self, last: int) -> tuple[list[int], list[int]]:
        """Where each token starts and ends in the text, for a text given by its words, at
        least as far as token ``last``: the tokens are placed one after the other, each
        once, only as far as something asks for (most often a name, a few words in)."""
        starts = self._starts
        ends = self._ends
        done = len(starts)
        if done <= last:
            # The walk goes on where it stopped: past the last token placed.
            more = offsets(
                self.text, ends[-1] if done else self._placed_from, self.words[done : last + 1]
            )
            starts += more[0]
            ends += more[1]
        return starts, ends

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Where tokens ``a`` to ``b`` (inclusive) start and end in the text."""
        toks = self._toks
        if toks is not None:
            return toks[a].start, toks[b].end
        starts, ends = self._place(b)
        return starts[a], ends[b]

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` is a word (letters or digits), not punctuation."""
        return self.words[i][0].isalnum()

    def glued_to_previous(self, i: int) -> bool:
        """Whether token ``i`` starts right where token ``i - 1`` ends, with no space."""
        toks = self._toks
        if toks is not None:
            return toks[i].start == toks[i - 1].end
        starts, ends = self._place(i)
        return starts[i] == ends[i - 1]

    def kind(self, i: int) -> Kind | None:
        """The kind of the phrase that covers token ``i`` (``None`` outside the text)."""
        t = self.tags[i] if 0 <= i < self.n else None
        return t[0] if t is not None else None

    def slice(self, a: int, b: int) -> str:
        """The text of tokens ``a`` to ``b`` (exclusive), trimmed of separators."""
        if b <= a:
            return ""
        start, end = self.span(a, b - 1)
        return clean(self.text[start:end].strip(_TRIM))

    def name_like(self, i: int) -> bool:
        """Whether token ``i`` may be part of a name: a capitalised word no list claims."""
        return self.names[i]

    def runs(self) -> list[tuple[int, int]]:
        """The runs of name-like words, as ``(start, end)`` token ranges; a run of
        initials (``N.N.L``) stands alone, but an initial with its full stop inside a
        foreign name (``George W. Bush``, ``J.D. Vance``) is part of it."""
        out: list[tuple[int, int]] = []
        names = self.names
        words = self.words
        n = self.n
        end = 0
        for i in self._heads:
            if i < end:
                continue
            j = i + 1
            while True:
                while j < n and names[j] and not is_initials(words[j]):
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
        keys = self.keys
        k = j
        while k < self.n and k - j < 3 and keys[k] in NAME_PARTICLES and self.words[k].islower():
            k += 1
        if (
            k == j
            or k >= self.n
            or not self.names[k]
            or j - i > 2
            or keys[i] not in FOREIGN_GIVEN_NAMES
        ):
            return j
        return k

    def _initial_stop(self, j: int) -> bool:
        """Whether token ``j`` is the full stop of an initial inside a foreign name: glued
        to one capital letter or a run of initials, and followed by a word of a foreign
        spelling that may be a name (``W. Bush``, ``J.D. Vance``, not ``Văn A. Hôm``)."""
        if not (0 < j < self.n - 1 and self.words[j] == "."):
            return False
        prev = self.words[j - 1]
        nxt = self.words[j + 1]
        return (
            self.names[j - 1]
            and self.names[j + 1]
            and (len(prev) == 1 or is_initials(prev))
            and not is_initials(nxt)
            and not is_vietnamese_syllable(nxt)
            and self.glued_to_previous(j)
        )

    def head_end(self, i: int, *, appositive: bool) -> int | None:
        """If a title starts at ``i`` (modifiers, then a title word), where its head ends."""
        j = i
        while self.kind(j) is Kind.MODIFIER:
            tg = self.tags[j]
            assert tg is not None
            j = tg[2]
        k = self.kind(j)
        if k in TITLES or (appositive and k is Kind.APPOSITIVE):
            tg = self.tags[j]
            assert tg is not None
            return tg[2]
        return None

    def title_start(self, tg: Tag) -> int:
        """Where a title found at ``tg`` starts, with the modifiers and title words right
        in front of it taken in (``phó trưởng phòng``, ``trưởng phòng quản lý``)."""
        s = tg[1]
        while s > 0 and self.kind(s - 1) in _TITLE_LEAD_IN:
            prev = self.tags[s - 1]
            assert prev is not None
            s = prev[1]
        return s

    def chained(self, start: int) -> list[str]:
        """Titles before ``start``, separated by commas, made of listed words only
        (``Phó Giáo sư, Tiến sỹ``, ``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh``)."""
        found: list[str] = []
        c = start - 1
        while c >= 1 and (self.words[c] == "," or self.words[c] in DASHES):
            b = c - 1
            while b >= 0 and self.kind(b) in _CHAINABLE:
                tg = self.tags[b]
                assert tg is not None
                b = tg[1] - 1
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
            if not self.is_word(j) and self.words[j] not in DASHES:
                return False
            if self.kind(j) is Kind.STOP:
                return True
        return False

    def opening(self, k: int) -> int | None:
        """The ``(`` opening a short parenthesis of abbreviations that ends at ``k``."""
        for j in range(k - 1, max(k - 5, -1), -1):
            w = self.words[j]
            if w == "(":
                return j if j < k - 1 else None
            if not (w[0].isalnum() and w.isupper()):
                return None
        return None

    def closing(self, k: int) -> int | None:
        """The ``)`` closing a short parenthesis of names or abbreviations at ``k``."""
        for j in range(k + 1, min(k + 7, self.n)):
            w = self.words[j]
            if w == ")":
                return j if j > k + 1 else None
            if w[0].isalnum() and not w[:1].isupper():
                return None
        return None

    def ward_follows(self, e: int) -> bool:
        """``Phan Huy Ích, P12, Gò Vấp``: a street followed by its ward or district."""
        if e + 1 >= self.n or self.words[e] != ",":
            return False
        return self.keys[e + 1] in _WARDS or bool(_WARD_CODE.match(self.words[e + 1]))

    def age_follows(self, e: int) -> bool:
        """``Kim Sa-myeong (27 tuổi)``, ``Didier Montalvo, 6 tuổi``."""
        return (
            e + 2 < self.n
            and self.words[e] in {"(", ","}
            and self.words[e + 1].isdigit()
            and self.keys[e + 2] == "tuổi"
        )


def read_part(
    text: str, start: int, end: int, words: list[str], keys: list[str], *, joined: bool = True
) -> Doc:
    """The :class:`Doc` of ``text[start:end]``, a part of a clean text whose words
    (``WORD.findall`` of it) and their keys are known: the same as
    ``Doc(text, tokens=tokens_in(text, start, end, words, keys))``, whose tokens are made
    only if asked for (unless an abbreviation glued to a word splits one); ``joined`` is
    ``False`` only when the caller knows that no word holds a dot or hyphen before more
    of it.

    >>> text = "Hôm qua, ông Lê Văn Tám đến."
    >>> words = ["ông", "Lê", "Văn", "Tám", "đến", "."]
    >>> keys = ["ông", "lê", "văn", "tám", "đến", "."]
    >>> read_part(text, 9, 28, words, keys).toks == tokens_in(text, 9, 28, words, keys)
    True
    """
    # Most parts with a dot between word characters hold a number ("30.000") or an
    # abbreviation of capitals alone ("TP.HCM"), which no token splits: their tokens are
    # their words, placed only if asked for, as in a part with no such dot. (A word that
    # a token splits holds a dot before more of it: a part not ``joined`` holds none, and
    # is not looked at.)
    if joined and may_split(text, start, end) and splits(words):
        return Doc(text, tokens=tokens_in(text, start, end, words, keys))
    return Doc(text, columns=(words, keys), placed_from=start, joined=joined)


def split_name(doc: Doc, s: int, e: int, min_prefix: int) -> int | None:
    """Where a personal name starts at the end of the run ``s:e``, keeping ``min_prefix``
    words in front of it for the name of a place or institution; ``None`` if nowhere."""
    keys = doc.keys
    for length in (3, 4, 2):
        p = e - length
        if p - s >= min_prefix and keys[p] in ALL_SURNAMES:
            return p
    return None


def plausible(doc: Doc, s: int, e: int) -> bool:
    """Whether a run of two or more words can be a personal name once marked as one."""
    if e - s < 2:
        return False
    return doc.keys[s] in ALL_SURNAMES or not all(map(is_vietnamese_syllable, doc.words[s:e]))
