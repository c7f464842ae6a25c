"""Time and peak memory of labeling each hostile file of issue 17 beside a good one.

    python benchmarks/bench_hostile.py

Runs every case of ``tests/test_hostile.py`` (files made by ``tests/hostile_files.py``) through the
command line in a child process, as the test does, with a model fitted on the three seed reports,
and prints one row per case: what stderr said of the file, the exit status, the wall time of the
whole run (start-up included) and the child's own peak memory (VmHWM).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import hostile_files as h  # noqa: E402
import test_hostile as t  # noqa: E402

from nq35cls.data import load_data  # noqa: E402
from nq35cls.model import ReportClassifier  # noqa: E402
from nq35cls.persist import save_model  # noqa: E402


def main() -> int:
    docs = load_data(ROOT / "data" / "real")
    model = ReportClassifier().fit([d.texts for d in docs], [d.labels for d in docs])
    tmp = Path(tempfile.mkdtemp())
    save_model(model, tmp / "small.model")
    print("| case | outcome | exit | seconds | peak MB |\n|---|---|---:|---:|---:|")
    for k, (case, (make, _, extra)) in enumerate(t.CASES.items()):
        folder = tmp / f"case{k}"
        folder.mkdir()
        make(folder)
        (folder / "good.txt").write_text(h.GOOD, encoding="utf-8")
        code, err, seconds, peak_mb = t._run(
            folder, tmp / f"case{k}.jsonl", ["--model", str(tmp / "small.model"), *extra]
        )
        lines = [line for line in err.splitlines() if line.strip()]
        outcome = (lines[0].split(": ", 2)[-1][:70] if lines else "labeled").replace("|", "\\|")
        print(f"| {case} | {outcome} | {code} | {seconds:.1f} | {peak_mb:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
