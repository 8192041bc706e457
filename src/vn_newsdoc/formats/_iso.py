"""Times and dates as the JSON and XML forms write them: ISO 8601, the offset kept exactly.

A time is written ``YYYY-MM-DDTHH:MM:SS[.ffffff]±HH:MM``: always with seconds, with six
digits of microseconds only when they are not zero, and with the offset the article holds
(``+00:00`` for UTC, never ``Z``). A date without a time (a :class:`datetime.date` in the
model) is written ``YYYY-MM-DD``, with no time and no offset.

Reading is strict: the same forms, with one to six fraction digits and ``Z`` accepted for
``+00:00``; a time without an offset, a date with an offset, or a week date is refused.

>>> import datetime as dt
>>> t = dt.datetime(2022, 7, 1, 18, 45, tzinfo=dt.timezone(dt.timedelta(hours=7)))
>>> format_datetime(t)
'2022-07-01T18:45:00+07:00'
>>> parse_datetime("2022-07-01T18:45:00+07:00") == t
True
>>> format_when(dt.date(2022, 7, 1)), parse_when("2022-07-01")
('2022-07-01', datetime.date(2022, 7, 1))
"""

from __future__ import annotations

import datetime as dt
import re

from vn_newsdoc.errors import shown

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "format_date",
    "format_datetime",
    "format_day_first",
    "format_when",
    "parse_datetime",
    "parse_when",
]

_MAX_OFFSET = dt.timedelta(hours=14)

DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
"""The regular expression (ECMA and Python alike) that a written time matches; the JSON
Schema and the XSD use the same one."""

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
"""The regular expression that a written date without a time matches (``2022-07-01``); the
JSON Schema and the XSD use the same one."""

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")

_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,6}))?"
    r"(?:(Z)|([+-])([0-9]{2}):([0-9]{2}))"
)


def format_datetime(value: dt.datetime) -> str:
    """Write an aware datetime in the ISO 8601 form described above.

    The model guarantees the offset is a whole number of minutes within ±14:00, which ISO
    8601 and XML Schema can carry; a named zone is written as its offset at that instant.

    Args:
        value: An aware datetime (as the model holds).
    """
    offset = value.utcoffset()
    assert offset is not None  # the model refuses naive datetimes
    return value.replace(tzinfo=dt.timezone(offset)).isoformat()


def parse_datetime(text: str) -> dt.datetime:
    """Read a time written in the ISO 8601 form described above.

    Raises:
        ValueError: ``text`` is not in that form or names no real time.
    """
    match = _DATETIME.fullmatch(text)
    if match is None:
        raise ValueError(
            f"{shown(text)} is not an ISO 8601 date and time with an offset "
            "(YYYY-MM-DDTHH:MM:SS+HH:MM)"
        )
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    if zulu:
        offset = dt.timedelta(0)
    else:
        if int(off_m) >= 60:
            raise ValueError(
                f"{shown(text)} has an offset with {shown(off_m, quoted=False)} minutes"
            )
        offset = dt.timedelta(hours=int(off_h), minutes=int(off_m))
        if offset > _MAX_OFFSET:
            raise ValueError(f"{shown(text)} has an offset beyond ±14:00")
        if sign == "-":
            offset = -offset
    micro = int((fraction or "0").ljust(6, "0"))
    try:
        return dt.datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            micro,
            tzinfo=dt.timezone(offset),
        )
    except ValueError as exc:
        raise ValueError(f"{shown(text)} names no real time: {exc}") from exc


def format_date(value: dt.date) -> str:
    """Write a date without a time as ``YYYY-MM-DD`` (the year always in four digits).

    >>> format_date(dt.date(99, 1, 2))
    '0099-01-02'
    """
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def format_when(value: dt.date) -> str:
    """Write a model time: an aware datetime as :func:`format_datetime` does, a date
    without a time as :func:`format_date` does."""
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    return format_date(value)


def parse_when(text: str) -> dt.date:
    """Read a model time: ``YYYY-MM-DD`` gives a :class:`datetime.date`, anything else is
    read by :func:`parse_datetime` (an aware :class:`datetime.datetime`).

    Raises:
        ValueError: ``text`` is in neither form or names no real day or time.

    >>> parse_when("2022-07-01T18:45:00Z").isoformat()
    '2022-07-01T18:45:00+00:00'
    >>> parse_when("2022-02-30")
    Traceback (most recent call last):
    ...
    ValueError: '2022-02-30' names no real day: day is out of range for month
    """
    if "T" in text:
        return parse_datetime(text)
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(
            f"{shown(text)} is neither a date (YYYY-MM-DD) nor an ISO 8601 date and time "
            "with an offset (YYYY-MM-DDTHH:MM:SS+HH:MM)"
        )
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{shown(text)} names no real day: {exc}") from exc


def format_day_first(value: dt.date) -> str:
    """A date as Vietnamese pages print it, for the forms people read: ``dd/mm/yyyy``,
    the year always in four digits (only the date of a datetime).

    >>> format_day_first(dt.date(2022, 7, 1))
    '01/07/2022'
    """
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
