"""The byline's strategies and steps, each alone on a small page."""

from __future__ import annotations

from field_pages import PARAGRAPHS, draft_at, page_of, profile
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
