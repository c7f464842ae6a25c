"""Word draft of the consolidated report (``.docx``, with python-docx).

The usual layout of a *báo cáo tổng hợp*: the title, a line on what was
synthesized (how many reports, the date), then "I. KẾT QUẢ ĐẠT ĐƯỢC",
"II. HẠN CHẾ, NGUYÊN NHÂN" and "III. PHƯƠNG HƯỚNG, GIẢI PHÁP, KIẾN NGHỊ".
Each part lists its themes (:meth:`~nq35cls.writers.synthesis.Synthesis.themes`)
as subsections: the theme's title, "nêu trong 8/60 báo cáo", the
representative text, the theme's figures (results) and its sources cited as
``[3 §12]`` (report number and paragraph index); then "Ý kiến khác" with the
points of one report each. An appendix lists the reports (number, file,
paragraphs per part, figures of their results) and the files that failed, so
that every citation can be traced to its file. The staff edit this draft
into the report they sign.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..i18n import translate
from ..safe_text import printable, xml_text
from .synthesis import PARTS, FileRow, Synthesis, SynthesisWriter, ThemeGroup

#: The part headings of the report, in order.
HEADINGS: dict[str, str] = {
    "results": "I. KẾT QUẢ ĐẠT ĐƯỢC",
    "limitations": "II. HẠN CHẾ, NGUYÊN NHÂN",
    "solutions": "III. PHƯƠNG HƯỚNG, GIẢI PHÁP, KIẾN NGHỊ",
}
TITLE = "BÁO CÁO TỔNG HỢP"
SUBTITLE = "Kết quả, hạn chế và giải pháp nêu trong các báo cáo"
OTHER_POINTS = "Ý kiến khác"


# characters XML 1.0 does not allow (python-docx refuses them)
def _name(path: str) -> str:
    return xml_text(printable(path))


def _report(f: FileRow) -> str:
    """A report as the appendix names it: by its header (issuing body, number, date), its file beside."""
    return f"{xml_text(f.name)} ({_name(f.path)})" if f.name else _name(f.path)


def _sentence_case(title: str) -> str:
    return title[:1].upper() + title[1:]


#: Characters python-docx turns into a tab or a line break when it appends a run's text.
_BREAKS = frozenset("\t\n\r")


def _run(paragraph: Any, text: str) -> Any:
    """``paragraph.add_run(text)``, the same run: python-docx appends a run's text character by character
    (for tabs and line breaks), which took most of the time of a synthesis of 1,000 reports; a text
    without them is set in its one ``<w:t>`` at once, as python-docx sets it in the end."""
    if not text or not _BREAKS.isdisjoint(text):
        return paragraph.add_run(text)
    run = paragraph.add_run()
    run._r.add_t(text)
    return run


def _paragraph(container: Any, text: str = "", style_id: str | None = None) -> Any:
    """``container.add_paragraph(text, style)``, with the style given by its id (looked up once: python-docx
    searches the style sheet for every paragraph it styles by name)."""
    paragraph = container.add_paragraph()
    if text:
        _run(paragraph, text)
    if style_id is not None:
        paragraph._p.style = style_id
    return paragraph


class _Body:
    """The document's body, for adding paragraphs at its end: ``add_paragraph`` as ``Document.add_paragraph``
    gives them, in constant time (python-docx looks for the body's section properties among all its children
    for each paragraph it adds, which grows with the document: most of the time of a draft of 2,000 reports)."""

    def __init__(self, doc: Any) -> None:
        from docx.oxml.ns import qn

        self._doc = doc
        body = doc.element.body
        last = body[-1] if len(body) else None
        self._end = last if last is not None and last.tag == qn("w:sectPr") else None

    def add_paragraph(self) -> Any:
        """A new empty paragraph at the end of the body (before its section properties)."""
        if self._end is None:
            return self._doc.add_paragraph()
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        p = OxmlElement("w:p")
        self._end.addprevious(p)
        return Paragraph(p, self._doc._body)


def _fill_row(tr: Any, texts: Sequence[str]) -> None:
    """A new table row's cells given their texts, as ``cell.text = text`` gives them (one paragraph of one run):
    each fresh cell's empty paragraph takes the run, made with lxml directly (python-docx looks up each cell
    and element through XPath: most of the time of the reports' table of 1,000 rows)."""
    from docx.oxml.ns import qn
    from lxml.etree import SubElement

    for tc, text in zip(tr.iterchildren(qn("w:tc")), texts):
        paragraphs = list(tc.iterchildren(qn("w:p")))
        if not text or not _BREAKS.isdisjoint(text) or len(paragraphs) != 1 or len(paragraphs[0]):
            tc.clear_content()  # what python-docx's cell.text does
            tc.add_p().add_r().text = text
            continue
        t = SubElement(SubElement(paragraphs[0], qn("w:r")), qn("w:t"))
        t.text = text
        if text[0].isspace() or text[-1].isspace():
            t.set(qn("xml:space"), "preserve")


def build(synthesis: Synthesis, today: datetime.date | None = None) -> Any:
    """The consolidated report as a python-docx ``Document``.

    Parameters
    ----------
    synthesis : Synthesis
        The batch, with its paragraphs.
    today : datetime.date, optional
        The date written on the report (default: today).

    Returns
    -------
    docx.document.Document
    """
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    for name, size in (("Normal", 13), ("Heading 1", 14), ("Heading 2", 13)):
        style = doc.styles[name]
        style.font.name = "Times New Roman"
        style.font.size = Pt(size)
        if name != "Normal":  # an administrative report's headings: bold black, not Word's blue
            style.font.bold = True
            style.font.color.rgb = RGBColor(0, 0, 0)
            properties = style.element.rPr
            fonts = properties.rFonts if properties is not None else None
            if fonts is not None:
                for attribute in [a for a in fonts.attrib if a.endswith("Theme")]:
                    del fonts.attrib[attribute]  # a theme font would win over the name set above
    styles = {name: doc.styles[name].style_id for name in ("Heading 1", "Heading 2", "List Bullet")}
    labeled, failed = synthesis.labeled, synthesis.failed
    m = len(labeled)
    when = (today or datetime.date.today()).strftime("%d/%m/%Y")

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(15)
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run(SUBTITLE).bold = True
    line = doc.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line.add_run(
        f"(Tổng hợp từ {m} báo cáo"
        + (f"; {len(failed)} tệp không đọc được" if failed else "")
        + f"; ngày {when}; bản nháp do nq35cls {__version__} soạn, cần được biên tập lại)"
    ).italic = True

    body = _Body(doc)
    for label, _ in PARTS:
        _paragraph(body, HEADINGS[label], styles["Heading 1"])
        _part(body, synthesis.themes(label), m, styles)

    _paragraph(doc, "PHỤ LỤC: DANH SÁCH BÁO CÁO ĐƯỢC TỔNG HỢP", styles["Heading 1"])
    doc.add_paragraph("Trích dẫn [3 §12] là đoạn số 12 (đánh số từ 0) của báo cáo số 3 trong bảng dưới đây.")
    figures = synthesis.figures_by_file()
    table = doc.add_table(rows=1 + len(labeled), cols=7)  # made whole: adding rows one by one is slow
    table.style = "Table Grid"
    _widths(table, (1.0, 5.0, 1.6, 1.6, 1.6, 1.3, 5.4))
    rows = table.rows
    for cell, text in zip(
        rows[0].cells, ("STT", "Báo cáo", "Kết quả", "Hạn chế", "Giải pháp", "Khác", "Số liệu nêu trong kết quả")
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for tr, f in zip(table._tbl.tr_lst[1:], labeled):
        values = (
            str(f.no),
            _report(f),
            *(str(f.counts[label]) for label, _ in PARTS),
            str(f.counts["other"]),
            xml_text("; ".join(figures.get(f.no, []))),
        )
        _fill_row(tr, values)
    if failed:
        doc.add_heading("Tệp không đọc được", level=2)
        bad = doc.add_table(rows=1, cols=3)
        bad.style = "Table Grid"
        _widths(bad, (1.0, 7.5, 9.0))
        for cell, text in zip(bad.rows[0].cells, ("STT", "Tệp", "Lỗi")):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for f in failed:
            problem = xml_text(translate(f.problem or "", "vi"))
            for cell, text in zip(bad.add_row().cells, (str(f.no), _name(f.path), problem)):
                cell.text = text
    return doc


def _widths(table: Any, centimetres: Sequence[float]) -> None:
    """Column widths: the grid (which LibreOffice follows) and the first row's cells (which Word follows)."""
    from docx.shared import Cm

    table.autofit = False
    for column, cell, width in zip(table.columns, table.rows[0].cells, centimetres):
        column.width = Cm(width)
        cell.width = Cm(width)


def _part(doc: Any, themes: list[ThemeGroup], m: int, styles: dict[str, str]) -> None:
    """One part's themes as subsections, then the points of one report each (``styles``: style ids by name;
    ``doc``: what paragraphs are added to, a :class:`_Body`)."""
    shared = [t for t in themes if not t.singleton]
    single = [t for t in themes if t.singleton]
    if not themes:
        _paragraph(doc, "Không có báo cáo nào nêu nội dung này.")
    for k, t in enumerate(shared, start=1):
        _paragraph(doc, f"{k}. {_sentence_case(xml_text(t.title))}", styles["Heading 2"])
        _run(doc.add_paragraph(), f"Nêu trong {t.n_reports}/{m} báo cáo.").italic = True
        _paragraph(doc, xml_text(t.representative.text) + f" [{t.representative.cite()}]")
        if t.figures:
            p = doc.add_paragraph()
            _run(p, "Số liệu: ").bold = True
            _run(p, xml_text("; ".join(t.figures)) + ".")
        p = doc.add_paragraph()
        _run(p, "Nguồn: ").bold = True
        _run(p, ", ".join(f"[{i.cite()}]" for i in t.items) + ".")
    if single:
        _paragraph(doc, f"{len(shared) + 1}. {OTHER_POINTS}", styles["Heading 2"])
        for t in single:
            for item in t.items:
                _paragraph(doc, xml_text(item.text) + f" [{item.cite()}]", styles["List Bullet"])


class DocxWriter(SynthesisWriter):
    """Collect labeled reports and write the Word draft on ``close``.

    Parameters
    ----------
    stream : binary file
        Where the document is saved.
    header, out_dir
        The common writer signature; unused.
    """

    def close(self) -> None:
        """Build the document and save it."""
        build(self.synthesis).save(self.stream)
