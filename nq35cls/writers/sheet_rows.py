"""The body rows of an openpyxl workbook's sheets, serialized directly as SpreadsheetML.

openpyxl makes an object per cell, binds and checks its value, hashes its
style and writes it through lxml: about 30 µs a cell, 8 s for the 250,000
cells of a synthesis of 1,000 reports (30,000 paragraphs), three times the
labeling itself. The workbook here is still made by openpyxl (sheets, header
rows, column widths, frozen panes, filters, page setup, styles): only the
rows after each sheet's header are written by :class:`SheetRows`, as the
same XML openpyxl writes for them (inline strings, numbers, dates as serial
numbers, row heights, styles by their index in openpyxl's style table), and
:func:`save_with_rows` puts them into the sheets of the saved workbook, with
their hyperlinks (one relationship per distinct target instead of one per
cell).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import IO, Any

from ..safe_text import xml_text

__all__ = ["SheetRows", "save_with_rows"]

#: A cell: its value (str, int, float, a date, or None for a styled blank) and its style id in the workbook.
Cell = tuple[Any, int]

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HYPERLINK = _R_NS + "/hyperlink"
#: The elements a sheet's <hyperlinks> comes before (ECMA-376, CT_Worksheet), the first found is used.
_AFTER_HYPERLINKS = re.compile(
    r"<(?:printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|"
    r"ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|"
    r"tableParts|extLst)\b|</worksheet>"
)


def _escaped(text: str) -> str:
    """Text as XML character data: markup characters as entities, a carriage return kept (``&#13;``)."""
    text = xml_text(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _number(value: float) -> str:
    """A number as openpyxl writes it (``%.16g``)."""
    return f"{value:.16g}"


def column_letter(k: int) -> str:
    """The letter(s) of column ``k`` (from 1): A, ..., Z, AA, ..."""
    letters = ""
    while k > 0:
        k, rest = divmod(k - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class SheetRows:
    """The rows of one sheet after its header, as SpreadsheetML ``<row>`` elements, and their hyperlinks.

    Parameters
    ----------
    first_row : int, default=2
        The number of the first row appended (the header is row 1).
    epoch : datetime, default=datetime(1899, 12, 30)
        The workbook's date epoch (openpyxl's ``Workbook.epoch``): dates are
        written as serial numbers of days since it.

    Examples
    --------
    >>> rows = SheetRows()
    >>> rows.append([("a < b", 2), (3, 3), (None, 2)], height=32.0, links={3: "./x.txt"})
    >>> print(rows.xml().replace("><c ", ">\\n<c "))
    <row r="2" ht="32" customHeight="1">
    <c r="A2" s="2" t="inlineStr"><is><t>a &lt; b</t></is></c>
    <c r="B2" s="3" t="n"><v>3</v></c>
    <c r="C2" s="2"/></row>
    >>> rows.links, rows.targets
    ([('C2', 1)], ['./x.txt'])
    """

    def __init__(self, first_row: int = 2, *, epoch: datetime = datetime(1899, 12, 30)) -> None:
        self.next_row = first_row
        self.epoch = epoch
        self._parts: list[str] = []
        self._letters: list[str] = []
        # per column, the last cell written there and its XML after the reference: a cell repeated row after
        # row (the report's name, its file) is serialized once
        self._last: dict[int, tuple[Cell, str]] = {}
        #: The hyperlinks: (cell reference, number of the target from 1).
        self.links: list[tuple[str, int]] = []
        #: The distinct hyperlink targets, in order of first use.
        self.targets: list[str] = []
        self._target_no: dict[str, int] = {}

    def _letter(self, k: int) -> str:
        while len(self._letters) < k:
            self._letters.append(column_letter(len(self._letters) + 1))
        return self._letters[k - 1]

    def _cell(self, cell: Cell) -> str:
        """The XML of ``cell`` after its reference (``<c r="B2"`` comes before)."""
        value, style = cell
        if value is None or value == "":
            return f' s="{style}"/>'
        if isinstance(value, str):
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""  # as strip() sees
            return f' s="{style}" t="inlineStr"><is><t{space}>{_escaped(value)}</t></is></c>'
        if isinstance(value, (date, datetime)):
            return f' s="{style}" t="n"><v>{_number(self._serial(value))}</v></c>'
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return f' s="{style}" t="n"><v>{_number(value)}</v></c>'
        raise TypeError(f"a cell holds text, a number or a date, not {type(value).__name__}")

    def append(
        self, cells: Sequence[Cell | None], *, height: float | None = None, links: dict[int, str] | None = None
    ) -> None:
        """Add a row.

        Parameters
        ----------
        cells : sequence of (value, style id) or None
            The cells from column A: a str is written as an inline string
            (never read as a formula), an int or float as a number, a date as
            its serial number (its style gives the number format); a cell
            whose value is None or "" is a blank cell with its style; a None
            cell is left out.
        height : float, optional
            The row's height in points (a custom height); None leaves the default.
        links : dict of int to str, optional
            Hyperlink targets by column (from 1).
        """
        r = self.next_row
        self.next_row += 1
        out = [f'<row r="{r}" ht="{_number(height)}" customHeight="1">' if height is not None else f'<row r="{r}">']
        if len(self._letters) < len(cells):
            self._letter(len(cells))
        letters, last = self._letters, self._last
        for k, cell in enumerate(cells):
            if cell is None:
                continue
            known = last.get(k)
            if known is not None and known[0] is cell:
                xml = known[1]
            else:
                xml = self._cell(cell)
                last[k] = (cell, xml)
            out.append(f'<c r="{letters[k]}{r}"{xml}')
        out.append("</row>")
        self._parts.append("".join(out))
        for k, target in (links or {}).items():
            no = self._target_no.get(target)
            if no is None:
                self.targets.append(target)
                no = self._target_no[target] = len(self.targets)
            self.links.append((f"{self._letter(k)}{r}", no))

    def _serial(self, value: date | datetime) -> float:
        if not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        days = value - self.epoch
        return days.days + days.seconds / 86400 + days.microseconds / 86_400_000_000

    def xml(self) -> str:
        """The rows, as the content of ``<sheetData>`` after the header row."""
        return "".join(self._parts)

    def chunks(self, rows: int = 2000) -> Iterator[str]:
        """:meth:`xml` in pieces of ``rows`` rows."""
        for start in range(0, len(self._parts), rows):
            yield "".join(self._parts[start : start + rows])

    def hyperlinks_xml(self, prefix: str) -> str:
        """The ``<hyperlinks>`` element (empty when there are none); relationship ids are ``prefix`` + number."""
        if not self.links:
            return ""
        body = "".join(f'<hyperlink ref="{ref}" r:id="{prefix}{no}"/>' for ref, no in self.links)
        return f'<hyperlinks xmlns:r="{_R_NS}">{body}</hyperlinks>'

    def relationships_xml(self, prefix: str) -> str:
        """The ``<Relationship>`` elements of the hyperlink targets (external: files beside the workbook)."""
        return "".join(
            f'<Relationship Type="{_HYPERLINK}" Target="{_attribute(t)}" TargetMode="External" Id="{prefix}{no}"/>'
            for no, t in enumerate(self.targets, start=1)
        )


def _attribute(text: str) -> str:
    return _escaped(text).replace('"', "&quot;")


def _sheet_parts(sheet: str, rows: SheetRows, prefix: str) -> tuple[str, str]:
    """``sheet`` (openpyxl's XML of a sheet, its header row only) cut where ``rows`` go, their hyperlinks put in
    the second piece."""
    if "</sheetData>" in sheet:
        head, _, tail = sheet.partition("</sheetData>")
    elif "<sheetData/>" in sheet:
        head, _, tail = sheet.partition("<sheetData/>")
        head += "<sheetData>"
    else:
        raise ValueError("the sheet has no <sheetData> to put rows in")
    tail = "</sheetData>" + tail
    links = rows.hyperlinks_xml(prefix)
    if links:
        if "<hyperlinks" in tail:
            raise ValueError("the sheet already has hyperlinks")
        at = _AFTER_HYPERLINKS.search(tail)
        assert at is not None  # </worksheet> at least
        tail = tail[: at.start()] + links + tail[at.start() :]
    return head, tail


def _rels_path(sheet_path: str) -> str:
    folder, _, name = sheet_path.rpartition("/")
    return f"{folder}/_rels/{name}.rels"


def save_with_rows(book: Any, stream: IO[bytes], rows: dict[Any, SheetRows], *, compresslevel: int = 4) -> None:
    """Save the openpyxl workbook ``book`` into ``stream`` with the rows of ``rows`` in their sheets.

    Parameters
    ----------
    book : openpyxl.Workbook
        The workbook, its sheets holding their header rows.
    stream : binary file
        Where the .xlsx is written.
    rows : dict of worksheet to SheetRows
        The rows to put after each sheet's header.
    compresslevel : int, default=4
        The deflate level of the zip parts (6, zlib's default, takes twice as long for 8% less).
    """
    buffer = io.BytesIO()
    book.save(buffer)
    by_path = {sheet.path.lstrip("/"): sheet_rows for sheet, sheet_rows in rows.items()}
    by_rels = {_rels_path(path): sheet_rows for path, sheet_rows in by_path.items()}
    prefix = "nq35link"  # relationship ids of our own: never one of openpyxl's "rId<n>"
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as target,
    ):
        names = source.namelist()
        for name in names:
            data = source.read(name)
            if name in by_path:
                head, tail = _sheet_parts(data.decode("utf-8"), by_path[name], prefix)
                with target.open(name, "w") as part:
                    part.write(head.encode("utf-8"))
                    for chunk in by_path[name].chunks():
                        part.write(chunk.encode("utf-8"))
                    part.write(tail.encode("utf-8"))
                continue
            if name in by_rels:
                extra = by_rels[name].relationships_xml(prefix)
                data = data.decode("utf-8").replace("</Relationships>", extra + "</Relationships>", 1).encode("utf-8")
            target.writestr(name, data)
        for path, sheet_rows in by_path.items():
            if sheet_rows.targets and _rels_path(path) not in names:
                xml = f'<Relationships xmlns="{_RELS_NS}">{sheet_rows.relationships_xml(prefix)}</Relationships>'
                target.writestr(_rels_path(path), xml.encode("utf-8"))
