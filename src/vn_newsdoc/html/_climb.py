"""Climb from an element through the boxes above it, judging each box once per page.

Several readings ask of a candidate whether some box above it is of a kind (comments, a
list of other articles, a menu); the candidates of a page share most of the boxes above
them, so what was found of each box is kept and each is judged once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from lxml.etree import _Element

__all__ = ["judged_above"]

_NOWHERE: frozenset[_Element] = frozenset()


def judged_above(
    el: _Element,
    judge: Callable[[_Element], bool],
    known: dict[_Element, bool],
    stop: Collection[_Element] = _NOWHERE,
) -> bool:
    """Whether a box above ``el``, below the first box of ``stop``, is one that ``judge``
    says yes to.

    ``known`` holds what was found of each box climbed through before (whether it, or a
    box above it, is such a box, below the same ``stop``): give the same dict for the
    candidates of one page, and the boxes they share are judged once.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring("<div><aside><p><b>1/7</b></p></aside><i>x</i></div>")
    >>> known: dict = {}
    >>> judged_above(page.find(".//b"), lambda box: box.tag == "aside", known), len(known)
    (True, 2)
    >>> aside = lambda box: box.tag == "aside"
    >>> judged_above(page.find("i"), aside, known), len(known)  # <div>, <body>, <html> too
    (False, 5)
    """
    above: list[_Element] = []  # the boxes climbed through, judged below
    found = False
    up = el.getparent()
    while up is not None:
        judged = known.get(up)
        if judged is not None:
            found = judged
            break
        if up in stop:
            break
        above.append(up)
        if judge(up):
            found = True
            break
        up = up.getparent()
    # A box climbed through is such a box, or sits in one, exactly as the first found.
    for box in above:
        known[box] = found
    return found
