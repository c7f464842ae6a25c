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
``reviewed`` (bool, optional, default true)
    False for a paragraph kept only as the context of a reviewed one: its
    label is the model's, not a person's, and it weighs nothing in a fit.

A data folder holds any number of ``*.jsonl`` files, searched recursively.
Loading validates every record and raises :class:`~nq35cls.errors.DataError`
naming the file and line of the first problem.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError
from .labels import LABELS

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
    #: False for a paragraph kept as context only: its label is the model's,
    #: not a person's (the neighbours of a reviewed paragraph); it weighs 0 in a fit.
    reviewed: bool = True

    def to_json(self) -> str:
        """Serialise as one JSON line (without the newline)."""
        obj: dict = {
            "doc": self.doc,
            "idx": self.idx,
            "text": self.text,
            "label": self.label,
            "source": self.source,
            "mixed": self.mixed,
            "sentences": [list(s) for s in self.sentences] if self.sentences else None,
        }
        if not self.reviewed:
            obj["reviewed"] = False
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

    @property
    def weights(self) -> list[float]:
        """Per paragraph, 1 for a label given by a person, 0 for context kept with the model's label."""
        return [1.0 if r.reviewed else 0.0 for r in self.records]


def document_fingerprint(texts: Sequence[str]) -> str:
    """A short hash of a document's paragraph texts (white space collapsed), the same wherever it is stored.

    A model file records the fingerprints of its training documents, so that
    ``nq35cls evaluate`` can tell when it is scored on documents it was fitted on.
    """
    digest = hashlib.sha256("\n".join(" ".join(t.split()) for t in texts).encode("utf-8"))
    return digest.hexdigest()[:16]


def _check_record(obj: object, path: Path, line: int) -> Record:
    if not isinstance(obj, dict):
        raise DataError(path, line, "a record must be a JSON object")
    missing = [f for f in REQUIRED_FIELDS if f not in obj]
    if missing:
        raise DataError(path, line, f"missing field(s): {', '.join(missing)}")
    unknown = sorted(set(obj) - set(REQUIRED_FIELDS) - {"sentences", "reviewed"})
    if unknown:
        raise DataError(path, line, f"unknown field(s): {', '.join(unknown)}")
    doc, idx, text, label = obj["doc"], obj["idx"], obj["text"], obj["label"]
    source, mixed, sentences = obj["source"], obj["mixed"], obj.get("sentences")
    reviewed = obj.get("reviewed", True)
    if not isinstance(reviewed, bool):
        raise DataError(path, line, "'reviewed' must be true or false")
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
    return Record(doc, idx, text, label, source, mixed, pairs, reviewed)


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


#: The name of a document's original paragraphs in a local cache of originals (``<cache>/<doc>/original.jsonl``).
ORIGINAL_FILE = "original.jsonl"


def load_originals(folder: str | os.PathLike, documents: Sequence[LabeledDocument]) -> dict[str, tuple[str, ...]]:
    """The original paragraphs of real-anchored documents, from a local cache kept outside the repository.

    A ``real-rewritten`` document is the project's rewording of a real public
    document; the original's paragraphs stay in an ignored cache
    (``<folder>/<doc>/original.jsonl``, one JSON object with a ``text`` per
    paragraph, in order) and are never committed. Scoring a model on them, by
    the same folds, measures what the rewording may hide: how it labels the
    real wording of documents it never saw.

    Parameters
    ----------
    folder : str or os.PathLike
        The cache (e.g. ``.cache/real``); a missing folder gives an empty mapping.
    documents : sequence of LabeledDocument

    Returns
    -------
    dict of str to tuple of str
        Document id to its original paragraphs, for the real-anchored documents
        whose original is there, readable and as long as the document (its
        labels then apply paragraph by paragraph); the others are left out.
    """
    root = Path(folder)
    found: dict[str, tuple[str, ...]] = {}
    if not root.is_dir():
        return found
    for d in documents:
        path = root / d.doc / ORIGINAL_FILE
        if d.source not in REAL_ANCHORED or not path.is_file():
            continue
        try:
            with open(path, encoding="utf-8") as fh:
                texts = tuple(str(json.loads(line)["text"]) for line in fh if line.strip())
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
            continue  # an unreadable cache entry: that document is scored on its rewrite only
        if len(texts) == len(d.records) and all(t.strip() for t in texts):
            found[d.doc] = texts
    return found
