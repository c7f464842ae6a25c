"""Pictures inside Word files, read by OCR when a file has little or no text (scanned pages pasted into Word).

A .docx keeps its pictures as files under ``word/media/``; a .doc keeps them
in its ``Data`` stream, where the common JPEG and PNG pictures are found by
their signatures (:func:`doc_images`). When a file has less than
:data:`SCANT_TEXT` characters of text, each picture of a page in it is read
by Tesseract (:mod:`.ocr`), with a warning as for scanned PDFs. Without
Tesseract a file without text is refused with the package to install, and a
file with a little text is read with a warning saying so.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from pathlib import PurePosixPath

from ..errors import InputError
from . import FOLDS, Block, ocr

#: A file of fewer characters of text than this has its pictures of pages read by OCR.
SCANT_TEXT = 300
#: Pictures smaller than this many bytes are logos, seals or signatures, not pages of text.
MIN_PAGE_BYTES = 4_000
#: Beside some text, a picture is a page when its longer side has at least this many pixels (a scan at 150 dpi).
MIN_PAGE_PIXELS = 1_000
#: At most this many pictures of one file are read (a few seconds each).
MAX_PICTURES = 50
#: Picture file endings that Tesseract reads.
_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif")
_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_END = b"IEND\xaeB`\x82"
_JPEG = b"\xff\xd8\xff"


def is_image(name: str) -> bool:
    """Whether a file name inside a .docx is a picture Tesseract reads (not a drawing: EMF, WMF)."""
    return PurePosixPath(name).suffix.lower() in _SUFFIXES


def _jpeg_end(data: bytes, start: int) -> int:
    """Where the JPEG starting at ``start`` ends (after its end-of-image marker), or -1.

    The segments before the image data are skipped by their lengths, so that
    an end marker inside an embedded thumbnail is not taken for the picture's end.
    """
    pos = start + 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return -1
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the entropy-coded data runs to the end marker
            end = data.find(b"\xff\xd9", pos)
            return end + 2 if end >= 0 else -1
        if marker in (0x01, 0xFF) or 0xD0 <= marker <= 0xD7:
            pos += 2 if marker != 0xFF else 1
            continue
        (length,) = struct.unpack_from(">H", data, pos + 2)
        pos += 2 + length
    return -1


def doc_images(data: bytes) -> list[bytes]:
    """The JPEG and PNG pictures found in a .doc file's ``Data`` stream, in order."""
    found: list[tuple[int, bytes]] = []
    pos = 0
    while len(found) < MAX_PICTURES:
        png = data.find(_PNG, pos)
        jpeg = data.find(_JPEG, pos)
        starts = [s for s in (png, jpeg) if s >= 0]
        if not starts:
            break
        start = min(starts)
        if start == png:
            end = data.find(_PNG_END, start)
            end = end + len(_PNG_END) if end >= 0 else -1
        else:
            end = _jpeg_end(data, start)
        if end < 0:
            pos = start + 3
            continue
        found.append((start, data[start:end]))
        pos = end
    return [picture for _, picture in found]


def _suffix(picture: bytes) -> str:
    return ".png" if picture.startswith(_PNG) else ".jpg" if picture.startswith(_JPEG) else ".img"


def _size(picture: bytes) -> tuple[int, int] | None:
    """Width and height in pixels of a PNG or JPEG picture (None for other formats or a damaged header)."""
    if picture.startswith(_PNG) and len(picture) >= 24:
        width, height = struct.unpack_from(">II", picture, 16)
        return width, height
    if picture.startswith(_JPEG):
        pos = 2
        while pos + 9 <= len(picture) and picture[pos] == 0xFF:
            marker = picture[pos + 1]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start of frame
                height, width = struct.unpack_from(">HH", picture, pos + 5)
                return width, height
            (length,) = struct.unpack_from(">H", picture, pos + 2)
            pos += 2 + length
    return None


def _is_page(picture: bytes) -> bool:
    """Whether a picture is large enough to be a page of text (a scan), not a logo, seal or signature."""
    size = _size(picture)
    return max(size) >= MIN_PAGE_PIXELS if size is not None else len(picture) >= MIN_PAGE_BYTES


def with_pictures(
    blocks: list[Block], warnings: tuple[str, ...], pictures: Callable[[], list[bytes]], path: str | os.PathLike
) -> tuple[list[Block], tuple[str, ...]]:
    """A Word file's blocks, with the text OCR reads in its pictures of pages when the file has little text.

    A file of less than :data:`SCANT_TEXT` characters whose pictures are pages
    (a scan pasted into Word, perhaps under a typed title) gets the paragraphs
    of each picture after its text, and a warning that they were read by OCR.

    Parameters
    ----------
    blocks : list of Block
        The blocks read from the file's text.
    warnings : tuple of str
        The warnings of that reading.
    pictures : callable
        Gives the file's pictures (PNG, JPEG, TIFF...), in document order; called only when needed.
    path : str or os.PathLike
        The Word file, for messages.

    Raises
    ------
    InputError
        If the file has no text, and no picture of a page, or Tesseract
        (with its Vietnamese data) is not installed, or OCR finds no text.
    """
    chars = sum(len(b.text.strip()) for b in blocks)
    if chars >= SCANT_TEXT:
        return blocks, warnings
    # with no text at all any picture that may hold some is tried; beside some text, only pictures of pages
    pages = [p for p in pictures() if (_is_page(p) if chars else len(p) >= MIN_PAGE_BYTES)][:MAX_PICTURES]
    if not pages:
        if chars:
            return blocks, warnings
        raise InputError(path, "no text found in this Word file, and no picture of a page")
    if not ocr.available():
        if chars:
            return blocks, (*warnings, f"pictures of pages were not read: {ocr.INSTALL_HINT}")
        raise InputError(path, f"a Word file without text, whose pages are pictures (a scan?): {ocr.INSTALL_HINT}")
    read: list[Block] = []
    for k, picture in enumerate(pages, start=1):
        try:
            paragraphs = ocr.image_paragraphs(picture, _suffix(picture))
        except OSError:
            continue  # a picture Tesseract cannot open (a damaged one, an unusual format): the others are read
        read.extend(Block(text.translate(FOLDS), f"picture {k} (OCR)") for text in paragraphs)
    if not read:
        if chars:
            return blocks, warnings
        raise InputError(path, "a Word file without text, whose pictures hold no text that OCR can read")
    ocr_warnings = (f"pictures of pages read by OCR (Tesseract, {len(read)} paragraphs); check names and figures",)
    return blocks + read, warnings + ocr_warnings
