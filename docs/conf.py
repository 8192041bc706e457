"""Sphinx configuration for the vn_newsdoc documentation.

Built with warnings as errors (``sphinx-build -W``) by ``tests/test_docs.py``, which also
runs every example in the pages and in the API reference as a doctest.
"""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.ext.napoleon import _process_docstring as _napoleon_process_docstring

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

ROOT = Path(__file__).resolve().parent.parent
# The package is normally installed (editable) already; this makes a bare checkout build too.
sys.path.insert(0, str(ROOT / "src"))

import vn_newsdoc  # noqa: E402 (after the path set-up above)

_MISSING = object()

project = "vn_newsdoc"
author = "The vn_newsdoc developers"
copyright = "2026, the vn_newsdoc developers"
release = vn_newsdoc.__version__
version = ".".join(release.split(".")[:2])
language = "en"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build"]

# Every cross-reference must resolve: a broken link is a build error.
nitpicky = True

# The build runs offline (and so does CI), so intersphinx cannot fetch the inventories of
# Python's and attrs' documentation. Without them, references to names outside this
# project have nothing to resolve to; they are listed here, and rendered as plain names.
# Built-in types (str, int, bytes, ...) and typing names need no entry: Sphinx knows them.
nitpick_ignore = [
    ("py:class", "argparse.ArgumentParser"),
    ("py:class", "collections.Counter"),
    ("py:class", "collections.abc.Callable"),
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Iterator"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "collections.abc.Iterator"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "datetime.date"),
    ("py:class", "datetime.datetime"),
    ("py:class", "datetime.timezone"),
    ("py:class", "dt.datetime"),
    ("py:class", "dask.bag.Bag"),
    ("py:class", "dask.distributed.Client"),
    ("py:class", "distributed.Client"),
    ("py:class", "enum.Enum"),
    ("py:class", "importlib.resources.abc.Traversable"),
    ("py:func", "importlib.resources.as_file"),
    ("py:class", "lxml.etree.XPath"),
    ("py:class", "lxml.etree._Element"),
    ("py:class", "lxml.html.HtmlElement"),
    ("py:class", "os.PathLike"),
    ("py:class", "pathlib.Path"),
    ("py:class", "types.MappingProxyType"),
    ("py:func", "attrs.evolve"),
    ("py:mod", "attrs"),
    ("py:mod", "logging"),
    # read_many's type variable for its sources (str or os.PathLike, yielded back as given)
    ("py:class", "Source"),
]

# Private modules and names (a leading underscore) are left out of the API reference on
# purpose; a docstring that points at one renders it as a plain name.
nitpick_ignore_regex = [("py:.*", r"vn_newsdoc(\.\w+)*\._\w+(\.\w+)*")]

# -- MyST -----------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and napoleon -------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": True, "show-inheritance": True}
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- doctest --------------------------------------------------------------------------
# The pages' examples run from any directory: a page they read is one the package ships
# (vn_newsdoc.samples) or is written inline; tests/test_docs.py builds from elsewhere.
# Only the pages' ``{doctest}`` blocks run here. The ``>>>`` examples of the docstrings need
# their module's names, so pytest runs them (--doctest-modules over src/vn_newsdoc).
doctest_test_doctest_blocks = ""

# -- HTML -----------------------------------------------------------------------------
html_theme = "furo"
html_title = f"vn_newsdoc {release}"
html_static_path: list[str] = []


# -- Re-exported names ----------------------------------------------------------------
# The package re-exports its main names (``vn_newsdoc.Article`` is
# ``vn_newsdoc.model.Article``); the API reference documents each once, where it is
# defined. A reference to a re-exported name is resolved to the defining module here.


def _canonical(target: str) -> list[str]:
    """The names under which the object that ``target`` names may be documented."""
    parts = target.split(".")
    try:
        obj: object = importlib.import_module(parts[0])
    except ImportError:
        return []
    name = parts[0]
    for part in parts[1:]:
        obj = getattr(obj, part, _MISSING)
        if obj is _MISSING:
            return []
        module = getattr(obj, "__module__", None)
        qualname = getattr(obj, "__qualname__", None)
        if isinstance(obj, types.ModuleType):
            name = obj.__name__
        elif isinstance(module, str) and isinstance(qualname, str):
            name = f"{module}.{qualname}"
        else:
            name = f"{name}.{part}"
    if name != target:
        return [name]
    # Data (a table, a constant) knows no module of its own: look for the modules of the
    # package that hold the same object under the same name.
    attribute = parts[-1]
    return sorted(
        f"{module_name}.{attribute}"
        for module_name, module_object in list(sys.modules.items())
        if module_name.startswith(parts[0] + ".")
        and getattr(module_object, attribute, _MISSING) is obj
    )


def _resolve_reexport(app: Sphinx, env: BuildEnvironment, node: Any, contnode: Any) -> Any:
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    module = node.get("py:module")
    targets = [target, f"{module}.{target}"] if module else [target]
    targets = [t for t in targets if t.startswith("vn_newsdoc.")]
    if not targets:
        return None
    domain = env.get_domain("py")
    names = list(dict.fromkeys(n for t in targets for n in (*_canonical(t), t)))
    # The role's own object type first, then any (a type alias is documented as data).
    for reftype in (node["reftype"], "obj"):
        for name in names:
            found = domain.resolve_xref(
                env, node["refdoc"], app.builder, reftype, name, node, contnode
            )
            if found is not None:
                return found
    return None


# -- Attribute docstrings --------------------------------------------------------------
# napoleon reads the first line of an attribute's docstring as ``type: description``; this
# project's attribute docstrings are prose ("The sapo: the lead paragraph ..."), with the
# type in the annotation. napoleon is kept for functions and classes only.


def _napoleon_except_attributes(  # noqa: PLR0917 (the event's signature)
    app: Sphinx, what: Any, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    if what in ("attribute", "data", "property"):
        return
    _napoleon_process_docstring(app, what, name, obj, options, lines)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("missing-reference", _resolve_reexport)
    for listener in list(app.events.listeners["autodoc-process-docstring"]):
        if listener.handler is _napoleon_process_docstring:
            app.disconnect(listener.id)
    app.connect("autodoc-process-docstring", _napoleon_except_attributes)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
