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
        updated=dt.datetime(2024, 3, 12, 1, 0, tzinfo=dt.UTC),
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


# --- The marks: where the plain dump would read back otherwise. --------------------------


def test_write_text_marks_no_date_before_a_first_block_that_reads_as_a_date() -> None:
    # Issue 8, fault 7: the short first paragraph was read as the date line and lost.
    article = Article(headline="Tin", body=(Paragraph("a 01/07/2022%."), Paragraph("Hai câu.")))
    dump = write_text(article)
    assert dump == "Tin\n\nKhông có ngày đăng\n\na 01/07/2022%.\n\nHai câu.\n"
    assert read_text(dump) == article


@pytest.mark.parametrize(
    "first",
    [
        pytest.param(Paragraph("Ngày 1/7/2022, trời mưa."), id="date-in-a-sentence"),
        pytest.param(Figure(caption="01/07/2022 18:45"), id="caption-that-is-a-date-line"),
        pytest.param(Figure(caption="Cập nhật: 02/07/2022 08:00"), id="update-line"),
        pytest.param(Figure(caption="Không có ngày đăng"), id="the-mark-itself"),
    ],
)
def test_read_text_keeps_a_first_block_that_reads_as_a_date(first: Paragraph | Figure) -> None:
    article = Article(headline="Tin", body=(first, Paragraph("Hai câu.")))
    assert read_text(write_text(article)) == article


def test_read_text_no_date_mark_is_neither_logged_nor_strict_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="vn_newsdoc.formats.text"):
        article = read_text("Tin\n\nKhông có ngày đăng\n\nMột câu.\n", strict=True)
    assert article.published is None
    assert article.paragraphs == ("Một câu.",)
    assert not caplog.records


def test_write_text_without_dates_and_plain_first_block_has_no_mark() -> None:
    article = Article(headline="Tin", body=(Paragraph("Chiều 1/7, đoàn công tác đã đến."),))
    assert write_text(article) == "Tin\n\nChiều 1/7, đoàn công tác đã đến.\n"


@pytest.mark.parametrize(
    ("published", "line"),
    [
        # Issue 8, fault 8: +07:00 would fall in year 0; the time keeps its own offset.
        pytest.param(
            dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            "01/01/0001 00:00 +08:00",
            id="before-year-1-in-vietnam",
        ),
        pytest.param(
            dt.datetime(9999, 12, 31, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
            "31/12/9999 20:30 -03:00",
            id="after-year-9999-in-vietnam",
        ),
        # Issue 8, fault 9: years below 1000 are padded to four digits.
        pytest.param(dt.datetime(1, 1, 1, tzinfo=dt.UTC), "01/01/0001 07:00", id="y1"),
        pytest.param(dt.datetime(999, 3, 5, 8, 9, tzinfo=VN), "05/03/0999 08:09", id="y999"),
        pytest.param(dt.datetime(9999, 12, 31, 16, 59, tzinfo=dt.UTC), "31/12/9999 23:59"),
    ],
)
def test_write_text_times_at_the_edges_of_the_range(published: dt.datetime, line: str) -> None:
    article = Article(headline="Tin", published=published, updated=published)
    dump = write_text(article)
    assert dump == f"Tin\n\n{line}\nCập nhật: {line}\n"
    back = read_text(dump)
    assert back.published == published
    assert back.updated == published
    assert back.body == ()


@pytest.mark.parametrize(
    ("byline", "block"),
    [
        # Issue 8, fault 13: credits the byline reader does not recognise came back as
        # figure captions.
        # (A paper's name in sentence case, "Theo Taste of Country", is now read as a source
        # and needs no mark: see the test below.)
        pytest.param(Byline(source="taste of country"), "--\nTheo taste of country", id="source"),
        pytest.param(Byline(authors=(Author("PTI"),)), "--\nBài: PTI", id="agency"),
        pytest.param(Byline(authors=(Author("jdadmin"),)), "--\nBài: jdadmin", id="handle"),
        pytest.param(
            Byline(authors=(Author("Nguyễn Thị Hà"),), source="Kênh 14 (bản tin số 3)"),
            "--\nBài: Nguyễn Thị Hà\nTheo Kênh 14 (bản tin số 3)",
            id="unknown-source",
        ),
        pytest.param(
            Byline(
                authors=(
                    Author("Minh Anh - Hoàng Hiếu", roles=(Role.PHOTO, Role.VIDEO)),
                    Author("Theo: Minh", roles=(Role.TEXT,)),
                    Author("Minh Anh - Hoàng Hiếu", roles=(Role.PHOTO, Role.VIDEO)),
                )
            ),
            "--\nẢnh, video: Minh Anh - Hoàng Hiếu\nBài: Theo: Minh\n"
            "Ảnh, video: Minh Anh - Hoàng Hiếu",
            id="separators-in-names-and-a-repeat",
        ),
    ],
)
def test_write_text_marks_a_byline_the_plain_form_would_not_give_back(
    byline: Byline, block: str
) -> None:
    article = Article(headline="Tin", body=(Paragraph("Một câu."),), byline=byline)
    dump = write_text(article)
    assert dump == f"Tin\n\nMột câu.\n\n{block}\n"
    assert read_text(dump) == article


@pytest.mark.parametrize(
    "last",
    [
        pytest.param(Paragraph("Hai."), id="a-name-alone"),
        pytest.param(Figure(credit="Vi Thu"), id="a-credit-alone"),
        pytest.param(Figure(caption="Theo TTXVN"), id="a-source-line"),
        pytest.param(Figure(caption="--"), id="the-mark-itself"),
    ],
)
def test_write_text_marks_no_byline_after_a_last_block_that_reads_as_one(
    last: Paragraph | Figure,
) -> None:
    article = Article(headline="Tin", body=(Paragraph("Một câu."), last))
    dump = write_text(article)
    assert dump.endswith("\n\n--\n")
    assert read_text(dump) == article


def test_write_text_keeps_the_plain_byline_above_a_credit_like_last_block() -> None:
    article = Article(
        headline="Tin",
        body=(Paragraph("Một câu."), Figure(credit="Vi Thu")),
        byline=Byline(authors=(Author("Hà Linh"),), source="TTXVN"),
    )
    assert read_text(write_text(article)) == article


def test_read_text_marked_byline_forms() -> None:
    body = "Tin\n\n01/07/2022 18:45\n\nMột câu.\n\n"
    assert read_text(body + "--\nẢnh: jdadmin\nTheo Taste of Country\n").byline == Byline(
        authors=(Author("jdadmin", roles=(Role.PHOTO,)),), source="Taste of Country"
    )
    # A closing block under "--" that is not in the marked form is read as a plain dump's.
    plain = read_text(body + "--\nVi Thu\nTrung tâm TT&VH Móng Cái\n")
    assert plain.paragraphs == ("Một câu.",)
    assert plain.captions == ("--",)
    assert plain.byline == Byline(authors=(Author("Vi Thu"),), source="Trung tâm TT&VH Móng Cái")


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


@pytest.mark.parametrize(
    "date_line",
    ["01/07/2022", "Thứ sáu, 1/7/2022", "ngày 1 tháng 7 năm 2022", "Ngày đăng: 01.07.2022"],
)
def test_read_text_date_line_without_a_time_gives_a_date(date_line: str) -> None:
    article = read_text(f"Hội nghị tổng kết\n\n{date_line}\n\n{_BODY}")
    assert article.published == dt.date(2022, 7, 1)
    assert not isinstance(article.published, dt.datetime)  # no invented midnight


def test_a_date_without_a_time_is_written_without_one_and_read_back() -> None:
    article = Article(
        headline="Hội nghị tổng kết",
        published=dt.date(2022, 7, 1),
        updated=dt.date(2022, 7, 2),
        body=(Paragraph("Hội nghị diễn ra trong một ngày."),),
    )
    text = write_text(article)
    assert text.splitlines()[2:4] == ["01/07/2022", "Cập nhật: 02/07/2022"]
    assert read_text(text) == article


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


@pytest.mark.parametrize("source", ["Taste of Country", "Nhóm phóng viên miền núi", "Công lý"])
def test_write_text_leaves_a_source_in_sentence_case_unmarked(source: str) -> None:
    article = Article(headline="Tin", body=(Paragraph("Một câu."),), byline=Byline(source=source))
    dump = write_text(article)
    assert dump == f"Tin\n\nMột câu.\n\nTheo {source}\n"
    assert read_text(dump) == article
