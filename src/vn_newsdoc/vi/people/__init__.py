"""The people a Vietnamese article names, with the titles written beside them.

:func:`find_people` reads the texts of an article (headline, lead, body paragraphs,
captions) and returns each person once, in order of first mention, with the full name as
first written and the ranks, degrees and positions written beside it, verbatim:

* titles in front of the name (``Thủ tướng``, ``Bộ trưởng Bộ Y tế``, ``Thượng tướng``,
  ``PGS.TS``, ``Phó Giáo sư, Tiến sĩ``, ``NSND``, ``Nhà thơ``), a country or an office
  after the title taken in (``Thủ tướng Nhật Bản``, ``Chủ tịch UBND TP Hà Nội``);
* titles in apposition after it (``Nguyễn Văn Đô, Phó Bí thư Thường trực Thành ủy, Chủ
  tịch HĐND Thành phố``), split at commas and dashes that start a new title, ending where a
  verb (``cho biết``, ``bày tỏ``), a ``;``, ``.`` or ``(`` ends the apposition.

Forms of address (``ông``, ``bà``, ``anh``, ``chị``, ``đồng chí``) are never titles but mark
the name after them as a person's. A later short mention (``ông Đô``) belongs to the person
already named. A name inside the name of an institution, place or street (``Học viện Chính
trị Quốc gia Hồ Chí Minh``, ``TP Hồ Chí Minh``, ``đường Nguyễn Huệ``, ``Lăng Chủ tịch Hồ Chí
Minh``) is not a person. Foreign names count where something marks them (``Tổng thống Mỹ
Joe Biden``, ``Park Hang-seo``, ``Kim Sa-myeong (27 tuổi)``).

The word lists live in ``vn_newsdoc/vi/data/people_*.txt`` (see the README there). The
reading is rule-based, offline and deterministic, and linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterable

from vn_newsdoc.model import Person
from vn_newsdoc.vi.people._clean import clean
from vn_newsdoc.vi.people._mentions import Mention, find_mentions
from vn_newsdoc.vi.people._sentences import may_name, sentences
from vn_newsdoc.vi.people._tokens import is_vietnamese_syllable

__all__ = ["find_people"]


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


def _ends_with(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    return len(shorter) < len(longer) and longer[-len(shorter) :] == shorter


def _add(found: list[_Found], mention: Mention) -> None:
    keys = mention.keys
    if len(keys) >= 2:
        for person in found:
            if person.keys == keys or (person.full and _ends_with(person.keys, keys)):
                if not person.titles and mention.titles:
                    person.titles = mention.titles
                    person.titles_full = True
                return
        for person in found:
            if _ends_with(keys, person.keys):
                person.take(mention)
                return
        found.append(_Found(mention))
        return
    for person in reversed(found):
        if person.keys[-1] == keys[0] or (person.foreign and person.keys[0] == keys[0]):
            if not person.titles and mention.titles:
                person.titles = mention.titles
            return
    if mention.standalone:
        found.append(_Found(mention))


def find_people(texts: Iterable[str]) -> tuple[Person, ...]:
    """The people named in an article's texts, once each, in order of first mention.

    Args:
        texts: The article's texts in reading order: headline, lead, body paragraphs and
            captions. Each is cleaned (:func:`vn_newsdoc.text.clean`) before reading.

    Returns:
        One :class:`~vn_newsdoc.model.Person` per person: the full name as first written
        and the titles written beside the first full mention that has any, verbatim.
        Never raises on any text.

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
    found: list[_Found] = []
    for text in texts:
        for sentence in sentences(clean(text)):
            if may_name(sentence):
                for mention in find_mentions(sentence):
                    _add(found, mention)
    people = []
    for person in found:
        titles = tuple(dict.fromkeys(t for t in person.titles if t))
        people.append(Person(person.name, titles))
    return tuple(people)
