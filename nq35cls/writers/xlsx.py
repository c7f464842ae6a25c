"""Excel workbook (``.xlsx``, with openpyxl): a sheet of the reports, then one sheet per part.

Headers are Vietnamese. Each part's sheet lists its paragraphs: the report
(named by its header: issuing body, number, date, see
:mod:`nq35cls.metadata`), the paragraph's text beside it, an empty "Ghi chú"
column for the analyst's notes, then the paragraph number, location,
confidence, whether it is mixed, and the file path (a link to the source
file, relative to the workbook's folder where possible). Text is wrapped and
each row is as tall as its text needs; the header row is frozen, filterable
and repeated on every printed page; pages are A4 landscape, fitted to the page
width. The summary sheet gives each report's
metadata and counts, and why a file failed (in Vietnamese). The workbook is
written in openpyxl's write-only mode, so rows stream to disk instead of
being held as cell objects.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from ..i18n import translate
from ..labels import LABELS
from ..safe_text import printable, xml_text
from .synthesis import LOW_CONFIDENCE, PARTS, FileRow, Synthesis

#: Longest text Excel keeps in a cell.
MAX_CELL = 32_767
#: Height of one line of wrapped 11-point text, in points; Excel's tallest row.
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0

SUMMARY_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Báo cáo", 34),
    ("Cơ quan ban hành", 30),
    ("Số, ký hiệu", 16),
    ("Ngày", 11),
    ("Loại văn bản", 13),
    ("Trích yếu", 48),
    ("Kỳ báo cáo", 18),
    ("Số đoạn", 8),
    ("Kết quả", 8),
    ("Hạn chế", 8),
    ("Giải pháp", 9),
    ("Khác", 7),
    ("Bỏ qua (khung web)", 10),
    ("Cần xem lại", 9),
    ("Pha trộn", 8),
    ("Lỗi", 40),
    ("Ghi chú", 30),
    ("Tệp", 36),
    ("Định dạng", 10),
)
PART_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Báo cáo", 28),
    ("Nội dung đoạn", 80),
    ("Ghi chú", 28),
    ("Đoạn số", 7),
    ("Vị trí", 13),
    ("Độ tin cậy", 9),
    ("Pha trộn", 8),
    ("Tệp", 30),
)
#: Part sheets print their columns up to this one (the file path stays on screen).
PART_PRINT_COLUMNS = 7
THEME_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Phần", 14),
    ("STT", 5),
    ("Chủ đề", 28),
    ("Số báo cáo nêu", 10),
    ("Nội dung tiêu biểu", 70),
    ("Số liệu", 30),
    ("Nguồn (báo cáo §đoạn)", 30),
    ("Ghi chú", 28),
)
FIGURE_COLUMNS: tuple[tuple[str, int], ...] = (("Báo cáo", 40), ("Số liệu nêu trong phần kết quả", 90), ("Tệp", 36))


def _text(value: str) -> str:
    value = xml_text(value)
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


def _name(path: str) -> str:
    """A file name as shown in a cell: control characters and undecodable bytes escaped."""
    return _text(printable(path))


def report_name(f: FileRow) -> str:
    """A report as the workbook names it: by its header where found, else by its file path."""
    return _text(f.name) if f.name else _name(f.path)


def line_count(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide (an estimate)."""
    per_line = max(int(width * 1.1) - 1, 1)  # Excel's width unit is one digit; letters average a little narrower
    return sum(max(math.ceil(len(line) / per_line), 1) for line in text.split("\n"))


def row_height(values: dict[int, str], widths: Sequence[int]) -> float:
    """The height (points) a row needs for its wrapped cells: ``values`` by column position from 1."""
    lines = max((line_count(v, widths[k - 1]) for k, v in values.items() if v), default=1)
    return min(LINE_HEIGHT * lines + 2, MAX_ROW_HEIGHT)


def file_link(path: str, out_dir: str | None) -> str | None:
    """The hyperlink target of a source file: relative to the workbook's folder where possible.

    None for a name that a link cannot carry (control characters, bytes that are not UTF-8).
    """
    if printable(path) != path:
        return None
    try:
        target = os.path.relpath(path, out_dir) if out_dir else os.path.abspath(path)
    except ValueError:  # another drive on Windows
        target = os.path.abspath(path)
    target = target.replace(os.sep, "/")
    if os.path.isabs(target):
        return "file:///" + target.lstrip("/")
    return target if target.startswith(("./", "../")) else "./" + target


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
    header
        The common writer signature; unused.
    out_dir : str, optional
        The workbook's folder: links to the source files are relative to it.
    """

    def __init__(self, stream: BinaryIO, *, header: bool = True, out_dir: str | None = None) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill

        self.stream = stream
        self.out_dir = out_dir
        # styles made once, shared by every cell
        self._wrap = Alignment(wrap_text=True, vertical="top")
        self._top_align = Alignment(vertical="top")
        self._low_fill = PatternFill("solid", fgColor="FFF3C4")
        self._link_font = Font(color="0563C1", underline="single")
        self._style_arrays: dict[str, object] = {}  # see _styled
        self.counts = Synthesis()  # the paragraphs are kept for the themes
        self.book = Workbook(write_only=True)
        self.summary = self._sheet("Tổng hợp (files)", SUMMARY_COLUMNS, len(SUMMARY_COLUMNS))
        self.themes = self._sheet("Chủ đề (themes)", THEME_COLUMNS, len(THEME_COLUMNS))
        self.figures = self._sheet("Số liệu (figures)", FIGURE_COLUMNS, 2)
        self.sheets = {label: self._sheet(SHEET_NAMES[label], PART_COLUMNS, PART_PRINT_COLUMNS) for label in LABELS}
        self._rows = {id(sheet): 1 for sheet in (self.summary, self.themes, self.figures, *self.sheets.values())}

    def _sheet(self, title: str, columns: tuple[tuple[str, int], ...], printed: int):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        sheet = self.book.create_sheet(title)
        for k, (_, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(k)].width = width
        sheet.freeze_panes = "B2"  # the header row and the report column stay in view
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
        # printing: A4 landscape, as wide as the page, the header row on every page
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = "9"  # A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        sheet.print_area = f"A1:{get_column_letter(printed)}1048576"
        sheet.page_margins.left = sheet.page_margins.right = 0.4
        head = []
        for name, _ in columns:
            cell = WriteOnlyCell(sheet, name)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDDDDD")
            cell.alignment = Alignment(wrap_text=True, vertical="center")
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

    def _styled(self, cell, kind: str):
        """Give ``cell`` the style ``kind`` ("wrap", "low", "top", "link") and return it.

        The first cell of a kind is styled through openpyxl's style attributes;
        the others get a copy of its style array (the indices of the same font,
        fill and alignment in the workbook): setting an attribute hashes the
        style object again, for every cell, which took most of the time of a
        workbook of 30,000 paragraphs.
        """
        from copy import copy

        known = self._style_arrays.get(kind)
        if known is not None:
            cell._style = copy(known)
            return cell
        if kind == "link":
            cell.font = self._link_font
        cell.alignment = self._top_align if kind == "top" else self._wrap
        if kind == "low":
            cell.fill = self._low_fill
        self._style_arrays[kind] = copy(cell._style)
        return cell

    def _wrapped(self, sheet, value: str, low: bool = False):
        return self._styled(self._string(sheet, _text(value)), "low" if low else "wrap")

    def _file_cell(self, sheet, f: FileRow):
        """The file's path, a link to it (the report's name stays plain text: LibreOffice does not wrap links)."""
        cell = self._string(sheet, _name(f.path))
        link = file_link(f.path, self.out_dir)
        if link is None:
            return self._styled(cell, "wrap")
        cell.hyperlink = link  # sets the cell's style ("Hyperlink"): font and alignment come after
        return self._styled(cell, "link")

    def _top(self, sheet, value):
        """A number (or short text) cell aligned with the top of its row, as the wrapped text is."""
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value)
        if isinstance(value, str):
            cell.data_type = "s"
        return self._styled(cell, "top")

    def _append(self, sheet, cells: list, wrapped: dict[int, str], widths: Sequence[int]) -> None:
        self._rows[id(sheet)] += 1
        sheet.row_dimensions[self._rows[id(sheet)]].height = row_height(wrapped, widths)
        sheet.append(cells)

    def write(self, report) -> None:
        """Add one labeled report's paragraphs to the sheets of their labels."""
        f = self.counts.add(report)
        name, path = report_name(f), _name(report.path)
        widths = [w for _, w in PART_COLUMNS]
        for p in (*report.paragraphs, *report.dropped):  # the dropped ones on the boilerplate sheet: nothing lost
            sheet = self.sheets[p.label]
            low = p.confidence < LOW_CONFIDENCE
            location = p.location or ""
            self._append(
                sheet,
                [
                    self._wrapped(sheet, name),
                    self._wrapped(sheet, p.text, low),
                    self._wrapped(sheet, ""),
                    self._top(sheet, p.index),
                    self._wrapped(sheet, location),
                    self._top(sheet, round(p.confidence, 3)),
                    self._top(sheet, "có" if p.mixed else ""),
                    self._file_cell(sheet, f),
                ],
                {1: name, 2: p.text, 5: location, 8: path},
                widths,
            )

    def fail(self, path: str, problem: str) -> None:
        """List a failed file in the summary sheet."""
        self.counts.fail(path, problem)

    def close(self) -> None:
        """Write the summary rows and save the workbook."""
        from openpyxl.cell import WriteOnlyCell

        widths = [w for _, w in SUMMARY_COLUMNS]
        sheet = self.summary
        for f in self.counts.files:
            c, m, ok = f.counts, f.metadata, f.problem is None
            issued = WriteOnlyCell(sheet, date.fromisoformat(m.date) if m is not None and m.date else None)
            issued.number_format = "DD/MM/YYYY"
            issued.alignment = self._top_align
            body = (m.issuing_body or "") if m is not None else ""
            subject = (m.subject or "") if m is not None else ""
            problem = translate(f.problem, "vi") if f.problem else ""
            self._append(
                sheet,
                [
                    self._wrapped(sheet, report_name(f)),
                    self._wrapped(sheet, body),
                    self._top(sheet, _text(m.number or "") if m is not None else ""),
                    issued,
                    self._top(sheet, (m.doc_type or "") if m is not None else ""),
                    self._wrapped(sheet, subject),
                    self._top(sheet, (m.period or "") if m is not None else ""),
                    self._top(sheet, f.total if ok else ""),
                    *(self._top(sheet, c[label] if ok else "") for label in LABELS),
                    self._top(sheet, f.low),
                    self._top(sheet, f.mixed),
                    self._wrapped(sheet, _name(problem)),
                    self._wrapped(sheet, ""),
                    self._file_cell(sheet, f),
                    self._top(sheet, f.source_format),
                ],
                {1: report_name(f), 2: body, 6: subject, 16: problem, 18: _name(f.path)},
                widths,
            )
        self._write_themes()
        self._write_figures()
        self.book.save(self.stream)

    def _write_themes(self) -> None:
        """One row per theme of each part (shared ones first, then the points one report raises)."""
        sheet, widths = self.themes, [w for _, w in THEME_COLUMNS]
        m = len(self.counts.labeled)
        for label, name in PARTS:
            for k, t in enumerate(self.counts.themes(label), start=1):
                title = t.title[:1].upper() + t.title[1:] if not t.singleton else "(Ý kiến khác)"
                sources = ", ".join(i.cite() for i in t.items)
                figures = "; ".join(t.figures)
                self._append(
                    sheet,
                    [
                        self._top(sheet, name),
                        self._top(sheet, k),
                        self._wrapped(sheet, title),
                        self._top(sheet, f"{t.n_reports}/{m}"),
                        self._wrapped(sheet, t.representative.text),
                        self._wrapped(sheet, figures),
                        self._wrapped(sheet, sources),
                        self._wrapped(sheet, ""),
                    ],
                    {3: title, 5: t.representative.text, 6: figures, 7: sources},
                    widths,
                )

    def _write_figures(self) -> None:
        """The figures of each report's results, one row per report."""
        sheet, widths = self.figures, [w for _, w in FIGURE_COLUMNS]
        for no, found in self.counts.figures_by_file().items():
            if found:
                f = self.counts.files[no - 1]
                text = "; ".join(found)
                self._append(
                    sheet,
                    [self._wrapped(sheet, report_name(f)), self._wrapped(sheet, text), self._file_cell(sheet, f)],
                    {1: report_name(f), 2: text, 3: _name(f.path)},
                    widths,
                )
