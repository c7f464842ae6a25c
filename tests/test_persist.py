import json
import zipfile

import numpy as np
import pytest

from nq35cls.errors import ModelError
from nq35cls.persist import MODEL_JSON, load_model, save_model


def test_round_trip_gives_the_same_predictions(small_model, small_model_file, real_docs):
    loaded = load_model(small_model_file)
    docs = [d.texts for d in real_docs]
    for a, b in zip(small_model.predict_proba(docs), loaded.predict_proba(docs)):
        np.testing.assert_allclose(a, b)
    assert loaded.meta_["labels"] == list(small_model.classes_)
    assert loaded.get_params() == small_model.get_params()
    with zipfile.ZipFile(small_model_file) as archive:  # JSON and .npy members, no pickle
        assert all(name == MODEL_JSON or name.endswith(".npy") for name in archive.namelist())


def test_saving_a_loaded_model_keeps_its_metadata_apart(tmp_path, small_model_file):
    again = tmp_path / "again.model"
    save_model(load_model(small_model_file), again, meta={"data_sha256": "abc"})
    tree = json.loads(zipfile.ZipFile(again).read(MODEL_JSON))
    assert tree["meta"]["data_sha256"] == "abc"
    assert "meta_" not in tree["estimator"]["state"]["dict"]


def test_damaged_files_are_refused(tmp_path, small_model_file):
    empty = tmp_path / "empty.model"
    empty.write_bytes(b"")
    with pytest.raises(ModelError, match="empty.model: empty model file"):
        load_model(empty)
    truncated = tmp_path / "truncated.model"
    truncated.write_bytes(small_model_file.read_bytes()[:5000])
    with pytest.raises(ModelError, match="truncated.model: not a readable"):
        load_model(truncated)
    other = tmp_path / "other.model"
    other.write_bytes(b"\x80\x04\x95 pickle-like bytes")
    with pytest.raises(ModelError, match="not a readable"):
        load_model(other)
    with pytest.raises(ModelError, match="cannot open"):
        load_model(tmp_path / "missing.model")
    with pytest.raises(ModelError, match="is a folder"):
        load_model(tmp_path)


def _rewrite(source, target, edit):
    """Copy a model archive, passing its tree through ``edit``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == MODEL_JSON:
                data = json.dumps(edit(json.loads(data))).encode()
            dst.writestr(name, data)


def test_untrusted_classes_and_pickled_arrays_are_refused(tmp_path, small_model_file):
    evil = tmp_path / "evil.model"

    def swap_class(tree):
        tree["estimator"]["state"]["dict"]["classifier_"]["object"] = "os.system"
        return tree

    _rewrite(small_model_file, evil, swap_class)
    with pytest.raises(ModelError, match="evil.model: refused: .* not trusted: os.system"):
        load_model(evil)
    pickled = tmp_path / "pickled.model"
    with zipfile.ZipFile(small_model_file) as src, zipfile.ZipFile(pickled, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name.endswith(".npy"):  # an object array can only be read by unpickling it
                buffer = __import__("io").BytesIO()
                np.save(buffer, np.array([print], dtype=object), allow_pickle=True)
                data = buffer.getvalue()
            dst.writestr(name, data)
    with pytest.raises(ModelError, match="pickled.model: not a readable nq35cls model file"):
        load_model(pickled)


def test_other_versions_and_formats_are_named(tmp_path, small_model):
    path = tmp_path / "old.model"
    save_model(small_model, path, meta={"sklearn_version": "0.24.2"})
    with pytest.raises(ModelError, match="made with scikit-learn 0.24.2"):
        load_model(path)
    save_model(small_model, path, meta={"format": "other/9"})
    with pytest.raises(ModelError, match="model format 'other/9'"):
        load_model(path)
    with zipfile.ZipFile(path, "w") as archive:  # what a model of format 2 (skops) holds
        archive.writestr("schema.json", "{}")
    with pytest.raises(ModelError, match="older nq35cls model file .*retrain"):
        load_model(path)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MODEL_JSON, json.dumps({"no": "meta"}))
    with pytest.raises(ModelError, match="no metadata"):
        load_model(path)


def test_objects_outside_the_model_cannot_be_saved(tmp_path, small_model):
    from fractions import Fraction

    small_model.extra_ = Fraction(1, 3)
    try:
        with pytest.raises(TypeError, match="fractions.Fraction"):
            save_model(small_model, tmp_path / "x.model")
    finally:
        del small_model.extra_
    assert not list(tmp_path.iterdir())  # nothing half-written is left


def _state(tree, *path):
    node = tree["estimator"]
    for key in path:
        node = node["state"]["dict"][key]
    return node["state"]["dict"] if "object" in node else node


def _replace_array(source, target, member_of, array):
    """Copy a model archive with the array ``member_of(tree)`` names replaced by ``array``."""
    with zipfile.ZipFile(source) as src:
        member = member_of(json.loads(src.read(MODEL_JSON)))
        with zipfile.ZipFile(target, "w") as dst:
            for name in src.namelist():
                data = src.read(name)
                if name == member:
                    buffer = __import__("io").BytesIO()
                    np.save(buffer, array, allow_pickle=False)
                    data = buffer.getvalue()
                dst.writestr(name, data)


def test_fitted_state_is_checked_at_load(tmp_path, small_model_file):
    bad = tmp_path / "bad.model"
    # labels outside the five known ones
    labels = np.array(["=HYPERLINK(1)", "<script>", "other", "results", "solutions"])
    _replace_array(small_model_file, bad, lambda t: _state(t)["classes_"]["array"], labels)
    with pytest.raises(ModelError, match=r"bad.model: refused: its labels must be two or more of results"):
        load_model(bad)
    # a coefficient matrix of the wrong shape
    _replace_array(
        small_model_file, bad, lambda t: _state(t, "classifier_")["coef_"]["array"], np.zeros((5, 7), np.float32)
    )
    with pytest.raises(ModelError, match="refused: its features are .* wide but the classifier expects 7"):
        load_model(bad)

    # a missing transition matrix
    def drop(tree):
        del _state(tree)["log_trans_"]
        return tree

    _rewrite(small_model_file, bad, drop)
    with pytest.raises(ModelError, match="refused: log_trans_ is missing"):
        load_model(bad)
    # non-finite scores
    _replace_array(small_model_file, bad, lambda t: _state(t)["log_start_"]["array"], np.full(5, np.nan))
    with pytest.raises(ModelError, match="refused: log_start_ holds values that are not finite"):
        load_model(bad)


def test_a_cue_pattern_from_the_file_is_never_compiled(tmp_path, small_model_file):
    evil = tmp_path / "evil.model"

    def backtrack(tree):
        _state(tree, "featurizer_")["cues_"]["dict"]["bullet_pattern"] = "(a+)+$"
        return tree

    _rewrite(small_model_file, evil, backtrack)
    with pytest.raises(ModelError, match="refused: its cue patterns are not the ones this nq35cls ships"):
        load_model(evil)


def test_an_oversized_model_json_is_refused_before_it_is_read(tmp_path, small_model_file, monkeypatch):
    from nq35cls import persist

    monkeypatch.setattr(persist, "MAX_JSON_BYTES", 1000)
    with pytest.raises(ModelError, match="refused: model.json is larger than"):
        load_model(small_model_file)
