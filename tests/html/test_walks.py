"""The compiled build's walks over a parsed page find what the XPath searches they stand
for find, and a page read on their finds reads as one read on the searches'.

The walks are those of ``vn_newsdoc._walks``, a C extension of the compiled build alone
(the pure-Python package searches): the hidden elements (those judged hidden in C, and
those left to judge in Python, compared with the rules they stand for, :func:`judged`, on
random pages and style values), and the class and id attributes under an element. Their
finds are compared with the searches wherever they are built (the compiled build's run of
these tests; ``test_strip_walk`` checks the same walk's stripping of tags); the stripping
on finds made all at once,
before anything is dropped, is compared with the stripping on searches made one after the
other in every build, the finds written here with the searches (:func:`searched`). The
page's class index and its class and id values, made from the walks in the compiled build,
are tested against the searches by the class index's own tests, which that build runs.
The page survey's walk, which stands for a loop rather than searches, is tested against that
loop in ``test_survey_walk.py``.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import lxml.etree
import lxml.html
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import _Element

from vn_newsdoc.html import _native
from vn_newsdoc.html import _page as page_module
from vn_newsdoc.html.body import _strip
from vn_newsdoc.html.body._strip import (
    _ARIA_HIDDEN_XPATH,
    _HIDDEN_ATTRIBUTE_XPATH,
    _STYLES_XPATH,
    _drop_hidden,
)

_BUILT = importlib.util.find_spec("vn_newsdoc._walks") is not None


def searched(
    root: _Element, tags: tuple[str, ...] = ()
) -> tuple[list[_Element], list[_Element], list[_Element], list[_Element], bool]:
    """A walk by lxml and the searches, which judges nothing: the tags stripped under root
    (``strip_elements``), no element dropped as it goes, then the elements with a style, a
    hidden and an aria-hidden attribute (whatever its value), in document order, each judged
    by the stripper, and no tag left to strip."""
    if tags:
        lxml.etree.strip_elements(root, *tags, with_tail=False)
    styled = [value.getparent() for value in _STYLES_XPATH(root)]
    hidden = list(_HIDDEN_ATTRIBUTE_XPATH(root))
    aria = list(lxml.etree.XPath("//*/@aria-hidden/..")(root))
    return [], styled, hidden, aria, False


def judged(
    root: _Element,
) -> tuple[list[_Element], list[_Element], list[_Element], list[_Element]]:
    """What the walk gives, by the rules it stands for, on a page parsed from markup (each
    attribute's value one text node): in document order, the elements with a parent element
    (the page's root stays) and none inside one dropped, dropped where a style in ASCII, an
    aria-hidden of "true" (other than an image's) or a hidden attribute (with an id not
    starting with "S:") hides them; then, of the others, those with a style outside ASCII,
    those with a hidden attribute (and an id starting so), and (none here) those with an
    aria-hidden of several nodes."""
    dropped: list[_Element] = []
    styled: list[_Element] = []
    hidden: list[_Element] = []
    gone: set[_Element] = set()
    for el in lxml.etree.XPath("//*")(root):
        assert isinstance(el, _Element)
        if el.getparent() is None or any(up in gone for up in el.iterancestors()):
            continue
        style = el.get("style")
        streamed = (el.get("id") or "").startswith("S:")
        if (
            (style is not None and style.isascii() and _strip._hides(style))
            or (el.get("aria-hidden") == "true" and el.tag != "img")
            or (el.get("hidden") is not None and not streamed)
        ):
            dropped.append(el)
            gone.add(el)
            continue
        if style is not None and not style.isascii():
            styled.append(el)
        if el.get("hidden") is not None:  # (streamed)
            hidden.append(el)
    return dropped, styled, hidden, []


# Pages: elements nested in each other, with and without the attributes (in any case, in a
# namespace, empty, with values that hide or not), text and tails between them.
_ATTRIBUTES = st.sampled_from(
    [
        "", ' style="display:none"', ' style="color: red"', " style", ' STYLE="display: none"',
        " hidden", ' hidden="hidden"', ' aria-hidden="true"', ' aria-hidden="false"',
        ' aria-hidden="TRUE"', ' id="S:1" hidden', ' xml:style="display:none"',
        ' style="visibility:hidden" aria-hidden="true" hidden', ' data-style="display:none"',
        ' aria-hidden=" true"', ' aria-hidden="true" style="diſplay: none"', ' style=""',
        ' aria-hidden="tru&#101;"', ' aria-hidden', ' hidden style="color: red"',
        ' hidden id="S:x"', ' id="S" hidden', ' hidden id="s:1"', ' hidden id=""',
        ' hidden id="S:1\n"', ' hidden id="S:&#x661;"', ' id="S:1x" hidden', ' id="a" hidden',
    ]
)  # fmt: skip


def _style_values() -> st.SearchStrategy[str]:
    """Style values as written in markup: the hiding declarations' words in any case,
    colons, semicolons, white space of every kind (as characters and as entities),
    ``!important``, comments, entities, letters outside ASCII that match ASCII ones in any
    case, and any character but a quote (which would end the value)."""
    words = ["display", "visibility", "none", "hidden", "dis", "vis", "block", "visible"]
    cased = st.sampled_from(words).flatmap(
        lambda w: st.tuples(*(st.sampled_from([c, c.upper()]) for c in w)).map("".join)
    )
    return st.lists(
        st.one_of(
            cased,
            st.sampled_from(
                [":", ";", " ", "  ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f"]
            ),
            st.sampled_from(["\x85", "\xa0", "\u3000", "\u2028", "&nbsp;", "&#32;", "&#x9;"]),
            st.sampled_from(["!important", " !IMPORTANT", "/*", "*/", "/* display:none */"]),
            st.sampled_from(["&#58;", "&colon;", "&amp;", "&#110;one", "&lt;", "&", "&#0;"]),
            st.sampled_from(["ı", "İ", "ſ", "\u212a", "é", "đ", "\U0001f600"]),
            st.characters(exclude_characters='"\x00'),
        ),
        max_size=10,
    ).map("".join)


_TAGS = st.sampled_from(["div", "p", "span", "img", "b", "section"])


@st.composite
def _pages(draw: st.DrawFn) -> str:
    parts: list[str] = []
    depth = 0
    for _ in range(draw(st.integers(min_value=0, max_value=14))):
        if depth and draw(st.booleans()):
            parts.append(f"</{draw(_TAGS)}>tail ")
            depth -= 1
        else:
            attributes = draw(_ATTRIBUTES)
            if draw(st.booleans()):
                attributes += f' style="{draw(_style_values())}"'
            parts.append(f"<{draw(_TAGS)}{attributes}>text ")
            depth += 1
    page = "".join(parts)
    # Marks on the page's root and body too, which have no parent element or one.
    return f"<html{draw(_ATTRIBUTES)}><body{draw(_ATTRIBUTES)}>{page}</body></html>"


def _parsed(source: str) -> _Element:
    return lxml.html.document_fromstring(source)


def _same(found: tuple[list[_Element], ...], expected: tuple[list[_Element], ...]) -> None:
    for got, wanted in zip(found, expected, strict=True):
        assert len(got) == len(wanted)
        assert all(a is b for a, b in zip(got, wanted, strict=True))


@pytest.mark.skipif(not _BUILT, reason="the walk is built by the compiled build alone")
@given(_pages())
@example('<div style="display:none"><p hidden>x</p></div><img aria-hidden="true">')
@example("<p>nothing hidden</p>")
@example('<html style="display:none" aria-hidden="true" hidden><body style="display:none">x')
@example('<div aria-hidden="true"><p style="diſplay:none" hidden>x</p></div><p hidden>y</p>')
@example('<p style="DISPLAY \x1f:\x0b NONE">a</p><p style="display&#58;none!important">b</p>')
@example('<p style="display:&nbsp;none">a</p><p style="display:\x85none">b</p>')
@example('<p style="display/**/:none">a</p><p style="displaydisplay: none">b</p>')
@example('<p style="visibility :hidden">a</p><p style="display:">b</p><p style=":none">c</p>')
@example('<p style="color: red; display : None">a</p><p style="x;display:no">b</p>')
@example('<img aria-hidden="true" style="color: red"><b aria-hidden="true">b</b>')
@example('<p hidden id="S:1">a<b hidden>b</b></p><p hidden id="S:">c</p><p hidden id="x">d</p>')
def test_the_walk_gives_what_its_rules_give(source: str) -> None:
    from vn_newsdoc._walks import candidates  # noqa: PLC0415

    root = _parsed(source)
    expected = judged(root)
    dropped, styled, hidden, aria, left = candidates(root, ())
    _same((dropped, styled, hidden, aria), expected)
    assert left is False
    body = root.find("body")
    assert body is not None
    # From any element: the walk, as the searches, goes through the whole document.
    _same(tuple(candidates(body, ())[:4]), expected)


@pytest.mark.skipif(not _BUILT, reason="the walk is built by the compiled build alone")
def test_the_walk_leaves_values_of_several_nodes_to_python() -> None:
    from vn_newsdoc._walks import candidates  # noqa: PLC0415

    # An entity left unresolved in a value (only the XML parser can) makes it a text, an
    # entity reference and a text: judged in Python, which reads the value whole.
    parser = lxml.etree.XMLParser(resolve_entities=False)
    source = (
        '<!DOCTYPE r [<!ENTITY n "none"><!ENTITY t "true">]>'
        '<r><a style="display:&n;">a</a><b aria-hidden="&t;">b</b><c style="color:&n;"/></r>'
    )
    root = lxml.etree.fromstring(source, parser)
    dropped, styled, hidden, aria, left = candidates(root, ())
    assert dropped == hidden == []
    assert left is False
    assert [el.tag for el in styled] == ["a", "c"]
    assert [el.tag for el in aria] == ["b"]
    stripped = lxml.etree.fromstring(source, parser)
    _drop_hidden(stripped)
    assert [el.tag for el in stripped] == ["c"]
    # As on the walk that judges every value in Python (the values read as el.get() reads
    # them, entities resolved; the searches' XPath reads "&t;" as no "true").
    saved = _strip._HIDDEN_WALK
    try:
        _strip._HIDDEN_WALK = searched
        judged_in_python = lxml.etree.fromstring(source, parser)
        _drop_hidden(judged_in_python)
    finally:
        _strip._HIDDEN_WALK = saved
    assert lxml.etree.tostring(stripped) == lxml.etree.tostring(judged_in_python)


@pytest.mark.skipif(not _BUILT, reason="the walk is built by the compiled build alone")
def test_the_walk_refuses_what_is_no_element() -> None:
    from vn_newsdoc._walks import candidates  # noqa: PLC0415

    with pytest.raises(TypeError, match="takes an lxml element, not str"):
        candidates("<p>", ())  # type: ignore[arg-type]
    root = _parsed("<p>x</p>")
    with pytest.raises(TypeError, match="takes a tuple of at most 32 tags"):
        candidates(root, ["p"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a tuple of at most 32 tags"):
        candidates(root, ("p",) * 33)
    with pytest.raises(TypeError, match="takes tags as str"):
        candidates(root, (b"p",))  # type: ignore[arg-type]


@pytest.mark.skipif(not _BUILT, reason="the walk is built by the compiled build alone")
def test_the_walks_are_used_only_with_the_lxml_series_they_were_built_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def usable() -> bool:
        _native._usable.cache_clear()
        walks = (_native.hidden_walk(), _native.class_walk(), _native.id_walk())
        return None not in (*walks, _native.survey_walk())

    major, minor, patch = lxml.etree.LXML_VERSION[:3]
    libxml2 = lxml.etree.LIBXML_VERSION
    try:
        assert usable()
        # Another release series of lxml, or of libxml2: no walk at all.
        monkeypatch.setattr(lxml.etree, "LXML_VERSION", (major, minor + 1, 0, 0))
        _native._usable.cache_clear()
        assert _native.hidden_walk() is None
        assert _native.class_walk() is None
        assert _native.id_walk() is None
        assert _native.survey_walk() is None
        assert not usable()
        monkeypatch.setattr(lxml.etree, "LXML_VERSION", (major + 1, minor, patch, 0))
        assert not usable()
        monkeypatch.undo()
        monkeypatch.setattr(lxml.etree, "LIBXML_VERSION", (libxml2[0], libxml2[1] + 1, 0))
        assert not usable()
        monkeypatch.undo()
        # A patch release of either, in the same series: the walks stay.
        monkeypatch.setattr(lxml.etree, "LXML_VERSION", (major, minor, patch + 7, 0))
        monkeypatch.setattr(lxml.etree, "LIBXML_VERSION", (*libxml2[:2], libxml2[2] + 3))
        assert usable()
    finally:
        monkeypatch.undo()
        _native._usable.cache_clear()


@pytest.mark.parametrize(
    ("built", "running", "same"),
    [
        (("6.2.0", "2.14.6"), ("6.2.0", "2.14.6"), True),
        (("6.2.0", "2.14.6"), ("6.2.11", "2.14.10"), True),
        (("6.2.0", "2.14.6"), ("6.1.3", "2.14.6"), False),
        (("6.2.0", "2.14.6"), ("7.2.0", "2.14.6"), False),
        (("6.2.0", "2.14.6"), ("6.2.0", "2.13.8"), False),
        (("6.2.0", "2.14.6"), ("6.20.0", "2.14.6"), False),  # numbers, not prefixes
    ],
)
def test_a_series_is_the_major_and_minor_version(
    built: tuple[str, str], running: tuple[str, str], same: bool
) -> None:
    assert _native.same_series(built, running) is same


@pytest.mark.skipif(not _BUILT, reason="the walks are built by the compiled build alone")
@given(_pages())
@example('<div class="a b" id="x"><p class="">y</p><b CLASS="c">z</b></div>')
@example("<p>no class</p>")
def test_the_class_and_id_walks_find_what_the_searches_find(source: str) -> None:
    from vn_newsdoc._walks import class_attributes, id_values  # noqa: PLC0415

    root = _parsed(source)
    for top in (root, root.find("body")):
        assert top is not None
        results = page_module._CLASS_RESULTS(top)
        walked = class_attributes(top)
        assert walked is not None
        values, elements = walked
        assert values == [str(value) for value in results]
        assert all(el is value.getparent() for el, value in zip(elements, results, strict=True))
        assert id_values(top) == page_module._IDS(top)


@pytest.mark.skipif(not _BUILT, reason="the walks are built by the compiled build alone")
def test_the_class_walk_refuses_what_is_no_element() -> None:
    from vn_newsdoc._walks import class_attributes, id_values  # noqa: PLC0415

    for walk in (class_attributes, id_values):
        with pytest.raises(TypeError, match="takes an lxml element, not str"):
            walk("<p>")  # type: ignore[arg-type]


_WALKS: list[Any] = [searched]
if _BUILT:
    from vn_newsdoc._walks import candidates as _c_walk

    _WALKS.append(_c_walk)


@pytest.mark.parametrize("walk", _WALKS, ids=["python", "c"][: len(_WALKS)])
@given(source=_pages())
@example(source='<div style="display:none"><p hidden>x</p>a</div>b<span hidden>c</span>d')
@example(source='<div aria-hidden="true"><img aria-hidden="true">x</div><img aria-hidden="true">')
@example(source='<div id="S:1" hidden><p>streamed</p></div>')
def test_a_page_stripped_on_the_walk_is_the_page_stripped_on_the_searches(
    walk: Any, source: str
) -> None:
    saved = _strip._HIDDEN_WALK
    try:
        _strip._HIDDEN_WALK = walk
        on_walk = _parsed(source)
        _drop_hidden(on_walk)
        _strip._HIDDEN_WALK = None
        on_searches = _parsed(source)
        _drop_hidden(on_searches)
    finally:
        _strip._HIDDEN_WALK = saved
    assert lxml.etree.tostring(on_walk) == lxml.etree.tostring(on_searches)


def test_the_searches_are_what_the_walk_stands_for() -> None:
    root = _parsed('<p style="x" hidden aria-hidden="true">a</p><b aria-hidden="false">b</b>')
    dropped, styled, hidden, aria, left = searched(root)
    assert dropped == []
    assert left is False
    assert [el.tag for el in styled] == [el.tag for el in hidden] == ["p"]
    assert [el.tag for el in aria] == ["p", "b"]  # the value is judged after the walk
    assert [el.tag for el in _ARIA_HIDDEN_XPATH(root)] == ["p"]


@pytest.mark.skipif(not _BUILT, reason="the walk is built by the compiled build alone")
def test_the_survey_is_made_on_the_walk_where_it_is_built() -> None:
    from vn_newsdoc._walks import survey_walk  # noqa: PLC0415
    from vn_newsdoc.html import _survey  # noqa: PLC0415

    assert _survey._SURVEY_WALK is survey_walk
    walked = survey_walk(_parsed('<p class="title">x</p><a href="/author/y/">z</a>'))
    assert walked is not None
    order, elements, keys, notes, headings, times = walked
    assert [el.tag for el in order] == ["html", "body", "p", "a"]
    assert [el.tag for el in elements] == ["p", "a"]
    assert (keys, notes) == (["title", " "], [True, "/author/y/"])
    assert headings == times == []
