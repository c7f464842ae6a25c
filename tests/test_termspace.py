"""The term space learned from the project's corpus: the packaged resource, its loader, its build, its use by themes."""

import configparser
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix, hstack

from nq35cls.similarity import nearest_links, nearest_links_mixed
from nq35cls.termspace import TERMS_FILE, VECTORS_FILE, build_termspace, load_termspace, project, term_rows
from nq35cls.themes import find_themes

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "nq35cls" / "resources"

#: Two wordings of one point (a weak connection in remote hamlets), each given by two reports, and two other points:
#: the wordings share one term only (the synonym list's concept for "internet" and "viễn thông"); the others are
#: close in the term space ("chập chờn", said of telecom networks in the corpus; "vùng cao" and "xa").
WORDINGS = [
    "Mạng internet ở các bản vùng cao còn chập chờn.",
    "Mạng internet ở nhiều bản vùng cao vẫn chập chờn.",
    "Tín hiệu viễn thông tại thôn xa rất yếu, khó truy cập.",
    "Tín hiệu viễn thông tại các thôn xa còn yếu, khó truy cập.",
    "Tỷ lệ học sinh bỏ học giảm so với năm trước.",
    "Số học sinh bỏ học đã giảm mạnh so với năm trước.",
    "Người dân hưởng ứng phong trào hiến đất làm đường.",
    "Nhân dân hưởng ứng hiến đất, góp công làm đường liên thôn.",
]
WORDING_REPORTS = ["r1", "r2", "r3", "r4", "r1", "r3", "r2", "r4"]

#: A small authored corpus for the build: three topics, each in several sentences.
CORPUS = [
    "Kênh mương nội đồng bị bồi lấp, nước tưới không về kịp cho lúa.",
    "Nước tưới cho lúa thiếu do kênh mương bồi lấp lâu ngày.",
    "Xã nạo vét kênh mương để nước tưới về tới ruộng lúa.",
    "Trạm bơm cũ làm nước tưới cho ruộng lúa về chậm.",
    "Học sinh được học thêm môn tin học tại phòng máy mới.",
    "Phòng máy của trường có thêm máy tính cho học sinh học tin học.",
    "Giáo viên dạy tin học cho học sinh bằng máy tính mới.",
    "Trường mở lớp tin học hè cho học sinh khối lớp năm.",
    "Chợ phiên họp mỗi sáng chủ nhật, bà con bán rau và gà.",
    "Bà con mang rau, gà ra chợ phiên bán vào sáng sớm.",
    "Chợ phiên đông người mua rau, gà, trứng vào dịp tết.",
    "Ban quản lý chợ phiên sắp xếp chỗ bán rau cho bà con.",
] * 2


def test_the_resource_is_packaged_and_compact():
    config = configparser.ConfigParser()
    config.read(REPO / "setup.cfg")
    patterns = config["options.package_data"]["nq35cls.resources"].replace(",", " ").split()
    assert "*.npy" in patterns and "*.json" in patterns
    assert (RESOURCES / VECTORS_FILE).stat().st_size < 4 * 2**20  # a few MB at most
    meta = json.loads((RESOURCES / TERMS_FILE).read_text(encoding="utf-8"))
    vectors = np.load(RESOURCES / VECTORS_FILE)
    assert vectors.dtype == np.float16 and vectors.shape == (len(meta["terms"]), meta["dims"])
    assert len(set(meta["terms"])) == len(meta["terms"]) == len(meta["idf"])
    assert meta["method"] == "ppmi" and meta["ngram_range"] == [1, 1]


def test_the_loader_reads_the_space_once():
    space = load_termspace()
    assert space is load_termspace()
    assert space.vectors.dtype == np.float32 and space.vectors.shape == (len(space.terms), space.n_dims)
    assert (space.idf >= 1.0).all()


def test_the_learned_vectors_put_words_of_one_meaning_close():
    space = load_termspace()
    unit = space.vectors / np.maximum(np.linalg.norm(space.vectors, axis=1, keepdims=True), 1e-9)

    def cosine(a: str, b: str) -> float:
        return float(unit[space.terms[a]] @ unit[space.terms[b]])

    assert cosine("chậm", "trễ") > cosine("chậm", "học") + 0.3
    assert cosine("hỏng", "hư") > cosine("hỏng", "sinh") + 0.3


def test_nothing_is_loaded_at_import_and_no_scikit_learn_at_run_time():
    code = (
        "import sys; import nq35cls.themes as th, nq35cls.termspace as ts;"
        "before = ts.load_termspace.cache_info().currsize;"
        f"th.find_themes({WORDINGS!r}, {WORDING_REPORTS!r}, theme_anchor=None, member_threshold=None);"
        "unused = ts.load_termspace.cache_info().currsize;"  # the regrouping does not run: the space is not needed
        f"th.find_themes({WORDINGS!r}, {WORDING_REPORTS!r});"
        "print(before, unused, ts.load_termspace.cache_info().currsize, 'sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.split() == ["0", "0", "1", "False"]


def test_project_gives_unit_rows_and_zeros_for_unknown_words():
    Z = project([["chậm", "trễ"], ["xyzzy"], []])
    assert Z.shape == (3, load_termspace().n_dims)
    assert np.isclose(np.linalg.norm(Z[0]), 1.0, atol=1e-5)
    assert not Z[1:].any()


def test_term_rows_weigh_by_sublinear_tf_and_idf():
    space = load_termspace()
    X = term_rows([["chậm", "chậm", "xyzzy"]], space)
    j = space.terms["chậm"]
    assert X.nnz == 1 and np.isclose(X[0, j], (1 + np.log(2)) * space.idf[j])


@pytest.mark.parametrize("method", ["ppmi", "lsa"])
def test_the_build_is_deterministic_and_learns_the_topics(method):
    first = build_termspace(CORPUS, method=method, n_terms=200, n_dims=3, min_df=2)
    second = build_termspace(CORPUS, method=method, n_terms=200, n_dims=3, min_df=2)
    terms, idf, vectors, ngram_range = first
    assert terms == second[0] and np.array_equal(vectors, second[2])
    assert ngram_range == ((1, 1) if method == "ppmi" else (1, 2))
    assert vectors.shape == (len(terms), 3) and len(idf) == len(terms)
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    index = {t: i for i, t in enumerate(terms)}
    same = unit[index["kênh"]] @ unit[index["mương"]]
    other = unit[index["kênh"]] @ unit[index["rau"]]
    assert same > other + 0.5


def test_the_build_rejects_bad_parameters():
    with pytest.raises(ValueError, match="method"):
        build_termspace(CORPUS, method="word2vec")
    with pytest.raises(ValueError, match="syllables only"):
        build_termspace(CORPUS, method="ppmi", ngram_range=(1, 2))
    with pytest.raises(ValueError, match="terms found"):
        build_termspace(CORPUS, n_terms=500, n_dims=100, min_df=2)


@pytest.mark.slow
def test_the_packaged_space_is_the_one_the_build_gives():
    """The shipped resource is reproducible from data/; after data/ changes, rebuild it: python -m nq35cls.termspace."""
    from nq35cls.termspace import DEFAULT_LABELS, corpus_paragraphs

    meta = json.loads((RESOURCES / TERMS_FILE).read_text(encoding="utf-8"))
    texts = corpus_paragraphs(REPO / "data", DEFAULT_LABELS)
    terms, idf, vectors, _ = build_termspace(texts)
    assert terms == meta["terms"] and len(texts) == meta["paragraphs"]
    assert np.allclose(idf, meta["idf"], atol=1e-4)
    assert np.allclose(vectors.astype(np.float16), np.load(RESOURCES / VECTORS_FILE), atol=2e-3)


@pytest.mark.parametrize("k", [1, 3, 6])
def test_mixed_links_are_the_links_of_the_rows_side_by_side(k):
    rng = np.random.default_rng(3)
    X = csr_matrix(rng.random((40, 30)) * (rng.random((40, 30)) < 0.15), dtype=np.float32)
    Z = rng.normal(size=(40, 5)).astype(np.float32)
    rows, cols, sims = nearest_links_mixed(X, Z, k, 0.05)
    both = hstack([X, csr_matrix(Z)], format="csr")
    expected_rows, expected_cols, expected_sims = nearest_links(both, k, 0.05)
    got = sorted(zip(rows.tolist(), cols.tolist()))
    want = sorted(zip(expected_rows.tolist(), expected_cols.tolist()))
    assert got == want
    order, expected_order = np.lexsort((cols, rows)), np.lexsort((expected_cols, expected_rows))
    assert np.allclose(sims[order], expected_sims[expected_order], atol=1e-5)


def test_the_term_space_groups_two_wordings_of_one_point():
    without = find_themes(WORDINGS, WORDING_REPORTS, termspace=0.0)
    with_space = find_themes(WORDINGS, WORDING_REPORTS)
    assert [t.members for t in without] == [(0, 1), (2, 3), (4, 5), (6, 7)]
    assert [t.members for t in with_space] == [(0, 1, 2, 3), (4, 5), (6, 7)]
    assert with_space[0].n_reports == 4


def test_the_term_space_parameters_are_checked():
    with pytest.raises(ValueError, match="termspace must"):
        find_themes(WORDINGS, WORDING_REPORTS, termspace=1.0)
    with pytest.raises(ValueError, match="termspace_steps"):
        find_themes(WORDINGS, WORDING_REPORTS, termspace_steps=("everywhere",))
    with pytest.raises(ValueError, match="termspace_steps"):
        find_themes(WORDINGS, WORDING_REPORTS, termspace_steps="regroup")
