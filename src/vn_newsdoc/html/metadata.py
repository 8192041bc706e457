"""What a page says about its article in metadata: JSON-LD, OpenGraph, ``<meta>``, microdata.

:func:`extract_metadata` reads the page's metadata in one pass and fills a
:class:`PageMetadata`. Each field is a cascade of small sources, most reliable first, and
:attr:`PageMetadata.sources` records which source gave each field:

* **headlines**: JSON-LD ``headline``/``name``, ``<meta name=headline>``, ``og:title``,
  ``twitter:title``, ``<meta name=title>``, microdata ``headline``, ``<title>``; each with
  the site's suffix stripped (``" - VnExpress"``, ``" | Báo Dân trí"``).
* **published**: JSON-LD ``datePublished``, ``article:published_time``, ``<meta>``
  ``pubdate``, ``publishdate``, ``datePublished``, ``dc.date(.issued)``, ``date``,
  ``OriginalPublicationDate``, ``article.published``, ``parsely-pub-date``,
  ``sailthru.date``, microdata ``datePublished``.
* **updated**: JSON-LD ``dateModified``, ``article:modified_time``, ``og:updated_time``,
  ``<meta name=dateModified>``, microdata ``dateModified``; **not** ``<meta
  name=lastmod>``, which the VnExpress and Tuổi Trẻ templates fill with the publication
  time or a silent re-save; dropped when it equals ``published``.
* **byline**: JSON-LD ``author`` (people only, ``@id`` references resolved),
  ``article:author``, ``dable:author``, ``<meta name=author>``, ``dc.creator``, microdata
  ``author``; values naming the site itself, URLs, handles and teams are not authors, and
  a source that gives none falls through to the next.
* **description**: JSON-LD ``description``, ``og:description``, ``<meta
  name=description>``, ``twitter:description`` (a lead candidate; its outlet tag is left
  in place).
* **url**: ``<link rel=canonical>``, ``og:url``, JSON-LD ``url``/``mainEntityOfPage``,
  ``<meta name=canonical>``, then the URL passed in.
* **site_name**: ``og:site_name``, JSON-LD ``publisher.name``, ``application-name``.
* **section**: JSON-LD ``articleSection``, ``article:section``, ``<meta
  name=articleSection>``, microdata ``articleSection`` (the most specific of a comma list).
* **tags**: ``article:tag``, JSON-LD ``keywords``, ``news_keywords``, ``keywords``.
* **language**: JSON-LD ``inLanguage``, ``<meta>`` ``content-language``/``language``/
  ``inLanguage``, ``<html lang>``, ``og:locale``.

The page is walked once, filtered by tag in C (``<meta>``, ``<link>``, ``<title>``,
``<script>``); microdata on visible elements is read (one compiled XPath) only on pages
without a JSON-LD article, and only when a field is still empty.

Times are read by ``vn_newsdoc.html._metatime.read_meta_time`` and stated as the
metadata writes them; a time without an offset is Vietnam time (+07:00), except on a page
that declares another language and has no Vietnamese letter in its headline, where it is
UTC (see ``vn_newsdoc.html._metatime.naive_zone``). Metadata is
sometimes wrong in the offset, and :func:`vn_newsdoc.html.read_html` settles that against
the visible dateline: where the dateline prints its offset (``GMT+7``) and shows the same
wall-clock minute as the metadata under another offset, the metadata's time (with its
seconds) is taken at the dateline's offset, and the update time, if it carries the same
wrong offset, is moved likewise. Where the dateline prints no offset the metadata's offset
stands. In the corpus: VnExpress' 2018-2019 pages write Vietnam time with ``+08:00``
(corrected, the dateline says ``GMT+7``); a WordPress page writes ``+00:00`` with a
dateline that has no offset (kept, since its clock is UTC); cafef writes no offset at all
(Vietnam time); a 24h re-post carries the original copy's times in its metadata (its site
profile prefers the dateline).

>>> from vn_newsdoc.html._parse import parse_html
>>> page = parse_html('''<html><head><title>Mưa lớn ở Quảng Tín - Báo Đắk Nông</title>
... <meta property="article:published_time" content="2019-08-07T15:43:00+07:00">
... <meta property="og:site_name" content="Báo Đắk Nông"></head><body></body></html>''')
>>> meta = extract_metadata(page, url=None)
>>> meta.headline, meta.published.isoformat(), meta.sources["published"]
('Mưa lớn ở Quảng Tín', '2019-08-07T15:43:00+07:00', 'article:published_time')
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
import lxml.etree
import lxml.html

from vn_newsdoc.html._jsonld import is_article, load_jsonld, types_of
from vn_newsdoc.html._metatime import MetaTime, naive_zone, read_meta_time
from vn_newsdoc.html._titles import host_brands, strip_site_suffix
from vn_newsdoc.model import Author, Byline
from vn_newsdoc.text import clean, clean_or_none, fold_key
from vn_newsdoc.vi import parse_author_meta

__all__ = ["PageMetadata", "extract_metadata"]

_log = logging.getLogger(__name__)

# Microdata on visible elements, read only when the sources above it leave a field empty.
_ITEMPROPS = lxml.etree.XPath("//*[@itemprop][not(self::meta)]")
_MICRODATA_PROPS = frozenset(
    {"headline", "datepublished", "datemodified", "author", "articlesection", "description"}
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_LIST_SPLIT = re.compile(r"\s*[,;]\s*")
_URL_LIKE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|net|org|vn|info|biz)\b", re.IGNORECASE)
_NOT_AUTHORS = frozenset(
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


@attrs.frozen
class PageMetadata:
    """What the page's metadata says, field by field, with where each value came from.

    Every text is clean (:func:`vn_newsdoc.text.clean`); absent values are ``None`` or
    ``()``.
    """

    headlines: tuple[str, ...] = ()
    """Headline candidates, most reliable first, suffixes stripped, without repeats."""
    published: dt.datetime | None = None
    """The publication time metadata states (aware)."""
    published_has_time: bool = False
    """Whether ``published`` came with a time of day (else it is midnight, Vietnam time)."""
    published_has_offset: bool = False
    """Whether the metadata string stated an offset (``Z`` included)."""
    updated: dt.datetime | None = None
    """The last-modified time metadata states, where it differs from ``published``."""
    byline: Byline | None = None
    """The authors (and source) metadata credits, people only."""
    description: str | None = None
    """The page's description: often the lead, sometimes with its outlet tag."""
    url: str | None = None
    """The canonical URL (absolute), else the URL the page was read from."""
    site_name: str | None = None
    """The site's name as the page gives it (``og:site_name``)."""
    section: str | None = None
    """The section the article is filed under."""
    tags: tuple[str, ...] = ()
    """The article's tags or keywords, in page order, without repeats."""
    language: str | None = None
    """The declared language, as a lower-case primary subtag (``"vi"``)."""
    is_article: bool = False
    """Whether the metadata declares an article (JSON-LD article type or ``og:type``
    ``article``)."""
    sources: Mapping[str, str] = attrs.field(factory=lambda: MappingProxyType({}))
    """For each field filled, the source that gave it (``"json-ld"``, ``"og:title"``,
    ``"meta:pubdate"``, ``"title"``...)."""

    @property
    def headline(self) -> str | None:
        """The most reliable headline candidate, or ``None``."""
        return self.headlines[0] if self.headlines else None


@attrs.define
class _Collected:
    """Everything gathered in the single pass, before the cascades choose."""

    metas: dict[str, list[str]] = attrs.field(factory=dict)
    article: dict[str, Any] | None = None
    jsonld: list[dict[str, Any]] = attrs.field(factory=list)
    root: lxml.html.HtmlElement | None = None
    _microdata: dict[str, str] | None = None

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

    canonical: str | None = None
    title: str | None = None
    lang: str | None = None


def extract_metadata(root: lxml.html.HtmlElement, *, url: str | None) -> PageMetadata:
    """Read the article metadata of a parsed page.

    Args:
        root: The page's root element (from ``vn_newsdoc.html._parse.parse_html``).
        url: Where the page came from, if known: resolves relative canonical URLs and
            helps strip the site's name from ``<title>``.

    Returns:
        The metadata, with :attr:`PageMetadata.sources` saying where each field came from.
        Never raises on odd metadata: what cannot be read is left out.

    >>> from vn_newsdoc.html._parse import parse_html
    >>> page = parse_html('<html><head><script type="application/ld+json">'
    ...     '{"@type": "NewsArticle", "headline": "Giá vàng giảm",'
    ...     ' "datePublished": "2026-03-07T08:07:18+07:00",}</script></head><body></body></html>')
    >>> m = extract_metadata(page, url="https://dantri.com.vn/kinh-doanh/a.htm")
    >>> m.headline, m.published.isoformat(), m.sources["headlines"]
    ('Giá vàng giảm', '2026-03-07T08:07:18+07:00', 'json-ld')
    """
    got = _collect(root, url or "page")
    sources: dict[str, str] = {}
    art = got.article or {}

    canonical = _canonical_url(got, art, url, sources)
    site_name = _site_name(got, sources)
    section = _section(got, art, sources)
    brands = host_brands(u for u in (url, canonical) if u)
    sections = _path_sections(u for u in (url, canonical) if u)
    if section:
        sections = (*sections, section)
    headlines = _headlines(
        got, art, (*brands, *([site_name] if site_name else [])), sections, sources
    )
    language = _language(got, art, sources)
    zone = naive_zone(language, headlines[0] if headlines else None)
    published = _first_time(_published_candidates(got, art), "published", sources, zone)
    updated = _first_time(_updated_candidates(got, art), "updated", sources, zone)
    updated_value = updated.value if updated else None
    if (
        updated_value is not None
        and published is not None
        and (_same_minute(updated_value, published.value) or updated_value < published.value)
    ):
        updated_value = None
        sources.pop("updated", None)
    byline = _byline(got, art, brands, site_name, sources)
    og_type = _first(got, "og:type")
    return PageMetadata(
        headlines=headlines,
        published=published.value if published else None,
        published_has_time=bool(published and published.has_time),
        published_has_offset=bool(published and published.has_offset),
        updated=updated_value,
        byline=byline,
        description=_description(got, art, sources),
        url=canonical,
        site_name=site_name,
        section=section,
        tags=_tags(got, art, sources),
        language=language,
        is_article=got.article is not None or (og_type or "").lower() == "article",
        sources=MappingProxyType(sources),
    )


# ---------------------------------------------------------------------------------------
# The single pass.


def _collect(root: lxml.html.HtmlElement, name: str) -> _Collected:
    # One walk over the tree, filtered by tag in C (far cheaper than an XPath union).
    got = _Collected(root=root)
    lang = root.get("lang") or root.get("xml:lang")
    got.lang = lang.strip() if lang else None
    for node in root.iter("meta", "link", "title", "script"):
        tag = node.tag
        if tag == "meta":
            _add_meta(node, got.metas)
        elif tag == "link":
            if got.canonical is None and "canonical" in (node.get("rel") or "").lower().split():
                got.canonical = node.get("href")
        elif tag == "title":
            if got.title is None:
                got.title = node.text_content()
        elif (node.get("type") or "").strip().lower() == "application/ld+json" and node.text:
            found = load_jsonld(node.text)
            if not found and node.text.strip():
                _log.info("%s: a JSON-LD block could not be read and was skipped", name)
            got.jsonld.extend(found)
    articles = [o for o in got.jsonld if is_article(o)]
    if articles:
        # The first article object with the most fields: pages sometimes repeat a stub.
        got.article = max(articles, key=lambda o: (len(o) > 3, -articles.index(o)))
    return got


def _read_microdata(root: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in _ITEMPROPS(root):
        prop = (node.get("itemprop") or "").strip().lower()
        if prop in _MICRODATA_PROPS and prop not in found:
            value = node.get("content") or node.get("datetime") or _short_text(node)
            if value and value.strip():
                found[prop] = value
    return found


def _add_meta(node: lxml.html.HtmlElement, metas: dict[str, list[str]]) -> None:
    content = node.get("content")
    if content is None:
        return
    keys = {
        k.strip().lower()
        for k in (node.get("name"), node.get("property"), node.get("http-equiv"))
        if k and k.strip()
    }
    if not keys:
        # itemprop counts only on a meta without a name: <meta name="lastmod"
        # itemprop="dateModified"> is the templates' lastmod, not a modification time.
        prop = node.get("itemprop")
        if not prop:
            return
        keys = {"itemprop:" + prop.strip().lower()}
    for key in keys:
        metas.setdefault(key, []).append(content)


def _short_text(node: lxml.html.HtmlElement) -> str | None:
    # Microdata on a visible element: its text, but never a whole article body.
    text: str = node.text_content()
    return text if len(text) <= 2000 else None


def _first(got: _Collected, *keys: str) -> str | None:
    for key in keys:
        for value in got.metas.get(key, ()):
            text = _text(value)
            if text:
                return text
    return None


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


def _headlines(
    got: _Collected,
    art: Mapping[str, Any],
    site_words: tuple[str, ...],
    sections: tuple[str, ...],
    sources: dict[str, str],
) -> tuple[str, ...]:
    exact = [
        ("json-ld", _ld_text(art.get("headline"))),
        ("json-ld", _ld_text(art.get("name"))),
        ("meta:headline", _first(got, "headline", "itemprop:headline")),
    ]
    if not any(t for _, t in exact):
        exact.append(("microdata:headline", _text(got.micro("headline"))))
    titled = [
        ("og:title", _first(got, "og:title")),
        ("twitter:title", _first(got, "twitter:title")),
        ("meta:title", _first(got, "title", "dc.title")),
        ("title", _text(got.title)),
    ]
    known = [t for _, t in exact + titled if t]
    found: list[tuple[str, str]] = [(s, t) for s, t in exact if t]
    for source, title in titled:
        if title:
            found.append((source, strip_site_suffix(title, site_words, sections, known)))
    seen: set[str] = set()
    result: list[str] = []
    for source, text in found:
        key = fold_key(text)
        if key in seen:
            continue
        if not result:
            sources["headlines"] = source
        seen.add(key)
        result.append(text)
    return tuple(result)


def _published_candidates(got: _Collected, art: Mapping[str, Any]) -> Iterable[tuple[str, Any]]:
    yield "json-ld", art.get("datePublished")
    for key in (
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
        "date",
        "parsely-pub-date",
        "sailthru.date",
        "originalpublicationdate",
        "article.published",
    ):
        for value in got.metas.get(key, ()):
            yield _label(key), value
    yield "microdata:datePublished", got.micro("datepublished")


def _updated_candidates(got: _Collected, art: Mapping[str, Any]) -> Iterable[tuple[str, Any]]:
    yield "json-ld", art.get("dateModified")
    for key in (
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "itemprop:datemodified",
        "dcterms.modified",
    ):
        for value in got.metas.get(key, ()):
            yield _label(key), value
    yield "microdata:dateModified", got.micro("datemodified")


def _label(key: str) -> str:
    return key if ":" in key else "meta:" + key


def _first_time(
    candidates: Iterable[tuple[str, Any]],
    field: str,
    sources: dict[str, str],
    zone: dt.timezone | None,
) -> MetaTime | None:
    for source, value in candidates:
        text = _ld_text(value)
        if not text:
            continue
        got = read_meta_time(text)
        if got is not None:
            sources[field] = source
            if zone is not None and got.has_time and not got.has_offset:
                # No offset on a page in another language: UTC, not Vietnam time.
                got = attrs.evolve(got, value=got.value.replace(tzinfo=zone))
            return got
    return None


def _same_minute(a: dt.datetime, b: dt.datetime) -> bool:
    return abs((a - b).total_seconds()) < 60 and a.utcoffset() == b.utcoffset()


def _byline(
    got: _Collected,
    art: Mapping[str, Any],
    brands: tuple[str, ...],
    site_name: str | None,
    sources: dict[str, str],
) -> Byline | None:
    # Tier by tier, most reliable first; the first tier that names someone wins.
    for source, values in _author_tiers(got, art):
        names: list[Author] = []
        source_org: str | None = None
        for raw in values:
            for value in _author_values(raw):
                if not _could_be_author(value, brands, site_name):
                    continue
                parsed = parse_author_meta(value)
                if parsed is None:
                    continue
                for author in parsed.authors:
                    if _could_be_author(author.name, brands, site_name) and author not in names:
                        names.append(author)
                source_org = source_org or parsed.source
        if names or source_org:
            sources["byline"] = source
            return Byline(authors=tuple(names), source=source_org)
    return None


def _author_tiers(got: _Collected, art: Mapping[str, Any]) -> Iterable[tuple[str, list[str]]]:
    authors = art.get("author")
    names: list[str] = []
    for item in authors if isinstance(authors, list) else [authors]:
        if isinstance(item, dict):
            person = got.resolve(item)
            types = types_of(person)
            if "Organization" in types or "NewsMediaOrganization" in types:
                continue
            name = _ld_text(person.get("name"))
        else:
            name = _ld_text(item)
        if name:
            names.append(name)
    yield "json-ld", names
    for key in ("article:author", "dable:author", "author", "dc.creator", "itemprop:author"):
        yield _label(key), [t for t in (_text(v) for v in got.metas.get(key, ())) if t]
    micro = _text(got.micro("author"))
    yield "microdata:author", [micro] if micro else []


_AND = re.compile(r"\s+(?:and|&|và)\s+", re.IGNORECASE)


def _author_values(value: str) -> list[str]:
    """``"By Jane Roe and John Doe"`` gives ``["By Jane Roe", "John Doe"]``: each name is
    checked against the site's brands on its own; ``parse_author_meta`` drops the label."""
    return [part for part in _AND.split(value) if part]


def _could_be_author(value: str, brands: tuple[str, ...], site_name: str | None) -> bool:
    if _URL_LIKE.search(value) or value.startswith("@") or "@" in value:
        return False
    key = fold_key(value)
    words = set(key.split())
    if key in _NOT_AUTHORS or words & {"team", "seo", "admin", "webmaster"}:
        return False
    compact = re.sub(r"\W+", "", fold_key(value, diacritics=False))
    if not compact:
        return False
    if any(b and (b in compact or compact in b) for b in brands):
        return False
    if site_name:
        site = re.sub(r"\W+", "", fold_key(site_name, diacritics=False))
        if compact in site or site in compact:
            return False
    return True


def _description(got: _Collected, art: Mapping[str, Any], sources: dict[str, str]) -> str | None:
    for source, value in (
        ("json-ld", _ld_text(art.get("description"))),
        ("og:description", _first(got, "og:description")),
        ("meta:description", _first(got, "description", "itemprop:description")),
        ("twitter:description", _first(got, "twitter:description")),
        ("microdata:description", _text(got.micro("description"))),
    ):
        if value:
            sources["description"] = source
            return value
    return None


def _canonical_url(
    got: _Collected, art: Mapping[str, Any], url: str | None, sources: dict[str, str]
) -> str | None:
    main = art.get("mainEntityOfPage")
    for source, value in (
        ("link:canonical", got.canonical),
        ("og:url", _first(got, "og:url")),
        ("json-ld", _ld_text(art.get("url"))),
        ("json-ld", _ld_text(main.get("@id") if isinstance(main, dict) else main)),
        ("meta:canonical", _first(got, "canonical")),
    ):
        absolute = _absolute(value, url)
        if absolute:
            sources["url"] = source
            return absolute
    if url:
        sources["url"] = "argument"
    return clean_or_none(url) if url else None


def _absolute(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    value = clean(value)
    try:
        if base and not urlsplit(value).scheme:
            value = urljoin(base, value)
        parts = urlsplit(value)
    except ValueError as exc:  # "http://[x": an unbalanced or invalid IPv6 host
        _log.debug("link %r is not a URL (%s); ignored", value, exc)
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return parts._replace(fragment="").geturl()


def _site_name(got: _Collected, sources: dict[str, str]) -> str | None:
    for value in got.metas.get("og:site_name", ()):
        text = _text(value)
        if text and not _URL_LIKE.match(text):
            sources["site_name"] = "og:site_name"
            return text
    for obj in got.jsonld:
        publisher = obj.get("publisher") if is_article(obj) else None
        name = _ld_text(publisher.get("name")) if isinstance(publisher, dict) else None
        if name and not _URL_LIKE.match(name):
            sources["site_name"] = "json-ld"
            return name
    name = _first(got, "application-name")
    if name:
        sources["site_name"] = "meta:application-name"
    return name


def _section(got: _Collected, art: Mapping[str, Any], sources: dict[str, str]) -> str | None:
    for source, value in (
        ("json-ld", _ld_text(art.get("articleSection"))),
        ("article:section", _first(got, "article:section")),
        ("meta:articlesection", _first(got, "articlesection", "itemprop:articlesection")),
        ("microdata:articleSection", _text(got.micro("articlesection"))),
    ):
        if value:
            parts = [p for p in _LIST_SPLIT.split(value) if p]
            if parts:
                sources["section"] = source
                return parts[-1]
    return None


def _path_sections(urls: Iterable[str]) -> tuple[str, ...]:
    """The folder names of the URLs' paths (not the article's own slug): section names."""
    found: list[str] = []
    for url in urls:
        try:
            path = urlsplit(url).path
        except ValueError as exc:
            _log.debug("no sections from %r: not a URL (%s)", url, exc)
            continue
        parts = [p for p in path.split("/") if p]
        found.extend(p for p in parts[:-1] if re.fullmatch(r"[a-z][a-z-]*", p))
    return tuple(found)


def _tags(got: _Collected, art: Mapping[str, Any], sources: dict[str, str]) -> tuple[str, ...]:
    keywords = art.get("keywords")
    ld = keywords if isinstance(keywords, list) else [keywords] if keywords else []
    for source, values in (
        ("article:tag", got.metas.get("article:tag", [])),
        ("json-ld", [v for v in ld if isinstance(v, str)]),
        ("meta:news_keywords", got.metas.get("news_keywords", [])),
        ("meta:keywords", got.metas.get("keywords", [])),
    ):
        tags: list[str] = []
        seen: set[str] = set()
        for value in values:
            for part in _LIST_SPLIT.split(value):
                text = _text(part)
                if text and fold_key(text) not in seen:
                    seen.add(fold_key(text))
                    tags.append(text)
        if tags:
            sources["tags"] = source
            return tuple(tags)
    return ()


def _language(got: _Collected, art: Mapping[str, Any], sources: dict[str, str]) -> str | None:
    for source, value in (
        ("json-ld", _ld_text(art.get("inLanguage"))),
        ("meta:content-language", _first(got, "content-language", "language", "inlanguage")),
        ("html:lang", got.lang),
        ("og:locale", _first(got, "og:locale")),
    ):
        code = _language_code(value)
        if code:
            sources["language"] = source
            return code
    return None


_LANGUAGE_NAMES = MappingProxyType(
    {"vietnamese": "vi", "tiếng việt": "vi", "english": "en", "vn": "vi"}
)


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    first = _LIST_SPLIT.split(value.strip().lower())[0]
    if first in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[first]
    code = re.split(r"[-_]", first)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
