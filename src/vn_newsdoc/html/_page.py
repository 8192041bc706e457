"""One page being read: the tree, its metadata and profile, and what is computed from them
once, when a rule first needs it (the survey, the body's containers, their anchors, the
author boxes)."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterator
from typing import Any

from lxml.etree import XPath, _Element

from vn_newsdoc.errors import MissingFieldError
from vn_newsdoc.html._credits import find_author_elements
from vn_newsdoc.html._css import ClassIndex
from vn_newsdoc.html._css._select import first_match as _first_match
from vn_newsdoc.html._css._select import profile_selectors as _profile_selectors
from vn_newsdoc.html._css._select import select as _select
from vn_newsdoc.html._datelines import labelled_lines
from vn_newsdoc.html._elements import body_anchors, iter_tag
from vn_newsdoc.html._fields._cascade import Decision
from vn_newsdoc.html._fields.body import find_containers
from vn_newsdoc.html._fields.dates import ProfileLines, proves_month_first
from vn_newsdoc.html._fields.lead._cues import BlocksAfter
from vn_newsdoc.html._native import class_walk, id_walk
from vn_newsdoc.html._survey import Survey
from vn_newsdoc.html.metadata import PageMetadata
from vn_newsdoc.html.sites import CompiledProfile

__all__ = ["Page"]

# The fields' modules that compute the page's parts (find_containers, ProfileLines…) take
# the page as a type alone: they are imported above, once, not in each part, where the
# import statement ran again at every page.

# Every class and id value of a page, as plain strings (one XPath each: a union of the two
# would sort the nodes again).
_CLASSES = XPath("descendant-or-self::*/@class", smart_strings=False)
_IDS = XPath("descendant-or-self::*/@id", smart_strings=False)
# The same class values as lxml's string results, each knowing its element (the index of
# a profile's selectors of classes alone, ClassIndex).
_CLASS_RESULTS = XPath("descendant-or-self::*/@class")
# The compiled build's walks for what those three find (None: the searches). Not Final:
# the tests read pages both ways.
_CLASS_WALK = class_walk()
_ID_WALK = id_walk()

_log = logging.getLogger(__name__)


class Page:
    """The shared context of every strategy: read-only, each part computed once, lazily."""

    def __init__(
        self,
        root: _Element,
        meta: PageMetadata,
        profile: CompiledProfile | None,
        *,
        url: str | None,
        name: str,
        strict: bool,
        reference: dt.datetime | None = None,
    ) -> None:
        self.root = root
        self.meta = meta
        self.profile = profile
        self.url = url
        self.name = name
        self.strict = strict
        self.reference = reference
        self.decisions: list[Decision] = []
        """Which strategy or step set each field, in the order they did (the last wins)."""
        self._after: BlocksAfter | None = None
        self._dateline_reads: ProfileLines | None = None

    def dateline_reads(self) -> ProfileLines:
        """The elements the site profile's dateline selectors find, read as far as the
        datelines and the month-first check have asked
        (:class:`~vn_newsdoc.html._fields.dates.ProfileLines`), kept for the page."""
        reads = self._dateline_reads
        if reads is None:
            reads = self._dateline_reads = ProfileLines()
        return reads

    def blocks_after(self, start: _Element) -> BlocksAfter:
        """The text blocks after ``start`` (the headline), read once for every lead cue that
        goes through them (:class:`~vn_newsdoc.html._fields.lead._cues.BlocksAfter`)."""
        after = self._after
        if after is None or after.start is not start:
            after = self._after = BlocksAfter(start)
        return after

    @functools.cached_property
    def survey(self) -> Survey:
        """The one pass over the page the generic cues need (made only when needed)."""
        return Survey(self.root)

    @functools.cached_property
    def containers(self) -> list[_Element]:
        """The element(s) holding the body: the body field's cascade, run once."""
        return find_containers(self)

    @functools.cached_property
    def anchors(self) -> list[_Element]:
        """The body's first container and its ancestors, nearest first."""
        return body_anchors(self.containers)

    @functools.cached_property
    def author_boxes(self) -> list[tuple[_Element, str]]:
        """The short author boxes nearest the body, with their text (both author-box
        strategies read them)."""
        return find_author_elements(self.survey, self.anchors)

    @functools.cached_property
    def body_start(self) -> int:
        """The document position of the body's first container (0 without one)."""
        containers = self.containers
        return self.survey.order.get(containers[0], 0) if containers else 0

    @functools.cached_property
    def labelled_dates(self) -> list[tuple[_Element, str]]:
        """The lines a date label opens (``Ngày đăng: …``), in document order, with their
        text; none in a box of other articles."""
        return labelled_lines(self)

    @functools.cached_property
    def month_first(self) -> bool:
        """Whether the page's own dates prove that it writes the month first
        (``12-24-2012``): every text date of the page is then read month first."""
        return proves_month_first(self)

    @functools.cached_property
    def title(self) -> str | None:
        """The text of the page's ``<title>`` (its first one)."""
        first = next(iter_tag(self.root, "title", self_too=False), None)
        return None if first is None else first.text or ""

    @functools.cached_property
    def classes(self) -> str:
        """The page's class attributes, each once, joined by NUL characters (no class
        text a selector needs holds one); read off the :attr:`class_index` where the
        page has made it (the same values, in the same order)."""
        index: ClassIndex | None = vars(self).get("class_index")
        if index is not None:
            values = index.values
        else:
            walked = _CLASS_WALK(self.root) if _CLASS_WALK is not None else None
            values = _CLASSES(self.root) if walked is None else walked[0]
        return "\0".join(set(values))

    @functools.cached_property
    def class_index(self) -> ClassIndex:
        """The page's class attributes, which answer the profile's selectors of classes
        alone (:class:`~vn_newsdoc.html._css.ClassIndex`); made when first needed, once
        the page is stripped (the page is made after that; an element the tree loses
        later is not given)."""
        walked = _CLASS_WALK(self.root) if _CLASS_WALK is not None else None
        if walked is None:
            return ClassIndex(self.root, _CLASS_RESULTS(self.root))
        return ClassIndex(self.root, *walked)

    def select(self, selector: XPath) -> list[Any]:
        """What ``selector`` (one of the profile's) finds from the page's root: where the
        selector is of classes alone, or a chain of those, the same elements in the same
        order from the :attr:`class_index` if the page has it or the profile asks for it;
        else by its XPath (:func:`~vn_newsdoc.html._css._select.select`)."""
        return _select(self, selector)

    def first_match(self, field: str) -> _Element | None:
        """The first element the profile's selectors of ``field`` find (tried in order)
        that holds text (:func:`~vn_newsdoc.html._elements.first_match`, each selector
        read by :meth:`select`)."""
        return _first_match(self, field)

    @functools.cached_property
    def ids(self) -> str:
        """The page's id attributes, each once, joined by NUL characters.

        Like :attr:`classes`, gathered once when first needed: the tree only loses
        elements after the page is made, so what a look at them proves absent stays
        absent."""
        walked = _ID_WALK(self.root) if _ID_WALK is not None else None
        return "\0".join(set(_IDS(self.root) if walked is None else walked))

    def profile_selectors(self, field: str) -> Iterator[XPath]:
        """The profile's selectors of ``field`` (``"body"``), in order, less those that
        cannot match on this page: they need a class text no class attribute of it holds
        (the class attributes are gathered once, when a selector first needs them; the
        tree only loses elements after that, never gains a class). A selector the
        :attr:`class_index` answers may be given where the index then finds nothing for
        it (:func:`~vn_newsdoc.html._css._select.profile_selectors`)."""
        return _profile_selectors(self, field)

    def record(
        self, field: str, strategy: str, element: _Element | None = None, key: str | None = None
    ) -> None:
        """Note that ``strategy`` set ``field`` (from ``element`` or metadata ``key``)."""
        self.decisions.append(Decision(field, strategy, element, key))

    def missing(self, field: str) -> None:
        """Report a field the page does not give: logged, or raised when strict."""
        if self.strict:
            raise MissingFieldError(field, source=self.name)
        _log.warning("no %s found in %s", field, self.name)
