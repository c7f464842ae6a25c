"""Command line: ``nq35cls label PATH... [-o OUT] [--format jsonl|csv]``.

Each bad file gets one line on stderr naming it and the problem; the other
files are still labeled; the exit status is 1 if any file failed, 2 if
nothing could be done (bad arguments, unusable model, no reports).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__
from .errors import InputError, Nq35Error, OutputError
from .readers import DEFAULT_MAX_BYTES, REPORT_SUFFIXES

EXIT_OK, EXIT_SOME_FAILED, EXIT_FATAL = 0, 1, 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nq35cls",
        description="Label the paragraphs of Vietnamese implementation reports as "
        "results, limitations, solutions or other.",
    )
    parser.add_argument("--version", action="version", version=f"nq35cls {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    label = sub.add_parser("label", help="label report files or folders of reports")
    label.add_argument("paths", nargs="+", metavar="PATH", help="report files, or folders searched for *.txt")
    label.add_argument("-o", "--output", metavar="OUT", help="output file (default: standard output)")
    label.add_argument("--format", choices=("jsonl", "csv"), default=None, help="output format (default: from OUT's extension, else jsonl)")
    label.add_argument("--model", metavar="FILE", help="model file (default: the shipped model)")
    label.add_argument("--keep-boilerplate", action="store_true", help="keep web-page chrome, labeled boilerplate")
    label.add_argument("--no-decode", action="store_true", help="label paragraphs one by one, without sequence decoding")
    label.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help=f"refuse files larger than N bytes (default {DEFAULT_MAX_BYTES})")
    label.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    label.add_argument("-q", "--quiet", action="store_true", help="no per-file summary on stderr")
    return parser


def _report_files(paths: Sequence[str], errors: list[InputError]) -> Iterator[Path]:
    """Files to label, in a deterministic order; problems go to ``errors``."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in REPORT_SUFFIXES and not p.is_dir())
            if not found:
                errors.append(InputError(path, f"folder holds no reports ({', '.join('*' + s for s in REPORT_SUFFIXES)})"))
            yield from found
        elif path.exists() or path.is_symlink():
            yield path
        else:
            errors.append(InputError(path, "no such file or folder"))


def _check_output(output: Path, inputs: Sequence[Path], force: bool) -> None:
    if output.is_dir():
        raise OutputError(f"{output}: is a folder; give a file name for the output")
    if output.exists():
        resolved = output.resolve()
        if any(p.resolve() == resolved for p in inputs):
            raise OutputError(f"{output}: is also an input; choose another output file")
        if not force:
            raise OutputError(f"{output}: exists; use --force to overwrite it")


def _label(args: argparse.Namespace) -> int:
    from .labeling import label_file
    from .persist import load_model
    from .writers import open_writer

    errors: list[InputError] = []
    files = list(_report_files(args.paths, errors))
    output = Path(args.output) if args.output else None
    fmt = args.format or ("csv" if output is not None and output.suffix.lower() == ".csv" else "jsonl")
    if output is not None:
        _check_output(output, files, args.force)
    model = load_model(args.model)
    if args.no_decode:
        model.set_params(decode=False)
    for err in errors:
        print(f"nq35cls: {err}", file=sys.stderr)
    if not files:
        print("nq35cls: no reports to label", file=sys.stderr)
        return EXIT_FATAL
    tmp = None
    if output is None:
        stream = sys.stdout
    else:
        tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
        stream = open(tmp, "w", encoding="utf-8", newline="")
    failed = len(errors)
    try:
        writer = open_writer(fmt, stream)
        for path in files:
            try:
                report = label_file(path, model, keep_boilerplate=args.keep_boilerplate, max_bytes=args.max_bytes)
            except InputError as err:
                failed += 1
                print(f"nq35cls: {err}", file=sys.stderr)
                continue
            writer.write(report)
            if not args.quiet:
                counts = {}
                for p in report.paragraphs:
                    counts[p.label] = counts.get(p.label, 0) + 1
                summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
                print(f"{path}: {len(report.paragraphs)} paragraphs ({summary})", file=sys.stderr)
        writer.close()
        if tmp is not None:
            stream.close()
            os.replace(tmp, output)
            tmp = None
    finally:
        if tmp is not None:
            stream.close()
            tmp.unlink(missing_ok=True)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_FATAL
    try:
        return _label(args)
    except Nq35Error as err:
        print(f"nq35cls: {err}", file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("nq35cls: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`); stop quietly
        sys.stderr.close()
        return EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
