"""The metadata pass's shortcuts give what the general paths they stand for give: meta tags
filed only under the names a cascade reads make the same readings as every name filed,
the ``<title>``'s text taken as ``.text`` is its whole text, the article object is chosen
as the ranking by size and position chose it (and the site's name looked for in the same
article objects), a canonical URL without a fragment is not rebuilt, and the site's name
compacted once for a page rules out the names it ruled out at each check."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree
from lxml.etree import _Element

from metadata_reference import file_every_name
from vn_newsdoc._tree import text_content
from vn_newsdoc.html._jsonld import is_article
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html._thresholds import JSONLD_STUB_KEYS
from vn_newsdoc.html.metadata import _chosen, extract_metadata
from vn_newsdoc.html.metadata._cascades import _NOT_WORDS_RE, _absolute, _could_be_author
from vn_newsdoc.html.metadata._collect import (
    _NOT_AUTHORS,
    _URL_LIKE,
    _WANTED_METAS,
    _collect,
    _is_jsonld,
    _title_text,
)
from vn_newsdoc.text import clean, fold_key


def _cased(word: str) -> st.SearchStrategy[str]:
    """``word`` with each letter in either case, sometimes with spaces around it."""
    return st.tuples(
        st.sampled_from(["", " "]),
        st.tuples(*(st.sampled_from([c, c.upper()]) for c in word)).map("".join),
        st.sampled_from(["", " ", "\t"]),
    ).map("".join)


_UNWANTED = ["og:image", "viewport", "fb:app_id", "robots", "x", "og:title2", "lastmod", "dc"]
_NAMES = st.sampled_from(sorted(_WANTED_METAS) + _UNWANTED).flatmap(
    lambda name: _cased(name.removeprefix("itemprop:"))
)
_ATTRIBUTES = st.sampled_from(["name", "property", "http-equiv", "itemprop"])
_CONTENTS = st.sampled_from(
    [
        "",
        "  ",
        "2024-03-12T08:00:00+07:00",
        "2024-03-13T09:30:00",
        "12/3/2024",
        "Ngọc Mai",
        "By Jane Roe and John Doe",
        "admin",
        "Báo Mẫu",
        "Mưa lớn ở Hà Nội - Báo Mẫu",
        "Mưa lớn ở Hà Nội",
        "https://baomau.vn/thoi-su/mua-lon-1.html",
        "/thoi-su/mua-lon-2.html#top",
        "Thời sự, Xã hội",
        "mưa; Hà Nội",
        "vi-VN",
        "en",
        "article",
        "Tom &amp; Jerry",
    ]
)
_META = st.tuples(
    st.lists(st.tuples(_ATTRIBUTES, _NAMES), max_size=3),
    st.one_of(st.none(), _CONTENTS),
).map(
    lambda t: (
        "<meta "
        + " ".join(f'{a}="{n}"' for a, n in t[0])
        + ("" if t[1] is None else f' content="{t[1]}"')
        + ">"
    )
)


@given(
    st.lists(_META, max_size=12),
    st.sampled_from(["", "<title>Mưa lớn - Báo Mẫu</title>"]),
    st.sampled_from([None, "https://baomau.vn/thoi-su/mua-lon-1.html"]),
)
@example(['<meta name="Title" content="Mưa lớn">'], "", None)
@example(['<meta name="viewport" itemprop="headline" content="Mưa lớn">'], "", None)
@example(['<meta itemprop=" DatePublished " content="2024-03-12T08:00:00+07:00">'], "", None)
@example(['<meta property="og:image" name="author" content="Ngọc Mai">'], "", None)
@example(['<meta name="OG:TYPE" content="article">'], "", None)
def test_filing_the_names_read_reads_as_filing_every_name(
    metas: list[str], title: str, url: str | None
) -> None:
    page = parse_html(f"<html><head>{title}{''.join(metas)}</head><body><p>x</p></body></html>")
    got = _collect(page, "page")
    every: dict[str, list[str]] = {}
    for node in page.iter("meta"):
        file_every_name(node, every)
    assert got.metas == {k: v for k, v in every.items() if k in _WANTED_METAS}
    reading = extract_metadata(page, url=url)
    got.metas = every
    assert _chosen(got, url) == reading


def _literals() -> list[str]:
    """Every string the metadata package's modules spell that could be a meta tag's
    name: the names its cascades read are among them."""
    package = Path(__file__).parents[2] / "src" / "vn_newsdoc" / "html" / "metadata"
    found: set[str] = set()
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and 0 < len(node.value) < 40
                and not any(c.isspace() for c in node.value)
            ):
                found.add(node.value.lower())
    return sorted(found)


def test_every_name_the_cascades_read_is_filed() -> None:
    names = _literals()
    assert {"og:title", "itemprop:datemodified", "og:type", "dcterms.issued"} <= set(names)
    contents = ["2024-03-12T08:00:00+07:00", "Ngọc Mai", "Mưa lớn - Báo Mẫu", "vi-VN", "article",
                "https://baomau.vn/a/b.html", "Thời sự, Xã hội"]  # fmt: skip
    for name in names:
        attribute = "itemprop" if name.startswith("itemprop:") else "name"
        for content in contents:
            meta = f'<meta {attribute}="{name.removeprefix("itemprop:")}" content="{content}">'
            page = parse_html(f"<html><head>{meta}</head><body><p>x</p></body></html>")
            got = _collect(page, "page")
            every: dict[str, list[str]] = {}
            for node in page.iter("meta"):
                file_every_name(node, every)
            reading = extract_metadata(page, url=None)
            got.metas = every
            assert _chosen(got, None) == reading, (name, content)


_TITLE_PIECES = st.lists(
    st.one_of(
        st.text(alphabet="Mưa lớn &<>x ", max_size=6),
        st.sampled_from(["comment", "pi", "child", "entity"]),
    ),
    max_size=6,
)


def _title_of(pieces: list[str]) -> _Element:
    """A ``<title>`` made with the tree's own calls: texts, comments, processing
    instructions, elements and entity references in any order."""
    title = etree.Element("title")
    last: _Element | None = None
    for piece in pieces:
        if piece in ("comment", "pi", "child", "entity"):
            if piece == "comment":
                last = etree.Comment("c")
            elif piece == "pi":
                last = etree.ProcessingInstruction("p", "x")
            elif piece == "entity":
                last = etree.Entity("amp")
            else:
                last = etree.Element("b")
                last.text = "đậm"
            title.append(last)
        elif last is None:
            title.text = (title.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece
    return title


@given(_TITLE_PIECES)
@example([])
@example([""])
@example(["Mưa", "comment", "lớn"])
@example(["entity"])
@example(["child"])
def test_the_title_text_is_its_whole_text(pieces: list[str]) -> None:
    title = _title_of(pieces)
    assert _title_text(title) == text_content(title)


@given(
    st.lists(
        st.sampled_from(
            ["Mưa", "&amp;", "<!--c-->", "<b>đậm</b>", "<![CDATA[x]]>", "<br>", " ", "</title>"]
        ),
        max_size=6,
    ).map("".join)
)
def test_a_parsed_title_text_is_its_whole_text(soup: str) -> None:
    page = parse_html(f"<html><head><title>{soup}</title></head><body><p>x</p></body></html>")
    for title in page.iter("title"):
        assert _title_text(title) == text_content(title)


_OBJECT = st.tuples(
    st.sampled_from(["NewsArticle", "WebPage", "Organization", "Article"]),
    st.integers(min_value=0, max_value=JSONLD_STUB_KEYS + 1),
    st.booleans(),
).map(
    lambda t: {
        "@type": t[0],
        **({"headline": "Tin"} if t[2] else {}),
        **{f"k{i}": i for i in range(t[1])},
    }
)


@given(st.lists(st.lists(_OBJECT, max_size=4), max_size=3))
@example([[{"@type": "NewsArticle"}, {"@type": "NewsArticle", "a": 1, "b": 2, "c": 3}]])
@example([[{"@type": "NewsArticle", "a": 1, "b": 2, "c": 3}], [{"@type": "Article"}]])
@example([[{"@type": "Article"}], [{"@type": "Article"}]])
def test_the_article_is_the_first_fullest(blocks: list[list[dict[str, object]]]) -> None:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(block)}</script>' for block in blocks
    )
    page = parse_html(f"<html><head>{scripts}</head><body><p>x</p></body></html>")
    got = _collect(page, "page")
    articles = [o for o in got.jsonld if is_article(o)]
    # How the article was chosen before: by size, then position (first of equals).
    expected = (
        max(articles, key=lambda o: (len(o) > JSONLD_STUB_KEYS, -articles.index(o)))
        if articles
        else None
    )
    assert got.article is expected
    # and the site's name is looked for in the same objects, in the same order
    assert len(got.articles) == len(articles)
    assert all(a is b for a, b in zip(got.articles, articles, strict=True))


def _could_be_author_per_name(value: str, brands: tuple[str, ...], site_name: str | None) -> bool:
    """How a name was checked before: the site's name compacted at each check."""
    if _URL_LIKE.search(value) or value.startswith("@") or "@" in value:
        return False
    key = fold_key(value)
    words = set(key.split())
    if key in _NOT_AUTHORS or words & {"team", "seo", "admin", "webmaster"}:
        return False
    compact = _NOT_WORDS_RE.sub("", fold_key(value, diacritics=False))
    if not compact:
        return False
    if any(b and (b in compact or compact in b) for b in brands):
        return False
    if site_name:
        site = _NOT_WORDS_RE.sub("", fold_key(site_name, diacritics=False))
        if compact in site or site in compact:
            return False
    return True


_WORDS = st.lists(
    st.sampled_from(["Ngọc", "Mai", "Báo", "Mẫu", "admin", "!", " ", "-", "baomau", "@", "vn"]),
    max_size=4,
).map("".join)


@given(_WORDS, st.one_of(st.none(), _WORDS), st.lists(_WORDS, max_size=2).map(tuple))
@example("Ngọc Mai", "!!", ())
@example("Ngọc Mai", "", ())
@example("Báo Mẫu", "Báo Mẫu", ())
def test_the_site_name_compacted_once_checks_as_at_each_name(
    value: str, site_name: str | None, brands: tuple[str, ...]
) -> None:
    site = _NOT_WORDS_RE.sub("", fold_key(site_name, diacritics=False)) if site_name else None
    assert _could_be_author(value, brands, site) is _could_be_author_per_name(
        value, brands, site_name
    )


def _absolute_rebuilt(value: str | None, base: str | None) -> str | None:
    """How a canonical URL was made absolute before: always rebuilt without its fragment."""
    if not value:
        return None
    value = clean(value)
    try:
        if base and not urlsplit(value).scheme:
            value = urljoin(base, value)
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return parts._replace(fragment="").geturl()


_URL_PIECES = st.lists(
    st.sampled_from(
        ["https:", "http:", "ftp:", "//", "baomau.vn", "/", "a", "?", "x=1", "#", "top", ";p",
         "[", "]", " ", "%20", "..", "HTTPS://"]
    ),
    max_size=8,
).map("".join)  # fmt: skip


@given(_URL_PIECES, st.sampled_from([None, "", "https://baomau.vn/a/b.html", "http://x.vn"]))
@example("https://baomau.vn/a?#", None)
@example("https://baomau.vn/a#", None)
@example("https://baomau.vn/a?", None)
@example("/a#top", "https://baomau.vn/a/b.html")
@example("http://[x", None)
def test_a_url_without_a_fragment_is_not_rebuilt(value: str, base: str | None) -> None:
    assert _absolute(value, base) == _absolute_rebuilt(value, base)


def test_only_lower_casing_the_capital_dotted_i_changes_a_length() -> None:
    # What the script type's length check rests on.
    assert [c for c in range(0x110000) if len(chr(c).lower()) != 1] == [0x130]


@given(
    st.one_of(
        st.none(),
        st.text(),
        st.lists(
            st.sampled_from(
                [
                    "application/ld+json",
                    "APPLICATION/LD+JSON",
                    "İ",
                    "\u0130",
                    " ",
                    "\t",
                    "\u00a0",
                    "\u2003",
                    "text/javascript",
                    "json",
                    "a",
                    "\u212a",
                ]
            ),
            max_size=4,
        ).map("".join),
    )
)
@example(" application/ld+json\u2003")
@example("Application/Ld+Json")
@example("applİcation/ld+json")
def test_a_script_type_is_json_ld_as_stripped_and_lowered(kind: str | None) -> None:
    assert _is_jsonld(kind) is ((kind or "").strip().lower() == "application/ld+json")
