"""Without ../shared, the tests that read it skip with one reason; under CI they fail at set-up.

Each case runs one real corpus test in a child pytest with ``VN_NEWSDOC_SHARED`` pointing
at a folder that does not exist.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

# A test that reads the corpus, and one parametrized over its pages (no parameters at all
# without the corpus, which pytest would otherwise report as an "empty parameter set").
CORPUS_TESTS = [
    "tests/html/test_sites.py::test_every_corpus_site_has_a_profile",
    "tests/vi/test_dates.py::test_corpus_page_date_strings_read_to_the_expected_times",
]

PYTEST_OPTIONS = ["-p", "no:cacheprovider", "-q", "-rsE", "-n0"]


def _pytest(tmp_path: Path, *, ci: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"CI", "PYTEST_XDIST_WORKER"}}
    env["VN_NEWSDOC_SHARED"] = str(tmp_path / "nowhere")
    env["COLUMNS"] = "1000"  # the summary lines whole, not cut to the terminal's width
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", *PYTEST_OPTIONS, *CORPUS_TESTS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("ci", "status", "report"),
    [
        pytest.param(False, 0, "SKIPPED", id="skipped"),
        # pytest reports a failure in a test's set-up as an error of that test.
        pytest.param(True, 1, "ERROR", id="failed-under-ci"),
    ],
)
def test_without_shared_the_corpus_tests_say_why(
    tmp_path: Path, ci: bool, status: int, report: str
) -> None:
    result = _pytest(tmp_path, ci=ci)
    assert result.returncode == status, result.stdout + result.stderr
    reason = (
        f"needs ../shared beside the checkout: {tmp_path / 'nowhere' / 'corpus'}, "
        f"{tmp_path / 'nowhere' / 'seed'} not found "
        "(set VN_NEWSDOC_SHARED to the folder that holds corpus/ and seed/)"
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(report)]
    assert len(lines) == 2, result.stdout
    for line in lines:
        assert line.endswith(f"CI {reason}" if ci else f": {reason}"), line
