"""The tokens of a part of a clean text keyed from the text's lower case, character by
character in place (:func:`words_keys_in`): the compiled build's way to tokenise and key
the sentences the screen looks at, in one native walk over the characters' codes, most
tokens their own keys."""

from __future__ import annotations

from typing import Final

from vn_newsdoc.vi.people._tokens import _FIND_WORDS, _TONED, _WORD_ENDS, token_key

__all__ = ["in_place", "words_keys_in"]


def in_place(text: str, low: str) -> bool:
    """Whether a clean text's lower case (``low``) holds each character's lower case where
    the text holds the character (no character lowers to more than one, or by its
    context, as a capital sigma does), so that :func:`words_keys_in` can key its words
    from it.

    >>> in_place("Hòa Bình", "hòa bình"), in_place("İzmir", "İzmir".lower())
    (True, False)
    """
    return len(low) == len(text) and "Σ" not in text


# The toned vowels that a tone move starts with (_TONED), by their codes: a table for
# the codes up to the last of them, read natively when compiled.
_TONED_CODES: Final = bytes(1 if chr(c) in _TONED else 0 for c in range(max(map(ord, _TONED)) + 1))


# The keys of the words where a tone may move worked out so far (token_key of each runs
# the tone moves' pattern, which calls back into Python for each move): a few words, most
# of all "của", come again and again. Emptied when full, so that it stays small whatever
# is read.
_MOVED_KEYS: Final[dict[str, str]] = {}
_MOVED_KEPT: Final = 10_000


def _moved_key(word: str) -> str:
    """:func:`token_key` of a word where a tone may move, remembered once worked out.

    >>> _moved_key("của") == token_key("của"), _moved_key("Thủy")
    (True, 'thuỷ')
    """
    key = _MOVED_KEYS.get(word)
    if key is None:
        key = token_key(word)
        if len(_MOVED_KEYS) >= _MOVED_KEPT:
            _MOVED_KEYS.clear()
        _MOVED_KEYS[word] = key
    return key


def _key_at(word: str, text: str, low: str, start: int, end: int) -> str:
    """:func:`token_key` of a token (none but ``.`` itself ends with a dot) that stands at
    ``start:end`` of a text whose lower case is ``low``, characters in place
    (:func:`in_place`): the token itself where no character of it changes in lower case,
    or else its place in ``low``; keyed alone where a tone may move (a toned ``o`` or
    ``u`` before an ``a``, ``e`` or ``y``)."""
    changed = False
    table = _TONED_CODES
    size = len(table)
    for at in range(start, end):
        code = ord(low[at])
        if code != ord(text[at]):
            changed = True
        if code < size and table[code] and at + 1 < end:
            after = ord(low[at + 1])
            if after == 97 or after == 101 or after == 121:  # noqa: PLR1714
                return _moved_key(word)  # "a", "e" or "y" (_SECONDS) after it
    return low[start:end] if changed else word


# Whether a character is a letter or digit (str.isalnum), by its code: a table for the
# codes of the scripts of most news text (Latin with Vietnamese, Greek, Cyrillic, the
# marks and spaces up to U+2000), read natively when compiled; the method for the rest.
# (Looked up in place in the walk below: a call for each character would cost more.)
_ALNUM_CODES: Final = bytes(1 if chr(c).isalnum() else 0 for c in range(0x2000))


def words_keys_in(
    text: str, low: str, start: int, end: int, *, words: list[str], keys: list[str]
) -> None:
    """Add the tokens of ``text[start:end]`` as written
    (:func:`~vn_newsdoc.vi.people._tokens.words_in`) to ``words``,
    and their keys (:func:`token_key` of each) to ``keys``; ``low`` is the text in lower
    case, each character in place (:func:`in_place`).

    One walk over the characters' codes (native when compiled) finds the pieces between
    spaces that :func:`words_in` splits the part into, whether each is letters and digits,
    perhaps with a mark after it (then a token, or two, as it stands), and whether a
    character of it changes in lower case or a tone may move in it. Most tokens are their
    own key (no new string), or their place in the lower case; a word where a tone may
    move is keyed alone (and remembered so). The other pieces, words joined by marks or
    with marks around them, are split by a second walk (:func:`_split`), and only those
    with white space, ``_`` or ``&`` in them by the pattern.

    >>> from vn_newsdoc.vi.people._tokens import words_in
    >>> words, keys = [], []
    >>> text = "Ông Lê-Văn A, (TP.HCM) hòa."
    >>> words_keys_in(text, text.lower(), 0, 27, words=words, keys=keys)
    >>> words == words_in(text, 0, 27), keys == [token_key(w) for w in words]
    (True, True)
    """
    toned = _TONED_CODES
    toned_size = len(toned)
    alnum = _ALNUM_CODES
    alnum_size = len(alnum)
    end = min(end, len(text))  # as far as the text goes, as a slice of it does
    at = start
    while at < end:
        # The piece from ``at`` to the next space: where its first character that is no
        # letter or digit stands, whether a character of it changes in lower case, and
        # whether a tone may move in it (a toned "o" or "u" before "a", "e" or "y").
        stop = at
        other = -1
        changed = False
        moves = False
        while stop < end:
            code = ord(text[stop])
            if code < 128:
                # In ASCII (most characters), only "A" to "Z" change in lower case, into
                # no toned vowel: the lower case is not looked at.
                if code == 32:  # a space
                    break
                if 65 <= code <= 90:
                    changed = True
                if other < 0 and not alnum[code]:
                    other = stop
            else:
                code_low = ord(low[stop])
                if code_low != code:
                    changed = True
                if code_low < toned_size and toned[code_low] and stop + 1 < end:
                    after = ord(low[stop + 1])
                    if after == 97 or after == 101 or after == 121:  # noqa: PLR1714
                        moves = True  # "a", "e" or "y" (_SECONDS)
                if other < 0 and not (
                    alnum[code] != 0 if code < alnum_size else text[stop].isalnum()
                ):
                    other = stop
            stop += 1
        if other < 0:
            if stop > at:  # letters and digits: one token
                _add(text, low, at, stop, changed=changed, moves=moves, words=words, keys=keys)
        elif other == stop - 1 and other > at and text[other] in _WORD_ENDS:
            # Letters and digits, and a mark that ends a word (its own key: in ASCII).
            _add(text, low, at, other, changed=changed, moves=moves, words=words, keys=keys)
            mark = text[other]
            words.append(mark)
            keys.append(mark)
        else:
            # Words joined by marks, or with marks around them ("30.000", "(TP.HCM)").
            _split_piece(text, low, at, stop, other, words=words, keys=keys)
        at = stop + 1  # past the space


def _add(
    text: str,
    low: str,
    start: int,
    end: int,
    *,
    changed: bool,
    moves: bool,
    words: list[str],
    keys: list[str],
) -> None:
    """Add the word at ``start:end`` of a text (whose lower case is ``low``) and its key:
    itself where no character changes in lower case, else its place in the lower case, or
    keyed alone where a tone may move (``changed``, ``moves``: in or next to it)."""
    word = text[start:end]
    words.append(word)
    if moves:
        keys.append(_moved_key(word))
    elif changed:
        keys.append(low[start:end])
    else:
        keys.append(word)


def _split_piece(
    text: str, low: str, start: int, end: int, other: int, *, words: list[str], keys: list[str]
) -> None:
    """Add the tokens of the piece ``text[start:end]`` (no space in it, and its first
    character that is no letter or digit at ``other``) to ``words``, and their keys to
    ``keys``: split where the pattern splits it, with no call of it where no character
    of the piece makes that harder (:func:`_plain_marks`)."""
    if _plain_marks(text, other, end):
        _split(text, low, start, end, words=words, keys=keys)
        return
    found = _FIND_WORDS(text, start, end)
    words += found
    if sum(map(len, found)) == end - start:
        # The words side by side (no white space but the plain one in the piece, as in a
        # clean text): each keyed in its place, as the pieces are (no word but "."
        # itself ends with a dot, which token_key would drop).
        place = start
        for word in found:
            keys.append(_key_at(word, text, low, place, place + len(word)))
            place += len(word)
    else:
        keys += [token_key(w) for w in found]


def _plain_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds no white space, no ``_`` or ``&`` (which a word
    of ``WORD`` may hold but that are no letters or digits) and no other control
    character: then :func:`_split` splits it as the pattern does."""
    for at in range(start, end):
        code = ord(text[at])
        if code < 128:
            if code < 33 or code == 38 or code == 95 or code == 127:  # noqa: PLR1714
                return False
        elif text[at].isspace():
            return False
    return True


def _alnum_at(text: str, at: int) -> bool:
    """Whether the character at ``at`` of a text is a letter or digit
    (``text[at].isalnum()``, by the table where it holds the character's code)."""
    code = ord(text[at])
    table = _ALNUM_CODES
    if code < len(table):
        return table[code] != 0
    return text[at].isalnum()


def _split(text: str, low: str, start: int, end: int, *, words: list[str], keys: list[str]) -> None:
    """Add the tokens of ``text[start:end]``, a piece with no white space, ``_`` or ``&``
    in it (nor any control character), to ``words`` (``WORD.findall`` of the piece) and
    their keys in place to ``keys`` (``low`` is the text in lower case, characters in
    place, :func:`in_place`).

    Without those characters, a match of ``WORD`` is a run of letters and digits with
    more such runs joined to it, each by one of ``’'-./`` (a mark joins only a run that
    follows it), or else one character alone: the pattern's matches, found by a walk
    over the characters (natively when compiled). No word ends with a dot, so that each
    is keyed in its place (:func:`_key_at`).

    >>> words, keys = [], []
    >>> _split("(TP.HCM),", "(tp.hcm),", 0, 9, words=words, keys=keys)
    >>> words, keys
    (['(', 'TP.HCM', ')', ','], ['(', 'tp.hcm', ')', ','])
    """
    at = start
    while at < end:
        stop = at
        while stop < end and _alnum_at(text, stop):
            stop += 1
        if stop == at:
            stop = at + 1  # a character that is no letter or digit: a token alone
        else:
            while stop + 1 < end and _joins(ord(text[stop])) and _alnum_at(text, stop + 1):
                stop += 2
                while stop < end and _alnum_at(text, stop):
                    stop += 1
        word = text[at:stop]
        words.append(word)
        keys.append(_key_at(word, text, low, at, stop))
        at = stop


def _joins(code: int) -> bool:
    """Whether the character of this code joins two runs of letters and digits into one
    word (one of ``’'-./``, those of ``WORD``)."""
    return code == 0x2019 or code == 39 or code == 45 or code == 46 or code == 47  # noqa: PLR1714
