"""The dates: visible datelines read first, then weighed against the metadata's times.

The datelines come from the cascade :data:`CASCADE`, whose strategies give candidate
elements, read in order until one shows a time of day (a date alone is kept, and the next
strategy still looked at): the site profile's dateline selector, then short elements near
the headline whose class or tag says date or time, labelled lines, and, where none gave a
date, an element beside the headline that is a date and nothing else. :func:`from_body`
(a step of its own) reads a dateline among the body's first lines where none showed a
time; :func:`choose` weighs what the datelines show against the metadata
(:func:`~vn_newsdoc.html._dating.choose_dates`) and sets ``published`` and ``updated``.

Numeric dates are read day first, unless the page's own dates prove month-first order
(:func:`proves_month_first`, decided once per page as :attr:`Page.month_first
<vn_newsdoc.html._page.Page.month_first>`): then every text date of the page is read month
first, and the dates' rule says so.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final

from lxml.etree import Element, _Element

from vn_newsdoc._tree import text_content
from vn_newsdoc.errors import DateParseError
from vn_newsdoc.html._datelines import (
    BoxMemo,
    beside_other_articles,
    in_other_box,
    of_other_articles,
    own_line,
)
from vn_newsdoc.html._dating import TIME_ATTRIBUTES, choose_dates, read_dateline
from vn_newsdoc.html._fields._cascade import Decision, Draft, Found, Strategy
from vn_newsdoc.html._metatime import is_vietnamese, naive_zone
from vn_newsdoc.html._survey import Survey, element_text, short_text
from vn_newsdoc.html._thresholds import (
    BODY_DATELINE_BLOCKS,
    BODY_DATELINE_DROP,
    BODY_DATELINE_MAX,
    DATELINE_CANDIDATES,
    DATELINE_CHILDREN,
    DATELINE_MAX,
)
from vn_newsdoc.vi.dates import dates_prove_month_first, find_timestamps, parse_timestamp
from vn_newsdoc.vi.dates._digits import shows_digit
from vn_newsdoc.vi.dates._fold import fold
from vn_newsdoc.vi.dates._vocab import MARKERS, MONTHS, PERIODS, WEEKDAYS

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = [
    "CASCADE",
    "MONTH_FIRST",
    "ProfileLines",
    "choose",
    "decide",
    "find_dateline",
    "from_body",
    "profile_datelines",
    "proves_month_first",
]

Candidates = list[tuple[_Element, str]]
# What a strategy of :data:`CASCADE` gives: its candidates, which :func:`decide` reads
# in order until one shows a time (a strategy may give them one at a time).
Lines = Iterable[tuple[_Element, str]]

MONTH_FIRST: Final = "month-first: the page's own dates prove it"
"""What the dates' rule adds in :func:`~vn_newsdoc.html.explain_html` on a page read
month first."""


def _by_profile(page: Page, draft: Draft) -> Found[Lines] | None:
    if page.profile is None or not page.profile.dateline:
        return None
    return Found(_read_lines(page))


def profile_datelines(page: Page) -> Candidates:
    """The elements the site profile's dateline selectors find, with their text, in the
    selectors' order (read once for the page: the datelines and the month-first check
    both read them, the datelines only as far as they need)."""
    return page.dateline_reads().every(page)


class ProfileLines:
    """The elements the site profile's dateline selectors find, with their text, read
    selector by selector, as far as they are asked for: the datelines stop at the first
    that shows a time (most pages' first selector gives it), and a selector is a pass
    over the whole page (lxml's XPath through each element's attributes). The page keeps
    them (:meth:`~vn_newsdoc.html._page.Page.dateline_reads`) and is handed to each read:
    nothing here holds it, so the two make no cycle.

    >>> ProfileLines().found
    []
    """

    def __init__(self) -> None:
        self.read = 0  # the page's selectors read so far
        self.found: Candidates = []

    def more(self, page: Page) -> bool:
        """Read the page's next selector's elements: ``False`` where none is left."""
        selectors = page.profile_selectors("dateline")
        selector = next(itertools.islice(selectors, self.read, None), None)
        if selector is None:
            return False
        self.read += 1
        for el in page.select(selector):
            if isinstance(el, _Element):
                text = element_text(el)
                if text:
                    self.found.append((el, text))
        return True

    def every(self, page: Page) -> Candidates:
        """All the page's selectors' elements with their text."""
        while self.more(page):
            pass
        return self.found


def _read_lines(page: Page) -> Iterator[tuple[_Element, str]]:
    """The page's dateline elements one at a time, the next selector read only when those
    read are taken (its elements follow, as they follow in :func:`profile_datelines`)."""
    lines = page.dateline_reads()
    taken = 0
    while True:
        while taken >= len(lines.found):
            if not lines.more(page):
                return
        yield lines.found[taken]
        taken += 1


def _by_class_near_headline(page: Page, draft: Draft) -> Found[Lines] | None:
    return Found(_class_candidates(page, draft))


def _class_candidates(page: Page, draft: Draft) -> Iterator[tuple[_Element, str]]:
    """:func:`_by_class_near_headline`'s candidates, one at a time: :func:`decide` stops
    at the first that shows a time (most pages' first), and the others' text and boxes
    are then never looked at. Nothing here depends on what :func:`decide` reads meanwhile
    (the draft's headline alone is read, and it is set before)."""
    survey = page.survey
    near = survey.order.get(draft.headline_el, 0) if draft.headline_el is not None else 0
    own = own_line(page, draft.headline_el)
    memo = BoxMemo()
    taken = 0
    # find_dateline's candidates less those of other articles: an element in a box named
    # for other articles (most of them) is left before its text is read.
    for el in _dated_near(survey, near):
        if in_other_box(el, own, memo) or not _may_show_digits(el):
            continue
        text = short_text(el, DATELINE_MAX)
        if not text or not shows_digit(text):
            continue
        if beside_other_articles(el, own, memo):
            continue
        yield el, text
        taken += 1
        if taken == DATELINE_CANDIDATES:  # no more are read
            return


def _by_label(page: Page, draft: Draft) -> Found[Lines] | None:
    """Lines a publication or update label opens (``Ngày đăng:``, ``Người xuất bản: X``),
    in a table row, a definition list or beside an inline label, nearest the headline
    first; never one that holds the headline. Looked for only where the metadata gives no
    publication time (the dateline would only confirm it)."""
    if page.meta.published_has_time or not page.labelled_dates:
        return None
    order = page.survey.order
    headline = draft.headline_el
    near = order.get(headline, 0) if headline is not None else 0
    lines = [
        (el, text)
        for el, text in page.labelled_dates
        if headline is None or headline not in set(el.iter())
    ]
    lines.sort(key=lambda line: abs(order.get(line[0], 0) - near))
    return Found(lines)


# How far up from the headline a bare date line is looked for: its header box.
_BESIDE_LEVELS: Final = 2


def _by_line_beside_headline(page: Page, draft: Draft) -> Found[Lines] | None:
    """Where nothing else gave a date and the metadata gives none: an element of the
    headline's own header box (two levels up) whose whole text is one timestamp, under any
    class (``<div class="article-data">thứ tư, 28 06, 2017</div>`` beside the title)."""
    headline = draft.headline_el
    if headline is None or draft.stamps or page.meta.published is not None:
        return None
    box = headline
    for _ in range(_BESIDE_LEVELS):
        parent = box.getparent()
        if parent is None or parent.tag == "body":
            break
        box = parent
    inside = set(headline.iter())
    own = own_line(page, headline)
    memo = BoxMemo()
    candidates: Candidates = []
    for el in box.iter(Element):  # elements alone: no comment, no instruction
        if el in inside:
            continue
        # (A box whose inner element opens on text is told first: its digits would be
        # read before that look.)
        if _inner_text_shows(el) or not _may_show_digits(el):
            continue
        # The text first: it is read only up to a date line's length, while whether a
        # child holds text reads each child's whole text (the box's first of all).
        text = short_text(el, DATELINE_MAX)
        if not text or not shows_digit(text) or _holds_text(el):
            continue
        if not _only_a_date(text):
            continue
        try:
            parse_timestamp(text, reference=page.reference)
        except DateParseError:
            continue
        if not of_other_articles(el, own, memo):
            candidates.append((el, text))
    return Found(candidates) if candidates else None


# A candidate's distance from the headline, first of its pair: taken in C, not by a lambda.
_DISTANCE: Final = operator.itemgetter(0)


# The words a date line may hold besides its numbers: weekdays, labels, day periods, month
# names and the joining words ("thứ tư, ngày 28 tháng 6 năm 2017 lúc 10:15 SA").
_DATE_WORDS: Final = frozenset(
    word
    for table in (WEEKDAYS, MARKERS, PERIODS, MONTHS)
    for phrase in table
    for word in phrase.split()
) | {"ngay", "thang", "nam", "luc", "vao", "gio", "phut", "gmt", "utc", "at", "on"}
_WORD_RE: Final = re.compile(r"[^\W\d_]+")


def _only_a_date(text: str) -> bool:
    """Whether every word of ``text`` belongs to a timestamp (no sentence around it)."""
    return all(word in _DATE_WORDS for word in _WORD_RE.findall(fold(text)))


def _holds_text(el: _Element) -> bool:
    """Whether a child element holds text (an icon ``<i>`` before the date holds none)."""
    return any(isinstance(c.tag, str) and text_content(c).strip() for c in el)


def _inner_text_shows(el: _Element) -> bool:
    """Whether an element inside ``el`` opens on text (``<p>Tin <b>mới</b></p>``), which
    proves :func:`_holds_text`: the child it is, or sits in, holds that text. The elements
    of a header box mostly hold some, found by their first few descendants, where reading
    each one's text (up to a date line's length) took most of the beside-headline
    strategy's time."""
    for inner in el.iterdescendants():
        text = inner.text
        if text and isinstance(inner.tag, str) and text.strip():
            return True
    return False


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


def find_dateline(survey: Survey, near: int) -> Candidates:
    """Short elements near the headline whose class or tag says date or time, nearest first.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring("<div><h1>Mưa lớn</h1><span class='date'>"
    ...     "7/8/2019 15:43</span><p class='time'>Không có số</p></div>")
    >>> [text for _, text in find_dateline(Survey(page), 2)]
    ['7/8/2019 15:43']
    """
    return list(_datelines_near(survey, near))


def _datelines_near(survey: Survey, near: int) -> Iterator[tuple[_Element, str]]:
    """:func:`find_dateline`'s candidates, one at a time: the elements are put in order
    first, and each one's text read only when the one before has been taken (the
    datelines stop after a few)."""
    for el in _dated_near(survey, near):
        if not _may_show_digits(el):
            continue
        text = short_text(el, DATELINE_MAX)
        if text and shows_digit(text):
            yield el, text


def _may_show_digits(el: _Element) -> bool:
    """Whether ``el``'s clean text may show a digit: not where none of its text pieces
    shows one (cleaning keeps every digit and adds none): its own text where it has no
    child, else the pieces its text is made of, read until one shows a digit or they
    pass :data:`_DIGIT_LOOK` characters (then it may show one). Every caller reads the
    text of an element that may show a digit up to about that length
    (:func:`~vn_newsdoc.html._survey.short_text`), and cleans it: an element whose pieces
    show none (an icon's link, a box of words) is left before its text is cleaned."""
    if not len(el):
        return shows_digit(el.text or "")
    size = 0
    for piece in el.itertext():
        if shows_digit(piece):
            return True
        size += len(piece)
        if size > _DIGIT_LOOK:
            return True
    return False


# How much of an element's text is read for a digit before it is taken as one that may
# show a digit: what short_text reads of a date line's before it cleans it.
_DIGIT_LOOK: Final = 4 * DATELINE_MAX


def _dated_near(survey: Survey, near: int) -> list[_Element]:
    """The elements :func:`find_dateline` reads, nearest ``near`` first (their text not
    yet read)."""
    order = survey.order
    found: list[tuple[int, _Element]] = []
    for marked in survey.dates:
        el = marked
        if el.tag == "meta" and (el.get("itemprop") or "").lower() == "datepublished":
            # <span><meta itemprop="datePublished" content="…">25/12/2012 - 10:03</span>
            parent = el.getparent()
            if parent is None:
                continue
            el = parent
        if len(el) > DATELINE_CHILDREN:
            continue
        found.append((abs(order.get(el, 0) - near), el))
    found.sort(key=_DISTANCE)  # stable: the survey's order among equals
    return [el for _, el in found]
