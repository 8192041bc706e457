"""The checks of :class:`~vn_newsdoc.Limits` on what a reader has parsed: an lxml tree
(HTML, XML) or a JSON value. One compiled XPath per ceiling, or one loop, each linear.

>>> from lxml import etree
>>> check_tree(etree.fromstring("<a><b>x</b></a>"), Limits(max_depth=1), None)
Traceback (most recent call last):
...
vn_newsdoc.errors.InputLimitError: input exceeds the depth limit: 2 > 1; raise it with limits=Limits(max_depth=...)
"""  # noqa: E501

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, Final

from vn_newsdoc.errors import InputLimitError
from vn_newsdoc.limits import Limits

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "check_attributes",
    "check_json",
    "check_lines",
    "check_text_size",
    "check_tree",
]

# Text that is not read as text: scripts and style sheets (but JSON-LD, whose strings are
# read), and data: addresses in attributes (inline images).
_HTML_TEXT = "[not(parent::script or parent::style) or parent::script[contains(@type, 'ld+json')]]"
_HTML_ATTRIBUTE = "[not(starts-with(., 'data:'))]"
# The elements a parser may add to a page beyond its tags (html, head, body).
_IMPLIED = 16


# lxml is imported on first use: the JSON and text readers check their ceilings here too,
# and need no lxml.
@functools.lru_cache(maxsize=1)
def _count() -> etree.XPath:
    from lxml import etree  # noqa: PLC0415

    return etree.XPath("count(//*)")


@functools.lru_cache(maxsize=8)
def _too_deep(depth: int) -> etree.XPath:
    """True when some element sits deeper than ``depth`` levels below the root element."""
    from lxml import etree  # noqa: PLC0415

    return etree.XPath("boolean(/*" + "/*" * depth + ")")


@functools.lru_cache(maxsize=16)
def _too_long(length: int, html: bool) -> etree.XPath:
    """The text nodes and attribute values longer than ``length`` characters."""
    from lxml import etree  # noqa: PLC0415

    text, attribute = (_HTML_TEXT, _HTML_ATTRIBUTE) if html else ("", "")
    return etree.XPath(
        f"//text()[string-length() > {length}]{text} | //@*[string-length() > {length}]{attribute}"
    )


def check_tree(
    root: Any,
    limits: Limits,
    source_name: str | None,
    *,
    html: bool = False,
    depth: bool = True,
    data: bytes | None = None,
    tags: int | None = None,
) -> None:
    """Raise :class:`~vn_newsdoc.errors.InputLimitError` if the tree passes a ceiling.

    Args:
        root: The root element.
        limits: The ceilings.
        source_name: Where the input came from, for the message.
        html: Leave out scripts and style sheets (JSON-LD kept) and ``data:`` addresses.
        depth: Check the depth (``False`` when the parser has checked it).
        data: The bytes the tree was parsed from, where known: a ceiling the bytes cannot
            pass is not looked for in the tree (no text is longer than the input; no tree
            has more elements than three for each ``<``, implied ones included: the
            parser makes an element of a start tag, and at most one implied paragraph of
            each run of text between two ``<``). Counting the ``<`` of the bytes takes a
            third of the time of counting the tree's elements.
        tags: ``data.count(b"<")``, where the caller has counted it already.
    """
    if depth and _too_deep(limits.max_depth)(root):
        raise InputLimitError("depth", limits.max_depth + 1, limits.max_depth, source=source_name)
    # 3 * count("<") + _IMPLIED > max_elements, in whole numbers:
    bound = (limits.max_elements - _IMPLIED) // 3
    if data is None or (_more_than(data, b"<", bound) if tags is None else tags > bound):
        elements = int(_count()(root))
        if elements > limits.max_elements:
            raise InputLimitError("elements", elements, limits.max_elements, source=source_name)
    if data is not None and len(data) <= limits.max_text:
        return
    too_long = _too_long(limits.max_text, html)(root)
    if too_long:
        longest = max(len(value) for value in too_long)
        raise InputLimitError("text", longest, limits.max_text, source=source_name)


def _more_than(data: bytes, byte: bytes, limit: int) -> bool:
    """Whether ``data.count(byte) > limit``, found faster: deleting the first ``limit + 1``
    of them (each found by ``memchr``) and measuring what is left, where ``count`` tests
    every byte one by one.

    >>> _more_than(b"<a><b>", b"<", 1), _more_than(b"<a><b>", b"<", 2), _more_than(b"", b"<", -1)
    (True, False, True)
    """
    if limit < 0:
        return True
    if len(data) <= limit:
        return False
    return len(data) - len(data.replace(byte, b"", limit + 1)) > limit


def check_text_size(text: str | bytes, limits: Limits, source_name: str | None) -> None:
    """Raise :class:`~vn_newsdoc.errors.InputLimitError` if ``text`` is longer than
    ``max_bytes`` (bytes, or characters)."""
    if len(text) > limits.max_bytes:
        raise InputLimitError("bytes", len(text), limits.max_bytes, source=source_name)


def check_json(
    value: object, limits: Limits, source_name: str | None, *, text: str | None = None
) -> None:
    """Raise :class:`~vn_newsdoc.errors.InputLimitError` if a decoded JSON value passes a
    ceiling: nesting of arrays and objects, their number, the length of a string or key.

    ``text`` is the JSON text ``value`` was decoded from, where the caller has it: a text
    too small to pass any ceiling (see :func:`_json_within`) spares the walk over the value.

    >>> check_json({"body": [{"text": "x" * 10}]}, Limits(max_text=5), None)
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.InputLimitError: input exceeds the text limit: 10 > 5; raise it with limits=Limits(max_text=...)
    """  # noqa: E501
    if text is not None and _json_within(text, limits):
        return
    stack: list[tuple[object, int]] = [(value, 1)]
    containers = 0
    while stack:
        item, level = stack.pop()
        if isinstance(item, str):
            if len(item) > limits.max_text:
                raise InputLimitError("text", len(item), limits.max_text, source=source_name)
            continue
        if isinstance(item, dict):
            children: list[object] = [*item, *item.values()]
        elif isinstance(item, list):
            children = item
        else:
            continue
        containers += 1
        if containers > limits.max_elements:
            raise InputLimitError("elements", containers, limits.max_elements, source=source_name)
        if level > limits.max_depth:
            raise InputLimitError("depth", level, limits.max_depth, source=source_name)
        stack.extend((child, level + 1) for child in children)


def _json_within(text: str, limits: Limits) -> bool:
    """Whether the value decoded from the JSON ``text`` keeps every ceiling of
    :func:`check_json`, as told by the text alone (``False``: it may not; walk it).

    Every array or object opens with a ``[`` or ``{`` of its own in the text (those inside
    strings only add to the count), so their number is at most the count of these
    characters, and so is their nesting. A decoded string or key is shorter than the text
    (escapes only shorten it). Two counts in C stand for a walk over every value.

    >>> _json_within('{"body": [{"text": "xx"}]}', Limits()), _json_within("[[[]]]", Limits(max_depth=2))
    (True, False)
    """  # noqa: E501
    if len(text) > limits.max_text:
        return False
    opened = text.count("{") + text.count("[")
    return opened <= limits.max_elements and opened <= limits.max_depth


def check_lines(text: str, limits: Limits, source_name: str | None) -> None:
    """Raise :class:`~vn_newsdoc.errors.InputLimitError` if a plain-text dump has more
    lines than ``max_elements`` or a line longer than ``max_text``.

    >>> check_lines("Tin\\n\\nNước dâng cao.", Limits(max_elements=2), None)
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.InputLimitError: input exceeds the elements limit: 3 > 2; raise it with limits=Limits(max_elements=...)
    """  # noqa: E501
    lines = text.splitlines()
    if len(lines) > limits.max_elements:
        raise InputLimitError("elements", len(lines), limits.max_elements, source=source_name)
    longest = max(map(len, lines), default=0)
    if longest > limits.max_text:
        raise InputLimitError("text", longest, limits.max_text, source=source_name)


# A start tag and the attributes in it, read as libxml2 reads them: a quoted value may hold
# "<" and ">". Every quantifier runs over characters the next token cannot start with, so a
# match is linear in the tag's length.
_START_TAG = re.compile(rb"<[A-Za-z][^\s/<>]*")
# An attribute's name, and its value if it has one (read by _ATTRIBUTE and _crowded_tag).
_NAME = rb"""[^\s"'<>/=]+"""
_VALUE = rb"""(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?"""
_ATTRIBUTE = re.compile(rb"\s*(?:(" + _NAME + rb")" + _VALUE + rb"|/)")
# Past this many "=" in a page every start tag is counted: quoted values holding ">" could
# otherwise hide a long start tag from the search by segments (real pages hold < 50,000).
_EQUALS_TRUSTED = 100_000


def _attributes_in_tag(data: bytes, start: int, stop_after: int) -> int:
    """How many attributes the start tag at ``start`` holds (counting stops past ``stop_after``)."""
    name = _START_TAG.match(data, start)
    if name is None:
        return 0
    pos = name.end()
    count = 0
    while count <= stop_after:
        match = _ATTRIBUTE.match(data, pos)
        if match is None or match.end() == pos:
            break
        if match.start(1) >= 0:  # an attribute's name (not a "/"), its value not copied
            count += 1
        pos = match.end()
    return count


# Past this many attributes the ceiling's tags are counted by _attributes_in_tag alone (a
# repeat count the regex engine takes is far above any ceiling a page could pass).
_CROWDED_LIMIT_MAX: Final = 100_000_000


@functools.lru_cache(maxsize=8)
def _crowded_tag(limit: int) -> re.Pattern[bytes]:
    """A start tag with more than ``limit`` attributes as :func:`_attributes_in_tag`
    counts them, matched in one call: its name, then ``limit + 1`` times the "/" tokens
    and the attribute that follow, each token as :data:`_ATTRIBUTE` matches it (a name
    and its value, or a "/"). Every part is an atomic group, so the engine tries no other
    split of the tag than the loop's (a shorter name, a name cut in two): the pattern
    matches exactly where the loop counts ``limit + 1``, and in linear time.

    >>> _crowded_tag(2).match(b"<a b c=1 / d>") is not None, _crowded_tag(3).match(b"<a b c d>")
    (True, None)
    """
    name = rb"(?>" + _START_TAG.pattern + rb")"
    attribute = rb"(?>\s*" + _NAME + _VALUE + rb")"
    return re.compile(
        name + rb"(?>(?>\s*/)*" + attribute + rb"){" + str(limit + 1).encode() + rb"}"
    )


def _long_pieces(data: bytes, span: int) -> list[tuple[int, int]]:
    """Where ``data.split(b">")`` has a piece longer than ``span`` bytes: ``(start, end)``
    of each, in order.

    Without splitting: a window of ``span + 1`` bytes after a ``>`` that holds another
    ``>`` has no long piece starting in it, so the search jumps to that window's last ``>``
    (one :meth:`bytes.rfind` per ``span`` bytes or so, at C speed).

    >>> _long_pieces(b"<a b c>xy>z", 3), _long_pieces(b"abcd>xy>z", 3)
    ([(0, 6)], [(0, 4)])
    """
    found: list[tuple[int, int]] = []
    size = len(data)
    last = -1  # the ">" before the piece looked at (-1: the start of the data)
    while last + span + 1 < size:
        closer = data.rfind(b">", last + 1, last + span + 2)
        if closer >= 0:
            last = closer
            continue
        end = data.find(b">", last + 1)
        end = size if end < 0 else end
        found.append((last + 1, end))
        last = end
    return found


# ASCII letters: "a" to "z", and a capital made small by setting its bit 0x20.
_A: Final = 0x61
_Z: Final = 0x7A
_LOWER: Final = 0x20


def _tag_starts(data: bytes, begin: int, stop: int, starts: list[int]) -> None:
    """Add to ``starts`` where a start tag (``_START_TAG``) begins in ``data[begin:stop]``.

    A start tag is a ``<`` before an ASCII letter, so each ``<`` is found by
    :meth:`bytes.find` (``memchr``), where the expression tries every byte: the long
    pieces searched are mostly scripts, style sheets and ``data:`` addresses, with few
    ``<`` in them.

    >>> found: list[int] = []
    >>> _tag_starts(b"a<b <1 <c<", 0, 10, found)
    >>> found
    [1, 7]
    """
    if stop <= begin:  # an empty piece (bytes.find would count a negative stop from the end)
        return
    last = len(data) - 1
    pos = data.find(b"<", begin, stop)
    while pos >= 0:
        if pos < last:
            letter = data[pos + 1] | _LOWER  # an ASCII letter in lower case
            if _A <= letter <= _Z:
                starts.append(pos)
        pos = data.find(b"<", pos + 1, stop)


def check_attributes(
    data: bytes, limits: Limits, source_name: str | None, *, equals: int | None = None
) -> None:
    """Refuse markup with an element of more than ``limits.max_attributes`` attributes.

    Runs before the parse: libxml2 compares each attribute of an element with all the ones
    before it, so a million attributes on one element would keep it busy for hours. A start
    tag with more attributes than the ceiling spans at least twice as many bytes before its
    ``>``, so only the start tags ending a piece between two ``>`` longer than that are
    counted (the pieces found by jumps of that length, at C speed); a page with very many
    ``=`` (where quoted values holding ``>`` could cut a long tag into short pieces) has
    every start tag counted. ``equals`` is ``data.count(b"=")``, where the caller has
    counted it already.

    Raises:
        InputLimitError: An element holds more attributes than ``limits.max_attributes``.
    """
    limit = limits.max_attributes
    span = 2 * limit
    if len(data) <= span:
        return
    starts: list[int] = []
    if _more_than(data, b"=", _EQUALS_TRUSTED) if equals is None else equals > _EQUALS_TRUSTED:
        starts = [m.start() for m in _START_TAG.finditer(data)]
    else:
        for begin, end in _long_pieces(data, span):
            _tag_starts(data, begin, end - span, starts)
    if limit <= _CROWDED_LIMIT_MAX:
        # One match for each tag, where the loop takes a call for each attribute; where
        # it raises, the loop counts limit + 1 (it stops there).
        crowded = _crowded_tag(limit)
        for start in starts:
            if crowded.match(data, start) is not None:
                raise InputLimitError("attributes", limit + 1, limit, source=source_name)
        return
    for start in starts:
        count = _attributes_in_tag(data, start, limit)
        if count > limit:
            raise InputLimitError("attributes", count, limit, source=source_name)
