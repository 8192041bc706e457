"""Finding the headline, lead, dateline and top byline of an article page.

Each field is a short cascade: the site profile's selector, then generic cues (tags, class
names, position beside the headline and the body), then the page's metadata. Everything
works on a tree already cleaned by :func:`vn_newsdoc.html.body.strip_page`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.etree import XPath
from lxml.html import HtmlElement

from vn_newsdoc.html._hints import (
    ANY_FIELD_CLASS,
    AUTHOR_CLASS,
    AUTHOR_HREF,
    DATE_CLASS,
    LEAD_CLASS,
    NOT_TITLE_CLASS,
    TITLE_CLASS,
)
from vn_newsdoc.html._lead import is_lead_text
from vn_newsdoc.text import clean, fold_key

__all__: list[str] = []

_TITLE_CLASS_RE = TITLE_CLASS
_NOT_TITLE_CLASS_RE = NOT_TITLE_CLASS
_LEAD_CLASS_RE = LEAD_CLASS
_DATE_CLASS_RE = DATE_CLASS
_AUTHOR_CLASS_RE = AUTHOR_CLASS
# Never starts on a space after a space (see vi/bylines/_names._PART_SPLIT): linear on runs.
_TITLE_SPLIT_RE = re.compile(r"(?!(?<=\s)\s)(?:\s+[|–—-]\s+|\s*\|\s*)")
_WORD_RE = re.compile(r"\w+")


_ANY_HINT_RE = ANY_FIELD_CLASS
_NO_HINT = (False, False, False, False)
_AUTHOR_HREF_RE = AUTHOR_HREF
_TITLE_TAGS = frozenset({"h1", "h2", "h3", "p", "div", "span", "td", "strong", "a"})
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "span", "b", "strong", "section", "td"})


class Survey:
    """One pass over the page: each element's document position, and the elements whose
    class or id hints at a headline, lead, date, author or source, in document order."""

    __slots__ = ("authors", "dates", "leads", "order", "sources", "titles")

    def __init__(self, root: HtmlElement) -> None:
        self.order: dict[HtmlElement, int] = {}
        self.titles: list[HtmlElement] = []
        self.leads: list[HtmlElement] = []
        self.dates: list[HtmlElement] = []
        self.authors: list[HtmlElement] = []
        # Elements that may be a source box: "ource" or "nguon" in the class or id.
        self.sources: list[HtmlElement] = []
        order = self.order
        titles, leads, dates, authors = self.titles, self.leads, self.dates, self.authors
        sources, author_href = self.sources, _AUTHOR_HREF_RE.search
        # Pages repeat their class names: each distinct hint is matched once.
        seen: dict[str, tuple[bool, bool, bool, bool]] = {}
        for i, el in enumerate(root.iter()):
            order[el] = i
            tag = el.tag
            if tag == "h1":
                titles.append(el)
            elif tag == "time":
                dates.append(el)
            attrib = el.attrib
            if not attrib:
                continue
            get = attrib.get
            cls = get("class")
            ident = get("id")
            # The hint is "class id", either one empty when absent.
            if cls is None:
                hint = " " if ident is None else " " + ident
            else:
                hint = cls + " " if ident is None else f"{cls} {ident}"
            if (cls and ("ource" in cls or "nguon" in cls or "Nguon" in cls)) or (
                ident and ("ource" in ident or "nguon" in ident)
            ):
                sources.append(el)
            if ("itemprop" in attrib or "data-role" in attrib or "data-slot" in attrib) and (
                get("itemprop") or get("data-role") or get("data-slot")
            ):
                hint += f" {get('itemprop', '')} {get('data-role', '')} {get('data-slot', '')}"
            if tag == "a" and (author_href(get("href", "")) or "author" in get("rel", "")):
                hint += " author"
            flags = seen.get(hint)
            if flags is None:
                # Without a class, id, role or author link the hint is blank: no flags.
                flags = seen[hint] = _hint_flags(hint.lower())
            if flags is _NO_HINT:
                continue
            title, lead, date, author = flags
            if title and tag in _TITLE_TAGS and tag != "h1":
                titles.append(el)
            if lead and tag in _LEAD_TAGS:
                leads.append(el)
            if date and tag != "time":
                dates.append(el)
            if author:
                authors.append(el)


def _hint_flags(hint: str) -> tuple[bool, bool, bool, bool]:
    """What a class/id string hints at: title, lead, date, author."""
    if len(hint.strip()) < 3 or _ANY_HINT_RE.search(hint) is None:
        return _NO_HINT
    return (
        bool(_TITLE_CLASS_RE.search(hint)) and not _NOT_TITLE_CLASS_RE.search(hint),
        bool(_LEAD_CLASS_RE.search(hint)),
        bool(_DATE_CLASS_RE.search(hint)),
        bool(_AUTHOR_CLASS_RE.search(hint)),
    )


def first_match(root: HtmlElement, selectors: Sequence[XPath]) -> HtmlElement | None:
    """The first element matched by the selectors (tried in order) that holds text."""
    for selector in selectors:
        for el in selector(root):
            if isinstance(el, HtmlElement) and _holds_text(el):
                return el
    return None


def _holds_text(el: HtmlElement) -> bool:
    """Whether ``clean(" ".join(el.itertext()))`` is not empty: one character survives."""
    for chunk in el.itertext():
        stripped = chunk.strip()
        if stripped and (clean(stripped[0]) or clean(stripped)):
            return True
    return False


def element_text(el: HtmlElement) -> str:
    """The clean text of an element (one pass over it)."""
    return clean(" ".join(el.itertext())) if len(el) else clean(el.text or "")


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(fold_key(text))


def similarity(a: str, b: str) -> float:
    """Share of the shorter text's words found in the longer one (0 to 1)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    if len(wa) > len(wb):
        wa, wb = wb, wa
    pool = set(wb)
    return sum(1 for w in wa if w in pool) / len(wa)


def title_tag_headline(title: str | None) -> str | None:
    """The page title without the site's name after a separator (best effort)."""
    if not title:
        return None
    # Split clean text: its white space comes one character at a time, so the pattern's
    # \s+ and \s* cannot backtrack over a run (a run of 40,000 spaces took seconds).
    parts = [p for p in _TITLE_SPLIT_RE.split(clean(title)) if p.strip()]
    if not parts:
        return None
    return clean(max(parts[:2], key=len)) or None


def ancestor_rank(el: HtmlElement, anchors: Sequence[HtmlElement]) -> int:
    """How close ``el`` sits to the body: 0 beside it, larger further away, 9 unrelated."""
    if not anchors:
        return 9
    ancestors = set(el.iterancestors())
    for rank, anc in enumerate(anchors):
        if anc in ancestors:
            return rank
    return 9


def body_anchors(containers: Sequence[HtmlElement], levels: int = 12) -> list[HtmlElement]:
    """The body's first container and its ancestors, nearest first."""
    if not containers:
        return []
    out = [containers[0]]
    for anc in containers[0].iterancestors():
        out.append(anc)
        if len(out) > levels:
            break
    return out


def find_headline(
    survey: Survey,
    references: Sequence[str],
    anchors: Sequence[HtmlElement],
) -> tuple[HtmlElement | None, str | None]:
    """The headline element and its text, generically.

    Candidates are ``h1`` elements and headings or blocks whose class says title. A
    candidate that the page's metadata titles (or the ``<title>``) start with wins; then
    one that shares most of their words; then the ``h1`` nearest the body.
    """
    candidates: list[tuple[HtmlElement, str]] = []
    seen: set[str] = set()
    for el in survey.titles:
        tag = el.tag
        if tag in ("div", "td") and len(el) > 3:
            continue
        text = element_text(el)
        if not text or len(text) > 300 or len(text) < 8:
            continue
        if tag != "h1" and _link_share(el, text) > 0.5:
            continue
        key = fold_key(text)
        if tag != "h1" and key in seen:
            continue
        seen.add(key)
        candidates.append((el, text))
    if not candidates:
        return None, None
    refs = [fold_key(r) for r in references if r]
    best: tuple[float, int, HtmlElement, str] | None = None
    for order, (el, text) in enumerate(candidates):
        key = fold_key(text)
        score = 0.0
        if refs:
            if any(r == key for r in refs):
                score += 10.0
            elif any(r.startswith(key) and len(key) >= 0.5 * len(r) for r in refs):
                score += 8.0
            else:
                sim = max((similarity(text, r) for r in refs if _comparable(text, r)), default=0.0)
                if sim >= 0.6:
                    score += 6.0 * sim
        if el.tag == "h1":
            score += 3.0
        elif _TITLE_CLASS_RE.search(el.get("class", "")):
            score += 2.0
        if len(text.split()) < 3:
            score -= 4.0
        rank = ancestor_rank(el, anchors)
        if rank < 12:
            score += 4.0 * (1.0 - rank / 12.0)
        if best is None or score > best[0]:
            best = (score, order, el, text)
    if best is None or best[0] < 2.0:
        return None, None
    return best[2], best[3]


def _comparable(a: str, b: str) -> bool:
    """Whether two titles are of a length to be compared word for word."""
    la, lb = len(a.split()), len(b.split())
    return 0.5 * lb <= la <= 2 * lb


def _link_share(el: HtmlElement, text: str) -> float:
    linked = sum(len(element_text(a)) for a in el.iter("a"))
    return linked / len(text) if text else 0.0


def find_lead(
    survey: Survey,
    after: HtmlElement | None,
    anchors: Sequence[HtmlElement],
    body_start: int,
) -> HtmlElement | None:
    """The element holding the sapo, by class or by position right under the headline.

    A lead lies after the headline and before (or at the very start of) the body.
    """
    order = survey.order
    start = order.get(after, -1) if after is not None else -1
    stop = body_start + 40
    for el in survey.leads:
        idx = order.get(el, -1)
        if idx <= start or idx > stop:
            continue
        if el.tag in ("div", "section", "td") and len(el) > 6:
            continue
        text = element_text(el)
        if len(text) < 30 or not is_lead_text(text, _link_share(el, text)):
            continue
        if start < 0 and ancestor_rank(el, anchors) > 4:
            continue
        return el
    if after is not None:
        # An h2, or a paragraph in bold throughout, directly after the headline.
        node = after.getnext()
        hops = 0
        while node is not None and hops < 4:
            if isinstance(node.tag, str):
                text = element_text(node)
                if len(text) >= 40:
                    if node.tag in ("h2", "h3") or _all_bold(node, text):
                        return node
                    break
            node = node.getnext()
            hops += 1
    return None


def _all_bold(el: HtmlElement, text: str) -> bool:
    """Whether all of ``el``'s text sits in one ``<b>``/``<strong>`` child."""
    if len(el) != 1 or el[0].tag not in ("b", "strong") or (el.text or "").strip():
        return False
    return element_text(el[0]) == text


def find_dateline(survey: Survey, near: int) -> list[tuple[HtmlElement, str]]:
    """Short elements near the headline whose class or tag says date or time, nearest first."""
    order = survey.order
    found: list[tuple[int, HtmlElement, str]] = []
    for marked in survey.dates:
        el = marked
        if el.tag == "meta" and (el.get("itemprop") or "").lower() == "datepublished":
            # <span><meta itemprop="datePublished" content="…">25/12/2012 - 10:03</span>
            parent = el.getparent()
            if parent is None:
                continue
            el = parent
        if len(el) > 8:
            continue
        text = element_text(el)
        if not text or len(text) > 160 or not any(c.isdigit() for c in text):
            continue
        found.append((abs(order.get(el, 0) - near), el, text))
    found.sort(key=lambda item: item[0])
    return [(el, text) for _, el, text in found]
