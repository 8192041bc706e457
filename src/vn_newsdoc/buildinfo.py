"""Which build of vn_newsdoc is running.

The library comes in two builds that read every page alike: the pure-Python package, and
the compiled build, whose reader is compiled to C by mypyc and which adds two C extensions
of its own (a pass over a page's bytes and walks over the parsed page), about a third
faster. :func:`build_info` tells which one an installation holds, and whether its C
extensions are in use: the walks read lxml's and libxml2's structures directly, so they
are used only with the release series of both they were built for (a patch release keeps
them), and a compiled build run with another series reads as before, without them.
``vn-newsdoc --version`` prints the same.

>>> from vn_newsdoc import build_info
>>> info = build_info()
>>> info.version == __import__("vn_newsdoc").__version__
True
"""

from __future__ import annotations

import importlib
import importlib.machinery

import attrs

__all__ = ["BuildInfo", "build_info"]

# A module the compiled build always compiles: light, and imported by every reader.
_COMPILED_PROBE = "vn_newsdoc.text"


@attrs.frozen
class BuildInfo:
    """The build running, as :func:`build_info` finds it; its ``str`` is the phrase
    ``vn-newsdoc --version`` prints after the version.

    >>> str(BuildInfo("1.0", compiled=False, byte_scan=False, walks=False,
    ...                walks_built_for=None, running=("6.2.0", "2.14.4")))
    'pure Python'
    >>> print(BuildInfo("1.0", compiled=True, byte_scan=True, walks=False,
    ...                 walks_built_for=("6.2.0", "2.14.4"), running=("6.3.0", "2.14.4")))
    ... # doctest: +NORMALIZE_WHITESPACE
    compiled, C byte scan, C walks off: built for lxml 6.2.0 and libxml2 2.14.4,
    running lxml 6.3.0 and libxml2 2.14.4
    """

    version: str
    """The library's version (``vn_newsdoc.__version__``)."""
    compiled: bool
    """Whether the reader's modules are compiled (the compiled build)."""
    byte_scan: bool
    """Whether the C pass over a page's bytes is in use."""
    walks: bool
    """Whether the C walks over the parsed page are in use."""
    walks_built_for: tuple[str, str] | None
    """The versions of lxml and libxml2 the walks were built for; ``None`` where there are
    no walks (the pure-Python package, or an lxml whose C API differs from theirs)."""
    running: tuple[str, str]
    """The versions of lxml and libxml2 running."""

    def __str__(self) -> str:
        if not (self.compiled or self.byte_scan or self.walks_built_for):
            return "pure Python"
        parts = [
            "compiled" if self.compiled else "pure Python",
            "C byte scan" if self.byte_scan else "no C byte scan",
        ]
        built = self.walks_built_for
        if self.walks:
            parts.append("C walks")
        elif built is None:
            parts.append("no C walks")
        else:
            lxml, libxml2 = self.running
            parts.append(
                f"C walks off: built for lxml {built[0]} and libxml2 {built[1]}, "
                f"running lxml {lxml} and libxml2 {libxml2}"
            )
        return ", ".join(parts)


def build_info() -> BuildInfo:
    """The build of the library running: whether it is compiled and which of its C
    extensions are in use.

    Returns:
        A :class:`BuildInfo`; ``str()`` of it names the build in a phrase (``pure
        Python``, ``compiled, C byte scan, C walks``).

    >>> info = build_info()
    >>> info.compiled or str(info) == "pure Python"
    True
    """
    from vn_newsdoc import __version__  # noqa: PLC0415 (the package imports this module lazily)
    from vn_newsdoc.html import _native  # noqa: PLC0415 (lxml, only when asked)

    probe = importlib.import_module(_COMPILED_PROBE).__file__ or ""
    compiled = probe.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    return BuildInfo(
        __version__,
        compiled=compiled,
        byte_scan=_native.byte_scan() is not None,
        walks=_native.hidden_walk() is not None,
        walks_built_for=_native.walks_built_for(),
        running=_native.running_versions(),
    )
