"""The real-anchored corpus: its manifest, built from the local cache of originals.

Real public documents enter ``data/real_rewritten/`` only rewritten paragraph by
paragraph (source ``real-rewritten``). Their originals stay in an ignored local
cache, one folder per document::

    .cache/real/DOC/original.jsonl   the original's labeled paragraphs
    .cache/real/DOC/meta.json        provenance: address, genre, sector, level, format, ...
    .cache/real/DOC/second.jsonl     a blind second labeling (for a sample of documents)
    .cache/real/DOC/adjudicated.jsonl  the decision on each disagreement: {"idx", "label", "reason"}
    .cache/real/DOC/first.jsonl      the first labeling, kept when decisions are applied

:func:`build_manifest` checks every rewrite against its original (the copy check
of :mod:`nq35cls.copycheck`) and against the held-out list
(:mod:`nq35cls.holdout`), and writes ``MANIFEST.tsv`` beside the rewrites: the
provenance of each document as facts and the result of both checks. The manifest
is what the repository keeps of the originals; evaluation reads the genre and
format of each document from it.

Run ``python -m nq35cls.corpus`` to rebuild the manifest.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .copycheck import check_rewrite, read_jsonl
from .errors import DataError
from .holdout import ExclusionList, repo_of

#: Columns of a corpus manifest, in order.
MANIFEST_COLUMNS: tuple[str, ...] = (
    "doc",
    "paragraphs",
    "genre",
    "sector",
    "level",
    "format",
    "address",
    "notes",
    "copy_check",
    "second_labeling",
)
MANIFEST_NAME = "MANIFEST.tsv"


@dataclass(frozen=True)
class ManifestRow:
    """One document of the corpus and what was checked of it."""

    doc: str
    paragraphs: int
    genre: str
    sector: str
    level: str
    format: str
    address: str
    notes: str
    copy_check: str
    second_labeling: str

    def cells(self) -> list[str]:
        return [str(getattr(self, c)) for c in MANIFEST_COLUMNS]


def _clean(value: object) -> str:
    return " ".join(str(value or "").split())


def manifest_row(
    doc: str, rewrite_path: Path, cache: Path, exclusions: ExclusionList | None
) -> tuple[ManifestRow, list[str]]:
    """The manifest row of one rewritten document and the problems found with it."""
    folder = cache / doc
    problems = []
    rewrite = read_jsonl(rewrite_path)
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        original = read_jsonl(folder / "original.jsonl")
    except (OSError, ValueError) as exc:
        raise DataError(folder, None, f"no usable original or meta.json in the cache ({exc})") from None
    result = check_rewrite(original, rewrite)
    if not result.ok:
        problems += result.copied_runs + result.problems
    if exclusions is not None:
        address = str(meta.get("address", ""))
        hits = exclusions.matches(
            url=address,
            repo=repo_of(address),
            paragraphs=[r["text"] for r in original] + [r["text"] for r in rewrite],
        )
        problems += [f"held out: {h}" for h in hits]
    second = "no"
    if (folder / "second.jsonl").exists():
        second_labels = [r["label"] for r in read_jsonl(folder / "second.jsonl")]
        agree = sum(a == b for a, b in zip(second_labels, first_labels(folder)))
        second = f"yes ({agree}/{len(original)} agree before adjudication)"
    row = ManifestRow(
        doc=doc,
        paragraphs=len(rewrite),
        genre=_clean(meta.get("genre")),
        sector=_clean(meta.get("sector")),
        level=_clean(meta.get("level")),
        format=_clean(meta.get("format")),
        address=_clean(meta.get("address")),
        notes=_clean(meta.get("notes")),
        copy_check=result.summary(),
        second_labeling=second,
    )
    return row, [f"{doc}: {p}" for p in problems]


def build_manifest(
    corpus_dir: str | os.PathLike, cache: str | os.PathLike, exclusions: ExclusionList | None = None
) -> tuple[list[ManifestRow], list[str]]:
    """Check every rewrite in ``corpus_dir`` and write its ``MANIFEST.tsv``.

    Returns
    -------
    rows : list of ManifestRow
    problems : list of str
        Copy-check failures and held-out matches, one line each; the
        manifest is written even so, each row saying what failed.
    """
    corpus_dir, cache = Path(corpus_dir), Path(cache)
    rows, problems = [], []
    for path in sorted(corpus_dir.glob("*.jsonl")):
        row, found = manifest_row(path.stem, path, cache, exclusions)
        rows.append(row)
        problems += found
    write_manifest(corpus_dir / MANIFEST_NAME, rows)
    return rows, problems


def write_manifest(path: Path, rows: list[ManifestRow]) -> None:
    """Write manifest rows as tab-separated values with a header."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(MANIFEST_COLUMNS)
        for row in rows:
            writer.writerow(row.cells())


def _write_jsonl(path: Path, records: list[dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)
    os.replace(tmp, path)


def apply_adjudications(corpus_dir: str | os.PathLike, cache: str | os.PathLike) -> int:
    """Give the adjudicated labels to the originals and their rewrites; returns how many labels changed.

    The first labeling is kept as ``first.jsonl`` (once), so that agreement is
    always measured before adjudication. Running it again changes nothing.
    """
    corpus_dir, cache = Path(corpus_dir), Path(cache)
    changed = 0
    for decisions_file in sorted(cache.glob("*/adjudicated.jsonl")):
        folder = decisions_file.parent
        rewrite_path = corpus_dir / f"{folder.name}.jsonl"
        if not rewrite_path.exists():
            continue
        original, rewrite = read_jsonl(folder / "original.jsonl"), read_jsonl(rewrite_path)
        if not (folder / "first.jsonl").exists():
            _write_jsonl(folder / "first.jsonl", [{"idx": i, "label": r["label"]} for i, r in enumerate(original)])
        for decision in read_jsonl(decisions_file):
            i, label = decision["idx"], decision["label"]
            if not (0 <= i < len(original) and i < len(rewrite)):
                raise DataError(decisions_file, None, f"no paragraph {i}")
            if original[i]["label"] != label or rewrite[i]["label"] != label:
                original[i]["label"] = rewrite[i]["label"] = label
                changed += 1
        _write_jsonl(folder / "original.jsonl", original)
        _write_jsonl(rewrite_path, rewrite)
    return changed


@dataclass(frozen=True)
class Agreement:
    """Agreement of a blind second labeling with the first, for one group of documents."""

    group: str
    documents: int
    paragraphs: int
    agreed: int
    kappa: float

    @property
    def share(self) -> float:
        return self.agreed / self.paragraphs if self.paragraphs else 0.0


def first_labels(folder: Path) -> list[str]:
    """The first labeling of a cached document: ``first.jsonl`` (kept when a disagreement was adjudicated or a
    label corrected) or else the labels of ``original.jsonl``."""
    first_file = folder / "first.jsonl" if (folder / "first.jsonl").exists() else folder / "original.jsonl"
    return [r["label"] for r in read_jsonl(first_file)]


def agreement(corpus_dir: str | os.PathLike, cache: str | os.PathLike, docs: str = "*") -> list[Agreement]:
    """Cohen's kappa of the second labelings against the first (the labels before adjudication).

    Reads ``first.jsonl`` (the first labeling, kept when a disagreement was
    adjudicated) or else ``original.jsonl``, and ``second.jsonl``, for every
    document of the corpus that has a second labeling and whose id matches
    the glob ``docs`` (one sample, e.g. ``"r?[0-9][0-9][27]_page_*"``). One
    row per genre, then one for all.
    """
    from sklearn.metrics import cohen_kappa_score

    corpus_dir, cache = Path(corpus_dir), Path(cache)
    pairs: dict[str, tuple[list[str], list[str], int]] = {}
    for path in sorted(corpus_dir.glob(f"{docs}.jsonl")):
        folder = cache / path.stem
        if not (folder / "second.jsonl").exists():
            continue
        first = first_labels(folder)
        second = [r["label"] for r in read_jsonl(folder / "second.jsonl")]
        if len(first) != len(second):
            raise DataError(folder / "second.jsonl", None, f"{len(second)} labels for {len(first)} paragraphs")
        genre = json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("genre", "")
        for key in (genre, "all"):
            a, b, n = pairs.get(key, ([], [], 0))
            pairs[key] = (a + first, b + second, n + 1)
    rows = []
    for key in sorted(pairs, key=lambda k: (k == "all", k)):
        a, b, n = pairs[key]
        kappa = float(cohen_kappa_score(a, b)) if len(set(a) | set(b)) > 1 else 1.0
        rows.append(Agreement(key, n, len(a), sum(x == y for x, y in zip(a, b)), kappa))
    return rows


def format_agreement(rows: list[Agreement]) -> str:
    """Markdown table of :func:`agreement`."""
    lines = ["| genre | documents | paragraphs | agreement | Cohen's kappa |", "|---|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.group} | {r.documents} | {r.paragraphs} | {r.share:.3f} | {r.kappa:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Rebuild data/real_rewritten/MANIFEST.tsv from the cache; exit 1 on any problem."""
    parser = argparse.ArgumentParser(prog="python -m nq35cls.corpus", description=main.__doc__)
    parser.add_argument("--corpus", default="data/real_rewritten", help="folder of rewritten documents")
    parser.add_argument("--cache", default=".cache/real", help="folder of originals (never committed)")
    parser.add_argument("--exclude", default="../shared/holdout-exclude.txt", help="the held-out list")
    parser.add_argument(
        "--agreement", action="store_true", help="also print the second labelings' agreement (kappa per genre)"
    )
    parser.add_argument(
        "--docs",
        default="*",
        metavar="GLOB",
        help="with --agreement: only documents whose id matches, e.g. 'r?[0-9][0-9][27]_page_*' (default: all)",
    )
    parser.add_argument(
        "--adjudicate", action="store_true", help="first give the adjudicated labels to originals and rewrites"
    )
    args = parser.parse_args(argv)
    if args.adjudicate:
        print(f"{apply_adjudications(args.corpus, args.cache)} labels changed by adjudication")
    exclusions = ExclusionList.read(args.exclude) if Path(args.exclude).exists() else None
    rows, problems = build_manifest(args.corpus, args.cache, exclusions)
    for line in problems:
        print(line)
    print(f"{len(rows)} documents, {sum(r.paragraphs for r in rows)} paragraphs; {len(problems)} problems")
    if args.agreement:
        print()
        print(format_agreement(agreement(args.corpus, args.cache, args.docs)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
