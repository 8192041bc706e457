"""The strict ISO 8601 reader for machine-written times (JSON-LD, meta tags, ``<time>``)."""

from __future__ import annotations

import datetime as dt
import re

from vn_newsdoc.errors import DateParseError
from vn_newsdoc.vi.dates._base import MAX_OFFSET_MINUTES, VIETNAM, tz_from_minutes

__all__ = ["parse_iso"]

# The extended format only: YYYY-MM-DD, then optionally T (or one space) and hh:mm,
# :ss, a fraction of a second, and an offset written Z, +hh:mm, +hhmm or +hh.
_ISO = re.compile(
    r"""
    (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})
    (?:
        [Tt\x20]
        (?P<hour>\d{2}):(?P<minute>\d{2})
        (?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?
        (?P<offset>[Zz]|(?P<sign>[+-])(?P<oh>\d{2})(?::?(?P<om>\d{2}))?)?
    )?
    """,
    re.VERBOSE | re.ASCII,
)


def parse_iso(text: str) -> dt.datetime:
    """Read a strict ISO 8601 date or date and time, as JSON-LD and meta tags write them.

    Accepted: ``YYYY-MM-DD``, then optionally ``T`` or one space and ``hh:mm``, seconds
    and a fraction of a second (``.123``, kept to the microsecond), and an offset
    (``Z``, ``+07:00``, ``+0700``, ``+07``). White space around the whole string is
    ignored. What is written is what is read: a wrong ``Z`` or ``+08:00`` is returned as
    such (deciding whether to trust it is the caller's business). A time without an offset
    is Vietnam time (+07:00); a date alone gives midnight of that date, +07:00.

    Args:
        text: The string, such as ``2022-07-01T18:45:00+07:00``.

    Returns:
        An aware datetime.

    Raises:
        DateParseError: ``text`` is not in that form, or names an impossible date, time
            or offset.

    >>> parse_iso("2022-07-01T18:45:00+07:00").isoformat()
    '2022-07-01T18:45:00+07:00'
    >>> parse_iso("2022-07-01T11:45:00.250Z").isoformat()
    '2022-07-01T11:45:00.250000+00:00'
    >>> parse_iso("2022-07-01 18:45").isoformat()
    '2022-07-01T18:45:00+07:00'
    >>> parse_iso("01/07/2022")
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.DateParseError: not an ISO 8601 date or time: '01/07/2022'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_iso() needs a str, not {type(text).__name__}")
    match = _ISO.fullmatch(text.strip())
    if match is None:
        raise DateParseError(text, "not an ISO 8601 date or time")
    year, month, day = (int(match[k]) for k in ("year", "month", "day"))
    hour = int(match["hour"] or 0)
    minute = int(match["minute"] or 0)
    second = int(match["second"] or 0)
    micro = int((match["fraction"] or "0")[:6].ljust(6, "0"))
    zone: dt.tzinfo = VIETNAM
    if match["offset"]:
        if match["offset"] in "Zz":
            zone = dt.timezone.utc
        else:
            oh, om = int(match["oh"]), int(match["om"] or 0)
            if om > 59 or oh * 60 + om > MAX_OFFSET_MINUTES:
                raise DateParseError(text, "impossible UTC offset (beyond ±14:00)")
            zone = tz_from_minutes((oh * 60 + om) * (-1 if match["sign"] == "-" else 1))
    try:
        return dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=zone)
    except ValueError as exc:
        raise DateParseError(text, f"impossible date or time ({exc})") from exc
