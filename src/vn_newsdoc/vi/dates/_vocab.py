"""The timestamp vocabulary, read once at import from the package's data files.

The words live in ``vn_newsdoc/vi/data/``, read by :mod:`vn_newsdoc.vi._wordlists` (each
file's header documents its columns):

* ``date_weekdays.tsv``: weekday words and abbreviations and their ISO weekday;
* ``date_markers.tsv``: labels in front of a timestamp (``Đăng lúc``, ``Cập nhật``);
* ``date_periods.tsv``: ``SA``/``CH``, ``AM``/``PM``, ``sáng``, ``chiều``, ``tối``...;
* ``date_relative.tsv``: units and words of relative times (``giờ``, ``trước``, ``hôm qua``);
* ``date_months.tsv``: month names of other languages (``December``, ``Oktober``, ``décembre``);
* ``date_weekday_names.tsv``: weekday names of other languages (``Wednesday``, ``Mittwoch``),
  for whole date values in words (:mod:`vn_newsdoc.vi.dates._worded`).

Each table is an immutable mapping from the folded word (lower case, no diacritics) to its
value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from vn_newsdoc.vi._wordlists import alternation as any_alternation
from vn_newsdoc.vi._wordlists import read_pairs
from vn_newsdoc.vi.dates._fold import fold

__all__ = [
    "MARKERS",
    "MONTHS",
    "PERIODS",
    "PERIOD_RULES",
    "RELATIVE",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "alternation",
]

PERIOD_RULES = frozenset({"am", "pm", "morning", "noon", "evening", "night"})
_MARKER_KINDS = frozenset({"published", "updated", "neutral"})
_UNIT_NAMES = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years"})


def _read_table(name: str) -> list[tuple[str, str]]:
    return [(fold(word), value) for word, value in read_pairs(name)]


def _table(name: str, check: frozenset[str] | None = None) -> Mapping[str, str]:
    table: dict[str, str] = {}
    for word, value in _read_table(name):
        if check is not None and value not in check:
            raise RuntimeError(f"vn_newsdoc/vi/data/{name}: unknown value {value!r} for {word!r}")
        table[word] = value
    return MappingProxyType(table)


def _weekdays(name: str = "date_weekdays.tsv") -> Mapping[str, int]:
    table: dict[str, int] = {}
    for word, value in _read_table(name):
        if value not in {"1", "2", "3", "4", "5", "6", "7"}:
            raise RuntimeError(f"vn_newsdoc/vi/data/{name}: bad weekday {value!r}")
        table[word] = int(value)
    return MappingProxyType(table)


def _months() -> Mapping[str, int]:
    table: dict[str, int] = {}
    for word, value in _read_table("date_months.tsv"):
        if not value.isdigit() or not 1 <= int(value) <= 12:
            raise RuntimeError(f"vn_newsdoc/vi/data/date_months.tsv: bad month {value!r}")
        table[word] = int(value)
    return MappingProxyType(table)


def _relative() -> tuple[Mapping[str, str], Mapping[str, str]]:
    units: dict[str, str] = {}
    others: dict[str, str] = {}
    for word, value in _read_table("date_relative.tsv"):
        kind, _, arg = value.partition(":")
        if kind == "unit" and arg in _UNIT_NAMES:
            units[word] = arg
        elif kind == "ago" and not arg:
            others[word] = "ago"
        elif kind == "now" and not arg:
            others[word] = "now"
        elif kind == "day" and re.fullmatch(r"[+-]?\d+", arg):
            others[word] = value
        else:
            raise RuntimeError(f"vn_newsdoc/vi/data/date_relative.tsv: bad value {value!r}")
    return MappingProxyType(units), MappingProxyType(others)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded ``words``, longest first, a space matching any spaces."""
    return any_alternation(words, space=r"\s*")


WEEKDAYS: Mapping[str, int] = _weekdays()
"""Folded weekday word to ISO weekday (1 Monday ... 7 Sunday)."""
WEEKDAY_NAMES: Mapping[str, int] = _weekdays("date_weekday_names.tsv")
"""Folded weekday name of another language to ISO weekday (for dates in words)."""
MONTHS: Mapping[str, int] = _months()
"""Folded month name (other languages) to month number (1 ... 12)."""
MARKERS: Mapping[str, str] = _table("date_markers.tsv", _MARKER_KINDS)
"""Folded label to ``"published"``, ``"updated"`` or ``"neutral"``."""
PERIODS: Mapping[str, str] = _table("date_periods.tsv", PERIOD_RULES)
"""Folded day-period word to its rule (see ``date_periods.tsv``)."""
UNITS, RELATIVE = _relative()
"""Folded unit word to unit name; folded relative word to ``ago``, ``now`` or ``day:<n>``."""
