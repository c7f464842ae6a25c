"""Features of a paragraph in its document.

:class:`DocumentFeaturizer` (:mod:`.featurizer`) turns documents into a
feature matrix from four parts: the cue table (:mod:`.cues`), the structural
columns (:mod:`.structure`), the fast TF-IDF path (:mod:`.tfidf`) and the
block algebra the model scores without building the wide matrix
(:mod:`.blocks`); the transform from a fitted state alone, without
scikit-learn (:mod:`.transform`). Names load on first use, so that the
labeling path imports no scikit-learn.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import DocumentBlock, FeatureParts
    from .cues import load_cues, phrase_pattern
    from .featurizer import TEXT_FEATURE_SETS, DocumentFeaturizer, init_defaults
    from .structure import STRUCTURE_FEATURES
    from .transform import SYLLABLE_TOKEN_PATTERN, check_documents

#: Where each public name lives.
_WHERE = {
    "DocumentBlock": "blocks",
    "FeatureParts": "blocks",
    "load_cues": "cues",
    "phrase_pattern": "cues",
    "TEXT_FEATURE_SETS": "featurizer",
    "DocumentFeaturizer": "featurizer",
    "init_defaults": "featurizer",
    "STRUCTURE_FEATURES": "structure",
    "SYLLABLE_TOKEN_PATTERN": "transform",
    "check_documents": "transform",
}

__all__ = [
    "STRUCTURE_FEATURES",
    "SYLLABLE_TOKEN_PATTERN",
    "TEXT_FEATURE_SETS",
    "DocumentBlock",
    "DocumentFeaturizer",
    "FeatureParts",
    "check_documents",
    "init_defaults",
    "load_cues",
    "phrase_pattern",
]


def __getattr__(name: str) -> object:
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'nq35cls.features' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
