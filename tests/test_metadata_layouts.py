"""Report metadata on header layouts the extractor was not first built on (issue 15, point 2): each test is one
general error class, on header blocks written for these tests (invented bodies, numbers, dates and places)."""

from __future__ import annotations

import pytest

from nq35cls.metadata import extract_metadata, metadata_from_text

# A title block without an issuing block: the title cites a directive with its date, the body opens with
# "Căn cứ" lines whose dates are wrapped onto the next line. None of these dates is the document's.
TITLE_CITES_A_DIRECTIVE = """KẾ HOẠCH
THỰC HIỆN CHỈ THỊ SỐ 14/CT-UBND NGÀY 03 THÁNG 5 NĂM 2023 CỦA
ỦY BAN NHÂN DÂN TỈNH VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG CHÁY TRONG MÙA KHÔ
Căn cứ Luật Phòng cháy và
chữa cháy ngày 12 tháng 7 năm 2019;
Căn cứ Nghị quyết của Hội đồng nhân dân
tỉnh Đông Sa ngày 08 tháng 12 năm 2022;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"""

# A notice whose type and subject share one line, and whose first sentence opens with a date.
NOTICE_ON_ONE_LINE = [
    "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
    "Số: 41/TB-VP Đông Sa, ngày 18 tháng 4 năm 2024",
    "THÔNG BÁO Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với huyện Khe Lau",
    "Ngày 12 tháng 4 năm 2024, tại trụ sở Ủy ban nhân dân huyện Khe Lau, Chủ tịch Ủy ban nhân dân tỉnh đã làm việc.",
    "Sau khi nghe báo cáo của huyện, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:",
]


def test_dates_in_a_title_or_in_citations_are_not_the_header():
    meta = metadata_from_text(TITLE_CITES_A_DIRECTIVE)
    assert meta.doc_type == "KẾ HOẠCH"
    assert meta.subject is not None and meta.subject.startswith("THỰC HIỆN CHỈ THỊ SỐ 14/CT-UBND")
    assert meta.subject.endswith("TRONG MÙA KHÔ")  # the "Căn cứ" lines are not in it
    assert (meta.issuing_body, meta.number, meta.date, meta.place) == (None, None, None, None)


def test_a_sentence_that_opens_with_a_date_does_not_extend_the_header():
    meta = extract_metadata(NOTICE_ON_ONE_LINE)
    assert meta.doc_type == "THÔNG BÁO"
    assert meta.subject == "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với huyện Khe Lau"
    assert (meta.number, meta.date, meta.place) == ("41/TB-VP", "2024-04-18", "Đông Sa")


# A title in capitals, then the report's first sentence in sentence case, with no blank line between them.
TITLE_THEN_FIRST_SENTENCE = """UBND XÃ TÂN HƯNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 22/BC-UBND
Tân Hưng, ngày 9 tháng 7 năm 2024
BÁO CÁO
SƠ KẾT CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024
Thực hiện Kế hoạch số 5/KH-UBND ngày 2 tháng 1 năm 2024 của UBND huyện Đông Sa,
UBND xã báo cáo kết quả như sau:"""


def test_the_subject_ends_before_the_first_sentence_of_the_report():
    meta = metadata_from_text(TITLE_THEN_FIRST_SENTENCE)
    assert meta.subject == "SƠ KẾT CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024"
    assert meta.period == "6 THÁNG ĐẦU NĂM 2024"


# A Markdown conversion: emphasis inside the lines, an escaped dash in the number, a number without a colon.
MARKDOWN_HEADER = [
    "**BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ĐÔNG SA**",
    "**ĐẢNG CỘNG SẢN VIỆT NAM**",
    "Số 31\\-NQ/TU",
    "*Đông Sa*, *ngày 4 tháng 9 năm 2024*",
    "**NGHỊ QUYẾT**",
    "**về phát triển kinh tế biển**, **du lịch sinh thái và** dịch vụ **cảng cá**",
    "Thời gian qua, tỉnh Đông Sa đã đạt nhiều kết quả quan trọng trong phát triển kinh tế biển.",
]


def test_markdown_emphasis_and_escapes_are_markup():
    meta = extract_metadata(MARKDOWN_HEADER)
    assert meta.issuing_body == "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ĐÔNG SA"
    assert (meta.number, meta.date, meta.place) == ("31-NQ/TU", "2024-09-04", "Đông Sa")
    assert meta.subject == "về phát triển kinh tế biển, du lịch sinh thái và dịch vụ cảng cá"


# A legal-database page: the site's catalogue rows and posting time above the document's own header.
PORTAL_PAGE = [
    "Chủ nhật, Ngày 14/01/2024",
    "Kế hoạch 87/KH-UBND năm 2022 về phòng chống thiên tai của huyện Khe Lau",
    "Số hiệu: 87/KH-UBND Loại văn bản: Kế hoạch",
    "Ngày ban hành: 11/05/2022 Ngày hiệu lực: Đã biết",
    "Người ký: Lò Văn Tám",
    "ỦY BAN NHÂN DÂN HUYỆN KHE LAU",
    "-------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 87/KH-UBND",
]


def test_a_portal_catalogue_gives_no_date_and_no_place():
    meta = extract_metadata(PORTAL_PAGE)
    assert (meta.issuing_body, meta.number) == ("ỦY BAN NHÂN DÂN HUYỆN KHE LAU", "87/KH-UBND")
    assert meta.date is None and meta.place is None  # the header's own dateline is not in these paragraphs


# A decision rendered from a web table: the page title cites another decision with its date; the subject starts
# with "BAN HÀNH" and ends at the enacting authority's line.
DECISION_FROM_A_TABLE = [
    "# Hướng dẫn thực hiện Quyết định số 09/2021/QĐ-UBND ngày 3 tháng 2 năm 2021 của Ủy ban nhân dân tỉnh",
    "| ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |",
    "|---|---|",
    "| Số: 615/QĐ-UBND | Đông Sa, ngày 21 tháng 3 năm 2023 |",
    "QUYẾT ĐỊNH",
    "BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH TRÊN ĐÀN GIA SÚC NĂM 2023",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;",
]


def test_a_decision_s_subject_and_its_own_dateline():
    meta = extract_metadata(DECISION_FROM_A_TABLE)
    assert (meta.number, meta.date, meta.place) == ("615/QĐ-UBND", "2023-03-21", "Đông Sa")
    assert meta.doc_type == "QUYẾT ĐỊNH"
    assert meta.subject == "BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH TRÊN ĐÀN GIA SÚC NĂM 2023"
    assert meta.period == "NĂM 2023"


# A web page that wrapped every header line: the ministry's name, the motto, "Số:" and the place all split.
WRAPPED_WEB_HEADER = [
    "BỘ",
    "CÔNG THƯƠNG VÀ DU LỊCH",
    "-------",
    "|",
    "CỘNG",
    "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "|",
    "Số:",
    "17/BC-BCTDL",
    "|",
    "Đông",
    "Sa, ngày 12 tháng 8 năm 2019",
    "|",
]

# A draft: the lowest body line after the motto, the date left blank and split over three lines.
DRAFT_WITH_A_BODY_AFTER_THE_MOTTO = """HỘI CỰU CHIẾN BINH TỈNH ĐÔNG SA
HỘI CỰU CHIẾN BINH HUYỆN KHE LAU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BAN CHẤP HÀNH HỘI CỰU CHIẾN BINH XÃ PHÚ ĐIỀN
***
Phú Điền, ngày
tháng
năm 2023
DỰ THẢO"""


def test_header_lines_split_by_a_web_page_are_joined_right():
    meta = extract_metadata(WRAPPED_WEB_HEADER)
    assert meta.issuing_body == "BỘ CÔNG THƯƠNG VÀ DU LỊCH"  # not "... HÒA" from the split motto
    assert (meta.number, meta.date, meta.place) == ("17/BC-BCTDL", "2019-08-12", "Đông Sa")


def test_a_body_line_after_the_motto_and_a_split_blank_date():
    meta = metadata_from_text(DRAFT_WITH_A_BODY_AFTER_THE_MOTTO)
    assert meta.issuing_body == "BAN CHẤP HÀNH HỘI CỰU CHIẾN BINH XÃ PHÚ ĐIỀN"
    assert meta.superior_body == "HỘI CỰU CHIẾN BINH HUYỆN KHE LAU"
    assert meta.place == "Phú Điền" and meta.date is None  # a blank day and month: no date


def test_a_self_assessment_and_a_week_as_period():
    meta = metadata_from_text(
        "CHI BỘ THÔN AN LẠC\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Lạc, ngày 2 tháng 12 năm 2024\n"
        "BẢN TỰ KIỂM ĐIỂM\nĐÁNH GIÁ CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024\n"
        "Họ và tên: Nguyễn Văn Ba"
    )
    assert meta.doc_type == "BẢN TỰ KIỂM ĐIỂM" and meta.subject == "ĐÁNH GIÁ CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024"
    weekly = metadata_from_text("UBND XÃ AN LẠC\nSố: 8/BC-UBND\nBÁO CÁO\nCÔNG TÁC TUẦN 03 THÁNG 5 NĂM 2025")
    assert weekly.period == "TUẦN 03 THÁNG 5 NĂM 2025"


def test_a_congress_term_is_no_period_a_reported_term_is():
    resolution = metadata_from_text(
        "NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ xã Phú Điền lần thứ IX, nhiệm kỳ 2025 - 2030\n"
        "Đại hội đại biểu Đảng bộ xã Phú Điền lần thứ IX, nhiệm kỳ 2025 - 2030, họp từ ngày 3 đến ngày 4 tháng 6 "
        "năm 2025 tại hội trường Ủy ban nhân dân xã, với 120 đại biểu được triệu tập, sau khi thảo luận các văn kiện "
        "do Ban Chấp hành Đảng bộ xã khóa VIII trình Đại hội, đã thống nhất QUYẾT NGHỊ"
    )
    assert resolution.subject == "Đại hội đại biểu Đảng bộ xã Phú Điền lần thứ IX, nhiệm kỳ 2025 - 2030"
    assert resolution.period is None  # the term of the congress held, not the period covered
    midterm = metadata_from_text("BÁO CÁO\nTình hình kinh tế - xã hội giữa nhiệm kỳ 2021 - 2026")
    assert midterm.period == "giữa nhiệm kỳ 2021 - 2026"


def test_a_speech_title_block_above_its_dateline():
    meta = metadata_from_text(
        "Toàn văn diễn văn bế mạc hội nghị\nCập nhật: 12/10/2023 - 08:15\n"
        "DIỄN VĂN BẾ MẠC\nHỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN TỈNH ĐÔNG SA\nLẦN THỨ V, GIAI ĐOẠN 2020 - 2025\n"
        "Đông Sa, ngày 11 tháng 10 năm 2023\n- Kính thưa các đồng chí lãnh đạo tỉnh!"
    )
    assert meta.doc_type == "DIỄN VĂN"
    assert meta.subject == "BẾ MẠC HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN TỈNH ĐÔNG SA LẦN THỨ V, GIAI ĐOẠN 2020 - 2025"
    assert (meta.date, meta.place) == ("2023-10-11", "Đông Sa")


def test_a_title_shown_twice_is_taken_once():
    meta = metadata_from_text(
        "TRƯỜNG MẦM NON HOA SEN\nSố: 12/BC-MNHS\nPhú Điền, ngày 5 tháng 1 năm 2025\nBÁO CÁO\n"
        "Sơ kết học kỳ I năm học 2024 - 2025\nSơ kết học kỳ I năm học 2024 - 2025\nI. Kết quả đạt được"
    )
    assert meta.subject == "Sơ kết học kỳ I năm học 2024 - 2025"


def test_a_title_under_a_header_whose_type_line_was_dropped():
    meta = extract_metadata(
        [
            "ỦY BAN NHÂN DÂN |",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "Số: 318/KH-UBND |",
            "Đông Sa, ngày 14 tháng 3 năm 2024 |",
            "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2024",
            "Thực hiện Nghị quyết của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        ]
    )
    assert meta.doc_type is None  # no type line (whatever the symbol's "KH" says)
    assert meta.subject == "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2024" and meta.period == "NĂM 2024"


def test_a_title_that_cites_a_directive_or_names_a_standing_committee_goes_on():
    plan = metadata_from_text(
        "UBND TỈNH ĐÔNG SA\nSố: 77/KH-UBND\nĐông Sa, ngày 2 tháng 4 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI\n"
        "CHỈ THỊ SỐ 08/CT-UBND NGÀY 10/3/2025 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ PHÒNG CHỐNG HẠN\nI. MỤC ĐÍCH"
    )
    assert plan.subject == "TRIỂN KHAI CHỈ THỊ SỐ 08/CT-UBND NGÀY 10/3/2025 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ PHÒNG CHỐNG HẠN"
    notice = metadata_from_text(
        "VĂN PHÒNG UBND TỈNH\nSố: 9/TB-VP\nĐông Sa, ngày 2 tháng 4 năm 2025\nTHÔNG BÁO\n"
        "KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỚI THƯỜNG TRỰC\nHUYỆN ỦY KHE LAU\n"
        "Từ ngày 28 đến ngày 29 tháng 3 năm 2025, tại huyện Khe Lau"
    )
    assert notice.subject == "KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỚI THƯỜNG TRỰC HUYỆN ỦY KHE LAU"


def test_an_official_letter_s_abstract_is_its_subject():
    meta = metadata_from_text(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 1204/SGDĐT-GDTH\n"
        "V/v hướng dẫn tổ chức hội thi giáo viên dạy giỏi\ncấp tỉnh năm học 2024 - 2025\n|\n"
        "Đông Sa, ngày 9 tháng 9 năm 2024\nKính gửi: Phòng Giáo dục và Đào tạo các huyện"
    )
    assert meta.doc_type is None and meta.number == "1204/SGDĐT-GDTH"
    assert meta.subject == "V/v hướng dẫn tổ chức hội thi giáo viên dạy giỏi cấp tỉnh năm học 2024 - 2025"
    assert meta.period == "năm học 2024 - 2025"


def test_a_whole_header_in_one_paragraph():
    meta = extract_metadata(
        [
            "THÔNG TIN TÀI LIỆU",
            "HỘI KHUYẾN HỌC TỈNH ĐÔNG SA HỘI KHUYẾN HỌC HUYỆN KHE LAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc Khe Lau, ngày tháng 10 năm 2022 BÁO CÁO TỔNG KẾT CÔNG TÁC KHUYẾN HỌC "
            "NHIỆM KỲ 2017-2022 Đại hội đại biểu Hội Khuyến học huyện Khe Lau lần thứ V được tổ chức trong không khí "
            "phấn khởi của toàn huyện, khi các xã đã hoàn thành nhiều chỉ tiêu quan trọng về giáo dục và khuyến học.",
        ]
    )
    assert (meta.superior_body, meta.issuing_body) == ("HỘI KHUYẾN HỌC TỈNH ĐÔNG SA", "HỘI KHUYẾN HỌC HUYỆN KHE LAU")
    assert meta.place == "Khe Lau" and meta.date is None
    assert meta.doc_type == "BÁO CÁO" and meta.subject == "TỔNG KẾT CÔNG TÁC KHUYẾN HỌC NHIỆM KỲ 2017-2022"
    assert meta.period == "NHIỆM KỲ 2017-2022"


@pytest.mark.parametrize(
    ("header", "superior", "issuer"),
    [
        pytest.param(  # a team under its council: two bodies, not one name
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐÔNG SA\nĐOÀN GIÁM SÁT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 5/TB-ĐGS\nĐông Sa, ngày 7 tháng 5 năm 2024\nTHÔNG BÁO\nPhân công thành viên Đoàn giám sát",
            "HỘI ĐỒNG NHÂN DÂN TỈNH ĐÔNG SA",
            "ĐOÀN GIÁM SÁT",
            id="supervision-team",
        ),
        pytest.param(  # a page's number glued to the first line
            "Trang 1BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVIỆN THỦY LỢI MIỀN NÚI\nBÁO CÁO\nKẾT QUẢ ĐỀ TÀI",
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "VIỆN THỦY LỢI MIỀN NÚI",
            id="glued-page-number",
        ),
        pytest.param(  # a body named after another, across the motto
            "ĐẢNG BỘ CƠ QUAN UBND ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN KHE LAU ----------\nCHI BỘ TƯ PHÁP\n"
            "Khe Lau, ngày 20 tháng 11 năm 2024\nBÁO CÁO\nKIỂM ĐIỂM TẬP THỂ CHI BỘ NĂM 2024",
            "ĐẢNG BỘ CƠ QUAN UBND HUYỆN KHE LAU",
            "CHI BỘ TƯ PHÁP",
            id="body-named-after-another",
        ),
        pytest.param(  # a provincial and a district association on one line
            "TỈNH HỘI NGƯỜI CAO TUỔI ĐÔNG SA HUYỆN HỘI KHE LAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Khe Lau, ngày 3 tháng 3 năm 2025\nBÁO CÁO\nCÔNG TÁC HỘI NĂM 2024",
            "TỈNH HỘI NGƯỜI CAO TUỔI ĐÔNG SA",
            "HUYỆN HỘI KHE LAU",
            id="provincial-and-district-association",
        ),
        pytest.param(  # an association's abbreviated name
            "HỘI NÔNG DÂN VIỆT NAM HND HUYỆN KHE LAU\nBCH HND XÃ PHÚ ĐIỀN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 14-BC/HNDX\nPhú Điền, ngày 5 tháng 12 năm 2024\nBÁO CÁO\nCÔNG TÁC HỘI NĂM 2024",
            "HND HUYỆN KHE LAU",
            "BCH HND XÃ PHÚ ĐIỀN",
            id="abbreviated-association",
        ),
    ],
)
def test_bodies_of_the_issuing_block(header, superior, issuer):
    meta = metadata_from_text(header)
    assert (meta.superior_body, meta.issuing_body) == (superior, issuer)


@pytest.mark.parametrize(
    ("header", "subject", "period"),
    [
        pytest.param(  # a reported term, and a delivery note that is not part of the subject
            "BÁO CÁO CÔNG TÁC\nCỦA TÒA ÁN NHÂN DÂN TỈNH ĐÔNG SA\nNHIỆM KỲ HỘI ĐỒNG NHÂN DÂN KHÓA X (2021 - 2026)\n"
            "(Do ông Trần Văn Tư, Chánh án\nTòa án nhân dân tỉnh đọc tại kỳ họp thứ 9, ngày 4-7-2026)",
            "CÔNG TÁC CỦA TÒA ÁN NHÂN DÂN TỈNH ĐÔNG SA NHIỆM KỲ HỘI ĐỒNG NHÂN DÂN KHÓA X (2021 - 2026)",
            "NHIỆM KỲ HỘI ĐỒNG NHÂN DÂN KHÓA X (2021 - 2026)",
            id="reported-term-and-delivery-note",
        ),
        pytest.param(  # a semester named before the school year takes that year
            "TRƯỜNG TIỂU HỌC AN LẠC\nSố: 31/BC-THAL\nAn Lạc, ngày 10 tháng 1 năm 2025\nBÁO CÁO\n"
            "SƠ KẾT HỌC KỲ I, PHƯƠNG HƯỚNG HỌC KỲ II NĂM HỌC 2024 - 2025",
            "SƠ KẾT HỌC KỲ I, PHƯƠNG HƯỚNG HỌC KỲ II NĂM HỌC 2024 - 2025",
            "HỌC KỲ I NĂM HỌC 2024 - 2025",
            id="semester-before-school-year",
        ),
        pytest.param(  # a title in capitals goes on after ";"; five years are a period
            "UBND HUYỆN KHE LAU\nSố: 40/BC-UBND\nKhe Lau, ngày 8 tháng 12 năm 2025\nBÁO CÁO\n"
            "KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025;\nPHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026\nI. KẾT QUẢ",
            "KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025; PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026",
            "5 NĂM 2021 - 2025",
            id="semicolon-and-five-years",
        ),
    ],
)
def test_subject_and_period(header, subject, period):
    meta = metadata_from_text(header)
    assert (meta.subject, meta.period) == (subject, period)


# A blog's copy of an official letter: its title, a link line whose excerpt runs the letter's first lines
# together (its motto included) and a summary sentence come first, the letter's own header after an underline,
# more than a few lines further down.
BLOG_COPY_OF_A_LETTER = """Công văn 517/STC-QLG về giá dịch vụ trông giữ xe
==================================================
[Xem chi tiết](https://example.org/cong-van-517)Ngày 03/06/2021 Sở Tài chính tỉnh Đông Sa ban hành Công văn số \
517/STC-QLG. SỞ TÀI CHÍNH --- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----- Số: 517/STC-QLG ...
------------------------------------------------------------
Công văn số 517/STC-QLG ngày 03 tháng 6 năm 2021 của Sở Tài chính về giá dịch vụ trông giữ xe.
------------------------------------------------------------
**UBND TỈNH ĐÔNG SA**
**SỞ TÀI CHÍNH**
**——-**
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
—————**
Số: 517/STC-QLG
*V/v giá dịch vụ trông giữ xe*
*Đông Sa, ngày 03 tháng 6 năm 2021*
**Kính gửi:** Ủy ban nhân dân các huyện, thị xã."""


def test_the_header_is_the_densest_cluster_of_marks_not_a_summary_above_it():
    meta = metadata_from_text(BLOG_COPY_OF_A_LETTER)
    assert (meta.superior_body, meta.issuing_body) == ("UBND TỈNH ĐÔNG SA", "SỞ TÀI CHÍNH")
    assert (meta.number, meta.date, meta.place) == ("517/STC-QLG", "2021-06-03", "Đông Sa")


def test_a_site_date_with_an_english_weekday_gives_no_date():
    meta = metadata_from_text(
        "Tuesday, 14/05/2019 - 09:15|\nPHÒNG GD&ĐT KHE LAU\nTRƯỜNG TIỂU HỌC AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nBÁO CÁO SƠ KẾT HỌC KỲ I\nNĂM HỌC 2018-2019"
    )
    assert (meta.date, meta.place) == (None, None)
    assert meta.issuing_body == "TRƯỜNG TIỂU HỌC AN PHÚ"


def test_a_cover_s_body_is_the_line_right_above_its_type_line():
    # a document-sharing site's cover text run together at the top, its counters, then the cover itself
    meta = metadata_from_text(
        "CÔNG TY CỔ PHẦN CẤP NƯỚC ĐÔNG SA QUY CHẾ NỘI BỘ CÔNG TY CỔ PHẦN CẤP NƯỚC ĐÔNG SA Đông Sa năm 2018\n"
        "12 views\nTRANSCRIPT\nCÔNG TY CỔ PHẦN CẤP NƯỚC ĐÔNG SA\nQUY CHẾ NỘI BỘ\nĐông Sa năm 2018"
    )
    assert (meta.superior_body, meta.issuing_body) == (None, "CÔNG TY CỔ PHẦN CẤP NƯỚC ĐÔNG SA")
    assert meta.doc_type == "QUY CHẾ"


def test_a_stray_mark_before_the_place_is_not_part_of_it():
    meta = extract_metadata(
        [
            "HĐND HUYỆN KHE LAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "BAN PHÁP CHẾ Độc lập - Tự do - Hạnh phúc Số: 41/TB-BPC § Khe Lau, ngày 2 tháng 11 năm 2020",
            "THÔNG BÁO",
        ]
    )
    assert (meta.place, meta.date) == ("Khe Lau", "2020-11-02")


def test_a_motto_and_a_body_wrapped_over_lines_by_a_legal_database_page():
    # one table cell a paragraph, words cut where the page wrapped them
    meta = extract_metadata(
        [
            "ỦY",
            "BAN NHÂN DÂN",
            "HUYỆN KHE LAU",
            "-------",
            "|",
            "CỘNG HÒA XÃ HỘI",
            "CHỦ NGHĨA VIỆT NAM",
            "Độc lập -",
            "Tự do - Hạnh phúc",
            "|",
            "Số:",
            "14/KH-UBND",
            "|",
            "Khe",
            "Lau, ngày 9 tháng 4 năm 2021",
        ]
    )
    assert meta.issuing_body == "ỦY BAN NHÂN DÂN HUYỆN KHE LAU"
    assert (meta.number, meta.date, meta.place) == ("14/KH-UBND", "2021-04-09", "Khe Lau")


def test_a_dateline_cut_after_the_year_word_with_emphasis_inside_the_year():
    meta = extract_metadata(
        [
            "**SỞ TƯ PHÁP**",
            "|",
            "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
            "Độc lập - Tự do - Hạnh phúc",
            "|",
            "Số: 88/QĐ-STP",
            "|",
            "*Đông Sa, ngày **3** tháng 2 năm",
            "202**4*",
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date, meta.place) == (
        "SỞ TƯ PHÁP",
        "88/QĐ-STP",
        "2024-02-03",
        "Đông Sa",
    )


def test_a_law_s_number_label_and_type_and_a_motto_cited_in_a_sentence():
    meta = extract_metadata(
        [
            "QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |",
            "Luật số: 12/2030/QH17 |",
            "|",
            "**LUẬT**",
            "**THƯ VIỆN SỐ**",
            "*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*",
            "*Quốc hội ban hành Luật Thư viện số.*",
            "**Chương I**",
            "**QUY ĐỊNH CHUNG**",
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date) == ("QUỐC HỘI", "12/2030/QH17", None)
    assert (meta.doc_type, meta.subject) == ("LUẬT", "THƯ VIỆN SỐ")


def test_the_motto_s_second_half_in_sentence_case_ends_the_body_on_a_one_paragraph_header():
    meta = extract_metadata(
        [
            "Xem mẫu",
            "UBND TỈNH ĐÔNG SA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc Số : 310 /SYT-VP "
            "Khe Lau, ngày 05 tháng 11 năm 2019 V/v báo cáo nhanh tình hình dịch bệnh. Sở Y tế báo cáo như sau: ...",
        ]
    )
    assert (meta.superior_body, meta.issuing_body) == ("UBND TỈNH ĐÔNG SA", "SỞ Y TẾ")
    assert (meta.number, meta.date, meta.place) == ("310 /SYT-VP", "2019-11-05", "Khe Lau")


def test_a_draft_mark_on_its_own_line_names_no_body():
    meta = extract_metadata(
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "DỰ THẢO",
            "----------------------",
            "ĐIỀU LỆ",
            "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP AN PHÚ",
            "• Căn cứ Luật Hợp tác xã và các quy định khác;",
        ]
    )
    assert (meta.issuing_body, meta.doc_type) == (None, "ĐIỀU LỆ")


def test_a_provincial_tax_office_under_the_tax_department():
    meta = extract_metadata(
        [
            "|",
            "CỤC THUẾ",
            "THUẾ TỈNH ĐÔNG SA",
            "-------",
            "|",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "|",
            "Số: 211/DSA-QLDN2",
            "V/v hoàn thuế giá trị gia tăng",
            "|",
            "Đông Sa, ngày 2 tháng 10 năm 2025",
        ]
    )
    assert (meta.superior_body, meta.issuing_body) == ("CỤC THUẾ", "THUẾ TỈNH ĐÔNG SA")


# A student's project cover: the school and its faculty, the type line, and a blank dateline at the cover's foot
# (no day or month written) several lines below the type line.
PROJECT_COVER_WITH_A_BLANK_DATELINE = [
    "TRƯỜNG ĐẠI HỌC KỸ THUẬT ĐÔNG SA",
    "KHOA ĐIỆN - ĐIỆN TỬ",
    "-----------------------------",
    "BÁO CÁO ĐỒ ÁN MÔN HỌC",
    "ĐỀ TÀI: THIẾT KẾ BỘ ĐIỀU KHIỂN ĐÈN GIAO THÔNG",
    "Giảng viên hướng dẫn: ThS. Lê Văn Tâm",
    "Sinh viên thực hiện: Phạm Thị Hoa",
    "Lớp: DT21",
    "Đông Sa, Ngày Tháng Năm 2025",
]


def test_a_cover_with_a_blank_dateline_at_its_foot_names_its_faculty():
    meta = extract_metadata(PROJECT_COVER_WITH_A_BLANK_DATELINE)
    assert (meta.issuing_body, meta.superior_body) == ("KHOA ĐIỆN - ĐIỆN TỬ", "TRƯỜNG ĐẠI HỌC KỸ THUẬT ĐÔNG SA")
    assert meta.doc_type == "BÁO CÁO"
    assert (meta.number, meta.date) == (None, None)


def test_an_outline_is_a_type():
    meta = metadata_from_text("TRƯỜNG ĐẠI HỌC ĐÔNG SA\nKHOA LUẬT\nĐỀ CƯƠNG LUẬN VĂN THẠC SĨ\nQUYỀN CỦA NGƯỜI LAO ĐỘNG")
    assert (meta.issuing_body, meta.doc_type) == ("KHOA LUẬT", "ĐỀ CƯƠNG")


# A decree of 1957: the Democratic Republic's motto "VIỆT NAM DÂN CHỦ CỘNG HÒA" under the issuing body.
DECREE_OF_1957 = """PHỦ THỦ TƯỚNG
******
VIỆT NAM DÂN CHỦ CỘNG HÒA
Độc lập - Tự do - Hạnh phúc
********
Số: 118-TTg
Hà Nội, ngày 14 tháng 03 năm 1957
NGHỊ ĐỊNH
VỀ VIỆC THÀNH LẬP BAN QUẢN LÝ CÁC BẾN XE"""


def test_the_motto_of_the_democratic_republic_is_no_part_of_the_body():
    meta = metadata_from_text(DECREE_OF_1957)
    assert (meta.issuing_body, meta.number, meta.date) == ("PHỦ THỦ TƯỚNG", "118-TTg", "1957-03-14")
    assert meta.doc_type == "NGHỊ ĐỊNH"


# A history text: its numbered heading in capitals opens with the Party's name, which is no motto there.
HISTORY_HEADING = [
    "**(Tổ tuyên giáo) Lịch sử địa phương qua các thời kỳ. **",
    "II- ĐẢNG CỘNG SẢN VIỆT NAM LÃNH ĐẠO NHÂN DÂN ĐÔNG SA KHÁNG CHIẾN",
    "**1. Những ngày đầu kháng chiến**",
    "Ngay từ cuối năm 1946, nhân dân Đông Sa đã cùng cả nước bước vào cuộc kháng chiến.",
]


def test_a_numbered_heading_that_opens_with_the_partys_name_is_no_header():
    meta = extract_metadata(HISTORY_HEADING)
    assert (meta.issuing_body, meta.number, meta.date, meta.doc_type) == (None, None, None, None)


def test_a_header_line_after_a_pages_item_number_keeps_its_motto():
    meta = extract_metadata(
        [
            "1. UBND TỈNH ĐÔNG SA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"
            " Số: 418/SYT-VP Đông Sa, ngày 03 tháng 6 năm 2021"
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date) == ("SỞ Y TẾ", "418/SYT-VP", "2021-06-03")


# A chairman's decision: the enacting office and its committee wrapped inside "ỦY BAN".
CHAIRMANS_DECISION = """|
**CHỦ TỊCH ỦY
BAN NHÂN DÂN**
TỈNH ĐÔNG SA
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
Số: 52/2024/QĐ-CTUBND"""


def test_a_chairmans_office_wrapped_inside_the_committees_name_is_joined():
    meta = metadata_from_text(CHAIRMANS_DECISION)
    assert meta.issuing_body == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA"
    assert meta.number == "52/2024/QĐ-CTUBND"


# The joint standing body of a provincial council and committee; its symbol holds a dot.
JOINT_STANDING_BODY = """THƯỜNG TRỰC
HĐND - UBND TỈNH ĐÔNG SA
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 03/QC-TT.HĐND-UBND
|
Đông Sa, ngày 11 tháng 4 năm 2020
QUY CHẾ
PHỐI HỢP CÔNG TÁC"""


def test_a_joint_standing_body_keeps_its_dash_and_its_symbol_its_dot():
    meta = metadata_from_text(JOINT_STANDING_BODY)
    assert meta.issuing_body == "THƯỜNG TRỰC HĐND - UBND TỈNH ĐÔNG SA"
    assert (meta.number, meta.date, meta.doc_type) == ("03/QC-TT.HĐND-UBND", "2020-04-11", "QUY CHẾ")


def test_a_number_does_not_take_the_full_stop_after_it():
    meta = metadata_from_text("UBND HUYỆN AN LÂM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BC-UBND.\nBÁO CÁO")
    assert meta.number == "12/BC-UBND"


# A council of judges above its court's name, on a page whose conversion to HTML left a style attribute's
# residue before most lines.
COUNCIL_OF_JUDGES = [
    'X%"COLOR: black; mso-bidi-font-size: 12.0pt">HỘI ĐỒNG THẨM PHÁN X%"COLOR: black; font-size: 12pt">',
    "TÒA ÁN NHÂN DÂN",
    "TỐI CAO",
    'X%"COLOR: black">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    "Độc lập - Tự do - Hạnh phúc",
    'X%"COLOR: black; mso-bidi-font-size: 12.0pt">Số: 04/2019/NQ-HĐTP',
    'X%"COLOR: black; mso-bidi-font-size: 12.0pt">Hà Nội, ngày 18 tháng 06 năm 2019',
    'lang=NL X%"FONT-SIZE: 12pt; COLOR: black">NGHỊ QUYẾT',
]


def test_a_council_of_judges_and_a_style_attributes_residue():
    meta = extract_metadata(COUNCIL_OF_JUDGES)
    assert meta.issuing_body == "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO"
    assert (meta.number, meta.date, meta.place, meta.doc_type) == (
        "04/2019/NQ-HĐTP",
        "2019-06-18",
        "Hà Nội",
        "NGHỊ QUYẾT",
    )


def test_a_rule_glued_to_the_bodys_last_word_is_cut_off():
    meta = metadata_from_text(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐÔNG SA--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 09/2012/NQ-HĐND\nĐông Sa, ngày 07 tháng 12 năm 2012\nNGHỊ QUYẾT"
    )
    assert meta.issuing_body == "HỘI ĐỒNG NHÂN DÂN TỈNH ĐÔNG SA"


def test_line_breaks_written_out_as_text_by_a_page_are_spaces():
    meta = extract_metadata(
        [
            "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n",
            "\\r\\n Số: 31/KH-UBND \\r\\n | \\r\\n \\r\\n Đông Sa, ngày 16 tháng 4 năm 2021 \\r\\n | \\r\\n",
            "\\r\\n\\r\\n\\r\\n",
            "Thực hiện Quyết định số 88/QĐ-TTg\\r\\nngày 05/01/2021 của Thủ tướng Chính phủ,",
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date, meta.place) == (
        "ỦY BAN NHÂN DÂN",
        "31/KH-UBND",
        "2021-04-16",
        "Đông Sa",
    )


def test_a_pages_category_of_one_word_above_the_number_is_no_body():
    meta = extract_metadata(
        [
            "Công văn số 212/SGDĐT-GDTH: V/v hướng dẫn tổ chức Ngày hội đọc sách",
            "In",
            "Thứ hai, 10 Tháng 4 2023 09:12",
            "GDTH",
            "Số: 212/SGDĐT-GDTH, ngày 06 tháng 4 năm 2023",
            "Kính gửi: Phòng Giáo dục và Đào tạo các huyện.",
        ]
    )
    assert meta.issuing_body is None
    assert (meta.number, meta.date) == ("212/SGDĐT-GDTH", "2023-04-06")


def test_a_place_named_by_its_number_keeps_its_dateline():
    meta = metadata_from_text(
        "HỘI\nĐỒNG NHÂN DÂN QUẬN 7 |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 02/2009/NQ-HĐND |\n"
        "Quận 7, ngày 15 tháng 01 năm 2009 |\nVỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2009"
    )
    assert (meta.issuing_body, meta.date, meta.place) == ("HỘI ĐỒNG NHÂN DÂN QUẬN 7", "2009-01-15", "Quận 7")


# Covers whose kind is no administrative type: a handbook and a student's coursework, their bodies above.
HANDBOOK_COVER = (
    "BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM, CHỮA BỆNH\nCẨM NANG\nPHÒNG CHỐNG SỐT XUẤT HUYẾT TẠI CỘNG ĐỒNG\nĐông Sa, 05/2024"
)
COURSEWORK_COVER = [
    "TRƯỜNG ĐẠI HỌC ĐÔNG SA",
    "KHOA KINH TẾ",
    "BÀI TẬP LỚN",
    "HỌC PHẦN KINH TẾ VĨ MÔ",
    "ĐỀ TÀI: LẠM PHÁT VÀ CHÍNH SÁCH TIỀN TỆ",
    "Họ và tên: Trần Văn Bình",
    "Ngày sinh: 12/05/2003",
]


@pytest.mark.parametrize(
    "paragraphs, body, superior, doc_type",
    [
        (HANDBOOK_COVER.splitlines(), "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "BỘ Y TẾ", "CẨM NANG"),
        (COURSEWORK_COVER, "KHOA KINH TẾ", "TRƯỜNG ĐẠI HỌC ĐÔNG SA", "BÀI TẬP LỚN"),
    ],
)
def test_a_handbook_or_a_courseworks_cover_names_its_bodies(paragraphs, body, superior, doc_type):
    meta = extract_metadata(paragraphs)
    assert (meta.issuing_body, meta.superior_body, meta.doc_type) == (body, superior, doc_type)
    assert (meta.number, meta.date) == (None, None)


def test_a_legacy_pdf_fonts_letters_for_u_horn_do_not_hide_a_school():
    meta = metadata_from_text("ĐẠI HỌC ĐÔNG SA\nTRƢỜNG ĐẠI HỌC SƢ PHẠM\nNGUYỄN VĂN AN\nLUẬN VĂN THẠC SĨ GIÁO DỤC HỌC")
    assert (meta.issuing_body, meta.superior_body) == ("TRƯỜNG ĐẠI HỌC SƯ PHẠM", "ĐẠI HỌC ĐÔNG SA")


def test_a_symbol_may_join_two_offices_with_an_ampersand():
    meta = metadata_from_text(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 418/GDĐT-KT&KĐCL\nV/v thi"
    )
    assert meta.number == "418/GDĐT-KT&KĐCL"


# The ninth blind set's error classes (each header written for this test).


@pytest.mark.parametrize("motto", ["CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HỒ XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
def test_a_motto_misspelled_by_a_conversion_is_still_the_motto(motto):
    meta = extract_metadata(
        [
            f"ỦY BAN NHÂN DÂN | {motto} |",
            "XÃ PHÚ ĐIỀN | Độc lập - Tự do - Hạnh phúc |",
            "Số: 27/KH-UBND |",
            "Phú Điền, ngày 09 tháng 4 năm 2025 |",
            "KẾ HOẠCH",
        ]
    )
    assert meta.issuing_body == "ỦY BAN NHÂN DÂN XÃ PHÚ ĐIỀN"  # not "... CỘNG HÕA XÃ PHÚ ĐIỀN"
    assert (meta.number, meta.date) == ("27/KH-UBND", "2025-04-09")


def test_a_number_after_its_type_word_and_a_symbol_without_a_dash():
    meta = metadata_from_text(
        "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Nghị quyết số: 918/2024/UBTVQH15\nHà Nội, ngày 03 tháng 7 năm 2024\nNGHỊ QUYẾT\nVỀ VIỆC THÀNH LẬP THỊ XÃ ĐÔNG SA"
    )
    assert meta.number == "918/2024/UBTVQH15" and meta.issuing_body == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"


def test_a_citation_with_a_lowercase_number_word_is_no_number():
    meta = metadata_from_text(
        "KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2024 của Ủy ban nhân dân huyện;"
    )
    assert meta.number is None


# A legal library's page: twenty lines of its catalogue of the document's fields, then the document's header.
CATALOGUE_THEN_HEADER = [
    "Quyết định 418/2021/QĐ-SYT về mẫu báo cáo thống kê khám chữa bệnh",
    "Tư vấn pháp luật",
    *[f"{label}: {value}" for label, value in [("Số hiệu", "418/2021/QĐ-SYT"), ("Loại văn bản", "Quyết định")] * 4],
    "Nơi ban hành: Sở Y tế tỉnh Đông Sa",
    "Người ký: Phạm Văn Hòa",
    "Ngày ban hành: 02/11/2021",
    "Ngày hiệu lực: Đã biết",
    "Tình trạng: Đã biết",
    "Lượt xem: 1.204",
    "Tải về: Bản gốc",
    "Theo dõi văn bản",
    "Tình trạng: Đã biết",
    "SỞ Y TẾ ĐÔNG SA",
    "-------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 418/2021/QĐ-SYT",
    "Đông Sa, ngày 02 tháng 11 năm 2021",
    "QUYẾT ĐỊNH",
    "VỀ VIỆC BAN HÀNH MẪU BÁO CÁO THỐNG KÊ KHÁM CHỮA BỆNH",
]


def test_a_header_after_a_long_catalogue_of_the_page_is_found():
    assert CATALOGUE_THEN_HEADER.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") >= 20  # past the usual window
    meta = extract_metadata(CATALOGUE_THEN_HEADER)
    assert (meta.issuing_body, meta.number, meta.date) == ("SỞ Y TẾ ĐÔNG SA", "418/2021/QĐ-SYT", "2021-11-02")
    assert meta.doc_type == "QUYẾT ĐỊNH" and meta.subject == "VỀ VIỆC BAN HÀNH MẪU BÁO CÁO THỐNG KÊ KHÁM CHỮA BỆNH"


def test_a_news_page_without_a_header_still_gives_nothing():
    page = [f"Tin {k}: Huyện Khe Lau tổ chức hội nghị, ngày đăng 0{k % 9 + 1}/06/2024" for k in range(28)]
    meta = extract_metadata(page)
    assert (meta.issuing_body, meta.number, meta.date) == (None, None, None)


@pytest.mark.parametrize(
    "lines, body, superior",
    [
        (  # two organs of one level on lines of their own, then their province: one joint body
            ["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐÔNG SA"],
            "ỦY BAN NHÂN DÂN - ỦY BAN MTTQ VIỆT NAM TỈNH ĐÔNG SA",
            None,
        ),
        (
            ["HỘI ĐỒNG NHÂN DÂN", "ỦY BAN NHÂN DÂN", "HUYỆN KHE LAU"],
            "HỘI ĐỒNG NHÂN DÂN - ỦY BAN NHÂN DÂN HUYỆN KHE LAU",
            None,
        ),
        # a head that takes a body as its complement stays one body with it
        (["BAN CHẤP HÀNH", "ĐẢNG BỘ TỈNH ĐÔNG SA"], "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ĐÔNG SA", None),
        (["ỦY BAN NHÂN DÂN", "HUYỆN KHE LAU"], "ỦY BAN NHÂN DÂN HUYỆN KHE LAU", None),
        # "BCĐ" (ban chỉ đạo) is a body of its own under the one above
        (["UBND XÃ PHÚ ĐIỀN", "BCĐ PCGD"], "BCĐ PCGD", "UBND XÃ PHÚ ĐIỀN"),
    ],
)
def test_bodies_on_lines_of_their_own(lines, body, superior):
    meta = extract_metadata(
        [*lines, "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/QC-PH", "Đông Sa, ngày 27 tháng 10 năm 2024"]
    )
    assert (meta.issuing_body, meta.superior_body) == (body, superior)


def test_the_enacting_words_of_a_decision_are_no_type_line():
    meta = extract_metadata(
        [
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "Số: 41/2024/QĐ-UBND | Đông Sa, ngày 22 tháng 10 năm 2024 |",
            "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH",
            "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ.",
        ]
    )
    assert meta.doc_type is None  # the page dropped the type line; "QUYẾT ĐỊNH:" opens the articles
    assert meta.subject == "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH"


def test_a_title_in_capitals_over_five_lines_keeps_its_period():
    meta = metadata_from_text(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG SA\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 216/QĐ-UBND\n"
        "Đông Sa, ngày 06 tháng 02 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ\n"
        "QUYẾT SỐ 41/2023/NQ-HĐND NGÀY 09/12/2023 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ CƠ CHẾ\n"
        "LỒNG GHÉP NGUỒN VỐN VÀ HUY ĐỘNG NGUỒN VỐN THỰC HIỆN CÁC DỰ ÁN ĐẦU TƯ XÂY DỰNG\n"
        "THEO CƠ CHẾ ĐẶC THÙ TRONG CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n"
        "TRÊN ĐỊA BÀN TỈNH ĐÔNG SA GIAI ĐOẠN 2021 - 2025\nỦY BAN NHÂN DÂN TỈNH ĐÔNG SA\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"
    )
    assert meta.subject is not None and meta.subject.endswith("TRÊN ĐỊA BÀN TỈNH ĐÔNG SA GIAI ĐOẠN 2021 - 2025")
    assert meta.period == "GIAI ĐOẠN 2021 - 2025"


# The tenth blind set's error classes (each header written for this test).

# A page with fifteen lines of its own catalogue: the motto still among the first twenty lines, the number after.
CATALOGUE_THEN_LATE_NUMBER = [
    "Văn bản khác 712/KH-UBND 2024 rà soát hộ nghèo Đông Sa",
    "Số, ký hiệu 712/KH-UBND",
    "Loại văn bản Văn bản khác",
    "Ngày ban hành 12/08/2024",
    "Ngày hiệu lực",
    "Ngày đăng công báo 13/08/2024",
    "Nguồn thu nhập",
    "Ngành",
    "Lĩnh vực Văn hóa - Xã hội",
    "Cơ quan ban hành Đông Sa",
    "Chức danh",
    "Người ký Trần Thị Mai",
    "Phạm vi",
    "Thông tin áp dụng",
    "Tình trạng hiệu lực Không xác định",
    "ỦY BAN NHÂN DÂN",
    "TỈNH ĐÔNG SA",
    "-------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "---------------",
    "Số: 712/KH-UBND",
    "Đông Sa, ngày 12 tháng 8 năm 2024",
    "KẾ HOẠCH",
    "RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024 TRÊN ĐỊA BÀN TỈNH ĐÔNG SA",
]


def test_a_header_that_starts_late_in_the_first_lines_is_read_whole():
    meta = extract_metadata(CATALOGUE_THEN_LATE_NUMBER)
    assert (meta.issuing_body, meta.number, meta.date) == ("ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA", "712/KH-UBND", "2024-08-12")
    assert (meta.place, meta.doc_type, meta.period) == ("Đông Sa", "KẾ HOẠCH", "NĂM 2024")


def test_a_page_menu_line_that_starts_like_a_body_is_no_body():
    meta = metadata_from_text(
        "Bộ lọc tìm kiếm\nTải văn bản\nLưu trữ Góp ý\n• Thuộc tính\nBỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n-------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 418/QĐ-BNNMT\nHà Nội, ngày 24 tháng 12 năm 2025\nQUYẾT ĐỊNH"
    )
    assert (meta.issuing_body, meta.superior_body) == ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", None)


@pytest.mark.parametrize(
    "number_line, dateline, number, iso",
    [
        (
            "Số: 1281/-UBND",
            "Đông Sa, ngày 13 tháng 05 năm 2024",
            "1281/-UBND",
            "2024-05-13",
        ),  # a symbol lost its letters
        (
            "Số: 230/KH-THPT",
            "Đông Sa, ngày 14t háng 11 năm 2025",
            "230/KH-THPT",
            "2025-11-14",
        ),  # "tháng" split by a PDF
        ("Số: 90/KHLT-SGDĐT", "Đông Sa, ngày 0 3 tháng 1 0 năm 2025", "90/KHLT-SGDĐT", "2025-10-03"),  # spaced digits
    ],
)
def test_numbers_and_dates_a_conversion_damaged(number_line, dateline, number, iso):
    meta = extract_metadata(
        ["ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", number_line, dateline]
    )
    assert (meta.issuing_body, meta.number, meta.date, meta.place) == (
        "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
        number,
        iso,
        "Đông Sa",
    )


def test_a_joint_circular_is_its_own_type():
    meta = metadata_from_text(
        "BỘ Y TẾ - BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/2024/TTLT-BYT-BTC\n"
        "Hà Nội, ngày 28 tháng 01 năm 2024\nTHÔNG TƯ LIÊN TỊCH\nVỀ CHI TRẢ CHI PHÍ KHÁM BỆNH"
    )
    assert meta.doc_type == "THÔNG TƯ LIÊN TỊCH" and meta.subject == "VỀ CHI TRẢ CHI PHÍ KHÁM BỆNH"


@pytest.mark.parametrize(
    "body_line, number, body, superior",
    [  # a joint circular's two issuers on one line: its symbol says the document is joint ("TTLT")
        ("BỘ Y TẾ - BỘ TÀI CHÍNH", "Số: 05/2024/TTLT-BYT-BTC", "BỘ Y TẾ - BỘ TÀI CHÍNH", None),
        # a Party committee under its Party organization, on one line: no joint symbol, a body and the one above it
        ("ĐẢNG BỘ HUYỆN KHE LAU - ĐẢNG ỦY XÃ PHÚ ĐIỀN", "Số: 45-BC/ĐU", "ĐẢNG ỦY XÃ PHÚ ĐIỀN", "ĐẢNG BỘ HUYỆN KHE LAU"),
    ],
)
def test_two_bodies_on_one_line_are_joint_only_in_a_joint_document(body_line, number, body, superior):
    meta = extract_metadata(
        [body_line, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", number, "Hà Nội, ngày 28 tháng 01 năm 2024"]
    )
    assert (meta.issuing_body, meta.superior_body) == (body, superior)


# The twelfth blind set's error class (the header written for this test).


@pytest.mark.parametrize("mark", ["", "1. ", "II- "])
def test_a_numbered_header_flattened_into_one_paragraph_with_a_damaged_motto(mark):
    # a page that numbered its document's text and lost its line breaks: the body's two lines interleaved with the
    # motto's ("ỦY BAN NHÂN DÂN" | "CỘNG HÒA ..." / "TỈNH ĐÔNG SA" | "Độc lập ..."), whose "XÃ HỘI" a conversion
    # wrote "XàHỘI", and a symbol without its dash
    meta = extract_metadata(
        [
            "Tải xuống để xem tài liệu đầy đủ",
            f"{mark}ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH ĐÔNG SA Độc lập  Tự do  Hạnh phúc  "
            "Số: 07/2021/QĐUBND Đông Sa, ngày 15 tháng 4 năm 2021  QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ "
            "TRÊN ĐỊA BÀN TỈNH ĐÔNG SA Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date, meta.place) == (
        "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
        "07/2021/QĐUBND",
        "2021-04-15",
        "Đông Sa",
    )
    assert meta.doc_type == "QUYẾT ĐỊNH"


def test_a_numbered_heading_over_a_long_paragraph_is_no_header():
    # the guard: a report's numbered heading run into its paragraph, in capitals, with a date in it, is no header
    meta = extract_metadata(
        [
            "1. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT Ngày 15 tháng 4 năm 2021, Ban Thường vụ Huyện ủy ban hành kế hoạch "
            "triển khai thực hiện nghị quyết đến các chi bộ, tổ chức 12 hội nghị quán triệt cho cán bộ, đảng viên.",
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date, meta.doc_type) == (None, None, None, None)


@pytest.mark.parametrize(
    ("title_lines", "subject"),
    [  # a decision's title that opens with a type word ("QUY ĐỊNH ..."), under its type line
        (
            ["QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ", "TRÊN ĐỊA BÀN TỈNH ĐÔNG SA"],
            "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH ĐÔNG SA",
        ),
        # a page that repeated the type line into the title
        (["QUYẾT ĐỊNH BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ"], "BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ"),
    ],
)
def test_a_decisions_title_that_opens_with_a_type_word(title_lines, subject):
    meta = extract_metadata(
        [
            "ỦY BAN NHÂN DÂN",
            "TỈNH ĐÔNG SA",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 06/2024/QĐ-UBND",
            "Đông Sa, ngày 25 tháng 01 năm 2024",
            "QUYẾT ĐỊNH",
            *title_lines,
            "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        ]
    )
    assert meta.doc_type == "QUYẾT ĐỊNH" and meta.subject == subject


@pytest.mark.parametrize(
    ("doc_type", "title", "subject"),
    [  # a decision's enacting authority run into its title by a page that lost the line break: cut off
        (
            "QUYẾT ĐỊNH",
            "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH ĐÔNG SA ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
            "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH ĐÔNG SA",
        ),
        # the guards: a title that the body's name ends, after "CỦA" or in a report (no enacting authority)
        (
            "QUYẾT ĐỊNH",
            "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
            "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
        ),
        (
            "BÁO CÁO",
            "KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2024 VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
            "KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2024 VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA",
        ),
    ],
)
def test_the_enacting_authority_is_cut_off_a_decisions_title(doc_type, title, subject):
    meta = extract_metadata(
        [
            "ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            f"Số: 07/2021/QĐ-UBND Đông Sa, ngày 15 tháng 4 năm 2021 {doc_type} {title} Căn cứ Luật Tổ chức chính "
            "quyền địa phương ngày 19 tháng 6 năm 2015;"
        ]
    )
    assert (meta.issuing_body, meta.doc_type, meta.subject) == ("ỦY BAN NHÂN DÂN TỈNH ĐÔNG SA", doc_type, subject)


def test_a_notes_mark_glued_to_a_pdf_lines_first_body():
    # a PDF's text layer that glued a footnote's or a page's mark to the body's line ("(1)NGÂN HÀNG ...")
    meta = extract_metadata(
        [
            "(1)SỞ TƯ PHÁP TỈNH ĐÔNG SA",
            "-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
            "-Số: 14/KH-STP Đông Sa, ngày 01 tháng 03 năm 2024",
            "KẾ HOẠCH",
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date) == ("SỞ TƯ PHÁP TỈNH ĐÔNG SA", "14/KH-STP", "2024-03-01")


@pytest.mark.parametrize(
    ("after_number", "subject"),
    [  # an official letter's abstract without "V/v" under its number, up to the motto or the addressee
        (
            ["Về thực hiện chế độ thông tin,", "báo cáo định kỳ.", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            "Về thực hiện chế độ thông tin, báo cáo định kỳ.",
        ),
        (
            ["Gửi tài liệu tuyên truyền kỷ niệm", "60 năm thành lập tỉnh Đông Sa", "Kính gửi: Các huyện ủy, thị ủy"],
            "Gửi tài liệu tuyên truyền kỷ niệm 60 năm thành lập tỉnh Đông Sa",
        ),
        # the guards: a report's first sentences under its number, a page's line with a colon, a title with its type
        (
            [
                "Trong 6 tháng đầu năm, Trung tâm đã tổ chức 24 buổi biểu diễn văn nghệ phục vụ nhân dân.",
                "Các câu lạc bộ duy trì sinh hoạt đều đặn, thu hút đông đảo hội viên tham gia.",
                "Phong trào thể dục thể thao quần chúng tiếp tục phát triển ở các phường.",
                "Công tác tuyên truyền cổ động trực quan được thực hiện thường xuyên.",
            ],
            None,
        ),
        (
            [
                "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/3/2024 của Ủy ban nhân dân tỉnh về văn hóa cơ sở.",
                "Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện trên địa bàn huyện.",
                "1. Mục đích, yêu cầu",
            ],
            None,
        ),
        (["Tình trạng: Còn hiệu lực", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], None),
        (["BÁO CÁO kết quả công tác văn hóa 6 tháng đầu năm", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], None),
    ],
)
def test_an_official_letters_abstract_without_v_v(after_number, subject):
    meta = extract_metadata(
        [
            "ỦY BAN NHÂN DÂN HUYỆN KHE LAU",
            "TRUNG TÂM VĂN HÓA",
            "Số: 21/TTVH",
            *after_number,
            "Khe Lau, ngày 04 tháng 6 năm 2024",
        ]
    )
    assert (meta.issuing_body, meta.number, meta.subject) == ("TRUNG TÂM VĂN HÓA", "21/TTVH", subject)


@pytest.mark.parametrize(
    ("after_title", "subject"),
    [  # a title in sentence case ends where a line in capitals starts: an enacting authority, a section heading
        (["HIỆU TRƯỞNG", "TRƯỜNG CAO ĐẲNG KỸ THUẬT ĐÔNG SA"], "Ban hành Quy chế tuyển sinh trình độ cao đẳng"),
        (["ĐẶC ĐIỂM TÌNH HÌNH"], "Ban hành Quy chế tuyển sinh trình độ cao đẳng"),
    ],
)
def test_a_title_in_sentence_case_does_not_go_on_in_capitals(after_title, subject):
    meta = extract_metadata(
        [
            "TRƯỜNG CAO ĐẲNG KỸ THUẬT ĐÔNG SA",
            "Số: 34/QĐ-CĐKT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Đông Sa, ngày 09 tháng 02 năm 2024",
            "QUYẾT ĐỊNH",
            "Ban hành Quy chế tuyển sinh trình độ cao đẳng",
            *after_title,
        ]
    )
    assert meta.subject == subject


def test_a_title_in_sentence_case_left_open_goes_on_in_capitals():
    # the guard: a line that ends with "của" leaves the title open, whatever the case of the next line
    meta = extract_metadata(
        [
            "ỦY BAN NHÂN DÂN HUYỆN KHE LAU",
            "Số: 45/BC-UBND",
            "Khe Lau, ngày 09 tháng 02 năm 2024",
            "BÁO CÁO",
            "Kết quả công tác năm 2024 của",
            "UBND HUYỆN KHE LAU",
        ]
    )
    assert meta.subject == "Kết quả công tác năm 2024 của UBND HUYỆN KHE LAU"


# -- the fourteenth blind set's error classes ------------------------------------------------------------------------


def test_a_joint_documents_bodies_one_a_line_are_its_joint_issuer():
    # interleaved with the motto, each body on a line of its own; the symbol says the document is joint
    lines = [
        "TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc",
        "Số: 03-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 12 tháng 5 năm 1996",
        "THÔNG TƯ LIÊN TỊCH",
        "HƯỚNG DẪN VỀ VIỆC GIAO NHẬN HỒ SƠ",
    ]
    meta = extract_metadata(lines)
    assert (meta.issuing_body, meta.superior_body) == ("TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", None)
    assert (meta.number, meta.date, meta.doc_type) == ("03-TANDTC-VKSNDTC/TTLT", "1996-05-12", "THÔNG TƯ LIÊN TỊCH")
    # the guard: without a joint symbol, the line above is the body above the issuer
    meta = extract_metadata([lines[0], lines[1], "Số: 03/HD-VKSTC Hà Nội, ngày 12 tháng 5 năm 1996", "HƯỚNG DẪN"])
    assert (meta.issuing_body, meta.superior_body) == ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN TỐI CAO")


@pytest.mark.parametrize("place", ["TP.HCM", "Tp.HCM", "TP. Đà Nẵng", "Tp Cần Thơ"])
def test_a_university_office_in_a_header_run_into_one_line(place):
    # "ĐẠI HỌC" inside an office's name ("đào tạo đại học") is no second body; "TP.HCM" is a place, not a body
    meta = extract_metadata(
        [
            "TRƯỜNG ĐẠI HỌC KỸ THUẬT NAM SƠN PHÒNG ĐÀO TẠO ĐẠI HỌC Số: 17/TB-ĐTĐH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            f"VIỆT NAM Độc lập - Tự do - Hạnh phúc {place}, ngày 21 tháng 4 năm 2016",
            "THÔNG BÁO",
            "V/v đăng ký học phần học kỳ hè năm 2016",
        ]
    )
    assert (meta.issuing_body, meta.superior_body) == ("PHÒNG ĐÀO TẠO ĐẠI HỌC", "TRƯỜNG ĐẠI HỌC KỸ THUẬT NAM SƠN")
    assert (meta.number, meta.date, meta.place) == ("17/TB-ĐTĐH", "2016-04-21", place)
    assert extract_metadata(["KHOA SAU ĐẠI HỌC", "Số: 5/TB-SĐH", "Hà Nội, ngày 2 tháng 3 năm 2016"]).issuing_body == (
        "KHOA SAU ĐẠI HỌC"
    )


def test_a_youth_union_header_run_into_one_line_with_its_rule_and_motto_glued():
    meta = extract_metadata(
        [
            "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 112 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 14 tháng 3 năm 2015 "
            "QUYẾT ĐỊNHVề việc ban hành quy chế làm việc của cơ quan --------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN - Căn cứ "
            "Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ quy chế làm việc của Ban Chấp hành Trung ương Đoàn khóa X."
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date, meta.place) == (
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "112 - QĐ/TWĐTN-VP",
        "2015-03-14",
        "Hà Nội",
    )


def test_a_confederations_name_is_the_body_above():
    meta = extract_metadata(
        [
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
            "CÔNG ĐOÀN NGÀNH XÂY DỰNG",
            "Số: 88/CĐXD",
            "Hà Nội, ngày 3 tháng 9 năm 2019",
        ]
    )
    assert (meta.issuing_body, meta.superior_body) == ("CÔNG ĐOÀN NGÀNH XÂY DỰNG", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")


def test_an_official_letter_run_into_one_numbered_paragraph_keeps_the_body_above():
    # a document-sharing page numbered the text it flattened; an official letter has no type line after its date
    meta = extract_metadata(
        [
            "Xem mẫu",
            "1. UBND TỈNH HÀ NGUYÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc Số: 412 /SYT-VP "
            "Hà Nguyên, ngày 07 tháng 10 năm 2012 V/v báo cáo nhanh tình hình dịch bệnh Kính gửi: Ủy ban nhân dân tỉnh.",
        ]
    )
    assert (meta.issuing_body, meta.superior_body, meta.date) == ("SỞ Y TẾ", "UBND TỈNH HÀ NGUYÊN", "2012-10-07")


def test_a_governors_enacting_authority_ends_a_title_in_capitals():
    meta = extract_metadata(
        [
            "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
            "Số: 77/QĐ-NHNN",
            "Hà Nội, ngày 15 tháng 01 năm 2023",
            "QUYẾT ĐỊNH",
            "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH LĨNH VỰC THANH TOÁN",
            "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC",
            "Căn cứ Luật Ngân hàng Nhà nước Việt Nam;",
        ]
    )
    assert (meta.issuing_body, meta.subject) == (
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
        "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH LĨNH VỰC THANH TOÁN",
    )


# -- the fifteenth blind set's error classes (none of the issuing body, number or date) ------------------------------


@pytest.mark.parametrize(
    "abstract",
    [["V/v: Thực hiện quy định về hóa đơn điện tử."], ["V/v", ": Thực hiện quy định về hóa đơn điện tử."]],
)
def test_an_official_letters_v_v_with_a_colon_or_on_a_line_of_its_own(abstract):
    meta = extract_metadata(
        [
            "BỘ TÀI CHÍNH",
            "TỔNG CỤC THUẾ",
            "Số: 31/TCT-CS",
            *abstract,
            "Hà Nội, ngày 02 tháng 3 năm 2015",
            "Kính gửi: ...",
        ]
    )
    assert (meta.issuing_body, meta.number) == ("TỔNG CỤC THUẾ", "31/TCT-CS")
    assert " ".join(meta.subject.replace(" :", ":").split()) == "V/v: Thực hiện quy định về hóa đơn điện tử."


def test_a_title_cut_inside_a_bodys_name_goes_on_and_stops_at_its_issuing_note():
    meta = extract_metadata(
        [
            "ỦY BAN NHÂN DÂN",
            "XÃ SƠN HÀ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "QUY CHẾ",
            "LÀM VIỆC CỦA ỦY",
            "BAN NHÂN DÂN XÃ SƠN HÀ NHIỆM KỲ 2021-2026",
            "(Ban hành",
            "kèm theo Quyết định số 12/QĐ-UBND)",
        ]
    )
    assert (meta.doc_type, meta.subject) == ("QUY CHẾ", "LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ SƠN HÀ NHIỆM KỲ 2021-2026")


def test_a_titles_first_line_ending_with_a_semicolon_goes_on():
    meta = extract_metadata(
        [
            "ỦY BAN NHÂN DÂN",
            "HUYỆN KHE LAU",
            "Số: 98/BC-UBND",
            "Khe Lau, ngày 28 tháng 6 năm 2019",
            "BÁO CÁO",
            "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm;",
            "Phương hướng, nhiệm vụ 6 tháng cuối năm 2019",
            "Sáu tháng đầu năm, trong bối cảnh còn nhiều khó khăn, huyện đã tập trung chỉ đạo thực hiện các nhiệm vụ.",
        ]
    )
    assert meta.subject == (
        "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm; Phương hướng, nhiệm vụ 6 tháng cuối "
        "năm 2019"
    )


def test_a_citys_short_mark_before_a_place_cut_by_a_line_break():
    meta = extract_metadata(
        ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 77/2004/QĐ-UB", "TP Hồ Chí", "Minh, ngày 05 tháng 4 năm 2004"]
    )
    assert (meta.date, meta.place) == ("2004-04-05", "TP Hồ Chí Minh")


@pytest.mark.parametrize("doc_type", ["CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ CƯƠNG TUYÊN TRUYỀN"])
def test_types_of_two_words_and_more(doc_type):
    meta = extract_metadata(
        ["TỈNH ỦY HÀ NGUYÊN", "Số: 05-CTr/TU", "Hà Nguyên, ngày 3 tháng 5 năm 2021", doc_type, "THỰC HIỆN NGHỊ QUYẾT"]
    )
    assert (meta.doc_type, meta.subject) == (doc_type, "THỰC HIỆN NGHỊ QUYẾT")


# -- the sixteenth blind set's error classes -------------------------------------------------------------------------


def test_a_joint_issuer_glued_by_a_dash_is_written_with_spaces():
    # a joint circular's line that glued its second ministry to the first's name ("THÔNG TIN-BỘ Y TẾ"); the dash
    # inside the first ministry's own name stays as written
    meta = extract_metadata(
        [
            "BỘ VĂN HÓA - THÔNG TIN-BỘ Y TẾ",
            "Số: 03/2005/TTLT/BVHTT-BYT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Hà Nội, ngày 12 tháng 3 năm 2005",
            "THÔNG TƯ LIÊN TỊCH",
        ]
    )
    assert (meta.issuing_body, meta.superior_body) == ("BỘ VĂN HÓA - THÔNG TIN - BỘ Y TẾ", None)
    # the guard: a document that is not joint keeps its line as written
    plain = extract_metadata(["HĐND-UBND XÃ AN PHÚ", "Số: 12/TB", "An Phú, ngày 2 tháng 3 năm 2020", "THÔNG BÁO"])
    assert plain.issuing_body == "HĐND-UBND XÃ AN PHÚ"


def test_a_footnotes_mark_glued_to_the_type_line_is_left_out():
    meta = extract_metadata(
        [
            "KIỂM TOÁN NHÀ NƯỚC",
            "Số: 05/VBHN-KTNN",
            "Hà Nội, ngày 28 tháng 10 năm 2024",
            "QUYẾT ĐỊNH[1]",
            "BAN HÀNH QUY ĐỊNH TRÌNH TỰ LẬP BÁO CÁO KIỂM TOÁN",
            "Căn cứ Luật Kiểm toán nhà nước;",
        ]
    )
    assert (meta.doc_type, meta.subject) == ("QUYẾT ĐỊNH", "BAN HÀNH QUY ĐỊNH TRÌNH TỰ LẬP BÁO CÁO KIỂM TOÁN")


# Headers as OCR reads a scan: a number written by hand into the blank read as specks, the label "Số" read
# "Só", a letter of the motto misread; each of these made the number line or the motto part of the issuing body.
@pytest.mark.parametrize(
    "number_line, number",
    [
        ("Số: #Ø7 /SGTVT-VP", "/SGTVT-VP"),  # the digits unreadable: the symbol, as for a blank number
        ("Số:4` /SGTVT-VP", "/SGTVT-VP"),
        ("Só: 27/SGTVT-VP", "27/SGTVT-VP"),  # the label misread
        ("Số: 2#9/SGTVT-VP", "/SGTVT-VP"),
    ],
)
def test_an_ocr_read_number_line_is_the_number_not_part_of_the_issuing_body(number_line, number):
    meta = extract_metadata(
        [
            "SỞ GIAO THÔNG VẬN TẢI",
            number_line,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "An Lâm, ngày 12 tháng 4 năm 2024",
            "V/v sửa chữa cầu treo",
        ]
    )
    assert (meta.issuing_body, meta.number, meta.date) == ("SỞ GIAO THÔNG VẬN TẢI", number, "2024-04-12")


def test_a_motto_with_a_letter_misread_by_ocr_is_no_part_of_the_issuing_body():
    meta = extract_metadata(
        ["ỦY BAN NHÂN DÂN", "HUYỆN AN LÂM", "CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM", "Số: 15/BC-UBND", "BÁO CÁO"]
    )
    assert (meta.issuing_body, meta.number) == ("ỦY BAN NHÂN DÂN HUYỆN AN LÂM", "15/BC-UBND")
