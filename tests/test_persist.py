import zipfile

import numpy as np
import pytest
import skops.io as sio

from nq35cls.errors import ModelError
from nq35cls.persist import load_model, save_model


def test_round_trip_gives_the_same_predictions(small_model, small_model_file, real_docs):
    loaded = load_model(small_model_file)
    docs = [d.texts for d in real_docs]
    for a, b in zip(small_model.predict_proba(docs), loaded.predict_proba(docs)):
        np.testing.assert_allclose(a, b)
    assert loaded.meta_["labels"] == list(small_model.classes_)
    assert zipfile.is_zipfile(small_model_file)  # a skops archive, not a pickle


def test_damaged_files_are_refused(tmp_path, small_model_file):
    empty = tmp_path / "empty.skops"
    empty.write_bytes(b"")
    with pytest.raises(ModelError, match="empty.skops: empty model file"):
        load_model(empty)
    truncated = tmp_path / "truncated.skops"
    truncated.write_bytes(small_model_file.read_bytes()[:5000])
    with pytest.raises(ModelError, match="truncated.skops: not a readable"):
        load_model(truncated)
    other = tmp_path / "other.skops"
    other.write_bytes(b"\x80\x04\x95 pickle-like bytes")
    with pytest.raises(ModelError, match="not a readable"):
        load_model(other)
    with pytest.raises(ModelError, match="cannot open"):
        load_model(tmp_path / "missing.skops")


def test_untrusted_types_are_refused(tmp_path):
    from fractions import Fraction

    path = tmp_path / "evil.skops"
    sio.dump({"meta": {}, "estimator": Fraction(1, 3)}, path)
    with pytest.raises(ModelError, match="not trusted"):
        load_model(path)


def test_other_versions_and_formats_are_named(tmp_path, small_model):
    path = tmp_path / "old.skops"
    save_model(small_model, path, meta={"sklearn_version": "0.24.2"})
    with pytest.raises(ModelError, match="made with scikit-learn 0.24.2"):
        load_model(path)
    save_model(small_model, path, meta={"format": "other/9"})
    with pytest.raises(ModelError, match="model format 'other/9'"):
        load_model(path)
    sio.dump({"no": "meta"}, path)
    with pytest.raises(ModelError, match="no metadata"):
        load_model(path)
