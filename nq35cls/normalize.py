"""Normalize paragraph text for features.

The same word typed two ways must become one feature: text is put in Unicode
NFC, tone marks are moved to one placement (the common "old" style used by
most government text: ``hòa``, ``thủy``, not ``hoà``, ``thuỷ``), syllables
glued together by text extraction are split ("thôngtin" -> "thông tin", see
:mod:`nq35cls.syllables`), letters are lower-cased, digits folded to ``0`` and
white space collapsed; in the copy features are computed from, syllables joined by an underscore (as
Vietnamese word segmenters write words: "xác_định") are spaced apart. The original
text is never changed; only the copy that features are computed from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from types import MappingProxyType

from .syllables import split_glued_syllables

# New-style -> old-style tone placement, for syllables that end in these
# vowel pairs. Only applied at the end of a syllable (no final consonant).
_TONE_MOVES = MappingProxyType(
    {
        "oà": "òa",
        "oá": "óa",
        "oả": "ỏa",
        "oã": "õa",
        "oạ": "ọa",
        "oè": "òe",
        "oé": "óe",
        "oẻ": "ỏe",
        "oẽ": "õe",
        "oẹ": "ọe",
        "uỳ": "ùy",
        "uý": "úy",
        "uỷ": "ủy",
        "uỹ": "ũy",
        "uỵ": "ụy",
    }
)
# Any case: each first vowel with the second vowels it moves before, as character classes (the same matches
# as the alternation of the pairs with re.IGNORECASE, four times faster on long text).
# The q test is a look-behind after the pair (not before it, where it keeps the regex engine from skipping ahead
# to the pair's first letter): the same matches, half again as fast.
_TONE_RE = re.compile(
    r"("
    + "|".join(
        f"[{first}{first.upper()}][{''.join(p[1] + p[1].upper() for p in _TONE_MOVES if p[0] == first)}]"
        for first in dict.fromkeys(p[0] for p in _TONE_MOVES)
    )
    + r")(?<![qQ]..)(?!\w)"
)
# The same, on lower-cased text (the feature path: no case to keep, faster).
_TONE_RE_LOWER = re.compile(r"(" + "|".join(_TONE_MOVES) + r")(?<!q..)(?!\w)")
_NONZERO_DIGIT = re.compile(r"[1-9]")
# An underscore between two letters: a word segmenter's join of syllables ("xác_định", "Uỷ_ban_nhân_dân").
_JOINED = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
# Typographic variants folded to one form (str.replace per variant: much
# faster than str.translate on non-ASCII text).
_FOLD: tuple[tuple[str, str], ...] = (
    ("“", '"'),
    ("”", '"'),
    ("„", '"'),
    ("‘", "'"),
    ("’", "'"),
    ("–", "-"),
    ("—", "-"),
    ("…", "..."),
    ("\u00a0", " "),
    # the letters oi that some PDF fonts put for ư ("TRƢỜNG", "cƣơng"): no Vietnamese word has them
    ("ƣ", "ư"),
    ("Ƣ", "Ư"),
)


def _fold(text: str) -> str:
    for variant, form in _FOLD:
        if variant in text:
            text = text.replace(variant, form)
    return text


def _move_tone(match: re.Match) -> str:
    found = match.group(1)
    target = _TONE_MOVES[found.lower()]
    return "".join(t.upper() if f.isupper() else t for f, t in zip(found, target))


def normalize_text(text: str) -> str:
    """NFC, one tone-mark placement, typographic folding and glued syllables split; case kept.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The normalized text.

    Examples
    --------
    >>> normalize_text("Hoà bình, thuỷ lợi")
    'Hòa bình, thủy lợi'
    >>> normalize_text("Vềphương diện tổchức,nhân sự")
    'Về phương diện tổ chức, nhân sự'
    """
    text = split_glued_syllables(_fold(unicodedata.normalize("NFC", text)))
    return _TONE_RE.sub(_move_tone, text)


def feature_text(text: str) -> str:
    """The form that features are computed from: normalized, lower-cased,
    digits folded to ``0``, syllables joined by an underscore spaced apart, white space collapsed."""
    text = unicodedata.normalize("NFC", text)
    if "_" in text:
        text = _JOINED.sub(" ", text)
    text = split_glued_syllables(_fold(text)).lower()
    text = _NONZERO_DIGIT.sub("0", _TONE_RE_LOWER.sub(lambda m: _TONE_MOVES[m.group(1)], text))
    return " ".join(text.split())


def word_list_text(text: str) -> str:
    """The form of :func:`feature_text` for a clean list of words (a dictionary: letters and spaces, one word a
    line): NFC, lower case, one tone-mark placement, line breaks kept; no typographic folding and no glued
    syllables split (a dictionary writes its syllables apart), so much faster on a long list.

    >>> word_list_text("Hoà bình\nThuỷ lợi")
    'hòa bình\nthủy lợi'
    """
    text = unicodedata.normalize("NFC", text).lower()
    return _TONE_RE_LOWER.sub(lambda m: _TONE_MOVES[m.group(1)], text)


def segment_words(texts: Iterable[str]) -> list[str]:
    """Word-segment feature texts with underthesea (syllables of a word joined by ``_``).

    Slow (a few hundred paragraphs per second); used only by the ``word``
    feature set.
    """
    from underthesea import word_tokenize  # imported here: heavy, and optional for the fast path

    return [word_tokenize(t, format="text") for t in texts]
