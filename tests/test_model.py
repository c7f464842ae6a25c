import numpy as np
import pytest
from sklearn.base import clone

from nq35cls.features import DocumentFeaturizer
from nq35cls.model import ReportClassifier

DOCS = [
    [
        "Báo cáo kết quả",
        "Đã tổ chức 20 hội nghị quán triệt.",
        "Còn hạn chế, chưa kịp thời.",
        "Thời gian tới cần tăng cường tuyên truyền.",
    ],
    [
        "Tin liên quan",
        "Kết quả đạt được",
        "Đã phát hành 300 tài liệu.",
        "Tuy nhiên còn chậm đổi mới.",
        "Cần tiếp tục đẩy mạnh.",
    ],
]
LABELS = [
    ["other", "results", "limitations", "solutions"],
    ["boilerplate", "results", "results", "limitations", "solutions"],
]


def test_fit_predict_shapes_and_probabilities():
    model = ReportClassifier(min_df=1).fit(DOCS, LABELS)
    assert set(model.classes_) == {"results", "limitations", "solutions", "other", "boilerplate"}
    pred = model.predict(DOCS)
    assert [len(p) for p in pred] == [4, 5]
    for proba in model.predict_proba(DOCS):
        np.testing.assert_allclose(proba.sum(axis=1), 1.0)
        assert proba.shape[1] == len(model.classes_)
    for labels, conf in model.predict_with_confidence(DOCS):
        assert ((conf >= 0) & (conf <= 1)).all()
    assert model.score(DOCS, LABELS) > 0.7  # learns its own training set


def test_deterministic_and_clonable():
    a = ReportClassifier(min_df=1, C=3.0).fit(DOCS, LABELS)
    b = clone(a).fit(DOCS, LABELS)
    assert b.get_params()["C"] == 3.0
    for pa, pb in zip(a.predict_proba(DOCS), b.predict_proba(DOCS)):
        np.testing.assert_array_equal(pa, pb)
    assert "classifier_" not in clone(a).__dict__


def test_init_does_no_work_and_params_round_trip():
    model = ReportClassifier(text_features="syllable", decode=False)
    assert model.get_params()["text_features"] == "syllable"
    assert not hasattr(model, "classes_")
    model.set_params(decode=True)
    assert model.decode is True


def test_decode_switch_changes_how_labels_are_chosen(small_model, real_docs):
    docs = [d.texts for d in real_docs]
    joint = small_model.predict_proba(docs)
    alone = clone(small_model).set_params(decode=False).fit(docs, [d.labels for d in real_docs]).predict_proba(docs)
    assert any(not np.allclose(j, a) for j, a in zip(joint, alone))


def test_bad_input_is_refused():
    with pytest.raises(TypeError):
        ReportClassifier().fit("một văn bản", ["results"])
    with pytest.raises(ValueError, match="same documents"):
        ReportClassifier().fit(DOCS, LABELS[:1])
    with pytest.raises(ValueError, match="text_features"):
        DocumentFeaturizer(text_features="letters").fit(DOCS)


def test_feature_sets_and_context_blocks():
    plain = DocumentFeaturizer(min_df=1, context_weight=0, heading_weight=0, structure=False).fit(DOCS)
    full = DocumentFeaturizer(min_df=1).fit(DOCS)
    a, b = plain.transform(DOCS), full.transform(DOCS)
    assert a.shape[0] == b.shape[0] == 9
    assert b.shape[1] > 3 * a.shape[1]  # own + previous + next + heading blocks + structure
    syl = DocumentFeaturizer(text_features="syllable", min_df=1).fit(DOCS)
    assert syl.transform([["Kết quả"]]).shape[0] == 1


def test_phrase_pattern_finds_every_phrase_and_prefers_the_longest():
    from nq35cls.features import phrase_pattern

    phrases = ["kết quả", "kết quả nổi bật", "kết luận", "hạn chế", "cần"]
    pattern = phrase_pattern(phrases)
    for phrase in phrases:
        assert pattern.fullmatch(phrase)
    assert pattern.findall("đạt kết quả nổi bật; còn hạn chế, cần kết luận") == [
        "kết quả nổi bật",
        "hạn chế",
        "cần",
        "kết luận",
    ]
    assert pattern.findall("không có gì") == []
    assert phrase_pattern([]).findall("bất kỳ") == []


def test_two_classes_work_like_more():
    docs = [["Kết quả đạt được", "Đã tổ chức 20 hội nghị. Còn chậm đổi mới."], ["Hạn chế", "Còn chậm đổi mới."]]
    labels = [["results", "results"], ["limitations", "limitations"]]
    clf = ReportClassifier(min_df=1).fit(docs, labels)
    assert list(clf.classes_) == ["limitations", "results"]
    (proba,) = clf.predict_proba([["Thời gian tới cần đẩy mạnh tuyên truyền.", "Còn chậm."]])
    assert proba.shape == (2, 2) and np.allclose(proba.sum(axis=1), 1)
    (detail,) = clf.predict_detailed(docs[:1], [[[(0, 16)], [(0, 23), (24, 41)]]])
    assert detail.sentence_proba[1].shape == (2, 2)


def test_file_formats_need_stronger_evidence_for_boilerplate():
    """The same lines read from a .docx are taken for web-page chrome less readily than from a page."""
    import pytest

    from nq35cls.labeling import FILE_BOILERPLATE_BIAS, format_boilerplate_bias, label_texts
    from nq35cls.persist import load_model
    from nq35cls.readers import Text

    assert format_boilerplate_bias("docx") == format_boilerplate_bias("pdf") == FILE_BOILERPLATE_BIAS < 0
    assert format_boilerplate_bias("html") == format_boilerplate_bias("txt") == 0.0
    model = load_model()
    lines = "Trang chủ | Giới thiệu | Tin tức\nLượt truy cập: 15230\nĐã tổ chức 12 hội nghị quán triệt.\nTin liên quan"
    page, word = label_texts(
        [Text("a.html", lines, "html", format="html"), Text("a.docx", lines, "docx", format="docx")],
        model,
        keep_boilerplate=True,
    )
    chrome = {p.index: p.confidence for p in page.paragraphs if p.label == "boilerplate"}
    assert chrome  # the page's chrome is recognised
    for p in word.paragraphs:
        if p.index in chrome and p.label == "boilerplate":
            assert p.confidence < chrome[p.index]
    assert sum(p.label == "boilerplate" for p in word.paragraphs) <= len(chrome)
    with pytest.raises(ValueError, match="boilerplate_bias has 1 values for 2 documents"):
        model.predict_detailed([["a"], ["b"]], boilerplate_bias=[0.0])
    biased = model.predict_detailed([lines.splitlines()], boilerplate_bias=[-50.0])[0]
    assert "boilerplate" not in set(biased.labels)
