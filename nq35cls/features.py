"""Features of a paragraph in its document.

Every paragraph is described by

* its own text: TF-IDF over character n-grams, syllable n-grams and/or
  underthesea words of its normalized text;
* its neighbours' text (previous and next paragraph), down-weighted;
* the nearest preceding heading or lead-in (a short line without final
  punctuation, an upper-case line, a numbered heading, a line ending in ``:``),
  down-weighted, and which part that heading's cue words point to;
* its structure: relative position (and whether the document is short, since
  positions learned on long reports mislead on short ones), length, heading
  and enumeration patterns, upper case, web-chrome, byline, caption and
  citation cues, quotation, separator lines ("*"), the last body paragraph,
  runs of short lines.

The cue words and patterns live in ``resources/cues.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from importlib import resources

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .normalize import feature_text, segment_words

#: Names of the text feature sets that ``text_features`` combines with ``+``.
TEXT_FEATURE_SETS: tuple[str, ...] = ("char", "syllable", "word")

#: Documents with fewer paragraphs than this count as short.
SHORT_DOCUMENT = 15
#: A paragraph with at most this many words counts as a short line.
SHORT_LINE_WORDS = 8
#: A paragraph with at least this many words counts as body text.
LONG_PARAGRAPH_WORDS = 30
_SECTIONS = ("results", "limitations", "solutions")


def load_cues() -> dict:
    """The bundled cue table (``nq35cls/resources/cues.json``)."""
    with resources.files("nq35cls").joinpath("resources/cues.json").open(encoding="utf-8") as fh:
        cues = json.load(fh)
    cues.pop("_comment", None)
    return cues


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


def _word_count(text: str) -> int:
    return len(text.split())


def phrase_pattern(phrases: Sequence[str]) -> re.Pattern:
    """A regular expression matching any of ``phrases``, longest first.

    The phrases are merged into a trie ("kết quả", "kết luận" ->
    ``kết (?:luận|quả)``), which Python's regex engine scans faster than a
    flat alternation of many literals.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return re.compile(build(trie) if phrases else "(?!)")


class _Cues:
    """Compiled view of a cue table, built per transform call."""

    def __init__(self, cues: dict) -> None:
        self.section = {name: phrase_pattern(cues["section_cues"][name]) for name in _SECTIONS}
        self.boilerplate = phrase_pattern(cues["boilerplate_cues"])
        self.byline = phrase_pattern(cues["byline_cues"])
        self.caption = phrase_pattern(cues["caption_cues"])
        self.citation = phrase_pattern(cues["citation_cues"])
        self.enumerator = re.compile("|".join(cues["enumerator_patterns"]))
        self.bullet = re.compile(cues["bullet_pattern"])
        self.roman = re.compile(cues["roman_heading_pattern"])
        self.arabic = re.compile(cues["arabic_heading_pattern"])
        self.letter = re.compile(cues["letter_item_pattern"])
        self.final_punct = cues["final_punctuation"]
        self.quotation = re.compile(cues["quotation_pattern"])

    def last_section(self, ftext: str) -> int:
        """Index in ``_SECTIONS`` of the part whose cue occurs last, or -1."""
        best, where = -1, -1
        for k, name in enumerate(_SECTIONS):
            for m in self.section[name].finditer(ftext):
                if m.start() >= where:
                    best, where = k, m.start()
        return best


def _is_heading(raw: str, ftext: str, words: int, upper: float, cues: _Cues) -> bool:
    if words <= 20 and raw[-1] not in cues.final_punct:
        return True
    if upper > 0.6 and words <= 40:
        return True
    return bool(cues.roman.match(ftext)) and words <= 30


def _quoted_share(raw: str, cues: _Cues) -> float:
    """Share of the paragraph's characters inside quotation marks."""
    inside = sum(len(m.group()) for m in cues.quotation.finditer(raw))
    return inside / len(raw) if raw else 0.0


def _upper_ratio(raw: str, prefix: int = 160) -> float:
    """Share of upper-case letters among the first ``prefix`` characters
    (enough to tell an upper-case heading; long paragraphs are never one)."""
    head = raw[:prefix]
    letters = sum(map(str.isalpha, head))
    return sum(map(str.isupper, head)) / letters if letters else 0.0


#: Names of the structural columns, in order (see :func:`_structure_rows`).
STRUCTURE_FEATURES: tuple[str, ...] = (
    "rel_pos", "rel_pos_long_doc", "short_doc", "first", "last", "log_words",
    "words_le3", "words_le10", "words_le25", "ends_colon", "no_final_punct", "upper",
    "roman_heading", "arabic_heading", "letter_item", "enumerator", "bullet", "digits",
    "separators", "boilerplate_cues", "byline_cues", "short_run", "after_body", "before_body",
    "is_heading", "heading_distance", "ctx_none", "ctx_results", "ctx_limitations", "ctx_solutions",
    "own_results", "own_limitations", "own_solutions", "no_letters", "quoted",
    "caption_cues", "citation", "last_body", "after_separator",
)


def _structure_rows(raw: list[str], ftexts: list[str], cues: _Cues) -> tuple[np.ndarray, list[int]]:
    """Structural features of one document and, per paragraph, the row of its
    nearest preceding heading or lead-in (-1 if none)."""
    n = len(raw)
    out = np.zeros((n, len(STRUCTURE_FEATURES)), dtype=np.float64)
    words = [_word_count(t) for t in raw]
    short = [w <= SHORT_LINE_WORDS for w in words]
    long_rows = [i for i, w in enumerate(words) if w >= LONG_PARAGRAPH_WORDS]
    first_body = long_rows[0] if long_rows else n
    last_body = long_rows[-1] if long_rows else -1
    # length of the run of short lines each paragraph sits in
    runs = [0] * n
    i = 0
    while i < n:
        if short[i]:
            j = i
            while j < n and short[j]:
                j += 1
            for k in range(i, j):
                runs[k] = j - i
            i = j
        else:
            i += 1
    no_letters = [not any(map(str.isalpha, t)) for t in raw]
    long_doc = n >= SHORT_DOCUMENT
    context_row = -1
    context_rows = []
    ctx_section = -1  # the part the current context row's cues point to
    for i, (r, f) in enumerate(zip(raw, ftexts)):
        upper = _upper_ratio(r)
        heading = _is_heading(r, f, words[i], upper, cues)
        rel = i / (n - 1) if n > 1 else 0.0
        quoted = _quoted_share(r, cues)
        out[i] = (
            rel,
            rel if long_doc else 0.0,
            0.0 if long_doc else 1.0,
            i == 0,
            i == n - 1,
            math.log1p(words[i]) / 5.0,
            words[i] <= 3,
            words[i] <= 10,
            words[i] <= 25,
            r.endswith(":"),
            r[-1] not in cues.final_punct,
            upper > 0.6,
            bool(cues.roman.match(f)),
            bool(cues.arabic.match(f)),
            bool(cues.letter.match(f)),
            bool(cues.enumerator.match(f)),
            bool(cues.bullet.match(f)),
            min(f.count("0"), 10) / 10.0,
            min(len(re.findall(r"[|»›>/]", r)), 5) / 5.0,
            min(len(cues.boilerplate.findall(f)), 3) / 3.0,
            min(len(cues.byline.findall(f)), 3) / 3.0,
            math.log1p(runs[i]) / 3.0,
            i > last_body,
            i < first_body,
            heading,
            math.log1p(i - context_row) / 3.0 if context_row >= 0 else 1.0,
            ctx_section == -1,
            ctx_section == 0,
            ctx_section == 1,
            ctx_section == 2,
            min(len(cues.section["results"].findall(f)), 3) / 3.0,
            min(len(cues.section["limitations"].findall(f)), 3) / 3.0,
            min(len(cues.section["solutions"].findall(f)), 3) / 3.0,
            no_letters[i],
            quoted > 0.3,
            min(len(cues.caption.findall(f)), 2) / 2.0,
            quoted > 0.2 and bool(cues.citation.search(f)),
            i == last_body,
            i > 0 and no_letters[i - 1],
        )
        context_rows.append(context_row)
        if heading or r.endswith(":"):
            context_row = i
            ctx_section = cues.last_section(f)
    return out, context_rows


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
    structure : bool, default=True
        Whether to add the structural features (:data:`STRUCTURE_FEATURES`).
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

    def __init__(
        self,
        text_features: str = "syllable",
        char_ngram_range: tuple[int, int] = (2, 5),
        syllable_ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 2,
        context_weight: float = 0.5,
        heading_weight: float = 0.5,
        structure: bool = True,
        cues: dict | None = None,
    ) -> None:
        self.text_features = text_features
        self.char_ngram_range = char_ngram_range
        self.syllable_ngram_range = syllable_ngram_range
        self.min_df = min_df
        self.context_weight = context_weight
        self.heading_weight = heading_weight
        self.structure = structure
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
            analyzer="word", token_pattern=r"(?u)\b\w+\b", ngram_range=tuple(self.syllable_ngram_range), **common
        )

    def _inputs(self, ftexts: list[str], name: str) -> list[str]:
        return segment_words(ftexts) if name == "word" else ftexts

    def fit(self, X: Sequence[Sequence[str]], y: object = None) -> "DocumentFeaturizer":
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

    def transform_text(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The own-text block alone (the first ``n_text_features_`` columns of
        :meth:`transform`) for free-standing texts, e.g. sentences."""
        check_is_fitted(self, "vectorizers_")
        if not texts:
            return sp.csr_matrix((0, self.n_text_features_), dtype=np.float32)
        ftexts = [feature_text(t) for t in texts]
        return sp.hstack(
            [vec.transform(self._inputs(ftexts, name)) for name, vec in self.vectorizers_], format="csr"
        )

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
        check_is_fitted(self, "vectorizers_")
        docs = check_documents(X)
        raw = [p for doc in docs for p in doc]
        if not raw:
            return sp.csr_matrix((0, self._n_features_out()), dtype=np.float32)
        ftexts = [feature_text(p) for p in raw]
        base = sp.hstack(
            [vec.transform(self._inputs(ftexts, name)) for name, vec in self.vectorizers_], format="csr"
        )
        cues = _Cues(self.cues_)
        prev_rows, next_rows, head_rows, dense = [], [], [], []
        offset = 0
        for doc in docs:
            m = len(doc)
            if m == 0:
                continue
            struct, ctx = _structure_rows(raw[offset : offset + m], ftexts[offset : offset + m], cues)
            dense.append(struct)
            prev_rows.extend(offset + i - 1 if i > 0 else -1 for i in range(m))
            next_rows.extend(offset + i + 1 if i < m - 1 else -1 for i in range(m))
            head_rows.extend(offset + c if c >= 0 else -1 for c in ctx)
            offset += m
        blocks = [base]
        if self.context_weight:
            blocks.append(_gather(base, prev_rows, self.context_weight))
            blocks.append(_gather(base, next_rows, self.context_weight))
        if self.heading_weight:
            blocks.append(_gather(base, head_rows, self.heading_weight))
        if self.structure:
            blocks.append(sp.csr_matrix(np.vstack(dense) if dense else np.zeros((0, len(STRUCTURE_FEATURES)))))
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    # Model files: a fitted vocabulary is stored as two arrays (terms in column
    # order, and their IDF weights) rather than a dict of tens of thousands of
    # entries, which skops would store, audit and load one node per entry.
    def __getstate__(self) -> dict:
        state = super().__getstate__()
        if "vectorizers_" in state:
            state = dict(state)
            state["vectorizers_"] = [
                (name, np.asarray(vec.get_feature_names_out(), dtype=str), np.asarray(vec.idf_))
                for name, vec in state["vectorizers_"]
            ]
        return state

    def __setstate__(self, state: dict) -> None:
        super().__setstate__(state)
        if hasattr(self, "vectorizers_") and self.vectorizers_ and not isinstance(self.vectorizers_[0][1], TfidfVectorizer):
            restored = []
            for name, terms, idf in self.vectorizers_:
                vec = self._make_vectorizer(name)
                vec.vocabulary_ = {str(term): k for k, term in enumerate(terms)}
                vec.idf_ = np.asarray(idf)
                restored.append((name, vec))
            self.vectorizers_ = restored

    def _n_features_out(self) -> int:
        """Width of :meth:`transform`'s output."""
        copies = 1 + (2 if self.context_weight else 0) + (1 if self.heading_weight else 0)
        return self.n_text_features_ * copies + (len(STRUCTURE_FEATURES) if self.structure else 0)


def _gather(matrix: sp.csr_matrix, rows: list[int], weight: float) -> sp.csr_matrix:
    """Rows of ``matrix`` picked by index (an all-zero row for -1), times ``weight``."""
    n = len(rows)
    picks = np.asarray(rows)
    valid = picks >= 0
    selector = sp.csr_matrix(
        (np.full(int(valid.sum()), weight, dtype=np.float32), (np.flatnonzero(valid), picks[valid])),
        shape=(n, matrix.shape[0]),
    )
    return selector @ matrix
