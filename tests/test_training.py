import json
import subprocess
import sys

import pytest

from nq35cls.data import Record, write_records
from nq35cls.model import ReportClassifier
from nq35cls.persist import load_model
from nq35cls.training import count_labels, data_sha256, train


def _tiny_data(folder, real_docs):
    """Two real documents and a small authored one."""
    (folder / "real").mkdir(parents=True)
    (folder / "authored").mkdir()
    for doc in real_docs[:2]:
        write_records(folder / "real" / f"{doc.doc}.jsonl", list(doc.records))
    rows = [
        ("Báo cáo tổng kết công tác năm", "other"),
        ("Năm qua đã tổ chức 40 buổi tuyên truyền.", "results"),
        ("Tuy nhiên, một số chi bộ còn chậm triển khai.", "limitations"),
        ("Thời gian tới cần tăng cường kiểm tra, giám sát.", "solutions"),
        ("Tin liên quan", "boilerplate"),
    ]
    write_records(
        folder / "authored" / "x.jsonl", [Record("x", i, t, lab, "authored") for i, (t, lab) in enumerate(rows)]
    )


@pytest.mark.slow
def _train_script(repo, *args, cwd=None):
    """``python train.py ARGS`` in a child process, its output captured as text."""
    return subprocess.run(
        [sys.executable, str(repo / "train.py"), *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


def test_train_writes_a_loadable_model_and_measures_lodo(tmp_path, real_docs):
    _tiny_data(tmp_path / "data", real_docs)
    logs = []
    report = train(tmp_path / "data", tmp_path / "out", log=logs.append)
    model = load_model(tmp_path / "out" / "nq35cls.model")
    assert model.meta_["data_sha256"] == report.data_sha256
    assert report.lodo is not None and 0.0 <= report.lodo.macro_f1 <= 1.0
    # only the two real documents are held out
    assert {p.doc for p in report.lodo_predictions} == {d.doc for d in real_docs[:2]}
    assert report.lodo.n == sum(len(d.records) for d in real_docs[:2])
    assert report.counts["authored"]["results"] == 1
    assert any("LODO macro-F1" in line for line in logs)


def test_counts_and_hash_follow_the_data(real_docs):
    counts, docs = count_labels(real_docs)
    assert docs == {"real": 3}
    assert sum(counts["real"].values()) == sum(len(d.records) for d in real_docs)
    assert data_sha256(real_docs) == data_sha256(list(reversed(real_docs)))
    assert data_sha256(real_docs) != data_sha256(real_docs[:2])


@pytest.mark.slow
def test_train_script_writes_card_and_errors(tmp_path, real_docs, repo):
    _tiny_data(tmp_path / "data", real_docs)
    proc = _train_script(repo, "--data", tmp_path / "data", "--out", tmp_path / "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    card = (tmp_path / "out" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "macro-F1" in card and "Confusion matrix" in card and "| authored | 1 |" in card
    assert (tmp_path / "out" / "errors.md").exists()


def test_train_script_reports_bad_data_on_one_line(tmp_path, repo):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "bad.jsonl").write_text(json.dumps({"doc": "d", "idx": 0}) + "\n", encoding="utf-8")
    proc = _train_script(repo, "--data", tmp_path / "data", "--out", tmp_path / "out")
    assert proc.returncode == 2
    assert "bad.jsonl:1: missing field(s)" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_review_loop_end_to_end(tmp_path, real_docs, small_model_file, repo):
    """label --review writes the least sure paragraphs; train.py --add adds corrections once."""
    import csv

    from nq35cls.cli import main
    from nq35cls.data import load_data

    _tiny_data(tmp_path / "data", real_docs)
    report = tmp_path / "report.txt"
    report.write_text("\n".join(real_docs[2].texts), encoding="utf-8")
    review = tmp_path / "review.csv"
    assert (
        main(
            [
                "label",
                str(report),
                "--model",
                str(small_model_file),
                "-o",
                str(tmp_path / "o.jsonl"),
                "--review",
                str(review),
                "--review-size",
                "4",
                "-q",
            ]
        )
        == 0
    )
    with open(review, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 4
    margins = [float(r["margin"]) for r in rows]
    assert margins == sorted(margins)
    assert all(r["correct_label"] == "" for r in rows)
    gold = dict(zip(real_docs[2].texts, real_docs[2].labels))
    for r in rows[:3]:
        r["correct_label"] = gold[r["text"]]
    with open(review, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    def add():
        return _train_script(repo, "--data", tmp_path / "data", "--out", tmp_path / "out", "--add", review)

    proc = add()
    assert proc.returncode == 0, proc.stderr
    assert "3 added" in proc.stdout and "macro-F1 before" in proc.stdout
    assert "On the reviewed paragraphs (3): macro-F1" in proc.stdout
    reviewed = [d for d in load_data(tmp_path / "data") if d.source == "reviewed"]
    assert len(reviewed) == 3
    texts = real_docs[2].texts
    for doc in reviewed:  # each reviewed paragraph is stored between its neighbours, which weigh nothing
        assert 2 <= len(doc.records) <= 3 and sum(doc.weights) == 1.0
        person = next(r for r in doc.records if r.reviewed)
        assert person.label == gold[person.text]
        k = texts.index(person.text)
        assert doc.texts == texts[max(k - 1, 0) : k + 2]
    proc = add()  # the same rows again: nothing new
    assert "0 added" in proc.stdout
    assert len([d for d in load_data(tmp_path / "data") if d.source == "reviewed"]) == 3


def test_review_file_with_an_unknown_label_is_refused(tmp_path, repo):
    review = tmp_path / "review.csv"
    review.write_text(
        "file,index,text,correct_label\nr.txt,0,Đã làm tốt.,results\nr.txt,1,Còn chậm.,hanche\nr.txt,2,,other\n",
        encoding="utf-8",
    )
    (tmp_path / "data").mkdir()
    proc = _train_script(repo, "--data", tmp_path / "data", "--add", review)
    assert proc.returncode == 2
    assert "2 bad row(s)" in proc.stderr  # every bad row at once
    assert (
        "line 3: unknown label 'hanche'" in proc.stderr and "line 4: 'text' must be one non-empty line" in proc.stderr
    )
    assert not (tmp_path / "data" / "reviewed").exists()  # nothing written


def test_lodo_never_trains_on_a_reviewed_copy_of_a_held_out_paragraph(real_docs):
    from sklearn.base import BaseEstimator

    from nq35cls.data import LabeledDocument
    from nq35cls.evaluate import leave_one_document_out

    class Recorder(BaseEstimator):
        """Remembers the paragraphs it was fitted on (a stand-in for the model)."""

        seen: list = []

        def fit(self, X, y):
            Recorder.seen.append({p for doc in X for p in doc})
            return self

        def predict_with_confidence(self, X, boilerplate_bias=None):
            return [(["other"] * len(d), [1.0] * len(d)) for d in X]

    held = real_docs[0]
    copy = Record("reviewed-x", 0, held.texts[3], held.labels[3], "reviewed")
    other = Record("reviewed-y", 0, "Một đoạn khác đã được xem lại.", "results", "reviewed")
    docs = list(real_docs) + [LabeledDocument(r.doc, "reviewed", (r,)) for r in (copy, other)]
    Recorder.seen = []
    leave_one_document_out(Recorder(), docs)
    first_fold = Recorder.seen[0]
    assert held.texts[3] not in first_fold  # the copy of a held-out paragraph is left out of its fold
    assert other.text in first_fold  # reviewed paragraphs of other documents are kept


@pytest.mark.slow
def test_authored_cross_validation_holds_out_whole_documents(real_docs):
    from nq35cls.data import LabeledDocument
    from nq35cls.evaluate import grouped_cross_validation

    authored = [
        LabeledDocument(
            f"a{k}", "authored", tuple(Record(f"a{k}", r.idx, r.text, r.label, "authored") for r in d.records)
        )
        for k, d in enumerate(real_docs * 2)
    ]
    predictions = grouped_cross_validation(ReportClassifier(), authored + list(real_docs), folds=3)
    assert sorted(p.doc for p in predictions) == sorted(d.doc for d in authored)  # every authored doc once, no real one
    assert sum(len(p.gold) for p in predictions) == sum(len(d.records) for d in authored)


@pytest.mark.slow
def test_train_script_sets_parameters_and_refuses_unknown_ones(tmp_path, real_docs, repo):
    data = tmp_path / "data"
    _tiny_data(data, real_docs)

    def run(*a):
        return _train_script(repo, "--data", data, "--out", tmp_path / "m", "--no-eval", *a)

    ok = run("--set", "transition_weight=0.25", "--set", "decode=false")
    assert ok.returncode == 0, ok.stderr
    model = load_model(tmp_path / "m" / "nq35cls.model")
    assert model.transition_weight == 0.25 and model.decode is False
    bad = run("--set", "no_such_thing=1")
    assert bad.returncode == 2 and "--set: 'no_such_thing=1'" in bad.stderr and "Traceback" not in bad.stderr


def test_an_unknown_variant_name_is_refused_with_the_known_ones(real_docs):
    import pytest

    from nq35cls.model import ReportClassifier
    from nq35cls.training import compare_variants

    with pytest.raises(ValueError, match="unknown variant\\(s\\) 'bigger'; known: 'shipped'"):
        compare_variants(real_docs, ReportClassifier(), names=["bigger"])


class _Unseen:
    """A stand-in model: ``results`` for a paragraph it was not fitted on, ``other`` for one it was."""

    def __init__(self):
        self.seen_ = set()

    def get_params(self, deep=True):
        return {}

    def set_params(self, **params):
        return self

    def fit(self, X, y):
        self.seen_ = {p for doc in X for p in doc}
        return self

    def predict_with_confidence(self, X, boilerplate_bias=None):
        return [(["other" if p in self.seen_ else "results" for p in d], [1.0] * len(d)) for d in X]


def test_cross_validation_labels_the_originals_of_each_fold_with_the_same_model(real_docs):
    """Each held-out document's original is labeled, with its gold labels, by a model that saw neither wording."""
    from nq35cls.evaluate import real_cross_validation_with_originals

    originals = {d.doc: [f"Bản gốc: {t}" for t in d.texts] for d in real_docs[:2]}
    predictions, on_originals = real_cross_validation_with_originals(_Unseen(), real_docs, originals, folds=3)
    assert [p.doc for p in predictions] == [d.doc for d in real_docs]
    assert [p.doc for p in on_originals] == [d.doc for d in real_docs[:2]]
    for p, d in zip(on_originals, real_docs):
        assert list(p.texts) == originals[d.doc] and list(p.gold) == d.labels
    # neither a document nor its original was in its fold's training set
    assert all(set(p.pred) == {"results"} for p in predictions + on_originals)


@pytest.mark.slow
def test_the_card_scores_the_same_folds_on_the_originals(tmp_path, real_docs):
    """train(originals_dir=...): the card gives the originals' figures beside the rewritten documents'."""
    from nq35cls.card import render_card

    data = tmp_path / "data" / "real_rewritten"
    data.mkdir(parents=True)
    records = [r for d in real_docs for r in d.records]
    docs = [records[k::10] for k in range(10)]  # ten documents of the seed paragraphs
    cache = tmp_path / "cache"
    for k, chunk in enumerate(docs):
        doc = f"rr{k:03d}"
        write_records(
            data / f"{doc}.jsonl", [Record(doc, i, r.text, r.label, "real-rewritten") for i, r in enumerate(chunk)]
        )
        if k < 6:
            (cache / doc).mkdir(parents=True)
            lines = [json.dumps({"idx": i, "text": r.text.upper()}, ensure_ascii=False) for i, r in enumerate(chunk)]
            (cache / doc / "original.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    logs = []
    report = train(tmp_path / "data", tmp_path / "out", originals_dir=cache, log=logs.append)
    on = report.cv.originals
    assert on is not None and sorted(p.doc for p in on.predictions) == [f"rr{k:03d}" for k in range(6)]
    assert all(t == t.upper() for p in on.predictions for t in p.texts)
    assert on.rewrites.n == on.scores.n == sum(len(c) for c in docs[:6])
    card = render_card(report)
    assert "#### The same folds, on the original wording" in card
    assert f"**macro-F1 {on.scores.macro_f1:.3f}** on the originals against {on.rewrites.macro_f1:.3f}" in card
    assert any("originals of 6 of them" in line for line in logs)


def test_a_missing_originals_folder_is_refused_before_any_training(tmp_path, real_docs, repo):
    _tiny_data(tmp_path / "data", real_docs)
    proc = _train_script(
        repo,
        "--data",
        tmp_path / "data",
        "--out",
        tmp_path / "out",
        "--originals",
        tmp_path / "no-cache",
        "--lang",
        "en",
    )
    assert proc.returncode == 2
    assert "no-cache: no such file or folder" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()  # refused before any fit


class _Recorder(_Unseen):
    """:class:`_Unseen`, that also keeps the paragraphs each fitted copy was trained on (class-wide, in order)."""

    fits: list[set[str]] = []

    def fit(self, X, y):
        super().fit(X, y)
        _Recorder.fits.append(set(self.seen_))
        return self


def test_a_learning_curves_point_trains_each_fold_on_a_nested_share_of_the_real_documents():
    from nq35cls.data import LabeledDocument
    from nq35cls.evaluate import real_cross_validation

    def document(doc, source):
        return LabeledDocument(doc, source, (Record(doc, 0, f"Đoạn của {doc}.", "results", source),))

    real = [document(f"rr{k:02d}", "real-rewritten") for k in range(40)]
    authored = [document(f"a{k}", "authored") for k in range(3)]
    trained: dict[float, list[set[str]]] = {}
    for fraction in (0.25, 0.5, 1.0):
        _Recorder.fits = []
        predictions = real_cross_validation(_Recorder(), real + authored, folds=4, train_fraction=fraction)
        assert all(set(p.pred) == {"results"} for p in predictions)  # no held-out document in its fold's training
        trained[fraction] = _Recorder.fits
    for fraction, fits in trained.items():
        for fit in fits:
            assert {f"Đoạn của a{k}." for k in range(3)} <= fit  # the other sources' documents all kept
            assert len(fit) - 3 == pytest.approx(fraction * 30, abs=4)  # the share of the fold's 30 real ones
    shares = [set().union(*trained[f]) for f in (0.25, 0.5, 1.0)]
    assert shares[0] < shares[1] < shares[2]  # each smaller share inside the larger
    _Recorder.fits = []
    real_cross_validation(_Recorder(), real + authored, folds=4, train_fraction=0.5, train_seed=1)
    assert set().union(*_Recorder.fits) != shares[1]  # another draw of the share, on the same folds


@pytest.mark.parametrize("fraction", [0, -0.5, 1.5, True, "half"])
def test_a_learning_curves_share_is_checked(fraction, real_docs):
    from nq35cls.evaluate import real_cross_validation

    with pytest.raises(ValueError, match="train_fraction must be a number in \\(0, 1\\]"):
        real_cross_validation(ReportClassifier(), real_docs, folds=2, train_fraction=fraction)
