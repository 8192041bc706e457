"""The body on layouts many sites share, each rule on a small page written for it."""

from __future__ import annotations

import pytest
from lxml.etree import _Element
from lxml.html import document_fromstring

from vn_newsdoc._tree import text_content
from vn_newsdoc.html import read_html
from vn_newsdoc.html._fields.body import text_spine
from vn_newsdoc.html.body import find_containers, strip_page
from vn_newsdoc.html.body._stories import own_story
from vn_newsdoc.model import Figure

_P1 = "Sáng 3/4, hàng trăm người dân xã Đông Hòa đã ra đồng gặt lúa, tranh thủ trời nắng."
_P2 = "Theo trưởng thôn, năm nay lúa được mùa, năng suất cao hơn vụ trước khoảng một tạ."
_P3 = "Nhiều hộ thuê máy gặt, giá thuê mỗi sào tăng nhẹ so với năm ngoái, nhưng vẫn có lãi."
_Q1 = "Giá lúa tươi tại ruộng vụ đông xuân năm nay dao động quanh mức bảy nghìn đồng một ký."
_Q2 = "Các thương lái cho biết họ thu mua nhiều hơn, vì gạo xuất khẩu đang được giá tốt."


def _body(page: str) -> list[str]:
    article = read_html(page, url="https://example.org/tin/mua-gat.html")
    return [block.text for block in article.body if not isinstance(block, Figure)]


# ---------------------------------------------------------------------------------------
# Text pasted with another site's markup: an inline run named like furniture.


def test_a_sentence_in_a_span_named_like_furniture_is_read() -> None:
    # Text pasted from an event page keeps its spans, their class naming "tags".
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='content'>"
        f"<p><span class='eventDetailsContentTags'>{_P1}</span></p>"
        f"<p>{_P2}</p><p>{_P3}</p>"
        "<p>Chủ đề: <span class='tags'><a href='/t/lua'>lúa</a></span></p>"
        "</div></body></html>"
    )
    # The tag list's own short run stays out: its label alone is left.
    assert _body(page) == [_P1, _P2, _P3, "Chủ đề:"]


def test_a_short_inline_run_named_like_furniture_stays_out() -> None:
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='content'>"
        f"<p>{_P1} <span class='share-label'>Chia sẻ bài viết.</span></p>"
        f"<p>{_P2}</p><p>{_P3}</p></div></body></html>"
    )
    assert _body(page)[0] == _P1


# ---------------------------------------------------------------------------------------
# Several whole stories on one page: the page's own is the one its title names.


def _stories_page(title: str) -> str:
    """A series page: whole stories in <article> boxes of one class, each with its
    headline; the second story is the longer."""
    first = f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
    second = f"<p>{_Q1}</p><p>{_Q2}</p>" * 3
    return (
        f"<html><head><title>{title}</title>"
        "<meta property='og:title' content='Mùa gặt ở Đông Hòa'></head><body>"
        "<main><div class='list'>"
        "<article class='list__item'><header><h2>Mùa gặt ở Đông Hòa</h2></header>"
        f"<div class='detail__content'>{first}</div></article>"
        "<article class='list__item'><header><h2>Giá lúa vụ đông xuân</h2></header>"
        f"<div class='detail__content'>{second}</div></article>"
        "</div></main></body></html>"
    )


def test_the_story_the_page_is_titled_for_is_read_not_the_longest() -> None:
    body = _body(_stories_page("Mùa gặt ở Đông Hòa | Báo Nông thôn"))
    assert body == [_P1, _P2, _P3]


def test_the_title_alone_names_the_story_without_og_title() -> None:
    page = _stories_page("Mùa gặt ở Đông Hòa – Báo Nông thôn").replace(
        "<meta property='og:title' content='Mùa gặt ở Đông Hòa'>", ""
    )
    assert _body(page) == [_P1, _P2, _P3]


def test_stories_none_of_which_is_titled_leave_the_longest() -> None:
    page = _stories_page("Báo Nông thôn").replace(
        "<meta property='og:title' content='Mùa gặt ở Đông Hòa'>", ""
    )
    assert _body(page) == [_Q1, _Q2] * 3


def test_a_titled_header_beside_the_body_is_no_story() -> None:
    # Two columns of one class: the headline in one, the article in the other. The
    # headline's column holds no story's text, so the body stays where its text is.
    root = document_fromstring(
        "<html><head><title>Mùa gặt ở Đông Hòa</title></head><body><div class='row'>"
        "<div class='col'><h1>Mùa gặt ở Đông Hòa</h1></div>"
        f"<div class='col' id='text'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
        "</div></body></html>"
    )
    strip_page(root)
    assert [c.get("id") for c in find_containers(root)] == ["text"]
    text = root.get_element_by_id("text")
    assert isinstance(text, _Element)
    assert own_story(root, text[0], lambda el: len(text_content(el))) is None


# ---------------------------------------------------------------------------------------
# The article cut into boxes of different sizes: a last section, a closing box.


def _sections_page(after: str, *, before: str = "") -> str:
    """An article in <section> boxes without a class: a long first one and whatever
    ``after`` adds beside it; a side column of teasers after the article."""
    first = f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>" * 3
    teasers = "".join(
        f"<div class='card'><h3><a href='/tin-{i}'>Tin khác số {i}</a></h3><p>{_Q1}</p></div>"
        for i in range(2)
    )
    return (
        "<html><head><title>Mùa gặt ở Đông Hòa</title></head><body>"
        "<h1>Mùa gặt ở Đông Hòa</h1>"
        f"<article>{before}<section>{first}</section>{after}</article>"
        f"<div class='more'>{teasers}</div></body></html>"
    )


def test_the_last_section_of_an_article_is_read_with_the_first() -> None:
    body = _body(_sections_page(f"<section><h2>Vụ sau</h2><p>{_Q1}</p><p>{_Q2}</p></section>"))
    assert body[-3:] == ["Vụ sau", _Q1, _Q2]


def test_a_closing_paragraph_in_a_box_of_its_own_is_read() -> None:
    body = _body(_sections_page(f"<section class='end'><p>{_Q2}</p></section>"))
    assert body[-1] == _Q2


@pytest.mark.parametrize(
    "box",
    [
        pytest.param(
            f"<section><h3><a href='/tin-9'>Tin khác</a></h3><p>{_Q1}</p></section>", id="teaser"
        ),
        pytest.param(f"<aside><p>{_Q1}</p></aside>", id="aside"),
        pytest.param(f"<section class='related'><p>{_Q1}</p></section>", id="related"),
        pytest.param(f"<section><p>{_Q1} <a href='/a'>{_Q2}</a></p></section>", id="mostly-links"),
        pytest.param(
            f"<section><figure><img src='/a.jpg'><figcaption><p>{_Q1}</p></figcaption>"
            "</figure></section>",
            id="caption",
        ),
    ],
)
def test_teasers_and_side_boxes_beside_the_text_stay_out(box: str) -> None:
    body = _body(_sections_page(box))
    assert body == [_P1, _P2, _P3] * 3


def test_a_standfirst_in_a_box_above_the_text_stays_the_lead() -> None:
    page = _sections_page("", before=f"<section><p>{_Q1}</p></section>")
    article = read_html(page, url="https://example.org/tin/mua-gat.html")
    assert article.lead == _Q1
    assert _Q1 not in [b.text for b in article.body if not isinstance(b, Figure)]


# ---------------------------------------------------------------------------------------
# A picture viewer's instruction set in the caption.


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Sơ đồ tuyến metro. Bấm vào ảnh để phóng to.", "Sơ đồ tuyến metro."),
        ("Sơ đồ tuyến metro (click to enlarge)", "Sơ đồ tuyến metro"),
        ("Sơ đồ tuyến metro. Zum Vergrößern auf das Bild klicken.", "Sơ đồ tuyến metro."),
        ("Sơ đồ tuyến metro. Cliquez sur l'image pour agrandir.", "Sơ đồ tuyến metro."),
        ("Click on the image to see a larger version. Sơ đồ tuyến metro.", "Sơ đồ tuyến metro."),
        # Words about enlarging that are no instruction stay.
        ("Mặt bằng sau khi được mở rộng và phóng to gấp đôi.", None),
    ],
)
def test_a_view_instruction_is_left_out_of_the_caption(caption: str, expected: str | None) -> None:
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='content'>"
        f"<p>{_P1}</p><figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure>"
        f"<p>{_P2}</p><p>{_P3}</p></div></body></html>"
    )
    article = read_html(page, url="https://example.org/tin/mua-gat.html")
    figures = [b for b in article.body if isinstance(b, Figure)]
    assert [f.caption for f in figures] == [expected or caption]


# ---------------------------------------------------------------------------------------
# The article cut into boxes of one template by an embed: a box may carry a modifier.


def _template_page(first_class: str, second_class: str) -> str:
    """An article in two text boxes of one template, a video embed between them, each box
    three wrappers deep around its paragraphs; a box of other stories after."""

    def box(cls: str, paragraphs: str) -> str:
        return (
            f"<div class='{cls}'><section class='outer'><div class='column'>"
            f"<div class='text'>{paragraphs}</div></div></section></div>"
        )

    others = "".join(
        f"<li><a href='/tin-{i}'>Tin khác số {i} về mùa gặt</a></li>" for i in range(4)
    )
    return (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div id='post'>"
        + box(first_class, f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>" * 2)
        + "<div class='embed'><img src='/video.jpg'></div>"
        + box(second_class, f"<p>{_Q1}</p><p>{_Q2}</p>")
        + f"</div><ul class='more'>{others}</ul></body></html>"
    )


@pytest.mark.parametrize(
    ("first_class", "second_class"),
    [
        pytest.param("body-text section", "body-text section", id="same-class"),
        pytest.param("body-text version-2 section", "body-text section", id="one-modifier"),
    ],
)
def test_text_boxes_of_one_template_are_read_together(first_class: str, second_class: str) -> None:
    body = _body(_template_page(first_class, second_class))
    assert body == [_P1, _P2, _P3] * 2 + [_Q1, _Q2]


def test_boxes_sharing_one_layout_class_are_not_one_template() -> None:
    # Grid rows share a layout class ("grid") and differ in two words: not one template.
    body = _body(_template_page("grid post-content main", "grid side"))
    assert body == [_P1, _P2, _P3] * 2


# ---------------------------------------------------------------------------------------
# A text in a box that follows the article (readers' comments, a footer of other posts)
# that outscores the article, its own box carrying a content class.


def _comments_page(wrapper: str) -> str:
    """An article in one block split by blank lines, in a wrapper of class ``wrapper``;
    then readers' comments in boxes classed as content, one of them in several
    paragraphs."""
    article = "<br><br>".join([_P1, _P2, _P3])
    comment = "".join(f"<p>{q}</p>" for q in [_Q1, _Q2, _Q1, _Q2])
    return (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1>"
        f"<div class='{wrapper}'><div class='article'><div class='content'>{article}</div></div>"
        "</div><div id='comments'><div class='comment'><div class='comment_content'>"
        f"<div class='content'>{comment}</div></div></div>"
        f"<div class='comment'><div class='content'>{_Q2}</div></div></div></body></html>"
    )


@pytest.mark.parametrize("wrapper", ["wrapper", "l-sidebar-fixed l-segment"])
def test_a_long_comment_does_not_take_the_article_s_place(wrapper: str) -> None:
    # A wrapper named after the side column is no box below the article.
    assert _body(_comments_page(wrapper)) == [_P1, _P2, _P3]


# ---------------------------------------------------------------------------------------
# The opening paragraph as loose text in a wrapper that holds the paragraphs after it.


def test_an_opening_in_the_wrapper_of_the_article_is_read_in_the_body() -> None:
    # The description repeats the opening; its element is the wrapper of the whole text,
    # so taking it as the lead would take the article out of the body.
    rest = "".join(f"<p>{p}</p>" for p in [_P2, _P3, _Q1, _Q2] * 4)
    page = (
        f"<html><head><meta property='og:description' content='{_P1}'></head><body>"
        f"<div class='article'><h1>Mùa gặt ở Đông Hòa</h1><span>{_P1}<br>{rest}</span>"
        "</div></body></html>"
    )
    article = read_html(page, url="https://example.org/tin/mua-gat.html")
    assert article.lead is None
    assert _body(page) == [_P1, *[_P2, _P3, _Q1, _Q2] * 4]


# ---------------------------------------------------------------------------------------
# A page builder that names every box a widget, the post's text included.


def test_the_post_s_text_in_a_box_named_widget_is_read() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [_P1, _P2, _P3, _Q1, _Q2] * 2)
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='builder-column'>"
        "<div class='builder-widget builder-widget-post-content'>"
        f"<div class='builder-widget-container'>{paragraphs}</div></div>"
        "<div class='builder-widget builder-widget-share'><div class='builder-widget-container'>"
        "<a href='/share'>Chia sẻ bài viết</a></div></div></div></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3, _Q1, _Q2] * 2


def test_a_caption_box_named_like_furniture_stays_out_of_a_short_container() -> None:
    # A picture's box with its caption in a "footer": too little text to be the article's.
    box = "<div class='cover'><img src='/a.jpg'><div class='media-footer'>Đồng lúa chín.</div>"
    root = document_fromstring(f"<html><body>{box}</div></body></html>")
    cover = root.find(".//div")
    assert cover is not None
    assert text_spine([cover]) == frozenset()


# ---------------------------------------------------------------------------------------
# A custom element (a web component) inside a sentence: inline, as browsers lay it out.


def test_a_citation_in_a_custom_element_does_not_split_its_sentence() -> None:
    cited = (
        "Giá lúa tươi tại ruộng tăng mạnh trong vụ này ("
        "<hl-trusted-source source='Bộ Nông nghiệp'><a href='/nguon/1'>1</a></hl-trusted-source>)."
    )
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='content'>"
        f"<p>{_P1}</p><p>{cited}</p><p>{_P2}</p><p>{_P3}</p></div></body></html>"
    )
    assert _body(page) == [_P1, "Giá lúa tươi tại ruộng tăng mạnh trong vụ này (1).", _P2, _P3]


# ---------------------------------------------------------------------------------------
# A box around the body named for a summary it may hold (a CMS's text-with-summary field).


def test_a_box_around_the_body_named_for_a_summary_is_no_lead() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [_P1, _P2, _P3, _Q1, _Q2])
    page = (
        "<html><body><div class='node'><h1>Mùa gặt ở Đông Hòa</h1>"
        "<div class='field field-name-body field-type-text-with-summary'>"
        f"<div class='field-items'><div class='field-item even'>{paragraphs}</div></div>"
        "</div></div></body></html>"
    )
    article = read_html(page, url="https://example.org/tin/mua-gat.html")
    assert article.lead is None
    assert _body(page) == [_P1, _P2, _P3, _Q1, _Q2]


# ---------------------------------------------------------------------------------------
# Paragraphs written as divs of one class: the opening ones beside a "read all" box that
# holds the rest.


def test_opening_paragraphs_beside_a_box_of_the_rest_are_read() -> None:
    def para(text: str) -> str:
        return f"<div class='body__paragraph'>{text}</div>"

    rest = "".join(para(p) for p in [_P3, _Q1, _Q2, _P3, _Q1, _Q2])
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><section class='zone'><div class='wrap'>"
        f"{para(_P1)}{para(_P2)}<div class='body__read-all'>{rest}</div>"
        "</div></section></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3, _Q1, _Q2, _P3, _Q1, _Q2]


# ---------------------------------------------------------------------------------------
# Between the headline and the body: a picture's caption written as a plain paragraph, a
# box of the byline and date. Neither is the lead.

_BETWEEN = {
    "caption": (
        "<div class='image top'><img src='/a.jpg'><p>Người dân xã Đông Hòa gặt lúa trên "
        "cánh đồng ven sông, sáng 3/4, trong nắng sớm. Ảnh do người dân cung cấp.</p></div>"
    ),
    "byline": (
        "<div class='card'><div class='byline spaced'>Bài và ảnh: Nhóm phóng viên thường "
        "trú tại miền Trung | 3/4/2024 lúc 8:30 - Cập nhật lúc 10:45 cùng ngày</div></div>"
    ),
}


@pytest.mark.parametrize("between", list(_BETWEEN))
def test_a_caption_or_byline_box_between_headline_and_body_is_no_lead(between: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [_P1, _P2, _P3, _Q1, _Q2])
    page = (
        "<html><body><div class='article'><h1>Mùa gặt ở Đông Hòa</h1>"
        f"{_BETWEEN[between]}<div class='articleBody'>{paragraphs}</div></div></body></html>"
    )
    article = read_html(page, url="https://example.org/tin/mua-gat.html")
    assert article.lead is None


# ---------------------------------------------------------------------------------------
# A word of a sentence linked to its topic page, the link classed as a tag.


def test_a_keyword_linked_as_a_tag_inside_a_sentence_is_read() -> None:
    sentence = (
        "Bức xạ là mối nguy chính của <a class='textTag' rel='tag' href='/tags/vu-tru'>"
        "du hành vũ trụ</a>, nhưng tổ bay ngủ đông sẽ ở trong khoang kín suốt chặng đường."
    )
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='content'>"
        f"<p>{_P1}</p><p>{sentence}</p><p>{_P2}</p>"
        "<p>Chủ đề: <a class='tag' href='/tags/lua'>lúa</a></p></div></body></html>"
    )
    assert _body(page) == [
        _P1,
        "Bức xạ là mối nguy chính của du hành vũ trụ, nhưng tổ bay ngủ đông sẽ ở trong "
        "khoang kín suốt chặng đường.",
        _P2,
        "Chủ đề:",
    ]


# ---------------------------------------------------------------------------------------
# A newsletter sign-up box inside the body.


def test_a_newsletter_sign_up_box_inside_the_body_stays_out() -> None:
    signup = (
        "<div id='emailSignup'><div>Nhận tin mỗi sáng: những bài đáng đọc nhất trong ngày, "
        "gửi thẳng tới hộp thư của bạn vào các ngày trong tuần.</div></div>"
    )
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='content'>"
        f"<p>{_P1}</p><p>{_P2}</p>{signup}<p>{_P3}</p></div></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3]


# ---------------------------------------------------------------------------------------
# A portal's article written in an h1 (an editor's heading style over the whole text).


def test_text_written_in_an_h1_is_the_body_and_its_heading_the_headline() -> None:
    text = " ".join([_P1, _P2, _P3, _Q1])
    page = (
        "<html><head><title>Trang chủ - Liên đoàn Lao động</title></head><body>"
        "<div class='portlet'><h1 class='portlet-title'>Chuyên mục</h1><ul>"
        "<li><a href='/a'>Tin tức sự kiện</a></li><li><a href='/b'>Hoạt động</a></li></ul></div>"
        "<div class='detail'><h2>Nông dân Đông Hòa gặt lúa sớm vì lo mưa bão <span>( )</span>"
        f"</h2><div class='journal-content-article'><h1>{text}<br><br>{_Q2}</h1></div></div>"
        "<section><h1 class='portlet-title'>Thống kê truy cập</h1>"
        "<p>Đang truy cập: 12, hôm nay: 300, tổng cộng: 45 000</p></section></body></html>"
    )
    article = read_html(page)
    assert article.headline == "Nông dân Đông Hòa gặt lúa sớm vì lo mưa bão"
    assert [block.text for block in article.body if not isinstance(block, Figure)] == [text, _Q2]


def test_a_headline_long_h1_stays_out_of_the_scoring() -> None:
    # A headline in an h1 beside a short body scores nothing for the header around it.
    root = document_fromstring(
        "<html><body><div class='header'><h1>Nông dân xã Đông Hòa ra đồng gặt lúa sớm một "
        f"tuần vì lo mưa bão</h1></div><div class='text'><p>{_P1}</p></div></body></html>"
    )
    strip_page(root)
    assert [e.get("class") for e in find_containers(root)] == ["text"]
