"""The document featurizer's fast paths agree with the plain computation."""

from __future__ import annotations

import numpy as np
import pytest

from nq35cls.features import STRUCTURE_FEATURES, DocumentFeaturizer
from nq35cls.features.cues import Cues
from nq35cls.features.structure import PART_FEATURES, structure_rows
from nq35cls.features.tfidf import tfidf as _tfidf
from nq35cls.normalize import feature_text


def test_term_counting_matches_scikit_learn(real_docs):
    featurizer = DocumentFeaturizer(min_df=1, syllable_ngram_range=(1, 3)).fit([d.texts for d in real_docs])
    ((_, vec),) = featurizer.vectorizers_
    texts = [feature_text(t) for d in real_docs for t in d.texts]
    texts += ["", "!!! ...", "từ mới hoàn toàn chưa thấy", "kết quả kết quả kết quả"]
    assert _tfidf(vec, []).shape == (0, len(vec.vocabulary_))
    expected = vec.transform(texts)
    got = _tfidf(vec, texts)
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    assert abs(got.toarray() - expected.toarray()).max() < 1e-6
    assert (np.diff(got.indptr) == expected.getnnz(axis=1)).all()


def test_char_features_fall_back_to_scikit_learn(real_docs):
    featurizer = DocumentFeaturizer(text_features="char", min_df=1).fit([d.texts[:5] for d in real_docs])
    ((_, vec),) = featurizer.vectorizers_
    texts = [feature_text(t) for t in real_docs[0].texts[:5]]
    assert abs(_tfidf(vec, texts).toarray() - vec.transform(texts).toarray()).max() == 0


@pytest.mark.parametrize(
    "settings", [{}, {"context_weight": 0, "heading_weight": 0}, {"structure": False}, {"structure_weight": 0.5}]
)
def test_parts_score_like_the_matrix(real_docs, settings):
    docs = [d.texts for d in real_docs]
    featurizer = DocumentFeaturizer(min_df=1, **settings).fit(docs)
    parts = featurizer.transform_parts(docs)
    matrix = featurizer.transform(docs)
    assert (abs(parts.matrix() - matrix)).max() == 0
    assert parts.n_features == matrix.shape[1]
    weights = np.random.default_rng(0).normal(size=(matrix.shape[1], 4))
    np.testing.assert_allclose(parts.dot(weights), matrix @ weights, rtol=1e-5, atol=1e-5)


def _structure(texts, **settings):
    """The structural block at scale 1 (unless ``settings`` say otherwise)."""
    featurizer = DocumentFeaturizer(**{"min_df": 1, "structure_weight": 1.0, **settings}).fit([texts])
    return featurizer.transform_parts([texts]).structure


def test_dates_and_document_numbers_are_not_menu_separators():
    texts = [
        "Trang chủ | Tin tức | Chính trị",
        "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị, huyện đã tổ chức nhiều hoạt động.",
    ]
    column = STRUCTURE_FEATURES.index("separators")
    menu, body = _structure(texts)[:, column]
    assert menu > 0
    assert body == 0


def test_cue_words_inside_quotation_marks_are_not_the_units_own():
    own = "Thời gian tới, cần tiếp tục đẩy mạnh tuyên truyền."
    quoted = "Đại hội nhấn mạnh: “Thời gian tới, cần tiếp tục đẩy mạnh tuyên truyền.”"
    column = STRUCTURE_FEATURES.index("own_solutions")
    rows = _structure([own, quoted])
    assert rows[0, column] > 0
    assert rows[1, column] == 0


def test_lines_of_chrome_are_found_and_open_no_part():
    texts = [
        "Kết quả thực hiện Nghị quyết ở huyện",
        "Phản hồi",
        "A- A A+ | Tăng tương phản Giảm tương phản",
        "Theo dõi, đôn đốc việc thực hiện",  # a heading that merely holds a chrome phrase
        "Liên hệ công tác với các xã đã được duy trì đều đặn trong năm, qua đó nắm bắt kịp thời tình hình.",
    ]
    rows = _structure(texts)
    chrome = rows[:, STRUCTURE_FEATURES.index("chrome_line")].tolist()
    heading = rows[:, STRUCTURE_FEATURES.index("is_heading")].tolist()
    assert chrome == [0, 1, 1, 0, 0]
    assert heading[1] == heading[2] == 0 and heading[0] == heading[3] == 1


def test_the_part_of_a_paragraph_is_that_of_its_enclosing_headings():
    texts = [
        "BÁO CÁO Sơ kết công tác năm 2025 của xã Đông Lâm",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Công tác chuyển đổi số",  # a sub-heading without a cue: still inside the results part
        "1.1. Các tiện ích đã triển khai:",
        "- Tra cứu hồ sơ trực tuyến",
        "Một là, cổng thông tin của xã",  # an enumerated item opens no heading of its own
        "II. HẠN CHẾ, TỒN TẠI",
        "- Đường truyền còn chập chờn ở hai thôn vùng cao",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
        "1. Hoàn thành lắp đặt đường truyền cho các thôn",
        "PHỤ LỤC",  # an upper-case line closes the part opened at its level
        "Bảng số liệu kèm theo",
    ]
    rows = _structure(texts)
    assert rows.shape[1] == len(STRUCTURE_FEATURES) + len(PART_FEATURES)
    parts = [PART_FEATURES[k] for k in rows[:, len(STRUCTURE_FEATURES) :].argmax(axis=1)]
    assert parts[2:6] == ["part_results"] * 4
    assert parts[7] == "part_limitations"
    assert parts[9] == "part_solutions"
    assert parts[11] == "part_none"
    # without the option the block is as before, column for column
    np.testing.assert_array_equal(rows[:, : len(STRUCTURE_FEATURES)], _structure(texts, part_context=False))
    # the heading that opens each paragraph's part, whose text the featurizer copies in (part_weight)
    featurizer = DocumentFeaturizer(min_df=1).fit([texts])
    _, _, part_rows = structure_rows(texts, [feature_text(t) for t in texts], Cues(featurizer.cues_), parts=True)
    # (the lead-in '1.1. Các tiện ích đã triển khai:' has a results cue of its own: the innermost such heading)
    assert part_rows[2:6] == [1, 1, 3, 3] and part_rows[7] == 6 and part_rows[9] == 8 and part_rows[11] == -1


def test_structure_weight_scales_the_structural_block(real_docs):
    texts = real_docs[0].texts
    np.testing.assert_allclose(_structure(texts, structure_weight=0.25), 0.25 * _structure(texts))


@pytest.mark.parametrize(
    "text_features, openings",
    [("syllable", "sentence"), ("syllable", "paragraph"), ("syllable", "none"), ("char+syllable", "sentence")],
)
def test_sentence_rows_are_cut_from_the_paragraphs_terms(real_docs, text_features, openings):
    from nq35cls.segment import split_sentences

    docs = [d.texts for d in real_docs] + [["Một câu. Hai câu ngắn! Ba", "", "Không có gì"]]
    featurizer = DocumentFeaturizer(
        text_features=text_features, min_df=1, syllable_ngram_range=(1, 3), openings=openings
    ).fit(docs)
    spans = [[split_sentences(p) for p in doc] for doc in docs]
    with_sentences = featurizer.transform_parts(docs, spans)
    plain = featurizer.transform_parts(docs)
    assert abs(with_sentences.own.toarray() - plain.own.toarray()).max() < 1e-6
    np.testing.assert_allclose(with_sentences.structure, plain.structure)
    texts = [
        p[a:b] for doc, doc_spans in zip(docs, spans) for p, ps in zip(doc, doc_spans) if len(ps) > 1 for a, b in ps
    ]
    assert len(texts) > 20
    assert abs(with_sentences.sentences.toarray() - featurizer.transform_text(texts).toarray()).max() < 1e-6
    with pytest.raises(ValueError, match="sentence_spans"):
        featurizer.transform_parts(docs, spans[:-1])


def test_a_separator_line_has_text_features_of_its_own():
    texts = ["Kết quả đạt được rất đáng ghi nhận.", "*", "***", "Trang chủ | Tin tức", "*"]
    featurizer = DocumentFeaturizer(min_df=1).fit([texts])
    ((_, vec),) = featurizer.vectorizers_
    own = featurizer.transform_text(["*", "***"])
    terms = {k: term for term, k in vec.vocabulary_.items()}
    rows = [{terms[k] for k in own.indices[own.indptr[i] : own.indptr[i + 1]]} for i in range(2)]
    assert rows == [{"¶", "*", "¶ *"}, {"¶", "***", "¶ ***"}]  # the line's symbols, and where it opens
    assert {"*", "***", "|"} <= set(vec.vocabulary_)


def test_a_lone_star_is_a_separator_not_a_bullet():
    texts = ["Một là, tăng cường tuyên truyền.", "*", "***", "* Hạn chế: còn chậm.", "- 126 buổi tuyên truyền"]
    rows = _structure(texts)
    bullet = rows[:, STRUCTURE_FEATURES.index("bullet")].tolist()
    assert bullet == [0, 0, 0, 1, 1]


def test_row_normalization_matches_scikit_learns():
    """The labeling path's own L2 row normalization (no scikit-learn) gives scikit-learn's result, empty rows too."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    from nq35cls.features.rows import SparseRows

    rng = np.random.default_rng(0)
    for seed in range(100):
        rows = int(rng.integers(1, 8))
        matrix = sp.random(
            rows, 6, density=float(rng.random()) * 0.6, format="csr", dtype=np.float32, random_state=seed
        )
        ours = SparseRows.of(matrix).l2_normalized()
        np.testing.assert_allclose(ours.toarray(), normalize(matrix).toarray(), atol=1e-6)


def test_the_faster_token_patterns_find_the_same_tokens(real_docs):
    import re

    from nq35cls.features.tfidf import SAME_TOKENS

    texts = [feature_text(t) for d in real_docs for t in d.texts]
    texts += ["a_b __ *** x-y đ. «trích» ... | - 12,5% (a) ½ ㊀ e\u0301 tab\tnew\nline", "", " ! ", "_", "a__b c"]
    for slow, fast in SAME_TOKENS.items():
        assert slow != fast
        for text in texts:
            assert re.findall(fast, text) == re.findall(slow, text), text


@pytest.mark.parametrize("model_kind", ["estimator", "labeling"])
def test_bigrams_found_by_their_syllables_give_the_same_rows(real_docs, small_model_file, monkeypatch, model_kind):
    """The batch path (PairIndex) and the spelled-out path agree, paragraphs and sentences alike."""
    import nq35cls.features.tfidf as tfidf_module
    from nq35cls.features.tfidf import PairIndex, tfidf_with_sentences
    from nq35cls.persist import load_model
    from nq35cls.segment import split_sentences

    model = load_model(small_model_file, for_labeling=model_kind == "labeling")
    ((_, vec),) = model.featurizer_.vectorizers_
    paragraphs = [t for d in real_docs for t in d.texts] + ["", "Một. Hai ba! Bốn", "từ lạ chưa thấy bao giờ"]
    texts = [feature_text(t) for t in paragraphs]
    pieces = [[feature_text(t[a:b]) for a, b in split_sentences(t)] for t in paragraphs]
    results = {}
    for words in (10**9, 0):  # spelled out, then through the pair index
        monkeypatch.setattr(tfidf_module, "PAIR_INDEX_WORDS", words)
        results[words] = (_tfidf(vec, texts), *tfidf_with_sentences(vec, pieces))
    for spelled, paired in zip(results[10**9], results[0]):
        assert spelled.shape == paired.shape
        np.testing.assert_array_equal(spelled.indptr, paired.indptr)
        np.testing.assert_allclose(spelled.toarray(), paired.toarray(), atol=1e-7)
    assert PairIndex.of({"a": 0, "a b": 1}) is None  # a bigram whose syllable is no term: strings are looked up
    empty = PairIndex.of({"a": 0})
    assert empty is not None and empty.bigrams(np.array([0, 0])).tolist() == [-1]


def test_the_pair_index_is_built_once_per_vectorizer_and_never_saved(small_model_file):
    import pickle

    from nq35cls.persist import load_model

    for model in (load_model(small_model_file), load_model(small_model_file, for_labeling=True)):
        featurizer = model.featurizer_
        ((_, vec),) = featurizer.vectorizers_
        index = featurizer._pair_index(vec)
        assert index is not None and featurizer._pair_index(vec) is index  # kept for the next batch
        state = featurizer.__getstate__()
        assert not any(cache in state for cache in featurizer.CACHES)
        assert "_pair_indexes" not in pickle.loads(pickle.dumps(featurizer)).__dict__


def test_an_opening_cue_is_told_from_the_same_words_further_in():
    from nq35cls.features.tfidf import mark_openings

    assert mark_openings("kết quả tốt. tuy nhiên, còn chậm; cần: một là", "sentence") == (
        "¶ kết quả tốt. ¶ tuy nhiên, còn chậm; ¶ cần: ¶ một là"
    )
    assert mark_openings("kết quả tốt. tuy nhiên", "paragraph") == "¶ kết quả tốt. tuy nhiên"
    assert mark_openings("kết quả tốt. tuy nhiên", "none") == "kết quả tốt. tuy nhiên"
    texts = ["Tuy nhiên, việc triển khai còn chậm.", "Kết quả tốt, tuy nhiên còn chậm.", "Tuy nhiên"]
    for openings, opening_terms in (("sentence", {"¶ tuy"}), ("paragraph", {"¶ tuy"}), ("none", set())):
        featurizer = DocumentFeaturizer(min_df=1, openings=openings).fit([texts])
        ((_, vec),) = featurizer.vectorizers_
        terms = {k: term for term, k in vec.vocabulary_.items()}
        own = featurizer.transform_text(texts[:2])
        first, second = ({terms[k] for k in own.indices[own.indptr[i] : own.indptr[i + 1]]} for i in range(2))
        assert "tuy nhiên" in first and "tuy nhiên" in second  # the words wherever they are
        assert first & {"¶ tuy"} == opening_terms and "¶ tuy" not in second  # where they open only


def test_a_featurizer_saved_before_the_opening_marks_reads_as_without_them(real_docs):
    from nq35cls.scoring import FeatureState

    docs = [d.texts for d in real_docs]
    old = DocumentFeaturizer(min_df=1, openings="none").fit(docs)
    state = old.__getstate__()
    del state["openings"]  # as a model file written before the parameter existed holds it
    for cls in (DocumentFeaturizer, FeatureState):
        loaded = cls.__new__(cls)
        loaded.__setstate__(dict(state))
        assert loaded.openings == "none"
        assert abs(loaded.transform_parts(docs).own.toarray() - old.transform_parts(docs).own.toarray()).max() < 1e-6
