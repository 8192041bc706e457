"""The compiled build's walk strips the page's tags as lxml's ``strip_elements`` does, in
the walk that finds the hidden parts: the same tree is left (node for node, text nodes
included), what it finds is what it finds after ``strip_elements``, and the elements a proxy
holds in what is stripped are out of the tree as lxml leaves them (or, holding a namespace,
left for ``strip_elements`` itself). The whole stripper on the walk leaves the page it
leaves on the searches. Run where the walk is built (the compiled build's run of these
tests)."""

from __future__ import annotations

import importlib.util
import random

import lxml.etree
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import _Element

from vn_newsdoc.html.body import _strip

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("vn_newsdoc._walks") is None,
    reason="the walk is built by the compiled build alone",
)

_TAGS = ("div", "p", "span", "img", "b", "section", "main", "ul", "li", "form")
_STRIPPED = ("script", "style", "svg", "nav", "button", "input", "iframe", "noscript")
_MARKS = (
    "", "", "", ' style="display:none"', ' style="color: red"', " hidden", ' hidden id="S:1"',
    ' aria-hidden="true"', ' aria-hidden="false"', ' style="diſplay: none"', ' class="x"',
)  # fmt: skip
_TEXTS = ("", "", "a", " b ", "\x07c", "đ", "\n")


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    """Nested elements of the stripped tags and others, each perhaps hidden, with texts
    and tails (a control character among them)."""
    parts = [draw(st.sampled_from(_TEXTS))]
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        tag = draw(st.sampled_from(_TAGS + _STRIPPED))
        marks = draw(st.sampled_from(_MARKS))
        inner = draw(_markup(depth + 1))
        parts.append(f"<{tag}{marks}>{inner}</{tag}>{draw(st.sampled_from(_TEXTS))}")
    return "".join(parts)


def _pages() -> st.SearchStrategy[str]:
    head = st.sampled_from(["", "<script>x()</script>", "<style>p{}</style><title>t</title>"])
    return st.builds(
        lambda h, m, b: f"<html{m}><head>{h}</head><body{m}>{b}</body></html>",
        head,
        st.sampled_from(_MARKS),
        _markup(),
    )


def _parse(source: bytes) -> _Element:
    """The page's tree of plain elements, as the reader's parse makes (which refuses some
    pages these tests make, with control characters)."""
    return lxml.etree.fromstring(source, lxml.etree.HTMLParser())


def _nodes(root: _Element) -> list[tuple[str, str]]:
    """Every node under the document, text nodes one by one, as kind and content."""
    found = []
    for node in root.xpath("/descendant::node()"):
        if isinstance(node, str):
            found.append(("text", str(node)))
        else:
            found.append((str(node.tag), lxml.etree.tostring(node, with_tail=False).decode()))
    return found


def _paths(root: _Element, lists: tuple[list[_Element], ...]) -> list[list[str]]:
    tree = root.getroottree()
    return [[tree.getpath(el) for el in found] for found in lists]


def _both(source: str, top: str | None, held: int) -> None:
    """The walk, given the tags, and ``strip_elements`` then the walk without them, on
    the page parsed twice (from its ``top`` element, or its root), with proxies held on
    the elements whose numbers in document order ``held`` draws."""
    from vn_newsdoc._walks import candidates  # noqa: PLC0415

    pages = [_parse(source.encode()), _parse(source.encode())]
    tops = [page if top is None else page.find(top) for page in pages]
    holds = []
    for page in pages:
        elements = list(page.iter())
        pick = random.Random(held)
        holds.append([el for el in elements if pick.random() < held / 100])
    assert tops[0] is not None
    assert tops[1] is not None
    tags = _strip._DROP_TAG_NAMES
    *found, left = candidates(tops[0], tags)
    assert left is False
    lxml.etree.strip_elements(tops[1], *tags, with_tail=False)
    *expected, _ = candidates(tops[1], ())
    assert _paths(pages[0], tuple(found)) == _paths(pages[1], tuple(expected))
    # Once the hidden parts are dropped (what they hold is not stripped first: it leaves
    # the page with them), the same nodes are left.
    gone = set(found[0])
    _strip._drop_found(*found)
    _strip._drop_found(*expected)
    assert _nodes(pages[0]) == _nodes(pages[1])
    # The elements held where the page was stripped are out of it as lxml leaves them.
    for got, wanted in zip(holds[0], holds[1], strict=True):
        if got in gone or any(up in gone for up in got.iterancestors()):
            continue
        assert lxml.etree.tostring(got) == lxml.etree.tostring(wanted)
        assert (got.getparent() is None) is (wanted.getparent() is None)
        assert [up.tag for up in got.iterancestors()] == [up.tag for up in wanted.iterancestors()]


@given(_pages(), st.sampled_from([None, "body", "head"]), st.integers(0, 30))
@example(
    "<html><body><p>a<script>x</script>\x07b<svg><nav>c</nav></svg>d</p></body></html>", None, 0
)
@example("<html><body><nav hidden>a<button>b</button>c</nav>d</body></html>", "body", 0)
@example('<html><body><div style="display:none"><script>a</script></div></body></html>', None, 0)
@example("<html><head><script>a</script></head><body><nav>b</nav></body></html>", "body", 50)
@example("<html><body><button><p>a</p></button><input>b<iframe>c</iframe></body></html>", None, 100)
def test_the_walk_strips_as_strip_elements(source: str, top: str | None, held: int) -> None:
    _both(source, top, held)


def test_the_walk_strips_nothing_at_its_top_or_outside_it() -> None:
    from vn_newsdoc._walks import candidates  # noqa: PLC0415

    page = _parse(b"<html><body><nav><nav>a</nav>b<p>c</p></nav><p>d</p></body></html>")
    nav = page.find("body/nav")
    assert nav is not None
    candidates(nav, ("nav", "p"))
    assert lxml.etree.tostring(page) == b"<html><body><nav>b</nav><p>d</p></body></html>"


def test_a_namespaced_part_holding_a_proxy_is_left_to_strip_elements() -> None:
    from vn_newsdoc._walks import candidates  # noqa: PLC0415

    source = '<r xmlns:x="u"><script><x:a><b/></x:a></script>t<script/><c x:y="1"/></r>'
    page, expected = lxml.etree.fromstring(source), lxml.etree.fromstring(source)
    held, held_too = page.find("script/{u}a/b"), expected.find("script/{u}a/b")
    assert held is not None
    assert held_too is not None
    assert candidates(page, ("script",))[4] is True
    assert (
        lxml.etree.tostring(page)
        == b'<r xmlns:x="u"><script><x:a><b/></x:a></script>t<c x:y="1"/></r>'
    )
    lxml.etree.strip_elements(page, "script", with_tail=False)
    lxml.etree.strip_elements(expected, "script", with_tail=False)
    assert lxml.etree.tostring(page) == lxml.etree.tostring(expected)
    # (lxml declares the namespace on what a proxy holds, out of the tree.)
    assert lxml.etree.tostring(held) == lxml.etree.tostring(held_too) == b'<b xmlns:x="u"/>'
    # Namespaced, without a proxy: freed as lxml frees it.
    page = lxml.etree.fromstring(source)
    assert candidates(page, ("script",))[4] is False
    assert lxml.etree.tostring(page) == b'<r xmlns:x="u">t<c x:y="1"/></r>'


def test_tags_in_a_namespace_or_in_another_case_are_not_stripped() -> None:
    from vn_newsdoc._walks import candidates  # noqa: PLC0415

    source = '<r xmlns:x="u" xmlns="v"><x:script/><script/><SCRIPT/><p xmlns=""><script/></p></r>'
    page, expected = lxml.etree.fromstring(source), lxml.etree.fromstring(source)
    candidates(page, ("script",))
    lxml.etree.strip_elements(expected, "script", with_tail=False)
    assert lxml.etree.tostring(page) == lxml.etree.tostring(expected)
    assert b'<p xmlns=""/>' in lxml.etree.tostring(page)


@given(_pages())
@example("<html><body><p>a<script>x</script>\x07b<span hidden>c</span>\x07d</p></body></html>")
@example('<html><body>a<nav>n</nav><div style="display:none">b</div>c</body></html>')
def test_a_page_stripped_on_the_walk_is_the_page_stripped_by_lxml_and_searches(
    source: str,
) -> None:
    # (Without control characters, which a tag's drop before the walk refuses.)
    source = source.replace("\x07", "")
    on_walk, on_searches = _parse(source.encode()), _parse(source.encode())
    saved = _strip._HIDDEN_WALK
    try:
        _strip._strip_page(on_walk, list(on_walk.iter("button")), list(on_walk.iter("main")))
        _strip._HIDDEN_WALK = None
        _strip._strip_page(
            on_searches, list(on_searches.iter("button")), list(on_searches.iter("main"))
        )
    finally:
        _strip._HIDDEN_WALK = saved
    assert _nodes(on_walk) == _nodes(on_searches)
