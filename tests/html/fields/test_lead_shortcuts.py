"""The lead's shortcuts give the answers of what they stand in for."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st
from lxml.etree import _Element
from lxml.html import fragment_fromstring

from vn_newsdoc.html._fields.lead import _cues
from vn_newsdoc.html._thresholds import LEAD_DESCRIPTION_MIN
from vn_newsdoc.html.body._walk import INLINE_TAGS
from vn_newsdoc.text import clean, fold_key

_WHITE_SPACE = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()]


@given(st.lists(st.sampled_from(_WHITE_SPACE), min_size=1, max_size=8).map("".join))
def test_white_space_alone_cleans_to_nothing(text: str) -> None:
    # _own_text() does not ask clean() about white space alone (str.isspace()).
    assert clean(text) == ""


def _own_text_by_definition(el: _Element) -> tuple[str, float]:
    """_own_text() as first written: the joined text always cleaned."""
    parts = [el.text or ""]
    linked = 0
    for child in el:
        if child.tag in INLINE_TAGS:
            inner = "".join(child.itertext())
            parts.append(inner)
            if child.tag == "a":
                linked += len(inner.strip())
        elif child.tag == "br":
            parts.append("\n")
        parts.append(child.tail or "")
    text = clean("".join(parts))
    return text, (linked / len(text) if text else 0.0)


_PIECE = st.sampled_from(["", " ", "\n\t", "\xa0", "\u2028", "\x1c", "\u200b", "Tin", " mới "])
_CHILD = st.tuples(st.sampled_from(["a", "b", "br", "p", "div", "span"]), _PIECE, _PIECE).map(
    lambda t: f"<{t[0]}>{t[1]}</{t[0]}>{t[2]}" if t[0] != "br" else f"<br>{t[2]}"
)


@given(_PIECE, st.lists(_CHILD, max_size=4))
def test_own_text_is_its_definition(text: str, children: list[str]) -> None:
    el = fragment_fromstring(f"<div>{text}{''.join(children)}</div>")
    assert _cues._own_text(el) == _own_text_by_definition(el)


def _describes_by_definition(text: str, description: str) -> bool:
    """_describes() as first written: the text cleaned, its whole key compared."""
    want, cut = _cues._description_key(description)
    if not fold_key(clean(text).partition(" ")[0]).startswith(want.partition(" ")[0]):
        return False
    got = fold_key(text)
    if got == want:
        return True
    return (
        len(want) >= LEAD_DESCRIPTION_MIN
        and got.startswith(want)
        and (cut or got[len(want)] in " .")
    )


# Words that fold alike or apart (tone placement, case, letters that case-fold longer or
# compose), spaces and stops, and any character.
_WORDS = st.sampled_from(
    [
        "Hoà", "hòa", "HOÀ", "thuỷ", "thủy", "ß", "SS", "ﬃ", "İ", "Σ", "ς", "o\u0300a",
        "a\u0301", "\u0301", "ǰ", "Nông", "dân", " ", " ", ".", "…", "...", "x" * 30,
    ]
)  # fmt: skip
_BLOCK = st.lists(st.one_of(_WORDS, st.characters()), max_size=40).map(lambda p: clean("".join(p)))


@given(_BLOCK, st.data())
def test_describes_is_its_definition(text: str, data: st.DataObject) -> None:
    # The description: the text or a part of it, cut short or not, perhaps spelled
    # otherwise (its key is what counts), or any text.
    cut = data.draw(st.integers(0, len(text)))
    tail = data.draw(st.sampled_from(["", "…", " ...", ".", "x", " Hoà"]))
    description = data.draw(
        st.one_of(st.just(text[:cut] + tail), st.just(text.upper()[:cut] + tail), _BLOCK)
    )
    assert _cues._describes(text, description) is _describes_by_definition(text, description)


@given(_BLOCK, st.integers(0, 200))
def test_key_past_is_where_the_whole_key_starts(text: str, size: int) -> None:
    key = _cues._key_past(text, size)
    whole = fold_key(text)
    assert key == whole or (len(key) > size and whole.startswith(key + " "))


_BLOCK_HTML = st.sampled_from(
    ["<p>Nông dân gặt lúa sớm.</p>", "<div><span>Tin</span> mới</div>", "<b>x</b>", "text",
     "<p></p>", "<h2>Mục</h2>", "<div><p>Một</p><p>Hai</p></div>", "<a href='/x'>Liên kết</a>"]
)  # fmt: skip


@given(st.lists(_BLOCK_HTML, max_size=8), st.lists(st.integers(0, 12), min_size=1, max_size=3))
def test_blocks_after_read_once_are_the_blocks_after(blocks: list[str], stops: list[int]) -> None:
    # The cues that share BlocksAfter each stop where they will; a later one still gets
    # every block _blocks_after() gives, in order.
    root = fragment_fromstring(f"<div><div><h1>Tiêu đề</h1>{''.join(blocks)}</div><p>Sau</p></div>")
    start = root[0][0]
    expected = list(_cues._blocks_after(start))
    after = _cues.BlocksAfter(start)
    for stop in stops:
        assert [b for _, b in zip(range(stop), after, strict=False)] == expected[:stop]
    assert list(after) == expected
