"""Tell, from its words alone, a sentence that can name nobody new and add no title, so
that it is never tagged or read.

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

The look costs the words' keys (which the reading of the sentences let through then uses
as they are), one look-up of each key in a table of what it marks, and a look at the few
words that mark something, against the tags and walks of a full reading; :func:`marked`
looks at all the sentences of an article at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container
from collections.abc import Set as AbstractSet
from itertools import compress, filterfalse
from operator import and_, itemgetter
from typing import Final

from vn_newsdoc.vi.people._lexicon import (
    FOREIGN_GIVEN_NAMES,
    KOREAN_SURNAMES,
    NAME_PARTICLES,
    PHRASES,
    SURNAMES,
    TITLES,
    Kind,
)
from vn_newsdoc.vi.people._tokens import fold_text, spellings, words_in


def _firsts(kinds: tuple[Kind, ...]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The phrases of these kinds: those of one word, and the first two words of longer
    ones (every such phrase in a text shows one of these)."""
    ones = {k[0] for k, es in PHRASES.items() if len(k) == 1 and any(e.kind in kinds for e in es)}
    pairs = {k[:2] for k, es in PHRASES.items() if len(k) > 1 and any(e.kind in kinds for e in es)}
    return frozenset(ones), frozenset(pairs)


# Titles and ranks mark a person from afar (an office may stand between title and name);
# so does an age.
_TITLE_FIRSTS = _firsts(TITLES)
_TITLES: Final = _TITLE_FIRSTS[0] | {"tuổi"}
_TITLE_PAIRS: Final = _TITLE_FIRSTS[1]
# Forms of address, name cues and appositive heads mark a person only next to a name:
# right before it, or (an appositive head) after it and a comma or dash.
_NEXT_KINDS: Final = (Kind.ADDRESS, Kind.CUE, Kind.APPOSITIVE)
_NEXT_FIRSTS = _firsts(_NEXT_KINDS)
_NEXT: Final = _NEXT_FIRSTS[0]
_NEXT_PAIRS: Final = _NEXT_FIRSTS[1]
_APPOSITIVE_FIRSTS = _firsts((Kind.APPOSITIVE,))
_APPOSITIVES: Final = _APPOSITIVE_FIRSTS[0]
_APPOSITIVE_PAIRS: Final = _APPOSITIVE_FIRSTS[1]
_SEPARATORS: Final = frozenset(",-–—")
# How far after the first word of such a phrase its name may start (just past the longest
# phrase).
_AFTER: Final = 1 + max(
    len(k) for k, es in PHRASES.items() if any(e.kind in _NEXT_KINDS for e in es)
)
# The words a full name may start with and be known by its shape.
_NAME_STARTS: Final = SURNAMES | KOREAN_SURNAMES | FOREIGN_GIVEN_NAMES
# A dot or hyphen inside a key ("bs.ck2", "gs-ts"), which may glue a title to more; and
# the letters and digits between them.
_JOINED: Final = re.compile(r"[.\-][^\x00]")
_PARTS: Final = re.compile(r"[^\W_][\w&]*")
# A dot before a letter, where tokenize() may split an abbreviation glued to a word
# ("CT.Hội"); not one between digits ("30.000").
_GLUED: Final = re.compile(r"\.(?<=\w\.)[^\W\d_]")
_FIRST: Final = itemgetter(0)
# The marks a title and its name may stand across.
_SOFT: Final = frozenset({",", "-", "–", "—", "(", ")"})
# What a key marks, as bits: a title (or an age), the first word of a title's longer
# phrase, a form of address, a name cue or an appositive head, the first word of such a
# longer phrase, or the start of a full name. Looked up once for every word of a run of
# sentences: a sentence holding none of these has nothing to look at but its capitals.
# (Each a constant of its own: the compiled build puts its value in place.)
_TITLE: Final = 1
_TITLE_PAIR: Final = 2
_NEXT_ONE: Final = 4
_NEXT_PAIR: Final = 8
_NAME: Final = 16
_ONE: Final = _TITLE | _NEXT_ONE
_MARK_PAIRS: Final = _TITLE_PAIRS | _NEXT_PAIRS


def _classes() -> dict[str, int]:
    out: dict[str, int] = {}
    for bit, keys in (
        (_TITLE, _TITLES),
        (_TITLE_PAIR, frozenset(map(_FIRST, _TITLE_PAIRS))),
        (_NEXT_ONE, _NEXT),
        (_NEXT_PAIR, frozenset(map(_FIRST, _NEXT_PAIRS))),
        (_NAME, _NAME_STARTS),
    ):
        for key in keys:
            out[key] = out.get(key, 0) | bit
    return out


_CLASSES: Final = _classes()


def _probe() -> None:
    """A function whose type tells whether this module is compiled."""


# Whether this module runs compiled (its functions are then built-in ones): some loops are
# written one way for the compiled build and another for the interpreter.
_COMPILED: Final = type(_probe).__name__ != "function"


# The runs of letters and digits of a text (a word's parts between its marks).
_RUNS: Final = re.compile(r"[^\W_]+")


def _first_run(word: str) -> str:
    """The first run of letters and digits of a word of the lists (each holds one)."""
    first = _RUNS.search(word)
    assert first is not None  # every word of the lists holds a letter or digit
    return first.group()


def _first_runs() -> tuple[frozenset[str], frozenset[str]]:
    """The first run of letters and digits of every lower-case word whose key marks
    something: those of the words that mark something whatever their case, and those of
    the words that mark only as the start of a full name, and so only with a capital
    (a word of letters and digits alone)."""
    anyhow: set[str] = set()
    named: set[str] = set()
    for key, bits in _CLASSES.items():
        for word in spellings(key):
            (named if bits == _NAME and word.isalnum() else anyhow).add(_first_run(word))
    return frozenset(anyhow), frozenset(named - anyhow)


_FIRST_RUNS = _first_runs()
_ANYHOW_RUNS: Final = _FIRST_RUNS[0]
_NAME_RUNS: Final = _FIRST_RUNS[1]
_MARKING_RUNS: Final = _ANYHOW_RUNS | _NAME_RUNS
# The runs that start a full name with a particle after them ("Ursula von der Leyen"), not
# only with another capitalised word (the known foreign given names, written as they are).
_PARTICLE_RUNS: Final = _NAME_RUNS & frozenset(
    w for key in FOREIGN_GIVEN_NAMES for w in spellings(key)
)


def _pair_runs() -> dict[str, tuple[str, ...]]:
    """The first runs of words that mark something only as the first word of a longer
    phrase (``du`` of ``du khách``, ``y`` of ``y tá``; a word of letters and digits, and
    no other word of the lists starts with the same run), with the spellings of the words
    that follow them in those phrases."""
    keyed: dict[str, set[str]] = {}
    for key in _CLASSES:
        for word in spellings(key):
            keyed.setdefault(_first_run(word), set()).add(key if word.isalnum() else "")
    out: dict[str, tuple[str, ...]] = {}
    for run, keys in keyed.items():
        (key,) = keys if len(keys) == 1 else ("",)
        if key and not _CLASSES[key] & ~(_TITLE_PAIR | _NEXT_PAIR):
            seconds = {
                w for first, second in _MARK_PAIRS if first == key for w in spellings(second)
            }
            out[run] = tuple(sorted(seconds))
    return out


_PAIR_RUNS: Final = _pair_runs()


# The marks most often found around and inside words: a text's words with these turned
# into spaces are mostly runs of letters and digits, split by str.split() (faster than
# the pattern, which looks at every character); only the rest is matched by the pattern.
_APART: Final = tuple(",.:;!?()[]\"“”‘’'…–—-/&_%+=*#@$€£«»•·„‚<>|~`°")


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
    if glued(sentence):
        return True  # "CT.Hội": the tokens split such a word in two
    # The sentence's tokens and their keys, as tokenize() gives them.
    words = words_in(sentence, 0, len(sentence))
    joined = fold_text("\x00".join(words))
    if joined is None:
        return True  # a character that changes length in lower case
    return marked(words, joined.split("\x00"), [len(words)], sport, (0,))[0]


def glued(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text`` (from ``start`` to ``end``) holds an abbreviation glued to a word
    (``CT.Hội``), which the tokens may split in two: :func:`may_hold_person` lets such a
    sentence through unlooked at.

    >>> glued("CT.Hội CCB"), glued("30.000 đồng")
    (True, False)
    """
    return _GLUED.search(text, start, len(text) if end is None else end) is not None


def marked(
    words: list[str],
    keys: list[str],
    ends: list[int],
    sport: Callable[[], bool],
    dotted: Container[int],
) -> list[bool]:
    """:func:`may_hold_person` for each of a list of sentences, already tokenised and
    looked at at once: the tokens of all as written, their keys, where each sentence's
    tokens end (the next one's start there), and the sentences (by their place in the
    list) that may hold a word with a dot or hyphen inside (``BS.CK2``, ``30.000``): no
    other does. A sentence that holds a :func:`glued` abbreviation or a character that
    changes length in lower case is left to the caller: :func:`may_hold_person` lets it
    through unlooked at.

    >>> words = ["Giá", "tăng", ".", "Ông", "Lộc", "đến", "."]
    >>> marked(words, [w.lower() for w in words], [3, 7], lambda: False, ())
    [False, True]
    """
    n = len(keys)
    if _COMPILED:
        # (Comprehensions: a native loop and a native look-up when compiled, where the
        # chain of maps calls the table's method as an object for every word.)
        table = _CLASSES
        classes = [table.get(key) for key in keys]
        marks = [k for k in range(n) if classes[k] is not None]
    else:
        classes = list(map(_CLASSES.get, keys))
        # The words that mark something, in order (most words mark nothing).
        marks = list(compress(range(n), classes))
    # And an end mark.
    marks.append(n)
    m = 0
    at = marks[0]
    out: list[bool] = []
    start = 0
    for end in ends:
        found = False
        first = m  # the first word from start on that marks something
        while at < end:
            if not found:
                bits = classes[at] or 0
                # Most words found start a longer phrase that does not follow ("các",
                # "có"), or are a family or given name in lower case ("cho", "từ"): they
                # mark nothing. Whether a word starts with a capital is looked at only
                # where it matters (text in another language often has no word to look at).
                if (
                    bits & _ONE
                    or (bits & _NAME and words[at][0].isupper())
                    or (at + 1 < end and (keys[at], keys[at + 1]) in _MARK_PAIRS)
                ):
                    found = _marks_at(words, keys, bits, at, start=start, end=end)
            m += 1
            at = marks[m]
        if not found and len(out) in dotted:  # "BS.CK2": a title glued to more
            # Looked for only where no word marks a person: most sentences with a dot or
            # hyphen inside hold a number ("30.000"), and the look joins all their words.
            found = _glued_title_in(keys, classes, marks, first, start=start, end=end)
        if not found and sport():
            # Two or three given names alone, in a sport report: two capitals side by side.
            upper = list(map(str.isupper, map(_FIRST, words[start:end])))
            found = any(map(and_, upper, upper[1:]))
        out.append(found)
        start = end
    return out


def glued_title(keys: list[str]) -> bool:
    """Whether the keys of a sentence hold a word with a dot or hyphen inside and a title
    among the parts of the words (``_PARTS``): ``bs.ck2``, ``gs-ts``.

    A word of letters and digits is one part of its own and joins nothing: only the other
    words are joined and looked into, the same as if all were.

    >>> glued_title(["bs.ck2", "lê", "văn", "a"]), glued_title(["30.000", "đồng"])
    (True, False)
    """
    joined = "\x00".join(filterfalse(str.isalnum, keys))
    return _JOINED.search(joined) is not None and (
        not _TITLES.isdisjoint(compress(keys, map(str.isalnum, keys)))
        or not _TITLES.isdisjoint(_PARTS.findall(joined))
    )


def _glued_title_in(
    keys: list[str], classes: list[int | None], marks: list[int], m: int, *, start: int, end: int
) -> bool:
    """:func:`glued_title` of the keys from ``start`` to ``end``, with what each key marks
    (``classes``) and where those that mark something stand (``marks``, from the ``m``-th
    on, which is the first at or after ``start``) looked up already: a key of letters and
    digits is a title only if it marks one."""
    joined = "\x00".join(filterfalse(str.isalnum, keys[start:end]))
    if _JOINED.search(joined) is None:
        return False
    while marks[m] < end:
        at = marks[m]
        if (classes[at] or 0) & _TITLE and keys[at].isalnum():
            return True
        m += 1
    return not _TITLES.isdisjoint(_PARTS.findall(joined))


def _marks_at(
    words: list[str], keys: list[str], bits: int, i: int, *, start: int, end: int
) -> bool:
    """Whether the word at ``i``, which marks something (``bits``), marks a person in its
    sentence, the tokens ``start`` to ``end`` (``words`` as written, ``keys`` keyed)."""
    pair = (keys[i], keys[i + 1] if i + 1 < end else "")  # no key is empty
    # A title (or an age) marks a run of capitals in its own clause, before or after it.
    if (bits & _TITLE or (bits & _TITLE_PAIR and pair in _TITLE_PAIRS)) and _capital_in_clause(
        words, keys, i, start, end
    ):
        return True
    # A form of address, a name cue or an appositive head marks a name right after it, or
    # (an appositive head) right before it and a comma or dash.
    if bits & _NEXT_ONE or (bits & _NEXT_PAIR and pair in _NEXT_PAIRS):
        for j in range(i + 1, min(i + _AFTER, end)):
            if words[j][0].isupper():
                return True  # "ông Lộc", "có tên Neil Brook"
        if (
            i - start >= 2
            and keys[i - 1] in _SEPARATORS
            and words[i - 2][0].isupper()
            and (keys[i] in _APPOSITIVES or pair in _APPOSITIVE_PAIRS)
        ):
            return True  # "Kyle Brown - chuyên gia ..."
    # A full name known by its shape: a family name and two or three more capitals, a
    # Korean family name and one more, a known given name and one more or a particle.
    if bits & _NAME and i + 1 < end and words[i][0].isupper():
        key = keys[i]
        after = words[i + 1][0].isupper()
        return (
            (key in SURNAMES and after and i + 2 < end and words[i + 2][0].isupper())
            or (key in KOREAN_SURNAMES and after and _korean_given(words, i + 1, end))
            or (key in FOREIGN_GIVEN_NAMES and (after or keys[i + 1] in NAME_PARTICLES))
        )
    return False


def _korean_given(words: list[str], j: int, end: int) -> bool:
    """Whether the capitalised word at ``j``, after a Korean family name, may start a
    given name that makes a full name by its shape: one word with a hyphen inside
    (``Park Hang-seo``), or two words (``Kim So Yeon``; an initial's full stop may stand
    between, ``Im A. Yoon``). Not ``Im Jahr``, one capitalised word alone."""
    if "-" in words[j]:
        return True
    k = j + 1
    if k < end and words[k] == ".":
        k += 1
    return k < end and words[k][0].isupper()


def _capital_in_clause(words: list[str], keys: list[str], i: int, start: int, end: int) -> bool:
    """Whether a word in capitals stands in the clause of the word at ``i``, before or
    after it, in its sentence (the tokens ``start`` to ``end``): as far as a mark other
    than a comma, a dash or a parenthesis (the reading links a title to a name across
    these only)."""
    for j in range(i + 1, end):
        if words[j][0].isupper():
            return True
        if not (keys[j][:1].isalnum() or keys[j] in _SOFT):
            break
    for j in range(i - 1, start - 1, -1):
        if words[j][0].isupper():
            return True
        if not (keys[j][:1].isalnum() or keys[j] in _SOFT):
            break
    return False
