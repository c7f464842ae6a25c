import json
import re
import subprocess
import sys

import pytest

from nq35cls.cli import main

GOOD = "KẾT QUẢ ĐẠT ĐƯỢC\nĐã tổ chức 12 hội nghị quán triệt cho cán bộ, đảng viên.\nTHỜI GIAN TỚI\nCần tiếp tục đổi mới công tác tuyên truyền.\n"


@pytest.fixture()
def batch(tmp_path):
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(GOOD.replace("12", "30"), encoding="utf-8-sig")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    return folder


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_batch_labels_good_files_and_reports_bad_one(batch, small_model_file, capsys):
    code, out, err = _run(capsys, "label", batch, "--model", small_model_file)
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    files = {r["file"] for r in records}
    assert files == {str(batch / "a.txt"), str(batch / "sub" / "b.txt")}
    assert {"file", "index", "text", "label", "confidence", "start", "end"} <= set(records[0])
    assert all(0.0 <= r["confidence"] <= 1.0 for r in records)
    bad_lines = [line for line in err.splitlines() if "bad.txt" in line]
    assert bad_lines == [f"nq35cls: {batch / 'bad.txt'}: binary file, not a text report"]
    assert "Traceback" not in err


def test_output_file_csv_and_no_overwrite(batch, small_model_file, tmp_path, capsys):
    out = tmp_path / "out.csv"
    code, _, _ = _run(capsys, "label", batch / "a.txt", "--model", small_model_file, "-o", out)
    assert code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + b"file,index,start,end,location,label,confidence,mixed,sentences,text")
    before = out.read_bytes()
    code, _, err = _run(capsys, "label", batch / "a.txt", "--model", small_model_file, "-o", out)
    assert code == 2 and "exists; use --force" in err
    assert out.read_bytes() == before
    code, _, _ = _run(capsys, "label", batch / "a.txt", "--model", small_model_file, "-o", out, "--force")
    assert code == 0


def test_output_that_is_an_input_is_refused(batch, small_model_file, capsys):
    target = batch / "a.txt"
    before = target.read_bytes()
    code, _, err = _run(
        capsys, "label", batch, "--model", small_model_file, "-o", target, "--format", "jsonl", "--force"
    )
    assert code == 2 and "is also an input" in err
    assert target.read_bytes() == before


def test_boilerplate_kept_only_on_request(tmp_path, small_model_file, capsys):
    page = tmp_path / "page.txt"
    page.write_text("Tin liên quan\nCác tin khác\n" + GOOD + "Tin liên quan\nXem nhiều nhất\n", encoding="utf-8")
    _, kept, _ = _run(capsys, "label", page, "--model", small_model_file, "--keep-boilerplate")
    _, plain, _ = _run(capsys, "label", page, "--model", small_model_file)
    kept_labels = [json.loads(x)["label"] for x in kept.splitlines()]
    plain_labels = [json.loads(x)["label"] for x in plain.splitlines()]
    assert "boilerplate" in kept_labels and "boilerplate" not in plain_labels
    assert len(plain_labels) == len(kept_labels) - kept_labels.count("boilerplate")


@pytest.mark.parametrize(
    "args, message",
    [
        (["label", "{tmp}/nowhere"], "nowhere: no such file or folder"),
        (["label", "{tmp}/empty_dir"], "folder holds no reports"),
        (["label", "{tmp}/ok.txt", "--model", "{tmp}/broken.model"], "broken.model: not a readable nq35cls model file"),
        (["label", "{tmp}/ok.txt", "--model", "{tmp}/nothing.model"], "nothing.model: cannot open model file"),
        (["label", "{tmp}/ok.txt", "-o", "{tmp}/nodir/sub/out.jsonl"], "the folder {tmp}/nodir/sub does not exist"),
        (["label", "{tmp}/ok.txt", "--max-bytes", "-5"], "--max-bytes must be at least 1, not -5"),
    ],
)
def test_fatal_problems_are_one_line(tmp_path, small_model_file, capsys, args, message):
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.model").write_bytes(b"PK\x03\x04 not really a zip")
    argv = [a.format(tmp=tmp_path) for a in args]
    if "--model" not in argv:
        argv += ["--model", str(small_model_file)]
    code, out, err = _run(capsys, *argv)
    assert code in (1, 2)
    assert message.format(tmp=tmp_path) in err
    assert "Traceback" not in err


def test_a_full_disk_is_one_message_and_publishes_nothing(tmp_path, small_model_file, capsys, monkeypatch):
    import errno

    from nq35cls.writers import jsonl

    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")

    def full(self, report):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(jsonl.JsonlWriter, "write", full)
    out = tmp_path / "out.jsonl"
    code, _, err = _run(capsys, "label", str(tmp_path / "ok.txt"), "--model", str(small_model_file), "-o", str(out))
    assert code == 1
    assert "cannot write the output (No space left on device); nothing was published" in err
    assert "Traceback" not in err and not out.exists()


def test_version_and_help():
    for flag in ("--version", "--help"):
        proc = subprocess.run([sys.executable, "-m", "nq35cls", flag], capture_output=True, text=True)
        assert proc.returncode == 0
        assert "nq35cls" in proc.stdout


def test_evaluate_command_scores_a_labeled_folder(repo, small_model_file, capsys, tmp_path):
    code, out, err = _run(capsys, "evaluate", repo / "data" / "real", "--model", small_model_file)
    assert code == 0, err
    assert "macro-F1" in out and "Confusion matrix" in out and "| limitations |" in out
    # the small model was fitted on these very documents: said, not hidden
    assert "warning: 3 of 3 documents are in this model's training data" in err
    unseen = tmp_path / "unseen"
    unseen.mkdir()
    first = sorted((repo / "data" / "authored").rglob("*.jsonl"))[0]
    (unseen / first.name).write_bytes(first.read_bytes())
    code, out, err = _run(capsys, "evaluate", unseen, "--model", small_model_file)
    assert code == 0 and "warning" not in err and "seen in training" not in out
    code, out, err = _run(capsys, "evaluate", repo / "nowhere", "--model", small_model_file)
    assert code == 2 and "no such file or folder" in err


def test_a_bad_output_is_told_before_the_model_or_workers_start(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Kết quả đạt được.\n", encoding="utf-8")
    existing = tmp_path / "out.jsonl"
    existing.write_text("keep me\n", encoding="utf-8")
    code = (
        "import sys; from nq35cls.cli import main; "
        f"rc = main(['label', {str(report)!r}, '-o', {str(existing)!r}, '-j', '2']); "
        "print(rc, 'sklearn' in sys.modules, 'joblib' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.split() == ["2", "False", "False"]
    assert "out.jsonl: exists; use --force" in done.stderr
    assert existing.read_text(encoding="utf-8") == "keep me\n"


def test_nothing_is_lost_silently(tmp_path, small_model_file, capsys):
    """Chrome dropped from a page is counted and listed in the synthesis; a synthesis left in the
    input folder is skipped; the same bytes under two names are labeled once."""
    from nq35cls.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    page = (
        "<html><body><p>Trang chủ | Giới thiệu | Tin tức | Liên hệ</p><p>Lượt truy cập: 15230</p>"
        "<p>Đã tổ chức 12 hội nghị quán triệt cho cán bộ, đảng viên.</p>"
        "<p>Thời gian tới cần tiếp tục đổi mới nội dung tuyên truyền.</p><p>Tin liên quan</p></body></html>"
    )
    (folder / "page.html").write_text(page, encoding="utf-8")
    (folder / "copy.html").write_text(page, encoding="utf-8")
    out = folder / "synthesis.html"
    assert main(["label", str(folder), "-o", str(out)]) == 0  # the shipped model: it knows chrome
    first = capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    assert "page.html: note: the same file as" in first and "copy.html, labeled once there" in first
    assert html.count('class="file"') == 1  # one file row: the copy was labeled once
    (summary,) = [line for line in first.splitlines() if line.startswith(str(folder / "copy.html"))]
    kept, dropped = (
        int(n) for n in re.search(r": (\d+) paragraphs .*; (\d+) dropped as web-page chrome", summary).groups()
    )
    assert kept + dropped == 5 and dropped >= 3
    appendix = html.split("Phụ lục: đoạn bị bỏ qua như phần khung trang web", 1)[1]
    assert "Trang chủ | Giới thiệu" in appendix and "Lượt truy cập: 15230" in appendix and "Tin liên quan" in appendix
    assert appendix.count('class="para') == dropped  # every dropped paragraph listed
    for line in ("Đã tổ chức 12 hội nghị quán triệt", "Thời gian tới cần tiếp tục đổi mới"):
        assert line in html  # nothing lost: in its part, or in the appendix
    # a second run over the same folder skips the synthesis written by the first
    out2 = tmp_path / "again.jsonl"
    assert main(["label", str(folder), "--model", str(small_model_file), "-o", str(out2)]) == 0
    assert "synthesis.html: note: an output of nq35cls, not a report: skipped" in capsys.readouterr().err
    assert "synthesis.html" not in out2.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_office_lock_files_are_no_reports(tmp_path, small_model_file, capsys, lang):
    # "~$baocao.docx": the 162 bytes Word writes beside a report open in it (a user name, padded); found by
    # the folder, it is skipped with a note, not counted as a file that failed ("binary file"); named, it is
    # refused as what it is. A real document whose name starts so is read.
    from nq35cls.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baocao.txt").write_text("Đã tổ chức 12 hội nghị quán triệt nghị quyết.\n", encoding="utf-8")
    lock = folder / "~$baocao.docx"
    lock.write_bytes(bytes([6]) + b"nguyen" + b"\x00" * 47 + "nguyen".encode("utf-16-le") + b"\x00" * 97)
    (folder / "~$ghichu.txt").write_text("Kết quả: đã kiểm tra 40 cơ sở.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["label", str(folder), "--model", str(small_model_file), "-o", str(out), "--lang", lang])
    err = capsys.readouterr().err
    assert code == 0  # nothing failed
    note = "lưu ý: tệp khóa của Office" if lang == "vi" else "note: an Office lock file, not a report: skipped"
    assert f"~$baocao.docx: {note}" in err
    assert "~$ghichu.txt" in out.read_text(encoding="utf-8")  # Word writes none beside a text file
    assert main(["label", str(lock), "--model", str(small_model_file), "-o", str(tmp_path / "b.jsonl")]) == 1
    assert "an Office lock file (written while a document is open), not a report" in capsys.readouterr().err


@pytest.mark.parametrize("lang, line", [("en", "0 paragraphs; 3 dropped"), ("vi", "0 đoạn; 3 đoạn khung trang web")])
def test_a_page_of_chrome_only_says_so_without_empty_brackets(tmp_path, capsys, lang, line):
    from nq35cls.cli import main

    page = (
        "<html><body><p>Trang chủ | Giới thiệu | Tin tức | Liên hệ</p><p>Lượt truy cập: 15230</p><p>Tin liên quan</p>"
    )
    (tmp_path / "menu.html").write_text(page + "</body></html>", encoding="utf-8")
    assert main(["label", str(tmp_path / "menu.html"), "-o", str(tmp_path / "out.jsonl"), "--lang", lang]) == 0
    (summary,) = [s for s in capsys.readouterr().err.splitlines() if s.startswith(str(tmp_path / "menu.html"))]
    assert line in summary and "()" not in summary


@pytest.mark.parametrize(
    "args, message",
    [
        (["-o", "out.odt"], ".odt is not an output format"),  # .docx is one since the Word draft
        (["-o", "out"], "no extension is not an output format"),
        (["-o", "out.csv", "--format", "xlsx"], "--format xlsx disagrees with -o"),
    ],
)
def test_output_formats_are_explicit(args, message, tmp_path, capsys, monkeypatch):
    from nq35cls.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["label", "a.txt", *args]) == 2
    assert message in capsys.readouterr().err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("out")]


def test_an_unknown_extension_is_written_when_the_format_is_named(tmp_path, small_model_file, monkeypatch):
    from nq35cls.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["label", "a.txt", "--model", str(small_model_file), "-o", "out.log", "--format", "jsonl"]) == 0
    assert (tmp_path / "out.log").read_text(encoding="utf-8").startswith('{"file"')


@pytest.mark.slow
def test_nq35cls_train_writes_a_model_that_later_runs_use_through_the_environment(tmp_path, repo, capsys, monkeypatch):
    from nq35cls.cli import main

    out = tmp_path / "models"
    assert main(["train", "--data", str(repo / "data" / "real"), "--out", str(out), "--no-eval"]) == 0
    said = capsys.readouterr().out
    assert f"NQ35CLS_MODEL={out / 'nq35cls.model'}" in said
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("NQ35CLS_MODEL", str(tmp_path / "missing.model"))
    assert main(["label", str(tmp_path / "a.txt")]) == 2  # the environment's model is the one used
    assert "missing.model" in capsys.readouterr().err
    monkeypatch.setenv("NQ35CLS_MODEL", str(out / "nq35cls.model"))
    assert main(["label", str(tmp_path / "a.txt")]) == 0
    assert main(["label", str(tmp_path / "a.txt"), "--model", str(tmp_path / "missing.model")]) == 2  # --model wins
