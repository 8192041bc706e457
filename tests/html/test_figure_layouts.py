"""Caption and credit layouts many CMSs share, and pages told in pictures.

Each page here is written by hand for one layout class (not copied from any site): the
figures, captions and credits it must give, and the paragraphs its captions must stay out
of.
"""

from __future__ import annotations

import logging

import pytest
from lxml.html import document_fromstring

from vn_newsdoc import (
    Figure,
    MissingFieldError,
    Paragraph,
    read_html,
    read_json,
    write_json,
    write_text,
)
from vn_newsdoc.html.body import find_containers

_BEFORE = "<p>Sáng nay, người dân phường Hòa Bình dậy sớm dọn dẹp đường làng.</p>"
_AFTER = "<p>Đến trưa, cả con đường đã sạch sẽ, rác được xe chở đi.</p>"
_CAPTION = "Người dân dọn rác trên đường làng"


def _figures(inner: str) -> list[tuple[str | None, str | None, str | None]]:
    """(caption, credit, src) of each figure read from a page whose body holds ``inner``,
    after checking that no caption or credit leaked into the paragraphs."""
    page = (
        "<html><head><title>Ngày chủ nhật xanh</title></head><body>"
        "<h1>Ngày chủ nhật xanh ở phường Hòa Bình</h1>"
        f"<div class='content'>{_BEFORE}{inner}{_AFTER}</div></body></html>"
    )
    article = read_html(page)
    texts = [b.text for b in article.body if isinstance(b, Paragraph)]
    figures = [b for b in article.body if isinstance(b, Figure)]
    for figure in figures:
        for part in (figure.caption, figure.credit):
            assert part is None or all(part not in text for text in texts), (part, texts)
    return [(f.caption, f.credit, f.src) for f in figures]


# -- captions in the layouts many CMSs share --------------------------------------------


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param(
            f"<div class='thumb'><img src='/a.jpg'></div><div class='desc_cation'><p>{_CAPTION}"
            "</p></div>",
            id="desc-block-after-picture",
        ),
        pytest.param(
            f"<div class='photo'><img src='/a.jpg'></div><div class='img-note'>{_CAPTION}</div>",
            id="note-block-after-picture",
        ),
        pytest.param(
            f"<p><img src='/a.jpg'></p><div class='pic-cap'>{_CAPTION}</div>",
            id="cap-block-after-picture",
        ),
        pytest.param(
            f"<p style='text-align:center'><img src='/a.jpg'></p>"
            f"<p class='img_chu_thich_0407'>{_CAPTION}</p>",
            id="chu-thich-class-with-underscores",
        ),
        pytest.param(
            "<div id='attachment_12' class='wp-caption aligncenter'><img src='/a.jpg'>"
            f"<p class='wp-caption-text'>{_CAPTION}</p></div>",
            id="wordpress-wp-caption",
        ),
        pytest.param(
            f"<figure class='wp-block-image size-large'><img src='/a.jpg'>"
            f"<figcaption class='wp-element-caption'>{_CAPTION}</figcaption></figure>",
            id="wordpress-wp-block-image",
        ),
        pytest.param(
            f"<table class='image center'><tbody><tr><td><img src='/a.jpg'></td></tr>"
            f"<tr><td class='image-caption'><p>{_CAPTION}</p></td></tr></tbody></table>",
            id="image-table-with-caption-row",
        ),
        pytest.param(
            f"<p style='text-align:center'><img data-src='/a.jpg' src='/lazy.gif'></p>"
            f"<p style='text-align:center'><em>{_CAPTION}</em></p>",
            id="em-paragraph-after-lazy-picture-paragraph",
        ),
        pytest.param(
            f"<p><img class='lazyload' data-srcset='/a.jpg 800w, /a-400.jpg 400w'"
            f" src='data:image/gif;base64,R0lG'></p><p><i>{_CAPTION}</i></p>",
            id="lazy-srcset-only",
        ),
        pytest.param(
            f"<div class='gallery'><a href='/a.jpg' data-caption='{_CAPTION}'>"
            "<img src='/a-thumb.jpg'></a></div>",
            id="data-caption-on-the-link",
        ),
        pytest.param(
            f"<p><img src='/a.jpg' data-caption='{_CAPTION}'></p>",
            id="data-caption-on-the-picture",
        ),
    ],
)
def test_each_layout_gives_one_captioned_figure(inner: str) -> None:
    [(caption, credit, src)] = _figures(inner)
    assert caption == _CAPTION
    assert credit is None
    assert src is not None
    assert src.startswith("/a")


def test_a_visible_caption_wins_over_the_data_caption() -> None:
    figures = _figures(
        "<figure><img src='/a.jpg' data-caption='Ảnh đại diện'>"
        f"<figcaption>{_CAPTION}</figcaption></figure>"
    )
    assert figures == [(_CAPTION, None, "/a.jpg")]


def test_a_description_block_away_from_any_picture_is_text() -> None:
    text = "Ban tổ chức cho biết năm nay có hơn 500 hộ dân tham gia, gấp đôi năm ngoái."
    page = (
        "<html><body><h1>Ngày chủ nhật xanh ở phường Hòa Bình</h1><div class='content'>"
        f"{_BEFORE}<div class='desc'>{text}</div>{_AFTER}</div></body></html>"
    )
    body = read_html(page).body
    assert Paragraph(text) in body
    assert not any(isinstance(b, Figure) for b in body)


# -- credits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        pytest.param(
            "<p><img src='/a.jpg'></p><p><em>Ảnh: Reuters.</em></p>",
            (None, "Reuters"),
            id="credit-only-italic-line",
        ),
        pytest.param(
            "<p><img src='/a.jpg'></p><p>Ảnh: Reuters.</p>",
            (None, "Reuters"),
            id="credit-only-plain-line",
        ),
        pytest.param(
            "<p><img src='/a.jpg'></p><p style='text-align:right'>Ảnh: Reuters</p>",
            (None, "Reuters"),
            id="credit-only-right-aligned",
        ),
        pytest.param(
            f"<p><img src='/a.jpg'></p><p><em>{_CAPTION}</em></p>"
            "<p style='text-align:right'><em>Ảnh: Hoàng Hà</em></p>",
            (_CAPTION, "Hoàng Hà"),
            id="right-aligned-credit-under-the-caption",
        ),
        pytest.param(
            f"<figure><img src='/a.jpg'><figcaption>{_CAPTION}</figcaption>"
            "<p class='source'>Ảnh: TTXVN</p></figure>",
            (_CAPTION, "TTXVN"),
            id="credit-paragraph-in-the-figure",
        ),
        pytest.param(
            f"<figure><img src='/a.jpg'><figcaption>{_CAPTION}"
            "<span class='credit'>Getty Images</span></figcaption></figure>",
            (_CAPTION, "Getty Images"),
            id="credit-class-span-in-figcaption",
        ),
        pytest.param(
            f"<figure><img src='/a.jpg'><figcaption>{_CAPTION}</figcaption>"
            "<small class='photo-copyright'>© Minh Trí</small></figure>",
            (_CAPTION, "Minh Trí"),
            id="copyright-line-in-the-figure",
        ),
        pytest.param(
            f"<div class='photo'><img src='/a.jpg'></div><div class='caption'>{_CAPTION}"
            "<em>Ảnh: Võ Hải</em></div>",
            (_CAPTION, "Võ Hải"),
            id="em-credit-glued-to-the-caption",
        ),
        pytest.param(
            f"<table class='tplCaption'><tr><td><img src='/a.jpg'></td></tr>"
            f"<tr><td><p class='Image'>{_CAPTION}</p></td></tr></table>"
            "<p style='text-align:right'><span>Ảnh: Ngọc Thành</span></p>",
            (_CAPTION, "Ngọc Thành"),
            id="credit-line-after-a-caption-table",
        ),
        pytest.param(
            "<div class='single-image'><div class='image-box'><img src='/a.jpg'></div>"
            "<div class='image-meta'><div class='copyright'>© Minh Trí</div></div></div>"
            f"<p><em>{_CAPTION}</em></p>",
            (_CAPTION, "Minh Trí"),
            id="credit-box-under-the-picture-then-the-caption",
        ),
    ],
)
def test_credits(inner: str, expected: tuple[str | None, str | None]) -> None:
    [(caption, credit, src)] = _figures(inner)
    assert (caption, credit) == expected
    assert src == "/a.jpg"


def test_a_credit_line_away_from_any_picture_stays_text() -> None:
    # A credit line needs a picture or a caption right above it to be one.
    page = (
        "<html><body><h1>Ngày chủ nhật xanh ở phường Hòa Bình</h1><div class='content'>"
        f"{_BEFORE}<p>Ảnh: Reuters.</p>{_AFTER}</div></body></html>"
    )
    body = read_html(page).body
    assert Paragraph("Ảnh: Reuters.") in body


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        pytest.param("Ảnh: Đắc Thành", "Đắc Thành", None, id="photo-byline"),
        pytest.param("Nguồn: Báo Quảng Tín", None, "Báo Quảng Tín", id="source-line"),
    ],
)
def test_a_plain_credit_line_closing_the_article_is_the_byline(
    line: str, author: str | None, source: str | None
) -> None:
    # After the last picture, with nothing of the article after it, a plain "Ảnh: X" or
    # "Nguồn: X" line credits the whole article, not that picture.
    page = (
        "<html><body><h1>Ngày chủ nhật xanh ở phường Hòa Bình</h1><div class='content'>"
        f"{_BEFORE}{_AFTER}<p><img src='/a.jpg'></p><p>{line}</p></div></body></html>"
    )
    article = read_html(page)
    assert [f.credit for f in article.figures] == [None]
    assert article.byline is not None
    assert (author is None) or author in article.authors
    assert article.byline.source == source


def test_a_name_alone_under_a_picture_is_still_a_signature() -> None:
    page = (
        "<html><body><h1>Ngày chủ nhật xanh ở phường Hòa Bình</h1><div class='content'>"
        f"{_BEFORE}{_AFTER}<p><img src='/a.jpg'></p>"
        "<p style='text-align:right'><strong>Minh Thư</strong></p></div></body></html>"
    )
    article = read_html(page)
    assert [f.credit for f in article.figures] == [None]
    assert article.authors == ("Minh Thư",)


# -- pages told in pictures ------------------------------------------------------------

_STORY = [
    "Những con đường ở phố cổ Hội An ngập sâu sau trận mưa lớn kéo dài từ đêm qua, "
    "nước dâng cao hơn một mét ở nhiều đoạn.",
    "Người dân chèo thuyền đưa khách qua đường Bạch Đằng, nơi nước ngập đến mái hiên "
    "các ngôi nhà cổ.",
    "Chủ các cửa hàng kê đồ đạc lên cao từ chiều hôm trước, khi nghe tin lũ về.",
    "Đến trưa, nước bắt đầu rút, người dân dọn bùn đất trong nhà.",
]
_SAPO = "Nước lũ dâng cao hơn một mét, phố cổ Hội An chìm trong biển nước."


def _photo_story(items: str, after: str = "") -> str:
    return (
        "<html><head><title>Phố cổ Hội An chìm trong lũ - Báo Quảng Tín</title>"
        "<meta property='article:published_time' content='2026-11-02T09:15:00+07:00'>"
        f"<meta name='description' content='{_SAPO}'></head><body>"
        f"<h1>Phố cổ Hội An chìm trong lũ</h1><p class='sapo'>{_SAPO}</p>"
        f"<div class='fck_detail'>{items}</div>{after}</body></html>"
    )


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(
            "<div class='item_slide_show'><div class='block_thumb_slide_show'>"
            "<img data-src='/p{i}.jpg' src='data:image/gif;base64,R0'></div>"
            "<div class='desc_cation'><p class='Normal'>{text}</p></div></div>",
            id="slide-items-with-desc-blocks",
        ),
        pytest.param(
            "<figure class='photo-story'><img src='/p{i}.jpg'><figcaption><p>{text}</p>"
            "</figcaption></figure>",
            id="run-of-figures",
        ),
        pytest.param(
            "<figure class='wp-block-image'><img src='/p{i}.jpg'><figcaption>{text}"
            "</figcaption></figure>",
            id="run-of-figures-with-bare-captions",
        ),
        pytest.param(
            "<table class='picture'><tr><td><img src='/p{i}.jpg'></td></tr>"
            "<tr><td class='caption'>{text}</td></tr></table>",
            id="run-of-caption-tables",
        ),
    ],
)
def test_a_photo_story_is_figures_with_their_captions(item: str) -> None:
    items = "".join(item.format(i=i, text=text) for i, text in enumerate(_STORY))
    article = read_html(_photo_story(items), strict=True)
    assert [b for b in article.body if not isinstance(b, Figure)] == []
    assert [(f.caption, f.src) for f in article.figures] == [
        (text, f"/p{i}.jpg") for i, text in enumerate(_STORY)
    ]
    assert article.lead == _SAPO


def test_a_slide_caption_repeated_over_its_picture_is_read_once() -> None:
    # The slide's caption laid over the picture, and again under it.
    items = "".join(
        "<div class='item_slide_show'><div class='block_thumb_slide_show'>"
        f"<img src='/p{i}.jpg'><div class='desc_cation'><p>{text}</p></div></div>"
        f"<div class='desc_cation'><p>{text}</p></div></div>"
        for i, text in enumerate(_STORY)
    )
    article = read_html(_photo_story(items))
    assert [(f.caption, f.src) for f in article.figures] == [
        (text, f"/p{i}.jpg") for i, text in enumerate(_STORY)
    ]
    assert article.paragraphs == ()


def test_a_slide_show_whose_captions_only_its_script_shows() -> None:
    # The caption is kept, as escaped HTML, in an attribute the slide script reads.
    items = "".join(
        "<div class='item_slide_show'><div class='block_thumb_slide_show'>"
        f"<img src='/p{i}.jpg' data-component-caption='&lt;p&gt;{text} Ảnh: "
        "&lt;em&gt;Tiến Hùng.&lt;/em&gt;&lt;/p&gt;'></div></div>"
        for i, text in enumerate(_STORY)
    )
    article = read_html(_photo_story(items), strict=True)
    assert [(f.caption, f.credit) for f in article.figures] == [
        (text, "Tiến Hùng") for text in _STORY
    ]


def test_a_gallery_article_survives_every_writer_and_reads_back() -> None:
    items = "".join(
        f"<figure><img src='/p{i}.jpg'><figcaption>{text} Ảnh: Đắc Thành</figcaption></figure>"
        for i, text in enumerate(_STORY)
    )
    article = read_html(_photo_story(items), url="https://baoquangtin.example.vn/a.html")
    assert len(article.figures) == len(_STORY)
    assert {f.credit for f in article.figures} == {"Đắc Thành"}
    assert read_json(write_json(article)) == article
    text = write_text(article)
    for caption in _STORY:
        assert caption in text


def test_a_gallery_page_logs_no_missing_body(caplog: pytest.LogCaptureFixture) -> None:
    items = "".join(
        f"<figure><img src='/p{i}.jpg'><figcaption>{text}</figcaption></figure>"
        for i, text in enumerate(_STORY)
    )
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc"):
        read_html(_photo_story(items))
    assert not [r for r in caplog.records if "no body" in r.getMessage()]


def test_pictures_without_any_caption_are_still_no_body() -> None:
    page = (
        "<html><head><title>Phố cổ Hội An chìm trong lũ</title></head><body>"
        "<h1>Phố cổ Hội An chìm trong lũ</h1><div class='fck_detail'>"
        + "".join(f"<p><img src='/p{i}.jpg'></p>" for i in range(3))
        + "</div></body></html>"
    )
    with pytest.raises(MissingFieldError, match="body"):
        read_html(page, strict=True)


def test_a_gallerys_trailing_links_are_not_the_article() -> None:
    items = "".join(
        f"<figure><img src='/p{i}.jpg'><figcaption>{text}</figcaption></figure>"
        for i, text in enumerate(_STORY)
    )
    more = (
        "<div class='box-more'><p><strong>Trailer</strong></p>"
        "<div><a href='/video/trailer-phim-lu.html'><img src='/v1.jpg'></a>"
        "<p><a href='/video/trailer-phim-lu.html'>Trailer phim về mùa lũ miền Trung</a></p></div>"
        "<div><a href='/anh/ha-noi-mua.html'><img src='/m1.jpg'></a>"
        "<p><a href='/anh/ha-noi-mua.html'>Hà Nội trong mưa</a></p></div>"
        "<div><a href='/anh/hue-lu.html'><img src='/m2.jpg'></a></div></div>"
    )
    article = read_html(_photo_story(items + more))
    assert [f.src for f in article.figures] == [f"/p{i}.jpg" for i in range(len(_STORY))]
    assert [b for b in article.body if not isinstance(b, Figure)] == []


def test_a_run_of_caption_tables_scores_for_the_block_holding_it() -> None:
    # Each caption scores for the block holding the picture tables, not for its own
    # table row: the gallery outweighs a shorter box of text beside it.
    tables = "".join(
        f"<table><tr><td><img src='/p{i}.jpg' width='500'></td></tr>"
        f"<tr><td class='Image'>{text}</td></tr></table>"
        for i, text in enumerate(_STORY)
    )
    root = document_fromstring(
        f"<html><body><div id='gallery'>{tables}</div><div id='box'>"
        "<p>Bạn đọc gửi ảnh về cho chúng tôi qua hộp thư của chuyên mục.</p>"
        "<p>Ảnh được chọn sẽ đăng trong số báo cuối tuần, kèm tên tác giả.</p></div>"
        "</body></html>"
    )
    assert [el.get("id") for el in find_containers(root)] == ["gallery"]


def test_a_picture_linking_elsewhere_inside_the_text_is_kept() -> None:
    # A shop's or a source's picture linking to its page, with the article going on.
    figures = _figures("<p><a href='https://shop.example.com/ao-mua'><img src='/a.jpg'></a></p>")
    assert figures == [(None, None, "/a.jpg")]


def test_a_picture_linked_to_its_full_size_file_is_kept() -> None:
    figures = _figures(
        f"<p><a href='/full/a.jpg'><img src='/a.jpg'></a></p><p><em>{_CAPTION}</em></p>"
    )
    assert figures == [(_CAPTION, None, "/a.jpg")]
