"""Synthesis outputs (xlsx, html, md), each read back and checked against the JSONL records."""

import json
import re
import shutil
import subprocess
from datetime import datetime
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
    head = rows[0]
    assert head[:2] == ("Báo cáo", "Cơ quan ban hành") and "Ghi chú" in head and "Số đoạn" in head
    by_file = {row[head.index("Tệp")].rsplit("/", 1)[-1]: row for row in rows[1:]}
    count = head.index("Số đoạn")
    assert by_file["a_an_lam.txt"][count] == sum(r["file"].endswith("a_an_lam.txt") for r in records)
    assert by_file["c_empty.txt"][head.index("Lỗi")] == "tệp rỗng"  # told in Vietnamese
    for label in SECTION_LABELS:
        sheet = next(ws for ws in book.worksheets if ws.title.endswith(f"({label})"))
        head = next(sheet.iter_rows(max_row=1, values_only=True))
        assert head[:3] == ("Báo cáo", "Nội dung đoạn", "Ghi chú")  # the text beside its report, then the notes
        body = list(sheet.iter_rows(min_row=2))
        assert [row[1].value for row in body] == [r["text"] for r in records if r["label"] == label]
        assert sheet.column_dimensions["B"].width > 50
        assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == "A1:H1"
        # printed: A4 landscape, fitted to the page width, the header row on every page
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_rows == "$1:$1"
        for row in body:
            assert row[1].alignment.wrap_text and row[0].alignment.wrap_text and row[7].alignment.wrap_text
            assert row[3].alignment.vertical == "top"
            assert row[7].hyperlink.target.startswith("./reports/")  # relative to the workbook's folder
            assert (tmp_path / row[7].hyperlink.target).is_file()
            assert row[0].value == row[7].value  # no header in these reports: named by their file path
            height = sheet.row_dimensions[row[0].row].height
            assert height >= 15 * (len(row[1].value) // 88 + 1)  # tall enough for the wrapped text


def test_xlsx_names_reports_by_their_header_and_fits_row_heights(small_model_file, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    header = (
        "UBND HUYỆN KHE LAU\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 17/BC-VHTT\nKhe Lau, ngày 9 tháng 7 năm 2025\nBÁO CÁO\n"
        "Kết quả công tác 6 tháng đầu năm 2025\nI. KẾT QUẢ ĐẠT ĐƯỢC\n"
    )
    long = "Phòng đã phối hợp tổ chức " + ", ".join(f"hội nghị thứ {k} cho cán bộ cơ sở" for k in range(40)) + "."
    (folder / "bc.txt").write_text(header + long + "\nII. HẠN CHẾ\nMột số xã còn chậm.\n", encoding="utf-8")
    out = tmp_path / "out" / "s.xlsx"
    out.parent.mkdir()
    main(["label", str(folder), "--model", str(small_model_file), "-o", str(out), "-q"])
    book = openpyxl.load_workbook(out)
    rows = list(book.worksheets[0].iter_rows(min_row=2))
    assert rows[0][0].value == "Phòng Văn hóa và Thông tin, 17/BC-VHTT, 9/7/2025"
    assert rows[0][17].hyperlink.target == "../in/bc.txt" and rows[0][17].value.endswith("bc.txt")
    assert [c.value for c in rows[0][1:4]] == ["PHÒNG VĂN HÓA VÀ THÔNG TIN", "17/BC-VHTT", datetime(2025, 7, 9)]
    cells = [row for ws in book.worksheets[3:] for row in ws.iter_rows(min_row=2) if row[1].value == long]
    assert len(cells) == 1
    sheet = cells[0][0].parent
    tall = sheet.row_dimensions[cells[0][0].row].height
    assert tall >= 15 * len(long) / 88  # the long paragraph's row grows with its text
    short = [
        ws.row_dimensions[row[0].row].height
        for ws in book.worksheets[3:]
        for row in ws.iter_rows(min_row=2)
        if len(row[1].value) < 60
    ]
    assert short and max(short) < tall / 3


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
    assert "## Kết quả đạt được" in text and "| # | báo cáo (tệp) |" in text
    assert "c\\_empty.txt: tệp rỗng" in text  # told in Vietnamese


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


def _chromium(url: str, tmp_path, *extra: str) -> subprocess.CompletedProcess:
    flags = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    return subprocess.run([CHROMIUM, *flags, *extra, url], capture_output=True, text=True, timeout=120, cwd=tmp_path)


BROWSER_REPORTS = {
    "a.txt": [
        ("other", "BÁO CÁO SƠ KẾT CÔNG TÁC TUYÊN GIÁO"),
        ("results", "Huyện ủy đã tổ chức 24 hội nghị quán triệt cho cán bộ, đảng viên."),
        ("results", "Đăng tải 1.200 tin bài </script><img src=x onerror=alert(1)> trên trang của huyện."),
        ("limitations", "Một số chi bộ còn chậm đổi mới nội dung sinh hoạt."),
        ("solutions", "Thời gian tới, cần tiếp tục nâng cao chất lượng tuyên truyền."),
    ],
    "b.txt": [
        ("other", "UBND HUYỆN KHE LAU"),
        ("other", "PHÒNG VĂN HÓA VÀ THÔNG TIN"),
        ("other", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("other", "Số: 17/BC-VHTT"),
        ("other", "Khe Lau, ngày 9 tháng 7 năm 2025"),
        ("other", "BÁO CÁO"),
        ("results", "Phòng đã phối hợp tổ chức 6 hội nghị tuyên truyền ở các xã."),
        ("limitations", "Kinh phí cho hoạt động tuyên truyền còn hạn chế."),
        ("solutions", "Đề nghị tăng cường bồi dưỡng đội ngũ báo cáo viên."),
        ("boilerplate", "Trang chủ | Liên hệ"),
    ],
}


@pytest.mark.slow  # six browser runs
@pytest.mark.skipif(CHROMIUM is None, reason="needs a Chromium (Debian package chromium) for the browser check")
def test_html_search_filters_and_print_in_a_headless_browser(tmp_path):
    from nq35cls.labeling import LabeledParagraph, LabeledReport
    from nq35cls.writers.html import render
    from nq35cls.writers.synthesis import Synthesis

    synthesis = Synthesis()
    for name, paragraphs in BROWSER_REPORTS.items():
        labeled = [LabeledParagraph(i, 0, len(t), t, label, 0.9) for i, (label, t) in enumerate(paragraphs)]
        kept = tuple(p for p in labeled if p.label != "boilerplate")
        dropped = tuple(p for p in labeled if p.label == "boilerplate")
        synthesis.add(LabeledReport(str(tmp_path / name), "utf-8", kept, dropped=dropped))
    synthesis.fail(str(tmp_path / "c.txt"), "empty file")
    out = tmp_path / "synthesis.html"
    out.write_text(render(synthesis, str(tmp_path)), encoding="utf-8")
    html = out.read_text(encoding="utf-8")
    assert html.count("<script") == 1 and "<img src=x" not in html  # report text never becomes markup or script
    assert "Phòng Văn hóa và Thông tin, 17/BC-VHTT, 9/7/2025" in html and ">tệp rỗng<" in html

    def dom(query: str) -> _Page:
        result = _chromium(out.as_uri() + query, tmp_path, "--dump-dom")
        page = _Page()
        page.feed(result.stdout)
        page.dom = result.stdout
        return page

    everything = dom("")
    assert len(everything.paragraphs) == 8  # the three parts and the appendix
    assert "onerror" not in re.sub(r"&lt;img[^&]*&gt;", "", everything.dom)  # still text in the built DOM
    # typed without diacritics, the search keeps the paragraphs that hold the words, and says how many
    searched = dom("?q=TUYEN%20truyen").dom
    shown = re.findall(r'<p class="para[^"]*" id="([^"]+)" data-file="\d+">', searched)
    assert sorted(shown) == ["f1-p4", "f2-p6", "f2-p7"] and "3 đoạn phù hợp" in searched
    filtered = dom("?hide=limitations,solutions&report=2").dom
    assert re.search(r'<section id="limitations" hidden', filtered)
    assert re.search(r'<section id="solutions" hidden', filtered)
    assert not re.search(r'<section id="results" hidden', filtered)
    visible = re.findall(r'<p class="para[^"]*" id="(f\d+)-p\d+" data-file="\d+">', filtered)
    assert set(visible) == {"f2"}  # only the chosen report's paragraphs
    assert '<details open=""' not in dom("?fold=all").dom  # every part folded on screen ...
    pdf = tmp_path / "folded.pdf"
    _chromium(out.as_uri() + "?fold=all", tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000
    print(f"printed page: {pdf}")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
        assert "Tất cả báo cáo" not in text and "Tìm trong các đoạn" not in text  # no controls on paper
        assert "Kinh phí cho hoạt động tuyên truyền còn hạn chế." in " ".join(text.split())  # ... unfolded on paper
    shot = tmp_path / "filtered.png"
    _chromium(out.as_uri() + "?q=tuyen%20truyen", tmp_path, "--window-size=1200,1600", f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot: {shot}")


def _themes_batch(tmp_path, model_file, suffix):
    """Twelve reports of the authored themes benchmark labeled into one synthesis file."""
    from pathlib import Path

    from nq35cls.cli import main

    reports = sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "themes_data" / "reports").glob("*.txt"))
    out = tmp_path / f"tonghop{suffix}"
    assert main(["label", *map(str, reports[:12]), "--model", str(model_file), "-o", str(out), "-q"]) == 0
    return out, re


def test_html_synthesis_shows_themes_linked_to_their_paragraphs(tmp_path, small_model_file):
    out, re_ = _themes_batch(tmp_path, small_model_file, ".html")
    page = out.read_text(encoding="utf-8")
    themes = re_.findall(r'<div class="theme"><h4>\d+\. .*?<small>— nêu trong (\d+)/12 báo cáo', page)
    assert themes and all(2 <= int(n) <= 12 for n in themes)  # a theme is what several reports raise
    anchors = set(re_.findall(r'<p class="para[^"]*" id="(f\d+-p\d+)"', page))
    cited = set(re_.findall(r'<div class="theme">.*?Nguồn: (.*?)</p>', page))
    links = {a for c in cited for a in re_.findall(r'href="#(f\d+-p\d+)"', c)}
    assert links and links <= anchors  # every source links to a paragraph shown below


def test_xlsx_synthesis_has_a_themes_sheet_and_a_figures_sheet(tmp_path, small_model_file):
    import openpyxl

    out, _ = _themes_batch(tmp_path, small_model_file, ".xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["Tổng hợp (files)", "Chủ đề (themes)", "Số liệu (figures)"]
    rows = list(book["Chủ đề (themes)"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Phần", "STT", "Chủ đề", "Số báo cáo nêu")
    coverage = [int(r[3].split("/")[0]) for r in rows[1:]]
    assert coverage and all(r[3].endswith("/12") for r in rows[1:])
    assert {r[0] for r in rows[1:]} <= {"Kết quả đạt được", "Hạn chế, nguyên nhân", "Giải pháp, kiến nghị"}
    figures = list(book["Số liệu (figures)"].iter_rows(values_only=True))[1:]
    assert figures and all(any(ch.isdigit() for ch in r[1]) for r in figures)


def _gold_synthesis(executor=None):
    """A synthesis of the first 20 reports of the authored themes benchmark, each paragraph with its gold label."""
    from pathlib import Path

    from nq35cls.labeling import LabeledParagraph, LabeledReport
    from nq35cls.writers.synthesis import Synthesis

    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "themes_data" / "reports"
    synthesis = Synthesis(executor=executor)
    for path in sorted(folder.glob("*.jsonl"))[:20]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        paragraphs = tuple(
            LabeledParagraph(i, 0, len(r["text"]), r["text"], r["label"], 0.9) for i, r in enumerate(rows)
        )
        synthesis.add(LabeledReport(str(path), "utf-8", paragraphs))
    return synthesis


def _shown_themes(synthesis):
    return {
        label: [(g.theme.title, g.theme.members, g.theme.reports) for g in synthesis.themes(label)]
        for label in ("results", "limitations", "solutions")
    }


class _CountingExecutor:
    """Worker processes that count what they are given; ``fail``: every task's future fails instead."""

    def __init__(self, pool, fail=False):
        self.pool, self.fail, self.submitted = pool, fail, []

    def submit(self, function, *args):
        from concurrent.futures import Future

        self.submitted.append(len(args[0]))
        if not self.fail:
            return self.pool.submit(function, *args)
        broken: Future = Future()
        broken.set_exception(RuntimeError("the worker died"))
        return broken


def test_a_synthesis_computes_the_other_parts_themes_in_workers_and_finds_the_same_themes():
    from concurrent.futures import ProcessPoolExecutor

    serial = _shown_themes(_gold_synthesis())
    assert all(serial[label] for label in serial)
    with ProcessPoolExecutor(1) as pool:
        executor = _CountingExecutor(pool)
        synthesis = _gold_synthesis(executor)
        assert _shown_themes(synthesis) == serial
    sizes = sorted(len(synthesis.theme_items(label)) for label in serial)
    assert sorted(executor.submitted) == sizes[:2]  # every part but the largest, computed in this process
    # a worker that fails: its part computed here, the same themes
    failing = _CountingExecutor(None, fail=True)
    assert _shown_themes(_gold_synthesis(failing)) == serial and len(failing.submitted) == 2
    # workers that take nothing (a pool already stopped): every part computed here
    with ProcessPoolExecutor(1) as stopped:
        pass
    assert _shown_themes(_gold_synthesis(stopped)) == serial


def test_open_writer_hands_the_workers_to_the_synthesis():
    import io

    from nq35cls.writers import open_writer

    marker = _CountingExecutor(None, fail=True)
    assert open_writer("html", io.StringIO(), executor=marker).synthesis.executor is marker
    workbook = open_writer("xlsx", io.BytesIO(), executor=marker)
    assert workbook.counts.executor is marker
    workbook.close()  # an empty workbook, its sheets finished (its empty parts' themes computed here)
    assert open_writer("jsonl", io.StringIO(), executor=marker) is not None  # record formats take and ignore it
