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
from dataclasses import dataclass
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
from .labels import BOILERPLATE


@dataclass(frozen=True)
class DocumentPrediction:
    """What the model says about one document's paragraphs.

    Attributes
    ----------
    labels : ndarray of str
        The label of each paragraph.
    confidence : ndarray of float
        Probability of each chosen label.
    margin : ndarray of float
        Best minus second-best label probability: low means unsure.
    sentence_proba : list of ndarray or None
        Per paragraph, its sentences' label probabilities (when asked for).
    """

    labels: np.ndarray
    confidence: np.ndarray
    margin: np.ndarray
    sentence_proba: list | None = None


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


class ReportClassifier(ClassifierMixin, BaseEstimator):
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
        transition_smoothing: float = 1.0,
        excerpt_lengths: tuple[int, ...] = (5, 8, 12),
        boilerplate_bias: float = -1.5,
    ) -> None:
        self.featurizer = featurizer
        self.classifier = classifier
        self.decode = decode
        self.transition_weight = transition_weight
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
        super().__setstate__({**init_defaults(type(self)), **state})

    def __sklearn_tags__(self) -> Tags:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False  # documents: sequences of paragraph strings
        tags.input_tags.string = True
        tags.target_tags.required = True
        return tags

    @_fit_context(prefer_skip_nested_validation=False)
    def fit(
        self, X: Sequence[Sequence[str]], y: Sequence[Sequence[str]], sample_weight: Sequence[float] | None = None
    ) -> ReportClassifier:
        """Fit on labeled documents.

        Parameters
        ----------
        X : sequence of sequence of str
            Documents, each a sequence of paragraph texts.
        y : sequence of sequence of str
            The labels of each document's paragraphs.
        sample_weight : sequence of float, optional
            One weight per *document*, given to each of its paragraphs (and
            its excerpts) in the classifier's loss; e.g. real documents
            weighed above authored ones. None: all 1.

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
        weights = np.ones(len(docs)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if weights.shape != (len(docs),) or not np.all(np.isfinite(weights)) or np.any(weights < 0):
            raise ValueError("sample_weight must hold one finite weight >= 0 per document")
        docs, labels, weights = _with_excerpts(docs, labels, weights, self.excerpt_lengths)
        flat = np.asarray([label for seq in labels for label in seq], dtype=object)
        paragraph_weight = np.repeat(weights, [len(seq) for seq in labels])
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
        self.log_start_, self.log_trans_ = decode.fit_transitions(ordered, self.classes_, self.transition_smoothing)
        return self

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Names of the classifier's input columns (:meth:`DocumentFeaturizer.get_feature_names_out`)."""
        check_is_fitted(self, "featurizer_")
        return self.featurizer_.get_feature_names_out(input_features)

    def _scores(self, docs: list[list[str]], spans=None, boilerplate_bias: Sequence[float] | None = None):
        """Features (by block) and classifier logits of every paragraph.

        The logits are the linear classifier's ``X @ coef.T + intercept``,
        computed block by block (:meth:`FeatureParts.dot`), which is the same
        number without building the wide feature matrix. ``boilerplate_bias``
        (one number per document) is added to the boilerplate logits of each
        document's paragraphs, after the model's own ``boilerplate_bias``.
        """
        parts = self.featurizer_.transform_parts(docs, spans)
        coef = self.classifier_.coef_
        logits = parts.dot(coef.T) + self.classifier_.intercept_
        if coef.shape[0] == 1:  # two classes: scikit-learn's one score is for classes_[1]
            logits = np.column_stack([np.zeros(len(logits)), logits[:, 0]])
        if BOILERPLATE in self.classes_:
            column = list(self.classes_).index(BOILERPLATE)
            logits[:, column] += self.boilerplate_bias
            if boilerplate_bias is not None:
                if len(boilerplate_bias) != len(docs):
                    raise ValueError(f"boilerplate_bias has {len(boilerplate_bias)} values for {len(docs)} documents")
                logits[:, column] += np.repeat(np.asarray(boilerplate_bias, dtype=float), [len(d) for d in docs])
        return parts, logits

    def _doc_log_proba(self, logits: np.ndarray, docs: list[list[str]]) -> list[np.ndarray]:
        """Per-document (n_paragraphs, n_classes) classifier log-probabilities."""
        return _split_rows(_log_softmax(logits), docs)

    def _sentence_proba(self, parts, logits: np.ndarray, docs: list[list[str]], spans) -> list[list[np.ndarray]]:
        """Sentence probabilities from ``_scores(docs, spans)``'s parts and logits."""
        if parts.own.shape[0] == 0:
            return [[] for _ in docs]
        width = self.featurizer_.n_text_features_
        coef = self.classifier_.coef_[:, :width]
        if coef.shape[0] == 1:  # two classes: the same shape as the logits of _scores
            coef = np.vstack([np.zeros_like(coef), coef])
        context_logits = logits - parts.own @ coef.T
        owner = []  # the paragraph row of each sentence of a multi-sentence paragraph
        row = 0
        for doc_spans in spans:
            for para_spans in doc_spans:
                if len(para_spans) > 1:
                    owner.extend([row] * len(para_spans))
                row += 1
        # parts.sentences: the sentences' own-text rows, made with these spans by _scores
        sentence_logits = context_logits[owner] + parts.sentences @ coef.T
        proba = np.exp(_log_softmax(sentence_logits))
        paragraph_proba = np.exp(_log_softmax(logits))
        out, k, row = [], 0, 0
        for doc_spans in spans:
            doc_out = []
            for para_spans in doc_spans:
                if len(para_spans) > 1:
                    doc_out.append(proba[k : k + len(para_spans)])
                    k += len(para_spans)
                else:  # one sentence: it is the paragraph
                    doc_out.append(paragraph_proba[row : row + 1])
                row += 1
            out.append(doc_out)
        return out

    def sentence_proba(
        self, X: Sequence[Sequence[str]], spans: Sequence[Sequence[Sequence[tuple[int, int]]]]
    ) -> list[list[np.ndarray]]:
        """Label probabilities of sentences, each seen in its paragraph's place.

        A sentence is scored with its paragraph's context (neighbours,
        heading, structure) and its own text in place of the paragraph's:
        the model is linear, so its logits are the paragraph's minus the
        paragraph's own-text part plus the sentence's.

        Parameters
        ----------
        X : sequence of sequence of str
            Documents, each a sequence of paragraph texts.
        spans : sequence of sequence of sequence of (int, int)
            For each paragraph of each document, its sentences' character
            spans (see :func:`nq35cls.segment.split_sentences`).

        Returns
        -------
        list of list of ndarray of shape (n_sentences, n_classes)
        """
        check_is_fitted(self, "classifier_")
        docs = check_documents(X)
        parts, logits = self._scores(docs, spans)
        return self._sentence_proba(parts, logits, docs, spans)

    def predict_proba(self, X: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Label probabilities of each paragraph.

        With ``decode=True`` these are the marginals of the joint model of
        the document (forward-backward), otherwise the classifier's own.

        Parameters
        ----------
        X : sequence of sequence of str

        Returns
        -------
        list of ndarray of shape (n_paragraphs, n_classes)
            One array per document; columns follow ``classes_``.
        """
        check_is_fitted(self, "classifier_")
        docs = check_documents(X)
        logps = self._doc_log_proba(self._scores(docs)[1], docs)
        if not self.decode:
            return [np.exp(lp) for lp in logps]
        return decode.posteriors_many(logps, self.log_start_, self.log_trans_, self.transition_weight)

    def predict_with_confidence(
        self, X: Sequence[Sequence[str]], boilerplate_bias: Sequence[float] | None = None
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        """Labels and their confidence in [0, 1] for each document.

        Parameters
        ----------
        X : sequence of sequence of str
        boilerplate_bias : sequence of float, optional
            As for :meth:`predict_detailed`.

        Returns
        -------
        list of (labels, confidence)
            Per document: an array of label strings and an array of the
            probability of each chosen label (its marginal when decoding).
        """
        return [(p.labels, p.confidence) for p in self.predict_detailed(X, boilerplate_bias=boilerplate_bias)]

    def predict_detailed(
        self,
        X: Sequence[Sequence[str]],
        sentence_spans: Sequence[Sequence[Sequence[tuple[int, int]]]] | None = None,
        boilerplate_bias: Sequence[float] | None = None,
    ) -> list[DocumentPrediction]:
        """Labels, confidences, margins and (optionally) sentence probabilities, from one transform.

        Parameters
        ----------
        X : sequence of sequence of str
            Documents, each a sequence of paragraph texts.
        sentence_spans : optional
            Sentence spans of every paragraph, as for :meth:`sentence_proba`.
        boilerplate_bias : sequence of float, optional
            One number per document added to its paragraphs' boilerplate
            logits before decoding: negative where web-page chrome is
            unlikely (a .docx or .pdf file).

        Returns
        -------
        list of DocumentPrediction
        """
        check_is_fitted(self, "classifier_")
        docs = check_documents(X)
        parts, logits = self._scores(docs, sentence_spans, boilerplate_bias)
        sentences = self._sentence_proba(parts, logits, docs, sentence_spans) if sentence_spans is not None else None
        logps = self._doc_log_proba(logits, docs)
        if self.decode:
            paths = decode.viterbi_many(logps, self.log_start_, self.log_trans_, self.transition_weight)
            probas = decode.posteriors_many(logps, self.log_start_, self.log_trans_, self.transition_weight)
        else:
            probas = [np.exp(lp) for lp in logps]
            paths = [p.argmax(axis=1) for p in probas]
        out = []
        for d, (path, proba) in enumerate(zip(paths, probas)):
            rows = np.arange(len(path))
            conf = proba[rows, path] if len(path) else np.zeros(0)
            top2 = np.sort(proba, axis=1)[:, -2:] if len(path) else np.zeros((0, 2))
            margin = top2[:, 1] - top2[:, 0]
            out.append(
                DocumentPrediction(self.classes_[path], conf, margin, sentences[d] if sentences is not None else None)
            )
        return out

    def predict(self, X: Sequence[Sequence[str]]) -> np.ndarray:
        """Label every paragraph of every document.

        Parameters
        ----------
        X : sequence of sequence of str

        Returns
        -------
        ndarray of object, shape (n_documents,)
            One array of label strings per document.
        """
        return _object_array([labels for labels, _ in self.predict_with_confidence(X)])

    def score(self, X: Sequence[Sequence[str]], y: Sequence[Sequence[str]]) -> float:
        """Share of paragraphs labeled correctly."""
        pred = np.concatenate([p for p in self.predict(X)] or [np.zeros(0)])
        gold = np.asarray([label for seq in y for label in seq], dtype=object)
        return float((pred == gold).mean()) if len(gold) else 0.0


def _with_excerpts(
    docs: list[list[str]], labels: list[list[str]], weights: np.ndarray, lengths: Sequence[int]
) -> tuple[list[list[str]], list[list[str]], np.ndarray]:
    """The documents plus, for each length ``n``, the first ``n`` paragraphs of those at least ``2 * n`` long.

    Each excerpt keeps its document's weight.
    """
    out_docs, out_labels, out_weights = list(docs), list(labels), list(weights)
    for n in lengths:
        for doc, seq, w in zip(docs, labels, weights):
            if n > 0 and len(doc) >= 2 * n:
                out_docs.append(doc[:n])
                out_labels.append(seq[:n])
                out_weights.append(w)
    return out_docs, out_labels, np.asarray(out_weights, dtype=float)


def _object_array(items: list) -> np.ndarray:
    """A 1-D object array holding ``items`` (arrays of any shape) as they are."""
    out = np.empty(len(items), dtype=object)
    for i, item in enumerate(items):  # one by one: equal-length items would be broadcast as rows
        out[i] = item
    return out


def _split_rows(matrix: np.ndarray, docs: Sequence[Sequence[str]]) -> list[np.ndarray]:
    """Cut a row-stacked array back into one block per document."""
    out, offset = [], 0
    for doc in docs:
        out.append(matrix[offset : offset + len(doc)])
        offset += len(doc)
    return out


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True) if len(logits) else logits
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True)) if len(logits) else shifted
