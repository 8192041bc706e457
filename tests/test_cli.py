"""The command line: ``python -m vn_newsdoc FILE [--format ...] [--from ...] [--url ...]``."""

from __future__ import annotations

import datetime as dt
import doctest
import fcntl
import io
import json
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import vn_newsdoc.__main__ as cli_module
from conftest import CORPUS, ROOT
from local_http import PAGE, serving
from vn_newsdoc import Article, __version__, build_info, guess_format
from vn_newsdoc.cli import main
from vn_newsdoc.cli._args import parser as _parser
from vn_newsdoc.cli._progress import make_display
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
        "*.html *.htm *.xhtml *.txt *.json *.xml *.warc *.warc.gz *.arc *.arc.gz"
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
        "vn-newsdoc: --format: unknown format 'docx'; known formats: "
        "html, json, jsonld, markdown, ninjs, text, xml, parquet"
    )


def test_unknown_input_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_TXT, "--from", "pdf")
    assert (status, out) == (2, "")
    assert _one_line(err) == (
        "vn-newsdoc: --from: unknown format 'pdf'; known formats: html, json, text, xml"
    )


def test_url_is_taken_by_every_reader(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_TXT, "--url", "https://tin.example/a")
    assert (status, err) == (0, "")
    assert json.loads(out)["url"] == "https://tin.example/a"


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
        "html, json, jsonld, markdown, ninjs, text, xml",
        "--output",
        "--output-dir",
        "--glob",
        "--jobs",
        "--timeout",
        "--strict",
        "--no-progress",
        "html, json, text, xml",
        "Exit status",
        "examples:",
        "vn-newsdoc a.html b.html > articles.jsonl",
        "vn-newsdoc https://",
    ):
        assert needed in " ".join(out.split()), needed  # help text wraps lines


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--version")
    assert (status, out, err) == (0, f"vn-newsdoc {__version__} ({build_info()})\n", "")
    assert out.endswith(("(pure Python)\n", "(compiled, C byte scan, C walks)\n")), out


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


# ---------------------------------------------------------------------------------------
# Several inputs: JSON Lines in input order, errors per input, a summary, exit statuses.


def _lines(out: str) -> list[dict[str, object]]:
    assert out.endswith("\n")
    return [json.loads(line) for line in out.splitlines()]


def _article(record: dict[str, object]) -> Article:
    """The article of a JSON Lines record: its JSON without the input's name."""
    return read_json(json.dumps({k: v for k, v in record.items() if k != "input"}))


def _folder(tmp_path: Path) -> Path:
    """A saved site: pages in nested folders, a picture and a stray file."""
    site = tmp_path / "site"
    (site / "thoi-su" / "2019").mkdir(parents=True)
    (site / "the-thao").mkdir()
    (site / "thoi-su" / "2019" / "mua.html").write_bytes(SAMPLE_HTML.read_bytes())
    (site / "thoi-su" / "index.htm").write_text(PAGE, encoding="utf-8")
    (site / "the-thao" / "bai.txt").write_bytes(SAMPLE_TXT.read_bytes())
    (site / "the-thao" / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (site / ".an").mkdir()
    (site / ".an" / "nhap.html").write_bytes(SAMPLE_HTML.read_bytes())
    return site


def test_several_files_give_json_lines_named_by_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "trang.txt"  # an HTML page under a .txt name
    page.write_text(PAGE, encoding="utf-8")
    status, out, err = _run(capsys, SAMPLE_TXT, page, SAMPLE_HTML, "-q")
    assert (status, err) == (0, "")
    records = _lines(out)
    assert [r["input"] for r in records] == [str(SAMPLE_TXT), str(page), str(SAMPLE_HTML)]
    assert list(records[0])[:2] == ["input", "schema"]
    assert _article(records[0]) == read_text(SAMPLE_TXT.read_bytes())
    assert _article(records[1]) == read_html(PAGE.encode())
    assert _article(records[2]) == read_html(SAMPLE_HTML.read_bytes())


def test_errors_are_reported_per_input_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "bao-cao.html"
    pdf.write_bytes(b"%PDF-1.7 ...")
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    status, out, err = _run(capsys, SAMPLE_TXT, pdf, empty, SAMPLE_HTML)
    assert status == 1  # read but not articles: 1
    assert [r["input"] for r in _lines(out)] == [str(SAMPLE_TXT), str(SAMPLE_HTML)]
    lines = err.splitlines()
    assert lines[:2] == [
        f"vn-newsdoc: {pdf}: not a news page or article: it is a PDF document",
        f"vn-newsdoc: {empty}: not readable as text: the dump is empty",
    ]
    assert re.fullmatch(r"vn-newsdoc: 2 read, 2 failed in \d+\.\d s, \d+\.\d pages/s", lines[-1])
    assert len(lines) == 3


def test_an_input_that_cannot_be_opened_gives_status_2_after_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "khong-co.html"
    status, out, err = _run(capsys, missing, SAMPLE_TXT, "-q")
    assert status == 2
    assert [r["input"] for r in _lines(out)] == [str(SAMPLE_TXT)]
    assert err == f"vn-newsdoc: {missing}: no such file\n"


def test_warnings_name_their_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    undated = tmp_path / "khong-ngay.html"
    undated.write_text(PAGE, encoding="utf-8")
    status, _, err = _run(capsys, SAMPLE_TXT, undated)
    assert status == 0
    warnings = [line for line in err.splitlines() if ": WARNING: " in line]
    assert warnings
    assert all(str(undated) in line and "<html>" not in line for line in warnings), warnings


def test_a_directory_is_read_recursively_in_sorted_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    site = _folder(tmp_path)
    status, out, err = _run(capsys, site, "-q")
    assert (status, err) == (0, "")  # the picture and the hidden folder are not read
    assert [r["input"] for r in _lines(out)] == [
        str(site / "the-thao" / "bai.txt"),
        str(site / "thoi-su" / "2019" / "mua.html"),
        str(site / "thoi-su" / "index.htm"),
    ]


def test_glob_filters_the_files_of_directories(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    site = _folder(tmp_path)
    status, out, _ = _run(capsys, site, "--glob", "*.html", "--glob", "*.txt", "-q")
    assert status == 0
    assert [r["input"] for r in _lines(out)] == [
        str(site / "the-thao" / "bai.txt"),
        str(site / "thoi-su" / "2019" / "mua.html"),
    ]
    status, out, _ = _run(capsys, site, "--glob", "thoi-su/*/*.html", "-q")
    assert [r["input"] for r in _lines(out)] == [str(site / "thoi-su" / "2019" / "mua.html")]


def test_a_quoted_glob_is_expanded(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    site = _folder(tmp_path)
    status, out, _ = _run(capsys, f"{site}/**/*.htm*", "-q")
    assert status == 0
    assert [r["input"] for r in _lines(out)] == [
        str(site / "thoi-su" / "2019" / "mua.html"),
        str(site / "thoi-su" / "index.htm"),
    ]
    status, out, err = _run(capsys, f"{site}/*.docx")
    assert (status, out) == (2, "")
    assert _one_line(err) == f"vn-newsdoc: {site}/*.docx: no file matches this pattern"


def test_stdin_among_other_inputs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    status, out, _ = _run(capsys, SAMPLE_TXT, "-", "-q")
    assert status == 0
    records = _lines(out)
    assert [r["input"] for r in records] == [str(SAMPLE_TXT), "<stdin>"]
    assert _article(records[1]) == read_html(PAGE.encode())
    status, _, err = _run(capsys, "-", "-")
    assert status == 2
    assert "standard input ('-') can be read only once" in err


def test_output_order_is_input_order_whatever_the_jobs(tmp_path: Path) -> None:
    pages = sorted(CORPUS.glob("*/*.html"))[:6] if CORPUS.is_dir() else []
    bad = tmp_path / "hong.json"
    bad.write_text('{"headline": "Tin', encoding="utf-8")
    inputs = [str(p) for p in [SAMPLE_TXT, *pages, bad, SAMPLE_HTML, bad, SAMPLE_TXT]]
    outputs = []
    for jobs in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-m", "vn_newsdoc", "--jobs", jobs, "-q", *inputs],
            cwd=ROOT,
            capture_output=True,
            check=False,
            timeout=300,
        )
        assert result.returncode == 1, result.stderr.decode("utf-8", "replace")
        records = _lines(result.stdout.decode("utf-8"))
        assert [r["input"] for r in records] == [i for i in inputs if i != str(bad)]
        errors = result.stderr.decode("utf-8").splitlines()
        assert len(errors) == 2
        assert errors[0] == errors[1]
        assert errors[0].startswith(f"vn-newsdoc: {bad}, line 1, ")
        assert ": not readable as json: " in errors[0]
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "bai.jsonl"
    status, out, _ = _run(capsys, SAMPLE_TXT, SAMPLE_HTML, "-o", target, "-q")
    assert (status, out) == (0, "")
    assert [r["input"] for r in _lines(target.read_text("utf-8"))] == [
        str(SAMPLE_TXT),
        str(SAMPLE_HTML),
    ]
    single = tmp_path / "mot.json"
    status, out, _ = _run(capsys, SAMPLE_TXT, "--output", single)
    assert (status, out) == (0, "")
    assert (
        single.read_text("utf-8") == write_json(read_text(SAMPLE_TXT.read_bytes()), indent=2) + "\n"
    )


def test_format_is_case_insensitive(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, SAMPLE_TXT, "--format", "XML")
    assert status == 0
    assert out.rstrip("\n") == write_xml(read_text(SAMPLE_TXT.read_bytes())).rstrip("\n")
    status, out, _ = _run(capsys, SAMPLE_TXT, "--format", "Json", "--from", "TEXT")
    assert (status, json.loads(out)["headline"]) == (0, HEADLINE)


def test_one_document_forms_need_an_output_dir_for_several_inputs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run(capsys, SAMPLE_TXT, SAMPLE_HTML, "--format", "xml")
    assert (status, out) == (2, "")
    assert "use --output-dir DIR" in _one_line(err)


def test_output_dir_writes_one_file_per_article_named_after_its_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    site = _folder(tmp_path)
    out_dir = tmp_path / "ra"
    status, out, _ = _run(capsys, site, "--output-dir", out_dir, "--format", "text", "-q")
    assert (status, out) == (0, "")
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert written == ["the-thao/bai.txt", "thoi-su/2019/mua.txt", "thoi-su/index.txt"]
    assert (out_dir / "the-thao" / "bai.txt").read_text("utf-8") == write_text(
        read_text(SAMPLE_TXT.read_bytes())
    )


def test_output_dir_never_overwrites(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = tmp_path / "a" / "index.html"
    second = tmp_path / "b" / "index.html"
    for page in (first, second):
        page.parent.mkdir()
        page.write_bytes(SAMPLE_HTML.read_bytes())
    out_dir = tmp_path / "ra"
    # The same name twice in one run: the second gets a number.
    status, _, _ = _run(capsys, first, second, "--output-dir", out_dir, "-q")
    assert status == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["index-2.json", "index.json"]
    # A file already there is left alone, and its input fails.
    (out_dir / "index.json").write_text("giữ nguyên", encoding="utf-8")
    status, _, err = _run(capsys, first, "--output-dir", out_dir)
    assert status == 2
    assert err.splitlines()[0] == (
        f"vn-newsdoc: {first}: {out_dir / 'index.json'}: already exists; not overwritten"
    )
    assert (out_dir / "index.json").read_text("utf-8") == "giữ nguyên"
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".")]


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, SAMPLE_TXT, "--jobs", "0")
    assert status == 2
    assert "--jobs: must be at least 1, not 0" in err


# ---------------------------------------------------------------------------------------
# URLs, from a server on 127.0.0.1 started by the test.


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_urls_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with serving() as server:
        url = server.base + "/bai-viet.html"
        status, out, err = _run(capsys, url, "-q")
        assert (status, err) == (0, "")
        assert read_json(out) == read_html(PAGE.encode(), url=url)
        status, out, err = _run(
            capsys, server.base + "/chuyen", server.base + "/khong-co", "--timeout", "5", "-q"
        )
    assert status == 2
    [record] = _lines(out)
    assert record["input"] == server.base + "/chuyen"
    assert record["url"] == url
    assert err == f"vn-newsdoc: {server.base}/khong-co: HTTP 404 Not Found\n"


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_a_slow_server_times_out(capsys: pytest.CaptureFixture[str]) -> None:
    with serving() as server:
        status, out, err = _run(capsys, server.base + "/cham.html", "--timeout", "0.5")
    assert (status, out) == (2, "")
    assert _one_line(err) == f"vn-newsdoc: {server.base}/cham.html: timed out after 0.5 s"


# ---------------------------------------------------------------------------------------
# Ctrl-C and the progress bar, in a real process.


def _spawn(*argv: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "vn_newsdoc", *argv], cwd=ROOT, **kwargs
    )


def test_ctrl_c_leaves_only_complete_lines() -> None:
    inputs = [str(SAMPLE_HTML)] * 3000
    process = _spawn("--jobs", "2", *inputs, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    first = b""
    while b"\n" not in first:  # reading has begun (os.read: nothing kept in a buffer here)
        chunk = os.read(process.stdout.fileno(), 65536)
        assert chunk, "the run ended before it was interrupted"
        first += chunk
    process.send_signal(signal.SIGINT)
    rest, err = process.communicate(timeout=120)
    assert process.returncode == 130, err.decode("utf-8", "replace")
    output = (first + rest).decode("utf-8")
    assert output.endswith("\n")
    records = _lines(output)
    assert 1 <= len(records) < len(inputs)
    assert all(r["input"] == str(SAMPLE_HTML) for r in records)
    assert err.decode("utf-8").splitlines()[-1].startswith("vn-newsdoc: interrupted: ")


def _through_a_terminal(*argv: str) -> tuple[int, str, bytes]:
    """Run with standard error on a pseudo-terminal; the status, stderr's text, stdout."""
    controller, terminal = pty.openpty()
    # A new pseudo-terminal has no size (0 columns): give it the size of a usual window.
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    # Every update drawn (tqdm reads its defaults from TQDM_* variables), not one a 0.1 s.
    environment = {**os.environ, "TQDM_MININTERVAL": "0"}
    process = _spawn(*argv, stdout=subprocess.PIPE, stderr=terminal, env=environment)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    out, _ = process.communicate(timeout=120)
    os.close(controller)
    return process.returncode, seen.decode("utf-8", "replace"), out


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    inputs = [str(SAMPLE_TXT), str(pdf), str(SAMPLE_HTML)]
    status, shown, out = _through_a_terminal("-j", "1", "-q", *inputs)
    assert status == 1
    assert len(_lines(out.decode("utf-8"))) == 2  # stdout is untouched by the bar
    assert "3/3" in shown
    assert "failed=1" in shown
    assert "page/s" in shown
    assert f"vn-newsdoc: {pdf}: not a news page or article" in shown
    # Not a terminal: no bar, only the messages.
    result = subprocess.run(
        [sys.executable, "-m", "vn_newsdoc", "-j", "1", "-q", *inputs],
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert (
        result.stderr.decode("utf-8")
        == f"vn-newsdoc: {pdf}: not a news page or article: it is a PDF document\n"
    )
    # --no-progress: no bar on a terminal either.
    _, shown, _ = _through_a_terminal("-j", "1", "-q", "--no-progress", *inputs)
    assert "3/3" not in shown


def test_plain_progress_line_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if it were not installed
    stream = Terminal()
    display = make_display(stream, 3, bar=True)
    display.advance(failed=False)
    display.message("vn-newsdoc: b.html: no headline found")
    display.advance(failed=True)
    display.advance(failed=False)
    display.close()
    shown = stream.getvalue()
    assert "vn-newsdoc: b.html: no headline found\n" in shown
    assert re.search(r"3/3 pages, 1 failed, [\d.]+ pages/s, 0:00 left", shown)
    assert shown.endswith("\r\x1b[K")
    lines_only = io.StringIO()
    display = make_display(lines_only, 3, bar=True)  # not a terminal: messages only
    display.message("x")
    display.advance(failed=False)
    assert lines_only.getvalue() == "x\n"


def test_output_dir_on_a_file_system_without_hard_links(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    out_dir = tmp_path / "ra"
    status, _, _ = _run(capsys, SAMPLE_TXT, SAMPLE_TXT, "--output-dir", out_dir, "-q")
    assert status == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "sample-article-2.json",
        "sample-article.json",
    ]
    written = (out_dir / "sample-article.json").read_text("utf-8")
    assert read_json(written) == read_text(SAMPLE_TXT.read_bytes())


# ---------------------------------------------------------------------------------------
# Web archives and Parquet (the [warc] and [parquet] extras, installed for the tests).


def _archive(tmp_path: Path) -> tuple[Path, list[tuple[str, bytes]]]:
    from warc_samples import corpus_pages, write_warc  # noqa: PLC0415  (needs warcio)

    pages = corpus_pages()[:4]
    return write_warc(tmp_path / "crawl.warc.gz", pages), pages


def test_a_warc_file_gives_every_html_page_in_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from warc_samples import DATE, EXTRA_SKIPPED  # noqa: PLC0415

    archive, pages = _archive(tmp_path)
    reference = dt.datetime.fromisoformat(DATE.replace("Z", "+00:00"))
    for jobs in ("1", "2"):
        status, out, err = _run(capsys, archive, "--jobs", jobs)
        assert status == 0, err
        records = _lines(out)
        assert [r["input"] for r in records] == [str(archive)] * len(pages)
        assert [_article(r) for r in records] == [
            read_html(page, url=uri, reference=reference) for uri, page in pages
        ]
        summary = err.splitlines()[-1]
        skipped = sum(EXTRA_SKIPPED.values())
        assert f"{len(pages)} read, 0 failed, {skipped} archive records skipped (" in summary


def test_archives_among_pages_and_named_by_their_bytes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive, pages = _archive(tmp_path)
    unnamed = tmp_path / "crawl-without-a-name"
    unnamed.write_bytes(archive.read_bytes())
    status, out, _ = _run(capsys, SAMPLE_TXT, unnamed, SAMPLE_HTML, "-q")
    assert status == 0
    names = [r["input"] for r in _lines(out)]
    assert names == [str(SAMPLE_TXT), *[str(unnamed)] * len(pages), str(SAMPLE_HTML)]


def test_a_cut_archive_reports_after_its_pages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive, pages = _archive(tmp_path)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size * 2 // 3])
    status, out, err = _run(capsys, cut, SAMPLE_TXT, "-q")
    assert status == 1
    records = _lines(out)
    assert 0 < len(records) < len(pages) + 1
    assert records[-1]["input"] == str(SAMPLE_TXT)
    assert f"vn-newsdoc: {cut}: " in err
    assert "cut short" in err


def test_warc_pages_under_output_dir_get_a_folder_per_archive(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive, pages = _archive(tmp_path)
    out_dir = tmp_path / "ra"
    status, _, _ = _run(capsys, archive, "--output-dir", out_dir, "-q")
    assert status == 0
    written = sorted(p for p in out_dir.rglob("*.json"))
    assert len(written) == len(pages)
    assert {p.parent.name for p in written} == {"crawl.warc"}


def test_parquet_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from vn_newsdoc.parquet import read_parquet  # noqa: PLC0415  (needs pyarrow)

    archive, pages = _archive(tmp_path)
    target = tmp_path / "bai.parquet"
    status, out, _ = _run(capsys, SAMPLE_TXT, archive, "--format", "Parquet", "-o", target, "-q")
    assert (status, out) == (0, "")
    articles = list(read_parquet(target))
    assert len(articles) == 1 + len(pages)
    assert articles[0] == read_text(SAMPLE_TXT.read_bytes())
    status, _, err = _run(capsys, SAMPLE_TXT, "--format", "parquet")
    assert status == 2
    assert "--format parquet needs -o FILE.parquet" in _one_line(err)


def test_a_warc_file_without_warcio_names_the_extra(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    archive, _ = _archive(tmp_path)
    for module in [m for m in sys.modules if m == "warcio" or m.startswith("warcio.")]:
        monkeypatch.delitem(sys.modules, module)
    monkeypatch.setitem(sys.modules, "warcio", None)  # as if it were not installed
    status, out, err = _run(capsys, archive, SAMPLE_TXT, "-q")
    assert status == 2
    assert [r["input"] for r in _lines(out)] == [str(SAMPLE_TXT)]
    assert _one_line(err) == (
        f'vn-newsdoc: {archive}: WARC input needs warcio: pip install "vn_newsdoc[warc]"'
    )


def test_ctrl_c_leaves_a_readable_parquet_file(tmp_path: Path) -> None:
    from vn_newsdoc.parquet import read_parquet  # noqa: PLC0415  (needs pyarrow)

    target = tmp_path / "bai.parquet"
    inputs = [str(SAMPLE_HTML)] * 3000
    process = _spawn(
        "-j", "1", "-o", str(target), "--format", "parquet", *inputs, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    # The file is made once the command has started (its handler of Ctrl-C set) and is then
    # filled by row groups: wait for it, however slow the start on a loaded machine, then let
    # some pages be read.
    deadline = time.monotonic() + 60
    while not target.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert target.exists(), "the command never made its output file"
    time.sleep(1)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err.decode("utf-8", "replace")
    articles = list(read_parquet(target))
    assert len(articles) < len(inputs)
    assert all(a == articles[0] for a in articles)


# -- --limit and --profiles: the readers' options on the command line ---------------------


def test_limit_lowers_a_ceiling_and_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_HTML, "--limit", "text=100")
    assert (status, out) == (1, "")
    assert "input exceeds the text limit" in _one_line(err)


def test_limit_raises_a_ceiling(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dump = tmp_path / "dai.txt"
    long = "Nước sông dâng cao làm ngập nhiều tuyến đường. " * 30_000  # 1.4 M characters
    dump.write_text(f"Mưa lớn\n\n{long.strip()}\n", encoding="utf-8")
    status, _, err = _run(capsys, dump)
    assert status == 1
    assert "text limit" in err
    status, _, err = _run(capsys, dump, "--limit", "max_text=2_000_000", "--limit", "bytes=1e8")
    assert status == 2  # a usage error: 1e8 is no whole number
    assert "--limit" in err
    status, out, _ = _run(capsys, dump, "--limit", "max_text=2_000_000")
    assert status == 0
    assert json.loads(out)["headline"] == "Mưa lớn"


@pytest.mark.parametrize("value", ["foo=1", "text", "text=0", "text=many"])
def test_a_bad_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    status, out, err = _run(capsys, SAMPLE_HTML, "--limit", value)
    assert (status, out) == (2, "")
    assert "--limit" in err


def test_profiles_are_read_before_the_built_in_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "trang.html"
    page.write_text(
        "<html><head><title>Báo Mẫu</title>"
        '<link rel="canonical" href="https://baomau.vn/cau-treo.html"></head><body>'
        "<h1>Tin nóng trong ngày</h1>"
        '<h2 class="tieu-de">Khánh thành cầu treo ở xã Tân Phong</h2>'
        '<div class="noi-dung"><p>Sáng nay, xã Tân Phong khánh thành cây cầu treo nối hai bản '
        "bên suối.</p><p>Học sinh không còn phải lội suối để đến trường vào mùa mưa.</p></div>"
        "</body></html>",
        encoding="utf-8",
    )
    sites = tmp_path / "sites.toml"
    sites.write_text(
        '[[site]]\nname = "baomau.vn"\nhosts = ["baomau.vn"]\nheadline = "h2.tieu-de"\n'
        'body = ".noi-dung"\n',
        encoding="utf-8",
    )
    status, out, _ = _run(capsys, page, "--profiles", sites)
    assert status == 0
    assert json.loads(out)["headline"] == "Khánh thành cầu treo ở xã Tân Phong"
    status, out, _ = _run(capsys, page)
    assert json.loads(out)["headline"] == "Tin nóng trong ngày"


def test_a_bad_profiles_file_is_a_usage_error_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text('[[site]]\nname = "baomau.vn"\n', encoding="utf-8")
    status, out, err = _run(capsys, SAMPLE_HTML, "--profiles", sites)
    assert (status, out) == (2, "")
    assert _one_line(err).startswith(f"vn-newsdoc: --profiles: {sites}: site 1 ('baomau.vn')")
    status, _, err = _run(capsys, SAMPLE_HTML, "--profiles", tmp_path / "khong-co.toml")
    assert status == 2
    assert "--profiles" in err


def test_an_html_error_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "khong-tieu-de.html"
    page.write_text("<html><body><p>Không có tiêu đề.</p></body></html>", encoding="utf-8")
    for extra in ((), ("--url", "https://tin.example/a")):
        status, out, err = _run(capsys, page, *extra)
        assert (status, out) == (1, "")
        line = _one_line(err)
        assert line.startswith(f"vn-newsdoc: {page}: not readable as html: "), line
        assert "<html>" not in line
