"""TF-IDF rows and nearest-neighbour links without scikit-learn: the same values as scikit-learn's, to the bit."""

import json
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse import random as sparse_random

from nq35cls.clustering import neighbour_graph
from nq35cls.similarity import l2_rows, nearest_links, tfidf_rows
from nq35cls.themes import MAX_DF, _ngrams, content_syllables, vectorize

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "themes_data"


def _texts(folder: str, part: str, n_reports: int = 44) -> list[str]:
    out = []
    for path in sorted((DATA / folder).glob("*.jsonl"))[:n_reports]:
        for line in path.read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            if p["label"] == part:
                out.append(p["text"])
    return out


def _same(a, b) -> bool:
    return (
        a.shape == b.shape
        and a.dtype == b.dtype
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data, b.data)
    )


def _sklearn_links(X, k: int, least: float) -> set[tuple[int, int]]:
    import sklearn
    from sklearn.neighbors import NearestNeighbors

    with sklearn.config_context(working_memory=1):  # several chunks, as ours
        distance, index = NearestNeighbors(n_neighbors=k, metric="cosine", algorithm="brute").fit(X).kneighbors(X)
    sim = 1.0 - distance
    rows = np.repeat(np.arange(X.shape[0]), k)
    keep = (sim.ravel() >= least) & (sim.ravel() > 0)
    return set(zip(rows[keep].tolist(), index.ravel()[keep].tolist()))


@pytest.mark.parametrize(
    ("folder", "part", "ngram_range", "concepts"),
    [
        ("reports", "results", (1, 1), True),
        ("reports", "solutions", (1, 2), True),
        ("reports_test", "limitations", (1, 1), False),
    ],
)
def test_tfidf_rows_are_sklearns_to_the_bit(folder, part, ngram_range, concepts):
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = _texts(folder, part)

    def analyzer(t):
        return _ngrams(content_syllables(t, concepts=concepts), ngram_range)

    max_df = max(MAX_DF, min(1.0, 10 / len(texts)))
    reference = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, max_df=max_df, dtype=np.float32)
    expected = reference.fit_transform(texts).tocsr()
    X, terms = tfidf_rows(texts, analyzer, max_df=max_df)
    assert _same(X, expected)  # values, and the order of the stored values (it decides the sums' rounding)
    assert terms.tolist() == reference.get_feature_names_out().tolist()
    X2, terms2 = vectorize(texts, ngram_range=ngram_range, concepts=concepts)
    assert _same(X2, X) and terms2.tolist() == terms.tolist()


def test_tfidf_rows_refuse_an_empty_vocabulary():
    with pytest.raises(ValueError, match="empty vocabulary"):
        tfidf_rows(["", "  "], str.split, max_df=1.0)
    with pytest.raises(ValueError, match="no terms remain"):
        tfidf_rows(["a b", "a b"], str.split, max_df=0.2)


def test_l2_rows_are_sklearns_normalize():
    from sklearn.preprocessing import normalize

    for dtype in (np.float32, np.float64):
        dense = sparse_random(60, 40, density=0.2, format="csr", dtype=dtype, random_state=3).toarray() * dtype(7.3)
        dense[5] = 0  # a row of zeros stays as it is
        X = csr_matrix(dense)
        assert _same(l2_rows(X), normalize(X))
        assert l2_rows(X) is not X


@pytest.mark.parametrize(("k", "least", "memory"), [(9, 0.2 - 1e-6, 64), (4, 0.1, 0.01), (3, -1e-6, 0.01)])
def test_nearest_links_are_sklearns_kneighbors(k, least, memory):
    texts = _texts("reports", "limitations") + _texts("reports_test", "limitations")
    X, _ = vectorize(texts)
    rows, cols, sims = nearest_links(X, k, least, working_memory_mb=memory)
    assert set(zip(rows.tolist(), cols.tolist())) == _sklearn_links(X, k, least)
    assert len(rows) == len(set(zip(rows.tolist(), cols.tolist()))) and (sims >= least).all() and (sims > 0).all()
    assert np.bincount(rows, minlength=X.shape[0]).max() <= k


@pytest.mark.parametrize("memory", [64, 0.05])
def test_links_of_many_ties_in_threads_are_sklearns(memory):
    # a generated input: random texts of a small vocabulary (many ties and crowded rows), k small; a small
    # working memory computes the tied rows' whole rows a few at a time
    rng = np.random.default_rng(7)
    words = [f"t{i}" for i in range(40)]
    texts = [" ".join(rng.choice(words, size=rng.integers(1, 9))) for _ in range(300)]
    X, _ = tfidf_rows(texts, str.split, max_df=0.3)
    for k, least in ((4, 0.1), (9, 0.2 - 1e-6)):
        one = nearest_links(X, k, least, working_memory_mb=memory)
        threads = nearest_links(X, k, least, working_memory_mb=memory, n_jobs=2)
        assert sorted(zip(*(a.tolist() for a in one))) == sorted(zip(*(a.tolist() for a in threads)))
        assert set(zip(one[0].tolist(), one[1].tolist())) == _sklearn_links(X, k, least)


@pytest.mark.parametrize("n_jobs", [0, 1.5, True, "2"])
def test_nearest_links_refuse_a_wrong_n_jobs(n_jobs):
    X, _ = tfidf_rows(["a b", "b c"], str.split, max_df=1.0)
    with pytest.raises(ValueError, match="n_jobs"):
        nearest_links(X, 2, 0.1, n_jobs=n_jobs)


def test_tied_neighbours_are_chosen_as_sklearn_chooses():
    # row 0 is as similar to rows 1-6 (one shared term each, the same weight): which 2 of them are its
    # nearest is a tie, decided as scikit-learn's partition of the whole row decides it
    dense = np.zeros((8, 8), dtype=np.float32)
    dense[0, :6] = 1.0
    for j in range(1, 7):
        dense[j, j - 1] = 1.0
        dense[j, 6] = 1.0
    dense[7, 7] = 1.0
    X = csr_matrix(dense)
    for k in (2, 3, 4):
        rows, cols, _ = nearest_links(X, k, 0.1)
        assert set(zip(rows.tolist(), cols.tolist())) == _sklearn_links(X, k, 0.1)
        assert (rows == 0).sum() == k


def test_the_neighbour_graph_is_the_one_sklearn_gives():
    import sklearn
    from sklearn.neighbors import NearestNeighbors

    texts = _texts("reports_test", "results")
    X, _ = vectorize(texts)
    n, k, anchor = X.shape[0], 9, 0.2
    with sklearn.config_context(working_memory=64):
        distance, index = NearestNeighbors(n_neighbors=k, metric="cosine", algorithm="brute").fit(X).kneighbors(X)
    sim = 1.0 - distance
    rows = np.repeat(np.arange(n), k)
    keep = (sim.ravel() >= anchor - 1e-6) & (index.ravel() != rows)
    graph = csr_matrix((np.clip(sim.ravel()[keep], 0.0, 1.0), (rows[keep], index.ravel()[keep])), shape=(n, n))
    assert _same(neighbour_graph(X, anchor, n_neighbors=k - 1), graph.maximum(graph.T).tocsr())
