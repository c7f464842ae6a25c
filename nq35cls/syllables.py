"""Vietnamese syllables: which tokens are one, and splitting tokens that glue several together.

Text extracted from some PDFs (and files converted from them) lost the spaces between
syllables: "Vềphương diện tổchức", "kho thôngtin". The model's features are syllable
n-grams, so "thôngtin" is a word it never saw. :func:`split_glued_syllables` puts the
spaces back, and only where the token cannot be read otherwise:

* the token is made of letters only (punctuation at its ends aside), has a letter that is
  not ASCII, and no capital after its first letter (all-ASCII words are foreign words or
  acronyms: "ISO", "Internet", "website"; tokens with digits, URLs, e-mail addresses and
  file names hold other characters and are left alone);
* a capitalized token, only in a text where a lower-case token was split (alone, a capitalized
  token that reads as syllables is more often a name: "Nitơ", "Êban");
* it is not itself a Vietnamese syllable (:func:`is_syllable`);
* it splits entirely into syllables (:func:`split_token`: fewest pieces; between two splits
  into as many pieces, the one whose syllables are the more frequent in the project's data,
  then the one with the longer first piece).

A syllable is an onset (or none) and a rhyme, with at most one tone mark on a vowel where
that rhyme carries it, under Vietnamese spelling rules (``k``, ``gh``, ``ngh`` before
``i e ê``; a rhyme ending in ``c ch p t`` takes only the sắc or nặng tone...): all of it is
data, in ``resources/syllables.json``.

A comma or semicolon between two lower-case letters ("chung,cũng") gets a space after it (not
between digits: "1,5"; not in acronym lists: "KH,CN"; not in URLs and e-mail addresses).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

#: The five tone marks (combining characters, as NFD writes them) and their names.
TONE_MARKS = MappingProxyType({"\u0300": "huyền", "\u0301": "sắc", "\u0303": "ngã", "\u0309": "hỏi", "\u0323": "nặng"})
#: The letters of a syllable without its tone mark.
_BASE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđăâêôơư")
_BASE_VOWELS = frozenset("aăâeêioôơuưy")
_CONSONANTS = "bcdđghklmnpqrstvx"
#: The longest syllable ("nghiêng"), in letters.
MAX_SYLLABLE = 7
#: Tokens longer than this (in characters) are left alone: no extraction glues a page into one token,
#: and the split's cost grows with the token.
MAX_GLUED = 200
# Between two lower-case letters of Vietnamese spelling (not acronyms: "KH,CN"; not "ε,δ"); the
# punctuation first (a lookbehind first would be tried at every character: six times slower).
_GLUED_PUNCTUATION = re.compile(
    r"[,;](?<=[a-zđăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ][,;])"
    r"(?=[a-zđăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ])"
)
#: A token holding one of these is an address, not prose: its commas and semicolons stay.
_ADDRESS_MARKS = ("://", "www.", "@")
_EDGES = re.compile(r"^(\W*)(.*?)(\W*)$", re.DOTALL)


@lru_cache(maxsize=1)
def _candidate() -> re.Pattern[str]:
    """A vowel, consonants, then a vowel: two syllables at least, or a foreign word (no consonant
    stands between two vowels of one syllable)."""
    vowels = "".join(
        c
        for c in map(chr, (*range(0x61, 0x7B), *range(0xC0, 0x1C0), *range(0x1EA0, 0x1F00)))
        if c.islower() and unicodedata.normalize("NFD", c)[:1] in _BASE_VOWELS and unicodedata.normalize("NFC", c) == c
    )
    vowels += vowels.upper()
    consonants = _CONSONANTS + _CONSONANTS.upper()
    return re.compile(rf"[{vowels}][{consonants}]+[{vowels}]")


@dataclass(frozen=True)
class _Structure:
    """``resources/syllables.json``, read into the forms the checks use."""

    #: Onsets, the longest first, then none ("").
    onsets: tuple[str, ...]
    #: Each rhyme without tone: the positions (in the rhyme) of the vowels that may carry its tone.
    rhymes: MappingProxyType
    front: MappingProxyType
    not_front: MappingProxyType
    only_after: MappingProxyType
    not_after: MappingProxyType
    stop_finals: tuple[str, ...]
    stop_tones: frozenset[str]
    counts: MappingProxyType


def _resource() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        resources.files("nq35cls.resources").joinpath("syllables.json").read_text(encoding="utf-8")
    )
    return raw


@lru_cache(maxsize=1)
def _structure() -> _Structure:
    raw = _resource()
    rhymes: dict[str, set[int]] = {}
    for spelled in raw["rhymes"]:
        letters = _letters(unicodedata.normalize("NFC", spelled))
        if letters is None or letters[1] is None:
            raise ValueError(f"syllables.json: rhyme {spelled!r} is not letters with one tone mark")
        rhymes.setdefault(letters[0], set()).add(letters[1])
    return _Structure(
        onsets=(*sorted(raw["onsets"], key=len, reverse=True), ""),
        rhymes=MappingProxyType({r: frozenset(p) for r, p in rhymes.items()}),
        front=MappingProxyType(dict(raw["front"])),
        not_front=MappingProxyType(dict(raw["not_front"])),
        only_after=MappingProxyType({r: frozenset(o) for r, o in raw["only_after"].items()}),
        not_after=MappingProxyType(dict(raw["not_after"])),
        stop_finals=tuple(raw["stop_finals"]),
        stop_tones=frozenset(raw["stop_tones"]),
        counts=MappingProxyType(dict(raw["counts"])),
    )


@lru_cache(maxsize=512)
def _letter(char: str) -> tuple[str, str | None] | None:
    """A lower-case letter as (its letter without tone mark, the tone's name or None); None if it is
    no letter of Vietnamese spelling."""
    decomposed = unicodedata.normalize("NFD", char)
    tones = [TONE_MARKS[c] for c in decomposed if c in TONE_MARKS]
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    if base not in _BASE_LETTERS or len(tones) > 1:
        return None
    return base, (tones[0] if tones else None)


def _letters(token: str) -> tuple[str, int | None, str | None] | None:
    """A lower-case NFC token as (its letters without tone mark, the position of the toned letter, the
    tone's name); None when it holds a character that is no Vietnamese letter or two tone marks."""
    base: list[str] = []
    place: int | None = None
    tone: str | None = None
    for k, char in enumerate(token):
        found = _letter(char)
        if found is None:
            return None
        base.append(found[0])
        if found[1] is not None:
            if tone is not None:
                return None
            place, tone = k, found[1]
    return "".join(base), place, tone


def is_syllable(token: str) -> bool:
    """Whether a token is one Vietnamese syllable (onset, rhyme, at most one tone mark in its place).

    Parameters
    ----------
    token : str
        A token in NFC, any case.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_syllable("Nghiêng"), is_syllable("hoà"), is_syllable("thôngtin"), is_syllable("ge")
    (True, True, False, False)
    """
    return _is_syllable(token.lower())


@lru_cache(maxsize=8192)
def _is_syllable(token: str) -> bool:
    if not 0 < len(token) <= MAX_SYLLABLE:
        return False
    letters = _letters(token)
    if letters is None:
        return False
    base, place, tone = letters
    s = _structure()
    for onset in s.onsets:
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset) :]
        places = s.rhymes.get(rhyme)
        if places is None or (place is not None and place - len(onset) not in places):
            continue
        first = rhyme[0]
        if onset in s.front and first not in s.front[onset]:
            continue
        if onset in s.not_front and first in s.not_front[onset]:
            continue
        if rhyme in s.only_after and onset not in s.only_after[rhyme]:
            continue
        if onset in s.not_after and first in s.not_after[onset]:
            continue
        if rhyme.endswith(s.stop_finals) and tone not in s.stop_tones:
            continue
        return True
    return False


def split_token(token: str) -> tuple[str, ...] | None:
    """A token that is not a syllable, split into syllables; None when it is one or does not split so.

    Every piece is a syllable (:func:`is_syllable`) that the project's data holds on its own (the
    counts of ``resources/syllables.json``). The split has the fewest pieces; between splits into
    as many pieces, the one with the fewest pieces after the first that start with a vowel ("ban
    hành", not "banh ành"), then the one whose pieces are the more frequent in the data (the sum of
    their log counts), then the one with the longer first piece. A capitalized token is split only
    into pieces that start with a consonant after the first (a foreign name such as "Lênin" is not
    "Lên in"); nor is a token where a one-letter piece stands beside an all-ASCII piece (an English
    word inside the glue, cut up letter by letter). Case is kept.

    Parameters
    ----------
    token : str
        Letters only, in NFC.

    Returns
    -------
    tuple of str or None

    Examples
    --------
    >>> split_token("Chưabanhành")
    ('Chưa', 'ban', 'hành')
    >>> split_token("chính") is None
    True
    """
    lower = token.lower()
    if len(lower) != len(token) or _is_syllable(lower):
        return None
    cuts = _best_cuts(lower)
    if cuts is None:
        return None
    pieces = tuple(token[a:b] for a, b in zip((0, *cuts), cuts))
    if token[:1].isupper() and any(_starts_with_vowel(p) for p in pieces[1:]):
        return None
    # a one-letter piece beside an all-ASCII one: an English word cut up ("co o ki e"), not glue
    if any(len(a) == 1 and b.isascii() or len(b) == 1 and a.isascii() for a, b in zip(pieces, pieces[1:])):
        return None
    return pieces


def _starts_with_vowel(piece: str) -> bool:
    first = _letter(piece[:1].lower())
    return first is not None and first[0] in _BASE_VOWELS


@lru_cache(maxsize=8192)
def _best_cuts(token: str) -> tuple[int, ...] | None:
    """Where a lower-case token splits into known syllables (the ends of its pieces), by dynamic
    programming from the end: each suffix's best (pieces, pieces starting with a vowel, -sum of log
    counts), the longest first piece among equals."""
    counts = _structure().counts
    n = len(token)
    best: list[tuple[int, float, int, tuple[int, ...]] | None] = [None] * n + [(0, 0.0, 0, ())]
    for start in range(n - 1, -1, -1):
        for end in range(min(n, start + MAX_SYLLABLE), start, -1):
            after = best[end]
            piece = token[start:end]
            if after is None or piece not in counts or not _is_syllable(piece):
                continue
            vowel_first = int(start > 0 and _starts_with_vowel(piece))
            score = (after[0] + 1, after[1] - math.log(counts[piece]), after[2] + vowel_first)
            current = best[start]
            if current is None or score < current[:3]:
                best[start] = (*score, (end, *after[3]))
    found = best[0]
    return found[3] if found is not None and found[0] > 1 else None


def _split_token_text(token: str, capitalized: bool) -> str:
    """A whitespace-delimited token with its letters split (punctuation at its ends kept), or as it was."""
    edges = _EDGES.match(token)
    if edges is None:
        return token
    lead, core, trail = edges.groups()
    if len(core) > MAX_GLUED or not core.isalpha() or core.isascii() or any(c.isupper() for c in core[1:]):
        return token
    if core[0].isupper() and not capitalized:
        return token
    pieces = split_token(core)
    return token if pieces is None else lead + " ".join(pieces) + trail


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited token of ``text`` around ``text[start:end]``: its start and end."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _split_tokens(text: str, capitalized: bool) -> str:
    """The text with each token holding a candidate (see :func:`_candidate`) split where it splits."""
    out: list[str] = []
    copied = seen = 0
    for match in _candidate().finditer(text):
        if match.start() < seen:  # in a token already looked at
            continue
        start, end = _token_bounds(text, match.start(), match.end())
        seen = end
        token = text[start:end]
        if token.isascii():
            continue
        split = _split_token_text(token, capitalized)
        if split != token:
            out += (text[copied:start], split)
            copied = end
    if not out:
        return text
    out.append(text[copied:])
    return "".join(out)


def split_glued_syllables(text: str) -> str:
    """Text with glued syllables split and a space after a comma or semicolon glued between letters.

    Parameters
    ----------
    text : str
        Text in NFC.

    Returns
    -------
    str
        The text; unchanged where nothing was glued.

    Examples
    --------
    >>> split_glued_syllables("Vềphương diện tổchức,nhân sự: 1,5 tỷ; ISO 9001")
    'Về phương diện tổ chức, nhân sự: 1,5 tỷ; ISO 9001'
    """
    if _GLUED_PUNCTUATION.search(text) is not None:
        text = _space_punctuation(text)
    if _candidate().search(text) is None:  # most text: one quick scan
        return text
    split = _split_tokens(text, capitalized=False)
    # a capitalized token is split only in a text where lower-case ones were (glue is a
    # property of the extraction): alone, it is more often a name ("Nitơ", "Êban")
    return split if split == text else _split_tokens(split, capitalized=True)


def _space_punctuation(text: str) -> str:
    """A space after each comma or semicolon glued between two lower-case letters, but in addresses.

    Each token is looked at once, however many of them it holds (linear in the text's length)."""
    out: list[str] = []
    copied = token_end = 0
    address = False
    for match in _GLUED_PUNCTUATION.finditer(text):
        if match.start() >= token_end:
            start, end = _token_bounds(text, match.start(), match.end())
            token_end = end
            address = any(mark in text[start:end] for mark in _ADDRESS_MARKS)
        if not address:
            out += (text[copied : match.end()], " ")
            copied = match.end()
    if not out:
        return text
    out.append(text[copied:])
    return "".join(out)


def syllable_counts(texts: list[str] | tuple[str, ...], *, least: int = 2) -> dict[str, int]:
    """How often each syllable occurs in texts (lower-cased, in NFC; glued tokens are not counted).

    Parameters
    ----------
    texts : sequence of str
        Paragraphs.
    least : int, default 2
        Syllables seen fewer times are left out.

    Returns
    -------
    dict of str to int
        Syllable counts, the most frequent first.
    """
    counts: dict[str, int] = {}
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text).lower()):
            if _is_syllable(word):
                counts[word] = counts.get(word, 0) + 1
    return dict(sorted(((w, c) for w, c in counts.items() if c >= least), key=lambda wc: (-wc[1], wc[0])))
