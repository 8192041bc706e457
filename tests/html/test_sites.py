"""Site profiles: data that compiles, chosen by host or by the page's own markers."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from conftest import CORPUS
from vn_newsdoc.html import read_html
from vn_newsdoc.html.sites import PROFILES, profile_for_markers, profile_for_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://vnexpress.net/abc-123.html", "vnexpress.net", id="plain-host"),
        pytest.param("http://ione.vnexpress.net/tin-tuc/a.html", "vnexpress.net", id="subdomain"),
        pytest.param("https://www.tuoitre.vn/a.htm", "tuoitre.vn", id="www"),
        pytest.param(
            "http://hcm.24h.com.vn/giao-duc/a.html", "24h.com.vn", id="regional-subdomain"
        ),
        pytest.param("http://news.zing.vn/a/b.html", "znews.vn", id="old-domain"),
        pytest.param("http://www.thanhnien.com.vn/pages/a.aspx", "thanhnien.vn", id="old-tld"),
        pytest.param("http://dakrlap.daknong.gov.vn/a/", "daknong.gov.vn", id="portal-family"),
        pytest.param("HTTPS://VNEXPRESS.NET/A", "vnexpress.net", id="upper-case"),
        pytest.param("https://notvnexpress.net/a", None, id="suffix-is-not-a-subdomain"),
        pytest.param("https://example.org/news/1", None, id="unknown"),
        pytest.param("not a url", None, id="not-a-url"),
        pytest.param("http://[broken", None, id="malformed"),
        pytest.param(None, None, id="none"),
    ],
)
def test_profile_for_url(url: str | None, expected: str | None) -> None:
    found = profile_for_url(url)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("markers", "expected"),
    [
        pytest.param((None, "https://tuoitre.vn/abc.htm", None), "tuoitre.vn", id="og-url"),
        pytest.param(("//dantri.com.vn/kinh-doanh/a.htm",), "dantri.com.vn", id="scheme-relative"),
        pytest.param((None, None, "VnExpress.net"), "vnexpress.net", id="site-name-host"),
        pytest.param(("Báo Tuổi Trẻ",), None, id="site-name-words"),
        pytest.param((None, "", None), None, id="nothing"),
    ],
)
def test_profile_for_markers(markers: tuple[str | None, ...], expected: str | None) -> None:
    found = profile_for_markers(markers)
    assert (found.name if found else None) == expected


def test_every_profile_compiles_and_runs() -> None:
    page = document_fromstring("<html><body><p>Trống</p></body></html>")
    for profile in PROFILES.values():
        assert profile.profile.hosts, profile.name
        for selectors in (
            profile.headline,
            profile.lead,
            profile.body,
            profile.dateline,
            profile.byline,
            profile.drop,
        ):
            for selector in selectors:
                assert selector(page) == []


@pytest.mark.corpus
def test_every_corpus_site_has_a_profile() -> None:
    sites = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
    assert sites
    for site in sites:
        assert profile_for_url(f"https://{site}/") is not None, site


_PROFILED = """<html><head><title>Trang chủ</title>
<link rel="canonical" href="https://vnexpress.net/lua-chin-123.html"></head><body>
<h1 class="title-detail">Lúa chín sớm ở đồng bằng</h1>
<p class="description">Thời tiết thuận lợi khiến lúa chín sớm hơn mọi năm.</p>
<article class="fck_detail">
<p class="Normal">Nông dân xã Tân Lập đã bắt đầu gặt từ đầu tuần, sớm hơn một tuần.</p>
<p class="Normal">Thương lái đến tận ruộng thu mua với giá cao hơn năm ngoái.</p></article>
<div class="sidebar">
<p class="description">Mô tả của một tin khác trong cột bên, không phải sapo của bài.</p></div>
</body></html>"""


def test_the_page_markers_choose_the_profile_without_a_url() -> None:
    article = read_html(_PROFILED)
    assert article.headline == "Lúa chín sớm ở đồng bằng"
    assert article.lead == "Thời tiết thuận lợi khiến lúa chín sớm hơn mọi năm."
    assert article.site == "vnexpress.net"
    assert len(article.paragraphs) == 2
