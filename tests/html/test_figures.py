"""Figures: every caption form pages use, credits, and pictures that are not pictures."""

from __future__ import annotations

import pytest
from lxml.etree import _Element
from lxml.html import document_fromstring, fragment_fromstring

from vn_newsdoc.html.body import assemble, read_blocks
from vn_newsdoc.html.figures import (
    image_source,
    is_caption_element,
    is_figure_element,
    split_credit,
)

_BEFORE = "<p>Sáng nay, người dân phường Hòa Bình dậy sớm dọn dẹp đường làng.</p>"
_AFTER = "<p>Đến trưa, cả con đường đã sạch sẽ, rác được xe chở đi.</p>"


def _body(inner: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, src) of the assembled blocks of a body holding ``inner``."""
    root = document_fromstring(
        f"<html><body><div id='c'>{_BEFORE}{inner}{_AFTER}</div></body></html>"
    )
    container = root.get_element_by_id("c")
    assert isinstance(container, _Element)
    blocks = assemble(read_blocks([container], skip=frozenset()))
    return [(b.kind, b.text, b.src) for b in blocks]


_CAPTION = "Người dân dọn rác trên đường làng"


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param(
            f"<figure><img src='/a.jpg'><figcaption>{_CAPTION}</figcaption></figure>",
            id="figcaption",
        ),
        pytest.param(
            "<table class='tplCaption'><tr><td><img src='/a.jpg'></td></tr>"
            f"<tr><td><p class='Image'>{_CAPTION}</p></td></tr></table>",
            id="tplCaption-table",
        ),
        pytest.param(
            "<div class='VCSortableInPreviewMode' type='Photo'><div><img src='/a.jpg'></div>"
            f"<div class='PhotoCMS_Caption'><p>{_CAPTION}</p></div></div>",
            id="PhotoCMS_Caption",
        ),
        pytest.param(
            f"<div class='image'><img src='/a.jpg'></div><div class='image_desc'>{_CAPTION}</div>",
            id="image_desc",
        ),
        pytest.param(
            f"<table class='image'><tr><td><img src='/a.jpg'></td></tr>"
            f"<tr><td class='caption'>{_CAPTION}</td></tr></table>",
            id="table-image",
        ),
        pytest.param(
            f"<p style='text-align:center'><img src='/a.jpg'></p><p><em>{_CAPTION}</em></p>",
            id="em-paragraph-under-image",
        ),
        pytest.param(
            f"<p><img src='/a.jpg'></p><p style='font-style: italic'>{_CAPTION}</p>",
            id="italic-style-paragraph",
        ),
        pytest.param(
            f"<p style='text-align:center'><img src='/a.jpg'><br><i>{_CAPTION}</i></p>",
            id="i-after-br-in-image-paragraph",
        ),
        pytest.param(
            f"<p><img src='/a.jpg'><br><span style='color:#595959'>{_CAPTION}</span></p>",
            id="plain-text-after-br-in-image-paragraph",
        ),
        pytest.param(
            "<table><tr><td><img src='/a.jpg'></td></tr>"
            f"<tr><td class='pCaption'>{_CAPTION}</td></tr></table>",
            id="pCaption-cell",
        ),
        pytest.param(
            "<table><tr><td><img src='/a.jpg'></td></tr>"
            f"<tr><td><strong><em>{_CAPTION}</em></strong></td></tr></table>",
            id="bold-italic-cell-under-image-row",
        ),
        pytest.param(
            f"<figure><amp-img src='/a.jpg' width='800'></amp-img>"
            f"<figcaption>{_CAPTION}</figcaption></figure>",
            id="amp-img",
        ),
        pytest.param(
            f"<div class='chu-thich-anh'>{_CAPTION}</div>",
            id="caption-class-without-picture",
        ),
    ],
)
def test_each_caption_form_gives_a_figure_between_the_paragraphs(inner: str) -> None:
    blocks = _body(inner)
    kinds = [kind for kind, _, _ in blocks]
    assert kinds == ["p", "figure", "p"], blocks
    assert blocks[1][1] == _CAPTION
    # The caption never leaks into the paragraphs.
    assert all(_CAPTION not in text for kind, text, _ in blocks if kind != "figure")


def test_a_picture_keeps_its_source() -> None:
    blocks = _body(f"<figure><img src='/anh/a.jpg'><figcaption>{_CAPTION}</figcaption></figure>")
    assert blocks[1][2] == "/anh/a.jpg"


def test_an_uncaptioned_picture_is_a_figure_without_text() -> None:
    blocks = _body("<p><img src='/a.jpg'></p>")
    assert blocks[1] == ("figure", "", "/a.jpg")


def test_plain_body_text_under_a_picture_is_not_a_caption() -> None:
    text = "Chính quyền địa phương cho biết sẽ tổ chức ngày vệ sinh mỗi tháng một lần."
    blocks = _body(f"<p><img src='/a.jpg'></p><p>{text}</p>")
    assert blocks[1] == ("figure", "", "/a.jpg")
    assert blocks[2] == ("p", text, None)


def test_a_right_aligned_name_under_a_picture_is_a_signature_not_a_caption() -> None:
    blocks = _body(
        "<p><img src='/a.jpg'></p><p align='right'><strong><em>Minh Thư</em></strong></p>"
    )
    assert ("p", "Minh Thư", None) in blocks
    assert blocks[1] == ("figure", "", "/a.jpg")


def test_two_italic_lines_under_one_picture_are_two_captions() -> None:
    blocks = _body(
        "<div><img src='/a.jpg'><br><span style='font-style:italic'>Áo khoác dài màu be.</span>"
        "</div><div><span style='font-style:italic'>Khăn len đỏ làm điểm nhấn.</span></div>"
    )
    assert [b[1] for b in blocks if b[0] == "figure"] == [
        "Áo khoác dài màu be.",
        "Khăn len đỏ làm điểm nhấn.",
    ]


def test_a_gallery_figure_of_several_captioned_pictures_keeps_each() -> None:
    # WordPress's gallery block: one figure holding a figure per picture.
    items = "".join(
        f"<li class='blocks-gallery-item'><figure><img src='/g{i}.jpg'>"
        f"<figcaption class='blocks-gallery-item__caption'>Ảnh số {i} của lễ hội</figcaption>"
        "</figure></li>"
        for i in range(3)
    )
    blocks = _body(f"<figure class='wp-block-gallery'><ul>{items}</ul></figure>")
    assert [(b[1], b[2]) for b in blocks if b[0] == "figure"] == [
        (f"Ảnh số {i} của lễ hội", f"/g{i}.jpg") for i in range(3)
    ]


def test_a_photo_table_of_several_pictures_keeps_each_caption_in_place() -> None:
    rows = "".join(
        f"<tr><td><img src='/{i}.jpg'></td></tr>"
        f"<tr><td class='pCaption'>Ảnh số {i} của buổi lễ</td></tr>"
        for i in range(3)
    )
    blocks = _body(f"<table>{rows}</table>")
    assert [(b[1], b[2]) for b in blocks if b[0] == "figure"] == [
        (f"Ảnh số {i} của buổi lễ", f"/{i}.jpg") for i in range(3)
    ]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        pytest.param(
            "Mặt bia ghi tên các liệt sĩ. Ảnh: Võ Hải.",
            ("Mặt bia ghi tên các liệt sĩ.", "Võ Hải"),
            id="trailing-anh",
        ),
        pytest.param(
            "Nhà thờ Lớn về đêm. (Ảnh: TTXVN)", ("Nhà thờ Lớn về đêm.", "TTXVN"), id="parenthesised"
        ),
        pytest.param(
            "Cây cầu bị nước cuốn trôi - Ảnh: Hoàng Hà",
            ("Cây cầu bị nước cuốn trôi", "Hoàng Hà"),
            id="after-dash",
        ),
        pytest.param("Ảnh: Ngọc Thành", (None, "Ngọc Thành"), id="credit-only"),
        pytest.param(
            "Đám cưới ở bản. Photo: Reuters", ("Đám cưới ở bản.", "Reuters"), id="english-photo"
        ),
        pytest.param(
            "Flood water in the old town. Credit: Tom Hale",
            ("Flood water in the old town.", "Tom Hale"),
            id="english-credit",
        ),
        pytest.param("Cầu mới (Nguồn: Bộ GTVT)", ("Cầu mới", "Bộ GTVT"), id="source-in-brackets"),
        pytest.param(
            "Neue Brücke. Bild: Max Muster", ("Neue Brücke.", "Max Muster"), id="german-bild"
        ),
        pytest.param(
            "Le pont (Crédit : Jean Dupont)", ("Le pont", "Jean Dupont"), id="french-credit"
        ),
        pytest.param(
            "Lũ quét qua bản - Video: Minh Khang",
            ("Lũ quét qua bản", "Minh Khang"),
            id="video-credit",
        ),
        pytest.param(
            "Der Hafen am Morgen. © Nicolas Armer/dpa",
            ("Der Hafen am Morgen.", "Nicolas Armer/dpa"),
            id="copyright-sign",
        ),
        pytest.param("© Getty Images", (None, "Getty Images"), id="copyright-sign-only"),
        pytest.param(
            "Diễn biến số ca mắc theo tuần. Đồ họa: Tâm An",
            ("Diễn biến số ca mắc theo tuần.", "Tâm An"),
            id="do-hoa",
        ),
        pytest.param(
            "Giá xăng qua các kỳ điều hành. Nguồn: Bộ Công Thương",
            ("Giá xăng qua các kỳ điều hành.", "Bộ Công Thương"),
            id="nguon",
        ),
        pytest.param("Am Hafen. Foto: dpa", ("Am Hafen.", "dpa"), id="german-foto"),
        pytest.param("Am Hafen. Bild: Keystone", ("Am Hafen.", "Keystone"), id="german-bild"),
        pytest.param(
            "Ánh sáng ban mai trên đồi chè", ("Ánh sáng ban mai trên đồi chè", None), id="no-credit"
        ),
        pytest.param(
            "Bà Lan chụp ảnh Hà Nội", ("Bà Lan chụp ảnh Hà Nội", None), id="anh-as-a-word"
        ),
        pytest.param(
            "Bức tường. Ảnh: một bức ảnh rất dài mà không phải là tên của ai cả trong bài",
            ("Bức tường. Ảnh: một bức ảnh rất dài mà không phải là tên của ai cả trong bài", None),
            id="too-long-to-be-a-credit",
        ),
        # Credits with no colon or dash after the word.
        pytest.param(
            "Ông Trump phát biểu tại Nhà Trắng. Ảnh Reuters",
            ("Ông Trump phát biểu tại Nhà Trắng.", "Reuters"),
            id="bare-after-full-stop",
        ),
        pytest.param(
            "Khán giả biết đến anh qua cây đàn guitar - Ảnh NVCC",
            ("Khán giả biết đến anh qua cây đàn guitar", "NVCC"),
            id="bare-after-dash",
        ),
        pytest.param(
            "Đoàn xe qua cầu Long Biên. (Ảnh TTXVN)",
            ("Đoàn xe qua cầu Long Biên.", "TTXVN"),
            id="bare-in-parentheses",
        ),
        pytest.param(
            "Lễ hội đền Hùng. Hình Minh Anh.", ("Lễ hội đền Hùng.", "Minh Anh"), id="hinh"
        ),
        pytest.param(
            "Cô dâu chú rể tại Hồ Gươm. Ảnh cưới",
            ("Cô dâu chú rể tại Hồ Gươm. Ảnh cưới", None),
            id="bare-lower-case-word-is-no-credit",
        ),
        pytest.param(
            "Triển lãm (Ảnh Reuters", ("Triển lãm (Ảnh Reuters", None), id="bare-unclosed-paren"
        ),
        pytest.param(
            "Phòng trưng bày Ảnh Reuters ở Hà Nội",
            ("Phòng trưng bày Ảnh Reuters ở Hà Nội", None),
            id="bare-inside-a-sentence",
        ),
    ],
)
def test_split_credit(caption: str, expected: tuple[str | None, str | None]) -> None:
    assert split_credit(caption) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param('<img src="/anh/lua.jpg">', "/anh/lua.jpg", id="src"),
        pytest.param('<img data-src="/anh/that.jpg" src="/blank.gif">', "/anh/that.jpg", id="lazy"),
        pytest.param('<img src="data:image/gif;base64,R0lGOD">', None, id="data-uri"),
        pytest.param('<img data-lazy="/anh/b.jpg" src="/blank.gif">', "/anh/b.jpg", id="data-lazy"),
        pytest.param(
            '<img srcset="/anh/c-800.jpg 800w, /anh/c-400.jpg 400w">', "/anh/c-800.jpg", id="srcset"
        ),
        pytest.param(
            '<img src="data:image/gif;base64,R0" data-srcset="/anh/d.jpg 1x">',
            "/anh/d.jpg",
            id="lazy-srcset",
        ),
        pytest.param('<img src="/images/icons/email.gif">', None, id="icon-folder"),
        pytest.param('<img src="/img/ico_photo.gif">', None, id="ico-file"),
        pytest.param('<img src="/img/star-red.gif" width="15">', None, id="tiny-star"),
        pytest.param('<img src="/a.jpg" width="30" height="30">', None, id="declared-small"),
        pytest.param("<img>", None, id="no-address"),
    ],
)
def test_image_source(html: str, expected: str | None) -> None:
    assert image_source(fragment_fromstring(html)) == expected


def test_a_picture_known_by_its_source_elements() -> None:
    page = document_fromstring(
        "<p><picture><source srcset='/anh/e.webp 1x, /anh/e@2x.webp 2x' type='image/webp'>"
        "<img alt='Đồi chè'></picture></p>"
    )
    [img] = page.iter("img")
    assert image_source(img) == "/anh/e.webp"


@pytest.mark.parametrize(
    ("html", "caption", "figure"),
    [
        pytest.param("<figcaption>x</figcaption>", True, False, id="figcaption"),
        pytest.param("<figure>x</figure>", False, True, id="figure"),
        pytest.param('<td class="ck_legend">x</td>', True, False, id="ck_legend"),
        pytest.param('<div class="PhotoCMS_Caption">x</div>', True, False, id="PhotoCMS_Caption"),
        pytest.param('<table class="tplCaption">x</table>', False, True, id="tplCaption"),
        pytest.param('<p class="Normal">x</p>', False, False, id="paragraph"),
    ],
)
def test_caption_and_figure_elements(html: str, caption: bool, figure: bool) -> None:
    el = fragment_fromstring(html, create_parent="div")[0]
    assert is_caption_element(el) is caption
    assert is_figure_element(el) is figure


def test_an_amp_picture_keeps_its_source() -> None:
    blocks = _body("<p><amp-img src='/anh/amp.jpg' width='800' height='450'></amp-img></p>")
    assert blocks[1] == ("figure", "", "/anh/amp.jpg")
