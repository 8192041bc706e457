"""``python -m vn_newsdoc``: the command line of :mod:`vn_newsdoc.cli` (see :doc:`/cli`).

>>> main(["--version"])  # doctest: +ELLIPSIS
vn-newsdoc ...
0
"""

from __future__ import annotations

import sys

from vn_newsdoc.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
