"""Tests for how vn_newsdoc.vi.people reads: sentence by sentence, with indexes over the
people found, within a bounded time on any input.

The sentences are of the project's own writing; the names are invented.
"""

from __future__ import annotations

import logging
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import vietnamese_text
from vn_newsdoc.text import clean
from vn_newsdoc.vi import find_people
from vn_newsdoc.vi._wordlists import read_words
from vn_newsdoc.vi.people import MAX_CHARS
from vn_newsdoc.vi.people._find import _People
from vn_newsdoc.vi.people._lexicon import sport_report
from vn_newsdoc.vi.people._mentions import Mention, find_mentions
from vn_newsdoc.vi.people._scan import _named, _plain, _quiet_texts, _Spaced
from vn_newsdoc.vi.people._screen import glued, may_hold_person, quiet, spaced
from vn_newsdoc.vi.people._sentences import may_name, may_name_at, sentences
from vn_newsdoc.vi.people._tokens import spellings, token_key

Found = tuple[tuple[str, tuple[str, ...]], ...]


def _read(*texts: str) -> Found:
    return tuple((p.name, p.titles) for p in find_people(texts))


# --- A title that ends in an administrative unit, then the name --------------------------

ADMIN_UNIT = [
    pytest.param(
        "Chủ tịch UBND xã Trần Văn Lộc cho biết…",
        (("Trần Văn Lộc", ("Chủ tịch UBND xã",)),),
        id="commune",
    ),
    pytest.param(
        "Chủ tịch UBND thị trấn Trần Văn Lộc cho biết sẽ kiểm tra.",
        (("Trần Văn Lộc", ("Chủ tịch UBND thị trấn",)),),
        id="township-two-words",
    ),
    pytest.param(
        "Chủ tịch UBND thị xã Lê Thị Hoa ký quyết định.",
        (("Lê Thị Hoa", ("Chủ tịch UBND thị xã",)),),
        id="town-two-words",
    ),
    pytest.param(
        "Hôm qua, ông Chủ tịch UBND xã Trần Văn Lộc cho biết xã đã có phương án.",
        (("Trần Văn Lộc", ("Chủ tịch UBND xã",)),),
        id="address-before-the-title",
    ),
    pytest.param(
        "Chủ tịch UBND thị trấn Phong Điền Trần Văn Lộc cho biết.",
        (("Trần Văn Lộc", ("Chủ tịch UBND thị trấn Phong Điền",)),),
        id="township-named-then-full-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADMIN_UNIT)
def test_a_title_ending_in_an_administrative_unit_then_the_name(text: str, expected: Found) -> None:
    assert _read(text) == expected


def test_a_township_named_like_a_person_is_still_a_place() -> None:
    assert _read("Người dân thị trấn Trần Văn Thời đón Tết.") == ()


# --- Sentence by sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ông A đến. Bà B về", ["Ông A đến.", "Bà B về"], id="full-stop"),
        pytest.param("Hỏi vậy? Đúng! Xong; rồi", ["Hỏi vậy?", "Đúng!", "Xong;", "rồi"], id="marks"),
        pytest.param("Về TP. Huế ngay.", ["Về TP. Huế ngay."], id="abbreviation-in-capitals"),
        pytest.param(
            "Ông A (ở TP. HCM. Nay về) đi.", ["Ông A (ở TP. HCM. Nay về) đi."], id="paren"
        ),
        pytest.param("Năm 2020. Ông A", ["Năm 2020.", "Ông A"], id="after-a-number"),
        pytest.param("", [], id="empty"),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert list(sentences(text)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Sáng nay trời mưa to.", False, id="capital-first-only"),
        pytest.param("Sáng nay ông Lộc đến.", True, id="a-capital-after"),
        pytest.param("CT.Hội đến.", True, id="glued-first-word"),
        pytest.param("sáng nay 𝐀 đến.", True, id="capital-without-lower-case"),
        pytest.param("", False, id="empty"),
    ],
)
def test_may_name(sentence: str, expected: bool) -> None:
    assert may_name(sentence) is expected
    # Looked at inside a longer text, lowered whole or not.
    text = "Giá tăng. " + sentence
    assert may_name_at(text, text.lower(), 10, len(text)) is expected
    assert may_name_at(text, None, 10, len(text)) is expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        pytest.param("hoà", {"hoà", "hòa"}, id="tone-at-the-end"),
        pytest.param("hoàng", {"hoàng"}, id="tone-inside-stays"),
        pytest.param("thuỷ", {"thuỷ", "thủy"}, id="uy"),
        pytest.param("bs.ck2", {"bs.ck2"}, id="no-tone"),
    ],
)
def test_spellings_are_the_words_keyed_so(key: str, expected: set[str]) -> None:
    assert spellings(key) == expected
    assert {token_key(w) for w in expected} == {key}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Giá vàng ở New York giảm.", True, id="nothing-marks"),
        pytest.param("Giá vàng ở New York giảm, ông cho biết.", False, id="a-form-of-address"),
        pytest.param("Giá vàng ở New York giảm, Hòa thượng Minh nói.", False, id="old-tone-place"),
        pytest.param("Giá 30.000 USD ở New York.", True, id="a-number-with-a-dot"),
        pytest.param("BS.CK2 Lê Văn A đến.", False, id="a-title-glued-to-more"),
        pytest.param("Giá ở New York/London giảm.", True, id="a-slash-inside-a-word"),
        pytest.param("Giá ở New York giảm • mạnh.", True, id="an-unknown-mark"),
        pytest.param("Đ/c Lan đến.", False, id="a-title-with-a-slash"),
        pytest.param("It’s an old town.", True, id="a-family-name-in-lower-case"),
        pytest.param("It’s An Lee’s town.", False, id="a-family-name-with-a-capital"),
        pytest.param("We met AN LEE there.", False, id="a-family-name-in-capitals"),
        # A family name marks only before another capitalised word: a name's shape.
        pytest.param("It’s An’s town.", True, id="a-family-name-glued-to-more"),
        pytest.param("We met AN there.", True, id="a-family-name-before-a-plain-word"),
        pytest.param("An old town.", True, id="a-family-name-opening-a-sentence"),
        # A known foreign given name may have a particle after it.
        pytest.param("Ursula von der Leyen spoke.", False, id="a-given-name-and-a-particle"),
        pytest.param("Christian said so.", False, id="a-given-name-alone"),
        # The first word of a longer phrase marks only with the phrase's next word.
        pytest.param("Le prix du pétrole baisse.", True, id="a-phrase-s-first-word-alone"),
        pytest.param("Les du khách arrivent.", False, id="a-phrase-s-first-two-words"),
        pytest.param("Les du, khách arrivent.", True, id="a-phrase-s-words-apart"),
    ],
)
def test_quiet_sentences(sentence: str, expected: bool) -> None:
    low = spaced(sentence, sentence.lower())
    assert low is not None
    assert quiet(sentence, low, 0, len(sentence)) is expected


def test_a_text_that_lowers_out_of_place_is_not_spaced() -> None:
    assert spaced("İzmir", "İzmir".lower()) is None
    assert spaced("ΟΔΟΣ", "ΟΔΟΣ".lower()) is None


def _whole(texts: list[str]) -> Found:
    """The people of the texts read whole, with no cut into sentences and nothing skipped."""
    people = _People()
    sport = sport_report(clean(text) for text in texts)
    for text in texts:
        for mention in find_mentions(clean(text), sport=sport):
            people.add(mention)
    return tuple((p.name, tuple(dict.fromkeys(t for t in p.titles if t))) for p in people.found)


_WORDS = (
    *read_words("people_titles.tsv")[:30],
    *read_words("people_address_forms.tsv")[:20],
    *read_words("people_named_prefixes.tsv")[:20],
    *read_words("people_admin_prefixes.tsv"),
    "Nguyễn Văn Đô",
    "Trần Văn Lộc",
    "Lộc",
    "Park Hang-seo",
    "Hà Nội",
    "TP.",
    "N.N.L",
    "(27 tuổi)",
    ",",
    ".",
    ". ",
    "!",
    "?",
    ";",
    "(",
    ")",
    " - ",
    "cho biết",
    "ghi bàn",
    "Công Phượng",
    "và",
    "George W. Bush",
    "von der",
    # What lets a sentence past the screen, and what does not.
    "Kyle Brown",
    "chuyên gia phân tích",
    "tuổi",
    "15",
    "BS.CK2",
    "GS-TS",
    "Ursula",
    "Leyen",
    "Văn Toàn",
    "Thái Lan",
    "Samsung Việt Nam",
    "CT.Hội",
    "Đ/c",
    "có tên",
)


@given(
    st.lists(
        st.one_of(vietnamese_text(max_words=8), st.lists(st.sampled_from(_WORDS)).map(" ".join)),
        max_size=5,
    )
)
def test_reading_by_sentence_finds_what_reading_whole_texts_finds(texts: list[str]) -> None:
    assert _read(*texts) == _whole(texts)


_FOREIGN = (
    "Jean-Pierre",
    "E.ON",
    "New York",
    "U.S.",
    "well-known",
    "don't",
    "K’Choi",
    "İzmir",
    "ΟΔΟΣ",
    "Hòa",
    "Thủy",
    "30.000",
    "1/7",
    "•",
    "«",
    "_",
    "&",
    "A.B",
    "It’s",
    "an",
    "An’s",
    "AN",
    "York/London",
    "đ/C",
    "thủy-hòa",
    "Thuỷ2",
    "o'Hòa",
)


@given(
    st.lists(
        st.lists(
            st.one_of(
                st.sampled_from(_FOREIGN), st.sampled_from(_FOREIGN), st.sampled_from(_WORDS)
            ),
            max_size=8,
        ).map(" ".join),
        max_size=6,
    )
)
def test_sentences_set_aside_unread_give_nothing(texts: list[str]) -> None:
    # A sentence set aside before it is tokenised is one the screen would pass over.
    texts = [clean(t) for t in texts]
    lows = [t.lower() for t in texts]
    spaces = _Spaced(texts, lows)
    named = _named(texts, lows, set())
    dotted = set(range(len(named)))  # every sentence looked at as if it had a dot inside
    for k in _plain(texts, spaces, named, dotted):
        s = named[k]
        assert not may_hold_person(texts[s.text][s.start : s.end], lambda: False)
    # A text set aside whole is one none of whose sentences the screen would let through.
    for t in _quiet_texts(texts, spaces):
        for s in _named(texts, lows, set()):
            if s.text == t:
                assert not may_hold_person(texts[t][s.start : s.end], lambda: False)


@given(
    st.lists(
        st.lists(st.sampled_from(_FOREIGN), max_size=8).map(" ".join),
        max_size=8,
    )
)
def test_texts_screened_joined_are_those_screened_alone(texts: list[str]) -> None:
    # On a page with no Vietnamese text first, the screen looks at all the texts joined
    # (the spaced forms and glued abbreviations found once): a text it sets aside is one
    # set aside when looked at alone, and its spaced form is the text's own.
    texts = [clean(t) for t in texts]
    lows = [t.lower() for t in texts]
    spaces = _Spaced(texts, lows)
    for t in _quiet_texts(texts, spaces):
        low = spaced(texts[t], lows[t])
        assert low is not None
        assert not glued(texts[t])
        assert quiet(texts[t], low, 0, len(texts[t]))
    for t in range(len(texts)):
        assert spaces.get(t) == spaced(texts[t], lows[t])


def test_a_page_in_another_language_is_screened_joined() -> None:
    texts = ["The economy grew.", "An analyst, Mr Frank Lee, said so.", "The U.S. index fell."]
    lows = [t.lower() for t in texts]
    spaces = _Spaced(texts, lows)
    # "Frank" starts a given name, with a capital: the second text may mark someone; the
    # third holds "U.S", which the tokens may split like "CT.Hội".
    assert _quiet_texts(texts, spaces) == {0}
    assert spaces.page is not None  # looked at joined: no text in Vietnamese
    assert spaces.get(1) == "an analyst  mr frank lee  said so "


def test_texts_read_together_or_apart_give_the_same_people() -> None:
    texts = [
        "Chủ tịch UBND tỉnh Đinh Văn Hiệp chủ trì hội nghị.",
        "Ông Hiệp yêu cầu các sở báo cáo trước ngày 10/7.",
        "Giám đốc Sở Y tế Lê Thị Mai (TP. Hà Nội) cho biết đã có phương án.",
        "Bà Mai nói thêm; đợt kiểm tra kéo dài một tuần.",
    ]
    assert _read(" ".join(texts)) == _read(*texts)
    assert [p for p, _ in _read(*texts)] == ["Đinh Văn Hiệp", "Lê Thị Mai"]


# --- The people found so far, with indexes ------------------------------------------------


def _reference(mentions: list[Mention]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The plain reading of the merge rules, one scan over the people per mention."""

    class P:
        def __init__(self, m: Mention) -> None:
            self.name, self.keys, self.titles = m.name, m.keys, m.titles
            self.full = len(m.keys) >= 2
            self.titles_full = self.full and bool(m.titles)
            self.foreign = any(w in {"abe", "sa-myeong"} for w in m.keys)

    def ends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
        return len(shorter) < len(longer) and longer[-len(shorter) :] == shorter

    found: list[P] = []
    for m in mentions:
        keys = m.keys
        if len(keys) >= 2:
            hit = next(
                (p for p in found if p.keys == keys or (p.full and ends(p.keys, keys))), None
            )
            if hit is not None:
                if not hit.titles and m.titles:
                    hit.titles, hit.titles_full = m.titles, True
                continue
            shorter = next((p for p in found if ends(keys, p.keys)), None)
            if shorter is not None:
                shorter.name, shorter.keys, shorter.full = m.name, keys, True
                if m.titles and not shorter.titles_full:
                    shorter.titles, shorter.titles_full = m.titles, True
                continue
            found.append(P(m))
            continue
        back = next(
            (
                p
                for p in reversed(found)
                if p.keys[-1] == keys[0] or (p.foreign and p.keys[0] == keys[0])
            ),
            None,
        )
        if back is not None:
            if not back.titles and m.titles:
                back.titles = m.titles
        elif m.standalone:
            found.append(P(m))
    return [(p.name, p.keys, p.titles) for p in found]


_SPELLING = {"an": "An", "lộc": "Lộc", "trần": "Trần", "văn": "Văn", "kim": "Kim"}
_SPELLING |= {"sa-myeong": "Sa-myeong", "abe": "Abe", "lê": "Lê"}


@st.composite
def _mentions(draw: st.DrawFn) -> Mention:
    keys = tuple(draw(st.lists(st.sampled_from(sorted(_SPELLING)), min_size=1, max_size=4)))
    titles = draw(st.sampled_from([(), ("Chủ tịch",), ("Giám đốc",)]))
    return Mention(" ".join(_SPELLING[k] for k in keys), keys, titles, draw(st.booleans()))


@given(st.lists(_mentions(), max_size=14))
def test_the_indexes_merge_mentions_as_a_scan_over_the_people_would(
    mentions: list[Mention],
) -> None:
    people = _People()
    for mention in mentions:
        people.add(mention)
    assert [(p.name, p.keys, p.titles) for p in people.found] == _reference(mentions)


# --- Bounded time --------------------------------------------------------------------------

_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ")
_MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Xuân", "Ngọc", "Hồng")
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hùng", "Khánh", "Lan", "Long", "Mai")


def test_many_different_people_take_linear_time() -> None:
    # 20,000 different people: one scan of the people found per mention took a minute here.
    names = [
        f"{a} {b} {c} {d}{e}"
        for a in _FAMILY
        for b in _MIDDLE
        for c in _MIDDLE
        for d in _GIVEN
        for e in ("", "h")
    ]
    text = " ".join(f"Ông {name} cho biết." for name in names)
    start = time.perf_counter()
    found = find_people([text])
    assert time.perf_counter() - start < 20
    assert len(found) == len(names)


def test_a_huge_input_is_read_up_to_the_limit_only(caplog: pytest.LogCaptureFixture) -> None:
    text = "Ông Nguyễn Văn An cho biết. " + "x" * MAX_CHARS + " Ông Trần Văn Bình cho biết."
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc.vi.people"):
        found = find_people([text, "Bà Lê Thị Hoa cho biết."])
    assert [p.name for p in found] == ["Nguyễn Văn An"]
    assert "first" in caplog.text


def test_twenty_megabytes_of_hostile_text_finish_in_bounded_time() -> None:
    # Dense short sentences full of names and titles, 20 MB of them: without the limit on
    # what is read this runs for minutes.
    text = "Chủ tịch UBND xã Trần Văn Lộc, ông Lộc. " * (20_000_000 // 40)
    start = time.perf_counter()
    found = find_people([text])
    assert time.perf_counter() - start < 30
    assert [p.name for p in found] == ["Trần Văn Lộc"]


def test_a_long_run_of_capitalised_words_is_not_one_name() -> None:
    text = "Ông " + " ".join(["Nguyễn Văn An"] * 5) + " cho biết."
    assert _read(text) == ()
