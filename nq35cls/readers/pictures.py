"""Pictures inside Word files, read by OCR when a file has no text (a scanned page pasted into Word).

A .docx keeps its pictures as files under ``word/media/``; a .doc keeps them
in its ``Data`` stream, where the common JPEG and PNG pictures are found by
their signatures (:func:`doc_images`). Each picture large enough to be a
page is read by Tesseract (:mod:`.ocr`), with a warning as for scanned
PDFs. Without Tesseract the file is refused with the package to install.
"""

from __future__ import annotations

import os
import struct
from pathlib import PurePosixPath

from ..errors import InputError
from . import FOLDS, Block, ocr

#: Pictures smaller than this many bytes are logos, seals or signatures, not pages of text.
MIN_PAGE_BYTES = 4_000
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


def read_pictures(pictures: list[bytes], path: str | os.PathLike) -> tuple[list[Block], tuple[str, ...]]:
    """The paragraphs OCR reads in a text-less file's pictures, and a warning that they were read so.

    Parameters
    ----------
    pictures : list of bytes
        The file's pictures (PNG, JPEG, TIFF...), in document order.
    path : str or os.PathLike
        The Word file, for messages.

    Raises
    ------
    InputError
        If the file has no picture of a page, if Tesseract (with its
        Vietnamese data) is not installed, or if OCR finds no text.
    """
    pages = [p for p in pictures if len(p) >= MIN_PAGE_BYTES][:MAX_PICTURES]
    if not pages:
        raise InputError(path, "no text found in this Word file, and no picture of a page")
    if not ocr.available():
        raise InputError(path, f"a Word file without text, whose pages are pictures (a scan?): {ocr.INSTALL_HINT}")
    blocks: list[Block] = []
    for k, picture in enumerate(pages, start=1):
        try:
            paragraphs = ocr.image_paragraphs(picture, _suffix(picture))
        except OSError:
            continue  # a picture Tesseract cannot open (a damaged one, an unusual format): the others are read
        blocks.extend(Block(text.translate(FOLDS), f"picture {k} (OCR)") for text in paragraphs)
    if not blocks:
        raise InputError(path, "a Word file without text, whose pictures hold no text that OCR can read")
    return blocks, (
        f"a Word file without text: its pictures read by OCR (Tesseract, {len(blocks)} paragraphs); "
        "check names and figures",
    )
