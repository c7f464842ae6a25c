"""Start-up cost of labeling one small file, against baselines measured in the same run.

    python benchmarks/bench_start.py             # 7 runs of each command, median CPU seconds
    python benchmarks/bench_start.py --runs 15

Each command runs in a fresh interpreter; its CPU time (user + system, from
the child's resource usage) is the cost a user pays per invocation:

* python: an interpreter that does nothing (the floor);
* numpy: the one library the labeling path imports (the floor with it);
* nq35cls label: the command line on a one-paragraph file, the model loaded
  for labeling only (no scikit-learn);
* estimator path: the same file labeled with the model loaded as the
  scikit-learn estimator (``load_model()``), as before 0.2.0.

The ratio column is each command's CPU over ``nq35cls label``'s. The table is
also written to benchmarks/results/bench_start.md.

The children run with bytecode caching on (``PYTHONDONTWRITEBYTECODE``
removed from their environment) after one warm-up run of each command, as
for an installed package, whose modules pip compiles at install time:
otherwise every run would compile nq35cls's sources again.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT = "Thời gian tới, cần tăng cường kiểm tra, giám sát việc thực hiện nghị quyết.\n"


def cpu_seconds(command: list[str]) -> float:
    """CPU time (user + system) of running ``command`` to the end."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (default 7)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "one.txt"
        report.write_text(TEXT, encoding="utf-8")
        py = sys.executable
        commands = {
            "python": [py, "-c", "pass"],
            "numpy": [py, "-c", "import numpy"],
            "nq35cls label": [py, "-m", "nq35cls", "label", str(report), "-q"],
            "estimator path": [
                py,
                "-c",
                "import sys; from nq35cls.persist import load_model; from nq35cls.labeling import label_file; "
                "print(len(label_file(sys.argv[1], load_model()).paragraphs))",
                str(report),
            ],
        }
        for command in commands.values():  # warm-up: compiles and caches the bytecode
            cpu_seconds(command)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved, so that a busy moment of the machine hits every command
            for name, command in commands.items():
                times[name].append(cpu_seconds(command))
    medians = {name: statistics.median(values) for name, values in times.items()}
    ours = medians["nq35cls label"]
    lines = [
        f"Median CPU seconds (user + system) of {args.runs} runs each after a warm-up run, one-paragraph file:",
        "",
        "| command | CPU s | / nq35cls label |",
        "|---|---:|---:|",
        *(f"| {name} | {value:.3f} | {value / ours:.2f} |" for name, value in medians.items()),
    ]
    table = "\n".join(lines)
    print(table)
    out = HERE / "results" / "bench_start.md"
    out.write_text("# bench_start\n\n`python benchmarks/bench_start.py`\n\n" + table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
