"""JSON Lines output: one object per labeled paragraph."""

from __future__ import annotations

import json
from typing import Any, TextIO

from .records import records


class JsonlWriter:
    """Write labeled reports as JSON Lines (UTF-8, one object per paragraph)."""

    def __init__(
        self, stream: TextIO, *, header: bool = True, out_dir: str | None = None, executor: Any = None
    ) -> None:
        self.stream = stream
        self._encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per record

    def write(self, report) -> None:
        """Write every paragraph of one labeled report."""
        encode = self._encode
        self.stream.write("".join(encode(r) + "\n" for r in records(report)))

    def fail(self, path: str, problem: str) -> None:
        """Failed files are reported on stderr, not in this format."""

    def close(self) -> None:
        """Nothing to finish for JSON Lines."""
