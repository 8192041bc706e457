"""The plain-text dump form: the seed, the writer's exact shape, and the reader's tolerance."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest

from conftest import SEED
from vn_newsdoc import (
    Article,
    Author,
    Byline,
    Figure,
    Heading,
    ListItem,
    MalformedInputError,
    MissingFieldError,
    Paragraph,
    Person,
    Quote,
    Role,
)
from vn_newsdoc.formats.text import read_text, write_text

VN = dt.timezone(dt.timedelta(hours=7))
SEED_TXT = SEED / "mong-cai-2022-07-01.txt"
SEED_JSON = SEED / "mong-cai-2022-07-01.json"


# --- The seed: the dump this project began from, against its expected reading. ---------


@pytest.fixture(scope="module")
def seed() -> tuple[Article, dict[str, object]]:
    article = read_text(SEED_TXT.read_text(encoding="utf-8"), source_name=SEED_TXT.name)
    expected = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    return article, expected


@pytest.mark.corpus
def test_seed_headline(seed: tuple[Article, dict[str, object]]) -> None:
    article, expected = seed
    assert article.headline == expected["headline"]


@pytest.mark.corpus
def test_seed_published_is_first_of_july_vietnam_time(
    seed: tuple[Article, dict[str, object]],
) -> None:
    article, _ = seed
    assert article.published is not None
    assert article.published.isoformat() == "2022-07-01T18:45:00+07:00"


@pytest.mark.corpus
def test_seed_paragraphs_and_captions_in_order(seed: tuple[Article, dict[str, object]]) -> None:
    article, expected = seed
    assert article.paragraphs == tuple(expected["paragraphs"])  # type: ignore[arg-type]
    assert article.captions == tuple(expected["captions"])  # type: ignore[arg-type]
    # Captions keep their place: paragraph, caption, paragraph, caption, caption, ...
    kinds = ["F" if isinstance(b, Figure) else "P" for b in article.body]
    assert "".join(kinds) == "PFPFFPFPFP"


@pytest.mark.corpus
def test_seed_byline_and_source(seed: tuple[Article, dict[str, object]]) -> None:
    article, expected = seed
    assert article.byline is not None
    assert article.authors == tuple(expected["authors"])  # type: ignore[arg-type]
    assert article.byline.source == expected["source"]


@pytest.mark.corpus
def test_seed_loading_artefact_is_dropped(seed: tuple[Article, dict[str, object]]) -> None:
    article, _ = seed
    everything = [article.headline, *article.paragraphs, *article.captions]
    assert not any("Loading" in text for text in everything)


@pytest.mark.corpus
def test_seed_people_exactly(seed: tuple[Article, dict[str, object]]) -> None:
    article, expected = seed
    wanted = tuple(
        Person(p["name"], tuple(p["titles"]))
        for p in expected["people"]  # type: ignore[attr-defined]
    )
    assert article.people == wanted
    assert all("Hồ Chí Minh" not in p.name for p in article.people)


# --- The writer's exact shape. -----------------------------------------------------------


def test_write_text_exact_shape() -> None:
    article = Article(
        headline="Khánh thành cầu Hòa Bình",
        published=dt.datetime(2024, 3, 12, 9, 5, 30, tzinfo=VN),
        updated=dt.datetime(2024, 3, 12, 1, 0, tzinfo=dt.timezone.utc),
        lead="Sáng 12/3, cây cầu mới được đưa vào sử dụng.",
        body=(
            Paragraph("Cầu dài 300 m."),
            Figure(caption="Người dân qua cầu", credit="Hà Linh", src="a.jpg"),
            Heading("Kỳ vọng"),
            Figure(src="only-an-image.jpg"),
            Quote("“Chúng tôi chờ đã lâu.”"),
            ListItem("Tổng vốn: 500 tỷ đồng."),
        ),
        byline=Byline(
            authors=(
                Author("Minh Anh"),
                Author("Hoàng Hiếu"),
                Author("Hà Linh", roles=(Role.PHOTO,)),
            ),
            source="TTXVN",
        ),
    )
    assert write_text(article) == (
        "Khánh thành cầu Hòa Bình\n"
        "\n"
        "12/03/2024 09:05\n"
        "Cập nhật: 12/03/2024 08:00\n"
        "\n"
        "Sáng 12/3, cây cầu mới được đưa vào sử dụng.\n"
        "\n"
        "Cầu dài 300 m.\n"
        "\n"
        "Người dân qua cầu (Ảnh: Hà Linh)\n"
        "\n"
        "Kỳ vọng\n"
        "\n"
        "“Chúng tôi chờ đã lâu.”\n"
        "\n"
        "Tổng vốn: 500 tỷ đồng.\n"
        "\n"
        "Bài: Minh Anh - Hoàng Hiếu - Ảnh: Hà Linh\n"
        "Theo TTXVN\n"
    )


def test_write_text_only_text_authors_are_bare_names() -> None:
    article = Article(
        headline="Tin ngắn",
        byline=Byline(authors=(Author("Minh Anh"), Author("Hoàng Hiếu"))),
    )
    assert write_text(article).endswith("\n\nMinh Anh - Hoàng Hiếu\n")


def test_write_text_without_dates_has_no_date_line() -> None:
    assert write_text(Article(headline="Tin ngắn", body=(Paragraph("Một câu."),))) == (
        "Tin ngắn\n\nMột câu.\n"
    )


# --- The reader's tolerance. -------------------------------------------------------------

_BODY = "Hội nghị diễn ra trong một ngày.\n\nQuang cảnh hội nghị\n\nPV\n"


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        pytest.param("01/07/2022 18:45", "2022-07-01T18:45:00+07:00", id="dump-form-day-first"),
        pytest.param(
            "Thứ sáu, 1/7/2022, 18:45 (GMT+7)",
            "2022-07-01T18:45:00+07:00",
            id="vnexpress-gmt-plus-7-not-minus",
        ),
        pytest.param("18:45 ngày 01/07/2022", "2022-07-01T18:45:00+07:00", id="time-then-ngay"),
        pytest.param("18h45 ngày 1/7/2022", "2022-07-01T18:45:00+07:00", id="h-separator"),
        pytest.param(
            "Thứ Sáu, 01/07/2022 - 18:45", "2022-07-01T18:45:00+07:00", id="weekday-dash-time"
        ),
        pytest.param("12/3/2024 07:00", "2024-03-12T07:00:00+07:00", id="twelfth-of-march"),
        pytest.param(
            "Đăng lúc: 2022-07-01T11:45:00Z", "2022-07-01T11:45:00+00:00", id="iso-utc-kept"
        ),
    ],
)
def test_read_text_date_line_forms(date_line: str, expected: str) -> None:
    article = read_text(f"Hội nghị tổng kết\n\n{date_line}\n\n{_BODY}")
    assert article.published is not None
    assert article.published.isoformat() == expected
    assert article.paragraphs == ("Hội nghị diễn ra trong một ngày.",)
    assert article.captions == ("Quang cảnh hội nghị",)


def test_read_text_update_line_is_updated_not_published() -> None:
    article = read_text(
        "Hội nghị tổng kết\n\n01/07/2022 18:45\nCập nhật: 02/07/2022 08:00\n\n" + _BODY
    )
    assert article.published == dt.datetime(2022, 7, 1, 18, 45, tzinfo=VN)
    assert article.updated == dt.datetime(2022, 7, 2, 8, 0, tzinfo=VN)


def test_read_text_relative_date_needs_reference() -> None:
    reference = dt.datetime(2024, 5, 20, 10, 0, tzinfo=VN)
    article = read_text("Hội nghị tổng kết\n\n2 giờ trước\n\n" + _BODY, reference=reference)
    assert article.published == dt.datetime(2024, 5, 20, 8, 0, tzinfo=VN)


def test_read_text_headline_and_date_without_blank_line() -> None:
    article = read_text("Hội nghị tổng kết\n01/07/2022 18:45\nMột câu.\n")
    assert article.headline == "Hội nghị tổng kết"
    assert article.published == dt.datetime(2022, 7, 1, 18, 45, tzinfo=VN)
    assert article.paragraphs == ("Một câu.",)


def test_read_text_missing_date_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="vn_newsdoc.formats.text"):
        article = read_text("Hội nghị tổng kết\n\nMột câu.\n", source_name="a.txt")
    assert article.published is None
    assert article.paragraphs == ("Một câu.",)
    assert "a.txt" in caplog.text
    assert "no publication date" in caplog.text


def test_read_text_missing_date_raises_when_strict() -> None:
    with pytest.raises(MissingFieldError) as info:
        read_text("Hội nghị tổng kết\n\nMột câu.\n", source_name="a.txt", strict=True)
    assert info.value.field == "published"
    assert info.value.source == "a.txt"


@pytest.mark.parametrize("empty", ["", "\n\n", "  \u00a0 \n", "Loading...\n"])
def test_read_text_empty_has_no_headline(empty: str) -> None:
    with pytest.raises(MissingFieldError) as info:
        read_text(empty)
    assert info.value.field == "headline"


def test_read_text_bytes_must_be_utf8() -> None:
    with pytest.raises(MalformedInputError) as info:
        read_text(b"Tin \xff\xfe ngan", source_name="b.txt")
    assert info.value.position == 4
    assert info.value.source == "b.txt"


def test_read_text_bytes_with_bom() -> None:
    article = read_text("\ufeffTin ngắn\n\n01/07/2022 18:45\n\nMột câu.\n".encode())
    assert article.headline == "Tin ngắn"


def test_read_text_cleans_white_space_and_composes_nfc() -> None:
    article = read_text("Thu\u0309y  điện\u00a0Hòa Bình\n\nMột\u200b câu  dài.\n")
    assert article.headline == "Thủy điện Hòa Bình"
    assert article.paragraphs == ("Một câu dài.",)


def test_read_text_caption_credit_split() -> None:
    article = read_text("Tin\n\nCầu mới (Ảnh: Hà Linh)\n\nẢnh: Ngọc Thành\n\nMột câu.\n")
    assert article.figures == (
        Figure(caption="Cầu mới", credit="Hà Linh"),
        Figure(credit="Ngọc Thành"),
    )


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        pytest.param("Cầu mới (Ảnh: Hà Linh)", "Cầu mới", "Hà Linh", id="parenthesised"),
        pytest.param("Cầu mới - Ảnh: Hà Linh", "Cầu mới", "Hà Linh", id="dash"),
        pytest.param("Cầu mới. Ảnh: Hà Linh", "Cầu mới.", "Hà Linh", id="after-sentence"),
        pytest.param("Cầu mới - (Ảnh: Hà Linh)", "Cầu mới -", "Hà Linh", id="dash-is-caption"),
        pytest.param("(Ảnh minh họa: TTXVN)", None, "TTXVN", id="credit-alone"),
    ],
)
def test_read_text_caption_credit_forms(line: str, caption: str | None, credit: str) -> None:
    article = read_text(f"Tin\n\n{line}\n\nMột câu.\n")
    assert article.figures == (Figure(caption=caption, credit=credit),)


def test_read_text_long_unpunctuated_block_is_a_paragraph() -> None:
    long_line = " ".join(["chữ"] * 100)
    article = read_text(f"Tin\n\n{long_line}\n")
    assert article.body == (Paragraph(long_line),)
