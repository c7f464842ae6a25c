"""The labeled-data format: JSON Lines, one paragraph per line.

Each line is an object with these fields:

``doc`` (str)
    Document id; all paragraphs of one report share it.
``idx`` (int >= 0)
    0-based position of the paragraph in its document.
``text`` (str)
    The paragraph, one line of the report, non-empty, without line breaks.
``label`` (str)
    One of :data:`nq35cls.labels.LABELS`.
``source`` (str)
    Where the text comes from: ``real`` (a real report), ``real-rewritten`` (a
    real public document rewritten paragraph by paragraph in the project's own
    words, same labels and shapes; see ``data/real_rewritten/MANIFEST.tsv``),
    ``authored`` (written by the project to the labeling guide) or
    ``reviewed`` (a user's correction of a model's output).
``mixed`` (bool)
    True when the paragraph mixes parts; ``label`` is then its larger share.
``sentences`` (list or null, optional)
    For mixed paragraphs, ``[sentence, label]`` pairs in order; each sentence
    is a substring of ``text``.

A data folder holds any number of ``*.jsonl`` files, searched recursively.
Loading validates every record and raises :class:`~nq35cls.errors.DataError`
naming the file and line of the first problem.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError
from .labels import LABELS
from .safe_text import from_spreadsheet_text

SOURCES: tuple[str, ...] = ("real", "real-rewritten", "authored", "reviewed")
REQUIRED_FIELDS: tuple[str, ...] = ("doc", "idx", "text", "label", "source", "mixed")


@dataclass(frozen=True)
class Record:
    """One labeled paragraph."""

    doc: str
    idx: int
    text: str
    label: str
    source: str
    mixed: bool = False
    sentences: tuple[tuple[str, str], ...] | None = None

    def to_json(self) -> str:
        """Serialise as one JSON line (without the newline)."""
        obj = {
            "doc": self.doc,
            "idx": self.idx,
            "text": self.text,
            "label": self.label,
            "source": self.source,
            "mixed": self.mixed,
            "sentences": [list(s) for s in self.sentences] if self.sentences else None,
        }
        return json.dumps(obj, ensure_ascii=False)


@dataclass(frozen=True)
class LabeledDocument:
    """The labeled paragraphs of one document, in order."""

    doc: str
    source: str
    records: tuple[Record, ...] = field(default_factory=tuple)

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.records]

    @property
    def labels(self) -> list[str]:
        return [r.label for r in self.records]


def _check_record(obj: object, path: Path, line: int) -> Record:
    if not isinstance(obj, dict):
        raise DataError(path, line, "a record must be a JSON object")
    missing = [f for f in REQUIRED_FIELDS if f not in obj]
    if missing:
        raise DataError(path, line, f"missing field(s): {', '.join(missing)}")
    unknown = sorted(set(obj) - set(REQUIRED_FIELDS) - {"sentences"})
    if unknown:
        raise DataError(path, line, f"unknown field(s): {', '.join(unknown)}")
    doc, idx, text, label = obj["doc"], obj["idx"], obj["text"], obj["label"]
    source, mixed, sentences = obj["source"], obj["mixed"], obj.get("sentences")
    if not isinstance(doc, str) or not doc.strip():
        raise DataError(path, line, "'doc' must be a non-empty string")
    if not isinstance(idx, int) or isinstance(idx, bool) or idx < 0:
        raise DataError(path, line, "'idx' must be an integer >= 0")
    if not isinstance(text, str) or not text.strip():
        raise DataError(path, line, "'text' must be a non-empty string")
    if "\n" in text or "\r" in text:
        raise DataError(path, line, "'text' must not contain a line break")
    if label not in LABELS:
        raise DataError(path, line, f"unknown label {label!r} (expected one of {', '.join(LABELS)})")
    if source not in SOURCES:
        raise DataError(path, line, f"unknown source {source!r} (expected one of {', '.join(SOURCES)})")
    if not isinstance(mixed, bool):
        raise DataError(path, line, "'mixed' must be true or false")
    pairs = None
    if sentences is not None:
        if not isinstance(sentences, list) or not sentences:
            raise DataError(path, line, "'sentences' must be null or a non-empty list")
        pairs_list = []
        pos = 0
        for item in sentences:
            if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
                raise DataError(path, line, "each sentence must be a [text, label] pair")
            sent, sent_label = item
            if sent_label not in LABELS:
                raise DataError(path, line, f"unknown sentence label {sent_label!r}")
            found = text.find(sent, pos)
            if not sent or found < 0:
                raise DataError(path, line, f"sentence not found in text, in order: {sent[:40]!r}")
            pos = found + len(sent)
            pairs_list.append((sent, sent_label))
        pairs = tuple(pairs_list)
    return Record(doc, idx, text, label, source, mixed, pairs)


def read_records(path: str | os.PathLike) -> list[Record]:
    """Read and validate one JSONL data file.

    Parameters
    ----------
    path : str or os.PathLike
        A ``.jsonl`` file in the format described in this module.

    Returns
    -------
    list of Record
        The records in file order.

    Raises
    ------
    DataError
        Naming the file and line of the first invalid record.
    """
    path = Path(path)
    records = []
    try:
        with open(path, encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataError(path, line_no, f"not valid JSON ({exc.msg})") from None
                records.append(_check_record(obj, path, line_no))
    except UnicodeDecodeError:
        raise DataError(path, None, "not UTF-8 text") from None
    except OSError as exc:
        raise DataError(path, None, exc.strerror or str(exc)) from None
    return records


def group_documents(records: Iterable[Record], origin: str | os.PathLike = "<data>") -> list[LabeledDocument]:
    """Group records into documents, each sorted by ``idx``.

    Raises
    ------
    DataError
        If a document holds two records with the same ``idx`` or mixes sources.
    """
    by_doc: dict[str, list[Record]] = {}
    for rec in records:
        by_doc.setdefault(rec.doc, []).append(rec)
    docs = []
    for doc_id in sorted(by_doc):
        recs = sorted(by_doc[doc_id], key=lambda r: r.idx)
        for a, b in zip(recs, recs[1:]):
            if a.idx == b.idx:
                raise DataError(origin, None, f"document {doc_id!r} has two paragraphs with idx {a.idx}")
        sources = {r.source for r in recs}
        if len(sources) > 1:
            raise DataError(origin, None, f"document {doc_id!r} mixes sources {sorted(sources)}")
        docs.append(LabeledDocument(doc_id, recs[0].source, tuple(recs)))
    return docs


def load_data(path: str | os.PathLike) -> list[LabeledDocument]:
    """Load every ``*.jsonl`` file under a folder (or one file) as documents.

    Parameters
    ----------
    path : str or os.PathLike
        A data folder (searched recursively) or a single ``.jsonl`` file.

    Returns
    -------
    list of LabeledDocument
        Sorted by document id.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(path.rglob("*.jsonl"))
        if not files:
            raise DataError(path, None, "no *.jsonl data files in this folder")
    elif path.is_file():
        files = [path]
    else:
        raise DataError(path, None, "no such file or folder")
    records: list[Record] = []
    for f in files:
        records.extend(read_records(f))
    return group_documents(records, path)


def write_records(path: str | os.PathLike, records: Sequence[Record]) -> None:
    """Write records as JSONL (UTF-8), replacing the file atomically."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(rec.to_json() + "\n")
    os.replace(tmp, path)


#: Sources whose documents are real (seeds, and real public documents rewritten):
#: the only ones quality is ever measured on.
REAL_ANCHORED: tuple[str, ...] = ("real", "real-rewritten")


def load_manifests(path: str | os.PathLike) -> dict[str, dict[str, str]]:
    """Facts about documents from every ``MANIFEST.tsv`` under a data folder.

    Each manifest is tab-separated with a header row whose first column is
    ``doc``; the result maps a document id to its row (column -> value).
    A folder without manifests gives an empty mapping.
    """
    path = Path(path)
    files = sorted(path.rglob("MANIFEST.tsv")) if path.is_dir() else []
    facts: dict[str, dict[str, str]] = {}
    for manifest in files:
        try:
            with open(manifest, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    if row.get("doc"):
                        facts[row["doc"]] = {k: v or "" for k, v in row.items() if k}
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise DataError(manifest, None, f"cannot read the manifest ({exc})") from None
    return facts


#: Where ``train.py --add`` keeps reviewed paragraphs, inside a data folder.
REVIEWED_FILE = Path("reviewed") / "reviewed.jsonl"


def read_review(path: str | os.PathLike) -> list[Record]:
    """Read a filled-in review file (CSV, or an Excel workbook ``.xlsx``) as ``reviewed`` records.

    Rows whose ``correct_label`` is empty are skipped (not reviewed). Each
    reviewed paragraph becomes a one-paragraph document whose id is derived
    from its text, so that adding the same row twice does not duplicate it.
    A workbook is read from its first sheet, its first row naming the columns.

    Raises
    ------
    DataError
        Naming the file and line (row) of an unknown label or a missing column.
    """
    path = Path(path)
    records = []
    try:
        rows = _review_xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _review_csv_rows(path)
        fieldnames = next(rows)
        missing = {"text", "correct_label"} - set(fieldnames)
        if missing:
            raise DataError(path, 1, f"missing column(s): {', '.join(sorted(missing))}")
        for line, row in rows:
            label = str(row.get("correct_label") or "").strip()
            text = str(row.get("text") or "").strip()
            if not label:
                continue
            if label not in LABELS:
                raise DataError(path, line, f"unknown label {label!r} (expected one of {', '.join(LABELS)})")
            if not text or "\n" in text:
                raise DataError(path, line, "'text' must be one non-empty line")
            doc = "reviewed-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            records.append(Record(doc, 0, text, label, "reviewed"))
    except UnicodeDecodeError:
        raise DataError(path, None, "not UTF-8 text") from None
    except OSError as exc:
        raise DataError(path, None, exc.strerror or str(exc)) from None
    return records


def _review_csv_rows(path: Path) -> Iterator:
    """The column names, then (line, row) for each row of a review CSV, its text cells' formula guard undone."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        yield list(reader.fieldnames or ())
        for row in reader:
            yield reader.line_num, {**row, "text": from_spreadsheet_text((row.get("text") or "").strip())}


def _review_xlsx_rows(path: Path) -> Iterator:
    """The column names, then (row number, row) for each row of a review workbook's first sheet."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError) as exc:
        raise DataError(path, None, f"not a readable .xlsx workbook ({type(exc).__name__})") from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        head = next(rows, ())
        names = [str(v).strip() if v is not None else "" for v in head]
        yield names
        for number, values in enumerate(rows, start=2):
            yield number, {name: value for name, value in zip(names, values) if name}
    finally:
        book.close()


def merge_reviewed(data_dir: str | os.PathLike, records: Sequence[Record]) -> tuple[int, int]:
    """Add reviewed records to ``data_dir``/reviewed/reviewed.jsonl.

    A paragraph already there (same text) gets the new label instead of a
    second record.

    Returns
    -------
    (added, updated) : tuple of int
    """
    target = Path(data_dir) / REVIEWED_FILE
    existing = {r.doc: r for r in read_records(target)} if target.exists() else {}
    added = updated = 0
    for rec in records:
        old = existing.get(rec.doc)
        if old is None:
            added += 1
        elif old.label != rec.label:
            updated += 1
        existing[rec.doc] = rec
    target.parent.mkdir(parents=True, exist_ok=True)
    write_records(target, sorted(existing.values(), key=lambda r: r.doc))
    return added, updated
