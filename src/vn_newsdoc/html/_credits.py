"""Bylines and sources printed outside the closing lines of the body.

Four places the closing lines miss: a labelled byline above the text (``Von Jane Roe``),
a signature set right under the body's container (a right-aligned or bold ``K. Miên``
after the last ``</div>`` of the text), an author box above or beside the body (a name,
often over a job line: ``Hoàng Lan`` over ``Phóng viên``), and a source in the meta row
beside the headline or the author's name (``<span class="meta-source">Theo Tuổi Trẻ</span>``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lxml.etree import Element, _Element, iterwalk

from vn_newsdoc.html._climb import judged_above
from vn_newsdoc.html._elements import ancestor_rank, element_text
from vn_newsdoc.html._hints import (
    AFTER_BODY_STOP_CLASS,
    ELSEWHERE_CLASS,
    SOURCE_CLASS,
    names_matcher,
)
from vn_newsdoc.html._repeats import holders_of, in_repeated_item
from vn_newsdoc.html._survey import Survey
from vn_newsdoc.html._thresholds import (
    AUTHOR_BOX_CHILDREN,
    CREDIT_MAX,
    CREDIT_RANK_MAX,
    OPENING_BYLINE_BLOCKS,
    OPENING_BYLINE_MAX,
    SIGNATURE_BLOCKS,
    SIGNATURE_MAX,
    SIGNATURE_SIBLINGS,
    SOURCE_WORDS,
)
from vn_newsdoc.html.body import BodyBlock
from vn_newsdoc.model import Byline
from vn_newsdoc.text import clean
from vn_newsdoc.vi._byline_words import NAME_JOIN_RE
from vn_newsdoc.vi.bylines import (
    is_byline_line,
    labelled_byline,
    parse_author_meta,
    split_byline,
)

__all__ = [
    "author_parts",
    "box_lines",
    "box_names_over_a_job",
    "find_author_elements",
    "find_source",
    "merge_bylines",
    "opening_byline",
    "signature_after",
    "source_near",
]

_SOURCE_PREFIX_RE = re.compile(r"^(?:theo|nguồn)\s*:?\s+", re.IGNORECASE)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "iframe", "ins", "link", "meta", "br"})
_STOP_TAGS = frozenset({"a", "ul", "ol", "nav", "form", "table", "h1", "h2", "h3", "aside"})
_RIGHT_RE = re.compile(r"text-align\s*:\s*right", re.I)
_BOLD_RE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-style\s*:\s*italic", re.I)
_EMPHASIS = frozenset({"b", "strong", "em", "i"})
_names_a_source = names_matcher(SOURCE_CLASS)
_names_elsewhere = names_matcher(ELSEWHERE_CLASS)


def opening_byline(blocks: list[BodyBlock]) -> tuple[Byline | None, list[BodyBlock]]:
    """A labelled byline among the body's first text blocks, taken off the body."""
    seen = 0
    for i, block in enumerate(blocks):
        if block.kind == "figure":
            continue
        seen += 1
        if seen > OPENING_BYLINE_BLOCKS:
            break
        if block.kind != "p" or len(block.text) > OPENING_BYLINE_MAX:
            continue
        found = labelled_byline(block.text)
        if found is not None:
            return found, blocks[:i] + blocks[i + 1 :]
    return None, blocks


def _lines(el: _Element) -> str:
    """The element's text, a line break where the page breaks the line."""
    parts: list[str] = []
    for node in el.iter():
        if node is not el and node.tag == "br":
            parts.append("\n")
        elif node.text and isinstance(node.tag, str):
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    return "\n".join(line for line in (clean(x) for x in "".join(parts).split("\n")) if line)


def _set_apart(el: _Element) -> bool:
    """Right-aligned, bold or italic throughout: how a signature is set."""
    style = el.get("style", "")
    if el.get("align", "").lower() == "right" or _RIGHT_RE.search(style):
        return True
    if el.tag in _EMPHASIS or _BOLD_RE.search(style):
        return True
    loose = (el.text or "").strip() or any((c.tail or "").strip() for c in el)
    return not loose and len(el) > 0 and all(c.tag in _EMPHASIS or c.tag == "br" for c in el)


def _after(container: _Element) -> Iterable[_Element]:
    """The elements after the container, at its level, then at its parent's."""
    el: _Element | None = container
    for _ in range(2):
        if el is None:
            return
        seen = 0
        for sib in el.itersiblings():
            if isinstance(sib.tag, str):
                seen += 1
                if seen > SIGNATURE_SIBLINGS:
                    return
                yield sib
        el = el.getparent()


def signature_after(containers: Sequence[_Element]) -> Byline | None:
    """A signature in the first short blocks right after the body's last container.

    Reading stops at a link, a list of links or a tag, share or comment box.
    """
    if not containers:
        return None
    texts: list[str] = []
    for el in _after(containers[-1]):
        if el.tag in _SKIP_TAGS:
            continue
        if el.tag in _STOP_TAGS or AFTER_BODY_STOP_CLASS.search(
            f"{el.get('class', '')} {el.get('id', '')}"
        ):
            break
        if el.find(".//a") is not None:
            break
        text = _lines(el)
        if not text:
            continue
        if len(text) > SIGNATURE_MAX or not _set_apart(el):
            break
        texts.append(text)
        if len(texts) >= SIGNATURE_BLOCKS:
            break
    for k in range(len(texts), 0, -1):
        count, byline = split_byline(texts[:k])
        if count == k:
            return byline
    return None


def source_near(elements: Iterable[_Element | None]) -> tuple[_Element, str] | None:
    """A source box in the same row as the headline or the author's name, and its source."""
    for near in elements:
        row = near.getparent() if near is not None else None
        if row is None:
            continue
        for el in row.iterdescendants(Element):  # elements alone: no comment, no instruction
            # Without a class or an id nothing names a source. The names are given as
            # bytes, which lxml takes as they are (a str it encodes at every call).
            cls, ident = el.get(b"class"), el.get(b"id")
            if (cls is None and ident is None) or el is near or not _names_a_source(cls, ident):
                continue
            text = _SOURCE_PREFIX_RE.sub("", clean(" ".join(el.itertext()))).strip()
            if text and len(text) <= CREDIT_MAX and len(text.split()) <= SOURCE_WORDS:
                return el, text
    return None


def author_parts(text: str) -> list[str]:
    """An author box's text split at ``and``/``&``/``và``, so that each name is read on its
    own and one part that reads as no name does not lose the others.

    A label in front (``By``, ``Tác giả:``) is left for
    :func:`~vn_newsdoc.vi.parse_author_meta`, which drops it.

    >>> author_parts("By Jane Moreau and Tom Hale")
    ['By Jane Moreau', 'Tom Hale']
    """
    return [part for part in NAME_JOIN_RE.split(text.strip()) if part]


# Tags that start a line of their own in an author box.
_LINE_TAGS = frozenset(
    {"br", "div", "p", "li", "dd", "dt", "h4", "h5", "h6", "section", "header", "footer"}
)
_OWN_FIELD = ("class", "id", "itemprop")


def box_lines(box: _Element) -> list[str]:
    """An author box's lines: its text broken at line breaks, at block elements and at
    elements with a class, id or microdata property of their own (a box's name and its job
    are two such elements: ``<span itemprop="name">``, ``<span class="role">``)."""
    parts: list[str] = []
    for event, node in iterwalk(box, events=("start", "end")):
        own = isinstance(node.tag, str)
        breaks = (
            own
            and node is not box
            and (node.tag in _LINE_TAGS or any(node.get(a) for a in _OWN_FIELD))
        )
        if event == "start":
            if breaks:
                parts.append("\n")
            if own and node.text:
                parts.append(node.text)
            continue
        if breaks:
            parts.append("\n")
        if node is not box and node.tail:
            parts.append(node.tail)
    return [line for line in (clean(x) for x in "".join(parts).split("\n")) if line]


def _names_a_job(line: str) -> bool:
    """A credit line that names nobody: a job (``Phóng viên``, ``Senior Reporter``)."""
    return is_byline_line(line) and parse_author_meta(line) is None


def box_names_over_a_job(box: _Element) -> Byline | None:
    """The names of an author box of several lines where one is a job line and the others
    name people (``Hoàng Lan`` over ``Phóng viên``); ``None`` for any other box.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div>Hoàng Lan<br>Phóng viên</div>")
    >>> box_names_over_a_job(box).names
    ('Hoàng Lan',)
    """
    lines = box_lines(box)
    if len(lines) <= 1:
        return None  # its one line is a job or names people: no names over a job either way
    jobs = [line for line in lines if _names_a_job(line)]
    if not jobs or len(jobs) == len(lines):
        return None
    return merge_bylines(
        parse_author_meta(part) for line in lines if line not in jobs for part in author_parts(line)
    )


def find_author_elements(survey: Survey, anchors: Sequence[_Element]) -> list[tuple[_Element, str]]:
    """Short elements whose class says author or byline (innermost first), those nearest
    the body alone; none in comments, replies or lists of other articles."""
    marked = set(survey.authors)
    holders = holders_of(marked) if len(marked) > 1 else set()
    found: list[tuple[int, _Element, str]] = []
    furniture: dict[_Element, bool] = {}  # the boxes above them, each judged once
    for el in survey.authors:
        if _in_furniture(el, furniture):
            continue  # commenters, authors of related articles
        if len(el) > AUTHOR_BOX_CHILDREN or any(
            d in marked and element_text(d) for d in el.iterdescendants() if d is not el
        ):
            continue
        text = element_text(el)
        if not text or len(text) > CREDIT_MAX:
            continue
        rank = ancestor_rank(el, anchors)
        if rank is None or rank > CREDIT_RANK_MAX:
            continue  # off the body's line, or in another column
        if holders and in_repeated_item(el, holders, anchors):
            continue
        found.append((rank, el, text))
    nearest = min((rank for rank, _, _ in found), default=0)
    return [(el, text) for rank, el, text in found if rank == nearest]


def _in_furniture(el: _Element, known: dict[_Element, bool]) -> bool:
    """Whether ``el`` sits in comments or a list of other articles (their authors).

    ``known`` holds what was found of each box above an element looked at before (whether
    it, or a box above it, is such a list): the author boxes of a page share most of the
    boxes above them, each judged once.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div class='comments'><ul><li><b>An</b></li></ul></div>")
    >>> known = {}
    >>> _in_furniture(box[0][0][0], known), len(known), _in_furniture(box[0][0], known)
    (True, 3, True)
    """
    return judged_above(el, _elsewhere_box, known)


def _elsewhere_box(box: _Element) -> bool:
    """Whether a box is named for comments or a list of other articles."""
    # Names given as bytes, which lxml takes as they are (a str it encodes at every call).
    return _names_elsewhere(box.get(b"class"), box.get(b"id"))


def find_source(
    survey: Survey, containers: Sequence[_Element], anchors: Sequence[_Element]
) -> tuple[_Element, str] | None:
    """The credited source in a "source" box from the body on (``Theo K14``), and the box."""
    if not containers:
        return None
    order = survey.order  # from the body on: its descendants and what follows it
    start = order.get(containers[0], 0)
    found = [
        el
        for el in survey.sources
        if order[el] >= start and _names_a_source(el.get("class"), el.get("id"))
    ]
    marked = set(found)
    for el in found:
        rank = ancestor_rank(el, anchors)
        if rank is None or rank > CREDIT_RANK_MAX:
            continue
        if any(d in marked for d in el.iterdescendants()):
            continue  # the innermost box names the source alone
        text = element_text(el)
        if not text or len(text) > CREDIT_MAX:
            continue
        text = _SOURCE_PREFIX_RE.sub("", text).strip()
        if text and len(text.split()) <= SOURCE_WORDS:
            return el, text
    return None


def merge_bylines(bylines: Iterable[Byline | None]) -> Byline | None:
    """One byline from several: their authors in order, the first source."""
    found = [b for b in bylines if b is not None]
    authors = tuple(dict.fromkeys(a for b in found for a in b.authors))
    source = next((b.source for b in found if b.source), None)
    if not authors and source is None:
        return None
    return Byline(authors=authors, source=source)
