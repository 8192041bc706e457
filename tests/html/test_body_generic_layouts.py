"""The body on layouts of generic (non-Vietnamese) pages many sites share: the long texts
that follow an article (a thread of readers' comments, a list of references), an article
cut into sections of one template. Each rule on a small page written for it."""

from __future__ import annotations

from vn_newsdoc.html import read_html
from vn_newsdoc.model import Figure

_P1 = "Sáng 3/4, hàng trăm người dân xã Đông Hòa đã ra đồng gặt lúa, tranh thủ trời nắng."
_P2 = "Theo trưởng thôn, năm nay lúa được mùa, năng suất cao hơn vụ trước khoảng một tạ."
_P3 = "Nhiều hộ thuê máy gặt, giá thuê mỗi sào tăng nhẹ so với năm ngoái, nhưng vẫn có lãi."
_P4 = "Đến chiều, phần lớn diện tích lúa chín đã được gặt xong, chở về sân phơi của các hộ."
_COMMENT = (
    "Tôi ở xã bên cạnh, năm nay lúa cũng tốt, nhưng giá thuê máy gặt, giá phân bón, giá "
    "công lao động đều tăng, nên lãi không được bao nhiêu, mong nhà nước hỗ trợ thêm."
)
_REFERENCE = (
    "Nguyễn, V. A.; Trần, T. B. (2019). Năng suất lúa vụ đông xuân ở đồng bằng, số liệu "
    "điều tra, phân tích. Tạp chí Nông nghiệp, 12 (3), tr. 45–67. doi:10.1000/abc.{}"
)


def _body(page: str) -> list[str]:
    article = read_html(page, url="https://example.org/tin/mua-gat.html")
    return [block.text for block in article.body if not isinstance(block, Figure)]


def test_a_short_post_is_read_rather_than_the_longer_thread_of_comments_under_it() -> None:
    # A blog post of four paragraphs, then thirty readers' comments in the list the
    # blogging software names after them: the thread adds up to far more text. (A post
    # of under 200 characters, whose class hint counts for less, may still be lost.)
    comments = "".join(
        f"<li id='comment-{i}'><p>{_COMMENT}</p><p>Bạn đọc {i} — 17.07.2011 @ 13:04</p></li>"
        for i in range(30)
    )
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div id='post-1' class='post'>"
        f"<div class='storycontent'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><p>{_P4}</p></div>"
        f"</div><h3>30 bình luận</h3><ol id='commentlist'>{comments}</ol></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3, _P4]


def test_an_article_is_read_rather_than_its_longer_list_of_references() -> None:
    # A wiki's article, then its references, each long and full of commas.
    references = "".join(f"<li>{_REFERENCE.format(i)}</li>" for i in range(4))
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='mw-parser-output'>"
        f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><h2>Tham khảo</h2>"
        f"<div class='reflist'><ol class='references'>{references}</ol></div>"
        "</div></body></html>"
    )
    assert _body(page)[:3] == [_P1, _P2, _P3]


def test_sections_of_one_template_named_as_slots_for_adverts_are_all_read() -> None:
    # A test report cut into sections of one template, each with its subheading and its
    # text, the template's class saying an advert may be set in each: the word names a
    # slot, not a box of adverts, since the winner's own section bears it.
    def section(title: str, text: str) -> str:
        return (
            "<section class='Report__Section Report__Section--Ads'>"
            f"<h2>{title}</h2><div class='cf-t'><p class='Report__Text'>{text}</p></div>"
            "</section>"
        )

    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><article class='Report'>"
        + section("Ra đồng", _P1)
        + section("Được mùa", f"{_P2} {_COMMENT} {_P3}")
        + section("Thuê máy", _P3)
        + "</article></body></html>"
    )
    assert _body(page) == ["Ra đồng", _P1, "Được mùa", f"{_P2} {_COMMENT} {_P3}", "Thuê máy", _P3]


def test_a_post_told_mostly_in_a_list_keeps_the_lines_above_the_list() -> None:
    # An event's post: where and who in short lines, then the agenda, a numbered list
    # holding most of the text.
    items = "".join(f"<li>{text}</li>" for text in (_P1, _P2, _P3, _COMMENT))
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><article class='post'>"
        "<div class='entry-content'><p>Địa điểm: nhà văn hóa thôn Đông, xã Đông Hòa</p>"
        f"<p>Chủ trì: ông Lê Văn A</p><h2>Chương trình</h2><ol>{items}</ol></div>"
        "</article></body></html>"
    )
    assert _body(page) == [
        "Địa điểm: nhà văn hóa thôn Đông, xã Đông Hòa",
        "Chủ trì: ông Lê Văn A",
        "Chương trình",
        _P1,
        _P2,
        _P3,
        _COMMENT,
    ]


def test_a_page_builders_text_boxes_named_widgets_are_read() -> None:
    # A page builder calls every box it lays out a widget; its menu box says what it is
    # by its other words and stays out.
    def box(kind: str, inner: str) -> str:
        return (
            f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
            f"<div class='elementor-widget-container'>{inner}</div></div>"
        )

    menu = "".join(f"<li><a href='/m{i}'>Chuyên mục số {i} của trang</a></li>" for i in range(8))
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='elementor'>"
        + box("nav-menu", f"<ul>{menu}</ul>")
        + box("text-editor", f"<p>{_P1}</p><p>{_P2}</p>")
        + box("text-editor", f"<p>{_P3}</p>")
        + "</div></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3]


def test_a_short_teaser_lifted_by_its_class_alone_gives_way_to_the_article() -> None:
    # The article's box has no telling class; the teasers beside it are each a line in a
    # box the site calls "content".
    teasers = "".join(
        f"<div class='content'><p>Tin khác số {i}: nông dân vui mừng vì được mùa lớn.</p></div>"
        for i in range(4)
    )
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='col'>"
        f"<div class='full_articel'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
        f"</div><div class='more'>{teasers}</div></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3]


def test_the_text_after_a_button_left_open_is_read() -> None:
    # A menu button the page never closes: the parser puts the rest of the page in it.
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><button class='menu-toggle'>Menu"
        f"<div class='article-content'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
        "</body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3]


def test_a_part_streamed_by_server_rendering_into_a_hidden_box_is_read() -> None:
    # React streams the article, ready, into <div hidden id="S:0"> for its script to
    # move in place of a placeholder; a box merely hidden stays out.
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><template id='B:0'></template>"
        f"<div hidden id='S:0'><article><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></article></div>"
        f"<div hidden id='cookie-text'><p>{_COMMENT}</p></div></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3]


def test_sections_of_a_page_builder_numbered_box_by_box_are_all_read() -> None:
    # A page builder sets each text box in a column, in a row, in a section, and numbers
    # every box of them (``et_pb_section et_pb_section_1``): the sections, whose words
    # differ only by those numbers, are one article, however deep the text sits.
    def section(n: int, text: str) -> str:
        return (
            f"<div class='et_pb_section et_pb_section_{n}'>"
            f"<div class='et_pb_row et_pb_row_{n}'>"
            f"<div class='et_pb_column et_pb_column_4_4 et_pb_column_{n}'>"
            f"<div class='et_pb_module et_pb_text et_pb_text_{n}'>"
            f"<div class='et_pb_text_inner'>{text}</div></div></div></div></div>"
        )

    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='et_builder_inner_content'>"
        + section(0, f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>")
        + section(1, f"<h2>Sau vụ gặt</h2><p>{_P4}</p>")
        + "</div></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3, "Sau vụ gặt", _P4]


def test_deep_boxes_of_one_class_not_numbered_by_a_builder_stay_apart() -> None:
    # Far above the text, two boxes of one class that no builder numbered are a page's
    # slots (the article's, the related stories'), not sections of one article.
    def slot(text: str) -> str:
        return (
            "<div class='box-additional'><div class='tabs'><div class='tab'><div class='pane'>"
            f"<div class='panel'><div class='std'>{text}</div></div></div></div></div></div>"
        )

    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='main'>"
        + slot(f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>")
        + slot(f"<p>{_P4}</p>")
        + "</div></body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3]


def test_a_page_builders_rows_each_holding_a_run_of_text_boxes_are_all_read() -> None:
    # Each row of the builder holds several numbered text boxes; the rows are numbered
    # too: the run of boxes around the longest one is one row of the article, not all.
    def row(n: int, *texts: str) -> str:
        boxes = "".join(
            f"<div class='et_pb_module et_pb_blurb et_pb_blurb_{n}{i}'>"
            f"<div class='et_pb_blurb_description'>{t}</div></div>"
            for i, t in enumerate(texts)
        )
        return (
            f"<div class='et_pb_row et_pb_row_{n}'>"
            f"<div class='et_pb_column et_pb_column_{n}'>{boxes}</div></div>"
        )

    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1><div class='et_pb_section et_pb_section_0'>"
        + row(0, f"<p>{_P1}</p>", f"<p>{_P2}</p>")
        + row(1, f"<p>{_P3}</p><p>{_COMMENT}</p>", f"<p>{_P4}</p>")
        + "</div></body></html>"
    )
    # The opening paragraph, alone in the first box, is read as the lead.
    article = read_html(page, url="https://example.org/tin/mua-gat.html")
    assert article.lead == _P1
    assert _body(page) == [_P2, _P3, _COMMENT, _P4]


def test_the_article_in_main_is_read_when_a_menu_left_open_wraps_it() -> None:
    # A menu item never closed makes the parser nest the rest of the page, ``<main>`` and
    # the article in it, inside the menu (and its ``<nav>``): the menu's name and tag do
    # not take the article with them.
    page = (
        "<html><body><header><nav class='main-nav'><ul class='menu'>"
        "<li class='menu-item'><a href='/a'>Thời sự</a>"
        "<li class='menu-item'><a href='/b'>Kinh tế</a><div class='dropdown'>"
        f"<main><h1>Mùa gặt ở Đông Hòa</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></main>"
        "</body></html>"
    )
    assert _body(page) == [_P1, _P2, _P3]


def test_a_short_call_to_action_named_content_gives_way_to_an_article_in_boxes_so_named() -> None:
    # The essay is cut into boxes the site calls "content", a long paragraph each, with
    # few commas; under it, a call to action in a box of that name, short and full of
    # commas, scores more than any one of the essay's boxes by its text.
    sections = [" ".join(p.replace(",", "") for p in (_P1, _P2, _P3, _P4) * 2)]
    sections.append(" ".join(p.replace(",", "") for p in (_P4, _P3, _P2, _P1) * 2))
    essay = "".join(f"<div class='essay-content'><p>{s}</p></div>" for s in sections)
    appeal = (
        "Bạn thích bài này? Hãy ủng hộ chúng tôi, dù ít, dù nhiều, bằng thẻ, bằng chuyển "
        "khoản, bằng ví điện tử, hay đơn giản, chia sẻ bài, giới thiệu bạn bè, người thân, "
        "đồng nghiệp, để tòa soạn, phóng viên, cộng tác viên, tiếp tục viết, tiếp tục đi, "
        "tiếp tục kể những câu chuyện như thế này, mỗi tuần, mỗi tháng, mỗi năm, cho bạn."
    )
    page = (
        "<html><body><h1>Mùa gặt ở Đông Hòa</h1>"
        f"<div class='essay'>{essay}</div>"
        f"<div class='cta-content'><p>{appeal}</p></div></body></html>"
    )
    assert _body(page) == sections
