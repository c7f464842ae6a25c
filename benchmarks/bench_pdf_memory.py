"""Peak memory of reading a PDF against its page count (issue 17: memory flat in page count).

    python benchmarks/bench_pdf_memory.py [PAGES ...]     # default 200 600 1800

Each run reads a generated text PDF of PAGES pages with nq35cls's PDF reader in
a fresh process and prints its peak resident memory, and the same with
pdfplumber's pages kept in memory (the baseline: the reader before it closed
each page). The ratios of the largest to the smallest run say how memory grows
with the page count. Needs the pdf extra (pdfplumber).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

LINE = "Huyen da to chuc {n} hoi nghi quan triet cho can bo, dang vien trong ky bao cao."


def make_pdf(path: Path, pages: int) -> None:
    """A plain PDF of ``pages`` pages of text (Helvetica), written by hand."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for p in range(pages):
        lines = "".join(f"BT /F1 11 Tf 60 {760 - 16 * k} Td ({LINE.format(n=p * 40 + k)}) Tj ET\n" for k in range(40))
        stream = lines.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % content
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


CHILD = """
import resource, sys
import pdfplumber.page
if sys.argv[2] == "kept":  # the baseline: every page's parsed objects stay in memory
    pdfplumber.page.Page.close = lambda self: None
from nq35cls.readers import read
text = read(sys.argv[1], max_bytes=1 << 30)
print(len(text.text.splitlines()), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _peak(path: Path, mode: str) -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), mode], capture_output=True, text=True, check=True)
    lines, rss = map(int, out.stdout.split())
    return lines, rss


def main(argv: list[str]) -> None:
    counts = [int(a) for a in argv] or [200, 600, 1800]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for pages in counts:
            path = Path(tmp) / f"{pages}.pdf"
            make_pdf(path, pages)
            lines, closed = _peak(path, "closed")
            _, kept = _peak(path, "kept")
            rows.append((pages, path.stat().st_size, lines, closed, kept))
    print(
        "| pages | file bytes | paragraphs | peak RSS MB, nq35cls | peak RSS MB, pages kept (baseline) | baseline / nq35cls |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for pages, size, lines, closed, kept in rows:
        print(f"| {pages:,} | {size:,} | {lines:,} | {closed:,} | {kept:,} | {kept / closed:.1f} |")
    first, last = rows[0], rows[-1]
    print(
        f"\npeak RSS at {counts[-1]:,} pages / at {counts[0]:,} pages: nq35cls {last[3] / first[3]:.2f}, "
        f"baseline {last[4] / first[4]:.2f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
