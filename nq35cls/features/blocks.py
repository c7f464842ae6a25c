"""The feature matrix by block: a paragraph's own text, copies of other rows, the document centroid, structure.

A linear model scores the blocks one by one (:meth:`FeatureParts.dot`)
without building the wide matrix, since every copy block is a row selection
of the own-text block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .rows import SparseRows


@dataclass(frozen=True)
class FeatureParts:
    """The feature matrix of :meth:`DocumentFeaturizer.transform`, by block.

    Attributes
    ----------
    own : SparseRows of shape (n_paragraphs, n_text_features)
        Each paragraph's own text.
    copies : list of (ndarray of int, float)
        Further blocks, each the own-text row of another paragraph (the
        previous, the next, the nearest heading; -1 for none) times a weight.
    structure : ndarray of shape (n_paragraphs, n_structure_features)
    sentences : SparseRows or None
        Own-text rows of the sentences of every paragraph with more than
        one, in order (when sentence spans were given).
    document : DocumentBlock or None
        Each paragraph's document centroid (when the featurizer has a
        ``document_weight``).
    """

    own: SparseRows
    copies: list
    structure: np.ndarray
    sentences: SparseRows | None = None
    document: DocumentBlock | None = None

    @property
    def n_features(self) -> int:
        """The width of :meth:`matrix`, without building it."""
        blocks = 1 + len(self.copies) + (self.document is not None)
        return blocks * self.own.shape[1] + self.structure.shape[1]

    def matrix(self) -> Any:
        """The blocks side by side as a ``scipy.sparse.csr_matrix`` (for fitting): ``own``, each copy,
        the document centroid, ``structure``."""
        import scipy.sparse as sp

        own = self.own.tocsr()
        blocks = [own] + [gather(own, rows, weight) for rows, weight in self.copies]
        if self.document is not None:
            blocks.append(gather(self.document.centroids.tocsr(), self.document.owner, self.document.weight))
        if self.structure.shape[1]:
            blocks.append(sp.csr_matrix(self.structure))
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """``self.matrix() @ weights`` for a dense ``weights``, without building the matrix.

        Every copy block is a row selection of ``own``, so its product is the
        same selection of ``own @ block_weights``.
        """
        width = self.own.shape[1]
        out = np.asarray(self.own @ weights[:width], dtype=np.float64)
        for k, (rows, weight) in enumerate(self.copies, start=1):
            scores = np.asarray(self.own @ weights[k * width : (k + 1) * width], dtype=np.float64)
            valid = rows >= 0
            out[valid] += weight * scores[rows[valid]]
        end = (len(self.copies) + 1) * width
        if self.document is not None:
            scores = np.asarray(self.document.centroids @ weights[end : end + width], dtype=np.float64)
            out += self.document.weight * scores[self.document.owner]
            end += width
        if self.structure.shape[1]:
            out += self.structure @ weights[end:]
        return out


@dataclass
class DocumentBlock:
    """The document-centroid block of :class:`FeatureParts`.

    Attributes
    ----------
    centroids : SparseRows of shape (n_documents, n_text_features)
        Each document's normalized mean own-text row.
    owner : ndarray of int
        The document of each paragraph.
    weight : float
    """

    centroids: SparseRows
    owner: np.ndarray
    weight: float


def gather(matrix: Any, rows: Sequence[int] | np.ndarray, weight: float) -> Any:
    """Rows of a scipy sparse ``matrix`` picked by index (an all-zero row for -1), times ``weight``."""
    import scipy.sparse as sp

    n = len(rows)
    picks = np.asarray(rows)
    valid = picks >= 0
    selector = sp.csr_matrix(
        (np.full(int(valid.sum()), weight, dtype=np.float32), (np.flatnonzero(valid), picks[valid])),
        shape=(n, matrix.shape[0]),
    )
    return selector @ matrix
