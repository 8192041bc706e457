"""Time vn_newsdoc's HTML reader against its peers on every page of ../shared/corpus.

Each extractor reads each page's bytes ``--repeat`` times (after one warm-up read), the
contenders taking turns so that the machine's load weighs on all alike; a page's time is
the median of its repetitions, and the table gives the median and the mean
of those page times over the corpus, in milliseconds, with the ratio of each median to
trafilatura's. Timed, all on the same bytes:

* ``read_html``: the whole reader (:func:`vn_newsdoc.html.read_html`), and
  ``read_html -p``, the generic path alone (``site_profiles=False``);
* ``parse_html`` and ``extract_metadata``: the reader's parse (decoding included) and its
  metadata pass alone, to show where the time goes;
* ``trafilatura``: ``bare_extraction`` with metadata;
* ``readability``: readability-lxml's ``Document(...).summary()``;
* ``lxml parse``: ``lxml.html.document_fromstring`` of the bytes, the floor.

Run: ``python bench/speed.py [--repeat N]``. The corpus is read from ``../shared/corpus``
beside the project, or from ``$VN_NEWSDOC_SHARED/corpus``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VN_NEWSDOC_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"

Timed = Callable[[bytes, "str | None"], object]


def _pages() -> list[tuple[str, bytes, str | None]]:
    pages = []
    for html in sorted(CORPUS.glob("*/*.html")):
        expected = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append((f"{html.parent.name}/{html.stem}", html.read_bytes(), expected.get("url")))
    return pages


def _contenders() -> dict[str, Timed]:
    found: dict[str, Timed] = {}
    try:
        from vn_newsdoc.html import read_html  # noqa: PLC0415
        from vn_newsdoc.html._parse import parse_html  # noqa: PLC0415
        from vn_newsdoc.html.metadata import extract_metadata  # noqa: PLC0415
    except ImportError:
        print("vn_newsdoc.html.read_html is not available yet: timing the peers alone.")
    else:
        found["read_html"] = lambda data, url: read_html(data, url=url)
        found["read_html -p"] = lambda data, url: read_html(data, url=url, site_profiles=False)
        found["parse_html"] = lambda data, url: parse_html(data, source_name=url)
        roots: dict[bytes, lxml.html.HtmlElement] = {}

        def metadata(data: bytes, url: str | None) -> object:
            # The metadata pass alone, on a tree parsed once beforehand (not timed).
            root = roots.get(data)
            if root is None:
                root = roots.setdefault(data, parse_html(data))
                return None
            return extract_metadata(root, url=url)

        found["extract_metadata"] = metadata
    try:
        trafilatura = importlib.import_module("trafilatura")
    except ImportError:
        pass
    else:
        found["trafilatura"] = lambda data, url: trafilatura.bare_extraction(
            data, url=url, with_metadata=True
        )
    try:
        readability = importlib.import_module("readability")
    except ImportError:
        pass
    else:
        found["readability"] = lambda data, url: readability.Document(data, url=url).summary()
    found["lxml parse"] = lambda data, url: lxml.html.document_fromstring(data)
    return found


def measure(repeat: int) -> dict[str, list[float]]:
    """Per contender, the median time of each page in milliseconds.

    Contenders take turns on each page and each repetition, so that a change in the
    machine's load during the run weighs on all of them alike.
    """
    pages = _pages()
    contenders = _contenders()
    results: dict[str, list[float]] = {name: [] for name in contenders}
    for _page, data, url in pages:
        runs: dict[str, list[float]] = {name: [] for name in contenders}
        for fn in contenders.values():
            fn(data, url)  # warm-up (and, for extract_metadata, the untimed parse)
        for _ in range(repeat):
            for name, fn in contenders.items():
                start = time.perf_counter()
                fn(data, url)
                runs[name].append((time.perf_counter() - start) * 1000)
        for name in contenders:
            results[name].append(statistics.median(runs[name]))
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the timings and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="reads per page (default 5)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS} (set VN_NEWSDOC_SHARED)", file=sys.stderr)
        return 2
    results = measure(max(1, args.repeat))
    base = statistics.median(results["trafilatura"]) if "trafilatura" in results else None
    pages = len(next(iter(results.values())))
    print(f"{pages} pages of {CORPUS}, {args.repeat} reads each (median per page)")
    print()
    header = f"{'contender':<18}{'median ms':>10}{'mean ms':>10}{'max ms':>10}{'÷ trafilatura':>15}"
    print(header)
    print("-" * len(header))
    for name, times in results.items():
        median = statistics.median(times)
        ratio = f"{median / base:.2f}" if base else "n/a"
        print(
            f"{name:<18}{median:>10.2f}{statistics.fmean(times):>10.2f}{max(times):>10.2f}"
            f"{ratio:>15}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
