"""The README's first screen: its two commands are real, and CI runs the second one; its
examples print what they show."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = 'pip install -e ".[test]" && python -m pytest -n auto'


def _first_screen_commands() -> list[str]:
    block = re.search(r"```console\n(.*?)```", README, re.DOTALL)
    assert block is not None, "the README has no console block"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_first_screen_has_the_two_commands() -> None:
    install, tests = _first_screen_commands()
    assert install.startswith("pip install . && python -m vn_newsdoc examples/sample-article.")
    assert tests == TEST_COMMAND
    assert README.index(TEST_COMMAND) < 1500, "the test command is not on the first screen"


def test_first_command_reads_a_file_of_the_repository() -> None:
    install, _ = _first_screen_commands()
    sample = install.rsplit(" ", 1)[1]
    assert (ROOT / sample).is_file(), sample


def test_ci_runs_the_readme_test_command_exactly() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci.splitlines() if line and not line.startswith("#")]
    assert commands[-1] == TEST_COMMAND


def test_readme_examples_show_what_they_print(tmp_path: Path) -> None:
    """Every ``pycon`` example of the README runs as a doctest, from a directory that is not
    the project's, and prints what the README says it prints."""
    blocks = re.findall(r"```pycon\n(.*?)```", README, re.DOTALL)
    assert blocks, "the README has no pycon example"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        for number, block in enumerate(blocks):
            test = parser.get_doctest(block, {}, f"README.md[{number}]", "README.md", 0)
            assert test.examples, block
            runner.run(test, out=lambda report: pytest.fail(report, pytrace=False))
    finally:
        os.chdir(cwd)
    assert runner.summarize(verbose=False).attempted >= 8
