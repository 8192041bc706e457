"""The single pass over the page that gathers every metadata source."""

from __future__ import annotations

import html
import logging
import re
from typing import Any, Final, cast

import lxml.etree
import lxml.html

from vn_newsdoc._tree import text_content
from vn_newsdoc.html._jsonld import is_article, load_jsonld
from vn_newsdoc.html._thresholds import (
    JSONLD_STUB_KEYS,
    MICRODATA_TEXT_MAX,
)
from vn_newsdoc.text import clean_or_none

_log = logging.getLogger(__name__)

# Microdata on visible elements, read only when the sources above it leave a field empty;
# reached from the attributes, which libxml2 finds faster than testing every element
# ("//*/@itemprop" walks the elements only, where "//@itemprop" walks every node).
_ITEMPROPS: Final = lxml.etree.XPath("(//*/@itemprop)/parent::*[not(self::meta)]")
_MICRODATA_PROPS: Final = frozenset(
    {"headline", "datepublished", "datemodified", "author", "articlesection", "description"}
)
_JSONLD: Final = "application/ld+json"
_ENTITY: Final = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_LIST_SEPARATOR: Final = re.compile(r"[,;]")
_URL_LIKE: Final = re.compile(
    r"^(?:https?:)?//|^www\.|\.(?:com|net|org|vn|info|biz)\b", re.IGNORECASE
)
# The meta tags (lower case) read for the publication time, the update time and the
# authors, most reliable first: the cascades try them in this order.
_PUBLISHED_METAS: Final = (
    "article:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "datepublished",
    "itemprop:datepublished",
    "og:published_time",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "date",
    "parsely-pub-date",
    "sailthru.date",
    "originalpublicationdate",
    "article.published",
)
_UPDATED_METAS: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "itemprop:datemodified",
    "dcterms.modified",
)
_AUTHOR_METAS: Final = (
    "article:author",
    "dable:author",
    "author",
    "dc.creator",
    "itemprop:author",
)
# The meta tag names (lower case; "itemprop:" and the property for a meta tag named only
# by its itemprop) that a cascade reads: a meta tag named otherwise (og:image, viewport,
# fb:app_id: most of a page's) is not filed.
# test_metadata_shortcuts checks the readings against filing every name.
_WANTED_METAS: Final = frozenset(
    {
        # headlines
        "headline",
        "itemprop:headline",
        "og:title",
        "twitter:title",
        "title",
        "dc.title",
        *_PUBLISHED_METAS,
        *_UPDATED_METAS,
        *_AUTHOR_METAS,
        # description
        "og:description",
        "description",
        "itemprop:description",
        "twitter:description",
        # url, site name, section, tags, language, type
        "og:url",
        "canonical",
        "og:site_name",
        "application-name",
        "article:section",
        "articlesection",
        "itemprop:articlesection",
        "article:tag",
        "news_keywords",
        "keywords",
        "content-language",
        "language",
        "inlanguage",
        "og:locale",
        "og:type",
    }
)
_NOT_AUTHORS: Final = frozenset(
    {
        "admin",
        "administrator",
        "webmaster",
        "editor",
        "seo",
        "team",
        "traffic",
        "bbt",
        "ban biên tập",
        "tòa soạn",
        "toà soạn",
        "nhóm pv",
        "pv",
        "phóng viên",
        "cộng tác viên",
        "ctv",
        "unknown",
        "anonymous",
    }
)


class _Collected:
    """Everything gathered in the single pass, before the cascades choose.

    A plain class (no attrs): the compiled build makes it a struct read without lookups.
    """

    __slots__ = (
        "_microdata",
        "article",
        "articles",
        "buttons",
        "canonical",
        "jsonld",
        "lang",
        "mains",
        "metas",
        "og_url_meta",
        "root",
        "title",
    )

    def __init__(self, root: lxml.etree._Element | None = None) -> None:
        self.metas: dict[str, list[str]] = {}
        self.article: dict[str, Any] | None = None
        # The JSON-LD objects that describe an article, in page order.
        self.articles: list[dict[str, Any]] = []
        self.jsonld: list[dict[str, Any]] = []
        self.root = root
        self._microdata: dict[str, str] | None = None
        self.canonical: str | None = None
        self.title: str | None = None
        self.lang: str | None = None
        # Found by the same walk for the page stripper (strip_page), which would otherwise
        # walk the page again for them: the buttons and <main> elements, in page order.
        self.buttons: list[lxml.etree._Element] = []
        self.mains: list[lxml.etree._Element] = []
        # The first <meta property="og:url"> (property in any case, content or not), which
        # the site profiles are matched by.
        self.og_url_meta: lxml.etree._Element | None = None

    def resolve(self, obj: dict[str, Any]) -> dict[str, Any]:
        """A JSON-LD reference (``{"@id": …}`` alone) replaced by the object it names."""
        ref = obj.get("@id")
        if len(obj) == 1 and isinstance(ref, str):
            for other in self.jsonld:
                if other.get("@id") == ref and len(other) > 1:
                    return other
        return obj

    def micro(self, prop: str) -> str | None:
        """The first microdata value of ``prop`` (lower case), read on first need, and
        only on pages without a JSON-LD article (which states the same facts better)."""
        if self.article is not None:
            return None
        if self._microdata is None:
            self._microdata = _read_microdata(self.root) if self.root is not None else {}
        return self._microdata.get(prop)


def _collect(root: lxml.etree._Element, name: str) -> _Collected:
    # One walk over the tree, filtered by tag in C (far cheaper than an XPath union); it
    # also finds the buttons and <main> elements the page stripper looks at.
    got = _Collected(root=root)
    lang = root.get("lang") or root.get("xml:lang")
    got.lang = lang.strip() if lang else None
    for node in root.iter("meta", "link", "title", "script", "button", "main"):
        # A tag name (what the names filter): compared as a str in the compiled build.
        tag = cast(str, node.tag)
        if tag == "meta":
            if _add_meta(node, got.metas) and got.og_url_meta is None:
                got.og_url_meta = node
        elif tag == "link":
            if got.canonical is None and "canonical" in (node.get(b"rel") or "").lower().split():
                got.canonical = node.get(b"href")
        elif tag == "title":
            if got.title is None:
                got.title = _title_text(node)
        elif tag == "button":
            got.buttons.append(node)
        elif tag == "main":
            got.mains.append(node)
        elif _is_jsonld(node.get(b"type")):
            # The text asked for once: each .text makes a new str of the whole block.
            text = node.text
            if text:
                found = load_jsonld(text)
                if not found and text.strip():
                    _log.info("%s: a JSON-LD block could not be read and was skipped", name)
                got.jsonld.extend(found)
    got.articles = [o for o in got.jsonld if is_article(o)]
    # The first article object with more fields than a stub (pages sometimes repeat a
    # stub), else the first article object.
    for obj in got.articles:
        if len(obj) > JSONLD_STUB_KEYS:
            got.article = obj
            break
    else:
        if got.articles:
            got.article = got.articles[0]
    return got


def _is_jsonld(kind: str | None) -> bool:
    """Whether a ``<script>``'s type, stripped and lower-cased, is ``application/ld+json``.

    Only a type of 19 characters or more can be: lower() keeps each character's length but
    İ's (two characters, the second a combining dot, which that type does not hold), and
    strip() only shortens. Most scripts' ``text/javascript`` is not stripped and lowered.

    >>> _is_jsonld(" Application/LD+JSON "), _is_jsonld("text/javascript"), _is_jsonld(None)
    (True, False, False)
    """
    return kind is not None and len(kind) >= len(_JSONLD) and kind.strip().lower() == _JSONLD


def _title_text(node: lxml.etree._Element) -> str:
    """The ``<title>``'s text: its text nodes where it holds nothing else (as the parser
    makes it), which ``.text`` gives whole; else all its text (an XPath search)."""
    # len() counts the element, comment, processing-instruction and entity children, the
    # only ones .text would stop at or string() would read into.
    if len(node) == 0:
        return node.text or ""
    return text_content(node)


def _read_microdata(root: lxml.etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in _ITEMPROPS(root):
        prop = (node.get("itemprop") or "").strip().lower()
        if prop in _MICRODATA_PROPS and prop not in found:
            value = node.get("content") or node.get("datetime") or _short_text(node)
            if value and value.strip():
                found[prop] = value
    return found


def _add_meta(node: lxml.etree._Element, metas: dict[str, list[str]]) -> bool:
    """File a meta tag's content under those of its names a cascade reads; whether its
    property is ``og:url`` (in any case, spaces not trimmed)."""
    # The attributes in one call (a meta tag has two or three; each look-up by name costs
    # lxml a call and a search). An HTML tree has no two attributes of one name.
    content: str | None = None
    prop: str | None = None
    keys: list[str] = []
    named = False
    og_url = False
    for attribute, value in node.items():
        if attribute == "content":
            content = value
        elif attribute in ("name", "property", "http-equiv"):  # (compiled: three comparisons)
            if attribute == "property" and value.lower() == "og:url":
                og_url = True
            key = value.strip()
            if key:
                named = True
                key = key.lower()
                if key in _WANTED_METAS and key not in keys:
                    keys.append(key)
        elif attribute == "itemprop":
            prop = value
    if content is None:
        return og_url
    if not named:
        # itemprop counts only on a meta without a name: <meta name="lastmod"
        # itemprop="dateModified"> is the templates' lastmod, not a modification time.
        if not prop:
            return og_url
        key = "itemprop:" + prop.strip().lower()
        if key in _WANTED_METAS:
            keys.append(key)
    for key in keys:
        metas.setdefault(key, []).append(content)
    return og_url


def _short_text(node: lxml.etree._Element) -> str | None:
    # Microdata on a visible element: its text, but never a whole article body.
    text: str = text_content(node)
    return text if len(text) <= MICRODATA_TEXT_MAX else None


def _first(got: _Collected, *keys: str) -> str | None:
    for key in keys:
        for value in got.metas.get(key, ()):
            text = _text(value)
            if text:
                return text
    return None


def _split_list(value: str) -> list[str]:
    """``value`` split at commas and semicolons, without the white space around them.

    What ``re.split(r"\\s*[,;]\\s*", value)`` gives, in linear time: that pattern tries
    every position of a run of spaces and rescans the run from each (quadratic).

    >>> _split_list(" Giá vàng ; kinh tế,, ")
    [' Giá vàng', 'kinh tế', '', '']
    """
    parts = _LIST_SEPARATOR.split(value)
    last = len(parts) - 1
    for i in range(1, last + 1):
        parts[i] = parts[i].lstrip()
    for i in range(last):
        parts[i] = parts[i].rstrip()
    return parts


def _text(value: object) -> str | None:
    """Clean text from a metadata value, with HTML entities unescaped (twice at most:
    CMSs double-escape JSON-LD strings)."""
    if not isinstance(value, str):
        return None
    for _ in range(2):
        if "&" not in value or not _ENTITY.search(value):
            break
        value = html.unescape(value)
    return clean_or_none(value)


def _ld_text(value: object) -> str | None:
    if isinstance(value, list):
        for item in value:
            text = _ld_text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return _ld_text(value.get("name") or value.get("@id") or value.get("url"))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return _text(value)


# ---------------------------------------------------------------------------------------
# The cascades.
