"""Times as the JSON and XML forms write them: ISO 8601 with the offset kept exactly.

A time is written ``YYYY-MM-DDTHH:MM:SS[.ffffff]±HH:MM``: always with seconds, with six
digits of microseconds only when they are not zero, and with the offset the article holds
(``+00:00`` for UTC, never ``Z``). A date-only value is a datetime at midnight in the model
and is written as one (``2022-07-01T00:00:00+07:00``).

Reading is strict: the same form, with one to six fraction digits and ``Z`` accepted for
``+00:00``; a time without an offset, a date without a time, or a week date is refused.

>>> import datetime as dt
>>> t = dt.datetime(2022, 7, 1, 18, 45, tzinfo=dt.timezone(dt.timedelta(hours=7)))
>>> format_datetime(t)
'2022-07-01T18:45:00+07:00'
>>> parse_datetime("2022-07-01T18:45:00+07:00") == t
True
"""

from __future__ import annotations

import datetime as dt
import re

from vn_newsdoc.errors import shown

__all__ = ["DATETIME_PATTERN", "format_datetime", "parse_datetime"]

_MAX_OFFSET = dt.timedelta(hours=14)

DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
"""The regular expression (ECMA and Python alike) that a written time matches; the JSON
Schema and the XSD use the same one."""

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
