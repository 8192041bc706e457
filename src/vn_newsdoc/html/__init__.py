"""The HTML reader: a Vietnamese news page in, one :class:`~vn_newsdoc.Article` out.

:func:`read_html` parses the page once, reads its metadata (JSON-LD, OpenGraph, ``<meta>``),
then finds the headline, lead, dateline and body through the site's profile when the site
is known (:mod:`vn_newsdoc.html.sites`) and through generic cues otherwise (content
scoring, class hints, the metadata), and reads the body in one walk
(:mod:`vn_newsdoc.html.body`). Dates, bylines and people go through the Vietnamese layer
(:mod:`vn_newsdoc.vi`). It never touches the network.

>>> page = '''<html><head><title>Mưa lớn ở Quảng Tín - Báo Mẫu</title>
... <meta property="article:published_time" content="2019-08-07T15:43:00+07:00"></head>
... <body><h1>Mưa lớn ở Quảng Tín</h1>
... <p class="sapo">(BM) - Mưa lớn từ rạng sáng khiến nhiều thôn ngập nước cục bộ.</p>
... <div class="detail-content"><p>Nước dâng nhanh ở các thôn ven suối, người dân kê đồ đạc.</p>
... <p>Chính quyền xã đã cử lực lượng hỗ trợ, chưa có thiệt hại về người.</p>
... <p style="text-align:right"><b>Ngọc Thành</b></p></div></body></html>'''
>>> article = read_html(page)
>>> article.headline, article.outlet, article.authors
('Mưa lớn ở Quảng Tín', 'BM', ('Ngọc Thành',))
>>> article.published.isoformat()
'2019-08-07T15:43:00+07:00'
>>> len(article.paragraphs)
2
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Final
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from vn_newsdoc.errors import MalformedInputError, shown
from vn_newsdoc.formats.html import read_written_page
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html._profile_file import dump_profiles, load_profiles
from vn_newsdoc.html._reader import PageReader
from vn_newsdoc.html.body import strip_page
from vn_newsdoc.html.metadata import PageMetadata, extract_metadata
from vn_newsdoc.html.sites import (
    CompiledProfile,
    SiteProfile,
    prepare_profiles,
    profile_for_markers,
    profile_for_url,
)
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article

__all__ = ["SiteProfile", "dump_profiles", "load_profiles", "read_html"]

_log = logging.getLogger(__name__)

_UNNAMED_PAGE: Final = "<html>"
"""What a page read with neither ``source_name`` nor ``url`` is called in messages."""


def read_html(
    source: str | bytes,
    *,
    source_name: str | None = None,
    url: str | None = None,
    strict: bool = False,
    site_profiles: bool = True,
    profiles: Sequence[SiteProfile] = (),
    reference: dt.datetime | None = None,
    limits: Limits | None = None,
) -> Article:
    """Read one article from a news page.

    Args:
        source: The page as fetched; bytes are decoded by the page's own charset.
        source_name: The page's name (a file name or URL) in errors and warnings; without
            it they name the page by ``url``, or else call it ``<html>``.
        url: Where the page came from: chooses the site profile, resolves image addresses,
            and names the page in messages and logs where ``source_name`` is not given.
        strict: Raise instead of logging what could not be found (no date, no body).
        site_profiles: Use the built-in profiles of known sites; ``False`` reads every page
            through the generic path (useful to measure it, or when a site changed its
            layout), or through your own ``profiles`` where one matches.
        profiles: Your own site profiles (:class:`~vn_newsdoc.html.sites.SiteProfile`,
            or :func:`load_profiles` of a file), tried before the built-in ones: a profile
            of yours for a known host replaces the library's. See
            :doc:`/reading` ("Your own site profiles").
        reference: An aware datetime that relative times shown on the page
            (``2 giờ trước``, ``hôm qua 08:30``) resolve against, such as the time the page
            was fetched. Nothing reads the clock: without it such times are not read.
        limits: The input ceilings (size, nesting, elements, text length); ``None`` keeps
            the defaults of :class:`~vn_newsdoc.Limits`.

    Returns:
        The article. Absent fields are ``None`` (or ``()``).

    Raises:
        MalformedInputError: The input is empty, binary or not HTML; with ``strict``, also
            a ``url`` that is not a URL (by default it is logged and left unused).
        InputLimitError: The input passes one of the ``limits`` (too large, nested too
            deep, too many elements, or one text or attribute value too long).
        MissingFieldError: The page has no recognisable headline; with ``strict``, also
            no date or no body.
        TypeError: ``reference`` is a naive datetime, or ``profiles`` holds something
            other than :class:`~vn_newsdoc.html.sites.SiteProfile` objects.
        ProfileError: One of ``profiles`` has a selector the library cannot compile.

    >>> page = '''<html><head><title>Mưa lớn - Báo Quảng Tín</title></head><body>
    ... <h1>Mưa lớn gây ngập ở Quảng Tín</h1><p class="date">Thứ tư, 7/8/2019, 15:43 (GMT+7)</p>
    ... <div class="content"><p>Cơn mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường ngập sâu,
    ... người dân phải di chuyển tài sản lên cao.</p><p>Chính quyền xã đã huy động lực lượng
    ... hỗ trợ người dân trong buổi sáng.</p><p>Ngô Tấm</p></div></body></html>'''
    >>> article = read_html(page)
    >>> article.headline, article.published.isoformat(), article.authors
    ('Mưa lớn gây ngập ở Quảng Tín', '2019-08-07T15:43:00+07:00', ('Ngô Tấm',))
    """
    if reference is not None and reference.utcoffset() is None:
        raise TypeError("reference must be an aware datetime (with a UTC offset)")
    mine = prepare_profiles(profiles)
    name = source_name or url or _UNNAMED_PAGE
    url = _usable_url(url, strict=strict)
    root = parse_html(source, source_name=name, limits=limits)
    written = read_written_page(root)
    if written is not None:  # a page write_html wrote: read exactly, not by heuristics
        return written
    meta = extract_metadata(root, url=url)
    profile: CompiledProfile | None = None
    if site_profiles or mine:
        profile = profile_for_url(url, profiles=mine, built_in=site_profiles)
        if profile is None:
            markers = _markers(meta, root)
            profile = profile_for_markers(markers, profiles=mine, built_in=site_profiles)
    strip_page(root)
    reader = PageReader(root, meta, profile, url=url, name=name, strict=strict, reference=reference)
    return reader.article()


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


def _markers(meta: PageMetadata, root: HtmlElement) -> tuple[str | None, ...]:
    og_url = None
    for el in root.iter("meta"):
        if (el.get("property") or "").lower() == "og:url":
            og_url = el.get("content")
            break
    return (meta.url, og_url, meta.site_name)
