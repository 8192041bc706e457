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
from collections.abc import Sequence

from vn_newsdoc.html._explain import Explanation, FieldSource, captured_warnings, explain
from vn_newsdoc.html._profile_file import dump_profiles, load_profiles
from vn_newsdoc.html._reading import read_page
from vn_newsdoc.html.sites import SiteProfile
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article

__all__ = [
    "Explanation",
    "FieldSource",
    "SiteProfile",
    "dump_profiles",
    "explain_html",
    "load_profiles",
    "read_html",
]


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
    article, _ = read_page(
        source,
        source_name=source_name,
        url=url,
        strict=strict,
        site_profiles=site_profiles,
        profiles=profiles,
        reference=reference,
        limits=limits,
    )
    return article


def explain_html(
    source: str | bytes,
    *,
    source_name: str | None = None,
    url: str | None = None,
    strict: bool = False,
    site_profiles: bool = True,
    profiles: Sequence[SiteProfile] = (),
    reference: dt.datetime | None = None,
    limits: Limits | None = None,
) -> Explanation:
    """Read one article as :func:`read_html` does, and say why it reads so.

    The :class:`Explanation` holds the article (the very one :func:`read_html` returns
    for the same arguments), which rule gave each of its fields and from which element
    (a CSS-like path) or metadata key, and the warnings logged while reading. It is a
    function of its own rather than an option of :func:`read_html` so that
    :func:`read_html` always returns an :class:`~vn_newsdoc.model.Article`, like every
    reader of :data:`~vn_newsdoc.READERS`. See :doc:`/reading` ("Why a page reads so").

    Args:
        source: The page, as for :func:`read_html`.
        source_name: As for :func:`read_html`.
        url: As for :func:`read_html`.
        strict: As for :func:`read_html`.
        site_profiles: As for :func:`read_html`.
        profiles: As for :func:`read_html`.
        reference: As for :func:`read_html`.
        limits: As for :func:`read_html`.

    Returns:
        The article with its reasons. A page that
        :func:`~vn_newsdoc.formats.html.write_html` wrote is read exactly, by its
        structure: its explanation names no rules.

    Raises:
        MalformedInputError: As :func:`read_html` does.
        InputLimitError: As :func:`read_html` does.
        MissingFieldError: As :func:`read_html` does.
        TypeError: As :func:`read_html` does.
        ProfileError: As :func:`read_html` does.

    >>> page = '''<html><head><title>Mưa lớn - Báo Quảng Tín</title>
    ... <meta property="article:published_time" content="2019-08-07T15:43:00+07:00">
    ... </head><body><h1>Mưa lớn gây ngập ở Quảng Tín</h1>
    ... <div class="content"><p>Cơn mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường ngập
    ... sâu, người dân phải di chuyển tài sản lên cao.</p></div></body></html>'''
    >>> explanation = explain_html(page)
    >>> print(explanation.source("published"))
    published: metadata [article:published_time]
    >>> explanation.article == read_html(page)
    True
    """
    with captured_warnings() as warnings:
        article, page = read_page(
            source,
            source_name=source_name,
            url=url,
            strict=strict,
            site_profiles=site_profiles,
            profiles=profiles,
            reference=reference,
            limits=limits,
        )
    return explain(article, page, tuple(warnings))
