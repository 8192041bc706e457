"""CSS selectors to XPath, for the small part of CSS that site profiles use.

Site profiles are written in CSS because that is how people read a page's markup; lxml
evaluates XPath. lxml's own converter needs the ``cssselect`` package, which would be one
more runtime dependency for a few dozen selectors, so the profiles are compiled here, once,
at import. The subset:

* a compound selector: a tag name or ``*`` (optional), then any number of ``.class``,
  ``#id``, ``[attr]``, ``[attr=value]``, ``[attr*=value]``, ``[attr^=value]``,
  ``[attr$=value]`` and ``[attr~=value]`` (values bare or quoted);
* compound selectors joined by white space (descendant) or ``>`` (child);
* several selectors joined by ``,``.

Tag names match without regard to case, as in HTML; classes, ids and attribute values
match exactly. Anything else raises :class:`ValueError` naming the selector: profiles are
data written by developers, and a selector the reader cannot follow must fail at import,
not match nothing in silence.

>>> print(css_to_xpath("p.sapo").replace("][", "]\\n["))
descendant-or-self::p[contains(@class, 'sapo')]
[contains(concat(' ', normalize-space(@class), ' '), ' sapo ')]
>>> css_to_xpath("#print-news > p")
"descendant-or-self::*/@id[. = 'print-news']/parent::*/p"
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from lxml.etree import _Element

from vn_newsdoc.errors import shown

__all__ = [
    "ClassIndex",
    "class_chain",
    "class_needs",
    "css_to_xpath",
    "may_match",
    "simple_classes",
]

_TOKEN = re.compile(
    r"""
      (?P<space>\s*>\s*|\s*,\s*|\s+)
    | (?P<tag>\*|[A-Za-z][A-Za-z0-9-]*)
    | \.(?P<cls>-?[_A-Za-z][\w-]*)
    | \#(?P<id>-?[_A-Za-z][\w-]*)
    | \[\s*(?P<attr>[_A-Za-z][\w:-]*)\s*
        (?:(?P<op>[*^$~]?=)\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[\w-]+))\s*)?\]
    """,
    re.VERBOSE,
)


def _literal(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    parts = value.split("'")
    return "concat(" + ', "\'", '.join(f"'{p}'" for p in parts) + ")"


def _test(subject: str, op: str, value: str) -> str:
    """The test ``[attr op value]`` makes of the attribute's value, written ``subject``;
    ``false()`` where an empty value matches nothing."""
    literal = _literal(value)
    if op == "=":
        return f"{subject} = {literal}"
    if op == "~=":  # one of the white-space separated words
        word = _literal(f" {value} ")
        return f"contains(concat(' ', normalize-space({subject}), ' '), {word})"
    if not value:
        return "false()"
    if op == "*=":
        return f"contains({subject}, {literal})"
    if op == "^=":
        return f"starts-with({subject}, {literal})"
    # "$="
    return f"substring({subject}, string-length({subject}) - {len(value) - 1}) = {literal}"


def _attribute(name: str, op: str | None, value: str) -> str:
    attr = f"@{name}"
    if op is None:
        return attr
    test = _test(attr, op, value)
    if op == "=" or test == "false()":
        return test
    return f"{attr} and {test}"


def _hoisted_attribute(name: str, op: str | None, value: str) -> str | None:
    """``_attribute(name, op, value)`` as a step to the attribute it tests
    (``@data-role[. = 'author']``), or ``None`` where it matches nothing or tests the class
    (written as it is: as common as the classes, it gains little)."""
    if name == "class":
        return None
    if op is None:
        return f"@{name}"
    test = _test(".", op, value)
    return None if test == "false()" else f"@{name}[{test}]"


def _hoist(hoisted: tuple[int, str] | None, index: int, step: str | None) -> tuple[int, str] | None:
    """The condition to hoist, of ``hoisted`` and ``step`` (condition ``index``): the first
    on the id or an attribute other than the class (rarer than classes: fewer to go
    through), or else the first on the class."""
    if step is None or (hoisted is not None and not hoisted[1].startswith("@class[")):
        return hoisted
    if hoisted is not None and step.startswith("@class["):
        return hoisted
    return (index, step)


def _step(joiner: str, tag: str, conditions: list[str], hoisted: tuple[int, str] | None) -> str:
    """One location step; ``hoisted`` is one condition (its index) as a step to the
    attribute it tests (``@class[contains(., 'sapo')]``), if it tests one attribute."""
    if tag != "*" or hoisted is None:
        return joiner + tag + "".join(f"[{c}]" for c in conditions)
    # Any element with that attribute: libxml2 goes through the attributes of that name,
    # not through every element's conditions, some three times faster on a page for a
    # class, seven for a rarer attribute (a data-role). The conditions are tests, none
    # positional: left in order without the hoisted one, they keep the same elements.
    index, step = hoisted
    rest = conditions[:index] + conditions[index + 1 :]
    return f"{joiner}*/{step}/parent::*" + "".join(f"[{c}]" for c in rest)


def _compile_one(selector: str) -> str:
    steps: list[str] = []
    tag = "*"
    conditions: list[str] = []
    # A condition (its index) as a step to an attribute: the first on the id or an
    # attribute other than the class (rarer than classes, so fewer to go through), or
    # else the first on the class.
    hoisted: tuple[int, str] | None = None
    joiner = "descendant-or-self::"
    have_step = False
    pos = 0
    text = selector.strip()
    if not text:
        raise ValueError("an empty CSS selector")

    def close_step(next_joiner: str) -> None:
        nonlocal tag, conditions, hoisted, joiner, have_step
        if not have_step:
            raise ValueError(
                f"a combinator with nothing before it in CSS selector {shown(selector)}"
            )
        steps.append(_step(joiner, tag, conditions, hoisted))
        tag, conditions, hoisted, joiner, have_step = "*", [], None, next_joiner, False

    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ValueError(
                f"unsupported CSS at {shown(text[pos:])} in selector {shown(selector)}"
            )
        pos = match.end()
        if match.group("space") is not None:
            combinator = match.group("space").strip()
            if combinator == ",":
                raise ValueError("internal: commas are split before compiling")
            close_step("/" if combinator == ">" else "//")
        elif match.group("tag") is not None:
            if have_step:
                raise ValueError(f"a tag name in the middle of CSS selector {shown(selector)}")
            name = match.group("tag")
            tag = "*" if name == "*" else name.lower()
            have_step = True
        elif match.group("cls") is not None:
            name = match.group("cls")
            hoisted = _hoist(hoisted, len(conditions), f"@class[contains(., {_literal(name)})]")
            # The plain contains() first: it rules out most elements cheaply, and an
            # element whose class has the word always passes it.
            conditions.append(f"contains(@class, {_literal(name)})")
            word = _literal(f" {name} ")
            conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), {word})")
            have_step = True
        elif match.group("id") is not None:
            hoisted = _hoist(hoisted, len(conditions), f"@id[. = {_literal(match.group('id'))}]")
            conditions.append(f"@id = {_literal(match.group('id'))}")
            have_step = True
        else:
            name, op = match.group("attr"), match.group("op")
            value = match.group("dq") or match.group("sq") or match.group("bare") or ""
            hoisted = _hoist(hoisted, len(conditions), _hoisted_attribute(name, op, value))
            conditions.append(_attribute(name, op, value))
            have_step = True
    close_step("")
    return "".join(steps)


def class_needs(selector: str) -> tuple[tuple[str, ...], ...]:
    """For each comma-separated part of ``selector`` (one that :func:`css_to_xpath`
    compiles), texts that are in a class attribute (as parts of its value) of any element
    it matches; ``()`` where a part needs none. A page none of whose class attributes holds
    each text of some part has no element the selector matches: its XPath tests each with
    ``contains()`` on the class (``[class~=x]`` is left out: it tests the value with its
    white space made single).

    >>> class_needs("h1.detail-title.big, [class*=relate]")
    (('detail-title', 'big'), ('relate',))
    >>> class_needs(".sapo, h1")
    ()
    """
    parts = []
    for part in selector.split(","):
        # The tokens of a selector that compiles follow each other from its start.
        needs = []
        for match in _TOKEN.finditer(part.strip()):
            if match.group("cls") is not None:
                needs.append(match.group("cls"))
            elif match.group("attr") == "class" and match.group("op") in ("=", "*=", "^=", "$="):
                value = match.group("dq") or match.group("sq") or match.group("bare") or ""
                needs.extend([value] if value else [])
        if not needs:
            return ()
        parts.append(tuple(needs))
    return tuple(parts)


def may_match(selector: object, classes: Callable[[], str]) -> bool:
    """Whether ``selector`` (a compiled selector with its :func:`class_needs` as ``needs``)
    may match on a page whose class attributes, joined by NUL characters, ``classes()``
    gives (asked for only where the selector needs a class).

    >>> class Compiled:
    ...     needs = class_needs(".sapo, .lead")
    >>> may_match(Compiled(), lambda: "main\\0detail-sapo"), may_match(Compiled(), lambda: "x")
    (True, False)
    """
    needs: tuple[tuple[str, ...], ...] = getattr(selector, "needs", ())
    if not needs:
        return True
    joined = classes()
    return any(all(text in joined for text in part) for part in needs)


def simple_classes(selector: str) -> tuple[str, tuple[str, ...]] | None:
    """The tag (``"*"`` for any) and the classes of ``selector`` (one that
    :func:`css_to_xpath` compiles) where it is one compound selector of classes alone, with
    or without a tag; else ``None``. :class:`ClassIndex` answers these.

    >>> simple_classes("h1.detail-title.big"), simple_classes(".sapo")
    (('h1', ('detail-title', 'big')), ('*', ('sapo',)))
    >>> simple_classes(".detail-author .name"), simple_classes("h1"), simple_classes("#x")
    (None, None, None)
    """
    tag = "*"
    classes: list[str] = []
    text = selector.strip()
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            return None
        if match.group("cls") is not None:
            classes.append(match.group("cls"))
        elif match.group("tag") is not None and not pos:
            tag = "*" if match.group("tag") == "*" else match.group("tag").lower()
        else:  # a combinator, a comma, an id or an attribute
            return None
        pos = match.end()
    return (tag, tuple(classes)) if classes else None


def class_chain(selector: str) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """The compounds (each a tag, ``"*"`` for any, and classes) of ``selector`` (one that
    :func:`css_to_xpath` compiles) where it is two or more compound selectors joined by
    white space (the descendant combinator), each of classes alone with or without a tag,
    but the last, which may be a tag alone; else ``None``. :meth:`ClassIndex.select_chain`
    answers these.

    >>> class_chain(".detail-author-bot .name"), class_chain(".author_mail STRONG")
    ((('*', ('detail-author-bot',)), ('*', ('name',))), (('*', ('author_mail',)), ('strong', ())))
    >>> class_chain(".a > .b"), class_chain("div .b"), class_chain(".a *"), class_chain(".a")
    (None, None, None, None)
    """
    compounds: list[tuple[str, tuple[str, ...]]] = []
    tag = "*"
    classes: list[str] = []
    fresh = True  # no token yet in this compound: a tag may open it
    text = selector.strip()
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            return None
        space = match.group("space")
        if space is not None:
            if space.strip():  # a child combinator or a comma
                return None
            compounds.append((tag, tuple(classes)))
            tag, classes, fresh = "*", [], True
        elif match.group("cls") is not None:
            classes.append(match.group("cls"))
            fresh = False
        elif match.group("tag") is not None and fresh:
            tag = "*" if match.group("tag") == "*" else match.group("tag").lower()
            fresh = False
        else:  # an id or an attribute
            return None
        pos = match.end()
    compounds.append((tag, tuple(classes)))
    if len(compounds) == 1 or compounds[-1] == ("*", ()):
        return None
    if not all(names for _, names in compounds[:-1]):
        return None
    return tuple(compounds)


# The characters XPath's normalize-space() takes for white space (XML's, no other): the
# compiled class test, contains(concat(' ', normalize-space(@class), ' '), ' x '), splits a
# class attribute's words on them alone (a no-break space or a form feed is part of a word).
_BLANKS: Final = re.compile("[ \t\n\r]+")


class ClassIndex:
    """A page's class attributes in document order, each as lxml's string result that
    knows its element: what a selector of classes alone (:func:`simple_classes`) matches
    from the page's root is found among them, with no walk over the page.

    A compiled selector is a walk through every element's attributes, and a page's
    profile runs several: this one walk (the class attributes, as the selectors' class
    prefilter gathers them anyway) answers them all. The elements are those the
    selector's XPath gives: in document order, each once, those whose class has each of
    the classes as a word (split where ``normalize-space()`` sees white space), with the
    tag where one is named, and only those still in the tree under ``root``.

    >>> from lxml.html import fragment_fromstring
    >>> from lxml.etree import XPath
    >>> root = fragment_fromstring("<div class='a'><p class='b\ta'>x</p><b class='ab'/></div>")
    >>> index = ClassIndex(root, XPath("descendant-or-self::*/@class")(root))
    >>> [el.tag for el in index.select("*", ("a",))], [el.tag for el in index.select("p", ("a",))]
    (['div', 'p'], ['p'])
    """

    __slots__ = ("joined", "root", "values")

    def __init__(self, root: _Element, values: list[Any]) -> None:
        self.root = root
        self.values = values
        # NUL joins them: no attribute value holds one, so the n-th NUL ends the n-th value.
        self.joined = "\0".join(values)

    def select(self, tag: str, classes: tuple[str, ...]) -> list[_Element]:
        """The elements of tag ``tag`` (``"*"``: any) whose class has each of ``classes``
        (at least one) as a word, in document order."""
        joined, values = self.joined, self.values
        key = max(classes, key=len)  # the longest is in fewest values
        found: list[_Element] = []
        index = 0  # the value that the text from ``counted`` on belongs to
        counted = 0
        pos = joined.find(key)
        while pos >= 0:
            index += joined.count("\0", counted, pos)
            value = values[index]
            words = _BLANKS.split(value)
            if all(name in words for name in classes):
                el = value.getparent()
                if tag in ("*", el.tag) and self._holds(el):
                    found.append(el)
            end = joined.find("\0", pos)
            if end < 0:
                break
            index += 1
            counted = end + 1
            pos = joined.find(key, counted)
        return found

    def select_chain(self, chain: tuple[tuple[str, tuple[str, ...]], ...]) -> list[_Element]:
        """The elements that the compounds of ``chain`` (:func:`class_chain`: two or more,
        each a tag and classes, only the last without classes) select, joined by the
        descendant combinator, from the root: in document order, each once.

        The XPath walks every element's attributes for each compound; here the compounds
        of classes are found in the index, and each element of the last is kept where its
        ancestors, nearest first, hold one of each compound before it in turn (the nearest
        that fits each is the best choice: the farther ones stay for the rest). A last
        compound of a tag alone is each tag element inside the outermost elements the
        compounds before it select (lxml's own search, in document order)."""
        *above, (tag, classes) = chain
        if not classes:
            found: list[_Element] = []
            holders = self.select(*above[0]) if len(above) == 1 else self.select_chain(tuple(above))
            last: _Element | None = None
            for holder in holders:
                if last is not None and _inside(holder, last):
                    continue  # its elements are last's, found already
                last = holder
                found.extend(holder.iterdescendants(tag))
            return found
        candidates = self.select(tag, classes)
        if not candidates:
            return candidates
        boxes = [set(self.select(*compound)) for compound in above]
        if not all(boxes):
            return []
        return [el for el in candidates if _has_ancestors_in(el, boxes)]

    def _holds(self, el: _Element) -> bool:
        """Whether ``el`` is still under the root: an element taken out of the tree after
        the index was made is not (the XPath would not find it)."""
        root = self.root
        node: _Element | None = el
        while node is not None:
            if node is root:
                return True
            node = node.getparent()
        return False


def _inside(el: _Element, box: _Element) -> bool:
    """Whether ``box`` is an ancestor of ``el``."""
    return any(ancestor is box for ancestor in el.iterancestors())


def _has_ancestors_in(el: _Element, boxes: list[set[_Element]]) -> bool:
    """Whether ``el`` has an ancestor in each of ``boxes``, the last nearest: one in the
    last box, above it one in the box before, and so on."""
    which = len(boxes) - 1
    for ancestor in el.iterancestors():
        if ancestor in boxes[which]:
            if not which:
                return True
            which -= 1
    return False


def css_to_xpath(selector: str) -> str:
    """The XPath expression selecting what ``selector`` selects, from the context node down.

    Args:
        selector: A CSS selector in the subset the module describes.

    Returns:
        An XPath 1.0 expression.

    Raises:
        ValueError: The selector uses CSS outside the subset.

    >>> css_to_xpath("[class*=relate], time")
    "descendant-or-self::*[@class and contains(@class, 'relate')] | descendant-or-self::time"
    """
    return " | ".join(_compile_one(part) for part in selector.split(","))
