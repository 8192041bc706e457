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
# Faults listed in issue 8 that are being fixed in their own modules: each case is expected
# to fail until its fix lands (then it passes, and its entry goes).
_OPEN_FAULTS = {
    1: "issue 8, fault 1: a JSON-LD integer past Python's digit limit",
    2: "issue 8, fault 2: an offset beyond ±14:00 reaches the model",
    8: "issue 8, fault 8: write_text overflows before year 1 in +07:00",
    11: "issue 8, fault 11: a relative date before year 1",
    12: "issue 8, fault 12: messages quote the input uncut",
}
_PASSING_FAULT_CASES = {"meta time offset +23:00", "JSON-LD time offset +23:00"}


def _marks(case: hostile.Hostile) -> list[pytest.MarkDecorator]:
    if case.fault in _OPEN_FAULTS and case.name not in _PASSING_FAULT_CASES:
        if case.call.startswith("roundtrip:") or case.name.startswith("XML element"):
            return []
        return [pytest.mark.xfail(reason=_OPEN_FAULTS[case.fault], strict=True)]
    return []


def _check(exc: BaseException | None, family: type[nd.NewsdocError], what: str) -> None:
    if exc is None:
        return
    assert isinstance(exc, family), f"{what}: {type(exc).__name__} escaped: {exc!r:.300}"
    assert len(str(exc)) < _MAX_MESSAGE, f"{what}: a message of {len(str(exc))} characters"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=case.name, marks=_marks(case))
        for case in hostile.CASES
        if case.test_size is not None
    ],
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
