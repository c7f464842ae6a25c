"""CSV output, UTF-8 with a byte-order mark so that Excel opens it right."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from typing import TextIO


class CsvWriter:
    """Write labeled reports as CSV with a header row."""

    def __init__(self, stream: TextIO, fields: Sequence[str], to_records: Callable) -> None:
        self.stream = stream
        self.to_records = to_records
        self.stream.write("\ufeff")
        self._csv = csv.DictWriter(stream, fieldnames=list(fields), lineterminator="\r\n")
        self._csv.writeheader()

    def write(self, report) -> None:
        """Write every paragraph of one labeled report."""
        self._csv.writerows(self.to_records(report))

    def close(self) -> None:
        """Nothing to finish for CSV."""
