"""The estimator: a linear classifier over document-aware TF-IDF features.

:class:`ReportClassifier` follows scikit-learn's estimator conventions
(``fit``/``predict``/``predict_proba``, ``get_params``/``set_params``, no work
in ``__init__``), with one difference of shape: its samples are *documents*.
``X`` is a sequence of documents, each a sequence of paragraph strings, and
``y`` a sequence of label sequences, as in sequence labelers such as
sklearn-crfsuite. Predictions come back per document.
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral, Real
from types import MappingProxyType

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, _fit_context, clone
from sklearn.linear_model import LogisticRegression
from sklearn.utils import Tags
from sklearn.utils._param_validation import HasMethods, Interval
from sklearn.utils.validation import check_is_fitted

from . import decode
from .features import DocumentFeaturizer, check_documents, init_defaults
from .scoring import DocumentScorer

#: The classifier's settings where ``classifier`` is None: 10.0 was chosen
#: over 5 and 20 on the real-anchored cross-validation (model card, variants).
DEFAULT_CLASSIFIER_PARAMS = MappingProxyType(
    {"C": 10.0, "class_weight": "balanced", "max_iter": 2000, "random_state": 0}
)
#: Settings of the flat parameters of models saved before the featurizer and
#: the classifier became sub-estimators (model format 5), by where they go.
_FORMAT5_FEATURIZER = (
    "text_features",
    "char_ngram_range",
    "syllable_ngram_range",
    "min_df",
    "context_weight",
    "heading_weight",
    "document_weight",
    "structure",
    "structure_weight",
)
_FORMAT5_CLASSIFIER = ("C", "class_weight", "max_iter", "random_state")


def default_classifier() -> LogisticRegression:
    """The linear classifier used where ``ReportClassifier(classifier=None)``."""
    return LogisticRegression(**DEFAULT_CLASSIFIER_PARAMS)


def with_parts(estimator: ReportClassifier, **params: object) -> ReportClassifier:
    """A clone of ``estimator`` with its default sub-estimators made explicit, then ``params`` set.

    ``ReportClassifier()`` builds its featurizer and classifier when fitting;
    with them explicit their parameters can be set by name
    (``featurizer__document_weight``, ``classifier__C``), as the variants
    table and ``nq35cls train --set`` do.
    """
    explicit = clone(estimator)
    if explicit.featurizer is None:
        explicit.featurizer = DocumentFeaturizer()
    if explicit.classifier is None:
        explicit.classifier = default_classifier()
    return explicit.set_params(**params)


def plain_params(estimator: BaseEstimator) -> dict:
    """Every parameter, nested ones by their full name, without the sub-estimator objects themselves.

    What a model file's metadata and the model card record: numbers,
    strings, booleans, None and lists (tuples become lists).
    """
    return {
        name: list(value) if isinstance(value, tuple) else value
        for name, value in sorted(with_parts(estimator).get_params(deep=True).items())
        if not hasattr(value, "get_params")
    }


class ReportClassifier(ClassifierMixin, DocumentScorer, BaseEstimator):
    """Label the paragraphs of reports as results, limitations, solutions, other or boilerplate.

    A featurizer turns each document's paragraphs into features (own text,
    neighbours, heading, document, structure), a linear classifier scores
    them, and a Viterbi decoder labels each document jointly.

    Parameters
    ----------
    featurizer : DocumentFeaturizer or None, default=None
        Turns documents into features; cloned when fitting. None uses
        ``DocumentFeaturizer()`` (its defaults are the shipped settings).
        Give one to tune its parameters, e.g. with ``GridSearchCV`` and
        ``{"featurizer__context_weight": [0.3, 0.5]}``.
    classifier : estimator or None, default=None
        A linear classifier with ``fit(X, y, sample_weight)``, ``coef_``,
        ``intercept_`` and ``classes_`` (scikit-learn's
        ``LogisticRegression``, ``LinearSVC``, ``SGDClassifier``...);
        cloned when fitting. None uses :func:`default_classifier`: a
        ``LogisticRegression`` with :data:`DEFAULT_CLASSIFIER_PARAMS`.
        Confidences are the softmax of its scores.
    decode : bool, default=True
        Label each document jointly (Viterbi over label transitions) instead
        of paragraph by paragraph.
    transition_weight : float, default=0.3
        Weight (>= 0) of the transition scores in decoding. The classifier
        already sees the neighbours' text, so full-weight transitions count
        the same context twice and overrule confident single paragraphs (a
        caption among solutions); 0.3 was chosen by document-grouped
        cross-validation.
    continuation_weight : float or None, default=1.0
        Weight (>= 0) of the transitions into a paragraph that goes on with
        the one before it, in place of ``transition_weight``: a fragment of
        its sentence (it opens in lower case after a paragraph without a
        sentence end: a line break a page or a PDF put inside a sentence) or
        an item of its list (after a lead-in ending with ":" or another
        item; :func:`nq35cls.segment.continues_previous`). Such a paragraph
        holds to the label of the one it goes on from. None: ``transition_weight`` everywhere (models
        saved before it). 1.0 was chosen by document-grouped
        cross-validation.
    transition_smoothing : float, default=1.0
        Additive smoothing (> 0) of the transition counts.
    excerpt_lengths : tuple of int, default=(5, 8, 12)
        Also fit on the first ``n`` paragraphs of every training document at
        least ``2 * n`` long, for each ``n``: reports often arrive as
        excerpts, and a model that only saw whole reports reads the last
        paragraphs of an excerpt as a report's closing part. ``()`` turns it
        off.
    boilerplate_bias : float, default=-1.5
        Added to the ``boilerplate`` logit of every paragraph before
        decoding. A negative bias makes the model call a paragraph web-page
        chrome only on stronger evidence: a report paragraph taken for
        chrome is content a user loses, a chrome line taken for ``other``
        costs little. On the real-anchored cross-validation -1.5 cut the
        report paragraphs predicted ``boilerplate`` from 2.6% to 0.16% at
        no cost in macro-F1.

    Attributes
    ----------
    classes_ : ndarray of str
        The labels, in the column order of ``predict_proba``.
    featurizer_ : DocumentFeaturizer
        The fitted featurizer.
    classifier_ : estimator
        The fitted linear classifier.
    log_start_, log_trans_ : ndarray
        Label-sequence scores learned from the training documents.

    Notes
    -----
    Samples are *documents*: ``X`` is a sequence of documents, each a
    sequence of paragraph strings, and ``y`` a sequence of label sequences,
    as in sequence labelers such as sklearn-crfsuite. ``predict`` returns a
    1-D object array holding one label array per document, which
    scikit-learn's ``cross_val_predict`` concatenates as it does any
    prediction; score with :data:`nq35cls.metrics.macro_f1_scorer`.
    """

    _parameter_constraints: dict = {
        "featurizer": [DocumentFeaturizer, None],
        "classifier": [HasMethods(["fit", "decision_function"]), None],
        "decode": ["boolean"],
        "transition_weight": [Interval(Real, 0, None, closed="left")],
        "continuation_weight": [Interval(Real, 0, None, closed="left"), None],
        "transition_smoothing": [Interval(Real, 0, None, closed="neither")],
        "excerpt_lengths": [tuple, list],
        "boilerplate_bias": [Interval(Real, None, None, closed="neither")],
    }

    def __init__(
        self,
        *,
        featurizer: DocumentFeaturizer | None = None,
        classifier: BaseEstimator | None = None,
        decode: bool = True,
        transition_weight: float = 0.3,
        continuation_weight: float | None = 1.0,
        transition_smoothing: float = 1.0,
        excerpt_lengths: tuple[int, ...] = (5, 8, 12),
        boilerplate_bias: float = -1.5,
    ) -> None:
        self.featurizer = featurizer
        self.classifier = classifier
        self.decode = decode
        self.transition_weight = transition_weight
        self.continuation_weight = continuation_weight
        self.transition_smoothing = transition_smoothing
        self.excerpt_lengths = excerpt_lengths
        self.boilerplate_bias = boilerplate_bias

    def __setstate__(self, state: dict) -> None:
        # A model saved with the featurizer's and the classifier's settings as
        # flat parameters (format 5): the same settings, as sub-estimators.
        if "featurizer" not in state and "text_features" in state:
            state = dict(state)
            moved = {k: state.pop(k) for k in _FORMAT5_FEATURIZER if k in state}
            state["featurizer"] = DocumentFeaturizer(**{"document_weight": 0.0, **moved})
            state["classifier"] = LogisticRegression(**{k: state.pop(k) for k in _FORMAT5_CLASSIFIER if k in state})
        if "continuation_weight" not in state:  # saved before it: decoded as it was then
            state = {**state, "continuation_weight": None}
        super().__setstate__({**init_defaults(type(self)), **state})

    def __sklearn_tags__(self) -> Tags:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False  # documents: sequences of paragraph strings
        tags.input_tags.string = True
        tags.target_tags.required = True
        return tags

    @_fit_context(prefer_skip_nested_validation=False)
    def fit(
        self,
        X: Sequence[Sequence[str]],
        y: Sequence[Sequence[str]],
        sample_weight: Sequence[float] | Sequence[Sequence[float]] | None = None,
    ) -> ReportClassifier:
        """Fit on labeled documents.

        Parameters
        ----------
        X : sequence of sequence of str
            Documents, each a sequence of paragraph texts.
        y : sequence of sequence of str
            The labels of each document's paragraphs.
        sample_weight : sequence of float, or sequence of sequence of float, optional
            One weight per *document*, given to each of its paragraphs (and
            its excerpts) in the classifier's loss (e.g. real documents
            weighed above authored ones), or one weight per paragraph of
            each document (0 keeps a paragraph as context only: the
            neighbours of a reviewed paragraph). None: all 1.

        Returns
        -------
        self
        """
        if any(not isinstance(n, Integral) or n < 1 for n in self.excerpt_lengths):
            raise ValueError(f"excerpt_lengths={self.excerpt_lengths!r}: use positive integers")
        docs = check_documents(X)
        labels = [[str(label) for label in seq] for seq in y]
        if len(labels) != len(docs) or any(len(a) != len(b) for a, b in zip(docs, labels)):
            raise ValueError("X and y must hold the same documents with one label per paragraph")
        weights = _paragraph_weights(sample_weight, docs)
        docs, labels, weights = _with_excerpts(docs, labels, weights, self.excerpt_lengths)
        flat = np.asarray([label for seq in labels for label in seq], dtype=object)
        paragraph_weight = np.concatenate(weights) if weights else np.zeros(0)
        if len(set(flat)) < 2:
            raise ValueError("need at least two different labels to fit")
        self.featurizer_ = clone(self.featurizer) if self.featurizer is not None else DocumentFeaturizer()
        features = self.featurizer_.fit(docs).transform(docs)
        self.classifier_ = clone(self.classifier) if self.classifier is not None else default_classifier()
        self.classifier_.fit(
            features, flat.astype(str), sample_weight=paragraph_weight if sample_weight is not None else None
        )
        self.classes_ = self.classifier_.classes_
        # A one-paragraph document (a reviewed paragraph, a fragment) says nothing
        # about the order of parts, and its first paragraph is no report's start.
        ordered = [seq for seq in labels if len(seq) > 1] or labels
        self.log_start_, self.log_trans_ = decode.fit_transitions(
            ordered, list(self.classes_), self.transition_smoothing
        )
        return self

    def _check_fitted_model(self) -> None:
        check_is_fitted(self, "classifier_")

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Names of the classifier's input columns (:meth:`DocumentFeaturizer.get_feature_names_out`)."""
        check_is_fitted(self, "featurizer_")
        return self.featurizer_.get_feature_names_out(input_features)

    def score(self, X: Sequence[Sequence[str]], y: Sequence[Sequence[str]]) -> float:
        """Share of paragraphs labeled correctly."""
        pred = np.concatenate([p for p in self.predict(X)] or [np.zeros(0)])
        gold = np.asarray([label for seq in y for label in seq], dtype=object)
        return float((pred == gold).mean()) if len(gold) else 0.0


def _paragraph_weights(
    sample_weight: Sequence[float] | Sequence[Sequence[float]] | None, docs: list[list[str]]
) -> list[np.ndarray]:
    """Each document's paragraph weights, from one weight per document or one per paragraph."""
    if sample_weight is None:
        return [np.ones(len(doc)) for doc in docs]
    if len(sample_weight) != len(docs):
        raise ValueError(f"sample_weight has {len(sample_weight)} entries for {len(docs)} documents")
    out = []
    for doc, w in zip(docs, sample_weight):
        try:
            given = np.asarray(w, dtype=float)
        except (TypeError, ValueError):
            given = np.full(0, np.nan)
        row = np.full(len(doc), float(given)) if given.ndim == 0 else given
        if row.shape != (len(doc),) or not np.all(np.isfinite(row)) or np.any(row < 0):
            raise ValueError(
                "sample_weight must hold one finite weight >= 0 per document, or one per paragraph of each document"
            )
        out.append(row)
    return out


def _with_excerpts(
    docs: list[list[str]], labels: list[list[str]], weights: list[np.ndarray], lengths: Sequence[int]
) -> tuple[list[list[str]], list[list[str]], list[np.ndarray]]:
    """The documents plus, for each length ``n``, the first ``n`` paragraphs of those at least ``2 * n`` long.

    Each excerpt keeps its paragraphs' weights.
    """
    out_docs, out_labels, out_weights = list(docs), list(labels), list(weights)
    for n in lengths:
        for doc, seq, w in zip(docs, labels, weights):
            if n > 0 and len(doc) >= 2 * n:
                out_docs.append(doc[:n])
                out_labels.append(seq[:n])
                out_weights.append(w[:n])
    return out_docs, out_labels, out_weights
