"""Split a report's text into paragraphs.

A paragraph is a non-empty line: text between line breaks, with surrounding
white space left out. Headings on their own line are paragraphs too. Each
paragraph keeps its 0-based index and its character offsets in the text, so
``text[p.start:p.end] == p.text`` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? or … (possibly followed by closing quotes or
# brackets) when white space and an upper-case letter, digit or opening quote
# follow.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[0-9A-ZÀ-ỸĐ])")
# What a paragraph may end with and still have ended its sentence: a paragraph that ends otherwise, followed by
# one that opens in lower case, was cut inside a sentence (a hard-wrapped page, a PDF's lines).
SENTENCE_ENDS: tuple[str, ...] = tuple('.!?:;…”"»)')
# The mark of a list's item ("- ", "+ ", "a) ", "2. "): an item under a lead-in that ends with ":", or after another
# item, goes on with the list.
_LIST_ITEM = re.compile(r"^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s")
# Line breaks as Python's str.splitlines() knows them, minus the ones that
# occur inside ordinary text (form feed and the like count as breaks too).
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a report.

    Attributes
    ----------
    index : int
        0-based position among the report's paragraphs.
    start, end : int
        Character offsets of ``text`` in the report's text.
    text : str
        The paragraph as written, without surrounding white space.
    """

    index: int
    start: int
    end: int
    text: str


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs (non-empty lines), with their offsets.

    Parameters
    ----------
    text : str
        A report's decoded text.

    Returns
    -------
    list of Paragraph
        In document order.
    """
    paragraphs: list[Paragraph] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start = match.start() + lead
        paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped), stripped))
    return paragraphs


def continues_sentence(previous: str, text: str) -> bool:
    """Whether paragraph ``text`` goes on with the sentence of the paragraph before it, ``previous``: it opens in
    lower case and ``previous`` does not end with one of :data:`SENTENCE_ENDS` (a line break a page or a PDF put
    inside a sentence: "Một là, ... giữ vị trí" / "then chốt trong sự nghiệp ...").

    Examples
    --------
    >>> continues_sentence("Một là, công tác dân số giữ vị trí", "then chốt trong sự nghiệp phát triển.")
    True
    >>> continues_sentence("Hoàn thành 12 chỉ tiêu.", "các chỉ tiêu còn lại đạt trên 90%.")
    False
    """
    previous, text = previous.rstrip(), text.lstrip()
    return bool(previous) and text[:1].islower() and not previous.endswith(SENTENCE_ENDS)


def continues_list(previous: str, text: str) -> bool:
    """Whether paragraph ``text`` is an item of a list that ``previous`` opens (a lead-in ending with ":") or is an
    item of ("Kết quả như sau:" / "- Tổ chức 14 hội nghị;" / "- Cấp 2.000 tài liệu.").

    Examples
    --------
    >>> continues_list("Giải pháp trong thời gian tới:", "- Tăng cường tuyên truyền;")
    True
    >>> continues_list("Hoàn thành 12 chỉ tiêu.", "- Tăng cường tuyên truyền;")
    False
    """
    return _LIST_ITEM.match(text) is not None and (
        previous.rstrip().endswith(":") or _LIST_ITEM.match(previous) is not None
    )


def continues_previous(previous: str, text: str) -> bool:
    """Whether paragraph ``text`` goes on with the one before it: a fragment of its sentence
    (:func:`continues_sentence`) or an item of its list (:func:`continues_list`)."""
    return continues_sentence(previous, text) or continues_list(previous, text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, as (start, end) character offsets.

    A rule-based splitter (sentence-final punctuation followed by white space
    and a capital letter or digit), which keeps exact offsets into ``text``.

    Parameters
    ----------
    text : str
        One paragraph.

    Returns
    -------
    list of (int, int)
        Spans that cover the paragraph's sentences, without the white space
        between them; ``[(0, len(text))]`` for a single sentence.
    """
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans or [(0, len(text))]
