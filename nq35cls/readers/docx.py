"""Word reports (``.docx``), with python-docx.

Body paragraphs and tables are read in document order; headers and footers
are left out. List numbering that Word generates ("1.", "a)", "II.") is not
in the paragraph's text, so it is rebuilt from the document's numbering
definitions and put back in front (:mod:`.numbering`, as the .doc reader
does), in table cells too. A table gives one block per row, its cells
joined by `` | ``, or, when a cell holds body text (many or long
paragraphs), one block per paragraph (:mod:`.cells`); a cell merged across
columns or rows is taken once, in its first row. Tables are read in one
pass over their XML, so a merge over thousands of rows costs no more than
thousands of plain rows. Runs in a TCVN3 capitals font (``.VnTimeH``) are
written in capitals (:func:`.legacy.resolve_capitals`). A document with
little or no text whose pages are pictures is read by OCR (:mod:`.pictures`).

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
from dataclasses import dataclass, field, replace

from ..errors import InputError, cause
from . import FOLDS, SYMBOL_CHARACTERS, Block, cells, legacy, txt
from .budget import DEFAULT_MAX_PARAGRAPHS, check_archive, check_paragraphs
from .numbering import LEVELS, Counters, LevelFormat
from .package import WORD_DOCUMENT_TYPE, content_type, main_part, related_parts

#: A document part of more XML elements than this is refused before it is
#: parsed (a small file of millions of empty elements would take minutes
#: and gigabytes).
MAX_XML_ELEMENTS = 5_000_000
_PARAGRAPH_TAG = re.compile(rb"<w:p[\s/>]")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACES = re.compile(r"\s+")


@dataclass
class _Numbering:
    """The document's list levels by list (``numId``), and the counts of Word's list numbering as it is read."""

    levels: dict[str, list[LevelFormat | None]]
    counters: Counters = field(default_factory=Counters)

    @classmethod
    def from_document(cls, document) -> _Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls({})
        abstract: dict[str, dict[int, LevelFormat]] = {}
        for node in root.iter(f"{_W}abstractNum"):
            lvls = {}
            for lvl in node.iter(f"{_W}lvl"):
                ilvl = _int(lvl.get(f"{_W}ilvl"), 0)
                if 0 <= ilvl < LEVELS:  # no such level in Word otherwise: ignored
                    lvls[ilvl] = _level(lvl)
            abstract[node.get(f"{_W}abstractNumId")] = lvls
        levels: dict[str, list[LevelFormat | None]] = {}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            lvls = dict(abstract.get(ref.get(f"{_W}val"), {}))
            for override in num.iterchildren(f"{_W}lvlOverride"):
                ilvl = _int(override.get(f"{_W}ilvl"), -1)
                lvl = override.find(f"{_W}lvl")
                start = override.find(f"{_W}startOverride")
                if not 0 <= ilvl < LEVELS:
                    continue
                if lvl is not None:
                    lvls[ilvl] = _level(lvl)
                if start is not None and ilvl in lvls:
                    lvls[ilvl] = replace(lvls[ilvl], start=_int(start.get(f"{_W}val"), 1))
            levels[num.get(f"{_W}numId")] = [lvls.get(k) for k in range(LEVELS)]
        return cls(levels)

    def label(self, num_id: str, ilvl: int) -> str:
        """The number or bullet of the next item of list ``num_id`` at level ``ilvl``."""
        return self.counters.label(num_id, ilvl, self.levels.get(num_id, ()))


def _level(lvl) -> LevelFormat:
    """A ``w:lvl`` element as a :class:`LevelFormat`."""
    fmt = lvl.find(f"{_W}numFmt")
    text = lvl.find(f"{_W}lvlText")
    start = lvl.find(f"{_W}start")
    return LevelFormat(
        fmt=fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
        text=text.get(f"{_W}val", "") if text is not None else "",
        start=_int(start.get(f"{_W}val") if start is not None else None, 1),
        legal=lvl.find(f"{_W}isLgl") is not None,
    )


def _int(value: str | None, default: int, base: int = 10) -> int:
    """An integer attribute of Word's XML, or ``default`` when it is missing or not a number."""
    try:
        return int(value, base) if value is not None else default
    except ValueError:
        return default


def _table_rows(
    tbl, label: Callable[[object], str], inline: Callable[[object], _Inline]
) -> list[tuple[list[list[str]], _Inline]]:
    """The paragraphs of each cell of a table, row by row, in one pass over its XML,
    each row with the notes its cells cite (in an :class:`_Inline`).

    ``label`` gives a paragraph element's list number (counted in document
    order), ``inline`` a new :class:`_Inline` to read a paragraph element with. A cell
    that continues a vertical merge (``<w:vMerge/>`` without
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
                read = inline(p).walk(p)
                prefix = label(p)
                # an empty numbered cell prints its number (a table's "STT" column)
                texts.append(f"{prefix} {read.text}" if prefix and read.text else read.text or prefix)
                row.notes += read.notes
            cells.append([t for t in texts if t])
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
    """One line of text in NFC, bullets of symbol fonts as "-" and their other characters dropped."""
    return unicodedata.normalize("NFC", _SPACES.sub(" ", SYMBOL_CHARACTERS.sub("", text.translate(FOLDS)))).strip()


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
    #: Whether a run (``w:r``) is in a TCVN3 capitals font: its text is then marked for :mod:`.legacy`.
    capitals: Callable[[object], bool] | None = None

    def walk(self, element) -> _Inline:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == f"{_W}r" and self.capitals is not None and self.capitals(child):
                self.parts.append(legacy.CAPITALS_START)
                self.walk(child)
                self.parts.append(legacy.CAPITALS_END)
            elif tag == f"{_W}t":
                self.parts.append(child.text or "")
            elif tag == f"{_W}sym":  # a symbol font's character: a bullet is written "-", other symbols not
                code = _int(child.get(f"{_W}char"), 0, base=16)
                symbol = chr(code) if 0 < code < 0x110000 else ""
                if symbol and symbol.translate(FOLDS) != symbol:
                    self.parts.append(symbol.translate(FOLDS))
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


def _notes(archive: zipfile.ZipFile, kind: str, name: str | None) -> dict[str, list[str]]:
    """The paragraphs of every footnote or endnote (``kind``), by id (separators left out), from the part
    ``name`` (None: the document has none)."""
    if name is None:
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


def _body_content(body):
    """The body's paragraphs and tables in order, those inside content controls (``w:sdt``: a table of
    contents, a cover page) included."""
    for child in body.iterchildren(f"{_W}p", f"{_W}tbl", f"{_W}sdt"):
        if child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_content(content)
        else:
            yield child


def _numbered_styles(document) -> dict[str | None, bool]:
    """Whether each paragraph style numbers its paragraphs (itself or through its base styles);
    the key None stands for the default paragraph style."""
    root = document.styles.element
    own, bases = {}, {}
    default = None
    for style in root.iterchildren(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        based = style.find(f"{_W}basedOn")
        own[style_id] = style.find(f"{_W}pPr/{_W}numPr") is not None
        bases[style_id] = based.get(f"{_W}val") if based is not None else None
        if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
            default = style_id
    numbered: dict[str | None, bool] = {}
    for style_id in own:
        seen, at = set(), style_id
        while at in own and at not in seen and not own[at]:
            seen.add(at)
            at = bases[at]
        numbered[style_id] = bool(own.get(at))
    numbered[None] = numbered.get(default, False)
    return numbered


_FONT_NAMES = re.compile(rb'w:(?:ascii|hAnsi)="([^"]+)"')


@dataclass(frozen=True)
class _Fonts:
    """Which runs are in a TCVN3 capitals font: from the run's own fonts, its character style, its
    paragraph's style (and the styles they are based on), or the document's default font."""

    styles: dict[str, tuple[str | None, str | None]]  # style id -> (base style id, font)
    default: str
    default_paragraph_style: str | None

    @classmethod
    def from_document(cls, document) -> _Fonts:
        root = document.styles.element
        styles: dict[str, tuple[str | None, str | None]] = {}
        default_style = None
        for style in root.iterchildren(f"{_W}style"):
            based = style.find(f"{_W}basedOn")
            styles[style.get(f"{_W}styleId", "")] = (
                based.get(f"{_W}val") if based is not None else None,
                _font(style.find(f"{_W}rPr")),
            )
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
                default_style = style.get(f"{_W}styleId")
        defaults = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        return cls(styles, _font(defaults) or "", default_style)

    def style_font(self, style_id: str | None) -> str | None:
        seen = set()
        while style_id is not None and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style_id, font = self.styles[style_id]
            if font:
                return font
        return None

    def for_paragraph(self, p) -> Callable[[object], bool]:
        """Whether each run of paragraph element ``p`` is in a TCVN3 capitals font."""
        style = p.find(f"{_W}pPr/{_W}pStyle")
        paragraph_font = self.style_font(style.get(f"{_W}val") if style is not None else self.default_paragraph_style)

        def capitals(r) -> bool:
            r_pr = r.find(f"{_W}rPr")
            font = _font(r_pr)
            if font is None and r_pr is not None:
                char_style = r_pr.find(f"{_W}rStyle")
                font = self.style_font(char_style.get(f"{_W}val")) if char_style is not None else None
            return legacy.is_capitals_font(font or paragraph_font or self.default)

        return capitals


def _font(r_pr) -> str | None:
    """The font of a run or style properties element (``w:rFonts``, its ``ascii`` or ``hAnsi`` font).

    A theme font (``asciiTheme``) wins over a named one, as in Word: it is given as ``theme:<name>``.
    """
    fonts = r_pr.find(f"{_W}rFonts") if r_pr is not None else None
    if fonts is None:
        return None
    theme = fonts.get(f"{_W}asciiTheme") or fonts.get(f"{_W}hAnsiTheme")
    return f"theme:{theme}" if theme else fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")


def read_blocks(
    data: bytes, path: str | os.PathLike, max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS
) -> tuple[list[Block], tuple[str, ...]]:
    """The text blocks of a .docx file, in document order, and warnings about the reading.

    A document with little or no text whose pages are pictures (a scan
    pasted into Word) is read by OCR from its pictures (:mod:`.pictures`), with a warning.

    Raises
    ------
    InputError
        If python-docx is missing, or the file is damaged, a zip bomb, or
        over the paragraph or XML element budget; if it has no text and its
        pictures cannot be read by OCR.
    """
    archive = check_archive(data, path)
    main = main_part(archive)
    if main is None:
        raise InputError(path, "a ZIP file without a Word document part: not a .docx report")
    kind = content_type(archive, main)
    if kind is not None and kind != WORD_DOCUMENT_TYPE and kind.endswith(".main+xml"):  # python-docx opens no other
        raise InputError(path, "a Word template or macro-enabled file (.dotx, .docm): save it as a .docx document")
    parts = related_parts(archive, main)
    try:
        body = archive.read(main)
        styles = archive.read(parts["styles"]) if "styles" in parts else b""
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise InputError(path, "damaged .docx file (its text cannot be unpacked)", detail=cause(exc)) from None
    check_body(body, path, max_paragraphs)
    capitals = any(
        legacy.is_capitals_font(name.decode("utf-8", "replace")) for name in set(_FONT_NAMES.findall(body + styles))
    )
    del body, styles
    try:
        import docx
    except ImportError:  # pragma: no cover - a core dependency
        raise InputError(path, 'reading .docx needs python-docx: pip install "nq35cls"') from None
    try:
        notes = {kind: _notes(archive, kind, parts.get(f"{kind}s")) for kind in ("footnote", "endnote")}
        blocks, warnings = _blocks(docx.Document(io.BytesIO(data)), notes, capitals)
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on damaged parts, opening or reading them
        raise InputError(path, "damaged .docx file (its Word parts cannot be read)", detail=cause(exc)) from None
    from . import pictures

    def media() -> list[bytes]:
        names = sorted(n for n in archive.namelist() if n.startswith("word/media/") and pictures.is_image(n))
        return [archive.read(name) for name in names[: pictures.MAX_PICTURES * 4]]

    return pictures.with_pictures(blocks, warnings, media, path)


def _blocks(
    document, notes: dict[str, dict[str, list[str]]], capitals: bool = False
) -> tuple[list[Block], tuple[str, ...]]:
    """The blocks of an opened python-docx document, and warnings (a legacy encoding converted).

    ``notes``: footnotes and endnotes by kind and id; ``capitals``: whether the document uses a
    TCVN3 capitals font (its runs are then looked up)."""
    from docx.text.paragraph import Paragraph

    numbering = _Numbering.from_document(document)
    fonts = _Fonts.from_document(document) if capitals else None
    blocks: list[Block] = []
    n_par = n_table = 0

    def inline(p) -> _Inline:
        return _Inline(capitals=fonts.for_paragraph(p) if fonts is not None else None)

    numbered_styles = _numbered_styles(document) if numbering.levels else {}

    def label(p) -> str:
        if not numbering.levels:
            return ""
        if p.find(f"{_W}pPr/{_W}numPr") is None:  # only a style can number it: is the paragraph's style one?
            style = p.find(f"{_W}pPr/{_W}pStyle")
            if numbered_styles.get(style.get(f"{_W}val") if style is not None else None) is not True:
                return ""
        num = _num_pr(Paragraph(p, document))
        return numbering.label(*num) if num else ""

    def cited(read: _Inline) -> None:
        for kind, note_id in read.notes:
            blocks.extend(Block(text, f"{kind} {note_id}") for text in notes[kind].get(note_id, []))

    for element in _body_content(document.element.body):
        if element.tag == f"{_W}tbl":
            n_table += 1
            for r, (row, row_notes) in enumerate(_table_rows(element, label, inline), start=1):
                blocks.extend(cells.row_blocks(row, f"table {n_table}, row {r}"))
                cited(row_notes)
            continue
        item = Paragraph(element, document)
        n_par += 1
        read = inline(item._p).walk(item._p)
        prefix = label(item._p)
        if read.text:
            blocks.append(Block(f"{prefix} {read.text}" if prefix else read.text, f"paragraph {n_par}"))
        cited(read)
        for box in read.boxes:
            box_read = inline(box).walk(box)
            if box_read.text:
                blocks.append(Block(box_read.text, f"text box in paragraph {n_par}"))
            cited(box_read)
    texts, converted = legacy.resolve_capitals([b.text for b in blocks])
    blocks = [Block(_clean(t), b.where) for t, b in zip(texts, blocks)]
    return blocks, (txt.WARNINGS[f"{converted} (converted)"],) if converted else ()
