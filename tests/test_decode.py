import itertools

import numpy as np
import pytest

from nq35cls import decode
from nq35cls.decode import fit_transitions, posteriors, viterbi


def _brute_force(log_emit, log_start, log_trans, weight):
    n, k = log_emit.shape
    scores = {}
    for seq in itertools.product(range(k), repeat=n):
        s = log_emit[0, seq[0]] + weight * log_start[seq[0]]
        for i in range(1, n):
            s += log_emit[i, seq[i]] + weight * log_trans[seq[i - 1], seq[i]]
        scores[seq] = s
    return scores


def test_viterbi_and_posteriors_match_brute_force():
    rng = np.random.default_rng(0)
    for _ in range(5):
        n, k = 4, 3
        log_emit = np.log(rng.dirichlet(np.ones(k), size=n))
        log_start, log_trans = np.log(rng.dirichlet(np.ones(k))), np.log(rng.dirichlet(np.ones(k), size=k))
        scores = _brute_force(log_emit, log_start, log_trans, 0.7)
        best = max(scores, key=scores.get)
        assert tuple(viterbi(log_emit, log_start, log_trans, 0.7)) == best
        z = np.logaddexp.reduce(list(scores.values()))
        marg = np.zeros((n, k))
        for seq, s in scores.items():
            for i, c in enumerate(seq):
                marg[i, c] += np.exp(s - z)
        np.testing.assert_allclose(posteriors(log_emit, log_start, log_trans, 0.7), marg, atol=1e-9)


def test_transitions_are_smoothed_counts():
    log_start, log_trans = fit_transitions([["a", "a", "b"], ["a", "b", "b"]], ["a", "b"], smoothing=1.0)
    np.testing.assert_allclose(np.exp(log_start), [3 / 4, 1 / 4])
    # from a: a->a once, a->b twice, plus one of each
    np.testing.assert_allclose(np.exp(log_trans[0]), [2 / 5, 3 / 5])
    np.testing.assert_allclose(np.exp(log_trans).sum(axis=1), 1.0)


def test_transitions_pull_an_uncertain_paragraph_into_its_part():
    # classes: 0 results, 1 solutions; paragraph 1 is a coin toss, its neighbours are solutions
    log_emit = np.log(np.array([[0.1, 0.9], [0.55, 0.45], [0.1, 0.9]]))
    log_start, log_trans = fit_transitions([["s", "s", "s", "s"], ["r", "r", "s", "s"]], ["r", "s"])
    assert list(viterbi(log_emit, log_start, log_trans, 0.0)) == [1, 0, 1]
    assert list(viterbi(log_emit, log_start, log_trans, 1.0)) == [1, 1, 1]
    assert len(viterbi(np.zeros((0, 2)), log_start, log_trans)) == 0


def test_mixed_needs_two_confident_labels_with_a_real_share():
    from nq35cls.labeling import mixed_sentences

    results_then_limits = np.array([[0.9, 0.1], [0.2, 0.8]])
    assert mixed_sentences(results_then_limits, [100, 60])
    assert not mixed_sentences(results_then_limits, [100, 5])  # the second sentence is too small a share
    assert not mixed_sentences(np.array([[0.9, 0.1], [0.45, 0.55]]), [100, 60])  # not confident
    assert not mixed_sentences(np.array([[0.9, 0.1]]), [100])


@pytest.mark.slow
def test_one_paragraph_documents_do_not_shape_the_label_order(real_docs):
    from nq35cls.model import ReportClassifier

    docs, labels = [d.texts for d in real_docs], [d.labels for d in real_docs]
    base = ReportClassifier(excerpt_lengths=()).fit(docs, labels)
    singles = [["Đã tổ chức 12 hội nghị."], ["Còn chậm đổi mới."], ["Cần tăng cường kiểm tra."]]
    more = ReportClassifier(excerpt_lengths=()).fit(
        docs + singles, labels + [["results"], ["limitations"], ["solutions"]]
    )
    np.testing.assert_allclose(base.log_start_, more.log_start_)
    np.testing.assert_allclose(base.log_trans_, more.log_trans_)


def test_many_documents_at_once_decode_like_each_alone():
    rng = np.random.default_rng(7)
    k = 4
    log_start = np.log(rng.dirichlet(np.ones(k)))
    log_trans = np.log(rng.dirichlet(np.ones(k), size=k))
    docs = [np.log(rng.dirichlet(np.full(k, 0.4), size=n)) for n in (5, 0, 1, 12, 2)]
    paths = decode.viterbi_many(docs, log_start, log_trans, 0.7)
    posts = decode.posteriors_many(docs, log_start, log_trans, 0.7)
    assert [len(p) for p in paths] == [len(p) for p in posts] == [5, 0, 1, 12, 2]
    for doc, path, post in zip(docs, paths, posts):
        alone = [
            decode.viterbi_many([doc], log_start, log_trans, 0.7)[0],
            decode.posteriors_many([doc], log_start, log_trans, 0.7)[0],
        ]
        np.testing.assert_array_equal(path, alone[0])
        np.testing.assert_allclose(post, alone[1])
        if len(doc):
            np.testing.assert_allclose(post.sum(axis=1), 1.0)
    assert decode.viterbi_many([], log_start, log_trans) == []
