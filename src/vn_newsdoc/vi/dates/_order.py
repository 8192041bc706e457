"""Whether a page's own dates prove that it writes the month first."""

from __future__ import annotations

from collections.abc import Iterable

from vn_newsdoc.vi.dates._fold import fold
from vn_newsdoc.vi.dates._scan import Token, scan

__all__ = ["dates_prove_month_first", "proves_month_first"]

# The numeric dates whose order the numbers can show: "24/12/2012", "12-24-2012",
# "24 12 2012". Dates with the year first, or with the month in words, say nothing.
_NUMERIC_KINDS = {"dmy": ("dd", "dm"), "sdmy": ("sd", "sm")}


def proves_month_first(token: Token) -> bool:
    """Whether a numeric date piece can only be read month first: its first number could be
    a month and its second cannot (``12/26/2012``, ``12-24-2012``). Such a date proves its
    own order, whatever the page's other dates say; ``05-06-2012`` proves nothing."""
    numbers = _numbers(token)
    return numbers is not None and _month_then_day(*numbers)


def _numbers(token: Token) -> tuple[int, int] | None:
    """The first two numbers of a numeric date piece, as written; ``None`` for other pieces."""
    groups = _NUMERIC_KINDS.get(token.kind)
    if groups is None:
        return None
    first, second = groups
    return int(token.match[first]), int(token.match[second])


def _month_then_day(first: int, second: int) -> bool:
    """Whether ``first`` can be a month and ``second`` only a day."""
    return 1 <= first <= 12 < second <= 31


def _orders(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds a date that can only be month-first, and one that can only be
    day-first."""
    month_first = day_first = False
    for token in scan(fold(text)):
        numbers = _numbers(token)
        if numbers is None:
            continue
        first, second = numbers
        month_first = month_first or _month_then_day(first, second)
        day_first = day_first or _month_then_day(second, first)
    return month_first, day_first


def dates_prove_month_first(texts: Iterable[str]) -> bool:
    """Whether the date strings of one page prove that it writes the month first.

    Vietnamese pages write the day first, and so does this library unless told otherwise.
    Some pages a Vietnamese reader meets do not: a forum or blog engine left in its English
    settings prints ``12-24-2012`` (under labels such as ``Posted on``). Such a page proves
    its order only by a date whose second number cannot be a month (``12-24-2012``); an
    English label proves nothing (Vietnamese forums print ``Posted on 20-02-2009`` day
    first). A page that also prints a date whose first number cannot be a month
    (``24/12/2012``) proves nothing either, and stays day-first. Read such a page with
    ``month_first=True`` in :func:`parse_timestamp` and :func:`find_timestamps`.

    Args:
        texts: The date strings seen on the page (its datelines, ``<time>`` texts, the
            short lines that hold a date), in any order.

    Returns:
        ``True`` when some date can only be month-first and none can only be day-first.

    >>> dates_prove_month_first(["Posted on 12-24-2012, 09:15 AM", "05-06-2012"])
    True
    >>> dates_prove_month_first(["Posted on 20-02-2009", "05-06-2012"])
    False
    >>> dates_prove_month_first(["05-06-2012"])
    False
    """
    if isinstance(texts, str):
        raise TypeError("dates_prove_month_first() takes the page's date strings, not one str")
    proved = False
    for text in texts:
        month_first, day_first = _orders(str(text))
        if day_first:
            return False
        proved = proved or month_first
    return proved
