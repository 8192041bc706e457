"""decode_html: BOMs, declarations (and their lies), detection, legacy encodings, mojibake."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS
from encoding_samples import OTHER_LANGUAGES, VIETNAMESE
from vn_newsdoc.html.decode import DecodedHTML, _strip_markup, decode_html, decode_html_detailed
from vn_newsdoc.text import clean
from vn_newsdoc.vi.encodings import from_unicode

TEXT = VIETNAMESE["flood"]
PAGE = f"<html><head>{{head}}<title>Trang tin</title></head><body><p>{TEXT}</p></body></html>"


def page(head: str = "", text: str = TEXT) -> str:
    return PAGE.replace("{head}", head).replace(TEXT, text)


def body_text(decoded: str) -> str:
    match = re.search(r"<p>(.*)</p>", decoded, re.S)
    assert match is not None, decoded[:200]
    return match.group(1)


# ---------------------------------------------------------------------------------------
# Declarations


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        pytest.param('<meta charset="utf-8">', "utf-8", id="meta-charset-quoted"),
        pytest.param("<meta charset=UTF-8>", "utf-8", id="meta-charset-bare-upper"),
        pytest.param("<META CHARSET='utf8'>", "utf-8", id="meta-upper-single-quote-utf8"),
        pytest.param(
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            "utf-8",
            id="http-equiv",
        ),
        pytest.param(
            '<meta content="text/html;charset=windows-1258" http-equiv="content-type">',
            "windows-1258",
            id="http-equiv-content-first-1258",
        ),
        pytest.param('<meta charset="windows-1258">', "windows-1258", id="meta-1258"),
        pytest.param('<meta charset="cp1258" />', "windows-1258", id="meta-cp1258-alias"),
        pytest.param('<meta charset="VISCII">', "viscii", id="meta-viscii"),
        pytest.param(
            '<meta http-equiv="Content-Type" content="text/html; charset=TCVN">',
            "tcvn3",
            id="http-equiv-tcvn",
        ),
        pytest.param('<meta charset="x-viet-vni">', "vni", id="meta-vni"),
    ],
)
def test_declared_encoding_is_read(head: str, encoding: str) -> None:
    data = from_unicode(page(head), encoding) if encoding != "utf-8" else page(head).encode()
    decoded = decode_html_detailed(data)
    assert decoded.encoding == encoding
    assert decoded.method == "declared"
    assert body_text(decoded.text) == TEXT


@pytest.mark.parametrize(
    ("encoding", "declaration"),
    [
        pytest.param("utf-8", '<?xml version="1.0" encoding="UTF-8"?>', id="utf-8"),
        pytest.param("windows-1258", "<?xml version='1.0' encoding='windows-1258'?>", id="1258"),
        pytest.param("viscii", '<?xml version="1.0" encoding="viscii" ?>', id="viscii"),
    ],
)
def test_xml_declaration_is_read(encoding: str, declaration: str) -> None:
    source = declaration + "\n" + page()
    data = source.encode() if encoding == "utf-8" else from_unicode(source, encoding)
    decoded = decode_html_detailed(data)
    assert (decoded.encoding, decoded.method) == (encoding, "declared")
    assert body_text(decoded.text) == TEXT


def test_meta_wins_over_xml_declaration() -> None:
    source = '<?xml version="1.0" encoding="viscii"?>' + page('<meta charset="windows-1258">')
    decoded = decode_html_detailed(from_unicode(source, "windows-1258"))
    assert decoded.encoding == "windows-1258"
    assert body_text(decoded.text) == TEXT


@pytest.mark.parametrize(
    "label",
    ["iso-8859-1", "ISO-8859-1", "latin1", "latin-1", "ascii", "us-ascii", "windows-1252"],
)
def test_latin1_and_ascii_labels_mean_windows_1252(label: str) -> None:
    # 0x93 and 0x94 are curly quotes in windows-1252 and C1 controls in ISO-8859-1.
    french = OTHER_LANGUAGES["french"]
    data = f'<meta charset="{label}"><p>“{french}”</p>'.encode("cp1252")
    assert b"\x93" in data
    decoded = decode_html_detailed(data)
    assert decoded.encoding == "windows-1252"
    assert body_text(decoded.text) == f"“{french}”"


def test_declaration_beyond_the_first_64_kib_is_not_seen() -> None:
    filler = "<!-- " + "x" * 70_000 + " -->"
    data = from_unicode(filler + page('<meta charset="windows-1258">'), "windows-1258")
    decoded = decode_html_detailed(data)
    # Not declared where it is looked for, so detection reads it (and still gets it right).
    assert (decoded.encoding, decoded.method) == ("windows-1258", "detected")
    assert body_text(decoded.text) == TEXT


@pytest.mark.parametrize(("cut", "method"), [(0, "declared"), (1, "detected")])
def test_a_declaration_ending_at_64_kib_is_seen_one_byte_later_is_not(
    cut: int, method: str
) -> None:
    # The label's last byte at the last byte looked at (64 KiB), or one byte past it: then
    # the label reads "windows-125", no charset, and detection reads the page.
    declaration = '<meta charset="windows-1258">'
    label_end = len(declaration) - 2
    filler = "<!-- " + "x" * (64 * 1024 - label_end - len("<!--  -->") + cut) + " -->"
    data = from_unicode(filler + declaration + page(""), "windows-1258")
    assert data.index(b"1258") + 4 == 64 * 1024 + cut
    decoded = decode_html_detailed(data)
    assert (decoded.encoding, decoded.method) == ("windows-1258", method)
    assert body_text(decoded.text) == TEXT


@pytest.mark.parametrize("label", ["no-such-charset", "rot13", "zlib", "idna", "base64"])
def test_unknown_or_non_text_labels_fall_to_detection(label: str) -> None:
    decoded = decode_html_detailed(page(f'<meta charset="{label}">').encode())
    assert (decoded.encoding, decoded.method) == ("utf-8", "detected")
    assert body_text(decoded.text) == TEXT


def test_other_declared_codecs_are_used() -> None:
    text = "ロシア軍、東部で攻勢を強める"
    data = page('<meta charset="shift_jis">', text).encode("shift_jis")
    decoded = decode_html_detailed(data)
    assert (decoded.encoding, body_text(decoded.text)) == ("shift_jis", text)


# ---------------------------------------------------------------------------------------
# Lying declarations


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "ascii", "windows-1258"])
def test_single_byte_declaration_over_utf8_bytes_is_utf8(label: str) -> None:
    decoded = decode_html_detailed(page(f'<meta charset="{label}">').encode())
    assert (decoded.encoding, decoded.method) == ("utf-8", "detected")
    assert body_text(decoded.text) == TEXT


@pytest.mark.parametrize("encoding", ["windows-1258", "vni", "viscii", "tcvn3"])
def test_utf8_declaration_over_legacy_bytes_is_detected(encoding: str) -> None:
    decoded = decode_html_detailed(from_unicode(page('<meta charset="utf-8">'), encoding))
    assert (decoded.encoding, decoded.method) == (encoding, "detected")
    assert body_text(decoded.text) == TEXT


def test_windows_1252_declaration_over_vni_bytes_is_vni() -> None:
    # The usual VNI web page: declared iso-8859-1, shown with a VNI font.
    source = page('<meta charset="iso-8859-1"><style>p{font-family:"VNI-Times"}</style>')
    decoded = decode_html_detailed(from_unicode(source, "vni"))
    assert (decoded.encoding, decoded.method) == ("vni", "detected")
    assert body_text(decoded.text) == TEXT


@pytest.mark.parametrize("encoding", ["vni", "tcvn3", "viscii"])
def test_windows_1258_declaration_over_other_legacy_bytes_is_detected(encoding: str) -> None:
    decoded = decode_html_detailed(from_unicode(page('<meta charset="windows-1258">'), encoding))
    assert (decoded.encoding, decoded.method) == (encoding, "detected")
    assert body_text(decoded.text) == TEXT


def test_utf8_page_with_one_damaged_sequence_stays_utf8() -> None:
    data = page('<meta charset="utf-8">').encode()
    cut = data.index("mưa".encode()) + 2  # inside the two bytes of "ư"
    damaged = data[:cut] + data[cut + 1 :]
    decoded = decode_html_detailed(damaged)
    assert decoded.encoding == "utf-8"
    assert body_text(decoded.text) == TEXT.replace("mưa", "m\ufffda", 1)


# ---------------------------------------------------------------------------------------
# Byte-order marks


def test_utf8_bom_wins_over_declaration() -> None:
    data = b"\xef\xbb\xbf" + page('<meta charset="windows-1258">').encode()
    decoded = decode_html_detailed(data)
    assert (decoded.encoding, decoded.method) == ("utf-8", "bom")
    assert decoded.text.startswith("<html>")
    assert body_text(decoded.text) == TEXT


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        pytest.param(b"\xff\xfe", "utf-16-le", id="utf-16-le"),
        pytest.param(b"\xfe\xff", "utf-16-be", id="utf-16-be"),
    ],
)
def test_utf16_bom(bom: bytes, codec: str) -> None:
    decoded = decode_html_detailed(bom + page('<meta charset="utf-8">').encode(codec))
    assert (decoded.encoding, decoded.method) == (codec, "bom")
    assert body_text(decoded.text) == TEXT


# ---------------------------------------------------------------------------------------
# Detection without a declaration


@pytest.mark.parametrize("name", sorted(VIETNAMESE))
@pytest.mark.parametrize("encoding", ["windows-1258", "vni", "viscii", "tcvn3"])
def test_undeclared_legacy_page_is_detected_and_composed(encoding: str, name: str) -> None:
    text = VIETNAMESE[name]
    if encoding in ("viscii", "tcvn3"):  # no curly quotes in these tables
        text = text.replace("“", '"').replace("”", '"')
    decoded = decode_html_detailed(from_unicode(page(text=text), encoding))
    assert (decoded.encoding, decoded.method) == (encoding, "detected")
    assert body_text(decoded.text) == text
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_windows_1258_output_is_composed() -> None:
    data = from_unicode(page('<meta charset="windows-1258">'), "windows-1258")
    assert "\u0323".encode("cp1258") in data  # the bytes carry a combining dot below
    text = decode_html(data)
    assert unicodedata.is_normalized("NFC", text)
    assert "\u0323" not in text


@pytest.mark.parametrize("name", sorted(set(OTHER_LANGUAGES) - {"english"}))
def test_undeclared_western_page_falls_back_to_windows_1252(name: str) -> None:
    text = OTHER_LANGUAGES[name]
    decoded = decode_html_detailed(page(text=text).encode("cp1252"))
    assert decoded.encoding == "windows-1252"
    assert body_text(decoded.text) == text


def test_ascii_page_is_read_as_utf8() -> None:
    decoded = decode_html_detailed(page(text=OTHER_LANGUAGES["english"]).encode())
    assert (decoded.encoding, decoded.method) == ("utf-8", "detected")
    assert body_text(decoded.text) == OTHER_LANGUAGES["english"]


# ---------------------------------------------------------------------------------------
# Mojibake


def mojibake(text: str) -> str:
    """UTF-8 read as windows-1252 the way browsers do (undefined bytes as C1 controls)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in text.encode("utf-8")
    )


@pytest.mark.parametrize("name", ["flood", "council", "premier", "headline-capitals"])
def test_mojibake_page_is_repaired(name: str) -> None:
    text = VIETNAMESE[name]
    garbled = mojibake(text)
    assert "á»" in garbled or "áº" in garbled
    decoded = decode_html_detailed(page('<meta charset="utf-8">', garbled).encode())
    assert decoded.repaired
    assert body_text(decoded.text) == text


def test_punctuation_mojibake_is_repaired() -> None:
    garbled = "The councilâ€™s â€œnew planâ€\x9d â€“ approved"
    decoded = decode_html_detailed(page('<meta charset="utf-8">', garbled).encode())
    assert decoded.repaired
    assert body_text(decoded.text) == "The council’s “new plan” – approved"


def test_page_without_mojibake_is_not_touched() -> None:
    # "»" in breadcrumbs, "Ã" in a headline in capitals, "á" before a curly quote: all
    # normal, none of them mojibake.
    text = "Trang chủ » Thời sự » Xã hội. NGÃ BA ĐỒNG LỘC. Anh nói: “Quá”. Café « crème »"
    decoded = decode_html_detailed(page('<meta charset="utf-8">', text).encode())
    assert not decoded.repaired
    assert body_text(decoded.text) == text


# ---------------------------------------------------------------------------------------
# Never raises


@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data: bytes) -> None:
    decoded = decode_html_detailed(data)
    assert isinstance(decoded, DecodedHTML)
    assert isinstance(decoded.text, str)


@given(
    st.sampled_from(
        [
            "utf-8", "windows-1252", "windows-1258", "viscii", "tcvn", "vni", "shift_jis",
            "utf-16", "utf-7", "idna", "punycode", "unicode_escape", "rot13", "zlib",
            "undefined", "x-user-defined", "big5", "koi8-r", "",
        ]
    ),
    st.binary(max_size=500),
)  # fmt: skip
def test_declared_label_over_random_bytes_never_raises(label: str, tail: bytes) -> None:
    data = f'<meta charset="{label}">'.encode() + tail
    assert isinstance(decode_html(data), str)


@given(
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=300).filter(
        lambda t: not t.startswith("\ufeff")
    )
)
def test_utf8_text_decodes_to_itself(text: str) -> None:
    decoded = decode_html_detailed(text.encode("utf-8"))
    assert decoded.encoding == "utf-8"
    if not decoded.repaired:
        assert decoded.text == text


# ---------------------------------------------------------------------------------------
# The corpus: every real page decodes without mojibake


def _corpus_pages() -> list[Path]:
    return sorted(CORPUS.glob("*/*.html"))


@pytest.mark.corpus
@pytest.mark.parametrize("path", _corpus_pages(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_corpus_page_decodes_without_mojibake(path: Path) -> None:
    data = path.read_bytes()
    decoded = decode_html_detailed(data, source_name=str(path))
    assert decoded.encoding == "utf-8"
    assert "\ufffd" not in decoded.text
    assert not decoded.repaired
    assert not re.search("[ÃÄÆ][\u0080-\u00bf]|á»|áº|â€", decoded.text)
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    page_text = clean(html.unescape(re.sub(r"<[^>]+>", " ", decoded.text)))
    assert clean(expected["headline"]) in page_text


# -- the markup stripped before detection: linear, and what the old pattern stripped --------

_OLD_MARKUP = re.compile(rb"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)
_MARKUP_PIECES = [
    b"<",
    b">",
    b"<script>",
    b"<SCRIPT type=x>",
    b"</script >",
    b"</Script\n>",
    b"<style>",
    b"</style>",
    b"<scripts>",
    b"<!--",
    b"-->",
    b"-",
    b"<!-->",
    b"<p>",
    b"Vi\xea\xf6t",
    b" ",
]


@given(st.lists(st.sampled_from(_MARKUP_PIECES), max_size=30))
def test_markup_is_stripped_as_the_old_pattern_did(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    assert _strip_markup(data) == _OLD_MARKUP.sub(b" ", data)


@pytest.mark.parametrize(
    "filler", [b"<script>", b"<!--", b"<", b"<style x>"], ids=["script", "comment", "lt", "style"]
)
def test_unclosed_markup_under_a_legacy_declaration_decodes(filler: bytes) -> None:
    # 256 KB of unclosed markup: the old pattern rescanned to the end from each opener.
    page = b'<html><head><meta charset="windows-1252">' + filler * (262_144 // len(filler))
    assert decode_html(page).startswith("<html>")
