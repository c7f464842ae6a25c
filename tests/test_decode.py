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


def test_per_position_weights_equal_to_the_weight_decode_as_it():
    rng = np.random.default_rng(3)
    emits = [np.log(rng.dirichlet(np.ones(4), size=n)) for n in (1, 5, 9)]
    log_start, log_trans = np.log(np.full(4, 0.25)), np.log(rng.dirichlet(np.ones(4), size=4))
    same = [np.full(len(e), 0.3) for e in emits]
    for a, b in zip(
        decode.viterbi_many(emits, log_start, log_trans, 0.3, same),
        decode.viterbi_many(emits, log_start, log_trans, 0.3),
    ):
        assert (a == b).all()
    for a, b in zip(
        decode.posteriors_many(emits, log_start, log_trans, 0.3, same),
        decode.posteriors_many(emits, log_start, log_trans, 0.3),
    ):
        np.testing.assert_allclose(a, b)


def test_a_heavier_transition_into_a_paragraph_holds_it_to_the_one_before():
    # two labels; the second paragraph leans to label 1 on its own, the transitions prefer staying
    emit = np.log(np.array([[0.9, 0.1], [0.4, 0.6]]))
    log_start, log_trans = np.log(np.array([0.5, 0.5])), np.log(np.array([[0.8, 0.2], [0.2, 0.8]]))
    assert decode.viterbi_many([emit], log_start, log_trans, 0.1)[0].tolist() == [0, 1]
    held = decode.viterbi_many([emit], log_start, log_trans, 0.1, [np.array([0.1, 1.0])])[0]
    assert held.tolist() == [0, 0]
    # the marginals of the same weighted model, checked by enumerating the four label sequences
    w = np.array([0.1, 1.0])
    scores = {
        (a, b): emit[0, a] + emit[1, b] + w[0] * log_start[a] + w[1] * log_trans[a, b] for a in (0, 1) for b in (0, 1)
    }
    z = sum(np.exp(v) for v in scores.values())
    expected = np.array(
        [[sum(np.exp(v) for (a, b), v in scores.items() if (a, b)[i] == c) / z for c in (0, 1)] for i in (0, 1)]
    )
    np.testing.assert_allclose(decode.posteriors_many([emit], log_start, log_trans, 0.1, [w])[0], expected)


def test_weights_of_another_length_than_the_document_are_refused():
    emit = np.log(np.full((3, 2), 0.5))
    with pytest.raises(ValueError, match="document 0: 2 transition weights for 3 paragraphs"):
        decode.viterbi_many([emit], np.log([0.5, 0.5]), np.log(np.full((2, 2), 0.5)), 0.3, [np.ones(2)])
