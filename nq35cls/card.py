"""Render the model card (``MODEL_CARD.md``) and error list (``errors.md``)."""

from __future__ import annotations

import platform

import sklearn

from .evaluate import format_errors, format_scores
from .labeling import FILE_BOILERPLATE_BIAS
from .labels import LABELS, SECTION_LABELS
from .training import CV_FOLDS, SHORT_EXCERPT, VARIANTS, OnOriginals, TrainingReport

#: The variants table's file, beside the card; only ``train.py --variants`` writes it.
VARIANTS_FILE = "VARIANTS.md"


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
    header = (
        "| variant | macro-F1 | "
        + " | ".join(f"F1 {lab}" for lab in SECTION_LABELS)
        + " | boilerplate F1 | content dropped | paragraphs/s |"
    )
    lines = [header, "|---" * (len(SECTION_LABELS) + 5) + "|"]
    for v in report.variants:
        f1 = [v.scores.per_class[lab][2] for lab in SECTION_LABELS]
        lines.append(
            f"| {v.name} | {v.scores.macro_f1:.3f} | "
            + " | ".join(f"{x:.3f}" for x in f1)
            + f" | {v.scores.per_class['boilerplate'][2]:.3f} | {_dropped(v.dropped)} | {v.speed:,.0f} |"
        )
    return "\n".join(lines)


def _group_table(title: str, scores: dict, docs: dict) -> str:
    """Markdown: one row per group with documents, paragraphs, macro-F1 and per-class F1."""
    lines = [
        f"| {title} | documents | paragraphs | macro-F1 | " + " | ".join(f"F1 {lab}" for lab in SECTION_LABELS) + " |",
        "|---" * (len(SECTION_LABELS) + 4) + "|",
    ]
    for group, sc in scores.items():
        f1 = " | ".join(f"{sc.per_class[lab][2]:.3f}" if sc.per_class[lab][3] else "—" for lab in SECTION_LABELS)
        lines.append(f"| {group} | {docs.get(group, 0)} | {sc.n} | {sc.macro_f1:.3f} | {f1} |")
    return "\n".join(lines)


def _dropped(pair: tuple[int, int]) -> str:
    lost, of = pair
    return f"{lost} of {of} ({100 * lost / of:.2f}%)" if of else "0"


def headline(report: TrainingReport) -> str:
    """One line of the figures that matter, for the card and the README."""
    if report.cv is not None:
        cv = report.cv
        pc = cv.scores.per_class
        worst = min(cv.by_genre.items(), key=lambda kv: kv[1].macro_f1)
        return (
            f"{CV_FOLDS}-fold cross-validation grouped by document over {len(cv.predictions)} real-anchored documents "
            f"({cv.scores.n} paragraphs, never in training when scored): **macro-F1 {cv.scores.macro_f1:.3f}** over "
            f"results/limitations/solutions/other (F1 {pc['results'][2]:.2f} / {pc['limitations'][2]:.2f} / "
            f"{pc['solutions'][2]:.2f} / {pc['other'][2]:.2f}); weakest genre {worst[0]} {worst[1].macro_f1:.2f}; "
            f"report paragraphs predicted boilerplate {_dropped(cv.dropped)}; "
            + (
                f"the same folds on the original wording of {len(cv.originals.predictions)} of them "
                f"**{cv.originals.scores.macro_f1:.3f}** (rewritten {cv.originals.rewrites.macro_f1:.3f}); "
                if cv.originals is not None
                else ""
            )
            + f"{report.speed:,.0f} paragraphs/s on one core."
        )
    if report.lodo is None or report.lodo_short is None:
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


def _originals_section(on: OnOriginals) -> list[str]:
    """The card's lines on the same folds scored on the documents' original wording."""
    paragraphs = sum(len(p.gold) for p in on.predictions)
    return [
        "#### The same folds, on the original wording",
        "",
        "Each `real-rewritten` document rewords a real public document; the original stays in a local cache, "
        "never committed. Each fold's model also labels the originals of its held-out documents, with the same gold "
        f"labels: {len(on.predictions)} documents, {paragraphs} paragraphs. **macro-F1 {on.scores.macro_f1:.3f}** "
        f"on the originals against {on.rewrites.macro_f1:.3f} on the same documents as rewritten: the rewording "
        "(one voice, cleaner text) flatters the figure above, and the originals are what users feed the tool. "
        "Reproduce with `python train.py -j 2 --originals .cache/real` (needs the cache).",
        "",
        format_scores(on.scores),
        "",
        f"Report paragraphs predicted `boilerplate`: {_dropped(on.dropped)}.",
        "",
        _group_table("genre", on.by_genre, on.documents_by_genre),
        "",
        _group_table("format", on.by_format, on.documents_by_format),
        "",
    ]


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
        "TF-IDF features of each paragraph's normalized text (NFC, one tone-mark placement, lower case; a mark "
        "token where the paragraph and each sentence or clause in it open, so that an opening cue is told from the "
        "same words further in), "
        "of its neighbours, of its nearest preceding heading, of the heading that opens its part and of its whole "
        "document (the normalized centroid: "
        "what kind of document it sits in), plus structural features (among them the part the paragraph sits in, "
        "from its enclosing headings nested by their numbering); "
        "a class-balanced logistic regression; Viterbi decoding of each document over learned label transitions, "
        "weighed more into a paragraph that goes on with the one before it (a fragment of its sentence after a line "
        "break, an item of its list: it holds to that paragraph's label). "
        "Paragraphs of .docx, .pdf and .doc files have their boilerplate score lowered by "
        f"{-FILE_BOILERPLATE_BIAS:g} (no web page there); the cross-validation below applies it by each document's source format.",
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
        "Weight of each source's documents in the fit: "
        + (", ".join(f"`{k}` {v:g}" for k, v in sorted(report.source_weights.items())) or "all 1")
        + " (sources not named weigh 1).",
        "",
        "`boilerplate_bias`, `document_weight`, `continuation_weight` and the source weights were chosen on the "
        "real-anchored cross-validation "
        f"(`{VARIANTS_FILE}` shows each against its alternatives); `transition_weight`, `structure_weight` and "
        "`excerpt_lengths` were chosen earlier on authored data and the seed reports; on the real-anchored "
        "cross-validation the alternatives tried (transition weight 0.6, context and heading weights 1.0, "
        "C 3, no class weights) did not beat them.",
        "",
        "## Data",
        "",
        "Paragraphs by source and label (`real`: reports from ../shared/seeds; `real-rewritten`: real public "
        "documents rewritten paragraph by paragraph in the project's words, same labels and shapes, provenance in "
        "`data/real_rewritten/MANIFEST.tsv`; `authored`: written by the project to the labeling guide; "
        "`reviewed`: user corrections):",
        "",
        _counts_table(report),
        "",
        "## Quality",
        "",
        headline(report),
        "",
    ]
    if report.cv is not None:
        cv = report.cv
        parts += [
            f"### Real-anchored documents, {CV_FOLDS}-fold cross-validation grouped by document",
            "",
            "The real-anchored documents are the seed reports (`real`) and real public documents rewritten paragraph "
            "by paragraph (`real-rewritten`, `data/real_rewritten/MANIFEST.tsv`). They are split into folds by "
            "whole document; each fold is labeled by a model trained on every other document (the other folds and "
            "all authored data), and the predictions are pooled. Authored text is never scored.",
            "",
            format_scores(cv.scores),
            "",
            f"Report paragraphs (gold not `boilerplate`) predicted `boilerplate`, content a user would lose: "
            f"{_dropped(cv.dropped)}.",
            "",
            "#### By genre",
            "",
            _group_table("genre", cv.by_genre, cv.documents_by_genre),
            "",
            "#### By source format",
            "",
            _group_table("format", cv.by_format, cv.documents_by_format),
            "",
            "#### By source",
            "",
            _group_table("source", cv.by_source, cv.documents_by_source),
            "",
        ]
        if cv.originals is not None:
            parts += _originals_section(cv.originals)
    if report.lodo is None or report.lodo_short is None:
        parts += [
            "Leave-one-document-out over the seed reports: not measured (no `real` documents, or `--no-eval`).",
            "",
        ]
    else:
        support = {label: report.lodo.per_class[label][3] for label in SECTION_LABELS}
        thinnest = min(support, key=lambda label: support[label])
        thinnest_n = support[thinnest]
        parts += [
            "### The three seed reports, leave-one-document-out",
            "",
            f"LODO macro-F1 **{report.lodo.macro_f1:.3f}**. "
            "Leave-one-document-out over the **real** (seed) documents only: each real report is labeled by a model "
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
    parts += [
        "## Variants compared",
        "",
        f"`{VARIANTS_FILE}` beside this card (`python train.py --variants`): each row changes one thing of the "
        "shipped configuration and is measured the same way as the headline, on the data named there.",
        "",
        "Reproduce: `python train.py`",
        "",
    ]
    return "\n".join(parts)


def render_variants(report: TrainingReport) -> str:
    """The variants table as Markdown, with the data it was measured on."""
    how = "real-anchored grouped cross-validation" if report.cv is not None else "LODO over the real documents"
    docs = sum(report.documents.get(s, 0) for s in ("real", "real-rewritten"))
    return "\n".join(
        [
            "# Variants compared",
            "",
            f"Measured by {how} ({CV_FOLDS} folds) on `{report.data_dir}`: {docs} real-anchored documents, "
            f"data sha256 `{report.data_sha256}`. Each row changes one thing of the shipped configuration (the "
            "first row). Speeds are paragraphs per second of the fitted variant on the real-anchored documents, "
            "measured while other variants were being fitted in parallel, so compare them with each other only.",
            "",
            _variants_table(report),
            "",
            "Reproduce: `python train.py --variants -j 2`"
            + "".join(f" --variant '{v.name}'" for v in report.variants[1:] if len(report.variants) < len(VARIANTS)),
            "",
        ]
    )


def render_errors(report: TrainingReport) -> str:
    """The misclassified real-anchored paragraphs, held out, as Markdown."""
    if report.cv is not None:
        title = f"# Misclassified real-anchored paragraphs ({CV_FOLDS}-fold cross-validation grouped by document)"
        what = "Each document labeled by a model trained without it (its fold held out)."
        predictions = report.cv.predictions
    else:
        title = "# Misclassified real paragraphs (leave-one-document-out)"
        what = "Each real report labeled by a model trained without it."
        predictions = report.lodo_predictions
    return "\n".join(
        [
            title,
            "",
            f"{what} Reproduce: `python train.py`.",
            "",
            format_errors(predictions) if predictions else "(no evaluation)",
            "",
        ]
    )
