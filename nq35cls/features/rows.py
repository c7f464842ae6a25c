"""Sparse rows in numpy alone: the few operations the labeling path needs.

A paragraph's TF-IDF row has a few hundred non-zero values out of hundreds
of thousands of terms. Labeling only builds such rows, normalizes them, puts
blocks side by side, sums them per document and multiplies them by the
dense coefficient matrix. Doing that in numpy spares the labeling path the
import of scipy, which was more than half the CPU time of labeling one small
file. Products with many stored values (a batch of files) go through
scipy's compiled loop all the same: two to three times faster than numpy's
gather and sum, it pays for its import within a batch. Training and model
selection convert the rows to a scipy matrix (:meth:`SparseRows.tocsr`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: From this many stored values, a product with a dense matrix goes through
#: scipy (imported then, about 0.15 s of CPU): a chunk of a batch of files
#: has more, one small or medium-sized file fewer.
SCIPY_PRODUCT_NNZ = 10_000


@dataclass(frozen=True)
class SparseRows:
    """A sparse matrix in compressed-row layout (as scipy's ``csr_matrix``), columns sorted within each row.

    Attributes
    ----------
    data : ndarray
        The stored values, row after row.
    indices : ndarray of int32
        The column of each stored value.
    indptr : ndarray of int64 of length n_rows + 1
        Row ``i`` holds ``data[indptr[i]:indptr[i + 1]]``.
    shape : (int, int)
    """

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    @classmethod
    def from_entries(
        cls,
        rows: Sequence[int] | np.ndarray,
        columns: Sequence[int] | np.ndarray,
        values: Sequence[float] | np.ndarray | None,
        shape: tuple[int, int],
        dtype: Any = np.float32,
    ) -> SparseRows:
        """Rows from (row, column, value) entries in any order, the values of repeated entries summed.

        Parameters
        ----------
        rows, columns : array-like of int
        values : array-like of float, or None
            None counts the entries (every value 1), which is faster.
        shape : (int, int)
        dtype : numpy dtype of the stored values (sums are taken in float64)

        Returns
        -------
        SparseRows
        """
        n_rows, n_cols = shape
        width = max(n_cols, 1)
        keys = np.asarray(rows, dtype=np.int64) * width + np.asarray(columns, dtype=np.int64)
        if values is None:
            keys = np.sort(keys)
        else:
            order = np.argsort(keys)
            keys, values = keys[order], np.asarray(values, dtype=np.float64)[order]
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1]))) if len(keys) else np.zeros(0, int)
        if values is None:
            sums = np.diff(np.append(starts, len(keys))).astype(dtype)
        else:
            sums = np.add.reduceat(values, starts).astype(dtype) if len(starts) else np.zeros(0, dtype)
        unique = keys[starts]
        indptr = np.zeros(n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(unique // width, minlength=n_rows), out=indptr[1:])
        return cls(sums, (unique % width).astype(np.int32), indptr, (n_rows, n_cols))

    @classmethod
    def empty(cls, n_rows: int, n_cols: int, dtype: Any = np.float32) -> SparseRows:
        """An all-zero matrix of ``shape`` (n_rows, n_cols)."""
        return cls(
            np.zeros(0, dtype=dtype), np.zeros(0, dtype=np.int32), np.zeros(n_rows + 1, np.int64), (n_rows, n_cols)
        )

    @classmethod
    def of(cls, matrix: Any) -> SparseRows:
        """The rows of a scipy sparse matrix (returned as they are when already :class:`SparseRows`)."""
        if isinstance(matrix, SparseRows):
            return matrix
        csr = matrix.tocsr(copy=True)
        csr.sum_duplicates()
        shape = (int(csr.shape[0]), int(csr.shape[1]))
        return cls(csr.data, csr.indices.astype(np.int32), csr.indptr.astype(np.int64), shape)

    @classmethod
    def hstack(cls, blocks: Sequence[SparseRows]) -> SparseRows:
        """Blocks with the same rows, side by side."""
        if len(blocks) == 1:
            return blocks[0]
        n_rows = blocks[0].shape[0]
        if any(b.shape[0] != n_rows for b in blocks):
            raise ValueError("blocks put side by side must have the same number of rows")
        offsets = np.cumsum([0] + [b.shape[1] for b in blocks])
        owner = np.concatenate([b.row_ids() for b in blocks])
        order = np.argsort(owner, kind="stable")  # each row: the first block's values, then the next block's
        data = np.concatenate([b.data for b in blocks])[order]
        indices = np.concatenate([b.indices.astype(np.int64) + off for b, off in zip(blocks, offsets)])[order]
        indptr = np.sum([b.indptr for b in blocks], axis=0)
        return cls(data, indices.astype(np.int32), indptr, (n_rows, int(offsets[-1])))

    @property
    def nnz(self) -> int:
        """The number of stored values."""
        return len(self.data)

    @property
    def dtype(self) -> np.dtype:
        """The type of the stored values."""
        return self.data.dtype

    def row_ids(self) -> np.ndarray:
        """The row of each stored value."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def __matmul__(self, dense: np.ndarray) -> np.ndarray:
        """The product with a dense vector or matrix of ``shape[1]`` rows, as a dense array.

        Each stored value reads its column's row of ``dense``: give ``dense``
        in row order (C-contiguous) for speed.
        """
        dense = np.asarray(dense)
        if dense.shape[0] != self.shape[1]:
            raise ValueError(f"cannot multiply {self.shape} rows by an array of shape {dense.shape}")
        columns = dense.reshape(self.shape[1], -1)
        if self.nnz >= SCIPY_PRODUCT_NNZ:
            out = np.asarray(self.tocsr() @ columns)
            return out if dense.ndim > 1 else out[:, 0]
        out = np.zeros((self.shape[0], columns.shape[1]), dtype=np.result_type(self.data, columns))
        filled = np.diff(self.indptr) > 0
        if filled.any():
            # a filled row's products summed from its first value to the next filled row's first
            products = self.data[:, None] * columns[self.indices]
            out[filled] = np.add.reduceat(products, self.indptr[:-1][filled], axis=0)
        return out if dense.ndim > 1 else out[:, 0]

    def l2_normalized(self) -> SparseRows:
        """Every non-zero row scaled to unit L2 norm (as scikit-learn's ``normalize``); zero rows stay zero."""
        lengths = np.diff(self.indptr)
        filled = lengths > 0
        norms = np.ones(self.shape[0])
        if filled.any():
            squares = self.data.astype(np.float64) ** 2
            norms[filled] = np.sqrt(np.add.reduceat(squares, self.indptr[:-1][filled]))
        norms[norms == 0] = 1.0
        data = self.data / np.repeat(norms, lengths).astype(self.data.dtype)
        return SparseRows(data, self.indices, self.indptr, self.shape)

    def sum_by(self, groups: np.ndarray, n_groups: int) -> SparseRows:
        """The rows summed by group: row ``g`` of the result sums the rows ``i`` with ``groups[i] == g``."""
        owners = np.asarray(groups, dtype=np.int64)[self.row_ids()]
        return SparseRows.from_entries(owners, self.indices, self.data, (n_groups, self.shape[1]), self.data.dtype)

    def toarray(self) -> np.ndarray:
        """The dense matrix."""
        out = np.zeros(self.shape, dtype=self.data.dtype)
        out[self.row_ids(), self.indices] = self.data
        return out

    def tocsr(self) -> Any:
        """The same matrix as a ``scipy.sparse.csr_matrix`` (imports scipy)."""
        from scipy.sparse import csr_matrix

        return csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)
