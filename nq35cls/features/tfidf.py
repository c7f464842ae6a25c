"""TF-IDF rows computed faster than ``TfidfVectorizer.transform`` for plain word n-grams.

The labeling path spends most of its time here: scikit-learn's analyzer
chain costs a few Python calls per term, so for the syllable (and word)
vectorizers the terms are counted in one loop and weighed as scikit-learn
does. A paragraph's sentences are cut from its terms, not tokenized again.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import Any

import numpy as np
import scipy.sparse as sp

#: A fitted TF-IDF vectorizer: scikit-learn's ``TfidfVectorizer``, or
#: :class:`~nq35cls.features.transform.WordVectorizer` on the labeling path.
TfidfVectorizer = Any


def counts_fast(vec: TfidfVectorizer) -> bool:
    """Whether :func:`tfidf` can count ``vec``'s terms itself (plain word n-grams)."""
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
    if vec.norm and len(lengths):
        _l2_normalize_rows(counts)
    return counts


def _l2_normalize_rows(matrix: sp.csr_matrix) -> None:
    """Scale every non-zero row of a CSR matrix to unit L2 norm, in place (as scikit-learn's ``normalize``)."""
    lengths = np.diff(matrix.indptr)
    filled = lengths > 0
    if not filled.any():
        return
    norms = np.ones(matrix.shape[0])
    # each filled row's squares summed from its first stored value to the next filled row's first
    norms[filled] = np.sqrt(np.add.reduceat(matrix.data.astype(np.float64) ** 2, matrix.indptr[:-1][filled]))
    norms[norms == 0] = 1.0
    matrix.data /= np.repeat(norms, lengths).astype(matrix.data.dtype)


def tfidf(vec: TfidfVectorizer, texts: list[str]) -> sp.csr_matrix:
    """``vec.transform(texts)``, faster for the syllable and word n-gram vectorizers.

    For plain word n-grams the terms are counted in one loop over the texts
    (scikit-learn's generic analyzer chain costs a few Python calls per
    term), then weighed as scikit-learn does. Other analyzers go to
    ``vec.transform``.
    """
    if not counts_fast(vec):
        return vec.transform(texts)
    token, longest, get = re.compile(vec.token_pattern), vec.ngram_range[1], vec.vocabulary_.get
    columns: list[int] = []
    lengths = []
    for text in texts:
        ids = _term_ids(token.findall(text), longest, get)
        columns += ids
        lengths.append(len(ids))
    return _weigh(vec, columns, lengths)


def tfidf_with_sentences(vec: TfidfVectorizer, sentences: list[list[str]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
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
