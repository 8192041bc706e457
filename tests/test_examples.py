"""The sample article in examples/ (the project's own writing) reads to what it says.

The expected values below are taken from the sample files themselves, read by eye: the
text dump and the news page tell the same story, so they must read to the same body,
captions, byline and people, each form with what it carries.
"""

from __future__ import annotations

import datetime as dt

import pytest

import vn_newsdoc as nd
from conftest import ROOT
from vn_newsdoc import samples

EXAMPLES = ROOT / "examples"
VIETNAM = dt.timezone(dt.timedelta(hours=7))
URL = (
    "https://tinvungcao.example/xa-hoi/"
    "tan-phong-mo-thu-vien-cong-dong-dau-tien-cho-hoc-sinh-vung-cao-20261121163000.htm"
)

HEADLINE = "Tân Phong mở thư viện cộng đồng đầu tiên cho học sinh vùng cao"
LEAD = (
    "Sáng 21/11, xã Tân Phong khai trương thư viện cộng đồng đầu tiên của xã, với hơn "
    "3.000 đầu sách do người dân, thầy cô giáo và các nhà hảo tâm góp tặng."
)
PARAGRAPHS = (
    "Thư viện được đặt tại nhà văn hóa thôn Khuổi Cằm, gồm một phòng đọc rộng khoảng "
    "60 m², hai tủ sách thiếu nhi và một góc sách tiếng Tày, tiếng Nùng. Thư viện mở cửa "
    "từ 15 giờ đến 19 giờ các ngày trong tuần và cả ngày Chủ nhật.",
    "Phát biểu tại buổi lễ, ông Hoàng Văn Lực, Chủ tịch UBND xã Tân Phong, cho biết ý "
    "tưởng mở thư viện xuất phát từ chính các em học sinh. “Nhiều em ở thôn xa, sau giờ "
    "học không có chỗ đọc sách, cũng không có mạng để học thêm. Xã muốn các em có một nơi "
    "ấm áp, gần nhà để đến mỗi chiều”, ông Lực nói.",
    "Theo bà Lý Thị Mai, Hiệu trưởng Trường Tiểu học Tân Phong, nhà trường sẽ cử giáo "
    "viên thay phiên nhau trông thư viện và tổ chức giờ kể chuyện vào chiều thứ Sáu hằng "
    "tuần. Bà Mai mong thư viện sẽ giúp các em đọc thông, viết thạo tiếng Việt sớm hơn, "
    "nhất là học sinh lớp 1 và lớp 2.",
    "Trong số sách được tặng có hơn 400 cuốn về kỹ thuật trồng hồi, trồng quế và chăn "
    "nuôi, dành cho bà con trong xã. Anh Vy Văn Tùng, một người dân trong thôn, cho biết "
    "sẽ mượn sách về cách phòng bệnh cho đàn lợn trước mùa rét.",
    "Dịp này, UBND xã đã trao giấy khen cho 12 tập thể và cá nhân có nhiều đóng góp trong "
    "việc xây dựng thư viện. Xã dự kiến mở thêm hai điểm đọc sách tại thôn Nà Pàn và thôn "
    "Bản Chắt trong năm 2027.",
)
CAPTIONS = (
    "Học sinh Trường Tiểu học Tân Phong đọc sách trong ngày khai trương thư viện",
    "Người dân thôn Khuổi Cằm cùng xếp sách lên giá trước giờ khai trương",
)
BYLINE = nd.Byline(
    authors=(nd.Author("Nông Thị Hằng", roles=(nd.Role.TEXT, nd.Role.PHOTO)),),
    source="Trung tâm Văn hóa và Truyền thông xã Tân Phong",
)
PEOPLE = (
    nd.Person("Hoàng Văn Lực", ("Chủ tịch UBND xã Tân Phong",)),
    nd.Person("Lý Thị Mai", ("Hiệu trưởng Trường Tiểu học Tân Phong",)),
    nd.Person("Vy Văn Tùng"),
)


@pytest.fixture(scope="module")
def from_text() -> nd.Article:
    return nd.read_text((EXAMPLES / "sample-article.txt").read_bytes())


@pytest.fixture(scope="module")
def from_html() -> nd.Article:
    return nd.read_html((EXAMPLES / "sample-article.html").read_bytes())


def test_text_dump_headline_and_time(from_text: nd.Article) -> None:
    assert from_text.headline == HEADLINE
    assert from_text.published == dt.datetime(2026, 11, 21, 16, 30, tzinfo=VIETNAM)
    assert from_text.updated is None


def test_text_dump_body(from_text: nd.Article) -> None:
    # The dump has no separate lead: the sapo is its first paragraph.
    assert from_text.lead is None
    assert from_text.paragraphs == (LEAD, *PARAGRAPHS)
    assert from_text.captions == CAPTIONS
    kinds = [type(b).__name__ for b in from_text.body]
    assert (
        kinds
        == ["Paragraph", "Paragraph", "Figure", "Paragraph", "Paragraph", "Figure"]
        + ["Paragraph"] * 2
    )


def test_text_dump_byline_and_people(from_text: nd.Article) -> None:
    assert from_text.byline == BYLINE
    assert from_text.people == PEOPLE


def test_news_page_metadata(from_html: nd.Article) -> None:
    assert from_html.headline == HEADLINE
    assert from_html.published == dt.datetime(2026, 11, 21, 16, 30, tzinfo=VIETNAM)
    assert from_html.updated == dt.datetime(2026, 11, 21, 17, 5, tzinfo=VIETNAM)
    assert from_html.url == URL
    assert from_html.site == "Tin Vùng Cao"
    assert from_html.section == "Xã hội"
    assert from_html.tags == ("thư viện cộng đồng", "Tân Phong", "văn hóa đọc")


def test_news_page_lead_and_outlet(from_html: nd.Article) -> None:
    assert from_html.outlet == "Tin Vùng Cao"
    assert from_html.lead == LEAD


def test_news_page_body_leaves_the_page_furniture_out(from_html: nd.Article) -> None:
    # No related links, tags, share bar, comment form, byline lines or footer in the body.
    assert from_html.paragraphs == PARAGRAPHS
    assert from_html.captions == CAPTIONS
    assert [f.credit for f in from_html.figures] == ["Nông Thị Hằng", "Nông Thị Hằng"]
    kinds = [type(b).__name__ for b in from_html.body]
    assert kinds == ["Paragraph", "Figure", "Paragraph", "Paragraph", "Figure"] + ["Paragraph"] * 2


def test_news_page_byline_and_people(from_html: nd.Article) -> None:
    assert from_html.byline == BYLINE
    assert from_html.people == PEOPLE


def test_news_page_images_resolve_against_the_url() -> None:
    article = nd.read_html((EXAMPLES / "sample-article.html").read_bytes(), url=URL)
    assert [f.src for f in article.figures] == [
        "https://tinvungcao.example/images/2026/11/21/thu-vien-tan-phong-1.jpg",
        "https://tinvungcao.example/images/2026/11/21/thu-vien-tan-phong-2.jpg",
    ]


def test_news_page_images_resolve_against_its_canonical_url_without_one_given(
    from_html: nd.Article,
) -> None:
    # The page's <link rel="canonical"> names https://tinvungcao.example/xa-hoi/...
    assert [f.src for f in from_html.figures] == [
        "https://tinvungcao.example/images/2026/11/21/thu-vien-tan-phong-1.jpg",
        "https://tinvungcao.example/images/2026/11/21/thu-vien-tan-phong-2.jpg",
    ]


def test_the_two_forms_tell_the_same_story(from_text: nd.Article, from_html: nd.Article) -> None:
    assert from_text.headline == from_html.headline
    assert from_text.published == from_html.published
    assert from_text.paragraphs[1:] == from_html.paragraphs
    assert from_text.captions == from_html.captions
    assert from_text.people == from_html.people


@pytest.mark.parametrize("name", ["sample-article.html", "sample-article.txt"])
def test_the_package_ships_the_same_samples(name: str) -> None:
    # vn_newsdoc.samples carries the files of examples/ so that the docs' examples run from
    # any directory; the two copies must not drift apart.
    assert samples.read_bytes(name) == (EXAMPLES / name).read_bytes()
    assert name in samples.NAMES


def test_an_unknown_sample_is_named_in_the_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"no sample named 'x\.pdf'; the samples are: "):
        samples.path("x.pdf")
