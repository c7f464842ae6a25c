"""Readers of .docx, .pdf and .html reports, legacy encodings, and sniffing by content."""

import io
import zipfile
from pathlib import Path

import docx
import pytest

from nq35cls.errors import InputError
from nq35cls.readers import legacy, read, sniff
from nq35cls.readers.txt import decode

FIXTURES = Path(__file__).resolve().parent / "fixtures"

HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Huyện An Lâm sơ kết Nghị quyết 35</title></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tt">Tin tức</a></li><li><a href="/cd">Chính trị</a></li></ul></nav>
<div class="tools">A- A A+ | In bài | Chia sẻ</div>
<article><h1>Huyện An Lâm sơ kết 5 năm thực hiện Nghị quyết 35</h1>
<p>Sáng 12/3, Huyện ủy An Lâm tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị.</p>
<h2>Kết quả đạt được</h2>
<p>Theo báo cáo, 5 năm qua, huyện đã tổ chức 45 hội nghị quán triệt với hơn 6.000 lượt cán bộ, đảng viên tham dự; thành lập 12 nhóm Zalo để lan tỏa thông tin tích cực trên không gian mạng.</p>
<p>Bên cạnh kết quả đạt được, công tác nắm bắt dư luận ở một số xã còn chậm, lực lượng cốt cán còn mỏng, chưa đáp ứng yêu cầu.</p>
<p>Phát biểu chỉ đạo, đồng chí Bí thư Huyện ủy đề nghị thời gian tới các cấp ủy cần tiếp tục nâng cao chất lượng tuyên truyền.</p>
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/1">Huyện Bình Sơn tổng kết công tác tuyên giáo năm 2023</a></li>
<li><a href="/2">Xã Tân Phú ra mắt mô hình dân vận khéo</a></li></ul></aside>
<footer>Bản quyền thuộc Huyện ủy An Lâm. Điện thoại: 0123 456 789</footer></body></html>"""


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 35")
    document.add_paragraph("Kết quả đạt được", style="List Number")
    document.add_paragraph("Đã tổ chức 20 hội nghị quán triệt cho hơn 3.000 cán bộ, đảng viên.")
    document.add_paragraph("Hạn chế", style="List Number")
    document.add_paragraph("Một số chi bộ còn chậm đổi mới nội dung sinh hoạt.", style="List Bullet")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("Chỉ tiêu", "2022", "2023"), ("Số tin bài", "120", "150")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("")
    document.add_paragraph("Thời gian tới, cần tiếp tục đổi mới hình thức tuyên truyền.")
    document.sections[0].header.paragraphs[0].text = "HUYỆN ỦY AN LÂM - TRANG ĐẦU"
    document.sections[0].footer.paragraphs[0].text = "Trang 1"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_body_tables_and_numbering_in_order_without_headers(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(_docx_bytes())
    text = read(path)
    assert text.format == "docx"
    assert text.text.splitlines() == [
        "BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 35",
        "1. Kết quả đạt được",
        "Đã tổ chức 20 hội nghị quán triệt cho hơn 3.000 cán bộ, đảng viên.",
        "2. Hạn chế",
        "- Một số chi bộ còn chậm đổi mới nội dung sinh hoạt.",
        "Chỉ tiêu | 2022 | 2023",
        "Số tin bài | 120 | 150",
        "Thời gian tới, cần tiếp tục đổi mới hình thức tuyên truyền.",
    ]
    assert text.locations[0] == "paragraph 1"
    assert text.locations[5:7] == ("table 1, row 1", "table 1, row 2")
    assert "TRANG ĐẦU" not in text.text and "Trang 1" not in text.text


def test_docx_is_found_by_content_whatever_its_name(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(_docx_bytes())
    assert read(path).format == "docx"


def test_truncated_docx_and_zip_bomb_are_refused(tmp_path):
    data = _docx_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"cut.docx: damaged .docx file"):
        read(cut)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * (40 * 1024 * 1024))
    with pytest.raises(InputError, match="zip bomb"):
        read(bomb)


@pytest.mark.parametrize(
    "name, members, problem",
    [
        ("report.odt", {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "OpenDocument"),
        ("book.xlsx", {"xl/workbook.xml": "<x/>"}, "Excel workbook"),
        ("slides.pptx", {"[Content_Types].xml": "<x/>", "ppt/presentation.xml": "<x/>"}, "PowerPoint"),
        # an Office theme saved under a .docx name: no "unpack it first", there is nothing to unpack
        ("theme.docx", {"[Content_Types].xml": "<x/>", "theme/theme/theme1.xml": "<x/>"}, "not a Word document"),
        ("files.zip", {"a.txt": "x"}, "ZIP archive"),
    ],
)
def test_other_containers_are_refused_with_advice(tmp_path, name, members, problem):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        for member, content in members.items():
            zf.writestr(member, content)
    with pytest.raises(InputError, match=problem):
        read(path)


def test_pdf_lines_are_joined_into_paragraphs_without_running_headers():
    text = read(FIXTURES / "report.pdf")
    lines = text.text.splitlines()
    assert text.format == "pdf"
    assert lines[:2] == ["BÁO CÁO SƠ KẾT THỰC HIỆN NGHỊ QUYẾT 35", "I. KẾT QUẢ ĐẠT ĐƯỢC"]
    assert lines[2].startswith("Trong ba năm qua") and lines[2].endswith("ở tất cả các xã.")
    assert "mạng Internet của tỉnh" in text.text  # hyphenated at a line end, joined
    assert not any("HUYỆN ỦY AN LÂM - BAN TUYÊN GIÁO" in line for line in lines)  # running header
    assert not any(line.strip("- ").isdigit() for line in lines)  # page numbers
    assert text.locations[-1] == "page 2"
    assert len(lines) == 10


@pytest.mark.parametrize("name, problem", [("locked.pdf", "password-protected PDF"), ("scan.pdf", "no text layer")])
def test_unreadable_pdfs_say_why(name, problem, tmp_path):
    with pytest.raises(InputError, match=problem):
        read(FIXTURES / name)


def test_a_stream_expanding_past_one_measuring_step_then_the_usual_line_end_is_measured_and_let_through():
    """A stream larger than one step of the measure (16 MB expanded), followed by the line end written before
    "endstream": the measure once looped for ever on the bytes after the stream's end. Run in a child process
    with a time limit, so that a return of that loop fails the test rather than hanging the run."""
    import subprocess
    import sys

    code = (
        "import zlib\n"
        "from nq35cls.readers.pdf import _inflated_size, check_streams\n"
        "stream = zlib.compress(bytes(17 * 2**20)) + b'\\r\\n'\n"
        "assert _inflated_size(memoryview(stream), 64 * 2**20) == 17 * 2**20\n"
        "check_streams(b'1 0 obj<<>>stream\\r\\n' + stream + b'endstream', 'big.pdf')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_text_written_sideways_in_the_side_margins_is_left_out():
    """A page number printed sideways level with a body line no longer splits it; nor is a sideways stamp read."""
    lines = read(FIXTURES / "sidemargin.pdf").text.splitlines()
    assert not any(line.strip() == "4" for line in lines)
    assert any(line.startswith("Lực lượng cốt cán") and line.endswith("thù địch.") for line in lines)
    assert not any("Ký bởi" in line or "yủ" in line for line in lines)
    assert len(lines) == 4


def test_pdf_footnotes_go_after_the_paragraph_and_their_marks_leave_the_words():
    """footnotes.pdf: superscript marks after words, footnotes set smaller at the foot of page 1, and a
    paragraph that runs on to page 2 across them (tests/fixtures/make_pdfs.py)."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    from pdf_texts import FOOTNOTE_BODY, FOOTNOTES

    text = read(FIXTURES / "footnotes.pdf")
    body = [p.replace("{1}", "").replace("{2}", "") for p in FOOTNOTE_BODY]
    assert text.text.splitlines() == body + FOOTNOTES  # marks gone, the paragraph whole, the notes after it
    assert text.locations == ("page 1", "page 1", "page 1, footnote", "page 1, footnote")


def test_pdf_letterhead_sides_stay_apart_and_two_columns_are_read_column_by_column():
    import sys

    sys.path.insert(0, str(FIXTURES))
    from pdf_texts import COLUMN_LEAD, COLUMN_TEXT, COLUMN_TITLE, LETTERHEAD

    text = read(FIXTURES / "columns.pdf")
    expected = [f"{a} | {b}" for a, b in LETTERHEAD] + [COLUMN_TITLE, COLUMN_LEAD] + COLUMN_TEXT
    assert text.text.splitlines() == expected


def test_a_ruled_table_that_fills_the_page_is_read_one_row_per_block():
    """widetable.pdf: a landscape table filling 70% of the page (as an Excel sheet printed to PDF), cells
    wrapped over two or three lines, a full-width row whose second line is boxed inside it, a score merged
    down two rows, and a cell of
    the last row with no bottom border (no cell box for the table finder: its text is kept all the same)."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    from pdf_texts import WIDE_TABLE, WIDE_TABLE_LEAD, WIDE_TABLE_MERGED

    lines = read(FIXTURES / "widetable.pdf").text.splitlines()
    rows = [" | ".join(cell for cell in row if cell) for row in WIDE_TABLE]
    assert lines[: len(rows) + 2] == [WIDE_TABLE_LEAD, *rows, " ".join(WIDE_TABLE_MERGED)]
    more = [f"{k} | Nhiệm vụ khác số {k} của phòng" for k in range(4, 10)]
    more[0] += " | 15"  # merged down two rows: read with its first row, the second row still a row
    assert lines[len(rows) + 2 :] == more


def test_a_table_row_cut_by_a_page_break_is_one_row_and_its_body_cell_is_read_paragraph_by_paragraph():
    """splitrow.pdf: a row whose second cell holds four numbered paragraphs runs from the foot of page 1
    onto page 2 (its first cell empty there): read as the Word readers read such a row, the heading cell
    and each numbered paragraph a block of their own; the next row stays one block, cells joined."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    from pdf_texts import SPLIT_ROW_AFTER, SPLIT_ROW_HEAD, SPLIT_ROW_ITEMS, SPLIT_ROW_LEAD, SPLIT_ROW_NEXT

    text = read(FIXTURES / "splitrow.pdf")
    expected = [SPLIT_ROW_LEAD, SPLIT_ROW_HEAD, *SPLIT_ROW_ITEMS, " | ".join(SPLIT_ROW_NEXT), SPLIT_ROW_AFTER]
    assert text.text.splitlines() == expected
    assert text.locations[1:6] == ("page 1",) * 5  # the row is where it starts


def test_an_unruled_table_is_read_one_row_per_block():
    """unruled.pdf: a table without rulings, three columns set apart by space, cells wrapped over two or three
    lines from the top of their row, between two paragraphs: one block per row, cells joined by " | "."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    from pdf_texts import UNRULED_AFTER, UNRULED_LEAD, UNRULED_TABLE

    lines = read(FIXTURES / "unruled.pdf").text.splitlines()
    assert lines == [UNRULED_LEAD, *(" | ".join(row) for row in UNRULED_TABLE), UNRULED_AFTER]


def test_a_frame_around_the_page_text_is_not_a_table(tmp_path):
    """A ruled box around most of the page, undivided or split once, holds body text, not table rows."""
    import hostile_files as h

    body = b"".join(
        _text(72, 760 - 14 * k, "Da to chuc muoi hai hoi nghi quan triet cho can bo dang vien.") for k in range(6)
    )
    for frame in (b"0.5 w 40 60 515 740 re S\n", b"0.5 w 40 60 515 740 re S 40 430 m 555 430 l S\n"):
        path = h.write_pdf(tmp_path / "frame.pdf", [frame + body])
        lines = read(path).text.splitlines()
        assert not any("|" in line for line in lines)
        assert lines == [" ".join(["Da to chuc muoi hai hoi nghi quan triet cho can bo dang vien."] * 6)]


def test_pdf_letterhead_rows_and_side_by_side_blocks_keep_their_sides_apart():
    """sides.pdf: a letterhead whose first row has its sides only two font sizes apart (read as a row, like
    the second); the recipients beside the signature, level on their first line only (each side read
    whole, the signer's title not among the recipients); a letterhead whose number stands lower than
    its date (each side read whole: the number not glued to the date)."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    from pdf_texts import SIDES_BODY, SIDES_LEFT, SIDES_LETTERHEAD, SIDES_RECIPIENTS, SIDES_RIGHT, SIDES_SIGNATURE

    text = read(FIXTURES / "sides.pdf")
    page1 = [f"{a} | {b}" for a, b in SIDES_LETTERHEAD] + [SIDES_BODY] + SIDES_RECIPIENTS + SIDES_SIGNATURE
    assert text.text.splitlines() == page1 + SIDES_LEFT + SIDES_RIGHT + [SIDES_BODY]
    assert text.locations == ("page 1",) * len(page1) + ("page 2",) * (len(SIDES_LEFT) + len(SIDES_RIGHT) + 1)


def test_pdf_words_placed_without_space_characters_keep_their_spaces(tmp_path):
    """Words set one by one, 2 pt apart in 9 pt type and no space glyph (as table cells of some
    exporters): a gap of 0.15 of the font size parts words, where a fixed 3 pt glued them."""
    words = ["tiep", "nhan", "van", "ban", "den", "theo", "che", "do", "van", "thu"]
    ops = [b"BT /F1 9 Tf 72 700 Td"]
    for word in words:
        ops.append(b"(%s) Tj %.2f 0 Td" % (word.encode(), 0.6 * 9 * len(word) + 2.0))  # Courier: 0.6 em a glyph
    ops.append(b"ET")
    path = tmp_path / "tight.pdf"
    path.write_bytes(_pdf(b" ".join(ops), font=b"Courier"))
    assert read(path).text == " ".join(words)


def test_pdf_words_spaced_by_kerning_in_a_text_array_keep_their_spaces(tmp_path):
    """Words of one TJ array set apart by kerning, no space glyph (as TeX writes them): a gap of 0.2 of
    the font size parts words (the glued syllables of issue 13 do not come from this reader); a gap of
    0.1, narrower than any word space, is letter spacing and joins."""
    words = [b"kho", b"thong", b"tin", b"ve", b"nhung", b"lan"]
    for kern, joined in ((200, " "), (100, "")):
        array = (b"-%d" % kern).join(b"(" + w + b")" for w in words)
        path = tmp_path / f"kern{kern}.pdf"
        path.write_bytes(_pdf(b"BT /F1 11 Tf 72 700 Td [" + array + b"] TJ ET"))
        assert read(path).text == joined.join(w.decode() for w in words)


def _pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalog), with its cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for k, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(
        b"%010d 00000 n \n" % o for o in offsets
    )
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _pdf(stream: bytes, font: bytes = b"Helvetica", page_extra: bytes = b"", catalog_extra: bytes = b"", more=()):
    """A one-page PDF: the page's content ``stream``, one font, and extra objects (numbered from 5)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents %d 0 R " % (5 + len(more)) + page_extra + b">>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /" + font + b" >>",
        *more,
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _pdf_file(objects)


def test_text_past_the_page_edge_is_read_and_told(tmp_path):
    path = tmp_path / "cut.pdf"
    stream = (
        b"BT /F1 10 Tf 72 700 Td (Bao cao ket qua thuc hien nghi quyet nam nay.) Tj ET "
        b"BT /F1 10 Tf 580 650 Td (Chi tieu vuot qua mep trang) Tj ET"
    )
    path.write_bytes(_pdf(stream))
    text = read(path)
    assert "Chi tieu vuot qua mep trang" in text.text  # the text in the file is kept
    assert any("past the page's edge on page(s) 1" in w for w in text.warnings)
    path.write_bytes(_pdf(stream.split(b" BT")[0]))
    assert not read(path).warnings
    path.write_bytes(_pdf(stream.split(b" BT")[0] + b" BT /F1 10 Tf 600 650 Td (     ) Tj ET"))
    assert not read(path).warnings  # blanks past the edge cut nothing


def test_a_text_layer_of_question_marks_is_told(tmp_path):
    """Fonts that map Vietnamese glyphs to no character give "tr??ng", "GIÁO D?C": the page is named."""
    line = "Theo th?ng b?o c?a tr??ng v? vi?c qu?n l? ho?t ??ng gi?o vi?n ch? nhi?m trong n?m h?c"
    stream = b" ".join(b"BT /F1 10 Tf 40 %d Td (%s) Tj ET" % (800 - 14 * k, line.encode("latin-1")) for k in range(8))
    path = tmp_path / "q.pdf"
    path.write_bytes(_pdf(stream))
    assert any("page(s) 1 does not look Vietnamese" in w for w in read(path).warnings)
    clean = line.replace("?", "a")
    path.write_bytes(_pdf(stream.replace(line.encode("latin-1"), clean.encode("latin-1"))))
    assert not any("page(s) 1" in w for w in read(path).warnings)
    path.write_bytes(_pdf(b"BT /F1 10 Tf 40 800 Td (%s) Tj ET" % line.encode("latin-1")))  # one line: a short page
    assert any("page(s) 1 does not look Vietnamese" in w for w in read(path).warnings)
    url = "Xem huong dan tai dia chi https://anlam.gov.vn/index.php?id=35 truoc ngay 25 thang 6 nam nay."
    path.write_bytes(_pdf(b"BT /F1 10 Tf 40 800 Td (%s) Tj ET" % url.encode("latin-1")))
    assert not read(path).warnings  # one "?" in a web address is no sign of a broken font


def _pdf_with_field(value: bytes) -> bytes:
    """A one-page PDF whose document number is only in a filled-in form field, as e-signed PDFs have it."""
    widget = b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (so_van_ban) /V " + value + b" /Rect [90 760 200 778] >>"
    return _pdf(
        b"BT /F1 12 Tf 72 700 Td (Bao cao so ket thuc hien nghi quyet) Tj ET",
        page_extra=b"/Annots [5 0 R] ",
        catalog_extra=b"/AcroForm << /Fields [5 0 R] >> ",
        more=(widget,),
    )


def test_form_field_values_are_read_where_they_stand(tmp_path):
    path = tmp_path / "signed.pdf"
    path.write_bytes(_pdf_with_field(b"(123/BC-UBND)"))
    text = read(path)
    assert text.text.splitlines() == ["123/BC-UBND", "Bao cao so ket thuc hien nghi quyet"]
    path.write_bytes(_pdf_with_field(b"<FEFF" + "Số 45".encode("utf-16-be").hex().upper().encode() + b">"))
    assert read(path).text.splitlines()[0] == "Số 45"  # a UTF-16 field value


def test_values_stamped_on_a_signed_pdf_are_read_where_they_stand():
    """stamped.pdf: the number and the day written into the letterhead's blanks by signature widgets
    (text drawn by their appearance streams), a stamp with the number and signing time in the top right
    corner, a free-text note with only /Contents, and a hidden note (tests/fixtures/make_pdfs.py)."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    from pdf_texts import STAMPED_BODY, STAMPED_HIDDEN, STAMPED_NOTE, STAMPED_SIDES, STAMPED_TITLE

    text = read(FIXTURES / "stamped.pdf")
    (left1, right1), (left2, right2) = STAMPED_SIDES
    assert text.text.splitlines() == [
        "So: 45/UBND-VP",
        "Thoi gian ky: 2026-06-12T09:15:00+07:00",
        f"{left1} | {right1}",
        f"{left2[0]} 45{left2[1]} | {right2[0]} 12 {right2[1]}",  # into the blanks: "Số: 45/UBND-VP", "ngày 12 tháng"
        STAMPED_TITLE,
        STAMPED_BODY,
        STAMPED_NOTE,
    ]
    assert text.locations[:2] == ("page 1, annotation", "page 1, annotation")
    assert text.locations[2:6] == ("page 1",) * 4 and text.locations[6] == "page 1, annotation"
    assert STAMPED_HIDDEN not in text.text


def test_a_stamp_repeated_on_every_page_is_read_once(tmp_path):
    """A signing stamp put in the top margin of every page is the document's number, not a running header:
    read once, where it first stands; the body of every page is read."""
    count = 3
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for k in range(count):
        body = b"BT /F1 12 Tf 72 600 Td (Trang %d: da to chuc hoi nghi quan triet cho can bo.) Tj ET" % (k + 1)
        base = len(objects) + 1
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body))
        objects.append(b"<< /Type /Annot /Subtype /Stamp /F 4 /Rect [400 800 560 815] /Contents (So: 45/UBND-VP) >>")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R /Annots [%d 0 R] >>" % (base, base + 1)
        )
        kids.append(b"%d 0 R" % (base + 2))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), count)
    path = tmp_path / "stamped_pages.pdf"
    path.write_bytes(_pdf_file(objects))
    text = read(path)
    assert text.text.splitlines().count("So: 45/UBND-VP") == 1
    assert text.locations[text.text.splitlines().index("So: 45/UBND-VP")] == "page 1, annotation"
    assert sum(line.startswith("Trang ") for line in text.text.splitlines()) == count


def test_past_so_many_appearance_streams_a_page_s_annotations_give_their_values(tmp_path, monkeypatch):
    """Drawing an annotation's appearance costs time: past MAX_RENDERED per page, an annotation's /Contents
    is read instead, so that a page of thousands of annotations is read in the time of reading them."""
    from nq35cls.readers import pdf_annotations

    monkeypatch.setattr(pdf_annotations, "MAX_RENDERED", 2)
    annots, streams = [], []
    for k in range(4):
        draw = b"BT /F1 10 Tf 2 3 Td (Hien thi %d) Tj ET" % (k + 1)
        streams.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 120 14] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Length %d >>\nstream\n%s\nendstream" % (len(draw), draw)
        )
        annots.append(
            b"<< /Type /Annot /Subtype /Stamp /F 4 /Rect [300 %d 420 %d] /Contents (Ghi chu %d) /AP << /N %d 0 R >> >>"
            % (700 - 40 * k, 714 - 40 * k, k + 1, 9 + k)
        )
    refs = b" ".join(b"%d 0 R" % (5 + k) for k in range(4))
    body = b"BT /F1 12 Tf 72 500 Td (Bao cao so ket thuc hien nghi quyet) Tj ET"
    path = tmp_path / "many.pdf"
    path.write_bytes(_pdf(body, page_extra=b"/Annots [%s] " % refs, more=(*annots, *streams)))
    lines = read(path).text.splitlines()
    assert lines[:4] == ["Hien thi 1", "Hien thi 2", "Ghi chu 3", "Ghi chu 4"]


@pytest.mark.parametrize("rotate", [0, 90])
def test_a_value_stamped_on_a_turned_page_goes_into_its_line(tmp_path, rotate):
    """A free-text annotation whose /Contents fills the blank of "So:   /UBND", on an upright page and on
    one shown turned by /Rotate 90 (its text drawn turned back, so that it reads across): the value's
    place is measured as the page's text is, and it goes into that line."""
    lines = [(b"So:", 72, 700), (b"/UBND", 130, 700)] + [
        (b"Kinh gui cac xa trong huyen", 72, 600 - 14 * k) for k in range(3)
    ]
    if rotate:  # drawn turned a quarter to the left, about the page's lower left corner
        ops = [b"BT /F1 12 Tf 0 1 -1 0 %d %d Tm (%s) Tj ET" % (842 - y, x, t) for t, x, y in lines]
        rect = b"[%d 92 %d 126]" % (842 - 710, 842 - 696)
    else:
        ops = [b"BT /F1 12 Tf %d %d Td (%s) Tj ET" % (x, y, t) for t, x, y in lines]
        rect = b"[92 696 126 710]"
    note = b"<< /Type /Annot /Subtype /FreeText /F 4 /Rect %s /Contents (45) >>" % rect
    path = tmp_path / "turned.pdf"
    path.write_bytes(_pdf(b" ".join(ops), page_extra=b"/Rotate %d /Annots [5 0 R] " % rotate, more=(note,)))
    assert read(path).text.splitlines()[0] == "So: 45/UBND"


@pytest.mark.skipif(
    not __import__("nq35cls.readers.ocr").readers.ocr.available(), reason="needs Tesseract with Vietnamese data"
)
def test_an_image_only_pdf_is_read_by_ocr():
    text = read(FIXTURES / "scanned_text.pdf")
    lines = text.text.splitlines()
    assert len(lines) == 3 and "BÁO CÁO" in lines[0]
    assert "46 hội nghị quán triệt" in lines[1] and "chậm đổi mới" in lines[2]
    assert text.locations[0] == "page 1 (OCR)" and "read by OCR" in text.warnings[0]


@pytest.mark.skipif(
    not __import__("nq35cls.readers.ocr").readers.ocr.available(), reason="needs Tesseract with Vietnamese data"
)
def test_a_signed_scan_is_read_by_ocr_not_as_its_stamp_alone():
    """A scanned letter e-signed: its only text is the signing stamp's. It was read as those two lines, the
    letter lost without a word (four real signed scans of a province's portal); its page is read by OCR."""
    text = read(FIXTURES / "scanned_signed.pdf")
    assert "kiểm tra 28 cơ quan" in text.text and "CHỈ THỊ" in text.text
    assert set(text.locations) == {"page 1 (OCR)"} and "read by OCR" in text.warnings[0]


@pytest.mark.skipif(
    not __import__("nq35cls.readers.ocr").readers.ocr.available(), reason="needs Tesseract with Vietnamese data"
)
def test_a_signing_stamp_drawn_over_a_scan_is_not_read_into_it():
    """A scan signed by a form's signature field, which viewers draw over the page's picture: OCR read the
    stamp's lines as the document's first paragraph (on real signed scans, ten paragraphs of a signing centre's
    stamps before the header); the page is read without its signatures drawn."""
    text = read(FIXTURES / "scanned_stamped.pdf")
    assert "kiểm tra 28 cơ quan" in text.text and text.text.startswith("ỦY BAN NHÂN DÂN HUYỆN AN LÂM")
    assert "Ky boi" not in text.text and "12.06.2026" not in text.text


@pytest.mark.skipif(
    not __import__("nq35cls.readers.ocr").readers.ocr.available(), reason="needs Tesseract with Vietnamese data"
)
def test_a_scanned_page_among_typed_ones_is_read_by_ocr_in_its_place():
    text = read(FIXTURES / "scanned_appendix.pdf")
    lines = text.text.splitlines()
    assert len(lines) == 4 and "gửi kèm phụ lục" in lines[0] and "rà soát" in lines[3]
    assert "PHỤ LỤC" in lines[1] and "14 kiến nghị" in lines[2]  # page 2, lost before
    assert text.locations == ("page 1", "page 2 (OCR)", "page 2 (OCR)", "page 3")
    assert text.warnings == (
        "page(s) 2 without a text layer read by OCR (Tesseract, 2 paragraphs); check names and figures",
    )


@pytest.mark.skipif(
    not __import__("nq35cls.readers.ocr").readers.ocr.available(), reason="needs Tesseract with Vietnamese data"
)
def test_a_scanned_header_is_read_block_by_block():
    """The header of a scanned report: OCR reads the issuing body beside the motto, the number beside the
    dateline, as single lines. They were read into one paragraph ("HUYỆN AN LÂM Độc lập - Tự do - Hạnh phúc
    Số: 46/BC-UBND An Lâm, ngày 24 tháng 01 năm 2025 BÁO CÁO") and the report's type and subject were lost;
    each block's lines are now paragraphs of their own, the left block first."""
    from nq35cls.metadata import extract_metadata

    text = read(FIXTURES / "scanned_header.pdf")
    assert text.text.splitlines()[:7] == [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN AN LÂM",
        "Số: 46/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "An Lâm, ngày 24 tháng 01 năm 2025",
        "BÁO CÁO",
    ]
    meta = extract_metadata(text.text.splitlines())
    assert (meta.issuing_body, meta.number, meta.date) == ("ỦY BAN NHÂN DÂN HUYỆN AN LÂM", "46/BC-UBND", "2025-01-24")
    assert (meta.doc_type, meta.subject) == ("BÁO CÁO", "Kết quả công tác cải cách hành chính năm 2025")


def _xref_one_off() -> bytes:
    """scanned_text.pdf with its cross-reference table numbered from 1 instead of 0 (as a real scan's is): every
    offset belongs to the object after it; pdfminer then finds no page, PDFium and poppler rebuild the table."""
    data = (FIXTURES / "scanned_text.pdf").read_bytes()
    at = data.index(b"\nxref\n0 ")
    return data[:at] + data[at:].replace(b"\nxref\n0 ", b"\nxref\n1 ", 1)


@pytest.mark.skipif(
    not __import__("nq35cls.readers.ocr").readers.ocr.available(), reason="needs Tesseract with Vietnamese data"
)
def test_a_scan_whose_page_tree_pdfminer_misses_is_read_from_pdfium(tmp_path):
    path = tmp_path / "one_off.pdf"
    path.write_bytes(_xref_one_off())
    text = read(path)  # "PDF has no text layer, and OCR found no text on its pages" before
    assert "46 hội nghị quán triệt" in text.text and set(text.locations) == {"page 1 (OCR)"}


def test_without_ocr_scanned_pages_are_told_not_lost_in_silence(monkeypatch):
    from nq35cls.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(InputError, match="no text layer.*tesseract-ocr-vie"):  # not its stamp's two lines
        read(FIXTURES / "scanned_signed.pdf")
    text = read(FIXTURES / "scanned_appendix.pdf")
    assert text.locations == ("page 1", "page 3")
    assert text.warnings[0].startswith("page(s) 2 have no text layer (scanned?) and were not read: install Tesseract")


@pytest.mark.parametrize("set_by_user, expected", [(None, "1"), ("2", "2")])
def test_tesseract_runs_with_one_thread_unless_the_user_sets_it(tmp_path, monkeypatch, set_by_user, expected):
    import subprocess

    from nq35cls.readers import ocr

    if set_by_user is None:
        monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    else:
        monkeypatch.setenv("OMP_THREAD_LIMIT", set_by_user)
    seen = {}

    def run(args, **kwargs):
        seen.update(kwargs["env"])
        rows = [
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            *(
                f"5\t1\t{b}\t1\t1\t{k}\t{100 + 200 * k}\t{60 * b}\t150\t40\t95\t{w}"
                for b, line in enumerate(("BÁO CÁO", "Kết quả đạt được"), start=1)
                for k, w in enumerate(line.split())
            ),
        ]
        return subprocess.CompletedProcess(args, 0, stdout="\n".join(rows).encode(), stderr=b"")

    monkeypatch.setattr(ocr.subprocess, "run", run)
    image = tmp_path / "page.png"
    image.write_bytes(b"not read: the program is replaced")
    assert ocr._tesseract(image) == ["BÁO CÁO", "Kết quả đạt được"]
    assert seen["OMP_THREAD_LIMIT"] == expected
    assert seen["PATH"] == __import__("os").environ["PATH"]  # the rest of the environment passed on


def test_without_ocr_an_image_only_pdf_is_refused_with_the_install_hint(monkeypatch):
    from nq35cls.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(InputError, match="no text layer.*tesseract-ocr-vie"):
        read(FIXTURES / "scanned_text.pdf")


def test_damaged_pdf(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes((FIXTURES / "report.pdf").read_bytes()[:900])
    with pytest.raises(InputError, match="cut.pdf: damaged PDF"):
        read(path)


def test_html_main_content_without_menus_and_related_articles(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    text = read(path)
    assert text.format == "html" and text.warnings == ()
    lines = text.text.splitlines()
    assert lines[0] == "Huyện An Lâm sơ kết 5 năm thực hiện Nghị quyết 35"
    assert "Kết quả đạt được" in lines
    assert any(line.startswith("Bên cạnh kết quả đạt được") for line in lines)
    for chrome in ("Trang chủ", "Tin liên quan", "Xã Tân Phú ra mắt", "Bản quyền", "A- A A+"):
        assert chrome not in text.text


def test_html_is_sniffed_by_content(tmp_path):
    path = tmp_path / "saved_page.txt"
    path.write_text(HTML_PAGE, encoding="utf-8")
    assert read(path).format == "html"
    assert sniff(b"  <!-- saved -->\n<html><body><p>x</p></body></html>") == "html"
    assert sniff("Kết quả <b>tốt</b>".encode()) == "txt"


def test_html_fallback_keeps_every_block_and_warns(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    text = read(path)
    assert "Tin liên quan" in text.text.splitlines()  # chrome kept for the model to label
    assert "Phát biểu chỉ đạo" in text.text
    assert "trafilatura" in text.warnings[0]


TEXT = "Kết quả thực hiện Nghị quyết của Đảng bộ tỉnh; những hạn chế còn tồn tại và giải pháp trong thời gian tới cần tăng cường."


def _tcvn3(text: str) -> str:
    table = {uni: old for old, uni in legacy._load().data["tcvn3"].items()}
    return "".join(table.get(c, c) for c in text)


def test_tcvn3_bytes_and_tcvn3_saved_as_utf8_are_converted():
    mangled = _tcvn3(TEXT)
    assert "KÕt qu¶" in mangled  # what such a file shows
    for data in (mangled.encode("cp1252"), mangled.encode("utf-8")):
        text, encoding = decode(data)
        assert text == TEXT
        assert encoding == "tcvn3 (converted)"


def test_vni_is_converted_and_the_reader_warns(tmp_path):
    vni = "Keát quaû thöïc hieän Nghò quyeát cuûa Ñaûng boä tænh; nhöõng haïn cheá coøn toàn taïi vaø giaûi phaùp trong thôøi gian tôùi caàn taêng cöôøng."
    path = tmp_path / "old.txt"
    path.write_bytes(vni.encode("cp1252"))
    text = read(path)
    assert text.text == TEXT
    assert text.encoding == "vni (converted)"
    assert "VNI" in text.warnings[0]


def test_a_word_file_typed_in_a_legacy_font_is_converted(tmp_path):
    """A .docx typed with .VnTime holds TCVN3 mojibake as a text file does: converted, with the warning."""
    import docx

    document = docx.Document()
    paragraphs = [TEXT, "Thời gian tới cần tăng cường kiểm tra, giám sát.", "Kết quả đạt được"]
    for paragraph in paragraphs:
        document.add_paragraph(_tcvn3(paragraph))
    path = tmp_path / "cu.docx"
    document.save(path)
    text = read(path)
    assert text.text.splitlines() == paragraphs
    assert any("TCVN3" in w for w in text.warnings)
    plain = tmp_path / "moi.docx"
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(plain)
    assert read(plain).warnings == ()


def test_unicode_text_is_never_converted():
    assert legacy.convert(TEXT) is None
    text, encoding = decode(TEXT.encode("utf-8"))
    assert (text, encoding) == (TEXT, "utf-8")


def test_cli_tells_the_user_a_legacy_file_was_converted(tmp_path, small_model_file, capsys):
    from nq35cls.cli import main

    path = tmp_path / "cu.txt"
    path.write_bytes(_tcvn3(TEXT).encode("cp1252"))
    assert main(["label", str(path), "--model", str(small_model_file), "-q"]) == 0
    out, err = capsys.readouterr()
    assert f"{path}: warning: text in the legacy TCVN3 (ABC) font encoding was converted" in err
    assert TEXT in out


def _text(x, y, line, font="F1", size=11):
    return b"BT /%s %d Tf %d %d Td (%s) Tj ET\n" % (font.encode(), size, x, y, line.encode("latin-1"))


def test_pdf_layout_headings_hanging_items_tables_page_breaks_and_landscape(tmp_path):
    """A heading in another font is a paragraph of its own; a hanging-indent item's lines are
    joined; a ruled table gives one block per row, cells joined by " | "; a sentence continued
    on the next page is joined even when that page starts with a capital; a landscape page is
    measured on its own width."""
    import hostile_files as h

    from nq35cls.readers import read

    full = "Da to chuc muoi hai hoi nghi quan triet cho can bo, dang vien trong toan huyen va"
    page1 = (
        _text(72, 770, "KET QUA DAT DUOC", "F2", 14)
        + _text(72, 750, full)
        + _text(72, 736, "cac xa.")
        + _text(72, 716, "\x95 Luc luong cot can tren khong gian mang duoc kien toan voi muoi lam thanh")
        + _text(84, 702, "vien, dang tai nhieu tin bai tich cuc.")
        + b"0.5 w 72 600 150 40 re S 222 600 150 40 re S 72 640 150 40 re S 222 640 150 40 re S\n"
        + _text(80, 665, "Chi tieu")
        + _text(230, 665, "Thuc hien")
        + _text(80, 625, "Hoi nghi")
        + _text(230, 625, "12")
        + _text(72, 560, full)
        + _text(72, 546, full)
    )
    page2 = _text(72, 540, "UBND huyen da ghi nhan.") + _text(
        72,
        510,
        "Thoi gian toi can tiep tuc nang cao chat luong tuyen truyen cho can bo, dang vien o co so, trong toan huyen.",
    )
    path = h.write_pdf(tmp_path / "layout.pdf", [page1, page2], sizes=[(595, 842), (842, 595)])
    lines = read(path).text.splitlines()
    assert lines[0] == "KET QUA DAT DUOC"
    assert lines[1] == full + " cac xa."
    assert (
        lines[2]
        == "- Luc luong cot can tren khong gian mang duoc kien toan voi muoi lam thanh vien, dang tai nhieu tin bai tich cuc."
    )
    assert lines[3:5] == ["Chi tieu | Thuc hien", "Hoi nghi | 12"]
    assert lines[5] == f"{full} {full} UBND huyen da ghi nhan."
    assert lines[6].startswith("Thoi gian toi") and len(lines) == 7


def test_text_layer_confusions_are_folded():
    from nq35cls.readers import FOLDS

    assert "\uf0b7 Ƣu tiên ngƣời dân".translate(FOLDS) == "- Ưu tiên người dân"


def test_pdf_codes_broken_at_a_hyphen_are_joined_and_odd_text_layers_reported(tmp_path):
    import hostile_files as h

    from nq35cls.readers import read
    from nq35cls.readers.pdf import _join, _Line, _odd_pages

    assert _join("theo Quyết định số 12/QĐ-", "UBND ngày 3/4") == "theo Quyết định số 12/QĐ-UBND ngày 3/4"
    assert _join("mạng Inter-", "net của tỉnh") == "mạng Internet của tỉnh"  # a word hyphenated at the line end
    assert _join("Kết quả.", "Hạn chế") == "Kết quả. Hạn chế"
    viet = "Đã tổ chức hội nghị quán triệt nghị quyết cho cán bộ đảng viên ở các xã trong huyện. " * 6
    garbled = "Ncm rÿ qjs tdq wxz pkl mnb vcx zlq rtp wqs kjh gfd sap oiu ytr ewq lkj hgf dsa mnb vcx zaq. " * 6
    pages = [[_Line(viet, 0, 1, 0, 1, 1)], [_Line(garbled, 0, 1, 0, 1, 2)], [_Line(viet, 0, 1, 0, 1, 3)]]
    assert _odd_pages(pages) == [2]
    assert _odd_pages([[_Line(garbled, 0, 1, 0, 1, 1)]]) == []  # not a Vietnamese document: nothing to compare
    path = h.pages_pdf(tmp_path / "ascii.pdf", 2)  # short ASCII pages: too few letters to judge
    assert read(path).warnings == ()


def test_a_title_in_capitals_is_apart_from_the_line_under_it():
    """Two lines of a title in capitals are one paragraph; the subtitle under it, in the same font and
    as wide, is another (set in capitals, the title gives no sentence end to go by)."""
    from nq35cls.readers.pdf import _Line, _paragraphs

    texts = ["DANH MỤC NHIỆM VỤ CHUNG CỦA CÁC XÃ", "THUỘC ỦY BAN NHÂN DÂN HUYỆN AN LÂM"]
    texts.append("(Kèm theo Kế hoạch số 12/KH-UBND ngày 3 tháng 6 năm 2026)")
    lines = [_Line(t, 72, 520, 100 + 14 * k, 112 + 14 * k, 1, size=12, bold=True) for k, t in enumerate(texts)]
    assert [b.text for b in _paragraphs([lines])] == [f"{texts[0]} {texts[1]}", texts[2]]


def test_items_numbered_roman_dot_letter_start_paragraphs():
    """ "I.A", "II.B", "I.B.2" number items as "1." and "a)" do: each starts a paragraph."""
    from nq35cls.readers.pdf import _Line, _paragraphs

    texts = ["I.A Lãnh đạo phòng: 4 nhóm", "I.B Chuyên viên: 9 nhóm", "II.A.1 Hỗ trợ, phục vụ: 2 nhóm"]
    lines = [_Line(t, 72, 520, 100 + 14 * k, 112 + 14 * k, 1, size=12) for k, t in enumerate(texts)]
    assert [b.text for b in _paragraphs([lines])] == texts


def _page_image(path, line):
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1600, 300), 255)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 44)
    ImageDraw.Draw(image).text((60, 60), line, font=font, fill=0)
    image.save(path)


@pytest.mark.skipif(
    not __import__("nq35cls.readers.ocr").readers.ocr.available(), reason="needs Tesseract with Vietnamese data"
)
@pytest.mark.parametrize("suffix", [".png", ".jpg", ".tif"])
def test_an_image_named_as_input_is_read_by_ocr(tmp_path, suffix):
    path = tmp_path / f"trang{suffix}"
    _page_image(path, "Thời gian tới cần tăng cường kiểm tra.")
    text = read(path)
    assert text.format == "image" and "tăng cường kiểm tra" in text.text
    assert text.locations == ("image (OCR)",) and "read by OCR" in text.warnings[0]


def test_without_ocr_an_image_is_refused_with_the_install_hint(tmp_path, monkeypatch):
    from nq35cls.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    path = tmp_path / "trang.png"
    _page_image(path, "Kết quả")
    with pytest.raises(InputError, match="trang.png: an image of a page: install Tesseract"):
        read(path)


def test_a_value_stamped_a_little_above_its_line_goes_into_it(tmp_path):
    """A permit's date: the day written into the blank of "ngay    thang 3" by an annotation drawn four points
    above the line (as a real one is) goes into the line, which stays one paragraph at one place; it made a
    line of its own inside the paragraph ("26\nHa Noi, ngay thang ..."), its paragraphs one more than their
    places, and the batch's labeling failed."""
    from nq35cls.segment import split_paragraphs

    ops = [
        b"BT /F1 12 Tf %d 700 Td (%s) Tj ET" % (x, t) for t, x in ((b"Ha Noi, ngay", 72), (b"thang 3 nam 2020", 170))
    ]
    note = b"<< /Type /Annot /Subtype /FreeText /F 4 /Rect [146 701 164 713] /Contents (26) >>"
    path = tmp_path / "date.pdf"
    path.write_bytes(_pdf(b" ".join(ops), page_extra=b"/Annots [5 0 R] ", more=(note,)))
    text = read(path)
    paragraphs = [p.text for p in split_paragraphs(text.text)]
    assert paragraphs == ["Ha Noi, ngay 26 thang 3 nam 2020"]
    assert len(text.locations) == len(paragraphs)


def test_a_block_of_several_lines_is_a_paragraph_per_line_at_its_place(tmp_path, monkeypatch):
    """Whatever a reader gives, the text has one location per paragraph: a block that holds line breaks (as
    the stamped date above did) is a paragraph per line, each at the block's place."""
    from nq35cls.readers import Block, pdf
    from nq35cls.segment import split_paragraphs

    blocks = [Block("26 3\nHà Nội, ngày\u2028tháng năm 2020", "page 1"), Block("Kính gửi các xã", "page 1")]
    monkeypatch.setattr(pdf, "read_blocks", lambda data, path: (blocks, ()))
    path = tmp_path / "lines.pdf"
    path.write_bytes(_pdf(b"BT /F1 12 Tf 72 700 Td (x) Tj ET"))
    text = read(path)
    paragraphs = [p.text for p in split_paragraphs(text.text)]
    assert paragraphs == ["26 3", "Hà Nội, ngày", "tháng năm 2020", "Kính gửi các xã"]
    assert text.locations == ("page 1",) * 4


def test_a_page_in_the_encoding_it_declares_is_read(tmp_path):
    """A page in ISO-8859-1, as it declares, its Vietnamese letters written as character references and a
    "©" byte in its footer: none of the encodings a text file is tried in fits it, so it was refused as
    undecodable ("save it as UTF-8"); it is decoded as it declares. A page whose bytes do not fit what it
    declares is still refused."""
    body = "Báo cáo kết quả thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị trong năm qua."
    references = "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in body)
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
        f"<body><p>{references}</p><p>\xa9 2011 Ban Tuyên giáo</p></body></html>"
    ).encode("latin-1", errors="xmlcharrefreplace")
    path = tmp_path / "latin1.html"
    path.write_bytes(page)
    text = read(path)
    assert text.text.splitlines() == [body, "© 2011 Ban Tuyên giáo"]
    path.write_bytes(page.replace(b"iso-8859-1", b"utf-8"))
    with pytest.raises(InputError, match="not valid UTF-8"):
        read(path)


def test_a_picture_where_ocr_reads_nothing_leaves_its_page_as_it_was(monkeypatch):
    # a photo among typed pages: OCR reads no text on it; no warning of "0 paragraphs read"
    from nq35cls.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "page_paragraphs", lambda page, annotations=True: [])
    text = read(FIXTURES / "scanned_appendix.pdf")
    assert text.locations == ("page 1", "page 3") and text.warnings == ()


def test_glyphs_mapped_to_no_character_are_marks_not_cid_codes(tmp_path):
    """A font without a map to Unicode: pdfminer writes each glyph as "(cid:78)", which filled real pages with
    "Nh(cid:1)p môn phát tri(cid:2)n" and hid them from the check of unmapped text; each is one "\ufffd"."""
    font = (
        b"Foo /Subtype /Type0 /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 "
        b"/BaseFont /Foo /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>]"
    )
    path = tmp_path / "cid.pdf"
    path.write_bytes(_pdf(b"BT /F1 11 Tf 72 700 Td <004E0068000100700020006D006F006E> Tj ET", font=font))
    text = read(path).text
    assert "cid" not in text and text.replace(" ", "") == "\ufffd" * 8
