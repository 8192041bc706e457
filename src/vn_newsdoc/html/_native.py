"""The compiled build's C extensions, where they may be used: the pass over a page's bytes
(``vn_newsdoc/_bytescan.c``), which stands for decoding and counting them
(``tests/html/test_bytescan.py``), and the walks over a parsed page
(``vn_newsdoc/_walks.c``), each standing for XPath searches the reader makes otherwise
(``tests/html/test_walks.py``). The pure-Python package has neither: each function here
gives ``None`` there, and the reader does the work as it always has.

The walks read lxml's and libxml2's structures directly, so they are used only with the
release series (major and minor version) of lxml and of libxml2 the compiled build was made
with: a patch release of either keeps them, a compiled build after an upgrade to another
series (until it is made again) searches as before. (The structures they read have kept
their layout much longer: walks built for lxml 6.2.0 and libxml2 2.14.6 find what the
searches find with lxml 6.1.3 and with lxml 5.4.0 and libxml2 2.13.8.)

>>> hidden_walk() is None or callable(hidden_walk())
True
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from lxml import etree
from lxml.etree import _Element

__all__ = [
    "byte_scan",
    "class_walk",
    "hidden_walk",
    "id_walk",
    "running_versions",
    "same_series",
    "survey_walk",
    "walks_built_for",
]

Scan = Callable[[bytes], tuple[bool, bool, int, int]]
Candidates = Callable[
    [_Element, tuple[str, ...]],
    tuple[list[_Element], list[_Element], list[_Element], list[_Element], bool],
]
ClassAttributes = Callable[[_Element], tuple[list[str], list[_Element]] | None]
IdValues = Callable[[_Element], list[str] | None]
# The survey's walk (given the survey's memories of classes and hints): each node's
# position, the elements of a hint with their keys and notes, the headings and the time
# elements (vn_newsdoc/_walks.c says what each holds).
SurveyWalk = Callable[
    [_Element, dict[str, int], dict[str, int]],
    tuple[
        dict[_Element, int],
        list[_Element],
        list[str],
        list[str | bool | None],
        list[_Element],
        list[_Element],
    ]
    | None,
]


def byte_scan() -> Scan | None:
    """The pass over a page's bytes (``scan``: whether they are well-formed UTF-8, whether
    their text holds mojibake to repair, their counts of ``<`` and ``=``), or ``None``."""
    try:
        from vn_newsdoc._bytescan import scan  # noqa: PLC0415
    except ImportError:
        return None
    return scan


def running_versions() -> tuple[str, str]:
    """The versions of lxml and libxml2 running, as the walks record theirs
    (``("6.2.0", "2.14.4")``)."""
    return (
        ".".join(map(str, etree.LXML_VERSION[:3])),
        ".".join(map(str, etree.LIBXML_VERSION)),
    )


def walks_built_for() -> tuple[str, str] | None:
    """The versions of lxml and libxml2 the walks were built for, or ``None`` where there
    are no walks (the pure-Python package, or an lxml whose C API differs from the one
    they were built against, which fails their import)."""
    try:
        from vn_newsdoc import _walks  # noqa: PLC0415
    except ImportError:
        return None
    return (_walks.LXML_BUILT, _walks.LIBXML_BUILT)


def same_series(built: tuple[str, str], running: tuple[str, str]) -> bool:
    """Whether the lxml and libxml2 running are of the release series (major and minor
    version) the walks were built for.

    >>> same_series(("6.2.0", "2.14.6"), ("6.2.3", "2.14.9"))
    True
    >>> same_series(("6.2.0", "2.14.6"), ("6.3.0", "2.14.6"))
    False
    """
    return all(b.split(".")[:2] == r.split(".")[:2] for b, r in zip(built, running, strict=True))


@functools.lru_cache(maxsize=1)
def _usable() -> bool:
    """Whether the walks are built, and built for the series of lxml and libxml2 running."""
    built = walks_built_for()
    return built is not None and same_series(built, running_versions())


def hidden_walk() -> Candidates | None:
    """The walk that strips tags under an element and finds the hidden elements
    (``candidates``: those a style or an aria-hidden hides, judged in C, then those with a
    style, a hidden and an aria-hidden attribute left to judge, each in document order, and
    whether some of the tags are left to strip), or ``None``."""
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


def survey_walk() -> SurveyWalk | None:
    """The walk for what the page survey reads off each element (``survey_walk``), or
    ``None``."""
    if not _usable():
        return None
    from vn_newsdoc._walks import survey_walk as walk  # noqa: PLC0415

    return walk
