"""Table rows of Word files as text blocks, the same for .docx and .doc.

A row of short cells is one block, its cells joined by `` | `` ("Hội nghị |
10 | 12"); the short paragraphs of one cell (the lines of a letterhead:
issuing body, number; a timetable's "- Sáng", "- Chiều") are joined by a
space, as a reader reads the row, each with its list number in front.
A row that is really body text set in a table (a form or a layout table
whose cell holds whole sections, numbered headings and long paragraphs) is
read as body text: every paragraph of its cells is a block of its own, so
that no paragraph break and no list number is lost and each paragraph is
labeled on its own.
"""

from __future__ import annotations

from . import Block

#: What stands for a paragraph break inside a cell, when the row is one block
#: (a space: the header reader of :mod:`nq35cls.metadata` expects letterhead cells so).
PARAGRAPH_BREAK = " "
#: A cell of at least this many paragraphs, or of this many characters in
#: more than one paragraph, holds body text: its row is read paragraph by paragraph.
_MANY_PARAGRAPHS = 4
_LONG_CELL = 400


def row_blocks(cells: list[list[str]], where: str) -> list[Block]:
    """The blocks of one table row.

    Parameters
    ----------
    cells : list of list of str
        Each cell's paragraphs (cleaned, list numbers in front), in order.
    where : str
        The row's position ("table 2, row 3").

    Returns
    -------
    list of Block
        One block for the row, or one per paragraph when a cell of several
        paragraphs holds body text or is the row's only cell with text.
    """
    cells = [[p for p in cell if p] for cell in cells]
    filled = [(c, cell) for c, cell in enumerate(cells, start=1) if cell]
    if not filled:
        return []
    body = any(
        len(cell) > 1 and (len(filled) == 1 or len(cell) >= _MANY_PARAGRAPHS or sum(map(len, cell)) >= _LONG_CELL)
        for _, cell in filled
    )
    if body:
        return [
            Block(paragraph, f"{where}, cell {c}" if len(filled) > 1 else where)
            for c, cell in filled
            for paragraph in cell
        ]
    return [Block(" | ".join(PARAGRAPH_BREAK.join(cell) for _, cell in filled), where)]
