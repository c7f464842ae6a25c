"""Benchmark the themes' titles: how many cut a word in two ("bảo vệ môi" for "bảo vệ môi trường").

    python benchmarks/bench_titles.py [--out benchmarks/results/bench_titles.md]

A theme's title (:func:`nq35cls.themes.theme_title`) is made of syllable n-grams of its members' own
words, and a Vietnamese word is often two or three syllables: a title that starts or ends inside one reads
broken to a Vietnamese reader ("hội hóa" for "xã hội hóa", "bì thuốc trừ sâu" for "bao bì thuốc trừ
sâu"). Measured on the themes raised by two reports or more (those the syntheses print with their title):

* the thirteen sets of ``benchmarks/themes_data`` (each part's gold paragraphs, as ``bench_themes.py``);
* the real-anchored corpus (``data/real_rewritten``, every document's paragraphs of a part by their gold
  label, as one batch per part): every genre, the heterogeneous case.

Each phrase of a title is looked for in its theme's members (the representative first) as a run of
syllables of the member's text segmented into words by underthesea's CRF word segmenter (a model the
titles never use): it *cuts a word* when the syllable before it and its first syllable, or its last
syllable and the one after it, are one word there. A title cuts a word when one of its phrases does
(phrases found in no member are counted apart; a title that is its representative's first words, where no
phrase weighs anything, is counted apart too). Also: the mean length of the other titles in syllables.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from bench_themes import PARTS, load_gold  # noqa: E402

_SYLLABLE = re.compile(r"[^\W_]+")
COUNTS = ("titles", "cut", "first_words", "phrases_not_found", "syllables")


def word_starts(text: str) -> tuple[list[str], list[bool]]:
    """The normalized syllables of ``text`` and, for each, whether it starts a word (underthesea's CRF)."""
    from underthesea import word_tokenize

    from nq35cls.normalize import feature_text

    syllables: list[str] = []
    starts: list[bool] = []
    for word in word_tokenize(text):
        parts = _SYLLABLE.findall(feature_text(word))
        if not parts or any(c.isdigit() for c in word):
            syllables.append("\x00")  # punctuation or a figure: a break no phrase spans
            starts.append(True)
            continue
        syllables.extend(parts)
        starts.extend([True] + [False] * (len(parts) - 1))
    return syllables, starts


def phrase_cut(phrase: list[str], syllables: list[str], starts: list[bool]) -> bool | None:
    """Whether the first occurrence of ``phrase`` in the syllables cuts a word; None when it is not there."""
    n = len(phrase)
    for i in range(len(syllables) - n + 1):
        if syllables[i : i + n] == phrase:
            end = i + n
            return (i > 0 and not starts[i]) or (end < len(starts) and not starts[end])
    return None


def score_titles(themes: Iterable, texts: list[str]) -> dict:
    """Titles of the themes raised by two reports or more: how many cut a word, are not found, their length."""
    from nq35cls.normalize import feature_text
    from nq35cls.themes import _first_words

    segmented: dict[int, tuple[list[str], list[bool]]] = {}
    titles = cut = missing = syllables = first_words = 0
    examples: list[str] = []
    for t in themes:
        if t.n_reports < 2 or not t.title:
            continue
        titles += 1
        if t.title == _first_words(texts[t.representative]):  # no phrase found: the representative's first words
            first_words += 1
            continue
        cuts = False
        order = [t.representative] + [m for m in t.members if m != t.representative]
        for phrase in t.title.split(", "):
            words = _SYLLABLE.findall(feature_text(phrase))
            syllables += len(words)
            found = None
            for m in order[:10]:
                if m not in segmented:
                    segmented[m] = word_starts(texts[m])
                found = phrase_cut(words, *segmented[m])
                if found is not None:
                    break
            if found is None:
                missing += 1
            elif found:
                cuts = True
        if cuts:
            cut += 1
            if len(examples) < 12:
                examples.append(t.title)
    return {
        "titles": titles,
        "cut": cut,
        "first_words": first_words,
        "phrases_not_found": missing,
        "syllables": syllables,
        "examples": examples,
    }


def batches() -> Iterable[tuple[str, str, list[str], list[str]]]:
    """(source, part, texts, reports) for each benchmark set and part, then the corpus's parts."""
    from nq35cls.data import load_data

    for folder in sorted(p for p in (HERE / "themes_data").iterdir() if p.is_dir() and p.name.startswith("reports")):
        gold = load_gold(folder)
        for part in PARTS:
            items = [(stem, p["text"]) for stem, paras in gold.items() for p in paras if p["label"] == part]
            yield folder.name, part, [t for _, t in items], [s for s, _ in items]
    documents = load_data(REPO / "data" / "real_rewritten")
    for part in PARTS:
        items = [(d.doc, t) for d in documents for t, label in zip(d.texts, d.labels) if label == part]
        yield "corpus", part, [t for _, t in items], [s for s, _ in items]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the table to this Markdown file")
    args = parser.parse_args(argv)
    from nq35cls.themes import find_themes

    totals: dict[str, dict] = {}
    t0 = time.perf_counter()
    for source, part, texts, reports in batches():
        themes = find_themes(texts, reports)
        s = score_titles(themes, texts)
        group = "corpus" if source == "corpus" else "sets"
        total = totals.setdefault(group, {key: 0 for key in COUNTS} | {"examples": []})
        for key in COUNTS:
            total[key] += s[key]
        total["examples"] += s["examples"][: 12 - len(total["examples"])]
        print(f"{source:14s} {part:12s} titles {s['titles']:4d} cut {s['cut']:4d}", file=sys.stderr)
    rows = [
        "| themes of | titles | titles that cut a word | titles from the first words | phrases not found | mean syllables |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for group, s in totals.items():
        name = "the 13 benchmark sets" if group == "sets" else "the real-anchored corpus (by gold part)"
        share = s["cut"] / s["titles"] if s["titles"] else 0.0
        rows.append(
            f"| {name} | {s['titles']} | {s['cut']} ({share:.1%}) | {s['first_words']} | {s['phrases_not_found']} | "
            f"{s['syllables'] / max(s['titles'] - s['first_words'], 1):.1f} |"
        )
    print("\n".join(rows))
    for group, s in totals.items():
        print(f"\n{group}, titles that cut a word, first ones:", json.dumps(s["examples"], ensure_ascii=False))
    print(f"\n{time.perf_counter() - t0:.0f} s", file=sys.stderr)
    if args.out:
        args.out.write_text("\n".join(["# bench_titles", "", (__doc__ or "").strip(), "", *rows, ""]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
