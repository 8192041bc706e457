"""No regular expression of the package backtracks over a long run of one kind of character.

Every compiled pattern the package's modules hold (:mod:`regex_audit`) searches, in a
separate process, each of the runs of :data:`regex_audit.RUNS` at 50,000 characters. A
pattern that is linear on a run answers in a few milliseconds; one whose quantifiers take
turns over the run (quadratic) needs ten seconds or more. Each case gets ``_PER_CASE``
seconds of *processor* time, enforced by the kernel (``RLIMIT_CPU``: the child is stopped by
``SIGXCPU`` when it has used them), so a busy machine, which only stretches the wall-clock
time, cannot make a linear pattern fail; a stopped case runs once more alone before it
counts. The wall clock only guards against a hung child, with a wide margin. This is a
ceiling that catches backtracking, not a speed measurement (those are in ``bench/``). A
pattern the package only ever matches at one position (``match``/``fullmatch``) is tried
there, as it is used, rather than at every position.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import regex_audit

_LENGTH = 50_000
_PER_CASE = 3  # seconds of processor time per case (RLIMIT_CPU counts whole seconds)
_HUNG = 120.0  # seconds of wall-clock time without progress: the child is hung, not slow
PATTERNS = regex_audit.patterns()
# Quadratic on runs of white space, in modules being rewritten for issue 8 (faults 3 and 13
# and the text form); each is expected to fail here until its fix lands, and then to pass.
_KNOWN: dict[str, str] = {}
_ANCHORED = regex_audit.ANCHORED

_CHILD = textwrap.dedent(
    """
    import math, resource, sys, time, regex_audit
    found = regex_audit.patterns()
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    patterns = [p for _, p in found]
    anchored = {i for i, (name, _) in enumerate(found) if name in sys.argv[4:]}
    start, length, stop = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    units = regex_audit.RUNS
    for case in range(start, min(stop, len(patterns) * len(units))):
        index = case // len(units)
        pattern = patterns[index]
        text = regex_audit.subject(pattern, units[case % len(units)], length)
        # This case's budget of processor time; past it the kernel stops the process.
        budget = math.ceil(time.process_time()) + PER_CASE
        if hard != resource.RLIM_INFINITY:
            budget = min(budget, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (budget, hard))
        if index in anchored:
            pattern.match(text)
        else:
            pattern.findall(text)
        print(case, flush=True)
    """
).replace("PER_CASE", str(_PER_CASE))


def _slow_cases() -> dict[int, set[str]]:
    """Pattern index -> the runs it did not finish within ``_PER_CASE`` seconds."""
    tests = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tests), *sys.path])}
    total = len(PATTERNS) * len(regex_audit.RUNS)
    slow: dict[int, set[str]] = {}
    start = 0
    child_args = [sys.executable, "-c", _CHILD]
    while start < total:
        with subprocess.Popen(
            [*child_args, str(start), str(_LENGTH), str(total), *sorted(_ANCHORED)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        ) as child:
            stuck = _follow(child, start)
        if stuck is None:
            break
        units = len(regex_audit.RUNS)
        try:
            if PATTERNS[stuck // units][0] in _KNOWN:
                # Known to be slow: no second try (it would only take longer).
                raise subprocess.TimeoutExpired(cmd="", timeout=_PER_CASE)
            retry = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _CHILD,
                    str(stuck),
                    str(_LENGTH),
                    str(stuck + 1),
                    *_ANCHORED,
                ],
                env=env,
                capture_output=True,
                timeout=_HUNG,
                check=False,
            )
            if retry.returncode == -signal.SIGXCPU:
                raise subprocess.TimeoutExpired(cmd="", timeout=_PER_CASE)
            assert retry.returncode == 0, f"the audit's process failed: {retry.stderr[-500:]!r}"
        except subprocess.TimeoutExpired:
            slow.setdefault(stuck // units, set()).add(regex_audit.RUNS[stuck % units])
            # One slow run is enough: go on with the next pattern.
            start = (stuck // units + 1) * units
        else:
            start = stuck + 1
    return slow


def _follow(child: subprocess.Popen[str], start: int) -> int | None:
    """Read ``child``'s progress; returns the case it is stuck on (it used up its processor
    time, or made no progress for ``_HUNG`` seconds), or ``None`` at the end."""
    assert child.stdout is not None
    deadline = time.monotonic() + _HUNG
    done = start - 1
    while True:
        ready, _, _ = select.select([child.stdout], [], [], max(0, deadline - time.monotonic()))
        if not ready:
            child.kill()
            child.wait()
            return done + 1
        line = child.stdout.readline()
        if not line:
            code = child.wait()
            if code == -signal.SIGXCPU:
                return done + 1
            assert code == 0, "the audit's process failed"
            return None
        done = int(line)
        deadline = time.monotonic() + _HUNG


@pytest.fixture(scope="module")
def slow_cases() -> dict[int, set[str]]:
    return _slow_cases()


def test_the_audit_finds_the_package_patterns() -> None:
    names = {name for name, _ in PATTERNS}
    assert len(PATTERNS) > 100
    assert "vn_newsdoc.html._credit_marks.CREDIT_RE" in names
    assert any(name.startswith("vn_newsdoc.vi.") for name in names)


@pytest.mark.parametrize(
    "index",
    [
        pytest.param(
            i,
            id=name,
            marks=[pytest.mark.xfail(reason=_KNOWN[name], strict=True)] if name in _KNOWN else [],
        )
        for i, (name, _) in enumerate(PATTERNS)
    ],
)
def test_no_pattern_backtracks_over_a_run(index: int, slow_cases: dict[int, set[str]]) -> None:
    name, pattern = PATTERNS[index]
    assert not slow_cases.get(index), (
        f"{name} /{pattern.pattern!r}/ takes over {_PER_CASE} s on {_LENGTH:,} characters of "
        f"{sorted(slow_cases[index])}"
    )


def test_the_audit_catches_a_quadratic_pattern() -> None:
    # The audit's own check: the classic list splitter, quadratic on a run of spaces.
    code = _CHILD.replace(
        "found = regex_audit.patterns()",
        r"import re; found = [('splitter', re.compile(r'\s*[,;]\s*'))]",
    )
    assert code != _CHILD
    tests = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tests), *sys.path])}
    stopped = subprocess.run(
        [sys.executable, "-c", code, "0", "200000", "1"], env=env, timeout=_HUNG, check=False
    )
    # Stopped by the kernel for using up its processor time, not by a wall clock.
    assert stopped.returncode == -signal.SIGXCPU
