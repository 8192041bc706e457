"""The strict ISO 8601 reader for machine-written times (JSON-LD, meta tags, ``<time>``).

The accepted forms are ours (below); the values are read by python-dateutil's
``isoparse``, imported on first use so that importing the library stays quick.
"""

from __future__ import annotations

import datetime as dt
import re

from vn_newsdoc.errors import DateParseError
from vn_newsdoc.vi.dates._base import MAX_OFFSET_MINUTES, VIETNAM, tz_from_minutes

__all__ = ["parse_iso"]

# The forms read: the extended format only, YYYY-MM-DD, then optionally T (or one space)
# and hh:mm, :ss, a fraction of a second, and an offset written Z, +hh:mm, +hhmm or +hh.
# This pattern only decides what is accepted; python-dateutil's isoparse reads the values.
_ISO = re.compile(
    r"""
    \d{4}-\d{2}-\d{2}
    (?:
        (?P<sep>[Tt\x20])
        \d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?
        (?:[Zz]|[+-]\d{2}(?::?\d{2})?)?
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
    stripped = text.strip()
    match = _ISO.fullmatch(stripped)
    if match is None:
        raise DateParseError(text, "not an ISO 8601 date or time")
    if match["sep"] is not None and match["sep"] != "T":
        stripped = f"{stripped[:10]}T{stripped[11:]}"
    from dateutil.parser import isoparse  # noqa: PLC0415 (import time: read on first use)

    try:
        value = isoparse(stripped)
    except (ValueError, OverflowError) as exc:
        raise DateParseError(text, f"impossible date, time or offset ({exc})") from exc
    offset = value.utcoffset()
    if offset is None:
        return value.replace(tzinfo=VIETNAM)
    minutes = int(offset.total_seconds()) // 60
    if abs(minutes) > MAX_OFFSET_MINUTES:
        raise DateParseError(text, "impossible UTC offset (beyond ±14:00)")
    return value.replace(tzinfo=tz_from_minutes(minutes))
