"""text: white space, invisible and control characters, NFC, and the tone-placement fold."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vn_newsdoc import text as text_module
from vn_newsdoc.text import clean, clean_or_none, fold_key, is_clean, xml_invalid_chars

# ---------------------------------------------------------------------------------------
# clean: white space


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("  Hà Nội  ", "Hà Nội", id="trim"),
        pytest.param("Hà\u00a0Nội", "Hà Nội", id="no-break-space"),
        pytest.param("Hà\u00a0 \u00a0Nội", "Hà Nội", id="nbsp-and-space-run"),
        pytest.param("10\u202f000 đồng", "10 000 đồng", id="narrow-no-break-space"),
        pytest.param("1\u2007000", "1 000", id="figure-space"),
        pytest.param("Hà\u2003Nội", "Hà Nội", id="em-space"),
        pytest.param("Hà\u3000Nội", "Hà Nội", id="ideographic-space"),
        pytest.param("Hà\tNội\r\nngày", "Hà Nội ngày", id="tab-crlf"),
        pytest.param("Hà\u2028Nội\u2029ngày", "Hà Nội ngày", id="line-paragraph-separators"),
        pytest.param("Hà\x85Nội", "Hà Nội", id="next-line-c1"),
        pytest.param("Hà\x0bNội\x0cngày", "Hà Nội ngày", id="vertical-tab-form-feed"),
        pytest.param("Hà \u200bNội", "Hà Nội", id="zero-width-space-after-space"),
        pytest.param("\u200bThủ tướng", "Thủ tướng", id="zero-width-space-leading"),
        pytest.param("Thủ\u200b tướng\u200b", "Thủ tướng", id="zero-width-space-trailing"),
        pytest.param("\ufeffThủ tướng", "Thủ tướng", id="byte-order-mark"),
        pytest.param("Thủ\u2060tướng", "Thủtướng", id="word-joiner"),
        pytest.param("đô\u00adthị", "đôthị", id="soft-hyphen"),
        pytest.param("\u200eHà Nội\u200f", "Hà Nội", id="lrm-rlm"),
        pytest.param("\u202aHà Nội\u202c", "Hà Nội", id="bidi-embedding"),
        pytest.param("\u2066Hà Nội\u2069", "Hà Nội", id="bidi-isolate"),
        pytest.param("👩\u200d💻 lập trình", "👩\u200d💻 lập trình", id="zwj-kept-in-emoji"),
        pytest.param(" \u00a0\u200b\t", "", id="only-spaces"),
    ],
)
def test_clean_white_space(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Hà\x00Nội", "HàNội", id="nul"),
        pytest.param("Hà\x08Nội", "HàNội", id="backspace"),
        pytest.param("Hà\x1fNội", "HàNội", id="unit-separator"),
        pytest.param("Hà\x7fNội", "HàNội", id="delete"),
        pytest.param("Hà\x80\x9fNội", "HàNội", id="c1-controls"),
        pytest.param("Hà\ufffeNội\uffff", "HàNội", id="non-characters"),
        pytest.param("Hà\ud800Nội", "HàNội", id="lone-surrogate"),
    ],
)
def test_clean_drops_control_characters(raw: str, expected: str) -> None:
    assert clean(raw) == expected
    assert xml_invalid_chars(clean(raw)) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Vie\u0323\u0302t", "Việt", id="marks-in-any-order"),
        pytest.param("Vie\u0302\u0323t", "Việt", id="marks-canonical-order"),
        pytest.param("thu\u0309y", "thủy", id="hook-above"),
        pytest.param("D\u0300", "D\u0300", id="no-precomposed-form"),
        pytest.param("hoà", "hoà", id="spelling-kept"),
    ],
)
def test_clean_composes_to_nfc_and_keeps_spelling(raw: str, expected: str) -> None:
    assert clean(raw) == expected
    assert unicodedata.is_normalized("NFC", clean(raw))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(None, None, id="none"),
        pytest.param("", None, id="empty"),
        pytest.param(" \u00a0\u200b\ufeff\n", None, id="invisible-only"),
        pytest.param(" Hà Nội ", "Hà Nội", id="text"),
    ],
)
def test_clean_or_none(raw: str | None, expected: str | None) -> None:
    assert clean_or_none(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hà Nội", True, id="clean"),
        pytest.param("Ha\u0300 Nội", False, id="decomposed"),
        pytest.param("Hà  Nội", False, id="double-space"),
        pytest.param("Hà\u00a0Nội", False, id="no-break-space"),
        pytest.param("Hà Nội\u200b", False, id="zero-width-space"),
        pytest.param(" Hà Nội", False, id="leading-space"),
    ],
)
def test_is_clean(text: str, expected: bool) -> None:
    assert is_clean(text) is expected


# Text made mostly of what clean() changes: white space of every kind, controls, invisible
# characters, letters that compose, and the ends of a text.
_TRICKY = st.text(
    alphabet=st.sampled_from(
        [
            *"a \t\n\r\x0b\x0c\x1c\x1f\x7f\x85\xa0\xad\u1680\u2000\u2002\u2028\u2029",
            *"\u202f\u205f\u3000\u200b\ufeff\ud800\ufffe\u0300\u0323ư\u0301ĐÅ\u212b",
        ]
    )
)


def test_other_spaces_are_all_white_space_but_the_space() -> None:
    every = (chr(c) for c in range(sys.maxunicode + 1))
    assert [c for c in every if c.isspace() and c != " "] == list(text_module._OTHER_SPACES)


@given(st.one_of(st.text(), _TRICKY, st.text(alphabet="a \u0300\xa0", max_size=4)))
def test_is_clean_says_whether_clean_changes_the_text(text: str) -> None:
    assert is_clean(text) is (clean(text) == text)


@given(st.text())
def test_clean_is_idempotent_and_clean(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    assert is_clean(once)
    assert xml_invalid_chars(once) == []


# ---------------------------------------------------------------------------------------
# fold_key: tone placement, case, and (on request) all diacritics


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("hoà", "hòa", id="hoa-grave"),
        pytest.param("hoá", "hóa", id="hoa-acute"),
        pytest.param("hoả", "hỏa", id="hoa-hook"),
        pytest.param("hoạ", "họa", id="hoa-dot"),
        pytest.param("thoã", "thõa", id="oa-tilde"),
        pytest.param("thuỷ", "thủy", id="thuy-hook"),
        pytest.param("tuỳ", "tùy", id="tuy-grave"),
        pytest.param("luỹ", "lũy", id="luy-tilde"),
        pytest.param("Uỷ", "Ủy", id="uy-capital"),
        pytest.param("UỶ BAN", "Ủy ban", id="uy-all-capitals"),
        pytest.param("khoẻ", "khỏe", id="khoe-hook"),
        pytest.param("xoè", "xòe", id="oe-grave"),
        pytest.param("loé", "lóe", id="oe-acute"),
        pytest.param("Thuỷ điện Hoà Bình", "THỦY ĐIỆN HÒA BÌNH", id="phrase-and-case"),
        pytest.param("Hoà,", "hòa,", id="before-punctuation"),
        pytest.param("hoà\u00a0bình", "hòa bình", id="no-break-space"),
        pytest.param("ho\u0300a", "hòa", id="decomposed-input"),
        pytest.param("qủy", "quỷ", id="qu-misplaced"),
    ],
)
def test_fold_key_equal(one: str, other: str) -> None:
    assert fold_key(one) == fold_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("hoa", "hòa", id="tone-vs-none"),
        pytest.param("hòa", "hóa", id="different-tones"),
        pytest.param("thuỷ", "thuý", id="hook-vs-acute"),
        pytest.param("Đà", "Da", id="d-stroke-and-tone"),
        pytest.param("hoàn", "hòan", id="closed-syllable-not-moved"),
        pytest.param("mưa", "mua", id="horn"),
    ],
)
def test_fold_key_different(one: str, other: str) -> None:
    assert fold_key(one) != fold_key(other)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Đà Nẵng", "da nang", id="d-stroke"),
        pytest.param("ĐẮK LẮK", "dak lak", id="capitals"),
        pytest.param("Ủy ban", "uy ban", id="hook"),
        pytest.param("Uỷ ban", "uy ban", id="old-placement"),
        pytest.param("ưu tiên", "uu tien", id="horn-circumflex"),
        pytest.param("Nguyễn\u00a0Thị  Ánh", "nguyen thi anh", id="spaces"),
        pytest.param("Vie\u0323\u0302t", "viet", id="decomposed"),
    ],
)
def test_fold_key_without_diacritics(text: str, expected: str) -> None:
    assert fold_key(text, diacritics=False) == expected


def test_fold_key_keeps_diacritics_by_default() -> None:
    assert fold_key("Đà Nẵng") == "đà nẵng"
    assert fold_key("Thủy") == fold_key("thuỷ") == "thuỷ"


_TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_PAIRS = ("oa", "oe", "uy")
_ONSETS = ("", "h", "kh", "th", "t", "l", "x", "ng", "q", "ch", "s", "tr")


def _placed(onset: str, pair: str, tone: str, on_first: bool) -> str:
    first, second = pair[0], pair[1]
    word = onset + (first + tone + second if on_first else first + second + tone)
    return unicodedata.normalize("NFC", word)


@pytest.mark.parametrize("pair", _PAIRS)
@pytest.mark.parametrize("tone", _TONES, ids=["acute", "grave", "hook", "tilde", "dot"])
def test_every_tone_over_every_pair_in_both_cases(pair: str, tone: str) -> None:
    old = _placed("h", pair, tone, on_first=True)
    new = _placed("h", pair, tone, on_first=False)
    assert old != new
    for case in (str.lower, str.upper, str.title):
        assert fold_key(case(old)) == fold_key(case(new)) == fold_key(new)


_WORDS = st.sampled_from(["Ông", "bà", "Hà Nội", "ngày", "2024", "—", "“", "”,", "và", "ĐÃ"])


@given(
    onset=st.sampled_from(_ONSETS),
    pair=st.sampled_from(_PAIRS),
    tone=st.sampled_from(_TONES),
    case=st.sampled_from([str.lower, str.upper, str.title]),
    before=st.lists(_WORDS, max_size=4),
    after=st.lists(_WORDS, max_size=4),
)
def test_old_and_new_placement_fold_equal(
    *,
    onset: str,
    pair: str,
    tone: str,
    case: Callable[[str], str],
    before: list[str],
    after: list[str],
) -> None:
    old = " ".join([*before, case(_placed(onset, pair, tone, on_first=True)), *after])
    new = " ".join([*before, case(_placed(onset, pair, tone, on_first=False)), *after])
    assert fold_key(old) == fold_key(new)
    assert fold_key(old, diacritics=False) == fold_key(new, diacritics=False)


_VIETNAMESE_CHARS = st.sampled_from(
    [
        *(
            unicodedata.normalize("NFC", v + t)
            for v in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
            for t in ("", *_TONES)
        ),
        *"đĐbcdghklmnpqrstvxBCDGHKLMNPQRSTVX0123456789 ,.-:“”\u00a0\u200b\t\n",
    ]
)


@given(st.one_of(st.text(), st.text(_VIETNAMESE_CHARS)))
def test_fold_key_is_idempotent_on_clean_text(raw: str) -> None:
    text = clean(raw)
    for diacritics in (True, False):
        key = fold_key(text, diacritics=diacritics)
        assert fold_key(key, diacritics=diacritics) == key


@given(st.text(_VIETNAMESE_CHARS))
def test_fold_key_ignores_case_and_normal_form(raw: str) -> None:
    text = clean(raw)
    key = fold_key(text)
    assert fold_key(text.upper()) == key
    assert fold_key(unicodedata.normalize("NFD", text)) == key


@given(st.text(st.characters(max_codepoint=127)))
def test_fold_key_of_ascii_is_its_clean_lower_case(raw: str) -> None:
    assert fold_key(raw) == fold_key(raw, diacritics=False) == clean(raw).lower()


@given(st.one_of(st.text(), st.text(_VIETNAMESE_CHARS)), st.integers(0, 3))
def test_fold_key_is_the_same_kept_or_not(raw: str, copies: int) -> None:
    # Short texts' keys are kept and reused; long ones are folded each time, alike.
    for diacritics in (True, False):
        short = fold_key(raw, diacritics=diacritics)
        assert fold_key(raw, diacritics=diacritics) == short  # the kept key
        long = fold_key((raw + " ") * 300 + raw, diacritics=diacritics)
        assert long == " ".join([short] * 301).strip() or not clean(raw)


@given(st.one_of(st.text(), _TRICKY, st.text(_VIETNAMESE_CHARS)))
def test_fold_key_keeps_each_space_and_folds_word_by_word(raw: str) -> None:
    # Readers compare keys by their spaces, or by their first words, before folding whole
    # paragraphs: each space of the clean text stays, none is made, and each word folds
    # alone to what it is in the whole text's key.
    text = clean(raw)
    for diacritics in (True, False):
        key = fold_key(text, diacritics=diacritics)
        assert key.count(" ") == text.count(" ")
        words = [fold_key(w, diacritics=diacritics) for w in text.split(" ")]
        assert key == (" ".join(words) if text else "")


# ---------------------------------------------------------------------------------------
# clean and is_clean: the shortcuts keep the definitions


def _clean_by_definition(text: str) -> str:
    """clean() as first written: drop, compose, fold; no shortcut."""
    text = text_module._XML_INVALID.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)
    text = text_module._CONTROLS.sub("", text)
    text = text_module._INVISIBLE.sub("", text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _is_clean_by_definition(text: str) -> bool:
    return (
        text_module._NOT_KEPT.search(text) is None
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and unicodedata.is_normalized("NFC", text)
    )


# Text as pages give it (letters composed or not, words, line breaks, indents) with now and
# then a character clean() drops, a space of another kind, or a mark.
_PAGE_TEXT = st.lists(
    st.one_of(
        _VIETNAMESE_CHARS,
        st.sampled_from([" ", "  ", "\n    ", "\r\n", "\t", "\u0300", "\u0323", "\u0301"]),
        st.sampled_from(
            [
                *"\x00\x0b\x0c\x1c\x1d\x1e\x1f\x7f\x85\x9f\xa0\xad\u180e\u200b\u200d\u200e",
                *"\u2000\u2001\u2028\u202f\u2060\u2066\u3000\ufeff\ud800\ufffe\uffff\U0001f600",
            ]
        ),
        st.characters(),
    )
).map("".join)


@given(st.one_of(st.text(), _TRICKY, _PAGE_TEXT))
def test_clean_and_is_clean_keep_their_definitions(text: str) -> None:
    # The shortcuts (printable text holds nothing to drop; ASCII text needs no composing)
    # give what the definitions give, for any text.
    assert clean(text) == _clean_by_definition(text)
    assert is_clean(text) is _is_clean_by_definition(text)


def test_what_clean_changes_is_never_printable() -> None:
    # is_clean() and clean() trust str.isprintable() to say that no character is to drop.
    every = (chr(c) for c in range(sys.maxunicode + 1))
    assert [c for c in every if text_module._NOT_KEPT.match(c) and c.isprintable()] == []


@given(st.one_of(st.text(), _TRICKY, _PAGE_TEXT))
def test_folding_spaces_is_splitting_and_joining(text: str) -> None:
    # The trimmed text stands for the split and joined one where it is printable with no
    # two spaces in a row.
    assert text_module._fold_spaces(text) == " ".join(text.split())


@given(st.one_of(st.text(), _TRICKY, _PAGE_TEXT))
def test_a_vouched_text_is_the_clean_text_and_only_that_string_is_vouched(text: str) -> None:
    vouched = text_module._clean_vouched(text)
    assert vouched == clean(text)
    if vouched and len(vouched) <= text_module._VOUCHED_LEN:
        assert text_module._VOUCHED[id(vouched)] is vouched
        assert is_clean(vouched)
    # An equal string built apart is another object, not vouched for (one character is
    # left aside: the interpreter shares one object for each Latin-1 character).
    if len(vouched) > 1:
        copy = (vouched + ".")[:-1]
        assert copy is not vouched
        assert text_module._VOUCHED.get(id(copy)) is not copy


def test_vouched_texts_are_forgotten_past_the_bound() -> None:
    for i in range(text_module._VOUCHED_MAX + 10):
        text_module._clean_vouched(f"dòng {i}")
    assert 0 < len(text_module._VOUCHED) <= text_module._VOUCHED_MAX
    assert text_module._clean_vouched("") == ""  # nothing to vouch for
    long = text_module._clean_vouched("chữ " * text_module._VOUCHED_LEN)
    assert text_module._VOUCHED.get(id(long)) is None  # too long to hold


def test_clean_or_none_vouches_for_what_it_gives() -> None:
    given_back = clean_or_none(" Tin\u00a0nóng ")
    assert given_back == "Tin nóng"
    assert text_module._VOUCHED[id(given_back)] is given_back
