"""Paragraphs of Tesseract's word boxes (nq35cls.readers.ocr.tsv_paragraphs): a header's two blocks side by
side read column by column, the rest as Tesseract's own paragraphs."""

from __future__ import annotations

from nq35cls.readers.ocr import tsv_paragraphs

HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(lines: list[tuple[int, int, list[tuple[int, str]]]], height: int = 40) -> str:
    """Tesseract's TSV of ``lines``, each (block, paragraph, words), a word (left edge, text) 20 px a letter."""
    rows = [HEAD]
    for n, (block, par, words) in enumerate(lines, start=1):
        rows.append(f"4\t1\t{block}\t{par}\t{n}\t0\t0\t{n * 60}\t2000\t{height}\t-1\t")
        for k, (left, text) in enumerate(words, start=1):
            rows.append(f"5\t1\t{block}\t{par}\t{n}\t{k}\t{left}\t{n * 60}\t{20 * len(text)}\t{height}\t95\t{text}")
    return "\n".join(rows) + "\n"


def _words(left: int, text: str) -> list[tuple[int, str]]:
    """The words of ``text`` from ``left``, one space (20 px) apart."""
    out = []
    for word in text.split():
        out.append((left, word))
        left += 20 * len(word) + 20
    return out


def test_a_paragraph_is_its_lines_joined_as_tesseract_reads_it():
    tsv = _tsv(
        [
            (1, 1, _words(100, "Năm qua huyện đã tổ chức")),
            (1, 1, _words(100, "46 hội nghị.")),
            (2, 1, _words(100, "Tuy nhiên, còn chậm.")),
        ]
    )
    assert tsv_paragraphs(tsv) == ["Năm qua huyện đã tổ chức 46 hội nghị.", "Tuy nhiên, còn chậm."]


def test_a_header_side_by_side_is_read_column_by_column():
    """OCR reads "ỦY BAN NHÂN DÂN" and the motto beside it as one line; the number and the dateline too. The
    number line, where its digits stand apart as handwriting, is still one line of the left column."""
    tsv = _tsv(
        [
            (1, 1, _words(100, "ỦY BAN NHÂN DÂN") + _words(600, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
            (2, 1, _words(130, "HUYỆN AN LÂM") + _words(720, "Độc lập - Tự do - Hạnh phúc")),
            (
                2,
                1,
                _words(120, "Số:")
                + _words(260, "46/BC-UBND")
                + _words(700, "An Lâm, ngày")
                + _words(1060, "24 tháng 01 năm 2025"),
            ),
            (2, 1, _words(900, "BÁO CÁO")),
            (3, 1, _words(100, "Năm 2025, huyện đã giải quyết 1.250 hồ sơ đúng hạn.")),
        ]
    )
    assert tsv_paragraphs(tsv) == [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN AN LÂM",
        "Số: 46/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "An Lâm, ngày 24 tháng 01 năm 2025",
        "BÁO CÁO",
        "Năm 2025, huyện đã giải quyết 1.250 hồ sơ đúng hạn.",
    ]


def test_lines_on_one_side_under_a_header_stay_in_their_column():
    """An official letter: its abstract ("V/v ...") under the number, on the left only."""
    tsv = _tsv(
        [
            (1, 1, _words(100, "SỞ Y TẾ") + _words(700, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
            (1, 1, _words(100, "Số: 12/SYT-VP") + _words(720, "An Lâm, ngày 3 tháng 5 năm 2025")),
            (1, 1, _words(100, "V/v báo cáo kết quả")),
            (2, 1, _words(100, "Kính gửi: Ủy ban nhân dân tỉnh An Lâm, các sở, ban, ngành.")),
        ]
    )
    assert tsv_paragraphs(tsv) == [
        "SỞ Y TẾ",
        "Số: 12/SYT-VP",
        "V/v báo cáo kết quả",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "An Lâm, ngày 3 tháng 5 năm 2025",
        "Kính gửi: Ủy ban nhân dân tỉnh An Lâm, các sở, ban, ngành.",
    ]


def test_rows_of_a_table_are_left_as_tesseract_reads_them():
    """Three cells a row: a table, not a header; its rows are not read column by column."""
    rows = [
        (1, 1, _words(100, a) + _words(600, b) + _words(1100, c))
        for a, b, c in (("STT", "Chỉ tiêu", "Kết quả"), ("1", "Hồ sơ", "1.250"), ("2", "Đúng hạn", "98%"))
    ]
    assert tsv_paragraphs(_tsv(rows)) == ["STT Chỉ tiêu Kết quả 1 Hồ sơ 1.250 2 Đúng hạn 98%"]


def test_specks_beside_a_header_line_are_left_out_and_look_alike_letters_read_as_vietnamese():
    tsv = _tsv(
        [
            (1, 1, [(40, '"')] + _words(100, "ỦY BAN NHÂN DÂN") + _words(700, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
            (1, 1, _words(100, "Số: 5/QÐ-UBND") + _words(700, "Độc lập - Tự do - Hạnh phúc") + [(1400, "_")]),
        ]
    )
    assert tsv_paragraphs(tsv) == [
        "ỦY BAN NHÂN DÂN",
        "Số: 5/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]


def test_a_signature_block_keeps_its_items_marks():
    tsv = _tsv(
        [
            (1, 1, _words(100, "Nơi nhận:") + _words(1000, "TM. ỦY BAN NHÂN DÂN")),
            (1, 1, [(40, "`")] + _words(100, "- Như trên;") + _words(1100, "CHỦ TỊCH")),
            (1, 1, _words(100, "- Lưu: VT.")),
        ]
    )
    assert tsv_paragraphs(tsv) == ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_paragraphs_tesseract_ran_together_are_told_apart_by_their_lines():
    """Tesseract often gives a heading and its text, or a list's items, as one paragraph; their lines tell them
    apart: a heading's line stops short and the text opens with a capital, an item opens with its mark after
    a line that ended a sentence, a first line is indented after one."""
    wide = "Huyện đã giải quyết 1.250 hồ sơ đúng hạn, đạt tỷ lệ"  # a line that reaches the right margin
    tsv = _tsv(
        [
            (1, 1, _words(100, "1. Cải cách thủ tục")),
            (1, 1, _words(100, wide)),
            (1, 1, _words(100, "98%, cao hơn năm trước.")),
            (1, 1, _words(100, "2. Hiện đại hóa nền hành chính:")),
            (1, 1, _words(100, "a) Đã cấp 320 chữ ký số cho cán bộ.")),
            (1, 1, _words(220, "Năm 2026, huyện tiếp tục đẩy mạnh")),
            (1, 1, _words(100, "chuyển đổi số, giao ban trực tuyến.")),
        ]
    )
    assert tsv_paragraphs(tsv) == [
        "1. Cải cách thủ tục",
        f"{wide} 98%, cao hơn năm trước.",
        "2. Hiện đại hóa nền hành chính:",
        "a) Đã cấp 320 chữ ký số cho cán bộ.",
        "Năm 2026, huyện tiếp tục đẩy mạnh chuyển đổi số, giao ban trực tuyến.",
    ]


def test_a_sentence_wrapped_over_lines_stays_one_paragraph():
    """Lines that reach the margin, or go on in lower case, or a centred title's second line: no new paragraph."""
    tsv = _tsv(
        [
            (1, 1, _words(100, "Trong năm, Ủy ban nhân dân huyện đã ban hành")),
            (1, 1, _words(100, "Kế hoạch số 12/KH-UBND về cải cách hành chính.")),
            (2, 1, _words(400, "Kết quả thực hiện công tác cải cách")),
            (2, 1, _words(520, "hành chính năm 2025")),
        ]
    )
    assert tsv_paragraphs(tsv) == [
        "Trong năm, Ủy ban nhân dân huyện đã ban hành Kế hoạch số 12/KH-UBND về cải cách hành chính.",
        "Kết quả thực hiện công tác cải cách hành chính năm 2025",
    ]


def test_nothing_read_gives_no_paragraph():
    assert tsv_paragraphs(HEAD + "\n") == [] and tsv_paragraphs("") == []
