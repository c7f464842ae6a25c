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

import inspect
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import repeat

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
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
#: Longest line (in words) taken for a line of web chrome by its cue phrases.
CHROME_LINE_WORDS = 12
#: Tokens of the syllable (and word) features: syllables, and runs of symbols
#: standing alone ("*", "***", "|", "»", a "-" bullet), without which a
#: separator or menu line would have no text features at all.
SYLLABLE_TOKEN_PATTERN = r"(?u)\b\w+\b|(?<!\S)[^\w\s]+(?!\S)"
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


#: The cue-phrase families of ``resources/cues.json``, in the order of :meth:`_Cues.scan`'s counts.
_PHRASE_FAMILIES = (*_SECTIONS, "boilerplate", "byline", "caption", "citation")
#: Positions in those counts of the families that are not parts.
_BOILERPLATE, _BYLINE, _CAPTION, _CITATION = range(len(_SECTIONS), len(_PHRASE_FAMILIES))


class _Cues:
    """Compiled view of a cue table (see :meth:`DocumentFeaturizer._compiled_cues`).

    All cue phrases are merged into one pattern, so a paragraph is scanned
    once; where phrases overlap, the longest match counts.
    """

    def __init__(self, cues: dict) -> None:
        lists = {name: cues["section_cues"][name] for name in _SECTIONS}
        lists.update({name: cues[f"{name}_cues"] for name in _PHRASE_FAMILIES[len(_SECTIONS) :]})
        families: dict[str, list[int]] = {}
        for k, name in enumerate(_PHRASE_FAMILIES):
            for phrase in lists[name]:
                families.setdefault(phrase, []).append(k)
        self.families = families
        self.phrases = phrase_pattern(list(families))
        self.enumerator = re.compile("|".join(cues["enumerator_patterns"]))
        self.bullet = re.compile(cues["bullet_pattern"])
        self.roman = re.compile(cues["roman_heading_pattern"])
        self.arabic = re.compile(cues["arabic_heading_pattern"])
        self.letter = re.compile(cues["letter_item_pattern"])
        self.final_punct = cues["final_punctuation"]
        self.quotation = re.compile(cues["quotation_pattern"])
        self.menu_separator = re.compile(cues["menu_separator_pattern"])
        # a line made of nothing but chrome phrases ("Phản hồi", "Tin liên quan | Chia sẻ")
        self.chrome_line = re.compile(r"(?:[\W\d_]|%s)+" % phrase_pattern(cues["boilerplate_cues"]).pattern)

    def scan(self, ftext: str) -> tuple[list[int], int]:
        """Count each family's phrases in ``ftext`` (see :data:`_PHRASE_FAMILIES`),
        and the index in ``_SECTIONS`` of the part whose cue occurs last (-1 if none)."""
        counts = [0] * len(_PHRASE_FAMILIES)
        last = -1
        for found in self.phrases.findall(ftext):
            for k in self.families[found]:
                counts[k] += 1
                if k < len(_SECTIONS):
                    last = k
        return counts, last


def _is_chrome_line(ftext: str, words: int, boilerplate_cues: int, cues: _Cues) -> bool:
    """A short line of web chrome: only chrome phrases (and punctuation), or
    several of them ("A- A A+ | Tăng tương phản Giảm tương phản")."""
    if words > CHROME_LINE_WORDS or not boilerplate_cues:
        return False
    return boilerplate_cues >= 2 or cues.chrome_line.fullmatch(ftext) is not None


def _no_final_punct(raw: str, cues: _Cues) -> bool:
    return not raw or raw[-1] not in cues.final_punct


def _is_heading(raw: str, ftext: str, words: int, upper: float, cues: _Cues) -> bool:
    if words <= 20 and _no_final_punct(raw, cues):
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
    "rel_pos",
    "rel_pos_long_doc",
    "short_doc",
    "first",
    "last",
    "log_words",
    "words_le3",
    "words_le10",
    "words_le25",
    "ends_colon",
    "no_final_punct",
    "upper",
    "roman_heading",
    "arabic_heading",
    "letter_item",
    "enumerator",
    "bullet",
    "digits",
    "separators",
    "boilerplate_cues",
    "byline_cues",
    "short_run",
    "after_body",
    "before_body",
    "is_heading",
    "heading_distance",
    "ctx_none",
    "ctx_results",
    "ctx_limitations",
    "ctx_solutions",
    "own_results",
    "own_limitations",
    "own_solutions",
    "no_letters",
    "quoted",
    "caption_cues",
    "citation",
    "last_body",
    "after_separator",
    "chrome_line",
)


def _structure_rows(raw: list[str], ftexts: list[str], cues: _Cues) -> tuple[np.ndarray, list[int]]:
    """Structural features of one document and, per paragraph, the row of its
    nearest preceding heading or lead-in (-1 if none)."""
    n = len(raw)
    rows = []
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
        # cue phrases inside quotation marks are the quoted source's words, not the unit's
        found, last_section = cues.scan(cues.quotation.sub(" ", f) if '"' in f or "«" in f else f)
        upper = _upper_ratio(r)
        chrome = _is_chrome_line(f, words[i], found[_BOILERPLATE], cues)
        heading = not chrome and _is_heading(r, f, words[i], upper, cues)  # chrome opens no part
        rel = i / (n - 1) if n > 1 else 0.0
        quoted = _quoted_share(r, cues)
        rows.append(
            (
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
                _no_final_punct(r, cues),
                upper > 0.6,
                bool(cues.roman.match(f)),
                bool(cues.arabic.match(f)),
                bool(cues.letter.match(f)),
                bool(cues.enumerator.match(f)),
                bool(cues.bullet.match(f)),
                min(f.count("0"), 10) / 10.0,
                min(len(cues.menu_separator.findall(r)), 5) / 5.0,
                min(found[_BOILERPLATE], 3) / 3.0,
                min(found[_BYLINE], 3) / 3.0,
                math.log1p(runs[i]) / 3.0,
                i > last_body,
                i < first_body,
                heading,
                math.log1p(i - context_row) / 3.0 if context_row >= 0 else 1.0,
                ctx_section == -1,
                ctx_section == 0,
                ctx_section == 1,
                ctx_section == 2,
                min(found[0], 3) / 3.0,  # the parts, in the order of _SECTIONS
                min(found[1], 3) / 3.0,
                min(found[2], 3) / 3.0,
                no_letters[i],
                quoted > 0.3,
                min(found[_CAPTION], 2) / 2.0,
                quoted > 0.2 and found[_CITATION] > 0,
                i == last_body,
                i > 0 and no_letters[i - 1],
                chrome,
            )
        )
        context_rows.append(context_row)
        if heading or r.endswith(":"):
            context_row = i
            ctx_section = last_section
    return np.array(rows, dtype=np.float64).reshape(n, len(STRUCTURE_FEATURES)), context_rows


def init_defaults(cls: type) -> dict:
    """The keyword defaults of a class's ``__init__``."""
    return {k: p.default for k, p in inspect.signature(cls.__init__).parameters.items() if p.default is not p.empty}


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
    document_weight : float, default=0.0
        Weight of the document's own-text centroid (the normalized mean of
        its paragraphs' rows): what kind of document this is (a plan, news,
        a thesis) as context of each paragraph; 0 turns it off.
    structure : bool, default=True
        Whether to add the structural features (:data:`STRUCTURE_FEATURES`).
    structure_weight : float, default=1.0
        Scale of the structural features. With the classifier's one
        regularization strength for all features, a smaller scale makes
        position, length and cue counts cost more to rely on, so the text
        has more say.
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
        document_weight: float = 0.0,
        structure: bool = True,
        structure_weight: float = 1.0,
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
        blocks = [_tfidf(vec, self._inputs(ftexts, name)) for name, vec in self.vectorizers_]
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
        if len(self.vectorizers_) == 1 and _counts_fast(self.vectorizers_[0][1]):
            own, sentences = _tfidf_with_sentences(self.vectorizers_[0][1], pieces)
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

    def _compiled_cues(self) -> _Cues:
        """The cue table compiled (about 2 ms), once per fitted featurizer rather
        than once per transform; not part of the saved state."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None or compiled[0] is not self.cues_:
            compiled = self._compiled = (self.cues_, _Cues(self.cues_))
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

    def __setstate__(self, state: dict) -> None:
        # a parameter added after the model was saved takes its default, which keeps the old behaviour
        super().__setstate__({**init_defaults(type(self)), **state})
        if (
            hasattr(self, "vectorizers_")
            and self.vectorizers_
            and not isinstance(self.vectorizers_[0][1], TfidfVectorizer)
        ):
            restored = []
            for name, terms, idf in self.vectorizers_:
                vec = self._make_vectorizer(name)
                vec.vocabulary_ = {term: k for k, term in enumerate(terms.split("\n"))}
                vec.idf_ = np.asarray(idf)
                restored.append((name, vec))
            self.vectorizers_ = restored


@dataclass(frozen=True)
class FeatureParts:
    """The feature matrix of :meth:`DocumentFeaturizer.transform`, by block.

    Attributes
    ----------
    own : scipy.sparse.csr_matrix of shape (n_paragraphs, n_text_features)
        Each paragraph's own text.
    copies : list of (ndarray of int, float)
        Further blocks, each the own-text row of another paragraph (the
        previous, the next, the nearest heading; -1 for none) times a weight.
    structure : ndarray of shape (n_paragraphs, n_structure_features)
    sentences : scipy.sparse.csr_matrix or None
        Own-text rows of the sentences of every paragraph with more than
        one, in order (when sentence spans were given).
    document : DocumentBlock or None
        Each paragraph's document centroid (when the featurizer has a
        ``document_weight``).
    """

    own: sp.csr_matrix
    copies: list
    structure: np.ndarray
    sentences: sp.csr_matrix | None = None
    document: DocumentBlock | None = None

    def matrix(self) -> sp.csr_matrix:
        """The blocks side by side: ``own``, each copy, the document centroid, ``structure``."""
        blocks = [self.own] + [_gather(self.own, rows, weight) for rows, weight in self.copies]
        if self.document is not None:
            blocks.append(_gather(self.document.centroids, self.document.owner, self.document.weight))
        if self.structure.shape[1]:
            blocks.append(sp.csr_matrix(self.structure))
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """``self.matrix() @ weights`` for a dense ``weights``, without building the matrix.

        Every copy block is a row selection of ``own``, so its product is the
        same selection of ``own @ block_weights``.
        """
        width = self.own.shape[1]
        out = np.asarray(self.own @ weights[:width], dtype=np.float64)
        for k, (rows, weight) in enumerate(self.copies, start=1):
            scores = np.asarray(self.own @ weights[k * width : (k + 1) * width], dtype=np.float64)
            valid = rows >= 0
            out[valid] += weight * scores[rows[valid]]
        end = (len(self.copies) + 1) * width
        if self.document is not None:
            scores = np.asarray(self.document.centroids @ weights[end : end + width], dtype=np.float64)
            out += self.document.weight * scores[self.document.owner]
            end += width
        if self.structure.shape[1]:
            out += self.structure @ weights[end:]
        return out


@dataclass
class DocumentBlock:
    """The document-centroid block of :class:`FeatureParts`.

    Attributes
    ----------
    centroids : scipy.sparse.csr_matrix of shape (n_documents, n_text_features)
        Each document's normalized mean own-text row.
    owner : ndarray of int
        The document of each paragraph.
    weight : float
    """

    centroids: sp.csr_matrix
    owner: np.ndarray
    weight: float


def _counts_fast(vec: TfidfVectorizer) -> bool:
    """Whether :func:`_tfidf` can count ``vec``'s terms itself (plain word n-grams)."""
    plain = vec.analyzer == "word" and vec.preprocessor is None and vec.tokenizer is None and vec.stop_words is None
    return plain and not (vec.strip_accents or vec.lowercase or vec.binary) and vec.ngram_range[0] == 1


def _term_ids(words: list[str], longest: int, get) -> list[int]:
    """Vocabulary columns of the n-grams of ``words`` (-1 for unknown terms),
    all unigrams first, then all bigrams, and so on, each in text order."""
    terms = list(words)
    for n in range(2, longest + 1):
        terms += map(" ".join, zip(*(words[k:] for k in range(n))))
    return list(map(get, terms, repeat(-1, len(terms))))


def _weigh(vec: TfidfVectorizer, columns: list[int], lengths: list[int]) -> sp.csr_matrix:
    """TF-IDF rows from each row's term columns, weighed as scikit-learn does
    (``sublinear_tf``, IDF, L2 ``norm``)."""
    cols = np.asarray(columns, dtype=np.int64)
    rows = np.repeat(np.arange(len(lengths)), lengths)
    known = cols >= 0
    counts = sp.csr_matrix(
        (np.ones(int(known.sum()), dtype=vec.dtype), (rows[known], cols[known])),
        shape=(len(lengths), len(vec.vocabulary_)),
    )
    counts.sum_duplicates()
    if vec.sublinear_tf:
        np.log(counts.data, out=counts.data)
        counts.data += 1.0
    if vec.use_idf:
        counts.data *= vec.idf_.astype(vec.dtype)[counts.indices]
    return normalize(counts, norm=vec.norm, copy=False) if vec.norm and len(lengths) else counts


def _tfidf(vec: TfidfVectorizer, texts: list[str]) -> sp.csr_matrix:
    """``vec.transform(texts)``, faster for the syllable and word n-gram vectorizers.

    For plain word n-grams the terms are counted in one loop over the texts
    (scikit-learn's generic analyzer chain costs a few Python calls per
    term), then weighed as scikit-learn does. Other analyzers go to
    ``vec.transform``.
    """
    if not _counts_fast(vec):
        return vec.transform(texts)
    token, longest, get = re.compile(vec.token_pattern), vec.ngram_range[1], vec.vocabulary_.get
    columns: list[int] = []
    lengths = []
    for text in texts:
        ids = _term_ids(token.findall(text), longest, get)
        columns += ids
        lengths.append(len(ids))
    return _weigh(vec, columns, lengths)


def _tfidf_with_sentences(vec: TfidfVectorizer, sentences: list[list[str]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """TF-IDF rows of paragraphs given as their sentences' feature texts, and
    of the sentences of every paragraph that has more than one.

    Each text is tokenized once: a sentence's n-grams are the paragraph's
    n-grams that lie inside it, so its row is cut from the paragraph's terms.
    """
    token, longest, get = re.compile(vec.token_pattern), vec.ngram_range[1], vec.vocabulary_.get
    columns: list[int] = []
    lengths = []
    s_columns: list[int] = []
    s_lengths = []
    for parts in sentences:
        tokens = [token.findall(text) for text in parts]
        words = [w for t in tokens for w in t]
        ids = _term_ids(words, longest, get)
        columns += ids
        lengths.append(len(ids))
        if len(parts) < 2:
            continue
        n, start = len(words), 0
        for t in tokens:
            end, row, block = start + len(t), [], 0
            for k in range(1, longest + 1):  # the k-grams that start in [start, end - k]
                row += ids[block + start : block + max(end - k + 1, start)]
                block += max(n - k + 1, 0)
            s_columns += row
            s_lengths.append(len(row))
            start = end
    return _weigh(vec, columns, lengths), _weigh(vec, s_columns, s_lengths)


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
