"""The dates' and the byline's shortcuts: plain looks and remembered answers that stand in
for costlier ones give the same answers, for any text and any page."""

from __future__ import annotations

import re
from collections.abc import Collection

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import _Element
from lxml.html import fragment_fromstring

from field_pages import page_of
from field_pages import profile as field_profile
from vn_newsdoc.html import _datelines
from vn_newsdoc.html._elements import element_text, short_text
from vn_newsdoc.html._fields import byline, dates
from vn_newsdoc.html._hints import _SOURCE_WORD_RE, OTHER_ARTICLES_CLASS, may_name_a_source
from vn_newsdoc.html._thresholds import DATELINE_MAX, LEAD_NEXT_MIN
from vn_newsdoc.text import clean
from vn_newsdoc.vi.bylines import _read
from vn_newsdoc.vi.dates import _digits, _fold


def _pieces(*words: str) -> st.SearchStrategy[str]:
    """Text made of the given words in any case, class-name punctuation, letters that
    match ASCII ones case-blind, and any character."""
    cased = st.sampled_from(words).flatmap(
        lambda w: st.tuples(*(st.sampled_from([c, c.upper()]) for c in w)).map("".join)
    )
    return st.lists(
        st.one_of(
            cased,
            st.sampled_from([*" _-\0", "ı", "İ", "ſ", "\u212a", "ơ", "Đ"]),
            st.characters(),
        ),
        max_size=12,
    ).map("".join)


@given(_pieces("source", "nguon", "sour", "ngu", "main"))
@example("ſource")
@example("NGUON-tin\0lead")
def test_may_name_a_source_is_the_source_word_pattern(names: str) -> None:
    assert may_name_a_source(names) is (_SOURCE_WORD_RE.search(names) is not None)


# Class values: no attribute value holds a NUL.
_VALUES = _pieces("source", "nguon", "sour", "ngu", "main").map(lambda v: v.replace("\0", ""))


@given(st.lists(_VALUES))
@example(["sour", "ce"])
@example(["a", "a", "nguon"])
@example(["ſource", "x"])
@example(["Ngu", "on", "NGU"])
@example([])
def test_the_class_values_joined_with_repeats_name_a_source_as_each_once(
    values: list[str],
) -> None:
    # The byline's look before a survey reads the index's values joined (repeats and
    # all), not the page's class values each once: no value holds a NUL.
    each_once = "\0".join(set(values))
    assert may_name_a_source("\0".join(values)) is may_name_a_source(each_once)


_CLASS_VALUES = st.sampled_from(["main", "box nguon-tin", "SOURCE", "x_Source", "ſource", "sour"])


@given(
    st.lists(st.tuples(st.none() | _CLASS_VALUES, st.none() | _CLASS_VALUES), max_size=5),
    st.booleans(),
    st.booleans(),
)
@example([("main", None), ("main", None)], True, False)
@example([("sour", "ce"), ("main", "nguon")], True, True)
@example([("box nguon-tin", None)], True, False)
def test_the_look_before_a_survey_is_the_page_classes_and_ids(
    marks: list[tuple[str | None, str | None]], indexed: bool, made: bool
) -> None:
    boxes = "".join(
        "<p" + "".join(f' {k}="{v}"' for k, v in (("class", c), ("id", i)) if v) + ">x</p>"
        for c, i in marks
    )
    page = page_of(
        f"<body><div class='content'>{boxes}</div></body>",
        profile=field_profile(lead=".zz" if indexed else "p.zz"),
    )
    if made:
        _ = page.class_index
    expected = may_name_a_source(page.classes) or may_name_a_source(page.ids)
    assert byline._sources_possible(page) is expected


@given(_pieces("Thứ Sáu", "Cập nhật", "Posted", "ĐĂNG", "İ", "ΣΑ"))
@example("Posted ON 25/12")
def test_fold_is_the_table_then_lower_case(text: str) -> None:
    assert _fold.fold(text) == text.translate(_fold._FOLD_TABLE).lower()


def _of_other_articles_walk(el: _Element, own: Collection[_Element]) -> bool:
    """:func:`~vn_newsdoc.html._datelines.of_other_articles` as one walk up the
    ancestors, each test in the order it was once made, nothing remembered."""
    memo = _datelines.BoxMemo()
    if _datelines._in_teaser_link(el) or _datelines._holds_search(el):
        return True
    for level, anc in enumerate(el.iterancestors(), 1):
        if anc in own:
            return False
        names = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if anc.tag in ("aside", "nav") or OTHER_ARTICLES_CLASS.search(names):
            return True
        if level <= 2 and _datelines._holds_search(anc):
            return True
        if level <= 3 and _datelines._teaser_item(anc, el, memo):
            return True
    return False


_BOX_CLASSES = st.sampled_from(["", "sidebar", "main", "tin-moi", "item", "post", "menu"])
_TEXTS = st.sampled_from(["", "7/8/2019 15:43", "Tin", "Một hai ba bốn năm sáu bảy"])


@st.composite
def _boxes(draw: st.DrawFn, depth: int = 0) -> str:
    """A box of boxes, dates, links, forms and lists, a few levels deep."""
    tag = draw(st.sampled_from(["div", "li", "aside", "section", "a", "span", "form"]))
    cls = draw(_BOX_CLASSES)
    href = " href='/x'" if tag == "a" else ""
    inner = ""
    if depth < 4:
        inner = "".join(draw(st.lists(_boxes(depth + 1), max_size=3)))
    if draw(st.booleans()):
        inner += "<input type='search'>"
    return f"<{tag} class='{cls}'{href}>{draw(_TEXTS)}{inner}</{tag}>"


@given(st.lists(_boxes(), min_size=1, max_size=3), st.data())
def test_other_articles_in_two_parts_is_the_one_walk(boxes: list[str], data: st.DataObject) -> None:
    page = fragment_fromstring(f"<div><h1>Tin</h1>{''.join(boxes)}</div>")
    elements = list(page.iter())
    own_at = data.draw(st.sampled_from(elements))
    own = frozenset([own_at, *own_at.iterancestors()])
    memo = _datelines.BoxMemo()  # one memo for every element of the page, as the pages use
    for el in elements:
        want = _of_other_articles_walk(el, own)
        assert _datelines.of_other_articles(el, own, memo) is want
        assert _datelines.of_other_articles(el, own) is want
    # A memo asked about another line of ancestors answers for that line.
    other_own = frozenset([page])
    for el in elements:
        assert _datelines.of_other_articles(el, other_own, memo) is (
            _of_other_articles_walk(el, other_own)
        )


_STARTER_PIECES = st.lists(
    st.one_of(
        st.sampled_from(
            ["started", "STARTED", "arted", "by", "By", "bắt đầu", "đầu", "bởi", "BỞI", "d", "u"]
        ),
        st.sampled_from(["bo\u031b\u0309i", "bơ\u0309i", "bỏ\u031bi", "b\u200bởi", "b\xadởi"]),
        st.sampled_from([" ", "\n", "\xa0", "\u200b", "\xad", "\u0301", ",", "ſ", "_"]),
        st.characters(),
    ),
    max_size=10,
)


@given(st.lists(_STARTER_PIECES, min_size=1, max_size=3))
@example([["Thảo luận bắt đầu bởi ", "an", ", 14/12/12"]])
@example([["Discussion started", " by ", "an,"]])
@example([["star\xadted\u200b by an,"]])
def test_starter_cue_misses_no_starter_line(pieces_of_pieces: list[list[str]]) -> None:
    """Whatever text pieces an element holds: where the starter's line is found in its
    clean text, the raw look at the pieces run together says it may be there."""
    pieces = [piece for part in pieces_of_pieces for piece in part]
    if byline._STARTER_RE.search(clean(" ".join(pieces))):
        assert byline._may_name_a_starter("".join(pieces))


@given(st.text(), st.integers(min_value=0, max_value=20))
@example("started", 6)
@example("s t a r t e", 11)
def test_arte_before_is_the_pattern(text: str, end: int) -> None:
    end = min(end, len(text))
    pattern = re.compile(r"[aA]\W*[rR]\W*[tT]\W*[eE]\W*\Z")
    assert byline._arte_before(text, end) is (pattern.search(text[:end]) is not None)


@given(_pieces("Ngày đăng", "Cập nhật", "Posted", "Thời gian", "Σ", "ΣΑ", "N\u0303", "Đ"))
@example("Ð\u0300ăng")
@example("C\u0323\xadập nhật: 1/7")
def test_a_head_left_by_its_opening_holds_no_label(head: str) -> None:
    if not _datelines._may_open_a_label(head):
        folded = _fold.fold(head)
        assert _datelines._LABEL_RE.match(folded) is None
        assert _datelines._NEUTRAL_LABEL_RE.match(folded) is None


@given(
    st.lists(
        st.sampled_from(["<b>", "</b>", "<i>", "</i>", " ", "7/8/2019", "\xa0", "Tin", "Một hai"])
    )
)
def test_a_candidates_text_is_its_elements_text(parts: list[str]) -> None:
    """The datelines read month first or not by the text each strategy gives with its
    element, in place of the element's text read again: the two are one. And a text cut
    short says whether the whole is longer (the lead's look under the headline stops at a
    long sibling on that)."""
    el = fragment_fromstring(f"<div>{''.join(parts)}</div>")
    for limit in (0, 10, LEAD_NEXT_MIN - 1, DATELINE_MAX):
        text = short_text(el, limit)
        assert text is None or text == element_text(el)
        assert (text is None) is (len(element_text(el)) > limit)


@given(st.text())
@example("\u00bd\u0301 1\u0308 \u0661\u200b")
def test_cleaning_keeps_every_digit_and_adds_none(text: str) -> None:
    """A leaf beside the headline whose text shows no digit is left before its text is
    cleaned: the clean text would show none either."""
    assert any(map(str.isdigit, clean(text))) is any(map(str.isdigit, text))


@given(st.lists(st.sampled_from([" ", "  ", "\n", ";", "|", "An", "Bình", "\xa0"]), max_size=12))
def test_an_author_values_pieces_split_as_before(parts: list[str]) -> None:
    """The pieces of an author value split where the pattern that crossed a run of spaces
    once per space split them."""
    text = "".join(parts)
    assert _read._PIECE_SPLIT.split(text) == re.split(r"\s*[;|]\s*", text)


_INNER_TREE = st.recursive(
    st.sampled_from(["", " ", "\xa0", "7/8/2019", "Tin", "<i></i>", "<br>"]),
    lambda inner: st.tuples(
        st.sampled_from(["span", "b", "i", "div", "p"]),
        st.sampled_from(["", " ", "\u3000", "15:43", "Tin"]),
        st.lists(inner, max_size=3),
        st.sampled_from(["", " ", "ngày", "\n"]),
    ).map(lambda t: f"<{t[0]}>{t[1]}{''.join(t[2])}</{t[0]}>{t[3]}"),
    max_leaves=8,
)


@given(_INNER_TREE)
def test_an_element_opening_on_text_inside_proves_a_child_holds_text(tree: str) -> None:
    # The beside-headline strategy leaves an element whose inner elements open on text
    # before reading its text: _holds_text would leave it after.
    root = fragment_fromstring(f"<div>{tree}<!-- 3 --></div>")
    for el in root.iter():
        if isinstance(el.tag, str) and dates._inner_text_shows(el):
            assert dates._holds_text(el)


@given(st.text(st.one_of(st.characters(), st.sampled_from("0123456789²①٣ ")), max_size=30))
@example("Posted 5/7/2019")
@example("Tầng ²")
@example("")
def test_shows_digit_is_any_isdigit(text: str) -> None:
    # The digit look of the datelines stands in for a test of each character.
    assert _digits.shows_digit(text) is any(map(str.isdigit, text))


_DATE_PIECES = st.sampled_from(["12", "1", "0", "13", "/", "-", ".", "2012", "25", " ", "x"])


@given(
    st.lists(
        st.lists(st.one_of(_DATE_PIECES, st.characters()), max_size=10).map("".join),
        min_size=1,
        max_size=6,
    )
)
@example(["Posted on 12-24-2012", "", ""])
@example(["x", "12-24-2012"])
def test_a_month_first_date_is_looked_for_in_each_text_alone(texts: list[str]) -> None:
    # _month_first() looks at the text and the time attributes one by one, not joined.
    joined = dates._may_be_month_first(" ".join(texts))
    assert joined is any(dates._may_be_month_first(text) for text in texts)
