"""The page survey's one-pass hint test agrees with the four field patterns it stands for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vn_newsdoc.html import _hints

# Pieces of the patterns' words, cut where a wrong grouping would show, and separators.
_PIECES = [
    *"abcdehilmnoprstuwxy",
    *" -_",
    "lead", "lede", "head", "line", "ing", "title", "tieu", "de", "sapo", "text", "chap",
    "eau", "date", "dek", "time", "thoi", "gian", "tac", "gia", "tom", "tat", "txt", "short",
    "content", "noidung", "intro", "ingress", "meta", "ngay", "author", "byline", "writer",
    "reporter", "publish", "posted", "summary", "excerpt", "abstract", "teaser", "standfirst",
    "descript", "sub", "mislead", "x1",
]  # fmt: skip
_FOUR = (
    _hints.TITLE_CLASS,
    _hints.LEAD_CLASS,
    _hints.DATE_CLASS,
    _hints.AUTHOR_CLASS,
)


def _any_of_four(hint: str) -> bool:
    return any(rx.search(hint) for rx in _FOUR)


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_one_pass_finds_what_the_four_find(hint: str) -> None:
    assert bool(_hints.ANY_FIELD_CLASS.search(hint)) is _any_of_four(hint)


def test_examples() -> None:
    for hint in ("sapo detail", "box-lead", "lead", "mislead", "leadtext", "dekx", "dek x"):
        assert bool(_hints.ANY_FIELD_CLASS.search(hint)) is _any_of_four(hint), hint
    assert _hints.ANY_FIELD_CLASS.search("box-lead")
    assert not _hints.ANY_FIELD_CLASS.search("mislead")
    assert not _hints.ANY_FIELD_CLASS.search("dekx")
