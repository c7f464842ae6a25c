"""The project's metric for scikit-learn's model selection: macro-F1 over nested labels.

Samples are documents, so ``y`` is a sequence of label sequences and
predictions come back one array per document. scikit-learn's string scorers
(``"f1_macro"``) expect one label per sample; :data:`macro_f1_scorer` flattens
both sides first and averages F1 over the four section labels (results,
limitations, solutions, other), the figure the model card reports:

>>> from sklearn.model_selection import GridSearchCV, GroupKFold
>>> from nq35cls.features import DocumentFeaturizer
>>> from nq35cls.metrics import macro_f1_scorer
>>> from nq35cls.model import ReportClassifier
>>> search = GridSearchCV(
...     ReportClassifier(featurizer=DocumentFeaturizer()),
...     {"featurizer__context_weight": [0.3, 0.5]},
...     scoring=macro_f1_scorer,
...     cv=GroupKFold(5),
... )                                                      # doctest: +SKIP

With an integer ``cv``, give ``y`` as a list of arrays (or lists of equal
length): scikit-learn reads a list of lists of strings of different lengths
as an old multi-label format and refuses it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from sklearn.metrics import f1_score, make_scorer

from .labels import SECTION_LABELS


def flatten_labels(y: Iterable[Iterable[str]]) -> np.ndarray:
    """One array of every paragraph's label, documents one after another.

    Parameters
    ----------
    y : sequence of sequence of str
        Labels per document (lists, arrays, or the object array ``predict`` returns).

    Returns
    -------
    ndarray of str
    """
    return np.asarray([str(label) for seq in y for label in seq], dtype=object)


def macro_f1(y_true: Sequence[Sequence[str]], y_pred: Sequence[Sequence[str]]) -> float:
    """Macro-F1 over the section labels present in either side, from nested labels.

    Parameters
    ----------
    y_true, y_pred : sequence of sequence of str
        Gold and predicted labels per document.

    Returns
    -------
    float
    """
    gold, pred = flatten_labels(y_true), flatten_labels(y_pred)
    if len(gold) != len(pred):
        raise ValueError(f"y_true has {len(gold)} paragraphs, y_pred {len(pred)}")
    return flat_macro_f1(gold, pred)


def flat_macro_f1(gold: Sequence[str] | np.ndarray, pred: Sequence[str] | np.ndarray) -> float:
    """Macro-F1 over the section labels present in either flat sequence (0.0 if none is)."""
    present = [label for label in SECTION_LABELS if label in set(gold) | set(pred)]
    if not present:
        return 0.0
    return float(f1_score(list(gold), list(pred), labels=present, average="macro", zero_division=0))


#: A scorer for ``GridSearchCV(scoring=...)``, ``cross_validate`` and the like.
macro_f1_scorer = make_scorer(macro_f1)
