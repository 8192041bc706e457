"""The CSS subset of site profiles, compiled to XPath without the cssselect package.

Each case is checked against cssselect's own HTML translation (a test dependency only), on
markup of our own writing that has near-misses for every selector part.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml.cssselect import CSSSelector
from lxml.etree import XPath, _Element
from lxml.html import document_fromstring

from vn_newsdoc.html._css import class_needs, css_to_xpath, may_match
from vn_newsdoc.html.sites import (
    PROFILES,
    SiteProfile,
    _Selector,
    compile_profile,
)

PAGE = document_fromstring(
    """<html><body>
    <div id="print-news" class="wrap main">
      <H1 class="detail-title big">Tiêu đề</H1>
      <h1 class="detail-title-x">Không phải</h1>
      <p class="sapo">Sapo</p><p class="sapo-x">Không</p>
      <div class="article-content" itemprop="articleBody" data-role="content">
        <p>Đoạn <a href="/tac-gia/minh-anh">Minh Anh</a></p>
        <span class="author name">Minh Anh</span>
        <div class="box-related relate-list" type="RelatedNewsBox">Liên quan</div>
        <time datetime="2024-03-12T09:05:00+07:00">12/3/2024</time>
      </div>
      <div class="detail-author-bot"><span class="name">Hà Linh</span></div>
      <section class="module-content"><p>Một</p></section>
    </div>
    <div id="print-news-2"><div class="article-content">Khác</div></div>
    <td class="Time">x</td><p class="Title">y</p>
    <a href="https://example.vn/tac-gia/a" title="it's">z</a>
    </body></html>"""
)

EXTRA = [
    "h1",
    "H1.detail-title",
    "*.sapo",
    "#print-news",
    "#print-news .article-content",
    "#print-news > .article-content",
    "div > p",
    "[itemprop=articleBody]",
    ".article-content[itemprop=articleBody]",
    "[class*=relate]",
    "[class^=box]",
    "[class$=list]",
    "[class~=name]",
    "[type=RelatedNewsBox]",
    "a[href*='/tac-gia/']",
    'a[href*="/tac-gia/"]',
    "[data-role]",
    'a[title="it\'s"]',
    ".detail-author-bot .name",
    "span.author, time",
    "td.Time",
    "p.Title",
    ".author.name",
    "#print-news.wrap",
    ".wrap#print-news > h1",
    ".article-content > [class~=name]",
    "[data-role=content]",
    "[data-role^=con]",
    "[data-role$=ent]",
    "[data-role*=nte]",
    "[data-role~=content]",
    "[data-role*='']",
    "[data-role='']",
    "[itemprop=articleBody].article-content",
    "#print-news [data-role] > span",
]


def _profile_selectors() -> list[str]:
    fields = ("headline", "lead", "body", "dateline", "byline", "drop")
    found: list[str] = []
    for compiled in PROFILES.values():
        profile: SiteProfile = compiled.profile
        for field in fields:
            found.extend(getattr(profile, field))
    return sorted(set(found))


def _ids(elements: Sequence[_Element]) -> list[int]:
    return [id(e) for e in elements]


@pytest.mark.parametrize("selector", EXTRA + _profile_selectors())
def test_same_elements_as_cssselect(selector: str) -> None:
    ours = XPath(css_to_xpath(selector))(PAGE)
    theirs = CSSSelector(selector, translator="html")(PAGE)
    assert _ids(ours) == _ids(theirs)


_WORDS = st.sampled_from(["a", "b", "ab", "a b", " a", "b-a", ""])
_ATTRS = st.dictionaries(st.sampled_from(["id", "class", "data-x", "type"]), _WORDS, max_size=3)


@st.composite
def _trees(draw: st.DrawFn) -> str:
    """Markup of nested elements, each with a few attributes of near-miss values."""

    def element(depth: int) -> str:
        tag = draw(st.sampled_from(["div", "p", "span"]))
        attrs = "".join(f' {k}="{v}"' for k, v in draw(_ATTRS).items())
        inner = "".join(element(depth + 1) for _ in range(draw(st.integers(0, 3 - depth))))
        return f"<{tag}{attrs}>{inner}</{tag}>"

    return (
        "<html><body>"
        + "".join(element(0) for _ in range(draw(st.integers(1, 3))))
        + "</body></html>"
    )


_SELECTORS = st.builds(
    "".join,
    st.lists(
        st.sampled_from(
            [
                ".a",
                ".ab",
                "#a",
                "#b",
                "[data-x]",
                "[data-x=a]",
                "[data-x^=a]",
                "[data-x$=b]",
                "[data-x*=b]",
                "[data-x~=a]",
                "[type=ab]",
                "[id=a]",
                "[class*=b]",
                "[data-x*='']",
            ]
        ),
        min_size=1,
        max_size=3,
    ),
)


@given(
    markup=_trees(),
    first=_SELECTORS,
    combinator=st.sampled_from(["", " ", " > "]),
    second=_SELECTORS,
)
def test_same_elements_as_cssselect_on_any_tree(
    markup: str, first: str, combinator: str, second: str
) -> None:
    """From the page and from each element (the body's drops are looked for under the
    body's containers), in the same order."""
    selector = first + (combinator + second if combinator else "")
    page = document_fromstring(markup)
    ours, theirs = XPath(css_to_xpath(selector)), CSSSelector(selector, translator="html")
    for context in page.iter():
        assert _ids(ours(context)) == _ids(theirs(context))


@given(
    markup=_trees(),
    first=_SELECTORS,
    second=st.sampled_from(["", ", .b", ", p", ", [class^=a]", ", [class$=b]", ", [class=ab]"]),
)
def test_a_selector_that_cannot_match_finds_nothing(markup: str, first: str, second: str) -> None:
    """Where the page's classes lack what a selector needs, it finds nothing, from any
    element; and what it needs is in the class of whatever it finds."""
    selector = first + second
    page = document_fromstring(markup)
    compiled = compile_profile(SiteProfile(name="x.vn", hosts="x.vn", body=selector)).body[0]
    assert isinstance(compiled, _Selector)
    classes = "\0".join(el.get("class", "") for el in page.iter())
    possible = may_match(compiled, lambda: classes)
    for context in page.iter():
        assert possible or compiled(context) == []
    for found in compiled(page):
        assert (
            any(all(text in found.get("class", "") for text in part) for part in compiled.needs)
            or not compiled.needs
        )


def test_what_profile_selectors_need() -> None:
    assert class_needs(".detail-author-bot .name") == (("detail-author-bot", "name"),)
    assert class_needs("#print-news h2.ms-rteElement-H2") == (("ms-rteElement-H2",),)
    assert class_needs("[data-role=publishdate]") == ()
    assert class_needs("[class~=x], .y") == ()  # a word test: white space may differ
    assert class_needs("[class*=''].y") == (("y",),)
    tuoitre = PROFILES["tuoitre.vn"]
    assert [s.needs for s in tuoitre.headline if isinstance(s, _Selector)] == [
        (("detail-title",),),
        (("title-2",),),
        (),
    ]


def test_the_near_misses_are_missed() -> None:
    titles = XPath(css_to_xpath("h1.detail-title"))(PAGE)
    assert [t.text for t in titles] == ["Tiêu đề"]
    assert XPath(css_to_xpath(".sapo"))(PAGE)[0].text == "Sapo"


@pytest.mark.parametrize(
    "selector",
    [
        pytest.param("", id="empty"),
        pytest.param("p:first-child", id="pseudo-class"),
        pytest.param("p + p", id="sibling-combinator"),
        pytest.param("> p", id="leading-combinator"),
        pytest.param("p >", id="trailing-combinator"),
        pytest.param(".a p.b span[x=1]div", id="tag-after-class"),
        pytest.param("[x='unclosed]", id="unclosed-quote"),
    ],
)
def test_unsupported_css_fails_loudly(selector: str) -> None:
    with pytest.raises(ValueError, match=r"CSS|selector"):
        css_to_xpath(selector)
