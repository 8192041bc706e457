"""Optional dependencies: a missing one names its extra; a broken one shows its own error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vn_newsdoc._extras import require
from vn_newsdoc.errors import MissingExtraError


def test_a_missing_package_names_the_extra() -> None:
    with pytest.raises(MissingExtraError) as info:
        require("vn_newsdoc_no_such_package.sub", extra="warc", feature="WARC input")
    assert info.value.module == "vn_newsdoc_no_such_package"
    assert str(info.value) == (
        'WARC input needs vn_newsdoc_no_such_package: pip install "vn_newsdoc[warc]"'
    )


def test_an_installed_package_that_fails_to_import_shows_its_own_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Installing the extra again would not help: the package is there but broken.
    (tmp_path / "vn_newsdoc_broken_dep.py").write_text("import vn_newsdoc_lost_inner\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "vn_newsdoc_broken_dep", raising=False)
    with pytest.raises(ModuleNotFoundError) as info:
        require("vn_newsdoc_broken_dep", extra="warc", feature="WARC input")
    assert not isinstance(info.value, MissingExtraError)
    assert info.value.name == "vn_newsdoc_lost_inner"


def test_an_installed_package_is_returned() -> None:
    assert require("json", extra="none", feature="JSON").dumps([1]) == "[1]"
