"""Figures: Vietnamese numbers with their unit and what they count; dates, document numbers and years are not."""

import pytest

from nq35cls.figures import find_figures, summarize


def _found(text):
    return [(f.text, f.value, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tổ chức 146 hội nghị quán triệt.", [("146 hội nghị", 146.0, "hội nghị")]),
        ("thu hút 3.870 lượt người tham gia", [("3.870 lượt người", 3870.0, "lượt người")]),
        ("kích hoạt 1.234.567 tài khoản", [("1.234.567 tài khoản", 1234567.0, "tài khoản")]),
        ("Tỷ lệ hồ sơ trực tuyến đạt 98%.", [("98%", 98.0, "%")]),
        ("tăng 12,5 % so với", [("12,5 %", 12.5, "%")]),
        ("bố trí 12,5 tỷ đồng", [("12,5 tỷ đồng", 12.5e9, "đồng")]),
        ("chi 850 triệu đồng", [("850 triệu đồng", 850e6, "đồng")]),
        ("đăng 45 tin, bài và 7 video", [("45 tin, bài", 45.0, "tin, bài"), ("7 video", 7.0, "video")]),
        ("lắp 20 Camera mới", [("20 Camera", 20.0, "Camera")]),
    ],
)
def test_numbers_units_and_scales(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 15/3/2025, Ủy ban ban hành Kế hoạch.",
        "Số: 12/BC-UBND",
        "Thực hiện Nghị quyết 35-NQ/TW và Kế hoạch 120 của tỉnh.",
        "Báo cáo năm 2025, giai đoạn 2021-2025.",
        "Trong 6 tháng đầu năm, ngày 20 tháng 6 năm 2026.",
        "tài khoản định danh mức độ 2 người dùng",
        "Quyết định 1234 người ký",
        "Có 2000 người",  # a year-like number without thousands mark
        "phiên bản 1.5 hộ",  # "1.5" is not a Vietnamese number
        "mã 12abc hộ",
    ],
)
def test_no_figure_in_dates_document_numbers_or_years(text):
    assert find_figures(text) == []


def test_what_a_percentage_measures():
    (f,) = find_figures("Tỷ lệ hồ sơ nộp trực tuyến đạt 98%.")
    assert f.percent and f.what == "Tỷ lệ hồ sơ nộp trực tuyến"
    (g,) = find_figures("Có 100% cơ quan dùng chữ ký số; tốt.")
    assert g.what == "cơ quan dùng chữ ký số"  # the noun after it, up to six words
    (k,) = find_figures("Văn bản ký số chiếm 62% tổng số văn bản đi.")
    assert k.what == "tổng số văn bản đi"
    (m,) = find_figures("Hồ sơ trực tuyến tăng 5% so với cùng kỳ.")
    assert m.what == "Hồ sơ trực tuyến"  # not "so với cùng kỳ"
    (h,) = find_figures("Tổ chức 12 lớp")
    assert h.what == "lớp" and not h.percent


def test_offsets_point_at_the_figure():
    text = "Đã tổ chức 146 hội nghị."
    (f,) = find_figures(text)
    assert text[f.start : f.end] == "146 hội nghị"


def test_summarize_keeps_each_figure_once_with_what_a_percentage_measures():
    figures = find_figures("Tổ chức 12 lớp; tỷ lệ ký số đạt 90%. Tổ chức 12 lớp.")
    assert summarize(figures) == ["12 lớp", "90% (tỷ lệ ký số)"]
    assert len(summarize(find_figures(" ".join(f"{k} lớp;" for k in range(1, 30))), limit=5)) == 5


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list number glued to "100%" at the paragraph's start is no part of the figure
        ("3.100% số bệnh nhân được tư vấn nhanh chóng.", [("100%", 100.0, "%")]),
        ("- 12.100 % cơ quan dùng chữ ký số.", [("100 %", 100.0, "%")]),
        # elsewhere, or other digits after the point, the number is read as written
        ("Doanh thu tăng 3.100% so với năm trước.", [("3.100%", 3100.0, "%")]),
        ("1.500% kế hoạch năm.", [("1.500%", 1500.0, "%")]),
    ],
)
def test_a_list_number_glued_to_a_share_of_all(text, expected):
    assert _found(text) == expected
    for f in find_figures(text):
        assert text[f.start : f.end] == f.text
