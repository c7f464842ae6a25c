"""Word files read as they print: list numbers (.doc and .docx alike), multi-paragraph cells,
TCVN3 capitals fonts, and pictures of pages read by OCR.

The .doc fixtures are the .docx documents of tests/fixtures/make_office.py saved by LibreOffice;
the tests build the same .docx with python-docx, so both readers are held to one expected text.
"""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

import pytest

from nq35cls.errors import InputError
from nq35cls.readers import read
from nq35cls.readers.numbering import Counters, LevelFormat

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
import make_office  # noqa: E402


def _table_stream(path: Path) -> tuple[str, bytes, bytes]:
    import olefile

    with olefile.OleFileIO(str(path)) as ole:
        word = ole.openstream("WordDocument").read()
        name = "1Table" if struct.unpack_from("<H", word, 0x0A)[0] & 0x0200 else "0Table"
        return name, word, ole.openstream(name).read()


def _rewritten(tmp_path: Path, source: Path, change) -> Path:
    """A copy of a .doc whose WordDocument and table streams ``change(word, table)`` rewrote (same sizes)."""
    import olefile

    path = tmp_path / source.name
    path.write_bytes(source.read_bytes())
    name, word, table = _table_stream(path)
    new_word, new_table = change(bytearray(word), bytearray(table))
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        ole.write_stream("WordDocument", bytes(new_word))
        ole.write_stream(name, bytes(new_table))
    return path


# --- list numbers -------------------------------------------------------------------------------


def test_doc_list_numbers_are_rebuilt_as_word_prints_them():
    """Numbered headings (I., II.), three levels (1. / a) / i.) restarting under a new parent, bullets,
    a list starting at 5, and the numbers of a list continued inside a table cell."""
    text = read(FIXTURES / "lists.doc")
    assert text.text.splitlines() == make_office.LIST_EXPECTED


def test_docx_and_doc_readers_give_the_same_numbers(tmp_path):
    path = tmp_path / "lists.docx"
    make_office.lists_document(path)
    assert read(path).text.splitlines() == make_office.LIST_EXPECTED == read(FIXTURES / "lists.doc").text.splitlines()


def test_damaged_list_tables_lose_the_numbers_not_the_text(tmp_path):
    """List tables overwritten with garbage, or pointed outside the table stream: the text is read, unnumbered."""
    symbols = 2  # the last lines: a bullet inserted as a symbol, not a list item, and a checkbox
    unnumbered = [
        re.sub(r"^(-|[IVX]+\.|\d+\.|[a-z]\)|[ivx]+\.) ", "", line) for line in make_office.LIST_EXPECTED[:-symbols]
    ] + make_office.LIST_EXPECTED[-symbols:]

    def garbage(word, table):
        fc, lcb = struct.unpack_from("<II", word, 0x02E2)
        table[fc + 2 : fc + lcb + 600] = b"\xff" * len(table[fc + 2 : fc + lcb + 600])
        return word, table

    def outside(word, table):
        struct.pack_into("<II", word, 0x02E2, len(table) - 4, 4000)
        struct.pack_into("<II", word, 0x02EA, 0xFFFFFF00, 64)
        return word, table

    for change in (garbage, outside):
        lines = read(_rewritten(tmp_path, FIXTURES / "lists.doc", change)).text.splitlines()
        assert [line for line in lines if "|" not in line] == [line for line in unnumbered if "|" not in line]


def test_damaged_paragraph_pages_still_give_the_text(tmp_path):
    """The paragraph property pages (PAPX FKPs) overwritten: no numbers, no table cells joined, but every word."""

    def scramble(word, table):
        fc, lcb = struct.unpack_from("<II", word, 0x0102)
        for k in range((lcb - 4) // 8):
            (pn,) = struct.unpack_from("<I", table, fc + 4 * ((lcb - 4) // 8 + 1) + 4 * k)
            word[pn * 512 : pn * 512 + 511] = bytes(range(7, 256)) * 2 + b"\x00" * 13
        return word, table

    text = read(_rewritten(tmp_path, FIXTURES / "lists.doc", scramble)).text
    words = [word for line in make_office.LIST_EXPECTED for word in re.findall(r"[^\W\d_]{3,}", line)]
    assert len(words) > 100 and [word for word in words if word not in text] == []


def test_counters_restart_deeper_levels_and_write_formats():
    levels = [
        LevelFormat("upperRoman", "%1."),
        LevelFormat("decimal", "%1.%2."),
        LevelFormat("lowerLetter", "%3)", restart_below=0),  # never restarts
    ]
    counters = Counters()
    labels = [counters.label("L", ilvl, levels) for ilvl in (0, 1, 1, 2, 0, 1, 2)]
    assert labels == ["I.", "I.1.", "I.2.", "a)", "II.", "II.1.", "b)"]
    legal = [LevelFormat("upperRoman", "%1."), LevelFormat("decimal", "%1.%2.", legal=True)]
    counters = Counters()
    assert [counters.label("L", ilvl, legal) for ilvl in (0, 0, 0, 1)] == ["I.", "II.", "III.", "3.1."]
    assert counters.label("L", 5, legal) == "" and counters.label("L", -1, legal) == ""
    assert Counters().label("B", 0, [LevelFormat("bullet", "\uf0b7")]) == "-"
    # a level skipped over (IV. then IV.1.1.) counts as at its start: the next item of that level is the second
    skipped = [LevelFormat("upperRoman", "%1."), LevelFormat("decimal", "%1.%2."), LevelFormat("decimal", "%1.%2.%3.")]
    counters = Counters()
    assert [counters.label("S", ilvl, skipped) for ilvl in (0, 0, 0, 0, 2, 1, 2)] == [
        "I.",
        "II.",
        "III.",
        "IV.",
        "IV.1.1.",
        "IV.2.",
        "IV.2.1.",
    ]


def test_a_malformed_property_list_stops_without_error():
    from nq35cls.readers.word97 import sprms

    assert sprms(bytes.fromhex("0b46 0200 0a26 01")) == [(0x460B, b"\x02\x00"), (0x260A, b"\x01")]
    assert sprms(bytes.fromhex("0b46 02")) == []  # the operand runs past the end
    assert sprms(bytes.fromhex("08d6 ffff 00")) == []  # a table definition longer than the data
    assert sprms(b"") == [] and sprms(b"\x0b") == []


# --- TCVN3 capitals fonts ------------------------------------------------------------------------


def test_doc_runs_in_a_tcvn3_capitals_font_are_upper_case():
    text = read(FIXTURES / "tcvn3.doc")
    assert text.text.splitlines() == make_office.TCVN3_EXPECTED
    assert any("TCVN3" in w for w in text.warnings)


def test_docx_runs_in_a_tcvn3_capitals_font_are_upper_case(tmp_path):
    path = tmp_path / "tcvn3.docx"
    make_office.tcvn3_document(path)
    text = read(path)
    assert text.text.splitlines() == make_office.TCVN3_EXPECTED
    assert any("TCVN3" in w for w in text.warnings)


def test_a_capitals_font_in_a_unicode_document_only_raises_its_own_letters(tmp_path):
    """Not TCVN3 text: nothing is converted; the ASCII letters of the .VnTimeH run print as capitals."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("Kết quả công tác năm nay của xã Hòa Bình đạt khá, ")
    paragraph.add_run("ke hoach").font.name = ".VnTimeH"
    paragraph.add_run(" tiếp theo").font.name = ".VnTime"
    path = tmp_path / "mixed.docx"
    document.save(path)
    text = read(path)
    assert text.text == "Kết quả công tác năm nay của xã Hòa Bình đạt khá, KE HOACH tiếp theo"
    assert text.warnings == ()


def test_resolve_capitals_removes_its_marks():
    from nq35cls.readers.legacy import CAPITALS_END, CAPITALS_START, resolve_capitals

    assert resolve_capitals(["không có gì"]) == (["không có gì"], None)
    marked = [f"Xã {CAPITALS_START}an phu{CAPITALS_END} và {CAPITALS_START}{CAPITALS_END}thôn"]
    assert resolve_capitals(marked) == (["Xã AN PHU và thôn"], None)


# --- table cells ---------------------------------------------------------------------------------


def test_a_row_of_short_cells_is_one_block_and_a_body_cell_is_read_paragraph_by_paragraph():
    from nq35cls.readers.cells import row_blocks

    assert [b.text for b in row_blocks([["Chỉ tiêu"], [], ["12"]], "table 1, row 1")] == ["Chỉ tiêu | 12"]
    assert row_blocks([[], [""]], "table 1, row 2") == []
    letterhead = row_blocks([["UBND XÃ AN HÒA", "Số: 12/BC-UBND"], ["An Hòa, ngày 3 tháng 5"]], "table 1, row 1")
    assert [b.text for b in letterhead] == ["UBND XÃ AN HÒA Số: 12/BC-UBND | An Hòa, ngày 3 tháng 5"]
    alone = row_blocks([["1. Về hình thức:", "Trình bày rõ ràng."]], "table 2, row 1")
    assert [(b.text, b.where) for b in alone] == [
        ("1. Về hình thức:", "table 2, row 1"),
        ("Trình bày rõ ràng.", "table 2, row 1"),
    ]
    long = "Đã hoàn thành " + "nhiều việc " * 40
    body = row_blocks([["Nội dung"], ["2. Về kết quả:", long]], "table 3, row 2")
    assert [(b.text, b.where) for b in body] == [
        ("Nội dung", "table 3, row 2, cell 1"),
        ("2. Về kết quả:", "table 3, row 2, cell 2"),
        (long, "table 3, row 2, cell 2"),
    ]


def test_a_cell_of_many_numbered_paragraphs_keeps_them_apart_in_both_formats(tmp_path):
    path = tmp_path / "lists.docx"
    make_office.lists_document(path)
    for reading in (read(path), read(FIXTURES / "lists.doc")):
        lines = reading.text.splitlines()
        start = lines.index("3. Nhân rộng mô hình ra 12 xã.")
        cell = make_office.LIST_EXPECTED.index("Giải pháp")
        assert lines[start - 1 : start + 4] == make_office.LIST_EXPECTED[cell : cell + 5]
        assert reading.locations[start].startswith("table 1, row ")


# --- pictures of pages ---------------------------------------------------------------------------


def test_without_tesseract_a_word_file_of_pictures_names_the_package(tmp_path, monkeypatch):
    from nq35cls.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    path = tmp_path / "picture.docx"
    make_office.picture_document(path)
    for source in (path, FIXTURES / "picture.doc"):
        with pytest.raises(InputError, match="pages are pictures.*apt install tesseract-ocr tesseract-ocr-vie"):
            read(source)


def test_without_tesseract_a_typed_title_over_a_scan_is_read_with_a_warning(tmp_path, monkeypatch):
    from nq35cls.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    path = tmp_path / "titled.docx"
    make_office.picture_document(path, title="Phụ lục kèm theo báo cáo số 7")
    text = read(path)
    assert text.text == "Phụ lục kèm theo báo cáo số 7"
    assert text.warnings == (f"pictures of pages were not read: {ocr.INSTALL_HINT}",)


def test_a_logo_beside_a_short_text_is_not_taken_for_a_page(tmp_path, monkeypatch):
    import io

    import docx
    from PIL import Image

    from nq35cls.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: pytest.fail("a logo must not be read by OCR"))
    logo = io.BytesIO()
    Image.effect_noise((300, 200), 80).save(logo, format="PNG")  # noise: a picture of many bytes, few pixels
    assert len(logo.getvalue()) > 4_000
    document = docx.Document()
    document.add_picture(io.BytesIO(logo.getvalue()))
    document.add_paragraph("Thông báo: họp chi bộ lúc 14 giờ ngày 5 tháng 3.")
    path = tmp_path / "notice.docx"
    document.save(path)
    text = read(path)
    assert text.text == "Thông báo: họp chi bộ lúc 14 giờ ngày 5 tháng 3." and text.warnings == ()


def test_a_word_file_without_text_or_pictures_is_refused(tmp_path):
    import docx

    path = tmp_path / "empty.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(path)
    with pytest.raises(InputError, match="no text found in this Word file, and no picture of a page"):
        read(path)


@pytest.mark.skipif(not __import__("nq35cls.readers.ocr").readers.ocr.available(), reason="needs Tesseract (vie)")
def test_a_word_file_of_a_scanned_page_is_read_by_ocr(tmp_path):
    path = tmp_path / "picture.docx"
    make_office.picture_document(path)
    for source in (path, FIXTURES / "picture.doc"):
        text = read(source)
        lines = text.text.splitlines()
        assert len(lines) == 3 and "BÁO CÁO" in lines[0]
        assert "17 buổi tuyên truyền" in lines[1] and "chậm triển khai" in lines[2]
        assert text.locations[0] == "picture 1 (OCR)" and "read by OCR" in text.warnings[0]
    titled = tmp_path / "titled.docx"
    make_office.picture_document(titled, title="Phụ lục kèm theo báo cáo số 7")
    text = read(titled)
    assert text.text.splitlines()[0] == "Phụ lục kèm theo báo cáo số 7" and len(text.text.splitlines()) == 4
    assert text.locations[:2] == ("paragraph 1", "picture 1 (OCR)")


def test_pictures_are_found_in_a_doc_data_stream():
    from nq35cls.readers.pictures import doc_images

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 30 + b"IEND\xaeB`\x82"
    # a JPEG whose APP1 segment holds an end marker (a thumbnail's): the picture runs to the real end
    jpeg = b"\xff\xd8\xff\xe1\x00\x06\xff\xd9\x00\x00\xff\xda\x00\x02" + b"\x11" * 20 + b"\xff\xd9"
    blob = b"junk" * 10 + jpeg + b"\x00" * 16 + png + b"\xff\xd8\xff\x00broken"
    assert doc_images(blob) == [jpeg, png]
    assert doc_images(b"no pictures here") == []


def test_a_fast_saved_piece_applies_its_list_properties():
    """A piece's complex property modifier (Prm1 -> Prc) holds sprms applied to the paragraphs it ends."""
    from nq35cls.readers.word97 import piece_sprms, pieces

    grpprl = bytes.fromhex("0b46 0200 0a26 01")
    pcds = struct.pack("<HIH", 0, 0x40000000 | 2 * 0x800, 1) + struct.pack("<HIH", 0, 0x40000000 | 2 * 0x805, 0)
    plc = struct.pack("<3I", 0, 5, 10) + pcds
    clx = b"\x01" + struct.pack("<h", len(grpprl)) + grpprl + b"\x02" + struct.pack("<I", len(plc)) + plc
    word = bytearray(0x1AA)
    struct.pack_into("<II", word, 0x01A2, 0, len(clx))
    assert pieces(bytes(word), clx) == [(0, 5, 0x800, True), (5, 10, 0x805, True)]
    assert piece_sprms(bytes(word), clx) == [{0x460B: b"\x02\x00", 0x260A: b"\x01"}, {}]


def test_overrides_of_one_list_share_its_counts_and_a_start_override_restarts_it():
    """As Word counts: LFO 2 restarts the list at its first paragraph, LFO 3 (no override) goes on."""
    from nq35cls.readers import doc, word97

    paragraphs = ["Họp chi bộ", "Họp đoàn", "Rà soát hồ sơ", "Cập nhật số liệu", "Báo cáo huyện"]
    text = "".join(p + "\r" for p in paragraphs)
    ends = [k for k, ch in enumerate(text) if ch == "\r"]
    document = word97.Document(
        text,
        paragraphs=[word97.Paragraph(end, ilfo) for end, ilfo in zip(ends, (1, 1, 2, 3, 2))],
        lists={7: [LevelFormat("decimal", "%1.")]},
        overrides=[word97.Override(7), word97.Override(7, {0: 1}), word97.Override(7)],
    )
    blocks, _ = doc._blocks(document)
    assert [b.text for b in blocks] == [
        "1. Họp chi bộ",
        "2. Họp đoàn",
        "1. Rà soát hồ sơ",
        "2. Cập nhật số liệu",
        "3. Báo cáo huyện",
    ]


def test_list_overrides_are_read_whether_or_not_they_override_levels():
    """Every LFO has its LFOData (a cp, then its LFOLVLs), also one without levels: none is skipped."""
    from nq35cls.readers.word97 import Override, _overrides

    lfos = struct.pack("<i4x4xB3x", 7, 0) + struct.pack("<i4x4xB3x", 7, 1) + struct.pack("<i4x4xB3x", 9, 0)
    data = struct.pack("<i", 3) + lfos + struct.pack("<i", 0) + struct.pack("<iiI", 0, 5, 0x10) + struct.pack("<i", 0)
    word = bytearray(0x2F2)
    struct.pack_into("<II", word, 0x02EA, 0, len(data))
    assert _overrides(bytes(word), data) == [Override(7), Override(7, {0: 5}), Override(9)]
    struct.pack_into("<II", word, 0x02EA, 0, len(data) - 10)  # the LFOLVL cut short: the overrides without it
    assert _overrides(bytes(word), data) == [Override(7), Override(7), Override(9)]
    struct.pack_into("<II", word, 0x02EA, 8, len(data))  # pointing past the stream's end: none
    assert _overrides(bytes(word), data) == []


def test_an_empty_numbered_cell_prints_its_number(tmp_path):
    """A table's "STT" column numbered by Word: the cells are empty paragraphs of a list."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    make_office._add_lists(document)
    table = document.add_table(rows=3, cols=2)
    for r, name in enumerate(("Xã An Phú", "Xã Tân Lập", "Xã Hòa Bình")):
        table.cell(r, 0).paragraphs[0]._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {make_office._W}><w:ilvl w:val="0"/><w:numId w:val="43"/></w:numPr>')
        )
        table.cell(r, 1).text = name
    path = tmp_path / "stt.docx"
    document.save(path)
    assert read(path).text.splitlines() == ["1. | Xã An Phú", "2. | Xã Tân Lập", "3. | Xã Hòa Bình"]


def test_docx_paragraphs_inside_content_controls_are_read(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("MỤC LỤC")
    inside = document.add_paragraph("Phần một: kết quả đạt được")
    document.add_paragraph("Phần hai: hạn chế")
    sdt = parse_xml(f"<w:sdt {make_office._W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    inside._p.addprevious(sdt)
    sdt[1].append(inside._p)
    path = tmp_path / "toc.docx"
    document.save(path)
    assert read(path).text.splitlines() == ["MỤC LỤC", "Phần một: kết quả đạt được", "Phần hai: hạn chế"]


def test_damaged_formatting_never_costs_the_text():
    """Random bytes changed in the formatting structures of lists.doc (the table stream apart from the
    piece table, the property pages of the WordDocument stream): the text is read every time."""
    import random

    from nq35cls.readers import doc, word97

    _, word, table = _table_stream(FIXTURES / "lists.doc")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x01A2)
    text_end = max(
        offset + (last - first) * (1 if compressed else 2)
        for first, last, offset, compressed in [piece for piece in word97.pieces(word, table)]
    )
    words = {w for line in make_office.LIST_EXPECTED for w in re.findall(r"[^\W\d_]{3,}", line)}
    rng = random.Random("nq35cls-doc-formatting")
    for _ in range(300):
        new_word, new_table = bytearray(word), bytearray(table)
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.5:
                at = rng.choice([k for k in range(len(table)) if not fc_clx <= k < fc_clx + lcb_clx])
                new_table[at] = rng.randrange(256)
            else:
                at = rng.randrange(text_end, len(word))
                new_word[at] = rng.randrange(256)
        blocks, _ = doc._blocks(word97.parse(bytes(new_word), bytes(new_table)))
        assert words <= {w for b in blocks for w in re.findall(r"[^\W\d_]{3,}", b.text)}


def test_a_theme_font_wins_over_a_named_capitals_font_as_in_word(tmp_path):
    """python-docx's Heading 2 takes its font from the theme; a .VnTimeH name beside it is not used."""
    import docx

    document = docx.Document()
    document.styles["Heading 2"].font.name = ".VnTimeH"
    document.add_paragraph("ke hoach nam toi", style="Heading 2")
    styled = document.styles.add_style("Muc", 1)
    styled.font.name = ".VnTimeH"
    document.add_paragraph("ke hoach quy toi", style=styled)
    path = tmp_path / "theme.docx"
    document.save(path)
    assert read(path).text.splitlines() == ["ke hoach nam toi", "KE HOACH QUY TOI"]


def test_field_instructions_are_hidden_also_when_fields_nest():
    """A table of contents' line: a HYPERLINK field holding a PAGEREF field; only the results remain,
    and the positions of the paragraph marks do not move."""
    from nq35cls.readers.doc import _clean, _hide_field_codes

    raw = 'a \x13 HYPERLINK \\l "_Toc1" \x14I. Kết quả\t\x13 PAGEREF _Toc1 \x14 3\x15\x15 b\r'
    hidden = _hide_field_codes(raw)
    assert len(hidden) == len(raw) and hidden.index("\r") == raw.index("\r")
    assert _clean(hidden) == "a I. Kết quả 3 b"
    # a field never closed (a damaged file): the text after it is kept
    assert _clean(_hide_field_codes("Kết quả \x13" * 5000 + "không đóng")) == "Kết quả " * 4999 + "Kết quả không đóng"


def test_inserted_symbols_are_bullets_or_nothing():
    """A .doc symbol run (sprmCSymbol) holds a placeholder character: a bullet becomes "-", a checkbox nothing."""
    from nq35cls.readers import doc, word97

    text = "(\tGửi kèm phụ lục.\rĐã nộp: ( đúng hạn\r"
    document = word97.Document(
        text,
        paragraphs=[word97.Paragraph(k) for k, ch in enumerate(text) if ch == "\r"],
        symbols=[(0, 1, "\uf0b7"), (text.index("( đúng"), text.index("( đúng") + 1, "\uf0a8")],
    )
    assert [b.text for b in doc._blocks(document)[0]] == ["- Gửi kèm phụ lục.", "Đã nộp: đúng hạn"]


def _word_online(path: Path) -> Path:
    """A .docx as Word Online writes it: the document part is ``word/document2.xml``, named by the package's
    relationships, with its own relationships (its styles) beside it."""
    import io
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("Kết quả đạt được")
    document.add_paragraph("Đã tổ chức 12 hội nghị quán triệt cho cán bộ, đảng viên.")
    buf = io.BytesIO()
    document.save(buf)
    renamed = {
        "word/document.xml": "word/document2.xml",
        "word/_rels/document.xml.rels": "word/_rels/document2.xml.rels",
    }
    with zipfile.ZipFile(buf) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            data = source.read(name)
            if name in ("_rels/.rels", "[Content_Types].xml"):
                data = data.replace(b"word/document.xml", b"word/document2.xml")
            out.writestr(renamed.get(name, name), data)
    return path


def test_a_word_online_document_is_read_from_the_part_its_package_names(tmp_path):
    text = read(_word_online(tmp_path / "online.docx"))
    assert text.format == "docx"
    assert text.text.splitlines() == ["Kết quả đạt được", "Đã tổ chức 12 hội nghị quán triệt cho cán bộ, đảng viên."]


def test_a_package_without_a_word_part_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "rels_only.docx"
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/missing.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w") as zf:  # the part it names is not there: no Word document
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("_rels/.rels", rels)
    with pytest.raises(InputError, match="not a Word document"):
        read(path)


@pytest.mark.parametrize(
    "main_type",
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    ],
)
def test_a_word_template_or_macro_file_is_refused_with_advice_not_as_damaged(tmp_path, main_type):
    import io
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("Đã tổ chức 12 hội nghị quán triệt cho cán bộ, đảng viên.")
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "mau.docx"
    with zipfile.ZipFile(buf) as source, zipfile.ZipFile(path, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    main_type.encode(),
                )
            out.writestr(name, data)
    with pytest.raises(InputError, match=r"template or macro-enabled file \(\.dotx, \.docm\): save it as a \.docx"):
        read(path)
