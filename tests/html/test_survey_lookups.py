"""The survey's look at a link: an author's page is told by a plain look at the address
first, as the address pattern tells it; and the survey of elements with a class, links and
other attributes lists what their whole hints, matched, say."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from survey_reference import looked_at_tag_by_tag
from vn_newsdoc.errors import ReaderError
from vn_newsdoc.html import _survey
from vn_newsdoc.html._hints import AUTHOR_HREF
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html._survey import Survey

# Addresses as pages write them, the pattern's words in any case, and letters whose case
# folds to ASCII ones ("ſ" matches "s", the Kelvin sign "k", case-blind).
_PIECES = st.sampled_from(
    [
        "/", "tac", "-", "gia", "author", "authors", "tacgia", "writer", "TAC", "Author",
        "WRITER", "Tac-Gia", "http://x.vn", "?id=", "#", "a\u017fb", "\u212a", "\u0130", "é",
    ]
)  # fmt: skip
_ADDRESS = st.lists(st.one_of(_PIECES, st.characters()), max_size=12).map("".join)


@given(_ADDRESS)
@example("/tac-gia/minh-anh/")
@example("https://x.vn/Author/an/")
@example("/WRITERS/")
@example("/\u212aac-gia/x/")
@example("/tác-giả/x/")
@example("/ta\u0307c-gia/x/")
@example("")
def test_an_author_link_is_told_as_the_address_pattern_tells(href: str) -> None:
    assert _survey._links_an_author(href) == (AUTHOR_HREF.search(href) is not None)


_WORDS = st.sampled_from(
    ["sapo", "lead", "title", "date", "author", "byline", "source", "nguon", "box", "menu",
     "related", "x" * 101, "tieu-de", " ", "", "\u017fapo"]
)  # fmt: skip
_CLASSES = st.lists(_WORDS, max_size=3).map(" ".join)
_OTHER = st.sampled_from(
    [
        ("style", "color:red"),
        ("title", "author"),
        ("href", "/the-thao/"),
        ("href", "/tac-gia/an/"),
        ("rel", "nofollow"),
        ("rel", "author"),
        ("id", "lead"),
        ("itemprop", "author"),
        ("itemprop", ""),
        ("data-role", "date"),
        ("data-slot", ""),
        ("target", "_blank"),
    ]
)
_TAGS = st.sampled_from(["a", "p", "div", "span", "h2", "td", "time", "h1"])
_ELEMENTS = st.lists(
    st.tuples(_TAGS, _CLASSES, st.lists(_OTHER, max_size=3), st.integers(0, 2)), max_size=15
)


def _page(elements: list[tuple[str, str, list[tuple[str, str]], int]]) -> str:
    """A page of nested elements, each with a class and other attributes (each one ``up``
    levels above the one before)."""
    out = ["<html><body>"]
    open_tags: list[str] = []
    for tag, cls, others, up in elements:
        for _ in range(min(up, len(open_tags))):
            out.append(f"</{open_tags.pop()}>")
        named = dict([("class", cls), *others])
        out.append(f"<{tag}" + "".join(f' {k}="{v}"' for k, v in named.items()) + ">x")
        open_tags.append(tag)
    return "".join(out)


@given(_ELEMENTS)
@example([("p", "sapo", [("style", "color:red")], 0)])
@example([("a", "box", [("href", "/tac-gia/an/")], 0)])
@example([("a", "sapo", [("href", "/the-thao/"), ("rel", "author")], 0)])
@example([("span", "author", [("itemprop", "")], 0), ("span", "author", [], 0)])
@example([("div", "x" * 101, [("title", "author")], 0)])
@example([("div", "title", [("data-role", "date")], 0), ("div", "title", [], 1)])
def test_classes_beside_links_and_other_attributes_are_read_as_whole_hints(
    elements: list[tuple[str, str, list[tuple[str, str]], int]],
) -> None:
    try:
        root = parse_html(_page(elements))
    except ReaderError:  # a page the parser refuses has no survey
        return
    # Each page read twice: with the classes' flags met first on it, and remembered.
    for _ in range(2):
        survey = Survey(root)
        lists = survey.titles, survey.leads, survey.dates, survey.authors, survey.sources
        assert lists == looked_at_tag_by_tag(root)[:5]
