"""One sample article, written for this project, that every writer's golden file is made from.

The article is invented (the province of Quảng Tín, its newspaper and everyone in it are
fictional) and uses every part of the model: headline, published and updated times in
Vietnam time, a lead with its outlet tag, every kind of body block (figures with and without
caption, credit and image address), a byline with several roles and a source, people with
titles, the URL, site, section and tags. Text that the writers must escape (``&``, ``<``,
quotes) appears on purpose.

The golden files ``tests/golden/sample.<format>`` are this article through each writer;
``pytest --update-golden`` rewrites them (review the diff before committing).
"""

from __future__ import annotations

import datetime as dt

from vn_newsdoc.model import (
    Article,
    Author,
    Byline,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Person,
    Quote,
    Role,
)

__all__ = ["SAMPLE"]

_VIETNAM = dt.timezone(dt.timedelta(hours=7))

SAMPLE = Article(
    headline="Quảng Tín mở thư viện cộng đồng đầu tiên cho học sinh vùng lũ",
    published=dt.datetime(2024, 9, 14, 7, 30, tzinfo=_VIETNAM),
    updated=dt.datetime(2024, 9, 14, 16, 5, 12, tzinfo=_VIETNAM),
    lead=(
        "Sau ba tháng xây dựng, thư viện cộng đồng ở xã Thượng Hòa đã mở cửa đón hơn 300 "
        "học sinh, giữa lúc nước lũ vừa rút khỏi các thôn ven sông Trà Khúc."
    ),
    outlet="BQT",
    body=(
        Paragraph(
            "Sáng 14/9, UBND huyện Sơn Lâm phối hợp với Hội Khuyến học tỉnh Quảng Tín tổ "
            "chức lễ khánh thành thư viện cộng đồng tại xã Thượng Hòa. Công trình rộng "
            "120 m², có hơn 5.000 đầu sách, do người dân và các doanh nghiệp đóng góp "
            "gần 1,2 tỷ đồng."
        ),
        Figure(
            caption="Học sinh xã Thượng Hòa đọc sách trong ngày thư viện mở cửa",
            credit="Lê Minh Đức",
            src="https://baoquangtin.example.vn/anh/2024/09/14/thu-vien-thuong-hoa-1.jpg",
        ),
        Paragraph(
            "Phát biểu tại buổi lễ, bà Trần Thị Hương, Phó Chủ tịch UBND huyện Sơn Lâm, "
            "cho biết thư viện sẽ mở cửa cả ngày thứ bảy và chủ nhật để các em ở xa có "
            "thể đến đọc."
        ),
        Quote(
            "“Sau mùa lũ, nhiều gia đình mất hết sách vở. Thư viện này là nơi các em "
            "tìm lại niềm vui đọc sách”, bà Hương nói."
        ),
        Heading("Sách, máy tính & góc đọc cho trẻ nhỏ", level=2),
        Paragraph("Thư viện được chia thành ba khu vực chính:"),
        ListItem("Khu đọc sách với 40 chỗ ngồi, có quạt và đèn chiếu sáng."),
        ListItem("Góc tin học với 10 máy tính kết nối Internet."),
        ListItem("Góc đọc dành cho trẻ dưới 6 tuổi, có truyện tranh và đồ chơi."),
        Figure(caption="Góc đọc dành cho trẻ nhỏ"),
        Heading("Giữ thư viện sống lâu dài", level=3),
        Paragraph(
            "Theo thầy Nguyễn Văn Bình, Hiệu trưởng Trường THCS Thượng Hòa, nhà trường sẽ "
            "cử giáo viên trực thư viện theo lịch. Học sinh lớp 8 và lớp 9 được phân công "
            "giữ gìn sách và hướng dẫn các em nhỏ mượn sách."
        ),
        Figure(src="https://baoquangtin.example.vn/anh/2024/09/14/thu-vien-thuong-hoa-2.jpg"),
        Paragraph(
            "Ông Phạm Quốc Cường, Chủ tịch Hội Khuyến học tỉnh, cho biết năm 2025 tỉnh sẽ "
            "xây thêm 5 thư viện tương tự ở các xã miền núi <Sơn Lâm, Trà Bồng> thường "
            "bị chia cắt vào mùa mưa."
        ),
        Figure(caption="Lãnh đạo huyện Sơn Lâm cắt băng khánh thành", credit="Hoàng Lan"),
    ),
    byline=Byline(
        authors=(
            Author("Lê Minh Đức", roles=(Role.TEXT, Role.PHOTO)),
            Author("Hoàng Lan", roles=(Role.PHOTO,)),
            Author("Vũ Thanh", roles=(Role.VIDEO, Role.GRAPHICS)),
        ),
        source="Báo Quảng Tín",
    ),
    people=(
        Person("Trần Thị Hương", ("Phó Chủ tịch UBND huyện Sơn Lâm",)),
        Person("Nguyễn Văn Bình", ("Hiệu trưởng Trường THCS Thượng Hòa",)),
        Person("Phạm Quốc Cường", ("Chủ tịch Hội Khuyến học tỉnh",)),
    ),
    url="https://baoquangtin.example.vn/giao-duc/quang-tin-mo-thu-vien-cong-dong-1234.html",
    site="Báo Quảng Tín",
    section="Giáo dục",
    tags=("thư viện", "khuyến học", "Sơn Lâm", "mùa lũ"),
)
"""The sample article (see the module docstring)."""
