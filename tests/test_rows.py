"""The labeling path's numpy sparse rows compute what scipy.sparse computes."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from nq35cls.features.rows import SparseRows


def _random(rng: np.random.Generator, n_rows: int, n_cols: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Random entries with repeats, in no order, leaving some rows empty."""
    n = int(rng.integers(0, 3 * n_rows * n_cols + 1))
    rows = rng.integers(0, n_rows, n)
    rows = rows[rows % 3 != 1]  # every third row stays empty
    cols = rng.integers(0, n_cols, len(rows))
    return rows, cols, rng.normal(size=len(rows))


@pytest.mark.parametrize("seed", range(20))
def test_operations_agree_with_scipy(seed):
    rng = np.random.default_rng(seed)
    n_rows, n_cols = int(rng.integers(1, 9)), int(rng.integers(1, 7))
    rows, cols, values = _random(rng, n_rows, n_cols)
    ours = SparseRows.from_entries(rows, cols, values, (n_rows, n_cols), np.float64)
    theirs = sp.coo_matrix((values, (rows, cols)), shape=(n_rows, n_cols)).tocsr()
    np.testing.assert_allclose(ours.toarray(), theirs.toarray(), atol=1e-12)
    for row in range(n_rows):  # columns sorted and unique within every row
        columns = ours.indices[ours.indptr[row] : ours.indptr[row + 1]]
        assert (np.diff(columns) > 0).all()
    np.testing.assert_allclose(ours.tocsr().toarray(), theirs.toarray(), atol=1e-12)
    np.testing.assert_allclose(SparseRows.of(theirs).toarray(), theirs.toarray(), atol=1e-12)

    vector, matrix = rng.normal(size=n_cols), rng.normal(size=(n_cols, 3))
    np.testing.assert_allclose(ours @ vector, theirs @ vector, atol=1e-9)
    np.testing.assert_allclose(ours @ matrix, theirs @ matrix, atol=1e-9)

    other_rows, other_cols, other_values = _random(rng, n_rows, 4)
    other = SparseRows.from_entries(other_rows, other_cols, other_values, (n_rows, 4), np.float64)
    stacked = SparseRows.hstack([ours, other])
    np.testing.assert_allclose(stacked.toarray(), np.hstack([ours.toarray(), other.toarray()]))
    np.testing.assert_allclose(stacked.tocsr().toarray(), stacked.toarray())

    groups = rng.integers(0, 3, n_rows)
    summed = np.zeros((3, n_cols))
    np.add.at(summed, groups, theirs.toarray())
    np.testing.assert_allclose(ours.sum_by(groups, 3).toarray(), summed, atol=1e-9)


def test_empty_and_wrong_shapes():
    empty = SparseRows.empty(3, 5)
    assert empty.shape == (3, 5) and empty.nnz == 0
    assert (empty @ np.ones((5, 2))).tolist() == [[0, 0]] * 3
    assert SparseRows.empty(0, 5).l2_normalized().shape == (0, 5)
    with pytest.raises(ValueError, match="cannot multiply"):
        empty @ np.ones(4)
    with pytest.raises(ValueError, match="same number of rows"):
        SparseRows.hstack([empty, SparseRows.empty(2, 1)])


def test_large_products_agree_with_small_ones(monkeypatch):
    """A product past SCIPY_PRODUCT_NNZ (scipy's loop) equals the numpy one."""
    import nq35cls.features.rows as rows_module

    rng = np.random.default_rng(7)
    n_rows, n_cols = 40, 30
    rows, cols, values = _random(rng, n_rows, n_cols)
    matrix = SparseRows.from_entries(rows, cols, values, (n_rows, n_cols), np.float64)
    weights = rng.normal(size=(n_cols, 5))
    small = matrix @ weights
    monkeypatch.setattr(rows_module, "SCIPY_PRODUCT_NNZ", 1)
    np.testing.assert_allclose(matrix @ weights, small, atol=1e-9)
    np.testing.assert_allclose(matrix @ weights[:, 0], small[:, 0], atol=1e-9)


def test_counting_entries():
    counted = SparseRows.from_entries([2, 0, 2, 2], [1, 3, 1, 0], None, (3, 4))
    assert counted.toarray().tolist() == [[0, 0, 0, 1], [0, 0, 0, 0], [1, 2, 0, 0]]
    assert SparseRows.from_entries([], [], None, (2, 3)).toarray().tolist() == [[0, 0, 0], [0, 0, 0]]
