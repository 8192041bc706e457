"""The documentation builds with warnings as errors, and every example in it runs.

``-b html`` with ``-W`` fails on any warning (a broken cross-reference included: the docs
are nitpicky); ``-b doctest`` runs the examples of the pages and of the API reference.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

DOCS = ROOT / "docs"


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


def test_html_builds_without_warnings(tmp_path: Path) -> None:
    result = _sphinx("html", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stderr.strip(), result.stderr
    assert (tmp_path / "html" / "api.html").is_file()


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
