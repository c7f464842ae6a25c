"""PDF reports, with pdfplumber (``pip install "nq35cls[pdf]"``).

pdfplumber was chosen over pypdf because it gives every text line with its
position on the page: that is what tells a paragraph break (a wider gap, an
indented first line, a short last line) from a line that was only wrapped,
and a running header or footer (the same text at the top or bottom of most
pages) from body text. pypdf returns the text of a page without geometry.

Lines are joined back into paragraphs; a word hyphenated at the end of a
line is joined; page headers, footers and page numbers are dropped. Tables
(ruled, or unruled with three columns or more) give one block per row; a letterhead's sides stay apart; text that
annotations stamp on the page (an e-signed document's number and day) is
read where it stands. A PDF with no text layer (a scan) is read by OCR or
refused with a message, not read as empty.
"""

from __future__ import annotations

import io
import logging
import os
import re
import statistics
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from ..errors import InputError, cause
from . import FOLDS, Block
from .budget import MAX_EXPANDED_BYTES
from .cells import row_blocks
from .pdf_annotations import annotation_chars, signatures_only

#: All the streams of one PDF together may expand to this many bytes.
MAX_EXPANDED_TOTAL = 4 * MAX_EXPANDED_BYTES
_STREAM_START = re.compile(rb"stream\r?\n")
#: Bytes inflated per step when a stream's expanded size is measured.
_STEP = 16 * 1024 * 1024

#: Share of the page height, at the top and at the bottom, where running
#: headers, footers and page numbers are looked for.
MARGIN = 0.09
#: A line in the margin that repeats on at least this share of pages is a running header/footer.
REPEATED = 0.5
_PAGE_NUMBER = re.compile(r"^(trang\s+)?[-–—\s]*\d{1,4}\s*([/–—-]\s*\d{1,4})?[-–—\s]*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# A line that starts a new item whatever the geometry says.
_ITEM_START = re.compile(
    r"^([IVXLC]+\s*[.)/-]\s|[IVXLC]+\.[A-ZĐ](\.\d{1,2})*\.?\s|\d{1,2}(\.\d{1,2})*\s*[.)/]\s|[a-zđ]\)\s|[-+•*–]\s|"
    r"(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\b|Thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b)"
)
_SENTENCE_END = '.!?:;…"”)'


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    #: A table row (cells joined by " | "): a block of its own.
    table: bool = False
    #: The line's most common font size and whether most of it is bold.
    size: float = 0.0
    bold: bool = False
    #: A line of a footnote at the foot of its page (see :func:`_mark_footnotes`).
    footnote: bool = False
    #: For a line with column gaps, its parts (see :func:`_segments`).
    parts: tuple[_Line, ...] = ()
    #: Text of an annotation (a stamp, a form field) not level with any text line: a block of its own.
    annotation: bool = False
    #: In a run of two blocks side by side (see :func:`_side_by_side`), 1 on the left, 2 on the right.
    side: int = 0
    #: For a ruled table's row, each cell's paragraphs (made blocks by :func:`_row_lines`).
    cells: tuple[tuple[str, ...], ...] = ()


def _inside(line: dict, box: tuple[float, float, float, float]) -> bool:
    middle = (line["top"] + line["bottom"]) / 2
    return box[1] <= middle <= box[3] and line["x0"] < box[2] and line["x1"] > box[0]


#: A ruled box covering more of the page than this is a frame around the text, not a table,
#: unless it is divided into rows of cells (:data:`MIN_GRID_ROWS` rows, most of its rows).
MAX_TABLE_SHARE = 0.6
MIN_GRID_ROWS = 3


def _is_table(table, page) -> bool:
    """A ruled grid of at least two columns that is not a frame around the page's text.

    A box of ruled rows and columns is a table however much of the page it fills (an
    Excel sheet or a landscape list printed to PDF); a large box that is not divided so
    (one cell, or a frame with one split line) is a frame around the page's text.
    """
    x0, top, x1, bottom = table.bbox
    share = (x1 - x0) * (bottom - top) / max(float(page.width) * float(page.height), 1.0)
    split = sum(sum(c is not None for c in row.cells) >= 2 for row in table.rows)
    if share <= MAX_TABLE_SHARE:
        return split >= 1
    return split >= MIN_GRID_ROWS and split >= len(table.rows) / 2


#: Share of the page width, at the left and at the right, where text written
#: sideways is page furniture (a page number, an e-signature stamp), not body.
SIDE_MARGIN = 0.1


def _upright_or_inside(obj: dict, width: float) -> bool:
    """False for a character written sideways in a side margin (dropped before lines are built)."""
    if obj.get("object_type") != "char" or obj.get("upright", True):
        return True
    return SIDE_MARGIN * width <= obj["x0"] and obj["x1"] <= (1 - SIDE_MARGIN) * width


#: A gap between two characters of a line wider than this many times the font
#: size separates two columns of text (a letterhead's two sides, a two-column page).
COLUMN_GAP = 3.0
#: A narrower gap, of this many font sizes, parts columns when it overlaps a column gap of the line
#: above or below (see :func:`_segments`).
NEAR_COLUMN_GAP = 1.5
#: A page is read as two columns when at least this share of its lines (and
#: :data:`MIN_COLUMN_LINES` of them) have a column gap at the same place.
COLUMN_SHARE = 0.5
MIN_COLUMN_LINES = 6
#: A gap between two characters wider than this share of their font size is a space between
#: words (pdfplumber's default, a fixed 3 pt, glues the words of small type: "đitheo chếđộ").
WORD_GAP = 0.15


def _styled(text: str, chars: list[dict], box: dict, number: int, table: bool = False) -> _Line:
    """A line with its most common font size and whether most of it is bold."""
    size = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0]
    bold = sum("bold" in c["fontname"].lower() for c in chars) > len(chars) / 2
    return _Line(text, box["x0"], box["x1"], box["top"], box["bottom"], number, table=table, size=size, bold=bold)


def _gaps(chars: list[dict], least: float) -> list[tuple[float, float, float]]:
    """The gaps between successive characters of a line wider than ``least`` times the font size:
    (where the gap starts, where it ends, its width in font sizes)."""
    ordered = sorted((c for c in chars if not c["text"].isspace()), key=lambda c: c["x0"])
    return [
        (a["x1"], b["x0"], (b["x0"] - a["x1"]) / b["size"])
        for a, b in zip(ordered, ordered[1:])
        if b["size"] > 0 and b["x0"] - a["x1"] > least * b["size"]
    ]


def _segments(chars: list[dict], number: int, near: Sequence[tuple[float, float]] = ()) -> _Line | None:
    """A line whose characters fall into parts separated by column gaps, as one row: its parts
    joined by " | " (a letterhead's two sides), the parts kept for column detection; None otherwise.

    A gap of :data:`COLUMN_GAP` font sizes parts columns; so does one of :data:`NEAR_COLUMN_GAP`
    that overlaps a column gap of the line above or below (``near``): a letterhead's sides stand
    closer on one line than on the next.
    """
    from pdfplumber.utils import extract_text

    ordered = sorted((c for c in chars if not c["text"].isspace()), key=lambda c: c["x0"])
    edges = [
        (start + end) / 2
        for start, end, width in _gaps(chars, NEAR_COLUMN_GAP)
        if width > COLUMN_GAP or any(start < hi and lo < end for lo, hi in near)
    ]
    if not edges:
        return None
    # every character (spaces too: they part the words) goes to the part its middle falls in
    bounds = [float("-inf"), *edges, float("inf")]
    parts = [[c for c in chars if lo <= (c["x0"] + c["x1"]) / 2 < hi] for lo, hi in zip(bounds, bounds[1:])]
    parts = [part for part in parts if any(not c["text"].isspace() for c in part)]
    texts = [" ".join(extract_text(part, x_tolerance_ratio=WORD_GAP).translate(FOLDS).split()) for part in parts]
    row = _styled(" | ".join(t for t in texts if t), ordered, _box(ordered), number, table=True)
    return replace(
        row, parts=tuple(_styled(text, part, _box(part), number) for text, part in zip(texts, parts) if text)
    )


def _box(chars: list[dict]) -> dict:
    return {
        "x0": min(c["x0"] for c in chars),
        "x1": max(c["x1"] for c in chars),
        "top": min(c["top"] for c in chars),
        "bottom": max(c["bottom"] for c in chars),
    }


def _columns(lines: list[_Line]) -> list[_Line]:
    """A two-column page's lines in reading order (the left column, then the right one); on other
    pages, lines with column gaps stay rows ("left | right")."""
    split = [line for line in lines if len(line.parts) == 2]
    if len(split) < max(MIN_COLUMN_LINES, COLUMN_SHARE * len(lines)):
        return lines
    gutters = sorted((line.parts[0].x1 + line.parts[1].x0) / 2 for line in split)
    gutter = gutters[len(gutters) // 2]
    left: list[_Line] = []
    right: list[_Line] = []
    for line in lines:
        for part in line.parts or (line,):
            (left if (part.x0 + part.x1) / 2 < gutter else right).append(part)
    return sorted(left, key=lambda line: line.top) + sorted(right, key=lambda line: line.top)


#: An unruled table starts at a line of at least this many parts (cells set apart by column gaps).
MIN_GRID_COLUMNS = 3


def _column_of(piece: _Line, bounds: list[float]) -> int | None:
    """The column a piece of a line stands in, between two of ``bounds`` (the middles of the gaps
    between columns); None when it runs across a gap."""
    edges = [float("-inf"), *bounds, float("inf")]
    for k in range(len(edges) - 1):
        if edges[k] - 1.0 <= piece.x0 and piece.x1 <= edges[k + 1] + 1.0:
            return k
    return None


def _unruled_run(lines: list[_Line], k: int) -> tuple[int, list[float]] | None:
    """The lines from ``lines[k]`` that make an unruled table: a row of :data:`MIN_GRID_COLUMNS`
    parts or more, then line after line (no wider gap than 1.5 line heights) rows of such parts
    and lines whose every piece stands in one of its columns (a cell's wrapped lines). (End of
    the run, the middles of the gaps between columns); None unless there are two rows at least
    and a wrapped line (else the rows are read as rows already)."""
    head = lines[k]
    if len(head.parts) < MIN_GRID_COLUMNS:
        return None
    bounds = [(a.x1 + b.x0) / 2 for a, b in zip(head.parts, head.parts[1:])]
    rows, wrapped, end = 1, 0, k + 1
    while end < len(lines) and _near(lines[end - 1], lines[end]):
        line = lines[end]
        if line.footnote or (line.table and not line.parts):
            break
        places = [_column_of(piece, bounds) for piece in line.parts or (line,)]
        if None in places or len(set(places)) < len(places):
            break
        if len(places) >= MIN_GRID_COLUMNS:
            rows += 1
        else:
            wrapped += 1
        end += 1
    return (end, bounds) if rows >= 2 and wrapped else None


def _unruled_rows(lines: list[_Line], bounds: list[float]) -> list[_Line]:
    """An unruled table's lines as one line per row, cells joined by " | ": a row starts at a line
    with text in the first column or in :data:`MIN_GRID_COLUMNS` columns; the other lines carry on
    the cells of the row above (wrapped cells, set from the top of the row)."""
    rows: list[tuple[list[_Line], list[list[str]]]] = []
    for line in lines:
        pieces = line.parts or (line,)
        places = [_column_of(piece, bounds) or 0 for piece in pieces]
        if not rows or 0 in places or len(places) >= MIN_GRID_COLUMNS:
            rows.append(([], [[] for _ in range(len(bounds) + 1)]))
        rows[-1][0].append(line)
        for piece, place in zip(pieces, places):
            rows[-1][1][place].append(piece.text)
    out = []
    for members, cells in rows:
        text = _row_text(cells)
        x0, x1 = min(m.x0 for m in members), max(m.x1 for m in members)
        top, bottom = members[0].top, max(m.bottom for m in members)
        out.append(_Line(text, x0, x1, top, bottom, members[0].page, table=True, size=members[0].size))
    return out


def _unruled_tables(lines: list[_Line]) -> list[_Line]:
    """A page's lines with each unruled table (see :func:`_unruled_run`) read one line per row."""
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        found = _unruled_run(lines, k)
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        end, bounds = found
        out += _unruled_rows(lines[k:end], bounds)
        k = end
    return out


def _near(upper: _Line, lower: _Line) -> bool:
    """Whether a line follows another closely: the gap between them under 1.5 line heights."""
    return lower.top - upper.bottom < 1.5 * (lower.bottom - lower.top)


def _band(lines: list[_Line], seed: int, floor: int) -> tuple[int, int, set[int]] | None:
    """The run of lines around a row with one column gap ``lines[seed]`` (a letterhead's first line,
    "Nơi nhận:" level with the signer's office), not above ``lines[floor]``, that stand on either
    side of that gap, line after line (no wider gap than 1.5 line heights between them): (first,
    last + 1, the indices of the one-sided lines on the right); None when ``lines[seed]`` is no such
    row, when the run is not two blocks of two and three lines at least, or when every line of the
    run has both sides (rows: a letterhead)."""
    if len(lines[seed].parts) != 2:
        return None
    lo, hi = lines[seed].parts[0].x1, lines[seed].parts[1].x0
    right: set[int] = set()

    def fits(k: int) -> bool:
        nonlocal lo, hi
        line, middle = lines[k], (lo + hi) / 2
        if line.footnote or (line.table and len(line.parts) != 2):
            return False
        if line.parts:
            new_lo, new_hi = max(lo, line.parts[0].x1), min(hi, line.parts[1].x0)
        elif line.x1 <= hi and (line.x0 + line.x1) / 2 < middle:
            new_lo, new_hi = max(lo, line.x1), hi
        elif line.x0 >= lo and (line.x0 + line.x1) / 2 >= middle:
            new_lo, new_hi = lo, min(hi, line.x0)
        else:
            return False
        if new_hi - new_lo < line.size:  # the sides would touch: a centred line across the gap
            return False
        if not line.parts and (line.x0 + line.x1) / 2 >= middle:
            right.add(k)
        lo, hi = new_lo, new_hi
        return True

    first, end = seed, seed + 1
    while first > floor and _near(lines[first - 1], lines[first]) and fits(first - 1):
        first -= 1
    while end < len(lines) and _near(lines[end - 1], lines[end]) and fits(end):
        end += 1
    # a rule drawn with characters ("_______" under a name) pairs with nothing and says nothing
    if all(lines[k].parts or not any(c.isalnum() for c in lines[k].text) for k in range(first, end)):
        return None
    sides = sorted((sum(bool(lines[k].parts) or k in right for k in range(first, end)), end - first - len(right)))
    if sides[0] < 2 or sides[1] < 3:  # two blocks, not a two-line formula beside its left-hand side
        return None
    return first, end, right


def _side_by_side(lines: list[_Line]) -> list[_Line]:
    """Lines in reading order where two blocks stand side by side and their lines do not pair up: a
    letterhead whose date is level with nothing on the left, the recipients ("Nơi nhận") on the left
    of the signature. Such a run is read as its left side, then its right side, each line a line of
    its own; a run whose every line has both sides stays rows ("left | right")."""
    out: list[_Line] = []
    floor = k = 0
    while k < len(lines):
        found = _band(lines, k, floor)
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        first, end, right = found
        del out[len(out) - (k - first) :]  # the lines above the row that belong to its run
        run = list(enumerate(lines[first:end], first))
        out += [replace(line.parts[0] if line.parts else line, side=1) for j, line in run if j not in right]
        out += [replace(line.parts[1] if line.parts else line, side=2) for j, line in run if line.parts or j in right]
        floor = k = end
    return out


#: A footnote reference mark is set at most this share of the size of the
#: character it follows, and raised by at least :data:`MARK_RAISE` of that size.
MARK_SIZE = 0.8
MARK_RAISE = 0.15


def _reference_marks(chars: list[dict]) -> set[int]:
    """The ids of the characters that are footnote reference marks: digits (or ``*``)
    set smaller and raised right after a word ("tỉnh²"), which would otherwise be
    read as part of it ("tỉnh2")."""
    import bisect

    solid = sorted((c for c in chars if c.get("upright", True) and not c["text"].isspace()), key=lambda c: c["x1"])
    ends = [c["x1"] for c in solid]
    marks: set[int] = set()
    for c in sorted(solid, key=lambda c: c["x0"]):
        if not (c["text"].isdigit() or c["text"] == "*"):
            continue
        tolerance = 0.3 * c["size"] + 0.5
        lo, hi = bisect.bisect_left(ends, c["x0"] - tolerance), bisect.bisect_right(ends, c["x0"] + tolerance)
        for before in solid[lo:hi]:
            if before is c or not (before["top"] - before["size"] < c["top"] < before["bottom"]):
                continue
            if id(before) in marks or (
                c["size"] <= MARK_SIZE * before["size"]
                and c["bottom"] <= before["bottom"] - MARK_RAISE * before["size"]
            ):
                marks.add(id(c))
                break
    return marks


def _beyond(page, bbox: tuple[float, float, float, float], right: float) -> str:
    """The text of a table row that runs past the table's right edge (a column cut by the page's
    edge: the table finder stops at the last ruling, the text goes on), as one more cell."""
    from pdfplumber.utils import extract_text

    top, bottom = bbox[1], bbox[3]
    chars = [c for c in page.chars if c["x0"] >= right - 0.5 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    return " ".join(extract_text(chars, x_tolerance_ratio=WORD_GAP).translate(FOLDS).split()) if chars else ""


def _within(inner: tuple, outer: tuple, slack: float = 0.5) -> bool:
    """Whether a box (x0, top, x1, bottom) lies inside another."""
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _unruled_cells(page, table, row, texts: list[str]) -> None:
    """Fill in ``texts`` (a row's cell texts) for the cells the table finder found no box for: a cell
    whose ruling is missing (an exported sheet's border not drawn) holds text that no cell gives and
    that is not read as a line either, being inside the table. Text inside a cell of another row (a
    cell merged down the rows) is that cell's."""
    from pdfplumber.utils import extract_text

    if all(cell is not None for cell in row.cells):
        return
    x0, top, x1, bottom = row.bbox

    def centre(c: dict) -> tuple[float, float]:
        return (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2

    def boxed(c: dict) -> bool:
        x, y = centre(c)
        return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in table.cells)

    loose = [c for c in page.chars if x0 <= centre(c)[0] <= x1 and top <= centre(c)[1] <= bottom and not boxed(c)]
    cells = row.cells
    for k, cell in enumerate(cells):
        if cell is not None or (k and cells[k - 1] is None) or not loose:
            continue
        left = max((c[2] for c in cells[:k] if c is not None), default=x0)
        right = min((c[0] for c in cells[k:] if c is not None), default=x1)
        chars = [c for c in loose if left <= centre(c)[0] < right]
        texts[k] = " ".join(extract_text(chars, x_tolerance_ratio=WORD_GAP).translate(FOLDS).split()) if chars else ""


def _table_rows(page, table) -> list[tuple[tuple[float, float, float, float], list[str]]]:
    """A ruled table's rows as (box, cell texts). A row ruled inside the row above (a shaded or boxed
    line within a merged cell, between empty edge cells that run down beside it) is joined to it cell
    by cell, not read as a row of its own; the rows beside a merged cell that holds text (a number
    merged down two rows) stay rows."""
    right = table.bbox[2]
    rows: list[tuple[tuple[float, float, float, float], list[str]]] = []
    above = None  # the last row kept, and its own cell texts
    for row, cells in zip(table.rows, table.extract(x_tolerance_ratio=WORD_GAP)):
        texts = [PARAGRAPH_IN_CELL.join(_cell_paragraphs((c or "").translate(FOLDS))) for c in cells]
        _unruled_cells(page, table, row, texts)
        texts.append(_beyond(page, row.bbox, right))
        if above is not None and _within(row.bbox, above[0].bbox):
            beside = [k for k, cell in enumerate(above[0].cells) if cell is not None and cell[3] >= row.bbox[3] - 0.5]
            if not any(above[1][k] for k in beside):
                rows[-1] = (rows[-1][0], [" ".join(t for t in pair if t) for pair in zip(rows[-1][1], texts)])
                continue
        rows.append((row.bbox, texts))
        above = (row, texts)
    return rows


#: Between the paragraphs of a cell's text, until the row is made blocks (:func:`.cells.row_blocks`).
PARAGRAPH_IN_CELL = "\n"


def _row_text(cells) -> str:
    """A table row as one line: each cell's pieces joined by a space, the cells by " | "."""
    return " | ".join(" ".join(cell) for cell in cells if cell)


def _rows_across_pages(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Join a table row that a page break cut in two: a page whose body starts with a row whose
    first cell is empty, after a page whose body ended with a row of as many cells, goes on with
    that row (a cell's text continues its last paragraph unless it starts an item)."""
    out: list[list[_Line]] = []
    for lines in pages:
        lines = list(lines)
        body = [k for k, line in enumerate(lines) if not line.footnote]
        previous = next((page for page in reversed(out) if any(not x.footnote for x in page)), None)
        if body and previous is not None:
            first = lines[body[0]]
            end = max(k for k, line in enumerate(previous) if not line.footnote)
            last = previous[end]
            if first.cells and last.cells and len(first.cells) == len(last.cells) and not first.cells[0]:
                cells = tuple(_continue_cell(a, b) for a, b in zip(last.cells, first.cells))
                text = _row_text(cells)
                previous[end] = replace(last, text=text, cells=cells)
                del lines[body[0]]
        out.append(lines)
    return out


def _continue_cell(above: tuple[str, ...], below: tuple[str, ...]) -> tuple[str, ...]:
    if above and below and not _ITEM_START.match(below[0]):
        return (*above[:-1], _join(above[-1], below[0]), *below[1:])
    return above + below


def _row_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Each ruled table row as its lines: one for a row of short cells, one per paragraph for a row
    whose cell holds body text (:func:`.cells.row_blocks`, as in Word files)."""
    out = []
    for lines in pages:
        page: list[_Line] = []
        for line in lines:
            if not line.cells:
                page.append(line)
                continue
            blocks = row_blocks([list(cell) for cell in line.cells], f"page {line.page}")
            page += [
                replace(line, text=block.text, top=line.top + k * 1e-3, cells=()) for k, block in enumerate(blocks)
            ]
        out.append(page)
    return out


def _cell_paragraphs(text: str) -> list[str]:
    """A ruled cell's lines as paragraphs: a line that starts an item (a number, a bullet) starts
    one, the other lines are a paragraph's wrapped lines."""
    paragraphs: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if paragraphs and line and not _ITEM_START.match(line):
            paragraphs[-1] = _join(paragraphs[-1], line)
        elif line:
            paragraphs.append(line)
    return paragraphs


def _text_line(chars: list[dict]) -> dict:
    """A text line (as pdfplumber's ``extract_text_lines`` gives) made of these characters."""
    from pdfplumber.utils import extract_text

    chars = sorted(chars, key=lambda c: c["x0"])
    solid = [c for c in chars if not c["text"].isspace()] or chars
    return {"text": extract_text(chars, x_tolerance_ratio=WORD_GAP), "chars": chars, **_box(solid)}


def _insert(line: dict, stamp: list[dict]) -> dict:
    """A text line with an annotation's characters put in at their place: a number written into the
    blank of "Số:     /UBND" or "ngày    tháng". It keeps a word space from the words on either side,
    except next to a code's "/" or "-" ("Số: 295/VP-CTHĐND")."""
    solid = [c for c in line["chars"] if not c["text"].isspace()]
    left, right = min(c["x0"] for c in stamp), max(c["x1"] for c in stamp)
    middle = (left + right) / 2
    before = [c for c in solid if (c["x0"] + c["x1"]) / 2 < middle]
    after = [c for c in solid if (c["x0"] + c["x1"]) / 2 >= middle]
    prev = max(before, key=lambda c: c["x1"], default=None)
    nxt = min(after, key=lambda c: c["x0"], default=None)
    shift = 0.0
    if nxt is not None and nxt["text"] in "/-":
        shift = nxt["x0"] - right
    elif prev is not None and prev["text"] in "/-":
        shift = prev["x1"] - left
    # at the line's height too: a stamp drawn a few points higher than the line (a filled date "26", "3" in
    # "ngày    tháng") would otherwise make a line of its own above it, inside the line's text
    words = solid or line["chars"]
    level = {"top": min(c["top"] for c in words), "doctop": min(c["doctop"] for c in words)}
    level["bottom"] = max(c["bottom"] for c in words)
    moved = [{**c, **level, "x0": c["x0"] + shift, "x1": c["x1"] + shift} for c in stamp]
    spaces = []  # put just outside the stamp's characters, so that they sort between it and the words
    for near, edge in ((prev, left + shift - 0.01), (nxt, right + shift + 0.01)):
        if near is not None and near["text"] not in "/-":
            spaces.append({**near, "text": " ", "x0": edge, "x1": edge})
    return _text_line([c for c in line["chars"] if c in before or c in after or c["text"].isspace()] + moved + spaces)


def _with_annotations(lines: list[dict], stamps: list[list[dict]]) -> list[dict]:
    """Text lines with the text of annotations added: put into the line it is level with, or else
    as a line of its own where it stands (an e-signature stamp in the page's corner)."""
    from pdfplumber.utils import chars_to_textmap

    lines = list(lines)
    for stamp in stamps:
        for part in chars_to_textmap(stamp, x_tolerance_ratio=WORD_GAP).extract_text_lines(return_chars=True):
            chars = [c for c in part["chars"] if c.get("annotation")]
            if not chars or not part["text"].strip():
                continue
            middle = (part["top"] + part["bottom"]) / 2
            size = max(c["size"] for c in chars)
            host = next(
                (
                    k
                    for k, line in enumerate(lines)
                    if line["top"] <= middle <= line["bottom"]
                    and line["x0"] - 2 * size <= part["x0"]
                    and part["x1"] <= line["x1"] + 2 * size
                ),
                None,
            )
            if host is None:
                lines.append({**_text_line(chars), "annotation": True})
            else:
                lines[host] = _insert(lines[host], chars)
    return lines


def _adjacent(a: dict, b: dict) -> bool:
    """Whether two text lines are next to each other: the gap between them under 1.5 line heights."""
    upper, lower = (a, b) if a["top"] <= b["top"] else (b, a)
    return lower["top"] - upper["bottom"] < 1.5 * (lower["bottom"] - lower["top"])


def _page_lines(page, number: int) -> list[_Line]:
    """The text lines of a page, with each ruled table's rows in place of its lines.

    Characters written sideways in the side margins are left out first:
    they would be read as a line of their own, or glued into a body line
    level with them; so are footnote reference marks glued to a word.
    """
    width = float(page.width)
    for char in page.chars:  # a glyph its font maps to no character: pdfminer writes "(cid:12)"
        if char["text"].startswith("(cid:"):
            char["text"] = "\ufffd"  # one mark per glyph, as the unmapped pages are found and told
    page = page.filter(lambda obj: _upright_or_inside(obj, width))
    marks = _reference_marks(page.chars)
    if marks:
        page = page.filter(lambda obj: id(obj) not in marks)
    tables = [t for t in page.find_tables() if _is_table(t, page)]
    boxes = [t.bbox for t in tables]
    lines = []
    raw = [
        line
        for line in page.extract_text_lines(strip=True, return_chars=True, x_tolerance_ratio=WORD_GAP)
        if line["text"].strip() and not any(_inside(line, box) for box in boxes)
    ]
    raw = sorted(_with_annotations(raw, annotation_chars(page)), key=lambda line: line["top"])
    wide = [[(start, end) for start, end, width in _gaps(line["chars"], COLUMN_GAP)] for line in raw]
    for k, line in enumerate(raw):
        near = [gap for j in (k - 1, k + 1) if 0 <= j < len(raw) and _adjacent(raw[j], line) for gap in wide[j]]
        text = line["text"].translate(FOLDS).strip()
        chars = [c for c in line["chars"] if not c["text"].isspace()] or line["chars"]
        read = _segments(line["chars"], number, near) or _styled(text, chars, line, number)
        lines.append(replace(read, annotation=True) if line.get("annotation") else read)
    for table in tables:
        for bbox, texts in _table_rows(page, table):
            cells = tuple(tuple(p for p in t.split(PARAGRAPH_IN_CELL) if p) for t in texts)
            text = _row_text(cells)
            if text:
                x0, top, x1, bottom = bbox
                lines.append(_Line(text, x0, x1, top, bottom, number, table=True, cells=cells))
    lines.sort(key=lambda line: (line.top, line.x0))
    columns = _columns(lines)
    return columns if columns is not lines else _side_by_side(_unruled_tables(lines))


#: A footnote is set at least this many points smaller than its page's body text.
FOOTNOTE_SMALLER = 0.9
_FOOTNOTE_START = re.compile(r"^(\d{1,3}|\*{1,3}|\(\d{1,3}\))\s*\S")


def _mark_footnotes(lines: list[_Line]) -> list[_Line]:
    """Mark the footnotes at the foot of a page: the last lines, set smaller than the page's
    body text, the first of them starting with a footnote number ("1 Gồm ...", "(2) ...")."""
    sized = [line for line in lines if not line.table and line.size > 0]
    if len(sized) < 3:
        return lines
    weight: Counter = Counter()
    for line in sized:
        weight[line.size] += len(line.text)
    body = weight.most_common(1)[0][0]
    first = len(lines)
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if line.table or not 0 < line.size <= body - FOOTNOTE_SMALLER:
            break
        first = k
    starts = [k for k in range(first, len(lines)) if _FOOTNOTE_START.match(lines[k].text)]
    if not starts or first == 0:
        return lines
    first = starts[0]  # small lines above the first footnote number are body (a caption, a table note)
    return lines[:first] + [replace(line, footnote=True) for line in lines[first:]]


def _drop_running(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Remove page numbers and lines repeated in the top or bottom margin of most pages. A stamp
    repeated on every page (an e-signature's number and signing time) is kept once, where it first
    stands: it is the document's, not a running header."""

    def in_margin(line: _Line, height: float) -> bool:
        return line.top < MARGIN * height or line.bottom > (1 - MARGIN) * height

    def key(line: _Line) -> str:
        return _DIGITS.sub("#", line.text.lower())

    counts: Counter = Counter()  # on how many pages each margin line occurs
    for lines, h in zip(pages, heights):
        counts.update({key(line) for line in lines if in_margin(line, h)})
    need = max(2, REPEATED * len(pages))
    stamps: set[str] = set()  # the annotation lines kept so far

    def running(line: _Line, height: float) -> bool:
        if not in_margin(line, height):
            return False
        if _PAGE_NUMBER.match(line.text):
            return True
        if line.annotation:
            seen = line.text in stamps
            stamps.add(line.text)
            return seen
        return len(pages) > 1 and counts[key(line)] >= need

    out = []
    for lines, h in zip(pages, heights):
        out.append([line for line in lines if not running(line, h)])
    return out


_CODE_PART = re.compile(r"[A-ZĐ0-9][A-ZĐ0-9Ư]*-$")


def _join(prev: str, nxt: str) -> str:
    if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and nxt[:1].islower():
        return prev[:-1] + nxt  # a hyphenated word
    if _CODE_PART.search(prev.rsplit(" ", 1)[-1]) and nxt[:1].isupper():
        return prev + nxt  # a document code broken at its hyphen: "QĐ-" + "UBND"
    return f"{prev} {nxt}"


#: A page of at least this many letters whose Vietnamese-specific letters are
#: fewer than :data:`MIN_VIETNAMESE_SHARE` of them is reported: its font may
#: have no Unicode map (the text layer holds other characters than the page shows).
MIN_LETTERS_CHECKED = 300
MIN_VIETNAMESE_SHARE = 0.03


#: A page with a "?" or U+FFFD inside a word for this share of its letters or more ("GIÁO D?C",
#: "tr??ng"), and :data:`MIN_UNMAPPED` such marks at least (a short page too: a signature page),
#: has a text layer whose fonts map some glyphs to no character.
MAX_UNMAPPED_SHARE = 0.03
MIN_UNMAPPED = 5
_UNMAPPED = re.compile(r"(?<=\w)[?\ufffd]|[?\ufffd](?=\w)")


def _odd_pages(pages: list[list[_Line]]) -> list[int]:
    """Pages whose text layer does not look Vietnamese, in a document that mostly does, and pages
    whose text is mostly "?" (glyphs the PDF's fonts map to no character)."""
    from .txt import viet_score

    scores, unmapped = {}, []
    for lines in pages:
        text = " ".join(line.text for line in lines)
        letters = sum(c.isalpha() for c in text)
        marks = len(_UNMAPPED.findall(text))
        if marks >= MIN_UNMAPPED and marks >= MAX_UNMAPPED_SHARE * letters:
            unmapped.append(lines[0].page)
            continue
        if lines and letters >= MIN_LETTERS_CHECKED:
            scores[lines[0].page] = viet_score(text)
    vietnamese = [p for p, v in scores.items() if v >= MIN_VIETNAMESE_SHARE]
    if len(vietnamese) < len(scores) / 2:  # not a Vietnamese document (or none of it reads): nothing to compare
        return unmapped
    return sorted(unmapped + [p for p, v in scores.items() if v < MIN_VIETNAMESE_SHARE])


def _geometry(lines: list[_Line]) -> tuple[float, float, float]:
    """Left edge, right edge and text width of one page's lines (pages may differ: landscape ones).

    The right edge is where most full lines end (the 80th percentile of the
    ends of lines of 30 characters or more), not the longest line: ragged
    text and one overlong line would move it.
    """
    body = [line for line in lines if not line.table] or lines
    left = statistics.median(line.x0 for line in body)
    ends = sorted(line.x1 for line in body if len(line.text) >= 30) or sorted(line.x1 for line in body)
    right = ends[int(0.8 * (len(ends) - 1))]
    return left, right, max(right - left, 1.0)


def _paragraphs(pages: list[list[_Line]]) -> list[Block]:
    """Lines joined back into paragraphs.

    A line starts a new paragraph after a wider gap than the document's
    usual line spacing, after a line that ended short of the page's right
    edge or in another font size or weight (unless the sentence goes on in
    lower case), when it is indented after a finished sentence, when it
    starts an item ("1.", "a)", "-", "Một là"), and around table rows. Across a page break a paragraph goes
    on unless the last line finished a sentence or ended short.
    """
    lines = [line for page in pages for line in page if not line.footnote]
    notes = _footnote_blocks([line for page in pages for line in page if line.footnote])
    if not lines:
        return [block for _, block in notes]
    gaps = [
        b.top - a.bottom
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and b.top > a.bottom and not (a.table or b.table)
    ]
    gap = statistics.median(gaps) if gaps else 0.0
    geometry = {page[0].page: _geometry(page) for page in pages if page}
    blocks: list[Block] = []
    text = lines[0].text
    where = _where(lines[0])
    for prev, line in zip(lines, lines[1:]):
        left, _, width = geometry[line.page]
        prev_right, prev_width = geometry[prev.page][1:]
        ends = prev.text[-1] in _SENTENCE_END
        short = prev.x1 < prev_right - 0.15 * prev_width
        continues = line.text[:1].islower() and not ends
        if line.page == prev.page:
            wide_gap = line.top - prev.bottom > 1.6 * gap + 1.0
        else:  # a page break: continue a sentence left open, whatever case the next page starts in
            wide_gap = ends or short
        indented = line.x0 - left > 0.03 * width
        restyled = abs(line.size - prev.size) > 0.6 or line.bold != prev.bold  # a heading and its text
        restyled = restyled or (_capitals(prev.text) and not _capitals(line.text))  # a title, then its subtitle
        if (
            prev.table
            or line.table
            or prev.annotation
            or line.annotation
            or ((prev.side or line.side) and not continues)
            or wide_gap
            or (restyled and not continues)
            or (short and not continues)
            or (indented and ends)
            or _ITEM_START.match(line.text)
        ):
            blocks.append(Block(text, where))
            # the footnotes of the pages a paragraph has left go after it, not inside a paragraph that runs on
            while notes and notes[0][0] < line.page:
                blocks.append(notes.pop(0)[1])
            text, where = line.text, _where(line)
        else:
            text = _join(text, line.text)
    blocks.append(Block(text, where))
    return blocks + [block for _, block in notes]


def _capitals(text: str) -> bool:
    """Whether a line is set in capitals (a title's line): four letters at least, none lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


def _where(line: _Line) -> str:
    return f"page {line.page}, annotation" if line.annotation else f"page {line.page}"


def _footnote_blocks(lines: list[_Line]) -> list[tuple[int, Block]]:
    """Footnote lines as one block per footnote (a new one at each footnote number), with their page."""
    notes: list[tuple[int, Block]] = []
    for line in lines:
        if notes and notes[-1][0] == line.page and not _FOOTNOTE_START.match(line.text):
            page, block = notes[-1]
            notes[-1] = (page, Block(_join(block.text, line.text), block.where))
        else:
            notes.append((line.page, Block(line.text, f"page {line.page}, footnote")))
    return notes


class _Collect(logging.Handler):
    """Counts a library's log records (and keeps the first) instead of printing them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.first = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.first = self.first or record.getMessage()


@contextmanager
def _pdfminer_log() -> Iterator[_Collect]:
    """pdfminer's warnings about a damaged file, collected rather than printed on stderr."""
    logger = logging.getLogger("pdfminer")
    handler, propagate = _Collect(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _inflated_size(stream: memoryview, limit: int) -> int:
    """Bytes a zlib stream expands to, counted up to just past ``limit`` (0 if not zlib)."""
    inflater = zlib.decompressobj()
    try:
        total = len(inflater.decompress(stream, _STEP))
        # until the input is used up or the stream ends: bytes after its end stay in the tail, and inflating
        # them gives nothing (the loop would never end)
        while inflater.unconsumed_tail and not inflater.eof and total <= limit:
            total += len(inflater.decompress(inflater.unconsumed_tail, _STEP))
    except zlib.error:  # not Flate-encoded, or damaged: pdfminer will say
        return 0
    return total


def check_streams(data: bytes, path: str | os.PathLike) -> None:
    """Refuse a PDF whose compressed streams expand past the budget, without expanding them whole.

    pdfminer inflates a stream in one piece when it reads it: a 4 MB file
    with a 4 GiB stream would take 4 GiB of memory.

    Raises
    ------
    InputError
        If one stream expands past :data:`~.budget.MAX_EXPANDED_BYTES`, or
        all together past :data:`MAX_EXPANDED_TOTAL`.
    """
    view, total = memoryview(data), 0
    for match in _STREAM_START.finditer(data):
        end = data.find(b"endstream", match.end())
        size = _inflated_size(view[match.end() : end if end >= 0 else len(data)], MAX_EXPANDED_BYTES)
        if size > MAX_EXPANDED_BYTES:
            raise InputError(
                path, f"a PDF stream expands to more than {MAX_EXPANDED_BYTES:,} bytes, like a zip bomb: refused"
            )
        total += size
        if total > MAX_EXPANDED_TOTAL:
            raise InputError(path, f"the PDF's streams expand to more than {MAX_EXPANDED_TOTAL:,} bytes: refused")


def read_blocks(data: bytes, path: str | os.PathLike) -> tuple[list[Block], tuple[str, ...]]:
    """The paragraphs of a PDF's text layer, and warnings about the file.

    pdfminer's complaints about a damaged file are not printed: they become
    one warning ("the PDF's structure has N problems ...").

    Raises
    ------
    InputError
        If pdfplumber is not installed, the PDF is damaged or encrypted, or
        it has no text layer.
    """
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:
        raise InputError(path, 'reading PDF needs an extra: pip install "nq35cls[pdf]"') from None
    check_streams(data, path)
    try:
        with _pdfminer_log() as log, pdfplumber.open(io.BytesIO(data)) as pdf:
            pages, heights, cut, scanned = [], [], [], []
            for n, page in enumerate(pdf.pages, start=1):
                pages.append(_page_lines(page, n))
                if page.images and all(line.annotation for line in pages[-1]):
                    scanned.append(n)  # a picture of a page, perhaps with a signing stamp on it: no text layer
                heights.append(float(page.height))
                width = float(page.width)
                if any((c["x0"] > width or c["x1"] < 0) and not c["text"].isspace() for c in page.chars):
                    cut.append(n)
                page.close()  # its parsed objects are released page by page: memory flat in page count
    except Exception as exc:  # pdfminer raises many kinds on damaged files; pdfplumber wraps them
        causes = [exc, *exc.args, exc.__context__]
        if any(isinstance(c, PDFPasswordIncorrect) or type(c).__name__.startswith("PDFEncrypt") for c in causes):
            raise InputError(path, "password-protected PDF: save an unprotected copy") from None
        detail = next((c for c in exc.args if isinstance(c, BaseException)), exc)
        raise InputError(path, "damaged PDF file (its structure cannot be read)", detail=cause(detail)) from None
    if all(line.annotation for lines in pages for line in lines):  # a scan: its stamps are read by OCR with it
        return _read_by_ocr(data, path)
    warnings: tuple[str, ...] = ()
    read_by_ocr: dict[int, list[Block]] = {}
    if scanned:  # pictures of pages among pages of text (a scanned appendix): read by OCR, in their place
        read_by_ocr, told = _ocr_pages(data, path, scanned)
        warnings += (told,) if told else ()
        for n in read_by_ocr:
            pages[n - 1] = []
    if log.count:
        warnings += (f"the PDF's structure has {log.count} problem(s) (first: {log.first}); some text may be missing",)
    if cut:
        shown = _page_list(cut)
        warnings += (
            f"text runs past the page's edge on page(s) {shown} (cut off when printed): read as it stands, check those pages",
        )
    odd = _odd_pages(pages)
    if odd:
        shown = _page_list(odd)
        warnings += (
            f"the text layer of page(s) {shown} does not look Vietnamese (a font without a Unicode map?): check those pages",
        )
    pages = _row_lines(_rows_across_pages([_mark_footnotes(lines) for lines in _drop_running(pages, heights)]))
    return _with_pages(_paragraphs(pages), read_by_ocr), warnings


def _page_list(numbers: list[int]) -> str:
    """Page numbers as a warning names them: the first ten ("3, 7, 12, ...")."""
    return ", ".join(map(str, numbers[:10])) + (", ..." if len(numbers) > 10 else "")


def _ocr_blocks(number: int, paragraphs: list[str]) -> list[Block]:
    """The blocks of the paragraphs OCR read on page ``number``."""
    return [Block(text.translate(FOLDS), f"page {number} (OCR)") for text in paragraphs]


def _with_pages(blocks: list[Block], inserted: dict[int, list[Block]]) -> list[Block]:
    """``blocks`` with the blocks of other pages (``inserted``: by page number) put in their place: before the
    first block of a later page (every block's location starts with its page, "page 3, footnote")."""
    out = list(blocks)
    for n in sorted(inserted, reverse=True):
        at = next((k for k, b in enumerate(out) if _page_of(b) > n), len(out))
        out[at:at] = inserted[n]
    return out


#: The page of a PDF block's location.
_PAGE_OF = re.compile(r"page (\d+)")


def _page_of(block: Block) -> int:
    found = _PAGE_OF.match(block.where)
    return int(found.group(1)) if found else 0


def _ocr_pages(data: bytes, path: str | os.PathLike, numbers: list[int]) -> tuple[dict[int, list[Block]], str]:
    """The paragraphs OCR reads on the pages ``numbers`` (pictures of pages among pages of text), those where it
    reads any, and what to tell the user: that they were read so, or, without OCR, that they were not read."""
    import pdfplumber

    from . import ocr

    shown = _page_list(numbers)
    if not ocr.available():
        return {}, f"page(s) {shown} have no text layer (scanned?) and were not read: {ocr.INSTALL_HINT}"
    found: dict[int, list[Block]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for n in numbers[: ocr.MAX_PAGES]:
                page = pdf.pages[n - 1]
                paragraphs = ocr.page_paragraphs(page, annotations=not signatures_only(page))
                if paragraphs:  # (a picture without text, a photo: the page stays as it was)
                    found[n] = _ocr_blocks(n, paragraphs)
                page.close()
    except OSError as exc:
        return {}, f"page(s) {shown} have no text layer (scanned?), and OCR failed ({exc}): not read"
    if not found:
        return {}, ""
    total = sum(map(len, found.values()))
    return (
        found,
        f"page(s) {_page_list(list(found))} without a text layer read by OCR (Tesseract, {total} paragraphs); "
        "check names and figures",
    )


def _read_by_ocr(data: bytes, path: str | os.PathLike) -> tuple[list[Block], tuple[str, ...]]:
    """The paragraphs of an image-only PDF read by OCR (:mod:`.ocr`), or a clear refusal."""
    import pdfplumber

    from . import ocr

    if not ocr.available():
        raise InputError(path, f"PDF has no text layer (a scanned image?): {ocr.INSTALL_HINT}, or run OCR on it first")
    blocks = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not pdf.pages:  # a page tree pdfminer cannot find (a cross-reference table one entry off)
                blocks = _rendered_by_pdfium(data, path)
            elif len(pdf.pages) > ocr.MAX_PAGES:
                raise InputError(
                    path, f"PDF has no text layer and {len(pdf.pages)} pages, more than {ocr.MAX_PAGES} to OCR"
                )
            for n, page in enumerate(pdf.pages, start=1):
                if page.images:  # a page without an image has nothing to read
                    paragraphs = ocr.page_paragraphs(page, annotations=not signatures_only(page))
                    blocks += _ocr_blocks(n, paragraphs)
                page.close()
    except OSError as exc:
        raise InputError(path, f"scanned PDF, and OCR failed ({exc})") from None
    if not blocks:
        raise InputError(path, "PDF has no text layer, and OCR found no text on its pages")
    return blocks, (f"no text layer: read by OCR (Tesseract, {len(blocks)} paragraphs); check names and figures",)


def _rendered_by_pdfium(data: bytes, path: str | os.PathLike) -> list[Block]:
    """The paragraphs OCR reads on the pages of a PDF whose pages pdfminer does not find but PDFium
    (pdfplumber's renderer) does, rebuilding a damaged cross-reference table as viewers do."""
    import pypdfium2

    from . import ocr

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise InputError(path, "damaged PDF file (no page found)", detail=cause(exc)) from None
    try:
        if len(document) == 0:
            raise InputError(path, "damaged PDF file (no page found)")
        if len(document) > ocr.MAX_PAGES:
            raise InputError(path, f"PDF has no text layer and {len(document)} pages, more than {ocr.MAX_PAGES} to OCR")
        blocks = []
        for n in range(len(document)):
            picture = document[n].render(scale=ocr.RESOLUTION / 72).to_pil()
            blocks += _ocr_blocks(n + 1, ocr.picture_paragraphs(picture))
        return blocks
    finally:
        document.close()
