"""The model: invariants checked at construction, views, immutability."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import articles
from vn_newsdoc import (
    Article,
    Author,
    Byline,
    Figure,
    Heading,
    InvalidArticleError,
    ListItem,
    Paragraph,
    Person,
    Quote,
    Role,
)
from vn_newsdoc import text as text_module
from vn_newsdoc.text import is_clean

VN = dt.timezone(dt.timedelta(hours=7))


def _article(**changes: Any) -> Article:
    return Article(headline="Tin nóng", **changes)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        pytest.param("", "must not be empty", id="empty"),
        pytest.param(" Tin", "must be clean text", id="leading-space"),
        pytest.param("Tin  nóng", "must be clean text", id="double-space"),
        pytest.param("Tin\u00a0nóng", "must be clean text", id="no-break-space"),
        pytest.param("Tin\u200bnóng", "must be clean text", id="zero-width-space"),
        pytest.param("Ha\u0300 Nội", "must be clean text", id="not-nfc"),
        pytest.param("Tin\x00", "XML 1.0 cannot carry", id="nul"),
        pytest.param("Tin\x1f", "XML 1.0 cannot carry", id="unit-separator"),
        pytest.param("Tin\ufffe", "XML 1.0 cannot carry", id="non-character"),
        pytest.param(b"Tin", "must be a str", id="bytes"),
    ],
)
def test_headline_must_be_clean_text(value: object, reason: str) -> None:
    with pytest.raises(InvalidArticleError) as info:
        Article(headline=value)  # type: ignore[arg-type]
    assert info.value.field == "headline"
    assert reason in info.value.reason


@pytest.mark.parametrize(
    ("build", "field"),
    [
        pytest.param(lambda: Paragraph(""), "text", id="paragraph"),
        pytest.param(lambda: Heading("a ", 2), "text", id="heading"),
        pytest.param(lambda: Quote("a\tb"), "text", id="quote"),
        pytest.param(lambda: ListItem("\x07"), "text", id="list-item"),
        pytest.param(lambda: Figure(caption=""), "caption", id="figure-caption"),
        pytest.param(lambda: Figure(credit=" x"), "credit", id="figure-credit"),
        pytest.param(lambda: Author(""), "name", id="author"),
        pytest.param(lambda: Byline(source=""), "source", id="byline-source"),
        pytest.param(lambda: Person("A", ("",)), "titles[0]", id="person-title"),
        pytest.param(lambda: _article(lead=""), "lead", id="lead"),
        pytest.param(lambda: _article(tags=("a", "")), "tags[1]", id="tag"),
        pytest.param(lambda: _article(url=" x"), "url", id="url"),
    ],
)
def test_every_text_field_is_checked_and_named(build: Any, field: str) -> None:
    with pytest.raises(InvalidArticleError) as info:
        build()
    assert info.value.field == field


@given(st.text())
def test_a_text_the_reader_vouched_for_is_taken_and_any_other_is_checked(raw: str) -> None:
    vouched = text_module._clean_vouched(raw)
    if vouched:
        assert Paragraph(vouched).text is vouched
        assert Figure(caption=vouched).caption is vouched
    # What a user builds is checked as ever, whatever the reader vouched for before.
    if raw and not is_clean(raw):
        with pytest.raises(InvalidArticleError):
            Paragraph(raw)
        with pytest.raises(InvalidArticleError):
            Figure(caption=raw)


@pytest.mark.parametrize("value", [None, "", 7, b"x"])
def test_what_no_reader_vouches_for_is_refused_as_ever(value: object) -> None:
    text_module._clean_vouched("Tin nóng")  # the memory is not empty
    with pytest.raises(InvalidArticleError):
        Paragraph(value)  # type: ignore[arg-type]
    if value is not None:
        with pytest.raises(InvalidArticleError):
            Figure(caption=value)  # type: ignore[arg-type]


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(InvalidArticleError) as info:
        _article(published=dt.datetime(2022, 7, 1, 18, 45))
    assert info.value.field == "published"
    assert "timezone-aware" in info.value.reason
    with pytest.raises(InvalidArticleError) as info:
        _article(updated=dt.datetime(2022, 7, 1))  # midnight, but naive: still refused
    assert info.value.field == "updated"


def test_a_date_without_a_time_is_kept_as_a_date() -> None:
    a = _article(published=dt.date(2022, 7, 1), updated=dt.date(2022, 7, 2))
    assert a.published == dt.date(2022, 7, 1)
    assert not isinstance(a.published, dt.datetime)
    # A date is never equal to the midnight it used to be read as.
    assert a != _article(published=dt.datetime(2022, 7, 1, tzinfo=VN), updated=a.updated)


@pytest.mark.parametrize("value", ["2022-07-01", 20220701, dt.time(18, 45)])
def test_times_of_other_types_are_refused(value: object) -> None:
    with pytest.raises(InvalidArticleError) as info:
        _article(published=value)
    assert info.value.field == "published"
    assert info.value.reason.startswith("must be a datetime, a date or None, not ")


@pytest.mark.parametrize(
    "offset",
    [
        pytest.param(dt.timedelta(hours=7, minutes=6, seconds=40), id="local-mean-time-seconds"),
        pytest.param(dt.timedelta(hours=14, minutes=1), id="beyond-plus-14"),
        pytest.param(-dt.timedelta(hours=15), id="beyond-minus-14"),
    ],
)
def test_offsets_no_format_can_write_are_refused(offset: dt.timedelta) -> None:
    with pytest.raises(InvalidArticleError) as info:
        _article(published=dt.datetime(1900, 1, 1, tzinfo=dt.timezone(offset)))
    assert info.value.field == "published"
    assert "whole minutes within ±14:00" in info.value.reason


def test_aware_datetimes_keep_their_offset() -> None:
    moment = dt.datetime(2022, 7, 1, 18, 45, tzinfo=VN)
    article = _article(published=moment, updated=moment.astimezone(dt.UTC))
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == dt.timedelta(hours=7)
    assert isinstance(article.updated, dt.datetime)
    assert article.updated.utcoffset() == dt.timedelta(0)


def test_body_holds_only_blocks() -> None:
    with pytest.raises(InvalidArticleError) as info:
        _article(body=(Paragraph("a"), "b"))
    assert info.value.field == "body[1]"
    with pytest.raises(InvalidArticleError) as info:
        _article(body=[Paragraph("a")])
    assert info.value.field == "body"


def test_heading_level_range() -> None:
    assert Heading("a", 6).level == 6
    for level in (1, 7, True):
        with pytest.raises(InvalidArticleError) as info:
            Heading("a", level)
        assert info.value.field == "level"


def test_empty_figure_and_byline_are_refused() -> None:
    with pytest.raises(InvalidArticleError) as info:
        Figure()
    assert info.value.field == "figure"
    with pytest.raises(InvalidArticleError) as info:
        Byline()
    assert info.value.field == "byline"


def test_author_roles() -> None:
    assert Author("A").roles == (Role.TEXT,)
    assert Author("A", (Role.PHOTO, Role.TEXT)).role is Role.PHOTO
    for roles in ((), (Role.TEXT, Role.TEXT), ("text",)):
        with pytest.raises(InvalidArticleError):
            Author("A", roles)  # type: ignore[arg-type]
    assert str(Role.COMPILED) == "compiled"


def test_byline_must_be_a_byline() -> None:
    with pytest.raises(InvalidArticleError) as info:
        _article(byline="Vi Thu")
    assert info.value.field == "byline"


def test_views_keep_reading_order() -> None:
    article = _article(
        body=(
            Paragraph("Một."),
            Figure(caption="Ảnh một", credit="A"),
            Heading("Hai"),
            Figure(src="x.jpg"),
            Quote("Ba."),
            Figure(caption="Ảnh hai"),
            ListItem("Bốn."),
        ),
        byline=Byline(authors=(Author("Vi Thu"), Author("Hà Linh", (Role.PHOTO,)))),
    )
    assert article.paragraphs == ("Một.", "Hai", "Ba.", "Bốn.")
    assert article.captions == ("Ảnh một", "Ảnh hai")
    assert len(article.figures) == 3
    assert article.authors == ("Vi Thu", "Hà Linh")
    assert _article().authors == ()


def test_articles_are_frozen_hashable_and_evolvable() -> None:
    article = _article(body=(Paragraph("Một."),), tags=("a",))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    assert hash(article) == hash(_article(body=(Paragraph("Một."),), tags=("a",)))
    changed = attrs.evolve(article, lead="Sapo.")
    assert changed.lead == "Sapo."
    assert article.lead is None
    with pytest.raises(InvalidArticleError):
        attrs.evolve(article, lead=" ")


def test_keyword_only_article() -> None:
    with pytest.raises(TypeError):
        Article("Tin")  # type: ignore[call-arg]


@given(articles())
def test_every_drawn_article_has_clean_text(article: Article) -> None:
    texts = [article.headline, *article.paragraphs, *article.captions, *article.tags]
    assert all(is_clean(t) for t in texts)
