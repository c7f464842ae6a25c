"""The themes' agglomeration in rounds against the one-merge-at-a-time agglomeration it replaced.

    python benchmarks/bench_agglomeration.py

:func:`nq35cls.clustering.average_linkage` (the first agglomeration and the
regrouping) merges, in each round, every two groups that are each other's
most similar linked group, in numpy and scipy. Until commit 466e4e3 it merged
one pair at a time, the most similar first, from heaps in Python. The two
agree where every pair is linked; along a sparse neighbour graph they may
differ a little (a merged group's mean with a third also counts the pairs
that were not linked). The earlier module is read from git (``git show
466e4e3:nq35cls/clustering.py``: run this from a clone with its history) and
each call of the agglomeration made by :func:`~nq35cls.themes.find_themes`
is made with both: on every benchmark set of ``themes_data`` (gold parts,
the defaults and the variants of ``bench_themes.py``) and on the parts of the
real-anchored corpus (``data/real_rewritten``, each document a report).
Reported: how many calls gave the same clusters, the adjusted Rand index of
the final themes of each input, and the CPU time of the agglomeration with
each.

Results go to benchmarks/results/bench_agglomeration.json and .md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"
PARTS = ("results", "limitations", "solutions")
#: The commit whose nq35cls/clustering.py holds the earlier agglomeration.
EARLIER = "466e4e3"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))


def earlier_module() -> types.ModuleType:
    """nq35cls/clustering.py as it was at commit :data:`EARLIER`, as a module of the package."""
    source = subprocess.run(
        ["git", "show", f"{EARLIER}:nq35cls/clustering.py"], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    module = types.ModuleType("nq35cls.clustering_earlier")
    module.__package__ = "nq35cls"
    exec(compile(source, f"{EARLIER}:nq35cls/clustering.py", "exec"), module.__dict__)
    return module


def inputs() -> dict[str, tuple[list[str], list[object]]]:
    """(texts, reports) per input: each benchmark set's gold parts, then the corpus's parts."""
    from bench_themes import SETS, load_gold

    from nq35cls.data import load_data

    out: dict[str, tuple[list[str], list[object]]] = {}
    for name, (folder, _, _) in SETS.items():
        gold = load_gold(folder)
        for part in PARTS:
            rows = [(stem, p["text"]) for stem, paras in gold.items() for p in paras if p["label"] == part]
            out[f"{name} {part}"] = ([t for _, t in rows], [r for r, _ in rows])
    documents = load_data(REPO / "data" / "real_rewritten")
    for part in PARTS:
        items = [(k, t) for k, d in enumerate(documents) for t, lab in zip(d.texts, d.labels) if lab == part]
        out[f"corpus {part}"] = ([t for _, t in items], [k for k, _ in items])
    return out


#: find_themes' variants run on the benchmark sets (those of bench_themes.py).
VARIANTS: dict[str, dict] = {
    "defaults": {},
    "concepts=False": {"concepts": False},
    "separate_reports=False": {"separate_reports": False},
    "first agglomeration only": {"theme_anchor": None, "member_threshold": None},
    "related=0": {"related": 0.0},
    "keep_place_names": {"keep_place_names": True},
    "termspace=0": {"termspace": 0.0},
    "termspace in every step": {"termspace_steps": ("first", "regroup", "members")},
}


def main() -> int:
    import numpy as np
    from sklearn.metrics import adjusted_rand_score

    from nq35cls import clustering, themes

    earlier = earlier_module()
    rounds = clustering.average_linkage
    state = {"which": "rounds"}
    calls = {"same": 0, "all": 0}
    cpu = {"rounds": 0.0, "earlier": 0.0}

    def both(*args, **kwargs):
        t0 = time.process_time()
        ours = rounds(*args, **kwargs)
        t1 = time.process_time()
        theirs = earlier.average_linkage(*args, **kwargs)
        t2 = time.process_time()
        cpu["rounds"] += t1 - t0
        cpu["earlier"] += t2 - t1
        calls["all"] += 1
        calls["same"] += bool(np.array_equal(ours, theirs))
        return ours if state["which"] == "rounds" else theirs

    def labels_of(found, n: int) -> list[int]:
        out = [0] * n
        for k, t in enumerate(found):
            for m in t.members:
                out[m] = k
        return out

    result: dict = {"earlier": EARLIER, "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}
    rows_out: dict[str, dict] = {}
    clustering.average_linkage = both  # the name the regrouping calls
    themes.average_linkage = both  # the name find_themes calls
    try:
        for name, (texts, reports) in inputs().items():
            variants = VARIANTS if not name.startswith("corpus") else {"defaults": {}}
            for variant, kwargs in variants.items():
                calls.update(same=0, all=0)
                cpu.update(rounds=0.0, earlier=0.0)
                found = {}
                for which in ("rounds", "earlier"):
                    state["which"] = which
                    found[which] = themes.find_themes(texts, reports, **kwargs)
                a, b = (labels_of(found[w], len(texts)) for w in ("rounds", "earlier"))
                rows_out[f"{name}, {variant}"] = {
                    "texts": len(texts),
                    "themes": len(found["rounds"]),
                    "themes_earlier": len(found["earlier"]),
                    "calls_same": f"{calls['same']}/{calls['all']}",
                    "ari": round(adjusted_rand_score(a, b), 4),
                    "same_themes": [t.members for t in found["rounds"]] == [t.members for t in found["earlier"]],
                    # each call made twice (once per run of find_themes): the CPU of one
                    "cpu_rounds": round(cpu["rounds"] / 2, 3),
                    "cpu_earlier": round(cpu["earlier"] / 2, 3),
                }
            print(name, rows_out[f"{name}, defaults"], flush=True)
    finally:
        clustering.average_linkage = rounds
        themes.average_linkage = rounds
    result["inputs"] = rows_out
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    sets = {k: r for k, r in rows_out.items() if not k.startswith("corpus")}
    corpus = {k: r for k, r in rows_out.items() if k.startswith("corpus")}
    same = sum(r["same_themes"] for r in sets.values())
    keys = ("texts", "themes", "themes_earlier", "calls_same", "ari", "same_themes", "cpu_rounds", "cpu_earlier")
    md = [
        "# bench_agglomeration",
        "",
        f"The agglomeration in rounds against the one-merge-at-a-time agglomeration of commit {EARLIER}, each call of "
        "find_themes made with both (calls_same: calls that gave the same clusters; ari: adjusted Rand index of the "
        "final themes; cpu: CPU seconds of the agglomerations of one run of find_themes, 2 shared CPUs, load "
        f"average {result['load_average_at_start']} at the start, {result['load_average_at_end']} at the end).",
        "",
        f"Benchmark sets (13 sets x 3 parts x {len(VARIANTS)} variants of find_themes): the same themes in "
        f"**{same}/{len(sets)}** runs; agglomeration CPU {sum(r['cpu_rounds'] for r in sets.values()):.2f} s in "
        f"rounds, {sum(r['cpu_earlier'] for r in sets.values()):.2f} s one merge at a time.",
        "",
        "## The real-anchored corpus (each document a report), find_themes' defaults",
        "",
        "| input | " + " | ".join(keys) + " |",
        "|---|" + "---:|" * len(keys),
        *(f"| {name} | " + " | ".join(str(r[k]) for k in keys) + " |" for name, r in corpus.items()),
        "",
        "## Benchmark sets",
        "",
        "| input | " + " | ".join(keys) + " |",
        "|---|" + "---:|" * len(keys),
        *(f"| {name} | " + " | ".join(str(r[k]) for k in keys) + " |" for name, r in sets.items()),
        "",
    ]
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_agglomeration.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "bench_agglomeration.md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md[:8]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
