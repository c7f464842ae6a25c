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

from importlib import import_module
from typing import IO, Any

from .records import FIELDS as FIELDS
from .records import records as records

#: Output formats by name: the module and class of a writer with ``write(report)``,
#: ``fail(path, problem)`` and ``close()``, imported when the format is opened (a run
#: writing JSONL does not import the synthesis, its themes and its workbook code).
FORMATS: dict[str, tuple[str, str]] = {
    "jsonl": ("jsonl", "JsonlWriter"),
    "csv": ("csv", "CsvWriter"),
    "xlsx": ("xlsx", "XlsxWriter"),
    "html": ("html", "HtmlWriter"),
    "md": ("markdown", "MarkdownWriter"),
    "docx": ("docx", "DocxWriter"),
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


#: Formats that can be appended to by ``--resume``.
APPENDABLE: tuple[str, ...] = ("jsonl", "csv")


def open_writer(fmt: str, stream: IO, header: bool = True, out_dir: str | None = None, executor: Any = None):
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
    executor : object with ``submit(function, *args)``, optional
        Worker processes (:class:`nq35cls.workers.LocalWorkers`, a
        ``concurrent.futures`` executor) a synthesis may compute the themes of
        some parts in while it computes another (see
        :class:`~nq35cls.writers.synthesis.Synthesis`); record formats ignore it.
    """
    try:
        module, name = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r} (expected one of {', '.join(FORMATS)})") from None
    cls = getattr(import_module(f"{__name__}.{module}"), name)
    return cls(stream, header=header, out_dir=out_dir, executor=executor)
