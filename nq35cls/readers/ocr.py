"""Text of scanned pages by OCR, with Tesseract when it is installed (optional).

A PDF without a text layer (an image-only scan) is read by running the
``tesseract`` program with its Vietnamese data on each page rendered at
:data:`RESOLUTION` dpi. Tesseract is a system program, not a Python package:
``apt install tesseract-ocr tesseract-ocr-vie`` (Debian, Ubuntu), or the
installer of the Tesseract project elsewhere. Without it such a PDF is
refused with a message saying so.
"""

from __future__ import annotations

import os
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


def page_paragraphs(page) -> list[str]:
    """The paragraphs Tesseract reads on a pdfplumber page: its blocks, each block's lines joined."""
    return picture_paragraphs(page.to_image(resolution=RESOLUTION).original)


def picture_paragraphs(picture) -> list[str]:
    """The paragraphs Tesseract reads on a picture of a page (a PIL image, rendered at :data:`RESOLUTION`)."""
    with tempfile.TemporaryDirectory(prefix="nq35cls-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        picture.save(png)
        return _tesseract(png)


def image_paragraphs(data: bytes, suffix: str) -> list[str]:
    """The paragraphs Tesseract reads in an image file's bytes (PNG, JPEG, TIFF)."""
    with tempfile.TemporaryDirectory(prefix="nq35cls-ocr-") as tmp:
        image = Path(tmp) / f"image{suffix}"
        image.write_bytes(data)
        return _tesseract(image)


def _tesseract(image: Path) -> list[str]:
    program = shutil.which("tesseract") or "tesseract"
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", THREADS)}
    done = subprocess.run([program, str(image), "stdout", "-l", LANGUAGE], capture_output=True, check=False, env=env)
    if done.returncode != 0:  # its own message about a broken image quotes the image's bytes: not shown
        raise OSError("Tesseract could not read it: a damaged or unsupported image")
    paragraphs = []
    for block in done.stdout.decode("utf-8", "replace").split("\n\n"):
        text = " ".join(line.strip() for line in block.splitlines() if line.strip())
        if text:
            paragraphs.append(text)
    return paragraphs
