"""A term space learned from the project's labeled corpus: word vectors of its syllables.

The same point in two wordings ("nguồn vốn phân bổ chậm", "kinh phí cấp muộn")
shares few syllables, so the TF-IDF cosine of a batch keeps them apart; a batch
alone is too little text to learn that such words stand for one another. The
project's own corpus (``data/``: tens of thousands of paragraphs of reports in
more than 80 sectors, in the project's words) is enough.

Terms are the content syllables of :func:`nq35cls.themes.content_syllables`
(stop words left out, synonyms replaced by their concept, place names left
out). Two ways of learning their vectors from the corpus's paragraphs of the
three parts (results, limitations, solutions):

* ``ppmi`` (the default, the packaged one): the positive pointwise mutual
  information of each term with the terms at most ``window`` places from it
  (context counts smoothed by the power 0.75), factored by a truncated
  singular value decomposition (vectors ``U * sqrt(sigma)``): terms used in the
  same contexts get close vectors, even when they never occur together
  ("chậm", "trễ", "muộn"; "hỏng", "hư");
* ``lsa``: the truncated SVD of the paragraphs' TF-IDF matrix (unigrams and
  bigrams): terms that occur in the same paragraphs get close vectors (the
  same topic rather than the same meaning; measured, it merged distinct
  points of one topic, see ``benchmarks/bench_themes.py``).

The space ships as two packaged resources:

* ``resources/termspace.npy``: float16, shape (n_terms, n_dims), the vector of
  each term, the strongest components first;
* ``resources/termspace.json``: the terms (in the rows' order), their idf in
  the corpus, the n-gram range and how the space was built.

A text's vector (:func:`project`) is its TF-IDF row over the shipped terms
(sublinear term frequency times the corpus idf) times the term vectors,
L2-normalized: one sparse-dense product for any number of texts.

Built deterministically (a fixed starting vector, signs fixed) by::

    python -m nq35cls.termspace            # data/ -> nq35cls/resources/termspace.{npy,json}

Loading is lazy (:func:`load_termspace`, read once at first use); numpy and
scipy only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["TermSpace", "load_termspace", "project", "build_termspace", "TERMS_FILE", "VECTORS_FILE"]

#: The packaged resources of the term space.
TERMS_FILE = "termspace.json"
VECTORS_FILE = "termspace.npy"
#: Defaults of the build: terms kept (most frequent in the corpus), dimensions, least document frequency.
DEFAULT_TERMS = 20_000
DEFAULT_DIMS = 128
DEFAULT_MIN_DF = 3
#: Default method and context window (terms on each side) of the build.
DEFAULT_METHOD = "ppmi"
DEFAULT_WINDOW = 2
#: The power that smooths the context counts of the PPMI (as word2vec's negative sampling).
CONTEXT_POWER = 0.75
#: The labels whose paragraphs the space is learned from (the parts the themes group).
DEFAULT_LABELS = ("results", "limitations", "solutions")


@dataclass(frozen=True)
class TermSpace:
    """A term space: each term's latent vector.

    Attributes
    ----------
    terms : dict of str to int
        Each term's row in ``vectors``.
    idf : ndarray of float32, shape (n_terms,)
        Inverse document frequency of each term in the corpus.
    vectors : ndarray of float32, shape (n_terms, n_dims)
        Each term's vector.
    ngram_range : (int, int)
        The syllable n-grams that are terms.
    """

    terms: dict[str, int]
    idf: np.ndarray
    vectors: np.ndarray
    ngram_range: tuple[int, int]

    @property
    def n_dims(self) -> int:
        """Dimensions of the space."""
        return int(self.vectors.shape[1])


@lru_cache(maxsize=1)
def load_termspace() -> TermSpace:
    """The packaged term space, read once at first use.

    Returns
    -------
    TermSpace

    Raises
    ------
    FileNotFoundError
        When the package holds no term space (build it with ``python -m nq35cls.termspace``).
    """
    folder = resources.files("nq35cls.resources")
    meta = json.loads(folder.joinpath(TERMS_FILE).read_text(encoding="utf-8"))
    with folder.joinpath(VECTORS_FILE).open("rb") as f:
        vectors = np.load(f, allow_pickle=False).astype(np.float32)
    terms = {t: i for i, t in enumerate(meta["terms"])}
    if vectors.shape[0] != len(terms):
        raise ValueError(f"{VECTORS_FILE} has {vectors.shape[0]} rows for {len(terms)} terms in {TERMS_FILE}")
    idf = np.asarray(meta["idf"], dtype=np.float32)
    lo, hi = meta["ngram_range"]
    return TermSpace(terms, idf, vectors, (int(lo), int(hi)))


def term_rows(term_lists: Sequence[Sequence[str]], space: TermSpace) -> Any:
    """The TF-IDF rows (sublinear tf times the corpus idf, not normalized) of texts over the space's terms.

    Parameters
    ----------
    term_lists : sequence of sequence of str
        Each text's terms (repeated ones counted); terms the space lacks are left out.
    space : TermSpace

    Returns
    -------
    scipy.sparse.csr_matrix of float32, shape (len(term_lists), n_terms)
    """
    from scipy.sparse import csr_matrix

    lengths = np.fromiter(map(len, term_lists), dtype=np.intp, count=len(term_lists))
    every = np.fromiter(  # each term's row in the space, -1 for a term it lacks, in the texts' order
        map(space.terms.get, chain.from_iterable(term_lists), repeat(-1)), dtype=np.intp, count=int(lengths.sum())
    )
    known = every >= 0
    ids = every[known]
    rows = np.repeat(np.arange(len(term_lists), dtype=np.intp), lengths)[known]
    X = csr_matrix((np.ones(len(ids), dtype=np.float32), (rows, ids)), shape=(len(term_lists), len(space.terms)))
    X.sum_duplicates()
    np.log(X.data, out=X.data)
    X.data += 1.0
    X.data *= space.idf[X.indices]
    return X


def project(
    term_lists: Sequence[Sequence[str]], *, space: TermSpace | None = None, n_dims: int | None = None
) -> np.ndarray:
    """Each text's vector in the term space, L2-normalized.

    Parameters
    ----------
    term_lists : sequence of sequence of str
        Each text's terms: the n-grams (``space.ngram_range``) of its content syllables.
    space : TermSpace, optional
        Defaults to the packaged one (:func:`load_termspace`).
    n_dims : int, optional
        Use the first ``n_dims`` dimensions only (the strongest); all by default.

    Returns
    -------
    ndarray of float32, shape (len(term_lists), n_dims)
        Rows of zeros for texts with no term of the space.
    """
    space = load_termspace() if space is None else space
    vectors = space.vectors if n_dims is None else space.vectors[:, :n_dims]
    Z = np.asarray(term_rows(term_lists, space) @ vectors, dtype=np.float32)
    norms = np.sqrt((Z * Z).sum(axis=1))
    norms[norms == 0] = 1.0
    Z /= norms[:, None]
    return Z


def corpus_paragraphs(folder: Path, labels: Iterable[str]) -> list[str]:
    """The texts of the paragraphs of the labeled data under ``folder`` (:func:`nq35cls.data.load_data`) with one
    of ``labels``, reviewed ones only."""
    from .data import load_data

    wanted = set(labels)
    return [r.text for d in load_data(folder) for r in d.records if r.label in wanted and r.reviewed]


def build_termspace(
    texts: Sequence[str],
    *,
    method: str = DEFAULT_METHOD,
    n_terms: int = DEFAULT_TERMS,
    n_dims: int = DEFAULT_DIMS,
    min_df: int = DEFAULT_MIN_DF,
    window: int = DEFAULT_WINDOW,
    ngram_range: tuple[int, int] | None = None,
) -> tuple[list[str], np.ndarray, np.ndarray, tuple[int, int]]:
    """Learn a term space from ``texts``.

    Parameters
    ----------
    texts : sequence of str
        The corpus's paragraphs.
    method : {"ppmi", "lsa"}, default=DEFAULT_METHOD
        ``ppmi``: SVD of the terms' positive pointwise mutual information with
        the terms within ``window`` places; ``lsa``: SVD of the texts' TF-IDF
        matrix.
    n_terms : int, default=DEFAULT_TERMS
        Terms kept: the most frequent (occurrences for ``ppmi``, texts for
        ``lsa``), at least ``min_df`` of them, ties by term.
    n_dims : int, default=DEFAULT_DIMS
        Dimensions of the space.
    min_df : int, default=DEFAULT_MIN_DF
    window : int, default=DEFAULT_WINDOW
        Context window of ``ppmi`` (terms on each side).
    ngram_range : (int, int), optional
        The syllable n-grams that are terms: (1, 1) for ``ppmi`` (the only
        one it takes), (1, 2) for ``lsa`` by default.

    Returns
    -------
    terms : list of str
    idf : ndarray of float32, shape (len(terms),)
        Smoothed inverse document frequency of each term over ``texts``.
    vectors : ndarray of float32, shape (len(terms), n_dims)
        Each term's vector, the strongest components first, each component's
        sign fixed so that its largest coordinate is positive.
    ngram_range : (int, int)

    Raises
    ------
    ValueError
        On an unknown method or parameters out of range, or too few terms.
    """
    from scipy.sparse import csr_matrix

    from .normalize import feature_text
    from .themes import _ngrams, content_syllables, without_place_names

    if method not in ("ppmi", "lsa"):
        raise ValueError(f"method must be 'ppmi' or 'lsa', not {method!r}")
    ngram_range = ngram_range or ((1, 1) if method == "ppmi" else (1, 2))
    if method == "ppmi" and tuple(ngram_range) != (1, 1):
        raise ValueError(f"the ppmi method takes syllables only (ngram_range (1, 1)), not {ngram_range!r}")
    if n_dims < 1 or n_terms <= n_dims or min_df < 1 or window < 1:
        raise ValueError(
            f"need n_dims >= 1, n_terms > n_dims, min_df >= 1 and window >= 1, not {n_dims}, {n_terms}, {min_df}, "
            f"{window}"
        )
    lists = [
        _ngrams(content_syllables(feature_text(without_place_names(t)), normalized=True), ngram_range) for t in texts
    ]
    df: Counter = Counter()
    for terms in lists:
        df.update(set(terms))
    frequency = df if method == "lsa" else Counter(t for terms in lists for t in terms)
    ranked = sorted((t for t, c in frequency.items() if c >= min_df), key=lambda t: (-frequency[t], t))[:n_terms]
    if len(ranked) <= n_dims:
        raise ValueError(f"only {len(ranked)} terms found at least {min_df} times, for {n_dims} dimensions")
    n = len(texts)
    idf = np.array([np.log((1 + n) / (1 + df[t])) + 1.0 for t in ranked], dtype=np.float32)
    index = {t: i for i, t in enumerate(ranked)}
    if method == "lsa":
        space = TermSpace(index, idf, np.zeros((len(ranked), 0), np.float32), ngram_range)
        X = term_rows(lists, space)
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        matrix = csr_matrix(X.multiply(1.0 / norms[:, None]), dtype=np.float64)
    else:
        matrix = _ppmi(lists, index, window)
    vectors = _factor(matrix, n_dims, left=method == "ppmi")
    return ranked, idf, vectors, (int(ngram_range[0]), int(ngram_range[1]))


def _ppmi(lists: Sequence[Sequence[str]], index: dict[str, int], window: int) -> Any:
    """The terms x context terms matrix of positive pointwise mutual information within ``window`` places."""
    from scipy.sparse import coo_matrix, csr_matrix

    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for terms in lists:
        ids = np.array([index.get(t, -1) for t in terms], dtype=np.int64)
        for shift in range(1, window + 1):
            a, b = ids[:-shift], ids[shift:]
            both = (a >= 0) & (b >= 0)
            rows += [a[both], b[both]]
            cols += [b[both], a[both]]
    size = len(index)
    r = np.concatenate(rows) if rows else np.zeros(0, np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, np.int64)
    counts = coo_matrix((np.ones(len(r)), (r, c)), shape=(size, size)).tocsr()
    counts.sum_duplicates()
    total = counts.sum()
    if total == 0:
        raise ValueError("no two terms of the corpus occur near each other")
    term_share = np.asarray(counts.sum(axis=1)).ravel() / total
    context = np.asarray(counts.sum(axis=0)).ravel() ** CONTEXT_POWER
    context_share = context / context.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data / total / term_share[coo.row] / context_share[coo.col])
    keep = pmi > 0
    return csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=(size, size))


def _factor(matrix: Any, n_dims: int, *, left: bool) -> np.ndarray:
    """The terms' vectors of a truncated SVD of ``matrix``: its left vectors times sqrt(sigma) (``left``, a terms
    x contexts matrix) or its right vectors (a texts x terms matrix); deterministic, signs fixed."""
    from scipy.sparse.linalg import svds

    v0 = np.random.default_rng(0).uniform(-1.0, 1.0, size=min(matrix.shape))
    u, sigma, vt = svds(matrix, k=n_dims, v0=v0, random_state=0)
    order = np.argsort(-sigma, kind="stable")
    vectors = u[:, order] * np.sqrt(sigma[order]) if left else vt[order].T
    signs = np.sign(vectors[np.abs(vectors).argmax(axis=0), np.arange(vectors.shape[1])])
    return np.asarray(vectors * signs, dtype=np.float32)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the packaged term space from the labeled corpus (``python -m nq35cls.termspace``)."""
    parser = argparse.ArgumentParser(description="Build nq35cls/resources/termspace.{npy,json} from data/.")
    parser.add_argument("--data", type=Path, default=Path("data"), help="folder of labeled JSON Lines (default data)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "resources")
    parser.add_argument("--method", choices=("ppmi", "lsa"), default=DEFAULT_METHOD)
    parser.add_argument("--terms", type=int, default=DEFAULT_TERMS)
    parser.add_argument("--dims", type=int, default=DEFAULT_DIMS)
    parser.add_argument("--min-df", type=int, default=DEFAULT_MIN_DF)
    parser.add_argument("--window", type=int, default=DEFAULT_WINDOW)
    parser.add_argument("--labels", default=",".join(DEFAULT_LABELS), help="labels of the paragraphs learned from")
    args = parser.parse_args(argv)
    labels = [x.strip() for x in args.labels.split(",") if x.strip()]
    texts = corpus_paragraphs(args.data, labels)
    terms, idf, vectors, ngram_range = build_termspace(
        texts, method=args.method, n_terms=args.terms, n_dims=args.dims, min_df=args.min_df, window=args.window
    )
    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / VECTORS_FILE, vectors.astype(np.float16), allow_pickle=False)
    meta = {
        "_comment": "Term space of nq35cls.termspace, built by python -m nq35cls.termspace from the paragraphs of "
        "data/ with the labels below; the rows of termspace.npy are the vectors of 'terms', in order.",
        "method": args.method,
        "window": args.window if args.method == "ppmi" else None,
        "labels": labels,
        "paragraphs": len(texts),
        "min_df": args.min_df,
        "ngram_range": list(ngram_range),
        "dims": int(vectors.shape[1]),
        "terms": terms,
        "idf": [round(float(x), 4) for x in idf],
    }
    (args.out / TERMS_FILE).write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(texts)} paragraphs, {len(terms)} terms, {vectors.shape[1]} dimensions -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
