"""help() shows each field of the model's classes with its description: the descriptions
are the string literals under the fields (which Sphinx reads from the source), copied into
the class docstrings at import from the source of the module that defines the classes.

>>> from vn_newsdoc import model
>>> field_docs(model.__file__)["Person"][0]
('name', 'The full name as first written.')
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from pathlib import Path

__all__ = ["add_field_docs", "field_docs"]

# A class statement, and a field of it: an annotated name at the class body's indentation
# with its docstring on the next line (the form every field of the model is written in; the
# tests check that every attrs field is found).
_CLASS = re.compile(r"^class (\w+)\b", re.MULTILINE)
_FIELD = re.compile(r'^    (\w+): [^\n]*\n    """(.*?)"""', re.MULTILINE | re.DOTALL)


def field_docs(source_path: str) -> dict[str, list[tuple[str, str]]]:
    """The documented fields of each class of the module whose source is at
    ``source_path``, read from that source (a text scan, not a parse: this runs at every
    import of the model); empty where the source is not installed."""
    try:
        source = Path(source_path).read_text(encoding="utf-8")
    except OSError:  # installed without sources: the docstrings stay as written
        return {}
    found: dict[str, list[tuple[str, str]]] = {}
    classes = list(_CLASS.finditer(source))
    for here, after in zip(classes, [*classes[1:], None], strict=True):
        body = source[here.end() : after.start() if after else len(source)]
        found[here.group(1)] = [
            (m.group(1), inspect.cleandoc(m.group(2))) for m in _FIELD.finditer(body)
        ]
    return found


def add_field_docs(classes: Iterable[type], source_path: str) -> None:
    """Add to each class's docstring its fields and their descriptions (:func:`field_docs`
    of ``source_path``, where the classes are defined), for help() to show."""
    docs = field_docs(source_path)
    for cls in classes:
        fields = docs.get(cls.__name__)
        if not fields or not cls.__doc__:
            continue
        entries = "\n\n".join(
            f"{name}\n" + "\n".join(f"    {line}" for line in doc.splitlines())
            for name, doc in fields
        )
        cls.__doc__ = f"{inspect.cleandoc(cls.__doc__)}\n\nFields:\n\n{entries}\n"
