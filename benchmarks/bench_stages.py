"""Where labeling time goes: each stage of the pipeline timed on its own, in one process.

    python benchmarks/bench_stages.py            # the corpus bench_label.py wrote (first 800 files)
    python benchmarks/bench_stages.py --files 200

Every stage runs over the same files, in chunks of 32 documents as ``nq35cls
label`` does, and is reported as paragraphs per second:

* read: file bytes to text (:func:`nq35cls.readers.read`);
* paragraphs, sentences: :func:`~nq35cls.segment.split_paragraphs`, :func:`~nq35cls.segment.split_sentences`;
* feature text: :func:`nq35cls.normalize.feature_text` of every paragraph;
* feature matrix: the model's full feature matrix (``featurizer_.transform``),
  which training builds and labeling no longer needs;
* predict: labels and confidences (``predict_detailed``), without and with
  sentence labels;
* label_texts: all of the above but reading, as the CLI runs it.

Run it before and after a change (e.g. ``git stash``) to see what the change bought.
The table is also written to benchmarks/results/bench_stages.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHUNK = 32


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(HERE / "corpus" / "reports"), help="folder of .txt reports")
    parser.add_argument("--files", type=int, default=800, help="files to time (default 800)")
    args = parser.parse_args()

    from nq35cls.labeling import label_texts
    from nq35cls.normalize import feature_text
    from nq35cls.persist import load_model
    from nq35cls.readers import read
    from nq35cls.segment import split_paragraphs, split_sentences

    paths = sorted(Path(args.corpus).glob("*.txt"))[: args.files]
    if not paths:
        raise SystemExit(f"no .txt reports in {args.corpus}: run benchmarks/bench_label.py first, or pass --corpus")
    model = load_model()

    def chunks(items):
        return [items[k : k + CHUNK] for k in range(0, len(items), CHUNK)]

    timings: dict[str, float] = {}

    def timed(name, work):
        start = time.perf_counter()
        result = work()
        timings[name] = time.perf_counter() - start
        return result

    texts = timed("read", lambda: [read(p) for p in paths])
    docs = timed("paragraphs", lambda: [[p.text for p in split_paragraphs(t.text)] for t in texts])
    spans = timed("sentences", lambda: [[split_sentences(p) for p in doc] for doc in docs])
    timed("feature text", lambda: [[feature_text(p) for p in doc] for doc in docs])
    timed("feature matrix", lambda: [model.featurizer_.transform(c) for c in chunks(docs)])
    timed("predict", lambda: [model.predict_detailed(c) for c in chunks(docs)])
    timed("predict + sentences", lambda: [model.predict_detailed(d, s) for d, s in zip(chunks(docs), chunks(spans))])
    timed("label_texts", lambda: [label_texts(c, model) for c in chunks(texts)])
    n = sum(len(doc) for doc in docs)
    lines = [
        f"{len(paths)} files, {n} paragraphs, chunks of {CHUNK}",
        "",
        "| stage | seconds | paragraphs/s |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {seconds:.2f} | {n / seconds:,.0f} |" for name, seconds in timings.items()]
    print("\n".join(lines))
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "bench_stages.md").write_text(
        "# bench_stages\n\n`python benchmarks/bench_stages.py`: " + "\n".join(lines) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
