"""Benchmark batch labeling: nq35cls against the naive path and the model's own limit.

    python benchmarks/bench_label.py                 # full run (>= 20,000 paragraphs in >= 500 files)
    python benchmarks/bench_label.py --quick         # a small corpus, for a smoke run

All figures come from one process on one generated corpus, and are reported
as ratios of paragraphs per second:

* limit: the shipped model's feature transform + predict on already
  normalized text in memory;
* naive: read each file, underthesea ``word_tokenize`` on every paragraph,
  then the shipped model (timed on a sample of files spread over the corpus,
  see --naive-files);
* nq35cls: ``nq35cls label`` end to end, files to JSONL on disk, with 1 and 2
  workers (run in child processes so that each run's peak RSS is its own);
* peak RSS of the 1-worker run on N files and on 10 x N files (flat memory);
* model load time (as labeling loads it, and as the scikit-learn estimator) and size on disk.

Every speed is the best of ``--repeat`` runs (3 by default; the 1- and
2-worker runs alternate), the usual guard against a machine's momentary
load; every run's figure is kept in the JSON.

Results are written to benchmarks/results/bench_label.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def build_corpus(folder: Path, n_files: int) -> int:
    """Write ``n_files`` reports (real and authored, repeated) to ``folder``; return paragraph count.

    Each file starts with a number line of its own ("Số: 17/BC"): byte-identical inputs are labeled
    once, so a repeated document would not be labeled again.
    """
    from nq35cls.data import load_data

    docs = load_data(REPO / "data")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    total = 0
    for k in range(n_files):
        doc = docs[k % len(docs)]
        lines = [f"Số: {k + 1}/BC", *doc.texts]
        (folder / f"{k:05d}_{doc.doc}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        total += len(lines)
    return total


def measure_limit(model, folder: Path) -> float:
    from nq35cls.normalize import feature_text

    docs = [
        [feature_text(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        for p in sorted(folder.glob("*.txt"))
    ]
    n = sum(len(d) for d in docs)
    start = time.perf_counter()
    for k in range(0, len(docs), 64):
        model.predict(docs[k : k + 64])
    return n / (time.perf_counter() - start)


def measure_naive(model, files: list[Path]) -> float:
    from underthesea import word_tokenize

    n = 0
    start = time.perf_counter()
    for path in files:
        paragraphs = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        tokenized = [word_tokenize(p, format="text") for p in paragraphs]
        model.predict([tokenized])
        n += len(paragraphs)
    return n / (time.perf_counter() - start)


def run_cli(folder: Path, out: Path, jobs: int, extra: list[str] | None = None) -> tuple[float, float]:
    """Run ``nq35cls label`` in a child; return (seconds, peak RSS in MB of the child and its workers)."""
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "nq35cls", "label", str(folder), "-o", str(out), "-q", "-j", str(jobs), *(extra or [])]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a full pipe would block the child
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if status != 0:
            errors.seek(0)
            raise SystemExit(f"nq35cls label failed: {errors.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss / 1024


def count_records(out: Path) -> int:
    with open(out, encoding="utf-8") as fh:
        return sum(1 for _ in fh)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--files", type=int, default=4000, help="files in the corpus (default 4000, about 100,000 paragraphs)"
    )
    parser.add_argument(
        "--naive-files",
        type=int,
        default=100,
        help="files the naive path is timed on, spread over the corpus (default 100)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each speed measure; the best counts (default 3)")
    parser.add_argument("--quick", action="store_true", help="a small corpus (60 files)")
    parser.add_argument("--workdir", default=str(HERE / "corpus"), help="where the corpus is written")
    args = parser.parse_args()
    if args.quick:
        args.files, args.naive_files = 60, 10

    from nq35cls.persist import load_model, shipped_model_path

    work = Path(args.workdir)
    big, small = work / "reports", work / "reports_tenth"
    paragraphs = build_corpus(big, args.files)
    small_paragraphs = build_corpus(small, max(1, args.files // 10))
    print(f"corpus: {args.files} files, {paragraphs} paragraphs in {big}")

    start = time.perf_counter()
    load_model(for_labeling=True)  # what `nq35cls label` loads (no scikit-learn)
    load_seconds = time.perf_counter() - start
    start = time.perf_counter()
    model = load_model()  # the estimator, for the limit and the naive path
    estimator_load_seconds = time.perf_counter() - start
    model_mb = shipped_model_path().stat().st_size / 1e6

    repeat = max(1, args.repeat)
    limits = [measure_limit(model, big) for _ in range(repeat)]
    limit = max(limits)
    print(f"limit: {limit:,.0f} paragraphs/s")
    files = sorted(big.glob("*.txt"))
    step = max(1, len(files) // args.naive_files)
    sample = files[::step][: args.naive_files]  # spread over the corpus: its mix of lengths
    naives = [measure_naive(model, sample) for _ in range(repeat)]
    naive = max(naives)
    print(f"naive: {naive:,.0f} paragraphs/s")

    out = work / "out.jsonl"
    runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    for _ in range(repeat):
        for jobs in (1, 2):
            runs[jobs].append(run_cli(big, out, jobs))
            assert count_records(out) > 0
            print(f"nq35cls -j {jobs}: {runs[jobs][-1][0]:.2f} s")
    t1, rss1 = min(runs[1])
    t2, rss2 = min(runs[2])
    e2e1, e2e2 = paragraphs / t1, paragraphs / t2
    print(f"nq35cls -j 1: {e2e1:,.0f} paragraphs/s, peak RSS {rss1:.0f} MB")
    print(f"nq35cls -j 2: {e2e2:,.0f} paragraphs/s, peak RSS {rss2:.0f} MB (parent)")
    _, rss_tenth = run_cli(small, work / "out_tenth.jsonl", 1)
    print(f"peak RSS, 1 worker: {rss_tenth:.0f} MB on {small_paragraphs} paragraphs, {rss1:.0f} MB on {paragraphs}")

    results = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "corpus": {"files": args.files, "paragraphs": paragraphs},
        "repeat": repeat,
        "paragraphs_per_second": {"limit": limit, "naive": naive, "nq35cls_j1": e2e1, "nq35cls_j2": e2e2},
        "every_run": {
            "limit_paragraphs_per_second": limits,
            "naive_paragraphs_per_second": naives,
            "nq35cls_j1_seconds": [t for t, _ in runs[1]],
            "nq35cls_j2_seconds": [t for t, _ in runs[2]],
        },
        "ratios": {
            "nq35cls_j1 / naive": e2e1 / naive,
            "nq35cls_j1 / limit": e2e1 / limit,
            "nq35cls_j2 / nq35cls_j1": e2e2 / e2e1,
            "peak RSS 10x files / 1x files": rss1 / rss_tenth,
        },
        "peak_rss_mb": {"j1": rss1, "j2_parent": rss2, "j1_tenth": rss_tenth},
        "model": {"load_seconds": load_seconds, "estimator_load_seconds": estimator_load_seconds, "size_mb": model_mb},
    }
    rows = [
        "| measure | value | target |",
        "|---|---:|---|",
        f"| limit (model on normalized text in memory) | {limit:,.0f} par/s | |",
        f"| naive (read + underthesea word_tokenize + model) | {naive:,.0f} par/s | |",
        f"| nq35cls label -j 1 (files to JSONL) | {e2e1:,.0f} par/s | |",
        f"| nq35cls label -j 2 | {e2e2:,.0f} par/s | |",
        f"| nq35cls -j 1 / naive | {e2e1 / naive:.1f}x | >= 10x |",
        f"| nq35cls -j 1 / limit | {e2e1 / limit:.2f}x | >= 0.5x |",
        f"| -j 2 / -j 1 | {e2e2 / e2e1:.2f}x | >= 1.6x |",
        f"| -j 2 / -j 1, median runs instead of best | {median(t for t, _ in runs[1]) / median(t for t, _ in runs[2]):.2f}x | |",
        f"| peak RSS -j 1, {paragraphs} paragraphs | {rss1:.0f} MB | < 500 MB |",
        f"| peak RSS 10x files / 1x files | {rss1 / rss_tenth:.2f} | <= 1.20 |",
        f"| model load for labeling (what `nq35cls label` loads) | {load_seconds:.2f} s | < 0.5 s |",
        f"| model load as the scikit-learn estimator (imports included) | {estimator_load_seconds:.2f} s | |",
        f"| model size | {model_mb:.1f} MB | < 20 MB |",
    ]
    table = "\n".join(rows)
    print()
    print(table)
    results_dir = HERE / "results"
    results_dir.mkdir(exist_ok=True)
    (results_dir / "bench_label.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    (results_dir / "bench_label.md").write_text(
        f"# bench_label\n\n`python benchmarks/bench_label.py{' --quick' if args.quick else ''}` on "
        f"{os.cpu_count()} CPUs, corpus of {args.files} files / {paragraphs} paragraphs; "
        f"each speed the best of {repeat} runs (every run in bench_label.json).\n\n{table}\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
