"""Archive files as plain byte streams for warcio: gzip undone whatever its layout, and a
file cut short told apart from a file that ends."""

from __future__ import annotations

import gzip
import io
from typing import IO, Any

__all__ = ["CutShortError", "uncompressed"]


class _Prefixed(io.RawIOBase):
    """A binary stream that gives ``head`` and then the rest of ``stream``: a few bytes
    read to look at a file, put back in front of it (the stream need not seek)."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        super().__init__()
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        n = min(len(view), len(self._head))
        view[:n] = self._head[:n]
        self._head = self._head[n:]
        data = self._stream.read(len(view) - n) if n < len(view) else b""
        view[n : n + len(data)] = data
        return n + len(data)


class CutShortError(Exception):
    """The gzip stream ends inside a member: the file was cut short. (warcio takes an
    ``EOFError`` for the end of the file, so the gzip reader's is passed on as this.)"""


class _Gunzip(io.RawIOBase):
    """A gzip stream, decompressed, that says when it was cut short."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__()
        self._gzip = gzip.GzipFile(fileobj=stream, mode="rb")
        self._cut: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        # At the cut, end this read (so the bytes before it are passed on) and raise on
        # the next one.
        if self._cut is not None:
            raise CutShortError(self._cut)
        view = memoryview(buffer).cast("B")
        try:
            # read1: one step of the decompressor, so what came before a cut is not held
            # back in a buffer that the cut's exception would throw away.
            data = self._gzip.read1(len(view))
        except EOFError as exc:
            self._cut = str(exc)
            return 0
        view[: len(data)] = data
        return len(data)


def uncompressed(stream: IO[bytes]) -> io.BufferedReader[Any]:
    """The stream with gzip undone, whether each record is its own gzip member (the
    standard ``.warc.gz``) or the whole file one member (``gzip file.warc``)."""
    head = stream.read(2)
    rest: io.BufferedReader[Any] = io.BufferedReader(_Prefixed(head, stream))
    if head == b"\x1f\x8b":
        return io.BufferedReader(_Gunzip(rest))
    return rest
