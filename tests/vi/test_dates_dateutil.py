"""The date paths that go through python-dateutil (and email.utils): calendar arithmetic for
relative times, ISO 8601 values, RFC 2822 and dates in other languages' words; and, on every
one of them, ``GMT+7`` read as seven hours east of UTC (dateutil alone would read it west)."""

from __future__ import annotations

import datetime as dt

import pytest

from vn_newsdoc.errors import DateParseError
from vn_newsdoc.html import read_html
from vn_newsdoc.html._metatime import read_meta_time
from vn_newsdoc.vi.dates import parse_iso, parse_timestamp
from vn_newsdoc.vi.dates._worded import read_worded

UTC = dt.UTC
PLUS_7 = dt.timezone(dt.timedelta(hours=7))


def _tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def _vn(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PLUS_7)


# --- relative times: calendar arithmetic (relativedelta) ---------------------------------


@pytest.mark.parametrize(
    ("raw", "reference", "expected"),
    [
        pytest.param("1 tháng trước", _vn(2024, 3, 31, 9), dt.date(2024, 2, 29), id="leap-feb"),
        pytest.param("1 tháng trước", _vn(2023, 3, 31, 9), dt.date(2023, 2, 28), id="plain-feb"),
        pytest.param("1 năm trước", _vn(2024, 2, 29, 9), dt.date(2023, 2, 28), id="year-of-29-feb"),
        pytest.param("4 năm trước", _vn(2024, 2, 29, 9), dt.date(2020, 2, 29), id="leap-to-leap"),
        pytest.param("13 tháng trước", _vn(2024, 1, 15, 9), dt.date(2022, 12, 15), id="13-months"),
        pytest.param("1 tháng 2 ngày trước", _vn(2024, 3, 1, 9), dt.date(2024, 1, 30), id="mixed"),
        pytest.param("2 months ago", _vn(2024, 12, 31, 9), dt.date(2024, 10, 31), id="english"),
    ],
)
def test_relative_months_and_years_follow_the_calendar(
    raw: str, reference: dt.datetime, expected: dt.date
) -> None:
    ts = parse_timestamp(raw, reference=reference)
    assert ts.value.date() == expected
    assert ts.has_time is False
    assert ts.value.utcoffset() == dt.timedelta(hours=7)


def test_relative_months_read_the_vietnam_day_of_the_reference() -> None:
    # 31 March 20:00 UTC is 1 April in Vietnam: a month back is 1 March, not 29 February.
    reference = dt.datetime(2024, 3, 31, 20, 0, tzinfo=UTC)
    assert parse_timestamp("1 tháng trước", reference=reference).value.date() == dt.date(2024, 3, 1)


# --- ISO 8601 (isoparse) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "offset"),
    [
        pytest.param("2022-07-01T18:45:00+07:00", 7, id="vietnam"),
        pytest.param("2022-07-01T11:45:00Z", 0, id="z"),
        pytest.param("2022-07-01T18:45:00-05:00", -5, id="west"),
        pytest.param("2022-07-01T18:45", 7, id="naive"),
    ],
)
def test_parse_iso_returns_standard_library_zones(raw: str, offset: int) -> None:
    value = parse_iso(raw)
    assert type(value.tzinfo) is dt.timezone
    assert value.utcoffset() == dt.timedelta(hours=offset)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("2022-07-01T18:45:00+07:61", id="offset-minutes-61"),
        pytest.param("2022-07-01T24:01", id="hour-24-and-a-minute"),
        pytest.param("0000-01-01", id="year-zero"),
    ],
)
def test_parse_iso_refuses_what_isoparse_cannot_read(raw: str) -> None:
    with pytest.raises(DateParseError):
        parse_iso(raw)


# --- metadata values: ISO, RFC 2822, words; GMT+7 on every path -----------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("2019-08-07 15:43 GMT+7", _vn(2019, 8, 7, 15, 43), id="iso-gmt+7"),
        pytest.param("2019-08-07T15:43:00 UTC+07:00", _vn(2019, 8, 7, 15, 43), id="iso-utc+07:00"),
        pytest.param(
            "Wed, 07 Aug 2019 15:43:00 GMT+7", _vn(2019, 8, 7, 15, 43), id="rfc-2822-gmt+7"
        ),
        pytest.param(
            "Wed, 07 Aug 2019 15:43:00 (GMT+7)", _vn(2019, 8, 7, 15, 43), id="rfc-2822-(gmt+7)"
        ),
        pytest.param(
            "August 7, 2019 3:43 PM GMT+7", _vn(2019, 8, 7, 15, 43), id="english-words-gmt+7"
        ),
        pytest.param(
            "7. August 2019 15:43 UTC+7", _vn(2019, 8, 7, 15, 43), id="german-words-utc+7"
        ),
        pytest.param(
            "7 août 2019 à 15h43 GMT+07:00", _vn(2019, 8, 7, 15, 43), id="french-words-gmt+07:00"
        ),
        pytest.param(
            "7 August 2019 15:43 GMT-5",
            dt.datetime(2019, 8, 7, 15, 43, tzinfo=_tz(-5)),
            id="words-gmt-5-is-west",
        ),
    ],
)
def test_gmt_plus_7_is_east_on_every_metadata_path(raw: str, expected: dt.datetime) -> None:
    got = read_meta_time(raw)
    assert got is not None
    assert got.value == expected
    assert got.value.utcoffset() == expected.utcoffset()
    assert got.has_time
    assert got.has_offset


@pytest.mark.parametrize(
    ("raw", "expected", "has_time", "has_offset"),
    [
        pytest.param(
            "Wed, 07 Aug 2019 15:43:00 +0700", _vn(2019, 8, 7, 15, 43), True, True, id="rfc-0700"
        ),
        pytest.param(
            "Wed, 07 Aug 2019 08:43:00 GMT",
            dt.datetime(2019, 8, 7, 8, 43, tzinfo=UTC),
            True,
            True,
            id="rfc-gmt",
        ),
        pytest.param(
            "07 Aug 2019 15:43 EST",
            dt.datetime(2019, 8, 7, 15, 43, tzinfo=_tz(-5)),
            True,
            True,
            id="rfc-obsolete-zone-name",
        ),
        pytest.param(
            "Wed, 07 Aug 2019 15:43:00", _vn(2019, 8, 7, 15, 43), True, False, id="rfc-no-zone"
        ),
        pytest.param(
            "Wednesday, August 7, 2019 3:43 p.m.",
            _vn(2019, 8, 7, 15, 43),
            True,
            False,
            id="english-weekday-pm",
        ),
        pytest.param("May 14, 2012", _vn(2012, 5, 14), False, False, id="english-date-alone"),
        pytest.param(
            "Mittwoch, 7. August 2019 um 15:43 Uhr",
            _vn(2019, 8, 7, 15, 43),
            True,
            False,
            id="german-um-uhr",
        ),
        pytest.param("31. Oktober 2023", _vn(2023, 10, 31), False, False, id="german-date"),
        pytest.param(
            "mercredi 7 août 2019 à 15h43", _vn(2019, 8, 7, 15, 43), True, False, id="french-15h43"
        ),
        pytest.param("le 25 décembre 2012", _vn(2012, 12, 25), False, False, id="french-le"),
        pytest.param("7 Mar 2019", _vn(2019, 3, 7), False, False, id="mar-is-march"),
    ],
)
def test_rfc_2822_and_words_in_metadata(
    raw: str, expected: dt.datetime, has_time: bool, has_offset: bool
) -> None:
    got = read_meta_time(raw)
    assert got is not None
    assert got.value == expected
    assert got.value.utcoffset() == expected.utcoffset()
    assert (got.has_time, got.has_offset) == (has_time, has_offset)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("August 2019", id="no-day"),
        pytest.param("August 7", id="no-year"),
        pytest.param("7 Aug 19 15:43", id="two-digit-year-would-read-the-clock"),
        pytest.param("Wed, 07 Aug 19 15:43:00 +0700", id="rfc-two-digit-year"),
        pytest.param("Wed, 07 Aug 2019 15:43:00 ICT", id="rfc-unknown-zone-name"),
        pytest.param("31 February 2019", id="impossible-date"),
        pytest.param("12/24/2012", id="numbers-are-never-swapped"),
        pytest.param("Posted on August 7, 2019 by Jane", id="a-sentence"),
        pytest.param("7 August 2019 12", id="a-stray-number"),
        pytest.param("Wed, 07 Aug 2019 15:43:00 +0700 GMT+7", id="two-zones"),
        pytest.param("Thứ tư, 7/8/2019", id="vietnamese-is-not-this-path"),
    ],
)
def test_metadata_values_that_would_need_a_guess_are_not_read(raw: str) -> None:
    assert read_meta_time(raw) is None


def test_read_worded_is_day_first() -> None:
    got = read_worded("8 December 2019")
    assert got == (dt.datetime(2019, 12, 8), False)


def test_a_page_with_an_rfc_2822_meta_date_in_gmt_plus_7() -> None:
    page = """<html><head><title>Mưa lớn ở Quảng Tín</title>
    <meta name="pubdate" content="Wed, 07 Aug 2019 15:43:00 GMT+7"></head><body>
    <h1>Mưa lớn ở Quảng Tín</h1><div class="detail-content">
    <p>Nước dâng nhanh ở các thôn ven suối, người dân kê đồ đạc lên cao trong đêm.</p>
    <p>Chính quyền xã đã cử lực lượng hỗ trợ, chưa có thiệt hại về người.</p></div>
    </body></html>"""
    article = read_html(page)
    assert article.published is not None
    assert article.published.isoformat() == "2019-08-07T15:43:00+07:00"
