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

from .rows import SparseRows

#: Tokens of the syllable (and word) features: syllables, and runs of symbols
#: standing alone ("*", "***", "|", "»", a "-" bullet), without which a
#: separator or menu line would have no text features at all.
SYLLABLE_TOKEN_PATTERN = r"(?u)\b\w+\b|(?<!\S)[^\w\s]+(?!\S)"

#: Token patterns and the faster patterns that find the same tokens (a maximal
#: run of word characters has word boundaries at both ends).
SAME_TOKENS = {SYLLABLE_TOKEN_PATTERN: r"(?u)\w+|(?<!\S)[^\w\s]+(?!\S)"}

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
    if longest >= 2:  # the bigrams by concatenation: a fifth faster than joining pairs
        terms += map(str.__add__, [w + " " for w in words], words[1:])
    for n in range(3, longest + 1):
        terms += map(" ".join, zip(*(words[k:] for k in range(n))))
    return list(map(get, terms, repeat(-1, len(terms))))


def _tokenizer(vec: TfidfVectorizer):
    """``findall`` of ``vec``'s token pattern (or of a faster one that finds the same tokens)."""
    return re.compile(SAME_TOKENS.get(vec.token_pattern, vec.token_pattern)).findall


def _weigh(vec: TfidfVectorizer, columns: list[int], lengths: list[int]) -> SparseRows:
    """TF-IDF rows from each row's term columns, weighed as scikit-learn does
    (``sublinear_tf``, IDF, L2 ``norm``)."""
    cols = np.asarray(columns, dtype=np.int64)
    rows = np.repeat(np.arange(len(lengths)), lengths)
    known = cols >= 0
    counts = SparseRows.from_entries(rows[known], cols[known], None, (len(lengths), len(vec.vocabulary_)), vec.dtype)
    data = counts.data
    if vec.sublinear_tf:
        data = np.log(data) + np.asarray(1.0, dtype=data.dtype)
    if vec.use_idf:
        data = data * vec.idf_.astype(vec.dtype)[counts.indices]
    weighed = SparseRows(data, counts.indices, counts.indptr, counts.shape)
    return weighed.l2_normalized() if vec.norm else weighed


def tfidf(vec: TfidfVectorizer, texts: list[str]) -> SparseRows:
    """``vec.transform(texts)``, faster for the syllable and word n-gram vectorizers.

    For plain word n-grams the terms are counted in one loop over the texts
    (scikit-learn's generic analyzer chain costs a few Python calls per
    term), then weighed as scikit-learn does. Other analyzers go to
    ``vec.transform``.
    """
    if not counts_fast(vec):
        return SparseRows.of(vec.transform(texts))
    tokens, longest, get = _tokenizer(vec), vec.ngram_range[1], vec.vocabulary_.get
    columns: list[int] = []
    lengths = []
    for text in texts:
        ids = _term_ids(tokens(text), longest, get)
        columns += ids
        lengths.append(len(ids))
    return _weigh(vec, columns, lengths)


def tfidf_with_sentences(vec: TfidfVectorizer, sentences: list[list[str]]) -> tuple[SparseRows, SparseRows]:
    """TF-IDF rows of paragraphs given as their sentences' feature texts, and
    of the sentences of every paragraph that has more than one.

    Each text is tokenized once: a sentence's n-grams are the paragraph's
    n-grams that lie inside it, so its row is cut from the paragraph's terms.
    """
    find, longest, get = _tokenizer(vec), vec.ngram_range[1], vec.vocabulary_.get
    columns: list[int] = []
    lengths = []
    s_columns: list[int] = []
    s_lengths = []
    for parts in sentences:
        tokens = [find(text) for text in parts]
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
