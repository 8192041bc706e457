"""The tolerant reader of the timestamps Vietnamese pages print."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeVar

import attrs

from vn_newsdoc.errors import DateParseError
from vn_newsdoc.vi.dates._base import VIETNAM, Timestamp, expand_year, fold, tz_from_minutes
from vn_newsdoc.vi.dates._scan import GLUE, STRONG_SEPARATOR, UNIT_PAIR, Token, scan
from vn_newsdoc.vi.dates._vocab import MARKERS, PERIODS, RELATIVE, UNITS, WEEKDAYS

__all__ = ["find_timestamps", "parse_timestamp"]

_log = logging.getLogger("vn_newsdoc.vi.dates")
_V = TypeVar("_V")

_MAX_GLUE = 24
_ATTACHED = re.compile(r"[+\-:/.,]\d")
_DATE_KINDS = frozenset({"iso", "wdate", "dmy", "ymd", "sdmy", "relday"})
_STANDALONE = frozenset({"rel", "now"})
_ALL_SLOTS = frozenset({"date", "time", "offset", "weekday"})
_WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _UnreadableError(Exception):
    """A group of pieces that cannot be one timestamp; carries the reason."""


@attrs.define
class _Group:
    tokens: list[Token]
    slots: set[str]
    marker: str | None = None

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def kinds(self) -> set[str]:
        return {t.kind for t in self.tokens}

    def is_timestamp(self) -> bool:
        return bool(self.kinds() & (_DATE_KINDS | _STANDALONE))


def _slots(token: Token) -> frozenset[str]:
    kind, m = token.kind, token.match
    if kind in _STANDALONE:
        return _ALL_SLOTS
    if kind == "iso":
        slots = {"date"}
        if m["ih"]:
            slots.add("time")
        if m["itz"]:
            slots.add("offset")
        return frozenset(slots)
    if kind in _DATE_KINDS:
        return frozenset({"date"})
    if kind == "time":
        return frozenset({"time", "offset"} if (m["tzs"] or m["tzz"]) else {"time"})
    if kind == "off":
        return frozenset({"offset"})
    return frozenset({"weekday"})


def _glues(folded: str, start: int, end: int) -> bool:
    """Whether only separators, and few of them (white space aside), stand in between."""
    if end - start > _MAX_GLUE and len("".join(folded[start:end].split())) > _MAX_GLUE:
        return False
    return GLUE.fullmatch(folded, start, end) is not None


def _group(folded: str, tokens: list[Token]) -> list[_Group]:
    groups: list[_Group] = []
    current: _Group | None = None
    marker: Token | None = None
    for token in tokens:
        if token.kind == "marker":
            current = None
            marker = token
            continue
        slots = _slots(token)
        if (
            current is not None
            and not (current.slots & slots)
            and _glues(folded, current.end, token.start)
        ):
            current.tokens.append(token)
            current.slots |= slots
            continue
        current = _Group([token], set(slots))
        if marker is not None and _glues(folded, marker.end, token.start):
            current.marker = _MARKERS[_key(marker.match.group())]
        marker = None
        groups.append(current)
    return groups


def _compact(table: Mapping[str, _V]) -> Mapping[str, _V]:
    return MappingProxyType({"".join(k.split()): v for k, v in table.items()})


# The scanner lets a space in a word match any run of spaces or none ("Thứ 2", "Thứ2"), so
# matched words are looked up with their spaces removed.
_MARKERS = _compact(MARKERS)
_PERIODS = _compact(PERIODS)
_RELATIVE = _compact(RELATIVE)
_UNITS = _compact(UNITS)
_WEEKDAYS = _compact(WEEKDAYS)


def _key(text: str) -> str:
    return "".join(text.split())


# ---------------------------------------------------------------------------------------
# Building a Timestamp from a group.


def _make_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise _UnreadableError(f"impossible date {day:02d}/{month:02d}/{year}") from exc


def _year(text: str, reference: dt.datetime | None) -> int:
    return expand_year(int(text), reference) if len(text) == 2 else int(text)


def _reference_day(reference: dt.datetime | None) -> dt.date:
    if reference is None:
        raise _UnreadableError("a relative time needs a reference time")
    return reference.astimezone(VIETNAM).date()


def _date(token: Token, reference: dt.datetime | None) -> dt.date:
    m, kind = token.match, token.kind
    if kind == "iso":
        return _make_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    if kind == "dmy":
        return _make_date(_year(m["dy"], reference), int(m["dm"]), int(m["dd"]))
    if kind == "sdmy":
        return _make_date(int(m["sy"]), int(m["sm"]), int(m["sd"]))
    if kind == "ymd":
        return _make_date(int(m["yy"]), int(m["ym"]), int(m["yd"]))
    if kind == "wdate":
        if m["wy"]:
            year = int(m["wy"])
        elif not token.ngay:
            # "tháng 1 tháng 2" in a month list is no date; "ngày 1 tháng 2" is.
            raise _UnreadableError("no year and no 'ngày' in front")
        elif reference is not None:
            year = reference.astimezone(VIETNAM).year
        else:
            raise _UnreadableError("a date without a year needs a reference time")
        return _make_date(year, int(m["wm"]), int(m["wd"]))
    # relday: "hôm nay", "hôm qua"
    days = int(_RELATIVE[_key(m.group())].partition(":")[2])
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


def _time(token: Token) -> tuple[dt.time, int]:
    """The clock time of a time or ISO piece, and a day shift (``12 giờ đêm``)."""
    m = token.match
    if token.kind == "iso":
        frac = (m["ifr"] or "0")[:6].ljust(6, "0")
        parts = (m["ih"], m["imi"], m["is"] or "0", frac)
    else:
        n = next(i for i in "1234" if m["h" + i] is not None)
        parts = (m["h" + n], m["m" + n] or "0", m["s" + n] if n in "14" else "0", "0")
    hour, minute, second, micro = (int(p or 0) for p in parts)
    shift = 0
    if token.kind == "time" and m["period"]:
        if hour > 23:
            raise _UnreadableError(f"impossible hour {hour}")
        hour, shift = _apply_period(hour, _PERIODS[_key(m["period"])])
    try:
        return dt.time(hour, minute, second, micro), shift
    except ValueError as exc:
        raise _UnreadableError(f"impossible time {hour:02d}:{minute:02d}:{second:02d}") from exc


def _offset(sign: str, hours: str, minutes: str | None) -> dt.timezone:
    oh, om = int(hours), int(minutes or 0)
    if oh > 23 or om > 59:
        raise _UnreadableError(f"impossible UTC offset {sign}{hours}:{minutes or '00'}")
    return tz_from_minutes((oh * 60 + om) * (-1 if sign == "-" else 1))


def _zone(token: Token) -> dt.timezone:
    m = token.match
    if token.kind == "off":
        # "GMT+7" is seven hours east of Greenwich, whatever POSIX TZ strings say.
        return _offset(m["os"], m["oh"], m["om"]) if m["os"] else dt.timezone.utc
    if token.kind == "iso":
        text = m["itz"]
        if text == "z":
            return dt.timezone.utc
        return _offset(text[0], text[1:3], text[3:].lstrip(":") or None)
    if m["tzz"]:
        return dt.timezone.utc
    return _offset(m["tzs"], m["tzh"], m["tzm"])


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise _UnreadableError("relative time out of range")


def _relative(token: Token, reference: dt.datetime | None) -> Timestamp:
    if reference is None:
        raise _UnreadableError("a relative time needs a reference time")
    if token.kind == "now":
        return Timestamp(reference.astimezone(VIETNAM))
    amounts = {"seconds": 0, "minutes": 0, "hours": 0, "days": 0, "weeks": 0}
    months = 0
    for number, unit_word in UNIT_PAIR.findall(token.match.group()):
        unit = _UNITS[_key(unit_word)]
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
        # Whole days and longer: the date is known, the time of day is not.
        day = _months_back(_reference_day(reference), months)
        day -= dt.timedelta(weeks=amounts["weeks"], days=amounts["days"])
    except OverflowError as exc:
        raise _UnreadableError("relative time out of range") from exc
    return Timestamp(dt.datetime(day.year, day.month, day.day, tzinfo=VIETNAM), has_time=False)


def _build(group: _Group, text: str, reference: dt.datetime | None) -> Timestamp:
    by_slot: dict[str, Token] = {}
    for token in group.tokens:
        for slot in _slots(token):
            by_slot.setdefault(slot, token)
    is_update = group.marker == "updated"
    first = group.tokens[0]
    if first.kind in _STANDALONE:
        return attrs.evolve(_relative(first, reference), is_update=is_update)
    if "date" not in by_slot:
        if "time" in by_slot:
            raise _UnreadableError("a time without a date")
        raise _UnreadableError("no date recognised")
    day = _date(by_slot["date"], reference)
    if "weekday" in by_slot:
        said = _WEEKDAYS[_key(by_slot["weekday"].match.group())]
        if said != day.isoweekday():
            _log.warning(
                "weekday %r contradicts the date %s (a %s); the date wins: %r",
                by_slot["weekday"].match.group(),
                day.isoformat(),
                _WEEKDAY_NAMES[day.isoweekday()],
                text,
            )
    if "time" not in by_slot:
        value = dt.datetime(day.year, day.month, day.day, tzinfo=VIETNAM)
        return Timestamp(value, has_time=False, is_update=is_update)
    clock, shift = _time(by_slot["time"])
    zone = _zone(by_slot["offset"]) if "offset" in by_slot else VIETNAM
    value = dt.datetime.combine(day, clock, tzinfo=zone) + dt.timedelta(days=shift)
    return Timestamp(value, has_time=True, is_update=is_update)


def _check_reference(reference: dt.datetime | None) -> None:
    if reference is not None and (
        not isinstance(reference, dt.datetime) or reference.utcoffset() is None
    ):
        raise TypeError(f"reference must be a timezone-aware datetime, not {reference!r}")


# ---------------------------------------------------------------------------------------
# The public functions.


def parse_timestamp(text: str, *, reference: dt.datetime | None = None) -> Timestamp:
    """Read the timestamp a Vietnamese page prints, in any of its common forms.

    The string holds one timestamp, with optional labels in front (``Đăng lúc:``,
    ``Ngày đăng:``, ``Cập nhật:``, ``Thời gian:``) and, after it, only what is clearly not
    part of it: text after a separator such as ``|``, ``·`` or `` - `` (where a second
    timestamp may stand), or words; a number right after the timestamp is refused as a
    possible piece of it. Dates are day-first, always. A time without an offset is
    Vietnam time. Relative times (``2 giờ trước``, ``hôm qua 08:30``, ``vừa xong``) are
    resolved against ``reference`` only. See the module documentation for the forms read.

    Args:
        text: The string, such as ``Thứ sáu, 1/7/2022, 18:45 (GMT+7)``.
        reference: An aware datetime that relative times and two-digit years are read
            against (typically when the page was fetched). Nothing reads the clock.

    Returns:
        The :class:`Timestamp`; ``has_time`` is ``False`` for a date alone and
        ``is_update`` is ``True`` after an update label such as ``Cập nhật``.

    Raises:
        DateParseError: ``text`` holds no date, an impossible date or time, a relative
            time without ``reference``, unknown text in front of the date, or something
            after it that could belong to it.
        TypeError: ``reference`` is naive.

    >>> parse_timestamp("Thứ sáu, 1/7/2022, 18:45 (GMT+7)").value.isoformat()
    '2022-07-01T18:45:00+07:00'
    >>> t = parse_timestamp("Cập nhật: 12/3/2024")
    >>> t.value.isoformat(), t.has_time, t.is_update
    ('2024-03-12T00:00:00+07:00', False, True)
    """
    _check_reference(reference)
    if not isinstance(text, str):
        raise TypeError(f"parse_timestamp() needs a str, not {type(text).__name__}")
    folded = fold(text)
    tokens = scan(folded)
    groups = _group(folded, tokens)
    if not groups:
        raise DateParseError(text)
    group = groups[0]
    # In front: only labels and separators.
    position = 0
    for token in tokens:
        if token.start >= group.start:
            break
        if token.kind != "marker" or not _glues(folded, position, token.start):
            raise DateParseError(text, "unknown text in front of the date")
        position = token.end
    if not _glues(folded, position, group.start):
        raise DateParseError(text, "unknown text in front of the date")
    # After: nothing that could be a piece of this timestamp.
    rest = folded[group.end :]
    if rest[:1].isalnum() or _ATTACHED.match(rest):
        raise DateParseError(text, "unreadable text right after the date")
    glue = GLUE.match(rest)
    between = rest[: glue.end()] if glue else ""
    if rest[len(between) : len(between) + 1].isdigit() and not STRONG_SEPARATOR.search(between):
        raise DateParseError(text, "a number after the date that could belong to it")
    try:
        return _build(group, text, reference)
    except _UnreadableError as exc:
        raise DateParseError(text, str(exc)) from None


def find_timestamps(text: str, *, reference: dt.datetime | None = None) -> tuple[Timestamp, ...]:
    """Every timestamp in a longer string, such as a dateline, in order.

    Pieces of one timestamp (weekday, date, time, offset) must stand close together, with
    only separators and the words ``ngày``, ``lúc``, ``vào`` between them. A timestamp
    right after an update label (``Cập nhật``) gets ``is_update=True``. Pieces that do not
    make a timestamp (an impossible date, a time without a date, a relative time without a
    ``reference``) are skipped: this function never raises on its text.

    Args:
        text: The string to scan.
        reference: As for :func:`parse_timestamp`.

    Returns:
        The timestamps, in the order they stand in ``text``.

    Raises:
        TypeError: ``reference`` is naive.

    >>> line = "Thứ sáu, 1/7/2022, 18:45 (GMT+7) | Cập nhật: 02/07/2022 08:00"
    >>> [(t.value.isoformat(), t.is_update) for t in find_timestamps(line)]
    [('2022-07-01T18:45:00+07:00', False), ('2022-07-02T08:00:00+07:00', True)]
    """
    _check_reference(reference)
    if not isinstance(text, str):
        raise TypeError(f"find_timestamps() needs a str, not {type(text).__name__}")
    folded = fold(text)
    found = []
    for group in _group(folded, scan(folded)):
        if not group.is_timestamp():
            continue
        try:
            found.append(_build(group, text, reference))
        except _UnreadableError:
            continue
    return tuple(found)
