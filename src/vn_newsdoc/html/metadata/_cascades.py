"""One cascade per metadata field: the sources tried in order, most reliable first."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import urljoin, urlsplit

from vn_newsdoc.html._jsonld import types_of
from vn_newsdoc.html._metatime import MetaTime, read_meta_time
from vn_newsdoc.html._titles import strip_site_suffix
from vn_newsdoc.html.metadata._collect import (
    _AUTHOR_METAS,
    _NOT_AUTHORS,
    _PUBLISHED_METAS,
    _UPDATED_METAS,
    _URL_LIKE,
    _Collected,
    _first,
    _ld_text,
    _split_list,
    _text,
)
from vn_newsdoc.model import Author, Byline
from vn_newsdoc.text import clean, clean_or_none, fold_key
from vn_newsdoc.vi import parse_author_meta
from vn_newsdoc.vi._byline_words import NAME_JOIN_RE

_log = logging.getLogger(__name__)

# Compiled once here (a pattern given as a string is looked up in re's cache at each call).
_NOT_WORDS_RE: Final = re.compile(r"\W+")
_FOLDER_RE: Final = re.compile(r"[a-z][a-z-]*")
_SUBTAG_SEPARATOR_RE: Final = re.compile(r"[-_]")
_LANGUAGE_CODE_RE: Final = re.compile(r"[a-z]{2,3}")


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
    # The titles often repeat one another (og:title, twitter:title, <title>): each
    # stripped once.
    stripped: dict[str, str] = {}
    for source, title in titled:
        if title:
            short = stripped.get(title)
            if short is None:
                short = stripped[title] = strip_site_suffix(title, site_words, sections, known)
            found.append((source, short))
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
    for key in _PUBLISHED_METAS:
        for value in got.metas.get(key, ()):
            yield _label(key), value
    yield "microdata:datePublished", got.micro("datepublished")


def _updated_candidates(got: _Collected, art: Mapping[str, Any]) -> Iterable[tuple[str, Any]]:
    yield "json-ld", art.get("dateModified")
    for key in _UPDATED_METAS:
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
                got = MetaTime(
                    value=got.value.replace(tzinfo=zone), has_time=True, has_offset=False
                )
            return got
    return None


def _same_minute(a: dt.datetime, b: dt.datetime) -> bool:
    return abs(a - b) < dt.timedelta(minutes=1) and a.utcoffset() == b.utcoffset()


def _byline(
    got: _Collected,
    art: Mapping[str, Any],
    brands: tuple[str, ...],
    site_name: str | None,
    sources: dict[str, str],
) -> Byline | None:
    # Tier by tier, most reliable first; the first tier that names someone wins.
    # The site's name compacted once for the page, not for every name checked.
    site = _NOT_WORDS_RE.sub("", fold_key(site_name, diacritics=False)) if site_name else None
    for source, values in _author_tiers(got, art):
        names: list[Author] = []
        source_org: str | None = None
        for raw in values:
            for value in _author_values(raw):
                if not _could_be_author(value, brands, site):
                    continue
                parsed = parse_author_meta(value)
                if parsed is None:
                    continue
                for author in parsed.authors:
                    if _could_be_author(author.name, brands, site) and author not in names:
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
    for key in _AUTHOR_METAS:
        yield _label(key), [t for t in (_text(v) for v in got.metas.get(key, ())) if t]
    micro = _text(got.micro("author"))
    yield "microdata:author", [micro] if micro else []


def _author_values(value: str) -> list[str]:
    """``"By Jane Roe and John Doe"`` gives ``["By Jane Roe", "John Doe"]``: each name is
    checked against the site's brands on its own; ``parse_author_meta`` drops the label."""
    return [part for part in NAME_JOIN_RE.split(value) if part]


def _could_be_author(value: str, brands: tuple[str, ...], site: str | None) -> bool:
    """Whether ``value`` may name an author: no URL, handle, team or role, no brand of the
    site's and not the site's name (``site``: that name's letters and digits, folded)."""
    if _URL_LIKE.search(value) or value.startswith("@") or "@" in value:
        return False
    key = fold_key(value)
    words = set(key.split())
    if key in _NOT_AUTHORS or words & {"team", "seo", "admin", "webmaster"}:
        return False
    compact = _NOT_WORDS_RE.sub("", fold_key(value, diacritics=False))
    if not compact:
        return False
    if any(b and (b in compact or compact in b) for b in brands):
        return False
    return site is None or not (compact in site or site in compact)


def _description(got: _Collected, art: Mapping[str, Any], sources: dict[str, str]) -> str | None:
    for source, value in _description_candidates(got, art):
        if value:
            sources["description"] = source
            return value
    return None


def _description_candidates(
    got: _Collected, art: Mapping[str, Any]
) -> Iterator[tuple[str, str | None]]:
    """The description's sources in order, each read only when the ones before give none
    (the microdata last: finding it takes a pass over the page)."""
    yield "json-ld", _ld_text(art.get("description"))
    yield "og:description", _first(got, "og:description")
    yield "meta:description", _first(got, "description", "itemprop:description")
    yield "twitter:description", _first(got, "twitter:description")
    yield "microdata:description", _text(got.micro("description"))


def _canonical_url(
    got: _Collected, art: Mapping[str, Any], url: str | None, sources: dict[str, str]
) -> str | None:
    for source, value in _url_candidates(got, art):
        absolute = _absolute(value, url)
        if absolute:
            sources["url"] = source
            return absolute
    if url:
        sources["url"] = "argument"
    return clean_or_none(url) if url else None


def _url_candidates(got: _Collected, art: Mapping[str, Any]) -> Iterator[tuple[str, str | None]]:
    """The page's own URL where each source states it, most reliable first: each read
    only when those before it give none (most pages' canonical link does)."""
    yield "link:canonical", got.canonical
    yield "og:url", _first(got, "og:url")
    yield "json-ld", _ld_text(art.get("url"))
    main = art.get("mainEntityOfPage")
    yield "json-ld", _ld_text(main.get("@id") if isinstance(main, dict) else main)
    yield "meta:canonical", _first(got, "canonical")


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
    # (_replace, a namedtuple's, makes a new tuple in Python: only where there is a fragment)
    return (parts._replace(fragment="") if parts.fragment else parts).geturl()


def _site_name(got: _Collected, sources: dict[str, str]) -> str | None:
    for value in got.metas.get("og:site_name", ()):
        text = _text(value)
        if text and not _URL_LIKE.match(text):
            sources["site_name"] = "og:site_name"
            return text
    for obj in got.articles:
        publisher = obj.get("publisher")
        name = _ld_text(publisher.get("name")) if isinstance(publisher, dict) else None
        if name and not _URL_LIKE.match(name):
            sources["site_name"] = "json-ld"
            return name
    name = _first(got, "application-name")
    if name:
        sources["site_name"] = "meta:application-name"
    return name


def _section(got: _Collected, art: Mapping[str, Any], sources: dict[str, str]) -> str | None:
    for source, value in _section_candidates(got, art):
        if value:
            parts = [p for p in _split_list(value) if p]
            if parts:
                sources["section"] = source
                return parts[-1]
    return None


def _section_candidates(
    got: _Collected, art: Mapping[str, Any]
) -> Iterator[tuple[str, str | None]]:
    """The section's sources in order, each read only when the ones before give none."""
    yield "json-ld", _ld_text(art.get("articleSection"))
    yield "article:section", _first(got, "article:section")
    yield "meta:articlesection", _first(got, "articlesection", "itemprop:articlesection")
    yield "microdata:articleSection", _text(got.micro("articlesection"))


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
        found.extend(p for p in parts[:-1] if _FOLDER_RE.fullmatch(p))
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
            for part in _split_list(value):
                text = _text(part)
                if text:
                    key = fold_key(text)  # folded once, looked up and kept
                    if key not in seen:
                        seen.add(key)
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


_LANGUAGE_NAMES: Final = MappingProxyType(
    {"vietnamese": "vi", "tiếng việt": "vi", "english": "en", "vn": "vi"}
)


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    first = _split_list(value.strip().lower())[0]
    if first in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[first]
    code = _SUBTAG_SEPARATOR_RE.split(first)[0]
    return code if _LANGUAGE_CODE_RE.fullmatch(code) else None
