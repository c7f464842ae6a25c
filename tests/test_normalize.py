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
