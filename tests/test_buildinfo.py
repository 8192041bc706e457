"""``build_info()`` names the build running: the pure-Python package, or the compiled
build with its C extensions, and whether the walks are in use with the lxml running.

The C extensions ship with the compiled build alone, so their presence is what tells the
builds apart here. The pure run checks the pure package; ``tests/test_compiled.py`` runs
this module on the compiled build too, and checks ``vn-newsdoc --version`` there.
"""

from __future__ import annotations

import importlib.util

import lxml.etree
import pytest

import vn_newsdoc
from vn_newsdoc import BuildInfo, build_info
from vn_newsdoc.html import _native

_BUILT = importlib.util.find_spec("vn_newsdoc._bytescan") is not None


def _versions() -> tuple[str, str]:
    lxml_version = ".".join(str(n) for n in lxml.etree.LXML_VERSION[:3])
    return lxml_version, ".".join(str(n) for n in lxml.etree.LIBXML_VERSION)


def test_build_info_is_exported_from_the_package() -> None:
    assert "build_info" in vn_newsdoc.__all__
    assert "BuildInfo" in vn_newsdoc.__all__
    assert vn_newsdoc.build_info is build_info


def test_the_running_versions_are_lxmls_and_libxml2s() -> None:
    info = build_info()
    assert info.version == vn_newsdoc.__version__
    assert info.running == _versions()


@pytest.mark.skipif(_BUILT, reason="the compiled build is checked below")
def test_the_pure_package_says_it_is_pure_python() -> None:
    info = build_info()
    assert (info.compiled, info.byte_scan, info.walks) == (False, False, False)
    assert info.walks_built_for is None
    assert str(info) == "pure Python"


@pytest.mark.skipif(not _BUILT, reason="the C extensions ship with the compiled build alone")
def test_the_compiled_build_says_so_with_its_extensions() -> None:
    info = build_info()
    assert (info.compiled, info.byte_scan, info.walks) == (True, True, True)
    assert info.walks_built_for == _versions()  # built here, against the lxml running
    assert str(info) == "compiled, C byte scan, C walks"


@pytest.mark.skipif(not _BUILT, reason="the C extensions ship with the compiled build alone")
def test_walks_built_for_another_lxml_are_said_to_be_off(monkeypatch: pytest.MonkeyPatch) -> None:
    built = _versions()
    try:
        monkeypatch.setattr(lxml.etree, "LXML_VERSION", (99, 1, 2, 0))
        _native._usable.cache_clear()
        info = build_info()
        assert (info.compiled, info.byte_scan, info.walks) == (True, True, False)
        assert info.walks_built_for == built
        assert info.running == ("99.1.2", built[1])
        assert str(info) == (
            f"compiled, C byte scan, C walks off: built for lxml {built[0]} and libxml2 "
            f"{built[1]}, running lxml 99.1.2 and libxml2 {built[1]}"
        )
    finally:
        monkeypatch.undo()
        _native._usable.cache_clear()


@pytest.mark.parametrize(
    ("info", "said"),
    [
        (BuildInfo("1", False, False, False, None, ("6.2.0", "2.14.4")), "pure Python"),
        (
            BuildInfo("1", True, True, True, ("6.2.0", "2.14.4"), ("6.2.0", "2.14.4")),
            "compiled, C byte scan, C walks",
        ),
        # A compiled build whose C extensions could not be built (hatch_build.py leaves
        # out with a warning an extension the compiler fails on).
        (
            BuildInfo("1", True, False, False, None, ("6.2.0", "2.14.4")),
            "compiled, no C byte scan, no C walks",
        ),
        (
            BuildInfo("1", True, True, False, None, ("6.2.0", "2.14.4")),
            "compiled, C byte scan, no C walks",
        ),
    ],
)
def test_each_build_is_named_in_a_phrase(info: BuildInfo, said: str) -> None:
    assert str(info) == said


def test_build_info_is_frozen() -> None:
    info = build_info()
    with pytest.raises(AttributeError):
        info.compiled = True  # type: ignore[misc]


@pytest.mark.skipif(_BUILT, reason="the compiled build passes them: tests/test_compiled.py")
def test_the_compiled_checks_refuse_the_pure_package(capsys: pytest.CaptureFixture[str]) -> None:
    import compiled_checks  # noqa: PLC0415 (tests/compiled_checks.py, a script)

    assert compiled_checks.main([]) == 1
    assert capsys.readouterr().err == (
        "not a compiled build with its C extensions in use: pure Python\n"
    )
