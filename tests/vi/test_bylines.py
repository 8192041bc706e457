"""Tests for vn_newsdoc.vi.bylines: closing credit lines, metadata authors, outlet tags.

Every example is of the project's own writing (invented names and sentences) in the forms
Vietnamese sites print; the real pages are read from ../shared/corpus at test time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from byline_shapes import BODY, Authors, shape
from conftest import CORPUS, SEED
from vn_newsdoc.model import Byline, Role
from vn_newsdoc.text import clean
from vn_newsdoc.vi import (
    is_byline_line,
    parse_author_meta,
    parse_byline,
    split_byline,
    split_outlet_tag,
)

T, P, V, G, C, TR = (
    Role.TEXT,
    Role.PHOTO,
    Role.VIDEO,
    Role.GRAPHICS,
    Role.COMPILED,
    Role.TRANSLATED,
)

# ---------------------------------------------------------------------------------------
# split_byline: (closing blocks after BODY, blocks claimed, authors with roles, source).

SPLIT_CASES = [
    pytest.param(
        ["Minh Anh - Hoàng Hiếu"],
        1,
        (("Minh Anh", (T,)), ("Hoàng Hiếu", (T,))),
        None,
        id="two-names-hyphen",
    ),
    pytest.param(
        ["Minh Anh – Hoàng Hiếu"],
        1,
        (("Minh Anh", (T,)), ("Hoàng Hiếu", (T,))),
        None,
        id="two-names-en-dash",
    ),
    pytest.param(
        ["Minh Anh—Hoàng Hiếu"],
        1,
        (("Minh Anh", (T,)), ("Hoàng Hiếu", (T,))),
        None,
        id="two-names-em-dash-unspaced",
    ),
    pytest.param(
        ["Minh Anh, Hoàng Hiếu"],
        1,
        (("Minh Anh", (T,)), ("Hoàng Hiếu", (T,))),
        None,
        id="two-names-comma",
    ),
    pytest.param(["Bài, ảnh: Ngọc Thành"], 1, (("Ngọc Thành", (T, P)),), None, id="bai-anh"),
    pytest.param(["Bài và ảnh: Ngọc Thành"], 1, (("Ngọc Thành", (T, P)),), None, id="bai-va-anh"),
    pytest.param(
        ["Bài: Minh Anh - Ảnh: Hoàng Hiếu"],
        1,
        (("Minh Anh", (T,)), ("Hoàng Hiếu", (P,))),
        None,
        id="bai-x-anh-y",
    ),
    pytest.param(
        ["Bài: Minh Anh", "Ảnh: Hoàng Hiếu"],
        2,
        (("Minh Anh", (T,)), ("Hoàng Hiếu", (P,))),
        None,
        id="bai-and-anh-on-two-lines",
    ),
    pytest.param(
        ["Bài: Minh Anh", "Ảnh: Minh Anh"],
        2,
        (("Minh Anh", (T, P)),),
        None,
        id="same-person-roles-merged",
    ),
    pytest.param(["Tin, ảnh: Lan Chi"], 1, (("Lan Chi", (T, P)),), None, id="tin-anh"),
    pytest.param(
        ["Tin, ảnh Lan Chi – Quốc Bảo"],
        1,
        (("Lan Chi", (T, P)), ("Quốc Bảo", (T, P))),
        None,
        id="tin-anh-no-colon-two-names",
    ),
    pytest.param(["Tin, ành Lan Chi"], 1, (("Lan Chi", (T, P)),), None, id="tin-anh-typo-grave"),
    pytest.param(["Ảnh: Ngọc Thành"], 1, (("Ngọc Thành", (P,)),), None, id="photo"),
    pytest.param(["Video: Quốc Bảo"], 1, (("Quốc Bảo", (V,)),), None, id="video"),
    pytest.param(["Clip: Quốc Bảo"], 1, (("Quốc Bảo", (V,)),), None, id="video-clip"),
    pytest.param(["Đồ họa: Lan Chi"], 1, (("Lan Chi", (G,)),), None, id="graphics"),
    pytest.param(
        ["Đồ hoạ: Lan Chi"], 1, (("Lan Chi", (G,)),), None, id="graphics-old-tone-placement"
    ),
    pytest.param(["Thiết kế: Lan Chi"], 1, (("Lan Chi", (G,)),), None, id="graphics-design"),
    pytest.param(["Thu Hà (tổng hợp)"], 1, (("Thu Hà", (C,)),), None, id="compiled-paren"),
    pytest.param(["Tổng hợp: Thu Hà"], 1, (("Thu Hà", (C,)),), None, id="compiled-prefix"),
    pytest.param(
        ["Thu Hà (theo Reuters)"], 1, (("Thu Hà", (C,)),), "Reuters", id="theo-reuters-paren"
    ),
    pytest.param(["Lược dịch: Minh Anh"], 1, (("Minh Anh", (TR,)),), None, id="translated-prefix"),
    pytest.param(["Minh Anh (dịch)"], 1, (("Minh Anh", (TR,)),), None, id="translated-paren"),
    pytest.param(["Theo AFP (lược dịch)"], 1, (), "AFP", id="theo-source-translated"),
    pytest.param(["Thực hiện: Minh Anh"], 1, (("Minh Anh", (T,)),), None, id="text-thuc-hien"),
    pytest.param(["Minh Anh/VOV.VN"], 1, (("Minh Anh", (T,)),), "VOV.VN", id="slash-outlet"),
    pytest.param(["Đức Mạnh (TTXVN)"], 1, (("Đức Mạnh", (T,)),), "TTXVN", id="paren-agency"),
    pytest.param(["Theo TTXVN"], 1, (), "TTXVN", id="theo-ttxvn"),
    pytest.param(["(Theo TTXVN)"], 1, (), "TTXVN", id="theo-ttxvn-parenthesised"),
    pytest.param(["Theo VnExpress"], 1, (), "VnExpress", id="theo-vnexpress"),
    pytest.param(["Theo Reuters, AFP"], 1, (), "Reuters, AFP", id="theo-two-agencies"),
    pytest.param(
        ["Theo TTXVN", "Nguồn: Báo Quảng Ninh"], 2, (), "TTXVN", id="two-source-lines-first-kept"
    ),
    pytest.param(
        ["Minh Anh (TTXVN)", "Nguồn: Báo Quảng Ninh"],
        2,
        (("Minh Anh", (T,)),),
        "TTXVN",
        id="name-source-then-republisher",
    ),
    pytest.param(["Theo TTXVN", "Nguồn ảnh: Reuters"], 2, (), "TTXVN", id="photo-source-line"),
    pytest.param(["Nguồn ảnh: Minh Anh"], 1, (("Minh Anh", (P,)),), None, id="nguon-anh-person"),
    pytest.param(
        ["Minh Anh-Hoàng Hiếu"],
        1,
        (("Minh Anh", (T,)), ("Hoàng Hiếu", (T,))),
        None,
        id="two-full-names-bare-hyphen",
    ),
    pytest.param(
        ["Bài, ảnh: MINH ANH-HOÀNG HIẾU"],
        1,
        (("MINH ANH", (T, P)), ("HOÀNG HIẾU", (T, P))),
        None,
        id="role-then-two-names-bare-hyphen",
    ),
    pytest.param(["Jean-Pierre Roe"], 1, (("Jean-Pierre Roe", (T,)),), None, id="hyphened-given"),
    pytest.param(["Mary Roe-Smith"], 1, (("Mary Roe-Smith", (T,)),), None, id="hyphened-family"),
    pytest.param(["Park Hang-seo"], 1, (("Park Hang-seo", (T,)),), None, id="hyphened-korean"),
    pytest.param(["Nguồn: Báo Quảng Ninh"], 1, (), "Báo Quảng Ninh", id="nguon"),
    pytest.param(
        ["Theo Thu Hà (Vietnamnet/Reuters)"],
        1,
        (("Thu Hà", (T,)),),
        "Vietnamnet/Reuters",
        id="theo-name-paren-sources",
    ),
    pytest.param(
        ["Lan Chi – Quốc Bảo (Đài Truyền thanh huyện)"],
        1,
        (("Lan Chi", (T,)), ("Quốc Bảo", (T,))),
        "Đài Truyền thanh huyện",
        id="names-paren-office",
    ),
    pytest.param(
        ["Lan Chi", "Trung tâm Văn hóa huyện Tiên Yên"],
        2,
        (("Lan Chi", (T,)),),
        "Trung tâm Văn hóa huyện Tiên Yên",
        id="name-line-then-office-line",
    ),
    pytest.param(
        ["Bài, ảnh: Lan Chi", "Trung tâm Văn hóa huyện Tiên Yên"],
        2,
        (("Lan Chi", (T, P)),),
        "Trung tâm Văn hóa huyện Tiên Yên",
        id="role-line-then-office-line",
    ),
    pytest.param(
        ["Lan Chi - Trung tâm Văn hóa huyện Tiên Yên"],
        1,
        (("Lan Chi", (T,)),),
        "Trung tâm Văn hóa huyện Tiên Yên",
        id="name-dash-office",
    ),
    pytest.param(
        ["Lan Chi\nTrung tâm Văn hóa huyện Tiên Yên"],
        1,
        (("Lan Chi", (T,)),),
        "Trung tâm Văn hóa huyện Tiên Yên",
        id="name-and-office-in-one-block",
    ),
    pytest.param(
        ["Minh Anh", "Theo Báo Quảng Ninh"],
        2,
        (("Minh Anh", (T,)),),
        "Báo Quảng Ninh",
        id="name-then-theo",
    ),
    pytest.param(["QUỐC BẢO"], 1, (("QUỐC BẢO", (T,)),), None, id="all-caps-name-kept"),
    pytest.param(
        ["THU HÀ - ĐỨC MẠNH"],
        1,
        (("THU HÀ", (T,)), ("ĐỨC MẠNH", (T,))),
        None,
        id="all-caps-two-names",
    ),
    pytest.param(
        ["Minh Anh (minhanh@baomau.vn)"], 1, (("Minh Anh", (T,)),), None, id="email-removed"
    ),
    pytest.param(["Ngọc Thành."], 1, (("Ngọc Thành", (T,)),), None, id="closing-full-stop"),
    pytest.param(["Tuấn"], 1, (("Tuấn", (T,)),), None, id="one-word-signature"),
    pytest.param(["Nhóm PV", "Theo Infonet"], 2, (), "Infonet", id="team-then-theo"),
    pytest.param(["PV Minh Anh"], 1, (("Minh Anh", (T,)),), None, id="pv-before-name"),
    pytest.param(["TS. Nguyễn Văn An"], 1, (("Nguyễn Văn An", (T,)),), None, id="degree-dropped"),
    pytest.param(["PGS.TS Trần Minh"], 1, (("Trần Minh", (T,)),), None, id="chained-degrees"),
    pytest.param(["Luật sư Trần Minh"], 1, (("Trần Minh", (T,)),), None, id="title-dropped"),
    pytest.param(
        ["Nguồn: https://baomau.vn/bai-viet-123.html"], 1, (), "baomau.vn", id="source-url-host"
    ),
    pytest.param(["Theo báo Thanh Niên"], 1, (), "báo Thanh Niên", id="theo-bao-lower-case"),
    pytest.param(
        ["Bài: Minh Anh - Ảnh: Getty Images"],
        1,
        (("Minh Anh", (T,)),),
        None,
        id="photo-agency-is-no-author",
    ),
    pytest.param(
        ["Thu Trang/VOV-Tây Nguyên"], 1, (("Thu Trang", (T,)),), "VOV-Tây Nguyên", id="bureau"
    ),
    pytest.param(["Tác giả: Lê Vân"], 1, (("Lê Vân", (T,)),), None, id="label-tac-gia"),
    pytest.param(["By Clara Dubois"], 1, (("Clara Dubois", (T,)),), None, id="label-by"),
    pytest.param(["Theo Lê Thu Hà"], 1, (("Lê Thu Hà", (T,)),), None, id="theo-a-person"),
    pytest.param(["Theo Hà Nội Mới"], 1, (), "Hà Nội Mới", id="theo-a-place-named-outlet"),
    pytest.param(["Theo Hàn Quốc Mới"], 1, (), "Hàn Quốc Mới", id="theo-a-country-named-outlet"),
    pytest.param(
        ["Theo Thu Trang/Baomau.vn", "Reuters"],
        2,
        (("Thu Trang", (T,)),),
        "Baomau.vn",  # one source, not a list glued from two lines (issue 10)
        id="theo-name-slash-site-then-agency",
    ),
    pytest.param(
        ["Theo Thu Trang/Baomau.vn", "Globex"],
        2,
        (("Thu Trang", (T,)),),
        "Baomau.vn",  # Globex is no author; the first line's source is the article's
        id="one-word-line-under-a-source-is-a-source",
    ),
    pytest.param(
        ["T.H.\nẢnh: Lê Vân"],
        1,
        (("T.H.", (T,)), ("Lê Vân", (P,))),
        None,
        id="initials-above-a-photo-credit",
    ),
    pytest.param(
        ["T.H.", "Ảnh: Lê Vân"],
        2,
        (("T.H.", (T,)), ("Lê Vân", (P,))),
        None,
        id="initials-block-above-a-photo-credit",
    ),
    pytest.param(["T.H.", "Lê Vân"], 1, (("Lê Vân", (T,)),), None, id="initials-need-a-role-line"),
]


@pytest.mark.parametrize(("closing", "count", "authors", "source"), SPLIT_CASES)
def test_split_byline(closing: list[str], count: int, authors: Authors, source: str | None) -> None:
    n, byline = split_byline([BODY, *closing])
    assert n == count
    assert shape(byline) == (authors, source)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param(["PV"], id="pv"),
        pytest.param(["Senior Political Correspondent"], id="job-title"),
        pytest.param(["Biên tập viên"], id="job-vi"),
        pytest.param(["CTV"], id="ctv"),
        pytest.param(["Nhóm PV"], id="nhom-pv"),
        pytest.param(["Nhóm phóng viên"], id="nhom-phong-vien"),
        pytest.param(["Bài và ảnh: PV"], id="roles-for-pv"),
        pytest.param(["Ảnh: Internet"], id="photo-from-internet"),
        pytest.param(["Staff Reporter"], id="staff-reporter"),
    ],
)
def test_anonymous_credit_is_claimed_without_a_byline(closing: list[str]) -> None:
    assert split_byline([BODY, *closing]) == (len(closing), None)


NOT_BYLINES = [
    pytest.param("Ông Minh cho biết giá vàng sẽ còn tăng trong tuần tới.", id="sentence"),
    pytest.param(
        "Theo ông Minh, giá vàng sẽ còn tăng trong tuần tới.", id="sentence-starting-theo"
    ),
    pytest.param("Theo kế hoạch, công trình sẽ hoàn thành vào cuối năm", id="theo-ke-hoach"),
    pytest.param("Người dân xếp hàng mua vàng sáng 7/3. Ảnh: Ngọc Thành", id="caption-with-credit"),
    pytest.param("Ảnh minh họa", id="caption-illustration"),
    pytest.param("Bà Lê Thị Lan - Hiệu trưởng Trường tiểu học Hòa Bình", id="quote-attribution"),
    pytest.param("Cô Nguyễn Thu - giáo viên chủ nhiệm", id="attribution-address-form"),
    pytest.param("Trung tâm Văn hóa huyện Tiên Yên", id="office-line-alone"),
    pytest.param("Giá vàng tiếp tục giảm", id="subheading"),
    pytest.param("Tin liên quan", id="related-news"),
    pytest.param("TIN ĐÃ ĐƯA", id="older-news-caps"),
    pytest.param("Xem thêm", id="read-more"),
    pytest.param("Loading...", id="loading"),
    pytest.param("(Còn nữa)", id="to-be-continued"),
    pytest.param("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN YÊN", id="portal-name-caps"),
    pytest.param("12.000 đồng", id="number"),
    pytest.param("Hà Nội, ngày 7/3/2026", id="place-and-date"),
    pytest.param("Luật sư Trần Minh, Đoàn Luật sư thành phố", id="title-name-and-office"),
    pytest.param("Đường Trần Phú.", id="street-caption"),
    pytest.param("Chùa Một Cột", id="building-name"),
    pytest.param("Việt Nam", id="country"),
    pytest.param("Nghệ An", id="province"),
    pytest.param("Thời sự", id="menu-section"),
    pytest.param("Email", id="menu-share"),
    pytest.param("minh anh", id="lower-case"),
    pytest.param(
        "Hà Nội Sẽ Thay Đổi Toàn Bộ Hệ Thống Cây Xanh Trong Năm Tới", id="long-title-case"
    ),
    pytest.param("Giá xăng giảm mạnh. Minh Anh", id="byline-glued-to-paragraph"),
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_split_byline_leaves_ordinary_text(line: str) -> None:
    assert split_byline([BODY, line]) == (0, None)
    assert not is_byline_line(line)


def test_split_byline_empty_and_body_only() -> None:
    assert split_byline([]) == (0, None)
    assert split_byline([BODY]) == (0, None)


def test_split_byline_stops_at_the_first_non_credit() -> None:
    blocks = [BODY, "Minh Anh", "Giá vàng tiếp tục giảm", "Theo TTXVN"]
    n, byline = split_byline(blocks)
    assert n == 1
    assert shape(byline) == ((), "TTXVN")


def test_split_byline_claims_at_most_four_blocks() -> None:
    closing = ["Bài: Minh Anh", "Ảnh: Lan Chi", "Video: Quốc Bảo", "Đồ họa: Thu Hà", "Theo TTXVN"]
    n, byline = split_byline([BODY, *closing])
    assert n == 4
    assert byline is not None
    assert byline.names == ("Lan Chi", "Quốc Bảo", "Thu Hà")


def test_names_alone_on_several_lines_are_a_list_not_a_byline() -> None:
    n, byline = split_byline([BODY, "Minh Anh", "Lan Chi", "Quốc Bảo"])
    assert n == 1
    assert byline is not None
    assert byline.names == ("Quốc Bảo",)


def test_office_line_needs_the_name_right_above() -> None:
    assert split_byline([BODY, "Theo TTXVN", "Trung tâm Văn hóa huyện Tiên Yên"]) == (0, None)


# ---------------------------------------------------------------------------------------
# parse_byline and is_byline_line.


def test_parse_byline_takes_an_unlisted_publication_as_source() -> None:
    byline = parse_byline(["Minh Anh", "Nhịp sống kinh doanh miền Trung"])
    assert shape(byline) == ((("Minh Anh", (T,)),), "Nhịp sống kinh doanh miền Trung")


def test_parse_byline_merges_lines_and_skips_blanks() -> None:
    byline = parse_byline(["Bài: Minh Anh", "", "Ảnh: Hoàng Hiếu", "Theo TTXVN"])
    assert shape(byline) == ((("Minh Anh", (T,)), ("Hoàng Hiếu", (P,))), "TTXVN")


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        pytest.param(
            "Thu Trang/VOV-Tây Nguyên", (("Thu Trang", (T,)),), "VOV-Tây Nguyên", id="bureau"
        ),
        pytest.param(
            "Thu Trang - Quốc Bảo/VOV-ĐBSCL",
            (("Thu Trang", (T,)), ("Quốc Bảo", (T,))),
            "VOV-ĐBSCL",
            id="bureau-two-names",
        ),
        pytest.param("Thu Trang/VOV.VN", (("Thu Trang", (T,)),), "VOV.VN", id="vov-vn"),
        pytest.param("Người viết: Lê Vân", (("Lê Vân", (T,)),), None, id="label-nguoi-viet"),
        pytest.param("Author: Clara Dubois", (("Clara Dubois", (T,)),), None, id="label-author"),
        pytest.param(
            "Clara Dubois and Tom Baker",
            (("Clara Dubois", (T,)), ("Tom Baker", (T,))),
            None,
            id="english-and",
        ),
    ],
)
def test_parse_byline_one_line(line: str, authors: Authors, source: str | None) -> None:
    assert shape(parse_byline([line])) == (authors, source)


def test_parse_byline_with_nobody_named() -> None:
    assert parse_byline(["Nhóm PV"]) is None
    assert parse_byline([]) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Bài, ảnh: Ngọc Thành", True, id="roles"),
        pytest.param("Theo TTXVN", True, id="theo"),
        pytest.param("Nhóm PV", True, id="anonymous"),
        pytest.param("TTXVN", True, id="agency-alone"),
        pytest.param("Trung tâm Văn hóa huyện Tiên Yên", False, id="office-alone"),
        pytest.param("Theo ông Minh, giá vàng sẽ còn tăng.", False, id="sentence"),
    ],
)
def test_is_byline_line(line: str, expected: bool) -> None:
    assert is_byline_line(line) is expected


# ---------------------------------------------------------------------------------------
# parse_author_meta.

META_CASES = [
    pytest.param(
        "Minh Anh - Hoàng Hiếu", (("Minh Anh", (T,)), ("Hoàng Hiếu", (T,))), None, id="hyphen"
    ),
    pytest.param(
        "Minh Anh, Hoàng Hiếu", (("Minh Anh", (T,)), ("Hoàng Hiếu", (T,))), None, id="comma"
    ),
    pytest.param(
        "MINH ANH;HOÀNG HIẾU", (("MINH ANH", (T,)), ("HOÀNG HIẾU", (T,))), None, id="semicolon-caps"
    ),
    pytest.param("Theo TTXVN", (), "TTXVN", id="theo"),
    pytest.param("Jane Roe, Reporter", (("Jane Roe", (T,)),), None, id="name-comma-job"),
    pytest.param(
        "Jane Roe, Chief Political Correspondent",
        (("Jane Roe", (T,)),),
        None,
        id="name-comma-title",
    ),
    pytest.param("Hoàng Lan - Phóng viên", (("Hoàng Lan", (T,)),), None, id="name-dash-job"),
    pytest.param("VnExpress", (), "VnExpress", id="site-name"),
    pytest.param("Báo Tuổi Trẻ", (), "Báo Tuổi Trẻ", id="site-with-bao"),
    pytest.param("TUOI TRE ONLINE", (), "TUOI TRE ONLINE", id="site-without-diacritics"),
    pytest.param("baotuoitre", (), "baotuoitre", id="site-squashed"),
    pytest.param("baomau.com.vn", (), "baomau.com.vn", id="domain"),
    pytest.param("Minh Anh (minhanh@baomau.vn)", (("Minh Anh", (T,)),), None, id="email-removed"),
    pytest.param("MINH &#7842;NH", (("MINH ẢNH", (T,)),), None, id="html-entity"),
    pytest.param(
        "Theo Thu Hà (Vietnamnet/Reuters)",
        (("Thu Hà", (T,)),),
        "Vietnamnet/Reuters",
        id="theo-name-sources",
    ),
    pytest.param(
        "Thu Trang/VOV-Tây Nguyên", (("Thu Trang", (T,)),), "VOV-Tây Nguyên", id="bureau-region"
    ),
    pytest.param(
        "Thu Trang - Quốc Bảo/VOV-ĐBSCL",
        (("Thu Trang", (T,)), ("Quốc Bảo", (T,))),
        "VOV-ĐBSCL",
        id="bureau-two-names",
    ),
    pytest.param("Thu Trang/VOV.VN", (("Thu Trang", (T,)),), "VOV.VN", id="bureau-vov-vn"),
    pytest.param("Thu Trang/TTXVN", (("Thu Trang", (T,)),), "TTXVN", id="bureau-ttxvn"),
    pytest.param(
        "Thu Trang/Báo Tin tức", (("Thu Trang", (T,)),), "Báo Tin tức", id="bureau-bao-tin-tuc"
    ),
    pytest.param("By Clara Dubois", (("Clara Dubois", (T,)),), None, id="label-by"),
    pytest.param("by Clara Dubois", (("Clara Dubois", (T,)),), None, id="label-by-lower"),
    pytest.param("Tác giả: Lê Vân", (("Lê Vân", (T,)),), None, id="label-tac-gia"),
    pytest.param("Người viết: Lê Vân", (("Lê Vân", (T,)),), None, id="label-nguoi-viet"),
    pytest.param("Author: Clara Dubois", (("Clara Dubois", (T,)),), None, id="label-author"),
    pytest.param("Von Clara Dubois", (("Clara Dubois", (T,)),), None, id="label-von"),
    pytest.param("Par Clara Dubois", (("Clara Dubois", (T,)),), None, id="label-par"),
    pytest.param("Por Clara Dubois", (("Clara Dubois", (T,)),), None, id="label-por"),
    pytest.param("Clara Dubois, CNN", (("Clara Dubois", (T,)),), "CNN", id="name-comma-outlet"),
    pytest.param("Clara Dubois, Reuters", (("Clara Dubois", (T,)),), "Reuters", id="name-agency"),
    pytest.param("Theo Lê Thu Hà", (("Lê Thu Hà", (T,)),), None, id="theo-a-person"),
    pytest.param("Von Trier", (("Von Trier", (T,)),), None, id="von-is-a-name-here"),
    pytest.param("By Reuters", (), "Reuters", id="label-before-agency"),
    pytest.param(
        "Clara Dubois and Tom Baker",
        (("Clara Dubois", (T,)), ("Tom Baker", (T,))),
        None,
        id="english-and",
    ),
    pytest.param(
        "Clara Dubois, Tom Baker",
        (("Clara Dubois", (T,)), ("Tom Baker", (T,))),
        None,
        id="english-comma",
    ),
    pytest.param("Reuters", (), "Reuters", id="agency-reuters"),
    pytest.param("Associated Press", (), "Associated Press", id="agency-associated-press"),
    pytest.param("AP", (), "AP", id="agency-ap"),
    pytest.param("AFP", (), "AFP", id="agency-afp"),
    # An author box that wraps its value in parentheses or brackets.
    pytest.param("(SGGPonline)", (), "SGGPonline", id="source-in-parentheses"),
    pytest.param("[TTXVN]", (), "TTXVN", id="source-in-brackets"),
    pytest.param("(Mai Hà)", (("Mai Hà", (T,)),), None, id="name-in-parentheses"),
    pytest.param("Minh Anh (TTXVN)", (("Minh Anh", (T,)),), "TTXVN", id="only-a-whole-wrap"),
]


@pytest.mark.parametrize(("value", "authors", "source"), META_CASES)
def test_parse_author_meta(value: str, authors: Authors, source: str | None) -> None:
    assert shape(parse_author_meta(value)) == (authors, source)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("https://www.facebook.com/baomau", id="url"),
        pytest.param("minhanh@baomau.vn", id="email-only"),
        pytest.param("admin", id="admin"),
        pytest.param("SEO, Traffic Team", id="team"),
        pytest.param("Staff Reporter", id="staff-reporter"),
        pytest.param("By Staff Writer", id="label-staff-writer"),
        pytest.param("Tác giả:", id="label-alone"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("Minh Anh" * 100, id="too-long"),
    ],
)
def test_parse_author_meta_ignores(value: str) -> None:
    assert parse_author_meta(value) is None


# ---------------------------------------------------------------------------------------
# split_outlet_tag.

LEAD = "Giá vàng sáng nay giảm mạnh."

TAG_CASES = [
    pytest.param("(Dân trí) - ", "Dân trí", id="dan-tri-paren"),
    pytest.param("Dân trí - ", "Dân trí", id="dan-tri-bare"),
    pytest.param("TTO - ", "TTO", id="tto"),
    pytest.param("TT - ", "TT", id="tt-2015"),
    pytest.param("VOV.VN - ", "VOV.VN", id="vov"),
    pytest.param("(NLĐO) - ", "NLĐO", id="nldo"),
    pytest.param("(NLĐO)- ", "NLĐO", id="nldo-no-space-before-dash"),
    pytest.param("(PLO)-", "PLO", id="plo-no-spaces"),
    pytest.param("(Chinhphu.vn) - ", "Chinhphu.vn", id="chinhphu"),
    pytest.param("VTV.vn - ", "VTV.vn", id="vtv"),
    pytest.param("(VTC News) - ", "VTC News", id="vtc-news"),
    pytest.param("ANTD.VN - ", "ANTD.VN", id="antd"),
    pytest.param("(HNM) - ", "HNM", id="hnm"),
    pytest.param("Zing.vn - ", "Zing.vn", id="zing"),
    pytest.param("VietNamNet - ", "VietNamNet", id="vietnamnet"),
    pytest.param("TTO – ", "TTO", id="en-dash"),
    pytest.param("TTO—", "TTO", id="em-dash-unspaced"),
    pytest.param("(TNO) ", "TNO", id="acronym-paren-without-dash"),
    pytest.param("(giao duc) - ", "giao duc", id="section-slug"),
    pytest.param("(Báo Mẫu) – ", "Báo Mẫu", id="paren-capitalised-unknown"),
]


@pytest.mark.parametrize(("prefix", "tag"), TAG_CASES)
def test_split_outlet_tag(prefix: str, tag: str) -> None:
    assert split_outlet_tag(prefix + LEAD) == (tag, LEAD)


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("(Ảnh minh họa) Người dân xếp hàng từ sáng sớm.", id="parenthetical-no-dash"),
        pytest.param("(Theo báo cáo của Bộ) - năm nay giá giảm.", id="long-parenthetical"),
        pytest.param("HÀ NỘI - Chiều nay, mưa lớn gây ngập nhiều tuyến phố.", id="dateline-caps"),
        pytest.param("Hà Nội - Chiều nay, mưa lớn gây ngập nhiều tuyến phố.", id="place-dash"),
        pytest.param("Giá vàng - một năm nhìn lại.", id="dash-inside-sentence"),
        pytest.param("(1) - Người dân cần chú ý.", id="numbered"),
        pytest.param("(Dân trí) - ", id="tag-without-lead"),
        pytest.param(LEAD, id="no-tag"),
        pytest.param("", id="empty"),
    ],
)
def test_split_outlet_tag_leaves_leads_without_tag(lead: str) -> None:
    assert split_outlet_tag(lead) == (None, lead)


def test_long_input_is_read_in_bounded_time() -> None:
    huge = "a" * 200_000
    assert parse_author_meta(huge) is None
    assert split_byline([huge, huge + "@"]) == (0, None)
    assert split_outlet_tag(huge) == (None, huge)
    assert not is_byline_line("(" * 50_000)


# ---------------------------------------------------------------------------------------
# Properties.


@given(st.lists(st.text(max_size=60), max_size=8))
def test_split_byline_never_claims_more_than_given(blocks: list[str]) -> None:
    n, byline = split_byline(blocks)
    assert 0 <= n <= min(len(blocks), 4)
    assert byline is None or isinstance(byline, Byline)
    if n == 0:
        assert byline is None


_credit_text = st.lists(
    st.sampled_from(
        ["Minh Anh", "Bài:", "ảnh", "Theo", "TTXVN", "(", ")", "-", "–", ",", "/", "PV", "\n", " "]
    ),
    max_size=12,
).map("".join)


@given(st.lists(st.one_of(st.text(max_size=40), _credit_text), max_size=6))
def test_functions_never_raise(blocks: list[str]) -> None:
    split_byline(blocks)
    parse_byline(blocks)
    for block in blocks:
        is_byline_line(block)
        parse_author_meta(block)
        tag, rest = split_outlet_tag(block)
        if tag is not None:
            assert tag in block
            assert block.rstrip().endswith(rest)


# ---------------------------------------------------------------------------------------
# The real pages: the credits after the last paragraph read to the expected reading.

_BLOCK = frozenset(
    [
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "tr",
        "ul",
        "br",
    ]
)
# Pages whose credit is in an author box under the headline, not in the closing lines.
_TOP_BYLINE = frozenset(
    {
        "dantri.com.vn/gia-vang-giam-20-trieu",
        "nld.com.vn/sai-sot-ho-kinh-doanh-thue",
        "tuoitre.vn/chien-su-gia-hoa-8-3",
        "vietnamnet.vn/co-phieu-flc-giao-dich-tro-lai",
    }
)


def _blocks(doc: lxml.etree._Element) -> list[str]:
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        text = clean(" ".join(run))
        run.clear()
        if text:
            out.append(text)

    def walk(el: lxml.etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        hidden = re.search(r"display\s*:\s*none", el.get("style") or "")
        if tag in ("script", "style", "noscript", "head") or hidden:
            run.append(el.tail or "")
            return
        if tag in _BLOCK:
            flush()
        run.append((el.text or "") if tag else "")
        for child in el:
            walk(child)
        if tag in _BLOCK:
            flush()
        run.append(el.tail or "")

    walk(doc)
    flush()
    return out


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _corpus_pages() -> list[Path]:
    return sorted(CORPUS.glob("*/*.json")) + sorted(SEED.glob("*.json"))


@pytest.mark.corpus
@pytest.mark.parametrize(
    "path", [pytest.param(p, id=f"{p.parent.name}/{p.stem}") for p in _corpus_pages()]
)
def test_corpus_closing_lines(path: Path) -> None:
    expected = json.loads(path.read_text("utf-8"))
    page = path.with_suffix(".html")
    if page.exists():
        blocks = _blocks(lxml.html.document_fromstring(page.read_bytes().decode("utf-8")))
    else:
        blocks = [clean(x) for x in path.with_suffix(".txt").read_text("utf-8").splitlines()]
        blocks = [b for b in blocks if b]
    tail = (expected["paragraphs"] or expected["captions"] or [expected["lead"]])[-1]
    anchor = max(i for i, b in enumerate(blocks) if _key(tail)[-40:] in _key(b))
    captions = {_key(c) for c in expected["captions"]}
    following = [b for b in blocks[anchor + 1 :] if _key(b) not in captions][:6]
    # The longest run of following blocks that split_byline claims whole.
    best: tuple[int, Byline | None] = (0, None)
    for k in range(1, len(following) + 1):
        n, byline = split_byline([clean(tail), *following[:k]])
        if n == k:
            best = (k, byline)
    names, source = (best[1].names, best[1].source) if best[1] else ((), None)
    name = f"{path.parent.name}/{path.stem}"
    if name in _TOP_BYLINE:
        assert (names, source) == ((), None)
    else:
        assert (list(names), source) == (expected["authors"], expected["source"])


@pytest.mark.corpus
@pytest.mark.parametrize(
    "path", [pytest.param(p, id=f"{p.parent.name}/{p.stem}") for p in _corpus_pages()]
)
def test_corpus_text_is_never_a_byline(path: Path) -> None:
    expected = json.loads(path.read_text("utf-8"))
    texts = [expected["headline"], expected["lead"], *expected["paragraphs"]]
    texts += expected["captions"]
    assert [t for t in texts if t and is_byline_line(t)] == []
    paragraphs = expected["paragraphs"]
    assert [split_byline(paragraphs[:i])[0] for i in range(len(paragraphs) + 1)] == [0] * (
        len(paragraphs) + 1
    )


def test_parse_byline_refuses_one_string() -> None:
    with pytest.raises(TypeError, match="sequence of lines"):
        parse_byline("Ngô Tấm – Khánh Hiền")
