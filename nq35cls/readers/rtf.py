"""Rich Text Format reports (``.rtf``), with striprtf (``pip install "nq35cls[rtf]"``).

striprtf turns the RTF's control words into text: Unicode escapes
(``\\uN``) and 8-bit escapes (``\\'hh``, decoded with the code page the file
declares in ``\\ansicpgN``) become characters, and a table row becomes one
line with its cells ended by ``|``. Each line is a block; a row's cells are
joined by `` | `` as the .docx reader does.
"""

from __future__ import annotations

import os
import re

from ..errors import InputError, cause
from . import FOLDS, Block

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_SPACES = re.compile(r"\s+")


def read_blocks(data: bytes, path: str | os.PathLike) -> list[Block]:
    """The text blocks of an RTF file.

    Raises
    ------
    InputError
        If striprtf is missing or the file cannot be converted.
    """
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:
        raise InputError(
            path, 'an RTF file: reading it needs an extra: pip install "nq35cls[rtf]" (or save it as .docx)'
        ) from None
    found = _CODE_PAGE.search(data[:4096])
    encoding = f"cp{int(found.group(1))}" if found else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except Exception as exc:  # noqa: BLE001 - striprtf raises many kinds on damaged files
        raise InputError(path, "damaged .rtf file (its RTF codes cannot be read)", detail=cause(exc)) from None
    blocks = []
    for k, line in enumerate(text.translate(FOLDS).splitlines(), start=1):
        if "|" in line and line.rstrip().endswith("|"):  # a table row: cells ended by "|"
            cells = [_SPACES.sub(" ", c).strip() for c in line.rstrip().rstrip("|").split("|")]
            line = " | ".join(c for c in cells if c)
        clean = _SPACES.sub(" ", line).strip()
        if clean:
            blocks.append(Block(clean, f"paragraph {k}"))
    return blocks
