"""Labeling loads the model as its fitted state and imports no scikit-learn; small batches start no workers."""

import subprocess
import sys

import numpy as np

from nq35cls.batch import BYTES_PER_WORKER, FILES_PER_WORKER, useful_jobs
from nq35cls.labeling import label_texts
from nq35cls.options import Options
from nq35cls.persist import load_model
from nq35cls.readers import Text
from nq35cls.scoring import LabelingModel


def test_a_model_loaded_for_labeling_labels_as_the_estimator(small_model_file, real_docs):
    full, lean = load_model(small_model_file), load_model(small_model_file, for_labeling=True)
    assert isinstance(lean, LabelingModel) and lean.meta_ == full.meta_
    assert lean.continuation_weight == full.continuation_weight == 1.0
    texts = [Text(f"{d.doc}.txt", "\n".join(d.texts), "utf-8") for d in real_docs]
    # a sentence a page cut over two lines: its fragment decoded at the continuation weight by both
    texts.append(Text("wrapped.txt", "Giải pháp\nMột là, tăng cường công tác\ntuyên truyền trong nhân dân.\n", "utf-8"))
    for decode in (True, False):
        options = Options(keep_boilerplate=True, decode=decode)
        for a, b in zip(label_texts(texts, full, options), label_texts(texts, lean, options)):
            assert [p.label for p in a.paragraphs] == [p.label for p in b.paragraphs]
            np.testing.assert_allclose([p.confidence for p in a.paragraphs], [p.confidence for p in b.paragraphs])
            assert [p.sentences for p in a.paragraphs] == [p.sentences for p in b.paragraphs]


def test_the_command_line_labels_without_importing_scikit_learn_or_scipy(tmp_path, small_model_file):
    report = tmp_path / "r.txt"
    report.write_text("Kết quả đạt được\nĐã tổ chức 20 hội nghị.\nThời gian tới cần tăng cường kiểm tra.\n")
    code = (
        "import sys; from nq35cls.cli import main; "
        f"rc = main(['label', {str(report)!r}, '--model', {str(small_model_file)!r}, '-q']); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy')); "
        "print('IMPORTED ' + ' '.join(heavy[:5]) if heavy else 'CLEAN', rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip().splitlines()[-1] == "CLEAN 0", proc.stderr
    assert '"label"' in proc.stdout


def test_workers_start_only_for_batches_big_enough(tmp_path):
    small = []
    for k in range(3):
        path = tmp_path / f"s{k}.txt"
        path.write_text("Đã tổ chức hội nghị.\n")
        small.append(path)
    assert useful_jobs(small, 4) == 1
    assert useful_jobs(small, 1) == 1
    big = []
    for k in range(2 * FILES_PER_WORKER):
        path = tmp_path / f"b{k}.txt"
        path.write_bytes(b"x" * (BYTES_PER_WORKER // FILES_PER_WORKER + 1))
        big.append(path)
    assert useful_jobs(big, 8) == 3  # two workers' worth of files and bytes, plus this process
    assert useful_jobs(big, 2) == 2
    assert useful_jobs([*big, tmp_path / "missing.txt"], 8) == 3
