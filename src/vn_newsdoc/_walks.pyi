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

# The page survey's walk.
def survey_walk(
    root: _Element,
    classes: dict[str, int] | None = None,
    known: dict[str, int] | None = None,
    /,
) -> (
    tuple[
        dict[_Element, int],
        list[_Element],
        list[str],
        list[str | bool | None],
        list[_Element],
        list[_Element],
    ]
    | None
):
    """What the page survey reads off ``root`` and the nodes under it, in one walk: each
    node's position; the elements of a hint, each with its hint (or its class, its note
    ``True``) and the address to ask about an author's page (or ``None``), but those
    whose class is in ``classes`` or whose hint is in ``known`` with the flags 0; the
    headings and the time elements. ``None`` where a value is more than one text node."""
