"""A location stamp in front of the lead or the body's first paragraph (``HÀ NỘI``,
``TP HCM``, ``ĐÀ NẴNG -``) stays where the page prints it, set apart from the first word."""

from __future__ import annotations

import pytest

from field_pages import PARAGRAPHS, draft_at, page_of
from vn_newsdoc.html._stamps import is_location_stamp

_HEAD = "<h1>Mưa lớn ở Quảng Tín</h1>"
_SENTENCE = "Hôm nay trời mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường ngập sâu."


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("HÀ NỘI", True),
        ("TP HCM", True),
        ("TP.HCM -", True),
        ("ĐÀ NẴNG –", True),
        ("(VOV) - HÀ NỘI:", True),
        ("H", False),  # a drop capital is a letter of the first word
        ("Hà Nội", False),
        ("2024", False),
        ("HÀ NỘI HÔM NAY TRỜI MƯA LỚN KÉO DÀI SUỐT ĐÊM", False),  # a line in capitals
    ],
)
def test_what_a_location_stamp_is(text: str, stamp: bool) -> None:
    assert is_location_stamp(text) is stamp


@pytest.mark.parametrize(
    ("stamp", "lead"),
    [
        ("<strong>TP HCM</strong>", "TP HCM Hôm nay"),
        ("<b>ĐÀ NẴNG -</b>", "ĐÀ NẴNG - Hôm nay"),
        ("<span><strong>HÀ NỘI</strong></span>", "HÀ NỘI Hôm nay"),
        ("<strong>(VOV) - HÀ NỘI:</strong>", "HÀ NỘI: Hôm nay"),  # the outlet tag leaves
    ],
)
def test_a_stamp_in_front_of_the_lead_stays_apart_from_its_first_word(
    stamp: str, lead: str
) -> None:
    html = f"<body>{_HEAD}<div class='sapo'>{stamp}{_SENTENCE}</div><div>{PARAGRAPHS}</div>"
    draft = draft_at(page_of(html), "outlet tag in front of the lead")
    assert draft.lead is not None
    assert draft.lead.startswith(lead)


def test_a_stamp_in_front_of_the_bodys_first_paragraph() -> None:
    html = f"<body>{_HEAD}<div class='content'><p><strong>HÀ NỘI</strong>{_SENTENCE}</p>"
    draft = draft_at(page_of(html + PARAGRAPHS + "</div>"), "body blocks")
    assert draft.blocks[0].text.startswith("HÀ NỘI Hôm nay trời mưa")


def test_a_drop_capital_stays_in_its_word() -> None:
    html = f"<body>{_HEAD}<div class='content'><p><span class='dc'>H</span>ôm nay trời mưa.</p>"
    draft = draft_at(page_of(html + PARAGRAPHS + "</div>"), "body blocks")
    assert draft.blocks[0].text == "Hôm nay trời mưa."


def test_capitals_inside_a_word_are_not_a_stamp() -> None:
    html = f"<body>{_HEAD}<div class='content'><p><b>VN</b>Express đưa tin mưa lớn.</p>"
    draft = draft_at(page_of(html + PARAGRAPHS + "</div>"), "body blocks")
    assert draft.blocks[0].text == "VNExpress đưa tin mưa lớn."
