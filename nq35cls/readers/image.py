"""Scanned pages as image files (PNG, JPEG, TIFF), read by OCR with Tesseract when it is installed.

An image is read only when it is named as an input: a folder's images are
left alone (logos and photos beside the reports), see
:data:`nq35cls.readers.REPORT_SUFFIXES`.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
from . import FOLDS, Block, ocr


def read_blocks(data: bytes, path: str | os.PathLike) -> tuple[list[Block], tuple[str, ...]]:
    """The paragraphs OCR reads in an image file, and a warning that they were read so.

    Raises
    ------
    InputError
        If Tesseract (with its Vietnamese data) is not installed, or fails.
    """
    if not ocr.available():
        raise InputError(path, f"an image of a page: {ocr.INSTALL_HINT}")
    try:
        paragraphs = ocr.image_paragraphs(data, Path(path).suffix.lower() or ".png")
    except OSError as exc:
        raise InputError(path, f"an image of a page, and OCR failed ({exc})") from None
    blocks = [Block(text.translate(FOLDS), "image (OCR)") for text in paragraphs]
    return blocks, (f"an image: read by OCR (Tesseract, {len(blocks)} paragraphs); check names and figures",)
