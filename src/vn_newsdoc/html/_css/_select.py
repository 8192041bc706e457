"""A page's site profile selectors run from its root, compiled: which of them may match on
the page (:func:`profile_selectors`), what one finds (:func:`select`) and the first element
that holds text among what a field's selectors find (:func:`first_match`).

The page (:class:`~vn_newsdoc.html._page.Page`) keeps what these make once, when first
needed: its index of class attributes and its class values joined. Each page asks these
a few times per field; here they run without the interpreter's step per selector.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from lxml.etree import XPath, _Element

from vn_newsdoc.html._css._compile import may_match
from vn_newsdoc.html._css._index import ClassIndex
from vn_newsdoc.html._elements import first_match as _first_holding_text

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page

__all__ = ["first_match", "profile_selectors", "select"]


def _made_index(page: Page) -> ClassIndex | None:
    """The page's index of its class attributes where it has made it, else ``None``."""
    made: ClassIndex | None = vars(page).get("class_index")
    return made


def _index(page: Page) -> ClassIndex | None:
    """The page's index where it has made it or its profile asks for it (made now)."""
    index = _made_index(page)
    if index is None:
        profile = page.profile
        if profile is not None and profile.indexed:
            index = page.class_index
    return index


def _indexed_answer(selector: XPath, index: ClassIndex) -> list[_Element]:
    """What ``selector``, one the index answers (:func:`_by_index`), finds, from ``index``."""
    simple: tuple[str, tuple[str, ...]] | None = getattr(selector, "simple", None)
    if simple is not None:
        return index.select(simple[0], simple[1])
    chain: tuple[tuple[str, tuple[str, ...]], ...] = getattr(selector, "chain")  # noqa: B009
    return index.select_chain(chain)


def _by_index(selector: XPath) -> bool:
    """Whether ``selector`` is one the index answers (classes alone, or a chain of those)."""
    simple = getattr(selector, "simple", None)
    return simple is not None or getattr(selector, "chain", None) is not None


def select(page: Page, selector: XPath) -> list[Any]:
    """What ``selector`` (one of the profile's) finds from the page's root: where it is of
    classes alone, or a chain of those, the same elements in the same order from the
    page's index of its class attributes if the page has it or the profile asks for it;
    else by its XPath."""
    if _by_index(selector):
        index = _index(page)
        if index is not None:
            return _indexed_answer(selector, index)
    return selector(page.root)  # type: ignore[no-any-return]


def _class_text(page: Page) -> str:
    """A text in which a class text is found where some class attribute of the page holds
    it: where its profile asks for its index of class attributes, the index's values
    joined by NUL characters (made now, if not yet), else its class values each once
    (:attr:`~vn_newsdoc.html._page.Page.classes`). No class text a selector needs holds a
    NUL (no attribute value does): it is in values joined so where it is in one of them,
    whatever the others, their order and their repeats."""
    profile = page.profile
    if profile is not None and profile.indexed:
        return page.class_index.joined
    return page.classes


def _may_match(page: Page, selector: XPath) -> bool:
    """Whether ``selector`` may match on the page (:func:`~vn_newsdoc.html._css.may_match`)."""
    return may_match(selector, lambda: _class_text(page))


def profile_selectors(page: Page, field: str) -> Iterator[XPath]:
    """The profile's selectors of ``field`` (``"body"``), in order, less those that cannot
    match on the page: they need a class text no class attribute of it holds (the class
    attributes are gathered once, when a selector first needs them; the tree only loses
    elements after that, never gains a class)."""
    profile = page.profile
    if profile is None:
        return
    selectors: tuple[XPath, ...] = getattr(profile, field)
    for selector in selectors:
        if _may_match(page, selector):
            yield selector


def first_match(page: Page, field: str) -> _Element | None:
    """The first element the profile's selectors of ``field`` find (tried in order) that
    holds text (:func:`~vn_newsdoc.html._elements.first_match`, each selector given by
    :func:`profile_selectors` read by :func:`select`).

    Where the profile asks for the page's index, a selector the index answers (classes
    alone, or a chain of those) is read from it without :func:`profile_selectors`'s look
    first: the index finds nothing for it where a class it needs is in no class attribute,
    by the same look (a ``find`` in the values joined).

    >>> from lxml.html import document_fromstring
    >>> from vn_newsdoc.html._page import Page
    >>> from vn_newsdoc.html.metadata import PageMetadata
    >>> from vn_newsdoc.html.sites import SiteProfile, compile_profile
    >>> profile = compile_profile(SiteProfile(name="x", hosts="x.vn", lead=(".zz", ".sapo")))
    >>> root = document_fromstring("<p class='sapo'> </p><h2 class='sapo big'>Mưa lớn</h2>")
    >>> page = Page(root, PageMetadata(), profile, url=None, name="x", strict=False)
    >>> first_match(page, "lead").tag, len(list(profile_selectors(page, "lead")))
    ('h2', 1)
    """
    profile = page.profile
    if profile is None:
        return None
    indexed = profile.indexed
    selectors: tuple[XPath, ...] = getattr(profile, field)
    return _first_holding_text(
        select(page, selector)
        for selector in selectors
        if (indexed and _by_index(selector)) or _may_match(page, selector)
    )
