"""Site profiles: where known news sites put each part of an article, as data.

A profile names a site's hosts and, for each part of the article page, CSS selectors tried
in order (the first that matches a non-empty element wins). Every selector is compiled to
XPath once, at import. A field left empty falls back to the generic reader, so a profile
only says what the generic path gets wrong or cannot know. To add a site to the library,
add one :class:`SiteProfile` to :data:`PROFILES`; to read your own sites without changing
the library, pass your profiles to :func:`~vn_newsdoc.html.read_html` (``profiles=``) or keep
them in a file that :func:`~vn_newsdoc.html.load_profiles` reads. Yours are tried first.

>>> profile_for_url("https://vnexpress.net/abc-123.html").name
'vnexpress.net'
>>> profile_for_url("https://example.org/") is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import attrs
from lxml.etree import XPath

from vn_newsdoc.errors import ProfileError, shown
from vn_newsdoc.html._css import (
    class_chain,
    class_needs,
    class_part,
    css_to_xpath,
    simple_classes,
)

__all__ = [
    "PROFILES",
    "SELECTOR_FIELDS",
    "CompiledProfile",
    "SiteProfile",
    "compile_profile",
    "prepare_profiles",
    "profile_for_markers",
    "profile_for_url",
]


def _tuple(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


# Labels of any letters (internationalised names as written), joined by single dots; no
# scheme, path, port, user or space.
_HOST = re.compile(r"[^\s/:@?#\[\].]+(?:\.[^\s/:@?#\[\].]+)*")


def _hosts(value: str | Iterable[str]) -> tuple[str, ...]:
    """Host names as pages are matched: lower case, no ``www.``, no final dot."""
    return tuple(h.strip().lower().rstrip(".").removeprefix("www.") for h in _tuple(value))


def _check_name(inst: SiteProfile, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(f"must be a non-empty string, not {shown(value)}", field="name")


def _check_hosts(
    inst: SiteProfile, _attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    if not value:
        raise ProfileError("at least one host is needed", name=inst.name, field="hosts")
    for host in value:
        if not isinstance(host, str) or not _HOST.fullmatch(host):
            hint = " (write the host alone: 'example.vn', not a URL)" if "/" in str(host) else ""
            raise ProfileError(
                f"not a host name: {shown(host)}{hint}", name=inst.name, field="hosts"
            )


def _check_selectors(inst: SiteProfile, attribute: attrs.Attribute[Any], value: object) -> None:
    for css in value:  # type: ignore[attr-defined]
        if not isinstance(css, str) or not css.strip():
            raise ProfileError(
                f"a selector must be a non-empty string, not {shown(css)}",
                name=inst.name,
                field=attribute.name,
            )


@attrs.frozen(cache_hash=True)
class SiteProfile:
    """Where one site puts the parts of an article page.

    Each selector field is a tuple of CSS selectors, tried in order (a single string is a
    tuple of one). Host names are kept as pages are matched: lower case, without ``www.``.

    Raises:
        ProfileError: The name is empty, a host is not a host name, a selector is not a
            string. (A selector the library cannot compile is named when the profile is
            first used, or by :func:`~vn_newsdoc.html.load_profiles`.)

    >>> SiteProfile(name="baomau.vn", hosts="WWW.BaoMau.vn", body=".noi-dung").hosts
    ('baomau.vn',)
    """

    name: str = attrs.field(validator=_check_name)
    """The site's name as used in reports (its main host)."""
    hosts: tuple[str, ...] = attrs.field(converter=_hosts, validator=_check_hosts)
    """Host names served by the site; subdomains match too (``hcm.24h.com.vn``)."""
    headline: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_check_selectors
    )
    """The element holding the headline."""
    lead: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check_selectors)
    """The element holding the sapo (lead paragraph)."""
    body: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check_selectors)
    """The element holding the article body (the first match is used)."""
    dateline: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_check_selectors
    )
    """The element showing the publication time."""
    byline: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check_selectors)
    """An element holding the author's name outside the body (top-of-page bylines)."""
    drop: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check_selectors)
    """Elements inside the body that are not the article (related boxes, widgets)."""
    dateline_first: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    """Prefer the visible dateline over the metadata's date (sites whose metadata holds
    another copy's time)."""


class _Selector(XPath):
    """A compiled CSS selector, with the class texts it needs (see ``class_needs``): a
    page whose class attributes lack them is not searched; and its tag and classes where
    it is made of classes alone (see ``simple_classes``), its compounds where it is a
    chain of those (see ``class_chain``), or the text it asks the class to hold where it
    asks that alone (see ``class_part``), which a page's index of its class attributes
    answers."""

    def __init__(self, css: str) -> None:
        super().__init__(css_to_xpath(css))
        self.needs = class_needs(css)
        self.simple = simple_classes(css)
        self.chain = class_chain(css)
        self.part = class_part(css)


# How many selectors of classes alone with no tag (``.sapo``) the page's fields may run
# from its root for the index of its class attributes to pay: each is a walk through
# every element's attributes (with a tag, the walk tests the few elements of that tag and
# costs a fraction); the index is one such walk, and makes each element's Python object.
_INDEX_FROM = 1


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
    indexed: bool = False
    """Whether a page answers the selectors of classes alone from the index of its class
    attributes (:attr:`~vn_newsdoc.html._page.Page.class_index`), not by their XPath: where
    enough of them run from the page's root to pay for it."""

    @property
    def name(self) -> str:
        """The site's name."""
        return self.profile.name


SELECTOR_FIELDS = ("headline", "lead", "body", "dateline", "byline", "drop")
"""The fields of :class:`SiteProfile` that hold CSS selectors, in the order they are read."""


@functools.lru_cache(maxsize=1024)
def compile_profile(profile: SiteProfile) -> CompiledProfile:
    """``profile`` with its selectors compiled to XPath (cached: compiling is paid once).

    Args:
        profile: The profile.

    Returns:
        The compiled profile.

    Raises:
        ProfileError: A selector uses CSS the library does not read; the error names the
            profile, the field and the selector.

    >>> compile_profile(SiteProfile(name="baomau.vn", hosts="baomau.vn", body="p:has(b)"))
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.ProfileError: site 'baomau.vn', body: unsupported CSS at ':has(b)' ...
    """

    def sel(field: str) -> tuple[XPath, ...]:
        compiled = []
        for css in getattr(profile, field):
            try:
                compiled.append(_Selector(css))
            except ValueError as exc:
                raise ProfileError(str(exc), name=profile.name, field=field) from exc
        return tuple(compiled)

    headline, lead, body, dateline, byline, drop = (sel(field) for field in SELECTOR_FIELDS)
    untagged = [
        selector
        for selectors in (headline, lead, body, dateline, byline)  # not the drops: they
        for selector in selectors  # run in the body's containers
        if isinstance(selector, _Selector) and selector.simple and selector.simple[0] == "*"
    ]
    indexed = len(untagged) >= _INDEX_FROM
    return CompiledProfile(profile, headline, lead, body, dateline, byline, drop, indexed)


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
    {p.name: compile_profile(p) for p in _SITES}
)
"""Every known site's profile, compiled, by name (read-only)."""


class _HostTable:
    """Profiles by host, the longest host first (``hcm.24h.com.vn`` before ``24h.com.vn``)."""

    def __init__(self, profiles: Iterable[CompiledProfile]) -> None:
        pairs = ((host, p) for p in profiles for host in p.profile.hosts)
        self.by_host = tuple(sorted(pairs, key=lambda item: -len(item[0])))

    def find(self, host: str) -> CompiledProfile | None:
        host = host.lower().rstrip(".")
        host = host.removeprefix("www.")
        for known, profile in self.by_host:
            if host == known or host.endswith("." + known):
                return profile
        return None


_BUILT_IN = _HostTable(PROFILES.values())


@functools.lru_cache(maxsize=32)
def _user_table(profiles: tuple[SiteProfile, ...]) -> _HostTable:
    return _HostTable(compile_profile(p) for p in profiles)


def prepare_profiles(profiles: Sequence[SiteProfile] | SiteProfile) -> tuple[SiteProfile, ...]:
    """``profiles`` checked and compiled (once: the result is cached), as a tuple.

    Args:
        profiles: Your profiles (one alone is taken as a list of one).

    Returns:
        The same profiles, as a tuple.

    Raises:
        TypeError: An item is not a :class:`SiteProfile`.
        ProfileError: A selector cannot be compiled.

    >>> prepare_profiles(SiteProfile(name="baomau.vn", hosts="baomau.vn"))[0].name
    'baomau.vn'
    """
    mine = (profiles,) if isinstance(profiles, SiteProfile) else tuple(profiles)
    for profile in mine:
        if not isinstance(profile, SiteProfile):
            raise TypeError(f"profiles must be SiteProfile objects, not {type(profile).__name__}")
    if mine:
        _user_table(mine)
    return mine


def _tables(profiles: Sequence[SiteProfile], built_in: bool) -> tuple[_HostTable, ...]:
    tables = (_user_table(prepare_profiles(profiles)),) if profiles else ()
    return (*tables, _BUILT_IN) if built_in else tables


def _host_profile(host: str, tables: tuple[_HostTable, ...]) -> CompiledProfile | None:
    for table in tables:
        found = table.find(host)
        if found is not None:
            return found
    return None


def profile_for_url(
    url: str | None, *, profiles: Sequence[SiteProfile] = (), built_in: bool = True
) -> CompiledProfile | None:
    """The profile of the site serving ``url``, or ``None`` for an unknown site.

    Args:
        url: An absolute URL (or ``None``).
        profiles: Your own profiles, tried before the built-in ones.
        built_in: Whether the built-in profiles (:data:`PROFILES`) are tried.

    Returns:
        The compiled profile whose host matches, subdomains included.

    Raises:
        ProfileError: One of ``profiles`` has a selector the library cannot compile.

    >>> profile_for_url("http://hcm.24h.com.vn/giao-duc/a.html").name
    '24h.com.vn'
    >>> mine = SiteProfile(name="my 24h", hosts="24h.com.vn", body=".noi-dung")
    >>> profile_for_url("http://hcm.24h.com.vn/giao-duc/a.html", profiles=[mine]).name
    'my 24h'
    """
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return _host_profile(host, _tables(profiles, built_in)) if host else None


def profile_for_markers(
    markers: tuple[str | None, ...],
    *,
    profiles: Sequence[SiteProfile] = (),
    built_in: bool = True,
) -> CompiledProfile | None:
    """The profile named by the page's own markers (canonical URL, og:url, site name).

    Args:
        markers: URLs or site names found in the page, most reliable first.
        profiles: Your own profiles, tried before the built-in ones.
        built_in: Whether the built-in profiles (:data:`PROFILES`) are tried.

    Returns:
        The first profile any marker names, or ``None``.

    Raises:
        ProfileError: One of ``profiles`` has a selector the library cannot compile.

    >>> profile_for_markers((None, "https://tuoitre.vn/abc.htm")).name
    'tuoitre.vn'
    >>> profile_for_markers(("VnExpress.net",)).name
    'vnexpress.net'
    """
    tables = _tables(profiles, built_in)
    for raw in markers:
        marker = (raw or "").strip()
        if not marker:
            continue
        if "://" in marker or marker.startswith("//"):
            url = marker if "://" in marker else "http:" + marker
            found = profile_for_url(url, profiles=profiles, built_in=built_in)
        else:
            found = _host_profile(marker, tables) if " " not in marker else None
        if found is not None:
            return found
    return None
