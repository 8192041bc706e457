"""Properties of vn_newsdoc.vi.dates: any instant written in a supported form reads back.

Each pattern has a small formatter of its own here, written from the form as Vietnamese
pages print it (not from the parser). Patterns without an offset draw their datetime in
Vietnam time (+07:00); patterns without seconds draw it to the minute.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vn_newsdoc.errors import DateParseError
from vn_newsdoc.vi.dates import (
    VIETNAM,
    dates_prove_month_first,
    find_timestamps,
    parse_iso,
    parse_timestamp,
)

Formatter = Callable[[dt.datetime], str]

# Monday first, as datetime.weekday() counts.
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_WEEKDAYS_PLAIN = ("Thu hai", "Thu ba", "Thu tu", "Thu nam", "Thu sau", "Thu bay", "Chu nhat")
_WEEKDAYS_NUMBERED = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
_WEEKDAYS_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _dmy(d: dt.datetime, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year:04d}"


def _dmy_short(d: dt.datetime) -> str:
    return f"{d.day}/{d.month}/{d.year:04d}"


def _hm(d: dt.datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"


def _twelve(d: dt.datetime, am: str, pm: str) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {am if d.hour < 12 else pm}"


def _gmt(d: dt.datetime, word: str, *, long: bool) -> str:
    offset = d.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    if long or mins:
        return f"{word}{sign}{hours:02d}:{mins:02d}"
    return f"{word}{sign}{hours}"


# Patterns without an offset: read as Vietnam time. Minute precision.
MINUTE_PATTERNS: dict[str, Formatter] = {
    "dmy-space-time": lambda d: f"{_dmy(d)} {_hm(d)}",
    "time-space-dmy": lambda d: f"{_hm(d)} {_dmy(d)}",
    "weekday-dmy-dash-time": lambda d: f"{_WEEKDAYS[d.weekday()]}, {_dmy(d)} - {_hm(d)}",
    "weekday-dmy-pipe-time": lambda d: f"{_WEEKDAYS[d.weekday()]}, {_dmy(d)} | {_hm(d)}",
    "time-ngay-dmy": lambda d: f"{_hm(d)} ngày {_dmy(d)}",
    "h-ngay-short-dmy": lambda d: f"{d.hour}h{d.minute:02d} ngày {_dmy_short(d)}",
    "gio-phut-ngay": lambda d: f"{d.hour} giờ {d.minute} phút, ngày {_dmy(d)}",
    "dashes": lambda d: f"{_dmy(d, '-')} {_hm(d)}",
    "dots": lambda d: f"{_dmy(d, '.')} {_hm(d)}",
    "sa-ch": lambda d: f"{_twelve(d, 'SA', 'CH')} {_dmy(d)}",
    "am-pm": lambda d: f"{_dmy(d)} {_twelve(d, 'AM', 'PM')}",
    "words-ngay-thang-nam": lambda d: f"{_hm(d)}, ngày {d.day} tháng {d.month} năm {d.year}",
    "words-thang-comma-year": lambda d: f"{d.day} tháng {d.month}, {d.year} {_hm(d)}",
    "weekday-numbered": lambda d: f"{_WEEKDAYS_NUMBERED[d.weekday()]}, {_dmy(d)} {_hm(d)}",
    "weekday-abbreviated": lambda d: f"{_WEEKDAYS_SHORT[d.weekday()]}, {_dmy(d)} {_hm(d)}",
    "weekday-no-diacritics": lambda d: f"{_WEEKDAYS_PLAIN[d.weekday()]}, {_dmy(d)} {_hm(d)}",
    "weekday-upper-case": lambda d: f"{_WEEKDAYS[d.weekday()].upper()}, {_dmy(d)} - {_hm(d)}",
    "lacviet-spaces": lambda d: f"{_WEEKDAYS[d.weekday()].lower()}, {_dmy(d, ' ')} {_hm(d)}",
    "dang-luc-label": lambda d: f"Đăng lúc: {_hm(d)} {_dmy(d)}",
    "year-first-slashes": lambda d: f"{d.year:04d}/{d.month:02d}/{d.day:02d} {_hm(d)}",
    "iso-naive-minutes": lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{_hm(d)}",
}

# Patterns with an offset: any offset, minute precision.
OFFSET_PATTERNS: dict[str, Formatter] = {
    "vnexpress-gmt-paren": lambda d: (
        f"{_WEEKDAYS[d.weekday()]}, {_dmy_short(d)}, {_hm(d)} ({_gmt(d, 'GMT', long=False)})"
    ),
    "gmt-short": lambda d: f"{_dmy(d)} {_hm(d)} {_gmt(d, 'GMT', long=False)}",
    "gmt-long": lambda d: f"{_dmy(d)} {_hm(d)} {_gmt(d, 'GMT', long=True)}",
    "utc-short": lambda d: f"{_dmy(d)} {_hm(d)} {_gmt(d, 'UTC', long=False)}",
    "utc-long-paren": lambda d: f"{_dmy(d)} {_hm(d)} ({_gmt(d, 'UTC', long=True)})",
}

_MIN = dt.datetime(1000, 1, 1)
_MAX = dt.datetime(9999, 12, 30)


def _minutes(d: dt.datetime) -> dt.datetime:
    return d.replace(second=0, microsecond=0)


offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)
vietnam_minutes = st.datetimes(_MIN, _MAX, timezones=st.just(VIETNAM)).map(_minutes)
vietnam_seconds = st.datetimes(_MIN, _MAX, timezones=st.just(VIETNAM)).map(
    lambda d: d.replace(microsecond=0)
)
any_minutes = st.datetimes(_MIN, _MAX, timezones=offsets).map(_minutes)
any_instants = st.datetimes(_MIN, _MAX, timezones=offsets)


@contextmanager
def _no_warnings() -> Iterator[list[logging.LogRecord]]:
    """Fail if the dates logger warns (a weekday written right never contradicts its date)."""
    records: list[logging.LogRecord] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    logger = logging.getLogger("vn_newsdoc.vi.dates")
    handler = _Keep(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
    assert records == []


def _same(found: dt.datetime, expected: dt.datetime) -> None:
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("pattern", sorted(MINUTE_PATTERNS))
@given(moment=vietnam_minutes)
def test_vietnam_time_patterns_read_back(pattern: str, moment: dt.datetime) -> None:
    text = MINUTE_PATTERNS[pattern](moment)
    with _no_warnings():
        ts = parse_timestamp(text)
    _same(ts.value, moment)
    assert ts.has_time
    assert not ts.is_update


@pytest.mark.parametrize("pattern", sorted(OFFSET_PATTERNS))
@given(moment=any_minutes)
def test_offset_patterns_read_back(pattern: str, moment: dt.datetime) -> None:
    text = OFFSET_PATTERNS[pattern](moment)
    with _no_warnings():
        ts = parse_timestamp(text)
    _same(ts.value, moment)
    assert ts.has_time


@given(moment=vietnam_seconds)
def test_seconds_read_back(moment: dt.datetime) -> None:
    text = f"{_dmy(moment)} {_hm(moment)}:{moment.second:02d}"
    _same(parse_timestamp(text).value, moment)


@given(
    moment=st.datetimes(
        min_value=dt.datetime(1970, 1, 1),
        max_value=dt.datetime(2069, 12, 31),
        timezones=st.just(VIETNAM),
    ).map(_minutes)
)
def test_two_digit_years_read_back_without_reference(moment: dt.datetime) -> None:
    text = f"{moment.day:02d}/{moment.month:02d}/{moment.year % 100:02d} {_hm(moment)}"
    _same(parse_timestamp(text).value, moment)


@given(
    moment=st.datetimes(
        min_value=dt.datetime(1930, 1, 1),
        max_value=dt.datetime(2026, 12, 31),
        timezones=st.just(VIETNAM),
    ).map(_minutes)
)
def test_two_digit_years_read_back_against_a_reference(moment: dt.datetime) -> None:
    reference = dt.datetime(2026, 3, 7, 9, 0, tzinfo=VIETNAM)
    text = f"{moment.day:02d}/{moment.month:02d}/{moment.year % 100:02d} {_hm(moment)}"
    _same(parse_timestamp(text, reference=reference).value, moment)


@given(day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_dates_alone_read_back_as_midnight_vietnam(day: dt.date) -> None:
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=VIETNAM)
    for text in (
        f"{day.day:02d}/{day.month:02d}/{day.year:04d}",
        f"{day.day}-{day.month}-{day.year:04d}",
        f"ngày {day.day} tháng {day.month} năm {day.year:04d}",
        f"{_WEEKDAYS[day.weekday()]}, {day.day}/{day.month}/{day.year:04d}",
        day.isoformat(),
    ):
        ts = parse_timestamp(text)
        _same(ts.value, midnight)
        assert not ts.has_time


@given(moment=any_instants)
def test_iso_reads_back_through_both_readers(moment: dt.datetime) -> None:
    text = moment.isoformat()
    _same(parse_iso(text), moment)
    _same(parse_timestamp(text).value, moment)


@given(moment=st.datetimes(_MIN, _MAX, timezones=st.just(dt.UTC)))
def test_iso_z_reads_back(moment: dt.datetime) -> None:
    text = moment.isoformat().replace("+00:00", "Z")
    _same(parse_iso(text), moment)
    _same(parse_timestamp(text).value, moment)


@given(moment=st.datetimes(_MIN, _MAX, timezones=st.just(VIETNAM)))
def test_iso_without_offset_is_vietnam_time(moment: dt.datetime) -> None:
    text = moment.replace(tzinfo=None).isoformat()
    _same(parse_iso(text), moment)


@given(published=vietnam_minutes, updated=vietnam_minutes)
def test_dateline_with_update_finds_both(published: dt.datetime, updated: dt.datetime) -> None:
    line = (
        f"{_WEEKDAYS[published.weekday()]}, {_dmy_short(published)}, {_hm(published)} (GMT+7)"
        f" | Cập nhật: {_dmy(updated)} {_hm(updated)}"
    )
    found = find_timestamps(line)
    assert [(t.value, t.is_update) for t in found] == [(published, False), (updated, True)]


@given(text=st.text(max_size=200))
def test_find_timestamps_never_raises(text: str) -> None:
    for ts in find_timestamps(text):
        assert ts.value.utcoffset() is not None


@given(text=st.text(max_size=200))
def test_parse_timestamp_raises_only_date_parse_error(text: str) -> None:
    try:
        ts = parse_timestamp(text)
    except DateParseError:
        return
    assert ts.value.utcoffset() is not None


@given(
    text=st.text(alphabet="0123456789/.-: ,|()hgGMTUTC+ngàyth", max_size=40),
)
def test_date_like_junk_raises_only_date_parse_error(text: str) -> None:
    with suppress(DateParseError):
        parse_timestamp(text)
    find_timestamps(text)


@pytest.mark.parametrize("pattern", sorted(MINUTE_PATTERNS))
@given(moment=vietnam_minutes)
def test_find_timestamps_in_a_sentence(pattern: str, moment: dt.datetime) -> None:
    text = f"Hội nghị khai mạc {MINUTE_PATTERNS[pattern](moment)} tại Hà Nội, kéo dài hai ngày."
    found = find_timestamps(text)
    assert [(t.value, t.has_time) for t in found] == [(moment, True)]


def _twelve_hour(moment: dt.datetime) -> str:
    """``9:5 AM``, ``12:30 PM``: the hour on a 12-hour clock, minutes as some CMSs print
    them, without a leading zero."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute} {'AM' if moment.hour < 12 else 'PM'}"


@given(moment=vietnam_minutes)
def test_twelve_hour_times_with_unpadded_minutes_read_back(moment: dt.datetime) -> None:
    text = f"{moment.day:02d}/{moment.month:02d}/{moment.year:04d} {_twelve_hour(moment)}"
    assert parse_timestamp(text).value == moment


@given(moment=vietnam_minutes)
def test_month_first_dates_read_back_with_month_first(moment: dt.datetime) -> None:
    text = (
        f"Posted on {moment.month:02d}-{moment.day:02d}-{moment.year:04d}, {_twelve_hour(moment)}"
    )
    assert parse_timestamp(text, month_first=True).value == moment
    assert [t.value for t in find_timestamps(text, month_first=True)] == [moment]


@given(moment=vietnam_minutes, poster=st.sampled_from(["Minh Anh", "admin", "Nguyễn Văn Hùng"]))
def test_a_poster_name_between_label_and_date_reads_back(moment: dt.datetime, poster: str) -> None:
    stamp = f"{moment.day:02d}/{moment.month:02d}/{moment.year:04d} {moment:%H:%M}"
    assert parse_timestamp(f"Người xuất bản: {poster} | {stamp}").value == moment


@given(
    text=st.text(alphabet="0123456789/.-: ,|()AMPamp", max_size=40),
    month_first=st.booleans(),
)
def test_twelve_hour_junk_raises_only_date_parse_error(text: str, month_first: bool) -> None:
    with suppress(DateParseError):
        parse_timestamp(text, month_first=month_first)
    find_timestamps(text, month_first=month_first)


@given(texts=st.lists(st.text(alphabet="0123456789/-. :APMPosted n", max_size=30), max_size=5))
def test_month_first_proof_is_order_free_and_a_day_first_date_undoes_it(
    texts: list[str],
) -> None:
    proved = dates_prove_month_first(texts)
    assert dates_prove_month_first(texts[::-1]) is proved
    assert dates_prove_month_first([*texts, "24/12/2012"]) is False
    if proved:
        assert dates_prove_month_first([*texts, "12-24-2012"]) is True
