"""JSON text as every JSON writer here writes it: UTF-8 text not escaped to ASCII, compact
separators, or ``indent`` spaces per level.

>>> json_text({"tin": "nóng", "n": [1, 2]}, None)
'{"tin":"nóng","n":[1,2]}'
"""

from __future__ import annotations

import json

__all__ = ["json_text"]


def json_text(data: object, indent: int | None) -> str:
    """``data`` as JSON text, keys in their order, one line unless ``indent`` is given."""
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
