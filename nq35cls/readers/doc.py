"""Word 97–2003 reports (``.doc``), with olefile (``pip install "nq35cls[doc]"``).

The text of a .doc file is in its ``WordDocument`` stream, in pieces listed
by the piece table: each piece is either 8-bit (Windows-1252) or UTF-16
text (:mod:`.word97` reads the binary structures). The main document is
read; what follows it (footnotes, headers, comments) is left out.
Paragraphs end with ``\\r``; in tables every cell ends with ``\\x07`` and a
row with one more, and a row becomes blocks as in the .docx reader
(:mod:`.cells`): its cells joined by `` | ``, or its paragraphs one by one
when a cell holds body text. Field instructions (``\\x13 ... \\x14``) are
dropped and field results kept.

Word's automatic list numbers ("1.", "a)", bullets) are not in the text:
they are rebuilt from the paragraphs' list properties and the document's
list tables, and counted as Word counts them (:mod:`.numbering`, as for
.docx). Runs in a TCVN3 capitals font (``.VnTimeH``) are written in
capitals. When the properties cannot be read, the text is still read,
without numbers. A file with little or no text whose pages are pictures
is read by OCR from the JPEG and PNG pictures of its ``Data`` stream
(:mod:`.pictures`). Where olefile is missing, or the file is not a Word
document, the problem is named.
"""

from __future__ import annotations

import bisect
import io
import os
import re
import struct

from ..errors import InputError, cause
from . import FOLDS, SYMBOL_CHARACTERS, Block, cells, legacy, txt, word97
from .numbering import Counters

#: Offsets in the File Information Block (FIB) of the WordDocument stream.
_FIB_FLAGS = 0x000A
_FIB_MIN_SIZE = 0x01AA
#: Flag bits: the table stream is "1Table" (else "0Table"); the document is encrypted.
_WHICH_TABLE = 0x0200
_ENCRYPTED = 0x0100
_WORD_MAGIC = 0xA5EC

#: Characters with a meaning in Word's text: what each becomes (``\\x00``: a field instruction's character).
_SPECIAL = str.maketrans(
    {
        "\x0b": " ",
        "\x0c": " ",
        "\x1e": "-",
        "\x1f": "",
        "\x00": "",
        "\x01": "",
        "\x08": "",
        "\x02": "",
        "\x05": "",
        "\xa0": " ",
    }
)
_SPACES = re.compile(r"[ \t]+")
_MARKS = "\r\x07\x0c"
_FIELD_MARKS = str.maketrans({"\x13": "\x00", "\x14": "\x00", "\x15": "\x00"})


def _hide_field_codes(text: str) -> str:
    """The text with each field's instruction and its marks (``\\x13 instruction \\x14 result \\x15``)
    replaced by ``\\x00``: the same length, so that positions still match; paragraph marks are kept.
    In a damaged file where a field is never closed only the field marks are hidden."""
    if "\x13" not in text:
        return text
    out = []
    stack: list[bool] = []  # for each open field: whether its instruction is still being read
    in_instruction = 0  # how many of them are (a count, so that deep nesting costs nothing per character)
    for ch in text:
        if ch == "\x13":
            stack.append(True)
            in_instruction += 1
            out.append("\x00")
        elif ch == "\x14" and stack:
            in_instruction -= stack[-1]
            stack[-1] = False
            out.append("\x00")
        elif ch == "\x15" and stack:
            in_instruction -= stack.pop()
            out.append("\x00")
        elif ch in _MARKS or not in_instruction:
            out.append(ch)
        else:
            out.append("\x00")
    if stack:  # a field never closed (a damaged file): its "instruction" may be the text, which is kept
        return text.translate(_FIELD_MARKS)
    return "".join(out)


def _with_symbols(document: word97.Document) -> str:
    """The text with each inserted symbol's placeholder replaced by the symbol: a bullet ("-", as
    :data:`~nq35cls.readers.FOLDS` folds them) or, for other symbols (checkboxes, arrows), nothing
    (``\\x00``, dropped later). The same length, so that positions still match."""
    if not document.symbols:
        return document.text
    chars = list(document.text)
    for start, end, symbol in document.symbols:
        folded = symbol.translate(FOLDS)
        for k in range(max(start, 0), min(end, len(chars))):
            if chars[k] not in _MARKS:
                chars[k] = folded if folded != symbol else "\x00"
    return "".join(chars)


def _clean(text: str) -> str:
    return _SPACES.sub(" ", SYMBOL_CHARACTERS.sub("", text.translate(_SPECIAL).translate(FOLDS))).strip()


def _paragraphs(document: word97.Document) -> tuple[list[word97.Paragraph], bool]:
    """The paragraphs, and whether their properties are known (else all marks end a paragraph, without properties)."""
    if document.paragraphs:
        return document.paragraphs, True
    return [word97.Paragraph(k) for k, ch in enumerate(document.text) if ch in _MARKS], False


def _runs_marked(text: str, start: int, end: int, document: word97.Document, starts: list[int]) -> str:
    """``text[start:end]`` with the runs in a TCVN3 capitals font between the marks of :mod:`.legacy`.

    In a TCVN3 font run an optional hyphen (``\\x1f``) is the letter "ư": its code (0xAD, a soft hyphen
    in Windows-1252) becomes Word's optional hyphen when the file went through a converter.
    """
    fonts = document.fonts
    k = bisect.bisect_right(starts, start) - 1
    out, at = [], start
    while at < end:
        name = fonts[k][1] if k >= 0 else ""
        stop = min(fonts[k + 1][0], end) if k + 1 < len(fonts) else end
        piece = text[at:stop]
        if legacy.is_tcvn3_font(name):
            piece = piece.replace("\x1f", "\xad")
            if legacy.is_capitals_font(name) and piece.strip():
                piece = legacy.CAPITALS_START + piece + legacy.CAPITALS_END
        out.append(piece)
        at, k = max(stop, at + 1), k + 1
    return "".join(out)


def _label(
    document: word97.Document, counters: Counters, restarted: set[tuple[int, int]], paragraph: word97.Paragraph
) -> str:
    """The list number of a paragraph ("" when it has none or its list cannot be found).

    As in Word, every override (LFO) of one list shares the list's counts; an override that sets a
    level's start restarts that level at its first paragraph of that level (``restarted`` records
    which (override, level) have), and the overrides that follow go on from there.
    """
    if not 0 < paragraph.ilfo <= len(document.overrides):
        return ""
    override = document.overrides[paragraph.ilfo - 1]
    levels = document.lists.get(override.lsid)
    if not levels:
        return ""
    if override.levels:
        levels = [override.levels.get(k, level) for k, level in enumerate(levels)]
    restart_at = None
    if paragraph.ilvl in override.starts and (paragraph.ilfo, paragraph.ilvl) not in restarted:
        restarted.add((paragraph.ilfo, paragraph.ilvl))
        restart_at = override.starts[paragraph.ilvl]
    return counters.label(override.lsid, paragraph.ilvl, levels, restart_at=restart_at)


def _blocks(document: word97.Document) -> tuple[list[Block], tuple[str, ...]]:
    """Paragraphs and table rows of a parsed document, and warnings (a legacy encoding converted).

    With the paragraph properties known, a table's paragraphs are gathered
    into cells and rows; without them, a ``\\r`` ends a paragraph and only
    the cell marks build rows (an empty cell then looks like a row's end).
    """
    text = _hide_field_codes(_with_symbols(document))
    paragraphs, known = _paragraphs(document)
    ttp_known = any(p.row_end for p in paragraphs)
    font_starts = [cp for cp, _ in document.fonts]
    counters = Counters()
    restarted: set[tuple[int, int]] = set()
    blocks: list[Block] = []
    row: list[list[str]] = []
    cell: list[str] = []
    n_table = n_row = 0
    in_table = last_was_cell = False

    def end_row() -> None:
        nonlocal row, cell, n_row
        if cell:
            row.append(cell)
        n_row += 1
        blocks.extend(cells.row_blocks(row, f"table {n_table}, row {n_row}"))
        row, cell = [], []

    start = 0
    for k, paragraph in enumerate(paragraphs + [word97.Paragraph(len(text))], start=1):
        end = paragraph.end
        if end < start:
            continue
        raw = _runs_marked(text, start, end, document, font_starts) if document.fonts else text[start:end]
        mark = text[end] if end < len(text) else "\r"
        start = end + 1
        clean = _clean(raw)
        label = _label(document, counters, restarted, paragraph) if known else ""
        clean = f"{label} {clean}" if label and clean else clean
        if mark == "\x07" or (known and paragraph.in_table):
            clean = clean or label  # an empty numbered cell prints its number (a table's "STT" column)
            if not in_table:
                in_table, n_table, n_row = True, n_table + 1, 0
            row_end = paragraph.row_end if ttp_known else (mark == "\x07" and not clean and last_was_cell)
            if row_end:
                if clean:  # a row's end mark holds no text; if a damaged file puts some there, it is kept
                    cell.append(clean)
                end_row()
                last_was_cell = False
                continue
            cell.append(clean)
            if mark == "\x07":
                row.append(cell)
                cell = []
                last_was_cell = True
            continue
        if in_table and (row or cell):
            end_row()
        in_table = last_was_cell = False
        if clean:
            blocks.append(Block(clean, f"paragraph {k}"))
    if row or cell:
        end_row()
    texts, converted = legacy.resolve_capitals([b.text for b in blocks])
    blocks = [Block(_SPACES.sub(" ", t).strip(), b.where) for t, b in zip(texts, blocks)]
    return blocks, (txt.WARNINGS[f"{converted} (converted)"],) if converted else ()


class _BeyondThisReader(Exception):
    """A .doc file this reader cannot read by design (not a damaged one): LibreOffice may."""


def read_blocks(data: bytes, path: str | os.PathLike, max_paragraphs: int) -> tuple[list[Block], tuple[str, ...]]:
    """The text blocks of a Word .doc file, and warnings about the reading.

    Word 97–2003 files are read here. A Word 6/95 file, or any .doc when
    olefile is missing, is converted by LibreOffice when it is installed
    (:mod:`.libreoffice`), with a warning saying so.

    Raises
    ------
    InputError
        If the file is not a Word document, is encrypted or damaged, or
        cannot be read here and LibreOffice is not installed.
    """
    try:
        return _read_word97(data, path)
    except _BeyondThisReader as why:
        from . import docx, libreoffice

        if libreoffice.program() is None:
            raise InputError(path, f"{why} (or install LibreOffice, which nq35cls then uses to read it)") from None
        try:
            converted = libreoffice.to_docx(data, ".doc")
        except OSError as exc:
            raise InputError(path, f"{why}; LibreOffice could not read it either ({exc})") from None
        blocks, warnings = docx.read_blocks(converted, path, max_paragraphs)
        return blocks, (f"read through LibreOffice: {why}", *warnings)


def _read_word97(data: bytes, path: str | os.PathLike) -> tuple[list[Block], tuple[str, ...]]:
    """The text blocks of a Word 97–2003 .doc file, read from its piece table."""
    try:
        import olefile
    except ImportError:
        raise _BeyondThisReader(
            'a Word 97 (.doc) file: reading it needs an extra: pip install "nq35cls[doc]" (or save it as .docx)'
        ) from None
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - olefile raises many kinds on damaged containers
        raise InputError(
            path, "damaged Word 97 (.doc) file (not a readable OLE container)", detail=cause(exc)
        ) from None
    with ole:
        if not ole.exists("WordDocument"):
            raise InputError(
                path, "an OLE file that is not a Word document (an old Excel or PowerPoint file?): not a report"
            )
        try:
            word = ole.openstream("WordDocument").read()
            if len(word) < _FIB_MIN_SIZE or struct.unpack_from("<H", word, 0)[0] != _WORD_MAGIC:
                raise _BeyondThisReader("a Word file older than Word 97 (Word 6/95): save it as .docx")
            (flags,) = struct.unpack_from("<H", word, _FIB_FLAGS)
            if flags & _ENCRYPTED:
                raise InputError(path, "password-protected .doc file: save an unprotected copy")
            name = "1Table" if flags & _WHICH_TABLE else "0Table"
            if not ole.exists(name):
                raise InputError(path, f"damaged Word 97 (.doc) file (no {name} stream)")
            table = ole.openstream(name).read()
            extra = ole.openstream("Data").read() if ole.exists("Data") else b""
            blocks, warnings = _blocks(word97.parse(word, table, extra))
        except (InputError, _BeyondThisReader):
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged stream can fail in many ways
            raise InputError(
                path, "damaged Word 97 (.doc) file (its text streams cannot be read)", detail=cause(exc)
            ) from None
    from . import pictures

    return pictures.with_pictures(blocks, warnings, lambda: pictures.doc_images(extra), path)
