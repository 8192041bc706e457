"""The scanner: finds the pieces of a timestamp in folded text.

The pieces (a weekday, a date, a clock time, an offset, a label such as ``Cập nhật``, a
relative time) are found in the folded text (lower case, no diacritics: see
:func:`~vn_newsdoc.vi.dates._fold.fold`) by two compiled patterns: one for the pieces that
start with a digit, tried only where a run of digits starts, and one alternation of the
vocabulary's words. The grouping of pieces into timestamps is
:mod:`vn_newsdoc.vi.dates._tolerant`'s job.
"""

from __future__ import annotations

import re

from vn_newsdoc.vi.dates._vocab import (
    MARKERS,
    MONTHS,
    PERIODS,
    RELATIVE,
    UNITS,
    WEEKDAYS,
    alternation,
)

__all__ = ["GLUE", "STRONG_SEPARATOR", "UNIT_PAIR", "Token", "scan"]

_UNITS = alternation(UNITS)
_AGO = alternation(w for w, v in RELATIVE.items() if v == "ago")
_PERIODS = alternation(PERIODS)
_MONTHS = alternation(MONTHS)

# The pieces that start with a digit. The scanner tries this pattern only where a run of
# digits starts (found by the fast _DIGITS), so it costs nothing on ordinary words. The
# alternatives are tried in order, the longer and more specific forms first: an ISO string
# before a bare time, "2 giờ trước" before "2 giờ". A one-digit minute is read only before a
# day-period word ("9:5 AM", as some CMSs print 9:05), where it cannot be a ratio or a score;
# a full stop between hour and minute ("9.30 PM") only before AM/PM, SA/CH.
# A numeric date may follow a label's colon with no space ("Ngày xử lý:3/7/2019"), never a
# number's colon ("10:3/7/2019" is no date).
_NUMERIC = re.compile(
    rf"""
    (?P<iso>(?<![\d.])
        (?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})
        (?:(?:t|\s+)(?P<ih>\d{{1,2}}):(?P<imi>\d{{2}})
            (?::(?P<is>\d{{2}})(?:[.,](?P<ifr>\d{{1,9}}))?)?
            (?:\s?(?P<itz>z|[+-]\d{{2}}(?::?\d{{2}})?)(?![\d:]))?
        )?(?![\d:])
    )
    | (?P<rel>(?<![\d.,:])(?:\d{{1,9}}\s*(?:{_UNITS})\s*)+(?:{_AGO})(?![a-z]))
    | (?P<wdate>(?<![\d.,:/-])
        (?P<wd>\d{{1,2}})\s*thang\s*(?P<wm>\d{{1,2}})
        (?:(?:\s*,\s*|\s+nam\s+|\s*/\s*|\s+)(?P<wy>\d{{4}}))?(?![\d/.,]\d)(?!\d)
    )
    | (?P<dmy>(?<![\d./,-])(?<!\d:)
        (?P<dd>\d{{1,2}})(?P<dsep>[/.-])(?P<dm>\d{{1,2}})(?P=dsep)(?P<dy>\d{{4}}|\d{{2}})
        (?!\d)(?![/.-]\d)
    )
    | (?P<ymd>(?<![\d./:,-])
        (?P<yy>\d{{4}})(?P<ysep>[/.])(?P<ym>\d{{1,2}})(?P=ysep)(?P<yd>\d{{1,2}})(?!\d)(?![/.-]\d)
    )
    | (?P<sdmy>(?<![\d./:,-])
        (?P<sd>\d{{1,2}})\x20(?P<sm>\d{{1,2}}),?\x20(?P<sy>\d{{4}})(?![\d:])
    )
    | (?P<time>(?<![\d./:,-])
        (?:
            (?P<h1>\d{{1,2}}):(?P<m1>\d{{2}}|\d(?=\s*(?:{_PERIODS})(?![a-z])))
                (?::(?P<s1>\d{{2}})(?:[.,]\d{{1,9}})?)?(?![\d:])
          | (?P<h4>\d{{1,2}})\s*gio
                (?:\s*(?P<m4>\d{{1,2}})(?:\s*phut)?(?:\s*(?P<s4>\d{{1,2}})\s*giay)?)?(?![\d])
          | (?P<h2>\d{{1,2}})\s?h(?:\s?(?P<m2>\d{{1,2}})(?:\s?(?:'|phut|p(?![a-z])))?)?
                (?![a-z\d])
          | (?P<h3>\d{{1,2}})g(?P<m3>\d{{2}})(?![a-z\d])
          | (?P<h5>\d{{1,2}})\.(?P<m5>[0-5]\d)(?=\s*(?:a\.?m\.?|p\.?m\.?|sa|ch)(?![a-z]))
        )
        (?:\s*(?P<period>{_PERIODS})(?![a-z]))?
        (?:\s?(?P<tzs>[+-])(?P<tzh>\d{{2}}):?(?P<tzm>\d{{2}})(?![\d/.:-])|(?P<tzz>z)(?![a-z]))?
    )
    | (?P<mdate>(?<![\d.,:/-])
        (?P<nd>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s*(?=[a-z])(?P<nm>{_MONTHS})\.?\s*,?\s*(?P<ny>\d{{4}})(?!\d)
    )
    """,
    re.VERBOSE,
)
_DIGITS = re.compile(r"\d+")
# "May 14, 2012": the English order, month name first. Looked for only where a run of
# digits follows a letter and a space: the month name must end right before it.
_MONTH_WORDS = frozenset(MONTHS)
_MONTH_FIRST = re.compile(
    rf"(?P<fm>{_MONTHS})\.?\s+(?P<fd>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<fy>\d{{4}})(?!\d)"
)
_NGAY_BEFORE = re.compile(r"(?<![a-z])ngay\s*$")

# The pieces that are words: labels, weekdays, "hôm qua", "vừa xong", GMT/UTC. One
# alternation of literal words, which the regex engine skips through quickly; the word
# boundaries are checked in Python.


def _keyword_kinds() -> dict[str, str]:
    kinds = dict.fromkeys(MARKERS, "marker")
    kinds.update(dict.fromkeys(WEEKDAYS, "weekday"))
    for word, meaning in RELATIVE.items():
        if meaning == "now":
            kinds[word] = "now"
        elif meaning.startswith("day:"):
            kinds[word] = "relday"
    kinds["gmt"] = kinds["utc"] = "off"
    return kinds


_KEYWORD_KINDS = _keyword_kinds()
_KIND_OF: dict[str, str] = {"".join(w.split()): k for w, k in _KEYWORD_KINDS.items()}
_KEYWORD = re.compile(rf"(?:{alternation(_KEYWORD_KINDS)})(?![a-z\d])")
_OFFSET = re.compile(
    r"(?:gmt|utc)(?:\s*(?P<os>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?(?![\d:])"
)
_LETTER = re.compile(r"[a-z]")

UNIT_PAIR = re.compile(rf"(\d{{1,9}})\s*({_UNITS})")
"""One "<number> <unit>" pair inside a relative time."""

_SEP = r"[\s,;:|·•\-–—/()\[\]]"
GLUE = re.compile(rf"{_SEP}*(?:(?:vao\s*luc|vao|luc|ngay|hoi|at|um|a)(?![a-z]){_SEP}*)*")
"""What may stand between two pieces of one timestamp (matched in full, short)."""
STRONG_SEPARATOR = re.compile(r"[|·•;(\[]|\s[-–—]\s|^[-–—]\s")
"""A separator after which nothing can belong to the timestamp before it."""


class Token:
    """One piece of a timestamp found in the folded text.

    A plain class, not a named tuple: the compiled build makes it a struct, made and read
    without Python code (a named tuple's constructor is Python code, run for every piece).
    Nothing reads a piece as a tuple.
    """

    __slots__ = ("end", "kind", "match", "ngay", "start")

    kind: str
    start: int
    end: int
    match: re.Match[str]
    ngay: bool
    """For a day and month in words: whether ``ngày`` stands in front."""

    def __init__(
        self, kind: str, start: int, end: int, match: re.Match[str], ngay: bool = False
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.match = match
        self.ngay = ngay

    def __repr__(self) -> str:
        return (
            f"Token(kind={self.kind!r}, start={self.start!r}, end={self.end!r}, "
            f"match={self.match!r}, ngay={self.ngay!r})"
        )


_LETTER_OR_STOP = frozenset("abcdefghijklmnopqrstuvwxyz.")


def _month_first(folded: str, start: int, end: int) -> Token | None:
    """``may 14, 2012`` when a month name ends right before the day at ``start``."""
    space = begin = start - 1
    while begin > end and folded[begin - 1] in _LETTER_OR_STOP:
        begin -= 1
    if folded[begin:space].rstrip(".") not in _MONTH_WORDS:
        return None
    match = _MONTH_FIRST.match(folded, begin)
    if match is None:
        return None
    return Token("mfirst", begin, match.end(), match)


def _numeric(folded: str) -> list[Token]:
    """The pieces that start where a run of digits starts, in order, each after the last.

    The runs are looked for from the end of the last piece on, not all found: those inside
    a piece are skipped anyway. A run found right at that end and continuing a run from
    before it is that run's rest, which is no run's start: skipped.
    """
    tokens: list[Token] = []
    end = 0  # where the last piece ends
    after = 0  # where the next run is looked for: past the last run and the last piece
    while True:
        run = _DIGITS.search(folded, after)
        if run is None:
            return tokens
        start, after = run.start(), run.end()
        if start == end and start and _DIGITS.match(folded, start - 1):
            continue  # the rest of a run that started inside the last piece
        if start > 1 and folded[start - 1] == " " and folded[start - 2] in _LETTER_OR_STOP:
            first = _month_first(folded, start, end)
            if first is not None:
                tokens.append(first)
                end = first.end
                after = max(after, end)
                continue
        match = _NUMERIC.match(folded, start)
        if match is None or match.lastgroup is None:
            continue
        kind = match.lastgroup
        ngay = kind == "wdate" and _NGAY_BEFORE.search(folded, max(0, start - 8), start) is not None
        tokens.append(Token(kind, start, match.end(), match, ngay))
        end = match.end()
        after = max(after, end)


def _words(folded: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _KEYWORD.finditer(folded):
        start = match.start()
        if start and _LETTER.match(folded, start - 1):
            continue
        kind = _KIND_OF["".join(match.group().split())]
        if kind == "weekday" and start and folded[start - 1].isdigit():
            continue
        if kind == "off":
            offset = _OFFSET.match(folded, start)
            if offset is None:
                continue
            tokens.append(Token(kind, start, offset.end(), offset))
        else:
            tokens.append(Token(kind, start, match.end(), match))
    return tokens


def scan(folded: str) -> list[Token]:
    """Every piece in ``folded``, in order, not overlapping (the earlier one wins)."""
    merged = sorted(_numeric(folded) + _words(folded), key=lambda t: t.start)
    tokens: list[Token] = []
    end = 0
    for token in merged:
        if token.start >= end:
            tokens.append(token)
            end = token.end
    return tokens
