"""Where the command line writes articles: a stream (one document, or JSON Lines) or a folder."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Final, Protocol

from vn_newsdoc.cli._sources import Input, is_archive_name, url_stem
from vn_newsdoc.errors import SourceError
from vn_newsdoc.model import Article
from vn_newsdoc.registry import WRITERS

__all__ = [
    "INPUT_KEY",
    "PARQUET",
    "Directory",
    "JsonLines",
    "Parquet",
    "Single",
    "Sink",
    "extension",
    "render",
]

PARQUET: Final = "parquet"
"""The ``--format`` that writes one Parquet file (``-o FILE.parquet``) through
:class:`vn_newsdoc.parquet.ParquetWriter`: a table, not a writer of the WRITERS table."""

INPUT_KEY: Final = "input"
"""The key each JSON Lines record gives the input's name under (path, URL or ``<stdin>``)."""

_EXTENSIONS: Final = {"json": ".json", "xml": ".xml", "text": ".txt"}


def extension(format: str) -> str:
    """The file extension of a writer's output: ``.json``, ``.xml``, ``.txt``, else ``.FORMAT``."""
    return _EXTENSIONS.get(format, f".{format}")


def render(article: Article, format: str) -> str:
    """The article as one document: JSON indented by two spaces, other forms as written."""
    text = WRITERS[format](article, indent=2) if format == "json" else WRITERS[format](article)
    return text if text.endswith("\n") else text + "\n"


class Sink(Protocol):
    """A destination for a run's articles, written in input order."""

    def write(self, item: Input, name: str, article: Article) -> None:
        """Write one article; :class:`SourceError` if it cannot be written."""

    def close(self) -> None:
        """Flush and close what was opened."""


class _Stream:
    """Bytes to standard output or to a file opened at the first write (``-o FILE``)."""

    def __init__(self, stdout: IO[bytes], path: str | None) -> None:
        self._stdout = stdout
        self._path = path
        self._file: IO[bytes] | None = None

    def put(self, data: bytes) -> None:
        if self._file is None:
            self._file = self._stdout if self._path is None else Path(self._path).open("wb")  # noqa: SIM115
        # One call per document or line: an interrupted run leaves only whole ones.
        self._file.write(data)
        self._file.flush()

    def close(self) -> None:
        if self._file is not None and self._file is not self._stdout:
            self._file.close()


class Single(_Stream):
    """The article of a one-input run, as one document (today's output)."""

    def __init__(self, stdout: IO[bytes], path: str | None, format: str) -> None:
        super().__init__(stdout, path)
        self._format = format

    def write(self, item: Input, name: str, article: Article) -> None:
        self.put(render(article, self._format).encode("utf-8"))


class JsonLines(_Stream):
    """One JSON object a line: the article's JSON with the input's name under ``"input"``."""

    def write(self, item: Input, name: str, article: Article) -> None:
        body = WRITERS["json"](article)
        line = f'{{"{INPUT_KEY}":{json.dumps(name, ensure_ascii=False)},{body[1:]}\n'
        self.put(line.encode("utf-8"))


class Parquet:
    """All articles as rows of one Parquet file, the input's name in its ``input`` column.

    Closing it (at the end, or when the run is interrupted) writes the rows held and the
    file's footer, so the file is readable either way.
    """

    def __init__(self, path: str) -> None:
        from vn_newsdoc.parquet import ParquetWriter  # noqa: PLC0415  (the [parquet] extra)

        self._writer = ParquetWriter(path)

    def write(self, item: Input, name: str, article: Article) -> None:
        self._writer.write(article, input_name=name)

    def close(self) -> None:
        self._writer.close()


class Directory:
    """One file per article under ``--output-dir``, named after its input, never overwriting.

    Two inputs that would take the same name (``a/index.html`` and ``b/index.html`` read
    from two arguments) get ``index.json`` and ``index-2.json``, in input order; a file
    that is already there is left alone and the input reported as failed. Each file is
    written under a temporary name and then linked into place, so an interrupted run
    leaves whole files only.
    """

    def __init__(self, folder: Path, format: str) -> None:
        self._folder = folder
        self._format = format
        self._extension = extension(format)
        self._taken: set[str] = set()

    def _name(self, stem: str) -> str:
        candidate = stem + self._extension
        number = 1
        while candidate in self._taken:
            number += 1
            candidate = f"{stem}-{number}{self._extension}"
        self._taken.add(candidate)
        return candidate

    def write(self, item: Input, name: str, article: Article) -> None:
        stem = item.stem
        if is_archive_name(item.source):  # one file per page, in a folder per archive
            stem = f"{stem}/{url_stem(article.url or '')}"
        target = self._folder / self._name(stem)
        if target.exists():
            raise SourceError(str(target), "already exists; not overwritten")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        partial.write_text(render(article, self._format), encoding="utf-8")
        try:
            os.link(partial, target)  # fails if the name was taken meanwhile
        except FileExistsError:
            raise SourceError(str(target), "already exists; not overwritten") from None
        except OSError:  # a file system without hard links: create the name exclusively
            with target.open("xb") as out:
                out.write(partial.read_bytes())
        finally:
            partial.unlink()

    def close(self) -> None:
        return
