"""Vietnamese words of several syllables: where a run of syllables may start and end without cutting a word.

A Vietnamese word is often two to four syllables ("môi trường", "xã hội hóa"), written apart like any
other. The themes' titles (:func:`nq35cls.themes.theme_title`) are runs of their members' syllables; a run
that starts or ends inside a word reads broken ("bảo vệ môi" for "bảo vệ môi trường"). The words are those
of the dictionary that underthesea (a dependency of the package) ships with its corpus reader
(``underthesea/corpus/data/Viet74K.txt``), read from the installed package when first needed, normalized as
texts are (:func:`~nq35cls.normalize.word_list_text`); nothing of it is copied here. Without that file the
list is empty and no boundary counts as inside a word.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .normalize import word_list_text

#: The dictionary's path inside the underthesea package.
WORD_LIST: tuple[str, ...] = ("corpus", "data", "Viet74K.txt")
#: Longest words looked up, in syllables.
MAX_SYLLABLES = 4


def _word_list_path() -> Path | None:
    """The dictionary file of the installed underthesea, found without importing the package (slow)."""
    spec = importlib.util.find_spec("underthesea")
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        return None
    path = Path(next(iter(locations))).joinpath(*WORD_LIST)
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def compound_words() -> tuple[dict[str, tuple[int, ...]], frozenset[str]]:
    """The words of two to :data:`MAX_SYLLABLES` syllables, normalized, their syllables joined by a space.

    Returns
    -------
    starts : dict of str to tuple of int
        For the first two syllables of a word ("môi trường"), the lengths of
        the words that start with them (2 when the two are a word).
    longer : frozenset of str
        The words of three syllables or more.
    """
    path = _word_list_path()
    if path is None:
        return {}, frozenset()
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}, frozenset()
    lengths: dict[str, set[int]] = {}
    longer: set[str] = set()
    for entry in word_list_text(raw).splitlines():
        syllables = entry.split()
        if not 2 <= len(syllables) <= MAX_SYLLABLES or not "".join(syllables).isalpha():
            continue
        lengths.setdefault(f"{syllables[0]} {syllables[1]}", set()).add(len(syllables))
        if len(syllables) > 2:
            longer.add(" ".join(syllables))
    return {k: tuple(sorted(v)) for k, v in lengths.items()}, frozenset(longer)


def inside_word(syllables: Sequence[str]) -> list[bool]:
    """For each boundary of a run of normalized syllables (before the first, between two, after the last),
    whether a word of the dictionary spans it.

    Parameters
    ----------
    syllables : sequence of str
        One run of syllables, normalized (:func:`~nq35cls.normalize.feature_text`), with no punctuation
        between them.

    Returns
    -------
    list of bool
        ``len(syllables) + 1`` values; the first and the last are False.

    Examples
    --------
    >>> inside_word("bảo vệ môi trường".split())
    [False, True, False, True, False]
    """
    n = len(syllables)
    inside = [False] * (n + 1)
    starts, longer = compound_words()
    get = starts.get
    for i in range(n - 1):
        lengths = get(f"{syllables[i]} {syllables[i + 1]}")
        if lengths is None:
            continue
        for length in lengths:
            if length == 2:  # the pair is a word
                inside[i + 1] = True
            elif i + length <= n and " ".join(syllables[i : i + length]) in longer:
                for b in range(i + 1, i + length):
                    inside[b] = True
    return inside
