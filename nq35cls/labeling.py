"""The labeling core shared by the library, the CLI and evaluation.

text -> paragraphs (:mod:`nq35cls.segment`) -> labels (:mod:`nq35cls.model`).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from .labels import BOILERPLATE
from .options import Options
from .readers import Text, read
from .scoring import DocumentScorer
from .segment import Paragraph, split_paragraphs, split_sentences

#: Source formats that are the report's own file, not a web page: web-page
#: chrome is unlikely there, so their paragraphs are dropped as boilerplate
#: only on very strong evidence.
FILE_FORMATS = frozenset({"docx", "pdf", "doc", "rtf", "image"})
#: Added to the boilerplate logit of every paragraph of a :data:`FILE_FORMATS`
#: file (e^3: twenty times less likely than in a web page).
FILE_BOILERPLATE_BIAS = -3.0


def format_boilerplate_bias(source_format: str) -> float:
    """The boilerplate bias of a document read from ``source_format`` (``docx``, ``pdf``, ``html``, ``txt``, ...)."""
    return FILE_BOILERPLATE_BIAS if source_format in FILE_FORMATS else 0.0


class _PickledByPosition:
    """Pickled as its field values in order (which is the order of its
    ``__dict__``: the dataclass ``__init__`` sets them so), not as a dict of
    attribute names: half the unpickling time for results sent back by
    worker processes."""

    __slots__ = ()

    def __reduce__(self):
        return (type(self), tuple(self.__dict__.values()))


@dataclass(frozen=True)
class LabeledSentence(_PickledByPosition):
    """A sentence of a mixed paragraph; offsets are relative to the paragraph's text."""

    start: int
    end: int
    label: str
    confidence: float


@dataclass(frozen=True)
class LabeledParagraph(_PickledByPosition):
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
    margin : float
        Best minus second-best label probability; low values are the
        paragraphs most worth a human look.
    mixed : bool
        True when the paragraph's sentences belong to different parts with
        confidence; ``label`` stays the paragraph's (its larger share).
    sentences : tuple of LabeledSentence or None
        For mixed paragraphs, every sentence with its label.
    location : str or None
        Where the paragraph is in a structured source file ("page 3",
        "table 1, row 2"); None for plain text, where ``start``/``end`` tell.
    """

    index: int
    start: int
    end: int
    text: str
    label: str
    confidence: float
    margin: float = 1.0
    mixed: bool = False
    sentences: tuple[LabeledSentence, ...] | None = None
    location: str | None = None


@dataclass(frozen=True)
class LabeledReport(_PickledByPosition):
    """A report file and its labeled paragraphs.

    Attributes
    ----------
    path : str
    encoding : str
        The text encoding (plain text) or format (docx, pdf, html) read.
    paragraphs : tuple of LabeledParagraph
    sha256 : str
        SHA-256 of the file's bytes.
    warnings : tuple of str
        What reading the file found worth telling (see :class:`nq35cls.readers.Text`).
    dropped : tuple of LabeledParagraph
        The paragraphs left out of ``paragraphs`` as web-page chrome
        (``boilerplate``), unless they were kept: nothing is lost silently.
    """

    path: str
    encoding: str
    paragraphs: tuple[LabeledParagraph, ...]
    sha256: str = ""
    warnings: tuple[str, ...] = ()
    dropped: tuple[LabeledParagraph, ...] = ()


#: Least probability of a sentence's best label for the sentence to count in :func:`mixed_sentences`, and least
#: share of a paragraph's characters two labels must each cover. Chosen on the real-anchored cross-validation
#: (``benchmarks/bench_mixed.py``: the pair best on four folds, the same in all five, scored on the fifth): of
#: the parts a sentence adds, 0.59 are right (0.52 with 0.6 / 0.15 before), of the parts a paragraph hides,
#: 0.51 are found (0.54).
MIXED_MIN_CONFIDENCE = 0.7
MIXED_MIN_SHARE = 0.1


def mixed_sentences(
    proba: np.ndarray,
    lengths: Sequence[int],
    min_confidence: float = MIXED_MIN_CONFIDENCE,
    min_share: float = MIXED_MIN_SHARE,
) -> bool:
    """Whether a paragraph's sentences disagree with confidence.

    Parameters
    ----------
    proba : ndarray of shape (n_sentences, n_classes)
        Label probabilities of each sentence.
    lengths : sequence of int
        Length of each sentence in characters.
    min_confidence : float, default=MIXED_MIN_CONFIDENCE
        Only sentences whose best label has at least this probability count.
    min_share : float, default=MIXED_MIN_SHARE
        Each of at least two labels must cover this share of the paragraph's
        characters, counting confident sentences only.

    Returns
    -------
    bool
    """
    if len(proba) < 2:
        return False
    total = float(sum(lengths))
    share: dict[int, float] = {}
    for row, length in zip(proba, lengths):
        best = int(row.argmax())
        if row[best] >= min_confidence:
            share[best] = share.get(best, 0.0) + length / total
    return sum(1 for v in share.values() if v >= min_share) >= 2


def _without_chrome(
    paragraphs: list[LabeledParagraph], keep_boilerplate: bool
) -> tuple[list[LabeledParagraph], tuple[LabeledParagraph, ...]]:
    """The paragraphs kept and those dropped as web-page chrome (none dropped with ``keep_boilerplate``)."""
    if keep_boilerplate:
        return paragraphs, ()
    return [p for p in paragraphs if p.label != BOILERPLATE], tuple(p for p in paragraphs if p.label == BOILERPLATE)


def _label_all(
    documents: Sequence[Sequence[Paragraph]],
    model: DocumentScorer,
    sentences: bool,
    boilerplate_bias: Sequence[float] | None,
) -> list[list[LabeledParagraph]]:
    """Every paragraph of every document labeled, boilerplate included."""
    texts = [[p.text for p in doc] for doc in documents]
    spans = [[split_sentences(t) for t in doc] for doc in texts] if sentences else None
    predictions = model.predict_detailed(texts, spans, boilerplate_bias)
    out = []
    for d, (doc, prediction) in enumerate(zip(documents, predictions)):
        labeled = []
        rows = zip(doc, prediction.labels, prediction.confidence, prediction.margin)
        for i, (p, lab, conf, margin) in enumerate(rows):
            mixed, parts = False, None
            if (
                spans is not None
                and prediction.sentence_proba is not None
                and len(spans[d][i]) > 1
                and lab != BOILERPLATE
            ):
                proba = prediction.sentence_proba[i]
                if mixed_sentences(proba, [b - a for a, b in spans[d][i]]):
                    mixed = True
                    parts = tuple(
                        LabeledSentence(a, b, str(model.classes_[row.argmax()]), float(row.max()))
                        for (a, b), row in zip(spans[d][i], proba)
                    )
            labeled.append(
                LabeledParagraph(p.index, p.start, p.end, p.text, str(lab), float(conf), float(margin), mixed, parts)
            )
        out.append(labeled)
    return out


def with_decoding(model: DocumentScorer, decode: bool) -> DocumentScorer:
    """``model`` itself when it decodes as asked, else a shallow copy that does (the caller's is never changed)."""
    if model.decode == decode:
        return model
    changed = copy.copy(model)
    changed.decode = decode
    return changed


def label_texts(texts: Sequence[Text], model: DocumentScorer, options: Options | None = None) -> list[LabeledReport]:
    """Label the paragraphs of texts read from files, as one batch.

    Parameters
    ----------
    texts : sequence of Text
        From :func:`nq35cls.readers.read`.
    model : ReportClassifier or LabelingModel
        A fitted model, e.g. from :func:`nq35cls.load_model`.
    options : Options, optional
        How to label (:class:`nq35cls.options.Options`); None: the defaults.

    Returns
    -------
    list of LabeledReport
        One per text, in order, with each paragraph's source location. A
        .docx, .pdf or .doc file's paragraphs are taken for web-page chrome
        only on very strong evidence (:data:`FILE_BOILERPLATE_BIAS`); the
        paragraphs dropped as chrome are kept in ``dropped``.
    """
    options = options or Options()
    model = with_decoding(model, options.decode)
    documents = [split_paragraphs(t.text) for t in texts]
    bias = [format_boilerplate_bias(t.format) for t in texts]
    reports = []
    for text, paragraphs in zip(texts, _label_all(documents, model, options.sentences, bias)):
        if text.locations is not None:
            paragraphs = [replace(p, location=text.locations[p.index]) for p in paragraphs]
        kept, chrome = _without_chrome(paragraphs, options.keep_boilerplate)
        reports.append(LabeledReport(text.path, text.encoding, tuple(kept), text.sha256, text.warnings, chrome))
    return reports


def label_text(text: str, model: DocumentScorer, options: Options | None = None) -> list[LabeledParagraph]:
    """Split a report's text into paragraphs and label each one.

    Parameters
    ----------
    text : str
        The whole report; paragraphs are its non-empty lines.
    model : ReportClassifier or LabelingModel
        A fitted model, e.g. from :func:`nq35cls.load_model`.
    options : Options, optional
        How to label (:class:`nq35cls.options.Options`: keep web-page chrome,
        label sentences, decode); None: the defaults.

    Returns
    -------
    list of LabeledParagraph
        In document order; web-page chrome left out unless
        ``options.keep_boilerplate``.

    Examples
    --------
    >>> import nq35cls
    >>> model = nq35cls.load_model()
    >>> for p in nq35cls.label_text("Thời gian tới, cần tăng cường tuyên truyền.", model):
    ...     print(p.label)
    solutions
    """
    options = options or Options()
    model = with_decoding(model, options.decode)
    documents = [split_paragraphs(text)]
    return _without_chrome(_label_all(documents, model, options.sentences, None)[0], options.keep_boilerplate)[0]


def label_file(path: str | os.PathLike, model: DocumentScorer, options: Options | None = None) -> LabeledReport:
    """Read a report file (.txt, .docx, .pdf, .doc, .rtf, .html) and label its paragraphs (see :func:`label_text`).

    Parameters
    ----------
    path : str or os.PathLike
        The report file.
    model : ReportClassifier or LabelingModel
        A fitted model.
    options : Options, optional
        How to read and label it; None: the defaults.

    Raises
    ------
    InputError
        If the file cannot be read as a report (named in the message).
    """
    options = options or Options()
    text = read(path, options.max_bytes, time_limit=options.time_limit, max_paragraphs=options.max_paragraphs)
    return label_texts([text], model, options)[0]
