"""Themes: similar paragraphs of many reports grouped, counted by report, titled from their own words."""

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from nq35cls.clustering import average_linkage, keep_similar_members, neighbour_graph, regroup
from nq35cls.themes import content_syllables, find_themes, vectorize

GOLD = Path(__file__).resolve().parent.parent / "benchmarks" / "themes_data" / "reports"
HELD_OUT = GOLD.parent / "reports_test"
PARTS = ("results", "limitations", "solutions")
#: Measured on the first 20 benchmark reports: 0.978 / 0.896 / 0.941 (benchmarks/bench_themes.py measures all 44).
#: The limitations floor was 0.95 when the defaults were tuned on this set alone (0.977 then, a tuning artifact);
#: the defaults are now chosen on two sets, and a distractor (slow disbursement) joins the lack of funds here.
ARI_FLOOR = {"results": 0.95, "limitations": 0.85, "solutions": 0.9}


def _gold(n_reports: int, folder: Path = GOLD) -> dict[str, list[tuple[str, str, str]]]:
    """Per part, (report, gold theme, text) of the first ``n_reports`` benchmark reports of ``folder``."""
    out: dict[str, list[tuple[str, str, str]]] = {part: [] for part in PARTS}
    for path in sorted(folder.glob("*.jsonl"))[:n_reports]:
        for line in path.read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            if p["label"] in out:
                out[p["label"]].append((path.stem, p["theme"], p["text"]))
    return out


@pytest.fixture(scope="module")
def gold20():
    return _gold(20)


@pytest.mark.parametrize("part", PARTS)
def test_themes_match_the_planted_ones(gold20, part):
    rows = gold20[part]
    themes = find_themes([t for _, _, t in rows], [r for r, _, _ in rows])
    labels = np.full(len(rows), -1)
    for k, theme in enumerate(themes):
        labels[list(theme.members)] = k
    assert (labels >= 0).all()  # every paragraph in a theme
    assert adjusted_rand_score([g for _, g, _ in rows], labels) >= ARI_FLOOR[part]


def test_threads_give_the_same_themes(gold20):
    rows = gold20["results"]
    texts, reports = [t for _, _, t in rows], [r for r, _, _ in rows]
    assert find_themes(texts, reports, n_jobs=2) == find_themes(texts, reports)


def test_every_text_in_exactly_one_theme_sorted_by_reports(gold20):
    rows = gold20["results"]
    reports = [r for r, _, _ in rows]
    themes = find_themes([t for _, _, t in rows], reports)
    members = [m for t in themes for m in t.members]
    assert sorted(members) == list(range(len(rows)))
    assert [t.n_reports for t in themes] == sorted((t.n_reports for t in themes), reverse=True)
    for t in themes:
        assert t.representative in t.members
        assert set(t.reports) == {reports[m] for m in t.members}
        assert t.singleton == (t.n_reports == 1)
        # a report makes a point once: never two of its paragraphs in one theme
        assert len(t.reports) == len(t.members)


def test_the_count_of_a_planted_theme(gold20):
    rows = gold20["results"]
    themes = find_themes([t for _, _, t in rows], [r for r, _, _ in rows])
    gold = [g for _, g, _ in rows]
    planted = Counter(gold)
    theme = themes[0]
    top = Counter(gold[m] for m in theme.members).most_common(1)[0][0]
    assert theme.n_reports == planted[top]  # "N of M reports" exact for the most raised point


def _count_exact(themes, rows) -> int:
    """Planted themes (2+ reports) whose majority theme is raised by exactly as many reports."""
    labels = {m: k for k, t in enumerate(themes) for m in t.members}
    planted: dict[str, set[str]] = {}
    for r, g, _ in rows:
        if not g.startswith("single"):
            planted.setdefault(g, set()).add(r)
    exact = 0
    for g, reports in planted.items():
        majority = Counter(labels[i] for i, (_, x, _) in enumerate(rows) if x == g).most_common(1)[0][0]
        exact += themes[majority].n_reports == len(reports)
    return exact


def test_regrouping_and_the_member_check_make_the_counts_right(gold20):
    """On the first 20 reports of the first two benchmark sets, planted themes counted exactly, measured:
    51 with both steps, 44 without either, 50 without the regrouping, 28 without the member check."""
    held_out = _gold(20, HELD_OUT)
    exact = {}
    for steps in ("both", "neither", "no regroup", "no member check"):
        kwargs = {}
        if steps in ("neither", "no regroup"):
            kwargs["theme_anchor"] = None
        if steps in ("neither", "no member check"):
            kwargs["member_threshold"] = None
        exact[steps] = sum(
            _count_exact(find_themes([t for _, _, t in rows], [r for r, _, _ in rows], **kwargs), rows)
            for gold in (gold20, held_out)
            for rows in gold.values()
        )
    assert exact["both"] >= 48
    assert exact["both"] > max(exact["neither"], exact["no regroup"], exact["no member check"])


def test_regroup_merges_themes_whose_texts_were_not_linked():
    from scipy.sparse import csr_matrix

    # two clusters of one row each, similarity 0.36; a third apart
    X = csr_matrix(np.array([[0.6, 0.8, 0, 0], [0.6, 0, 0.8, 0], [0, 0, 0, 1.0]]))
    labels = np.array([0, 1, 2])
    assert regroup(X, labels, 0.3, 0.3).tolist() == [0, 0, 1]
    assert regroup(X, labels, 0.4, 0.3).tolist() == [0, 1, 2]  # the mean is below the threshold
    assert regroup(X, labels, 0.3, 0.4).tolist() == [0, 1, 2]  # the centroids are not linked
    assert regroup(X, labels, 0.3, 0.3, groups=[7, 7, 8]).tolist() == [0, 1, 2]  # the same report
    # clusters of several rows merge by the mean over all their pairs
    X4 = csr_matrix(np.array([[1.0, 0, 0], [0.8, 0.6, 0], [0.6, 0, 0.8], [0.6, 0, 0.8]]))
    # mean between {0,1} and {2,3}: (0.6 + 0.6 + 0.48 + 0.48) / 4 = 0.54
    assert regroup(X4, np.array([0, 0, 1, 1]), 0.5, 0.1).tolist() == [0, 0, 0, 0]
    assert regroup(X4, np.array([0, 0, 1, 1]), 0.55, 0.1).tolist() == [0, 0, 1, 1]


def test_a_member_unlike_the_others_leaves_its_theme():
    from scipy.sparse import csr_matrix

    # rows 0-2 alike (0.8 and 0.6 between them), row 3 like them at 0.1 only
    X = csr_matrix(np.array([[1.0, 0, 0, 0], [0.8, 0.6, 0, 0], [0.8, 0, 0.6, 0], [0.1, 0, 0, np.sqrt(0.99)]]))
    labels = np.array([0, 0, 0, 0])
    assert keep_similar_members(X, labels, 0.2).tolist() == [0, 0, 0, 1]
    assert keep_similar_members(X, labels, 0.05).tolist() == [0, 0, 0, 0]
    # a row standing for three identical texts: its copies count among the theme's texts
    assert keep_similar_members(X, labels, 0.2, weights=[1, 1, 1, 3]).tolist() == [0, 0, 0, 0]
    # the weakest leaves first, then the rest is measured again
    assert keep_similar_members(X, labels, 0.75).tolist() == [0, 1, 0, 2]
    # rows that leave and came from one earlier cluster leave together
    origin = np.array([0, 1, 0, 1])
    assert keep_similar_members(X, labels, 0.75, origin=origin).tolist() == [0, 1, 0, 1]
    assert keep_similar_members(X, labels, 0.75, origin=np.array([0, 1, 0, 2])).tolist() == [0, 1, 0, 2]


def test_place_names_are_left_out():
    from nq35cls.themes import without_place_names

    assert without_place_names("Số xã đạt chuẩn của xã Tam Hiệp là 12, điển hình là thôn Nà Lũng.") == (
        "Số xã đạt chuẩn của xã là 12, điển hình là thôn."
    )
    assert without_place_names("Thị xã An Lạc và Huyện Sơn Lâm") == "Thị xã và Huyện"
    text = "Ủy ban nhân dân tỉnh ban hành kế hoạch; Ban Chỉ đạo huyện họp."
    assert without_place_names(text) == text  # place nouns without a name
    # a report's own place names are not among a theme's terms, unless asked
    texts = ["Số xã đạt chuẩn nông thôn mới của xã Phú Lương là 46.", "Nước sạch về thôn Nà Lũng."]
    terms = {w for t in find_themes(texts, ["a", "b"], n_terms=20) for w in t.terms}
    kept = {w for t in find_themes(texts, ["a", "b"], n_terms=20, keep_place_names=True) for w in t.terms}
    assert not terms & {"phú", "lương", "nà", "lũng"} and {"phú", "lương", "nà", "lũng"} <= kept


def test_titles_are_phrases_of_the_members():
    texts = [
        "Thành lập 12 tổ công nghệ số cộng đồng tại các thôn.",
        "Các tổ công nghệ số cộng đồng ở các thôn có 200 thành viên.",
        "Kiện toàn 30 tổ công nghệ số cộng đồng với 150 thành viên.",
        "Lắp đặt 40 camera giám sát an ninh ở ngã tư.",
    ]
    themes = find_themes(texts, ["a", "b", "c", "d"])
    assert [t.members for t in themes] == [(0, 1, 2), (3,)]
    assert "tổ công nghệ số cộng đồng" in themes[0].title
    assert themes[1].singleton


def test_a_titles_common_phrases_are_counted_from_the_common_syllables_alone():
    # generated samples of 3 to 25 texts from a few syllables, stop words and listed phrases: the phrases in at
    # least TITLE_COVERAGE of the texts, counted only from the syllables in that many texts, are those counted
    # from every phrase, with the same counts
    from nq35cls.themes import TITLE_COVERAGE, _segments, _title_grams, stop_words

    stop, phrases = stop_words()
    listed = [" ".join(p) for p in sorted(phrases)[:40]]
    pieces = ["cán bộ", "kỹ năng", "hồ sơ", "xã", "thôn", "trực tuyến", "camera", "lớp", "đường", "số hóa", *listed]
    pieces += sorted(stop)[:10] + [",", "12", "."]
    rng = np.random.default_rng(5)
    for _ in range(60):
        size = int(rng.integers(3, 26))
        texts = [" ".join(rng.choice(pieces, size=int(rng.integers(3, 25)))) for _ in range(size)]
        segmented = [_segments(t) for t in texts]
        share = 1.0 / size
        used = Counter(w for segments in segmented for w in {w for words in segments for w in words})
        allowed = {w for w, c in used.items() if c * share >= TITLE_COVERAGE}
        full, restricted = Counter(), Counter()
        for cuts in (None, {}):  # any phrase; phrases of whole words
            full, restricted = Counter(), Counter()
            for segments in segmented:
                full.update(_title_grams(segments, 6, None, cuts))
                restricted.update(_title_grams(segments, 6, allowed, cuts))
            common = {g: c for g, c in full.items() if c * share >= TITLE_COVERAGE}
            assert {g: c for g, c in restricted.items() if c * share >= TITLE_COVERAGE} == common
            assert set(restricted) <= set(full)


def test_the_dictionarys_words_say_where_a_run_of_syllables_may_be_cut(monkeypatch):
    from nq35cls import lexicon

    assert lexicon.inside_word("bảo vệ môi trường".split()) == [False, True, False, True, False]
    assert lexicon.inside_word("công tác xã hội hóa giáo dục".split()) == [
        False,
        True,
        False,
        True,
        True,
        False,
        True,
        False,
    ]
    assert lexicon.inside_word("rác thải".split())[1] and not lexicon.inside_word("các dự án".split())[1]
    assert lexicon.inside_word("Bảo Vệ".split()) == [False, False, False]  # normalized syllables only
    assert lexicon.inside_word([]) == [False]
    # without underthesea's word list (another version, a stripped install): no boundary is inside a word
    monkeypatch.setattr(lexicon, "_word_list_path", lambda: None)
    lexicon.compound_words.cache_clear()
    try:
        assert lexicon.inside_word("bảo vệ môi trường".split()) == [False] * 5
    finally:
        monkeypatch.undo()
        lexicon.compound_words.cache_clear()
    assert lexicon.inside_word("môi trường".split())[1]


def test_titles_never_cut_a_word_or_end_on_a_function_word():
    from nq35cls.themes import theme_title

    # "trường" in most texts of the batch weighs nothing: the shorter "bảo vệ môi" scored as much and came first
    idf = {"bảo": 2.0, "vệ": 2.0, "môi": 1.0, "trường": 0.0}
    texts = ["Tuyên truyền bảo vệ môi trường.", "Tích cực bảo vệ môi trường sống.", "Quyết tâm bảo vệ môi trường."]
    assert theme_title(texts, idf) == "bảo vệ môi trường"
    # "cá nhân" cut by the six-syllable limit ("nhân tiêu biểu trong phong trào")
    idf = {w: 1.0 for w in "cá nhân tiêu biểu phong trào khen thưởng".split()}
    title = theme_title(["Khen thưởng cá nhân tiêu biểu trong phong trào thi đua."] * 3, idf)
    assert not title.startswith("nhân") and "cá nhân" in title
    # a title ending on a negation or a preposition reads cut off
    idf = {w: 1.0 for w in "lắp camera giám sát không".split()}
    assert theme_title(["Lắp camera giám sát để không bị đổ trộm."] * 2, idf) == "lắp camera giám sát"
    # where only a word the dictionary does not know gives a title, the title still comes
    assert theme_title(["Xyz qưe tuyên."], {"xyz": 1.0, "qưe": 1.0}) == "xyz qưe"


def test_the_same_point_in_other_words_is_one_theme_distractors_are_not():
    texts = [
        "Tổ chức 8 lớp tập huấn kỹ năng số cho cán bộ, công chức.",
        "Bồi dưỡng kỹ năng số cho 420 lượt cán bộ, công chức cấp xã.",
        "Tổ chức hội nghị sơ kết, khen thưởng 12 tập thể.",
    ]
    themes = find_themes(texts, ["a", "b", "c"])
    assert themes[0].members == (0, 1) and themes[0].n_reports == 2
    assert themes[1].members == (2,)


def test_related_word_groups_are_data_and_bridge_wordings_in_the_regrouping():
    from nq35cls.themes import _related, related_groups

    groups, starts = related_groups()
    assert groups[("ngân", "sách")] == groups[("nguồn", "vốn")]  # one group: money
    assert max(starts["giải"]) >= 4  # "giải phóng mặt bằng", a phrase, matched whole
    assert _related("nguồn vốn đầu tư còn thiếu".split()) == ["≈tài_chính", "≈thiếu"]
    # two wordings of one point that share no content word, only groups (run-down buildings, staff lacking),
    # and a third text on something else: only with related groups does the regrouping join the first two (the
    # term space left out: it too brings such wordings closer, tests/test_termspace.py)
    texts = [
        "Nhà làm việc bị dột, viên chức còn mỏng.",
        "Hội trường hư hỏng, cán bộ thiếu hụt.",
        "Lắp đèn năng lượng mặt trời trên các tuyến đường ven sông.",
    ]
    loose = {"theme_anchor": 0.0, "threshold": 0.05, "member_threshold": None, "termspace": 0.0}
    plain = find_themes(texts, ["a", "b", "c"], related=0.0, **loose)
    assert all(t.singleton for t in plain)
    bridged = find_themes(texts, ["a", "b", "c"], related=1.0, **loose)
    assert bridged[0].members == (0, 1) and bridged[1].members == (2,)


def test_same_report_paragraphs_stay_apart_unless_asked():
    texts = ["Đội ngũ cán bộ công nghệ thông tin còn thiếu.", "Cán bộ công nghệ thông tin còn thiếu, kiêm nhiệm."]
    assert len(find_themes(texts, ["a", "a"])) == 2
    assert len(find_themes(texts, ["a", "a"], separate_reports=False)) == 1


def test_stop_words_and_synonyms_are_data():
    assert content_syllables("Đã thực hiện công tác tuyên truyền năm 2025", concepts=False) == ["tuyên", "truyền"]
    assert content_syllables("tập huấn") == content_syllables("bồi dưỡng") == ["đào_tạo"]
    assert "0g" not in content_syllables("phủ sóng 4G")  # a concept, not a figure


def test_the_neighbour_graph_is_sparse_and_symmetric(gold20):
    texts = [t for _, _, t in gold20["limitations"]]
    X, _ = vectorize(texts)
    graph = neighbour_graph(X, 0.3, n_neighbors=5)
    assert graph.format == "csr" and graph.nnz <= 2 * 5 * len(texts)
    assert (graph != graph.T).nnz == 0 and graph.diagonal().sum() == 0
    assert graph.data.min() >= 0.3 - 1e-6
    # every link is among the 5 nearest of one of its ends
    dense = (X @ X.T).toarray()
    np.fill_diagonal(dense, -1)
    i, j = graph.nonzero()
    fifth = np.sort(dense, axis=1)[:, -5]
    assert ((dense[i, j] >= fifth[i] - 1e-6) | (dense[i, j] >= fifth[j] - 1e-6)).all()


def test_average_linkage_merges_while_the_exact_mean_holds():
    from scipy.sparse import csr_matrix

    # four unit vectors: 0 and 1 close, 2 between them and elsewhere, 3 apart
    X = csr_matrix(np.array([[1.0, 0, 0, 0], [0.8, 0.6, 0, 0], [0.6, 0, 0.8, 0], [0, 0, 0, 1.0]]))
    graph = csr_matrix(np.ones((4, 4)) - np.eye(4))
    # {0,1} first (0.8); 2 joins at mean (0.6 + 0.48) / 2 = 0.54
    assert average_linkage(X, graph, 0.5).tolist() == [0, 0, 0, 1]
    assert average_linkage(X, graph, 0.55).tolist() == [0, 0, 1, 2]
    assert average_linkage(X, graph, 0.5, groups=[0, 1, 0, 2]).tolist() == [0, 0, 1, 2]
    # no link, no merge, however similar
    assert average_linkage(X, csr_matrix((4, 4)), 0.1).tolist() == [0, 1, 2, 3]
    # a row standing for three texts of reports 0 and 1 does not take a text of report 1
    assert average_linkage(X, graph, 0.5, groups=[{0, 1}, 1, 2, 3], weights=[3, 1, 1, 1]).tolist() == [0, 1, 0, 2]


def test_average_linkage_over_every_pair_is_scipys_average_linkage():
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse import csr_matrix

    # every pair linked: merging in rounds gives what merging one pair at a time gives (average linkage is
    # reducible), which scipy's hierarchy cut at the distance 1 - threshold gives too
    rng = np.random.default_rng(7)
    dense = rng.random((80, 12)) * (rng.random((80, 12)) < 0.3)
    dense[dense.sum(axis=1) == 0, 0] = 1.0
    dense /= np.linalg.norm(dense, axis=1, keepdims=True)
    X = csr_matrix(dense)
    graph = csr_matrix(np.ones((80, 80)) - np.eye(80))
    for threshold in (0.2, 0.4, 0.6):
        ours = average_linkage(X, graph, threshold)
        scipys = fcluster(linkage(dense, method="average", metric="cosine"), t=1 - threshold, criterion="distance")
        assert 1 < len(set(ours.tolist())) < 80
        assert adjusted_rand_score(ours, scipys) == 1.0


@pytest.mark.parametrize("part", PARTS)
def test_average_linkage_stops_when_no_linked_clusters_are_similar_enough(gold20, part, monkeypatch):
    from nq35cls import clustering

    texts = [t for _, _, t in gold20[part]]
    groups = [r for r, _, _ in gold20[part]]
    X, _ = vectorize(texts, ngram_range=(1, 1))
    graph = neighbour_graph(X, 0.2, 8)
    labels = average_linkage(X, graph, 0.1, groups)
    clusters = len(set(labels.tolist()))
    assert clusters < len(texts)  # some merges
    dense = X.toarray().astype(np.float64)
    members = {c: np.flatnonzero(labels == c) for c in range(clusters)}
    reports = {c: {groups[i] for i in rows} for c, rows in members.items()}
    assert all(len(reports[c]) == len(rows) for c, rows in members.items())  # a report makes a point once
    i, j = graph.nonzero()
    for c, d in {(int(x), int(y)) for x, y in zip(labels[i], labels[j]) if x != y}:
        if not reports[c] & reports[d]:  # linked, of different reports: their exact mean is below the threshold
            assert (dense[members[c]] @ dense[members[d]].T).mean() < 0.1
    # the means' work space in chunks of one row: the same clusters
    monkeypatch.setattr(clustering, "DENSE_VALUES", 1)
    assert average_linkage(X, graph, 0.1, groups).tolist() == labels.tolist()


def test_a_themes_centroid_and_closeness_are_scipys_to_the_last_bit(gold20):
    from nq35cls.themes import _centroid_and_closeness

    X, _ = vectorize([t for _, _, t in gold20["solutions"]], ngram_range=(1, 1))
    rng = np.random.default_rng(0)
    for size in (2, 3, 7, 20, 40):
        members = sorted(rng.choice(X.shape[0], size=size, replace=False).tolist())
        centroid, closeness = _centroid_and_closeness(X, members)
        rows = X[members]
        expected = np.asarray(rows.mean(axis=0)).ravel()
        assert centroid.dtype == expected.dtype and np.array_equal(centroid, expected)
        assert np.array_equal(closeness, rows @ expected)


def test_identical_texts_are_one_theme_with_every_report():
    texts = ["Lắp đặt 12 camera giám sát an ninh."] * 3 + ["Kích hoạt 300 tài khoản định danh điện tử."]
    themes = find_themes(texts, ["a", "b", "c", "d"])
    assert themes[0].members == (0, 1, 2) and themes[0].n_reports == 3


def test_lead_ins_and_table_rows_share_no_point_even_word_for_word():
    """ "Cụ thể:" or a row "- Tỉ lệ đạt | 100%" in many reports is not a theme (each stands alone); a point is."""
    point = ["Lắp đặt 12 camera giám sát an ninh tại các ngã ba.", "Lắp 20 camera giám sát an ninh ở các ngã ba."]
    short = ["Cụ thể:", "Cụ thể:", "- Tỉ lệ đạt | 100%", "- Tỉ lệ đạt | 75%", "Cơ sở vật chất:", "Cơ sở vật chất:"]
    lead_ins = ["Kiến nghị đối với Ủy ban nhân dân tỉnh:"] * 2
    texts = point + short + lead_ins
    reports = ["a", "b"] * (len(texts) // 2)
    themes = find_themes(texts, reports)
    shared = [t.members for t in themes if not t.singleton]
    assert shared == [(0, 1)]
    assert sorted(m for t in themes for m in t.members) == list(range(len(texts)))  # every text kept, alone
    # every text in: the short ones pair off again, each the same words in two reports
    everyone = [t.members for t in find_themes(texts, reports, min_syllables=0) if not t.singleton]
    assert {(2, 3), (4, 5), (6, 7), (8, 9)} <= set(everyone)


def test_texts_that_join_no_theme_leave_the_others_themes_as_they_were(gold20):
    reports, _, texts = map(list, zip(*gold20["results"]))
    extra = ["Cụ thể:", "Lưu ý:", "- Tỉ lệ đạt | 100%"] * 3
    before = find_themes(texts, reports)
    after = find_themes(texts + extra, reports + ["x", "y", "z"] * 3)
    assert [t.members for t in after if not t.singleton] == [t.members for t in before if not t.singleton]
    assert sum(t.singleton for t in after) == sum(t.singleton for t in before) + len(extra)


def test_edge_cases():
    assert find_themes([], []) == []
    themes = find_themes(["và các", "của những"], ["a", "b"])  # no content word
    assert sorted(m for t in themes for m in t.members) == [0, 1]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"threshold": 0}, "threshold"),
        ({"threshold": 1.5}, "threshold"),
        ({"threshold": True}, "threshold"),
        ({"n_neighbors": 0}, "n_neighbors"),
        ({"anchor": 1.0}, "anchor"),
        ({"ngram_range": (2, 1)}, "ngram_range"),
        ({"n_terms": -1}, "n_terms"),
        ({"theme_anchor": 1.0}, "theme_anchor"),
        ({"member_threshold": -0.1}, "member_threshold"),
        ({"member_threshold": True}, "member_threshold"),
        ({"related": 1.5}, "related"),
        ({"related": True}, "related"),
        ({"min_syllables": -1}, "min_syllables"),
        ({"min_syllables": 2.5}, "min_syllables"),
        ({"n_jobs": 0}, "n_jobs"),
        ({"n_jobs": True}, "n_jobs"),
    ],
)
def test_parameters_are_checked(kwargs, message):
    with pytest.raises(ValueError, match=message):
        find_themes(["a b"], ["r"], **kwargs)


def test_texts_and_reports_must_pair():
    with pytest.raises(ValueError, match="differ in length"):
        find_themes(["a", "b"], ["r"])


@pytest.mark.parametrize(
    "text, heading",
    [
        ("I. KẾT QUẢ ĐẠT ĐƯỢC", True),
        ("2.1. Về hạ tầng số", True),
        ("b) Chính quyền số", True),
        ("KHÓ KHĂN, VƯỚNG MẮC", True),
        ("1. Tổ chức 12 lớp tập huấn kỹ năng số cho cán bộ.", False),  # a numbered point ends with a full stop
        ("Lắp đặt 20 camera giám sát an ninh", False),
        ("đã tổ chức 3 hội nghị", False),
        ("I. " + "rất dài " * 10, False),
    ],
)
def test_headings_are_told_from_points(text, heading):
    from nq35cls.themes import is_heading

    assert is_heading(text) is heading


@pytest.mark.parametrize(
    "module, folder",
    [
        ("generate", "reports"),
        ("generate_test", "reports_test"),
        ("generate_valid", "reports_valid"),
        ("generate_set4", "reports_set4"),
        ("generate_set5", "reports_set5"),
        ("generate_set6", "reports_set6"),
        ("generate_set7", "reports_set7"),
        ("generate_set8", "reports_set8"),
        ("generate_set9", "reports_set9"),
        ("generate_set10", "reports_set10"),
        ("generate_set11", "reports_set11"),
        ("generate_set12", "reports_set12"),
        ("generate_set13", "reports_set13"),
    ],
)
def test_the_benchmark_sets_are_what_their_generators_write(module, folder, monkeypatch):
    """The committed gold of the benchmark sets (tuned on, held out, validation, the ten blind ones) is reproducible."""
    import importlib

    monkeypatch.syspath_prepend(str(GOLD.parent))
    generate = importlib.import_module("generate")
    gen = importlib.import_module(module)
    programme = getattr(gen, "PROGRAMME", generate.DIGITAL)
    reports = generate.build_reports(gen.N_REPORTS, gen.SEED, programme)
    committed = sorted((GOLD.parent / folder).glob("*.jsonl"))
    assert [stem for stem, _ in reports] == [p.stem for p in committed]
    for (_, paras), path in zip(reports, committed):
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert [{k: p[k] for k in ("index", "label", "theme", "text")} for p in paras] == gold
    # every planted theme is raised by as many reports as the generator says
    raised = Counter(p["theme"] for _, paras in reports for p in paras if p["theme"] and ":" not in p["theme"])
    assert raised == Counter(programme.prevalence)
