"""What a page says about its article in metadata: JSON-LD, OpenGraph, ``<meta>``, microdata.

:func:`extract_metadata` reads the page's metadata in one pass and fills a
:class:`PageMetadata`. Each field is a cascade of small sources, most reliable first, and
:attr:`PageMetadata.sources` records which source gave each field:

* **headlines**: JSON-LD ``headline``/``name``, ``<meta name=headline>``, ``og:title``,
  ``twitter:title``, ``<meta name=title>``, microdata ``headline``, ``<title>``; each with
  the site's suffix stripped (``" - VnExpress"``, ``" | Báo Dân trí"``).
* **published**: JSON-LD ``datePublished``, ``article:published_time``, ``<meta>``
  ``pubdate``, ``publishdate``, ``datePublished``, ``dc.date(.issued)``,
  ``dcterms.issued``/``created``, ``DC.date.created``, ``date``,
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
import logging
from collections.abc import Mapping
from types import MappingProxyType

import attrs
import lxml.etree
import lxml.html

from vn_newsdoc.html.metadata._choose import _chosen_fields
from vn_newsdoc.html.metadata._collect import _collect, _Collected
from vn_newsdoc.model import Byline, Figure

__all__ = ["PageMetadata", "extract_metadata"]

_log = logging.getLogger(__name__)


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
    updated_has_time: bool = False
    """Whether ``updated`` came with a time of day (else it is midnight, Vietnam time)."""
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
    images: tuple[Figure, ...] = ()
    """The JSON-LD article's images (``ImageObject`` caption, ``creditText`` and address),
    as figures, in order; the reader uses them only on a page whose body has no text."""
    sources: Mapping[str, str] = attrs.field(factory=lambda: MappingProxyType({}))
    """For each field filled, the source that gave it (``"json-ld"``, ``"og:title"``,
    ``"meta:pubdate"``, ``"title"``...)."""

    @property
    def headline(self) -> str | None:
        """The most reliable headline candidate, or ``None``."""
        return self.headlines[0] if self.headlines else None


def extract_metadata(root: lxml.etree._Element, *, url: str | None) -> PageMetadata:
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
    return _chosen(_collect(root, url or "page"), url)


def _read_metadata(
    root: lxml.etree._Element, *, url: str | None
) -> tuple[PageMetadata, _Collected]:
    """:func:`extract_metadata`, and what its walk gathered: the page's buttons and
    ``<main>`` elements (in page order) for :func:`~vn_newsdoc.html.body.strip_page`, and
    its first ``og:url`` meta tag for the site profiles."""
    got = _collect(root, url or "page")
    return _chosen(got, url), got


def _chosen(got: _Collected, url: str | None) -> PageMetadata:
    """The metadata the cascades choose from what the walk gathered."""
    return PageMetadata(**_chosen_fields(got, url))


# ---------------------------------------------------------------------------------------
# The single pass.
