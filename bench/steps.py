"""Where ``read_html``'s time goes: each stage of the reader timed on every page.

The stages are those of :func:`vn_newsdoc.html._reading.read_page`, run one after another
on the same bytes: the parse (decoding, the input ceilings and lxml), the metadata, the
site profile, the page stripping, the page's making, each step of
:data:`~vn_newsdoc.html._reading.READING_ORDER` and the article's assembly; beside them,
``read_html`` whole and ``lxml.html.document_fromstring`` alone (the floor). Before any
timing, every page's staged reading is checked equal to ``read_html``'s, so that the stages
cannot drift from the reader unnoticed.

Each page is read ``--repeat`` times after a warm-up read; a stage's time on a page is the
median of its reads. The table gives, for each stage, the median over pages, the sum over
pages and that sum's share of the stages' sum (sums add up, medians do not). Times are
processor time by default (``--clock cpu``).

The build timed is the one Python imports: put a compiled build's unpacked wheel first on
``PYTHONPATH`` to time it.

Run: ``python bench/steps.py [--pages DIR] [--repeat N] [--clock cpu|wall]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.etree
import lxml.html
from speed import CORPUS, corpus_pages, folder_pages
from speed import Page as Source

import vn_newsdoc
from vn_newsdoc.formats.html import read_written_page
from vn_newsdoc.html import _reading, read_html
from vn_newsdoc.html._fields._cascade import Draft
from vn_newsdoc.html._page import Page
from vn_newsdoc.html._parse import parse_html
from vn_newsdoc.html.body._strip import _strip_page
from vn_newsdoc.html.metadata import _read_metadata
from vn_newsdoc.html.sites import profile_for_markers, profile_for_url
from vn_newsdoc.model import Article

_CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
_FIRST = ("parse", "metadata", "site profile", "strip", "page")
_LAST = ("article",)


def staged_read(
    data: bytes, url: str | None, clock: Callable[[], float], times: dict[str, float]
) -> Article | None:
    """``read_html(data, url=url)`` stage by stage as ``read_page`` runs them (site
    profiles on, no profiles of the user's), each stage's time added to ``times``; ``None``
    for a page ``write_html`` wrote (read exactly, not in stages)."""
    start = clock()
    root = parse_html(data, source_name=url, limits=None)
    if read_written_page(root) is not None:
        return None
    now = clock()
    times["parse"] += now - start
    meta, got = _read_metadata(root, url=url)
    start, now = now, clock()
    times["metadata"] += now - start
    profile = profile_for_url(url, profiles=(), built_in=True)
    if profile is None:
        markers = _reading._markers(meta, got.og_url_meta)
        profile = profile_for_markers(markers, profiles=(), built_in=True)
    start, now = now, clock()
    times["site profile"] += now - start
    _strip_page(root, got.buttons, got.mains)
    start, now = now, clock()
    times["strip"] += now - start
    page = Page(root, meta, profile, url=url, name=url or "<html>", strict=False, reference=None)
    draft = Draft()
    start, now = now, clock()
    times["page"] += now - start
    for name, step in _reading.READING_ORDER:
        step(page, draft)
        start, now = now, clock()
        times[name] += now - start
    article = _reading._article(page, draft)
    times["article"] += clock() - now
    return article


def _check(pages: list[Source]) -> list[Source]:
    """The pages read in stages, each checked to read as ``read_html`` reads it (those it
    refuses and those ``write_html`` wrote are left out, with a line saying so)."""
    kept = []
    for name, data, url in pages:
        try:
            whole = read_html(data, url=url)
        except vn_newsdoc.NewsdocError as exc:
            print(f"{name}: left out, read_html refuses it ({exc})", file=sys.stderr)
            continue
        staged = staged_read(data, url, time.perf_counter, _zeroes())
        if staged is None:
            print(f"{name}: left out, a page write_html wrote", file=sys.stderr)
            continue
        if staged != whole:
            raise SystemExit(f"{name}: read in stages, it differs from read_html's reading")
        kept.append((name, data, url))
    return kept


def _zeroes() -> dict[str, float]:
    names = (*_FIRST, *(name for name, _ in _reading.READING_ORDER), *_LAST)
    return dict.fromkeys(names, 0.0)


def run(pages: list[Source], repeat: int, clock: Callable[[], float]) -> dict[str, list[float]]:
    """Per stage (and ``read_html`` and ``lxml parse``), each page's median time in ms."""
    per_page: dict[str, list[float]] = {}
    for _, data, url in pages:
        reads: list[dict[str, float]] = []
        wholes: list[float] = []
        floors: list[float] = []
        staged_read(data, url, clock, _zeroes())  # warm-up
        read_html(data, url=url)
        for _ in range(repeat):
            times = _zeroes()
            staged_read(data, url, clock, times)
            reads.append(times)
            start = clock()
            read_html(data, url=url)
            wholes.append(clock() - start)
            start = clock()
            lxml.html.document_fromstring(data)
            floors.append(clock() - start)
        for stage in reads[0]:
            per_page.setdefault(stage, []).append(statistics.median(r[stage] for r in reads) * 1e3)
        per_page.setdefault("read_html", []).append(statistics.median(wholes) * 1e3)
        per_page.setdefault("lxml parse", []).append(statistics.median(floors) * 1e3)
    return per_page


def report(per_page: dict[str, list[float]]) -> str:
    """The table: each stage's median and sum over pages, and its share of the stages'."""
    stages = [s for s in per_page if s not in ("read_html", "lxml parse")]
    total = sum(sum(per_page[s]) for s in stages) or 1.0
    width = max(len(s) for s in per_page)
    lines = [f"{'stage':<{width}}  median ms    sum ms   share", "-" * (width + 28)]
    for stage in sorted(stages, key=lambda s: -sum(per_page[s])):
        times = per_page[stage]
        lines.append(
            f"{stage:<{width}}  {statistics.median(times):9.3f} {sum(times):9.2f}"
            f" {sum(times) / total:7.1%}"
        )
    lines.append("-" * (width + 28))
    for row in ("read_html", "lxml parse"):
        times = per_page[row]
        lines.append(f"{row:<{width}}  {statistics.median(times):9.3f} {sum(times):9.2f}")
    floor = statistics.median(per_page["lxml parse"])
    lines.append(
        f"read_html ÷ lxml parse (medians): {statistics.median(per_page['read_html']) / floor:.2f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--pages", type=Path, help="a folder of *.html pages (default: the corpus)")
    parser.add_argument("--repeat", type=int, default=5, help="timed reads a page (default 5)")
    parser.add_argument("--clock", choices=sorted(_CLOCKS), default="cpu")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    pages = folder_pages(args.pages) if args.pages else corpus_pages()
    if not pages:
        parser.error(f"no pages in {args.pages or CORPUS}")
    pages = _check(pages)
    compiled = not _reading.__file__ or not _reading.__file__.endswith(".py")
    print(
        f"vn_newsdoc {vn_newsdoc.__version__} ({'compiled' if compiled else 'pure Python'}), "
        f"Python {sys.version.split()[0]}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}, "
        f"{args.clock} clock: {len(pages)} pages, {args.repeat} reads each\n"
    )
    print(report(run(pages, args.repeat, _CLOCKS[args.clock])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
