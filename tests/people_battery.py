"""A development battery for the people finder: sentences of real Vietnamese news text,
shortened where long, from public pages of sites the reader was not tuned on, with the
people and titles a reader expects, written down before the rules were.

Each case names the kind of text it stands for (the kinds of issue "people on unseen
pages") and the page it comes from. ``tests/vi/test_people_battery.py`` reads them.
"""

from __future__ import annotations

from typing import NamedTuple

Found = tuple[tuple[str, tuple[str, ...]], ...]


class Case(NamedTuple):
    """One battery case: a kind, the page, the texts in order, the expected people."""

    kind: str
    source: str
    texts: tuple[str, ...]
    expected: Found


KINDS = (
    "initials",
    "surname alone",
    "chinese and korean",
    "after an organisation",
    "title after the name",
    "sport names",
    "particles",
    "stage names",
    "not people",
)

BATTERY: tuple[Case, ...] = (
    # --- foreign names with initials ---------------------------------------------------
    Case(
        "initials",
        "soha.vn/elon-musk-du-doan-nhan-vat-co-the-buoc-len-dinh-quyen-luc-my",
        (
            "Báo Politico dẫn lời rằng chuỗi thời gian này bao gồm nhiệm kỳ thứ 2 của "
            "Tổng thống Donald Trump, sau đó là 2 nhiệm kỳ liên tiếp của ông J.D. Vance.",
        ),
        (("Donald Trump", ("Tổng thống",)), ("J.D. Vance", ())),
    ),
    Case(
        "initials",
        "rfa.org/vietnamese/.../Bush-bids-farewell-to-presidency",
        (
            "12 giờ đồng hồ trước đây, Tổng Thống Hoa Kỳ George W. Bush đã đọc bài diễn "
            "văn chào tạm biệt nhân dân Mỹ.",
        ),
        (("George W. Bush", ("Tổng Thống Hoa Kỳ",)),),
    ),
    Case(
        "initials",
        "tinnuocmy.asia/george-w-bush-bill-clinton-la-em-trai-khac-me",
        (
            "Thân phụ của Tổng Thống George W. Bush, cựu Tổng Thống George H. W. Bush từng "
            "giúp đỡ ông Clinton khi ông nhậm chức năm 1992.",
        ),
        (
            ("George W. Bush", ("Tổng Thống",)),
            ("George H. W. Bush", ("cựu Tổng Thống",)),
            ("Clinton", ()),
        ),
    ),
    Case(
        "initials",
        "baothainguyen.vn/quoc-te/200901/bai-phat-bieu-cuoi-cung-cua-tong-thong-bush",
        (
            "Tổng thống Mỹ George W Bush đã bảo vệ những gì ông đã làm trong hai nhiệm kỳ "
            "Tổng thống đầy sóng gió.",
        ),
        (("George W Bush", ("Tổng thống Mỹ",)),),
    ),
    Case(
        "initials",
        "viendongdaily.com/tay-hai-kimmel-tranh-ep-ong-bush-chi-trich-donald-trump",
        (
            "Jimmy Kimmel kết thúc tuần lễ đó bằng việc mời cựu tổng thống George W. Bush "
            "tới dự chương trình phỏng vấn chiếu vào đêm khuya.",
        ),
        (("Jimmy Kimmel", ()), ("George W. Bush", ("cựu tổng thống",))),
    ),
    # --- one-word surnames the text uses as names --------------------------------------
    Case(
        "surname alone",
        "vietnamnet.vn/ty-phu-elon-musk-bat-ngo-noi-sao-hoa-la-mot-phan-cua-nuoc-my",
        (
            "Theo đài RT, tỷ phú Elon Musk ngày 1/10 bất ngờ tuyên bố sao Hỏa là một phần "
            "của nước Mỹ.",
            "Ông Musk tin, sứ mệnh không gian này sẽ mở đường cho việc đưa con người lên sao Hỏa.",
        ),
        (("Elon Musk", ("tỷ phú",)),),
    ),
    Case(
        "surname alone",
        "hdvietnam.me/threads/elon-musk-va-18-du-an-vi-lai",
        (
            "Ít ai biết được Musk còn là chủ sở hữu của rất nhiều dự án công nghệ.",
            "Trong một bài phỏng vấn, Elon Musk chia sẻ: “Không có kinh doanh ở đây”.",
            "Musk bán công ty cho Compaq với giá 307 triệu USD.",
        ),
        (("Elon Musk", ()),),
    ),
    Case(
        "surname alone",
        "soha.vn/elon-musk-du-doan-nhan-vat-co-the-buoc-len-dinh-quyen-luc-my",
        (
            "Báo chí Mỹ đưa tin quan hệ giữa ông Trump và ông Musk có lúc căng thẳng trong "
            "năm nay vì một số lý do.",
        ),
        (("Trump", ()), ("Musk", ())),
    ),
    Case(
        "surname alone",
        "viendongdaily.com/tay-hai-kimmel-tranh-ep-ong-bush-chi-trich-donald-trump",
        (
            "Jimmy Kimmel bắt đầu một tuần này bằng việc làm MC cho chương trình Oscar.",
            "Câu hỏi đầu tiên của Kimmel dành cho ông Bush.",
        ),
        (("Jimmy Kimmel", ()), ("Bush", ())),
    ),
    Case(
        "surname alone",
        "markettimes.vn/an-toi-cung-elon-musk-tiet-lo-con-nguoi-that",
        (
            "Phóng viên Roula Khalaf của tờ Financial Times mới đây đã có cuộc trò chuyện "
            "đặc biệt cùng Elon Musk.",
            "Chúng tôi đã khởi hành đến Fonda San Miguel, nhà hàng Mexico yêu thích của "
            "Musk, sau chuyến thăm tới nhà máy Tesla Gigafactory.",
        ),
        (("Roula Khalaf", ("Phóng viên",)), ("Elon Musk", ())),
    ),
    # --- Chinese and Korean names written in Vietnamese --------------------------------
    Case(
        "chinese and korean",
        "giaoducthoidai.vn/trieu-le-dinh-my-nhan-thi-phi",
        ("Triệu Lệ Dĩnh và Dương Mịch không ít lần được báo giới đem ra so sánh về ngoại hình.",),
        (("Triệu Lệ Dĩnh", ()), ("Dương Mịch", ())),
    ),
    Case(
        "chinese and korean",
        "tienphong.vn/trieu-le-dinh-that-bai-lien-tiep",
        (
            "Theo QQ, Triệu Lệ Dĩnh đã trở thành gương mặt trang bìa trên tạp chí Elle "
            "China số tháng 2.",
        ),
        (("Triệu Lệ Dĩnh", ()),),
    ),
    Case(
        "chinese and korean",
        "tienphong.vn/trieu-le-dinh-that-bai-lien-tiep",
        (
            "Sau đó, cô liên tục bị đưa tin có bạn trai mới là đạo diễn Triệu Đức Dận, "
            "một người có quá khứ phức tạp.",
        ),
        (("Triệu Đức Dận", ("đạo diễn",)),),
    ),
    Case(
        "chinese and korean",
        "onair.vtv.vn/Data/tap-chi-pay-tv/18-11-2017",
        (
            "Năm 19 tuổi, cô bất ngờ giành chiến thắng trong một cuộc thi tìm kiếm tài "
            "năng do Yahoo tổ chức, được ở trong đội của đạo diễn Phùng Tiểu Cương.",
        ),
        (("Phùng Tiểu Cương", ("đạo diễn",)),),
    ),
    Case(
        "chinese and korean",
        "vietgiaitri.com/trieu-le-dinh-va-nhung-lan-xich-mich-voi-dong-nghiep-nu",
        (
            "Khi nhắc tới lứa diễn viên 8X của màn ảnh Hoa ngữ, không thể không nhắc tới "
            "Triệu Lệ Dĩnh.",
        ),
        (("Triệu Lệ Dĩnh", ()),),
    ),
    Case(
        "chinese and korean",
        "goal.com/vn/tintuc/con-trai-hlv-park-hang-seo-an-ui-cong-phuong",
        (
            "Park Chan-seong (con trai của HLV Park Hang-seo) đã có mặt trên khán đài ở "
            "trận Chung kết King's Cup 2019 giữa Việt Nam và Curacao.",
        ),
        (("Park Chan-seong", ()), ("Park Hang-seo", ("HLV",))),
    ),
    Case(
        "chinese and korean",
        "soha.vn/tien-dao-cong-phuong-may-man-da-mim-cuoi-voi-hagl",
        (
            "Dù GĐKT Chung Hae-seong chưa làm việc với toàn đội nhưng sự xuất hiện của ông "
            "ấy đã giúp mang đến làn gió mới cho HAGL.",
        ),
        (("Chung Hae-seong", ("GĐKT",)),),
    ),
    Case(
        "chinese and korean",
        "vnexpress.net/thu-tuong-singapore-ly-hien-long-tai-ha-noi",
        (
            "Thủ tướng Nguyễn Xuân Phúc sáng nay chủ trì lễ đón Thủ tướng Singapore Lý "
            "Hiển Long tại Phủ Chủ tịch.",
        ),
        (
            ("Nguyễn Xuân Phúc", ("Thủ tướng",)),
            ("Lý Hiển Long", ("Thủ tướng Singapore",)),
        ),
    ),
    # --- a person named right after an organisation ------------------------------------
    Case(
        "after an organisation",
        "giaoducthudo.giaoducthoidai.vn/tong-thu-ky-lhq-ptag",
        (
            "Ngày 10/12, Tổng thư ký Liên Hợp Quốc Antonio Guterres bày tỏ lấy làm tiếc vì "
            "Hội đồng Bảo an không yêu cầu ngừng bắn ở Dải Gaza.",
        ),
        (("Antonio Guterres", ("Tổng thư ký Liên Hợp Quốc",)),),
    ),
    Case(
        "after an organisation",
        "giaoducthudo.giaoducthoidai.vn/tong-thu-ky-lhq-ptag",
        (
            "Tổng Thư ký Liên hợp quốc (LHQ) Antonio Guterres hôm 30/4 kêu gọi Israel "
            "không mở cuộc tấn công bộ binh vào thành phố Rafah.",
        ),
        (("Antonio Guterres", ("Tổng Thư ký Liên hợp quốc (LHQ)",)),),
    ),
    Case(
        "after an organisation",
        "kygia.net/the/worl-cup-2018",
        ("Chủ tịch FIFA Sepp Blatter đã từ chức vì những vụ bê bối về tham nhũng.",),
        (("Sepp Blatter", ("Chủ tịch FIFA",)),),
    ),
    Case(
        "after an organisation",
        "kygia.net/the/worl-cup-2018",
        (
            "Nhà kinh tế tại chi nhánh ngân hàng Bank of America ở Moscow ông Vladimir "
            "Osakovskiy ước tính sự kiện này sẽ bơm khoảng 50 tỷ USD vào nền kinh tế.",
        ),
        (("Vladimir Osakovskiy", ()),),
    ),
    Case(
        "after an organisation",
        "old.htv.com.vn/chu-tich-hoi-dong-ec-gap-nguoi-duoc-de-cu-ursula-von-der-leyen",
        (
            "Tối 4/7, Chủ tịch Hội Đồng Châu Âu (EC) Donald Tusk đã gặp gỡ bộ trưởng Quốc "
            "phòng Đức Ursula Von Der Leyen.",
        ),
        (
            ("Donald Tusk", ("Chủ tịch Hội Đồng Châu Âu (EC)",)),
            ("Ursula Von Der Leyen", ("bộ trưởng Quốc phòng Đức",)),
        ),
    ),
    Case(
        "after an organisation",
        "tinkinhte.com/_t16/cong-ty-mtv-vat-lieu-xay-dung-xay-lap-thuong-mai-bmc",
        (
            "Chủ tịch HĐQT Công ty MTV Vật liệu xây dựng - Xây lắp Thương mại BMC Nguyễn "
            "Văn Ngọc giải thích.",
        ),
        (
            (
                "Nguyễn Văn Ngọc",
                ("Chủ tịch HĐQT Công ty MTV Vật liệu xây dựng - Xây lắp Thương mại BMC",),
            ),
        ),
    ),
    Case(
        "after an organisation",
        "congthuong.vn/thu-tuong-singapore-den-ha-noi-bat-dau-tham-chinh-thuc-viet-nam",
        (
            "Phía Singapore ra đón Đoàn có Đại sứ Singapore tại Việt Nam Jaya Ratnam, cùng "
            "một số cán bộ Đại sứ quán Singapore ở Hà Nội.",
        ),
        (("Jaya Ratnam", ("Đại sứ Singapore tại Việt Nam",)),),
    ),
    Case(
        "after an organisation",
        "baotintuc.vn/thoi-su/thu-tuong-pham-minh-chinh-gap-thu-tuong-malaysia",
        (
            "Sáng 28/10, Thủ tướng Chính phủ Phạm Minh Chính và Thủ tướng Singapore "
            "Lawrence Wong đã có cuộc họp thường niên lần thứ 2.",
        ),
        (
            ("Phạm Minh Chính", ("Thủ tướng Chính phủ",)),
            ("Lawrence Wong", ("Thủ tướng Singapore",)),
        ),
    ),
    # --- a title after the name: in apposition, to the end of its sentence -------------
    Case(
        "title after the name",
        "anninhthudo.vn/tong-thu-ky-lhq-keu-goi-doi-pho-voi-4-quai-vat",
        ("Tổng thư ký Liên hợp quốc (LHQ), ông Antonio Guterres",),
        (("Antonio Guterres", ("Tổng thư ký Liên hợp quốc (LHQ)",)),),
    ),
    Case(
        "title after the name",
        "vietnamfinance.vn/ceo-asanzo-chung-toi-muon-song-va-hy-vong-duoc-song",
        (
            "Phát biểu tại buổi họp báo, ông Phạm Văn Tam, Chủ tịch HĐQT Công ty Cổ phần "
            "Tập đoàn Asanzo đã nói rằng: “Chúng tôi muốn sống”.",
        ),
        (("Phạm Văn Tam", ("Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Asanzo",)),),
    ),
    Case(
        "title after the name",
        "baomoi.com/sep-masan-lan-dau-len-tieng-vu-linh-xinh-nuoc-mam",
        ("Nguyễn Đăng Quang, Chủ tịch HĐQT Masan lần đầu chia sẻ về vụ nước mắm",),
        (("Nguyễn Đăng Quang", ("Chủ tịch HĐQT Masan",)),),
    ),
    Case(
        "title after the name",
        "plo.vn/kinh-te/thay-gi-tu-chuyen-ti-phu-trinh-van-quyet-ban-co-phieu",
        ("Ngày 11-1, ông Trịnh Văn Quyết, Chủ tịch HĐQT FLC, đã giải trình với UBCKNN.",),
        (("Trịnh Văn Quyết", ("Chủ tịch HĐQT FLC",)),),
    ),
    Case(
        "title after the name",
        "congluan.vn/chu-tich-tap-doan-phu-cuong-len-tieng",
        (
            "Ông Nguyễn Việt Cường, Chủ tịch HĐQT Tập đoàn Phú Cường, một trong những "
            "Doanh nhân luôn được báo giới quan tâm.",
        ),
        (("Nguyễn Việt Cường", ("Chủ tịch HĐQT Tập đoàn Phú Cường",)),),
    ),
    Case(
        "title after the name",
        "vietnamnet.vn/ty-phu-elon-musk-bat-ngo-noi-sao-hoa-la-mot-phan-cua-nuoc-my",
        ("Tỷ phú Mỹ Elon Musk. Ảnh: NYT",),
        (("Elon Musk", ("Tỷ phú Mỹ",)),),
    ),
    Case(
        "title after the name",
        "nghean24h.vn/tag/xa-rac-thai",
        (
            "Bà Nguyễn Thị Thúy - Phó Giám đốc Công ty Công viên cây xanh TP. Vinh thừa "
            "nhận đơn vị đã chủ quan.",
        ),
        (("Nguyễn Thị Thúy", ("Phó Giám đốc Công ty Công viên cây xanh TP. Vinh",)),),
    ),
    Case(
        "title after the name",
        "boxitvn.online/?attachment_id=13749",
        ("Ông Phùn Văn Huy, Phó chủ tịch xã Hải Sơn",),
        (("Phùn Văn Huy", ("Phó chủ tịch xã Hải Sơn",)),),
    ),
    Case(
        "title after the name",
        "cand.com.vn/dieu-tra-theo-don-ban-doc/Tiep-thu-phan-anh-tren-Bao-CaNd",
        (
            "Ông Huỳnh Văn Trí, Chủ tịch Hội đồng thành viên Công ty My Anh đã đáp lại "
            "bằng tình cảm chân thật.",
        ),
        (("Huỳnh Văn Trí", ("Chủ tịch Hội đồng thành viên Công ty My Anh",)),),
    ),
    # --- two-syllable names used alone in sport reports --------------------------------
    Case(
        "sport names",
        "soha.vn/tien-dao-cong-phuong-may-man-da-mim-cuoi-voi-hagl",
        (
            "Cùng với Anh Đức của Bình Dương, Công Phượng hiện đang nằm trong danh sách "
            "những chân sút tốt nhất mùa này.",
        ),
        (("Anh Đức", ()), ("Công Phượng", ())),
    ),
    Case(
        "sport names",
        "24h.com.vn/bong-da/hlv-park-hang-seo-tro-ly-lee-young-jin",
        (
            "Ông Lee Young Jin bất ngờ cười rất tươi sau khi nhận lệnh của HLV Park Hang "
            "Seo về việc chuẩn bị đưa Công Phượng vào thay Trọng Hoàng.",
        ),
        (
            ("Lee Young Jin", ()),
            ("Park Hang Seo", ("HLV",)),
            ("Công Phượng", ()),
            ("Trọng Hoàng", ()),
        ),
    ),
    Case(
        "sport names",
        "24h.com.vn/bong-da/hlv-park-hang-seo-tro-ly-lee-young-jin",
        (
            "Sau đó, thầy Park còn đưa cả Văn Quyết vào thay Tiến Linh với hy vọng ĐT Việt "
            "Nam thắng thật đậm ở lượt cuối bảng A tại AFF Cup 2018.",
        ),
        (("Park", ()), ("Văn Quyết", ()), ("Tiến Linh", ())),
    ),
    Case(
        "sport names",
        "ngaynay.vn/cong-phuong-choi-sang-hlv-park-hang-seo-phan-ung-the-nao",
        (
            "Trước hàng phòng ngự với nhiều cái tên như Quế Ngọc Hải, Bùi Tiến Dũng của "
            "Viettel, Công Phượng vẫn thi đấu tốt.",
        ),
        (("Quế Ngọc Hải", ()), ("Bùi Tiến Dũng", ()), ("Công Phượng", ())),
    ),
    Case(
        "sport names",
        "goal.com/vn/tintuc/con-trai-hlv-park-hang-seo-an-ui-cong-phuong",
        (
            "ĐT Việt Nam bị dẫn trước, song gỡ hòa nhờ pha lập công của Phạm Đức Huy để "
            "kéo ĐT Curacao vào loạt luân lưu may rủi.",
        ),
        (("Phạm Đức Huy", ()),),
    ),
    Case(
        "sport names",
        "soha.vn/tien-dao-cong-phuong-may-man-da-mim-cuoi-voi-hagl",
        (
            "Vào sân thay người đầu hiệp 2, Công Phượng đã có thêm cho riêng mình pha lập "
            "công thứ 7 ở mùa giải này.",
        ),
        (("Công Phượng", ()),),
    ),
    Case(
        "sport names",
        "ngaynay.vn/cong-phuong-choi-sang-hlv-park-hang-seo-phan-ung-the-nao",
        ("Sau gần 2 năm, Công Phượng mới lại ghi bàn ở V-League.",),
        (("Công Phượng", ()),),
    ),
    # --- long foreign names with particles ---------------------------------------------
    Case(
        "particles",
        "iede.news/vi/person/ursula-von-der-leyen",
        (
            "Ursula von der Leyen là Chủ tịch Ủy ban châu Âu và được coi là một trong những "
            "chính trị gia có ảnh hưởng nhất trong Liên minh châu Âu.",
        ),
        (("Ursula von der Leyen", ()),),
    ),
    Case(
        "particles",
        "duonews.today/?pageNumber=914",
        ("Chỉ mới 12 tuổi, Eugene Dela Cruz đã vô gia cư, ngủ dưới những chiếc xe ba bánh.",),
        (("Eugene Dela Cruz", ()),),
    ),
    Case(
        "particles",
        "qdnd.vn/chinh-tri/tin-tuc-su-kien/thu-tuong-xin-ga-po-va-phu-nhan",
        (
            "Cùng đi có ông Mohamad Maliki Bin Osman, Quốc vụ khanh cao cấp, Bộ Quốc phòng "
            "và Bộ Ngoại giao.",
        ),
        (("Mohamad Maliki Bin Osman", ("Quốc vụ khanh cao cấp, Bộ Quốc phòng và Bộ Ngoại giao",)),),
    ),
    # --- stage names, written given name first ------------------------------------------
    Case(
        "stage names",
        "nghean24h.vn/nam-ca-si-duoc-menh-danh-la-thai-tu-vtv",
        (
            "Thời gian vừa qua, ca sĩ Noo Phước Thịnh liên tục xuất hiện tại nhiều sự kiện, "
            "chương trình âm nhạc chính thống.",
        ),
        (("Noo Phước Thịnh", ("ca sĩ",)),),
    ),
    Case(
        "stage names",
        "thanhnien.vn/hoa-minzy-mang-hit-nang-tien-ca-do-do-sung-voi-noo-phuoc-thinh",
        (
            "Tối 12.8, đại nhạc hội tại sân khấu Lan Anh (TP.HCM) thu hút sự tham gia của các "
            "nghệ sĩ đình đám như Noo Phước Thịnh, Hòa Minzy, Min, Ali Hoàng Dương, Monstar.",
        ),
        (
            ("Noo Phước Thịnh", ()),
            ("Hòa Minzy", ()),
            ("Min", ()),
            ("Ali Hoàng Dương", ()),
        ),
    ),
    Case(
        "stage names",
        "thanhnien.vn/hoa-minzy-mang-hit-nang-tien-ca-do-do-sung-voi-noo-phuoc-thinh",
        ("Hòa Minzy là gương mặt được mong chờ nhất trong đêm nhạc tối qua.",),
        (("Hòa Minzy", ()),),
    ),
    Case(
        "stage names",
        "vnexpress.net/noo-phuoc-thinh-tap-luyen-cho-concert",
        (
            "Sau khi hợp tác ca sĩ Thủy Tiên, Đông Nhi, anh dần gây chú ý với các bản hit dành "
            "cho giới trẻ.",
        ),
        (("Thủy Tiên", ("ca sĩ",)), ("Đông Nhi", ())),
    ),
    Case(
        "stage names",
        "video.afamily.vn/noo-phuoc-thinh",
        ("Noo Phước Thinh và Mỹ Tâm thể hiện ca khúc “Cô gái đến từ hôm qua”.",),
        (("Noo Phước Thinh", ()), ("Mỹ Tâm", ())),
    ),
    # --- places, firms, outlets and events that are no one -----------------------------
    Case(
        "not people",
        "kygia.net/the/worl-cup-2018",
        ("Nga có nguy cơ rất nhỏ mất World Cup 2018.",),
        (),
    ),
    Case(
        "not people",
        "kevesko.vn/20180614/my-co-vu-nga-world-cup",
        ("Có thể bạn đã biết rằng Hoa Kỳ không tham gia World Cup 2018.",),
        (),
    ),
    Case(
        "not people",
        "duonews.today/?pageNumber=412",
        (
            "FPT của tập đoàn công nghệ FPT, GVR của Tập đoàn Cao su Việt Nam và HDB của "
            "HDBank mỗi cổ phiếu đều giảm 1,1%.",
        ),
        (),
    ),
    Case(
        "not people",
        "duonews.today/?pageNumber=684",
        (
            "Thủ tướng Nhật Bản Shigeru Ishiba và vợ đã đến Việt Nam vào Chủ nhật cho "
            "chuyến thăm kéo dài ba ngày.",
        ),
        (("Shigeru Ishiba", ("Thủ tướng Nhật Bản",)),),
    ),
    Case(
        "not people",
        "phunuvagiadinh.vn/sao-quoc-te-226/trieu-le-dinh-uoc-vinh-danh-quoc-te",
        (
            "Sự lan tỏa của cô đến từ các tác phẩm truyền hình Trung Quốc như Minh Lan "
            "Truyện và Sở Kiều Truyện, được phát hành rộng rãi trên YouTube và Netflix.",
        ),
        (),
    ),
    Case(
        "not people",
        "2sao.vn/trieu-le-dinh-tu-co-gai-nong-thon-den-nu-vuong-man-anh-hoa-ngu",
        (
            "Sinh ra trong một gia đình nông thôn ở Hà Bắc, mỹ nhân sinh năm 1987 từng là "
            "một cô nhân viên văn phòng tỉnh lẻ.",
        ),
        (),
    ),
    Case(
        "not people",
        "ngaynay.vn/cong-phuong-choi-sang-hlv-park-hang-seo-phan-ung-the-nao",
        (
            "Có mặt tại sân Thống Nhất, chiến lược gia người Hàn Quốc đã tán thưởng màn thể "
            "hiện của học trò.",
        ),
        (),
    ),
    Case(
        "not people",
        "tinnuocmy.asia/george-w-bush-bill-clinton-la-em-trai-khac-me",
        (
            "Cả hai cùng từng là thống đốc của những tiểu bang miền Nam, với ông Bush là "
            "Texas, và ông Clinton là Arkansas.",
        ),
        (("Bush", ()), ("Clinton", ())),
    ),
    Case(
        "not people",
        "soha.vn/elon-musk-du-doan-nhan-vat-co-the-buoc-len-dinh-quyen-luc-my",
        ("Theo Bloomberg, khối tài sản của ông vượt quá 450 tỉ USD.",),
        (),
    ),
    Case(
        "not people",
        "soha.vn/elon-musk-du-doan-nhan-vat-co-the-buoc-len-dinh-quyen-luc-my",
        (
            "Elon Musk là người đứng đầu SpaceX (chuyên về thám hiểm vũ trụ) và Tesla (sản "
            "xuất ô tô điện) và được coi là người giàu nhất hành tinh.",
        ),
        (("Elon Musk", ()),),
    ),
    Case(
        "not people",
        "congthuong.vn/thu-tuong-singapore-den-ha-noi-bat-dau-tham-chinh-thuc-viet-nam",
        (
            "Đón đoàn tại sân bay có Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt và Đại sứ Việt "
            "Nam tại Singapore Mai Phước Dũng.",
        ),
        (
            ("Đỗ Hùng Việt", ("Thứ trưởng Bộ Ngoại giao",)),
            ("Mai Phước Dũng", ("Đại sứ Việt Nam tại Singapore",)),
        ),
    ),
    Case(
        "not people",
        "tinnuocmy.asia/george-w-bush-bill-clinton-la-em-trai-khac-me",
        (
            "Hai cựu tổng thống đã đứng trên cùng một sân khấu tại một hội nghị thượng "
            "đỉnh về lãnh đạo ở Dallas.",
        ),
        (),
    ),
    Case(
        "not people",
        "vov.gov.vn/thu-tuong-pham-minh-chinh-chu-tri-le-don-chinh-thuc-thu-tuong-singapore",
        (
            "Chuyến thăm nằm trong loạt sự kiện mà Việt Nam và Singapore tổ chức nhân kỷ "
            "niệm 50 năm thiết lập quan hệ ngoại giao.",
        ),
        (),
    ),
)
