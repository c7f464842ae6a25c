import unicodedata

from nq35cls.normalize import feature_text, normalize_text


def test_tone_marks_take_one_placement():
    assert normalize_text("hoà thuỷ khoẻ") == normalize_text("hòa thủy khỏe") == "hòa thủy khỏe"
    assert normalize_text("HOÀ") == "HÒA"


def test_tone_move_only_at_syllable_end_and_not_after_q():
    assert normalize_text("hoàng quý Quỳnh") == "hoàng quý Quỳnh"


def test_nfd_and_nfc_give_the_same_features():
    s = "Kết quả đạt được năm 2023"
    assert feature_text(unicodedata.normalize("NFD", s)) == feature_text(s) == "kết quả đạt được năm 0000"


def test_typographic_variants_fold():
    assert feature_text("“A” – B\u00a0 C…") == '"a" - b c...'
