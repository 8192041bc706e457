"""The datelines' candidates: what each strategy of the cascade
(:data:`~vn_newsdoc.html._fields.dates.CASCADE`) gives, the site profile's dateline
elements read as far as they are asked for, and the looks that leave an element before
its text is read."""

from __future__ import annotations

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
from vn_newsdoc.html._elements import element_text, short_text
from vn_newsdoc.html._fields._cascade import Draft, Found
from vn_newsdoc.html._survey import Survey
from vn_newsdoc.html._thresholds import (
    DATELINE_CANDIDATES,
    DATELINE_CHILDREN,
    DATELINE_MAX,
)
from vn_newsdoc.vi.dates import parse_timestamp
from vn_newsdoc.vi.dates._digits import shows_digit
from vn_newsdoc.vi.dates._fold import fold
from vn_newsdoc.vi.dates._vocab import MARKERS, MONTHS, PERIODS, WEEKDAYS

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page


Candidates = list[tuple[_Element, str]]
# What a strategy of :data:`CASCADE` gives: its candidates, which :func:`decide` reads
# in order until one shows a time (a strategy may give them one at a time).
Lines = Iterable[tuple[_Element, str]]


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
    (:func:`~vn_newsdoc.html._elements.short_text`), and cleans it: an element whose pieces
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
