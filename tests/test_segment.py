from nq35cls.segment import split_paragraphs


def test_paragraphs_are_nonempty_lines_with_offsets():
    text = "  TIÊU ĐỀ \r\n\r\nĐoạn một.\n\n\n\tĐoạn hai có\u00a0khoảng trắng.  \rCuối"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == ["TIÊU ĐỀ", "Đoạn một.", "Đoạn hai có\u00a0khoảng trắng.", "Cuối"]
    assert [p.index for p in paras] == [0, 1, 2, 3]
    for p in paras:
        assert text[p.start : p.end] == p.text


def test_empty_and_blank_text_have_no_paragraphs():
    assert split_paragraphs("") == []
    assert split_paragraphs("\n \n\t\n") == []


def test_unicode_line_separators_split():
    paras = split_paragraphs("một\u2028hai\u2029ba")
    assert [p.text for p in paras] == ["một", "hai", "ba"]


def test_sentence_spans_cover_the_paragraph():
    from nq35cls.segment import split_sentences

    text = "Đã tổ chức 12 hội nghị. Tuy nhiên, còn chậm! Năm 2024 cần làm tốt hơn… “Đúng” vậy"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Đã tổ chức 12 hội nghị.",
        "Tuy nhiên, còn chậm!",
        "Năm 2024 cần làm tốt hơn…",
        "“Đúng” vậy",
    ]
    assert split_sentences("Số liệu 3.870 lượt, tỷ lệ 95.5%.") == [(0, 32)]
    assert split_sentences("Một câu không dấu chấm") == [(0, 22)]


def test_a_paragraph_that_goes_on_with_the_sentence_before_it():
    from nq35cls.segment import continues_sentence

    assert continues_sentence("Một là, công tác dân số giữ vị trí", "then chốt trong sự nghiệp.")
    assert continues_sentence("Kinh phí thực hiện năm 2024,", "trong đó ngân sách tỉnh 40%.")
    # a sentence end before it, an opening in capitals, an empty paragraph before: no
    for previous, text in [
        ("Hoàn thành 12 chỉ tiêu.", "các chỉ tiêu còn lại đạt 90%."),
        ("Kết quả như sau:", "tổ chức 14 hội nghị."),
        ("Một là, công tác dân số giữ vị trí", "Hai là, tăng đầu tư."),
        ("   ", "then chốt trong sự nghiệp."),
        ("Theo báo cáo (xem phụ lục)", "các xã đều đạt."),
    ]:
        assert not continues_sentence(previous, text)


def test_an_item_of_a_list_goes_on_with_its_lead_in_or_the_item_before():
    from nq35cls.segment import continues_list, continues_previous

    assert continues_list("Kết quả như sau:", "- Tổ chức 14 hội nghị;")
    assert continues_list("- Tổ chức 14 hội nghị;", "+ Cấp 2.000 tài liệu.")
    assert continues_list("Nhiệm vụ trọng tâm:", "a) Rà soát các văn bản;")
    assert continues_list("1. Tổ chức 14 hội nghị;", "2. Cấp 2.000 tài liệu.")
    # an item after a sentence that opens no list, a heading's number without its space, no mark at all: no
    assert not continues_list("Hoàn thành 12 chỉ tiêu.", "- Tăng cường tuyên truyền;")
    assert not continues_list("Kết quả như sau:", "Tổ chức 14 hội nghị.")
    assert not continues_list("Kết quả như sau:", "1.Tổ chức 14 hội nghị.")
    assert continues_previous("Một là, công tác dân số giữ vị trí", "then chốt trong sự nghiệp.")
    assert continues_previous("Kết quả như sau:", "- Tổ chức 14 hội nghị;")
