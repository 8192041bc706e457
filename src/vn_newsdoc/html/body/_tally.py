"""The scored text each element holds: the text blocks the content scoring counts, and
their characters summed up the tree."""

from __future__ import annotations

import itertools
from typing import Final

from lxml.etree import _Element

_DESCEND_SHARE: Final = 0.8  # share of the winner's text a child must hold to be taken instead
_PARA_TAGS: Final = ("p", "pre", "td", "li", "h1", "h2", "h3", "blockquote", "div", "figcaption")
_PARA_TAG_SET: Final = frozenset(_PARA_TAGS)


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
