"""The exceptions vn_newsdoc raises: one family, rooted at :class:`NewsdocError`.

Every class also subclasses the builtin it refines, so ``except ValueError`` keeps working
in callers that do not know this library. Errors carry their facts as attributes, not only
in their message.

>>> from vn_newsdoc.errors import MissingFieldError, NewsdocError
>>> err = MissingFieldError("headline", source="page.html")
>>> isinstance(err, NewsdocError), isinstance(err, ValueError), err.field
(True, True, 'headline')
"""

from __future__ import annotations

__all__ = [
    "DateParseError",
    "InputLimitError",
    "InvalidArticleError",
    "MalformedInputError",
    "MissingExtraError",
    "MissingFieldError",
    "NewsdocError",
    "ReaderError",
    "SchemaVersionError",
    "SourceError",
    "UnknownFormatError",
    "UnsupportedInputError",
]


class NewsdocError(Exception):
    """The root of every exception vn_newsdoc raises on purpose: catch this to catch all."""


class InvalidArticleError(NewsdocError, ValueError):
    """A model object was built with a value that breaks one of its invariants.

    Args:
        field: The dotted name of the offending field (``"headline"``, ``"body[3].text"``).
        reason: What is wrong with it.

    >>> str(InvalidArticleError("headline", "must not be empty"))
    'headline: must not be empty'
    """

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        """The dotted name of the offending field."""
        self.reason = reason
        """What is wrong with the value."""

    def __reduce__(self) -> tuple[type[InvalidArticleError], tuple[str, str]]:
        return (type(self), (self.field, self.reason))


class ReaderError(NewsdocError, ValueError):
    """A reader could not turn its input into an :class:`~vn_newsdoc.Article`.

    Readers raise this family and nothing else, whatever the input.

    Args:
        message: What went wrong, in words.
        source: Where the input came from (a URL or file name), if known.
        line: The 1-based line of the input the problem was found on, if known.
        position: The 0-based character offset of the problem, if known.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        position: int | None = None,
    ) -> None:
        where = []
        if source is not None:
            where.append(source)
        if line is not None:
            where.append(f"line {line}")
        if position is not None:
            where.append(f"position {position}")
        super().__init__(f"{message} ({', '.join(where)})" if where else message)
        self.message = message
        """The problem, without the location."""
        self.source = source
        """Where the input came from (URL or file name), or ``None``."""
        self.line = line
        """The 1-based line of the problem, or ``None``."""
        self.position = position
        """The 0-based character offset of the problem, or ``None``."""
        self.format: str | None = None
        """The reader that raised it (``"html"``, ``"text"``...), when known: set by
        :func:`~vn_newsdoc.inputs.read_file` and :func:`~vn_newsdoc.inputs.read_many`."""

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take other constructor arguments; rebuild through the base class and
        # restore their attributes, so every reader error survives pickling (parallel
        # workers send them between processes).
        location = (self.message, self.source, self.line, self.position)
        return (_rebuild_reader_error, (type(self), location, self.__dict__))


def _rebuild_reader_error(
    cls: type[ReaderError],
    location: tuple[str, str | None, int | None, int | None],
    state: dict[str, object],
) -> ReaderError:
    message, source, line, position = location
    err = ReaderError.__new__(cls)
    ReaderError.__init__(err, message, source=source, line=line, position=position)
    err.__dict__.update(state)
    return err


class MalformedInputError(ReaderError):
    """The input is not a well-formed document of the format asked for.

    Args:
        message: What went wrong, in words.
        source: Where the input came from (a URL or file name), if known.
        line: The 1-based line of the input the problem was found on, if known.
        position: The 0-based character offset of the problem, if known.
        field: The path of the offending value, if known: a JSON path such as
            ``$.body[2].level`` for JSON, the element path such as
            ``/article/body/figure[2]`` for XML.

    >>> err = MalformedInputError("$.body[2].level: must be 1 to 6", field="$.body[2].level")
    >>> err.field
    '$.body[2].level'
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        position: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message, source=source, line=line, position=position)
        self.field = field
        """The path of the offending value (``$.body[2].level``, ``/article/body/figure[2]``),
        or ``None`` when the problem is not about one value (text that is not JSON)."""


class MissingFieldError(ReaderError):
    """The input lacks a field that an article cannot do without (or, strict, should have).

    Args:
        field: The model field that could not be filled (``"headline"``, ``"published"``).
        source: Where the input came from, if known.
        line: The 1-based line where it was expected, if known.

    >>> str(MissingFieldError("published", source="a.txt", line=3))
    'no published found (a.txt, line 3)'
    """

    def __init__(
        self,
        field: str,
        *,
        source: str | None = None,
        line: int | None = None,
        message: str | None = None,
    ) -> None:
        super().__init__(message or f"no {field} found", source=source, line=line)
        self.field = field
        """The model field that could not be filled."""


class SchemaVersionError(ReaderError):
    """A JSON or XML document declares a schema version this release does not read.

    Args:
        found: The version the document declares (``None`` when it declares none).
        expected: The version this release reads.
    """

    def __init__(self, found: str | None, expected: str, *, source: str | None = None) -> None:
        super().__init__(
            f"schema version {found!r} is not supported; this release reads {expected!r}",
            source=source,
        )
        self.found = found
        """The version the document declares, or ``None``."""
        self.expected = expected
        """The version this release reads."""


class InputLimitError(ReaderError):
    """The input exceeds a size or nesting limit that keeps reading bounded in time and memory.

    Args:
        limit: Which limit (``"bytes"``, ``"depth"``, ``"elements"``).
        value: The value found (or a lower bound on it).
        maximum: The largest value allowed.
    """

    def __init__(self, limit: str, value: int, maximum: int, *, source: str | None = None) -> None:
        super().__init__(f"input exceeds the {limit} limit: {value} > {maximum}", source=source)
        self.limit = limit
        """Which limit was exceeded."""
        self.value = value
        """The value found."""
        self.maximum = maximum
        """The largest value allowed."""


class DateParseError(ReaderError):
    """A string holds no date or time that the Vietnamese timestamp parser recognises.

    Args:
        text: The string that could not be read.
        reason: Why, in words.
    """

    def __init__(self, text: str, reason: str = "no date recognised") -> None:
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"{reason}: {shown!r}")
        self.text = text
        """The string that could not be read."""
        self.reason = reason
        """Why it could not be read."""


class UnknownFormatError(NewsdocError, LookupError):
    """A format name given to :func:`~vn_newsdoc.read` or :func:`~vn_newsdoc.write` is unknown.

    Args:
        name: The name asked for.
        known: The names that exist.

    >>> str(UnknownFormatError("docx", ("json", "text", "xml")))
    "unknown format 'docx'; known formats: json, text, xml"
    """

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown format {name!r}; known formats: {', '.join(known)}")
        self.name = name
        """The name asked for."""
        self.known = known
        """The names that exist, sorted."""

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[UnknownFormatError], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.name, self.known))


class UnsupportedInputError(ReaderError):
    """The input is none of the formats vn_newsdoc reads (a PDF, an image, an archive, a TSV).

    Raised by :func:`~vn_newsdoc.inputs.guess_format` (and so by
    :func:`~vn_newsdoc.inputs.read_file`, by :func:`~vn_newsdoc.inputs.read_many` and by the
    command line) before any reader is tried.

    Args:
        kind: What the input is, as a phrase: ``"a PDF document"``.
        source: Where the input came from, if known.

    >>> str(UnsupportedInputError("a PNG image", source="anh.html"))
    'not a news page or article: it is a PNG image (anh.html)'
    """

    def __init__(self, kind: str, *, source: str | None = None) -> None:
        super().__init__(f"not a news page or article: it is {kind}", source=source)
        self.kind = kind
        """What the input is (``"a PDF document"``)."""


class SourceError(NewsdocError, OSError):
    """An input could not be got: a file that cannot be opened, a URL that cannot be fetched.

    Raised by :func:`~vn_newsdoc.inputs.read_file` and yielded by
    :func:`~vn_newsdoc.inputs.read_many` in place of the builtin :class:`OSError` (it is
    one, with the same ``errno``), so that every failure of a batch is one of this
    library's errors and crosses process boundaries intact.

    Args:
        source: The file name or URL.
        reason: What went wrong, in words (``"no such file"``, ``"HTTP 404 Not Found"``).
        errno: The operating system's error number, if there is one.
        status: The HTTP status, for a URL the server refused.

    >>> err = SourceError("https://tin.example/a", "HTTP 404 Not Found", status=404)
    >>> str(err), err.status, isinstance(err, OSError)
    ('https://tin.example/a: HTTP 404 Not Found', 404, True)
    """

    def __init__(
        self,
        source: str,
        reason: str,
        *,
        errno: int | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(f"{source}: {reason}")
        self.errno = errno
        self.source = source
        """The file name or URL."""
        self.reason = reason
        """What went wrong, without the name."""
        self.status = status
        """The HTTP status of a refused URL, else ``None``."""

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_source_error, (self.source, self.reason, self.errno, self.status))


def _rebuild_source_error(
    source: str, reason: str, errno: int | None, status: int | None
) -> SourceError:
    return SourceError(source, reason, errno=errno, status=status)


class MissingExtraError(NewsdocError, ImportError):
    """A feature needs an optional dependency that is not installed.

    The message names the extra that brings it, so the fix is one ``pip install``.

    Args:
        feature: What was asked for, in words (``"WARC input"``).
        module: The module that could not be imported (``"warcio"``).
        extra: The extra of ``vn_newsdoc`` that installs it (``"warc"``).

    >>> err = MissingExtraError("WARC input", "warcio", "warc")
    >>> str(err)
    'WARC input needs warcio: pip install "vn_newsdoc[warc]"'
    >>> isinstance(err, ImportError), err.extra
    (True, 'warc')
    """

    def __init__(self, feature: str, module: str, extra: str) -> None:
        super().__init__(
            f'{feature} needs {module}: pip install "vn_newsdoc[{extra}]"', name=module
        )
        self.feature = feature
        """What was asked for."""
        self.module = module
        """The module that could not be imported."""
        self.extra = extra
        """The extra that installs it."""

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[MissingExtraError], tuple[str, str, str]]:
        return (type(self), (self.feature, self.module, self.extra))
