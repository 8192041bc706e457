"""Properties of the plain-text form: what it carries reads back exactly; nothing escapes."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from strategies import VIETNAM, articles, bylines, timestamps, vietnamese_text
from vn_newsdoc import Article, Author, Byline, Figure, Paragraph, ReaderError, Role
from vn_newsdoc.formats.text import read_text, write_text

# The rule the form documents: a block ending in sentence punctuation is a paragraph.
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’'»)\]]*$")
_NAMES = ("Vi Thu", "Nguyễn Văn An", "Hà Linh", "Trần Thị Hương", "Minh Anh", "Lê Đô")
# Blocks a dump could take for something else: a date line, the marks of no date and of
# the byline, credit lines, names alone.
_LOOKALIKES = (
    "a 01/07/2022%.",
    "01/07/2022 18:45",
    "Ngày 1/7/2022",
    "2 giờ trước",
    "Không có ngày đăng",
    "--",
    "Theo TTXVN",
    "Bài, ảnh: Vi Thu",
    "Vi Thu",
    "Hai.",
    "Trung tâm TT&VH Móng Cái",
)
# The edges of the datetime range, where Vietnam time leaves years 1 to 9999, and years
# below 1000.
_EDGE_TIMES = st.sampled_from(
    (
        dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        dt.datetime(1, 1, 1, 6, 59, tzinfo=dt.UTC),
        dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(1, 1, 1, tzinfo=VIETNAM),
        dt.datetime(999, 12, 31, 23, 59, 59, tzinfo=VIETNAM),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 16, 59, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=-14))),
    )
)
_TIMES = (
    timestamps()
    | _EDGE_TIMES
    | st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31), timezones=st.just(VIETNAM))
    | st.dates()  # a date without a time, from year 1 to 9999
)


# Credits the byline reader does not take for names or sources (agencies, user handles,
# foreign names, names holding the plain form's separators), beside real Vietnamese ones.
_ODD_NAMES = (
    "PTI",
    "jdadmin",
    "Jane Roe",
    "AFP",
    "admin",
    "Taste of Country",
    "Minh Anh - Hoàng Hiếu",
    "Theo: Minh",
    "Bài, ảnh: Vi Thu",
    "--",
    "Nguyễn Văn An (tổng hợp)",
)
_CREDIT_TEXT = st.sampled_from(_NAMES) | st.sampled_from(_ODD_NAMES) | vietnamese_text(max_words=6)
_ROLE_SETS = st.lists(st.sampled_from(Role), min_size=1, max_size=3, unique=True).map(tuple)


@st.composite
def _odd_bylines(draw: st.DrawFn) -> Byline:
    """Any byline the model accepts: zero to four authors with any names (repeats too) and
    any roles, and any source, or none (never neither)."""
    authors = tuple(draw(st.lists(st.builds(Author, _CREDIT_TEXT, _ROLE_SETS), max_size=4)))
    source = draw(st.none() | _CREDIT_TEXT) if authors else draw(_CREDIT_TEXT)
    return Byline(authors=authors, source=source)


_ANY_BYLINE = st.none() | bylines() | _odd_bylines()


def _as_written(value: dt.date | None) -> dt.date | None:
    """What the form keeps of a time: the minute, in Vietnam time where that exists; a
    date without a time, exactly."""
    if not isinstance(value, dt.datetime):
        return value
    value = value.replace(second=0, microsecond=0)
    try:
        return value.astimezone(VIETNAM)
    except OverflowError:
        return value


@st.composite
def _paragraphs(draw: st.DrawFn) -> Paragraph:
    text = draw(vietnamese_text(min_words=1, max_words=40) | st.sampled_from(_LOOKALIKES))
    if not _SENTENCE_END.search(text):
        text += "."
    return Paragraph(text)


@st.composite
def _figures(draw: st.DrawFn) -> Figure:
    caption = draw(
        st.none() | vietnamese_text(min_words=1, max_words=20) | st.sampled_from(_LOOKALIKES)
    )
    if caption is not None:
        # A caption that ends in sentence punctuation reads back as a paragraph, and one
        # that ends in a photo credit as a caption and a credit: the form says so.
        assume(not _SENTENCE_END.search(caption))
        assume("ảnh" not in caption.casefold())
    credit = draw(st.none() | st.sampled_from(_NAMES))
    assume(caption is not None or credit is not None)
    return Figure(caption=caption, credit=credit)


@st.composite
def carried_articles(draw: st.DrawFn) -> Article:
    """Articles made only of what the text form carries (see its module documentation),
    with times anywhere in the model's range and any byline."""
    return Article(
        headline=draw(vietnamese_text(max_words=20)),
        published=draw(st.none() | _TIMES),
        updated=draw(st.none() | _TIMES),
        body=tuple(draw(st.lists(_paragraphs() | _figures(), max_size=8))),
        byline=draw(_ANY_BYLINE),
    )


@given(carried_articles())
def test_text_round_trip_on_what_the_form_carries(article: Article) -> None:
    back = read_text(write_text(article))
    expected = attrs.evolve(
        article, published=_as_written(article.published), updated=_as_written(article.updated)
    )
    # People are not written: they are found again in the text, so they are compared apart.
    assert attrs.evolve(back, people=()) == expected
    for mine, theirs in ((expected.published, back.published), (expected.updated, back.updated)):
        assert (mine is None) == (theirs is None)
        if mine is not None and theirs is not None:
            assert mine.isoformat() == theirs.isoformat()


@given(articles(), _ANY_BYLINE)
def test_text_round_trip_keeps_headline_times_and_byline_of_any_article(
    drawn: Article, byline: Byline | None
) -> None:
    article = attrs.evolve(drawn, byline=byline)
    back = read_text(write_text(article))
    assert back.headline == article.headline
    assert back.byline == article.byline
    for mine, theirs in ((article.published, back.published), (article.updated, back.updated)):
        expected = _as_written(mine)
        assert theirs == expected
        if expected is not None and theirs is not None:
            assert theirs.isoformat() == expected.isoformat()


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
