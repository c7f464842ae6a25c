"""How far in-memory training goes: fit time and peak memory on data/ repeated K times.

    python benchmarks/bench_train.py 1 10      # one child process per factor

Each factor is fitted in a child process, so that each peak RSS is its own.
Repeating documents grows the rows (paragraphs), not the vocabulary, so the
figures are a lower bound for memory on truly new text of that size.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def fit_once(factor: int) -> str:
    from nq35cls.data import load_data
    from nq35cls.model import ReportClassifier

    docs = load_data(REPO / "data")
    X = [d.texts for d in docs] * factor
    y = [d.labels for d in docs] * factor
    start = time.perf_counter()
    ReportClassifier().fit(X, y)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return f"x{factor}: {sum(map(len, X)):,} paragraphs, fit {seconds:.1f} s, peak RSS {peak:,.0f} MB"


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(fit_once(int(sys.argv[2])))
        return 0
    for factor in [int(a) for a in sys.argv[1:]] or [1, 10]:
        out = subprocess.run([sys.executable, __file__, "--child", str(factor)], capture_output=True, text=True)
        print(out.stdout.strip() or out.stderr.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
