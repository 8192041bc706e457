"""Placeholder times: the values a system writes where it has no date."""

from __future__ import annotations

import datetime as dt

__all__ = ["is_placeholder"]

_UNIX_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def is_placeholder(value: dt.datetime) -> bool:
    """Whether a machine-written time is a placeholder for "no date".

    Two values are: midnight at the start of 1 January of year 1, whatever the offset
    (``0001-01-01T00:00:00Z``, the zero time of .NET's ``DateTime`` and of Go, and a
    ``0001-01-01`` alone), and the Unix epoch, a timestamp of zero
    (``1970-01-01T00:00:00Z``, also written in another offset, such as
    ``1970-01-01T07:00:00+07:00``). No article is published at either; pages carry them
    where the publication date field was left empty. The page reader drops them from a
    page's metadata; the written forms (JSON, XML, text) keep every time the model
    accepts, these included.

    Args:
        value: An aware datetime.

    Returns:
        ``True`` for a placeholder.

    >>> import datetime as dt
    >>> utc = dt.timezone.utc
    >>> is_placeholder(dt.datetime(1, 1, 1, tzinfo=utc))
    True
    >>> is_placeholder(dt.datetime(1970, 1, 1, 7, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    True
    >>> is_placeholder(dt.datetime(2022, 7, 1, 18, 45, tzinfo=utc))
    False
    """
    if value.replace(tzinfo=None) == dt.datetime(1, 1, 1):
        return True
    return value.utcoffset() is not None and value == _UNIX_EPOCH
