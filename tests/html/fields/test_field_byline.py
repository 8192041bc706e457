"""The byline's strategies and steps, each alone on a small page."""

from __future__ import annotations

import pytest

from field_pages import PARAGRAPHS, draft_at, page_of, profile
from vn_newsdoc.html import _credits
from vn_newsdoc.html._fields import byline
from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html._page import Page
from vn_newsdoc.html.body import BodyBlock
from vn_newsdoc.model import Author, Byline

_STRATEGIES = {s.name: s for s in byline.CASCADE}
_SOURCES = {s.name: s for s in byline.SOURCES}
_HEAD = "<h1>Mưa lớn ở Quảng Tín</h1>"


def _credit(byline: Byline | None) -> tuple[tuple[str, ...], str | None] | None:
    return None if byline is None else (byline.names, byline.source)


def _find(
    name: str, page: Page, draft: Draft | None = None
) -> tuple[tuple[str, ...], str | None] | None:
    found = _STRATEGIES[name].find(page, draft or Draft())
    return None if found is None else _credit(found.value)


def test_the_cascade_is_tried_in_this_order() -> None:
    assert list(_STRATEGIES) == [
        "byline lines in the body",
        "signature under the body",
        "profile selector",
        "metadata author",
        "forum thread's starter",
        "author box with a job line",
        "author box",
    ]
    assert list(_SOURCES) == [
        "source box from the body on",
        "source beside the headline or an author",
    ]


def test_take_opening_takes_a_labelled_byline_off_the_body() -> None:
    draft = Draft(blocks=[BodyBlock("p", "Von Jane Roe"), BodyBlock("p", "Der Text beginnt.")])
    byline.take_opening(page_of("<body></body>"), draft)
    assert _credit(draft.opening) == (("Jane Roe",), None)
    assert [b.text for b in draft.blocks] == ["Der Text beginnt."]


def test_take_closing_takes_the_closing_lines_off_the_body() -> None:
    draft = Draft(blocks=[BodyBlock("p", "Nội dung bài viết."), BodyBlock("p", "Ngọc Thành")])
    byline.take_closing(page_of("<body></body>"), draft)
    assert _credit(draft.closing) == (("Ngọc Thành",), None)
    assert [b.text for b in draft.blocks] == ["Nội dung bài viết."]


def test_byline_lines_in_the_body_merge_closing_and_opening() -> None:
    draft = Draft(closing=Byline(source="TTXVN"), opening=Byline(authors=(Author("Jane Roe"),)))
    assert _find("byline lines in the body", page_of("<body></body>"), draft) == (
        ("Jane Roe",),
        "TTXVN",
    )


def test_signature_under_the_body() -> None:
    html = f"<body><div class='content'>{PARAGRAPHS}</div><p align='right'>K. Miên</p></body>"
    assert _find("signature under the body", page_of(html)) == (("K. Miên",), None)
    signed = Draft(closing=Byline(authors=(Author("Ngọc Thành"),)))
    assert _find("signature under the body", page_of(html), signed) is None


def test_profile_selector_reads_every_match_as_an_author() -> None:
    html = "<body><a class='tg'>Ngọc Thành</a><a class='tg'>Hoàng Lan</a></body>"
    page = page_of(html, profile=profile(byline=".tg"))
    assert _find("profile selector", page) == (("Ngọc Thành", "Hoàng Lan"), None)


def test_metadata_author_names_its_key() -> None:
    page = page_of("<head><meta name='author' content='Ngọc Thành'></head><body></body>")
    found = _STRATEGIES["metadata author"].find(page, Draft())
    assert found is not None
    assert (_credit(found.value), found.key) == ((("Ngọc Thành",), None), "meta:author")


def test_author_box_near_the_body() -> None:
    html = f"<body><div><span class='author'>Ngọc Thành</span><div class='x'>{PARAGRAPHS}</div>"
    assert _find("author box", page_of(html)) == (("Ngọc Thành",), None)


def test_the_author_box_is_read_only_when_no_candidate_names_an_author() -> None:
    html = (
        "<head><meta name='author' content='Hoàng Lan'></head><body><div>"
        f"{_HEAD}<span class='author'>Ngọc Thành</span>"
        f"<div class='x'>{PARAGRAPHS}</div></div></body>"
    )
    page = page_of(html)
    draft = draft_at(page, "byline")
    assert _credit(draft.byline) == (("Hoàng Lan",), None)
    assert [d.strategy for d in page.decisions if d.field == "authors"] == ["metadata author"]


def test_source_box_from_the_body_on() -> None:
    html = f"<body><div class='x'>{PARAGRAPHS}<p class='source'>Theo TTXVN</p></div></body>"
    page = page_of(html)
    found = _SOURCES["source box from the body on"].find(page, Draft())
    assert found is not None
    assert found.element is not None
    assert (found.value, found.element.get("class")) == ("TTXVN", "source")


def test_source_beside_the_headline() -> None:
    html = f"<body><div>{_HEAD}<span class='nguon'>Theo Tuổi Trẻ</span></div></body>"
    page = page_of(html)
    draft = Draft(headline_el=page.root.find(".//h1"))
    found = _SOURCES["source beside the headline or an author"].find(page, draft)
    assert found is not None
    assert found.element is not None
    assert (found.value, found.element.get("class")) == ("Tuổi Trẻ", "nguon")


def test_decide_takes_authors_from_one_candidate_and_the_source_from_another() -> None:
    html = (
        "<head><meta name='author' content='Hoàng Lan'></head>"
        f"<body>{_HEAD}<div class='content'>{PARAGRAPHS}<p>Theo TTXVN</p></div></body>"
    )
    page = page_of(html)
    draft = draft_at(page, "byline")
    assert _credit(draft.byline) == (("Hoàng Lan",), "TTXVN")
    fields = {d.field: d.strategy for d in page.decisions}
    assert (fields["authors"], fields["source"]) == ("metadata author", "byline lines in the body")


# -- layout classes many sites share --------------------------------------------------
# Each page below is a kind of layout, written by hand; the byline it gives is read off
# the page as a reader would (who wrote it, which organisation it credits).

_BOX_JOB = (
    # Name and job line in one box, set apart by a line break.
    "<div class='author'>Hoàng Lan<br>Phóng viên</div>",
    # A schema.org Person: its name and jobTitle are two properties of one box.
    "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
    "<span itemprop='name'>Hoàng Lan</span><span itemprop='jobTitle'>Biên tập viên</span></div>",
    # An avatar and the name linked to the author's page, the job in a block under it.
    "<div class='box-author'><a href='/tac-gia/hoang-lan'><img src='/a.jpg'></a>"
    "<div><strong>Hoàng Lan</strong><p>Cộng tác viên</p></div></div>",
    # The same in English: the job line is no name, however it is capitalised.
    "<div class='byline'><span>Hoàng Lan</span><span class='role'>Senior Reporter</span></div>",
    # Any title closed by a job noun.
    "<div class='byline'>By <b>Hoàng Lan</b><p>Chief Political Correspondent</p></div>",
)


@pytest.mark.parametrize(
    "box", _BOX_JOB, ids=["br", "itemprop", "avatar-block", "english", "english-title"]
)
def test_author_box_above_the_body_names_the_author_not_the_job(box: str) -> None:
    html = f"<body><article>{_HEAD}{box}<div class='content'>{PARAGRAPHS}</div></article></body>"
    page = page_of(html)
    assert _find("author box with a job line", page) == (("Hoàng Lan",), None)
    draft = draft_at(page, "byline")
    assert _credit(draft.byline) == (("Hoàng Lan",), None)
    assert [d.strategy for d in page.decisions if d.field == "authors"] == [
        "author box with a job line"
    ]


def test_author_box_in_a_side_column() -> None:
    html = (
        "<body><div class='row'><div class='col-left'><div class='author-box'>"
        "<a href='/author/hoang-lan'><img src='/a.jpg'></a><a href='/author/hoang-lan'>"
        "Hoàng Lan</a><div class='desc'>Biên tập viên</div></div></div>"
        f"<div class='col-main'>{_HEAD}<div class='content'>{PARAGRAPHS}</div></div></div></body>"
    )
    assert _credit(draft_at(page_of(html), "byline").byline) == (("Hoàng Lan",), None)


def test_a_job_after_a_comma_in_the_author_box_is_no_name() -> None:
    html = (
        f"<body><article>{_HEAD}<div class='byline'><a rel='author' href='/author/jane-doe'>"
        f"Jane Doe, Reporter</a></div><div class='content'>{PARAGRAPHS}</div></article></body>"
    )
    assert _find("author box", page_of(html)) == (("Jane Doe",), None)


def test_an_author_box_of_two_names_on_two_lines_keeps_both() -> None:
    # No job line: the box is read whole, as before, by the plain author box.
    html = (
        f"<body><article>{_HEAD}<div class='author'>Hoàng Lan<br>Minh Anh</div>"
        f"<div class='content'>{PARAGRAPHS}</div></article></body>"
    )
    page = page_of(html)
    assert _find("author box with a job line", page) is None


_PORTAL_CLOSINGS = (
    # A bold, right-aligned line of two names after the last paragraph, in the text's box.
    (
        "<div class='content'>{p}<p style='text-align: right;'><strong>Minh Anh - Hoàng Hiếu"
        "</strong></p></div>",
        (("Minh Anh", "Hoàng Hiếu"), None),
    ),
    # The same under the text's box, in capitals, with the portal's source line under it.
    (
        "<div class='content'>{p}</div><p align='right'><b>MINH ANH - HOÀNG HIẾU</b></p>"
        "<p><strong>Nguồn: Cổng TTĐT tỉnh Quảng Tín</strong></p>",
        (("MINH ANH", "HOÀNG HIẾU"), "Cổng TTĐT tỉnh Quảng Tín"),
    ),
    # Names and source in one paragraph, a line break between them.
    (
        "<div class='content'>{p}<p style='text-align:right'><strong>Minh Anh - Hoàng Hiếu"
        "</strong><br><em>Nguồn : Cổng Thông tin điện tử tỉnh Quảng Tín</em></p></div>",
        (("Minh Anh", "Hoàng Hiếu"), "Cổng Thông tin điện tử tỉnh Quảng Tín"),
    ),
    # The two names joined by a bare hyphen.
    (
        "<div class='content'>{p}<p style='text-align: right;'><strong>Minh Anh-Hoàng Hiếu"
        "</strong></p></div>",
        (("Minh Anh", "Hoàng Hiếu"), None),
    ),
    # A portal's name as its source, kept as written.
    ("<div class='content'>{p}<p><strong>Theo Chinhphu.vn</strong></p></div>", ((), "Chinhphu.vn")),
)


@pytest.mark.parametrize(("layout", "expected"), _PORTAL_CLOSINGS)
def test_government_portal_closing_lines(
    layout: str, expected: tuple[tuple[str, ...], str | None]
) -> None:
    page = page_of(f"<body>{_HEAD}{layout.format(p=PARAGRAPHS)}</body>")
    draft = draft_at(page, "byline", "body")
    assert _credit(draft.byline) == expected
    assert [b.text for b in draft.blocks if b.kind == "p"] == [
        "Cơn mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường ngập sâu, người dân phải di "
        "chuyển tài sản lên cao.",
        "Chính quyền xã đã huy động lực lượng hỗ trợ người dân trong buổi sáng, chưa có thiệt "
        "hại về người.",
    ]


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        # Two outlets on two lines: the line nearest the text names the article's origin.
        (("Theo TTXVN", "Nguồn: Báo Quảng Ninh"), "TTXVN"),
        # A photo credit under the source line credits the pictures, not the article.
        (("Theo TTXVN", "Nguồn ảnh: Reuters"), "TTXVN"),
        (("Minh Anh", "Theo TTXVN", "Nguồn: Báo Quảng Ninh"), "TTXVN"),
    ],
)
def test_closing_lines_credit_one_source(closing: tuple[str, ...], source: str) -> None:
    lines = "".join(f"<p>{line}</p>" for line in closing)
    page = page_of(f"<body>{_HEAD}<div class='content'>{PARAGRAPHS}{lines}</div></body>")
    draft = draft_at(page, "byline", "body")
    assert draft.byline is not None
    assert draft.byline.source == source
    assert len([b for b in draft.blocks if b.kind == "p"]) == 2  # every credit line left


def test_the_forum_threads_starter_writes_its_first_post() -> None:
    html = (
        "<body><div class='titleBar'><h1>[Vui vẻ] Chuyện giữa 2 người trên Facebook</h1>"
        "<p id='pageDescription'>Thảo luận trong '<a href='/f/'>Dịch vụ trực tuyến</a>' bắt "
        "đầu bởi <a class='username' href='/m/1/'>cuLong</a>, <span>14/12/12</span></p></div>"
        f"<ol><li class='message'><blockquote class='messageText'>{PARAGRAPHS}</blockquote>"
        "</li></ol></body>"
    )
    page = page_of(html)
    draft = Draft(headline_el=page.root.find(".//h1"))
    found = _STRATEGIES["forum thread's starter"].find(page, draft)
    assert found is not None
    assert found.value == Byline(authors=(Author("cuLong"),))
    # A line that names no starter gives none.
    plain = html.replace("bắt đầu bởi", "gửi lên")
    page = page_of(plain)
    draft = Draft(headline_el=page.root.find(".//h1"))
    assert _STRATEGIES["forum thread's starter"].find(page, draft) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "BẮT ĐẦU BỞI",  # capitals
        "bắt  đầu\n bởi",  # white space that cleaning folds
        "bắt đầu b\u200bởi",  # a zero-width space that cleaning drops
        "bắt đầu bo\u031b\u0309i",  # "ở" written as o, horn and hook above
        "bắt đầu bỏ\u031bi",  # "ở" written as "ỏ" and a horn
        "Started\tBy",
        "started b\u00ady",  # a soft hyphen
        "bắt đầu<b>bởi</b>",  # in two elements, joined by a space when read
        "started<i>by</i>",
    ],
)
def test_the_forum_threads_starter_is_found_however_the_phrase_is_written(phrase: str) -> None:
    # The blocks after the headline are looked at before they are cleaned: each way of
    # writing the phrase that cleaning makes whole must still be found.
    html = (
        "<body><div><h1>Chuyện giữa 2 người trên Facebook</h1>"
        f"<p>Thảo luận trong 'Dịch vụ' {phrase} <a>cuLong</a>, 14/12/12</p></div></body>"
    )
    page = page_of(html)
    draft = Draft(headline_el=page.root.find(".//h1"))
    found = _STRATEGIES["forum thread's starter"].find(page, draft)
    assert found is not None
    assert found.value == Byline(authors=(Author("cuLong"),))


@pytest.mark.parametrize(
    ("cls", "ident"),
    [
        ("SOURCE", None),
        ("box nguon-tin", None),
        (None, "NGUON"),
        ("a", "x_Source"),
        ("ſource", None),
    ],
)
def test_every_class_or_id_that_names_a_source_passes_the_look_before_the_survey(
    cls: str | None, ident: str | None
) -> None:
    # Without a survey, the source strategies run only where some class or id may name a
    # source: every one that the source boxes' own test accepts must pass that look.
    assert _credits._names_a_source(cls, ident)
    attributes = "".join(f' {k}="{v}"' for k, v in (("class", cls), ("id", ident)) if v)
    page = page_of(f"<body><div class='content'><p{attributes}>Theo TTXVN</p></div></body>")
    assert "survey" not in vars(page)
    assert byline._sources_possible(page)


def test_a_page_no_class_of_which_names_a_source_is_not_surveyed_for_one() -> None:
    html = f"<body><div class='content'>{PARAGRAPHS}<p class='note'>Theo TTXVN</p></div></body>"
    signed = Byline(authors=(Author("Hoàng Lan"),))  # closing lines naming no source
    page = page_of(html)
    byline.decide(page, draft := Draft(closing=signed))
    assert (draft.byline, "survey" in vars(page)) == (signed, False)
    with_box = page_of(html.replace("'note'", "'nguon'"))
    byline.decide(with_box, draft := Draft(closing=signed))
    assert draft.byline == Byline(authors=signed.authors, source="TTXVN")
