"""What the cascades choose from what the walk gathered, field by field: the values of a
:class:`~vn_newsdoc.html.metadata.PageMetadata`, which the package makes of them.

A module of its own: the package's front door is not compiled in the compiled build (it
holds the attrs class), and this is the work done on every page.
"""

from __future__ import annotations

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
from vn_newsdoc.model import Figure
from vn_newsdoc.text import clean_or_none


def _chosen_fields(got: _Collected, url: str | None) -> dict[str, Any]:
    """The metadata's fields (a :class:`~vn_newsdoc.html.metadata.PageMetadata`'s
    arguments) that the cascades choose from what the walk gathered.

    >>> from vn_newsdoc.html.metadata._collect import _Collected
    >>> _chosen_fields(_Collected(), None)["headlines"]
    ()
    """
    sources: dict[str, str] = {}
    art = got.article or {}

    canonical = _canonical_url(got, art, url, sources)
    site_name = _site_name(got, sources)
    section = _section(got, art, sources)
    urls = [u for u in (url, canonical) if u]
    brands = host_brands(urls)
    sections = _path_sections(urls)
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
    return {
        "headlines": headlines,
        "published": published.value if published else None,
        "published_has_time": bool(published and published.has_time),
        "published_has_offset": bool(published and published.has_offset),
        "updated": updated_value,
        "updated_has_time": bool(updated_value is not None and updated and updated.has_time),
        "byline": byline,
        "description": _description(got, art, sources),
        "url": canonical,
        "site_name": site_name,
        "section": section,
        "tags": _tags(got, art, sources),
        "language": language,
        "is_article": got.article is not None or (og_type or "").lower() == "article",
        "images": _images(art),
        "sources": MappingProxyType(sources),
    }


def _images(art: dict[str, Any]) -> tuple[Figure, ...]:
    figures = []
    for caption, credit, src in image_parts(art):  # (read only: not copied)
        parts = (clean_or_none(caption), clean_or_none(credit), clean_or_none(src))
        if any(parts):
            figures.append(Figure(caption=parts[0], credit=parts[1], src=parts[2]))
    return tuple(figures)
