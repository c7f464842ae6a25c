"""Small hostile files, made at test time: one generator per case of issue 17.

Each generator writes its file into a folder and returns the path. They
build the files from raw parts (ZIP members, PDF objects), so that they can
hold what a well-behaved writer never writes.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from pathlib import Path

import docx

GOOD = "Kết quả đạt được\nĐã tổ chức 12 hội nghị quán triệt.\nThời gian tới cần tiếp tục đổi mới.\n"

_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _template() -> dict[str, bytes]:
    """The parts of an empty python-docx document."""
    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _body(inner: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W_NS}><w:body>{inner}</w:body></w:document>'.encode()


def write_docx(path: Path, body: bytes, extra: dict[str, bytes] | None = None, stored: bool = False) -> Path:
    """A .docx whose ``word/document.xml`` is ``body`` (other parts: python-docx's template, then ``extra``)."""
    parts = _template() | {"word/document.xml": body} | (extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def _para(text: str, num: tuple[int, int] | None = None) -> str:
    pr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[0]}"/><w:numId w:val="{num[1]}"/></w:numPr></w:pPr>' if num else ""
    return f"<w:p>{pr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _numbering(ilvl: int, start: str, fmt: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {_W_NS}>'
        f'<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        f'<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    ).encode()


def numbered_docx(path: Path, ilvl: int, start: str, fmt: str = "decimal") -> Path:
    """A numbered paragraph at list level ``ilvl`` starting at ``start`` (even impossible ones)."""
    body = _body(_para("Tổ chức 12 hội nghị quán triệt.", (ilvl, 7)) + _para("Đoạn sau."))
    return write_docx(path, body, {"word/numbering.xml": _numbering(ilvl, start, fmt)})


def merged_table_docx(path: Path, rows: int, columns: int, first_row_continues: bool = False) -> Path:
    """A table whose every column is one vertical merge over ``rows`` rows."""

    def cell(r: int, c: int) -> str:
        restart = r == 0 and not first_row_continues
        merge = '<w:vMerge w:val="restart"/>' if restart else "<w:vMerge/>"
        text = f"<w:r><w:t>Cột {c}</w:t></w:r>" if r == 0 else ""
        return f"<w:tc><w:tcPr>{merge}</w:tcPr><w:p>{text}</w:p></w:tc>"

    table = (
        "<w:tbl>"
        + "".join("<w:tr>" + "".join(cell(r, c) for c in range(columns)) + "</w:tr>" for r in range(rows))
        + "</w:tbl>"
    )
    return write_docx(path, _body(_para("Bảng chỉ tiêu") + table + _para("Đã hoàn thành.")))


def many_paragraphs_docx(path: Path, count: int, stored: bool) -> Path:
    """``count`` one-letter paragraphs (stored uncompressed: not a zip bomb, only long),
    the document part streamed into the archive rather than built in memory."""
    parts = _template()
    head, tail = _body("\0").split(b"\0")
    paragraph, step = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>", 100_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            if name != "word/document.xml":
                zf.writestr(name, data)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            for start in range(0, count, step):
                fh.write(paragraph * min(step, count - start))
            fh.write(tail)
    return path


def deep_docx(path: Path, depth: int) -> Path:
    """A document body nested ``depth`` elements deep."""
    return write_docx(path, _body("<w:sdt><w:sdtContent>" * depth + _para("x") + "</w:sdtContent></w:sdt>" * depth))


def entity_docx(path: Path) -> Path:
    """Billion laughs in the document part."""
    lol = (
        '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
        + "]>"
    )
    body = (
        f'<?xml version="1.0" encoding="UTF-8"?>{lol}<w:document {_W_NS}><w:body>{_para("&j;")}</w:body></w:document>'
    )
    return write_docx(path, body.encode())


def damaged_directory_docx(path: Path) -> Path:
    """A good .docx with one byte of the ZIP central directory changed."""
    data = bytearray(docx_bytes(GOOD))
    directory = data.rfind(b"PK\x01\x02")
    data[directory + 10] ^= 0x5A  # the compression method of the last member
    path.write_bytes(bytes(data))
    return path


def wrong_styles_type_docx(path: Path) -> Path:
    """The styles part declared with another part's content type."""
    parts = _template()
    types = parts["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
    )
    return write_docx(path, _body(_para("Đã tổ chức 12 hội nghị.")), {"[Content_Types].xml": types})


def docx_bytes(text: str) -> bytes:
    """A .docx of ``text``, one paragraph per line."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def good_docx(path: Path) -> Path:
    path.write_bytes(docx_bytes(GOOD))
    return path


def write_pdf(
    path: Path, pages: list[bytes], extra_stream: bytes | None = None, sizes: list[tuple[int, int]] | None = None
) -> Path:
    """A PDF with one page per content stream (fonts F1 Helvetica and F2 Helvetica-Bold, ASCII
    text; pages A4 portrait unless ``sizes`` says), and optionally one more (compressed) stream
    object that no page uses."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for k, content in enumerate(pages):
        width, height = sizes[k] if sizes else (595, 842)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (width, height, len(objects))
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    if extra_stream is not None:
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(extra_stream), extra_stream)
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def page_text(lines: list[str]) -> bytes:
    body = b" ".join(b"(%s) Tj 0 -16 Td" % line.encode("latin-1") for line in lines)
    return b"BT /F1 11 Tf 72 770 Td " + body + b" ET"


def pages_pdf(path: Path, count: int) -> Path:
    """``count`` pages of a few report lines each."""
    text = page_text(
        ["Ket qua dat duoc trong ky.", "Da to chuc 12 hoi nghi quan triet cho can bo.", "Thoi gian toi can tiep tuc."]
    )
    return write_pdf(path, [text] * count)


def inflating_pdf(path: Path, expanded: int) -> Path:
    """A good page plus one FlateDecode stream of ``expanded`` zero bytes (a few MB on disk)."""
    packer = zlib.compressobj(9)
    step = b"\0" * (64 * 1024 * 1024)
    chunks = [packer.compress(step) for _ in range(expanded // len(step))]
    bomb = b"".join(chunks) + packer.flush()
    return write_pdf(path, [page_text(["Da to chuc 12 hoi nghi."])], extra_stream=bomb)


def non_utf8_name(folder: Path) -> Path:
    """A good report whose file name is not UTF-8 (bytes 0xff, 0xfe)."""
    name = os.fsencode(folder) + b"/b\xe1o c\xe1o \xff\xfe.txt"
    with open(name, "wb") as fh:
        fh.write((GOOD + "Đề nghị Ban Thường vụ quan tâm chỉ đạo.\n").encode("utf-8"))  # not a copy of good.txt
    return Path(os.fsdecode(name))


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def deep_html(path: Path, depth: int) -> Path:
    path.write_text(
        "<html><body>" + "<div>" * depth + "<p>Đã tổ chức 12 hội nghị.</p>" + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )
    return path
