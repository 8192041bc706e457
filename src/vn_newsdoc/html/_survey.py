"""The page survey: :class:`Survey` walks the page once and lists the elements whose tag,
class or id hints at a headline, lead, date, author or source, with each element's
document position. It works on a tree already cleaned by
:func:`vn_newsdoc.html.body.strip_page`; the helpers that read an element's text and place
it are in :mod:`vn_newsdoc.html._elements`.
"""

from __future__ import annotations

import itertools
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._elements import merged_in_order
from vn_newsdoc.html._hints import (
    ANY_FIELD_CLASS,
    AUTHOR_CLASS,
    AUTHOR_HREF,
    DATE_CLASS,
    LEAD_CLASS,
    NOT_TITLE_CLASS,
    TITLE_CLASS,
    may_name_a_source,
)
from vn_newsdoc.html._native import survey_walk
from vn_newsdoc.html._thresholds import HINT_MIN

__all__: list[str] = []


# What a hint hints at, as bits of an int (0: nothing), which the compiled build keeps
# native: a headline, a lead, a date, an author, a source box ("ource" or "guon" in it).
_TITLE: Final = 1
_LEAD: Final = 2
_DATE: Final = 4
_AUTHOR: Final = 8
_SOURCE: Final = 16
# Not a field: some word of a source box (:func:`may_name_a_source`) in the hint, in any case.
_SOURCE_WORD: Final = 32
_NO_HINT: Final = 0
# What each hint hints at, kept from page to page: the pages of a site, and many sites,
# share their class names, and matching a hint's patterns is most of a survey's time.
# Past its bound the older half is forgotten (a hint's flags depend on the hint alone, so
# what is kept changes no reading); a hint longer than _KNOWN_HINT_LEN is kept for its page
# alone, so that the memory stays small (a few megabytes at most) whatever the pages hold.
_KNOWN_HINTS: dict[str, int] = {}
# The same for the hint of an element with a class alone, kept by the class: its hint is
# the class and a space, and need not be built to be looked up.
_KNOWN_CLASSES: dict[str, int] = {}
# The two bounds are plain module variables, not Final: a compiled build would fold a Final
# into its code, and the tests set them small to watch the forgetting.
_KNOWN_HINTS_MAX = 1 << 14
_KNOWN_HINT_LEN = 100
# lxml's own methods, called with the element, in the loop over every element: the
# compiled build calls them as they are, without looking each up on the element's class
# at every call (a bound method kept would be made anew for each element).
_keys_of: Final = _Element.keys
_value_of: Final = _Element.get
_TITLE_TAGS: Final = frozenset({"h1", "h2", "h3", "p", "div", "span", "td", "strong", "a"})
_LEAD_TAGS: Final = frozenset({"p", "div", "h2", "h3", "span", "b", "strong", "section", "td"})


class Survey:
    """One pass over the page: each element's document position, and the elements whose
    class or id hints at a headline, lead, date, author or source, in document order."""

    __slots__ = ("authors", "dates", "leads", "order", "source_words", "sources", "titles")

    def __init__(self, root: _Element) -> None:
        self.titles: list[_Element] = []
        self.leads: list[_Element] = []
        self.dates: list[_Element] = []
        self.authors: list[_Element] = []
        # Elements that may be a source box: "ource" or "nguon" in the class or id.
        self.sources: list[_Element] = []
        # Whether some element's class, id or role may name a source box in any case
        # (:func:`~vn_newsdoc.html._hints.may_name_a_source`): without one, no class or id
        # of the page names a source box.
        self.source_words = False
        known, classes = _KNOWN_HINTS, _KNOWN_CLASSES
        for memory in (known, classes, _KNOWN_WORDS):
            _forget_older_half(memory)
        long_hints: dict[str, int] = {}  # this page's hints too long to keep
        walked = _SURVEY_WALK(root, classes, known) if _SURVEY_WALK is not None else None
        if walked is None:
            # Each element's position, numbered in one go; then the elements, in that order.
            self.order: dict[_Element, int] = dict(zip(root.iter(), itertools.count()))
            self._look_at_each(known, classes, long_hints)
            self._add_headings_and_times(root)
            return
        # The compiled build's walk (vn_newsdoc/_walks.c) has numbered the nodes and read,
        # for each element of a hint, what the loop below reads: the hint itself, or the
        # class alone, built of the values as the loop builds them, passing over those the
        # memories hold as hinting at nothing (most, on a site read before); left here are
        # the others, and the patterns (an author's address among them).
        self.order, elements, keys, notes, headings, times = walked
        for i in range(len(elements)):
            el = elements[i]
            key = keys[i]
            note = notes[i]
            if note is True:
                # The hint is the class and a space, looked up by the class (its flags are
                # those of the hint, whatever other attributes without a value for it the
                # element has).
                flags = classes.get(key)
                if flags is None:
                    flags = _read_class(key, classes, known, long_hints)
                if flags:
                    self._list(el, flags, key, None)
                continue
            if isinstance(note, str) and _links_an_author(note):
                key += " author"
            flags = known.get(key)
            if flags is None:
                flags = _read_hint(key, known, long_hints)
            if flags:
                # The class and id, which a source box alone needs, read where it may be one.
                if flags & _SOURCE:
                    self._list(el, flags, _value_of(el, b"class"), _value_of(el, b"id"))
                else:
                    self._list(el, flags, None, None)
        self._place(headings, times)

    def _look_at_each(
        self, known: dict[str, int], classes: dict[str, int], long_hints: dict[str, int]
    ) -> None:
        """List the elements of :attr:`order` that their hints say (``known``, ``classes``
        and ``long_hints`` the memories of hints' flags), each looked at in turn."""
        # Most of the work is lxml's, for each of the page's elements: the names of its
        # attributes in one list, gone through once, then the values of those it has that
        # make its hint, asked for by names given as bytes, which lxml takes as they are
        # (a str it encodes at every call). Its tag (a new str at each call) is asked for
        # only where a hint needs it: the headings and time elements, which need none, are
        # found by lxml in one call.
        for el in self.order:
            names = _keys_of(el)
            if not names:
                continue
            if len(names) == 1 and names[0] == "class":
                # A class alone, most elements' case: its hint (the class and a space) is
                # looked up by the class itself, not built first.
                alone: str = _value_of(el, b"class", "")
                flags = classes.get(alone)
                if flags is None:
                    flags = _read_class(alone, classes, known, long_hints)
                if flags:
                    self._list(el, flags, alone, None)
                continue
            cls: str | None = None
            ident: str | None = None
            roles = False  # an itemprop, data-role or data-slot attribute
            linked = False  # an href or rel attribute
            related = False  # a rel attribute
            # The names most often met first: a class, then a link's address.
            for name in names:
                if name == "class":
                    cls = _value_of(el, b"class")
                elif name == "href":
                    linked = True
                elif name == "id":
                    ident = _value_of(el, b"id")
                elif name == "rel":
                    linked = related = True
                elif name == "itemprop" or name == "data-role" or name == "data-slot":  # noqa: PLR1714
                    # The attributes of a role, whose values add to the hint: compared,
                    # not looked up in a set, which would hash each name (a new str at
                    # every keys() call) where most names (style, src) differ in length.
                    roles = True
            # The hint is "class id", either one empty when absent.
            if cls is None:
                hint = " " if ident is None else " " + ident
            else:
                hint = cls + " " if ident is None else f"{cls} {ident}"
            # A role adds to it, and so does an author's link.
            if roles and (el.get(b"itemprop") or el.get(b"data-role") or el.get(b"data-slot")):
                hint += (
                    f" {el.get('itemprop', '')} {el.get('data-role', '')} {el.get('data-slot', '')}"
                )
            # A link without an address or a rel is no author's link: its tag is not
            # asked for.
            if linked and (
                el.tag == "a"
                and (
                    _links_an_author(_value_of(el, b"href", ""))
                    or (related and "author" in _value_of(el, b"rel", ""))
                )
            ):
                hint += " author"
            flags = known.get(hint)
            if flags is None:
                flags = _read_hint(hint, known, long_hints)
            if flags:
                self._list(el, flags, cls, ident)

    def _list(self, el: _Element, flags: int, cls: str | None, ident: str | None) -> None:
        """List ``el`` where its hint's ``flags`` and its tag say (its class and id given)."""
        # Without "ource" or "guon" in the hint, neither the class nor the id can name
        # a source box.
        if flags & _SOURCE and _names_source(cls, ident):
            self.sources.append(el)
        if flags & _SOURCE_WORD:
            self.source_words = True
        tag = el.tag
        if flags & _TITLE and tag in _TITLE_TAGS and tag != "h1":
            self.titles.append(el)
        if flags & _LEAD and tag in _LEAD_TAGS:
            self.leads.append(el)
        if flags & _DATE and tag != "time":
            self.dates.append(el)
        if flags & _AUTHOR:
            self.authors.append(el)

    def _add_headings_and_times(self, root: _Element) -> None:
        """The headings and time elements, each a candidate whatever its class, among the
        others in document order (neither list holds one of them yet)."""
        headings: list[_Element] = []
        times: list[_Element] = []
        for el in root.iter("h1", "time"):
            if el.tag == "h1":
                headings.append(el)
            else:
                times.append(el)
        self._place(headings, times)

    def _place(self, headings: list[_Element], times: list[_Element]) -> None:
        """Add the headings to the titles and the time elements to the dates, in document
        order."""
        if headings:
            self.titles = merged_in_order(headings, self.titles, self.order)
        if times:
            self.dates = merged_in_order(times, self.dates, self.order)


def _read_hint(hint: str, known: dict[str, int], long_hints: dict[str, int]) -> int:
    """What ``hint`` hints at, matched once and kept: in ``known``, from page to page, if
    it is short enough, else in ``long_hints``, for its page alone (read word by word)."""
    if len(hint) <= _KNOWN_HINT_LEN:
        flags = known[hint] = _hint_flags(hint)
        return flags
    flags_or_none = long_hints.get(hint)
    if flags_or_none is None:
        flags_or_none = long_hints[hint] = _long_hint_flags(hint)
    return flags_or_none


def _read_class(
    cls: str, classes: dict[str, int], known: dict[str, int], long_hints: dict[str, int]
) -> int:
    """What the hint of an element with a class alone hints at (``cls`` and a space, read
    by :func:`_read_hint`), kept by the class in ``classes`` when the hint is kept."""
    hint = cls + " "
    flags = _read_hint(hint, known, long_hints)
    if len(hint) <= _KNOWN_HINT_LEN:
        classes[cls] = flags
    return flags


def _forget_older_half(known: dict[str, int]) -> None:
    """Past :data:`_KNOWN_HINTS_MAX`, the older half of a memory of hints or words."""
    if len(known) > _KNOWN_HINTS_MAX:
        # pop, not del: a survey in another thread may be forgetting the same hints.
        for hint in list(itertools.islice(known, len(known) - _KNOWN_HINTS_MAX // 2)):
            known.pop(hint, None)


def _links_an_author(href: str) -> bool:
    """Whether an address is an author's page (:data:`AUTHOR_HREF`), with a plain look
    first: each such address holds "tac", "author" or "writer" in any case, and most links
    hold none. (What :func:`~vn_newsdoc.html._hints.prescreened` makes, written out: the
    compiled build calls it as a function of its own, not through a closure that goes
    through its words in a loop, on every link of the page.)

    >>> _links_an_author("/Tac-Gia/minh-anh/"), _links_an_author("/the-thao/bong-da/")
    (True, False)
    """
    if href.isascii():
        # Case-blind matching of ASCII is a plain look at the lower case (outside ASCII,
        # letters such as "ſ" or the Kelvin sign match "s" and "k": the regex answers).
        lowered = href.lower()
        if "tac" not in lowered and "author" not in lowered and "writer" not in lowered:
            return False
    return AUTHOR_HREF.search(href) is not None


def _names_source(cls: str | None, ident: str | None) -> bool:
    """Whether a class or id may mark a source box: "ource" or "nguon" in it."""
    return bool(
        (cls and ("ource" in cls or "nguon" in cls or "Nguon" in cls))
        or (ident and ("ource" in ident or "nguon" in ident))
    )


def _source_flags(hint: str) -> int:
    """A hint's :data:`_SOURCE` flag ("ource" or "guon" in it, as :func:`_names_source`
    needs) and its :data:`_SOURCE_WORD` flag."""
    flags = _SOURCE if "ource" in hint or "guon" in hint else _NO_HINT
    return flags | _SOURCE_WORD if may_name_a_source(hint) else flags


def _hint_flags(hint: str) -> int:
    """What a class/id string hints at (:data:`_TITLE`, :data:`_LEAD`, :data:`_DATE`,
    :data:`_AUTHOR`); and whether it may name a source box (:data:`_SOURCE`: "ource" or
    "guon" in it, as :func:`_names_source` needs)."""
    source = _source_flags(hint)
    lowered = hint.lower()
    if len(lowered.strip()) < HINT_MIN or ANY_FIELD_CLASS.search(lowered) is None:
        return source
    return _flags(source, _finds(lowered))


# What each word of a hint finds, as bits of an int: the long hints (a post's classes name
# its id, its categories and its tags: a hint of its own on every page) are read word by
# word, the words kept from page to page as the hints are.
_FINDS_ANY: Final = 1
_FINDS_TITLE: Final = 2
_FINDS_NOT_TITLE: Final = 4
_FINDS_LEAD: Final = 8
_FINDS_DATE: Final = 16
_FINDS_AUTHOR: Final = 32
_KNOWN_WORDS: dict[str, int] = {}


def _long_hint_flags(hint: str) -> int:
    r""":func:`_hint_flags` of a long hint, from what each of its words finds.

    No pattern of the five finds white space but around a word (the lead's ``(?:^|[\s_-])``
    and ``(?:$|[\s_-])``, ``dek\b``), and those find at a word's ends what they find at the
    white space around it: a pattern finds something in the lowered hint exactly where it
    finds something in one of its words (split on what ``\s`` matches).
    """
    source = _source_flags(hint)
    lowered = hint.lower()
    if len(lowered.strip()) < HINT_MIN:
        return source
    known = _KNOWN_WORDS
    found = 0
    for word in lowered.split():
        finds = known.get(word)
        if finds is None:
            finds = _finds(word)
            if len(word) <= _KNOWN_HINT_LEN:
                known[word] = finds
        found |= finds
    return _flags(source, found)


def _finds(lowered: str) -> int:
    """Which of the hint patterns find something in a lowered hint or word (``_FINDS_*``
    bits). Each is asked, even where :data:`ANY_FIELD_CLASS` finds nothing: case-blind,
    a field pattern finds "publiſh" in a word that the other words of a hint may join.
    On ASCII, though, the four field patterns find only where :data:`ANY_FIELD_CLASS`
    does (it is their union, and case-blind matching of ASCII lower case is plain
    matching): a new ASCII word that it passes over is asked only for other things' titles
    (most words of a long hint, met first on a page not read before)."""
    if ANY_FIELD_CLASS.search(lowered) is None:
        if lowered.isascii():
            return _FINDS_NOT_TITLE if NOT_TITLE_CLASS.search(lowered) else 0
        finds = 0
    else:
        finds = _FINDS_ANY
    if TITLE_CLASS.search(lowered):
        finds |= _FINDS_TITLE
    if NOT_TITLE_CLASS.search(lowered):
        finds |= _FINDS_NOT_TITLE
    if LEAD_CLASS.search(lowered):
        finds |= _FINDS_LEAD
    if DATE_CLASS.search(lowered):
        finds |= _FINDS_DATE
    if AUTHOR_CLASS.search(lowered):
        finds |= _FINDS_AUTHOR
    return finds


def _flags(source: int, found: int) -> int:
    """The hint flags of a hint whose patterns (or whose words' patterns) found ``found``
    (``_FINDS_*`` bits), ``source`` its :data:`_SOURCE` flag: a title where no word of
    other things' titles is found, and the others where found; none but ``source`` where
    no field pattern finds anything."""
    if not found & _FINDS_ANY:
        return source
    flags = source
    if found & _FINDS_TITLE and not found & _FINDS_NOT_TITLE:
        flags |= _TITLE
    if found & _FINDS_LEAD:
        flags |= _LEAD
    if found & _FINDS_DATE:
        flags |= _DATE
    if found & _FINDS_AUTHOR:
        flags |= _AUTHOR
    return flags


# The compiled build's walk over the page (html/_native.py), where there is one: it passes
# over the elements whose hint is a space (none of the attributes of a hint), which is
# no hint where it hints at nothing (as it does: no word in it). A plain module variable,
# which the tests set to compare the walk with the loop.
_SURVEY_WALK = survey_walk() if _hint_flags(" ") == _NO_HINT else None
