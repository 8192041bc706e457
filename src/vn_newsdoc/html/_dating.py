"""Dates on the page: the visible dateline read and weighed against the metadata's."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.errors import DateParseError
from vn_newsdoc.html._elements import short_text
from vn_newsdoc.html._hints import UPDATE_CLASS
from vn_newsdoc.html._metatime import VIETNAM, read_meta_time
from vn_newsdoc.html._thresholds import DATELINE_LINE_MAX
from vn_newsdoc.vi.dates import Timestamp, find_timestamps, is_placeholder, parse_iso
from vn_newsdoc.vi.dates._digits import shows_digit

__all__ = ["TIME_ATTRIBUTES", "choose_dates", "read_dateline"]

_log = logging.getLogger(__name__)

_EXPLICIT_OFFSET_RE: Final = re.compile(r"GMT|UTC|[+-]\d{2}:?\d{2}\b", re.IGNORECASE)


def read_dateline(
    el: _Element,
    text: str,
    headline: _Element | None = None,
    reference: dt.datetime | None = None,
    *,
    month_first: bool = False,
) -> tuple[_Element, list[tuple[Timestamp, str]]] | None:
    """The dates one dateline candidate shows, each with the text it was read from, and
    the element taken as the dateline; ``None`` where it shows none.

    A ``<time datetime=…>`` is read by its attribute; other elements by their text, and
    where that shows no time of day, by a time kept in an attribute. Relative times
    (``2 giờ trước``) resolve against ``reference`` and are skipped without one. Numeric
    dates are read day first, or month first with ``month_first`` (a page whose own dates
    prove that order).

    The element taken as the dateline is the date's short line, never one that also holds
    the headline or another block of text.
    """
    found, shown = _machine_time(el), el.get("datetime", text)
    if not found:
        found, shown = find_timestamps(text, reference=reference, month_first=month_first), text
        if not any(ts.has_time for ts in found) and el.attrib:
            is_update = any(ts.is_update for ts in found)
            kept = _attribute_time(el, is_update, reference, month_first=month_first)
            if kept:
                found, shown = kept
    if not found:
        return None
    return _dateline_block(el, headline), [(ts, shown) for ts in found]


def choose_dates(
    stamps: list[tuple[Timestamp, str]],
    published: dt.datetime | None,
    updated: dt.datetime | None,
    *,
    dateline_first: bool = False,
    published_has_time: bool = True,
    updated_has_time: bool = True,
    zone: dt.timezone | None = None,
    vietnamese: bool = False,
) -> tuple[dt.date | None, dt.date | None]:
    """Published and updated: the metadata's, checked against the visible dateline.

    The dateline is the nearest date shown by the headline (a time wins over a bare
    date); a page that shows only an update time has it read as the publication time.
    Metadata that gives a date alone (``2012-12-25``) yields to a dateline showing a time
    on that day. A value that nothing gives a time of day for is returned as a
    :class:`datetime.date`, as the article holds it.

    Args:
        stamps: The timestamps read from the datelines, nearest first, each with the
            text it was read from.
        published: The metadata's publication time, if any.
        updated: The metadata's update time, if any.
        dateline_first: Prefer the dateline over the metadata (a site profile's say).
        published_has_time: Whether the metadata's publication time has a time of day.
        updated_has_time: Whether the metadata's update time has a time of day.
        zone: The offset of a dateline time that prints none, when it is not Vietnam
            time (a page in another language: UTC, as for its metadata).
        vietnamese: Whether the page is in Vietnamese: where its dateline prints no
            offset and shows the metadata's wall clock under another offset than UTC
            (which servers keep, and some sites show), the time is Vietnam time (+07:00).

    Returns:
        ``(published, updated)``, each an aware datetime, a date or ``None``; ``updated``
        is ``None`` where it equals ``published``.
    """
    if zone is not None:
        stamps = [(_in_zone(ts, text, zone), text) for ts, text in stamps]
    timed = [(ts, text) for ts, text in stamps if ts.has_time]
    shown = next(((ts, t) for ts, t in timed if not ts.is_update), None)
    shown_update = next((ts for ts, _ in timed if ts.is_update), None)
    if shown is None:
        if shown_update is not None:
            shown, shown_update = (shown_update, ""), None
        elif stamps:
            shown = stamps[0]
    if shown is not None:
        ts, text = shown
        if published is None or (dateline_first and ts.has_time):
            published, published_has_time = ts.value, ts.has_time
        elif ts.has_time and not published_has_time and _same_day(ts.value, published):
            # the metadata gave the day, the dateline its time
            published, published_has_time = ts.value, True
        elif ts.has_time and _EXPLICIT_OFFSET_RE.search(text):
            published, updated = _fix_offset(published, updated, ts.value)
        elif ts.has_time and vietnamese and published.utcoffset() != dt.timedelta(0):
            # An offset neither Vietnam's nor a server's UTC (+08:00) on the wall clock
            # the page shows is a misconfigured zone: the page's own time is Vietnam time.
            published, updated = _fix_offset(published, updated, ts.value.astimezone(VIETNAM))
    if published is not None and updated is not None and updated == published:
        updated = None
    if (
        updated is None
        and shown_update is not None
        and published is not None
        and shown_update.value != published
    ):
        updated, updated_has_time = shown_update.value, True
    return _when(published, published_has_time), _when(updated, updated_has_time)


def _when(value: dt.datetime | None, has_time: bool) -> dt.date | None:
    """The value as the article holds it: the date alone where no time of day was given."""
    if value is None or has_time:
        return value
    return value.date()


def _same_day(shown: dt.datetime, published: dt.datetime) -> bool:
    return shown.date() == published.date()  # a date alone is that day, wherever read


def _in_zone(ts: Timestamp, text: str, zone: dt.timezone) -> Timestamp:
    """A dateline time that prints no offset, moved to ``zone`` (same wall clock)."""
    if not ts.has_time or _EXPLICIT_OFFSET_RE.search(text):
        return ts
    return Timestamp(ts.value.replace(tzinfo=zone), has_time=True, is_update=ts.is_update)


def _machine_time(el: _Element) -> tuple[Timestamp, ...]:
    """The instant in a ``<time datetime=…>`` attribute, read as ISO 8601."""
    value = el.get("datetime") if el.tag == "time" else None
    if not value:
        return ()
    try:
        instant = parse_iso(value)
    except DateParseError:
        return ()
    if is_placeholder(instant):
        _log.info("<time datetime=%r> is a placeholder, not a date; ignored", value[:80])
        return ()
    hint = f"{el.get('class', '')} {el.get('itemprop', '')}"
    return (
        Timestamp(
            instant,
            has_time=":" in value,
            is_update=bool(UPDATE_CLASS.search(hint)),
        ),
    )


_BLOCK_TAGS: Final = frozenset(
    {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li"}
    | {"table", "tr", "td", "blockquote", "figure", "header", "aside", "dl", "pre"}
)


TIME_ATTRIBUTES: Final = ("title", "data-time", "data-datestring", "data-datetime", "data-date")
_EPOCH_RE: Final = re.compile(r"\d{10}(?:\d{3})?")


def _attribute_time(
    el: _Element, shown_update: bool, reference: dt.datetime | None, *, month_first: bool
) -> tuple[tuple[Timestamp, ...], str] | None:
    """A time kept in an attribute of a date element (``<span class="DateTime"
    title="14/12/12 at 16:18">14/12/12</span>``, ``data-time="1355476680"``), with the
    attribute's text; whether it is an update time, the element's own text says."""
    for name in TIME_ATTRIBUTES:
        value = (el.get(name) or "").strip()
        if not value or not shows_digit(value):
            continue
        if _EPOCH_RE.fullmatch(value):
            seconds = int(value[:10])
            instant = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).astimezone(VIETNAM)
            if is_placeholder(instant):
                continue  # a zero timestamp: no date
            return (Timestamp(instant, has_time=True, is_update=shown_update),), value
        meta = read_meta_time(value)
        if meta is not None and meta.has_time:
            return (Timestamp(meta.value, has_time=True, is_update=shown_update),), value
        found = tuple(
            Timestamp(ts.value, has_time=True, is_update=ts.is_update or shown_update)
            for ts in find_timestamps(value, reference=reference, month_first=month_first)
            if ts.has_time
        )
        if found:
            return found, value
    return None


def _dateline_block(el: _Element, headline: _Element | None = None) -> _Element:
    """The dateline's whole line (``Xã hội | Cập nhật …``) when it is a short one.

    The line is the date's parent when that is short and holds no headline and no other
    block (a short section holding the headline, the date and a one-line body is not it).
    """
    parent = el.getparent()
    if (
        el.tag in ("span", "time", "em", "i", "b", "strong", "small", "font")
        and parent is not None
        and short_text(parent, DATELINE_LINE_MAX) is not None
        and not _holds_other_blocks(parent, el, headline)
    ):
        return parent
    return el


def _holds_other_blocks(parent: _Element, el: _Element, headline: _Element | None) -> bool:
    """Whether ``parent`` holds the headline, or a block element outside ``el``."""
    inner = set(el.iter())
    for node in parent.iterdescendants():
        if node in inner:
            continue
        if node is headline or node.tag in _BLOCK_TAGS:
            return True
    return False


def _fix_offset(
    published: dt.datetime, updated: dt.datetime | None, shown: dt.datetime
) -> tuple[dt.datetime, dt.datetime | None]:
    """Trust the visible dateline's offset where the metadata gives the same wall clock.

    Some sites' metadata states the publication time with a wrong offset (``+08:00`` for
    a page that shows ``12:40 (GMT+7)``): the wall clock agrees to the minute, the offset
    does not. The shown offset wins, and the metadata's seconds are kept; the update time,
    written by the same system, gets the same correction.
    """
    same_clock = published.replace(tzinfo=None, second=0, microsecond=0) == shown.replace(
        tzinfo=None, second=0, microsecond=0
    )
    if not same_clock or published.utcoffset() == shown.utcoffset():
        return published, updated
    wrong = published.utcoffset()
    published = published.replace(tzinfo=shown.tzinfo)
    if updated is not None and updated.utcoffset() == wrong:
        updated = updated.replace(tzinfo=shown.tzinfo)
    return published, updated
