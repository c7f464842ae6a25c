"""How reports are read and labeled: one options object for the library, the batch runner and the CLI.

:func:`nq35cls.label_text`, :func:`nq35cls.label_file`,
:func:`nq35cls.batch.label_files` and ``nq35cls label`` all take an
:class:`Options`; the command line builds one from its flags.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from numbers import Real

from .readers import DEFAULT_MAX_BYTES
from .readers.budget import DEFAULT_MAX_PARAGRAPHS, DEFAULT_TIME_LIMIT


@dataclass(frozen=True)
class Options:
    """How each report is read and labeled.

    Parameters
    ----------
    keep_boilerplate : bool, default=False
        Keep paragraphs labeled ``boilerplate`` (web-page chrome) among the
        labeled paragraphs; otherwise they are set apart in
        ``LabeledReport.dropped``, never lost.
    sentences : bool, default=True
        Label the sentences of multi-sentence paragraphs too, and mark
        paragraphs whose sentences belong to different parts as ``mixed``.
    decode : bool, default=True
        Label each document jointly (Viterbi); False labels paragraph by
        paragraph. The caller's model is never changed: a copy decodes so.
    max_bytes : int
        Larger files are refused.
    time_limit : float or None
        Seconds reading one file may take (None: no limit); see
        :func:`nq35cls.readers.budget.time_limit`.
    max_paragraphs : int
        Files of more paragraphs than this are refused.
    debug : bool, default=False
        Print the traceback of a reader's unexpected failure (to stderr).
    """

    keep_boilerplate: bool = False
    sentences: bool = True
    decode: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    time_limit: float | None = DEFAULT_TIME_LIMIT
    max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS
    debug: bool = False

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type == "bool" and not isinstance(value, bool):
                raise TypeError(f"Options.{f.name} must be True or False, not {value!r}")
        for name in ("max_bytes", "max_paragraphs"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"Options.{name} must be a positive integer, not {value!r}")
        limit = self.time_limit
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, Real) or not limit > 0):
            raise ValueError(f"Options.time_limit must be a number of seconds > 0 or None, not {limit!r}")
