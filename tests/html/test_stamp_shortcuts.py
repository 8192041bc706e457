"""The location stamp's shortcut gives what it stands in for: the text after a stamp is
read from its sibling's first text, where all of the sibling's text was joined first."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml.etree import _Element
from lxml.html import fragment_fromstring

from vn_newsdoc.html._stamps import _SEPARATORS, _first_text, glued_stamp, is_location_stamp
from vn_newsdoc.text import clean

_PIECES = st.sampled_from(
    ["<b>", "</b>", "<strong>", "</strong>", "<p>", "</p>", "<span>", "</span>", "<br>",
     "<!-- x -->", "HÀ NỘI", "TP HCM -", "(VOV) - ", " ", "Hôm", "nay", "1", ".", "\n",
     "Đà Nẵng", "<i></i>", "<em> </em>"]
)  # fmt: skip


def _glued_by_join(el: _Element) -> bool:
    """``glued_stamp`` as it read the text after the stamp: all the sibling's text joined."""
    following = el.tail
    sibling = el.getnext()
    while not following and sibling is not None and not isinstance(sibling.tag, str):
        following = sibling.tail
        sibling = sibling.getnext()
    if not following:
        following = "".join(sibling.itertext()) if sibling is not None else ""
    if not following or following[0].isspace():
        return False
    stamp = clean(" ".join(el.itertext()))
    if not stamp or not (stamp[0].isupper() or stamp[0] == "(") or not is_location_stamp(stamp):
        return False
    first = following[0]
    return first.isupper() or first.isdigit() or stamp[-1] in _SEPARATORS


def _tree(pieces: list[str]) -> _Element:
    return fragment_fromstring("<div>" + "".join(pieces) + "</div>")


@given(st.lists(_PIECES, max_size=14))
@example(["<b>", "HÀ NỘI", "</b>", "<span>", "</span>", "<p>", "Hôm", "</p>"])
@example(["<b>", "TP HCM -", "</b>", "<p>", "<i></i>", "nay", "</p>"])
@example(["<strong>", "HÀ NỘI", "</strong>", "<!-- x -->", "<em> </em>", "Hôm"])
def test_a_stamp_is_glued_as_when_the_sibling_was_joined(pieces: list[str]) -> None:
    root = _tree(pieces)
    for el in root.iter():
        if isinstance(el.tag, str):
            assert glued_stamp(el) == _glued_by_join(el)


@given(st.lists(_PIECES, max_size=14))
@example(["<p>", "</p>", "<i></i>", "Hôm"])
def test_the_first_text_starts_the_joined_text(pieces: list[str]) -> None:
    for el in _tree(pieces).iter():
        if not isinstance(el.tag, str):  # a comment: never the sibling read
            continue
        joined = "".join(el.itertext())
        first = _first_text(el)
        assert bool(first) == bool(joined)
        assert joined.startswith(first)
