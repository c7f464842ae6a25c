"""Word reports (``.docx``), with python-docx.

Body paragraphs and tables are read in document order; headers and footers
are left out. List numbering that Word generates ("1.", "a)", "II.") is not
in the paragraph's text, so it is rebuilt from the document's numbering
definitions and put back in front. A table gives one block per row, its
cells joined by `` | ``; a cell merged across columns or rows is taken once,
in its first row. Tables are read in one pass over their XML, so a merge
over thousands of rows costs no more than thousands of plain rows.

A paragraph's text is read from its XML: tracked insertions are read,
tracked deletions are not; a footnote or endnote becomes a block of its own
("footnote 3") right after the paragraph or table row that cites it, with no
reference mark glued into the citing word; the paragraphs of a text box
become blocks after the paragraph that anchors it ("text box in paragraph
12"). Text is normalized to NFC.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import InputError
from . import Block
from .budget import DEFAULT_MAX_PARAGRAPHS, check_archive, check_paragraphs

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


def _roman(n: int) -> str:
    if not 0 < n <= _LARGEST_ROMAN:  # a number no list reaches: digits, not a billion "M"s
        return str(n)
    out = []
    for value, digits in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
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


_FORMATS: dict[str, Callable[[int], str]] = {
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
    def from_document(cls, document) -> _Numbering:
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


def _table_rows(tbl) -> list[tuple[list[str], _Inline]]:
    """The cells' texts of a table, row by row, in one pass over its XML,
    each row with the notes its cells cite (in an :class:`_Inline`).

    A cell that continues a vertical merge (``<w:vMerge/>`` without
    ``val="restart"``) is left out: its text is in the cell that starts the
    merge. A cell spanning several columns is one ``<w:tc>``: taken once.
    """
    rows = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells, row = [], _Inline()
        for tc in tr.iterchildren(f"{_W}tc"):
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            if merge is not None and merge.get(f"{_W}val", "continue") != "restart":
                continue
            texts = []
            for p in tc.iter(f"{_W}p"):
                inline = _Inline().walk(p)
                texts.append(inline.text)
                row.notes += inline.notes
            text = _clean(" ".join(texts))
            if text:
                cells.append(text)
        rows.append((cells, row))
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
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text)).strip()


#: Elements whose text is not the paragraph's: deleted or moved-away runs,
#: and the fallback copy of a drawing (the same text box again, as VML).
_SKIPPED = frozenset(
    {f"{_W}del", f"{_W}moveFrom", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
)
_BREAKS = frozenset({f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"})
_NOTE_REFERENCES = {f"{_W}footnoteReference": "footnote", f"{_W}endnoteReference": "endnote"}


@dataclass
class _Inline:
    """What one paragraph's XML holds: its text, the notes it cites, its text boxes' paragraphs."""

    parts: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    boxes: list = field(default_factory=list)

    def walk(self, element) -> _Inline:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == f"{_W}t":
                self.parts.append(child.text or "")
            elif tag in _BREAKS:
                self.parts.append("-" if tag == f"{_W}noBreakHyphen" else " ")
            elif tag in _NOTE_REFERENCES:
                self.notes.append((_NOTE_REFERENCES[tag], child.get(f"{_W}id", "")))
            elif tag == f"{_W}txbxContent":
                self.boxes.extend(child.iterchildren(f"{_W}p"))
            elif isinstance(tag, str):  # not a comment or processing instruction
                self.walk(child)
        return self

    @property
    def text(self) -> str:
        return _clean("".join(self.parts))


def _notes(archive: zipfile.ZipFile, kind: str) -> dict[str, list[str]]:
    """The paragraphs of every footnote or endnote, by id (separators left out)."""
    name = f"word/{kind}s.xml"
    if name not in archive.namelist():
        return {}
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    root = etree.fromstring(archive.read(name), parser)
    notes = {}
    for note in root.iterchildren(f"{_W}{kind}"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts = [_Inline().walk(p).text for p in note.iter(f"{_W}p")]
        notes[note.get(f"{_W}id", "")] = [t for t in texts if t]
    return notes


def check_body(xml: bytes, path: str | os.PathLike, max_paragraphs: int) -> None:
    """Refuse a document part of too many paragraphs or XML elements, before parsing it.

    Raises
    ------
    InputError
    """
    elements = xml.count(b"<") - xml.count(b"</")
    if elements > MAX_XML_ELEMENTS:
        raise InputError(
            path, f".docx body has {elements:,} XML elements, over the limit of {MAX_XML_ELEMENTS:,}: refused"
        )
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
        notes = {kind: _notes(archive, kind) for kind in ("footnote", "endnote")}
        return _blocks(docx.Document(io.BytesIO(data)), notes)
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on damaged parts, opening or reading them
        raise InputError(path, f"damaged .docx file ({type(exc).__name__}: {exc})") from None


def _blocks(document, notes: dict[str, dict[str, list[str]]]) -> list[Block]:
    """The blocks of an opened python-docx document; ``notes``: footnotes and endnotes by kind and id."""
    import docx

    numbering = _Numbering.from_document(document)
    blocks: list[Block] = []
    n_par = n_table = 0

    def cited(inline: _Inline) -> None:
        for kind, note_id in inline.notes:
            blocks.extend(Block(text, f"{kind} {note_id}") for text in notes[kind].get(note_id, []))

    for item in document.iter_inner_content():
        if isinstance(item, docx.table.Table):
            n_table += 1
            for r, (cells, row_notes) in enumerate(_table_rows(item._tbl), start=1):
                if cells:
                    blocks.append(Block(" | ".join(cells), f"table {n_table}, row {r}"))
                cited(row_notes)
            continue
        n_par += 1
        inline = _Inline().walk(item._p)
        if inline.text:
            num = _num_pr(item)
            prefix = numbering.label(*num) if num else ""
            blocks.append(Block(f"{prefix} {inline.text}" if prefix else inline.text, f"paragraph {n_par}"))
        cited(inline)
        for box in inline.boxes:
            box_inline = _Inline().walk(box)
            if box_inline.text:
                blocks.append(Block(box_inline.text, f"text box in paragraph {n_par}"))
            cited(box_inline)
    return blocks
