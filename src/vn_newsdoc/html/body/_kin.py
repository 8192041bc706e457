"""What joins the scoring's winner: the gallery around a caption, the run of boxes of
one template it is one of, the lines signing it off, or the siblings that go on with it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._thresholds import GALLERY_PICTURES
from vn_newsdoc.html.body._noise import is_noise_element
from vn_newsdoc.html.body._prose import goes_on_in, prose_classes
from vn_newsdoc.html.body._signoffs import signoffs_after
from vn_newsdoc.html.body._tables import is_picture_table
from vn_newsdoc.html.body._tally import _DESCEND_SHARE, _text_under
from vn_newsdoc.html.figures import (
    caption_after_picture,
    caption_by_names,
    figure_by_names,
    image_source,
)

_KIN_LEVELS: Final = 3  # levels above the winner searched for sibling blocks of one template
_BUILDER_KIN_LEVELS: Final = 7  # the same, for a page builder's numbered boxes (sections, columns)
_TEMPLATE_MODIFIERS: Final = 1  # class words one box of a template may add to another
_KIN_SHARE: Final = 0.2  # share of the winner's text the sibling blocks must hold together
_KIN_LINKED_MAX: Final = 0.5  # share of their text inside links above which they are a link list


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
