"""Reading fidelity: a .docx written here, exported to .pdf, .doc and .rtf by LibreOffice, read back.

    apt-get install libreoffice-writer-nogui   # the benchmark's set-up, not the package's
    python benchmarks/bench_fidelity.py [--out benchmarks/results/bench_fidelity.md]

The .docx holds what real reports hold: a letterhead table, headings, numbered and bulleted
lists (an outline I. / 1. / a) / i., and a table cell of numbered paragraphs), long paragraphs, a results table with merged cells, a landscape section with a wide
table, Unicode typed decomposed (NFD), and a footnote. Each paragraph (or table row) that
nq35cls reads from the .docx is looked for in the reading of every export; the share found
intact (the same text, spaces aside) is the fidelity of that reader. A paragraph the .docx
reader gives is the reference: what the exports lose or break is what the table counts.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the working tree's nq35cls, not an installed one
from nq35cls.readers import read  # noqa: E402

PARTS = {
    "results": [
        "Trong sáu tháng đầu năm, Ban Thường vụ Huyện ủy đã chỉ đạo các chi bộ tổ chức {n} hội nghị quán triệt "
        "cho {m} lượt cán bộ, đảng viên; công tác nắm bắt tư tưởng được duy trì thường xuyên ở tất cả các xã.",
        "Lực lượng cốt cán trên không gian mạng được kiện toàn với {n} thành viên, đăng tải {m} tin bài tích cực, "
        "góp phần định hướng dư luận xã hội và phản bác kịp thời các quan điểm sai trái, thù địch.",
    ],
    "limitations": [
        "Một số chi bộ còn chậm đổi mới hình thức sinh hoạt; việc phát hiện thông tin xấu, độc ở cơ sở có lúc chưa "
        "kịp thời, chất lượng {n} bài viết phản bác chưa cao.",
    ],
    "solutions": [
        "Thời gian tới, cần tiếp tục nâng cao chất lượng tuyên truyền, bồi dưỡng kỹ năng cho {n} thành viên lực "
        "lượng cốt cán và tăng cường phối hợp giữa {m} cơ quan, đơn vị.",
    ],
}


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
#: A multi-level list as reports number their sections: I. / 1. / a) / i. (numId 90).
_OUTLINE = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("lowerRoman", "%4."))


def _outline(document) -> None:
    """Add the :data:`_OUTLINE` list to the document's numbering definitions."""
    root = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:pPr><w:ind w:left="{360 * (k + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for k, (fmt, text) in enumerate(_OUTLINE)
    )
    first_num = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    abstract = parse_xml(f'<w:abstractNum {_W} w:abstractNumId="90">{levels}</w:abstractNum>')
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def _numbered(container, text: str, level: int):
    """A paragraph of the :data:`_OUTLINE` list at ``level``."""
    paragraph = container.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
    )
    return paragraph


def build(path: Path, sections: int = 6) -> None:
    """The authored .docx."""
    document = docx.Document()
    _outline(document)
    head = document.add_table(rows=2, cols=2)
    for (r, c), value in {
        (0, 0): "HUYỆN ỦY AN LÂM",
        (0, 1): "ĐẢNG CỘNG SẢN VIỆT NAM",
        (1, 0): "Số 45-BC/HU",
        (1, 1): "An Lâm, ngày 20 tháng 6 năm 2026",
    }.items():
        head.cell(r, c).text = value
    document.add_heading("BÁO CÁO SƠ KẾT CÔNG TÁC SÁU THÁNG ĐẦU NĂM", 1)
    document.add_paragraph(
        unicodedata.normalize("NFD", "Thực hiện Kế hoạch số 12-KH/HU, Ban Thường vụ Huyện ủy báo cáo kết quả như sau:")
    )
    for s in range(sections):
        for k, (part, texts) in enumerate(PARTS.items()):
            document.add_heading(f"{s + 1}.{k + 1}. {part.upper()}", 2)
            for j, text in enumerate(texts):
                style = "List Number" if part == "solutions" else ("List Bullet" if j % 2 else None)
                document.add_paragraph(text.format(n=12 + s + j, m=340 + 7 * s), style=style)
        table = document.add_table(rows=4, cols=3)
        table.style = "Table Grid"  # ruled, as report tables are
        for r, row in enumerate(
            [
                ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
                ["Hội nghị", str(10 + s), str(12 + s)],
                ["Tin bài", "300", str(340 + s)],
            ]
        ):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        merged = table.cell(3, 0).merge(table.cell(3, 2))
        merged.text = f"Ghi chú: số liệu đến ngày {s + 10} tháng 6"
    _numbered(document, "PHƯƠNG HƯỚNG, NHIỆM VỤ SÁU THÁNG CUỐI NĂM", 0)
    for k, area in enumerate(("Công tác tuyên truyền", "Công tác kiểm tra, giám sát")):
        _numbered(document, area, 1)
        for j in range(2):
            _numbered(document, f"Hoàn thành {8 + k + j} chuyên đề tại {3 + j} xã trong quý {3 + j}.", 2)
        _numbered(document, f"Kinh phí thực hiện dự kiến {120 + 15 * k} triệu đồng.", 3)
    _numbered(document, "KIẾN NGHỊ, ĐỀ XUẤT", 0)
    _numbered(document, "Đề nghị Ban Tuyên giáo Tỉnh ủy mở thêm 2 lớp bồi dưỡng.", 1)
    tasks = document.add_table(rows=1, cols=2)
    tasks.style = "Table Grid"
    tasks.cell(0, 0).text = "Nhiệm vụ trọng tâm"
    cell = tasks.cell(0, 1)
    cell._tc.remove(cell.paragraphs[0]._p)
    for j in range(4):  # a cell of several numbered paragraphs, continuing the list
        _numbered(cell, f"Rà soát {20 + j} mô hình dân vận khéo ở {4 + j} thôn, tổ dân phố.", 1)
    landscape = document.add_section()
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = landscape.page_height, landscape.page_width
    landscape.left_margin = landscape.right_margin = Cm(1.5)
    wide = document.add_table(rows=3, cols=6)
    wide.style = "Table Grid"
    for r in range(3):
        for c in range(6):
            wide.cell(r, c).text = f"Xã {c + 1}" if r == 0 else str(10 * r + c)
    document.add_paragraph("Nơi nhận: Ban Tuyên giáo Tỉnh ủy; lưu Văn phòng.")
    document.save(path)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text)).lower()


_LIST_MARK = re.compile(r"^([-+*]|\d{1,3}[.)]|[a-z][.)])\s+")


def fidelity(reference: list[str], reading: list[str], marks: bool = True) -> tuple[float, list[str]]:
    """Share of the reference paragraphs found intact in a reading, and the ones missed.

    With ``marks=False`` a list mark that Word generates ("1.", "-") may be missing: the .doc and
    .rtf formats keep it as formatting, not text."""

    def key(p: str) -> str:
        return _key(p if marks else _LIST_MARK.sub("", p))

    found = {key(p) for p in reading}
    missed = [p for p in reference if key(p) not in found]
    return 1 - len(missed) / len(reference), missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="also write the table as Markdown to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "fidelity.docx"
        build(source)
        reference = read(source).text.splitlines()
        rows = [("docx (reference)", len(reference), 1.0, 1.0, [])]
        for fmt in ("pdf", "doc", "rtf"):
            done = subprocess.run(
                ["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, str(source)],
                capture_output=True,
                check=False,
            )
            if done.returncode != 0:
                print(f"LibreOffice could not export {fmt}: {done.stderr.decode(errors='replace')}", file=sys.stderr)
                return 1
            reading = read(Path(tmp) / f"fidelity.{fmt}").text.splitlines()
            share, missed = fidelity(reference, reading)
            rows.append((fmt, len(reading), share, fidelity(reference, reading, marks=False)[0], missed))
    lines = [
        "# Reading fidelity (`python benchmarks/bench_fidelity.py`)",
        "",
        f"A .docx written by the benchmark ({len(reference)} paragraphs and table rows as nq35cls reads it), exported by LibreOffice; share of its paragraphs found intact in each reading.",
        "",
        "| format | blocks read | paragraphs intact | intact, list marks aside | missed (first 3) |",
        "|---|---:|---:|---:|---|",
    ]
    for fmt, n, share, unmarked, missed in rows:
        shown = "; ".join(m[:60] for m in missed[:3]).replace("|", "\\|")
        lines.append(f"| {fmt} | {n} | {share:.3f} | {unmarked:.3f} | {shown} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
