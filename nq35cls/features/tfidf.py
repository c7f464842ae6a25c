"""TF-IDF rows computed faster than ``TfidfVectorizer.transform`` for plain word n-grams.

The labeling path spends most of its time here: scikit-learn's analyzer
chain costs a few Python calls per term, so for the syllable (and word)
vectorizers the terms are counted in one loop and weighed as scikit-learn
does. A paragraph's sentences are cut from its terms, not tokenized again.
For a batch of texts, the bigrams are not even spelled out: each is found
by its two syllables' columns (:class:`PairIndex`), in one numpy call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np

from .rows import SparseRows

#: Tokens of the syllable (and word) features: syllables, and runs of symbols
#: standing alone ("*", "***", "|", "»", a "-" bullet), without which a
#: separator or menu line would have no text features at all.
SYLLABLE_TOKEN_PATTERN = r"(?u)\b\w+\b|(?<!\S)[^\w\s]+(?!\S)"

#: The token put where a paragraph opens, and (``openings="sentence"``) where
#: each sentence or clause inside it opens: the bigram of the mark and the
#: first syllable ("¶ tuy", "¶ đề") tells an opening cue from the same word
#: further in. A run of symbols standing alone, so a token of
#: :data:`SYLLABLE_TOKEN_PATTERN`.
OPENING_MARK = "¶"
#: Where a sentence or clause ends inside a feature text: sentence-final
#: punctuation, a semicolon or a colon, then white space.
CLAUSE_END = re.compile(r"([.!?;:])\s+(?=\S)")
#: The values of the featurizer's ``openings``: where the opening mark goes.
OPENINGS: tuple[str, ...] = ("none", "paragraph", "sentence")


def mark_openings(ftext: str, openings: str) -> str:
    """``ftext`` with :data:`OPENING_MARK` where it opens, and with ``openings="sentence"`` after each
    :data:`CLAUSE_END` inside it too; unchanged with ``openings="none"``.

    Examples
    --------
    >>> mark_openings("kết quả tốt. tuy nhiên, còn chậm", "sentence")
    '¶ kết quả tốt. ¶ tuy nhiên, còn chậm'
    """
    if openings == "none":
        return ftext
    if openings == "sentence":
        ftext = CLAUSE_END.sub(rf"\1 {OPENING_MARK} ", ftext)
    return f"{OPENING_MARK} {ftext}"


#: Token patterns and the faster patterns that find the same tokens (a maximal
#: run of word characters has word boundaries at both ends).
SAME_TOKENS = {SYLLABLE_TOKEN_PATTERN: r"(?u)\w+|(?<!\S)[^\w\s]+(?!\S)"}

#: A fitted TF-IDF vectorizer: scikit-learn's ``TfidfVectorizer``, or
#: :class:`~nq35cls.features.transform.WordVectorizer` on the labeling path.
TfidfVectorizer = Any


#: Fewest words in one call for the bigrams to be found through a :class:`PairIndex`
#: (built once per model, about 40 ms); one small file spells its bigrams out.
PAIR_INDEX_WORDS = 5_000


@dataclass(frozen=True)
class PairIndex:
    """The bigram columns of a vocabulary, found by the columns of their two syllables.

    A bigram's code is ``first * n_terms + second``: the codes of a whole
    batch are looked up in the sorted codes in one numpy call, where
    spelling out and hashing every bigram string took a third of the
    labeling time.

    Attributes
    ----------
    codes : ndarray of int64
        The bigrams' codes, sorted.
    columns : ndarray of int64
        The column of each code's bigram.
    n_terms : int
        The vocabulary's size (the base of the codes).
    """

    codes: np.ndarray
    columns: np.ndarray
    n_terms: int

    @classmethod
    def of(cls, vocabulary: dict[str, int]) -> PairIndex | None:
        """The index of ``vocabulary``'s bigrams, or None if some bigram's syllables
        are not terms themselves (e.g. a vocabulary with trigrams) and strings must be looked up."""
        get = vocabulary.get
        firsts, seconds, columns = [], [], []
        for term, column in vocabulary.items():
            space = term.find(" ")
            if space < 0:
                continue
            first, second = get(term[:space]), get(term[space + 1 :])
            if first is None or second is None:
                return None
            firsts.append(first)
            seconds.append(second)
            columns.append(column)
        n_terms = len(vocabulary)
        codes = np.asarray(firsts, dtype=np.int64) * n_terms + np.asarray(seconds, dtype=np.int64)
        order = np.argsort(codes)
        return cls(codes[order], np.asarray(columns, dtype=np.int64)[order], n_terms)

    def bigrams(self, unigrams: np.ndarray) -> np.ndarray:
        """The column of the bigram of each word and the next (-1 where unknown), given the words' columns."""
        first, second = unigrams[:-1], unigrams[1:]
        codes = first * self.n_terms + second
        if not len(self.codes):
            return np.full(len(codes), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.codes, codes), len(self.codes) - 1)
        found = (self.codes[at] == codes) & (first >= 0) & (second >= 0)
        return np.where(found, self.columns[at], -1)


#: Gives a vectorizer's :class:`PairIndex` (built once and kept by its caller).
PairIndexSource = Callable[[], "PairIndex | None"]


def _pair_index(vec: TfidfVectorizer, n_words: int, source: PairIndexSource | None) -> PairIndex | None:
    """The :class:`PairIndex` for a call on ``n_words`` words, or None to spell bigrams out."""
    if vec.ngram_range[1] != 2 or n_words < PAIR_INDEX_WORDS:
        return None
    return source() if source is not None else PairIndex.of(vec.vocabulary_)


def _spans(sizes: np.ndarray) -> np.ndarray:
    """(start, end) of consecutive spans of these sizes in one flat list."""
    ends = np.cumsum(sizes)
    return np.column_stack([ends - sizes, ends])


def _span_positions(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For spans [start, start + length), every position and the index of its span."""
    lengths = np.maximum(lengths, 0)
    owner = np.repeat(np.arange(len(lengths)), lengths)
    offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.repeat(starts, lengths) + offsets, owner


def _pair_columns(vec: TfidfVectorizer, index: PairIndex, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The column of each word (-1 if unknown) and of the bigram of each word and the next."""
    unigrams = np.fromiter(map(vec.vocabulary_.get, words, repeat(-1, len(words))), dtype=np.int64, count=len(words))
    return unigrams, index.bigrams(unigrams)


def _span_rows(vec: TfidfVectorizer, unigrams: np.ndarray, bigrams: np.ndarray, spans: np.ndarray) -> SparseRows:
    """TF-IDF rows of the word spans ``spans`` (start, end): the unigrams and the bigrams that lie inside each."""
    starts, ends = spans[:, 0], spans[:, 1]
    uni_at, uni_row = _span_positions(starts, ends - starts)
    bi_at, bi_row = _span_positions(starts, ends - starts - 1)
    rows = np.concatenate([uni_row, bi_row])
    columns = np.concatenate([unigrams[uni_at], bigrams[bi_at]])
    return _weigh_entries(vec, rows, columns, len(spans))


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
    """TF-IDF rows from each row's term columns (``lengths`` of them per row, in order)."""
    rows = np.repeat(np.arange(len(lengths)), lengths)
    return _weigh_entries(vec, rows, np.asarray(columns, dtype=np.int64), len(lengths))


def _weigh_entries(vec: TfidfVectorizer, rows: np.ndarray, cols: np.ndarray, n_rows: int) -> SparseRows:
    """TF-IDF rows from (row, term column) entries (-1 for unknown terms), weighed as
    scikit-learn does (``sublinear_tf``, IDF, L2 ``norm``)."""
    known = cols >= 0
    counts = SparseRows.from_entries(rows[known], cols[known], None, (n_rows, len(vec.vocabulary_)), vec.dtype)
    data = counts.data
    if vec.sublinear_tf:
        data = np.log(data) + np.asarray(1.0, dtype=data.dtype)
    if vec.use_idf:
        data = data * vec.idf_.astype(vec.dtype)[counts.indices]
    weighed = SparseRows(data, counts.indices, counts.indptr, counts.shape)
    return weighed.l2_normalized() if vec.norm else weighed


def tfidf(vec: TfidfVectorizer, texts: list[str], pair_index: PairIndexSource | None = None) -> SparseRows:
    """``vec.transform(texts)``, faster for the syllable and word n-gram vectorizers.

    For plain word n-grams the terms are counted in one loop over the texts
    (scikit-learn's generic analyzer chain costs a few Python calls per
    term), then weighed as scikit-learn does. Other analyzers go to
    ``vec.transform``. ``pair_index`` gives the vectorizer's :class:`PairIndex`
    for a batch (built here, and not kept, when not given).
    """
    if not counts_fast(vec):
        return SparseRows.of(vec.transform(texts))
    find, longest, get = _tokenizer(vec), vec.ngram_range[1], vec.vocabulary_.get
    tokens = [find(text) for text in texts]
    sizes = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    index = _pair_index(vec, int(sizes.sum()), pair_index)
    if index is not None:
        unigrams, bigrams = _pair_columns(vec, index, [w for t in tokens for w in t])
        return _span_rows(vec, unigrams, bigrams, _spans(sizes))
    columns: list[int] = []
    lengths = []
    for words in tokens:
        ids = _term_ids(words, longest, get)
        columns += ids
        lengths.append(len(ids))
    return _weigh(vec, columns, lengths)


def tfidf_with_sentences(
    vec: TfidfVectorizer, sentences: list[list[str]], pair_index: PairIndexSource | None = None
) -> tuple[SparseRows, SparseRows]:
    """TF-IDF rows of paragraphs given as their sentences' feature texts, and
    of the sentences of every paragraph that has more than one.

    Each text is tokenized once: a sentence's n-grams are the paragraph's
    n-grams that lie inside it, so its row is cut from the paragraph's terms.
    ``pair_index`` as for :func:`tfidf`.
    """
    find, longest, get = _tokenizer(vec), vec.ngram_range[1], vec.vocabulary_.get
    tokenized = [[find(text) for text in parts] for parts in sentences]
    sizes = [[len(t) for t in tokens] for tokens in tokenized]
    index = _pair_index(vec, sum(map(sum, sizes)), pair_index)
    if index is not None:
        return _paragraphs_and_sentences_by_pairs(vec, index, tokenized, sizes)
    columns: list[int] = []
    lengths = []
    s_columns: list[int] = []
    s_lengths = []
    for tokens in tokenized:
        words = [w for t in tokens for w in t]
        ids = _term_ids(words, longest, get)
        columns += ids
        lengths.append(len(ids))
        if len(tokens) < 2:
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


def _paragraphs_and_sentences_by_pairs(
    vec: TfidfVectorizer, index: PairIndex, tokenized: list[list[list[str]]], sizes: list[list[int]]
) -> tuple[SparseRows, SparseRows]:
    """:func:`tfidf_with_sentences` through ``index``: the paragraphs' and the sentences' rows
    as spans of one flat list of words."""
    words = [w for tokens in tokenized for t in tokens for w in t]
    sentence_spans = _spans(np.fromiter((n for s in sizes for n in s), dtype=np.int64))
    paragraph_spans = _spans(np.fromiter(map(sum, sizes), dtype=np.int64, count=len(sizes)))
    counts = np.fromiter(map(len, sizes), dtype=np.int64, count=len(sizes))  # sentences per paragraph
    multi = np.repeat(counts > 1, counts)  # the sentences of paragraphs with more than one
    unigrams, bigrams = _pair_columns(vec, index, words)
    return (
        _span_rows(vec, unigrams, bigrams, paragraph_spans),
        _span_rows(vec, unigrams, bigrams, sentence_spans[multi]),
    )
