"""The command line, ``vn-newsdoc`` (or ``python -m vn_newsdoc``): see :doc:`/cli`.

It is built on :func:`~vn_newsdoc.inputs.read_many`: the arguments become inputs (a directory's
files, a glob's matches, URLs, ``-``), read in worker processes and written in input order
as one document (one input), JSON Lines, or one file per article.

>>> main(["--version"])  # doctest: +ELLIPSIS
vn-newsdoc ...
0
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

import attrs

from vn_newsdoc.cli._args import PROG, parser
from vn_newsdoc.cli._one import read_one
from vn_newsdoc.cli._output import PARQUET, Directory, JsonLines, Parquet, Single, Sink
from vn_newsdoc.cli._progress import make_display
from vn_newsdoc.cli._run import Counts, default_jobs, run
from vn_newsdoc.cli._sources import Input, expand, is_archive_name, is_batch
from vn_newsdoc.errors import MissingExtraError, NewsdocError, UnknownFormatError
from vn_newsdoc.inputs import read_many
from vn_newsdoc.limits import Limits
from vn_newsdoc.model import Article
from vn_newsdoc.registry import READERS, WRITERS

if TYPE_CHECKING:
    from vn_newsdoc.html.sites import SiteProfile

__all__ = ["main"]

_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
OUTPUT_FORMATS = (*sorted(WRITERS), PARQUET)
"""What ``--format`` takes: every writer of :data:`~vn_newsdoc.registry.WRITERS`, and
``parquet`` (one file of rows, ``-o FILE.parquet``)."""


def _usage(message: str) -> int:
    sys.stderr.write(f"{PROG}: {message}\n")
    return 2


def _stdout_bytes() -> IO[bytes]:
    sys.stdout.flush()
    buffer: IO[bytes] | None = getattr(sys.stdout, "buffer", None)
    return buffer if buffer is not None else _TextBytes(sys.stdout)  # type: ignore[return-value]


class _TextBytes:
    """A replaced standard output without a byte layer (a test's StringIO) as a byte sink."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, data: bytes) -> int:
        return self._stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self._stream.flush()


def _check(args: argparse.Namespace, batch: bool) -> str | None:
    """The usage error in ``args``, or ``None``."""
    if args.format not in OUTPUT_FORMATS:
        return "--format: " + str(UnknownFormatError(args.format, OUTPUT_FORMATS))
    if args.format == PARQUET:
        if args.output_dir is not None:
            return "--format parquet writes one file: use -o FILE.parquet, not --output-dir"
        if args.output in (None, "-"):
            return "--format parquet needs -o FILE.parquet (it is not written to a terminal)"
    if args.from_ is not None and args.from_ not in READERS:
        return "--from: " + str(UnknownFormatError(args.from_, tuple(sorted(READERS))))
    if args.files.count("-") > 1:
        return "standard input ('-') can be read only once"
    if args.output is not None and args.output_dir is not None:
        return "-o/--output and --output-dir cannot be used together"
    if args.url is not None and batch:
        return "--url names the page of a single input; each URL input is its own"
    if args.explain:
        if batch:
            return "--explain explains one page: give one input"
        if args.from_ not in (None, "html"):
            return f"--explain explains HTML pages, not {args.from_}"
    if batch and args.output_dir is None and args.format not in ("json", PARQUET):
        return (
            f"--format {args.format} writes one document per article: with several inputs "
            "use --output-dir DIR (or --format json for JSON Lines)"
        )
    if (
        args.output_dir is not None
        and Path(args.output_dir).exists()
        and not Path(args.output_dir).is_dir()
    ):
        return f"--output-dir: {args.output_dir} is not a directory"
    return None


def _sink(args: argparse.Namespace, batch: bool) -> Sink:
    output = None if args.output in (None, "-") else args.output
    if args.format == PARQUET:
        return Parquet(args.output)
    if args.output_dir is not None:
        return Directory(Path(args.output_dir), args.format)
    if batch:
        return JsonLines(_stdout_bytes(), output)
    return Single(_stdout_bytes(), output, args.format)


def _options(args: argparse.Namespace) -> tuple[Limits | None, tuple[SiteProfile, ...]] | str:
    """The ceilings and the site profiles the options ask for, or a usage problem."""
    limits = attrs.evolve(Limits(), **dict(args.limit)) if args.limit else None
    if args.profiles is None:
        return limits, ()
    from vn_newsdoc.html import load_profiles  # noqa: PLC0415

    try:
        return limits, tuple(load_profiles(args.profiles))
    except (OSError, ValueError, ImportError) as exc:  # ProfileError is a ValueError
        return f"--profiles: {exc}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return its status.

    Args:
        argv: The arguments, without the program name.

    Returns:
        The exit status: 0 when every input was read; 1 when some input held no article;
        2 for a usage error or an input that could not be opened or fetched; 130 when
        interrupted. ``--help`` and ``--version`` return 0.
    """
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2

    batch = is_batch(args.files) or args.output_dir is not None
    problem = _check(args, batch)
    if problem is not None:
        return _usage(problem)
    chosen = _options(args)
    if isinstance(chosen, str):
        return _usage(chosen)
    limits, profiles = chosen
    inputs, unmatched = expand(args.files, args.glob)
    for argument, reason in unmatched:
        sys.stderr.write(f"{PROG}: {argument}: {reason}\n")
    if not inputs:
        return 2 if unmatched else _usage("nothing to read")

    counts = Counts()
    counts.unopened += len(unmatched)
    archives = any(is_archive_name(item.source) for item in inputs)
    jobs = args.jobs or (default_jobs() if batch else 1)
    results: Iterator[tuple[Input, Article | NewsdocError]]
    if args.explain or args.url is not None:
        outcome = read_one(inputs[0], args, limits, profiles)
        if isinstance(outcome, str):
            return _usage(outcome)
        results = iter([(inputs[0], outcome)])
    else:
        results = read_many(
            inputs,
            jobs=jobs if archives else min(jobs, len(inputs)),
            archive_counts=counts.archives,
            format=args.from_,
            strict=args.strict,
            timeout=args.timeout,
            limits=limits,
            profiles=profiles,
        )
    try:
        sink = _sink(args, batch)
    except MissingExtraError as exc:  # pyarrow for --format parquet
        return _usage(str(exc))
    total = None if archives else len(inputs)
    display = make_display(sys.stderr, total, bar=batch and not args.no_progress)
    try:
        run(results, sink, display, prog=PROG, quiet=args.quiet, counts=counts)
    except KeyboardInterrupt:
        display.close()
        sink.close()
        sys.stderr.write(f"{PROG}: interrupted: {counts.summary()}\n")
        return _INTERRUPTED
    except BrokenPipeError:  # the reader of our output went away (`| head`): not our error
        # Point stdout at devnull so that the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        display.close()
        return counts.status()
    display.close()
    sink.close()
    if batch and not args.quiet:
        sys.stderr.write(f"{PROG}: {counts.summary()}\n")
    return counts.status()
