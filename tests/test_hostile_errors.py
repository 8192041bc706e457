"""Readers raise only reader errors and writers only library errors, with short messages.

Over the hostile inputs of :mod:`hostile` (at a size cheap enough for the suite) and the
checked-in fuzz corpus (``tests/fuzz_corpus``, read by every reader as bytes and as text),
every reader raises nothing but :class:`~vn_newsdoc.errors.ReaderError` subclasses, every
writer nothing but :class:`~vn_newsdoc.errors.NewsdocError` subclasses, and no message
reaches 1,000 characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hostile
import vn_newsdoc as nd

_MAX_MESSAGE = 1_000
_CORPUS = Path(__file__).resolve().parent / "fuzz_corpus"
_FILES = sorted(p for p in _CORPUS.iterdir() if p.name != "README.md")


def _check(exc: BaseException | None, family: type[nd.NewsdocError], what: str) -> None:
    if exc is None:
        return
    assert isinstance(exc, family), f"{what}: {type(exc).__name__} escaped: {exc!r:.300}"
    assert len(str(exc)) < _MAX_MESSAGE, f"{what}: a message of {len(str(exc))} characters"


@pytest.mark.parametrize(
    "case",
    [pytest.param(case, id=case.name) for case in hostile.CASES if case.test_size is not None],
)
def test_hostile_input_raises_only_our_errors(case: hostile.Hostile) -> None:
    assert case.test_size is not None
    _, exc = hostile.run(case, case.test_size)
    _check(exc, hostile.expected_family(case), case.name)


def test_the_fuzz_corpus_is_there() -> None:
    assert len(_FILES) >= 10
    assert {p.suffix for p in _FILES} >= {".html", ".json", ".xml", ".txt"}


@pytest.mark.parametrize("path", _FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", sorted(nd.READERS))
def test_every_reader_on_the_fuzz_corpus(path: Path, fmt: str) -> None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    for source in (data, text):
        try:
            article = nd.read(source, fmt)
        except Exception as exc:
            _check(exc, nd.ReaderError, f"read_{fmt}({path.name})")
            continue
        for writer in sorted(nd.WRITERS):
            try:
                nd.write(article, writer)
            except Exception as exc:
                _check(exc, nd.NewsdocError, f"write_{writer} of read_{fmt}({path.name})")


def test_the_check_catches_what_escapes() -> None:
    with pytest.raises(AssertionError, match="ValueError escaped"):
        _check(ValueError("x"), nd.ReaderError, "read")
    with pytest.raises(AssertionError, match="a message of 1000 characters"):
        _check(nd.ReaderError("x" * 1_000), nd.ReaderError, "read")
