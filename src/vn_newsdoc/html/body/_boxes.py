"""Picture boxes in the body: a gallery block, and the caption and credit of one box."""

from __future__ import annotations

from typing import Final

from lxml.etree import _Element

from vn_newsdoc.html._thresholds import GALLERY_PICTURES
from vn_newsdoc.html.figures import (
    credit_element,
    image_source,
    is_caption_element,
    is_figure_element,
)
from vn_newsdoc.text import _clean_vouched, clean

__all__ = ["credit_beside", "is_gallery", "text_and_credit"]

_IMAGE_TAGS: Final = frozenset({"img", "amp-img"})
_BOX_DEPTH: Final = 40  # levels of a picture's box read for its caption and credit


def is_gallery(box: _Element) -> bool:
    """A figure holding several pictures, each with a figure or caption of its own (a
    gallery block): read item by item, not as one picture.

    >>> from lxml.html import fragment_fromstring as f
    >>> is_gallery(f("<figure><figure><img src='/a.jpg'><figcaption>A</figcaption></figure>"
    ...              "<figure><img src='/b.jpg'><figcaption>B</figcaption></figure></figure>"))
    True
    >>> is_gallery(f("<figure><img src='/a.jpg'><figcaption>A</figcaption></figure>"))
    False
    """
    pictures = sum(1 for img in box.iter(*_IMAGE_TAGS) if image_source(img) is not None)
    if pictures < GALLERY_PICTURES:
        return False
    inner = sum(
        1
        for node in box.iterdescendants()
        if isinstance(node.tag, str) and (is_figure_element(node) or is_caption_element(node))
    )
    return inner >= GALLERY_PICTURES


def text_and_credit(el: _Element, depth: int = 0) -> tuple[str, str | None]:
    """The text of a caption without the credit it sets in an element of its own, and
    that credit.

    >>> from lxml.html import fragment_fromstring as f
    >>> text_and_credit(f("<figcaption>Đồi chè <span class='credit'>Minh Trí</span>"
    ...                   "</figcaption>"))
    ('Đồi chè', 'Minh Trí')
    """
    texts: list[str] = [el.text or ""]
    credit: str | None = None
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _IMAGE_TAGS:
            found = credit_element(child) if credit is None else None
            if found is not None:
                credit = found
            elif depth < _BOX_DEPTH:
                inner, inner_credit = text_and_credit(child, depth + 1)
                texts.append(inner)
                credit = credit or inner_credit
            else:
                texts.append(" ".join(child.itertext()))
        texts.append(child.tail or "")
    joined = " ".join(texts)
    # The caption's own text goes to the model as it is (a box's inner text does not).
    return (clean(joined) if depth else _clean_vouched(joined)), credit


def credit_beside(box: _Element, caption: _Element) -> str | None:
    """A credit set in the box apart from its caption (``<p class="source">`` after the
    ``<figcaption>``).

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f("<figure><img src='/a.jpg'><figcaption>Đồi chè</figcaption>"
    ...         "<p class='source'>Ảnh: TTXVN</p></figure>")
    >>> credit_beside(box, box[1])
    'TTXVN'
    """
    around = {caption, *caption.iterancestors()}
    inside = set(caption.iterdescendants())
    for node in box.iterdescendants():
        if not isinstance(node.tag, str) or node in around or node in inside:
            continue
        if node.tag in _IMAGE_TAGS:
            continue
        credit = credit_element(node)
        if credit is not None:
            return credit
    return None
