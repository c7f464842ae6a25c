"""Reviewed paragraphs back into the training data: reading the review file a person filled in.

``nq35cls label --review review.csv`` writes the paragraphs the model is
least sure of, each with its neighbours; a person fills in
``correct_label``; ``nq35cls train --add review.csv`` reads it here and
stores every reviewed paragraph as a small document with its neighbours
(:data:`REVIEWED_FILE`), the neighbours keeping the model's labels as
context that weighs nothing in a fit.

The file is read as spreadsheets write it: an Excel workbook (``.xlsx``,
its first sheet), or a CSV in UTF-8 (with or without BOM), UTF-16 or the
Vietnamese Windows code page (cp1258), comma, semicolon or tab separated; column names in any case; labels in English or Vietnamese in any
case (``resources/label_names.json``). Every bad row is reported at once.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .data import Record, read_records, write_records
from .errors import DataError
from .labels import LABELS
from .normalize import normalize_text
from .safe_text import from_spreadsheet_text

#: Where ``nq35cls train --add`` keeps reviewed paragraphs, inside a data folder.
REVIEWED_FILE = Path("reviewed") / "reviewed.jsonl"
#: The columns a review file must have.
REQUIRED_COLUMNS: tuple[str, ...] = ("text", "correct_label")
#: Encodings tried in order after a byte-order mark: UTF-8, then the
#: Vietnamese Windows code page Excel writes "CSV" in on Vietnamese Windows.
FALLBACK_ENCODINGS: tuple[str, ...] = ("utf-8", "cp1258")
#: Column separators a review file may use.
DELIMITERS: tuple[str, ...] = (",", ";", "\t")
#: Most bad rows listed in one error message.
MAX_LISTED_PROBLEMS = 50


@lru_cache(maxsize=1)
def label_names() -> dict[str, str]:
    """Every accepted label name (normalized, see :func:`_name_key`) -> its label."""
    with resources.files("nq35cls").joinpath("resources/label_names.json").open(encoding="utf-8") as fh:
        table = json.load(fh)
    table.pop("_comment", None)
    return {_name_key(name): label for label, names in table.items() for name in [label, *names]}


def _name_key(name: str) -> str:
    """A label or column name as compared: case, tone-mark placement and spacing ignored."""
    return " ".join(normalize_text(name).lower().split())


def _decode(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in FALLBACK_ENCODINGS:
        try:
            return unicodedata.normalize("NFC", data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise DataError(path, None, "not text in UTF-8, UTF-16 or the Windows Vietnamese code page (cp1258)")


def _csv_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header (names as compared) and each data row with its line number, delimiter sniffed."""
    first = text.split("\n", 1)[0]
    # the header's most frequent separator: Excel writes ";" where the decimal mark is ","
    delimiter = max(DELIMITERS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    header = [_name_key(name) for name in next(reader, [])]
    rows = []
    for values in reader:
        if any(v.strip() for v in values):
            rows.append((reader.line_num, dict(zip(header, values))))
    return header, rows


def _xlsx_rows(data: bytes, path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header (names as compared) and each data row with its row number, from a workbook's first sheet."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DataError(path, None, f"not a readable .xlsx workbook ({type(exc).__name__})") from None
    try:
        values = book.worksheets[0].iter_rows(values_only=True)
        header = [_name_key(str(v)) if v is not None else "" for v in next(values, ())]
        rows = []
        for number, cells in enumerate(values, start=2):
            row = {name: "" if v is None else str(v) for name, v in zip(header, cells) if name}
            if any(v.strip() for v in row.values()):
                rows.append((number, row))
    finally:
        book.close()
    return header, rows


def read_review(path: str | os.PathLike) -> list[Record]:
    """Read a filled-in review file as ``reviewed`` records.

    Rows whose ``correct_label`` is empty are skipped (not reviewed). Each
    reviewed paragraph becomes a document of its own with its neighbours
    (``previous`` and ``next`` columns, when present) as context records
    (``reviewed=False``, the model's labels); its id is derived from its
    text, so that adding the same row twice does not duplicate it.

    Raises
    ------
    DataError
        Naming the file and every bad row (line and problem): an unknown
        label, an empty or multi-line text, a missing column.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(path, None, exc.strerror or str(exc)) from None
    if path.suffix.lower() == ".xlsx":
        header, rows = _xlsx_rows(data, path)
    else:
        try:
            header, rows = _csv_rows(_decode(data, path))
        except csv.Error as exc:
            raise DataError(path, None, f"not a readable CSV file ({exc})") from None
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise DataError(
            path,
            1,
            f"missing column(s): {', '.join(missing)} (found: {', '.join(header) or 'none'}; "
            "the file must be comma-, semicolon- or tab-separated with a header row)",
        )
    names = label_names()
    records: list[Record] = []
    problems: list[str] = []
    for line, row in rows:
        raw_label = (row.get("correct_label") or "").strip()
        if not raw_label:
            continue
        label = names.get(_name_key(raw_label))
        text = from_spreadsheet_text((row.get("text") or "").strip())
        row_problems = []
        if label is None:
            row_problems.append(f"line {line}: unknown label {raw_label!r} (expected one of {', '.join(LABELS)})")
        if not _one_line(text):
            row_problems.append(f"line {line}: 'text' must be one non-empty line")
        if row_problems or label is None:
            problems.extend(row_problems)
            continue
        records.extend(_with_context(row, text, label, names))
    if problems:
        shown = problems[:MAX_LISTED_PROBLEMS]
        more = len(problems) - len(shown)
        raise DataError(
            path,
            None,
            f"{len(problems)} bad row(s):\n  " + "\n  ".join(shown) + (f"\n  ... and {more} more" if more else ""),
        )
    return records


def _one_line(text: str) -> bool:
    return bool(text) and "\n" not in text and "\r" not in text


def _with_context(row: dict[str, str], text: str, label: str, names: dict[str, str]) -> list[Record]:
    """The reviewed paragraph as a document: its previous paragraph, itself, its next one.

    A neighbour is kept (with the model's label, ``reviewed=False``) when
    the row gives its text and a known label.
    """
    doc = "reviewed-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    paragraphs: list[tuple[str, str, bool]] = []
    for side in ("previous", None, "next"):
        if side is None:
            paragraphs.append((text, label, True))
            continue
        neighbour = from_spreadsheet_text((row.get(side) or "").strip())
        guess = names.get(_name_key(row.get(f"{side}_label") or ""))
        if _one_line(neighbour) and guess is not None:
            paragraphs.append((neighbour, guess, False))
    return [Record(doc, k, t, lab, "reviewed", reviewed=person) for k, (t, lab, person) in enumerate(paragraphs)]


def merge_reviewed(data_dir: str | os.PathLike, records: Sequence[Record]) -> tuple[int, int]:
    """Add reviewed documents to ``data_dir``/:data:`REVIEWED_FILE`.

    A paragraph already there (same text) gets the new label and context
    instead of a second document.

    Returns
    -------
    (added, updated) : tuple of int
        Reviewed paragraphs added, and those whose label changed.
    """
    target = Path(data_dir) / REVIEWED_FILE
    existing: dict[str, list[Record]] = {}
    for rec in read_records(target) if target.exists() else []:
        existing.setdefault(rec.doc, []).append(rec)
    incoming: dict[str, list[Record]] = {}
    for rec in records:
        incoming.setdefault(rec.doc, []).append(rec)
    added = updated = 0
    for doc, recs in incoming.items():
        old = existing.get(doc)
        new_label = next(r.label for r in recs if r.reviewed)
        if old is None:
            added += 1
        elif next((r.label for r in old if r.reviewed), None) != new_label:
            updated += 1
        existing[doc] = recs
    target.parent.mkdir(parents=True, exist_ok=True)
    write_records(target, [r for doc in sorted(existing) for r in existing[doc]])
    return added, updated
