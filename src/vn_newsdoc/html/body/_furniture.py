"""Where the scoring's winner may not stay: a box following the article (comments,
recommended posts), or another of several stories on the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._hints import BELOW_ARTICLE_CLASS, names_matcher
from vn_newsdoc.html.body._noise import is_noise_element
from vn_newsdoc.html.body._stories import own_story

_FURNITURE_WINNER_SHARE: Final = 0.5  # of a winner inside furniture, for the best outside it
_FURNITURE_BOX_SHARE: Final = 0.25  # of a winner that is the furniture box itself (a comment list)


_names_below_article: Final = names_matcher(BELOW_ARTICLE_CLASS)


def _in_furniture(el: _Element) -> bool:
    """Whether ``el`` is, or sits inside, a box that follows an article with other texts
    (readers' comments, a footer of recommended posts, related news), by its own or an
    ancestor's class or id: a list of long comments (``ol#commentlist``) outscores a short
    post. Furniture words in general are no proof here: layouts name the wrapper of the
    whole article after its side column (``l-sidebar-fixed``)."""
    return any(
        _names_below_article(a.get(b"class"), a.get(b"id")) for a in (el, *el.iterancestors())
    )


def _out_of_furniture(
    top: _Element, scores: dict[_Element, float], final: Callable[[_Element], float]
) -> _Element:
    """The best candidate outside the boxes that follow an article (:func:`_in_furniture`)
    when ``top`` sits in one, provided it scores at least half as well; else ``top``.

    A long reader's comment, or a teaser in a footer of recommended posts, can outscore
    the article when its box carries a content class (``comment_content``,
    ``featured-article``): the box it sits in says what it is. Where ``top`` is that box
    itself (a thread of many comments, the list of references under a wiki's article), a
    quarter of its score is enough.
    """
    if not _in_furniture(top):
        return top
    # A whole thread of comments (``ol#commentlist``) adds up many long texts: the post
    # above it may score well under half of it.
    own = _names_below_article(top.get("class"), top.get("id"))
    floor = (_FURNITURE_BOX_SHARE if own else _FURNITURE_WINNER_SHARE) * final(top)
    for el in sorted(scores, key=final, reverse=True):
        score = final(el)
        if score < floor:
            break
        if not is_noise_element(el) and not _in_furniture(el):
            return el
    return top


def _in_own_story(
    root: _Element,
    top: _Element,
    scores: dict[_Element, float],
    under: dict[_Element, int],
    final: Callable[[_Element], float],
) -> _Element:
    """The best candidate inside the page's own story when ``top`` sits in another of
    several stories on the page (:func:`~vn_newsdoc.html.body._stories.own_story`), else
    ``top``. ``under``: the scored text in each element (:func:`_texts_under`)."""
    story = own_story(root, top, lambda el: under.get(el, 0))
    if story is None:
        return top
    inside = [el for el in scores if el is story or story in el.iterancestors()]
    return max(inside, key=final) if inside else top
