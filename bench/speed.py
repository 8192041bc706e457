"""Time vn_newsdoc's HTML reader against its peers, its JSON round trip and its import.

Each extractor reads each page's bytes ``--repeat`` times back to back (after one warm-up
read), one page after another, so that the machine's load weighs on all alike; a page's time is
the median of its repetitions, and the table gives the median, mean and maximum of those
page times over a set of pages, in milliseconds, with each median divided by
trafilatura's and by the lxml floor's. Timed, all on the same bytes:

* ``read_html``: the whole reader (:func:`vn_newsdoc.html.read_html`), and
  ``read_html -p``, the generic path alone (``site_profiles=False``);
* ``parse_html`` and ``extract_metadata``: the reader's parse (decoding included) and its
  metadata pass alone, to show where the time goes;
* ``trafilatura``: ``bare_extraction`` with metadata;
* ``readability``: readability-lxml's ``Document(...).summary()``;
* ``newspaper4k``: ``Article.download(input_html=...)`` then ``parse()``, no network
  (``fetch_images=False``: it would otherwise fetch the page's pictures);
* ``goose3``: ``Goose.extract(raw_html=...)``, image fetching off;
* ``lxml parse``: ``lxml.html.document_fromstring`` of the bytes, the floor;
* with ``--compiled WHEEL`` (a wheel built with ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1``, or the
  folder it is unpacked into), ``read_html`` and ``read_html -p`` again, compiled: they run
  in a second interpreter that imports the compiled build, which times each page when this
  one reaches it, so both builds meet the same load.

Peers that are not installed are left out. The sets of pages are the Vietnamese corpus,
``../shared/corpus`` beside the project (or ``$VN_NEWSDOC_SHARED/corpus``), and, with
``--generic DIR``, every ``*.html`` of a folder of other pages (skipped when the folder is
absent). Then, on the corpus: ``write_json`` + ``read_json`` of each page's article (the
median over articles) and ``import vn_newsdoc`` in a fresh interpreter (the median of
``--imports`` starts, less the median start of an interpreter that imports nothing).

Times are processor time by default (``--clock cpu``): on a machine shared with other work
they move far less than elapsed time (``--clock wall``), and the extractors here use one
thread each.

Run: ``python bench/speed.py [--repeat N] [--generic DIR] [--compiled WHEEL] [--imports N]
[--clock cpu|wall]``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import lxml.etree
import lxml.html

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VN_NEWSDOC_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"

Timed = Callable[[bytes, "str | None"], object]
Page = tuple[str, bytes, "str | None"]

#: The clocks a time can be read on: processor time of this process, or elapsed time.
_CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
#: The distributions whose versions head the report.
_VERSIONS = ("vn_newsdoc", "lxml", "trafilatura", "readability-lxml", "newspaper4k", "goose3")


def corpus_pages(corpus: Path = CORPUS) -> list[Page]:
    """The corpus pages: name, bytes and the URL of the expected reading."""
    pages = []
    for html in sorted(corpus.glob("*/*.html")):
        expected = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append((f"{html.parent.name}/{html.stem}", html.read_bytes(), expected.get("url")))
    return pages


def folder_pages(folder: Path) -> list[Page]:
    """Every ``*.html`` page of ``folder``, without a URL."""
    return [(html.name, html.read_bytes(), None) for html in sorted(folder.glob("*.html"))]


def _quiet(fn: Timed) -> Timed:
    # A page an extractor cannot read still costs its time; the error is not the point.
    def timed(data: bytes, url: str | None) -> object:
        try:
            return fn(data, url)
        except Exception as exc:
            return exc

    return timed


def _peers(language: str) -> dict[str, Timed]:
    found: dict[str, Timed] = {}
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
    try:
        newspaper = importlib.import_module("newspaper")
    except ImportError:
        pass
    else:

        def news(data: bytes, url: str | None) -> object:
            page = newspaper.Article(
                url or "http://localhost/", language=language, fetch_images=False
            )
            page.download(input_html=data.decode("utf-8", "replace"))
            page.parse()
            return page

        found["newspaper4k"] = news
    try:
        goose3 = importlib.import_module("goose3")
    except ImportError:
        pass
    else:
        config = {"enable_image_fetching": False, "use_meta_language": False}
        goose = goose3.Goose({**config, "target_language": language})
        found["goose3"] = lambda data, url: goose.extract(
            url=url, raw_html=data.decode("utf-8", "replace")
        )
    return found


def contenders(language: str) -> dict[str, Timed]:
    """The timed functions that can run here, by row name."""
    found: dict[str, Timed] = {}
    from vn_newsdoc.html import read_html  # noqa: PLC0415
    from vn_newsdoc.html._parse import parse_html  # noqa: PLC0415
    from vn_newsdoc.html.metadata import extract_metadata  # noqa: PLC0415

    found["read_html"] = lambda data, url: read_html(data, url=url)
    found["read_html -p"] = lambda data, url: read_html(data, url=url, site_profiles=False)
    found["parse_html"] = lambda data, url: parse_html(data, source_name=url)
    roots: dict[bytes, lxml.etree._Element] = {}

    def metadata_pass(data: bytes, url: str | None) -> object:
        # The metadata pass alone, on a tree parsed once beforehand (the warm-up, untimed).
        root = roots.get(data)
        if root is None:
            roots[data] = parse_html(data)
            return None
        return extract_metadata(root, url=url)

    found["extract_metadata"] = metadata_pass
    found.update(_peers(language))
    found["lxml parse"] = lambda data, url: lxml.html.document_fromstring(data)
    return {name: _quiet(fn) for name, fn in found.items()}


class CompiledBuild:
    """A second interpreter that imports the compiled build and times ``read_html`` (with
    and without the site profiles) on the page it is told, one page at a time.

    The pages go to it once, at the start; then each request names a page by its index
    and the answer is the median time of each of the two rows, measured there exactly as
    :func:`measure` measures here.
    """

    ROWS = ("read_html compiled", "read_html -p compiled")

    def __init__(self, build: Path, pages: list[Page], repeat: int, clock: str) -> None:
        self._unpacked: tempfile.TemporaryDirectory[str] | None = None
        if build.is_file():  # a wheel: unpacked into a temporary folder
            self._unpacked = tempfile.TemporaryDirectory(prefix="vn_newsdoc-compiled-")
            with zipfile.ZipFile(build) as wheel:
                wheel.extractall(self._unpacked.name)
            build = Path(self._unpacked.name)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(build), str(ROOT / "bench")])}
        self._child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(repeat), clock],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert self._child.stdin is not None
        assert self._child.stdout is not None
        self._stdin, self._stdout = self._child.stdin, self._child.stdout
        self._stdin.write(json.dumps([[data.hex(), url] for _n, data, url in pages]) + "\n")
        self._stdin.flush()
        where = self._stdout.readline().strip()
        if not where.endswith(sysconfig_suffix()):
            self.close()
            raise SystemExit(f"--compiled {build}: its reader is not compiled ({where})")

    def time_page(self, index: int) -> dict[str, float]:
        """The two rows' median times of page ``index``, in milliseconds."""
        self._stdin.write(f"{index}\n")
        self._stdin.flush()
        times = json.loads(self._stdout.readline())
        return dict(zip(self.ROWS, times, strict=True))

    def close(self) -> None:
        """Stop the second interpreter and remove the unpacked wheel."""
        self._stdin.close()
        self._child.wait()
        if self._unpacked is not None:
            self._unpacked.cleanup()


def sysconfig_suffix() -> str:
    """The file name ending of this interpreter's extension modules."""
    import sysconfig  # noqa: PLC0415

    return str(sysconfig.get_config_var("EXT_SUFFIX"))


# The second interpreter: it says where its reader's body walk was loaded from (a compiled
# build loads it from an extension module), then answers page indexes with two medians.
_CHILD = """
import json, statistics, sys, time
import speed
import vn_newsdoc.html.body._walk as walk
from vn_newsdoc.html import read_html
repeat, clock = int(sys.argv[1]), speed._CLOCKS[sys.argv[2]]
pages = [(bytes.fromhex(data), url) for data, url in json.loads(sys.stdin.readline())]
print(walk.__file__, flush=True)
rows = [
    speed._quiet(lambda data, url: read_html(data, url=url)),
    speed._quiet(lambda data, url: read_html(data, url=url, site_profiles=False)),
]
for line in sys.stdin:
    data, url = pages[int(line)]
    medians = []
    for fn in rows:
        fn(data, url)
        runs = []
        for _ in range(repeat):
            start = clock()
            fn(data, url)
            runs.append((clock() - start) * 1000)
        medians.append(statistics.median(runs))
    print(json.dumps(medians), flush=True)
"""


def measure(
    pages: list[Page],
    timed: dict[str, Timed],
    repeat: int,
    clock: Callable[[], float],
    compiled: CompiledBuild | None = None,
) -> dict[str, list[float]]:
    """Per contender, the median time of each page in milliseconds.

    On each page, each contender runs once untimed, then its repetitions back to back, as it
    runs over a corpus: in its own steady state. Taking turns repetition by repetition made
    whoever ran right after the heaviest peers pay for the processor caches they left full
    of their own data (about 1 ms a page, the same for any contender put there); the pages
    follow one another quickly enough that a change in the machine's load still weighs on
    all contenders alike.
    """
    results: dict[str, list[float]] = {name: [] for name in timed}
    if compiled is not None:
        results.update({name: [] for name in compiled.ROWS})
    for index, (_page, data, url) in enumerate(pages):
        runs: dict[str, list[float]] = {name: [] for name in timed}
        for name, fn in timed.items():
            fn(data, url)  # warm-up (and, for extract_metadata, the untimed parse)
            for _ in range(repeat):
                start = clock()
                fn(data, url)
                runs[name].append((clock() - start) * 1000)
        for name in timed:
            results[name].append(statistics.median(runs[name]))
        if compiled is not None:
            for name, median in compiled.time_page(index).items():
                results[name].append(median)
    return results


def table(results: dict[str, list[float]]) -> str:
    """The timing table, with each median divided by trafilatura's and by lxml's."""
    medians = {name: statistics.median(times) for name, times in results.items()}
    trafilatura = medians.get("trafilatura")
    floor = medians["lxml parse"]
    width = max(18, *(len(name) + 2 for name in results))
    header = (
        f"{'contender':<{width}}{'median ms':>10}{'mean ms':>10}{'max ms':>10}"
        f"{'÷ trafilatura':>15}{'÷ lxml':>9}"
    )
    lines = [header, "-" * len(header)]
    for name, times in results.items():
        ratio = f"{medians[name] / trafilatura:.2f}" if trafilatura else "n/a"
        lines.append(
            f"{name:<{width}}{medians[name]:>10.2f}{statistics.fmean(times):>10.2f}"
            f"{max(times):>10.2f}{ratio:>15}{medians[name] / floor:>9.2f}"
        )
    return "\n".join(lines)


def json_round_trip(
    pages: list[Page], repeat: int, clock: Callable[[], float]
) -> tuple[float, float]:
    """``write_json`` + ``read_json`` of each page's article: median and maximum, in ms."""
    from vn_newsdoc.formats.json import read_json, write_json  # noqa: PLC0415
    from vn_newsdoc.html import read_html  # noqa: PLC0415

    times = []
    for _page, data, url in pages:
        article = read_html(data, url=url)
        read_json(write_json(article))  # warm-up
        runs = []
        for _ in range(max(repeat, 20)):
            start = clock()
            read_json(write_json(article))
            runs.append((clock() - start) * 1000)
        times.append(statistics.median(runs))
    return statistics.median(times), max(times)


def import_time(starts: int, clock: str) -> tuple[float, float]:
    """Milliseconds to ``import vn_newsdoc`` in a fresh interpreter, and the bare start.

    Starts alternate between an interpreter that imports vn_newsdoc and one that imports
    nothing; the first figure is the difference of their medians. With the ``cpu`` clock,
    a start's time is the processor time the child used (user and system).
    """
    with_import: list[float] = []
    bare: list[float] = []
    for _ in range(starts):
        for code, times in (("import vn_newsdoc", with_import), ("pass", bare)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            times.append((cpu if clock == "cpu" else wall) * 1000)
    return statistics.median(with_import) - statistics.median(bare), statistics.median(bare)


def _versions() -> str:
    found = []
    for name in _VERSIONS:
        with contextlib.suppress(metadata.PackageNotFoundError):
            found.append(f"{name} {metadata.version(name)}")
    return ", ".join(found)


def _report(
    title: str,
    pages: list[Page],
    language: str,
    repeat: int,
    clock: str,
    *,
    build: Path | None,
) -> None:
    compiled = None if build is None else CompiledBuild(build, pages, repeat, clock)
    try:
        results = measure(pages, contenders(language), repeat, _CLOCKS[clock], compiled)
    finally:
        if compiled is not None:
            compiled.close()
    print(f"{title}: {len(pages)} pages, {repeat} reads each (median per page)")
    print()
    print(table(results))
    medians = {name: statistics.median(times) for name, times in results.items()}
    print()
    if "trafilatura" in medians:
        print(f"read_html ÷ trafilatura: {medians['read_html'] / medians['trafilatura']:.3f}")
    print(f"read_html ÷ lxml parse:  {medians['read_html'] / medians['lxml parse']:.2f}")
    if "read_html compiled" in medians:
        fast = medians["read_html compiled"]
        if "trafilatura" in medians:
            print(f"compiled ÷ trafilatura:  {fast / medians['trafilatura']:.3f}")
        print(f"compiled ÷ lxml parse:   {fast / medians['lxml parse']:.2f}")
    print()


def main(argv: list[str] | None = None) -> int:
    """Run the timings and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="reads per page (default 5)")
    parser.add_argument(
        "--generic",
        type=Path,
        metavar="DIR",
        help="a folder of non-Vietnamese *.html pages to time as well (skipped if absent)",
    )
    parser.add_argument(
        "--compiled",
        type=Path,
        metavar="WHEEL",
        help="time the compiled build too: a wheel built with HATCH_BUILD_HOOK_ENABLE_MYPYC=1"
        " (or the folder it is unpacked into)",
    )
    parser.add_argument(
        "--imports", type=int, default=20, help="interpreter starts to time the import (20)"
    )
    parser.add_argument(
        "--clock",
        choices=_CLOCKS,
        default="cpu",
        help="cpu: processor time of this process (default; steadier on a shared machine);"
        " wall: elapsed time",
    )
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS} (set VN_NEWSDOC_SHARED)", file=sys.stderr)
        return 2
    repeat = max(1, args.repeat)
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"{now}, {args.clock} clock, Python {platform.python_version()}, {_versions()}")
    print()
    if args.compiled is not None and not args.compiled.exists():
        print(f"no compiled build at {args.compiled}", file=sys.stderr)
        return 2
    corpus = corpus_pages()
    clock = _CLOCKS[args.clock]
    _report(f"Vietnamese corpus {CORPUS}", corpus, "vi", repeat, args.clock, build=args.compiled)
    if args.generic is not None:
        if args.generic.is_dir():
            generic = folder_pages(args.generic)
            _report(
                f"Generic pages {args.generic}",
                generic,
                "en",
                repeat,
                args.clock,
                build=args.compiled,
            )
        else:
            print(f"no folder {args.generic}: the generic pages are skipped")
            print()
    median, worst = json_round_trip(corpus, repeat, clock)
    print(f"write_json + read_json per corpus article: median {median:.3f} ms, max {worst:.3f} ms")
    if args.imports > 0:
        imported, bare = import_time(args.imports, args.clock)
        print(f"import vn_newsdoc: {imported:.0f} ms (beyond a bare start of {bare:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
