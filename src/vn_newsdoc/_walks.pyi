# The compiled build's walks over a parsed page (_walks.c); absent from the pure-Python
# package.

from lxml.etree import _Element

LXML_BUILT: str
"""The lxml version the walk was built against (``"6.2.0"``)."""
LIBXML_BUILT: str
"""The libxml2 version of that lxml (``"2.14.6"``)."""

def candidates(
    root: _Element, tags: tuple[str, ...], /
) -> tuple[list[_Element], list[_Element], list[_Element], list[_Element], bool]:
    """Strip the elements of the tags under ``root`` as ``strip_elements(root, *tags,
    with_tail=False)`` does, and give what the page stripper drops as hidden, from the other
    elements of ``root``'s document with a ``style``, a ``hidden`` or an ``aria-hidden``
    attribute, in document order: those the walk judges hidden (none inside another), then
    those left to judge with a style, a ``hidden`` and an ``aria-hidden`` attribute; and
    whether some elements of the tags are left for ``strip_elements`` (holding a proxy and a
    namespace)."""

def class_attributes(root: _Element, /) -> tuple[list[str], list[_Element]] | None:
    """The ``class`` attributes of ``root`` and the elements under it, in document order,
    and their elements; ``None`` where a value is more than one text node."""

def id_values(root: _Element, /) -> list[str] | None:
    """The ``id`` attributes of ``root`` and the elements under it, in document order;
    ``None`` where a value is more than one text node."""
