"""Finding the body: content scoring over the page's text blocks."""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable
from typing import Final

from lxml.etree import _Element
from lxml.etree import tostring as _tostring

from vn_newsdoc.html._hints import (
    BELOW_ARTICLE_CLASS,
    CONTENT_CLASS,
    NOT_CONTENT_CLASS,
    names_matcher,
)
from vn_newsdoc.html._thresholds import (
    GALLERY_PICTURES,
    HEADLINE_MAX,
    SPLIT_BLOCK_BREAKS,
)
from vn_newsdoc.html.body._noise import is_noise_element
from vn_newsdoc.html.body._prose import goes_on_beside, goes_on_in, prose_classes
from vn_newsdoc.html.body._signoffs import signoffs_after
from vn_newsdoc.html.body._stories import own_story
from vn_newsdoc.html.body._tables import is_picture_table
from vn_newsdoc.html.body._walk import INLINE_TAGS as _INLINE_TAGS
from vn_newsdoc.html.figures import (
    caption_after_picture,
    caption_by_names,
    figure_by_names,
    image_source,
)

__all__ = ["find_containers"]

_TEXT_MIN: Final = 25  # characters for a block to count when scoring containers
_PART_MAX: Final = 3.0  # the most a block's length, and its commas, each add to its score
_SPLIT_BLOCK_MIN: Final = 400  # characters for one block split by blank lines to hold an article
_DESCEND_SHARE: Final = 0.8  # share of the winner's text a child must hold to be taken instead
_LOOSE_PARAGRAPH_MIN: Final = 80  # characters of a paragraph in the wrapper that keeps it whole
_BOX_LEVELS: Final = 4  # levels above a caption to look for its picture's box
_KIN_LEVELS: Final = 3  # levels above the winner searched for sibling blocks of one template
_BUILDER_KIN_LEVELS: Final = 7  # the same, for a page builder's numbered boxes (sections, columns)
_TEMPLATE_MODIFIERS: Final = 1  # class words one box of a template may add to another
_FURNITURE_WINNER_SHARE: Final = 0.5  # of a winner inside furniture, for the best outside it
_FURNITURE_BOX_SHARE: Final = 0.25  # of a winner that is the furniture box itself (a comment list)
_KIN_SHARE: Final = 0.2  # share of the winner's text the sibling blocks must hold together
_KIN_LINKED_MAX: Final = 0.5  # share of their text inside links above which they are a link list

_HINTED_TEXT_MIN: Final = 600  # characters of a box for its class hint to count in full
_ARTICLE_BODY_WEIGHT: Final = 40.0  # what ``itemprop=articleBody`` adds to a candidate's score
_ARTICLE_TAG_WEIGHT: Final = 10.0  # what an ``<article>`` tag adds (without that itemprop)
_CONTENT_NAME_WEIGHT: Final = (
    25.0  # what a content word in the class or id adds (the other kind takes)
)
# The most the hints can add: a candidate's score with it is a bound on its final score.
_HINT_MAX: Final = max(_ARTICLE_BODY_WEIGHT, _ARTICLE_TAG_WEIGHT) + _CONTENT_NAME_WEIGHT
_LIST_TAGS: Final = frozenset({"ul", "ol"})
_PARA_TAGS: Final = ("p", "pre", "td", "li", "h1", "h2", "h3", "blockquote", "div", "figcaption")
_PARA_TAG_SET: Final = frozenset(_PARA_TAGS)


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


def _text_under(el: _Element, tally: dict[_Element, int]) -> int:
    """The characters ``tally`` gives the text blocks in ``el`` (itself included): those
    of the scored blocks, or of their text inside links."""
    # map() calls dict.get in C for each block: no Python step per element.
    return sum(map(tally.get, el.iter(*_PARA_TAGS), itertools.repeat(0)))


def _texts_under(blocks: list[_Element], scored: dict[_Element, int]) -> dict[_Element, int]:
    """The scored characters in each element that holds any (itself included), as
    :func:`_text_under` gives them, for all at once: the scoring asks for many elements,
    and each of them would walk its whole subtree again.

    ``blocks`` are every text block of the page (the elements of :data:`_PARA_TAGS`), in
    document order. Taken from the last, each block holds its own text and what the blocks
    after it inside it have handed up; it hands its sum up to the elements above it, as
    far as the nearest block (which hands it on in its turn).

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><section><p>a</p><p>b</p></section><p>c</p></div>")
    >>> under = _texts_under(list(box.iter(*_PARA_TAGS)), {box[0][0]: 30, box[0][1]: 40})
    >>> under[box], under[box[0]], box[1] in under
    (70, 70, False)
    """
    # Each scored block's own text is in from the start (a block hands its text on with
    # what it was handed), and only the blocks holding any are gone through: those are
    # picked in C, each looked at when its turn comes (what a block hands on goes to
    # blocks before it in document order, which come later here).
    under: dict[_Element, int] = dict(scored)
    if not blocks:
        return under
    # The blocks by identity, not by tag (a new string at each look): those of the page,
    # and the elements of a block's tag above it, where the page is part of a tree.
    stops = set(blocks)
    stops.update(blocks[0].iterancestors(*_PARA_TAGS))
    for el in filter(under.__contains__, reversed(blocks)):
        total = under[el]
        up = el.getparent()
        while up is not None:
            under[up] = under.get(up, 0) + total
            if up in stops:
                break  # a block: it hands the sum on when its turn comes
            up = up.getparent()
    return under


def _one_template(a: _Element, b: _Element) -> bool:
    """Whether two boxes are made from one template: the same tag and the same class
    words, but for one modifier that one of them adds (``articleBodyText version-2
    section`` beside ``articleBodyText section``).

    >>> from lxml.html import fragment_fromstring as f
    >>> _one_template(f("<div class='text wide box'></div>"), f("<div class='box text'></div>"))
    True
    >>> _one_template(f("<div class='grid main post'></div>"), f("<div class='grid'></div>"))
    False
    """
    return _of_template(a, b.tag, _template_words(b.get("class") or ""))


def _of_template(el: _Element, tag: object, words: frozenset[str]) -> bool:
    """:func:`_one_template` of ``el`` and a box of tag ``tag`` and template class words
    ``words`` (:func:`_template_words`), read once for all its siblings."""
    if el.tag != tag:
        return False
    mine = _template_words(el.get("class") or "")
    return bool(mine and words) and len(mine ^ words) <= _TEMPLATE_MODIFIERS


def _numbered(el: _Element) -> bool:
    """Whether a class word of ``el`` numbers that box alone (:func:`_template_words`):
    a page builder's box.

    >>> from lxml.html import fragment_fromstring as f
    >>> _numbered(f("<div class='et_pb_row et_pb_row_2'></div>"))
    True
    >>> _numbered(f("<div class='row'></div>"))
    False
    """
    classes = el.get("class") or ""
    return len(_template_words(classes)) < len(set(classes.split()))


_LAST_PART: Final = re.compile(r"^(.+)[-_]([^-_]+)$")


@functools.lru_cache(maxsize=4096)
def _template_words(classes: str) -> frozenset[str]:
    """The class words of a box that its template gives, less those numbering the box
    alone: page builders repeat a word of every box with its number or key after it
    (``et_pb_section et_pb_section_1``, ``elementor-element elementor-element-3f2a1b``).
    A hash that CSS modules or a site builder put in a name (``Stack_medium__7HR3V``,
    ``hidden-bnz77l``) is the same on every box of one kind: it stays.

    >>> sorted(_template_words("et_pb_section et_pb_section_1 elementor-element-3f2a1b"))
    ['elementor-element-3f2a1b', 'et_pb_section']
    >>> sorted(_template_words("col-md-9 Stack_medium__7HR3V"))
    ['Stack_medium__7HR3V', 'col-md-9']
    """
    words = set(classes.split())
    kept = set()
    for word in words:
        parts = _LAST_PART.match(word)
        if parts is not None and parts[1] in words and any(c.isdigit() for c in parts[2]):
            continue
        kept.add(word)
    return frozenset(kept)


def _has_twin(el: _Element) -> bool:
    """Whether a sibling of ``el`` is made from its template (:func:`_one_template`)."""
    parent = el.getparent()
    if parent is None:
        return False
    tag, words = el.tag, _template_words(el.get("class") or "")
    return any(sub is not el and _of_template(sub, tag, words) for sub in parent)


def _sibling_blocks(
    best: _Element, under: dict[_Element, int], linked: dict[_Element, int]
) -> list[_Element] | None:
    """The run of sibling blocks the winner is one of, when the page cuts its article
    into several boxes of one template (page builders' text blocks, a CMS's paragraph
    components): ``None`` when it is not.

    From the winner up (at most three levels, and only while the element holds nearly all
    the text of its parent), an element with a class whose parent holds further elements of
    the same template (:func:`_one_template`: one box may carry a modifier the others lack;
    the words numbering each box are no difference) with text of their own, mostly not
    links, and together at least a fifth of the winner's, stands for one such box. The run
    is the parent's children from the first of them to the last, furniture left out: the
    pictures and subheadings set between the text boxes belong to the article too.
    ``<article>`` elements side by side are separate articles, never a run. A furniture word
    that the box holding the winner bears itself (``Section--Ads``, a section an advert may
    be set in) is no proof against it or its twins: the climb goes through such a box when
    it has a twin, and the run keeps its twins. A page builder nests a text box in a column,
    in a row, in a section (Elementor, Divi): up to seven levels, boxes numbered by the
    builder (:func:`_numbered`) stand for sections of one article too, and a run of them
    found in one row is widened to the run of rows holding it. ``under``: the scored text
    in each element (:func:`_texts_under`); ``linked``: each text block's characters
    inside links.
    """
    held = under.get(best, 0)
    el = best
    found: list[_Element] | None = None
    for level in range(_BUILDER_KIN_LEVELS + 1):
        parent = el.getparent()
        if parent is None or (is_noise_element(parent) and not _has_twin(parent)):
            return found
        if level and el.get("class", "").strip() and el.tag != "article":
            # A furniture word the winner's own box bears names a slot of the template
            # (``Section--Ads``: a section an advert may be set in), not furniture.
            named = is_noise_element(el)
            kin: list[_Element] = []
            text = links = 0
            # Above three levels, or around a run found below, only a page builder's
            # numbered boxes make a run.
            builder = level > _KIN_LEVELS or found is not None
            tag, words = el.tag, _template_words(el.get("class") or "")
            for sub in parent:
                if sub is el or not _of_template(sub, tag, words):
                    continue
                if builder and not (_numbered(el) and _numbered(sub)):
                    continue
                inside = under.get(sub, 0)  # none without a scored block
                if not inside or (is_noise_element(sub) and not named):
                    continue
                kin.append(sub)
                text += inside
                links += _text_under(sub, linked)
            if kin and text >= _KIN_SHARE * held and links <= _KIN_LINKED_MAX * text:
                ends = sorted(parent.index(sub) for sub in (el, *kin))
                found = [
                    sub
                    for sub in parent[ends[0] : ends[-1] + 1]
                    if isinstance(sub.tag, str)
                    and (not is_noise_element(sub) or (named and _of_template(sub, tag, words)))
                ]
                if not _numbered(el):
                    return found
                # A builder's run of boxes may be one column of a run of rows: the climb
                # goes on from the boxes' parent, for a wider run of numbered boxes.
                held = under.get(parent, 0)
                el = parent
                continue
        # The climb goes on while the element holds nearly all of its parent's text.
        if held < _DESCEND_SHARE * under.get(parent, 0):
            return found
        el = parent
    return found


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


def _out_of_caption(best: _Element) -> _Element:
    """For a page told in pictures, where the best block is one picture's caption: the
    element holding the run of pictures with their captions (a photo story, a gallery)."""
    el: _Element | None = best
    for _ in range(3):  # the caption, or a box of the picture around it
        if el is None:
            return best
        tag = el.tag  # its tag and class read once for the looks below
        classes = el.get("class")
        if caption_by_names(tag, classes, el.get("id")) or figure_by_names(tag, classes):
            break
        if tag == "table" and is_picture_table(el):
            break
        previous = el.getprevious()
        if (
            caption_after_picture(el)
            and previous is not None
            and any(image_source(img) for img in previous.iter("img", "amp-img"))
        ):
            break
        el = el.getparent()
    else:
        return best
    for box in best.iterancestors():
        pictures = sum(1 for img in box.iter("img", "amp-img") if image_source(img) is not None)
        if pictures >= GALLERY_PICTURES:
            return box
    return best


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


def _with_kin(
    best: _Element,
    top: _Element,
    under: dict[_Element, int],
    tallies: tuple[dict[_Element, float], dict[_Element, int], dict[_Element, int]],
    final: Callable[[_Element], float],
) -> list[_Element]:
    """The containers around the winner ``best`` (``top`` the candidate it was descended
    from): the gallery holding it where it is a picture's caption, else the run of boxes
    it is one of, else the winner with the lines signing it off or with the siblings that
    join it (:func:`_kept_siblings`). ``under``: the scored text in each element
    (:func:`_texts_under`); ``tallies``: the candidates' scores, the text blocks'
    characters and their characters in links."""
    linked_chars = tallies[2]
    gallery = _out_of_caption(best)
    if gallery is not best:
        return [gallery]
    parent = best.getparent()
    if parent is None:
        return [best]
    run = _sibling_blocks(best, under, linked_chars)
    if run is not None:
        return run
    if best is not top:
        # The short lines signing the article off stay with it.
        signoffs = signoffs_after(best)
        if signoffs:
            return [best, *signoffs]
    # A sibling joins the winner when it scores nearly as well, or when it carries the
    # same class and scores fairly (an article split in two boxes by an advert).
    return _kept_siblings(best, parent, tallies, final)


def _named_paragraphs(best: _Element, scored: dict[_Element, int]) -> set[tuple[str, str]]:
    """The tag and class of the winner's own paragraphs, where they carry a class: a
    sibling of the winner written the same way (``<div class="body__paragraph">`` beside a
    "read all" box holding more of them) is a paragraph of the article, its opening ones
    often.

    >>> from lxml.html import fragment_fromstring
    >>> box = fragment_fromstring("<div><div class='para'>Một.</div><p>Hai.</p></div>")
    >>> _named_paragraphs(box, {box[0]: 90, box[1]: 90})
    {('div', 'para')}
    """
    return {
        (str(sub.tag), cls)
        for sub in best
        if sub in scored and (cls := sub.get("class") or "").strip()
    }


def _kept_siblings(
    best: _Element,
    parent: _Element,
    tallies: tuple[dict[_Element, float], dict[_Element, int], dict[_Element, int]],
    final: Callable[[_Element], float],
) -> list[_Element]:
    """The winner and the siblings that join it, in document order: those that score
    nearly as well, those of its class that score fairly (an article split in two boxes
    by an advert), those the article goes on in (:func:`goes_on_in`), and paragraphs
    written as the winner's own are (:func:`_named_paragraphs`). ``tallies``:
    the candidates' scores, the text blocks' characters and their characters in links."""
    scores, scored, linked = tallies
    best_score = final(best)
    kin = best.get("class")
    classes = prose_classes(best, scored, linked)
    paragraphs = _named_paragraphs(best, scored)
    kept = []
    above = True  # siblings above the winner
    for sibling in parent:
        if sibling is best:
            above = False
            kept.append(sibling)
        elif (classes and goes_on_in(sibling, best, classes, scored, linked, above=above)) or (
            sibling in scored and (sibling.tag, sibling.get("class")) in paragraphs
        ):
            kept.append(sibling)
        elif sibling in scores and not is_noise_element(sibling):
            score = final(sibling)
            same = kin is not None and sibling.get("class") == kin and sibling.tag == best.tag
            if score >= max(10.0, best_score * (0.2 if same else 0.6)):
                kept.append(sibling)
    return kept
