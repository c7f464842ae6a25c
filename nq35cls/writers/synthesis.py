"""What a synthesis of many reports needs: their paragraphs grouped by part and file, and by theme.

:class:`Synthesis` collects labeled reports (and the files that failed) as a
batch runs; the HTML, Markdown, Excel and Word writers render it. It keeps
only what they show: per file its counts, per part its paragraphs (with the
sentences of mixed paragraphs). :meth:`Synthesis.themes` groups a part's
paragraphs, and the sentences of mixed paragraphs that belong to the part,
into themes (:mod:`nq35cls.themes`) with their figures (:mod:`nq35cls.figures`),
computed when a writer first asks.
"""

from __future__ import annotations

import gc
import heapq
import re
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, TYPE_CHECKING, Any

from ..figures import Figure, find_figures, summarize
from ..labels import LABELS
from ..metadata import HEADER_PARAGRAPHS, ReportMetadata, extract_metadata
from ..themes import Theme, find_themes, is_heading

if TYPE_CHECKING:  # the writers need no labeling machinery to be imported
    from ..labeling import LabeledReport

#: Two words at least: a letter, then something else than letters, then a letter again.
_TWO_WORDS = re.compile(r"[^\W\d_][\W\d_]+[^\W\d_]")

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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused, then restored as it was.

    Grouping a part of 1,000 reports allocates hundreds of thousands of
    short-lived objects (the texts' terms, the titles' phrases), none in a
    cycle; each time they trigger a full collection, it walks every object the
    batch holds (30,000 paragraphs).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class Entry:
    """One paragraph as a synthesis shows it."""

    file_no: int
    index: int
    location: str | None
    confidence: float
    mixed: bool
    text: str
    #: For a mixed paragraph, each sentence as (label, text); None otherwise.
    sentences: tuple[tuple[str, str], ...] | None = None

    @property
    def low(self) -> bool:
        return self.confidence < LOW_CONFIDENCE

    def part_text(self, label: str) -> str:
        """A mixed paragraph's sentences of part ``label``, joined (empty when it has none or is not mixed)."""
        return " ".join(t for lab, t in self.sentences or () if lab == label)


@dataclass(frozen=True)
class ThemeItem:
    """A member of a theme: a paragraph, or the sentences of a mixed paragraph that belong to the theme's part."""

    entry: Entry
    text: str

    @property
    def whole(self) -> bool:
        """True when the member is the whole paragraph."""
        return self.text == self.entry.text

    def cite(self) -> str:
        """The member's citation: file number and paragraph index ("3 §12")."""
        return f"{self.entry.file_no} §{self.entry.index}"


@dataclass(frozen=True)
class ThemeGroup:
    """A theme of one part as a synthesis shows it."""

    theme: Theme
    items: tuple[ThemeItem, ...]
    representative: ThemeItem
    figures: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.theme.title

    @property
    def n_reports(self) -> int:
        return self.theme.n_reports

    @property
    def singleton(self) -> bool:
        return self.theme.singleton


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
    executor : object with ``submit(function, *args)``, optional
        Worker processes (:class:`nq35cls.workers.LocalWorkers`, a
        ``concurrent.futures`` executor). When the themes are first asked for,
        those of every part but the largest are computed there while this
        process computes the largest's (the same themes, sooner); a part whose
        worker fails is computed here.
    """

    def __init__(self, keep_paragraphs: bool = True, *, executor: Any = None) -> None:
        self.keep_paragraphs = keep_paragraphs
        self.executor = executor
        self.files: list[FileRow] = []
        self.entries: dict[str, list[Entry]] = {label: [] for label in LABELS}
        self._themes: dict[str, list[ThemeGroup]] = {}
        self._items: dict[str, list[ThemeItem]] = {}
        self._figures: dict[tuple[int, int, str], list[Figure]] = {}
        self._found: dict[str, list[Theme] | Future] = {}  # find_themes' output per part, or its future

    def add(self, report: LabeledReport) -> FileRow:
        """Take in one labeled report, with the paragraphs it dropped as web-page chrome."""
        row = FileRow(len(self.files) + 1, report.path, report.encoding)
        first = islice(heapq.merge(report.paragraphs, report.dropped, key=lambda p: p.index), HEADER_PARAGRAPHS)
        row.metadata = extract_metadata([p.text for p in first])
        for p in (*report.paragraphs, *report.dropped):
            if self.keep_paragraphs:
                sentences = tuple((s.label, p.text[s.start : s.end]) for s in p.sentences) if p.sentences else None
                self.entries[p.label].append(
                    Entry(row.no, p.index, p.location, p.confidence, p.mixed, p.text, sentences)
                )
            row.counts[p.label] += 1
            row.low += p.confidence < LOW_CONFIDENCE
            row.mixed += p.mixed
        self.files.append(row)
        self._themes.clear()
        self._items.clear()
        self._found.clear()
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

    def theme_items(self, label: str) -> list[ThemeItem]:
        """What the themes of part ``label`` group, in input order: the part's paragraphs (a mixed one by its
        sentences of the part), then the sentences of part ``label`` of mixed paragraphs labeled otherwise.
        Section headings ("I. KẾT QUẢ ĐẠT ĐƯỢC", :func:`~nq35cls.themes.is_heading`) and fragments of fewer
        than two words are not points: left out (the per-report listings keep them). Computed once."""
        if label in self._items:
            return self._items[label]
        items = [ThemeItem(e, (e.sentences and e.part_text(label)) or e.text) for e in self.entries[label]]
        for other in LABELS:
            if other != label:  # only a mixed paragraph has sentences of another part than its own
                mixed = [(e, e.part_text(label)) for e in self.entries[other] if e.sentences]
                items += [ThemeItem(e, text) for e, text in mixed if text]
        # a heading, or a mixed paragraph's fragment ("1.") of fewer than two words, is not a point
        items = [i for i in items if _TWO_WORDS.search(i.text) and not is_heading(i.entry.text)]
        self._items[label] = items
        return items

    def themes(self, label: str) -> list[ThemeGroup]:
        """The themes of part ``label`` (see :func:`nq35cls.themes.find_themes`), computed once.

        Every item of :meth:`theme_items` is in exactly one theme; themes raised
        by more reports come first, those raised by one report (singletons) last.
        """
        if label not in self._themes:
            items = self.theme_items(label)
            found = self._found_themes(label)
            groups = []
            for t in found:
                members = tuple(items[m] for m in t.members)
                figures = [f for m in members for f in self._figures_of(m)] if label == "results" else []
                groups.append(ThemeGroup(t, members, items[t.representative], tuple(summarize(figures))))
            self._themes[label] = groups
        return self._themes[label]

    def _found_themes(self, label: str) -> list[Theme]:
        """:func:`~nq35cls.themes.find_themes` on the items of part ``label``.

        With an executor, the first call submits every part but the largest to
        it, then computes the largest here; each part's result is then taken
        from its future (or computed here if it could not be submitted or its
        worker failed).
        """
        if self.executor is not None and not self._found:
            parts = [p for p, _ in PARTS if p not in self._themes]
            largest = max(parts, key=lambda p: len(self.theme_items(p)))
            for p in parts:
                if p != largest:
                    try:
                        self._found[p] = self.executor.submit(find_themes, *self._theme_inputs(p))
                    except Exception:  # workers that cannot take it (stopped, broken): computed here when asked
                        pass
            self._found[largest] = self._themes_here(largest)
        found = self._found.get(label)
        if isinstance(found, Future):
            try:
                return found.result()
            except Exception:  # a worker that died or failed: the same work here
                return self._themes_here(label)
        return found if found is not None else self._themes_here(label)

    def _themes_here(self, label: str) -> list[Theme]:
        """:func:`~nq35cls.themes.find_themes` on the items of part ``label``, in this process."""
        with _collector_paused():
            return find_themes(*self._theme_inputs(label))

    def _theme_inputs(self, label: str) -> tuple[list[str], list[int]]:
        """:func:`~nq35cls.themes.find_themes`'s arguments for part ``label``: its items' texts and reports."""
        items = self.theme_items(label)
        return [i.text for i in items], [i.entry.file_no for i in items]

    def _figures_of(self, item: ThemeItem) -> list[Figure]:
        key = (item.entry.file_no, item.entry.index, item.text)
        if key not in self._figures:
            self._figures[key] = find_figures(item.text)
        return self._figures[key]

    def figures_by_file(self) -> dict[int, list[str]]:
        """The figures of each file's results (paragraphs and mixed paragraphs' results sentences)."""
        found: dict[int, list[Figure]] = {}
        for item in self.theme_items("results"):
            found.setdefault(item.entry.file_no, []).extend(self._figures_of(item))
        return {no: summarize(figures, limit=40) for no, figures in found.items()}

    def totals(self) -> Counter:
        """Paragraph counts by label over all files."""
        total: Counter = Counter()
        for f in self.files:
            total.update(f.counts)
        return total


class SynthesisWriter:
    """Base of the writers that need the whole batch: collect, then render on :meth:`close`.

    Subclasses define :meth:`render` (or :meth:`close`). ``header`` is
    accepted for the common writer signature and unused; ``executor`` goes to
    the :class:`Synthesis`.
    """

    def __init__(self, stream: IO, *, header: bool = True, out_dir: str | None = None, executor: Any = None) -> None:
        self.stream = stream
        self.out_dir = out_dir
        self.synthesis = Synthesis(executor=executor)

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
