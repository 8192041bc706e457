"""The compiled build's C walks over a parsed page (``vn_newsdoc/_walks.c``), where they may
be used: each stands for XPath searches the reader makes otherwise, and gives what they
give (``tests/html/test_walks.py``).

They read lxml's and libxml2's structures directly, so they are used only with the lxml and
libxml2 the compiled build was made with; the pure-Python package, and a compiled build
after an upgrade of lxml (until it is made again), search as before.

>>> hidden_walk() is None or callable(hidden_walk())
True
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from lxml import etree
from lxml.etree import _Element

__all__ = ["class_walk", "hidden_walk", "id_walk"]

Candidates = Callable[[_Element], tuple[list[_Element], list[_Element], list[_Element]]]
ClassAttributes = Callable[[_Element], tuple[list[str], list[_Element]] | None]
IdValues = Callable[[_Element], list[str] | None]


@functools.lru_cache(maxsize=1)
def _usable() -> bool:
    """Whether the walks are built and were built for the lxml and libxml2 running."""
    try:
        from vn_newsdoc import _walks  # noqa: PLC0415
    except ImportError:  # the pure-Python package, or an lxml with another C API
        return False
    running = (
        ".".join(map(str, etree.LXML_VERSION[:3])),
        ".".join(map(str, etree.LIBXML_VERSION)),
    )
    return running == (_walks.LXML_BUILT, _walks.LIBXML_BUILT)


def hidden_walk() -> Candidates | None:
    """The walk for the elements that may be hidden (``candidates``: those with a style, a
    hidden and an aria-hidden attribute, each in document order), or ``None``."""
    if not _usable():
        return None
    from vn_newsdoc._walks import candidates  # noqa: PLC0415

    return candidates


def class_walk() -> ClassAttributes | None:
    """The walk for the class attributes under an element and their elements
    (``class_attributes``), or ``None``."""
    if not _usable():
        return None
    from vn_newsdoc._walks import class_attributes  # noqa: PLC0415

    return class_attributes


def id_walk() -> IdValues | None:
    """The walk for the id attributes under an element (``id_values``), or ``None``."""
    if not _usable():
        return None
    from vn_newsdoc._walks import id_values  # noqa: PLC0415

    return id_values
