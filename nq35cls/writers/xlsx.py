"""Excel workbook (``.xlsx``, with openpyxl): a sheet of per-file counts, then one sheet per part.

Each part's sheet lists its paragraphs with file, index, location,
confidence and text; columns are sized and the text wrapped so that it reads
in Excel or LibreOffice, the header row is frozen and filterable. The
workbook is written in openpyxl's write-only mode, so rows stream to disk
instead of being held as cell objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import BinaryIO

from ..labels import LABELS
from ..safe_text import printable
from .synthesis import LOW_CONFIDENCE, Synthesis

#: Longest text Excel keeps in a cell.
MAX_CELL = 32_767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

SUMMARY_COLUMNS: tuple[tuple[str, int], ...] = (
    ("file", 48),
    ("format", 10),
    ("paragraphs", 11),
    ("results", 10),
    ("limitations", 11),
    ("solutions", 10),
    ("other", 8),
    ("boilerplate", 11),
    ("low_confidence", 14),
    ("mixed", 8),
    ("problem", 50),
)
PART_COLUMNS: tuple[tuple[str, int], ...] = (
    ("file", 36),
    ("index", 7),
    ("location", 16),
    ("confidence", 11),
    ("mixed", 8),
    ("text", 110),
)


def _text(value: str) -> str:
    value = _ILLEGAL.sub(" ", value)
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


def _name(path: str) -> str:
    """A file name as shown in a cell: control characters and undecodable bytes escaped."""
    return _text(printable(path))


#: Sheet names (Excel allows 31 characters).
SHEET_NAMES: dict[str, str] = {
    "results": "Kết quả (results)",
    "limitations": "Hạn chế (limitations)",
    "solutions": "Giải pháp (solutions)",
    "other": "Khác (other)",
    "boilerplate": "Web (boilerplate)",
}


class XlsxWriter:
    """Stream labeled paragraphs into a workbook; written out on :meth:`close`.

    Parameters
    ----------
    stream : binary file
        Where the workbook is saved.
    fields, to_records, header, out_dir
        The common writer signature; unused.
    """

    def __init__(
        self,
        stream: BinaryIO,
        fields: Sequence[str],
        to_records: Callable,
        header: bool = True,
        out_dir: str | None = None,
    ) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, PatternFill

        self.stream = stream
        self._wrap = Alignment(wrap_text=True, vertical="top")  # styles made once, shared by every text cell
        self._low_fill = PatternFill("solid", fgColor="FFF3C4")
        self.counts = Synthesis(keep_paragraphs=False)
        self.book = Workbook(write_only=True)
        self.summary = self._sheet("Tổng hợp (files)", SUMMARY_COLUMNS)
        self.sheets = {label: self._sheet(SHEET_NAMES[label], PART_COLUMNS) for label in LABELS}

    def _sheet(self, title: str, columns: tuple[tuple[str, int], ...]):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        sheet = self.book.create_sheet(title)
        for k, (_, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(k)].width = width
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
        head = []
        for name, _ in columns:
            cell = WriteOnlyCell(sheet, name)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDDDDD")
            head.append(cell)
        sheet.append(head)
        return sheet

    @staticmethod
    def _string(sheet, value: str):
        """A cell that holds ``value`` as text: never a formula, whatever it starts with."""
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"  # openpyxl reads a leading "=" as a formula
        return cell

    def _wrapped(self, sheet, value: str, low: bool = False):
        cell = self._string(sheet, _text(value))
        cell.alignment = self._wrap
        if low:
            cell.fill = self._low_fill
        return cell

    def write(self, report) -> None:
        """Add one labeled report's paragraphs to the sheets of their labels."""
        self.counts.add(report)
        for p in (*report.paragraphs, *report.dropped):  # the dropped ones on the boilerplate sheet: nothing lost
            sheet = self.sheets[p.label]
            low = p.confidence < LOW_CONFIDENCE
            sheet.append(
                [
                    self._string(sheet, _name(report.path)),
                    p.index,
                    self._string(sheet, p.location or ""),
                    round(p.confidence, 3),
                    "yes" if p.mixed else "",
                    self._wrapped(sheet, p.text, low),
                ]
            )

    def fail(self, path: str, problem: str) -> None:
        """List a failed file in the summary sheet."""
        self.counts.fail(path, problem)

    def close(self) -> None:
        """Write the summary rows and save the workbook."""
        for f in self.counts.files:
            c = f.counts
            self.summary.append(
                [
                    self._string(self.summary, _name(f.path)),
                    f.source_format,
                    f.total if f.problem is None else "",
                    *(c[label] if f.problem is None else "" for label in LABELS),
                    f.low,
                    f.mixed,
                    self._string(self.summary, _name(f.problem or "")),
                ]
            )
        self.book.save(self.stream)
