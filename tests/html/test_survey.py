"""The page survey: the same elements whatever the page-to-page memory of hints holds, and
the head-first element lookups that stand for ``root.iter(tag)``."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml.etree import _Element
from lxml.html import Element, document_fromstring

from vn_newsdoc.html import _survey
from vn_newsdoc.html._elements import element_text, iter_tag, short_text
from vn_newsdoc.html._page import Page
from vn_newsdoc.html._survey import Survey
from vn_newsdoc.html.metadata import PageMetadata

_PAGE = """<html><head><title>Mưa lớn - Báo Mẫu</title>
<meta property="og:url" content="https://baomau.vn/mua-lon.html"></head><body>
<div class="header"><a href="/">Báo Mẫu</a></div>
<h1 class="detail-title">Mưa lớn gây ngập ở Quảng Tín</h1>
<span class="date-time">Thứ tư, 7/8/2019, 15:43</span><time>15:43</time>
<p class="sapo">Cơn mưa kéo dài từ 1h sáng làm nhiều tuyến đường ngập sâu.</p>
<div id="main-content" class="content"><p>Người dân phải di chuyển tài sản lên cao.</p>
<p class="author" itemprop="author">Ngô Tấm</p><p class="nguon-tin">Theo Báo Mẫu</p>
<a href="/tac-gia/ngo-tam/">Ngô Tấm</a><a rel="author" href="/x">Ngô Tấm</a>
<span data-role="publish-date">7/8/2019</span><div class="Source">TTXVN</div></div>
<div class="box-related"><h2 class="title">Tin khác</h2></div></body></html>"""


def _lists(survey: Survey) -> tuple[list[_Element], ...]:
    return survey.titles, survey.leads, survey.dates, survey.authors, survey.sources


def test_the_survey_finds_the_marked_elements() -> None:
    root = document_fromstring(_PAGE)
    survey = Survey(root)
    titles, leads, dates, authors, sources = _lists(survey)
    assert [el.tag for el in titles] == ["h1", "h2"]  # candidates: "title" in its class
    assert [el.get("class") for el in leads] == ["sapo"]
    assert [el.text for el in dates] == ["Thứ tư, 7/8/2019, 15:43", "15:43", "7/8/2019"]
    assert [el.text for el in authors] == ["Ngô Tấm"] * 3
    assert [el.get("class") for el in sources] == ["nguon-tin", "Source"]
    assert list(survey.order) == list(root.iter())
    assert list(survey.order.values()) == list(range(len(survey.order)))


def test_a_source_box_is_named_by_its_own_class_or_id() -> None:
    # "Nguon" counts in a class only; "source" in an itemprop names no source box.
    root = document_fromstring(
        "<div class='x Nguon'>a</div><div class='x' id='Nguon y'>b</div>"
        "<div itemprop='source'>c</div><div id='nguon'>d</div><p class='resource'>e</p>"
    )
    assert [el.text for el in Survey(root).sources] == ["a", "d", "e"]


def test_the_memory_of_hints_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    root = document_fromstring(_PAGE)
    _survey._KNOWN_HINTS.clear()
    _survey._KNOWN_CLASSES.clear()
    cold = Survey(root)
    warm = Survey(root)
    assert _lists(cold) == _lists(warm)
    assert cold.order == warm.order
    # Past its bound the older half is forgotten before the next page: the memory never
    # grows further than the bound and one page's hints, and reads the same.
    monkeypatch.setattr(_survey, "_KNOWN_HINTS_MAX", 4)
    _survey._KNOWN_HINTS.clear()
    _survey._KNOWN_HINTS.update({f"other page {i}": _survey._NO_HINT for i in range(5)})
    again = Survey(root)
    assert _lists(again) == _lists(cold)
    kept = [hint for hint in _survey._KNOWN_HINTS if hint.startswith("other page")]
    assert kept == ["other page 3", "other page 4"]  # the newer two of five
    assert len(_survey._KNOWN_HINTS) <= len(kept) + len(list(root.iter()))
    # The classes of elements with a class alone are kept and forgotten the same way.
    _survey._KNOWN_CLASSES.clear()
    _survey._KNOWN_CLASSES.update({f"other {i}": _survey._NO_HINT for i in range(5)})
    assert _lists(Survey(root)) == _lists(cold)
    kept = [cls for cls in _survey._KNOWN_CLASSES if cls.startswith("other")]
    assert kept == ["other 3", "other 4"]
    assert "sapo" in _survey._KNOWN_CLASSES
    # A hint too long to keep is still read, for its page alone.
    monkeypatch.setattr(_survey, "_KNOWN_HINT_LEN", 5)
    _survey._KNOWN_HINTS.clear()
    _survey._KNOWN_CLASSES.clear()
    assert _lists(Survey(root)) == _lists(cold)
    assert all(len(hint) <= _survey._KNOWN_HINT_LEN for hint in _survey._KNOWN_HINTS)
    assert all(len(cls) < _survey._KNOWN_HINT_LEN for cls in _survey._KNOWN_CLASSES)


def test_the_words_of_long_hints_are_kept_within_the_same_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A post's classes (its id, categories and tags) are too long to keep whole: their
    # words are kept, and forgotten past the bound as the hints are.
    monkeypatch.setattr(_survey, "_KNOWN_HINTS_MAX", 4)
    classes = " ".join(f"post-{i}" for i in range(30)) + " entry-title"
    assert len(classes) > _survey._KNOWN_HINT_LEN
    root = document_fromstring(f"<h2 class='{classes}'>Tin</h2><p>x</p>")
    _survey._KNOWN_WORDS.clear()
    _survey._KNOWN_WORDS.update({f"old {i}": 0 for i in range(5)})
    first = _lists(Survey(root))
    assert first[0] == [root.find(".//h2")]  # a title by its "entry-title"
    assert [w for w in _survey._KNOWN_WORDS if w.startswith("old")] == ["old 3", "old 4"]
    assert "post-29" in _survey._KNOWN_WORDS
    assert _lists(Survey(root)) == first  # the next page: the older half forgotten first
    assert len(_survey._KNOWN_WORDS) <= 4 // 2 + len(classes.split())


@pytest.mark.parametrize("tag", ["title", "meta", "a", "p", "html", "body", "nothing"])
def test_iter_tag_yields_what_lxml_yields(tag: str) -> None:
    root = document_fromstring(_PAGE + "<title>Thứ hai</title>")
    assert list(iter_tag(root, tag)) == list(root.iter(tag))
    assert list(iter_tag(root, tag, self_too=False)) == list(root.iterdescendants(tag))


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("<title>Một</title><p>x</p><title>Hai</title>", "Một"),
        ("<p>x</p><title>Trong thân</title>", "Trong thân"),
        ("<title></title><p>x</p>", ""),
        ("<p>x</p>", None),
    ],
)
def test_the_page_title_is_the_first_title(page: str, title: str | None) -> None:
    root = document_fromstring(page)
    context = Page(root, PageMetadata(), None, url=None, name="<html>", strict=False)
    assert context.title == title == root.findtext(".//title")


def test_surveys_in_threads_share_the_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # A small bound: the threads forget hints over and over, the same ones at once.
    monkeypatch.setattr(_survey, "_KNOWN_HINTS_MAX", 2)
    root = document_fromstring(_PAGE)
    expected = _lists(Survey(root))

    def survey(_: int) -> tuple[list[_Element], ...]:
        return _lists(Survey(root))

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(found == expected for found in pool.map(survey, range(200)))


# Spaces of several kinds, invisible and combining characters, letters and digits: what
# clean() folds, drops or composes, so that the clean text is shorter than the raw one.
_CHUNK = st.text(alphabet="a1 \u00a0\t\n\u200b\u0301\u0323ơ", max_size=30)


@given(st.lists(st.tuples(_CHUNK, _CHUNK), max_size=30), _CHUNK, st.integers(0, 80))
def test_short_text_is_the_element_text_within_its_limit(
    children: list[tuple[str, str]], text: str, limit: int
) -> None:
    box = Element("div")
    box.text = text
    for inner, tail in children:
        child = Element("span")
        child.text, child.tail = inner, tail
        box.append(child)
    whole = element_text(box)
    assert short_text(box, limit) == (whole if len(whole) <= limit else None)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param("<div class='nguon-tin'>Theo TTXVN</div>", True, id="a-source-class"),
        pytest.param("<p id='Article-Source'>VnExpress</p>", True, id="an-id-in-capitals"),
        pytest.param("<p class='x' id='\u017fource'>VnExpress</p>", True, id="a-long-s"),
        pytest.param("<span itemprop='sourceOrganization'>VOV</span>", True, id="a-role"),
        pytest.param("<div class='content' id='main'><p>Nội dung</p></div>", False, id="none"),
        pytest.param("<div class='sour ce'><p>Nội dung</p></div>", False, id="a-word-cut"),
    ],
)
def test_the_survey_says_whether_some_hint_may_name_a_source(markup: str, expected: bool) -> None:
    root = document_fromstring(f"<html><body><h1>Tiêu đề</h1>{markup}</body></html>")
    assert Survey(root).source_words is expected
