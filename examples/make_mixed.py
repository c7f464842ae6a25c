"""Build examples/mixed/: four authored reports of data/authored/ as .txt, .docx, .html and .pdf.

    python examples/make_mixed.py      # needs python-docx, and fpdf2 with the DejaVu font for the PDF

The folder shows a batch as it arrives from many units, for
``nq35cls label examples/mixed -o synthesis.html`` (and ``.xlsx``).
"""

from html import escape
from pathlib import Path

import docx

from nq35cls.data import load_data

HERE = Path(__file__).resolve().parent
OUT = HERE / "mixed"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DOCS = {
    "a4_06_tin_hoinghi_cds_lamdong_chutich": "txt",
    "a5_08_bc_ocop_vanchan_2024": "docx",
    "c4_06_baodientu_binhdinh_phucat_nq35": "html",
    "a7_09_bv_baocaotomtat_lucngan": "pdf",
}


def write_txt(path: Path, paragraphs: list[str]) -> None:
    path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")


def write_docx(path: Path, paragraphs: list[str]) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.sections[0].footer.paragraphs[0].text = "Văn phòng Huyện ủy"
    document.save(path)


def write_html(path: Path, paragraphs: list[str], labels: list[str]) -> None:
    chrome = [t for t, lab in zip(paragraphs, labels) if lab == "boilerplate"]
    body = [t for t, lab in zip(paragraphs, labels) if lab != "boilerplate"]
    html = [
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>",
        f"<title>{escape(body[0])}</title></head><body>",
    ]
    html.append("<nav><ul>" + "".join(f"<li><a href='#'>{escape(t)}</a></li>" for t in chrome[:3]) + "</ul></nav>")
    html.append(
        f"<article><h1>{escape(body[0])}</h1>" + "".join(f"<p>{escape(t)}</p>" for t in body[1:]) + "</article>"
    )
    html.append(
        "<aside><h3>Tin liên quan</h3><ul>"
        + "".join(f"<li><a href='#'>{escape(t)}</a></li>" for t in chrome[3:])
        + "</ul></aside>"
    )
    html.append("<footer>Cơ quan chủ quản: Báo điện tử. Điện thoại: 0256 3822 000</footer></body></html>")
    path.write_text("\n".join(html), encoding="utf-8")


def write_pdf(path: Path, paragraphs: list[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF(format=(148, 210))
    pdf.add_font("dejavu", fname=FONT)
    pdf.set_font("dejavu", size=10)
    pdf.add_page()
    for text in paragraphs:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))


def main() -> None:
    docs = {d.doc: d for d in load_data(HERE.parent / "data" / "authored")}
    OUT.mkdir(exist_ok=True)
    for doc_id, fmt in DOCS.items():
        doc = docs[doc_id]
        path = OUT / f"{doc_id}.{fmt}"
        if fmt == "txt":
            write_txt(path, doc.texts)
        elif fmt == "docx":
            write_docx(path, doc.texts)
        elif fmt == "html":
            write_html(path, doc.texts, doc.labels)
        else:
            write_pdf(path, doc.texts)
        print(path)


if __name__ == "__main__":
    main()
