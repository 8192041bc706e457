"""The command line's options, and its help."""

from __future__ import annotations

import argparse
from typing import Final

import attrs

from vn_newsdoc import __version__
from vn_newsdoc.cli._output import INPUT_KEY
from vn_newsdoc.cli._sources import DEFAULT_GLOBS
from vn_newsdoc.inputs._fetch import DEFAULT_TIMEOUT
from vn_newsdoc.registry import READERS, WRITERS

__all__ = ["PROG", "parser"]

PROG: Final = "vn-newsdoc"

_DESCRIPTION: Final = """\
Read Vietnamese news articles from saved pages, plain-text dumps, JSON or XML, and print
them. FILE is a file, a directory (read recursively), a quoted glob pattern, an http(s)://
URL, a web archive (.warc, .warc.gz, .arc; needs "vn_newsdoc[warc]") or '-' for standard
input; give as many as you like. Each input's reader is chosen by
its first bytes (a page saved as .txt is read as HTML); --from overrides the guess.

One FILE prints its article as one document (indented JSON unless --format says otherwise).
Several inputs (or a directory, or a glob) print JSON Lines: one article a line, with the
input's name under "{key}"; or, with --output-dir, one file per article.
"""

_EPILOG: Final = """\
examples:
  vn-newsdoc page.html                        one article, as indented JSON
  vn-newsdoc page.html --format text          ... as plain text
  vn-newsdoc a.html b.html > articles.jsonl   several: JSON Lines
  vn-newsdoc saved/ --glob '*.htm*' -o articles.jsonl
  vn-newsdoc 'saved/**/*.html' --jobs 4       a quoted glob, four worker processes
  vn-newsdoc saved/ --output-dir out/ --format xml
  vn-newsdoc crawl.warc.gz -o articles.jsonl      every HTML page of a web archive
  vn-newsdoc saved/ crawl.warc.gz --format parquet -o articles.parquet
  vn-newsdoc https://example.vn/bai-viet.html
  vn-newsdoc huge.html --limit bytes=100000000 --limit text=8000000
  vn-newsdoc saved/ --profiles my-sites.toml -o articles.jsonl
  curl -s https://example.vn/bai-viet.html | vn-newsdoc - --url https://example.vn/bai-viet.html

Each input that cannot be read is reported on standard error as
'vn-newsdoc: NAME: reason' and the run goes on; warnings name their input too. A run of
several inputs ends with a summary on standard error (read, failed, time) and shows a
progress bar there when it is a terminal (tqdm's if installed: pip install
"vn_newsdoc[progress]"). Output is UTF-8, in input order whatever --jobs is; Ctrl-C stops
the run leaving only whole lines and files.

Exit status: 0 when every input was read; 1 when some input held no article the reader
could make sense of; 2 for a usage error or an input that could not be opened or fetched
(a missing file, a refused permission, an HTTP error); 130 when interrupted.
"""


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def _limit(text: str) -> tuple[str, int]:
    """``NAME=N`` for a field of :class:`~vn_newsdoc.Limits` (``bytes=64000000`` or
    ``max_bytes=64000000``)."""
    from vn_newsdoc.limits import Limits  # noqa: PLC0415

    name, sep, value = text.partition("=")
    field = name.strip().lower().replace("-", "_")
    field = field if field.startswith("max_") else f"max_{field}"
    known = [f.name for f in attrs.fields(Limits)]
    if not sep or field not in known:
        names = ", ".join(n.removeprefix("max_") for n in known)
        raise argparse.ArgumentTypeError(f"not NAME=N with NAME one of {names}: {text!r}")
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return field, number


def parser() -> argparse.ArgumentParser:
    """The argument parser; the writers and readers offered are those of the tables."""
    result = argparse.ArgumentParser(
        prog=PROG,
        description=_DESCRIPTION.format(key=INPUT_KEY),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    result.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="files, directories, quoted glob patterns, http(s) URLs, or '-' for stdin",
    )
    result.add_argument(
        "-f",
        "--format",
        default="json",
        type=str.lower,
        metavar="FORMAT",
        help=f"the form to write: one of {', '.join(sorted(WRITERS))}, or parquet with "
        "-o FILE.parquet (default: json; any case)",
    )
    result.add_argument(
        "--from",
        dest="from_",
        type=str.lower,
        metavar="FORMAT",
        help=f"the inputs' format: one of {', '.join(sorted(READERS))} "
        "(default: guessed from each input's bytes)",
    )
    result.add_argument(
        "--url",
        help="where the page came from (one input, read as HTML): recorded as the article's "
        "URL unless the page gives its own canonical URL, and used to resolve relative links",
    )
    result.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output ('-' is standard output)",
    )
    result.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one file per article into DIR, named after its input (a directory's "
        "files keep their relative paths); a name taken twice gets -2, -3...; an existing "
        "file is never overwritten (that input fails)",
    )
    result.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="in directories, read only the files whose name (or, for a pattern with '/', "
        f"relative path) matches; repeatable (default: {' '.join(DEFAULT_GLOBS)})",
    )
    result.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="worker processes (default: the number of cores for several inputs, else 1)",
    )
    result.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"the most a URL's whole fetch may take (default: {DEFAULT_TIMEOUT:g})",
    )
    result.add_argument(
        "--strict",
        action="store_true",
        help="fail an input where the HTML and text readers would work around something "
        "missing (no date, no body)",
    )
    result.add_argument(
        "--limit",
        action="append",
        type=_limit,
        default=[],
        metavar="NAME=N",
        help="raise (or lower) one of the readers' input ceilings: bytes, depth, elements, "
        "text, attributes (e.g. --limit text=4000000); repeatable. See the docs' Limits",
    )
    result.add_argument(
        "--profiles",
        metavar="FILE",
        help="your own site profiles (a TOML or JSON file; see the docs' 'Your own site "
        "profiles'), tried before the built-in ones",
    )
    result.add_argument(
        "--explain",
        action="store_true",
        help="also print on standard error which rule gave each field of the article and "
        "from which element or metadata key (one HTML input)",
    )
    result.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print neither the readers' warnings nor the summary (errors are still printed)",
    )
    result.add_argument(
        "--no-progress",
        action="store_true",
        help="never show the progress bar (shown by default when stderr is a terminal)",
    )
    result.add_argument(
        "--version",
        action=_Version,
        help="print the version and the build (pure Python or compiled, and the compiled "
        "build's C extensions in use), and exit",
    )
    return result


class _Version(argparse.Action):
    """``--version``: the version and the build running (:func:`~vn_newsdoc.build_info`),
    which is found only when asked for (it imports lxml)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from vn_newsdoc.buildinfo import build_info  # noqa: PLC0415 (lxml, only when asked)

        # On standard output, as argparse's own version action prints.
        print(f"{parser.prog} {__version__} ({build_info()})")
        parser.exit()
