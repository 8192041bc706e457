"""The page's index of its class attributes answers a profile's chains of selectors of
classes alone (``.author-info .name``, ``.author_mail strong``) as their XPath does: the
same elements, in the same order, each once, nested boxes and all, and nothing the tree
lost after the index was made."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.html import document_fromstring

from class_pages import lose_an_element, page_source
from vn_newsdoc.html._css import class_chain, css_to_xpath
from vn_newsdoc.html._elements import first_match
from vn_newsdoc.html._page import Page
from vn_newsdoc.html.metadata import PageMetadata
from vn_newsdoc.html.sites import SiteProfile, compile_profile

_NAMES = st.sampled_from(["a", "b", "ab", "a-b", "A", "name", "ơi"])
# Every kind of white space: XPath's four, and those str.split() or \s also know.
_BLANKS = st.sampled_from([" ", "\t", "\n", "\r", "\x0c", "\x85", "\xa0", "\u3000", "  "])
_CLASS = st.lists(st.one_of(_NAMES, _BLANKS, st.sampled_from(["-", "x"])), max_size=5)
_TAGS = st.sampled_from(["div", "p", "span", "b", "strong"])
_LEAF = st.tuples(_TAGS, st.none() | _CLASS.map("".join), st.just(()))
_TREE = st.recursive(
    _LEAF,
    lambda kids: st.tuples(_TAGS, st.none() | _CLASS.map("".join), st.lists(kids, max_size=4)),
    max_leaves=30,
)
_COMPOUND = st.builds(
    lambda tag, names: tag + "".join("." + name for name in names),
    st.sampled_from(["", "*", "div", "p", "SPAN", "b"]),
    st.lists(_NAMES.filter(lambda name: name != "ơi"), min_size=1, max_size=2),
)
_LAST = st.one_of(_COMPOUND, st.sampled_from(["strong", "b", "P", "div"]))
_CHAIN = st.builds(
    lambda compounds, last: " ".join([*compounds, last]),
    st.lists(_COMPOUND, min_size=1, max_size=3),
    _LAST,
)


def _page(trees: list[tuple[str, str | None, object]], selectors: list[str]) -> Page:
    source = page_source(trees)
    # A selector of classes alone with no tag first: the page reads from its index.
    headline = (".zz", *selectors)
    profile = compile_profile(SiteProfile(name="x.vn", hosts="x.vn", headline=headline))
    assert profile.indexed
    return Page(
        document_fromstring(source), PageMetadata(), profile, url=None, name="x", strict=False
    )


@given(st.lists(_TREE, max_size=4), st.lists(_CHAIN, min_size=1, max_size=3))
@example([("div", "a", [("p", "b", [("b", "a", [])])])], [".a .b", ".a b", ".a .a"])
@example(
    [("div", "a", [("div", "a", [("strong", None, [])]), ("strong", None, [])])], [".a strong"]
)
@example([("p", "b", [])], [".a .b", ".b .b", "body.a p.b", "html.a .b"])
@example([("div", "a\tb", [("p", "name", [])])], [".a.b .name", ".b .a .name"])
@example([("div", "a\xa0b", [("p", "name", [])])], [".a .name", ".b .name"])
@example([("div", "a", [("div", "b", [("p", "a", [("p", "b", [])])])])], [".a .b .a .b", ".b .a p"])
def test_the_index_finds_what_the_xpath_finds(
    trees: list[tuple[str, str | None, object]], selectors: list[str]
) -> None:
    page = _page(trees, selectors)
    assert page.profile is not None
    compiled = page.profile.headline[1:]
    assert all(getattr(selector, "chain", None) for selector in compiled)
    expected = first_match(selector(page.root) for selector in compiled)
    for selector in compiled:
        assert page.select(selector) == selector(page.root)
    assert first_match(page.select(selector) for selector in compiled) is expected


@given(st.lists(_TREE, min_size=1, max_size=4), _CHAIN, st.integers(0, 200), st.booleans())
@example([("div", "a", [("p", "b", [("strong", None, [])])])], ".a strong", 1, True)
@example([("div", "a", [("p", "b", [])])], ".a .b", 1, False)
def test_an_element_the_tree_lost_is_not_found(
    trees: list[tuple[str, str | None, object]], selector: str, which: int, tree: bool
) -> None:
    page = _page(trees, [selector])
    assert page.profile is not None
    compiled = page.profile.headline[1]
    lose_an_element(page, which, tree)
    assert page.select(compiled) == compiled(page.root)


@given(
    st.lists(
        st.one_of(
            _COMPOUND, st.sampled_from([" ", "  ", " > ", "#x", "[class=a]", "strong", "*", ", "])
        ),
        min_size=1,
        max_size=5,
    ).map("".join)
)
@example(".a .b")
@example(".a > .b")
@example(".a strong")
@example(".a *")
@example("div .a")
@example(" .a  .b ")
@example(".a, .b")
def test_a_chain_is_its_compounds(selector: str) -> None:
    try:
        compiled = css_to_xpath(selector)
    except ValueError:
        return
    chain = class_chain(selector)
    if chain is None:
        return
    assert len(chain) > 1
    assert all(names for _, names in chain[:-1])
    assert chain[-1] != ("*", ())
    written = " ".join(tag + "".join("." + name for name in names) for tag, names in chain)
    assert compiled == css_to_xpath(written)


def test_the_profile_chains_are_read_from_the_index() -> None:
    profile = compile_profile(
        SiteProfile(name="x", hosts="x.vn", lead=".sapo", byline=(".author-info .name", "#a .b"))
    )
    assert [getattr(s, "chain", None) is not None for s in profile.byline] == [True, False]
