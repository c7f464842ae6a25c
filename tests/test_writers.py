"""Synthesis outputs (xlsx, html, md), each read back and checked against the JSONL records."""

import json
import shutil
import subprocess
from html.parser import HTMLParser

import openpyxl
import pytest

from nq35cls.cli import main
from nq35cls.labels import SECTION_LABELS
from nq35cls.safe_text import markdown_text

REPORT_A = """BÁO CÁO SƠ KẾT NGHỊ QUYẾT 35 CỦA HUYỆN AN LÂM
I. KẾT QUẢ ĐẠT ĐƯỢC
Ban Thường vụ Huyện ủy đã tổ chức 24 hội nghị quán triệt cho hơn 3.000 lượt cán bộ, đảng viên.
Lực lượng cốt cán đăng tải hơn 1.200 tin bài tích cực trên mạng xã hội.
II. HẠN CHẾ
Một số chi bộ còn chậm đổi mới nội dung sinh hoạt; việc nắm bắt dư luận có lúc chưa kịp thời.
III. PHƯƠNG HƯỚNG
Thời gian tới, cần tiếp tục nâng cao chất lượng tuyên truyền & bồi dưỡng lực lượng cốt cán <trọng tâm>.
"""
REPORT_B = """Xã Tân Phú sơ kết 6 tháng công tác tuyên giáo
Theo báo cáo, xã đã tổ chức 6 buổi sinh hoạt chuyên đề cho đảng viên.
Đồng chí Bí thư đề nghị các chi bộ cần đẩy mạnh tuyên truyền trong thời gian tới.
"""


@pytest.fixture()
def batch(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a_an_lam.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b_tan_phu.txt").write_text(REPORT_B, encoding="utf-8")
    (folder / "c_empty.txt").write_bytes(b"")
    return folder


def _records(batch, model, tmp_path):
    out = tmp_path / "all.jsonl"
    main(["label", str(batch), "--model", str(model), "-o", str(out), "-q"])
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_xlsx_has_a_summary_and_one_sheet_per_part(batch, small_model_file, tmp_path):
    records = _records(batch, small_model_file, tmp_path)
    out = tmp_path / "synthesis.xlsx"
    assert (
        main(["label", str(batch), "--model", str(small_model_file), "-o", str(out), "-q"]) == 1
    )  # the empty file failed
    book = openpyxl.load_workbook(out)
    summary = book.worksheets[0]
    rows = list(summary.iter_rows(values_only=True))
    assert rows[0][:3] == ("file", "format", "paragraphs")
    by_file = {row[0].rsplit("/", 1)[-1]: row for row in rows[1:]}
    assert by_file["a_an_lam.txt"][2] == sum(r["file"].endswith("a_an_lam.txt") for r in records)
    assert "empty file" in by_file["c_empty.txt"][-1]
    for label in SECTION_LABELS:
        sheet = next(ws for ws in book.worksheets if ws.title.endswith(f"({label})"))
        texts = [row[5] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert texts == [r["text"] for r in records if r["label"] == label]
        assert sheet.column_dimensions["F"].width > 50
        assert sheet.freeze_panes == "A2"
        if texts:
            assert sheet.cell(row=2, column=6).alignment.wrap_text


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.external, self.paragraphs, self.svg, self.scripts = set(), [], [], [], 0, 0
        self._in_para = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.links.append(attrs.get("href", ""))
        if tag in ("link", "img", "iframe") or attrs.get("src") is not None:  # the page's one script is inline
            self.external.append(tag)
        if tag == "script":
            self.scripts += 1
        if tag == "svg":
            self.svg += 1
        if tag == "p" and "para" in (attrs.get("class") or ""):
            self._in_para = True
            self.paragraphs.append("")
        elif tag == "a" and self._in_para:
            self._skip = True

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_para = False
        if tag == "a":
            self._skip = False

    def handle_data(self, data):
        if self._in_para and not getattr(self, "_skip", False):
            self.paragraphs[-1] += data


def test_html_synthesis_holds_every_section_paragraph_with_anchors(batch, small_model_file, tmp_path):
    records = _records(batch, small_model_file, tmp_path)
    out = tmp_path / "synthesis.html"
    main(["label", str(batch), "--model", str(small_model_file), "-o", str(out), "-q"])
    page = _Page()
    page.feed(out.read_text(encoding="utf-8"))
    parts = [r for r in records if r["label"] in ("results", "limitations", "solutions")]
    shown = [p.split("?")[0].replace("pha trộn", "").strip() for p in page.paragraphs]
    assert sorted(shown) == sorted(r["text"] for r in parts)
    html = out.read_text(encoding="utf-8")
    assert "<trọng tâm>" not in html  # text is escaped, never markup
    assert ("&lt;trọng tâm&gt;" in html) == any("<trọng tâm>" in r["text"] for r in parts)
    files = sorted({r["file"] for r in records})
    for r in parts:
        no = files.index(r["file"]) + 1
        assert f"f{no}-p{r['index']}" in page.ids
    assert {"files", "results", "limitations", "solutions"} <= page.ids
    assert page.svg == 1 and page.external == [] and page.scripts == 1
    assert any(link.endswith("a_an_lam.txt") for link in page.links)  # back to the source file
    assert "c_empty.txt" in html and '<td title="empty file">tệp rỗng</td>' in html  # told in Vietnamese


def test_markdown_synthesis(batch, small_model_file, tmp_path):
    records = _records(batch, small_model_file, tmp_path)
    out = tmp_path / "synthesis.md"
    main(["label", str(batch), "--model", str(small_model_file), "-o", str(out), "-q"])
    text = out.read_text(encoding="utf-8")
    for r in records:
        if r["label"] in ("results", "limitations", "solutions"):
            assert f"§{r['index']}] {markdown_text(r['text'])}" in text
    assert "## Kết quả đạt được" in text and "| # | tệp |" in text
    assert "c\\_empty.txt: empty file" in text


def test_xlsx_needs_an_output_file(batch, small_model_file, capsys):
    assert main(["label", str(batch), "--model", str(small_model_file), "--format", "xlsx", "-q"]) == 2
    assert "needs an output file" in capsys.readouterr()[1]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="needs a Chromium (Debian package chromium) for the browser check")
def test_html_synthesis_renders_in_a_headless_browser(batch, small_model_file, tmp_path):
    records = _records(batch, small_model_file, tmp_path)
    out = tmp_path / "synthesis.html"
    main(["label", str(batch), "--model", str(small_model_file), "-o", str(out), "-q"])
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    page = _Page()
    page.feed(dom)  # the DOM the browser built, not our file
    parts = [r for r in records if r["label"] in ("results", "limitations", "solutions")]
    assert len(page.paragraphs) == len(parts)
    assert page.svg == 1
    shot = tmp_path / "shot.png"
    subprocess.run(
        [CHROMIUM, *flags, "--window-size=1200,1600", f"--screenshot={shot}", out.as_uri()],
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
