"""The command line's --explain: the article as usual, its reasons on standard error."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from local_http import PAGE, serving
from vn_newsdoc.cli import main
from vn_newsdoc.formats.json import read_json
from vn_newsdoc.html import explain_html, read_html

SAMPLE_HTML = ROOT / "examples" / "sample-article.html"
SAMPLE_TXT = ROOT / "examples" / "sample-article.txt"


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_explain_writes_the_article_and_its_reasons_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run(capsys, SAMPLE_HTML, "--explain")
    assert status == 0
    data = SAMPLE_HTML.read_bytes()
    assert read_json(out) == read_html(data)
    expected = [f"{SAMPLE_HTML}: {source}" for source in explain_html(data).sources]
    assert err.splitlines() == expected
    assert expected[0].startswith(f"{SAMPLE_HTML}: headline: title element near the body at ")


def test_explain_takes_the_url(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://tinvungcao.example/xa-hoi/thu-vien.htm"
    status, out, err = _run(capsys, SAMPLE_HTML, "--explain", "--url", url)
    assert status == 0
    assert read_json(out) == read_html(SAMPLE_HTML.read_bytes(), url=url)
    assert "headline: " in err


def test_explain_reads_one_input(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_HTML, SAMPLE_HTML, "--explain")
    assert (status, out) == (2, "")
    assert err == "vn-newsdoc: --explain explains one page: give one input\n"


def test_explain_refuses_what_is_not_html(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, SAMPLE_TXT, "--explain")
    assert (status, out) == (2, "")
    assert err == f"vn-newsdoc: --explain explains HTML pages; {SAMPLE_TXT} reads as text\n"
    status, _, err = _run(capsys, SAMPLE_HTML, "--explain", "--from", "text")
    assert (status, err) == (2, "vn-newsdoc: --explain explains HTML pages, not text\n")


def test_explain_reports_an_unreadable_page_as_usual(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "trang.html"
    page.write_text("<html><body><p>Không có tiêu đề.</p></body></html>", encoding="utf-8")
    status, out, err = _run(capsys, page, "--explain")
    assert (status, out) == (1, "")
    assert err == f"vn-newsdoc: {page}: not readable as html: no headline found\n"


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_explain_fetches_a_url_input(capsys: pytest.CaptureFixture[str]) -> None:
    with serving() as server:
        url = server.base + "/bai-viet.html"
        status, out, err = _run(capsys, url, "--explain")
    assert status == 0
    assert read_json(out) == read_html(PAGE.encode(), url=url)
    expected = [f"{url}: {source}" for source in explain_html(PAGE.encode(), url=url).sources]
    assert err.splitlines() == expected


@pytest.mark.loopback  # a server of the test's own on 127.0.0.1
def test_url_names_a_fetched_page(capsys: pytest.CaptureFixture[str]) -> None:
    named = "https://tinvungcao.example/xa-hoi/thu-vien.htm"
    with serving() as server:
        status, out, _ = _run(capsys, server.base + "/bai-viet.html", "--url", named, "-q")
    assert status == 0
    assert read_json(out) == read_html(PAGE.encode(), url=named)
