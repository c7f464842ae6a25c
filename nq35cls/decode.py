"""Label a document's paragraphs jointly.

A report's parts come in order, and the items under a lead-in continue its
part. This module scores label sequences with the classifier's per-paragraph
log-probabilities plus label-transition log-probabilities learned (with
add-``smoothing`` counts) from the training documents:

    score(y) = sum_i log p(y_i | x_i) + weight * (log P0(y_0) + sum_i log T(y_{i-1}, y_i))

:func:`viterbi` finds the best sequence; :func:`posteriors` gives each
paragraph's marginal label probabilities under the same scores, used as the
confidence of the decoded labels; :func:`viterbi_many` and
:func:`posteriors_many` do the same for many documents in one pass. Pure numpy.
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
    return viterbi_many([log_emit], log_start, log_trans, weight)[0]


def posteriors(log_emit: np.ndarray, log_start: np.ndarray, log_trans: np.ndarray, weight: float = 1.0) -> np.ndarray:
    """Marginal label probabilities of each paragraph (forward-backward).

    Same parameters as :func:`viterbi`; returns an array of shape
    (n_paragraphs, n_classes) whose rows sum to 1. Computed in probability
    space with every step rescaled (emissions by their row maximum, forward
    and backward vectors to sum 1), which is exact up to rounding and
    cheaper than log-sum-exp at every step.
    """
    return posteriors_many([log_emit], log_start, log_trans, weight)[0]


def _stack(log_emits: Sequence[np.ndarray], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Documents' emissions in one (n_docs, longest, k) array (zeros after each
    document's end), and each document's length."""
    lengths = np.array([len(e) for e in log_emits], dtype=int)
    stacked = np.zeros((len(log_emits), int(lengths.max(initial=0)), k))
    for d, e in enumerate(log_emits):
        stacked[d, : len(e)] = e
    return stacked, lengths


def _position_weights(
    weights: Sequence[np.ndarray] | None, lengths: np.ndarray, longest: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """Per-position transition weights of documents: the distinct weights, and which of them each position of
    each document has, in one (n_docs, longest) array (the first weight after each document's end)."""
    if weights is None:
        return None
    for d, w in enumerate(weights):
        if len(w) != lengths[d]:
            raise ValueError(f"document {d}: {len(w)} transition weights for {lengths[d]} paragraphs")
    distinct, codes = np.unique(np.concatenate([np.asarray(w, dtype=float) for w in weights]), return_inverse=True)
    out = np.zeros((len(lengths), longest), dtype=int)
    start = 0
    for d, n in enumerate(lengths.tolist()):
        out[d, :n] = codes.ravel()[start : start + n]
        start += n
    return distinct, out


def viterbi_many(
    log_emits: Sequence[np.ndarray],
    log_start: np.ndarray,
    log_trans: np.ndarray,
    weight: float = 1.0,
    weights: Sequence[np.ndarray] | None = None,
) -> list[np.ndarray]:
    """:func:`viterbi` of several documents at once (one numpy step per
    position for all of them, not one per paragraph of each).

    ``weights``, one array per document, gives the weight of the transition
    into each of its paragraphs instead of ``weight`` (the first paragraph's
    is not read: its start score keeps ``weight``)."""
    k = len(log_start)
    emit, lengths = _stack(log_emits, k)
    n_docs, longest = emit.shape[:2]
    if longest == 0:
        return [np.zeros(0, dtype=int) for _ in log_emits]
    at = _position_weights(weights, lengths, longest)
    trans = weight * log_trans
    # with per-position weights: each distinct weight's transition scores, looked up position by position
    table, codes = (None, None) if at is None else (at[0][:, None, None] * log_trans, at[1])
    score = emit[:, 0] + weight * log_start
    back = np.zeros((n_docs, longest, k), dtype=int)
    for i in range(1, longest):
        step = trans if table is None or codes is None else table[codes[:, i]]
        cand = score[:, :, None] + step
        back[:, i] = cand.argmax(axis=1)
        score = np.where((lengths > i)[:, None], cand.max(axis=1) + emit[:, i], score)
    path = np.zeros((n_docs, longest), dtype=int)
    docs = np.arange(n_docs)
    last = np.maximum(lengths - 1, 0)
    path[docs, last] = score.argmax(axis=1)
    for i in range(longest - 1, 0, -1):
        inside = lengths > i  # documents for which position i exists
        path[inside, i - 1] = back[docs[inside], i, path[inside, i]]
    return [path[d, : lengths[d]] for d in range(n_docs)]


def posteriors_many(
    log_emits: Sequence[np.ndarray],
    log_start: np.ndarray,
    log_trans: np.ndarray,
    weight: float = 1.0,
    weights: Sequence[np.ndarray] | None = None,
) -> list[np.ndarray]:
    """:func:`posteriors` of several documents at once (``weights`` as for :func:`viterbi_many`)."""
    k = len(log_start)
    log_emit, lengths = _stack(log_emits, k)
    n_docs, longest = log_emit.shape[:2]
    if longest == 0:
        return [np.zeros((0, k)) for _ in log_emits]
    at = _position_weights(weights, lengths, longest)
    trans = np.exp(weight * log_trans)
    table, codes = (None, None) if at is None else (np.exp(at[0][:, None, None] * log_trans), at[1])

    def forward(v: np.ndarray, i: int) -> np.ndarray:
        """``v`` carried over the transitions into position ``i`` (each document its own weight there)."""
        if table is None or codes is None:
            return v @ trans
        return np.einsum("dk,dkl->dl", v, table[codes[:, i]])

    def backward(v: np.ndarray, i: int) -> np.ndarray:
        """``v`` (at position ``i``) carried back over the transitions into it."""
        if table is None or codes is None:
            return v @ trans.T
        return np.einsum("dl,dkl->dk", v, table[codes[:, i]])

    emit = np.exp(log_emit - log_emit.max(axis=2, keepdims=True))
    alpha = np.empty((n_docs, longest, k))
    beta = np.ones((n_docs, longest, k))
    a = np.exp(weight * log_start) * emit[:, 0]
    alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
    for i in range(1, longest):
        a = forward(alpha[:, i - 1], i) * emit[:, i]
        alpha[:, i] = a / a.sum(axis=1, keepdims=True)
    for i in range(longest - 2, -1, -1):
        b = backward(emit[:, i + 1] * beta[:, i + 1], i + 1)
        # a document's last position keeps beta = 1
        beta[:, i] = np.where((lengths > i + 1)[:, None], b / b.sum(axis=1, keepdims=True), 1.0)
    post = alpha * beta
    post /= post.sum(axis=2, keepdims=True)
    return [post[d, : lengths[d]] for d in range(n_docs)]
