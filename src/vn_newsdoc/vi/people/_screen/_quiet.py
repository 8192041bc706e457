"""The screen's look at a sentence in lower case (:func:`quiet`): whether it surely holds
no word that marks something, found from its runs of letters and digits before it is cut
into tokens."""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Set as AbstractSet

from vn_newsdoc.vi.people._screen._tables import (
    _ANYHOW_RUNS,
    _APART,
    _MARKING_RUNS,
    _PAIR_RUNS,
    _PARTICLE_RUNS,
    _RUNS,
)


def spaced(text: str, low: str) -> str | None:
    """A clean text in lower case (``low``) with the marks that most often stand around
    or inside words turned into spaces, for :func:`quiet`; ``None`` if the text has a
    character that lowers to more than one, or by its context (a capital sigma).

    >>> spaced("Ông Lộc, Bà Lan.", "ông lộc, bà lan.")
    'ông lộc  bà lan '
    """
    if len(low) != len(text) or "Σ" in text:
        return None
    for mark in _APART:
        if mark in low:
            low = low.replace(mark, " ")
    return low


def quiet(text: str, spaced: str, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` of a clean text surely holds no
    word that marks something; ``spaced`` is the text's :func:`spaced` form.

    A word (a token) whose key marks something starts with the first run of letters and
    digits of one of the words keyed so, a run of the sentence in lower case: a sentence
    none of whose runs is such a first run holds no such word, nor a title glued to more
    (``BS.CK2``; the title is a word of the lists, and one of the runs). Nor, where the
    only runs found start a full name (a family or given name), does a sentence in which
    none of them starts with a capital before a word that starts with one (a name's
    shape needs two; a foreign given name may have a particle after it instead, ``Ursula
    von der Leyen``): ``An ninh`` marks nothing. The caller makes sure that the sentence
    holds no :func:`glued` abbreviation and that the article is no sport report:
    :func:`marked` then finds nothing in it.

    >>> text = "Giá vàng ở New York/London giảm. Ông Lộc đến. An ninh tốt, an toàn."
    >>> low = spaced(text, text.lower())
    >>> [quiet(text, low, a, b) for a, b in ((0, 32), (33, 45), (46, 67))]
    [True, False, True]
    """
    return quiet_with(text, spaced, start, end, marking_runs(spaced, start, end))


def marking_runs(spaced: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The runs of letters and digits of a :func:`spaced` text (from ``start`` to
    ``end``) that :func:`quiet` looks for: the first runs of the words that mark something.

    >>> sorted(marking_runs("giá vàng  ông lộc  bà lan "))
    ['bà', 'ông']
    """
    words = spaced[start:end].split()
    if not "".join(words).isalnum():
        # A word with a rarer mark inside: the runs of all.
        words = _RUNS.findall(" ".join(words))
    return _MARKING_RUNS.intersection(words)


def quiet_among(text: str, spaced: str, start: int, end: int, found: Collection[str]) -> bool:
    """:func:`quiet`, told the :func:`marking_runs` of a larger part of the text that
    holds the sentence whole (no word of it cut at ``start`` or ``end``): only those are
    looked for in the sentence, as runs of their own (a plain look for each, not a split
    of the sentence into words and a look-up of every one).

    >>> text = "Giá vàng tăng. Ông Lộc đến. An ninh tốt, an toàn."
    >>> low = spaced(text, text.lower())
    >>> found = marking_runs(low)
    >>> [quiet_among(text, low, a, b, found) for a, b in ((0, 14), (15, 27), (28, 49))]
    [True, False, True]
    """
    here: set[str] = set()
    for run in found:
        size = len(run)
        at = spaced.find(run, start, end)
        while at >= 0:
            after = at + size
            # A run of its own: no letter or digit right before it or after it.
            if (at == start or not spaced[at - 1].isalnum()) and (
                after == end or not spaced[after].isalnum()
            ):
                here.add(run)
                break
            at = spaced.find(run, at + 1, end)
    return quiet_with(text, spaced, start, end, here)


def quiet_with(text: str, spaced: str, start: int, end: int, found: AbstractSet[str]) -> bool:
    """:func:`quiet`, told the sentence's :func:`marking_runs`.

    >>> text = "Ông Lộc đến."
    >>> low = spaced(text, text.lower())
    >>> quiet_with(text, low, 0, 12, marking_runs(low)) == quiet(text, low, 0, 12)
    True
    """
    if not found:
        return True
    if not found.isdisjoint(_ANYHOW_RUNS):
        for run in found & _ANYHOW_RUNS:
            # The first word of a longer phrase marks only with the phrase's next word.
            seconds = _PAIR_RUNS.get(run)
            if seconds is None or _pair_in(spaced, run, seconds, start, end):
                return False
        found = found - _ANYHOW_RUNS
    # Family or given names only: each marks only where it starts with a capital and the
    # word after it does too, or (a foreign given name) a particle may follow it (any
    # place where it does is looked at, whole run or not: a look that may say too much).
    for run in found:
        size = len(run)
        particle = run in _PARTICLE_RUNS
        at = spaced.find(run, start, end)
        while at >= 0:
            if text[at].isupper() and (particle or _capital_next(text, at + size, end)):
                return False
            at = spaced.find(run, at + 1, end)
    return True


def _pair_in(spaced: str, run: str, seconds: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``run`` stands anywhere from ``start`` to ``end`` of a :func:`spaced` text
    before one space or none and one of the words ``seconds`` (whole words or not: a look
    that may say too much)."""
    size = len(run)
    at = spaced.find(run, start, end)
    while at >= 0:
        after = at + size
        if after < end and ord(spaced[after]) == 32:  # a space (a native look when compiled)
            after += 1
        for second in seconds:
            if spaced.startswith(second, after, end):
                return True
        at = spaced.find(run, at + 1, end)
    return False


def _capital_next(text: str, at: int, end: int) -> bool:
    """Whether the token that follows a word ending at ``at`` in a clean text (after one
    space or none), before ``end``, starts with a capital."""
    if at < end and ord(text[at]) == 32:  # a space (its code: a native look when compiled)
        at += 1
    return at < end and text[at].isupper()
