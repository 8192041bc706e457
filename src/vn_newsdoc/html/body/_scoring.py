"""Finding the body: content scoring over the page's text blocks."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import Final

from lxml.etree import _Element
from lxml.etree import tostring as _tostring

from vn_newsdoc.html._hints import CONTENT_CLASS, NOT_CONTENT_CLASS
from vn_newsdoc.html._thresholds import HEADLINE_MAX, SPLIT_BLOCK_BREAKS
from vn_newsdoc.html.body._furniture import _in_own_story, _out_of_furniture
from vn_newsdoc.html.body._kin import _with_kin
from vn_newsdoc.html.body._noise import is_noise_element
from vn_newsdoc.html.body._prose import goes_on_beside
from vn_newsdoc.html.body._tables import is_picture_table
from vn_newsdoc.html.body._tally import (
    _DESCEND_SHARE,
    _PARA_TAGS,
    _texts_under,
)
from vn_newsdoc.html.body._walk import INLINE_TAGS as _INLINE_TAGS
from vn_newsdoc.html.figures import figure_by_names

__all__ = ["find_containers"]

_TEXT_MIN: Final = 25  # characters for a block to count when scoring containers
_PART_MAX: Final = 3.0  # the most a block's length, and its commas, each add to its score
_SPLIT_BLOCK_MIN: Final = 400  # characters for one block split by blank lines to hold an article
_LOOSE_PARAGRAPH_MIN: Final = 80  # characters of a paragraph in the wrapper that keeps it whole
_BOX_LEVELS: Final = 4  # levels above a caption to look for its picture's box

_HINTED_TEXT_MIN: Final = 600  # characters of a box for its class hint to count in full
_ARTICLE_BODY_WEIGHT: Final = 40.0  # what ``itemprop=articleBody`` adds to a candidate's score
_ARTICLE_TAG_WEIGHT: Final = 10.0  # what an ``<article>`` tag adds (without that itemprop)
_CONTENT_NAME_WEIGHT: Final = (
    25.0  # what a content word in the class or id adds (the other kind takes)
)
# The most the hints can add: a candidate's score with it is a bound on its final score.
_HINT_MAX: Final = max(_ARTICLE_BODY_WEIGHT, _ARTICLE_TAG_WEIGHT) + _CONTENT_NAME_WEIGHT
_LIST_TAGS: Final = frozenset({"ul", "ol"})


def _own_text(el: _Element, children: list[_Element]) -> tuple[int, int, str, int]:
    """Characters, characters inside links, the text itself (its pieces joined by
    spaces), and blank lines (``<br><br>``) of the text directly in ``el`` and its inline
    children (nested blocks are scored on their own). ``children``: ``el[:]``, which the
    caller has read (a block without children is its own text alone). The caller counts
    the commas of a text long enough to score, not of every block."""
    text = el.text
    texts = [text] if text and not text.isspace() else []
    linked = 0
    breaks = 0
    last_br = False
    for child in children:
        tag = child.tag
        if tag == "br":
            if last_br:
                breaks += 1
            last_br = True
        elif tag in _INLINE_TAGS:
            # The text of an inline child and its descendants, without its tail, as
            # "".join(child.itertext()) gives it, serialised by libxml2 in one call.
            inner = (
                _tostring(child, method="text", encoding=str, with_tail=False)
                if len(child)
                else child.text
            )
            if inner:
                texts.append(inner)
                if not inner.isspace():
                    last_br = False
                if tag == "a":
                    linked += len(inner.strip())
        tail = child.tail
        if tail and not tail.isspace():
            texts.append(tail)
            last_br = False
    if not texts:
        return 0, 0, "", 0
    joined = " ".join(texts)
    return len(joined.strip()), linked, joined, breaks


def _block_score(length: int, linked: int, commas: int) -> float:
    """A text block's score: one, and up to three more each for its length and its
    commas, scaled by the share of its text outside links.

    >>> _block_score(250, 0, 3), _block_score(1000, 500, 30)
    (4.5, 3.5)
    """
    # Each part capped as min() would, without the call.
    size = length / 100.0
    size = _PART_MAX if size > _PART_MAX else size
    punctuation = commas / 3.0
    punctuation = _PART_MAX if punctuation > _PART_MAX else punctuation
    return (1.0 + size + punctuation) * (1.0 - linked / length)


def _hint_weight(el: _Element, named: float, names: list[str]) -> float:
    """What the element's tag and class, id or role add to its score (``named``: what its
    class, id and role add, :func:`_name_weight`; ``names``: its attributes' names)."""
    weight = 0.0
    if "itemprop" in names and el.get("itemprop") == "articleBody":
        weight += _ARTICLE_BODY_WEIGHT
    elif el.tag == "article":
        weight += _ARTICLE_TAG_WEIGHT
    return weight + named


@functools.lru_cache(maxsize=4096)  # pages repeat their class names on many elements
def _name_weight(classes: str, ident: str, role: str) -> float:
    raw = f"{classes} {ident} {role}"
    words = 0.0
    if raw.strip():
        if CONTENT_CLASS.search(raw):
            words += _CONTENT_NAME_WEIGHT
        if NOT_CONTENT_CLASS.search(raw):
            words -= _CONTENT_NAME_WEIGHT
    return words


def _unlinked(counts: list[int]) -> float:
    """The share of a candidate's text outside links (``counts``: its characters, and those
    inside links); 1 for a candidate without text of its own."""
    total, linked = counts
    return 1.0 - linked / total if total else 1.0


def _highest(
    scores: dict[_Element, float],
    bounds: dict[_Element, float],
    final: Callable[[_Element], float],
) -> _Element:
    """The candidate of the highest final score, the first of them in ``scores``' order,
    as ``max(scores, key=final)`` gives it, working out the final score only of those
    whose bound (a score no final score of theirs exceeds) reaches the best found so far.

    >>> a, b, c = "abc"
    >>> _highest({a: 1.0, b: 5.0, c: 5.0}, {a: 2.0, b: 9.0, c: 6.0}, {a: 1.0, b: 5.0, c: 5.0}.get)
    'b'
    """
    best = -math.inf
    for el in sorted(bounds, key=bounds.__getitem__, reverse=True):
        if bounds[el] < best:
            break  # this one and those after it cannot reach the best
        best = max(best, final(el))
    # Every candidate scoring ``best`` had its bound reached, and was worked out above.
    return next(el for el in scores if bounds[el] >= best and final(el) == best)


def _descend(
    best: _Element,
    scored: dict[_Element, int],
    scores: dict[_Element, float],
    linked: dict[_Element, int],
    under: dict[_Element, int],
) -> _Element:
    """The innermost candidate under ``best`` that still holds nearly all of its text.

    Class hints can lift a wide wrapper (``story``, ``content``) over the element that holds
    the paragraphs, bringing the byline, timestamps and side boxes around them along. The
    wrapper is kept when a paragraph of the article stands outside that element: in the
    wrapper itself, or in another of its children (a last section, a closing box), written
    as the article's paragraphs are (:func:`~vn_newsdoc.html.body._prose.goes_on_beside`).
    A list is never taken instead: a post told mostly in a list (an agenda, steps) keeps the
    short lines and the subheading above it. ``under``: the scored text in each element
    (:func:`_texts_under`).
    """
    while True:
        total = scored.get(best, 0)
        child: _Element | None = None
        held = 0
        loose: list[_Element] = []  # paragraphs standing in the wrapper itself
        for sub in best:
            if not isinstance(sub.tag, str):
                continue
            if sub.tag == "p" and scored.get(sub, 0) >= _LOOSE_PARAGRAPH_MIN:
                loose.append(sub)
            n = under.get(sub, 0)
            total += n
            if n > held:
                child, held = sub, n
        if (
            child is None
            or any(p is not child for p in loose)  # the wrapper's own paragraph is body
            or held < _DESCEND_SHARE * total
            or child not in scores
            or child.tag in _LIST_TAGS  # a list is a part of the article, never all of it
            or is_noise_element(child)
            or goes_on_beside(best, child, scored, linked)
        ):
            return best
        best = child


def _outside_picture_box(parent: _Element, boxes: dict[_Element, bool]) -> _Element:
    """The element the score of a text block in ``parent`` goes to: ``parent``, or for a
    caption in a picture's box (a figure, a caption table), the element holding the box,
    so that a run of captioned pictures scores for the body holding them, not for each
    box. ``boxes`` keeps what was found of each element looked at."""
    box: _Element | None = parent
    for _ in range(_BOX_LEVELS):
        if box is None:
            break
        found = boxes.get(box)
        if found is None:
            tag = box.tag  # read once for both looks
            found = figure_by_names(tag, box.get(b"class")) or (
                tag == "table" and is_picture_table(box)
            )
            boxes[box] = found
        if found:
            outside = box.getparent()
            return outside if outside is not None else parent
        box = box.getparent()
    return parent


class _FinalScores:
    """Each candidate's final score (its text's score with its hints, scaled by the share
    of its text outside links), worked out once when first asked: ``final(el)``.
    ``chars``: each candidate's characters and those inside links; ``under``: the scored
    text in each element (:func:`_texts_under`).

    A class, not a closure: the compiled build keeps a closure's variables in an object
    that refers to the functions referring to it, which only the cycle collector frees,
    holding the page's elements (and so the whole tree) until it runs.
    """

    def __init__(
        self,
        scores: dict[_Element, float],
        chars: dict[_Element, list[int]],
        under: dict[_Element, int],
    ) -> None:
        self.scores = scores
        self.chars = chars
        self.under = under
        self.finals: dict[_Element, float] = {}

    def __call__(self, el: _Element) -> float:
        score = self.finals.get(el)
        if score is None:
            score = self.finals[el] = self.final(el)
        return score

    def final(self, el: _Element) -> float:
        """The final score of ``el``, worked out."""
        counts = self.chars[el]
        scores = self.scores
        # Only the attributes it has are looked up (an absent one reads as "").
        names = el.keys()
        named = (
            _name_weight(
                el.get(b"class", "") if "class" in names else "",
                el.get(b"id", "") if "id" in names else "",
                el.get(b"data-role", "") if "data-role" in names else "",
            )
            if names
            else 0.0  # no class, id or role: no word to weigh
        )
        hint = _hint_weight(el, named, names)
        # An unnamed box (named 0.0) keeps its score, never negative, whatever text it
        # holds: that text need not be counted.
        if (
            named and counts[0] < _HINTED_TEXT_MIN and self.under.get(el, 0) < _HINTED_TEXT_MIN
        ):  # a teaser's box lifted by its class alone
            hint += min(named, scores[el]) - named
        return (scores[el] + hint) * _unlinked(counts)


def find_containers(root: _Element) -> list[_Element]:
    """The element(s) holding the article body, by content scoring.

    Each text block of 25 characters or more scores by length and commas; the score goes
    to its parent in full and to its grandparent in half. Candidates gain or lose by
    class/id hints (``itemprop=articleBody`` and ``<article>`` count too; a box holding
    under 600 characters of text gains from its class or id no more than its text
    scores, so that a teaser, a call to action or an answer folded in an FAQ, in a box
    named ``content``, outranks neither an unnamed article nor one cut into several
    boxes of that name) and are scaled by how little of their text is links. On a page of several
    whole stories, the winner is sought in the story the page's title names. Siblings of
    the winner that score nearly as well, or fairly well with the same class, or in which
    its prose goes on (a last section, a closing paragraph in a box of its own), are kept
    beside it, in document order.

    Args:
        root: The page (already stripped with :func:`strip_page`).

    Returns:
        One or more elements in document order; none when no block of text scores (a
        page of menus and links has no body).

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring(
    ...     "<div id='menu'><a href='/'>Trang chủ</a></div><div class='content'>"
    ...     "<p>Một đoạn văn khá dài, có dấu phẩy, để được chấm điểm.</p></div>")
    >>> [e.get("class") for e in find_containers(page)]
    ['content']
    """
    scores: dict[_Element, float] = {}
    chars: dict[_Element, list[int]] = {}
    scored: dict[_Element, int] = {}
    linked_chars: dict[_Element, int] = {}
    boxes: dict[_Element, bool] = {}
    # Where the score of a block in each parent goes, and that element's parent: the
    # blocks of one box share them.
    targets: dict[_Element, tuple[_Element, _Element | None]] = {}
    # The text blocks are kept in a list, not only iterated: lxml then keeps one Python
    # object for each while the scoring runs, instead of making a new one every time the
    # block is reached again (from its parent, from its children, by a later iteration).
    blocks = list(root.iter(*_PARA_TAGS))
    for el in blocks:
        # The children as a list: lxml builds it in one call, cheaper than an iterator.
        children = el[:]
        if children:
            length, linked, text, breaks = _own_text(el, children)
        else:
            # A block without children: its own text alone (as _own_text reads it); one
            # too short before it is stripped is too short after it.
            text = el.text or ""
            if len(text) < _TEXT_MIN:
                continue
            length, linked, breaks = len(text.strip()), 0, 0
        if length < _TEXT_MIN or (el.tag == "h1" and length <= HEADLINE_MAX):
            continue  # an h1 scores only when it holds more than a headline: text in an h1
        commas = text.count(",")
        parent = el.getparent()
        if parent is None:
            continue
        where = targets.get(parent)
        if where is None:
            outside = _outside_picture_box(parent, boxes)
            where = targets[parent] = (outside, outside.getparent())
        parent, grandparent = where
        scored[el] = length
        linked_chars[el] = linked
        text_score = _block_score(length, linked, commas)
        # A long block split into paragraphs by blank lines holds an article of its own.
        whole = el if breaks >= SPLIT_BLOCK_BREAKS and length >= _SPLIT_BLOCK_MIN else None
        for target, weight in ((whole, 1.0), (parent, 1.0), (grandparent, 0.5)):
            if target is None:
                continue
            scores[target] = scores.get(target, 0.0) + text_score * weight
            counts = chars.get(target)
            if counts is None:
                chars[target] = [length, linked]
            else:
                counts[0] += length
                counts[1] += linked
    if not scores:
        return []
    under = _texts_under(blocks, scored)
    final = _FinalScores(scores, chars, under)
    # No hint adds more than _HINT_MAX, the teaser's rule only takes off, and the share
    # outside links is the same: a bound of each candidate's final score.
    bounds = {el: (score + _HINT_MAX) * _unlinked(chars[el]) for el, score in scores.items()}
    top = _out_of_furniture(_highest(scores, bounds, final), scores, final)
    top = _in_own_story(root, top, scores, under, final)
    best = _descend(top, scored, scores, linked_chars, under)
    return _with_kin(best, top, under, (scores, scored, linked_chars), final)
