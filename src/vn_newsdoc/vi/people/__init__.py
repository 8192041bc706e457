"""The people a Vietnamese article names, with the titles written beside them.

:func:`find_people` reads the texts of an article (headline, lead, body paragraphs,
captions) and returns each person once, in order of first mention, with the full name as
first written and the ranks, degrees and positions written beside it, verbatim:

* titles in front of the name (``Thủ tướng``, ``Bộ trưởng Bộ Y tế``, ``Thượng tướng``,
  ``PGS.TS``, ``Phó Giáo sư, Tiến sĩ``, ``NSND``, ``Nhà thơ``), a country or an office
  after the title taken in (``Thủ tướng Nhật Bản``, ``Chủ tịch UBND TP Hà Nội``);
* titles in apposition after it (``Nguyễn Văn Đô, Phó Bí thư Thường trực Thành ủy, Chủ
  tịch HĐND Thành phố``), split at commas and dashes that start a new title, ending where a
  verb (``cho biết``, ``bày tỏ``), a ``;``, ``.`` or ``(`` ends the apposition;
* titles in parentheses right after it (``ông Lê Văn A (Chủ tịch Công ty B)``).

Forms of address (``ông``, ``bà``, ``anh``, ``chị``, ``đồng chí``) are never titles but mark
the name after them as a person's. A later short mention (``ông Đô``) belongs to the person
already named. A name inside the name of an institution, place or street (``Học viện Chính
trị Quốc gia Hồ Chí Minh``, ``TP Hồ Chí Minh``, ``đường Nguyễn Huệ``, ``Lăng Chủ tịch Hồ Chí
Minh``) is not a person. Foreign names count where something marks them (``Tổng thống Mỹ
Joe Biden``, ``Park Hang-seo``, ``Kim Sa-myeong (27 tuổi)``), with their initials and
particles (``George W. Bush``, ``Ursula von der Leyen``). A full name listed right after a
person's is a person's (``Triệu Lệ Dĩnh và Dương Mịch``); in a sport report, so is a
player named by the given names alone (``Công Phượng``).

Most sentences of an article can name nobody new: a cheap look at their words
(``vn_newsdoc.vi.people._screen``) passes them over unread, with the same people found.

The word lists live in ``vn_newsdoc/vi/data/people_*.tsv`` (see the README there). The
reading is rule-based, offline and deterministic, and linear in the length of the text.
"""

from __future__ import annotations

import logging
from bisect import insort
from collections.abc import Callable, Iterable

from vn_newsdoc.model import Person
from vn_newsdoc.vi.people._clean import clean
from vn_newsdoc.vi.people._lexicon import sport_lowered
from vn_newsdoc.vi.people._mentions import Mention, find_mentions
from vn_newsdoc.vi.people._scan import docs
from vn_newsdoc.vi.people._tokens import is_vietnamese_syllable

__all__ = ["MAX_CHARS", "find_people"]

_LOG = logging.getLogger(__name__)

MAX_CHARS = 1_000_000
"""The most characters of an article's texts that :func:`find_people` reads (the longest
news articles run to some 100,000): the rest of a larger input is left unread, with a
warning logged, so that the time it takes stays bounded."""


class _Found:
    """A person being gathered from their mentions (local to one call)."""

    __slots__ = ("foreign", "full", "keys", "name", "titles", "titles_full")

    def __init__(self, mention: Mention) -> None:
        self.name = mention.name
        self.keys = mention.keys
        self.titles = mention.titles
        self.full = len(mention.keys) >= 2
        self.titles_full = self.full and bool(mention.titles)
        self.foreign = any(not is_vietnamese_syllable(w) for w in mention.name.split())

    def take(self, mention: Mention) -> None:
        """Merge a longer mention: its name, and its titles if it has any."""
        self.name = mention.name
        self.keys = mention.keys
        self.full = True
        if mention.titles and not self.titles_full:
            self.titles = mention.titles
            self.titles_full = True


class _People:
    """The people found so far in one article, with indexes that find the one a new
    mention belongs to in time independent of how many there are (local to one call)."""

    __slots__ = ("by_keys", "foreign_first", "found", "last_by_end", "suffix_owner")

    def __init__(self) -> None:
        self.found: list[_Found] = []
        # Full persons by their keys and every ending of two keys or more: the first one.
        self.suffix_owner: dict[tuple[str, ...], int] = {}
        # Persons by their keys as they stand now, in order.
        self.by_keys: dict[tuple[str, ...], list[int]] = {}
        # The last person whose name ends with a key (a name only grows at its front).
        self.last_by_end: dict[str, int] = {}
        # Foreign persons by the first key of their name as it stands now, in order.
        self.foreign_first: dict[str, list[int]] = {}

    def _index_full(self, j: int, keys: tuple[str, ...]) -> None:
        owner = self.suffix_owner
        for k in range(len(keys) - 1):
            suffix = keys[k:]
            if owner.get(suffix, j) >= j:
                owner[suffix] = j

    def _new(self, mention: Mention) -> None:
        j = len(self.found)
        person = _Found(mention)
        self.found.append(person)
        keys = person.keys
        if person.full:
            self._index_full(j, keys)
        self.by_keys.setdefault(keys, []).append(j)
        self.last_by_end[keys[-1]] = j
        if person.foreign:
            self.foreign_first.setdefault(keys[0], []).append(j)

    def _take(self, j: int, mention: Mention) -> None:
        person = self.found[j]
        old = person.keys
        person.take(mention)
        self.by_keys[old].remove(j)
        insort(self.by_keys.setdefault(person.keys, []), j)
        self._index_full(j, person.keys)
        if person.foreign and old[0] != person.keys[0]:
            self.foreign_first[old[0]].remove(j)
            insort(self.foreign_first.setdefault(person.keys[0], []), j)

    def add(self, mention: Mention) -> None:
        """Merge a mention into the person it names, or add a new person."""
        keys = mention.keys
        if len(keys) >= 2:
            # The first full person named so, or whose name ends so.
            j = self.suffix_owner.get(keys)
            if j is not None:
                person = self.found[j]
                if not person.titles and mention.titles:
                    person.titles = mention.titles
                    person.titles_full = True
                return
            # The first person whose name is an ending of this one's.
            owners = [self.by_keys.get(keys[k:]) for k in range(1, len(keys))]
            firsts = [o[0] for o in owners if o]
            if firsts:
                self._take(min(firsts), mention)
                return
            self._new(mention)
            return
        # The last person whose name ends with this word, or a foreign one's that starts so.
        key = keys[0]
        last = self.last_by_end.get(key, -1)
        foreign = self.foreign_first.get(key)
        if foreign:
            last = max(last, foreign[-1])
        if last >= 0:
            person = self.found[last]
            if not person.titles and mention.titles:
                person.titles = mention.titles
            return
        if mention.standalone:
            self._new(mention)


class _Once:
    """A question about the whole article, answered the first time it is asked."""

    __slots__ = ("_answer", "_ask")

    def __init__(self, ask: Callable[[], bool]) -> None:
        self._ask = ask
        self._answer: bool | None = None

    def __call__(self) -> bool:
        if self._answer is None:
            self._answer = self._ask()
        return self._answer


def find_people(texts: Iterable[str]) -> tuple[Person, ...]:
    """The people named in an article's texts, once each, in order of first mention.

    Args:
        texts: The article's texts in reading order: headline, lead, body paragraphs and
            captions. Each is cleaned (:func:`vn_newsdoc.text.clean`) before reading.

    Returns:
        One :class:`~vn_newsdoc.model.Person` per person: the full name as first written
        and the titles written beside the first full mention that has any, verbatim.
        Never raises on any text. Only the first
        :data:`~vn_newsdoc.vi.people.MAX_CHARS` characters of the texts are read (a
        warning is logged when more are given), so the time taken stays bounded; below
        that it grows in proportion to the length of the texts.

    >>> people = find_people([
    ...     "Thủ tướng Nhật Bản Shinzo Abe xin lỗi",
    ...     "Chiều 1/7, đồng chí Nguyễn Văn Đô, Phó Bí thư Thường trực Thành ủy, cho biết "
    ...     "ông Đô sẽ làm việc tại Học viện Chính trị Quốc gia Hồ Chí Minh.",
    ... ])
    >>> for p in people:
    ...     print(p.name, p.titles)
    Shinzo Abe ('Thủ tướng Nhật Bản',)
    Nguyễn Văn Đô ('Phó Bí thư Thường trực Thành ủy',)
    """
    people = _People()
    budget = MAX_CHARS
    cleaned: list[str] = []
    for raw in texts:
        # Cleaning a huge input only to drop most of it would take time for nothing: a
        # text of twice the budget is cleaned whole, a longer one only as far as that.
        text = clean(raw if len(raw) <= 2 * MAX_CHARS else raw[: 2 * MAX_CHARS])
        if len(text) > budget:
            _LOG.warning(
                "find_people: reading only the first %d characters of the texts", MAX_CHARS
            )
            text = text[:budget]
        budget -= len(text)
        cleaned.append(text)
        if budget <= 0:
            break
    # A sport report names its players by their given names alone ("Công Phượng"); the
    # texts are looked at for it once, and only if a run of given names needs it.
    # Each text is lowered once, for the screen of its sentences and the sport question.
    lows = [text.lower() for text in cleaned]
    sport = _Once(lambda: sport_lowered("\n".join(lows)))
    for doc in docs(cleaned, sport, lows):
        for mention in find_mentions(doc, references=False, sport=sport):
            people.add(mention)
    out = []
    for person in people.found:
        titles = tuple(dict.fromkeys(t for t in person.titles if t))
        out.append(Person(person.name, titles))
    return tuple(out)
