"""Measure a model: leave-one-document-out over real documents, and metrics.

Quality is reported on the four section labels (macro-F1 over
``results``, ``limitations``, ``solutions``, ``other``); ``boilerplate`` is
scored apart (precision and recall of finding web chrome). A paragraph of a
document is never scored by a model that was trained on that document.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
from sklearn.base import clone
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from .data import REAL_ANCHORED, LabeledDocument
from .labeling import format_boilerplate_bias
from .labels import BOILERPLATE, LABELS
from .metrics import flat_macro_f1
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
    return Scores(flat_macro_f1(gold, pred), per_class, confusion_matrix(gold, pred, labels=list(LABELS)), len(gold))


def predict_documents(
    model: ReportClassifier, documents: Sequence[LabeledDocument], formats: Mapping[str, str] | None = None
) -> list[Prediction]:
    """Label documents with a fitted model, keeping gold labels beside.

    ``formats`` (``doc -> source format``, from the manifests) applies the
    boilerplate bias that labeling a file of that format gets
    (:func:`nq35cls.labeling.format_boilerplate_bias`), so that the scores
    are those of what a user sees.
    """
    bias = [format_boilerplate_bias((formats or {}).get(d.doc, "")) for d in documents]
    out = []
    for doc, (labels, conf) in zip(documents, model.predict_with_confidence([d.texts for d in documents], bias)):
        out.append(
            Prediction(doc.doc, tuple(doc.texts), tuple(doc.labels), tuple(map(str, labels)), tuple(map(float, conf)))
        )
    return out


def _training_set(documents: Sequence[LabeledDocument], held: Sequence[LabeledDocument]) -> list[LabeledDocument]:
    """Every document but the held-out ones, and no reviewed copy of a held-out paragraph.

    Reviewed paragraphs (``train.py --add``) are one-paragraph documents of
    their own; one whose text is a paragraph of a held-out document is left
    out, so that no held-out paragraph is ever seen in training.
    """
    held_ids = {d.doc for d in held}
    texts = {t for d in held for t in d.texts}
    return [
        d for d in documents if d.doc not in held_ids and not (d.source == "reviewed" and texts.intersection(d.texts))
    ]


def fit_documents(
    estimator: ReportClassifier,
    documents: Sequence[LabeledDocument],
    source_weights: Mapping[str, float] | None = None,
) -> ReportClassifier:
    """A fitted clone of ``estimator`` on labeled documents.

    Parameters
    ----------
    source_weights : mapping of str to float, optional
        Weight of each source's documents in the fit (``{"authored": 0.5}``);
        sources not named weigh 1. None: every document weighs 1. Paragraphs
        kept as context only (``reviewed=False``) weigh 0 whatever their source.
    """
    X, y = [d.texts for d in documents], [d.labels for d in documents]
    context_only = any(not r.reviewed for d in documents for r in d.records)
    if not source_weights and not context_only:
        return clone(estimator).fit(X, y)
    weights = [[float((source_weights or {}).get(d.source, 1.0)) * w for w in d.weights] for d in documents]
    return clone(estimator).fit(X, y, sample_weight=weights)


def _fit_and_predict(
    estimator: ReportClassifier,
    train: Sequence[LabeledDocument],
    test: Sequence[LabeledDocument],
    source_weights: Mapping[str, float] | None = None,
    formats: Mapping[str, str] | None = None,
    originals: Sequence[LabeledDocument] = (),
) -> tuple[list[Prediction], list[Prediction]]:
    """Fit on ``train``; the predictions for ``test``, and for ``originals`` by the same model."""
    model = fit_documents(estimator, train, source_weights)
    return predict_documents(model, test, formats), predict_documents(model, originals, formats) if originals else []


def leave_one_document_out(
    estimator: ReportClassifier,
    documents: Sequence[LabeledDocument],
    held_out_source: str = "real",
    first_n: int | None = None,
    source_weights: Mapping[str, float] | None = None,
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
    source_weights : mapping of str to float, optional
        See :func:`fit_documents`.

    Returns
    -------
    list of Prediction
    """
    held_out = [d for d in documents if d.source == held_out_source]
    if not held_out:
        raise ValueError(f"no {held_out_source!r} documents to hold out")
    out = []
    for doc in held_out:
        test = doc if first_n is None else LabeledDocument(doc.doc, doc.source, doc.records[:first_n])
        out.extend(_fit_and_predict(estimator, _training_set(documents, [doc]), [test], source_weights)[0])
    return out


def _fold_indices(n: int, folds: int, seed: int) -> list[list[int]]:
    order = np.random.default_rng(seed).permutation(n)
    return [sorted(int(i) for i in order[k::folds]) for k in range(folds)]


def grouped_cross_validation(
    estimator: ReportClassifier,
    documents: Sequence[LabeledDocument],
    source: str | Sequence[str] = "authored",
    folds: int = 5,
    seed: int = 0,
    train_on_all: bool = False,
    n_jobs: int = 1,
    source_weights: Mapping[str, float] | None = None,
    formats: Mapping[str, str] | None = None,
) -> list[Prediction]:
    """Predictions for the documents of ``source`` by ``folds``-fold cross-validation grouped by document.

    Parameters
    ----------
    estimator : ReportClassifier
        An unfitted template; it is cloned for every fold.
    documents : sequence of LabeledDocument
        All labeled documents.
    source : str or sequence of str, default="authored"
        The documents of these sources are split into folds and scored.
    folds : int, default=5
    seed : int, default=0
        Seed of the random assignment of documents to folds.
    train_on_all : bool, default=False
        False: each fold is labeled by a model trained on the other folds
        only (authored model selection). True: on every other document too
        (authored and reviewed ones), as the shipped model is; this is the
        real-anchored quality figure (``source=REAL_ANCHORED``).
    n_jobs : int, default=1
        Folds fitted in parallel processes.
    source_weights : mapping of str to float, optional
        See :func:`fit_documents`.
    formats : mapping of str to str, optional
        Source format of each document, see :func:`predict_documents`.

    Returns
    -------
    list of Prediction
        One per scored document; a document is never scored by a model
        that saw it in training.
    """
    return _cross_validate(
        estimator, documents, source, folds, seed, train_on_all, n_jobs, source_weights, formats, {}
    )[0]


def _cross_validate(
    estimator: ReportClassifier,
    documents: Sequence[LabeledDocument],
    source: str | Sequence[str],
    folds: int,
    seed: int,
    train_on_all: bool,
    n_jobs: int,
    source_weights: Mapping[str, float] | None,
    formats: Mapping[str, str] | None,
    originals: Mapping[str, Sequence[str]],
    train_fraction: float = 1.0,
    train_seed: int = 0,
) -> tuple[list[Prediction], list[Prediction]]:
    """:func:`grouped_cross_validation`, and each held-out document of ``originals`` labeled again in its original
    wording by the same fold's model (its labels carried over paragraph by paragraph). With ``train_fraction`` below
    1, each fold trains on that share of the scored sources' documents only (see :func:`real_cross_validation`)."""
    if isinstance(train_fraction, bool) or not isinstance(train_fraction, (int, float)) or not 0 < train_fraction <= 1:
        raise ValueError(f"train_fraction must be a number in (0, 1], not {train_fraction!r}")
    sources = (source,) if isinstance(source, str) else tuple(source)
    pool = [d for d in documents if d.source in sources]
    if len(pool) < folds:
        raise ValueError(f"need at least {folds} documents of {', '.join(sources)} for {folds}-fold cross-validation")
    # the documents a fold may train on: a share of them, the same whatever the fold, each share inside the larger
    order = np.random.default_rng([seed, 1, train_seed]).permutation(len(pool))[: round(train_fraction * len(pool))]
    trainable = {pool[i].doc for i in order.tolist()}
    jobs = []
    for held_idx in _fold_indices(len(pool), folds, seed):
        held = [pool[i] for i in held_idx]
        train = _training_set(documents if train_on_all else pool, held)
        if train_fraction < 1:
            train = [d for d in train if d.source not in sources or d.doc in trainable]
        worded = [_reworded(d, originals[d.doc]) for d in held if d.doc in originals]
        jobs.append((train, held, worded))
    if n_jobs == 1:
        results = [
            _fit_and_predict(estimator, train, held, source_weights, formats, worded) for train, held, worded in jobs
        ]
    else:
        from joblib import Parallel, delayed

        results = Parallel(n_jobs=n_jobs)(
            delayed(_fit_and_predict)(estimator, train, held, source_weights, formats, worded)
            for train, held, worded in jobs
        )
    by_doc = {p.doc: p for fold, _ in results for p in fold}
    by_original = {p.doc: p for _, fold in results for p in fold}
    return [by_doc[d.doc] for d in pool], [by_original[d.doc] for d in pool if d.doc in by_original]


def _reworded(document: LabeledDocument, texts: Sequence[str]) -> LabeledDocument:
    """``document`` with other paragraph texts (as many), its labels kept."""
    return replace(document, records=tuple(replace(r, text=t) for r, t in zip(document.records, texts, strict=True)))


def real_cross_validation(
    estimator: ReportClassifier,
    documents: Sequence[LabeledDocument],
    folds: int = 5,
    seed: int = 0,
    n_jobs: int = 1,
    source_weights: Mapping[str, float] | None = None,
    formats: Mapping[str, str] | None = None,
    train_fraction: float = 1.0,
    train_seed: int = 0,
) -> list[Prediction]:
    """The quality figure: grouped CV over the real-anchored documents, trained on everything else.

    ``train_fraction`` below 1 draws a learning curve's point: each fold's model
    trains on that share of the real-anchored documents only (the same share
    for every fold, drawn once with ``seed`` and ``train_seed``, each smaller
    share of one ``train_seed`` inside the larger ones; the other sources'
    documents all kept), and is scored on its held-out fold as before. Another
    ``train_seed`` draws another share on the same folds.
    """
    return _cross_validate(
        estimator,
        documents,
        REAL_ANCHORED,
        folds,
        seed,
        True,
        n_jobs,
        source_weights,
        formats,
        {},
        train_fraction,
        train_seed,
    )[0]


def real_cross_validation_with_originals(
    estimator: ReportClassifier,
    documents: Sequence[LabeledDocument],
    originals: Mapping[str, Sequence[str]],
    folds: int = 5,
    seed: int = 0,
    n_jobs: int = 1,
    source_weights: Mapping[str, float] | None = None,
    formats: Mapping[str, str] | None = None,
) -> tuple[list[Prediction], list[Prediction]]:
    """:func:`real_cross_validation`, and the same folds scored on the documents' original wording.

    Parameters
    ----------
    originals : mapping of str to sequence of str
        Document id to its original paragraphs, as many as the document's
        (:func:`nq35cls.data.load_originals`, from a local cache never
        committed): each fold's model labels the originals of its held-out
        documents too, with their gold labels.

    Returns
    -------
    predictions : list of Prediction
        One per real-anchored document, as :func:`real_cross_validation`.
    on_originals : list of Prediction
        One per real-anchored document of ``originals``: its original text
        labeled by the model of its fold (never trained on it, nor on its
        rewording).
    """
    return _cross_validate(
        estimator, documents, REAL_ANCHORED, folds, seed, True, n_jobs, source_weights, formats, originals
    )


def _pools(predictions: Sequence[Prediction], group: Mapping[str, str]) -> dict[str, list[Prediction]]:
    """The predictions by group (``doc -> group``; documents not in ``group`` under "unknown")."""
    pools: dict[str, list[Prediction]] = {}
    for p in predictions:
        pools.setdefault(group.get(p.doc) or "unknown", []).append(p)
    return dict(sorted(pools.items()))


def scores_by(predictions: Sequence[Prediction], group: Mapping[str, str]) -> dict[str, Scores]:
    """Scores of the predictions pooled by group (``doc -> group``; missing docs under "unknown")."""
    return {g: score_predictions(ps) for g, ps in _pools(predictions, group).items()}


def documents_per_group(predictions: Sequence[Prediction], group: Mapping[str, str]) -> dict[str, int]:
    """How many scored documents each group holds."""
    return {g: len(ps) for g, ps in _pools(predictions, group).items()}


def content_dropped(predictions: Sequence[Prediction]) -> tuple[int, int]:
    """Report paragraphs (gold not ``boilerplate``) predicted ``boilerplate``: (count, of how many)."""
    pairs = [(g, q) for p in predictions for g, q in zip(p.gold, p.pred) if g != BOILERPLATE]
    return sum(q == BOILERPLATE for _, q in pairs), len(pairs)


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
    lines = [
        f"macro-F1 (results, limitations, solutions, other): **{scores.macro_f1:.3f}** on {scores.n} paragraphs",
        "",
    ]
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
    "content_dropped",
    "documents_per_group",
    "fit_documents",
    "format_errors",
    "format_scores",
    "grouped_cross_validation",
    "leave_one_document_out",
    "paragraphs_per_second",
    "predict_documents",
    "real_cross_validation",
    "score",
    "score_predictions",
    "scores_by",
]
