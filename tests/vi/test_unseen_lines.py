"""Closing bylines and date strings of kinds the readers first met on sites they were not
written for: real lines as public Vietnamese pages print them (provincial and ministry
portals, party and city papers, forums, blogs, school sites, a CMS database dump), and the
forms reported on such pages (initials, ``X tổng hợp``, ``14:30 PM``, ``9:5 AM``).

Each expected reading was written down from the line itself before the readers were
changed; a case names the kind of line, never one page. The lines of ordinary text at the
end must stay unclaimed, whatever a rule for the kinds above does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _pytest.mark.structures import ParameterSet

from byline_shapes import BODY, Authors, shape
from vn_newsdoc.errors import DateParseError
from vn_newsdoc.model import Role
from vn_newsdoc.vi import parse_byline, split_byline
from vn_newsdoc.vi.dates import (
    VIETNAM,
    dates_prove_month_first,
    find_timestamps,
    parse_timestamp,
)

T, G, C = Role.TEXT, Role.GRAPHICS, Role.COMPILED


def _source(line: str, source: str, case_id: str) -> ParameterSet:
    """A closing line that credits a source alone."""
    return pytest.param([line], 1, (), source, id=case_id)


# ---------------------------------------------------------------------------------------
# Closing bylines: (closing blocks after BODY, blocks claimed, authors, source).

BYLINES = [
    # Names as portals and papers sign, already read before this battery.
    pytest.param(["Lê Lài"], 1, (("Lê Lài", (T,)),), None, id="portal-name-alone"),
    pytest.param(
        ["Tổng hợp: THỤY QUYÊN"], 1, (("THỤY QUYÊN", (C,)),), None, id="compiled-label-caps"
    ),
    pytest.param(
        ["VĂN HÀO - TRẦN HỮU"],
        1,
        (("VĂN HÀO", (T,)), ("TRẦN HỮU", (T,))),
        None,
        id="two-names-caps-hyphen",
    ),
    # Initials, with or without a space or a full stop.
    pytest.param(["T.H."], 1, (("T.H.", (T,)),), None, id="initials-with-stops"),
    pytest.param(["N.L"], 1, (("N.L", (T,)),), None, id="initials-without-final-stop"),
    pytest.param(["T.Hương"], 1, (("T.Hương", (T,)),), None, id="initial-and-given-name"),
    pytest.param(["T. Hương"], 1, (("T. Hương", (T,)),), None, id="initial-space-given-name"),
    pytest.param(
        ["Thu Hà - T.Hương"],
        1,
        (("Thu Hà", (T,)), ("T.Hương", (T,))),
        None,
        id="name-and-initial-name-hyphen",
    ),
    # "X tổng hợp", "(tổng hợp)".
    pytest.param(["Minh Anh tổng hợp"], 1, (("Minh Anh", (C,)),), None, id="name-then-tong-hop"),
    pytest.param(["T.H (tổng hợp)"], 1, (("T.H", (C,)),), None, id="initials-tong-hop-paren"),
    pytest.param(["PV tổng hợp"], 1, None, None, id="pv-tong-hop-names-nobody"),
    pytest.param(["(tổng hợp)"], 1, None, None, id="tong-hop-alone-in-parens"),
    # Two names joined by a dash with odd spacing (bold closing lines on portals).
    pytest.param(
        ["Hoàng Anh- Minh Thu"],
        1,
        (("Hoàng Anh", (T,)), ("Minh Thu", (T,))),
        None,
        id="two-names-dash-spaced-after",
    ),
    pytest.param(
        ["Hoàng Anh -Minh Thu"],
        1,
        (("Hoàng Anh", (T,)), ("Minh Thu", (T,))),
        None,
        id="two-names-dash-spaced-before",
    ),
    # Sources: "Theo <site> online", "Nguồn: <organisation>" with odd spacing, portals.
    _source("Theo Tuổi Trẻ Online", "Tuổi Trẻ Online", "theo-known-online"),
    _source("Theo Kiến Thức online", "Kiến Thức online", "theo-unknown-online"),
    _source("Theo Chinhphu.vn", "Chinhphu.vn", "theo-site-kept-as-written"),
    _source("Nguồn : Báo Đất Việt", "Báo Đất Việt", "nguon-space-colon"),
    _source("Theo: TTXVN", "TTXVN", "theo-with-a-colon"),
    _source(
        "Theo: http://www.consortiuminfo.org/standardsblog/article.php?story=20070922150738283",
        "consortiuminfo.org",
        "theo-colon-url-of-a-translated-post",
    ),
    _source("Nguồn:Báo Đất Việt", "Báo Đất Việt", "nguon-colon-no-space"),
    _source(
        "Nguồn: Cổng TTĐT Thủy lợi Sông Nhuệ",
        "Cổng TTĐT Thủy lợi Sông Nhuệ",
        "nguon-portal-abbreviated",
    ),
    _source(
        "Nguồn: Cổng TTĐT Sở Công Thương Tây Ninh",
        "Cổng TTĐT Sở Công Thương Tây Ninh",
        "nguon-portal-of-a-department",
    ),
    _source("Nguồn: Cổng TTĐT Quốc hội", "Cổng TTĐT Quốc hội", "nguon-portal-short"),
    _source("(nguồn: Cổng TTĐT tỉnh Gia Lai)", "Cổng TTĐT tỉnh Gia Lai", "nguon-portal-in-parens"),
    _source(
        "Nguồn: Cổng Thông tin điện tử Chính phủ",
        "Cổng Thông tin điện tử Chính phủ",
        "nguon-portal-spelled-out",
    ),
    _source("Theo Cổng TTĐT tỉnh Bắc Ninh", "Cổng TTĐT tỉnh Bắc Ninh", "theo-portal"),
    pytest.param(
        ["Minh Anh", "Cổng TTĐT tỉnh Lâm Đồng"],
        2,
        (("Minh Anh", (T,)),),
        "Cổng TTĐT tỉnh Lâm Đồng",
        id="name-over-portal-line",
    ),
    pytest.param(
        ["Graphics: T.L – Nguồn: TTXVN."],
        1,
        (("T.L", (G,)),),
        "TTXVN",
        id="graphics-initials-and-source-on-one-line",
    ),
]


@pytest.mark.parametrize(("closing", "count", "authors", "source"), BYLINES)
def test_unseen_closing_bylines(
    closing: list[str], count: int, authors: Authors | None, source: str | None
) -> None:
    n, byline = split_byline([BODY, *closing])
    assert n == count
    assert shape(byline) == (None if authors is None else (authors, source))


# Lines met after the rules above were written, read with no change made for them.
LATER_BYLINES = [
    pytest.param(["Đại Dương"], 1, (("Đại Dương", (T,)),), None, id="paper-name-alone"),
    pytest.param(["Tố Tuấn"], 1, (("Tố Tuấn", (T,)),), None, id="paper-name-alone-2"),
    pytest.param(
        ["Huyền Trang – Thái Hiền", "Đài Anh Sơn"],
        2,
        (("Huyền Trang", (T,)), ("Thái Hiền", (T,))),
        "Đài Anh Sơn",
        id="two-names-over-a-district-station",
    ),
    pytest.param(["Nhóm phóng viên"], 1, None, None, id="reporters-team"),
    pytest.param(["Q.T."], 1, (("Q.T.", (T,)),), None, id="initials-under-news-briefs"),
]


@pytest.mark.parametrize(("closing", "count", "authors", "source"), LATER_BYLINES)
def test_later_closing_bylines(
    closing: list[str], count: int, authors: Authors | None, source: str | None
) -> None:
    test_unseen_closing_bylines(closing, count, authors, source)


def test_one_source_named_twice_on_two_lines_is_one_source() -> None:
    # The closing source line and the publication's own label under it name one outlet.
    byline = parse_byline(["Theo Tuổi Trẻ Online", "Báo Tuổi Trẻ"])
    assert byline is not None
    assert byline.source == "Tuổi Trẻ Online"


STILL_NOT_BYLINES = [
    pytest.param("TP.HCM", id="city-abbreviation"),
    pytest.param("Các số liệu trên được tổng hợp", id="sentence-ending-tong-hop"),
    pytest.param("Tổng hợp", id="tong-hop-alone-without-parens"),
    pytest.param("Cổng TTĐT tỉnh Lâm Đồng", id="portal-line-alone"),
    pytest.param("Q.1", id="district-abbreviation"),
    pytest.param("Theo ông Minh, giá vàng sẽ còn tăng.", id="theo-a-sentence"),
    pytest.param("Letters to the Editor", id="a-phrase-ending-in-a-job-noun"),
]


@pytest.mark.parametrize("line", STILL_NOT_BYLINES)
def test_unseen_kinds_leave_ordinary_lines(line: str) -> None:
    assert split_byline([BODY, line]) == (0, None)


# ---------------------------------------------------------------------------------------
# Date strings: (text, expected value in Vietnam time or a date alone, is_update).


def _vn(year: int, month: int, day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=VIETNAM)


PARSED = [
    pytest.param("Chủ nhật, ngày 08 tháng 12 năm 2024 16:02 (GMT +7)", _vn(2024, 12, 8, 16, 2)),
    pytest.param("Thứ tư, 08 Tháng 9 2021 15:09", _vn(2021, 9, 8, 15, 9)),
    pytest.param("Thứ hai, 11 Tháng 12 2023 16:03", _vn(2023, 12, 11, 16, 3)),
    pytest.param("Thứ hai , ngày 16 tháng 12 năm 2019", dt.date(2019, 12, 16)),
    pytest.param("Chủ nhật, 03/08/2025 16:05", _vn(2025, 8, 3, 16, 5)),
    pytest.param("Chủ Nhật, 20 tháng 1, 2013", dt.date(2013, 1, 20)),
    pytest.param("Thứ Sáu, 21 tháng 6, 2019", dt.date(2019, 6, 21)),
    pytest.param("Thứ hai - 22/10/2007 07:28", _vn(2007, 10, 22, 7, 28)),
    pytest.param("Thứ Bảy, 8 tháng 3, 2014", dt.date(2014, 3, 8)),
    pytest.param("Ngày đăng: 24/09/2018", dt.date(2018, 9, 24)),
    pytest.param("Cập nhật: 02/07/2022 08:00", _vn(2022, 7, 2, 8, 0)),
    # Clock times with AM/PM, 24-hour hours among them, one-digit minutes.
    pytest.param("Thứ Năm, ngày 18/06/2020 17:58 PM (GMT+7)", _vn(2020, 6, 18, 17, 58)),
    pytest.param("12/03/2024 14:30 PM", _vn(2024, 3, 12, 14, 30)),
    pytest.param("12/03/2024 9:5 AM", _vn(2024, 3, 12, 9, 5)),
    pytest.param("12/03/2024 | 9:5 PM", _vn(2024, 3, 12, 21, 5)),
    pytest.param("Saturday, January 25, 2025 at 2:00 PM (GMT+7)", _vn(2025, 1, 25, 14, 0)),
    pytest.param("Monday, October 2, 2023 at 07:00:00 AM GMT+7", _vn(2023, 10, 2, 7, 0)),
    pytest.param("12/03/2024 - 9.30 PM", _vn(2024, 3, 12, 21, 30)),
    pytest.param("12/03/2024 lúc 10.05 p.m.", _vn(2024, 3, 12, 22, 5)),
    pytest.param("12/03/2024 9.30 SA", _vn(2024, 3, 12, 9, 30)),
    # Labels in front of the date.
    pytest.param("Ngày ban hành: 26/04/2021", dt.date(2021, 4, 26)),
    pytest.param("Ngày ban hành : 11/01/2022", dt.date(2022, 1, 11)),
    pytest.param("Người xuất bản: Nguyễn Văn Hùng 12/03/2024 08:15", _vn(2024, 3, 12, 8, 15)),
    pytest.param("Người xuất bản: admin | 12/03/2024", dt.date(2024, 3, 12)),
    pytest.param("Đăng bởi: Minh Anh - 12/03/2024 10:20", _vn(2024, 3, 12, 10, 20)),
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_unseen_date_strings(text: str, expected: dt.date) -> None:
    stamp = parse_timestamp(text)
    assert stamp.when == expected


FOUND = [
    pytest.param("VĂN HÀO - TRẦN HỮU 30/04/2016 11:39", _vn(2016, 4, 30, 11, 39)),
    pytest.param("Nguồn : Báo Đất Việt Gia Bảo | 06:00 22/09/2017", _vn(2017, 9, 22, 6, 0)),
    pytest.param("Published: 22 August 2008, Reviewed: 12 March 2012", dt.date(2008, 8, 22)),
    pytest.param("Generation Time: Jun 06, 2017 at 03:57 PM", _vn(2017, 6, 6, 15, 57)),
    pytest.param("Tham gia 20-02-2009", dt.date(2009, 2, 20)),
    pytest.param("by Molly Holzschlag | August 1, 2011 0 Comments", dt.date(2011, 8, 1)),
    pytest.param("Bài được đưa lên Internet ngày: 22/09/2007", dt.date(2007, 9, 22)),
    pytest.param("Ngày ban hành: 23/09/2021 Hiệu lực: 23/09/2021", dt.date(2021, 9, 23)),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_unseen_dates_in_lines(text: str, expected: dt.date) -> None:
    found = find_timestamps(text)
    assert found
    assert found[0].when == expected


LATER_DATES = [
    pytest.param("Thứ Tư 07/02/2024 08:28", _vn(2024, 2, 7, 8, 28), id="party-site-dateline"),
    pytest.param(
        "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27",
        dt.datetime(2019, 8, 23, 9, 25, 27, tzinfo=VIETNAM),
        id="header-clock-with-seconds",
    ),
    pytest.param("P. Ngọc - 11:28, 23/07/2021", _vn(2021, 7, 23, 11, 28), id="author-time-date"),
    pytest.param(
        "Số 01+02+03+04 năm 2013 ngày 01/01/2013", dt.date(2013, 1, 1), id="gazette-issue-line"
    ),
]


@pytest.mark.parametrize(("text", "expected"), LATER_DATES)
def test_later_dates_in_lines(text: str, expected: dt.date) -> None:
    test_unseen_dates_in_lines(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("12/03/2024 9:5", id="one-digit-minute-without-period-word"),
        pytest.param("12/03/2024 9.30", id="full-stop-time-without-am-pm"),
        pytest.param("12/03/2024 9.75 PM", id="full-stop-time-impossible-minute"),
        pytest.param("Người xuất bản: ông Minh cho biết hôm nay là 12/03/2024", id="sentence"),
        pytest.param("Người đăng: Minh Anh", id="poster-without-date"),
    ],
)
def test_new_date_forms_do_not_widen_what_is_read(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_timestamp(text)


def test_a_poster_label_far_from_its_date_marks_nothing() -> None:
    line = "Người xuất bản: một người dùng rất lâu năm của diễn đàn này | 12/03/2024"
    assert [t.when for t in find_timestamps(line)] == [dt.date(2024, 3, 12)]
    with pytest.raises(DateParseError):
        parse_timestamp(line)


# ---------------------------------------------------------------------------------------
# Month-first pages: (the date strings a page prints, whether they prove month-first).

MONTH_FIRST = [
    pytest.param(["Posted on 12-24-2012, 09:15 AM"], True, id="blog-engine-english-label"),
    pytest.param(["12-24-2012", "05-06-2012 10:00 AM"], True, id="one-proof-settles-the-page"),
    pytest.param(["Tham gia 20-02-2009", "05-06-2012"], False, id="vietnamese-forum-day-first"),
    pytest.param(["Posted on 05-06-2012"], False, id="label-alone-proves-nothing"),
    pytest.param(["12-24-2012", "24/12/2012"], False, id="contradicting-dates-stay-day-first"),
    pytest.param(["2012-12-24", "ngày 24 tháng 12 năm 2012"], False, id="unambiguous-forms"),
    pytest.param([], False, id="no-dates"),
    pytest.param(["24 12 2012 08:00"], False, id="spaced-day-first"),
    pytest.param(["12 24 2012"], True, id="spaced-month-first"),
]


@pytest.mark.parametrize(("texts", "proved"), MONTH_FIRST)
def test_dates_prove_month_first(texts: list[str], proved: bool) -> None:
    assert dates_prove_month_first(texts) is proved
    assert dates_prove_month_first(iter(texts)) is proved


def test_dates_prove_month_first_refuses_one_string() -> None:
    with pytest.raises(TypeError, match="not one str"):
        dates_prove_month_first("12-24-2012")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Posted on 05-06-2012", dt.date(2012, 5, 6), id="ambiguous-read-month-first"),
        pytest.param("12-24-2012 14:30 PM", _vn(2012, 12, 24, 14, 30), id="pm-24-hour"),
        pytest.param("12/24/12 9:5 AM", _vn(2012, 12, 24, 9, 5), id="two-digit-year"),
        pytest.param("12 24 2012", dt.date(2012, 12, 24), id="spaced"),
        pytest.param("2012-06-05", dt.date(2012, 6, 5), id="iso-unchanged"),
        pytest.param("ngày 5 tháng 6 năm 2012", dt.date(2012, 6, 5), id="words-unchanged"),
    ],
)
def test_month_first_reading(text: str, expected: dt.date) -> None:
    ref = dt.datetime(2013, 1, 1, tzinfo=VIETNAM)
    assert parse_timestamp(text, month_first=True, reference=ref).when == expected
    assert [t.when for t in find_timestamps(text, month_first=True, reference=ref)] == [expected]


def test_month_first_refuses_a_day_first_date() -> None:
    with pytest.raises(DateParseError, match="impossible date"):
        parse_timestamp("24/12/2012", month_first=True)
    assert find_timestamps("24/12/2012", month_first=True) == ()


def test_day_first_stays_the_default() -> None:
    assert parse_timestamp("05-06-2012").when == dt.date(2012, 6, 5)


# ---------------------------------------------------------------------------------------
# A timestamp that proves its own order, and labels of portal records.

SELF_MONTH_FIRST = [
    pytest.param("12/26/2012 4:13:51 PM", dt.datetime(2012, 12, 26, 16, 13, 51, tzinfo=VIETNAM)),
    pytest.param("12/27/2012 10:04:22 AM", dt.datetime(2012, 12, 27, 10, 4, 22, tzinfo=VIETNAM)),
    pytest.param("12-24-2012 02:17 PM", _vn(2012, 12, 24, 14, 17)),
    pytest.param("Posted on 12/26/2012 8:00:00 PM", _vn(2012, 12, 26, 20, 0)),
]


@pytest.mark.parametrize(("text", "expected"), SELF_MONTH_FIRST)
def test_an_am_pm_timestamp_proves_its_own_month_first_order(
    text: str, expected: dt.datetime
) -> None:
    assert parse_timestamp(text).when == expected
    assert [t.when for t in find_timestamps(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("01/13/2022", id="date-alone-proves-nothing"),
        pytest.param("12/26/2012 16:13", id="24-hour-clock-proves-nothing"),
        pytest.param("13/12/2012 4:13 PM", id="day-first-stays-day-first"),
    ],
)
def test_only_an_am_pm_clock_beside_the_date_proves_the_order(text: str) -> None:
    if text.startswith("13/"):
        assert parse_timestamp(text).when == _vn(2012, 12, 13, 16, 13)
    else:
        with pytest.raises(DateParseError, match="impossible date"):
            parse_timestamp(text)


RECORD_LABELS = [
    pytest.param("Ngày xử lý: 3/7/2019", dt.date(2019, 7, 3), id="handled-on"),
    pytest.param("Ngày xử lý:3/7/2019", dt.date(2019, 7, 3), id="no-space-after-colon"),
    pytest.param("Ngày tiếp: 17/5/2019", dt.date(2019, 5, 17), id="received-on"),
    pytest.param("Ngày tiếp nhận: 02/04/2019 08:30", _vn(2019, 4, 2, 8, 30), id="taken-in-on"),
    pytest.param("Ngày trả lời: 10/05/2019", dt.date(2019, 5, 10), id="answered-on"),
]


@pytest.mark.parametrize(("text", "expected"), RECORD_LABELS)
def test_record_labels_in_front_of_a_date(text: str, expected: dt.date) -> None:
    stamp = parse_timestamp(text)
    assert stamp.when == expected
    assert not stamp.is_update


def test_a_number_and_colon_in_front_is_no_label() -> None:
    assert find_timestamps("10:3/7/2019") == ()
    with pytest.raises(DateParseError):
        parse_timestamp("10:3/7/2019")


# ---------------------------------------------------------------------------------------
# Papers whose names are written in sentence case, after "Theo", under a name or alone.

MASTHEADS = [
    pytest.param(["Theo Công lý"], 1, (), "Công lý", id="one-word-lower-case"),
    pytest.param(
        ["Văn Nguyễn", "Theo Tổ quốc"], 2, (("Văn Nguyễn", (T,)),), "Tổ quốc", id="name-over-paper"
    ),
    pytest.param(
        ["Hà Nam", "Theo Doanh nghiệp và Tiếp thị"],
        2,
        (("Hà Nam", (T,)),),
        "Doanh nghiệp và Tiếp thị",
        id="paper-joined-by-va",
    ),
    pytest.param(
        ["Minh Nguyễn - Design: Thủy Tiên", "Theo Pháp luật & Bạn đọc"],
        2,
        (("Minh Nguyễn", (T,)), ("Thủy Tiên", (G,))),
        "Pháp luật & Bạn đọc",
        id="design-role-and-ampersand-paper",
    ),
]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Theo quy định", id="lower-case-first"),
        pytest.param("Theo ông Minh", id="form-of-address"),
        pytest.param("Theo Nghị định 100", id="a-number"),
        pytest.param("Theo Bộ trưởng, giá sẽ tăng.", id="a-sentence"),
        pytest.param("Theo Thông tư này thì người dân được lợi", id="sentence-words"),
        pytest.param("Theo Tin tức", id="a-section-name"),
    ],
)
def test_sentence_case_rule_leaves_sentences(line: str) -> None:
    assert split_byline([BODY, line]) == (0, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("thứ tư, 28 06, 2017", dt.date(2017, 6, 28), id="comma-before-year"),
        pytest.param("thứ tư, 16 08 2017 10:13", _vn(2017, 8, 16, 10, 13), id="spaced-with-time"),
        pytest.param("28 06, 2017 10:15", _vn(2017, 6, 28, 10, 15), id="comma-then-time"),
    ],
)
def test_spaced_day_month_year(text: str, expected: dt.date) -> None:
    assert parse_timestamp(text).when == expected


# ---------------------------------------------------------------------------------------
# Source lines with a dash, compilers who name where they took the text from, boards.
R = Role.TRANSLATED

SOURCE_FORMS = [
    pytest.param(
        ["Nguồn - Sở Y tế tỉnh Đắk Nông"], 1, (), "Sở Y tế tỉnh Đắk Nông", id="nguon-dash"
    ),
    pytest.param(["Theo – TTXVN"], 1, (), "TTXVN", id="theo-en-dash"),
    pytest.param(
        ["Thu Hằng (Tổng hợp từ Reuters)"],
        1,
        (("Thu Hằng", (C,)),),
        "Reuters",
        id="compiled-from-a-source",
    ),
    pytest.param(
        ["Thu Hằng (lược dịch theo AFP)"], 1, (("Thu Hằng", (R,)),), "AFP", id="translated-from"
    ),
    pytest.param(
        ["Minh Anh (tổng hợp từ nhiều nguồn)"],
        1,
        (("Minh Anh", (C,)),),
        None,
        id="compiled-from-unnamed-sources",
    ),
    pytest.param(["BBT"], 1, None, None, id="board-initials"),
    pytest.param(["Ban Biên tập tổng hợp"], 1, None, None, id="board-compiled"),
]


@pytest.mark.parametrize(("closing", "count", "authors", "source"), [*MASTHEADS, *SOURCE_FORMS])
def test_papers_source_forms_and_boards(
    closing: list[str], count: int, authors: Authors | None, source: str | None
) -> None:
    # Split off the text's end, and read as lines known to be a byline: the same reading.
    test_unseen_closing_bylines(closing, count, authors, source)
    assert shape(parse_byline(closing)) == (None if authors is None else (authors, source))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Theo - quy định mới, giá điện tăng.", id="dash-then-a-sentence"),
        pytest.param("Nguồn - tin chưa được kiểm chứng", id="dash-then-lower-case"),
    ],
)
def test_a_dash_after_theo_leaves_sentences(line: str) -> None:
    assert split_byline([BODY, line]) == (0, None)
