"""The byline readers' plain looks give what the general path they stand in for gives.

Each shortcut (a flat key of ASCII words and spaces made by dropping the spaces, not by the
pattern; a key with no outlet prefix or suffix taken as its only form; a name's words
matched by one pattern over the text, not one match per word; the organisation words
that open a text found by one pattern, not by joining its first words one count at a
time) is checked against the path that defines it, on any text.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.text import fold_key
from vn_newsdoc.vi import _byline_words as _w
from vn_newsdoc.vi.bylines import _names

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


# Letters (capital, lower case, toned, not Latin), digits, "_", the marks a name's word
# holds inside or ends on, and white space of every kind str.split() splits at.
_NAME_ALPHABET = st.sampled_from(list("HhTtVvĐđÂậ日١9_.-'’, \t\n\x1c\u00a0\u2028\u3000"))
_NAME_TEXT = st.text(_NAME_ALPHABET, max_size=24)


@given(_NAME_TEXT)
@example("Nguyễn Đình Quân")
@example("T.Hương  H.Y.T. Hang-seo H'Hen")
@example("V.D\n")  # "$" of the word pattern matches before a final line break
@example(" Minh\u3000Anh ")
@example("Minh1 Anh")
@example("")
def test_name_words_match_as_each_word_does(text: str) -> None:
    each = bool(text.split()) and all(_names._NAME_TOKEN.match(t) for t in text.split())
    assert (_names._NAME_TOKENS.fullmatch(text) is not None) == each


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
