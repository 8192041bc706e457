"""The body's strategies and steps, each alone on a small page."""

from __future__ import annotations

import pytest

from field_pages import PARAGRAPHS, draft_at, page_of, profile
from vn_newsdoc.errors import MissingFieldError
from vn_newsdoc.html._fields import body
from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html.body import BodyBlock
from vn_newsdoc.model import Heading, Paragraph

_STRATEGIES = {s.name: s for s in body.CONTAINERS}
_HEAD = "<h1>Mưa lớn ở Quảng Tín</h1>"


def test_the_containers_cascade_is_tried_in_this_order() -> None:
    assert list(_STRATEGIES) == ["profile selector", "content scoring"]


def test_profile_selector_takes_the_profiles_body() -> None:
    html = f"<body><div class='noi-dung'><p>Ngắn.</p></div><div class='x'>{PARAGRAPHS}</div>"
    page = page_of(html, profile=profile(body=".noi-dung"))
    found = _STRATEGIES["profile selector"].find(page, Draft())
    assert found is not None
    assert [el.get("class") for el in found.value] == ["noi-dung"]


def test_content_scoring_finds_the_text() -> None:
    html = f"<body><div class='menu'><a href='/'>Trang chủ</a></div><div class='x'>{PARAGRAPHS}"
    found = _STRATEGIES["content scoring"].find(page_of(html), Draft())
    assert found is not None
    assert [el.get("class") for el in found.value] == ["x"]


def test_the_page_finds_its_containers_once_and_records_how() -> None:
    page = page_of(f"<body><div class='x'>{PARAGRAPHS}</div></body>")
    assert page.containers is page.containers
    assert [(d.field, d.strategy) for d in page.decisions] == [("body", "content scoring")]


def test_read_leaves_out_the_headline_lead_datelines_and_profile_drops() -> None:
    html = (
        f"<body><div class='content'>{_HEAD}<p class='sapo'>Nông dân xã Đông Hòa gặt lúa "
        "sớm vì lo mưa bão kéo dài.</p>"
        f"{PARAGRAPHS}<div class='lien-quan'><p>Tin liên quan ở đây.</p></div></div></body>"
    )
    page = page_of(html, profile=profile(body=".content", drop=".lien-quan"))
    draft = draft_at(page, "body blocks")
    assert [b.text[:9] for b in draft.blocks] == ["Cơn mưa l", "Chính quy"]


def test_drop_repeats_leaves_out_the_headline_repeated_on_top() -> None:
    html = f"<body>{_HEAD}<div class='content'><p>Mưa lớn ở Quảng Tín</p>{PARAGRAPHS}</div>"
    draft = draft_at(page_of(html), "headline or lead repeated atop the body")
    assert [b.text[:9] for b in draft.blocks] == ["Cơn mưa l", "Chính quy"]


def test_drop_repeats_keeps_a_repeat_that_is_the_whole_text() -> None:
    draft = Draft(headline="Mưa lớn ở Quảng Tín", blocks=[BodyBlock("p", "Mưa lớn ở Quảng Tín")])
    body.drop_repeats(page_of("<body></body>"), draft)
    assert [b.text for b in draft.blocks] == ["Mưa lớn ở Quảng Tín"]


def test_drop_date_lines() -> None:
    draft = Draft(blocks=[BodyBlock("p", "Thứ tư, 7/8/2019"), BodyBlock("p", "Nội dung bài.")])
    body.drop_date_lines(page_of("<body></body>"), draft)
    assert [b.text for b in draft.blocks] == ["Nội dung bài."]


def test_decide_makes_subheadings_of_short_bold_lines_between_paragraphs() -> None:
    blocks = [
        BodyBlock("p", "Đoạn một của bài."),
        BodyBlock("p", "Cứu hộ trong đêm", bold=1.0),
        BodyBlock("p", "Đoạn hai của bài."),
        BodyBlock("p", "Dòng in đậm cuối", bold=1.0),
    ]
    draft = Draft(blocks=blocks)
    body.decide(page_of("<body></body>"), draft)
    assert [type(b) for b in draft.body] == [Paragraph, Heading, Paragraph, Paragraph]


def test_decide_reports_a_body_without_text() -> None:
    with pytest.raises(MissingFieldError, match="body"):
        body.decide(page_of("<body></body>", strict=True), Draft())


@pytest.mark.parametrize(
    ("text", "bold", "expected"),
    [
        ("Cứu hộ trong đêm", 1.0, True),
        ("Cứu hộ trong đêm.", 1.0, False),  # ends a sentence
        ("Cứu hộ trong đêm", 0.9, False),  # not bold throughout
        ("Cứu hộ " * 20, 1.0, False),  # too long
    ],
)
def test_is_subheading(text: str, bold: float, expected: bool) -> None:
    assert body.is_subheading(BodyBlock("p", text.strip(), bold=bold)) is expected


def test_the_survey_is_made_only_when_a_generic_rule_needs_it() -> None:
    html = (
        "<body><h1 class='td'>Mưa lớn gây ngập ở Quảng Tín</h1>"
        "<p class='sp'>Nông dân xã Đông Hòa gặt lúa sớm vì lo mưa bão kéo dài.</p>"
        "<em class='ng'>7/8/2019 15:43</em>"
        f"<div class='nd'>{PARAGRAPHS}<p>Ngọc Thành - TTXVN</p></div></body>"
    )
    chosen = profile(headline=".td", lead=".sp", dateline=".ng", body=".nd")
    page = page_of(html, profile=chosen)
    draft_at(page, "people")
    assert "survey" not in vars(page)
    generic = page_of(html)
    draft_at(generic, "people")
    assert "survey" in vars(generic)
