"""Word reports (``.docx``), with python-docx.

Body paragraphs and tables are read in document order; headers, footers and
footnotes are left out. List numbering that Word generates ("1.", "a)",
"II.") is not in the paragraph's text, so it is rebuilt from the document's
numbering definitions and put back in front. A table gives one block per row,
its cells joined by `` | ``; a cell merged across columns or rows is taken
once, in its first row. Tables are read in one pass over their XML, so a
merge over thousands of rows costs no more than thousands of plain rows.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field

from ..errors import InputError
from . import Block
from .budget import DEFAULT_MAX_PARAGRAPHS, MAX_EXPANDED_BYTES, check_paragraphs

#: A .docx part that expands more than this many times its compressed size
#: is refused (zip bomb); so is a .docx whose parts expand past
#: :data:`~.budget.MAX_EXPANDED_BYTES`.
MAX_COMPRESSION_RATIO = 200
#: A document part of more XML elements than this is refused before it is
#: parsed (a small file of millions of empty elements would take minutes
#: and gigabytes).
MAX_XML_ELEMENTS = 5_000_000
_PARAGRAPH_TAG = re.compile(rb"<w:p[\s/>]")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACES = re.compile(r"\s+")
#: Word's list levels are 0 to 8.
_LEVELS = 9
#: Roman numerals are written up to this number; larger ones in digits.
_LARGEST_ROMAN = 3999


def check_archive(data: bytes, path: str | os.PathLike, kind: str = ".docx") -> zipfile.ZipFile:
    """Open a ZIP container, refusing damaged archives and zip bombs.

    Raises
    ------
    InputError
        If the archive is damaged, or would expand past
        :data:`MAX_EXPANDED_BYTES` or :data:`MAX_COMPRESSION_RATIO`.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise InputError(path, f"damaged {kind} file (not a readable ZIP archive: {exc})") from None
    expanded = sum(m.file_size for m in members)
    if expanded > MAX_EXPANDED_BYTES:
        raise InputError(path, f"{kind} expands to {expanded:,} bytes, over the limit of {MAX_EXPANDED_BYTES:,}: refused")
    for m in members:
        if m.compress_size and m.file_size / m.compress_size > MAX_COMPRESSION_RATIO and m.file_size > 10 * 1024 * 1024:
            raise InputError(path, f"{kind} part {m.filename} is compressed {m.file_size // m.compress_size}:1, like a zip bomb: refused")
    return archive


def _roman(n: int) -> str:
    if not 0 < n <= _LARGEST_ROMAN:  # a number no list reaches: digits, not a billion "M"s
        return str(n)
    out = []
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": _roman,
}


@dataclass
class _Numbering:
    """Counters of Word's list numbering, as the document is read in order."""

    levels: dict[tuple[str, int], tuple[str, str, int]]  # (numId, ilvl) -> (format, lvlText, start)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document) -> "_Numbering":
        levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls(levels)
        abstract = {}
        for node in root.iter(f"{_W}abstractNum"):
            lvls = {}
            for lvl in node.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                ilvl = _int(lvl.get(f"{_W}ilvl"), 0)
                if not 0 <= ilvl < _LEVELS:
                    continue  # no such level in Word: ignored, not an IndexError later
                lvls[ilvl] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "",
                    _int(start.get(f"{_W}val") if start is not None else None, 1),
                )
            abstract[node.get(f"{_W}abstractNumId")] = lvls
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{_W}val"), {}).items():
                levels[(num.get(f"{_W}numId"), ilvl)] = spec
        return cls(levels)

    def label(self, num_id: str, ilvl: int) -> str:
        """The number or bullet of the next item of list ``num_id`` at level ``ilvl``."""
        spec = self.levels.get((num_id, ilvl))
        if spec is None or not 0 <= ilvl < _LEVELS:
            return ""
        fmt, text, start = spec
        counts = self.counters.setdefault(num_id, [0] * _LEVELS)
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else start
        for deeper in range(ilvl + 1, _LEVELS):
            counts[deeper] = 0
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""

        def render(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            lvl_fmt = self.levels.get((num_id, level), ("decimal", "", 1))[0]
            value = counts[level] or self.levels.get((num_id, level), ("", "", 1))[2]
            return _FORMATS.get(lvl_fmt, str)(value)

        return re.sub(r"%([1-9])", render, text)


def _int(value: str | None, default: int) -> int:
    """An integer attribute of Word's XML, or ``default`` when it is missing or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _table_rows(tbl) -> list[list[str]]:
    """The cells' texts of a table, row by row, in one pass over its XML.

    A cell that continues a vertical merge (``<w:vMerge/>`` without
    ``val="restart"``) is left out: its text is in the cell that starts the
    merge. A cell spanning several columns is one ``<w:tc>``: taken once.
    """
    rows = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells = []
        for tc in tr.iterchildren(f"{_W}tc"):
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            if merge is not None and merge.get(f"{_W}val", "continue") != "restart":
                continue
            paragraphs = ("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in tc.iter(f"{_W}p"))
            text = _clean(" ".join(paragraphs))
            if text:
                cells.append(text)
        rows.append(cells)
    return rows


def _num_pr(paragraph):
    """(numId, ilvl) of a paragraph's list numbering, from itself or its style."""
    p_pr = paragraph._p.pPr
    num = p_pr.numPr if p_pr is not None else None
    style = paragraph.style
    while num is None and style is not None:
        style_ppr = style.element.pPr
        num = style_ppr.numPr if style_ppr is not None else None
        style = style.base_style
    if num is None or num.numId is None:
        return None
    ilvl = num.ilvl.val if num.ilvl is not None else 0
    return str(num.numId.val), int(ilvl)


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def check_body(xml: bytes, path: str | os.PathLike, max_paragraphs: int) -> None:
    """Refuse a document part of too many paragraphs or XML elements, before parsing it.

    Raises
    ------
    InputError
    """
    elements = xml.count(b"<") - xml.count(b"</")
    if elements > MAX_XML_ELEMENTS:
        raise InputError(path, f".docx body has {elements:,} XML elements, over the limit of {MAX_XML_ELEMENTS:,}: refused")
    check_paragraphs(path, len(_PARAGRAPH_TAG.findall(xml)), max_paragraphs)


def read_blocks(data: bytes, path: str | os.PathLike, max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS) -> list[Block]:
    """The text blocks of a .docx file, in document order.

    Raises
    ------
    InputError
        If python-docx is missing, or the file is damaged, a zip bomb, or
        over the paragraph or XML element budget.
    """
    archive = check_archive(data, path)
    if "word/document.xml" not in archive.namelist():
        raise InputError(path, "a ZIP file without word/document.xml: not a .docx report")
    try:
        body = archive.read("word/document.xml")
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise InputError(path, f"damaged .docx file ({type(exc).__name__}: {exc})") from None
    check_body(body, path, max_paragraphs)
    del body
    try:
        import docx
    except ImportError:  # pragma: no cover - a core dependency
        raise InputError(path, 'reading .docx needs python-docx: pip install "nq35cls"') from None
    try:
        return _blocks(docx.Document(io.BytesIO(data)))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on damaged parts, opening or reading them
        raise InputError(path, f"damaged .docx file ({type(exc).__name__}: {exc})") from None


def _blocks(document) -> list[Block]:
    """The blocks of an opened python-docx document."""
    import docx

    numbering = _Numbering.from_document(document)
    blocks: list[Block] = []
    n_par = n_table = 0
    for item in document.iter_inner_content():
        if isinstance(item, docx.table.Table):
            n_table += 1
            for r, cells in enumerate(_table_rows(item._tbl), start=1):
                if cells:
                    blocks.append(Block(" | ".join(cells), f"table {n_table}, row {r}"))
            continue
        n_par += 1
        text = _clean(item.text)
        if not text:
            continue
        num = _num_pr(item)
        prefix = numbering.label(*num) if num else ""
        blocks.append(Block(f"{prefix} {text}" if prefix else text, f"paragraph {n_par}"))
    return blocks
