"""Readers: turn a report file into text.

:func:`read` chooses the reader by the file's content (its first bytes), not
only by its extension, and raises :class:`~nq35cls.errors.InputError` with the
file's name for anything it cannot read.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from . import txt

#: Default cap on a report's size; raise it with ``max_bytes``.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: Magic numbers of formats that are not plain text, with the advice we give.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP container (.docx/.odt/.xlsx): unsupported format here, save the report as .txt"),
    (b"%PDF", "a PDF file: unsupported format here, save the report as .txt"),
    (b"\xd0\xcf\x11\xe0", "a Word 97 (.doc) or other OLE file: unsupported format, save it as .docx or .txt"),
    (b"{\\rtf", "an RTF file: unsupported format, save the report as .txt"),
)

#: File name endings that batch labeling picks up inside folders.
REPORT_SUFFIXES: tuple[str, ...] = (".txt",)


@dataclass(frozen=True)
class Text:
    """A report's text as read from its file."""

    path: str
    text: str
    encoding: str
    sha256: str = ""


def read(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Text:
    """Read a report file into text.

    Parameters
    ----------
    path : str or os.PathLike
        The report.
    max_bytes : int, default=50 MiB
        Files larger than this are refused rather than read into memory.

    Returns
    -------
    Text
        The decoded text, with the encoding that was detected and the
        SHA-256 of the file's bytes.

    Raises
    ------
    InputError
        Naming the file and the problem.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(p, "is a folder, not a report file")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(p, f"file is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)")
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(p, "no such file (or a broken link)") from None
    except PermissionError:
        raise InputError(p, "permission denied") from None
    except OSError as exc:
        raise InputError(p, exc.strerror or str(exc)) from None
    for magic, problem in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(p, problem)
    text, encoding = txt.decode(data, p)
    return Text(str(p), text, encoding, hashlib.sha256(data).hexdigest())
