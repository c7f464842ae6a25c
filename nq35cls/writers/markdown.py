"""Markdown synthesis: the same content as the HTML page, as plain Markdown, with the themes.

Per-file counts in a table with a text bar of each file's shares of results
(``█``), limitations (``▓``) and solutions (``░``), the files that failed,
then for each part its themes (:meth:`Synthesis.themes`: title, "N/M báo
cáo", the representative text, the figures, every member cited as
``[3 §12]``; the points of one report under "Ý kiến khác"), then the
paragraphs of every report, grouped by file ("Chi tiết theo báo cáo"), each
prefixed with its file number and index and marked when its confidence is
low; the figures of each report's results follow its table row. Report text and file names are escaped
(:func:`~nq35cls.safe_text.markdown_text`): they render as the same text,
never as markup or raw HTML.
"""

from __future__ import annotations

from .. import __version__
from ..i18n import translate
from ..safe_text import markdown_text
from .synthesis import APPENDIX, LOW_CONFIDENCE, PARTS, FileRow, Synthesis, SynthesisWriter, ThemeGroup

#: Characters of the text bar, one per part (results, limitations, solutions).
BAR_MARKS: tuple[str, ...] = ("█", "▓", "░")
BAR_WIDTH = 20


def bar(f: FileRow, width: int = BAR_WIDTH) -> str:
    """A text bar of a file's shares of results, limitations and solutions."""
    marks = "".join(mark * round(width * f.share(label)) for (label, _), mark in zip(PARTS, BAR_MARKS))
    return marks[:width] or "·"


def report_title(f: FileRow) -> str:
    """A report as the page names it (escaped): by its header, the file path beside; else by its path."""
    if f.name:
        return f"{markdown_text(f.name)} ({markdown_text(f.path)})"
    return markdown_text(f.path)


def render(synthesis: Synthesis, title: str = "Tổng hợp báo cáo") -> str:
    """The whole synthesis as Markdown."""
    totals = synthesis.totals()
    labeled, failed = synthesis.labeled, synthesis.failed
    legend = ", ".join(f"{mark} {name}" for (_, name), mark in zip(PARTS, BAR_MARKS))
    out = [
        f"# {title}",
        "",
        f"{len(labeled)} báo cáo được phân loại, {len(failed)} lỗi; {sum(totals.values())} đoạn "
        f"(nq35cls {__version__}). ⚠ đánh dấu đoạn có độ tin cậy dưới {LOW_CONFIDENCE:.0%}.",
        "",
        "## Các báo cáo",
        "",
        "| # | báo cáo (tệp) | số đoạn | "
        + " | ".join(name for _, name in PARTS)
        + " | khác | bỏ qua (khung web) | cần xem lại | tỷ lệ |",
        "|---:|---|---:|" + "---:|" * len(PARTS) + "---:|---:|---:|---|",
    ]
    for f in labeled:
        out.append(
            f"| {f.no} | {report_title(f)} | {f.total} | "
            + " | ".join(str(f.counts[label]) for label, _ in PARTS)
            + f" | {f.counts['other']} | {f.counts['boilerplate']} | {f.low} | `{bar(f)}` |"
        )
    out += ["", f"Tỷ lệ: {legend}.", ""]
    if failed:
        out += (
            ["### Tệp không đọc được", ""]
            + [f"- {markdown_text(f.path)}: {markdown_text(translate(f.problem or '', 'vi'))}" for f in failed]
            + [""]
        )
    figures = synthesis.figures_by_file()
    if any(figures.values()):
        out += ["### Số liệu nêu trong phần kết quả của từng báo cáo", ""]
        out += [
            f"- {no}. {report_title(synthesis.files[no - 1])}: {markdown_text('; '.join(fs))}"
            for no, fs in figures.items()
            if fs
        ]
        out.append("")
    parts = {label for label, _ in PARTS}
    for label, name in (*PARTS, APPENDIX):
        out += [f"## {name} ({label}, {totals[label]} đoạn)", ""]
        if label in parts:
            out += themes_section(synthesis.themes(label), len(labeled))
            out += ["### Chi tiết theo báo cáo", ""]
        groups = synthesis.by_file(label)
        if not groups:
            out += ["_Không có đoạn nào._", ""]
        for f, entries in groups:
            out += [f"#### {f.no}. {report_title(f)}: {len(entries)} đoạn", ""]
            for e in entries:
                where = f"{f.no} §{e.index}" + (f", {markdown_text(e.location)}" if e.location else "")
                marks = (f" ⚠ {e.confidence:.2f}" if e.low else "") + (" _(pha trộn)_" if e.mixed else "")
                out.append(f"- [{where}] {markdown_text(e.text)}{marks}")
            out.append("")
    return "\n".join(out)


def themes_section(themes: list[ThemeGroup], n_reports: int) -> list[str]:
    """Markdown lines of one part's themes: shared ones numbered, then "Ý kiến khác"."""
    shared = [t for t in themes if not t.singleton]
    single = [t for t in themes if t.singleton]
    out = [f"### Các vấn đề chung ({len(shared)} chủ đề)", ""]
    if not shared:
        out += ["_Không có vấn đề nào được từ hai báo cáo trở lên cùng nêu._", ""]
    for k, t in enumerate(shared, start=1):
        title = t.title[:1].upper() + t.title[1:]
        out += [f"#### {k}. {markdown_text(title)} — {t.n_reports}/{n_reports} báo cáo", ""]
        out += [f"> {markdown_text(t.representative.text)} [{t.representative.cite()}]", ""]
        if t.figures:
            out += [f"Số liệu: {markdown_text('; '.join(t.figures))}.", ""]
        out += ["Nguồn: " + ", ".join(f"[{i.cite()}]" + ("" if i.whole else "\\*") for i in t.items), ""]
    if single:
        out += [f"### Ý kiến khác ({sum(len(t.items) for t in single)})", ""]
        for t in single:
            for i in t.items:
                out.append(f"- [{i.cite()}] {markdown_text(i.text)}")
        out.append("")
    if any(not i.whole for t in themes for i in t.items):
        out += ["\\* câu thuộc phần này trong một đoạn pha trộn.", ""]
    return out


class MarkdownWriter(SynthesisWriter):
    """Collect labeled reports and write the Markdown synthesis on ``close``."""

    def render(self) -> str:
        return render(self.synthesis)
