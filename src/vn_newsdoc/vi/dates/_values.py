"""Turning the pieces of one timestamp into values: the date, the clock time, the zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeVar

from vn_newsdoc.vi.dates._base import (
    MAX_OFFSET_MINUTES,
    VIETNAM,
    Timestamp,
    expand_year,
    tz_from_minutes,
)
from vn_newsdoc.vi.dates._scan import UNIT_PAIR, Token
from vn_newsdoc.vi.dates._vocab import MARKERS, MONTHS, PERIODS, RELATIVE, UNITS, WEEKDAYS

__all__ = [
    "MARKER_OF",
    "WEEKDAY_OF",
    "UnreadableError",
    "date_of",
    "key",
    "make_date",
    "relative_of",
    "time_of",
    "zone_of",
]

_V = TypeVar("_V")


class UnreadableError(Exception):
    """A group of pieces that cannot be one timestamp; carries the reason."""


def _compact(table: Mapping[str, _V]) -> Mapping[str, _V]:
    return MappingProxyType({"".join(k.split()): v for k, v in table.items()})


# The scanner lets a space in a word match any run of spaces or none ("Thứ 2", "Thứ2"), so
# matched words are looked up with their spaces removed.
MARKER_OF = _compact(MARKERS)
_PERIODS = _compact(PERIODS)
_RELATIVE = _compact(RELATIVE)
_UNITS = _compact(UNITS)
WEEKDAY_OF = _compact(WEEKDAYS)
_MONTH_OF = _compact(MONTHS)


def key(text: str) -> str:
    """A matched word as the tables above are keyed: without its spaces."""
    return "".join(text.split())


def make_date(year: int, month: int, day: int) -> dt.date:
    """The date, or :class:`UnreadableError` naming it when it does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise UnreadableError(f"impossible date {day:02d}/{month:02d}/{year}") from exc


def _year(text: str, reference: dt.datetime | None) -> int:
    return expand_year(int(text), reference) if len(text) == 2 else int(text)


def _reference_day(reference: dt.datetime | None) -> dt.date:
    if reference is None:
        raise UnreadableError("a relative time needs a reference time")
    return reference.astimezone(VIETNAM).date()


def date_of(token: Token, reference: dt.datetime | None, *, month_first: bool = False) -> dt.date:
    """The date a date piece (numbers, words, ISO, ``hôm qua``) names; with
    ``month_first``, numeric dates (``12-24-2012``) are read month first."""
    m, kind = token.match, token.kind
    if kind == "iso":
        return make_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    if kind == "dmy":
        first, second = int(m["dd"]), int(m["dm"])
        day, month = (second, first) if month_first else (first, second)
        return make_date(_year(m["dy"], reference), month, day)
    if kind == "sdmy":
        first, second = int(m["sd"]), int(m["sm"])
        day, month = (second, first) if month_first else (first, second)
        return make_date(int(m["sy"]), month, day)
    if kind == "ymd":
        return make_date(int(m["yy"]), int(m["ym"]), int(m["yd"]))
    if kind == "mdate":  # 25 December 2012, 31. Oktober 2023
        return make_date(int(m["ny"]), _MONTH_OF[key(m["nm"])], int(m["nd"]))
    if kind == "mfirst":  # May 14, 2012
        return make_date(int(m["fy"]), _MONTH_OF[key(m["fm"])], int(m["fd"]))
    if kind == "wdate":
        if m["wy"]:
            year = int(m["wy"])
        elif not token.ngay:
            # "tháng 1 tháng 2" in a month list is no date; "ngày 1 tháng 2" is.
            raise UnreadableError("no year and no 'ngày' in front")
        elif reference is not None:
            year = reference.astimezone(VIETNAM).year
        else:
            raise UnreadableError("a date without a year needs a reference time")
        return make_date(year, int(m["wm"]), int(m["wd"]))
    # relday: "hôm nay", "hôm qua"
    days = int(_RELATIVE[key(m.group())].partition(":")[2])
    return _reference_day(reference) + dt.timedelta(days=days)


def _apply_period(hour: int, rule: str) -> tuple[int, int]:
    """The hour of the day, and a day shift, for ``hour`` on a 12-hour clock with ``rule``."""
    if hour >= 13:  # a 24-hour time with a stray marker ("15:20 PM")
        return hour, 0
    if rule == "am":
        return (0 if hour == 12 else hour), 0
    if rule == "pm":
        return (hour + 12 if 1 <= hour <= 11 else hour), 0
    if rule == "noon":
        return (hour + 12 if 1 <= hour <= 5 else hour), 0
    if rule == "evening":
        if hour == 12:
            return 0, 1
        return (hour + 12 if 1 <= hour <= 11 else hour), 0
    if rule == "night":
        if hour == 12:
            return 0, 1
        return (hour + 12 if 6 <= hour <= 11 else hour), 0
    return hour, 0  # morning


# The time pattern's forms: the groups of the hour, the minute and the second (only the
# first and fourth forms have one).
_CLOCK_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("h1", "m1", "s1"),
    ("h2", "m2", ""),
    ("h3", "m3", ""),
    ("h4", "m4", "s4"),
    ("h5", "m5", ""),
)


def time_of(token: Token) -> tuple[dt.time, int]:
    """The clock time of a time or ISO piece, and a day shift (``12 giờ đêm``)."""
    m = token.match
    if token.kind == "iso":
        frac = (m["ifr"] or "0")[:6].ljust(6, "0")
        parts = (m["ih"], m["imi"], m["is"] or "0", frac)
    else:
        # The first of the time pattern's forms whose hour matched (names spelt out, not
        # made and looked for one by one).
        for hours, minutes, seconds in _CLOCK_GROUPS:
            if m[hours] is not None:
                parts = (m[hours], m[minutes] or "0", m[seconds] if seconds else "0", "0")
                break
        else:
            raise StopIteration  # (what the search for the form raised; never: one matched)
    hour, minute, second, micro = (
        int(parts[0] or 0),
        int(parts[1] or 0),
        int(parts[2] or 0),
        int(parts[3] or 0),
    )
    shift = 0
    if token.kind == "time" and m["period"]:
        if hour > 23:
            raise UnreadableError(f"impossible hour {hour}")
        hour, shift = _apply_period(hour, _PERIODS[key(m["period"])])
    try:
        return dt.time(hour, minute, second, micro), shift
    except ValueError as exc:
        raise UnreadableError(f"impossible time {hour:02d}:{minute:02d}:{second:02d}") from exc


def _offset(sign: str, hours: str, minutes: str | None) -> dt.timezone:
    oh, om = int(hours), int(minutes or 0)
    if om > 59 or oh * 60 + om > MAX_OFFSET_MINUTES:
        # Beyond ±14:00 no zone exists, and no format could write the time.
        raise UnreadableError(f"impossible UTC offset {sign}{hours}:{minutes or '00'}")
    return tz_from_minutes((oh * 60 + om) * (-1 if sign == "-" else 1))


def zone_of(token: Token) -> dt.timezone:
    """The UTC offset an offset piece, or a time or ISO piece with one, names."""
    m = token.match
    if token.kind == "off":
        # "GMT+7" is seven hours east of Greenwich, whatever POSIX TZ strings say.
        return _offset(m["os"], m["oh"], m["om"]) if m["os"] else dt.UTC
    if token.kind == "iso":
        text = m["itz"]
        if text == "z":
            return dt.UTC
        return _offset(text[0], text[1:3], text[3:].lstrip(":") or None)
    if m["tzz"]:
        return dt.UTC
    return _offset(m["tzs"], m["tzh"], m["tzm"])


def relative_of(token: Token, reference: dt.datetime | None) -> Timestamp:
    """The timestamp a relative time (``2 giờ trước``, ``vừa xong``) names."""
    if reference is None:
        raise UnreadableError("a relative time needs a reference time")
    if token.kind == "now":
        return Timestamp(reference.astimezone(VIETNAM))
    amounts = {"seconds": 0, "minutes": 0, "hours": 0, "days": 0, "weeks": 0}
    months = 0
    for number, unit_word in UNIT_PAIR.findall(token.match.group()):
        unit = _UNITS[key(unit_word)]
        if unit in amounts:
            amounts[unit] += int(number)
        else:
            months += int(number) * (12 if unit == "years" else 1)
    try:
        if not (months or amounts["days"] or amounts["weeks"]):
            delta = dt.timedelta(
                hours=amounts["hours"], minutes=amounts["minutes"], seconds=amounts["seconds"]
            )
            return Timestamp((reference - delta).astimezone(VIETNAM))
        # Whole days and longer: the date is known, the time of day is not. Calendar
        # arithmetic: a month back from 31 March is the last day of February.
        from dateutil.relativedelta import relativedelta  # noqa: PLC0415 (import time)

        back = relativedelta(months=months, weeks=amounts["weeks"], days=amounts["days"])
        day = _reference_day(reference) - back
    except (OverflowError, ValueError) as exc:
        raise UnreadableError("relative time out of range") from exc
    return Timestamp(dt.datetime(day.year, day.month, day.day, tzinfo=VIETNAM), has_time=False)
