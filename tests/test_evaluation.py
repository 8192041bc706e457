"""evaluate and summarise: the corpus measures, checked on numbers worked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from vn_newsdoc.evaluation import Rate, body_score, evaluate, summarise
from vn_newsdoc.html.figures import split_credit
from vn_newsdoc.model import Article, Author, Byline, Figure, Paragraph, Person

VN = dt.timezone(dt.timedelta(hours=7))
UTC = dt.UTC

_EXPECTED = {
    "headline": "Lũ dâng cao ở miền Trung",
    "published": "2024-10-02T18:45:00+07:00",
    "updated": None,
    "lead": "Nước lũ dâng nhanh trong đêm.",
    "paragraphs": ["Người dân sơ tán từ chiều.", "Chính quyền hỗ trợ lương thực."],
    "captions": ["Nước ngập nhà dân ở Quảng Bình. Ảnh: Ngọc Thành", "Bộ đội giúp dân"],
    "authors": ["Ngọc Thành", "Hải Yến"],
    "source": None,
    "people": [{"name": "Nguyễn Văn An", "titles": []}, {"name": "Lê Thị Bình", "titles": []}],
}


def _article(**changes: object) -> Article:
    fields: dict[str, object] = {
        "headline": "Lũ dâng cao ở miền Trung",
        "published": dt.datetime(2024, 10, 2, 18, 45, 30, tzinfo=VN),
        "lead": "Nước lũ dâng nhanh trong đêm.",
        "body": (
            Paragraph("Người dân sơ tán từ chiều."),
            Figure(caption="Nước ngập nhà dân ở Quảng Bình.", credit="Ngọc Thành"),
            Paragraph("Chính quyền hỗ trợ lương thực."),
            Figure(caption="Bộ đội giúp dân"),
        ),
        "byline": Byline(authors=(Author("Ngọc Thành"), Author("Hải Yến"))),
        "people": (Person("Nguyễn Văn An"), Person("Lê Thị Bình")),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def test_a_perfect_reading_scores_everything() -> None:
    s = evaluate(_article(), _EXPECTED)
    assert (s.headline, s.published, s.published_day, s.lead, s.authors) == (
        True,
        True,
        True,
        True,
        True,
    )
    assert s.updated is None  # nothing expected: not scored
    assert s.source is None
    assert (s.body.precision, s.body.recall, s.body.f1) == (1.0, 1.0, 1.0)
    assert (s.body.extracted, s.body.expected) == (12, 12)
    assert (s.captions_expected, s.captions_found, s.captions_leaked) == (2, 2, 0)
    assert (s.people_expected, s.people_extracted, s.people_found) == (2, 2, 2)
    assert s.spurious == frozenset()


def test_text_fields_compare_after_normalisation_only() -> None:
    s = evaluate(_article(headline="Lũ dâng cao ở miền trung"), _EXPECTED)
    assert s.headline is False  # case is not normalised away
    decomposed = {**_EXPECTED, "headline": "Lu\u0303 dâng cao ở  miền Trung "}
    assert evaluate(_article(), decomposed).headline is True


@pytest.mark.parametrize(
    ("published", "minute", "day"),
    [
        pytest.param(dt.datetime(2024, 10, 2, 18, 45, tzinfo=VN), True, True, id="same-minute"),
        pytest.param(dt.datetime(2024, 10, 2, 18, 46, tzinfo=VN), False, True, id="minute-off"),
        pytest.param(dt.datetime(2024, 10, 2, 11, 45, tzinfo=UTC), False, True, id="utc-same"),
        pytest.param(
            dt.datetime(2024, 10, 2, 18, 45, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            False,
            True,
            id="false-offset",
        ),
        pytest.param(dt.datetime(2024, 10, 2, tzinfo=VN), False, True, id="date-only"),
        pytest.param(dt.datetime(2024, 10, 3, 1, 0, tzinfo=VN), False, False, id="next-day"),
        pytest.param(None, False, False, id="missing"),
    ],
)
def test_published_same_minute_and_offset(
    published: dt.datetime | None, minute: bool, day: bool
) -> None:
    s = evaluate(_article(published=published), _EXPECTED)
    assert (s.published, s.published_day) == (minute, day)


def test_values_where_none_is_expected_are_spurious_not_scored() -> None:
    expected = {**_EXPECTED, "published": None, "lead": None, "authors": []}
    s = evaluate(_article(updated=dt.datetime(2024, 10, 2, 20, 0, tzinfo=VN)), expected)
    assert (s.published, s.lead, s.authors, s.updated) == (None, None, None, None)
    assert s.spurious == frozenset({"published", "lead", "authors", "updated"})


def test_authors_in_order_and_source() -> None:
    swapped = Byline(authors=(Author("Hải Yến"), Author("Ngọc Thành")), source="TTXVN")
    s = evaluate(_article(byline=swapped), {**_EXPECTED, "source": "TTXVN"})
    assert s.authors is False
    assert s.source is True


def test_body_tokens_worked_by_hand() -> None:
    # Extracted: "a b b c d" (5 tokens); expected: "A b c c e f" (6 tokens).
    # Multiset overlap: a, b, c = 3. P = 3/5, R = 3/6, F1 = 2*0.6*0.5/1.1 = 6/11.
    s = body_score(["a b", "b c d"], ["A b c", "c e f"])
    assert s.precision == pytest.approx(0.6)
    assert s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(6 / 11)
    assert (s.extracted, s.expected) == (5, 6)


def test_body_edges() -> None:
    assert body_score([], []).f1 == 1.0
    assert body_score(["x"], []).f1 == 0.0
    assert body_score([], ["x"]).f1 == 0.0
    assert body_score(["Hà Nội"], ["hà  nội"]).f1 == 1.0


def test_caption_with_credit_split_off_is_found() -> None:
    s = evaluate(_article(), _EXPECTED)
    assert s.captions_found == 2  # "…Bình." + credit matches "…Bình. Ảnh: Ngọc Thành"


@pytest.mark.parametrize(
    ("extracted", "expected"),
    [
        pytest.param("Cầu mới - Ảnh: V.D", "Cầu mới - Ảnh: V.D", id="credit-kept-both"),
        pytest.param("Cầu mới", "Cầu mới - Ảnh: V.D", id="dash-credit"),
        pytest.param("Cầu mới.", "Cầu mới. Ảnh: Võ Hải.", id="full-stop-credit"),
        pytest.param("Cầu mới (Ảnh: TTXVN)", "Cầu mới", id="credit-only-extracted"),
        pytest.param("Cầu mới", "Cầu mới (Nguồn: Bộ GTVT)", id="source-credit"),
        pytest.param("Neue Brücke", "Neue Brücke (Foto: Max Muster)", id="foto-credit"),
        pytest.param("Neue Brücke", "Neue Brücke. Bild: Max Muster", id="bild-credit"),
        pytest.param("Le pont", "Le pont (Crédit : Jean Dupont)", id="credit-fr"),
        pytest.param("New bridge", "New bridge. Photo: Jane Roe", id="photo-credit"),
        pytest.param("Cầu mới", "Cầu mới - Ảnh - Ngọc Thành", id="dash-after-word"),
    ],
)
def test_caption_forms(extracted: str, expected: str) -> None:
    a = Article(headline="Cầu", body=(Figure(caption=extracted),))
    assert evaluate(a, {"headline": "Cầu", "captions": [expected]}).captions_found == 1


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("Cầu mới. Ảnh: Võ Hải.", id="anh"),
        pytest.param("Cầu mới (Ảnh: TTXVN)", id="anh-paren"),
        pytest.param("Cầu mới - Ảnh - Ngọc Thành", id="anh-dash"),
        pytest.param("Neue Brücke (Foto: Max Muster)", id="foto"),
        pytest.param("New bridge. Photo: Jane Roe", id="photo"),
        pytest.param("New bridge. Credit: Jane Roe", id="credit"),
        pytest.param("New bridge (Image: Jane Roe)", id="image"),
        pytest.param("Neue Brücke. © Max Muster/dpa", id="copyright-sign"),
        pytest.param("Neue Brücke. Bild: Max Muster", id="bild"),
        pytest.param("Số ca mắc theo tuần. Đồ họa: Tâm An", id="do-hoa"),
        pytest.param("Giá xăng các kỳ. Nguồn: Bộ Công Thương", id="nguon"),
    ],
)
def test_scorer_strips_what_the_reader_splits_off(caption: str) -> None:
    # The HTML reader stores the caption without its credit: the scorer must still match it.
    rest, credit = split_credit(caption)
    assert rest is not None
    assert credit is not None
    a = Article(headline="Cầu", body=(Figure(caption=rest, credit=credit),))
    assert evaluate(a, {"headline": "Cầu", "captions": [caption]}).captions_found == 1


def test_caption_words_not_a_credit_stay() -> None:
    a = Article(headline="Cầu", body=(Figure(caption="Cầu mới"),))
    got = evaluate(a, {"headline": "Cầu", "captions": ["Cầu mới (Ảnh minh hoạ)"]})
    assert got.captions_found == 0


def test_captions_leaked_into_the_body() -> None:
    body = (
        Paragraph("Người dân sơ tán từ chiều."),
        Paragraph("Nước ngập nhà dân ở Quảng Bình. Ảnh: Ngọc Thành"),  # leaked, whole
        Paragraph("Chính quyền hỗ trợ lương thực. Bộ đội giúp dân"),  # under five words: not a leak
    )
    s = evaluate(_article(body=body), _EXPECTED)
    assert (s.captions_found, s.captions_leaked) == (0, 1)
    glued = (Paragraph("Trước đó. Nước ngập nhà dân ở Quảng Bình. Sau đó."),)
    assert evaluate(_article(body=glued), _EXPECTED).captions_leaked == 1  # five words or more


def test_people_precision_and_recall_counts() -> None:
    people = (Person("Nguyễn Văn An"), Person("Hồ Chí Minh"), Person("Trần Cường"))
    s = evaluate(_article(people=people), _EXPECTED)
    assert (s.people_expected, s.people_extracted, s.people_found) == (2, 3, 1)


def test_summarise_worked_by_hand() -> None:
    perfect = evaluate(_article(), _EXPECTED)
    # Second page: headline wrong, no published expected, body half right, one caption of
    # two found, one leaked, people 1 of 3 extracted right and 1 of 2 expected found.
    second = evaluate(
        _article(
            headline="Khác",
            body=(
                Paragraph("Người dân sơ tán từ chiều."),
                Paragraph("Bộ đội giúp dân"),
                Figure(caption="Nước ngập nhà dân ở Quảng Bình."),
            ),
            people=(Person("Nguyễn Văn An"), Person("X Y"), Person("Z W")),
        ),
        {**_EXPECTED, "published": None},
    )
    # Body of the second page: extracted 6+4 = 10 tokens, expected 6+6 = 12; overlap 6
    # ("dân" appears once among the expected tokens and is counted once).
    assert second.body.precision == pytest.approx(0.6)
    assert second.body.recall == pytest.approx(0.5)
    t = summarise([perfect, second])
    assert t.pages == 2
    assert t.headline == Rate(1, 2)
    assert t.published == Rate(1, 1)
    assert t.lead == Rate(2, 2)
    assert t.body_f1 == pytest.approx((1 + second.body.f1) / 2)
    assert t.body_f1_min == pytest.approx(second.body.f1)
    assert t.captions_found == Rate(3, 4)
    assert t.captions_leaked == Rate(1, 4)
    assert t.people_precision == Rate(3, 5)
    assert t.people_recall == Rate(3, 4)
    assert dict(t.spurious) == {"published": 1}


def test_summarise_nothing() -> None:
    t = summarise([])
    assert t.pages == 0
    assert t.headline.value is None
    assert str(t.headline) == "n/a (0/0)"


@pytest.mark.parametrize(
    ("got", "want", "minute", "day"),
    [
        # The corpus writes a reading whose page gives only a date as midnight, Vietnam time.
        pytest.param(dt.date(2019, 1, 14), "2019-01-14T00:00:00+07:00", True, True, id="date"),
        pytest.param(dt.date(2019, 1, 13), "2019-01-14T00:00:00+07:00", False, False, id="eve"),
        pytest.param(dt.date(2019, 1, 14), "2019-01-14T08:30:00+07:00", False, True, id="timed"),
        pytest.param(dt.date(2019, 1, 14), "2019-01-14", True, True, id="both-dates"),
        pytest.param(dt.date(2019, 1, 15), "2019-01-14", False, False, id="other-date"),
        pytest.param(
            dt.datetime(2019, 1, 14, tzinfo=VN), "2019-01-14", True, True, id="midnight-vs-date"
        ),
        pytest.param(
            dt.datetime(2019, 1, 14, 9, 0, tzinfo=VN), "2019-01-14", False, True, id="time-vs-date"
        ),
        pytest.param(dt.datetime(2019, 1, 14, tzinfo=dt.UTC), "2019-01-14", False, True, id="utc"),
        pytest.param(None, "2019-01-14", False, False, id="missing"),
    ],
)
def test_a_date_without_a_time_is_the_start_of_that_day_in_vietnam_time(
    got: dt.date | None, want: str, minute: bool, day: bool
) -> None:
    s = evaluate(_article(published=got), {**_EXPECTED, "published": want})
    assert (s.published, s.published_day) == (minute, day)


def test_a_date_where_no_date_is_expected_is_spurious() -> None:
    s = evaluate(_article(updated=dt.date(2019, 1, 14)), {**_EXPECTED, "updated": None})
    assert s.updated is None
    assert "updated" in s.spurious
