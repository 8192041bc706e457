"""Find every compiled regular expression of the package and the runs that could make it slow.

A pattern backtracks over a run when two quantifiers next to each other (or one inside
another) can both take the same characters: ``\\s*[,;]\\s*`` tried at every space of a run
of spaces with no comma scans the rest of the run each time, which is quadratic. Such a
pattern shows itself on a long run of one character class (or of two alternating) followed
by a character that ends no match. :func:`patterns` walks the package's modules for the
compiled patterns they hold (module globals, and inside tuples, lists, sets, dicts and
class attributes), :data:`RUNS` are the runs to try, and :func:`run_text` builds one.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from typing import Any

import vn_newsdoc

RUNS: tuple[str, ...] = (
    " ",
    "\u00a0",
    "\t",
    "\n",
    "a",
    "A",
    "ư",
    "Đ",
    "1",
    ".",
    ",",
    "-",
    "/",
    ":",
    "(",
    "<",
    "'",
    "&",
    "a ",
    "1/",
    "1.",
    "a.",
    "a-",
    "1 ",
    "a, ",
    "A ",
)
"""The runs tried on each pattern: one character or a short unit, repeated."""

ANCHORED = frozenset({"vn_newsdoc.vi.dates._tolerant._EDITED_BY"})
"""Patterns the package only matches at one position (``match``/``fullmatch``): they are
tried there, as they are used; searched at every position of a run they would be
quadratic, used as they are they are not."""


def run_text(unit: str, length: int) -> str:
    """``unit`` repeated to ``length`` characters, then a character no pattern ends on."""
    return (unit * (length // len(unit) + 1))[:length] + "\x00"


Pattern = re.Pattern[str] | re.Pattern[bytes]


def subject(pattern: Pattern, unit: str, length: int) -> str | bytes:
    """:func:`run_text` for ``pattern``: encoded to UTF-8 for a bytes pattern."""
    text = run_text(unit, length)
    return text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text


def _walk(value: object, name: str, depth: int = 0) -> Iterator[tuple[str, Pattern]]:
    if isinstance(value, re.Pattern):
        yield name, value
    elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        for i, item in enumerate(value):
            yield from _walk(item, f"{name}[{i}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{name}[{key!r}]", depth + 1)
    elif depth < 1 and isinstance(value, type):
        for attr, item in vars(value).items():
            yield from _walk(item, f"{name}.{attr}", depth + 1)


def patterns(prefix: str = "vn_newsdoc") -> list[tuple[str, Pattern]]:
    """Every distinct compiled pattern held by the modules under ``prefix``.

    Returns ``(where, pattern)`` pairs, ``where`` naming the module and variable of its
    first holder, in module order (the same order in every process).
    """
    names = [vn_newsdoc.__name__] + [
        m.name for m in pkgutil.walk_packages(vn_newsdoc.__path__, f"{vn_newsdoc.__name__}.")
    ]
    seen: set[tuple[str | bytes, int]] = set()
    found: list[tuple[str, Pattern]] = []
    for module_name in sorted(names):
        if not module_name.startswith(prefix) or module_name.endswith("__main__"):
            continue
        module = importlib.import_module(module_name)
        for attr, value in vars(module).items():
            for where, pattern in _walk(value, f"{module_name}.{attr}"):
                key = (pattern.pattern, pattern.flags)
                if key not in seen:
                    seen.add(key)
                    found.append((where, pattern))
    return found


def slowest_run(pattern: Pattern, length: int = 2_000) -> str:
    """The unit of :data:`RUNS` on which ``pattern`` takes longest at ``length`` characters."""
    timings = []
    for unit in RUNS:
        text: Any = subject(pattern, unit, length)
        start = time.perf_counter()
        pattern.findall(text)
        timings.append((time.perf_counter() - start, unit))
    return max(timings)[1]
