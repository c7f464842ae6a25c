"""Learning curve of the shipped configuration on the real-anchored corpus (issue 13): would more documents do?

    python benchmarks/bench_learning_curve.py [--fractions 0.25,0.5,0.75,1] [--draws 2] [-j 2]
        [--out benchmarks/results/bench_learning_curve.md]

The card's quality figure (5-fold cross-validation grouped by document over the real-anchored documents, the
same folds) with each fold's model trained on a share of the real-anchored documents only
(:func:`nq35cls.evaluate.real_cross_validation`'s ``train_fraction``: the same share for every fold, each smaller
share inside the larger ones; the authored and seed documents all kept, as in training), drawn ``--draws`` times
for a share below 1 (``train_seed`` 0, 1, ...: which documents a share holds moves its score by a point or so).
Every document is still scored by a model that never saw it. Prints and writes macro-F1 overall and per genre at
each share (the mean of its draws, with their range), and a
least-squares line of macro-F1 against log2 of the number of real-anchored training documents, read forward to
the issue's target of 0.90: an extrapolation, which a curve that flattens would only push further away.

Time: a whole cross-validation per draw, shorter with fewer documents (about 75 minutes on one core for the
defaults, 40 with ``-j 2``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
#: The issue's target for the grouped cross-validation's macro-F1.
TARGET = 0.90


def run(fractions: list[float], draws: int, n_jobs: int) -> dict:
    """Macro-F1 overall and per genre for each training share (means over its draws), with the training
    documents per fold."""
    from nq35cls.data import REAL_ANCHORED, load_data, load_manifests
    from nq35cls.evaluate import real_cross_validation, score_predictions, scores_by
    from nq35cls.model import ReportClassifier, with_parts
    from nq35cls.training import CV_FOLDS, DEFAULT_SOURCE_WEIGHTS

    data = REPO / "data"
    documents = load_data(data)
    facts = load_manifests(data)
    genre = {doc: f.get("genre", "") for doc, f in facts.items()}
    formats = {doc: f.get("format", "") for doc, f in facts.items()}
    n_real = sum(d.source in REAL_ANCHORED for d in documents)
    points = []
    for fraction in fractions:
        start = time.perf_counter()
        overall, by_genre = [], []
        for draw in range(draws if fraction < 1 else 1):
            predictions = real_cross_validation(
                with_parts(ReportClassifier()),
                documents,
                folds=CV_FOLDS,
                n_jobs=n_jobs,
                source_weights=dict(DEFAULT_SOURCE_WEIGHTS),
                formats=formats,
                train_fraction=fraction,
                train_seed=draw,
            )
            overall.append(score_predictions(predictions).macro_f1)
            by_genre.append({g: s.macro_f1 for g, s in scores_by(predictions, genre).items()})
            print(f"share {fraction:g}, draw {draw}: macro-F1 {overall[-1]:.4f}", file=sys.stderr, flush=True)
        point = {
            "fraction": fraction,
            # the real-anchored documents each fold trains on: the share of the four folds it does not hold out
            "training_documents": round(fraction * n_real * (CV_FOLDS - 1) / CV_FOLDS),
            "macro_f1": round(float(np.mean(overall)), 4),
            "draws": [round(x, 4) for x in overall],
            "by_genre": {g: round(float(np.mean([d[g] for d in by_genre])), 4) for g in sorted(by_genre[0])},
            "seconds": round(time.perf_counter() - start),
        }
        print(json.dumps(point, ensure_ascii=False), flush=True)
        points.append(point)
    return {"real_documents": n_real, "folds": CV_FOLDS, "points": points}


def extrapolate(points: list[dict]) -> dict | None:
    """The least-squares line of macro-F1 against log2(training documents), and where it would reach TARGET."""
    if len(points) < 2:
        return None
    x = np.log2([p["training_documents"] for p in points])
    y = np.array([p["macro_f1"] for p in points])
    slope, intercept = np.polyfit(x, y, 1)
    if slope <= 0:
        return {"per_doubling": round(float(slope), 4), "documents_for_target": None}
    return {
        "per_doubling": round(float(slope), 4),
        "documents_for_target": int(round(2 ** ((TARGET - intercept) / slope))),
    }


def markdown(result: dict, line: dict | None) -> str:
    genres = sorted({g for p in result["points"] for g in p["by_genre"]})
    out = [
        "# bench_learning_curve",
        "",
        f"The card's grouped cross-validation ({result['folds']} folds by document over the "
        f"{result['real_documents']} real-anchored documents, the same folds), each fold's model trained on a share "
        "of the real-anchored documents only (the authored and seed documents all kept; each smaller share inside "
        "the larger). Reproduce: `python benchmarks/bench_learning_curve.py -j 2`.",
        "",
        "| share | real-anchored documents per fold's training | macro-F1 (mean of the draws) | its draws | "
        + " | ".join(genres)
        + " |",
        "|---:|---:|---:|---|" + "---:|" * len(genres),
    ]
    for p in result["points"]:
        cells = " | ".join(f"{p['by_genre'].get(g, float('nan')):.3f}" for g in genres)
        draws = " / ".join(f"{x:.4f}" for x in p["draws"])
        out.append(f"| {p['fraction']:g} | {p['training_documents']:,} | **{p['macro_f1']:.4f}** | {draws} | {cells} |")
    if line is not None:
        out += [
            "",
            f"Least squares over the points: **{line['per_doubling']:+.3f} macro-F1 per doubling** of the documents.",
        ]
        if line["documents_for_target"] is not None:
            out.append(
                f"Read forward (an extrapolation; a curve that flattens needs more): macro-F1 {TARGET} at about "
                f"**{line['documents_for_target']:,} real-anchored training documents** per fold, of the same kinds."
            )
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fractions", default="0.25,0.5,0.75,1", help="training shares, comma-separated")
    parser.add_argument("--draws", type=int, default=2, help="draws of each share below 1 (default 2)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="folds fitted in parallel processes")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "bench_learning_curve.md")
    args = parser.parse_args()
    try:
        fractions = [float(f) for f in args.fractions.split(",")]
    except ValueError:
        parser.error(f"--fractions: not numbers: {args.fractions!r}")
    if not all(0 < f <= 1 for f in fractions):
        parser.error(f"--fractions: each share must be in (0, 1], not {args.fractions!r}")
    if args.draws < 1 or args.jobs < 1:
        parser.error("--draws and --jobs must be at least 1")
    result = run(fractions, args.draws, args.jobs)
    line = extrapolate(result["points"])
    result["extrapolation"] = line
    text = markdown(result, line)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
