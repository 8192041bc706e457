"""The byline readers' plain looks give what the general path they stand in for gives.

Each shortcut (a flat key of ASCII words and spaces made by dropping the spaces, not by the
pattern; a key with no outlet prefix or suffix taken as its only form; the organisation words
that open a text found by one pattern, not by joining its first words one count at a
time) is checked against the path that defines it, on any text.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.errors import NewsdocError
from vn_newsdoc.model import Role
from vn_newsdoc.text import fold_key
from vn_newsdoc.vi import _byline_words as _w
from vn_newsdoc.vi.bylines import _lines, _names

# Letters, digits, spaces and the other white space, marks a key drops, "_" (a word
# character the key drops too), toned and non-Latin letters, and the pieces of an address
# and of the outlet prefixes and suffixes.
_ALPHABET = st.sampled_from(
    [
        *"aAbBoOzZ09 _-.,:/’\t\n\u00a0\u2028ÉéđĐệắſKＡ١日",
        *("http://", "https://", "www.", "bao", "tapchi", "online", "news", "dientu"),
    ]
)
_TEXT = st.lists(_ALPHABET, max_size=12).map("".join)


def _flat_key_by_pattern(text: str) -> str:
    """What :func:`flat_key` gives, by the pattern alone."""
    folded = fold_key(text, diacritics=False)
    if folded.startswith(_w._ADDRESS_HEADS):
        folded = _w._ADDRESS_HEAD.sub("", folded)
    return _w._NOT_FLAT.sub("", folded)


def _candidates_in_full(key: str) -> list[str]:
    """What :func:`_candidates` gives, every prefix and suffix tried."""
    candidates = [key]
    for prefix in _w._OUTLET_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            candidates.append(key[len(prefix) :])
    for c in tuple(candidates):
        for suffix in _w._OUTLET_SUFFIXES:
            if c.endswith(suffix) and len(c) > len(suffix):
                candidates.append(c[: -len(suffix)])
    return candidates


@given(_TEXT)
@example("Anh Minh")
@example("Báo Tuổi Trẻ")
@example("www.VnExpress.net")
@example("snake_case name")  # "_" is a word character the key drops
@example("ſ K")  # letters whose fold is ASCII
@example("１２ ٣")  # digits outside ASCII: alphanumeric, and not ASCII
@example("")
@example("   ")
def test_flat_key_gives_the_pattern_s_key(text: str) -> None:
    assert _w.flat_key(text) == _flat_key_by_pattern(text)


@given(st.lists(st.sampled_from(["bao", "tapchi", "trangtin", "online", "news", "x", "a"])))
@example([])
@example(["bao"])
@example(["online"])
@example(["bao", "online"])
def test_candidates_give_every_form(parts: list[str]) -> None:
    key = "".join(parts)
    assert _w._candidates(key) == _candidates_in_full(key)


@given(_TEXT)
@example("Tuổi Trẻ Online")
@example("Báo")
def test_is_outlet_reads_every_form(text: str) -> None:
    key = _flat_key_by_pattern(text)
    expected = bool(key) and not _w.OUTLET_KEYS.isdisjoint(_candidates_in_full(key))
    assert _w.is_outlet(text) == expected


def _starts_with_org_word_by_joins(text: str) -> bool:
    """What :func:`_starts_with_org_word` gives, its first words joined one count at a time."""
    words = _w.key(text).split()
    return any(
        " ".join(words[:n]) in _w.ORG_WORDS and len(words) > n
        for n in range(1, min(_w.ORG_MAX_WORDS, len(words)) + 1)
    )


_ORG_PIECES = sorted({word for phrase in _w.ORG_WORDS for word in phrase.split()})


@given(
    st.lists(
        st.sampled_from([*_ORG_PIECES[:40], "Minh", "BAN", "Ủy", "x", " ", "  ", "\t", "\n"]),
        max_size=8,
    ).map("".join)
)
@example("Trung tâm Y tế")
@example("Trung tâm")
@example("Ban  biên tập   báo Nhân Dân")
@example("CÔNG TY")
@example("Công ty\u00a0ABC")
@example("")
def test_org_word_opening_found_by_one_pattern(text: str) -> None:
    assert _names._starts_with_org_word(text) == _starts_with_org_word_by_joins(text)


_LINE_PIECES = st.sampled_from(
    [
        *("Minh", "Anh", "Hà", "Thu", "NGHI", "VŨ", "T.H.", "Hang-seo", "PV", "TTXVN"),
        *("Ảnh:", "Bài,", "ảnh", "tổng hợp", "(", ")", "/", "Reuters", "Theo", "Trung tâm"),
        *(" ", " ", " - ", ", ", " và ", ".", "Nhóm", "Ban", "x", "9"),
    ]
)


@given(
    st.lists(_LINE_PIECES, max_size=8).map("".join),
    st.lists(st.sampled_from(list(Role)), max_size=2, unique=True).map(tuple),
    st.booleans(),
)
@example("Minh Anh", (), False)
@example("Minh Anh tổng hợp", (), False)
@example("TS. Minh Anh", (), True)
@example("PV", (Role.PHOTO,), False)
@example("Minh  Minh", (), False)
def test_an_item_known_as_a_name_reads_as_it_does_unknown(
    text: str, roles: tuple[Role, ...], loose: bool
) -> None:
    named = text if _names._is_name(text, loose=loose) else None
    assert _outcome(lambda: _lines._parse_item(text, roles, loose=loose, named=named)) == (
        _outcome(lambda: _lines._parse_item(text, roles, loose=loose))
    )


def _outcome(read: Callable[[], object]) -> str:
    """What ``read()`` gives, or the error it raises: an item the line splitter never makes
    (``Minh  Minh``, white space not folded) is refused by the model either way."""
    try:
        return repr(read())
    except NewsdocError as exc:
        return f"{type(exc).__name__}: {exc}"


def _parse_line_looking_twice(line: str, *, loose: bool = False) -> _names._Line | None:
    """:func:`_parse_line` as written before its role prefix and name look were kept: each
    part matched for a role prefix and each item looked at as a name anew."""
    from vn_newsdoc.model import Author  # noqa: PLC0415

    read = _lines._line_text(line)
    if read is None:
        return None
    text, in_parens = read
    if _lines._names_nobody(text, in_parens=in_parens):
        return _names._Line("anon")
    m = _names._SOURCE_PREFIX.match(text)
    if m:
        return _lines._parse_source_line(m.group("rest"), loose=loose)
    if _w.is_outlet(text) and _names._is_source(text):
        return _names._Line("credit", source=text)
    if (
        not _names._ROLE_PREFIX.match(text)
        and not _names._is_name(text, loose=loose)
        and _names._is_source(text)
    ):
        return _names._Line("office", source=text)
    parts = [p for p in _names._PART_SPLIT.split(text) if p]
    authors: list[Author] = []
    sources: list[str] = []
    roles: tuple[Role, ...] = ()
    bare = True
    for i, part in enumerate(parts):
        rm = _names._ROLE_PREFIX.match(part)
        if rm:
            roles = _names._roles_of(rm.group("roles"))
            names = rm.group("rest")
            bare = False
            if not names:
                continue
        elif (
            i == len(parts) - 1
            and authors
            and _names._is_source(part)
            and not _names._is_name(part)
        ):
            sources.append(_names._strip_end(part))
            bare = False
            continue
        elif i == len(parts) - 1 and authors and (sm := _names._SOURCE_PREFIX.match(part)):
            given = _lines._parse_source_line(sm.group("rest"), loose=loose)
            if given is None or given.authors or given.source is None:
                return None
            sources.append(given.source)
            bare = False
            continue
        else:
            names = part
        items = [
            n for item in _names._ITEM_SPLIT.split(names) for n in _lines._hyphened_names(item)
        ]
        for j, item in enumerate(items):
            parsed = _lines._parse_item(item, roles, loose=loose)
            if parsed is None and authors and j == len(items) - 1 and _lines._is_outlet_word(item):
                sources.append(_names._strip_end(item))
                bare = False
                continue
            if parsed is None:
                return None
            authors.extend(parsed.authors)
            if parsed.source:
                sources.append(parsed.source)
                bare = False
            if parsed.authors and parsed.authors[0].roles != (Role.TEXT,):
                bare = False
    if authors or sources:
        return _names._Line("credit", tuple(authors), _lines._join(sources), bare_names=bare)
    if not bare:
        return _names._Line("anon")
    return None


@given(st.lists(_LINE_PIECES, max_size=10).map("".join), st.booleans())
@example("Minh Anh", False)
@example("Trung tâm TT&VH Móng Cái", False)
@example("Ảnh: Minh Anh", True)
@example("Minh Anh - Hà Thu", False)
@example("Bài, ảnh: Minh Anh, Reuters", False)
@example("TS. Minh Anh", True)
def test_a_line_reads_as_when_each_part_was_looked_at_anew(text: str, loose: bool) -> None:
    assert repr(_lines._parse_line(text, loose=loose)) == repr(
        _parse_line_looking_twice(text, loose=loose)
    )
