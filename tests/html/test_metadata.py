"""extract_metadata: each source of the cascade on small pages of our own writing."""

from __future__ import annotations

import datetime as dt
import logging
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vn_newsdoc.html import _jsonld
from vn_newsdoc.html._jsonld import load_jsonld
from vn_newsdoc.html._metatime import read_meta_time
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html._titles import strip_site_suffix
from vn_newsdoc.html.metadata import PageMetadata, extract_metadata

VN = dt.timezone(dt.timedelta(hours=7))


def _meta(head: str, body: str = "<p>Nội dung.</p>", url: str | None = None) -> PageMetadata:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_metadata(parse_html(page), url=url)


def _ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


_ARTICLE = (
    '{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"headline": "Hà Nội mưa lớn chiều nay", '
    '"datePublished": "2024-05-02T16:30:00+07:00", '
    '"dateModified": "2024-05-02T18:05:00+07:00", '
    '"author": {"@type": "Person", "name": "Minh Anh"}, '
    '"description": "Cơn mưa kéo dài hai giờ làm ngập nhiều tuyến phố.", '
    '"articleSection": "Thời sự", "keywords": ["mưa lớn", "Hà Nội"], "inLanguage": "vi-VN"}'
)


# ---------------------------------------------------------------------------------------
# JSON-LD, well-formed and as browsers tolerate it.


def test_jsonld_article_fills_every_field_it_has() -> None:
    m = _meta(_ld(_ARTICLE))
    assert m.headline == "Hà Nội mưa lớn chiều nay"
    assert m.published == dt.datetime(2024, 5, 2, 16, 30, tzinfo=VN)
    assert m.updated == dt.datetime(2024, 5, 2, 18, 5, tzinfo=VN)
    assert m.byline is not None
    assert m.byline.names == ("Minh Anh",)
    assert m.description == "Cơn mưa kéo dài hai giờ làm ngập nhiều tuyến phố."
    assert m.section == "Thời sự"
    assert m.tags == ("mưa lớn", "Hà Nội")
    assert m.language == "vi"
    assert m.is_article
    for field in ("headlines", "published", "updated", "byline", "description", "section"):
        assert m.sources[field] == "json-ld", field


@pytest.mark.parametrize(
    "script",
    [
        pytest.param('{"@graph": [{"@type": "WebSite", "name": "Báo Mẫu"}, %s]}', id="graph"),
        pytest.param('[{"@type": "BreadcrumbList"}, %s]', id="list"),
        pytest.param("<!--\n%s\n-->", id="html-comment"),
        pytest.param("//<![CDATA[\n%s\n//]]>", id="cdata"),
        pytest.param('{"@type": "Organization", "name": "Báo Mẫu"}\n%s', id="two-objects"),
        pytest.param("%s;", id="trailing-semicolon"),
    ],
)
def test_jsonld_article_is_found_wherever_it_sits(script: str) -> None:
    m = _meta(_ld(script % _ARTICLE))
    assert m.headline == "Hà Nội mưa lớn chiều nay"
    assert m.sources["headlines"] == "json-ld"


def test_jsonld_with_trailing_commas() -> None:
    m = _meta(_ld('{"@type": "NewsArticle", "headline": "Giá xăng giảm", "about": ["a", "b",],}'))
    assert m.headline == "Giá xăng giảm"


def test_jsonld_with_raw_line_breaks_and_tabs_in_strings() -> None:
    m = _meta(_ld('{"@type": "Article", "headline": "Giá xăng\n\tgiảm mạnh"}'))
    assert m.headline == "Giá xăng giảm mạnh"


def test_jsonld_double_escaped_entities_are_decoded() -> None:
    m = _meta(_ld('{"@type": "NewsArticle", "headline": "Chi&amp;#7871;n s&#7921; leo thang"}'))
    assert m.headline == "Chiến sự leo thang"


def test_jsonld_with_javascript_comments_and_bad_escapes() -> None:
    m = _meta(
        _ld(
            '{"@type": "NewsArticle", // bài chính\n'
            ' "headline": "Mùa lúa \\\'bội thu\\\'", /* ảnh */ "url": "https://baomau.vn/a-1.html",'
            ' "keywords": ["lúa", "mùa vụ",],}'
        )
    )
    assert m.headline == "Mùa lúa 'bội thu'"
    assert m.url == "https://baomau.vn/a-1.html"  # the // inside the string survives
    assert m.tags == ("lúa", "mùa vụ")


def test_jsonld_that_cannot_be_read_is_skipped_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="vn_newsdoc.html.metadata"):
        m = _meta(_ld('{"@type": "NewsArticle", "headline": ') + "<title>Tin dự phòng</title>")
    assert m.headline == "Tin dự phòng"
    assert m.sources["headlines"] == "title"
    assert any("JSON-LD" in r.getMessage() for r in caplog.records)


def test_jsonld_webpage_with_article_fields_counts_but_website_does_not() -> None:
    assert _meta(_ld('{"@type": "WebPage", "headline": "Trang tin"}')).headline == "Trang tin"
    site = _meta(_ld('{"@type": "WebSite", "name": "Báo Mẫu"}'))
    assert site.headline is None
    assert not site.is_article


def test_jsonld_organisation_author_is_not_a_person() -> None:
    m = _meta(_ld('{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "X"}}'))
    assert m.byline is None


def test_jsonld_author_list() -> None:
    m = _meta(
        _ld(
            '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Lan Anh"},'
            ' {"@type": "Person", "name": "Quốc Việt"}]}'
        )
    )
    assert m.byline is not None
    assert m.byline.names == ("Lan Anh", "Quốc Việt")


def test_load_jsonld_keeps_order_and_flattens() -> None:
    found = load_jsonld('[{"@type": "A"}, {"@graph": [{"@type": "B"}, {"@type": "C"}]}]')
    assert [o["@type"] for o in found] == ["A", "B", "C"]


def test_load_jsonld_gives_nothing_for_junk() -> None:
    assert load_jsonld("var x = 1;") == []
    assert load_jsonld("") == []


# Wrappers, their parts, white space and JSON around them: the plain look before the
# regex must take off exactly what the regex alone took off.
_WRAPPED = st.lists(
    st.sampled_from(
        ["<!--", "-->", "//", "<![CDATA[", "]]>", " ", "\n", "\u3000", "{}", "a", "-", "]"]
    ),
    max_size=8,
).map("".join)


@given(_WRAPPED)
def test_jsonld_wrappers_come_off_as_the_pattern_takes_them(text: str) -> None:
    assert _jsonld._unwrap(text) == _jsonld._WRAPPERS.sub("", text.strip()).strip()


# ---------------------------------------------------------------------------------------
# OpenGraph and article:*.


def test_opengraph_and_article_properties() -> None:
    m = _meta(
        '<meta property="og:title" content="Cầu mới thông xe - Báo Mẫu">'
        '<meta property="og:type" content="article">'
        '<meta property="og:site_name" content="Báo Mẫu">'
        '<meta property="og:url" content="https://baomau.vn/giao-thong/cau-moi-123.html">'
        '<meta property="og:description" content="Cây cầu dài 1 km nối hai bờ sông.">'
        '<meta property="article:published_time" content="2023-09-01T07:15:00+07:00">'
        '<meta property="article:modified_time" content="2023-09-01T09:00:00+07:00">'
        '<meta property="article:section" content="Giao thông">'
        '<meta property="article:tag" content="cầu">'
        '<meta property="article:tag" content="giao thông">'
    )
    assert m.headline == "Cầu mới thông xe"
    assert m.published == dt.datetime(2023, 9, 1, 7, 15, tzinfo=VN)
    assert m.updated == dt.datetime(2023, 9, 1, 9, 0, tzinfo=VN)
    assert m.site_name == "Báo Mẫu"
    assert m.url == "https://baomau.vn/giao-thong/cau-moi-123.html"
    assert m.section == "Giao thông"
    assert m.tags == ("cầu", "giao thông")
    assert m.description == "Cây cầu dài 1 km nối hai bờ sông."
    assert m.is_article
    assert dict(m.sources) == {
        "headlines": "og:title",
        "published": "article:published_time",
        "updated": "article:modified_time",
        "site_name": "og:site_name",
        "url": "og:url",
        "section": "article:section",
        "tags": "article:tag",
        "description": "og:description",
    }


# ---------------------------------------------------------------------------------------
# <meta> names.


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param(
            "pubdate", "2015-03-23 08:06 +07:00", "2015-03-23T08:06:00+07:00", id="pubdate"
        ),
        pytest.param("publishdate", "2020-01-02T03:04:05Z", "2020-01-02T03:04:05+00:00", id="pd"),
        pytest.param("dc.date", "2012-12-24", "2012-12-24T00:00:00+07:00", id="dc-date"),
        pytest.param("DC.date.issued", "2012-12-24T10:00", "2012-12-24T10:00:00+07:00", id="dc"),
        pytest.param(
            "datePublished", "2026-03-07T08:52:11.000 +07:00", "2026-03-07T08:52:11+07:00", id="sp"
        ),
        pytest.param(
            "OriginalPublicationDate",
            "2012/12/25 07:22:46",
            "2012-12-25T07:22:46+07:00",
            id="original-publication-date-with-slashes",
        ),
        pytest.param(
            "article.published", "2023-10-27T15:01:01+02:00", "2023-10-27T15:01:01+02:00", id="ap"
        ),
        pytest.param("sailthru.date", "2021-05-06 10:00", "2021-05-06T10:00:00+07:00", id="st"),
        pytest.param(
            "parsely-pub-date", "2021-05-06T03:00:00Z", "2021-05-06T03:00:00+00:00", id="parsely"
        ),
        pytest.param("date", "2021/05/06", "2021-05-06T00:00:00+07:00", id="date-slashes"),
        pytest.param(
            "dcterms.created", "2021-05-06T02:10:00+00:00", "2021-05-06T02:10:00+00:00", id="dct"
        ),
        pytest.param(
            "DC.date.created", "2021-05-06 09:10", "2021-05-06T09:10:00+07:00", id="dc-created"
        ),
    ],
)
def test_meta_publication_dates(name: str, content: str, expected: str) -> None:
    m = _meta(f'<meta name="{name}" content="{content}">')
    assert m.published is not None
    assert m.published.isoformat() == expected
    assert m.sources["published"] == "meta:" + name.lower()


def test_itemprop_date_published_meta() -> None:
    m = _meta('<meta itemprop="datePublished" content="2019-08-05T10:41:00+07:00">')
    assert m.published == dt.datetime(2019, 8, 5, 10, 41, tzinfo=VN)
    assert m.sources["published"] == "itemprop:datepublished"


def test_date_only_metadata_is_marked_as_such() -> None:
    m = _meta('<meta name="dc.date" content="2019-01-14">')
    assert m.published == dt.datetime(2019, 1, 14, tzinfo=VN)
    assert not m.published_has_time


def test_a_time_without_offset_is_utc_on_a_page_in_another_language() -> None:
    head = '<meta name="OriginalPublicationDate" content="2012/12/25 07:22:46">'
    page = f"<html lang='en-GB'><head><title>Storm closes the coast road</title>{head}</head>"
    m = extract_metadata(parse_html(page + "<body><p>Text.</p></body></html>"), url=None)
    assert m.published == dt.datetime(2012, 12, 25, 7, 22, 46, tzinfo=dt.UTC)


def test_a_vietnamese_page_declared_english_keeps_vietnam_time() -> None:
    # Templates often leave lang="en-us": the Vietnamese headline says otherwise.
    head = '<meta name="pubdate" content="2019-06-26 15:55">'
    page = f"<html lang='en-us'><head><title>Mưa lớn ở Quảng Tín</title>{head}</head>"
    m = extract_metadata(parse_html(page + "<body><p>Nội dung.</p></body></html>"), url=None)
    assert m.published == dt.datetime(2019, 6, 26, 15, 55, tzinfo=VN)


def test_lastmod_is_not_an_update_time() -> None:
    m = _meta(
        '<meta name="pubdate" content="2015-03-23 08:06 +07:00">'
        '<meta itemprop="dateModified" name="lastmod" content="2015-03-23 08:23 +07:00">'
    )
    assert m.updated is None


def test_update_equal_to_publication_is_dropped() -> None:
    m = _meta(
        _ld(
            '{"@type": "NewsArticle", "datePublished": "2026-03-07T08:52:11+07:00",'
            ' "dateModified": "2026-03-07T08:52:11+07:00"}'
        )
    )
    assert m.updated is None
    assert "updated" not in m.sources


def test_meta_author_dc_creator_keywords_description() -> None:
    m = _meta(
        '<meta name="author" content="Thu Hà">'
        '<meta name="keywords" content="lúa, nông nghiệp; mùa vụ">'
        '<meta name="description" content="Nông dân thu hoạch lúa sớm.">'
    )
    assert m.byline is not None
    assert m.byline.names == ("Thu Hà",)
    assert m.sources["byline"] == "meta:author"
    assert m.tags == ("lúa", "nông nghiệp", "mùa vụ")
    assert m.description == "Nông dân thu hoạch lúa sớm."
    dc = _meta('<meta name="dc.creator" content="Hoàng Nam">')
    assert dc.byline is not None
    assert dc.byline.names == ("Hoàng Nam",)


def test_news_keywords_come_before_keywords() -> None:
    m = _meta(
        '<meta name="keywords" content="chung chung">'
        '<meta name="news_keywords" content="bão số 3, miền Trung">'
    )
    assert m.tags == ("bão số 3", "miền Trung")
    assert m.sources["tags"] == "meta:news_keywords"


@pytest.mark.parametrize(
    "author",
    [
        pytest.param("VnExpress", id="site-brand"),
        pytest.param("Báo Mẫu", id="site-name"),
        pytest.param("baomau.vn", id="domain"),
        pytest.param("https://www.facebook.com/baomau", id="url"),
        pytest.param("SEO, Traffic Team", id="team"),
        pytest.param("admin", id="admin"),
    ],
)
def test_author_values_that_name_no_person(author: str) -> None:
    m = _meta(
        f'<meta name="author" content="{author}"><meta property="og:site_name" content="Báo Mẫu">',
        url="https://vnexpress.net/a-1.html",
    )
    assert m.byline is None


def test_several_authors_in_one_value() -> None:
    m = _meta('<meta name="dable:author" content="NHẬT LINH;THU TRANG">')
    assert m.byline is not None
    assert m.byline.names == ("NHẬT LINH", "THU TRANG")


# ---------------------------------------------------------------------------------------
# Microdata, canonical link, language.


def test_microdata_on_visible_elements() -> None:
    m = _meta(
        "",
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Lễ hội hoa xuân</h1>'
        '<time itemprop="datePublished" datetime="2022-01-20T09:00:00+07:00">20/1</time>'
        '<span itemprop="author">Ngọc Mai</span></div>',
    )
    assert m.headline == "Lễ hội hoa xuân"
    assert m.published == dt.datetime(2022, 1, 20, 9, tzinfo=VN)
    assert m.byline is not None
    assert m.byline.names == ("Ngọc Mai",)
    assert m.sources["published"] == "microdata:datePublished"


def test_microdata_is_looked_for_only_where_the_tags_say_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    head = (
        '<meta property="og:title" content="Lễ hội hoa xuân">'
        '<meta property="article:published_time" content="2022-01-20T09:00:00+07:00">'
        '<meta property="article:modified_time" content="2022-01-20T10:00:00+07:00">'
        '<meta property="article:author" content="Ngọc Mai">'
        '<meta property="og:description" content="Hoa nở khắp phố.">'
        '<meta property="article:section" content="Văn hóa">'
    )
    body = '<div itemscope><span itemprop="articleSection">Du lịch</span></div>'
    # Every field the microdata could give is given by a tag: no pass for the microdata.
    collect = sys.modules["vn_newsdoc.html.metadata._collect"]
    read = collect._read_microdata
    passes: list[object] = []

    def counted(root: object) -> object:
        passes.append(root)
        return read(root)

    monkeypatch.setattr(collect, "_read_microdata", counted)
    m = _meta(head + '<meta name="headline" content="Lễ hội hoa xuân">', body)
    assert (m.section, m.description) == ("Văn hóa", "Hoa nở khắp phố.")
    assert passes == []
    # Without the section tag the microdata gives it.
    m = _meta(head.replace("article:section", "x"), body)
    assert m.section == "Du lịch"
    assert m.sources["section"] == "microdata:articleSection"
    assert len(passes) == 1


def test_canonical_link_wins_and_relative_links_resolve() -> None:
    m = _meta(
        '<link rel="canonical" href="/xa-hoi/tin-a-1.html">'
        '<meta property="og:url" content="https://baomau.vn/khac.html">',
        url="https://m.baomau.vn/xa-hoi/tin-a-1.html?utm=x",
    )
    assert m.url == "https://m.baomau.vn/xa-hoi/tin-a-1.html"
    assert m.sources["url"] == "link:canonical"


def test_url_falls_back_to_the_argument() -> None:
    m = _meta("", url="https://baomau.vn/a.html")
    assert m.url == "https://baomau.vn/a.html"
    assert m.sources["url"] == "argument"


_BAD_URLS = [
    pytest.param("http://[x", id="unclosed-ipv6"),
    pytest.param("https://[::1", id="unclosed-ipv6-address"),
    pytest.param("http://[mau]/a.html", id="bracketed-non-address"),
]


@pytest.mark.parametrize("bad", _BAD_URLS)
def test_a_url_argument_that_is_not_a_url_is_tolerated(
    bad: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="vn_newsdoc.html"):
        m = _meta("<title>Lễ hội hoa xuân - Báo Mẫu</title>", url=bad)
    assert m.headline == "Lễ hội hoa xuân"
    assert any(r.levelno == logging.DEBUG and bad in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("bad", _BAD_URLS)
def test_links_in_the_page_that_are_not_urls_are_skipped(bad: str) -> None:
    m = _meta(
        f'<link rel="canonical" href="{bad}"><meta property="og:url" content="{bad}">'
        + _ld(f'{{"@type": "NewsArticle", "headline": "Lễ hội hoa xuân", "url": "{bad}"}}'),
        url="https://baomau.vn/van-hoa/le-hoi.html",
    )
    assert m.headline == "Lễ hội hoa xuân"
    assert m.url == "https://baomau.vn/van-hoa/le-hoi.html"
    assert m.sources["url"] == "argument"


@pytest.mark.parametrize(
    ("head", "html_lang", "expected"),
    [
        pytest.param('<meta http-equiv="content-language" content="vi">', "en", "vi", id="meta"),
        pytest.param("", "vi-VN", "vi", id="html-lang"),
        pytest.param('<meta name="language" content="vietnamese">', None, "vi", id="word"),
        pytest.param('<meta property="og:locale" content="en_US">', None, "en", id="locale"),
        pytest.param("", None, None, id="none"),
    ],
)
def test_language(head: str, html_lang: str | None, expected: str | None) -> None:
    lang = f' lang="{html_lang}"' if html_lang else ""
    page = f"<html{lang}><head>{head}</head><body><p>x</p></body></html>"
    assert extract_metadata(parse_html(page), url=None).language == expected


# ---------------------------------------------------------------------------------------
# Headlines: site suffixes stripped from <title> and og:title.


@pytest.mark.parametrize(
    ("title", "brands", "sections", "expected"),
    [
        pytest.param("Giá vàng giảm - VnExpress", ("vnexpress",), (), "Giá vàng giảm", id="brand"),
        pytest.param("Giá vàng giảm | Báo Dân trí", (), (), "Giá vàng giảm", id="bao"),
        pytest.param("Cầu mới - Tuổi Trẻ Online", (), (), "Cầu mới", id="online"),
        pytest.param("Tắc đường - Zing News | Xã hội", (), (), "Tắc đường", id="news-then-section"),
        pytest.param(
            "Chặt cây - Chính trị - Xã hội - Tuổi Trẻ Online",
            (),
            ("chinh-tri-xa-hoi",),
            "Chặt cây",
            id="section-from-url",
        ),
        pytest.param(
            "Bớt lạ - Ảnh | Trang thông tin dành cho giới trẻ - VnExpress iOne",
            ("vnexpress",),
            ("tin-tuc", "vui-la", "anh"),
            "Bớt lạ",
            id="ione",
        ),
        pytest.param("Dữ liệu đất đai - Cổng dữ liệu mở", (), (), "Dữ liệu đất đai", id="cong"),
        pytest.param("Hoa 8-3 tăng giá", ("tuoitre",), (), "Hoa 8-3 tăng giá", id="no-sep"),
        pytest.param(
            "Bão số 3 - Hà Nội mưa lớn - VnExpress",
            ("vnexpress",),
            (),
            "Bão số 3 - Hà Nội mưa lớn",
            id="dash-in-headline",
        ),
        pytest.param("Dự báo thời tiết - Hà Nội", (), (), "Dự báo thời tiết - Hà Nội", id="keep"),
    ],
)
def test_strip_site_suffix(
    title: str, brands: tuple[str, ...], sections: tuple[str, ...], expected: str
) -> None:
    assert strip_site_suffix(title, brands, sections, ()) == expected


def test_title_cut_where_another_headline_ends() -> None:
    assert strip_site_suffix("Cầu mới - Phong cách - x", (), (), ("Cầu mới",)) == "Cầu mới"
    # Only at a separator with spaces: a hyphen inside a word is not one.
    title = "Lò luyện thi công chức-lo luyen thi"
    assert strip_site_suffix(title, (), (), ("Lò luyện thi công chức",)) == title
    assert strip_site_suffix(title + " | 24h", ("24h",), (), ()) == title


def test_headline_candidates_in_order_without_repeats() -> None:
    m = _meta(
        _ld('{"@type": "NewsArticle", "headline": "Cầu mới thông xe"}')
        + '<meta property="og:title" content="Cầu mới thông xe - Báo Mẫu">'
        + '<meta name="twitter:title" content="Cầu mới đã thông xe">'
        + "<title>Cầu mới thông xe | Báo Mẫu</title>"
    )
    assert m.headlines == ("Cầu mới thông xe", "Cầu mới đã thông xe")


def test_page_without_metadata_gives_empty_metadata() -> None:
    m = _meta("", "<ul><li><a href='/'>Trang chủ</a></li></ul>")
    assert m == PageMetadata(sources=m.sources)
    assert dict(m.sources) == {}


# ---------------------------------------------------------------------------------------
# Metadata times.


@pytest.mark.parametrize(
    ("text", "expected", "has_offset"),
    [
        pytest.param("2026-03-07T00:01:00", "2026-03-07T00:01:00+07:00", False, id="naive"),
        pytest.param("2018-06-29T15:25:08+00:00", "2018-06-29T15:25:08+00:00", True, id="utc"),
        pytest.param("2018-09-29T12:40:25+08:00", "2018-09-29T12:40:25+08:00", True, id="p8"),
        pytest.param("2020-01-02T03:04:05Z", "2020-01-02T03:04:05+00:00", True, id="z"),
        pytest.param("2020-01-02 03:04 GMT+7", "2020-01-02T03:04:00+07:00", True, id="gmt+7"),
        pytest.param(
            "2020-01-02T03:04:05.123456789+0700",
            "2020-01-02T03:04:05+07:00",
            True,
            id="nanoseconds",
        ),
    ],
)
def test_read_meta_time(text: str, expected: str, has_offset: bool) -> None:
    got = read_meta_time(text)
    assert got is not None
    assert got.value.isoformat() == expected
    assert got.has_offset is has_offset


@pytest.mark.parametrize("text", ["", "hôm qua", "2026-02-30", "2026-03-07T25:00", "1698927645"])
def test_read_meta_time_refuses(text: str) -> None:
    assert read_meta_time(text) is None


# ---------------------------------------------------------------------------------------
# Forms seen on sites outside the corpus.


def test_jsonld_author_given_by_reference_in_a_graph() -> None:
    m = _meta(
        _ld(
            '{"@graph": [{"@type": "Article", "headline": "Tin", '
            '"author": {"@id": "https://baomau.vn/#/person/1"}}, '
            '{"@type": "Person", "@id": "https://baomau.vn/#/person/1", "name": "Thanh Tâm"}]}'
        )
    )
    assert m.byline is not None
    assert m.byline.names == ("Thanh Tâm",)


@pytest.mark.parametrize(
    ("value", "names", "source"),
    [
        pytest.param("By Jane Roe and John Doe", ("Jane Roe", "John Doe"), None, id="by-and"),
        pytest.param("Tác giả: Lê Hà", ("Lê Hà",), None, id="tac-gia"),
        pytest.param("Author: Jane Roe", ("Jane Roe",), None, id="author-colon"),
        pytest.param("Lê Hà/VOV-Tây Nguyên", ("Lê Hà",), "VOV-Tây Nguyên", id="bureau"),
    ],
)
def test_author_values_with_labels_and_bureaus(
    value: str, names: tuple[str, ...], source: str | None
) -> None:
    m = _meta(f'<meta name="author" content="{value}">')
    assert m.byline is not None
    assert (m.byline.names, m.byline.source) == (names, source)


def test_a_site_name_author_falls_through_to_the_next_source() -> None:
    m = _meta(
        '<meta name="author" content="Báo Mẫu"><meta name="dc.creator" content="Lê Hà">'
        '<meta property="og:site_name" content="Báo Mẫu">'
    )
    assert m.byline is not None
    assert m.byline.names == ("Lê Hà",)
    assert m.sources["byline"] == "meta:dc.creator"


def test_english_page_title() -> None:
    m = _meta(
        "<title>Floods close roads in the north - BBC News</title>",
        url="https://www.bbc.com/news/world-123",
    )
    assert m.headline == "Floods close roads in the north"


def test_a_meta_with_both_name_and_property_counts_for_both() -> None:
    m = _meta('<meta name="description" property="og:title" content="Cầu mới thông xe">')
    assert m.headline == "Cầu mới thông xe"
    assert m.description == "Cầu mới thông xe"
