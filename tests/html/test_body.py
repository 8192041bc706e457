"""The body: finding it on the page, reading it in order, and leaving out what is not it."""

from __future__ import annotations

import pytest
from lxml.etree import _Element
from lxml.html import document_fromstring, fragment_fromstring

from vn_newsdoc._tree import text_content
from vn_newsdoc.html.body import (
    BodyBlock,
    assemble,
    drop_date_lines,
    find_containers,
    is_date_line,
    is_noise_element,
    is_noise_text,
    read_blocks,
    strip_page,
)

_P1 = "Sáng 3/4, hàng trăm người dân xã Đông Hòa đã ra đồng gặt lúa, tranh thủ trời nắng."
_P2 = "Theo trưởng thôn, năm nay lúa được mùa, năng suất cao hơn vụ trước khoảng một tạ."
_P3 = "Nhiều hộ thuê máy gặt, giá thuê mỗi sào tăng nhẹ so với năm ngoái, nhưng vẫn có lãi."


def _blocks(inner: str) -> list[BodyBlock]:
    root = document_fromstring(f"<html><body><div id='c'>{inner}</div></body></html>")
    strip_page(root)
    container = root.get_element_by_id("c")
    assert isinstance(container, _Element)
    return assemble(read_blocks([container], skip=frozenset()))


def _texts(inner: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in _blocks(inner)]


# ---------------------------------------------------------------------------------------
# Reading order and block kinds.


def test_headings_quotes_and_list_items_keep_their_kind_and_order() -> None:
    got = _texts(
        f"<p>{_P1}</p><h2>Được mùa, được giá</h2><p>{_P2}</p>"
        "<blockquote><p>Chúng tôi chưa từng thấy lúa đẹp như năm nay.</p></blockquote>"
        "<ul><li>Giống lúa mới chịu hạn.</li><li>Phân bón giảm giá.</li></ul>"
        f"<h3>Thiếu nhân công</h3><p>{_P3}</p>"
    )
    assert got == [
        ("p", _P1),
        ("heading", "Được mùa, được giá"),
        ("p", _P2),
        ("quote", "Chúng tôi chưa từng thấy lúa đẹp như năm nay."),
        ("li", "Giống lúa mới chịu hạn."),
        ("li", "Phân bón giảm giá."),
        ("heading", "Thiếu nhân công"),
        ("p", _P3),
    ]


def test_a_box_classed_as_a_quote_is_a_quote() -> None:
    got = _texts(f"<p>{_P1}</p><div class='box-quote'><p>Được mùa rồi, bà con ơi!</p></div>")
    assert got == [("p", _P1), ("quote", "Được mùa rồi, bà con ơi!")]


def test_heading_levels_follow_the_tags() -> None:
    blocks = _blocks(f"<h2>Một</h2><p>{_P1}</p><h4>Hai</h4><p>{_P2}</p>")
    assert [(b.text, b.level) for b in blocks if b.kind == "heading"] == [("Một", 2), ("Hai", 4)]


def test_figures_stay_between_the_paragraphs_they_stood_between() -> None:
    got = _texts(
        f"<p>{_P1}</p><figure><img src='/1.jpg'><figcaption>Gặt lúa sớm</figcaption></figure>"
        f"<p>{_P2}</p><figure><img src='/2.jpg'><figcaption>Máy gặt</figcaption></figure>"
        f"<p>{_P3}</p>"
    )
    assert got == [
        ("p", _P1),
        ("figure", "Gặt lúa sớm"),
        ("p", _P2),
        ("figure", "Máy gặt"),
        ("p", _P3),
    ]


def test_a_blank_line_splits_a_paragraph_and_a_single_break_does_not() -> None:
    got = _texts(f"<p>{_P1}<br><br>{_P2}<br>{_P3}</p>")
    assert got == [("p", _P1), ("p", f"{_P2} {_P3}")]


def test_inline_markup_joins_without_added_spaces() -> None:
    got = _texts(
        "<p>Đ<span>ắ</span>k N<b>ô</b>ng có <a href='/x'>mưa lớn</a>, gây ngập cục bộ ở ba xã.</p>"
    )
    assert got == [("p", "Đắk Nông có mưa lớn, gây ngập cục bộ ở ba xã.")]


def test_styling_shares_are_measured() -> None:
    (block,) = _blocks("<p><strong>Bài và ảnh mới nhất trong tuần của phóng viên</strong></p>")
    assert block.bold == 1.0
    assert block.italic == 0.0
    (block,) = _blocks("<p style='text-align:right'><em>Hoàng Yến</em></p>")
    assert block.italic == 1.0
    assert block.align == "right"


# ---------------------------------------------------------------------------------------
# What is not the article.


@pytest.mark.parametrize(
    "noise",
    [
        pytest.param("<script>var x = 'Đoạn văn giả trong kịch bản';</script>", id="script"),
        pytest.param("<style>p { color: red }</style>", id="style"),
        pytest.param(
            "<form><input value='Tìm kiếm'><button>Gửi bình luận</button></form>",
            id="form-controls",
        ),
        pytest.param("<div style='display: none'>Bản in ẩn của cả bài báo</div>", id="hidden"),
        pytest.param(
            "<div class='box-tinlienquan'><a href='/a'>Tin cũ về mùa gặt năm ngoái</a></div>",
            id="related-box",
        ),
        pytest.param("<div class='social-share'>Chia sẻ lên mạng xã hội</div>", id="share-bar"),
        pytest.param("<div class='tags'>Từ khóa: lúa, mùa gặt, nông nghiệp</div>", id="tag-bar"),
        pytest.param(
            "<div id='comments'><p>Bạn đọc Nam: bài viết rất hay, cảm ơn tác giả.</p></div>",
            id="comments",
        ),
        pytest.param(
            "<div class='banner-ads'>Quảng cáo phân bón giá rẻ cho nhà nông</div>", id="ads"
        ),
        pytest.param("<p>Xem thêm: Giá lúa tăng mạnh trong tuần qua ở miền Tây</p>", id="xem-them"),
        pytest.param("<p>Đọc thêm: Nông dân phấn khởi vì được mùa</p>", id="doc-them"),
        pytest.param("<p><b>Tin liên quan:</b> Mùa gặt ở miền Bắc</p>", id="tin-lien-quan"),
        pytest.param(
            "<p><a href='/a'>&gt;&gt; Mưa lớn gây ngập nhiều tuyến phố</a></p>", id="chevron-link"
        ),
        pytest.param(
            "<p><a href='/a'>Lúa được mùa ở Thái Bình</a><br>"
            "<a href='/b'>Giá gạo xuất khẩu tăng</a></p>",
            id="list-of-links",
        ),
        pytest.param(
            "<footer>Bản quyền thuộc về Báo Đồng Quê, cấm sao chép.</footer>", id="footer"
        ),
    ],
)
def test_page_furniture_is_left_out(noise: str) -> None:
    got = _texts(f"<p>{_P1}</p>{noise}<p>{_P2}</p>")
    assert got == [("p", _P1), ("p", _P2)]


def test_a_heading_with_nothing_under_it_is_left_out() -> None:
    got = _texts(f"<p>{_P1}</p><p>{_P2}</p><h3>Tin tức gần đây</h3>")
    assert got == [("p", _P1), ("p", _P2)]


def test_skipped_elements_are_not_read() -> None:
    root = document_fromstring(f"<div id='c'><h1 id='h'>Tiêu đề</h1><p>{_P1}</p></div>")
    container = root.get_element_by_id("c")
    headline = root.get_element_by_id("h")
    blocks = read_blocks([container], skip=frozenset({headline}))
    assert [b.text for b in blocks] == [_P1]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param('<div class="box_tinlienquanv2"></div>', True, id="tinlienquan-fragment"),
        pytest.param('<div id="box_splienquan"></div>', True, id="splienquan"),
        pytest.param('<div class="social_share"></div>', True, id="social"),
        pytest.param('<ins class="adsbygoogle"></ins>', True, id="adsbygoogle"),
        pytest.param('<div class="rate"></div>', True, id="rating"),
        pytest.param('<div type="RelatedNewsBox"></div>', True, id="related-type"),
        pytest.param('<div class="relatedNews"></div>', True, id="camel-case"),
        pytest.param('<div class="fck_detail"></div>', False, id="article-body"),
        pytest.param('<div class="detail-content"></div>', False, id="detail"),
        pytest.param('<div class="header"></div>', False, id="header-is-not-noise-inside-a-body"),
        pytest.param(
            '<div class="post type-post tag-mua-gat category-thoi-su"></div>',
            False,
            id="taxonomy-classes-of-a-post",
        ),
        pytest.param('<div class="tag-list"></div>', True, id="tag-list"),
        pytest.param("<div></div>", False, id="no-class"),
        pytest.param('<div class="kommentare"></div>', True, id="german-comments"),
        pytest.param('<div class="anzeige-box"></div>', True, id="german-advert"),
        pytest.param('<div id="commentaires"></div>', True, id="french-comments"),
        pytest.param('<div class="bouton-partager"></div>', True, id="french-share"),
        pytest.param(
            '<h3 id="nav_nur_die_folie__1">Nur die Folie bleibt zurück</h3>',
            False,
            id="subheading-anchor-spelling-its-words",
        ),
        pytest.param(
            '<h2 id="lien-quan-den-gia-lua">Liên quan đến giá lúa</h2>',
            False,
            id="vietnamese-subheading-anchor",
        ),
        pytest.param('<h2 id="nav-menu">Chuyên mục</h2>', True, id="heading-of-a-menu"),
        pytest.param(
            '<h3 class="share-title" id="nav_nur_die_folie">Nur die Folie</h3>',
            True,
            id="anchor-heading-with-a-furniture-class",
        ),
        pytest.param('<div id="nav_nur_die_folie">Nur die Folie</div>', True, id="not-a-heading"),
        pytest.param('<div class="mvp-author-box-wrap"></div>', True, id="author-box"),
        pytest.param('<div class="about-the-author"></div>', True, id="about-the-author"),
        pytest.param('<div class="author"></div>', False, id="author-line-is-read-elsewhere"),
        pytest.param('<div class="entryfooter"></div>', True, id="entry-footer-in-one-word"),
        pytest.param(
            '<div class="teaser"><p><a href="/tin-khac">Tin khác</a> trong tuần</p></div>',
            True,
            id="teaser-pointing-elsewhere",
        ),
        pytest.param(
            '<div class="article-teaser"><p>Lúa được mùa ở Đông Hòa.</p></div>',
            False,
            id="teaser-as-a-standfirst",
        ),
    ],
)
def test_is_noise_element(html: str, expected: bool) -> None:
    assert is_noise_element(fragment_fromstring(html)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(">> Doanh nhân buôn lậu lãnh án", True, id="chevrons"),
        pytest.param("Xem thêm: giá vàng hôm nay", True, id="xem-them"),
        pytest.param("Tin liên quan", True, id="tin-lien-quan"),
        pytest.param("Theo dòng sự kiện:", True, id="theo-dong-su-kien"),
        pytest.param("Read more", True, id="english-read-more"),
        pytest.param("Xem ra năm nay lúa được giá.", False, id="xem-ra-is-a-sentence"),
        pytest.param("Theo ông Lộc, lúa được mùa.", False, id="theo-ong"),
        pytest.param("Anzeige", True, id="german-advert-label"),
        pytest.param("Publicité", True, id="french-advert-label"),
        pytest.param("Advertisement", True, id="english-advert-label"),
        pytest.param("Advertisement:", True, id="advert-label-with-colon"),
        pytest.param("Anzeige: Partner", True, id="advert-label-with-network"),
        pytest.param(
            "Anzeige in der Zeitung kostet in diesem Jahr mehr.", False, id="anzeige-in-a-sentence"
        ),
        pytest.param("Quay lại", True, id="back-link"),
        pytest.param("« Trở về", True, id="back-link-with-arrow"),
        pytest.param("Về trang trước", True, id="previous-page-link"),
        pytest.param("Back", True, id="english-back-link"),
        pytest.param("Trở về quê sau hai mươi năm, ông khóc.", False, id="tro-ve-in-a-sentence"),
        pytest.param("Back to school costs more this year.", False, id="back-in-a-sentence"),
    ],
)
def test_is_noise_text(text: str, expected: bool) -> None:
    assert is_noise_text(text) is expected


# ---------------------------------------------------------------------------------------
# Finding the body.


def test_find_containers_prefers_the_article_over_menus_and_sidebars() -> None:
    links = "".join(
        f"<li><a href='/m{i}'>Chuyên mục số {i} của trang báo</a></li>" for i in range(30)
    )
    root = document_fromstring(
        f"<html><body><ul class='menu'>{links}</ul>"
        f"<div class='sidebar'><p>Tin ngắn: trời mưa nhẹ, nhiệt độ giảm vài độ.</p></div>"
        f"<div class='detail'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></body></html>"
    )
    strip_page(root)
    assert [c.get("class") for c in find_containers(root)] == ["detail"]


def test_find_containers_keeps_sibling_blocks_of_the_same_article() -> None:
    root = document_fromstring(
        "<html><body><div id='wrap'>"
        f"<div id='a' class='body'>{f'<p>{_P1}</p><p>{_P2}</p>' * 3}</div>"
        "<div id='x'><a href='/quang-cao'>Quảng cáo</a></div>"
        f"<div id='b' class='body'>{f'<p>{_P3}</p><p>{_P2}</p>' * 2}</div>"
        f"<div id='c' class='other'>{f'<p>{_P3}</p>' * 4}</div>"
        "</div></body></html>"
    )
    strip_page(root)
    assert [c.get("id") for c in find_containers(root)] == ["a", "b"]


def _builder_page(second: str, *, tag: str = "div") -> list[_Element]:
    """A page builder's layout: each text block wrapped in a box of one template, a
    picture box between them."""
    return _page_containers(
        "<div class='col'>"
        f"<{tag} id='b1' class='block text-block'><div class='inner'>"
        f"{f'<p>{_P1}</p><p>{_P2}</p>' * 2}</div></{tag}>"
        "<div id='pic' class='block image-block'><img src='/a.jpg'></div>"
        f"<{tag} id='b2' class='block text-block'><div class='inner'>{second}</div></{tag}>"
        "</div><div class='col-side'><p>Lịch phát sóng các chương trình trong tuần.</p></div>"
    )


def test_find_containers_takes_every_text_block_of_a_page_builder_layout() -> None:
    found = _builder_page(f"<p>{_P3}</p><h2>Vụ sau</h2><p>{_P2}</p>")
    assert [c.get("id") for c in found] == ["b1", "pic", "b2"]
    texts = [b.text for b in assemble(read_blocks(found, skip=frozenset())) if b.kind != "figure"]
    assert texts == [_P1, _P2, _P1, _P2, _P3, "Vụ sau", _P2]


def test_microdata_inside_a_sentence_does_not_split_it() -> None:
    # schema.org microdata puts empty <meta>/<link> elements inside the words they tag.
    assert _texts(
        "<p>Khách của hãng <span itemscope itemtype='http://schema.org/Organization'>"
        "<meta itemprop='name' content='Grab'>Grab</span> ở thành phố "
        "<span itemscope><link itemprop='url' href='/hcm'>Hồ Chí Minh</span> sẽ được giảm giá."
        "</p>"
    ) == [("p", "Khách của hãng Grab ở thành phố Hồ Chí Minh sẽ được giảm giá.")]


def test_a_picture_ending_one_container_does_not_caption_the_next() -> None:
    root = fragment_fromstring(
        f"<div><div id='a'><p>{_P1}</p><img src='/a.jpg'></div><div id='b'>Vụ sau</div></div>"
    )
    blocks = read_blocks([root[0], root[1]], skip=frozenset())
    assert [(b.kind, b.after_image) for b in blocks] == [
        ("p", False),
        ("image", False),
        ("p", False),
    ]


def test_sibling_articles_are_not_one_article() -> None:
    # A page listing whole stories in <article> boxes of one class: the winner stays alone.
    found = _builder_page(f"<p>{_P3}</p><p>{_P2}</p>", tag="article")
    assert [c.get("class") for c in found] == ["inner"]


def test_sibling_boxes_of_links_are_not_the_article() -> None:
    # A box of one template holding links to other stories is not a continuation.
    teasers = "".join(
        f"<p><a href='/tin-{i}'>Tin khác số {i}: mùa gặt ở những xã lân cận</a></p>"
        for i in range(6)
    )
    found = _builder_page(teasers)
    assert [c.get("class") for c in found] == ["inner"]


def test_a_page_without_text_has_no_container() -> None:
    root = document_fromstring("<html><body><a href='/'>Trang chủ</a></body></html>")
    assert find_containers(root) == []


def test_strip_page_keeps_tails_and_drops_hidden_parts() -> None:
    root = document_fromstring(
        "<p>Một <script>x()</script>hai <span hidden>ẩn</span>ba "
        "<span style='DISPLAY: NONE'>ẩn nữa</span>bốn</p>"
    )
    strip_page(root)
    assert text_content(root) == "Một hai ba bốn"


def _page_containers(body: str) -> list[_Element]:
    root = document_fromstring(f"<html><body>{body}</body></html>")
    strip_page(root)
    return find_containers(root)


def test_find_containers_takes_the_inner_box_holding_the_paragraphs() -> None:
    # A class hint lifts the wrapper; the box inside holds every paragraph.
    paragraphs = f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>" * 2
    found = _page_containers(
        "<div class='story-area'><h1>Mùa gặt ở Đông Hòa</h1>"
        "<div class='by'>Bởi Lê Văn An, phóng viên thường trú ở miền Trung</div>"
        f"<div id='inner'>{paragraphs}</div>"
        "<div class='col'><p>Năm bài đọc nhiều nhất trong ngày hôm nay, mời bạn xem.</p></div>"
        "</div>"
    )
    assert [c.get("id") for c in found] == ["inner"]


def test_a_source_line_under_the_inner_box_stays_with_the_body() -> None:
    paragraphs = f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>" * 2
    found = _page_containers(
        "<div class='content'><div class='info'>Chuyện nhà nông, chuyên mục hằng tuần</div>"
        f"<div id='inner'>{paragraphs}</div><div class='clear'></div>"
        "<p id='source'>Theo TTXVN</p>"
        "<div id='more'>Năm bài đọc nhiều nhất trong tuần của chuyên mục</div></div>"
    )
    assert [c.get("id") for c in found] == ["inner", "source"]


def test_a_paragraph_standing_beside_the_inner_box_keeps_the_wrapper() -> None:
    paragraphs = f"<p>{_P2}</p><p>{_P3}</p>" * 4
    found = _page_containers(
        f"<div id='outer' class='story-area'><p>{_P1}</p><div id='inner'>{paragraphs}</div></div>"
    )
    assert [c.get("id") for c in found] == ["outer"]


def test_a_long_block_split_by_blank_lines_is_the_body() -> None:
    text = "<br><br>".join([_P1, _P2, _P3, _P1, _P2, _P3])
    found = _page_containers(
        "<div class='content'><div class='kicker'>Chuyện nhà nông mùa gặt năm nay</div>"
        f"<h1>Mùa gặt</h1><div id='text'>{text}</div>"
        "<div class='kommentare'><p>Bạn đọc Minh: bài viết rất hay, cảm ơn tác giả nhiều.</p>"
        "</div></div>"
    )
    assert [c.get("id") for c in found] == ["text"]


def test_the_signature_under_the_inner_box_stays_with_the_body() -> None:
    paragraphs = f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>" * 2
    found = _page_containers(
        "<div class='content'><div class='info'>Chuyện nhà nông, chuyên mục hằng tuần</div>"
        f"<div id='inner'>{paragraphs}</div>"
        "<p id='sign' align='right'><b>Minh Châu</b></p></div>"
    )
    assert [c.get("id") for c in found] == ["inner", "sign"]


# ---------------------------------------------------------------------------------------
# Captions set apart under pictures in older layouts.


def test_a_centred_line_under_a_picture_is_its_caption() -> None:
    got = _blocks(
        f"<p>{_P1}</p><div align='center'><img src='/a.jpg'></div>"
        "<div align='center'><span style='font-size:10pt'>Máy gặt trên cánh đồng Đông Hòa"
        f"</span></div><p>{_P2}</p>"
    )
    assert [(b.kind, b.text, b.src) for b in got] == [
        ("p", _P1, None),
        ("figure", "Máy gặt trên cánh đồng Đông Hòa", "/a.jpg"),
        ("p", _P2, None),
    ]


def test_a_photo_story_in_table_rows_gives_captions_not_paragraphs() -> None:
    rows = "".join(
        f"<table><tr><td><img src='/{i}.jpg'></td></tr>"
        f"<tr><td class='Image' align='center'>Bức ảnh số {i} chụp đồng lúa chín.</td></tr>"
        "</table>"
        for i in range(3)
    )
    got = _blocks(rows)
    assert [(b.kind, b.text) for b in got] == [
        ("figure", f"Bức ảnh số {i} chụp đồng lúa chín.") for i in range(3)
    ]


def test_a_centred_bold_line_under_a_picture_is_not_a_caption() -> None:
    got = _texts(
        f"<p>{_P1}</p><p><img src='/a.jpg'></p>"
        f"<p align='center'><b>Được mùa, được giá</b></p><p>{_P2}</p>"
    )
    assert got == [
        ("p", _P1),
        ("figure", ""),
        ("p", "Được mùa, được giá"),
        ("p", _P2),
    ]


def test_centring_is_no_caption_cue_where_the_body_centres_its_text() -> None:
    got = _texts(
        f"<p>{_P1}</p><p align='center'>Lúa chín vàng cả cánh đồng phía tây.</p>"
        f"<p align='center'>Bà con ra đồng từ lúc trời còn tối.</p><p>{_P2}</p>"
        "<p align='center'><img src='/a.jpg'></p>"
        "<p align='center'>Ai đi qua cũng dừng lại ngắm mùa vàng.</p>"
    )
    assert got[-2:] == [("figure", ""), ("p", "Ai đi qua cũng dừng lại ngắm mùa vàng.")]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("<p align='center'>Thứ Sáu, 12/04/2024 - 07:30</p>", id="date-only"),
        pytest.param("<p class='post-time' align='center'>Đăng bởi an, 12/04/2024</p>", id="date"),
        pytest.param("<figcaption>12/04/2024 07:30</figcaption>", id="marked-caption-date"),
    ],
)
def test_a_date_under_a_picture_is_not_its_caption(line: str) -> None:
    got = _blocks(f"<p><img src='/a.jpg'></p>{line}<p>{_P1}</p><p>{_P2}</p>")
    assert got[0].kind == "figure"
    assert got[0].text == ""
    assert [b.kind for b in got[1:]] == ["p", "p", "p"]


def test_a_centred_line_not_under_a_picture_stays_a_paragraph() -> None:
    got = _texts(f"<p>{_P1}</p><p align='center'>Lúa chín vàng đồng.</p><p>{_P2}</p>")
    assert got == [("p", _P1), ("p", "Lúa chín vàng đồng."), ("p", _P2)]


# ---------------------------------------------------------------------------------------
# Date lines.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Thứ Hai, 3/4/2023 - 08:15", True, id="vietnamese-weekday"),
        pytest.param("Cập nhật lúc 08:15 ngày 3/4/2023", True, id="vietnamese-updated"),
        pytest.param("3 April 2023 Last updated at 08:15 GMT", True, id="english"),
        pytest.param("April 3, 2023 -- Updated 0815 GMT (1615 HKT)", True, id="english-zones"),
        pytest.param("Mo, 08:15 Uhr", True, id="german-weekday"),
        pytest.param("03.04.2023", True, id="german-date"),
        pytest.param("le 3 avril 2023 à 08h15", True, id="french"),
        pytest.param("Sáng 3/4, nông dân ra đồng gặt lúa.", False, id="sentence"),
        pytest.param("1. Giống lúa mới chịu hạn", False, id="numbered-item"),
        pytest.param("2023", False, id="one-number"),
        pytest.param("1975 - 2025", False, id="span-of-years"),
        pytest.param("2 - 1", False, id="score"),
    ],
)
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text) is expected


def test_date_lines_are_left_out_of_the_body() -> None:
    root = document_fromstring(
        "<div id='c'><div class='post-time'>Đăng bởi Ban biên tập, 3/4</div>"
        f"<p>{_P1}</p><p>Thứ Hai, 3/4/2023 - 08:15</p><p>{_P2}</p></div>"
    )
    container = root.get_element_by_id("c")
    blocks = drop_date_lines(assemble(read_blocks([container], skip=frozenset())))
    assert [b.text for b in blocks] == [_P1, _P2]


def test_a_date_classed_block_lower_down_stays() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (_P1, _P2, _P3, _P1))
    root = document_fromstring(
        f"<div id='c'>{paragraphs}<p class='date-note'>Từ ngày 5/4, giá lúa tăng.</p></div>"
    )
    container = root.get_element_by_id("c")
    blocks = drop_date_lines(assemble(read_blocks([container], skip=frozenset())))
    assert blocks[-1].text == "Từ ngày 5/4, giá lúa tăng."


def test_a_table_cell_marked_as_caption_beside_the_picture_is_its_caption() -> None:
    got = _texts(
        "<table><tr><td><img src='/a.jpg'></td>"
        "<td class='caption'>Máy gặt trên cánh đồng Đông Hòa</td></tr></table>"
    )
    assert got == [("figure", "Máy gặt trên cánh đồng Đông Hòa")]


def test_a_table_of_one_picture_and_a_short_text_is_a_figure() -> None:
    got = _blocks(
        f"<p>{_P1}</p><table><tr><td><img src='/a.jpg'></td></tr>"
        "<tr><td>Máy gặt trên cánh đồng Đông Hòa</td></tr></table>"
        f"<p>{_P2}</p>"
    )
    assert [(b.kind, b.text, b.src) for b in got] == [
        ("p", _P1, None),
        ("figure", "Máy gặt trên cánh đồng Đông Hòa", "/a.jpg"),
        ("p", _P2, None),
    ]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            "<table><tr><td><img src='/a.jpg'></td><td><img src='/b.jpg'></td></tr>"
            "<tr><td>Hai bức ảnh cánh đồng</td></tr></table>",
            [("figure", ""), ("figure", ""), ("p", "Hai bức ảnh cánh đồng")],
            id="two-pictures",
        ),
        pytest.param(
            f"<table><tr><td><img src='/a.jpg'></td><td>{_P2} {_P3} {_P1} {_P2}</td></tr></table>",
            [("figure", ""), ("p", f"{_P2} {_P3} {_P1} {_P2}")],
            id="long-text",
        ),
        pytest.param(
            "<table><tr><td><img src='/a.jpg'></td>"
            "<td><p><b>Bước 1:</b></p><p>Ngâm gạo nếp qua đêm.</p></td></tr></table>",
            [("figure", ""), ("p", "Bước 1:"), ("p", "Ngâm gạo nếp qua đêm.")],
            id="steps-beside-a-photo",
        ),
        pytest.param(
            "<table><tr><td><img src='/a.jpg'></td><td>Vo gạo rồi để ráo.</td></tr></table>",
            [("figure", ""), ("p", "Vo gạo rồi để ráo.")],
            id="one-line-beside-a-photo",
        ),
    ],
)
def test_other_tables_with_a_picture_are_read_as_text(
    table: str, expected: list[tuple[str, str]]
) -> None:
    assert _texts(f"<p>{_P1}</p>{table}") == [("p", _P1), *expected]


def test_a_box_of_highlights_above_the_first_paragraph_is_left_out() -> None:
    got = _texts(
        "<div class='box'><div><b>Điểm chính</b></div>"
        "<ul><li>Lúa chín sớm một tuần.</li><li>Giá lúa ổn định.</li></ul></div>"
        f"<p>{_P1}</p><p>{_P2}</p>"
    )
    assert got == [("p", _P1), ("p", _P2)]


def test_a_list_among_the_paragraphs_stays() -> None:
    items = "<ul><li>Lúa chín sớm một tuần.</li><li>Giá lúa ổn định.</li></ul>"
    got = _texts(f"<p>Những điểm chính:</p>{items}<p>{_P1}</p>")
    assert got == [
        ("p", "Những điểm chính:"),
        ("li", "Lúa chín sớm một tuần."),
        ("li", "Giá lúa ổn định."),
        ("p", _P1),
    ]


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("<p><span style='color:#666666'>Máy gặt trên đồng</span></p>", id="grey"),
        pytest.param("<p><font size='1'>Máy gặt trên đồng</font></p>", id="font-size-1"),
        pytest.param("<div style='font-size: 8pt'>Máy gặt trên đồng</div>", id="small-style"),
    ],
)
def test_a_line_under_a_picture_in_another_colour_or_size_is_its_caption(caption: str) -> None:
    got = _texts(f"<p>{_P1}</p><p><img src='/a.jpg'></p>{caption}<p>{_P2}</p>")
    assert got == [("p", _P1), ("figure", "Máy gặt trên đồng"), ("p", _P2)]


def test_pasted_black_text_under_a_picture_stays_a_paragraph() -> None:
    black = "<span style='color: black; font-size: 12pt'>{}</span>"
    got = _texts(
        f"<p>{black.format(_P1)}</p><p><img src='/a.jpg'></p>"
        f"<p><span style='color:#000000'>{_P2}</span></p><p>{_P3}</p>"
    )
    assert got == [("p", _P1), ("figure", ""), ("p", _P2), ("p", _P3)]


def test_a_paragraph_under_a_picture_in_a_size_other_paragraphs_share_stays() -> None:
    sized = "<p style='font-size: 12pt'>{}</p>"
    got = _texts(
        f"{sized.format(_P1)}<p><img src='/a.jpg'></p>{sized.format(_P2)}<p>{_P3}</p><p>{_P1}</p>"
    )
    assert got == [("p", _P1), ("figure", ""), ("p", _P2), ("p", _P3), ("p", _P1)]


def test_a_sentence_pointing_to_a_source_through_a_link_stays() -> None:
    # Most of the sentence is its link; its own words and full stop make it text.
    sentence = "Toàn văn có tại <a href='/ds'>trang thông tin điện tử của Sở Giáo dục tỉnh</a>."
    got = _texts(f"<p>{_P1}</p><p>{sentence}</p><p><a href='/b'>Giá lúa tăng mạnh.</a></p>")
    assert got == [
        ("p", _P1),
        ("p", "Toàn văn có tại trang thông tin điện tử của Sở Giáo dục tỉnh."),
    ]


def test_comments_and_processing_instructions_in_a_tree_read_as_nothing() -> None:
    # lxml's own parse keeps them (ours drops them); the stamp glued to the text after a
    # comment is told as it is with no comment between.
    kept = _texts(f"<p><b>HÀ NỘI</b><!-- x --><?pi y?>{_P1}</p><!-- z --><p>{_P2}</p><?pi?>")
    assert kept == _texts(f"<p><b>HÀ NỘI</b>{_P1}</p><p>{_P2}</p>")
    assert kept == [("p", f"HÀ NỘI {_P1}"), ("p", _P2)]
