"""Where the article's own date lines are: lines a date label opens (``Ngày đăng:``,
``Người xuất bản: X``, ``Cập nhật``) in the layouts many sites share, and the dates that
belong to other articles (sidebars, "tin mới" boxes, lists of news, comments).

A label may sit in the date's own line (``<p>Ngày đăng: 01/07/2022</p>``), in an inline
element beside it (``<strong>Ngày đăng:</strong> <span>01/07/2022</span>``), in the first
cell of a table row (``Ngày ban hành | 01/07/2022`` on government portals) or in a
``<dt>`` before its ``<dd>``: the line is the label's element or, where that shows no
number, its parent (a row, a list, the line), at most :data:`LABEL_LEVELS` up. The labels
are the Vietnamese layer's (``vi/data/date_markers.tsv``) that say publication or update;
a neutral one (``Thời gian``) also opens an event's time in the text, and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Final

from lxml.etree import XPath, _Element

from vn_newsdoc.html._climb import judged_above
from vn_newsdoc.html._elements import element_text, short_text
from vn_newsdoc.html._hints import OTHER_ARTICLES_CLASS, names_matcher
from vn_newsdoc.html._thresholds import (
    DATELINE_MAX,
    LABEL_HEAD,
    LABEL_LEVELS,
    TEASER_ITEMS_MIN,
    TEASER_LEVELS,
    TEASER_TITLE_WORDS,
)
from vn_newsdoc.vi.dates._digits import shows_digit
from vn_newsdoc.vi.dates._fold import fold
from vn_newsdoc.vi.dates._vocab import MARKERS

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = [
    "BoxMemo",
    "beside_other_articles",
    "in_other_box",
    "labelled_lines",
    "of_other_articles",
    "own_line",
]

_OTHER_TAGS: Final = frozenset({"aside", "nav"})
# The site header's clock: a date in a small box that also holds the search form
# ("<div class=time_search><span>Thứ năm, 09/05/2019</span><form>…"), today's date.
_SEARCH_BOX_LEVELS: Final = 2
# The levels above a date that its near boxes (search box, teaser item) are looked for in.
_NEAR_LEVELS: Final = max(_SEARCH_BOX_LEVELS, TEASER_LEVELS)
# Whether an element's first text node shows more than white space: a label stands there.
# (Its ``.text`` may hold more: a script stripped from the page leaves two text nodes.)
_FIRST_TEXT_SHOWN: Final = XPath("normalize-space(text()[1]) != ''")


def _labels(neutral: bool) -> re.Pattern[str]:
    """The labels (folded) that say publication or update, or only that a date follows."""
    return re.compile(
        "(?:"
        + "|".join(
            re.escape(label).replace(r"\ ", r"\s+")
            for label in sorted(MARKERS, key=len, reverse=True)
            if (MARKERS[label] == "neutral") is neutral
        )
        + r")(?!\w)"
    )


_LABEL_RE: Final = _labels(neutral=False)
# A neutral label ("Thời gian", "Date") counts only as an element of its own (a cell, a
# <dt>, a <strong>): in running text it opens an event's time as well.
_NEUTRAL_LABEL_RE: Final = _labels(neutral=True)
_LABEL_END: Final = " :"
_LABEL_INITIALS: Final = frozenset(label[0] for label in MARKERS)
# The Latin letters (Vietnamese ones included) whose folded form opens no label: a text
# opening with one is not folded and matched. (A letter of another script is.)
_NO_LABEL_INITIAL: Final = frozenset(
    letter
    for letter in map(chr, (*range(0x250), *range(0x1E00, 0x1F00)))
    if fold(letter)[:1] not in _LABEL_INITIALS
)
_names_other: Final = names_matcher(OTHER_ARTICLES_CLASS)


_OPENING: Final = 2  # characters


def _label_openings() -> frozenset[str]:
    """The first two letters of every label, folded: a text whose first two characters
    fold to two others opens with no label."""
    if any(len(label.split()[0]) < _OPENING for label in MARKERS):
        raise RuntimeError("vn_newsdoc/vi/data/date_markers.tsv: a label opens on one letter")
    return frozenset(label[:_OPENING] for label in MARKERS)


_LABEL_OPENINGS: Final = _label_openings()


def labelled_lines(page: Page) -> list[tuple[_Element, str]]:
    """The lines a date label opens (see :func:`_is_label`), in document order, each with
    its text; none in a box of other articles (see :func:`of_other_articles`)."""
    own = own_line(page, None)
    memo = BoxMemo()
    found: list[tuple[_Element, str]] = []
    seen: set[_Element] = set()
    # Every element's text read in Python, the rare label then checked in its first text
    # node: half the time of an XPath testing every element's first text node. The
    # elements are the survey's, in document order: no second walk through the tree.
    for el in page.survey.order:
        text = el.text
        if not text:
            continue
        head = text.lstrip()[:LABEL_HEAD]
        if (
            not head
            or head[0] in _NO_LABEL_INITIAL
            or not head[0].isalpha()
            or not _may_open_a_label(head)
            or not isinstance(el.tag, str)
            or not _is_label(el, fold(head))
        ):
            continue
        if not _FIRST_TEXT_SHOWN(el):
            continue
        line, line_text = _line(el)
        if line is None or line in seen or of_other_articles(line, own, memo):
            continue
        seen.add(line)
        found.append((line, line_text))
    return found


def _may_open_a_label(head: str) -> bool:
    """Whether ``head`` may open with a label, by its first two characters folded alone
    (a few characters, not the whole head): where they fold to two characters, the whole
    head's fold opens with those two (folding maps each character alone; only a Greek
    sigma's lower case looks at what follows, and no label opens with one)."""
    two = fold(head[:_OPENING])
    return len(two) != _OPENING or two in _LABEL_OPENINGS


def _is_label(el: _Element, head: str) -> bool:
    """Whether ``head`` (folded) opens with a date label: one that says publication or
    update, or a neutral one that is the element's whole text."""
    if _LABEL_RE.match(head):
        return True
    match = _NEUTRAL_LABEL_RE.match(head)
    return match is not None and not len(el) and not head[match.end() :].strip(_LABEL_END)


def _line(label: _Element) -> tuple[_Element | None, str]:
    """The label's line: its element, or the nearest parent that shows a number."""
    node: _Element | None = label
    for _ in range(LABEL_LEVELS + 1):
        if node is None:
            break
        text = short_text(node, DATELINE_MAX)
        if text is None:
            break
        if shows_digit(text):
            return node, text
        node = node.getparent()
    return None, ""


def own_line(page: Page, headline: _Element | None) -> frozenset[_Element]:
    """What :func:`of_other_articles` stops at, the article's own line of ancestors: the
    headline, the body's first container and their ancestors."""
    own: set[_Element] = set()
    for el in (headline, page.containers[0] if page.containers else None):
        if el is not None:
            own.add(el)
            own.update(el.iterancestors())
    return frozenset(own)


class BoxMemo:
    """What :func:`of_other_articles` finds out about a page's boxes (whether one holds a
    search form or is an item of a list, how many words a link holds), kept while it
    checks the candidates of one page: they share their boxes. The page must not change
    meanwhile."""

    __slots__ = ("link_words", "listed", "search", "under", "under_own")

    def __init__(self) -> None:
        self.search: dict[_Element, bool] = {}
        self.listed: dict[_Element, bool] = {}
        self.link_words: dict[_Element, int] = {}
        # Whether an element is, or sits in, a box named or tagged for other articles
        # below the article's own line: asked for the ancestors the candidates share,
        # each answered once (for the line ``under_own``; another line starts afresh).
        self.under: dict[_Element, bool] = {}
        self.under_own: Collection[_Element] | None = None


def of_other_articles(el: _Element, own: Collection[_Element], memo: BoxMemo | None = None) -> bool:
    """Whether ``el`` sits in a box of other articles or readers' posts (an ``<aside>``,
    a class such as ``sidebar``, ``tin-moi``, ``related``, ``comment``), in the site's
    menu bar (a ``<nav>``, ``menu``: today's date) or beside the site's search form (a box
    of two levels that holds a ``<form>``: the header's clock), in a link that also holds another
    article's title, or in an item of a list of other articles (one of several siblings
    alike, with a link as long as a title), below every element of ``own`` (the article's
    own line of ancestors).

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring("<div><h1>Tin</h1><aside><span>1/7</span></aside></div>")
    >>> own = {page, page[0]}
    >>> of_other_articles(page.find(".//span"), own), of_other_articles(page[0], own)
    (True, False)

    Give the same ``memo`` for the candidates of one page: what their boxes hold is then
    looked at once.
    """
    if memo is None:
        memo = BoxMemo()
    return in_other_box(el, own, memo) or beside_other_articles(el, own, memo)


def in_other_box(el: _Element, own: Collection[_Element], memo: BoxMemo) -> bool:
    """The part of :func:`of_other_articles` that the tags and names of ``el``'s
    ancestors below ``own`` decide (an ``<aside>``, a ``<nav>``, a class or id of other
    articles or of the menu): the cheap part, each ancestor looked at once per ``memo``.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring("<div><h1>Tin</h1><aside><span>1/7</span></aside></div>")
    >>> in_other_box(page.find(".//span"), {page, page[0]}, BoxMemo())
    True
    """
    if memo.under_own is not own:
        memo.under, memo.under_own = {}, own
    return judged_above(el, _other_box, memo.under, own)


def _other_box(box: _Element) -> bool:
    """Whether a box is tagged or named for other articles or the menu."""
    # Names given as bytes, which lxml takes as they are (a str it encodes at every call).
    return box.tag in _OTHER_TAGS or _names_other(box.get(b"class"), box.get(b"id"))


def beside_other_articles(el: _Element, own: Collection[_Element], memo: BoxMemo) -> bool:
    """The rest of :func:`of_other_articles`, which looks at the boxes around ``el``
    (a teaser's link, a search form, an item of a list): asked where
    :func:`in_other_box` says no."""
    if _in_teaser_link(el) or _holds_search_noted(el, memo):
        return True
    for level, anc in enumerate(el.iterancestors(), 1):
        if level > _NEAR_LEVELS or anc in own:
            return False
        if level <= _SEARCH_BOX_LEVELS and _holds_search_noted(anc, memo):
            return True
        if level <= TEASER_LEVELS and _teaser_item(anc, el, memo):
            return True
    return False


def _holds_search_noted(box: _Element, memo: BoxMemo) -> bool:
    """:func:`_holds_search`, asked once per box of the page."""
    held = memo.search.get(box)
    if held is None:
        held = memo.search[box] = _holds_search(box)
    return held


def _holds_search(box: _Element) -> bool:
    """Whether ``box`` holds a form or a search field (``.//form|.//input[@type='search']``,
    looked for by lxml's walk: an XPath costs twice as much on the small boxes asked).

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><span>9/5</span><input type='search'></div>")
    >>> _holds_search(box), _holds_search(box[0])
    (True, False)
    """
    for node in box.iterdescendants("form", "input"):
        if node.tag == "form" or node.get("type") == "search":
            return True
    return False


def _teaser_item(item: _Element, inner: _Element, memo: BoxMemo) -> bool:
    """Whether ``item`` is one of several siblings alike that holds another article's
    title as a link (outside ``inner``, the date)."""
    listed = memo.listed.get(item)
    if listed is None:
        listed = memo.listed[item] = _listed(item)
    if not listed:
        return False
    inside: set[_Element] | None = None  # the date's own elements, once a link asks
    for a in item.iter("a"):
        if inside is None:
            inside = set(inner.iter())
        if a in inside:
            continue
        words = memo.link_words.get(a)
        if words is None:
            words = memo.link_words[a] = len(" ".join(a.itertext()).split())
        if words >= TEASER_TITLE_WORDS:
            return True
    return False


def _listed(item: _Element) -> bool:
    """Whether ``item`` is one of several siblings alike (tag and class)."""
    parent = item.getparent()
    if parent is None:
        return False
    tag, cls = item.tag, item.get("class")
    alike = 0
    # Counted up to the few that make a list, no further. Tags compared here, not picked
    # out by lxml's iterchildren(tag): a tag name the parser keeps with a control
    # character in it ("d\x1fiv") makes lxml raise ValueError.
    for sibling in parent:
        if sibling.tag == tag and sibling.get("class") == cls:
            alike += 1
            if alike >= TEASER_ITEMS_MIN:
                return True
    return False


def _in_teaser_link(el: _Element) -> bool:
    """Whether ``el`` sits in a link that also holds another article's title (``<a><h2>
    Title <span class="date">…</span></h2></a>``); a date linked alone to the page's
    permalink is the article's."""
    for level, anc in enumerate(el.iterancestors(), 1):
        if level > TEASER_LEVELS:
            return False
        if anc.tag == "a" and anc.get("href"):
            words = len(element_text(anc).split()) - len(element_text(el).split())
            return words >= TEASER_TITLE_WORDS
    return False
