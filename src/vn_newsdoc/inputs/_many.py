"""Many inputs read in worker processes, yielded in input order with their log records."""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final, NamedTuple, TypeVar

from vn_newsdoc.errors import NewsdocError
from vn_newsdoc.inputs._archives import archive_pages, is_archive, read_archived
from vn_newsdoc.inputs._fetch import DEFAULT_TIMEOUT, is_url
from vn_newsdoc.inputs._read import STDIN, read_source, show_name
from vn_newsdoc.model import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

    from vn_newsdoc.warc import WarcCounts, WarcPage

__all__ = ["LOG_SOURCE", "Source", "read_many"]

Source = TypeVar("Source", bound="str | os.PathLike[str]")
"""A path, a URL or ``-``: ``str`` or any :class:`os.PathLike`, yielded back as given."""

LOG_SOURCE: Final = "source_name"
"""The attribute of a log record that names the input being read when it was logged."""

_PACKAGE_LOG: Final = "vn_newsdoc"
# Pages handed to the pool ahead of the one being yielded, per worker: enough to keep every
# worker busy, few enough to keep memory flat on millions of inputs.
_AHEAD_PER_JOB: Final = 4


class _Task(NamedTuple):
    source: str
    data: bytes | None
    format: str | None
    strict: bool
    reference: dt.datetime | None
    timeout: float
    page: WarcPage | None = None
    """A page of a web archive, read instead of ``source``."""


Outcome = tuple[Article | NewsdocError, list[logging.LogRecord]]


class _Collect(logging.Handler):
    """Keep the records of one read, ready to cross to the parent process."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg = record.getMessage()
        record.args = None
        record.exc_info = None
        self.records.append(record)


_collector = _Collect()


def _init_worker(level: int) -> None:
    # Ctrl-C goes to the whole process group: the parent decides what to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    log = logging.getLogger(_PACKAGE_LOG)
    log.handlers = [_collector]
    log.propagate = False
    log.setLevel(level)


def _read(task: _Task) -> Article | NewsdocError:
    try:
        if task.page is not None:
            return read_archived(task.page, task.strict)
        return read_source(
            task.source,
            data=task.data,
            format=task.format,
            strict=task.strict,
            reference=task.reference,
            timeout=task.timeout,
        )
    except NewsdocError as exc:
        return exc


def _work(task: _Task) -> Outcome:
    _collector.records = []
    result = _read(task)
    return result, _collector.records


class _Stamp(logging.Handler):
    """Name the input being read on every record the package logs meanwhile."""

    def __init__(self) -> None:
        super().__init__()
        self.name_now: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        setattr(record, LOG_SOURCE, self.name_now)


def _path_text(source: str | os.PathLike[str]) -> str:
    return os.fspath(source)


def _tasks(
    sources: Iterable[Source],
    *,
    format: str | None,
    strict: bool,
    reference: dt.datetime | None,
    timeout: float,
    counts: WarcCounts | None,
) -> Iterator[tuple[Source, _Task | NewsdocError]]:
    for source in sources:
        text = _path_text(source)
        if text != STDIN and not is_url(text) and is_archive(text):
            for page in archive_pages(text, counts):
                if isinstance(page, NewsdocError):
                    yield source, page
                else:
                    yield source, _Task(page.uri, None, "html", strict, None, timeout, page)
            continue
        data = sys.stdin.buffer.read() if text == STDIN else None
        yield source, _Task(text, data, format, strict, reference, timeout)


def _in_process(
    tasks: Iterator[tuple[Source, _Task | NewsdocError]],
) -> Iterator[tuple[Source, Outcome]]:
    log = logging.getLogger(_PACKAGE_LOG)
    stamp = _Stamp()
    log.handlers.insert(0, stamp)
    try:
        for source, task in tasks:
            stamp.name_now = show_name(source)
            result = task if isinstance(task, NewsdocError) else _read(task)
            stamp.name_now = None
            yield source, (result, [])
    finally:
        log.removeHandler(stamp)


def _pooled(
    tasks: Iterator[tuple[Source, _Task | NewsdocError]], jobs: int
) -> Iterator[tuple[Source, Outcome]]:
    # Imported here: they take longer to import than the rest of the package.
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import Future, ProcessPoolExecutor  # noqa: PLC0415

    # Never fork: the caller may run threads (a web server, a progress display).
    context: multiprocessing.context.BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has imported the library once.
        context.set_forkserver_preload([__name__])
    else:
        context = multiprocessing.get_context("spawn")
    level = logging.getLogger(_PACKAGE_LOG).getEffectiveLevel()
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=context,
        initializer=_init_worker,
        initargs=(level,),
    )
    window: deque[tuple[Source, Future[Outcome]]] = deque()
    try:
        for source, task in tasks:
            if isinstance(task, NewsdocError):  # an archive that cannot be read on
                done: Future[Outcome] = Future()
                done.set_result((task, []))
                window.append((source, done))
            else:
                window.append((source, pool.submit(_work, task)))
            if len(window) >= jobs * _AHEAD_PER_JOB:
                ready, future = window.popleft()
                yield ready, future.result()
        while window:
            ready, future = window.popleft()
            yield ready, future.result()
    finally:
        pool.shutdown(wait=not window, cancel_futures=True)


def read_many(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    format: str | None = None,
    strict: bool = False,
    reference: dt.datetime | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    archive_counts: WarcCounts | None = None,
) -> Iterator[tuple[Source, Article | NewsdocError]]:
    """Read many inputs, in worker processes, and yield each with its article or its error.

    Each source is a file path, an ``http://`` or ``https://`` URL (fetched with a
    timeout, a size cap equal to the HTML reader's limit and the server's charset
    honoured; see :doc:`/cli`), or ``"-"`` for standard input
    (read once, in this process). Each is read as :func:`read_file` reads it: the reader
    chosen by its bytes unless ``format`` names one.

    A web archive (a ``.warc``, ``.warc.gz``, ``.arc`` or ``.arc.gz`` file, or a file of
    another name whose bytes are one) gives one result per HTML response record, in file
    order, each with the archive as its source: the page is read by the HTML reader with
    the record's target URI as ``url=`` (so ``article.url``, or the error's ``source``,
    names it) and its ``WARC-Date`` as ``reference=``, as :func:`vn_newsdoc.warc.read_warc`
    reads it; other records are skipped and counted in ``archive_counts``. Reading
    archives needs the ``[warc]`` extra; without it an archive gives one
    :class:`~vn_newsdoc.errors.MissingExtraError` saying so.

    Results come in the order of ``sources``, whatever ``jobs`` is, as they are ready: a
    few inputs per worker are read ahead, never the whole list, so memory stays flat on
    millions of inputs and ``sources`` may be a lazy iterator. An input that cannot be read
    does not stop the others: its error takes the article's place, always one of this
    library's (:class:`~vn_newsdoc.errors.ReaderError`,
    :class:`~vn_newsdoc.errors.SourceError`...), never a bare exception. Warnings logged
    while an input is read carry its name in the log record's ``source_name`` attribute;
    from workers, they are logged again in this process, in input order.

    The workers are started afresh (Python's ``forkserver`` or ``spawn`` way, never by
    forking a process that may run threads), so a script that calls it with ``jobs`` above
    1 keeps its top level under ``if __name__ == "__main__":``, as
    ``multiprocessing`` asks.

    Args:
        sources: Paths, URLs or ``"-"``; each is yielded back as given.
        jobs: Worker processes. ``1`` (the default) reads in this process.
        format: A reader's name (a key of :data:`~vn_newsdoc.READERS`) to read every
            input with, instead of guessing.
        strict: Passed to the readers that take it.
        reference: Passed to the readers that read relative dates.
        timeout: Seconds a URL's whole fetch may take.
        archive_counts: Updated with the pages and the skipped records of the web
            archives among the sources (see :class:`~vn_newsdoc.warc.WarcCounts`).

    Yields:
        ``(source, article)``, or ``(source, error)`` for an input that could not be read.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> dump = "Mưa lớn ở Quảng Tín\\n\\n07/08/2019 15:43\\n\\nNước dâng.\\n"
    >>> _ = (folder / "a.txt").write_text(dump, encoding="utf-8")
    >>> _ = (folder / "b.pdf").write_bytes(b"%PDF-1.7")
    >>> for source, got in read_many([folder / "a.txt", folder / "b.pdf"]):
    ...     print(source.name, getattr(got, "headline", None) or type(got).__name__)
    a.txt Mưa lớn ở Quảng Tín
    b.pdf UnsupportedInputError
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    tasks = _tasks(
        sources,
        format=format,
        strict=strict,
        reference=reference,
        timeout=timeout,
        counts=archive_counts,
    )
    outcomes = _in_process(tasks) if jobs == 1 else _pooled(tasks, jobs)
    for source, (result, records) in outcomes:
        for record in records:
            setattr(record, LOG_SOURCE, show_name(source))
            logging.getLogger(record.name).handle(record)
        yield source, result
