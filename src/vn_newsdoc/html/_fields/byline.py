"""The byline: who wrote the article, and the source it credits.

Two steps of the reading take credit lines off the body, each named in
:data:`~vn_newsdoc.html._reading.READING_ORDER`: :func:`take_opening` (a labelled byline
among the first lines, ``Von Jane Roe``) and :func:`take_closing` (the closing lines,
``Ngọc Thành - TTXVN``). :func:`decide` then runs :data:`CASCADE`: every strategy gives
a candidate byline; the authors are the first candidate's that names some, the source the
first candidate's that names one. The forum thread's starter and the author boxes
(:func:`~vn_newsdoc.html._credits.find_author_elements`; a box of a name over a job line
first, read line by line) are read only when no candidate before them names an author, and the
source strategies of :data:`SOURCES` only when no candidate names a source.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from lxml.etree import XPath, _Element

from vn_newsdoc.html._credits import (
    author_parts,
    box_names_over_a_job,
    find_source,
    merge_bylines,
    opening_byline,
    signature_after,
    source_near,
)
from vn_newsdoc.html._css import ClassIndex
from vn_newsdoc.html._elements import element_text
from vn_newsdoc.html._fields._cascade import Draft, Found, Strategy
from vn_newsdoc.html._hints import may_name_a_source
from vn_newsdoc.html._thresholds import LEAD_NEXT_HOPS, SIDE_AUTHORS
from vn_newsdoc.model import Author, Byline
from vn_newsdoc.vi.bylines import parse_author_meta, split_byline

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = ["CASCADE", "SOURCES", "decide", "take_closing", "take_opening", "thread_starter"]

# A forum thread's line about itself names who started it, the first post's writer:
# "Thảo luận trong 'Mục' bắt đầu bởi cuLong, 14/12/12", "Discussion in 'X' started by an".
_STARTER_RE = re.compile(
    r"\b(?:bắt\s+đầu\s+bởi|started\s+by)\s+(?P<name>[^\s,][^,\n]{0,39}?)\s*(?:,|$)",
    re.IGNORECASE,
)
_STARTER_WORDS_MAX = 4  # a forum name is a handle or a short name, not a sentence
# Where a block may hold either phrase, told from its text before it is cleaned and before
# its pieces are joined (most blocks, the body after the headline among them, are then
# neither joined, cleaned nor searched). Both phrases end on a word ending in "u" or "d",
# white space, then "bở" or "by", matched ignoring case: each of these letters matches only
# itself and its capital. Cleaning only drops characters (none of them \w), folds white
# space to one space and composes letters, and the space that joins two pieces is not in
# the pieces: so in them these stand as "u" or "d", \W characters or none, "b", characters
# cleaning drops, then "y" or a letter that composes into "ở" (o, ơ, ỏ or ở), each in either
# case. (One pattern for both phrases, a little looser: two branches take four times as
# long to search.)
_STARTER_RAW_CUE = re.compile(r"[uUdD]\W*[bB]\W*[yYoOơƠỏỎởỞ]")
# An element's text pieces (those ``itertext`` gives) run together, read by lxml alone.
_PIECES = XPath("string(.)", smart_strings=False)


def take_opening(page: Page, draft: Draft) -> None:
    """A labelled byline among the body's first text blocks leaves the body."""
    before = draft.blocks
    draft.opening, draft.blocks = opening_byline(before)
    if draft.opening is not None:
        draft.opening_el = next((b.element for b in before if b not in draft.blocks), None)


def take_closing(page: Page, draft: Draft) -> None:
    """The closing byline lines leave the body.

    The lines are looked for among the text blocks after the last captioned figure;
    pictures without a caption after them (icons of a "related" list) do not hide them.
    """
    blocks = draft.blocks
    tail: list[int] = []
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if block.kind == "figure":
            if block.text:
                break
            continue
        tail.append(i)
    tail.reverse()
    if not tail:
        return
    count, byline = split_byline([blocks[i].text for i in tail])
    if count <= 0:
        return
    gone = tail[len(tail) - count :]
    draft.closing, draft.closing_el = byline, blocks[gone[0]].element
    taken = set(gone)
    draft.blocks = [b for i, b in enumerate(blocks) if i not in taken]


def _in_body_lines(page: Page, draft: Draft) -> Found[Byline] | None:
    found = merge_bylines([draft.closing, draft.opening])
    if found is None:
        return None
    return Found(found, draft.closing_el if draft.closing is not None else draft.opening_el)


def _signature(page: Page, draft: Draft) -> Found[Byline] | None:
    if draft.closing is not None or draft.opening is not None:
        return None  # the body's own lines sign it
    found = signature_after(page.containers)
    return None if found is None else Found(found, page.containers[-1])


def _by_profile(page: Page, draft: Draft) -> Found[Byline] | None:
    """The byline at the profile's selector; several matches are several authors."""
    if page.profile is None:
        return None
    for selector in page.profile_selectors("byline"):
        matched = [
            (el, text)
            for el in page.select(selector)
            if isinstance(el, _Element) and (text := element_text(el))
        ]
        if not matched:
            continue
        found = merge_bylines(
            parse_author_meta(part)
            for text in dict.fromkeys(text for _, text in matched)
            for part in author_parts(text)
        )
        if found is not None:
            return Found(found, matched[0][0])
    return None


def _by_metadata(page: Page, draft: Draft) -> Found[Byline] | None:
    byline = page.meta.byline
    return None if byline is None else Found(byline, key=page.meta.sources.get("byline"))


def _thread_starter(page: Page, draft: Draft) -> Found[Byline] | None:
    if draft.headline_el is None:
        return None
    found = thread_starter(draft.headline_el)
    return None if found is None else Found(Byline(authors=(Author(found[1]),)), found[0])


def thread_starter(headline: _Element) -> tuple[_Element, str] | None:
    """The forum member who started the thread, named by the thread's line about itself
    right under its title (XenForo's and vBulletin's ``bắt đầu bởi``, ``started by``): the
    writer of the first post, which is the article on a forum used as a news site.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><h1>Chuyện trên Facebook</h1><p>Thảo luận trong "
    ...     "'Dịch vụ' bắt đầu bởi <a class='username'>cuLong</a>, 14/12/12</p></div>")
    >>> thread_starter(box[0])[1]
    'cuLong'
    """
    node = headline.getnext()
    for _ in range(LEAD_NEXT_HOPS):
        if node is None:
            return None
        if isinstance(node.tag, str) and _may_name_a_starter(_PIECES(node)):
            match = _STARTER_RE.search(element_text(node))
            if match is not None:
                name = match.group("name").strip()
                return (node, name) if len(name.split()) <= _STARTER_WORDS_MAX else None
        node = node.getnext()
    return None


def _may_name_a_starter(pieces: str) -> bool:
    r"""Whether an element's text pieces run together (``pieces``) may hold "bắt đầu bởi"
    or "started by" once cleaned: a match of :data:`_STARTER_RAW_CUE` that opens on the
    "u" of "đầu" and ends on the "ở" of "bởi", or that opens on the "d" of "started" with
    "arte" before it (\W characters between the letters) and ends on the "y" of "by".
    (English text holds "d by" everywhere: "used by", "followed by".)"""
    for match in _STARTER_RAW_CUE.finditer(pieces):
        first, last = pieces[match.start()], pieces[match.end() - 1]
        if first in "uU":
            if last not in "yY":
                return True
        elif last in "yY" and _arte_before(pieces, match.start()):
            return True
    return False


def _arte_before(text: str, end: int) -> bool:
    r"""Whether ``text[:end]`` ends with the letters "arte" in either case, each perhaps
    followed by \W characters (as ``[aA]\W*[rR]\W*[tT]\W*[eE]\W*\Z`` would say)."""
    i = end - 1
    for letter in _ARTE_BACKWARDS:
        while i >= 0 and not _is_word_char(text[i]):
            i -= 1
        if i < 0 or text[i].lower() != letter or not text[i].isascii():
            return False
        i -= 1
    return True


# "arte" read backwards: the letters before the "d" of "started".
_ARTE_BACKWARDS: Final = "etra"


def _is_word_char(char: str) -> bool:
    r"""Whether ``char`` is a regex ``\w`` character (a letter, a digit or "_")."""
    return char.isalnum() or char == "_"


def _by_author_box_job(page: Page, draft: Draft) -> Found[Byline] | None:
    """An author box whose lines are a name and a job line: the job line is no name."""
    for el, _ in page.author_boxes:
        found = box_names_over_a_job(el)
        if found is not None:
            return Found(found, el)
    return None


def _by_author_box(page: Page, draft: Draft) -> Found[Byline] | None:
    for el, text in page.author_boxes:
        found = merge_bylines(parse_author_meta(part) for part in author_parts(text))
        if found is not None:
            return Found(found, el)
    return None


CASCADE: tuple[Strategy[Byline], ...] = (
    Strategy("byline lines in the body", _in_body_lines),
    Strategy("signature under the body", _signature),
    Strategy("profile selector", _by_profile),
    Strategy("metadata author", _by_metadata),
    Strategy("forum thread's starter", _thread_starter),
    Strategy("author box with a job line", _by_author_box_job),
    Strategy("author box", _by_author_box),
)
"""The byline's candidates, in order; the forum thread's starter and the author boxes are
read only when no candidate before them names an author (they name authors and no source:
after one that names authors, neither would be taken)."""
_ONLY_WITHOUT_AUTHORS = frozenset(
    {"forum thread's starter", "author box with a job line", "author box"}
)


def _source_box(page: Page, draft: Draft) -> Found[str] | None:
    found = find_source(page.survey, page.containers, page.anchors)
    return None if found is None else Found(found[1], found[0])


def _source_beside(page: Page, draft: Draft) -> Found[str] | None:
    found = source_near([draft.headline_el, *page.survey.authors[:SIDE_AUTHORS]])
    return None if found is None else Found(found[1], found[0])


SOURCES: tuple[Strategy[str], ...] = (
    Strategy("source box from the body on", _source_box),
    Strategy("source beside the headline or an author", _source_beside),
)
"""Where the source is looked for when no byline candidate names one."""


def _sources_possible(page: Page) -> bool:
    """Whether the :data:`SOURCES` may find a source: only where some class or id may name
    a source box. The survey, where the page has one already, has seen every class and
    id; without one, a look at the page's class and id values (a fraction of a survey's
    cost) tells."""
    made = vars(page)
    if "survey" in made:
        return page.survey.source_words
    # The index's values joined, where the page has made its index, hold the same values
    # as the classes each once, repeats aside: the words looked for hold no NUL, so they
    # are in either exactly where they are in some value (no set and join made for it).
    index: ClassIndex | None = made.get("class_index")
    classes = index.joined if index is not None else page.classes
    return may_name_a_source(classes) or may_name_a_source(page.ids)


def decide(page: Page, draft: Draft) -> None:
    """Set the byline: authors from the first candidate naming some, the source from the
    first naming one (else from :data:`SOURCES`)."""
    present: list[tuple[str, Found[Byline]]] = []
    for strategy in CASCADE:
        if strategy.name in _ONLY_WITHOUT_AUTHORS and any(f.value.authors for _, f in present):
            continue
        found = strategy.find(page, draft)
        if found is not None:
            present.append((strategy.name, found))
    named = next(((name, f) for name, f in present if f.value.source), None)
    source = named[1].value.source if named is not None else None
    if named is not None:
        page.record("source", named[0], named[1].element, named[1].key)
    elif _sources_possible(page):
        for rule in SOURCES:
            where = rule.find(page, draft)
            if where is not None:
                source = where.value
                page.record("source", rule.name, where.element)
                break
        if source is not None and not present:
            draft.byline = Byline(source=source)
            return
    for name, found in present:
        if found.value.authors:
            page.record("authors", name, found.element, found.key)
            given = found.value
            # The candidate's own byline where it names the source or none is found
            # elsewhere: the same value, not built again.
            keep = given.source is not None or source is None
            draft.byline = given if keep else Byline(authors=given.authors, source=source)
            return
    draft.byline = present[0][1].value if present else None
