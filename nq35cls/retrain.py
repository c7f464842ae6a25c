"""Retraining from the command line: ``train.py`` and ``nq35cls train`` are this module.

    python train.py                      # data/ -> models/nq35cls.model + MODEL_CARD.md + errors.md
    nq35cls train --data MY_DATA --out MY_MODELS
    python train.py --variants           # also compare feature / context / decoding variants
    python train.py --add review.csv     # add reviewed paragraphs to data/, retrain, show before/after
    python train.py --set transition_weight=0.5 --authored-cv --no-eval --out /tmp/m
                                         # try a setting; 5-fold CV over authored documents (model selection only)

Rebuild the nq35cls model from labeled data. The model is measured by
5-fold cross-validation grouped by document over the real-anchored
documents of the data folder (see :mod:`nq35cls.training`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import Nq35Error
from .i18n import ArgumentParser, add_lang_argument, describe, requested_language, say, translate


def _parse_setting(item: str, estimator) -> tuple[str, object]:
    """``NAME=VALUE`` -> (name, value), the value parsed as the parameter's current type."""
    name, sep, raw = item.partition("=")
    params = {k: v for k, v in estimator.get_params().items() if not hasattr(v, "get_params")}
    nested = [k for k in params if k.endswith(f"__{name}")]
    if name not in params and len(nested) == 1:  # "context_weight" for "featurizer__context_weight"
        name = nested[0]
    if not sep or name not in params:
        raise ValueError(f"{item!r}: use NAME=VALUE with NAME one of {', '.join(sorted(params))}")
    current = params[name]
    if isinstance(current, bool):
        return name, raw.lower() in ("1", "true", "yes")
    if isinstance(current, (int, float)):  # bool handled above
        try:
            return name, type(current)(raw)
        except ValueError:
            raise ValueError(f"{item!r}: {name} takes a number") from None
    if isinstance(current, tuple):
        return name, tuple(int(x) for x in raw.strip("()").split(",") if x.strip())
    return name, raw


def add_arguments(parser: argparse.ArgumentParser, lang: str | None = None) -> None:
    """The options of ``train.py`` and ``nq35cls train``, their help in ``lang`` (None: the locale's)."""
    parser.add_argument("--data", default="data", help=say(lang, "folder of labeled *.jsonl files (default: data)"))
    parser.add_argument(
        "--out", default="models", help=say(lang, "output folder for the model and its card (default: models)")
    )
    parser.add_argument("--no-eval", action="store_true", help=say(lang, "skip the leave-one-document-out evaluation"))
    parser.add_argument(
        "--variants", action="store_true", help=say(lang, "compare feature, context and decoding variants (slow)")
    )
    parser.add_argument(
        "--variant",
        metavar="NAME",
        action="append",
        default=None,
        help=say(
            lang,
            "with --variants: compare only this row of the variants table (repeatable; the shipped configuration "
            "is always measured)",
        ),
    )
    parser.add_argument("-j", "--jobs", type=int, default=1, help=say(lang, "processes for --variants (default 1)"))
    parser.add_argument(
        "--features", default=None, help=say(lang, "text features, e.g. char+syllable (default: the model's)")
    )
    parser.add_argument(
        "--set",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        help=say(
            lang,
            "set a model parameter (repeatable), e.g. transition_weight=0.5 or featurizer__context_weight=0.3 "
            "(a featurizer or classifier parameter may go without its prefix when the name is unique)",
        ),
    )
    parser.add_argument(
        "--source-weight",
        metavar="SOURCE=WEIGHT",
        action="append",
        default=None,
        help=say(
            lang,
            "weight of a source's documents in every fit (repeatable), e.g. authored=0.5; default: the project's "
            "(nq35cls.training.DEFAULT_SOURCE_WEIGHTS)",
        ),
    )
    parser.add_argument(
        "--authored-cv",
        action="store_true",
        help=say(
            lang,
            "also print 5-fold cross-validation grouped by document over the authored data (for choosing settings; "
            "never a quality figure)",
        ),
    )
    parser.add_argument(
        "--originals",
        metavar="DIR",
        default=None,
        help=say(
            lang,
            "a local cache of the rewritten documents' originals (DIR/DOC/original.jsonl, never committed): the "
            "cross-validation is also scored on their original wording",
        ),
    )
    parser.add_argument(
        "--add",
        metavar="REVIEW_FILE",
        help=say(
            lang,
            "add the corrected rows of a review file (.csv or .xlsx, from nq35cls label --review) to DATA as "
            "source 'reviewed' first",
        ),
    )


def main(argv: list[str] | None = None, prog: str = "train.py") -> int:
    """``train.py``: parse the options and :func:`run`."""
    lang = requested_language(sys.argv[1:] if argv is None else argv)
    parser = ArgumentParser(prog=prog, description=say(lang, "Rebuild the nq35cls model from labeled data."), lang=lang)
    add_arguments(parser, lang=lang)
    add_lang_argument(parser, lang)
    args = parser.parse_args(argv)
    args.lang = args.lang or lang  # as the parser read it (also abbreviated), else the locale's
    return run(args, prog)


def run(args: argparse.Namespace, prog: str = "nq35cls train") -> int:
    """Train as the options say; write the model, its card, its errors and (with --variants) the variants table."""

    from .card import VARIANTS_FILE, render_card, render_errors, render_variants
    from .evaluate import format_scores
    from .model import ReportClassifier, with_parts
    from .review import merge_reviewed, read_review
    from .training import measure, review_gain, train

    lang = getattr(args, "lang", None)
    estimator = with_parts(ReportClassifier())
    if args.features:
        estimator.set_params(featurizer__text_features=args.features)
    try:
        estimator.set_params(**dict(_parse_setting(item, estimator) for item in args.set))
    except ValueError as err:
        print(f"{prog}: --set: {translate(str(err), lang)}", file=sys.stderr)
        return 2
    source_weights = None
    if args.source_weight is not None:
        from .data import SOURCES

        source_weights = {}
        for item in args.source_weight:
            name, sep, raw = item.partition("=")
            try:
                weight = float(raw)
            except ValueError:
                weight = -1.0
            if not sep or name not in SOURCES or not weight >= 0:
                problem = say(
                    lang,
                    "use SOURCE=WEIGHT, SOURCE one of {sources}, WEIGHT >= 0",
                    sources=", ".join(SOURCES),
                )
                print(f"{prog}: --source-weight {item!r}: {problem}", file=sys.stderr)
                return 2
            source_weights[name] = weight
    before = gain = None
    try:
        if args.add:
            rows = read_review(args.add)  # validate before touching the data folder
            if not args.no_eval:
                print(say(lang, "measuring the model before adding the reviewed rows ..."), file=sys.stderr)
                before = measure(args.data, estimator, source_weights, n_jobs=args.jobs)
            added, updated = merge_reviewed(args.data, rows)
            reviewed = sum(r.reviewed for r in rows)
            print(
                say(
                    lang,
                    "{review}: {reviewed} reviewed rows; {added} added to {data}, {updated} relabeled",
                    review=args.add,
                    reviewed=reviewed,
                    added=added,
                    data=args.data,
                    updated=updated,
                )
            )
            if not args.no_eval:
                print(say(lang, "measuring what the reviewed documents teach ..."), file=sys.stderr)
                gain = review_gain(args.data, estimator, source_weights)
        report = train(
            args.data,
            args.out,
            estimator,
            evaluate=not args.no_eval,
            variants=args.variants or bool(args.variant),
            n_jobs=args.jobs,
            variant_names=args.variant,
            source_weights=source_weights,
            originals_dir=args.originals,
        )
        if args.authored_cv:
            from .data import load_data
            from .evaluate import grouped_cross_validation, score_predictions

            cv = score_predictions(grouped_cross_validation(estimator, load_data(args.data)))
            print(say(lang, "authored 5-fold CV (model selection only): macro-F1 {f1}", f1=f"{cv.macro_f1:.3f}"))
    except Nq35Error as err:
        print(f"{prog}: {describe(err, lang)}", file=sys.stderr)
        return 2
    except ValueError as err:
        print(f"{prog}: {translate(str(err), lang)}", file=sys.stderr)
        return 2
    out = Path(args.out)
    card = render_card(report)
    (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    (out / "errors.md").write_text(render_errors(report), encoding="utf-8")
    if report.variants:
        (out / VARIANTS_FILE).write_text(render_variants(report), encoding="utf-8")
    print()
    print(card)
    print(say(lang, "Later runs use this model with --model {path} or NQ35CLS_MODEL={path}.", path=report.model_path))
    after = report.cv.scores if report.cv is not None else report.lodo
    if args.add and before is not None and after is not None:
        print(say(lang, "## Before adding the reviewed rows") + "\n")
        print(format_scores(before))
        print(
            "\n"
            + say(
                lang,
                "The data's quality figure: macro-F1 before {before} -> after {after}",
                before=f"{before.macro_f1:.3f}",
                after=f"{after.macro_f1:.3f}",
            )
        )
    if gain is not None:
        was, now = gain
        print(
            say(
                lang,
                "On the reviewed paragraphs ({n}): macro-F1 {was} by a model fitted without any review "
                "-> {now} by grouped cross-validation over the reviewed documents",
                n=now.n,
                was=f"{was.macro_f1:.3f}",
                now=f"{now.macro_f1:.3f}",
            )
        )
    return 0
