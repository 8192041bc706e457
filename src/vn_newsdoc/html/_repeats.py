"""Repeated sibling items (comments, replies, lists of other articles) around an element."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from lxml.etree import _Element

__all__ = ["holders_of", "in_repeated_item"]


def _kind(el: _Element) -> tuple[str, str]:
    """An element's tag and first class name."""
    classes = (el.get("class") or "").split()
    return str(el.tag), classes[0] if classes else ""


def holders_of(marked: Iterable[_Element]) -> set[_Element]:
    """The elements holding at least one of ``marked`` (their ancestors)."""
    holders: set[_Element] = set()
    for el in marked:
        for anc in el.iterancestors():
            if anc in holders:
                break  # the rest of the way up is in already
            holders.add(anc)
    return holders


def in_repeated_item(
    el: _Element, holders: Collection[_Element], stop: Collection[_Element]
) -> bool:
    """Whether ``el`` sits in one of several sibling items of one kind (same tag and first
    class) of which another holds a marked element too: a reply in a thread, a comment,
    an entry of a list of articles, each with its author.

    Args:
        el: The element (an author box).
        holders: The elements holding a marked element (:func:`holders_of`).
        stop: Ancestors not to look past (the body and the boxes around it).

    Returns:
        True when such a sibling item is found below ``stop``.

    >>> from lxml.html import fragment_fromstring
    >>> page = fragment_fromstring(
    ...     "<ol><li class='post'><a class='author'>An</a></li>"
    ...     "<li class='post'><a class='author'>Bình</a></li></ol>")
    >>> authors = page.findall(".//a")
    >>> in_repeated_item(authors[1], holders_of(authors), [page])
    True
    """
    node: _Element | None = el
    while node is not None and node not in stop:
        kind = _kind(node)
        for sibling in (*node.itersiblings(preceding=True), *node.itersiblings()):
            if sibling in holders and _kind(sibling) == kind:
                return True
        node = node.getparent()
    return False
