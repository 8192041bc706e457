"""Timestamps as Vietnamese news pages print them, and the ISO 8601 that their metadata uses.

Two readers, kept apart as in dateutil (``parse`` and ``isoparse``):

* :func:`parse_timestamp` and :func:`find_timestamps`, tolerant, for the text a page
  shows: ``Thứ sáu, 1/7/2022, 18:45 (GMT+7)``, ``18h45 ngày 1/7/2022``,
  ``Cập nhật: 02/07/2022 08:00``...
* :func:`parse_iso`, strict, for machine-written values (JSON-LD, meta tags,
  ``<time datetime>``): ``2022-07-01T18:45:00+07:00``.

**The value.** A :class:`Timestamp` holds an aware ``datetime`` and two flags. A date
printed without a time of day is not given an invented one silently: its ``value`` is
midnight at the start of that date in Vietnam time (``2022-07-01T00:00:00+07:00``) and its
``has_time`` is ``False``. ``is_update`` is ``True`` when a label such as ``Cập nhật`` says
the time is an update time rather than the publication time.

**The rules.**

* Day first: ``12/3/2024`` is 12 March 2024. A month above 12 is an error, never a reason
  to swap day and month. Only a page whose own dates prove the other order
  (:func:`dates_prove_month_first`: a forum or blog engine that prints ``12-24-2012``) is
  read month first, when the caller passes ``month_first=True``.
* A time without an offset is Vietnam time, ``VIETNAM`` (+07:00, no daylight saving),
  whatever the language around it (``10:19 Uhr`` too); ``GMT`` and ``UTC`` alone are
  +00:00. The HTML reader moves such times to UTC on a page in another language.
  ``GMT+7``, ``UTC+7``, ``GMT+07:00`` and ``(GMT+7)`` mean seven hours *east* of UTC
  (+07:00), whatever POSIX ``TZ`` strings or python-dateutil make of them.
* Two-digit years (``24/12/12``): with a ``reference`` time, ``yy`` is 20yy when yy is at
  most the reference year's last two digits plus one, else 19yy (in general: the latest
  year ending in yy no later than the reference year plus one); without a reference,
  20yy for yy < 70 and 19yy otherwise.
* Relative times (``2 giờ trước``, ``2 giờ 43 phút trước``, ``5 ngày trước``,
  ``hôm qua``, ``hôm nay 08:30``, ``vừa xong``) are read against the ``reference`` passed
  in, and without one they raise :class:`~vn_newsdoc.errors.DateParseError`. Nothing reads
  the clock. Whole days and longer give a date alone. A day and month without a year
  (``ngày 1 tháng 7``) take the reference's year; ``ngày`` must stand in front, so that a
  list of months (``Tháng 1 Tháng 2``) is never read as a date.
* ``SA``/``CH`` and ``AM``/``PM`` are read on a 12-hour clock; so are ``sáng``,
  ``trưa``, ``chiều``, ``tối`` and ``đêm`` (``11:05 tối`` is 23:05). An hour of 13 or
  more keeps its value whatever follows it (``15:20 PM`` is 15:20). Before such a word a
  one-digit minute is read too (``9:5 AM`` is 09:05); elsewhere it is not a time.
* A weekday that contradicts the date is logged at WARNING on the
  ``vn_newsdoc.vi.dates`` logger, and the date wins.
* An impossible date or time (``31/02/2022``, ``25:61``) raises
  :class:`~vn_newsdoc.errors.DateParseError`.

**The forms read.** In any order, separated by spaces, commas, ``-``, ``|``, ``·``,
parentheses or the words ``ngày``/``lúc``/``vào`` (and ``at``/``um``/``à``): a weekday
(``Thứ sáu``, ``Thứ 6``, ``T6``, ``CN``, ``Chủ nhật``, with or without diacritics); a date
(``01/07/2022``, ``1-7-2022``, ``01.07.2022``, ``01/07/22``, ``ngày 1 tháng 7 năm 2022``,
``1 tháng 7, 2022``, ``2022/07/01``, ``26 06 2019``, and with a month name of another
language from ``vi/data/date_months.tsv``: ``25 December 2012``, ``31. Oktober 2023``,
``25 décembre 2012``, or month first in the English order, ``May 14, 2012``); a time (``18:45``,
``18:45:12``, ``18h45``, ``18h``, ``18 giờ 45 phút``, each optionally followed by a
day-period word and an offset such as ``+07:00`` or ``Z``); an offset (``GMT+7``,
``UTC+07:00``, ``GMT``). ISO 8601 strings are read too, also with a space before the offset
(``2026-03-07T08:52:11.000 +07:00``). Labels in front (``Đăng lúc:``, ``Ngày đăng:``,
``Ngày ban hành:``, ``Xuất bản``, ``Cập nhật lúc``, ``Thời gian:``) are read from
``vi/data/date_markers.tsv``; after a label that names who posted (``Người xuất bản:``,
``Đăng bởi``, ``Posted by``) the poster's name, up to four words, may stand before the
date (``Người xuất bản: Minh Anh | 12/03/2024``);
the weekday words, day-period words and relative-time words also live in ``vi/data/``, one
file each, documented in its header.

**Placeholders.** Systems write ``0001-01-01T00:00:00Z`` or the Unix epoch
(``1970-01-01T00:00:00Z``) where they have no date; :func:`is_placeholder` tells them
apart, and the page reader takes them for no date.

>>> parse_timestamp("Đăng lúc: 18h45 ngày 1/7/2022").value.isoformat()
'2022-07-01T18:45:00+07:00'
>>> parse_timestamp("01/07/2022").has_time
False
"""

from __future__ import annotations

from vn_newsdoc.vi.dates._base import VIETNAM, Timestamp
from vn_newsdoc.vi.dates._iso import parse_iso
from vn_newsdoc.vi.dates._order import dates_prove_month_first
from vn_newsdoc.vi.dates._placeholders import is_placeholder
from vn_newsdoc.vi.dates._tolerant import find_timestamps, parse_timestamp

__all__ = [
    "VIETNAM",
    "Timestamp",
    "dates_prove_month_first",
    "find_timestamps",
    "is_placeholder",
    "parse_iso",
    "parse_timestamp",
]

for _obj in (
    Timestamp,
    dates_prove_month_first,
    find_timestamps,
    is_placeholder,
    parse_iso,
    parse_timestamp,
):
    _obj.__module__ = __name__
del _obj
