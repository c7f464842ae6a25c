"""HTML synthesis: one self-contained page (no external assets) over all input files.

A table of per-file counts (and the files that failed), a chart of each
file's share of results / limitations / solutions (inline SVG), then for each
part the paragraphs of every report, grouped by file. Every paragraph has an
anchor (``#f3-p12``: file 3, paragraph 12), a link to its file's row and to
the source file; low-confidence and mixed paragraphs are marked. Reports are
named by their header (issuing body, number, date: :mod:`nq35cls.metadata`),
the file path beside; failures are told in Vietnamese
(:mod:`nq35cls.messages`).

A small inline script (:data:`SCRIPT`, fixed text: no report text is ever in
it) filters the paragraphs as one types in the search box (without regard to
diacritics), hides parts by checkbox and keeps one report with a select; the
same filters are read from the page address on load (``?q=tuyên+truyền&hide=
limitations,boilerplate&report=2&fold=all``), so that a link, or a headless
browser, shows the filtered page. Parts and reports are collapsible
(``<details>``). Printed, the page drops its controls, unfolds every part and
keeps each paragraph and table row on one page. A Content-Security-Policy
allows that one script (by its hash) and inline styles, nothing else: no
network, and no script that report text could smuggle in would run.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Sequence
from datetime import datetime, timezone
from html import escape

from .. import __version__
from ..i18n import translate
from ..safe_text import file_href, printable
from .synthesis import APPENDIX, LOW_CONFIDENCE, PARTS, FileRow, Synthesis, SynthesisWriter

#: Colours of the parts, in the chart and the headings.
COLOURS: dict[str, str] = {
    "results": "#2e7d32",
    "limitations": "#c62828",
    "solutions": "#1565c0",
    "boilerplate": "#9e9e9e",
}

_CSS = """
body{font-family:"Noto Sans","Segoe UI",Arial,sans-serif;margin:0 auto;max-width:1100px;padding:0 1.5em 3em;
color:#1d1d1d;line-height:1.5}
h1{margin-bottom:.2em}h2{border-bottom:3px solid #ccc;padding-bottom:.2em;margin-top:2em}
h3{font-size:1.05em;margin:1.4em 0 .4em}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f2f2f2}
td.file{word-break:break-word}.failed td{color:#a00;text-align:left}
nav a{margin-right:1.2em}.meta{color:#666;font-size:.9em}
p.para{margin:.35em 0 .6em;padding-left:.7em;border-left:4px solid #ddd}
p.low{border-left-color:#f9a825;background:#fffbe6}
.ref{font-size:.8em;color:#555;text-decoration:none;margin-right:.5em;white-space:nowrap}
.badge{font-size:.75em;border-radius:3px;padding:0 .35em;margin-left:.4em;white-space:nowrap}
.badge.low{background:#f9a825;color:#000}.badge.mixed{background:#6a1b9a;color:#fff}
figure{margin:1em 0}svg text{font-family:inherit;font-size:12px}
.path{color:#777;font-size:.8em;font-weight:normal;word-break:break-all}.about{color:#555;font-size:.85em}
.controls{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.5em 0;z-index:1;
display:flex;flex-wrap:wrap;gap:.4em 1.2em;align-items:center}
.controls input[type=search]{min-width:18em;padding:.25em .4em;font-size:1em}.controls label{white-space:nowrap}
summary{cursor:pointer}summary h2,summary h3{display:inline}details.group{margin:.6em 0}
.theme{margin:.5em 0 .9em;padding-left:.7em;border-left:4px solid #90caf9}.theme h4{margin:.2em 0}
p.rep{margin:.2em 0}
[hidden]{display:none!important}
@media print{
.controls,nav{display:none!important}
body{max-width:none;padding:0}
details>summary{list-style:none}details::details-content{content-visibility:visible;display:block}
p.para,tr,h3,summary{break-inside:avoid;page-break-inside:avoid}h2,h3{break-after:avoid;page-break-after:avoid}
a{color:inherit;text-decoration:none}
}
"""

#: The page's script: filters from the controls and the page address. Fixed
#: text (no report text is ever put in it); the page's Content-Security-Policy
#: allows it by its hash.
SCRIPT = r"""(function(){
var d=document,q=d.getElementById('q'),rep=d.getElementById('report'),count=d.getElementById('count');
function all(sel){return [].slice.call(d.querySelectorAll(sel));}
var boxes=all('input[data-part]');
function fold(t){
 return (t||'').normalize('NFD').replace(/[\u0300-\u036f]/g,'').replace(/[\u0111\u0110]/g,'d')
  .toLowerCase().replace(/\s+/g,' ').trim();
}
var paras=all('p.para').map(function(p){return [p,fold(p.textContent)];});
function apply(){
 var want=fold(q.value),r=rep.value,shown=0;
 boxes.forEach(function(b){var s=d.getElementById(b.getAttribute('data-part'));if(s)s.hidden=!b.checked;});
 paras.forEach(function(e){
  var ok=(!want||e[1].indexOf(want)>=0)&&(!r||e[0].getAttribute('data-file')===r);
  e[0].hidden=!ok;
  if(ok&&!e[0].closest('section').hidden)shown++;
 });
 all('details.group').forEach(function(g){g.hidden=!g.querySelector('p.para:not([hidden])');});
 count.textContent=(want||r)?shown+' \u0111o\u1ea1n ph\u00f9 h\u1ee3p':'';
}
var u=new URLSearchParams(location.search);
if(u.get('q'))q.value=u.get('q');
if(u.get('report'))rep.value=u.get('report');
(u.get('hide')||'').split(',').forEach(function(h){
 boxes.forEach(function(b){if(b.getAttribute('data-part')===h)b.checked=false;});
});
if(u.get('fold')==='all')all('details').forEach(function(x){x.open=false;});
q.addEventListener('input',apply);rep.addEventListener('change',apply);
boxes.forEach(function(b){b.addEventListener('change',apply);});
var folded=[];
addEventListener('beforeprint',function(){
 folded=all('details').filter(function(x){return !x.open;});
 folded.forEach(function(x){x.open=true;});
});
addEventListener('afterprint',function(){folded.forEach(function(x){x.open=false;});});
apply();
})();"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"


def _shown_name(f: FileRow) -> str:
    """A report as the page names it: by its header where found, else by its file path (escaped)."""
    return escape(f.name) if f.name else _name(f.path)


def _path_beside(f: FileRow) -> str:
    """The file path, small, beside a report named by its header (nothing when the path is the name)."""
    return f' <span class="path">{_name(f.path)}</span>' if f.name else ""


def _about(f: FileRow) -> str:
    """Type, subject and period of a report, when its header gives them."""
    m = f.metadata
    if m is None:
        return ""
    bits = [b for b in (m.doc_type.capitalize() if m.doc_type else None, m.subject) if b]
    if m.period and not (m.subject and m.period in m.subject):
        bits.append(f"kỳ báo cáo: {m.period}")
    return f'<div class="about">{escape(" — ".join(bits))}</div>' if bits else ""


def _controls(synthesis: Synthesis) -> str:
    """The search box, part checkboxes and report select (hidden when printed)."""
    boxes = "".join(
        f'<label><input type="checkbox" data-part="{label}" checked> {escape(name)}</label>'
        for label, name in (*PARTS, (APPENDIX[0], "Phụ lục (khung web)"))
    )
    options = "".join(f'<option value="{f.no}">{f.no}. {_shown_name(f)}</option>' for f in synthesis.labeled)
    return (
        '<form class="controls" role="search" onsubmit="return false">'
        '<input type="search" id="q" placeholder="Tìm trong các đoạn (gõ có hoặc không dấu)…" '
        'aria-label="Tìm trong các đoạn" autocomplete="off">'
        f"{boxes}"
        f'<select id="report" aria-label="Chọn báo cáo"><option value="">Tất cả báo cáo</option>{options}</select>'
        '<span id="count" class="meta" aria-live="polite"></span></form>'
    )


def _name(path: str) -> str:
    """A file name as shown in the page: control characters escaped, HTML-escaped."""
    return escape(printable(path))


def chart(files: Sequence[FileRow], width: int = 900) -> str:
    """Inline SVG: per file a bar split into its shares of results, limitations and solutions."""
    label_w, bar_w, row_h, top = 300, width - 360, 22, 34
    height = top + row_h * max(len(files), 1) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="Tỷ lệ kết quả, hạn chế, giải pháp theo từng báo cáo">'
    ]
    x: float = label_w
    for label, name in PARTS:
        parts.append(f'<rect x="{x}" y="6" width="14" height="14" fill="{COLOURS[label]}"/>')
        parts.append(f'<text x="{x + 20}" y="18">{escape(name)}</text>')
        x += 190
    for k, f in enumerate(files):
        y = top + k * row_h
        name = f.name or printable(os.path.basename(f.path))
        short = name if len(name) <= 42 else name[:39] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">'
            f"<title>{_name(f.path)}</title>{escape(short)}</text>"
        )
        x = float(label_w)
        for label, pname in PARTS:
            w = bar_w * f.share(label)
            if w > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{COLOURS[label]}">'
                    f"<title>{escape(name)}: {escape(pname)} {f.counts[label]} ({f.share(label):.0%})</title></rect>"
                )
            x += w
        if not any(f.counts[p] for p, _ in PARTS):
            parts.append(
                f'<text x="{label_w + 4}" y="{y + 15}" fill="#888">không có đoạn kết quả / hạn chế / giải pháp</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _themes(synthesis: Synthesis, label: str) -> list[str]:
    """One part's themes: those several reports raise, each with its coverage, representative,
    figures and sources (links to the paragraphs below); then how many points one report alone raises."""
    themes = synthesis.themes(label)
    shared = [t for t in themes if not t.singleton]
    single = sum(len(t.items) for t in themes if t.singleton)
    m = len(synthesis.labeled)
    out = [f'<details open class="themes"><summary><h3>Các vấn đề chung ({len(shared)} chủ đề)</h3></summary>']
    if not shared:
        out.append('<p class="meta">Không có vấn đề nào được từ hai báo cáo trở lên cùng nêu.</p>')
    for k, t in enumerate(shared, start=1):
        title = t.title[:1].upper() + t.title[1:]
        rep = t.representative
        sources = ", ".join(
            f'<a href="#f{i.entry.file_no}-p{i.entry.index}">{escape(i.cite())}</a>' + ("" if i.whole else "*")
            for i in t.items
        )
        out.append(
            f'<div class="theme"><h4>{k}. {escape(title)} <small>— nêu trong {t.n_reports}/{m} báo cáo</small></h4>'
            f'<p class="rep">{escape(rep.text)} <a class="ref" href="#f{rep.entry.file_no}-p{rep.entry.index}">'
            f"[{escape(rep.cite())}]</a></p>"
            + (f'<p class="meta">Số liệu: {escape("; ".join(t.figures))}.</p>' if t.figures else "")
            + f'<p class="meta">Nguồn: {sources}</p></div>'
        )
    if single:
        out.append(f'<p class="meta">Ý kiến khác (chỉ một báo cáo nêu): {single} đoạn, xem chi tiết theo báo cáo.</p>')
    out.append("</details>")
    return out


def _section(synthesis: Synthesis, label: str, name: str, total: int, out_dir: str | None) -> list[str]:
    """One part's themes, then its paragraphs grouped by file (or the appendix of dropped ones); all fold."""
    out = [
        f'<section id="{label}"><details open><summary><h2 style="border-color:{COLOURS[label]}">{escape(name)} '
        f"<small>({label}, {total} đoạn)</small></h2></summary>"
    ]
    if label in {part for part, _ in PARTS}:
        out += _themes(synthesis, label)
        out.append("<h3>Chi tiết theo báo cáo</h3>")
    groups = synthesis.by_file(label)
    if not groups:
        out.append('<p class="meta">Không có đoạn nào.</p>')
    for f, entries in groups:
        out.append(
            f'<details open class="group" data-file="{f.no}"><summary><h3 id="{label}-f{f.no}">'
            f'<a href="#f{f.no}">{_shown_name(f)}</a>{_path_beside(f)} <small>({len(entries)})</small></h3></summary>'
        )
        href = file_href(f.path, out_dir)
        for e in entries:
            where = f"§{e.index}" + (f", {e.location}" if e.location else "")
            badges = (f'<span class="badge low" title="độ tin cậy">? {e.confidence:.2f}</span>' if e.low else "") + (
                '<span class="badge mixed">pha trộn</span>' if e.mixed else ""
            )
            out.append(
                f'<p class="para{" low" if e.low else ""}" id="f{e.file_no}-p{e.index}" data-file="{e.file_no}">'
                f'<a class="ref" href="{href}" title="{escape(printable(f.path), quote=True)}">{escape(where)}</a>'
                f"{escape(e.text)}{badges}</p>"
            )
        out.append("</details>")
    out.append("</details></section>")
    return out


def render(synthesis: Synthesis, out_dir: str | None = None, title: str = "Tổng hợp báo cáo") -> str:
    """The whole synthesis page."""
    totals = synthesis.totals()
    labeled, failed = synthesis.labeled, synthesis.failed
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="nq35cls {escape(__version__)}">',
        f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{len(labeled)} báo cáo được phân loại, {len(failed)} lỗi; '
        f"{sum(totals.values())} đoạn — nq35cls {escape(__version__)}, {now}. "
        f'Đoạn có độ tin cậy dưới {LOW_CONFIDENCE:.0%} được đánh dấu <span class="badge low">?</span>.</p>',
        '<nav><a href="#files">Báo cáo</a>'
        + "".join(f'<a href="#{label}">{escape(name)} ({totals[label]})</a>' for label, name in PARTS)
        + "</nav>",
        _controls(synthesis),
        '<section id="files"><h2>Các báo cáo</h2>',
        "<table><thead><tr><th>Báo cáo (tệp)</th><th>Số đoạn</th>"
        + "".join(f"<th>{escape(name)}</th>" for _, name in PARTS)
        + "<th>Khác</th><th>Bỏ qua (khung web)</th><th>Cần xem lại</th><th>Đoạn pha trộn</th></tr></thead><tbody>",
    ]
    for f in labeled:
        out.append(
            f'<tr id="f{f.no}"><td class="file"><a href="{file_href(f.path, out_dir)}">{_shown_name(f)}</a>'
            f"{_path_beside(f)}{_about(f)}</td>"
            f"<td>{f.total}</td>"
            + "".join(
                f'<td><a href="#{label}-f{f.no}">{f.counts[label]}</a></td>' if f.counts[label] else "<td>0</td>"
                for label, _ in PARTS
            )
            + f"<td>{f.counts['other']}</td>"
            + (
                f'<td><a href="#boilerplate-f{f.no}">{f.counts["boilerplate"]}</a></td>'
                if f.counts["boilerplate"]
                else "<td>0</td>"
            )
            + f"<td>{f.low}</td><td>{f.mixed}</td></tr>"
        )
    out.append("</tbody></table>")
    if failed:
        out.append("<h3>Tệp không đọc được</h3><table><tbody>")
        out += [
            f'<tr class="failed" id="f{f.no}"><td class="file">{_name(f.path)}</td>'
            f'<td title="{escape(f.problem or "", quote=True)}">'
            f"{escape(translate(f.problem or '', 'vi'))}</td></tr>"
            for f in failed
        ]
        out.append("</tbody></table>")
    out.append(
        f'<figure>{chart(labeled)}<figcaption class="meta">Tỷ lệ mỗi phần trong các đoạn kết quả, hạn chế và '
        "giải pháp của từng báo cáo.</figcaption></figure></section>"
    )
    for label, name in (*PARTS, APPENDIX):
        out += _section(synthesis, label, name, totals[label], out_dir)
    out.append(f"<script>{SCRIPT}</script>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


class HtmlWriter(SynthesisWriter):
    """Collect labeled reports and write the synthesis page on ``close``."""

    def render(self) -> str:
        return render(self.synthesis, self.out_dir)
