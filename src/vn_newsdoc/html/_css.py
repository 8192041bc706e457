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

from vn_newsdoc.errors import shown

__all__ = ["css_to_xpath"]

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


def _attribute(name: str, op: str | None, value: str) -> str:
    attr = f"@{name}"
    literal = _literal(value)
    if op is None:
        return attr
    if op == "=":
        return f"{attr} = {literal}"
    if op == "*=":
        return f"{attr} and contains({attr}, {literal})" if value else "false()"
    if op == "^=":
        return f"{attr} and starts-with({attr}, {literal})" if value else "false()"
    if op == "$=":
        if not value:
            return "false()"
        return f"{attr} and substring({attr}, string-length({attr}) - {len(value) - 1}) = {literal}"
    # "~=": one of the white-space separated words
    word = _literal(f" {value} ")
    return f"{attr} and contains(concat(' ', normalize-space({attr}), ' '), {word})"


def _step(joiner: str, tag: str, conditions: list[str], hoisted: str | None) -> str:
    """One location step; ``hoisted`` is the first condition as a step to the attribute it
    tests (``@class[contains(., 'sapo')]``), if it tests the class or the id."""
    if tag != "*" or hoisted is None:
        return joiner + tag + "".join(f"[{c}]" for c in conditions)
    # Any element with that class (or id): libxml2 goes through the attributes of that
    # name, not through every element's conditions, some three times faster on a page.
    return f"{joiner}*/{hoisted}/parent::*" + "".join(f"[{c}]" for c in conditions[1:])


def _compile_one(selector: str) -> str:
    steps: list[str] = []
    tag = "*"
    conditions: list[str] = []
    # The first condition as a step to an attribute, when it tests the class or the id.
    hoisted: str | None = None
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
            if not conditions:
                hoisted = f"@class[contains(., {_literal(name)})]"
            # The plain contains() first: it rules out most elements cheaply, and an
            # element whose class has the word always passes it.
            conditions.append(f"contains(@class, {_literal(name)})")
            word = _literal(f" {name} ")
            conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), {word})")
            have_step = True
        elif match.group("id") is not None:
            if not conditions:
                hoisted = f"@id[. = {_literal(match.group('id'))}]"
            conditions.append(f"@id = {_literal(match.group('id'))}")
            have_step = True
        else:
            value = match.group("dq") or match.group("sq") or match.group("bare") or ""
            conditions.append(_attribute(match.group("attr"), match.group("op"), value))
            have_step = True
    close_step("")
    return "".join(steps)


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
