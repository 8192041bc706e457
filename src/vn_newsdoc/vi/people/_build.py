"""Whether the people finder runs compiled: a few of its hottest loops are written one way
for the compiled build, where mypyc runs a plain loop natively, and another for the
interpreter, where one call into C costs less than a loop (tests run both against each
other)."""

from __future__ import annotations

from typing import Final

__all__ = ["COMPILED"]


def _probe() -> None:
    """A function whose type tells whether this module is compiled."""


COMPILED: Final = type(_probe).__name__ != "function"
"""Whether this package is compiled (its functions are then built-in ones; mypyc compiles
all of it or none)."""
