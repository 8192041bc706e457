"""Tests for vn_newsdoc.vi.people: the people an article names, with their titles.

Every sentence here is of the project's own writing, in the forms Vietnamese papers print;
the names are invented or public figures' names. The real pages are read from
../shared/corpus at test time (tests/vi/test_people_corpus.py).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEED
from strategies import vietnamese_text
from vn_newsdoc.model import Person
from vn_newsdoc.text import clean, fold_key
from vn_newsdoc.vi import find_people
from vn_newsdoc.vi._wordlists import read_words

Found = tuple[tuple[str, tuple[str, ...]], ...]


def _read(*texts: str) -> Found:
    return tuple((p.name, p.titles) for p in find_people(texts))


# --- Titles in front of the name ---------------------------------------------------------

FRONT = [
    pytest.param(
        "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ.",
        (("Phạm Minh Chính", ("Thủ tướng",)),),
        id="position",
    ),
    pytest.param(
        "Bộ trưởng Bộ Y tế Đào Hồng Lan đã ký quyết định.",
        (("Đào Hồng Lan", ("Bộ trưởng Bộ Y tế",)),),
        id="position-with-ministry",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy phát biểu tại hội nghị.",
        (("Cao Tường Huy", ("Chủ tịch UBND tỉnh Quảng Ninh",)),),
        id="position-with-province",
    ),
    pytest.param(
        "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh yêu cầu kiểm tra.",
        (("Trần Sỹ Thanh", ("Chủ tịch UBND TP Hà Nội",)),),
        id="position-with-city-prefix",
    ),
    pytest.param(
        "Chủ tịch HĐND tỉnh Lý Văn Chung khai mạc kỳ họp.",
        (("Lý Văn Chung", ("Chủ tịch HĐND tỉnh",)),),
        id="province-itself-then-full-name",
    ),
    pytest.param(
        "Chủ tịch UBND xã Hòa Tiến Lê Văn Ba ký quyết định.",
        (("Lê Văn Ba", ("Chủ tịch UBND xã Hòa Tiến",)),),
        id="commune-name-then-full-name",
    ),
    pytest.param(
        "Nhân dịp năm mới, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đinh Văn Hiệp trả lời.",
        (("Đinh Văn Hiệp", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")),),
        id="two-offices-in-front",
    ),
    pytest.param(
        "Phó Thủ tướng Trần Hồng Hà kiểm tra công trình.",
        (("Trần Hồng Hà", ("Phó Thủ tướng",)),),
        id="deputy-modifier",
    ),
    pytest.param(
        "Thượng tướng Lương Tam Quang dự lễ khánh thành.",
        (("Lương Tam Quang", ("Thượng tướng",)),),
        id="rank-general",
    ),
    pytest.param(
        "Đại tá Nguyễn Văn Hùng cho biết vụ việc đang được điều tra.",
        (("Nguyễn Văn Hùng", ("Đại tá",)),),
        id="rank-colonel",
    ),
    pytest.param(
        "PGS.TS Trần Văn Bình giảng bài cho sinh viên.",
        (("Trần Văn Bình", ("PGS.TS",)),),
        id="degree-abbreviated",
    ),
    pytest.param(
        "Phó Giáo sư, Tiến sĩ Lê Thị Hoa nhận giải thưởng.",
        (("Lê Thị Hoa", ("Phó Giáo sư", "Tiến sĩ")),),
        id="degrees-split-at-comma",
    ),
    pytest.param(
        "NSND Lan Hương biểu diễn trên sân khấu.",
        (("Lan Hương", ("NSND",)),),
        id="honour-stage-name",
    ),
    pytest.param(
        "Nhà thơ Hữu Thỉnh đọc bài thơ mới.",
        (("Hữu Thỉnh", ("Nhà thơ",)),),
        id="profession-pen-name",
    ),
    pytest.param(
        "Ca sĩ Mỹ Tâm ra album mới. Mỹ Tâm chia sẻ cảm xúc.",
        (("Mỹ Tâm", ("Ca sĩ",)),),
        id="stage-name-that-starts-like-a-country",
    ),
    pytest.param(
        "MC Nguyên Khang dẫn chương trình.",
        (("Nguyên Khang", ("MC",)),),
        id="given-name-that-reads-like-former",
    ),
    pytest.param(
        "Nhạc sĩ Phó Đức Phương qua đời.",
        (("Phó Đức Phương", ("Nhạc sĩ",)),),
        id="family-name-that-reads-like-deputy",
    ),
    pytest.param(
        "Tổng thống Mỹ Biden thăm Hà Nội.",
        (("Biden", ("Tổng thống Mỹ",)),),
        id="one-word-foreign-name-after-title-and-country",
    ),
    pytest.param(
        "Huấn luyện viên Kim Sang-sik chốt danh sách đội tuyển.",
        (("Kim Sang-sik", ("Huấn luyện viên",)),),
        id="coach-korean",
    ),
    pytest.param(
        "BS.CK2 Trần Thu Trang khám cho bệnh nhân.",
        (("Trần Thu Trang", ("BS.CK2",)),),
        id="degree-glued-abbreviation",
    ),
    pytest.param(
        "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng trả lời báo chí.",
        (("Phạm Thu Hằng", ("Người phát ngôn Bộ Ngoại giao",)),),
        id="spokesperson-with-ministry",
    ),
    pytest.param(
        "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.",
        (("Đào Xuân Cơ", ("Giám đốc Bệnh viện Bạch Mai",)),),
        id="name-after-hospital-name",
    ),
    pytest.param(
        "Hiệu trưởng Trường THPT Chu Văn An Nguyễn Văn Lợi phát biểu.",
        (("Nguyễn Văn Lợi", ("Hiệu trưởng Trường THPT Chu Văn An",)),),
        id="name-after-school-name",
    ),
    pytest.param(
        "Chủ tịch Vingroup Phạm Nhật Vượng công bố dự án.",
        (("Phạm Nhật Vượng", ("Chủ tịch Vingroup",)),),
        id="name-after-company",
    ),
    pytest.param(
        "GS-TS Trần Văn Bảo phát biểu khai mạc.",
        (("Trần Văn Bảo", ("GS-TS",)),),
        id="degree-with-hyphen",
    ),
    pytest.param(
        "Tổng thư ký Liên Hợp Quốc António Guterres phát biểu.",
        (("António Guterres", ("Tổng thư ký Liên Hợp Quốc",)),),
        id="head-of-an-international-body",
    ),
    pytest.param(
        "Thủ tướng Anh Rishi Sunak thăm Kyiv.",
        (("Rishi Sunak", ("Thủ tướng Anh",)),),
        id="england-after-a-title",
    ),
    pytest.param(
        "Giám đốc Cơ quan Năng lượng Quốc tế (IEA) Fatih Birol cảnh báo.",
        (("Fatih Birol", ("Giám đốc Cơ quan Năng lượng Quốc tế (IEA)",)),),
        id="abbreviation-in-parenthesis-inside",
    ),
    pytest.param(
        "Phó Thủ tướng - Bộ trưởng Ngoại giao Phạm Bình An tiếp đoàn.",
        (("Phạm Bình An", ("Phó Thủ tướng", "Bộ trưởng Ngoại giao")),),
        id="two-titles-joined-by-a-dash",
    ),
    pytest.param(
        "Hội đàm giữa Ngoại trưởng Mỹ Rex Brown và Cố vấn An ninh quốc gia Jake Miller.",
        (("Rex Brown", ("Ngoại trưởng Mỹ",)), ("Jake Miller", ("Cố vấn An ninh quốc gia",))),
        id="a-title-never-reaches-over-another-name",
    ),
    pytest.param(
        "Phóng viên Tuổi Trẻ Lê Minh Hòa ghi nhận tại hiện trường.",
        (("Lê Minh Hòa", ("Phóng viên Tuổi Trẻ",)),),
        id="reporter-of-a-newspaper",
    ),
    pytest.param(
        "Mẹ Việt Nam Anh hùng Trần Thị Lài được tặng quà.",
        (("Trần Thị Lài", ("Mẹ Việt Nam Anh hùng",)),),
        id="honour-with-country-inside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONT)
def test_titles_in_front(text: str, expected: Found) -> None:
    assert _read(text) == expected


# --- Titles in apposition ----------------------------------------------------------------

APPOSITION = [
    pytest.param(
        "Tiếp đoàn có đồng chí Nguyễn Văn Đô, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND "
        "Thành phố; đồng chí Đỗ Viết Mạnh, Trưởng Ban Dân vận Thành ủy.",
        (
            ("Nguyễn Văn Đô", ("Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND Thành phố")),
            ("Đỗ Viết Mạnh", ("Trưởng Ban Dân vận Thành ủy",)),
        ),
        id="split-at-commas-ends-at-semicolon",
    ),
    pytest.param(
        "Ông Trần Văn Nam, Giám đốc Sở Tài chính, khẳng định ngân sách đủ chi.",
        (("Trần Văn Nam", ("Giám đốc Sở Tài chính",)),),
        id="ends-at-comma-before-verb",
    ),
    pytest.param(
        "Ông Hà Văn Khánh - Trưởng phòng Nông nghiệp huyện - Phó ban chỉ huy phòng chống "
        "thiên tai cho biết mưa vẫn kéo dài.",
        (
            (
                "Hà Văn Khánh",
                ("Trưởng phòng Nông nghiệp huyện", "Phó ban chỉ huy phòng chống thiên tai"),
            ),
        ),
        id="split-at-dashes-ends-at-verb",
    ),
    pytest.param(
        "Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an, dự lễ.",
        (("Lương Tam Quang", ("Thượng tướng", "Bộ trưởng Bộ Công an")),),
        id="front-and-apposition",
    ),
    pytest.param(
        "Bà Lò Thị Hạnh nguyên Chủ tịch Hội Phụ nữ xã Mường Lạn phát biểu.",
        (("Lò Thị Hạnh", ("nguyên Chủ tịch Hội Phụ nữ xã Mường Lạn",)),),
        id="no-punctuation-before-former",
    ),
    pytest.param(
        "Ông Vũ Đình Toàn, Giám đốc Trung tâm Y tế huyện (TTYT), Sở Y tế, cho hay.",
        (("Vũ Đình Toàn", ("Giám đốc Trung tâm Y tế huyện (TTYT), Sở Y tế",)),),
        id="abbreviation-and-parent-body-kept",
    ),
    pytest.param(
        "Chị Ngô Thanh Hà, chủ một tiệm bánh ở Đà Lạt, chia sẻ.",
        (("Ngô Thanh Hà", ("chủ một tiệm bánh ở Đà Lạt",)),),
        id="lowercase-owner",
    ),
    pytest.param(
        "Sở Xây dựng đề nghị giám đốc Ban Quản lý dự án (ông Đinh Công Vinh) giải trình.",
        (("Đinh Công Vinh", ("giám đốc Ban Quản lý dự án",)),),
        id="title-before-parenthesis",
    ),
    pytest.param(
        "Đồng chí Phạm Văn Tư, Chủ tịch UBND huyện làm trưởng đoàn.",
        (("Phạm Văn Tư", ("Chủ tịch UBND huyện",)),),
        id="ends-before-verb-phrase",
    ),
    pytest.param(
        "Theo ông Lê Văn Minh, Bộ trưởng Bộ Tài chính Hồ Đức Phú đã ký văn bản.",
        (("Lê Văn Minh", ()), ("Hồ Đức Phú", ("Bộ trưởng Bộ Tài chính",))),
        id="title-of-the-next-person-is-no-apposition",
    ),
    pytest.param(
        "Bài phát biểu của đồng chí Lê Văn Sơn, Chủ tịch UBND tỉnh tại phiên bế mạc kỳ họp.",
        (("Lê Văn Sơn", ("Chủ tịch UBND tỉnh",)),),
        id="ends-before-where",
    ),
    pytest.param(
        "Dưới sự chủ trì của đồng chí Vũ Đức Huy, Chủ tịch UBND tỉnh, UBND tỉnh đã họp.",
        (("Vũ Đức Huy", ("Chủ tịch UBND tỉnh",)),),
        id="ends-before-a-new-clause",
    ),
    pytest.param(
        "Viện kiểm sát phê chuẩn quyết định khởi tố ông Lê Hữu Lâm (61 tuổi, nguyên Phó viện "
        "trưởng Viện KSND tỉnh) về tội lạm quyền.",
        (("Lê Hữu Lâm", ("nguyên Phó viện trưởng Viện KSND tỉnh",)),),
        id="title-after-age-in-parenthesis",
    ),
    pytest.param(
        "Bà Đào Thị Lan, Phó Chủ tịch UBND huyện hôm 5/3 cho biết.",
        (("Đào Thị Lan", ("Phó Chủ tịch UBND huyện",)),),
        id="ends-before-a-time-word",
    ),
    pytest.param(
        "Đại úy Lê Văn Cường, Đội phó Đội CSGT số 3, cho biết.",
        (("Lê Văn Cường", ("Đại úy", "Đội phó Đội CSGT số 3")),),
        id="rank-and-police-post",
    ),
    pytest.param(
        "Ông Hồ Quang Lợi- CT. Hội CCB tỉnh. Về phía huyện có nhiều đại biểu.",
        (("Hồ Quang Lợi", ("CT. Hội CCB tỉnh",)),),
        id="abbreviation-with-its-own-dot",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION)
def test_titles_in_apposition(text: str, expected: Found) -> None:
    assert _read(text) == expected


# --- Forms of address and short mentions -------------------------------------------------

ADDRESS = [
    pytest.param("Ông Trần Văn Sáu cho biết.", (("Trần Văn Sáu", ()),), id="ong"),
    pytest.param("Bà Lê Thị Mai cho biết.", (("Lê Thị Mai", ()),), id="ba"),
    pytest.param("Anh Phạm Quốc Tuấn làm nghề lái xe.", (("Phạm Quốc Tuấn", ()),), id="anh"),
    pytest.param("Chị Thanh Vân mở cửa hàng hoa.", (("Thanh Vân", ()),), id="chi-two-words"),
    pytest.param("Em Nguyễn Minh Khôi đạt giải.", (("Nguyễn Minh Khôi", ()),), id="em"),
    pytest.param("Cô Lê Ngọc Hà dạy lớp 2.", (("Lê Ngọc Hà", ()),), id="co"),
    pytest.param("Chú Tư Sang bán cà phê.", (("Tư Sang", ()),), id="chu"),
    pytest.param("Cụ Đào Văn Thu năm nay 90 tuổi.", (("Đào Văn Thu", ()),), id="cu"),
    pytest.param("Tham dự có đồng chí Nguyễn Bá Lộc.", (("Nguyễn Bá Lộc", ()),), id="dong-chi"),
    pytest.param("Đ/c Bùi Văn Tân phát biểu.", (("Bùi Văn Tân", ()),), id="dc-abbreviation"),
    pytest.param("Ông K’Bao nói tiếng Mạ.", (("K’Bao", ()),), id="one-word-minority-name"),
    pytest.param("Chị N.T.H, phụ huynh học sinh, kể.", (("N.T.H", ()),), id="initials"),
    pytest.param(
        "Bé gái Connie Lloyd được phẫu thuật.", (("Connie Lloyd", ()),), id="foreign-child"
    ),
    pytest.param(
        "Bị can Trương Văn Lực bị đề nghị 12 năm tù.", (("Trương Văn Lực", ()),), id="role-word"
    ),
    pytest.param(
        "Theo chủ tiệm Lò Văn Hòa, giá tăng.",
        (("Lò Văn Hòa", ()),),
        id="appositive-word",
    ),
    pytest.param(
        "Tập đoàn Sao Mai của doanh nhân Lê Thanh Thuấn báo lãi.",
        (("Lê Thanh Thuấn", ("doanh nhân",)),),
        id="possessive-ends-the-company-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESS)
def test_forms_of_address_mark_a_person_and_are_not_titles(text: str, expected: Found) -> None:
    assert _read(text) == expected


def test_short_mentions_belong_to_the_person_named_before() -> None:
    found = _read(
        "Ông Trần Văn Nam, Giám đốc Sở Tài chính, khẳng định ngân sách đủ chi.",
        "Theo ông Nam, việc này cần làm ngay. Bà Lê Thị Mai đồng ý.",
        "Bà Mai nói thêm rằng ông Nam đã ký văn bản.",
    )
    assert found == (
        ("Trần Văn Nam", ("Giám đốc Sở Tài chính",)),
        ("Lê Thị Mai", ()),
    )


def test_short_mention_before_the_full_name_takes_the_full_name() -> None:
    found = _read(
        "Thủ tướng Abe xin lỗi người hâm mộ",
        "Thủ tướng Nhật Bản Shinzo Abe đã gửi lời xin lỗi. Ông Abe nói thêm.",
    )
    assert found == (("Shinzo Abe", ("Thủ tướng Nhật Bản",)),)


def test_titles_come_from_the_first_mention_that_has_them() -> None:
    found = _read(
        "Ông Hồ Văn Phúc: Sẽ giảm thuế",
        "Bộ trưởng Tài chính Hồ Văn Phúc cho biết. Bộ trưởng Hồ Văn Phúc nói thêm.",
    )
    assert found == (("Hồ Văn Phúc", ("Bộ trưởng Tài chính",)),)


def test_people_come_once_each_in_order_of_first_mention() -> None:
    found = find_people(
        [
            "Ông Lê Văn Dục và bà Trần Thị Hạnh dự họp",
            "Bà Trần Thị Hạnh phát biểu, sau đó ông Lê Văn Dục kết luận.",
            "Anh Vũ Minh Quân, 30 tuổi, ghi lại.",
        ]
    )
    assert [p.name for p in found] == ["Lê Văn Dục", "Trần Thị Hạnh", "Vũ Minh Quân"]


def test_a_lone_given_name_after_a_title_only_refers_back() -> None:
    assert _read("Bộ trưởng Tài chính đã ký quyết định.") == ()


# --- Names inside names of organisations, places, streets, schools ----------------------

TRAPS = [
    pytest.param("Đoàn đến thăm Học viện Chính trị Quốc gia Hồ Chí Minh.", id="academy"),
    pytest.param("Lượng khách đến TP Hồ Chí Minh tăng mạnh.", id="city-prefix"),
    pytest.param("Lượng khách tới TP.HCM và thành phố Hồ Chí Minh tăng.", id="city-words"),
    pytest.param("Giao thông trên đường Nguyễn Huệ bị ùn tắc.", id="street"),
    pytest.param("Cửa hàng ở phố Bà Triệu đông khách.", id="street-with-address-word"),
    pytest.param("Học sinh Trường THPT Lê Quý Đôn tham gia cuộc thi.", id="school"),
    pytest.param("Người dân phường Lê Lợi được cấp nước sạch.", id="ward"),
    pytest.param(
        "Chủ tịch UBND phường Phạm Ngũ Lão kiểm tra việc buôn bán.", id="ward-after-a-title"
    ),
    pytest.param("Chủ tịch UBND huyện Nghi Xuân cho biết.", id="district-after-a-title"),
    pytest.param("Du khách xếp hàng vào Lăng Chủ tịch Hồ Chí Minh.", id="mausoleum-with-title"),
    pytest.param("Bảo tàng Hồ Chí Minh mở cửa đón khách.", id="museum"),
    pytest.param("Sân bay Tân Sơn Nhất đông khách dịp Tết.", id="airport"),
    pytest.param("Giải Lê Văn Thiêm được trao cho hai giáo viên.", id="prize"),
    pytest.param("Quỹ Nguyễn Văn Hưởng hỗ trợ học sinh nghèo.", id="fund"),
    pytest.param("Công ty Hoàng Anh Gia Lai báo lãi.", id="company"),
    pytest.param("Bệnh viện Nguyễn Tri Phương tiếp nhận bệnh nhân.", id="hospital"),
    pytest.param("Khu di tích Kim Liên đón đoàn khách.", id="heritage-site"),
    pytest.param("Quảng trường Ba Đình rực rỡ cờ hoa.", id="square"),
    pytest.param("Chiến dịch Hồ Chí Minh toàn thắng.", id="campaign"),
    pytest.param("Du khách thăm Nhà sàn Bác Hồ.", id="memorial-house-with-address-word"),
    pytest.param("Đại học Tôn Đức Thắng tuyển sinh.", id="university"),
    pytest.param(
        "Các tuyến đường Nguyễn Huệ, Trần Phú, Hàm Nghi, Đoàn Hữu Trưng bị cấm xe.",
        id="list-of-streets",
    ),
    pytest.param("Nước ngập thôn 4, xã Quảng Tín, huyện Đắk R’Lấp.", id="commune-district"),
    pytest.param("Hà Nội, Cao Bằng và Lâm Đồng có mưa lớn.", id="provinces-like-names"),
    pytest.param("Trụ sở: số 51 Võ Văn Tần, quận 3.", id="street-address-with-number"),
    pytest.param("Cửa hàng tại 182 Lê Đại Hành, quận 11.", id="street-address-number-only"),
    pytest.param("Bán nhà 4x14m, Phan Huy Ích, P12, Gò Vấp.", id="street-then-ward-code"),
    pytest.param("Trụ sở: 60A, Hoàng Văn Thụ, Phường 9.", id="street-then-ward"),
    pytest.param("Vụ thôi việc của cựu CEO Habubank gây chú ý.", id="company-after-office-title"),
    pytest.param("Các em thích vị Giáng Sinh của bánh.", id="capitalised-feast"),
    pytest.param("Người dân đi bộ trên phố. Ảnh: Nguyễn Văn Hải", id="photo-credit"),
    pytest.param("Lễ trao thưởng (Ảnh: Lê Minh Quân)", id="photo-credit-in-parenthesis"),
    pytest.param("Du khách ra đảo Cô Tô. Cô Tô đẹp nhất mùa hè.", id="island-like-address"),
    pytest.param("Trao đổi với PV Thanh Niên, công an xã cho biết.", id="newspaper-after-reporter"),
    pytest.param("Du khách đến Mỹ Tho ngày càng đông.", id="city-that-starts-like-a-country"),
]


@pytest.mark.parametrize("text", TRAPS)
def test_a_name_inside_an_organisation_or_place_is_not_a_person(text: str) -> None:
    assert _read(text) == ()


def test_the_name_of_a_place_does_not_hide_the_person_beside_it() -> None:
    found = _read(
        "Đoàn công tác Học viện Chính trị Quốc gia Hồ Chí Minh do PGS.TS Lê Văn Lợi, "
        "Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh làm trưởng đoàn."
    )
    assert found == (
        ("Lê Văn Lợi", ("PGS.TS", "Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh")),
    )


def test_ho_chi_minh_as_a_person() -> None:
    found = _read("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    assert found == (("Hồ Chí Minh", ()),)


# --- Foreign names -----------------------------------------------------------------------

FOREIGN = [
    pytest.param(
        "Tổng thống Mỹ Joe Biden có bài phát biểu.",
        (("Joe Biden", ("Tổng thống Mỹ",)),),
        id="us-president",
    ),
    pytest.param(
        "Chủ tịch Trung Quốc Tập Cận Bình tiếp đón đoàn.",
        (("Tập Cận Bình", ("Chủ tịch Trung Quốc",)),),
        id="chinese-in-vietnamese-reading",
    ),
    pytest.param("Park Hang-seo trở lại Việt Nam.", (("Park Hang-seo", ()),), id="korean"),
    pytest.param(
        "Thủ tướng Nhật Bản Shinzo Abe từ chức.",
        (("Shinzo Abe", ("Thủ tướng Nhật Bản",)),),
        id="japanese-prime-minister",
    ),
    pytest.param(
        "Ngoại trưởng Italy Antonio Rossi cho biết.",
        (("Antonio Rossi", ("Ngoại trưởng Italy",)),),
        id="country-in-english",
    ),
    pytest.param(
        "Ông Kyle Brown - chuyên gia phân tích tại Capital.com - nhận định.",
        (("Kyle Brown", ("chuyên gia phân tích tại Capital.com",)),),
        id="apposition-between-dashes",
    ),
    pytest.param(
        "Kim Min-jun (27 tuổi) ôn thi công chức.",
        (("Kim Min-jun", ()),),
        id="age-in-parenthesis",
    ),
    pytest.param(
        "Diego Alvarez, 6 tuổi, sống tại Colombia.",
        (("Diego Alvarez", ()),),
        id="age-after-comma",
    ),
    pytest.param(
        "Một bác sĩ người Anh có tên Neil Brook đã nhận lời.",
        (("Neil Brook", ()),),
        id="name-cue",
    ),
    pytest.param(
        "Em mắc chứng bệnh hiếm gặp có tên Congenital Melanocytic Nevus.",
        (),
        id="name-cue-for-a-disease",
    ),
    pytest.param(
        "Với tinh thần của những võ sĩ đạo Samurai, đội tuyển thi đấu.",
        (),
        id="foreign-word-after-a-title-and-a-word",
    ),
    pytest.param("Hàng hóa xuất sang Mỹ, Nhật Bản và Anh tăng.", (), id="countries"),
    pytest.param(
        "Cristiano Ronaldo ghi bàn thứ 900 trong sự nghiệp.",
        (("Cristiano Ronaldo", ()),),
        id="known-given-name-without-cue",
    ),
    pytest.param(
        "Theo Goldman Sachs, Morgan Stanley và Capital Economics, lạm phát sẽ giảm.",
        (),
        id="firms-in-foreign-spelling",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN)
def test_foreign_names(text: str, expected: Found) -> None:
    assert _read(text) == expected


# --- Full names by their shape -----------------------------------------------------------

SHAPE = [
    pytest.param(
        "TAND tuyên phạt Nguyễn Thị Tiên (22 tuổi) 16 năm tù; Đặng Thị Ngọc Yên 8 năm tù.",
        (("Nguyễn Thị Tiên", ()), ("Đặng Thị Ngọc Yên", ())),
        id="defendants",
    ),
    pytest.param(
        "Theo Nguyễn Văn An, việc này cần làm rõ.",
        (("Nguyễn Văn An", ()),),
        id="after-sentence-word",
    ),
    pytest.param(
        "Nhờ Nguyễn Văn Ân phát hiện kịp thời, đám cháy được dập tắt.",
        (("Nguyễn Văn Ân", ()),),
        id="after-a-capitalised-sentence-word",
    ),
    pytest.param("Hồ Hoàn Kiếm đẹp về đêm. Dãy Hoàng Liên Sơn phủ tuyết.", (), id="lake-and-range"),
    pytest.param("Hoa Yêu Thương mở cửa từ sáng.", (), id="shop-name-is-no-full-name"),
    pytest.param("Sáng nay trời mưa. Thực hiện chỉ đạo.", (), id="no-capitalised-names"),
]


@pytest.mark.parametrize(("text", "expected"), SHAPE)
def test_full_names_by_their_shape(text: str, expected: Found) -> None:
    assert _read(text) == expected


# --- The seed ----------------------------------------------------------------------------


@pytest.mark.corpus
def test_seed_gives_exactly_its_people_with_their_titles() -> None:
    expected = json.loads((SEED / "mong-cai-2022-07-01.json").read_text(encoding="utf-8"))
    texts = [expected["headline"], *expected["paragraphs"], *expected["captions"]]
    found = find_people(texts)
    assert found == tuple(
        Person(clean(p["name"]), tuple(clean(t) for t in p["titles"])) for p in expected["people"]
    )
    assert not any("Hồ Chí Minh" in p.name or "Hồ Chi Minh" in p.name for p in found)


# --- Properties --------------------------------------------------------------------------

_WORDS = (
    *read_words("people_titles.tsv")[:40],
    *read_words("people_address_forms.tsv"),
    *read_words("people_named_prefixes.tsv")[:40],
    "Nguyễn Văn Đô",
    "Hồ Chí Minh",
    "Park Hang-seo",
    "N.N.L",
    "(27 tuổi)",
    ",",
    " - ",
    ";",
    "(",
    ")",
    "cho biết",
    "PGS.TS",
)


@given(
    st.lists(
        st.one_of(vietnamese_text(max_words=8), st.lists(st.sampled_from(_WORDS)).map(" ".join)),
        max_size=6,
    )
)
def test_never_raises_and_returns_clean_text(texts: list[str]) -> None:
    found = find_people(texts)
    keys = [fold_key(p.name) for p in found]
    assert len(keys) == len(set(keys))
    for person in found:
        assert person.name
        assert clean(person.name) == person.name
        for title in person.titles:
            assert title
            assert clean(title) == title


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    for person in find_people([text, text[::-1]]):
        assert clean(person.name) == person.name
