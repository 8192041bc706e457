"""The metadata's fields chosen from what the single pass gathered, in a module of its own
so that the compiled build compiles them (the package's front door, which holds the attrs
class :class:`~vn_newsdoc.html.metadata.PageMetadata`, stays Python)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from vn_newsdoc.html._jsonld import image_parts
from vn_newsdoc.html._metatime import naive_zone
from vn_newsdoc.html._titles import host_brands
from vn_newsdoc.html.metadata._cascades import (
    _byline,
    _canonical_url,
    _description,
    _first_time,
    _headlines,
    _language,
    _path_sections,
    _published_candidates,
    _same_minute,
    _section,
    _site_name,
    _tags,
    _updated_candidates,
)
from vn_newsdoc.html.metadata._collect import _Collected, _first
from vn_newsdoc.model import Byline, Figure
from vn_newsdoc.text import clean_or_none


class Chosen:
    """The fields of :class:`~vn_newsdoc.html.metadata.PageMetadata`, as the cascades
    choose them (a plain class: the compiled build fills it without look-ups)."""

    __slots__ = (
        "byline",
        "description",
        "headlines",
        "images",
        "is_article",
        "language",
        "published",
        "published_has_offset",
        "published_has_time",
        "section",
        "site_name",
        "sources",
        "tags",
        "updated",
        "updated_has_time",
        "url",
    )

    def __init__(self, got: _Collected, url: str | None) -> None:
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
        self.byline: Byline | None = _byline(got, art, brands, site_name, sources)
        og_type = _first(got, "og:type")
        self.headlines: tuple[str, ...] = headlines
        self.published: dt.datetime | None = published.value if published else None
        self.published_has_time: bool = bool(published and published.has_time)
        self.published_has_offset: bool = bool(published and published.has_offset)
        self.updated: dt.datetime | None = updated_value
        self.updated_has_time: bool = bool(
            updated_value is not None and updated and updated.has_time
        )
        self.description: str | None = _description(got, art, sources)
        self.url: str | None = canonical
        self.site_name: str | None = site_name
        self.section: str | None = section
        self.tags: tuple[str, ...] = _tags(got, art, sources)
        self.language: str | None = language
        self.is_article: bool = got.article is not None or (og_type or "").lower() == "article"
        self.images: tuple[Figure, ...] = _images(art)
        self.sources: Mapping[str, str] = MappingProxyType(sources)


def _images(art: Mapping[str, Any]) -> tuple[Figure, ...]:
    figures = []
    for caption, credit, src in image_parts(dict(art)):
        parts = (clean_or_none(caption), clean_or_none(credit), clean_or_none(src))
        if any(parts):
            figures.append(Figure(caption=parts[0], credit=parts[1], src=parts[2]))
    return tuple(figures)
