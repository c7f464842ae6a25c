"""Average-linkage agglomeration of L2-normalized rows along a nearest-neighbour graph.

The clustering behind :func:`nq35cls.themes.find_themes`, without any
knowledge of text: rows are TF-IDF (or mixed) vectors, groups are reports.

* :func:`neighbour_graph` links each row to its nearest rows (cosine, in
  chunks of bounded memory by :mod:`nq35cls.similarity`: no n x n matrix);
* :func:`average_linkage` merges linked groups, most similar first, while
  their mean pairwise similarity stays at least a threshold, never two groups
  holding rows of the same report; the means are exact: the dot product of
  the groups' summed rows (sparse) over the product of their sizes; the
  merges are made in rounds, every two groups each other's most similar at
  once, in numpy and scipy;
* :func:`regroup` runs the same agglomeration over clusters, linked by their
  centroids;
* :func:`keep_similar_members` lets out of each cluster the rows not similar
  enough to the rest of it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np

from .similarity import l2_rows, nearest_links, nearest_links_mixed

__all__ = [
    "DEFAULT_NEIGHBORS",
    "average_linkage",
    "first_of_each",
    "keep_similar_members",
    "neighbour_graph",
    "regroup",
    "same_rows",
]

#: Default number of nearest neighbours each row is linked to.
DEFAULT_NEIGHBORS = 8
#: Most values of the dense rows the agglomeration scatters at once to compute its means (32 MB of float64).
DENSE_VALUES = 4_000_000
#: Memory (MB) of one chunk of the similarity computation.
WORKING_MEMORY_MB = 64


def neighbour_graph(
    X: Any, anchor: float, n_neighbors: int = DEFAULT_NEIGHBORS, *, dense_columns: int = 0, n_jobs: int | None = None
) -> Any:
    """The sparse graph linking each row of ``X`` (L2-normalized) to its nearest rows of similarity ``>= anchor``.

    Computed by :func:`~nq35cls.similarity.nearest_links` (brute-force
    nearest neighbours by cosine, as scikit-learn's, in chunks of
    :data:`WORKING_MEMORY_MB`: never an n x n matrix): at most
    ``n_neighbors`` links per row, made symmetric; the diagonal is left out.

    Parameters
    ----------
    X : sparse matrix of shape (n, d)
    anchor : float
    n_neighbors : int, default=DEFAULT_NEIGHBORS
    dense_columns : int, default=0
        How many of the last columns of ``X`` are dense (a text's vector in the
        term space, :func:`nq35cls.themes.mix_rows`): their similarities are then computed by
        :func:`~nq35cls.similarity.nearest_links_mixed`, a dense product.
    n_jobs : int, optional
        Threads of the sparse product (see :func:`~nq35cls.similarity.nearest_links`).

    Returns
    -------
    scipy.sparse.csr_matrix
        Similarities of the linked pairs (symmetric).
    """
    from scipy.sparse import csr_matrix

    n = X.shape[0]
    k = min(n_neighbors + 1, n)
    if dense_columns:
        X = X.tocsc()
        d = X.shape[1] - dense_columns
        sparse_part, dense_part = X[:, :d].tocsr(), X[:, d:].toarray()
        rows, cols, sim = nearest_links_mixed(
            sparse_part, dense_part, k, anchor - 1e-6, working_memory_mb=WORKING_MEMORY_MB
        )
    else:
        rows, cols, sim = nearest_links(X, k, anchor - 1e-6, working_memory_mb=WORKING_MEMORY_MB, n_jobs=n_jobs)
    other = rows != cols
    graph = csr_matrix((np.clip(sim[other], 0.0, 1.0), (rows[other], cols[other])), shape=(n, n))
    return graph.maximum(graph.T).tocsr()


def average_linkage(
    X: Any,
    graph: Any,
    threshold: float,
    groups: Sequence[int | set[int]] | None = None,
    *,
    weights: Sequence[int] | np.ndarray | None = None,
) -> np.ndarray:
    """Clusters of an average-linkage agglomeration of the rows of ``X`` along the links of ``graph``.

    Two groups linked by ``graph`` merge while their mean pairwise cosine
    similarity is at least ``threshold``. The mean is exact and cheap: for
    L2-normalized rows it is the dot product of the groups' summed rows
    divided by the product of their sizes.

    The merges are made in rounds: in each, every group's most similar linked
    group is found (of tied ones, the lowest numbered), and every two groups
    that are each other's most similar merge at once; the means of the links
    of the merged groups are then computed anew. The most similar pair of a
    one-merge-at-a-time agglomeration is always among them, and where every
    pair is linked the two agree (average linkage is reducible: a merged group
    is never closer to a third than the closer of its parts). Along a sparse
    graph they may differ a little: a merged group's mean with a third also
    counts the pairs that were not linked.

    Parameters
    ----------
    X : sparse matrix of shape (n, d)
        L2-normalized rows.
    graph : sparse matrix of shape (n, n)
        Which rows may merge (as from :func:`neighbour_graph`).
    threshold : float
    groups : sequence of int or set of int, optional
        The group of each row (its report), or a set of groups for a row that
        stands for several texts: two clusters that hold rows of the same
        group never merge (a report makes a point once).
    weights : sequence of int, optional
        How many texts each row stands for (identical texts clustered once).

    Returns
    -------
    ndarray of int of shape (n,)
        A cluster number per row, numbered by first appearance.
    """
    from scipy.sparse import csr_matrix

    n = X.shape[0]
    size = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64).copy()
    X = csr_matrix(X)
    # terms of one row only add nothing to the dot product of two different rows
    X = X[:, np.flatnonzero(X.getnnz(axis=0) >= 2)]
    sums = csr_matrix(X.multiply(size[:, None]), dtype=np.float64)  # each group's summed rows, on its number's row
    sums.sum_duplicates()  # each column once per row (as _pair_dots reads them)
    reports = None if groups is None else _report_matrix(groups)
    # the work space of _pair_dots: room for all the rows of the sums or of the reports, at most DENSE_VALUES
    widest = max(sums.shape[1], 0 if reports is None else reports.shape[1], 1)
    dense = np.zeros(min(DENSE_VALUES, n * widest))
    coo = graph.tocoo()
    first, second = _pairs(coo.row, coo.col, n)
    if reports is not None:  # the pairs sharing a report never merge: left out for good (reports only accumulate)
        apart = _pair_dots(reports, first, second, dense) == 0
        first, second = first[apart], second[apart]
    mean = _pair_dots(sums, first, second, dense) / (size[first] * size[second])
    parent = np.arange(n)
    while len(close := np.flatnonzero(mean >= threshold)):
        a, b = _mutual_best(first[close], second[close], mean[close], n)
        parent[b] = a  # b joins a
        target = np.arange(n)
        target[b] = a
        merging = csr_matrix((np.ones(n), (target, np.arange(n))), shape=(n, n))
        sums = (merging @ sums).tocsr()
        size = merging @ size
        # the links renamed to their groups: those of a merged group computed anew, the others kept
        first, second = np.minimum(target[first], target[second]), np.maximum(target[first], target[second])
        grown = np.zeros(n, dtype=bool)
        grown[a] = True
        renew = grown[first] | grown[second]
        new_first, new_second = _pairs(first[renew], second[renew], n)
        if reports is not None:
            reports = (merging @ reports).tocsr()
            apart = _pair_dots(reports, new_first, new_second, dense) == 0
            new_first, new_second = new_first[apart], new_second[apart]
        new_mean = _pair_dots(sums, new_first, new_second, dense) / (size[new_first] * size[new_second])
        first = np.concatenate((first[~renew], new_first))
        second = np.concatenate((second[~renew], new_second))
        mean = np.concatenate((mean[~renew], new_mean))
    while not np.array_equal(up := parent[parent], parent):
        parent = up
    return _renumber(parent)


def _pairs(rows: np.ndarray, cols: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct pairs ``(i, j)``, ``i < j``, of the links ``rows[k]``, ``cols[k]`` (links to self left out)."""
    rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    other = rows != cols
    keys = np.unique(np.minimum(rows, cols)[other] * n + np.maximum(rows, cols)[other])
    return (keys // n).astype(np.intp), (keys % n).astype(np.intp)


def _mutual_best(first: np.ndarray, second: np.ndarray, mean: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of groups each the other's most similar (of ties, the lowest numbered), of the pairs
    ``first[k] < second[k]`` of similarity ``mean[k]``: their lower numbers, their higher numbers."""
    one = np.concatenate((first, second))
    other = np.concatenate((second, first))
    both = np.concatenate((mean, mean))
    highest = np.full(n, -np.inf)
    np.maximum.at(highest, one, both)
    tops = both == highest[one]
    best = np.full(n, n, dtype=np.intp)
    np.minimum.at(best, one[tops], other[tops])
    mutual = best[second] == first
    mutual &= best[first] == second
    return first[mutual], second[mutual]


def _pair_dots(A: Any, first: np.ndarray, second: np.ndarray, dense: np.ndarray | None = None) -> np.ndarray:
    """The dot product of rows ``first[k]`` and ``second[k]`` of the csr matrix ``A``, for every ``k``.

    Of each pair, the row with more stored values is scattered into a dense
    array (as many such rows at a time as :data:`DENSE_VALUES` allows), where
    the values of the other row are read: a long row (a large group's sum) is
    scattered once for all its pairs. ``dense``: a work space of zeros, used
    (and left as zeros) when it holds a chunk of long rows, else one is made
    here. The rows of ``A`` store each column once.
    """
    out = np.zeros(len(first), dtype=np.float64)
    if not len(first):
        return out
    stored = np.diff(A.indptr)
    swap = stored[first] < stored[second]
    long, short = np.where(swap, second, first), np.where(swap, first, second)
    order = np.argsort(long, kind="stable")
    rows, starts = np.unique(long[order], return_index=True)
    ends = np.r_[starts[1:], len(order)]
    width = max(A.shape[1], 1)
    per_chunk = max(1, min(len(rows), DENSE_VALUES // width))
    if dense is None or len(dense) < per_chunk * width:
        dense = np.zeros(per_chunk * width, dtype=np.float64)  # the chunk's long rows, one after another
    for k in range(0, len(rows), per_chunk):
        chunk = rows[k : k + per_chunk]
        lengths = stored[chunk]
        where = _positions(A.indptr[chunk], lengths)
        cells = np.repeat(np.arange(len(chunk)) * width, lengths) + A.indices[where]
        dense[cells] = A.data[where]
        pairs = order[starts[k] : ends[k + len(chunk) - 1]]
        slot = np.repeat(np.arange(len(chunk)) * width, ends[k : k + len(chunk)] - starts[k : k + len(chunk)])
        lengths = stored[short[pairs]]
        positions = _positions(A.indptr[short[pairs]], lengths)
        owner = np.repeat(np.arange(len(pairs)), lengths)
        products = dense[slot[owner] + A.indices[positions]] * A.data[positions]
        out[pairs] = np.bincount(owner, weights=products, minlength=len(pairs))
        dense[cells] = 0.0
    return out


def _report_matrix(groups: Sequence[int | set[int]]) -> Any:
    """The reports of each row of :func:`average_linkage` (a group, or a set of groups) as a sparse matrix of
    ones, a column per distinct group: two rows share a report when their rows' dot product is not 0."""
    from scipy.sparse import csr_matrix

    number: dict[Hashable, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, row in enumerate(groups):
        for g in row if isinstance(row, (set, frozenset)) else (row,):
            rows.append(i)
            cols.append(number.setdefault(g, len(number)))
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(groups), max(len(number), 1)))


def regroup(
    X: Any,
    labels: np.ndarray,
    threshold: float,
    theme_anchor: float,
    groups: Sequence[int | set[int]] | None = None,
    *,
    weights: Sequence[int] | np.ndarray | None = None,
    n_neighbors: int = DEFAULT_NEIGHBORS,
    dense_columns: int = 0,
    n_jobs: int | None = None,
) -> np.ndarray:
    """A second average-linkage agglomeration over the clusters ``labels`` of the rows of ``X``.

    Each cluster is summed into one row, and the clusters are linked to their
    nearest clusters (at most ``n_neighbors``) whose centroids have a cosine
    of at least ``theme_anchor``; along those links :func:`average_linkage`
    merges them while the mean pairwise similarity of their texts stays at
    least ``threshold`` (the same exact mean as the first agglomeration), and
    never two clusters with rows of the same group.

    Parameters
    ----------
    X : sparse matrix of shape (n, d)
        L2-normalized rows.
    labels : ndarray of int of shape (n,)
        A cluster number per row, numbered from 0 without gaps.
    threshold : float
    theme_anchor : float
    groups : sequence of int or set of int, optional
        The group (report) of each row, or a set of groups, as for :func:`average_linkage`.
    weights : sequence of int, optional
        How many texts each row stands for.
    n_neighbors : int, default=DEFAULT_NEIGHBORS
    dense_columns : int, default=0
        How many of the last columns of ``X`` are dense (see :func:`neighbour_graph`).
    n_jobs : int, optional
        Threads of the sparse product (see :func:`neighbour_graph`).

    Returns
    -------
    ndarray of int of shape (n,)
        A cluster number per row, numbered by first appearance.
    """
    from scipy.sparse import csr_matrix

    n = X.shape[0]
    k = int(labels.max()) + 1 if n else 0
    if k < 2:
        return _renumber(labels)
    w = np.ones(n, dtype=np.float32) if weights is None else np.asarray(weights, dtype=np.float32)
    membership = csr_matrix((w, (labels, np.arange(n))), shape=(k, n))
    sums = (membership @ X).tocsr()  # the summed rows of each cluster: k x d, sparse
    size = np.asarray(membership.sum(axis=1)).ravel()
    # the centroids weighted by their sizes: average_linkage sums them back into each cluster's summed rows,
    # so that its means are the exact means over the clusters' texts
    centroids = csr_matrix(sums.multiply(1.0 / size[:, None]))
    graph = neighbour_graph(l2_rows(sums), theme_anchor, n_neighbors, dense_columns=dense_columns, n_jobs=n_jobs)
    cluster_groups: list[set[int]] | None = None
    if groups is not None:
        cluster_groups = [set() for _ in range(k)]
        for row, g in zip(labels.tolist(), groups):
            cluster_groups[row] |= set(g) if isinstance(g, (set, frozenset)) else {g}
    merged = average_linkage(centroids, graph, threshold, cluster_groups, weights=size)
    return _renumber(merged[labels])


def keep_similar_members(
    X: Any,
    labels: np.ndarray,
    member_threshold: float,
    *,
    weights: Sequence[int] | np.ndarray | None = None,
    origin: np.ndarray | None = None,
) -> np.ndarray:
    """The clusters ``labels`` without the rows that are not similar enough to the rest of their cluster.

    In each cluster, the row whose text has the lowest mean cosine similarity
    to the other texts of the cluster leaves it, while that mean is below
    ``member_threshold``; a row that leaves becomes a cluster of its own,
    with the copies it stands for. The other texts are those of the other
    rows and the row's own copies (``weights``: the same words in other
    reports, of similarity 1).

    Parameters
    ----------
    X : sparse matrix of shape (n, d)
        L2-normalized rows.
    labels : ndarray of int of shape (n,)
        A cluster number per row.
    member_threshold : float
    weights : sequence of int, optional
        How many texts each row stands for.
    origin : ndarray of int of shape (n,), optional
        The cluster of each row before ``labels`` (the first agglomeration,
        before the regrouping): the rows that leave one cluster and came from
        the same earlier cluster leave together, as one cluster (two texts of
        a small point let into a larger theme by the regrouping go back to
        being their own theme, not two singletons). Without it each row that
        leaves is a cluster of its own.

    Returns
    -------
    ndarray of int of shape (n,)
        A cluster number per row, numbered by first appearance.
    """
    n = X.shape[0]
    labels = np.asarray(labels).copy()
    w = np.ones(n, dtype=np.float64) if weights is None else np.asarray(weights, dtype=np.float64)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    clusters = [c for c in np.split(order, bounds) if len(c) > 1]
    if not clusters:
        return _renumber(labels)
    X = X.tocsr()
    self_dot = np.asarray(X.multiply(X).sum(axis=1), dtype=np.float64).ravel()
    fresh = int(labels.max()) + 1
    returned: dict[tuple[int, int], int] = {}
    for members in _doubtful_clusters(X, labels, clusters, w, self_dot, member_threshold):
        rows = X[members]  # exact and sparse: a cluster's rows only
        weight = w[members]
        total = np.asarray(rows.T @ weight, dtype=np.float64).ravel()
        alive = np.ones(len(members), dtype=bool)
        left = len(members)
        indptr, indices, data = rows.indptr, rows.indices, rows.data
        own = weight * self_dot[members]  # each row's similarity to its own texts
        copies = weight - 1.0  # and to its copies
        while left > 1:
            live = np.flatnonzero(alive)
            # summed similarity of one text of each row to the other texts: those of the other rows, and its copies
            # (each row's value is its own, the same whether the others' are computed too: all rows are)
            score = ((rows @ total) - own + copies)[live] / (weight[live].sum() - 1.0)
            j = int(np.argmin(score))
            if score[j] >= member_threshold:
                break
            k = live[j]
            alive[k] = False
            left -= 1
            total[indices[indptr[k] : indptr[k + 1]]] -= weight[k] * data[indptr[k] : indptr[k + 1]]
            if origin is None:
                labels[members[k]] = fresh
                fresh += 1
            else:  # back with the texts of its first group let out of this theme too
                key = (int(members[0]), int(origin[members[k]]))
                if key not in returned:
                    returned[key] = fresh
                    fresh += 1
                labels[members[k]] = returned[key]
    return _renumber(labels)


def _doubtful_clusters(
    X: Any, labels: np.ndarray, clusters: list[np.ndarray], w: np.ndarray, self_dot: np.ndarray, least: float
) -> list[np.ndarray]:
    """The ``clusters`` in which some row may be below ``least`` (for :func:`keep_similar_members`).

    The first scores of the member check, for every row of every cluster at
    once (each row's summed similarity to the other texts of its cluster,
    from the clusters' summed rows); the clusters whose every row scores
    clearly above ``least`` lose no row and are left out, the others are
    checked one by one, exactly.
    """
    from scipy.sparse import csr_matrix

    rows = np.concatenate(clusters)
    number = np.repeat(np.arange(len(clusters)), [len(c) for c in clusters])
    membership = csr_matrix((w[rows], (number, rows)), shape=(len(clusters), X.shape[0]))
    totals = (membership @ X.astype(np.float64)).tocsr()
    cross = np.asarray(X[rows].multiply(totals[number]).sum(axis=1), dtype=np.float64).ravel()
    cross += -w[rows] * self_dot[rows] + (w[rows] - 1.0)
    weight = np.bincount(number, weights=w[rows], minlength=len(clusters))
    score = cross / (weight[number] - 1.0)
    lowest = np.full(len(clusters), np.inf)
    np.minimum.at(lowest, number, score)
    return [clusters[k] for k in np.flatnonzero(~(lowest >= least + 1e-6)).tolist()]


def _renumber(labels: np.ndarray) -> np.ndarray:
    """Cluster numbers renumbered by first appearance."""
    numbers: dict[int, int] = {}
    return np.array([numbers.setdefault(c, len(numbers)) for c in np.asarray(labels).tolist()], dtype=np.intp)


def _positions(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions of the slices ``[starts[k], starts[k] + lengths[k])`` of an array, one after another."""
    ends = np.cumsum(lengths)
    return np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(starts - ends + lengths, lengths)


def same_rows(X: Any) -> np.ndarray:
    """A number per row of the csr matrix ``X``, the same for identical rows, numbered by first appearance."""
    first: dict[tuple[bytes, bytes], int] = {}
    indptr, indices, data = X.indptr, X.indices, X.data
    return np.array(
        [
            first.setdefault((indices[a:b].tobytes(), data[a:b].tobytes()), len(first))
            for a, b in zip(indptr[:-1].tolist(), indptr[1:].tolist())
        ],
        dtype=np.intp,
    )


def first_of_each(node: np.ndarray) -> list[int]:
    """The first row of each node number (nodes numbered by first appearance)."""
    first: dict[int, int] = {}
    for i, k in enumerate(node.tolist()):
        first.setdefault(k, i)
    return list(first.values())
