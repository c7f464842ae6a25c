"""The output record of a labeled paragraph: what the record formats (jsonl, csv) write, one per paragraph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..safe_text import printable

if TYPE_CHECKING:  # the writers need no labeling machinery to be imported
    from ..labeling import LabeledReport

#: The columns of every output record.
FIELDS: tuple[str, ...] = (
    "file",
    "index",
    "start",
    "end",
    "location",
    "label",
    "confidence",
    "mixed",
    "sentences",
    "text",
)


def records(report: LabeledReport) -> list[dict]:
    """Output records of one labeled report (one dict per paragraph).

    ``file`` is the path with control characters and the bytes of a name that
    is not UTF-8 shown as escapes (:func:`~nq35cls.safe_text.printable`).
    """
    return [
        {
            "file": printable(report.path),
            "index": p.index,
            "start": p.start,
            "end": p.end,
            "location": p.location,
            "label": p.label,
            "confidence": round(p.confidence, 4),
            "mixed": p.mixed,
            "sentences": [
                {"start": s.start, "end": s.end, "label": s.label, "confidence": round(s.confidence, 4)}
                for s in p.sentences
            ]
            if p.sentences
            else None,
            "text": p.text,
        }
        for p in report.paragraphs
    ]
