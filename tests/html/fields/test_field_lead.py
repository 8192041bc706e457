"""The lead's strategies and the steps that revise it, each alone on a small page."""

from __future__ import annotations

from field_pages import PARAGRAPHS, draft_at, page_of, profile
from vn_newsdoc.html._fields import lead
from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html._page import Page

_STRATEGIES = {s.name: s for s in lead.CASCADE}
_SAPO = "Nông dân xã Đông Hòa gặt lúa sớm một tuần vì lo mưa bão kéo dài."


def _find(name: str, page: Page) -> tuple[str | None, str | None] | None:
    draft = Draft()
    draft.headline_el = page.root.find(".//h1")
    found = _STRATEGIES[name].find(page, draft)
    if found is None:
        return None
    assert found.element is not None
    return found.value, found.element.get("class")


def test_the_cascade_is_tried_in_this_order() -> None:
    assert [s.name for s in lead.CASCADE] == [
        "profile selector",
        "lead class, or h2/bold line under the headline",
        "block the description repeats",
        "block between headline and body",
    ]


def test_profile_selector() -> None:
    html = f"<body><h1>Mùa gặt lúa sớm</h1><p class='mo-dau'>{_SAPO}</p></body>"
    page = page_of(html, profile=profile(lead=".mo-dau"))
    assert _find("profile selector", page) == (_SAPO, "mo-dau")
    assert _find("profile selector", page_of(html)) is None


def test_lead_class_under_the_headline() -> None:
    html = (
        f"<body><h1>Mùa gặt lúa sớm</h1><p class='sapo'>{_SAPO}</p><div>{PARAGRAPHS}</div></body>"
    )
    assert _find("lead class, or h2/bold line under the headline", page_of(html)) == (
        _SAPO,
        "sapo",
    )


def test_lead_class_holding_a_date_line_is_not_the_lead() -> None:
    html = (
        "<body><h1>Mùa gặt lúa sớm</h1><p class='sapo'>Thứ tư, 7/8/2019, 15:43 (GMT+7)</p></body>"
    )
    assert _find("lead class, or h2/bold line under the headline", page_of(html)) is None


def test_block_the_description_repeats() -> None:
    html = (
        f"<head><meta name='description' content='{_SAPO[:50]}…'></head>"
        f"<body><h1>Mùa gặt lúa sớm</h1><p class='x'>{_SAPO}</p><div class='content'>{PARAGRAPHS}"
        "</div></body>"
    )
    assert _find("block the description repeats", page_of(html)) == (_SAPO, "x")


def test_block_between_headline_and_body() -> None:
    long_lead = _SAPO + " Nhiều hộ thuê thêm máy gặt để kịp thu hoạch trước cuối tuần."
    html = (
        f"<body><h1>Mùa gặt lúa sớm</h1><div class='y'>{long_lead}</div>"
        f"<div class='content'>{PARAGRAPHS}{PARAGRAPHS}</div></body>"
    )
    assert _find("block between headline and body", page_of(html)) == (long_lead, "y")


def test_without_a_headline_element_position_gives_no_lead() -> None:
    page = page_of(f"<body><div class='y'>{_SAPO}</div><div>{PARAGRAPHS}</div></body>")
    assert _STRATEGIES["block between headline and body"].find(page, Draft()) is None
    assert _STRATEGIES["block the description repeats"].find(page, Draft()) is None


def test_an_opening_paragraph_set_apart_becomes_the_lead() -> None:
    html = (
        "<body><h1>Mùa gặt lúa sớm</h1>"
        f"<div class='content'><p><b>{_SAPO}</b></p>{PARAGRAPHS}</div>"
    )
    page = page_of(html)
    draft = draft_at(page, "lead from or continued in the body")
    assert draft.lead == _SAPO
    assert all(b.text != _SAPO for b in draft.blocks)
    assert page.decisions[-1].strategy == "opening paragraph set apart"


def test_a_lead_cut_mid_sentence_goes_on_in_the_body() -> None:
    html = (
        "<body><h1>Mùa gặt lúa sớm</h1><p class='sapo'>Nông dân xã Đông Hòa gặt lúa sớm một tuần vì"
        f"</p><div class='content'><p><i>lo mưa bão kéo dài.</i></p>{PARAGRAPHS}</div></body>"
    )
    draft = draft_at(page_of(html), "lead from or continued in the body")
    assert draft.lead == _SAPO


def test_the_outlet_tag_leaves_the_lead() -> None:
    html = (
        f"<body><h1>Mùa gặt lúa sớm</h1><p class='sapo'>(BM) - {_SAPO}</p><div>{PARAGRAPHS}</div>"
    )
    draft = draft_at(page_of(html), "outlet tag in front of the lead")
    assert (draft.outlet, draft.lead) == ("BM", _SAPO)


def test_the_description_is_the_lead_of_a_page_without_body_text() -> None:
    html = (
        f"<head><meta property='og:description' content='(BM) - {_SAPO}'></head>"
        "<body><h1>Mùa gặt lúa sớm</h1></body>"
    )
    page = page_of(html)
    draft = draft_at(page, "lead from the metadata where the body has no text")
    assert (draft.outlet, draft.lead) == ("BM", _SAPO)
    assert page.decisions[-1].key == "og:description"


def test_the_description_is_not_the_lead_of_a_page_with_body_text() -> None:
    html = (
        f"<head><meta property='og:description' content='{_SAPO}'></head>"
        f"<body><h1>Mùa gặt lúa sớm</h1><div class='content'>{PARAGRAPHS}</div></body>"
    )
    draft = draft_at(page_of(html), "lead from the metadata where the body has no text")
    assert draft.lead is None


def test_lead_text_leaves_out_read_more_links() -> None:
    page = page_of(f"<body><div class='sapo'>{_SAPO}<br><a href='/x'>Xem thêm</a></div></body>")
    el = page.root.find(".//div")
    assert el is not None
    assert lead.lead_text(el) == _SAPO


def test_a_photos_caption_classed_as_a_description_is_no_lead() -> None:
    # A template's lead picture between headline and body: its caption's itemprop says
    # "description", its figure's class "lead-figure"; it is the picture's caption.
    html = (
        "<body><article><h1>Mùa gặt lúa sớm</h1><div class='article-body'>"
        "<figure class='figure lead-figure'><img src='/a.jpg'><figcaption>"
        f"<p class='caption' itemprop='description caption'>{_SAPO}</p></figcaption></figure>"
        f"<div class='article-text'>{PARAGRAPHS}</div></div></article></body>"
    )
    assert _find("lead class, or h2/bold line under the headline", page_of(html)) is None
    # A paragraph named for a description outside a picture's box is the lead.
    html = (
        f"<body><article><h1>Mùa gặt lúa sớm</h1><p itemprop='description'>{_SAPO}</p>"
        f"<div class='article-text'>{PARAGRAPHS}</div></article></body>"
    )
    assert _find("lead class, or h2/bold line under the headline", page_of(html)) == (
        _SAPO,
        None,
    )


def test_a_themes_english_placeholder_is_no_lead_of_a_vietnamese_article() -> None:
    placeholder = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod."
    html = (
        f"<body><h1>Mùa gặt lúa sớm</h1><p class='excerpt'>{placeholder}</p>"
        f"<div class='content'>{PARAGRAPHS}</div></body>"
    )
    page = page_of(html)
    draft = Draft(headline="Mùa gặt lúa sớm", headline_el=page.root.find(".//h1"))
    assert _STRATEGIES["lead class, or h2/bold line under the headline"].find(page, draft) is None
    # The same excerpt under an English headline is that page's lead.
    draft = Draft(headline="Early harvest", headline_el=page.root.find(".//h1"))
    found = _STRATEGIES["lead class, or h2/bold line under the headline"].find(page, draft)
    assert found is not None
    assert found.value == placeholder
