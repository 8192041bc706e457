"""vi.encodings: the legacy tables by round trip and by the published maps, detection on
realistic paragraphs, and mojibake repair that leaves good text alone."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS
from encoding_samples import OTHER_LANGUAGES, VIETNAMESE
from vn_newsdoc.vi.encodings import (
    LEGACY_ENCODINGS,
    _score,
    detect_legacy,
    from_unicode,
    repair_mojibake,
    to_unicode,
)

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
LOWER = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in TONES] + ["đ"]
LETTERS = LOWER + [c.upper() for c in LOWER]
NON_ASCII_LETTERS = [c for c in LETTERS if not c.isascii()]


def test_the_alphabet_has_134_precomposed_letters() -> None:
    assert len(NON_ASCII_LETTERS) == 134
    assert len(set(NON_ASCII_LETTERS)) == 134
    assert all(len(c) == 1 for c in LETTERS)


# ---------------------------------------------------------------------------------------
# Tables: round trip over every letter, both cases


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_every_letter_round_trips(encoding: str) -> None:
    failures = []
    for letter in LETTERS:
        data = from_unicode(letter, encoding)
        if to_unicode(data, encoding) != letter:
            failures.append((letter, data))
    assert failures == []


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_letters_have_distinct_codes(encoding: str) -> None:
    codes = {from_unicode(letter, encoding) for letter in LETTERS}
    assert len(codes) == len(LETTERS)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@pytest.mark.parametrize("name", sorted(VIETNAMESE))
def test_paragraphs_round_trip(encoding: str, name: str) -> None:
    text = VIETNAMESE[name]
    if encoding in ("viscii", "tcvn3"):  # these tables have no curly quotes
        text = text.replace("“", '"').replace("”", '"')
    assert to_unicode(from_unicode(text, encoding), encoding) == text


@pytest.mark.parametrize("encoding", ["viscii", "tcvn3"])
def test_single_byte_tables_are_one_to_one(encoding: str) -> None:
    for byte in range(256):
        assert from_unicode(to_unicode(bytes([byte]), encoding), encoding) == bytes([byte])


@pytest.mark.parametrize(
    ("encoding", "text", "data"),
    [
        # VISCII, RFC 1456.
        pytest.param("viscii", "Đà Nẵng", b"\xd0\xe0 N\xc7ng", id="viscii-da-nang"),
        pytest.param("viscii", "Ạ", b"\x80", id="viscii-0x80"),
        pytest.param("viscii", "Õ", b"\xa0", id="viscii-0xa0"),
        pytest.param("viscii", "ƠơƯư", b"\xb4\xbd\xbf\xdf", id="viscii-horns"),
        pytest.param("viscii", "Ăăđ", b"\xc5\xe5\xf0", id="viscii-breve-d"),
        pytest.param("viscii", "ẲẴẪỶỸỴ", b"\x02\x05\x06\x14\x19\x1e", id="viscii-c0"),
        pytest.param("viscii", "Ữ", b"\xff", id="viscii-0xff"),
        # TCVN 5712:1993 (VN3 for lowercase, VN1 positions for capitals with tones).
        pytest.param("tcvn3", "Thủ tướng", b"Th\xf1 t\xad\xedng", id="tcvn3-thu-tuong"),
        pytest.param("tcvn3", "ĂÂÊÔƠƯĐ", b"\xa1\xa2\xa3\xa4\xa5\xa6\xa7", id="tcvn3-capitals"),
        pytest.param("tcvn3", "ăâêôơưđ", b"\xa8\xa9\xaa\xab\xac\xad\xae", id="tcvn3-lower"),
        pytest.param("tcvn3", "àảãáạ", b"\xb5\xb6\xb7\xb8\xb9", id="tcvn3-a-tones"),
        pytest.param("tcvn3", "ỵ", b"\xfe", id="tcvn3-0xfe"),
        pytest.param("tcvn3", "Ú", b"\x01", id="tcvn3-vn1-c0"),
        pytest.param("tcvn3", "À", b"\x80", id="tcvn3-vn1-0x80"),
        # VNI-Windows: base letter + mark byte.
        pytest.param("vni", "Việt Nam", b"Vie\xe4t Nam", id="vni-viet-nam"),
        pytest.param("vni", "Đường", b"\xd1\xf6\xf4\xf8ng", id="vni-duong"),
        pytest.param("vni", "Hoà Bình", b"Hoa\xf8 B\xecnh", id="vni-hoa-binh"),
        pytest.param("vni", "NẴNG", b"NA\xdcNG", id="vni-capital-breve-tilde"),
        pytest.param("vni", "thuỷ kỵ ĩ", b"thuy\xfb k\xee \xf3", id="vni-single-bytes"),
        pytest.param("vni", "ẤẦẨẪẬ", b"A\xc1A\xc0A\xc5A\xc3A\xc4", id="vni-circumflex-tones"),
        # windows-1258: precomposed where the code page has it, else letter + tone.
        pytest.param("windows-1258", "Việt", b"Vi\xea\xf2t", id="cp1258-viet"),
        pytest.param("windows-1258", "Đà Nẵng", b"\xd0\xe0 N\xe3\xdeng", id="cp1258-da-nang"),
        pytest.param("windows-1258", "ơư₫", b"\xf5\xfd\xfe", id="cp1258-horns-dong"),
    ],
)
def test_published_code_points(encoding: str, text: str, data: bytes) -> None:
    assert from_unicode(text, encoding) == data
    assert to_unicode(data, encoding) == text


@pytest.mark.parametrize(
    ("encoding", "data", "text"),
    [
        pytest.param("tcvn3", b"a\xb3", "á", id="tcvn3-combining-acute"),
        pytest.param("windows-1258", b"Hoa\xccng", "Hoàng", id="cp1258-combining-grave"),
        pytest.param("vni", b"VIE\xc4T", "VIỆT", id="vni-capitals"),
        pytest.param("vni", b"Vie\xc4t", "Việt", id="vni-capital-mark-after-lowercase"),
        pytest.param("vni", b"\x93Ch\xe0o\x94", "“Chào”", id="vni-cp1252-punctuation"),
        pytest.param("vni", b"\x81", "\x81", id="vni-undefined-byte"),
    ],
)
def test_decoding_details(encoding: str, data: bytes, text: str) -> None:
    assert to_unicode(data, encoding) == text


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_decomposed_input_encodes_like_composed(encoding: str) -> None:
    text = "Nguyễn Thị Ánh Tuyết"
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert from_unicode(nfd, encoding) == from_unicode(text, encoding)


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("VNI-Windows", "vni"),
        ("VISCII", "viscii"),
        ("TCVN", "tcvn3"),
        ("ABC", "tcvn3"),
        ("cp1258", "windows-1258"),
        ("Windows_1258", "windows-1258"),
    ],
)
def test_aliases(alias: str, canonical: str) -> None:
    text = "Hội nghị tổng kết"
    assert from_unicode(text, alias) == from_unicode(text, canonical)
    assert to_unicode(from_unicode(text, canonical), alias) == text


def test_unknown_encoding_is_a_lookup_error() -> None:
    with pytest.raises(LookupError, match="vni"):
        to_unicode(b"abc", "koi8-r")
    with pytest.raises(LookupError):
        from_unicode("abc", "utf-8")


def test_unencodable_characters() -> None:
    with pytest.raises(UnicodeEncodeError):
        from_unicode("Giá 5 €", "viscii")
    assert from_unicode("Giá 5 €", "viscii", errors="replace") == b"Gi\xe1 5 ?"
    assert from_unicode("Giá 5 €", "tcvn3", errors="ignore") == b"Gi\xb8 5 "
    assert from_unicode("Giá 5 €", "vni") == b"Gia\xf9 5 \x80"


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@given(data=st.binary(max_size=400))
def test_decoding_never_fails_and_is_nfc(encoding: str, data: bytes) -> None:
    text = to_unicode(data, encoding)
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@given(text=st.text(st.sampled_from([*LETTERS, *"bcdghklmnpqrstvx ,.:;!?()0123456789"])))
def test_vietnamese_text_round_trips(encoding: str, text: str) -> None:
    assert to_unicode(from_unicode(text, encoding), encoding) == text


# ---------------------------------------------------------------------------------------
# Detection


def _for(encoding: str, text: str) -> str:
    if encoding in ("viscii", "tcvn3"):
        return text.replace("“", '"').replace("”", '"')
    return text


@pytest.mark.parametrize("name", sorted(VIETNAMESE))
@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_detects_each_paragraph(encoding: str, name: str) -> None:
    assert detect_legacy(from_unicode(_for(encoding, VIETNAMESE[name]), encoding)) == encoding


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_detects_single_sentences(encoding: str) -> None:
    sentences = [s for text in VIETNAMESE.values() for s in text.split(". ")]
    assert len(sentences) >= 12
    found = [detect_legacy(from_unicode(_for(encoding, s), encoding)) for s in sentences]
    assert found == [encoding] * len(sentences)


@pytest.mark.parametrize("name", sorted(VIETNAMESE))
def test_utf8_vietnamese_is_not_legacy(name: str) -> None:
    assert detect_legacy(VIETNAMESE[name].encode("utf-8")) is None


@pytest.mark.parametrize("name", sorted(OTHER_LANGUAGES))
@pytest.mark.parametrize("codec", ["cp1252", "latin-1", "utf-8"])
def test_other_languages_are_not_legacy_vietnamese(name: str, codec: str) -> None:
    assert detect_legacy(OTHER_LANGUAGES[name].encode(codec)) is None


def test_ascii_is_not_legacy() -> None:
    assert detect_legacy(b"Ha Noi, Viet Nam: 25 do C") is None
    assert detect_legacy(b"") is None


def test_vietnamese_with_only_windows_1252_letters_is_not_legacy() -> None:
    # à, á, â, ê, ô... exist in windows-1252 too: such text is windows-1252, not legacy.
    assert detect_legacy("Cà phê và bánh mì".encode("cp1252")) is None


@given(st.binary(max_size=1000))
def test_detection_never_raises(data: bytes) -> None:
    assert detect_legacy(data) in (None, *LEGACY_ENCODINGS)


# ---------------------------------------------------------------------------------------
# Mojibake


def mojibake(text: str, codec: str = "cp1252") -> str:
    """UTF-8 read as windows-1252 (undefined bytes as C1 controls, as browsers do)."""
    if codec == "latin-1":
        return text.encode("utf-8").decode("latin-1")
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in text.encode("utf-8")
    )


@pytest.mark.parametrize(
    ("garbled", "text"),
    [
        pytest.param("Viá»‡t Nam", "Việt Nam", id="viet-nam"),
        pytest.param("Thá»§ tÆ°á»›ng", "Thủ tướng", id="thu-tuong"),
        pytest.param(
            "ThÃ\u00a0nh phá»‘ Há»“ ChÃ\u00ad Minh", "Thành phố Hồ Chí Minh", id="nbsp-in-a"
        ),
        pytest.param("Ä\x90Ã\u00a0 Náºµng", "Đà Nẵng", id="d-with-c1"),
        pytest.param("â€œXin chÃ\u00a0o!â€\x9d", "“Xin chào!”", id="curly-quotes"),
        pytest.param("HÃ€ Ná»˜I", "HÀ NỘI", id="capitals"),
        pytest.param("giÃ¡ 5 triá»‡u Ä‘á»“ng", "giá 5 triệu đồng", id="with-numbers"),
        pytest.param("L'Ã©lÃ¨ve a prÃ©fÃ©rÃ©", "L'élève a préféré", id="french"),
        pytest.param("ViÃ¡Â»â€¡t Nam", "Việt Nam", id="double"),
        pytest.param("Viá»‡t Nam vÃ\u00a0 Đà Nẵng", "Việt Nam và Đà Nẵng", id="mixed-good-and-bad"),
        pytest.param("donâ€™t", "don’t", id="english-apostrophe"),
    ],
)
def test_repairs_realistic_mojibake(garbled: str, text: str) -> None:
    assert repair_mojibake(garbled) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("NGÃ\u00a0BA ĐỒNG LỘC", id="capital-a-tilde-before-nbsp"),
        pytest.param("THÌ\u00a0ĐÃ XONG", id="capital-i-grave-before-nbsp"),
        pytest.param("MÈ\u00a0ĐEN", id="capital-e-grave-before-nbsp"),
        pytest.param("Trang chủ » Thời sự » Xã hội", id="breadcrumbs"),
        pytest.param("Anh nói: “Quá…”", id="a-acute-before-ellipsis"),
        pytest.param("Café « crème », s'il vous plaît", id="french-guillemets"),
        pytest.param("Ærø, Ålesund, Ätna, Ça va", id="nordic-and-french-capitals"),
        pytest.param("Größe, Übung, Straße", id="german"),
        pytest.param("São Paulo, ÂNGULO, Ângela", id="portuguese"),
        pytest.param("Nhiệt độ 25°C, giá 10€", id="degree-and-euro"),
    ],
)
def test_leaves_good_text_alone(text: str) -> None:
    assert repair_mojibake(text) == text


@pytest.mark.parametrize("name", sorted(VIETNAMESE) + sorted(OTHER_LANGUAGES))
@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_repairs_every_paragraph(name: str, codec: str) -> None:
    text = {**VIETNAMESE, **OTHER_LANGUAGES}[name]
    assert repair_mojibake(text) == text
    assert repair_mojibake(mojibake(text, codec)) == text
    assert repair_mojibake(mojibake(mojibake(text, codec), codec)) == text


# Vietnamese letters, ASCII, and the punctuation and spaces that follow words.
_ALPHABET = st.sampled_from([*LETTERS, *"bcdghklmnpqrstvxBCDGHKLMNPQRSTVX ,.:;!?()0123456789"])
_PUNCT = st.sampled_from(["\u00a0", "…", "–", "—", "“", "”", "‘", "’"])
_GOOD_TEXT = st.text(st.one_of(_ALPHABET, _PUNCT), max_size=80)


@given(_GOOD_TEXT)
def test_good_vietnamese_is_never_changed(text: str) -> None:
    assert repair_mojibake(text) == text


@given(_GOOD_TEXT)
def test_mojibake_of_vietnamese_with_a_toned_letter_is_repaired(text: str) -> None:
    text = "Việt " + text  # real mojibake has at least one letter with a tone somewhere
    assert repair_mojibake(mojibake(text)) == text


# ---------------------------------------------------------------------------------------
# The corpus: real Vietnamese text, written out in each legacy encoding


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*/*.json")):
        reading = json.loads(path.read_text(encoding="utf-8"))
        texts.extend(
            t for t in (reading["headline"], *reading["paragraphs"], *reading["captions"]) if t
        )
    return texts


@pytest.mark.corpus
@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_detects_corpus_paragraphs(encoding: str) -> None:
    texts = [t for t in _corpus_texts() if len(t) >= 40]
    assert len(texts) >= 400
    missed = [
        t[:60]
        for t in texts
        if detect_legacy(from_unicode(t, encoding, errors="replace")) != encoding
    ]
    assert missed == []


@pytest.mark.corpus
def test_corpus_words_are_syllables() -> None:
    # The syllable shape detection relies on: nearly every accented word of real text has it.
    good = bad = 0
    for text in _corpus_texts():
        g, b = _score.score(text)
        good, bad = good + g, bad + b
    assert good > 15_000
    assert bad / (good + bad) < 0.005


@pytest.mark.corpus
def test_mojibake_of_corpus_text_is_repaired_and_good_text_kept() -> None:
    texts = _corpus_texts()
    assert len(texts) >= 400
    assert [t for t in texts if repair_mojibake(t) != t] == []
    assert [t for t in texts if repair_mojibake(mojibake(t)) != t] == []
    assert [t for t in texts if repair_mojibake(mojibake(t, "latin-1")) != t] == []
    assert [t for t in texts if repair_mojibake(mojibake(mojibake(t))) != t] == []


@pytest.mark.corpus
def test_corpus_pages_are_left_alone_by_repair() -> None:
    pages = sorted(CORPUS.glob("*/*.html"))
    assert len(pages) >= 29
    for path in pages:
        text = path.read_bytes().decode("utf-8")
        assert repair_mojibake(text) == text, path.name
