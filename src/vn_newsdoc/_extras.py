"""Optional dependencies, imported when a feature first needs them.

``import vn_newsdoc`` imports none of them: the modules that use an extra
(:mod:`vn_newsdoc.warc`, :mod:`vn_newsdoc.parquet`, :mod:`vn_newsdoc.dask`) import it inside
their functions through :func:`require`, which turns a missing package into one
:class:`~vn_newsdoc.errors.MissingExtraError` naming the extra to install.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from vn_newsdoc.errors import MissingExtraError

__all__ = ["require"]


def require(module: str, *, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtraError` naming ``extra``.

    >>> require("json", extra="none", feature="JSON").__name__
    'json'
    >>> require("no_such_module_here", extra="warc", feature="WARC input")
    Traceback (most recent call last):
    ...
    vn_newsdoc.errors.MissingExtraError: WARC input needs no_such_module_here: pip install "vn_newsdoc[warc]"
    """  # noqa: E501
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        # Only the package itself missing means "install the extra"; an ImportError from
        # inside an installed package (a broken build) is shown as it is.
        top = module.partition(".")[0]
        if exc.name is not None and exc.name.partition(".")[0] == top:
            raise MissingExtraError(feature, top, extra) from exc
        raise
