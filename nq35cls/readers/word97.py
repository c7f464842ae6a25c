"""The binary structures of a Word 97–2003 file that the .doc reader needs ([MS-DOC]).

:func:`parse` turns the ``WordDocument`` and table streams into a
:class:`Document`: the main text's characters with, for each paragraph, its
list membership (list format override and level) and whether it sits in a
table, and for each character run the name of its font. Structures are read
defensively: any offset, count or size out of range makes the structure
empty (no list numbers, no fonts) rather than an exception, so a damaged
formatting table never costs the text.

What is read:

- the piece table (``Clx``): which bytes of the WordDocument stream hold
  which characters (CP to FC), and the property modifiers a piece of a
  fast-saved file applies (``Prm`` pointing to a ``Prc``);
- paragraph properties: ``PlcfBtePapx`` points to 512-byte pages (``PapxFkp``)
  holding, per range of stream bytes, a style index and property
  modifiers (``sprm``), or, when they are too long, an offset into the
  ``Data`` stream (``sprmPHugePapx``); the list ones are ``sprmPIlfo`` and
  ``sprmPIlvl``, the table ones ``sprmPFInTable``, ``sprmPItap`` and
  ``sprmPFTtp`` (a row's end);
- the style sheet (``STSH``): a paragraph without list properties of its own
  takes those of its style or of the styles that style is based on;
- character properties: ``PlcfBteChpx`` and ``ChpxFkp`` pages, the font of
  the run's 8-bit characters ``sprmCRgFtc0`` (its own, its character
  style's, its paragraph style's, or the document's default), with the font
  table ``SttbfFfn`` giving the names;
- the list tables (``PlfLst``: ``LSTF`` then the ``LVL`` of each list) and the
  overrides (``PlfLfo``: ``LFO``, then each one's ``LFOLVL`` start-at and
  formatting overrides).
"""

from __future__ import annotations

import bisect
import re
import struct
from dataclasses import dataclass, field

from .numbering import LEVELS, LevelFormat

#: Offsets of (fc, lcb) pairs in the FIB (FibRgFcLcb97).
_FIB_STSHF = 0x00A2
_FIB_PLCF_BTE_CHPX = 0x00FA
_FIB_PLCF_BTE_PAPX = 0x0102
_FIB_STTBF_FFN = 0x0112
_FIB_CLX = 0x01A2
_FIB_PLF_LST = 0x02E2
_FIB_PLF_LFO = 0x02EA
_FIB_CCP_TEXT = 0x004C
_COMPRESSED = 0x40000000
_PAGE = 512
_PARAGRAPH_MARKS = re.compile("[\r\x07\x0c]")

#: Property modifiers read (sprm codes of [MS-DOC] 2.6).
SPRM_P_ILVL = 0x260A
SPRM_P_ILFO = 0x460B
SPRM_P_IN_TABLE = 0x2416
SPRM_P_ITAP = 0x6649
_SPRM_P_ISTD = 0x4600
_SPRM_P_HUGE_PAPX = 0x6646  # the properties are in the Data stream, at the operand's offset
#: The mark ends a table row. (A nested table's cells and rows end with paragraph marks flagged
#: sprmPFInnerTableCell and sprmPFInnerTtp: they are read as paragraphs of the outer cell.)
_SPRM_P_TTP = (0x2417,)
_SPRM_C_FTC0 = 0x4A4F  # the font of a run's ASCII (and 8-bit) characters
_SPRM_C_ISTD = 0x4A30
_SPRM_C_SYMBOL = 0x6A09  # the run's characters stand for a symbol font's character (font index, character)
_SPRM_T_DEF_TABLE = 0xD608
_SPRM_P_CHG_TABS = 0xC615
#: Operand size by the sprm's "spra" (its top 3 bits); None: variable.
_OPERAND = (1, 1, 2, 4, 2, 2, None, 3)

#: Number formats (nfc) of a list level, by their names in .docx.
NFC_NAMES = {
    0: "decimal",
    1: "upperRoman",
    2: "lowerRoman",
    3: "upperLetter",
    4: "lowerLetter",
    22: "decimalZero",
    23: "bullet",
    255: "none",
}


@dataclass(frozen=True)
class Override:
    """A list format override (LFO), which paragraphs name by its index (``ilfo``).

    Attributes
    ----------
    lsid : int
        The list it uses.
    starts : dict of int to int
        The levels it restarts, and at which number.
    levels : dict of int to LevelFormat
        The levels it formats anew.
    """

    lsid: int
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, LevelFormat] = field(default_factory=dict)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's end and properties.

    Attributes
    ----------
    end : int
        Position in the text of its mark (``\\r``, a cell's or row's ``\\x07``, a section's ``\\x0c``).
    ilfo : int
        Its list format override (1-based; 0 or less: not in a list).
    ilvl : int
        Its list level.
    in_table : bool
    row_end : bool
        The mark ends a table row (not a cell).
    """

    end: int
    ilfo: int = 0
    ilvl: int = 0
    in_table: bool = False
    row_end: bool = False


@dataclass
class Document:
    """What the .doc reader needs of a Word 97 file.

    Attributes
    ----------
    text : str
        The main document's characters.
    paragraphs : list of Paragraph
        The paragraphs, in order (empty when the paragraph properties cannot be read).
    fonts : list of (int, str)
        Character runs: (first position in ``text``, font name), sorted.
    symbols : list of (int, int, str)
        Runs of inserted symbols (a checkbox, a bullet drawn from a symbol font): (first position,
        end, the symbol's character, often a private-use code point). Their text is a placeholder.
    lists : dict of int to list of LevelFormat
        Levels of each list, by list id (``lsid``).
    overrides : list of Override
        By ``ilfo - 1``.
    """

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    fonts: list[tuple[int, str]] = field(default_factory=list)
    lists: dict[int, list[LevelFormat]] = field(default_factory=dict)
    overrides: list[Override] = field(default_factory=list)
    symbols: list[tuple[int, int, str]] = field(default_factory=list)


def _fc_lcb(word: bytes, offset: int, table: bytes) -> bytes:
    """The bytes of the table stream that a FIB (fc, lcb) pair points to (empty when out of range)."""
    if offset + 8 > len(word):
        return b""
    fc, lcb = struct.unpack_from("<II", word, offset)
    if lcb == 0 or fc + lcb > len(table):
        return b""
    return table[fc : fc + lcb]


def _clx(word: bytes, table: bytes) -> tuple[list[tuple[int, int, int, bool]], list[int], list[bytes]]:
    """The piece table: (first CP, last CP, byte offset, 8-bit?) and property modifier (``Prm``) of
    each piece, and the modifier lists (``Prc``) that complex ``Prm`` point to.

    Raises
    ------
    ValueError
        If there is no readable piece table.
    """
    fc_clx, lcb_clx = struct.unpack_from("<II", word, _FIB_CLX)
    if not 0 < lcb_clx <= len(table) - fc_clx:
        raise ValueError("piece table outside the table stream")
    clx = table[fc_clx : fc_clx + lcb_clx]
    prcs: list[bytes] = []
    pos = 0
    while pos < len(clx):
        kind = clx[pos]
        if kind == 0x01:  # a Prc: a list of property modifiers that pieces refer to
            (size,) = struct.unpack_from("<h", clx, pos + 1)
            prcs.append(clx[pos + 3 : pos + 3 + max(size, 0)])
            pos += 3 + max(size, 0)
        elif kind == 0x02:  # the Pcdt: the piece table itself
            (size,) = struct.unpack_from("<I", clx, pos + 1)
            plc = clx[pos + 5 : pos + 5 + size]
            n = (len(plc) - 4) // 12
            if n < 1:
                break
            cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
            out, prms = [], []
            for k in range(n):
                fc, prm = struct.unpack_from("<IH", plc, 4 * (n + 1) + 8 * k + 2)
                compressed = bool(fc & _COMPRESSED)
                offset = (fc & ~_COMPRESSED) // 2 if compressed else fc
                out.append((cps[k], cps[k + 1], offset, compressed))
                prms.append(prm)
            return out, prms, prcs
        else:
            break
    raise ValueError("no piece table")


def pieces(word: bytes, table: bytes) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first CP, last CP, byte offset, 8-bit?) of each piece.

    Raises
    ------
    ValueError
        If there is no readable piece table.
    """
    return _clx(word, table)[0]


def piece_sprms(word: bytes, table: bytes) -> list[dict[int, bytes]]:
    """The property modifiers each piece applies to its text (a "fast-saved" file's changes), by piece.

    Only complex modifiers (``Prm1``, pointing to a ``Prc``) are read: the one-modifier form
    (``Prm0``) cannot hold the list and table properties read here.
    """
    _, prms, prcs = _clx(word, table)
    out = []
    for prm in prms:
        index = prm >> 1
        out.append(dict(sprms(prcs[index])) if prm & 1 and index < len(prcs) else {})
    return out


def main_text(word: bytes, table: bytes) -> tuple[str, list[tuple[int, int, int, bool]]]:
    """The main document's characters, pieces joined, and the pieces that hold them."""
    (ccp_text,) = struct.unpack_from("<i", word, _FIB_CCP_TEXT)
    out, used = [], []
    for first, last, offset, compressed in pieces(word, table):
        count = min(last, ccp_text) - first
        if count <= 0:
            break
        size = count if compressed else 2 * count
        raw = word[offset : offset + size]
        if len(raw) < size:
            raise ValueError("a piece runs past the end of the document")
        out.append(raw.decode("cp1252", "replace") if compressed else raw.decode("utf-16-le", "replace"))
        used.append((first, first + count, offset, compressed))
    return "".join(out), used


def sprms(grpprl: bytes) -> list[tuple[int, bytes]]:
    """The (sprm, operand) pairs of a list of property modifiers; stops at the first malformed one."""
    out = []
    pos = 0
    while pos + 2 <= len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, pos)
        pos += 2
        size = _OPERAND[sprm >> 13]
        if size is None:
            if sprm == _SPRM_T_DEF_TABLE and pos + 2 <= len(grpprl):
                (cb,) = struct.unpack_from("<H", grpprl, pos)
                pos, size = pos + 2, cb - 1
            elif pos < len(grpprl):
                size = grpprl[pos]
                pos += 1
                if sprm == _SPRM_P_CHG_TABS and size == 255:  # a long tab list: not read, and nothing after it
                    break
            else:
                break
        if size < 0 or pos + size > len(grpprl):
            break
        out.append((sprm, grpprl[pos : pos + size]))
        pos += size
    return out


def _plc(data: bytes, item: int) -> tuple[list[int], list[bytes]]:
    """A PLC: n + 1 positions and n items of ``item`` bytes."""
    n = (len(data) - 4) // (4 + item)
    if n <= 0:
        return [], []
    cps = list(struct.unpack_from(f"<{n + 1}I", data, 0))
    base = 4 * (n + 1)
    return cps, [data[base + item * k : base + item * (k + 1)] for k in range(n)]


def _fkp_runs(word: bytes, plcf_bte: bytes, paragraph: bool) -> list[tuple[int, int, bytes]]:
    """(first FC, end FC, property bytes) of every run in the FKP pages a PlcfBte lists, sorted.

    For paragraphs the bytes are a ``GrpPrlAndIstd`` (style index, then sprms); for characters a ``grpprl``.
    """
    _, pns = _plc(plcf_bte, 4)
    runs = []
    for raw in pns:
        pn = struct.unpack("<I", raw)[0] & 0x3FFFFF
        page = word[pn * _PAGE : (pn + 1) * _PAGE]
        if len(page) < _PAGE:
            continue
        crun = page[_PAGE - 1]
        if 4 * (crun + 1) > _PAGE - 1:
            continue
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        entry = 13 if paragraph else 1
        for k in range(crun):
            at = 4 * (crun + 1) + entry * k
            if at >= _PAGE - 1:
                break
            offset = 2 * page[at]
            props = b""
            if offset and offset < _PAGE - 1:
                cb = page[offset]
                if paragraph:
                    if cb == 0 and offset + 1 < _PAGE:
                        start, size = offset + 2, 2 * page[offset + 1]
                    else:
                        start, size = offset + 1, 2 * cb - 1
                else:
                    start, size = offset + 1, cb
                props = page[start : min(start + size, _PAGE - 1)]
            runs.append((fcs[k], fcs[k + 1], props))
    runs.sort(key=lambda r: r[0])
    return runs


@dataclass(frozen=True)
class _Style:
    base: int
    paragraph: list[tuple[int, bytes]]
    character: list[tuple[int, bytes]]


def _styles(stsh: bytes) -> list[_Style | None]:
    """The style sheet: each style's base style and its paragraph and character sprms."""
    if len(stsh) < 6:
        return []
    (cb_stshi,) = struct.unpack_from("<H", stsh, 0)
    cstd, cb_base = struct.unpack_from("<HH", stsh, 2)
    pos = 2 + cb_stshi
    styles: list[_Style | None] = []
    for _ in range(cstd):
        if pos + 2 > len(stsh):
            break
        (cb_std,) = struct.unpack_from("<H", stsh, pos)
        std = stsh[pos + 2 : pos + 2 + cb_std]
        pos += 2 + cb_std
        if cb_std == 0 or len(std) < max(cb_base, 10) + 2:
            styles.append(None)
            continue
        (word1, word2, word3) = struct.unpack_from("<HHH", std, 2)
        kind, base, cupx = word1 & 0xF, word1 >> 4, word2 & 0xF
        (cch,) = struct.unpack_from("<H", std, cb_base)
        at = cb_base + 2 + 2 * cch + 2
        upx: list[bytes] = []
        for _ in range(cupx):
            if at + 2 > len(std):
                break
            (cb_upx,) = struct.unpack_from("<H", std, at)
            upx.append(std[at + 2 : at + 2 + cb_upx])
            at += 2 + cb_upx + (cb_upx & 1)
        paragraph: list[tuple[int, bytes]] = []
        character: list[tuple[int, bytes]] = []
        if kind == 1:  # a paragraph style: its UpxPapx (style index, sprms), then its UpxChpx
            if upx:
                paragraph = sprms(upx[0][2:])
            if len(upx) > 1:
                character = sprms(upx[1])
        elif kind == 2 and upx:  # a character style
            character = sprms(upx[0])
        styles.append(_Style(base, paragraph, character))
    return styles


def _inherited(styles: list[_Style | None], istd: int, wanted: tuple[int, ...], character: bool) -> dict[int, bytes]:
    """The sprms in ``wanted`` that style ``istd`` has, itself or through its base styles (the nearest wins)."""
    found: dict[int, bytes] = {}
    seen = set()
    while 0 <= istd < len(styles) and istd not in seen:
        seen.add(istd)
        style = styles[istd]
        if style is None:
            break
        for sprm, operand in style.character if character else style.paragraph:
            if sprm in wanted and sprm not in found:
                found[sprm] = operand
        istd = style.base
    return found


def _font_names(sttbf: bytes) -> list[str]:
    """The font table: names by font index."""
    if len(sttbf) < 4:
        return []
    (count,) = struct.unpack_from("<H", sttbf, 0)
    pos, names = 4, []
    for _ in range(count):
        if pos >= len(sttbf):
            break
        size = sttbf[pos]
        ffn = sttbf[pos + 1 : pos + 1 + size]
        pos += 1 + size
        name = ffn[39:].decode("utf-16-le", "replace").split("\x00", 1)[0] if len(ffn) > 39 else ""
        names.append(name)
    return names


def _level(data: bytes, pos: int) -> tuple[LevelFormat, int]:
    """One LVL at ``pos``: the level, and the position after it.

    Raises
    ------
    struct.error, ValueError
        When it runs past the data.
    """
    start, nfc, flags = struct.unpack_from("<iBB", data, pos)
    numbers = data[pos + 6 : pos + 15]
    cb_chpx, cb_papx, restart_lim = struct.unpack_from("<BBB", data, pos + 24)
    at = pos + 28 + cb_papx + cb_chpx
    (cch,) = struct.unpack_from("<H", data, at)
    raw = data[at + 2 : at + 2 + 2 * cch]
    if len(raw) < 2 * cch:
        raise ValueError("a list level runs past the table stream")
    xst = raw.decode("utf-16-le", "replace")
    places = {n - 1 for n in numbers if 0 < n <= cch}
    text = "".join(f"%{ord(ch) + 1}" if (k in places and ord(ch) < LEVELS) else ch for k, ch in enumerate(xst))
    no_restart = bool(flags & 0x08)
    level = LevelFormat(
        start=start,
        fmt=NFC_NAMES.get(nfc, "decimal"),
        text=text,
        restart_below=restart_lim if no_restart else LEVELS,
        legal=bool(flags & 0x04),
    )
    return level, at + 2 + 2 * cch


def _lists(word: bytes, table: bytes) -> dict[int, list[LevelFormat]]:
    """The lists of the PlfLst, by list id; their levels follow the PlfLst in the table stream."""
    if _FIB_PLF_LST + 8 > len(word):
        return {}
    fc, lcb = struct.unpack_from("<II", word, _FIB_PLF_LST)
    if lcb < 2 or fc + lcb > len(table):
        return {}
    (count,) = struct.unpack_from("<h", table, fc)
    if count <= 0 or 2 + 28 * count > lcb:
        return {}
    lists: dict[int, list[LevelFormat]] = {}
    pos = fc + 2 + 28 * count
    try:
        for k in range(count):
            lstf = fc + 2 + 28 * k
            (lsid,) = struct.unpack_from("<i", table, lstf)
            simple = table[lstf + 26] & 0x01
            levels = []
            for _ in range(1 if simple else LEVELS):
                level, pos = _level(table, pos)
                levels.append(level)
            lists[lsid] = levels
    except (struct.error, ValueError):
        pass  # the lists read so far are kept
    return lists


def _overrides(word: bytes, table: bytes) -> list[Override]:
    """The list format overrides (PlfLfo), with their start-at and formatting overrides."""
    data = _fc_lcb(word, _FIB_PLF_LFO, table)
    if len(data) < 4:
        return []
    (count,) = struct.unpack_from("<i", data, 0)
    if count <= 0 or 4 + 16 * count > len(data):
        return []
    heads = [struct.unpack_from("<i8xB", data, 4 + 16 * k) for k in range(count)]
    overrides = [Override(lsid) for lsid, _ in heads]
    pos = 4 + 16 * count
    try:
        for k, (lsid, n_levels) in enumerate(heads):
            pos += 4  # every LFO has an LFOData: its cp, then its n_levels LFOLVL
            starts, levels = {}, {}
            for _ in range(n_levels):
                start, flags = struct.unpack_from("<iI", data, pos)
                pos += 8
                ilvl = flags & 0xF
                if flags & 0x20:  # fFormatting: the level is replaced by the LVL that follows
                    levels[ilvl], pos = _level(data, pos)
                if flags & 0x10:  # fStartAt: the level starts at iStartAt
                    starts[ilvl] = start
            overrides[k] = Override(lsid, starts, levels)
    except (struct.error, ValueError):
        pass
    return overrides


def _cp_to_fc(used: list[tuple[int, int, int, bool]], firsts: list[int], cp: int) -> tuple[int, int]:
    """The stream offset of the character at ``cp`` and its width in bytes ((-1, 0) when no piece holds it).

    ``firsts``: the first CP of each piece of ``used``, in order.
    """
    k = bisect.bisect_right(firsts, cp) - 1
    if k < 0 or cp >= used[k][1]:
        return -1, 0
    first, _, offset, compressed = used[k]
    width = 1 if compressed else 2
    return offset + (cp - first) * width, width


def parse(word: bytes, table: bytes, data: bytes = b"") -> Document:
    """The main text of a Word 97 file with its paragraphs' list and table properties and its fonts.

    Raises
    ------
    ValueError, struct.error
        If the text itself cannot be read (no piece table); damaged formatting only loses the formatting.

    ``data`` is the ``Data`` stream, where Word puts paragraph properties too long for their page.
    """
    text, used = main_text(word, table)
    document = Document(text)
    try:
        _formatting(document, word, table, data, used)
    except (struct.error, ValueError, IndexError):
        document.paragraphs, document.fonts, document.symbols = [], [], []
    return document


def _formatting(
    document: Document, word: bytes, table: bytes, data: bytes, used: list[tuple[int, int, int, bool]]
) -> None:
    styles = _styles(_fc_lcb(word, _FIB_STSHF, table))
    papx = _fkp_runs(word, _fc_lcb(word, _FIB_PLCF_BTE_PAPX, table), paragraph=True)
    papx_starts = [r[0] for r in papx]
    list_sprms = (SPRM_P_ILFO, SPRM_P_ILVL)
    text = document.text
    paragraph_styles = []
    firsts = [piece[0] for piece in used]
    by_piece = piece_sprms(word, table)
    for mark in _PARAGRAPH_MARKS.finditer(text):
        cp, ch = mark.start(), mark.group()
        fc, width = _cp_to_fc(used, firsts, cp)
        k = bisect.bisect_right(papx_starts, fc) - 1 if width else -1
        run = papx[k] if k >= 0 and papx[k][0] <= fc < papx[k][1] else None
        if ch == "\x0c" and (run is None or fc + width != run[1]):
            continue  # a page break inside a paragraph, not a section's end
        props = run[2] if run is not None else b""
        istd, own = 0, {}
        k = bisect.bisect_right(firsts, cp) - 1
        fast_saved = by_piece[k] if 0 <= k < len(by_piece) else {}
        if len(props) >= 2:
            (istd,) = struct.unpack_from("<H", props, 0)
            own = dict(sprms(props[2:]))
            huge = own.get(_SPRM_P_HUGE_PAPX, b"")
            if len(huge) == 4:
                (at,) = struct.unpack("<I", huge)
                (size,) = struct.unpack_from("<H", data, at) if at + 2 <= len(data) else (0,)
                own.update(sprms(data[at + 2 : at + 2 + size]))
        own.update(fast_saved)
        if len(fast_saved.get(_SPRM_P_ISTD, b"")) == 2:
            (istd,) = struct.unpack("<H", fast_saved[_SPRM_P_ISTD])
        found = _inherited(styles, istd, list_sprms, character=False)
        found.update({k: v for k, v in own.items() if k in list_sprms})
        ilfo = struct.unpack("<h", found[SPRM_P_ILFO])[0] if len(found.get(SPRM_P_ILFO, b"")) == 2 else 0
        ilvl = found[SPRM_P_ILVL][0] if found.get(SPRM_P_ILVL) else 0
        itap = struct.unpack("<i", own[SPRM_P_ITAP])[0] if len(own.get(SPRM_P_ITAP, b"")) == 4 else 0
        in_table = own.get(SPRM_P_IN_TABLE, b"\x00")[:1] not in (b"", b"\x00") or itap > 0
        row_end = any(own.get(sprm, b"\x00")[:1] not in (b"", b"\x00") for sprm in _SPRM_P_TTP)
        document.paragraphs.append(Paragraph(cp, ilfo, ilvl, in_table, row_end))
        paragraph_styles.append((cp, istd))
    document.lists = _lists(word, table)
    document.overrides = _overrides(word, table)
    document.fonts, document.symbols = _fonts(word, table, used, styles, paragraph_styles)


def _fonts(
    word: bytes,
    table: bytes,
    used: list[tuple[int, int, int, bool]],
    styles: list[_Style | None],
    paragraph_styles: list[tuple[int, int]],
) -> tuple[list[tuple[int, str]], list[tuple[int, int, str]]]:
    """(first CP, font name) of the character runs of the main text, and its symbols (first CP, end, character)."""
    names = _font_names(_fc_lcb(word, _FIB_STTBF_FFN, table))
    if not names:
        return [], []
    chpx = _fkp_runs(word, _fc_lcb(word, _FIB_PLCF_BTE_CHPX, table), paragraph=False)
    chpx_starts = [r[0] for r in chpx]
    stsh = _fc_lcb(word, _FIB_STSHF, table)
    default = struct.unpack_from("<H", stsh, 14)[0] if len(stsh) >= 16 else -1
    ends = [cp for cp, _ in paragraph_styles]
    fonts: list[tuple[int, str]] = []
    symbols: list[tuple[int, int, str]] = []
    for first, last, offset, compressed in used:
        width = 1 if compressed else 2
        fc_end = offset + (last - first) * width
        k = max(bisect.bisect_right(chpx_starts, offset) - 1, 0)
        fc = offset
        while fc < fc_end:
            while k < len(chpx) and chpx[k][1] <= fc:
                k += 1
            run = chpx[k] if k < len(chpx) else None
            if run is not None and run[0] <= fc:
                stop, props = min(run[1], fc_end), run[2]
            elif run is not None:
                stop, props = min(run[0], fc_end), b""
            else:
                stop, props = fc_end, b""
            cp = first + (fc - offset) // width
            p = bisect.bisect_left(ends, cp)  # the paragraph the run is in: it ends the run (its style may change)
            if p < len(ends):
                stop = min(stop, offset + (ends[p] + 1 - first) * width)
            own = dict(sprms(props))
            symbol = own.get(_SPRM_C_SYMBOL, b"")
            if len(symbol) == 4:
                symbols.append((cp, first + (stop - offset) // width, chr(struct.unpack_from("<H", symbol, 2)[0])))
            ftc = own.get(_SPRM_C_FTC0)
            if ftc is None or len(ftc) != 2:
                istd_c = struct.unpack("<H", own[_SPRM_C_ISTD])[0] if len(own.get(_SPRM_C_ISTD, b"")) == 2 else -1
                found = _inherited(styles, istd_c, (_SPRM_C_FTC0,), character=True) if istd_c > 0 else {}
                if not found:
                    istd_p = paragraph_styles[p][1] if p < len(paragraph_styles) else 0
                    found = _inherited(styles, istd_p, (_SPRM_C_FTC0,), character=True)
                ftc = found.get(_SPRM_C_FTC0)
            index = struct.unpack("<H", ftc)[0] if ftc and len(ftc) == 2 else default
            name = names[index] if 0 <= index < len(names) else ""
            if not fonts or fonts[-1][1] != name:
                fonts.append((cp, name))
            fc = max(stop, fc + width)
    return fonts, symbols
