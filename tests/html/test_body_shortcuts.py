"""The body walk's shortcuts: plain searches and remembered answers that stand in for
case-blind regular expressions give the expressions' answers, for any text."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import _Element
from lxml.html import fragment_fromstring

from vn_newsdoc.html import _credit_marks, figures
from vn_newsdoc.html._fields import body as body_field
from vn_newsdoc.html._hints import (
    AVATAR_CLASS,
    CAPTION_CLASS,
    CAPTION_WORDS,
    FIGURE_CLASS,
    NOISE_FRAGMENTS,
    NOISE_WORDS,
    PAGE_BUILDER_BOX,
    QUOTE_CLASS,
    TAXONOMY_CLASS,
    TEASER_WORDS,
)
from vn_newsdoc.html._thresholds import GALLERY_PICTURES, SPINE_MIN, SPINE_SHARE
from vn_newsdoc.html.body import _blocks, _formats, _looks, _noise, _scoring, _tally, _walk
from vn_newsdoc.html.body._boxes import is_gallery
from vn_newsdoc.html.figures import _elements, _pictures
from vn_newsdoc.text import clean
from vn_newsdoc.vi._wordlists import read_words


def _pieces(*words: str) -> st.SearchStrategy[str]:
    """Text made of the given words in any case (letters that fold to ASCII ones
    included), address and class-name punctuation, and any character."""
    cased = st.sampled_from(words).flatmap(
        lambda w: st.tuples(*(st.sampled_from([c, c.upper()]) for c in w)).map("".join)
    )
    return st.lists(
        st.one_of(
            cased,
            st.sampled_from([*"/._- ?:", "ı", "İ", "ſ", "\u212a", "\u017f"]),
            st.characters(),
        ),
        max_size=12,
    ).map("".join)


_ADDRESSES = _pieces(
    "blank", "spacer", "pixel", "icon", "ico", "logo", "avatar", "loading", "1x1",
    "transparent", "star", ".gif", ".png", ".svg", ".jpg", "/icons/", "data:", "https://a.vn/",
)  # fmt: skip


@given(_ADDRESSES)
def test_junk_address_is_the_pattern(address: str) -> None:
    expected = _pictures._IMAGE_JUNK_RE.search(address) is not None
    assert _pictures._junk_address(address) is expected


@given(_pieces("autor", "author", "avatar", "aut", "ava", "img"))
def test_names_avatar_is_the_pattern(names: str) -> None:
    assert _pictures._names_avatar(names) is (AVATAR_CLASS.search(names) is not None)


@given(_pieces("quote", "blockquote", "pullquote", "trich-dan", "trichdan", "ch", "box"))
def test_quote_classed_is_the_pattern(classes: str) -> None:
    assert _formats._quote_classed(classes) is (QUOTE_CLASS.search(classes) is not None)


def test_junk_pattern_is_written_in_lower_case() -> None:
    # ASCII addresses are searched in lower case without IGNORECASE.
    assert _pictures._IMAGE_JUNK_RE.pattern == _pictures._IMAGE_JUNK_RE.pattern.lower()
    assert _pictures._IMAGE_JUNK_RE.flags & re.IGNORECASE


_STYLES = _pieces(
    "font-weight", "font-style", ":", ";", " ", "bold", "bolder", "normal", "700", "400",
    "italic", "oblique", "text-align", "center", "right", "color", "#666", "font-size", "10pt",
    "!important",
)  # fmt: skip


@given(_STYLES)
def test_style_answers_are_the_patterns(style: str) -> None:
    def says(on: re.Pattern[str], off: re.Pattern[str]) -> bool | None:
        return True if on.search(style) else False if off.search(style) else None

    bold = says(_formats._BOLD_STYLE_RE, _formats._NOT_BOLD_STYLE_RE)
    italic = says(_formats._ITALIC_STYLE_RE, _formats._NOT_ITALIC_STYLE_RE)
    assert _formats._style_emphasis(style) == (bold, italic)
    aligned = _formats._ALIGN_STYLE_RE.search(style)
    assert _formats._style_alignment(style) == (aligned.group(1).lower() if aligned else "")
    color = _looks._COLOR_RE.search(style)
    size = _looks._SIZE_RE.search(style)
    assert _looks._style_look(style) == (
        _looks._color(color.group(1)) if color else None,
        "".join(size.group(1).lower().split()).removesuffix("!important") if size else None,
    )


def _spine_by_definition(containers: list[_Element]) -> frozenset[_Element]:
    """text_spine() as first written: each box's text counted by itself."""
    spine: list[_Element] = []
    for container in containers:
        el = container
        total = body_field._text_length(el)
        while total >= SPINE_MIN:
            sizes = [(body_field._text_length(c), c) for c in el if isinstance(c.tag, str)]
            if not sizes:
                break
            size, inner = max(sizes, key=lambda pair: pair[0])
            if size < SPINE_SHARE * total:
                break
            spine.append(inner)
            el, total = inner, size
    return frozenset(spine)


_WORDS = st.sampled_from(["", " ", "\n  ", "Người dân gặt lúa sớm. " * 9, "Mùa gặt, ", "x" * 90])


@st.composite
def _boxes(draw: st.DrawFn, depth: int = 0) -> str:
    """Markup of nested boxes, text and comments, the text mostly in one branch."""
    parts = [draw(_WORDS)]
    for _ in range(draw(st.integers(0, 3 if depth < 4 else 0))):
        kind = draw(st.sampled_from(["div", "p", "span", "comment"]))
        if kind == "comment":
            parts.append(f"<!-- {draw(_WORDS)} -->")
        else:
            parts.append(f"<{kind}>{draw(_boxes(depth + 1))}</{kind}>")
        parts.append(draw(_WORDS))
    return "".join(parts)


@given(_boxes())
def test_text_spine_is_its_definition(inner: str) -> None:
    container = fragment_fromstring(f"<div>{inner}</div>")
    assert body_field.text_spine([container]) == _spine_by_definition([container])


@given(
    _pieces(
        "click", "tap", "on", "the image", "here", "to", "enlarge", "zoom in", "see", "a larger",
        "zum", "vergrößern", "auf", "das bild", "klicken", "anklicken", "cliquez", "sur", "ici",
        "pour", "agrandir", "bấm", "nhấp", "nhấn", "vào", "ảnh", "hình", "để", "xem", "phóng to",
        "ảnh lớn", " ", ". ", "(", ")", "Cầu Long Biên",
    )
)  # fmt: skip
@example("Zum Vergrößern auf das Bild klicken.")
@example("Grafik anklicken zum Vergrößern")
@example("Cliquez sur l'image pour agrandir")
@example("(TAP TO ENLARGE)")
@example("Click on the image to see a larger version")
@example("Bấm vào ảnh để phóng to.")
@example("NHẤN VÀO HÌNH ẢNH ĐỂ XEM ẢNH LỚN")
def test_view_hint_words_rule_out_only_captions_without_one(caption: str) -> None:
    assert _noise._may_hint(caption) or not _noise._VIEW_HINT_RE.search(caption)


def test_view_hint_words_are_the_patterns() -> None:
    for word in _noise._VIEW_HINT_WORDS:
        assert word in _noise._VIEW_HINT_RE.pattern


@given(
    _pieces(
        "Ảnh", "ảnh", "Photo", "Foto", "Nguồn", "Đồ họa", "Getty Images", "TTXVN", "Võ Hải",
        ":", " : ", "–", "—", "-", " - ", "©", "(", ")", ".", " ", "Nhà thờ Lớn về đêm.",
        "Credits", "PICTURE", "Image", "video", "Bild", "clip", "Crédit", "photos", "İmage",
    )
)  # fmt: skip
@example("Mặt bia mộ ghi tên các liệt sĩ. Ảnh: Võ Hải.")
@example("Nhà thờ Lớn về đêm. (Ảnh: TTXVN)")
@example("Ảnh - Ngọc Thành")
@example("Cầu Rồng © Reuters")
@example("The new bridge. Picture: Reuters")
@example("Die neue Brücke. BILD - dpa")
@example("The new bridge. İmage: Reuters")
def test_credit_marks_rule_out_only_captions_without_one(caption: str) -> None:
    assert _credit_marks.credit_marked(caption) or not _credit_marks.CREDIT_RE.search(caption)


def test_ascii_credit_parts_are_the_patterns_ascii_words() -> None:
    # Every credit word of the expression in ASCII holds one of the parts; every other
    # holds a letter no ASCII character matches case-blind (so ASCII text never matches it).
    for word in read_words("html_credit_words.tsv"):
        if word.isascii():
            assert any(part in word.lower() for part in _credit_marks.ASCII_CREDIT_PARTS), word
        else:
            letter = next(c for c in word if not c.isascii())
            assert not any(
                re.fullmatch(re.escape(letter), chr(c), re.IGNORECASE) for c in range(128)
            ), word


def test_credit_marks_are_the_patterns() -> None:
    assert r"\s*[:–—-]|©)" in _credit_marks.CREDIT_RE.pattern


_NAMES = _pieces(
    "lienquan", "lien-quan", "tin-khac", "xemthem", "doc-them", "adsby", "quangcao", "comment",
    "related", "relation", "social", "sharing", "share-", "-share", "_share", "share",
    "likebox", "likescount", "author-box", "aboutTheAuthor", "postfooter", "tin", "ads",
    "tag-", "tag-list", "category-thoi-su", "cat-", "topic-", "chuyen-muc-", "item",
    "elementor-widget", "elementor-widget-container", "-nav-menu", "teaser", "teaserText",
    "banner", "box", "mainContent", "NavBar", "lg:flex", "text-gray-700", " ", "_", "-",
)  # fmt: skip


def _words_by_definition(names: str) -> list[str]:
    """_noise._words() as first written: every expression on every name."""
    raw = " ".join(t for t in names.split() if not TAXONOMY_CLASS.match(t))
    raw = PAGE_BUILDER_BOX.sub("elementor", raw)
    raw = _noise._CAMEL_RE.sub("-", raw)
    return [w.lower() for w in _noise._SPLIT_RE.split(raw) if w]


def _named_by_definition(classes: str, ident: str, kind: str) -> _noise._Named:
    """_noise._named_furniture() as first written: class, id and type read together."""
    raw = f"{classes} {ident} {kind}"
    if not raw.strip():
        return _noise._Named.PLAIN
    words = _words_by_definition(f"{classes} {ident}")
    if NOISE_FRAGMENTS.search(raw) or any(w in NOISE_WORDS for w in words):
        return _noise._Named.FURNITURE
    if any(w in TEASER_WORDS for w in words):
        return _noise._Named.TEASER
    return _noise._Named.PLAIN


@given(_NAMES)
@example("tag-bong-da ElementorWidget elementor-widget-text-editor")
@example("\u017fhare-box")  # "ſ" is an "s" to the case-blind expression
@example("\u212aTinkhac")  # and the Kelvin sign a "k"
def test_name_shortcuts_are_the_patterns(names: str) -> None:
    assert _noise._has_fragment(names) is (NOISE_FRAGMENTS.search(names) is not None)
    assert _noise._words(names) == _words_by_definition(names)


@given(_NAMES, _NAMES, st.sampled_from(["", "text/javascript", "share-button", " "]) | _NAMES)
@example("flex items-center", "", "")
@example("teaser", "x", "social")
def test_named_furniture_is_its_definition(classes: str, ident: str, kind: str) -> None:
    assert _noise._named_furniture(classes, ident, kind) is _named_by_definition(
        classes, ident, kind
    )
    # The second answer, remembered, is the same.
    assert _noise._named_furniture(classes, ident, kind) is _named_by_definition(
        classes, ident, kind
    )


def test_name_parts_are_the_patterns() -> None:
    for part in _noise._FRAGMENT_PARTS:
        assert part in NOISE_FRAGMENTS.pattern
    for start in _noise._TAXONOMY_STARTS:
        assert start.rstrip("-") in TAXONOMY_CLASS.pattern
    assert "elementor-widget" in PAGE_BUILDER_BOX.pattern


def test_long_class_names_are_judged_but_not_remembered() -> None:
    # The remembered answers stay small whatever a page's class attributes hold.
    long = "footer " + "x" * (_noise._SAID_LEN + 10)
    assert _noise._said(long) is _noise._Named.FURNITURE
    assert long not in _noise._SAID
    short = "footer-links"
    assert _noise._said(short) is _noise._SAID[short]


@given(_pieces("tplcaption", "photocms_item", "photo-item", "image-box", "box-img", "figure", "x"))
def test_figure_classed_is_the_pattern(classes: str) -> None:
    assert _elements._figure_classed(classes) is (FIGURE_CLASS.search(classes) is not None)


@given(_pieces(*CAPTION_WORDS, "desc", "note", "cap"), _pieces("legend", "chu-thich", "x"))
@example("ck_LEGEND", "")
def test_names_a_caption_is_the_pattern(classes: str, ident: str) -> None:
    found = CAPTION_CLASS.search(f"{classes} {ident}") is not None
    assert _elements._names_a_caption(classes, ident) is found


def test_picture_box_and_caption_parts_are_the_words() -> None:
    # Each word a pattern finds (lower case) holds one of the parts its prescreen looks for.
    assert all(any(p in w for p in _elements._CAPTION_PARTS) for w in CAPTION_WORDS)
    boxes = re.findall(r"[\w-]+", FIGURE_CLASS.pattern.removeprefix(r"\b(?:"))
    assert all(any(p in w.lower() for p in _elements._FIGURE_PARTS) for w in boxes if w != "b")


@given(_NAMES, _NAMES, st.sampled_from(["", "text/javascript", "share-button"]))
def test_noise_by_attributes_is_is_noise_element(classes: str, ident: str, kind: str) -> None:
    el = fragment_fromstring("<div><h2>Related news today</h2></div>")[0]
    for name, value in (("class", classes), ("id", ident), ("type", kind)):
        if value and value.isprintable() and "\x00" not in value:
            el.set(name, value)
    assert _noise.noise_by_attributes(el, el.keys()) is _noise.is_noise_element(el)
    names = el.keys()
    classed = el.get("class") if "class" in names else None
    assert _noise.noise_by_class(el, names, classed) is _noise.is_noise_element(el)


_TREES = st.recursive(
    st.just("<p>x</p>"),
    lambda inner: st.tuples(
        st.sampled_from(["div", "section", "p", "span", "ul", "li", "article", "h2"]),
        st.lists(inner, max_size=4),
    ).map(lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"),
    max_leaves=30,
)


@given(_TREES, st.lists(st.integers(0, 500), min_size=40, max_size=40))
def test_texts_under_is_text_under_everywhere(tree: str, sizes: list[int]) -> None:
    root = fragment_fromstring(f"<div>{tree}</div>")
    blocks: list[_Element] = list(root.iter(*_tally._PARA_TAGS))
    scored: dict[_Element, int] = {el: n for el, n in zip(blocks, sizes, strict=False) if n}
    under = _tally._texts_under(blocks, scored)
    for el in root.iter():
        assert under.get(el, 0) == _tally._text_under(el, scored)


def _texts_under_by_tag(blocks: list[_Element], scored: dict[_Element, int]) -> dict[_Element, int]:
    """What ``_tally._texts_under`` stands for: each scored sum handed up as far as the
    nearest element of a block's tag, told by its tag."""
    under = dict(scored)
    for el in filter(under.__contains__, reversed(blocks)):
        up = el.getparent()
        while up is not None:
            under[up] = under.get(up, 0) + under[el]
            if up.tag in _tally._PARA_TAG_SET:
                break
            up = up.getparent()
    return under


@given(_TREES, st.lists(st.integers(0, 500), min_size=40, max_size=40), st.integers(0, 40))
def test_texts_under_tells_blocks_as_their_tags_do(tree: str, sizes: list[int], start: int) -> None:
    # The page scored may be a part of a tree (any element of it): blocks above it stop
    # the sums as blocks inside it do.
    outer = fragment_fromstring(f"<div><section><p>{tree}</p></section></div>")
    elements = list(outer.iter())
    root = elements[start % len(elements)]
    blocks: list[_Element] = list(root.iter(*_tally._PARA_TAGS))
    scored: dict[_Element, int] = {el: n for el, n in zip(blocks, sizes, strict=False) if n}
    assert _tally._texts_under(blocks, scored) == _texts_under_by_tag(blocks, scored)


@given(
    st.lists(
        st.sampled_from(["Ảnh", "ẢNH", "hình", "HÌNH", "Photo", "ảnh", " ", ".", "(", ")", "-"])
        | st.text(max_size=4),
        max_size=10,
    ).map("".join)
)
@example("Người dân đi bầu. ẢNH TTXVN")
def test_bare_credit_words_rule_out_only_captions_without_one(caption: str) -> None:
    lowered = caption.lower()
    if not any(w in lowered for w in ("ảnh", "hình", "photo")):
        assert _credit_marks.BARE_CREDIT_RE.search(caption) is None
    assert _credit_marks.bare_credit(caption) is None or _credit_marks.BARE_CREDIT_RE.search(
        caption
    )


@given(
    st.sampled_from(["div", "figcaption", "p", "td", "figure", "FIGURE", "FigCaption"]),
    st.sampled_from(["", "caption", "image_desc", "tplCaption", "box", "figure"]),
    st.sampled_from(["", "chu-thich", "main"]),
)
def test_caption_and_figure_by_attributes_are_their_definitions(
    tag: str, classes: str, ident: str
) -> None:
    el = fragment_fromstring(f"<div><{tag}>x</{tag}></div>")[0]
    for name, value in (("class", classes), ("id", ident)):
        if value:
            el.set(name, value)
    assert figures.caption_by_attributes(el, el.keys()) is figures.is_caption_element(el)
    assert figures.figure_by_attributes(el, el.keys()) is figures.is_figure_element(el)
    # The same answers from the tag, class and id a caller has read already.
    assert figures.caption_by_names(el.tag, el.get("class"), el.get("id")) is (
        figures.is_caption_element(el)
    )
    assert figures.figure_by_names(el.tag, el.get("class")) is figures.is_figure_element(el)


@given(
    st.sampled_from(["span", "font", "p", "FONT"]),
    _STYLES,
    st.sampled_from([None, "", "black", "#666", " Red "]),
    st.sampled_from([None, "", "1", "4"]),
    st.sampled_from(["|", "#666|", "|10pt"]),
)
def test_styled_look_is_look(
    tag: str, style: str, color: str | None, size: str | None, outer: str
) -> None:
    el = fragment_fromstring(f"<div><{tag}>x</{tag}></div>")[0]
    for name, value in (("style", style), ("color", color), ("size", size)):
        if value is not None and value.isprintable() and "\x00" not in value:
            el.set(name, value)
    given_style = el.get("style")
    for read in (given_style, given_style or ""):
        assert _looks.styled_look(el, tag.lower(), outer, read) == _looks.look(
            el, tag.lower(), outer
        )


@st.composite
def _named_boxes(draw: st.DrawFn, depth: int = 0) -> str:
    """Markup of nested boxes, some named as furniture, with text (no comments: the
    parser drops them before a page is read)."""
    parts = [draw(_WORDS)]
    for _ in range(draw(st.integers(0, 3 if depth < 4 else 0))):
        kind = draw(st.sampled_from(["div", "p", "span", "a"]))
        name = draw(st.sampled_from(["", "share", "related-news", "widget-container", "tag"]))
        named = f' class="{name}"' if name else ""
        parts.append(f"<{kind}{named}>{draw(_named_boxes(depth + 1))}</{kind}>")
        parts.append(draw(_WORDS))
    return "".join(parts)


def _readings(blocks: list[_walk.BodyBlock]) -> list[tuple[object, ...]]:
    return [
        (b.kind, b.text, b.element, b.bold, b.italic, b.link, b.align, b.look, b.credit)
        for b in blocks
    ]


@given(_named_boxes(), _named_boxes())
def test_spine_asked_when_needed_is_the_spine_given(first: str, second: str) -> None:
    # The walk asks whether an element is a box of the spine only of an element named as
    # furniture, and the spine is worked out only for one holding enough text to be a box
    # of it; the blocks are those read with the spine given up front.
    root = fragment_fromstring(f"<div><div>{first}</div><div>{second}</div></div>")
    containers = list(root)
    test = body_field._SpineTest(containers)
    lazily = _walk.read_blocks(containers, skip=frozenset(), keep=test)
    spine = body_field.text_spine(containers)
    given_ = _walk.read_blocks(containers, skip=frozenset(), keep=spine)
    assert _readings(lazily) == _readings(given_)
    assert test.spine is None or test.spine == spine
    # A box of the spine holds the text the test asks of it before working the spine out.
    assert all(body_field._text_length(el) >= SPINE_SHARE * SPINE_MIN for el in spine)
    boxes = [el for c in containers for el in c.iter() if isinstance(el.tag, str)]
    assert all(test(el) is (el in spine) for el in boxes)


def test_spine_is_not_worked_out_for_a_body_without_furniture() -> None:
    container = fragment_fromstring(
        "<div><p>Đoạn một, dài đủ.</p><div class='share'>Chia sẻ</div><p>Đoạn hai.</p></div>"
    )
    test = body_field._SpineTest([container])
    blocks = _walk.read_blocks([container], skip=frozenset(), keep=test)
    assert [b.text for b in blocks] == ["Đoạn một, dài đủ.", "Đoạn hai."]
    assert test.spine is None  # the share bar holds too little text to be a box of it


@given(st.dictionaries(st.sampled_from(["|", "#666|", "|9pt", "red|1", ""]), st.integers(0, 9)))
def test_most_is_max(looks: dict[str, int]) -> None:
    assert _blocks._most(looks) == max(looks, key=looks.__getitem__, default="|")


@given(_pieces("desc", "Cation", "img-note", "pic_cap", "photo-Credit", "legend", " ", "-", "_"))
def test_class_words_remembered_are_the_words(names: str) -> None:
    words = {w.lower() for w in _elements._WORD_SPLIT_RE.split(names.strip()) if w}
    assert _elements._words_of(names) == (words if names.strip() else set())


def _own_length_by_definition(el: _Element) -> int:
    """The characters of a block's own text as the scoring first read it: its text and
    its children's pieces joined by spaces, stripped (a block without children holds its
    text alone)."""
    pieces = [el.text] if el.text and not el.text.isspace() else []
    for child in el:
        if child.tag in _walk.INLINE_TAGS:
            inner = "".join(child.itertext())
            if inner:
                pieces.append(inner)
        if child.tail and not child.tail.isspace():
            pieces.append(child.tail)
    return len(" ".join(pieces).strip())


@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(" \t\n\xa0\u3000"))
)
@example("x" * 24 + " ")
@example(" " * 30 + "x" * 24)
def test_a_short_block_without_children_is_skipped_only_when_it_cannot_score(text: str) -> None:
    # The scoring skips a block without children whose text is shorter than the least
    # that scores, before stripping it; else it counts the stripped text.
    el = fragment_fromstring("<p>x</p>")
    el.text = text
    length = _own_length_by_definition(el)
    if len(el.text or "") < _scoring._TEXT_MIN:
        assert length < _scoring._TEXT_MIN
    else:
        assert len((el.text or "").strip()) == length


@given(_TREES)
def test_own_text_is_its_definition(tree: str) -> None:
    root = fragment_fromstring(f"<div>{tree}</div>")
    for el in root.iter(*_tally._PARA_TAGS):
        children: list[_Element] = list(el)
        if children:
            assert _scoring._own_text(el, children)[0] == _own_length_by_definition(el)


@given(
    st.sampled_from(["", "text-align: center", "color: red", "TEXT-ALIGN:Right"]),
    st.sampled_from([None, "", "left", "CENTER", "justify"]),
    st.sampled_from([None, "x"]),
)
def test_alignment_asked_only_of_a_styled_or_aligned_element(
    style: str, align: str | None, classes: str | None
) -> None:
    # The walk asks _alignment only of an element with a style or an align attribute:
    # any other element sets none.
    box = fragment_fromstring("<div>x</div>")
    for name, value in (("style", style or None), ("align", align), ("class", classes)):
        if value is not None:
            box.set(name, value)
    names = box.keys()
    asked = bool(style) or "align" in names
    assert asked or _formats._alignment(box, style, names) == ""


# Text as a block's parts make it: words, every kind of white space, characters clean()
# drops or replaces, letters and marks NFC composes (across white space too), any character.
_BLOCK_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["Mùa", "gặt", "e", "o", "A", "Hoa", "."]),
        st.sampled_from([*"\n\t\r \x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2028"]),
        st.sampled_from([*"\u2029\u202f\u205f\u3000\u0301\u0323\u0309\u200b\u00ad\ufeff\x00"]),
        st.sampled_from([*"\x07\x7f\x84\x86\u180e\u2060\ud800\ufffe"]),
        st.characters(),
    ),
    max_size=16,
).map("".join)


@given(_BLOCK_TEXT)
@example("a\n\x1cb")
@example("e\n\u0301")
@example("a \u200b\n b")
def test_prefolded_text_cleans_to_the_same(text: str) -> None:
    assert clean(_blocks._prefolded(text)) == clean(text)


# A line of each of _NOISE_LINE_RE's words and signs (each matches it as written).
_NOISE_LINES = (
    ">> Xả rác", "» Tin cũ", "› Tin cũ", "[Xem thêm]", "xem thêm: a", "Đọc tiếp", "Tin liên quan",
    "Bài khác", "Tham khảo thêm", "Tin nổi bật", "Chia sẻ bài", "Bình luận (3)",
    "Theo dòng sự kiện", "Loading...", "Quảng cáo", "Read more", "Related", "See also",
    "Advertisement", "Advertising", "Anzeige", "Werbung", "Publicité", "«Quay lại", "‹ Back",
    "< back", "← Back", " back", "Quay lại", "Trở về", "Về trang trước", "Go back", "Back",
)  # fmt: skip


@given(st.one_of(_pieces(*_NOISE_LINES, "ſee also", "\u017fee also", " "), st.text()))
@example("")
@example("\u2003back")
@example("ſee also")
def test_noise_text_first_characters_are_the_pattern(text: str) -> None:
    assert _noise.is_noise_text(text) is bool(_noise._NOISE_LINE_RE.match(text))


def test_noise_text_first_characters_rule_out_only_lines_that_do_not_match() -> None:
    # Each line of every word of the expression, its first character replaced by any
    # character the plain look rules out: none matches (the look misses none of them).
    ruled_out = [
        c
        for c in map(chr, [*range(0x3000), 0x1E9B, 0x212A, 0x1C80, 0xFF41, 0xFF58])
        if not (c.lower() in _noise._NOISE_FIRST or c.isspace())
    ]
    for line in _NOISE_LINES:
        assert _noise._NOISE_LINE_RE.match(line), line
        start = len(line) - len(line.lstrip("«‹<← "))  # the sign before "back" is optional
        for c in ruled_out:
            assert not _noise._NOISE_LINE_RE.match(c + line[1:]), (c, line)
            assert not _noise._NOISE_LINE_RE.match(c + line[start + 1 :]), (c, line)


_BOX_PARTS = st.sampled_from(
    [
        "<img src='/a.jpg'>",
        "<img src='/i/blank.gif'>",
        "<img data-src='/b.jpg' src='data:image/gif;base64,R0'>",
        "<img>",
        "<amp-img src='/c.jpg'></amp-img>",
        "<figcaption>Đồi chè</figcaption>",
        "<figure><img src='/d.jpg'><figcaption>D</figcaption></figure>",
        "<div class='caption'>E</div>",
        "<p>Chữ</p>",
    ]
)


@given(st.lists(_BOX_PARTS, max_size=6))
def test_a_box_of_fewer_pictures_than_a_gallery_is_none(parts: list[str]) -> None:
    # The walk asks is_gallery only of a box holding as many pictures as a gallery.
    box = fragment_fromstring(f"<figure>{''.join(parts)}</figure>")
    pictures = _blocks._pictures_in(box)
    assert [img for img, _ in pictures] == [
        img for img in box.iter("img", "amp-img") if figures.image_source(img) is not None
    ]
    assert len(pictures) >= GALLERY_PICTURES or not is_gallery(box)
