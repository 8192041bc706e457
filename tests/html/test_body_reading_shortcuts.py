"""The body reading's shortcuts give what they stand for, on any input: remembered caption
splits, the styled elements' drops, the profile's drops from a container's class
attributes, and the date class read after the number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import XPath, _Element
from lxml.html import document_fromstring, fragment_fromstring, tostring

from class_pages import Node, page_source
from vn_newsdoc.html._css import class_part
from vn_newsdoc.html._fields import body as body_field
from vn_newsdoc.html._hints import DATE_LINE_CLASS
from vn_newsdoc.html._native import class_walk
from vn_newsdoc.html.body import _datelines, _strip
from vn_newsdoc.html.body._blocks import BodyBlock
from vn_newsdoc.html.figures import _credits
from vn_newsdoc.html.sites import SiteProfile, compile_profile

# -- remembered caption splits ---------------------------------------------------------

_CAPTIONS = st.lists(
    st.one_of(
        st.sampled_from(["Ảnh", "ẢNH", "Photo", "Nguồn", "Hà Nội", "TTXVN", "Võ Hải", "x"]),
        st.sampled_from([":", "-", "©", "(", ")", ".", ",", " ", "  ", "\xa0"]),
        st.characters(),
    ),
    max_size=12,
).map("".join)


class _Caption(str):
    """A str of another type (the memory keeps plain strings only)."""

    __slots__ = ()


@given(_CAPTIONS)
@example("Mặt bia mộ ghi tên các liệt sĩ. Ảnh: Võ Hải.")
@example("Ảnh: Ngọc Thành")
@example("Ánh sáng ban mai")
@example("")
def test_a_remembered_split_is_the_split(caption: str) -> None:
    expected = _credits._split_credit(caption)
    for _ in range(2):  # the second answer is the remembered one
        assert _credits.split_credit(caption) == expected
    assert _credits.split_credit(_Caption(caption)) == expected
    assert _credits.split_credit("".join(list(caption))) == expected  # another equal string


def test_remembered_splits_are_bounded() -> None:
    for i in range(_credits._SPLIT_MAX + 5):
        _credits.split_credit(f"Đồi chè {i}. Ảnh: Lan")
    assert 0 < len(_credits._SPLIT) <= _credits._SPLIT_MAX
    long = "Đồi chè. " * _credits._SPLIT_LEN + "Ảnh: Lan"
    assert _credits.split_credit(long) == _credits._split_credit(long)
    assert long not in _credits._SPLIT
    assert _credits.split_credit(_Caption("Đồi. Ảnh: Lan")) == ("Đồi.", "Lan")
    assert not any(type(key) is not str for key in _credits._SPLIT)


# -- the styled elements' drops ------------------------------------------------------

_STYLES = [
    "",
    "display:none",
    "DISPLAY : NONE",
    "color: red",
    "visibility: hidden",
    "diſplay: none",
    "display: block",
]


@st.composite
def _styled(draw: st.DrawFn, depth: int = 0) -> str:
    """Markup of nested elements, some styled (hidden or not), with texts and tails (a
    control character among them, which the tails' joins leave out)."""
    texts = st.sampled_from(["", "a", " b ", "\x07c", "đ"])
    parts = [draw(texts)]
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        tag = draw(st.sampled_from(["div", "span", "img", "p"]))
        style = draw(st.none() | st.sampled_from(_STYLES))
        marks = "" if style is None else f' style="{style}"'
        inner = draw(_styled(depth + 1)) if tag != "img" else ""
        close = "" if tag == "img" else f"</{tag}>"
        parts.append(f"<{tag}{marks}>{inner}{close}{draw(texts)}")
    return "".join(parts)


@given(_styled())
@example('<div style="display:none"><span style="display:none">x</span>y</div>z')
@example('<p style="color: red">a<b style="visibility: hidden">b</b>\x07c</p>')
@example('<span style="">a</span>')
def test_styled_elements_dropped_as_their_styles_and_elements_are(markup: str) -> None:
    page = f"<html><body><main>{markup}</main></body></html>"
    expected, got = document_fromstring(page), document_fromstring(page)
    _strip._drop_styled((style, style.getparent()) for style in XPath("//*/@style")(expected))
    # The elements with a style in page order, as the compiled build's walk lists them.
    _strip._drop_styled_elements(XPath("//*[@style]")(got))
    assert tostring(got) == tostring(expected)


# -- the profile's drops from a container's class attributes -------------------------------

_NAMES = st.sampled_from(["a", "b", "ab", "a-b", "A", "related", "relate", "box-related", "ơi"])
_BLANKS = st.sampled_from([" ", "\t", "\n", "\r", "\x0c", "\xa0", "\u3000", "  "])
_CLASS = st.lists(st.one_of(_NAMES, _BLANKS, st.sampled_from(["-", ".", "x"])), max_size=6)
_TAGS = st.sampled_from(["div", "p", "span", "section", "b"])
_LEAF = st.tuples(_TAGS, st.none() | _CLASS.map("".join), st.just(()))
_TREE = st.recursive(
    _LEAF,
    lambda kids: st.tuples(_TAGS, st.none() | _CLASS.map("".join), st.lists(kids, max_size=4)),
    max_leaves=20,
)
_SELECTOR = st.one_of(
    st.builds(
        lambda tag, names: tag + "".join("." + name for name in names),
        st.sampled_from(["", "*", "div", "p", "SPAN"]),
        st.lists(_NAMES.filter(lambda name: name != "ơi"), min_size=1, max_size=2),
    ),
    st.sampled_from(["[class*=relate]", ".a .b", "div > .a", "#x", "p", ".a[title]"]),
)


def _xpath_walk(root: _Element) -> tuple[list[str], list[_Element]]:
    """The class attributes under ``root`` and their elements, by XPath: what the compiled
    build's walk gives."""
    values = XPath("descendant-or-self::*/@class")(root)
    return [str(v) for v in values], [v.getparent() for v in values]


_WALKS: list[Callable[[_Element], Any]] = [_xpath_walk]
if class_walk() is not None:
    _WALKS.append(class_walk())  # type: ignore[arg-type]


@given(
    st.lists(_TREE, min_size=1, max_size=4),
    st.lists(_SELECTOR, min_size=1, max_size=4),
    st.integers(0, 50),
    st.integers(1, 2),
)
@example([("div", "related", [("p", "related x", [])])], [".related"], 0, 1)
@example([("div", "a", [("p", "a\tb", [])])], [".a.b", "[class*=relate]"], 1, 2)
@example([("div", "a\xa0b", [])], [".a", "p.a"], 0, 1)
@example([("div", None, [("div", "a", [("p", "a", [])])])], [".a"], 1, 2)
@example(
    [("div", "box-related", [("p", "x relate", []), ("b", None, [])])], ["[class*=relate]"], 0, 1
)
@example([("div", "relate\r", [("p", "rel ate", [])])], ["[class*=relate]", ".relate"], 0, 1)
def test_drops_from_the_class_attributes_are_what_the_selectors_find(
    trees: list[Node], selectors: list[str], first: int, count: int
) -> None:
    root = document_fromstring(page_source(trees))
    compiled = compile_profile(SiteProfile(name="x.vn", hosts="x.vn", drop=tuple(selectors))).drop
    boxes = [el for el in root.iter() if el.getparent() is not None]
    containers = boxes[first % len(boxes) :][:count]
    expected = [e for c in containers for s in compiled for e in s(c) if isinstance(e, _Element)]
    assert body_field._drops_in(containers, compiled, None) == expected
    for walk in _WALKS:
        # The same elements (in another order where several selectors find them).
        got = body_field._drops_in(containers, compiled, walk)
        assert sorted(map(id, got)) == sorted(map(id, expected))


@given(st.text(st.sampled_from(["a", "'", "-", "_", "ơ", " ", "]", ")", "\\"]), min_size=1))
@example("relate")
@example("it's")
def test_the_class_text_a_selector_asks_is_read_off_its_xpath(text: str) -> None:
    # (A text holding a quote is written in XPath otherwise: not read off, searched.)
    asked = text if "'" not in text else None
    assert class_part(f'[class*="{text}"]') == asked
    assert class_part(f'p[class*="{text}"]') is None
    assert class_part(f'[class*="{text}"] p') is None


# -- the date class, read after the number -----------------------------------------------


def _date_classed_as_written(block: BodyBlock) -> bool:
    """The date-class test with its three conditions in their first order."""
    el = block.element
    if el is None or len(block.text) > _datelines._DATE_CLASS_MAX:
        return False
    hint = f"{el.get('class', '')} {el.get('id', '')}"
    return (
        bool(hint.strip())
        and bool(DATE_LINE_CLASS.search(hint))
        and any(c.isdigit() for c in block.text)
    )


@given(
    st.none() | st.sampled_from(["date", "time", "post-date", "meta", " ", "Ngay-dang"]),
    st.none() | st.sampled_from(["date", "x", ""]),
    st.sampled_from(["25/12/2012", "Thứ Ba", "10:03", "٣", "²", "", "x" * 130 + "1"]),
)
@example("date", None, "25/12/2012")
@example(None, None, "25/12/2012")
@example("date", None, "Thứ Ba")
def test_the_date_class_is_read_after_the_number(
    cls: str | None, ident: str | None, text: str
) -> None:
    el = fragment_fromstring("<p>x</p>")
    if cls is not None:
        el.set("class", cls)
    if ident is not None:
        el.set("id", ident)
    for element in (el, None):
        block = BodyBlock("p", text, element)
        assert _datelines._date_classed(block) is _date_classed_as_written(block)
