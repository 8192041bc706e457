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

from vn_newsdoc.vi.people import _find
from vn_newsdoc.vi.people._find import find_people

__all__ = ["MAX_CHARS", "find_people"]

MAX_CHARS = _find.MAX_CHARS
"""The most characters of an article's texts that :func:`find_people` reads (the longest
news articles run to some 100,000): the rest of a larger input is left unread, with a
warning logged, so that the time it takes stays bounded."""
