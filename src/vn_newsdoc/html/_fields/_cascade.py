"""What every field's cascade is made of: named strategies over one page, and the draft.

A field module holds its cascade as data: a tuple of :class:`Strategy`, tried in order,
each a name and a function of one signature ``(page, draft) -> Found | None``. ``page`` is
the :class:`~vn_newsdoc.html._page.Page` (the tree, metadata, profile and what is computed
once from them: survey, containers, anchors); ``draft`` is the :class:`Draft`, the fields
decided so far by the steps before in :data:`~vn_newsdoc.html._reading.READING_ORDER`.
:func:`first_found` runs a cascade and records on the page which strategy gave the field,
from which element or metadata key, for :func:`~vn_newsdoc.html.explain_html`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs
from lxml.etree import _Element

from vn_newsdoc.model import Block, Byline, Person

if TYPE_CHECKING:
    from vn_newsdoc.html._page import Page
    from vn_newsdoc.html.body import BodyBlock
    from vn_newsdoc.vi.dates import Timestamp

__all__ = ["Decision", "Draft", "Found", "Strategy", "first_found"]

T = TypeVar("T")


@attrs.frozen
class Found(Generic[T]):
    """What a strategy found: the value, and the element or metadata key it came from."""

    value: T
    element: _Element | None = None
    key: str | None = None


@attrs.frozen
class Strategy(Generic[T]):
    """One named rule of a field's cascade."""

    name: str
    find: Callable[[Page, Draft], Found[T] | None]


@attrs.frozen
class Decision:
    """Which strategy (or step) set a field, and from which element or metadata key."""

    field: str
    strategy: str
    element: _Element | None = None
    key: str | None = None


@attrs.define
class Draft:
    """The article as far as the reading has come: each step reads it and sets its field."""

    headline: str = ""
    headline_el: _Element | None = None
    lead: str | None = None
    lead_el: _Element | None = None
    outlet: str | None = None
    dateline_els: list[_Element] = attrs.Factory(list)
    stamps: list[tuple[Timestamp, str]] = attrs.Factory(list)
    """The dates read from datelines, nearest first, each with the text it was read from."""
    stamp_origins: list[Decision] = attrs.Factory(list)
    """Where each of :attr:`stamps` was read (the same order)."""
    blocks: list[BodyBlock] = attrs.Factory(list)
    """The body as read and assembled, before it becomes the article's blocks."""
    opening: Byline | None = None
    """A labelled byline taken off the body's opening lines."""
    opening_el: _Element | None = None
    closing: Byline | None = None
    """The byline taken off the body's closing lines."""
    closing_el: _Element | None = None
    byline: Byline | None = None
    body: tuple[Block, ...] = ()
    published: dt.date | None = None
    updated: dt.date | None = None
    people: tuple[Person, ...] = ()


def first_found(
    page: Page, draft: Draft, field: str, cascade: Sequence[Strategy[T]]
) -> Found[T] | None:
    """The first strategy of ``cascade`` that finds ``field``, recorded on ``page``."""
    for strategy in cascade:
        found = strategy.find(page, draft)
        if found is not None:
            page.record(field, strategy.name, found.element, found.key)
            return found
    return None
