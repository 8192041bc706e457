"""The compiled build's walk for the page survey (``survey_walk`` of ``vn_newsdoc._walks``)
makes the survey the loop over every element makes: the same positions, the same lists in
the same order, the same answer on source words, on any page.

The walk stands for the loop of :class:`~vn_newsdoc.html._survey.Survey`: it numbers the
nodes, reads the class, id, roles' and link attributes of each element and builds the hint
(or gives the class where the hint is the class and a space), and gathers the headings and
time elements; the survey is left the memories of hints and the patterns. Where the walk
cannot read a value as the loop does (an attribute of several nodes, a DTD's defaults) it
gives ``None`` and the loop reads the page. These tests run where the walk is built (the
compiled build's run of them).
"""

from __future__ import annotations

import contextlib
import importlib.util

import lxml.etree
import lxml.html
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import _Element

from vn_newsdoc.errors import ReaderError
from vn_newsdoc.html import _survey
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html._survey import Survey

_BUILT = importlib.util.find_spec("vn_newsdoc._walks") is not None
pytestmark = pytest.mark.skipif(not _BUILT, reason="the walk is built by the compiled build alone")


def _surveys(root: _Element) -> tuple[Survey, Survey]:
    """The survey made on the walk, and the survey made by the loop; the walk's made again,
    on the memories of hints the first two filled (where the walk passes over the elements
    known to hint at nothing), is the first's."""
    walk = _survey._SURVEY_WALK
    assert walk is not None
    try:
        on_walk = Survey(root)
        _survey._SURVEY_WALK = None
        on_loop = Survey(root)
    finally:
        _survey._SURVEY_WALK = walk
    _assert_same(Survey(root), on_walk)
    return on_walk, on_loop


def _assert_same(on_walk: Survey, on_loop: Survey) -> None:
    assert list(on_walk.order.items()) == list(on_loop.order.items())
    assert all(a is b for a, b in zip(on_walk.order, on_loop.order, strict=True))
    for name in ("titles", "leads", "dates", "authors", "sources"):
        walked, looped = getattr(on_walk, name), getattr(on_loop, name)
        assert len(walked) == len(looped), name
        assert all(a is b for a, b in zip(walked, looped, strict=True)), name
    assert on_walk.source_words is on_loop.source_words


# Values: the words of the hints' patterns and of an author's address, in any case, with
# letters that fold to ASCII ones case-blind, entities (known, numeric, unknown), white
# space, quotes and any other character; often empty.
_PIECES = st.sampled_from(
    [
        "", " ", "  ", "title", "Title", "lead", "sapo", "date", "time", "author", "byline",
        "tac-gia", "ource", "source", "Nguon", "nguon", "guon", "menu", "related", "dek",
        "headline", "/tac-gia/minh-anh/", "/TAC-GIA/x/", "/Author/y/", "/writer/", "/tacgia/",
        "/authors/", "/the-thao/", "nofollow", "author noopener", "Tác giả", "tiêu đề",
        "\u017f", "\u212a", "\u0130", "&amp;", "&eacute;", "&#7897;", "&#x1EA1;", "&nbsp;",
        "&zz;", "&", "&quot;", "'", "\t", "\n", "\xa0", "\u3000", "x" * 120,
    ]
)  # fmt: skip
_VALUES = st.lists(
    st.one_of(_PIECES, st.characters(exclude_categories=["Cs"], exclude_characters='"<>\0')),
    max_size=6,
).map("".join)
_NAMES = st.sampled_from(
    [
        "class", "id", "itemprop", "data-role", "data-slot", "href", "rel", "style", "CLASS",
        "ID", "title", "xml:lang", "x:class",
    ]
)  # fmt: skip
_ATTRIBUTE = st.one_of(
    st.tuples(_NAMES, _VALUES).map(lambda pair: f' {pair[0]}="{pair[1]}"'),
    _NAMES.map(lambda name: f" {name}"),  # an attribute without a value
)
_TAGS = st.sampled_from(
    ["div", "p", "span", "a", "A", "h1", "H1", "h2", "time", "td", "strong", "section", "b",
     "img", "svg:h1", "x:a"]
)  # fmt: skip
_TEXT = st.sampled_from(["", "x", " Tin ", "&amp;", "<!-- note -->", "<?pi x?>", "é"])


@st.composite
def _pages(draw: st.DrawFn) -> str:
    parts: list[str] = []
    opened: list[str] = []
    for _ in range(draw(st.integers(min_value=0, max_value=20))):
        if opened and draw(st.integers(0, 3)) == 0:
            parts.append(f"</{opened.pop()}>{draw(_TEXT)}")
            continue
        tag = draw(_TAGS)
        attributes = "".join(draw(st.lists(_ATTRIBUTE, max_size=5)))
        parts.append(f"<{tag}{attributes}>{draw(_TEXT)}")
        opened.append(tag)
    return "<html><body>" + "".join(parts) + "</body></html>"


@given(_pages())
@example('<html><body><p class="title">x</p><h1 class="title">y</h1><time>z</time></body></html>')
@example('<a class="tac-gia" href="/tac-gia/x/">x</a><a rel="author">y</a><a href="/Author/">z</a>')
@example('<a href="/tác-giả/">x</a><a href="/\u017fx/author/">y</a><b href="/author/">z</b>')
@example('<p class="lead" itemprop="">x</p><p class="" id="">y</p><p itemprop="" data-slot="d">')
@example('<div class="source" id="nguon">x</div><span id="Source">y</span><p class="Nguon">z</p>')
@example('<p class>x</p><p class="title" style="x">y</p><a class="date" rel="nofollow">z</a>')
@example("<!-- c --><p class='date'>x<?pi y?></p><svg:h1 class='title'>z</svg:h1>")
@example('<p class="a&amp;b &zz; &#7897;" id="&eacute;">x</p><a rel="x&amp;author">y</a>')
@example('<a rel="nofollow">x</a><a href="">y</a><a class="byline" rel="author" href="/x">z</a>')
@example('<span class="title" href="/author/">x</span><p class="lead" data-role="" id>y</p>')
@example('<a class="date" href="/tac-gia/" itemprop="author">x</a><a rel="Author" href="/ok">y</a>')
def test_the_walk_makes_the_survey_the_loop_makes(source: str) -> None:
    # The page as lxml parses it (comments and processing instructions kept), and as the
    # reader parses it.
    roots: list[_Element] = [lxml.html.document_fromstring(source)]
    with contextlib.suppress(ReaderError):  # a page the reader refuses has no survey
        roots.append(parse_html(source))
    from vn_newsdoc._walks import survey_walk as walk  # noqa: PLC0415

    for root in roots:
        assert walk(root) is not None  # parsed values: each one text node
        _assert_same(*_surveys(root))
        body = root.find("body")
        if body is not None:  # from any element: the walk, as root.iter(), stays under it
            _assert_same(*_surveys(body))


def test_a_tree_changed_after_the_parse_is_surveyed_alike() -> None:
    root = lxml.html.document_fromstring(
        '<p class="title">a</p><span class="lead">b</span><div id="date-x">c</div>'
    )
    body: _Element | None = root.find("body")
    assert body is not None
    body[1].tag = "h1"
    body[0].tag = "a"
    body[0].set("href", "/tac-gia/x/")
    # Elements and attributes in a namespace: root.iter("h1") does not find a "{...}h1",
    # a tag of no title; "{...}class" is no class.
    body.append(lxml.etree.Element("{http://x}h1", {"class": "title"}))
    body.append(lxml.etree.Element("{http://x}a", {"rel": "author"}))
    body.append(lxml.etree.Element("time", {"{http://x}class": "date", "id": "t"}))
    body.append(lxml.etree.Comment("note"))
    body.append(lxml.etree.ProcessingInstruction("pi", "x"))
    body.append(lxml.etree.Entity("nbsp"))
    body[-1].tail = "after"
    on_walk, on_loop = _surveys(root)
    _assert_same(on_walk, on_loop)
    assert [el.tag for el in on_walk.titles] == ["a", "h1"]
    assert [el.tag for el in on_walk.dates] == ["div", "time"]
    assert len(on_walk.order) == sum(1 for _ in root.iter())


def test_values_of_several_nodes_are_read_by_the_loop() -> None:
    # An entity left unresolved makes a value of three nodes: the walk leaves the page.
    parser = lxml.etree.XMLParser(resolve_entities=False)
    root = lxml.etree.fromstring(
        '<!DOCTYPE p [<!ENTITY e "x">]><p><a class="ti&e;tle" href="/a">t</a></p>', parser
    )
    from vn_newsdoc._walks import survey_walk as walk  # noqa: PLC0415

    assert walk(root) is None
    _assert_same(*_surveys(root))


def test_a_dtd_declaring_attributes_is_read_by_the_loop() -> None:
    # get() gives the defaults a DTD declares, which keys() does not name.
    root = lxml.etree.fromstring(
        '<!DOCTYPE p [<!ATTLIST a itemprop CDATA "headline">]><p><a id="x">t</a></p>'
    )
    from vn_newsdoc._walks import survey_walk as walk  # noqa: PLC0415

    assert walk(root) is None
    _assert_same(*_surveys(root))


def test_the_walk_refuses_what_is_no_element() -> None:
    from vn_newsdoc._walks import survey_walk as walk  # noqa: PLC0415

    with pytest.raises(TypeError, match="takes an lxml element, not str"):
        walk("<p>")  # type: ignore[arg-type]


_ADDRESSES = st.lists(
    st.one_of(
        st.sampled_from(["/", "tac", "TAC", "Tac", "ta", "c", "author", "AUTHOR", "auth", "or",
                         "writer", "WRITER", "wri", "ter", "-gia", "\u017f", "\u212a", "é"]),
        st.characters(exclude_categories=["Cs"], exclude_characters='"<>\0'),
    ),
    max_size=8,
).map("".join)  # fmt: skip


@given(_ADDRESSES)
@example("/Tac-Gia/minh-anh/")
@example("/the-thao/bong-da/")
@example("/t/a/c/")
@example("/AuThOr")
@example("/tác-giả/")
def test_the_walk_leaves_an_address_where_the_plain_look_does_not_pass_over_it(
    href: str,
) -> None:
    # The walk asks no pattern: it leaves the survey an a element's address (its note)
    # exactly where _links_an_author's plain look at ASCII would not answer "no".
    root = lxml.html.fragment_fromstring(f'<a href="{href}">x</a>')
    from vn_newsdoc._walks import survey_walk as walk  # noqa: PLC0415

    walked = walk(root)
    assert walked is not None
    _, elements, keys, notes, _, _ = walked
    assert elements == ([] if not keys else [root])
    value = root.get("href", "")
    lowered = value.lower()
    plain_no = value.isascii() and not any(w in lowered for w in ("tac", "author", "writer"))
    assert (keys, notes) == (([], []) if plain_no else ([" "], [value]))
    assert not plain_no or not _survey._links_an_author(value)


def test_the_walk_passes_over_what_the_memories_hold_as_hinting_at_nothing() -> None:
    root = lxml.html.fragment_fromstring(
        '<div class="x"><p class="y" id="z">a</p><a class="x" href="/tac-gia/q/">b</a></div>'
    )
    from vn_newsdoc._walks import survey_walk as walk  # noqa: PLC0415

    def keys(classes: dict[str, int], known: dict[str, int]) -> list[str]:
        walked = walk(root, classes, known)
        assert walked is not None
        return walked[2]

    assert keys({}, {}) == ["x", "y z", "x "]
    # A class, or a hint, known to hint at nothing; one known to hint at something, or a
    # hint that an author's address may lengthen (looked up after the pattern is asked).
    assert keys({"x": 0}, {"y z": 0, "x ": 0}) == ["x "]
    assert keys({"x": 1}, {"y z": 2}) == ["x", "y z", "x "]
    assert keys({"y z": 0}, {"x": 0}) == ["x", "y z", "x "]  # each in its own memory
