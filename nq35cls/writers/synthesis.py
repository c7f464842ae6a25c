"""What a synthesis of many reports needs: their paragraphs grouped by part and file.

:class:`Synthesis` collects labeled reports (and the files that failed) as a
batch runs; the HTML, Markdown and Excel writers render it. It keeps only
what they show: per file its counts, per part its paragraphs.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, TextIO

from ..labels import LABELS
from ..metadata import HEADER_PARAGRAPHS, ReportMetadata, extract_metadata

if TYPE_CHECKING:  # the writers need no labeling machinery to be imported
    from ..labeling import LabeledReport

#: Paragraphs whose confidence is below this are marked for a human look.
LOW_CONFIDENCE = 0.6

#: The parts a synthesis presents, in order, with their Vietnamese names.
PARTS: tuple[tuple[str, str], ...] = (
    ("results", "Kết quả đạt được"),
    ("limitations", "Hạn chế, nguyên nhân"),
    ("solutions", "Giải pháp, kiến nghị"),
)
#: The appendix that lists what was left out as web-page chrome, so that nothing is lost unseen.
APPENDIX: tuple[str, str] = ("boilerplate", "Phụ lục: đoạn bị bỏ qua như phần khung trang web")


@dataclass(frozen=True)
class Entry:
    """One paragraph as a synthesis shows it."""

    file_no: int
    index: int
    location: str | None
    confidence: float
    mixed: bool
    text: str

    @property
    def low(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


@dataclass
class FileRow:
    """One input file: its counts, or the problem that stopped it."""

    no: int
    path: str
    source_format: str = ""
    counts: Counter = field(default_factory=Counter)
    low: int = 0
    mixed: int = 0
    problem: str | None = None
    metadata: ReportMetadata | None = None

    @property
    def name(self) -> str | None:
        """The report named by its header (issuing body, number, date), or None: see :attr:`path`."""
        return self.metadata.name if self.metadata is not None else None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, label: str) -> float:
        """Share of ``label`` among the file's results, limitations and solutions paragraphs."""
        parts = sum(self.counts[p] for p, _ in PARTS)
        return self.counts[label] / parts if parts else 0.0


class Synthesis:
    """Collect a batch's labeled reports for a synthesis.

    Parameters
    ----------
    keep_paragraphs : bool, default=True
        Keep every paragraph (for rendering); False keeps the per-file counts only.
    """

    def __init__(self, keep_paragraphs: bool = True) -> None:
        self.keep_paragraphs = keep_paragraphs
        self.files: list[FileRow] = []
        self.entries: dict[str, list[Entry]] = {label: [] for label in LABELS}

    def add(self, report: LabeledReport) -> FileRow:
        """Take in one labeled report, with the paragraphs it dropped as web-page chrome."""
        row = FileRow(len(self.files) + 1, report.path, report.encoding)
        first = islice(heapq.merge(report.paragraphs, report.dropped, key=lambda p: p.index), HEADER_PARAGRAPHS)
        row.metadata = extract_metadata([p.text for p in first])
        for p in (*report.paragraphs, *report.dropped):
            if self.keep_paragraphs:
                self.entries[p.label].append(Entry(row.no, p.index, p.location, p.confidence, p.mixed, p.text))
            row.counts[p.label] += 1
            row.low += p.confidence < LOW_CONFIDENCE
            row.mixed += p.mixed
        self.files.append(row)
        return row

    def fail(self, path: str, problem: str) -> FileRow:
        """Record a file that could not be labeled."""
        row = FileRow(len(self.files) + 1, path, problem=problem)
        self.files.append(row)
        return row

    @property
    def labeled(self) -> list[FileRow]:
        return [f for f in self.files if f.problem is None]

    @property
    def failed(self) -> list[FileRow]:
        return [f for f in self.files if f.problem is not None]

    def by_file(self, label: str) -> list[tuple[FileRow, list[Entry]]]:
        """The paragraphs of one part, grouped by file, in input order."""
        groups: dict[int, list[Entry]] = {}
        for e in self.entries[label]:
            groups.setdefault(e.file_no, []).append(e)
        return [(self.files[no - 1], entries) for no, entries in groups.items()]

    def totals(self) -> Counter:
        """Paragraph counts by label over all files."""
        total: Counter = Counter()
        for f in self.files:
            total.update(f.counts)
        return total


class SynthesisWriter:
    """Base of the writers that need the whole batch: collect, then render on :meth:`close`.

    Subclasses define :meth:`render`. ``fields``, ``to_records`` and
    ``header`` are accepted for the common writer signature and unused.
    """

    def __init__(
        self,
        stream: TextIO,
        fields: Sequence[str],
        to_records: Callable,
        header: bool = True,
        out_dir: str | None = None,
    ) -> None:
        self.stream = stream
        self.out_dir = out_dir
        self.synthesis = Synthesis()

    def write(self, report: LabeledReport) -> None:
        """Take in one labeled report."""
        self.synthesis.add(report)

    def fail(self, path: str, problem: str) -> None:
        """List a file that failed in the synthesis."""
        self.synthesis.fail(path, problem)

    def render(self) -> str:
        raise NotImplementedError

    def close(self) -> None:
        """Write the synthesis."""
        self.stream.write(self.render())
