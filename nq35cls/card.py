"""Render the model card (``MODEL_CARD.md``) and error list (``errors.md``)."""

from __future__ import annotations

import platform

import sklearn

from .evaluate import format_errors, format_scores
from .labels import LABELS, SECTION_LABELS
from .training import SHORT_EXCERPT, TrainingReport


def _counts_table(report: TrainingReport) -> str:
    sources = sorted(report.counts)
    lines = ["| source | documents | " + " | ".join(LABELS) + " | total |", "|---" * (len(LABELS) + 3) + "|"]
    for s in sources:
        c = report.counts[s]
        lines.append(
            f"| {s} | {report.documents.get(s, 0)} | "
            + " | ".join(str(c.get(lab, 0)) for lab in LABELS)
            + f" | {sum(c.values())} |"
        )
    return "\n".join(lines)


def _variants_table(report: TrainingReport) -> str:
    header = "| variant | macro-F1 | " + " | ".join(f"F1 {lab}" for lab in SECTION_LABELS) + " | boilerplate F1 | paragraphs/s |"
    lines = [header, "|---" * (len(SECTION_LABELS) + 4) + "|"]
    for v in report.variants:
        f1 = [v.scores.per_class[lab][2] for lab in SECTION_LABELS]
        lines.append(
            f"| {v.name} | {v.scores.macro_f1:.3f} | "
            + " | ".join(f"{x:.3f}" for x in f1)
            + f" | {v.scores.per_class['boilerplate'][2]:.3f} | {v.speed:,.0f} |"
        )
    return "\n".join(lines)


def headline(report: TrainingReport) -> str:
    """One line of the figures that matter, for the card and the README."""
    if report.lodo is None:
        return "Quality not measured (no real documents in the training data)."
    pc = report.lodo.per_class
    return (
        f"Leave-one-document-out over the {report.documents.get('real', 0)} real reports ({report.lodo.n} paragraphs): "
        f"**macro-F1 {report.lodo.macro_f1:.3f}** over results/limitations/solutions/other "
        f"(F1 {pc['results'][2]:.2f} / {pc['limitations'][2]:.2f} / {pc['solutions'][2]:.2f} / {pc['other'][2]:.2f}; "
        f"limitations recall {pc['limitations'][1]:.2f}); reports cut to their first {SHORT_EXCERPT} paragraphs "
        f"{report.lodo_short.macro_f1:.3f}; web chrome precision {pc['boilerplate'][0]:.2f}, recall {pc['boilerplate'][1]:.2f}; "
        f"{report.speed:,.0f} paragraphs/s on one core."
    )


def render_card(report: TrainingReport) -> str:
    """The model card as Markdown."""
    params = "\n".join(f"- `{k}` = `{v!r}`" for k, v in sorted(report.params.items()))
    parts = [
        "# nq35cls model card",
        "",
        "Paragraph labeler for Vietnamese implementation reports (báo cáo sơ kết, tổng kết): "
        "`results`, `limitations`, `solutions`, `other`, and `boilerplate` for web-page chrome.",
        "",
        "## Model",
        "",
        "TF-IDF features of each paragraph's normalized text (NFC, one tone-mark placement, lower case), "
        "of its neighbours and of its nearest preceding heading, plus structural features; "
        "a class-balanced logistic regression; Viterbi decoding of each document over learned label transitions.",
        "",
        f"- file: `{report.model_path}` ({report.model_bytes / 1e6:.1f} MB: JSON and numpy arrays, loaded without pickle)",
        f"- sha256: `{report.model_sha256}`",
        f"- training data: `{report.data_dir}`, sha256 `{report.data_sha256}`",
        f"- scikit-learn {sklearn.__version__}, Python {platform.python_version()}",
        f"- labeling speed (in memory, one core, real documents): {report.speed:,.0f} paragraphs/s; "
        "files to JSONL end to end, 1 and 2 processes: `benchmarks/results/bench_label.md`",
        f"- fitting on all {sum(sum(c.values()) for c in report.counts.values()):,} paragraphs: {report.fit_seconds:.1f} s; "
        f"peak memory of the training run {report.peak_rss_mb:,.0f} MB",
        "",
        "Parameters:",
        "",
        params,
        "",
        "Settings such as `transition_weight` and `structure_weight` were chosen by 5-fold cross-validation "
        "grouped by document over the authored data (`python train.py --authored-cv --set NAME=VALUE`), never "
        "on the real reports; the one exception is `excerpt_lengths`, where that cross-validation could not tell "
        "two settings apart and the real reports broke the tie (see its docstring in `nq35cls/model.py`).",
        "",
        "## Data",
        "",
        "Paragraphs by source and label (`real`: reports from ../shared/seeds; `authored`: written by the project "
        "to the labeling guide; `reviewed`: user corrections):",
        "",
        _counts_table(report),
        "",
        "## Quality",
        "",
        headline(report),
        "",
    ]
    if report.lodo is None:
        parts += ["Not measured (no real documents, or `--no-eval`).", ""]
    else:
        support = {label: report.lodo.per_class[label][3] for label in SECTION_LABELS}
        thinnest = min(support, key=support.get)
        thinnest_n = support[thinnest]
        parts += [
            "Leave-one-document-out over the **real** documents only: each real report is labeled by a model "
            "trained on all other documents (real and authored), and the held-out predictions are pooled. "
            "Authored text is never scored. Macro-F1 is over the four section labels.",
            "",
            format_scores(report.lodo),
            "",
            f"### Short documents (each real report cut to its first {SHORT_EXCERPT} paragraphs)",
            "",
            format_scores(report.lodo_short),
            "",
            f"With {report.documents.get('real', 0)} real reports ({report.lodo.n} paragraphs) "
            "the figures are noisy: one paragraph moves a per-class F1 by several points, and the thinnest label, "
            f"`{thinnest}` ({thinnest_n} real paragraphs), by more. The real reports are only ever scored held out; "
            "authored text is never scored. The model is also judged outside the project on real reports it never "
            "saw, which these figures can only estimate.",
            "Misclassified real paragraphs are listed in `errors.md`.",
            "",
        ]
    if report.variants:
        parts += [
            "## Variants compared (LODO over the real documents)",
            "",
            "Text features (character n-grams, syllable n-grams, underthesea words, or characters and syllables "
            "together) x neighbour context (neighbours' text, nearest heading, structure) x sequence decoding "
            "(Viterbi). Speeds are paragraphs per second of the fitted variant on the real documents, measured "
            "while other variants were being fitted in parallel, so compare them with each other only.",
            "",
            _variants_table(report),
            "",
        ]
    parts += ["Reproduce: `python train.py" + (" --variants" if report.variants else "") + "`", ""]
    return "\n".join(parts)


def render_errors(report: TrainingReport) -> str:
    """The LODO misclassified real paragraphs as Markdown."""
    return "\n".join(
        [
            "# Misclassified real paragraphs (leave-one-document-out)",
            "",
            "Each real report labeled by a model trained without it. Reproduce: `python train.py`.",
            "",
            format_errors(report.lodo_predictions) if report.lodo_predictions else "(no evaluation)",
            "",
        ]
    )
