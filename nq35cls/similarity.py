"""TF-IDF rows and cosine nearest-neighbour links with numpy and scipy.sparse.

The themes of a synthesis (:mod:`nq35cls.themes`) need two things that
scikit-learn offers: the TF-IDF rows of a batch's texts
(``TfidfVectorizer``) and, for each row, its nearest rows by cosine
similarity (``NearestNeighbors(metric="cosine", algorithm="brute")``).
Importing scikit-learn alone takes longer than both on a thousand reports, so
they are computed here with the same arithmetic, step for step, so that the
results are the same to the last bit:

* :func:`tfidf_rows`: terms numbered by first appearance, rows sorted by
  those numbers, terms in more than ``max_df`` of the texts left out, then
  renumbered alphabetically; sublinear term frequency ``1 + log(tf)``,
  smoothed idf ``1 + log((1 + n) / (1 + df))`` in float32, rows L2-normalized;
* :func:`l2_rows`: the row norms summed in double precision in the order of
  the stored values, each value divided by its row's norm (rows of zeros
  left as they are);
* :func:`nearest_links`: the cosine similarities of the rows to all rows as
  a sparse product (float32 sums in the order of the stored values, as
  scikit-learn's product of sparse matrices) of which only each row's
  largest are kept as they are computed (``sparse_dot_topn``, a C++ kernel
  that sums as scipy's does, in threads): never an n x n matrix; the ``k``
  nearest of a row are read from them, and only where the k-th and the next
  are tied is the whole row partitioned as scikit-learn does (which of tied
  neighbours is taken is then its choice too).

:func:`nearest_links_mixed` does the same for rows that are a sparse part
beside a dense one (TF-IDF terms beside a text's vector in a learned term
space): the dense part's similarities by one dense product per chunk.

Pure functions; no I/O, no state.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

__all__ = ["tfidf_rows", "l2_rows", "nearest_links", "nearest_links_mixed"]

#: Memory (MB) of the similarities of one chunk of rows (whole rows, where neighbours are tied).
WORKING_MEMORY_MB = 64
#: Bytes per similarity of a chunk (value, column, and the working copies made from them).
_BYTES_PER_VALUE = 24


def tfidf_rows(
    texts: Iterable[Any], analyzer: Callable[[Any], Sequence[str]], *, max_df: float
) -> tuple[Any, np.ndarray]:
    """L2-normalized TF-IDF rows of ``texts``, as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` gives them.

    Parameters
    ----------
    texts : iterable
        The documents, each passed to ``analyzer``.
    analyzer : callable
        The terms of one document, in order (repeated terms counted).
    max_df : float
        Terms found in more than ``max_df`` times the number of documents are
        left out.

    Returns
    -------
    X : scipy.sparse.csr_matrix of float32, shape (n_texts, n_terms)
        Column ``j`` is the ``j``-th term in alphabetical order.
    terms : ndarray of str
        The terms, in alphabetical order.

    Raises
    ------
    ValueError
        When no text has a term, or every term is in more than ``max_df`` of them.
    """
    from scipy.sparse import csr_matrix

    terms: list[str] = []
    lengths: list[int] = []
    for text in texts:
        found = analyzer(text)
        terms.extend(found)
        lengths.append(len(found))
    # each term numbered by its first appearance
    vocabulary: dict[str, int] = dict(zip(dict.fromkeys(terms), range(len(terms))))
    ids = np.fromiter(map(vocabulary.__getitem__, terms), dtype=np.int64, count=len(terms))
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    n, size = len(lengths), len(vocabulary)
    # each row's terms by number, repeated ones counted
    pairs, counts = np.unique(np.repeat(np.arange(n, dtype=np.int64), lengths) * size + ids, return_counts=True)
    indptr = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(pairs // size, minlength=n), out=indptr[1:])
    counted = csr_matrix((counts.astype(np.float32), (pairs % size).astype(np.int32), indptr), shape=(n, size))
    df = np.bincount(counted.indices, minlength=len(vocabulary))
    kept = df <= max_df * n
    if not kept.any():
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    names = list(vocabulary)
    order = np.array(sorted(np.flatnonzero(kept).tolist(), key=names.__getitem__), dtype=np.intp)
    alphabetical = np.full(len(vocabulary), -1, dtype=np.int32)
    alphabetical[order] = np.arange(len(order), dtype=np.int32)
    # the kept terms of each row, in the row's order (by first appearance), renumbered alphabetically
    stored = kept[counted.indices]
    row_of = np.repeat(np.arange(n), np.diff(counted.indptr))[stored]
    new_indptr = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(row_of, minlength=n), out=new_indptr[1:])
    new_indices = alphabetical[counted.indices[stored]]
    data = counted.data[stored]
    np.log(data, out=data)
    data += 1.0
    df_kept = df[order].astype(np.float32) + np.float32(1.0)
    idf = np.full_like(df_kept, fill_value=n + 1, dtype=np.float32)
    idf /= df_kept
    np.log(idf, out=idf)
    idf += 1.0
    data *= idf[new_indices]
    X = csr_matrix((data, new_indices, new_indptr), shape=(n, len(order)))
    return l2_rows(X, copy=False), np.array([names[i] for i in order.tolist()], dtype=str)


def l2_rows(X: Any, *, copy: bool = True) -> Any:
    """The rows of the sparse matrix ``X`` divided by their L2 norms, as scikit-learn's ``normalize`` does.

    Parameters
    ----------
    X : sparse matrix
    copy : bool, default=True
        False divides the values of ``X`` itself when ``X`` is a csr matrix of floats.

    Returns
    -------
    scipy.sparse.csr_matrix
        Rows of zeros are left as they are.
    """
    from scipy.sparse import csr_matrix

    if not (isinstance(X, csr_matrix) and X.dtype in (np.float32, np.float64)):
        X = csr_matrix(X, dtype=X.dtype if X.dtype in (np.float32, np.float64) else np.float64)
        copy = False
    if copy:
        X = X.copy()
    lengths = np.diff(X.indptr)
    squares = X.data * X.data  # in the values' own precision, summed in double as scikit-learn does
    total = np.zeros(X.shape[0], dtype=np.float64)
    # summed value by value in order, all rows at once: the same sums as a loop over each row
    for position in range(int(lengths.max()) if len(lengths) else 0):
        rows = np.flatnonzero(lengths > position)
        total[rows] += squares[X.indptr[rows] + position]
    norms = np.sqrt(total)
    norms[total == 0.0] = 1.0
    X.data[:] = X.data / np.repeat(norms, lengths)
    return X


def nearest_links(
    X: Any, k: int, least: float, *, working_memory_mb: float = WORKING_MEMORY_MB, n_jobs: int | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's links to its ``k`` nearest rows (itself included) of cosine similarity at least ``least``.

    The same links as scikit-learn's brute-force
    ``NearestNeighbors(n_neighbors=k, metric="cosine").fit(X).kneighbors(X)``
    keeping the neighbours of similarity ``1 - distance >= least`` (and above
    0). The similarities are those of the sparse product of the rows with
    their transpose, each row's ``k + 1`` largest kept as they are computed
    (``sparse_dot_topn``, in threads: never an n x n matrix), the same sums
    in the same order as scikit-learn's product. Where a row's ``k``-th and
    next are tied, its whole row of similarities is computed, chunk by chunk
    of at most about ``working_memory_mb``, and partitioned as scikit-learn
    does (which of tied neighbours is taken is then its choice too).

    Parameters
    ----------
    X : sparse matrix of shape (n, d)
    k : int
        Neighbours per row, the row itself counted (as in scikit-learn).
    least : float
        Least similarity of a kept link (the similarity is in the float
        precision of ``X``, as scikit-learn's).
    working_memory_mb : float, default=WORKING_MEMORY_MB
    n_jobs : int, optional
        Threads of the product: None or 1 for one, -1 for every core
        (scikit-learn's convention).

    Returns
    -------
    rows, columns : ndarray of int
        The links (a row's link to itself included when kept).
    similarities : ndarray of float
        Their cosine similarities, in [0, 1].
    """
    from sparse_dot_topn import sp_matmul_topn

    Xn = l2_rows(X)
    n = Xn.shape[0]
    if n == 0:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, np.zeros(0, dtype=Xn.dtype)
    cross = Xn.T.tocsr()
    # each row's k + 1 largest similarities that may be similar enough (a similarity is its product within
    # rounding): the k-th and the next tell a tie
    top = sp_matmul_topn(Xn, cross, top_n=min(k + 1, n), threshold=least - 1e-3, n_threads=_threads(n_jobs))
    rows = np.repeat(np.arange(n), np.diff(top.indptr))
    rows, cols, similarity, tied = _nearest_of_block(rows, top.indices.astype(np.intp), top.data, n, k, least)
    found = [(rows, cols, similarity)]
    # scikit-learn's choice among tied neighbours: its partition of the whole row of distances
    chunk = max(1, int(working_memory_mb * 2**20 // (_BYTES_PER_VALUE * n)))
    one = Xn.dtype.type(1.0)
    for start in range(0, len(tied), chunk):
        some = tied[start : start + chunk]
        whole = np.clip(one - (Xn[some] @ cross).toarray(), 0.0, 2.0)
        nearest = np.argpartition(whole, k - 1, axis=1)[:, :k]
        closeness = 1.0 - np.take_along_axis(whole, nearest, axis=1)
        fine = (closeness >= least) & (closeness > 0)
        found.append((np.repeat(some, k).reshape(-1, k)[fine], nearest[fine], closeness[fine]))
    rows_, cols_, sims_ = (np.concatenate(parts) for parts in zip(*found))
    return rows_.astype(np.intp), cols_.astype(np.intp), sims_


def _threads(n_jobs: int | None) -> int | None:
    """``sparse_dot_topn``'s ``n_threads`` for scikit-learn's ``n_jobs``: None for one thread."""
    if n_jobs is None:
        return None
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs == 0:
        raise ValueError(f"n_jobs must be a non-zero integer or None, not {n_jobs!r}")
    threads = n_jobs if n_jobs > 0 else max(1, (os.cpu_count() or 1) + 1 + n_jobs)
    return None if threads == 1 else threads


def _nearest_of_block(
    rows: np.ndarray, cols: np.ndarray, values: np.ndarray, m: int, k: int, least: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The links of a block of ``m`` rows from their candidate similarities (``rows`` numbered in the block,
    ascending), as scikit-learn chooses them, but for the rows whose ``k``-th and next neighbours are tied:
    the links (rows, columns, similarities) and those tied rows (decided from their whole rows)."""
    # the distance scikit-learn computes (1 - similarity, clipped to [0, 2]) and the similarity back from it
    distance = np.clip(values.dtype.type(1.0) - values, 0.0, 2.0)
    similarity = 1.0 - distance
    keep = (similarity >= least) & (similarity > 0)
    rows, cols, distance, similarity = rows[keep], cols[keep], distance[keep], similarity[keep]
    counts = np.bincount(rows, minlength=m)
    chosen = np.ones(len(rows), dtype=bool)
    crowded = np.flatnonzero(counts > k)
    tied = np.zeros(0, dtype=np.intp)
    if len(crowded):
        # the k-th and the next distances of each crowded row, from its candidates padded with infinity
        slot = np.full(m, -1, dtype=np.intp)
        slot[crowded] = np.arange(len(crowded))
        first = np.concatenate(([0], np.cumsum(counts)[:-1]))
        padded = np.full((len(crowded), int(counts[crowded].max())), np.inf, dtype=distance.dtype)
        inside = slot[rows] >= 0
        padded[slot[rows[inside]], np.flatnonzero(inside) - first[rows[inside]]] = distance[inside]
        kth = np.partition(padded, (k - 1, k), axis=1)
        is_tied = kth[:, k - 1] == kth[:, k]
        tied = crowded[is_tied]
        # untied: the k nearest are exactly those no farther than the k-th; tied: decided from the whole row
        limit = np.where(is_tied, -np.inf, kth[:, k - 1])
        chosen[inside] = distance[inside] <= limit[slot[rows[inside]]]
    return rows[chosen], cols[chosen], similarity[chosen], tied


def nearest_links_mixed(
    X: Any, Z: np.ndarray, k: int, least: float, *, working_memory_mb: float = WORKING_MEMORY_MB
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`nearest_links` of the rows ``[X | Z]``: a sparse part beside a dense one, L2-normalized together.

    The similarity of two rows is the dot product of their sparse parts plus
    that of their dense parts (after the rows ``[X | Z]`` are divided by their
    norms); each chunk of rows is compared to all rows as a dense block of
    at most about ``working_memory_mb`` (dense parts make every pair
    similar a little: the sparse product would be dense anyway, and slower).
    Of tied neighbours, those ``numpy.argpartition`` puts first are taken.

    Parameters
    ----------
    X : sparse matrix of shape (n, d)
    Z : ndarray of shape (n, m)
    k : int
        Neighbours per row, the row itself counted.
    least : float
        Least similarity of a kept link.
    working_memory_mb : float, default=WORKING_MEMORY_MB

    Returns
    -------
    rows, columns : ndarray of int
    similarities : ndarray of float32
    """
    from scipy.sparse import csr_matrix

    X = csr_matrix(X, dtype=np.float32)
    Z = np.asarray(Z, dtype=np.float32)
    n = X.shape[0]
    if Z.shape[0] != n:
        raise ValueError(f"X and Z differ in rows ({n} and {Z.shape[0]})")
    norms = np.sqrt(
        np.asarray(X.multiply(X).sum(axis=1), dtype=np.float64).ravel() + (Z.astype(np.float64) ** 2).sum(1)
    )
    norms[norms == 0] = 1.0
    scale = (1.0 / norms).astype(np.float32)
    Xn = csr_matrix(X.multiply(scale[:, None]), dtype=np.float32)
    Zn = Z * scale[:, None]
    cross = Xn.T.tocsr()
    k = min(k, n)
    chunk = max(1, int(working_memory_mb * 2**20 // (12 * max(n, 1))))
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for start in range(0, n, chunk):
        block = Zn[start : start + chunk] @ Zn.T
        block += (Xn[start : start + chunk] @ cross).toarray()
        m = block.shape[0]
        if k < n:
            nearest = np.argpartition(-block, k - 1, axis=1)[:, :k]
        else:
            nearest = np.broadcast_to(np.arange(n), (m, n))
        sims = np.take_along_axis(block, nearest, axis=1)
        fine = (sims >= least) & (sims > 0)
        rows = np.repeat(np.arange(start, start + m), nearest.shape[1]).reshape(m, -1)
        found.append((rows[fine], nearest[fine], np.clip(sims[fine], 0.0, 1.0)))
    if not found:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, np.zeros(0, dtype=np.float32)
    rows_, cols_, sims_ = (np.concatenate(parts) for parts in zip(*found))
    return rows_.astype(np.intp), cols_.astype(np.intp), sims_
