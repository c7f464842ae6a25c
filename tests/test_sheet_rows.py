"""Rows serialized by nq35cls.writers.sheet_rows, put into an openpyxl workbook and read back by openpyxl."""

import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, PatternFill

from nq35cls.writers.sheet_rows import SheetRows, column_letter, save_with_rows


def _book():
    book = openpyxl.Workbook(write_only=True)
    sheets = [book.create_sheet(title) for title in ("Một", "Hai", "Ba")]
    for sheet in sheets:
        sheet.append(["Tiêu đề", "Số"])
    sheets[0].page_margins.left = 0.4  # elements after the rows: the hyperlinks go before them
    styles = {}
    for kind in ("wrap", "date", "shaded"):
        cell = WriteOnlyCell(sheets[0])
        cell.alignment = Alignment(wrap_text=True, vertical="top") if kind != "date" else Alignment(vertical="top")
        if kind == "date":
            cell.number_format = "DD/MM/YYYY"
        if kind == "shaded":
            cell.fill = PatternFill("solid", fgColor="FFF3C4")
        styles[kind] = cell.style_id
    return book, sheets, styles


def test_rows_read_back_with_their_values_styles_heights_and_links(tmp_path):
    book, (one, two, three), style = _book()
    texts = ["=1+1", "  lề hai bên  ", 'Lúa & ngô <vụ mùa> "ổn định"', "dòng một\r\ndòng hai", "-5 hộ", "@x"]
    rows = {one: SheetRows(epoch=book.epoch), two: SheetRows(epoch=book.epoch), three: SheetRows(epoch=book.epoch)}
    for k, text in enumerate(texts):
        rows[one].append(
            [(text, style["wrap"]), (k, style["wrap"]), (date(2025, 7, 9), style["date"]), ("", style["shaded"])],
            height=15.0 * (k + 1) + 2,
            links={1: "./bao cao/tệp & 1.txt" if k % 2 else "../khac.txt"},
        )
    rows[two].append([(0.125, style["wrap"]), None, (datetime(2024, 1, 31, 12), style["date"])])
    out = tmp_path / "book.xlsx"
    with open(out, "wb") as fh:
        save_with_rows(book, fh, rows)

    back = openpyxl.load_workbook(out)
    sheet = back["Một"]
    body = list(sheet.iter_rows(min_row=2))
    assert [r[0].value for r in body] == texts  # text stays text: never a formula, spaces and line breaks kept
    assert all(r[0].data_type == "s" for r in body)
    assert [r[1].value for r in body] == list(range(len(texts)))
    assert all(r[2].value == datetime(2025, 7, 9) and r[2].number_format == "DD/MM/YYYY" for r in body)
    assert all(r[0].alignment.wrap_text and r[0].alignment.vertical == "top" for r in body)
    assert all(r[3].value is None and r[3].fill.fgColor.rgb == "00FFF3C4" for r in body)  # a styled blank
    assert [sheet.row_dimensions[r[0].row].height for r in body] == [15.0 * (k + 1) + 2 for k in range(len(texts))]
    assert [r[0].hyperlink.target for r in body] == ["../khac.txt", "./bao cao/tệp & 1.txt"] * 3
    assert sheet.page_margins.left == 0.4 and sheet["A1"].value == "Tiêu đề"
    second = list(back["Hai"].iter_rows(min_row=2, values_only=True))
    assert second == [(0.125, None, datetime(2024, 1, 31, 12))]
    assert [list(r) for r in back["Ba"].iter_rows(values_only=True)] == [["Tiêu đề", "Số"]]
    with zipfile.ZipFile(out) as z:
        rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode("utf-8")
    assert rels.count("<Relationship ") == 2  # one relationship per distinct target, not per cell


def test_a_row_continues_the_numbering_and_rejects_other_values():
    rows = SheetRows(first_row=5)
    rows.append([("a", 1)])
    rows.append([None, ("b", 1)], height=20.5)
    assert rows.xml() == (
        '<row r="5"><c r="A5" s="1" t="inlineStr"><is><t>a</t></is></c></row>'
        '<row r="6" ht="20.5" customHeight="1"><c r="B6" s="1" t="inlineStr"><is><t>b</t></is></c></row>'
    )
    with pytest.raises(TypeError, match="not bool"):
        rows.append([(True, 1)])
    assert [column_letter(k) for k in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]
