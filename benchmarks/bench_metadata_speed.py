"""Speed of the report metadata of a synthesis (issue 15): its time as a ratio to the labeling time of the same reports.

    python benchmarks/bench_metadata_speed.py [--reports N] [--repeat 3] [--before JSON [--before-note TEXT]]
        [--out benchmarks/results/bench_metadata_speed.md]

The documents of the real-anchored corpus (``data/real_rewritten``: 1,941 of every genre, the first ``--reports``
when given), each made a .txt report, are labeled in memory by the shipped model (``label_texts``: the baseline
of the run). Then, in the same process and on the same labeled reports:

* ``extract_metadata`` on each report's first paragraphs, as :meth:`Synthesis.add` gives them (the paragraphs
  kept and those dropped as web-page chrome, in order, the first ``HEADER_PARAGRAPHS``);
* ``Synthesis.add`` on every report (the metadata and the per-file counts; the themes are not computed).

Each is timed ``--repeat`` times (the labeling too) and the fastest run kept, in CPU time of the process
(steadier on a shared machine) and wall clock; the ratios are to the labeling's CPU time of the same run. The
run also counts the reports whose header gave each field, a check that the headers were read.

``--before JSON`` shows, beside this run, the figures of an earlier run of this script (its ``.json``, e.g. on
the code before a change): ratios from two runs compare, seconds only on the same machine and load.
Results go to ``--out`` (Markdown) and the same path with ``.json``.
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nq35cls.data import load_data  # noqa: E402
from nq35cls.labeling import LabeledReport, label_texts  # noqa: E402
from nq35cls.metadata import HEADER_PARAGRAPHS, ReportMetadata, extract_metadata  # noqa: E402
from nq35cls.persist import load_model  # noqa: E402
from nq35cls.readers import Text  # noqa: E402
from nq35cls.writers.synthesis import Synthesis  # noqa: E402

FIELDS = ("issuing_body", "superior_body", "number", "date", "place", "doc_type", "subject", "period")


def _fastest(run: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """The smallest CPU and wall-clock times of ``repeat`` calls of ``run``, and its last result."""
    cpu, wall, result = [], [], None
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        result = run()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    return min(cpu), min(wall), result


def header_paragraphs(report: LabeledReport) -> list[str]:
    """The paragraphs :meth:`Synthesis.add` reads the metadata from."""
    first = islice(heapq.merge(report.paragraphs, report.dropped, key=lambda p: p.index), HEADER_PARAGRAPHS)
    return [p.text for p in first]


def run(n_reports: int, repeat: int) -> dict:
    documents = load_data(REPO / "data" / "real_rewritten")  # sorted by id
    documents = documents[:n_reports] if n_reports else documents
    texts = [Text(f"report_{k:04d}.txt", "\n".join(d.texts) + "\n", "utf-8") for k, d in enumerate(documents)]
    model = load_model()
    label_cpu, label_wall, labeled = _fastest(lambda: label_texts(texts, model), repeat)
    assert isinstance(labeled, list)
    headers = [header_paragraphs(r) for r in labeled]
    meta_cpu, meta_wall, metadata = _fastest(lambda: [extract_metadata(h) for h in headers], repeat)
    assert isinstance(metadata, list)

    def add_all() -> Synthesis:
        synthesis = Synthesis()
        for report in labeled:
            synthesis.add(report)
        return synthesis

    add_cpu, add_wall, synthesis = _fastest(add_all, repeat)
    assert isinstance(synthesis, Synthesis)
    if [f.metadata for f in synthesis.files] != metadata:
        raise SystemExit("Synthesis.add read other metadata than extract_metadata on the same paragraphs")
    found = {f: sum(getattr(m, f) is not None for m in metadata if isinstance(m, ReportMetadata)) for f in FIELDS}
    return {
        "reports": len(labeled),
        "paragraphs": sum(len(r.paragraphs) + len(r.dropped) for r in labeled),
        "repeat": repeat,
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "label": {"cpu": round(label_cpu, 3), "wall": round(label_wall, 3)},
        "extract_metadata": {"cpu": round(meta_cpu, 3), "wall": round(meta_wall, 3)},
        "synthesis_add": {"cpu": round(add_cpu, 3), "wall": round(add_wall, 3)},
        "ratio_extract_metadata": round(meta_cpu / label_cpu, 3),
        "ratio_synthesis_add": round(add_cpu / label_cpu, 3),
        "fields_found": found,
    }


def markdown(result: dict, before: dict | None, note: str = "") -> list[str]:
    md = [
        "# bench_metadata_speed",
        "",
        f"{result['reports']:,} reports of the real-anchored corpus ({result['paragraphs']:,} paragraphs), labeled "
        f"in memory by the shipped model; then the reports' metadata (`extract_metadata` on the first "
        f"{HEADER_PARAGRAPHS} paragraphs, as `Synthesis.add` reads them) and `Synthesis.add` without the themes. "
        f"Fastest of {result['repeat']} runs each, CPU time of the process; ratio: to the labeling's CPU time in "
        f"the same run. Machine: {result['cpus']} CPUs, load average {result['load_average']} at the end.",
        "",
    ]
    rows = [
        ("labeling (label_texts)", "label", None),
        ("extract_metadata", "extract_metadata", "ratio_extract_metadata"),
        ("Synthesis.add (no themes)", "synthesis_add", "ratio_synthesis_add"),
    ]
    if before is None:
        md += ["| step | CPU s | wall s | ratio to labeling |", "|---|---:|---:|---:|"]
        for name, key, ratio in rows:
            shown = f"{result[ratio]:.3f}" if ratio else "1"
            md.append(f"| {name} | {result[key]['cpu']:.2f} | {result[key]['wall']:.2f} | {shown} |")
    else:
        md += [
            f"Before: an earlier run of this script{f' ({note})' if note else ''}: {before['reports']:,} reports, "
            f"load average {before['load_average']}; speed-up: the ratio before over the ratio now.",
            "",
            "| step | CPU s before | ratio before | CPU s now | ratio now | speed-up |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for name, key, ratio in rows:
            if ratio is None:
                md.append(f"| {name} | {before[key]['cpu']:.2f} | 1 | {result[key]['cpu']:.2f} | 1 | |")
            else:
                md.append(
                    f"| {name} | {before[key]['cpu']:.2f} | {before[ratio]:.3f} | {result[key]['cpu']:.2f} | "
                    f"{result[ratio]:.3f} | {before[ratio] / result[ratio]:.1f}x |"
                )
    md += [
        "",
        "Reports whose header gave each field: "
        + ", ".join(f"{field} {count}" for field, count in result["fields_found"].items())
        + ".",
        "",
    ]
    return md


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=0, help="the first N corpus documents (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each step; the fastest is kept")
    parser.add_argument("--before", type=Path, help="the .json of an earlier run, shown beside this one")
    parser.add_argument("--before-note", default="", help="what the earlier run ran (a commit), for the table")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "bench_metadata_speed.md")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    result = run(args.reports, args.repeat)
    if before is not None and before["reports"] != result["reports"]:
        raise SystemExit(f"--before ran on {before['reports']} reports, this run on {result['reports']}: no comparison")
    if before is not None:
        result["before"] = before
    text = "\n".join(markdown(result, before, args.before_note))
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
