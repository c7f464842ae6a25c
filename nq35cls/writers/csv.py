"""CSV output, UTF-8 with a byte-order mark so that Excel opens it right.

Text cells that a spreadsheet would run as a formula (a leading ``= + - @``,
tab or carriage return) are prefixed with ``'`` (OWASP's rule), file names
have their control characters escaped.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from ..safe_text import printable, spreadsheet_text
from .records import FIELDS, records


class CsvWriter:
    """Write labeled reports as CSV with a header row.

    The ``sentences`` column of a mixed paragraph holds its sentence spans as
    a JSON list; it is empty otherwise.
    """

    def __init__(
        self, stream: TextIO, *, header: bool = True, out_dir: str | None = None, executor: Any = None
    ) -> None:
        self.stream = stream
        self._csv = csv.DictWriter(stream, fieldnames=list(FIELDS), lineterminator="\r\n")
        if header:
            self.stream.write("\ufeff")
            self._csv.writeheader()

    def write(self, report) -> None:
        """Write every paragraph of one labeled report."""
        for record in records(report):
            sentences = record["sentences"]
            row = {k: spreadsheet_text(v) if isinstance(v, str) else v for k, v in record.items()}
            row["file"] = spreadsheet_text(printable(record["file"]))
            row["sentences"] = json.dumps(sentences, ensure_ascii=False) if sentences else ""
            self._csv.writerow(row)

    def fail(self, path: str, problem: str) -> None:
        """Failed files are reported on stderr, not in this format."""

    def close(self) -> None:
        """Nothing to finish for CSV."""
