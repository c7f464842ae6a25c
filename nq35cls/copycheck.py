"""The copy check: a rewritten document shares no run of words with its original.

Real documents enter the project only rewritten paragraph by paragraph in the
project's own words (same labels, roles and shapes; other names, places,
figures and wording). This module checks a rewrite against its original:

- the same number of paragraphs, with the same labels and ``mixed`` flags;
- no run of :data:`RUN` consecutive syllables in common with *any* paragraph
  of the original, except inside the fixed official names listed in
  ``resources/copycheck.json`` (resolution titles, the national motto, ...);
- each paragraph's length within ±25% of its original's (paragraphs under
  40 characters may differ more: ±60%, at least 12 characters);
- the same kind of enumeration marker at its start ("1.", "a)", "-",
  "Một là", ...), and all upper case where the original is.

Run ``python -m nq35cls.copycheck ORIGINAL.jsonl REWRITE.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Consecutive syllables that make a copied run.
RUN = 5
#: Allowed change of a paragraph's length, as a fraction of the original's.
LENGTH_TOLERANCE = 0.25
SHORT_PARAGRAPH = 40
SHORT_TOLERANCE = 0.60
SHORT_SLACK = 12

_SYLLABLE = re.compile(r"\w+")
#: In a word-segmented text ("Thông_báo kết_luận"), syllables without the "_" that joins them.
_SEGMENTED_SYLLABLE = re.compile(r"[^\W_]+")
_JOINED_WORD = re.compile(r"[^\W\d_]_[^\W\d_]")
#: An original is word-segmented when at least this share of its paragraphs join words with "_".
SEGMENTED_SHARE = 0.5


@dataclass(frozen=True)
class CopyRules:
    """The rules' data: exempt official names and enumeration markers."""

    official_names: tuple[tuple[str, ...], ...]
    markers: tuple[tuple[str, re.Pattern], ...]


@lru_cache(maxsize=1)
def load_rules() -> CopyRules:
    """The rules shipped in ``resources/copycheck.json``."""
    raw = json.loads(resources.files("nq35cls.resources").joinpath("copycheck.json").read_text(encoding="utf-8"))
    names = sorted({tuple(syllables(name)) for name in raw["official_names"]}, key=len, reverse=True)
    markers = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in raw["markers"])
    return CopyRules(tuple(n for n in names if n), markers)


def syllables(text: str, segmented: bool = False) -> list[str]:
    """The text's syllables (word-character runs), NFC and lower case; with ``segmented``,
    the syllables a word-segmented text joins with "_" count one by one."""
    pattern = _SEGMENTED_SYLLABLE if segmented else _SYLLABLE
    return pattern.findall(unicodedata.normalize("NFC", text).lower())


def is_segmented(records: Sequence[dict]) -> bool:
    """Whether a document's text is word-segmented (a corpus for NLP: "Thông_báo kết_luận")."""
    joined = sum(bool(_JOINED_WORD.search(rec["text"])) for rec in records)
    return bool(records) and joined >= SEGMENTED_SHARE * len(records)


def _runs(sylls: Sequence[str | None], n: int = RUN) -> set[tuple[str, ...]]:
    """Every run of ``n`` consecutive syllables; none spans a masked (None) place."""
    runs: set[tuple[str, ...]] = set()
    for i in range(len(sylls) - n + 1):
        run = [s for s in sylls[i : i + n] if s is not None]
        if len(run) == n:
            runs.add(tuple(run))
    return runs


def _masked(text: str, rules: CopyRules, segmented: bool = False) -> list[str | None]:
    """The text's syllables with every official name's syllables replaced by None."""
    sylls: list[str | None] = list(syllables(text, segmented))
    for name in rules.official_names:
        k = len(name)
        for i in range(len(sylls) - k + 1):
            if tuple(sylls[i : i + k]) == name:
                sylls[i : i + k] = [None] * k
    return sylls


def marker_kind(text: str, rules: CopyRules) -> str | None:
    """The kind of enumeration marker a paragraph starts with, if any."""
    head = unicodedata.normalize("NFC", text).lstrip()
    for kind, pattern in rules.markers:
        if pattern.match(head):
            return kind
    return None


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


@dataclass
class CheckResult:
    """What the check found for one document; ``ok`` when nothing."""

    paragraphs: int = 0
    copied_runs: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.copied_runs and not self.problems

    def summary(self) -> str:
        """One line for the corpus manifest."""
        if self.ok:
            return f"pass ({self.paragraphs} paragraphs, 0 shared {RUN}-syllable runs)"
        return f"FAIL ({len(self.copied_runs)} shared runs, {len(self.problems)} shape problems)"


def check_rewrite(original: Sequence[dict], rewrite: Sequence[dict], rules: CopyRules | None = None) -> CheckResult:
    """Check a rewrite against its original, paragraph by paragraph.

    Parameters
    ----------
    original, rewrite : sequence of dict
        Records in order, each with ``text`` and ``label`` (and optionally
        ``mixed``), as in the labeled-data format.
    rules : CopyRules, optional
        Defaults to the shipped rules.

    Returns
    -------
    CheckResult
    """
    rules = rules or load_rules()
    result = CheckResult(paragraphs=len(rewrite))
    if len(original) != len(rewrite):
        result.problems.append(f"{len(rewrite)} paragraphs, the original has {len(original)}")
    segmented = is_segmented(original)  # then its words' syllables are compared one by one
    source_runs: set[tuple[str, ...]] = set()
    for rec in original:
        source_runs |= _runs(_masked(rec["text"], rules, segmented))
    for i, rec in enumerate(rewrite):
        shared = _runs(_masked(rec["text"], rules, segmented)) & source_runs
        for run in sorted(shared):
            result.copied_runs.append(f"paragraph {i}: '{' '.join(run)}'")
        if i >= len(original):
            continue
        orig = original[i]
        where = f"paragraph {i}"
        if rec.get("label") != orig.get("label"):
            result.problems.append(f"{where}: label {rec.get('label')!r}, the original's is {orig.get('label')!r}")
        if bool(rec.get("mixed")) != bool(orig.get("mixed")):
            result.problems.append(f"{where}: 'mixed' differs from the original")
        a, b = len(orig["text"]), len(rec["text"])
        if a >= SHORT_PARAGRAPH:
            if abs(b - a) > LENGTH_TOLERANCE * a:
                result.problems.append(f"{where}: {b} characters, the original has {a} (±25%)")
        elif abs(b - a) > max(SHORT_TOLERANCE * a, SHORT_SLACK):
            result.problems.append(f"{where}: {b} characters, the original has {a}")
        if marker_kind(rec["text"], rules) != marker_kind(orig["text"], rules):
            result.problems.append(f"{where}: starts with another kind of enumeration marker than the original")
        if _all_caps(orig["text"]) != _all_caps(rec["text"]):
            result.problems.append(f"{where}: upper case differs from the original")
    return result


def read_jsonl(path: str | Path) -> list[dict]:
    """Records of a JSONL file, in ``idx`` order when they carry one."""
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return sorted(records, key=lambda r: r.get("idx", 0))


def main(argv: list[str] | None = None) -> int:
    """Check a rewritten document against its original (exit 1 on any problem)."""
    parser = argparse.ArgumentParser(prog="python -m nq35cls.copycheck", description=main.__doc__)
    parser.add_argument("original", help="the original's labeled paragraphs (.jsonl, never committed)")
    parser.add_argument("rewrite", help="the rewritten document (.jsonl, data format)")
    args = parser.parse_args(argv)
    result = check_rewrite(read_jsonl(args.original), read_jsonl(args.rewrite))
    for line in result.copied_runs + result.problems:
        print(line)
    print(result.summary())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
