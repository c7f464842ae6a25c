"""Training: fit the model on a data folder, measure it, write model and card.

``train.py`` at the top of the repository is a thin command-line wrapper
around :func:`train`; tests call it directly on tiny data folders.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from .data import REAL_ANCHORED, LabeledDocument, document_fingerprint, load_data, load_manifests, load_originals
from .errors import DataError
from .evaluate import (
    Prediction,
    Scores,
    content_dropped,
    documents_per_group,
    fit_documents,
    grouped_cross_validation,
    leave_one_document_out,
    paragraphs_per_second,
    predict_documents,
    real_cross_validation,
    real_cross_validation_with_originals,
    score,
    score_predictions,
    scores_by,
)
from .model import ReportClassifier, plain_params, with_parts
from .persist import SHIPPED_MODEL, save_model

#: Held-out documents are also scored cut to this many first paragraphs.
SHORT_EXCERPT = 10
#: Folds of the real-anchored cross-validation (the quality figure).
CV_FOLDS = 5
#: Weight of each source's documents when fitting (sources not named weigh 1).
#: Authored text teaches the authored style: on the real-anchored
#: cross-validation it helps at a third of a real document's weight more than
#: at full weight or not at all (see the variants table of the model card).
DEFAULT_SOURCE_WEIGHTS: Mapping[str, float] = MappingProxyType({"authored": 0.3})


@dataclass
class FoldScores:
    """Predictions of the folds of a grouped cross-validation, scored overall, by genre and by source format."""

    predictions: list[Prediction]
    scores: Scores
    by_genre: dict[str, Scores]
    by_format: dict[str, Scores]
    documents_by_genre: dict[str, int]
    documents_by_format: dict[str, int]
    dropped: tuple[int, int]

    @staticmethod
    def breakdown(predictions: list[Prediction], genre: Mapping[str, str], fmt: Mapping[str, str]) -> dict:
        """The fields of a :class:`FoldScores` from its predictions and each document's genre and format."""
        return {
            "predictions": predictions,
            "scores": score_predictions(predictions),
            "by_genre": scores_by(predictions, genre),
            "by_format": scores_by(predictions, fmt),
            "documents_by_genre": documents_per_group(predictions, genre),
            "documents_by_format": documents_per_group(predictions, fmt),
            "dropped": content_dropped(predictions),
        }


@dataclass
class OnOriginals(FoldScores):
    """The folds of a :class:`CrossValidation` scored on the documents' original wording.

    Each real-anchored document whose original sits in the local cache
    (:func:`nq35cls.data.load_originals`) is labeled again, in the words of
    the real document it rewords, by the model of its fold: the gap to
    ``rewrites`` (the same documents as committed) is what the rewording hides.
    """

    rewrites: Scores


@dataclass
class CrossValidation(FoldScores):
    """Grouped cross-validation over the real-anchored documents, with its breakdowns."""

    by_source: dict[str, Scores]
    documents_by_source: dict[str, int]
    originals: OnOriginals | None = None

    @classmethod
    def run(
        cls,
        estimator: ReportClassifier,
        documents: Sequence[LabeledDocument],
        facts: dict,
        n_jobs: int = 1,
        source_weights: Mapping[str, float] | None = None,
        originals: Mapping[str, Sequence[str]] | None = None,
    ) -> CrossValidation:
        """Run :func:`~nq35cls.evaluate.real_cross_validation` and break it down by manifest facts.

        Each document is labeled as a file of its source format would be
        (the format's boilerplate bias, :func:`nq35cls.labeling.format_boilerplate_bias`).
        With ``originals`` (document id to its original paragraphs), the same
        folds also label them (:class:`OnOriginals`).
        """
        genre = {doc: f.get("genre", "") for doc, f in facts.items()}
        fmt = {doc: f.get("format", "") for doc, f in facts.items()}
        predictions, on_originals = real_cross_validation_with_originals(
            estimator,
            documents,
            originals or {},
            folds=CV_FOLDS,
            n_jobs=n_jobs,
            source_weights=source_weights,
            formats=fmt,
        )
        source = {d.doc: d.source for d in documents}
        worded = None
        if on_originals:
            kept = {p.doc for p in on_originals}
            worded = OnOriginals(
                **FoldScores.breakdown(on_originals, genre, fmt),
                rewrites=score_predictions([p for p in predictions if p.doc in kept]),
            )
        return cls(
            **FoldScores.breakdown(predictions, genre, fmt),
            by_source=scores_by(predictions, source),
            documents_by_source=documents_per_group(predictions, source),
            originals=worded,
        )


@dataclass(frozen=True)
class Variant:
    """One row of the variants table: a configuration and its LODO scores."""

    name: str
    params: dict
    scores: Scores
    speed: float
    dropped: tuple[int, int] = (0, 0)


@dataclass
class TrainingReport:
    """What :func:`train` did and measured."""

    data_dir: str
    counts: dict
    documents: dict
    params: dict
    data_sha256: str
    source_weights: dict = field(default_factory=dict)
    model_path: str = ""
    model_sha256: str = ""
    model_bytes: int = 0
    lodo: Scores | None = None
    lodo_short: Scores | None = None
    lodo_predictions: list[Prediction] = field(default_factory=list)
    cv: CrossValidation | None = None
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


def model_meta(documents: Sequence[LabeledDocument]) -> dict:
    """What a model file records of its training data: the data's hash and every document's fingerprint."""
    return {
        "data_sha256": data_sha256(documents),
        "documents": sorted({document_fingerprint(d.texts) for d in documents}),
    }


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


#: Configurations compared by ``train.py --variants``, each a change to the
#: shipped configuration: (name, estimator parameters, source weights or None
#: for the shipped ones). The first row is the shipped configuration itself.
VARIANTS: tuple[tuple[str, dict, dict | None], ...] = (
    ("shipped", {}, None),
    ("syllable features only", {"featurizer__text_features": "syllable"}, None),
    ("character features only", {"featurizer__text_features": "char"}, None),
    ("character + syllable features", {"featurizer__text_features": "char+syllable"}, None),
    (
        "no context (neighbours, heading, structure)",
        {"featurizer__context_weight": 0.0, "featurizer__heading_weight": 0.0, "featurizer__structure": False},
        None,
    ),
    ("no document context", {"featurizer__document_weight": 0.0}, None),
    ("no part context (enclosing headings by their numbering)", {"featurizer__part_context": False}, None),
    ("no text of the part's heading", {"featurizer__part_weight": 0.0}, None),
    ("no opening marks", {"featurizer__openings": "none"}, None),
    ("the paragraph's opening mark only", {"featurizer__openings": "paragraph"}, None),
    ("document context 1.0", {"featurizer__document_weight": 1.0}, None),
    ("no decoding", {"decode": False}, None),
    ("no boilerplate bias", {"boilerplate_bias": 0.0}, None),
    ("transition weight 0.6", {"transition_weight": 0.6}, None),
    ("no continuation weight (a sentence's fragments decoded as any paragraph)", {"continuation_weight": None}, None),
    ("authored documents weigh 1", {}, {}),
    ("authored documents left out", {}, {"authored": 0.0}),
)


def _score_variant(
    name: str,
    params: dict,
    documents: Sequence[LabeledDocument],
    base: ReportClassifier,
    source_weights: Mapping[str, float] | None = None,
) -> Variant:
    """A variant's scores: real-anchored grouped CV where there are enough documents, else LODO."""
    est = with_parts(base, **params)
    real = [d for d in documents if d.source in REAL_ANCHORED]
    if len(real) >= CV_FOLDS * 2:
        predictions = real_cross_validation(est, documents, folds=CV_FOLDS, source_weights=source_weights)
    else:
        predictions = leave_one_document_out(est, documents, source_weights=source_weights)
    fitted = fit_documents(est, documents, source_weights)
    speed = paragraphs_per_second(fitted, [d.texts for d in real], repeat=1)
    return Variant(name, params, score_predictions(predictions), speed, content_dropped(predictions))


def compare_variants(
    documents: Sequence[LabeledDocument],
    base: ReportClassifier,
    log: Callable[[str], None] = print,
    n_jobs: int = 1,
    source_weights: Mapping[str, float] | None = None,
    names: Sequence[str] | None = None,
) -> list[Variant]:
    """Scores (real-anchored CV, or LODO) and speed of the configurations in :data:`VARIANTS`.

    With ``n_jobs > 1`` variants are scored in parallel processes (speeds
    are then measured with the other cores busy). ``names`` picks some rows
    (the shipped one is always measured, first); None: all.

    Raises
    ------
    ValueError
        If a name is not a row of :data:`VARIANTS`.
    """
    from joblib import Parallel, delayed

    known = [name for name, _, _ in VARIANTS]
    unknown = [n for n in names or () if n not in known]
    if unknown:
        raise ValueError(f"unknown variant(s) {', '.join(map(repr, unknown))}; known: {', '.join(map(repr, known))}")
    rows = [v for v in VARIANTS if names is None or v[0] in names or v[0] == known[0]]
    jobs = (
        delayed(_score_variant)(name, params, documents, base, source_weights if weights is None else weights)
        for name, params, weights in rows
    )
    scored: list[Variant] = []
    for v in Parallel(n_jobs=n_jobs, return_as="generator")(jobs):
        log(f"  {v.name:45s} macro-F1 {v.scores.macro_f1:.3f}  {v.speed:8.0f} paragraphs/s")
        scored.append(v)
    return scored


def measure(
    data_dir: str | os.PathLike,
    estimator: ReportClassifier | None = None,
    source_weights: Mapping[str, float] | None = None,
    n_jobs: int = 1,
) -> Scores | None:
    """The quality figure of a data folder: grouped CV over its real-anchored documents.

    With fewer than ``2 * CV_FOLDS`` of them, leave-one-document-out over
    its ``real`` documents; None if it has none.
    """
    documents = load_data(data_dir)
    estimator = estimator if estimator is not None else with_parts(ReportClassifier())
    if sum(d.source in REAL_ANCHORED for d in documents) >= 2 * CV_FOLDS:
        formats = {doc: facts.get("format", "") for doc, facts in load_manifests(data_dir).items()}
        predictions = real_cross_validation(
            estimator, documents, folds=CV_FOLDS, n_jobs=n_jobs, source_weights=source_weights, formats=formats
        )
        return score_predictions(predictions)
    if not any(d.source == "real" for d in documents):
        return None
    return score_predictions(leave_one_document_out(estimator, documents, source_weights=source_weights))


def score_reviewed(predictions: Sequence[Prediction], documents: Sequence[LabeledDocument]) -> Scores:
    """Scores on the paragraphs a person reviewed only (not the context kept with them)."""
    person = {d.doc: d.weights for d in documents}
    gold, pred = [], []
    for p in predictions:
        for g, q, w in zip(p.gold, p.pred, person.get(p.doc, [1.0] * len(p.gold))):
            if w > 0:
                gold.append(g)
                pred.append(q)
    return score(gold, pred)


def review_gain(
    data_dir: str | os.PathLike,
    estimator: ReportClassifier | None = None,
    source_weights: Mapping[str, float] | None = None,
    folds: int = CV_FOLDS,
) -> tuple[Scores, Scores] | None:
    """What the reviewed documents of a data folder teach the model, on the reviewed paragraphs.

    Returns
    -------
    (before, after) : tuple of Scores, or None with fewer than two reviewed documents
        ``before``: every reviewed paragraph labeled by a model fitted on
        the folder without any reviewed document. ``after``: grouped
        cross-validation over the reviewed documents, each fold labeled by a
        model fitted on everything else (the other folds' reviews included).
    """
    documents = load_data(data_dir)
    reviewed = [d for d in documents if d.source == "reviewed"]
    if len(reviewed) < 2:
        return None
    estimator = estimator if estimator is not None else with_parts(ReportClassifier())
    base = [d for d in documents if d.source != "reviewed"]
    before = predict_documents(fit_documents(estimator, base, source_weights), reviewed)
    after = grouped_cross_validation(
        estimator,
        documents,
        source="reviewed",
        folds=min(folds, len(reviewed)),
        train_on_all=True,
        source_weights=source_weights,
    )
    return score_reviewed(before, reviewed), score_reviewed(after, reviewed)


def train(
    data_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    estimator: ReportClassifier | None = None,
    evaluate: bool = True,
    variants: bool = False,
    log: Callable[[str], None] = print,
    n_jobs: int = 1,
    source_weights: Mapping[str, float] | None = None,
    variant_names: Sequence[str] | None = None,
    originals_dir: str | os.PathLike | None = None,
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
    variant_names : sequence of str, optional
        Compare only these rows of :data:`VARIANTS` (and the shipped one).
    n_jobs : int, default=1
        Processes for comparing variants and cross-validation folds.
    source_weights : mapping of str to float, optional
        Weight of each source's documents in every fit (sources not named
        weigh 1); None: :data:`DEFAULT_SOURCE_WEIGHTS`.
    log : callable, default=print
        Receives progress lines.
    originals_dir : str or os.PathLike, optional
        A local cache of the real-rewritten documents' originals
        (:func:`nq35cls.data.load_originals`, never committed): the
        cross-validation is then also scored on their original wording.

    Returns
    -------
    TrainingReport

    Raises
    ------
    DataError
        On unreadable data, or an ``originals_dir`` that is not a folder.
    """
    start = time.perf_counter()
    documents = load_data(data_dir)
    if originals_dir is not None and not Path(originals_dir).is_dir():  # before the long work, not after it
        raise DataError(originals_dir, None, "no such file or folder")
    estimator = estimator if estimator is not None else with_parts(ReportClassifier())
    source_weights = dict(DEFAULT_SOURCE_WEIGHTS if source_weights is None else source_weights)
    counts, doc_counts = count_labels(documents)
    report = TrainingReport(
        data_dir=str(data_dir),
        counts=counts,
        documents=doc_counts,
        params=plain_params(estimator),
        data_sha256=data_sha256(documents),
        source_weights=source_weights,
    )
    log(
        f"data: {sum(doc_counts.values())} documents, {sum(sum(c.values()) for c in counts.values())} paragraphs from {data_dir}"
    )
    if evaluate:
        if not any(d.source == "real" for d in documents):
            log("no real documents: skipping leave-one-document-out evaluation")
        else:
            log("leave-one-document-out over the real documents ...")
            report.lodo_predictions = leave_one_document_out(estimator, documents, source_weights=source_weights)
            report.lodo = score_predictions(report.lodo_predictions)
            report.lodo_short = score_predictions(
                leave_one_document_out(estimator, documents, first_n=SHORT_EXCERPT, source_weights=source_weights)
            )
            log(
                f"LODO macro-F1 {report.lodo.macro_f1:.3f}; first {SHORT_EXCERPT} paragraphs {report.lodo_short.macro_f1:.3f}"
            )
    real = [d for d in documents if d.source in REAL_ANCHORED]
    if evaluate and len(real) >= CV_FOLDS * 2:
        log(f"{CV_FOLDS}-fold cross-validation grouped by document over {len(real)} real-anchored documents ...")
        originals = load_originals(originals_dir, real) if originals_dir is not None else {}
        if originals_dir is not None:
            log(f"originals of {len(originals)} of them in {originals_dir}: the folds also label those")
        report.cv = CrossValidation.run(
            estimator,
            documents,
            load_manifests(data_dir),
            n_jobs=n_jobs,
            source_weights=source_weights,
            originals=originals,
        )
        lost, of = report.cv.dropped
        log(
            f"real-anchored CV macro-F1 {report.cv.scores.macro_f1:.3f}; report paragraphs predicted boilerplate {lost}/{of}"
        )
        if report.cv.originals is not None:
            log(f"the same folds on the originals: macro-F1 {report.cv.originals.scores.macro_f1:.3f}")
    if variants and real:
        log("comparing variants ...")
        report.variants = compare_variants(
            documents, estimator, log, n_jobs=n_jobs, source_weights=source_weights, names=variant_names
        )
    fit_start = time.perf_counter()
    model = fit_documents(estimator, documents, source_weights)
    report.fit_seconds = time.perf_counter() - fit_start
    real_texts = [d.texts for d in real] or [documents[0].texts]
    report.speed = paragraphs_per_second(model, real_texts)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / SHIPPED_MODEL
    report.model_sha256 = save_model(model, model_path, meta=model_meta(documents))
    report.model_path = str(model_path)
    report.model_bytes = model_path.stat().st_size
    report.seconds = time.perf_counter() - start
    report.peak_rss_mb = _peak_rss_mb()
    log(f"model written to {model_path} ({report.model_bytes / 1e6:.1f} MB, sha256 {report.model_sha256[:12]}...)")
    return report
