"""The checks a compiled build must pass, run on whichever build Python imports.

A compiled build (a wheel built with ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1``) must say it is
compiled, with both C extensions of the project's own in use
(:func:`vn_newsdoc.build_info`), and pass the HTML reader's, the Vietnamese layer's and the
text functions' tests, hostile input and the properties that readers raise nothing but our
errors among them. ``tests/test_compiled.py`` runs this on the build it makes from the
checkout; the release's wheel builder runs it on every wheel it makes (see
``docs/contributing.md``).

Run: ``python tests/compiled_checks.py [--no-corpus] [PYTEST_ARGS...]`` with the compiled
build first on ``sys.path``. ``--no-corpus`` leaves out the tests that read ``../shared``
(a wheel builder does not have it). Exit status: pytest's, or 1 when the build running is
not a compiled one with its C extensions.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SUITES = (
    "tests/html",
    "tests/vi",
    "tests/test_text.py",
    "tests/test_hostile_errors.py",
    "tests/test_readers.py",
    "tests/test_buildinfo.py",
)
"""The suites run on the compiled build, relative to the project's root."""

COUNTING = (
    "tests/html/test_metadata.py::test_microdata_is_looked_for_only_where_the_tags_say_nothing",
)
"""Tests left out: they count a function's calls by patching it in its module, and a
compiled module calls its own functions directly, past the patch. They run in the pure
suite."""


def pytest_args(*, corpus: bool = True) -> list[str]:
    """The arguments of the pytest run on the compiled build."""
    return [
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:xdist",
        "-o",
        "addopts=--strict-markers --strict-config",
        f"--rootdir={ROOT}",
        *(str(ROOT / suite) for suite in SUITES),
        *(f"--deselect={test}" for test in COUNTING),
        *(() if corpus else ("-m", "not corpus")),
    ]


def main(argv: list[str]) -> int:
    """Check the build running, then run the suites on it (``argv``: the options above,
    then pytest's own)."""
    from vn_newsdoc import build_info  # noqa: PLC0415 (the build is checked before pytest)

    info = build_info()
    if not (info.compiled and info.byte_scan and info.walks):
        print(f"not a compiled build with its C extensions in use: {info}", file=sys.stderr)
        return 1
    corpus = "--no-corpus" not in argv
    rest = [arg for arg in argv if arg != "--no-corpus"]
    import pytest  # noqa: PLC0415

    return int(pytest.main([*pytest_args(corpus=corpus), *rest]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
