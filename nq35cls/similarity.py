"""TF-IDF rows and cosine nearest-neighbour links with numpy and scipy.sparse only.

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
* :func:`nearest_links`: the cosine similarities of a chunk of rows to all
  rows as a sparse product (float32 sums in the order of the stored
  values, as scikit-learn's dense product of sparse matrices), chunks of
  bounded memory: never an n x n matrix; the ``k`` nearest of a row are
  read from its stored similarities, and only where the k-th and the next
  are tied is the whole row partitioned as scikit-learn does (which of tied
  neighbours is taken is then its choice too). When the rows store their
  terms in one order (:func:`one_term_order`, as :func:`tfidf_rows` gives
  them), the similarity of two rows is the same to the bit whichever is read
  first: each pair is then computed once (half the products) and read both
  ways.

:func:`nearest_links_mixed` does the same for rows that are a sparse part
beside a dense one (TF-IDF terms beside a text's vector in a learned term
space): the dense part's similarities by one dense product per chunk.

Pure functions; no I/O, no state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

__all__ = ["tfidf_rows", "l2_rows", "nearest_links", "nearest_links_mixed", "one_term_order"]

#: Memory (MB) of the similarities of one chunk of rows.
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
    X: Any, k: int, least: float, *, working_memory_mb: float = WORKING_MEMORY_MB
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's links to its ``k`` nearest rows (itself included) of cosine similarity at least ``least``.

    The same links as scikit-learn's brute-force
    ``NearestNeighbors(n_neighbors=k, metric="cosine").fit(X).kneighbors(X)``
    keeping the neighbours of similarity ``1 - distance >= least`` (and above
    0), computed chunk by chunk: the similarities of a chunk of rows to all
    rows, a sparse product, take at most about ``working_memory_mb``.

    When the rows store their terms in one order (:func:`one_term_order`: the
    rows of :func:`tfidf_rows` do), the similarity of row ``i`` to row ``j``
    sums the same products in the same order as that of ``j`` to ``i``: the
    same value to the last bit. Each chunk is then compared to itself and the
    rows after it only (half the products), and each pair's value read both
    ways: the values with later rows wait for them, in bounded memory (beyond
    half of ``working_memory_mb``, each later row keeps only its ``k + 1``
    nearest waiting values, and those tied with the last).

    Parameters
    ----------
    X : sparse matrix of shape (n, d)
    k : int
        Neighbours per row, the row itself counted (as in scikit-learn).
    least : float
        Least similarity of a kept link (the similarity is in the float
        precision of ``X``, as scikit-learn's).
    working_memory_mb : float, default=WORKING_MEMORY_MB

    Returns
    -------
    rows, columns : ndarray of int
        The links (a row's link to itself included when kept).
    similarities : ndarray of float
        Their cosine similarities, in [0, 1].
    """
    Xn = l2_rows(X)
    n = Xn.shape[0]
    chunk = max(1, int(working_memory_mb * 2**20 // (_BYTES_PER_VALUE * max(n, 1))))
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    floor = least - 1e-3  # the values that may be similar enough: a similarity is its product within rounding
    cross: Any = None
    blocks: Iterable[tuple[int, int, np.ndarray, np.ndarray, np.ndarray]]
    if one_term_order(Xn):
        blocks = _blocks_both_ways(Xn, k, least, floor, working_memory_mb)
    else:
        cross = Xn.T.tocsr()

        def products() -> Iterable[tuple[int, int, np.ndarray, np.ndarray, np.ndarray]]:
            for start in range(0, n, chunk):
                # float32 sums in the order of the stored values, as sklearn's
                product = Xn[start : start + chunk] @ cross
                near = np.flatnonzero(product.data >= floor)
                rows = np.searchsorted(product.indptr, near, side="right") - 1  # the row of each stored value
                yield start, product.shape[0], rows, product.indices[near], product.data[near]

        blocks = products()
    for start, m, rows, cols, values in blocks:
        rows, cols, similarity, tied = _nearest_of_block(rows, cols, values, m, k, least)
        found.append((rows + start, cols, similarity))
        if len(tied):
            # scikit-learn's choice among tied neighbours: its partition of the whole row of distances
            if cross is None:
                cross = Xn.T.tocsr()
            one = Xn.dtype.type(1.0)
            whole = np.clip(one - (Xn[tied + start] @ cross).toarray(), 0.0, 2.0)
            nearest = np.argpartition(whole, k - 1, axis=1)[:, :k]
            closeness = 1.0 - np.take_along_axis(whole, nearest, axis=1)
            fine = (closeness >= least) & (closeness > 0)
            found.append((np.repeat(tied + start, k).reshape(-1, k)[fine], nearest[fine], closeness[fine]))
    if not found:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, np.zeros(0, dtype=Xn.dtype)
    rows_, cols_, sims_ = (np.concatenate(parts) for parts in zip(*found))
    return rows_.astype(np.intp), cols_.astype(np.intp), sims_


def _blocks_both_ways(
    Xn: Any, k: int, least: float, floor: float, working_memory_mb: float
) -> Iterable[tuple[int, int, np.ndarray, np.ndarray, np.ndarray]]:
    """For :func:`nearest_links` of rows that store their terms in one order: block after block of rows, its
    first row, its number of rows and the candidate similarities of its rows (numbered in the block, ascending),
    each pair computed once.

    A block is compared to itself and the rows after it; its rows' values with the rows before it are those
    computed by the earlier blocks, read the other way, kept until then. Of those kept for a row, only the
    ``k + 1`` nearest (and any tied with the last of them) can be among its ``k`` nearest or decide a tie: when
    they take more than half of ``working_memory_mb``, the others are let go.
    """
    n = Xn.shape[0]
    budget = working_memory_mb * 2**20
    one = Xn.dtype.type(1.0)
    # the values waiting for a later row: that row, the earlier row, the value
    number = np.int32 if n < 2**31 else np.intp  # (compact: the values may wait long)
    later = np.zeros(0, dtype=number)
    earlier = np.zeros(0, dtype=number)
    waiting = np.zeros(0, dtype=Xn.dtype)
    bound = budget // (2 * _BYTES_PER_VALUE)  # values kept waiting before the farthest are let go
    start = 0
    while start < n:
        # a block of rows against themselves and the rows after them: more rows when fewer come after
        end = min(n, start + max(1, int(budget // (_BYTES_PER_VALUE * (n - start)))))
        product = Xn[start:end] @ Xn[start:].T.tocsr()
        near = np.flatnonzero(product.data >= floor)
        rows = np.searchsorted(product.indptr, near, side="right") - 1
        cols = product.indices[near].astype(np.intp) + start
        values = product.data[near]
        mine = later < end
        r = np.concatenate((rows, later[mine] - start))
        order = np.argsort(r, kind="stable")
        yield (
            start,
            end - start,
            r[order],
            np.concatenate((cols, earlier[mine]))[order],
            np.concatenate((values, waiting[mine]))[order],
        )
        # the values with a row after the block wait for it (those similar enough only)
        distance = np.clip(one - values, 0.0, 2.0)
        after = (cols >= end) & (1.0 - distance >= least) & (1.0 - distance > 0)
        later = np.concatenate((later[~mine], cols[after].astype(number)))
        earlier = np.concatenate((earlier[~mine], (rows[after] + start).astype(number)))
        waiting = np.concatenate((waiting[~mine], values[after]))
        if len(later) > bound:
            keep = _nearest_kept(later, np.clip(one - waiting, 0.0, 2.0), k)
            later, earlier, waiting = later[keep], earlier[keep], waiting[keep]
            bound = max(bound, 2 * len(later))
        start = end


def _nearest_kept(rows: np.ndarray, distance: np.ndarray, k: int) -> np.ndarray:
    """Which values to keep: for each row, those no farther than its ``k + 1``-th nearest (all of a row that has
    no more than ``k + 1``)."""
    order = np.lexsort((distance, rows))
    sorted_rows, sorted_distance = rows[order], distance[order]
    first = np.flatnonzero(np.r_[True, sorted_rows[1:] != sorted_rows[:-1]])
    counts = np.diff(np.r_[first, len(order)])
    limit = np.full(len(first), np.inf, dtype=np.float64)
    crowded = counts > k + 1
    limit[crowded] = sorted_distance[first[crowded] + k]
    keep = np.zeros(len(order), dtype=bool)
    keep[order] = sorted_distance <= np.repeat(limit, counts)
    return keep


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


def one_term_order(X: Any) -> bool:
    """Whether the rows of ``X`` store their terms in one order.

    The order in which the terms first appear, reading the stored values row
    after row, is then that of every row: two rows sum the products of their
    common terms in the same order, whichever of the two is read first (the
    rows of :func:`tfidf_rows` store their terms by first appearance).

    Parameters
    ----------
    X : scipy.sparse.csr_matrix

    Returns
    -------
    bool
        False too when a row stores a term twice.
    """
    indices, indptr = X.indices, X.indptr
    if len(indices) < 2:
        return True
    _, first = np.unique(indices, return_index=True)
    rank = np.empty(X.shape[1], dtype=np.intp)
    rank[indices[np.sort(first)]] = np.arange(len(first))
    rising = np.diff(rank[indices]) > 0
    rising[indptr[1:-1][(indptr[1:-1] > 0) & (indptr[1:-1] < len(indices))] - 1] = True  # across rows: no order
    return bool(rising.all())


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
