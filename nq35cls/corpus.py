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

A blind second labeling can also be made of the committed wording itself (on a machine
without the cache): it is kept in the repository beside the rewrites, one row per
paragraph, in ``SECOND_LABELING.tsv`` (:data:`SECOND_COLUMNS`: the label in the data
before adjudication, the second label, and the decision where they differ); only
labels, no text. :func:`rewording_agreement` measures it, :func:`apply_decisions`
gives the decisions to the rewrites.

Run ``python -m nq35cls.corpus`` to rebuild the manifest (``--keep-uncached`` on a
machine that holds only part of the cache: the other documents keep their rows).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path

from .copycheck import check_rewrite, read_jsonl
from .data import load_manifests
from .errors import DataError
from .holdout import ExclusionList, repo_of
from .labels import LABELS

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
#: The second labelings of the committed wording (beside the rewrites) and their columns.
SECOND_NAME = "SECOND_LABELING.tsv"
SECOND_COLUMNS: tuple[str, ...] = ("doc", "idx", "first", "second", "decided")


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
    doc: str,
    rewrite_path: Path,
    cache: Path,
    exclusions: ExclusionList | None,
    reworded: list[SecondLabel] | None = None,
) -> tuple[ManifestRow, list[str]]:
    """The manifest row of one rewritten document and the problems found with it (``reworded``: its second
    labeling of the committed wording, from :func:`read_second_labelings`, if any)."""
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
    elif reworded:
        second = _reworded_note(reworded)
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
    corpus_dir: str | os.PathLike,
    cache: str | os.PathLike,
    exclusions: ExclusionList | None = None,
    *,
    keep_uncached: bool = False,
) -> tuple[list[ManifestRow], list[str]]:
    """Check every rewrite in ``corpus_dir`` and write its ``MANIFEST.tsv``.

    Parameters
    ----------
    corpus_dir, cache : path
        The rewrites and the local cache of originals.
    exclusions : ExclusionList, optional
        The held-out list every document is checked against.
    keep_uncached : bool, default=False
        On a machine with part of the cache: a document without a folder in
        the cache keeps its row of the manifest as it is (its copy check as
        last run; its address and rewrite still checked against
        ``exclusions``) instead of being an error.

    Returns
    -------
    rows : list of ManifestRow
    problems : list of str
        Copy-check failures and held-out matches, one line each; the
        manifest is written even so, each row saying what failed.

    Raises
    ------
    DataError
        A document without a usable original in the cache (with
        ``keep_uncached``: without a folder there and without a row in the
        manifest).
    """
    corpus_dir, cache = Path(corpus_dir), Path(cache)
    rows, problems = [], []
    reworded = read_second_labelings(corpus_dir)
    known = _manifest_rows(corpus_dir) if keep_uncached else {}
    for path in sorted(corpus_dir.glob("*.jsonl")):
        if keep_uncached and not (cache / path.stem).is_dir():
            row, found = _kept_row(path, known, exclusions)
        else:
            row, found = manifest_row(path.stem, path, cache, exclusions, reworded.get(path.stem))
        rows.append(row)
        problems += found
    write_manifest(corpus_dir / MANIFEST_NAME, rows)
    return rows, problems


def _manifest_rows(corpus_dir: Path) -> dict[str, ManifestRow]:
    """The rows of the manifest in ``corpus_dir`` as they are (none when it has no manifest)."""
    facts = load_manifests(corpus_dir) if (corpus_dir / MANIFEST_NAME).exists() else {}
    rows = {}
    for doc, cells in facts.items():
        count = cells.get("paragraphs", "")
        if not count.isdigit():
            raise DataError(corpus_dir / MANIFEST_NAME, None, f"{doc}: paragraphs is {count!r}, not a count")
        rows[doc] = ManifestRow(doc, int(count), *(cells.get(column, "") for column in MANIFEST_COLUMNS[2:]))
    return rows


def _kept_row(
    path: Path, known: dict[str, ManifestRow], exclusions: ExclusionList | None
) -> tuple[ManifestRow, list[str]]:
    """The manifest row of a document whose original is not in the cache: its row as it is, checked again against
    the held-out list by its address and rewritten paragraphs."""
    row = known.get(path.stem)
    if row is None:
        raise DataError(path, None, "no original in the cache and no row in the manifest to keep")
    rewrite = read_jsonl(path)
    if len(rewrite) != row.paragraphs:
        raise DataError(path, None, f"{len(rewrite)} paragraphs, the manifest's row says {row.paragraphs}")
    problems = []
    if exclusions is not None:
        hits = exclusions.matches(url=row.address, repo=repo_of(row.address), paragraphs=[r["text"] for r in rewrite])
        problems = [f"{path.stem}: held out: {h}" for h in hits]
    return row, problems


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
        _add_pair(pairs, genre, first, second)
    return _agreement_rows(pairs)


def _add_pair(
    pairs: dict[str, tuple[list[str], list[str], int]], genre: str, first: list[str], second: list[str]
) -> None:
    """Count one document's two labelings in its genre and in all."""
    for key in (genre, "all"):
        a, b, n = pairs.get(key, ([], [], 0))
        pairs[key] = (a + first, b + second, n + 1)


def _agreement_rows(pairs: dict[str, tuple[list[str], list[str], int]]) -> list[Agreement]:
    """Cohen's kappa of each group's two labelings: one row per genre, then one for all."""
    from sklearn.metrics import cohen_kappa_score

    rows = []
    for key in sorted(pairs, key=lambda k: (k == "all", k)):
        a, b, n = pairs[key]
        kappa = float(cohen_kappa_score(a, b)) if len(set(a) | set(b)) > 1 else 1.0
        rows.append(Agreement(key, n, len(a), sum(x == y for x, y in zip(a, b)), kappa))
    return rows


@dataclass(frozen=True)
class SecondLabel:
    """One paragraph of a second labeling of the committed wording (a row of ``SECOND_LABELING.tsv``)."""

    idx: int
    first: str
    second: str
    decided: str  # the adjudicated label where ``first`` and ``second`` differ, else ""


def read_second_labelings(corpus_dir: str | os.PathLike) -> dict[str, list[SecondLabel]]:
    """The second labelings of the committed wording kept in ``corpus_dir/SECOND_LABELING.tsv``, by document.

    Every row is checked: known labels, a decision (one of the two, or a third label) exactly where the two
    labelings differ, and each document's rows numbered 0, 1, ... in order. Empty when there is no such file.

    Raises
    ------
    DataError
        Naming the file and line of the first bad row.
    """
    path = Path(corpus_dir) / SECOND_NAME
    if not path.exists():
        return {}
    out: dict[str, list[SecondLabel]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        if tuple(reader.fieldnames or ()) != SECOND_COLUMNS:
            raise DataError(path, 1, f"the columns must be {', '.join(SECOND_COLUMNS)}")
        for line, row in enumerate(reader, start=2):
            labels = (row["first"], row["second"]) + ((row["decided"],) if row["decided"] else ())
            if any(label not in LABELS for label in labels):
                raise DataError(path, line, f"unknown label in {labels} (expected one of {', '.join(LABELS)})")
            if bool(row["decided"]) != (row["first"] != row["second"]):
                raise DataError(path, line, "a decision is given exactly where the two labels differ")
            rows = out.setdefault(row["doc"], [])
            if row["idx"] != str(len(rows)):
                raise DataError(path, line, f"paragraph {row['idx']!r} of {row['doc']} out of order")
            rows.append(SecondLabel(len(rows), row["first"], row["second"], row["decided"]))
    return out


def _reworded_note(rows: list[SecondLabel]) -> str:
    """The manifest's words for a second labeling of the committed wording."""
    agree = sum(r.first == r.second for r in rows)
    return f"yes, of the rewritten wording ({agree}/{len(rows)} agree before adjudication)"


def rewording_agreement(corpus_dir: str | os.PathLike, docs: str = "*") -> list[Agreement]:
    """:func:`agreement` of the second labelings of the committed wording (``SECOND_LABELING.tsv``) with the
    data's labels before adjudication; each document's genre read from the manifest."""
    genre = {doc: facts.get("genre", "") for doc, facts in load_manifests(corpus_dir).items()}
    pairs: dict[str, tuple[list[str], list[str], int]] = {}
    for doc, rows in sorted(read_second_labelings(corpus_dir).items()):
        if fnmatch(doc, docs):
            _add_pair(pairs, genre.get(doc, ""), [r.first for r in rows], [r.second for r in rows])
    return _agreement_rows(pairs)


def mark_reworded(corpus_dir: str | os.PathLike) -> int:
    """Say in ``MANIFEST.tsv`` which documents have a second labeling of the committed wording (the rows that say
    none), without the cache: the same words :func:`manifest_row` writes. Returns how many rows changed."""
    corpus_dir = Path(corpus_dir)
    reworded = read_second_labelings(corpus_dir)
    rows = list(_manifest_rows(corpus_dir).values())
    changed = 0
    for k, row in enumerate(rows):
        labels = reworded.get(row.doc)
        if labels and row.second_labeling == "no":
            rows[k] = replace(row, second_labeling=_reworded_note(labels))
            changed += 1
    write_manifest(corpus_dir / MANIFEST_NAME, rows)
    return changed


def apply_decisions(corpus_dir: str | os.PathLike) -> int:
    """Give the decisions of ``SECOND_LABELING.tsv`` to the rewrites; returns how many labels changed.

    Each document's rows must match its rewrite paragraph for paragraph: the
    same count, and the first label that of the rewrite or the decision
    already given to it. Running it again changes nothing.

    Raises
    ------
    DataError
        On a document that is not in the corpus or does not match its rows.
    """
    corpus_dir = Path(corpus_dir)
    changed = 0
    for doc, rows in sorted(read_second_labelings(corpus_dir).items()):
        path = corpus_dir / f"{doc}.jsonl"
        if not path.exists():
            raise DataError(corpus_dir / SECOND_NAME, None, f"{doc}: no such document in {corpus_dir}")
        rewrite = read_jsonl(path)
        if len(rewrite) != len(rows):
            raise DataError(path, None, f"{len(rows)} rows in {SECOND_NAME} for {len(rewrite)} paragraphs")
        before = changed
        for row, record in zip(rows, rewrite):
            final = row.decided or row.first
            if record["label"] not in (row.first, final):
                raise DataError(path, row.idx + 1, f"label {record['label']!r} is neither the first nor the decision")
            if record["label"] != final:
                record["label"] = final
                changed += 1
        if changed > before:  # a document already decided is left as it is
            _write_jsonl(path, rewrite)
    return changed


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
    parser.add_argument(
        "--keep-uncached",
        action="store_true",
        help="documents whose originals are not in the cache keep their manifest rows (checked again against the "
        "held-out list) instead of being an error: for a machine with part of the cache",
    )
    parser.add_argument(
        "--reworded",
        action="store_true",
        help=f"instead, without the cache: give the decisions of {SECOND_NAME} to the rewrites, mark its documents "
        "in the manifest and print its agreement (kappa per genre; --docs selects)",
    )
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except (DataError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.reworded:
        changed, marked = apply_decisions(args.corpus), mark_reworded(args.corpus)
        print(f"{changed} labels changed by decision, {marked} manifest rows marked")
        print(format_agreement(rewording_agreement(args.corpus, args.docs)))
        return 0
    if args.adjudicate:
        print(f"{apply_adjudications(args.corpus, args.cache)} labels changed by adjudication")
    exclusions = ExclusionList.read(args.exclude) if Path(args.exclude).exists() else None
    rows, problems = build_manifest(args.corpus, args.cache, exclusions, keep_uncached=args.keep_uncached)
    for line in problems:
        print(line)
    print(f"{len(rows)} documents, {sum(r.paragraphs for r in rows)} paragraphs; {len(problems)} problems")
    if args.agreement:
        print()
        print(format_agreement(agreement(args.corpus, args.cache, args.docs)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
