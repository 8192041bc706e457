"""Site profiles kept in a file: TOML (or the same structure in JSON), read and written.

The file holds one ``[[site]]`` table per site; every key is a field of
:class:`~vn_newsdoc.html.sites.SiteProfile`::

    [[site]]
    name = "baomau.vn"                 # required: the name used in reports
    hosts = ["baomau.vn", "m.baomau.vn"]   # required: subdomains match too
    headline = "h1.tieu-de"            # a selector, or a list tried in order
    lead = [".sapo", "h2.mo-dau"]
    body = ".noi-dung"
    dateline = ".thoi-gian"
    byline = ".tac-gia"
    drop = [".tin-lien-quan", ".quang-cao"]   # furniture inside the body
    dateline_first = false             # trust the shown time over the metadata's

TOML is the documented form: people keep these lists by hand, and TOML has comments.
Python reads it with the standard library's :mod:`tomllib`. A ``.json`` file holding
``{"site": [{...}, ...]}`` with the same keys is read as well.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from vn_newsdoc.errors import ProfileError, shown
from vn_newsdoc.html.sites import SELECTOR_FIELDS, SiteProfile, compile_profile

__all__ = ["dump_profiles", "load_profiles"]

_FIELDS = ("name", "hosts", *SELECTOR_FIELDS, "dateline_first")
_FORMATS = {".toml": "toml", ".json": "json"}


def load_profiles(path: str | Path) -> tuple[SiteProfile, ...]:
    """Read your site profiles from a TOML or JSON file, checked and ready for
    :func:`~vn_newsdoc.html.read_html` (``profiles=``).

    Every profile is checked as it is read, its selectors compiled: a file that loads is
    a file that reads pages.

    Args:
        path: A ``.toml`` file (or ``.json`` with the same structure), in the format
            documented in :doc:`/reading` ("Your own site profiles").

    Returns:
        The profiles, in the file's order.

    Raises:
        ProfileError: The file is not valid TOML or JSON, or an entry is wrong; the error
            names the file, the entry (its position and name) and the field.
        OSError: The file cannot be read (it does not exist, for one).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "sites.toml").write_text('''
    ... [[site]]
    ... name = "baomau.vn"
    ... hosts = ["baomau.vn"]
    ... body = ".noi-dung"
    ... ''', encoding="utf-8")
    >>> load_profiles(folder / "sites.toml")[0].body
    ('.noi-dung',)
    """
    path = Path(path)
    source = str(path)
    kind = _FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ProfileError(
            f"unknown kind of file {shown(path.suffix or '(no suffix)')}: write .toml or .json",
            source=source,
        )
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise ProfileError(reason, source=source) from None
    return _profiles(_decode(text, kind, source), source)


def dump_profiles(profiles: Iterable[SiteProfile], *, format: str = "toml") -> str:
    """Your profiles as the text of a profile file, the form :func:`load_profiles` reads.

    Fields left at their default are left out; each selector field is written as a list.
    Handy to start a file from the library's own profiles
    (:data:`vn_newsdoc.html.sites.PROFILES`).

    Args:
        profiles: The profiles.
        format: ``"toml"`` or ``"json"``.

    Returns:
        The file's text.

    Raises:
        ValueError: ``format`` is neither.

    >>> print(dump_profiles([SiteProfile(name="baomau.vn", hosts="baomau.vn", body=".nd")]))
    [[site]]
    name = "baomau.vn"
    hosts = ["baomau.vn"]
    body = [".nd"]
    <BLANKLINE>
    """
    entries = [_entry(p) for p in profiles]
    if format == "json":
        return json.dumps({"site": entries}, ensure_ascii=False, indent=2) + "\n"
    if format != "toml":
        raise ValueError(f"format must be 'toml' or 'json', not {shown(format)}")
    lines: list[str] = []
    for entry in entries:
        if lines:
            lines.append("")
        lines.append("[[site]]")
        for key, value in entry.items():
            lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def _entry(profile: SiteProfile) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": profile.name, "hosts": list(profile.hosts)}
    for field in SELECTOR_FIELDS:
        if getattr(profile, field):
            entry[field] = list(getattr(profile, field))
    if profile.dateline_first:
        entry["dateline_first"] = True
    return entry


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return _toml_string(str(value))


# ASCII's control characters, escaped in a TOML string: below the space, and DEL.
_FIRST_PRINTABLE = 0x20
_DELETE = 0x7F
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n"}
_TOML_ESCAPES.update({"\f": "\\f", "\r": "\\r"})


def _toml_string(text: str) -> str:
    out = []
    for char in text:
        if char in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[char])
        elif ord(char) < _FIRST_PRINTABLE or ord(char) == _DELETE:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _decode(text: str, kind: str, source: str) -> object:
    if kind == "json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProfileError(
                f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                source=source,
            ) from None
    try:
        return tomllib.loads(text)
    except ValueError as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise ProfileError(f"not valid TOML: {exc}", source=source) from None


def _profiles(data: object, source: str) -> tuple[SiteProfile, ...]:
    if not isinstance(data, Mapping):
        raise ProfileError("the file must hold a table with a 'site' list", source=source)
    unknown = sorted(set(data) - {"site"})
    if unknown:
        raise ProfileError(
            f"unknown top-level key {shown(unknown[0])}{_suggest(unknown[0], ('site',))}; "
            "profiles go in [[site]] tables",
            source=source,
        )
    sites = data.get("site")
    if not isinstance(sites, list) or not sites:
        raise ProfileError("no site profiles: add [[site]] tables", source=source)
    profiles: list[SiteProfile] = []
    names: dict[str, int] = {}
    hosts: dict[str, tuple[int, str]] = {}
    for entry, raw in enumerate(sites, 1):
        profile = _profile(raw, source, entry)
        clashes = [("name", f"the name is taken by site {names.get(profile.name)}")]
        if profile.name not in names:
            clashes = [
                (
                    "hosts",
                    f"host {shown(h)} is claimed by site {hosts[h][0]} ({shown(hosts[h][1])}) too",
                )
                for h in profile.hosts
                if h in hosts
            ]
        if clashes:
            field, reason = clashes[0]
            raise ProfileError(reason, source=source, entry=entry, name=profile.name, field=field)
        names[profile.name] = entry
        hosts.update(dict.fromkeys(profile.hosts, (entry, profile.name)))
        profiles.append(profile)
    return tuple(profiles)


def _profile(raw: object, source: str, entry: int) -> SiteProfile:
    name = raw.get("name") if isinstance(raw, Mapping) else None
    name = name if isinstance(name, str) else None

    def fail(reason: str, field: str | None = None) -> ProfileError:
        return ProfileError(reason, source=source, entry=entry, name=name, field=field)

    if not isinstance(raw, Mapping):
        raise fail(f"must be a table of fields, not {_kind(raw)}")
    for key in raw:
        if key not in _FIELDS:
            raise fail(f"unknown field{_suggest(key, _FIELDS)}", field=str(key))
    for key in ("name", "hosts"):
        if key not in raw:
            raise fail("missing (every site needs a name and its hosts)", field=key)
    if not isinstance(raw["name"], str):
        raise fail(f"must be a string, not {_kind(raw['name'])}", field="name")
    for key in ("hosts", *SELECTOR_FIELDS):
        if key in raw:
            _check_strings(raw[key], fail, key)
    if "dateline_first" in raw and not isinstance(raw["dateline_first"], bool):
        raise fail(f"must be true or false, not {_kind(raw['dateline_first'])}", "dateline_first")
    try:
        profile = SiteProfile(**raw)
        compile_profile(profile)
    except ProfileError as exc:
        raise fail(exc.reason, exc.field) from None
    return profile


def _check_strings(value: object, fail: Any, field: str) -> None:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise fail(f"must be a string or a list of strings, not {_kind(value)}", field)
    for item in items:
        if not isinstance(item, str):
            raise fail(f"must be a string or a list of strings, holds {_kind(item)}", field)


def _kind(value: object) -> str:
    kinds = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    kinds.update({list: "a list", dict: "a table", type(None): "null"})
    return kinds.get(type(value), type(value).__name__)


def _suggest(word: object, known: Iterable[str]) -> str:
    import difflib  # noqa: PLC0415 (only for a wrong file: kept out of the import time)

    close = difflib.get_close_matches(str(word), list(known), n=1)
    return f" {shown(word)} (did you mean {shown(close[0])}?)" if close else f" {shown(word)}"
