"""The compiled build's C extensions of its own: ``src/vn_newsdoc/_bytescan.c``, one pass
over a page's bytes for the HTML reader's checks before the parse, and
``src/vn_newsdoc/_walks.c`` (with the walks it includes), walks over the parsed page that
strip it and find the elements that may be hidden, gather the class and id attributes and
survey it (through lxml's public C API, whose headers lxml installs with itself).

They are built with the mypyc-compiled modules, when ``HATCH_BUILD_HOOK_ENABLE_MYPYC`` is
set (the one switch of the compiled build), by the C compiler and setuptools that build
needs already; otherwise (a source install, an editable one) this hook does nothing and the
package stays pure Python.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_SWITCH = "HATCH_BUILD_HOOK_ENABLE_MYPYC"
# Each extension: its name, its source, and whether it reads lxml's C API.
_EXTENSIONS = (
    ("vn_newsdoc._bytescan", "src/vn_newsdoc/_bytescan.c", False),
    ("vn_newsdoc._walks", "src/vn_newsdoc/_walks.c", True),
)


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile :data:`_EXTENSIONS` into the wheel when the compiled build is asked for."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._temp: str | None = None
        on = os.environ.get(_SWITCH, "").strip().lower() in ("1", "true")
        if self.target_name != "wheel" or version == "editable" or not on:
            return
        # The compiled build's own requirement (the mypyc hook's dependencies).
        from setuptools import Distribution, Extension  # noqa: PLC0415
        from setuptools.command.build_ext import build_ext  # noqa: PLC0415
        from setuptools.errors import CCompilerError, ExecError, PlatformError  # noqa: PLC0415

        self._temp = tempfile.mkdtemp(prefix="vn_newsdoc-extensions-")
        # The compiled build installs the runtime dependencies, lxml among them, whose
        # get_include() gives its headers and libxml2's.
        lxml_headers = importlib.import_module("lxml").get_include()
        for name, source, uses_lxml in _EXTENSIONS:
            extension = Extension(
                name,
                [str(Path(self.root) / source)],
                include_dirs=lxml_headers if uses_lxml else [],
            )
            command = build_ext(Distribution({"name": "vn_newsdoc", "ext_modules": [extension]}))
            command.build_lib = str(Path(self._temp) / "lib")
            command.build_temp = str(Path(self._temp) / "temp")
            command.ensure_finalized()
            try:
                command.run()
            except (CCompilerError, ExecError, PlatformError) as exc:  # compiling or linking
                # The reader does the same work without the extension (as the pure-Python
                # package does): an lxml installed without its headers, say, costs the
                # walks, not the build.
                self.app.display_warning(f"{name} not built, the reader goes without it: {exc}")
                continue
            built = Path(command.get_ext_fullpath(name))
            build_data["force_include"][str(built)] = f"vn_newsdoc/{built.name}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_temp", None):
            shutil.rmtree(str(self._temp), ignore_errors=True)
