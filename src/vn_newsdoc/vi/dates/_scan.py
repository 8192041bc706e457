"""The scanner: one compiled pattern that finds the pieces of a timestamp in folded text.

Every piece (a weekday, a date, a clock time, an offset, a label such as ``Cập nhật``, a
relative time) is one alternative of :data:`_TOKEN`, tried in order at each position of the
folded text (lower case, no diacritics: see :func:`~vn_newsdoc.vi.dates._base.fold`).
The grouping of pieces into timestamps is :mod:`vn_newsdoc.vi.dates._tolerant`'s job.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vn_newsdoc.vi.dates._vocab import (
    MARKERS,
    PERIODS,
    RELATIVE,
    UNITS,
    WEEKDAYS,
    alternation,
)

__all__ = ["GLUE", "STRONG_SEPARATOR", "UNIT_PAIR", "Token", "scan"]

_UNITS = alternation(UNITS)
_AGO = alternation(w for w, v in RELATIVE.items() if v == "ago")
_NOW = alternation(w for w, v in RELATIVE.items() if v == "now")
_DAYS = alternation(w for w, v in RELATIVE.items() if v.startswith("day:"))
_PERIODS = alternation(PERIODS)
_WEEKDAYS = alternation(WEEKDAYS)
_MARKERS = alternation(MARKERS)

# Alternatives are tried in this order at each position, so the longer and more specific
# forms come first: an ISO string before a bare time, "2 giờ trước" before "2 giờ".
_TOKEN = re.compile(
    rf"""
    (?P<iso>(?<![\d.])
        (?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})
        (?:(?:t|\s+)(?P<ih>\d{{1,2}}):(?P<imi>\d{{2}})
            (?::(?P<is>\d{{2}})(?:[.,](?P<ifr>\d{{1,9}}))?)?
            (?:\s?(?P<itz>z|[+-]\d{{2}}(?::?\d{{2}})?)(?![\d:]))?
        )?(?![\d:])
    )
    | (?P<rel>(?<![\d.,:])(?:\d+\s*(?:{_UNITS})\s*)+(?:{_AGO})(?![a-z]))
    | (?P<wdate>(?<![\d.,:/-])
        (?:(?P<wngay>ngay)\s*)?(?P<wd>\d{{1,2}})\s*thang\s*(?P<wm>\d{{1,2}})
        (?:(?:\s*,\s*|\s+nam\s+|\s*/\s*|\s+)(?P<wy>\d{{4}}))?(?![\d/.,]\d)(?!\d)
    )
    | (?P<dmy>(?<![\d./:,-])
        (?P<dd>\d{{1,2}})(?P<dsep>[/.-])(?P<dm>\d{{1,2}})(?P=dsep)(?P<dy>\d{{4}}|\d{{2}})
        (?!\d)(?![/.-]\d)
    )
    | (?P<ymd>(?<![\d./:,-])
        (?P<yy>\d{{4}})(?P<ysep>[/.])(?P<ym>\d{{1,2}})(?P=ysep)(?P<yd>\d{{1,2}})(?!\d)(?![/.-]\d)
    )
    | (?P<sdmy>(?<![\d./:,-])
        (?P<sd>\d{{1,2}})\x20(?P<sm>\d{{1,2}})\x20(?P<sy>\d{{4}})(?![\d:])
    )
    | (?P<time>(?<![\d./:,-])
        (?:
            (?P<h1>\d{{1,2}}):(?P<m1>\d{{2}})(?::(?P<s1>\d{{2}})(?:[.,]\d{{1,9}})?)?(?![\d:])
          | (?P<h4>\d{{1,2}})\s*gio
                (?:\s*(?P<m4>\d{{1,2}})(?:\s*phut)?(?:\s*(?P<s4>\d{{1,2}})\s*giay)?)?(?![\d])
          | (?P<h2>\d{{1,2}})\s?h(?:\s?(?P<m2>\d{{1,2}})(?:\s?(?:'|phut|p(?![a-z])))?)?
                (?![a-z\d])
          | (?P<h3>\d{{1,2}})g(?P<m3>\d{{2}})(?![a-z\d])
        )
        (?:\s*(?P<period>{_PERIODS})(?![a-z]))?
        (?:\s?(?P<tzs>[+-])(?P<tzh>\d{{2}}):?(?P<tzm>\d{{2}})(?![\d/.:-])|(?P<tzz>z)(?![a-z]))?
    )
    | (?P<off>(?<![a-z])(?:gmt|utc)
        (?:\s*(?P<os>[+-])\s*(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?)?(?![\d:])
    )
    | (?P<marker>(?<![a-z])(?:{_MARKERS})(?![a-z]))
    | (?P<weekday>(?<![a-z\d])(?:{_WEEKDAYS})(?![a-z\d]))
    | (?P<relday>(?<![a-z])(?:{_DAYS})(?![a-z]))
    | (?P<now>(?<![a-z])(?:{_NOW})(?![a-z]))
    """,
    re.VERBOSE,
)

UNIT_PAIR = re.compile(rf"(\d+)\s*({_UNITS})")
"""One "<number> <unit>" pair inside a relative time."""

_SEP = r"[\s,;:|·•\-–—/()\[\]]"
GLUE = re.compile(rf"{_SEP}*(?:(?:vao\s*luc|vao|luc|ngay|hoi)(?![a-z]){_SEP}*)*")
"""What may stand between two pieces of one timestamp (matched in full, short)."""
STRONG_SEPARATOR = re.compile(r"[|·•;(\[]|\s[-–—]\s|^[-–—]\s")
"""A separator after which nothing can belong to the timestamp before it."""

class Token(NamedTuple):
    """One piece of a timestamp found in the folded text."""

    kind: str
    start: int
    end: int
    match: re.Match[str]


def scan(folded: str) -> list[Token]:
    """Every piece in ``folded``, in order, not overlapping."""
    tokens = []
    for match in _TOKEN.finditer(folded):
        kind = match.lastgroup
        if kind is None:  # pragma: no cover - every alternative is a named group
            continue
        tokens.append(Token(kind, match.start(), match.end(), match))
    return tokens
