"""Measure a model: leave-one-document-out over real documents, and metrics.

Quality is reported on the four section labels (macro-F1 over
``results``, ``limitations``, ``solutions``, ``other``); ``boilerplate`` is
scored apart (precision and recall of finding web chrome). A paragraph of a
document is never scored by a model that was trained on that document.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.base import clone
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from .data import LabeledDocument
from .labels import LABELS, SECTION_LABELS
from .model import ReportClassifier


@dataclass(frozen=True)
class Prediction:
    """The model's labels for one held-out document."""

    doc: str
    texts: tuple[str, ...]
    gold: tuple[str, ...]
    pred: tuple[str, ...]
    confidence: tuple[float, ...]


@dataclass(frozen=True)
class Scores:
    """Metrics of predictions against gold labels.

    Attributes
    ----------
    macro_f1 : float
        Mean F1 over the four section labels, those absent from both gold
        and predictions left out (an excerpt may hold no limitations).
    per_class : dict
        ``label -> (precision, recall, f1, support)`` for every label.
    confusion : ndarray
        Rows gold, columns predicted, in the order of :data:`LABELS`.
    n : int
        Number of paragraphs scored.
    """

    macro_f1: float
    per_class: dict
    confusion: np.ndarray
    n: int


def score(gold: Sequence[str], pred: Sequence[str]) -> Scores:
    """Macro-F1 over the section labels, per-class P/R/F1 and the confusion matrix."""
    gold, pred = list(gold), list(pred)
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=list(LABELS), zero_division=0)
    per_class = {lab: (float(p[k]), float(r[k]), float(f[k]), int(s[k])) for k, lab in enumerate(LABELS)}
    present = [lab for lab in SECTION_LABELS if lab in gold or lab in pred]
    macro = float(np.mean([per_class[lab][2] for lab in present])) if present else 0.0
    return Scores(macro, per_class, confusion_matrix(gold, pred, labels=list(LABELS)), len(gold))


def predict_documents(model: ReportClassifier, documents: Sequence[LabeledDocument]) -> list[Prediction]:
    """Label documents with a fitted model, keeping gold labels beside."""
    out = []
    for doc, (labels, conf) in zip(documents, model.predict_with_confidence([d.texts for d in documents])):
        out.append(Prediction(doc.doc, tuple(doc.texts), tuple(doc.labels), tuple(map(str, labels)), tuple(map(float, conf))))
    return out


def leave_one_document_out(
    estimator: ReportClassifier,
    documents: Sequence[LabeledDocument],
    held_out_source: str = "real",
    first_n: int | None = None,
) -> list[Prediction]:
    """Predictions for each document of ``held_out_source``, by a model trained on all the others.

    Parameters
    ----------
    estimator : ReportClassifier
        An unfitted template; it is cloned for every fold.
    documents : sequence of LabeledDocument
        All labeled documents (real and authored).
    held_out_source : str, default="real"
        Only documents of this source are held out and scored.
    first_n : int, optional
        Score each held-out document cut to its first ``first_n`` paragraphs
        (how excerpts and news leads arrive). The training set is the same.

    Notes
    -----
    Reviewed paragraphs (``train.py --add``) are one-paragraph documents of
    their own; one whose text is a paragraph of the held-out document is
    left out of that fold's training set, so that no held-out paragraph is
    ever seen in training.

    Returns
    -------
    list of Prediction
    """
    held_out = [d for d in documents if d.source == held_out_source]
    if not held_out:
        raise ValueError(f"no {held_out_source!r} documents to hold out")
    out = []
    for doc in held_out:
        texts = set(doc.texts)
        train = [
            d for d in documents
            if d.doc != doc.doc and not (d.source == "reviewed" and texts.intersection(d.texts))
        ]
        model = clone(estimator).fit([d.texts for d in train], [d.labels for d in train])
        test = doc
        if first_n is not None:
            test = LabeledDocument(doc.doc, doc.source, doc.records[:first_n])
        out.extend(predict_documents(model, [test]))
    return out


def grouped_cross_validation(
    estimator: ReportClassifier, documents: Sequence[LabeledDocument], source: str = "authored", folds: int = 5, seed: int = 0
) -> list[Prediction]:
    """Predictions for the documents of ``source`` by ``folds``-fold cross-validation grouped by document.

    For choosing settings without touching the real documents: each fold's
    documents are labeled by a model trained on the other folds' documents of
    the same source. Not a quality figure (authored text is never one).
    """
    pool = [d for d in documents if d.source == source]
    if len(pool) < folds:
        raise ValueError(f"need at least {folds} {source!r} documents for {folds}-fold cross-validation")
    order = np.random.default_rng(seed).permutation(len(pool))
    out = []
    for k in range(folds):
        held = {int(i) for i in order[k::folds]}
        train = [d for i, d in enumerate(pool) if i not in held]
        model = clone(estimator).fit([d.texts for d in train], [d.labels for d in train])
        out.extend(predict_documents(model, [pool[i] for i in sorted(held)]))
    return out


def score_predictions(predictions: Sequence[Prediction]) -> Scores:
    """Pool the predictions of several documents and score them."""
    gold = [g for p in predictions for g in p.gold]
    pred = [q for p in predictions for q in p.pred]
    return score(gold, pred)


def paragraphs_per_second(model: ReportClassifier, documents: Sequence[Sequence[str]], repeat: int = 3) -> float:
    """Labeling speed of a fitted model on in-memory documents (best of ``repeat``)."""
    n = sum(len(d) for d in documents)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        model.predict(documents)
        best = min(best, time.perf_counter() - start)
    return n / best if best > 0 else float("inf")


def format_scores(scores: Scores) -> str:
    """Markdown: macro-F1, a per-class table and the confusion matrix."""
    lines = [f"macro-F1 (results, limitations, solutions, other): **{scores.macro_f1:.3f}** on {scores.n} paragraphs", ""]
    lines += ["| label | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
    for lab in LABELS:
        p, r, f, s = scores.per_class[lab]
        lines.append(f"| {lab} | {p:.3f} | {r:.3f} | {f:.3f} | {s} |")
    lines += ["", "Confusion matrix (rows: gold, columns: predicted):", ""]
    lines.append("| gold \\ predicted | " + " | ".join(LABELS) + " |")
    lines.append("|---" * (len(LABELS) + 1) + "|")
    for k, lab in enumerate(LABELS):
        lines.append(f"| {lab} | " + " | ".join(str(int(v)) for v in scores.confusion[k]) + " |")
    return "\n".join(lines)


def format_errors(predictions: Sequence[Prediction], words: int = 14) -> str:
    """Markdown table of the misclassified paragraphs."""
    lines = ["| doc | idx | gold | predicted | confidence | first words |", "|---|---:|---|---|---:|---|"]
    for p in predictions:
        for i, (g, q, c, t) in enumerate(zip(p.gold, p.pred, p.confidence, p.texts)):
            if g != q:
                first = " ".join(t.split()[:words]).replace("|", "\\|")
                lines.append(f"| {p.doc} | {i} | {g} | {q} | {c:.2f} | {first} |")
    return "\n".join(lines)


__all__ = [
    "Prediction",
    "Scores",
    "format_errors",
    "format_scores",
    "leave_one_document_out",
    "paragraphs_per_second",
    "predict_documents",
    "score",
    "score_predictions",
]
