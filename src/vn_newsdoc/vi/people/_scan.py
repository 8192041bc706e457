"""Find the runs of sentences of an article's texts to read for people, tokenising each
sentence once.

In an article that is no sport report, a text none of whose words marks a person (most
texts in other languages than Vietnamese) is passed over whole, and so is a sentence of
the others (:func:`~vn_newsdoc.vi.people._screen.quiet`). Each text is cut into
sentences (:mod:`~vn_newsdoc.vi.people._sentences`); those with no capital after their
first word are passed over unread. The others, from all the texts of the article, are
tokenised and keyed at once, and the screen
(:mod:`~vn_newsdoc.vi.people._screen`) looks at each one's share of those tokens in one
pass. Each run of consecutive sentences of a text that the screen lets through is read
whole (:mod:`~vn_newsdoc.vi.people._mentions`) on the same tokens: a sentence is
tokenised once, not once for the screen and again for the reading, and a run is read
exactly as the text of its sentences read alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from vn_newsdoc.vi.people._build import COMPILED as _COMPILED
from vn_newsdoc.vi.people._doc import Doc, read_part
from vn_newsdoc.vi.people._keyed import in_place, words_keys_in
from vn_newsdoc.vi.people._screen._marks import glued, marked
from vn_newsdoc.vi.people._screen._quiet import (
    marking_runs,
    quiet,
    quiet_among,
    quiet_with,
    spaced,
)
from vn_newsdoc.vi.people._sentences import may_name_at, spans
from vn_newsdoc.vi.people._tokens import fold_text, keyed, token_key, words_in


class _Sentence:
    """A sentence that may name someone: where it stands, and whether the one before it
    in the same text may too (a plain class: the compiled build reads its attributes
    natively)."""

    __slots__ = ("end", "follows", "start", "text")

    text: int
    """The index of its text."""
    start: int
    end: int
    follows: bool
    """Whether the sentence before it in its text is a :class:`_Sentence` too."""

    def __init__(self, text: int, start: int, end: int, follows: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.follows = follows


def _named(texts: list[str], lows: list[str], skipped: set[int]) -> list[_Sentence]:
    """The sentences of clean texts that may name someone
    (:func:`~vn_newsdoc.vi.people._sentences.may_name`), in order, but for those of the
    texts ``skipped``; ``lows`` are the texts in lower case."""
    out: list[_Sentence] = []
    for t, text in enumerate(texts):
        if t in skipped:
            continue
        # "İ" lowers to two characters: such a text's sentences are lowered alone.
        low = lows[t] if len(lows[t]) == len(text) else None
        follows = False
        for start, end in spans(text):
            if may_name_at(text, low, start, end):
                out.append(_Sentence(t, start, end, follows))
                follows = True
            else:
                follows = False
    return out


class _Spaced:
    """The texts' :func:`~vn_newsdoc.vi.people._screen.spaced` forms, each made the first
    time it is asked for (most texts of a Vietnamese article are never looked at so), or
    cut from that of all the texts joined by line breaks, once made (:meth:`join`)."""

    __slots__ = ("_done", "_texts", "joined", "lows", "page", "runs", "starts")

    def __init__(self, texts: list[str], lows: list[str]) -> None:
        self._texts = texts
        self.lows = lows
        """The texts in lower case."""
        self._done: dict[int, str | None] = {}
        self.joined = ""
        """The texts joined by line breaks, once :meth:`join` has made their spaced form."""
        self.page: str | None = None
        """The spaced form of :attr:`joined`, once made."""
        self.starts: list[int] = []
        """Where each text starts in :attr:`joined`."""
        self.runs: dict[int, frozenset[str]] = {}
        """The :func:`~vn_newsdoc.vi.people._screen.marking_runs` of the texts (by their
        place) found to be no quiet text: their sentences are looked at for these alone."""

    def join(self) -> bool:
        """Make the spaced form of all the texts joined by line breaks, from which each
        text's is then cut (the marks turned into spaces are looked for once, not once in
        every text); whether it could be made (not where a text has no spaced form)."""
        joined = "\n".join(self._texts)
        low = "\n".join(self.lows)
        # Joined, the texts and their lower case are as long only if each text is (no
        # character lowers to none).
        page = spaced(joined, low) if len(low) == len(joined) else None
        if page is None:
            return False
        self.joined, self.page = joined, page
        at = 0
        for text in self._texts:
            self.starts.append(at)
            at += len(text) + 1  # and the line break
        return True

    def get(self, t: int) -> str | None:
        """The spaced form of text ``t``."""
        done = self._done
        if t not in done:
            page = self.page
            if page is None:
                done[t] = spaced(self._texts[t], self.lows[t])
            else:
                start = self.starts[t]
                done[t] = page[start : start + len(self._texts[t])]
        return done[t]


def _quiet_texts(texts: list[str], spaces: _Spaced) -> set[int]:
    """The texts (by their place) that hold no word that marks something
    (:func:`~vn_newsdoc.vi.people._screen.quiet` of the whole text) and no abbreviation
    glued to a word: in an article that is no sport report, none of their sentences
    gives anything, and they need not even be cut into sentences (most texts in other
    languages than Vietnamese). ``spaces`` are the texts' ``spaced`` forms.

    In an article with no text in Vietnamese among its first ones, each text is looked at
    in all the texts joined, whose spaced form is made once. Texts are looked at only for
    as long as enough are quiet."""
    lows = spaces.lows
    vietnamese = next(
        (t for t in range(min(len(texts), _TRIAL)) if _vietnamese(lows[t], 0, len(lows[t]))), -1
    )
    # (A text whose lower case is longer, or which has a capital sigma: each alone.)
    joined = vietnamese < 0 and spaces.join()
    out: list[int] = []
    for t, text in enumerate(texts):
        if t >= _TRIAL and len(out) * _PLAIN_SHARE < t:
            break  # the rest would most likely be looked at for nothing
        if joined:  # the text's place in the joined texts (a match of either stays inside)
            source, low, start = spaces.joined, spaces.page, spaces.starts[t]
        else:
            if vietnamese >= 0 and t < _TRIAL and _vietnamese(lows[t], 0, len(text)):
                continue  # a text in Vietnamese, looked for only while the trial lasts
            source, low, start = text, spaces.get(t), 0
        end = start + len(text)
        if low is None or glued(source, start, end):
            continue
        found = marking_runs(low, start, end)
        if quiet_with(source, low, start, end, found):
            out.append(t)
        else:
            spaces.runs[t] = found
    return set(out)


def _dotted(text: str, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` of a clean text may hold a word with
    a dot or hyphen inside (``BS.CK2``, ``30.000``, ``CT.Hội``): one followed by a
    character of the sentence that is no space (a full stop before a space ends a word)."""
    for mark in ".-":
        at = text.find(mark, start, end - 1)
        while at >= 0:
            if ord(text[at + 1]) != 32:  # no space (its code: a native look when compiled)
                return True
            at = text.find(mark, at + 2, end - 1)
    return False


def _vietnamese(low: str, start: int, end: int) -> bool:
    """Whether the part of a text in lower case from ``start`` to ``end`` holds a letter
    only Vietnamese writes (almost every sentence of Vietnamese text does): such a text
    most likely holds a word that marks something, and is not looked at for plain
    words (a look only: reading it is always safe). A text in other languages has none,
    and most often none that does not fit in one byte, where each look ends at once."""
    return (
        low.find("đ", start, end) >= 0
        or low.find("ư", start, end) >= 0
        or low.find("ơ", start, end) >= 0
        or low.find("ă", start, end) >= 0
    )


# After this many sentences looked at for plain words, the looking stops unless one in
# this many was plain: most sentences of Vietnamese text hold a word that marks something
# (a form of address, a family name), most of text in other languages none.
_TRIAL: Final = 4
_PLAIN_SHARE: Final = 3


def _plain(texts: list[str], spaces: _Spaced, named: list[_Sentence], dotted: set[int]) -> set[int]:
    """The sentences (by their place in ``named``) that hold no word that marks
    something (:func:`~vn_newsdoc.vi.people._screen.quiet`) and so give nothing in an
    article that is no sport report: they need not be tokenised, the screen would find
    nothing to look at in them. Those with a dot or hyphen inside (``dotted``) are among
    them only if they hold no abbreviation glued to a word, which the tokens may split;
    those of a text with no ``spaced`` form (``spaces``) never."""
    out: list[int] = []
    tried = 0
    for k, s in enumerate(named):
        if k in dotted and glued(texts[s.text], s.start, s.end):
            continue
        if tried >= _TRIAL and len(out) * _PLAIN_SHARE < tried:
            break  # the rest would most likely be looked at for nothing
        tried += 1
        if tried <= _TRIAL and _vietnamese(spaces.lows[s.text], s.start, s.end):
            continue  # a sentence in Vietnamese, looked for only while the trial lasts
        low = spaces.get(s.text)
        if low is None:
            continue
        # A sentence of a text looked at whole is looked at for the text's runs alone.
        found = spaces.runs.get(s.text)
        if (
            quiet(texts[s.text], low, s.start, s.end)
            if found is None
            else quiet_among(texts[s.text], low, s.start, s.end, found)
        ):
            out.append(k)
    return set(out)


def _tokenised(
    texts: list[str], lows: list[str], named: list[_Sentence], plain: set[int]
) -> tuple[list[str], list[str], list[int], bool]:
    """The tokens of the sentences ``named`` but those ``plain`` (by their place), of all
    of them at once, as written and keyed; where each sentence's tokens end (the next
    one's start there; none for a plain one); and whether no word has a character that
    changes length in lower case or by its context (then each was keyed alone)."""
    words: list[str] = []
    ends: list[int] = []
    keys: list[str] = []
    if _COMPILED:
        # Each word keyed from its text's lower case (made already), most of them as
        # themselves: no new string for most keys, and the words are not joined and
        # keyed again. (Interpreted, the look at each character would cost more than the
        # joined words keyed at once.)
        cased = True  # whether every text's lower case holds its characters in place
        at = -1
        placed = False
        for k, s in enumerate(named):
            if k not in plain:
                text = texts[s.text]
                if s.text != at:
                    at = s.text
                    placed = in_place(text, lows[at])
                if placed:
                    words_keys_in(text, lows[at], s.start, s.end, words=words, keys=keys)
                else:
                    # A character that lowers to more than one, or by its context.
                    found = words_in(text, s.start, s.end)
                    words += found
                    keys += [token_key(w) for w in found]
                    cased = False
            ends.append(len(words))
    else:
        for k, s in enumerate(named):
            if k not in plain:
                words += words_in(texts[s.text], s.start, s.end)
            ends.append(len(words))
        keys, cased = keyed(words)
    return words, keys, ends, cased


def docs(
    texts: list[str], sport: Callable[[], bool], lows: list[str] | None = None
) -> Iterator[Doc]:
    """The runs of sentences of an article's clean texts that may name someone new or
    add a title, in order, each whole, tokenised and tagged; ``sport`` tells whether the
    article is a sport report (asked only where the screen needs it); ``lows`` are the
    texts in lower case, if the caller has them already.

    >>> [d.text[d.toks[0].start : d.toks[-1].end] for d in docs(
    ...     ["Giá tăng. Ông Lộc đến. Bà Lan về. Trời mưa ở Hà Nội.", "Anh Nam về."],
    ...     lambda: False)]
    ['Ông Lộc đến. Bà Lan về.', 'Anh Nam về.']
    """
    if lows is None:
        lows = [t.lower() for t in texts]
    spaces = _Spaced(texts, lows)
    # In an article that is no sport report, a text or sentence whose words in lower
    # case mark nothing gives nothing: a text is not even cut into sentences, a sentence
    # not even tokenised. (The sport question, which looks through the whole article,
    # is asked only when something would be passed over unread.)
    skipped = _quiet_texts(texts, spaces)
    if skipped and sport():
        skipped = set()
    named = _named(texts, lows, skipped)
    dotted = {k for k, s in enumerate(named) if _dotted(texts[s.text], s.start, s.end)}
    plain = _plain(texts, spaces, named, dotted) if named else set()
    if plain and sport():
        plain = set()
    words, keys, ends, cased = _tokenised(texts, lows, named, plain)
    held = marked(words, keys, ends, sport, dotted)
    # An abbreviation glued to a word ("CT.Hội"), which the tokens may split, or a
    # character that changes length in lower case, which keys a sentence word by word:
    # the screen lets such a sentence through unlooked at.
    if cased:
        # No word changes length in lower case: only a glued abbreviation is left, which
        # is a dot before a letter, and so stands only in a sentence found ``dotted``.
        for k in dotted:
            if not held[k]:
                s = named[k]
                held[k] = glued(texts[s.text], s.start, s.end)
    else:
        for k, s in enumerate(named):
            if not held[k]:
                text = texts[s.text]
                i = ends[k - 1] if k else 0
                held[k] = glued(text, s.start, s.end) or (
                    fold_text("\x00".join(words[i : ends[k]])) is None
                )
    # Each run of consecutive sentences of a text let through, read whole on its share of
    # the tokens.
    first = -1
    for k, keep in enumerate([*held, False]):
        if first >= 0 and not (keep and named[k].follows):
            s, last = named[first], named[k - 1]
            i = ends[first - 1] if first else 0
            j = ends[k - 1]
            text = texts[s.text]
            part, part_keys = words[i:j], keys[i:j]
            # Read on the words and keys as they are: no token is made unless asked for.
            # A word with a dot or hyphen before more of it stands only in a sentence
            # found dotted: in a run with none, the tagger looks for none.
            joined = any(d in dotted for d in range(first, k))
            yield read_part(text, s.start, last.end, part, part_keys, joined=joined)
            first = -1
        if keep and first < 0:
            first = k
