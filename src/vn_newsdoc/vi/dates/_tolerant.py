"""The tolerant reader of the timestamps Vietnamese pages print."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Final

import attrs

from vn_newsdoc.errors import DateParseError
from vn_newsdoc.vi.dates._base import VIETNAM, Timestamp
from vn_newsdoc.vi.dates._fold import fold
from vn_newsdoc.vi.dates._order import proves_month_first
from vn_newsdoc.vi.dates._scan import GLUE, STRONG_SEPARATOR, Token, scan
from vn_newsdoc.vi.dates._values import (
    MARKER_OF,
    WEEKDAY_OF,
    UnreadableError,
    date_of,
    key,
    relative_of,
    time_of,
    zone_of,
)
from vn_newsdoc.vi.dates._vocab import PERIODS

__all__ = ["find_timestamps", "parse_timestamp"]

_log = logging.getLogger("vn_newsdoc.vi.dates")

_MAX_GLUE = 24
# An editor's name between an update label and its time ("Sửa lần cuối bởi minh_an, …").
_EDITED_BY = re.compile(r"\s+(?:boi|by)\s+[^\s,;|\d]{1,30}(?:\s[^\s,;|\d]{1,30}){0,3},\s*")
# The poster's name after a label that names who posted ("Người xuất bản: Minh Anh 12/3/2024",
# "Đăng bởi admin | 12/3/2024", "Posted by jdoe on 12-24-2012"): up to four words, then a
# separator or a word such as "lúc" or "on". (It does not start inside a run of spaces: a
# match from there is also one from the run's start, and the run is crossed once.)
_POSTED_BY = re.compile(
    r"(?!(?<=[\s:])[\s:])[\s:]*[^\s,;|\d:]{1,30}(?:\s[^\s,;|\d:]{1,30}){0,3}"
    r"(?:\s*[,|/\-–—]\s*|\s+(?:on|luc|vao|vao luc|ngay|at)\s+|\s+)"
)
_ATTACHED = re.compile(r"[+\-:/.,]\d")
_DATE_KINDS = frozenset({"iso", "wdate", "dmy", "ymd", "sdmy", "mdate", "mfirst", "relday"})
_STANDALONE = frozenset({"rel", "now"})
_TIMESTAMP_KINDS = _DATE_KINDS | _STANDALONE
_PERIOD_RULE = {key(word): rule for word, rule in PERIODS.items()}
_ALL_SLOTS = frozenset({"date", "time", "offset", "weekday"})
_WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _Group:
    """Neighbouring tokens that make one timestamp: the slots they fill (date, time,
    offset, weekday) and the marker word before them (``cập nhật``), if any. A plain class,
    so that the compiled build compiles this module."""

    tokens: list[Token]
    token_slots: list[frozenset[str]]
    """Each token's slots (:func:`_slots`), found once."""
    slots: set[str]
    marker: str | None

    def __init__(self, token: Token, slots: frozenset[str]) -> None:
        self.tokens = [token]
        self.token_slots = [slots]
        self.slots = set(slots)
        self.marker = None

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def is_timestamp(self) -> bool:
        """Whether a token is a date or a relative time (no set of kinds made)."""
        return any(t.kind in _TIMESTAMP_KINDS for t in self.tokens)


# The slot sets a piece fills, made once (a frozenset is never changed).
_DATE: Final = frozenset({"date"})
_DATE_TIME: Final = frozenset({"date", "time"})
_DATE_OFFSET: Final = frozenset({"date", "offset"})
_DATE_TIME_OFFSET: Final = frozenset({"date", "time", "offset"})
_TIME: Final = frozenset({"time"})
_TIME_OFFSET: Final = frozenset({"time", "offset"})
_OFFSET: Final = frozenset({"offset"})
_WEEKDAY: Final = frozenset({"weekday"})


def _slots(token: Token) -> frozenset[str]:
    kind, m = token.kind, token.match
    if kind in _STANDALONE:
        return _ALL_SLOTS
    if kind == "iso":
        if m["ih"]:
            return _DATE_TIME_OFFSET if m["itz"] else _DATE_TIME
        return _DATE_OFFSET if m["itz"] else _DATE
    if kind in _DATE_KINDS:
        return _DATE
    if kind == "time":
        return _TIME_OFFSET if (m["tzs"] or m["tzz"]) else _TIME
    if kind == "off":
        return _OFFSET
    return _WEEKDAY


def _glues(folded: str, start: int, end: int) -> bool:
    """Whether only separators, and few of them (white space aside), stand in between."""
    if end - start > _MAX_GLUE and len("".join(folded[start:end].split())) > _MAX_GLUE:
        return False
    return GLUE.fullmatch(folded, start, end) is not None


def _names_poster(label: str) -> bool:
    """A label after which the poster's name stands (``Người xuất bản``, ``Đăng bởi``,
    ``Posted by``), as the label table spells it without spaces."""
    return label.startswith("nguoi") or label.endswith(("boi", "by"))


def _marker_reaches(folded: str, marker: Token, start: int) -> bool:
    """Whether the label ``marker`` applies to the timestamp piece at ``start``: only
    separators between them, or the name of the editor (after an update label) or of the
    poster (after a label that names who posted)."""
    if _glues(folded, marker.end, start):
        return True
    label = key(marker.match.group())
    if MARKER_OF[label] == "updated" and _EDITED_BY.fullmatch(folded, marker.end, start):
        return True
    return _names_poster(label) and _POSTED_BY.fullmatch(folded, marker.end, start) is not None


def _group(folded: str, tokens: list[Token]) -> list[_Group]:
    groups: list[_Group] = []
    current: _Group | None = None
    marker: Token | None = None
    for token in tokens:
        if token.kind == "marker":
            current = None
            marker = token
            continue
        slots = _slots(token)
        if (
            current is not None
            and current.slots.isdisjoint(slots)
            and _glues(folded, current.end, token.start)
        ):
            current.tokens.append(token)
            current.token_slots.append(slots)
            current.slots |= slots
            continue
        current = _Group(token, slots)
        if marker is not None and _marker_reaches(folded, marker, token.start):
            current.marker = MARKER_OF[key(marker.match.group())]
        marker = None
        groups.append(current)
    return groups


def _build(
    group: _Group, text: str, reference: dt.datetime | None, *, month_first: bool = False
) -> Timestamp:
    try:
        return _build_value(group, text, reference, month_first=month_first)
    except OverflowError as exc:
        # A relative day or a day shift beyond years 1 to 9999 (a reference at the edge).
        raise UnreadableError("date out of range") from exc


def _build_value(
    group: _Group, text: str, reference: dt.datetime | None, *, month_first: bool
) -> Timestamp:
    by_slot: dict[str, Token] = {}
    for token, slots in zip(group.tokens, group.token_slots, strict=True):
        for slot in slots:
            by_slot.setdefault(slot, token)
    is_update = group.marker == "updated"
    first = group.tokens[0]
    if first.kind in _STANDALONE:
        return attrs.evolve(relative_of(first, reference), is_update=is_update)
    if "date" not in by_slot:
        if "time" in by_slot:
            raise UnreadableError("a time without a date")
        raise UnreadableError("no date recognised")
    date_token = by_slot["date"]
    # A 12-hour clock with AM/PM beside a date that cannot be day-first ("12/26/2012
    # 4:13:51 PM") is the English (US) setting of a CMS: that timestamp proves its own
    # order. A date alone ("01/13/2022") proves nothing and stays an error.
    own_order = (
        "time" in by_slot and _twelve_hour(by_slot["time"]) and proves_month_first(date_token)
    )
    day = date_of(date_token, reference, month_first=month_first or own_order)
    if "weekday" in by_slot:
        said = WEEKDAY_OF[key(by_slot["weekday"].match.group())]
        if said != day.isoweekday():
            _log.warning(
                "weekday %r contradicts the date %s (a %s); the date wins: %r",
                by_slot["weekday"].match.group(),
                day.isoformat(),
                _WEEKDAY_NAMES[day.isoweekday()],
                text,
            )
    if "time" not in by_slot:
        value = dt.datetime(day.year, day.month, day.day, tzinfo=VIETNAM)
        return Timestamp(value, has_time=False, is_update=is_update)
    clock, shift = time_of(by_slot["time"])
    zone = zone_of(by_slot["offset"]) if "offset" in by_slot else VIETNAM
    value = dt.datetime.combine(day, clock, tzinfo=zone)
    if shift:  # (adding no days gives an equal datetime: not made)
        value += dt.timedelta(days=shift)
    return Timestamp(value, has_time=True, is_update=is_update)


def _twelve_hour(token: Token) -> bool:
    """Whether a time piece carries an AM/PM marker (``4:13:51 PM``, ``02:17 SA``)."""
    period = token.match["period"] if token.kind == "time" else None
    return period is not None and _PERIOD_RULE.get(key(period)) in {"am", "pm"}


def _check_reference(reference: dt.datetime | None) -> None:
    if reference is not None and (
        not isinstance(reference, dt.datetime) or reference.utcoffset() is None
    ):
        raise TypeError(f"reference must be a timezone-aware datetime, not {reference!r}")


# ---------------------------------------------------------------------------------------
# The public functions.


def parse_timestamp(
    text: str, *, reference: dt.datetime | None = None, month_first: bool = False
) -> Timestamp:
    """Read the timestamp a Vietnamese page prints, in any of its common forms.

    The string holds one timestamp, with optional labels in front (``Đăng lúc:``,
    ``Ngày đăng:``, ``Cập nhật:``, ``Thời gian:``) and, after it, only what is clearly not
    part of it: text after a separator such as ``|``, ``·`` or `` - `` (where a second
    timestamp may stand), or words; a number right after the timestamp is refused as a
    possible piece of it. Dates are day-first unless ``month_first`` is set. A time
    without an offset is
    Vietnam time. Relative times (``2 giờ trước``, ``hôm qua 08:30``, ``vừa xong``) are
    resolved against ``reference`` only. See the module documentation for the forms read.

    Args:
        text: The string, such as ``Thứ sáu, 1/7/2022, 18:45 (GMT+7)``.
        reference: An aware datetime that relative times and two-digit years are read
            against (typically when the page was fetched). Nothing reads the clock.
        month_first: Read numeric dates month first (``12-24-2012``), for a page whose
            own dates prove that order (see :func:`dates_prove_month_first`); a first
            number above 12 is then an error.

    Returns:
        The :class:`Timestamp`; ``has_time`` is ``False`` for a date alone and
        ``is_update`` is ``True`` after an update label such as ``Cập nhật``.

    Raises:
        DateParseError: ``text`` holds no date, an impossible date or time, a relative
            time without ``reference``, unknown text in front of the date, or something
            after it that could belong to it.
        TypeError: ``reference`` is naive.

    >>> parse_timestamp("Thứ sáu, 1/7/2022, 18:45 (GMT+7)").value.isoformat()
    '2022-07-01T18:45:00+07:00'
    >>> t = parse_timestamp("Cập nhật: 12/3/2024")
    >>> t.value.isoformat(), t.has_time, t.is_update
    ('2024-03-12T00:00:00+07:00', False, True)
    >>> parse_timestamp("Posted on 05-06-2012 9:5 PM", month_first=True).value.isoformat()
    '2012-05-06T21:05:00+07:00'
    """
    _check_reference(reference)
    if not isinstance(text, str):
        raise TypeError(f"parse_timestamp() needs a str, not {type(text).__name__}")
    folded = fold(text)
    tokens = scan(folded)
    groups = _group(folded, tokens)
    if not groups:
        raise DateParseError(text)
    group = groups[0]
    # In front: only labels and separators.
    position, last = 0, None
    for token in tokens:
        if token.start >= group.start:
            break
        if token.kind != "marker" or not _glues(folded, position, token.start):
            raise DateParseError(text, "unknown text in front of the date")
        position, last = token.end, token
    if not (
        _glues(folded, position, group.start)
        or (last is not None and _marker_reaches(folded, last, group.start))
    ):
        raise DateParseError(text, "unknown text in front of the date")
    # After: nothing that could be a piece of this timestamp.
    rest = folded[group.end :]
    if rest[:1].isalnum() or _ATTACHED.match(rest):
        raise DateParseError(text, "unreadable text right after the date")
    glue = GLUE.match(rest)
    between = rest[: glue.end()] if glue else ""
    if rest[len(between) : len(between) + 1].isdigit() and not STRONG_SEPARATOR.search(between):
        raise DateParseError(text, "a number after the date that could belong to it")
    try:
        return _build(group, text, reference, month_first=month_first)
    except UnreadableError as exc:
        raise DateParseError(text, str(exc)) from None


def find_timestamps(
    text: str, *, reference: dt.datetime | None = None, month_first: bool = False
) -> tuple[Timestamp, ...]:
    """Every timestamp in a longer string, such as a dateline, in order.

    Pieces of one timestamp (weekday, date, time, offset) must stand close together, with
    only separators and the words ``ngày``, ``lúc``, ``vào`` between them. A timestamp
    right after an update label (``Cập nhật``) gets ``is_update=True``. Pieces that do not
    make a timestamp (an impossible date, a time without a date, a relative time without a
    ``reference``) are skipped: this function never raises on its text.

    Args:
        text: The string to scan.
        reference: As for :func:`parse_timestamp`.
        month_first: As for :func:`parse_timestamp`.

    Returns:
        The timestamps, in the order they stand in ``text``.

    Raises:
        TypeError: ``reference`` is naive.

    >>> line = "Thứ sáu, 1/7/2022, 18:45 (GMT+7) | Cập nhật: 02/07/2022 08:00"
    >>> [(t.value.isoformat(), t.is_update) for t in find_timestamps(line)]
    [('2022-07-01T18:45:00+07:00', False), ('2022-07-02T08:00:00+07:00', True)]
    """
    _check_reference(reference)
    if not isinstance(text, str):
        raise TypeError(f"find_timestamps() needs a str, not {type(text).__name__}")
    folded = fold(text)
    found = []
    for group in _group(folded, scan(folded)):
        if not group.is_timestamp():
            continue
        try:
            found.append(_build(group, text, reference, month_first=month_first))
        except UnreadableError:
            continue
    return tuple(found)
