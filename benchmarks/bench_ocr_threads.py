"""OCR of a scanned page with Tesseract's own OpenMP threads against one thread, in the same run.

    python benchmarks/bench_ocr_threads.py                 # the scanned fixture, 3 runs of each
    python benchmarks/bench_ocr_threads.py --pdf SCAN.pdf --runs 5

:mod:`nq35cls.readers.ocr` runs ``tesseract`` with ``OMP_THREAD_LIMIT=1`` (:data:`~nq35cls.readers.ocr.THREADS`)
unless the environment sets it. Here each page of the PDF (by default ``tests/fixtures/scanned_text.pdf``, an
authored page) is rendered once at :data:`~nq35cls.readers.ocr.RESOLUTION` dpi, then read by ``tesseract``
alternately without the limit (Tesseract's default: as many threads as cores) and with one thread. Wall-clock
seconds per page (the median of ``--runs``), the ratio of the two, and whether both read the same text. Needs
Tesseract with its Vietnamese data and pdfplumber. Results go to benchmarks/results/bench_ocr_threads.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))


def read_page(png: Path, limit: str | None) -> tuple[float, bytes]:
    """Seconds of one tesseract run on ``png`` and what it read; ``limit`` None leaves OMP_THREAD_LIMIT unset."""
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    if limit is not None:
        env["OMP_THREAD_LIMIT"] = limit
    start = time.perf_counter()
    done = subprocess.run(
        [shutil.which("tesseract") or "tesseract", str(png), "stdout", "-l", "vie"],
        capture_output=True,
        check=True,
        env=env,
    )
    return time.perf_counter() - start, done.stdout


def main() -> int:
    import pdfplumber

    from nq35cls.readers import ocr

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf", type=Path, default=REPO / "tests" / "fixtures" / "scanned_text.pdf")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "bench_ocr_threads.md")
    args = parser.parse_args()
    if not ocr.available():
        print("needs Tesseract with its Vietnamese data", file=sys.stderr)
        return 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp, pdfplumber.open(args.pdf) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            png = Path(tmp) / f"page{number}.png"
            page.to_image(resolution=ocr.RESOLUTION).original.save(png)
            default, single, texts = [], [], set()
            for _ in range(args.runs):  # alternated: the machine's load drifts alike for both
                seconds, text = read_page(png, None)
                default.append(seconds)
                texts.add(text)
                seconds, text = read_page(png, ocr.THREADS)
                single.append(seconds)
                texts.add(text)
            rows.append((number, statistics.median(default), statistics.median(single), len(texts) == 1))
    lines = [
        "# bench_ocr_threads",
        "",
        f"{args.pdf.name}, {len(rows)} page(s) rendered at {ocr.RESOLUTION} dpi, tesseract {args.runs} times each way "
        f"(alternated), median wall-clock seconds; {os.cpu_count()} CPUs, load average "
        f"{[round(x, 2) for x in os.getloadavg()]} at the end.",
        "",
        "| page | Tesseract's default threads (s) | one thread (s) | default / one | same text |",
        "|---:|---:|---:|---:|---|",
        *(f"| {n} | {d:.2f} | {s:.2f} | {d / s:.1f} | {same} |" for n, d, s, same in rows),
        "",
    ]
    print("\n".join(lines))
    args.out.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
