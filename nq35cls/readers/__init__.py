"""Readers: turn a report file into text.

:func:`read` chooses the reader by the file's content (its first bytes), not
only by its extension: ``txt`` (plain text in any supported encoding),
``docx`` (:mod:`.docx`), ``pdf`` (:mod:`.pdf`, an extra), ``html``
(:mod:`.html`), ``doc`` (Word 97–2003, :mod:`.doc`, an extra) and ``rtf``
(:mod:`.rtf`, an extra). Formats that nq35cls does not read (.odt, images,
other archives) are refused with advice. Every problem is an
:class:`~nq35cls.errors.InputError` naming the file.

Structured formats give text blocks (a Word paragraph, a table row, a PDF
paragraph) with their source position; the text is the blocks joined by line
breaks, so that paragraph ``i`` of the text is block ``i``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from . import budget, legacy, txt

#: Default cap on a report's size; raise it with ``max_bytes``.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: Magic numbers of formats that nq35cls does not read, with the advice we give.
_UNSUPPORTED: tuple[tuple[bytes, str], ...] = ((b"GIF8", "an image (GIF), not a report"),)
#: Image files read by OCR (:mod:`.image`), by their first bytes.
_IMAGES: tuple[bytes, ...] = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0"
_HTML_START = re.compile(
    r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.IGNORECASE | re.DOTALL
)

#: File name endings that batch labeling picks up inside folders (unsupported
#: ones included, so that they are reported rather than silently skipped).
REPORT_SUFFIXES: tuple[str, ...] = (".txt", ".docx", ".pdf", ".html", ".htm", ".doc", ".odt", ".rtf")


#: What the HTML synthesis writes in its head (``<meta name="generator" ...>``):
#: the mark that tells nq35cls's own outputs from reports.
GENERATOR = "nq35cls"
_GENERATOR_META = re.compile(rb'<meta\s+name="generator"\s+content="' + GENERATOR.encode() + rb'[\s"]', re.IGNORECASE)


def is_own_output(path: str | os.PathLike) -> bool:
    """Whether an .html file is a synthesis page written by nq35cls (its first 4 KB carry the generator mark)."""
    if Path(path).suffix.lower() not in (".html", ".htm"):
        return False
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a pipe would block: reading it will tell the problem
            return False
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return bool(_GENERATOR_META.search(head))


#: Office's lock ("owner") files: Word writes "~$" + the name, 162 bytes, beside a document open in it, and
#: leaves it when it closes badly. Such a name of a Word document, of at most this many bytes, is one.
LOCK_FILE_PREFIX = "~$"
LOCK_FILE_MAX_BYTES = 1024
LOCK_FILE_SUFFIXES: tuple[str, ...] = (".doc", ".docx", ".docm", ".dot", ".dotx", ".rtf", ".odt")


def is_lock_file(path: str | os.PathLike, size: int | None = None) -> bool:
    """Whether ``path`` is an Office lock file (:data:`LOCK_FILE_PREFIX`), ``size`` its size if known."""
    name = Path(path).name
    if not name.startswith(LOCK_FILE_PREFIX) or Path(name).suffix.lower() not in LOCK_FILE_SUFFIXES:
        return False
    try:
        return (os.stat(path).st_size if size is None else size) <= LOCK_FILE_MAX_BYTES
    except OSError:
        return False


#: Characters that files use in place of others: list bullets drawn from
#: symbol fonts (private-use code points) become "-", and the letters U+01A2 and
#: U+01A3 that some Vietnamese PDF fonts put for Ư/ư become Ư/ư.
FOLDS = str.maketrans(
    {
        "\uf0b7": "-",
        "\uf0a7": "-",
        "\uf0d8": "-",
        "\uf076": "-",
        "\uf0fc": "-",
        "\uf02d": "-",
        "•": "-",
        "▪": "-",
        "◦": "-",
        "●": "-",
        "Ƣ": "Ư",
        "ƣ": "ư",
    }
)


#: The other characters of symbol fonts (Symbol, Wingdings: checkboxes, arrows, pointing hands), at
#: private-use code points: no text. The Word readers drop them once :data:`FOLDS` has made bullets "-".
SYMBOL_CHARACTERS = re.compile("[\uf020-\uf0ff]")


@dataclass(frozen=True)
class Block:
    """One paragraph-sized piece of a structured file.

    Attributes
    ----------
    text : str
        The text, on one line.
    where : str
        Its position in the source ("paragraph 12", "table 2, row 3", "page 4").
    """

    text: str
    where: str


@dataclass(frozen=True)
class Text:
    """A report's text as read from its file.

    Attributes
    ----------
    path : str
    text : str
        The decoded text; paragraphs are its non-empty lines.
    encoding : str
        The text encoding found (``txt``), or the format read.
    sha256 : str
        SHA-256 of the file's bytes.
    format : str
        ``txt``, ``docx``, ``pdf`` or ``html``.
    locations : tuple of str or None
        For structured formats, the source position of each paragraph.
    warnings : tuple of str
        What the user should know (a legacy encoding converted, ...).
    """

    path: str
    text: str
    encoding: str
    sha256: str = ""
    format: str = "txt"
    locations: tuple[str, ...] | None = None
    warnings: tuple[str, ...] = ()


def sniff(data: bytes, path: str | os.PathLike = "<bytes>") -> str:
    """The format of a file's content: ``txt``, ``docx``, ``pdf``, ``html``, ``doc`` or ``rtf``.

    Raises
    ------
    InputError
        For formats nq35cls does not read, with what to do instead.
    """
    if data.startswith(_ZIP):
        from .budget import check_archive
        from .package import main_part

        suffix = Path(path).suffix.lower()
        archive = check_archive(data, path, kind=suffix if suffix in (".docx", ".odt") else "ZIP")
        if main_part(archive) is not None:  # "word/document.xml", or the part its relationships name
            return "docx"
        names = set(archive.namelist())
        if "content.xml" in names:
            raise InputError(path, "an OpenDocument (.odt) file: unsupported format, save it as .docx")
        if any(n.startswith("xl/") for n in names):
            raise InputError(path, "an Excel workbook, not a report")
        if any(n.startswith("ppt/") for n in names):
            raise InputError(path, "a PowerPoint presentation, not a report")
        if "[Content_Types].xml" in names:  # an Office package of another kind: a theme, a template's part ...
            raise InputError(path, "an Office file that is not a Word document (no text body), not a report")
        raise InputError(path, "a ZIP archive, not a report: unpack it first")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE):
        return "doc"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(_IMAGES):
        return "image"
    for magic, problem in _UNSUPPORTED:
        if data.startswith(magic):
            raise InputError(path, problem)
    head = data[:4096].lstrip(b"\xef\xbb\xbf").decode("latin-1").lstrip("\x00\ufeff")
    if _HTML_START.match(head):
        return "html"
    if head.lstrip()[:1] in ("{", "[") and _is_json(data):
        raise InputError(path, "JSON data (a web service's answer?), not a report")
    return "txt"


def _is_json(data: bytes) -> bool:
    """Whether the bytes are one JSON document (a report never is, whatever its first character)."""
    try:
        json.loads(data)
    except (ValueError, RecursionError):
        return False
    return True


def _lines(blocks: list) -> list[Block]:
    """The blocks in NFC (a PDF's text layer may hold decomposed marks), a block that holds line breaks (a PDF's
    text line "26 3\nHà Nội, ngày ...") as one block per line, each at the block's location, blank ones left out:
    one block per paragraph, as :mod:`nq35cls.segment` splits the text (``str.splitlines``' breaks)."""
    return [
        Block(line, b.where)
        for b in blocks
        for line in unicodedata.normalize("NFC", b.text).splitlines()
        if line.strip()
    ]


def _from_blocks(
    path: Path, blocks: list, fmt: str, sha256: str, warnings: tuple[str, ...], max_paragraphs: int
) -> Text:
    # structured formats give text in NFC; offsets refer to it
    blocks = _lines(blocks)
    if not blocks:
        raise InputError(path, f"no text found in this {fmt} file")
    # a Word or PDF file typed in a legacy font (.VnTime: TCVN3, VNI-Times) holds the same mojibake as a text file
    found = legacy.convert("\n".join(b.text for b in blocks))
    if found is not None and found[0].count("\n") == len(blocks) - 1:
        converted, key = found
        blocks = _lines([Block(t, b.where) for t, b in zip(converted.split("\n"), blocks)])
        warnings += (txt.WARNINGS[f"{key} (converted)"],)
    budget.check_paragraphs(path, len(blocks), max_paragraphs)
    return Text(
        str(path), "\n".join(b.text for b in blocks), fmt, sha256, fmt, tuple(b.where for b in blocks), warnings
    )


def read(
    path: str | os.PathLike,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    time_limit: float | None = None,
    max_paragraphs: int = budget.DEFAULT_MAX_PARAGRAPHS,
) -> Text:
    """Read a report file into text.

    Parameters
    ----------
    path : str or os.PathLike
        The report.
    max_bytes : int, default=50 MiB
        Files larger than this are refused rather than read into memory.
    time_limit : float or None, default=None
        Seconds reading may take before the file is given up
        (:func:`.budget.time_limit`: a timer, in the main thread on POSIX
        systems). Batch labeling sets one (:data:`.budget.DEFAULT_TIME_LIMIT`).
    max_paragraphs : int, default=200,000
        Files of more paragraphs are refused. A .docx is counted before it
        is parsed.

    Returns
    -------
    Text
        The text, with the encoding or format found, the SHA-256 of the
        file's bytes, source positions (structured formats) and warnings.

    Raises
    ------
    InputError
        Naming the file and the problem.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(p, "is a folder, not a report file")
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block for ever, a device never end
            raise InputError(p, "not a regular file (a pipe, socket or device)")
        size = info.st_size
        if is_lock_file(p, size):
            raise InputError(p, "an Office lock file (written while a document is open), not a report")
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
    with budget.time_limit(p, time_limit):
        return _parse(p, data, max_paragraphs)


def _parse(p: Path, data: bytes, max_paragraphs: int) -> Text:
    digest = hashlib.sha256(data).hexdigest()
    fmt = sniff(data, p)
    if fmt == "docx":
        from . import docx

        blocks, docx_warnings = docx.read_blocks(data, p, max_paragraphs)
        return _from_blocks(p, blocks, fmt, digest, docx_warnings, max_paragraphs)
    if fmt == "doc":
        from . import doc

        blocks, doc_warnings = doc.read_blocks(data, p, max_paragraphs)
        return _from_blocks(p, blocks, fmt, digest, doc_warnings, max_paragraphs)
    if fmt == "image":
        from . import image

        blocks, image_warnings = image.read_blocks(data, p)
        return _from_blocks(p, blocks, fmt, digest, image_warnings, max_paragraphs)
    if fmt == "rtf":
        from . import rtf

        return _from_blocks(p, rtf.read_blocks(data, p), fmt, digest, (), max_paragraphs)
    if fmt == "pdf":
        from . import pdf

        blocks, pdf_warnings = pdf.read_blocks(data, p)
        return _from_blocks(p, blocks, fmt, digest, pdf_warnings, max_paragraphs)
    declared = None
    if fmt == "html":
        from . import html

        declared = html.declared_encoding(data)
    text, encoding = txt.decode(data, p, declared=declared)
    warnings = (txt.WARNINGS[encoding],) if encoding in txt.WARNINGS else ()
    if fmt == "html":
        blocks, html_warnings = html.read_blocks(text, p)
        return _from_blocks(p, blocks, fmt, digest, warnings + html_warnings, max_paragraphs)
    budget.check_paragraphs(p, sum(1 for line in text.splitlines() if line.strip()), max_paragraphs)
    return Text(str(p), text, encoding, digest, "txt", None, warnings)
