"""Label a document's paragraphs jointly.

A report's parts come in order, and the items under a lead-in continue its
part. This module scores label sequences with the classifier's per-paragraph
log-probabilities plus label-transition log-probabilities learned (with
add-``smoothing`` counts) from the training documents:

    score(y) = sum_i log p(y_i | x_i) + weight * (log P0(y_0) + sum_i log T(y_{i-1}, y_i))

:func:`viterbi` finds the best sequence; :func:`posteriors` gives each
paragraph's marginal label probabilities under the same scores, used as the
confidence of the decoded labels. Pure numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def fit_transitions(
    label_sequences: Sequence[Sequence[str]], classes: Sequence[str], smoothing: float = 1.0
) -> tuple[np.ndarray, np.ndarray]:
    """Start and transition log-probabilities from labeled documents.

    Parameters
    ----------
    label_sequences : sequence of sequence of str
        The labels of each training document, in order.
    classes : sequence of str
        The label set; its order is the order of the returned arrays.
    smoothing : float, default=1.0
        Count added to every start and transition (additive smoothing), so
        that an order never seen in training stays possible.

    Returns
    -------
    log_start : ndarray of shape (n_classes,)
    log_trans : ndarray of shape (n_classes, n_classes)
        ``log_trans[a, b]`` is log P(next label is b | label is a).
    """
    index = {c: k for k, c in enumerate(classes)}
    k = len(classes)
    start = np.full(k, float(smoothing))
    trans = np.full((k, k), float(smoothing))
    for seq in label_sequences:
        ids = [index[label] for label in seq]
        if ids:
            start[ids[0]] += 1
        for a, b in zip(ids, ids[1:]):
            trans[a, b] += 1
    return np.log(start / start.sum()), np.log(trans / trans.sum(axis=1, keepdims=True))


def viterbi(log_emit: np.ndarray, log_start: np.ndarray, log_trans: np.ndarray, weight: float = 1.0) -> np.ndarray:
    """Most likely label sequence.

    Parameters
    ----------
    log_emit : ndarray of shape (n_paragraphs, n_classes)
        Per-paragraph log-probabilities from the classifier.
    log_start, log_trans : ndarray
        From :func:`fit_transitions`.
    weight : float, default=1.0
        Weight of the transition scores against the classifier's.

    Returns
    -------
    ndarray of int, shape (n_paragraphs,)
        Class indices of the best sequence.
    """
    n, k = log_emit.shape
    if n == 0:
        return np.zeros(0, dtype=int)
    trans = weight * log_trans
    score = log_emit[0] + weight * log_start
    back = np.zeros((n, k), dtype=int)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(axis=0)
        score = cand.max(axis=0) + log_emit[i]
    path = np.empty(n, dtype=int)
    path[-1] = int(score.argmax())
    for i in range(n - 1, 0, -1):
        path[i - 1] = back[i, path[i]]
    return path


def posteriors(log_emit: np.ndarray, log_start: np.ndarray, log_trans: np.ndarray, weight: float = 1.0) -> np.ndarray:
    """Marginal label probabilities of each paragraph (forward-backward).

    Same parameters as :func:`viterbi`; returns an array of shape
    (n_paragraphs, n_classes) whose rows sum to 1. Computed in probability
    space with every step rescaled (emissions by their row maximum, forward
    and backward vectors to sum 1), which is exact up to rounding and
    cheaper than log-sum-exp at every step.
    """
    n, k = log_emit.shape
    if n == 0:
        return np.zeros((0, k))
    trans = np.exp(weight * log_trans)
    emit = np.exp(log_emit - log_emit.max(axis=1, keepdims=True))
    alpha = np.empty((n, k))
    beta = np.empty((n, k))
    a = np.exp(weight * log_start) * emit[0]
    alpha[0] = a / a.sum()
    for i in range(1, n):
        a = (alpha[i - 1] @ trans) * emit[i]
        alpha[i] = a / a.sum()
    beta[-1] = 1.0
    for i in range(n - 2, -1, -1):
        b = trans @ (emit[i + 1] * beta[i + 1])
        beta[i] = b / b.sum()
    post = alpha * beta
    return post / post.sum(axis=1, keepdims=True)


def mixed_sentences(
    proba: np.ndarray, lengths: Sequence[int], min_confidence: float = 0.6, min_share: float = 0.15
) -> bool:
    """Whether a paragraph's sentences disagree with confidence.

    Parameters
    ----------
    proba : ndarray of shape (n_sentences, n_classes)
        Label probabilities of each sentence.
    lengths : sequence of int
        Length of each sentence in characters.
    min_confidence : float, default=0.6
        Only sentences whose best label has at least this probability count.
    min_share : float, default=0.15
        Each of at least two labels must cover this share of the paragraph's
        characters, counting confident sentences only.

    Returns
    -------
    bool
    """
    if len(proba) < 2:
        return False
    total = float(sum(lengths))
    share: dict[int, float] = {}
    for row, length in zip(proba, lengths):
        best = int(row.argmax())
        if row[best] >= min_confidence:
            share[best] = share.get(best, 0.0) + length / total
    return sum(1 for v in share.values() if v >= min_share) >= 2
