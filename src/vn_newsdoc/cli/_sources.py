"""The command line's arguments to inputs: files, directories, quoted globs, URLs and ``-``."""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final, NamedTuple
from urllib.parse import unquote, urlsplit

from vn_newsdoc.inputs._archives import ARCHIVE_SUFFIXES
from vn_newsdoc.inputs._fetch import is_url
from vn_newsdoc.inputs._read import STDIN

__all__ = ["DEFAULT_GLOBS", "Input", "expand", "is_archive_name", "is_batch", "url_stem"]


def is_archive_name(source: str) -> bool:
    """Whether ``source`` is named as a web archive (``.warc``, ``.warc.gz``, ``.arc``...)."""
    return source.lower().endswith(ARCHIVE_SUFFIXES)


DEFAULT_GLOBS: Final = (
    "*.html",
    "*.htm",
    "*.xhtml",
    "*.txt",
    "*.json",
    "*.xml",
    *(f"*{suffix}" for suffix in ARCHIVE_SUFFIXES),
)
"""The files read from a directory when no ``--glob`` is given."""

_MAGIC: Final = re.compile(r"[*?[]")
_UNSAFE: Final = re.compile(r"[^\w.-]+")


class Input(NamedTuple):
    """One input of a run, and the name its output file takes under ``--output-dir``."""

    source: str
    """A path, a URL or ``-``."""
    stem: str
    """The output file's path under ``--output-dir``, without its extension: the input's
    path relative to the directory argument it was found in, or its file name."""

    def __fspath__(self) -> str:
        # read_many takes paths and yields each back as given: an Input comes back whole.
        return self.source


class Problem(NamedTuple):
    """An argument that yields no input: a glob or a directory where nothing matches."""

    argument: str
    reason: str


def is_batch(arguments: Sequence[str]) -> bool:
    """Whether the run writes several articles: more than one argument, a directory or a glob."""
    if len(arguments) != 1:
        return True
    (argument,) = arguments
    if argument == STDIN or is_url(argument):
        return False
    if argument.lower().endswith(ARCHIVE_SUFFIXES):  # an archive holds many pages
        return True
    return Path(argument).is_dir() or _is_pattern(argument)


def _is_pattern(argument: str) -> bool:
    return _MAGIC.search(argument) is not None and not Path(argument).exists()


def url_stem(url: str) -> str:
    """A file name for a page from its address: the last path segment, else the host."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    name = unquote(segments[-1]) if segments else parts.hostname or "page"
    return _UNSAFE.sub("_", Path(name).stem or name) or "page"


def _matches(relative: str, patterns: Sequence[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(
        fnmatch.fnmatch(relative if "/" in pattern else name, pattern) for pattern in patterns
    )


def _walk(directory: Path, patterns: Sequence[str]) -> Iterator[Input]:
    """The files under ``directory`` that match, sorted, skipping hidden ones."""
    found: list[str] = []
    for folder, subfolders, files in os.walk(directory):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        base = Path(folder).relative_to(directory).as_posix()
        for name in files:
            if name.startswith("."):
                continue
            relative = name if base == "." else f"{base}/{name}"
            if _matches(relative, patterns):
                found.append(relative)
    for relative in sorted(found):
        stem = relative.rsplit(".", 1)[0] if "." in relative.rsplit("/", 1)[-1] else relative
        yield Input(str(directory / relative), stem)


def expand(
    arguments: Sequence[str], patterns: Sequence[str] | None
) -> tuple[list[Input], list[Problem]]:
    """Turn the arguments into inputs, in order: a directory gives its matching files (sorted,
    recursively), a glob pattern the files it matches (sorted); other arguments stand as
    they are, so that a missing file is reported when it is read, in its place."""
    inputs: list[Input] = []
    problems: list[Problem] = []
    for argument in arguments:
        if argument == STDIN:
            inputs.append(Input(argument, "stdin"))
        elif is_url(argument):
            inputs.append(Input(argument, url_stem(argument)))
        elif Path(argument).is_dir():
            found = list(_walk(Path(argument), patterns or DEFAULT_GLOBS))
            if not found:
                shown = " ".join(patterns or DEFAULT_GLOBS)
                problems.append(Problem(argument, f"directory holds no file matching {shown}"))
            inputs.extend(found)
        elif _is_pattern(argument):
            matched = sorted(glob.glob(argument, recursive=True))
            files = [m for m in matched if Path(m).is_file()]
            if patterns:
                files = [f for f in files if _matches(Path(f).name, patterns)]
            if not files:
                problems.append(Problem(argument, "no file matches this pattern"))
            inputs.extend(Input(f, Path(f).stem) for f in files)
        else:
            inputs.append(Input(argument, Path(argument).stem or "page"))
    return inputs, problems
