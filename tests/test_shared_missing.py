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
def test_without_shared_the_corpus_tests_skip_for_one_reason(tmp_path: Path) -> None:
    result = _pytest(tmp_path, ci=False)
    assert result.returncode == 0, result.stdout + result.stderr
    skips = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skips) == 2, result.stdout
    for line in skips:
        assert line.endswith(
            f"needs ../shared beside the checkout: {tmp_path / 'nowhere' / 'corpus'}, "
            f"{tmp_path / 'nowhere' / 'seed'} not found "
            "(set VN_NEWSDOC_SHARED to the folder that holds corpus/ and seed/)"
        ), line
    assert "2 skipped" in result.stdout


@pytest.mark.slow
def test_without_shared_under_ci_the_corpus_tests_fail_saying_why(tmp_path: Path) -> None:
    result = _pytest(tmp_path, ci=True)
    assert result.returncode == 1, result.stdout + result.stderr
    # pytest reports a failure in a test's set-up as an error of that test.
    failures = [line for line in result.stdout.splitlines() if line.startswith("ERROR")]
    assert len(failures) == 2, result.stdout
    assert all("CI needs ../shared beside the checkout" in line for line in failures), failures
