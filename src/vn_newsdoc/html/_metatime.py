"""Times as metadata states them, and how they are reconciled with the visible dateline.

Metadata times are ISO 8601 in principle and many small variants in practice:
``2015-03-23 08:06 +07:00`` (space, no seconds, space before the offset),
``2026-03-07T08:52:11.000 +07:00``, ``2026-03-07T00:01:00`` (no offset: Vietnam time),
``2018-06-29T15:25:08+00:00``, ``2012/12/25 07:22:46`` (slashes); and a few are no ISO at
all: an RFC 2822 date from a feed (``Wed, 07 Aug 2019 15:43:00 +0700``) or a date in English,
French or German words (``August 7, 2019 3:43 PM``). :func:`read_meta_time` reads them all
and says whether the string gave a time of day and an offset. The ISO forms are read as
:func:`~vn_newsdoc.vi.dates.parse_iso` (python-dateutil's ``isoparse``) reads them rewritten
into its strict form; the others go to :mod:`email.utils` and python-dateutil's parser. An
offset written ``GMT+7`` or ``UTC+07:00`` is read here, seven hours east of UTC, and never
handed to either library.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Final

from vn_newsdoc.vi.dates import is_placeholder
from vn_newsdoc.vi.dates._base import MAX_OFFSET_MINUTES, tz_from_minutes

__all__ = ["VIETNAM", "MetaTime", "is_vietnamese", "naive_zone", "read_meta_time"]

_MINUTES_PER_HOUR: Final = 60
_log = logging.getLogger(__name__)

VIETNAM: Final = dt.timezone(dt.timedelta(hours=7))

_ISO: Final = re.compile(
    r"""\A\s*(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})
    (?:(?:T|\s+|T\s*)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?)?
    \s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?)?\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
_OFFSET: Final = re.compile(r"([+-])(\d{1,2})(?::?(\d{2}))?\Z")
# The zone at the end of a value in words, split off and read here (GMT+7 is +07:00).
_ZONE_TAIL: Final = re.compile(
    # Starts at a run's first space, and no two quantifiers share a run of spaces: linear.
    r"(?<!\s)\s*(?:\(\s*)?(?P<tz>(?:GMT|UTC)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|Z)"
    r"(?:\s*\))?\s*\Z",
    re.IGNORECASE,
)
# Letters only Vietnamese writes (not French â/ê/ô): ă, đ, ơ, ư and the hook and dot tones.
_VIETNAMESE_LETTER: Final = re.compile(
    "[ăđơưạảẹẻẽỉịọỏụủỳỵỷỹấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự]", re.IGNORECASE
)


def naive_zone(language: str | None, text: str | None) -> dt.timezone | None:
    """The offset of a time written without one, when it is not Vietnam time.

    A page declared in another language, whose headline has no Vietnamese letter, gives
    no reason to read Vietnam time: its times without an offset are read as UTC (what
    servers elsewhere most often write without saying so, and never further off than
    +07:00 for Europe and the Americas). A Vietnamese page keeps Vietnam time (``None``),
    also when its template declares ``lang="en-us"``, and so does a page declaring no
    language.

    >>> naive_zone("en", "Firefighters killed in ambush")
    datetime.timezone.utc
    >>> naive_zone("en", "Mưa lớn ở Quảng Tín") is None, naive_zone(None, "Rain") is None
    (True, True)
    """
    if language is None or language == "vi":
        return None
    if text and _VIETNAMESE_LETTER.search(text):
        return None
    return dt.UTC


def is_vietnamese(language: str | None, text: str | None) -> bool:
    """Whether a page is in Vietnamese: declared so, or its headline has a letter only
    Vietnamese writes.

    >>> is_vietnamese(None, "Mưa lớn ở Quảng Tín"), is_vietnamese("en", "Rain")
    (True, False)
    """
    return language == "vi" or bool(text and _VIETNAMESE_LETTER.search(text))


class MetaTime:
    """A time read from metadata (a plain class, which the compiled build makes a struct;
    never changed once made)."""

    __slots__ = ("has_offset", "has_time", "value")

    def __init__(self, *, value: dt.datetime, has_time: bool, has_offset: bool) -> None:
        self.value = value
        """Aware; a string without an offset is read as Vietnam time (+07:00)."""
        self.has_time = has_time
        """Whether the string gave a time of day (a date alone is midnight, Vietnam time)."""
        self.has_offset = has_offset
        """Whether the string stated its offset (``Z`` and ``+00:00`` included)."""


def read_meta_time(text: str) -> MetaTime | None:
    """Read an ISO-8601-like metadata time, or ``None`` when it is not one.

    >>> t = read_meta_time("2026-03-07T08:52:11.000 +07:00")
    >>> t.value.isoformat(), t.has_offset
    ('2026-03-07T08:52:11+07:00', True)
    >>> read_meta_time("2015-03-23 08:06").value.isoformat()
    '2015-03-23T08:06:00+07:00'
    >>> read_meta_time("2012/12/25 07:22:46").value.isoformat()
    '2012-12-25T07:22:46+07:00'
    >>> read_meta_time("2019-01-14").has_time
    False
    >>> read_meta_time("hôm qua") is None
    True
    >>> read_meta_time("Wed, 07 Aug 2019 15:43:00 GMT+7").value.isoformat()
    '2019-08-07T15:43:00+07:00'

    A placeholder (``0001-01-01T00:00:00Z``, the Unix epoch: see
    :func:`vn_newsdoc.vi.dates.is_placeholder`) is no time: ``None``, logged.

    >>> read_meta_time("0001-01-01T00:00:00Z") is None
    True
    """
    match = _ISO.match(text)
    if match is None:
        return _read_worded(text)
    tz_text = match["tz"]
    tz = _timezone(tz_text) if tz_text else VIETNAM
    if tz is None:
        return None
    hour = match["H"]
    has_time = hour is not None
    value = _iso_value(match, hour, tz)
    if value is None:  # 2026-02-30, 25:00
        return None
    if is_placeholder(value):
        _log.info("metadata time %r is a placeholder, not a date; ignored", text[:80])
        return None
    return MetaTime(value=value, has_time=has_time, has_offset=tz_text is not None)


def _read_worded(text: str) -> MetaTime | None:
    """An RFC 2822 date or a date in words, its ``GMT+7``-style zone read here."""
    from vn_newsdoc.vi.dates._worded import read_worded  # noqa: PLC0415 (import time)

    core, tz = text, None
    tail = _ZONE_TAIL.search(text)
    if tail is not None:
        tz = _timezone(tail["tz"])
        if tz is None:
            return None
        core = text[: tail.start()]
    got = read_worded(core)
    if got is None:
        return None
    value, has_time = got
    offset = value.utcoffset()
    if offset is not None:
        if tz is not None:
            return None  # two zones: no guess
        tz = dt.timezone(offset) if offset else dt.UTC
    has_offset = tz is not None
    value = value.replace(tzinfo=tz or VIETNAM)
    if not has_time:
        value = value.replace(hour=0, minute=0, second=0, microsecond=0)
    if is_placeholder(value):
        _log.info("metadata time %r is a placeholder, not a date; ignored", text[:80])
        return None
    return MetaTime(value=value, has_time=has_time, has_offset=has_offset)


def _iso_value(match: re.Match[str], hour: str | None, tz: dt.timezone) -> dt.datetime | None:
    """The time an ``_ISO`` match states (``hour`` its hour, ``tz`` its zone), or ``None``
    for an impossible date or time.

    What :func:`~vn_newsdoc.vi.dates.parse_iso` reads of the groups rewritten in its strict
    form (``YYYY-MM-DD``, then ``Thh:mm:ss`` and the zone's offset, the fraction of a
    second left out), made without writing and parsing that text: minutes and seconds in
    digits other than ASCII ones are no strict form, ``24:00:00`` is the next midnight (as
    python-dateutil reads it), and the zone of a time of day is the shared one of its
    offset (``tz_from_minutes``).
    """
    try:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if hour is None:
            return dt.datetime(year, month, day, tzinfo=tz)
        minute_text, second_text = match["M"], match["S"] or "00"
        if not (minute_text.isascii() and second_text.isascii()):
            return None
        zone = tz_from_minutes(int(tz.utcoffset(None).total_seconds() // 60))
        hours, minutes, seconds = int(hour), int(minute_text), int(second_text)
        if hours == _END_OF_DAY and minutes == 0 and seconds == 0:
            return dt.datetime(year, month, day, tzinfo=zone) + _ONE_DAY
        return dt.datetime(year, month, day, hours, minutes, seconds, tzinfo=zone)
    except (ValueError, OverflowError):  # out of range, or past the year 9999
        return None


_END_OF_DAY: Final = 24
_ONE_DAY: Final = dt.timedelta(days=1)


def _timezone(text: str) -> dt.timezone | None:
    text = text.strip().upper()
    if text in ("Z", "UTC", "GMT"):
        return dt.UTC
    match = _OFFSET.search(text)
    if match is None:
        return None
    hours, minutes = int(match[2]), int(match[3] or 0)
    if minutes >= _MINUTES_PER_HOUR or hours * _MINUTES_PER_HOUR + minutes > MAX_OFFSET_MINUTES:
        _log.warning("metadata time offset %r is beyond ±14:00; the time is dropped", text)
        return None
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-delta if match[1] == "-" else delta)
