"""Text of scanned pages by OCR, with Tesseract when it is installed (optional).

A PDF without a text layer (an image-only scan) is read by running the
``tesseract`` program with its Vietnamese data on each page rendered at
:data:`RESOLUTION` dpi. Tesseract is a system program, not a Python package:
``apt install tesseract-ocr tesseract-ocr-vie`` (Debian, Ubuntu), or the
installer of the Tesseract project elsewhere. Without it such a PDF is
refused with a message saying so.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

#: Rendering resolution of a page for OCR: Tesseract reads body text best at about 300 dpi.
RESOLUTION = 300
#: Longest scan read by OCR (a few seconds a page); longer ones are refused.
MAX_PAGES = 200
#: Tesseract's language data for Vietnamese.
LANGUAGE = "vie"
#: OpenMP threads of one Tesseract run, unless the environment sets ``OMP_THREAD_LIMIT``: its own threads fight
#: over the cores (a page took 19 s with them against 2.4 s with one on this project's 2-core machine,
#: ``benchmarks/bench_ocr_threads.py``), and a batch's workers already use every core.
THREADS = "1"
#: A header's two blocks side by side ("ỦY BAN NHÂN DÂN" beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 46/BC-UBND"
#: beside "An Lâm, ngày 24 tháng 01 năm 2025") are one line to Tesseract. A line is in two columns when two of
#: its words stand more than COLUMN_GAP times the page's (median) word height apart; the words of a sentence stand
#: less than one height apart, those of a justified line less than two.
COLUMN_GAP = 3.0
#: A line next to lines in columns is in them too when the gap between its columns, where theirs is, is wider than
#: this many heights (the first line of a header, whose two blocks may stand closer).
NEAR_GAP = 1.5
#: Most lines of a run in columns read column by column (a header, a signature block); a longer run is a table,
#: read row by row as Tesseract gives it.
MAX_COLUMN_LINES = 8
#: Letters Tesseract's Vietnamese model reads for others that look the same: the Icelandic eth "Ð" (U+00D0) for
#: the Vietnamese "Đ" (U+0110), which words, numbers' symbols ("QĐ-UBND") and patterns are written with.
LOOK_ALIKES = str.maketrans({"Ð": "Đ", "ð": "đ"})
#: The first word of a line that opens a list item ("2.", "3.1.", "a)", "-", "+"), a paragraph of its own that
#: Tesseract often runs into the one before.
ITEM_MARK = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•–])")
#: A line indented this many word heights from its paragraph's left margin, after a line that ends a sentence,
#: starts a paragraph (a first line's indent).
INDENT = 1.5
#: The marks that end a sentence (or a lead-in) at a line's end.
SENTENCE_ENDS = ".;:!?"
#: A line ends short of its paragraph's right margin when it stops this many word heights before it.
SHORT_LINE = 3.0
#: The characters of a list item's mark, kept at the start of a line in columns ("- Như trên;").
LIST_MARKS = "-+*•–—·"
#: The install hint given when OCR is not available.
INSTALL_HINT = (
    "install Tesseract with its Vietnamese data (apt install tesseract-ocr tesseract-ocr-vie) to read it by OCR"
)


def available() -> bool:
    """Whether the ``tesseract`` program and its Vietnamese data are installed."""
    program = shutil.which("tesseract")
    if program is None:
        return False
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return LANGUAGE in listed.stdout.split()


def page_paragraphs(page, *, annotations: bool = True) -> list[str]:
    """The paragraphs Tesseract reads on a pdfplumber page (:func:`tsv_paragraphs`); without its annotations
    drawn when ``annotations`` is false (signing stamps: their pictures are no text of the document)."""
    if annotations:
        return picture_paragraphs(page.to_image(resolution=RESOLUTION).original)
    import pypdfium2

    stream = page.pdf.stream
    stream.seek(0)
    document = pypdfium2.PdfDocument(stream)
    try:
        picture = document[page.page_number - 1].render(scale=RESOLUTION / 72, draw_annots=False).to_pil()
    finally:
        document.close()
    return picture_paragraphs(picture)


def picture_paragraphs(picture) -> list[str]:
    """The paragraphs Tesseract reads on a picture of a page (a PIL image, rendered at :data:`RESOLUTION`)."""
    return tsv_paragraphs(picture_tsv(picture))


def picture_tsv(picture) -> str:
    """Tesseract's TSV output (its words, each with its block, paragraph, line and box) for a picture of a page."""
    with tempfile.TemporaryDirectory(prefix="nq35cls-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        picture.save(png)
        return _tesseract_tsv(png)


def image_paragraphs(data: bytes, suffix: str) -> list[str]:
    """The paragraphs Tesseract reads in an image file's bytes (PNG, JPEG, TIFF)."""
    with tempfile.TemporaryDirectory(prefix="nq35cls-ocr-") as tmp:
        image = Path(tmp) / f"image{suffix}"
        image.write_bytes(data)
        return _tesseract(image)


def _tesseract(image: Path) -> list[str]:
    return tsv_paragraphs(_tesseract_tsv(image))


def _tesseract_tsv(image: Path) -> str:
    program = shutil.which("tesseract") or "tesseract"
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", THREADS)}
    done = subprocess.run(
        [program, str(image), "stdout", "-l", LANGUAGE, "tsv"], capture_output=True, check=False, env=env
    )
    if done.returncode != 0:  # its own message about a broken image quotes the image's bytes: not shown
        raise OSError("Tesseract could not read it: a damaged or unsupported image")
    return done.stdout.decode("utf-8", "replace")


#: A word Tesseract read: its left and right edges and height in pixels, and its text.
_Word = tuple[int, int, int, str]


def tsv_paragraphs(tsv: str) -> list[str]:
    """The paragraphs of Tesseract's TSV output (one row per word, with its block, paragraph, line and box).

    Each of Tesseract's paragraphs is its lines joined with a space, as its plain-text output gives them, but
    split where Tesseract ran two together (:func:`_starts_paragraph`: a heading and its text, a list's items,
    an indented first line); and a short run of lines in two columns (a header: see :data:`COLUMN_GAP`) gives
    one paragraph per line of each column, the left column's first, so that "ỦY BAN NHÂN DÂN", "HUYỆN AN LÂM"
    and "Số: 46/BC-UBND" are not read into "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the dateline beside them.
    """
    lines: dict[tuple[str, str, str, str], list[_Word]] = {}  # (page, block, paragraph, line) -> its words
    for row in tsv.translate(LOOK_ALIKES).splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            left, width, height = int(cells[6]), int(cells[8]), int(cells[9])
        except ValueError:
            continue
        lines.setdefault((cells[1], cells[2], cells[3], cells[4]), []).append(
            (left, left + width, height, cells[11].strip())
        )
    if not lines:
        return []
    heights = sorted(w[2] for words in lines.values() for w in words)
    height = heights[len(heights) // 2]
    keys = list(lines)
    ordered = [sorted(lines[k]) for k in keys]
    margins: dict[tuple[str, str, str], int] = {}  # each of Tesseract's paragraphs: the right end of its lines
    lefts: dict[tuple[str, str, str], int] = {}  # and the left end
    for key, words in zip(keys, ordered):
        margins[key[:3]] = max(margins.get(key[:3], 0), words[-1][1])
        lefts[key[:3]] = min(lefts.get(key[:3], words[0][0]), words[0][0])
    runs = _column_runs(ordered, COLUMN_GAP * height, NEAR_GAP * height)
    out: list[str] = []
    i = 0
    while i < len(keys):
        if i in runs:
            parts = runs[i]
            out += _column_lines(ordered[i : i + len(parts)], parts)
            i += len(parts)
            continue
        j = i + 1  # the other lines of Tesseract's paragraph, up to a run in columns or a paragraph it ran in
        while (
            j < len(keys)
            and keys[j][:3] == keys[i][:3]
            and j not in runs
            and not _starts_paragraph(
                ordered[j - 1],
                ordered[j],
                margins[keys[j][:3]] - SHORT_LINE * height,
                lefts[keys[j][:3]] + INDENT * height,
            )
        ):
            j += 1
        out.append(" ".join(w[3] for words in ordered[i:j] for w in words))
        i = j
    return out


def _column_lines(lines: list[list[_Word]], parts: list[float]) -> list[str]:
    """The lines of a run in columns, each parted at its x of ``parts``: the left column's lines, then the
    right column's, one paragraph each."""
    columns: tuple[list[str], list[str]] = ([], [])
    for words, middle in zip(lines, parts):
        for side in (0, 1):
            kept = _trimmed([w for w in words if (w[1] > middle) == side])
            if kept:
                columns[side].append(" ".join(w[3] for w in kept))
    return columns[0] + columns[1]


def _column_runs(lines: list[list[_Word]], wide: float, near: float) -> dict[int, list[float]]:
    """The short runs of lines in two columns among ``lines`` (each its words, left to right): where each run
    starts, and for each of its lines the x where its columns part.

    A run starts at a line with a gap wider than ``wide`` (its widest is where its columns part). The lines
    after it join while they have a gap
    wider than ``near`` that meets the gap of the line in columns before them (two blocks side by side are
    not aligned: each line parts where its own gap is), or stand on one side of that gap; the lines before
    it join while they have such a gap.
    """
    runs: dict[int, list[float]] = {}
    wide_gaps = [[g for g in _gaps(line) if g[1] - g[0] > wide] for line in lines]
    i = floor = 0  # (a run never reaches back into the one before it)
    while i < len(lines):
        if not wide_gaps[i]:
            i += 1
            continue
        gap = first = max(wide_gaps[i], key=lambda g: g[1] - g[0])
        parts = [(gap[0] + gap[1]) / 2]
        aside = 0  # lines on one side since the last line in columns
        while i + len(parts) < len(lines):
            line = lines[i + len(parts)]
            found = _gap_meeting(line, gap, near)
            if found is not None and aside < 2:
                gap, aside = found, 0
                parts.append((gap[0] + gap[1]) / 2)
            elif found is None and _on_one_side(line, gap):  # all in the column its middle stands in
                words = _real(line) or line
                parts.append(math.inf if words[0][0] + words[-1][1] < gap[0] + gap[1] else -math.inf)
                aside += 1
            else:
                break
        core = len(parts) - aside
        start, gap = i, first
        while start > floor and (found := _gap_meeting(lines[start - 1], gap, near)):
            start, gap = start - 1, found
            parts.insert(0, (gap[0] + gap[1]) / 2)
        core += i - start
        del parts[max(core, MAX_COLUMN_LINES) :]  # (of the lines on one side after it, as many as fit)
        # a header's lines have two columns, with blanks in a date at most; most rows of a table have more (a
        # longer run than a header's, or one of such rows, is left to Tesseract's paragraphs)
        tabular = sum(len(g) > 1 for g in wide_gaps[start : start + core])
        if core <= MAX_COLUMN_LINES and 2 * tabular <= core:
            runs[start] = parts
            floor = start + len(parts)
        i = start + len(parts)
    return runs


def _gaps(line: list[_Word]) -> list[tuple[int, int]]:
    """The spaces between the words of a line, left to right, each (start, end)."""
    words = _real(line)
    return [(before[1], word[0]) for before, word in zip(words, words[1:])]


def _on_one_side(line: list[_Word], gap: tuple[int, int]) -> bool:
    """Whether ``line`` stands wholly on one side of ``gap`` (the gap of the line in columns above it)."""
    words = _real(line)
    return not words or words[-1][1] <= gap[1] or words[0][0] >= gap[0]


def _real(line: list[_Word]) -> list[_Word]:
    """The words of a line but the specks that OCR read as punctuation ("_", "„")."""
    return [w for w in line if any(c.isalnum() for c in w[3])]


def _gap_meeting(line: list[_Word], gap: tuple[int, int], near: float) -> tuple[int, int] | None:
    """The widest gap of ``line`` wider than ``near`` that meets ``gap`` (an x range), or None."""
    found = [g for g in _gaps(line) if g[1] - g[0] > near and g[0] < gap[1] and g[1] > gap[0]]
    return max(found, key=lambda g: g[1] - g[0]) if found else None


def _trimmed(words: list[_Word]) -> list[_Word]:
    """The words of a column's line without the specks before its first word and after its last (a '"' or
    '`' that OCR read from a stain beside a header's line), an item's mark kept ("- Như trên;"); a line of
    specks alone (a rule) as it is."""
    real = _real(words)
    if not real:
        return words
    first = words.index(real[0])
    while first > 0 and all(c in LIST_MARKS for c in words[first - 1][3]):
        first -= 1
    return words[first : words.index(real[-1]) + 1]


def _starts_paragraph(before: list[_Word], line: list[_Word], short: float, indent: float) -> bool:
    """Whether ``line`` starts a paragraph that Tesseract ran into the one before, ``before`` its last line:
    after a line that stopped short of ``short`` (an x), a line that opens with a capital (a heading, then its
    text); after a line that ended a sentence or stopped short, a list item's first line (:data:`ITEM_MARK`);
    after a line that ended a sentence, a line indented to ``indent`` (an x) or further (a first line's indent)."""
    ended = before[-1][3][-1:] in SENTENCE_ENDS
    stopped = before[-1][1] < short
    first = line[0][3]
    if stopped and first[:1].isupper():
        return True
    if ITEM_MARK.fullmatch(first):
        return ended or stopped
    return ended and line[0][0] >= indent
