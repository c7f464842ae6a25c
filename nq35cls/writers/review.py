"""The review file: the paragraphs the model is least sure of, for a person to correct.

A CSV (UTF-8 with BOM) with the columns of :data:`REVIEW_FIELDS`; the person
fills in ``correct_label`` and gives the file back to ``train.py --add``.
Text cells are written so that a spreadsheet never runs them as formulas
(:func:`~nq35cls.writers.safe_text.spreadsheet_text`); reading the file back
undoes that.
"""

from __future__ import annotations

import csv
import heapq
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..output_file import open_new
from ..safe_text import printable, spreadsheet_text

if TYPE_CHECKING:  # the writers need no labeling machinery to be imported
    from ..labeling import LabeledReport


#: The review file's columns: the paragraph, the model's label, the column to fill in, then the
#: paragraph's neighbours with the model's labels (stored with it as context when it is added back).
REVIEW_FIELDS: tuple[str, ...] = (
    "file",
    "index",
    "label",
    "confidence",
    "margin",
    "text",
    "correct_label",
    "previous",
    "previous_label",
    "next",
    "next_label",
)


class ReviewCollector:
    """Keep the ``size`` paragraphs with the lowest margin over a whole batch.

    Memory stays bounded by ``size`` whatever the number of files.

    Parameters
    ----------
    size : int
        How many paragraphs to keep.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._heap: list[tuple[float, int, dict]] = []
        self._seen = 0

    def add(self, report: LabeledReport) -> None:
        """Consider every paragraph of a labeled report."""
        ordered = sorted((*report.paragraphs, *report.dropped), key=lambda q: q.index)
        position = {q.index: k for k, q in enumerate(ordered)}
        for p in report.paragraphs:
            self._seen += 1
            k = position[p.index]
            before = ordered[k - 1] if k > 0 else None
            after = ordered[k + 1] if k + 1 < len(ordered) else None
            row = {
                "file": report.path,
                "index": p.index,
                "label": p.label,
                "confidence": round(p.confidence, 4),
                "margin": round(p.margin, 4),
                "text": p.text,
                "correct_label": "",
                "previous": before.text if before else "",
                "previous_label": before.label if before else "",
                "next": after.text if after else "",
                "next_label": after.label if after else "",
            }
            item = (-p.margin, -self._seen, row)
            if len(self._heap) < self.size:
                heapq.heappush(self._heap, item)
            elif item > self._heap[0]:
                heapq.heapreplace(self._heap, item)

    def rows(self) -> list[dict]:
        """The kept paragraphs, least sure first."""
        return [row for _, _, row in sorted(self._heap, key=lambda t: (-t[0], -t[1]))]

    def write(self, path: str | os.PathLike) -> None:
        """Write the review CSV (atomically: a temporary file renamed into place)."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}.tmp")
        with open_new(tmp, "w") as fh:
            fh.write("\ufeff")  # UTF-8 with BOM, as Excel wants
            writer = csv.DictWriter(fh, fieldnames=list(REVIEW_FIELDS), lineterminator="\r\n")
            writer.writeheader()
            for row in self.rows():
                writer.writerow(
                    {
                        **row,
                        "file": spreadsheet_text(printable(row["file"])),
                        "text": spreadsheet_text(row["text"]),
                        "previous": spreadsheet_text(row["previous"]),
                        "next": spreadsheet_text(row["next"]),
                    }
                )
        os.replace(tmp, path)
