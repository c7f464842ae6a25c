"""The review file as spreadsheets write it, and reviewed paragraphs as context-carrying documents."""

import csv
import io
import unicodedata

import numpy as np
import pytest

from nq35cls.data import LabeledDocument, load_data
from nq35cls.errors import DataError
from nq35cls.evaluate import fit_documents
from nq35cls.features import DocumentFeaturizer
from nq35cls.model import ReportClassifier
from nq35cls.review import merge_reviewed, read_review

ROWS = [
    ("Đã tổ chức 12 hội nghị quán triệt.", "Kết quả"),
    ("Một số chi bộ còn chậm đổi mới.", "HẠN CHẾ"),
    ("Cần tăng cường kiểm tra, giám sát.", "Solutions"),
    ("Trang chủ | Tin tức", "khung trang"),
    ("Báo cáo sơ kết", ""),  # not reviewed
]


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text):
    """Text as Windows writes it in code page 1258: letters precomposed up to their tone mark, which follows."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out += (base + tones).encode("cp1258")
    return out


def _write(path, delimiter, encoding, header=("File", "Text", "Correct_Label")):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(("r.docx", text, label) for text, label in ROWS)
    text = buffer.getvalue()
    path.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))


@pytest.mark.parametrize(
    "delimiter, encoding",
    [(",", "utf-8-sig"), (";", "utf-8"), (";", "cp1258"), ("\t", "utf-16"), (",", "cp1258")],
)
def test_what_excel_writes_is_read(tmp_path, delimiter, encoding):
    review = tmp_path / "review.csv"
    _write(review, delimiter, encoding)
    records = read_review(review)
    assert [(r.text, r.label) for r in records] == [
        (ROWS[0][0], "results"),
        (ROWS[1][0], "limitations"),
        (ROWS[2][0], "solutions"),
        (ROWS[3][0], "boilerplate"),
    ]


def test_every_bad_row_is_listed_at_once(tmp_path):
    review = tmp_path / "review.csv"
    review.write_text(
        "text;correct_label\nĐã làm tốt.;kết quả\nCòn chậm.;hanche\n;other\nCần làm.;maybe\n", encoding="utf-8"
    )
    with pytest.raises(DataError) as err:
        read_review(review)
    message = str(err.value)
    assert "3 bad row(s)" in message
    assert "line 3: unknown label 'hanche'" in message and "line 5: unknown label 'maybe'" in message
    assert "line 4: 'text' must be one non-empty line" in message


def test_a_file_without_the_columns_says_what_it_found(tmp_path):
    review = tmp_path / "review.csv"
    review.write_text("văn bản|nhãn\nĐã làm tốt.|kết quả\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"missing column\(s\): text, correct_label \(found: văn bản\|nhãn"):
        read_review(review)


def test_a_reviewed_paragraph_keeps_its_neighbours_as_context(tmp_path):
    review = tmp_path / "review.csv"
    review.write_text(
        "text,correct_label,previous,previous_label,next,next_label\n"
        "Còn chậm đổi mới.,limitations,Kết quả đạt được,results,Thời gian tới cần đẩy mạnh.,solutions\n"
        "Đầu văn bản.,other,,,Tiếp theo.,other\n",
        encoding="utf-8",
    )
    records = read_review(review)
    assert [(r.idx, r.label, r.reviewed) for r in records[:3]] == [
        (0, "results", False),
        (1, "limitations", True),
        (2, "solutions", False),
    ]
    assert [(r.idx, r.reviewed) for r in records[3:]] == [(0, True), (1, False)]  # no previous paragraph
    data = tmp_path / "data"
    assert merge_reviewed(data, records) == (2, 0)
    docs = load_data(data)
    assert sorted(len(d.records) for d in docs) == [2, 3]
    assert merge_reviewed(data, records) == (0, 0)


def test_context_paragraphs_weigh_nothing_in_a_fit():
    """Changing the label of a paragraph kept as context changes no coefficient."""
    from nq35cls.data import Record

    def fit(context_label):
        docs = [
            LabeledDocument(
                "a",
                "reviewed",
                (
                    Record("a", 0, "Kết quả đạt được", context_label, "reviewed", reviewed=False),
                    Record("a", 1, "Đã tổ chức 20 hội nghị.", "results", "reviewed"),
                    Record("a", 2, "Còn chậm đổi mới.", "limitations", "reviewed"),
                ),
            ),
            LabeledDocument(
                "b",
                "real",
                (
                    Record("b", 0, "Hạn chế", "limitations", "real"),
                    Record("b", 1, "Cần đẩy mạnh tuyên truyền.", "solutions", "real"),
                    Record("b", 2, "Trang chủ", "other", "real"),
                ),
            ),
        ]
        estimator = ReportClassifier(featurizer=DocumentFeaturizer(min_df=1), excerpt_lengths=())
        return fit_documents(estimator, docs).classifier_.coef_

    np.testing.assert_allclose(fit("results"), fit("other"))
    with pytest.raises(ValueError, match="one per paragraph"):
        ReportClassifier().fit([["a", "b"]], [["results", "other"]], sample_weight=[[1.0]])


def test_the_review_command_checks_then_adds(tmp_path, capsys):
    from nq35cls.cli import main

    review = tmp_path / "review.csv"
    review.write_text("text;correct_label\nĐã tổ chức 12 hội nghị.;kết quả\nCòn chậm.;hanche\n", encoding="utf-8")
    data = tmp_path / "data"
    assert main(["review", str(review), "--data", str(data), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "1 bad row(s)" in err and "line 3: unknown label 'hanche'" in err and not data.exists()
    review.write_text("text;correct_label\nĐã tổ chức 12 hội nghị.;kết quả\nCòn chậm.;hạn chế\n", encoding="utf-8")
    assert main(["review", str(review), "--data", str(data), "--check", "--lang", "en"]) == 0
    assert "2 reviewed rows, all valid" in capsys.readouterr().out and not data.exists()
    assert main(["review", str(review), "--data", str(data), "--lang", "vi"]) == 0
    assert "2 dòng bổ sung vào" in capsys.readouterr().out
    assert {d.texts[0] for d in load_data(data)} == {"Đã tổ chức 12 hội nghị.", "Còn chậm."}
