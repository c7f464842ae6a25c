"""Mixed paragraphs: how often the labeler finds the part a paragraph hides in one of its sentences.

A paragraph of ``data/`` is ``mixed`` when its sentences belong to different parts ("Đã tổ chức 12 hội nghị ...
Tuy nhiên, việc triển khai còn chậm"); the data keeps such a paragraph's sentences with their labels, and the
paragraph takes the label of its larger share. The labeler marks a paragraph mixed when its sentences disagree
with confidence (:func:`nq35cls.labeling.mixed_sentences`: a sentence counts when its best label has at least
``min_confidence``, and two labels must each cover ``min_share`` of the paragraph's characters), then gives
each sentence its label; the syntheses put each sentence in its part's themes. What a user gains is the part
the paragraph's label hides (the limitation inside a results paragraph); what they pay is a sentence put in a
part it does not belong to.

Measured on the real-anchored documents with the model card's folds (5 folds grouped by document, seed 0; each
fold's model, the shipped configuration, trained on every other document, authored ones at weight 0.3; each
document labeled with its source format's boilerplate bias), so that no paragraph is labeled by a model that
saw it. Over the three parts a synthesis shows (results, limitations, solutions):

* **hidden parts found**: of the parts a gold-mixed paragraph's sentences have besides its own label, the share
  the labeler shows (the paragraph's predicted label or one of its predicted sentences' labels);
* **sentence parts right**: of the parts the labeler adds through a mixed paragraph's sentences (besides its
  predicted label), the share among the paragraph's gold parts;
* and the flag itself: precision, recall and F1 of ``mixed`` against the gold flag.

The two thresholds are then varied over a grid; the pair chosen on four folds (best F1 of the two shares above)
is scored on the fifth, in turn, so that the chosen thresholds are measured on documents not used to choose them.

    python benchmarks/bench_mixed.py -j 2      # about 10 minutes on 2 cores (the five fits)

Writes ``benchmarks/results/bench_mixed.md`` and ``.json``; ``--cache FILE`` keeps the folds' sentence
probabilities (outside the repository) so that a second run only recomputes the tables.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed

from nq35cls.data import REAL_ANCHORED, load_data, load_manifests
from nq35cls.evaluate import _fold_indices, _training_set, fit_documents
from nq35cls.labeling import MIXED_MIN_CONFIDENCE, MIXED_MIN_SHARE, format_boilerplate_bias, mixed_sentences
from nq35cls.model import ReportClassifier, with_parts
from nq35cls.segment import split_sentences
from nq35cls.training import CV_FOLDS, DEFAULT_SOURCE_WEIGHTS

ROOT = Path(__file__).resolve().parent
#: The parts a synthesis shows (themes): a sentence of another label adds nothing there.
PARTS = ("results", "limitations", "solutions")
#: The labeler's thresholds (``mixed_sentences``'s defaults), and those before this benchmark chose them.
SHIPPED = (MIXED_MIN_CONFIDENCE, MIXED_MIN_SHARE)
BEFORE = (0.6, 0.15)
GRID_CONFIDENCE = (0.5, 0.6, 0.7, 0.8, 0.9)
GRID_SHARE = (0.05, 0.1, 0.15, 0.2, 0.3)


def fold_predictions(k: int, documents, pool, held_idx, formats) -> list[dict]:
    """Fold ``k``: for each held-out document, each paragraph's predicted label, sentence spans and sentence
    probabilities, from a model trained on every other document."""
    held = [pool[i] for i in held_idx]
    model = fit_documents(with_parts(ReportClassifier()), _training_set(documents, held), DEFAULT_SOURCE_WEIGHTS)
    texts = [list(d.texts) for d in held]
    spans = [[split_sentences(t) for t in doc] for doc in texts]
    bias = [format_boilerplate_bias(formats.get(d.doc, "")) for d in held]
    out = []
    for d, doc, prediction in zip(held, spans, model.predict_detailed(texts, spans, bias)):
        out.append(
            {
                "doc": d.doc,
                "fold": k,
                "labels": [str(x) for x in prediction.labels],
                "spans": doc,
                "proba": [np.asarray(p, dtype=np.float32) for p in prediction.sentence_proba],
                "classes": [str(c) for c in model.classes_],
            }
        )
    return out


def _gold_parts(record) -> set[str]:
    labels = {lab for _, lab in record.sentences} if record.mixed and record.sentences else {record.label}
    return labels | {record.label}


def tally(predicted: list[dict], gold: dict, min_confidence: float, min_share: float) -> dict[str, int]:
    """The counts behind the shares, over the documents of ``predicted``."""
    n = dict.fromkeys(("hidden", "hidden_found", "added", "added_right", "gold_mixed", "flagged", "both"), 0)
    for doc in predicted:
        for record, label, spans, proba in zip(gold[doc["doc"]].records, doc["labels"], doc["spans"], doc["proba"]):
            if record.label == "boilerplate":
                continue
            mixed = (
                label != "boilerplate"
                and len(spans) > 1
                and mixed_sentences(proba, [b - a for a, b in spans], min_confidence, min_share)
            )
            sentence_labels = {doc["classes"][int(row.argmax())] for row in proba} if mixed else set()
            shown = {label} | sentence_labels
            gold_parts = _gold_parts(record)
            hidden = (gold_parts - {record.label}) & set(PARTS)
            added = (sentence_labels - {label}) & set(PARTS)
            n["hidden"] += len(hidden)
            n["hidden_found"] += len(hidden & shown)
            n["added"] += len(added)
            n["added_right"] += len(added & gold_parts)
            n["gold_mixed"] += bool(record.mixed)
            n["flagged"] += mixed
            n["both"] += bool(record.mixed) and mixed
    return n


def shares(n: dict[str, int]) -> dict[str, float]:
    """Hidden parts found, sentence parts right, their F1; the flag's precision, recall and F1."""

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    found, right = ratio(n["hidden_found"], n["hidden"]), ratio(n["added_right"], n["added"])
    precision, recall = ratio(n["both"], n["flagged"]), ratio(n["both"], n["gold_mixed"])
    return {
        "hidden_found": round(found, 3),
        "sentence_parts_right": round(right, 3),
        "parts_f1": round(f1(found, right), 3),
        "flag_precision": round(precision, 3),
        "flag_recall": round(recall, 3),
        "flag_f1": round(f1(precision, recall), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-j", "--jobs", type=int, default=1, help="folds fitted at once")
    parser.add_argument("--data", default=str(ROOT.parent / "data"))
    parser.add_argument("--cache", help="a file (outside the repository) keeping the folds' sentence probabilities")
    parser.add_argument("--out", default=str(ROOT / "results" / "bench_mixed"), help="results, without extension")
    args = parser.parse_args()

    documents = load_data(args.data)
    pool = [d for d in documents if d.source in REAL_ANCHORED]
    gold = {d.doc: d for d in pool}
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.is_file():
        predicted = pickle.loads(cache.read_bytes())
    else:
        formats = {doc: facts.get("format", "") for doc, facts in load_manifests(args.data).items()}
        folds = _fold_indices(len(pool), CV_FOLDS, 0)
        per_fold = Parallel(n_jobs=args.jobs)(
            delayed(fold_predictions)(k, documents, pool, held, formats) for k, held in enumerate(folds)
        )
        predicted = [doc for fold in per_fold for doc in fold]
        if cache is not None:
            cache.write_bytes(pickle.dumps(predicted))

    by_fold = {k: [d for d in predicted if d["fold"] == k] for k in range(CV_FOLDS)}
    grid = list(itertools.product(GRID_CONFIDENCE, GRID_SHARE))
    counts = {(k, pair): tally(by_fold[k], gold, *pair) for k in by_fold for pair in grid}

    def pooled(folds, pair) -> dict[str, int]:
        total: dict[str, int] = {}
        for k in folds:
            for key, value in counts[k, pair].items():
                total[key] = total.get(key, 0) + value
        return total

    everything = range(CV_FOLDS)
    table = {pair: shares(pooled(everything, pair)) for pair in grid}
    nested, chosen = {}, {}
    for k in everything:
        others = [f for f in everything if f != k]
        best = max(grid, key=lambda pair: (shares(pooled(others, pair))["parts_f1"], pair == BEFORE))
        chosen[k] = best
        for key, value in counts[k, best].items():
            nested[key] = nested.get(key, 0) + value
    result = {
        "documents": len(pool),
        "paragraphs": sum(len(d.records) for d in pool),
        "gold_mixed": pooled(everything, SHIPPED)["gold_mixed"],
        "hidden_parts": pooled(everything, SHIPPED)["hidden"],
        "shipped": {"thresholds": list(SHIPPED), **table[SHIPPED]},
        "before": {"thresholds": list(BEFORE), **table[BEFORE]},
        "nested": {"chosen_per_fold": {k: list(v) for k, v in chosen.items()}, **shares(nested)},
        "grid": [{"min_confidence": c, "min_share": s, **table[c, s]} for c, s in grid],
    }
    Path(args.out + ".json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    Path(args.out + ".md").write_text(render(result), encoding="utf-8")
    print(render(result))
    return 0


def render(result: dict) -> str:
    """The results as Markdown."""
    head = "| min_confidence | min_share | hidden parts found | sentence parts right | F1 | flag P | flag R | flag F1 |"
    rows = [head, "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for g in result["grid"]:
        pair = (g["min_confidence"], g["min_share"])
        mark = " **(shipped)**" if pair == SHIPPED else " (before)" if pair == BEFORE else ""
        rows.append(
            f"| {g['min_confidence']}{mark} | {g['min_share']} | {g['hidden_found']} | {g['sentence_parts_right']} | "
            f"{g['parts_f1']} | {g['flag_precision']} | {g['flag_recall']} | {g['flag_f1']} |"
        )
    s, n, b = result["shipped"], result["nested"], result["before"]
    return "\n".join(
        [
            "# bench_mixed",
            "",
            (__doc__ or "").split("\n\n")[0],
            "",
            f"{result['documents']} real-anchored documents, {result['paragraphs']} paragraphs, "
            f"{result['gold_mixed']} of them mixed by the gold ({result['hidden_parts']} hidden parts among "
            f"results / limitations / solutions). `python benchmarks/bench_mixed.py -j 2`.",
            "",
            f"Shipped thresholds {tuple(s['thresholds'])}: hidden parts found **{s['hidden_found']}**, sentence "
            f"parts right **{s['sentence_parts_right']}** (F1 {s['parts_f1']}); the flag P {s['flag_precision']}, "
            f"R {s['flag_recall']}, F1 {s['flag_f1']}. The thresholds before this benchmark {tuple(b['thresholds'])}: "
            f"{b['hidden_found']} / {b['sentence_parts_right']} (F1 {b['parts_f1']}); the flag P {b['flag_precision']}, "
            f"R {b['flag_recall']}, F1 {b['flag_f1']}.",
            "",
            f"Thresholds chosen on four folds, scored on the fifth (pooled): hidden parts found {n['hidden_found']}, "
            f"sentence parts right {n['sentence_parts_right']} (F1 {n['parts_f1']}); the flag P "
            f"{n['flag_precision']}, R {n['flag_recall']}, F1 {n['flag_f1']}; chosen per fold: "
            + ", ".join(f"{tuple(v)}" for v in n["chosen_per_fold"].values())
            + ".",
            "",
            "All folds pooled, each pair of thresholds:",
            "",
            *rows,
            "",
        ]
    )


if __name__ == "__main__":
    raise SystemExit(main())
