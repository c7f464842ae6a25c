"""Converting a Word file LibreOffice can read and nq35cls cannot, when LibreOffice is installed (optional).

Used only where the pure reader of a format cannot read a file by design
(a Word 6/95 file, the ``doc`` extra missing), never for a damaged one.
Each conversion runs with a profile folder of its own, so that conversions
in parallel worker processes do not collide.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

#: Seconds one conversion may take.
TIMEOUT = 120


def program() -> str | None:
    """The LibreOffice program (``soffice``), or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(data: bytes, suffix: str) -> bytes:
    """The bytes of the file converted to .docx by LibreOffice.

    Raises
    ------
    OSError
        If LibreOffice is not installed, fails, or takes longer than :data:`TIMEOUT`.
    """
    office = program()
    if office is None:
        raise OSError("LibreOffice is not installed")
    with tempfile.TemporaryDirectory(prefix="nq35cls-office-") as tmp:
        folder = Path(tmp)
        source = folder / f"input{suffix}"
        source.write_bytes(data)
        command = [
            office,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise OSError(f"LibreOffice took longer than {TIMEOUT} s") from None
        result = folder / "out" / "input.docx"
        if not result.is_file() or result.stat().st_size == 0:
            raise OSError("LibreOffice could not convert it")
        return result.read_bytes()
