"""Cost of the Vietnamese interface, against baselines measured in the same run.

    python benchmarks/bench_i18n.py              # 7 start-up runs per language, 20 rounds of messages
    PYTHONPATH=. python benchmarks/bench_i18n.py # from a checkout whose nq35cls is not the installed one
    python benchmarks/bench_i18n.py --runs 15

* Start-up: ``nq35cls label one.txt -q`` in a fresh interpreter with ``--lang vi``
  against ``--lang en`` (median CPU seconds, user + system): what loading the
  catalog and building the translated parser add to a run.
* Messages: translating one formatted English message (``nq35cls.i18n.translate``:
  the templates are tried until one matches) against making it
  (filling its English template), for every message of the catalog; and the
  worst case, a message no template matches (all of them tried).

The table is also written to benchmarks/results/bench_i18n.md.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

from bench_start import TEXT, cpu_seconds  # the same start-up measure, run from this folder

from nq35cls.i18n import catalog_path, fill, read_mo, translate, translator

HERE = Path(__file__).resolve().parent


def per_call(function, items, rounds: int) -> float:
    """Median seconds of one call of ``function`` over ``items``, over ``rounds`` rounds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for item in items:
            function(item)
        times.append((time.perf_counter() - start) / len(items))
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs per language (default 7)")
    parser.add_argument("--rounds", type=int, default=20, help="rounds over the messages (default 20)")
    args = parser.parse_args()

    catalog = read_mo(resources.files("nq35cls").joinpath(catalog_path("vi")).read_bytes())
    templates = [m for m in catalog if "\x00" not in m]  # plural entries are looked up, not matched
    pairs = [(m, {k: "12,345" for k in re.findall(r"\{(\w+)\}", m)}) for m in templates]
    messages = [fill(m, values) for m, values in pairs]
    translator("vi")
    translate(messages[0], "vi")  # the catalog loaded and its templates compiled once, outside the timing
    make = per_call(lambda p: fill(p[0], p[1]), pairs, args.rounds)
    known = per_call(lambda m: translate(m, "vi"), messages, args.rounds)
    unknown = per_call(
        lambda m: translate(m, "vi"), [f"a message nq35cls never makes, number {i}" for i in range(50)], args.rounds
    )

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "one.txt"
        report.write_text(TEXT, encoding="utf-8")
        command = [sys.executable, "-m", "nq35cls", "label", str(report), "-q", "--lang"]
        start_up = {lang: [] for lang in ("en", "vi")}
        for _ in range(args.runs):
            for lang in start_up:  # interleaved, so that the machine's load falls on both alike
                start_up[lang].append(cpu_seconds(command + [lang]))
    en, vi = (statistics.median(start_up[lang]) for lang in ("en", "vi"))

    lines = [
        "# bench_i18n",
        "",
        f"`python benchmarks/bench_i18n.py --runs {args.runs} --rounds {args.rounds}`",
        "",
        f"Start-up, median CPU seconds of {args.runs} runs of `nq35cls label one.txt -q` (one-paragraph file):",
        "",
        "| --lang | CPU s | / en |",
        "|---|---:|---:|",
        f"| en | {en:.3f} | 1.00 |",
        f"| vi | {vi:.3f} | {vi / en:.2f} |",
        "",
        f"Messages, median microseconds per message over the {len(messages)} templates of the catalog:",
        "",
        "| operation | µs | / making the English message |",
        "|---|---:|---:|",
        f"| making it (filling the English template) | {make * 1e6:.2f} | 1.0 |",
        f"| translating it to vi | {known * 1e6:.2f} | {known / make:.0f} |",
        f"| a message no template matches (all tried) | {unknown * 1e6:.2f} | {unknown / make:.0f} |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    out = HERE / "results" / "bench_i18n.md"
    out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
