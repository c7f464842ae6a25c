"""Average-linkage agglomeration of L2-normalized rows along a nearest-neighbour graph.

The clustering behind :func:`nq35cls.themes.find_themes`, without any
knowledge of text: rows are TF-IDF (or mixed) vectors, groups are reports.

* :func:`neighbour_graph` links each row to its nearest rows (cosine, in
  chunks of bounded memory by :mod:`nq35cls.similarity`: no n x n matrix);
* :func:`average_linkage` merges the two most similar linked groups while
  their mean pairwise similarity stays at least a threshold, never two groups
  holding rows of the same report; the means are exact: the dot product of
  the groups' summed rows (held dense up to :data:`MAX_DENSE` values, sparse
  beyond) over the product of their sizes;
* :func:`regroup` runs the same agglomeration over clusters, linked by their
  centroids;
* :func:`keep_similar_members` lets out of each cluster the rows not similar
  enough to the rest of it.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

import numpy as np

from .similarity import l2_rows, nearest_links, nearest_links_mixed

__all__ = [
    "DEFAULT_NEIGHBORS",
    "MAX_DENSE",
    "average_linkage",
    "first_of_each",
    "keep_similar_members",
    "neighbour_graph",
    "regroup",
    "same_rows",
]

#: Default number of nearest neighbours each row is linked to.
DEFAULT_NEIGHBORS = 8
#: Largest number of values of the dense summed rows (n x terms) of the agglomeration (32 MB of float32); beyond it
#: they are held sparse (the same exact means).
MAX_DENSE = 8_000_000
#: Pairs of rows whose similarities the sparse agglomeration computes at once (its first heaps).
PAIR_CHUNK = 50_000
#: Memory (MB) of one chunk of the similarity computation.
WORKING_MEMORY_MB = 64


def neighbour_graph(X: Any, anchor: float, n_neighbors: int = DEFAULT_NEIGHBORS, *, dense_columns: int = 0) -> Any:
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
        rows, cols, sim = nearest_links(X, k, anchor - 1e-6, working_memory_mb=WORKING_MEMORY_MB)
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
    max_dense: int = MAX_DENSE,
) -> np.ndarray:
    """Clusters of an average-linkage agglomeration of the rows of ``X`` along the links of ``graph``.

    Two groups linked by ``graph`` merge, most similar first, while their
    mean pairwise cosine similarity is at least ``threshold``. The mean is
    exact and cheap: for L2-normalized rows it is the dot product of the
    groups' summed rows divided by the product of their sizes.

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
    max_dense : int, default=MAX_DENSE
        Largest n x d of the summed rows kept dense; beyond it they are kept
        sparse (the same exact means, in bounded memory).

    Returns
    -------
    ndarray of int of shape (n,)
        A cluster number per row, numbered by first appearance.
    """
    n = X.shape[0]
    size = np.ones(n, dtype=np.float32) if weights is None else np.asarray(weights, dtype=np.float32).copy()
    sums = _group_sums(X, size, max_dense)
    coo = graph.tocoo()
    adjacency: list[set[int]] = [set() for _ in range(n)]
    for i, j in zip(coo.row.tolist(), coo.col.tolist()):
        if i != j:
            adjacency[i].add(j)
    version = [0] * n
    parent = list(range(n))
    # each group's reports as the bits of an int: whether two groups share one is a single ``&``
    members: list[int] | None = None if groups is None else _report_bits(groups)
    # the groups sharing a report with a group are left out of its heap before their means are computed where
    # that saves work: when the means are costly (sparse sums), or when the rows stand for several reports each
    # (the regrouping's clusters: many of their linked clusters share one); else they are popped when met
    leave_out = members is not None and (not sums.cheap or sum(m.bit_count() for m in members) > 1.5 * n)

    # Per group, a heap of its means with its linked groups as last computed, with the partner's version
    # then: rebuilt only when the group itself grows; an entry renewed when its partner did.
    cache: list[list[tuple[float, int, int]] | None] = [None] * n
    first = sums.pair_means(coo.row, coo.col)  # every group's first heap at once, where that is cheaper
    if first is not None:
        close = (first >= threshold) & (coo.row != coo.col)
        for a, c, m in zip(coo.row[close].tolist(), coo.col[close].tolist(), first[close].tolist()):
            known = cache[a]
            if known is None:
                known = cache[a] = []
            known.append((-m, c, 0))
        for a in range(n):
            if cache[a] is None:
                cache[a] = []
            else:
                heapq.heapify(cache[a])  # type: ignore[arg-type]

    mean = sums.mean

    def best(a: int) -> tuple[float, int] | None:
        """The group most similar to group ``a`` among those it may merge with, if similar enough."""
        known = cache[a]
        if known is None:
            linked: set[int] | list[int] = adjacency[a]
            if members is not None and leave_out:  # the groups blocked for good left out at once (never returned)
                own = members[a]
                linked = [c for c in linked if not own & members[c]]
            others = np.fromiter(linked, dtype=np.intp, count=len(linked))
            means = sums.means(a, others) if len(others) else np.zeros(0)
            known = [(-m, c, version[c]) for c, m in zip(others.tolist(), means.tolist()) if m >= threshold]
            heapq.heapify(known)
            cache[a] = known
        while known:
            negative, c, seen = known[0]
            if parent[c] != c:  # merged into another group: link to that one instead
                heapq.heappop(known)
                r = _root(parent, c)
                blocked = members is not None and members[a] & members[r]
                if r != a and not blocked and (m := mean(a, r)) >= threshold:
                    heapq.heappush(known, (-m, r, version[r]))
            elif members is not None and members[a] & members[c]:
                heapq.heappop(known)  # reports only accumulate: blocked for good
            elif seen != version[c]:  # grown since: renew its mean
                heapq.heappop(known)
                if (m := mean(a, c)) >= threshold:
                    heapq.heappush(known, (-m, c, version[c]))
            else:
                return -negative, c
        return None

    # One entry per group: its best partner. Average linkage is reducible (a merged group is never
    # more similar to a third than the closer of its two parts was), so an entry made stale by a
    # merge overstates its group's best and is popped, then renewed, before it could be passed over.
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int) -> None:
        found = best(a)
        if found is not None:
            heapq.heappush(heap, (-found[0], a, found[1], version[a], version[found[1]]))

    for a in range(n):
        push(a)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if parent[a] != a:
            continue
        if version[a] != va or parent[b] != b or version[b] != vb:
            push(a)
            continue
        if len(adjacency[a]) < len(adjacency[b]):
            a, b = b, a
        if members is not None:
            members[a] |= members[b]
            members[b] = 0
        parent[b] = a  # b joins a
        sums.merge(a, b)
        adjacency[a] |= adjacency[b]
        adjacency[a].discard(a)
        adjacency[a].discard(b)
        for c in adjacency[b]:
            if c != a:
                adjacency[c].discard(b)
                adjacency[c].add(a)
        adjacency[b] = set()
        version[a] += 1
        version[b] += 1
        cache[a] = cache[b] = None
        push(a)
    return _renumber(np.array([_root(parent, i) for i in range(n)], dtype=np.intp))


def regroup(
    X: Any,
    labels: np.ndarray,
    threshold: float,
    theme_anchor: float,
    groups: Sequence[int | set[int]] | None = None,
    *,
    weights: Sequence[int] | np.ndarray | None = None,
    n_neighbors: int = DEFAULT_NEIGHBORS,
    max_dense: int = MAX_DENSE,
    dense_columns: int = 0,
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
    max_dense : int, default=MAX_DENSE
    dense_columns : int, default=0
        How many of the last columns of ``X`` are dense (see :func:`neighbour_graph`).

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
    graph = neighbour_graph(l2_rows(sums), theme_anchor, n_neighbors, dense_columns=dense_columns)
    cluster_groups: list[set[int]] | None = None
    if groups is not None:
        cluster_groups = [set() for _ in range(k)]
        for row, g in zip(labels.tolist(), groups):
            cluster_groups[row] |= set(g) if isinstance(g, (set, frozenset)) else {g}
    merged = average_linkage(centroids, graph, threshold, cluster_groups, weights=size, max_dense=max_dense)
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


def _report_bits(groups: Sequence[int | set[int]]) -> list[int]:
    """The reports of each row of :func:`average_linkage` (a group, or a set of groups) as the bits of an int, one
    bit per distinct group."""
    bit: dict[int, int] = {}
    return [
        sum(1 << bit.setdefault(g, len(bit)) for g in (row if isinstance(row, (set, frozenset)) else (row,)))
        for row in groups
    ]


def _renumber(labels: np.ndarray) -> np.ndarray:
    """Cluster numbers renumbered by first appearance."""
    numbers: dict[int, int] = {}
    return np.array([numbers.setdefault(c, len(numbers)) for c in np.asarray(labels).tolist()], dtype=np.intp)


def _group_sums(X: Any, size: np.ndarray, max_dense: int) -> _DenseSums | _SparseSums:
    """The summed rows of the groups of an agglomeration, first one row of ``X`` each weighed by ``size``.

    Terms of one row only are left out first: they add nothing to the dot
    product of two different rows, so the means between groups stay exact.
    The rows are then held dense when ``n x terms`` is at most ``max_dense``,
    sparse otherwise (the same means, exact either way, in bounded memory).
    """
    X = X.tocsc()[:, np.flatnonzero(X.getnnz(axis=0) >= 2)].tocsr()
    n, d = X.shape
    if n * d <= max_dense:
        return _DenseSums(np.zeros((n, 1), dtype=np.float32) if d == 0 else X.toarray(), size)
    return _SparseSums(X, size)


class _DenseSums:
    """Group sums as a dense float32 array (small inputs): a group's mean similarity to another, and merges."""

    #: Means cheap enough to compute for every linked group rather than first leave out those sharing a report.
    cheap = True

    def __init__(self, rows: np.ndarray, size: np.ndarray) -> None:
        self.sums = np.asarray(rows, dtype=np.float32)
        self.size = size
        self.sums *= size[:, None]

    def mean(self, a: int, c: int) -> float:
        """Mean pairwise similarity of the texts of groups ``a`` and ``c``."""
        return float(self.sums[a] @ self.sums[c]) / float(self.size[a] * self.size[c])

    def means(self, a: int, others: np.ndarray) -> np.ndarray:
        """:meth:`mean` of group ``a`` with each of ``others``."""
        sums, size = self.sums, self.size
        return (sums[others] @ sums[a]) / (size[others] * size[a])

    def pair_means(self, rows: np.ndarray, cols: np.ndarray) -> None:
        """None: the dense means are computed group by group (:meth:`means`)."""
        return None

    def merge(self, a: int, b: int) -> None:
        """Group ``b`` joins group ``a``."""
        self.sums[a] += self.sums[b]
        self.size[a] += self.size[b]


class _SparseSums:
    """Group sums as sparse rows (large inputs): the same exact means as :class:`_DenseSums`, in double precision.

    Each group's sum is its sorted term numbers and their values, a slice of two flat arrays (``_index``,
    ``_value``) after which a merge appends the new sum (when they are full, the slices in use are moved to the
    front of arrays at least twice as large as they fill): the sums of many groups are gathered at once,
    without a Python loop over them. The group whose means are being computed is scattered once into a dense vector of
    the terms (one row, not n), against which the others' sparse rows are read.
    """

    #: Means costly enough (read term by term) to first leave out the linked groups that share a report.
    cheap = False

    def __init__(self, X: Any, size: np.ndarray) -> None:
        X.sort_indices()
        lengths = np.diff(X.indptr).astype(np.intp)
        self.size = size
        self._index = X.indices.astype(np.intp)
        self._value = X.data.astype(np.float64) * np.repeat(size.astype(np.float64), lengths)
        self._start = X.indptr[:-1].astype(np.intp)
        self._length = lengths
        self._slices = [slice(a, b) for a, b in zip(X.indptr[:-1].tolist(), X.indptr[1:].tolist())]  # the same
        self._used = len(self._index)  # the values in use or left behind by merges; beyond them, free room
        self._dense = np.zeros(X.shape[1], dtype=np.float64)
        self._rows = X.astype(np.float64)  # the rows before any merge, for pair_means
        self._scattered = -1  # the group whose sum is in _dense

    def _scatter(self, a: int) -> np.ndarray:
        if self._scattered != a:
            if self._scattered >= 0:
                self._dense[self._index[self._slices[self._scattered]]] = 0.0
            where = self._slices[a]
            self._dense[self._index[where]] = self._value[where]
            self._scattered = a
        return self._dense

    def mean(self, a: int, c: int) -> float:
        """Mean pairwise similarity of the texts of groups ``a`` and ``c``."""
        dense = self._dense if self._scattered == a else self._scatter(a)
        where = self._slices[c]
        return float(dense[self._index[where]] @ self._value[where]) / float(self.size[a] * self.size[c])

    def means(self, a: int, others: np.ndarray) -> np.ndarray:
        """:meth:`mean` of group ``a`` with each of ``others`` (each dot product summed in its terms' order)."""
        dense = self._scatter(a)
        lengths = self._length[others]
        owner = np.repeat(np.arange(len(others)), lengths)
        positions = _positions(self._start[others], lengths)
        dots = np.bincount(owner, weights=dense[self._index[positions]] * self._value[positions], minlength=len(others))
        return dots / (self.size[others].astype(np.float64) * float(self.size[a]))

    def pair_means(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """:meth:`mean` of each pair of groups ``rows[k]``, ``cols[k]``, all at once (before any merge).

        A pair's mean is the same to the bit read either way (the same products, summed in the terms' order):
        each pair of a symmetric graph is computed once, its lower group first, and read both ways.
        """
        X = self._rows
        n = X.shape[0]
        pairs, back = np.unique(
            np.minimum(rows, cols).astype(np.int64) * n + np.maximum(rows, cols), return_inverse=True
        )
        first, second = pairs // n, pairs % n
        out = np.zeros(len(pairs), dtype=np.float64)
        for start in range(0, len(pairs), PAIR_CHUNK):  # in chunks: bounded memory
            end = start + PAIR_CHUNK
            out[start:end] = np.asarray(X[first[start:end]].multiply(X[second[start:end]]).sum(axis=1)).ravel()
        return out[back.ravel()]

    def merge(self, a: int, b: int) -> None:
        """Group ``b`` joins group ``a``."""
        dense = self._scatter(a)  # the merged sum made in the dense vector, where the next means need it
        where = self._slices[b]
        dense[self._index[where]] += self._value[where]
        terms = np.flatnonzero(dense)  # the terms of either group (a term summing to 0 adds nothing to a mean)
        self._length[b] = 0
        self._length[a] = 0
        self._slices[b] = slice(0, 0)
        if self._used + len(terms) > len(self._index):
            self._make_room(len(terms))
        start = self._used
        self._used = start + len(terms)
        self._index[start : self._used] = terms
        self._value[start : self._used] = dense[terms]
        self._start[a] = start
        self._length[a] = len(terms)
        self._slices[a] = slice(start, self._used)
        self.size[a] += self.size[b]

    def _make_room(self, needed: int) -> None:
        """Room for ``needed`` more values: the slices in use moved to the front of arrays large enough."""
        live = np.flatnonzero(self._length)
        lengths = self._length[live]
        positions = _positions(self._start[live], lengths)
        total = len(positions)
        capacity = max(len(self._index), 2 * (total + needed))
        index = np.empty(capacity, dtype=np.intp)
        value = np.empty(capacity, dtype=np.float64)
        index[:total] = self._index[positions]
        value[:total] = self._value[positions]
        self._index, self._value = index, value
        self._start[live] = np.cumsum(lengths) - lengths
        self._used = total
        self._slices = [slice(a, a + b) for a, b in zip(self._start.tolist(), self._length.tolist())]


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


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
