"""Legacy Vietnamese font encodings: TCVN3 (ABC) and VNI.

Old government files were typed with fonts such as ``.VnTime`` (TCVN3) or
``VNI-Times`` (VNI) that drew Vietnamese letters in place of Western ones.
Saved as text, they arrive as mojibake: "KÕt qu¶" (TCVN3) or "Keát quaû"
(VNI) for "Kết quả". :func:`convert` recognises both and returns Unicode.

Some TCVN3 fonts (``.VnTimeH``, ``.VnArialH``...) print every letter as a
capital: the readers of Word files mark the text of such runs (between
:data:`CAPITALS_START` and :data:`CAPITALS_END`) and :func:`resolve_capitals`
converts it and writes it in capitals.

The tables live in ``resources/legacy_encodings.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

#: Names of the encodings :func:`convert` knows, as reported to the user.
ENCODING_NAMES: dict[str, str] = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}

_WORD = re.compile(r"\w+")
# Letters only Unicode Vietnamese has: legacy mojibake never holds them, so a
# text with more than a few is Unicode already and is not tried.
_UNICODE_VIETNAMESE = re.compile("[\u1ea0-\u1ef9ăđơưĂĐƠƯ]")


@dataclass(frozen=True)
class _Tables:
    """The compiled tables (built on first use, never at import time)."""

    data: dict

    @cached_property
    def tcvn3(self) -> dict[int, str]:
        return str.maketrans(self.data["tcvn3"])

    @cached_property
    def common(self) -> frozenset[str]:
        return frozenset(self.data["common_syllables"])

    @cached_property
    def vni_marks(self) -> dict[str, tuple[str, str]]:
        """Mark character -> (kind, combining tone), kind being tone/circumflex/breve."""
        marks = {}
        for kind in ("tone", "circumflex", "breve"):
            for ch, tone in self.data["vni"][kind].items():
                marks[ch] = (kind, tone)
        return marks


@lru_cache(maxsize=1)
def _load() -> _Tables:
    with resources.files("nq35cls").joinpath("resources/legacy_encodings.json").open(encoding="utf-8") as fh:
        return _Tables(json.load(fh))


_QUALITY = {"circumflex": "\u0302", "breve": "\u0306"}
_TAKES = {"tone": set("aeouyAEOUYơưƠƯ"), "circumflex": set("aeoAEO"), "breve": set("aA")}


def from_tcvn3(text: str, tables: _Tables) -> str:
    """Convert TCVN3 mojibake (its bytes read as Windows-1252) to Unicode."""
    return text.translate(tables.tcvn3)


def from_vni(text: str, tables: _Tables) -> str:
    """Convert VNI mojibake (its bytes read as Windows-1252) to Unicode."""
    standalone = tables.data["vni"]["standalone"]
    marks = tables.vni_marks
    out: list[str] = []
    for ch in text:
        mark = marks.get(ch)
        if mark is not None and out and out[-1] in _TAKES[mark[0]]:
            kind, tone = mark
            out[-1] = unicodedata.normalize("NFC", out[-1] + _QUALITY.get(kind, "") + tone)
            continue
        out.append(standalone.get(ch, ch))
    return "".join(out)


def plausibility(text: str, tables: _Tables | None = None) -> int:
    """How many of the text's words are frequent Vietnamese syllables."""
    tables = tables or _load()
    return sum(1 for w in _WORD.findall(unicodedata.normalize("NFC", text).lower()) if w in tables.common)


def convert(text: str) -> tuple[str, str] | None:
    """Recognise and convert TCVN3 or VNI mojibake.

    Parameters
    ----------
    text : str
        Decoded text (a legacy file's bytes read as Windows-1252, or such
        characters saved again as UTF-8).

    Returns
    -------
    (str, str) or None
        The Unicode text and the encoding's key in :data:`ENCODING_NAMES`,
        or None if the text does not read better converted.
    """
    sample = text[:200_000]
    if len(_UNICODE_VIETNAMESE.findall(sample[:20_000])) > 20:
        return None
    tables = _load()
    base = plausibility(sample, tables)
    best, best_score = None, base
    for name, conv in (("tcvn3", from_tcvn3), ("vni", from_vni)):
        score = plausibility(conv(sample, tables), tables)
        if score > best_score:
            best, best_score = name, score
    words = len(_WORD.findall(sample))
    if best is None or best_score - base < max(3, 0.05 * words):
        return None
    conv = from_tcvn3 if best == "tcvn3" else from_vni
    return conv(text, tables), best


#: Marks around the text of a run in a TCVN3 capitals font (private-use characters no file holds as text).
CAPITALS_START = "\ue0f0"
CAPITALS_END = "\ue0f1"
_CAPITALS_SPAN = re.compile(f"{CAPITALS_START}([^{CAPITALS_END}]*){CAPITALS_END}")
_ASCII_LOWER = re.compile("[a-z]+")


def is_tcvn3_font(name: str) -> bool:
    """Whether a font is a TCVN3 font (``.VnTime``, ``.VnArialH``...)."""
    prefix = _load().data["tcvn3_capitals_fonts"]["prefix"]
    return len(name) > len(prefix) and name.startswith(prefix)


def is_capitals_font(name: str) -> bool:
    """Whether a font is a TCVN3 capitals font (``.VnTimeH``): its lower-case letters print as capitals."""
    return is_tcvn3_font(name) and name.endswith(_load().data["tcvn3_capitals_fonts"]["suffix"])


def resolve_capitals(texts: list[str]) -> tuple[list[str], str | None]:
    """Texts with runs of TCVN3 capitals fonts marked, as they print.

    When the texts are TCVN3 mojibake (as :func:`convert` finds), all are
    converted and the marked runs written in capitals; otherwise only the
    ASCII letters of the marked runs are (what such a font prints for them),
    and nothing else changes. The marks are removed.

    Parameters
    ----------
    texts : list of str
        Paragraph texts, runs in capitals fonts between :data:`CAPITALS_START` and :data:`CAPITALS_END`.

    Returns
    -------
    (list of str, str or None)
        The texts, and ``"tcvn3"`` when they were converted (else None).
    """
    if not any(CAPITALS_START in t for t in texts):
        return texts, None
    plain = [t.replace(CAPITALS_START, "").replace(CAPITALS_END, "") for t in texts]
    found = convert("\n".join(plain))
    if found is not None and found[1] == "tcvn3":
        tables = _load()
        out = [_CAPITALS_SPAN.sub(lambda m: m.group(1).upper(), from_tcvn3(t, tables)) for t in texts]
        return [t.replace(CAPITALS_START, "").replace(CAPITALS_END, "") for t in out], "tcvn3"
    out = [_CAPITALS_SPAN.sub(lambda m: _ASCII_LOWER.sub(lambda a: a.group(0).upper(), m.group(1)), t) for t in texts]
    return [t.replace(CAPITALS_START, "").replace(CAPITALS_END, "") for t in out], None
