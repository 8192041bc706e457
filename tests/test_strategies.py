"""The shared hypothesis strategies draw what their docstrings promise."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from strategies import (
    VIETNAM,
    articles,
    blocks,
    bylines,
    people,
    timestamps,
    vietnamese_text,
    whens,
)
from vn_newsdoc.model import Article, Block, Figure, Heading, ListItem, Paragraph, Quote
from vn_newsdoc.text import is_clean

T = TypeVar("T")

# One object per strategy, so that each is drawn from once per run (see _drawn).
_ARTICLES = articles()
_BYLINES = bylines()
_TIMESTAMPS = timestamps()
_WHENS = whens()


@functools.cache
def _drawn(strategy: st.SearchStrategy[T], count: int = 400) -> tuple[T, ...]:
    """``count`` values drawn from ``strategy``, the same on every run, without shrinking."""
    values: list[T] = []

    @settings(
        max_examples=count,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(strategy)
    def collect(value: T) -> None:
        values.append(value)

    collect()
    return tuple(values)


def _found(strategy: st.SearchStrategy[T], condition: Callable[[T], bool]) -> T:
    """A drawn value meeting ``condition``; fails if none of the drawn values does."""
    values: tuple[T, ...] = _drawn(strategy)
    for value in values:
        if condition(value):
            return value
    raise AssertionError(f"none of the {len(values)} drawn values meets the condition")


def _marks(text: str) -> set[str]:
    return {c for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c)}


@pytest.mark.parametrize(
    ("mark", "name"),
    [
        ("\u0300", "huyền"),
        ("\u0301", "sắc"),
        ("\u0303", "ngã"),
        ("\u0309", "hỏi"),
        ("\u0323", "nặng"),
    ],
)
def test_vietnamese_text_draws_every_tone(mark: str, name: str) -> None:
    text = _found(vietnamese_text(), lambda t: mark in _marks(t))
    assert is_clean(text), name


@pytest.mark.parametrize(
    "condition",
    [
        pytest.param(lambda t: "đ" in t, id="d-stroke"),
        pytest.param(lambda t: "Đ" in t, id="capital-d-stroke"),
        pytest.param(lambda t: any(c.isupper() and _marks(c) for c in t), id="upper-toned"),
        pytest.param(lambda t: "“" in t or "”" in t, id="typographic-quotes"),
        pytest.param(lambda t: any(c.isdigit() for c in t), id="digits"),
        pytest.param(lambda t: "&" in t or "<" in t, id="markup-characters"),
        pytest.param(lambda t: len(t.split()) >= 10, id="long"),
    ],
)
def test_vietnamese_text_draws_real_looking_variety(condition: Callable[[str], bool]) -> None:
    assert is_clean(_found(vietnamese_text(), condition))


@pytest.mark.parametrize("kind", [Paragraph, Heading, Quote, ListItem, Figure])
def test_blocks_draws_every_kind(kind: type[Block]) -> None:
    assert isinstance(_found(blocks(), lambda b: isinstance(b, kind)), kind)


@pytest.mark.parametrize(
    "condition",
    [
        pytest.param(lambda f: f.caption is None and f.src is not None, id="no-caption"),
        pytest.param(lambda f: f.credit is None and f.caption is not None, id="no-credit"),
        pytest.param(lambda f: f.src is None, id="no-src"),
        pytest.param(lambda f: None not in (f.caption, f.credit, f.src), id="everything"),
    ],
)
def test_figures_come_with_and_without_each_part(condition: Callable[[Figure], bool]) -> None:
    drawn: tuple[Block, ...] = _drawn(blocks())
    figures = [b for b in drawn if isinstance(b, Figure)]
    assert any(condition(f) for f in figures)


@pytest.mark.parametrize(
    "condition",
    [
        pytest.param(lambda t: t.utcoffset() == dt.timedelta(hours=7), id="vietnam"),
        pytest.param(lambda t: t.utcoffset() == dt.timedelta(0), id="utc"),
        pytest.param(
            lambda t: t.utcoffset() < dt.timedelta(0) and t.utcoffset().seconds % 3600, id="neg"
        ),
        pytest.param(lambda t: t.utcoffset().seconds % 3600 == 1800, id="half-hour"),
        pytest.param(lambda t: t.microsecond != 0, id="microseconds"),
        pytest.param(lambda t: t.second != 0 and t.microsecond == 0, id="seconds"),
        pytest.param(lambda t: (t.hour, t.minute, t.second) == (0, 0, 0), id="midnight"),
    ],
)
def test_timestamps_draw_every_kind_of_offset_and_precision(
    condition: Callable[[dt.datetime], bool],
) -> None:
    value = _found(_TIMESTAMPS, condition)
    assert value.tzinfo is not None
    assert value.utcoffset() is not None


def test_whens_draw_dates_without_a_time_and_aware_datetimes() -> None:
    drawn: tuple[dt.date, ...] = _drawn(_WHENS)
    dates = [w for w in drawn if not isinstance(w, dt.datetime)]
    times = [w for w in drawn if isinstance(w, dt.datetime)]
    assert 0.1 < len(dates) / len(drawn) < 0.5
    assert all(t.utcoffset() is not None for t in times)
    assert any((t.hour, t.minute, t.second) == (0, 0, 0) for t in times)  # midnight, a time
    assert _found(_ARTICLES, lambda a: type(a.published) is dt.date).published is not None


def test_timestamps_are_mostly_in_vietnam_time() -> None:
    drawn: tuple[dt.datetime, ...] = _drawn(_TIMESTAMPS)
    share = sum(t.tzinfo == VIETNAM for t in drawn) / len(drawn)
    assert share > 0.3


@pytest.mark.parametrize(
    "condition",
    [
        pytest.param(lambda a: not a.body, id="empty-body"),
        pytest.param(lambda a: len(a.body) >= 20, id="long-body"),
        pytest.param(lambda a: a.byline is None and a.published is None, id="sparse"),
        pytest.param(
            lambda a: (
                all(
                    v is not None
                    for v in (a.published, a.updated, a.lead, a.outlet, a.byline, a.url, a.site)
                )
                and a.people
                and a.tags
            ),
            id="full",
        ),
    ],
)
def test_articles_range_from_empty_to_full(condition: Callable[[Article], bool]) -> None:
    assert isinstance(_found(_ARTICLES, condition), Article)


def test_bylines_and_people_vary() -> None:
    assert len(_found(_BYLINES, lambda b: len(b.authors) >= 2).authors) >= 2
    assert _found(_BYLINES, lambda b: not b.authors).source is not None
    assert len(_found(_BYLINES, lambda b: any(len(a.roles) > 1 for a in b.authors)).authors)
    assert _found(people(), lambda p: len(p.titles) >= 2).titles
