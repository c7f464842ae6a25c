"""Text made safe for where it is written: spreadsheets, links, Markdown, terminals.

Report text and file names come from outside and may be hostile: a paragraph
starting with ``=`` is a live formula in a spreadsheet, a file named
``javascript:alert(1).txt`` a script link in a page, raw HTML in Markdown runs
when rendered, and control characters in a name printed on a terminal can
clear the screen or forge lines. Every writer passes such text through the
function of this module that fits its destination.
"""

from __future__ import annotations

import os
import re
from html import escape
from urllib.parse import quote

#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS: frozenset[str] = frozenset("=+-@\t\r")
#: The prefix that keeps such a cell text.
TEXT_PREFIX = "'"

# C0 and C1 control characters and DEL, and the lone surrogates that stand
# for the undecodable bytes of a file name that is not UTF-8.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# Characters an XML document (a .docx or .xlsx part) cannot hold: C0 controls but
# tab and line breaks, lone surrogates, and the two non-characters U+FFFE, U+FFFF.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Markdown's inline syntax characters and the start of raw HTML.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#|!~])")


def _needs_prefix(value: str) -> bool:
    """A formula start, or quotes before one (so that the prefix can be undone exactly)."""
    head = value.lstrip(TEXT_PREFIX)
    return bool(head) and head[0] in FORMULA_STARTS


def spreadsheet_text(value: str) -> str:
    """A text cell that a spreadsheet shows as text, never runs as a formula.

    Parameters
    ----------
    value : str

    Returns
    -------
    str
        ``value`` prefixed with ``'`` when it starts with ``= + - @``, a tab
        or a carriage return (after any quotes); unchanged otherwise.
        :func:`from_spreadsheet_text` gives ``value`` back exactly.
    """
    return TEXT_PREFIX + value if _needs_prefix(value) else value


def from_spreadsheet_text(value: str) -> str:
    """Undo :func:`spreadsheet_text`: the original text of a cell read back."""
    if value.startswith(TEXT_PREFIX) and _needs_prefix(value[1:]):
        return value[1:]
    return value


def printable(text: str) -> str:
    """Control characters (and undecodable file-name bytes) shown as escapes.

    ``"a\\x1b[2Jb"`` becomes ``"a\\\\x1b[2Jb"``: nothing printed can move the
    cursor, clear the screen, retitle the terminal or start a new line.
    """

    def _escape(match: re.Match) -> str:
        code = ord(match.group())
        if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
            return f"\\x{code - 0xDC00:02x}"
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _CONTROL.sub(_escape, text)


def file_href(path: str, out_dir: str | None) -> str:
    """A link to a source file from an output in ``out_dir``, safe in an HTML attribute.

    Always a relative path starting with ``./`` (or ``../``), every character
    outside a path's usual ones percent-encoded: a name such as
    ``javascript:alert(1).txt`` or ``báo cáo #2.txt`` stays a link to that
    file. A path on another drive (Windows) becomes a ``file:`` URL.
    """
    try:
        target = os.path.relpath(path, out_dir) if out_dir else path
    except ValueError:  # another drive on Windows
        absolute = os.path.abspath(path).replace(os.sep, "/")
        return escape("file:///" + quote(printable(absolute).lstrip("/"), safe="/:"), quote=True)
    target = target.replace(os.sep, "/")
    if os.path.isabs(path) and not out_dir:
        return escape("file://" + quote(printable(target), safe="/"), quote=True)
    if not target.startswith(("./", "../")):
        target = "./" + target
    return escape(quote(printable(target), safe="/."), quote=True)


def markdown_text(text: str) -> str:
    """Paragraph text that Markdown renders as the same text: no markup, no raw HTML, one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", printable(text))


def xml_text(text: str) -> str:
    """``text`` with each character an XML document cannot hold (a .docx or .xlsx cell) made a space."""
    return _NOT_XML.sub(" ", text)
