"""Output formats for labeled reports; one module per format.

Record formats (``jsonl``, ``csv``) write one record per labeled paragraph
with the fields of :data:`FIELDS`, as each file is done. Synthesis formats
(``html``, ``md``, ``xlsx``) present the whole batch: paragraphs grouped by
part and file, per-file counts, the files that failed; ``docx`` is a Word
draft of the consolidated report, its points grouped into themes; they are
written when the batch ends. Every writer has ``write(report)``, ``fail(path, problem)``
and ``close()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from ..safe_text import printable
from . import csv as csv_writer
from . import docx as docx_writer
from . import html as html_writer
from . import jsonl as jsonl_writer
from . import markdown as markdown_writer
from . import xlsx as xlsx_writer

if TYPE_CHECKING:  # the writers need no labeling machinery to be imported
    from ..labeling import LabeledReport

#: The columns of every output record.
FIELDS: tuple[str, ...] = (
    "file",
    "index",
    "start",
    "end",
    "location",
    "label",
    "confidence",
    "mixed",
    "sentences",
    "text",
)

#: Output formats by name: a class with ``write(report)``, ``fail(path, problem)`` and ``close()``.
FORMATS = {
    "jsonl": jsonl_writer.JsonlWriter,
    "csv": csv_writer.CsvWriter,
    "xlsx": xlsx_writer.XlsxWriter,
    "html": html_writer.HtmlWriter,
    "md": markdown_writer.MarkdownWriter,
    "docx": docx_writer.DocxWriter,
}

#: Formats written as bytes (they need an output file, not standard output).
BINARY: tuple[str, ...] = ("xlsx", "docx")

#: The format an output file's extension implies.
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".docx": "docx",
}


def records(report: LabeledReport) -> list[dict]:
    """Output records of one labeled report (one dict per paragraph).

    ``file`` is the path with control characters and the bytes of a name that
    is not UTF-8 shown as escapes (:func:`~nq35cls.safe_text.printable`).
    """
    return [
        {
            "file": printable(report.path),
            "index": p.index,
            "start": p.start,
            "end": p.end,
            "location": p.location,
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


def open_writer(fmt: str, stream: TextIO, header: bool = True, out_dir: str | None = None):
    """A writer of format ``fmt`` on ``stream``.

    Parameters
    ----------
    fmt : str
        A key of :data:`FORMATS`.
    stream : file-like
        Where to write (binary for the formats of :data:`BINARY`).
    header : bool, default=True
        Write the format's header (False when appending to resumed output).
    out_dir : str, optional
        The output's folder, for links back to the source files.
    """
    try:
        cls = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r} (expected one of {', '.join(FORMATS)})") from None
    return cls(stream, FIELDS, records, header=header, out_dir=out_dir)
