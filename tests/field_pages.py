"""Small hand-written pages made into the reader's page context, for tests of one rule."""

from __future__ import annotations

import datetime as dt

from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html._page import Page
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html.body import strip_page
from vn_newsdoc.html.metadata import extract_metadata
from vn_newsdoc.html.sites import SiteProfile, prepare_profiles, profile_for_url

URL = "https://baomau.example/xa-hoi/bai-viet.html"


def page_of(
    html: str,
    *,
    profile: SiteProfile | None = None,
    url: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
) -> Page:
    """``html`` parsed, its metadata read and its furniture stripped, as the reader does;
    with ``profile``, read as a page of that site (its host is ``baomau.example``)."""
    root = parse_html(html)
    meta = extract_metadata(root, url=url)
    compiled = None
    if profile is not None:
        compiled = profile_for_url(URL, profiles=prepare_profiles(profile), built_in=False)
        assert compiled is not None
    strip_page(root)
    return Page(
        root, meta, compiled, url=url, name=url or "<html>", strict=strict, reference=reference
    )


def profile(
    *,
    headline: str | tuple[str, ...] = (),
    lead: str | tuple[str, ...] = (),
    body: str | tuple[str, ...] = (),
    dateline: str | tuple[str, ...] = (),
    byline: str | tuple[str, ...] = (),
    drop: str | tuple[str, ...] = (),
) -> SiteProfile:
    """A profile of the test site with the given selectors (one each)."""
    return SiteProfile(
        name="baomau.example",
        hosts=("baomau.example",),
        headline=headline,
        lead=lead,
        body=body,
        dateline=dateline,
        byline=byline,
        drop=drop,
    )


def draft_at(page: Page, *steps: str) -> Draft:
    """The draft after the reading's steps up to and including each named one."""
    from vn_newsdoc.html._reading import READING_ORDER  # noqa: PLC0415

    draft = Draft()
    last = max(i for i, (name, _) in enumerate(READING_ORDER) if name in steps)
    for _, step in READING_ORDER[: last + 1]:
        step(page, draft)
    return draft


PARAGRAPHS = (
    "<p>Cơn mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường ngập sâu, người dân phải "
    "di chuyển tài sản lên cao.</p>"
    "<p>Chính quyền xã đã huy động lực lượng hỗ trợ người dân trong buổi sáng, chưa có "
    "thiệt hại về người.</p>"
)
"""Two paragraphs of body text, long enough to be scored as the article."""
