import numpy as np
import pytest
from sklearn.base import clone, is_classifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, GroupKFold, cross_val_predict, cross_validate

from nq35cls.features import DocumentFeaturizer
from nq35cls.metrics import macro_f1, macro_f1_scorer
from nq35cls.model import ReportClassifier, plain_params, with_parts

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
    model = ReportClassifier(featurizer=DocumentFeaturizer(min_df=1)).fit(DOCS, LABELS)
    assert set(model.classes_) == {"results", "limitations", "solutions", "other", "boilerplate"}
    pred = model.predict(DOCS)
    assert [len(p) for p in pred] == [4, 5]
    for proba in model.predict_proba(DOCS):
        np.testing.assert_allclose(proba.sum(axis=1), 1.0)
        assert proba.shape[1] == len(model.classes_)
    for labels, conf in model.predict_with_confidence(DOCS):
        assert ((conf >= 0) & (conf <= 1)).all() and len(labels) == len(conf)
    assert model.score(DOCS, LABELS) > 0.7  # learns its own training set


def test_deterministic_and_clonable():
    a = ReportClassifier(featurizer=DocumentFeaturizer(min_df=1), classifier=LogisticRegression(C=3.0)).fit(
        DOCS, LABELS
    )
    b = clone(a).fit(DOCS, LABELS)
    assert b.get_params()["classifier__C"] == 3.0 and b.classifier_.C == 3.0
    for pa, pb in zip(a.predict_proba(DOCS), b.predict_proba(DOCS)):
        np.testing.assert_array_equal(pa, pb)
    assert "classifier_" not in clone(a).__dict__


def test_init_does_no_work_and_params_round_trip():
    model = ReportClassifier(featurizer=DocumentFeaturizer(text_features="char"), decode=False)
    assert model.get_params()["featurizer__text_features"] == "char"
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
    plain = DocumentFeaturizer(
        min_df=1, context_weight=0, heading_weight=0, part_weight=0, document_weight=0, structure=False
    ).fit(DOCS)
    full = DocumentFeaturizer(min_df=1, document_weight=0.0).fit(DOCS)
    a, b = plain.transform(DOCS), full.transform(DOCS)
    assert a.shape[0] == b.shape[0] == 9
    assert b.shape[1] > 4 * a.shape[1]  # own + previous + next + heading + part blocks + structure
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
    clf = ReportClassifier(featurizer=DocumentFeaturizer(min_df=1)).fit(docs, labels)
    assert list(clf.classes_) == ["limitations", "results"]
    (proba,) = clf.predict_proba([["Thời gian tới cần đẩy mạnh tuyên truyền.", "Còn chậm."]])
    assert proba.shape == (2, 2) and np.allclose(proba.sum(axis=1), 1)
    (detail,) = clf.predict_detailed(docs[:1], [[[(0, 16)], [(0, 23), (24, 41)]]])
    assert detail.sentence_proba[1].shape == (2, 2)


def test_file_formats_need_stronger_evidence_for_boilerplate():
    """The same lines read from a .docx are taken for web-page chrome less readily than from a page."""
    import pytest

    from nq35cls.labeling import FILE_BOILERPLATE_BIAS, format_boilerplate_bias, label_texts
    from nq35cls.options import Options
    from nq35cls.persist import load_model
    from nq35cls.readers import Text

    assert format_boilerplate_bias("docx") == format_boilerplate_bias("pdf") == FILE_BOILERPLATE_BIAS < 0
    assert format_boilerplate_bias("html") == format_boilerplate_bias("txt") == 0.0
    model = load_model()
    lines = "Trang chủ | Giới thiệu | Tin tức\nLượt truy cập: 15230\nĐã tổ chức 12 hội nghị quán triệt.\nTin liên quan"
    page, word = label_texts(
        [Text("a.html", lines, "html", format="html"), Text("a.docx", lines, "docx", format="docx")],
        model,
        Options(keep_boilerplate=True),
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


def test_a_classifier_with_keyword_only_parameters_and_document_tags():
    model = ReportClassifier()
    assert is_classifier(model)
    tags = model.__sklearn_tags__()
    assert tags.input_tags.string and not tags.input_tags.two_d_array
    with pytest.raises(TypeError):
        ReportClassifier(DocumentFeaturizer())  # type: ignore[misc]
    with pytest.raises(TypeError):
        DocumentFeaturizer("char")  # type: ignore[misc]


@pytest.mark.parametrize(
    "estimator, name",
    [
        (ReportClassifier(transition_weight=-5), "transition_weight"),
        (ReportClassifier(decode="yes"), "decode"),
        (ReportClassifier(featurizer=DocumentFeaturizer(context_weight="x")), "context_weight"),
        (ReportClassifier(featurizer=DocumentFeaturizer(min_df=0)), "min_df"),
        (ReportClassifier(featurizer=DocumentFeaturizer(openings="clause")), "openings"),
        (ReportClassifier(featurizer=DocumentFeaturizer(char_ngram_range=(3, 1))), "char_ngram_range"),
        (ReportClassifier(excerpt_lengths=(5, 0)), "excerpt_lengths"),
        (ReportClassifier(featurizer="syllable"), "featurizer"),
    ],
)
def test_bad_parameters_are_refused_in_fit_naming_the_parameter(estimator, name):
    with pytest.raises(ValueError, match=name):
        estimator.fit(DOCS, LABELS)


def test_every_featurizer_parameter_reaches_the_fitted_featurizer():
    changed = {
        "text_features": "char+syllable",
        "char_ngram_range": (2, 3),
        "syllable_ngram_range": (1, 3),
        "min_df": 1,
        "context_weight": 0.25,
        "heading_weight": 0.75,
        "document_weight": 0.125,
        "structure": False,
        "structure_weight": 0.5,
        "part_context": False,
        "part_weight": 0.0,
        "openings": "paragraph",
        "cues": DocumentFeaturizer().fit(DOCS).cues_,
    }
    defaults = DocumentFeaturizer().get_params()
    assert set(changed) == set(defaults), "a featurizer parameter is not covered by this test"
    assert all(changed[k] is not defaults[k] and changed[k] != defaults[k] for k in changed)
    model = with_parts(ReportClassifier(), **{f"featurizer__{k}": v for k, v in changed.items()}).fit(DOCS, LABELS)
    assert model.featurizer_.get_params() == changed
    # and they shape the features: own text, three copies and the document block, no structure
    width = len(model.featurizer_.get_feature_names_out())
    assert width == model.classifier_.coef_.shape[1] == 5 * model.featurizer_.n_text_features_


def test_feature_names_name_every_column():
    model = ReportClassifier(featurizer=DocumentFeaturizer(min_df=1)).fit(DOCS, LABELS)
    names = model.get_feature_names_out()
    assert len(names) == model.featurizer_.transform(DOCS).shape[1] == model.classifier_.coef_.shape[1]
    assert "syllable:kết quả" in set(names) and "heading:syllable:kết quả" in set(names)
    assert names[-1] == "structure:part_solutions"


def _toy_corpus(n=12):
    """Twelve small documents of three parts, worded a little differently each time."""
    docs, labels = [], []
    for k in range(n):
        docs.append(
            [
                f"Kết quả đạt được trong quý {k % 4 + 1}",
                f"Đã tổ chức {10 + k} hội nghị quán triệt cho cán bộ.",
                f"Tuy nhiên còn {k + 2} đơn vị chậm triển khai, chưa kịp thời.",
                f"Thời gian tới cần tăng cường kiểm tra {k + 1} xã.",
            ]
        )
        labels.append(np.array(["results", "results", "limitations", "solutions"], dtype=object))
    return docs, labels


def test_model_selection_accepts_the_estimator_and_the_scorer():
    docs, labels = _toy_corpus()
    groups = np.arange(len(docs)) % 3
    base = ReportClassifier(featurizer=DocumentFeaturizer(min_df=1), classifier=LogisticRegression())
    search = GridSearchCV(
        base, {"featurizer__context_weight": [0.0, 0.5], "classifier__C": [1.0, 10.0]}, scoring=macro_f1_scorer, cv=3
    ).fit(docs, labels)
    assert set(search.best_params_) == {"featurizer__context_weight", "classifier__C"}
    assert 0.5 < search.best_score_ <= 1.0
    scores = cross_validate(base, docs, labels, groups=groups, cv=GroupKFold(3), scoring=macro_f1_scorer)
    assert len(scores["test_score"]) == 3
    predicted = cross_val_predict(base, docs, labels, groups=groups, cv=GroupKFold(3))
    assert [len(p) for p in predicted] == [4] * len(docs)
    assert macro_f1(labels, predicted) == pytest.approx(np.mean(scores["test_score"]), abs=0.2)


def test_a_model_saved_with_flat_parameters_gets_them_as_sub_estimators():
    """Model files of format 5 held the featurizer's and the classifier's settings as flat parameters."""
    old = ReportClassifier.__new__(ReportClassifier)
    old.__setstate__({"text_features": "char", "min_df": 3, "C": 2.0, "max_iter": 50, "decode": False})
    assert old.featurizer.get_params()["text_features"] == "char" and old.featurizer.min_df == 3
    assert old.featurizer.document_weight == 0.0  # format 5 models without it had no document block
    assert old.classifier.C == 2.0 and old.classifier.max_iter == 50
    assert old.decode is False and old.transition_weight == 0.3
    assert plain_params(old)["featurizer__text_features"] == "char"


def test_a_model_saved_before_the_continuation_weight_decodes_as_it_did():
    old = ReportClassifier.__new__(ReportClassifier)
    old.__setstate__({"decode": True, "transition_weight": 0.3})
    assert old.continuation_weight is None and old._transition_weights([["Một là, giữ vị trí", "then chốt."]]) is None
    assert ReportClassifier().continuation_weight == 1.0


def test_a_sentences_fragment_is_decoded_with_the_continuation_weight():
    model = ReportClassifier(transition_weight=0.3, continuation_weight=1.0)
    doc = ["Một là, công tác dân số giữ vị trí", "then chốt trong sự nghiệp phát triển.", "Hai là, tăng đầu tư."]
    (weights,) = model._transition_weights([doc])
    assert weights.tolist() == [0.3, 1.0, 0.3]  # the fragment that goes on with the first paragraph's sentence
    with pytest.raises(ValueError, match="continuation_weight"):
        ReportClassifier(continuation_weight=-1.0).fit([doc], [["solutions"] * 3])
