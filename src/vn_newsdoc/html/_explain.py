"""Why a reading says what it says: the strategy and place behind each field, and the
warnings the reading logged (:func:`~vn_newsdoc.html.explain_html`)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import attrs
from lxml.etree import _Element

from vn_newsdoc.html._page import Page
from vn_newsdoc.model import Article, Figure

__all__ = ["Explanation", "FieldSource", "captured_warnings", "explain", "locate"]

_FIELDS = (
    "headline",
    "lead",
    "outlet",
    "published",
    "updated",
    "authors",
    "source",
    "body",
    "figures",
    "people",
)
_CLASSES_SHOWN = 2  # class names shown per step of a locator
_PROFILE = "profile selector"  # the strategy that reads a site profile's selector


@attrs.frozen
class FieldSource:
    """Where one field of a reading came from.

    >>> print(FieldSource("lead", "profile selector", "div#main > p.sapo"))
    lead: profile selector at div#main > p.sapo
    """

    field: str
    """The field: ``headline``, ``lead``, ``outlet``, ``published``, ``updated``,
    ``authors``, ``source``, ``body``, ``figures`` or ``people``."""
    strategy: str
    """The name of the rule that gave it (``profile selector``, ``metadata headline``,
    ``byline lines in the body``…)."""
    element: str | None = None
    """Where in the page, as a CSS-like path (``body > div.detail > p.sapo``) through the
    page as read (scripts, styles and hidden parts removed), or ``None``."""
    key: str | None = None
    """The metadata that gave it (``og:title``, ``article:published_time``, ``json-ld``…),
    or ``None``."""

    def __str__(self) -> str:
        where = " ".join(
            part
            for part in (
                f"at {self.element}" if self.element else "",
                f"[{self.key}]" if self.key else "",
            )
            if part
        )
        return f"{self.field}: {self.strategy}" + (f" {where}" if where else "")


@attrs.frozen
class Explanation:
    """A reading with its reasons: the article, where each of its fields came from, and
    the warnings logged while reading it (what :func:`~vn_newsdoc.html.explain_html`
    returns). Its text form is one line per field, then one per warning.

    >>> from vn_newsdoc.html import explain_html
    >>> page = '''<html><head><title>Mưa lớn - Báo Mẫu</title></head><body>
    ... <h1>Mưa lớn gây ngập ở Quảng Tín</h1>
    ... <div class="content"><p>Cơn mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường
    ... ngập sâu, người dân phải di chuyển tài sản.</p><p>Ngô Tấm</p></div></body></html>'''
    >>> explanation = explain_html(page)
    >>> print(explanation)
    headline: title element near the body at body > h1
    authors: byline lines in the body at body > div.content > p:nth-of-type(2)
    body: content scoring at body > div.content
    warning: no published found in <html>
    >>> explanation.source("headline").strategy
    'title element near the body'
    """

    article: Article
    """The article, the same :func:`~vn_newsdoc.html.read_html` returns."""
    sources: tuple[FieldSource, ...] = ()
    """Where each field the article holds came from, in the article's order (a field the
    article leaves empty has none)."""
    warnings: tuple[str, ...] = ()
    """The messages logged at warning level while reading (``no published found in …``)."""

    def source(self, field: str) -> FieldSource | None:
        """Where ``field`` came from, or ``None`` when the article leaves it empty."""
        return next((s for s in self.sources if s.field == field), None)

    def __str__(self) -> str:
        lines = [str(s) for s in self.sources]
        lines.extend(f"warning: {w}" for w in self.warnings)
        if not self.sources:
            lines.insert(0, "read exactly: a page written by write_html")
        return "\n".join(lines)


def explain(article: Article, page: Page | None, warnings: tuple[str, ...]) -> Explanation:
    """The explanation of a reading from the page's record of decisions."""
    if page is None:
        return Explanation(article, (), warnings)
    last = {d.field: d for d in page.decisions}
    sources: list[FieldSource] = []
    for field in _FIELDS:
        decision = last.get(field)
        if decision is None or not _holds(article, field):
            continue
        element = locate(decision.element) if decision.element is not None else None
        strategy = decision.strategy
        if strategy == _PROFILE and page.profile is not None:
            strategy = f"{_PROFILE} of {page.profile.name}"
        sources.append(FieldSource(field, strategy, element, decision.key))
    return Explanation(article, tuple(sources), warnings)


def _holds(article: Article, field: str) -> bool:
    """Whether ``article`` has a value for ``field``."""
    if field == "body":
        return any(not isinstance(b, Figure) for b in article.body)
    if field == "figures":
        return any(isinstance(b, Figure) for b in article.body)
    if field == "authors":
        return bool(article.authors)
    if field == "source":
        return article.byline is not None and article.byline.source is not None
    value = getattr(article, field)
    return bool(value)


def locate(el: _Element) -> str:
    """A CSS-like path to ``el``: from ``body`` (or the nearest ancestor with an id) down,
    each step its tag, its first class names and, where a sibling has the same, its place
    among the siblings of its tag.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring(
    ...     "<body><div class='a b c'><p>x</p><p id='p2'>y</p><p>z</p></div></body>")
    >>> locate(page.findall(".//p")[2])
    'body > div.a.b > p:nth-of-type(3)'
    >>> locate(page.findall(".//p")[1])
    'p#p2'
    """
    parts: list[str] = []
    node: _Element | None = el
    while node is not None and node.tag != "html":
        tag = node.tag if isinstance(node.tag, str) else "*"
        ident = node.get("id")
        if ident and ident.isidentifier():
            parts.append(f"{tag}#{ident}")
            break
        classes = _classes(node)
        step = tag + "".join(f".{c}" for c in classes)
        parent = node.getparent()
        if parent is not None and tag != "body":
            same = [s for s in parent if s.tag == node.tag]
            if sum(1 for s in same if _classes(s) == classes) > 1:
                place = next(i for i, s in enumerate(same, 1) if s is node)
                step += f":nth-of-type({place})"
        parts.append(step)
        node = parent
    return " > ".join(reversed(parts))


def _classes(el: _Element) -> list[str]:
    return (el.get("class") or "").split()[:_CLASSES_SHOWN]


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def captured_warnings() -> Iterator[list[str]]:
    """The library's warnings logged inside the block, as a list filled as they come
    (they still reach the caller's own handlers)."""
    handler = _Collect()
    log = logging.getLogger("vn_newsdoc")
    previous = log.level
    if log.getEffectiveLevel() > logging.WARNING:
        log.setLevel(logging.WARNING)
    log.addHandler(handler)
    try:
        yield handler.messages
    finally:
        log.removeHandler(handler)
        log.setLevel(previous)
