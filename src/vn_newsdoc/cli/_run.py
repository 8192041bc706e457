"""One run of the command line: inputs read in order, articles written, failures reported."""

from __future__ import annotations

import logging
import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from vn_newsdoc.cli._output import Sink
from vn_newsdoc.cli._progress import Display
from vn_newsdoc.cli._sources import Input
from vn_newsdoc.errors import (
    MissingExtraError,
    NewsdocError,
    ReaderError,
    SourceError,
    UnsupportedInputError,
)
from vn_newsdoc.inputs._many import LOG_SOURCE
from vn_newsdoc.inputs._read import show_name
from vn_newsdoc.model import Article
from vn_newsdoc.warc import WarcCounts

__all__ = ["Counts", "describe", "run"]


class Counts:
    """What a run did, for its summary and exit status."""

    def __init__(self) -> None:
        self.read = 0
        self.unreadable = 0
        """Inputs read but not made into an article (exit status 1)."""
        self.unopened = 0
        """Inputs that could not be opened, fetched or written (exit status 2)."""
        self.start = time.monotonic()
        self.archives = WarcCounts()
        """The records of web archives: pages, and the others skipped."""

    @property
    def failed(self) -> int:
        return self.unreadable + self.unopened

    def status(self) -> int:
        """0 when every input was read, else 2 if one could not be opened, else 1."""
        if self.unopened:
            return 2
        return 1 if self.unreadable else 0

    def summary(self) -> str:
        elapsed = time.monotonic() - self.start
        done = self.read + self.failed
        rate = f", {done / elapsed:.1f} pages/s" if elapsed > 0 and done else ""
        skipped = ""
        if self.archives.skipped_total:
            reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.archives.skipped.items()))
            skipped = f", {self.archives.skipped_total} archive records skipped ({reasons})"
        return f"{self.read} read, {self.failed} failed{skipped} in {elapsed:.1f} s{rate}"


def describe(name: str, error: NewsdocError) -> str:
    """``NAME[, line N]: reason``: one line naming the input and what went wrong."""
    if isinstance(error, SourceError):  # the input's, or the output file's (--output-dir)
        where = name if error.source == name else f"{name}: {error.source}"
        return f"{where}: {error.reason}"
    # A page of an archive names its own address.
    where = name if getattr(error, "source", None) in (None, name) else f"{name}: {error.source}"  # type: ignore[attr-defined]
    if isinstance(error, UnsupportedInputError):
        return f"{where}: {error.message}"
    if isinstance(error, ReaderError):
        parts = [where]
        if error.line is not None:
            parts.append(f"line {error.line}")
        if error.position is not None:
            parts.append(f"position {error.position}")
        reader = f"not readable as {error.format}: " if error.format else ""
        return f"{', '.join(parts)}: {reader}{error.message}"
    return f"{where}: {error}"


class _Messages(logging.Handler):
    """The package's warnings as ``vn-newsdoc: WARNING: NAME: message`` lines."""

    def __init__(self, display: Display, prog: str, level: int) -> None:
        super().__init__(level)
        self._display = display
        self._prog = prog

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        name = getattr(record, LOG_SOURCE, None)
        if name and name not in message:
            message = f"{name}: {message}"
        self._display.message(f"{self._prog}: {record.levelname}: {message}")


class _Interrupts:
    """Ctrl-C stops the run at once, except while a line or file is being written."""

    def __init__(self) -> None:
        self._writing = False
        self._pending = False

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self._writing:
            self._pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[None]:
        try:
            previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread: Ctrl-C is not ours to handle
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

    @contextmanager
    def writing(self) -> Iterator[None]:
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if self._pending:
            raise KeyboardInterrupt


def run(
    results: Iterator[tuple[Input, Article | NewsdocError]],
    sink: Sink,
    display: Display,
    *,
    prog: str,
    quiet: bool,
    counts: Counts,
) -> None:
    """Write ``results`` in order into ``sink``; report on ``display``; count."""
    handler = _Messages(display, prog, logging.ERROR if quiet else logging.WARNING)
    package_log = logging.getLogger("vn_newsdoc")
    package_log.addHandler(handler)
    previous_level = package_log.level
    if package_log.getEffectiveLevel() > handler.level:
        package_log.setLevel(handler.level)
    interrupts = _Interrupts()
    try:
        with interrupts.installed():
            for item, result in results:
                name = show_name(item.source)
                failed = _deliver(
                    item,
                    name,
                    result,
                    sink=sink,
                    display=display,
                    prog=prog,
                    interrupts=interrupts,
                    counts=counts,
                )
                display.advance(failed=failed)
    finally:
        close = getattr(results, "close", None)
        if close is not None:  # a generator: stop its workers
            close()
        package_log.removeHandler(handler)
        package_log.setLevel(previous_level)


def _deliver(
    item: Input,
    name: str,
    result: Article | NewsdocError,
    *,
    sink: Sink,
    display: Display,
    prog: str,
    interrupts: _Interrupts,
    counts: Counts,
) -> bool:
    """Write one result or report it; whether it failed."""
    if isinstance(result, Article):
        try:
            with interrupts.writing():
                sink.write(item, name, result)
        except NewsdocError as exc:  # a file already there; a time no writer can write
            result = exc
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            result = SourceError(name, f"cannot write: {exc.strerror or exc}", errno=exc.errno)
        else:
            counts.read += 1
            return False
    display.message(f"{prog}: {describe(name, result)}")
    if isinstance(result, (SourceError, MissingExtraError)):
        counts.unopened += 1
    else:
        counts.unreadable += 1
    return True


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1
