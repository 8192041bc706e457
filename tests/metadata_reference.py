"""How a meta tag was filed before the metadata pass filed only the names a cascade reads:
under every name it has, each attribute asked for by name. The reference the filing's
shortcuts are checked against (``tests/html/test_metadata_shortcuts.py`` and
``test_metadata_collect_shortcuts.py``)."""

from __future__ import annotations

from lxml.etree import _Element


def file_every_name(node: _Element, metas: dict[str, list[str]]) -> None:
    """File the meta tag ``node``'s content in ``metas`` under each of its names (lower
    case; ``itemprop:`` and the property for a tag named only by its itemprop)."""
    content = node.get("content")
    if content is None:
        return
    keys: set[str] = set()
    for attribute in ("name", "property", "http-equiv"):
        key = node.get(attribute)
        if key and (key := key.strip()):
            keys.add(key.lower())
    if not keys:
        prop = node.get("itemprop")
        if not prop:
            return
        keys = {"itemprop:" + prop.strip().lower()}
    for key in keys:
        metas.setdefault(key, []).append(content)
