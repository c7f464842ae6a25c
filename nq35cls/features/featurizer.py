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
from sklearn.base import BaseEstimator, TransformerMixin, _fit_context
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted

from ..normalize import feature_text
from .cues import load_cues
from .structure import PART_FEATURES, STRUCTURE_FEATURES
from .tfidf import OPENINGS
from .transform import SYLLABLE_TOKEN_PATTERN, FittedTransform, check_documents

#: Names of the text feature sets that ``text_features`` combines with ``+``.
TEXT_FEATURE_SETS: tuple[str, ...] = ("char", "syllable", "word")


def init_defaults(cls: type) -> dict:
    """The keyword defaults of a class's ``__init__``."""
    return {k: p.default for k, p in inspect.signature(cls).parameters.items() if p.default is not p.empty}


class DocumentFeaturizer(TransformerMixin, FittedTransform, BaseEstimator):
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
    part_context : bool, default=True
        With ``structure``, also the part each paragraph sits in: that of the
        innermost enclosing heading whose cue words point to a part, headings
        nested by their numbering (:data:`PART_FEATURES`). Chosen on the
        real-anchored cross-validation (+0.003 macro-F1, every class a little
        better; see the model card's variants table).
    part_weight : float, default=0.5
        With ``part_context``, weight of the text features of the heading that
        opens the paragraph's part; 0 leaves them out. 0.5 was chosen on the
        real-anchored cross-validation (+0.002 macro-F1 over 0).
    openings : {"sentence", "paragraph", "none"}, default="sentence"
        Where the syllable features mark an opening (:func:`~.tfidf.mark_openings`):
        before the paragraph and after each sentence or clause end inside it
        (``"sentence"``), before the paragraph only (``"paragraph"``), nowhere
        (``"none"``). The bigram of the mark and the first syllable tells an
        opening cue ("Tuy nhiên, ...", "Đề nghị ...", "Một là, ...") from the
        same words further in. Chosen on the real-anchored cross-validation
        (see the model card's variants table).
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
        "part_context": ["boolean"],
        "part_weight": [Interval(Real, 0, None, closed="left")],
        "openings": [StrOptions(set(OPENINGS))],
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
        part_context: bool = True,
        part_weight: float = 0.5,
        openings: str = "sentence",
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
        self.part_context = part_context
        self.part_weight = part_weight
        self.openings = openings
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

    def _check_fitted_features(self) -> None:
        check_is_fitted(self, "vectorizers_")

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
        if self.part_weight and self.part_context:
            copies.append("part")
        if self.document_weight:
            copies.append("document")
        names = own + [f"{copy}:{term}" for copy in copies for term in own]
        if self.structure:
            names += [f"structure:{name}" for name in STRUCTURE_FEATURES]
            if self.part_context:
                names += [f"structure:{name}" for name in PART_FEATURES]
        return np.asarray(names, dtype=object)

    # Saved state (pickle, model files): a fitted vocabulary is its terms in
    # column order, one per line (a term never holds a line break), and their
    # IDF weights, rather than a dict of tens of thousands of entries and a
    # vectorizer object.
    def __getstate__(self) -> dict:
        state = dict(super().__getstate__())
        for cache in self.CACHES:
            state.pop(cache, None)
        if "vectorizers_" in state:
            state["vectorizers_"] = [
                (name, "\n".join(vec.get_feature_names_out().tolist()), np.asarray(vec.idf_))
                for name, vec in state["vectorizers_"]
            ]
        return state

    #: Values of parameters added later, for featurizers saved before them:
    #: what those featurizers did (the default may differ).
    _ADDED_PARAMS = MappingProxyType(
        {"document_weight": 0.0, "part_context": False, "part_weight": 0.0, "openings": "none"}
    )

    def __setstate__(self, state: dict) -> None:
        # a parameter added after the model was saved takes the value that keeps the old behaviour
        super().__setstate__({**init_defaults(type(self)), **self._ADDED_PARAMS, **state})
        if (
            hasattr(self, "vectorizers_")
            and self.vectorizers_
            and not isinstance(self.vectorizers_[0][1], TfidfVectorizer)
        ):
            restored = []
            for name, terms, idf in self.vectorizers_:  # the saved form (__getstate__)
                vec = self._make_vectorizer(name)
                vec.vocabulary_ = {term: k for k, term in enumerate(terms.split("\n"))}
                vec.idf_ = np.asarray(idf)
                restored.append((name, vec))
            self.vectorizers_ = restored
