"""The Word draft (-o tonghop.docx) and the themes of the Markdown synthesis, read back."""

import io
import re
import shutil
import subprocess

import docx
import pytest

from nq35cls.cli import main
from nq35cls.labeling import LabeledParagraph, LabeledReport, LabeledSentence
from nq35cls.writers import BINARY, EXTENSIONS, FORMATS, open_writer
from nq35cls.writers.docx import HEADINGS, OTHER_POINTS, TITLE
from nq35cls.writers.markdown import render
from nq35cls.writers.synthesis import Synthesis

TRAINING = [
    "Tổ chức {} lớp tập huấn kỹ năng số cho cán bộ, công chức.",
    "Bồi dưỡng kỹ năng số cho {} lượt cán bộ, công chức cấp xã.",
    "Mở {} lớp tập huấn kỹ năng số cho công chức.",
]
WEAK_SIGNAL = [
    "Sóng điện thoại ở các thôn vùng sâu còn yếu, mất sóng thường xuyên.",
    "Nhiều thôn vùng sâu chưa có sóng điện thoại ổn định.",
]


def _report(no: int, results: list[str], limitations: list[str], mixed: tuple[str, str] | None = None):
    paragraphs = [
        LabeledParagraph(0, 0, 10, "BÁO CÁO SƠ KẾT", "other", 0.9),
        LabeledParagraph(1, 0, 10, "I. KẾT QUẢ ĐẠT ĐƯỢC", "results", 0.9),  # a heading: no theme of its own
    ]
    for text in results:
        paragraphs.append(LabeledParagraph(len(paragraphs), 0, len(text), text, "results", 0.9))
    for text in limitations:
        paragraphs.append(LabeledParagraph(len(paragraphs), 0, len(text), text, "limitations", 0.9))
    if mixed:
        first, second = mixed
        text = f"{first} {second}"
        sentences = (
            LabeledSentence(0, len(first), "results", 0.9),
            LabeledSentence(len(first) + 1, len(text), "limitations", 0.9),
        )
        paragraphs.append(LabeledParagraph(len(paragraphs), 0, len(text), text, "results", 0.7, 0.2, True, sentences))
    return LabeledReport(f"bao_cao_{no}.txt", "txt", tuple(paragraphs))


@pytest.fixture()
def synthesis():
    s = Synthesis()
    s.add(_report(1, [TRAINING[0].format(12)], [WEAK_SIGNAL[0]]))
    s.add(_report(2, [TRAINING[1].format("1.250")], ["Kinh phí cho chuyển đổi số còn hạn hẹp."]))
    s.add(
        _report(
            3,
            [TRAINING[2].format(7), "Lắp đặt 25 camera giám sát an ninh."],
            [],
            mixed=("Đã kích hoạt 3.400 tài khoản định danh điện tử.", WEAK_SIGNAL[1]),
        )
    )
    s.fail("hong.docx", "not a Word file")
    return s


def _docx(synthesis) -> docx.document.Document:
    stream = io.BytesIO()
    writer = open_writer("docx", stream)
    writer.synthesis = synthesis
    writer.close()
    return docx.Document(io.BytesIO(stream.getvalue()))


def test_docx_is_a_registered_binary_format():
    assert "docx" in FORMATS and EXTENSIONS[".docx"] == "docx" and "docx" in BINARY


def test_the_word_draft_has_the_report_layout_themes_and_citations(synthesis):
    doc = _docx(synthesis)
    text = [p.text for p in doc.paragraphs]
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert text[0] == TITLE
    assert any("Tổng hợp từ 3 báo cáo" in t and "1 tệp không đọc được" in t for t in text)
    assert [h for h in headings if h in HEADINGS.values()] == list(HEADINGS.values())
    # the training theme: raised by 3 of 3 reports, every member cited
    at = text.index(next(t for t in text if t.startswith("Nêu trong 3/3 báo cáo")))
    assert re.match(r"1\. \S", text[at - 1])  # its title, numbered
    cited = text[at + 1 :][:4]
    assert any(t.startswith("Số liệu:") and "12 lớp" in t and "1.250 lượt cán bộ" in t for t in cited)
    sources = next(t for t in cited if t.startswith("Nguồn:"))
    assert sorted(re.findall(r"\[(\d+) §(\d+)\]", sources)) == [("1", "2"), ("2", "2"), ("3", "2")]
    # a mixed paragraph's limitations sentence joins the limitations theme with the same point
    limitations = text[text.index(HEADINGS["limitations"]) : text.index(HEADINGS["solutions"])]
    assert "Nêu trong 2/3 báo cáo." in limitations
    sources = [t for t in limitations if t.startswith("Nguồn:")]
    assert sources and "[3 §4]" in sources[0] and "[1 §3]" in sources[0]
    # points of one report under "Ý kiến khác", with their citation
    assert any(h.endswith(OTHER_POINTS) for h in headings)
    assert any(t.startswith("Lắp đặt 25 camera") and t.endswith("[3 §3]") for t in text)
    assert not any("KẾT QUẢ ĐẠT ĐƯỢC [" in t for t in text)  # headings are not points
    # the appendix: one row per report with its file name, and the failed file
    files = [row.cells[1].text for row in doc.tables[0].rows[1:]]
    assert files == ["bao_cao_1.txt", "bao_cao_2.txt", "bao_cao_3.txt"]
    assert doc.tables[0].rows[3].cells[2].text == "4"  # report 3: four results paragraphs (heading, mixed one)
    assert (
        doc.tables[1].rows[1].cells[1].text == "hong.docx" and "not a Word file" in doc.tables[1].rows[1].cells[2].text
    )


def test_control_characters_do_not_break_the_document():
    s = Synthesis()
    s.add(_report(1, ["Tổ chức 3 lớp\x0b tập huấn\x00."], []))
    s.fail("bad\x07name.txt", "oops\x01")
    doc = _docx(s)
    assert any("Tổ chức 3 lớp" in p.text for p in doc.paragraphs)


def test_markdown_lists_the_themes_and_keeps_every_paragraph(synthesis):
    md = render(synthesis)
    assert "### Các vấn đề chung" in md and "— 3/3 báo cáo" in md and "— 2/3 báo cáo" in md
    assert "### Ý kiến khác" in md and "### Chi tiết theo báo cáo" in md
    assert "Số liệu: 12 lớp" in md
    assert "[3 §4]\\*" in md  # a sentence of a mixed paragraph, marked
    assert "- [1 §1] I. KẾT QUẢ ĐẠT ĐƯỢC" in md  # the heading kept in the per-report listing


def test_label_writes_a_docx_from_the_command_line(tmp_path, small_model_file):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "I. KẾT QUẢ\nĐã tổ chức 24 hội nghị quán triệt cho 3.000 lượt cán bộ.\n"
        "II. HẠN CHẾ\nMột số chi bộ còn chậm đổi mới nội dung sinh hoạt.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text("Xã đã tổ chức 6 hội nghị quán triệt cho cán bộ.\n", encoding="utf-8")
    out = tmp_path / "tonghop.docx"
    assert main(["label", str(folder), "--model", str(small_model_file), "-o", str(out), "-q"]) == 0
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert TITLE in text and HEADINGS["results"] in text
    assert re.search(r"\[\d §\d+\]", text)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_the_draft_converts_to_pdf_with_libreoffice(synthesis, tmp_path):
    out = tmp_path / "tonghop.docx"
    stream = io.BytesIO()
    writer = open_writer("docx", stream)
    writer.synthesis = synthesis
    writer.close()
    out.write_bytes(stream.getvalue())
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "tonghop.pdf"
    assert pdf.exists() and pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("enabled", [True, False])
def test_themes_leave_the_garbage_collector_as_they_found_it(synthesis, monkeypatch, enabled):
    import gc

    import nq35cls.writers.synthesis as module

    seen = []

    def find_themes(texts, reports):  # records whether the collector ran while the themes were found
        seen.append(gc.isenabled())
        return []

    monkeypatch.setattr(module, "find_themes", find_themes)
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert synthesis.themes("results") == [] and seen == [False]  # paused while the themes are found
        assert gc.isenabled() is enabled  # then as it was
    finally:
        (gc.enable if was else gc.disable)()
