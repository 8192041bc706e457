"""The compiled build: ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 python -m build --wheel`` compiles
the reader's hot modules with mypyc, and ``hatch_build.py`` builds the C extensions of the
project's own (``vn_newsdoc/_bytescan.c``, ``vn_newsdoc/_walks.c``). It must read every
page exactly as the pure-Python package does, and pass the reader's own tests.

The build takes a minute or two (one C compiler run), so it is made once for the module,
from a copy of the project's files: mypyc writes its extensions next to the sources it
compiles, and a copy keeps them out of the working tree.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, run_checked
from vn_newsdoc import read_html, read_text, write_json

pytestmark = [pytest.mark.slow, pytest.mark.corpus]

# What the build compiles: a module from each part of the reader. The pyproject's include
# and exclude lists say the rest; the reading comparison below covers them all.
_COMPILED = (
    "vn_newsdoc/html/body/_walk",
    "vn_newsdoc/html/body/_scoring",
    "vn_newsdoc/html/_survey",
    "vn_newsdoc/vi/people/_tagger",
    "vn_newsdoc/vi/dates/_scan",
    "vn_newsdoc/text",
)
# What stays Python: the entry points that refuse wrong arguments with our own errors.
_PURE = ("vn_newsdoc/__init__", "vn_newsdoc/html/__init__", "vn_newsdoc/html/_parse")
_EXTENSION = sysconfig.get_config_var("EXT_SUFFIX")


def _compiler_missing() -> str | None:
    """Why this machine cannot build the compiled wheel, or ``None`` if it can."""
    for module in ("hatch_mypyc", "mypyc", "setuptools"):
        if importlib.util.find_spec(module) is None:
            return f"the compiled build needs the test extras ({module} is missing)"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"the compiled build needs a C compiler ({compiler} is not on PATH)"
    return None


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The compiled wheel, and the folder it is unpacked into (to put on ``PYTHONPATH``)."""
    missing = _compiler_missing()
    if missing:
        pytest.skip(missing)
    project = tmp_path_factory.mktemp("project")
    for name in ("pyproject.toml", "hatch_build.py", "README.md", "LICENSE", "CHANGELOG.md"):
        shutil.copy2(ROOT / name, project / name)
    shutil.copytree(
        ROOT / "src",
        project / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", f"*{_EXTENSION}"),
    )
    out = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "1"}
    # No isolation: hatchling, hatch-mypyc, mypy and setuptools come from the test
    # dependencies, so the build needs no network.
    run_checked(
        sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, project,
        cwd=project, env=env, timeout=1200,
    )  # fmt: skip
    (wheel,) = out.glob("*.whl")
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return wheel, site


def _env(site: Path) -> dict[str, str]:
    """The environment of a Python that imports the compiled build before anything else."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT / "tests")])}


def test_the_wheel_is_compiled_for_this_platform(compiled: tuple[Path, Path]) -> None:
    wheel, site = compiled
    assert not wheel.name.endswith("-none-any.whl"), wheel.name
    for module in _COMPILED:
        assert (site / f"{module}{_EXTENSION}").is_file(), module
        assert (site / f"{module}.py").is_file(), module  # the source travels with it
    for module in _PURE:
        assert not (site / f"{module}{_EXTENSION}").exists(), module
    # The C extensions of the build's own (hatch_build.py), their sources beside them.
    for module in ("vn_newsdoc/_bytescan", "vn_newsdoc/_walks"):
        assert (site / f"{module}{_EXTENSION}").is_file(), module
        assert (site / f"{module}.c").is_file(), module
    script = "import vn_newsdoc.html.body._walk as m; print(m.__file__)"
    loaded = run_checked(sys.executable, "-c", script, cwd=ROOT, env=_env(site), timeout=120)
    assert loaded.strip() == str(site / f"vn_newsdoc/html/body/_walk{_EXTENSION}")


def test_the_compiled_build_says_so_on_the_command_line(compiled: tuple[Path, Path]) -> None:
    _, site = compiled
    said = run_checked(
        sys.executable, "-m", "vn_newsdoc", "--version", cwd=ROOT, env=_env(site), timeout=120
    )
    assert said.endswith("(compiled, C byte scan, C walks)\n"), said


_READ_ALL = """
import json, sys
from pathlib import Path
from vn_newsdoc import read_html, read_text, write_json
pages = json.loads(sys.stdin.read())
out = {}
for name in pages:
    data = Path(name).read_bytes()
    article = read_text(data.decode("utf-8")) if name.endswith(".txt") else read_html(data)
    out[name] = write_json(article)
print(json.dumps(out))
"""


def test_the_compiled_build_reads_every_page_as_the_pure_one(
    compiled: tuple[Path, Path],
) -> None:
    """Every corpus page and the seed dump, byte for byte the same JSON in both builds."""
    _, site = compiled
    pages = sorted(str(p) for p in (SHARED / "corpus").glob("*/*.html"))
    pages += sorted(str(p) for p in (SHARED / "seed").glob("*.txt"))
    assert len(pages) > 20
    result = subprocess.run(
        [sys.executable, "-c", _READ_ALL],
        input=json.dumps(pages),
        env=_env(site),
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    readings = json.loads(result.stdout)
    for name in pages:
        data = Path(name).read_bytes()
        pure = read_text(data.decode("utf-8")) if name.endswith(".txt") else read_html(data)
        assert readings[name] == write_json(pure), name


def test_the_compiled_build_passes_the_readers_tests(compiled: tuple[Path, Path]) -> None:
    """The checks of ``tests/compiled_checks.py``, which the release's wheel builder runs
    too: the build says it is compiled with its C extensions in use, and the HTML
    reader's, the Vietnamese layer's and the text functions' tests pass on it."""
    _, site = compiled
    run_checked(
        sys.executable, str(ROOT / "tests" / "compiled_checks.py"),
        cwd=ROOT, env=_env(site), timeout=1800,
    )  # fmt: skip
