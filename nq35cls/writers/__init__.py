"""Output formats for labeled reports; one module per format.

Every writer takes an open text stream and writes records with the fields of
:data:`FIELDS`, one record per labeled paragraph.
"""

from __future__ import annotations

from typing import TextIO

from ..labeling import LabeledReport
from . import csv as csv_writer
from . import jsonl as jsonl_writer

#: The columns of every output record.
FIELDS: tuple[str, ...] = ("file", "index", "start", "end", "label", "confidence", "mixed", "sentences", "text")

#: Output formats by name: a class with ``write(report)`` and ``close()``.
FORMATS = {"jsonl": jsonl_writer.JsonlWriter, "csv": csv_writer.CsvWriter}


def records(report: LabeledReport) -> list[dict]:
    """Output records of one labeled report (one dict per paragraph)."""
    return [
        {
            "file": report.path,
            "index": p.index,
            "start": p.start,
            "end": p.end,
            "label": p.label,
            "confidence": round(p.confidence, 4),
            "mixed": p.mixed,
            "sentences": [
                {"start": s.start, "end": s.end, "label": s.label, "confidence": round(s.confidence, 4)}
                for s in p.sentences
            ]
            if p.sentences
            else None,
            "text": p.text,
        }
        for p in report.paragraphs
    ]


#: Formats that can be appended to by ``--resume``.
APPENDABLE: tuple[str, ...] = ("jsonl", "csv")


def open_writer(fmt: str, stream: TextIO, header: bool = True):
    """A writer of format ``fmt`` on ``stream``.

    Parameters
    ----------
    fmt : str
        A key of :data:`FORMATS`.
    stream : file-like
        Where to write.
    header : bool, default=True
        Write the format's header (False when appending to resumed output).
    """
    try:
        cls = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r} (expected one of {', '.join(FORMATS)})") from None
    return cls(stream, FIELDS, records, header=header)
