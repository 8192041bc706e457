"""Hostile inputs through the readers and writers: time, peak memory and outcome of each.

Usage::

    python bench/hostile.py [--limit SECONDS] [--only TEXT ...] [--scale FACTOR]

Every case of ``tests/hostile.py`` (the faults of issue 8, pages with a text without
spaces, a million attributes, 100,000 table cells, 10,000 JSON-LD blocks, 10,000 ``<meta>``
dates...) and every regular expression of ``vn_newsdoc.vi`` fed its worst case (a
50,000-character run of the characters it repeats, followed by one it cannot end on) runs
in a fresh process, killed after ``--limit`` seconds (20 by default). Columns: the case,
the issue's fault number, the input's size, seconds (building the input excluded), the
process's peak resident memory in MB over a bare interpreter's with the library imported,
and the verdict: ``Article`` (``written`` for a writer), the reader error raised, ``other
exception: <type>``, ``lost data`` (a round trip that does not read back what it wrote),
``message of N chars`` (an error message of 1,000 characters or more) or ``over 5 s``.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import hostile  # noqa: E402 (the table lives with the tests, which run it too)
import regex_audit  # noqa: E402

BUDGET = 5.0
REGEX_RUN = 50_000


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _child(kind: str, index: int, unit: int) -> None:
    """Run one case in this process and print its outcome as JSON."""
    if kind == "case":
        case = hostile.CASES[index]
        base = _peak_mb()
        start = time.perf_counter()
        verdict, exc = hostile.run(case, case.size)
        took = time.perf_counter() - start
        if exc is not None and len(str(exc)) >= 1_000:
            verdict = f"{verdict}, message of {len(str(exc))} chars"
    else:
        pattern = regex_audit.patterns("vn_newsdoc.vi")[index][1]
        run = regex_audit.subject(pattern, regex_audit.RUNS[unit], REGEX_RUN)
        name = regex_audit.patterns("vn_newsdoc.vi")[index][0]
        base = _peak_mb()
        start = time.perf_counter()
        if name in regex_audit.ANCHORED:
            pattern.match(run)  # as the package uses it: at one position
        else:
            pattern.findall(run)
        took = time.perf_counter() - start
        verdict = "ran"
    print(json.dumps({"seconds": took, "mb": _peak_mb() - base, "verdict": verdict}))


def _rows(only: list[str], regex: bool = True) -> list[tuple[str, str, int, int, str]]:
    """(kind, label, index, run unit, fault) of each case to run."""

    rows = [
        (
            "case",
            f"{c.name} [{c.call}, n={c.size:,}]",
            i,
            0,
            "" if c.fault is None else str(c.fault),
        )
        for i, c in enumerate(hostile.CASES)
    ]
    for i, (name, pattern) in enumerate(regex_audit.patterns("vn_newsdoc.vi") if regex else []):
        unit = regex_audit.slowest_run(pattern)
        where = name.removeprefix("vn_newsdoc.vi.")
        label = f"{where} {pattern.pattern[:30]!r} on {REGEX_RUN:,} x {unit!r}"
        rows.append(("regex", label, i, regex_audit.RUNS.index(unit), ""))
    return [r for r in rows if not only or any(o in r[1] for o in only)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=float, default=20.0, help="kill a case after this")
    parser.add_argument("--no-regex", action="store_true", help="skip the vi/ patterns")
    parser.add_argument("--only", nargs="*", default=[], help="cases whose name holds TEXT")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), int(args.child[2]))
        return 0
    failures = 0
    print(f"{'case':<78} {'fault':>5} {'seconds':>8} {'peak MB':>8}  verdict")
    for kind, name, index, unit, fault in _rows(args.only, not args.no_regex):
        command = [sys.executable, __file__, "--child", kind, str(index), str(unit)]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=args.limit, check=False
            )
        except subprocess.TimeoutExpired:
            seconds, mb, verdict = f">{args.limit:.0f}", "", f"over {BUDGET:.0f} s (killed)"
        else:
            if done.returncode:
                last = (done.stderr.strip().splitlines() or ["?"])[-1]
                seconds, mb, verdict = "", "", f"crashed: {last[:60]}"
            else:
                out = json.loads(done.stdout.strip().splitlines()[-1])
                seconds, mb = f"{out['seconds']:.2f}", f"{out['mb']:.0f}"
                verdict = out["verdict"]
                if out["seconds"] > BUDGET:
                    verdict = f"over {BUDGET:.0f} s ({verdict})"
        bad = not re.fullmatch(r"Article|written|ran|\w+Error", verdict)
        failures += bad
        print(f"{name[:78]:<78} {fault:>5} {seconds:>8} {mb:>8}  {verdict}", flush=True)
    print(f"\n{failures} case(s) break a promise (budget {BUDGET:.0f} s, reader errors only)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
