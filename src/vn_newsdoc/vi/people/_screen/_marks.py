"""The screen's look at a sentence's tokens (:func:`marked`): whether one of its words
marks a person, where the reading would look for one."""

from __future__ import annotations

from collections.abc import Callable, Container
from itertools import compress, filterfalse
from operator import and_

from vn_newsdoc.vi.people._build import COMPILED as _COMPILED
from vn_newsdoc.vi.people._cases import _first_upper
from vn_newsdoc.vi.people._lexicon import (
    FOREIGN_GIVEN_NAMES,
    KOREAN_SURNAMES,
    NAME_PARTICLES,
    SURNAMES,
)
from vn_newsdoc.vi.people._screen._tables import (
    _AFTER,
    _APPOSITIVE_PAIRS,
    _APPOSITIVES,
    _CLASSES,
    _FIRST,
    _GLUED,
    _JOINED,
    _MARK_PAIRS,
    _NAME,
    _NEXT_ONE,
    _NEXT_PAIR,
    _NEXT_PAIRS,
    _ONE,
    _PAIR_FIRSTS,
    _PARTS,
    _SEPARATORS,
    _SOFT,
    _TITLE,
    _TITLE_PAIR,
    _TITLE_PAIRS,
    _TITLES,
)
from vn_newsdoc.vi.people._tokens import fold_text, words_in


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
    if _COMPILED:
        return _marked_each(words, keys, ends, sport, dotted)
    n = len(keys)
    # Every key looked up at once (a chain of maps: C-level calls when interpreted).
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
            found = _capitals_side_by_side(words, start, end)
        out.append(found)
        start = end
    return out


def _marked_each(
    words: list[str],
    keys: list[str],
    ends: list[int],
    sport: Callable[[], bool],
    dotted: Container[int],
) -> list[bool]:
    """:func:`marked`, each sentence's keys looked up one by one as far as the first word
    found to mark a person (the compiled build's way: a native loop and a native look-up
    for each word, with no list of what each marks made for all): the words after it, a
    third of those of the corpus's sentences, are not looked up at all."""
    table = _CLASSES
    out: list[bool] = []
    start = 0
    for end in ends:
        found = False
        titled = False  # whether a word of the sentence is a title (or an age)
        for at in range(start, end):
            bits = table.get(keys[at])
            if bits is None:
                continue
            if bits & _TITLE:
                titled = True
            # (As marked() looks, the same words, in the same order; a pair of keys is
            # looked up only for a word that starts one, with no tuple made for others.)
            if (
                bits & _ONE
                or (bits & _NAME and _first_upper(words[at]))
                or (
                    bits & _PAIR_FIRSTS and at + 1 < end and (keys[at], keys[at + 1]) in _MARK_PAIRS
                )
            ) and _marks_at(words, keys, bits, at, start=start, end=end):
                found = True
                break
        if not found and len(out) in dotted:  # "BS.CK2": a title glued to more
            found = _glued_title_of(keys[start:end], titled=titled)
        if not found and sport():
            found = _capitals_side_by_side(words, start, end)
        out.append(found)
        start = end
    return out


def _capitals_side_by_side(words: list[str], start: int, end: int) -> bool:
    """Whether two of ``words[start:end]`` side by side start with a capital: two or three
    given names alone, as a sport report names its players.

    >>> _capitals_side_by_side(["Văn", "Toàn", "ghi", "bàn"], 0, 4)
    True
    """
    upper = list(map(str.isupper, map(_FIRST, words[start:end])))
    return any(map(and_, upper, upper[1:]))


def _glued_title_of(keys: list[str], *, titled: bool) -> bool:
    """:func:`glued_title` of a sentence's keys, told whether one of them is a title
    (``titled``): where none is, none of letters and digits is one, and they are not
    looked at."""
    # (Comprehensions: a native loop and a native call of the method when compiled, where
    # a chain of maps calls it as an object for every key.)
    joined = "\x00".join([key for key in keys if not key.isalnum()])
    if _JOINED.search(joined) is None:
        return False
    return (titled and not _TITLES.isdisjoint([key for key in keys if key.isalnum()])) or (
        not _TITLES.isdisjoint(_PARTS.findall(joined))
    )


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
