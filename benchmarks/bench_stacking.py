"""A stacked second stage over the context, against the shipped decoding (the variants table's row).

The shipped model labels each paragraph from its own text, its neighbours',
its heading's and its document's, then decodes each document (Viterbi over
label transitions). Would a second linear stage over the first one's
predictions of the neighbourhood do better? Measured with the model card's
folds (real-anchored documents, 5 folds grouped by document, seed 0; each
fold's model trained on every other document, authored ones at weight 0.3;
each document labeled with its source format's boilerplate bias):

1. the first stage's log-probabilities of every held-out paragraph (out of
   fold: no paragraph scored by a model that saw it);
2. a class-balanced logistic regression on, per paragraph, its own
   log-probabilities, its two neighbours' on each side (with "no neighbour"
   flags), the mean probabilities before it, after it and over its
   document, its relative position, the document's length and its source
   format; fitted on four folds' paragraphs, scored on the fifth;
3. Viterbi decoding of its log-probabilities at several transition weights
   (transitions learned from the training folds' gold labels).

    python benchmarks/bench_stacking.py -j 2     # about 10 minutes on 2 cores

Prints the macro-F1 of each row (results/limitations/solutions/other).
"""

from __future__ import annotations

import argparse
import warnings

import numpy as np
from joblib import Parallel, delayed
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from nq35cls.data import REAL_ANCHORED, load_data, load_manifests
from nq35cls.decode import fit_transitions, viterbi_many
from nq35cls.evaluate import _fold_indices, _training_set, fit_documents
from nq35cls.labeling import format_boilerplate_bias
from nq35cls.metrics import flat_macro_f1
from nq35cls.model import ReportClassifier
from nq35cls.scoring import _log_softmax
from nq35cls.training import CV_FOLDS, DEFAULT_SOURCE_WEIGHTS

#: Source formats given to the second stage as flags.
FORMATS = ("web", "md", "docx", "pdf", "txt")
#: Neighbours on each side whose log-probabilities the second stage sees.
WINDOW = 2


def first_stage(k, documents, pool, held_idx, formats):
    """Fold ``k``: the first stage's log-probabilities of the held-out documents, and its transitions."""
    held = [pool[i] for i in held_idx]
    model = fit_documents(ReportClassifier(), _training_set(documents, held), DEFAULT_SOURCE_WEIGHTS)
    bias = [format_boilerplate_bias(formats.get(d.doc, "")) for d in held]
    _, logits = model._scores([list(d.texts) for d in held], None, bias)
    log_proba = _log_softmax(logits)
    bounds = np.cumsum([0] + [len(d.texts) for d in held])
    return [log_proba[a:b] for a, b in zip(bounds[:-1], bounds[1:])], list(model.classes_), model


def features(log_proba: np.ndarray, fmt: str) -> np.ndarray:
    """The second stage's features of one document's paragraphs."""
    n, k = log_proba.shape
    proba = np.exp(log_proba)
    columns = [log_proba]
    for step in range(1, WINDOW + 1):
        for before in (True, False):
            shifted, missing = np.zeros_like(log_proba), np.zeros((n, 1))
            if before:
                shifted[step:], missing[:step] = log_proba[:-step], 1.0
            else:
                shifted[:-step], missing[-step:] = log_proba[step:], 1.0
            columns += [shifted, missing]
    running = np.cumsum(proba, axis=0)
    before_mean = np.vstack([np.zeros(k), running[:-1]]) / np.maximum(np.arange(n), 1)[:, None]
    after_mean = (running[-1] - running) / np.maximum(n - 1 - np.arange(n), 1)[:, None]
    position = np.arange(n) / max(n - 1, 1)
    columns += [before_mean, after_mean, np.tile(proba.mean(axis=0), (n, 1))]
    columns += [position[:, None], position[:, None] ** 2, np.full((n, 1), np.log1p(n))]
    columns.append(np.tile([fmt == f for f in FORMATS], (n, 1)).astype(float))
    return np.hstack(columns)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-j", "--jobs", type=int, default=1, help="folds fitted in parallel (default 1)")
    parser.add_argument("--data", default="data")
    args = parser.parse_args()
    documents = load_data(args.data)
    formats = {doc: facts.get("format", "") for doc, facts in load_manifests(args.data).items()}
    pool = [d for d in documents if d.source in REAL_ANCHORED]
    folds = _fold_indices(len(pool), CV_FOLDS, 0)
    stages = Parallel(n_jobs=args.jobs)(
        delayed(first_stage)(k, documents, pool, held, formats) for k, held in enumerate(folds)
    )
    classes = stages[0][1]
    index = {c: i for i, c in enumerate(classes)}
    held_docs = [[pool[i] for i in held] for held in folds]

    def macro(paths_by_fold) -> float:
        gold = [label for docs in held_docs for d in docs for label in d.labels]
        pred = [classes[i] for paths in paths_by_fold for path in paths for i in path]
        return flat_macro_f1(gold, pred)

    print("| variant | macro-F1 |\n|---|---:|")
    for weight, name in ((0.3, "shipped: first stage, Viterbi at 0.3"), (0.0, "first stage, no decoding")):
        paths = [
            viterbi_many(log_probas, model.log_start_, model.log_trans_, weight) for log_probas, _, model in stages
        ]
        print(f"| {name} | {macro(paths):.4f} |")
    X = [
        [features(lp, formats.get(d.doc, "")) for lp, d in zip(stage[0], docs)]
        for stage, docs in zip(stages, held_docs)
    ]
    y = [[np.array([index[label] for label in d.labels]) for d in docs] for docs in held_docs]
    weights = (0.0, 0.2, 0.4)
    paths_by_weight: dict[float, list] = {w: [] for w in weights}
    for k in range(CV_FOLDS):
        train_X = np.vstack([x for j in range(CV_FOLDS) if j != k for x in X[j]])
        train_y = np.concatenate([t for j in range(CV_FOLDS) if j != k for t in y[j]])
        scaler = StandardScaler().fit(train_X)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            second = LogisticRegression(C=1.0, max_iter=500, class_weight="balanced").fit(
                scaler.transform(train_X), train_y
            )
        sequences = [[classes[i] for i in t] for j in range(CV_FOLDS) if j != k for t in y[j] if len(t) > 1]
        log_start, log_trans = fit_transitions(sequences, classes, 1.0)
        log_probas = [second.predict_log_proba(scaler.transform(x)) for x in X[k]]
        for w in weights:
            paths_by_weight[w].append(viterbi_many(log_probas, log_start, log_trans, w))
    for w in weights:
        print(f"| second stage, {'no decoding' if w == 0 else f'Viterbi at {w}'} | {macro(paths_by_weight[w]):.4f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
