"""The command line: ``python -m vn_newsdoc FILE [--format ...] [--from ...] [--url ...]``."""

from __future__ import annotations

import doctest
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import vn_newsdoc.__main__ as cli_module
from conftest import ROOT
from vn_newsdoc import Article, __version__
from vn_newsdoc import guess_format
from vn_newsdoc.cli import main
from vn_newsdoc.cli._args import parser as _parser
from vn_newsdoc.formats.json import read_json, write_json
from vn_newsdoc.formats.text import read_text, write_text
from vn_newsdoc.formats.xml import write_xml
from vn_newsdoc.html import read_html

SAMPLE_TXT = ROOT / "examples" / "sample-article.txt"
SAMPLE_HTML = ROOT / "examples" / "sample-article.html"
HEADLINE = "Tân Phong mở thư viện cộng đồng đầu tiên cho học sinh vùng cao"


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines}"
    assert lines[0].startswith("vn-newsdoc: ")
    return lines[0]


# ---------------------------------------------------------------------------------------
# End to end, as a user runs it.


def test_module_runs_end_to_end() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vn_newsdoc", "examples/sample-article.txt"],
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    output = result.stdout.decode("utf-8")
    assert read_json(output) == read_text(SAMPLE_TXT.read_bytes())
    assert read_json(output).headline == HEADLINE


# ---------------------------------------------------------------------------------------
# Output forms.


def test_prints_indented_json_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_TXT)
    assert (status, err) == (0, "")
    article = read_text(SAMPLE_TXT.read_bytes())
    assert out == write_json(article, indent=2) + "\n"
    assert json.loads(out)  # a JSON document, indented by two spaces
    assert out.splitlines()[1].startswith('  "')


@pytest.mark.parametrize(
    ("fmt", "writer"),
    [
        pytest.param("json", lambda a: write_json(a, indent=2), id="json"),
        pytest.param("xml", write_xml, id="xml"),
        pytest.param("text", write_text, id="text"),
    ],
)
def test_format_chooses_the_writer(
    capsys: pytest.CaptureFixture[str], fmt: str, writer: Callable[[Article], str]
) -> None:
    status, out, _ = _run(capsys, SAMPLE_TXT, "--format", fmt)
    assert status == 0
    expected = writer(read_text(SAMPLE_TXT.read_bytes()))
    assert out.rstrip("\n") == expected.rstrip("\n")


def test_reads_the_html_sample(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, SAMPLE_HTML)
    assert status == 0
    article = read_json(out)
    assert article == read_html(SAMPLE_HTML.read_bytes())
    assert article.headline == HEADLINE


def test_url_goes_to_the_html_reader(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "trang.html"
    page.write_text(
        "<html><body><h1>Mưa lớn ở Quảng Tín</h1><div><p>Nước dâng nhanh ở các thôn ven "
        'suối, người dân kê đồ đạc lên cao.</p><img src="anh/mua.jpg"></div></body></html>',
        encoding="utf-8",
    )
    url = "https://tin.example/thoi-su/mua-lon.html"
    status, out, _ = _run(capsys, page, "--url", url)
    assert status == 0
    assert read_json(out) == read_html(page.read_bytes(), url=url)


# ---------------------------------------------------------------------------------------
# Guessing the input format.


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        pytest.param("a.html", b"", "html", id="ext-html"),
        pytest.param("a.HTM", b"", "html", id="ext-htm-upper"),
        pytest.param("a.txt", b"<html>", "html", id="content-wins-over-ext-txt"),
        pytest.param("a.json", b"<!DOCTYPE html><p>x", "html", id="content-wins-over-ext-json"),
        pytest.param("a.xml", b"<html><body>", "html", id="content-wins-over-ext-xml"),
        pytest.param("a.html", "Tin nóng\n\n01/07/2022".encode(), "text", id="text-as-html"),
        pytest.param("a.txt", b"HTTP/1.1 200 OK\r\n\r\n<!doctype html>", "html", id="headers"),
        pytest.param("a", "[Video] Tin nóng\n\n01/07/2022".encode(), "text", id="bracket-text"),
        pytest.param("a", b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", "html", id="utf16-html"),
        pytest.param("a.txt", b"  \n", "text", id="blank-goes-by-ext-txt"),
        pytest.param("a.json", b"", "json", id="ext-json"),
        pytest.param("a.xml", b"", "xml", id="ext-xml"),
        pytest.param("a", b'{"headline": "x"}', "json", id="sniff-json"),
        pytest.param("a", b"\xef\xbb\xbf\n  {}", "json", id="sniff-json-bom"),
        pytest.param("a", b"<!DOCTYPE html>\n<html>", "html", id="sniff-doctype"),
        pytest.param("a", b"<!doctype HTML><title>x</title>", "html", id="sniff-doctype-lower"),
        pytest.param("a", b"<!-- saved --><html lang='vi'>", "html", id="sniff-comment-html"),
        pytest.param("a", b"<?xml version='1.0'?>\n<html xmlns='x'>", "html", id="sniff-xhtml"),
        pytest.param("a", b"<?xml version='1.0'?><article xmlns='urn:a'/>", "xml", id="sniff-xml"),
        pytest.param("a", b"<article xmlns='urn:a'><headline/></article>", "xml", id="sniff-tag"),
        pytest.param("a", b"<div class='x'><p>Tin</p></div>", "html", id="sniff-fragment"),
        pytest.param("a", "Tin nóng\n\n01/07/2022".encode(), "text", id="sniff-text"),
        pytest.param("a.bak", b"", "text", id="unknown-ext-empty"),
        pytest.param("", b"{}", "json", id="stdin-json"),
    ],
)
def test_guess_format(name: str, head: bytes, expected: str) -> None:
    assert guess_format(name, head) == expected


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        pytest.param(SAMPLE_TXT, "text", id="text"),
        pytest.param(SAMPLE_HTML, "html", id="html"),
    ],
)
def test_file_without_extension_is_sniffed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample: Path, expected: str
) -> None:
    bare = tmp_path / "bai-viet"
    bare.write_bytes(sample.read_bytes())
    status, out, _ = _run(capsys, bare)
    assert status == 0
    reader = read_text if expected == "text" else read_html
    assert read_json(out) == reader(sample.read_bytes())


def test_json_output_reads_back_through_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, first, _ = _run(capsys, SAMPLE_TXT)
    saved = tmp_path / "article"  # no extension: sniffed as JSON
    saved.write_text(first, encoding="utf-8")
    status, second, _ = _run(capsys, saved)
    assert (status, second) == (0, first)


def test_from_overrides_the_extension(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    misnamed = tmp_path / "bai-viet.html"
    misnamed.write_bytes(SAMPLE_TXT.read_bytes())
    status, out, _ = _run(capsys, misnamed, "--from", "text")
    assert status == 0
    assert read_json(out) == read_text(SAMPLE_TXT.read_bytes())


def test_dash_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SAMPLE_TXT.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = _run(capsys, "-")
    assert status == 0
    assert read_json(out).headline == HEADLINE


# ---------------------------------------------------------------------------------------
# Usage errors: one line on stderr, exit status 2.


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.txt"
    status, out, err = _run(capsys, missing)
    assert (status, out) == (2, "")
    assert _one_line(err) == f"vn-newsdoc: {missing}: no such file"


def test_empty_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "anh.png").write_bytes(b"\x89PNG")
    status, out, err = _run(capsys, tmp_path)
    assert (status, out) == (2, "")
    assert _one_line(err) == (
        f"vn-newsdoc: {tmp_path}: directory holds no file matching "
        "*.html *.htm *.xhtml *.txt *.json *.xml"
    )


def test_unreadable_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Permission bits do not stop every user (root reads anything): make the read fail.
    locked = tmp_path / "khoa.txt"
    locked.write_bytes(SAMPLE_TXT.read_bytes())

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    status, out, err = _run(capsys, locked)
    assert (status, out) == (2, "")
    assert _one_line(err) == f"vn-newsdoc: {locked}: permission denied"


def test_other_os_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "hong.txt"

    def fail(self: Path) -> bytes:
        raise OSError(5, "Input/output error", str(self))

    monkeypatch.setattr(Path, "read_bytes", fail)
    status, _, err = _run(capsys, broken)
    assert status == 2
    assert _one_line(err) == f"vn-newsdoc: {broken}: cannot read: Input/output error"


def test_unknown_output_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_TXT, "--format", "docx")
    assert (status, out) == (2, "")
    assert _one_line(err) == (
        "vn-newsdoc: --format: unknown format 'docx'; known formats: json, text, xml"
    )


def test_unknown_input_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_TXT, "--from", "pdf")
    assert (status, out) == (2, "")
    assert _one_line(err) == (
        "vn-newsdoc: --from: unknown format 'pdf'; known formats: html, json, text, xml"
    )


def test_url_refused_by_a_reader_without_one(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_TXT, "--url", "https://tin.example/a")
    assert (status, out) == (2, "")
    assert _one_line(err) == "vn-newsdoc: --url is not taken by the text reader"


def test_no_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys)
    assert (status, out) == (2, "")
    assert "usage: vn-newsdoc" in err
    assert "FILE" in err


# ---------------------------------------------------------------------------------------
# Reader errors: exit status 1, the file named.


def test_empty_file_is_a_reader_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    status, out, err = _run(capsys, empty)
    assert (status, out) == (1, "")
    line = _one_line(err)
    assert line.startswith(f"vn-newsdoc: {empty}")
    assert ": not readable as text: " in line


def test_malformed_json_is_a_reader_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "hong.json"
    bad.write_text('{"headline": "Tin', encoding="utf-8")
    status, out, err = _run(capsys, bad)
    assert (status, out) == (1, "")
    assert _one_line(err).startswith(f"vn-newsdoc: {bad}")
    assert "not readable as json" in err


def test_non_utf8_text_is_a_reader_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes("Tin nóng\n\n01/07/2022 18:45\nMột đoạn.\n".encode("utf-16"))
    status, out, err = _run(capsys, legacy)
    assert (status, out) == (1, "")
    assert _one_line(err).startswith(f"vn-newsdoc: {legacy}")


def test_reader_warnings_go_to_stderr_unless_quiet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    undated = tmp_path / "khong-ngay.txt"
    undated.write_text("Tin không ngày\n\nMột đoạn văn của bài.\n", encoding="utf-8")
    status, out, err = _run(capsys, undated)
    assert status == 0
    assert read_json(out).published is None
    assert "vn-newsdoc: WARNING: " in err
    status, _, err = _run(capsys, undated, "--quiet")
    assert (status, err) == (0, "")


# ---------------------------------------------------------------------------------------
# Help and version.


def test_help_documents_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--help")
    assert (status, err) == (0, "")
    for needed in (
        "FILE",
        "--format",
        "--from",
        "--url",
        "--quiet",
        "--version",
        "json, text, xml",
        "html, json, text, xml",
        "Exit status",
    ):
        assert needed in out, needed


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--version")
    assert (status, out) == (0, f"vn-newsdoc {__version__}\n")


def test_module_docstring_examples() -> None:
    # pytest's --doctest-modules leaves __main__.py out; its examples run here.
    results = doctest.testmod(cli_module, optionflags=doctest.ELLIPSIS)
    assert results.failed == 0
    assert results.attempted >= 1


def test_docs_page_describes_every_option() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    options = [s for action in _parser()._actions for s in action.option_strings]
    assert options
    for option in options:
        assert re.search(rf"`{re.escape(option)}[ `]", page), f"docs/cli.md lacks {option}"
