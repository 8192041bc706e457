# The compiled build's one walk over a parsed page (_hidden.c); absent from the
# pure-Python package.

from lxml.etree import _Element

LXML_BUILT: str
"""The lxml version the walk was built against (``"6.2.0"``)."""
LIBXML_BUILT: str
"""The libxml2 version of that lxml (``"2.14.6"``)."""

def candidates(root: _Element, /) -> tuple[list[_Element], list[_Element], list[_Element]]:
    """The elements of ``root``'s document with a ``style``, a ``hidden`` and an
    ``aria-hidden`` attribute, each list in document order."""
