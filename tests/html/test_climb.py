"""The climb through the boxes above an element: each box judged once per page, the climb
stopped at the boxes it is told to stop at."""

from __future__ import annotations

from collections.abc import Callable

from lxml.etree import _Element
from lxml.html import document_fromstring

from vn_newsdoc.html._climb import judged_above

_PAGE = (
    "<html><body><main><aside class='x'><ul><li><b>1</b></li><li><i>2</i></li></ul>"
    "</aside><p><u>3</u></p></main></body></html>"
)


def _at(page: _Element, path: str) -> _Element:
    found = page.find(path)
    assert isinstance(found, _Element)
    return found


def _counting(asked: list[str]) -> Callable[[_Element], bool]:
    def judge(box: _Element) -> bool:
        asked.append(str(box.tag))
        return box.tag == "aside"

    return judge


def test_each_box_is_judged_once_for_the_elements_that_share_it() -> None:
    page = document_fromstring(_PAGE)
    asked: list[str] = []
    judge = _counting(asked)
    known: dict[_Element, bool] = {}
    assert judged_above(_at(page, ".//b"), judge, known)
    assert asked == ["li", "ul", "aside"]
    assert judged_above(_at(page, ".//i"), judge, known)
    assert asked == ["li", "ul", "aside", "li"]  # its <li> only: the <ul> is known
    assert not judged_above(_at(page, ".//u"), judge, known)
    assert asked[4:] == ["p", "main", "body", "html"]


def test_the_climb_stops_below_the_boxes_it_is_told_to_stop_at() -> None:
    page = document_fromstring(_PAGE)
    aside = _at(page, ".//aside")
    known: dict[_Element, bool] = {}
    b = _at(page, ".//b")
    assert not judged_above(b, lambda box: box.tag == "aside", known, {aside})
    assert judged_above(b, lambda box: box.tag == "aside", {})
    assert judged_above(aside, lambda box: box.tag == "main", {}, {aside}) is True


def test_an_element_without_a_parent_has_nothing_above() -> None:
    page = document_fromstring(_PAGE)
    assert not judged_above(page, lambda box: True, {})
