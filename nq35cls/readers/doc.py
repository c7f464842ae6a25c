"""Word 97–2003 reports (``.doc``), with olefile (``pip install "nq35cls[doc]"``).

The text of a .doc file is in its ``WordDocument`` stream, in pieces listed
by the piece table (the ``Clx`` of the ``0Table``/``1Table`` stream): each
piece is either 8-bit (Windows-1252) or UTF-16 text. The main document is
the first ``ccpText`` characters of the pieces joined; what follows
(footnotes, headers, comments) is left out. Paragraphs end with ``\\r``;
in tables every cell ends with ``\\x07`` and a row with one more, so a row
becomes one block, its cells joined by `` | `` as the .docx reader does.
Field instructions (``\\x13 ... \\x14``) are dropped and field results kept.

Only what Word's binary format holds as text is read: list numbers that
Word generates are not (they are formatting, as in .docx before the
numbering is rebuilt). Where olefile is missing, or the file is not a Word
document, the problem is named.
"""

from __future__ import annotations

import io
import os
import re
import struct

from ..errors import InputError
from . import FOLDS, Block

#: Offsets in the File Information Block (FIB) of the WordDocument stream.
_FIB_FLAGS = 0x000A
_FIB_CCP_TEXT = 0x004C
_FIB_FC_CLX = 0x01A2
_FIB_MIN_SIZE = 0x01AA
#: Flag bits: the table stream is "1Table" (else "0Table"); the document is encrypted.
_WHICH_TABLE = 0x0200
_ENCRYPTED = 0x0100
_COMPRESSED = 0x40000000
_WORD_MAGIC = 0xA5EC

#: Characters with a meaning in Word's text: what each becomes.
_SPECIAL = str.maketrans(
    {"\x0b": " ", "\x1e": "-", "\x1f": "", "\x01": "", "\x08": "", "\x02": "", "\x05": "", "\xa0": " "}
)
_FIELD = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15")
_SPACES = re.compile(r"[ \t]+")


def _pieces(table: bytes) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first CP, last CP, byte offset, 8-bit?) of each piece."""
    pos = 0
    while pos < len(table):
        kind = table[pos]
        if kind == 0x01:  # a Prc (formatting): skip it
            (size,) = struct.unpack_from("<H", table, pos + 1)
            pos += 3 + size
        elif kind == 0x02:  # the Pcdt: the piece table itself
            (size,) = struct.unpack_from("<I", table, pos + 1)
            plc = table[pos + 5 : pos + 5 + size]
            n = (len(plc) - 4) // 12
            if n < 1:
                break
            cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
            pieces = []
            for k in range(n):
                (fc,) = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)
                compressed = bool(fc & _COMPRESSED)
                offset = (fc & ~_COMPRESSED) // 2 if compressed else fc
                pieces.append((cps[k], cps[k + 1], offset, compressed))
            return pieces
        else:
            break
    raise ValueError("no piece table")


def _text(word: bytes, table: bytes) -> str:
    """The main document's characters, pieces joined."""
    (ccp_text,) = struct.unpack_from("<i", word, _FIB_CCP_TEXT)
    fc_clx, lcb_clx = struct.unpack_from("<II", word, _FIB_FC_CLX)
    if not 0 < lcb_clx <= len(table) - fc_clx:
        raise ValueError("piece table outside the table stream")
    out = []
    for first, last, offset, compressed in _pieces(table[fc_clx : fc_clx + lcb_clx]):
        count = min(last, ccp_text) - first
        if count <= 0:
            break
        size = count if compressed else 2 * count
        raw = word[offset : offset + size]
        if len(raw) < size:
            raise ValueError("a piece runs past the end of the document")
        out.append(raw.decode("cp1252", "replace") if compressed else raw.decode("utf-16-le", "replace"))
    return "".join(out)


def _blocks(text: str) -> list[Block]:
    """Paragraphs and table rows of the document's characters.

    A table's cells end with ``\x07`` and each row with one more; the text
    after a table's last row mark is the paragraph that follows the table.
    (Without the paragraph properties a cell of several paragraphs cannot be
    told from paragraphs before the table: its first paragraphs come out as
    paragraphs of their own.)
    """
    text = _FIELD.sub(lambda m: m.group(1) or "", text).translate(_SPECIAL).translate(FOLDS)
    blocks: list[Block] = []
    cells: list[str] = []
    n_row = 0

    def end_row() -> None:
        nonlocal cells, n_row
        n_row += 1
        row = [c for c in cells if c]
        if row:
            blocks.append(Block(" | ".join(row), f"table row {n_row}"))
        cells = []

    for k, para in enumerate(re.split(r"[\r\x0c]", text), start=1):
        pieces = para.split("\x07")
        for m, piece in enumerate(pieces[:-1]):
            if piece == "" and m > 0:  # a mark right after a cell's mark: the row ends
                end_row()
            else:
                cells.append(_SPACES.sub(" ", piece).strip())
        if len(pieces) > 1 and cells:
            end_row()
        clean = _SPACES.sub(" ", pieces[-1]).strip()
        if clean:
            blocks.append(Block(clean, f"paragraph {k}"))
    return blocks


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
        return _read_word97(data, path), ()
    except _BeyondThisReader as why:
        from . import docx, libreoffice

        if libreoffice.program() is None:
            raise InputError(path, f"{why} (or install LibreOffice, which nq35cls then uses to read it)") from None
        try:
            converted = libreoffice.to_docx(data, ".doc")
        except OSError as exc:
            raise InputError(path, f"{why}; LibreOffice could not read it either ({exc})") from None
        return docx.read_blocks(converted, path, max_paragraphs), (f"read through LibreOffice: {why}",)


def _read_word97(data: bytes, path: str | os.PathLike) -> list[Block]:
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
            path, f"damaged Word 97 (.doc) file (not a readable OLE container: {type(exc).__name__})"
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
            return _blocks(_text(word, table))
        except (InputError, _BeyondThisReader):
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged stream can fail in many ways
            raise InputError(path, f"damaged Word 97 (.doc) file ({type(exc).__name__}: {exc})") from None
