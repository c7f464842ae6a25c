"""The shipped model: it loads, and it labels the bundled example report sensibly."""

import json
import re
import subprocess
import sys

from nq35cls import label_file, load_model
from nq35cls.data import load_data
from nq35cls.persist import sha256_file, shipped_model_path
from nq35cls.training import data_sha256


def test_shipped_model_loads_with_its_metadata_and_matches_its_card(repo):
    model = load_model()
    assert set(model.meta_["labels"]) == {"results", "limitations", "solutions", "other", "boilerplate"}
    assert shipped_model_path().stat().st_size < 20_000_000
    card = (repo / "models" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert sha256_file(shipped_model_path()) in card  # the card describes this very file
    # ... and the model was trained on the data/ that is committed (retrain after changing data/)
    assert model.meta_["data_sha256"] == data_sha256(load_data(repo / "data"))


def test_readme_shows_the_cards_headline(repo):
    card = (repo / "models" / "MODEL_CARD.md").read_text(encoding="utf-8")
    readme = (repo / "README.md").read_text(encoding="utf-8")
    lines = card.splitlines()
    headline = next(line for line in lines[lines.index("## Quality") + 1 :] if line.strip())
    assert headline in readme
    assert re.search(r"macro-F1 0\.\d{3}", headline)
    # the headline is the real-anchored cross-validation, per genre in the card
    assert headline.startswith("5-fold cross-validation grouped by document over")
    assert "#### By genre" in card and "#### By source format" in card


def test_readme_first_command_labels_the_example(repo):
    """Every paragraph of the example comes out, labeled or counted as dropped, the last one included."""
    example = repo / "examples" / "bao_cao_so_ket_huyen_an_lam.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "nq35cls", "label", str(example)], capture_output=True, text=True, cwd=repo
    )
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in example.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    dropped = re.search(r"; (\d+) dropped as web-page chrome", proc.stderr)
    assert len(records) + (int(dropped.group(1)) if dropped else 0) == len(lines)
    assert records[-1]["text"] == lines[-1].strip() and records[-1]["index"] == len(lines) - 1
    assert f"{len(records)} paragraphs (" in proc.stderr


def test_example_sections_come_out_in_order(repo):
    report = label_file(repo / "examples" / "bao_cao_so_ket_huyen_an_lam.txt", load_model())
    by_text = {p.text: p.label for p in report.paragraphs}
    # the items under each Roman-numbered part take that part's label (per the labeling guide)
    assert by_text["I. KẾT QUẢ ĐẠT ĐƯỢC"] == "results"
    assert (
        by_text[
            "Trong 5 năm, huyện đã tổ chức 146 hội nghị báo cáo viên, 52 lớp bồi dưỡng lý luận chính trị cho 3.870 lượt cán bộ, đảng viên; hệ thống đài truyền thanh từ huyện đến thôn phát trên 2.400 tin, bài về bảo vệ nền tảng tư tưởng của Đảng. Trang thông tin điện tử của huyện mở chuyên mục riêng, thu hút hơn 180.000 lượt truy cập."
        ]
        == "results"
    )
    assert (
        by_text[
            "Hai là, kiện toàn lực lượng nòng cốt ở cơ sở, tổ chức tập huấn kỹ năng viết bài, xử lý thông tin trên mạng xã hội cho đoàn viên thanh niên và cộng tác viên dư luận xã hội."
        ]
        == "solutions"
    )
    labels = [p.label for p in report.paragraphs]
    assert labels.index("results") < labels.index("solutions")


def test_readme_python_examples_run(repo, monkeypatch):
    readme = (repo / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert len(blocks) >= 2
    monkeypatch.chdir(repo)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_a_reports_scores_do_not_depend_on_the_reports_labeled_with_it(repo):
    """Alone, a report's products are summed one way (numpy, few values); in a batch of sixty another (scipy): in
    double precision the two agree to rounding, so that ``-j 2`` writes what ``-j 1`` writes."""
    import numpy as np

    from nq35cls.features import rows
    from nq35cls.labeling import label_texts
    from nq35cls.readers import Text

    documents = load_data(repo / "data" / "real_rewritten")[:60]
    texts = [Text(f"{d.doc}.txt", "\n".join(d.texts) + "\n", "utf-8") for d in documents]
    for model in (load_model(), load_model(for_labeling=True)):
        together = label_texts(texts, model)
        for k in (0, 31):
            alone = label_texts([texts[k]], model)[0]
            assert sum(len(p.text.split()) for p in alone.paragraphs) < rows.SCIPY_PRODUCT_NNZ  # the numpy way
            ours, theirs = alone.paragraphs, together[k].paragraphs
            assert [p.label for p in ours] == [p.label for p in theirs]
            assert np.allclose([p.confidence for p in ours], [p.confidence for p in theirs], rtol=0, atol=1e-12)
            for a, b in zip(ours, theirs):
                assert [s.label for s in a.sentences or ()] == [s.label for s in b.sentences or ()]
                assert np.allclose(
                    [s.confidence for s in a.sentences or ()], [s.confidence for s in b.sentences or ()], atol=1e-12
                )
