"""Tell, from its words alone, a sentence that can name nobody new and add no title, so
that it is never tokenised, tagged or read.

A person is found in a sentence only where something marks a run of capitalised words
(see :mod:`vn_newsdoc.vi.people._mentions`): a title or rank of the word lists, anywhere
before or after the run (an office may stand between); a form of address, a name cue or
an appositive head right next to it (before it, or after it and a comma or dash); an age
(``tuổi``) after it; its own shape, which starts with a common family name, a Korean
family name or a known foreign given name; a person's name just before it in the same
sentence; or, in a sport report, two or three syllables alone. A lone capitalised word
that nothing marks only refers back to someone named before and adds nothing. So a
sentence that holds none of these, and whose article is no sport report (or which holds
no two capitalised words side by side), gives nothing, and reading it can be skipped: the
people of an article stay exactly the same.

The look costs one pass of a regular expression and a few set operations in C on the
words' keys, against the tokens, tags and walks of a full reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain, compress, count, islice
from operator import and_, itemgetter

from vn_newsdoc.vi.people._lexicon import (
    FOREIGN_GIVEN_NAMES,
    KOREAN_SURNAMES,
    NAME_PARTICLES,
    PHRASES,
    SURNAMES,
    TITLES,
    Kind,
)
from vn_newsdoc.vi.people._tokens import WORD, fold_text


def _firsts(kinds: tuple[Kind, ...]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The phrases of these kinds: those of one word, and the first two words of longer
    ones (every such phrase in a text shows one of these)."""
    ones = {k[0] for k, es in PHRASES.items() if len(k) == 1 and any(e.kind in kinds for e in es)}
    pairs = {k[:2] for k, es in PHRASES.items() if len(k) > 1 and any(e.kind in kinds for e in es)}
    return frozenset(ones), frozenset(pairs)


# Titles and ranks mark a person from afar (an office may stand between title and name);
# so does an age.
_TITLES, _TITLE_PAIRS = _firsts(TITLES)
_TITLES |= {"tuổi"}
# Forms of address, name cues and appositive heads mark a person only next to a name:
# right before it, or (an appositive head) after it and a comma or dash.
_NEXT_KINDS = (Kind.ADDRESS, Kind.CUE, Kind.APPOSITIVE)
_NEXT, _NEXT_PAIRS = _firsts(_NEXT_KINDS)
_APPOSITIVES, _APPOSITIVE_PAIRS = _firsts((Kind.APPOSITIVE,))
_SEPARATORS = frozenset(",-–—")
# How far after the first word of such a phrase its name may start (just past the longest
# phrase).
_AFTER = 1 + max(len(k) for k, es in PHRASES.items() if any(e.kind in _NEXT_KINDS for e in es))
# The words a full name may start with and be known by its shape.
_NAME_STARTS = SURNAMES | KOREAN_SURNAMES | FOREIGN_GIVEN_NAMES
# A dot or hyphen inside a key ("bs.ck2", "gs-ts"), which may glue a title to more; and
# the letters and digits between them.
_JOINED = re.compile(r"[.\-][^\x00]")
_PARTS = re.compile(r"[^\W_][\w&]*")
# A dot before a letter, where tokenize() may split an abbreviation glued to a word
# ("CT.Hội"); not one between digits ("30.000").
_GLUED = re.compile(r"\.(?<=\w\.)[^\W\d_]")
_FIRST = itemgetter(0)
# Every word and pair of words that marks a name in some way, and the first words of the
# pairs (a sentence holding none of these has no pair to look for).
_MARKS = _TITLES | _NEXT | _NAME_STARTS
_MARK_PAIRS = _TITLE_PAIRS | _NEXT_PAIRS
_PAIR_FIRSTS = frozenset(map(_FIRST, _MARK_PAIRS))
# The marks a title and its name may stand across.
_SOFT = frozenset({",", "-", "–", "—", "(", ")"})


def may_hold_person(sentence: str, sport: Callable[[], bool]) -> bool:
    """Whether a clean sentence may name someone new or add a title (``False`` only when
    it surely does not). ``sport`` tells whether the article is a sport report; it is
    asked only for a sentence that nothing else lets through.

    >>> never = lambda: False
    >>> may_hold_person("Ông Lộc đến.", never)
    True
    >>> may_hold_person("Giá vàng ở New York tăng, ông cho biết.", never)
    False
    """
    if _GLUED.search(sentence):
        return True  # "CT.Hội": the tokens split such a word in two
    # The sentence's tokens and their keys, as tokenize() gives them.
    words = WORD.findall(sentence)
    joined = fold_text("\x00".join(words))
    if joined is None:
        return True  # a character that changes length in lower case
    keys = joined.split("\x00")
    if _JOINED.search(joined) and not _TITLES.isdisjoint(_PARTS.findall(joined)):
        return True  # "BS.CK2": a title glued to more
    # Which kinds of marks the sentence holds at all, before where: one pass in C over
    # the keys and one over the pairs of keys, then looks at the few words found.
    ones = _MARKS.intersection(keys)
    pairs = _MARK_PAIRS.intersection(_pairs(keys)) if not _PAIR_FIRSTS.isdisjoint(keys) else ()
    if not ones and not pairs:
        # Most sentences: nothing marks a name, so only a sport report's given names can.
        if not sport():
            return False
        upper = list(map(str.isupper, map(_FIRST, words)))
        return any(map(and_, upper, islice(upper, 1, None)))
    titles = not _TITLES.isdisjoint(ones) or not _TITLE_PAIRS.isdisjoint(pairs)
    nexts = not _NEXT.isdisjoint(ones) or not _NEXT_PAIRS.isdisjoint(pairs)
    names = not _NAME_STARTS.isdisjoint(ones)
    upper = list(map(str.isupper, map(_FIRST, words)))
    # A title (or an age) marks a run of capitals in its own clause, before or after it.
    if titles:
        for i in chain(
            compress(count(), map(_TITLES.__contains__, keys)),
            compress(count(), map(_TITLE_PAIRS.__contains__, _pairs(keys))),
        ):
            if _capital_in_clause(keys, upper, i):
                return True
    if nexts:
        starts = [*compress(count(), map(_NEXT.__contains__, keys))]
        starts += compress(count(), map(_NEXT_PAIRS.__contains__, _pairs(keys)))
        for i in starts:
            if any(upper[i + 1 : i + _AFTER]):
                return True  # "ông Lộc", "có tên Neil Brook"
            if (
                i >= 2
                and keys[i - 1] in _SEPARATORS
                and upper[i - 2]
                and (keys[i] in _APPOSITIVES or tuple(keys[i : i + 2]) in _APPOSITIVE_PAIRS)
            ):
                return True  # "Kyle Brown - chuyên gia ..."
    # A full name known by its shape: a family name and two or three more capitals, a
    # Korean family name and one more, a known given name and one more or a particle.
    if names:
        n = len(keys)
        for i in compress(count(), map(_NAME_STARTS.__contains__, keys)):
            if not upper[i] or i + 1 >= n:
                continue
            key = keys[i]
            after = upper[i + 1]
            if (
                (key in SURNAMES and after and i + 2 < n and upper[i + 2])
                or (key in KOREAN_SURNAMES and after)
                or (key in FOREIGN_GIVEN_NAMES and (after or keys[i + 1] in NAME_PARTICLES))
            ):
                return True
    # Two or three given names alone, in a sport report: two capitals side by side.
    return any(map(and_, upper, islice(upper, 1, None))) and sport()


def _pairs(keys: list[str]) -> Iterator[tuple[str, str]]:
    """Each key with the next one."""
    return zip(keys, islice(keys, 1, None), strict=False)


def _capital_in_clause(keys: list[str], upper: list[bool], i: int) -> bool:
    """Whether a word in capitals stands in the clause of the word at ``i``, before or
    after it: as far as a mark other than a comma, a dash or a parenthesis (the reading
    links a title to a name across these only)."""
    for j in range(i + 1, len(keys)):
        if upper[j]:
            return True
        if not (keys[j][:1].isalnum() or keys[j] in _SOFT):
            break
    for j in range(i - 1, -1, -1):
        if upper[j]:
            return True
        if not (keys[j][:1].isalnum() or keys[j] in _SOFT):
            break
    return False
