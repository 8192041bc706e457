"""Hypothesis strategies that draw real-looking Vietnamese articles.

Import them in any test file (``tests`` is on pytest's ``pythonpath`` and on mypy's path)::

    from strategies import articles, vietnamese_text

Every strategy draws values that the model accepts as they are: text has been passed through
:func:`vn_newsdoc.text.clean`, times are aware datetimes or dates without a time. The text
is built from real Vietnamese syllable structure (onset, vowel nucleus, coda, one of the six
tones), spelled with precomposed letters, with combining marks, or fully decomposed, in
lower, title and upper case, mixed with digits, punctuation, typographic quotes and the
characters that XML and JSON must escape, so the writers and readers meet what real pages
give them.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import unicodedata
from typing import TypeVar

from hypothesis import strategies as st

from vn_newsdoc.model import (
    Article,
    Author,
    Block,
    Byline,
    Figure,
    Heading,
    ListItem,
    Paragraph,
    Person,
    Quote,
    Role,
)
from vn_newsdoc.text import clean

T = TypeVar("T")

__all__ = [
    "VIETNAM",
    "articles",
    "blocks",
    "bylines",
    "people",
    "syllables",
    "text_parts",
    "timestamps",
    "vietnamese_text",
    "whens",
]

VIETNAM = dt.timezone(dt.timedelta(hours=7))
"""Vietnam time, +07:00: the offset most drawn times carry."""

# --- Syllables ---------------------------------------------------------------------------

_ONSETS = (
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
    "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
)  # fmt: skip
# Vowel nuclei with the index of the letter that takes the tone mark (new-style placement).
_NUCLEI: tuple[tuple[str, int], ...] = (
    ("a", 0), ("ă", 0), ("â", 0), ("e", 0), ("ê", 0), ("i", 0), ("o", 0), ("ô", 0),
    ("ơ", 0), ("u", 0), ("ư", 0), ("y", 0), ("ai", 0), ("ao", 0), ("au", 0), ("ay", 0),
    ("âu", 0), ("ây", 0), ("eo", 0), ("êu", 0), ("ia", 0), ("iê", 1), ("iu", 0), ("oa", 1),
    ("oă", 1), ("oe", 1), ("oi", 0), ("ôi", 0), ("ơi", 0), ("ua", 0), ("uâ", 1), ("ui", 0),
    ("uô", 1), ("uơ", 1), ("uy", 1), ("uyê", 2), ("ưa", 0), ("ưi", 0), ("ươ", 1),
    ("ươi", 1), ("ưu", 0), ("yê", 1), ("oai", 1), ("uôi", 1), ("oay", 1),
)  # fmt: skip
_CODAS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
"""No tone (ngang), huyền, sắc, ngã, hỏi, nặng: every tone mark, as combining marks."""


# Every (onset, nucleus, coda, tone) combination and every spelling of it: one integer
# picks a syllable, which keeps long articles quick to generate.
_SYLLABLES = tuple(
    (onset, nucleus, where, coda, tone)
    for onset in _ONSETS
    for nucleus, where in _NUCLEI
    for coda in _CODAS
    for tone in _TONES
)
_SPELLINGS = tuple(
    (form, case)
    for form in ("nfc", "combining", "nfd")
    for case in ("lower", "lower", "lower", "lower", "title", "upper")
)
_N_SYLLABLES = len(_SYLLABLES) * len(_SPELLINGS)


def _syllable(index: int) -> str:
    """The syllable numbered ``index`` (0 <= index < _N_SYLLABLES), spelled as it says."""
    onset, nucleus, where, coda, tone = _SYLLABLES[index // len(_SPELLINGS)]
    form, case = _SPELLINGS[index % len(_SPELLINGS)]
    syllable = onset + nucleus[: where + 1] + tone + nucleus[where + 1 :] + coda
    if form == "nfc":
        syllable = unicodedata.normalize("NFC", syllable)
    elif form == "nfd":
        syllable = unicodedata.normalize("NFD", syllable)
    if case == "title":
        syllable = syllable[:1].upper() + syllable[1:]
    elif case == "upper":
        syllable = syllable.upper()
    return syllable


def syllables() -> st.SearchStrategy[str]:
    """One Vietnamese syllable, in any of the spellings pages use.

    The tone mark goes on the letter that carries it; the syllable is then spelled
    precomposed (NFC), with the tone as a combining mark after a precomposed base letter,
    or fully decomposed (NFD), in lower case, title case or upper case (so ``Đ`` and
    upper-case toned letters appear). The result is not yet clean: pass it through
    :func:`vn_newsdoc.text.clean` (as :func:`vietnamese_text` does).
    """
    return _SYLLABLE


_SYLLABLE = st.integers(0, _N_SYLLABLES - 1).map(lambda i: _syllable(i * _SPREAD % _N_SYLLABLES))

# Tokens other than syllables: numbers and dates, and the characters that XML and JSON
# writers must escape, with other marks pages use.
_EXTRAS = (
    *(str(n) for n in (0, 1, 7, 12, 20, 45, 100, 2022, 2024)),
    "1/7", "01/07/2022", "18:45", "18h45", "12,5%", "20.000 đồng", "1,2 tỷ đồng", "120 m²",
    "-", "–", "—", "&", "<", ">", "/", "\\", '"', "'", "]]>", "&amp;", "<b>", "(Dân trí)",
    "TTO -", "COVID-19", "TP.HCM", "UBND", "😀",
)  # fmt: skip
_PREFIXES = ("",) * 20 + ("“", '"', "‘", "(")
_SUFFIXES = ("",) * 16 + (",", ".", ":", ";", "!", "?", "…", "%", "”", '"', "’", ")")
_SPACES = (" ",) * 16 + ("  ", "\u00a0", "\t", "\n", " \u200b", "\r\n")
# One integer per word: a syllable (seven in eight) or an extra, with a prefix, a suffix
# and the space before it, decoded by mixed radix.
_N_WORDS = _N_SYLLABLES + _N_SYLLABLES // 7
_N_SPELLED_WORDS = _N_WORDS * len(_PREFIXES) * len(_SUFFIXES) * len(_SPACES)
_WORD = st.integers(0, _N_SPELLED_WORDS - 1)
# Hypothesis draws small integers more often than large ones; multiplying by a large
# number prime to the range spreads them over every syllable and spelling.
_SPREAD = 2_654_435_761
assert math.gcd(_SPREAD, _N_SPELLED_WORDS) == 1


def _word(index: int) -> str:
    index = index * _SPREAD % _N_SPELLED_WORDS
    index, space = divmod(index, len(_SPACES))
    index, suffix = divmod(index, len(_SUFFIXES))
    index, prefix = divmod(index, len(_PREFIXES))
    word = _syllable(index) if index < _N_SYLLABLES else _EXTRAS[index % len(_EXTRAS)]
    return _SPACES[space] + _PREFIXES[prefix] + word + _SUFFIXES[suffix]


def _join(indexes: list[int]) -> str:
    """Clean text from word numbers; never empty, since every word has a visible letter."""
    return clean("".join(_word(i) for i in indexes))


@functools.cache
def vietnamese_text(*, min_words: int = 1, max_words: int = 12) -> st.SearchStrategy[str]:
    """Clean, non-empty Vietnamese text of ``min_words`` to ``max_words`` words.

    Words are mostly :func:`syllables` (all six tones, ``đ``/``Đ``, every case,
    precomposed letters and combining marks; Vietnamese writes one syllable a word), with
    numbers and dates (``1/7``, ``12,5%``, ``20.000 đồng``), punctuation, quotes
    (``“…”``, ``"…"``), an emoji, and the characters writers must escape (``&``, ``<``,
    ``]]>``). They are joined with odd white space (no-break spaces, tabs, line breaks,
    zero-width spaces) and passed through :func:`vn_newsdoc.text.clean`, so the result is
    NFC, singly spaced and accepted by the model. Each word is one draw, so long texts
    are cheap.
    """
    if min_words < 1:
        raise ValueError("min_words must be at least 1: the model has no empty text")
    return st.lists(_WORD, min_size=min_words, max_size=max_words).map(_join)


@functools.cache
def _optional(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str | None]:
    return st.none() | strategy


# --- Times --------------------------------------------------------------------------------

_OFFSETS = st.one_of(
    st.just(VIETNAM),
    st.just(VIETNAM),
    st.just(VIETNAM),
    st.sampled_from((dt.UTC, dt.timezone(dt.timedelta(0)))),
    # Whole-hour and non-whole-hour offsets on both sides of UTC (India +05:30, Nepal
    # +05:45, Newfoundland -03:30, Marquesas -09:30, Chatham +12:45, Line Islands +14:00).
    st.sampled_from((330, 345, -210, -570, 765, 840, -720, 60, -300, 480, 570)).map(
        lambda m: dt.timezone(dt.timedelta(minutes=m))
    ),
    st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
)


@st.composite
def timestamps(draw: st.DrawFn) -> dt.datetime:
    """Aware datetimes from 1900 to 2100, mostly in Vietnam time (+07:00).

    About half carry +07:00; the rest carry UTC or another offset of whole minutes
    within ±14:00, negative and non-whole-hour ones included. Some fall on midnight
    (a time of day that must stay apart from a date without one), some on the whole minute
    (what pages print), others have seconds and microseconds.
    """
    day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
    precision = draw(st.sampled_from(("midnight", "minute", "minute", "second", "micro")))
    hour = minute = second = micro = 0
    if precision != "midnight":
        hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    if precision in ("second", "micro"):
        second = draw(st.integers(0, 59))
    if precision == "micro":
        micro = draw(st.integers(1, 999_999))
    tz = draw(_OFFSETS)
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, micro, tzinfo=tz)


# --- Byline and people --------------------------------------------------------------------

_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Bùi", "Đỗ")
_MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc")
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lan", "Nam", "Thành", "Thu", "Đô")
_ORGANISATIONS = ("TTXVN", "Trung tâm TT&VH Móng Cái", "VnExpress", "Reuters", "Báo Nhân Dân")
_TITLES = (
    "Phó Bí thư Thường trực Thành ủy",
    "Chủ tịch UBND tỉnh",
    "Thượng tá",
    "PGS.TS",
    "Giám đốc Sở Y tế",
    "Bộ trưởng Bộ Tài chính",
)


@functools.cache
def _names() -> st.SearchStrategy[str]:
    real = st.builds(
        lambda s, m, g: f"{s} {m} {g}" if m else f"{s} {g}",
        st.sampled_from(_SURNAMES),
        st.sampled_from((*_MIDDLE, "")),
        st.sampled_from(_GIVEN),
    )
    return real | vietnamese_text(max_words=4)


@functools.cache
def _authors() -> st.SearchStrategy[Author]:
    return st.builds(
        Author,
        _names(),
        st.lists(st.sampled_from(Role), min_size=1, max_size=3, unique=True).map(tuple),
    )


_ORGANISATION = st.sampled_from(_ORGANISATIONS) | vietnamese_text(max_words=5)


@st.composite
def bylines(draw: st.DrawFn) -> Byline:
    """A :class:`~vn_newsdoc.model.Byline`: zero to four authors, each with one to three
    distinct roles, and maybe a source organisation (never neither)."""
    authors = tuple(draw(st.lists(_authors(), max_size=4)))
    source = draw(_ORGANISATION if not authors else _optional(_ORGANISATION))
    return Byline(authors=authors, source=source)


@functools.cache
def people() -> st.SearchStrategy[Person]:
    """A :class:`~vn_newsdoc.model.Person` with zero to three titles (real ones, such as
    ``Chủ tịch UBND tỉnh``, and drawn text)."""
    titles = st.sampled_from(_TITLES) | vietnamese_text(max_words=6)
    return st.builds(Person, _names(), st.lists(titles, max_size=3).map(tuple))


# --- Body ---------------------------------------------------------------------------------

_URLS = st.builds(
    lambda host, path, n: f"https://{host}/{path}-{n}.html",
    st.sampled_from(("vnexpress.net", "dantri.com.vn", "tuoitre.vn", "baochinhphu.vn")),
    st.sampled_from(("thoi-su", "kinh-doanh", "gia-vang-giam", "mua-lon")),
    st.integers(1, 10**10),
)
_IMAGE_SRC = st.builds(
    lambda n, ext: f"https://i.example.vn/2022/07/01/anh-{n}.{ext}?w=680&h=0",
    st.integers(1, 10**6),
    st.sampled_from(("jpg", "png", "webp")),
)


_CAPTION = _optional(vietnamese_text(max_words=20))
_CREDIT = _optional(_names())
_SRC = _optional(_IMAGE_SRC | vietnamese_text(max_words=2))


@st.composite
def _figures(draw: st.DrawFn) -> Figure:
    caption = draw(_CAPTION)
    credit = draw(_CREDIT)
    src = draw(_SRC)
    if caption is None and credit is None and src is None:
        src = draw(_IMAGE_SRC)
    return Figure(caption=caption, credit=credit, src=src)


_FIGURE = _figures()


@functools.cache
def blocks() -> st.SearchStrategy[Block]:
    """One body block of any type: a paragraph (most often), a subheading of level 2 to 6,
    a quote, a list item, or a figure with or without each of caption, credit and src."""
    return st.one_of(
        st.builds(Paragraph, vietnamese_text(max_words=30)),
        st.builds(Heading, vietnamese_text(max_words=10), st.integers(2, 6)),
        st.builds(Quote, vietnamese_text(max_words=25)),
        st.builds(ListItem, vietnamese_text(max_words=15)),
        _FIGURE,
    )


def whens() -> st.SearchStrategy[dt.date]:
    """What an article's ``published`` and ``updated`` hold: mostly aware datetimes
    (:func:`timestamps`), and about one in four a date without a time (1900 to 2100), as
    read from a page that gives only a date."""
    dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
    return st.one_of(timestamps(), timestamps(), timestamps(), dates)


_OPTIONAL_TIME = st.none() | whens()
_OPTIONAL_BYLINE = st.none() | bylines()
_SHORT_BODY = st.lists(blocks(), min_size=1, max_size=6)
_DISTINCT_BLOCKS = st.lists(blocks(), min_size=4, max_size=10)
_HEADLINE = vietnamese_text(max_words=20)
_LEAD = _optional(vietnamese_text(max_words=40))
_OUTLET = _optional(st.sampled_from(("TTO", "Dân trí", "VOV")) | vietnamese_text())
_PEOPLE = st.lists(people(), max_size=5).map(tuple)
_SITE = _optional(st.sampled_from(("vnexpress.net", "Báo Chính phủ")))
_SECTION = _optional(st.sampled_from(("Thời sự", "Kinh doanh")) | vietnamese_text())
_TAGS = st.lists(vietnamese_text(max_words=4), max_size=6).map(tuple)
_OPTIONAL_URL = _optional(_URLS)
# The same fields, present: one article in four or five is drawn whole, every field filled. Drawn
# field by field from the optional strategies, such an article came once in 150 draws,
# too rarely for the round trips to meet it often, and for a test to find one for sure.
_WHOLE_TIME = whens()
_WHOLE_LEAD = vietnamese_text(max_words=40)
_WHOLE_OUTLET = st.sampled_from(("TTO", "Dân trí", "VOV")) | vietnamese_text()
_WHOLE_BYLINE = bylines()
_WHOLE_PEOPLE = st.lists(people(), min_size=1, max_size=5).map(tuple)
_WHOLE_SITE = st.sampled_from(("vnexpress.net", "Báo Chính phủ"))
_WHOLE_SECTION = st.sampled_from(("Thời sự", "Kinh doanh")) | vietnamese_text()
_WHOLE_TAGS = st.lists(vietnamese_text(max_words=4), min_size=1, max_size=6).map(tuple)
# Whether an article is drawn whole: the last choice, which hypothesis draws least.
_IS_WHOLE = st.sampled_from((False, False, False, False, True))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A whole :class:`~vn_newsdoc.model.Article`.

    Every optional field is sometimes absent and sometimes present, and one article in
    five has them all; the body is empty, short, or long (20 to 40 blocks of every type,
    some repeated); people, tags and the byline vary the same way.
    """
    size = draw(st.sampled_from(("empty", "short", "short", "long")))
    if size == "empty":
        body: tuple[Block, ...] = ()
    elif size == "short":
        body = tuple(draw(_SHORT_BODY))
    else:
        # A long body repeats a few drawn blocks in a drawn order: drawing every one of
        # 20 to 40 blocks afresh would make each example slow without finding more.
        distinct = draw(_DISTINCT_BLOCKS)
        order = draw(st.lists(st.integers(0, len(distinct) - 1), min_size=20, max_size=40))
        body = tuple(distinct[i] for i in order)
    whole = draw(_IS_WHOLE)

    def field(present: st.SearchStrategy[T], optional: st.SearchStrategy[T | None]) -> T | None:
        return draw(present if whole else optional)

    return Article(
        headline=draw(_HEADLINE),
        published=field(_WHOLE_TIME, _OPTIONAL_TIME),
        updated=field(_WHOLE_TIME, _OPTIONAL_TIME),
        lead=field(_WHOLE_LEAD, _LEAD),
        outlet=field(_WHOLE_OUTLET, _OUTLET),
        body=body,
        byline=field(_WHOLE_BYLINE, _OPTIONAL_BYLINE),
        people=draw(_WHOLE_PEOPLE if whole else _PEOPLE),
        url=field(_URLS, _OPTIONAL_URL),
        site=field(_WHOLE_SITE, _SITE),
        section=field(_WHOLE_SECTION, _SECTION),
        tags=draw(_WHOLE_TAGS if whole else _TAGS),
    )


def text_parts(
    pieces: st.SearchStrategy[str], separators: st.SearchStrategy[str], *, max_pieces: int
) -> st.SearchStrategy[tuple[str, int, int]]:
    """A clean text of up to ``max_pieces`` pieces, each followed by a separator, and where
    a part of it starts and ends (``text[start:end]``, possibly empty).

    >>> from hypothesis import find
    >>> find(text_parts(st.just("Hà"), st.just(" "), max_pieces=3), lambda p: p[1] < p[2])
    ('Hà', 0, 1)
    """

    @st.composite
    def parts(draw: st.DrawFn) -> tuple[str, int, int]:
        words = draw(st.lists(pieces, max_size=max_pieces))
        seps = draw(st.lists(separators, min_size=len(words), max_size=len(words)))
        text = clean("".join(w + s for w, s in zip(words, seps, strict=True)))
        start = draw(st.integers(0, len(text)))
        return text, start, draw(st.integers(start, len(text)))

    return parts()
