"""The documentation builds with warnings as errors, and every example in it runs.

``-b html`` with ``-W`` fails on any warning (a broken cross-reference included: the docs
are nitpicky); ``-b doctest`` runs the pages' examples (pytest's ``--doctest-modules`` runs
those of the docstrings). The API reference must name every public module.
"""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import vn_newsdoc
from conftest import ROOT

DOCS = ROOT / "docs"


def _public_modules() -> list[str]:
    """Every module of the package whose dotted name has no private part."""
    return sorted(
        info.name
        for info in pkgutil.walk_packages(vn_newsdoc.__path__, "vn_newsdoc.")
        if not any(p.startswith("_") and p != "__main__" for p in info.name.split("."))
    )


def test_api_reference_covers_every_public_module() -> None:
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\.\. automodule:: (\S+)$", page, re.MULTILINE))
    missing = sorted(set(_public_modules()) - documented - {"vn_newsdoc"})
    assert not missing, f"docs/api.md does not document {missing}"
    assert "vn_newsdoc" in documented


def _sphinx(builder: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-n",
            "-q",
            "-E",
            "-b",
            builder,
            "-d",
            str(out / "doctrees"),
            str(DOCS),
            str(out / builder),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=900,
    )


@pytest.mark.slow
def test_html_builds_without_warnings(tmp_path: Path) -> None:
    result = _sphinx("html", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stderr.strip(), result.stderr
    assert (tmp_path / "html" / "api.html").is_file()


@pytest.mark.slow
def test_doctests_pass(tmp_path: Path) -> None:
    result = _sphinx("doctest", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    report = (tmp_path / "doctest" / "output.txt").read_text(encoding="utf-8")
    summary = report[report.index("Doctest summary") :]
    counts = {
        m[2]: int(m[1])
        for m in re.finditer(r"^\s*(\d+) (tests?|failures? in tests)$", summary, re.M)
    }
    assert counts.get("tests", counts.get("test", 0)) >= 20, f"too few doctests ran:\n{summary}"
    assert counts.get("failures in tests", counts.get("failure in tests", 0)) == 0, report
