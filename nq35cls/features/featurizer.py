"""The featurizer: documents (sequences of paragraph strings) to a feature matrix.

Every paragraph is described by

* its own text: TF-IDF over character n-grams, syllable n-grams and/or
  underthesea words of its normalized text (:mod:`.tfidf` is the fast path);
* its neighbours' text (previous and next paragraph), down-weighted;
* the nearest preceding heading or lead-in, down-weighted, and which part
  that heading's cue words point to;
* the document's centroid: what kind of document it sits in;
* its structure (:mod:`.structure`): position, length, heading and
  enumeration patterns, upper case, web-chrome, byline, caption and citation
  cues (:mod:`.cues`), quotation, separators, runs of short lines.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from numbers import Integral, Real
from types import MappingProxyType

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin, _fit_context
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils._param_validation import Interval
from sklearn.utils.validation import check_is_fitted

from ..normalize import feature_text, segment_words
from .blocks import DocumentBlock, FeatureParts
from .cues import Cues, load_cues
from .structure import STRUCTURE_FEATURES, structure_rows
from .tfidf import counts_fast, tfidf, tfidf_with_sentences

#: Names of the text feature sets that ``text_features`` combines with ``+``.
TEXT_FEATURE_SETS: tuple[str, ...] = ("char", "syllable", "word")
#: Tokens of the syllable (and word) features: syllables, and runs of symbols
#: standing alone ("*", "***", "|", "»", a "-" bullet), without which a
#: separator or menu line would have no text features at all.
SYLLABLE_TOKEN_PATTERN = r"(?u)\b\w+\b|(?<!\S)[^\w\s]+(?!\S)"


def check_documents(X: object) -> list[list[str]]:
    """Validate ``X`` as a sequence of documents, each a sequence of paragraph strings."""
    if isinstance(X, str) or not isinstance(X, Sequence):
        raise TypeError("X must be a sequence of documents, each a sequence of paragraph strings")
    docs = []
    for d, doc in enumerate(X):
        if isinstance(doc, str) or not isinstance(doc, Sequence):
            raise TypeError(f"document {d} must be a sequence of paragraph strings, got {type(doc).__name__}")
        if not all(isinstance(p, str) for p in doc):
            raise TypeError(f"document {d} holds a paragraph that is not a string")
        docs.append(list(doc))
    return docs


def init_defaults(cls: type) -> dict:
    """The keyword defaults of a class's ``__init__``."""
    return {k: p.default for k, p in inspect.signature(cls).parameters.items() if p.default is not p.empty}


class DocumentFeaturizer(TransformerMixin, BaseEstimator):
    """Turn documents (sequences of paragraph strings) into a feature matrix.

    Parameters
    ----------
    text_features : str, default="syllable"
        Which text features to use, joined by ``+``: ``char`` (character
        n-grams within word boundaries), ``syllable`` (syllable n-grams) and
        ``word`` (underthesea word segmentation; slow).
    char_ngram_range : tuple of int, default=(2, 5)
        n-gram range of the ``char`` features.
    syllable_ngram_range : tuple of int, default=(1, 2)
        n-gram range of the ``syllable`` and ``word`` features.
    min_df : int, default=2
        Ignore terms found in fewer paragraphs than this.
    context_weight : float, default=0.5
        Weight of the previous and next paragraphs' text features; 0 turns
        neighbour context off.
    heading_weight : float, default=0.5
        Weight of the nearest preceding heading's text features; 0 turns it off.
    document_weight : float, default=0.5
        Weight of the document's own-text centroid (the normalized mean of
        its paragraphs' rows): what kind of document this is (a plan, news,
        a thesis) as context of each paragraph; 0 turns it off. 0.5 was
        chosen on the real-anchored cross-validation (+0.009 macro-F1 over
        0; see the model card's variants table).
    structure : bool, default=True
        Whether to add the structural features (:data:`STRUCTURE_FEATURES`).
    structure_weight : float, default=0.35
        Scale of the structural features. With the classifier's one
        regularization strength for all features, a smaller scale makes
        position, length and cue counts cost more to rely on, so the text
        has more say; 0.35 was chosen by cross-validation.
    cues : dict or None, default=None
        A cue table like ``resources/cues.json``; None uses the bundled one.

    Attributes
    ----------
    vectorizers_ : list of (str, TfidfVectorizer)
        The fitted text vectorizers.
    cues_ : dict
        The cue table in use.
    n_text_features_ : int
        Width of the own-text block, the first columns of the output.

    Notes
    -----
    ``transform`` returns one row per paragraph, documents one after another.
    """

    _parameter_constraints: dict = {
        "text_features": [str],
        "char_ngram_range": [tuple],
        "syllable_ngram_range": [tuple],
        "min_df": [Interval(Integral, 1, None, closed="left")],
        "context_weight": [Interval(Real, 0, None, closed="left")],
        "heading_weight": [Interval(Real, 0, None, closed="left")],
        "document_weight": [Interval(Real, 0, None, closed="left")],
        "structure": ["boolean"],
        "structure_weight": [Interval(Real, 0, None, closed="left")],
        "cues": [dict, None],
    }

    def __init__(
        self,
        *,
        text_features: str = "syllable",
        char_ngram_range: tuple[int, int] = (2, 5),
        syllable_ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 2,
        context_weight: float = 0.5,
        heading_weight: float = 0.5,
        document_weight: float = 0.5,
        structure: bool = True,
        structure_weight: float = 0.35,
        cues: dict | None = None,
    ) -> None:
        self.text_features = text_features
        self.char_ngram_range = char_ngram_range
        self.syllable_ngram_range = syllable_ngram_range
        self.min_df = min_df
        self.context_weight = context_weight
        self.heading_weight = heading_weight
        self.document_weight = document_weight
        self.structure = structure
        self.structure_weight = structure_weight
        self.cues = cues

    def _feature_sets(self) -> list[str]:
        names = [s.strip() for s in self.text_features.split("+") if s.strip()]
        unknown = [s for s in names if s not in TEXT_FEATURE_SETS]
        if not names or unknown:
            raise ValueError(
                f"text_features={self.text_features!r}: use one or more of {', '.join(TEXT_FEATURE_SETS)} joined by '+'"
            )
        return names

    def _make_vectorizer(self, name: str) -> TfidfVectorizer:
        common = dict(lowercase=False, min_df=self.min_df, sublinear_tf=True, dtype=np.float32)
        if name == "char":
            return TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngram_range), **common)
        return TfidfVectorizer(
            analyzer="word",
            token_pattern=SYLLABLE_TOKEN_PATTERN,
            ngram_range=tuple(self.syllable_ngram_range),
            **common,
        )

    def _inputs(self, ftexts: list[str], name: str) -> list[str]:
        return segment_words(ftexts) if name == "word" else ftexts

    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X: Sequence[Sequence[str]], y: object = None) -> DocumentFeaturizer:
        """Learn the vocabularies and IDF weights from the documents' paragraphs.

        Parameters
        ----------
        X : sequence of sequence of str
            Documents, each a sequence of paragraph texts.
        y : ignored

        Returns
        -------
        self
        """
        docs = check_documents(X)
        names = self._feature_sets()
        for name in ("char_ngram_range", "syllable_ngram_range"):
            low_high = getattr(self, name)
            integers = len(low_high) == 2 and all(isinstance(v, Integral) for v in low_high)
            if not (integers and 1 <= low_high[0] <= low_high[1]):
                raise ValueError(f"{name}={low_high!r}: use (low, high) with integers 1 <= low <= high")
        ftexts = [feature_text(p) for doc in docs for p in doc]
        if not ftexts:
            raise ValueError("cannot fit on documents with no paragraphs")
        self.cues_ = load_cues() if self.cues is None else self.cues
        self.vectorizers_ = []
        for name in names:
            vec = self._make_vectorizer(name).fit(self._inputs(ftexts, name))
            vec.stop_words_ = None  # the pruned terms: only kept for introspection, and large
            self.vectorizers_.append((name, vec))
        self.n_text_features_ = sum(len(vec.vocabulary_) for _, vec in self.vectorizers_)
        return self

    def _own_text(self, ftexts: list[str]) -> sp.csr_matrix:
        """TF-IDF rows of feature texts: the own-text block."""
        blocks = [tfidf(vec, self._inputs(ftexts, name)) for name, vec in self.vectorizers_]
        return blocks[0] if len(blocks) == 1 else sp.hstack(blocks, format="csr")

    def transform_text(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The own-text block alone (the first ``n_text_features_`` columns of
        :meth:`transform`) for free-standing texts, e.g. sentences."""
        check_is_fitted(self, "vectorizers_")
        if not texts:
            return sp.csr_matrix((0, self.n_text_features_), dtype=np.float32)
        return self._own_text([feature_text(t) for t in texts])

    def _own_text_and_sentences(self, raw: list[str], spans: list) -> tuple[list[str], sp.csr_matrix, sp.csr_matrix]:
        """Feature texts and own-text rows of paragraphs, and the own-text rows
        of the sentences of each paragraph with more than one, from one pass."""
        pieces = [[feature_text(text[a:b]) for a, b in para] for text, para in zip(raw, spans)]
        # A paragraph's feature text is its sentences' joined: they split it at white space.
        ftexts = [" ".join(p) for p in pieces]
        if len(self.vectorizers_) == 1 and counts_fast(self.vectorizers_[0][1]):
            own, sentences = tfidf_with_sentences(self.vectorizers_[0][1], pieces)
            return ftexts, own, sentences
        multi = [f for p in pieces if len(p) > 1 for f in p]
        sentences = self._own_text(multi) if multi else sp.csr_matrix((0, self.n_text_features_), dtype=np.float32)
        return ftexts, self._own_text(ftexts), sentences

    def transform_parts(
        self, X: Sequence[Sequence[str]], sentence_spans: Sequence[Sequence[Sequence[tuple[int, int]]]] | None = None
    ) -> FeatureParts:
        """The blocks of :meth:`transform`'s matrix, not yet put side by side.

        A linear model can score the parts directly (:meth:`FeatureParts.dot`)
        without building the wide matrix of neighbour and heading copies.

        Parameters
        ----------
        X : sequence of sequence of str
            Documents, each a sequence of paragraph texts.
        sentence_spans : optional
            For each paragraph of each document, its sentences' character
            spans (:func:`nq35cls.segment.split_sentences`). With them the
            parts also hold the own-text rows of the sentences of every
            paragraph that has more than one, in order.

        Returns
        -------
        FeatureParts
        """
        check_is_fitted(self, "vectorizers_")
        docs = check_documents(X)
        raw = [p for doc in docs for p in doc]
        n_struct = len(STRUCTURE_FEATURES) if self.structure else 0
        empty = sp.csr_matrix((0, self.n_text_features_), dtype=np.float32)
        if not raw:
            return FeatureParts(
                empty, self._copies([], [], []), np.zeros((0, n_struct)), empty, self._document(empty, [])
            )
        sentences = None
        if sentence_spans is not None:
            spans = [para for doc in sentence_spans for para in doc]
            if len(spans) != len(raw):
                raise ValueError(f"sentence_spans has {len(spans)} paragraphs, X has {len(raw)}")
            ftexts, own, sentences = self._own_text_and_sentences(raw, spans)
        else:
            ftexts = [feature_text(p) for p in raw]
            own = self._own_text(ftexts)
        cues = self._compiled_cues()
        prev_rows: list[int] = []
        next_rows: list[int] = []
        head_rows: list[int] = []
        dense: list[np.ndarray] = []
        offset = 0
        for doc in docs:
            m = len(doc)
            if m == 0:
                continue
            struct, ctx = structure_rows(raw[offset : offset + m], ftexts[offset : offset + m], cues)
            dense.append(struct)
            prev_rows.extend(offset + i - 1 if i > 0 else -1 for i in range(m))
            next_rows.extend(offset + i + 1 if i < m - 1 else -1 for i in range(m))
            head_rows.extend(offset + c if c >= 0 else -1 for c in ctx)
            offset += m
        structure = np.vstack(dense) * self.structure_weight if self.structure else np.zeros((len(raw), 0))
        lengths = [len(doc) for doc in docs]
        return FeatureParts(
            own, self._copies(prev_rows, next_rows, head_rows), structure, sentences, self._document(own, lengths)
        )

    def _document(self, own: sp.csr_matrix, lengths: list[int]) -> DocumentBlock | None:
        """The document-centroid block (None when ``document_weight`` is 0)."""
        if not self.document_weight:
            return None
        n_docs = len(lengths)
        owner = np.repeat(np.arange(n_docs), lengths)
        averaging = sp.csr_matrix(
            (np.ones(len(owner), dtype=np.float32), (owner, np.arange(len(owner)))), shape=(n_docs, own.shape[0])
        )
        centroids = sp.csr_matrix(averaging @ own)
        norms = np.sqrt(np.asarray(centroids.multiply(centroids).sum(axis=1)).ravel())
        centroids = sp.csr_matrix(
            sp.diags(np.where(norms > 0, 1.0 / np.maximum(norms, 1e-12), 0.0).astype(np.float32)) @ centroids
        )
        return DocumentBlock(centroids, owner, float(self.document_weight))

    def _copies(
        self, prev_rows: list[int], next_rows: list[int], head_rows: list[int]
    ) -> list[tuple[np.ndarray, float]]:
        """The weighted row copies of the own-text block, in column order."""
        copies = []
        if self.context_weight:
            copies += [(np.asarray(prev_rows, dtype=np.int64), self.context_weight)]
            copies += [(np.asarray(next_rows, dtype=np.int64), self.context_weight)]
        if self.heading_weight:
            copies += [(np.asarray(head_rows, dtype=np.int64), self.heading_weight)]
        return copies

    def transform(self, X: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """Feature matrix of every paragraph of every document.

        Parameters
        ----------
        X : sequence of sequence of str
            Documents, each a sequence of paragraph texts.

        Returns
        -------
        scipy.sparse.csr_matrix of shape (n_paragraphs, n_features)
        """
        return self.transform_parts(X).matrix()

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Names of the columns of :meth:`transform`'s matrix, in order.

        Own-text terms are ``<set>:<term>`` (``syllable:kết quả``); their
        copies are prefixed ``prev:``, ``next:``, ``heading:`` and
        ``document:``; structural columns are ``structure:<name>``
        (:data:`STRUCTURE_FEATURES`).

        Parameters
        ----------
        input_features : ignored

        Returns
        -------
        ndarray of str
        """
        check_is_fitted(self, "vectorizers_")
        own = [f"{name}:{term}" for name, vec in self.vectorizers_ for term in vec.get_feature_names_out()]
        copies = (["prev", "next"] if self.context_weight else []) + (["heading"] if self.heading_weight else [])
        if self.document_weight:
            copies.append("document")
        names = own + [f"{copy}:{term}" for copy in copies for term in own]
        if self.structure:
            names += [f"structure:{name}" for name in STRUCTURE_FEATURES]
        return np.asarray(names, dtype=object)

    def _compiled_cues(self) -> Cues:
        """The cue table compiled (about 2 ms), once per fitted featurizer rather
        than once per transform; not part of the saved state."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None or compiled[0] is not self.cues_:
            compiled = self._compiled = (self.cues_, Cues(self.cues_))
        return compiled[1]

    # Saved state (pickle, model files): a fitted vocabulary is its terms in
    # column order, one per line (a term never holds a line break), and their
    # IDF weights, rather than a dict of tens of thousands of entries and a
    # vectorizer object.
    def __getstate__(self) -> dict:
        state = dict(super().__getstate__())
        state.pop("_compiled", None)
        if "vectorizers_" in state:
            state["vectorizers_"] = [
                (name, "\n".join(vec.get_feature_names_out().tolist()), np.asarray(vec.idf_))
                for name, vec in state["vectorizers_"]
            ]
        return state

    #: Values of parameters added later, for featurizers saved before them:
    #: what those featurizers did (the default may differ).
    _ADDED_PARAMS = MappingProxyType({"document_weight": 0.0})

    def __setstate__(self, state: dict) -> None:
        # a parameter added after the model was saved takes the value that keeps the old behaviour
        super().__setstate__({**init_defaults(type(self)), **self._ADDED_PARAMS, **state})
        if (
            hasattr(self, "vectorizers_")
            and self.vectorizers_
            and not isinstance(self.vectorizers_[0][1], TfidfVectorizer)
        ):
            restored = []
            for name, terms, idf in self.vectorizers_:  # type: ignore[misc]  # the saved form (__getstate__)
                vec = self._make_vectorizer(name)
                vec.vocabulary_ = {term: k for k, term in enumerate(terms.split("\n"))}
                vec.idf_ = np.asarray(idf)
                restored.append((name, vec))
            self.vectorizers_ = restored
