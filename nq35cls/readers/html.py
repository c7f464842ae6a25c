"""Web pages (``.html``/``.htm``).

The page's main content is extracted with trafilatura, a maintained
boilerplate remover (``pip install "nq35cls[html]"``), keeping one block per
paragraph, heading, list item and table row; the article's title is put
first. Without trafilatura, or when it finds no main content, every block
element's text is kept and the model's ``boilerplate`` label does the
separating, with a warning saying so.
"""

from __future__ import annotations

import os
import re

from ..errors import InputError, cause
from . import Block

#: Elements whose text starts a new block in the fallback extraction.
_BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 tr td th dt dd blockquote pre section article header footer nav aside "
    "figcaption caption title ul ol table form address".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg head iframe".split())
_SPACES = re.compile(r"\s+")
_CELL_EDGES = re.compile(r"^\|\s*|\s*\|$")

#: The warning given when main content could not be extracted.
NO_EXTRACTOR = 'main content not separated from the page (install trafilatura: pip install "nq35cls[html]"); web-page chrome is left to the model'
NO_MAIN_CONTENT = "no main content found in the page; web-page chrome is left to the model"


#: Where a page declares its encoding, in its first bytes: ``<meta charset="...">``, ``<meta http-equiv=
#: "Content-Type" content="text/html; charset=...">`` or an XML declaration's ``encoding="..."``.
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.I
)


def declared_encoding(data: bytes) -> str | None:
    """The encoding a web page declares in its first 4 KB, or None.

    Examples
    --------
    >>> declared_encoding(b'<html><head><meta charset="iso-8859-1">')
    'iso-8859-1'
    """
    found = _DECLARED.search(data[:4096])
    return None if found is None else (found.group(1) or found.group(2)).decode("ascii").lower()


def _clean(text: str) -> str:
    return _CELL_EDGES.sub("", _SPACES.sub(" ", text).strip()).strip()


def _fallback_blocks(html: str, path: str | os.PathLike) -> list[Block]:
    """Text of every block element, in order (chrome included)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, "not a readable HTML page", detail=cause(exc)) from None
    pieces: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _clean("".join(current))
        if text:
            pieces.append(text)
        current.clear()

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS:
            if node.tail:
                current.append(node.tail)
            return
        block = tag in _BLOCK_TAGS or tag == "br"
        if block:
            flush()
        if node.text and tag:
            current.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            current.append(node.tail)

    walk(root)
    flush()
    return [Block(t, f"block {i}") for i, t in enumerate(pieces, start=1)]


def read_blocks(html: str, path: str | os.PathLike) -> tuple[list[Block], tuple[str, ...]]:
    """The text blocks of a web page's main content, and any warnings.

    Parameters
    ----------
    html : str
        The decoded page.
    path : str or os.PathLike
        For messages.

    Returns
    -------
    blocks : list of Block
    warnings : tuple of str
    """
    try:
        import trafilatura
    except ImportError:
        return _fallback_blocks(html, path), (NO_EXTRACTOR,)
    # one parse for both the main text and the title
    found = trafilatura.bare_extraction(
        html, output_format="python", include_comments=False, include_tables=True, with_metadata=True
    )
    text = getattr(found, "text", None)
    if not text or not text.strip():
        return _fallback_blocks(html, path), (NO_MAIN_CONTENT,)
    lines = [t for t in (_clean(line) for line in text.splitlines()) if t]
    title = _clean(getattr(found, "title", None) or "")
    blocks = [Block(t, f"block {i}") for i, t in enumerate(lines, start=1)]
    if title and (not lines or lines[0] != title):
        blocks.insert(0, Block(title, "title"))
    return blocks, ()
