"""Coverage-guided fuzzing of every reader with atheris (libFuzzer for Python).

Usage::

    pip install -e ".[fuzz]"
    python bench/fuzz.py html --seconds 600
    python bench/fuzz.py text json xml read --seconds 120   # one run per reader, in turn

Each reader named on the command line (``html``, ``text``, ``json``, ``xml``, or ``read``
for :func:`vn_newsdoc.read` with the format chosen by the input's first byte) is fuzzed in
its own process for ``--seconds``. The seeds are the corpus pages (``--corpus``, by default
``$VN_NEWSDOC_SHARED/corpus`` or ``../shared/corpus``; read where they are, never copied),
the seed dump, and JSON, XML and text written by the writers from the articles read from
them. An input fails the run when the reader

- raises an exception that is not a :class:`~vn_newsdoc.errors.ReaderError`,
- raises a :class:`~vn_newsdoc.errors.ReaderError` whose message is 1,000 characters or
  longer, or
- takes longer than ``--hang`` seconds (3 by default; libFuzzer's ``-timeout`` kills an
  input that never returns).

On a failure libFuzzer writes the input to ``--artifacts`` (``crash-<sha1>`` or
``timeout-<sha1>``) and stops; replay one with ``python bench/fuzz.py html --replay FILE``.
With ``--keep-going`` the run records each failure instead (the input as
``<reader>-failure-<sha1>``, with what went wrong in ``.txt`` beside it), once per kind of
failure (the exception's type and the line of the library it came from), and goes on: use
it to find the next fault while a known one is still open. At the end each run prints the
number of inputs it executed, how many of them the reader turned into an article or
refused with a reader error, and the kinds of failure it recorded.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VN_NEWSDOC_SHARED", ROOT.parent / "shared"))
READER_NAMES = ("html", "text", "json", "xml", "read")
FORMATS = ("html", "json", "text", "xml")
MAX_MESSAGE = 1_000


class FuzzFailureError(Exception):
    """An input broke one of the readers' promises (raised so that libFuzzer records it)."""


def _seed_files(corpus: Path, seed: Path) -> Iterator[Path]:
    yield from sorted(corpus.glob("*/*.html"))
    yield from sorted(seed.glob("*"))


def _write_seeds(reader: str, corpus: Path, seed: Path, out: Path) -> int:
    """Write the seed inputs for ``reader`` into ``out``; returns how many."""
    # The library is imported after atheris has set up its instrumentation, not at the top.
    import vn_newsdoc as nd  # noqa: PLC0415

    pages = [p for p in _seed_files(corpus, seed) if p.is_file()]
    raw: list[tuple[str, bytes]] = []
    articles: list[nd.Article] = []
    for path in pages:
        data = path.read_bytes()
        fmt = {".html": "html", ".json": "json", ".txt": "text", ".xml": "xml"}.get(path.suffix)
        if fmt is None:
            continue
        raw.append((fmt, data))
        with contextlib.suppress(nd.ReaderError):
            articles.append(nd.read(data, fmt))
    for article in articles:
        for fmt in ("json", "text", "xml"):
            with contextlib.suppress(nd.NewsdocError):
                raw.append((fmt, nd.write(article, fmt).encode()))
    count = 0
    for i, (fmt, data) in enumerate(raw):
        # Every reader gets its own format, and one in three of the others as near misses.
        if reader not in ("read", "html", fmt) and i % 3:
            continue
        prefix = bytes([FORMATS.index(fmt)]) if reader == "read" else b""
        (out / f"seed-{i:04d}-{fmt}").write_bytes(prefix + data)
        count += 1
    return count


def _kind(exc: BaseException) -> str:
    """The kind of a failure: its type and the innermost line of the library it came from."""
    if isinstance(exc, FuzzFailureError):
        return str(exc).split(":")[0]
    where = "?"
    for frame in traceback.extract_tb(exc.__traceback__):
        if "vn_newsdoc" in frame.filename:
            where = f"{frame.filename.split('vn_newsdoc')[-1].lstrip('/')}:{frame.lineno}"
    return f"{type(exc).__name__} at {where}"


def _target(reader: str, hang: float) -> tuple[Callable[[bytes], None], dict[str, int]]:
    import vn_newsdoc as nd  # noqa: PLC0415 (imported under instrumentation)

    counts = {"inputs": 0, "articles": 0, "refused": 0, "failures": 0}
    readers: dict[str, Callable[..., Any]] = {
        "html": nd.read_html,
        "text": nd.read_text,
        "json": nd.read_json,
        "xml": nd.read_xml,
    }

    def call(data: bytes) -> None:
        if reader == "read":
            if not data:
                return
            fmt, data = FORMATS[data[0] % len(FORMATS)], data[1:]
            run: Callable[[bytes | str], Any] = lambda s: nd.read(s, fmt)  # noqa: E731
        else:
            run = readers[reader]
        # Half the inputs go in as text (the readers take both), decoded leniently.
        source: bytes | str = data
        if data and data[-1] % 2:
            source = data.decode("utf-8", "replace")
        counts["inputs"] += 1
        start = time.perf_counter()
        try:
            run(source)
        except nd.ReaderError as exc:
            counts["refused"] += 1
            if len(str(exc)) >= MAX_MESSAGE:
                raise FuzzFailureError(
                    f"long message from {type(exc).__name__}: "
                    f"{len(str(exc))} characters, {str(exc)[:200]!r}..."
                ) from exc
        else:
            counts["articles"] += 1
        finally:
            took = time.perf_counter() - start
        if took > hang:
            raise FuzzFailureError(
                f"hang of {reader}: one input of {len(data)} bytes took {took:.1f} s"
            )

    return call, counts


def _fuzz_one(args: argparse.Namespace, reader: str) -> int:
    import atheris  # noqa: PLC0415 (an optional extra: --help works without it)

    with atheris.instrument_imports(include=["vn_newsdoc"]):
        import vn_newsdoc  # noqa: F401, PLC0415

    call, counts = _target(reader, args.hang)
    if args.replay:
        for path in args.replay:
            call(path.read_bytes())
            print(f"{path}: passes")
        return 0

    corpus = args.corpus
    seed = corpus.parent / "seed"
    work = Path(tempfile.mkdtemp(prefix=f"fuzz-{reader}-"))
    seeds = work / "seeds"
    seeds.mkdir()
    n_seeds = _write_seeds(reader, corpus, seed, seeds)
    args.artifacts.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + args.seconds
    started = time.monotonic()

    kinds: dict[str, str] = {}

    def test_one_input(data: bytes) -> None:
        if time.monotonic() > deadline:
            _finish(reader, counts, started, kinds)
        if not args.keep_going:
            call(data)
            return
        try:
            call(data)
        except Exception as exc:
            counts["failures"] += 1
            kind = _kind(exc)
            if kind in kinds:
                return
            name = f"{reader}-failure-{hashlib.sha1(data).hexdigest()}"
            kinds[kind] = name
            (args.artifacts / name).write_bytes(data)
            report = "".join(traceback.format_exception(exc))
            (args.artifacts / f"{name}.txt").write_text(f"{kind}\n\n{report[-4000:]}")
            print(f"NEW FAILURE {kind}: {args.artifacts / name}", flush=True)

    libfuzzer_args = [
        sys.argv[0],
        # libFuzzer's own timeout catches an input that never returns; the target reports
        # one that returns late. With --keep-going only a very long input stops the run.
        f"-timeout={max(1, int(args.hang * (10 if args.keep_going else 2)))}",
        f"-rss_limit_mb={args.rss_limit_mb}",
        f"-max_len={args.max_len}",
        f"-artifact_prefix={args.artifacts}/{reader}-",
        "-print_final_stats=1",
        str(work / "queue"),
        str(seeds),
    ]
    (work / "queue").mkdir()
    print(f"fuzzing {reader} for {args.seconds} s from {n_seeds} seeds in {work}", flush=True)
    atheris.Setup(libfuzzer_args, test_one_input)
    atheris.Fuzz()
    return 0


def _finish(reader: str, counts: dict[str, int], started: float, kinds: dict[str, str]) -> None:
    took = time.monotonic() - started
    print(
        f"{reader}: {counts['inputs']} inputs executed in {took:.0f} s "
        f"({counts['articles']} articles, {counts['refused']} reader errors, "
        f"{counts['failures']} failures of {len(kinds)} kinds)",
        flush=True,
    )
    for kind, name in kinds.items():
        print(f"  {kind}: {name}", flush=True)
    sys.stdout.flush()
    os._exit(1 if kinds else 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("readers", nargs="+", choices=READER_NAMES)
    parser.add_argument("--seconds", type=float, default=60.0, help="run time per reader")
    parser.add_argument("--hang", type=float, default=3.0, help="seconds one input may take")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--artifacts", type=Path, default=Path("fuzz-artifacts"))
    parser.add_argument("--max-len", type=int, default=64_000, help="largest input, bytes")
    parser.add_argument("--rss-limit-mb", type=int, default=3_000)
    parser.add_argument("--replay", type=Path, nargs="*", help="run these inputs once")
    parser.add_argument(
        "--keep-going", action="store_true", help="record each kind of failure and go on"
    )
    args = parser.parse_args(argv)
    if len(args.readers) == 1:
        return _fuzz_one(args, args.readers[0])
    # One process per reader: libFuzzer owns the process it runs in.
    status = 0
    rest = [a for a in (argv if argv is not None else sys.argv[1:]) if a not in READER_NAMES]
    for reader in args.readers:
        status |= subprocess.call([sys.executable, __file__, reader, *rest])
    return status


if __name__ == "__main__":
    sys.exit(main())
