"""The documentation builds with warnings as errors, and every example in it runs.

``-b html`` with ``-W`` fails on any warning (a broken cross-reference included: the docs
are nitpicky); ``-b doctest`` runs the pages' examples (pytest's ``--doctest-modules`` runs
those of the docstrings). Both builds, and the docstrings' doctests, run from a directory
outside the project, as a user's would. In the built pages every internal link and anchor
resolves, and the API reference documents every public name: each name in the ``__all__``
of the package and of each public module.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest

import vn_newsdoc
from conftest import ROOT

DOCS = ROOT / "docs"
DOCTEST_MODULES = ["--doctest-modules", str(ROOT / "src" / "vn_newsdoc")]


def _public_modules() -> list[str]:
    """Every module of the package whose dotted name has no private part."""
    return sorted(
        info.name
        for info in pkgutil.walk_packages(vn_newsdoc.__path__, "vn_newsdoc.")
        if not any(p.startswith("_") and p != "__main__" for p in info.name.split("."))
    )


def test_api_reference_covers_every_public_module() -> None:
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\.\. automodule:: (\S+)$", page, re.MULTILINE))
    missing = sorted(set(_public_modules()) - documented - {"vn_newsdoc"})
    assert not missing, f"docs/api.md does not document {missing}"
    assert "vn_newsdoc" in documented


def _sphinx(builder: str, out: Path) -> subprocess.CompletedProcess[str]:
    # Run from a directory of its own: no example may depend on the current directory.
    elsewhere = out / "cwd"
    elsewhere.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-n",
            "-q",
            "-E",
            "-b",
            builder,
            "-d",
            str(out / "doctrees"),
            str(DOCS),
            str(out / builder),
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=900,
    )


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML build (with ``-W``), made once for this module's tests."""
    out = tmp_path_factory.mktemp("docs")
    result = _sphinx("html", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stderr.strip(), result.stderr
    return out / "html"


@pytest.mark.slow
def test_html_builds_without_warnings(html: Path) -> None:
    assert (html / "api.html").is_file()
    assert (html / "tutorial.html").is_file()


def _internal_links(html: Path) -> Iterator[tuple[Path, str]]:
    """Every ``href`` of the built pages that points inside the documentation."""
    for page in sorted(html.rglob("*.html")):
        tree = lxml.html.parse(str(page))
        for href in tree.xpath("//a/@href | //link[@rel!='canonical']/@href"):
            parts = urlsplit(str(href))
            if parts.scheme or parts.netloc:
                continue
            yield page, str(href)


def _anchors(page: Path, cache: dict[Path, set[str]]) -> set[str]:
    if page not in cache:
        tree = lxml.html.parse(str(page))
        cache[page] = {str(v) for v in tree.xpath("//@id | //a/@name")}
    return cache[page]


@pytest.mark.slow
def test_every_internal_link_and_anchor_resolves(html: Path) -> None:
    broken = []
    anchors: dict[Path, set[str]] = {}
    checked = 0
    for page, href in _internal_links(html):
        parts = urlsplit(href)
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        if target.is_dir():
            target /= "index.html"
        checked += 1
        if not target.is_file():
            broken.append(f"{page.relative_to(html)}: {href} (no file)")
        elif parts.fragment and unquote(parts.fragment) not in _anchors(target, anchors):
            broken.append(f"{page.relative_to(html)}: {href} (no such anchor)")
    assert checked > 500, f"only {checked} internal links: is the build complete?"
    assert not broken, "\n".join(broken)


def _documented_as(module_name: str, name: str) -> set[str]:
    """The full names under which ``module_name.name`` may be documented: where it is
    defined, or, for data, any public module that holds the same object by that name."""
    obj = getattr(importlib.import_module(module_name), name)
    names = {f"{module_name}.{name}"}
    module, qualname = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    if isinstance(module, str) and isinstance(qualname, str):
        names.add(f"{module}.{qualname}")
    for other in _public_modules():
        if getattr(importlib.import_module(other), name, None) is obj:
            names.add(f"{other}.{name}")
    return names


@pytest.mark.slow
def test_api_reference_documents_every_public_name(html: Path) -> None:
    documented = {str(v) for v in lxml.html.parse(str(html / "api.html")).xpath("//dt/@id")}
    missing = []
    for module_name in ["vn_newsdoc", *_public_modules()]:
        module = importlib.import_module(module_name)
        if getattr(module, "__file__", None) is None:
            continue  # a namespace package (vn_newsdoc.formats): nothing of its own
        assert hasattr(module, "__all__"), f"{module_name} has no __all__"
        missing += [
            f"{module_name}.{name}"
            for name in module.__all__
            if not _documented_as(module_name, name) & documented
        ]
    assert not missing, f"the API reference lacks {missing}"


@pytest.mark.slow
def test_doctests_pass(tmp_path: Path) -> None:
    result = _sphinx("doctest", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    report = (tmp_path / "doctest" / "output.txt").read_text(encoding="utf-8")
    summary = report[report.index("Doctest summary") :]
    counts = {
        m[2]: int(m[1])
        for m in re.finditer(r"^\s*(\d+) (tests?|failures? in tests)$", summary, re.M)
    }
    assert counts.get("tests", counts.get("test", 0)) >= 150, f"too few doctests ran:\n{summary}"
    ran = set(re.findall(r"^Document: (\S+)$", report, re.M))
    assert {"index", "tutorial", "reading", "vietnamese"} <= ran, ran
    assert counts.get("failures in tests", counts.get("failure in tests", 0)) == 0, report


@pytest.mark.slow
def test_docstring_doctests_pass_from_another_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-n0",
            "-p",
            "no:cacheprovider",
            "--doctest-modules",
            str(ROOT / "src" / "vn_newsdoc"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    passed = re.search(r"(\d+) passed", result.stdout)
    assert passed is not None, result.stdout
    assert int(passed[1]) >= 50, result.stdout
