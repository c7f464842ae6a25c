"""The parts of an Office Open XML package (a .docx): which part is the document, of what kind, which its
styles and notes.

A package names its parts through relationships (``_rels/.rels``, ``word/_rels/document.xml.rels``), not
through fixed names: Word writes ``word/document.xml``, but a document made in Word Online comes as
``word/document2.xml``; ``[Content_Types].xml`` says what kind each part is (a document, a template, a
macro-enabled document). These parts are small XML read without entities or network; a missing or damaged
one leaves the conventional names.
"""

from __future__ import annotations

import posixpath
import zipfile

__all__ = ["WORD_DOCUMENT", "WORD_DOCUMENT_TYPE", "content_type", "main_part", "related_parts"]

#: The document part's usual name (what Word writes).
WORD_DOCUMENT = "word/document.xml"
#: The content type of a Word document's part (a template's or a macro-enabled file's differ).
WORD_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: Largest relationship or content-types part read, in bytes (a real one is a few kilobytes).
MAX_RELATIONSHIPS_BYTES = 1_000_000


def _xml_root(archive: zipfile.ZipFile, name: str):
    """The root element of the small XML part ``name``, parsed without entities or network; None when it is
    missing, too large or not XML."""
    from lxml import etree

    try:
        info = archive.getinfo(name)
        if info.file_size > MAX_RELATIONSHIPS_BYTES:
            return None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
        return etree.fromstring(archive.read(info), parser)
    except (KeyError, zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, etree.XMLSyntaxError):
        return None


def content_type(archive: zipfile.ZipFile, part: str) -> str | None:
    """The content type ``[Content_Types].xml`` gives the part ``part`` (its own entry, else its extension's),
    or None."""
    root = _xml_root(archive, "[Content_Types].xml")
    if root is None:
        return None
    extension = part.rsplit(".", 1)[-1].lower()
    found = None
    for entry in root:
        if entry.get("PartName", "").lstrip("/") == part:
            return entry.get("ContentType")
        if (entry.get("Extension") or "").lower() == extension:
            found = entry.get("ContentType")
    return found


def _relationships(archive: zipfile.ZipFile, rels: str, folder: str) -> dict[str, str]:
    """Each relationship kind (the last segment of its type: "officeDocument", "styles", "footnotes") of the
    relationship part ``rels`` to the name of the part it targets (the first of that kind), resolved against
    ``folder``, the folder of the part the relationships belong to."""
    root = _xml_root(archive, rels)
    if root is None:
        return {}
    found: dict[str, str] = {}
    for rel in root:
        target = rel.get("Target") or ""
        if not target or rel.get("TargetMode") == "External":
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found.setdefault((rel.get("Type") or "").rsplit("/", 1)[-1], posixpath.normpath(name))
    return found


def main_part(archive: zipfile.ZipFile) -> str | None:
    """The name of a package's Word document part: the one its relationships name, if it is in the archive
    and in ``word/``, else :data:`WORD_DOCUMENT` if there; None for a package that holds no Word document
    (a workbook, a presentation, a theme, a plain ZIP)."""
    names = set(archive.namelist())
    named = _relationships(archive, "_rels/.rels", "").get("officeDocument")
    if named is not None and named in names and named.startswith("word/"):
        return named
    return WORD_DOCUMENT if WORD_DOCUMENT in names else None


def related_parts(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """The parts the part ``part`` relates to, by kind ("styles", "footnotes", "endnotes", ...), those in the
    archive only; a kind not named there falls back to its usual name beside ``part`` when that exists
    ("word/styles.xml")."""
    folder, base = posixpath.split(part)
    names = set(archive.namelist())
    found = {
        kind: name
        for kind, name in _relationships(archive, posixpath.join(folder, "_rels", f"{base}.rels"), folder).items()
        if name in names
    }
    for kind in ("styles", "footnotes", "endnotes"):
        usual = posixpath.join(folder, f"{kind}.xml")
        if kind not in found and usual in names:
            found[kind] = usual
    return found
