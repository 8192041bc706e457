"""The command line on a batch: the corpus repeated to N pages, read with --jobs 1 and 2.

Usage::

    python bench/batch.py [--pages 1000 10000] [--jobs 1 2]

The corpus pages (``$VN_NEWSDOC_SHARED/corpus`` or ``../shared/corpus``) are linked into a
temporary folder outside the repository until there are N of them, and
``vn-newsdoc FOLDER -o /dev/null --jobs J`` runs on it in a fresh process for each N and J.
It prints the pages per second, the speed-up over the first ``--jobs`` value, and the peak
resident memory of the process that runs the command line (MiB), so that memory can be seen
to stay flat from 1,000 to 10,000 pages. (The workers are started by a fork server, not by
that process, so their memory is not in the figure; each holds one page at a time.) Run it
on an otherwise idle machine: the speed-up is only as good as the free cores.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VN_NEWSDOC_SHARED", ROOT.parent / "shared"))

# Runs the command line in this child process and reports its own peak memory (ru_maxrss
# is in KiB on Linux).
_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from vn_newsdoc.cli import main
    start = time.perf_counter()
    status = main(sys.argv[1:])
    elapsed = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"status": status, "seconds": elapsed, "own": own}))
    """
)


def _folder(pages: list[Path], count: int, where: Path) -> Path:
    """A folder of ``count`` links to the corpus pages, taken in turn."""
    folder = where / f"pages-{count}"
    folder.mkdir()
    for i in range(count):
        page = pages[i % len(pages)]
        (folder / f"{i:06d}-{page.parent.name}.html").symlink_to(page)
    return folder


def _run(folder: Path, jobs: int) -> dict[str, float]:
    argv = [str(folder), "-o", os.devnull, "--jobs", str(jobs), "--no-progress", "--quiet"]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *argv], capture_output=True, text=True, check=False
    )
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "{}"
    result: dict[str, float] = json.loads(last)
    if result.get("status") not in (0, 1):
        raise SystemExit(f"the command line failed: {done.stderr[-2000:]}")
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the batches and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    pages = sorted((SHARED / "corpus").glob("*/*.html"))
    if not pages:
        print(f"no corpus pages under {SHARED / 'corpus'} (set VN_NEWSDOC_SHARED)")
        return 2
    print(f"{os.cpu_count()} cores; corpus of {len(pages)} pages, repeated")
    print(f"{'pages':>7} {'jobs':>5} {'seconds':>9} {'pages/s':>9} {'speed-up':>9} {'RSS MiB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.pages:
            folder = _folder(pages, count, Path(tmp))
            first: float | None = None
            for jobs in args.jobs:
                result = _run(folder, jobs)
                rate = count / result["seconds"]
                first = first or rate
                print(
                    f"{count:>7} {jobs:>5} {result['seconds']:>9.1f} {rate:>9.1f} "
                    f"{rate / first:>8.2f}x {result['own']:>8.0f}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
