"""Command line: ``nq35cls label PATH... [-o OUT] [--format jsonl|csv|xlsx|html|md|docx]``.

Each bad file gets one line on stderr naming it and the problem; the other
files are still labeled; the exit status is 1 if any file failed, 2 if
nothing could be done (bad arguments, unusable model, no reports).

Everything printed is in the run's language (``--lang vi|en``, else the
locale): messages are made in English and translated here, when shown
(:mod:`nq35cls.i18n`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path

from . import __version__
from .errors import InputError, Nq35Error, OutputError
from .i18n import ArgumentParser, add_lang_argument, describe, fill, requested_language, say, translate, translator
from .readers import DEFAULT_MAX_BYTES, REPORT_SUFFIXES, is_lock_file, is_own_output
from .readers.budget import DEFAULT_MAX_PARAGRAPHS, DEFAULT_TIME_LIMIT
from .safe_text import printable

EXIT_OK, EXIT_SOME_FAILED, EXIT_FATAL = 0, 1, 2


def _build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, its help texts in ``lang`` (None: the locale's)."""
    parser = ArgumentParser(
        prog="nq35cls",
        lang=lang,
        description=say(
            lang,
            "Label the paragraphs of Vietnamese implementation reports as results, limitations, solutions or other.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"nq35cls {__version__}")
    add_lang_argument(parser, lang)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    label = sub.add_parser("label", help=say(lang, "label report files or folders of reports"), lang=lang)
    label.add_argument(
        "paths", nargs="+", metavar="PATH", help=say(lang, "report files, or folders searched for reports")
    )
    label.add_argument("-o", "--output", metavar="OUT", help=say(lang, "output file (default: standard output)"))
    label.add_argument(
        "--format",
        choices=("jsonl", "csv", "xlsx", "html", "md", "docx"),
        default=None,
        help=say(
            lang,
            "output format (default: from OUT's extension, which must name one; jsonl on standard output); "
            "html, md and xlsx are a synthesis of all files, docx a Word draft of the consolidated report",
        ),
    )
    model_help = say(lang, "model file (default: ${env}, else the shipped model)", env=MODEL_ENV)
    label.add_argument("--model", metavar="FILE", help=model_help)
    label.add_argument(
        "--keep-boilerplate", action="store_true", help=say(lang, "keep web-page chrome, labeled boilerplate")
    )
    no_decode_help = say(lang, "label paragraphs one by one, without sequence decoding")
    label.add_argument("--no-decode", action="store_true", help=no_decode_help)
    label.add_argument(
        "--no-sentences", action="store_true", help=say(lang, "do not look for mixed paragraphs (faster)")
    )
    label.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=say(lang, "refuse files larger than N bytes (default {default})", default=DEFAULT_MAX_BYTES),
    )
    label.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=say(
            lang, "give up a file whose reading takes longer (default {default})", default=f"{DEFAULT_TIME_LIMIT:g}"
        ),
    )
    label.add_argument(
        "--max-paragraphs",
        type=int,
        default=DEFAULT_MAX_PARAGRAPHS,
        metavar="N",
        help=say(lang, "refuse files of more than N paragraphs (default {default})", default=DEFAULT_MAX_PARAGRAPHS),
    )
    label.add_argument("--force", action="store_true", help=say(lang, "overwrite OUT if it exists"))
    label.add_argument(
        "--resume",
        action="store_true",
        help=say(lang, "continue an interrupted run: keep OUT's complete files, label the rest"),
    )
    label.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help=say(lang, "worker processes (default 1)"))
    label.add_argument(
        "--backend",
        choices=("loky", "dask"),
        default="loky",
        help=say(lang, "where workers run (default loky: this machine)"),
    )
    label.add_argument("--scheduler", metavar="ADDRESS", help=say(lang, "Dask scheduler address, with --backend dask"))
    label.add_argument(
        "--debug",
        action="store_true",
        help=say(
            lang, "print the traceback of a file's unexpected reading failure, and the technical cause of a damaged one"
        ),
    )
    label.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help=say(lang, "no progress bar, per-file lines or closing summary on stderr (errors and warnings still)"),
    )
    label.add_argument(
        "--review",
        metavar="CSV|XLSX",
        help=say(
            lang,
            "also write the paragraphs the model is least sure of (a .csv, or an Excel .xlsx), to correct and add "
            "with train.py --add",
        ),
    )
    label.add_argument(
        "--review-size",
        type=int,
        default=50,
        metavar="N",
        help=say(lang, "paragraphs in the review file (default 50)"),
    )
    add_lang_argument(label, lang, main=False)
    from .retrain import add_arguments as add_train_arguments

    train = sub.add_parser(
        "train", help=say(lang, "rebuild the model from labeled data (the same as train.py)"), lang=lang
    )
    add_train_arguments(train, lang=lang)
    add_lang_argument(train, lang, main=False)
    evaluate = sub.add_parser("evaluate", help=say(lang, "score a model on a folder of labeled data"), lang=lang)
    evaluate.add_argument("data", metavar="DATA_DIR", help=say(lang, "folder (or file) of labeled *.jsonl data"))
    evaluate.add_argument("--model", metavar="FILE", help=model_help)
    evaluate.add_argument("--no-decode", action="store_true", help=no_decode_help)
    add_lang_argument(evaluate, lang, main=False)
    review = sub.add_parser(
        "review", help=say(lang, "check a filled-in review file and add its rows to a data folder"), lang=lang
    )
    review.add_argument(
        "review_file",
        metavar="REVIEW_FILE",
        help=say(lang, "a review file (.csv or .xlsx) from nq35cls label --review"),
    )
    review.add_argument(
        "--data", default="data", help=say(lang, "data folder the reviewed rows are added to (default: data)")
    )
    review.add_argument(
        "--check", action="store_true", help=say(lang, "only check the file: list every bad row, add nothing")
    )
    add_lang_argument(review, lang, main=False)
    return parser


#: The environment variable naming the model to use when --model is not given.
MODEL_ENV = "NQ35CLS_MODEL"


def _model_path(args: argparse.Namespace) -> str | None:
    """The model file: --model, else $NQ35CLS_MODEL, else None (the shipped model)."""
    return args.model or os.environ.get(MODEL_ENV) or None


def _report_files(paths: Sequence[str], errors: list[InputError], lang: str | None = None) -> Iterator[Path]:
    """Files to label, in a deterministic order; problems go to ``errors``."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in REPORT_SUFFIXES and not p.is_dir())
            if not found:
                errors.append(
                    InputError(path, f"folder holds no reports ({', '.join('*' + s for s in REPORT_SUFFIXES)})")
                )
            for p in found:
                if is_own_output(p):  # a synthesis written by an earlier run into the same folder
                    note = say(lang, "{path}: note: an output of nq35cls, not a report: skipped", path=p)
                    print(printable(f"nq35cls: {note}"), file=sys.stderr)
                elif is_lock_file(p):  # "~$baocao.docx" beside a report open in Word
                    note = say(lang, "{path}: note: an Office lock file, not a report: skipped", path=p)
                    print(printable(f"nq35cls: {note}"), file=sys.stderr)
                else:
                    yield p
        elif path.exists() or path.is_symlink():
            yield path
        else:
            errors.append(InputError(path, "no such file or folder"))


def _output_format(given: str | None, output: str | None, extensions: dict[str, str]) -> str:
    """The output format: from ``--format`` and ``-o``'s extension, which must agree.

    Raises
    ------
    OutputError
        If the extension is not a known format and no ``--format`` says which, or they disagree.
    """
    if not output or output == os.devnull:  # nothing kept: no format to guess
        return given or "jsonl"
    suffix = Path(output).suffix.lower()
    implied = extensions.get(suffix)
    known = ", ".join(sorted(extensions))
    if implied is None and given is None:
        raise OutputError(
            f"-o {output}: {suffix or 'no extension'} is not an output format ({known}); name one with --format"
        )
    if implied is not None and given is not None and implied != given:
        raise OutputError(f"--format {given} disagrees with -o {output}, a {implied} file name")
    return given or implied or "jsonl"


def _label(args: argparse.Namespace) -> int:
    from .output_file import OutputFile
    from .writers import APPENDABLE, BINARY, EXTENSIONS

    # Arguments, inputs and output are checked first, so that a mistake is
    # told at once, before workers start or the labeling core is imported.
    if args.jobs < 1:
        raise OutputError(f"--jobs must be at least 1, not {args.jobs}")
    if args.review_size < 1:
        raise OutputError(f"--review-size must be at least 1, not {args.review_size}")
    if args.max_bytes < 1:
        raise OutputError(f"--max-bytes must be at least 1, not {args.max_bytes}")
    if args.max_paragraphs < 1:
        raise OutputError(f"--max-paragraphs must be at least 1, not {args.max_paragraphs}")
    if not args.time_limit > 0 or args.time_limit == float("inf"):
        raise OutputError(f"--time-limit must be a positive number of seconds, not {args.time_limit}")
    errors: list[InputError] = []
    files = list(_report_files(args.paths, errors, args.lang))
    fmt = _output_format(args.format, args.output, EXTENSIONS)
    if fmt in BINARY and not args.output:
        raise OutputError(f"--format {fmt} needs an output file (-o OUT.{fmt})")
    output = (
        OutputFile(
            args.output,
            resume=args.resume,
            force=args.force,
            binary=fmt in BINARY,
            header=fmt == "csv",
            resumable=fmt in APPENDABLE,
        )
        if args.output
        else None
    )
    if args.resume and (output is None or fmt not in APPENDABLE):
        raise OutputError("--resume needs an output file (-o) in one of: " + ", ".join(APPENDABLE))
    args.resumable = output is not None and fmt in APPENDABLE  # what an interruption can be continued from
    if output is not None:
        output.check(files)
    for err in errors:
        print(printable(f"nq35cls: {describe(err, args.lang)}"), file=sys.stderr)
    if not files:
        print(f"nq35cls: {say(args.lang, 'no reports to label')}", file=sys.stderr)
        return EXIT_FATAL
    from .batch import useful_jobs
    from .workers import LocalWorkers

    # -j N: this process and up to N - 1 workers, as many as the batch gains
    # from, started now so that their start-up overlaps with ours (imports, model).
    if args.backend == "loky":
        args.jobs = useful_jobs(files, args.jobs)
    local = args.jobs > 1 and args.backend == "loky"
    with LocalWorkers(args.jobs - 1, reuse=False) if local else nullcontext() as workers:
        return _label_files(args, workers, files, errors, fmt, output)


class _NoBar:
    """What stands for the progress bar when none is shown: lines written as they come."""

    def update(self, n: int = 1) -> None:
        """Nothing to advance."""

    def write(self, line: str, file=None) -> None:
        print(line, file=file or sys.stderr)

    def close(self) -> None:
        """Nothing to close."""


def _progress_bar(total: int, unit: str, *, shown: bool):
    """A tqdm progress bar on standard error, or :class:`_NoBar` (tqdm not even imported) when not shown."""
    if not shown:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, file=sys.stderr)


def _label_files(
    args: argparse.Namespace, workers, files: list[Path], errors: list[InputError], fmt: str, output
) -> int:
    from .batch import label_files
    from .options import Options
    from .persist import load_model, shipped_model_path
    from .writers import open_writer
    from .writers.review import ReviewCollector

    model_path = _model_path(args) or os.fspath(shipped_model_path())
    model = load_model(model_path, for_labeling=True)  # once here, so that a bad model stops us before any work
    try:
        stream = output.open(files) if output is not None else sys.stdout
    except OSError as err:
        raise OutputError(f"{args.output}: cannot write ({err.strerror or err})") from None
    from .output_file import resolved

    todo = files
    if output is not None and output.completed:  # kept only where the input is unchanged
        todo = [p for p in files if resolved(p) not in output.completed]
    options = Options(
        keep_boilerplate=args.keep_boilerplate,
        sentences=not args.no_sentences,
        decode=not args.no_decode,
        max_bytes=args.max_bytes,
        time_limit=args.time_limit,
        max_paragraphs=args.max_paragraphs,
        debug=args.debug,
    )
    failed, labeled = len(errors), 0
    lang = args.lang
    review = ReviewCollector(args.review_size) if args.review else None
    out_dir = str(Path(args.output).resolve().parent) if args.output else None
    writer = open_writer(
        fmt, stream, header=not (output is not None and output.has_content), out_dir=out_dir, executor=workers
    )
    for refused in errors:
        writer.fail(refused.path, refused.problem)
    # byte-identical inputs are labeled once (those kept from an interrupted run included)
    seen: dict[str, str] = {digest: name for name, digest in output.completed.items()} if output is not None else {}
    bar = _progress_bar(len(todo), say(lang, "file"), shown=not args.quiet and sys.stderr.isatty())
    try:
        outcomes = label_files(
            todo,
            model=model,
            model_path=model_path,
            options=options,
            n_jobs=args.jobs,
            backend=args.backend,
            scheduler=args.scheduler,
            workers=workers,
        )
        for path, outcome in outcomes:
            bar.update(1)
            if isinstance(outcome, Nq35Error):
                failed += 1
                bar.write(printable(f"nq35cls: {describe(outcome, lang)}"), file=sys.stderr)
                detail = getattr(outcome, "detail", None)
                if args.debug and detail:  # the library's own words on a damaged file, for a bug report
                    bar.write(printable(f"nq35cls: {path}: {detail}"), file=sys.stderr)
                writer.fail(path, getattr(outcome, "problem", str(outcome)))
                continue
            first = seen.setdefault(outcome.sha256, path)
            if first != path:  # the same bytes under another name: labeled once
                if not args.quiet:  # a file's line, as its labeled line would be
                    note = say(
                        lang, "{path}: note: the same file as {first}, labeled once there", path=path, first=first
                    )
                    bar.write(printable(f"nq35cls: {note}"), file=sys.stderr)
                if output is not None:
                    output.commit(path, outcome.sha256)
                continue
            for warning in outcome.warnings:
                line = say(lang, "{path}: warning: {warning}", path=path, warning=translate(warning, lang))
                bar.write(printable(f"nq35cls: {line}"), file=sys.stderr)
            writer.write(outcome)
            labeled += 1
            if review is not None:
                review.add(outcome)
            if output is not None:
                output.commit(path, outcome.sha256)
            if not args.quiet:
                bar.write(printable(_file_line(path, outcome, lang)), file=sys.stderr)
        writer.close()
    except BaseException:
        if output is not None:
            output.abort()
        raise
    finally:
        bar.close()
    if output is not None:
        output.finish()
    if review is not None:
        review.write(args.review)
    if not args.quiet:
        print(printable(_closing_line(labeled, failed, args.output, lang)), file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _file_line(path: str, outcome, lang: str | None) -> str:
    """A labeled file's line: ``report.docx: 42 paragraphs (limitations 9, other 21, results 12)``."""
    tr = translator(lang)
    counts = Counter(p.label for p in outcome.paragraphs)
    summary = ", ".join(f"{tr.gettext(k)} {v}" for k, v in sorted(counts.items()))
    dropped = (
        say(lang, "; {n} dropped as web-page chrome (kept with --keep-boilerplate)", n=len(outcome.dropped))
        if outcome.dropped
        else ""
    )
    if not counts:  # every paragraph dropped as chrome (or none): no empty brackets
        return say(lang, "{path}: {n} paragraphs{dropped}", path=path, n=0, dropped=dropped)
    return say(
        lang,
        "{path}: {n} paragraphs ({summary}){dropped}",
        path=path,
        n=len(outcome.paragraphs),
        summary=summary,
        dropped=dropped,
    )


def _interrupted(args: argparse.Namespace, lang: str | None) -> str:
    """What a run stopped by the user left: a labeling into jsonl or csv can be resumed; a synthesis is
    written at the end, so its output was not written (and nothing of it is left behind)."""
    if getattr(args, "resumable", False):
        return say(lang, "interrupted; run again with --resume to continue")
    if args.command == "label" and getattr(args, "output", None):
        return say(lang, "interrupted; {output} was not written", output=args.output)
    return say(lang, "interrupted")


def _closing_line(labeled: int, failed: int, output: str | None, lang: str | None) -> str:
    """A run's last line: ``65 reports labeled, 7 failed, written to tonghop.html``."""
    done = fill(translator(lang).ngettext("{n} report labeled", "{n} reports labeled", labeled), {"n": str(labeled)})
    if output:
        return say(lang, "{labeled}, {failed} failed, written to {output}", labeled=done, failed=failed, output=output)
    return say(lang, "{labeled}, {failed} failed, written to standard output", labeled=done, failed=failed)


def _review(args: argparse.Namespace) -> int:
    """``nq35cls review``: check a filled-in review file; unless ``--check``, add its rows to the data folder."""
    from .review import merge_reviewed, read_review

    lang = args.lang
    records = read_review(args.review_file)  # a bad row stops it here, every bad row named
    reviewed = sum(r.reviewed for r in records)
    if args.check:
        print(say(lang, "{file}: {n} reviewed rows, all valid", file=args.review_file, n=reviewed))
        return EXIT_OK
    added, updated = merge_reviewed(args.data, records)
    print(
        say(
            lang,
            "{file}: {n} reviewed rows; {added} added to {data}, {updated} relabeled; retrain with `nq35cls train`",
            file=args.review_file,
            n=reviewed,
            added=added,
            data=args.data,
            updated=updated,
        )
    )
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from .data import document_fingerprint, load_data
    from .evaluate import format_scores, predict_documents, score_predictions
    from .persist import load_model

    documents = load_data(args.data)
    model = load_model(_model_path(args))
    model.decode = not args.no_decode  # this run's own model
    seen = set(model.meta_.get("documents", ()))
    trained_on = sum(document_fingerprint(d.texts) in seen for d in documents)
    lang = args.lang
    if trained_on:
        warning = say(
            lang,
            "warning: {trained_on} of {n} documents are in this model's training data: the figures on them are not "
            "held out (score documents the model was not fitted on, or see the cross-validation of `nq35cls train`)",
            trained_on=trained_on,
            n=len(documents),
        )
        print(f"nq35cls evaluate: {warning}", file=sys.stderr)
    scores = score_predictions(predict_documents(model, documents))
    if trained_on:
        print(
            say(
                lang,
                "{data}: {n} documents ({trained_on} seen in training)",
                data=args.data,
                n=len(documents),
                trained_on=trained_on,
            )
        )
    else:
        print(say(lang, "{data}: {n} documents", data=args.data, n=len(documents)))
    print(format_scores(scores))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    lang = requested_language(sys.argv[1:] if argv is None else argv)  # "vi" or "en", for this run
    parser = _build_parser(lang)
    args = parser.parse_args(argv)
    # the option as the parser read it (also abbreviated: --la vi), else the locale's
    lang = args.lang = getattr(args, "lang", None) or lang
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_FATAL
    try:
        if args.command == "train":
            from .retrain import run

            return run(args, "nq35cls train")
        if args.command == "review":
            return _review(args)
        return _evaluate(args) if args.command == "evaluate" else _label(args)
    except Nq35Error as err:
        print(printable(f"nq35cls: {describe(err, lang)}"), file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print(printable(f"nq35cls: {_interrupted(args, lang)}"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`); stop quietly
        sys.stderr.close()
        return EXIT_SOME_FAILED
    except OSError as err:
        # the output side failed while writing (disk full, a file system gone);
        # reading problems never get here: each is its file's InputError
        where = f"{err.filename}: " if err.filename else (f"{args.output}: " if getattr(args, "output", None) else "")
        problem = say(
            lang,
            "cannot write the output ({error}); nothing was published",
            error=translate(str(err.strerror or err), lang),
        )
        print(printable(f"nq35cls: {where}{problem}"), file=sys.stderr)
        return EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
