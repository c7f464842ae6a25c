"""Word's automatic list numbers ("1.", "a)", "II.", bullets), as the .docx and .doc readers write them.

A list number is not in a paragraph's text: Word generates it from the
list's level definitions (number format, number text such as ``%1.%2.``,
start value, when a level restarts) and from counters kept per list as the
document is read in order. Both readers describe their levels as
:class:`LevelFormat` and count with :class:`Counters`, so that a report
gives the same text whether it was saved as .docx or .doc. A bullet is
written ``-`` whatever its symbol.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

#: Word's list levels are 0 to 8.
LEVELS = 9
#: Roman numerals are written up to this number; larger ones in digits.
_LARGEST_ROMAN = 3999
_PLACEHOLDER = re.compile(r"%([1-9])")


def roman(n: int) -> str:
    """``n`` in upper-case Roman numerals (digits when it is not between 1 and 3999)."""
    if not 0 < n <= _LARGEST_ROMAN:  # a number no list reaches: digits, not a billion "M"s
        return str(n)
    out = []
    for value, digits in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def letter(n: int) -> str:
    """``n`` as Word's lower-case list letters: a, b, ..., z, aa, ab, ..."""
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


#: Number formats by their .docx names (``w:numFmt``); others are written in decimal.
FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": letter,
    "upperLetter": lambda n: letter(n).upper(),
    "lowerRoman": lambda n: roman(n).lower(),
    "upperRoman": roman,
}


@dataclass(frozen=True)
class LevelFormat:
    """How one list level is numbered.

    Attributes
    ----------
    fmt : str
        Number format, by its .docx name (``decimal``, ``lowerLetter``, ``bullet``, ``none``...).
    text : str
        The number text, ``%1`` to ``%9`` standing for the numbers of levels 0 to 8 (``"%1."``, ``"%1.%2)"``).
    start : int
        The first number.
    restart_below : int
        The level's count restarts after an item of a level lower than this one
        (the default, :data:`LEVELS`, restarts after any higher level; 0: never).
    legal : bool
        Every number in the text written in decimal ("legal" numbering).
    """

    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    restart_below: int = LEVELS
    legal: bool = False


@dataclass
class Counters:
    """The counts of every list, as a document is read in order."""

    counts: dict[Hashable, list[int]] = field(default_factory=dict)

    def label(
        self, key: Hashable, ilvl: int, levels: Sequence[LevelFormat | None], *, restart_at: int | None = None
    ) -> str:
        """The number or bullet of the next item of list ``key`` at level ``ilvl``.

        Parameters
        ----------
        key : hashable
            The list whose counts are used (items of the same key continue each other's numbering).
        ilvl : int
            The item's level, 0 to 8.
        levels : sequence of LevelFormat or None
            The list's levels, by level (None or missing: not defined).
        restart_at : int or None, default=None
            The item's number when the list restarts at it (a start override); None: the next number.

        Returns
        -------
        str
            The label ("1.", "a)", "-"), or "" when the level is not defined or has no number.
        """
        spec = levels[ilvl] if 0 <= ilvl < min(len(levels), LEVELS) else None
        if spec is None:
            return ""
        counts = self.counts.setdefault(key, [0] * LEVELS)
        for shallower in range(ilvl):  # a level skipped over counts as at its start, as Word counts it
            shallower_spec = levels[shallower] if shallower < len(levels) else None
            if not counts[shallower] and shallower_spec is not None:
                counts[shallower] = shallower_spec.start
        if restart_at is not None:
            counts[ilvl] = restart_at
        else:
            counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else spec.start
        for deeper in range(ilvl + 1, LEVELS):
            deeper_spec = levels[deeper] if deeper < len(levels) else None
            if deeper_spec is None or ilvl < deeper_spec.restart_below:
                counts[deeper] = 0
        if spec.fmt == "bullet":
            return "-"
        if spec.fmt == "none":
            return ""

        def render(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            level_spec = (levels[level] if level < len(levels) else None) or LevelFormat()
            value = counts[level] or level_spec.start
            return str(value) if spec.legal else FORMATS.get(level_spec.fmt, str)(value)

        return _PLACEHOLDER.sub(render, spec.text).strip()
