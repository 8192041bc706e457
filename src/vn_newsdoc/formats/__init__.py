"""The forms an article is written in and read back from, one module per format.

Each module holds a reader and a writer that are exact inverses: :mod:`~vn_newsdoc.formats.json`
(``read_json``/``write_json``), :mod:`~vn_newsdoc.formats.xml` (``read_xml``/``write_xml``)
and :mod:`~vn_newsdoc.formats.text` (``read_text``/``write_text``, the plain-text dump). The
JSON and XML forms carry the schema version and have schemas shipped in
:mod:`vn_newsdoc.schemas`.
"""

__all__: list[str] = []  # the names live in the format modules, one module per format
