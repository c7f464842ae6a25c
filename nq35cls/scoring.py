"""Scoring documents with a fitted model: features, linear scores, decoding.

:class:`DocumentScorer` is the predicting half of
:class:`~nq35cls.model.ReportClassifier`, written against the fitted state
alone (``featurizer_``, ``classifier_``'s ``coef_`` and ``intercept_``,
``classes_``, the transition scores) with numpy alone.
:class:`LabelingModel` is a model file loaded as that state only
(:func:`nq35cls.persist.load_model` with ``for_labeling=True``): it labels
as the estimator does without importing scikit-learn, which is most of the
start-up time of labeling a few small files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import decode
from .features.transform import FittedTransform, WordVectorizer, check_documents
from .labels import BOILERPLATE
from .segment import continues_previous


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


class DocumentScorer:
    """Label probabilities, labels and confidences of documents' paragraphs, from a fitted state.

    Subclasses hold ``featurizer_`` (a :class:`~nq35cls.features.transform.FittedTransform`),
    ``classifier_`` (with ``coef_`` and ``intercept_``), ``classes_``,
    ``log_start_``, ``log_trans_`` and the parameters ``decode``,
    ``transition_weight``, ``continuation_weight`` and ``boilerplate_bias``.
    """

    featurizer_: Any
    classifier_: Any
    classes_: np.ndarray
    log_start_: np.ndarray
    log_trans_: np.ndarray
    decode: bool
    transition_weight: float
    continuation_weight: float | None
    boilerplate_bias: float

    def _check_fitted_model(self) -> None:
        if not hasattr(self, "classifier_"):
            raise ValueError(f"this {type(self).__name__} is not fitted yet")

    def _scores(self, docs: list[list[str]], spans=None, boilerplate_bias: Sequence[float] | None = None):
        """Features (by block) and classifier logits of every paragraph.

        The logits are the linear classifier's ``X @ coef.T + intercept``,
        computed block by block (:meth:`FeatureParts.dot`), which is the same
        number without building the wide feature matrix. ``boilerplate_bias``
        (one number per document) is added to the boilerplate logits of each
        document's paragraphs, after the model's own ``boilerplate_bias``.
        """
        parts = self.featurizer_.transform_parts(docs, spans)
        logits = parts.dot(self._weights()) + self.classifier_.intercept_
        if logits.shape[1] == 1:  # two classes: scikit-learn's one score is for classes_[1]
            logits = np.column_stack([np.zeros(len(logits)), logits[:, 0]])
        if BOILERPLATE in self.classes_:
            column = list(self.classes_).index(BOILERPLATE)
            logits[:, column] += self.boilerplate_bias
            if boilerplate_bias is not None:
                if len(boilerplate_bias) != len(docs):
                    raise ValueError(f"boilerplate_bias has {len(boilerplate_bias)} values for {len(docs)} documents")
                logits[:, column] += np.repeat(np.asarray(boilerplate_bias, dtype=float), [len(d) for d in docs])
        return parts, logits

    def _weights(self) -> np.ndarray:
        """The classifier's ``coef_.T`` in row order (C-contiguous) and double precision: a sparse row's
        product reads each term's weights in one place, twice as fast as from
        the transposed view, and sums alike by numpy or scipy. Kept by a model loaded for labeling."""
        weights = getattr(self.classifier_, "weights_", None)
        return weights if weights is not None else np.ascontiguousarray(self.classifier_.coef_.T, dtype=np.float64)

    def _transition_weights(self, docs: list[list[str]]) -> list[np.ndarray] | None:
        """The weight of the transition into each paragraph: ``continuation_weight`` where the paragraph goes on
        with the one before, a fragment of its sentence or an item of its list
        (:func:`~nq35cls.segment.continues_previous`), ``transition_weight`` elsewhere; None
        (``transition_weight`` everywhere) without a ``continuation_weight``."""
        if self.continuation_weight is None:
            return None
        out = []
        for doc in docs:
            going_on = [False] + [continues_previous(a, b) for a, b in zip(doc, doc[1:])]
            out.append(np.where(going_on, self.continuation_weight, self.transition_weight))
        return out

    def _doc_log_proba(self, logits: np.ndarray, docs: list[list[str]]) -> list[np.ndarray]:
        """Per-document (n_paragraphs, n_classes) classifier log-probabilities."""
        return _split_rows(_log_softmax(logits), docs)

    def _sentence_proba(self, parts, logits: np.ndarray, docs: list[list[str]], spans) -> list[list[np.ndarray]]:
        """Sentence probabilities from ``_scores(docs, spans)``'s parts and logits."""
        if parts.own.shape[0] == 0:
            return [[] for _ in docs]
        weights = self._weights()[: self.featurizer_.n_text_features_]
        if weights.shape[1] == 1:  # two classes: the same shape as the logits of _scores
            weights = np.hstack([np.zeros_like(weights), weights])
        context_logits = logits - parts.own @ weights
        owner = []  # the paragraph row of each sentence of a multi-sentence paragraph
        row = 0
        for doc_spans in spans:
            for para_spans in doc_spans:
                if len(para_spans) > 1:
                    owner.extend([row] * len(para_spans))
                row += 1
        # parts.sentences: the sentences' own-text rows, made with these spans by _scores
        sentence_logits = context_logits[owner] + parts.sentences @ weights
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
        self._check_fitted_model()
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
        self._check_fitted_model()
        docs = check_documents(X)
        logps = self._doc_log_proba(self._scores(docs)[1], docs)
        if not self.decode:
            return [np.exp(lp) for lp in logps]
        return decode.posteriors_many(
            logps, self.log_start_, self.log_trans_, self.transition_weight, self._transition_weights(docs)
        )

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
        self._check_fitted_model()
        docs = check_documents(X)
        parts, logits = self._scores(docs, sentence_spans, boilerplate_bias)
        sentences = self._sentence_proba(parts, logits, docs, sentence_spans) if sentence_spans is not None else None
        logps = self._doc_log_proba(logits, docs)
        if self.decode:
            weights = self._transition_weights(docs)
            paths = decode.viterbi_many(logps, self.log_start_, self.log_trans_, self.transition_weight, weights)
            probas = decode.posteriors_many(logps, self.log_start_, self.log_trans_, self.transition_weight, weights)
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


class FeatureState(FittedTransform):
    """A fitted featurizer's state, loaded for transforming only (see :class:`LabelingModel`)."""

    def __getstate__(self) -> dict:
        return {key: value for key, value in self.__dict__.items() if key not in self.CACHES}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        if "vectorizers_" not in state:  # an unfitted featurizer (a model's parameter): settings only
            return
        if all(len(item) == 2 for item in state["vectorizers_"]):
            return  # (name, vectorizer) pairs: pickled as it is to a worker process, already built
        ngram_range = tuple(state["syllable_ngram_range"])
        self.vectorizers_ = [
            (name, WordVectorizer({term: k for k, term in enumerate(terms.split("\n"))}, np.asarray(idf), ngram_range))
            for name, terms, idf in state["vectorizers_"]
        ]


class LinearScores:
    """A fitted linear classifier's ``coef_``, ``intercept_`` and ``classes_``, loaded for scoring only.

    ``weights_`` is ``coef_.T`` laid out in row order, in float64, made once at loading.
    """

    coef_: np.ndarray
    intercept_: np.ndarray
    classes_: np.ndarray
    weights_: np.ndarray

    def __setstate__(self, state: dict) -> None:
        if "coef_" not in state:  # an unfitted classifier (a model's parameter): nothing to score with
            return
        self.coef_ = np.asarray(state["coef_"])
        self.intercept_ = np.asarray(state["intercept_"])
        self.classes_ = np.asarray(state["classes_"])
        # in double precision: a product then sums alike whichever way it is computed (numpy's or scipy's, chosen
        # by the batch's size), so that a paragraph's scores do not depend on the files labeled with it
        self.weights_ = np.ascontiguousarray(self.coef_.T, dtype=np.float64)

    def __getstate__(self) -> dict:
        return {key: value for key, value in self.__dict__.items() if key != "weights_"}  # made again at loading


class LabelingModel(DocumentScorer):
    """A model file loaded for labeling only: predicts as its estimator does, without scikit-learn.

    Attributes
    ----------
    meta_ : dict
        The model file's metadata.
    """

    meta_: dict

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.decode = bool(state.get("decode", True))
        self.transition_weight = float(state.get("transition_weight", 0.3))
        weight = state.get("continuation_weight")  # a model saved before it: none
        self.continuation_weight = None if weight is None else float(weight)
        self.boilerplate_bias = float(state.get("boilerplate_bias", -1.5))


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
