"""The value type of the date parsers and the small helpers they share."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from vn_newsdoc.errors import shown

__all__ = ["VIETNAM", "Timestamp"]

VIETNAM = dt.timezone(dt.timedelta(hours=7), "+07:00")
"""Vietnam time, UTC+07:00 (no daylight saving). A time printed without an offset is in it."""

_UTC = dt.UTC


def _aware(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{attribute.name} must be a datetime, not {type(value).__name__}")
    if value.utcoffset() is None:
        raise ValueError(f"{attribute.name} must be timezone-aware, not naive: {shown(value)}")


@attrs.frozen
class Timestamp:
    """A point in time read from Vietnamese text, with what the text said about it.

    A date printed without a time (``01/07/2022``) is kept apart from one with a time: its
    :attr:`value` is midnight at the start of that date in Vietnam time (+07:00) and
    :attr:`has_time` is ``False``, so ``value.date()`` is the date as printed.

    >>> import datetime as dt
    >>> day = Timestamp(dt.datetime(2022, 7, 1, tzinfo=VIETNAM), has_time=False)
    >>> day.value.isoformat(), day.has_time, day.is_update
    ('2022-07-01T00:00:00+07:00', False, False)
    """

    value: dt.datetime = attrs.field(validator=_aware)
    """The instant, timezone-aware (the offset the text gave, else +07:00)."""
    has_time: bool = True
    """Whether the text gave a time of day; ``False`` for a date alone (``value`` is then
    midnight of that date in Vietnam time)."""
    is_update: bool = False
    """Whether the text marks this as an update time (``Cập nhật``, ``Cập nhật lúc``,
    ``Updated``) rather than the publication time."""

    @property
    def when(self) -> dt.date:
        """The value as an article holds it: the aware datetime where the text gave a
        time of day, else the date alone (a :class:`datetime.date`).

        >>> import datetime
        >>> Timestamp(datetime.datetime(2022, 7, 1, tzinfo=VIETNAM), has_time=False).when
        datetime.date(2022, 7, 1)
        """
        return self.value if self.has_time else self.value.date()


MAX_OFFSET_MINUTES = 14 * 60
"""The largest UTC offset read, in minutes: ±14:00, the widest any zone uses and the widest
ISO 8601 and XML Schema write (an article cannot hold a wider one)."""


def tz_from_minutes(minutes: int) -> dt.timezone:
    """The fixed-offset zone of ``minutes`` east of UTC (Vietnam and UTC get their constants).

    The caller has checked ``abs(minutes) <= MAX_OFFSET_MINUTES``.
    """
    if minutes == 420:
        return VIETNAM
    if minutes == 0:
        return _UTC
    return dt.timezone(dt.timedelta(minutes=minutes))


def expand_year(yy: int, reference: dt.datetime | None) -> int:
    """The four-digit year meant by a two-digit ``yy``.

    With a reference time, the latest year ending in ``yy`` that is no later than the
    reference year plus one: for a reference in 2000-2098, 20yy when ``yy`` is at most the
    reference year's last two digits plus one, else 19yy. Without one, 20yy for yy < 70
    and 19yy otherwise.
    """
    if reference is not None:
        limit = reference.year + 1
        return limit - (limit - yy) % 100
    return 2000 + yy if yy < 70 else 1900 + yy
