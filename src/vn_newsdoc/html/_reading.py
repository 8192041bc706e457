"""The reading of one page, in the order the data flows: the one place that order is written.

bytes → tree (:func:`~vn_newsdoc.html._parse.parse_html`) → metadata
(:func:`~vn_newsdoc.html.metadata.extract_metadata`) → site profile → the tree stripped of
scripts and furniture → :class:`~vn_newsdoc.html._page.Page` (survey, containers, anchors,
each computed once when a step first asks) → the steps of :data:`READING_ORDER`, each a
field's decision or a named revision of one → :class:`~vn_newsdoc.model.Article`.

No step changes a field behind the reader's back: where a later step revises an earlier
field (the body's opening line replaces a ``<title>`` headline; the lead goes on in the
body; credit lines leave the body), it is a step of its own in the table below, and the
page records which step set each field last (:func:`~vn_newsdoc.html.explain_html`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Final
from urllib.parse import urlsplit

from lxml.etree import _Element

from vn_newsdoc.errors import MalformedInputError, shown
from vn_newsdoc.formats.html import read_written_page
from vn_newsdoc.html._fields import body, byline, dates, figures, headline, lead, people
from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html._page import Page
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html.body._strip import _strip_page
from vn_newsdoc.html.metadata import PageMetadata, _read_metadata
from vn_newsdoc.html.sites import (
    CompiledProfile,
    SiteProfile,
    prepare_profiles,
    profile_for_markers,
    profile_for_url,
)
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article
from vn_newsdoc.text import clean, clean_or_none

__all__ = ["READING_ORDER", "read_page"]

_log = logging.getLogger("vn_newsdoc.html")

_UNNAMED_PAGE: Final = "<html>"
"""What a page read with neither ``source_name`` nor ``url`` is called in messages."""

Step = Callable[[Page, Draft], None]


def _containers(page: Page, draft: Draft) -> None:
    """The body's containers, found before any field: the headline and lead are looked
    for near them."""
    _ = page.containers


READING_ORDER: tuple[tuple[str, Step], ...] = (
    ("containers", _containers),
    ("headline", headline.decide),
    ("lead", lead.decide),
    ("datelines", dates.decide),
    ("body blocks", body.read),
    ("picture between the headline and the body", figures.above_body),
    ("paragraphs signed as a photo's caption", figures.captions_alone),
    ("headline or lead repeated atop the body", body.drop_repeats),
    ("labelled byline atop the body", byline.take_opening),
    ("headline from the body's opening line", headline.from_body),
    ("dateline among the body's first lines", dates.from_body),
    ("date-only lines", body.drop_date_lines),
    ("lead from or continued in the body", lead.from_body),
    ("outlet tag in front of the lead", lead.outlet_tag),
    ("closing byline lines", byline.take_closing),
    ("byline", byline.decide),
    ("body", body.decide),
    ("lead from the metadata where the body has no text", lead.from_metadata),
    ("pictures from the metadata where the body has none", figures.from_metadata),
    ("dates", dates.choose),
    ("people", people.decide),
)
"""The steps after the page is parsed, in order: each a name and ``step(page, draft)``."""


def read_page(
    source: str | bytes,
    *,
    source_name: str | None,
    url: str | None,
    strict: bool,
    site_profiles: bool,
    profiles: Sequence[SiteProfile],
    reference: dt.datetime | None,
    limits: Limits | None,
) -> tuple[Article, Page | None]:
    """Read one page (see :func:`~vn_newsdoc.html.read_html`): the article, and the page
    with its record of decisions (``None`` for a page :func:`~vn_newsdoc.write_html`
    wrote, read exactly)."""
    if reference is not None and reference.utcoffset() is None:
        raise TypeError("reference must be an aware datetime (with a UTC offset)")
    mine = prepare_profiles(profiles)
    name = source_name or url or _UNNAMED_PAGE
    url = _usable_url(url, strict=strict)
    root = parse_html(source, source_name=name, limits=limits)  # bytes → tree
    written = read_written_page(root)
    if written is not None:  # a page write_html wrote: read exactly, not by heuristics
        return written, None
    meta, got = _read_metadata(root, url=url)  # tree → metadata
    profile: CompiledProfile | None = None
    if site_profiles or mine:
        profile = profile_for_url(url, profiles=mine, built_in=site_profiles)
        if profile is None:
            markers = _markers(meta, got.og_url_meta)
            profile = profile_for_markers(markers, profiles=mine, built_in=site_profiles)
    _strip_page(root, got.buttons, got.mains)  # strip_page, with what the metadata's walk found
    page = Page(root, meta, profile, url=url, name=name, strict=strict, reference=reference)
    draft = Draft()
    for _, step in READING_ORDER:  # containers → blocks → fields
        step(page, draft)
    return _article(page, draft), page


def _article(page: Page, draft: Draft) -> Article:
    """The article the draft holds, with what the metadata alone gives."""
    meta, profile = page.meta, page.profile
    return Article(
        headline=draft.headline,
        published=draft.published,
        updated=draft.updated,
        lead=clean_or_none(draft.lead),
        outlet=draft.outlet,
        body=draft.body,
        byline=draft.byline,
        people=draft.people,
        url=clean_or_none(meta.url or page.url),
        site=clean_or_none(
            meta.site_name or (profile.name if profile else None) or _host(meta.url or page.url)
        ),
        section=clean_or_none(meta.section),
        tags=tuple(t for t in (clean(t) for t in meta.tags) if t),
    )


def _usable_url(url: str | None, *, strict: bool) -> str | None:
    """``url`` if it parses as a URL; else ``None`` (logged), or an error when strict.

    Reading tolerates any URL string (links in the page that are not URLs are skipped),
    so this check is not needed to read the page: it tells the caller, by a warning or
    with ``strict`` by an error naming the URL, that their ``url`` argument was not used,
    and keeps a string that is not a URL out of :attr:`Article.url
    <vn_newsdoc.model.Article.url>`.
    """
    if url is None:
        return None
    try:
        urlsplit(url)
    except ValueError as exc:
        if strict:
            raise MalformedInputError(
                f"url is not a URL: {shown(url)}", source=shown(url, quoted=False)
            ) from exc
        _log.warning("url %r is not a URL; reading the page without it", url)
        return None
    return url


def _markers(meta: PageMetadata, og_url_meta: _Element | None) -> tuple[str | None, ...]:
    """What the site profiles are matched by: the canonical URL, the first ``og:url`` meta
    tag's content (found by the metadata's walk) and the site's name."""
    og_url = og_url_meta.get("content") if og_url_meta is not None else None
    return (meta.url, og_url, meta.site_name)


def _host(url: str | None) -> str | None:
    """The host of a URL without ``www.``, or ``None``."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None
