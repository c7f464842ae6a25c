"""One options object for label_text, label_file, label_files and the CLI."""

import numpy as np
import pytest

from nq35cls.batch import label_files
from nq35cls.labeling import label_file, label_text
from nq35cls.options import Options


def test_bad_options_are_refused_naming_the_field():
    with pytest.raises(TypeError, match="keep_boilerplate"):
        Options(keep_boilerplate="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_bytes"):
        Options(max_bytes=0)
    with pytest.raises(ValueError, match="time_limit"):
        Options(time_limit=-1)
    assert Options(time_limit=None).time_limit is None


def test_every_entry_point_honours_decode_and_never_changes_the_callers_model(tmp_path, real_docs, small_model):
    text = "\n".join(real_docs[0].texts)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    alone = Options(decode=False)
    expected = small_model.predict_detailed([real_docs[0].texts])[0]
    small_model.decode = False
    undecoded = small_model.predict_detailed([real_docs[0].texts])[0]
    small_model.decode = True
    assert not np.allclose(expected.confidence, undecoded.confidence)  # the switch is visible here
    by_text = label_text(text, small_model, Options(keep_boilerplate=True, decode=False))
    by_file = label_file(path, small_model, Options(keep_boilerplate=True, decode=False))
    ((_, by_batch),) = label_files([path], model=small_model, options=Options(keep_boilerplate=True, decode=False))
    for paragraphs in (by_text, by_file.paragraphs, by_batch.paragraphs):
        np.testing.assert_allclose([p.confidence for p in paragraphs], undecoded.confidence, rtol=1e-6)
    assert small_model.decode is True
    decoded = label_text(text, small_model, Options(keep_boilerplate=True))
    np.testing.assert_allclose([p.confidence for p in decoded], expected.confidence, rtol=1e-6)
    assert alone.decode is False


def test_label_file_reads_with_the_options_limits(tmp_path, small_model):
    from nq35cls.errors import InputError

    path = tmp_path / "big.txt"
    path.write_text("Đã tổ chức hội nghị.\n" * 200, encoding="utf-8")
    with pytest.raises(InputError, match="big.txt"):
        label_file(path, small_model, Options(max_bytes=100))
    with pytest.raises(InputError, match="paragraphs"):
        label_file(path, small_model, Options(max_paragraphs=10))
