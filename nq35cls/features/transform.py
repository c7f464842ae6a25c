"""Transforming documents with a fitted featurizer's state, without scikit-learn.

:class:`FittedTransform` holds the transform half of
:class:`~nq35cls.features.DocumentFeaturizer`: the estimator fits (with
scikit-learn), this turns documents into feature blocks from the fitted
state alone (vocabularies, IDF weights, cue table, weights). The labeling
path loads a model as these plain pieces (:mod:`nq35cls.scoring`), so that
labeling one small file does not import scikit-learn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np

from ..normalize import feature_text, segment_words
from .blocks import DocumentBlock, FeatureParts
from .cues import Cues
from .rows import SparseRows
from .structure import PART_FEATURES, STRUCTURE_FEATURES, structure_rows
from .tfidf import (
    SYLLABLE_TOKEN_PATTERN,
    PairIndex,
    counts_fast,
    mark_openings,
    tfidf,
    tfidf_with_sentences,
)


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


@dataclass
class WordVectorizer:
    """A fitted TF-IDF vectorizer of word (syllable) n-grams as plain data: what :func:`~.tfidf.tfidf` reads.

    The same settings as the featurizer's scikit-learn ``TfidfVectorizer``
    for its ``syllable`` and ``word`` feature sets.
    """

    vocabulary_: dict[str, int]
    idf_: np.ndarray
    ngram_range: tuple[int, int]
    token_pattern: str = SYLLABLE_TOKEN_PATTERN
    analyzer: str = "word"
    preprocessor: None = None
    tokenizer: None = None
    stop_words: None = None
    strip_accents: None = None
    lowercase: bool = False
    binary: bool = False
    sublinear_tf: bool = True
    use_idf: bool = True
    norm: str = "l2"
    dtype: type = field(default=np.float32)


class FittedTransform:
    """The transform of a fitted featurizer, from its state alone.

    Subclasses hold ``vectorizers_`` (a list of (feature set name,
    vectorizer)), ``cues_``, ``n_text_features_`` and the parameters
    ``context_weight``, ``heading_weight``, ``document_weight``,
    ``structure``, ``structure_weight``, ``part_context`` and ``part_weight``.
    """

    vectorizers_: list
    cues_: dict
    n_text_features_: int
    context_weight: float
    heading_weight: float
    document_weight: float
    structure: bool
    structure_weight: float
    part_context: bool = False  # the state of a model saved before the parameter existed has none
    part_weight: float = 0.0  # the same
    openings: str = "none"  # the same

    def _check_fitted_features(self) -> None:
        if not hasattr(self, "vectorizers_"):
            raise ValueError(f"this {type(self).__name__} is not fitted yet")

    def _inputs(self, ftexts: list[str], name: str) -> list[str]:
        """What the vectorizer ``name`` reads of feature texts: words for ``word``, the opening marks in the
        syllables' (:func:`~.tfidf.mark_openings`), the texts as they are for ``char``."""
        if name == "word":
            return segment_words(ftexts)
        if name == "syllable" and self.openings != "none":
            return [mark_openings(t, self.openings) for t in ftexts]
        return ftexts

    def _own_text(self, ftexts: list[str]) -> SparseRows:
        """TF-IDF rows of feature texts: the own-text block."""
        return SparseRows.hstack(
            [tfidf(vec, self._inputs(ftexts, name), partial(self._pair_index, vec)) for name, vec in self.vectorizers_]
        )

    def transform_text(self, texts: Sequence[str]) -> SparseRows:
        """The own-text block alone (the first ``n_text_features_`` columns of
        :meth:`transform`) for free-standing texts, e.g. sentences."""
        self._check_fitted_features()
        if not texts:
            return SparseRows.empty(0, self.n_text_features_)
        return self._own_text([feature_text(t) for t in texts])

    def _own_text_and_sentences(self, raw: list[str], spans: list) -> tuple[list[str], SparseRows, SparseRows]:
        """Feature texts and own-text rows of paragraphs, and the own-text rows
        of the sentences of each paragraph with more than one, from one pass."""
        pieces = [[feature_text(text[a:b]) for a, b in para] for text, para in zip(raw, spans)]
        # A paragraph's feature text is its sentences' joined: they split it at white space.
        ftexts = [" ".join(p) for p in pieces]
        # one pass when each sentence is marked as a paragraph is ("paragraph" marks a paragraph's first sentence
        # only, and a sentence standing alone as a paragraph: its row is not cut from the paragraph's terms)
        one_pass = self.openings != "paragraph" and len(self.vectorizers_) == 1
        if one_pass and self.vectorizers_[0][0] == "syllable" and counts_fast(self.vectorizers_[0][1]):
            vec = self.vectorizers_[0][1]
            marked = [[mark_openings(f, self.openings) for f in p] for p in pieces]
            own, sentences = tfidf_with_sentences(vec, marked, partial(self._pair_index, vec))
            return ftexts, own, sentences
        multi = [f for p in pieces if len(p) > 1 for f in p]
        sentences = self._own_text(multi) if multi else SparseRows.empty(0, self.n_text_features_)
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
        self._check_fitted_features()
        docs = check_documents(X)
        raw = [p for doc in docs for p in doc]
        n_struct = (len(STRUCTURE_FEATURES) + (len(PART_FEATURES) if self.part_context else 0)) if self.structure else 0
        empty = SparseRows.empty(0, self.n_text_features_)
        if not raw:
            return FeatureParts(
                empty, self._copies([], [], [], []), np.zeros((0, n_struct)), empty, self._document(empty, [])
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
        part_rows: list[int] = []
        dense: list[np.ndarray] = []
        offset = 0
        for doc in docs:
            m = len(doc)
            if m == 0:
                continue
            struct, ctx, part = structure_rows(
                raw[offset : offset + m], ftexts[offset : offset + m], cues, parts=self.part_context
            )
            dense.append(struct)
            prev_rows.extend(offset + i - 1 if i > 0 else -1 for i in range(m))
            next_rows.extend(offset + i + 1 if i < m - 1 else -1 for i in range(m))
            head_rows.extend(offset + c if c >= 0 else -1 for c in ctx)
            part_rows.extend(offset + c if c >= 0 else -1 for c in part)
            offset += m
        structure = np.vstack(dense) * self.structure_weight if self.structure else np.zeros((len(raw), 0))
        lengths = [len(doc) for doc in docs]
        return FeatureParts(
            own,
            self._copies(prev_rows, next_rows, head_rows, part_rows),
            structure,
            sentences,
            self._document(own, lengths),
        )

    def _document(self, own: SparseRows, lengths: list[int]) -> DocumentBlock | None:
        """The document-centroid block (None when ``document_weight`` is 0): each
        document's rows summed and L2-normalized (the direction of their mean)."""
        if not self.document_weight:
            return None
        owner = np.repeat(np.arange(len(lengths)), lengths)
        centroids = own.sum_by(owner, len(lengths)).l2_normalized()
        return DocumentBlock(centroids, owner, float(self.document_weight))

    def _copies(
        self, prev_rows: list[int], next_rows: list[int], head_rows: list[int], part_rows: list[int]
    ) -> list[tuple[np.ndarray, float]]:
        """The weighted row copies of the own-text block, in column order."""
        copies = []
        if self.context_weight:
            copies += [(np.asarray(prev_rows, dtype=np.int64), self.context_weight)]
            copies += [(np.asarray(next_rows, dtype=np.int64), self.context_weight)]
        if self.heading_weight:
            copies += [(np.asarray(head_rows, dtype=np.int64), self.heading_weight)]
        if self.part_weight and self.part_context:
            copies += [(np.asarray(part_rows, dtype=np.int64), self.part_weight)]
        return copies

    def transform(self, X: Sequence[Sequence[str]]) -> Any:
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

    #: Attributes made from the fitted state when first needed, not part of the saved state.
    CACHES = ("_compiled", "_pair_indexes")

    def _pair_index(self, vec: object) -> PairIndex | None:
        """The :class:`~.tfidf.PairIndex` of one of the vectorizers, built at the first batch
        that uses it (about 0.1 s) and kept; not part of the saved state."""
        cache = self.__dict__.setdefault("_pair_indexes", {})
        held = cache.get(id(vec))
        if held is None or held[0] is not vec:
            held = cache[id(vec)] = (vec, PairIndex.of(vec.vocabulary_))  # type: ignore[attr-defined]
        return held[1]

    def _compiled_cues(self) -> Cues:
        """The cue table compiled (about 2 ms), once per fitted featurizer rather
        than once per transform; not part of the saved state."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None or compiled[0] is not self.cues_:
            compiled = self._compiled = (self.cues_, Cues(self.cues_))
        return compiled[1]
