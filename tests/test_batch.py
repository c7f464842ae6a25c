import json
import os
import signal
import subprocess
import sys
import time

import pytest

from nq35cls.batch import label_files
from nq35cls.errors import InputError
from nq35cls.labeling import LabeledReport
from nq35cls.options import Options


def _make_reports(folder, real_docs, copies):
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(copies):
        for doc in real_docs:
            path = folder / f"{k:04d}_{doc.doc}.txt"
            # vary each copy a little so that files differ
            path.write_text("\n".join(doc.texts) + f"\nBáo cáo số {k}.\n", encoding="utf-8")
            paths.append(path)
    return paths


@pytest.mark.slow
def test_parallel_workers_give_the_same_output_in_the_same_order(tmp_path, real_docs, small_model_file):
    paths = _make_reports(tmp_path / "in", real_docs, 4)
    paths.insert(5, tmp_path / "in" / "missing.txt")
    serial = list(label_files(paths, model_path=small_model_file, chunk_size=3))
    parallel = list(label_files(paths, model_path=small_model_file, n_jobs=2, chunk_size=3))
    assert [p for p, _ in serial] == [p for p, _ in parallel] == [str(p) for p in paths]
    assert isinstance(serial[5][1], InputError) and isinstance(parallel[5][1], InputError)
    for (_, a), (_, b) in zip(serial, parallel):
        if isinstance(a, LabeledReport):
            assert a == b  # every field, sentences included, survives the trip back from a worker


@pytest.mark.slow
def test_workers_started_ahead_label_the_same_and_must_be_entered(tmp_path, real_docs, small_model_file):
    from nq35cls.persist import load_model
    from nq35cls.workers import LocalWorkers

    paths = _make_reports(tmp_path / "in", real_docs, 2)
    with pytest.raises(RuntimeError, match="entered"):
        LocalWorkers(1).submit(len, "ab")
    with pytest.raises(ValueError, match="at least one"):
        LocalWorkers(0).__enter__()
    with LocalWorkers(1) as workers:
        assert workers.submit(len, "abc").result() == 3
    before = sys.getswitchinterval()
    with LocalWorkers(1, reuse=False) as workers:
        executor = workers._executor
        assert workers.submit(len, "ab").result() == 2
        assert sys.getswitchinterval() <= 0.001  # hand-overs to loky's threads come sooner
    assert sys.getswitchinterval() == before
    with pytest.raises(RuntimeError):  # stopped as the pool exited
        executor.submit(len, "ab")
    import glob
    import tempfile

    pickles = os.path.join(tempfile.gettempdir(), "nq35cls-*.pickle")
    before_pickles = set(glob.glob(pickles))
    with LocalWorkers(1) as workers:
        model = load_model(small_model_file)  # while the workers start
        # a model given without its file reaches the workers through a private pickle, removed afterwards
        ahead = list(label_files(paths, model=model, n_jobs=2, chunk_size=2, workers=workers))
    assert set(glob.glob(pickles)) == before_pickles
    serial = list(label_files(paths, model=model, chunk_size=2))
    assert [(p, [q.label for q in r.paragraphs]) for p, r in ahead] == [
        (p, [q.label for q in r.paragraphs]) for p, r in serial
    ]


def test_a_worker_loads_the_model_once_and_refuses_a_model_file_changed_since_the_batch_began(
    tmp_path, real_docs, small_model_file
):
    from nq35cls.batch import ModelFile, _label_chunk_in_worker, _worker_model, label_chunk
    from nq35cls.errors import Nq35Error
    from nq35cls.persist import load_model

    paths = [str(p) for p in _make_reports(tmp_path / "in", real_docs, 1)]
    source = ModelFile.of(small_model_file)
    assert _worker_model(source) is _worker_model(source)  # kept for every chunk of the batch
    expected = label_chunk(paths, load_model(small_model_file, for_labeling=True), Options())
    assert _label_chunk_in_worker(paths, source, Options()) == expected
    stale = ModelFile(source.path, source.size + 1, source.mtime_ns)
    refused = _label_chunk_in_worker(paths, stale, Options())
    assert len(refused) == len(paths)
    assert all(isinstance(r, Nq35Error) and "changed" in str(r) for r in refused)
    gone = ModelFile(str(tmp_path / "gone.model"), 1, 1)
    assert all(
        isinstance(r, Nq35Error) and "gone.model" in str(r) for r in _label_chunk_in_worker(paths, gone, Options())
    )


def test_options_reach_the_labeler(tmp_path):
    """keep_boilerplate, decode and sentences each change what comes back (the shipped model knows chrome)."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Trang chủ | Giới thiệu | Tin tức | Liên hệ\nLượt truy cập: 15230\n"
        "Trong năm, huyện đã tổ chức 12 hội nghị quán triệt nghị quyết cho hơn 3.000 lượt cán bộ, đảng viên, đạt 100% kế hoạch "
        "đề ra. Tuy nhiên, một số chi bộ còn chậm đổi mới hình thức sinh hoạt, chất lượng sinh hoạt chưa cao.\n"
        "Thời gian tới cần tiếp tục đổi mới nội dung tuyên truyền.\nTin liên quan\n",
        encoding="utf-8",
    )
    kept = dict(label_files([page], options=Options(keep_boilerplate=True)))[str(page)]
    plain = dict(label_files([page]))[str(page)]
    assert [p.label for p in kept.paragraphs].count("boilerplate") >= 2 and kept.dropped == ()
    assert "boilerplate" not in {p.label for p in plain.paragraphs}
    assert len(plain.paragraphs) + len(plain.dropped) == len(kept.paragraphs) == 5
    without_sentences = dict(label_files([page], options=Options(sentences=False)))[str(page)]
    assert any(p.mixed for p in plain.paragraphs) and not any(p.mixed for p in without_sentences.paragraphs)


def _cli(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "nq35cls", "label", *map(str, args)], capture_output=True, text=True, **kwargs
    )


def _first_run(tmp_path, docs, copies, model_file, name="out.jsonl"):
    """Reports made in tmp_path/in and labeled once into tmp_path/NAME: (folder, paths, output)."""
    folder = tmp_path / "in"
    paths = _make_reports(folder, docs, copies)
    out = tmp_path / name
    assert _cli(folder, "--model", model_file, "-o", out, "-q").returncode == 0
    return folder, paths, out


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_resume_adds_new_files_and_skips_done_ones(tmp_path, real_docs, small_model_file):
    folder, _, out = _first_run(tmp_path, real_docs[:1], 2, small_model_file)
    first = _records(out)
    _make_reports(folder, real_docs[1:2], 1)
    proc = _cli(folder, "--model", small_model_file, "-o", out, "--resume")
    assert proc.returncode == 0
    labeled_again = [line for line in proc.stderr.splitlines() if "paragraphs (" in line]
    assert len(labeled_again) == 1  # only the new file
    second = _records(out)
    assert second[: len(first)] == first
    assert {r["file"] for r in second} == {str(p) for p in sorted(folder.glob("*.txt"))}


@pytest.mark.slow
def test_killed_run_resumes_to_exactly_the_uninterrupted_output(tmp_path, real_docs, small_model_file):
    folder = tmp_path / "in"
    _make_reports(folder, real_docs, 30)
    reference = tmp_path / "reference.jsonl"
    assert _cli(folder, "--model", small_model_file, "-o", reference, "-q").returncode == 0

    out = tmp_path / "out.jsonl"
    state = tmp_path / ".out.jsonl.state"
    partial = tmp_path / ".out.jsonl.partial"
    proc = subprocess.Popen(
        [sys.executable, "-m", "nq35cls", "label", str(folder), "--model", str(small_model_file), "-o", str(out), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if state.exists() and state.read_text(encoding="utf-8").count("\n") >= 1:
            break
        time.sleep(0.01)
    if proc.poll() is not None:
        pytest.fail("the run finished before it could be killed; make the corpus larger")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists()  # never published half-done
    assert partial.exists()
    done = [json.loads(line) for line in state.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert 0 < len(done) < len(list(folder.glob("*.txt")))
    # everything up to the last logged offset is whole records of the logged files
    head = partial.read_bytes()[: done[-1]["offset"]].decode("utf-8")
    assert {json.loads(line)["file"] for line in head.splitlines()} == {d["file"] for d in done}

    proc = _cli(folder, "--model", small_model_file, "-o", out, "--resume", "-q")
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert not partial.exists()


def test_the_callers_model_is_never_changed(tmp_path, real_docs, small_model):
    paths = _make_reports(tmp_path / "in", real_docs[:1], 1)
    assert small_model.decode is True
    ((_, report),) = label_files(paths, model=small_model, options=Options(decode=False))
    assert isinstance(report, LabeledReport)
    assert small_model.decode is True  # labeled without decoding, on a copy


def test_an_unforeseen_reader_failure_fails_that_file_only(tmp_path, real_docs, small_model, monkeypatch, capsys):
    from nq35cls import batch

    paths = _make_reports(tmp_path / "in", real_docs, 1)
    real_read = batch.read

    def fragile(path, max_bytes, **budgets):
        if str(path) == str(paths[1]):
            raise IndexError("list index out of range")  # as python-docx does on a bad numbering level
        return real_read(path, max_bytes, **budgets)

    monkeypatch.setattr(batch, "read", fragile)
    outcomes = [o for _, o in label_files(paths, model=small_model)]
    assert isinstance(outcomes[1], InputError) and outcomes[1].problem == "could not read: IndexError"
    assert isinstance(outcomes[0], LabeledReport) and isinstance(outcomes[2], LabeledReport)
    assert "Traceback" not in capsys.readouterr().err
    list(label_files(paths, model=small_model, options=Options(debug=True)))
    assert "IndexError: list index out of range" in capsys.readouterr().err


def test_an_unforeseen_labeling_failure_fails_that_file_only(tmp_path, real_docs, small_model, monkeypatch, capsys):
    # a text the labeling cannot take (as a PDF whose paragraphs outnumbered their places did) no longer stops
    # the batch with a traceback: the others of its chunk are labeled, it fails with what went wrong
    from nq35cls import batch

    paths = _make_reports(tmp_path / "in", real_docs, 1)
    real_label = batch.label_texts

    def fragile(texts, model, options=None):
        if any(t.path == str(paths[1]) for t in texts):
            raise IndexError("tuple index out of range")
        return real_label(texts, model, options)

    monkeypatch.setattr(batch, "label_texts", fragile)
    outcomes = [o for _, o in label_files(paths, model=small_model)]
    assert isinstance(outcomes[1], InputError) and outcomes[1].problem == "could not label: IndexError"
    assert isinstance(outcomes[0], LabeledReport) and isinstance(outcomes[2], LabeledReport)
    assert outcomes[0].paragraphs == real_label([batch.read(paths[0])], small_model)[0].paragraphs
    assert "Traceback" not in capsys.readouterr().err
    list(label_files(paths, model=small_model, options=Options(debug=True)))
    assert "IndexError: tuple index out of range" in capsys.readouterr().err


def test_resume_onto_an_output_with_no_state_is_refused(tmp_path, real_docs, small_model_file):
    folder = tmp_path / "in"
    _make_reports(folder, real_docs[:1], 1)
    out = tmp_path / "out.jsonl"
    out.write_text('{"kept": true}\n', encoding="utf-8")  # not written by a resumable run
    proc = _cli(folder, "--model", small_model_file, "-o", out, "--resume")
    assert proc.returncode == 2
    assert "no record of an interrupted run to resume; use --force" in proc.stderr
    assert out.read_text(encoding="utf-8") == '{"kept": true}\n'  # nothing discarded


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="POSIX links")
@pytest.mark.slow
def test_planted_links_are_never_written_through(tmp_path, real_docs, small_model_file):
    folder = tmp_path / "in"
    _make_reports(folder, real_docs[:1], 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch\n", encoding="utf-8")
    out, review = tmp_path / "out.jsonl", tmp_path / "review.csv"
    for planted in (".out.jsonl.partial", ".out.jsonl.state", ".review.csv.tmp"):
        os.symlink(victim, tmp_path / planted)
    proc = _cli(folder, "--model", small_model_file, "-o", out, "-q", "--review", review)
    assert proc.returncode == 0, proc.stderr
    assert victim.read_text(encoding="utf-8") == "do not touch\n"
    assert _records(out) and review.read_text(encoding="utf-8-sig").startswith("file,")
    assert not (tmp_path / ".out.jsonl.partial").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="advisory locks are POSIX here")
@pytest.mark.slow
def test_a_second_run_to_the_same_output_is_refused(tmp_path, real_docs, small_model_file):
    from nq35cls.output_file import OutputFile

    folder = tmp_path / "in"
    _make_reports(folder, real_docs[:1], 1)
    out = tmp_path / "out.jsonl"
    first = OutputFile(out)
    first.open()  # a run in progress holds the lock
    try:
        proc = _cli(folder, "--model", small_model_file, "-o", out, "--force")
        assert proc.returncode == 2
        assert f"another nq35cls run (process {os.getpid()}) is writing it" in proc.stderr
    finally:
        first.abort()
    assert _cli(folder, "--model", small_model_file, "-o", out, "--force", "-q").returncode == 0  # free again
    assert _records(out)


@pytest.mark.slow
def test_resume_drops_the_records_of_an_edited_or_gone_input(tmp_path, real_docs, small_model_file):
    folder, paths, out = _first_run(tmp_path, real_docs, 1, small_model_file)
    before = _records(out)
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "Một đoạn mới được thêm vào.\n", encoding="utf-8")
    paths[2].unlink()
    assert _cli(folder, "--model", small_model_file, "-o", out, "--resume", "-q").returncode == 0
    after = _records(out)
    by_file = {}
    for r in after:
        by_file.setdefault(r["file"], []).append(r["index"])
    assert str(paths[2]) not in by_file  # its records went with it
    assert by_file[str(paths[0])] == sorted(set(by_file[str(paths[0])]))  # labeled once, not appended twice
    assert len(by_file[str(paths[0])]) == len([r for r in before if r["file"] == str(paths[0])]) + 1
    assert [r for r in after if r["file"] == str(paths[1])] == [r for r in before if r["file"] == str(paths[1])]


@pytest.mark.slow
def test_resume_knows_a_folder_named_another_way(tmp_path, real_docs, small_model_file):
    _, _, out = _first_run(tmp_path, real_docs, 1, small_model_file)
    n = len(_records(out))
    other_name = tmp_path / "in" / ".." / "in"
    proc = _cli(other_name, "--model", small_model_file, "-o", out, "--resume")
    assert proc.returncode == 0 and "paragraphs (" not in proc.stderr  # nothing labeled again
    assert len(_records(out)) == n


@pytest.mark.slow
def test_a_state_that_does_not_match_the_output_is_refused(tmp_path, real_docs, small_model_file):
    folder, _, out = _first_run(tmp_path, real_docs, 1, small_model_file)
    state = tmp_path / ".out.jsonl.state"
    lines = state.read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[0])
    entry["offset"] -= 7  # points into the middle of a record
    state.write_text("\n".join([json.dumps(entry), *lines[1:]]) + "\n", encoding="utf-8")
    proc = _cli(folder, "--model", small_model_file, "-o", out, "--resume")
    assert proc.returncode == 2
    assert "its resume state does not match the partial output" in proc.stderr


@pytest.mark.slow
def test_resume_keeps_the_csv_header_when_the_first_input_changed(tmp_path, real_docs, small_model_file):
    folder, paths, out = _first_run(tmp_path, real_docs, 1, small_model_file, "out.csv")
    paths[0].write_text("BÁO CÁO\nĐã tổ chức 9 hội nghị.\n", encoding="utf-8")
    assert _cli(folder, "--model", small_model_file, "-o", out, "--resume", "-q").returncode == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("file,index,") and text.count("file,index,") == 1
    import csv

    rows = list(csv.DictReader(text.splitlines()))
    assert sum(r["file"] == str(paths[0]) for r in rows) == 2


def _interrupted_after_one(monkeypatch):
    """Make the batch stop as a user's Ctrl+C would, after the first file's outcome."""
    import nq35cls.batch

    real = nq35cls.batch.label_files

    def one_then_interrupt(*args, **kwargs):
        for k, outcome in enumerate(real(*args, **kwargs)):
            if k == 1:
                raise KeyboardInterrupt
            yield outcome

    monkeypatch.setattr(nq35cls.batch, "label_files", one_then_interrupt)


def _our_files(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("name", ["out.html", "out.docx"])
def test_an_interrupted_synthesis_says_it_was_not_written_and_leaves_nothing(
    tmp_path, real_docs, small_model_file, monkeypatch, capsys, name
):
    """A synthesis is written at the end and cannot be resumed: the message does not offer --resume
    (which would be refused), and no partial, state or lock file is left beside it."""
    from nq35cls.cli import main

    folder = tmp_path / "in"
    _make_reports(folder, real_docs, 1)
    out = tmp_path / "runs" / name
    out.parent.mkdir()
    _interrupted_after_one(monkeypatch)
    assert main(["label", str(folder), "--model", str(small_model_file), "-o", str(out), "-q"]) == 130
    err = capsys.readouterr().err
    assert f"interrupted; {out} was not written" in err and "--resume" not in err
    assert list(out.parent.iterdir()) == []
    assert main(["label", str(folder), "--model", str(small_model_file), "-o", str(out), "-q", "--lang", "vi"]) == 130
    assert f"đã dừng giữa chừng; chưa ghi {out}" in capsys.readouterr().err


def test_an_interrupted_labeling_keeps_what_resume_needs_and_only_that(
    tmp_path, real_docs, small_model_file, monkeypatch, capsys
):
    from nq35cls.cli import main

    folder = tmp_path / "in"
    _make_reports(folder, real_docs, 1)
    out = tmp_path / "runs" / "out.jsonl"
    out.parent.mkdir()
    _interrupted_after_one(monkeypatch)
    assert main(["label", str(folder), "--model", str(small_model_file), "-o", str(out), "-q"]) == 130
    assert "interrupted; run again with --resume to continue" in capsys.readouterr().err
    assert _our_files(out.parent) == [".out.jsonl.partial", ".out.jsonl.state"]  # no lock left
    assert main(["label", str(folder), "--model", str(small_model_file), "-q"]) == 130  # to the screen
    err = capsys.readouterr().err
    assert "interrupted" in err and "--resume" not in err


def test_a_finished_run_leaves_only_the_state_a_later_resume_needs(tmp_path, real_docs, small_model_file, capsys):
    """After a run: a jsonl output keeps its state (a later --resume adds new files), a synthesis none;
    neither keeps its lock file. Byte-identical inputs' notes are per-file lines: -q hides them."""
    from nq35cls.cli import main

    folder = tmp_path / "in"
    paths = _make_reports(folder, real_docs[:2], 1)
    (folder / "copy.txt").write_bytes(paths[0].read_bytes())
    runs = tmp_path / "runs"
    runs.mkdir()
    for name in ("out.jsonl", "out.md", "out.xlsx"):
        assert main(["label", str(folder), "--model", str(small_model_file), "-o", str(runs / name), "-q"]) == 0
    assert "labeled once there" not in capsys.readouterr().err
    assert sorted(p.name for p in runs.iterdir()) == [".out.jsonl.state", "out.jsonl", "out.md", "out.xlsx"]
    assert main(["label", str(folder), "--model", str(small_model_file), "-o", str(runs / "out.md"), "--force"]) == 0
    assert "copy.txt: note: the same file as" in capsys.readouterr().err
    assert _our_files(runs) == [".out.jsonl.state"]


@pytest.mark.skipif(sys.platform == "win32", reason="advisory locks are POSIX here")
def test_the_lock_is_taken_on_the_file_in_place(tmp_path, monkeypatch):
    """A run that ends removes its lock file while it still holds it; a run that locked the removed file
    meanwhile takes the lock again on the file now in its place, so that two runs never both hold one."""
    import fcntl

    from nq35cls.output_file import OutputFile

    out = tmp_path / "out.jsonl"
    lock = tmp_path / ".out.jsonl.lock"
    real_flock = fcntl.flock
    calls = []

    def flock_as_the_other_run_ends(fd, op):
        calls.append(fd)
        real_flock(fd, op)
        if len(calls) == 1:  # the run before ends right now: its lock file goes, another takes its place
            lock.unlink()
            lock.write_text("")

    monkeypatch.setattr(fcntl, "flock", flock_as_the_other_run_ends)
    first = OutputFile(out)
    first.open()
    assert len(calls) == 2  # the first lock was on a file no longer in place: locked again
    assert os.path.samestat(os.stat(lock), os.fstat(first._lock_fd))
    assert lock.read_text() == str(os.getpid())
    monkeypatch.setattr(fcntl, "flock", real_flock)
    with pytest.raises(Exception, match="another nq35cls run"):
        OutputFile(out).open()
    first.finish()
    assert not lock.exists() and out.exists()
    second = OutputFile(out, force=True)
    second.open()
    second.abort()
    assert not lock.exists()
