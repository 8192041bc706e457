"""Site profiles: where known news sites put each part of an article, as data.

A profile names a site's hosts and, for each part of the article page, CSS selectors tried
in order (the first that matches a non-empty element wins). Every selector is compiled to
XPath once, at import. A field left empty falls back to the generic reader, so a profile
only says what the generic path gets wrong or cannot know. To add a site, add one
:class:`SiteProfile` to :data:`PROFILES`.

>>> profile_for_url("https://vnexpress.net/abc-123.html").name
'vnexpress.net'
>>> profile_for_url("https://example.org/") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from urllib.parse import urlsplit

import attrs
from lxml.etree import XPath

from vn_newsdoc.html._css import css_to_xpath

__all__ = ["PROFILES", "CompiledProfile", "SiteProfile", "profile_for_markers", "profile_for_url"]


def _tuple(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class SiteProfile:
    """Where one site puts the parts of an article page.

    Each selector field is a tuple of CSS selectors, tried in order.
    """

    name: str
    """The site's name as used in reports (its main host)."""
    hosts: tuple[str, ...] = attrs.field(converter=_tuple)
    """Host names served by the site; subdomains match too (``hcm.24h.com.vn``)."""
    headline: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """The element holding the headline."""
    lead: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """The element holding the sapo (lead paragraph)."""
    body: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """The element holding the article body (the first match is used)."""
    dateline: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """The element showing the publication time."""
    byline: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """An element holding the author's name outside the body (top-of-page bylines)."""
    drop: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Elements inside the body that are not the article (related boxes, widgets)."""
    dateline_first: bool = False
    """Prefer the visible dateline over the metadata's date (sites whose metadata holds
    another copy's time)."""


@attrs.frozen
class CompiledProfile:
    """A :class:`SiteProfile` with its selectors compiled to XPath."""

    profile: SiteProfile
    headline: tuple[XPath, ...]
    lead: tuple[XPath, ...]
    body: tuple[XPath, ...]
    dateline: tuple[XPath, ...]
    byline: tuple[XPath, ...]
    drop: tuple[XPath, ...]

    @property
    def name(self) -> str:
        """The site's name."""
        return self.profile.name


def _compile(profile: SiteProfile) -> CompiledProfile:
    def sel(items: tuple[str, ...]) -> tuple[XPath, ...]:
        return tuple(XPath(css_to_xpath(css)) for css in items)

    return CompiledProfile(
        profile=profile,
        headline=sel(profile.headline),
        lead=sel(profile.lead),
        body=sel(profile.body),
        dateline=sel(profile.dateline),
        byline=sel(profile.byline),
        drop=sel(profile.drop),
    )


_RELATED = (
    ".related",
    ".relate",
    ".box-related",
    ".tinlienquan",
    ".tin-lien-quan",
    "[class*=relate]",
)

_SITES: tuple[SiteProfile, ...] = (
    SiteProfile(
        name="24h.com.vn",
        hosts=("24h.com.vn",),
        headline="h1.baiviet-title",
        lead=".baiviet-head-noidung",
        body=(".boxBaiViet-c",),
        dateline=".publication_date",
        dateline_first=True,
    ),
    SiteProfile(
        name="baochinhphu.vn",
        hosts=("baochinhphu.vn", "chinhphu.vn"),
        headline="h1.detail-title",
        lead=".detail-sapo",
        body=(".detail-content",),
        dateline=".detail-time",
        byline=".detail-author",
        drop=(*_RELATED, ".VCSortableInPreviewMode[type=RelatedNewsBox]"),
    ),
    SiteProfile(
        name="binhluan.biz",
        hosts=("binhluan.biz",),
        headline="h1",
        body=(".exp_content",),
        dateline=(".time_comment",),
    ),
    SiteProfile(
        name="cafef.vn",
        hosts=("cafef.vn",),
        headline="h1.title",
        lead=("h2.sapo", ".sapo"),
        body=(".detail-content",),
        dateline=(".pdate", "[data-role=publishdate]"),
        byline=(".author",),
        drop=(*_RELATED,),
    ),
    SiteProfile(
        name="daknong.gov.vn",
        hosts=("daknong.gov.vn",),
        headline="p.Title",
        body=(".journal-content-article", ".ExternalClassD44D9F9779FB424380767EC8F35A4E72"),
        dateline=("td.Time", ".Time"),
    ),
    SiteProfile(
        name="dantri.com.vn",
        hosts=("dantri.com.vn",),
        headline="h1",
        lead=("[data-slot=sapo]", "h2.singular-sapo", ".singular-sapo"),
        body=("[data-slot=content]", ".singular-content", "#desktop-in-article"),
        dateline=("time",),
        byline=("a[href*='/tac-gia/']", ".author-name"),
    ),
    SiteProfile(
        name="nld.com.vn",
        hosts=("nld.com.vn",),
        headline="h1.detail-title",
        lead=("h2.detail-sapo", ".detail-sapo"),
        body=(".detail-content",),
        dateline=(".detail-time", "[data-role=publishdate]"),
        byline=("[data-role=author]",),
        drop=(*_RELATED,),
    ),
    SiteProfile(
        name="odp.cantho.gov.vn",
        hosts=("odp.cantho.gov.vn",),
        headline="h1.page-heading",
        body=("section.module-content",),
        dateline=("span.date",),
    ),
    SiteProfile(
        name="thanhnien.vn",
        hosts=("thanhnien.vn", "thanhnien.com.vn"),
        headline=("h1.detail-title", "h1.mainTitle"),
        lead=(".detail-sapo", "h2.sapo", "#print-news h2.ms-rteElement-H2"),
        body=(".detail-content", "#print-news .article-content"),
        dateline=(".detail-time", ".date-line"),
    ),
    SiteProfile(
        name="tuoitre.vn",
        hosts=("tuoitre.vn",),
        headline=("h1.detail-title", "h1.title-2", "h1"),
        lead=("h2.detail-sapo", ".detail-sapo", "p.txt-head", ".txt-head"),
        body=(".detail-content[itemprop=articleBody]", ".detail-cmain", "div.fck"),
        dateline=(".detail-time", ".date", ".date-time"),
        byline=(".detail-author-bot .name", ".author-info .name", "span.author", ".author"),
        drop=(*_RELATED, ".VCSortableInPreviewMode[type=RelatedOneNews]"),
    ),
    SiteProfile(
        name="vietnamnet.vn",
        hosts=("vietnamnet.vn",),
        headline="h1.content-detail-title",
        lead=("h2.content-detail-sapo", ".content-detail-sapo"),
        body=("#maincontent", ".maincontent"),
        dateline=(".bread-crumb-detail__time", ".publish-date"),
        byline=(".article-detail-author__info", ".newsFeature__author-info a"),
    ),
    SiteProfile(
        name="vnexpress.net",
        hosts=("vnexpress.net",),
        headline=("h1.title-detail", "h1.title_news_detail", "h1.Title", "h3.Title"),
        lead=("p.description", "h2.description", "h2.Lead", "p.Lead"),
        body=("article.fck_detail", ".fck_detail", ".cxtLeft", ".dtContent"),
        dateline=("span.date", "span.time", ".spanTime", "span.timePost"),
        byline=(".author_mail strong",),
        drop=("#box_splienquan", ".box-tinlienquanv2", ".box_tinlienquan"),
    ),
    SiteProfile(
        name="xinhxinh.com.vn",
        hosts=("xinhxinh.com.vn",),
        headline="h1",
        lead=("p.sapo",),
        body=("#divcontent",),
        dateline=("span.timer",),
    ),
    SiteProfile(
        name="znews.vn",
        hosts=("znews.vn", "zing.vn", "zingnews.vn"),
        headline=("h1.the-article-title", "h1.pTitle"),
        lead=(".the-article-summary", "h2.pHead"),
        body=(".the-article-body", "#content_document"),
        dateline=(".the-article-publish", ".subheader .timestamp"),
        byline=(".the-article-author", "p.pAuthor"),
    ),
)

PROFILES: MappingProxyType[str, CompiledProfile] = MappingProxyType(
    {p.name: _compile(p) for p in _SITES}
)
"""Every known site's profile, compiled, by name (read-only)."""

_BY_HOST: tuple[tuple[str, CompiledProfile], ...] = tuple(
    sorted(
        ((host, PROFILES[p.name]) for p in _SITES for host in p.hosts),
        key=lambda item: -len(item[0]),
    )
)


def _host_profile(host: str) -> CompiledProfile | None:
    host = host.lower().rstrip(".")
    host = host.removeprefix("www.")
    for known, profile in _BY_HOST:
        if host == known or host.endswith("." + known):
            return profile
    return None


def profile_for_url(url: str | None) -> CompiledProfile | None:
    """The profile of the site serving ``url``, or ``None`` for an unknown site.

    Args:
        url: An absolute URL (or ``None``).

    Returns:
        The compiled profile whose host matches, subdomains included.

    >>> profile_for_url("http://hcm.24h.com.vn/giao-duc/a.html").name
    '24h.com.vn'
    """
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return _host_profile(host) if host else None


def profile_for_markers(markers: tuple[str | None, ...]) -> CompiledProfile | None:
    """The profile named by the page's own markers (canonical URL, og:url, site name).

    Args:
        markers: URLs or site names found in the page, most reliable first.

    Returns:
        The first profile any marker names, or ``None``.

    >>> profile_for_markers((None, "https://tuoitre.vn/abc.htm")).name
    'tuoitre.vn'
    >>> profile_for_markers(("VnExpress.net",)).name
    'vnexpress.net'
    """
    for raw in markers:
        marker = (raw or "").strip()
        if not marker:
            continue
        if "://" in marker or marker.startswith("//"):
            found = profile_for_url(marker if "://" in marker else "http:" + marker)
        else:
            found = _host_profile(marker) if " " not in marker else None
        if found is not None:
            return found
    return None
