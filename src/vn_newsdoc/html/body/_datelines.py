"""Date lines in the body: a line that only says when the article was posted is not text.

Pages print the posting time inside the element holding the article ("Thứ Ba, 25/12/2012 -
10:03", "25 December 2012 Last updated at 07:22 GMT", "Di, 10:19 Uhr"). Such a line is
left out of the body whether or not its date can be read; reading it is the date reader's
job, which sees the blocks before they are dropped.
"""

from __future__ import annotations

import re
from typing import Final

from vn_newsdoc.html._hints import DATE_LINE_CLASS
from vn_newsdoc.html._thresholds import DATE_LINE_NUMBERS
from vn_newsdoc.html.body._walk import BodyBlock
from vn_newsdoc.vi._wordlists import alternation, read_pairs

__all__ = ["drop_date_lines", "is_date_block", "is_date_line"]

_DATE_LINE_MAX: Final = 90  # characters: a longer line says more than a date
_DATE_CLASS_MAX: Final = 120  # characters: the most a date-classed block at the top may hold
_TOP_BLOCKS: Final = (
    4  # text blocks at the top of the body where a date-classed block is looked for
)

# Month and weekday names and their short forms (vi/data/date_line_names.tsv).
_NAMES: Final = read_pairs("date_line_names.tsv", frozenset({"month", "weekday"}))
_MONTHS: Final = alternation(name for name, kind in _NAMES if kind == "month")
_WEEKDAYS: Final = alternation(name for name, kind in _NAMES if kind == "weekday")
# Words a date line is made of, besides numbers: months, weekdays, time zones and the
# labels put before a date, in Vietnamese, English, German and French.
_DATE_WORDS_RE: Final = re.compile(
    rf"\b(?:{_WEEKDAYS}|{_MONTHS}|"
    r"ngày|tháng|năm|"
    r"lúc|giờ|phút|sáng|chiều|tối|cập\s+nhật|đăng(?:\s+lúc|\s+ngày)?|"
    r"uhr|am|um|vom|stand|aktualisiert|veröffentlicht|"
    r"le|à|publié|mis\s+à\s+jour|"
    r"last\s+updated|updated|published|posted|on|at|"
    r"[ap]\.?m\.?|gmt|utc|(?-i:[A-Z]{2,4})"
    r")\b",
    re.IGNORECASE,
)
_DIGITS_RE: Final = re.compile(r"\d+")
# What makes numbers a date or a time: 10:03, 10h03, 25/12, 31.10., or a month's name.
_SHAPE_RE: Final = re.compile(
    rf"\b\d{{1,2}}\s*[:h]\s*\d{{2}}\b|\b\d{{1,2}}[/.-]\d{{1,2}}\b|\b(?:tháng|{_MONTHS})\b",
    re.IGNORECASE,
)
_LETTER_RE: Final = re.compile(r"[^\W\d_]")

# What each run of word characters (``\w+``) that a match of _DATE_WORDS_RE takes can be,
# in lower case: a word of a name or label above (a match starts at a word's start, as
# every one of them does, and ends at a word's end, so it takes whole runs), or a run of
# two to four capitals (its time zone branch, which heeds case).
_DATE_RUNS: Final = frozenset(
    run.lower() for name, _ in _NAMES for run in re.findall(r"\w+", name)
) | frozenset(
    (
        *("ngày", "tháng", "năm", "lúc", "giờ", "phút", "sáng", "chiều", "tối", "cập"),
        *("nhật", "đăng", "uhr", "am", "um", "vom", "stand", "aktualisiert"),
        *("veröffentlicht", "le", "à", "publié", "mis", "jour", "last", "updated"),
        *("published", "posted", "on", "at", "a", "p", "m", "pm", "gmt", "utc"),
    )
)
_RUN_RE: Final = re.compile(r"\w+")
_ZONE_MAX: Final = 4  # capitals of the time zone branch, at most
# Characters the case-blind expression takes for a letter of those words though their
# lower case is another (``İ``, dotless ``ı``, long ``ſ``; a test checks the list against
# all of Unicode): a text holding one is left to the expression.
_CASE_FOLDS_RE: Final = re.compile("[\u0130\u0131\u017f]")


def _more_than_dates(text: str) -> bool:
    """Whether ``text`` holds more than one letter in runs of word characters that no match
    of ``_DATE_WORDS_RE`` takes, so that :func:`is_date_line` is false whatever the
    expressions say: each run is looked up among ``_DATE_RUNS`` (a set, not the
    expression's hundred-odd alternatives tried at each word's start, most of a date
    line's look). ``False`` where that cannot be told.

    >>> _more_than_dates("Quy định trên có hiệu lực từ ngày 1/3/2026."), _more_than_dates(
    ...     "Thứ Ba, 25/12/2012 - 10:03 GMT")
    (True, False)
    """
    if _CASE_FOLDS_RE.search(text) is not None:
        return False
    letters = 0
    for run in _RUN_RE.findall(text):
        if run.lower() in _DATE_RUNS or (
            len(run) <= _ZONE_MAX and run.isascii() and run.isalpha() and run.isupper()
        ):
            continue  # a date word, or a time zone's capitals: a match may take it
        letters += len(_LETTER_RE.findall(run))
        if letters > 1:
            return True
    return False


def is_date_line(text: str) -> bool:
    """Whether a line says only when something was posted (a date, a time, their labels).

    Args:
        text: A clean line of text.

    Returns:
        True for a short line of at least two numbers, shaped as a date or a time, and
        nothing but date words.

    >>> is_date_line("Thứ Ba, 25/12/2012 - 10:03"), is_date_line("Di, 10:19 Uhr")
    (True, True)
    >>> is_date_line("Ngày 25/12, trời mưa to ở Hà Nội.")
    False
    """
    if len(text) > _DATE_LINE_MAX or len(_DIGITS_RE.findall(text)) < DATE_LINE_NUMBERS:
        return False
    # The words first: a line of text (most lines with two numbers) is told by them,
    # and the expressions below are not tried.
    if _more_than_dates(text) or _SHAPE_RE.search(text) is None:
        return False
    rest = _DATE_WORDS_RE.sub(" ", text)
    return len(_LETTER_RE.findall(rest)) <= 1


def _date_classed(block: BodyBlock) -> bool:
    el = block.element
    if el is None or len(block.text) > _DATE_CLASS_MAX:
        return False
    # The number first: most short blocks hold none (captions, subheadings, labels), and
    # their element's class and id are not read (each a search of its attributes).
    if not any(c.isdigit() for c in block.text):
        return False
    hint = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(hint.strip()) and bool(DATE_LINE_CLASS.search(hint))


def is_date_block(block: BodyBlock) -> bool:
    """Whether a block only gives a date: a date line, or a short block whose class says
    date or time and which holds a number."""
    return is_date_line(block.text) or _date_classed(block)


def drop_date_lines(blocks: list[BodyBlock]) -> list[BodyBlock]:
    """Leave out the lines that only give a date: anywhere when the line is nothing but a
    date, and at the top of the body when its element's class says date or time.

    Args:
        blocks: Assembled blocks, in reading order.

    Returns:
        The blocks without the date lines.
    """
    out: list[BodyBlock] = []
    seen = 0
    for block in blocks:
        if block.kind in ("p", "heading"):
            seen += 1
            if is_date_line(block.text) or (seen <= _TOP_BLOCKS and _date_classed(block)):
                continue
        out.append(block)
    return out
