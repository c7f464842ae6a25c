"""Vietnamese words of several syllables: where a run of syllables may start and end without cutting a word.

A Vietnamese word is often two to four syllables ("môi trường", "xã hội hóa"), written apart like any
other. The themes' titles (:func:`nq35cls.themes.theme_title`) are runs of their members' syllables; a run
that starts or ends inside a word reads broken ("bảo vệ môi" for "bảo vệ môi trường"). The words are those
of the dictionary that underthesea (a dependency of the package) ships with its corpus reader
(``underthesea/corpus/data/Viet74K.txt``), read from the installed package when first needed, normalized as
texts are (:func:`~nq35cls.normalize.feature_text`); nothing of it is copied here. Without that file the
list is empty and no boundary counts as inside a word.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .normalize import feature_text

#: The dictionary's path inside the underthesea package.
WORD_LIST: tuple[str, ...] = ("corpus", "data", "Viet74K.txt")
#: Longest words looked up, in syllables.
MAX_SYLLABLES = 4
# a separator that feature_text keeps, so that the whole list is normalized in one call
_SEPARATOR = " | "


def _word_list_path() -> Path | None:
    """The dictionary file of the installed underthesea, found without importing the package (slow)."""
    spec = importlib.util.find_spec("underthesea")
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        return None
    path = Path(next(iter(locations))).joinpath(*WORD_LIST)
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def compound_words() -> tuple[dict[tuple[str, str], tuple[int, ...]], frozenset[tuple[str, ...]]]:
    """The words of two to :data:`MAX_SYLLABLES` syllables, normalized.

    Returns
    -------
    starts : dict of (str, str) to tuple of int
        For the first two syllables of a word, the lengths of the words that
        start with them (2 when the two are a word).
    words : frozenset of tuple of str
        Every such word, as its syllables.
    """
    path = _word_list_path()
    if path is None:
        return {}, frozenset()
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}, frozenset()
    entries = [line for line in raw.splitlines() if " " in line.strip() and "|" not in line]
    words = frozenset(
        syllables
        for entry in feature_text(_SEPARATOR.join(entries)).split("|")
        if 2 <= len(syllables := tuple(entry.split())) <= MAX_SYLLABLES and all(s.isalpha() for s in syllables)
    )
    lengths: dict[tuple[str, str], set[int]] = {}
    for w in words:
        lengths.setdefault((w[0], w[1]), set()).add(len(w))
    return {k: tuple(sorted(v)) for k, v in lengths.items()}, words


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
    starts, words = compound_words()
    get = starts.get
    for i, pair in enumerate(zip(syllables, syllables[1:])):
        lengths = get(pair)
        if lengths is None:
            continue
        for length in lengths:
            if length == 2:  # the pair is a word
                inside[i + 1] = True
            elif i + length <= n and tuple(syllables[i : i + length]) in words:
                for b in range(i + 1, i + length):
                    inside[b] = True
    return inside
