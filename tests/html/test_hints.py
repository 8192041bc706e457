"""The one table of class and id hints: each hint finds what it is named for."""

from __future__ import annotations

import re

import pytest

from vn_newsdoc.html import _hints as hints

# (hint, class or id as pages write it, whether the hint finds it), each checked by hand
# against what the class says on the page.
_CASES = [
    ("TITLE_CLASS", "title-detail", True),
    ("TITLE_CLASS", "tieude", True),
    ("NOT_TITLE_CLASS", "box-category-title", True),
    ("LEAD_CLASS", "sapo_detail", True),
    ("LEAD_CLASS", "article-lead", True),
    ("LEAD_CLASS", "leader-board", False),
    ("DATE_CLASS", "date-time", True),
    ("AUTHOR_CLASS", "author-name", True),
    ("AUTHOR_CLASS", "tac-gia", True),
    ("UPDATE_CLASS", "cap-nhat", True),
    ("UPDATE_CLASS", "published", False),
    ("CONTENT_CLASS", "fck_detail", True),
    ("CONTENT_CLASS", "sidebar", False),
    ("NOT_CONTENT_CLASS", "box-tinlienquan", True),
    ("NOISE_FRAGMENTS", "box_tinlienquanv2", True),
    ("NOISE_FRAGMENTS", "about-the-author", True),
    ("NOISE_FRAGMENTS", "entryfooter", True),
    ("NOISE_FRAGMENTS", "authority-note", False),
    ("TAXONOMY_CLASS", "tag-bong-da", True),
    ("TAXONOMY_CLASS", "tag-list", False),
    ("DATE_LINE_CLASS", "thoigian", True),
    ("QUOTE_CLASS", "trich-dan", True),
    ("QUOTE_CLASS", "unquoted", False),
    ("CAPTION_CLASS", "PhotoCMS_Caption", True),
    ("CAPTION_CLASS", "chu-thich-anh", True),
    ("CAPTION_CLASS", "img_chu_thich_1", True),
    ("FIGURE_CLASS", "tplCaption", True),
    ("AVATAR_CLASS", "author-avatar", True),
    ("SOURCE_CLASS", "nguon-tin", True),
    ("OTHER_ARTICLES_CLASS", "box-tin-moi", True),
    ("OTHER_ARTICLES_CLASS", "widget_events", True),
    ("OTHER_ARTICLES_CLASS", "mvp-author-info-wrap left relative", False),
    ("OTHER_ARTICLES_CLASS", "entry-meta", False),
    ("SOURCE_CLASS", "resource", False),
    ("AFTER_BODY_STOP_CLASS", "binh-luan", True),
    ("BELOW_ARTICLE_CLASS", "comment first", True),
    ("BELOW_ARTICLE_CLASS", "entry-footer", True),
    ("BELOW_ARTICLE_CLASS", "l-sidebar-fixed l-segment", False),
    ("BELOW_ARTICLE_CLASS", "relative", False),
    ("BELOW_ARTICLE_CLASS", "mw-references-wrap", True),
    ("BELOW_ARTICLE_CLASS", "footnotes", True),
    ("BELOW_ARTICLE_CLASS", "preferences", False),
    ("PAGE_BUILDER_BOX", "elementor-widget-container", True),
    ("PAGE_BUILDER_BOX", "elementor-element elementor-widget", True),
    ("PAGE_BUILDER_BOX", "sidebar-widget", False),
    ("NOT_CONTENT_CLASS", "elementor-widget-text-editor", False),
    ("NOT_CONTENT_CLASS", "elementor-widget-nav-menu", True),
    ("NOT_CONTENT_CLASS", "widget_recent_entries", True),
    ("ELSEWHERE_CLASS", "box-news", True),
    ("AUTHOR_HREF", "https://tin.example/tac-gia/minh-anh/", True),
    ("AUTHOR_HREF", "https://tin.example/authority/", False),
]


@pytest.mark.parametrize(("name", "value", "found"), _CASES)
def test_each_hint_finds_what_it_is_named_for(name: str, value: str, found: bool) -> None:
    pattern = getattr(hints, name)
    assert isinstance(pattern, re.Pattern)
    assert bool(pattern.search(value)) is found


def test_every_pattern_hint_is_tried_here() -> None:
    patterns = {n for n in hints.__all__ if isinstance(getattr(hints, n), re.Pattern)}
    # ANY_FIELD_CLASS is held to the four field hints by test_survey_hints.py; every
    # other pattern has a case above.
    assert patterns - {name for name, _, _ in _CASES} == {"ANY_FIELD_CLASS"}


def test_the_noise_words_are_whole_lower_case_words() -> None:
    assert "tinlienquan" in hints.NOISE_WORDS
    assert all(w == w.lower() and re.fullmatch(r"[^\W_]+", w) for w in hints.NOISE_WORDS)
    assert all(w == w.lower() for w in hints.CAPTION_WORDS)
    assert all(w == w.lower() for w in hints.TEASER_WORDS)
    # Word sets are matched against class words split on "-", "_" and case changes.
    for words in (hints.CAPTION_AFTER_PICTURE_WORDS, hints.CREDIT_CLASS_WORDS):
        assert all(re.fullmatch(r"[a-z]+", w) for w in words)
    assert "credit" in hints.CREDIT_CLASS_WORDS
    assert "legend" in hints.CAPTION_AFTER_PICTURE_WORDS
