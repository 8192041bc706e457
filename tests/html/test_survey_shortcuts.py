"""The survey's shortcuts give what they stand for: a long hint read word by word has the
flags of the whole hint, and the survey that asks for a tag only where a hint needs it
(the headings and time elements found by lxml) lists what a look at every tag lists."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.html import Element

from survey_reference import looked_at_tag_by_tag
from vn_newsdoc.errors import ReaderError
from vn_newsdoc.html import _hints, _survey
from vn_newsdoc.html._credits import _names_a_source
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html._survey import Survey

# Pieces of the field patterns' words (and of the words that take a title away), the
# characters around a word that the patterns look at, white space of every kind that
# ``\s`` and str.split() know, letters whose case folds to ASCII ones, and any character.
_WORDS = st.sampled_from(
    [
        *"abdeghilnorstu",
        "lead", "lede", "text", "dek", "title", "tieu-de", "headline", "heading", "sapo",
        "date", "time", "meta", "ngay", "author", "byline", "tac-gia", "sub-title", "box",
        "menu", "related", "list", "tag", "publish", "summary", "ource", "guon", "Nguon",
        "mislead", "dekx", "TITLE", "Lead", "source", "SOURCE", "nguon", "NGUON",
    ]
)  # fmt: skip
_AROUND = st.sampled_from([*" -_\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000", "  "])
_ODD = st.sampled_from(["\u017f", "\u212a", "\u0130", "\u03a3", "\u0131", "\u0345"])
_HINT = st.lists(st.one_of(_WORDS, _AROUND, _ODD, st.characters()), max_size=40).map("".join)
# An attribute value as a page may write it (no surrogate: a page is text).
_VALUE = st.lists(
    st.one_of(_WORDS, _AROUND, _ODD, st.characters(exclude_categories=["Cs"])), max_size=12
).map("".join)


@given(_HINT)
@example(" lead")
@example("x\u3000dek\x1fbox")
@example("headline-\u017fection")
@example("title\xa0sidebar")
@example("\u212aead lead")
def test_a_long_hint_read_word_by_word_has_the_flags_of_the_whole(hint: str) -> None:
    expected = _survey._hint_flags(hint)
    assert _survey._long_hint_flags(hint) == expected  # the words matched
    assert _survey._long_hint_flags(hint) == expected  # the words remembered


@given(_VALUE)
@example("sapo")
@example("title ")
@example("x" * 120)
def test_a_class_alone_is_read_as_its_hint(cls: str) -> None:
    # The survey looks up the hint of an element with a class alone by the class: the
    # flags kept for it are those of its hint, the class and a space (kept only where
    # the hint is short enough to keep).
    expected = _survey._hint_flags(cls + " ")
    classes: dict[str, int] = {}
    assert _survey._read_class(cls, classes, {}, {}) == expected
    assert classes == ({cls: expected} if len(cls) < _survey._KNOWN_HINT_LEN else {})


def _asked_of_each(lowered: str) -> int:
    """What ``_survey._finds`` stands for: each of the six patterns asked."""
    bits = (
        (_hints.ANY_FIELD_CLASS, _survey._FINDS_ANY),
        (_hints.TITLE_CLASS, _survey._FINDS_TITLE),
        (_hints.NOT_TITLE_CLASS, _survey._FINDS_NOT_TITLE),
        (_hints.LEAD_CLASS, _survey._FINDS_LEAD),
        (_hints.DATE_CLASS, _survey._FINDS_DATE),
        (_hints.AUTHOR_CLASS, _survey._FINDS_AUTHOR),
    )
    return sum(bit for pattern, bit in bits if pattern.search(lowered))


@given(_HINT.map(str.lower))
@example("mislead")
@example("publi\u017fh")
@example("subtitle")
@example("x-lead")
@example("sidebar")
def test_a_word_is_found_by_what_each_pattern_finds(word: str) -> None:
    assert _survey._finds(word) == _asked_of_each(word)


_TAGS = st.sampled_from(["h1", "H1", "time", "a", "p", "div", "span", "h2", "td", "svg:h1"])
_ATTRIBUTES = st.lists(
    st.tuples(
        st.sampled_from(
            ["class", "id", "itemprop", "data-role", "data-slot", "rel", "href", "title"]
        ),
        st.one_of(
            _WORDS,
            st.sampled_from(["/tac-gia/x/", "/author/y/", "author", "nofollow"]),
            _VALUE,
        ),
    ),
    max_size=4,
)
_ELEMENTS = st.lists(st.tuples(_TAGS, _ATTRIBUTES, st.integers(0, 3)), max_size=25)


def _page(elements: list[tuple[str, list[tuple[str, str]], int]]) -> str:
    """A page of nested elements (each one ``up`` levels above the one before)."""
    out: list[str] = ["<html><body>"]
    open_tags: list[str] = []
    for tag, attributes, up in elements:
        for _ in range(min(up, len(open_tags))):
            out.append(f"</{open_tags.pop()}>")
        quoted = "".join(
            f' {name}="{value.replace("&", "&amp;").replace(chr(34), "&quot;")}"'
            for name, value in attributes
        )
        out.append(f"<{tag}{quoted}>x")
        open_tags.append(tag)
    return "".join(out)


@given(_ELEMENTS)
@example([("h1", [("class", "title")], 0), ("time", [("class", "date")], 0)])
@example([("p", [("class", "date")], 0), ("time", [], 1), ("h2", [("class", "title")], 0)])
@example([("a", [("rel", "author")], 0), ("a", [("href", "/tac-gia/x/"), ("id", "y")], 1)])
def test_the_survey_lists_what_a_look_at_every_tag_lists(
    elements: list[tuple[str, list[tuple[str, str]], int]],
) -> None:
    text = _page(elements)
    try:
        root = parse_html(text)
    except ReaderError:  # a page the parser refuses has no survey
        return
    # A tree changed after the parse too: a renamed element and one made apart.
    root.append(Element("time", {"class": "date-box"}))
    first = next(root.iter("p", "span"), None)
    if first is not None:
        first.tag = "h1"
    survey = Survey(root)
    lists = survey.titles, survey.leads, survey.dates, survey.authors, survey.sources
    assert (*lists, survey.source_words) == looked_at_tag_by_tag(root)
    # Without the survey's source words, no class or id names a source box: what the
    # byline's source strategies look for (and the reason they are skipped then).
    if not survey.source_words:
        assert not any(
            _names_a_source(el.get("class"), el.get("id"))
            for el in root.iter()
            if isinstance(el.tag, str)
        )
