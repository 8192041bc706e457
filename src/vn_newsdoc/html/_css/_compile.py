"""The selectors compiled to XPath (:func:`css_to_xpath`), and the class texts a selector
needs (:func:`class_needs`), which a page whose class attributes lack them is not searched
for (:func:`may_match`).

>>> css_to_xpath("h1, [data-role=author]")
"descendant-or-self::h1 | descendant-or-self::*/@data-role[. = 'author']/parent::*"
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from vn_newsdoc.errors import shown

__all__ = ["TOKEN", "class_needs", "class_part", "css_to_xpath", "may_match"]

TOKEN = re.compile(
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
"""The tokens of a selector, in order from its start: combinators, tags, classes, ids and
attribute tests (the shapes of :mod:`~vn_newsdoc.html._css._index` read them too)."""


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
        match = TOKEN.match(text, pos)
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
        for match in TOKEN.finditer(part.strip()):
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


# What css_to_xpath makes of a selector of elements whose class holds a text
# (``[class*=relate]``): the elements with a class attribute whose value holds the literal
# (one without a quote).
_CLASS_PART_XPATH: Final = re.compile(
    r"descendant-or-self::\*\[@class and contains\(@class, '([^']*)'\)\]"
)


def class_part(selector: str) -> str | None:
    """The text ``selector`` (one that :func:`css_to_xpath` compiles) asks the class to hold,
    where it asks that alone (``[class*=relate]``); else ``None``. The elements it selects
    are those whose class attribute holds that text, which the values a page's
    :class:`~vn_newsdoc.html._css.ClassIndex` holds answer.

    >>> class_part("[class*=relate]"), class_part("p[class*=x]"), class_part(".x")
    ('relate', None, None)
    """
    match = _CLASS_PART_XPATH.fullmatch(css_to_xpath(selector))
    return None if match is None else match.group(1)
