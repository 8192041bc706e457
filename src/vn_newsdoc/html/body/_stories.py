"""Pages holding several whole stories: finding the page's own among them.

Archive pages, series pages and "next story" feeds set whole stories one after another in
boxes of one template (``<article class="list__item">`` each with its headline, byline and
full text). The page is one of them: the box whose headline is the page's own title
(``og:title``, else ``<title>`` up to the site's name). Content scoring alone takes the
longest story, which need not be that one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from lxml.etree import _Element

from vn_newsdoc._tree import text_content

__all__ = ["own_story"]

_STORY_LEVELS: Final = 8  # levels above the best block searched for the story boxes around it
_STORY_SHARE: Final = 0.25  # text of the titled box against the best block's box, at least
_HEADLINE_MIN: Final = 10  # characters of a headline compared with the page's title
_HEADLINE_TAGS: Final = ("h1", "h2", "h3")
# What follows a headline in ``<title>`` (spaces made single): the site's name after one.
_SITE_SEPARATORS: Final = (" - ", " | ", "|", " – ", " — ", " » ", ": ", " : ", " · ", " :: ")


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _page_titles(root: _Element) -> tuple[str, str]:
    """The page's ``og:title`` (or ``twitter:title``) and ``<title>``, normalised."""
    meta = ""
    for el in root.iter("meta"):
        if el.get("property") == "og:title" or el.get("name") == "twitter:title":
            meta = _words(el.get("content") or "")
            if meta:
                break
    title = root.find(".//title")
    return meta, _words(text_content(title)) if title is not None else ""


def _is_titled(box: _Element, titles: tuple[str, str]) -> bool:
    """Whether a headline in ``box`` is the page's title: the ``og:title`` itself, or
    ``<title>`` up to a separator before the site's name."""
    meta, title = titles
    for heading in box.iter(*_HEADLINE_TAGS):
        text = _words(text_content(heading))
        if len(text) < _HEADLINE_MIN:
            continue
        if text in (meta, title):
            return True
        if title.startswith(text) and title[len(text) :].startswith(_SITE_SEPARATORS):
            return True
    return False


def own_story(
    root: _Element, best: _Element, text_of: Callable[[_Element], int]
) -> _Element | None:
    """The box of the page's own story when ``best`` sits in another story's box.

    From ``best`` up, an element with siblings of its own tag and class (an ``<article>``
    counts without a class) may be a story box. When a headline in it is the page's title,
    ``best`` is in the page's story; when instead a headline in one of those siblings is,
    and that sibling holds a story's text (a quarter of the element's at least, by
    ``text_of``: a header beside the body is no story), that sibling is the page's story.
    ``None`` when no such box is found (one story, or ``best`` already in the page's).

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring(
    ...     "<html><head><title>Mùa gặt ở Đông Hòa | Báo X</title></head><body>"
    ...     "<article id='a'><h2>Mùa gặt ở Đông Hòa</h2><p>Ngắn.</p></article>"
    ...     "<article id='b'><h2>Giá lúa vụ đông xuân</h2><p>Dài hơn.</p></article>"
    ...     "</body></html>")
    >>> own_story(page, page.get_element_by_id("b")[1], lambda el: 1).get("id")
    'a'
    """
    titles: tuple[str, str] | None = None
    el = best
    for _ in range(_STORY_LEVELS):
        parent = el.getparent()
        if parent is None:
            return None
        kind = el.get("class")
        tag = el.tag
        if kind or tag == "article":
            # Compared here, not picked out by lxml's iterchildren(tag): a tag name the
            # parser kept with a control character in it (``<d\x1fiv>``) is one lxml
            # refuses as a filter, and one in braces it would read as a namespace.
            others = [
                sub
                for sub in parent
                if sub is not el and sub.tag == tag and sub.get("class") == kind
            ]
            if others:
                if titles is None:
                    titles = _page_titles(root)
                    if not any(titles):
                        return None
                if _is_titled(el, titles):
                    return None
                least = _STORY_SHARE * text_of(el)
                for sub in others:
                    # Its text first: a look-up, where its headlines' text is read.
                    if text_of(sub) >= least and _is_titled(sub, titles):
                        return sub
        el = parent
    return None
