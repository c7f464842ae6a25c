"""The review file: the paragraphs the model is least sure of, for a person to correct.

A CSV (UTF-8 with BOM) or, when its name ends in ``.xlsx``, an Excel workbook,
with the columns of :data:`REVIEW_FIELDS`; the person fills in
``correct_label`` and gives the file back to ``train.py --add``
(:func:`nq35cls.review.read_review` reads both). CSV text cells are written so
that a spreadsheet never runs them as formulas
(:func:`~nq35cls.safe_text.spreadsheet_text`), reading the file back undoes
that; workbook cells are typed as text, and ``correct_label`` offers the
labels in a drop-down list.
"""

from __future__ import annotations

import csv
import heapq
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..labels import LABELS
from ..output_file import open_new
from ..safe_text import printable, spreadsheet_text, xml_text

if TYPE_CHECKING:  # the writers need no labeling machinery to be imported
    from ..labeling import LabeledReport


#: The review file's columns: the paragraph, the model's label, the column to fill in, then the
#: paragraph's neighbours with the model's labels (stored with it as context when it is added back).
REVIEW_FIELDS: tuple[str, ...] = (
    "file",
    "index",
    "label",
    "confidence",
    "margin",
    "text",
    "correct_label",
    "previous",
    "previous_label",
    "next",
    "next_label",
)
#: Column widths of the workbook form, in characters.
_WIDTHS: dict[str, int] = {"file": 30, "index": 7, "label": 12, "confidence": 11, "margin": 9, "text": 90}
_WIDTHS.update(correct_label=15, previous=45, previous_label=12, next=45, next_label=12)


class ReviewCollector:
    """Keep the ``size`` paragraphs with the lowest margin over a whole batch.

    Memory stays bounded by ``size`` whatever the number of files.

    Parameters
    ----------
    size : int
        How many paragraphs to keep.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._heap: list[tuple[float, int, dict]] = []
        self._seen = 0

    def add(self, report: LabeledReport) -> None:
        """Consider every paragraph of a labeled report."""
        ordered = sorted((*report.paragraphs, *report.dropped), key=lambda q: q.index)
        position = {q.index: k for k, q in enumerate(ordered)}
        for p in report.paragraphs:
            self._seen += 1
            k = position[p.index]
            before = ordered[k - 1] if k > 0 else None
            after = ordered[k + 1] if k + 1 < len(ordered) else None
            row = {
                "file": report.path,
                "index": p.index,
                "label": p.label,
                "confidence": round(p.confidence, 4),
                "margin": round(p.margin, 4),
                "text": p.text,
                "correct_label": "",
                "previous": before.text if before else "",
                "previous_label": before.label if before else "",
                "next": after.text if after else "",
                "next_label": after.label if after else "",
            }
            item = (-p.margin, -self._seen, row)
            if len(self._heap) < self.size:
                heapq.heappush(self._heap, item)
            elif item > self._heap[0]:
                heapq.heapreplace(self._heap, item)

    def rows(self) -> list[dict]:
        """The kept paragraphs, least sure first."""
        return [row for _, _, row in sorted(self._heap, key=lambda t: (-t[0], -t[1]))]

    def write(self, path: str | os.PathLike) -> None:
        """Write the review file, as a workbook if ``path`` ends in ``.xlsx`` and as CSV otherwise
        (atomically: a temporary file renamed into place)."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}.tmp")
        if path.suffix.lower() == ".xlsx":
            with open_new(tmp, "wb") as fh:
                self._write_xlsx(fh)
        else:
            with open_new(tmp, "w") as fh:
                self._write_csv(fh)
        os.replace(tmp, path)

    def _write_csv(self, fh) -> None:
        fh.write("\ufeff")  # UTF-8 with BOM, as Excel wants
        writer = csv.DictWriter(fh, fieldnames=list(REVIEW_FIELDS), lineterminator="\r\n")
        writer.writeheader()
        for row in self.rows():
            writer.writerow(
                {
                    **row,
                    "file": spreadsheet_text(printable(row["file"])),
                    "text": spreadsheet_text(row["text"]),
                    "previous": spreadsheet_text(row["previous"]),
                    "next": spreadsheet_text(row["next"]),
                }
            )

    def _write_xlsx(self, fh) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        book = Workbook()
        sheet = book.active
        sheet.title = "review"
        sheet.append(list(REVIEW_FIELDS))
        for k, name in enumerate(REVIEW_FIELDS, start=1):
            sheet.column_dimensions[get_column_letter(k)].width = _WIDTHS[name]
            sheet.cell(row=1, column=k).font = Font(bold=True)
        wrap, fill = Alignment(wrap_text=True, vertical="top"), PatternFill("solid", fgColor="FFF3C4")
        answer_col = REVIEW_FIELDS.index("correct_label") + 1
        for r, row in enumerate(self.rows(), start=2):
            values = {
                **row,
                "file": printable(row["file"]),
                **{name: xml_text(row[name]) for name in ("text", "previous", "next")},
            }
            for k, name in enumerate(REVIEW_FIELDS, start=1):
                cell = sheet.cell(row=r, column=k, value=values[name])
                if isinstance(values[name], str):
                    cell.data_type = "s"  # text, never a formula, whatever it starts with
            for name in ("text", "previous", "next"):
                sheet.cell(row=r, column=REVIEW_FIELDS.index(name) + 1).alignment = wrap
            sheet.cell(row=r, column=answer_col).fill = fill
        last = max(sheet.max_row, 2)
        choice = DataValidation(type="list", formula1='"' + ",".join(LABELS) + '"', allow_blank=True)
        choice.error, choice.errorTitle = "Chọn một nhãn: " + ", ".join(LABELS), "Nhãn không hợp lệ"
        choice.add(f"{get_column_letter(answer_col)}2:{get_column_letter(answer_col)}{last}")
        sheet.add_data_validation(choice)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(REVIEW_FIELDS))}{last}"
        book.save(fh)
