"""What the command line writes on standard error: messages, a progress bar, the summary.

The bar shows when standard error is a terminal and the run has several inputs: tqdm's
(``pip install "vn_newsdoc[progress]"``) where it is installed, else a plain line of the
same figures redrawn in place. Messages are written above it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Final, Protocol, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["Display", "make_display"]

_REDRAW_EVERY: Final = 0.25  # seconds between two drawings of the plain line


class Display(Protocol):
    """Where a run's messages and progress go."""

    def message(self, line: str) -> None:
        """Write one line (without its line break) on standard error, above any bar."""

    def advance(self, *, failed: bool) -> None:
        """Count one input done."""

    def close(self) -> None:
        """Take the bar off the screen."""


class _Lines:
    """Messages only: standard error is not a terminal, or the run has one input."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def message(self, line: str) -> None:
        self._stream.write(line + "\n")
        self._stream.flush()

    def advance(self, *, failed: bool) -> None:
        return

    def close(self) -> None:
        return


class _Plain:
    """``12/300 pages, 3 failed, 25.1 pages/s, 0:11 left``, redrawn in place."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self._stream = stream
        self._total = total
        self._done = 0
        self._failed = 0
        self._start = time.monotonic()
        self._drawn = 0.0
        self._draw()

    def _status(self) -> str:
        elapsed = max(time.monotonic() - self._start, 1e-9)
        rate = self._done / elapsed
        if self._total is None:  # web archives: the pages are not known in advance
            return f"{self._done} pages, {self._failed} failed, {rate:.1f} pages/s"
        left = "?"
        if rate > 0:
            seconds = round((self._total - self._done) / rate)
            left = f"{seconds // 60}:{seconds % 60:02d}"
        return (
            f"{self._done}/{self._total} pages, {self._failed} failed, "
            f"{rate:.1f} pages/s, {left} left"
        )

    def _draw(self) -> None:
        self._stream.write("\r\x1b[K" + self._status())
        self._stream.flush()
        self._drawn = time.monotonic()

    def message(self, line: str) -> None:
        self._stream.write("\r\x1b[K" + line + "\n")
        self._draw()

    def advance(self, *, failed: bool) -> None:
        self._done += 1
        self._failed += failed
        if time.monotonic() - self._drawn >= _REDRAW_EVERY or self._done == self._total:
            self._draw()

    def close(self) -> None:
        self._stream.write("\r\x1b[K")
        self._stream.flush()


class _Tqdm:
    """tqdm's bar: done/total, pages per second, elapsed and left, and the failures."""

    def __init__(self, stream: TextIO, total: int | None, bar_class: type[tqdm[None]]) -> None:
        self._failed = 0
        self._bar = bar_class(
            total=total, unit="page", file=stream, dynamic_ncols=True, leave=False
        )
        self._bar.set_postfix(failed=0, refresh=False)

    def message(self, line: str) -> None:
        self._bar.write(line, file=self._bar.fp)

    def advance(self, *, failed: bool) -> None:
        if failed:
            self._failed += 1
            self._bar.set_postfix(failed=self._failed, refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        self._bar.close()


def make_display(stream: TextIO, total: int | None, *, bar: bool) -> Display:
    """The display for a run: a bar when ``bar`` and ``stream`` is a terminal, else lines.

    ``total`` is the number of pages, or ``None`` where it is not known in advance (web
    archives among the inputs): the bar then counts without an end."""
    if not (bar and stream.isatty()):
        return _Lines(stream)
    try:
        from tqdm import tqdm  # noqa: PLC0415  (optional: the [progress] extra)
    except ImportError:
        return _Plain(stream, total)
    return _Tqdm(stream, total, tqdm)
