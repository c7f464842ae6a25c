"""The labeling core shared by the library, the CLI and evaluation.

text -> paragraphs (:mod:`nq35cls.segment`) -> labels (:mod:`nq35cls.model`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from .labels import BOILERPLATE
from .model import ReportClassifier
from .readers import DEFAULT_MAX_BYTES, read
from .segment import Paragraph, split_paragraphs


@dataclass(frozen=True)
class LabeledParagraph:
    """A paragraph with its label.

    Attributes
    ----------
    index : int
        0-based position among the report's paragraphs (boilerplate included).
    start, end : int
        Character offsets in the report's text.
    text : str
        The paragraph as written.
    label : str
        ``results``, ``limitations``, ``solutions``, ``other`` or ``boilerplate``.
    confidence : float
        Probability of ``label``, in [0, 1].
    """

    index: int
    start: int
    end: int
    text: str
    label: str
    confidence: float


@dataclass(frozen=True)
class LabeledReport:
    """A report file and its labeled paragraphs."""

    path: str
    encoding: str
    paragraphs: tuple[LabeledParagraph, ...]


def label_paragraph_lists(
    documents: Sequence[Sequence[Paragraph]], model: ReportClassifier, keep_boilerplate: bool = False
) -> list[list[LabeledParagraph]]:
    """Label several documents' paragraphs in one call (one feature matrix).

    Parameters
    ----------
    documents : sequence of sequence of Paragraph
        Each document's paragraphs, from :func:`nq35cls.segment.split_paragraphs`.
    model : ReportClassifier
        A fitted model.
    keep_boilerplate : bool, default=False
        Keep paragraphs labeled ``boilerplate`` in the result.

    Returns
    -------
    list of list of LabeledParagraph
    """
    predictions = model.predict_with_confidence([[p.text for p in doc] for doc in documents])
    out = []
    for doc, (labels, confidence) in zip(documents, predictions):
        out.append(
            [
                LabeledParagraph(p.index, p.start, p.end, p.text, str(lab), float(conf))
                for p, lab, conf in zip(doc, labels, confidence)
                if keep_boilerplate or lab != BOILERPLATE
            ]
        )
    return out


def label_text(text: str, model: ReportClassifier, keep_boilerplate: bool = False) -> list[LabeledParagraph]:
    """Split a report's text into paragraphs and label each one.

    Parameters
    ----------
    text : str
        The whole report; paragraphs are its non-empty lines.
    model : ReportClassifier
        A fitted model, e.g. from :func:`nq35cls.load_model`.
    keep_boilerplate : bool, default=False
        Keep web-page chrome (labeled ``boilerplate``) in the result.

    Returns
    -------
    list of LabeledParagraph
        In document order.

    Examples
    --------
    >>> import nq35cls
    >>> model = nq35cls.load_model()
    >>> for p in nq35cls.label_text("Thời gian tới, cần tăng cường tuyên truyền.", model):
    ...     print(p.label)
    solutions
    """
    return label_paragraph_lists([split_paragraphs(text)], model, keep_boilerplate)[0]


def label_file(
    path: str | os.PathLike,
    model: ReportClassifier,
    keep_boilerplate: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LabeledReport:
    """Read a report file and label its paragraphs.

    Raises
    ------
    InputError
        If the file cannot be read as a report (named in the message).
    """
    report = read(path, max_bytes=max_bytes)
    paragraphs = label_text(report.text, model, keep_boilerplate)
    return LabeledReport(report.path, report.encoding, tuple(paragraphs))
