"""The text that annotations put on a PDF page: form fields, signature widgets, stamps, free-text boxes.

An e-signed document's number, day and signing time are often not in the
page's text at all but stamped on it by annotations: a widget whose value
was filled in at signing, a stamp in the top right corner. What their
appearance streams draw (or else their value) is read here as characters
in page coordinates, like pdfplumber's, for :mod:`nq35cls.readers.pdf` to
put into the page's lines.
"""

from __future__ import annotations

from typing import Any

from . import FOLDS

#: Annotations whose text is part of what the page shows: form fields and signature widgets, free-text
#: boxes and stamps (an e-signed document's number, day and signing time are stamped so, not in the page's text).
SHOWN_ANNOTATIONS = frozenset({"Widget", "FreeText", "Stamp"})
#: Annotation flags Hidden (2) and NoView (32): such an annotation is not shown.
_NOT_SHOWN = 2 | 32
#: Appearance streams drawn per page, at most; past them an annotation gives its value (/V, /Contents)
#: only, so that a page of thousands of annotations costs no more than reading them.
MAX_RENDERED = 200


def _field_value(data: dict) -> str:
    """The text value of a form field's widget (its own, or its parent field's), decoded."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    for owner in (data, resolve1(data.get("Parent")) or {}):
        value = resolve1(owner.get("V")) if isinstance(owner, dict) else None
        if isinstance(value, bytes):
            return " ".join(decode_text(value).split())
        if isinstance(value, str):
            return " ".join(value.split())
    return ""


class _FormBox:
    """What pdfminer's layout device asks of a page, for an annotation's appearance (a form XObject)."""

    def __init__(self, bbox: list[float]) -> None:
        self.pageid = 0
        self.mediabox = self.cropbox = bbox
        self.rotate = 0


def _appearance_chars(stream) -> list[tuple[str, float, float, float, float, float]]:
    """The characters an annotation's normal appearance stream draws: (text, x0, y0, x1, y1, size) in
    the stream's own space."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdftypes import resolve1

    def walk(item):
        for obj in item:
            if isinstance(obj, LTChar):
                yield obj
            elif isinstance(obj, LTContainer):
                yield from walk(obj)

    bbox = [float(v) for v in resolve1(stream.attrs.get("BBox")) or (0, 0, 0, 0)]
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager)
    box: Any = _FormBox(bbox)  # stands in for the PDFPage that the device only reads the box of
    device.begin_page(box, (1, 0, 0, 1, 0, 0))
    PDFPageInterpreter(manager, device).render_contents(resolve1(stream.attrs.get("Resources")) or {}, [stream])
    device.end_page(box)
    return [(c.get_text(), c.x0, c.y0, c.x1, c.y1, c.size) for c in walk(device.get_result())]


def _annotation_words(
    data: dict, render: bool = True
) -> tuple[list[tuple[str, float, float, float, float, float]], bool]:
    """What a shown annotation writes, as characters (text, x0, y0, x1, y1, size), and whether they are
    in its appearance stream's space (True) or already on the page: a value without an appearance
    text (a form field's /V, a box's /Contents) comes whole with the annotation's rectangle, to be
    laid out across it as the page is shown (:func:`annotation_chars`). With ``render`` false the
    appearance stream is not drawn, only the value is taken."""
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.utils import decode_text

    appearance = resolve1(data.get("AP"))
    normal = resolve1(appearance.get("N")) if isinstance(appearance, dict) else None
    if render and isinstance(normal, PDFStream):
        chars = [c for c in _appearance_chars(normal) if c[0].strip() or c[0] == " "]
        if any(c[0].strip() for c in chars):
            return chars, True
    value = _field_value(data) if getattr(data.get("Subtype"), "name", None) == "Widget" else ""
    contents = resolve1(data.get("Contents"))
    if not value and isinstance(contents, bytes):
        value = " ".join(decode_text(contents).split())
    if not value:
        return [], False
    ax, ay, bx, by = (float(v) for v in resolve1(data["Rect"]))
    return [(value, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), 0.0)], False


def _to_rect(data: dict, chars: list) -> list[tuple[str, float, float, float, float, float]]:
    """Characters of an appearance stream mapped onto the annotation's rectangle on the page (PDF 32000-1,
    12.5.5: the form's box, transformed by its matrix, is fitted to /Rect)."""
    from pdfminer.pdftypes import resolve1

    stream = resolve1(resolve1(data["AP"])["N"])
    matrix = tuple(float(v) for v in resolve1(stream.attrs.get("Matrix")) or (1, 0, 0, 1, 0, 0))

    def apply(x: float, y: float) -> tuple[float, float]:
        return _apply(matrix, x, y)

    bx0, by0, bx1, by1 = (float(v) for v in resolve1(stream.attrs["BBox"]))
    corners = [apply(x, y) for x in (bx0, bx1) for y in (by0, by1)]
    tx0, tx1 = min(p[0] for p in corners), max(p[0] for p in corners)
    ty0, ty1 = min(p[1] for p in corners), max(p[1] for p in corners)
    rx0, ry0, rx1, ry1 = (float(v) for v in resolve1(data["Rect"]))
    rx0, rx1, ry0, ry1 = min(rx0, rx1), max(rx0, rx1), min(ry0, ry1), max(ry0, ry1)
    sx = (rx1 - rx0) / (tx1 - tx0) if tx1 > tx0 else 1.0
    sy = (ry1 - ry0) / (ty1 - ty0) if ty1 > ty0 else 1.0
    out = []
    for text, x0, y0, x1, y1, size in chars:
        (px0, py0), (px1, py1) = apply(x0, y0), apply(x1, y1)
        px0, px1 = rx0 + (min(px0, px1) - tx0) * sx, rx0 + (max(px0, px1) - tx0) * sx
        py0, py1 = ry0 + (min(py0, py1) - ty0) * sy, ry0 + (max(py0, py1) - ty0) * sy
        out.append((text, px0, py0, px1, py1, size * sy))
    return out


def signatures_only(page) -> bool:
    """Whether the annotations a page shows are signatures' widgets alone, one at least: signing stamps, whose
    pictures hold the signer's name and the time, not the document's text (a link or a popup aside)."""
    from pdfminer.pdftypes import resolve1

    found = False
    try:
        for ref in resolve1(page.page_obj.annots) or []:
            data = resolve1(ref)
            kind = getattr(data.get("Subtype"), "name", None) if isinstance(data, dict) else None
            if kind in ("Link", "Popup"):
                continue
            parent = resolve1(data.get("Parent")) if kind == "Widget" else None
            field = resolve1(data.get("FT")) or (resolve1(parent.get("FT")) if isinstance(parent, dict) else None)
            if kind != "Widget" or getattr(field, "name", None) != "Sig":
                return False
            found = True
    except Exception:  # a damaged annotation list: drawn as it is
        return False
    return found


def annotation_chars(page) -> list[list[dict]]:
    """The text that shown annotations put on a page, one list of pdfplumber-like characters per
    annotation, in page coordinates. The annotation list is read lazily: pdfplumber's ``page.annots``
    resolves every reference of it and fails on the cycles of signed files (a signature's references
    back to its page)."""
    from pdfminer.pdftypes import resolve1

    try:
        annots = resolve1(page.page_obj.annots) or []
        ctm = _device_matrix(page.page_obj)
        left, top = (float(v) for v in page.mediabox[:2])
    except Exception:  # a damaged annotation list costs its annotations, not the page
        return []
    height = float(page.height)
    found = []
    rendered = 0
    for ref in annots if isinstance(annots, list) else ():
        try:
            data = resolve1(ref)
            if not isinstance(data, dict) or getattr(data.get("Subtype"), "name", None) not in SHOWN_ANNOTATIONS:
                continue
            if int(resolve1(data.get("F")) or 0) & _NOT_SHOWN:
                continue
            chars, drawn = _annotation_words(data, render=rendered < MAX_RENDERED)
            rendered += drawn
            placed = _to_rect(data, chars) if drawn else chars
        except Exception:  # one damaged annotation costs its own text only
            continue
        stamp = []
        for text, x0, y0, x1, y1, size in placed:
            # as pdfminer draws the page (rotated, from its media box's corner), then as pdfplumber measures it
            (ax, ay), (bx, by) = _apply(ctm, x0, y0), _apply(ctm, x1, y1)
            lo, hi = min(ax, bx) + left, max(ax, bx) + left
            box = {"top": height - max(ay, by) + top, "bottom": height - min(ay, by) + top}
            pieces = [(text, lo, hi)] if drawn else _spread(text, lo, hi)  # a value across its box
            size = size or min(box["bottom"] - box["top"], 12.0)
            stamp += [
                {
                    "text": piece.translate(FOLDS),
                    "x0": a,
                    "x1": b,
                    **box,
                    "doctop": box["top"],
                    "size": size,
                    "upright": True,
                    "fontname": "annotation",
                    "object_type": "char",
                    "annotation": True,
                }
                for piece, a, b in pieces
            ]
        if stamp:
            found.append(stamp)
    return found


def _spread(text: str, left: float, right: float) -> list[tuple[str, float, float]]:
    """A text's characters side by side across a box, as (character, x0, x1)."""
    step = (right - left) / max(len(text), 1)
    return [(ch, left + k * step, left + (k + 1) * step) for k, ch in enumerate(text)]


def _device_matrix(page_obj) -> tuple[float, ...]:
    """The matrix pdfminer draws a page with: turned by its /Rotate, from its media box's corner."""
    x0, y0, x1, y1 = (float(v) for v in page_obj.mediabox)
    turns = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1), 270: (0, 1, -1, 0, y1, -x0)}
    return turns.get(page_obj.rotate % 360, (1, 0, 0, 1, -x0, -y0))


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]
