"""Report metadata from header blocks: every layout on headers written for these tests (invented units and numbers)."""

from __future__ import annotations

import random

import pytest

from nq35cls.metadata import ReportMetadata, display_body, extract_metadata, find_period, metadata_from_text

# The layout of Decree 30/2020: one line per paragraph, left column then right column.
TWO_LINE_BODY = """UBND TỈNH NAM HÀ LONG
SỞ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 329/BC-SYT
Hà Long, ngày 15 tháng 6 năm 2025
BÁO CÁO
Sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018
của Bộ Chính trị giai đoạn 2021–2025
Thực hiện Kế hoạch số 14-KH/TU của Tỉnh ủy, Sở Y tế báo cáo như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC"""

PARTY = """ĐẢNG BỘ HUYỆN KHE LAU
ĐẢNG ỦY XÃ PHÚ ĐIỀN
*
Số 45-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Điền, ngày 05 tháng 3 năm 2025
BÁO CÁO
kết quả công tác tuyên giáo quý I/2025
-----
Năm qua, Đảng ủy xã đã lãnh đạo các chi bộ thực hiện tốt nhiệm vụ."""

# A .docx header table: cells joined by " | ", the paragraphs of a cell by spaces.
DOCX_ROWS = [
    "UBND HUYỆN ĐÔNG SA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | Độc lập - Tự do - Hạnh phúc",
    "Số: 78/KH-PGDĐT | Đông Sa, ngày 2 tháng 9 năm 2024",
    "KẾ HOẠCH",
    "Tuyên truyền về bảo vệ nền tảng tư tưởng của Đảng năm học 2024-2025",
    "Căn cứ Kế hoạch số 31/KH-UBND ngày 20/8/2024 của UBND huyện;",
]
DOCX_ONE_ROW = [
    "HUYỆN ỦY VÂN XUYÊN BAN TUYÊN GIÁO ***** Số 12-BC/BTGHU"
    " | ĐẢNG CỘNG SẢN VIỆT NAM Vân Xuyên, ngày 30 tháng 12 năm 2024",
    "BÁO CÁO",
    "Tổng kết công tác tuyên giáo năm 2024",
]

# PDF text: the two columns interleaved on one line.
PDF_INTERLEAVED = """UBND HUYỆN BẮC LĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA VÀ THÔNG TIN Độc lập – Tự do – Hạnh phúc
Số: 12/BC-PVHTT Bắc Lĩnh, 05/3/2025
BÁO CÁO
Kết quả công tác 6 tháng đầu năm 2025
Trong 6 tháng đầu năm, Phòng đã tham mưu tổ chức 14 hội nghị."""

# A body that wraps onto a second line is one body, not two.
WRAPPED_BODY = """ỦY BAN NHÂN DÂN
XÃ TÂN HƯNG
-------
Số: 07/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Tân Hưng, ngày 1 tháng 2 năm 2024
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 01/2024"""

WEB_PAGE = """Trang chủ | Giới thiệu | Tin tức | Liên hệ
TIN TỨC - SỰ KIỆN
Huyện Khe Lau sơ kết công tác tuyên truyền
Ngày đăng: 21/06/2024 | Lượt xem: 318
Sáng ngày 20/6, Huyện ủy Khe Lau tổ chức hội nghị sơ kết công tác tuyên truyền.
Tin liên quan"""


def test_two_line_body_number_date_type_subject_period():
    meta = metadata_from_text(TWO_LINE_BODY)
    assert meta.issuing_body == "SỞ Y TẾ" and meta.superior_body == "UBND TỈNH NAM HÀ LONG"
    assert meta.number == "329/BC-SYT" and meta.date == "2025-06-15" and meta.place == "Hà Long"
    assert meta.doc_type == "BÁO CÁO"
    assert meta.subject is not None and meta.subject.startswith("Sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW")
    assert meta.subject.endswith("của Bộ Chính trị giai đoạn 2021-2025")  # the body paragraph is not in it
    assert meta.period == "giai đoạn 2021-2025"  # not "năm 2018" from the resolution's date
    assert meta.name == "Sở Y tế, 329/BC-SYT, 15/6/2025"


def test_party_document():
    meta = metadata_from_text(PARTY)
    assert (meta.issuing_body, meta.superior_body) == ("ĐẢNG ỦY XÃ PHÚ ĐIỀN", "ĐẢNG BỘ HUYỆN KHE LAU")
    assert meta.number == "45-BC/ĐU" and meta.date == "2025-03-05" and meta.place == "Phú Điền"
    assert meta.subject == "kết quả công tác tuyên giáo quý I/2025" and meta.period == "quý I/2025"
    assert meta.name == "Đảng ủy xã Phú Điền, 45-BC/ĐU, 5/3/2025"


def test_docx_table_rows():
    meta = extract_metadata(DOCX_ROWS)
    assert meta.issuing_body == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" and meta.superior_body == "UBND HUYỆN ĐÔNG SA"
    assert (meta.number, meta.date, meta.place, meta.doc_type) == ("78/KH-PGDĐT", "2024-09-02", "Đông Sa", "KẾ HOẠCH")
    assert meta.subject == "Tuyên truyền về bảo vệ nền tảng tư tưởng của Đảng năm học 2024-2025"
    assert meta.period == "năm học 2024-2025"


def test_docx_header_in_one_row_of_two_cells():
    meta = extract_metadata(DOCX_ONE_ROW)
    assert (meta.superior_body, meta.issuing_body) == ("HUYỆN ỦY VÂN XUYÊN", "BAN TUYÊN GIÁO")
    assert (meta.number, meta.date, meta.place) == ("12-BC/BTGHU", "2024-12-30", "Vân Xuyên")
    assert meta.period == "năm 2024"
    assert meta.name == "Ban Tuyên giáo (Huyện ủy Vân Xuyên), 12-BC/BTGHU, 30/12/2024"  # a bare body: whose


def test_pdf_columns_interleaved_on_one_line():
    meta = metadata_from_text(PDF_INTERLEAVED)
    assert (meta.superior_body, meta.issuing_body) == ("UBND HUYỆN BẮC LĨNH", "PHÒNG VĂN HÓA VÀ THÔNG TIN")
    assert (meta.number, meta.date, meta.place) == ("12/BC-PVHTT", "2025-03-05", "Bắc Lĩnh")
    assert meta.subject == "Kết quả công tác 6 tháng đầu năm 2025" and meta.period == "6 tháng đầu năm 2025"
    assert meta.name == "Phòng Văn hóa và Thông tin, 12/BC-PVHTT, 5/3/2025"


def test_wrapped_body_and_no_type_line():
    meta = metadata_from_text(WRAPPED_BODY)
    assert meta.issuing_body == "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG" and meta.superior_body is None
    assert (meta.number, meta.date) == ("07/TB-UBND", "2024-02-01")
    assert meta.doc_type is None and meta.subject is None  # no type line (whatever the symbol's "TB" says)
    assert meta.name == "Ủy ban nhân dân xã Tân Hưng, 07/TB-UBND, 1/2/2024"


def test_web_page_without_a_header_gives_no_field():
    assert metadata_from_text(WEB_PAGE) == ReportMetadata()
    assert ReportMetadata().name is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Tân Hưng, ngày 05 tháng 3 năm 2025", "2025-03-05"),
        ("Tân Hưng, ngày 5 tháng 03 năm 2025", "2025-03-05"),
        ("Tân Hưng, 05/3/2025", "2025-03-05"),
        ("Tân Hưng, 5-3-2025", "2025-03-05"),
        ("Tân Hưng, ngày 31 tháng 2 năm 2025", None),  # no such day
    ],
)
def test_date_forms(line, iso):
    meta = extract_metadata(["UBND XÃ TÂN HƯNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"Số: 3/BC-UBND | {line}"])
    assert meta.date == iso and meta.number == "3/BC-UBND"


def test_draft_number_and_lowercase_number_words():
    meta = extract_metadata(
        ["UBND XÃ TÂN HƯNG", "Số: ...../BC-UBND", "BÁO CÁO", "Kết quả thực hiện Chỉ thị số 05-CT/TW"]
    )
    assert meta.number == "/BC-UBND" and meta.issuing_body == "UBND XÃ TÂN HƯNG"  # a blank number: its symbol
    assert meta.subject == "Kết quả thực hiện Chỉ thị số 05-CT/TW"  # "số 05-CT/TW" in the subject is no number


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Báo cáo 6 tháng cuối năm 2024", "6 tháng cuối năm 2024"),
        ("kết quả công tác quý III/2025", "quý III/2025"),
        ("Sơ kết giai đoạn 2021 - 2025", "giai đoạn 2021 - 2025"),
        ("tổng kết năm 2024 và phương hướng", "năm 2024"),
        ("Thực hiện Nghị quyết ngày 22 tháng 10 năm 2018", None),
        # a plan's horizon, with what follows it; a span of years; a round of a year
        ("Kế hoạch chuyển đổi số đến năm 2025, định hướng đến năm 2030", "đến năm 2025, định hướng đến năm 2030"),
        ("QUY HOẠCH NHÂN LỰC ĐẾN NĂM 2020, CÓ TÍNH ĐẾN NĂM 2030", "ĐẾN NĂM 2020, CÓ TÍNH ĐẾN NĂM 2030"),
        ("Đề án phát triển hạ tầng số tới năm 2030", "tới năm 2030"),
        ("Báo cáo kết quả thực hiện từ năm 2020 đến năm 2025", "từ năm 2020 đến năm 2025"),
        ("Kế hoạch kiểm tra đợt 1 năm 2014", "đợt 1 năm 2014"),
        ("không có kỳ nào", None),
    ],
)
def test_find_period(text, period):
    assert find_period(text) == period


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("SỞ Y TẾ", "Sở Y tế"),
        ("UBND TỈNH NAM HÀ LONG", "UBND tỉnh Nam Hà Long"),
        ("HUYỆN ỦY VÂN XUYÊN", "Huyện ủy Vân Xuyên"),
        ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Sở Tài nguyên và Môi trường"),
        ("TRƯỜNG THCS TÂN HƯNG", "Trường THCS Tân Hưng"),
        ("Ủy ban nhân dân xã Tân Hưng", "Ủy ban nhân dân xã Tân Hưng"),  # not in capitals: as written
        # acronyms stay: unlisted ones without a vowel ("Đ" is none) or of plain letters and no syllable, one
        # glued to "&"; a place's name that is no Vietnamese syllable ("KON TUM", "ĐẮK LẮK") is still a name
        ("PKĐK ĐẠI THỊNH", "PKĐK Đại Thịnh"),
        ("TTYT HUYỆN MÊ LINH", "TTYT huyện Mê Linh"),
        ("VĂN PHÒNG HĐND &UBND HUYỆN SƠN ĐÔNG", "Văn phòng HĐND &UBND huyện Sơn Đông"),
        ("UBND TỈNH KON TUM", "UBND tỉnh Kon Tum"),
        ("SỞ Y TẾ TỈNH ĐẮK LẮK", "Sở Y tế tỉnh Đắk Lắk"),
        # a school's level spelled out: the school's own name follows, capitalized
        ("TRƯỜNG TIỂU HỌC PHƯỚC AN", "Trường Tiểu học Phước An"),
        ("TRƯỜNG MẦM NON ĐỨC TÂN", "Trường Mầm non Đức Tân"),
        ("TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ BẢN PHỐ", "Trường Tiểu học và Trung học cơ sở Bản Phố"),
        # after a dash, a name (or a joint body's) starts again
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO - TẠP CHÍ GIÁO DỤC", "Sở Giáo dục và Đào tạo - Tạp chí giáo dục"),
    ],
)
def test_display_body(body, shown):
    assert display_body(body) == shown


def test_never_raises_on_odd_text():
    rng = random.Random(7)
    alphabet = "ỦY BAN Số:/-|,.* ngày tháng năm 0123456789 CỘNG HÒA Độc lập BÁO CÁO quý IV giai đoạn\n\t\x00\ud800"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        meta = metadata_from_text(text)
        assert isinstance(meta, ReportMetadata)
        assert meta.date is None or len(meta.date) == 10
        _ = meta.name
    assert extract_metadata([]) == ReportMetadata()
    assert extract_metadata(["", "|", "Số:", "x" * 100_000]) == ReportMetadata()


# Layouts of headers copied from web pages (all invented): site lines and a title above the header, the motto
# and the body wrapped onto two lines, a lone "Số:", Markdown and HTML marks, a head glued to the line above.
WEB_COPY = """Thứ hai, 12/05/2025 - 08:15 |
Chào mừng đến với trang thông tin của Trường Tiểu học Lam Sơn
BÁO CÁO TỔNG KẾT NĂM HỌC 2024-2025
PHÒNG GIÁO DỤC VÀ
ĐÀO TẠO KHE LAU
TRƯỜNG TIỂU HỌC LAM SƠN
**CỘNG HÒA XÃ HỘI CHỦ**
**NGHĨA VIỆT NAM**
<b>Độc lập - Tự do - Hạnh phúc</b>
Số:
41/BC-THLS
Lam Sơn, ngày 28
tháng 5 năm 2025
BÁO CÁO
Tổng kết năm học 2024-2025
Căn cứ Kế hoạch số 9/KH-PGDĐT ngày 05 tháng 9 năm 2024 của Phòng Giáo dục và Đào tạo;"""


def test_header_of_a_web_copy():
    meta = metadata_from_text(WEB_COPY)
    assert meta.issuing_body == "TRƯỜNG TIỂU HỌC LAM SƠN"
    assert meta.superior_body == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO KHE LAU"  # a line without a body of its own continues
    assert (meta.number, meta.date, meta.place) == ("41/BC-THLS", "2025-05-28", "Lam Sơn")
    assert meta.doc_type == "BÁO CÁO" and meta.subject == "Tổng kết năm học 2024-2025"  # the type under the header


def test_glued_head_joint_body_and_dates_inside_sentences():
    glued = extract_metadata(["UBND XÃ TÂN HƯNGTRƯỜNG MẦM NON HOA MAI", "Số: 5/KH-MNHM", "KẾ HOẠCH"])
    assert (glued.superior_body, glued.issuing_body) == ("UBND XÃ TÂN HƯNG", "TRƯỜNG MẦM NON HOA MAI")
    joint = extract_metadata(
        [
            "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "- ỦY BAN NHÂN DÂN XÃ TÂN HƯNG Độc lập - Tự do - Hạnh phúc",
            "Tân Hưng, ngày 3 tháng 4 năm 2023",
        ]
    )
    assert joint.issuing_body == "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO - ỦY BAN NHÂN DÂN XÃ TÂN HƯNG"
    assert joint.superior_body is None and joint.date == "2023-04-03"
    news = metadata_from_text(
        "Tin hoạt động\nNgày 26 tháng 02 năm 2025 Ủy ban nhân dân xã Tân Hưng đã ban hành kế hoạch mới.\n"
        "Trong đó, ngày 30 tháng 12 năm 2024, xã đã tổng kết công tác năm."
    )
    assert news == ReportMetadata()  # dates inside sentences, no header


def test_cover_page():
    meta = metadata_from_text(
        "ĐẠI HỌC VÙNG NAM HÀ\nTRƯỜNG ĐẠI HỌC KỸ THUẬT NAM HÀ\nKHOA ĐIỆN TỬ\nKHÓA LUẬN TỐT NGHIỆP\n"
        "Thiết kế bộ điều khiển cho máy bơm\nSINH VIÊN THỰC HIỆN: TRẦN VĂN AN"
    )
    assert (meta.superior_body, meta.issuing_body) == ("TRƯỜNG ĐẠI HỌC KỸ THUẬT NAM HÀ", "KHOA ĐIỆN TỬ")
    assert meta.doc_type == "KHÓA LUẬN TỐT NGHIỆP" and meta.number is None and meta.date is None


def test_a_bare_issuing_body_is_named_with_the_one_above():
    meta = extract_metadata(
        ["ĐẢNG BỘ TỈNH NAM HÀ LONG | ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY | Hà Long, ngày 2 tháng 1 năm 2025"]
    )
    assert (meta.superior_body, meta.issuing_body) == ("ĐẢNG BỘ TỈNH NAM HÀ LONG", "TỈNH ỦY")
    assert meta.name == "Tỉnh ủy (Đảng bộ tỉnh Nam Hà Long), 2/1/2025"


def test_a_draft_keeps_its_place_without_a_date():
    meta = extract_metadata(
        [
            "UBND XÃ TÂN HƯNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số:     /KH-UBND | DỰ THẢO Tân Hưng, ngày    tháng 9 năm 2025",
            "KẾ HOẠCH",
        ]
    )
    assert (meta.number, meta.date, meta.place) == ("/KH-UBND", None, "Tân Hưng")
    worded = extract_metadata(["UBND XÃ TÂN HƯNG", "Số: 8/BC-UBND", "Tân Hưng, ngày 27/5/ 2025", "BÁO CÁO"])
    assert (worded.date, worded.place) == ("2025-05-27", "Tân Hưng")


def test_type_line_in_lower_case_only_under_a_header():
    under = metadata_from_text(
        "UBND XÃ TÂN HƯNG\nSố: 8/BC-UBND\nTân Hưng, ngày 2 tháng 5 năm 2025\nbáo cáo\nKết quả năm 2024"
    )
    assert (under.doc_type, under.subject, under.period) == ("BÁO CÁO", "Kết quả năm 2024", "năm 2024")
    menu = metadata_from_text("Trang chủ\nBáo cáo\nKế hoạch\nXã Tân Hưng tổ chức hội nghị năm 2024")
    assert menu == ReportMetadata()  # a web page's menu items are no type line


def test_news_pages_that_look_like_headers_give_no_name():
    # the party's name in a sentence, a journal's issue number, "Số hóa - ..." and a weekday before a dateline
    page = metadata_from_text(
        "Tin tức\nThứ hai, ngày 30 tháng 12 năm 2024 | 10:20\n"
        "Số hóa - cơ hội cho các cơ quan báo chí của tỉnh\nGiới thiệu Tập san Văn hóa Số 5/2024\n"
        "HỘI NÔNG DÂN XÃ TÂN HƯNG TỔ CHỨC HỘI NGHỊ\n"
        "Hội nghị quán triệt các nghị quyết của Đảng Cộng sản Việt Nam cho hội viên, ngày 2 tháng 3 năm 2024."
    )
    assert (page.number, page.place, page.issuing_body, page.name) == (None, None, None, None)


def test_abbreviated_motto_split_over_lines():
    meta = metadata_from_text(
        "VĂN PHÒNG UBND TỈNH\nTỔ CÔNG TÁC\n-------\nCỘNG\nHÒA XHCN VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 31/BC-TCT\nHà Long, ngày 8 tháng 8 năm 2024\nBÁO CÁO\nKết quả kiểm tra quý III/2024"
    )
    assert (meta.superior_body, meta.issuing_body) == ("VĂN PHÒNG UBND TỈNH", "TỔ CÔNG TÁC")
    assert (meta.number, meta.date, meta.period) == ("31/BC-TCT", "2024-08-08", "quý III/2024")


# The quick tests before the header's patterns (resources/metadata.json "hints"): a line without its hint
# must hold no match of the hint's patterns, whatever its case.
def _hinted_patterns():
    from nq35cls.metadata import header_patterns

    pat = header_patterns()
    return pat, {
        "number": (pat.number,),
        "date_words_i": (pat.date_words,),
        "motto_i": pat.motto[: pat.whole_mottos],
        "motto_pieces_i": pat.motto[pat.whole_mottos :],
        "date_numeric": (pat.date_numeric,),
        "date_blank_i": (pat.date_blank,),
        "decoration": (pat.decoration,),
    }


def test_every_pattern_that_cuts_a_header_line_has_a_lowercase_hint():
    import re

    pat, hinted = _hinted_patterns()
    assert set(pat.hints) == set(hinted)
    for key, hint in pat.hints.items():
        assert hint.lowered == key.endswith("_i")
        if hint.lowered:  # searched in the lower-cased line: no capital, no i or s (İ, ı, ſ lower-case otherwise)
            literal = re.sub(r"\\.", "", hint.pattern.pattern)
            assert literal == literal.lower() and not set(literal) & {"i", "s"}, key


def test_each_hint_is_in_every_match_of_its_patterns(repo):
    from nq35cls.data import load_data
    from nq35cls.normalize import normalize_text

    pat, hinted = _hinted_patterns()
    lines = [line for text in (TWO_LINE_BODY, PARTY, WRAPPED_BODY, WEB_PAGE, WEB_COPY) for line in text.splitlines()]
    lines += DOCX_ROWS + [t for d in load_data(repo / "data" / "authored") for t in d.texts[:12]]  # their headers
    lines += [  # the rarer forms of each mark
        "Tân Hưng, 5-3-2025 | Cập nhật 05.03.2025 | 5 / 3 / 2025",
        "Tân Hưng, ngày    tháng 9 năm 2025 | ngày ... tháng ... năm",
        "* | * * * | ----- | ===== | ••• | _ _ _ | ~~~",
        "CHXHCN VIỆT NAM | CỘNG HÒA XHCN VIỆT NAM | ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐOÀN TNCS HỒ CHÍ MINH | Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Độc lập, Tự do và Hạnh phúc | Độc lập - Tự do - | Hạnh phúc | CỘNG | HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SOÁ: 12/BC-UB | Sô 3/KH-UB | SỐ 7-BC/ĐU | Số: .../TB-VP",
    ]
    lines = [normalize_text(x) for line in lines for x in (line, line.upper(), line.title())]
    found = dict.fromkeys(hinted, 0)
    for key, patterns in hinted.items():
        hint = pat.hints[key]
        for line in lines:
            for p in patterns:
                for m in p.finditer(line):
                    found[key] += 1
                    assert hint.allows(m.group(), m.group().lower()), (key, m.group())
                    assert hint.allows(line, line.lower()), (key, line)
    assert all(found.values()), found  # every pattern group was met in these lines
    rule_chars = set(pat.rule_chars)
    for line in lines:
        for m in pat.decoration.finditer(line):  # a rule holds only the rule characters and white space
            assert all(c in rule_chars or c.isspace() for c in m.group()), m.group()


def test_a_number_inside_a_line_is_a_header_without_marks():
    # no motto, no "place, ngày ..." line and the number not at a line's start: no header mark, but the number
    # is still the header's evidence (the leading lines are cut into pieces)
    meta = extract_metadata(["ỦY BAN NHÂN DÂN XÃ TÂN HƯNG Số: 14/BC-UBND", "BÁO CÁO", "Kết quả tiêm chủng quý I/2025"])
    assert (meta.issuing_body, meta.number, meta.date) == ("ỦY BAN NHÂN DÂN XÃ TÂN HƯNG", "14/BC-UBND", None)
    assert (meta.doc_type, meta.subject, meta.period) == ("BÁO CÁO", "Kết quả tiêm chủng quý I/2025", "quý I/2025")
    # the same lines without the number: nothing gives evidence, the body is not taken (not a cover: it is
    # not in capitals)
    plain = extract_metadata(["Ủy ban nhân dân xã Tân Hưng", "BÁO CÁO", "Kết quả tiêm chủng quý I/2025"])
    assert (plain.issuing_body, plain.number, plain.doc_type) == (None, None, "BÁO CÁO")


@pytest.mark.parametrize(
    ("after", "dated"),
    [("", True), (" -----", True), (" | * * *", True), (" xã tổ chức hội nghị", False), (".", False)],
)
def test_a_dateline_beside_no_header_mark_ends_its_line(after, dated):
    # the date's line is no header mark (a digit before it), but its pieces make a "place, ngày ..." line: the
    # date counts when nothing but separators and rules follows it on the line, not inside a sentence
    lines = [f"Cập nhật 05/03/2025 An Lâm, ngày 5 tháng 3 năm 2025{after}", "Xã An Lâm tổ chức hội nghị tổng kết."]
    meta = extract_metadata(lines)
    assert (meta.date, meta.place) == (("2025-03-05", "An Lâm") if dated else (None, None))
    assert meta.issuing_body is None and meta.number is None
