"""Hostile and broken inputs in one batch: one clear line each, the rest labeled.

This is the table of the closing note of issue 7; run `pytest tests/test_bad_inputs.py -v`.
"""

import io
import json
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from hostile_files import docx_bytes as _docx

from nq35cls.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _zip(members: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buf.getvalue()


GOOD = "Kết quả đạt được\nĐã tổ chức 12 hội nghị quán triệt.\nThời gian tới cần tiếp tục đổi mới.\n"

# name -> (bytes to write, expected problem on stderr); None = labeled normally
CASES = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\t\r\n \x1c", "file holds only whitespace"),
    "binary.txt": (bytes(range(256)) * 40, "binary file, not a text report"),
    "zip_renamed.txt": (b"PK\x03\x04" + b"\x00" * 200, "damaged ZIP file"),
    "pdf_renamed.txt": (b"%PDF-1.4\n" + b"\x00" * 200, "damaged PDF file"),
    "word97.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, "Word 97 (.doc)"),
    "truncated.docx": (_docx(GOOD)[:1500], "damaged .docx file"),
    "bomb.docx": (_zip({"word/document.xml": b"\0" * (40 * 1024 * 1024)}), "like a zip bomb"),
    "report.odt": (
        _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
        "save it as .docx",
    ),
    "locked.pdf": ((FIXTURES / "locked.pdf").read_bytes(), "password-protected PDF"),
    "scan.pdf": ((FIXTURES / "scan.pdf").read_bytes(), "no text layer"),
    # a web service's answer saved under a report's name (found so among real repository files)
    "answer.pdf": (b'{"message": "Success", "data": {"url": "file:///uploads/doc_3.pdf"}}', "JSON data"),
    "bracketed.txt": (("[Dự thảo]\n" + GOOD).encode("utf-8"), None),  # a report that opens with a bracket
    "good.docx": (_docx(GOOD), None),
    "good.pdf": ((FIXTURES / "report.pdf").read_bytes(), None),
    "bad_utf16.txt": (b"\xff\xfe" + "Kết quả".encode("utf-16-le") + b"\x00\xd8", "invalid UTF-16"),
    "not_text.txt": (bytes([0x81, 0x8A, 0x8D, 0x8E, 0x90, 0x9A, 0x9D, 0x9E]) * 64, "not valid UTF-8"),
    "control_chars.txt": (("Kết quả\x07 tốt.\x01\n" + GOOD).encode("utf-8"), None),
    "mixed_nfc_nfd.txt": ((unicodedata.normalize("NFD", GOOD) + GOOD).encode("utf-8"), None),
    "long_paragraph.txt": (("Đã triển khai tốt " * 60_000).encode("utf-8"), None),
}


@pytest.fixture()
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    big = folder / "huge.txt"
    with open(big, "wb") as fh:  # a 60 MB file (sparse), over the default limit
        fh.truncate(60 * 1024 * 1024)
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    return folder


def test_every_bad_input_gets_one_line_and_the_rest_is_labeled(batch, small_model_file, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code = main(["label", str(batch), "--model", str(small_model_file), "-o", str(out), "-q", "--keep-boilerplate"])
    _, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    expected = {name: problem for name, (_, problem) in CASES.items() if problem}
    expected["huge.txt"] = "over the limit of 52,428,800 (raise it with --max-bytes)"
    expected["dangling.txt"] = "no such file (or a broken link)"
    assert len(lines) == len(expected)
    for name, problem in expected.items():
        matching = [line for line in lines if f"{batch / name}: " in line]
        assert len(matching) == 1, name
        assert problem in matching[0], (name, matching[0])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    labeled = {r["file"].rsplit("/", 1)[-1] for r in records}
    assert labeled == {
        "good.txt",
        "good.docx",
        "good.pdf",
        "control_chars.txt",
        "mixed_nfc_nfd.txt",
        "bracketed.txt",
        "long_paragraph.txt",
    }
    good = [r for r in records if r["file"].endswith("good.txt")]
    assert [r["index"] for r in good] == [0, 1, 2]


def _damaged_docx_files(folder: Path) -> None:
    """Two .docx files python-docx fails on in its own words: one cut short, one whose parts are not Word's."""
    (folder / "cut.docx").write_bytes(_docx(GOOD)[:1500])
    body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/>'
    (folder / "parts.docx").write_bytes(_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": body}))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_damaged_file_is_told_in_the_users_words_without_the_librarys(tmp_path, small_model_file, capsys, lang):
    _damaged_docx_files(tmp_path)
    assert main(["label", str(tmp_path), "--model", str(small_model_file), "-q", "--lang", lang]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    said = {
        "vi": ("tệp .docx bị hỏng (không đọc được các phần của tài liệu Word)", "tệp .docx bị hỏng ("),
        "en": ("damaged .docx file (its Word parts cannot be read)", "damaged .docx file ("),
    }[lang]
    assert len(lines) == 2
    assert f"{tmp_path / 'parts.docx'}: {said[0]}" in lines[1]
    assert f"{tmp_path / 'cut.docx'}: {said[1]}" in lines[0]
    assert not any(word in "".join(lines) for word in ("Error", "object", "attribute", "zip file", "lxml"))


def test_debug_adds_the_technical_cause_of_a_damaged_file(tmp_path, small_model_file, capsys):
    _damaged_docx_files(tmp_path)
    assert main(["label", str(tmp_path), "--model", str(small_model_file), "-q", "--lang", "vi", "--debug"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 4  # each file's line, then its cause
    assert lines[1].startswith(f"nq35cls: {tmp_path / 'cut.docx'}: ") and "BadZipFile" in lines[1]
    assert lines[3].startswith(f"nq35cls: {tmp_path / 'parts.docx'}: AttributeError: ")


def test_the_technical_cause_goes_with_the_error_to_another_process():
    import pickle

    from nq35cls.errors import InputError

    err = pickle.loads(pickle.dumps(InputError("a.docx", "damaged .docx file", detail="BadZipFile: bad")))
    assert (err.path, err.problem, err.detail, str(err)) == (
        "a.docx",
        "damaged .docx file",
        "BadZipFile: bad",
        "a.docx: damaged .docx file",
    )


def test_nfd_and_nfc_files_get_the_same_labels(tmp_path, small_model_file, capsys):
    (tmp_path / "nfc.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", GOOD), encoding="utf-8")
    results = []
    for name in ("nfc.txt", "nfd.txt"):
        main(["label", str(tmp_path / name), "--model", str(small_model_file), "-q", "--keep-boilerplate"])
        out, _ = capsys.readouterr()
        results.append([(r["label"], r["confidence"]) for r in map(json.loads, out.splitlines())])
    assert len(results[0]) == 3
    assert results[0] == results[1]


def test_size_limit_can_be_raised(tmp_path, small_model_file, capsys):
    path = tmp_path / "r.txt"
    path.write_text(GOOD * 50, encoding="utf-8")
    assert main(["label", str(path), "--model", str(small_model_file), "--max-bytes", "100", "-q"]) == 1
    assert "over the limit of 100" in capsys.readouterr()[1]
    assert main(["label", str(path), "--model", str(small_model_file), "--max-bytes", "100000", "-q"]) == 0


def test_bad_data_file_names_file_and_line(tmp_path, capsys):
    bad = tmp_path / "d.jsonl"
    bad.write_text(
        '{"doc": "a", "idx": 0, "text": "x", "label": "kq", "source": "real", "mixed": false}\n', encoding="utf-8"
    )
    assert main(["evaluate", str(bad)]) == 2
    assert f"{bad}:1: unknown label 'kq'" in capsys.readouterr()[1]


def test_pdfminer_complaints_are_not_printed(tmp_path, small_model_file, capfd):
    import re

    data = (FIXTURES / "report.pdf").read_bytes()
    damaged = bytearray(data)
    for m in list(re.finditer(rb"\d+ 0 obj", data))[1:3]:  # two objects' numbers broken
        damaged[m.start()] = ord("9")
    (tmp_path / "damaged.pdf").write_bytes(bytes(damaged))
    code = main(["label", str(tmp_path / "damaged.pdf"), "--model", str(small_model_file), "-q"])
    err = capfd.readouterr().err
    assert code == 1
    assert err.splitlines() == [next(line for line in err.splitlines() if line.startswith("nq35cls: "))]
    assert "damaged.pdf" in err and "MediaBox" not in err


def test_pdf_library_log_is_collected_into_one_warning(capfd):
    import logging

    from nq35cls.readers.pdf import _pdfminer_log

    with _pdfminer_log() as log:
        logging.getLogger("pdfminer.pdfpage").warning("MediaBox missing from /Page")
        logging.getLogger("pdfminer.pdfpage").warning("another")
    assert (log.count, log.first) == (2, "MediaBox missing from /Page")
    assert capfd.readouterr().err == ""
    assert logging.getLogger("pdfminer").propagate is True and not logging.getLogger("pdfminer").handlers


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path, small_model_file, capsys):
    import os

    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer for ever
    (tmp_path / "ok.txt").write_text("BÁO CÁO\nHuyện đã tổ chức 12 hội nghị.\n", encoding="utf-8")
    code = main(["label", str(tmp_path), "--model", str(small_model_file), "-q"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "pipe.txt: not a regular file (a pipe, socket or device)" in err
    assert "ok.txt" in out


def _numbered_docx(path, ilvl, start, fmt="decimal"):
    """A .docx with one numbered paragraph whose list level and start are as given (even impossible ones)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, value in (("w:start", start), ("w:numFmt", fmt), ("w:lvlText", f"%{min(max(ilvl, 0), 8) + 1}.")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(value))
        lvl.append(el)
    abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    paragraph = document.add_paragraph("Tổ chức 12 hội nghị quán triệt cho cán bộ, đảng viên.")
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = 90
    document.add_paragraph("Đoạn sau.")
    document.save(path)


@pytest.mark.parametrize(
    "ilvl, start, fmt, expected",
    [
        (12, 1, "decimal", "Tổ chức 12"),  # a level Word does not have: no number, no IndexError
        (0, "abc", "decimal", "1. Tổ chức 12"),  # a start that is not a number: 1, no ValueError
        (0, 10**15, "upperRoman", f"{10**15}. Tổ chức 12"),  # digits, not 10^12 letters M
    ],
)
def test_impossible_list_numbering_is_read(tmp_path, ilvl, start, fmt, expected):
    from nq35cls.readers import read

    path = tmp_path / "numbered.docx"
    _numbered_docx(path, ilvl, start, fmt)
    text = read(path).text
    assert text.splitlines()[0].startswith(expected)


def test_vertical_merges_are_read_once_in_one_pass(tmp_path):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from nq35cls.readers import read

    document = docx.Document()
    rows = 1500  # python-docx's per-cell walk hit RecursionError here
    table = document.add_table(rows=1, cols=2)
    template = table._tbl.tr_lst[0]
    for _ in range(1, rows):  # rows built as XML: python-docx's table.cell() is slow on long tables
        table._tbl.append(__import__("copy").deepcopy(template))
    for r, tr in enumerate(table._tbl.tr_lst):
        first, second = tr.tc_lst
        merge = OxmlElement("w:vMerge")
        if r == 0:
            merge.set(qn("w:val"), "restart")
            first.p_lst[0].add_r().text = "Chỉ tiêu gộp"
        first.get_or_add_tcPr().append(merge)
        second.p_lst[0].add_r().text = f"Dòng {r}"
    document.save(tmp_path / "merged.docx")
    lines = read(tmp_path / "merged.docx").text.splitlines()
    assert lines[0] == "Chỉ tiêu gộp | Dòng 0"
    assert lines[1] == "Dòng 1" and len(lines) == rows
    assert sum("Chỉ tiêu gộp" in line for line in lines) == 1  # the merged text once, in its first row


def test_a_few_invalid_utf8_bytes_are_replaced_not_the_whole_report_refused(tmp_path):
    from nq35cls.readers import read

    damaged = GOOD.encode("utf-8").replace("hội nghị".encode(), "hội ngh".encode() + b"\xe1\xbb")
    (tmp_path / "damaged.txt").write_bytes(damaged)
    text = read(tmp_path / "damaged.txt")
    assert text.text.splitlines() == [
        "Kết quả đạt được",
        "Đã tổ chức 12 hội ngh\ufffd quán triệt.",
        "Thời gian tới cần tiếp tục đổi mới.",
    ]
    assert any("not valid UTF-8" in w for w in text.warnings)
    legacy = GOOD.encode("cp1258", "replace")  # another encoding: every non-ASCII byte invalid as UTF-8
    (tmp_path / "cp1258.txt").write_bytes(legacy)
    assert read(tmp_path / "cp1258.txt").encoding != "utf-8 (invalid bytes replaced)"
