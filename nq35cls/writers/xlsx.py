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
metadata and counts, and why a file failed (in Vietnamese). openpyxl sets
the workbook up (write-only mode); the rows are serialized as they come by
:mod:`nq35cls.writers.sheet_rows`, never held as cell objects.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import Any, BinaryIO

from ..i18n import translate
from ..labels import LABELS
from ..safe_text import printable
from .sheet_rows import SheetRows, save_with_rows
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
    """A cell's text, cut to what Excel keeps (:class:`~nq35cls.writers.sheet_rows.SheetRows` makes it XML-safe)."""
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
    if "\n" not in text:
        return max(-(-len(text) // per_line), 1)
    return sum(max(-(-len(line) // per_line), 1) for line in text.split("\n"))


def row_height(values: dict[int, str], widths: Sequence[int]) -> float:
    """The height (points) a row needs for its wrapped cells: ``values`` by column position from 1."""
    lines = 1
    for k, v in values.items():
        if v:
            lines = max(lines, line_count(v, widths[k - 1]))
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

    openpyxl sets the workbook up (sheets, header rows, column widths,
    panes, filters, page setup, the cell styles); the rows below each header
    are serialized by :class:`~nq35cls.writers.sheet_rows.SheetRows` as they
    come (openpyxl's cell objects took three times the labeling time on
    30,000 paragraphs) and put into the sheets when the workbook is saved.

    Parameters
    ----------
    stream : binary file
        Where the workbook is saved.
    header
        The common writer signature; unused.
    out_dir : str, optional
        The workbook's folder: links to the source files are relative to it.
    executor : object with ``submit(function, *args)``, optional
        Worker processes for the themes (see :class:`~nq35cls.writers.synthesis.Synthesis`).
    """

    def __init__(
        self, stream: BinaryIO, *, header: bool = True, out_dir: str | None = None, executor: Any = None
    ) -> None:
        from openpyxl import Workbook

        self.stream = stream
        self.out_dir = out_dir
        self.counts = Synthesis(executor=executor)  # the paragraphs are kept for the themes
        self.book = Workbook(write_only=True)
        self.summary = self._sheet("Tổng hợp (files)", SUMMARY_COLUMNS, len(SUMMARY_COLUMNS))
        self.themes = self._sheet("Chủ đề (themes)", THEME_COLUMNS, len(THEME_COLUMNS))
        self.figures = self._sheet("Số liệu (figures)", FIGURE_COLUMNS, 2)
        self.sheets = {label: self._sheet(SHEET_NAMES[label], PART_COLUMNS, PART_PRINT_COLUMNS) for label in LABELS}
        self.rows = {
            sheet: SheetRows(epoch=self.book.epoch)
            for sheet in (self.summary, self.themes, self.figures, *self.sheets.values())
        }
        self.style = self._styles()
        self._links: dict[str, str | None] = {}  # file_link of each path, computed once

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

    def _styles(self) -> dict[str, int]:
        """The workbook's style id of each kind of body cell: "wrap" (wrapped text), "low" (wrapped, shaded: a
        low-confidence paragraph), "top" (a number or short text), "link" (a file path linked to the file),
        "date" (a date, DD/MM/YYYY); each registered in openpyxl's style table through a cell."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
        ids = {}
        for kind in ("wrap", "low", "top", "link", "date"):
            cell = WriteOnlyCell(self.summary)
            cell.alignment = top if kind in ("top", "date") else wrap
            if kind == "low":
                cell.fill = PatternFill("solid", fgColor="FFF3C4")
            elif kind == "link":
                cell.font = Font(color="0563C1", underline="single")
            elif kind == "date":
                cell.number_format = "DD/MM/YYYY"
            ids[kind] = cell.style_id
        return ids

    def _wrapped(self, value: str, low: bool = False) -> tuple[str, int]:
        return _text(value), self.style["low" if low else "wrap"]

    def _top(self, value) -> tuple[object, int]:
        """A number (or short text) cell aligned with the top of its row, as the wrapped text is."""
        return value, self.style["top"]

    def _file_cell(self, f: FileRow, links: dict[int, str], column: int) -> tuple[str, int]:
        """The file's path, a link to it (the report's name stays plain text: LibreOffice does not wrap links)."""
        if f.path not in self._links:
            self._links[f.path] = file_link(f.path, self.out_dir)
        link = self._links[f.path]
        if link is None:
            return self._wrapped(_name(f.path))
        links[column] = link
        return _name(f.path), self.style["link"]

    def _append(self, sheet, cells: list, wrapped: dict[int, str], widths: Sequence[int], links=None) -> None:
        self.rows[sheet].append(cells, height=row_height(wrapped, widths), links=links)

    def write(self, report) -> None:
        """Add one labeled report's paragraphs to the sheets of their labels."""
        f = self.counts.add(report)
        name, path = report_name(f), _name(report.path)
        widths = [w for _, w in PART_COLUMNS]
        links: dict[int, str] = {}
        file_cell = self._file_cell(f, links, 8)
        wrapped_name, blank = self._wrapped(name), self._wrapped("")
        for p in (*report.paragraphs, *report.dropped):  # the dropped ones on the boilerplate sheet: nothing lost
            location = p.location or ""
            self._append(
                self.sheets[p.label],
                [
                    wrapped_name,
                    self._wrapped(p.text, p.confidence < LOW_CONFIDENCE),
                    blank,
                    self._top(p.index),
                    self._wrapped(location),
                    self._top(round(p.confidence, 3)),
                    self._top("có" if p.mixed else ""),
                    file_cell,
                ],
                {1: name, 2: p.text, 5: location, 8: path},
                widths,
                links,
            )

    def fail(self, path: str, problem: str) -> None:
        """List a failed file in the summary sheet."""
        self.counts.fail(path, problem)

    def close(self) -> None:
        """Write the summary rows and save the workbook."""
        widths = [w for _, w in SUMMARY_COLUMNS]
        for f in self.counts.files:
            c, m, ok = f.counts, f.metadata, f.problem is None
            issued = date.fromisoformat(m.date) if m is not None and m.date else None
            body = (m.issuing_body or "") if m is not None else ""
            subject = (m.subject or "") if m is not None else ""
            problem = translate(f.problem, "vi") if f.problem else ""
            links: dict[int, str] = {}
            self._append(
                self.summary,
                [
                    self._wrapped(report_name(f)),
                    self._wrapped(body),
                    self._top(_text(m.number or "") if m is not None else ""),
                    (issued, self.style["date"]),
                    self._top((m.doc_type or "") if m is not None else ""),
                    self._wrapped(subject),
                    self._top((m.period or "") if m is not None else ""),
                    self._top(f.total if ok else ""),
                    *(self._top(c[label] if ok else "") for label in LABELS),
                    self._top(f.low),
                    self._top(f.mixed),
                    self._wrapped(_name(problem)),
                    self._wrapped(""),
                    self._file_cell(f, links, 18),
                    self._top(f.source_format),
                ],
                {1: report_name(f), 2: body, 6: subject, 16: problem, 18: _name(f.path)},
                widths,
                links,
            )
        self._write_themes()
        self._write_figures()
        save_with_rows(self.book, self.stream, self.rows)

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
                        self._top(name),
                        self._top(k),
                        self._wrapped(title),
                        self._top(f"{t.n_reports}/{m}"),
                        self._wrapped(t.representative.text),
                        self._wrapped(figures),
                        self._wrapped(sources),
                        self._wrapped(""),
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
                links: dict[int, str] = {}
                self._append(
                    sheet,
                    [self._wrapped(report_name(f)), self._wrapped(text), self._file_cell(f, links, 3)],
                    {1: report_name(f), 2: text, 3: _name(f.path)},
                    widths,
                    links,
                )
