# The compiled build's one pass over a page's bytes (_bytescan.c); absent from the
# pure-Python package.

def scan(data: bytes, /) -> tuple[bool, bool, int, int]:
    """Whether ``data`` is well-formed UTF-8, whether its text may hold mojibake to repair,
    and its counts of ``<`` and ``=``."""
