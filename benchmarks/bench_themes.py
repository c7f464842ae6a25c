"""Benchmark the themes of a synthesis (nq35cls.themes) on authored reports with gold themes.

    python benchmarks/bench_themes.py            # quality on benchmarks/themes_data (44 + 42 reports)
    python benchmarks/bench_themes.py --scale    # also time and memory on 1,000 recombined reports

Two sets of authored reports with gold themes: ``reports/`` (44 reports on digital transformation,
``generate.py``), on which the method and its defaults were tuned, and ``reports_test/`` (42 reports on
building new-style countryside, ``generate_test.py``), written before that tuning and never tuned on:
the figures of the second set tell how much of the first set's are fitted to its words.

Quality, per set and part (results, limitations, solutions):

* gold: the paragraphs of that part by their gold label, clustered by
  :func:`nq35cls.themes.find_themes` with its defaults; adjusted Rand index
  against the gold theme ids (each singleton its own cluster), and for every
  planted theme (raised by two reports or more) whether the theme that holds
  most of its paragraphs is raised by exactly as many reports ("N of M"
  exact); the same without the synonym thesaurus (``concepts=False``) and
  without keeping a report's paragraphs apart (``separate_reports=False``), to
  show what each brings;
* end to end: the .txt reports labeled by the shipped model, the themes of
  :class:`~nq35cls.writers.synthesis.Synthesis` (paragraphs the model put in
  the part plus the part's sentences of mixed paragraphs), the ARI measured
  on the members whose gold label is the part.

Scale (``--scale``): 1,000 reports (about 29,000 paragraphs) recombined from
the same material with fresh figures (``generate.scaled_reports``), labeled
in memory by the shipped model (the labeling time: features, model,
decoding, sentences of mixed paragraphs), then the reports' metadata, the
themes and figures of the three parts; the ratio of their time to the
labeling time (wall clock, and CPU time of the process, steadier on a shared
machine) and the process's peak memory (``ru_maxrss``; the run is a child
process so that its peak is its own). Then the user's view: ``nq35cls
label`` on the same reports as files, to .jsonl (labeling only) and to each
synthesis format (.md, .docx, .html, .xlsx), each a child process timed with
its peak memory.

Results go to benchmarks/results/bench_themes.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "themes_data" / "reports"
#: The held-out set: another programme, never tuned on.
TEST_DATA = HERE / "themes_data" / "reports_test"
RESULTS = HERE / "results"
PARTS = ("results", "limitations", "solutions")
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE / "themes_data"))


def load_gold(folder: Path = DATA) -> dict[str, list[dict]]:
    """Each report's paragraphs with gold label and theme, by file stem."""
    return {
        path.stem: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for path in sorted(folder.glob("*.jsonl"))
    }


def cluster_labels(themes, n: int) -> list[int]:
    labels = [-1] * n
    for k, t in enumerate(themes):
        for m in t.members:
            labels[m] = k
    return labels


def count_exact(themes, labels: list[int], gold: list[str], reports: list[str]) -> tuple[int, int]:
    """Planted themes whose majority theme is raised by exactly the gold number of reports."""
    planted: dict[str, set[str]] = {}
    for g, r in zip(gold, reports):
        if not g.startswith("single"):
            planted.setdefault(g, set()).add(r)
    exact = 0
    for g, rs in planted.items():
        majority = Counter(labels[i] for i, x in enumerate(gold) if x == g).most_common(1)[0][0]
        exact += themes[majority].n_reports == len(rs)
    return exact, len(planted)


def gold_quality(gold: dict[str, list[dict]], **params) -> dict[str, dict]:
    from sklearn.metrics import adjusted_rand_score

    from nq35cls.themes import find_themes

    out = {}
    for part in PARTS:
        items = [(stem, p) for stem, paras in gold.items() for p in paras if p["label"] == part]
        texts = [p["text"] for _, p in items]
        reports = [stem for stem, _ in items]
        labels_gold = [p["theme"] for _, p in items]
        t0 = time.perf_counter()
        themes = find_themes(texts, reports, **params)
        seconds = time.perf_counter() - t0
        labels = cluster_labels(themes, len(texts))
        exact, planted = count_exact(themes, labels, labels_gold, reports)
        out[part] = {
            "paragraphs": len(texts),
            "gold_themes": len(set(labels_gold)),
            "themes": len(themes),
            "ari": round(adjusted_rand_score(labels_gold, labels), 3),
            "count_exact": exact,
            "planted": planted,
            "seconds": round(seconds, 3),
        }
    return out


def end_to_end(gold: dict[str, list[dict]], folder: Path = DATA) -> dict[str, dict]:
    """Label the .txt reports with the shipped model, then score the synthesis's themes on gold-part members."""
    from sklearn.metrics import adjusted_rand_score

    from nq35cls.labeling import label_file
    from nq35cls.persist import load_model
    from nq35cls.writers.synthesis import Synthesis

    model = load_model()
    synthesis = Synthesis()
    stems = []
    for stem in gold:
        synthesis.add(label_file(folder / f"{stem}.txt", model))
        stems.append(stem)
    out = {}
    for part in PARTS:
        themes = synthesis.themes(part)
        labels, truth = [], []
        for k, t in enumerate(themes):
            for item in t.items:
                p = gold[stems[item.entry.file_no - 1]][item.entry.index]
                if p["label"] == part and item.whole:
                    labels.append(k)
                    truth.append(p["theme"])
        in_part = sum(p["label"] == part for paras in gold.values() for p in paras)
        out[part] = {
            "gold_paragraphs": in_part,
            "found_in_part": len(truth),
            "items": sum(len(t.items) for t in themes),
            "themes": len(themes),
            "ari_on_gold_members": round(adjusted_rand_score(truth, labels), 3),
        }
    return out


def scale_child(n_reports: int) -> dict:
    """Run in a child process: label n recombined reports in memory, then compute the themes."""
    from generate import scaled_reports

    from nq35cls.labeling import label_texts
    from nq35cls.persist import load_model
    from nq35cls.readers import Text
    from nq35cls.writers.synthesis import Synthesis

    texts = [
        Text(f"report_{k:04d}.txt", "\n".join(p["text"] for p in paras) + "\n", "utf-8")
        for k, paras in enumerate(scaled_reports(n_reports))
    ]
    model = load_model()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0, c0 = time.perf_counter(), time.process_time()
    labeled = label_texts(texts, model)
    label_seconds, label_cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_labeled = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    synthesis = Synthesis()
    t0, c0 = time.perf_counter(), time.process_time()
    for report in labeled:
        synthesis.add(report)  # the report's metadata from its header
    add_seconds, add_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    counts = {}
    for part in PARTS:
        themes = synthesis.themes(part)
        counts[part] = {"items": sum(len(t.items) for t in themes), "themes": len(themes)}
    synthesis.figures_by_file()
    theme_seconds, theme_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "reports": n_reports,
        "paragraphs": sum(len(r.paragraphs) for r in labeled),
        "label_seconds": round(label_seconds, 2),
        "metadata_seconds": round(add_seconds, 2),
        "theme_seconds": round(theme_seconds, 2),
        "ratio": round(theme_seconds / label_seconds, 3),
        "ratio_with_metadata": round((theme_seconds + add_seconds) / label_seconds, 3),
        # the same in CPU time of the process: less sensitive to what else runs on a shared machine
        "cpu_seconds": {"label": round(label_cpu, 2), "metadata": round(add_cpu, 2), "themes": round(theme_cpu, 2)},
        "cpu_ratio": round(theme_cpu / label_cpu, 3),
        "cpu_ratio_with_metadata": round((theme_cpu + add_cpu) / label_cpu, 3),
        "peak_rss_mb_before_labeling": round(rss_before / 1024),
        "peak_rss_mb_after_labeling": round(rss_labeled / 1024),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "parts": counts,
    }


E2E_KEYS = ("gold_paragraphs", "found_in_part", "items", "themes", "ari_on_gold_members")
#: The synthesis formats timed by scale_cli.
CLI_FORMATS = ("md", "docx", "html", "xlsx")


def scale_cli(n_reports: int) -> dict:
    """The user's view: ``nq35cls label`` on n recombined report files, to JSONL (labeling only) and to each
    synthesis format (labeling, then the metadata, themes and figures, and the writer); each run a child
    process, timed (wall clock, and CPU: user + system), with its peak RSS. The JSONL run is repeated before
    and after the others: the labeling time is their mean (the machine's load drifts during the runs)."""
    import tempfile

    from generate import scaled_reports

    out: dict = {"reports": n_reports}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        for k, paras in enumerate(scaled_reports(n_reports)):
            (folder / f"bao_cao_{k:04d}.txt").write_text("\n".join(p["text"] for p in paras) + "\n", encoding="utf-8")
        runs: dict[str, list[tuple[float, int, float]]] = {}
        for fmt in ("jsonl", *CLI_FORMATS, "jsonl"):
            target = Path(tmp) / f"out.{fmt}"
            cmd = [sys.executable, "-m", "nq35cls", "label", str(folder), "-o", str(target), "-q", "--force"]
            t0 = time.perf_counter()
            proc = subprocess.run(
                ["/usr/bin/time", "-f", "%M %U %S", *cmd], check=True, capture_output=True, text=True, cwd=REPO
            )
            seconds = time.perf_counter() - t0
            kb, user, system = proc.stderr.strip().splitlines()[-1].split()
            runs.setdefault(fmt, []).append((seconds, int(kb), float(user) + float(system)))
    for fmt, measured in runs.items():
        out[fmt] = {
            "seconds": round(sum(s for s, _, _ in measured) / len(measured), 2),
            "cpu_seconds": round(sum(c for _, _, c in measured) / len(measured), 2),
            "peak_rss_mb": round(max(kb for _, kb, _ in measured) / 1024),
        }
    out["jsonl"]["runs_seconds"] = [round(s, 2) for s, _, _ in runs["jsonl"]]
    label, label_cpu = out["jsonl"]["seconds"], out["jsonl"]["cpu_seconds"]
    for fmt in CLI_FORMATS:
        out[fmt]["added_seconds"] = round(out[fmt]["seconds"] - label, 2)
        out[fmt]["ratio_added_to_labeling"] = round((out[fmt]["seconds"] - label) / label, 3)
        out[fmt]["cpu_ratio_added_to_labeling"] = round((out[fmt]["cpu_seconds"] - label_cpu) / label_cpu, 3)
    return out


def _table(rows: dict[str, dict], keys: tuple[str, ...]) -> list[str]:
    out = ["| part | " + " | ".join(keys) + " |", "|---|" + "---:|" * len(keys)]
    for part, row in rows.items():
        out.append(f"| {part} | " + " | ".join(str(row[k]) for k in keys) + " |")
    return out


def _total(rows: dict[str, dict]) -> str:
    exact = sum(r["count_exact"] for r in rows.values())
    planted = sum(r["planted"] for r in rows.values())
    return f"{exact}/{planted} = {exact / planted:.0%}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", action="store_true", help="also time and memory on --reports recombined reports")
    parser.add_argument("--reports", type=int, default=1000, help="reports of the scale run (default 1000)")
    parser.add_argument("--scale-child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end run through the labeler")
    args = parser.parse_args()
    if args.scale_child:
        print(json.dumps(scale_child(args.scale_child)))
        return 0

    gold = load_gold()
    n_paragraphs = sum(len(p) for p in gold.values())
    result: dict = {"reports": len(gold), "paragraphs": n_paragraphs}
    result["gold"] = gold_quality(gold)
    result["gold_without_concepts"] = gold_quality(gold, concepts=False)
    result["gold_without_separate_reports"] = gold_quality(gold, separate_reports=False)
    result["gold_first_pass_only"] = gold_quality(gold, theme_anchor=None, member_threshold=None)
    if not args.no_e2e:
        result["end_to_end"] = end_to_end(gold)
    held_out = load_gold(TEST_DATA)
    test: dict = {"reports": len(held_out), "paragraphs": sum(len(p) for p in held_out.values())}
    test["gold"] = gold_quality(held_out)
    test["gold_without_concepts"] = gold_quality(held_out, concepts=False)
    test["gold_first_pass_only"] = gold_quality(held_out, theme_anchor=None, member_threshold=None)
    if not args.no_e2e:
        test["end_to_end"] = end_to_end(held_out, TEST_DATA)
    result["test"] = test
    if args.scale:
        result["machine"] = {"cpus": os.cpu_count(), "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}
        proc = subprocess.run(
            [sys.executable, __file__, "--scale-child", str(args.reports)], capture_output=True, text=True, check=True
        )
        result["scale"] = json.loads(proc.stdout.strip().splitlines()[-1])
        result["scale_cli"] = scale_cli(args.reports)
        result["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]

    keys = ("paragraphs", "gold_themes", "themes", "ari", "count_exact", "planted")
    md = [
        "# bench_themes",
        "",
        f"{len(gold)} authored reports, {n_paragraphs} paragraphs (benchmarks/themes_data). "
        "ARI: adjusted Rand index of the themes against the gold themes; count_exact: planted themes "
        "(raised by 2+ reports) whose theme is raised by exactly as many reports.",
        "",
        "## Gold paragraphs, find_themes defaults",
        "",
        *_table(result["gold"], keys),
        "",
        f"Count exact over all parts, find_themes defaults: {_total(result['gold'])}.",
        "",
        "## Without the synonym thesaurus (concepts=False)",
        "",
        *_table(result["gold_without_concepts"], keys),
        "",
        "## Without keeping a report's paragraphs apart (separate_reports=False)",
        "",
        *_table(result["gold_without_separate_reports"], keys),
        "",
        "## The first agglomeration only (theme_anchor=None, member_threshold=None)",
        "",
        *_table(result["gold_first_pass_only"], keys),
        "",
        f"Count exact over all parts, the first agglomeration only: {_total(result['gold_first_pass_only'])}.",
        "",
    ]
    if "end_to_end" in result:
        md += [
            "## End to end (shipped model labels the .txt files; ARI on the members whose gold part is the part)",
            "",
            *_table(result["end_to_end"], E2E_KEYS),
            "",
        ]
    md += [
        "## Held-out set (never tuned on)",
        "",
        f"{test['reports']} authored reports, {test['paragraphs']} paragraphs (benchmarks/themes_data/reports_test, "
        "another programme: building new-style countryside), written before the defaults were tuned on the "
        "first set.",
        "",
        "### Gold paragraphs, find_themes defaults",
        "",
        *_table(test["gold"], keys),
        "",
        f"Count exact over all parts, find_themes defaults: {_total(test['gold'])}.",
        "",
        "### Without the synonym thesaurus (concepts=False)",
        "",
        *_table(test["gold_without_concepts"], keys),
        "",
        f"Count exact over all parts, without the thesaurus: {_total(test['gold_without_concepts'])}.",
        "",
        "### The first agglomeration only (theme_anchor=None, member_threshold=None)",
        "",
        *_table(test["gold_first_pass_only"], keys),
        "",
        f"Count exact over all parts, the first agglomeration only: {_total(test['gold_first_pass_only'])}.",
        "",
    ]
    if "end_to_end" in test:
        md += ["### End to end", "", *_table(test["end_to_end"], E2E_KEYS), ""]
    if "scale" in result:
        s = result["scale"]
        md += [
            "## Scale",
            "",
            f"{result['machine']['cpus']} CPUs, load average {result['machine']['load_average_at_start']} at the "
            f"start and {result['machine']['load_average_at_end']} at the end (a shared machine: absolute times "
            "vary from run to run, the ratios less).",
            "",
            f"In one process, {s['reports']} reports, {s['paragraphs']} paragraphs: labeling {s['label_seconds']} s, "
            f"themes and figures {s['theme_seconds']} s, ratio theme/labeling **{s['ratio']}**; with the reports' "
            f"metadata ({s['metadata_seconds']} s) **{s['ratio_with_metadata']}**; "
            f"peak RSS {s['peak_rss_mb']} MB "
            f"(after loading the model {s['peak_rss_mb_before_labeling']} MB, after labeling "
            f"{s['peak_rss_mb_after_labeling']} MB). In CPU time of the process (labeling "
            f"{s['cpu_seconds']['label']} s, metadata {s['cpu_seconds']['metadata']} s, themes and figures "
            f"{s['cpu_seconds']['themes']} s): ratio theme/labeling **{s['cpu_ratio']}**, with the metadata "
            f"**{s['cpu_ratio_with_metadata']}**.",
            "",
        ]
        c = result["scale_cli"]
        md += [
            f"`nq35cls label` on the {c['reports']} report files (each run a child process; the labeling time is "
            f"the mean of a JSONL run before the others and one after them: {c['jsonl']['runs_seconds']} s):",
            "",
            "| output | seconds | added to labeling | ratio added / labeling | CPU seconds | CPU ratio added / "
            "labeling | peak RSS MB |",
            "|---|---:|---:|---:|---:|---:|---:|",
            f"| jsonl (labeling only) | {c['jsonl']['seconds']} | | | {c['jsonl']['cpu_seconds']} | "
            f"| {c['jsonl']['peak_rss_mb']} |",
            *(
                f"| {fmt} | {c[fmt]['seconds']} | {c[fmt]['added_seconds']} | **{c[fmt]['ratio_added_to_labeling']}** "
                f"| {c[fmt]['cpu_seconds']} | **{c[fmt]['cpu_ratio_added_to_labeling']}** | {c[fmt]['peak_rss_mb']} |"
                for fmt in CLI_FORMATS
            ),
            "",
        ]
    RESULTS.mkdir(exist_ok=True)
    name = "bench_themes" + ("_scale" if args.scale else "")
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (RESULTS / f"{name}.md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
