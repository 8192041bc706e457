"""The page's index of its class attributes answers a profile's selectors of classes alone
as their XPath does: the same elements, in the same order, each once, with the XPath's
white space (``normalize-space()``: space, tab, CR and LF, no other) between a class
attribute's words, and nothing the tree lost after the index was made."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.html import document_fromstring

from class_pages import lose_an_element, page_source
from vn_newsdoc.html._css import css_to_xpath, simple_classes
from vn_newsdoc.html._elements import first_match
from vn_newsdoc.html._page import Page
from vn_newsdoc.html.metadata import PageMetadata
from vn_newsdoc.html.sites import SiteProfile, compile_profile

_NAMES = st.sampled_from(["a", "b", "ab", "a-b", "A", "_x", "-a", "sapo", "detail-sapo", "ơi"])
# Every kind of white space: XPath's four, and those str.split() or \s also know.
_BLANKS = st.sampled_from(
    [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2003", "\u3000", "  "]
)
_CLASS = st.lists(st.one_of(_NAMES, _BLANKS, st.sampled_from(["-", ".", "x"])), max_size=7)
_TAGS = st.sampled_from(["div", "p", "span", "h1", "section", "b"])
_LEAF = st.tuples(_TAGS, st.none() | _CLASS.map("".join), st.just(()))
_TREE = st.recursive(
    _LEAF,
    lambda kids: st.tuples(_TAGS, st.none() | _CLASS.map("".join), st.lists(kids, max_size=4)),
    max_leaves=24,
)
_SELECTOR = st.builds(
    lambda tag, names: tag + "".join("." + name for name in names),
    st.sampled_from(["", "*", "div", "p", "h1", "SPAN"]),
    st.lists(_NAMES.filter(lambda name: name != "ơi"), min_size=1, max_size=3),
)


def _page(trees: list[tuple[str, str | None, object]], selectors: list[str]) -> Page:
    source = page_source(trees)
    profile = compile_profile(SiteProfile(name="x.vn", hosts="x.vn", headline=tuple(selectors)))
    return Page(
        document_fromstring(source), PageMetadata(), profile, url=None, name="x", strict=False
    )


@given(st.lists(_TREE, max_size=4), st.lists(_SELECTOR, min_size=1, max_size=4), st.booleans())
@example([("p", "a\tb", ())], [".a.b"], True)
@example([("p", "a\rb", ())], [".b"], True)
@example([("p", "a\xa0b", ())], [".a", ".b"], True)
@example([("p", "a\x0cb", ())], [".a"], True)
@example([("p", "\n a  a ", ())], [".a"], True)
@example([("p", "ab", ()), ("p", "b a", ())], [".a", ".b"], True)
@example([("div", "a", [("p", "a", [])])], ["div.a", "p.a"], True)
@example([("h1", "sapo", ())], ["H1.sapo", "*.sapo"], True)
@example([("p", "detail-sapo", ())], [".sapo"], True)
def test_the_index_finds_what_the_xpath_finds(
    trees: list[tuple[str, str | None, object]], selectors: list[str], made_first: bool
) -> None:
    # A page whose profile has a selector of classes alone with no tag reads them all
    # from its index; one that has made it reads them from it in any case.
    page = _page(trees, selectors)
    assert page.profile is not None
    expected = first_match(selector(page.root) for selector in page.profile.headline)
    if made_first:
        _ = page.class_index
    assert page.first_match("headline") is expected
    for selector in page.profile.headline:
        assert page.select(selector) == selector(page.root)


@given(st.lists(_TREE, min_size=1, max_size=4), _SELECTOR, st.integers(0, 200), st.booleans())
@example([("div", "a", [("p", "a", [])])], ".a", 1, True)
@example([("div", "a", [("p", "a", [])])], ".a", 2, False)
def test_an_element_the_tree_lost_is_not_found(
    trees: list[tuple[str, str | None, object]], selector: str, which: int, tree: bool
) -> None:
    page = _page(trees, [selector])
    assert page.profile is not None
    compiled = page.profile.headline[0]
    lose_an_element(page, which, tree)
    assert page.select(compiled) == compiled(page.root)


@given(
    st.lists(
        st.one_of(_SELECTOR, st.sampled_from([" ", " > ", "#x", "[class=a]", "[data-a]", ".b"])),
        min_size=1,
        max_size=4,
    ).map("".join)
)
@example(".a .b")
@example("p.a#x")
@example(" .a ")
def test_a_selector_of_classes_alone_is_its_tag_and_classes(selector: str) -> None:
    try:
        compiled = css_to_xpath(selector)
    except ValueError:
        return
    simple = simple_classes(selector)
    if simple is not None:
        tag, classes = simple
        assert compiled == css_to_xpath(tag + "".join("." + name for name in classes))
    else:
        assert any(mark in selector.strip() for mark in " >#[") or "." not in selector


def test_a_profile_with_a_selector_of_classes_alone_with_no_tag_reads_from_the_index() -> None:
    assert compile_profile(SiteProfile(name="x", hosts="x.vn", lead=".sapo")).indexed
    assert not compile_profile(SiteProfile(name="x", hosts="x.vn", lead="p.sapo")).indexed
    assert not compile_profile(SiteProfile(name="x", hosts="x.vn", drop=".sapo")).indexed
    page = _page([("p", "a\tb", ())], ["p.a"])
    assert page.first_match("headline") is not None
    assert "class_index" not in vars(page)
    page = _page([("p", "a\tb", ())], ["p.a", ".a"])
    assert page.first_match("headline") is not None
    assert "class_index" in vars(page)  # made for the prefilter, which reads it
    assert sorted(page.classes.split("\0")) == ["a\tb", "a b"]
