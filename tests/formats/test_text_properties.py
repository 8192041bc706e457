"""Properties of the plain-text form: what it carries reads back exactly; nothing escapes."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from strategies import VIETNAM, articles, vietnamese_text
from vn_newsdoc import Article, Author, Block, Byline, Figure, Paragraph, ReaderError, Role
from vn_newsdoc.formats.text import read_text, write_text
from vn_newsdoc.vi import split_byline

# The rule the form documents: a block ending in sentence punctuation is a paragraph.
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’'»)\]]*$")
_NAMES = ("Vi Thu", "Nguyễn Văn An", "Hà Linh", "Trần Thị Hương", "Minh Anh", "Lê Đô")
_SOURCES = ("TTXVN", "Trung tâm TT&VH Móng Cái", "Reuters", "Báo Nhân Dân")
_ROLE_SETS = st.lists(st.sampled_from(Role), min_size=1, max_size=3, unique=True).map(tuple)


@st.composite
def _minutes_in_vietnam(draw: st.DrawFn) -> dt.datetime:
    moment = draw(st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2099, 12, 31)))
    return moment.replace(second=0, microsecond=0, tzinfo=VIETNAM)


@st.composite
def _paragraphs(draw: st.DrawFn) -> Paragraph:
    text = draw(vietnamese_text(min_words=2, max_words=40))
    if not _SENTENCE_END.search(text):
        text += "."
    return Paragraph(text)


@st.composite
def _figures(draw: st.DrawFn) -> Figure:
    caption = draw(st.none() | vietnamese_text(min_words=2, max_words=20))
    if caption is not None:
        # Real captions are sentences: not ending in sentence punctuation, holding a
        # lower-case word, not themselves a credit.
        assume(not _SENTENCE_END.search(caption))
        assume(any(w[:1].islower() for w in caption.split()))
        assume("ảnh" not in caption.casefold())
    credit = draw(st.none() | st.sampled_from(_NAMES))
    assume(caption is not None or credit is not None)
    return Figure(caption=caption, credit=credit)


@st.composite
def _bylines(draw: st.DrawFn) -> Byline | None:
    authors = draw(
        st.lists(
            st.builds(Author, st.sampled_from(_NAMES), _ROLE_SETS),
            max_size=3,
            unique_by=lambda a: a.name,  # a byline names each person once
        )
    )
    source = draw(st.none() | st.sampled_from(_SOURCES))
    if not authors and source is None:
        return None
    return Byline(authors=tuple(authors), source=source)


@st.composite
def carried_articles(draw: st.DrawFn) -> Article:
    """Articles made only of what the text form carries (see its module documentation)."""
    body: list[Block] = draw(st.lists(_paragraphs() | _figures(), max_size=8))
    if body:
        # The first block after the date is body; make sure it is not itself a date line.
        assume(
            not re.fullmatch(
                r"[\d/.:, -]+", body[0].text if isinstance(body[0], Paragraph) else "x"
            )
        )
    if body and isinstance(body[-1], Paragraph):
        # A closing paragraph that is itself a credit line (a name alone: "Quấc Quấc.")
        # reads back as the byline: the form cannot tell them apart, and says so.
        assume(split_byline([body[-1].text]) == (0, None))
    if body and isinstance(body[-1], Figure):
        # A photo credit alone at the very end is a byline line ("Ảnh: Vi Thu"): the form
        # cannot tell it from one, and says so.
        assume(body[-1].caption is not None)
    return Article(
        headline=draw(vietnamese_text(max_words=20)),
        published=draw(st.none() | _minutes_in_vietnam()),
        updated=draw(st.none() | _minutes_in_vietnam()),
        body=tuple(body),
        byline=draw(_bylines()),
    )


@given(carried_articles())
def test_text_round_trip_on_what_the_form_carries(article: Article) -> None:
    back = read_text(write_text(article))
    # People are not written: they are found again in the text, so they are compared apart.
    assert attrs.evolve(back, people=()) == article
    for mine, theirs in ((article.published, back.published), (article.updated, back.updated)):
        assert (mine is None) == (theirs is None)
        if mine is not None and theirs is not None:
            assert mine.isoformat() == theirs.isoformat()


@given(articles())
def test_text_round_trip_keeps_headline_and_minute_of_any_article(article: Article) -> None:
    back = read_text(write_text(article))
    assert back.headline == article.headline
    if article.published is not None:
        assert back.published is not None
        assert back.published == article.published.replace(second=0, microsecond=0)
        assert back.published.utcoffset() == dt.timedelta(hours=7)


@given(articles())
def test_write_text_is_deterministic(article: Article) -> None:
    assert write_text(article) == write_text(article)


@given(st.binary(max_size=2000))
def test_read_text_raises_only_reader_errors_on_bytes(data: bytes) -> None:
    with contextlib.suppress(ReaderError):
        read_text(data)


@given(st.text(max_size=2000))
def test_read_text_raises_only_reader_errors_on_text(data: str) -> None:
    with contextlib.suppress(ReaderError):
        read_text(data)


@given(articles(), st.data())
def test_read_text_on_truncated_and_mutated_dumps(article: Article, data: st.DataObject) -> None:
    dump = write_text(article)
    cut = data.draw(st.integers(0, len(dump)))
    insert = data.draw(st.text(max_size=5))
    mutated = dump[:cut] + insert + dump[cut + data.draw(st.integers(0, 5)) :]
    with contextlib.suppress(ReaderError):
        read_text(mutated)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_role_reads_back(role: Role) -> None:
    article = Article(
        headline="Tin ngắn",
        body=(Paragraph("Một câu."),),
        byline=Byline(
            authors=(Author("Hà Linh", roles=(role,)), Author("Vi Thu", roles=(Role.TEXT, role)))
            if role is not Role.TEXT
            else (Author("Hà Linh"),),
            source="TTXVN",
        ),
    )
    assert read_text(write_text(article)).byline == article.byline
