"""Whole date values that are not ISO 8601: RFC 2822, and dates in English, French or German
words.

Pages keep such values in their metadata: an RFC 2822 date copied from a feed
(``Wed, 07 Aug 2019 15:43:00 +0700``), or a date in words (``August 7, 2019 3:43 PM``,
``Mittwoch, 7. August 2019 15:43``, ``mercredi 7 août 2019 à 15h43``). Each is read as one
value, whole, with the tool made for it:

* RFC 2822 by the standard library's :func:`email.utils.parsedate_to_datetime`, which
  follows that standard exactly (its zone names ``EST``, ``PDT``... included);
* words by python-dateutil's parser, with a ``parserinfo`` whose month and weekday names are
  the package's own (``vi/data/date_months.tsv``, ``vi/data/date_weekday_names.tsv``), day
  first, never fuzzy: every word must be known.

Both readers refuse what they would have to guess: a year of two digits (dateutil would
read it against the clock), a missing day, month or year (dateutil would take today's),
a zone name they do not know. A lone month and day stay day-first whatever the order of
the numbers could allow.

Offsets written ``GMT+7`` or ``UTC+07:00`` never reach either reader: the caller splits them
off and reads them itself, since :mod:`email.utils` ignores them and python-dateutil reads
``GMT+7`` as seven hours *west* (the POSIX ``TZ`` sign).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any

from vn_newsdoc.vi.dates._fold import fold
from vn_newsdoc.vi.dates._vocab import MONTHS, WEEKDAY_NAMES

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

__all__ = ["read_worded"]

_RFC_2822 = re.compile(
    r"""(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?
    (?:\s+(?:[+-]\d{4}|UT|UTC|GMT|Z|[ECMP][SD]T))?""",
    re.VERBOSE | re.ASCII,
)
_LONGEST = 64  # a longer value is a sentence, not a date
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_WORD = re.compile(r"[a-z]+")
_DOTTED_PERIOD = re.compile(r"(?<![a-z])([ap])\.\s?m\.?(?![a-z])")
_TIME = re.compile(r"\d\s*(?::|h(?=\s*\d))\s*\d|\d\s*(?:am|pm)(?![a-z])")


def read_worded(text: str) -> tuple[dt.datetime, bool] | None:
    """An RFC 2822 date or a date in words, with whether it gives a time of day.

    Args:
        text: The whole value, without a ``GMT+7``-style offset (the caller reads those).

    Returns:
        The datetime (aware when the value states its zone, naive otherwise) and whether
        a time of day was given; ``None`` when the value is not such a date.

    >>> read_worded("Wed, 07 Aug 2019 15:43:00 +0700")[0].isoformat()
    '2019-08-07T15:43:00+07:00'
    >>> read_worded("7. August 2019")
    (datetime.datetime(2019, 8, 7, 0, 0), False)
    >>> read_worded("August 2019") is None
    True
    """
    text = text.strip()
    if len(text) > _LONGEST or not _YEAR.search(text):
        return None
    if _RFC_2822.fullmatch(text):
        from email.utils import parsedate_to_datetime  # noqa: PLC0415 (import time)

        try:
            return parsedate_to_datetime(text), True
        except (ValueError, TypeError, OverflowError):
            return None
    folded = _DOTTED_PERIOD.sub(r"\1m", fold(text))
    if not any(word in MONTHS for word in _WORD.findall(folded)):
        return None
    from dateutil.parser import ParserError, parse  # noqa: PLC0415 (import time)

    info = _info()
    try:
        value = parse(folded, parserinfo=info, dayfirst=True, default=_DEFAULT)
    except (ParserError, ValueError, OverflowError):
        return None
    has_time = _TIME.search(folded) is not None
    if not has_time and value.time() != dt.time():
        return None  # a number read as an hour that no clock form stands for ("2019 12")
    return value, has_time


_DEFAULT = dt.datetime(2000, 1, 1)


@functools.cache
def _info() -> parserinfo:
    """The parserinfo, built on first use (python-dateutil is imported only then)."""
    from dateutil.parser import parserinfo  # noqa: PLC0415 (import time)

    def names(table: dict[int, list[str]], size: int) -> list[tuple[str, ...]]:
        return [tuple(table.get(n, ())) for n in range(1, size + 1)]

    months: dict[int, list[str]] = {}
    for word, number in MONTHS.items():
        months.setdefault(number, []).append(word)
    weekdays: dict[int, list[str]] = {}
    for word, number in WEEKDAY_NAMES.items():
        weekdays.setdefault(number - 1, []).append(word)

    # The stubs type these tables as pairs and triples; ours hold as many names as there are.
    month_names: Any = names(months, 12)
    weekday_names: Any = [tuple(weekdays.get(n, ())) for n in range(7)]

    class _Words(parserinfo):
        def __init__(self) -> None:
            # "à" (folded "a"), "le", "um", "Uhr": French and German words around the
            # date; "a" is no longer AM, which is written "am" (a.m. is rewritten so first).
            self.JUMP = [*parserinfo.JUMP, "a", "le", "um", "uhr", "den", "der"]
            self.AMPM = [("am", "am"), ("pm", "pm")]
            self.MONTHS = month_names
            self.WEEKDAYS = weekday_names
            super().__init__(dayfirst=True)

        def convertyear(self, year: int, century_specified: bool = False) -> int:
            return year  # four digits are required before the parser is called

        def validate(self, res: Any) -> bool:
            # A day, a month and a four-digit year, and no zone it would have to guess.
            if res.year is None or res.month is None or res.day is None:
                return False
            if not res.century_specified:
                return False
            if res.tzname and res.tzoffset is None:
                return False
            return bool(super().validate(res))

    return _Words()
