"""nq35cls: label the paragraphs of Vietnamese implementation reports.

Each paragraph of a report (báo cáo sơ kết, tổng kết, đánh giá kết quả thực
hiện) is labeled ``results``, ``limitations``, ``solutions``, ``other`` or
``boilerplate`` (web-page chrome).

>>> import nq35cls
>>> model = nq35cls.load_model()                      # the shipped model
>>> paragraphs = nq35cls.label_text(text, model)      # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.2.2"

__all__ = [
    "DataError",
    "InputError",
    "LabeledParagraph",
    "LabeledReport",
    "ModelError",
    "Nq35Error",
    "ReportClassifier",
    "label_file",
    "label_text",
    "load_data",
    "load_model",
    "save_model",
    "__version__",
]

# Heavy modules (scikit-learn) load on first use, not at import time.
_LAZY = {
    "ReportClassifier": "model",
    "LabeledParagraph": "labeling",
    "LabeledReport": "labeling",
    "label_file": "labeling",
    "label_text": "labeling",
    "load_data": "data",
    "load_model": "persist",
    "save_model": "persist",
    "DataError": "errors",
    "InputError": "errors",
    "ModelError": "errors",
    "Nq35Error": "errors",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'nq35cls' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
