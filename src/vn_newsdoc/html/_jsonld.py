"""Read JSON-LD blocks the way browsers and search engines tolerate them.

Pages serve JSON-LD that a strict JSON parser refuses: HTML comments or CDATA markers
around it, raw control characters (line breaks, tabs) inside strings, trailing commas,
JavaScript comments, ``\\'`` escapes, several objects one after the other in one
``<script>``, a stray semicolon at the end.
:func:`load_jsonld` reads all of those and returns every object found, flattened out of
lists and ``@graph`` arrays; what it cannot read at all it skips (the caller logs it).

>>> [o["@type"] for o in load_jsonld('<!-- {"@type": "NewsArticle", "headline": "Tin",} -->')]
['NewsArticle']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, Final

__all__ = ["ARTICLE_TYPES", "image_parts", "is_article", "load_jsonld", "types_of"]

ARTICLE_TYPES: Final = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "ScholarlyArticle",
    }
)
"""The schema.org types read as an article. A ``WebPage`` counts only when it carries
article fields (``headline`` or ``datePublished``)."""

_WRAPPERS: Final = re.compile(
    r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$"
)
_OPENERS: Final = ("<!--", "//", "<![CDATA[")
# One pass over the text that sees strings whole, so that what it drops (comments and
# trailing commas) is never inside a string; in strings it fixes the invalid escape \'.
_REPAIR: Final = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*[\s\S]*?\*/|,(?=\s*[}\]])')


def _number(digits: str) -> int | float:
    """A JSON integer; past Python's digit limit for ``int`` (4,300), a float (``inf``)."""
    try:
        return int(digits)
    except ValueError:
        return float(digits)


# strict=False: control characters in strings; parse_int: a 5,000-digit "datePublished"
# would make int() raise a plain ValueError from inside the decoder.
_DECODER: Final = json.JSONDecoder(strict=False, parse_int=_number)
_MAX_OBJECTS: Final = 200
_MAX_NESTING: Final = 40


def load_jsonld(text: str) -> list[dict[str, Any]]:
    """Every JSON-LD object in one ``<script>`` body, flattened, in document order.

    Args:
        text: The script's text.

    Returns:
        The objects (dicts) found: top-level ones, members of top-level lists and of
        ``@graph`` arrays, and their ``mainEntity`` when it is an object. Unreadable text
        gives ``[]``.

    >>> len(load_jsonld('{"@type": "A"} {"@type": "B"};'))
    2
    >>> load_jsonld('{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle"}]}')[1]["@type"]
    'NewsArticle'
    """
    found: list[dict[str, Any]] = []
    for value in _values(_unwrap(text)):
        _flatten(value, found, 0)
        if len(found) >= _MAX_OBJECTS:
            break
    return found[:_MAX_OBJECTS]


def types_of(obj: dict[str, Any]) -> tuple[str, ...]:
    """The object's ``@type`` values, without a ``schema:`` or URL prefix.

    >>> types_of({"@type": ["http://schema.org/NewsArticle", "schema:Thing"]})
    ('NewsArticle', 'Thing')
    """
    raw = obj.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return tuple(
        t.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip() for t in items if isinstance(t, str)
    )


def is_article(obj: dict[str, Any]) -> bool:
    """Whether a JSON-LD object describes an article (see :data:`ARTICLE_TYPES`).

    >>> is_article({"@type": "WebPage", "headline": "Tin"}), is_article({"@type": "WebSite"})
    (True, False)
    """
    types = types_of(obj)
    if any(t in ARTICLE_TYPES for t in types):
        return True
    return "WebPage" in types and ("headline" in obj or "datePublished" in obj)


def image_parts(obj: dict[str, Any]) -> list[tuple[str | None, str | None, str | None]]:
    """The article object's images as ``(caption, credit, address)``, in order.

    ``image`` may be an address, an ``ImageObject`` (``caption``, ``creditText``,
    ``contentUrl`` or ``url``) or a list of either; values are returned as found (not yet
    cleaned), images with none of the three left out.

    >>> image_parts({"image": [{"@type": "ImageObject", "caption": "Đường ngập",
    ...     "creditText": "Vi Thu", "contentUrl": "https://a.vn/1.jpg"}, "https://a.vn/2.jpg"]})
    [('Đường ngập', 'Vi Thu', 'https://a.vn/1.jpg'), (None, None, 'https://a.vn/2.jpg')]
    """
    raw = obj.get("image")
    found: list[tuple[str | None, str | None, str | None]] = []
    for item in (raw if isinstance(raw, list) else [raw])[:_MAX_OBJECTS]:
        if isinstance(item, str):
            found.append((None, None, item))
        elif isinstance(item, dict):
            parts = tuple(
                value if isinstance(value, str) else None
                for value in (
                    item.get("caption"),
                    item.get("creditText"),
                    item.get("contentUrl") or item.get("url"),
                )
            )
            if any(parts):
                found.append((parts[0], parts[1], parts[2]))
    return found


def _unwrap(text: str) -> str:
    text = text.strip()
    # Every wrapper that _WRAPPERS removes opens the text or holds "-->" or "]]>": a text
    # without them is not searched (the pattern's closing part is tried at every character).
    if "-->" not in text and "]]>" not in text and not text.startswith(_OPENERS):
        return text
    return _WRAPPERS.sub("", text).strip()


def _values(text: str) -> Iterator[Any]:
    """Decode one value after another; repair trailing commas when that is what fails."""
    pos, end = 0, len(text)
    repaired = False
    while pos < end:
        while pos < end and text[pos] in " \t\r\n;,\ufeff":
            pos += 1
        if pos >= end:
            return
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except (json.JSONDecodeError, RecursionError):
            if repaired:
                return
            # Repair the rest once: trailing commas, JavaScript comments, \' escapes.
            text, repaired = text[:pos] + _REPAIR.sub(_repair, text[pos:]), True
            end = len(text)
            continue
        yield value


def _repair(match: re.Match[str]) -> str:
    token = match.group()
    if token.startswith('"'):
        return token.replace("\\'", "'")
    return ""


def _flatten(value: Any, found: list[dict[str, Any]], depth: int) -> None:
    if depth > _MAX_NESTING or len(found) >= _MAX_OBJECTS:
        return
    if isinstance(value, list):
        for item in value:
            _flatten(item, found, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if "@type" in value or not isinstance(graph, list):
            found.append(value)
        if isinstance(graph, list):
            _flatten(graph, found, depth + 1)
        main = value.get("mainEntity")
        if isinstance(main, dict | list):
            _flatten(main, found, depth + 1)
