"""Find the runs of sentences of a clean text to read for people, tokenising the text once.

A text is cut into sentences (:mod:`~vn_newsdoc.vi.people._sentences`); those with no
capital after their first word are passed over unread, and the others, in runs of
consecutive ones, are tokenised at once. The screen
(:mod:`~vn_newsdoc.vi.people._screen`) looks at each sentence's share of those tokens, and
each run of sentences it lets through is read whole
(:mod:`~vn_newsdoc.vi.people._mentions`) on the same tokens: a sentence is tokenised
once, not once for the screen and again for the reading, and a run is read exactly as
the text of its sentences read alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from vn_newsdoc.vi.people._doc import Doc
from vn_newsdoc.vi.people._screen import glued, inner_joins, marked
from vn_newsdoc.vi.people._sentences import may_name, spans
from vn_newsdoc.vi.people._tokens import WORD, fold_keys, fold_text, tokens_in


def _named_runs(text: str) -> Iterator[list[tuple[int, int]]]:
    """The runs of consecutive sentences of a clean text that may name someone
    (:func:`~vn_newsdoc.vi.people._sentences.may_name`), each as the sentences' spans."""
    run: list[tuple[int, int]] = []
    for start, end in spans(text):
        if may_name(text[start:end]):
            run.append((start, end))
        elif run:
            yield run
            run = []
    if run:
        yield run


def docs(text: str, sport: Callable[[], bool]) -> Iterator[Doc]:
    """The runs of sentences of a clean text that may name someone new or add a title,
    each whole, tokenised and tagged; ``sport`` tells whether the article is a sport
    report (asked only where the screen needs it).

    >>> [d.text[d.toks[0].start : d.toks[-1].end] for d in docs(
    ...     "Giá tăng. Ông Lộc đến. Bà Lan về. Trời mưa ở Hà Nội.", lambda: False)]
    ['Ông Lộc đến. Bà Lan về.']
    """
    # A character that changes length in lower case keys a sentence word by word, which
    # the screen leaves to the reading (rare: then each sentence is looked at for it).
    cased = len(text.lower()) == len(text) and "Σ" not in text
    for run in _named_runs(text):
        words: list[str] = []
        ends: list[int] = []  # where each sentence's tokens end
        for start, end in run:
            words += WORD.findall(text, start, end)
            ends.append(len(words))
        keys = fold_keys(words)
        held = marked(words, keys, ends, sport, joins=inner_joins("\x00".join(keys)))
        if not cased or glued(text, run[0][0], run[-1][1]):
            i = 0
            for k, (start, end) in enumerate(run):
                held[k] = (
                    held[k]
                    or glued(text, start, end)  # "CT.Hội": the tokens split such a word
                    or (not cased and fold_text("\x00".join(words[i : ends[k]])) is None)
                )
                i = ends[k]
        # Each run of sentences let through, read whole on its share of the tokens.
        first = -1
        for k, keep in enumerate([*held, False]):
            if keep and first < 0:
                first = k
            elif not keep and first >= 0:
                i = ends[first - 1] if first else 0
                tokens = tokens_in(text, run[first][0], run[k - 1][1], keys[i : ends[k - 1]])
                yield Doc(text, tokens=tokens)
                first = -1
