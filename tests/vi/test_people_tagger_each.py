"""The tagger's walk over the tokens that looks each one up once (the compiled build's
way) tags as its look-ups in each table do (the interpreted way, the general path): each
key's code tells exactly what the tables tell of it, and the walk gives the same tags on
any words, whether or not a word is joined by a dot or hyphen.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vn_newsdoc.vi.people import _tagger
from vn_newsdoc.vi.people._lexicon import LENGTHS, PHRASES, Entry
from vn_newsdoc.vi.people._tagger import (
    _CODES,
    _KIND_MASK,
    _KINDS,
    _LOWER,
    _LOWER_AT,
    _LOWERED,
    _PAIR_FIRST,
    _PAIRS,
    _SIMPLE,
    _SIMPLE_AT,
    _STARTS,
    Tag,
    _joined,
    _matches,
    _tag_each,
    tag,
)
from vn_newsdoc.vi.people._tokens import fold_keys


def test_a_key_s_code_tells_what_the_tables_tell() -> None:
    firsts = {pair[0] for pair in _PAIRS}
    assert _SIMPLE.keys() <= _STARTS
    assert _LOWER.keys() <= _STARTS
    assert _CODES.keys() == _STARTS
    for key, code in _CODES.items():
        assert bool(code & _PAIR_FIRST) is (key in firsts)
        simple = code >> _SIMPLE_AT & _KIND_MASK
        assert (_KINDS[simple - 1] if simple else None) == (
            _SIMPLE[key].kind if key in _SIMPLE else None
        )
        assert bool(code & _LOWERED) is (key in _LOWER)
        kind = code >> _LOWER_AT & _KIND_MASK
        assert (_KINDS[kind - 1] if kind else None) == _LOWER.get(key)
        assert code >> (_LOWER_AT + 5) == 0  # no other bit


def _general(words: list[str], keys: list[str], joined: bool) -> list[Tag | None]:
    """The tagger as the interpreted build tags: each table looked up for itself."""
    saved = vars(_tagger)["_COMPILED"]
    vars(_tagger)["_COMPILED"] = False
    try:
        return tag(words, keys, _glued, joined)
    finally:
        vars(_tagger)["_COMPILED"] = saved


def _glued(i: int) -> bool:
    return i % 2 == 0


# Words of the lists in every case (titles, forms of address, modifiers, places and
# countries, words that start longer phrases or only their own, stop words, everyday
# words, credits), family and given names, words joined by a dot or hyphen, capitals,
# numbers, and marks.
_WORD = st.sampled_from(
    [
        "Ông", "ông", "bà", "Bà", "anh", "Anh", "Lê", "Văn", "Tám", "Lộc", "đến", "cho",
        "biết", "Chủ", "chủ", "tịch", "Tịch", "UBND", "tỉnh", "Tỉnh", "phó", "Phó", "nguyên",
        "Nguyên", "Khang", "giám", "đốc", "Giám", "Đốc", "các", "cầu", "thủ", "có", "tên",
        "du", "khách", "Hà", "Nội", "Hàn", "Mặc", "Tử", "Mỹ", "Tâm", "Joe", "Nhật", "Bản",
        "người", "gia", "đình", "tuổi", "BS.CK2", "PGS.TS", "gs-ts", "CT", "CT.", "TP.HCM",
        "30.000", "Park", "Hang-seo", "Kim", "Ursula", "von", "der", "Leyen", "Nguyễn",
        "Xuân", "Trường", "Thị", "từ", "Từ", ",", ".", "-", "–", "(", ")", ":", "ảnh", "Ảnh",
        "nhà", "thơ", "Đại", "tá", "NSND", "học", "viện", "Học", "Viện", "đường", "x", "X",
        "1", "hội", "CCB", "Thủ", "tướng", "thường", "trực", "Thành", "ủy", "Bí", "thư",
    ]
)  # fmt: skip


@given(st.lists(_WORD, max_size=24), st.booleans())
@example(["Ông", "Chủ", "tịch", "UBND", "tỉnh", "Lê", "Văn", "Tám"], True)
@example(["ông", "chủ", "tịch", "Hà", "Nội", ",", "CT", ".", "hội", "CCB"], True)
@example(["phó", "giám", "đốc", "Lê", "du", "khách", "BS.CK2", "Lộc"], True)
@example(["MC", "Nguyên", "Khang", "nguyên", "Thủ", "tướng", "gia", "đình"], True)
@example(["Hàn", "Mặc", "Tử", "Mỹ", "Joe", "người", "Mỹ", "Tâm"], False)
@example(["30.000", "gs-ts", "Lê"], True)
@example([], True)
def test_the_tagger_s_walk_tags_as_its_tables(words: list[str], joined: bool) -> None:
    keys = fold_keys(words)
    if not joined and any(_joined(w) for w in words):
        joined = True  # (the caller says False only where no word is joined so)
    assert _tag_each(words, keys, _glued, joined) == _general(words, keys, joined)


def _matches_by_tables(words: list[str], keys: list[str], i: int, below: int) -> list[Entry]:
    """The phrases that match at token ``i``, as found by trying every size a phrase
    starting with its key has, each looked up among all phrases (and the entries of each
    filtered for an exact spelling); without the look for a title glued to more."""
    sizes = [size for size in LENGTHS.get(keys[i], ()) if not below or size < below]
    for size in sizes:
        entries = PHRASES.get(tuple(keys[i : i + size]), ()) if i + size <= len(keys) else ()
        found = [
            e
            for e in entries
            if e.exact is None or all(words[i + k] == e.exact[k] for k in range(size))
        ]
        if found:
            return found
    return []


@given(st.lists(_WORD, max_size=16), st.sampled_from([0, 2, 3, 4]))
@example(["Chủ", "tịch", "UBND", "tỉnh", "Hà", "Nội"], 0)
@example(["ông", "chủ", "tịch", "UBND"], 3)
@example(["Phó", "Bí", "thư", "Thường", "trực", "Thành", "ủy"], 0)
@example(["gia", "đình"], 2)
def test_the_phrases_found_by_their_first_two_keys_are_those_of_every_size(
    words: list[str], below: int
) -> None:
    keys = fold_keys(words)
    for i in range(len(words)):
        found = _matches(words, keys, i, below)
        expected = _matches_by_tables(words, keys, i, below)
        if expected:
            assert found == expected
        else:  # (or a title glued to more, which the tables do not hold)
            assert all(len(e.keys) == 1 for e in found)
