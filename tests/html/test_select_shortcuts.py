"""The page's compiled reading of its profile's selectors stands for the general path: each
selector's XPath run on the page's root, in order, those that need a class text no class
attribute holds left out, the first element that holds text taken. Where the profile asks
for the index, a selector it answers is read from it without the class look first, and the
look is made in the index's values joined (repeats and all), not in the values each once."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import XPath
from lxml.html import document_fromstring

from class_pages import lose_an_element, page_source
from vn_newsdoc.html._css import may_match
from vn_newsdoc.html._elements import first_match
from vn_newsdoc.html._page import Page
from vn_newsdoc.html.metadata import PageMetadata
from vn_newsdoc.html.sites import SiteProfile, compile_profile

_NAMES = st.sampled_from(["a", "b", "ab", "a-b", "name", "sapo", "ơi"])
_BLANKS = st.sampled_from([" ", "\t", "\n", "\xa0", "  "])
_CLASS = st.lists(st.one_of(_NAMES, _BLANKS, st.sampled_from(["-", "x"])), max_size=5)
_TAGS = st.sampled_from(["div", "p", "span", "h1", "b"])
_LEAF = st.tuples(_TAGS, st.none() | _CLASS.map("".join), st.just(()))
_TREE = st.recursive(
    _LEAF,
    lambda kids: st.tuples(_TAGS, st.none() | _CLASS.map("".join), st.lists(kids, max_size=4)),
    max_leaves=20,
)
_CSS_NAMES = _NAMES.filter(lambda name: name != "ơi")
_COMPOUND = st.builds(
    lambda tag, names: tag + "".join("." + name for name in names),
    st.sampled_from(["", "*", "div", "p", "H1"]),
    st.lists(_CSS_NAMES, min_size=1, max_size=2),
)
# Selectors of every kind: classes alone (the index answers), chains of those (so does
# it), a text in the class or a class with an attribute (a class look, then the XPath),
# and a tag alone or an id (the XPath alone).
_SELECTOR = st.one_of(
    _COMPOUND,
    st.builds(lambda a, b: f"{a} {b}", _COMPOUND, st.one_of(_COMPOUND, st.just("b"))),
    _CSS_NAMES.map(lambda name: f"[class*={name}]"),
    _COMPOUND.map(lambda compound: compound + "[title]"),
    st.sampled_from(["p", "h1", "#x", ".zz", "div > .a"]),
)


def _page(trees: list[tuple[str, str | None, object]], selectors: list[str], field: str) -> Page:
    given = tuple(selectors)
    if field == "headline":
        site = SiteProfile(name="x.vn", hosts="x.vn", headline=given)
    else:
        site = SiteProfile(name="x.vn", hosts="x.vn", byline=given)
    profile = compile_profile(site)
    return Page(
        document_fromstring(page_source(trees)),
        PageMetadata(),
        profile,
        url=None,
        name="x",
        strict=False,
    )


def _general(page: Page, field: str) -> tuple[list[XPath], object]:
    """The selectors of ``field`` that the class look keeps, the look made in the page's
    class values each once, and the first element with text their XPaths find."""
    values = page.root.xpath("descendant-or-self::*/@class")
    classes = "\0".join(set(values))
    assert page.profile is not None
    kept = [s for s in getattr(page.profile, field) if may_match(s, lambda: classes)]
    return kept, first_match(selector(page.root) for selector in kept)


@given(
    st.lists(_TREE, max_size=4),
    st.lists(_SELECTOR, min_size=1, max_size=4),
    st.sampled_from(["headline", "byline"]),
    st.booleans(),
)
@example([("p", "a", ())], [".zz", ".a"], "headline", False)
@example([("p", "a", ())], ["[class*=zz]", ".a"], "headline", False)
@example([("p", "ab", ())], ["p", "[class*=ab]", ".ab"], "headline", True)
@example([("div", "a", [("p", "b", [])])], [".zz .b", ".a .b"], "byline", False)
@example([("div", "a", [("p", "b", [])])], [".a b", ".a p.b"], "byline", False)
@example([("p", "a b", ()), ("p", "a b", ())], ["p.zz", "p.a[title]"], "headline", False)
@example([("p", None, ())], [".zz", "p"], "headline", False)
def test_the_compiled_reading_is_the_general_path(
    trees: list[tuple[str, str | None, object]],
    selectors: list[str],
    field: str,
    made_first: bool,
) -> None:
    page = _page(trees, selectors, field)
    kept, expected = _general(page, field)
    if made_first:
        _ = page.class_index
    assert list(page.profile_selectors(field)) == kept
    assert page.first_match(field) is expected
    for selector in kept:
        assert page.select(selector) == selector(page.root)


@given(
    st.lists(_TREE, min_size=1, max_size=4),
    st.lists(_SELECTOR, min_size=1, max_size=3),
    st.integers(0, 200),
    st.booleans(),
)
@example([("div", "a", [("p", "b", [])])], [".b", ".a"], 2, True)
@example([("div", "ab", [])], ["[class*=ab]", ".ab"], 1, True)
def test_an_element_the_tree_lost_is_not_found(
    trees: list[tuple[str, str | None, object]], selectors: list[str], which: int, whole: bool
) -> None:
    # The index (and the class look, made from it) hold what the page had when it was
    # made; an element lost since is found neither by the index nor by an XPath.
    page = _page(trees, [".zz", *selectors], "headline")
    lose_an_element(page, which, whole)
    assert page.profile is not None
    kept = [s for s in page.profile.headline if may_match(s, lambda: page.class_index.joined)]
    assert page.first_match("headline") is first_match(s(page.root) for s in kept)
