"""How :func:`~vn_newsdoc.vi.people.find_people` reads an article's texts: each cleaned,
cut into the runs of sentences that may name someone new, read for mentions, and the
mentions merged into the people they name (a module of its own, so that the compiled
build compiles it: the package's front door stays a plain module)."""

from __future__ import annotations

import logging
from bisect import insort
from collections.abc import Callable, Iterable
from typing import Final

from vn_newsdoc.model import Person
from vn_newsdoc.vi.people._clean import clean
from vn_newsdoc.vi.people._lexicon import sport_lowered
from vn_newsdoc.vi.people._mentions import Mention, find_mentions
from vn_newsdoc.vi.people._scan import docs
from vn_newsdoc.vi.people._tokens import is_vietnamese_syllable

__all__ = ["MAX_CHARS", "find_people", "find_people_in"]

# The package's logger: the warnings are the package's, wherever its code is kept.
_LOG: Final = logging.getLogger("vn_newsdoc.vi.people")

# The most characters of an article's texts that find_people reads (documented where the
# package gives it to its users, vn_newsdoc.vi.people.MAX_CHARS).
MAX_CHARS: Final = 1_000_000


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
    return find_people_in(texts)


def find_people_in(texts: Iterable[str], clean_from: int | None = None) -> tuple[Person, ...]:
    """:func:`find_people`, told that the texts from the one at ``clean_from`` on are clean
    already (those of the blocks of a body, which the model holds to it): they are not
    cleaned again.

    >>> find_people_in(["Ông Lộc  đến.", "Bà Lan về."], clean_from=1) == find_people(
    ...     ["Ông Lộc  đến.", "Bà Lan về."])
    True
    """
    people = _People()
    budget = MAX_CHARS
    cleaned: list[str] = []
    for k, raw in enumerate(texts):
        # Cleaning a huge input only to drop most of it would take time for nothing: a
        # text of twice the budget is cleaned whole, a longer one only as far as that.
        if clean_from is not None and k >= clean_from and len(raw) <= 2 * MAX_CHARS:
            text = raw
        else:
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
