"""``import vn_newsdoc`` stays light: readers and writers are imported on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest

import vn_newsdoc


def _modules_after(code: str) -> set[str]:
    """The modules loaded by a fresh interpreter that runs ``code``."""
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        check=True,
        capture_output=True,
        text=True,
    )
    return set(out.stdout.split())


def test_import_loads_no_reader_lxml_or_cattrs() -> None:
    loaded = _modules_after("import vn_newsdoc")
    assert "vn_newsdoc.model" in loaded
    heavy = {
        "lxml",
        "lxml.etree",
        "cattrs",
        "vn_newsdoc.html",
        "vn_newsdoc.vi",
        "vn_newsdoc.formats",
    }
    assert not heavy & loaded


def test_one_reader_loads_only_its_own_modules() -> None:
    loaded = _modules_after("from vn_newsdoc import read_json")
    assert "vn_newsdoc.formats.json" in loaded
    assert not {"lxml", "vn_newsdoc.html", "vn_newsdoc.vi"} & loaded


@pytest.mark.parametrize("name", vn_newsdoc.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(vn_newsdoc, name) is not None
    assert name in dir(vn_newsdoc)


def test_lazy_names_are_the_modules_own() -> None:
    from vn_newsdoc.formats.json import read_json  # noqa: PLC0415
    from vn_newsdoc.html import read_html  # noqa: PLC0415

    assert vn_newsdoc.read_html is read_html
    assert vn_newsdoc.read_json is read_json
    assert vn_newsdoc.READERS["html"] is read_html


def test_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'read_pdf'"):
        _ = vn_newsdoc.read_pdf
