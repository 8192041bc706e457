"""The distributions: ``python -m build`` gives a wheel and an sdist that ``twine check``
accepts, that carry what the package needs at run time, and nothing from ``../shared``."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import sys
import tarfile
import tomllib
import unicodedata
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, run_checked
from vn_newsdoc.formats.json import read_json

pytestmark = pytest.mark.slow

PACKAGE = ROOT / "src" / "vn_newsdoc"


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel and the sdist, built once for this module."""
    out = tmp_path_factory.mktemp("dist")
    # No isolation: the build backend (hatchling) comes from the test dependencies, so the
    # build needs no network.
    run_checked(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT)
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist


def _package_files() -> list[str]:
    """Every file of the package as the wheel should hold it (``vn_newsdoc/...``)."""
    return sorted(
        p.relative_to(PACKAGE.parent).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def test_twine_accepts_both(dists: tuple[Path, Path]) -> None:
    wheel, sdist = dists
    output = run_checked(sys.executable, "-m", "twine", "check", "--strict", wheel, sdist)
    assert output.count("PASSED") == 2, output


def test_wheel_carries_every_package_file(dists: tuple[Path, Path]) -> None:
    wheel, _ = dists
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "vn_newsdoc/py.typed" in names
    schemas = sorted((PACKAGE / "schemas").glob("*.*"))
    for schema in schemas:
        assert f"vn_newsdoc/schemas/{schema.name}" in names
    missing = [f for f in _package_files() if f not in names]
    assert not missing, f"the wheel lacks {missing}"
    outside = sorted(n for n in names if not n.startswith(("vn_newsdoc/", "vn_newsdoc-")))
    assert not outside, f"the wheel holds files outside the package: {outside}"


def test_wheel_metadata_renders_readme(dists: tuple[Path, Path]) -> None:
    wheel, _ = dists
    with zipfile.ZipFile(wheel) as zf:
        (metadata_name,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = zf.read(metadata_name).decode("utf-8")
    assert "Description-Content-Type: text/markdown" in metadata
    assert 'pip install -e ".[test]" && python -m pytest -n auto' in metadata
    assert "Requires-Python: >=3.11" in metadata


def test_wheel_declares_the_console_script(dists: tuple[Path, Path]) -> None:
    wheel, _ = dists
    with zipfile.ZipFile(wheel) as zf:
        (entry_points,) = [n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = zf.read(entry_points).decode("utf-8")
    assert "[console_scripts]" in text
    assert "vn-newsdoc = vn_newsdoc.__main__:main" in text


@pytest.mark.corpus
def test_sdist_holds_the_project_and_nothing_from_shared(dists: tuple[Path, Path]) -> None:
    _, sdist = dists
    with tarfile.open(sdist) as tf:
        members = [m for m in tf.getmembers() if m.isfile()]
        root = members[0].name.split("/", 1)[0]
        names = {m.name.split("/", 1)[1] for m in members}
        digests = {
            hashlib.sha256(tf.extractfile(m).read()).hexdigest(): m.name  # type: ignore[union-attr]
            for m in members
        }
    assert root.startswith("vn_newsdoc-")
    for needed in (
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "src/vn_newsdoc/py.typed",
        "examples/sample-article.txt",
        "examples/sample-article.html",
        "docs/conf.py",
    ):
        assert needed in names, f"the sdist lacks {needed}"
    assert not [n for n in names if "shared/" in n or n.startswith("corpus/")]
    # No file of ../shared (the corpus pages belong to their publishers), by content.
    assert SHARED.is_dir(), f"{SHARED} is missing: the tests need ../shared beside the project"
    # The IPTC's ninjs schema is the exception: published under open licences, it is copied
    # into the tests' data with its notice (tests/schemas/ninjs/) on purpose.
    shared = {
        hashlib.sha256(p.read_bytes()).hexdigest(): p
        for p in SHARED.rglob("*")
        if p.is_file()
        and p.stat().st_size > 0  # an empty file matches any empty file
        and not p.is_relative_to(SHARED / "schemas")
    }
    copied = sorted(f"{digests[d]} is {shared[d]}" for d in set(digests) & set(shared))
    assert not copied, copied


def _shared_passages() -> set[str]:
    """Long passages (lead, paragraphs, captions) of the expected readings in ../shared."""
    passages: set[str] = set()
    for reading in sorted(SHARED.glob("*/*/*.json")) + sorted(SHARED.glob("seed/*.json")):
        data = json.loads(reading.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        texts = [data.get("lead"), *data.get("paragraphs", []), *data.get("captions", [])]
        passages.update(t for t in texts if isinstance(t, str) and len(t) >= 80)
    return passages


@pytest.mark.corpus
def test_sdist_quotes_no_corpus_text(dists: tuple[Path, Path]) -> None:
    """The pages' text belongs to their publishers: not a paragraph of it in the sdist."""
    _, sdist = dists
    assert SHARED.is_dir(), f"{SHARED} is missing: the tests need ../shared beside the project"
    passages = _shared_passages()
    assert len(passages) > 100
    found = []
    with tarfile.open(sdist) as tf:
        for member in tf.getmembers():
            handle = tf.extractfile(member) if member.isfile() else None
            if handle is None:
                continue
            text = unicodedata.normalize("NFC", handle.read().decode("utf-8", "replace"))
            found += [f"{member.name}: {p[:60]}..." for p in passages if p in text]
    assert not found, found


def test_wheel_runs_the_readme_command_alone(dists: tuple[Path, Path], tmp_path: Path) -> None:
    """The wheel, unpacked away from the checkout, reads the sample article: the README's
    first command without ../shared and without the source tree."""
    wheel, _ = dists
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    env = {"PYTHONPATH": str(site), "PYTHONUTF8": "1", "PATH": ""}
    where = run_checked(
        sys.executable, "-c", "import vn_newsdoc; print(vn_newsdoc.__file__)", cwd=tmp_path, env=env
    )
    assert Path(where.strip()).is_relative_to(site)
    # The README reads the news page; the text dump is the other sample shipped beside it.
    for name in ("sample-article.html", "sample-article.txt"):
        sample = tmp_path / name
        sample.write_bytes((ROOT / "examples" / name).read_bytes())
        output = run_checked(sys.executable, "-m", "vn_newsdoc", sample.name, cwd=tmp_path, env=env)
        article = read_json(output)
        assert article.headline == "Tân Phong mở thư viện cộng đồng đầu tiên cho học sinh vùng cao"
        assert len(article.captions) == 2
        assert article.authors == ("Nông Thị Hằng",)


# What the declared runtime dependencies bring (attrs, cattrs, lxml, python-dateutil) and
# what those import in turn on some Python versions (lxml's compiled modules, cattrs'
# backports, six for python-dateutil before 2.10).
_RUNTIME_MODULES = frozenset(
    {"attr", "attrs", "cattrs", "cattr", "lxml", "typing_extensions", "exceptiongroup"}
    | {"cython_runtime", "dateutil", "six"}
)


def _is_runtime(module: str) -> bool:
    # _sysconfigdata_* is the standard library's build configuration (read by sysconfig),
    # named per platform and so missing from sys.stdlib_module_names. A compiled build
    # (tests/test_compiled.py) ships its own <hash>__mypyc extension beside the package.
    return (
        module in _RUNTIME_MODULES
        or module.startswith(("_cython_", "_sysconfigdata_"))
        or module.endswith("__mypyc")
    )


def test_runtime_dependencies_are_the_declared_ones() -> None:
    """The modules the test above allows are those of the dependencies pyproject declares."""
    requires = importlib.metadata.requires("vn_newsdoc") or []
    runtime = [r for r in requires if "extra ==" not in r]
    names = {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower() for r in runtime}
    assert names == {"attrs", "cattrs", "lxml", "python-dateutil"}


def test_importing_the_package_leaves_python_dateutil_for_later() -> None:
    """python-dateutil is imported where a date needs it, not by ``import vn_newsdoc``:
    it would add to every program's start-up time."""
    script = "import sys, vn_newsdoc; print(sorted(m for m in sys.modules if 'dateutil' in m))"
    assert run_checked(sys.executable, "-c", script, cwd=ROOT, env=None).strip() == "[]"


def test_reading_and_writing_import_only_declared_dependencies() -> None:
    """A fresh ``pip install .`` has nothing but the declared dependencies: every reader and
    writer must run on them alone (lxml's CSS selectors, say, need a package of their own)."""
    script = """
import pathlib, sys
before = set(sys.modules)
import vn_newsdoc as nd
page = pathlib.Path("examples/sample-article.html").read_bytes()
dump = pathlib.Path("examples/sample-article.txt").read_text(encoding="utf-8")
for article in (nd.read_html(page), nd.read_text(dump)):
    for form in nd.WRITERS:
        text = nd.write(article, form)
        if form in nd.READERS and form != "text":
            nd.read(text, form)
new = {m.split(".")[0] for m in set(sys.modules) - before}
print(" ".join(sorted(new - set(sys.stdlib_module_names) - {"vn_newsdoc"})))
"""
    output = run_checked(sys.executable, "-c", script, cwd=ROOT, env=None)
    outside = {m for m in output.split() if not _is_runtime(m)}
    assert not outside, f"importing beyond the declared dependencies: {sorted(outside)}"


def test_the_optional_modules_import_their_extras_only_when_used() -> None:
    """``vn_newsdoc.warc``, ``.parquet`` and ``.dask`` import warcio, pyarrow and Dask inside
    their functions: importing them (and the package) costs nothing without the extras."""
    script = """
import sys
import tomllib
before = set(sys.modules)
import vn_newsdoc, vn_newsdoc.warc, vn_newsdoc.parquet, vn_newsdoc.dask
new = {m.split(".")[0] for m in set(sys.modules) - before}
print(" ".join(sorted(new - set(sys.stdlib_module_names) - {"vn_newsdoc"})))
"""
    output = run_checked(sys.executable, "-c", script, cwd=ROOT, env=None)
    outside = {m for m in output.split() if not _is_runtime(m)}
    assert not outside, f"importing beyond the declared dependencies: {sorted(outside)}"


def test_the_release_builds_compiled_wheels_for_every_python_it_supports() -> None:
    """``[tool.cibuildwheel]``: the compiled build (the switch set) for each Python version
    the classifiers name, each wheel checked by a script that exists."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheels = config["tool"]["cibuildwheel"]
    assert wheels["environment"] == {"HATCH_BUILD_HOOK_ENABLE_MYPYC": "1"}
    classifiers = config["project"]["classifiers"]
    versions = [c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r".*Python :: 3\.\d+", c)]
    assert versions, classifiers
    assert sorted(wheels["build"]) == sorted(f"cp{v.replace('.', '')}-*" for v in versions)
    command = wheels["test-command"].split()
    assert command[0] == "python", command
    script = command[1].removeprefix("{project}/")
    assert (ROOT / script).is_file(), script
    assert "--no-corpus" in command  # the corpus is not in a wheel builder's reach
