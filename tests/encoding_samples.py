"""Paragraphs of the project's own writing for the encoding and decoding tests.

Import as ``from encoding_samples import VIETNAMESE, OTHER_LANGUAGES``. The Vietnamese ones
cover every tone, every vowel letter and đ, capitals (a headline in capitals, names),
old-style tone placement (``hoà``, ``thuỷ``), numbers and typographic punctuation; the
others are what detection must not take for Vietnamese.
"""

from __future__ import annotations

VIETNAMESE: dict[str, str] = {
    "flood": (
        "Sáng nay, mưa lớn kéo dài khiến nhiều tuyến phố ở trung tâm thành phố bị ngập sâu. "
        "Người dân phải dắt xe máy qua những đoạn đường nước dâng cao đến đầu gối."
    ),
    "council": (
        "Ủy ban nhân dân tỉnh đã tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
        "nhiệm vụ trọng tâm cho năm tới, với sự tham dự của đại diện các sở, ban, ngành."
    ),
    "table-tennis": (
        "Đội tuyển bóng bàn của huyện giành chức vô địch sau trận chung kết kéo dài gần hai "
        "giờ. Huấn luyện viên cho biết các vận động viên đã tập luyện suốt ba tháng."
    ),
    "gold": (
        "Giá vàng trong nước giảm mạnh vào phiên chiều thứ Sáu, trong khi giá thế giới vẫn "
        "đứng yên. Nhiều người mua vàng từ tuần trước đang chịu lỗ khoảng 2 triệu đồng."
    ),
    "premier": (
        "Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ, bảo đảm tiến độ giải "
        "ngân vốn đầu tư công. Ông nhấn mạnh: “Không để xảy ra tình trạng chậm trễ kéo dài”."
    ),
    "old-tones": (
        "Chủ tịch Uỷ ban nhân dân huyện Hoà Vang cho biết công trình thuỷ lợi đã hoàn thành, "
        "bà con yên tâm xuống giống vụ hè thu; sức khoẻ người dân được bảo đảm."
    ),
    "headline-capitals": (
        "HÀ NỘI: NGƯỜI DÂN ĐÓN TẾT AN TOÀN, VUI TƯƠI. "
        "BÃO SỐ 3 GÂY THIỆT HẠI NẶNG Ở CÁC TỈNH VEN BIỂN MIỀN TRUNG"
    ),
    "countryside": (
        "Năm Quý Tỵ, anh Lý cùng vợ con về thăm quê ở huyện Kỳ Anh. Đường trơn vì mưa phùn, "
        "xe đi chậm qua những bãi ngô non. Họ ghé chợ mua ít chè và đồ chơi bằng gỗ cho bé. "
        "Ông Kỹ, chú của anh, kể rằng chuyện cũ đã phai mờ nhưng chẳng ai nỡ bỏ quên. Lúc "
        "chiều, bà cụ hát ru khẽ khàng: “Ở đời, mẹ hiền thì con thảo, chẳng phải nghĩ gì "
        "nhiều”. Bọn trẻ ùa ra ngõ, cười đùa ầm ĩ; lũ vịt ngủ yên. Hôm sau nắng lên, mọi "
        "người sửa sang nhà cửa, sẵn sàng đón khách, vẽ lại biển hiệu."
    ),
    "school": (
        "Năm học mới, trường tiểu học xã Ea Tiêu có thêm sáu phòng học khang trang. Các em "
        "học sinh người Ê Đê được tặng sách vở, áo ấm và xe đạp để đến lớp đều đặn hơn."
    ),
}

OTHER_LANGUAGES: dict[str, str] = {
    "english": (
        "The provincial council met on Friday to review the year's work. Heavy rain "
        "flooded several streets in the city centre, and officials said repairs would take "
        "about two weeks."
    ),
    "french": (
        "L'élève a préféré étudier à côté de la fenêtre. Après la réunion, le préfet a "
        "déclaré que les travaux coûteraient près de deux millions d'euros à la région."
    ),
    "german": (
        "Die Schüler müssen früh aufstehen, weil der Bus um sieben Uhr fährt. Über die "
        "Größe des neuen Gebäudes wird im Gemeinderat noch gestritten."
    ),
    "portuguese": (
        "A população da região não está satisfeita com as decisões do governo, e as "
        "manifestações continuarão até à próxima sessão da câmara."
    ),
}
