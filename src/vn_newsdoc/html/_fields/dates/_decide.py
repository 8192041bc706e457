"""The datelines read, the body's dateline, the dates chosen, and the page's month-first
order (see :mod:`vn_newsdoc.html._fields.dates`)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from lxml.etree import _Element

from vn_newsdoc.html._dating import TIME_ATTRIBUTES, choose_dates, read_dateline
from vn_newsdoc.html._elements import short_text
from vn_newsdoc.html._fields._cascade import Decision, Draft, Strategy
from vn_newsdoc.html._fields.dates._candidates import (
    Lines,
    _by_class_near_headline,
    _by_label,
    _by_line_beside_headline,
    _by_profile,
    _may_show_digits,
)
from vn_newsdoc.html._metatime import is_vietnamese, naive_zone
from vn_newsdoc.html._thresholds import (
    BODY_DATELINE_BLOCKS,
    BODY_DATELINE_DROP,
    BODY_DATELINE_MAX,
    DATELINE_CANDIDATES,
    DATELINE_CHILDREN,
    DATELINE_MAX,
)
from vn_newsdoc.vi.dates import dates_prove_month_first, find_timestamps
from vn_newsdoc.vi.dates._digits import shows_digit

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page


MONTH_FIRST: Final = "month-first: the page's own dates prove it"
"""What the dates' rule adds in :func:`~vn_newsdoc.html.explain_html` on a page read
month first."""


CASCADE: tuple[Strategy[Lines], ...] = (
    Strategy("profile selector", _by_profile),
    Strategy("date class or tag near the headline", _by_class_near_headline),
    Strategy("labelled date line", _by_label),
    Strategy("date line beside the headline", _by_line_beside_headline),
)
"""The datelines' strategies: each gives candidates, read until one shows a time."""


def decide(page: Page, draft: Draft) -> None:
    """Read the datelines: each strategy's candidates in order, until one shows a time."""
    for strategy in CASCADE:
        found = strategy.find(page, draft)
        if found is None:
            continue
        for el, text in itertools.islice(found.value, DATELINE_CANDIDATES):
            month_first = _month_first(page, el, text)
            read = read_dateline(
                el, text, draft.headline_el, page.reference, month_first=month_first
            )
            if read is None:
                continue
            line, stamps = read
            draft.dateline_els.append(line)
            draft.stamps.extend(stamps)
            rule = f"{strategy.name}; {MONTH_FIRST}" if month_first else strategy.name
            draft.stamp_origins.extend(Decision("dateline", rule, el) for _ in stamps)
            if any(ts.has_time for ts, _ in stamps):
                return


def from_body(page: Page, draft: Draft) -> None:
    """Where neither a dateline nor the metadata gives a time of day: a short line near the
    top of the body that is a dateline (old pages print it there), read before the others
    and, when short, taken out of the body."""
    if any(ts.has_time for ts, _ in draft.stamps) or page.meta.published_has_time:
        return
    seen = 0
    for i, block in enumerate(draft.blocks):
        if block.kind == "figure":
            continue
        seen += 1
        if seen > BODY_DATELINE_BLOCKS:
            return
        if len(block.text) > BODY_DATELINE_MAX:
            continue
        month_first = _may_be_month_first(block.text) and page.month_first
        found = [
            ts
            for ts in find_timestamps(block.text, reference=page.reference, month_first=month_first)
            if ts.has_time
        ]
        if found:
            rule = "dateline among the body's first lines"
            rule = f"{rule}; {MONTH_FIRST}" if month_first else rule
            origin = Decision("dateline", rule, block.element)
            draft.stamps[:0] = [(ts, block.text) for ts in found]
            draft.stamp_origins[:0] = [origin] * len(found)
            if len(block.text) <= BODY_DATELINE_DROP:
                draft.blocks = draft.blocks[:i] + draft.blocks[i + 1 :]
            return


def choose(page: Page, draft: Draft) -> None:
    """Set ``published`` and ``updated``: the metadata's times checked against the
    datelines (see :func:`~vn_newsdoc.html._dating.choose_dates`); no publication date
    is reported as missing."""
    meta = page.meta
    draft.published, draft.updated = choose_dates(
        draft.stamps,
        meta.published,
        meta.updated,
        dateline_first=page.profile is not None and page.profile.profile.dateline_first,
        published_has_time=meta.published_has_time,
        updated_has_time=meta.updated_has_time,
        zone=naive_zone(meta.language, draft.headline),
        vietnamese=is_vietnamese(meta.language, draft.headline),
    )
    for field, value, metadata in (
        ("published", draft.published, meta.published),
        ("updated", draft.updated, meta.updated),
    ):
        if value is not None:
            _record_origin(page, draft, field, value, metadata)
    if draft.published is None:
        page.missing("published")


def _record_origin(
    page: Page, draft: Draft, field: str, value: dt.date, metadata: dt.datetime | None
) -> None:
    """Note where a chosen date came from: the metadata, or the dateline that shows it."""
    key = page.meta.sources.get(field)
    if _shows(metadata, value):
        page.record(field, "metadata", key=key)
        return
    for (ts, _), origin in zip(draft.stamps, draft.stamp_origins, strict=True):
        if _shows(ts.value, value):
            page.record(field, origin.strategy, origin.element)
            return
    page.record(field, "metadata, offset from the dateline", key=key)


# A numeric date whose first number may be a month (at most 12): only such a date reads
# differently month first, and only for it is the page's order decided.
_MAY_BE_MONTH_FIRST_RE: Final = re.compile(
    r"(?<!\d)(?:0?[1-9]|1[0-2])[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)"
)


def _may_be_month_first(text: str) -> bool:
    return _MAY_BE_MONTH_FIRST_RE.search(text) is not None


def _month_first(page: Page, el: _Element, text: str) -> bool:
    """Whether to read a dateline candidate month first: the page's order, decided (once)
    only where the candidate shows a date that order could change. ``text`` is the
    element's text, as every strategy gives it with the element (read once)."""
    # What the text and the time attributes show, each looked at alone: a date the
    # pattern finds holds no space, so it lies in one of them, and the space that would
    # join them is no digit (no date's end or start).
    if _may_be_month_first(text):
        return page.month_first
    if not el.attrib:
        return False
    shown = any(_may_be_month_first(el.get(name) or "") for name in TIME_ATTRIBUTES)
    return shown and page.month_first


def proves_month_first(page: Page) -> bool:
    """Whether the page's own dates prove month-first order (``12-24-2012``): see
    :func:`~vn_newsdoc.vi.dates.dates_prove_month_first`, asked of every date string the
    page shows where dates are looked for: its datelines, post and comment date lines (the
    elements whose class or tag says date or time, and the times they keep in
    attributes), or, on a page whose site profile names its datelines, those.

    >>> from lxml.html import document_fromstring
    >>> from vn_newsdoc.html._page import Page
    >>> from vn_newsdoc.html.metadata import PageMetadata
    >>> def page(html: str) -> Page:
    ...     return Page(document_fromstring(html), PageMetadata(), None, url=None,
    ...                 name="<html>", strict=False)
    >>> proves_month_first(page("<p class='date'>Posted on 12-24-2012</p>"))
    True
    >>> proves_month_first(page("<p class='date'>12-24-2012</p><p class='date'>25/12/2012</p>"))
    False
    """
    return dates_prove_month_first(_date_strings(page))


def _date_strings(page: Page) -> Iterator[str]:
    """The date strings the page shows where dates are looked for: a site profile's
    dateline elements where it names them (the survey is not made for them), else the
    elements whose class or tag says date or time."""
    profiled = _by_profile(page, Draft())
    if profiled is not None:
        for _, text in profiled.value:
            yield text
        return
    for el in page.survey.dates:
        for name in TIME_ATTRIBUTES:
            value = el.get(name)
            if value and shows_digit(value):
                yield value
        if len(el) > DATELINE_CHILDREN or not _may_show_digits(el):
            continue
        shown = short_text(el, DATELINE_MAX)
        if shown and shows_digit(shown):
            yield shown
    for _, text in page.labelled_dates:
        yield text


def _shows(candidate: dt.datetime | None, value: dt.date) -> bool:
    """Whether ``candidate`` is ``value`` (its day, where ``value`` is a date alone)."""
    if candidate is None:
        return False
    if not isinstance(value, dt.datetime):
        return candidate.date() == value
    return candidate == value
