"""A picture's address read through its attributes' names gives what reading each
attribute in turn gives, for any attributes."""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.html import HtmlElement, fragment_fromstring

from vn_newsdoc.html import figures
from vn_newsdoc.html._thresholds import ICON_SIZE_MAX
from vn_newsdoc.vi._wordlists import read_words


def _address_by_gets(img: HtmlElement) -> str | None:
    """The address as every attribute was read in turn."""
    for attr in figures._IMAGE_SOURCE_ATTRIBUTES:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    sources = [img]
    for above in itertools.islice(img.iterancestors(), 2):
        if above.tag == "picture":
            sources.extend(above.iter("source"))
            break
    for el in sources:
        for attr in figures._IMAGE_SRCSET_ATTRIBUTES:
            first = (el.get(attr) or "").split(",", 1)[0].split()
            if first and not first[0].startswith("data:"):
                return first[0]
    return None


def _image_source_by_gets(img: HtmlElement) -> str | None:
    value = _address_by_gets(img)
    if value is None or figures._junk_address(value):
        return None
    name = value.rsplit("/", 1)[-1]
    if figures._names_avatar(figures._class_id(img)) or figures._names_avatar(name):
        return None
    for attr in ("width", "height"):
        size = (img.get(attr) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) <= ICON_SIZE_MAX:
            return None
    return value


_NAMES = st.sampled_from(
    [
        *figures._IMAGE_SOURCE_ATTRIBUTES,
        *figures._IMAGE_SRCSET_ATTRIBUTES,
        "class",
        "id",
        "width",
        "height",
        "alt",
        "title",
    ]
)
_VALUES = st.sampled_from(
    ["", " ", "/a.jpg", " /b.jpg 800w, /c.jpg 400w", "data:image/gif;base64,R0", "/i/blank.gif",
     "author", "avatar-img", "photo", "40", "40px", "600", " 12 ", "x"]
)  # fmt: skip
_ATTRIBUTES = st.dictionaries(_NAMES, _VALUES, max_size=6)


@given(_ATTRIBUTES, st.lists(_ATTRIBUTES, max_size=2), st.booleans())
@example({}, [], False)
@example({"src": "data:x", "srcset": "/a.jpg 1x"}, [], False)
@example({"src": ""}, [{"srcset": "/p.jpg 2x"}], True)
@example({"class": "", "id": "avatar", "src": "/a.jpg"}, [], False)
@example({"width": "40", "src": "/a.jpg"}, [], False)
def test_image_source_reads_the_attributes_it_has(
    attributes: dict[str, str], sources: list[dict[str, str]], picture: bool
) -> None:
    box = fragment_fromstring("<picture></picture>" if picture else "<div></div>")
    for source in sources:
        el = box.makeelement("source", source)
        box.append(el)
    img = box.makeelement("img", attributes)
    box.append(img)
    assert figures.image_source(img) == _image_source_by_gets(img)


_CREDIT_WORDS = sorted(read_words("html_credit_words.tsv"))


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.tuples(*(st.sampled_from([c, c.upper()]) for c in word)).map("".join)


_CAPTIONS = st.lists(
    st.one_of(
        st.sampled_from([*_CREDIT_WORDS, "Hà Nội", "TTXVN", "Võ Hải", "x", "ảnh", "xẢnh"]).flatmap(
            _cased
        ),
        st.sampled_from([":", "–", "—", "-", "©", "(", ")", ".", ",", ";", " ", "  ", "\u00a0"]),
        st.sampled_from(["\u0130", "\u0131", "\u017f", "_", "2"]),
        st.characters(),
    ),
    max_size=14,
).map("".join)


@given(_CAPTIONS)
@example("Mặt bia mộ ghi tên các liệt sĩ. Ảnh: Võ Hải.")
@example("Nhà thờ Lớn về đêm. (Ảnh: TTXVN)")
@example("Đồi chè. Nguồn ảnh - Ngọc Thành")
@example("Đồi chè. Ảnh minh hoạ : Lan")
@example("Đồi chè © Reuters")
@example("Đồi chè. xẢnh: Lan")
@example("Đồi chè. \u0130MAGE: Lan")
@example("Đồi chè. PHOTO\u017f: Lan")
@example("Hôm nay 10:03 - mưa")
def test_credit_marked_keeps_every_caption_the_expression_finds_a_credit_in(
    caption: str,
) -> None:
    if figures._CREDIT_RE.search(caption) is not None:
        assert figures._credit_marked(caption)


def test_credit_folds_are_all_the_expression_takes_for_another_letter() -> None:
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    for letter in set("".join(word.lower() for word in _CREDIT_WORDS)):
        for char in re.findall(re.escape(letter), every, re.IGNORECASE):
            if char.lower() != letter:
                assert char in figures._CREDIT_FOLDS, (letter, char)


def test_credit_words_end_with_a_word_character() -> None:
    for word in _CREDIT_WORDS:
        assert re.search(r"\w$", word)
