"""The pictures' and the people's steps, each alone on a small page."""

from __future__ import annotations

from field_pages import draft_at, page_of
from vn_newsdoc.html import read_html
from vn_newsdoc.html._fields import figures, people
from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html.body import BodyBlock
from vn_newsdoc.model import Figure, Paragraph, Person


def test_from_block_splits_the_credit_and_resolves_the_address() -> None:
    page = page_of("<body></body>", url="https://baomau.example/a/b.html")
    block = BodyBlock("figure", "Nước dâng ở thôn Đông. Ảnh: Võ Hải", src="/anh/1.jpg")
    assert figures.from_block(page, block) == Figure(
        caption="Nước dâng ở thôn Đông.", credit="Võ Hải", src="https://baomau.example/anh/1.jpg"
    )


def test_from_block_drops_a_picture_with_nothing_to_keep() -> None:
    assert figures.from_block(page_of("<body></body>"), BodyBlock("figure", "")) is None


def test_resolve_falls_back_on_the_pages_canonical_url() -> None:
    page = page_of("<head><link rel='canonical' href='https://baomau.example/x/'></head><body>")
    assert figures.resolve(page, "a.jpg") == "https://baomau.example/x/a.jpg"
    assert figures.resolve(page_of("<body></body>"), "a.jpg") == "a.jpg"


_IMAGE_PAGE = (
    '<head><script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": '
    '"Mưa lớn", "image": {"@type": "ImageObject", "url": '
    '"https://baomau.example/anh.jpg", "caption": "Nước dâng"}}</script></head>'
    "<body><h1>Mưa lớn ở Quảng Tín</h1></body>"
)


def test_the_metadata_images_stand_for_a_body_without_pictures() -> None:
    page = page_of(_IMAGE_PAGE)
    draft = draft_at(page, "pictures from the metadata where the body has none")
    assert draft.body == (Figure(caption="Nước dâng", src="https://baomau.example/anh.jpg"),)
    assert page.decisions[-1].strategy == "metadata images"


def test_the_metadata_images_stay_out_of_a_body_with_text() -> None:
    draft = Draft(body=(Paragraph("Nội dung."),))
    figures.from_metadata(page_of(_IMAGE_PAGE), draft)
    assert draft.body == (Paragraph("Nội dung."),)


def test_people_are_found_in_every_text_of_the_article() -> None:
    draft = Draft(
        headline="Thủ tướng Phạm Minh Chính thăm Quảng Tín",
        body=(Figure(caption="Ông Nguyễn Văn Đô phát biểu."), Paragraph("Bà Lê Thị Hoa nói.")),
    )
    people.decide(page_of("<body></body>"), draft)
    assert [p.name for p in draft.people] == ["Phạm Minh Chính", "Nguyễn Văn Đô", "Lê Thị Hoa"]
    assert isinstance(draft.people[0], Person)


_LEAD_PICTURE_PAGE = (
    "<body><header><figure><img src='/logo-big.jpg'><figcaption>Báo Mẫu</figcaption>"
    "</figure></header><article><h1>Mưa lớn ở Quảng Tín</h1><div class='article-body'>"
    "<figure class='lead-figure'><img src='/anh/1.jpg'><figcaption><p class='caption'>"
    "Nước dâng ở thôn Đông sáng 17-8.</p></figcaption></figure>"
    "<div class='article-text'>"
    + "<p>Cơn mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường ngập sâu, người dân phải "
    "di chuyển tài sản lên cao, nhiều nhà bị ngập.</p>" * 4 + "</div></div></article></body>"
)


def test_the_picture_between_the_headline_and_the_body_opens_the_body() -> None:
    page = page_of(_LEAD_PICTURE_PAGE, url="https://baomau.example/a.html")
    draft = draft_at(page, "picture between the headline and the body")
    assert draft.blocks[0].kind == "figure"
    assert draft.blocks[0].text == "Nước dâng ở thôn Đông sáng 17-8."
    assert [b.kind for b in draft.blocks[1:]] == ["p"] * 4
    assert page.containers[0].get("class") == "article-text"


def test_a_picture_above_the_headline_or_without_caption_stays_out() -> None:
    # The header's picture lies before the headline; a captionless picture adds nothing.
    html = _LEAD_PICTURE_PAGE.replace(
        "<figcaption><p class='caption'>Nước dâng ở thôn Đông sáng 17-8.</p></figcaption>", ""
    )
    draft = draft_at(page_of(html), "picture between the headline and the body")
    assert [b.kind for b in draft.blocks] == ["p"] * 4


def test_the_picture_above_the_body_of_a_page_in_another_language_stays_out() -> None:
    html = (
        _LEAD_PICTURE_PAGE.replace("<body>", "<html lang='en'><body>")
        .replace("Mưa lớn ở Quảng Tín", "Heavy rain in Quang Tin")
        .replace("Nước dâng ở thôn Đông sáng 17-8.", "Water rises in Dong village.")
    )
    draft = draft_at(page_of(html), "picture between the headline and the body")
    assert [b.kind for b in draft.blocks] == ["p"] * 4


def test_a_paragraph_signed_as_a_photos_caption_is_a_figure_without_picture() -> None:
    caption = "Nhà mạng chuẩn bị chuyển mạng giữ số cho thuê bao. Ảnh minh họa: nguồn Internet"
    html = (
        "<body><h1>Thuê bao được lợi khi chuyển mạng giữ số</h1><div class='content'>"
        + "<p>Cơn mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường ngập sâu, người dân phải "
        "di chuyển tài sản lên cao, nhiều nhà bị ngập.</p>"
        * 2
        + f"<p>{caption}</p><p>Giá vàng tăng mạnh trong phiên sáng nay, cao nhất từ đầu năm. "
        "Nguồn: SJC</p></div></body>"
    )
    draft = draft_at(page_of(html), "paragraphs signed as a photo's caption")
    assert [(b.kind, b.text) for b in draft.blocks][2] == ("figure", caption)
    assert [b.kind for b in draft.blocks] == ["p", "p", "figure", "p"]
    body = read_html(html).body
    assert [b for b in body if isinstance(b, Figure)] == [
        Figure(
            caption="Nhà mạng chuẩn bị chuyển mạng giữ số cho thuê bao.", credit="nguồn Internet"
        )
    ]
