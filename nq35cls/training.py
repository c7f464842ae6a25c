"""Training: fit the model on a data folder, measure it, write model and card.

``train.py`` at the top of the repository is a thin command-line wrapper
around :func:`train`; tests call it directly on tiny data folders.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sklearn.base import clone

from .data import LabeledDocument, load_data
from .evaluate import (
    Prediction,
    Scores,
    leave_one_document_out,
    paragraphs_per_second,
    score_predictions,
)
from .model import ReportClassifier
from .persist import SHIPPED_MODEL, save_model

#: Held-out documents are also scored cut to this many first paragraphs.
SHORT_EXCERPT = 10


@dataclass(frozen=True)
class Variant:
    """One row of the variants table: a configuration and its LODO scores."""

    name: str
    params: dict
    scores: Scores
    speed: float


@dataclass
class TrainingReport:
    """What :func:`train` did and measured."""

    data_dir: str
    counts: dict
    documents: dict
    params: dict
    data_sha256: str
    model_path: str = ""
    model_sha256: str = ""
    model_bytes: int = 0
    lodo: Scores | None = None
    lodo_short: Scores | None = None
    lodo_predictions: list[Prediction] = field(default_factory=list)
    speed: float = 0.0
    variants: list[Variant] = field(default_factory=list)
    seconds: float = 0.0
    fit_seconds: float = 0.0
    peak_rss_mb: float = 0.0


def _peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (0 where unknown)."""
    try:
        import resource
    except ImportError:  # Windows has no resource module
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def data_sha256(documents: Sequence[LabeledDocument]) -> str:
    """Hash of the training data (every record, in a canonical order)."""
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.doc):
        for rec in doc.records:
            digest.update(rec.to_json().encode("utf-8") + b"\n")
    return digest.hexdigest()


def count_labels(documents: Sequence[LabeledDocument]) -> tuple[dict, dict]:
    """Paragraph counts by source and label, and document counts by source."""
    counts: dict[str, Counter] = {}
    docs: Counter = Counter()
    for doc in documents:
        docs[doc.source] += 1
        counts.setdefault(doc.source, Counter()).update(doc.labels)
    return {s: dict(c) for s, c in counts.items()}, dict(docs)


#: Configurations compared by ``train.py --variants``: text features x context x decoding.
VARIANTS: tuple[tuple[str, dict], ...] = tuple(
    (
        f"{feats}, {'context' if ctx else 'no context'}, {'decode' if dec else 'no decode'}",
        dict(
            text_features=feats,
            context_weight=0.5 if ctx else 0.0,
            heading_weight=0.5 if ctx else 0.0,
            structure=ctx,
            decode=dec,
        ),
    )
    for feats in ("char", "syllable", "word", "char+syllable")
    for ctx in (False, True)
    for dec in (False, True)
)


def _score_variant(
    name: str, params: dict, documents: Sequence[LabeledDocument], base: ReportClassifier
) -> Variant:
    est = clone(base).set_params(**params)
    scores = score_predictions(leave_one_document_out(est, documents))
    fitted = clone(est).fit([d.texts for d in documents], [d.labels for d in documents])
    speed = paragraphs_per_second(fitted, [d.texts for d in documents if d.source == "real"], repeat=1)
    return Variant(name, params, scores, speed)


def compare_variants(
    documents: Sequence[LabeledDocument],
    base: ReportClassifier,
    log: Callable[[str], None] = print,
    n_jobs: int = 1,
) -> list[Variant]:
    """LODO scores and speed of every configuration in :data:`VARIANTS`.

    With ``n_jobs > 1`` variants are scored in parallel processes (speeds
    are then measured with the other cores busy).
    """
    from joblib import Parallel, delayed

    jobs = (delayed(_score_variant)(name, params, documents, base) for name, params in VARIANTS)
    rows = []
    for v in Parallel(n_jobs=n_jobs, return_as="generator")(jobs):
        log(f"  {v.name:45s} macro-F1 {v.scores.macro_f1:.3f}  {v.speed:8.0f} paragraphs/s")
        rows.append(v)
    return rows


def measure(data_dir: str | os.PathLike, estimator: ReportClassifier | None = None) -> Scores | None:
    """Leave-one-document-out scores over the real documents of a data folder (None if it has none)."""
    documents = load_data(data_dir)
    if not any(d.source == "real" for d in documents):
        return None
    estimator = estimator if estimator is not None else ReportClassifier()
    return score_predictions(leave_one_document_out(estimator, documents))


def train(
    data_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    estimator: ReportClassifier | None = None,
    evaluate: bool = True,
    variants: bool = False,
    log: Callable[[str], None] = print,
    n_jobs: int = 1,
) -> TrainingReport:
    """Fit a model on every document of ``data_dir`` and write it to ``out_dir``.

    Parameters
    ----------
    data_dir : str or os.PathLike
        Folder of labeled ``*.jsonl`` files (see :mod:`nq35cls.data`).
    out_dir : str or os.PathLike
        Where ``nq35cls.model`` is written (created if needed).
    estimator : ReportClassifier, optional
        The configuration to train; the default one if None.
    evaluate : bool, default=True
        Measure leave-one-document-out over the ``real`` documents.
    variants : bool, default=False
        Also compare the configurations of :data:`VARIANTS` (slow).
    n_jobs : int, default=1
        Processes for comparing variants.
    log : callable, default=print
        Receives progress lines.

    Returns
    -------
    TrainingReport
    """
    start = time.perf_counter()
    documents = load_data(data_dir)
    estimator = estimator if estimator is not None else ReportClassifier()
    counts, doc_counts = count_labels(documents)
    report = TrainingReport(
        data_dir=str(data_dir),
        counts=counts,
        documents=doc_counts,
        params=estimator.get_params(),
        data_sha256=data_sha256(documents),
    )
    log(f"data: {sum(doc_counts.values())} documents, {sum(sum(c.values()) for c in counts.values())} paragraphs from {data_dir}")
    if evaluate:
        if not any(d.source == "real" for d in documents):
            log("no real documents: skipping leave-one-document-out evaluation")
        else:
            log("leave-one-document-out over the real documents ...")
            report.lodo_predictions = leave_one_document_out(estimator, documents)
            report.lodo = score_predictions(report.lodo_predictions)
            report.lodo_short = score_predictions(leave_one_document_out(estimator, documents, first_n=SHORT_EXCERPT))
            log(f"LODO macro-F1 {report.lodo.macro_f1:.3f}; first {SHORT_EXCERPT} paragraphs {report.lodo_short.macro_f1:.3f}")
    if variants and any(d.source == "real" for d in documents):
        log("comparing variants ...")
        report.variants = compare_variants(documents, estimator, log, n_jobs=n_jobs)
    fit_start = time.perf_counter()
    model = clone(estimator).fit([d.texts for d in documents], [d.labels for d in documents])
    report.fit_seconds = time.perf_counter() - fit_start
    real_texts = [d.texts for d in documents if d.source == "real"] or [documents[0].texts]
    report.speed = paragraphs_per_second(model, real_texts)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / SHIPPED_MODEL
    report.model_sha256 = save_model(model, model_path, meta={"data_sha256": report.data_sha256})
    report.model_path = str(model_path)
    report.model_bytes = model_path.stat().st_size
    report.seconds = time.perf_counter() - start
    report.peak_rss_mb = _peak_rss_mb()
    log(f"model written to {model_path} ({report.model_bytes / 1e6:.1f} MB, sha256 {report.model_sha256[:12]}...)")
    return report
