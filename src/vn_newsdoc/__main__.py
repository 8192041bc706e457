"""The command line: read one article from a file and print it in one of the written forms.

``python -m vn_newsdoc FILE`` (or the ``vn-newsdoc`` script) reads ``FILE`` as HTML, plain
text, JSON or XML, guessing which from its extension or, failing that, from its first bytes,
and prints the article as JSON (or as XML or plain text with ``--format``).

Exit codes: 0 on success; 1 when the file was read but holds no article the reader could
make sense of (a :class:`~vn_newsdoc.errors.ReaderError`); 2 for a usage problem (a missing
or unreadable file, an unknown format, an option the reader does not take).

>>> guess_format("page.HTM", b"")
'html'
>>> guess_format("article", b'  {"schema_version": "1"}')
'json'
"""

from __future__ import annotations

import argparse
import inspect
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vn_newsdoc import __version__
from vn_newsdoc.errors import ReaderError, UnknownFormatError
from vn_newsdoc.registry import READERS, WRITERS, read, write

__all__ = ["guess_format", "main"]

_PROG = "vn-newsdoc"

_BY_EXTENSION = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".xml": "xml",
}

# The first bytes of a document, after a byte-order mark, white space and comments.
_BOM = b"\xef\xbb\xbf"
_LEADING_NOISE = re.compile(rb"(?:\s+|<!--.*?-->)*", re.DOTALL)
_XML_DECLARATION = re.compile(rb"<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|p|div|meta)[\s>/]", re.IGNORECASE)
_SNIFF_BYTES = 4096


def _skip_noise(data: bytes) -> bytes:
    match = _LEADING_NOISE.match(data)
    return data[match.end() :] if match else data


def guess_format(name: str, head: bytes) -> str:
    """Guess the input format of a file from its name, or else from its first bytes.

    The extension decides when it is one of ``.html``, ``.htm``, ``.xhtml``, ``.txt``,
    ``.json`` or ``.xml``. Otherwise a document that starts (after a byte-order mark, white
    space and comments) with ``{`` is JSON; one that starts with ``<!DOCTYPE html>``,
    ``<html>``, ``<head>`` or ``<body>`` is HTML; one that starts with an XML declaration
    or another tag is XML unless HTML tags show up near its start; anything else is text.

    Args:
        name: The file's name (only its extension is looked at).
        head: The file's first bytes (a few kilobytes are enough).

    Returns:
        A reader name: ``"html"``, ``"text"``, ``"json"`` or ``"xml"``.

    >>> guess_format("bai-viet.txt", b"<html>")
    'text'
    >>> guess_format("bai-viet", b"\\xef\\xbb\\xbf<!DOCTYPE html><html lang='vi'>")
    'html'
    >>> guess_format("bai-viet", b"<?xml version='1.0'?><article xmlns='urn:x'/>")
    'xml'
    >>> guess_format("bai-viet", "Tin nóng\\n\\n01/07/2022 18:45".encode())
    'text'
    """
    by_extension = _BY_EXTENSION.get(Path(name).suffix.lower())
    if by_extension is not None:
        return by_extension
    start = _skip_noise(head[:_SNIFF_BYTES].removeprefix(_BOM))
    if start.startswith((b"{", b"[")):
        return "json"
    if _HTML_START.match(start):
        return "html"
    declaration = _XML_DECLARATION.match(start)
    if declaration is not None:
        start = _skip_noise(start[declaration.end() :])
        if _HTML_START.match(start):
            return "html"
    if start.startswith(b"<"):
        return "html" if _HTML_ANYWHERE.search(start) else "xml"
    return "text"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description=(
            "Read one Vietnamese news article from FILE and print it. The input format is "
            "guessed from the file's extension (.html/.htm, .txt, .json, .xml) or, when the "
            "extension says nothing, from its first bytes; --from overrides the guess."
        ),
        epilog=(
            "Exit status: 0 when the article was printed; 1 when FILE holds no article the "
            "reader can make sense of; 2 for a usage error (a missing or unreadable file, "
            "an unknown format, an option the reader does not take). "
            "Output is UTF-8."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the file to read ('-' reads stdin)")
    parser.add_argument(
        "-f",
        "--format",
        default="json",
        metavar="FORMAT",
        help=f"the form to print: one of {', '.join(sorted(WRITERS))} (default: json)",
    )
    parser.add_argument(
        "--from",
        dest="from_",
        metavar="FORMAT",
        help=(
            f"the input's format: one of {', '.join(sorted(READERS))} "
            "(default: guessed from the file)"
        ),
    )
    parser.add_argument(
        "--url",
        help="where the page came from: recorded as the article's URL unless the page gives "
        "its own canonical URL, and used to resolve relative links (readers that take a URL)",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="do not print the reader's warnings (what it could not find and worked around)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _fail(message: str) -> int:
    sys.stderr.write(f"{_PROG}: {message}\n")
    return 2


def _read_input(file: str) -> bytes:
    if file == "-":
        return sys.stdin.buffer.read()
    return Path(file).read_bytes()


def _accepts(function: Any, name: str) -> bool:
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):  # builtins without a signature: pass nothing extra
        return False
    return name in parameters or any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()
    )


def _where(shown: str, exc: ReaderError) -> str:
    parts = [shown]
    if exc.line is not None:
        parts.append(f"line {exc.line}")
    if exc.position is not None:
        parts.append(f"position {exc.position}")
    return ", ".join(parts)


def _emit(text: str) -> None:
    data = text if text.endswith("\n") else text + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout without a byte layer
        sys.stdout.write(data)
    else:
        sys.stdout.flush()
        buffer.write(data.encode("utf-8"))
    sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``).

    Args:
        argv: The arguments, without the program name.

    Returns:
        The exit status: 0 on success, 1 when the reader found no article in the file,
        2 for a usage error. ``--help`` and ``--version`` return 0.
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2

    if args.format not in WRITERS:
        return _fail("--format: " + str(UnknownFormatError(args.format, tuple(sorted(WRITERS)))))
    if args.from_ is not None and args.from_ not in READERS:
        return _fail("--from: " + str(UnknownFormatError(args.from_, tuple(sorted(READERS)))))

    file: str = args.file
    shown = "<stdin>" if file == "-" else file
    try:
        data = _read_input(file)
    except FileNotFoundError:
        return _fail(f"{shown}: no such file")
    except IsADirectoryError:
        return _fail(f"{shown}: is a directory, not a file")
    except PermissionError:
        return _fail(f"{shown}: permission denied")
    except OSError as exc:
        return _fail(f"{shown}: cannot read: {exc.strerror or exc}")

    source_format = args.from_ or guess_format("" if file == "-" else file, data)
    options: dict[str, Any] = {}
    if args.url is not None:
        if not _accepts(READERS[source_format], "url"):
            return _fail(f"--url is not taken by the {source_format} reader")
        options["url"] = args.url

    if _accepts(READERS[source_format], "source_name"):
        options["source_name"] = shown

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{_PROG}: %(levelname)s: %(message)s"))
    handler.setLevel(logging.ERROR if args.quiet else logging.WARNING)
    package_log = logging.getLogger("vn_newsdoc")
    package_log.addHandler(handler)
    try:
        article = read(data, source_format, **options)
    except ReaderError as exc:
        sys.stderr.write(f"{_PROG}: {_where(shown, exc)}: not readable as {source_format}: ")
        sys.stderr.write(f"{exc.message}\n")
        return 1
    finally:
        package_log.removeHandler(handler)

    write_options: dict[str, Any] = {"indent": 2} if args.format == "json" else {}
    try:
        _emit(write(article, args.format, **write_options))
    except BrokenPipeError:  # the reader of our output went away (`| head`): not our error
        # Point stdout at devnull so that the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
