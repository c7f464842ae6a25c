import unicodedata
from pathlib import Path

import pytest

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


def test_the_letters_oi_that_some_pdf_fonts_put_for_u_horn_are_read_as_it():
    assert normalize_text("TRƢỜNG ĐẠI HỌC, cƣơng lĩnh") == "TRƯỜNG ĐẠI HỌC, cương lĩnh"
    assert feature_text("Chƣơng trình") == feature_text("Chương trình") == "chương trình"


def test_the_tone_pattern_matches_as_the_case_blind_alternation_of_the_pairs():
    import re

    from nq35cls.normalize import _TONE_MOVES, _TONE_RE

    reference = re.compile(r"(?<![qQ])(" + "|".join(_TONE_MOVES) + r")(?!\w)", re.IGNORECASE)
    letters = [chr(c) for c in (*range(0x20, 0x250), *range(0x1E00, 0x1F00))]
    seconds = {p[1] for p in _TONE_MOVES} | {p[1].upper() for p in _TONE_MOVES}
    pairs = [a + b for a in letters for b in seconds] + [a + b for a in "oOuU" for b in letters]
    for pair in pairs:
        for text in (pair, "q" + pair, "x" + pair + "n", pair + " "):
            assert (reference.search(text) is None) == (_TONE_RE.search(text) is None), text
    assert normalize_text("HOÀ bình, Thuỷ lợi, QUÝ") == "HÒA bình, Thủy lợi, QUÝ"


# Glued syllables (issue 13): every example below is invented.


def test_glued_syllables_are_split():
    from nq35cls.syllables import split_glued_syllables

    assert normalize_text("Xã Hòa Lâm chưabanhành kếhoạch vềphòngchống lũlụt") == (
        "Xã Hòa Lâm chưa ban hành kế hoạch về phòng chống lũ lụt"
    )
    assert feature_text("Tổchức tậphuấn chocánbộ thôngtin cơsở") == "tổ chức tập huấn cho cán bộ thông tin cơ sở"
    assert split_glued_syllables("(quyđịnh)") == "(quy định)"


def test_valid_syllables_foreign_words_acronyms_numbers_and_addresses_are_left_alone():
    text = (
        "Nghiêng ngành quyết hoặc khuỷu giữa ISO Internet website HĐND UBND 1,5 tỷ 2.300 km2 "
        "thôngtin2 www.hoalam.gov.vn banbáo@xa.vn báocáo_năm.docx ĐẠIHỘI"
    )
    assert normalize_text(text) == text


def test_a_capitalized_token_is_split_only_where_lower_case_glue_is():
    from nq35cls.syllables import split_glued_syllables

    assert split_glued_syllables("Êban") == "Êban"
    assert split_glued_syllables("Vềphương diện tổchức") == "Về phương diện tổ chức"
    assert split_glued_syllables("Vềphương diện tổ chức") == "Vềphương diện tổ chức"


def test_comma_glued_between_letters_gets_a_space_but_not_in_numbers():
    assert normalize_text("chung,cũng riêng;nhưng 1,5 và 2;3") == "chung, cũng riêng; nhưng 1,5 và 2;3"


def test_normalizing_twice_is_normalizing_once():
    """(feature_text of its own output may split more: lower-cased, a name or an upper-case list no
    longer looks like one; no code feeds it its own output.)"""
    for text in ("Chưabanhành chính sách chung,cũng thiếu quyđịnh hoàbình", "Vềphương diện tổchức", "Hoà bình"):
        once = normalize_text(text)
        assert normalize_text(once) == once
        assert feature_text(once) == feature_text(text)
        assert feature_text(feature_text(text)) == feature_text(text)


@pytest.mark.slow
def test_normalizing_the_corpus_twice_is_normalizing_it_once():
    from nq35cls.data import load_data

    texts = [t for doc in load_data(Path(__file__).resolve().parent.parent / "data") for t in doc.texts]
    assert len(texts) > 30000
    for text in texts:
        once = normalize_text(text)
        assert normalize_text(once) == once, text
        assert feature_text(once) == feature_text(text), text


def test_syllable_structure():
    from nq35cls.syllables import is_syllable, split_token

    for word in ("nghiêng", "quỳnh", "giữa", "gìn", "thuở", "khuỷu", "hoặc", "hoà", "hòa", "Nguyễn", "kỹ"):
        assert is_syllable(word), word
    # ng/c before e, gh before a, a stop final with huyền, two tone marks, a foreign letter
    for word in ("nghành", "cế", "gha", "tồt", "thôngtin", "hoàn̉", "fé"):
        assert not is_syllable(word), word
    assert split_token("banhành") == ("ban", "hành")
    assert split_token("vềnhững") == ("về", "những")
    assert split_token("cơsở") == ("cơ", "sở")
    assert split_token("thôngx") is None


def test_an_english_word_inside_glue_is_not_cut_letter_by_letter():
    from nq35cls.syllables import split_token

    assert split_token("xóacookiecũ") is None
    assert split_token("vàytế") == ("và", "y", "tế")


def test_commas_of_acronym_lists_and_addresses_stay_glued():
    for text in ("Sở KH,CN&MT", "cán bộ CB,GV,NV.", "https://xa.vn/tin-tuc;phien=abc", "(ε,δ)"):
        assert normalize_text(text) == text


def test_a_token_longer_than_any_glued_one_is_left_alone_and_long_comma_runs_are_spaced():
    from nq35cls.syllables import MAX_GLUED, split_glued_syllables

    long = "thôngtin" * (MAX_GLUED // 8 + 1)
    assert split_glued_syllables(long) == long
    assert split_glued_syllables("thôngtin" * 3) == " ".join(["thông tin"] * 3)
    assert split_glued_syllables("ăn," * 5000) == "ăn, " * 4999 + "ăn,"


def test_syllables_joined_by_a_word_segmenter_are_spaced_apart_for_features():
    """ "xác_định" (a word segmenter's output) gives the features of "xác định"; other underscores stay."""
    assert feature_text("Cần xác_định rõ mục_tiêu") == feature_text("Cần xác định rõ mục tiêu")
    assert feature_text(unicodedata.normalize("NFD", "Uỷ_ban_nhân_dân")) == "ủy ban nhân dân"
    assert feature_text("anh_1.jpg __init__ A_B") == "anh_0.jpg __init__ a b"
    assert normalize_text("xác_định") == "xác_định"  # the text shown is never changed
